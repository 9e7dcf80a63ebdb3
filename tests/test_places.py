"""A town said by the first part of its hyphenated name ("Annaberg" for Annaberg-Buchholz) is
weighed in beside the places of that name: through the state machine, over a small directory in
Saxony (scripts/check_name_parts.py lists the names this concerns)."""

from __future__ import annotations

import pytest

from dialogs.machine import step
from dialogs.model import State, Step, Text


@pytest.fixture(scope="module")
def saxon(directory_runtime):
    cp = {"id": "cp", "name": "KISS", "city": "Chemnitz", "postal_code": "09111", "lat": 50.83, "lon": 12.92}
    groups = [{"id": "g", "name": "Demenz", "contact_point": "cp", "city": "Chemnitz", "lat": 50.83, "lon": 12.92}]
    return directory_runtime({"contact_points": [cp], "groups": groups}).services


def answered(services, text: str) -> State:
    state, _ = step(State(step=Step.LOCATION, topic_ids=("demenz",), role="relative"), Text(text), services)
    return state


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("Annaberg", "Annaberg-Buchholz"),  # not Annaberg im Lammertal, Austria
        ("Villingen", "Villingen-Schwenningen"),  # not Willingen (Upland), also called so, 14 times smaller
        ("Garmisch", "Garmisch-Partenkirchen"),
        ("Castrop", "Castrop-Rauxel"),
        ("Halle", "Halle (Saale)"),  # Halle-Neustadt is part of it: no question
        ("Zeulenroda", "Zeulenroda"),  # the merged Zeulenroda-Triebes is the same place
        ("Frankfurt", "Frankfurt am Main"),
        ("Aue-Bad Schlema", "Aue (Sachsen)"),  # merged in 2019: GeoNames knows Aue (a short name: which one, said)
        ("Reichenbach/Vogtl.", "Reichenbach"),  # the one in Saxony, not a question among four
    ],
)
def test_a_towns_first_name_finds_it(saxon, said, town):
    state = answered(saxon, said)
    assert state.place is not None and state.place.name == town


@pytest.mark.parametrize(
    ("said", "towns"),
    [
        ("Bietigheim", {"Bietigheim-Bissingen", "Bietigheim"}),  # 43,000 and 6,000 inhabitants, 63 km apart
        ("Graben", {"Graben-Neudorf", "Graben"}),
        ("Bad Soden", {"Bad Soden am Taunus", "Bad Soden-Salmünster"}),
    ],
)
def test_two_plausible_towns_far_apart_are_asked_about(saxon, said, towns):
    state = answered(saxon, said)
    assert state.step == Step.PLACE
    assert towns <= {p.name.split(" (")[0] for p in state.place_options}


def test_in_a_sentence_too(saxon):
    state, _ = step(State(), Text("meine Mutter hat Demenz, gibt es was in Annaberg"), saxon)
    assert state.place is not None and state.place.name == "Annaberg-Buchholz"


@pytest.mark.parametrize("said", ["Neu", "Groß", "Ober", "Nord", "Kölln"])
def test_a_prefix_of_names_or_a_small_towns_first_part_is_no_place_of_its_own(saxon, said):
    place = answered(saxon, said).place
    assert place is None or place.name == "Köln"  # "Kölln" is mistyped, not Kölln-Reisiek


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("zhyvu v Leiptsyhu", "Leipzig"),  # й typed as i, the case ending -u: в Лейпцигу
        ("ya zhyvu v Leipcygu", "Leipzig"),
        ("my zhyvemo v Drezdeni", "Dresden"),
        ("zhyvu u Tsvikau", "Zwickau"),
        ("zhyvu v Khemnitsi", "Chemnitz"),
        ("zhyvu v Hamburzi", "Hamburg"),  # в Гамбурзі: г becomes з before -і
        ("zhyvu v Hamburhi", "Hamburg"),  # в Гамбургі, г typed as h
        ("my zhyvemo v Nurnberzi", "Nürnberg"),
        ("zhyvu v Liubetsi", "Lübeck"),  # в Любеці: к becomes ц
    ],
)
def test_ukrainian_in_latin_letters_names_a_place_beside_one_other_word(saxon, text, town):
    state, _ = step(State(lang="uk"), Text(text), saxon)
    assert state.place is not None and state.place.name == town


def test_a_place_in_latin_cyrillic_needs_a_word_of_the_language_beside_it(saxon):
    state, _ = step(State(lang="en"), Text("we go v Leiptsyhu"), saxon)
    assert state.place is None


@pytest.mark.parametrize("lang", ["de", "en", "tr", "ru"])
@pytest.mark.parametrize(("said", "town"), [("Köln", "Köln"), ("Kiel", "Kiel"), ("Gera", "Gera"), ("Ulm", "Ulm")])
def test_a_town_typed_alone_where_the_place_is_asked_is_that_town(saxon, lang, said, town):
    """The answer to "where?" is the town, not a topic its letters resemble ("Köln" was Kolon:
    Darmerkrankungen) nor a second town that has its name among others (Kehl for Kiel)."""
    state, _ = step(State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative", lang=lang), Text(said), saxon)
    assert state.topic_ids == ("alkohol",)
    assert state.place is not None and state.place.name == town and not state.place_options


@pytest.mark.parametrize(("text", "lang"), [("Krebs", "de"), ("Demenz", "en"), ("Depresyon", "tr")])
def test_a_topic_word_alone_is_no_town(saxon, text, lang):
    state, _ = step(State(lang=lang), Text(text), saxon)
    assert state.place is None and state.topic_ids


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("suche SHG Depressionen in HH", "de", "Hamburg"),
        ("Gruppe für Angst, wir sind aus HB", "de", "Bremen"),
        ("SHG Depression FFM", "de", "Frankfurt am Main"),  # a short form in capitals, as a licence plate
        ("depression group in MUC please", "en", "München"),
        ("HH'de depresyon grubu arıyorum", "tr", "Hamburg"),
        ("ищу группу депрессия в HH", "ru", "Hamburg"),
        ("шукаю групу депресія в FFM", "uk", "Frankfurt am Main"),
        ("أبحث عن مجموعة اكتئاب في HH", "ar", "Hamburg"),
        ("Depressionen, wohne in KA", "de", "Karlsruhe"),
    ],
)
def test_a_towns_short_form_is_that_town(saxon, text, lang, town):
    """The short forms of data/gazetteer/short_forms.tsv ("HH", "FFM") name their town where said as a place."""
    state, _ = step(State(lang=lang), Text(text), saxon)
    assert state.place is not None and state.place.name == town
    assert state.topic_ids or state.candidates


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ka was ich machen soll, Depressionen", "de"),  # "keine Ahnung" in chats
        ("KA, Depressionen halt", "de"),
        ("depression hh", "de"),  # lower case alone in a sentence: no licence plate
        ("du bist nett, Depressionen", "de"),  # a plate ("DU", Duisburg) that is a word is no short form of ours
        ("ms seit 5 jahren", "de"),  # Münster's plate is the topic MS
    ],
)
def test_a_chat_word_or_a_plate_that_is_a_word_is_no_town(saxon, text, lang):
    state, _ = step(State(lang=lang), Text(text), saxon)
    assert state.place is None


@pytest.mark.parametrize(("said", "town"), [("HH", "Hamburg"), ("HB", "Bremen"), ("Ffm", "Frankfurt am Main")])
def test_a_short_form_typed_where_the_place_is_asked_is_that_town(saxon, said, town):
    state = answered(saxon, said)
    assert state.place is not None and state.place.name == town


def test_ka_alone_where_the_place_is_asked_is_no_town(saxon):
    """ "ka" ("keine Ahnung") to "where?" is no Karlsruhe."""
    assert answered(saxon, "ka").place is None

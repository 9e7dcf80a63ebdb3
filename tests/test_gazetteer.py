"""Resolving what people type as their location."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.gazetteer import default_gazetteer
from bot.paths import DATA
from tests.cli import run_cli
from tests.databases import migrated


def named(text: str, answer: bool = False) -> list[str]:
    return [m.places[0].name for m in default_gazetteer().mentions(text, answer)]


def listed(name: str) -> list[str]:
    lines = (DATA / "gazetteer" / name).read_text(encoding="utf-8").splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("04315", "Leipzig"),
        ("D-01067", "Dresden"),
        ("10115 Berlin", "Berlin"),
        ("Lepzig", "Leipzig"),
        ("Keipzig", "Leipzig"),  # a typo in the first letter, too
        ("Kölln", "Köln"),
        ("Muenchen", "München"),
        ("munchen", "München"),
        ("Frankfurt", "Frankfurt am Main"),
        ("Frankfurt (Oder)", "Frankfurt (Oder)"),
        ("frankfurt oder", "Frankfurt (Oder)"),
        ("Koeln", "Köln"),
        ("Лейпциг", "Leipzig"),
        ("Dresdn", "Dresden"),
        ("Zürich", "Zürich"),
        ("Müchen", "München"),  # a city's name mistyped, not Mutzschen (2,400 inhabitants) by another name of it
        ("Mutzschen", "Mutzschen"),
        ("Oettingen", "Oettingen in Bayern"),  # a town's name without its qualifier is its own: no Göttingen
    ],
)
def test_places_people_type(typed, name):
    assert default_gazetteer().resolve(typed).name == name


@pytest.mark.parametrize("typed", ["99999", "Xyzzyhausen", "", "!!!", "12", "91.0, 12.0", "1010"])
def test_unknown_is_unknown(typed):
    assert default_gazetteer().resolve(typed) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ich wohne in Lepzig", ["Leipzig"]),
        ("wohne in Gerra", ["Gera"]),
        ("mal total aufgedreht, dann monatelang im Loch", []),  # a short word is no mistyped place
        ("мне плохо в том теле", []),  # "Том" is another name of Thomm: a short one counts only alone
        ("wir wohnen in Gera", ["Gera"]),  # a place's own name counts however short
        ("wir wohnen in Aue", ["Aue"]),  # "ue" after a vowel is no "ü": Aue is no Au
        ("живу в Лейпциге", ["Leipzig"]),
        ("wir wohnen in Müchen", ["München"]),
    ],
)
def test_places_a_message_names(text, names):
    assert [m.places[0].name for m in default_gazetteer().mentions(text)] == names


@pytest.mark.parametrize(("text", "name"), [("Кил", "Kiel"), ("в Кил", "Kiel"), ("Gera", "Gera")])
def test_a_short_other_name_is_a_place_when_it_is_the_whole_answer(text, name):
    assert [m.places[0].name for m in default_gazetteer().mentions(text, answer=True)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ben",  # Turkish "I": was Bern
        "meine",  # typed as the answer to "for whom?": was Meine (Lower Saxony)
        "Meine",
        "treffen",  # was Treffen (Carinthia, 815 inhabitants)
        "one",  # was Onex
        "там",  # Russian and Ukrainian "there": was Tamm
        "дома",  # Russian "at home": was Dohma
        "мила",  # Ukrainian "dear": was Mihla
        "الم",  # Arabic "pain": was Ulm
        "Том",  # Russian "that", GeoNames' name for Thomm
    ],
)
def test_an_everyday_or_function_word_alone_is_no_place(text):
    assert named(text, answer=True) == []


@pytest.mark.parametrize("word", listed("function_words.txt"))
def test_no_function_word_is_a_place_alone(word):
    assert named(word, answer=True) == []


@pytest.mark.parametrize("word", listed("everyday_words.txt"))
def test_no_everyday_word_is_a_place_inside_a_sentence(word):
    assert named(f"ich finde {word} schon lange schwer") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("wir wohnen in Meine", ["Meine"]),
        ("38527 Meine", ["Meine", "Meine"]),
        ("ich ziehe nach Bern", ["Bern"]),  # "nach" says a place as "in" does
        ("Ben Bern'de yaşıyorum", ["Bern"]),
        ("ich war im Zoo", []),  # "im" takes an article, a town's name none: "Zoo" is Mülheim's other name
        ("im Hof steht ein Baum", []),
        ("أشعر في الم", []),
        ("aus Halle", ["Halle (Saale)"]),
    ],
)
def test_a_word_is_a_place_only_said_as_one(text, names):
    assert named(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Essen", "Essen"),  # the whole answer to "where?" names a town this large
        ("Hof", "Hof"),  # Hof an der Saale (49,000), not Hof bei Salzburg (3,500)
    ],
)
def test_a_town_whose_name_is_a_word_is_the_whole_answer(text, name):
    place = default_gazetteer().mentions(text, answer=True)[0].places[0]
    assert (place.name, place.country) == (name, "DE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lpz", "Leipzig"),
        ("wohne in lpz", "Leipzig"),
        ("Lipsiya'da yaşıyorum", "Leipzig"),
        ("Lipsiya", "Leipzig"),
        ("Mü", "München"),
        ("HH", "Hamburg"),
        ("Ffm", "Frankfurt am Main"),
        ("ich wohne in Frankfurt a. M.", "Frankfurt am Main"),
        ("Kölle", "Köln"),
        ("Kolonya'da oturuyorum", "Köln"),
        ("D'dorf", "Düsseldorf"),
        ("Gladbach", "Mönchengladbach"),
        ("انا في كيل", "Kiel"),
        ("أعيش في هام", "Hamm"),
    ],
)
def test_short_forms_and_other_languages_names_of_large_towns(text, name):
    assert named(text, answer=True)[:1] == [name]


def test_a_search_where_an_everyday_word_is_no_place_and_a_short_form_is(database_url):
    db = migrated(database_url)
    found = {
        where: json.loads(run_cli("search", "Alkohol", "--where", where, "--json", db=db).stdout)
        for where in ("ben", "meine", "lpz", "Lipsiya")
    }
    assert [found[w]["place"] for w in ("ben", "meine")] == [None, None]
    assert found["ben"]["place_unknown"] and found["meine"]["place_unknown"]
    assert [found[w]["place"]["name"] for w in ("lpz", "Lipsiya")] == ["Leipzig", "Leipzig"]


def test_coordinates_name_the_nearest_place():
    place = default_gazetteer().resolve("51.34, 12.37")
    assert place.name == "Leipzig" and place.lat == 51.34


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_any_text_resolves_or_is_unknown(text):
    place = default_gazetteer().resolve(text)
    assert place is None or (-90 <= place.lat <= 90 and -180 <= place.lon <= 180)


@pytest.mark.parametrize(
    ("text", "answer"),
    [("wir wohnen in Kiel", False), ("Kiel", True), ("Kiel'de yaşıyorum", False), ("в Кил", True)],
)
def test_a_towns_own_name_brings_no_smaller_town_that_has_it_as_another_name(text, answer):
    """GeoNames lists "Kiel" among Kehl's other names: Kiel is meant, not a question between the two."""
    mentions = default_gazetteer().mentions(text, answer)
    assert [[p.name for p in m.places] for m in mentions] == [["Kiel"]]


@pytest.mark.parametrize(("text", "name"), [("in Kehl", "Kehl"), ("Halle", "Halle (Saale)")])
def test_a_smaller_town_keeps_its_own_name_and_namesakes_stay_namesakes(text, name):
    mention = default_gazetteer().mentions(text, answer=True)[0]
    assert mention.places[0].name == name
    assert name != "Halle (Saale)" or len(mention.places) > 1  # Halle (Westf.) is still asked about


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("meine Mutter trinkt, Köln", "Köln"),
        ("my dad drinks, Bonn", "Bonn"),
        ("babam içiyor, Jena", "Jena"),
        ("Graz, Depression", "Graz"),
    ],
)
def test_a_citys_own_name_is_a_place_in_a_sentence_however_short(text, name):
    assert named(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("мій чоловік п'є, живу в Гамбурзі", "Hamburg"),  # Гамбург: г becomes з before -і
        ("ми живемо у Нюрнберзі", "Nürnberg"),
        ("живу в Любеці", "Lübeck"),  # Любек: к becomes ц
        ("донька живе в Магдебурзі", "Magdeburg"),
        ("живу в Потсдамі", "Potsdam"),
    ],
)
def test_ukrainian_locatives_that_change_the_last_consonant(text, name):
    assert named(text) == [name]

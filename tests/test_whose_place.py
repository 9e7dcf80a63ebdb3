"""Whose place a message names: the writer's own ("ich wohne in", "ben ...'deyim", "я в", "ana fi")
is where to search; someone close's place beside it ("mein Bruder wohnt in Berlin") is asked
about, the writer's first, and neither is lost. Through the state machine."""

from __future__ import annotations

import pytest

from bot.render import button_label, render_text
from bot.search_output import search_json
from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Choice, State, Step, Text

DRESDEN = {"lat": 51.0509, "lon": 13.7383, "city": "Dresden"}
BERLIN = {"lat": 52.5244, "lon": 13.4105, "city": "Berlin"}
DIRECTORY = {
    "contact_points": [
        {"id": "kiss-dd", "name": "KISS Dresden", "phone": "0351 1", **DRESDEN},
        {"id": "kis-b", "name": "KIS Berlin", "phone": "030 1", **BERLIN},
    ],
    "groups": [
        {
            "id": "g1",
            "name": "Angehörige von Spielsüchtigen",
            "topics": ["gluecksspiel"],
            "audience": "relatives",
            "contact_point": "kiss-dd",
            **DRESDEN,
        },
        {"id": "g2", "name": "Depression", "topics": ["depression"], "contact_point": "kiss-dd", **DRESDEN},
    ],
}


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(DIRECTORY).services


def said(services, text: str, lang: str) -> tuple[State, list]:
    return step(State(lang=lang), Text(text), services)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "kardesim kumar bagimlisi, o Berlin'de yasiyor ama ben Dresden'deyim"),
        ("de", "Mein Bruder ist spielsüchtig, er wohnt in Berlin, aber ich wohne in Dresden"),
        ("de", "Ich bin in Dresden und mein Bruder in Berlin, er ist spielsüchtig"),
        ("en", "my brother is a gambling addict, he lives in Berlin but I live in Dresden"),
        ("ru", "мой брат игроман, он живёт в Берлине, а я в Дрездене"),
        ("uk", "мій брат грає в казино, він живе в Берліні, а я живу в Дрездені"),
        ("ar", "أخي مدمن قمار، يسكن في برلين وأنا في دريسدن"),
        ("ar", "akhi fi Berlin bas ana fi Dresden, huwa mudmin qimar"),
    ],
)
def test_a_relatives_place_beside_the_writers_own_is_asked_about_the_writers_first(services, lang, text):
    state, replies = said(services, text, lang)
    assert state.place is None, "the brother's Berlin was searched"
    assert [p.name for p in state.place_options] == ["Dresden", "Berlin"]
    if state.step == Step.PLACE:  # the topic and role were understood: where, now
        assert replies[-1].parts[-1].msgid == m.ASK_PLACE_WHOSE
        shown = render_text(replies[-1], lang)
        assert "Dresden" in shown and "Berlin" in shown
        state, replies = step(state, Choice("place", "0"), services)
        assert state.place.name == "Dresden"


def test_the_writers_place_is_searched_and_the_relatives_kept_as_the_other_answer(services):
    state, replies = said(services, "kardesim kumar bagimlisi, o Berlin'de yasiyor ama ben Dresden'deyim", "tr")
    labels = [button_label(b, "tr") for row in replies[-1].buttons for b in row]
    assert labels[:2] == ["Dresden", "Berlin"]
    near_me, _ = step(state, Choice("place", "0"), services)
    near_him, _ = step(state, Choice("place", "1"), services)
    assert (near_me.step, near_me.place.name) == (Step.RESULTS, "Dresden")
    assert (near_him.step, near_him.place.name) == (Step.RESULTS, "Berlin")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "ben alkol bağımlısıyım, Dresden'de yaşıyorum, ailem Berlin'de"),
        ("ru", "я пью слишком много, живу в Дрездене, а брат в Берлине"),
    ],
)
def test_one_affected_themselves_is_searched_for_at_home(services, lang, text):
    state, _ = said(services, text, lang)
    assert state.role == "affected"
    assert state.place is not None and state.place.name == "Dresden"
    assert state.place_options == ()


@pytest.mark.parametrize(
    "text",
    [
        "mein Vater trinkt, er wohnt in Leipzig",  # one place: taken, whoever's it is
        "ich wohne in Dresden, komme aus Berlin, mein Mann trinkt",  # the other place is no one's
    ],
)
def test_one_place_or_only_the_writers_own_is_taken_without_a_question(services, text):
    state, _ = said(services, text, "de")
    assert state.place is not None and state.place_options == ()
    assert state.place.name in ("Leipzig", "Dresden")


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "near Hamburg, a village called Pinneberg", "Pinneberg"),
        ("en", "I live near Berlin, in Potsdam", "Potsdam"),
        ("en", "not far from Berlin, Potsdam", "Potsdam"),
        ("de", "bei Hamburg, in Pinneberg", "Pinneberg"),
        ("de", "in der Nähe von Berlin, in Potsdam", "Potsdam"),
        ("tr", "Berlin yakınında, Potsdam'da", "Potsdam"),
        ("ru", "рядом с Берлином, в Потсдаме", "Potsdam"),
        ("uk", "біля Берліна, у Потсдамі", "Potsdam"),
        ("ar", "قرب برلين، في بوتسدام", "Potsdam"),
        ("de", "in Pinneberg bei Hamburg", "Pinneberg"),  # twins: the place said first, the landmark after
        ("en", "Potsdam, near Berlin", "Potsdam"),
        ("en", "near Hamburg", "Hamburg"),  # a place said with "near" alone is the one to search near
        ("ru", "под Берлином", "Berlin"),
    ],
)
def test_a_place_named_near_another_is_the_one_searched(services, lang, text, town):
    """ "near X" with another place named says where the writer is by X: the other place is theirs."""
    for state in (said(services, text, lang)[0], step(State(step=Step.LOCATION, lang=lang), Text(text), services)[0]):
        assert state.place is not None and state.place.name == town, (text, state.place, state.place_options)


def test_a_namesake_named_near_a_town_is_the_one_near_it(services):
    """ "bei Dresden, in Neustadt": the Neustadt near Dresden (Neustadt in Sachsen), no question among many."""
    state, _ = step(State(step=Step.LOCATION), Text("bei Dresden, in Neustadt"), services)
    assert state.place is not None and state.place.name.startswith("Neustadt in Sachsen"), state.place_options


def test_namesakes_are_still_asked_about_as_one_name(services):
    state, replies = step(
        State(step=Step.LOCATION, topic_ids=("depression",), role="affected"), Text("Bietigheim"), services
    )
    assert state.step == Step.PLACE
    assert replies[-1].parts[-1].msgid == m.ASK_PLACE_CHOICE


def test_the_search_cli_searches_the_writers_own_place(services):
    found = search_json(services, "kardesim kumar bagimlisi, o Berlin'de yasiyor ama ben Dresden'deyim", lang="tr")
    assert found["place"]["name"] == "Dresden"
    assert found["place_ambiguous"] is True  # the bot asks: Dresden or Berlin
    assert [g["id"] for g in found["groups"]][:1] == ["g1"]

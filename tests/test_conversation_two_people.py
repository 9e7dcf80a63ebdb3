"""Two people in one search, as the fourth console tester found it misread, in all six languages,
through the state machine over a small directory of our own: "wir sind die Eltern" says whom the
search is for and never replaces the topic (a group's name "Eltern" made it the query); a relative
who answers "für mich" is the one looking and stays a relative; short Arabic relation words in
Latin letters ("zawgi", "mama") answer whom it is for and are no place."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Msg, State, Step, Text


@pytest.fixture(scope="module")
def services(directory_runtime):
    """Groups in Leipzig, one of them named only "Eltern" (as in the Saxony directory)."""
    cp = {"contact_point": "cp-l", "city": "Leipzig", "lat": 51.34, "lon": 12.37}
    return directory_runtime(
        {
            "contact_points": [
                {"id": "cp-l", "name": "KISS", "city": "Leipzig", "lat": 51.34, "lon": 12.37, "phone": "0341 1"}
            ],
            "groups": [
                {"id": "g-eltern", "name": "Eltern", "audience": "relatives", **cp},
                {"id": "g-autismus", "name": "Autismus", **cp},
                {"id": "g-alkohol", "name": "Alkohol", **cp},
                {"id": "g-angehoerige", "name": "Angehörige von Alkoholkranken", "audience": "relatives", **cp},
            ],
        }
    ).services


WE_ARE_THE_PARENTS = {
    "de": "wir sind die eltern",
    "en": "we're the parents",
    "tr": "biz anne babasıyız",
    "ar": "احنا اهله",
    "ru": "мы его родители",
    "uk": "ми його батьки",
}
HUSBAND_DRINKS = {
    "de": "mein mann trinkt",
    "en": "my husband drinks",
    "tr": "kocam içiyor",
    "ar": "zawgi bysharab kteer",
    "ru": "муж пьёт",
    "uk": "чоловік п'є",
}
FOR_ME = {"de": "für mich", "en": "for me", "tr": "kendim için", "ar": "لنفسي", "ru": "для себя", "uk": "для себе"}


@pytest.mark.parametrize("lang", WE_ARE_THE_PARENTS)
@pytest.mark.parametrize("where", [Step.ROLE, Step.LOCATION])
def test_we_are_the_parents_says_whom_and_never_replaces_the_topic(lang, where, services):
    state = State(step=where, lang=lang, topic_ids=("autismus",), role=None if where == Step.ROLE else "relative")
    new, _ = step(state, Text(WE_ARE_THE_PARENTS[lang]), services)
    assert (new.topic_ids, new.query, new.candidates) == (("autismus",), "", ()), lang
    assert new.role == "relative" and new.step == Step.LOCATION, lang


@pytest.mark.parametrize("lang", HUSBAND_DRINKS)
def test_a_relative_answering_for_me_is_the_one_looking_and_stays_a_relative(lang, services):
    told, _ = step(State(lang=lang), Text(HUSBAND_DRINKS[lang]), services)
    assert told.topic_ids == ("alkohol",) and told.role == "relative", lang
    state, replies = step(told, Text(FOR_ME[lang]), services)
    assert state.role == "relative" and state.topic_ids == ("alkohol",) and state.step == Step.LOCATION, lang
    assert replies[0].parts == (Msg(m.FOR_YOU_AS_RELATIVE),)
    state, _ = step(state, Text("Leipzig"), services)
    assert state.step == Step.RESULTS and state.role == "relative"


@pytest.mark.parametrize("text", ["ich trinke selbst auch zu viel", "ich bin selbst betroffen"])
def test_a_relative_who_says_more_than_for_me_is_taken_as_said(text, services):
    told, _ = step(State(), Text(HUSBAND_DRINKS["de"]), services)
    state, _ = step(told, Text(text), services)
    assert state.role == "affected", text


@pytest.mark.parametrize("word", ["zawgi", "mama", "ukhti", "akhoya"])
def test_arabic_relation_words_in_latin_letters_answer_whom_and_are_no_place(word, services):
    at_role = State(step=Step.ROLE, lang="ar", topic_ids=("alkohol",))
    state, _ = step(at_role, Text(word), services)
    assert state.role == "relative" and state.step == Step.LOCATION, word
    at_place = State(step=Step.LOCATION, lang="ar", topic_ids=("alkohol",), role="affected")
    state, _ = step(at_place, Text(word), services)
    assert state.role == "relative" and state.place is None and state.step == Step.LOCATION, word


def test_an_arabic_relative_in_latin_letters_is_a_relative_beside_their_own_tiredness(services):
    state, _ = step(State(lang="ar"), Text("zawgi bysharab kteer w ana ta3bana"), services)
    assert state.topic_ids == ("alkohol",) and state.role == "relative"

"""Who hit whom, as a console tester found it misread (round 70): "Mein Vater hat mich als Kind geschlagen" (a survivor
of violence in childhood) was offered "Wut und Aggression", whose term "habe mein Kind geschlagen" (a parent who hit
their child) has the same content words. A term that tells violence done by the writer is not found in a message
that tells it suffered or done by someone else, nor the other way round (bot/directory/violence.py), in the six
languages; and the writer who tells of hitting someone close searches for themselves, not as that one's relative.
Through the state machine over the demo directory, the triage left out (its reading is not asked here)."""

from __future__ import annotations

import pytest

from bot.directory.topic_matcher import default_matcher
from dialogs.machine import step
from dialogs.model import State, Text
from dialogs.triage import Triage
from tests.test_crisis_flow import Triaged

AGGRESSION = "aggression"  # Wut und Aggression: for those who hit
SUFFERED = ("gewalt", "kindheit")  # Häusliche Gewalt, Belastende Kindheit: for those hit

HIT_AS_A_CHILD = {
    "de": "Mein Vater hat mich als Kind geschlagen",
    "en": "My father hit me as a child",
    "tr": "çocukken babam tarafından dövüldüm",
    "ru": "отец бил меня в детстве",
    "uk": "батько бив мене в дитинстві",
    "ar": "ابوي كان يضربني وانا صغير",
}
HIT_AS_A_CHILD_TOO = {  # other words: a passive, a mother, a time between
    "de": "Ich wurde als Kind von meinem Vater geschlagen",
    "en": "I was beaten by my father as a child",
    "tr": "çocukken çok dayak yedim",
    "ru": "в детстве отец меня избивал",
    "uk": "мене в дитинстві били батьки",
    "ar": "بطفولتي كانو اهلي يضربوني",
}
I_HIT = {
    "de": "ich habe mein Kind geschlagen",
    "en": "I hit my son",
    "tr": "oğlumu dövüyorum",
    "ru": "я ударил жену",
    "uk": "я б'ю сина",
    "ar": "بضرب ابني",
}
THEY_HIT = {  # someone else hits the children: no one who hits writes it
    "de": "mein Mann schlägt die Kinder",
    "en": "my husband hits the kids",
    "tr": "kocam çocukları dövüyor",
    "ru": "муж бьёт детей",
    "uk": "чоловік б'є дітей",
    "ar": "جوزي بيضرب الولاد",
}


def told(services, text: str, lang: str) -> State:
    calm = Triaged(services, {text: Triage("none", None)})
    state, _ = step(State(lang=lang), Text(text), calm)
    return state


@pytest.mark.parametrize("texts", [HIT_AS_A_CHILD, HIT_AS_A_CHILD_TOO], ids=["told", "other_words"])
@pytest.mark.parametrize("lang", HIT_AS_A_CHILD)
def test_violence_suffered_as_a_child_is_no_search_for_those_who_hit(lang, texts, demo_runtime):
    state = told(demo_runtime.services, texts[lang], lang)
    assert set(state.topic_ids) & set(SUFFERED) and AGGRESSION not in state.topic_ids, (lang, state.topic_ids)
    assert state.role == "affected", (lang, state.role)


@pytest.mark.parametrize("lang", I_HIT)
def test_the_writer_who_hits_someone_close_searches_for_themselves(lang, demo_runtime):
    state = told(demo_runtime.services, I_HIT[lang], lang)
    assert state.topic_ids == (AGGRESSION,) and state.role == "affected", (lang, state.topic_ids, state.role)


@pytest.mark.parametrize("lang", THEY_HIT)
def test_someone_else_who_hits_is_no_writer_who_hits(lang):
    topics = {hit.topic_id for hit in default_matcher().match(THEY_HIT[lang])}
    assert AGGRESSION not in topics, (lang, topics)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("habe mein kind geschlagen", "mein vater hat mich als kind geschlagen"),
        ("als kind geschlagen", "ich habe mein kind geschlagen"),
        ("ich schlage meine kinder", "mein mann schlagt die kinder"),
        ("oglum beni dovuyor", "oglumu dovuyorum"),
    ],
)
def test_a_term_of_one_side_is_not_found_in_a_text_of_the_other(term, text):
    assert term not in {hit.matched for hit in default_matcher().match(text)}

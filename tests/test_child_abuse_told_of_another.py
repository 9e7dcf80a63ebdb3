"""Round 77 (helpers acting out users in the console chat): the crisis reply to a child's abuse told by a parent or a
sibling ("my dad sexually abuses my little sister", "عمها بيتحرش ببنتي") spoke to the writer as the child ("What is
happening to you is not okay"). Through the state machine over the demo directory, in all six languages: the words
are for the one who tells (`CRISIS_CHILD_ABUSE_CLOSE`), the numbers stay the child's line and the police; the abuse
a child tells of themselves keeps the words for the child."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, State, Text
from tests.conversation import msgids
from tests.test_crisis_flow import texts

ANOTHERS_CHILD = {
    "de": "mein Vater missbraucht meine kleine Schwester",
    "en": "my dad sexually abuses my little sister",
    "tr": "eniştem kızıma dokunuyor",
    "ar": "عمها بيتحرش ببنتي",
    "ru": "отчим домогается моей дочери",
    "uk": "дядько розбещує мого сина",
}
THE_WRITERS_OWN = {
    "de": "mein stiefvater fasst mich an",
    "en": "my stepdad touches me at night",
    "tr": "üvey babam bana dokunuyor",
    "ar": "اخوي الكبير بيعمل فيي اشياء",
    "ru": "мне 15 меня отчим бьёт",
    "uk": "мені 14, вітчим мене чіпає",
}


def answered(told: str, lang: str, services) -> tuple[State, list]:
    state, replies = step(State(lang=lang, lang_chosen=True), Text(told), services)
    assert state.asked == Asked.CRISIS and state.answered.startswith("child_abuse"), (lang, state.answered)
    return state, replies


@pytest.mark.parametrize("lang", ANOTHERS_CHILD)
def test_a_childs_abuse_told_by_a_parent_or_a_sibling_speaks_to_the_one_who_tells(lang, demo_runtime):
    _, replies = answered(ANOTHERS_CHILD[lang], lang, demo_runtime.services)
    assert msgids(replies)[0] == m.CRISIS_CHILD_ABUSE_CLOSE, (lang, msgids(replies))
    shown = texts(replies)[0]
    assert "116 111" in shown and "110" in shown, (lang, shown)


@pytest.mark.parametrize("lang", THE_WRITERS_OWN)
def test_calm_twins_a_childs_own_abuse_keeps_the_words_for_the_child(lang, demo_runtime):
    _, replies = answered(THE_WRITERS_OWN[lang], lang, demo_runtime.services)
    assert msgids(replies)[0] == m.CRISIS_CHILD_ABUSE, (lang, msgids(replies))

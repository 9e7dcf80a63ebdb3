"""Questions and answers typed on the way that were not understood (round 77's console tester): evening groups are a
question of meeting times, a form of "to pay" in Arabizi one of cost, "online instead" the meeting form chosen, "dlya
mene" answers whom the search is for, not where."""

from __future__ import annotations

import pytest

from dialogs.machine import step
from dialogs.model import State, Step, Text

ONLINE = "online"  # the meeting form chosen, not an intent
ASKED = [
    ("de", "gibts auch abends gruppen?", "when"),
    ("de", "gibt es abendgruppen?", "when"),
    ("ru", "есть вечерние группы?", "when"),
    ("uk", "є вечірні групи?", "when"),
    ("en", "are there evening groups?", "when"),
    ("tr", "akşam grupları var mı?", "when"),
    ("ar", "في مجموعات مسائية؟", "when"),
    ("ar", "kam ydf3 el wa7ad?", "cost"),
    ("ar", "kam bidfa3 el wa7ad", "cost"),
    ("en", "can we do online instead", ONLINE),
    ("de", "können wir das online machen?", ONLINE),
    ("ru", "а можно онлайн вместо этого?", ONLINE),
    ("uk", "а можна замість цього онлайн?", ONLINE),
]


@pytest.mark.parametrize(("lang", "text", "meant"), ASKED)
def test_evening_groups_online_instead_and_the_cost_in_arabizi_are_understood(lang, text, meant, demo_runtime):
    """Under the groups, "gibts auch abends gruppen?", "can we do online instead" and "kam ydf3 el wa7ad?" were not
    understood: an evening group's question is one of meeting times (`when`), online instead the meeting form chosen,
    a form of "to pay" in Arabizi a question of cost."""
    understood = demo_runtime.services.understand(text, lang, None)
    assert understood.online if meant == ONLINE else meant in understood.intents, (lang, text)


CALM = [("de", "ich bin abends oft allein in der gruppe"), ("ru", "я пью по вечерам"), ("de", "ich trinke abends")]


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_calm_twins_evenings_told_ask_no_meeting_times(lang, text, demo_runtime):
    assert "when" not in demo_runtime.services.understand(text, lang, None).intents, (lang, text)


FOR_ME = [("ru", "dlya mene"), ("ru", "для меня"), ("ru", "dlya menya"), ("uk", "dlya mene"), ("ar", "3ashani")]


@pytest.mark.parametrize(("lang", "text"), FOR_ME)
def test_for_me_in_latin_letters_answers_whom_not_where(lang, text, demo_runtime):
    """ "dlya mene" to "for you or someone close?" was read as a place: it answers whom, the writer."""
    services = demo_runtime.services
    asked = State(step=Step.ROLE, lang=lang, topic_ids=("depression",))
    new, _ = step(asked, Text(text), services)
    assert new.role == "affected" and new.place is None and new.step == Step.LOCATION, (lang, text, new.role)

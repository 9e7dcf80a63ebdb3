"""What console users found after the crisis reply and the safety question (round 57), in all six
languages, through the state machine over the demo directory: a question the search has moved on
from is no longer answered by a later "ja"."""

from __future__ import annotations

import pytest

from dialogs.machine import step
from dialogs.model import Asked, State, Step, Text
from tests.test_conversation_after_crisis import YES, checked
from tests.test_crisis_flow import texts

WORRIED = "es ist alles so dunkel"  # an unclear sign, whatever the lexicon says of it


@pytest.mark.parametrize("lang", YES)
def test_a_yes_after_the_search_moved_on_is_no_answer_to_the_old_safety_question(lang, demo_runtime):
    services = checked(demo_runtime.services, WORRIED)
    before = State(step=Step.LOCATION, lang=lang, topic_ids=("depression",), role="relative")
    asked, _ = step(before, Text(WORRIED), services)
    assert asked.asked == Asked.SAFETY
    moved_on, _ = step(asked, Text("Leipzig"), services)
    assert moved_on.step == Step.RESULTS and moved_on.asked == Asked.NOTHING, lang
    later, replies = step(moved_on, Text(YES[lang]), services)
    assert not later.answered and not any("0800 111 0 111" in t for t in texts(replies)), lang
    # the calm twin: a yes right after the question still answers it
    answered, replies = step(asked, Text(YES[lang]), services)
    assert answered.answered and "0800 111 0 111" in texts(replies)[0], lang

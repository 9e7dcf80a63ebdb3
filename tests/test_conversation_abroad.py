"""A known town abroad (Kyiv, Istanbul, Damascus; data/gazetteer/abroad.tsv) is said to be abroad wherever it is
typed, with what to do instead; German towns stay German (round 77's console tester: "Київ" under the groups got
"please choose a button"). The state machine over the demo directory."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import State, Step, Text
from tests.conversation import DEPRESSION, chat, msgids

ABROAD = {"uk": "Київ", "ru": "Киев", "de": "Kiew", "en": "Kyiv", "tr": "İstanbul", "ar": "دمشق"}


@pytest.mark.parametrize("lang", ABROAD)
def test_a_known_town_abroad_is_said_to_be_abroad_under_the_groups_and_where_asked(lang, demo_runtime):
    """ "Київ" under the groups got "not understood, use the buttons": now that it is not in Germany, with what to do
    instead (a town or postal code in Germany, or online); where "where?" was asked, that it is abroad."""
    services = demo_runtime.services
    state, _ = chat(State(lang=lang), [Text(DEPRESSION[lang]), Text("Leipzig")], services)
    state = state.with_(role=state.role or "affected")
    state, _ = step(state.with_(step=Step.LOCATION), Text("Leipzig"), services)
    assert state.step == Step.RESULTS, (lang, state.step)
    after, replies = step(state, Text(ABROAD[lang]), services)
    assert msgids(replies)[:2] == [m.PLACE_ABROAD, m.PLACE_ABROAD_INSTEAD], (lang, msgids(replies))
    assert after.place == state.place
    asked = State(step=Step.LOCATION, lang=lang, topic_ids=("depression",), role="affected")
    new, replies = step(asked, Text(ABROAD[lang]), services)
    assert m.PLACE_ABROAD in msgids(replies) and new.place is None, (lang, msgids(replies))


def test_german_towns_stay_german_beside_the_list_abroad(demo_runtime):
    """The calm twins: German towns and postal codes are searched as ever."""
    services = demo_runtime.services
    for typed in ("Dresden", "Leipzig", "04109", "in Halle"):
        asked = State(step=Step.LOCATION, lang="de", topic_ids=("depression",), role="affected")
        new, replies = step(asked, Text(typed), services)
        assert new.place is not None and m.PLACE_ABROAD not in msgids(replies), typed

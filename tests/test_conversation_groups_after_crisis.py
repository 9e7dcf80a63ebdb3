"""After a crisis reply, help called or safe again said together with a wish to see the groups ("ok ich hab die
telefonseelsorge angerufen, gehts wieder. zeig mir bitte die gruppen"; round 78): where topic, whom for and place are
known the groups are shown at once, not only the way on; where something is missing, it is asked. The state machine
over a small directory."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import State, Text
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, msgids, rendered, results


def lists_groups(replies) -> bool:
    return any(button.action == "group" for reply in replies for row in reply.buttons for button in row)


CRISIS = {"de": "ich will nicht mehr leben", "en": "i dont want to live anymore", "ru": "я не хочу больше жить"}
SAFE_AND_GROUPS = [
    ("de", "ok ich hab die telefonseelsorge angerufen, gehts wieder. zeig mir bitte die gruppen"),
    ("en", "i called the helpline, im safe now. show me the groups please"),
    ("ru", "я позвонила, мне уже лучше. покажи группы"),
]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Alkohol", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize(("lang", "text"), SAFE_AND_GROUPS)
def test_safe_again_and_asking_for_the_groups_shows_them(lang, text, services):
    state, _ = step(results(lang, services), Text(CRISIS[lang]), services)
    _, replies = step(state, Text(text), services)
    shown = rendered(replies, lang)
    assert lists_groups(replies), (lang, shown)
    assert m.AFTER_CRISIS not in msgids(replies), (lang, shown)


def test_asking_for_the_groups_with_no_place_yet_asks_for_it(services):
    state = State(lang="de", topic_ids=("alkohol",), role="relative")
    state, _ = step(state, Text(CRISIS["de"]), services)
    _, replies = step(state, Text(SAFE_AND_GROUPS[0][1]), services)
    assert not lists_groups(replies), rendered(replies, "de")

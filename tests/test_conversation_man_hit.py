"""A man hit by his wife, or who says he is a man hit now (`violence_to_him`, round 78): the police first as for any
violence now, then the TelefonSeelsorge, and not the Hilfetelefon Gewalt gegen Frauen as if it were his own line
(FACTS.md verifies no men's line); once it stopped, the TelefonSeelsorge to talk it through, not the women's line. A
woman hit by her husband keeps the women's line. The state machine over a small directory, the triage as the product
reads."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import State, Text
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, msgids, rendered

POLICE, TELEFONSEELSORGE, WOMENS_LINE = "110", "0800 111 0 111", "116 016"
HIT_BY_HIS_WIFE = [
    ("de", "meine Frau schlägt mich"),
    ("en", "my wife hits me"),
    ("ar", "ana mirati btdrobni"),
    ("ru", "жена бьёт меня"),
    ("tr", "karım beni dövüyor"),
    ("uk", "дружина б'є мене"),
]
# (language, a woman hit by her husband now, what she says once it stopped)
HIT_BY_HER_HUSBAND = [
    ("de", "mein Mann schlägt mich"),
    ("en", "my husband hits me"),
]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Gewalt", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize(("lang", "text"), HIT_BY_HIS_WIFE)
def test_a_man_hit_by_his_wife_gets_the_police_and_no_womens_line_as_his_own(lang, text, services):
    state, replies = step(State(lang=lang), Text(text), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == m.CRISIS_VIOLENCE, (lang, shown)
    assert state.answered == "violence_to_him", (lang, state.answered)
    assert shown.index(POLICE) < shown.index(TELEFONSEELSORGE), (lang, shown)
    assert WOMENS_LINE not in shown, (lang, shown)


@pytest.mark.parametrize(("lang", "text"), HIT_BY_HER_HUSBAND)
def test_a_woman_hit_by_her_husband_keeps_the_womens_line(lang, text, services):
    state, replies = step(State(lang=lang), Text(text), services)
    shown = rendered(replies, lang)
    assert state.answered == "violence_now", (lang, state.answered)
    assert shown.index(POLICE) < shown.index(WOMENS_LINE), (lang, shown)


def test_once_his_wife_stopped_he_is_told_whom_to_talk_to_not_the_womens_line(services):
    state, _ = step(State(lang="de"), Text("meine Frau schlägt mich"), services)
    _, replies = step(state, Text("sie hat aufgehört, sie ist weg"), services)
    shown = rendered(replies, "de")
    assert msgids(replies)[0] == m.STOPPED, shown
    assert TELEFONSEELSORGE in shown and POLICE in shown and WOMENS_LINE not in shown, shown

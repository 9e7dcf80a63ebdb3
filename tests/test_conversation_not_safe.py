"""Safe, ok or better turned by a negation ("i am not safe again", "nicht in Sicherheit", "не в безопасности", "güvende
değilim"; round 78) is never read as safe: after a crisis reply it is a danger answer, every line of the reply again;
to the safety question it is its yes, the crisis reply. "I am safe again" stays safe. The state machine over a small
directory, the triage as the product reads."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, State, Text
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, msgids, rendered

TELEFONSEELSORGE, EMERGENCY = "0800 111 0 111", "112"
CRISIS = {
    "de": "ich will mich umbringen",
    "en": "i want to kill myself",
    "ru": "я хочу покончить с собой",
    "uk": "я хочу покінчити з собою",
    "tr": "kendimi öldürmek istiyorum",
    "ar": "بدي اقتل حالي",
}
NOT_SAFE = [
    ("en", "i am not safe again"),
    ("en", "i dont feel better"),
    ("de", "ich bin nicht in sicherheit"),
    ("de", "mir gehts nicht besser"),
    ("ru", "я не в безопасности"),
    ("uk", "я не в безпеці"),
    ("tr", "güvende değilim"),
    ("ar", "ana mish b2aman"),
]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Depression", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize(("lang", "text"), NOT_SAFE)
def test_not_safe_after_a_crisis_reply_gets_every_line_again(lang, text, services):
    state, _ = step(State(lang=lang), Text(CRISIS[lang]), services)
    state, replies = step(state, Text(text), services)
    shown = rendered(replies, lang)
    assert m.SAFE_NOW not in msgids(replies), (lang, shown)
    assert msgids(replies)[0] == m.CALL_NOW, (lang, shown)
    assert TELEFONSEELSORGE in shown and EMERGENCY in shown, (lang, shown)
    assert state.asked == Asked.CRISIS, (lang, state.asked)


def test_safe_again_stays_safe(services):
    state, _ = step(State(lang="en"), Text(CRISIS["en"]), services)
    _, replies = step(state, Text("i am safe again"), services)
    assert msgids(replies)[0] == m.SAFE_NOW, rendered(replies, "en")

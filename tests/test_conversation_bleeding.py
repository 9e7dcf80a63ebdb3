"""Self-harm with a wound that bleeds heavily, will not stop or is deep (`self_harm_bleeding`, round 77): the crisis
reply leads with the emergency number, as for a medical emergency, and keeps the self-harm line that the medical
reply drops; for a young writer their own line too, and for someone close's wound words to the one who is with them.
The state machine over a small directory, the triage as the product reads."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import State, Text
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, msgids, rendered

EMERGENCY = "112"
TELEFONSEELSORGE = "0800 111 0 111"
NUMMER_GEGEN_KUMMER = "116 111"
OWN, YOUNG, CLOSE = m.CRISIS_SELF_HARM_BLEEDING, "young", m.CRISIS_SELF_HARM_BLEEDING_CLOSE
# (language, message, whose wound): the writer's own, a young writer's own (their line too), someone close's (words to
# the one who is with them)
WOUNDS = [
    ("de", "ich hab mich wieder geritzt und es hört nicht auf zu bluten", OWN),
    ("en", "i cut myself again tonight, its bleeding a lot", OWN),
    ("tr", "kendimi yine kestim kan durmuyor", OWN),
    ("ru", "порезалась сильнее чем обычно, кровь не останавливается", OWN),
    ("uk", "порізала себе, кров не зупиняється", OWN),
    ("ar", "جرحت حالي والدم ما عم يوقف", OWN),
    ("de", "ich bin 14 und hab mich zu tief geritzt, überall blut", YOUNG),
    ("en", "im 15 and i cut too deep this time, it wont stop bleeding", YOUNG),
    ("tr", "abim kendini bıçakla kesti her yer kan acil", CLOSE),
    ("de", "meine tochter hat sich geritzt, es blutet stark und hört nicht auf", CLOSE),
    ("en", "my sister cut herself again, there is blood everywhere", CLOSE),
]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Selbstverletzung", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize(("lang", "text", "whose"), WOUNDS)
def test_a_bleeding_self_harm_wound_gets_the_emergency_number_first_and_the_self_harm_line(lang, text, whose, services):
    state, replies = step(State(lang=lang), Text(text), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == (OWN if whose == YOUNG else whose), (lang, shown)
    assert EMERGENCY in shown and TELEFONSEELSORGE in shown, (lang, shown)
    assert shown.index(EMERGENCY) < shown.index(TELEFONSEELSORGE), (lang, shown)
    assert "116 117" not in shown  # the on-call doctors are for what is not life-threatening
    if whose == YOUNG:
        assert state.young and NUMMER_GEGEN_KUMMER in shown, (lang, shown)
        assert shown.index(EMERGENCY) < shown.index(NUMMER_GEGEN_KUMMER), (lang, shown)

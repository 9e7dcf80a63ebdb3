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
OWN = {
    "de": "ich hab mich wieder geritzt und es hört nicht auf zu bluten",
    "en": "i cut myself again tonight, its bleeding a lot",
    "tr": "kendimi yine kestim kan durmuyor",
    "ru": "порезалась сильнее чем обычно, кровь не останавливается",
    "uk": "порізала себе, кров не зупиняється",
    "ar": "جرحت حالي والدم ما عم يوقف",
}
YOUNG = {
    "de": "ich bin 14 und hab mich zu tief geritzt, überall blut",
    "en": "im 15 and i cut too deep this time, it wont stop bleeding",
}
SOMEONE_CLOSE = {
    "tr": "abim kendini bıçakla kesti her yer kan acil",
    "de": "meine tochter hat sich geritzt, es blutet stark und hört nicht auf",
    "en": "my sister cut herself again, there is blood everywhere",
}


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Selbstverletzung", **AT_KISS_LEIPZIG})).services


def emergency_first_and_self_harm_line(shown: str) -> bool:
    return EMERGENCY in shown and TELEFONSEELSORGE in shown and shown.index(EMERGENCY) < shown.index(TELEFONSEELSORGE)


@pytest.mark.parametrize("lang", OWN)
def test_ones_own_bleeding_self_harm_wound_gets_the_emergency_number_first_and_the_self_harm_line(lang, services):
    _, replies = step(State(lang=lang), Text(OWN[lang]), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == m.CRISIS_SELF_HARM_BLEEDING, (lang, shown)
    assert emergency_first_and_self_harm_line(shown), (lang, shown)
    assert "116 117" not in shown  # the on-call doctors are for what is not life-threatening


@pytest.mark.parametrize("lang", YOUNG)
def test_a_young_writers_bleeding_wound_gets_their_own_line_too(lang, services):
    state, replies = step(State(lang=lang), Text(YOUNG[lang]), services)
    shown = rendered(replies, lang)
    assert state.young and msgids(replies)[0] == m.CRISIS_SELF_HARM_BLEEDING, (lang, shown)
    assert emergency_first_and_self_harm_line(shown) and NUMMER_GEGEN_KUMMER in shown, (lang, shown)
    assert shown.index(EMERGENCY) < shown.index(NUMMER_GEGEN_KUMMER), (lang, shown)


@pytest.mark.parametrize("lang", SOMEONE_CLOSE)
def test_someone_closes_bleeding_wound_gets_the_emergency_number_for_them_and_a_line_for_the_writer(lang, services):
    _, replies = step(State(lang=lang), Text(SOMEONE_CLOSE[lang]), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == m.CRISIS_SELF_HARM_BLEEDING_CLOSE, (lang, shown)
    assert emergency_first_and_self_harm_line(shown), (lang, shown)

"""One's own pills of the day told taken, as a console tester found it (round 70): "ich hab meine tabletten heute schon
genommen" (I already took my pills today) got the crisis reply. Told so, in the six languages, the dose of the day is
calm: neither the crisis reply nor the safety question; all of them, the whole pack, stay an overdose (the class rows:
tests/triage_classes/round70_conv.tsv)."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Msg, Outcome, State, Text
from tests.conversation import parts

DOSE_OF_THE_DAY = {
    "de": "ich hab meine tabletten heute schon genommen",
    "en": "I already took my pills today",
    "tr": "ilaçlarımı bugün zaten içtim",
    "ar": "أخذت دوائي اليوم",
    "ru": "я уже выпила свои таблетки сегодня",
    "uk": "я вже випила свої таблетки сьогодні",
}
ALL_OF_THEM = {
    "de": "ich hab meine tabletten schon alle genommen",
    "en": "i took all my pills",
    "tr": "bütün ilaçlarımı içtim",
    "ar": "بلعت كل حبوبي",
    "ru": "я уже выпила все свои таблетки сегодня",
    "uk": "я вже випила всі свої пігулки",
}


@pytest.mark.parametrize("lang", DOSE_OF_THE_DAY)
def test_the_pills_of_the_day_taken_are_no_crisis(lang, demo_runtime):
    _, replies = step(State(lang=lang), Text(DOSE_OF_THE_DAY[lang]), demo_runtime.services)
    assert all(r.outcome != Outcome.CRISIS for r in replies), lang
    assert Msg(m.SAFETY_QUESTION) not in parts(replies), lang


@pytest.mark.parametrize("lang", ALL_OF_THEM)
def test_all_of_them_taken_stay_an_overdose(lang, demo_runtime):
    _, replies = step(State(lang=lang), Text(ALL_OF_THEM[lang]), demo_runtime.services)
    assert replies[0].outcome == Outcome.CRISIS, lang

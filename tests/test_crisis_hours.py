"""The crisis lines' hours (data/crisis, from FACTS.md): a line closed at the moment of the reply is no first call,
and a young person's own line, open, comes first unless the police or the ambulance do."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest

from bot.crisis_data import load_resources
from bot.render import render_text
from dialogs.machine import step
from dialogs.model import State, Text

WEDNESDAY_AFTERNOON = datetime(2026, 12, 9, 15, 30)
SUNDAY_NIGHT = datetime(2026, 12, 6, 2, 0)
SATURDAY_EVENING = datetime(2026, 12, 5, 20, 0)  # the hour it closes: closed


def first_ids(kind: str, young: bool, at: datetime | None) -> list[str]:
    return [r.id for r in load_resources("DE").for_situation(kind, young, at=at)]


def test_the_nummer_gegen_kummer_answers_monday_to_saturday_from_two_to_eight():
    hours = load_resources("DE").resources["nummer_gegen_kummer_kinder"].hours
    assert hours.open_at(WEDNESDAY_AFTERNOON) and hours.open_at(datetime(2026, 12, 5, 14, 0))
    assert not hours.open_at(SUNDAY_NIGHT) and not hours.open_at(SATURDAY_EVENING)
    assert not hours.open_at(datetime(2026, 12, 6, 15, 0))  # Sunday afternoon
    assert load_resources("DE").resources["telefonseelsorge"].hours is None  # round the clock


@pytest.mark.parametrize("kind", ["self_harm", "suicide", "general"])
def test_a_young_person_gets_their_own_line_first_in_its_hours(kind):
    assert first_ids(kind, True, WEDNESDAY_AFTERNOON)[0] == "nummer_gegen_kummer_kinder"


@pytest.mark.parametrize("kind", ["self_harm", "suicide", "general", "child_abuse"])
def test_a_line_closed_now_goes_behind_those_that_answer(kind):
    shown = first_ids(kind, True, SUNDAY_NIGHT)
    assert shown[-1] == "nummer_gegen_kummer_kinder" and len(shown) == len(first_ids(kind, True, None))


def test_the_police_and_the_ambulance_stay_first_for_a_young_person():
    assert first_ids("violence_now", True, WEDNESDAY_AFTERNOON)[0] == "polizei"
    assert first_ids("emergency_other", True, WEDNESDAY_AFTERNOON)[0] == "notruf"
    assert first_ids("child_abuse", True, SUNDAY_NIGHT)[:2] == ["polizei", "notruf"]  # 116 111 closed: 110 first


def test_without_a_moment_the_order_is_that_of_the_data():
    assert first_ids("self_harm", True, None) == ["telefonseelsorge", "nummer_gegen_kummer_kinder", "notruf"]
    assert first_ids("suicide", False, SUNDAY_NIGHT) == first_ids("suicide", False, None)  # no line of hours


@pytest.mark.parametrize(
    ("at", "first"), [(WEDNESDAY_AFTERNOON, "116 111"), (SUNDAY_NIGHT, "0800 111 0 111"), (SATURDAY_EVENING, "0800")]
)
def test_a_teenagers_self_harm_is_answered_by_the_line_that_answers_now(at, first, demo_runtime):
    services = replace(demo_runtime.services, clock=lambda: at)
    _, replies = step(State(), Text("ich bin 15 und ritze mich grad wieder"), services)
    text = render_text(replies[0], "de")
    numbers = re.findall(r": ([\d /]+)$", text, re.MULTILINE)
    assert numbers[0].startswith(first) and "116 111" in text, text

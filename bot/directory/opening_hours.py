"""Structured opening hours: {"mon": ["09:00-12:00"], "tue": ["appointment"], ...} in an import,
weekday names in the person's language when shown (Babel), plain text kept as it is.

Directories write ranges with hyphens or dashes, dots or colons, with or without "Uhr", and
"by appointment" in several ways; all of that is folded into one stored form here.
"""

from __future__ import annotations

import json
import re

from dialogs import messages as m
from dialogs.model import Msg
from dialogs.text import normalise
from dialogs.views import WeeklyHours

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
APPOINTMENT = "appointment"
DAY_ALIASES = {
    **{d: i for i, d in enumerate(DAYS)},
    **{d: i for i, d in enumerate(("mo", "di", "mi", "do", "fr", "sa", "so"))},
    **{d: i for i, d in enumerate(("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"))},
    **{d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
}
APPOINTMENT_WORDS = {"appointment", "by appointment", "nach vereinbarung", "termin nach vereinbarung", "nach absprache"}
HOUR, MINUTE, DASH = r"([01]?\d|2[0-3])", r"([0-5]\d)", r"[-–—]"  # a clock's parts, as typed in an import
_RANGE = re.compile(
    rf"^\s*{HOUR}[:.]{MINUTE}\s*(?:uhr)?\s*{DASH}\s*([01]?\d|2[0-4])[:.]{MINUTE}\s*(?:uhr)?\s*$", re.IGNORECASE
)


def clock(hour: str, minute: str | None) -> str:
    """ "9", "05" -> "09:05": the one way times are stored (opening hours, meeting times)."""
    return f"{int(hour):02d}:{minute or '00'}"


def canonical(value: dict) -> str:
    """Validate structured hours and store them as JSON text; raises ValueError naming the problem."""
    days: dict[str, list[str]] = {}
    for key, ranges in value.items():
        day = DAY_ALIASES.get(str(key).strip().lower())
        if day is None:
            raise ValueError(f"unknown weekday {key!r}")
        if isinstance(ranges, str):
            ranges = [ranges]
        if not isinstance(ranges, list):
            raise ValueError(f"{key}: expected a list of times like '09:00-12:00'")
        for text in ranges:
            days.setdefault(DAYS[day], []).append(_range(str(text), key))
    return json.dumps({d: days[d] for d in DAYS if d in days}, ensure_ascii=False)


def _range(text: str, key: str) -> str:
    if normalise(text) in APPOINTMENT_WORDS:
        return APPOINTMENT
    match = _RANGE.match(text)
    if not match:
        raise ValueError(f"{key}: not a time range like '09:00-12:00' or 'appointment': {text!r}")
    h1, m1, h2, m2 = match.groups()
    return f"{clock(h1, m1)}–{clock(h2, m2)}"


def weekly(stored: str) -> dict[str, list[str]] | str:
    """The stored hours as {day: ranges}, or the text when they were given as text."""
    if not stored.startswith("{"):
        return stored
    try:
        days = json.loads(stored)
    except json.JSONDecodeError:
        return stored
    return {d: list(days[d]) for d in DAYS if d in days} if isinstance(days, dict) else stored


def for_display(stored: str) -> WeeklyHours | str:
    days = weekly(stored)
    if isinstance(days, str):
        return days
    return WeeklyHours(
        tuple(
            (DAYS.index(d), tuple(Msg(m.HOURS_BY_APPOINTMENT) if r == APPOINTMENT else r for r in ranges))
            for d, ranges in days.items()
        )
    )

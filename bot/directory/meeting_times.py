"""Structured meeting times: {"day": "wed", "weeks": [2], "time": "18:00"} (or a list of such) in an import,
shown in the person's language (weekday names by Babel); a schedule given as text is kept as it is.

"weeks" names the weeks of the month (the 2nd Wednesday: [2]); without it the group meets every week. "time"
is a start ("18:00", "18 Uhr") or a range ("18:00-20:00"). Stored as JSON text in the schedule column, so the
import format and the export keep one field: a text, or these times.
"""

from __future__ import annotations

import json
import re

from bot.directory.opening_hours import DASH, DAY_ALIASES, DAYS, HOUR, MINUTE, clock
from dialogs.views import MeetingTimes

WEEKS = range(1, 6)  # the 1st to the 5th such weekday of a month
_TIME = rf"{HOUR}(?:[:.]{MINUTE})?\s*(?:uhr|h)?"  # a start may leave out the minutes: "18 Uhr"
_TIMES = re.compile(rf"^\s*{_TIME}\s*(?:{DASH}\s*{_TIME}\s*)?$", re.IGNORECASE)


def canonical(value: dict | list) -> str:
    """Validate structured meeting times and store them as JSON text; raises ValueError naming the problem."""
    meetings = value if isinstance(value, list) else [value]
    if not meetings or not all(isinstance(meeting, dict) for meeting in meetings):
        raise ValueError('expected text, or times like {"day": "wed", "weeks": [2], "time": "18:00"}')
    return json.dumps([_meeting(meeting) for meeting in meetings], ensure_ascii=False)


def _meeting(meeting: dict) -> dict:
    unknown = set(meeting) - {"day", "weeks", "time"}
    if unknown:
        raise ValueError(f"unknown key(s) {sorted(unknown)}; expected day, weeks, time")
    day = DAY_ALIASES.get(str(meeting.get("day", "")).strip().lower())
    if day is None:
        raise ValueError(f"unknown weekday {meeting.get('day')!r}")
    weeks = meeting.get("weeks", [])
    weeks = [weeks] if isinstance(weeks, int) else weeks
    if not isinstance(weeks, list) or not all(isinstance(w, int) and w in WEEKS for w in weeks):
        raise ValueError(f"weeks must be numbers 1 to 5 (the 2nd {DAYS[day]} of the month: [2]), not {weeks!r}")
    match = _TIMES.match(str(meeting.get("time", "")))
    if not match:
        raise ValueError(f"not a time like '18:00' or '18:00-20:00': {meeting.get('time')!r}")
    h1, m1, h2, m2 = match.groups()
    time = clock(h1, m1) + (f"–{clock(h2, m2)}" if h2 else "")
    return {"day": DAYS[day], "weeks": sorted(set(weeks)), "time": time}


def for_display(stored: str) -> MeetingTimes | str:
    """The stored times to show, or the text when the schedule was given as text (or is not times we wrote)."""
    if not stored.startswith("["):
        return stored
    try:
        meetings = json.loads(stored)
        return MeetingTimes(tuple((DAYS.index(m["day"]), tuple(m["weeks"]), m["time"]) for m in meetings))
    except (ValueError, TypeError, KeyError):
        return stored

"""Turn transport-neutral replies into text in the person's language.

Numbers and lists are formatted for the locale (Babel: "Deutsch und Englisch", "الألمانية والإنجليزية").
In right-to-left languages every inserted value (German group names, phone numbers, addresses) is
wrapped in Unicode isolation marks once, so it keeps its own direction inside the Arabic sentence.
"""

from __future__ import annotations

import functools

from babel import Locale
from babel.dates import get_day_names
from babel.lists import format_list
from babel.numbers import format_decimal

from bot.i18n import gettext_for, ngettext_for
from dialogs import messages as m
from dialogs.model import Button, Msg, Reply
from dialogs.views import LanguageList, MeetingTimes, WeeklyHours

RTL = {"ar"}
FSI, PDI = "\u2068", "\u2069"
DAYS_APART = {"ar": "؛ "}  # between the days of opening hours: the Arabic semicolon, else "; "
WEEKS = (m.WEEK_1, m.WEEK_2, m.WEEK_3, m.WEEK_4, m.WEEK_5)


def render_text(reply: Reply, lang: str) -> str:
    return "\n".join(render_part(part, lang) for part in reply.parts)


def render_part(part: Msg | str, lang: str) -> str:
    if isinstance(part, str):
        return isolate(part, lang)
    lang = part.lang or lang
    if part.plural is not None and part.n is not None:
        template = ngettext_for(lang, part.msgid, part.plural, part.n)
    else:
        template = gettext_for(lang, part.msgid)
    if not part.params:
        return template
    values = {key: _value(value, lang) for key, value in part.params.items()}
    return template.format(**values)


def _value(value: object, lang: str) -> str:
    if isinstance(value, Msg):
        return render_part(value, lang)
    if isinstance(value, WeeklyHours):  # each time range isolated by render_part, the list in the person's words
        names = get_day_names("abbreviated", locale=lang)
        return DAYS_APART.get(lang, "; ").join(
            f"{names[day]} {format_list([render_part(r, lang) for r in ranges], locale=lang)}"
            for day, ranges in value.days
        )
    if isinstance(value, MeetingTimes):
        return DAYS_APART.get(lang, "; ").join(meeting(*when, lang) for when in value.meetings)
    if isinstance(value, LanguageList):  # names in the person's language: nothing to isolate
        names = Locale.parse(lang).languages
        return format_list([names.get(code, code) for code in value.codes], locale=lang)
    if isinstance(value, tuple):  # one line of several values ("Alkohol · für Angehörige · Chemnitz")
        return " · ".join(_value(item, lang) for item in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number(value, lang)
    return isolate(str(value), lang)


def meeting(day: int, weeks: tuple[int, ...], time: str, lang: str) -> str:
    """ "jeden 2. Mittwoch im Monat, 18:00", "every 2nd and 4th Wednesday of the month, 18:00": the weekday
    by Babel, the ordinals and words from the catalog (a language's word order and agreement are its own)."""
    day_name = get_day_names("wide", locale=lang)[day]
    if not weeks:
        return gettext_for(lang, m.MEETS_WEEKLY).format(day=day_name, time=isolate(time, lang))
    ordinals = format_list([gettext_for(lang, WEEKS[week - 1]) for week in weeks], locale=lang)
    return gettext_for(lang, m.MEETS_MONTHLY).format(weeks=ordinals, day=day_name, time=isolate(time, lang))


@functools.lru_cache(maxsize=4096)
def number(value: float, lang: str) -> str:
    """Memoised: counts and distances (to 0.1 km) repeat, and Babel takes ~18 µs for each."""
    return format_decimal(value, format="#,##0.#", locale=lang)


def isolate(text: str, lang: str) -> str:
    return f"{FSI}{text}{PDI}" if lang in RTL and text else text


def button_label(button: Button, lang: str) -> str:
    return render_part(button.label, lang)

"""The anonymous demand report for a contact point (or all): what people asked for, how their
searches ended, and first the founding opportunities: topics asked for where no group meets
within 25 km. Built from the counters only (bot/storage/demand_counts.py), every table protected
against small numbers (bot/outreach/disclosure.py). Rendered by bot/outreach/report_formats.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Engine, select

from bot.directory.taxonomy import default_taxonomy
from bot.outreach.disclosure import SMALL, SMALL_TEXT, Shown, protect
from bot.storage.demand_counts import TABLE, iso_week
from bot.storage.models import ContactPoint
from dialogs.model import Outcome

OUTCOME_NAMES = {
    Outcome.FOUND: "Gruppe in der Nähe (bis 25 km)",
    Outcome.NONE_NEAR: "keine Gruppe in 25 km",
    Outcome.ONLINE: "nur online gesucht",
    Outcome.CRISIS: "Krisenhilfe gegeben",
    Outcome.LEFT: "vor einem Ergebnis gegangen",
}
SOURCE_NAMES = {"flyer": "über einen Flyer", "other": "anders"}
NO_TOPIC = "(noch kein Thema, oder nur Wörter aus Gruppennamen)"
OTHER = "andere, je weniger als 5 (zusammengefasst)"
FOUNDING = "Gründungschancen: Themen ohne Gruppe in 25 km"
FOUNDING_NOTE = "Wie oft ein Thema gesucht wurde, ohne dass eine Gruppe dazu in 25 km trifft: hier fehlt eine Gruppe."
WEEKS_NOTE = "Jede Suche zählt einmal; wer zwei Themen sucht, zählt zweimal."


class UnknownContactPoint(ValueError):
    """A report asked for a contact point that neither the directory nor the counters know."""


@dataclass(frozen=True)
class Counts:
    """The counters of a report, summed over what it does not show (contact point, role)."""

    cells: Counter[tuple[str, str, str, str]]  # (week, source, topic, outcome) -> count

    def by(self, part: int, outcome: Outcome | None = None) -> Counter[str]:
        summed: Counter[str] = Counter()
        for key, count in self.cells.items():
            if outcome is None or key[3] == outcome:
                summed[key[part]] += count
        return summed


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    note: str
    rows: tuple[Shown, ...]


@dataclass(frozen=True)
class Report:
    title: str
    period: str  # "2026-W40 – 2026-W48"
    total: Shown  # conversations
    tables: tuple[Table, ...]  # none when there are too few conversations to break down


def demand_report(engine: Engine, contact_point: str | None, since: date | None) -> Report:
    """The report of one contact point (or all) as the command line and the operators in Telegram
    get it. Needs the counters, the contact point's name and the topics' names only: no directory
    index. A contact point no longer in the directory still has its counters reported."""
    counts = load_counts(engine, contact_point, since)
    title = "alle Kontaktstellen"
    if contact_point is not None:
        with engine.connect() as connection:
            name = connection.scalar(select(ContactPoint.name).where(ContactPoint.id == contact_point))
        if name is None and not counts.cells:
            raise UnknownContactPoint(contact_point)
        title = name or contact_point
    taxonomy = default_taxonomy()
    return build_report(counts, title, lambda t: taxonomy.topic(t).name("de") if taxonomy.has(t) else t)


def load_counts(engine: Engine, contact_point: str | None, since: date | None) -> Counts:
    query = select(TABLE.c.week, TABLE.c.source, TABLE.c.topic, TABLE.c.outcome, TABLE.c["count"])
    if contact_point is not None:
        query = query.where(TABLE.c.contact_point == contact_point)
    if since is not None:
        query = query.where(TABLE.c.week >= iso_week(since))  # "YYYY-Www" sorts as the weeks do
    cells: Counter[tuple[str, str, str, str]] = Counter()
    with engine.connect() as connection:
        for week, source, topic, outcome, count in connection.execute(query):
            cells[(week, source, topic, outcome)] += count
    return Counts(cells)


def build_report(counts: Counts, title: str, topic_name: Callable[[str], str]) -> Report:
    """The tables, each a protected line. All but the founding opportunities add up to the one
    total shown; those add up to the outcome "no group within 25 km", as far as that is shown."""
    weeks = counts.by(0)
    total = sum(weeks.values())
    period = f"{min(weeks)} – {max(weeks)}" if weeks else "–"
    if total < SMALL:
        return Report(title, period, Shown("", total, "0") if not total else Shown("", None, f"<{SMALL}"), ())
    exact = (total, total)
    by_outcome, by_source = counts.by(3), counts.by(1)
    outcomes = protect({o.value: by_outcome[o.value] for o in Outcome}, exact)
    none_near = counts.by(2, Outcome.NONE_NEAR)
    topics = protect(ranked(counts.by(2)), exact, floors={t: n for t, n in none_near.items() if n >= SMALL})
    topic_shown = {row.label: row.bounds[1] for row in topics if not row.merged}
    ceilings = {t: topic_shown.get(t, SMALL - 1) for t in none_near}  # not among them: merged, so small
    near = next((row.bounds for row in outcomes if row.label == Outcome.NONE_NEAR), (1, SMALL - 1))
    founding = protect(ranked(none_near), near, ceilings=ceilings)
    sources = protect({source: by_source[source] for source in SOURCE_NAMES}, exact)

    def topic(topic_id: str) -> str:
        return topic_name(topic_id) if topic_id else NO_TOPIC

    tables = (
        Table("founding", FOUNDING, FOUNDING_NOTE, in_rank_order(named(founding, topic))),
        Table("weeks", "Gespräche pro Woche", WEEKS_NOTE, named(protect(every_week(weeks), exact), str)),
        Table("sources", "Woher die Gespräche kamen", "", named(sources, SOURCE_NAMES.__getitem__)),
        Table("topics", "Gesuchte Themen", "", in_rank_order(named(topics, topic))),
        Table("outcomes", "Wie die Suchen endeten", "", named(outcomes, lambda o: OUTCOME_NAMES[Outcome(o)])),
    )
    return Report(title, period, Shown("", total, str(total)), tables)


def ranked(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def in_rank_order(rows: Iterable[Shown]) -> tuple[Shown, ...]:
    """Shown counts by size; the withheld ones after them ("≥5", then "<5"), alphabetically: their
    order would tell; "other" last."""
    order = sorted(rows, key=lambda r: (r.merged, r.count is None, r.text == SMALL_TEXT, -(r.count or 0), r.label))
    return tuple(order)


def every_week(weeks: Counter[str]) -> dict[str, int]:
    """From the first week to the last, weeks without a conversation as 0."""
    first, last = (date.fromisocalendar(int(w[:4]), int(w[6:]), 1) for w in (min(weeks), max(weeks)))
    days = range(first.toordinal(), last.toordinal() + 1, 7)
    return {iso_week(date.fromordinal(d)): weeks[iso_week(date.fromordinal(d))] for d in days}


def named(rows: Iterable[Shown], name: Callable[[str], str]) -> tuple[Shown, ...]:
    return tuple(replace(r, label=OTHER if r.merged else name(r.label)) for r in rows)

"""Crisis resources and the triage lexicon from data/, loaded without any database."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache

from bot.common_words import common_words, word_forms
from bot.compiled import compiled
from bot.directory.opening_hours import DAYS  # the weekdays as the directory's opening hours name them
from bot.paths import DATA, read_yaml
from dialogs.triage import Lexicon, compile_lexicon
from dialogs.triage_model import read_model
from dialogs.views import CrisisHelp, ResourceView


@dataclass(frozen=True)
class Hours:
    """When a line answers, as FACTS.md states it (days and one span): a line closed now is no first call."""

    days: frozenset[int]  # 0 is Monday
    start: time
    end: time

    def open_at(self, moment: datetime) -> bool:
        return moment.weekday() in self.days and self.start <= moment.time() < self.end


@dataclass(frozen=True)
class Resource:
    id: str
    name: str
    numbers: tuple[str, ...]
    web: str
    who: dict[str, str]
    note: dict[str, str]  # said after the numbers whenever this resource is listed
    hours: Hours | None = None  # None: round the clock, or no hours known
    interpreters: int | None = None  # how many languages its interpreters speak, where FACTS.md states it

    def closed_at(self, moment: datetime | None) -> bool:
        return moment is not None and self.hours is not None and not self.hours.open_at(moment)


@dataclass(frozen=True)
class CrisisResources:
    country: str
    resources: dict[str, Resource]
    situations: dict[str, tuple[str, ...]]
    notes: dict[str, str]  # said after the numbers in every situation
    young: str | None = None  # the line for children and young people
    parents: str | None = None  # the line for a parent worried about their child
    emergency: frozenset[str] = frozenset()  # the police and the ambulance: first where a situation puts them first

    def for_situation(
        self, kind: str | None, young: bool = False, parent: bool = False, at: datetime | None = None
    ) -> list[Resource]:
        """The lines for a situation, most important first; a young person also gets theirs, and a
        parent who writes of their child theirs before it. At a moment (`at`, local time) a line closed then
        goes behind those that answer (116 111 at 2 a.m.: the TelefonSeelsorge first), and a young person's own
        line, open, comes first unless the police or the ambulance do ("ich bin 15 und ritze mich": 116 111
        before the TelefonSeelsorge in its hours)."""
        ids = list(self.situations.get(kind or "general") or self.situations["general"])
        if parent and self.parents and self.parents not in ids:
            ids.insert(1, self.parents)
        if young and self.young and self.young not in ids:
            ids.insert(ids.index(self.parents) + 1 if self.parents in ids else 1, self.young)
        shown = [self.resources[i] for i in ids]
        if at is None:
            return shown
        own = self.resources.get(self.young or "")
        if young and own in shown and ids[0] not in self.emergency and not own.closed_at(at):
            shown.insert(0, shown.pop(shown.index(own)))
        return sorted(shown, key=lambda resource: resource.closed_at(at))  # stable: the order stays otherwise

    def note(self, shown: list[Resource], lang: str) -> str:
        """What is said after the numbers: only about the services shown."""
        parts = [self.notes.get(lang) or self.notes.get("de", "")]
        parts += [r.note.get(lang) or r.note["de"] for r in shown if r.note]
        return " ".join(p for p in parts if p)


def crisis_help(
    resources: CrisisResources,
    kind: str | None,
    young: bool,
    lang: str,
    parent: bool = False,
    at: datetime | None = None,
) -> CrisisHelp:
    """The numbers for a situation in the person's language, and what is said after them."""
    shown = resources.for_situation(kind, young, parent, at)
    return CrisisHelp(
        tuple(
            ResourceView(
                r.name, r.numbers, r.web, r.who.get(lang) or r.who["de"], r.interpreters, r.id in resources.emergency
            )
            for r in shown
        ),
        resources.note(shown, lang),
    )


@lru_cache(maxsize=4)
def load_resources(country: str = "DE") -> CrisisResources:
    raw = read_yaml(DATA / "crisis" / f"{country.upper()}.yaml")
    resources = {
        rid: Resource(
            rid,
            r["name"],
            tuple(r["numbers"]),
            r.get("web", ""),
            dict(r["who"]),
            dict(r.get("note") or {}),
            _hours(r["hours"]) if r.get("hours") else None,
            r.get("interpreters"),
        )
        for rid, r in raw["resources"].items()
    }
    situations = {k: tuple(v) for k, v in raw["situations"].items()}
    lines = {key: (raw[key],) for key in ("young", "parents") if raw.get(key)}
    for kind, ids in [*situations.items(), *lines.items()]:
        unknown = [i for i in ids if i not in resources]
        if unknown:
            raise ValueError(f"crisis data {country}: {kind} names unknown resources {unknown}")
    return CrisisResources(
        raw["country"],
        resources,
        situations,
        dict(raw.get("note") or {}),
        raw.get("young"),
        raw.get("parents"),
        frozenset(raw.get("emergency") or ()),
    )


def _hours(raw: dict) -> Hours:
    """`{days: [mon, ..., sat], from: "14:00", to: "20:00"}` of data/crisis."""
    days = frozenset(DAYS.index(day) for day in raw["days"])
    return Hours(days, time.fromisoformat(raw["from"]), time.fromisoformat(raw["to"]))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return compiled("lexicon", _compile_lexicon)


def _compile_lexicon() -> Lexicon:
    raw = {path.stem: read_yaml(path) for path in sorted((DATA / "triage").glob("*.yaml"))}
    with gzip.open(DATA / "triage" / "model.tsv.gz", "rt", encoding="utf-8") as lines:
        model = read_model(lines)
    return compile_lexicon(raw, common_words(), model, word_forms())

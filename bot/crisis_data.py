"""Crisis resources and the triage lexicon from data/, loaded without any database."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache

from bot.common_words import common_words, word_forms
from bot.compiled import compiled
from bot.paths import DATA, read_yaml
from dialogs.triage import Lexicon, compile_lexicon
from dialogs.triage_model import read_model
from dialogs.views import CrisisHelp, ResourceView


@dataclass(frozen=True)
class Resource:
    id: str
    name: str
    numbers: tuple[str, ...]
    web: str
    who: dict[str, str]
    note: dict[str, str]  # said after the numbers whenever this resource is listed


@dataclass(frozen=True)
class CrisisResources:
    country: str
    resources: dict[str, Resource]
    situations: dict[str, tuple[str, ...]]
    notes: dict[str, str]  # said after the numbers in every situation
    young: str | None = None  # the line for children and young people
    parents: str | None = None  # the line for a parent worried about their child

    def for_situation(self, kind: str | None, young: bool = False, parent: bool = False) -> list[Resource]:
        """The lines for a situation, most important first; a young person also gets theirs, and a
        parent who writes of their child theirs before it."""
        ids = list(self.situations.get(kind or "general") or self.situations["general"])
        if parent and self.parents and self.parents not in ids:
            ids.insert(1, self.parents)
        if young and self.young and self.young not in ids:
            ids.insert(ids.index(self.parents) + 1 if self.parents in ids else 1, self.young)
        return [self.resources[i] for i in ids]

    def note(self, shown: list[Resource], lang: str) -> str:
        """What is said after the numbers: only about the services shown."""
        parts = [self.notes.get(lang) or self.notes.get("de", "")]
        parts += [r.note.get(lang) or r.note["de"] for r in shown if r.note]
        return " ".join(p for p in parts if p)


def crisis_help(
    resources: CrisisResources, kind: str | None, young: bool, lang: str, parent: bool = False
) -> CrisisHelp:
    """The numbers for a situation in the person's language, and what is said after them."""
    shown = resources.for_situation(kind, young, parent)
    return CrisisHelp(
        tuple(ResourceView(r.name, r.numbers, r.web, r.who.get(lang) or r.who["de"]) for r in shown),
        resources.note(shown, lang),
    )


@lru_cache(maxsize=4)
def load_resources(country: str = "DE") -> CrisisResources:
    raw = read_yaml(DATA / "crisis" / f"{country.upper()}.yaml")
    resources = {
        rid: Resource(rid, r["name"], tuple(r["numbers"]), r.get("web", ""), dict(r["who"]), dict(r.get("note") or {}))
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
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return compiled("lexicon", _compile_lexicon)


def _compile_lexicon() -> Lexicon:
    raw = {path.stem: read_yaml(path) for path in sorted((DATA / "triage").glob("*.yaml"))}
    with gzip.open(DATA / "triage" / "model.tsv.gz", "rt", encoding="utf-8") as lines:
        model = read_model(lines)
    return compile_lexicon(raw, common_words(), model, word_forms())

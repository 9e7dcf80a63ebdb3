"""Crisis resources and the triage lexicon from data/, loaded without any database."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from bot.paths import DATA
from dialogs.triage import Lexicon, compile_lexicon


@dataclass(frozen=True)
class Resource:
    id: str
    name: str
    numbers: tuple[str, ...]
    web: str
    who: dict[str, str]


@dataclass(frozen=True)
class CrisisResources:
    country: str
    resources: dict[str, Resource]
    situations: dict[str, tuple[str, ...]]
    notes: dict[str, str]

    def note(self, lang: str) -> str:
        return self.notes.get(lang) or self.notes["de"]

    def for_situation(self, kind: str | None) -> list[Resource]:
        ids = self.situations.get(kind or "general") or self.situations["general"]
        return [self.resources[i] for i in ids]


@lru_cache(maxsize=4)
def load_resources(country: str = "DE") -> CrisisResources:
    raw = yaml.safe_load((DATA / "crisis" / f"{country.upper()}.yaml").read_text(encoding="utf-8"))
    resources = {
        rid: Resource(rid, r["name"], tuple(r["numbers"]), r.get("web", ""), dict(r["who"]))
        for rid, r in raw["resources"].items()
    }
    situations = {k: tuple(v) for k, v in raw["situations"].items()}
    for kind, ids in situations.items():
        unknown = [i for i in ids if i not in resources]
        if unknown:
            raise ValueError(f"crisis data {country}: situation {kind} names unknown resources {unknown}")
    return CrisisResources(raw["country"], resources, situations, dict(raw["note"]))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((DATA / "triage").glob("*.yaml"))
    }
    return compile_lexicon(raw)

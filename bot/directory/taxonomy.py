"""The topic taxonomy shipped in data/taxonomy/ (categories.yaml, then one file of topics per
category), loaded into plain frozen records."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.paths import DATA, read_yaml

LANGUAGES = ("de", "en", "tr", "ar", "ru", "uk")


@dataclass(frozen=True)
class Category:
    id: str
    names: dict[str, str]


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    terms: dict[str, tuple[str, ...]]
    related: tuple[str, ...] = ()
    relatives: str | None = None
    for_relatives: bool = False

    def name(self, lang: str) -> str:
        """The topic's name in `lang`, German when that language has none."""
        return (self.terms.get(lang) or self.terms["de"])[0]


class Taxonomy:
    def __init__(
        self,
        categories: tuple[Category, ...],
        topics: tuple[Topic, ...],
        generic: frozenset[str] = frozenset(),
        audiences: frozenset[str] = frozenset(),
        narrow: frozenset[str] = frozenset(),
        harm: frozenset[str] = frozenset(),
    ) -> None:
        self.categories = categories
        self.topics = topics
        self.generic = generic  # topics that distress itself names: they never replace a specific one
        self.audiences = audiences  # topics of who a group is for: beside another topic they refine its groups
        self.narrow = narrow  # topics of one kind of a related broader one: for the broader alone, related groups
        self.harm = harm  # topics of violence and what it leaves: the harmed one's, never the one who harms
        self._by_id = {t.id: t for t in topics}

    def topic(self, topic_id: str) -> Topic:
        return self._by_id[topic_id]

    def has(self, topic_id: str) -> bool:
        return topic_id in self._by_id

    def in_category(self, category_id: str) -> list[Topic]:
        return [t for t in self.topics if t.category == category_id]


def load_taxonomy(folder: Path = DATA / "taxonomy") -> Taxonomy:
    raw = read_yaml(folder / "categories.yaml")
    categories = tuple(
        Category(c["id"], {lang: str(c[lang]) for lang in LANGUAGES if lang in c}) for c in raw["categories"]
    )
    raw["topics"] = []
    for category in categories:
        topics_of = read_yaml(folder / f"{category.id}.yaml")
        odd = [t["id"] for t in topics_of["topics"] if t.get("category", category.id) != category.id]
        if odd:
            raise ValueError(f"taxonomy {category.id}.yaml: topics of another category {odd}")
        raw["topics"] += [{"category": category.id, **t} for t in topics_of["topics"]]
    topics = tuple(
        Topic(
            id=t["id"],
            category=t["category"],
            terms={lang: tuple(str(x) for x in t[lang]) for lang in LANGUAGES if t.get(lang)},
            related=tuple(t.get("related", ())),
            relatives=t.get("relatives"),
            for_relatives=t.get("for") == "relatives",
        )
        for t in raw["topics"]
    )
    generic, audiences = frozenset(raw.get("generic", ())), frozenset(raw.get("audience", ()))
    narrow, harm = frozenset(raw.get("narrow", ())), frozenset(raw.get("harm", ()))
    unknown = (generic | audiences | narrow | harm) - {t.id for t in topics}
    if unknown:
        raise ValueError(
            f"taxonomy categories.yaml: generic, audience, narrow or harm topics that do not exist {sorted(unknown)}"
        )
    return Taxonomy(categories, topics, generic, audiences, narrow, harm)


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    return load_taxonomy()

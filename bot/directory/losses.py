"""Whether a message loses only things: a verb of losing beside money, a job, a flat or a licence
("втратив усі гроші", "hat seinen Job verloren") tells of no death (data/taxonomy/losses.yaml); nor
does Turkish "oldu" (became) typed like "öldü" (died) after a word of a topic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.paths import DATA, read_yaml
from dialogs.text import normalise

NEAR = 3  # a thing this many words before or after the verb at most: "потерял все деньги"


@dataclass(frozen=True)
class Words:
    """Folded words; "word*" any word that begins so."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, entries: Iterable[str]) -> Words:
        entries = [str(e) for e in entries]
        return cls(
            frozenset(normalise(e) for e in entries if not e.endswith("*")),
            tuple(sorted(normalise(e[:-1]) for e in entries if e.endswith("*"))),
        )

    def any_of(self, readings: set[str]) -> bool:
        return any(r in self.exact or r.startswith(self.prefixes) for r in readings)


@dataclass(frozen=True)
class Losses:
    verbs: Words
    things: Words
    became: Words

    def only_things(self, readings: Sequence[set[str]]) -> bool:
        """Whether the text (each word with its readings) has a verb of losing and every one of
        them stands beside a thing."""
        verbs = [i for i, word in enumerate(readings) if self.verbs.any_of(word)]
        return bool(verbs) and all(
            any(self.things.any_of(readings[j]) for j in range(max(0, i - NEAR), min(len(readings), i + NEAR + 1)))
            for i in verbs
        )

    def is_verb(self, word: str) -> bool:
        return self.verbs.any_of({word})

    def becomes(self, word: str) -> bool:
        return self.became.any_of({word})


@lru_cache(maxsize=1)
def default_losses() -> Losses:
    raw = read_yaml(DATA / "taxonomy" / "losses.yaml")
    return Losses(Words.of(raw["verbs"]), Words.of(raw["things"]), Words.of(raw["became"]))

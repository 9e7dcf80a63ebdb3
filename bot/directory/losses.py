"""Whether a message loses only things: a verb of losing beside money, a job, a flat or a licence
("втратив усі гроші", "hat seinen Job verloren") tells of no death (data/taxonomy/losses.yaml); nor
does Turkish "oldu" (became) typed like "öldü" (died) after a word of a topic, nor dying of laughter
("ich lach mich tot")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.paths import DATA, read_yaml
from dialogs.text import normalise

FEARED_AFTER = 2  # words after a word of fear that may name the one feared: "angst vor ihm", not "vor Menschen, sie"
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
    dying: Words
    harmless: Words
    died: Words
    fear: Words
    feared: Words
    pursuing: Words
    lasting: Words
    memory: Words

    def only_things(self, readings: Sequence[set[str]]) -> bool:
        """Whether the text (each word with its readings) has a verb of losing and every one of
        them stands beside a thing."""
        return _only_beside(self.verbs, self.things, readings)

    def only_figures(self, readings: Sequence[set[str]]) -> bool:
        """Whether the text has a word of dying and every one of them stands beside a cause that
        kills no one ("ich lach mich tot", "умираю со смеху")."""
        return _only_beside(self.dying, self.harmless, readings)

    def only_memories(self, readings: Sequence[set[str]]) -> bool:
        """Whether the text has a word of pursuing and every one of them stands beside a word of what lasts and
        one for a thing: a past that haunts ("das verfolgt mich bis heute"), no one who stalks."""
        lasting = _only_beside(self.pursuing, self.lasting, readings)
        return lasting and _only_beside(self.pursuing, self.memory, readings)

    def is_pursuing(self, word: str) -> bool:
        return self.pursuing.any_of({word})

    def is_dying(self, word: str) -> bool:
        return self.dying.any_of({word})

    def is_verb(self, word: str) -> bool:
        return self.verbs.any_of({word})

    def tells_death(self, word: str) -> bool:
        """Whether a word tells a death that happened: a death in the past ("gestorben", "умерла") or a verb of
        losing ("verloren", "lost")."""
        return self.died.any_of({word}) or self.is_verb(word)

    def other_tense(self, word: str, term_word: str) -> bool:
        """Whether of two words of dying one tells a death in the past and the other does not: "died" is no form
        of "dying" (or "die"), though the stemmer makes all three "die"."""
        past, term_past = self.died.any_of({word}), self.died.any_of({term_word})
        dying = (past or self.is_dying(word)) and (term_past or self.is_dying(term_word))
        return dying and past != term_past

    def fears_someone(self, readings: Sequence[set[str]]) -> bool:
        """Whether a word of fear has someone feared (or the word for fearing for one) right before it or up to
        FEARED_AFTER words after it: "ondan korkuyorum", "angst vor ihm", "angst um sie", "afraid she'll die"."""
        return any(
            self.fear.any_of(word) and any(self.feared.any_of(near) for near in _around(readings, i, 1, FEARED_AFTER))
            for i, word in enumerate(readings)
        )

    def is_fear(self, word: str) -> bool:
        return self.fear.any_of({word})

    def becomes(self, word: str) -> bool:
        return self.became.any_of({word})


def _only_beside(words: Words, beside: Words, readings: Sequence[set[str]]) -> bool:
    """Whether the text has one of `words` and each stands NEAR one of `beside`."""
    found = [i for i, word in enumerate(readings) if words.any_of(word)]
    return bool(found) and all(
        any(beside.any_of(readings[j]) for j in range(max(0, i - NEAR), min(len(readings), i + NEAR + 1)))
        for i in found
    )


def _around(readings: Sequence[set[str]], at: int, before: int, after: int) -> list[set[str]]:
    """The words up to `before` words before and `after` words after the word at `at`."""
    return [*readings[max(0, at - before) : at], *readings[at + 1 : at + 1 + after]]


@lru_cache(maxsize=1)
def default_losses() -> Losses:
    raw = read_yaml(DATA / "taxonomy" / "losses.yaml")
    parts = ("verbs", "things", "became", "dying", "harmless", "died", "fear", "feared")
    parts += ("pursuing", "lasting", "memory")
    return Losses(*(Words.of(raw[part]) for part in parts))

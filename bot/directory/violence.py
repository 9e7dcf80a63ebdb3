"""Who hit whom: whether a text tells violence done by the writer ("ich habe mein Kind geschlagen"), by someone else
("mein Mann schlägt die Kinder") or suffered ("Mein Vater hat mich als Kind geschlagen"), read alike in a message and
in a taxonomy term (data/taxonomy/violence.yaml), so that a term of one side is not found in a message of another
though it shares all its content words: the words that tell the sides apart are function words and a verb's person,
which the topic matcher otherwise passes over."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.paths import DATA, read_yaml
from dialogs.text import normalise

SUFFERED = "suffered"  # done to the writer or to the one the text speaks of
DONE = "done"  # by the writer
OTHERS = "others"  # by someone else
DOERS = (DONE, OTHERS)  # the sides told by the one who does it, before the word of violence or by its person
REACH = 7  # words between a word of violence and a word that tells it suffered, at most
DOER_REACH = 2  # words between the one who does it and the word of violence after it, at most


@dataclass(frozen=True)
class Spelling:
    """One entry of a word class: its words, each a set of alternatives; "word*" any word that begins so."""

    words: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, entry: str) -> Spelling:
        return cls(tuple(tuple(_folded(a) for a in word.split("|")) for word in entry.split()))

    def at(self, words: Sequence[str], start: int) -> bool:
        """Whether the entry stands in `words` from `start` on."""
        return start + len(self.words) <= len(words) and all(
            any(_spells(alternative, words[start + i]) for alternative in alternatives)
            for i, alternatives in enumerate(self.words)
        )


def _folded(alternative: str) -> str:
    """A word folded as bot.directory.topic_matcher.fold folds a text: a Ukrainian apostrophe kept ("б'ю")."""
    return "'".join(map(normalise, alternative.split("'"))) + ("*" if alternative.endswith("*") else "")


def _spells(alternative: str, word: str) -> bool:
    return word.startswith(alternative[:-1]) if alternative.endswith("*") else word == alternative


@dataclass(frozen=True)
class WordClass:
    """Entries looked up by their first word: as written, or by the prefixes of those written "word*"."""

    by_first: dict[str, tuple[Spelling, ...]]
    by_prefix: tuple[tuple[str, Spelling], ...]

    @classmethod
    def of(cls, entries: Iterable[str]) -> WordClass:
        by_first: dict[str, list[Spelling]] = defaultdict(list)
        by_prefix = []
        for spelling in (Spelling.of(str(entry)) for entry in entries):
            for first in spelling.words[0]:
                if first.endswith("*"):
                    by_prefix.append((first[:-1], spelling))
                else:
                    by_first[first].append(spelling)
        return cls({word: tuple(found) for word, found in by_first.items()}, tuple(by_prefix))

    def spans(self, words: Sequence[str]) -> list[range]:
        """Where the class's entries stand in `words`."""
        return [
            range(start, start + len(spelling.words))
            for start, word in enumerate(words)
            for spelling in (*self.by_first.get(word, ()), *(s for p, s in self.by_prefix if word.startswith(p)))
            if spelling.at(words, start)
        ]


@dataclass(frozen=True)
class SufferedTopics:
    """The topics a text names that tells violence suffered from someone (violence.yaml's `topics`)."""

    suffered: str  # "ich wurde von meinem Mann geschlagen": Häusliche Gewalt
    childhood: str  # "my dad beat me when I was a kid": Belastende Kindheit


@dataclass(frozen=True)
class Violence:
    violence: WordClass
    sides: dict[str, WordClass]  # SUFFERED, DONE, OTHERS -> the words that tell it
    someone: WordClass  # the one who does it, named ("mein Mann", "babam", "he")
    childhood: WordClass  # a childhood told ("als Kind", "when I was little", "в детстве")
    no_one: WordClass  # a game or a thing that beats or hits ("beim Schach", "at chess", "by a car")
    topics: SufferedTopics

    def told(self, words: Sequence[str]) -> frozenset[str]:
        """The sides the words tell violence from: each word of violence takes the side of the words that tell one,
        reach it (`_reaches`) and stand nearest to it (every side of those that stand as near)."""
        acts = [i for span in self.violence.spans(words) for i in span]
        if not acts:
            return frozenset()
        marks = [(span, side) for side, words_of in self.sides.items() for span in words_of.spans(words)]
        told: set[str] = set()
        for act in acts:
            near = [(_apart(span, act), side) for span, side in marks if _reaches(span, side, act)]
            nearest = min((apart for apart, _ in near), default=None)
            told.update(side for apart, side in near if apart == nearest)
        return frozenset(told)

    def tells(self, words: Sequence[str]) -> bool:
        """Whether the words tell violence at all."""
        return bool(self.violence.spans(words))

    def idiom_words(self, words: Sequence[str]) -> set[int]:
        """Where a word of violence stands inside a game's or an idiom's words (`no_one`: "hit me up on WhatsApp",
        contact me): no term that holds it is said there, as none a negation denies is."""
        acts = {i for span in self.violence.spans(words) for i in span}
        return {i for span in self.no_one.spans(words) for i in span if i in acts}

    def suffered_from_someone(self, readings: Sequence[Sequence[str]]) -> list[tuple[int, str, str]]:
        """The topic of violence each reading of a text (as written, corrected: its words) tells suffered from
        someone it names, and the words that tell it, by the reading's place: a word of violence, someone who does
        it ("Mann", "dad", "kocam", "муж") and a word of it suffered that reaches it ("von meinem Mann geschlagen",
        "beat me", "beni dövüyor", "меня бил"), none of it done by the writer; of a childhood told, the topic of a
        hard childhood, with or without someone named ("I was beaten as a kid"). In whatever voice, tense or order
        they are said, which no list of phrases holds ("ich wurde von meinem Mann geschlagen", "babam beni çocukken
        döverdi"). Without someone named or a childhood, what hits is no one ("the news hit me", "burnout hit me
        hard"); nor where any reading tells a game or a thing that beats or hits ("my dad beat me at chess", "hit by
        a car as a kid", "race" corrected to "races")."""
        if any(self.no_one.spans(words) for words in readings):
            return []
        return [(at, *told) for at, words in enumerate(readings) if (told := self._suffered_in(words))]

    def _suffered_in(self, words: Sequence[str]) -> tuple[str, str] | None:
        acts = [i for span in self.violence.spans(words) for i in span]
        someone, childhood = self.someone.spans(words), self.childhood.spans(words)
        reached = [span for span in self.sides[SUFFERED].spans(words) if any(_apart(span, a) <= REACH for a in acts)]
        if not (someone or childhood) or not reached or DONE in self.told(words):
            return None
        topic = self.topics.childhood if childhood else self.topics.suffered
        telling = sorted({acts[0], *reached[0], *(someone[0] if someone else ()), *(childhood[0] if childhood else ())})
        return topic, " ".join(words[i] for i in telling)


def apart(term: frozenset[str], text: frozenset[str]) -> bool:
    """Whether a term tells violence from another side than the text does: done by the writer ("habe mein Kind
    geschlagen") against done by someone else or suffered ("mein Mann schlägt die Kinder", "Mein Vater hat mich als
    Kind geschlagen"), and the other way round. Done by someone else and suffered are one side: the one who suffers
    it is not the one who does it ("schlägt mich" is in "mein Mann schlägt mich")."""
    return bool(term) and bool(text) and _side_of(term).isdisjoint(_side_of(text))


def _side_of(sides: frozenset[str]) -> frozenset[str]:
    return frozenset(DONE if side == DONE else SUFFERED for side in sides)


def _reaches(span: range, side: str, act: int) -> bool:
    """Whether the words at `span` tell the side of the word of violence at `act`: those of violence suffered up to
    REACH words before or after it ("hat mich als Kind geschlagen", "beaten as a child"); the one who does it only
    as that word itself (its person: "dövüyorum", I beat; "schlägt", he beats) or before it, up to DOER_REACH words
    between ("ich habe mein Kind geschlagen", "I think he hit them")."""
    if side not in DOERS:
        return _apart(span, act) <= REACH
    return act in span or (span.stop <= act and act - span.stop <= DOER_REACH)


def _apart(span: range, at: int) -> int:
    """How many words lie between a word and a span of words, and one (none: it is in the span)."""
    return 0 if at in span else min(abs(at - span.start), abs(at - (span.stop - 1)))


@lru_cache(maxsize=1)
def default_violence() -> Violence:
    raw = read_yaml(DATA / "taxonomy" / "violence.yaml")
    sides = {side: raw[side] for side in (SUFFERED, *DOERS)}
    sides[SUFFERED] = [*sides[SUFFERED], *raw["childhood"]]  # a childhood told tells it suffered
    return Violence(
        WordClass.of(raw["violence"]),
        {side: WordClass.of(entries) for side, entries in sides.items()},
        WordClass.of(raw["someone"]),
        WordClass.of(raw["childhood"]),
        WordClass.of(raw["no_one"]),
        SufferedTopics(**raw["topics"]),
    )

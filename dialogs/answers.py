"""Typed answers to a yes/no question: "ja", "nee passt schon", "evet", "нет", "لا", "idk", and a bare
acknowledgement ("ok", "tamam", "ладно", "تمام"), which answers no question but takes what was said.

A message is an answer only when it says nothing else: every word of it stands in phrases of one
label (`answer_yes`, `answer_no`, `answer_unsure` or `answer_ok` in data/intents.yaml, in the pattern language
of data/triage/README.md; words a phrase lets stand between its own, as in "ja ich brauche *jetzt*
hilfe", count as its own), or in words of thanks ("nein danke", "evet teşekkürler"). "nein, aber
mein Mann trinkt" is no answer but a message to read. A slip of one letter in a word of four or
more ("nien", "hayr") is read as the answer word, a letter held down ("jaaa", "noooo") too; an
everyday word ("mein", "kein") is never taken for a typo of one.
Where the question is open, a yes may also open a longer message ("jo i ruf morge a", "ja mach ich", "yes i will
call"): one of the words of `answer_opens` first, and after it nothing that turns it (an `answer_no` or
`answer_unsure` phrase, or a word of `answer_but`: "ja, aber mir gehts gut", "yes but no", "evet ama iyiyim").
Pure: the phrases are read once and passed in.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from rapidfuzz import process
from rapidfuzz.distance import OSA

from dialogs.patterns import Grammar, Rule, RuleIndex
from dialogs.text import normalise

LABELS = ("yes", "no", "unsure", "ok")  # each read from the section "answer_<label>" of a language
POLITE = "thanks"  # the section of words said beside an answer
OPENS, TURNS = "answer_opens", "answer_but"  # a yes that opens a longer message; words after it that turn it
MIN_TYPO_WORD = 4  # shorter words are too often another word one letter away
_HELD = re.compile(r"(.)\1+")  # a letter held down: "jaaaa", "noooo"


def _held_once(word: str) -> str:
    return _HELD.sub(r"\1", word)


class Answers:
    def __init__(self, raw: dict[str, dict[str, list[str]]], common: Collection[str] = frozenset()) -> None:
        rules = [
            Rule(lang, label, pattern, Grammar(words=sections.get("words") or {}))
            for lang, sections in raw.items()
            for label, section in (*((label, f"answer_{label}") for label in LABELS), (POLITE, POLITE))
            for pattern in sections.get(section, ())
        ]
        self._index = RuleIndex(rules)
        self._turns = RuleIndex(
            [Rule(lang, TURNS, p) for lang, sections in raw.items() for p in sections.get(TURNS, ())]
        )
        self._opens = frozenset(normalise(word) for sections in raw.values() for word in sections.get(OPENS, ()))
        words = {word.strip("?*") for rule in rules for slot in rule.pattern.split() for word in slot.split("|")}
        self._words = frozenset(filter(None, map(normalise, words)))
        self._held = {_held_once(w): w for w in sorted(self._words, key=len)}  # "neee" is "nee": the longest wins
        self._typo_targets = sorted(w for w in self._words if len(w) >= MIN_TYPO_WORD)
        self._common = common

    def read(self, text: str, opening: bool = False) -> str | None:
        """ "yes", "no", "unsure" or "ok" when the whole message is that answer, else None; with `opening`, also
        "yes" for a message that a yes opens and nothing after it turns."""
        words: list[str] = []
        for word in map(self._known, normalise(text).split()):
            if not words or words[-1] != word:  # "nein nein"
                words.append(word)
        if not words:
            return None
        whole = self._whole(words)
        return whole or (self._opened(words) if opening else None)

    def _opened(self, words: list[str]) -> str | None:
        """ "yes" when a yes opens a longer message ("jo i ruf morge a") and nothing after it turns it ("ja, aber
        eigentlich nicht", "yes but im fine")."""
        if len(words) < 2 or words[0] not in self._opens:
            return None
        rest = " ".join(words[1:])
        denied = any(rule.kind in ("no", "unsure") and found for rule, found in self._index.matching(rest))
        return None if denied or self._turns.matching(rest) else "yes"

    def _whole(self, words: list[str]) -> str | None:
        """The one label whose phrases (with words of thanks) cover every word."""
        covered: dict[str, set[int]] = {label: set() for label in (*LABELS, POLITE)}
        for rule, found in self._index.matching(" ".join(words)):
            if found:
                covered[rule.kind].update(range(min(found), max(found) + 1))
        polite = covered.pop(POLITE)
        whole = [label for label, positions in covered.items() if positions and len(positions | polite) == len(words)]
        return whole[0] if len(whole) == 1 else None

    def _known(self, word: str) -> str:
        """The answer word a typed word is, held letters and one slip forgiven; else the word itself."""
        if word in self._words:
            return word
        if _held_once(word) in self._held:
            return self._held[_held_once(word)]
        if len(word) < MIN_TYPO_WORD or word in self._common:
            return word
        found = process.extractOne(word, self._typo_targets, scorer=OSA.distance, score_cutoff=1)
        return found[0] if found else word

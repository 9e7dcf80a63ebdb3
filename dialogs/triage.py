"""Crisis triage: does a message show acute danger to the writer, and which kind?

Pure: the lexicon (data/triage/*.yaml, see its README for the pattern language) is compiled
once and passed in. All languages are checked on every message, because people mix languages
and transliterate. Idioms and reported losses are removed before the danger patterns are
checked, so "my brother killed himself and I want to die too" still alarms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from dialogs.text import normalise

DANGER_KINDS = ("suicide", "self_harm", "violence_now", "medical")
GAP = r"(?:\s+\S+){0,4}"
TYPO_CUTOFF = 84.0
MIN_TYPO_WORD = 4
MAX_TYPO_WORD = 30
_ARABIC = re.compile(r"[\u0600-\u06FF]")  # prefixes carry tense there: no typo guessing


@dataclass(frozen=True)
class Rule:
    lang: str
    kind: str
    pattern: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    danger: tuple[Rule, ...]
    loss: tuple[Rule, ...]
    harmless: tuple[Rule, ...]
    vocabulary: tuple[str, ...]
    known: frozenset[str]

    def correct(self, folded: str) -> str:
        """Replace mistyped words by the closest lexicon word ("sterbn" -> "sterben")."""
        words = []
        for word in folded.split():
            if MIN_TYPO_WORD <= len(word) <= MAX_TYPO_WORD and word not in self.known and not _ARABIC.search(word):
                best = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
                word = best[0] if best else word
            words.append(word)
        return " ".join(words)


@dataclass(frozen=True)
class Triage:
    crisis: bool
    kind: str | None = None
    signal: str | None = None
    lang: str | None = None

    @property
    def loss(self) -> bool:
        """A reported loss (e.g. a relative's suicide): help find a group, mention the numbers gently."""
        return not self.crisis and self.kind == "loss"

    def as_dict(self) -> dict:
        return {"crisis": self.crisis, "kind": self.kind, "signal": self.signal, "signal_lang": self.lang}


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Translate one lexicon line (see data/triage/README.md) into a regex over normalised text."""
    parts: list[str] = []
    ends = False
    for slot in pattern.split():
        if slot == "$":
            ends = True
            continue
        if slot == "...":
            parts.append(GAP)
            continue
        optional = slot.endswith("?") and len(slot) > 1
        slot = slot.rstrip("?") if optional else slot
        options = []
        for word in slot.split("|"):
            prefix = word.endswith("*")
            folded = normalise(word.rstrip("*"))
            if folded:
                options.append(r"\s+".join(map(re.escape, folded.split())) + (r"\S*" if prefix else ""))
        if options:
            alternatives = "(?:" + "|".join(options) + ")"
            parts.append(rf"(?:\s+{alternatives})?" if optional else rf"\s+{alternatives}")
    body = "".join(parts).removeprefix(r"\s+")
    return re.compile(r"(?:^|(?<=\s))" + body + (r"\s*$" if ends else r"(?!\S)"))


def compile_lexicon(raw: dict[str, dict[str, list[str]]]) -> Lexicon:
    danger, loss, harmless = [], [], []
    for lang, sections in sorted(raw.items()):
        for kind, patterns in sections.items():
            target = danger if kind in DANGER_KINDS else loss if kind == "loss" else harmless
            if kind not in (*DANGER_KINDS, "loss", "not_crisis"):
                raise ValueError(f"triage lexicon {lang}: unknown section {kind!r}")
            target.extend(Rule(lang, kind, p, compile_pattern(p)) for p in patterns)
    vocabulary = set()
    for sections in raw.values():
        for patterns in sections.values():
            for pattern in patterns:
                for word in re.split(r"[\s|]+", pattern):
                    vocabulary.update(w for w in normalise(word.rstrip("*?")).split() if len(w) >= MIN_TYPO_WORD)
    return Lexicon(tuple(danger), tuple(loss), tuple(harmless), tuple(sorted(vocabulary)), frozenset(vocabulary))


def triage(text: str, lexicon: Lexicon) -> Triage:
    folded = normalise(text)
    if not folded:
        return Triage(False)
    variants = dict.fromkeys((folded, lexicon.correct(folded)))
    loss = next((r for v in variants for r in lexicon.loss if r.regex.search(v)), None)
    for variant in variants:
        remainder = variant
        for rule in lexicon.harmless:
            remainder = rule.regex.sub(" ", remainder)
        remainder = " ".join(remainder.split())
        for rule in lexicon.danger:
            if rule.regex.search(remainder):
                return Triage(True, rule.kind, rule.pattern, rule.lang)
    if loss:
        return Triage(False, "loss", loss.pattern, loss.lang)
    return Triage(False)

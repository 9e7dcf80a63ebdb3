"""Crisis triage: does a message show acute danger to the writer, and which kind?

Pure: the lexicon (data/triage/*.yaml, see its README for the pattern language) is compiled
once and passed in. All languages are checked on every message, because people mix languages
and transliterate. Idioms and reported losses are removed before the danger patterns are
checked, so "my brother killed himself and I want to die too" still alarms.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from dialogs.text import normalise

DANGER_KINDS = ("suicide", "self_harm", "violence_now", "medical")
GAP_WORDS = 4  # what "..." allows
NUMBER = "<number>"
SLACK_WORDS = 2  # what may stand between any two words of a pattern ("ich werde mir heute das Leben nehmen")
NEGATED = "¬"  # marks negation words in text and patterns ("nicht¬"), so that a gap sees them at a glance
SLACK = rf"(?:\s+\S*[^\s{NEGATED}]){{0,{SLACK_WORDS}}}"  # words that are no negation
GAP = rf"(?:\s+\S*[^\s{NEGATED}]){{0,{GAP_WORDS}}}"
TYPO_CUTOFF = 84.0
MIN_TYPO_WORD = 4
MAX_TYPO_WORD = 30
CORRECTION_MEMO = 20_000
PREFIX_KEY = 3  # RuleIndex files prefixes ("selbstmord*") under their first letters
_ARABIC = re.compile(r"[\u0600-\u06FF]")  # prefixes carry tense there: no typo guessing


@dataclass(frozen=True)
class Rule:
    lang: str
    kind: str
    pattern: str
    regex: re.Pattern[str]


class RuleIndex:
    """Rules by the words their first required place accepts, so a message is checked only against
    rules that can match it (a pattern matches from a whole word of the text, see compile_pattern).
    A rule without such words is always checked."""

    def __init__(self, entries: list[tuple[Rule, frozenset[str] | None]]) -> None:
        self.rules = tuple(rule for rule, _ in entries)
        self._always: list[int] = []
        self._numbers: list[int] = []
        self._words: dict[str, list[int]] = defaultdict(list)
        self._prefixes: dict[str, list[tuple[str, int]]] = defaultdict(list)  # by their first PREFIX_KEY letters
        for position, (_, words) in enumerate(entries):
            if words is None:
                self._always.append(position)
                continue
            for word in words:
                if word == NUMBER:
                    self._numbers.append(position)
                elif word.endswith("*"):
                    self._prefixes[word[:-1][:PREFIX_KEY]].append((word[:-1], position))
                else:
                    self._words[word].append(position)

    def candidates(self, text: str) -> list[Rule]:
        """The rules that may match `text` (normalised, negations marked), in lexicon order."""
        found = set(self._always)
        for token in set(text.split()):
            found.update(self._words.get(token, ()))
            if token.isdecimal():
                found.update(self._numbers)
            for length in range(1, PREFIX_KEY + 1):
                for prefix, position in self._prefixes.get(token[:length], ()):
                    if token.startswith(prefix):
                        found.add(position)
        return [self.rules[position] for position in sorted(found)]


@dataclass(frozen=True)
class Lexicon:
    danger: RuleIndex
    loss: RuleIndex
    harmless: RuleIndex
    vocabulary: tuple[str, ...]
    known: frozenset[str]
    negations: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # people repeat the same everyday words; a bounded memo of single words (never whole texts)
        object.__setattr__(self, "_closest", lru_cache(maxsize=CORRECTION_MEMO)(self._closest_word))

    def correct(self, folded: str) -> str:
        """Replace mistyped words by the closest lexicon word ("sterbn" -> "sterben")."""
        return " ".join(self._closest(word) for word in folded.split())

    def _closest_word(self, word: str) -> str:
        if MIN_TYPO_WORD <= len(word) <= MAX_TYPO_WORD and word not in self.known and not _ARABIC.search(word):
            best = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            return best[0] if best else word
        return word


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


def mark_negations(folded: str, negations: frozenset[str]) -> str:
    """Normalised text with every negation word marked ("ich will nicht sterben" -> "... nicht¬ ...")."""
    return " ".join(w + NEGATED if w in negations else w for w in folded.split())


def compile_pattern(
    pattern: str, negations: frozenset[str] = frozenset(), words: dict[str, list[str]] | None = None
) -> re.Pattern[str]:
    """Translate one lexicon line (see data/triage/README.md) into a regex over normalised text.

    Between two words of the pattern up to SLACK_WORDS other words may stand, "..." allows up to
    GAP_WORDS; neither passes over a negation (the regex expects text marked by mark_negations).
    "<name>" stands for any entry of the word class `name` (its language's `words` section),
    "<number>" for a number."""
    parts: list[str] = []
    leading = 0  # optional words before the first required one
    ends = False
    after_word = False
    for slot in pattern.split():
        if slot == "$":
            ends = True
            continue
        if slot == "...":
            parts.append(GAP)
            after_word = False
            continue
        slot, optional = _optional(slot)
        options = [
            r"\d+" if sequence == (NUMBER,) else r"\s+".join(map(re.escape, sequence)) + (r"\S*" if prefix else "")
            for sequence, prefix in _options(slot, negations, words or {})
        ]
        if not options:
            continue
        alternatives = "(?:" + "|".join(options) + ")"
        if len(parts) == leading:  # the pattern's first word, maybe after optional ones
            if optional:
                parts.append(rf"(?:{alternatives}{SLACK}\s+)?")
                leading += 1
                continue
            parts.append(alternatives)
        else:
            parts.append(
                (SLACK if after_word else "") + (rf"(?:\s+{alternatives})?" if optional else rf"\s+{alternatives}")
            )
        after_word = True
    body = "".join(parts)
    return re.compile(r"(?:^|(?<=\s))" + body + (r"\s*$" if ends else r"(?!\S)"))


def anchors(
    pattern: str, negations: frozenset[str] = frozenset(), words: dict[str, list[str]] | None = None
) -> frozenset[str] | None:
    """The words one of which a text must contain for the pattern to match: the first words of
    the first required place ("kein*" for a prefix, NUMBER for a number); None when there is none.
    Reads the slots as compile_pattern does, so that RuleIndex never hides a rule that matches."""
    for slot in pattern.split():
        slot, optional = _optional(slot)
        if slot in ("$", "...") or optional:
            continue
        found = {  # "*" extends the last word only
            seq[0] + "*" if prefix and len(seq) == 1 else seq[0]
            for seq, prefix in _options(slot, negations, words or {})
        }
        if found:
            return frozenset(found)
    return None


def _optional(slot: str) -> tuple[str, bool]:
    """The slot without its optional mark, and whether it had one."""
    return (slot[:-1], True) if slot.endswith("?") and len(slot) > 1 else (slot, False)


def _options(slot: str, negations: frozenset[str], words: dict[str, list[str]]) -> list[tuple[tuple[str, ...], bool]]:
    """The word sequences a slot accepts, normalised and marked as the text will be, each with
    whether its last word is a prefix ("kein*" also finds "keine¬"); a number is (NUMBER,)."""
    options = []
    for word in _alternatives(slot, words):
        if word == NUMBER:
            options.append(((NUMBER,), False))
            continue
        prefix = word.endswith("*")
        marked = mark_negations(normalise(word.rstrip("*")), negations)
        if marked:
            options.append((tuple((marked.removesuffix(NEGATED) if prefix else marked).split()), prefix))
    return options


def _alternatives(slot: str, words: dict[str, list[str]]) -> list[str]:
    if slot == NUMBER:
        return [NUMBER]
    if slot.startswith("<") and slot.endswith(">"):
        if slot[1:-1] not in words:
            raise ValueError(f"triage lexicon: unknown word class {slot!r}")
        return words[slot[1:-1]]
    return slot.split("|")


def compile_lexicon(raw: dict[str, dict]) -> Lexicon:
    """Compile every language's file (sections as in data/triage/README.md)."""
    entries = {lang: _entries(lang, sections) for lang, sections in raw.items()}
    negations = frozenset(w for e in entries.values() for n in e.get("negation", ()) for w in normalise(n).split())
    danger: list[tuple[Rule, frozenset[str] | None]] = []
    loss: list[tuple[Rule, frozenset[str] | None]] = []
    harmless: list[tuple[Rule, frozenset[str] | None]] = []
    for lang, sections in sorted(raw.items()):
        words = sections.get("words") or {}
        for kind, patterns in sections.items():
            if kind in ("negation", "words"):
                continue
            target = danger if kind in DANGER_KINDS else loss if kind == "loss" else harmless
            if kind not in (*DANGER_KINDS, "loss", "not_crisis"):
                raise ValueError(f"triage lexicon {lang}: unknown section {kind!r}")
            target.extend(
                (Rule(lang, kind, p, compile_pattern(p, negations, words)), anchors(p, negations, words))
                for p in patterns
            )
    vocabulary = set()
    for sections in entries.values():
        for texts in sections.values():
            for text in texts:
                for word in re.split(r"[\s|]+", text):
                    if not word.startswith("<"):
                        vocabulary.update(w for w in normalise(word.rstrip("*?")).split() if len(w) >= MIN_TYPO_WORD)
    return Lexicon(
        RuleIndex(danger),
        RuleIndex(loss),
        RuleIndex(harmless),
        tuple(sorted(vocabulary)),
        frozenset(vocabulary),
        negations,
    )


def _entries(lang: str, sections: dict) -> dict[str, list[str]]:
    """Every text of a language file by section (word classes flattened), checked to be text."""
    flat = {kind: list(v) for kind, v in sections.items() if kind != "words"}
    for name, texts in (sections.get("words") or {}).items():
        flat[f"words {name}"] = list(texts)
    for kind, texts in flat.items():
        odd = [t for t in texts if not isinstance(t, str)]
        if odd:  # YAML reads a bare no, yes, on, off as true/false
            raise ValueError(f"triage lexicon {lang}, {kind}: put {odd} in quotes")
    return flat


def _unnegated(rule: Rule, text: str) -> bool:
    """Whether the rule matches somewhere not right after a negation ("لا أريد أن أموت", "не хочу умирать")."""
    for match in rule.regex.finditer(text):
        before = text[: match.start()].split()
        if not before or not before[-1].endswith(NEGATED):
            return True
    return False


def triage(text: str, lexicon: Lexicon) -> Triage:
    folded = normalise(text)
    if not folded:
        return Triage(False)
    variants = dict.fromkeys(mark_negations(v, lexicon.negations) for v in (folded, lexicon.correct(folded)))
    loss = next((r for v in variants for r in lexicon.loss.candidates(v) if r.regex.search(v)), None)
    for variant in variants:
        remainder = variant
        for rule in lexicon.harmless.candidates(variant):  # removing words never makes another rule match
            remainder = rule.regex.sub(" ", remainder)
        remainder = " ".join(remainder.split())
        for rule in lexicon.danger.candidates(remainder):
            if _unnegated(rule, remainder):
                return Triage(True, rule.kind, rule.pattern, rule.lang)
    if loss:
        return Triage(False, "loss", loss.pattern, loss.lang)
    return Triage(False)

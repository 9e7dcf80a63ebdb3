"""The crisis measuring sets and how the triage reads them: the tests' floors and `scripts/measure_triage.py`
print the same figures from the same reading."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

from bot.crisis_data import load_lexicon
from bot.directory.topic_matcher import default_matcher
from dialogs.triage import triage

TESTS = Path(__file__).parent
CLASS_ROWS = TESTS / "triage_classes"  # what the rounds taught (tests/test_triage_classes.py): no measuring set
LEVELS = ("crisis", "check", "none")


class Message(NamedTuple):
    set: str
    lang: str
    expected: str  # "crisis" or "calm"
    category: str
    text: str


def read_set(folder: Path) -> list[Message]:
    """`<folder>/<lang>.tsv` of `expected<TAB>category<TAB>style<TAB>text` lines (`#` starts a comment)."""
    name, found = folder.name.removeprefix("triage_"), []
    for path in sorted(folder.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                expected, category, _style, text = line.split("\t")
                found.append(Message(name, path.stem, expected, category, text))
    return found


def older_set() -> list[Message]:
    """The first messages, `lang<TAB>expected<TAB>text`, before sets had categories."""
    lines = (TESTS / "crisis_messages.tsv").read_text(encoding="utf-8").splitlines()
    return [
        Message("older", lang, expected, "older", text)
        for lang, expected, text in (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    ]


def set_folders() -> list[Path]:
    """The measuring sets in tests/, each a folder `triage_<name>` of `<lang>.tsv` files."""
    return sorted(folder for folder in TESTS.glob("triage_*") if folder.is_dir() and folder != CLASS_ROWS)


def every_set() -> list[Message]:
    return [message for folder in set_folders() for message in read_set(folder)] + older_set()


def names_topic(text: str) -> bool:
    """As the product asks it (bot.services): whether the taxonomy finds a topic in the words."""
    return bool(default_matcher().match(text))


def level_and_kind(text: str, lang: str) -> tuple[str, str | None]:
    """As the product reads one message in the conversation's language: the class tables' assertion."""
    found = triage(text, load_lexicon(), lang, names_topic)
    return found.level, found.kind


def levels(messages: list[Message], words_only: bool = False) -> list[str]:
    """As the product reads them (the CLI and the conversation pass the taxonomy's `names_topic`);
    `words_only` without the letter model: what the lexicon itself says."""
    lexicon = load_lexicon()
    if words_only:
        lexicon = dataclasses.replace(lexicon, model=None)
    return [triage(m.text, lexicon, m.lang, names_topic).level for m in messages]


def report(messages: list[Message], found: list[str], misses: bool = True) -> dict[str, Counter]:
    """Print the figures per set, language and category (and every message read wrong); return the
    counts of (expected, level) per language and for "all"."""
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    totals: dict[str, Counter] = defaultdict(Counter)
    for message, level in zip(messages, found, strict=True):
        for key in ((message.set, "all", "all"), (message.set, message.lang, "all"), message[:2] + (message.category,)):
            counts[key][message.expected, level] += 1
        for key in (message.lang, "all"):
            totals[key][message.expected, level] += 1
        if misses and (message.expected == "crisis") != (level == "crisis"):
            print(f"  {message.set} {message.lang} {message.category} {message.expected} -> {level}: {message.text}")
    for (name, lang, category), c in sorted(counts.items()):
        crises, calm = (sum(c[expected, level] for level in LEVELS) for expected in ("crisis", "calm"))
        figures = []
        if crises:
            figures.append(
                f"crisis reply {c['crisis', 'crisis']}/{crises}, question {c['crisis', 'check']}, "
                f"nothing {c['crisis', 'none']}"
            )
        if calm:
            figures.append(f"calm: alarms {c['calm', 'crisis']}/{calm}, questions {c['calm', 'check']}")
        print(f"{name} {lang:>3} {category:<22} " + "; ".join(figures))
    return totals


def measure(messages: list[Message]) -> dict[str, Counter]:
    return report(messages, levels(messages))

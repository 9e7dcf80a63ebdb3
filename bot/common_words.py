"""Everyday words of German, English, Turkish, Russian, Ukrainian and Arabic (data/common_words,
from wordfreq): a word people use every day is no typo of a danger or topic word."""

from __future__ import annotations

from functools import lru_cache

from bot.paths import DATA


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(
        word for path in sorted((DATA / "common_words").glob("*.txt")) for word in path.read_text("utf-8").split()
    )

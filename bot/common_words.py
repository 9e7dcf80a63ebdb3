"""Everyday words of German, English, Turkish, Russian, Ukrainian and Arabic (data/common_words,
from wordfreq): a word people use every day is no typo of a danger or topic word."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import marisa_trie

from bot.paths import DATA


class EverydayWords:
    """The 250,000 words as a set, held in a trie (marisa-trie): 1 MB where a frozenset of them
    took 30 MB in every process. A look-up takes about 0.6 µs instead of 0.1; the triage, the topic
    matcher and the search ask a few times per message. One object per process (bot/compiled.py
    stores it by name in the pickles that hold it)."""

    __slots__ = ("_trie",)

    def __init__(self, trie: marisa_trie.Trie) -> None:
        self._trie = trie

    def __contains__(self, word: object) -> bool:
        try:
            return word in self._trie
        except UnicodeEncodeError:  # a lone surrogate (text that is no valid Unicode) is no everyday word
            return False

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie)

    def starting(self, prefix: str) -> list[str]:
        """The words that begin with `prefix` (dialogs.text.starting)."""
        return self._trie.keys(prefix)

    def __len__(self) -> int:
        return len(self._trie)


@lru_cache(maxsize=1)
def common_words() -> EverydayWords:
    from bot.compiled import compiled  # compiled.py names these words: imported when they are first read

    return EverydayWords(compiled("common-words", _trie))


class WordForms(EverydayWords):
    """Rarer word forms (data/common_words/forms): real words, though not everyday ones."""

    __slots__ = ()


@lru_cache(maxsize=1)
def word_forms() -> WordForms:
    """The rarer forms that typo correction must not bend into another word of the same length
    ("глохнет", goes deaf, is no "грохнет", will kill)."""
    from bot.compiled import compiled

    return WordForms(compiled("word-forms", lambda: _trie("forms")))


def _trie(folder: str = "") -> marisa_trie.Trie:
    """The words of every list in the folder: `<lang>.txt`, or `<lang>.txt.gz` for the long ones."""
    paths = sorted((DATA / "common_words" / folder).glob("*.txt*"))
    return marisa_trie.Trie(word for path in paths for word in _read(path).split())


def _read(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8") if path.suffix == ".gz" else path.read_text("utf-8")

"""How likely a message is acute danger, from its letter sequences alone.

A logistic regression over TF-IDF weighted letter sequences of 2 to 5 letters within words
(scikit-learn's "char_wb" analyser, trained by scripts/train_triage_model.py on our measuring
sets): what the lexicon's words do not foresee (inflections, typos, dialect, another way of
saying it) often shares letter sequences with messages that were labelled. The triage lets it
only raise a verdict, never lower one. Pure: the weights are read in bot/crisis_data.py.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable

NGRAMS = (2, 5)
WORD_MEMO = 20_000  # words whose letter sequences are remembered (never whole texts)


class CharModel:
    """The intercept and, per letter sequence, its idf and coefficient: a row number per sequence
    and the numbers in two arrays (100,000 sequences: 10 MB less than a pair of floats each)."""

    def __init__(self, intercept: float, weights: Iterable[tuple[str, float, float]] = ()) -> None:
        self.intercept = intercept
        self._rows: dict[str, int] = {}
        self._idf, self._coefficients = array("d"), array("d")
        self._memo: dict[str, tuple[int, ...]] = {}
        for gram, idf, coefficient in weights:
            self._rows[gram] = len(self._rows)
            self._idf.append(idf)
            self._coefficients.append(coefficient)

    def __len__(self) -> int:
        return len(self._rows)

    def _rows_of(self, word: str) -> tuple[int, ...]:
        """The rows of a word's known letter sequences, remembered per word: people repeat their words."""
        rows = self._memo.get(word)
        if rows is None:
            if len(self._memo) >= WORD_MEMO:
                self._memo.clear()
            rows = self._memo[word] = tuple(row for row in map(self._rows.get, _grams([word])) if row is not None)
        return rows

    def weight(self, gram: str) -> tuple[float, float] | None:
        """(idf, coefficient) of a letter sequence the model knows."""
        row = self._rows.get(gram)
        return None if row is None else (self._idf[row], self._coefficients[row])

    def probability(self, words: list[str]) -> float:
        """For the words of normalise() (the triage has them already: no second pass over the text)."""
        counts = Counter(row for word in words for row in self._rows_of(word))
        if not counts:
            return _sigmoid(self.intercept)
        score, norm = 0.0, 0.0
        for row, count in counts.items():
            value = (1.0 + math.log(count)) * self._idf[row]
            score += value * self._coefficients[row]
            norm += value * value
        return _sigmoid(self.intercept + score / math.sqrt(norm))


def _grams(words: list[str]):
    """The letter sequences of each word padded with a space, as scikit-learn's char_wb counts them."""
    low, high = NGRAMS
    for word in words:
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:
                yield padded  # a short word counts once, whole
                break
            for start in range(len(padded) - n + 1):
                yield padded[start : start + n]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


def read_model(lines: Iterable[str]) -> CharModel:
    """The model file: comment lines, `intercept<TAB>value`, then `sequence<TAB>idf<TAB>coefficient`."""
    rows = (line.rstrip("\n").split("\t") for line in lines if not line.startswith("#"))
    fields = next(rows)
    if fields[0] != "intercept" or len(fields) != 2:
        raise ValueError("the letter model's first line must be its intercept")
    return CharModel(float(fields[1]), ((gram, float(idf), float(coef)) for gram, idf, coef in rows))

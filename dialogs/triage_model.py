"""How likely a message is acute danger, from its letter sequences alone.

A logistic regression over TF-IDF weighted letter sequences of 2 to 5 letters within words
(scikit-learn's "char_wb" analyser, trained by scripts/train_triage_model.py on our measuring
sets): what the lexicon's words do not foresee (inflections, typos, dialect, another way of
saying it) often shares letter sequences with messages that were labelled. The triage lets it
only raise a verdict, never lower one. Pure: the weights are read in bot/crisis_data.py.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

NGRAMS = (2, 5)


@dataclass(frozen=True)
class CharModel:
    intercept: float
    weights: dict[str, tuple[float, float]]  # letter sequence -> (idf, coefficient)

    def probability(self, words: list[str]) -> float:
        """For the words of normalise() (the triage has them already: no second pass over the text)."""
        counts = Counter(gram for gram in _grams(words) if gram in self.weights)
        if not counts:
            return _sigmoid(self.intercept)
        score, norm = 0.0, 0.0
        for gram, count in counts.items():
            idf, coefficient = self.weights[gram]
            value = (1.0 + math.log(count)) * idf
            score += value * coefficient
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


def read_model(lines) -> CharModel:
    """The model file: a comment line, `intercept<TAB>value`, then `sequence<TAB>idf<TAB>coefficient`."""
    intercept, weights = 0.0, {}
    for line in lines:
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if fields[0] == "intercept" and len(fields) == 2:
            intercept = float(fields[1])
        else:
            weights[fields[0]] = (float(fields[1]), float(fields[2]))
    return CharModel(intercept, weights)

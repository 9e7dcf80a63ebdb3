"""Which taxonomy topics a free text is about, tolerant of typos, inflection and compounds.

Single-word terms live in a dict and are looked up for every prefix and suffix of every query
word (German compounds: "Alkohol|problem", "Brust|krebs"); phrases are looked up by their first
word, which must be a whole word of the folded text, and then found in it. Words not in the
vocabulary are first read as an inflected form of a vocabulary word (Russian and Ukrainian cases
change a final vowel: "депрессия" -> "депрессией", "атака" -> "атаки"), then corrected to the
closest vocabulary word ("alkohl" -> "alkohol").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from rapidfuzz import fuzz, process

from bot.common_words import common_words
from bot.compiled import compiled
from bot.directory.taxonomy import Taxonomy, default_taxonomy
from bot.paths import DATA
from dialogs.text import normalise

MIN_AFFIX_TERM = 4
FREE_PREFIX_TERM = 6
TYPO_CUTOFF = 80.0
SHORT_WORD = 5
SHORT_TYPO_CUTOFF = 88.0  # one letter more or less; a changed letter makes another word ("leben", "leber")
VOWELS = "aeiouyаеиоуыэюяьіє"  # after normalise(): й, ї and ё are folded
MAX_ENDING = 3
WHOLE_WORD = "="  # a term written "=Sucht" matches only the whole word, never part of another
MIN_STEM = 3  # a word cut to fewer letters would meet too many others
STEMMERS = {
    lang: Stemmer.Stemmer(algorithm)
    for lang, algorithm in (
        ("de", "german"),
        ("en", "english"),
        ("tr", "turkish"),
        ("ar", "arabic"),
        ("ru", "russian"),
        ("uk", "russian"),
    )
}
ALL_STEMMERS = tuple({id(s): s for s in STEMMERS.values()}.values())
ARABIC_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل", "ك")  # longest first
ARABIC_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ي", "ك")
MIN_ARABIC_STEM = 3


def arabic_light(word: str) -> str:
    """An Arabic word without one article or conjunction in front and one attached pronoun behind
    ("بالسرطان" -> "سرطان", "ابني" -> "ابن"); other words as they are."""
    if not ("\u0600" <= word[:1] <= "\u06ff"):
        return word
    for clitic in ARABIC_PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= MIN_ARABIC_STEM:
            word = word[len(clitic) :]
            break
    for clitic in ARABIC_ENCLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= MIN_ARABIC_STEM:
            return word[: -len(clitic)]
    return word


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words that carry no topic (data/stopwords.txt): never corrected, never compared with names."""
    words: set[str] = set()
    for line in (DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and ":" in line:
            words.update(normalise(line.split(":", 1)[1]).split())
    return frozenset(words)


@dataclass(frozen=True)
class TopicHit:
    topic_id: str
    score: float
    matched: str


class PhraseIndex:
    """Multi-word terms of two or more content words, found by them in any order and inflection:
    a phrase matches when each of its words is a word of the text up to the ending ("Pfeifen im
    Ohr" in "es pfeift ständig in meinem Ohr", "боли в суставах" in "суставы болят"). Endings are cut by the
    Snowball stemmer of the term's language (PyStemmer; Ukrainian with the Russian one) and, for
    the text whose language is not known, by every one of them."""

    def __init__(self, phrases: dict[str, set[str]]) -> None:
        self.phrases: list[str] = []
        self._needs: list[int] = []  # how many words each phrase needs
        self._by_stem: dict[str, list[tuple[int, int]]] = defaultdict(list)  # stem -> (phrase, word)
        stop = stopwords()
        for phrase, langs in phrases.items():
            words = [w for w in phrase.split() if len(w) >= MIN_STEM and w not in stop]
            if len(words) < 2:  # "zu viel essen" is no "essen", "AD(H)S Erwachsene" no "Erwachsene"
                continue  # such phrases are found as written only
            index = len(self.phrases)
            self.phrases.append(phrase)
            self._needs.append(len(words))
            for position, word in enumerate(words):
                for stem in {word, arabic_light(word), *(STEMMERS[lang].stemWord(word) for lang in langs)}:
                    self._by_stem[stem].append((index, position))

    def found_in(self, words: list[str]) -> list[str]:
        """The phrases whose every word is a different word of the text."""
        seen: dict[int, dict[int, str]] = defaultdict(dict)  # phrase -> its word -> the text's word
        for word in set(words):
            keys = {word, arabic_light(word), *(stemmer.stemWord(word) for stemmer in ALL_STEMMERS)}
            keys.update(word[:cut] for cut in range(max(MIN_STEM, len(word) - MAX_ENDING), len(word)))
            for key in keys:
                for index, position in self._by_stem.get(key, ()):
                    seen[index].setdefault(position, word)
        return [
            self.phrases[i]
            for i, found in seen.items()
            if len(found) == self._needs[i] and len(set(found.values())) == self._needs[i]
        ]


class TopicMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._words: dict[str, set[str]] = defaultdict(set)
        self._whole: dict[str, set[str]] = defaultdict(set)  # terms that are only themselves, whole words
        self._phrases: dict[str, set[str]] = defaultdict(set)
        phrase_languages: dict[str, set[str]] = defaultdict(set)
        for topic in taxonomy.topics:
            for lang, terms in topic.terms.items():
                for term in terms:
                    key = normalise(term)
                    if term.startswith(WHOLE_WORD):  # "=Sucht": never inside "versucht"
                        self._whole[key].add(topic.id)
                    elif " " in key:
                        self._phrases[key].add(topic.id)
                        phrase_languages[key].add(lang)
                    elif key:
                        self._words[key].add(topic.id)
        self._phrase_index = PhraseIndex(phrase_languages)
        self._by_light = {arabic_light(w): w for w in self._words if arabic_light(w) != w}  # Arabic, bare
        self._by_stem: dict[str, set[str]] = defaultdict(set)  # a single-word term by its stem in its language
        for topic in taxonomy.topics:
            for lang, terms in topic.terms.items():
                for term in terms:
                    key = normalise(term)
                    if key and " " not in key and len(key) >= MIN_AFFIX_TERM:
                        stem = STEMMERS[lang].stemWord(key)
                        if len(stem) >= MIN_AFFIX_TERM:
                            self._by_stem[stem].add(key)
        self._phrases_by_first: dict[str, list[str]] = defaultdict(list)
        for phrase in self._phrases:  # as written: its first word is a whole word of the text
            self._phrases_by_first[phrase.split(" ", 1)[0]].append(phrase)
        vocabulary = set(self._words) | {w for p in self._phrases for w in p.split()}
        self._vocabulary_set = {w for w in vocabulary if len(w) >= MIN_AFFIX_TERM}
        self._by_initial: dict[str, list[str]] = defaultdict(list)  # typos rarely hit the first letter
        for word in sorted(self._vocabulary_set):
            self._by_initial[word[0]].append(word)
        self._stems: dict[str, str] = {}  # word without its final vowels -> the word; terms before phrase words
        for word in (*sorted(self._words), *sorted(self._vocabulary_set)):
            stem = word.rstrip(VOWELS)
            if MIN_AFFIX_TERM <= len(stem) < len(word) <= len(stem) + 2:
                self._stems.setdefault(stem, word)

    def correct(self, word: str) -> str:
        """The topic word an inflected or mistyped word most likely means, or the word itself."""
        if len(word) < MIN_AFFIX_TERM or word in self._words or word.isdigit() or word in stopwords():
            return word
        everyday = word in common_words()
        for cut in range(len(word) - 1, max(MIN_AFFIX_TERM, len(word) - MAX_ENDING) - 1, -1):
            # another ending of a topic word: "депресії" is "депресія", but "Messer" no "Messie"
            if word[:cut] in self._stems and not (everyday and word[cut:].strip(VOWELS)):
                return self._stems[word[:cut]]
        if word in self._vocabulary_set or everyday:  # an everyday word is no typo: "Schule" is no "Schwule"
            return word
        cutoff = SHORT_TYPO_CUTOFF if len(word) <= SHORT_WORD else TYPO_CUTOFF
        best = process.extractOne(word, self._by_initial.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else word

    def match(self, text: str) -> list[TopicHit]:
        """Topics the text names, best first; the score says how specific and exact the match was."""
        folded = normalise(text)
        if not folded:
            return []
        corrected = " ".join(self.correct(w) for w in folded.split())
        best: dict[str, TopicHit] = {}
        for variant, quality in ((folded, 1.0), (corrected, 0.92)):
            for term, exactness in self._terms_in(variant):
                score = quality * exactness * (0.75 + 0.25 * min(1.0, len(term) / max(8, len(variant))))
                for topic_id in self._words.get(term, ()) or self._phrases.get(term, ()) or self._whole.get(term, ()):
                    if topic_id not in best or best[topic_id].score < score:
                        best[topic_id] = TopicHit(topic_id, round(score, 4), term)
        return sorted(best.values(), key=lambda h: (-h.score, h.topic_id))

    def _terms_in(self, text: str) -> list[tuple[str, float]]:
        words = text.split()
        found: list[tuple[str, float]] = [  # written apart: "Burn-out", "Brust Krebs"
            (a + b, 1.0) for a, b in zip(words, words[1:], strict=False) if a + b in self._words
        ]
        found.extend((word, 1.0) for word in words if word in self._whole)
        for word in words:
            if word in self._words:
                found.append((word, 1.0))
            elif (bare := arabic_light(word)) in self._words or bare in self._by_light:
                found.append((bare if bare in self._words else self._by_light[bare], 0.95))
            elif len(word) >= MIN_AFFIX_TERM and word not in stopwords():  # "ritz" is "ritzen", "кашляю" "кашель"
                found.extend(
                    (term, 0.9) for stemmer in ALL_STEMMERS for term in self._by_stem.get(stemmer.stemWord(word), ())
                )
            for cut in range(MIN_AFFIX_TERM, len(word)):
                head, tail = word[:cut], word[len(word) - cut :]
                if head in self._words and (cut >= FREE_PREFIX_TERM or len(word) - cut <= 2):
                    found.append((head, 0.93))
                if tail in self._words:
                    found.append((tail, 0.9))
        padded = f" {text} "
        written = {p for word in set(words) for p in self._phrases_by_first.get(word, ()) if f" {p}" in padded}
        found.extend((phrase, 1.0) for phrase in sorted(written | set(self._phrase_index.found_in(words))))
        return found


@lru_cache(maxsize=1)
def default_matcher() -> TopicMatcher:
    """The shipped taxonomy's matcher."""
    return compiled("topic-matcher", lambda: TopicMatcher(default_taxonomy()))

"""Topics guessed from the words a text shares with their terms, for a text in which no term is
found whole.

People describe what happens rather than name it ("kenn hier keinen, alles fremd", "في صوت صفير
بداني ليل نهار"): no term of the taxonomy stands in such a text, yet some of its words are words
of a topic's terms ("fremd" of migration, "صفير", whistling, of tinnitus). A word counts by how few
topics use it (inverse document frequency, each topic's terms in all languages one document), an
everyday word far less than a rare one; the topics with the most evidence are offered to choose
from, never taken as said.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from bot.directory.taxonomy import Taxonomy
from dialogs.text import normalise

MIN_WORD = 4  # letters of a word that can be evidence ("was", "ich" and most endings are none)
MIN_ARABIC_WORD = 3  # Arabic writes no short vowels: "حمل" (pregnancy) is a whole word
EVERYDAY = 0.3  # an everyday word ("hier", "sleep") says little about which topic is meant
MIN_WORDS = 2  # one word shared with one topic's terms is chance: "funktioniert", "Namen", "patlıyorum"
MIN_EVIDENCE = 6.0  # about one word only one topic uses and another used by a few
CLOSE = 0.6  # topics with this share of the best one's evidence are offered beside it
MAX_GUESSES = 3


class TopicEvidence:
    """Which topics' terms use a word (by its forms: the word, its stem, Arabic without article),
    and how telling each word is."""

    def __init__(self, taxonomy: Taxonomy, forms_of_term_word, ignored: frozenset[str]) -> None:
        topics_of: dict[str, set[str]] = defaultdict(set)
        for topic in taxonomy.topics:
            for lang, terms in topic.terms.items():
                for term in terms:
                    for word in normalise(term.lstrip("=")).split():
                        if _may_tell(word, ignored):
                            for form in forms_of_term_word(word, lang):
                                if _may_tell(form, ignored):
                                    topics_of[form].add(topic.id)
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple for each set of topics: most forms share one
        self._topics = {form: shared.setdefault(tuple(sorted(t)), tuple(sorted(t))) for form, t in topics_of.items()}
        self._count = len(taxonomy.topics)
        self._ignored = ignored

    def guess(self, words: Iterable[tuple[str, Iterable[str], bool]]) -> list[tuple[str, float]]:
        """The topics the text's words tell of, best first: `words` are each word with its forms
        (stems, readings) and whether it is an everyday word. Only topics with enough evidence."""
        evidence: dict[str, float] = defaultdict(float)
        telling: dict[str, int] = defaultdict(int)  # how many of the text's words tell of the topic
        for word, forms, everyday in words:
            if not _may_tell(word, self._ignored):
                continue
            best: dict[str, float] = {}
            for form in {word, *forms}:
                topics = self._topics.get(form, ())
                weight = math.log(self._count / len(topics)) if topics else 0.0
                for topic_id in topics:
                    best[topic_id] = max(best.get(topic_id, 0.0), weight)
            for topic_id, weight in best.items():
                evidence[topic_id] += weight * (EVERYDAY if everyday else 1.0)
                telling[topic_id] += 1
        ranked = sorted(
            ((t, e) for t, e in evidence.items() if telling[t] >= MIN_WORDS), key=lambda item: (-item[1], item[0])
        )
        if not ranked or ranked[0][1] < MIN_EVIDENCE:
            return []
        return [(t, round(e, 2)) for t, e in ranked[:MAX_GUESSES] if e >= CLOSE * ranked[0][1]]


def _may_tell(word: str, ignored: frozenset[str]) -> bool:
    shortest = MIN_ARABIC_WORD if "\u0600" <= word[:1] <= "\u06ff" else MIN_WORD
    return len(word) >= shortest and word not in ignored and not word.isdigit()

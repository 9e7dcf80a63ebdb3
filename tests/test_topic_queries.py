"""Multilingual topic matching on queries of our own (tests/topic_queries.tsv), per language.

Needs no real data: it measures what the taxonomy and the matcher make of everyday wording,
typos, inflected forms and transliterations in all six languages.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from dialogs.model import LANGUAGES

QUERIES = Path(__file__).with_name("topic_queries.tsv")
TOP, BAR = 3, 0.9


def test_queries_in_every_language_find_their_topic(demo_runtime):
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lang, query, wanted = line.split("\t")
        found = [option.id for option in demo_runtime.services.match_topics(query, lang)][:TOP]
        ok = bool(set(wanted.split()) & set(found))
        hits[lang][0] += ok
        hits[lang][1] += 1
        if not ok:
            print(f"miss: {lang} {query!r} -> {found}, wanted {wanted}")
    for lang in LANGUAGES:
        ok, total = hits[lang]
        print(f"topic queries top-{TOP} {lang}: {ok}/{total} = {ok / total:.0%}")
    assert set(hits) == set(LANGUAGES)
    assert all(ok / total >= BAR for ok, total in hits.values())

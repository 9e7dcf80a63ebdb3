"""Benchmark (not in the default run): `python -m pytest -m bench -s tests/test_bench_search.py`.

A synthetic directory of 100,000 groups at 400 contact points; the same queries through our
search and through a naive baseline (rapidfuzz over every group name), with latency and top-3
quality for both.
"""

from __future__ import annotations

import random
import statistics
import time

import pytest
from rapidfuzz import fuzz, process

from bot.directory import link_topics
from bot.gazetteer import default_gazetteer
from bot.group_search import ContactPointRecord, GroupIndex, GroupRecord
from bot.taxonomy import default_taxonomy
from bot.topic_matcher import TopicMatcher
from dialogs.text import normalise

pytestmark = pytest.mark.bench
GROUPS, CONTACT_POINTS, QUERIES = 100_000, 400, 600
PREFIXES = ("", "Selbsthilfegruppe ", "SHG ", "Gesprächskreis ", "Treffpunkt ")
SUFFIXES = ("", " (Angehörige)", " – Frauen", " für junge Menschen", " am Abend", " Online")


def synthetic_directory(rng: random.Random):
    taxonomy = default_taxonomy()
    gazetteer = default_gazetteer()
    towns = [p for p in gazetteer._places if p.country == "DE"][:2000]  # noqa: SLF001 - the benchmark's own data
    cps = []
    for i in range(CONTACT_POINTS):
        town = rng.choice(towns)
        cps.append(
            ContactPointRecord(
                f"cp{i}", f"Kontaktstelle {town.name}", city=town.name, lat=town.lat, lon=town.lon, phone=f"0000 {i}"
            )
        )
    matcher = TopicMatcher(taxonomy)
    links: dict[str, tuple] = {}
    groups, truth = [], []
    for i in range(GROUPS):
        topic = rng.choice(taxonomy.topics)
        name = rng.choice(PREFIXES) + rng.choice(topic.terms["de"][:3]) + rng.choice(SUFFIXES)
        if name not in links:
            links[name] = tuple((t, s) for t, s, _ in link_topics(matcher, {"name": name}))
        cp = rng.choice(cps)
        groups.append(
            GroupRecord(
                f"g{i}",
                name,
                cp.id,
                audience=rng.choice(("affected", "relatives", "both")),
                lat=cp.lat + rng.uniform(-0.1, 0.1),
                lon=cp.lon + rng.uniform(-0.1, 0.1),
                online=rng.random() < 0.1,
                topics=links[name],
            )
        )
        truth.append(topic.id)
    return GroupIndex(matcher, groups, cps), truth, towns


def queries(rng: random.Random, towns):
    taxonomy = default_taxonomy()
    out = []
    for _ in range(QUERIES):
        topic = rng.choice(taxonomy.topics)
        lang = rng.choice(list(topic.terms))
        text = rng.choice(topic.terms[lang])
        if len(text) > 6 and rng.random() < 0.3:  # a typo
            cut = rng.randrange(1, len(text) - 1)
            text = text[:cut] + text[cut + 1 :]
        town = rng.choice(towns)
        out.append((topic.id, text, town.lat, town.lon))
    return out


def test_search_latency_and_quality_against_a_naive_baseline():
    rng = random.Random(7)
    start = time.perf_counter()
    index, truth, towns = synthetic_directory(rng)
    print(f"\nbuilt {GROUPS} groups at {CONTACT_POINTS} contact points in {time.perf_counter() - start:.1f} s")
    by_id = {g.id: i for i, g in enumerate(index.groups)}
    taxonomy = default_taxonomy()

    def fits(topic_id: str, group_index: int) -> bool:
        wanted = {topic_id, *taxonomy.topic(topic_id).related}
        return truth[group_index] in wanted

    names = [normalise(g.name) for g in index.groups]
    ours, naive, ours_ok, naive_ok = [], [], 0, 0
    for topic_id, text, lat, lon in queries(rng, towns):
        t0 = time.perf_counter()
        found = index.search(text, lat=lat, lon=lon, limit=3)
        ours.append(time.perf_counter() - t0)
        ours_ok += any(fits(topic_id, by_id[r.group.id]) for r in found.groups[:3])
        t0 = time.perf_counter()
        best = process.extract(normalise(text), names, scorer=fuzz.WRatio, limit=3)
        naive.append(time.perf_counter() - t0)
        naive_ok += any(fits(topic_id, i) for _name, _score, i in best)

    def pct(values, q):
        return statistics.quantiles(values, n=100)[q - 1] * 1000

    print(f"ours:  p50 {pct(ours, 50):.2f} ms, p99 {pct(ours, 99):.2f} ms, top-3 {ours_ok}/{QUERIES}")
    print(f"naive: p50 {pct(naive, 50):.2f} ms, p99 {pct(naive, 99):.2f} ms, top-3 {naive_ok}/{QUERIES}")
    print(f"speed-up at p50: {pct(naive, 50) / pct(ours, 50):.0f}x")
    assert pct(ours, 99) <= 5.0
    assert pct(naive, 50) / pct(ours, 50) >= 50
    assert ours_ok >= naive_ok

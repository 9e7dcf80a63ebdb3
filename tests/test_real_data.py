"""Measurements on the real directories in ../shared (skipped when it is absent).

The Saxony data is converted in memory (tests/saxony.py) and never written into the repository.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from bot.directory.store import link_topics
from bot.directory.topic_matcher import default_matcher
from bot.search_output import search_json
from tests import saxony

pytestmark = pytest.mark.skipif(not saxony.available(), reason="../shared/data/real is not here")
TOP = 3


@pytest.fixture(scope="module")
def saxony_runtime(directory_runtime):
    return directory_runtime(saxony.saxony_directory())


def test_dev_set_top3(saxony_runtime):
    hits, per_lang = 0, defaultdict(lambda: [0, 0])
    queries = saxony.eval_queries()
    for q in queries:
        result = search_json(saxony_runtime.services, q["query"], q["where"], q["role"], q["lang"])
        names = [g["name"] for g in result["groups"][:TOP]]
        found = any(name in q["expected"] for name in names)
        hits += found
        per_lang[q["lang"]][0] += found
        per_lang[q["lang"]][1] += 1
        if not found:
            print(f"miss: {q['lang']} {q['query']!r} in {q['where']} -> {names}")
    for lang, (ok, total) in sorted(per_lang.items()):
        print(f"dev set top-{TOP} {lang}: {ok}/{total} = {ok / total:.0%}")
    print(f"dev set top-{TOP} overall: {hits}/{len(queries)} = {hits / len(queries):.0%}")
    assert hits / len(queries) >= 0.90
    assert all(ok / total >= 0.85 for ok, total in per_lang.values())


def test_all_german_contact_points_import_with_coordinates(directory_runtime):
    runtime = directory_runtime(saxony.german_contact_points())
    located = [cp for cp in runtime.services.index.contact_points if cp.lat is not None]
    print(f"contact points: {len(runtime.services.index.contact_points)} imported, {len(located)} with coordinates")
    assert len(runtime.services.index.contact_points) == 361
    assert len(located) == 361
    for postal_code, city in (
        ("04109", "Leipzig"),
        ("80331", "München"),
        ("24103", "Kiel"),
        ("66111", "Saarbrücken"),
        ("17489", "Greifswald"),
        ("79098", "Freiburg"),
    ):
        result = search_json(runtime.services, "Selbsthilfe", postal_code)
        nearest = result["contact_points"][0]
        assert nearest["distance_km"] < 40, (postal_code, nearest)
        print(f"{postal_code} {city}: nearest {nearest['name']} in {nearest['city']}, {nearest['distance_km']} km")


def test_every_group_name_of_the_reference_directory_links_to_a_topic():
    """The distinct group names of the real Saxony directory are the taxonomy's checklist."""
    matcher = default_matcher()
    names = saxony.group_names()
    unlinked = [name for name in names if not link_topics(matcher, {"name": name})]
    print(f"taxonomy coverage: {len(names) - len(unlinked)}/{len(names)} distinct group names linked")
    print("unlinked:", unlinked)
    assert (len(names) - len(unlinked)) / len(names) >= 0.98

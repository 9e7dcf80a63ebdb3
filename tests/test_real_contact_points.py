"""The contact points of the real directories in ../shared (skipped when it is absent): each is
placed in its own state, and a search names a reachable self-help contact point first."""

from __future__ import annotations

import pytest

from bot.directory.gazetteer import STATES, default_gazetteer
from bot.search_output import search_json
from dialogs.text import normalise
from tests import saxony

pytestmark = pytest.mark.skipif(not saxony.available(), reason="../shared/data/real is not here")


@pytest.fixture(scope="module")
def real_runtime(directory_runtime):
    german, sax = saxony.german_contact_points(), saxony.saxony_directory()
    return directory_runtime({"contact_points": german["contact_points"] + sax["contact_points"]})


def test_every_contact_point_is_placed_in_its_own_state(real_runtime):
    """A similar name (Weißenburg -> Weißenberg), an alternate name in another state (Gemünden ->
    Gemünden (Wohra)) or another country's state code (Münster -> Tyrol) had put 3 elsewhere."""
    gazetteer = default_gazetteer()
    elsewhere = []
    for cp in real_runtime.services.index.contact_points:
        assert cp.lat is not None, cp
        town = gazetteer.nearest_place(cp.lat, cp.lon)
        if (town.country, town.admin1) != ("DE", STATES[normalise(cp.state)]):
            elsewhere.append((cp.id, cp.city, cp.state, town.name))
    assert elsewhere == []


@pytest.mark.parametrize(
    ("where", "city"),
    [("Görlitz", "Niesky"), ("91781", "Weißenburg"), ("Gemünden am Main", "Gemünden"), ("48143", "Münster")],
)
def test_the_nearest_contact_point_is_the_one_of_the_region(real_runtime, where, city):
    nearest = search_json(real_runtime.services, "Trauer", where)["contact_points"][0]
    assert nearest["city"] == city, nearest


def test_berlin_names_reachable_self_help_contact_points_before_specialised_services(real_runtime):
    """Every Berlin search had named "Kompetenzzentrum Pflegeunterstützung" (no phone) first."""
    for text in ("Alkohol", "Tinnitus"):
        shown = search_json(real_runtime.services, text, "Berlin")["contact_points"]
        assert all(cp["phone"] and "Selbsthilfe" in cp["name"] or cp["name"] in ("KIS", "NAKOS") for cp in shown)

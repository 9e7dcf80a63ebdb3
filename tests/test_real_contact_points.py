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


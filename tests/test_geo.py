"""Distances and map cells (bot.directory.geo): a search near a place looks only at the cells around it."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.geo import EARTH_RADIUS_KM, Points, cells_within, distance_km
from bot.directory.group_search import ContactPointRecord, GroupIndex
from bot.directory.topic_matcher import default_matcher

LATS = st.floats(min_value=-89.0, max_value=89.0)
LONS = st.floats(min_value=-179.0, max_value=179.0)
BEARINGS = st.one_of(st.sampled_from([0.0, math.pi / 2, math.pi, 3 * math.pi / 2]), st.floats(0, 2 * math.pi))


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) in direction `bearing` (radians from north)."""
    phi, reach = math.radians(lat), km / EARTH_RADIUS_KM
    phi2 = math.asin(math.sin(phi) * math.cos(reach) + math.cos(phi) * math.sin(reach) * math.cos(bearing))
    dlon = math.atan2(
        math.sin(bearing) * math.sin(reach) * math.cos(phi), math.cos(reach) - math.sin(phi) * math.sin(phi2)
    )
    return math.degrees(phi2), lon + math.degrees(dlon)


@settings(max_examples=2000, deadline=None)
@given(LATS, LONS, BEARINGS, st.one_of(st.just(1.0), st.floats(0.9, 1.0)), st.sampled_from([100.0, 250.0]))
def test_every_point_within_reach_lies_in_one_of_the_cells_around(lat, lon, bearing, share, km):
    """Points near the edge of the circle, in every direction, where a cell is easiest to miss."""
    cells = cells_within(lat, lon, km)
    other_lat, other_lon = destination(lat, lon, bearing, share * km)
    other = Points([other_lat], [other_lon])
    if cells is not None and float(other.km_from(lat, lon)[0]) <= km:
        assert int(other.cells[0]) in cells


def test_near_a_pole_or_the_date_line_every_cell_may_be_near():
    assert cells_within(89.5, 10.0, 100.0) is None
    assert cells_within(52.0, 179.5, 100.0) is None
    assert len(cells_within(51.34, 12.37, 100.0)) <= 12  # Leipzig: a few cells, not the whole map


def test_one_distance_and_many_distances_agree():
    points = Points([51.34, 48.14, None], [12.37, 11.58, 13.4])
    many = points.km_from(52.52, 13.40)
    assert math.isclose(many[0], distance_km(52.52, 13.40, 51.34, 12.37), rel_tol=1e-9)
    assert 140 < many[0] < 160 and 500 < many[1] < 510 and math.isnan(many[2])


def test_a_directory_of_contact_points_without_groups_still_names_the_nearest_one():
    """The no-result path: no group anywhere, but the contact point near the place is named."""
    cp = ContactPointRecord("cp1", "Kontaktstelle", city="Leipzig", lat=51.34, lon=12.37)
    index = GroupIndex.of(default_matcher(), [], [cp])
    assert index.search("Alkohol", lat=51.3, lon=12.4).groups == []
    assert [r.contact_point.id for r in index.nearest_contact_points(51.3, 12.4)] == ["cp1"]

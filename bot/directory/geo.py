"""Great-circle distances, vectorised for whole directories."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

EARTH_RADIUS_KM = 6371.0088
NO_CELL = -1  # unknown coordinates


def cell_code(row, column):
    """One-degree map cells as numbers: row and column are the floors of latitude and longitude."""
    return (row + 90) * 361 + column + 180


def cells_within(lat: float, lon: float, km: float) -> list[int] | None:
    """Every cell that a point within `km` can lie in (a few more, never fewer); None when the
    circle reaches a pole or the date line, where any cell may be near."""
    reach = km / EARTH_RADIUS_KM * (1 + 1e-9) + 1e-12  # radians of latitude; a hair more for rounding
    phi = math.radians(lat)
    low, high = phi - reach, phi + reach
    if low <= -math.pi / 2 or high >= math.pi / 2:
        return None
    # haversine: cos(phi) * cos(phi2) * hav(dlon) <= hav(reach), and cos(phi2) is smallest at the band's edge
    bound = math.sin(reach / 2) ** 2 / (math.cos(phi) * math.cos(max(abs(low), abs(high))))
    if bound >= 1:
        return None
    dlon = math.degrees(2 * math.asin(math.sqrt(bound))) * (1 + 1e-9) + 1e-9
    if lon - dlon < -180 or lon + dlon >= 180:
        return None
    rows = range(math.floor(math.degrees(low)), math.floor(math.degrees(high)) + 1)
    columns = range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)
    return [cell_code(row, column) for row in rows for column in columns]


class Points:
    """Many coordinates (NaN where unknown), kept in radians with the cosine of their latitude:
    a search measures from one point to thousands, so that part is done once."""

    def __init__(self, lats: Iterable[float | None] | np.ndarray, lons: Iterable[float | None] | np.ndarray) -> None:
        self.phi = np.radians(_array(lats))
        self.lmb = np.radians(_array(lons))
        self.cos_phi = np.cos(self.phi)
        known = ~(np.isnan(self.phi) | np.isnan(self.lmb))
        rows = np.floor(np.degrees(np.where(known, self.phi, 0.0))).astype(np.int64)
        columns = np.floor(np.degrees(np.where(known, self.lmb, 0.0))).astype(np.int64)
        self.cells = np.where(known, cell_code(rows, columns), NO_CELL)

    def km_from(self, lat: float, lon: float, which: np.ndarray | None = None) -> np.ndarray:
        """Haversine distance from one point to all points, or to those at the indices `which`."""
        phi, lmb, cos_phi = (
            (self.phi, self.lmb, self.cos_phi)
            if which is None
            else (self.phi[which], self.lmb[which], self.cos_phi[which])
        )
        phi1 = math.radians(lat)
        a = np.sin((phi - phi1) / 2) ** 2 + math.cos(phi1) * cos_phi * np.sin((lmb - math.radians(lon)) / 2) ** 2
        return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _array(values: Iterable[float | None] | np.ndarray) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values.astype(float)
    return np.array([np.nan if x is None else x for x in values], dtype=float)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The same formula for one pair, without numpy's per-call cost (views of every result need it)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(a, 0.0), 1.0)))

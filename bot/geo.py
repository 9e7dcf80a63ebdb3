"""Great-circle distances, vectorised for whole directories."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

EARTH_RADIUS_KM = 6371.0088


class Points:
    """Many coordinates (NaN where unknown), kept in radians with the cosine of their latitude:
    a search measures from one point to thousands, so that part is done once."""

    def __init__(self, lats: Iterable[float | None], lons: Iterable[float | None]) -> None:
        self.phi = np.radians(np.array([np.nan if x is None else x for x in lats], dtype=float))
        self.lmb = np.radians(np.array([np.nan if x is None else x for x in lons], dtype=float))
        self.cos_phi = np.cos(self.phi)

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


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The same formula for one pair, without numpy's per-call cost (views of every result need it)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(a, 0.0), 1.0)))

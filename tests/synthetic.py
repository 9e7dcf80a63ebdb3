"""A synthetic directory for benchmarks: 100,000 groups at 400 contact points in German towns,
named like real groups from taxonomy terms ("SHG Alkoholabhängigkeit (Angehörige)")."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.directory.gazetteer import default_gazetteer
from bot.directory.taxonomy import default_taxonomy

GROUPS, CONTACT_POINTS = 100_000, 400
PREFIXES = ("", "Selbsthilfegruppe ", "SHG ", "Gesprächskreis ", "Treffpunkt ")
SUFFIXES = ("", " (Angehörige)", " – Frauen", " für junge Menschen", " am Abend", " Online")


@dataclass(frozen=True)
class Directory:
    contact_points: list[dict]
    groups: list[dict]
    truth: list[str]  # the topic each group was named after
    towns: list  # gazetteer places the contact points were drawn from

    def as_import(self) -> dict:
        return {"contact_points": self.contact_points, "groups": self.groups}


def synthetic_directory(rng: random.Random, groups: int = GROUPS, contact_points: int = CONTACT_POINTS) -> Directory:
    taxonomy = default_taxonomy()
    towns = [p for p in default_gazetteer().places if p.country == "DE"][:2000]
    cps = []
    for i in range(contact_points):
        town = rng.choice(towns)
        cps.append(
            {
                "id": f"cp{i}",
                "name": f"Kontaktstelle {town.name}",
                "city": town.name,
                "lat": town.lat,
                "lon": town.lon,
                "phone": f"0000 {i}",
            }
        )
    rows, truth = [], []
    for i in range(groups):
        topic = rng.choice(taxonomy.topics)
        cp = rng.choice(cps)
        rows.append(
            {
                "id": f"g{i}",
                "name": rng.choice(PREFIXES) + rng.choice(topic.terms["de"][:3]) + rng.choice(SUFFIXES),
                "contact_point": cp["id"],
                "audience": rng.choice(("affected", "relatives", "both")),
                "lat": cp["lat"] + rng.uniform(-0.1, 0.1),
                "lon": cp["lon"] + rng.uniform(-0.1, 0.1),
                "online": rng.random() < 0.1,
            }
        )
        truth.append(topic.id)
    return Directory(cps, rows, truth, towns)

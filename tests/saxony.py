"""Test helper: the real Saxony data from ../shared, converted to our import format in memory.

Never written into the repository. Tests that use it skip when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
REAL = SHARED / "real"
EVAL = SHARED / "eval" / "topics_dev.tsv"


def available() -> bool:
    return (REAL / "saxony_contact_points.json").exists() and (REAL / "saxony_group_topics.json").exists()


def saxony_directory() -> dict:
    """Each region's group topics become groups at the region's first contact point."""
    regions = json.loads((REAL / "saxony_contact_points.json").read_text(encoding="utf-8"))
    topics = json.loads((REAL / "saxony_group_topics.json").read_text(encoding="utf-8"))
    contact_points, groups = [], []
    for code, region in regions.items():
        for cp in region["contactPoints"]:
            contact_points.append(
                {
                    "id": cp["id"],
                    "name": cp["name"],
                    "street": cp["address"]["street"],
                    "postal_code": cp["address"]["postalCode"],
                    "city": cp["address"]["city"],
                    "state": "Sachsen",
                    "phone": ", ".join(cp["contact"]["phone"]),
                    "email": cp["contact"]["email"],
                    "website": cp["contact"]["web"],
                    "opening_hours": _opening_hours(cp["openingHours"]),
                }
            )
        home = region["contactPoints"][0]
        for n, topic in enumerate(topics.get(code, []), 1):
            groups.append(
                {
                    "id": f"{code}-G{n}",
                    "name": topic["name"],
                    "contact_point": home["id"],
                    "postal_code": home["address"]["postalCode"],
                    "city": home["address"]["city"],
                }
            )
    return {"contact_points": contact_points, "groups": groups}


def _opening_hours(hours: dict) -> dict | str:
    """The structured weekly hours where the source has any, else its text."""
    structured = {day: ranges for day, ranges in (hours.get("structured") or {}).items() if ranges}
    return structured or hours.get("text") or ""


def german_contact_points() -> dict:
    raw = json.loads((REAL / "contact_points_de.json").read_text(encoding="utf-8"))
    return {
        "contact_points": [
            {
                "id": str(cp["id"]),
                "name": cp["name"],
                "street": cp.get("street") or "",
                "city": cp.get("city") or "",
                "postal_code": cp.get("postalCode") or "",
                "state": cp.get("state") or "",
                "phone": cp.get("phone") or "",
                "email": cp.get("mail") or "",
                "website": cp.get("url") or "",
            }
            for cp in raw
        ]
    }


def eval_queries() -> list[dict]:
    rows = []
    for line in EVAL.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, where, role, query, expected = line.split("\t")
        rows.append({"lang": lang, "where": where, "role": role, "query": query, "expected": expected.split("|")})
    return rows


def group_names() -> list[str]:
    """The distinct group names (topics) of the Saxony directory."""
    topics = json.loads((REAL / "saxony_group_topics.json").read_text(encoding="utf-8"))
    return sorted({topic["name"] for region in topics.values() for topic in region})

"""The JSON objects of `python -m bot search` and `triage` (the brief's contract), and a text view."""

from __future__ import annotations

from bot.crisis_data import CrisisResources, crisis_help, load_lexicon, load_resources
from bot.directory.opening_hours import weekly
from bot.directory.topic_matcher import default_matcher
from bot.services import LotseServices
from dialogs.model import Search
from dialogs.triage import Triage, triage


def search_json(
    services: LotseServices, text: str, where: str = "", role: str = "any", lang: str = "de", online: bool = False
) -> dict:
    """The search the conversation would run for this message: the same understanding of it (every
    topic it names, a role or place it says), with --where and --role given explicitly."""
    verdict = services.triage(text, lang)
    understood = services.understand(text, lang, None).guessed()
    options = services.places(where, None) if where.strip() else understood.places
    place = options[0] if options else None
    topics = understood.topics or understood.candidates
    search = Search(
        " ".join(understood.name_words),
        topics,
        role if role != "any" else understood.role or "any",
        place,
        online or understood.online,
        understood.relations,
        understood.own_topics if understood.topics else (),  # "... und ich bin depressiv": for the writer
    )
    found = services.run_search(search) if topics or search.query else None
    taxonomy = services.taxonomy
    return {
        "query": {"text": text, "where": where, "role": role, "lang": lang},
        "crisis": _triage(verdict, services.resources, lang) if verdict.level != "none" or verdict.loss else None,
        "place": None if place is None else {"name": place.name, "lat": place.lat, "lon": place.lon},
        "place_unknown": bool(where.strip()) and place is None,
        "place_ambiguous": len(options) > 1,  # the bot would ask which place is meant
        "role": search.role,
        "topics": [{"id": t, "name": taxonomy.topic(t).name(lang)} for t in topics],
        "ambiguous": bool(understood.candidates) and not understood.topics,  # the bot would ask which topic
        "groups": [
            {
                "id": r.group.id,
                "name": r.group.name,
                "audience": r.group.audience,
                "distance_km": r.distance_km,
                "score": r.score,
                "match": "related" if r.related else "topic",
                "online": r.group.online,
                "city": r.group.city,
                "topics": [taxonomy.topic(t).name(lang) for t, _ in r.group.topics if taxonomy.has(t)],
                "contact_point": _contact_point(services, r.group.contact_point_id),
            }
            for r in (found.groups if found else [])
        ],
        "contact_points": [
            {
                "id": r.contact_point.id,
                "name": r.contact_point.name,
                "distance_km": r.distance_km,
                "street": r.contact_point.street,
                "postal_code": r.contact_point.postal_code,
                "city": r.contact_point.city,
                "phone": r.contact_point.phone,
                "email": r.contact_point.email,
                "website": r.contact_point.website,
                "opening_hours": weekly(r.contact_point.opening_hours),
            }
            for r in services.nearest_contact_points(place)
        ],
    }


def _contact_point(services: LotseServices, contact_point_id: str) -> dict | None:
    cp = services.index.contact_point(contact_point_id)
    if cp is None:
        return None
    return {"id": cp.id, "name": cp.name, "phone": cp.phone, "email": cp.email, "website": cp.website}


def _triage(verdict: Triage, resources: CrisisResources, lang: str) -> dict:
    """The verdict and the numbers the bot would show: for a crisis, for the safety question's "yes",
    and, gently, for a loss."""
    shown = (
        crisis_help(resources, verdict.kind, verdict.young, lang) if verdict.level != "none" or verdict.loss else None
    )
    return {
        **verdict.as_dict(),
        "resources": [vars(r) | {"numbers": list(r.numbers)} for r in shown.resources] if shown else [],
    }


def triage_json(text: str, lang: str, country: str = "DE") -> dict:
    """Needs no database: triage, crisis resources and the taxonomy come from data/ only (the
    taxonomy is loaded only when distress beside a topic must be told apart from distress alone)."""
    verdict = triage(text, load_lexicon(), lang, lambda checked: bool(default_matcher().match(checked)))
    return _triage(verdict, load_resources(country), lang)


def search_text(result: dict) -> str:
    lines = []
    if result["crisis"] and result["crisis"]["crisis"]:
        lines.append(
            "CRISIS: " + "; ".join(f"{r['name']} {' / '.join(r['numbers'])}" for r in result["crisis"]["resources"])
        )
    place = result["place"]
    lines.append(
        f"place: {place['name'] if place else '-'}; topics: {', '.join(t['name'] for t in result['topics']) or '-'}"
    )
    for g in result["groups"]:
        distance = f"{g['distance_km']} km" if g["distance_km"] is not None else "-"
        lines.append(f"  {g['name']} ({g['audience']}, {distance}) via {(g['contact_point'] or {}).get('name', '-')}")
    for cp in result["contact_points"]:
        lines.append(f"  contact point: {cp['name']} ({cp['distance_km']} km) {cp['phone']}")
    return "\n".join(lines)

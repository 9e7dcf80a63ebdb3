"""Which contact points a search names as where to turn: nearest first, but among near ones a
self-help contact point before a specialised service, and never one without phone and e-mail
before one that can be reached."""

from __future__ import annotations

import pytest

from bot.search_output import search_json

BERLIN = (52.5244, 13.4105)  # the gazetteer's Berlin
DIRECTORY = {
    "contact_points": [
        {"id": "a1", "name": "Kompetenzzentrum Pflegeunterstützung", "email": "kompetenz@example.org"},
        {"id": "a2", "name": "Kontaktstelle PflegeEngagement Mitte", "phone": "030 1"},
        {"id": "a3", "name": "Selbsthilfetreff ohne Telefon", "website": "https://treff.example.org"},
        {"id": "b1", "name": "SEKIS", "phone": "030 2", "email": "sekis@example.org", "lat": 52.5424},
        {"id": "b2", "name": "Diakonie Musterstadt", "email": "selbsthilfe@diakonie.example.org", "lat": 52.5379},
        {"id": "c1", "name": "Kontaktstelle PflegeEngagement Potsdam", "phone": "0331 1", "city": "Potsdam"},
    ]
}


@pytest.fixture(scope="module")
def services(directory_runtime):
    for cp in DIRECTORY["contact_points"]:
        if "city" not in cp:
            cp.setdefault("lat", BERLIN[0])
            cp["lon"] = BERLIN[1]
    return directory_runtime(DIRECTORY).services


def test_a_reachable_self_help_contact_point_comes_before_nearer_specialised_ones(services):
    """b1 (2 km, names itself by a self-help abbreviation), then b2 (1.5 km; only its e-mail address
    says self-help), then the specialised services at 0 km; the one without phone and e-mail last."""
    shown = search_json(services, "Tinnitus", "Berlin")["contact_points"]
    assert [cp["id"] for cp in shown] == ["b1", "b2", "a1"]
    assert search_json(services, "Tinnitus", "Berlin")["contact_points"][0]["distance_km"] == pytest.approx(2.0, 0.1)


def test_a_specialised_service_much_nearer_than_any_self_help_contact_point_comes_first(services):
    """Potsdam's own contact point (0 km) before SEKIS in Berlin (26 km): a preference among near ones only."""
    shown = search_json(services, "Tinnitus", "Potsdam")["contact_points"]
    assert [cp["id"] for cp in shown][:2] == ["c1", "b1"]


def test_one_without_phone_and_e_mail_comes_after_every_reachable_one(services):
    shown = services.index.nearest_contact_points(*BERLIN, limit=10)
    assert [r.contact_point.id for r in shown][-1] == "a3"

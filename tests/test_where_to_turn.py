"""Which contact points a search names as where to turn: nearest first, but among near ones a
self-help contact point before a specialised service, never one without phone and e-mail before
one that can be reached, and one office listed twice only once."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory.search_index import ContactPointRecord
from bot.directory.twins import office
from bot.search_output import search_json
from tests.cli import run_cli
from tests.databases import migrated

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


LEIPZIG = (51.3396, 12.3713)
MERGED = {  # a region's list (with its groups) and the national list, imported together
    "contact_points": [
        {"id": "L-1", "name": "Selbsthilfekontakt- und Informationsstelle (SKIS)", "street": "Gustav-Mahler-Straße 3",
         "city": "Leipzig", "phone": "+49 341 1236755", "lat": 51.3450, "lon": 12.3650},
        {"id": "299", "name": "Selbsthilfekontakt- und Informationsstelle (SKIS) c/o Stadt Leipzig",
         "street": "Gustav-Mahler-Str. 3-5", "city": "Leipzig", "phone": "03 41 / 123-67 55"},
        {"id": "300", "name": "SKIS", "street": "Gustav-Mahler-Straße 3", "city": "Leipzig", "phone": "0341 99"},
        {"id": "301", "name": "Landesarbeitsgemeinschaft der Selbsthilfekontaktstellen",
         "street": "Gustav-Mahler-Straße 3", "city": "Leipzig", "phone": "0341 555 1"},
        {"id": "302", "name": "Kontaktstelle PflegeEngagement Leipzig", "street": "Gustav-Mahler-Straße 3",
         "city": "Leipzig", "phone": "0341 555 2"},
    ],
    "groups": [{"id": "g1", "name": "Tinnitus", "contact_point": "L-1", "city": "Leipzig"}],
}  # fmt: skip


@pytest.fixture(scope="module")
def merged(directory_runtime):
    for cp in MERGED["contact_points"]:
        cp.setdefault("lat", LEIPZIG[0])
        cp.setdefault("lon", LEIPZIG[1])
    return directory_runtime(MERGED).services


def test_one_office_listed_twice_is_shown_once_as_its_groups_name_it(merged):
    """The national list's record of the SKIS (another phone number, at the town's centre) and a short
    name at its address ("SKIS") are the office the region's groups are brokered by: people see that
    record, at the distance of the nearest of them. A state association and a care service in the
    same building, with their own names and numbers, are offices of their own."""
    shown = merged.index.nearest_contact_points(*LEIPZIG, limit=10)
    assert [r.contact_point.id for r in shown] == ["L-1", "301", "302"]
    assert shown[0].distance_km == 0.0


def test_the_import_report_names_the_records_of_one_office(tmp_path):
    """So the contact points can say which of the numbers is right."""
    source = tmp_path / "merged.json"
    source.write_text(json.dumps(MERGED), encoding="utf-8")
    done = run_cli("import", str(source), db=migrated(f"sqlite:///{tmp_path / 'd.sqlite3'}"))
    assert done.returncode == 0, done.stderr
    told = done.stdout.split("values were guessed")[0]
    assert "1 office is listed more than once (one address)" in told
    assert re.search(r"L-1 .*\+49 341 1236755 = 299 .*123-67 55 = 300 'SKIS' 0341 99", told)
    assert "301" not in told and "302" not in told


@given(
    street=st.sampled_from(["Königsbrücker Straße", "Königsbrücker Str.", "Königsbrückerstraße", "KÖNIGSBRÜCKER STR"]),
    number=st.integers(1, 300),
    suffix=st.sampled_from(["", "a", "-30", "/32", " - 34", " b"]),
)
def test_one_address_in_any_spelling_is_one_office(street, number, suffix):
    plain = ContactPointRecord("1", "a", street=f"Königsbrücker Straße {number}", city="Dresden")
    spelt = ContactPointRecord("2", "b", street=f"{street} {number}{suffix}", city="Dresden")
    other = ContactPointRecord("3", "c", street=f"Königsbrücker Straße {number + 1}", city="Dresden")
    assert office(plain) == office(spelt) != office(other)

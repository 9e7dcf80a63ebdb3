"""Where an imported contact point or group is put: the postal code decides, a city is matched
exactly, never bent to a similar name, and what cannot be placed stays without coordinates."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.gazetteer import _qualified_names, _variants, default_gazetteer, place_address
from dialogs.text import normalise
from tests.cli import run_cli
from tests.databases import migrated

GAZETTEER = default_gazetteer()
GERMAN_TOWNS = [p for p in GAZETTEER.places if p.country == "DE" and p.population >= 5000]


def placed(postal_code: str, city: str, state: str = "") -> tuple[str | None, str]:
    found = place_address(GAZETTEER, postal_code, city, state)
    return (found.place.name if found.place else None), found.source


@pytest.mark.parametrize(
    ("postal_code", "city", "state", "expected"),
    [
        ("", "Weißenburg", "Bayern", "Weißenburg in Bayern"),  # was bent to Weißenberg near Görlitz
        ("", "Gemünden", "Bayern", "Gemünden am Main"),  # was Gemünden (Wohra) in Hessen, by an alternate name
        ("", "Limburg / Lahn", "Hessen", "Limburg an der Lahn"),
        ("", "Essen-Altendorf", "Nordrhein-Westfalen", "Essen"),
        ("", "Biberach", "Baden-Württemberg", "Biberach"),  # an der Riß: ten times the other two
        ("", "Halle", "", "Halle (Saale)"),
    ],
)
def test_a_city_is_its_exact_name_or_the_name_without_its_qualifier(postal_code, city, state, expected):
    assert placed(postal_code, city, state) == (expected, "city")


def test_a_state_code_of_another_country_is_not_the_state():
    """Tyrol's GeoNames code is North Rhine-Westphalia's too: Münster was put in Austria, 588 km away."""
    found = place_address(GAZETTEER, "", "Münster", "Nordrhein-Westfalen").place
    assert (found.country, round(found.lat, 1), round(found.lon, 1)) == ("DE", 52.0, 7.6)


@pytest.mark.parametrize(
    ("city", "state", "problem"),
    [
        ("Lepzig", "Sachsen", "no postal code, and no place 'Lepzig' in Sachsen is known"),
        ("Görlitz", "Bayern", "no place 'Görlitz' in Bayern is known"),
        ("Neustadt", "Bayern", "'Neustadt' in Bayern may be Neustadt bei Coburg or Neustadt an der Donau"),
        ("", "", "no postal code and no city"),
    ],
)
def test_what_cannot_be_placed_says_why_and_has_no_place(city, state, problem):
    found = place_address(GAZETTEER, "", city, state)
    assert found.place is None and problem in found.problem


def test_the_postal_code_decides_and_a_contradicting_city_is_reported():
    found = place_address(GAZETTEER, "04109", "Dresden", "Sachsen")
    assert (found.place.name, found.source) == ("Leipzig", "postal code")
    assert "04109 is in Leipzig, 101 km from Dresden" in found.doubt
    assert place_address(GAZETTEER, "04109", "Leipzig", "Sachsen").doubt == ""
    assert placed("99999", "Görlitz") == ("Görlitz", "city")


def test_a_postal_code_whose_leading_zero_a_spreadsheet_dropped():
    assert placed("4109", "", "Sachsen") == ("Leipzig", "postal code")
    assert placed("4109", "Leipzig") == ("Leipzig", "postal code")
    assert placed("A-1010", "") == ("Wien, Innere Stadt", "postal code")


@pytest.mark.parametrize(
    ("postal_code", "city", "town"),
    [
        ("04860", "Torgau", "Torgau"),  # the code has Dreiheide's name, which shares it
        ("02906", "Niesky", "Niesky"),  # the code has Hohendubrau's coordinates, 9 km away
        ("02943", "Weißwasser", "Weißwasser/O.L."),
        ("08280", "Aue-Bad-Schlema", "Aue"),  # the code has the mean position of the 082.. codes, 20 km west
    ],
)
def test_a_postal_code_of_several_towns_or_of_an_area_takes_the_citys_own_coordinates(postal_code, city, town):
    found = place_address(GAZETTEER, postal_code, city, "Sachsen")
    own = place_address(GAZETTEER, "", town, "Sachsen").place
    assert (found.place.name, found.source, found.place.lat, found.place.lon) == (town, "postal code", own.lat, own.lon)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GERMAN_TOWNS), st.integers(min_value=0, max_value=30), st.sampled_from("aeiklnrstuz"))
def test_a_mistyped_town_is_never_placed_at_a_similar_name(town, at, letter):
    """One letter changed: the address is placed only where that spelling is itself a name of the
    place (its own, one of the gazetteer's other names, or its name without the qualifier)."""
    typo = town.name[: at % len(town.name)] + letter + town.name[at % len(town.name) + 1 :]
    found = place_address(GAZETTEER, "", typo, "").place
    if found is not None:
        spellings = {normalise(variant) for variant in _variants(typo)}
        named = [
            p for key in spellings for p in GAZETTEER._names.get(key, []) + _qualified_names(GAZETTEER).get(key, [])
        ]
        assert found in named, (typo, found)


def test_the_import_reports_what_placed_each_record_and_what_could_not_be(tmp_path, database_url):
    directory = {
        "contact_points": [
            {
                "id": "wug",
                "name": "Kontaktstellen Mittelfranken",
                "city": "Weißenburg",
                "state": "Bayern",
                "phone": "1",
            },
            {"id": "lej", "name": "KISS Leipzig", "postal_code": "04109", "city": "Leipzig", "phone": "2"},
            {"id": "nowhere", "name": "Kontaktstelle Atlantis", "city": "Atlantis", "state": "Bayern", "phone": "3"},
            {"id": "given", "name": "KISS Görlitz", "lat": 51.15, "lon": 14.99, "phone": "4"},
        ],
        "groups": [
            {"id": "g1", "name": "Trauer", "contact_point": "wug", "city": "Weißenburg"},
            {"id": "g2", "name": "Trauer", "contact_point": "lej"},
        ],
    }
    source = tmp_path / "directory.json"
    source.write_text(json.dumps(directory, ensure_ascii=False), encoding="utf-8")
    db = migrated(database_url)
    done = run_cli("import", str(source), db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert (
        "coordinates of the contact points: 1 given in the file, 1 from the postal code, 1 from the city, "
        "1 without coordinates (not found by place)"
    ) in lines
    assert "coordinates of the groups: 1 from the city" in lines  # in its contact point's state
    assert any(
        "'nowhere'): no coordinates (no postal code, and no place 'Atlantis' in Bayern" in line for line in lines
    )
    near_goerlitz = json.loads(run_cli("search", "Trauer", "--where", "Görlitz", "--json", db=db).stdout)
    assert [cp["id"] for cp in near_goerlitz["contact_points"]][:2] == ["given", "lej"]
    near_weissenburg = json.loads(run_cli("search", "Trauer", "--where", "91781", "--json", db=db).stdout)
    assert near_weissenburg["contact_points"][0] == near_weissenburg["contact_points"][0] | {"id": "wug"}
    assert near_weissenburg["groups"][0]["id"] == "g1" and near_weissenburg["groups"][0]["distance_km"] < 1

"""Resolving what people type as their location."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.gazetteer import default_gazetteer


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("04315", "Leipzig"),
        ("D-01067", "Dresden"),
        ("10115 Berlin", "Berlin"),
        ("Lepzig", "Leipzig"),
        ("Keipzig", "Leipzig"),  # a typo in the first letter, too
        ("Kölln", "Köln"),
        ("Muenchen", "München"),
        ("munchen", "München"),
        ("Frankfurt", "Frankfurt am Main"),
        ("Frankfurt (Oder)", "Frankfurt (Oder)"),
        ("frankfurt oder", "Frankfurt (Oder)"),
        ("Koeln", "Köln"),
        ("Лейпциг", "Leipzig"),
        ("Dresdn", "Dresden"),
        ("Zürich", "Zürich"),
    ],
)
def test_places_people_type(typed, name):
    assert default_gazetteer().resolve(typed).name == name


@pytest.mark.parametrize("typed", ["99999", "Xyzzyhausen", "", "!!!", "12", "91.0, 12.0", "1010"])
def test_unknown_is_unknown(typed):
    assert default_gazetteer().resolve(typed) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ich wohne in Lepzig", ["Leipzig"]),
        ("wohne in Gerra", ["Gera"]),
        ("mal total aufgedreht, dann monatelang im Loch", []),  # a short word is no mistyped place
        ("мне плохо в том теле", []),  # "Том" is another name of Thomm: a short one counts only alone
        ("wir wohnen in Gera", ["Gera"]),  # a place's own name counts however short
        ("wir wohnen in Aue", ["Aue"]),  # "ue" after a vowel is no "ü": Aue is no Au
        ("живу в Лейпциге", ["Leipzig"]),
    ],
)
def test_places_a_message_names(text, names):
    assert [m.places[0].name for m in default_gazetteer().mentions(text)] == names


@pytest.mark.parametrize(("text", "name"), [("Том", "Thomm"), ("в Том", "Thomm"), ("Gera", "Gera")])
def test_a_short_other_name_is_a_place_when_it_is_the_whole_answer(text, name):
    assert [m.places[0].name for m in default_gazetteer().mentions(text, answer=True)] == [name]


def test_coordinates_name_the_nearest_place():
    place = default_gazetteer().resolve("51.34, 12.37")
    assert place.name == "Leipzig" and place.lat == 51.34


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_any_text_resolves_or_is_unknown(text):
    place = default_gazetteer().resolve(text)
    assert place is None or (-90 <= place.lat <= 90 and -180 <= place.lon <= 180)

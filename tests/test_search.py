"""`python -m bot search` as in the brief's contract, and ranking through the search interface."""

from __future__ import annotations

import json

import pytest

from bot.search_output import search_json
from tests.cli import run_cli


def test_search_json_has_the_contract_fields(tmp_path):
    db = f"sqlite:///{tmp_path}/s.sqlite3"
    done = run_cli(
        "search",
        "mein Mann trinkt jeden Abend",
        "--where",
        "Lepzig",
        "--role",
        "relative",
        "--lang",
        "de",
        "--json",
        db=db,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["crisis"] is None
    assert result["place"]["name"] == "Leipzig"
    first = result["groups"][0]
    assert {"id", "name", "audience", "distance_km", "contact_point"} <= set(first)
    assert {"id", "name", "phone", "email", "website"} <= set(first["contact_point"])
    assert first["audience"] == "relatives" and first["distance_km"] < 5
    assert result["contact_points"][0]["distance_km"] <= result["contact_points"][-1]["distance_km"]


def test_search_batch_answers_in_order(tmp_path):
    batch = tmp_path / "q.jsonl"
    lines = [
        {"text": "Depression", "where": "01067", "role": "affected", "lang": "de"},
        {"text": "ich will nicht mehr leben", "where": "", "role": "any", "lang": "de"},
        {"text": "alkol bağımlılığı", "where": "Leipzig", "role": "any", "lang": "tr"},
    ]
    batch.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    done = run_cli("search", "--batch", str(batch), "--json", db=f"sqlite:///{tmp_path}/b.sqlite3")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["query"]["text"] for r in results] == [line["text"] for line in lines]
    assert results[1]["crisis"]["crisis"] is True
    assert "Alkohol" in results[2]["groups"][0]["name"]


def test_search_rejects_bad_batch_lines(tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"text": "x", "role": "boss"}\n', encoding="utf-8")
    done = run_cli("search", "--batch", str(batch), db=f"sqlite:///{tmp_path}/b.sqlite3")
    assert done.returncode == 2 and "role" in done.stderr


@pytest.mark.parametrize(
    ("text", "where", "role", "expected"),
    [
        ("mein Mann trinkt", "04109", "relative", "Angehörige von Suchtkranken"),
        ("depresionen", "Leipzig", "affected", "Depression"),
        ("Spielsucht", "Leipzig", "affected", "Spielsucht"),
        ("kumar bağımlılığı", "Leipzig", "any", "Spielsucht"),
        ("тревога", "München", "any", "Angst und Panik"),
        ("الاكتئاب", "Leipzig", "any", "Depression"),
    ],
)
def test_demo_searches_find_the_right_group_nearby(demo_runtime, text, where, role, expected):
    result = search_json(demo_runtime.services, text, where, role)
    assert expected in result["groups"][0]["name"]
    assert result["groups"][0]["distance_km"] < 25


def test_unknown_place_is_reported_not_guessed(demo_runtime):
    result = search_json(demo_runtime.services, "Depression", "Qqqxxyy")
    assert result["place"] is None and result["place_unknown"] is True


def test_online_groups_count_as_near_when_online_is_fine(demo_runtime):
    far = search_json(demo_runtime.services, "Angst", "Hamburg", online=True)
    assert any(g["online"] and g["city"] != "Hamburg" for g in far["groups"])

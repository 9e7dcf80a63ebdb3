"""The demand report: small counts withheld, also against working them out from totals, and the
`report` command in each format."""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
from collections import Counter
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.outreach.disclosure import Shown, protect
from bot.outreach.report import Counts, build_report
from bot.outreach.report_formats import as_csv
from bot.runtime import Database, open_runtime
from bot.storage.demand_counts import add_counts, counter_row
from dialogs.model import Outcome, Reached
from tests.cli import run_cli


def possible_values(rows: list[Shown], total: tuple[float, float], cap: int) -> list[set[int]]:
    """The attacker: every value each row can have, given what is printed and the line's total,
    by trying every combination (independent of the arithmetic in bot/outreach/disclosure.py)."""
    ranges = []
    for row in rows:
        if row.count is not None:
            ranges.append([row.count])
        elif row.text == "<5":
            ranges.append(range(1, 5))
        else:
            ranges.append(range(5, cap + 1))
    seen: list[set[int]] = [set() for _ in rows]
    for values in itertools.product(*ranges):
        if total[0] <= sum(values) <= total[1]:
            for found, value in zip(seen, values, strict=True):
                found.add(value)
    return seen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 14), min_size=1, max_size=5))
def test_no_small_count_can_be_worked_out_from_the_total(values):
    counts = {f"row{i}": v for i, v in enumerate(values)}
    total = sum(values)
    rows = protect(counts, (total, total))
    kept = [r for r in rows if not r.merged]
    merged = [r for r in rows if r.merged]
    for row in kept:
        assert row.count is None or row.count == counts[row.label]
        assert (row.text == "<5") == (0 < counts[row.label] < 5)
    assert sum(r.count for r in merged) == sum(v for v in values if 0 < v < 5) if merged else True
    rest = total - sum(r.count for r in merged)
    for row, possible in zip(kept, possible_values(kept, (rest, rest), total), strict=True):
        if row.text == "<5":
            assert possible == {1, 2, 3, 4}, (values, rows)


def test_one_small_count_beside_shown_ones_withholds_the_next_smallest():
    rows = protect({"a": 40, "b": 3, "c": 9, "d": 0}, (52, 52))
    assert [r.text for r in rows] == ["40", "<5", "≥5", "0"]


def test_small_counts_that_leave_no_room_are_merged():
    assert [r.text for r in protect({"a": 4, "b": 4}, (8, 8))] == ["8"]  # "<5", "<5" and 8: both 4
    ones = protect({"a": 1, "b": 1, "c": 1, "d": 1, "e": 0}, (4, 4))
    assert [(r.label, r.text, r.merged) for r in ones] == [("e", "0", False), ("", "4", True)]
    beside = protect({"a": 1, "b": 1, "c": 1, "d": 1, "e": 20}, (24, 24))  # 20 withheld gives them room
    assert [r.text for r in beside] == ["<5", "<5", "<5", "<5", "≥5"]


def test_small_counts_with_room_need_nothing_withheld():
    rows = protect({"a": 3, "b": 2, "c": 4, "d": 1, "e": 3}, (13, 13))
    assert [r.text for r in rows] == ["<5"] * 5


def random_counts(seed: int) -> Counts:
    import random

    rng = random.Random(seed)
    cells: Counter[tuple[str, str, str, str]] = Counter()
    for _ in range(rng.randint(5, 60)):
        key = (
            f"2026-W{rng.randint(40, 44)}",
            rng.choice(["flyer", "other"]),
            rng.choice(["", "alkohol", "depression", "gluecksspiel", "trauer", "adhs"]),
            rng.choice(list(Outcome)).value,
        )
        cells[key] += rng.choice([1, 1, 1, 2, 3, 7])
    return Counts(cells)


def published(report_csv: str) -> dict[str, list[Shown]]:
    tables: dict[str, list[Shown]] = {}
    for table, label, text in list(csv.reader(io.StringIO(report_csv)))[1:]:
        count = int(text) if text.isdigit() else None
        tables.setdefault(table, []).append(Shown(label, count, text))
    return tables


def test_no_table_of_a_report_gives_a_small_count_away():
    """Every table adds up to the total the report shows (the founding opportunities to the
    outcome "no group within 25 km"), and a topic has no more searches without a group near than
    searches: none of that pins a "<5" to one value."""
    for seed in range(200):
        tables = published(as_csv(build_report(random_counts(seed), "Test", str)))
        total = int(tables["total"][0].text)
        for name in ("weeks", "sources", "topics", "outcomes"):
            assert_protected(tables[name], (total, total), seed)
        merged = Shown("", None, "<5")  # merged into "other": small
        near = next((r for r in tables["outcomes"] if r.label == "keine Gruppe in 25 km"), merged)
        topics = {r.label: r.count for r in tables["topics"]}
        founding = tables.get("founding", [])
        ceilings = [topics.get(r.label) or math.inf for r in founding]
        assert_protected(founding, near.bounds if near.text != "≥5" else (5, total), seed, ceilings)


def assert_protected(rows: list[Shown], total: tuple[float, float], seed: int, ceilings=None) -> None:
    """The exact range of every "<5", from interval sums (the lines are too long to enumerate)."""
    ceilings = ceilings or [math.inf] * len(rows)
    low = [r.count if r.count is not None else 1 if r.text == "<5" else 5 for r in rows]
    high = [r.count if r.count is not None else 4 if r.text == "<5" else c for r, c in zip(rows, ceilings, strict=True)]
    for i, row in enumerate(rows):
        if row.text == "<5":
            others_low, others_high = sum(low) - low[i], sum(high) - high[i]
            assert total[1] - others_low >= 4 and total[0] - others_high <= 1, (seed, rows)


def test_a_report_of_few_conversations_shows_nothing_but_that():
    few = Counts(Counter({("2026-W40", "other", "alkohol", "found"): 3}))
    report = build_report(few, "Test", str)
    assert report.total.text == "<5" and report.tables == ()


def seeded_database(tmp_path) -> str:
    url = f"sqlite:///{tmp_path}/report.sqlite3"
    runtime = open_runtime(Database(url, migrate=True, demo=True))
    found = Reached(Outcome.FOUND, "demo-leipzig", "flyer", "alkohol", "relative")
    none_near = Reached(Outcome.NONE_NEAR, "demo-leipzig", "other", "gluecksspiel", "affected")
    adhs = Reached(Outcome.NONE_NEAR, "demo-leipzig", "other", "adhs", "affected")
    grief = Reached(Outcome.NONE_NEAR, "demo-leipzig", "flyer", "trauer", "relative")
    elsewhere = Reached(Outcome.FOUND, "demo-dresden", "other", "depression", "any")
    week = datetime(2026, 10, 14, tzinfo=UTC)
    rows = [counter_row(found, week)] * 12 + [counter_row(none_near, week)] * 6
    rows += [counter_row(adhs, week)] * 3 + [counter_row(grief, week)] * 2
    rows += [counter_row(elsewhere, datetime(2026, 11, 3, tzinfo=UTC))] * 9
    with runtime.engine.begin() as connection:
        add_counts(connection, rows)
    return url


def test_the_report_command_in_each_format(tmp_path):
    db = seeded_database(tmp_path)
    md = run_cli("report", "--contact-point", "demo-leipzig", db=db)
    assert md.returncode == 0, md.stderr
    assert md.stdout.index("Gründungschancen") < md.stdout.index("Gespräche pro Woche")
    founding = md.stdout.split("## Gründungschancen")[1].split("##")[0]
    assert founding.index("| Spielsucht | 6 |") < founding.index("| ADHS | <5 |") < founding.index("| Trauer | <5 |")
    assert "| 2026-W42 | 23 |" in md.stdout and "Depression" not in md.stdout  # only this contact point

    assert run_cli("report", "--format", "csv", "-o", str(tmp_path / "r.csv"), db=db).returncode == 0
    rows = list(csv.reader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert rows[0] == ["table", "row", "count"] and ["total", "alle Kontaktstellen", "32"] in rows
    assert ["weeks", "2026-W45", "9"] in rows and ["weeks", "2026-W43", "0"] in rows

    page = run_cli("report", "--format", "html", "--since", "2026-10-01", "-o", str(tmp_path / "r.html"), db=db)
    assert page.returncode == 0, page.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'class="bar' in html and "@media print" in html
    assert not re.search(r"<script|<link|<img|src=|href=|@import|url\(|@font-face", html)  # nothing to load
    later = run_cli("report", "--since", "2026-11-02", "--format", "csv", db=db)
    assert "total,alle Kontaktstellen,9" in later.stdout


def test_the_report_command_refuses_bad_input(tmp_path):
    db = seeded_database(tmp_path)
    bad_date = run_cli("report", "--since", "14.10.2026", db=db)
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    unknown = run_cli("report", "--contact-point", "nowhere", db=db)
    assert unknown.returncode == 2 and "nowhere" in unknown.stderr

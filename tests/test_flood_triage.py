"""The verdicts remembered for a flood's repeated texts (bot/telegram/flood_triage.py)."""

from __future__ import annotations

from bot.telegram.flood_triage import MAX_REMEMBERED, FloodTriage


def counting(danger: set[str]):
    asked: list[tuple[str, str]] = []

    def urgent(text: str, lang: str) -> bool:
        asked.append((text, lang))
        return text in danger

    return FloodTriage(urgent), asked


def test_a_repeated_text_is_triaged_once_and_keeps_its_verdict():
    flood, asked = counting({"ich will nicht mehr leben"})
    index = object()
    verdicts = [flood.urgent(text, "de", index) for text in ["hallo", "ich will nicht mehr leben"] * 50]
    assert verdicts == [False, True] * 50
    assert asked == [("hallo", "de"), ("ich will nicht mehr leben", "de")]


def test_the_language_is_part_of_what_is_remembered():
    flood, asked = counting(set())
    index = object()
    flood.urgent("die", "de", index)
    flood.urgent("die", "en", index)
    assert asked == [("die", "de"), ("die", "en")]


def test_a_reloaded_directory_forgets_the_verdicts():
    flood, asked = counting(set())
    flood.urgent("Spielsucht", "de", object())
    flood.urgent("Spielsucht", "de", object())
    assert len(asked) == 2


def test_only_the_latest_are_remembered_and_never_as_text():
    flood, asked = counting(set())
    index = object()
    for number in range(MAX_REMEMBERED + 1):
        flood.urgent(f"nachricht {number}", "de", index)
    flood.urgent(f"nachricht {MAX_REMEMBERED}", "de", index)  # the latest: remembered
    assert len(asked) == MAX_REMEMBERED + 1
    flood.urgent("nachricht 0", "de", index)  # the oldest: let go
    assert len(asked) == MAX_REMEMBERED + 2
    kept = repr(vars(flood))
    assert "nachricht" not in kept

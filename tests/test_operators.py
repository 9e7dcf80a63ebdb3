"""OPERATOR_IDS and the operators' command arguments (the bot itself: test_telegram_operators.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigProblem, Settings, parse_operators, settings
from bot.outreach.kit import FlyerProblem
from bot.telegram.application import file_url
from bot.telegram.operators import MESSAGE_CHARACTERS, Flyer, file_stem, flyer_request, import_mode, shortened
from dialogs.model import LANGUAGES

CONTACT_POINT = st.text(st.characters(exclude_characters=",", exclude_categories=("Cs", "Z", "Cc")), min_size=1)


@given(st.dictionaries(st.integers(0, 10**15), CONTACT_POINT.filter(lambda s: len(s) <= 100), max_size=5))
def test_operator_ids_read_back_as_written(operators):
    text = " , ".join(f"{user} : {cp}" for user, cp in operators.items())
    assert parse_operators(text) == operators


@given(st.text(max_size=40))
def test_anything_parses_or_is_refused_with_a_reason(text):
    try:
        parsed = parse_operators(text)
    except ValueError as exc:
        assert "USER_ID:CONTACT_POINT_ID" in str(exc) or "repeats a user id" in str(exc)
    else:
        assert all(isinstance(user, int) and cp == cp.strip() and cp for user, cp in parsed.items())


def test_a_refusal_names_the_entry_by_its_place_not_the_id():
    with pytest.raises(ValueError, match="entry 2 of 3") as refused:
        parse_operators("4711:kiss, 4712 kiss-dresden, 4713:kiss-berlin")
    assert "471" not in str(refused.value)


def test_operator_ids_at_start(monkeypatch):
    monkeypatch.setenv("OPERATOR_IDS", "12345:kiss-leipzig, 67890:kiss-dresden")
    assert Settings().operator_ids == {12345: "kiss-leipzig", 67890: "kiss-dresden"}
    monkeypatch.setenv("OPERATOR_IDS", "12345:kiss-leipzig,kiss-dresden")
    settings.cache_clear()
    try:
        with pytest.raises(ConfigProblem, match=r"^OPERATOR_IDS: entry 2 of 2 is not USER_ID:CONTACT_POINT_ID"):
            settings()
    finally:
        settings.cache_clear()
    monkeypatch.setenv("OPERATOR_IDS", "1:a,1:b")
    with pytest.raises(ValueError, match="repeats a user id"):
        Settings()
    monkeypatch.delenv("OPERATOR_IDS")
    assert Settings().operator_ids == {}


def test_flyer_arguments_in_any_order():
    assert flyer_request([]) == Flyer(LANGUAGES, "a4", "pdf")
    assert flyer_request(["A5", "ar,de", "svg"]) == Flyer(("ar", "de"), "a5", "svg")
    with pytest.raises(FlyerProblem, match=r"^'a3'\? /flyer"):
        flyer_request(["a3"])


@given(st.lists(st.sampled_from(["de", "ar,uk", "en,en", "A5", "a6", "svg", "png", "xx", "de,", ",", "a3"])))
def test_flyer_arguments_are_read_or_refused_with_the_usage(words):
    try:
        flyer = flyer_request(words)
    except FlyerProblem as exc:
        assert "/flyer [languages]" in str(exc)
    else:
        assert set(flyer.langs) <= set(LANGUAGES) and len(set(flyer.langs)) == len(flyer.langs)
        assert flyer.size in ("a4", "a5", "a6") and flyer.fmt in ("pdf", "png", "svg")


def test_import_arguments():
    assert import_mode([]) is False
    assert import_mode(["replace"]) is True and import_mode(["--replace"]) is True
    assert import_mode(["everything"]) is None and import_mode(["replace", "now"]) is None


def test_file_names_and_file_addresses():
    assert file_stem("kiss-leipzig") == "kiss-leipzig" and file_stem("../KISS Köln") == "_KISS_K_ln"
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_url("https://api.example.org/") == "https://api.example.org/file/bot"


def test_a_long_answer_is_cut_at_a_line_for_the_message():
    assert shortened("kurz\n" * 10) is None
    lines = [f"line {n}: coordinates from postal code (Leipzig)" for n in range(500)]
    head = shortened("\n".join(lines))
    assert len(head) <= MESSAGE_CHARACTERS + 60 and head.endswith("in the file import-report.txt)")
    assert head.splitlines()[-2] in lines
    assert shortened("x" * 5000).startswith("x" * MESSAGE_CHARACTERS + "\n")

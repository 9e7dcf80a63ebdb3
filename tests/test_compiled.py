"""The compiled-data cache: built once, read back the same, and never in the way."""

from __future__ import annotations

import logging

import pytest

from bot import compiled as cache
from bot.crisis_data import _compile_lexicon
from dialogs.triage import triage


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_back(folder):
    build, calls = counting({"words": ("a", "b")})
    assert cache.compiled("thing", build) == {"words": ("a", "b")}
    assert cache.compiled("thing", build) == {"words": ("a", "b")}
    assert len(calls) == 1
    assert [p.name for p in folder.iterdir()] == [f"thing-{cache.version()}.pickle"]
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_corrupt_file_is_built_anew_and_replaced(folder, caplog):
    build, calls = counting([1, 2, 3])
    cache.compiled("thing", build)
    (folder / f"thing-{cache.version()}.pickle").write_bytes(b"\x80\x05truncated")
    with caplog.at_level(logging.WARNING):
        assert cache.compiled("thing", build) == [1, 2, 3]
    assert "unreadable" in caplog.text
    assert cache.compiled("thing", build) == [1, 2, 3]
    assert len(calls) == 2


def test_older_versions_are_removed(folder):
    folder.mkdir()
    (folder / "thing-0000older.pickle").write_bytes(b"old")
    (folder / "other-0000older.pickle").write_bytes(b"keep")
    cache.compiled("thing", lambda: 1)
    assert sorted(p.name for p in folder.iterdir()) == ["other-0000older.pickle", f"thing-{cache.version()}.pickle"]


def test_an_unwritable_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    build, calls = counting("value")
    assert cache.compiled("thing", build) == "value"
    assert cache.compiled("thing", build) == "value"
    assert len(calls) == 2


def test_off_builds_every_time(monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    build, calls = counting("value")
    cache.compiled("thing", build)
    cache.compiled("thing", build)
    assert len(calls) == 2


def test_the_cached_lexicon_reads_as_the_compiled_one(folder):
    fresh = _compile_lexicon()
    cache.compiled("lexicon", _compile_lexicon)
    cached = cache.compiled("lexicon", lambda: pytest.fail("the lexicon was built again"))
    messages = [
        ("ich will nicht mehr leben", "de"),
        ("ich will die Adresse wissen", "de"),
        ("mein bruder reagiert nicht mehr, hat zu viele tabletten genommen", "de"),
        ("i cant go on, bought a rope today", "en"),
        ("ölmek istiyorum", "tr"),
        ("ölmek istemiyorum, grup arıyorum", "tr"),
        ("не хочу жить", "ru"),
        ("أريد أن أموت", "ar"),
        ("я хочу вмерти", "uk"),
        ("umbrinegn", "de"),
    ]
    for text, lang in messages:
        assert triage(text, cached, lang) == triage(text, fresh, lang), text
    assert triage("ich will nicht mehr leben", cached, "de").level == "crisis"

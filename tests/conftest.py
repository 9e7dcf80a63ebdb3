"""Shared fixtures: a runtime on a fresh SQLite file with the demo directory, or with a given one."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bot.directory.store import import_files, load_index
from bot.runtime import Runtime, open_runtime


@pytest.fixture
def runtime(tmp_path) -> Runtime:
    return open_runtime(f"sqlite:///{tmp_path}/test.sqlite3")


@pytest.fixture(scope="session")
def demo_runtime(tmp_path_factory) -> Runtime:
    """Read-only use only: one runtime with the demo directory for the whole session."""
    return open_runtime(f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.sqlite3")


@pytest.fixture(scope="session")
def directory_runtime(tmp_path_factory) -> Callable[[dict], Runtime]:
    """Build a runtime over a directory in the import format (imported as `python -m bot import` does)."""

    def load(directory: dict) -> Runtime:
        folder = tmp_path_factory.mktemp("directory")
        source = folder / "directory.json"
        source.write_text(json.dumps(directory, ensure_ascii=False), encoding="utf-8")
        runtime = open_runtime(f"sqlite:///{folder}/directory.sqlite3", seed=False)
        matcher = runtime.services.index.matcher
        with runtime.sessions.begin() as session:
            import_files(session, [source], matcher, runtime.services.gazetteer)
        with runtime.sessions() as session:
            runtime.services.index = load_index(session, matcher)
        return runtime

    return load

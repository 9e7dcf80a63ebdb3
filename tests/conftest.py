"""Shared fixtures: a runtime on a fresh SQLite file with the demo directory."""

from __future__ import annotations

import pytest

from bot.runtime import Runtime, open_runtime


@pytest.fixture
def runtime(tmp_path) -> Runtime:
    return open_runtime(f"sqlite:///{tmp_path}/test.sqlite3")


@pytest.fixture(scope="session")
def demo_runtime(tmp_path_factory) -> Runtime:
    """Read-only use only: one runtime with the demo directory for the whole session."""
    return open_runtime(f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.sqlite3")

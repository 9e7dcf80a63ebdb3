"""Shared fixtures: fresh databases (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set), and
runtimes over the demo directory or a given one."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from bot.directory.store import import_files, load_index
from bot.runtime import Database, Runtime, open_runtime
from tests.databases import KINDS, NO_POSTGRES, POSTGRES, fresh_postgres


@pytest.fixture(params=KINDS)
def database_url(request, tmp_path) -> Iterator[str]:
    """An empty database, once SQLite and once PostgreSQL: every test that stores something runs on both."""
    request.node.user_properties.append(("database", request.param))
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/test.sqlite3"
    elif not POSTGRES:
        pytest.skip(NO_POSTGRES)
    else:
        with fresh_postgres() as url:
            yield url


@pytest.fixture
def runtime(database_url) -> Iterator[Runtime]:
    runtime = open_runtime(Database(database_url, migrate=True, demo=True))
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(scope="session")
def demo_runtime(tmp_path_factory) -> Runtime:
    """Read-only use only: one runtime with the demo directory for the whole session."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.sqlite3"
    return open_runtime(Database(url, migrate=True, demo=True))


@pytest.fixture(scope="session")
def directory_runtime(tmp_path_factory) -> Callable[[dict], Runtime]:
    """Build a runtime over a directory in the import format (imported as `python -m bot import` does)."""

    def load(directory: dict) -> Runtime:
        folder = tmp_path_factory.mktemp("directory")
        source = folder / "directory.json"
        source.write_text(json.dumps(directory, ensure_ascii=False), encoding="utf-8")
        runtime = open_runtime(Database(f"sqlite:///{folder}/directory.sqlite3", migrate=True))
        matcher = runtime.services.index.matcher
        with runtime.sessions.begin() as session:
            import_files(session, [source], matcher, runtime.services.gazetteer)
        with runtime.sessions() as session:
            runtime.services.index = load_index(session, matcher)
        return runtime

    return load


def pytest_report_header() -> str:
    return f"database tests: {'SQLite and PostgreSQL' if POSTGRES else 'SQLite only, ' + NO_POSTGRES}"


def pytest_terminal_summary(terminalreporter) -> None:
    """How many database tests ran on each database: CI's log shows that both ran."""
    outcomes: Counter[tuple[str, str]] = Counter()
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            database = dict(getattr(report, "user_properties", ())).get("database")
            if database and (report.when == "call" or report.outcome != "passed"):
                outcomes[database, outcome] += 1
    for database in KINDS:
        counts = ", ".join(f"{n} {outcome}" for (db, outcome), n in sorted(outcomes.items()) if db == database)
        if counts:
            reason = f": {NO_POSTGRES}" if database == "postgresql" and not POSTGRES else ""
            terminalreporter.write_line(f"database tests on {database}: {counts}{reason}")

"""Shared fixtures: fresh databases (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set), and
runtimes over the demo directory or a given one."""

from __future__ import annotations

import fcntl
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.compiled import CACHE_ENV
from bot.directory.gazetteer import default_gazetteer
from bot.directory.store import import_files
from bot.directory.topic_matcher import default_matcher
from bot.runtime import Database, Runtime, open_runtime
from bot.storage.engine import make_engine, sessions
from tests.conversation import AT_KISS_LEIPZIG, KISS_LEIPZIG, leipzig_directory
from tests.databases import KINDS, NO_POSTGRES, POSTGRES, fresh_postgres, migrated

ALONE_LOCKS = "LOTSE_TESTS_ALONE_LOCKS"  # the folder of the locks by which `alone` tests have the machine


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


def timeless(runtime: Runtime) -> Runtime:
    """The crisis lines in the order of data/crisis, whatever the hour the tests run at (a line's hours move it:
    tests/test_crisis_hours.py sets the hour it needs)."""
    runtime.services.clock = lambda: None
    return runtime


@pytest.fixture
def runtime(database_url) -> Iterator[Runtime]:
    runtime = timeless(open_runtime(Database(database_url, migrate=True, demo=True)))
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(scope="session")
def demo_runtime(tmp_path_factory) -> Runtime:
    """Read-only use only: one runtime with the demo directory for the whole session."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.sqlite3"
    return timeless(open_runtime(Database(url, migrate=True, demo=True)))


@pytest.fixture(scope="session")
def import_directory(tmp_path_factory) -> Callable[[str, dict], str]:
    """Import a directory in the import format into a database (upgraded first), as `python -m bot
    import` does but in this process: quicker than a process of its own. Returns the URL. The matcher
    is the product's own, compiled once and cached (building one anew takes seconds)."""
    matcher = default_matcher()

    def load(url: str, directory: dict) -> str:
        source = tmp_path_factory.mktemp("directory") / "directory.json"
        source.write_text(json.dumps(directory, ensure_ascii=False), encoding="utf-8")
        engine = make_engine(migrated(url))
        with sessions(engine).begin() as session:
            import_files(session, [source], matcher, default_gazetteer())
        engine.dispose()
        return url

    return load


@pytest.fixture(scope="session")
def directory_runtime(tmp_path_factory, import_directory) -> Callable[[dict], Runtime]:
    """Build a runtime over a directory in the import format."""

    def load(directory: dict) -> Runtime:
        url = f"sqlite:///{tmp_path_factory.mktemp('directory')}/directory.sqlite3"
        return timeless(open_runtime(Database(import_directory(url, directory))))

    return load


@pytest.fixture(scope="module")
def alcohol_in_leipzig(directory_runtime) -> Runtime:
    """A directory of the operator's own, no demo: one contact point and one alcohol group in Leipzig."""
    return directory_runtime(
        leipzig_directory(
            {"id": "g1", "name": "Alkohol", **AT_KISS_LEIPZIG}, contact_points=[{**KISS_LEIPZIG, "phone": "0341 123"}]
        )
    )


def pytest_configure(config) -> None:
    """The compiled data (lexicon, matcher, gazetteer) cached in this checkout's .pytest_cache, for
    this process and every bot and CLI process the tests start: in the shared user cache, another
    checkout with other data replaces it, and each of the hundreds of processes builds anew (5 s)."""
    if getattr(config, "cache", None) is not None:
        os.environ.setdefault(CACHE_ENV, str(config.cache.mkdir("compiled")))
        if not os.environ.get("PYTEST_XDIST_WORKER"):  # the workers started after this inherit it
            os.environ[ALONE_LOCKS] = str(config.cache.mkdir("alone"))


def pytest_xdist_auto_num_workers(config) -> int | None:
    """`-n auto` (addopts): a worker per core, unless the run prints its figures (`-s`: a worker's
    output is not shown) or times benchmarks (`-m bench`: they need the cores to themselves)."""
    benchmarks = "bench" in config.option.markexpr.replace("not bench", "")
    return 0 if config.option.capture == "no" or benchmarks else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """A test marked `alone` (it asserts how fast the bot answers or exits) runs while no other worker
    runs a test: the others wait before their next one. A fair readers-writer lock over two files:
    whoever holds the gate is next, so the other workers' tests cannot keep an `alone` test waiting."""
    folder = os.environ.get(ALONE_LOCKS)
    if not folder or not os.environ.get("PYTEST_XDIST_WORKER"):
        return (yield)
    alone = item.get_closest_marker("alone") is not None
    with open(f"{folder}/gate", "a") as gate, open(f"{folder}/tests", "a") as tests:
        fcntl.flock(gate, fcntl.LOCK_EX)
        fcntl.flock(tests, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        if not alone:
            fcntl.flock(gate, fcntl.LOCK_UN)
        return (yield)  # closing the files lets go of the locks


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


READ_OTHERWISE = Path(__file__).with_name("read_otherwise.tsv")


def pytest_collection_modifyitems(config, items) -> None:
    """Rows the triage is known to read otherwise than written (`READ_OTHERWISE`, the one list): each an expected
    failure, strict, so that a row read as written again is taken off the list rather than forgotten."""
    lines = READ_OTHERWISE.read_text(encoding="utf-8").splitlines()
    why = {text: reason for text, _, _, reason in (line.split("\t") for line in lines if line and line[0] != "#")}
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        text = params.get("text", params.get("message"))
        if isinstance(text, str) and text in why:
            item.add_marker(pytest.mark.xfail(strict=True, reason=f"{READ_OTHERWISE.name}: {why[text]}"))

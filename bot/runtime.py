"""Build what every command needs from the settings: database, directory index, services."""

from __future__ import annotations

import contextlib
import ctypes
import gc
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.crisis_data import load_lexicon, load_resources
from bot.directory.gazetteer import default_gazetteer
from bot.directory.store import load_index, refresh_index, seed_demo
from bot.directory.topic_matcher import default_matcher
from bot.services import LotseServices
from bot.storage import schema
from bot.storage.engine import database_errors, make_engine, sessions


@dataclass(frozen=True)
class Database:
    """Which database a command opens, and what it may do there on its own. A configured database
    is only checked: `python -m bot migrate` upgrades it, `import` fills it. The embedded default
    (an SQLite file for trying the bot) and `--demo` upgrade the schema themselves, and `demo`
    fills an empty directory with the invented demo directory."""

    url: str
    migrate: bool = False
    demo: bool = False


@dataclass
class Runtime:
    engine: Engine
    sessions: sessionmaker[Session]
    services: LotseServices


def open_runtime(database: Database, crisis_country: str = "DE") -> Runtime:
    """Raises DatabaseProblem when the database cannot be used as it is. The collector is paused while
    the directory loads: its objects all live as long as the process, and walking them again and
    again took 3 of 9 seconds at 100,000 groups."""
    gc.disable()
    try:
        return _open(database, crisis_country)
    finally:
        gc.enable()
        _return_freed_memory()


def _return_freed_memory() -> None:
    """Hand what loading freed back to the system: glibc keeps it otherwise (the search index
    arrives from PostgreSQL as hex text; 8-30 MB at 100,000 groups). Elsewhere nothing to do."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def open_engine(database: Database) -> Engine:
    """The engine of a database whose schema is this code's (upgraded first where allowed)."""
    with database_errors():
        engine = make_engine(database.url)
        if database.migrate:
            schema.migrate(engine)
        else:
            schema.check(engine)
    return engine


def _open(database: Database, crisis_country: str) -> Runtime:
    engine = open_engine(database)
    make_session = sessions(engine)
    matcher = default_matcher()
    gazetteer = default_gazetteer()
    with make_session.begin() as session:
        if database.demo:
            seed_demo(session, matcher, gazetteer)
        if database.migrate:  # a database that upgrades itself keeps its index current, as `migrate` does
            refresh_index(session.connection())
        index = load_index(session.connection(), matcher)
    services = LotseServices(index, gazetteer, load_resources(crisis_country), load_lexicon())
    return Runtime(engine, make_session, services)

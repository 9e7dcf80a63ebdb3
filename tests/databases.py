"""Fresh databases for the tests: an SQLite file always, and a PostgreSQL database of its own per
test when TEST_POSTGRES_URL names a server (`.ci/with-postgres` starts a throwaway one)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from bot.storage import schema
from bot.storage.engine import database_url, make_engine

POSTGRES = os.environ.get("TEST_POSTGRES_URL", "")
KINDS = ("sqlite", "postgresql")
NO_POSTGRES = "TEST_POSTGRES_URL is not set (.ci/with-postgres sets it)"
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # for what one database shows
STORE_MODES = pytest.mark.parametrize(  # the state store's modes on each database: only SQLite can be asked inline
    ("database_url", "inline"),
    [("sqlite", True), ("sqlite", False), ("postgresql", False)],
    ids=["sqlite-inline", "sqlite-pooled", "postgresql-pooled"],
    indirect=["database_url"],
)


@contextlib.contextmanager
def fresh_postgres() -> Iterator[str]:
    """A new empty database on the test server, dropped afterwards (with whatever still uses it)."""
    name = f"lotse_test_{uuid.uuid4().hex[:12]}"
    _on_server(f'CREATE DATABASE "{name}"')
    yield database_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    _on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def migrated(url: str) -> str:
    """The database brought to the newest schema, as `python -m bot migrate` does (in this process: quicker)."""
    engine = make_engine(url)
    schema.migrate(engine)
    engine.dispose()
    return url


def take_down(url: str) -> None:
    """The database gone under a running bot: an SQLite file overwritten, a PostgreSQL database dropped."""
    path = Path(make_url(url).database)
    if url.startswith("sqlite"):
        for part in path.parent.glob(f"{path.name}*"):
            with part.open("r+b") as f:  # the open connections now read garbage; the files keep their
                f.write(b"\0" * max(part.stat().st_size, 4096))  # size: a shorter -shm, mapped, is SIGBUS
    else:
        _on_server(f'DROP DATABASE "{path.name}" WITH (FORCE)')


def _on_server(statement: str) -> None:
    admin = create_engine(database_url(POSTGRES), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(statement)
    admin.dispose()

"""The schema's revision: brought up to date by `python -m bot migrate` under a database lock, and
checked by every other command before it touches anything.

Migrating is an explicit step because replicas start together: each of them upgrading on its own
had two processes create the same tables at once. The lock makes `migrate` (and the Alembic
command line, whose env.py takes it too) safe to run from several processes: the first upgrades,
the others wait and then find the schema current.

Only migrating imports Alembic (with Mako and Pygments: 10 MB and 0.1 s of every start); the check
reads the revision table itself and takes the code's revisions from bot/compiled.py's cache.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from bot.compiled import compiled
from bot.storage.engine import DatabaseProblem

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
LOCK_KEY = 0x5E1B_57_4C  # pg_advisory_xact_lock's key for migrations: any number no other code uses
SQLITE_LOCK_WAIT_MS = 120_000  # another process migrating an SQLite file is waited for this long
SQLITE_DEFAULT_WAIT_MS = 5_000  # sqlite3's default timeout


class SchemaMismatch(DatabaseProblem):
    """The database's schema is not the one this code was written for."""


def migrate(engine: Engine) -> tuple[str | None, str | None]:
    """Upgrade to the newest revision under the lock (a database from newer code is left alone);
    the revisions before and after."""
    from alembic import command

    config = _config()
    with locked(engine) as connection:
        before = _current(connection)
        _refuse_newer(before)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        return before, _current(connection)


def check(engine: Engine) -> None:
    """Raise SchemaMismatch unless the database is at the newest revision this code knows."""
    head, _known = revisions()
    with engine.connect() as connection:
        current = _current(connection)
    if current != head:
        _refuse_newer(current)
        raise SchemaMismatch(
            f"the database schema is at revision {current or 'none'}, this code needs {head}: "
            "run `python -m bot migrate`"
        )


def revisions() -> tuple[str, frozenset[str]]:
    """The code's newest revision, and all of its revisions."""
    return compiled("schema-revisions", _read_revisions)


def _read_revisions() -> tuple[str, frozenset[str]]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())
    return scripts.get_current_head(), frozenset(script.revision for script in scripts.walk_revisions())


def _refuse_newer(current: str | None) -> None:
    head, known = revisions()
    if current is not None and current not in known:
        raise SchemaMismatch(
            f"the database schema (revision {current}) is newer than this code "
            f"(revision {head}): run the newer version of the bot"
        )


@contextlib.contextmanager
def locked(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other migration runs beside: PostgreSQL's advisory
    lock for the transaction, SQLite's write lock taken at BEGIN IMMEDIATE."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            yield connection
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:  # we say BEGIN ourselves
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {SQLITE_LOCK_WAIT_MS}")
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # only outside a transaction; see below
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield connection
                _references_hold(connection)
            except BaseException:
                connection.exec_driver_sql("ROLLBACK")
                raise
            connection.exec_driver_sql("COMMIT")
        finally:  # the connection goes back to the pool: its settings as the engine made them
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {SQLITE_DEFAULT_WAIT_MS}")


def _references_hold(connection: Connection) -> None:
    """SQLite changes a table by copying it and dropping the old one: with references enforced, the
    drop fails for a referenced table, or deletes the rows that reference it by cascade (a group's
    topic links). So migrations run without, and the references are checked before they commit."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DatabaseProblem(f"a migration left {len(broken)} rows that reference nothing; nothing was changed")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _current(connection: Connection) -> str | None:
    """The database's revision (Alembic's table), None for an empty database."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

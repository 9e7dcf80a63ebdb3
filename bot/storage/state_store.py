"""Conversation state in the database under a pseudonymous key, expiring after inactivity.

The key is an HMAC of the chat id with a server secret: the database alone does not tell who
wrote. The secret comes from STATE_SECRET, or is generated once and kept in the settings table.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine, bindparam, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.sql.dml import Insert

from bot.storage.models import ConversationState, Setting
from dialogs.model import State

SECRET_KEY = "state_secret"
LOCAL_WAIT_MS = 200  # how long a save on SQLite waits for another writer (an import) before it gives up


class StateStore:
    """`inline`: calls are quicker than handing them to a worker thread, so the caller may make
    them on its event loop. True on SQLite (a local file: tens of microseconds over one held
    connection); a PostgreSQL round trip must not block the loop. Only SQLite can be inline; tests
    pass False to run SQLite the pooled way too."""

    def __init__(self, engine: Engine, secret: str, ttl: timedelta, inline: bool | None = None):
        self._engine = engine
        self._secret = secret.encode()
        self.ttl = ttl
        self.inline = self._engine.dialect.name == "sqlite" if inline is None else inline
        self._rows: Rows = HeldFile(engine) if self.inline else PooledRows(engine)

    @classmethod
    def open(cls, engine: Engine, configured_secret: str, ttl_hours: float) -> StateStore:
        return cls(engine, configured_secret or stored_secret(engine), timedelta(hours=ttl_hours))

    def key(self, chat_id: int) -> str:
        return hmac.new(self._secret, str(chat_id).encode(), hashlib.sha256).hexdigest()

    def load(self, key: str) -> State | None:
        """The person's state, or None if there is none or it has expired."""
        row = self._rows.load(key)
        if row is None or _aware(row[1]) < datetime.now(UTC) - self.ttl:
            return None
        return State.from_dict(row[0])

    def save(self, key: str, state: State) -> None:
        self._rows.save(key, state.to_dict(), datetime.now(UTC))

    def forget(self, key: str) -> None:
        self._rows.forget(key)

    def purge_expired(self) -> int:
        """Runs in a worker thread, so on a pooled connection, never the held one."""
        cutoff = datetime.now(UTC) - self.ttl
        with self._engine.begin() as connection:
            return connection.execute(delete(_TABLE).where(_TABLE.c.updated_at < cutoff)).rowcount


class Rows(Protocol):
    """One person's row: the stored state and when it was written. Failures raise SQLAlchemyError."""

    def load(self, key: str) -> tuple[dict, datetime] | None: ...

    def save(self, key: str, state: dict, at: datetime) -> None: ...

    def forget(self, key: str) -> None: ...


class PooledRows:
    """SQLAlchemy Core on pooled connections: safe from worker threads, for any database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._upsert = state_upsert(engine.dialect.name)

    def load(self, key: str) -> tuple[dict, datetime] | None:
        with self._engine.connect() as connection:
            row = connection.execute(_LOAD, {"key": key}).first()
        return None if row is None else (row.state, row.updated_at)

    def save(self, key: str, state: dict, at: datetime) -> None:
        """One upsert statement: this runs on every update, so no ORM unit of work."""
        with self._engine.begin() as connection:
            connection.execute(self._upsert, {"key": key, "state": state, "updated_at": at})

    def forget(self, key: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(_FORGET, {"key": key})


class HeldFile:
    """One held sqlite3 connection, used directly: SQLAlchemy's work per statement cost more than
    SQLite's own (40 against 14 µs to load). The statements are PooledRows' own, compiled once, and
    values are converted by the columns' SQLAlchemy types, so both ways read each other's rows. A
    busy file (an import holds the write lock) is waited for briefly, so the event loop is never
    stalled for long: that turn goes unsaved."""

    def __init__(self, engine: Engine) -> None:
        self._held = engine.raw_connection()  # through the pool: the engine's PRAGMAs apply
        self._held.driver_connection.execute(f"PRAGMA busy_timeout = {LOCAL_WAIT_MS}")
        named = sqlite.dialect(paramstyle="named")  # sqlite3 takes :name parameters from a dict
        self._load_sql, self._forget_sql = str(_LOAD.compile(dialect=named)), str(_FORGET.compile(dialect=named))
        self._save_sql = str(state_upsert("sqlite").compile(dialect=named, column_keys=list(_TABLE.c.keys())))
        dialect = engine.dialect
        state, updated = (_TABLE.c[name].type.dialect_impl(dialect) for name in ("state", "updated_at"))
        self._state_in, self._state_out = state.bind_processor(dialect), state.result_processor(dialect, None)
        self._time_in, self._time_out = updated.bind_processor(dialect), updated.result_processor(dialect, None)

    def load(self, key: str) -> tuple[dict, datetime] | None:
        with self._sqlite() as connection:
            row = connection.execute(self._load_sql, {"key": key}).fetchone()
        return None if row is None else (self._state_out(row[0]), self._time_out(row[1]))

    def save(self, key: str, state: dict, at: datetime) -> None:
        values = {"key": key, "state": self._state_in(state), "updated_at": self._time_in(at)}
        with self._sqlite() as connection:
            connection.execute(self._save_sql, values)
            connection.commit()

    def forget(self, key: str) -> None:
        with self._sqlite() as connection:
            connection.execute(self._forget_sql, {"key": key})
            connection.commit()

    @contextlib.contextmanager
    def _sqlite(self) -> Iterator[sqlite3.Connection]:
        connection = self._held.driver_connection
        try:
            yield connection
        except sqlite3.Error as error:
            connection.rollback()
            raise DBAPIError.instance(None, None, error, sqlite3.Error) from error


def stored_secret(engine: Engine) -> str:
    """The generated secret; when two replicas start at once, the first one written wins."""
    stored = select(Setting.value).where(Setting.key == SECRET_KEY)
    try:
        with engine.begin() as connection:
            value = connection.scalar(stored)
            if value is None:
                value = secrets.token_hex(32)
                connection.execute(insert(Setting).values(key=SECRET_KEY, value=value))
            return value
    except IntegrityError:
        with engine.connect() as connection:
            return connection.scalars(stored).one()


_TABLE = ConversationState.__table__
_LOAD = select(_TABLE.c.state, _TABLE.c.updated_at).where(_TABLE.c.key == bindparam("key"))
_FORGET = delete(_TABLE).where(_TABLE.c.key == bindparam("key"))


def state_upsert(dialect: str) -> Insert:
    """Insert, or replace the state and time of an existing key (SQLite and PostgreSQL say it alike)."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](_TABLE)
    return insert.on_conflict_do_update(
        index_elements=[_TABLE.c.key], set_={"state": insert.excluded.state, "updated_at": insert.excluded.updated_at}
    )


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

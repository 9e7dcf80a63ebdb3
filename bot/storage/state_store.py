"""Conversation state in the database under a pseudonymous key, expiring after inactivity.

The key is an HMAC of the chat id with a server secret: the database alone does not tell who
wrote. The secret never sits in the database (bot/storage/state_key.py).

What is deleted leaves nothing recoverable on SQLite: every connection overwrites deleted content
(`secure_delete`, bot/storage/engine.py), and after a forget or a purge the write-ahead log, which
still holds the pages as they were before, is checkpointed and truncated. That also clears the
earlier versions of every other state, which each save leaves in the log. A forget on the event
loop does not wait for other connections (a replica reading, an import): a truncation they
block is repeated by the next purge (a worker thread, every ten minutes).

The outcome a step reached (`State.reached`, for the demand report) is counted in the same
transaction as the state is saved: counted once, or not at all when the save fails. A purge counts
the expired conversations that never reached one as left before a result (dialogs/outcomes.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine, bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert

from bot.storage.demand_counts import TABLE as TABLE_COUNTS
from bot.storage.demand_counts import add_counts, counter_row, increment
from bot.storage.models import ConversationState
from dialogs.model import State
from dialogs.outcomes import left_before_result

log = logging.getLogger(__name__)
EMPTY_THE_LOG = "PRAGMA wal_checkpoint(TRUNCATE)"  # copies the log into the file and cuts it to 0 bytes
LOCAL_WAIT_MS = 200  # how long a save on SQLite waits for another writer (an import) before it gives up


class StateStore:
    """`inline`: calls are quicker than handing them to a worker thread, so the caller may make
    them on its event loop. True on SQLite (a local file: tens of microseconds over one held
    connection); a PostgreSQL round trip must not block the loop. Only SQLite can be inline; tests
    pass False to run SQLite the pooled way too."""

    def __init__(self, engine: Engine, secret: str, ttl: timedelta, inline: bool | None = None):
        if not secret:
            raise ValueError("a state store needs a secret (bot/storage/state_key.py)")
        self._engine = engine
        self._secret = secret.encode()
        self.ttl = ttl
        self.inline = self._engine.dialect.name == "sqlite" if inline is None else inline
        self._rows: Rows = HeldFile(engine) if self.inline else PooledRows(engine)

    @classmethod
    def open(cls, engine: Engine, secret: str, ttl_hours: float) -> StateStore:
        """At start the log is emptied too: what an earlier run or a migration deleted leaves it."""
        store = cls(engine, secret, timedelta(hours=ttl_hours))
        empty_the_log(engine)
        return store

    def key(self, chat_id: int) -> str:
        return hmac.new(self._secret, str(chat_id).encode(), hashlib.sha256).hexdigest()

    def load(self, key: str) -> State | None:
        """The person's state, or None if there is none or it has expired."""
        row = self._rows.load(key)
        if row is None or _aware(row[1]) < datetime.now(UTC) - self.ttl:
            return None
        return State.from_dict(row[0])

    def save(self, key: str, state: State) -> None:
        now = datetime.now(UTC)
        self._rows.save(key, state.to_dict(), now, [counter_row(state.reached, now)] if state.reached else [])

    def forget(self, key: str) -> None:
        self._rows.forget(key)

    def purge_expired(self) -> int:
        """Runs in a worker thread, so on a pooled connection, never the held one. Empties the log
        every time, so old versions of states stay in it for one purge interval at most."""
        cutoff = datetime.now(UTC) - self.ttl
        with self._engine.begin() as connection:
            removed = connection.execute(_EXPIRE, {"cutoff": cutoff}).all()
            left = ((left_before_result(State.from_dict(row.state)), row.updated_at) for row in removed)
            add_counts(connection, [counter_row(reached, at) for reached, at in left if reached])
        empty_the_log(self._engine)
        return len(removed)


class Rows(Protocol):
    """One person's row: the stored state and when it was written. Failures raise SQLAlchemyError."""

    def load(self, key: str) -> tuple[dict, datetime] | None: ...

    def save(self, key: str, state: dict, at: datetime, counts: list[dict]) -> None:
        """Save the state and add the counts (demand counter rows), in one transaction."""
        ...

    def forget(self, key: str) -> None: ...


class PooledRows:
    """SQLAlchemy Core on pooled connections: safe from worker threads, for any database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._upsert = state_upsert(engine.dialect.name)
        self._increment = increment(engine.dialect.name)

    def load(self, key: str) -> tuple[dict, datetime] | None:
        with self._engine.connect() as connection:
            row = connection.execute(_LOAD, {"key": key}).first()
        return None if row is None else (row.state, row.updated_at)

    def save(self, key: str, state: dict, at: datetime, counts: list[dict]) -> None:
        """One upsert statement: this runs on every update, so no ORM unit of work."""
        with self._engine.begin() as connection:
            connection.execute(self._upsert, {"key": key, "state": state, "updated_at": at})
            if counts:
                connection.execute(self._increment, counts)

    def forget(self, key: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(_FORGET, {"key": key})
        empty_the_log(self._engine)


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
        self._count_sql = str(increment("sqlite").compile(dialect=named, column_keys=list(TABLE_COUNTS.c.keys())))
        dialect = engine.dialect
        state, updated = (_TABLE.c[name].type.dialect_impl(dialect) for name in ("state", "updated_at"))
        self._state_in, self._state_out = state.bind_processor(dialect), state.result_processor(dialect, None)
        self._time_in, self._time_out = updated.bind_processor(dialect), updated.result_processor(dialect, None)

    def load(self, key: str) -> tuple[dict, datetime] | None:
        with self._sqlite() as connection:
            row = connection.execute(self._load_sql, {"key": key}).fetchone()
        return None if row is None else (self._state_out(row[0]), self._time_out(row[1]))

    def save(self, key: str, state: dict, at: datetime, counts: list[dict]) -> None:
        values = {"key": key, "state": self._state_in(state), "updated_at": self._time_in(at)}
        with self._sqlite() as connection:
            connection.execute(self._save_sql, values)
            if counts:
                connection.executemany(self._count_sql, counts)
            connection.commit()

    def forget(self, key: str) -> None:
        with self._sqlite() as connection:
            connection.execute(self._forget_sql, {"key": key})
            connection.commit()
            connection.execute("PRAGMA busy_timeout = 0")  # blocked: at once, the next purge repeats it
            try:
                _emptied(connection.execute(EMPTY_THE_LOG).fetchone())
            finally:
                connection.execute(f"PRAGMA busy_timeout = {LOCAL_WAIT_MS}")

    @contextlib.contextmanager
    def _sqlite(self) -> Iterator[sqlite3.Connection]:
        connection = self._held.driver_connection
        try:
            yield connection
        except sqlite3.Error as error:
            connection.rollback()
            raise DBAPIError.instance(None, None, error, sqlite3.Error) from error


def empty_the_log(engine: Engine) -> None:
    """SQLite's write-ahead log, checkpointed and truncated; other databases have none to empty."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            _emptied(connection.exec_driver_sql(EMPTY_THE_LOG).fetchone())


def _emptied(result: tuple[int, int, int] | None) -> None:
    """wal_checkpoint answers (busy, frames in the log, frames copied); busy when another
    connection read or wrote meanwhile."""
    if result is not None and result[0]:
        log.info("the write-ahead log could not be emptied now (busy); the next purge empties it")


_TABLE = ConversationState.__table__
_LOAD = select(_TABLE.c.state, _TABLE.c.updated_at).where(_TABLE.c.key == bindparam("key"))
_FORGET = delete(_TABLE).where(_TABLE.c.key == bindparam("key"))
_EXPIRE = delete(_TABLE).where(_TABLE.c.updated_at < bindparam("cutoff")).returning(_TABLE.c.state, _TABLE.c.updated_at)


def state_upsert(dialect: str) -> Insert:
    """Insert, or replace the state and time of an existing key (SQLite and PostgreSQL say it alike)."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](_TABLE)
    return insert.on_conflict_do_update(
        index_elements=[_TABLE.c.key], set_={"state": insert.excluded.state, "updated_at": insert.excluded.updated_at}
    )


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

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

Replicas on one database may handle updates of one chat at the same moment, so a save succeeds
only over the row as it was read (its version, or no row): two steps from the same state cannot
both be saved, and the later one is never written over the earlier. The loser gets Outdated and
steps again from the row as it is now (bot/telegram/application.py). That costs no lock and no
extra statement: the version check is the save's own WHERE clause.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine, bindparam, delete, select, update
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


class Outdated(Exception):
    """The row changed after it was read (another step of the chat was saved, or it was deleted):
    nothing was written."""


@dataclass(frozen=True)
class Stored:
    """A person's row as read: the state (None when there is none or it has expired), the row's
    version (None: no row), and the newest Telegram update applied to it."""

    state: State | None = None
    version: int | None = None
    last_update: int | None = None

    def newer_than(self, update_id: int) -> bool:
        """Whether an update of the chat with a higher update_id (or this one) was applied already."""
        return self.last_update is not None and self.last_update >= update_id


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

    def read(self, key: str) -> Stored:
        row = self._rows.load(key)
        if row is None:
            return Stored()
        state, at, version, last_update = row
        fresh = _aware(at) >= datetime.now(UTC) - self.ttl
        return Stored(State.from_dict(state) if fresh else None, version, last_update)

    def load(self, key: str) -> State | None:
        """The person's state, or None if there is none or it has expired."""
        return self.read(key).state

    def save(self, key: str, state: State, over: Stored, update_id: int | None = None) -> Stored:
        """Save the state (and count what it reached) over the row as it was read; raise Outdated,
        writing nothing, when the row has changed since. Returns the row as written."""
        now = datetime.now(UTC)
        version = 1 if over.version is None else over.version + 1
        newest = over.last_update if update_id is None else max(update_id, over.last_update or 0)
        row = {"key": key, "state": state.to_dict(), "updated_at": now, "version": version, "last_update": newest}
        if not self._rows.save(row, [counter_row(state.reached, now)] if state.reached else [], over.version):
            raise Outdated
        return Stored(state, version, newest)

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
    """One person's row: the stored state, when it was written, its version and the newest update
    applied. Failures raise SQLAlchemyError."""

    def load(self, key: str) -> tuple[dict, datetime, int, int | None] | None: ...

    def save(self, row: dict, counts: list[dict], expected: int | None) -> bool:
        """Write the row, if it is still at the version `expected` (None: if there is none), and add
        the counts (demand counter rows), in one transaction. False when nothing was written."""
        ...

    def forget(self, key: str) -> None: ...


class PooledRows:
    """SQLAlchemy Core on pooled connections: safe from worker threads, for any database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # What was written comes back: psycopg gives no row count for an insert that did nothing.
        self._insert = state_insert(engine.dialect.name).returning(_COLUMNS.version)
        self._update = _UPDATE.returning(_COLUMNS.version)
        self._increment = increment(engine.dialect.name)

    def load(self, key: str) -> tuple[dict, datetime, int, int | None] | None:
        with self._engine.connect() as connection:
            row = connection.execute(_LOAD, {"key": key}).first()
        return None if row is None else tuple(row)

    def save(self, row: dict, counts: list[dict], expected: int | None) -> bool:
        """One statement: this runs on every update, so no ORM unit of work."""
        with self._engine.begin() as connection:
            if expected is None:
                written = connection.execute(self._insert, row).all()
            else:
                written = connection.execute(self._update, _update_values(row, expected)).all()
            if written and counts:
                connection.execute(self._increment, counts)
        return bool(written)

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
        self._insert_sql = str(state_insert("sqlite").compile(dialect=named, column_keys=list(_TABLE.c.keys())))
        self._update_sql = str(_UPDATE.compile(dialect=named, column_keys=_WRITTEN))
        self._count_sql = str(increment("sqlite").compile(dialect=named, column_keys=list(TABLE_COUNTS.c.keys())))
        dialect = engine.dialect
        state, updated = (_TABLE.c[name].type.dialect_impl(dialect) for name in ("state", "updated_at"))
        self._state_in, self._state_out = state.bind_processor(dialect), state.result_processor(dialect, None)
        self._time_in, self._time_out = updated.bind_processor(dialect), updated.result_processor(dialect, None)

    def load(self, key: str) -> tuple[dict, datetime, int, int | None] | None:
        with self._sqlite() as connection:
            row = connection.execute(self._load_sql, {"key": key}).fetchone()
        return None if row is None else (self._state_out(row[0]), self._time_out(row[1]), row[2], row[3])

    def save(self, row: dict, counts: list[dict], expected: int | None) -> bool:
        values = row | {"state": self._state_in(row["state"]), "updated_at": self._time_in(row["updated_at"])}
        with self._sqlite() as connection:
            if expected is None:
                written = connection.execute(self._insert_sql, values).rowcount
            else:
                written = connection.execute(self._update_sql, _update_values(values, expected)).rowcount
            if written and counts:
                connection.executemany(self._count_sql, counts)
            connection.commit()
        return bool(written)

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
_COLUMNS = _TABLE.c
_LOAD = select(_COLUMNS.state, _COLUMNS.updated_at, _COLUMNS.version, _COLUMNS.last_update).where(
    _COLUMNS.key == bindparam("key")
)
_FORGET = delete(_TABLE).where(_COLUMNS.key == bindparam("key"))
_EXPIRE = delete(_TABLE).where(_COLUMNS.updated_at < bindparam("cutoff")).returning(_COLUMNS.state, _COLUMNS.updated_at)
_WRITTEN = ["state", "updated_at", "version", "last_update"]  # what a save over an existing row sets
# A parameter named like a column would be set too: the key and the version read are named apart.
_UPDATE = update(_TABLE).where(_COLUMNS.key == bindparam("row_key"), _COLUMNS.version == bindparam("expected"))


def _update_values(row: dict, expected: int) -> dict:
    return {name: row[name] for name in _WRITTEN} | {"row_key": row["key"], "expected": expected}


def state_insert(dialect: str) -> Insert:
    """Insert a new row, or nothing when the key has one already (SQLite and PostgreSQL say it alike)."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](_TABLE)
    return insert.on_conflict_do_nothing(index_elements=[_COLUMNS.key])


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

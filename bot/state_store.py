"""Conversation state in the database under a pseudonymous key, expiring after inactivity.

The key is an HMAC of the chat id with a server secret: the database alone does not tell who
wrote. The secret comes from STATE_SECRET, or is generated once and kept in the settings table.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.dml import Insert

from bot.models import ConversationState, Setting
from dialogs.model import State

SECRET_KEY = "state_secret"
LOCAL_WAIT_MS = 200  # how long a save on SQLite waits for another writer (an import) before it gives up


class StateStore:
    """`inline`: calls are quicker than handing them to a worker thread, so the caller may make
    them on its event loop. True on SQLite (a local file: tens of microseconds, and one held
    connection instead of the pool); a PostgreSQL round trip must not block the loop."""

    def __init__(self, engine: Engine, secret: str, ttl: timedelta, inline: bool | None = None):
        self._engine = engine
        self._upsert = state_upsert(self._engine.dialect.name)
        self._secret = secret.encode()
        self.ttl = ttl
        self.inline = self._engine.dialect.name == "sqlite" if inline is None else inline
        self._held: Connection | None = None

    @classmethod
    def open(cls, engine: Engine, configured_secret: str, ttl_hours: float) -> StateStore:
        return cls(engine, configured_secret or stored_secret(engine), timedelta(hours=ttl_hours))

    def key(self, chat_id: int) -> str:
        return hmac.new(self._secret, str(chat_id).encode(), hashlib.sha256).hexdigest()

    def load(self, key: str) -> State | None:
        """The person's state, or None if there is none or it has expired."""
        with self._connection() as connection:
            row = connection.execute(_LOAD, {"key": key}).first()
            connection.rollback()
        if row is None or _aware(row.updated_at) < datetime.now(UTC) - self.ttl:
            return None
        return State.from_dict(row.state)

    def save(self, key: str, state: State) -> None:
        """One upsert statement: this runs on every update, so no ORM unit of work."""
        values = {"key": key, "state": state.to_dict(), "updated_at": datetime.now(UTC)}
        with self._connection() as connection:
            connection.execute(self._upsert, values)
            connection.commit()

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Connection]:
        """A pooled connection; inline, one held connection that waits briefly for a busy file, so
        an import holding the write lock cannot stall the event loop (that turn goes unsaved)."""
        if not self.inline:
            with self._engine.connect() as connection:
                yield connection
            return
        if self._held is None:
            self._held = self._engine.connect()
            self._held.exec_driver_sql(f"PRAGMA busy_timeout = {LOCAL_WAIT_MS}")
        try:
            yield self._held
        except BaseException:
            self._held.rollback()
            raise

    def forget(self, key: str) -> None:
        with self._connection() as connection:
            connection.execute(delete(_TABLE).where(_TABLE.c.key == key))
            connection.commit()

    def purge_expired(self) -> int:
        """Runs in a worker thread, so on a pooled connection, never the held one."""
        cutoff = datetime.now(UTC) - self.ttl
        with self._engine.begin() as connection:
            return connection.execute(delete(_TABLE).where(_TABLE.c.updated_at < cutoff)).rowcount


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


def state_upsert(dialect: str) -> Insert:
    """Insert, or replace the state and time of an existing key (SQLite and PostgreSQL say it alike)."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](_TABLE)
    return insert.on_conflict_do_update(
        index_elements=[_TABLE.c.key], set_={"state": insert.excluded.state, "updated_at": insert.excluded.updated_at}
    )


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

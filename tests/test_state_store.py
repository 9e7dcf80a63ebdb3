"""Conversation state: pseudonymous keys, expiry, forgetting, shared between processes."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import OperationalError

from bot.storage.models import ConversationState, DemandCount
from bot.storage.state_store import Outdated, StateStore, Stored, state_insert
from dialogs.machine import step
from dialogs.model import Place, State, Step, Text
from tests.databases import SQLITE_ONLY, STORE_MODES


def test_keys_are_keyed_hashes_not_chat_ids(runtime):
    store = StateStore.open(runtime.engine, "secret", 24)
    key = store.key(123456789)
    assert "123456789" not in key and len(key) == 64
    assert key == StateStore.open(runtime.engine, "secret", 24).key(123456789)
    assert key != StateStore.open(runtime.engine, "other-secret", 24).key(123456789)
    with pytest.raises(ValueError):
        StateStore.open(runtime.engine, "", 24)


def in_mode(runtime, inline: bool, ttl_hours: float = 24) -> StateStore:
    return StateStore(runtime.engine, "s", timedelta(hours=ttl_hours), inline=inline)


@STORE_MODES
def test_save_load_forget(runtime, inline):
    store = in_mode(runtime, inline)
    key = store.key(1)
    state = State(step=Step.LOCATION, lang="uk", topic_ids=("alkohol",), role="relative")
    store.save(key, state, store.read(key))
    assert store.load(key) == state
    store.forget(key)
    assert store.load(key) is None


@STORE_MODES
def test_inactive_states_expire_and_are_purged(runtime, inline):
    store = in_mode(runtime, inline, ttl_hours=1)
    old, fresh = store.key(1), store.key(2)
    store.save(old, State(lang="en"), store.read(old))
    store.save(fresh, State(lang="tr"), store.read(fresh))
    with runtime.sessions.begin() as session:
        session.get(ConversationState, old).updated_at = datetime.now(UTC) - timedelta(hours=2)
    assert store.load(old) is None
    assert store.purge_expired() == 1
    with runtime.sessions() as session:
        assert session.scalars(select(ConversationState.key)).all() == [fresh]


@SQLITE_ONLY
def test_inline_and_pooled_read_each_others_rows(runtime):
    """Inline on SQLite bypasses SQLAlchemy's execution, not its types: purging and any other
    reader still see the same JSON and the same time format."""
    inline, pooled = in_mode(runtime, True), in_mode(runtime, False)
    state = State(step=Step.RESULTS, lang="ar", query="Sucht", topic_ids=("alkohol",), place=Place("Jena", 50.9, 11.6))
    inline.save(inline.key(1), state, inline.read(inline.key(1)))
    pooled.save(pooled.key(2), state.with_(lang="ru"), pooled.read(pooled.key(2)))
    assert pooled.load(pooled.key(1)) == state
    assert inline.load(inline.key(2)) == state.with_(lang="ru")
    with runtime.sessions() as session:
        written = session.scalars(select(ConversationState.updated_at)).all()
    assert len(written) == 2
    assert all(abs(t.replace(tzinfo=UTC) - datetime.now(UTC)) < timedelta(minutes=1) for t in written)
    time.sleep(0.05)
    assert in_mode(runtime, False, ttl_hours=0.01 / 3600).purge_expired() == 2  # times compare as written


def test_the_insert_of_a_new_row_is_written_for_postgresql_too():
    sql = str(state_insert("postgresql").compile(dialect=postgresql.dialect()))
    assert "INSERT INTO conversation_states" in sql and "ON CONFLICT (key) DO NOTHING" in sql


@STORE_MODES
def test_a_save_over_a_row_that_changed_since_it_was_read_writes_nothing(runtime, inline):
    """Two replicas stepping from the same row: only the first save is written, on a new row and
    on an existing one, and the outcome the loser reached is not counted."""
    store = in_mode(runtime, inline)
    key = store.key(1)
    nothing = store.read(key)
    first = store.save(key, State(lang="en"), nothing, update_id=10)
    crisis, _ = step(State(), Text("ich will nicht mehr leben"), runtime.services)
    with pytest.raises(Outdated):
        store.save(key, crisis, nothing, update_id=11)
    second = store.save(key, State(step=Step.ROLE), first, update_id=12)
    with pytest.raises(Outdated):
        store.save(key, crisis, first, update_id=13)
    assert store.read(key) == second == Stored(State(step=Step.ROLE), 2, 12)
    with runtime.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(DemandCount)).scalar() == 0

    assert second.newer_than(12) and not second.newer_than(13)
    late = store.save(key, State(step=Step.LOCATION), second, update_id=11)  # arrived after a newer one
    assert late.last_update == 12 and store.read(key) == late
    store.forget(key)
    with pytest.raises(Outdated):
        store.save(key, State(lang="tr"), late)
    assert store.read(key) == Stored()


@STORE_MODES
def test_an_expired_row_is_written_over(runtime, inline):
    store = in_mode(runtime, inline, ttl_hours=1)
    key = store.key(1)
    store.save(key, State(lang="en"), store.read(key))
    with runtime.sessions.begin() as session:
        session.get(ConversationState, key).updated_at = datetime.now(UTC) - timedelta(hours=2)
    expired = store.read(key)
    assert expired.state is None and expired.version == 1
    store.save(key, State(lang="tr"), expired)
    assert store.load(key) == State(lang="tr")


@pytest.mark.alone
@SQLITE_ONLY
def test_sqlite_is_asked_inline_and_a_busy_file_does_not_hold_the_bot_up(runtime):
    """An import holding SQLite's write lock: a save gives up within a fraction of a second (the
    event loop waits for it) instead of five, reading still works, and saving works again after."""
    store = StateStore.open(runtime.engine, "s", 24)
    assert store.inline
    key = store.key(7)
    store.save(key, State(lang="tr"), store.read(key))
    importer = sqlite3.connect(runtime.engine.url.database, isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        with pytest.raises(OperationalError):
            store.save(key, State(lang="en"), store.read(key))
        assert time.perf_counter() - started < 1.0
        assert store.load(key) == State(lang="tr")
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    store.save(key, State(lang="en"), store.read(key))
    assert store.load(key) == State(lang="en")


def files_of(runtime) -> bytes:
    """The database's raw bytes as they lie on disk: the file, its write-ahead log and its index."""
    database = Path(runtime.engine.url.database)
    return b"".join(p.read_bytes() for p in sorted(database.parent.glob(database.name + "*")))


@SQLITE_ONLY  # what is left in the database files
@pytest.mark.parametrize("inline", [True, False], ids=["inline", "pooled"])
def test_a_forgotten_conversation_leaves_nothing_in_the_files(runtime, inline):
    """Each save leaves the row's earlier version in the write-ahead log, and a plain delete
    leaves the row in the file's free space: both are gone after forget."""
    store = in_mode(runtime, inline)
    gone, kept = store.key(1), store.key(2)
    for word in ("Zwergkaninchen", "Wellensittich", "Goldhamster"):
        store.save(gone, State(step=Step.RESULTS, query=word, topic_ids=("alkohol",)), store.read(gone))
    store.save(kept, State(query="Meerschweinchen"), store.read(kept))
    assert b"Zwergkaninchen" in files_of(runtime) and gone.encode() in files_of(runtime)
    store.forget(gone)
    on_disk = files_of(runtime)
    for trace in (gone, "Zwergkaninchen", "Wellensittich", "Goldhamster"):
        assert trace.encode() not in on_disk, trace
    assert b"Meerschweinchen" in on_disk and store.load(kept) == State(query="Meerschweinchen")


def test_without_secure_delete_and_checkpoint_the_files_would_keep_it(tmp_path):
    """The check above can fail: a plain SQLite delete leaves the text readable."""
    connection = sqlite3.connect(tmp_path / "plain.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (key TEXT PRIMARY KEY, state TEXT)")
    connection.execute("INSERT INTO t VALUES ('k', 'Zwergkaninchen')")
    connection.execute("DELETE FROM t")
    assert b"Zwergkaninchen" in b"".join(p.read_bytes() for p in tmp_path.glob("plain.sqlite3*"))
    connection.close()


@pytest.mark.alone
@SQLITE_ONLY
def test_expired_conversations_leave_nothing_and_a_blocked_checkpoint_is_repeated(runtime):
    """Another connection reading (a replica, an import) keeps the log from being emptied at a
    forget: the row is deleted, the log keeps its old pages until the next purge."""
    store = in_mode(runtime, True, ttl_hours=1)
    forgotten, expired = store.key(1), store.key(2)
    store.save(forgotten, State(query="Zwergkaninchen"), store.read(forgotten))
    store.save(expired, State(query="Wellensittich"), store.read(expired))
    with runtime.sessions.begin() as session:
        session.get(ConversationState, expired).updated_at = datetime.now(UTC) - timedelta(hours=2)
    reader = sqlite3.connect(runtime.engine.url.database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM conversation_states").fetchone()
    started = time.perf_counter()
    store.forget(forgotten)
    assert time.perf_counter() - started < 1.0
    assert store.load(forgotten) is None
    assert b"Zwergkaninchen" in files_of(runtime)  # the reader's snapshot still needs those pages
    reader.execute("COMMIT")
    reader.close()
    assert store.purge_expired() == 1
    assert b"Zwergkaninchen" not in files_of(runtime) and b"Wellensittich" not in files_of(runtime)
    assert forgotten.encode() not in files_of(runtime) and expired.encode() not in files_of(runtime)

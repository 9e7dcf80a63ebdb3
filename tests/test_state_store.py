"""Conversation state: pseudonymous keys, expiry, forgetting, shared between processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects import postgresql

from bot.models import ConversationState
from bot.state_store import StateStore, state_upsert
from dialogs.model import State, Step


def test_keys_are_keyed_hashes_not_chat_ids(runtime):
    store = StateStore.open(runtime.sessions, "", 24)
    key = store.key(123456789)
    assert "123456789" not in key and len(key) == 64
    assert key == StateStore.open(runtime.sessions, "", 24).key(123456789)  # the generated secret is kept
    assert key != StateStore.open(runtime.sessions, "other-secret", 24).key(123456789)


def test_save_load_forget(runtime):
    store = StateStore.open(runtime.sessions, "s", 24)
    key = store.key(1)
    state = State(step=Step.LOCATION, lang="uk", topic_ids=("alkohol",), role="relative")
    store.save(key, state)
    assert store.load(key) == state
    store.forget(key)
    assert store.load(key) is None


def test_inactive_states_expire_and_are_purged(runtime):
    store = StateStore.open(runtime.sessions, "s", 1)
    old, fresh = store.key(1), store.key(2)
    store.save(old, State(lang="en"))
    store.save(fresh, State(lang="tr"))
    with runtime.sessions.begin() as session:
        session.get(ConversationState, old).updated_at = datetime.now(UTC) - timedelta(hours=2)
    assert store.load(old) is None
    assert store.purge_expired() == 1
    with runtime.sessions() as session:
        assert session.scalars(select(ConversationState.key)).all() == [fresh]


def test_the_state_upsert_is_written_for_postgresql_too():
    sql = str(state_upsert("postgresql").compile(dialect=postgresql.dialect()))
    assert "INSERT INTO conversation_states" in sql and "ON CONFLICT (key) DO UPDATE SET state" in sql

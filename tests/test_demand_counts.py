"""The demand counters: conversations played through the state machine and the state store, as
the bot does, leave exactly the expected counts, and nothing that leads back to a person."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DBAPIError

from bot.storage.demand_counts import KEY, TABLE, increment, iso_week
from bot.storage.engine import make_engine
from bot.storage.state_store import StateStore
from dialogs.machine import step
from dialogs.model import Choice, Command, Event, Outcome, Start, State, Text
from tests.bot_process import start_bot, stop
from tests.databases import STORE_MODES
from tests.fake_bot_api import FakeBotApi

FOUND_LEIPZIG = [Start(), Text("Alkohol"), Choice("role", "relative"), Text("Leipzig")]
NONE_NEAR_PIRNA = [Start(), Text("Spielsucht"), Choice("role", "affected"), Text("01796")]
NAME = "Ich heiße Annegret Pfeffermühle, meine Nummer ist 0171 5553311"

# (events, the counts they must leave: contact point, source, topic, role, outcome)
SCENARIOS: dict[str, tuple[list[Event], list[tuple[str, str, str, str, str]]]] = {
    "found": (FOUND_LEIPZIG, [("demo-leipzig", "other", "alkohol", "relative", "found")]),
    "none near": (NONE_NEAR_PIRNA, [("demo-dresden", "other", "gluecksspiel", "affected", "none_near")]),
    "online, from a flyer": (
        [Start("cp-demo-leipzig"), Text("Alkohol"), Choice("role", "any"), Choice("online")],
        [("demo-leipzig", "flyer", "alkohol", "any", "online")],
    ),
    "flyer's region": (
        [Start("cp-demo-leipzig_en"), Text("Alkohol"), Choice("role", "any"), Choice("home")],
        [("demo-leipzig", "flyer", "alkohol", "any", "found")],
    ),
    "crisis": ([Start(), Text("ich will nicht mehr leben")], [("", "other", "", "affected", "crisis")]),
    "crisis, then the search goes on": (
        [Start(), Text("ich will nicht mehr leben"), Choice("continue"), Command("notfall"), Text("Alkohol")],
        [("", "other", "", "affected", "crisis")],  # "Alkohol": no role or place yet, so no result yet
    ),
    "left with a topic, from a flyer": (
        [Start("cp-demo-leipzig"), Text("Alkohol")],
        [("demo-leipzig", "flyer", "alkohol", "", "left")],
    ),
    "left at once": ([Start()], [("", "other", "", "", "left")]),
    "left after a name": ([Start(), Text(NAME)], [("", "other", "", "", "left")]),
    "deleted": ([Start(), Text("Alkohol"), Command("delete")], []),
    "deleted after a result": (
        FOUND_LEIPZIG + [Command("delete")],
        [("demo-leipzig", "other", "alkohol", "relative", "found")],
    ),
    "another topic in the results": (
        FOUND_LEIPZIG + [Text("Spielsucht")],  # role and place are kept: straight to the groups
        [
            ("demo-leipzig", "other", "alkohol", "relative", "found"),
            ("demo-leipzig", "other", "gluecksspiel", "relative", "found"),
        ],
    ),
    "another place for the same topic": (
        NONE_NEAR_PIRNA + [Text("Leipzig"), Choice("change", "role"), Choice("role", "any")],
        [("demo-dresden", "other", "gluecksspiel", "affected", "none_near")],
    ),
    "a new search": (
        FOUND_LEIPZIG + [Choice("restart")] + NONE_NEAR_PIRNA[1:],
        [
            ("demo-leipzig", "other", "alkohol", "relative", "found"),
            ("demo-dresden", "other", "gluecksspiel", "affected", "none_near"),
        ],
    ),
    "a new search after a result, then gone": (
        FOUND_LEIPZIG + [Choice("restart")],
        [("demo-leipzig", "other", "alkohol", "relative", "found")],  # no "left": it had a result
    ),
    "pages, details, help, language and crisis in the same search": (
        FOUND_LEIPZIG
        + [Choice("more"), Command("help"), Choice("lang", "en"), Command("notfall"), Choice("back"), Text(NAME)],
        [("demo-leipzig", "other", "alkohol", "relative", "found")],
    ),
}


@STORE_MODES
def test_300_conversations_leave_exactly_the_expected_counts_and_nothing_personal(runtime, inline):
    store = StateStore(runtime.engine, "secret", timedelta(hours=24), inline=inline)
    services = runtime.services
    weeks = {iso_week(datetime.now(UTC))}
    chosen = random.Random(19).choices(sorted(SCENARIOS), k=300)
    expected: Counter[tuple[str, ...]] = Counter()
    chat_ids = [7_310_000_000 + 7919 * n for n in range(len(chosen))]
    for chat_id, name in zip(chat_ids, chosen, strict=True):
        events, counts = SCENARIOS[name]
        expected.update(counts)
        key = store.key(chat_id)
        for event in events:
            state, _ = step(store.load(key) or State(), event, services)
            if state is None:
                store.forget(key)
            else:
                store.save(key, state, store.read(key))
    assert store.purge_expired() == 0
    store.ttl = timedelta(seconds=-1)  # every conversation ends: those without a result count as left
    assert store.purge_expired() == sum(1 for name in chosen if name not in ("deleted", "deleted after a result"))
    weeks.add(iso_week(datetime.now(UTC)))

    rows = counter_rows(runtime)
    counted: Counter[tuple[str, ...]] = Counter()
    for week, *key, count in rows:
        assert week in weeks
        counted[tuple(key)] += count
    assert counted == expected
    assert sum(expected.values()) > 300 and {k[-1] for k in expected} == {o.value for o in Outcome}

    scanned = repr(rows)
    for secret in [*map(str, chat_ids), *(store.key(c) for c in chat_ids), "Annegret", "Pfeffer", "5553311"]:
        assert secret not in scanned
    assert "Alkohol" not in scanned and "Leipzig" not in scanned  # topic ids and contact point ids only


def counter_rows(runtime) -> list[tuple]:
    columns = [column["name"] for column in inspect(runtime.engine).get_columns("demand_counts")]
    assert columns == ["week", "contact_point", "source", "topic", "role", "outcome", "count"]
    with runtime.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(TABLE))]


@STORE_MODES
def test_the_count_and_its_state_are_saved_together_or_not_at_all(runtime, inline):
    store = StateStore(runtime.engine, "s", timedelta(hours=1), inline=inline)
    state, _ = step(State(), Text("ich will nicht mehr leben"), runtime.services)
    assert state.reached
    with runtime.engine.begin() as connection:  # the count's insert fails, on SQLite and PostgreSQL alike
        connection.exec_driver_sql("ALTER TABLE demand_counts RENAME TO counts_away")
    with pytest.raises(DBAPIError):
        store.save(store.key(1), state, store.read(store.key(1)))
    with runtime.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE counts_away RENAME TO demand_counts")
    assert store.load(store.key(1)) is None
    store.save(store.key(1), state.with_(reached=None), store.read(store.key(1)))
    assert store.load(store.key(1)) == state and not counter_rows(runtime)


def test_the_increment_is_one_upsert_on_postgresql_too():
    sql = str(increment("postgresql").compile(dialect=postgresql.dialect()))
    assert "ON CONFLICT (week, contact_point, source, topic, role, outcome) DO UPDATE" in sql
    assert "count = (demand_counts.count + excluded.count)" in sql


def test_the_bot_counts_what_its_conversations_reach(database_url):
    """Through Telegram (the real bot process and a fake Bot API over HTTP), as in the console."""
    with FakeBotApi() as api:
        bot = start_bot(api, database_url, demo=True)
        try:
            api.user_message(4242, "/start cp-demo-leipzig")
            api.wait_for_messages(4242, 1, timeout=60)
            api.user_message(4242, "mein Mann trinkt jeden Abend")
            api.wait_for_messages(4242, 2)
            api.user_message(4242, "04109")
            api.wait_for_messages(4242, 3)
        finally:
            stop(bot)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(select(*(TABLE.c[name] for name in KEY[1:]), TABLE.c.count)).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [("demo-leipzig", "flyer", "alkohol", "relative", "found", 1)]

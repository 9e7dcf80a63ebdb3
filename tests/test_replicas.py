"""Replicas: bot processes on one database, Telegram delivering the updates of one chat to them at
the same moment (webhook mode), and replicas started together on an empty database.

Each of PAIRS chats is at the role question when a button press ("about me") and a typed place
("Leipzig") are posted at once, to different replicas (or both to one process). Whichever is
applied first, the other must be applied on top of it: the stored state and the replies the person
got must be exactly those of one of the two orders. A lost step (both computed from the same
state, one saved over the other) shows as a stored state with only one of them, and as two
replies that both still ask a question.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select
from telegram import Update

from bot.storage.demand_counts import TABLE as COUNTS
from bot.storage.state_store import StateStore, Stored
from bot.telegram import callback_data
from bot.telegram.application import ATTEMPTS, build_application
from bot.telegram.delivery import outgoing
from bot.telegram.figures import Figures
from dialogs.machine import step
from dialogs.model import Choice, State, Text
from tests.bot_process import figures, free_port, post_update, start_bot, stop, wait_until_listening, webhook_env
from tests.cli import run_cli
from tests.databases import SQLITE_ONLY
from tests.fake_bot_api import FakeBotApi

PAIRS = 1000
AT_ONCE = 40  # pairs in flight together
FIRST_CHAT = 10_000
SECRET = "replica-secret"
PRESS, PLACE = Choice("role", "affected"), Text("Leipzig")


@pytest.fixture
def api():
    with FakeBotApi() as fake:
        yield fake


def webhook(port: int) -> dict:
    """A replica in webhook mode: behind one webhook URL, all share the secret (README)."""
    return webhook_env(port, SECRET, paced=False)  # 2,000 button answers would take a minute at Telegram's pace


@contextlib.contextmanager
def replicas(api: FakeBotApi, db: str, count: int, folder: Path) -> Iterator[tuple[list[int], list[Path]]]:
    """`count` bot processes in webhook mode on one database, started at once; their ports, and
    their logs (complete once the block is left)."""
    ports = [free_port() for _ in range(count)]
    logs = [folder / f"replica-{n}.log" for n in range(count)]
    bots = [start_bot(api, db, webhook(port), log=log.open("w")) for port, log in zip(ports, logs, strict=True)]
    try:
        for port in ports:
            wait_until_listening(port, time.monotonic() + 60)
        yield ports, logs
    finally:
        for bot in bots:
            stop(bot)


def serial_outcomes(start: State, services) -> dict[str, tuple[State, list[str]]]:
    """The state and the replies (sorted texts) after both events, in each order."""
    outcomes = {}
    for name, events in {"press first": (PRESS, PLACE), "place first": (PLACE, PRESS)}.items():
        state, texts = start, []
        for event in events:
            state, replies = step(state, event, services)
            texts += [outgoing(0, reply, state.lang).text for reply in replies]
        outcomes[name] = (state, sorted(texts))
    return outcomes


async def post_at_once(api: FakeBotApi, ports: list[int], pairs: list[tuple[dict, dict]]) -> None:
    """Each pair's two updates posted at the same moment, to two replicas in turn (or one twice),
    AT_ONCE pairs at a time; what the bot answers in the webhook response goes to the fake API."""
    limit = asyncio.Semaphore(AT_ONCE)
    async with aiohttp.ClientSession(headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as session:

        async def post(port: int, update: dict) -> None:
            async with session.post(f"http://127.0.0.1:{port}/telegram", json=update) as response:
                assert response.status == 200
                api.webhook_answered(await response.read())

        async def pair(number: int, updates: tuple[dict, dict]) -> None:
            async with limit:
                await asyncio.gather(*(post(ports[(number + i) % len(ports)], u) for i, u in enumerate(updates)))

        await asyncio.gather(*(pair(number, updates) for number, updates in enumerate(pairs)))


@pytest.mark.parametrize(  # one process keeps one chat in order whatever the database: SQLite
    ("database_url", "processes"),
    [("sqlite", 1), ("sqlite", 2), ("postgresql", 2)],
    ids=["sqlite-one-process", "sqlite-two-replicas", "postgresql-two-replicas"],
    indirect=["database_url"],
)
def test_updates_of_one_chat_at_the_same_moment_lose_no_step(api, runtime, database_url, processes, tmp_path):
    at_role, _ = step(State(), Text("Spielsucht"), runtime.services)
    outcomes = serial_outcomes(at_role, runtime.services)
    store = StateStore(runtime.engine, "test-secret", timedelta(hours=1))  # tests/bot_process.py's secret
    chats = range(FIRST_CHAT, FIRST_CHAT + PAIRS)
    for chat in chats:
        store.save(store.key(chat), at_role, store.read(store.key(chat)))
    press = callback_data.encode(PRESS.action, PRESS.value)
    pairs = [(api.button_update(chat, press), api.message_update(chat, PLACE.text)) for chat in chats]
    for number, (pressed, typed) in enumerate(pairs):  # Telegram numbers the press first
        pressed["update_id"], typed["update_id"] = 2 * number + 1, 2 * number + 2

    with replicas(api, database_url, processes, tmp_path) as (ports, logs):
        started = time.perf_counter()
        asyncio.run(post_at_once(api, ports, pairs))
        took = time.perf_counter() - started
    counts = [figures(log.read_text()) for log in logs]

    orders: Counter[str] = Counter()
    for chat in chats:
        stored = store.load(store.key(chat))
        texts = sorted(message["text"] for message in api.messages_to(chat))
        orders.update(name for name, outcome in outcomes.items() if outcome == (stored, texts))
    with runtime.engine.connect() as connection:
        found = connection.execute(select(COUNTS.c.outcome, func.sum(COUNTS.c.count)).group_by(COUNTS.c.outcome)).all()
    total = {name: sum(c[name] for c in counts) for name in ("answered", "late", "recomputed", "unapplied", "failed")}
    print(f"\n{PAIRS} pairs at once on {processes} process(es) in {took:.1f} s: {dict(orders)}; {total}")
    assert sum(orders.values()) == PAIRS  # every chat: both steps, one after the other
    assert dict(found) == {"found": PAIRS}  # each search counted once, none by an attempt that was not saved
    assert total["answered"] == 2 * PAIRS and total["unapplied"] == total["failed"] == 0
    assert total["late"] == orders["place first"]  # the press, numbered first, was applied second


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # where replicas run
def test_three_replicas_start_together_on_an_empty_database(api, database_url, tmp_path):
    """As the Procfile has it: the release step migrates, then the web processes start at once.
    Each comes up and answers, and one conversation goes on from one replica to the next."""
    assert run_cli("migrate", db=database_url).returncode == 0
    with replicas(api, database_url, 3, tmp_path) as (ports, logs):
        for port, text in zip(ports + ports[:1], ("/start", "Spielsucht", "für mich selbst", "04109"), strict=True):
            assert post_update(api, port, api.message_update(42, text), SECRET) == 200
    welcome, role, where, results = (message["text"] for message in api.messages_to(42))
    assert "Worum geht es" in welcome and "Geht es um dich selbst" in role and "Wo suchst du" in where
    assert "Spielsucht · für dich selbst · Leipzig" in results  # an empty directory: no group, the way on
    assert all("Traceback" not in log.read_text() for log in logs)


class Overtaken(StateStore):
    """Another replica saves a step of the chat between every read and save of this one."""

    def save(self, key: str, state: State, over: Stored, update_id: int | None = None) -> Stored:
        super().save(key, state.with_(query="elsewhere"), self.read(key))
        return super().save(key, state, over, update_id)


@SQLITE_ONLY
def test_an_update_overtaken_at_every_attempt_gets_the_apology(api, runtime):
    store = Overtaken(runtime.engine, "s", timedelta(hours=1))

    async def handle(update: dict) -> Figures:
        application = build_application(runtime, store, api.token, api.base_url, rate_limit=False)
        async with application:
            await application.process_update(Update.de_json(update, application.bot))
        return application.bot_data["figures"]

    counted = asyncio.run(handle(api.message_update(7, "Spielsucht")))
    (apology,) = api.messages_to(7)
    assert apology["text"].startswith("Entschuldige") and "noch einmal" in apology["text"]
    assert counted.unapplied == 1 and counted.recomputed == ATTEMPTS and counted.answered == 1
    assert store.load(store.key(7)).query == "elsewhere"

"""Benchmark (not in the default run): `python -m pytest -m bench -s tests/test_bench_webhook.py`
(`.ci/with-postgres` in front: on PostgreSQL too).

The real bot process in webhook mode, pinned to one core, with a synthetic directory of 100,000
groups in SQLite (and PostgreSQL), against the local fake Bot API. Virtual people on the other core
post updates as Telegram would, each waiting for the bot's answer before writing again. Reports the
time from an update's arrival to its last reply while the bot is otherwise idle, updates per second
with many people at once (and their p50 and p99), and the bot's CPU time per update (which bounds
what one core can do).
"""

from __future__ import annotations

import contextlib
import http.client
import itertools
import json
import os
import random
import statistics
import threading
import time
from collections.abc import Iterator

import pytest

from tests.bot_process import free_port, start_bot, stop, wait_until_listening, webhook_env
from tests.cli import run_cli
from tests.databases import KINDS, NO_POSTGRES, POSTGRES, fresh_postgres, migrated
from tests.fake_bot_api import FakeBotApi
from tests.synthetic import synthetic_directory

pytestmark = pytest.mark.bench
SECRET = "bench-secret"
BOT_CORE, LOAD_CORE = 0, 1
PEOPLE = 48
SATURATION_SECONDS = 20.0
ALONE_CONVERSATIONS = 40
TARGET_RATE, TARGET_P99_MS = 1000, 5.0  # issue 3; reached, see README "Benchmarks" (the VM drifts ±20 %)
FLOORS = {  # updates/s and p99 ms, well below what the README reports: a failure here is a regression
    "sqlite": (350, 15.0),
    "postgresql": (100, 100.0),  # each turn's state waits on the server, which shares the machine
}
QUIET = 0.3  # seconds without a new message: the bot has answered (only while learning the counts)
ROLES = ("Angehörige", "ich selbst")
PLACES = ("04109", "01067", "10115", "80331", "50667", "20095", "Lepzig", "Dresden", "Chemnitz", "Jena")
TOPICS = ("mein Mann trinkt jeden Abend", "Depressionen", "Spielsucht", "Brustkrebs", "Angst und Panik", "Trauer")


def conversation(rng: random.Random) -> tuple[tuple[str, str], list[str]]:
    """What one person writes: start, topic, role, place, and sometimes a crisis message."""
    kind = (rng.choice(TOPICS), rng.choice(ROLES))
    script = ["/start", *kind, rng.choice(PLACES)]
    return kind, script + (["ich will nicht mehr leben"] if rng.random() < 0.2 else [])


@pytest.fixture(scope="module", params=KINDS)
def directory_db(request, tmp_path_factory) -> Iterator[str]:
    """The synthetic directory in SQLite, and in PostgreSQL when TEST_POSTGRES_URL names a server."""
    folder = tmp_path_factory.mktemp("bench-webhook")
    source = folder / "directory.json"
    source.write_text(json.dumps(synthetic_directory(random.Random(7)).as_import(), ensure_ascii=False))
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{folder}/bot.sqlite3"
        elif not POSTGRES:
            pytest.skip(NO_POSTGRES)
        else:
            url = stack.enter_context(fresh_postgres())
        db = migrated(url)
        start = time.perf_counter()
        done = run_cli("import", str(source), "--replace", db=db, timeout=1800)
        assert done.returncode == 0, done.stderr
        print(f"\n{request.param}: imported 100,000 groups in {time.perf_counter() - start:.0f} s")
        yield db


class Person:
    """One chat: posts updates to the webhook as Telegram would, one at a time."""

    ids = itertools.count(1)
    chats = itertools.count(1)

    def __init__(self, api: FakeBotApi, port: int) -> None:
        self.api, self.chat_id = api, next(self.chats)
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def post(self, text: str) -> None:
        update = self.api.message_update(self.chat_id, text)
        update["update_id"] = next(self.ids)
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
        self.connection.request("POST", "/telegram", json.dumps(update), headers)
        response = self.connection.getresponse()
        assert response.status == 200
        self.api.webhook_answered(response.read())

    def say(self, text: str, replies: int) -> float:
        """Post and wait for the bot's `replies` messages; the seconds from posting to the last one."""
        expected = self.api.count[self.chat_id] + replies
        start = time.perf_counter()
        self.post(text)
        self.api.wait_for_count(self.chat_id, expected, timeout=60)
        return time.perf_counter() - start

    def count_replies(self, text: str) -> int:
        before = self.api.count[self.chat_id]
        self.post(text)
        self.api.wait_for_count(self.chat_id, before + 1, timeout=60)
        time.sleep(QUIET)
        return self.api.count[self.chat_id] - before


def replies_per_step(api: FakeBotApi, port: int) -> dict[tuple[str, str], list[int]]:
    """How many messages the bot sends at each step of each kind of conversation (learnt once)."""
    learnt = {}
    for kind in itertools.product(TOPICS, ROLES):
        person = Person(api, port)
        script = ("/start", *kind, PLACES[0], "ich will nicht mehr leben")
        learnt[kind] = [person.count_replies(text) for text in script]
    return learnt


def talk(api: FakeBotApi, port: int, rng: random.Random, replies: dict, until: float = float("inf")) -> list[float]:
    """One person's whole conversation; the time each answer took."""
    kind, script = conversation(rng)
    person = Person(api, port)
    steps = zip(script, replies[kind], strict=False)
    return [person.say(text, count) for text, count in steps if time.monotonic() < until]


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture
def on_the_load_core() -> Iterator[None]:
    """This process (the people and the fake Bot API) on its own core, and on all of them again
    afterwards: the next database's run needs two."""
    cores = os.sched_getaffinity(0)
    if len(cores) < 2:
        pytest.skip("needs two cores: one for the bot, one for the people and the fake Bot API")
    os.sched_setaffinity(0, {LOAD_CORE})
    yield
    os.sched_setaffinity(0, cores)


def test_webhook_throughput_and_latency_with_100000_groups(directory_db, on_the_load_core):
    rng = random.Random(3)
    with FakeBotApi() as api:
        port = free_port()
        bot = start_bot(api, directory_db, webhook_env(port, SECRET, paced=False), cpus={BOT_CORE})
        try:
            wait_until_listening(port, time.monotonic() + 300)
            replies = replies_per_step(api, port)
            alone = [t for _ in range(ALONE_CONVERSATIONS) for t in talk(api, port, rng, replies)]
            ms = [1000 * t for t in alone]
            p50, p99 = statistics.median(ms), statistics.quantiles(ms, n=100)[98]
            print(f"one person at a time: {len(ms)} updates, p50 {p50:.1f} ms, p99 {p99:.1f} ms (post to last reply)")

            taken: list[list[float]] = [[] for _ in range(PEOPLE)]
            stop_at = time.monotonic() + SATURATION_SECONDS

            def keep_talking(slot: int) -> None:
                local = random.Random(slot)
                while time.monotonic() < stop_at:
                    taken[slot] += talk(api, port, local, replies, stop_at)

            cpu_before, start = cpu_seconds(bot.pid), time.perf_counter()
            threads = [threading.Thread(target=keep_talking, args=(slot,)) for slot in range(PEOPLE)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed, cpu = time.perf_counter() - start, cpu_seconds(bot.pid) - cpu_before
            loaded = [1000 * t for times in taken for t in times]
            updates = len(loaded)
            print(
                f"{directory_db.split(':')[0]}, {PEOPLE} people at once: {updates} updates in {elapsed:.1f} s = "
                f"{updates / elapsed:.0f} updates/s, p50 {statistics.median(loaded):.1f} ms, "
                f"p99 {statistics.quantiles(loaded, n=100)[98]:.1f} ms; "
                f"bot CPU {1000 * cpu / updates:.2f} ms per update, core busy {cpu / elapsed:.0%}"
            )
        finally:
            errors = stop(bot)
    print(f"issue targets: >= {TARGET_RATE} updates/s on one core, p99 <= {TARGET_P99_MS} ms per update")
    assert "Traceback" not in errors, errors[-2000:]
    floor_rate, floor_p99 = FLOORS["sqlite" if directory_db.startswith("sqlite") else "postgresql"]
    assert p99 <= floor_p99 and updates / elapsed >= floor_rate  # regressions from the README's figures

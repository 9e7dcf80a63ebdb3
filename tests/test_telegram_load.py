"""The real bot process under a flood and under Telegram faults, over the fake Bot API.

Times are printed; the bounds asserted are the issue's (1 s), which held with a wide margin in
every run (see the README's figures)."""

from __future__ import annotations

import itertools
import random
import threading
import time
from datetime import timedelta

import pytest

from bot.storage.engine import make_engine
from bot.storage.state_store import StateStore
from dialogs.model import Step
from tests.bot_process import figures, start_bot, stop
from tests.fake_bot_api import FakeBotApi, Fault

FLOOD = 1_000
CRISIS_TEXT = "ich will nicht mehr leben"
CRISIS_NUMBER = "0800 111 0 111"
CRISIS_OPENING = "Danke, dass du das schreibst"  # the crisis reply itself; a later "?" may get the number again
CONVERSATION = ("/start", "Spielsucht", "für mich selbst", "04109")  # one message in answer to each
pytestmark = pytest.mark.alone  # reply times are asserted


@pytest.fixture
def api():
    with FakeBotApi() as fake:
        yield fake


def say(api: FakeBotApi, chat: int, text: str, timeout: float = 15.0) -> tuple[dict, float]:
    """Send and wait for the next message to the chat; it and the seconds it took."""
    before = api.count[chat]
    sent = time.monotonic()
    api.user_message(chat, text)
    reply = api.wait_for_messages(chat, before + 1, timeout)[before]
    return reply, reply["at"] - sent


def test_a_flood_from_one_chat_holds_up_no_one(api, tmp_path):
    flooder, other, in_crisis = 100, 200, 300
    bot = start_bot(api, f"sqlite:///{tmp_path}/bot.sqlite3", demo=True)
    try:
        say(api, other, "/start", timeout=60)
        rng = random.Random(5)
        flood_crisis: list[float] = []

        def flood() -> None:
            for number in range(FLOOD):
                if number == FLOOD // 2:
                    flood_crisis.append(time.monotonic())
                    api.user_message(flooder, CRISIS_TEXT)
                else:
                    api.user_message(flooder, rng.choice(("Spielsucht", "hallo", "Leipzig", "?", "mein Mann trinkt")))
                time.sleep(0.001)

        flooding = threading.Thread(target=flood)
        start = time.monotonic()
        flooding.start()
        waits = []
        for text in CONVERSATION[1:] * 3:
            reply, took = say(api, other, text)
            waits.append(took)
            time.sleep(0.3)  # reading the answer: a person stays within the limit
        crisis, crisis_took = say(api, in_crisis, CRISIS_TEXT)
        flooding.join()
        flood_seconds = time.monotonic() - start
        time.sleep(1.0)  # the flood's last admitted messages
        to_flooder = api.messages_to(flooder)
    finally:
        log = stop(bot)
    counts = figures(log)
    crisis_replies = [m for m in to_flooder if m["text"].startswith(CRISIS_OPENING)]
    print(
        f"\nflood: {FLOOD} messages from one chat in {flood_seconds:.1f} s; another person's {len(waits)} replies "
        f"came after {min(waits) * 1000:.0f}–{max(waits) * 1000:.0f} ms; a crisis message from a third person "
        f"after {crisis_took * 1000:.0f} ms, the flooder's own crisis message after "
        f"{(crisis_replies[0]['at'] - flood_crisis[0]) * 1000:.0f} ms; the flooder got {len(to_flooder)} messages; "
        f"figures: {counts}"
    )
    assert max(waits) < 1.0 and crisis_took < 1.0 and CRISIS_NUMBER in crisis["text"]
    assert len(crisis_replies) == 1 and CRISIS_NUMBER in crisis_replies[0]["text"]  # never dropped, never twice
    assert crisis_replies[0]["at"] - flood_crisis[0] < 1.0
    assert sum(m["text"].startswith("Langsamer bitte") for m in to_flooder) == 1
    assert counts["slowed"] == 1 and counts["dropped"] >= 0.9 * FLOOD and len(to_flooder) < 40


def test_telegram_faults_leave_no_one_in_silence(api, tmp_path):
    """429 with retry_after, 500, hangs longer than the bot waits, 403 from people who blocked the
    bot, and one person whose reply fails on every attempt."""
    db = f"sqlite:///{tmp_path}/bot.sqlite3"
    people, blocking, doomed = list(range(500, 512)), [600, 601], 700
    requests = itertools.count(1)
    doom = {"armed": False, "left": 4}  # the doomed person's reply fails 4 times: all of its attempts

    def fault(method: str, params: dict) -> Fault | None:
        if method == "sendMessage" and int(params["chat_id"]) == doomed and doom["armed"] and doom["left"]:
            doom["left"] -= 1
            return Fault(500)
        number = next(requests)
        if number in (30, 50, 70):
            return Fault(429, retry_after=4)  # fake_bot_api.IN_FLIGHT of it may pass before the bot can know
        if number in (20, 45):
            return Fault(hang=6.0)  # the bot gives up after 5 s
        return Fault(500) if number % 9 == 4 else None

    api.fault = fault
    bot = start_bot(api, db, demo=True)
    store = StateStore(make_engine(db), "test-secret", timedelta(hours=24))
    silent: list[tuple[int, str]] = []  # actions left without an answer
    apologies: list[int] = []

    def converse(chat: int, block_at: int | None = None) -> None:
        for step, text in enumerate(CONVERSATION):
            if step == block_at:
                api.blocked.add(chat)
                api.user_message(chat, text)
                return
            try:
                reply, _ = say(api, chat, text, timeout=60)
            except TimeoutError:
                silent.append((chat, text))
                return
            if reply["text"].startswith("Entschuldige"):
                apologies.append(chat)
                reply, _ = say(api, chat, text, timeout=60)  # the same message again: on from the same step
            if reply["text"].startswith("Entschuldige"):
                silent.append((chat, text))  # an apology twice in a row: the retries did not work

    try:
        say(api, 1, "/start", timeout=60)
        threads = [threading.Thread(target=converse, args=(chat,)) for chat in people]
        threads += [threading.Thread(target=converse, args=(chat, 2)) for chat in blocking]
        for thread in threads:
            thread.start()
        say(api, doomed, "/start", timeout=60)
        doom["armed"] = True
        apology, _ = say(api, doomed, "Spielsucht", timeout=60)
        put_back = store.load(store.key(doomed))  # saved before the reply went out, then put back
        again, _ = say(api, doomed, "Spielsucht", timeout=60)
        for thread in threads:
            thread.join()
        time.sleep(0.5)
    finally:
        log = stop(bot)
    counts = figures(log)
    print(
        f"\nfaults: {len(api.windows)} retry_after windows, {len(api.inside_windows)} requests inside them "
        f"({len(api.in_flight)} more already on their way when the 429 went out); "
        f"{len(apologies)} apologies to the people; figures: {counts}"
    )
    assert not silent and not api.inside_windows and len(api.windows) == 3
    assert apology["text"].startswith("Entschuldige") and "Geht es um dich selbst" in again["text"]
    assert put_back.step is Step.TOPIC and not put_back.topic_ids
    assert all("[DEMO] Spielsucht" in api.messages_to(chat)[-1]["text"] for chat in people)
    assert counts["blocked"] == 2 and counts["not delivered"] >= 1 and counts["apologies"] >= 1
    assert counts["repeats"] >= 5 and counts["waits"] == 3
    assert all(store.load(store.key(chat)) is None for chat in blocking)  # forgotten
    assert all(store.load(store.key(chat)) is not None for chat in people)
    assert "Spielsucht" not in log and "Traceback" not in log

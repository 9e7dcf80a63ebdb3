"""Odd and hostile input through the real bot process over the fake Bot API: every update of every
kind is answered or deliberately ignored, groups get one note and are left, polling survives an
update it cannot read, and nothing people wrote reaches the log."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.storage.engine import make_engine
from bot.storage.state_store import StateStore
from bot.telegram import callback_data
from bot.telegram.metrics import KINDS, OUTCOMES
from tests.bot_process import figures, log_lines, start_bot, stop
from tests.fake_bot_api import FakeBotApi
from tests.random_updates import ANSWER, GROUP, RandomUpdates

FUZZ_UPDATES = 5_000
CHAT, ODD, POLLING, ORDERED = 4242, 5001, 5002, 5100


@pytest.fixture
def api():
    with FakeBotApi() as fake:
        yield fake


@dataclass
class Running:
    api: FakeBotApi
    db: str


PRIVATE_WORDS = ("Erika", "Hauptstraße", "Spielsucht", "mein Mann")  # what the tests below have people write


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    """One bot for the small tests below (each its own chats); what it logged is checked at the end."""
    db = f"sqlite:///{tmp_path_factory.mktemp('robust')}/bot.sqlite3"
    with FakeBotApi() as fake:
        bot = start_bot(fake, db, demo=True)
        try:
            fake.user_message(1, "/start")
            fake.wait_for_messages(1, 1, timeout=60)
            yield Running(fake, db)
        finally:
            log = stop(bot)
    assert "Traceback" not in log and "update failed" not in log and "CRITICAL" not in log
    assert not [word for word in PRIVATE_WORDS if word in log]


def stored(db: str, chat: int) -> bool:
    """Whether the bot keeps a conversation state for this chat (tests/bot_process.py's STATE_SECRET)."""
    store = StateStore(make_engine(db), "test-secret", timedelta(hours=24))
    return store.load(store.key(chat)) is not None


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_fuzz_every_update_is_answered_or_deliberately_ignored(api, tmp_path):
    plan = RandomUpdates(seed=17).plan(FUZZ_UPDATES)
    owed = {}
    for planned in plan:
        if planned.owed == ANSWER:
            owed[planned.chat] = owed.get(planned.chat, 0) + 1
    groups = {p.chat for p in plan if p.owed == GROUP}
    db = f"sqlite:///{tmp_path}/bot.sqlite3"
    bot = start_bot(api, db, {"RATE_LIMIT": "false"}, demo=True)  # not paced to Telegram's 30 messages/s: 4,000 replies
    try:
        api.user_message(CHAT, "/start")
        api.wait_for_messages(CHAT, 1, timeout=60)
        start = time.monotonic()
        for planned in plan:
            api.deliver(planned.update)
        for malformed in ({"message": 5}, {"callback_query": {"from": "Erika Mustermann"}}, {"poll": []}):
            api.deliver(malformed)
        wait_until(lambda: all(api.count[chat] >= n for chat, n in owed.items()), 120, "answers to private chats")
        wait_until(lambda: all(api.calls_for(chat, "leaveChat") for chat in groups), 30, "leaving every group")
        elapsed = time.monotonic() - start

        api.user_message(CHAT + 1, "/start")
        api.wait_for_messages(CHAT + 1, 1)
        api.user_message(CHAT + 1, "mein Mann trinkt jeden Abend")
        api.wait_for_messages(CHAT + 1, 2)
        api.user_message(CHAT + 1, "04109")
        assert "Angehörige von Suchtkranken" in api.wait_for_messages(CHAT + 1, 3)[-1]["text"]
    finally:
        log = stop(bot)
    counts = figures(log)
    print(
        f"\nfuzz: {len(plan)} random updates (+3 unreadable) in {elapsed:.1f} s = {len(plan) / elapsed:.0f}/s; "
        f"{sum(owed.values())} owed an answer in {len(owed)} private chats, {len(groups)} groups and channels; "
        f"the bot's figures: {counts}"
    )
    assert counts["failed"] == 0 and "update failed" not in log and "Traceback" not in log
    assert counts["dropped"] == 0 and counts["slowed"] == 0 and counts["not delivered"] == 0
    assert counts["answered"] == sum(owed.values()) + 4  # and the two chats' conversations around the fuzz
    ignorable = sum(1 for p in plan if p.owed not in (ANSWER, GROUP)) + 3  # the unreadable ones are ignored too
    assert counts["ignored"] + counts["blocked"] == ignorable  # "blocked": the person blocked the bot
    assert counts["not private"] == sum(1 for p in plan if p.owed == GROUP)
    assert counts["left chats"] == len(groups)
    for chat in groups:
        assert api.calls_for(chat, "sendMessage") <= 1 and api.calls_for(chat, "leaveChat") == 1
        assert not stored(db, chat)
    assert log.count("an update that cannot be read was skipped") == 3 and "Erika" not in log
    assert "mein Mann" not in log and "+49 170" not in log and "CRITICAL" not in log
    turns = Counter((u["kind"], u["outcome"]) for u in log_lines(log) if u["message"] == "update")
    assert turns.total() == len(plan) + 3 + 4  # one line per update: the unreadable ones are empty, the 4 messages
    assert {kind for kind, _ in turns} <= set(KINDS) and {outcome for _, outcome in turns} <= set(OUTCOMES)
    assert sum(n for (_, outcome), n in turns.items() if outcome == "not_private") == counts["not private"]
    assert not any(outcome in ("error", "dropped", "not_delivered") for _, outcome in turns)


def test_a_group_gets_one_note_and_the_bot_leaves_storing_nothing(running):
    api, db = running.api, running.db
    group, channel = -100123, -100456
    for text in ("/start", "mein Mann trinkt", "ich will nicht mehr leben"):
        api.deliver(api.message_update(group, text, chat_type="supergroup"))
    press = api.button_update(group, callback_data.encode("role", "relative"))
    press["callback_query"]["message"]["chat"] = {"id": group, "type": "supergroup", "title": "Gruppe"}
    api.deliver(press)
    post = {"message_id": 1, "date": 1, "chat": {"id": channel, "type": "channel", "title": "K"}, "text": "x"}
    api.deliver({"channel_post": post})
    wait_until(lambda: api.calls_for(group, "leaveChat") and api.calls_for(channel, "leaveChat"), 60, "leaving")
    time.sleep(0.5)  # would a second note follow?
    (note,) = api.messages_to(group)
    assert note["text"] == "Ich arbeite nur im privaten Chat – hier ist der Link: https://t.me/lotse_test_bot"
    assert api.calls_for(group, "leaveChat") == 1 and api.calls_for(channel, "sendMessage") == 1
    assert "answerCallbackQuery" in api.calls
    assert not stored(db, group) and not stored(db, channel)


def test_odd_private_input_gets_a_clear_answer(running):
    api = running.api
    api.user_message(ODD, "/start", language_code="en")
    api.wait_for_messages(ODD, 1, timeout=60)
    api.user_presses(ODD, "1|lang|\udc00")
    assert "no longer" in api.wait_for_messages(ODD, 3)[-2]["text"]  # the outdated-button answer, and on
    location = api._message(ODD, "en", location={"latitude": "north", "longitude": "12.3"})
    api.deliver({"message": location})
    assert "cannot read" in api.wait_for_messages(ODD, 5)[-2]["text"]
    edited = api.message_update(ODD, "Spielsucht")["message"] | {"edit_date": 1}
    api.deliver({"edited_message": edited})
    assert "edited messages" in api.wait_for_messages(ODD, 6)[-1]["text"]
    api.deliver({"inline_query": {"id": "1", "from": {"id": ODD, "is_bot": False, "first_name": "A"}, "query": "x"}})
    api.user_message(ODD, "Spielsucht\ud83d")  # a lone high surrogate after the word
    assert "Is this about you" in api.wait_for_messages(ODD, 7)[-1]["text"]
    assert api.count[ODD] == 7  # the inline query went unanswered, deliberately


def test_polling_goes_on_after_an_update_it_cannot_read(running):
    api = running.api
    api.user_message(POLLING, "/start")
    api.wait_for_messages(POLLING, 1, timeout=60)
    api.deliver({"message": {"message_id": 1, "chat": "Erika Mustermann, Hauptstraße 5", "text": "hallo"}})
    api.user_message(POLLING, "Spielsucht")
    assert "Geht es um dich selbst" in api.wait_for_messages(POLLING, 2)[-1]["text"]
    polls = api.calls.count("getUpdates")
    time.sleep(1.5)
    assert api.calls.count("getUpdates") - polls <= 4  # long polling, not spinning on the bad update


def test_one_chats_updates_stay_in_order_while_others_are_answered(running):
    api = running.api
    script = ("/start", "Spielsucht", "für mich selbst", "04109", "/help")
    for chat in range(ORDERED, ORDERED + 5):
        for text in script:
            api.user_message(chat, text)
    for chat in range(ORDERED, ORDERED + 5):
        replies = [m["text"] for m in api.wait_for_messages(chat, 6)]
        assert "Worum geht es" in replies[0] and "Geht es um dich selbst" in replies[1]
        assert "Wo suchst du" in replies[2] and "[DEMO] Spielsucht" in replies[3]
        assert replies[4].startswith("So funktioniert es")


def test_the_fuzz_plan_is_seeded():
    first, again = RandomUpdates(3).plan(200), RandomUpdates(3).plan(200)
    assert json.dumps([p.update for p in first]) == json.dumps([p.update for p in again])

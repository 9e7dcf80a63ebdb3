"""Stopping the bot as a platform does, with SIGTERM, while updates are in flight: those get their
replies, new ones are refused cleanly (the webhook answers 503, which Telegram sends again later),
and the process exits 0 within SHUTDOWN_SECONDS; an update slower than that is cut off instead of
holding the exit up. The default run stops each mode once; `pytest -m bench` ten times each."""

from __future__ import annotations

import json
import signal
import threading
import time

import pytest

from tests.bot_process import free_port, log_lines, post_body, read_log, start_bot
from tests.fake_bot_api import FakeBotApi, Fault
from tests.test_operations import get

IN_FLIGHT = 4  # updates being handled when SIGTERM comes
HELD = 1.5  # seconds the fake Bot API takes to answer each of their answerCallbackQuery
BOUND = 6.0  # SHUTDOWN_SECONDS for these runs
SLACK = 3.0  # for the interpreter's exit on a busy machine
SECRET = "stop-secret"
pytestmark = pytest.mark.alone  # exit times are asserted


def held(seconds: float):
    """The fake's answer to a button press's answerCallbackQuery comes after `seconds`."""
    return lambda method, _params: Fault(delay=seconds) if method == "answerCallbackQuery" else None


def started(api: FakeBotApi, port: int, mode: str, bound: float, db: str):
    env = {"SHUTDOWN_SECONDS": str(bound), "WEBHOOK_LISTEN": "127.0.0.1"}
    if mode == "webhook":
        env |= {"WEBHOOK_URL": "https://bot.example.org/telegram", "PORT": str(port), "WEBHOOK_SECRET": SECRET}
    else:
        env |= {"HEALTH_PORT": str(port)}
    bot = start_bot(api, db, env, demo=True)
    wait_for(lambda: _ready(port), 90, "the bot to be ready", bot)
    return bot


def _ready(port: int) -> bool:
    try:
        return get(port, "/readyz")[0] == 200
    except OSError:
        return False


def wait_for(condition, timeout: float, what: str, bot=None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline and (bot is None or bot.poll() is None), f"timed out waiting for {what}"
        time.sleep(0.05)


def presses(api: FakeBotApi) -> int:
    return sum(1 for _, method, _ in api.requests if method == "answerCallbackQuery")


def stop_under_load(api: FakeBotApi, mode: str, db: str, run: int) -> None:
    """One bot: IN_FLIGHT button presses held by the fake, SIGTERM, and what follows."""
    port = free_port()
    bot = started(api, port, mode, BOUND, db)
    chats = [1000 * run + n for n in range(IN_FLIGHT)]
    api.fault = held(HELD)
    answers: dict[int, tuple[int, bytes]] = {}
    posting = [threading.Thread(target=press, args=(api, port, mode, chat, answers)) for chat in chats]
    for thread in posting:
        thread.start()
    wait_for(lambda: presses(api) >= IN_FLIGHT * (run + 1), 30, "the presses to be in flight")

    bot.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    wait_for(lambda: get(port, "/readyz")[::2] == (503, "stopping"), 5, "/readyz to say stopping")
    if mode == "webhook":
        assert post(port, api.button_update(chats[0] + 500, "old-button")) == (503, b"stopping")
    bot.wait(timeout=BOUND + SLACK)
    took = time.monotonic() - signalled
    for thread in posting:
        thread.join(timeout=BOUND)
    log = read_log(bot)
    print(f"{mode} run {run}: exit {took:.2f} s after SIGTERM, {IN_FLIGHT} updates in flight for {HELD} s")

    assert bot.returncode == 0, log[-2000:]
    assert took < BOUND, f"run {run}: exit {took:.1f} s after SIGTERM"
    for chat in chats:
        if mode == "webhook":
            status, answer = answers[chat]
            assert status == 200, (run, chat, answer)
            api.webhook_answered(answer)  # as Telegram sends the answer's message
        stale, prompt = (message["text"] for message in api.messages_to(chat))
        assert "nicht mehr aktuell" in stale and "Worum geht es" in prompt, (run, chat)
    assert "Traceback" not in log and "cut off" not in log
    assert sum(line["message"] == "update" for line in log_lines(log)) == IN_FLIGHT


def press(api: FakeBotApi, port: int, mode: str, chat: int, answers: dict | None = None) -> None:
    """A button press, posted to the webhook (its answer kept in `answers`) or queued for polling."""
    if mode == "polling":
        api.user_presses(chat, "old-button")
        return
    try:
        answers[chat] = post(port, api.button_update(chat, "old-button"))
    except OSError as error:  # cut off: Telegram would send it again
        answers[chat] = (0, str(error).encode())


def post(port: int, update: dict) -> tuple[int, bytes]:
    return post_body(port, json.dumps(update).encode(), SECRET)


@pytest.mark.parametrize("runs", [1, pytest.param(10, marks=pytest.mark.bench)])
@pytest.mark.parametrize("mode", ["webhook", "polling"])
def test_sigterm_lets_the_updates_in_flight_finish_and_exits_in_time(tmp_path, mode, runs):
    with FakeBotApi() as api:
        for run in range(runs):
            stop_under_load(api, mode, f"sqlite:///{tmp_path}/bot{run}.sqlite3", run)


@pytest.mark.parametrize("mode", ["webhook", "polling"])
def test_an_update_slower_than_the_bound_is_cut_off_and_the_bot_exits_anyway(tmp_path, mode):
    with FakeBotApi() as api:
        port = free_port()
        bot = started(api, port, mode, 1.0, f"sqlite:///{tmp_path}/bot.sqlite3")
        api.fault = held(20)
        threading.Thread(target=press, args=(api, port, mode, 7, {}), daemon=True).start()
        wait_for(lambda: presses(api) == 1, 30, "the press to be in flight")
        signalled = time.monotonic()
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=1.0 + SLACK)
        took = time.monotonic() - signalled
        log = read_log(bot)
    assert bot.returncode == 0 and took < 1.0 + SLACK, log[-2000:]
    assert "updates unfinished after 1 s, cut off" in log

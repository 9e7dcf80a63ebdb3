"""The webhook as an attacker meets it: the real bot process without WEBHOOK_SECRET, over real HTTP."""

from __future__ import annotations

import http.client
import json
import re
import socket
import time
import urllib.error

import pytest

from bot.telegram.webhook import BODY_SECONDS, LINGER_SECONDS
from tests.bot_process import free_port, post_body, post_update, start_bot, stop, wait_until_listening
from tests.fake_bot_api import FakeBotApi

CHAT = 5151


def buttons(message: dict) -> dict[str, str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


@pytest.fixture(scope="module")
def webhook(tmp_path_factory):
    """(api, port, secret): one bot for the module; the secret as Telegram got it from setWebhook."""
    folder = tmp_path_factory.mktemp("webhook")
    port = free_port()
    env = {"WEBHOOK_URL": "https://bot.example.org/telegram", "PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1"}
    with FakeBotApi() as api:
        bot = start_bot(api, f"sqlite:///{folder}/bot.sqlite3", {**env, "WEBHOOK_SECRET": ""}, demo=True)
        try:
            deadline = time.monotonic() + 60
            while not api.webhook.get("secret_token"):
                assert time.monotonic() < deadline and bot.poll() is None, "webhook was not registered"
                time.sleep(0.1)
            wait_until_listening(port, deadline)
            yield api, port, api.webhook["secret_token"]
        finally:
            log = stop(bot)
        assert "Traceback" not in log and " 500 " not in log
        assert "registered one generated for this run" in log and api.webhook["secret_token"] not in log


def post_raw(port: int, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/telegram", body, {"Content-Type": "application/json", **headers})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_the_generated_secret_is_one_telegram_accepts(webhook):
    _api, _port, secret = webhook
    assert re.fullmatch(r"[A-Za-z0-9_-]{32,256}", secret)


def test_forged_updates_are_refused_and_change_nothing(webhook):
    api, port, secret = webhook
    post_update(api, port, api.message_update(CHAT, "/start"), secret)
    post_update(api, port, api.message_update(CHAT, "Spielsucht"), secret)
    post_update(api, port, api.message_update(CHAT, "ich selbst"), secret)
    post_update(api, port, api.message_update(CHAT, "Leipzig"), secret)
    results = api.messages_to(CHAT)[-1]
    assert "[DEMO] Spielsucht" in results["text"]
    sent = api.count[CHAT]

    forged = [api.message_update(CHAT, "/delete"), api.message_update(CHAT, "Leipzig"), api.message_update(CHAT, "1")]
    for update in forged:
        body = json.dumps(update).encode()
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {"X-Telegram-Bot-Api-Secret-Token": "ä"}):
            status, answer = post_raw(port, body, headers)
            assert status == 403 and b"sendMessage" not in answer and b"Spielsucht" not in answer
        assert post_body(port, body, secret[:-1])[0] == 403
    assert api.count[CHAT] == sent  # nothing was sent to the person

    post_update(api, port, api.button_update(CHAT, buttons(results)["1. Details"]), secret)
    assert "Telefon" in api.messages_to(CHAT)[-1]["text"]  # the conversation is where it was


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"update_id": 1, "message": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001,
        b"{not json",
        b"\xff\xfe not utf-8",
        b"",
        b"[1, 2]",
        b'{"update_id": "x", "message": 5}',
        b'{"update_id": true}',
    ],
    ids=["nested-array", "nested-update", "malformed", "not-utf8", "empty", "array", "id-text", "id-bool"],
)
def test_what_is_no_update_gets_400(webhook, body):
    api, port, secret = webhook
    assert post_body(port, body, secret)[0] == 400


def test_an_update_the_bot_cannot_read_is_acknowledged_and_ignored(webhook):
    api, port, secret = webhook
    before = len(api.sent)
    assert post_body(port, b'{"update_id": 7, "message": 5}', secret) == (200, b"")
    assert post_body(port, b'{"update_id": 8, "message": {"chat": "x"}}', secret) == (200, b"")
    assert len(api.sent) == before


def test_a_huge_body_gets_413(webhook):
    _api, port, secret = webhook
    huge = json.dumps({"update_id": 9, "padding": "x" * 2_000_000}).encode()
    try:
        status = post_body(port, huge, secret)[0]
    except (ConnectionError, urllib.error.URLError):
        pytest.fail("the connection was dropped instead of answered")
    assert status == 413


@pytest.mark.alone
@pytest.mark.parametrize("sends", [b"", b'{"update_id": 1, "mess'], ids=["no-body", "half-a-body"])
def test_a_slow_body_is_cut_off_within_the_bound(webhook, sends):
    _api, port, secret = webhook
    with socket.create_connection(("127.0.0.1", port), timeout=BODY_SECONDS + 10) as connection:
        head = "POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
        connection.sendall(f"{head}X-Telegram-Bot-Api-Secret-Token: {secret}\r\n\r\n".encode() + sends)
        started = time.monotonic()
        received = connection.recv(4096)
        answered = time.monotonic() - started
        while chunk := connection.recv(4096):
            received += chunk
        closed = time.monotonic() - started
    print(f"\nslow body: {received.split(b' ')[1].decode()} after {answered:.1f} s, closed after {closed:.1f} s")
    assert received.startswith(b"HTTP/1.1 408")
    assert BODY_SECONDS - 0.5 < answered < BODY_SECONDS + 2
    assert closed < BODY_SECONDS + LINGER_SECONDS + 2

"""The real bot process (`python -m bot run`) for end-to-end tests and benchmarks, and how to reach
its webhook."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from typing import IO

from tests.cli import ROOT
from tests.fake_bot_api import FakeBotApi


def start_bot(
    api: FakeBotApi,
    db: str,
    extra_env: dict | None = None,
    cpus: set[int] | None = None,
    log: IO | None = None,
    demo: bool = False,
) -> subprocess.Popen:
    """Start the bot against the fake API; `demo` as `--demo` does (the schema upgraded, and the demo
    directory in an empty database); `cpus` pins it to those cores (benchmarks). Its log goes to
    `log` if given, else to a temporary file that stop() reads (a pipe would hold 64 KB, and the bot
    logs a line per update: more would stall it)."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "DATABASE_URL": db,
        "STATE_SECRET": "test-secret",
        "WEBHOOK_URL": "",
        **(extra_env or {}),
    }
    own_log = None if log else tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - lives with the process
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *(["--demo"] if demo else []), "run", "--base-url", api.base_url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log or own_log,
        text=True,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
    )
    process.own_log = own_log
    return process


def stop(process: subprocess.Popen) -> str:
    """SIGTERM, as a platform stops the bot; its log (unless start_bot() was given one)."""
    process.terminate()
    process.wait(timeout=30)
    return read_log(process)


def read_log(process: subprocess.Popen) -> str:
    if process.own_log is None:
        return ""
    process.own_log.seek(0)
    return process.own_log.read()


def log_lines(log: str) -> list[dict]:
    """The bot's log as the JSON objects it writes (LOG_FORMAT=json, the default)."""
    return [json.loads(line) for line in log.splitlines() if line.startswith("{")]


def figures(log: str) -> dict[str, int]:
    """The counts the bot logs when it stops (bot/telegram/figures.py)."""
    line = next((r["message"] for r in log_lines(log) if r["message"].startswith("updates and replies: ")), None)
    assert line, log[-3000:]
    return {name: int(count) for name, count in re.findall(r"([a-z ]+?) (\d+)(?:, |$)", line.split(": ", 1)[1])}


def webhook_env(port: int, secret: str, paced: bool = True) -> dict:
    """The settings of a bot in webhook mode on this port; unpaced, it answers as fast as it can
    (benchmarks, and thousands of button answers that would take a minute at Telegram's pace)."""
    env = {
        "WEBHOOK_URL": "https://bot.example.org/telegram",
        "PORT": str(port),
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_SECRET": secret,
    }
    return env if paced else env | {"RATE_LIMIT": "false"}


def wait_until_listening(port: int, deadline: float) -> None:
    """Until the webhook server takes connections (time.monotonic() `deadline`)."""
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, "webhook server did not start"
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_update(api: FakeBotApi, port: int, update: dict, secret: str) -> int:
    """Post to the webhook as Telegram does, and let the fake API run the method in the answer."""
    status, answer = post_body(port, json.dumps(update).encode(), secret)
    if status == 200:
        api.webhook_answered(answer)
    return status


def post_body(port: int, body: bytes, secret: str) -> tuple[int, bytes]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/telegram",
        data=body,
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()

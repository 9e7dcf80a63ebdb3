"""The real bot process (`python -m bot run`) for end-to-end tests and benchmarks, and how to reach
its webhook."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
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
    `log` if given (a pipe holds 64 KB: more stalls the bot until stop() reads it)."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "DATABASE_URL": db,
        "STATE_SECRET": "test-secret",
        "WEBHOOK_URL": "",
        **(extra_env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *(["--demo"] if demo else []), "run", "--base-url", api.base_url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=log or subprocess.PIPE,
        text=True,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
    )


def stop(process: subprocess.Popen) -> str:
    process.terminate()
    _out, err = process.communicate(timeout=30)
    return err or ""


def figures(log: str) -> dict[str, int]:
    """The counts the bot logs when it stops (bot/telegram/figures.py)."""
    line = re.search(r"updates and replies: (.*)", log)
    assert line, log[-3000:]
    return {name: int(count) for name, count in re.findall(r"([a-z ]+?) (\d+)(?:, |$)", line[1])}


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

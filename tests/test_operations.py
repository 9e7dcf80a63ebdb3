"""What an operator's tools see of the running bot: /healthz, /readyz and /metrics beside the webhook,
and one JSON log line per update; none of it carries anything of a person."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request

from tests.bot_process import free_port, log_lines, post_update, start_bot, stop, webhook_env
from tests.databases import take_down
from tests.fake_bot_api import FakeBotApi

CHAT = 73_519_246
SECRET = "ops-secret"
TYPED = ("Spielsucht", "alles ist sinnlos", "ich will nicht mehr leben", "Leipzig")
UPDATE_FIELDS = {"time", "level", "logger", "message", "kind", "step", "ms", "outcome"}


def get(port: int, path: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET, without the webhook's secret."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def wait_until_up(port: int, bot, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            get(port, "/healthz")
            return
        except OSError:
            assert time.monotonic() < deadline and bot.poll() is None, "the webhook server did not start"
            time.sleep(0.2)


def sample(metrics: str, name: str, **labels: str) -> float:
    """One sample of the Prometheus text format."""
    selector = ",".join(f'{key}="{value}"' for key, value in labels.items())
    pattern = re.escape(name + (f"{{{selector}}}" if labels else "")) + r" ([0-9.e+]+)$"
    found = re.search(pattern, metrics, re.MULTILINE)
    assert found, f"{name} {labels} not in the metrics"
    return float(found[1])


def test_health_metrics_and_log_lines_of_a_running_webhook(database_url):
    port = free_port()
    env = webhook_env(port, SECRET)
    with FakeBotApi() as api:
        bot = start_bot(api, database_url, env, demo=True)
        try:
            wait_until_up(port, bot)
            assert get(port, "/healthz")[::2] == (200, "ok")
            assert get(port, "/readyz")[::2] == (200, "ready")

            def send(update: dict) -> None:
                assert post_update(api, port, update, SECRET) == 200

            send(api.message_update(CHAT, "/start"))
            send(api.message_update(CHAT, TYPED[0]))
            send(api.button_update(CHAT, "no-such-button"))
            send(api.message_update(CHAT, TYPED[1]))  # the safety question
            send(api.message_update(CHAT, TYPED[2]))  # crisis help
            dice = api.message_update(CHAT, "")
            dice["message"].pop("text")
            send(dice | {"message": dice["message"] | {"dice": {"emoji": "🎲", "value": 3}}})  # one it cannot read
            status, kind, metrics = get(port, "/metrics")
            assert status == 200 and kind.startswith("text/plain")
            assert sample(metrics, "lotse_updates_total", kind="command", outcome="reply") == 1
            assert sample(metrics, "lotse_updates_total", kind="text", outcome="reply") == 1
            assert sample(metrics, "lotse_updates_total", kind="button", outcome="reply") == 1
            assert sample(metrics, "lotse_updates_total", kind="text", outcome="check") == 1
            assert sample(metrics, "lotse_updates_total", kind="text", outcome="crisis") == 1
            assert sample(metrics, "lotse_updates_total", kind="other", outcome="reply") == 1
            assert sample(metrics, "lotse_updates_total", kind="location", outcome="error") == 0
            assert sample(metrics, "lotse_reply_seconds_count") == 6
            assert sample(metrics, "lotse_directory_groups") > 0
            assert sample(metrics, "lotse_state_store_failures_total", operation="save") == 0
            assert str(CHAT) not in metrics and not any(text in metrics for text in TYPED)

            take_down(database_url)
            assert get(port, "/readyz")[::2] == (503, "database")
            assert get(port, "/healthz")[::2] == (200, "ok")  # alive: a restart would not bring the database back
            send(api.message_update(CHAT, TYPED[3]))  # answered anyway, from a fresh start
            failures = sample(get(port, "/metrics")[2], "lotse_state_store_failures_total", operation="load")
            assert failures >= 1
        finally:
            log = stop(bot)
        assert bot.returncode == 0

    lines = log_lines(log)
    assert len(lines) == len(log.splitlines())  # every line is one JSON object
    updates = [line for line in lines if line["message"] == "update"]
    assert all(set(line) == UPDATE_FIELDS for line in updates)
    assert [(u["kind"], u["outcome"]) for u in updates] == [
        ("command", "reply"),
        ("text", "reply"),
        ("button", "reply"),
        ("text", "check"),
        ("text", "crisis"),
        ("other", "reply"),
        ("text", "reply"),
    ]
    assert [u["step"] for u in updates[:2]] == ["topic", "role"]
    assert all(isinstance(u["ms"], float) and 0 <= u["ms"] < 10_000 for u in updates)
    assert str(CHAT) not in log and not any(text in log for text in TYPED)

"""The bot's Prometheus metrics: kinds and outcomes only, never anything of a person.

Every label has a fixed, small set of values (KINDS, OUTCOMES, OPERATIONS), so no label can carry a
chat id, a text or a topic someone typed. The process collectors of prometheus-client (memory,
CPU, open files) come along. Served at /metrics (bot/telegram/health.py).
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

KINDS = ("text", "button", "command", "location", "other")
OUTCOMES = (  # what became of an update; when several things did, the later in this list is its outcome
    "ignored",  # kinds the bot does not answer (inline queries, polls, ...)
    "reply",  # answered in the conversation
    "check",  # answered with the safety question
    "crisis",  # answered with crisis help
    "slowed",  # the one "langsamer bitte" of a flood (answered, but not in the conversation)
    "dropped",  # the rest of a flood
    "not_private",  # from a group, supergroup or channel
    "not_delivered",  # the reply did not go out after retries (a crisis reply too)
    "blocked",  # the person had blocked the bot: forgotten
    "error",  # handling raised (a bug): see the log line "update failed"
)
OPERATIONS = ("load", "save", "forget", "other")
CONTENT_TYPE = CONTENT_TYPE_LATEST
disable_created_metrics()  # a `_created` series beside each counter doubles the output and says nothing here

UPDATES = Counter("lotse_updates", "Updates by kind and outcome", ["kind", "outcome"])
REPLY_SECONDS = Histogram(
    "lotse_reply_seconds",
    "From an update's arrival until its last reply went out (answered updates only)",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
IN_FLIGHT = Gauge("lotse_updates_in_flight", "Updates being handled now")
STATE_STORE_FAILURES = Counter(
    "lotse_state_store_failures",
    "State-store operations the database refused (the person was answered anyway)",
    ["operation"],
)
DIRECTORY_GROUPS = Gauge("lotse_directory_groups", "Groups in the directory the bot has loaded")

for _kind in KINDS:
    for _outcome in OUTCOMES:
        UPDATES.labels(_kind, _outcome)  # present from the start at 0, so rates work from the first scrape
for _operation in OPERATIONS:
    STATE_STORE_FAILURES.labels(_operation)


def state_store_failed(operation: str) -> None:
    """`read` is a load that also returns the row's version (bot/storage/state_store.py)."""
    operation = "load" if operation == "read" else operation
    STATE_STORE_FAILURES.labels(operation if operation in OPERATIONS else "other").inc()


def count_directory(groups: Callable[[], int]) -> None:
    """The directory size is read at each scrape, so it follows a directory that is reloaded."""
    DIRECTORY_GROUPS.set_function(groups)


def exposition() -> bytes:
    return generate_latest(REGISTRY)

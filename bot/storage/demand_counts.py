"""The demand report's counters: one row per ISO week × contact point × source × topic × role ×
outcome, incremented by one upsert (SQLite and PostgreSQL say it alike).

What is counted, and when, is decided by the conversation (dialogs/outcomes.py); this only turns
an outcome into its row, with the week as the only time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from bot.storage.models import DemandCount
from dialogs.model import Reached

TABLE = DemandCount.__table__
KEY = ("week", "contact_point", "source", "topic", "role", "outcome")


def iso_week(moment: datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def counter_row(reached: Reached, moment: datetime) -> dict:
    return {
        "week": iso_week(moment),
        "contact_point": reached.contact_point[:100],
        "source": reached.source,
        "topic": reached.topic[:100],
        "role": reached.role,
        "outcome": reached.outcome.value,
        "count": 1,
    }


def increment(dialect: str) -> Insert:
    """Insert a counter, or add its count to the existing one."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](TABLE)
    return insert.on_conflict_do_update(
        index_elements=[TABLE.c[name] for name in KEY], set_={"count": TABLE.c.count + insert.excluded["count"]}
    )


def add_counts(connection: Connection, rows: list[dict]) -> None:
    if rows:
        connection.execute(increment(connection.dialect.name), rows)


def recorder(engine: Engine) -> Callable[[Reached], None]:
    """Count each outcome as it comes, in a transaction of its own (the console chat keeps its
    state in memory; the bot counts through its state store)."""

    def count(reached: Reached) -> None:
        with engine.begin() as connection:
            add_counts(connection, [counter_row(reached, datetime.now(UTC))])

    return count

"""What became of the updates and replies: counts only, for the operator.

The bot logs them when it stops. Every update is counted once: answered, deliberately ignored,
dropped by the per-chat limit, or from outside a private chat. Counting also notes the outcome of
the update being handled, for its metrics and log line (bot/telegram/turns.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from bot.telegram import turns
from bot.telegram.pacing import Retries

OUTCOME = {  # the update's outcome (bot/telegram/metrics.py) that a count says
    "answered": "reply",
    "ignored": "ignored",
    "slowed": "slowed",
    "dropped": "dropped",
    "not_private": "not_private",
    "not_delivered": "not_delivered",
    "blocked": "blocked",
    "failed": "error",
}


@dataclass
class Figures:
    answered: int = 0  # a private update that got its answer (or found the person had blocked the bot)
    ignored: int = 0  # kinds the bot does not answer: inline queries, polls, reactions, ... (README)
    slowed: int = 0  # the one "langsamer bitte" of a flood
    dropped: int = 0  # the rest of a flood
    not_private: int = 0  # updates from groups, supergroups and channels
    left_chats: int = 0  # groups and channels the bot left
    not_delivered: int = 0  # turns whose reply did not go out after retries
    apologies: int = 0  # of those, the ones where an apology went out instead
    blocked: int = 0  # chats forgotten because the person blocked the bot
    failed: int = 0  # updates whose handling raised (a bug): see the log line "update failed"
    late: int = 0  # updates that reached the database after a newer one of their chat (applied on top)
    recomputed: int = 0  # steps computed again: another replica had saved a step of the chat meanwhile
    unapplied: int = 0  # updates overtaken at every attempt (apologised)

    def add(self, name: str) -> None:
        setattr(self, name, getattr(self, name) + 1)
        if name in OUTCOME:
            turns.note(OUTCOME[name])

    def summary(self, retries: Retries | None) -> str:
        counts = asdict(self) | (asdict(retries) if retries else {})
        return ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in counts.items())

"""How many messages one chat may have answered: a token bucket per chat.

One person sending hundreds of messages must not use up the bot's Telegram budget (about 30
messages a second for all chats together) or its time. Each chat may send `burst` messages at
once and then `rate` a second. Beyond that, the first message is told to slow down and the rest
are dropped, until the bucket has refilled completely (the person paused). Crisis messages are
never dropped: the caller lets them through when take() says no, before it asks refuse().
Pure bookkeeping over the times it is given, so it is tested without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

RATE, BURST = 2.0, 8  # a person tapping through the buttons quickly stays well within this
MAX_TRACKED = 10_000  # buckets kept before full ones are let go (a full bucket is a fresh chat)


class Verdict(Enum):
    ANSWER = "answer"
    SLOW_DOWN = "slow down"  # the one note of a flood
    DROP = "drop"


@dataclass
class _Bucket:
    tokens: float
    at: float
    noted: bool = False


class ChatLimit:
    def __init__(self, rate: float = RATE, burst: int = BURST) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[object, _Bucket] = {}

    def take(self, chat: object, now: float) -> bool:
        """Spend one message of the chat's budget; False when there is none left."""
        bucket = self._buckets.get(chat)
        if bucket is None:
            if len(self._buckets) >= MAX_TRACKED:
                self._forget_full(now)
            bucket = self._buckets[chat] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        if bucket.tokens >= self.burst:
            bucket.noted = False  # paused long enough: a new flood gets a new note
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def refuse(self, chat: object) -> Verdict:
        """A message over the budget: the first of a flood gets the note, the rest nothing."""
        bucket = self._buckets[chat]
        if bucket.noted:
            return Verdict.DROP
        bucket.noted = True
        return Verdict.SLOW_DOWN

    def _forget_full(self, now: float) -> None:
        full = [chat for chat, b in self._buckets.items() if b.tokens + (now - b.at) * self.rate >= self.burst]
        for chat in full:
            del self._buckets[chat]

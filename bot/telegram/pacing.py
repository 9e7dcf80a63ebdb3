"""Every Bot API request the bot makes: paced, never inside Telegram's waiting time, retried.

python-telegram-bot hands each request to a rate limiter (its `BaseRateLimiter`), the one place
that sees them all. Ours
- keeps all chats together within Telegram's budget (`per_second` messages; getUpdates is not
  paced, python-telegram-bot never passes it here);
- honours `retry_after`: after a 429, no request at all goes out until the waiting time is over,
  and the refused request is retried. AIORateLimiter pauses too, but any request that finishes
  meanwhile lifts its pause early (its `finally`), so under concurrency requests went out inside
  the window;
- retries network errors, timeouts and 5xx answers (python-telegram-bot's NetworkError) with
  doubling backoff, a bounded number of times. A timed-out sendMessage may have arrived: a
  retry can then show a message twice, which is better than silence.
Other errors (403 blocked, 400) are not retried; the caller decides what they mean.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from dataclasses import dataclass
from datetime import timedelta

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)


@dataclass
class Retries:
    """How often Telegram made the bot wait or repeat itself (for the operator's figures)."""

    waits: int = 0  # 429 with retry_after
    repeats: int = 0  # network errors, timeouts and 5xx retried


class Pacing(BaseRateLimiter[None]):
    def __init__(self, per_second: float | None = 30, attempts: int = 4, backoff: float = 0.5) -> None:
        """`per_second` None: no pacing (benchmarks); waits and retries still apply."""
        self._budget = AsyncLimiter(per_second, 1) if per_second else None
        self._attempts = attempts
        self._backoff = backoff
        self._resume_at = 0.0  # time.monotonic() before which no request goes out
        self.retries = Retries()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        attempt = 1
        while True:
            try:
                await self._turn(paced="chat_id" in data)
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                self._wait_out(error)
                if attempt == self._attempts:
                    raise
            except BadRequest:
                raise
            except NetworkError:
                if attempt == self._attempts:
                    raise
                self.retries.repeats += 1
                await asyncio.sleep(self._backoff * 2 ** (attempt - 1))
            attempt += 1

    async def _turn(self, paced: bool) -> None:
        """Wait until Telegram's waiting time is over and the budget has room; checked again after
        waiting for the budget, so that a 429 meanwhile is honoured too."""
        while True:
            left = self._resume_at - time.monotonic()
            if left > 0:
                await asyncio.sleep(left)
                continue
            if self._budget is not None and paced:
                await self._budget.acquire()
            if time.monotonic() >= self._resume_at:
                return

    def _wait_out(self, error: RetryAfter) -> None:
        with warnings.catch_warnings():  # the int-or-timedelta transition of python-telegram-bot 22
            warnings.simplefilter("ignore", PTBDeprecationWarning)
            wait = error.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        resume_at = time.monotonic() + seconds
        if resume_at > self._resume_at:
            self._resume_at = resume_at
            self.retries.waits += 1
            log.info("Telegram asked to wait %.1f s; no request goes out until then", seconds)

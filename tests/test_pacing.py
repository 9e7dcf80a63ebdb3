"""Every Bot API request through the pacing: nothing goes out inside a retry_after window, and
network errors are retried a bounded number of times, other errors not at all."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.pacing import Pacing


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter's own constructor
async def test_no_request_goes_out_inside_a_retry_after_window():
    pacing, sent, refused_at = Pacing(per_second=None), [], []

    async def send(number: int) -> int:
        if number == 0 and not refused_at:
            refused_at.append(time.monotonic())
            raise RetryAfter(1)
        sent.append(time.monotonic())
        return number

    async def request(number: int) -> int:
        await asyncio.sleep(0.05 * number)
        return await pacing.process_request(send, (number,), {}, "sendMessage", {"chat_id": number}, None)

    assert await asyncio.gather(*(request(n) for n in range(8))) == list(range(8))
    assert all(moment >= refused_at[0] + 1 for moment in sent)  # the refused one too, once it was over
    assert pacing.retries.waits == 1


@pytest.mark.parametrize("error", [NetworkError("Bad Gateway"), TimedOut()])
async def test_network_errors_are_retried_with_backoff_then_given_up(error):
    pacing, attempts = Pacing(per_second=None, attempts=3, backoff=0.01), []

    async def send() -> None:
        attempts.append(time.monotonic())
        raise error

    with pytest.raises(type(error)):
        await pacing.process_request(send, (), {}, "sendMessage", {"chat_id": 1}, None)
    assert len(attempts) == 3 and pacing.retries.repeats == 2
    # doubling: 0.01 s, then 0.02 s at least (a loaded machine may wake either later, never earlier)
    assert attempts[1] - attempts[0] >= 0.01 and attempts[2] - attempts[1] >= 0.02


@pytest.mark.parametrize("error", [Forbidden("blocked"), BadRequest("message is too long")])
async def test_what_a_retry_cannot_change_is_not_retried(error):
    pacing, attempts = Pacing(per_second=None), []

    async def send() -> None:
        attempts.append(1)
        raise error

    with pytest.raises(type(error)):
        await pacing.process_request(send, (), {}, "sendMessage", {"chat_id": 1}, None)
    assert attempts == [1]

"""The per-chat limit: a burst, then a steady rate; one note per flood; a pause forgives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.telegram.chat_limit import ChatLimit, Verdict


def test_a_burst_then_one_note_then_silence_until_the_rate_allows_again():
    limit = ChatLimit(rate=2.0, burst=5)
    assert all(limit.take("a", 0.0) for _ in range(5))
    assert not limit.take("a", 0.0) and limit.refuse("a") is Verdict.SLOW_DOWN
    assert not limit.take("a", 0.1) and limit.refuse("a") is Verdict.DROP
    assert limit.take("b", 0.1)  # other chats have their own budget
    assert limit.take("a", 0.6)  # half a second at 2 a second: one more
    assert not limit.take("a", 0.7) and limit.refuse("a") is Verdict.DROP  # still the same flood: no second note
    assert limit.take("a", 10.0) and all(limit.take("a", 10.0) for _ in range(4))  # paused: a full burst again
    assert not limit.take("a", 10.0) and limit.refuse("a") is Verdict.SLOW_DOWN  # and a new flood, a new note


@given(st.lists(st.floats(min_value=0, max_value=0.5), min_size=1, max_size=300))
def test_answered_never_exceed_the_burst_plus_the_rate_over_the_time(gaps):
    limit, now, answered, notes = ChatLimit(rate=2.0, burst=8), 0.0, 0, 0
    for gap in gaps:
        now += gap
        if limit.take("chat", now):
            answered += 1
        elif limit.refuse("chat") is Verdict.SLOW_DOWN:
            notes += 1
    assert answered <= 8 + 2.0 * now + 1e-9
    assert notes <= 1 + now / (8 / 2.0)  # a new note only after the bucket had refilled completely

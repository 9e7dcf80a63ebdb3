"""The keyboards of the Telegram adapter: the JSON that rides back in a webhook's answer must be
what python-telegram-bot sends for the same buttons through the Bot API."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.telegram.delivery import Keyboard, markup

labels = st.text(min_size=1, max_size=40)
button_rows = st.lists(
    st.lists(st.tuples(labels, st.text(min_size=1, max_size=64)), min_size=1, max_size=4).map(tuple),
    min_size=1,
    max_size=8,
).map(tuple)


@given(button_rows)
def test_inline_buttons_answer_the_webhook_as_python_telegram_bot_sends_them(rows):
    keyboard = Keyboard(rows)
    assert keyboard.as_json() == markup(keyboard).to_dict()


@given(labels)
def test_the_share_location_button_answers_the_webhook_as_python_telegram_bot_sends_it(label):
    keyboard = Keyboard(share_location=label)
    assert keyboard.as_json() == markup(keyboard).to_dict()

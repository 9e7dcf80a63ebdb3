"""Replies as Telegram messages, and whether they reached the person.

A reply becomes an Outgoing message with inline buttons (or the one button that shares a
location). deliver() sends a turn's messages in order, through the Bot API or, under the webhook,
the last one as the webhook's answer (bot/telegram/webhook.py). Retries happen below it, in every
request (bot/telegram/pacing.py); what deliver() reports is what is left after them: sent, blocked
(403: the person blocked the bot or deleted their account) or failed.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from enum import Enum

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup
from telegram.error import Forbidden, TelegramError

from bot.i18n import gettext_for
from bot.render import button_label, render_text
from bot.telegram import callback_data
from bot.telegram.webhook import ANSWER
from dialogs import messages as m
from dialogs.model import Reply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Keyboard:
    """A message's buttons: rows of inline buttons (label, callback data), or the one button that
    shares a location (a reply keyboard cannot share a message with inline buttons)."""

    rows: tuple[tuple[tuple[str, str], ...], ...] = ()
    share_location: str = ""

    def as_json(self) -> dict:
        """As the Bot API takes it, for the webhook's answer: python-telegram-bot's to_dict() took
        70 µs for a page of results. A test holds it equal to markup(self).to_dict()."""
        if self.share_location:
            button = {"text": self.share_location, "request_location": True}
            return {"keyboard": [[button]], "one_time_keyboard": True, "resize_keyboard": True}
        rows = [[{"text": label, "callback_data": data} for label, data in row] for row in self.rows]
        return {"inline_keyboard": rows}


@functools.lru_cache(maxsize=4096)
def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | ReplyKeyboardMarkup:
    """Memoised: most keyboards recur in every conversation, and python-telegram-bot's objects are
    immutable but slow to build."""
    if keyboard.share_location:
        share = KeyboardButton(keyboard.share_location, request_location=True)
        return ReplyKeyboardMarkup([[share]], one_time_keyboard=True, resize_keyboard=True)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in keyboard.rows]
    )


@dataclass(frozen=True)
class Outgoing:
    """One message to send: through the Bot API, or as the webhook's answer."""

    chat_id: int
    text: str
    keyboard: Keyboard | None = None

    def as_webhook_answer(self) -> dict:
        answer = {"method": "sendMessage", "chat_id": self.chat_id, "text": self.text}
        return answer | ({"reply_markup": self.keyboard.as_json()} if self.keyboard else {})


def outgoing(chat_id: int, reply: Reply, lang: str) -> Outgoing:
    """A reply as a message: its text with inline buttons, or with the button that shares a location."""
    if reply.request_location:
        keyboard = Keyboard(share_location=gettext_for(lang, m.BUTTON_SHARE_LOCATION))
    else:
        rows = tuple(
            tuple((button_label(b, lang), callback_data.encode(b.action, b.value)) for b in row)
            for row in reply.buttons
        )
        keyboard = Keyboard(rows) if rows else None
    return Outgoing(chat_id, render_text(reply, lang), keyboard)


class Delivered(Enum):
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"


async def deliver(bot: Bot, messages: list[Outgoing]) -> Delivered:
    """Send in order, and stop at the first message that does not go out: the later ones would
    make no sense without it. Under the webhook the last message is the answer, sent only when
    all before it went out. Failures are logged by kind only, never with text or chat."""
    answer = ANSWER.get()
    try:
        for message in messages if answer is None else messages[:-1]:
            keyboard = markup(message.keyboard) if message.keyboard else None
            await bot.send_message(message.chat_id, message.text, reply_markup=keyboard)
    except Forbidden:
        return Delivered.BLOCKED
    except TelegramError as error:
        log.warning("a reply was not delivered after retries: %s", type(error).__name__)
        return Delivered.FAILED
    if answer is not None and messages:
        answer.append(messages[-1].as_webhook_answer())
    return Delivered.SENT

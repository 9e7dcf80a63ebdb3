"""The bot's Telegram username for the flyer's link: BOT_USERNAME, or else Telegram's answer to
getMe when a token is set."""

from __future__ import annotations

import asyncio
import re

from telegram import Bot
from telegram.error import TelegramError

USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{4,31}")


class NoBotName(ValueError):
    """Neither configured nor to be had from Telegram; the message says what to set."""


def bot_username(configured: str, token: str, base_url: str = "") -> str:
    name = configured.strip().removeprefix("@") or (_ask_telegram(token, base_url) if token else "")
    if not name:
        raise NoBotName("the link needs the bot's username: set BOT_USERNAME (or TELEGRAM_BOT_TOKEN to ask Telegram)")
    if not USERNAME.fullmatch(name):
        raise NoBotName(f"BOT_USERNAME {name!r} is no Telegram username (5-32 letters, digits, '_')")
    return name


def _ask_telegram(token: str, base_url: str) -> str:
    async def ask() -> str:
        bot = Bot(token, base_url=base_url) if base_url else Bot(token)
        async with bot:  # initialising asks getMe
            return bot.username

    try:
        return asyncio.run(ask())
    except TelegramError as exc:
        raise NoBotName(f"could not ask Telegram for the bot's username ({exc}); set BOT_USERNAME") from None

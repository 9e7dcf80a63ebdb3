"""The Telegram bot: python-telegram-bot handlers that only translate.

Updates become dialogs events, the state machine decides, replies become messages with inline
keyboards. The wiring is in build_application(); run_bot() starts polling, or the webhook of
bot/telegram/webhook.py when WEBHOOK_URL is set (it checks Telegram's secret-token header when
WEBHOOK_SECRET is set). Requests to the Bot API go through aiohttp (bot/telegram/aiohttp_request.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.i18n import gettext_for
from bot.render import button_label, render_text
from bot.runtime import Database, Runtime, open_runtime
from bot.storage.state_store import StateStore
from bot.telegram import callback_data
from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.webhook import ANSWER, serve_webhook
from dialogs import messages as m
from dialogs.machine import CRISIS_COMMANDS, step
from dialogs.model import LANGUAGES, Command, Event, Location, Reply, Stale, Start, State, Text, Unsupported

log = logging.getLogger(__name__)
COMMANDS = ("help", "language", "privacy", "delete", "back", *CRISIS_COMMANDS)
MENU = {  # shown in Telegram's command menu, per language
    "start": m.BUTTON_NEW_SEARCH,
    "notfall": m.BUTTON_CRISIS,
    "language": m.BUTTON_LANGUAGE,
    "help": m.MENU_HELP,
    "privacy": m.MENU_PRIVACY,
    "delete": m.MENU_DELETE,
}
PURGE_EVERY_SECONDS = 600


class TelegramAdapter:
    def __init__(self, runtime: Runtime, store: StateStore) -> None:
        self.runtime = runtime
        self.store = store

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        payload = context.args[0] if context.args else ""
        user = update.effective_user
        await self.handle(update, Start(payload, (user.language_code or "")[:2] if user else None))

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        name = (update.effective_message.text or "/help").split()[0][1:].split("@")[0]
        await self.handle(update, Command(name))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.handle(update, Text(update.effective_message.text or ""))

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        location = update.effective_message.location
        await self.handle(update, Location(location.latitude, location.longitude))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer()
        await self.handle(update, callback_data.decode(query.data) or Stale())

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.handle(update, Unsupported())

    async def handle(self, update: Update, event: Event) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        key = self.store.key(chat.id)
        state = await self._stored(self.store.load, key)
        if state is None:
            user = update.effective_user
            client_lang = (user.language_code or "")[:2] if user else ""
            state = State(lang=client_lang if client_lang in LANGUAGES else "de")
        new_state, replies = step(state, event, self.runtime.services)
        if new_state is None:
            await self._stored(self.store.forget, key)
        else:
            await self._stored(self.store.save, key, new_state)
        lang = (new_state or state).lang
        await deliver(update.get_bot(), [outgoing(chat.id, reply, lang) for reply in replies])

    async def _stored(self, operation, *args):
        """Run a state-store operation; when the database is down, answer anyway (crisis replies
        need no database) and start the conversation afresh."""
        try:
            return operation(*args) if self.store.inline else await asyncio.to_thread(operation, *args)
        except SQLAlchemyError as exc:
            log.warning("state store unavailable: %s", type(exc).__name__)
            return None


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


async def deliver(bot: Bot, messages: list[Outgoing]) -> None:
    """Send in order; under the webhook the last message goes back as its answer (bot/telegram/webhook.py)."""
    answer = ANSWER.get()
    for message in messages if answer is None else messages[:-1]:
        keyboard = markup(message.keyboard) if message.keyboard else None
        await bot.send_message(message.chat_id, message.text, reply_markup=keyboard)
    if answer is not None and messages:
        answer.append(messages[-1].as_webhook_answer())


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure's type and place only: never message texts or chat ids."""
    error = context.error
    log.error(
        "update failed: %s at %s",
        type(error).__name__,
        error.__traceback__.tb_frame.f_code.co_name if error and error.__traceback__ else "?",
    )


def build_application(
    runtime: Runtime, store: StateStore, token: str, base_url: str = "", rate_limit: bool = True
) -> Application:
    adapter = TelegramAdapter(runtime, store)
    builder = Application.builder().token(token).post_init(_post_init).post_shutdown(_post_shutdown)
    if base_url:
        builder = builder.base_url(base_url.rstrip("/") + "/" if not base_url.endswith("bot") else base_url)
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter())
    builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest())
    application = builder.build()
    application.bot_data["store"] = store
    application.bot_data["services"] = runtime.services
    application.add_handler(CommandHandler("start", adapter.on_start))
    application.add_handler(CommandHandler(list(COMMANDS), adapter.on_command))
    application.add_handler(CallbackQueryHandler(adapter.on_button))
    application.add_handler(MessageHandler(filters.LOCATION, adapter.on_location))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, adapter.on_text))
    application.add_handler(MessageHandler(filters.ALL, adapter.on_other))
    application.add_error_handler(on_error)
    return application


async def _post_init(application: Application) -> None:
    await describe_bot(application, application.bot_data["services"])
    application.bot_data["purger"] = asyncio.create_task(_purge_forever(application.bot_data["store"]))


async def _post_shutdown(application: Application) -> None:
    purger = application.bot_data.get("purger")
    if purger:
        purger.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purger


async def describe_bot(application: Application, services) -> None:
    """Command menu and description in every language (Telegram shows the one of the client)."""
    bot = application.bot
    for lang in LANGUAGES:
        crisis = ", ".join(f"{r.name} {r.numbers[0]}" for r in services.crisis_help(None, False, lang).resources[:2])
        commands = [BotCommand(name, gettext_for(lang, msgid).lstrip("🆘🌐 ")) for name, msgid in MENU.items()]
        code = None if lang == "de" else lang
        await bot.set_my_commands(commands, language_code=code)
        await bot.set_my_description(gettext_for(lang, m.BOT_DESCRIPTION).format(crisis=crisis), language_code=code)
        await bot.set_my_short_description(gettext_for(lang, m.BOT_SHORT_DESCRIPTION), language_code=code)


async def _purge_forever(store: StateStore) -> None:
    while True:
        removed = await asyncio.to_thread(store.purge_expired)
        if removed:
            log.info("expired %d conversation states", removed)
        await asyncio.sleep(PURGE_EVERY_SECONDS)


def run_bot(config: Settings, database: Database, base_url: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    runtime = open_runtime(database, config.crisis_country)
    store = StateStore.open(runtime.engine, config.state_secret, config.state_ttl_hours)
    application = build_application(runtime, store, config.telegram_bot_token, base_url, config.rate_limit)
    gc.freeze()  # the directory lives as long as the bot: a full collection walked it for 160 ms
    gc.set_threshold(10_000)  # young collections walked the updates in flight: 2.5 % of the CPU under load
    if config.webhook_url:
        asyncio.run(
            serve_webhook(
                application,
                listen=config.webhook_listen,
                port=config.port,
                path=config.webhook_path,
                url=config.webhook_url,
                secret=config.webhook_secret,
                started=_post_init,
                stopping=_post_shutdown,
            )
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0

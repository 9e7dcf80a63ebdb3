"""The Telegram bot: python-telegram-bot handlers that only translate.

Updates become dialogs events, the state machine decides, replies become messages with inline
keyboards (bot/telegram/delivery.py). The wiring is in build_application(); run_bot() starts
polling, or the webhook of bot/telegram/webhook.py when WEBHOOK_URL is set. Around the handlers:
- private chats only: in a group, supergroup or channel the bot says once where to find it and
  leaves, storing nothing (handler group -1, before any other);
- updates of different chats are handled concurrently, one chat's in order (chat_lanes.py), and a
  chat over its limit (chat_limit.py) gets one "langsamer bitte" while the rest is dropped; crisis
  messages are never dropped;
- replicas may handle updates of one chat at once: a step is saved only over the state it started
  from, else computed again from the newer one, before any reply goes out (handle());
- every Bot API request is paced and retried (pacing.py); a reply that does not arrive puts the
  conversation back where the person saw it, and they get an apology instead. Requests go
  through aiohttp (aiohttp_request.py);
- the webhook reads only requests with its secret token (one is generated when WEBHOOK_SECRET is
  unset).
Every update is answered or deliberately ignored (on_ignored), and counted (figures.py); each is
measured and logged as one line (turns.py, metrics.py). /healthz, /readyz and /metrics: health.py.
Operators (OPERATOR_IDS) have /report, /flyer and /import besides (operators.py); for anyone
else these are commands the bot cannot read.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import math
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.exc import SQLAlchemyError
from telegram import BotCommand, Chat, ChatMember, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.i18n import gettext_for
from bot.logs import configure_logging
from bot.runtime import Database, Runtime, open_runtime
from bot.storage.state_key import pseudonym_key
from bot.storage.state_store import Outdated, StateStore, Stored
from bot.telegram import callback_data, metrics, turns
from bot.telegram.aiohttp_request import AiohttpRequest, UpdatesRequest
from bot.telegram.chat_lanes import ChatLanes
from bot.telegram.chat_limit import ChatLimit, Verdict
from bot.telegram.delivery import Delivered, deliver, outgoing
from bot.telegram.figures import Figures
from bot.telegram.flood_triage import FloodTriage
from bot.telegram.health import Readiness
from bot.telegram.operators import Operators
from bot.telegram.pacing import Pacing
from bot.telegram.polling import serve_polling
from bot.telegram.webhook import serve_webhook
from dialogs import messages as m
from dialogs.machine import CRISIS_COMMANDS, MAX_TEXT, step
from dialogs.model import (
    LANGUAGES,
    Choice,
    Command,
    Event,
    Location,
    Msg,
    Reply,
    Stale,
    Start,
    State,
    Text,
    Unsupported,
)

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
URGENT_CHOICES = ("crisis", "danger")  # the crisis button and "yes, I need help now"
PURGE_EVERY_SECONDS = 600
CONCURRENT_UPDATES = 1024  # updates in flight; a flood's surplus is dropped at once, so few wait
LEFT_CHATS_KEPT = 10_000  # groups left lately: their late updates get no second note
ATTEMPTS = 5  # steps of one update, when other replicas keep saving steps of its chat in between


class Turn(NamedTuple):
    """A step taken: the state it started from, the new one (None after /delete), the replies, and
    the row as saved (None when unsaved)."""

    state: State
    new_state: State | None
    replies: list[Reply]
    saved: Stored | None


@dataclass(frozen=True)
class Notice:
    """A short note outside the conversation (an edited message): the state stays as it is."""

    msgid: str


class TelegramAdapter:
    def __init__(self, runtime: Runtime, store: StateStore, figures: Figures) -> None:
        self.runtime = runtime
        self.store = store
        self.figures = figures
        self.limit = ChatLimit()
        self.lanes = ChatLanes()
        self.flood = FloodTriage(lambda text, lang: runtime.services.triage(text, lang).level != "none")
        self._left: OrderedDict[int, None] = OrderedDict()

    # ------------------------------------------------------------ what each kind of update means
    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        payload = readable(context.args[0]) if context.args else ""
        await self.converse(update, Start(payload, client_language(update)))

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        name = (update.effective_message.text or "/help").split()[0][1:].split("@")[0]
        await self.converse(update, Command(name))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.converse(update, Text(readable(update.effective_message.text or "")))

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Coordinates are taken as numbers only; anything else is a message the bot cannot read."""
        location = update.effective_message.location
        try:
            lat, lon = float(location.latitude), float(location.longitude)
        except (TypeError, ValueError):
            lat = lon = math.nan
        event = Location(lat, lon) if math.isfinite(lat) and math.isfinite(lon) else Unsupported()
        await self.converse(update, event)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        data = update.callback_query.data
        await self.converse(update, callback_data.decode(readable(data) if isinstance(data, str) else None) or Stale())

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.converse(update, Unsupported())

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited text is not taken as a new message (it would move the conversation on twice)."""
        await self.converse(update, Notice(m.EDITED))

    async def on_membership(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The person blocked the bot (or unblocked it): when blocked, forget them at once."""
        if update.my_chat_member.new_chat_member.status == ChatMember.BANNED:
            await self._stored(self.store.forget, self.store.key(update.effective_chat.id))
            self.figures.add("blocked")
        else:
            self.figures.add("ignored")

    async def on_ignored(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Deliberately unanswered: inline queries and chosen results (the bot offers no inline
        mode), edited locations (live locations), polls, reactions, boosts, join requests,
        payments, business messages, and buttons under inline messages (no chat to answer in)."""
        await answer_button(update)
        self.figures.add("ignored")

    async def private_only(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Handler group -1: the bot converses only in private chats. In a group, supergroup or
        channel it says once, briefly, where to find it, and leaves; it stores nothing. An update
        saying the bot has left already gets nothing."""
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.PRIVATE:
            return
        self.figures.add("not_private")
        await answer_button(update)
        member = update.my_chat_member
        gone = member is not None and member.new_chat_member.status in (ChatMember.LEFT, ChatMember.BANNED)
        if not gone and chat.id not in self._left:
            self._left[chat.id] = None
            if len(self._left) > LEFT_CHATS_KEPT:
                self._left.popitem(last=False)
            await self._leave(chat, context, client_language(update) or "de")
        raise ApplicationHandlerStop

    async def _leave(self, chat: Chat, context: ContextTypes.DEFAULT_TYPE, lang: str) -> None:
        """The note goes through the Bot API, never as a webhook answer: that would come after leaving."""
        note = gettext_for(lang, m.PRIVATE_ONLY).format(link=f"https://t.me/{context.bot.username}")
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(chat.id, note)
        try:
            await context.bot.leave_chat(chat.id)
            self.figures.add("left_chats")
        except TelegramError as error:
            log.warning("could not leave a group chat: %s", type(error).__name__)

    # ------------------------------------------------------------ a private chat's turn
    async def converse(self, update: Update, event: Event | Notice) -> None:
        """Within the chat's limit (crisis messages always), in the chat's lane, answer. The limit
        and the lane are taken before the first await: that keeps the order of arrival."""
        chat = update.effective_chat
        if chat is None:
            await self.on_ignored(update, None)
            return
        verdict = Verdict.ANSWER
        if not self.limit.take(chat.id, time.monotonic()) and not self.urgent(update, event):
            verdict = self.limit.refuse(chat.id)
        if verdict is Verdict.DROP:
            self.figures.add("dropped")
            return
        async with self.lanes.turn(chat.id):
            if verdict is Verdict.SLOW_DOWN:
                self.figures.add("slowed")
                await answer_button(update)
                await self.tell(update, chat, m.SLOW_DOWN)
            elif isinstance(event, Notice):
                await self.tell(update, chat, event.msgid)
            else:
                await self.handle(update, chat, event)
            self.figures.add("answered")

    def urgent(self, update: Update, event: Event | Notice) -> bool:
        """Outside the limit: a text with signs of danger (or asking the safety question), /notfall
        and its synonyms, and the crisis buttons. Asked only over the limit (a text is triaged
        here and again in step(); a repeated text's verdict is remembered: flood_triage.py)."""
        if isinstance(event, Text):
            text, lang = event.text.strip()[:MAX_TEXT], client_language(update) or "de"
            return self.flood.urgent(text, lang, self.runtime.services.index)
        if isinstance(event, Command):
            return event.name.lower() in CRISIS_COMMANDS
        return isinstance(event, Choice) and event.action in URGENT_CHOICES

    async def handle(self, update: Update, chat: Chat, event: Event) -> None:
        """One step of the conversation, saved before its replies go out (/delete forgets first).
        A reply that does not go out puts the state back, so the person goes on from what they saw."""
        key = self.store.key(chat.id)
        turn = await self.take_step(key, update, event)
        await answer_button(update)  # after the step: a press reaches the database as soon as a text beside it
        if turn is None:
            self.figures.add("unapplied")
            await self.apologise(update, chat.id, client_language(update) or "de")
            return
        state, new_state, replies, saved = turn
        turns.stepped(new_state, replies)
        lang = (new_state or state).lang
        delivered = await deliver(update.get_bot(), [outgoing(chat.id, reply, lang) for reply in replies])
        if delivered is Delivered.FAILED and saved is not None:
            with contextlib.suppress(Outdated):  # a newer step went out meanwhile: the person saw that one
                back = state.with_(counted=new_state.counted)  # what the step counted is not counted again
                await self._stored(self.store.save, key, back, saved)
        if delivered is not Delivered.SENT:
            await self.undelivered(update, chat, delivered, lang)

    async def take_step(self, key: str, update: Update, event: Event) -> Turn | None:
        """Step from the stored state and save the new one over it. Another replica may have saved
        a step of the same chat meanwhile (Telegram delivers a webhook's updates concurrently): then
        the step is computed again from that one; the state machine is pure, and no reply has gone
        out yet. None when every attempt was overtaken. With the database down, the step starts
        afresh and goes unsaved (crisis replies need no database).

        Updates are applied in the order they reach the database: a chat's lane keeps one
        process's in order, and an update that reaches it after a newer one of its chat (from
        another replica, or sent again by Telegram) is applied on top, counted as late. The
        conversation takes topics, roles and places in any order and recognises outdated buttons,
        so nothing the person did is lost; waiting for updates that might still be on their way
        would delay every update."""
        fresh = State(lang=client_language(update) or "de")
        for _ in range(ATTEMPTS):
            stored = await self._stored(self.store.read, key) or Stored()
            state = stored.state or fresh
            new_state, replies = step(state, event, self.runtime.services)
            if new_state is None:
                if not await self._forgotten(key):
                    replies = [Reply((Msg(m.NOT_DELETED),))]  # never "deleted" while the row is still there
                return Turn(state, None, replies, None)
            try:
                saved = await self._stored(self.store.save, key, new_state, stored, update.update_id)
            except Outdated:
                self.figures.add("recomputed")
                continue
            self.figures.late += stored.newer_than(update.update_id)
            return Turn(state, new_state, replies, saved)
        return None

    async def tell(self, update: Update, chat: Chat, msgid: str) -> None:
        """A note outside the conversation, in the person's language; the state stays."""
        state = await self._stored(self.store.load, self.store.key(chat.id))
        lang = state.lang if state else client_language(update) or "de"
        delivered = await deliver(update.get_bot(), [outgoing(chat.id, Reply((Msg(msgid),)), lang)])
        if delivered is not Delivered.SENT:
            await self.undelivered(update, chat, delivered, lang)

    async def undelivered(self, update: Update, chat: Chat, delivered: Delivered, lang: str) -> None:
        """Blocked: forget the person. Failed after retries: counted (deliver() logged it without
        content), the state stays unsaved, and an apology goes out if it can."""
        if delivered is Delivered.BLOCKED:
            await self._stored(self.store.forget, self.store.key(chat.id))
            self.figures.add("blocked")
            return
        self.figures.add("not_delivered")
        await self.apologise(update, chat.id, lang)

    async def apologise(self, update: Update, chat_id: int, lang: str) -> None:
        apology = outgoing(chat_id, Reply((Msg(m.NOT_DELIVERED),)), lang)
        if await deliver(update.get_bot(), [apology]) is Delivered.SENT:
            self.figures.add("apologies")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A handler raised (a bug): log the error's kind and where, never the update; the person
        gets the apology, so that no one meets silence."""
        error = context.error
        self.figures.add("failed")
        log.error("update failed: %s %s", type(error).__name__, where(error))
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is not None and chat.type == ChatType.PRIVATE:
            await self.apologise(update, chat.id, client_language(update) or "de")

    async def _forgotten(self, key: str) -> bool:
        """Whether the state is gone (the database may be busy or down)."""
        try:
            if self.store.inline:
                self.store.forget(key)
            else:
                await asyncio.to_thread(self.store.forget, key)
        except SQLAlchemyError as exc:
            log.warning("state not deleted: %s", type(exc).__name__)
            metrics.state_store_failed("forget")
            return False
        return True

    async def _stored(self, operation, *args):
        """Run a state-store operation; when the database is down, answer anyway (crisis replies
        need no database) and start the conversation afresh."""
        try:
            return operation(*args) if self.store.inline else await asyncio.to_thread(operation, *args)
        except SQLAlchemyError as exc:
            log.warning("state store unavailable: %s", type(exc).__name__)
            metrics.state_store_failed(operation.__name__)
            return None


async def answer_button(update: Update) -> None:
    """A pressed button shows a spinner in the client until it is answered."""
    if update.callback_query:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()


def readable(text: str) -> str:
    """Text as the rest of the bot can handle it: a lone surrogate (invalid UTF-16 that JSON can
    still carry) becomes U+FFFD, valid pairs become their character."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def client_language(update: Update) -> str | None:
    """The Telegram client's language, if it is one of ours."""
    user = update.effective_user
    code = user.language_code if user else None
    return code[:2] if isinstance(code, str) and code[:2] in LANGUAGES else None


def where(error: BaseException | None) -> str:
    """Which handler and which line of our code: the frames of bot/ and dialogs/ in the traceback."""
    ours = []
    trace = error.__traceback__ if error else None
    while trace is not None:
        module = trace.tb_frame.f_globals.get("__name__", "")
        if module.split(".")[0] in ("bot", "dialogs"):
            ours.append((module, trace.tb_frame.f_code.co_qualname, trace.tb_lineno))
        trace = trace.tb_next
    if not ours:
        return "outside our code"
    (_, handler, _), (module, function, line) = ours[0], ours[-1]
    return f"in {handler}, raised in {module}.{function} line {line}"


def build_application(
    runtime: Runtime,
    store: StateStore,
    token: str,
    base_url: str = "",
    rate_limit: bool = True,
    operators: dict[int, str] | None = None,
) -> Application:
    figures = Figures()
    adapter = TelegramAdapter(runtime, store, figures)
    pacing = Pacing(per_second=30 if rate_limit else None)
    builder = Application.builder().application_class(turns.ObservedApplication).token(token)
    if base_url:
        builder = builder.base_url(base_url.rstrip("/") + "/" if not base_url.endswith("bot") else base_url)
        builder = builder.base_file_url(file_url(base_url))
    builder = builder.rate_limiter(pacing).concurrent_updates(CONCURRENT_UPDATES)
    builder = builder.request(AiohttpRequest()).get_updates_request(UpdatesRequest())
    application = builder.build()
    application.bot_data.update(store=store, services=runtime.services, figures=figures, pacing=pacing)
    new = filters.UpdateType.MESSAGE
    application.add_handler(TypeHandler(Update, adapter.private_only), group=-1)
    if operators:
        application.bot_data["operators"] = Operators(runtime, operators, figures)
        application.bot_data["operators"].register(application)
    application.add_handler(CommandHandler("start", adapter.on_start, filters=new))
    application.add_handler(CommandHandler(list(COMMANDS), adapter.on_command, filters=new))
    application.add_handler(CallbackQueryHandler(adapter.on_button))
    application.add_handler(MessageHandler(new & filters.LOCATION, adapter.on_location))
    application.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, adapter.on_text))
    application.add_handler(MessageHandler(new, adapter.on_other))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, adapter.on_edited))
    application.add_handler(ChatMemberHandler(adapter.on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(TypeHandler(Update, adapter.on_ignored))
    application.add_error_handler(adapter.on_error)
    return application


def file_url(base_url: str) -> str:
    """Where another Bot API server serves files: `.../file/bot<token>/<path>` beside `.../bot<token>/`."""
    base = base_url.rstrip("/")
    return base.removesuffix("bot") + "file/bot" if base.endswith("/bot") else base + "/file/bot"


async def _post_init(application: Application) -> None:
    await describe_bot(application, application.bot_data["services"])
    application.bot_data["purger"] = asyncio.create_task(_purge_forever(application.bot_data["store"]))


async def _post_shutdown(application: Application) -> None:
    purger = application.bot_data.get("purger")
    if purger:
        purger.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purger
    log.info("updates and replies: %s", application.bot_data["figures"].summary(application.bot_data["pacing"].retries))


async def describe_bot(application: Application, services) -> None:
    """Command menu and description in every language (Telegram shows the one of the client).
    Not worth failing the start over: Telegram keeps the last ones."""
    try:
        await _describe(application.bot, services)
    except TelegramError as error:
        log.warning("could not update the command menu and description: %s", type(error).__name__)
    if "operators" in application.bot_data:
        await application.bot_data["operators"].show_menu(application.bot, menu("de"))


def menu(lang: str) -> list[BotCommand]:
    return [BotCommand(name, gettext_for(lang, msgid).lstrip("🆘🌐 ")) for name, msgid in MENU.items()]


async def _describe(bot, services) -> None:
    for lang in LANGUAGES:
        crisis = ", ".join(f"{r.name} {r.numbers[0]}" for r in services.crisis_help(None, False, lang).resources[:2])
        code = None if lang == "de" else lang
        await bot.set_my_commands(menu(lang), language_code=code)
        await bot.set_my_description(gettext_for(lang, m.BOT_DESCRIPTION).format(crisis=crisis), language_code=code)
        await bot.set_my_short_description(gettext_for(lang, m.BOT_SHORT_DESCRIPTION), language_code=code)


async def _purge_forever(store: StateStore) -> None:
    while True:
        removed = await asyncio.to_thread(store.purge_expired)
        if removed:
            log.info("expired %d conversation states", removed)
        await asyncio.sleep(PURGE_EVERY_SECONDS)


def run_bot(config: Settings, database: Database, base_url: str) -> int:
    configure_logging(config.log_level, config.log_format)
    runtime = open_runtime(database, config.crisis_country)
    secret = pseudonym_key(config.state_secret, config.state_key_file, runtime.engine)
    store = StateStore.open(runtime.engine, secret, config.state_ttl_hours)
    application = build_application(
        runtime, store, config.telegram_bot_token, base_url, config.rate_limit, config.operator_ids
    )

    def groups() -> int:  # read at each scrape and readiness probe
        return len(runtime.services.index.groups)

    metrics.count_directory(groups)
    readiness = Readiness(runtime.engine, groups)
    gc.freeze()  # the directory lives as long as the bot: a full collection walked it for 160 ms
    gc.set_threshold(10_000)  # young collections walked the updates in flight: 2.5 % of the CPU under load
    either = {
        "listen": config.webhook_listen,
        "readiness": readiness,
        "shutdown_seconds": config.shutdown_seconds,
        "started": _post_init,
        "stopping": _post_shutdown,
    }
    if config.webhook_url:
        serve = serve_webhook(
            application,
            port=config.port,
            path=config.webhook_path,
            url=config.webhook_url,
            secret=config.webhook_secret,
            **either,
        )
    else:
        serve = serve_polling(application, health_port=config.health_port, **either)
    asyncio.run(serve)
    return 0

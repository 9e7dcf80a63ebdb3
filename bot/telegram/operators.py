"""Operators in Telegram: the staff of a contact point, listed with it in OPERATOR_IDS, get its
demand report (/report), its flyer (/flyer) and update its groups (/import, then a CSV or JSON
file) in their private chat with the bot.

The handlers match only an operator's own messages in a private chat (the sender's user id and
the chat type), so anyone else's /report, /flyer, /import or file falls through to the
conversation, which answers it as any command or file it cannot read: nothing shows that these
commands exist. The work is the command line's (bot/outreach/, bot/directory/store.py, the same
texts), limited to the operator's contact point: an import may hold only that contact point and
its groups, and `/import replace` replaces its groups only, so no operator can change another
contact point's. Answers are in English, as the command line's. The log says what was done,
never who asked, for which contact point or with which file.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

from telegram import Bot, BotCommand, BotCommandScopeChat, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot.directory.group_search import GroupIndex
from bot.directory.import_format import ImportProblem, read_data
from bot.directory.store import import_records, load_index
from bot.outreach.kit import FORMATS, SIZES, FlyerProblem, flyer_file, flyer_languages
from bot.outreach.report import UnknownContactPoint, demand_report
from bot.outreach.report_formats import html
from bot.runtime import Runtime
from bot.telegram.figures import Figures
from dialogs.model import LANGUAGES

log = logging.getLogger(__name__)
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]
MAX_FILE_BYTES = 20 * 1024**2  # what Telegram lets a bot fetch (getFile)
WAIT_FOR_FILE_SECONDS = 600  # after /import, the next file is the import
FLYER_DEFAULTS = (LANGUAGES, "a4", "pdf")  # as `python -m bot flyer`
REPLACE_WORDS = ("replace", "--replace")
FLYER_USAGE = (
    f"/flyer [languages] [{'|'.join(SIZES)}] [{'|'.join(FORMATS)}], e.g. /flyer de,ar a5 "
    f"(default: all languages, {','.join(LANGUAGES)}, on A4 as PDF)"
)
REPORT_USAGE = "/report [YYYY-MM-DD]: the demand report, from the week of that date on (default: everything)"
IMPORT_USAGE = (
    "/import [replace], then send the directory as a CSV or JSON file (or send the file with that caption). "
    "Plain /import merges by id; /import replace replaces all groups of {cp} with those in the file. "
    "The file may hold {cp} and its groups only; all or nothing."
)
SEND_FILE = "Send the CSV or JSON file now (within 10 minutes). " + IMPORT_USAGE
NO_IMPORT = "To import this file, send /import first, or send it with the caption /import. " + IMPORT_USAGE
TOO_LARGE = (
    "This file has {mb:.1f} MB; Telegram lets a bot fetch files up to 20 MB. Import it on the server with "
    "`python -m bot import`, or send your groups in several files (plain /import merges)."
)
NOT_FETCHED = "The file could not be fetched from Telegram ({kind}); please send it again. Nothing was imported."
MESSAGE_CHARACTERS = 3500  # Telegram takes 4,096 (UTF-16 units); longer answers come as a file too
WHOLE = "… (all of it in the file import-report.txt)"

OPERATOR_MENU = (
    BotCommand("report", "Nachfrage-Bericht der Kontaktstelle (HTML)"),
    BotCommand("flyer", "Flyer der Kontaktstelle (PDF)"),
    BotCommand("import", "Gruppenverzeichnis importieren (CSV oder JSON)"),
)


@dataclass(frozen=True)
class Flyer:
    langs: tuple[str, ...]
    size: str
    fmt: str


def flyer_request(words: list[str]) -> Flyer:
    """`/flyer`'s arguments in any order: languages (comma-separated), a size, a format."""
    langs, size, fmt = FLYER_DEFAULTS
    for word in (w.lower() for w in words):
        if word in SIZES:
            size = word
        elif word in FORMATS:
            fmt = word
        else:
            try:
                langs = flyer_languages(word)
            except FlyerProblem:
                raise FlyerProblem(f"{word!r}? {FLYER_USAGE}") from None
    return Flyer(langs, size, fmt)


def import_mode(words: list[str]) -> bool | None:
    """Whether `/import`'s arguments ask to replace the contact point's groups; None if unreadable."""
    if not words:
        return False
    return True if len(words) == 1 and words[0].lower() in REPLACE_WORDS else None


def shortened(text: str) -> str | None:
    """The start of a text too long for one message, cut at a line; None if it fits."""
    if len(text) <= MESSAGE_CHARACTERS:
        return None
    cut = text[:MESSAGE_CHARACTERS]
    head = cut.rsplit("\n", 1)[0] or cut
    return f"{head}\n{WHOLE}"


def file_stem(contact_point: str) -> str:
    """The contact point's id as part of a file name."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", contact_point)[:60] or "contact-point"


class Operators:
    def __init__(self, runtime: Runtime, operators: dict[int, str], figures: Figures) -> None:
        self.runtime = runtime
        self.operators = operators
        self.figures = figures
        self._waiting: dict[int, tuple[float, bool]] = {}  # user id -> (until, replace)
        self._in_turn = asyncio.Lock()  # FIFO: operators' messages are handled one at a time, in order

    def register(self, application: Application) -> None:
        """Before the conversation's handlers, which take everything else an operator sends (they
        may search like anyone). A contact point not in the directory is worth a warning, not a
        refusal: its operator may be about to import it."""
        for number, contact_point in enumerate(self.operators.values(), 1):
            if self.runtime.services.index.contact_point(contact_point) is None:
                log.warning("OPERATOR_IDS: entry %d names a contact point that is not in the directory", number)
        operator = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & filters.User(user_id=list(self.operators))
        application.add_handler(CommandHandler("report", self.in_turn(self.on_report), filters=operator))
        application.add_handler(CommandHandler("flyer", self.in_turn(self.on_flyer), filters=operator))
        application.add_handler(CommandHandler("import", self.in_turn(self.on_import), filters=operator))
        application.add_handler(MessageHandler(operator & filters.Document.ALL, self.in_turn(self.on_file)))

    def in_turn(self, handler: Handler) -> Handler:
        """One at a time, in the order the messages came (python-telegram-bot runs updates
        concurrently): a file sent after /import finds it waiting, and an import's reload of the
        directory never overtakes another's. Operators are few, and their requests take a second."""

        async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            async with self._in_turn:
                await handler(update, context)

        return run

    async def show_menu(self, bot: Bot, commands: list[BotCommand]) -> None:
        """In each operator's own chat (and only there), the command menu lists the operator
        commands too. Telegram refuses a chat that has never written to the bot: such an operator
        gets the menu at the next start after their first message."""
        for user in self.operators:
            try:
                await bot.set_my_commands([*commands, *OPERATOR_MENU], scope=BotCommandScopeChat(user))
            except TelegramError as error:
                log.warning("could not set an operator's command menu: %s", type(error).__name__)

    # ------------------------------------------------------------ the commands
    async def on_report(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, contact_point = self._asked(update)
        words = context.args or []
        try:
            since = date.fromisoformat(words[0]) if len(words) == 1 else None
        except ValueError:
            since = None
        if len(words) > 1 or (words and since is None):
            await message.reply_text(REPORT_USAGE)
            return
        try:
            report = await asyncio.to_thread(demand_report, self.runtime.engine, contact_point, since)
        except UnknownContactPoint:
            await message.reply_text(f"{contact_point!r}: no such contact point in the directory, and no counts yet")
            return
        name = f"nachfrage-{file_stem(contact_point)}.html"
        await message.reply_document(html(report).encode("utf-8"), filename=name)
        log.info("operator: demand report sent")

    async def on_flyer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, contact_point = self._asked(update)
        try:
            flyer = flyer_request(context.args or [])
            services, bot_name = self.runtime.services, context.bot.username
            data = await asyncio.to_thread(
                flyer_file, services, contact_point, flyer.langs, flyer.size, flyer.fmt, bot_name
            )
        except FlyerProblem as exc:
            await message.reply_text(str(exc))
            return
        name = f"flyer-{file_stem(contact_point)}-{flyer.size}.{flyer.fmt}"
        await message.reply_document(data, filename=name)
        log.info("operator: flyer sent (%s, %s)", flyer.size, flyer.fmt)

    async def on_import(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, contact_point = self._asked(update)
        replace = import_mode(context.args or [])
        if replace is None:
            await message.reply_text(IMPORT_USAGE.format(cp=contact_point))
            return
        self._waiting[message.from_user.id] = (time.monotonic() + WAIT_FOR_FILE_SECONDS, replace)
        await message.reply_text(SEND_FILE.format(cp=contact_point))

    async def on_file(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The file after /import, or with /import as its caption."""
        message, contact_point = self._asked(update)
        user = message.from_user.id
        until, replace = self._waiting.pop(user, (0.0, False))
        words = (message.caption or "").split()
        if words and words[0].split("@")[0].lower() == "/import":
            replace = import_mode(words[1:])
        elif until < time.monotonic():
            replace = None
        if replace is None:
            await message.reply_text(NO_IMPORT.format(cp=contact_point))
            return
        document = message.document
        if document.file_size and document.file_size > MAX_FILE_BYTES:
            await message.reply_text(TOO_LARGE.format(mb=document.file_size / 1024**2))
            return
        try:
            data = bytes(await (await document.get_file()).download_as_bytearray())
        except TelegramError as exc:
            await message.reply_text(NOT_FETCHED.format(kind=type(exc).__name__))
            return
        try:
            name = document.file_name or "the file"
            summary, index = await asyncio.to_thread(self._import, name, data, replace, contact_point)
        except ImportProblem as exc:
            log.info("operator: an import was refused, nothing changed")
            await self._report(message, exc.refusal())
            return
        self.runtime.services.index = index  # here in the event loop: never halfway through a step
        log.info("operator: directory imported (%s)", "replaced" if replace else "merged")
        await self._report(message, summary)

    # ------------------------------------------------------------ helpers
    def _asked(self, update: Update) -> tuple[Message, str]:
        """The operator's message and their contact point; counted as answered."""
        self.figures.add("answered")
        message = update.effective_message
        return message, self.operators[message.from_user.id]

    @staticmethod
    async def _report(message: Message, text: str) -> None:
        """An import's report, which lists every guess: too long for a message, its start and the file."""
        head = shortened(text)
        await message.reply_text(head or text)
        if head is not None:
            await message.reply_document(text.encode("utf-8"), filename="import-report.txt")

    def _import(self, name: str, data: bytes, replace: bool, contact_point: str) -> tuple[str, GroupIndex]:
        """All or nothing, in one transaction, as `python -m bot import`; then the directory anew,
        so that the conversation finds the imported groups at once (in this process)."""
        services = self.runtime.services
        records = read_data(name, data)
        with self.runtime.sessions.begin() as session:
            report = import_records(
                session,
                records,
                services.index.matcher,
                services.gazetteer,
                replace=replace,
                scope=contact_point,
            )
        with self.runtime.sessions() as session:
            return report.summary(), load_index(session.connection(), services.index.matcher)

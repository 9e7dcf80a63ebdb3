"""Command line: `python -m bot [--db URL] COMMAND ...` (see README and the brief's contract).

Exit status 0 on success, 2 on bad input with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import ConfigProblem, settings
from dialogs.model import LANGUAGES, ROLES

if TYPE_CHECKING:
    from bot.runtime import Database

BAD_INPUT = 2
PIPE_CLOSED = 141  # as a shell reports a command that SIGPIPE stopped


class BadInput(Exception):
    """Input we refuse, with the one-line reason for stderr."""


def main(argv: list[str] | None = None) -> int:
    from bot.storage.engine import DatabaseProblem

    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except (BadInput, ConfigProblem, DatabaseProblem) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT
    except BrokenPipeError:  # the reader stopped early ("triage --batch ... | head"): not our error to print
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout once more at exit
        return PIPE_CLOSED


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Selbsthilfe-Lotse")
    p.add_argument("--db", help="database URL (default: DATABASE_URL or a local SQLite file)")
    p.add_argument(
        "--demo", action="store_true", help="upgrade the schema, and fill an empty directory with the demo directory"
    )
    sub = p.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="the conversation in this terminal")
    chat.add_argument("--lang", choices=LANGUAGES)
    chat.add_argument("--start", default="", help="deep-link payload, e.g. cp-<contact point id>")
    chat.set_defaults(handler=cmd_chat)

    run = sub.add_parser("run", help="the Telegram bot (polling, or webhook when WEBHOOK_URL is set)")
    run.add_argument("--base-url", help="another Bot API server (default: TELEGRAM_BASE_URL or Telegram's)")
    run.set_defaults(handler=cmd_run)

    what = "import a directory (JSON, CSV, or an Excel workbook .xlsx: one sheet per table), all or nothing"
    imp = sub.add_parser("import", help=what, description=what)
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace the whole directory instead of merging by id")
    imp.set_defaults(handler=cmd_import)

    search = sub.add_parser("search", help="find groups for a text")
    search.add_argument("text", nargs="?", default="")
    search.add_argument("--where", default="", help="postal code, place or 'lat,lon'")
    search.add_argument("--role", choices=("affected", "relative", "any"), default="any")
    search.add_argument("--lang", choices=LANGUAGES, default="de")
    search.add_argument("--online", action="store_true", help="online groups are fine")
    search.add_argument("--batch", type=Path, help="JSONL file, one query object per line")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)

    tri = sub.add_parser("triage", help="check a text for signs of acute crisis")
    tri.add_argument("text", nargs="?", default="")
    tri.add_argument("--lang", choices=LANGUAGES, default="de")
    tri.add_argument("--batch", type=Path, help='JSONL file ({"text", "lang"} per line) or plain lines')
    tri.add_argument("--json", action="store_true")
    tri.set_defaults(handler=cmd_triage)

    flyer = sub.add_parser("flyer", help="a printable flyer whose QR code opens the bot in a contact point's region")
    which = flyer.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact-point", metavar="ID")
    which.add_argument("--all", action="store_true", help="one flyer per contact point, into the folder -o")
    flyer.add_argument("--lang", default=",".join(LANGUAGES), help="comma-separated, first one for the shared parts")
    flyer.add_argument("--size", choices=("a6", "a5", "a4"), default="a4")
    flyer.add_argument("--format", choices=("pdf", "png", "svg"), help="default: from the file name, else pdf")
    flyer.add_argument("-o", "--output", type=Path, required=True, help="the file (with --all: the folder)")
    flyer.add_argument("--base-url", help="another Bot API server, to ask it for the bot's username")
    flyer.set_defaults(handler=cmd_flyer)
    report = sub.add_parser("report", help="the anonymous demand report (counts below 5 withheld)")
    report.add_argument("--contact-point", help="only this contact point's region and flyers (default: all)")
    report.add_argument("--since", help="from the week of this date on (YYYY-MM-DD)")
    report.add_argument("--format", choices=("md", "csv", "html"), default="md")
    report.add_argument("-o", "--output", type=Path, help="write to this file (default: standard output)")
    report.set_defaults(handler=cmd_report)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date (safe from several processes)")
    migrate.set_defaults(handler=cmd_migrate)

    export = sub.add_parser("export", help="write the directory in the import format")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="file to write: FILE.xlsx a workbook (sheets contact_points and groups), else JSON",
    )
    export.set_defaults(handler=cmd_export)

    diagram = sub.add_parser("diagram", help="print the conversation as a Mermaid diagram (for the README)")
    diagram.set_defaults(handler=cmd_diagram)
    return p


def database(args: argparse.Namespace) -> Database:
    """The configured database (--db, DATABASE_URL), or the embedded SQLite file: only that one
    upgrades itself, and only the console chat fills it with the demo directory (as --demo does)."""
    from bot.runtime import Database
    from bot.storage.engine import EMBEDDED_URL

    configured = args.db or settings().database_url
    embedded = not configured
    return Database(
        configured or EMBEDDED_URL,
        migrate=embedded or args.demo,
        demo=args.demo or (embedded and args.command == "chat"),
    )


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import run_console
    from bot.runtime import open_runtime
    from bot.storage.demand_counts import recorder

    runtime = open_runtime(database(args), settings().crisis_country)
    return run_console(runtime.services, args.lang, args.start, recorder(runtime.engine))


def cmd_run(args: argparse.Namespace) -> int:
    from bot.telegram.application import run_bot

    config = settings()
    if not config.telegram_bot_token:
        raise BadInput("TELEGRAM_BOT_TOKEN is not set")
    return run_bot(config, database(args), args.base_url or config.telegram_base_url)


def cmd_migrate(args: argparse.Namespace) -> int:
    """The schema, and the stored search index when this code builds it otherwise."""
    from bot.directory.store import refresh_index
    from bot.storage import schema
    from bot.storage.engine import database_errors, make_engine

    with database_errors():
        engine = make_engine(database(args).url)
        before, after = schema.migrate(engine)
        with schema.locked(engine) as connection:
            indexed = refresh_index(connection)
    upgraded = f" (was {before or 'empty'})" if before != after else ""
    print(f"database schema at revision {after}, the newest{upgraded}")
    if indexed:
        print("search index stored for this version")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bot.directory.store import export_directory
    from bot.runtime import open_engine
    from bot.storage.engine import sessions

    with sessions(open_engine(database(args)))() as session:
        directory = export_directory(session)
    if args.output.suffix.lower() in (".xlsx", ".xlsm"):
        from bot.directory.workbook import workbook_bytes

        data = workbook_bytes(directory)
    else:
        data = (json.dumps(directory, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    try:
        args.output.write_bytes(data)
    except OSError as exc:
        raise BadInput(f"{args.output}: cannot write ({exc.strerror})") from None
    print(f"exported {len(directory['contact_points'])} contact points and {len(directory['groups'])} groups")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from bot.directory.import_format import ImportProblem
    from bot.directory.store import import_files
    from bot.runtime import open_runtime

    runtime = open_runtime(database(args))
    matcher, gazetteer = runtime.services.index.matcher, runtime.services.gazetteer
    try:
        with runtime.sessions.begin() as session:
            report = import_files(session, args.files, matcher, gazetteer, replace=args.replace)
    except ImportProblem as exc:
        raise BadInput(exc.refusal()) from None
    print(report.summary())
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from bot.runtime import open_runtime
    from bot.search_output import search_json, search_text

    queries = (
        list(_batch(args.batch, _search_query))
        if args.batch
        else [{"text": args.text, "where": args.where, "role": args.role, "lang": args.lang, "online": args.online}]
    )
    if not args.batch and not args.text.strip():
        raise BadInput("give a TEXT to search for, or --batch FILE")
    runtime = open_runtime(database(args), settings().crisis_country)
    for query in queries:
        result = search_json(runtime.services, **query)
        print(json.dumps(result, ensure_ascii=False) if args.json or args.batch else search_text(result))
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    from bot.search_output import triage_json

    if not args.batch and not args.text.strip():
        raise BadInput("give a TEXT to check, or --batch FILE")
    items = list(_batch(args.batch, _triage_query)) if args.batch else [{"text": args.text, "lang": args.lang}]
    for item in items:
        result = triage_json(item["text"], item["lang"], settings().crisis_country)
        print(
            json.dumps(result, ensure_ascii=False)
            if args.json or args.batch
            else f"{result['level']}: {result['kind'] or '-'} ({result['signal'] or '-'})"
        )
    return 0


def cmd_flyer(args: argparse.Namespace) -> int:
    from bot.outreach.bot_name import NoBotName, bot_username
    from bot.outreach.kit import FlyerProblem, flyer_file, flyer_languages
    from bot.runtime import open_runtime

    try:
        langs = flyer_languages(args.lang)
    except FlyerProblem as exc:
        raise BadInput(f"--lang: {exc}") from None
    suffix = args.output.suffix.lower().lstrip(".")
    fmt = args.format or (suffix if not args.all and suffix in ("pdf", "png", "svg") else "pdf")
    config = settings()
    try:
        bot = bot_username(config.bot_username, config.telegram_bot_token, args.base_url or config.telegram_base_url)
    except NoBotName as exc:
        raise BadInput(str(exc)) from None
    runtime = open_runtime(database(args), config.crisis_country)
    ids = [cp.id for cp in runtime.services.index.contact_points] if args.all else [args.contact_point]
    try:
        files = {
            args.output / f"{cp_id}.{fmt}" if args.all else args.output: flyer_file(
                runtime.services, cp_id, langs, args.size, fmt, bot
            )
            for cp_id in ids
        }
    except FlyerProblem as exc:
        raise BadInput(str(exc)) from None
    try:
        if args.all:
            args.output.mkdir(parents=True, exist_ok=True)
        for path, data in files.items():
            path.write_bytes(data)
    except OSError as exc:
        raise BadInput(f"cannot write {exc.filename}: {exc.strerror}") from None
    print(f"{len(files)} flyer{'s' if len(files) != 1 else ''} ({args.size.upper()}, {fmt}) for @{bot}: {args.output}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from bot.outreach.report import UnknownContactPoint, demand_report
    from bot.outreach.report_formats import FORMATS
    from bot.runtime import open_engine

    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError:
        raise BadInput(f"--since {args.since!r}: expected a date, YYYY-MM-DD") from None
    try:
        report = demand_report(open_engine(database(args)), args.contact_point, since)
    except UnknownContactPoint:
        raise BadInput(f"--contact-point {args.contact_point!r}: no such contact point") from None
    text = FORMATS[args.format](report)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"{args.output}: cannot write ({exc.strerror})") from None
    return 0


def cmd_diagram(args: argparse.Namespace) -> int:
    """Drawn over the demo directory in memory, so every machine draws the same diagram."""
    from bot.diagram import mermaid
    from bot.runtime import Database, open_runtime

    print(mermaid(open_runtime(Database("sqlite://", migrate=True, demo=True)).services))
    return 0


def _batch(path: Path, parse) -> Iterator[dict]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: cannot read ({exc})") from None
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield parse(line, f"{path}:{number}")


def _search_query(line: str, where: str) -> dict:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{where}: not a JSON object ({exc.msg})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("text", ""), str):
        raise BadInput(f'{where}: expected {{"text", "where", "role", "lang"}}')
    role = raw.get("role") or "any"
    role = "relative" if role == "relatives" else role
    lang = raw.get("lang") or "de"
    if role not in ROLES or lang not in LANGUAGES:
        raise BadInput(f"{where}: role must be one of {ROLES}, lang one of {LANGUAGES}")
    return {
        "text": raw.get("text", ""),
        "where": str(raw.get("where") or ""),
        "role": role,
        "lang": lang,
        "online": bool(raw.get("online", False)),
    }


def _triage_query(line: str, where: str) -> dict:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{where}: not a JSON object ({exc.msg})") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise BadInput(f'{where}: expected {{"text": ..., "lang": ...}}')
        return {"text": raw["text"], "lang": raw.get("lang") if raw.get("lang") in LANGUAGES else "de"}
    return {"text": line, "lang": "de"}

"""Operators in Telegram (OPERATOR_IDS): the real bot against the fake Bot API over real HTTP.

An operator gets their contact point's flyer and demand report as documents and imports their
groups from a file, all or nothing, with the command line's texts; anyone else who sends the same
commands or files gets exactly what an unknown command gets."""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import text

from bot.storage.engine import make_engine
from tests.bot_process import start_bot, stop
from tests.cli import run_cli
from tests.fake_bot_api import FakeBotApi

OPERATOR = 7001  # of cp-leipzig
OTHER_OPERATOR = 7002  # of cp-dresden
PERSON = 8001
CONTROL = 8002
OPERATORS = {"OPERATOR_IDS": f"{OPERATOR}:cp-leipzig, {OTHER_OPERATOR}:cp-dresden"}
LEIPZIG = {"id": "cp-leipzig", "name": "KISS Leipzig", "postal_code": "04109", "city": "Leipzig", "phone": "0341 1"}
DRESDEN = {"id": "cp-dresden", "name": "KISS Dresden", "postal_code": "01067", "city": "Dresden", "phone": "0351 1"}
DIRECTORY = {
    "contact_points": [LEIPZIG, DRESDEN],
    "groups": [
        {"id": "l-1", "name": "Angehörige von Alkoholkranken", "contact_point": "cp-leipzig", "topics": ["Sucht"]},
        {"id": "d-1", "name": "Trauergruppe Dresden", "contact_point": "cp-dresden", "topics": ["Trauer"]},
    ],
}
MANY = [  # each with a guess in the import's report
    {"id": f"l-x{n}", "name": f"Gesprächskreis {n}", "contact_point": "cp-leipzig", "postal_code": "04109"}
    for n in range(100)
]
GAMBLING = {"id": "l-2", "name": "Spielsucht Leipzig", "contact_point": "cp-leipzig", "topics": ["Glücksspielsucht"]}


@pytest.fixture
def api():
    with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def db(database_url, import_directory) -> str:
    return import_directory(database_url, DIRECTORY)


def as_file(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def directory(db: str) -> set[tuple[str, str, str]]:
    """Every group's id, contact point and name, as stored."""
    engine = make_engine(db)
    with engine.connect() as connection:
        rows = {tuple(row) for row in connection.execute(text("SELECT id, contact_point_id, name FROM groups"))}
    engine.dispose()
    return rows


def group_ids(db: str, words: str, where: str) -> list[str]:
    done = run_cli("search", words, "--where", where, "--json", db=db)
    assert done.returncode == 0, done.stderr
    return [g["id"] for g in json.loads(done.stdout)["groups"]]


def quiet(api: FakeBotApi, seconds: float = 1.5, timeout: float = 30) -> None:
    """Wait until the bot has sent nothing for a while: all answers are out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() - api.last_sent < seconds:
        assert time.monotonic() < deadline, "the bot kept sending"
        time.sleep(0.1)


def test_an_operator_gets_the_flyer_as_pdf_and_the_report_as_html(api, db):
    bot = start_bot(api, db, extra_env=OPERATORS)
    try:
        api.user_message(OPERATOR, "/flyer")
        (flyer,) = api.wait_for_messages(OPERATOR, 1, timeout=60)
        name, content = flyer["document"]
        assert name == "flyer-cp-leipzig-a4.pdf" and content.startswith(b"%PDF")
        api.user_message(OPERATOR, "/flyer de,ar a6 png")
        name, content = api.wait_for_messages(OPERATOR, 2)[-1]["document"]
        assert name == "flyer-cp-leipzig-a6.png" and content.startswith(b"\x89PNG")
        api.user_message(OPERATOR, "/flyer de,en,tr,ar,ru,uk a6")
        assert "6 languages do not fit on A6" in api.wait_for_messages(OPERATOR, 3)[-1]["text"]
        api.user_message(OPERATOR, "/flyer klingonisch")
        assert api.wait_for_messages(OPERATOR, 4)[-1]["text"].startswith("'klingonisch'? /flyer [languages]")

        api.user_message(OPERATOR, "/report")
        name, content = api.wait_for_messages(OPERATOR, 5)[-1]["document"]
        assert name == "nachfrage-cp-leipzig.html"
        page = content.decode()
        assert page.startswith("<!DOCTYPE html>") and "KISS Leipzig" in page and "<script" not in page
        api.user_message(OPERATOR, "/report gestern")
        assert api.wait_for_messages(OPERATOR, 6)[-1]["text"].startswith("/report [YYYY-MM-DD]")

        api.user_message(OPERATOR, "/start")  # the conversation is theirs too
        assert "Worum geht es" in api.wait_for_messages(OPERATOR, 7)[-1]["text"]
    finally:
        errors = stop(bot)
    assert str(OPERATOR) not in errors and "cp-leipzig" not in errors and "KISS" not in errors
    assert "operator: flyer sent" in errors and "operator: demand report sent" in errors


def test_an_operators_import_is_all_or_nothing_and_limited_to_their_contact_point(api, db):
    before = directory(db)
    bot = start_bot(api, db, extra_env=OPERATORS)
    try:
        bad = {"groups": [GAMBLING | {"audience": "kinder"}]}
        api.user_message(OPERATOR, "/import")
        assert "Send the CSV or JSON file now" in api.wait_for_messages(OPERATOR, 1, timeout=60)[-1]["text"]
        api.user_document(OPERATOR, "gruppen.json", as_file(bad))
        refused = api.wait_for_messages(OPERATOR, 2)[-1]["text"]
        assert refused == (
            "gruppen.json: groups record 1 (id 'l-2'): field 'audience' must be affected, relatives or both, "
            "not 'kinder' (nothing was imported)"
        )

        api.user_document(OPERATOR, "gruppen.json", as_file({"groups": [GAMBLING]}))  # no /import before
        assert api.wait_for_messages(OPERATOR, 3)[-1]["text"].startswith("To import this file, send /import first")

        hijack = {"groups": [GAMBLING, {**GAMBLING, "id": "d-1", "name": "Spielsucht II"}]}
        api.user_document(OPERATOR, "gruppen.json", as_file(hijack), caption="/import")
        assert "field 'id' is the id of another contact point's group" in api.wait_for_messages(OPERATOR, 4)[-1]["text"]
        other = {"groups": [{**GAMBLING, "contact_point": "cp-dresden"}]}
        api.user_document(OPERATOR, "gruppen.json", as_file(other), caption="/import")
        assert "must be your own contact point 'cp-leipzig'" in api.wait_for_messages(OPERATOR, 5)[-1]["text"]
        assert directory(db) == before  # nothing changed

        api.user_document(OPERATOR, "gruppen.json", as_file({"groups": [GAMBLING]}), caption="/import")
        done = api.wait_for_messages(OPERATOR, 6)[-1]["text"]
        assert done.startswith("imported 0 contact points and 1 groups")
        assert group_ids(db, "Spielsucht", "Leipzig")[0] == "l-2"

        # and the running bot's conversation finds it at once
        for number, text in enumerate(("/start", "Spielsucht", "mich selbst", "Leipzig"), 1):
            api.user_message(PERSON, text)
            api.wait_for_messages(PERSON, number)
        assert "Spielsucht Leipzig" in api.messages_to(PERSON)[-1]["text"]

        api.user_message(OPERATOR, "/import replace")  # and the file right after: taken in this order
        api.user_document(OPERATOR, "viele.json", as_file({"groups": [GAMBLING, *MANY]}))
        *_, replaced, whole = api.wait_for_messages(OPERATOR, 9)
        assert replaced["text"].startswith("imported 0 contact points and 101 groups\nremoved 1 groups of the contact")
        assert len(replaced["text"]) < 4096 and replaced["text"].endswith("(all of it in the file import-report.txt)")
        name, content = whole["document"]
        assert name == "import-report.txt" and content.decode().count("coordinates from postal code") == 100

        api.user_document(OPERATOR, "riesig.csv", b"id,name\n", caption="/import", file_size=25 * 1024**2)
        assert "up to 20 MB" in api.wait_for_messages(OPERATOR, 10)[-1]["text"]
        assert api.calls.count("getFile") == 5  # not for the one without /import, nor the large one
    finally:
        errors = stop(bot)
    assert directory(db) == {  # the other contact point's group stayed; l-1 was replaced
        ("d-1", "cp-dresden", "Trauergruppe Dresden"),
        ("l-2", "cp-leipzig", "Spielsucht Leipzig"),
        *((group["id"], "cp-leipzig", group["name"]) for group in MANY),
    }
    assert "gruppen.json" not in errors and "Spielsucht" not in errors and str(OPERATOR) not in errors


def test_anyone_else_gets_what_an_unknown_command_gets(api, db):
    bot = start_bot(api, db, extra_env=OPERATORS)
    try:
        api.user_message(PERSON, "/start")
        api.user_message(CONTROL, "/start")
        api.wait_for_messages(CONTROL, 1, timeout=60)
        api.user_message(PERSON, "/report")
        api.user_message(PERSON, "/flyer de a5")
        api.user_message(PERSON, "/import")
        api.user_document(PERSON, "gruppen.json", as_file({"groups": [GAMBLING]}))
        api.user_document(PERSON, "gruppen.json", as_file({"groups": [GAMBLING]}), caption="/import")
        for _ in range(5):
            api.user_message(CONTROL, "/unbekannt")
        quiet(api)
        person, control = api.messages_to(PERSON), api.messages_to(CONTROL)
        assert [(m["text"], m["reply_markup"]) for m in person] == [(m["text"], m["reply_markup"]) for m in control]
        assert sum("nicht lesen" in m["text"] for m in person) == 5
        assert not any("document" in m for m in api.sent) and "getFile" not in api.calls
        menus = {(menu.get("scope"), menu.get("language_code")): menu["commands"] for menu in api.menus}
        operator_menus = {json.loads(scope)["chat_id"] for scope, _ in menus if scope}
        assert operator_menus == {OPERATOR, OTHER_OPERATOR}  # in their own chats only
        for (scope, _), commands in menus.items():
            names = {command["command"] for command in json.loads(commands)}
            assert "start" in names and ({"report", "flyer", "import"} <= names) == bool(scope)
    finally:
        stop(bot)
    assert {group[0] for group in directory(db)} == {"l-1", "d-1"}

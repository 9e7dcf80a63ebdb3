"""Nothing a person typed at rest: the real bot, conversations full of personal details in six
languages, some ended with /delete; then the raw bytes of the SQLite file, its write-ahead log and
index, and the whole log (every logger at DEBUG, JSON lines) are searched for every detail."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.telegram.metrics import KINDS, OUTCOMES
from tests.bot_process import free_port, log_lines, post_update, start_bot, stop
from tests.fake_bot_api import FakeBotApi


@dataclass(frozen=True)
class Person:
    lang: str
    first: str
    last: str
    username: str
    phone: str
    email: str
    street: str
    messages: tuple[str, ...]  # {first} {last} {phone} {email} {street} filled in

    def details(self) -> tuple[str, ...]:
        return (self.first, self.last, self.username, self.phone, self.phone.replace(" ", ""), self.email, self.street)

    def texts(self) -> list[str]:
        fill = {k: getattr(self, k) for k in ("first", "last", "phone", "email", "street")}
        return ["/start", *(message.format(**fill) for message in self.messages)]


PEOPLE = (
    Person(
        "de",
        "Katharina",
        "Wendelbrunner",
        "kwendelbrunner",
        "0171 2345678",
        "k.wendelbrunner@example.org",
        "Amselweg 17",
        (
            "Ich heiße {first} {last}, Tel. {phone}, {email}. Mein Mann trinkt jeden Abend",
            "Es geht um meinen Mann, ich wohne {street}",
            "04109, ruf mich an: {phone}",
            "Danke! Ich bin {first} {last}, schreib an {email}",
        ),
    ),
    Person(
        "en",
        "Jonathan",
        "Pemberton",
        "jpemberton",
        "+49 152 98765432",
        "j.pemberton@example.net",
        "Birchwood Lane 42",
        (
            "My name is {first} {last}, phone {phone}, mail {email}. I have tinnitus",
            "It is about me, I live at {street}",
            "04109 please, or call {phone}",
            "Thanks, {first} {last} here, {email}",
        ),
    ),
    Person(
        "tr",
        "Ayşe",
        "Karabulut",
        "aysekarabulut",
        "0176 44455566",
        "ayse.karabulut@example.com",
        "Gülbahar Sokak 9",
        (
            "Benim adım {first} {last}, telefonum {phone}, {email}. Kocam her akşam içiyor",
            "Kocam için, adresim {street}",
            "04109, beni ara: {phone}",
            "Teşekkürler, ben {first} {last}, {email}",
        ),
    ),
    Person(
        "ar",
        "فاطمة",
        "الزهراني",
        "fatimazahrani",
        "0157 33322211",
        "fatima.zahrani@example.org",
        "شارع الياسمين 5",
        (
            "اسمي {first} {last}، رقمي {phone}، بريدي {email}. زوجي يشرب الكحول كل مساء",
            "الأمر يتعلق بزوجي، أسكن في {street}",
            "04109، اتصلي بي على {phone}",
            "شكرا، أنا {first} {last}، {email}",
        ),
    ),
    Person(
        "ru",
        "Ольга",
        "Скворцова",
        "olgaskvortsova",
        "0160 7778899",
        "olga.skvortsova@example.ru",
        "Садовая улица 12",
        (
            "Меня зовут {first} {last}, телефон {phone}, почта {email}. Мой сын пьёт",
            "Речь о моём сыне, я живу: {street}",
            "04109, позвоните мне: {phone}",
            "Спасибо, я {first} {last}, {email}",
        ),
    ),
    Person(
        "uk",
        "Оксана",
        "Шевчук",
        "oksanashevchuk",
        "0163 1112233",
        "oksana.shevchuk@example.ua",
        "вулиця Квіткова 8",
        (
            "Мене звати {first} {last}, мій номер {phone}, пошта {email}. Мій чоловік п'є",
            "Йдеться про мого чоловіка, я живу: {street}",
            "04109, зателефонуйте: {phone}",
            "Дякую, я {first} {last}, {email}",
        ),
    ),
)


def forms(value: str) -> set[bytes]:
    """How a value could lie in the files: as UTF-8 (any case), or escaped as JSON writes it."""
    return {v.encode() for v in {value, value.lower(), value.upper(), json.dumps(value)[1:-1]}}


def found(values, haystack: bytes) -> list[str]:
    return [value for value in values if any(form in haystack for form in forms(value))]


def database_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("bot.sqlite3*"))}


def update_from(api: FakeBotApi, chat: int, person: Person, text: str) -> dict:
    update = api.message_update(chat, text, person.lang)
    update["message"]["from"].update(first_name=person.first, last_name=person.last, username=person.username)
    return update


@pytest.mark.parametrize("mode", ["polling", "webhook"])
def test_nothing_typed_is_at_rest_and_deleted_conversations_leave_no_trace(tmp_path, mode):
    port = free_port()
    env = {"STATE_SECRET": "", "LOG_LEVEL": "DEBUG"}
    if mode == "webhook":
        env |= {"WEBHOOK_URL": "https://bot.example.org/telegram", "PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1"}
    chats = {
        (person, deleted): 7_310_000_000 + 10 * n + deleted for n, person in enumerate(PEOPLE) for deleted in (1, 0)
    }
    with FakeBotApi() as api, (tmp_path / "bot.log").open("w") as log_file:
        bot = start_bot(api, f"sqlite:///{tmp_path}/bot.sqlite3", env, log=log_file, demo=True)
        try:
            send = _sender(api, bot, mode, port)
            scripts = {(p, d): p.texts()[:-1] + ["/delete"] if d else p.texts() for p, d in chats}
            for turn in range(max(map(len, scripts.values()))):  # in turns, so rows share pages
                for (person, deleted), chat in chats.items():
                    send(update_from(api, chat, person, scripts[person, deleted][turn]))
            for (person, _), chat in chats.items():  # each answered (a pause under load is no end)
                api.wait_for_count(chat, len(person.texts()), timeout=120)
            _wait_until_answered(api, mode)
            last, answered = chats[PEOPLE[0], 0], api.count[chats[PEOPLE[0], 0]]
            send(update_from(api, last, PEOPLE[0], "/help"))  # a step after every /delete emptied the log
            api.wait_for_count(last, answered + 1)
            files = database_files(tmp_path)  # while the bot runs: its write-ahead log is still there
            assert len(files.get("bot.sqlite3-wal", b"")) > 0
        finally:
            stop(bot)
    log = (tmp_path / "bot.log").read_bytes()

    key = (tmp_path / "bot.key").read_text().strip()
    assert f"generated a new key for the chat-id pseudonyms in {tmp_path / 'bot.key'}".encode() in log
    assert b"Calling Bot API endpoint" in log  # python-telegram-bot's debug records were written
    pseudonyms = {
        (p, d): hmac.new(key.encode(), str(c).encode(), hashlib.sha256).hexdigest() for (p, d), c in chats.items()
    }
    kept = [pseudonyms[p, 0] for p in PEOPLE]
    assert found(kept, b"".join(files.values())) == kept  # the scan reads where the states are

    details = [detail for person in PEOPLE for detail in person.details()]
    deleted = [pseudonyms[p, 1] for p in PEOPLE]
    chat_ids = [str(chat) for chat in chats.values()]
    for name, content in [*files.items(), ("log", log)]:
        assert found(details, content) == [], name
        assert found([key], content) == [] and bytes.fromhex(key) not in content, name
        assert found(deleted, content) == [], name
    assert found(chat_ids, log) == [] and found(kept, log) == []

    lines = log_lines(log.decode())
    assert len(lines) == len(log.splitlines())  # LOG_FORMAT=json, the default: every line one JSON object
    updates = [line for line in lines if line["message"] == "update"]
    assert (
        len(updates) == sum(map(len, scripts.values())) + 1
    )  # one line per update (and the /help), kinds and steps only
    assert all(set(u) == {"time", "level", "logger", "message", "kind", "step", "ms", "outcome"} for u in updates)
    assert {u["kind"] for u in updates} <= set(KINDS) and {u["outcome"] for u in updates} <= set(OUTCOMES)
    print(
        f"\n{mode}: {len(chats)} conversations, {len(details)} details, {len(log):,} bytes of log, files {sizes(files)}"
    )


def sizes(files: dict[str, bytes]) -> str:
    return ", ".join(f"{name} {len(content):,} B" for name, content in files.items())


def _sender(api: FakeBotApi, bot, mode: str, port: int):
    if mode == "polling":
        return api.deliver
    deadline = time.monotonic() + 60
    while not api.webhook.get("secret_token"):
        assert time.monotonic() < deadline and bot.poll() is None, "webhook was not registered"
        time.sleep(0.1)
    secret = api.webhook["secret_token"]

    def send(update: dict) -> None:
        while True:
            try:
                assert post_update(api, port, update, secret) == 200
                return
            except OSError:
                assert time.monotonic() < deadline, "webhook server did not start"
                time.sleep(0.1)

    return send


def _wait_until_answered(api: FakeBotApi, mode: str) -> None:
    """Polling: every update fetched (the next getUpdates confirmed it), then no message for a second."""
    if mode == "webhook":
        return  # each answer came back with its request
    deadline = time.monotonic() + 120
    while api.updates or time.monotonic() - api.last_sent < 1.0:
        assert time.monotonic() < deadline, "the bot did not answer everything"
        time.sleep(0.1)

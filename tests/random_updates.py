"""Seeded random Telegram updates of every kind, for the fuzz test, each with what the bot owes it.

A private chat's message, command, location or button press must be answered (`ANSWER`); an
update from a group, supergroup or channel earns at most one note per chat and the bot's leaving
(`GROUP`); everything else is deliberately ignored (`IGNORE`): inline queries, polls, reactions,
edited locations, payments, a button under an inline message, the person blocking the bot.
Texts mix every script the bot meets (Latin with umlauts, Turkish, Arabic, Cyrillic), emoji,
control characters, lone surrogates (which JSON can carry) and the odd very long line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.telegram import callback_data

ANSWER, GROUP, IGNORE = "answer", "group", "ignore"
BOT = {"id": 999000, "is_bot": True, "first_name": "Lotse", "username": "lotse_test_bot"}
SCRIPTS = (
    "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZ ",
    "çğıöşüÇĞİÖŞÜ abcdefghijklmnoprstuvyz",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ ",
    "😀😢🆘🙏❤️👍🏽🏳️‍🌈 ",
    "0123456789 .,;:!?-_/()[]{}@#%&*+=\"'",
    "\u200b\u200e\u200f\u2068\u2069\ufeff\t\n\r\x00\x07",
)
WORDS = (
    "mein Mann trinkt",
    "Spielsucht",
    "ich will nicht mehr leben",
    "Leipzig",
    "04109",
    "Angehörige",
    "kocam içiyor",
    "اكتئاب",
    "моя мама пьёт",
    "online",
    "danke",
    "was kostet das",
)
COMMANDS = (
    "/start",
    "/help",
    "/language",
    "/privacy",
    "/back",
    "/notfall",
    "/sos",
    "/delete",
    "/foo",
    "/help@other_bot",
)
PAYLOADS = ("cp-demo-leipzig", "cp-demo-leipzig_en", "cp-", "_ar", "cp-x" * 30, "<script>", "cp-\U0001f600", "ü" * 70)
ACTIONS = ("lang", "role", "topic", "category", "group", "more", "back", "crisis", "danger", "safe", "share", "place")


@dataclass(frozen=True)
class Planned:
    update: dict
    owed: str
    chat: int


class RandomUpdates:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.message_id = 0

    # ---------------------------------------------------------------- building blocks
    def text(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return rng.choice(WORDS)
        if roll < 0.35:
            return "".join(rng.choice(SCRIPTS[0]) for _ in range(rng.randint(3000, 4096)))
        if roll < 0.45:
            return "".join(rng.choice((chr(rng.randint(0xD800, 0xDFFF)), "a", "ü", "😀")) for _ in range(8))
        alphabet = "".join(rng.sample(SCRIPTS, rng.randint(1, 3)))
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))).strip() or "x"

    def user(self, chat: int) -> dict:
        code = self.rng.choice(("de", "en", "tr", "ar", "ru", "uk", "fr", "pt-br", "", None))
        return {"id": abs(chat), "is_bot": False, "first_name": "Test"} | ({"language_code": code} if code else {})

    def message(self, chat: int, chat_type: str, **content) -> dict:
        self.message_id += 1
        chat_data = {"id": chat, "type": chat_type} | ({} if chat_type == "private" else {"title": "Gruppe"})
        sender = {} if chat_type == "channel" else {"from": self.user(chat)}
        return {"message_id": self.message_id, "date": 1_700_000_000, "chat": chat_data, **sender, **content}

    def content(self) -> dict:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            return {"text": self.text()}
        if roll < 0.65:
            text = rng.choice(COMMANDS)
            if text == "/start" and rng.random() < 0.7:
                text += " " + rng.choice((*PAYLOADS, self.text().split("\n")[0][:80]))
            return {"text": text, "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}
        if roll < 0.85:
            return {"location": self.coordinates()}
        return rng.choice(
            (
                {
                    "sticker": {
                        "file_id": "s",
                        "file_unique_id": "s",
                        "width": 1,
                        "height": 1,
                        "is_animated": False,
                        "is_video": False,
                        "type": "regular",
                    }
                },
                {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
                {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
                {"contact": {"phone_number": "+49 170 0000000", "first_name": "Anna"}},
                {"dice": {"emoji": "🎲", "value": 3}},
            )
        )

    def coordinates(self) -> dict:
        rng = self.rng
        return rng.choice(
            (
                {"latitude": rng.uniform(47, 55), "longitude": rng.uniform(6, 15)},
                {"latitude": rng.uniform(-1000, 1000), "longitude": rng.uniform(-1000, 1000)},
                {"latitude": "abc", "longitude": "12.3"},
                {"latitude": "NaN", "longitude": "Infinity"},
                {"latitude": None, "longitude": 12.0},
            )
        )

    def data(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:
            return callback_data.encode(rng.choice(ACTIONS), rng.choice(("", "en", "0", "relative", "sucht", "#1")))
        if roll < 0.7:
            return "1|" + self.text()[:40]
        if roll < 0.85:
            return "1|lang|" + chr(rng.randint(0xD800, 0xDFFF))
        return self.text()[:100]

    # ---------------------------------------------------------------- updates with what they are owed
    def private(self, chat: int) -> Planned:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            return Planned({"message": self.message(chat, "private", **self.content())}, ANSWER, chat)
        if roll < 0.75:
            query = {"id": str(rng.random()), "from": self.user(chat), "chat_instance": "c", "data": self.data()}
            return Planned(
                {"callback_query": query | {"message": self.message(chat, "private", text="…")}}, ANSWER, chat
            )
        if roll < 0.82:
            edited = self.message(chat, "private", text=self.text()) | {"edit_date": 1_700_000_100}
            return Planned({"edited_message": edited}, ANSWER, chat)
        return self.ignored(chat)

    def ignored(self, chat: int) -> Planned:
        rng, user = self.rng, self.user(chat)
        kinds = (
            {"inline_query": {"id": "1", "from": user, "query": self.text()[:50], "offset": ""}},
            {"chosen_inline_result": {"result_id": "1", "from": user, "query": "x"}},
            {"edited_message": self.message(chat, "private", location=self.coordinates()) | {"edit_date": 1}},
            {"callback_query": {"id": "2", "from": user, "chat_instance": "c", "inline_message_id": "i", "data": "x"}},
            {
                "poll": {
                    "id": "p",
                    "question": "?",
                    "options": [],
                    "total_voter_count": 0,
                    "is_closed": False,
                    "is_anonymous": True,
                    "type": "regular",
                    "allows_multiple_answers": False,
                    "allows_revoting": False,
                    "members_only": False,
                }
            },
            {"poll_answer": {"poll_id": "p", "user": user, "option_ids": [0], "option_persistent_ids": ["a"]}},
            {
                "message_reaction": {
                    "chat": {"id": chat, "type": "private"},
                    "message_id": 1,
                    "date": 1,
                    "user": user,
                    "old_reaction": [],
                    "new_reaction": [{"type": "emoji", "emoji": "👍"}],
                }
            },
            {
                "pre_checkout_query": {
                    "id": "q",
                    "from": user,
                    "currency": "EUR",
                    "total_amount": 1,
                    "invoice_payload": "x",
                }
            },
            {"my_chat_member": self.membership(chat, "private", rng.choice(("kicked", "member")))},
        )
        return Planned(rng.choice(kinds), IGNORE, chat)

    def membership(self, chat: int, chat_type: str, status: str) -> dict:
        chat_data = {"id": chat, "type": chat_type} | ({} if chat_type == "private" else {"title": "Gruppe"})
        return {
            "chat": chat_data,
            "from": self.user(chat),
            "date": 1,
            "old_chat_member": {"user": BOT, "status": "left"},
            "new_chat_member": {"user": BOT, "status": status} | ({"until_date": 0} if status == "kicked" else {}),
        }

    def group(self, chat: int) -> Planned:
        rng = self.rng
        chat_type = rng.choice(("group", "supergroup", "channel"))
        roll = rng.random()
        if roll < 0.2:
            update = {"my_chat_member": self.membership(chat, chat_type, "member")}
        elif chat_type == "channel":
            update = {rng.choice(("channel_post", "edited_channel_post")): self.message(chat, "channel", text="x")}
        elif roll < 0.4:
            query = {"id": "3", "from": self.user(chat), "chat_instance": "c", "data": self.data()}
            update = {"callback_query": query | {"message": self.message(chat, chat_type, text="…")}}
        else:
            update = {"message": self.message(chat, chat_type, **self.content())}
        return Planned(update, GROUP, chat)

    def plan(self, count: int, per_chat: int = 4) -> list[Planned]:
        """`count` updates over chats of a few updates each (private chats stay within the bot's
        per-chat limit, which is tested on its own), interleaved as many people write at once;
        each chat's own updates keep their order."""
        chats: list[list[Planned]] = []
        while sum(map(len, chats)) < count:
            chat = 10_000 + len(chats)
            private = self.rng.random() < 0.85
            make = self.private if private else self.group
            chats.append(
                [make(chat if private else -1_000_000_000_000 - chat) for _ in range(self.rng.randint(1, per_chat))]
            )
        turns = [i for i, updates in enumerate(chats) for _ in updates]
        self.rng.shuffle(turns)
        queues = [iter(updates) for updates in chats]
        return [next(queues[i]) for i in turns][:count]

"""The real bot process against a local fake Bot API over real HTTP (no mocks of PTB internals)."""

from __future__ import annotations

import time
import urllib.error

import pytest

from bot.telegram import callback_data
from tests.bot_process import free_port, post_body, post_update, start_bot, stop, webhook_env
from tests.databases import take_down
from tests.fake_bot_api import FakeBotApi

CHAT = 4242


def buttons(message: dict) -> dict[str, str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


@pytest.fixture
def api():
    with FakeBotApi() as fake:
        yield fake


def test_flyer_to_contact_point_and_a_restart_in_the_middle(api, database_url):
    db = database_url
    bot = start_bot(api, db, demo=True)
    try:
        api.user_message(CHAT, "/start cp-demo-leipzig")
        (welcome,) = api.wait_for_messages(CHAT, 1, timeout=60)
        assert "Selbsthilfe-Lotse" in welcome["text"] and "Leipzig" in welcome["text"]
        assert "Worum geht es" in welcome["text"]
        api.user_message(CHAT, "mein Mann trinkt jeden Abend")
        where = api.wait_for_messages(CHAT, 2)[-1]
        assert "für Angehörige" in where["text"] and "Wo suchst du?" in where["text"]  # not asked again
        api.user_message(CHAT, "04109")
        results = api.wait_for_messages(CHAT, 3)[-1]
        assert "Angehörige von Suchtkranken" in results["text"]
        api.user_presses(CHAT, buttons(results)["1. Details"])
        detail = api.wait_for_messages(CHAT, 4)[-1]
        assert "Telefon: (Demo: keine echte Nummer)" in detail["text"]

        api.user_message(CHAT + 1, "/start")
        api.wait_for_messages(CHAT + 1, 1)
        api.user_message(CHAT + 1, "Spielsucht")
        role = api.wait_for_messages(CHAT + 1, 2)[-1]
        assert "Geht es um dich selbst" in role["text"]
    finally:
        errors = stop(bot)
    assert "mein Mann" not in errors and str(CHAT) not in errors  # never log texts or chat ids
    assert api.token not in errors  # nor the bot token, which is part of every Bot API address

    bot = start_bot(api, db, demo=True)
    try:
        api.user_presses(CHAT + 1, buttons(role)["Um mich selbst"])
        where = api.wait_for_messages(CHAT + 1, 3, timeout=60)[-1]
        assert "Wo suchst du?" in where["text"]
        api.user_presses(CHAT + 1, buttons(where)["📍 Standort teilen"])
        share = api.wait_for_messages(CHAT + 1, 4)[-1]
        assert share["reply_markup"]["keyboard"][0][0]["request_location"]
        api.user_location(CHAT + 1, 51.34, 12.37)
        results = api.wait_for_messages(CHAT + 1, 5)[-1]
        assert "[DEMO] Spielsucht" in results["text"] and "Leipzig" in results["text"]
    finally:
        stop(bot)


def test_forged_callback_data_gets_the_outdated_answer(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        api.user_message(CHAT, "/start")
        api.wait_for_messages(CHAT, 1, timeout=60)
        for forged in ("x" * 64, "2|role|relative", "1|DROP TABLE|", callback_data.encode("group", "nope")):
            api.user_presses(CHAT, forged)
        sent = api.wait_for_messages(CHAT, 1 + 8)
        assert sum("nicht mehr aktuell" in m["text"] for m in sent) == 4
        api.user_message(CHAT, "ich will nicht mehr leben")
        crisis = api.wait_for_messages(CHAT, 10)[-1]
        assert "0800 111 0 111" in crisis["text"]
        assert {"setMyCommands", "setMyDescription", "answerCallbackQuery"} <= set(api.calls)
    finally:
        stop(bot)


def _dark_message_at_the_role_step(api) -> dict:
    """Start, name a topic, then write something dark: the role question is the place to return to."""
    api.user_message(CHAT, "/start")
    api.wait_for_messages(CHAT, 1, timeout=60)
    api.user_message(CHAT, "Spielsucht")
    role = api.wait_for_messages(CHAT, 2)[-1]
    api.user_message(CHAT, "Selbstmord")
    return role


def on_where_it_was(reply: dict, before: dict) -> bool:
    """The safety question's "no": the step's buttons again, with "✏️ Ändern" under what it read."""
    shown = buttons(reply)
    return shown.pop("✏️ Ändern", None) is not None and shown == buttons(before)


def test_the_safety_question_both_answers(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        role = _dark_message_at_the_role_step(api)
        question = api.wait_for_messages(CHAT, 3)[-1]
        assert "gerade in Gefahr" in question["text"]
        api.user_presses(CHAT, buttons(question)["Nein, ich suche eine Gruppe"])
        again = api.wait_for_messages(CHAT, 4)[-1]
        assert again["text"].startswith("Danke. Dann suchen wir weiter.\nVerstanden: Spielsucht")
        assert on_where_it_was(again, role)
        api.user_message(CHAT, "Selbstmord")
        question = api.wait_for_messages(CHAT, 5)[-1]
        api.user_presses(CHAT, buttons(question)["Ja, ich brauche jetzt Hilfe"])
        crisis = api.wait_for_messages(CHAT, 6)[-1]
        assert "0800 111 0 111" in crisis["text"]
        api.user_presses(CHAT, buttons(crisis)["Weiter mit der Gruppensuche"])
        assert buttons(api.wait_for_messages(CHAT, 7)[-1]) == buttons(role)
    finally:
        errors = stop(bot)
    assert "Selbstmord" not in errors and "Spielsucht" not in errors


def test_the_safety_question_answered_by_typing(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        role = _dark_message_at_the_role_step(api)
        assert "gerade in Gefahr" in api.wait_for_messages(CHAT, 3)[-1]["text"]
        api.user_message(CHAT, "ja")
        crisis = api.wait_for_messages(CHAT, 4)[-1]
        assert "0800 111 0 111" in crisis["text"]
        api.user_message(CHAT, "nee passt schon")
        calm = api.wait_for_messages(CHAT, 5)[-1]
        assert calm["text"].startswith("Okay.") and set(buttons(calm)) == {
            "Weiter mit der Gruppensuche",
            "Die Nummern noch einmal",
        }
        api.user_presses(CHAT, buttons(calm)["Weiter mit der Gruppensuche"])
        assert buttons(api.wait_for_messages(CHAT, 6)[-1]) == buttons(role)  # on where the person was
        api.user_message(CHAT, "Selbstmord")
        api.wait_for_messages(CHAT, 7)
        api.user_message(CHAT, "nein")
        again = api.wait_for_messages(CHAT, 8)[-1]
        assert again["text"].startswith("Danke. Dann suchen wir weiter.") and on_where_it_was(again, role)
    finally:
        errors = stop(bot)
    assert "Selbstmord" not in errors and "nee passt" not in errors


def test_a_complete_first_message_in_turkish_goes_straight_to_the_groups(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        api.user_message(CHAT, "/start", language_code="tr")
        (welcome,) = api.wait_for_messages(CHAT, 1, timeout=60)
        assert "Konu ne?" in welcome["text"]
        api.user_message(CHAT, "Kocam her akşam içiyor, Leipzig'de oturuyoruz")
        results = api.wait_for_messages(CHAT, 2)[-1]
        assert "Leipzig" in results["text"] and "[DEMO] Angehörige von Suchtkranken" in results["text"]
        api.user_presses(CHAT, buttons(results)["1. Ayrıntılar"])  # the message and one tap
        detail = api.wait_for_messages(CHAT, 3)[-1]
        assert "demo@example.org" in detail["text"]
    finally:
        errors = stop(bot)
    assert "Kocam" not in errors


def test_crisis_reply_while_the_database_is_down(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        api.user_message(CHAT, "/start")
        api.wait_for_messages(CHAT, 1, timeout=60)
        take_down(database_url)
        api.user_message(CHAT, "I'm going to end it tonight")
        crisis = api.wait_for_messages(CHAT, 2)[-1]
        assert "0800 111 0 111" in crisis["text"]
    finally:
        errors = stop(bot)
    assert "state store unavailable" in errors


def test_deleting_asked_in_words_deletes_with_its_button(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        api.user_message(CHAT, "/start")
        api.wait_for_messages(CHAT, 1, timeout=60)
        api.user_message(CHAT, "mein Mann trinkt jeden Abend")
        api.wait_for_messages(CHAT, 2)
        api.user_message(CHAT, "kannst du bitte alles löschen was ich geschrieben hab")
        answer, where = api.wait_for_messages(CHAT, 4)[2:]  # the answer, then the step's question again
        assert "höchstens 24 Stunden" in answer["text"] and "Wo suchst du?" in where["text"]
        api.user_presses(CHAT, buttons(answer)["🗑 Ja, alles löschen"])
        assert "Erledigt" in api.wait_for_messages(CHAT, 5)[-1]["text"]
        api.user_message(CHAT, "Leipzig")  # the search for a husband who drinks is gone with it
        after = api.wait_for_messages(CHAT, 6)[-1]["text"]
    finally:
        errors = stop(bot)
    assert "Worum geht es" in after and "Alkohol" not in after
    assert "löschen" not in errors and "trinkt" not in errors


def test_delete_never_says_deleted_while_the_state_is_still_there(api, database_url):
    bot = start_bot(api, database_url, demo=True)
    try:
        api.user_message(CHAT, "/start")
        api.wait_for_messages(CHAT, 1, timeout=60)
        take_down(database_url)
        api.user_message(CHAT, "/delete")
        answer = api.wait_for_messages(CHAT, 2)[-1]["text"]
    finally:
        errors = stop(bot)
    if database_url.startswith("postgresql"):  # a dropped database: the delete always fails
        assert "state not deleted" in errors
    if "state not deleted" in errors:  # a zeroed SQLite file sometimes still takes the delete
        assert "nicht löschen" in answer and "Erledigt" not in answer
    else:
        assert "Erledigt" in answer


def test_a_conversation_through_the_webhook(api, database_url):
    port, secret = free_port(), "flyer-secret"
    bot = start_bot(api, database_url, webhook_env(port, secret), demo=True)
    try:
        update = api.message_update(CHAT, "/start")
        deadline = time.monotonic() + 60
        while True:
            try:
                status = post_update(api, port, update, "wrong")
                break
            except (ConnectionError, urllib.error.URLError):
                assert time.monotonic() < deadline, "webhook server did not start"
                time.sleep(0.2)
        assert status == 403
        assert post_body(port, b"{not json", secret)[0] == 400
        assert post_body(port, b'{"update_id": "x", "message": 5}', secret)[0] == 400
        assert api.count[CHAT] == 0

        assert post_update(api, port, update, secret) == 200
        (welcome,) = api.messages_to(CHAT)
        assert "Selbsthilfe-Lotse" in welcome["text"] and "Worum geht es" in welcome["text"]
        post_update(api, port, api.message_update(CHAT, "Spielsucht"), secret)
        role = api.messages_to(CHAT)[-1]
        post_update(api, port, api.message_update(CHAT, "hm"), secret)
        unclear, again = api.messages_to(CHAT)[-2:]  # the first through the API, the second as the answer
        assert "Bitte wähle" in unclear["text"] and buttons(again) == buttons(role)
        post_update(api, port, api.button_update(CHAT, buttons(role)["Um mich selbst"]), secret)
        where = api.messages_to(CHAT)[-1]
        assert "Wo suchst du?" in where["text"]
        post_update(api, port, api.button_update(CHAT, buttons(where)["📍 Standort teilen"]), secret)
        share = api.messages_to(CHAT)[-1]
        assert share["reply_markup"]["keyboard"][0][0]["request_location"]
        post_update(api, port, api.message_update(CHAT, "Leipzig"), secret)
        assert "[DEMO] Spielsucht" in api.messages_to(CHAT)[-1]["text"]
        assert {"setWebhook", "answerCallbackQuery"} <= set(api.calls)
    finally:
        errors = stop(bot)
    assert "Traceback" not in errors and "Spielsucht" not in errors


def test_after_a_crisis_reply_a_typed_yes_gets_the_number_and_a_parent_goes_on(api, database_url):
    """Round 3 over Telegram: "ja" to the numbers is answered with the one to call, not the search;
    a parent who tells of the same danger again is led on to the groups, the numbers in one line."""
    bot = start_bot(api, database_url, demo=True)
    try:
        api.user_message(CHAT, "/start")
        api.wait_for_messages(CHAT, 1, timeout=60)
        api.user_message(CHAT, "meine Tochter ist 15 und hat sich geritzt")
        crisis = api.wait_for_messages(CHAT, 2)[-1]
        assert "0800 111 0 111" in crisis["text"] and set(buttons(crisis)) == {"Weiter mit der Gruppensuche"}
        api.user_message(CHAT, "ja")
        call = api.wait_for_messages(CHAT, 3)[-1]
        assert call["text"].startswith("Bitte ruf jetzt dort an") and "Weiter mit der Gruppensuche" in buttons(call)
        api.user_presses(CHAT, buttons(call)["Weiter mit der Gruppensuche"])
        assert "Wo suchst du?" in api.wait_for_messages(CHAT, 4)[-1]["text"]
        api.user_message(CHAT, "sie ritzt sich")
        on = api.wait_for_messages(CHAT, 5)[-1]
        assert on["text"].startswith("Die Nummern von eben") and "Wo suchst du?" in on["text"]
    finally:
        errors = stop(bot)
    assert "ritzt" not in errors and "Tochter" not in errors

"""Deleting asked for in words ("lösch bitte alles, was ich geschrieben hab"), in the six languages
through the state machine over the demo directory: what is kept and for how long, the button that deletes
it (what /delete does), the search as it was and nothing of that message taken for it; the wish to forget
what happened in one's life is no such request."""

from __future__ import annotations

import pytest

from bot.render import button_label, render_text
from dialogs.machine import step
from dialogs.model import Choice, Place, State, Step, Text

LEIPZIG = Place("Leipzig", 51.34, 12.37)
AT_WHERE = State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative")
ASKED = {
    "de": [
        "Kannst du bitte alles löschen, was ich über meine Schwester geschrieben hab?",
        "lösch bitte meine daten",
        "vergiss alles was ich gesagt hab",
        "kann man den chatverlauf löschen",
    ],
    "en": ["please delete everything I wrote about my son", "can you delete my data", "forget what i said pls"],
    "tr": ["yazdıklarımı silebilir misin", "lütfen her şeyi silin", "mesajlarimi sil"],
    "ar": ["احذف كل شي كتبته لو سمحت", "ممكن تمسح الرسائل؟", "ams7 kolshi"],
    "ru": ["удалите пожалуйста всё, что я тут написала", "сотри переписку", "udalite vse"],
    "uk": ["видаліть будь ласка все, що я написала про сина", "зітри повідомлення", "можна видалити дані?"],
}
FORGET_BUTTON = {
    "de": "🗑 Ja, alles löschen",
    "en": "🗑 Yes, delete everything",
    "tr": "🗑 Evet, hepsini sil",
    "ar": "🗑 نعم، احذف كل شيء",
    "ru": "🗑 Да, удалить всё",
    "uk": "🗑 Так, видалити все",
}
NOT_ASKED = {
    "de": ["ich will das alles einfach vergessen", "ich möchte vergessen was damals passiert ist"],
    "en": ["i just want to forget everything that happened", "i wish i could forget it all"],
    "tr": ["her şeyi unutmak istiyorum", "o geceyi unutamıyorum"],
    "ar": ["بدي انسى كل شي صار", "نفسي انسى كل حاجة"],
    "ru": ["хочу всё забыть", "не могу забыть ту ночь"],
    "uk": ["хочу все забути", "не можу забути ту ніч"],
}


def pressed(replies, label: str, lang: str) -> Choice:
    (button,) = [b for r in replies for row in r.buttons for b in row if button_label(b, lang) == label]
    return Choice(button.action, button.value)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in ASKED.items() for t in texts])
def test_deleting_asked_in_words_is_answered_with_the_button_that_deletes(lang, text, demo_runtime):
    services = demo_runtime.services
    state = AT_WHERE.with_(lang=lang, lang_chosen=True)
    kept, replies = step(state, Text(text), services)
    assert kept.search() == state.search() and kept.step == state.step  # nothing of the message taken
    assert "24" in render_text(replies[0], lang)
    forgotten, replies = step(kept, pressed(replies, FORGET_BUTTON[lang], lang), services)
    assert forgotten is None and "/start" in render_text(replies[0], lang)


def test_deleting_asked_on_a_page_of_results_keeps_the_way_back_to_it(demo_runtime):
    state = State(step=Step.RESULTS, topic_ids=("alkohol",), role="relative", place=LEIPZIG)
    kept, replies = step(state, Text("lösch bitte alles"), demo_runtime.services)
    (answer,) = replies
    actions = [b.action for row in answer.buttons for b in row]
    assert actions[0] == "forget" and "list" in actions and kept == state.with_(reached=kept.reached)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_ASKED.items() for t in texts])
def test_wishing_to_forget_what_happened_asks_for_no_deleting(lang, text, demo_runtime):
    _, replies = step(AT_WHERE.with_(lang=lang, lang_chosen=True), Text(text), demo_runtime.services)
    assert all(b.action != "forget" for r in replies for row in r.buttons for b in row), text

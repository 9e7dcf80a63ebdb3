"""After the crisis reply to the writer's own danger, "I'm safe again" says whom the search is for (the writer), and a
place typed while violence goes on is said back as kept, 110 below it (round 77's console tester: "я уже в
безопасности" then "депрессия" asked "for you or someone close?"; "Берлин" after the violence reply got 110 without a
word of the place). The state machine over the demo directory."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, State, Step, Text
from tests.conversation import DEPRESSION, chat, msgids
from tests.test_crisis_flow import texts

WANT_TO_DIE = {
    "de": "ich will nicht mehr leben",
    "en": "i want to die",
    "tr": "ölmek istiyorum",
    "ar": "بدي موت",
    "ru": "я хочу умереть",
    "uk": "я хочу вмерти",
}
SAFE_AGAIN = {
    "de": "ich bin wieder sicher",
    "en": "I'm safe again",
    "tr": "artık güvendeyim",
    "ar": "انا بامان هلق",
    "ru": "я уже в безопасности",
    "uk": "я вже в безпеці",
}


@pytest.mark.parametrize("lang", WANT_TO_DIE)
def test_safe_again_after_ones_own_crisis_reply_says_the_search_is_for_the_writer(lang, demo_runtime):
    """ "я уже в безопасности" after "я хочу умереть", then "депрессия", asked "for you or someone close?" in ru, tr
    and de (en and uk took the writer only by chance: "I'm", "померти" read as a loss): the writer said it of
    themselves."""
    services = demo_runtime.services
    state, replies = chat(State(lang=lang), [Text(WANT_TO_DIE[lang]), Text(SAFE_AGAIN[lang])], services)
    assert state.answered == "suicide" and m.SAFE_NOW in msgids(replies), (lang, msgids(replies))
    state, replies = step(state, Text(DEPRESSION[lang]), services)
    assert state.role == "affected" and state.step == Step.LOCATION, (lang, state.role, state.step)
    assert m.ASK_ROLE not in msgids(replies)


def test_a_relatives_danger_then_safe_says_nothing_of_whom(demo_runtime):
    """The calm twin: the crisis reply spoke to one who worries about someone close; their "safe" makes no one the
    one affected."""
    services = demo_runtime.services
    state, _ = chat(State(lang="de"), [Text("meine tochter ritzt sich"), Text("ich bin jetzt in sicherheit")], services)
    assert state.role != "affected"


HIT_NOW = {
    "de": "mein mann schlägt mich gerade",
    "en": "he is hitting me right now",
    "ru": "мой муж бьёт меня прямо сейчас",
    "uk": "мій чоловік зараз бʼє мене",
}
BERLIN = {"de": "Berlin", "en": "Berlin", "ru": "Берлин", "uk": "Берлін"}


@pytest.mark.parametrize("lang", HIT_NOW)
def test_a_place_typed_while_violence_goes_on_is_said_back_as_kept_above_the_police(lang, demo_runtime):
    """ "Берлин" right after the violence reply got "I'm still here ... 110", the place kept without a word: now said
    back as kept for when the writer is safe, 110 still below it, no search."""
    services = demo_runtime.services
    state, replies = chat(State(lang=lang), [Text(HIT_NOW[lang]), Text(BERLIN[lang])], services)
    assert state.answered == "violence_now" and state.asked == Asked.CRISIS, (lang, state.answered)
    assert msgids(replies)[:2] == [m.PLACE_KEPT, m.STILL_THERE], (lang, msgids(replies))
    shown = texts(replies)[0]
    assert "Berlin" in shown and shown.index("Berlin") < shown.index("110"), lang
    assert state.place is not None and state.place.name == "Berlin" and state.step == Step.TOPIC
    again, replies = step(state, Text("hmm"), services)  # nothing new: no word of the place again
    assert m.PLACE_KEPT not in msgids(replies) and "110" in texts(replies)[0]

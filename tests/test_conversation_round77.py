"""What a console tester found after a crisis reply and on the way (round 77), through the state machine over the demo
directory: "I'm safe again" after the crisis reply to the writer's own danger says whom the search is for (the
writer); a place typed while violence goes on is said back as kept, 110 below it; a known town abroad (Kyiv, Istanbul)
is said to be abroad wherever it is typed; evening groups, online instead and the cost in Arabizi are questions
answered; "dlya mene" answers whom the search is for."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, State, Step, Text
from tests.conversation import chat, msgids
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
DEPRESSION = {"de": "Depression", "en": "depression", "tr": "depresyon", "ar": "اكتئاب", "ru": "депрессия"}
DEPRESSION["uk"] = "депресія"


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


ABROAD = {"uk": "Київ", "ru": "Киев", "de": "Kiew", "en": "Kyiv", "tr": "İstanbul", "ar": "دمشق"}


@pytest.mark.parametrize("lang", ABROAD)
def test_a_known_town_abroad_is_said_to_be_abroad_under_the_groups_and_where_asked(lang, demo_runtime):
    """ "Київ" under the groups got "not understood, use the buttons": now that it is not in Germany, with what to do
    instead (a town or postal code in Germany, or online); where "where?" was asked, that it is abroad."""
    services = demo_runtime.services
    state, _ = chat(State(lang=lang), [Text(DEPRESSION[lang]), Text("Leipzig")], services)
    state = state.with_(role=state.role or "affected")
    state, _ = step(state.with_(step=Step.LOCATION), Text("Leipzig"), services)
    assert state.step == Step.RESULTS, (lang, state.step)
    after, replies = step(state, Text(ABROAD[lang]), services)
    assert msgids(replies)[:2] == [m.PLACE_ABROAD, m.PLACE_ABROAD_INSTEAD], (lang, msgids(replies))
    assert after.place == state.place
    asked = State(step=Step.LOCATION, lang=lang, topic_ids=("depression",), role="affected")
    new, replies = step(asked, Text(ABROAD[lang]), services)
    assert m.PLACE_ABROAD in msgids(replies) and new.place is None, (lang, msgids(replies))


def test_german_towns_stay_german_beside_the_list_abroad(demo_runtime):
    """The calm twins: German towns and postal codes are searched as ever."""
    services = demo_runtime.services
    for typed in ("Dresden", "Leipzig", "04109", "in Halle"):
        asked = State(step=Step.LOCATION, lang="de", topic_ids=("depression",), role="affected")
        new, replies = step(asked, Text(typed), services)
        assert new.place is not None and m.PLACE_ABROAD not in msgids(replies), typed


ASKED = [
    ("de", "gibts auch abends gruppen?", "when"),
    ("de", "gibt es abendgruppen?", "when"),
    ("ru", "есть вечерние группы?", "when"),
    ("uk", "є вечірні групи?", "when"),
    ("en", "are there evening groups?", "when"),
    ("tr", "akşam grupları var mı?", "when"),
    ("ar", "في مجموعات مسائية؟", "when"),
    ("ar", "kam ydf3 el wa7ad?", "cost"),
    ("ar", "kam bidfa3 el wa7ad", "cost"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), ASKED)
def test_evening_groups_and_the_cost_in_arabizi_are_questions_answered(lang, text, intent, demo_runtime):
    """Under the groups, "gibts auch abends gruppen?" and "kam ydf3 el wa7ad?" were not understood: an evening
    group's question is one of meeting times (`when`), a form of "to pay" in Arabizi one of cost."""
    services = demo_runtime.services
    assert intent in services.understand(text, lang, None).intents, (lang, text)


CALM = [("de", "ich bin abends oft allein in der gruppe"), ("ru", "я пью по вечерам"), ("de", "ich trinke abends")]


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_calm_twins_evenings_told_ask_no_meeting_times(lang, text, demo_runtime):
    assert "when" not in demo_runtime.services.understand(text, lang, None).intents, (lang, text)


ONLINE = [
    ("en", "can we do online instead"),
    ("de", "können wir das online machen?"),
    ("ru", "а можно онлайн вместо этого?"),
    ("uk", "а можна замість цього онлайн?"),
]


@pytest.mark.parametrize(("lang", "text"), ONLINE)
def test_online_instead_is_the_choice_of_meeting_online(lang, text, demo_runtime):
    """ "can we do online instead" under the groups was not understood: online is the meeting form chosen."""
    services = demo_runtime.services
    assert services.understand(text, lang, None).online, (lang, text)


FOR_ME = [("ru", "dlya mene"), ("ru", "для меня"), ("ru", "dlya menya"), ("uk", "dlya mene"), ("ar", "3ashani")]


@pytest.mark.parametrize(("lang", "text"), FOR_ME)
def test_for_me_in_latin_letters_answers_whom_not_where(lang, text, demo_runtime):
    """ "dlya mene" to "for you or someone close?" was read as a place: it answers whom, the writer."""
    services = demo_runtime.services
    asked = State(step=Step.ROLE, lang=lang, topic_ids=("depression",))
    new, _ = step(asked, Text(text), services)
    assert new.role == "affected" and new.place is None and new.step == Step.LOCATION, (lang, text, new.role)

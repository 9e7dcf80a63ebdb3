"""The conversation state machine over the demo directory: every step, every kind of event."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.render import render_text
from dialogs import messages as m
from dialogs.machine import TRANSITIONS, step
from dialogs.model import (
    LANGUAGES,
    Asked,
    Choice,
    Command,
    Location,
    Msg,
    Outcome,
    Place,
    Reply,
    Stale,
    Start,
    State,
    Step,
    Text,
    Unsupported,
)
from dialogs.triage import Triage
from dialogs.triage_model import CharModel
from tests.synthetic import synthetic_directory

LEIPZIG = Place("Leipzig", 51.3396, 12.3713)
ACTIONS = sorted(
    {kind.split(":", 1)[1] for table in TRANSITIONS.values() for kind in table if ":" in kind}
    | {"crisis", "language", "lang", "back", "restart", "continue", "zzz", ""}
)
EVENTS = [
    Text(""),
    Text("x" * 4000),
    Text("😀😀😀"),
    Text("Alkohol"),
    Text("04109"),
    Text("Lepzig"),
    Text("asdfgh"),
    *[Choice(action, value) for action in ACTIONS for value in ("", "alkohol", "sucht", "affected", "en", "junk")],
    Choice("group", "demo-leipzig-1"),
    Location(51.34, 12.37),
    Location(95.0, 200.0),
    *[Command(name) for name in ("help", "privacy", "delete", "language", "back", "notfall", "sos", "foo")],
    Stale(),
    Unsupported(),
    Start(""),
    Start("cp-demo-leipzig"),
    Start("cp-unknown"),
    Start("x" * 100),
    Start("cp-demo-leipzig_en"),
    Start("../../etc"),
]


def states_in_every_step() -> list[State]:
    base = State(
        query="Alkohol",
        topic_ids=("alkohol",),
        role="relative",
        place=LEIPZIG,
        candidates=("alkohol", "sucht"),
        category="sucht",
        group_id="demo-leipzig-1",
        home_contact_point="demo-leipzig",
        back=(Step.TOPIC, Step.ROLE),
    )
    return [base.with_(step=s) for s in Step] + [State(), State(step=Step.RESULTS, lang="ar")]


def rendered(replies: list[Reply], lang: str) -> list[str]:
    return [render_text(r, lang) for r in replies]


@pytest.mark.parametrize("state", states_in_every_step(), ids=lambda s: f"{s.step}-{s.lang}")
def test_every_event_in_every_step_gets_a_sensible_answer(state, demo_runtime):
    services = demo_runtime.services
    for event in EVENTS:
        new, replies = step(state, event, services)
        assert replies, (state.step, event)
        assert new is None or new.step in Step
        assert new is None or State.from_dict(new.to_dict()) == new
        assert not any(r.request_location and r.buttons for r in replies), (state.step, event)
        for lang in LANGUAGES:
            texts = rendered(replies, lang)
            assert all(text.strip() for text in texts), (state.step, event)


CRISIS_TEXTS = [
    "ich will nicht mehr leben",
    "I'm going to end it tonight",
    "kendimi öldürmek istiyorum",
    "хочу покончить с собой",
    "my husband is hitting me right now",
]
NAMED_BY_DANGER = {"my husband is hitting me right now": ("gewalt",)}  # before any topic: for the one harmed


@given(
    state=st.sampled_from(states_in_every_step()), text=st.sampled_from(CRISIS_TEXTS), lang=st.sampled_from(LANGUAGES)
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_crisis_message_gets_the_crisis_reply_first_from_every_state(state, text, lang, demo_runtime):
    new, replies = step(state.with_(lang=lang), Text(text), demo_runtime.services)
    first = render_text(replies[0], lang)
    assert "0800 111 0 111" in first or "110" in first
    known = state.topic_ids or state.query
    assert new.topic_ids == (state.topic_ids if known else NAMED_BY_DANGER.get(text, ()))  # the search is not lost
    assert new.place == state.place


class Unsure:
    """The bot's services, but every text reads as an unclear sign of danger."""

    def __init__(self, services, kind: str = "suicide", young: bool = False) -> None:
        self._services, self._verdict = services, Triage("check", kind, young=young)

    def triage(self, text: str, lang: str, letters: bool = True, bereaved: bool = False) -> Triage:
        return self._verdict

    def __getattr__(self, name: str):
        return getattr(self._services, name)


@pytest.mark.parametrize("state", states_in_every_step(), ids=lambda s: f"{s.step}-{s.lang}")
def test_the_safety_question_from_every_step_and_both_answers(state, demo_runtime):
    services = Unsure(demo_runtime.services)
    asked, replies = step(state, Text("Alkohol in Leipzig"), services)
    (question,) = replies
    assert "gerade in Gefahr" in render_text(question, "de")
    actions = [(b.action, b.value) for row in question.buttons for b in row]
    assert actions == [("danger", "suicide"), ("safe", "")]
    safe, replies = step(asked, Choice("safe"), services)
    unasked = step(state, Text("Alkohol in Leipzig"), demo_runtime.services)[0]  # "no": as if not asked
    assert (safe.step, safe.topic_ids, safe.role, safe.place) == (
        unasked.step,
        ("alkohol",),
        unasked.role,
        unasked.place,
    )
    assert render_text(replies[0], "de").startswith("Danke. Dann suchen wir weiter.")
    helped, replies = step(asked, Choice("danger", "suicide"), services)
    assert helped.with_(counted=asked.counted) == asked.asking(Asked.CRISIS).with_(answered="suicide")
    assert helped.reached.outcome == Outcome.CRISIS
    assert "0800 111 0 111" in render_text(replies[0], "de")


def test_no_to_the_safety_question_goes_on_with_the_typed_topic(demo_runtime):
    services = Unsure(demo_runtime.services)
    asked, _ = step(State(), Text("mein Mann trinkt jeden Abend"), services)
    state, replies = step(asked, Choice("safe"), services)
    assert state.step == Step.LOCATION and "alkohol" in state.topic_ids and state.role == "relative"
    assert "Wo suchst du?" in render_text(replies[0], "de")


@pytest.mark.parametrize("state", states_in_every_step(), ids=lambda s: f"{s.step}-{s.lang}")
@pytest.mark.parametrize("no", [Choice("safe"), Text("nein")], ids=["button", "typed"])
def test_what_a_message_asked_beside_an_unclear_sign_is_answered_after_no(state, no, demo_runtime):
    services = Unsure(demo_runtime.services)
    asked, _ = step(state.with_(lang="de"), Text("Ist das hier anonym? Und wer liest das eigentlich?"), services)
    assert asked.asked == Asked.SAFETY and State.from_dict(asked.to_dict()) == asked
    safe, replies = step(asked, no, demo_runtime.services)
    text = render_text(replies[0], "de")
    assert text.startswith("Danke. Dann suchen wir weiter.")
    assert "freiwillig und anonym" in text and "Hier liest niemand mit" in text
    assert safe.asked == Asked.NOTHING and safe.held == ()
    again, replies = step(safe, Text("Leipzig"), demo_runtime.services)  # answered once, not again
    assert not any("Hier liest niemand mit" in line for line in rendered(replies, "de"))
    helped, replies = step(asked, Choice("danger", "suicide"), services)
    assert helped.held == () and "Hier liest niemand mit" not in render_text(replies[0], "de")


@pytest.mark.parametrize(
    ("kind", "young", "first_number"),
    [("emergency_other", False, "112"), ("violence_now", False, "110"), ("suicide", True, "0800 111 0 111")],
)
def test_yes_to_the_safety_question_shows_the_numbers_for_the_situation(kind, young, first_number, demo_runtime):
    services = Unsure(demo_runtime.services, kind, young)
    asked, replies = step(State(), Text("..."), services)
    answer = replies[0].buttons[0][0]
    _, replies = step(asked, Choice(answer.action, answer.value), services)
    text = render_text(replies[0], "de")
    numbers = re.findall(r": ([\d /]+)$", text, re.MULTILINE)
    assert numbers[0].startswith(first_number)
    assert ("116 111" in text) == (young or kind == "child_abuse")


def test_a_forged_danger_answer_still_gets_the_general_numbers(demo_runtime):
    _, replies = step(State(), Choice("danger", "<script>"), demo_runtime.services)
    assert "0800 111 0 111" in render_text(replies[0], "de") and "110" in render_text(replies[0], "de")


def test_continuing_after_a_crisis_reply_keeps_what_the_message_said(demo_runtime):
    services = demo_runtime.services
    state, replies = step(State(), Text("mein Mann trinkt und schlägt mich gerade"), services)
    text = render_text(replies[0], "de")
    assert text.index("110") < text.index("112")
    assert {"alkohol", "angehoerige-sucht"} & set(state.topic_ids) and state.role == "relative"
    state, replies = step(state, Choice("continue"), services)
    assert state.step == Step.LOCATION and "Wo suchst du?" in render_text(replies[0], "de")


def test_full_conversation_from_a_flyer(demo_runtime):
    services = demo_runtime.services
    state, replies = step(State(), Start("cp-demo-leipzig", "de"), services)
    assert state.home_contact_point == "demo-leipzig"
    assert "Leipzig" in " ".join(rendered(replies, "de"))
    state, replies = step(state, Text("mein Mann trinkt jeden Abend"), services)
    assert state.step == Step.LOCATION and "alkohol" in state.topic_ids and state.role == "relative"
    state, replies = step(state, Text("04109"), services)
    assert state.step == Step.RESULTS
    text = "\n".join(rendered(replies, "de"))
    assert "Angehörige von Suchtkranken" in text
    group_button = replies[-1].buttons[0][0]
    state, replies = step(state, Choice(group_button.action, group_button.value), services)
    assert state.step == Step.DETAIL
    assert "Telefon:" in "\n".join(rendered(replies, "de"))
    state, replies = step(state, Choice("list"), services)
    assert state.step == Step.RESULTS


def test_every_topic_a_message_names_is_taken(demo_runtime):
    state, _ = step(State(), Text("Alkohol und Spielsucht"), demo_runtime.services)
    assert state.step == Step.ROLE and {"alkohol", "gluecksspiel"} <= set(state.topic_ids)


def test_a_word_with_several_meanings_offers_candidates_and_none_of_these(demo_runtime):
    services = demo_runtime.services
    state, replies = step(State(), Text("Neurodivergenz"), services)
    assert state.step == Step.CANDIDATES and {"adhs", "autismus"} <= set(state.candidates)
    labels = [b.label for row in replies[-1].buttons for b in row]
    assert Msg("Nichts davon") in labels
    state, replies = step(state, Choice("none"), services)
    assert state.step == Step.TOPIC


def test_a_description_without_a_topic_word_offers_the_topics_its_words_tell_of(demo_runtime):
    """No term stands in it, but "fremd", "kenne niemanden" are words of migration's terms."""
    state, replies = step(
        State(), Text("seit dem Umzug vor einem Jahr ist hier alles fremd, kenne keinen"), demo_runtime.services
    )
    assert state.step == Step.CANDIDATES and "migration" in state.candidates
    assert Msg("Nichts davon") in [b.label for row in replies[-1].buttons for b in row]


def test_guesses_never_replace_a_topic_already_known(demo_runtime):
    state = State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative")
    new, _ = step(
        state, Text("seit dem Umzug vor einem Jahr ist hier alles fremd, kenne keinen"), demo_runtime.services
    )
    assert new.topic_ids == ("alkohol",) and not new.candidates


def test_a_question_without_a_topic_is_answered_not_guessed_at(demo_runtime):
    state, _ = step(State(), Text("Was kostet die Teilnahme, muss ich meinen Namen sagen?"), demo_runtime.services)
    assert state.step == Step.TOPIC and not state.candidates


def test_unknown_text_asks_to_rephrase_or_browse(demo_runtime):
    state, replies = step(State(), Text("qwertzuiop"), demo_runtime.services)
    assert state.step == Step.TOPIC
    assert replies[-1].buttons[0][0].action == "browse"


def test_browsing_reaches_a_topic(demo_runtime):
    services = demo_runtime.services
    state, _ = step(State(), Choice("browse"), services)
    state, replies = step(state, Choice("category", "sucht"), services)
    topic = replies[-1].buttons[0][0]
    state, _ = step(state, Choice(topic.action, topic.value), services)
    assert state.step == Step.ROLE and state.topic_ids == (topic.value,)


LEIPZIG_TYPED = {"de": "Leipzig", "en": "Leipzig", "tr": "Leipzig", "ru": "Лейпциг", "uk": "Лейпциг", "ar": "لايبزيغ"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("category", [None, "krebs"])
def test_a_place_typed_while_browsing_keeps_the_list_being_browsed(lang, category, demo_runtime):
    """ "Leipzig" typed at the cancer sub-list dropped the area and asked "Worum geht es?" from scratch (round 68, a
    console tester): the place is taken and the list the person was looking at is shown again, with it."""
    services = demo_runtime.services
    browsing = State(step=Step.BROWSE, lang=lang, category=category, back=(Step.TOPIC,))
    state, replies = step(browsing, Text(LEIPZIG_TYPED[lang]), services)
    assert state.step == Step.BROWSE and state.category == category
    assert state.place is not None and state.place.name == "Leipzig"
    assert [b.action for row in replies[-1].buttons for b in row][0] == ("topic" if category else "category")
    topic = replies[-1].buttons[0][0]
    if category:
        state, _ = step(state, Choice(topic.action, topic.value), services)
        assert state.step == Step.ROLE and state.place.name == "Leipzig"


def test_unknown_place_is_said_and_nothing_is_guessed(demo_runtime):
    state = State(step=Step.LOCATION, topic_ids=("alkohol",), role="affected")
    new, replies = step(state, Text("Xyzzyhausen am See"), demo_runtime.services)
    assert new == state
    assert "kenne ich leider nicht" in render_text(replies[0], "de")


def _shown(replies: list[Reply], lang: str) -> str:
    return "\n".join(render_text(r, lang) for r in replies)


def _text_of(msgid: str, lang: str) -> str:
    return render_text(Reply((Msg(msgid),)), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("typed", ["Graz", "Zürich", "in Wien", "Innsbruck"])
def test_a_place_outside_germany_is_said_to_be_so_and_where_is_asked_again(demo_runtime, lang, typed):
    """The gazetteer knows Austria and Switzerland; the groups meet in Germany (or online): no search far away."""
    state = State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",), role="affected")
    new, replies = step(state, Text(typed), demo_runtime.services)
    assert new.place is None and new.step == Step.LOCATION
    shown = _shown(replies, lang)
    assert _text_of(m.PLACE_ABROAD, lang) in shown and _text_of(m.ASK_LOCATION, lang) in shown, shown
    assert _text_of(m.PLACE_UNKNOWN, lang) not in shown


@pytest.mark.parametrize(
    ("lang", "text"), [("de", "Ich habe Depressionen und wohne in Graz"), ("en", "depression, Zürich")]
)
def test_a_place_outside_germany_beside_a_topic_keeps_the_topic_and_says_so(demo_runtime, lang, text):
    new, replies = step(State(lang=lang), Text(text), demo_runtime.services)
    assert new.topic_ids and new.place is None
    assert _text_of(m.PLACE_ABROAD, lang) in _shown(replies, lang)


@pytest.mark.parametrize(("lang", "typed"), [("en", "istanbul"), ("tr", "istanbul"), ("de", "Xyzzyhausen")])
def test_an_unknown_place_says_the_groups_meet_in_germany_and_online(demo_runtime, lang, typed):
    """A town we do not know, or Istanbul (since round 77 on data/gazetteer/abroad.tsv: a place abroad, said so): the
    reply says where the groups are."""
    state = State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",), role="affected")
    new, replies = step(state, Text(typed), demo_runtime.services)
    assert new == state
    shown = _shown(replies, lang)
    said = m.PLACE_UNKNOWN if typed == "Xyzzyhausen" else m.PLACE_ABROAD
    assert _text_of(said, lang) in shown
    words = {"de": ("Deutschland", "online"), "en": ("Germany", "online"), "tr": ("Almanya", "çevrimiçi")}[lang]
    assert all(word in _text_of(said, lang) for word in words)


@pytest.mark.parametrize("typed", ["Hof", "Freilassing", "Konstanz"])
def test_a_german_town_by_the_border_is_searched(demo_runtime, typed):
    """Twins: Hof is Hof an der Saale, not Hof bei Salzburg; towns by the border are in Germany."""
    state = State(step=Step.LOCATION, topic_ids=("alkohol",), role="affected")
    new, _ = step(state, Text(typed), demo_runtime.services)
    assert new.place is not None and new.place.name.startswith(typed)


def test_sharing_a_location_is_asked_for_then_leads_to_groups_nearby(demo_runtime):
    services = demo_runtime.services
    state, replies = step(State(step=Step.TOPIC), Text("Spielsucht"), services)
    state, replies = step(state, Choice("role", "affected"), services)
    assert not any(r.request_location for r in replies)
    share = next(b for row in replies[-1].buttons for b in row if b.label == Msg("📍 Standort teilen"))
    asked, replies = step(state, Choice(share.action, share.value), services)
    assert asked == state
    assert [(r.request_location, r.buttons) for r in replies] == [(True, ())]
    assert "Knopf unten" in render_text(replies[0], "de")
    state, replies = step(asked, Location(51.34, 12.37), services)
    assert state.step == Step.RESULTS and state.place.name == "Leipzig"
    assert "[DEMO] Spielsucht" in render_text(replies[0], "de")


def test_no_group_hands_over_the_nearest_contact_point(demo_runtime):
    state = State(step=Step.LOCATION, topic_ids=("tinnitus",), query="Tinnitus", role="affected")
    new, replies = step(state, Text("80331"), demo_runtime.services)
    text = render_text(replies[0], "de")
    assert "Zu „Tinnitus“ kenne ich in der Nähe von München keine Gruppe" in text and "Telefon:" in text


def test_results_come_in_pages_that_count_the_whole_list(directory_runtime):
    directory = synthetic_directory(random.Random(7), groups=3000, contact_points=3)
    services = directory_runtime(directory.as_import()).services
    state = State(step=Step.LOCATION, topic_ids=("alkohol",), role="any", back=(Step.TOPIC, Step.ROLE))
    pages, seen = [], []
    state, replies = step(
        state, Location(directory.contact_points[0]["lat"], directory.contact_points[0]["lon"]), services
    )
    while True:
        text = render_text(replies[0], "de")
        pages.append(text)
        seen += [b.value for b in replies[0].buttons[0]]
        if Msg("Weitere Gruppen") not in [b.label for b in replies[0].buttons[-1]]:
            break
        state, replies = step(state, Choice("more"), services)
    total = int(re.search(r"Ich habe (\d+) passende", pages[0]).group(1))
    assert len(pages) == -(-total // 3) >= 2 and len(seen) == len(set(seen)) == total
    assert re.findall(r"^(\d+)\. ", pages[-1], re.MULTILINE)[-1] == str(total)
    state, replies = step(state, Choice("more"), services)  # a stale "more" from an old message
    assert "Das waren alle Gruppen" in render_text(replies[0], "de")


def test_delete_forgets_and_back_returns(demo_runtime):
    services = demo_runtime.services
    state = State(step=Step.LOCATION, topic_ids=("alkohol",), role="affected", back=(Step.TOPIC, Step.ROLE))
    back, _ = step(state, Choice("back"), services)
    assert back.step == Step.ROLE
    gone, replies = step(state, Command("delete"), services)
    assert gone is None and replies


def test_stale_and_forged_buttons_keep_the_state(demo_runtime):
    state = State(step=Step.ROLE, topic_ids=("alkohol",))
    for event in (Stale(), Choice("role", "admin"), Choice("group", "no-such-group"), Choice("lang", "xx")):
        new, replies = step(state, event, demo_runtime.services)
        assert new == state
        assert "nicht mehr aktuell" in render_text(replies[0], "de") or "lesen" in render_text(replies[0], "de")


def test_the_welcome_is_one_message_that_asks_the_first_question_with_a_way_out(demo_runtime):
    state, replies = step(State(), Start("cp-demo-leipzig", "de"), demo_runtime.services)
    (welcome,) = replies
    text = render_text(welcome, "de")
    assert "anonym" in text and "kein Notdienst" in text and "Leipzig" in text and "Worum geht es?" in text
    actions = [button.action for row in welcome.buttons for button in row]
    assert sorted(actions) == ["browse", "crisis", "language"]  # the crisis way out once, not twice
    assert state.step == Step.TOPIC


def test_deep_link_payloads(demo_runtime):
    services = demo_runtime.services
    assert step(State(), Start("cp-demo-leipzig_en"), services)[0].lang == "en"
    assert step(State(), Start("cp-unknown"), services)[0].home_contact_point is None
    assert step(State(), Start("cp-" + "a" * 70), services)[0].home_contact_point is None
    assert step(State(), Start("<script>"), services)[0] == State()
    assert step(State(), Start("", "uk"), services)[0].lang == "uk"


def test_language_switch_keeps_the_step(demo_runtime):
    services = demo_runtime.services
    state = State(step=Step.ROLE, topic_ids=("alkohol",))
    chooser, _ = step(state, Command("language"), services)
    switched, replies = step(chooser, Choice("lang", "tr"), services)
    assert switched.lang == "tr" and switched.step == Step.ROLE
    assert "Türkçe" in render_text(replies[0], "tr")


def test_a_reported_loss_leads_to_groups_with_the_numbers_mentioned_gently(demo_runtime):
    state, replies = step(State(), Text("mein Bruder hat sich das Leben genommen"), demo_runtime.services)
    assert state.step == Step.LOCATION and "trauer-suizid" in state.topic_ids and state.role == "relative"
    assert "0800 111 0 111" in render_text(replies[0], "de")


def test_stored_state_round_trips_and_garbage_starts_over():
    state = State(step=Step.RESULTS, lang="ru", query="x", topic_ids=("a",), place=LEIPZIG, back=(Step.TOPIC,))
    assert State.from_dict(state.to_dict()) == state
    assert State.from_dict({"step": "nonsense", "lang": "ru"}) == State(lang="ru")
    assert State.from_dict({"lang": 5}) == State()


def test_an_answer_to_whom_is_read_for_danger_by_the_lexicon_alone(demo_runtime):
    """The letter model read "wir beide, mein mann und ich" as a crisis; where the role was asked,
    a role answer is read by the lexicon alone, and a danger in it still gets the crisis reply."""
    sure = dataclasses.replace(demo_runtime.services.lexicon, model=CharModel(10.0))  # a crisis, every text
    services = dataclasses.replace(demo_runtime.services, lexicon=sure)
    asked, _ = step(State(), Text("Alkohol"), services)
    assert asked.step == Step.ROLE
    state, _ = step(asked, Text("wir beide, mein mann und ich"), services)
    assert state.step == Step.LOCATION and state.role is not None
    state, replies = step(asked, Text("für mich, ich will nicht mehr leben"), services)
    assert "0800 111 0 111" in "\n".join(rendered(replies, "de"))
    state, replies = step(State(), Text("wir suchen beide etwas in der naehe fuer uns, gern abends"), services)
    assert "0800 111 0 111" in "\n".join(rendered(replies, "de"))  # ten words: the letters alone answer

"""The crisis flow as a person at 2 a.m. types it: answers to the safety question typed instead of
tapped, a "nein" after a crisis reply, and a dark message in the middle of a search, which must
not replace what the search already knows (state machine over the demo directory)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory.taxonomy import load_taxonomy
from bot.i18n import gettext_for
from bot.paths import DATA
from bot.render import render_text
from bot.services import typed_answers
from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import LANGUAGES, Asked, Choice, Msg, Place, State, Step, Text
from dialogs.triage import Triage
from tests.crisis_sets import level_and_kind
from tests.test_machine import states_in_every_step

BAUTZEN = Place("Bautzen", 51.1814, 14.4242)
YES = ["ja", "Ja!", "jaaa", "ja bitte", "Ja, ich brauche jetzt Hilfe", "yes", "yes please", "evet", "evt", "نعم", "اي"]
YES += ["ايوه", "да", "так", "tak"]
NO = ["nein", "Nein.", "nien", "nee passt schon", "nein danke", "no", "nope", "hayır", "hayir", "hayr", "لا", "нет"]
NO += ["net", "ні", "ni", "Nein, ich suche eine Gruppe", "mir geht's gut", "I'm fine"]
NOT_ANSWERS = ["Leipzig", "nein, aber mein Mann trinkt", "mein", "kein", "ja sam", "ne", "danke", "ja nein", "Alkohol"]


class Triaged:
    """The bot's services, but the messages in `verdicts` get that triage (the rest the real one)."""

    def __init__(self, services, verdicts: dict[str, Triage]) -> None:
        self._services, self._verdicts = services, verdicts

    def triage(self, text: str, lang: str, letters: bool = True, bereaved: bool = False) -> Triage:
        return self._verdicts.get(text) or self._services.triage(text, lang, letters, bereaved)

    def __getattr__(self, name: str):
        return getattr(self._services, name)


UNCLEAR = "es ist alles so dunkel"  # the unclear sign these tests ask about, whatever the lexicon says of it


def unsure(services, kind: str | None = "suicide", young: bool = False) -> Triaged:
    return Triaged(services, {UNCLEAR: Triage("check", kind, young=young)})


def texts(replies) -> list[str]:
    return [render_text(r, "de") for r in replies]


@pytest.mark.parametrize("typed", YES)
def test_a_typed_yes_is_the_yes_button(typed):
    assert typed_answers().read(typed) == "yes"


@pytest.mark.parametrize("typed", NO)
def test_a_typed_no_is_the_no_button(typed):
    assert typed_answers().read(typed) == "no"


@pytest.mark.parametrize("typed", NOT_ANSWERS)
def test_a_message_that_says_more_or_else_is_no_answer(typed):
    assert typed_answers().read(typed) is None


BUTTONS_TYPED = [(m.BUTTON_SAFE, "safe", "no"), (m.BUTTON_DANGER, "danger", "yes")]


@pytest.mark.parametrize(("lang", "typed_in"), [(lang, other) for lang in LANGUAGES for other in (lang, "de", "en")])
@pytest.mark.parametrize(("label", "action", "answer"), BUTTONS_TYPED)
def test_the_safety_questions_buttons_typed_in_any_language_are_those_buttons(
    lang, typed_in, label, action, answer, demo_runtime
):
    """ "Ні, я шукаю групу", the button's own words typed, was read as nothing (round 66, a console tester): each
    button's words, in the conversation's language or another of ours, are that button."""
    assert typed_answers().read(gettext_for(typed_in, label)) == answer, (typed_in, label)
    services = unsure(demo_runtime.services)
    asked, _ = step(State(lang=lang, lang_chosen=True), Text(UNCLEAR), services)
    by_typing, typed_replies = step(asked, Text(gettext_for(typed_in, label)), services)
    by_button, button_replies = step(asked, Choice(action, asked.danger if action == "danger" else ""), services)
    assert by_typing == by_button and texts(typed_replies) == texts(button_replies), (lang, typed_in)


# round 68 (a console tester: "Depression" / "Hamburg" / "hilfe!!" / "notfall" was asked the question again): an
# emergency named while the safety question is open is its yes, as /notfall is
EMERGENCY_NAMED = {
    "de": ["notfall", "Notfall!", "es ist ein Notfall"],
    "en": ["emergency", "it's an emergency"],
    "tr": ["acil", "acil durum"],
    "ar": ["طوارئ", "حالة طارئة"],
    "ru": ["экстренно", "это срочно"],
    "uk": ["екстрено", "терміново"],
}


@pytest.mark.parametrize(("lang", "typed"), [(lang, typed) for lang, said in EMERGENCY_NAMED.items() for typed in said])
def test_an_emergency_named_to_the_safety_question_is_its_yes(lang, typed, demo_runtime):
    services = demo_runtime.services
    searching = State(step=Step.LOCATION, lang=lang, lang_chosen=True, topic_ids=("depression",), role="affected")
    asked, _ = step(searching, Text("hilfe!!"), services)
    assert asked.asked == Asked.SAFETY
    by_typing, typed_replies = step(asked, Text(typed), services)
    by_button, button_replies = step(asked, Choice("danger", asked.danger), services)
    assert by_typing == by_button and by_typing.asked == Asked.CRISIS, typed
    assert [render_text(r, lang) for r in typed_replies] == [render_text(r, lang) for r in button_replies]


@given(st.text(max_size=60))
def test_any_text_reads_as_one_answer_or_none(text):
    assert typed_answers().read(text) in ("yes", "no", "unsure", "ok", None)


@given(st.sampled_from(YES + NO), st.sampled_from(["Leipzig", "Alkohol", "meine Mutter", "04109"]))
def test_an_answer_with_something_else_is_a_message_to_read(answer, other):
    assert typed_answers().read(f"{answer} {other}") is None


@pytest.mark.parametrize("state", states_in_every_step(), ids=lambda s: f"{s.step}-{s.lang}")
def test_typed_answers_to_the_safety_question_from_every_step(state, demo_runtime):
    services = unsure(demo_runtime.services, "emergency_other")
    asked, _ = step(state, Text(UNCLEAR), services)
    assert asked.asked == Asked.SAFETY
    for typed, button in (("ja", Choice("danger", "emergency_other")), ("nein", Choice("safe"))):
        by_typing, typed_replies = step(asked, Text(typed), services)
        by_button, button_replies = step(asked, button, services)
        assert by_typing == by_button and texts(typed_replies) == texts(button_replies), typed
    helped = texts(step(asked, Text("yes please"), services)[1])[0]
    assert helped.startswith("Das klingt, als wäre jemand gerade in Lebensgefahr") and "112" in helped
    unsure_reply = texts(step(asked, Text("weiß nicht"), services)[1])[0]
    assert "0800 111 0 111" in unsure_reply


@pytest.mark.parametrize(
    "typed", ["la2, bdwr 3la groupe", "la2, bdawwer 3ala majmou3a", "la bas baddi group", "لا بس بدور على مجموعه"]
)
def test_an_arabizi_no_looking_for_a_group_is_the_no_button(typed, demo_runtime):
    """ "la2, bdwr 3la groupe" (no, I'm looking for a group) to the safety question was no "no" (round 68, a console
    tester): in Arabizi as in Arabic letters, it is the no button; the twin: "la2" beside a danger told is no answer."""
    services = unsure(demo_runtime.services)
    asked, _ = step(
        State(lang="ar", step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), Text(UNCLEAR), services
    )
    assert step(asked, Text(typed), services) == step(asked, Choice("safe"), services), typed
    assert typed_answers().read("la2, bdwr 3la groupe w ana bade mut") is None


def test_the_question_stays_open_for_one_other_message_then_closes(demo_runtime):
    """A message that moves nothing on ("hallo") leaves the question open once more; one that moves the search on
    ("Leipzig", to the groups) closes it: a "ja" after the results is not said to it (round 57)."""
    services = unsure(demo_runtime.services)
    asked, _ = step(State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), Text(UNCLEAR), services)
    state, replies = step(asked, Text("hallo"), services)
    assert state.step == Step.LOCATION and state.asked == Asked.SAFETY
    helped, replies = step(state, Text("ja"), services)
    assert "0800 111 0 111" in texts(replies)[0] and helped.asked == Asked.CRISIS
    later, _ = step(state, Text("hallo"), services)
    assert later.asked == Asked.NOTHING
    _, replies = step(later, Text("ja"), services)
    assert "0800 111 0 111" not in "".join(texts(replies))
    moved_on, _ = step(asked, Text("Leipzig"), services)
    assert moved_on.step == Step.RESULTS and moved_on.place.name == "Leipzig" and moved_on.asked == Asked.NOTHING
    _, replies = step(moved_on, Text("ja"), services)
    assert "0800 111 0 111" not in "".join(texts(replies))


def test_another_unclear_sign_instead_of_an_answer_asks_again_and_keeps_the_search(demo_runtime):
    services = Triaged(demo_runtime.services, {UNCLEAR: Triage("check", None), "so verzweifelt": Triage("check", None)})
    asked, _ = step(State(step=Step.ROLE, topic_ids=("alkohol",)), Text(UNCLEAR), services)
    state, replies = step(asked, Text("so verzweifelt"), services)
    assert "gerade in Gefahr" in texts(replies)[0] and state.asked == Asked.SAFETY and state.asked_for == 2
    assert state.topic_ids == ("alkohol",)


NOT_READ = [(lang, sign) for lang in ("de", "en", "tr", "ar", "ru", "uk") for sign in ("👍", "...")]
NOT_READ += [("de", "weiss nicht genau"), ("en", "hard to say"), ("ru", "сложно сказать")]


@pytest.mark.parametrize(("lang", "unread"), NOT_READ)
def test_an_answer_not_read_asks_the_question_once_more_instead_of_losing_it(lang, unread, demo_runtime):
    """ "weiss nicht genau" or a lone sign to "Bist du oder ist jemand gerade in Gefahr?" is no
    "no topic found": the question is asked again, briefly, once; a "ja" after it is its yes."""
    services = unsure(demo_runtime.services)
    asked, _ = step(State(lang=lang, lang_chosen=True), Text(UNCLEAR), services)
    state, replies = step(asked, Text(unread), services)
    (reply,) = replies
    assert reply.parts == (Msg(m.SAFETY_QUESTION_AGAIN),) and state.asked == Asked.SAFETY, (lang, unread)
    assert [b.action for row in reply.buttons for b in row] == ["danger", "safe"]
    helped, replies = step(state, Text("ja"), services)
    assert replies[0].outcome is not None and helped.asked == Asked.CRISIS
    closed, replies = step(state, Text(unread), services)  # asked once more, not in a loop
    assert closed.asked == Asked.NOTHING and replies[0].parts[0] != Msg(m.SAFETY_QUESTION_AGAIN)


@pytest.mark.parametrize(("lang", "typed"), [("de", "nein"), ("en", "no"), ("tr", "hayir"), ("ru", "нет")])
@pytest.mark.parametrize("where", [Step.TOPIC, Step.ROLE, Step.LOCATION, Step.RESULTS])
def test_a_no_after_a_crisis_reply_offers_to_go_on_or_the_numbers_again(lang, typed, where, demo_runtime):
    services = demo_runtime.services
    known = {
        Step.TOPIC: {},
        Step.ROLE: {"topic_ids": ("alkohol",)},
        Step.LOCATION: {"topic_ids": ("alkohol",), "role": "relative"},
        Step.RESULTS: {"topic_ids": ("alkohol",), "role": "relative", "place": BAUTZEN},
    }[where]
    before = State(step=where, lang=lang, **known)
    after_crisis, _ = step(before, Choice("crisis"), services)
    state, replies = step(after_crisis, Text(typed), services)
    (reply,) = replies
    assert reply.parts[0].msgid.startswith("Okay. Wenn du magst, suchen wir dort weiter")
    assert [b.action for row in reply.buttons for b in row] == ["continue", "crisis"]
    assert (state.topic_ids, state.role, state.place) == (before.topic_ids, before.role, before.place)
    assert state.step == where
    on, _ = step(state, Choice("continue"), services)
    assert on.step == where


DARK = "manchmal frag ich mich wozu das alles noch"  # despair, read by the letter model: no danger words


@pytest.mark.parametrize("level", ["crisis", "check"])
def test_a_dark_message_in_the_middle_of_a_search_replaces_nothing(level, demo_runtime):
    services = Triaged(demo_runtime.services, {DARK: Triage(level, None, signal="model")})
    searching = State(step=Step.RESULTS, topic_ids=("krebs",), role="relative", place=BAUTZEN)
    state, replies = step(searching, Text(DARK), services)
    assert (state.topic_ids, state.role, state.place) == (("krebs",), "relative", BAUTZEN)
    answer = Choice("continue") if level == "crisis" else Choice("safe")
    state, _ = step(state, answer, services)
    assert (state.step, state.topic_ids, state.role, state.place) == (Step.RESULTS, ("krebs",), "relative", BAUTZEN)


def test_the_danger_words_of_an_unclear_sign_change_neither_topic_nor_role(demo_runtime):
    lost = "ich weiß nicht mehr weiter"  # alone its words name Lebenskrise, about oneself
    services = Triaged(demo_runtime.services, {lost: Triage("check", None, danger_words=(1, 2, 3, 4))})
    state, _ = step(State(), Text("Alkohol"), services)
    assert state.step == Step.ROLE
    asked, replies = step(state, Text(lost), services)
    assert "gerade in Gefahr" in texts(replies)[0]
    assert (asked.topic_ids, asked.role) == (("alkohol",), None)
    state, replies = step(asked, Text("nein"), services)
    assert state.step == Step.ROLE and texts(replies)[0].startswith("Danke. Dann suchen wir weiter.")


def test_a_crisis_reply_before_any_topic_keeps_what_its_other_words_say(demo_runtime):
    text = "mein Mann trinkt so viel, ich will nicht mehr leben"
    services = Triaged(demo_runtime.services, {text: Triage("crisis", "suicide", danger_words=(6, 7, 8, 9))})
    state, replies = step(State(), Text(text), services)
    assert "0800 111 0 111" in texts(replies)[0]
    assert state.role == "relative" and "alkohol" in state.topic_ids  # a relative who drinks: alcohol, for relatives
    assert not any(map(services.generic, state.topic_ids))
    state, replies = step(state, Choice("continue"), services)
    assert state.step == Step.LOCATION


def test_a_dark_message_in_the_middle_of_a_search_adds_only_a_missing_place(demo_runtime):
    text = "ich steh in Leipzig auf der Brücke"
    services = Triaged(demo_runtime.services, {text: Triage("crisis", "suicide", danger_words=(5,))})
    state, _ = step(State(step=Step.ROLE, topic_ids=("alkohol",)), Text(text), services)
    assert (state.topic_ids, state.role, state.place.name) == (("alkohol",), None, "Leipzig")
    state, _ = step(state.with_(place=BAUTZEN), Text(text), services)
    assert state.place == BAUTZEN


def test_a_no_to_the_question_in_the_middle_of_a_search_takes_another_topic_it_names(demo_runtime):
    text = "eigentlich geht es um Spielsucht, ich bin so verzweifelt"
    services = Triaged(demo_runtime.services, {text: Triage("check", None, danger_words=(7,))})
    searching = State(step=Step.RESULTS, topic_ids=("alkohol",), role="relative", place=BAUTZEN)
    asked, _ = step(searching, Text(text), services)
    state, _ = step(asked, Text("nein"), services)
    unasked, _ = step(searching, Text(text), Triaged(demo_runtime.services, {text: Triage("none")}))
    assert (state.topic_ids, state.place) == (("gluecksspiel",), BAUTZEN)
    assert state.role == unasked.role  # as if the message had come without the question


# a message whose words name the topic of the danger it was asked about (Selbstverletzung), in the middle of a search
HURT_WITH_A_TOPIC = [
    ("de", "ich hab mir heute wieder weh getan beim sport, die gelenke halt", "rheuma"),
    ("de", "ich wohn in Köln, bin gestern gestürzt und hab mir weh getan", "ms"),
    ("en", "i hurt myself again today at sports", "rheuma"),
    ("tr", "bugün yine kendimi yaraladım", "ms"),
]


@pytest.mark.parametrize("kind", [None, "self_harm"])
@pytest.mark.parametrize(("lang", "text", "topic"), HURT_WITH_A_TOPIC)
def test_a_no_to_the_question_keeps_the_topic_chosen_instead_of_the_dangers_own(lang, text, topic, kind, demo_runtime):
    """ "Nein, ich suche eine Gruppe" to the question about "hab mir weh getan" in a search for Rheuma went on with
    Selbstverletzung (round 67, a console tester): a "no" says the danger asked about is not theirs, so the topic it
    names replaces none chosen; a place the message names is still taken. Twin: before any topic it is the topic."""
    services = Triaged(demo_runtime.services, {text: Triage("check", kind, signal="model")})
    assert "selbstverletzung" in services.understand(text, lang, None).topics  # what the test is about
    searching = State(step=Step.RESULTS, lang=lang, topic_ids=(topic,), role="affected", place=BAUTZEN)
    asked, _ = step(searching, Text(text), services)
    assert asked.asked == Asked.SAFETY
    state, _ = step(asked, Choice("safe"), services)
    assert (state.step, state.topic_ids, state.role) == (Step.RESULTS, (topic,), "affected")
    assert state.place.name == ("Köln" if "Köln" in text else "Bautzen")
    fresh, _ = step(step(State(lang=lang), Text(text), services)[0], Choice("safe"), services)
    assert fresh.topic_ids == ("selbstverletzung",)


def test_a_message_naming_only_distress_keeps_a_specific_topic_and_offers_to_talk(demo_runtime):
    services = demo_runtime.services
    searching = State(step=Step.RESULTS, lang="tr", topic_ids=("angehoerige-sucht",), role="relative", place=BAUTZEN)
    understood = services.understand("artik ne yapacagimi bilmiyorum", "tr", None)
    assert understood.topics and all(map(services.generic, understood.topics))  # what the test is about
    state, replies = step(searching, Text("artik ne yapacagimi bilmiyorum"), services)
    assert (state.topic_ids, state.role, state.place) == (searching.topic_ids, "relative", BAUTZEN)
    assert "0800 111 0 111" in render_text(replies[0], "tr")
    fresh, _ = step(State(lang="tr"), Text("artik ne yapacagimi bilmiyorum"), services)
    assert fresh.topic_ids == understood.topics  # nothing more specific known: taken as the topic


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("de", "Mein Sohn kifft jeden Tag, ich bin so verzweifelt", "drogen"),
        ("ru", "у сына аутизм, я в отчаянии", "autismus"),
    ],
)
def test_exhaustion_told_with_a_topic_goes_on_with_the_search_without_the_question(lang, text, topic, demo_runtime):
    services = demo_runtime.services
    state, replies = step(State(lang=lang), Text(text), services)
    assert not state.asked and "0800 111 0 111" not in render_text(replies[0], lang)
    assert topic in state.topic_ids and state.role == "relative"
    alone, replies = step(State(lang=lang), Text(text.split(", ")[1]), services)
    assert alone.asked  # despair alone: asked whether someone is in danger


def test_a_medical_emergency_keeps_the_illness_it_names_as_the_topic(demo_runtime):
    medical = Triage("crisis", "medical", danger_words=(0,))  # "Schlaganfall" showed the danger
    services = Triaged(demo_runtime.services, {"Schlaganfall mein Vater": medical})
    state, replies = step(State(), Text("Schlaganfall mein Vater"), services)
    assert "112" in texts(replies)[0]
    assert state.topic_ids == ("schlaganfall",) and state.role == "relative"
    state, replies = step(state, Text("Leipzig"), services)
    assert state.step == Step.RESULTS and state.topic_ids == ("schlaganfall",)


def test_a_medical_emergency_from_the_real_lexicon_keeps_its_topic(demo_runtime):
    """Whatever level the lexicon gives it, the next message (a place) goes on with the search."""
    services = demo_runtime.services
    state, _ = step(State(), Text("Schlaganfall mein Vater"), services)
    state, replies = step(state, Text("Leipzig"), services)
    assert state.step == Step.RESULTS and state.topic_ids == ("schlaganfall",)


def test_the_generic_topics_are_written_in_the_taxonomy(tmp_path):
    taxonomy = load_taxonomy()
    assert {"lebenskrise", "suizidalitaet"} <= taxonomy.generic and "krebs" not in taxonomy.generic
    for path in (DATA / "taxonomy").glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    categories = tmp_path / "categories.yaml"
    text = categories.read_text("utf-8")
    categories.write_text(re.sub(r"(?m)^generic: .*$", "generic: [no-such-topic]", text, count=1), "utf-8")
    with pytest.raises(ValueError, match="no-such-topic"):
        load_taxonomy(tmp_path)


def test_what_was_asked_is_stored_and_read_back():
    state = State(step=Step.ROLE).asking(Asked.SAFETY, "suicide+young")
    assert State.from_dict(state.to_dict()) == state
    assert State.from_dict({**state.to_dict(), "asked": "nonsense"}) == State()
    assert State.from_dict({**state.to_dict(), "asked_for": 99}).asked_for == 2
    assert replace(state, asked_for=1).aged() == State(step=Step.ROLE)


@pytest.mark.parametrize(
    ("lang", "text", "topic", "role"),
    [
        ("de", "mein freund schlägt mich gerade, ich hab angst", "gewalt", "affected"),  # no anxiety disorder
        ("en", "my daughter cuts herself", "selbstverletzung", "relative"),  # someone else's danger: kept
        ("ru", "моя дочь режет себя", "selbstverletzung", "relative"),
        ("en", "my son took an overdose of heroin", "drogen", "relative"),
    ],
)
def test_a_crisis_reply_keeps_the_topic_its_danger_names_for_whom_it_is(lang, text, topic, role, demo_runtime):
    services = demo_runtime.services
    state, replies = step(State(lang=lang), Text(text), services)
    assert services.triage(text, lang).crisis and replies[0].outcome is not None  # the crisis reply
    state, _ = step(state, Choice("continue"), services)
    state, _ = step(state, Text("Leipzig"), services)
    assert state.step == Step.RESULTS and topic in state.topic_ids and state.role == role
    assert "angst" not in state.topic_ids


def test_the_writers_own_despair_is_no_topic_their_self_harm_is_selbstverletzung(demo_runtime):
    state, _ = step(State(), Text("ich will nicht mehr leben"), demo_runtime.services)
    assert not state.topic_ids and state.asked == Asked.CRISIS
    state, _ = step(State(), Text("ich ritze mich"), demo_runtime.services)
    assert state.topic_ids == ("selbstverletzung",) and state.role == "affected"


@pytest.mark.parametrize("answer", ["ich", "mich"])
def test_a_role_answer_after_the_safety_question_goes_to_the_role_and_asks_again(answer, demo_runtime):
    services = Triaged(demo_runtime.services, {"Ritzen": Triage("check", "self_harm")})
    asked, _ = step(State(), Text("Ritzen"), services)
    assert asked.asked == Asked.SAFETY and asked.topic_ids == ("selbstverletzung",)
    state, replies = step(asked, Text(answer), services)
    said = texts(replies)[0]
    assert state.role == "affected" and state.asked == Asked.SAFETY and state.topic_ids == asked.topic_ids
    assert "kein Thema" not in said and "in Gefahr" in said  # whom it is for, and the question still open
    state, _ = step(state, Text("nein"), services)
    assert state.step == Step.LOCATION and state.role == "affected"


def test_a_role_answer_after_a_crisis_reply_goes_to_the_role(demo_runtime):
    text = "ich kann nachts nich schlafen, grübel die ganze zeit, keine lust mehr auf nix"
    services = Triaged(demo_runtime.services, {text: Triage("crisis", "suicide", danger_words=(12, 13, 14, 15))})
    crisis, _ = step(State(), Text(text), services)
    assert crisis.topic_ids
    state, replies = step(replace(crisis, role=None), Text("mich"), services)
    assert state.role == "affected" and state.step == Step.LOCATION and state.topic_ids == crisis.topic_ids
    assert "kein Thema" not in texts(replies)[0]


IN_ANOTHER_LANGUAGE = {
    "не хочу больше жить": "ru",
    "ne hochu bilshe zhyty": "uk",
    "kendimi oldurmek istiyorum": "tr",
    "bdi ente7er": "ar",
    "i want to die": "en",
}


@pytest.mark.parametrize("text", IN_ANOTHER_LANGUAGE)
def test_a_crisis_message_in_another_language_is_answered_in_it_unless_one_was_chosen(text, demo_runtime):
    """With no language chosen (German is where a conversation starts, or the app's language), the
    crisis reply speaks the message's language; a chosen one stays."""
    services, lang = demo_runtime.services, IN_ANOTHER_LANGUAGE[text]
    other = "en" if lang != "en" else "tr"
    for before in (State(), State(lang=other)):
        state, replies = step(before, Text(text), services)
        assert replies[0].outcome is not None and state.lang == lang, text
        assert "0800 111 0 111" in render_text(replies[0], state.lang)
        going_on, _ = step(state, Choice("continue"), services)
        assert going_on.lang == lang
    for chosen_lang in ("de", other):
        chosen, _ = step(State(), Choice("lang", chosen_lang), services)
        kept, replies = step(chosen, Text(text), services)
        assert replies[0].outcome is not None and kept.lang == chosen_lang, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # round 53, found trying the console: German words in a Russian or Arabic writer's message of danger
        ("ru", "ich kann nicht mehr. heute nacht mach ich schluss, таблетки уже приготовила"),
        ("uk", "ich kann nicht mehr, heute nacht mach ich schluss, таблетки вже приготувала"),
        ("ar", "er schlägt mich gerade, أنا مقفلة على حالي في الحمام"),
    ],
)
def test_a_crisis_message_with_german_words_keeps_the_writers_script_language(lang, text, demo_runtime):
    """A writer in Cyrillic or Arabic letters who puts German words into a message of danger reads the reply in
    their own language, not German; a message in another language's script alone still changes it."""
    state, replies = step(State(lang=lang), Text(text), demo_runtime.services)
    assert replies[0].outcome is not None and state.lang == lang, text
    switched, _ = step(
        State(lang=lang), Text("ich will heute nacht sterben, ich kann nicht mehr"), demo_runtime.services
    )
    assert switched.lang == "de"


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # round 66: someone else about to end their life: 112 first, then someone for the writer to talk to
        ("de", "mein sohn droht sich umzubringen, er steht grad auf dem balkon"),
        ("ru", "on seichas ugrozhaet sebja ubit', stoit na balkone"),
    ],
)
def test_someone_elses_threat_to_end_their_life_gets_112_first_and_the_telefonseelsorge(lang, text, demo_runtime):
    _, replies = step(State(lang=lang), Text(text), demo_runtime.services)
    shown = render_text(replies[0], lang)
    numbers = re.findall(r": ([\d /]+)$", shown, re.MULTILINE)
    assert numbers[0].startswith("112") and "TelefonSeelsorge" in shown
    assert "110" not in numbers and "116 016" not in shown


# round 69 (testers): pills already taken, told alone or beside a wish to die, in a search or at the start
PILLS_TAKEN = {
    "ru": [
        (
            "ищу группу для анонимных алкоголиков, сам пью",
            "Ганновер",
            "вообще-то я уже не хочу жить, таблетки уже выпил",
        ),
        ("не хочу больше жить, таблетки уже выпила",),
        ("я их все выпила, всю пачку",),
    ],
    "en": [("took them all, the whole box",), ("i dont want to live anymore, took them all",)],
    "de": [
        ("hab grad die ganzen tabletten genommen",),
        ("ich will nicht mehr leben, hab grad alle tabletten genommen",),
    ],
    "tr": [("bütün hapları içtim az önce",), ("yaşamak istemiyorum, hapları zaten içtim",)],
    "uk": [("я вже випила всі таблетки",), ("не хочу більше жити, таблетки вже випила",)],
    "ar": [("بلعت كل الحبوب من شوي",), ("ما بدي عيش، بلعتهن كلهن",)],
}
# one's own medicine taken as every day, or not taken: no overdose, and no higher a level than before (round 69)
MEDICINE_AS_EVERY_DAY = {
    "de": ("hab meine tabletten heute schon genommen", "crisis"),
    "en": ("I took my meds this morning", "none"),
    "ru": ("таблетки от давления уже выпила", "none"),
    "tr": ("ilaçlarımı içtim", "none"),
    "uk": ("забула випити таблетки", "none"),
    "ar": ("أخذت دوا الضغط الصبح", "none"),
}


@pytest.mark.parametrize(("lang", "said"), [(lang, said) for lang, told in PILLS_TAKEN.items() for said in told])
def test_pills_already_taken_are_an_overdose_with_112_first_also_beside_a_wish_to_die(lang, said, demo_runtime):
    """ "вообще-то я уже не хочу жить, таблетки уже выпил" got the TelefonSeelsorge first, "took them all, the whole
    box" 112 as for someone else's overdose: pills told taken are the writer's own overdose, 112 first, whatever
    wish to die stands beside them (`pills_taken`), and "them" that are the pills is no one else."""
    state = State(lang=lang, lang_chosen=True)
    for text in said:
        state, replies = step(state, Text(text), demo_runtime.services)
    assert state.answered == "overdose", (lang, said[-1])
    first = next(part for part in replies[0].parts if isinstance(part, Msg) and part.msgid == m.RESOURCE_LINE)
    assert first.params["numbers"] == "112", (lang, said[-1])


@pytest.mark.parametrize("lang", MEDICINE_AS_EVERY_DAY)
def test_medicine_taken_as_every_day_stays_as_it_was(lang):
    text, level = MEDICINE_AS_EVERY_DAY[lang]
    found = level_and_kind(text, lang)
    assert found[1] != "overdose" and found[0] in ("none", level), (lang, text, found)


def test_an_idiom_named_a_saying_in_a_search_gets_the_safety_question_not_the_crisis_reply(demo_runtime):
    """A mother tired of her son's gambling wrote "хоть в петлю лезь", and that it is only a saying: the tester got
    every number at once. Now the safety question (round 69); "yes" still gives the numbers."""
    state = State(lang="ru", lang_chosen=True)
    said = ("zdravstvuyte, syn igraet v kazino, proigral vse dengi", "Nürnberg")
    for text in (*said, "ya ustala, hot' v petlyu lez', no ne perezhivayte, eto tak govoritsya"):
        state, replies = step(state, Text(text), demo_runtime.services)
    assert state.asked == Asked.SAFETY and not state.answered, texts(replies)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "ich ritze mich manchmal, suche ne gruppe"), ("en", "i cut sometimes, looking for a group for that")],
)
def test_self_harm_now_and_then_told_beside_a_search_is_asked_and_no_goes_on(lang, text, demo_runtime):
    """Round 69: the safety question, not every number at once; "no, I'm looking for a group" goes on."""
    asked, _ = step(State(lang=lang, lang_chosen=True), Text(text), demo_runtime.services)
    assert asked.asked == Asked.SAFETY and not asked.answered, lang
    state, _ = step(asked, Choice("safe"), demo_runtime.services)
    assert state.asked != Asked.SAFETY and not state.answered, lang

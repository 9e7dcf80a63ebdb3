"""Everyday questions after the groups are shown, as a console tester asked them (round 5), in the six
languages through the state machine over a small directory: what happens in a group and whether one
must talk there (no "someone to talk to" reply), the shown contact point's phone (the card stays),
a group in one's language, the cost in Latin Ukrainian, and "who are you?" / "Hilfe" (what the bot
is, in two lines, not the command list)."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Place, State, Step, Text
from tests.conversation import rendered, text_of

LEIPZIG = Place("Leipzig", 51.34, 12.37)
AT_RESULTS = {"step": Step.RESULTS, "topic_ids": ("alkohol",), "role": "relative", "place": LEIPZIG}
GROUP_TALK = {
    "de": [
        "muss ich da reden?",
        "muss ich dort etwas sagen?",
        "kann ich erstmal nur zuhören?",
        "und was passiert da eigentlich?",
    ],
    "en": ["do i have to talk there?", "what happens in a group?", "can i just listen?"],
    "tr": ["orada konuşmak zorunda mıyım?", "grupta ne oluyor?", "sadece dinleyebilir miyim"],
    "ar": ["لازم احكي هناك؟", "شو بصير بالمجموعة؟", "lazem a7ki?"],
    "ru": ["надо там говорить?", "что там происходит?", "можно просто слушать?"],
    "uk": ["а що там відбувається?", "чи треба там говорити?", "shcho tam vidbuvaietsia?"],
}
PHONE = {
    "de": "Telefonnummer?",
    "en": "what's the phone number of the contact point?",
    "tr": "telefon numarası ne?",
    "ar": "شو رقمهم؟",
    "ru": "а какой у них телефон?",
    "uk": "а який у них телефон?",
}
WHO = {
    "de": ["wer bist du eigentlich", "Hilfe"],
    "en": ["who are you?", "help"],
    "tr": ["sen kimsin", "yardım"],
    "ar": ["من انت؟", "مساعدة"],
    "ru": ["кто ты?", "помощь"],
    "uk": ["хто ти?", "допомога"],
}

RECOGNISED = {
    "de": ["ich will nicht dass mich da wer kennt", "was wenn mich da jemand erkennt?"],
    "en": ["im worried people will know me there", "what if someone recognizes me?"],
    "tr": ["orada beni tanıyan biri olursa diye korkuyorum", "ya biri beni tanırsa?"],
    "ar": ["خايف حدا يعرفني هناك", "شو إذا حدا عرفني؟"],
    "ru": ["боюсь, что меня там кто-то узнает", "а если меня там узнают?"],
    "uk": ["боюся, що мене там хтось впізнає", "а якщо мене там впізнають?"],
}


@pytest.fixture(scope="module")
def services(alcohol_in_leipzig):
    return alcohol_in_leipzig.services


@pytest.mark.parametrize("lang", GROUP_TALK)
def test_what_happens_in_a_group_and_whether_one_must_talk_are_answered(lang, services):
    for question in GROUP_TALK[lang]:
        for start in (State(lang=lang, **AT_RESULTS), State(lang=lang, **AT_RESULTS).to(Step.DETAIL, group_id="g1")):
            state, replies = step(start, Text(question), services)
            assert (state.topic_ids, state.role, state.step) == (start.topic_ids, start.role, start.step), question
            assert text_of(m.ANSWER_GROUP_TALK, lang) in rendered(replies, lang), (lang, question)
            assert "TelefonSeelsorge" not in rendered(replies, lang), (lang, question)


@pytest.mark.parametrize("lang", PHONE)
def test_the_phone_question_gets_the_shown_groups_contact_point(lang, services):
    for start in (State(lang=lang, **AT_RESULTS).to(Step.DETAIL, group_id="g1"), State(lang=lang, **AT_RESULTS)):
        state, replies = step(start, Text(PHONE[lang]), services)
        assert state.step == start.step and "0341 123" in rendered(replies, lang), (lang, start.step)
    state, replies = step(
        State(lang=lang, step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), Text(PHONE[lang]), services
    )
    assert state.step == Step.LOCATION and text_of(m.ANSWER_PHONE, lang) in rendered(replies, lang), lang


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        ("ar", "fi group bel 3arabi?", m.ANSWER_LANGUAGE),
        ("uk", "a skilky ce koshtuje?", m.ANSWER_COST),
        # is there a person: Arabizi (it got the contact point's lines, as a question not understood)
        ("ar", "enta insan?", m.ANSWER_BOT),
        ("ar", "inti insan wala bot?", m.ANSWER_BOT),
        ("ar", "meen byi2ra hal kalam?", m.ANSWER_BOT),
        # whom to bring, whether the parents must know: Turkish with the object first (a tester's)
        ("tr", "kocamı getirebilir miyim", m.ANSWER_ALONG),
        ("tr", "annemi getirsem olur mu", m.ANSWER_ALONG),
        ("tr", "ailem bilmek zorunda mi", m.ANSWER_PARENTS_TOLD),
        ("tr", "ailemin bilmesi gerekiyor mu", m.ANSWER_PARENTS_TOLD),
    ],
)
def test_a_question_after_the_groups_is_answered_as_people_type_it(lang, question, answer, services):
    """Latin letters, Arabizi, an object before its verb: the question's answer, the page kept."""
    start = State(lang=lang, **AT_RESULTS)
    state, replies = step(start, Text(question), services)
    assert state == start and text_of(answer, lang) in rendered(replies, lang), question


@pytest.mark.parametrize("lang", WHO)
def test_who_are_you_and_a_lone_help_say_what_the_bot_is(lang, services):
    for question in WHO[lang]:
        state, replies = step(State(lang=lang), Text(question), services)
        assert state.step == Step.TOPIC and text_of(m.ANSWER_WHO, lang) in rendered(replies, lang), (lang, question)
        assert "/privacy" not in rendered(replies, lang)


@pytest.mark.parametrize("lang", RECOGNISED)
def test_the_worry_of_being_recognised_where_the_place_is_asked_gets_the_anonymity_answer(lang, services):
    """ "im worried people will know me there" is no place the bot does not know: groups are anonymous, and
    the question again; the search stays as it was."""
    start = State(lang=lang, step=Step.LOCATION, topic_ids=("alkohol",), role="relative")
    for worry in RECOGNISED[lang]:
        state, replies = step(start, Text(worry), services)
        assert (state.topic_ids, state.role, state.step, state.place) == (("alkohol",), "relative", Step.LOCATION, None)
        text = rendered(replies, lang)
        assert text_of(m.ANSWER_ANONYMOUS, lang) in text and text_of(m.PLACE_UNKNOWN, lang) not in text, (lang, worry)


UNKNOWN = {
    "de": ["Muss ich jedes Mal kommen oder kann ich auch nur einmal schauen?", "gibts da parkplätze?"],
    "en": ["is there a lift in the building?", "is it ok if i come 10 min late?"],
    "tr": ["asansör var mı?", "geç kalırsam sorun olur mu?"],
    "ar": ["هل يوجد مصعد هناك؟", "في موقف سيارات هناك؟", "المكان فيه درج كتير؟"],
    "ru": ["а там есть лифт?", "можно опоздать минут на десять?"],
    "uk": ["а там є ліфт?", "можна запізнитися на 10 хвилин?"],
}


@pytest.mark.parametrize("lang", UNKNOWN)
def test_a_question_about_the_groups_the_bot_cannot_answer_gets_who_can(lang, services):
    """Asked where groups are shown and understood as nothing: the contact point that knows them and how to reach
    it, the page a tap away, not "not understood"; a message that asks nothing is still not understood."""
    for question in UNKNOWN[lang]:
        for start in (State(lang=lang, **AT_RESULTS), State(lang=lang, **AT_RESULTS).to(Step.DETAIL, group_id="g1")):
            state, replies = step(start, Text(question), services)
            assert state.step == start.step and "0341 123" in rendered(replies, lang), (lang, question)
            assert text_of(m.UNKNOWN_QUESTION, lang) in rendered(replies, lang), (lang, question)
            assert text_of(m.NOT_UNDERSTOOD_HERE, lang) not in rendered(replies, lang), (lang, question)
    _, replies = step(State(lang=lang, **AT_RESULTS), Text("qwertz uiop"), services)
    assert text_of(m.NOT_UNDERSTOOD_HERE, lang) in rendered(replies, lang)


@pytest.mark.parametrize(
    ("lang", "greeting"),
    [("en", "yo"), ("tr", "slm"), ("ar", "salam"), ("ar", "marhaba"), ("ru", "privet"), ("uk", "pryvit")],
)
def test_a_greeting_typed_in_latin_letters_is_greeted_back(lang, greeting, services):
    """ "salam", "privet", "slm": a hello, not "I found no topic for that"."""
    state, replies = step(State(lang=lang), Text(greeting), services)
    assert state.step == Step.TOPIC and text_of(m.ANSWER_HELLO, lang) in rendered(replies, lang), greeting


HELLO = {"de": "hallo", "en": "hi", "tr": "merhaba", "ar": "مرحبا", "ru": "привет", "uk": "привіт"}
CONTINUE = {"de": "weiter", "en": "continue", "tr": "devam", "ar": "كمل", "ru": "продолжим", "uk": "продовжимо"}


@pytest.mark.parametrize("lang", HELLO)
def test_a_greeting_mid_conversation_is_a_short_hello_again_with_the_steps_question(lang, services):
    """ "hallo" under the contact point's block repeated the whole block (round 68, a console tester): mid-conversation
    a greeting gets a short "hello again" with the page's buttons, or the step's question, and the search stays."""
    shown = State(lang=lang, **AT_RESULTS)
    page = step(shown, Text("ok"), services)[1][-1].buttons
    state, replies = step(shown, Text(HELLO[lang]), services)
    assert state == shown and len(replies) == 1 and replies[0].buttons == page
    assert rendered(replies, lang) == text_of(m.ANSWER_HELLO_AGAIN, lang)
    asked = State(lang=lang, step=Step.ROLE, topic_ids=("alkohol",), back=(Step.TOPIC,))
    state, replies = step(asked, Text(HELLO[lang]), services)
    assert state == asked and rendered(replies, lang).startswith(text_of(m.ANSWER_HELLO_AGAIN, lang))
    assert [r.buttons for r in replies][-1] == step(asked, Text("qwertz"), services)[1][-1].buttons
    _, replies = step(State(lang=lang), Text(HELLO[lang]), services)  # the twin: a first hello is a hello
    assert text_of(m.ANSWER_HELLO, lang) in rendered(replies, lang)


@pytest.mark.parametrize("lang", CONTINUE)
def test_continue_typed_under_the_groups_says_what_one_can_do_next(lang, services):
    """ "weiter" under the groups repeated the whole page: nothing is missing to go on to, so a short word of what one
    can do next, with the page's buttons; the twin: where something is missing, it is asked."""
    shown = State(lang=lang, **AT_RESULTS)
    state, replies = step(shown, Text(CONTINUE[lang]), services)
    assert state == shown and replies == step(shown, Text("ok"), services)[1]
    missing = State(lang=lang, step=Step.LOCATION, topic_ids=("alkohol",), role="relative", back=(Step.TOPIC,))
    state, _ = step(missing, Text(CONTINUE[lang]), services)
    assert state.step == Step.LOCATION


def test_a_message_with_no_topic_keeps_the_way_to_help(services):
    """What names no topic is answered with the topics to browse and the crisis button, as the question it answers."""
    _, replies = step(State(), Text("asdfgh qwertz"), services)
    assert [b.action for row in replies[-1].buttons for b in row] == ["browse", "crisis"]


BUTTON_STEP_QUESTIONS = {
    "de": [("wie spät treffen die sich", m.ANSWER_WHEN), ("was ist die kontaktstelle", m.ANSWER_CONTACT_POINT)],
    "en": [("what time do they meet", m.ANSWER_WHEN), ("what is a contact point", m.ANSWER_CONTACT_POINT)],
    "tr": [("saat kaçta buluşuyorlar", m.ANSWER_WHEN), ("danışma merkezi ne", m.ANSWER_CONTACT_POINT)],
    "ar": [("الساعة كم بيجتمعوا", m.ANSWER_WHEN), ("شو يعني مركز التواصل", m.ANSWER_CONTACT_POINT)],
    "ru": [("во сколько они встречаются", m.ANSWER_WHEN), ("что такое контактный центр", m.ANSWER_CONTACT_POINT)],
    "uk": [("о котрій вони зустрічаються", m.ANSWER_WHEN), ("що таке контактний центр", m.ANSWER_CONTACT_POINT)],
}
ROLE_ANSWER = {"de": "für mich", "en": "for me", "tr": "kendim için", "ar": "لنفسي", "ru": "для себя", "uk": "для себе"}


@pytest.mark.parametrize("lang", BUTTON_STEP_QUESTIONS)
def test_a_question_typed_where_buttons_are_shown_gets_its_answer_and_the_question_again(lang, services):
    """ "wie spät treffen die sich", "was ist die kontaktstelle" to "for whom?" got "Bitte wähle einen der Knöpfe": the
    answer, the step's question again, the search as it was (where "where?" is asked too); the twin: a typed answer
    to the step's own question is taken."""
    asked = State(lang=lang, step=Step.ROLE, topic_ids=("alkohol",))
    for start in (asked, asked.with_(role="relative").to(Step.LOCATION)):
        for question, answer in BUTTON_STEP_QUESTIONS[lang]:
            state, replies = step(start, Text(question), services)
            text = rendered(replies, lang)
            assert (state.step, state.role, state.place) == (start.step, start.role, None), (lang, question)
            assert text_of(answer, lang) in text, (lang, question, text)
            assert text_of(m.ROLE_NOT_UNDERSTOOD, lang) not in text and text_of(m.PLACE_UNKNOWN, lang) not in text
    state, _ = step(asked, Text(ROLE_ANSWER[lang]), services)
    assert state.role == "affected" and state.step == Step.LOCATION, lang


# round 69: a time of day asked with the time first ("abends geht das?"), after the results; a twin that tells how
# the evenings are is no question
TIME_FIRST = [("de", "abends geht das?"), ("de", "am wochenende möglich?"), ("en", "evenings ok?")]


@pytest.mark.parametrize(("lang", "question"), TIME_FIRST)
def test_a_time_of_day_asked_first_gets_the_answer_on_meeting_times(lang, question, services):
    results = State(lang=lang, step=Step.ROLE, topic_ids=("alkohol",), role="affected").to(Step.LOCATION)
    _, replies = step(results, Text(question), services)
    assert text_of(m.ANSWER_WHEN, lang) in rendered(replies, lang), (lang, question)


def test_how_the_evenings_are_is_no_question_of_times(services):
    _, replies = step(State(lang="de"), Text("abends geht es mir schlecht"), services)
    assert text_of(m.ANSWER_WHEN, "de") not in rendered(replies, "de")

"""The language the bot writes in, as console test 58 found it: a person who writes clearly in one of our
languages is answered in it at once (the crisis replies did so already, the others stayed German until a
language button was tapped), with the language spoken before a tap away; a word many languages share
switches nothing, nor does anything once the person chose a language. Through the state machine over the
demo directory."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Choice, Msg, Place, Start, State, Step, Text
from tests.conversation import parts, results

BERLIN = Place("Berlin", 52.52, 13.405)
WRITTEN = [
    ("en", "hi my husband drinks every night and gets angry, im from the US living in germany now, my german is bad"),
    ("en", "my german is bad"),
    ("tr", "merhaba oglum cok alkol iciyor"),
    ("ru", "privet, moj muzh pjet kazhdyj den"),
    ("ru", "мой муж пьёт"),
    ("uk", "мій чоловік п'є"),
    ("uk", "chy je grupy ukrajinskoju?"),
    ("ar", "السلام عليكم، ابني مدمن"),
    ("de", "mein Mann trinkt jeden Abend"),
]


def lang_buttons(replies) -> list[tuple[str, str]]:
    return [(b.action, b.value) for r in replies for row in r.buttons for b in row if b.action == "lang"]


@pytest.mark.parametrize(("lang", "text"), WRITTEN)
@pytest.mark.parametrize("phone", ["de", "en"])
def test_a_message_clearly_in_one_language_is_answered_in_it_at_once(lang, text, phone, demo_runtime):
    services = demo_runtime.services
    if lang == phone:
        pytest.skip("written in the phone's language")
    started, _ = step(State(), Start("", phone), services)
    state, replies = step(started, Text(text), services)
    assert state.lang == lang and not state.lang_chosen, text
    assert replies[0].parts == (Msg(m.LANGUAGE_SET),) and lang_buttons(replies[:1]) == [("lang", phone)], text
    back, _ = step(state, Choice("lang", phone), services)  # the way back is one tap, and then it stays
    assert back.lang == phone and back.lang_chosen


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [
        ("en", "do they speak english there?", m.ANSWER_LANGUAGE),
        ("ru", "а группы на русском есть?", m.ANSWER_LANGUAGE),
        ("ar", "هل هي مجانية؟", m.ANSWER_COST),
    ],
)
def test_a_question_after_the_results_is_answered_in_its_language(lang, text, asked, demo_runtime):
    """ "do they speak english there?" had the German answer after a German search."""
    services = demo_runtime.services
    shown = State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative")
    shown, _ = step(shown, Text("Berlin"), services)
    assert shown.step == Step.RESULTS
    state, replies = step(shown, Text(text), services)
    assert state.lang == lang and Msg(asked) in parts(replies) and state.step == Step.RESULTS, text


def test_a_death_is_consoled_in_the_language_it_is_told_in(demo_runtime):
    """ "my dad died from drinking" had the German condolence."""
    state, replies = step(State(), Text("my dad died from drinking last year"), demo_runtime.services)
    assert state.lang == "en" and Msg(m.LOSS_GENTLE) in parts(replies)


@pytest.mark.parametrize(
    ("state", "text"),
    [
        (State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), "ok"),
        (State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), "Essen"),
        (State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), "Leipzig"),
        (State(), "Depression"),
        (State(), "hallo"),
        (State(lang="en"), "thanks"),
        (State(lang="ru"), "Leipzig"),
        (State(lang="ru"), "ok"),
        (State(lang="ar"), "Berlin"),
        (State(lang="tr"), "depresyon"),
        (State(lang="uk"), "а родителям сообщат?"),  # Cyrillic that tells neither Russian nor Ukrainian
        (State(lang="ru"), "heute nacht mach ich schluss, таблетки уже приготовила"),
    ],
)
def test_a_word_many_languages_share_switches_nothing(state, text, demo_runtime):
    """Calm twins: a town, "ok", a topic word, a greeting, Cyrillic without letters of its own."""
    new, replies = step(state, Text(text), demo_runtime.services)
    assert new is not None and new.lang == state.lang and Msg(m.LANGUAGE_SET) not in parts(replies), text


@pytest.mark.parametrize(("lang", "text"), [("en", "my german is bad"), ("ar", "السلام عليكم، ابني مدمن")])
def test_a_chosen_language_stays_and_the_other_is_offered(lang, text, demo_runtime):
    """The person tapped "Deutsch" (or their flyer chose it): the other language is a tap away, no more."""
    state, replies = step(State(lang_chosen=True), Text(text), demo_runtime.services)
    assert state.lang == "de" and lang_buttons(replies) == [("lang", lang)]


def test_one_arabic_word_is_arabic(demo_runtime):
    """Arabic letters are no other language of ours: "برلين" alone is written by someone who reads Arabic."""
    state, _ = step(
        State(step=Step.LOCATION, topic_ids=("alkohol",), role="relative"), Text("برلين"), demo_runtime.services
    )
    assert state.lang == "ar" and state.place is not None


@pytest.mark.parametrize(
    ("lang", "text", "answer"),
    [
        ("uk", "chy je grupy ukrajinskoju?", m.ANSWER_LANGUAGE),
        ("ru", "a gruppy na russkom est?", m.ANSWER_LANGUAGE),
        ("ru", "a skolko eto stoit?", m.ANSWER_COST),
        ("uk", "skilky tse koshtuje?", m.ANSWER_COST),
        ("ar", "wen? aya yom?", m.ANSWER_WHEN_SCHEDULE),
        ("ar", "emta byejtem3o?", m.ANSWER_WHEN_SCHEDULE),
    ],
)
def test_a_question_in_latin_letters_is_answered_as_in_its_own_script(lang, text, answer, demo_runtime):
    """Russian and Ukrainian typed in Latin letters are asked in their Cyrillic reading; Arabizi's "when" words
    are data/intents.yaml's. They had "not understood" and the whole page again."""
    shown = results(lang, demo_runtime.services, "Berlin", back=(Step.TOPIC,))
    state, replies = step(shown, Text(text), demo_runtime.services)
    assert Msg(answer) in parts(replies) and Msg(m.NOT_UNDERSTOOD_HERE) not in parts(replies), text
    assert state.step == Step.RESULTS and state.topic_ids == shown.topic_ids


@pytest.mark.parametrize(
    ("lang", "text"), [("de", "wen kann ich da fragen"), ("de", "asdfgh"), ("uk", "qwerty zxcv"), ("ar", "aya")]
)
def test_what_asks_nothing_in_latin_letters_gets_the_pages_buttons_not_the_page(lang, text, demo_runtime):
    """Calm twins: German "wen" (whom) is no Arabizi "when"; what is not understood under the list gets the
    page's buttons, not the whole page again (it stands just above)."""
    shown = results(lang, demo_runtime.services, "Berlin", back=(Step.TOPIC,))
    state, replies = step(shown, Text(text), demo_runtime.services)
    page = step(shown, Choice("list"), demo_runtime.services)[1][-1]
    assert state == shown and replies[-1].parts == (Msg(m.NOT_UNDERSTOOD_HERE),), text
    assert replies[-1].buttons == page.buttons


@pytest.mark.parametrize(
    ("lang", "text", "now"),
    [
        ("en", "kann ich auch deutsch schreiben?", "de"),
        ("de", "can i write in english?", "en"),
        ("de", "можно по-русски писать?", "ru"),
    ],
)
def test_asking_in_another_language_whether_one_may_write_it_switches_and_asks_where_again(
    lang, text, now, demo_runtime
):
    """ "kann ich auch deutsch schreiben?" where the place is asked: the conversation goes on in German, asking for
    the place again; it was also read as a place and "Diesen Ort kenne ich leider nicht" followed (a tester)."""
    where = State(step=Step.LOCATION, lang=lang, topic_ids=("gluecksspiel",), role="affected")
    state, replies = step(where, Text(text), demo_runtime.services)
    said = [p.msgid for p in parts(replies) if isinstance(p, Msg)]
    assert state.lang == now and state.step == Step.LOCATION, (lang, text, state.lang)
    assert m.PLACE_UNKNOWN not in said and m.ASK_LOCATION in said, said


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "almanca bilmiyorum turkce grup var mi"),
        ("de", "ich spreche kein deutsch, gibt es eine gruppe auf türkisch?"),
        ("en", "no german here, is there a group in my language?"),
        ("ar", "ما بحكي الماني، في مجموعة بالعربي؟"),
        ("ru", "я не говорю по немецки, есть группа на русском?"),
        ("uk", "я не розмовляю німецькою, є група українською?"),
    ],
)
def test_not_speaking_german_says_nothing_of_whom_the_search_is_for(lang, text, demo_runtime):
    """ "almanca bilmiyorum" (I don't speak German) after a relatives' search: the language answer, the relatives'
    groups kept; its words had named Migration told in the first person, and the search became the writer's own."""
    shown = results(lang, demo_runtime.services, "Berlin", back=(Step.TOPIC,))
    state, replies = step(shown, Text(text), demo_runtime.services)
    assert Msg(m.ANSWER_LANGUAGE) in parts(replies), text
    assert (state.role, state.topic_ids, state.step) == ("relative", ("alkohol",), Step.RESULTS), text


@pytest.mark.parametrize(
    ("text", "now"), [("ich selbst", "tr"), ("auf deutsch bitte", "de"), ("ich suche für mich selbst", "de")]
)
def test_a_short_answer_in_another_language_moves_no_search_but_asking_for_it_does(text, now, demo_runtime):
    """Round 76, a console tester: "ich selbst" (myself) typed into a Turkish search switched it to German until the
    next Turkish message. Two words in Latin letters answer; asking for German ("auf deutsch bitte") still switches,
    and so does a message long enough to tell."""
    where = State(step=Step.LOCATION, lang="tr", topic_ids=("alkohol",), role="relative")
    state, _ = step(where, Text(text), demo_runtime.services)
    assert state.lang == now, (text, state.lang)

"""What a console tester found around the safety question and the crisis reply (round 3), in all
six languages, through the state machine over the demo directory: a "no" uses what the message
said as if the question had not come; after a crisis reply, a relative goes on to the groups, a
"danke" keeps the way on and a bare "ja" is said to the numbers, not to the search."""

from __future__ import annotations

import pytest

from bot.i18n import gettext_for
from bot.render import render_text
from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, Choice, Msg, Place, State, Step, Text
from dialogs.replies import ON_OR_NUMBERS
from dialogs.triage import MODEL_SIGNAL, Triage
from tests.test_crisis_flow import Triaged, texts

LEIPZIG = Place("Leipzig", 51.3397, 12.3731)
SEARCHING = State(step=Step.RESULTS, topic_ids=("depression",), role="any", place=LEIPZIG)

# "actually more the drinking, for me": another topic and another role, in the middle of a search
OTHER_TOPIC_FOR_ME = {
    "de": "eigentlich eher Alkohol, für mich",
    "en": "actually more about alcohol, for myself",
    "tr": "aslında daha çok alkol bağımlılığı, kendim için",
    "ar": "في الحقيقة الكحول، لنفسي",
    "ru": "вообще-то скорее алкоголизм, для себя",
    "uk": "взагалі-то радше алкоголь, для себе",
}
NOTHING_NAMED = {"de": "ach naja", "en": "oh well", "tr": "offf ya", "ar": "يعني", "ru": "ну вот так"}
NOTHING_NAMED["uk"] = "ну ось так"
NO = {"de": "nein", "en": "no", "tr": "hayır", "ar": "لا", "ru": "нет", "uk": "ні"}
YES = {"de": "ja", "en": "yes", "tr": "evet", "ar": "نعم", "ru": "да", "uk": "так"}
THANKS = {"de": "danke", "en": "thanks", "tr": "teşekkürler", "ar": "shokran", "ru": "spasibo", "uk": "дякую"}
CUT_HERSELF = {
    "de": "meine Tochter ist 15 und hat sich geritzt",
    "en": "my daughter is 15 and cut her arms",
    "tr": "kızım 15 yaşında, kollarını kesmiş",
    "ar": "بنتي عمرها 15 وجرحت يديها",
    "ru": "моей дочери 15, она порезала руки",
    "uk": "моя донька, їй 15, порізала руки",
}
CUTS_AGAIN = {
    "de": "sie ritzt sich",
    "en": "she cuts herself",
    "tr": "kızım kendini kesiyor",
    "ar": "بنتي تجرح نفسها",
    "ru": "дочь режет себя",
    "uk": "донька ріже себе",
}


def checked(services, *texts_: str) -> Triaged:
    return Triaged(services, {t: Triage("check", None) for t in texts_})


def self_harm(services, *texts_: str) -> Triaged:
    return Triaged(services, {t: Triage("crisis", "self_harm") for t in texts_})


def search_of(state: State) -> tuple:
    return state.step, state.topic_ids, state.candidates, state.role, state.place


@pytest.mark.parametrize("lang", OTHER_TOPIC_FOR_ME)
def test_a_no_reads_the_message_as_if_it_had_come_without_the_question(lang, demo_runtime):
    text, before = OTHER_TOPIC_FOR_ME[lang], SEARCHING.with_(lang=lang)
    unasked, _ = step(before, Text(text), demo_runtime.services)
    assert unasked.topic_ids == ("alkohol",) and unasked.role == "affected", lang
    services = checked(demo_runtime.services, text)
    asked, replies = step(before, Text(text), services)
    assert asked.asked == Asked.SAFETY and "Gefahr" in texts(replies)[0]
    for answer in (Choice("safe"), Text(NO[lang])):
        state, replies = step(asked, answer, services)
        assert search_of(state) == search_of(unasked), (lang, answer)
        assert replies[0].parts[0] == Msg(m.SAFE_CONTINUE) and replies[0].parts[1].msgid == m.UNDERSTOOD


@pytest.mark.parametrize("lang", NOTHING_NAMED)
def test_a_no_to_distress_that_names_nothing_offers_the_topics_distress_names(lang, demo_runtime):
    services = checked(demo_runtime.services, NOTHING_NAMED[lang])
    asked, _ = step(State(lang=lang), Text(NOTHING_NAMED[lang]), services)
    state, replies = step(asked, Text(NO[lang]), services)
    assert state.step == Step.CANDIDATES and "lebenskrise" in state.candidates
    assert [b.value for row in replies[0].buttons for b in row][:-1] == list(state.candidates)


@pytest.mark.parametrize("lang", CUT_HERSELF)
def test_a_parent_goes_on_from_a_crisis_reply_to_the_place_and_the_groups(lang, demo_runtime):
    services = self_harm(demo_runtime.services, CUT_HERSELF[lang], CUTS_AGAIN[lang])
    answered, replies = step(State(lang=lang), Text(CUT_HERSELF[lang]), services)
    assert replies[0].outcome is not None and answered.role == "relative"
    assert answered.topic_ids == ("selbstverletzung",), lang
    going_on, replies = step(answered, Choice("continue"), services)
    assert going_on.step == Step.LOCATION, lang
    again, replies = step(going_on, Text(CUTS_AGAIN[lang]), services)  # the same danger, told again
    assert all(r.outcome is None for r in replies) and again.step == Step.LOCATION, lang
    assert replies[0].parts[0].msgid == m.NUMBERS_LINE and "0800 111 0 111" in texts(replies)[0]
    found, replies = step(again, Text("Leipzig"), services)
    assert found.step == Step.RESULTS and found.place.name == "Leipzig"


def test_the_writers_own_danger_told_again_is_answered_again(demo_runtime):
    services = self_harm(demo_runtime.services, "ich ritze mich")
    answered, _ = step(State(topic_ids=("depression",), step=Step.ROLE), Text("ich ritze mich"), services)
    _, replies = step(answered.asking(Asked.NOTHING), Text("ich ritze mich"), services)
    assert replies[0].outcome is not None


@pytest.mark.parametrize("lang", THANKS)
def test_thanks_after_a_crisis_reply_is_answered_kindly_and_keeps_the_way_on(lang, demo_runtime):
    services = demo_runtime.services
    answered, _ = step(State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",)), Choice("crisis"), services)
    state, replies = step(answered, Text(THANKS[lang]), services)
    (reply,) = replies
    assert reply.parts == (Msg(m.ANSWER_THANKS_CRISIS),), lang
    assert [b.action for row in reply.buttons for b in row] == ["continue", "crisis"]
    assert state.step == Step.LOCATION


@pytest.mark.parametrize("lang", YES)
@pytest.mark.parametrize("where", [Step.TOPIC, Step.LOCATION, Step.DETAIL])
def test_a_bare_yes_after_a_crisis_reply_gives_the_most_important_number_again(lang, where, demo_runtime):
    services = self_harm(demo_runtime.services, "x")
    before = State(step=where, lang=lang, topic_ids=("alkohol",), role="relative", place=LEIPZIG)
    answered, _ = step(before, Choice("crisis"), services)
    state, replies = step(answered, Text(YES[lang]), services)
    (reply,) = replies
    assert reply.parts[0] == Msg(m.CALL_NOW) and "0800 111 0 111" in texts(replies)[0], lang
    assert [b.action for row in reply.buttons for b in row] == ["continue", "crisis"]
    assert state.step == where and state.asked == Asked.CRISIS


TEEN_CUTS_AGAIN = {
    "de": "ich bin 17 und ritz mich wieder",
    "en": "i'm 16 and i cut myself again",
    "tr": "16 yaşındayım ve yine kendimi kesiyorum",
    "ar": "عمري 16 وبجرح حالي مرة ثانية",
    "ru": "мне 16 и я опять режу себя",
    "uk": "мені 16 і я знову ріжу себе",
}


@pytest.mark.parametrize("lang", TEEN_CUTS_AGAIN)
def test_a_teenagers_own_self_harm_is_searched_as_selbstverletzung_after_the_crisis_reply(lang, demo_runtime):
    services = demo_runtime.services
    answered, replies = step(State(lang=lang), Text(TEEN_CUTS_AGAIN[lang]), services)
    assert replies[0].outcome is not None and "116 111" in render_text(replies[0], lang)  # the young's number
    state, _ = step(answered, Text(NO[lang]), services)
    state, replies = step(state, Text("Leipzig"), services)
    assert state.step == Step.RESULTS and state.topic_ids == ("selbstverletzung",), lang
    assert state.role == "affected" and state.place.name == "Leipzig"


WHAT_NOW = {
    "de": "und jetzt?",
    "en": "what now",
    "tr": "peki şimdi ne olacak?",
    "ar": "وهلأ شو؟",
    "ru": "и что теперь?",
    "uk": "і що тепер?",
}


@pytest.mark.parametrize("lang", WHAT_NOW)
def test_a_reaction_to_a_crisis_reply_gets_a_kind_word_and_the_number_not_no_topic_found(lang, demo_runtime):
    services = demo_runtime.services
    answered, _ = step(State(lang=lang, lang_chosen=True), Text("ich hab zu viele tabletten genommen"), services)
    assert answered.asked == Asked.CRISIS
    state = answered
    for reaction in (WHAT_NOW[lang], "ok", "hmm", "😢"):
        state, replies = step(state, Text(reaction), services)
        (reply,) = replies
        assert reply.parts[0] == Msg(m.STILL_THERE), (lang, reaction)
        assert "112" in render_text(reply, lang)
        assert [b.action for row in reply.buttons for b in row] == ["continue", "crisis"]
        assert state.asked == Asked.CRISIS and state.step == Step.TOPIC
    going_on, replies = step(state, Choice("continue"), services)
    assert going_on.step != Step.TOPIC or replies[0].parts[-1] == Msg(m.ASK_TOPIC)


@pytest.mark.parametrize("lang", NO)
def test_a_no_from_a_groups_card_returns_to_the_card(lang, demo_runtime):
    services = checked(demo_runtime.services, NOTHING_NAMED[lang])
    shown = SEARCHING.with_(lang=lang, topic_ids=("alkohol",))
    card, _ = step(shown, Choice("group", "demo-leipzig-1"), services)
    asked, _ = step(card, Text(NOTHING_NAMED[lang]), services)
    state, replies = step(asked, Text(NO[lang]), services)
    assert state.step == Step.DETAIL and state.group_id == card.group_id, lang
    assert replies[0].parts[0] == Msg(m.SAFE_CONTINUE) and [b.action for b in replies[0].buttons[0]] == [
        "list",
        "restart",
    ]
    other, _ = step(card, Text(OTHER_TOPIC_FOR_ME[lang]), checked(demo_runtime.services, OTHER_TOPIC_FOR_ME[lang]))
    state, _ = step(other, Text(NO[lang]), services)
    assert state.step == Step.RESULTS and state.topic_ids == ("alkohol",) and state.role == "affected"


@pytest.mark.parametrize("lang", TEEN_CUTS_AGAIN)
def test_a_teenagers_yes_after_the_crisis_reply_gives_their_line_beside_the_first(lang, demo_runtime):
    services = demo_runtime.services
    answered, _ = step(State(lang=lang), Text(TEEN_CUTS_AGAIN[lang]), services)
    _, replies = step(answered, Text(YES[lang]), services)
    (reply,) = replies
    assert reply.parts[0] == Msg(m.CALL_NOW)
    assert "0800 111 0 111" in render_text(reply, lang) and "116 111" in render_text(reply, lang), lang


@pytest.mark.parametrize("lang", CUT_HERSELF)
def test_a_parents_crisis_reply_speaks_to_the_parent_and_gives_the_parents_line(lang, demo_runtime):
    """A mother whose daughter cuts herself is not told that she sounds in a bad place; she gets the
    Elterntelefon before the children's line (that one for her daughter)."""
    services = self_harm(demo_runtime.services, CUT_HERSELF[lang])
    answered, replies = step(State(lang=lang), Text(CUT_HERSELF[lang]), services)
    assert answered.relations == ("parent",), lang
    assert replies[0].parts[0] == Msg(m.CRISIS_SOMEONE_CLOSE), lang
    shown = render_text(replies[0], lang)
    assert shown.index("0800 111 0 550") < shown.index("116 111"), lang


PARTNER_SUICIDAL = {
    "de": "mein Mann sagt, er will sich umbringen",
    "en": "my husband says he wants to kill himself",
}


@pytest.mark.parametrize("lang", PARTNER_SUICIDAL)
def test_a_partners_crisis_reply_speaks_to_them_without_the_parents_line(lang, demo_runtime):
    services = Triaged(demo_runtime.services, {PARTNER_SUICIDAL[lang]: Triage("crisis", "suicide")})
    answered, replies = step(State(lang=lang), Text(PARTNER_SUICIDAL[lang]), services)
    assert answered.role == "relative" and replies[0].parts[0] == Msg(m.CRISIS_SOMEONE_CLOSE), lang
    assert "0800 111 0 550" not in render_text(replies[0], lang) and "0800 111 0 111" in render_text(replies[0], lang)


def test_the_writers_own_danger_is_answered_as_theirs(demo_runtime):
    services = self_harm(demo_runtime.services, "ich ritze mich")
    _, replies = step(State(), Text("ich ritze mich"), services)
    assert replies[0].parts[0] == Msg(m.CRISIS_SELF_HARM) and "0800 111 0 550" not in render_text(replies[0], "de")


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_after_a_crisis_reply_the_letter_model_alone_does_not_ask_again(lang, demo_runtime):
    """The numbers were just given: a next message in which only the letter model saw a sign goes on
    with the search; a danger told in words is answered as ever."""
    going_on, told = "wir sind in Leipzig, welche Gruppe gibt es für mich?", "ich will nicht mehr leben"
    services = Triaged(
        demo_runtime.services,
        {going_on: Triage("check", None, MODEL_SIGNAL), told: Triage("check", "suicide", "nicht mehr leben", "de")},
    )
    answered, _ = step(State(lang=lang, topic_ids=("alkohol",), role="relative"), Choice("crisis"), services)
    state, replies = step(answered, Text(going_on), services)
    assert state.asked != Asked.SAFETY and state.place is not None and state.place.name == "Leipzig", lang
    asked, _ = step(state, Text(told), services)
    assert asked.asked == Asked.SAFETY, lang
    fresh, _ = step(State(lang=lang), Text(going_on), services)
    assert fresh.asked == Asked.SAFETY, lang


@pytest.mark.parametrize(("kind", "first"), [("violence_now", "gewalt"), ("self_harm", "selbstverletzung")])
def test_a_no_to_a_sign_that_names_no_topic_offers_the_dangers_own_topic_first(kind, first, demo_runtime):
    text = "es ist alles so dunkel"
    services = Triaged(demo_runtime.services, {text: Triage("check", kind)})
    asked, _ = step(State(), Text(text), services)
    state, _ = step(asked, Text("nein"), services)
    assert state.step == Step.CANDIDATES and state.candidates[0] == first and "lebenskrise" in state.candidates


HE_HITS_ME = {
    "de": "mein Mann schlägt mich",
    "en": "my husband hits me",
    "tr": "kocam beni dövüyor",
    "ar": "زوجي يضربني",
    "ru": "муж бьёт меня",
    "uk": "мій чоловік б'є мене",
}


@pytest.mark.parametrize("lang", YES)
def test_a_yes_to_a_crisis_reply_gives_every_line_of_it_again_with_112(lang, demo_runtime):
    """Someone who says "ja" is at least as much in danger: no line of the situation is dropped."""
    services = Triaged(demo_runtime.services, {HE_HITS_ME[lang]: Triage("crisis", "violence_now")})
    for first, kind in ((HE_HITS_ME[lang], "violence_now"), ("ich will nicht mehr leben", "suicide")):
        answered, crisis = step(State(lang=lang), Text(first), services)
        assert answered.answered == kind, lang
        _, replies = step(answered, Text(YES[lang]), services)
        (reply,) = replies
        assert reply.parts[0] == Msg(m.CALL_NOW)
        shown = render_text(reply, lang)
        numbers = ("110", "116 016", "112") if kind == "violence_now" else ("0800 111 0 111", "112")
        assert all(n in shown for n in numbers), (lang, kind, shown)
        assert all(p in crisis[0].parts for p in reply.parts[1:]), (lang, kind)


@pytest.mark.parametrize("lang", YES)
def test_the_numbers_again_button_repeats_the_situations_reply(lang, demo_runtime):
    """ "Die Nummern noch einmal" after a violence reply keeps the police and 116 016 (it gave the
    general lines, TelefonSeelsorge first); with no crisis reply before, the general ones."""
    services = Triaged(demo_runtime.services, {HE_HITS_ME[lang]: Triage("crisis", "violence_now")})
    answered, crisis = step(State(lang=lang), Text(HE_HITS_ME[lang]), services)
    again, replies = step(answered, Choice("crisis"), services)
    assert again.answered == "violence_now" and replies == crisis, lang
    _, general = step(State(lang=lang), Choice("crisis"), services)
    assert "0800 111 0 111" in render_text(general[0], lang)


def test_a_parents_yes_keeps_the_parents_line(demo_runtime):
    text = "meine tochter sagt sie will sich umbringen was soll ich tun"
    answered, _ = step(State(), Text(text), demo_runtime.services)
    _, replies = step(answered, Text("ja"), demo_runtime.services)
    shown = render_text(replies[0], "de")
    assert "0800 111 0 550" in shown and "112" in shown and "0800 111 0 111" in shown


NUMBERS_AGAIN = {
    "de": ("danke", "nummer nochmal"),
    "en": ("thanks", "can i have the numbers again"),
    "tr": ("teşekkürler", "numaraları tekrar yazar mısın"),
    "ar": ("shokran", "الارقام مرة ثانية"),
    "ru": ("spasibo", "номер ещё раз"),
    "uk": ("дякую", "номери ще раз"),
}


@pytest.mark.parametrize("lang", NUMBERS_AGAIN)
def test_asking_for_the_numbers_after_thanks_gives_the_crisis_numbers(lang, demo_runtime):
    services = demo_runtime.services
    thanks, again = NUMBERS_AGAIN[lang]
    answered, _ = step(State(lang=lang, lang_chosen=True), Text("ich will mich umbringen"), services)
    state, _ = step(answered, Text(thanks), services)
    state, replies = step(state, Text(again), services)
    (reply,) = replies
    assert reply.parts[0] == Msg(m.CALL_NOW), lang
    assert "0800 111 0 111" in render_text(reply, lang) and "112" in render_text(reply, lang), lang
    assert state.asked == Asked.CRISIS


def test_which_number_at_the_place_step_after_a_crisis_reply_means_the_crisis_numbers(demo_runtime):
    services = demo_runtime.services
    where = State(step=Step.LOCATION, topic_ids=("depression",), role="affected")
    answered, _ = step(where, Text("ich bring mich um heute nacht"), services)
    state, _ = step(answered, Choice("continue"), services)
    state, replies = step(state, Text("welche nummer nochmal"), services)
    assert replies[0].parts[0] == Msg(m.CALL_NOW) and "112" in render_text(replies[0], "de")
    assert state.step == Step.LOCATION
    _, replies = step(where, Text("welche nummer"), services)
    assert replies[0].parts[0] == Msg(m.ANSWER_PHONE)  # no crisis reply given: the contact point's


OWN_CRISIS_AS_RELATIVE = {
    "de": ("meine Tochter trinkt", "eigentlich will ich gar nicht mehr leben"),
    "en": ("my daughter drinks", "my wife died and i don't want to live anymore"),
    "ru": ("моя дочь пьёт", "я больше не могу, хочу покончить с собой"),
    "ar": ("بنتي بتشرب كل يوم", "فات اوان القروبات، حسمت امري الليله"),  # the "I" in the verb only
}


@pytest.mark.parametrize("lang", OWN_CRISIS_AS_RELATIVE)
def test_the_writers_own_crisis_in_a_relatives_search_is_answered_as_theirs(lang, demo_runtime):
    """A relative's own "I don't want to live" is no worry about someone close: the writer's words,
    and a "ja" to them gives no parents' line."""
    services = demo_runtime.services
    search, own = OWN_CRISIS_AS_RELATIVE[lang]
    state, _ = step(State(lang=lang), Text(search), services)
    assert state.role == "relative" and "parent" in state.relations, lang
    answered, replies = step(state, Text(own), services)
    assert replies[0].parts[0] == Msg(m.CRISIS_SUICIDE), lang
    _, replies = step(answered, Text(YES[lang]), services)
    assert "0800 111 0 550" not in render_text(replies[0], lang)
    worry = {"de": "ich habe angst dass meine tochter sich umbringt", "en": "i think my daughter wants to kill herself"}
    if lang in worry:  # someone close's, in the same search: the words for the one who worries
        _, replies = step(state, Text(worry[lang]), services)
        assert replies[0].parts[0] == Msg(m.CRISIS_SOMEONE_CLOSE), lang


def test_the_numbers_again_at_the_results_mean_the_crisis_numbers_only_after_a_crisis_reply(demo_runtime):
    services = demo_runtime.services
    assert SEARCHING.step == Step.RESULTS
    answered, _ = step(SEARCHING, Text("ich will mich umbringen"), services)
    thanked, _ = step(answered, Text("danke"), services)
    _, replies = step(thanked, Text("nummer nochmal"), services)
    assert replies[0].parts[0] == Msg(m.CALL_NOW) and "0800 111 0 111" in render_text(replies[0], "de")
    _, replies = step(SEARCHING, Text("nummer nochmal"), services)  # no crisis reply: the contact point's
    assert replies[0].parts[0] == Msg(m.CONTACT_POINT_REACH)


GO_ON = {
    "de": "ok die polizei ist da, alles gut. weiter",
    "en": "ambulance is here, she's ok. continue",
    "tr": "tamam polis geldi. devam edelim",
    "ar": "الإسعاف وصل، الحمد لله. نكمل",
    "ru": "скорая приехала, всё нормально. продолжим",
    "uk": "швидка приїхала, все добре. продовжимо",
}


@pytest.mark.parametrize("lang", GO_ON)
def test_go_on_typed_after_a_crisis_reply_goes_back_to_the_search(lang, demo_runtime):
    """A message of relief ending in "weiter" got the number again, and again (a console helper); it does what
    the button does now. "ich weiß nicht weiter" is no such word; a danger told before it is read first."""
    services = demo_runtime.services
    searching = SEARCHING.with_(lang=lang, lang_chosen=True)
    answered, _ = step(searching, Text("ich hab zu viele tabletten genommen"), services)
    assert answered.asked == Asked.CRISIS
    state, replies = step(answered, Text(GO_ON[lang]), services)
    assert state.step == Step.RESULTS and search_of(state) == search_of(searching), lang
    assert replies[0].parts[0] != Msg(m.STILL_THERE), lang
    stuck, _ = step(answered, Text("ich weiß nicht weiter"), services)
    assert stuck.asked in (Asked.CRISIS, Asked.SAFETY), lang


HEARD = (Msg(m.AFTER_CRISIS), Msg(m.HELP_CALLED), Msg(m.HELP_COMING), Msg(m.SAFE_NOW))  # never the number pushed
HELP_CAME = {  # help come, the writer safe, or not now
    "de": ["ok hab angerufen, rettung ist da", "ich bin jetzt in sicherheit", "grad nicht, er ist arbeiten"],
    "en": ["i called an ambulance", "the paramedics have arrived", "no im not in danger, i wont do anything"],
    "tr": ["polis geldi", "şu an güvendeyim", "şimdi değil"],
    "ar": ["وصل الاسعاف", "انا بامان", "مش هلق، هو بالشغل"],
    "ru": ["полиция приехала", "я сейчас в безопасности", "не сейчас, он на работе"],
    "uk": ["швидка приїхала", "я зараз у безпеці", "зараз ні, він на роботі"],
}


@pytest.mark.parametrize("lang", HELP_CAME)
def test_help_come_or_safe_now_after_a_crisis_reply_is_heard_and_the_search_goes_on(lang, demo_runtime):
    """Round 55 (a console user: "ok hab angerufen, rettung ist da" and "зараз ні, він на роботі" after a crisis reply
    got the number pushed again): a message that says help has come, the writer is safe or not now is a "no" to
    danger now, answered with the way on and the numbers a tap away, as a bare "nein" is; the search goes on
    where it was."""
    services = demo_runtime.services
    searching = SEARCHING.with_(lang=lang, lang_chosen=True)
    answered, _ = step(searching, Text("mein mann schlägt mich gerade"), services)
    assert answered.asked == Asked.CRISIS
    for said in HELP_CAME[lang]:
        state, replies = step(answered, Text(said), services)
        assert replies[0].parts[0] in HEARD, (lang, said)  # round 57: help come or safe is said back
        assert [b.action for row in replies[0].buttons for b in row] == ["continue", "crisis"]
        going_on, _ = step(state, Choice("continue"), services)
        assert going_on.step == Step.RESULTS and search_of(going_on) == search_of(searching), (lang, said)


SAID_OTHERWISE = {  # round 56, a console tester: the way people type it
    "de": ["passt schon, bin sicher"],
    "en": ["ambulance is here now"],
    "ar": ["ana mnee7 ma fi shi", "ana bkhair"],
    "ru": ["vse norm", "всё норм"],
    "uk": ["vse normalno, ja v bezpeci"],
}
CONTINUE_TYPED = {"ru": ["дальше", "dalshe"], "uk": ["далі", "dali"]}


@pytest.mark.parametrize("lang", SAID_OTHERWISE)
def test_safe_said_otherwise_after_a_crisis_reply_is_heard(lang, demo_runtime):
    """Safe told in Latin letters, Arabizi or with "passt schon" got the number pushed again, in a loop."""
    services = demo_runtime.services
    answered, _ = step(SEARCHING.with_(lang=lang, lang_chosen=True), Text("mein mann schlägt mich gerade"), services)
    for said in SAID_OTHERWISE[lang]:
        _, replies = step(answered, Text(said), services)
        assert replies[0].parts[0] in HEARD, (lang, said)


@pytest.mark.parametrize("lang", CONTINUE_TYPED)
def test_a_word_of_two_buttons_is_the_one_that_does_something_here(lang, demo_runtime):
    """ "дальше" and "далі" are "more" under a list and "continue" after a crisis reply: typed after the crisis reply
    they went to "more", which does nothing there, and the number was pushed again."""
    services = demo_runtime.services
    searching = SEARCHING.with_(lang=lang, lang_chosen=True)
    answered, _ = step(searching, Text("mein mann schlägt mich gerade"), services)
    for said in CONTINUE_TYPED[lang]:
        going_on, replies = step(answered, Text(said), services)
        assert going_on.step == Step.RESULTS and search_of(going_on) == search_of(searching), (lang, said)


def test_following_the_dead_one_after_a_death_told_earlier_gets_the_suicide_reply(demo_runtime):
    """Round 58 (console): "meine Frau ist vor drei Monaten gestorben", the place, then "manchmal denke ich, ich gehe
    ihr einfach hinterher" only asked: the death told earlier in the search (`State.consoled`) makes following her
    the writer's end."""
    services = demo_runtime.services
    state, _ = step(State(lang="de"), Text("meine Frau ist vor drei Monaten gestorben"), services)
    state, _ = step(state, Text("Köln"), services)
    _, replies = step(state, Text("manchmal denke ich, ich gehe ihr einfach hinterher"), services)
    assert replies[0].parts[0] == Msg(m.CRISIS_SUICIDE), texts(replies)
    # without the death before it, the same words ask
    _, replies = step(State(lang="de"), Text("manchmal denke ich, ich gehe ihr einfach hinterher"), services)
    assert Msg(m.CRISIS_SUICIDE) not in replies[0].parts


@pytest.mark.parametrize(("lang", "typed_in"), [(lang, other) for lang in YES for other in (lang, "de", "en")])
def test_the_continue_buttons_words_typed_in_any_language_go_back_to_the_search(lang, typed_in, demo_runtime):
    """ "Продовжити пошук групи", the button's own words, typed after a crisis reply got the number again (round 66):
    in the conversation's language or another of ours, they are the button."""
    services = demo_runtime.services
    searching = SEARCHING.with_(lang=lang, lang_chosen=True)
    answered, _ = step(searching, Text("ich hab zu viele tabletten genommen"), services)
    going_on, replies = step(answered, Text(gettext_for(typed_in, m.BUTTON_CONTINUE)), services)
    by_button, button_replies = step(answered, Choice("continue"), services)
    assert going_on == by_button and texts(replies) == texts(button_replies), (lang, typed_in)
    assert going_on.step == Step.RESULTS and search_of(going_on) == search_of(searching), (lang, typed_in)


# a question of a language right after a crisis reply (round 69 testers): the danger told, the danger's kind, and
# the question of a language ("а там говорять українською?"); ru after "weiter", naming the line's number
LANGUAGE_OF_THE_LINES = {
    "uk": ("мені дуже погано, я не хочу більше жити", "suicide", "а там говорять українською?"),
    "ru": ("муж бьёт меня", "violence_now", "а там по-русски говорят? по телефону 116 016?"),
    "de": ("mein mann schlägt mich gerade", "violence_now", "sprechen die auch türkisch?"),
    "en": ("i want to kill myself", "suicide", "do they speak arabic?"),
    "tr": ("kocam beni dövüyor", "violence_now", "orada türkçe konuşuyorlar mı?"),
    "ar": ("ما بدي عيش بعد اليوم", "suicide", "هل يتكلمون العربية هناك؟"),
}


@pytest.mark.parametrize("lang", LANGUAGE_OF_THE_LINES)
def test_a_language_question_after_a_crisis_reply_is_about_its_lines_and_keeps_the_numbers(lang, demo_runtime):
    """ "Most groups meet in German" and the topics took the numbers away from someone in danger who asked whether
    the lines speak their language. Now each line of the reply is named with its numbers and only what the crisis
    data says of its languages: the Hilfetelefon's interpreters, 112 and 110 taking every call, for the others that
    the bot does not know and that they are German services; the crisis keyboard stays. Asked after "weiter", a
    language question naming a line's number is about that line; with no crisis reply it is none of the lines'."""
    told, kind, question = LANGUAGE_OF_THE_LINES[lang]
    services = Triaged(demo_runtime.services, {told: Triage("crisis", kind)})
    answered, crisis_replies = step(State(lang=lang, lang_chosen=True), Text(told), services)
    assert answered.answered == kind, lang
    if lang == "ru":
        answered, _ = step(answered, Choice("continue"), services)
    state, replies = step(answered, Text(question), services)
    (reply,) = replies
    shown = render_text(reply, "de")
    numbers = ("110", "116 016", "112") if kind == "violence_now" else ("0800 111 0 111", "116 123", "112")
    assert all(n in shown for n in numbers), (lang, shown)
    assert reply.parts[0] == Msg(m.LINES_LANGUAGES) and Msg(m.ANSWER_LANGUAGE) not in reply.parts, lang
    said = {part.msgid for part in reply.parts if isinstance(part, Msg)}
    assert (m.LINE_INTERPRETERS in said) == (kind == "violence_now") and m.LINE_EVERY_CALL in said, lang
    assert (m.LINE_LANGUAGE_UNKNOWN in said) == (kind == "suicide"), lang
    assert state.asked == Asked.CRISIS and reply.buttons == ON_OR_NUMBERS, lang
    unasked, replies = step(SEARCHING.with_(lang=lang, lang_chosen=True), Text(question), services)
    assert Msg(m.LINES_LANGUAGES) not in replies[0].parts and unasked.asked != Asked.CRISIS, lang

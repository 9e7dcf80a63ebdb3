"""What a console tester found after the crisis reply to violence (round 58), in all six languages, through the state
machine over the demo directory: while the violence goes on, a message that is neither "I'm safe" nor "go on" keeps
the crisis (others in the danger with the writer: the police for all of them), never a search for relatives;
violence that has stopped is said back, with someone to talk to (the young: their own line and its hours) and the
police for when it starts again; the police on its way to violence done to someone else: not to step in, to let them
in."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, Choice, Msg, State, Step, Text
from tests.conversation import msgids
from tests.test_conversation_after_help import SUICIDE, UNCONSCIOUS, VIOLENCE
from tests.test_crisis_flow import texts

# the tester's own first messages in de, en, tr; the violence of round 57's tests in the others
HIT_NOW = {
    **VIOLENCE,
    "de": "mein mann schlägt mich er versucht grad die tür einzutreten",
    "en": "he is hitting me right now",
    "tr": "kocam bana vuruyor su an kapiyi kirmaya calisiyor",
}
OTHERS_HERE = {
    "de": "meine kinder sind auch hier",
    "en": "my kids are here too",
    "tr": "çocuklarım da burda",
    "ar": "ولادي كمان هون",
    "ru": "дети тоже тут",
    "uk": "мої діти теж тут",
}
TOWN = {"de": "Leipzig", "en": "Leipzig", "tr": "Leipzig'deyiz", "ar": "لايبزيغ", "ru": "Лейпциг", "uk": "Лейпциг"}


def hit_now(lang: str, services) -> State:
    answered, replies = step(State(lang=lang), Text(HIT_NOW[lang]), services)
    assert answered.answered == "violence_now" and answered.asked == Asked.CRISIS, (lang, answered.answered)
    return answered


@pytest.mark.parametrize("lang", OTHERS_HERE)
def test_others_in_the_danger_while_violence_goes_on_get_the_police_again_not_a_search(lang, demo_runtime):
    """ "meine kinder sind auch hier" after "mein mann schlägt mich ...": the crisis left for "Häusliche Gewalt · für
    Angehörige / Wo suchst du?" in de, en and tr ("my kids": the writer made a relative); "дети тоже тут" names no
    one's relative and got the number again. Now in every language: the police first, for all of them."""
    services = demo_runtime.services
    answered = hit_now(lang, services)
    state, replies = step(answered, Text(OTHERS_HERE[lang]), services)
    (reply,) = replies
    assert reply.parts[0] == Msg(m.OTHERS_IN_DANGER) and "110" in texts(replies)[0], (lang, msgids(replies))
    assert reply.outcome is None and [b.action for row in reply.buttons for b in row] == ["continue", "crisis"]
    assert (state.step, state.role, state.topic_ids) == (answered.step, answered.role, answered.topic_ids), lang
    assert state.asked == Asked.CRISIS and m.UNDERSTOOD not in msgids(replies)


@pytest.mark.parametrize("lang", TOWN)
def test_any_other_message_while_violence_goes_on_keeps_the_crisis_and_the_place_for_later(lang, demo_runtime):
    """A place typed while the violence goes on starts no search: the police again; the place waits until the
    writer goes on (the button), and is not asked for again."""
    services = demo_runtime.services
    state, replies = step(hit_now(lang, services), Text(TOWN[lang]), services)
    # round 77: the place said back as kept, above the police's number
    assert msgids(replies)[:2] == [m.PLACE_KEPT, m.STILL_THERE] and "110" in texts(replies)[0], (lang, msgids(replies))
    assert state.step == Step.TOPIC and state.place is not None and state.place.name == "Leipzig", lang
    going_on, _ = step(state, Choice("continue"), services)
    assert going_on.step != Step.LOCATION and going_on.place.name == "Leipzig", lang


@pytest.mark.parametrize("lang", OTHERS_HERE)
def test_calm_twins_the_same_messages_without_violence_going_on_are_read_as_ever(lang, demo_runtime):
    """Without a crisis reply, after one to another danger (the writer's own suicide: no one to be let in), or once
    the writer has gone on, the same words are read for the search."""
    services = demo_runtime.services
    _, replies = step(State(lang=lang), Text(OTHERS_HERE[lang]), services)
    assert m.OTHERS_IN_DANGER not in msgids(replies) and "110" not in " ".join(texts(replies)), lang
    suicide, _ = step(State(lang=lang), Text(SUICIDE[lang]), services)
    state, replies = step(suicide, Text(TOWN[lang]), services)
    assert state.place is not None and m.UNDERSTOOD in msgids(replies) and m.STILL_THERE not in msgids(replies), lang
    going_on, _ = step(hit_now(lang, services), Choice("continue"), services)
    state, replies = step(going_on, Text(TOWN[lang]), services)
    assert state.place is not None and m.UNDERSTOOD in msgids(replies) and m.STILL_THERE not in msgids(replies), lang


YOUNG_HIT = {
    "de": "ich bin 14 und mein stiefvater schlägt mich gerade",
    "en": "im 14 my stepdad hits me and my little brother when hes drunk. hes doing it rn",
    "tr": "14 yaşındayım, üvey babam şu an beni dövüyor",
    "ar": "عمري 14 وزوج امي عم يضربني هلق",
    "ru": "мне 14, отчим бьёт меня прямо сейчас",
    "uk": "мені 14, вітчим зараз бʼє мене",
}
STOPPED = {
    "de": "er hat aufgehört, er ist raus. ich will keine polizei, mama wird sauer",
    "en": "he stopped, he went out. i dont want police my mum will be mad",
    "tr": "durdu, evden çıktı. polis istemiyorum annem kızar",
    "ar": "وقف وطلع من البيت. ما بدي شرطة، امي رح تزعل",
    "ru": "он перестал, ушёл. не хочу полицию, мама будет злиться",
    "uk": "він перестав, пішов. не хочу поліцію, мама буде сердитись",
}


@pytest.mark.parametrize("lang", STOPPED)
def test_violence_stopped_is_said_back_with_the_young_ones_line_and_the_police_for_when_it_starts_again(
    lang, demo_runtime
):
    """ "he stopped, he went out. i dont want police my mum will be mad" from a 14-year-old got the general list
    (TelefonSeelsorge first, the women's line). Now: it stopped, it is not their fault, the Nummer gegen Kummer with
    its hours, and 110 for when it starts again; no women's line, no TelefonSeelsorge; the way on is open."""
    services = demo_runtime.services
    answered, replies = step(State(lang=lang), Text(YOUNG_HIT[lang]), services)
    assert answered.answered and answered.young and "116 111" in texts(replies)[0], (lang, answered.answered)
    state, replies = step(answered, Text(STOPPED[lang]), services)
    (reply,) = replies
    shown = texts(replies)[0]
    hours = next(r.who for r in services.crisis_help(None, True, lang).resources if "116 111" in r.numbers)
    assert reply.parts[0] == Msg(m.STOPPED_YOUNG) and reply.outcome is None, (lang, msgids(replies))
    assert shown.index("116 111") < shown.index(hours) < shown.index("110"), lang
    assert Msg(m.IF_IT_STARTS_AGAIN) in reply.parts and "116 016" not in shown and "0800 111 0 111" not in shown
    assert [b.action for row in reply.buttons for b in row] == ["continue", "crisis"]
    assert state.asked == Asked.NOTHING and state.answered == answered.answered


@pytest.mark.parametrize("lang", STOPPED)
def test_violence_to_a_grown_up_stopped_gets_the_womens_line_and_the_police_for_when_it_starts_again(
    lang, demo_runtime
):
    services = demo_runtime.services
    state, replies = step(hit_now(lang, services), Text(STOPPED[lang]), services)
    shown = texts(replies)[0]
    assert replies[0].parts[0] == Msg(m.STOPPED) and shown.index("116 016") < shown.index("110"), lang
    assert "116 111" not in shown and state.asked == Asked.NOTHING


@pytest.mark.parametrize("lang", STOPPED)
def test_calm_twins_stopped_told_without_violence_before_is_no_such_thing(lang, demo_runtime):
    """With no crisis reply before, after one to the writer's own suicide, or once the search has moved on from the
    crisis reply to violence, "he stopped, he went out" is nothing said of violence stopped now."""
    services = demo_runtime.services
    going_on, _ = step(hit_now(lang, services), Choice("continue"), services)
    moved_on, _ = step(going_on, Text(TOWN[lang]), services)
    assert moved_on.asked == Asked.NOTHING, lang
    for before in (State(lang=lang), step(State(lang=lang), Text(SUICIDE[lang]), services)[0], moved_on):
        _, replies = step(before, Text(STOPPED[lang]), services)
        assert not {m.STOPPED, m.STOPPED_YOUNG} & set(msgids(replies)), lang


WITNESS = {
    "de": "der nachbar schlägt gerade sein kind, ich hör es schreien",
    "en": "my neighbour is beating his kid right now, i can hear it screaming",
    "tr": "komşu şu an çocuğunu dövüyor, bağırışlarını duyuyorum",
    "ar": "الجار عم يضرب ابنه هلق، سامعة صريخه",
    "ru": "сосед бьёт своего ребёнка прямо сейчас, я слышу как он кричит",
    "uk": "сусід бʼє свою дитину прямо зараз, я чую як вона кричить через стінку",
}
POLICE_COMING = {
    "de": "ich hab die polizei gerufen, die sind unterwegs",
    "en": "I called the police, they are coming",
    "tr": "polisi aradım, geliyorlar",
    "ar": "اتصلت بالشرطة، جايين بالطريق",
    "ru": "я позвонила в полицию, они едут",
    "uk": "я подзвонила в поліцію, вони їдуть",
}


@pytest.mark.parametrize("lang", POLICE_COMING)
def test_the_police_on_the_way_to_violence_says_not_to_step_in_and_to_let_them_in(lang, demo_runtime):
    """ "я подзвонила в поліцію, вони їдуть" after a neighbour beating his child got "stay with the person" (the medical
    advice, and 112). Now: do not step in, let the police in, 110 if it gets worse. The calm twin: help on its way to
    someone unconscious is still "stay with the person"."""
    services = demo_runtime.services
    witnessed, _ = step(State(lang=lang), Text(WITNESS[lang]), services)
    assert witnessed.answered == "witness", (lang, witnessed.answered)
    _, replies = step(witnessed, Text(POLICE_COMING[lang]), services)
    (reply,) = replies
    assert [p.msgid for p in reply.parts[:2]] == [m.HELP_COMING, m.POLICE_ON_THE_WAY], (lang, msgids(replies))
    assert m.HELP_ON_THE_WAY not in msgids(replies)
    fallen, _ = step(State(lang=lang), Text(UNCONSCIOUS[lang]), services)
    assert fallen.answered in ("medical", "emergency_other"), (lang, fallen.answered)
    _, replies = step(fallen, Text(POLICE_COMING[lang]), services)
    assert msgids(replies)[:2] == [m.HELP_COMING, m.HELP_ON_THE_WAY], lang


# round 66, a console tester: the violence not going on now ("but he's at work"), a "no, I'm looking for a group", and
# then where, or the group's topic
AT_WORK = {
    "de": "mein mann schlägt mich, aber er ist grad auf arbeit",
    "en": "my husband hits me, but he is at work right now",
    "tr": "kocam beni dövüyor ama şu an işte",
    "ar": "زوجي بيضربني بس هلق هو بالشغل",
    "ru": "муж меня бьёт, но он сейчас на работе",
    "uk": "mij cholovik mene bje, ale zaraz vin na roboti",
}
NO_GROUP = {"de": "Nein, ich suche eine Gruppe", "en": "no", "tr": "hayır", "ar": "لا", "ru": "нет"}
NO_GROUP["uk"] = "Ні, я шукаю групу"
VIOLENCE_AT_HOME = {
    "de": "häusliche gewalt",
    "en": "domestic violence",
    "tr": "aile içi şiddet",
    "ar": "عنف أسري",
    "ru": "домашнее насилие",
    "uk": "домашнє насильство",
}


def said_no(lang: str, services) -> State:
    answered, _ = step(State(lang=lang, lang_chosen=True), Text(AT_WORK[lang]), services)
    assert answered.answered == "violence_now" and answered.asked == Asked.CRISIS, (lang, answered.answered)
    state, replies = step(answered, Text(NO_GROUP[lang]), services)
    assert msgids(replies)[0] == m.AFTER_CRISIS, (lang, msgids(replies))
    return state


@pytest.mark.parametrize("lang", AT_WORK)
def test_a_place_typed_after_a_no_to_the_crisis_reply_goes_on_with_the_search(lang, demo_runtime):
    """ "berlin" after "Nein, ich suche eine Gruppe" got "Ich bin noch da … Polizei: 110" (round 66): the writer has
    said to go on, as the button does, with the place they typed; the violence is still the search's topic."""
    services = demo_runtime.services
    state, replies = step(said_no(lang, services), Text(TOWN[lang]), services)
    assert m.STILL_THERE not in msgids(replies) and m.UNDERSTOOD in msgids(replies), (lang, msgids(replies))
    assert state.place is not None and state.place.name == "Leipzig" and "gewalt" in state.topic_ids, lang
    assert state.step == Step.RESULTS and state.asked == Asked.NOTHING and state.role == "affected", lang


@pytest.mark.parametrize("lang", VIOLENCE_AT_HOME)
def test_the_groups_topic_after_a_no_is_the_search_not_the_question_again(lang, demo_runtime):
    """ "häusliche gewalt" right after "no, I'm looking for a group" brought the safety question back (round 66): the
    name of a group's topic is what they look for."""
    services = demo_runtime.services
    state, replies = step(said_no(lang, services), Text(VIOLENCE_AT_HOME[lang]), services)
    assert m.SAFETY_QUESTION not in msgids(replies) and replies[0].outcome is None, (lang, msgids(replies))
    assert state.topic_ids == ("gewalt",) and state.asked == Asked.NOTHING, lang
    assert m.UNDERSTOOD in msgids(replies) or state.step == Step.ROLE, (lang, msgids(replies))


@pytest.mark.parametrize("lang", VIOLENCE_AT_HOME)
def test_calm_twins_without_a_no_the_topic_is_asked_about_and_a_new_danger_gets_its_reply(lang, demo_runtime):
    """Without a "no" said, the same words are still asked about; after it, violence going on now is answered, and a
    town typed while it goes on keeps the crisis (test_any_other_message_while_violence_goes_on_...)."""
    services = demo_runtime.services
    _, replies = step(State(lang=lang, lang_chosen=True), Text(VIOLENCE_AT_HOME[lang]), services)
    assert msgids(replies) == [m.SAFETY_QUESTION], lang
    state, replies = step(said_no(lang, services), Text(HIT_NOW[lang]), services)
    assert replies[0].outcome is not None and "110" in texts(replies)[0] and state.asked == Asked.CRISIS, lang
    state, replies = step(state, Text(TOWN[lang]), services)
    assert msgids(replies)[:2] == [m.PLACE_KEPT, m.STILL_THERE], (lang, msgids(replies))  # round 77: the place said


# round 76, a console tester: a young writer's abuse answered, then the abuser there now ("он сейчас дома пьяный")
YOUNG_ABUSED = {
    "de": "ich bin 15, mein stiefvater schlägt mich",
    "en": "im 15 my stepdad beats me",
    "tr": "15 yaşındayım üvey babam beni dövüyor",
    "ar": "عمري 15 وزوج امي بيضربني",
    "ru": "мне 15 меня отчим бьёт",
    "uk": "мені 15, вітчим мене бʼє",
}
ABUSER_HOME = {
    "de": "er ist gerade zuhause und besoffen",
    "en": "hes home right now and drunk",
    "tr": "şu an evde ve sarhoş",
    "ar": "هو هلق بالبيت وسكران",
    "ru": "он сейчас дома пьяный",
    "uk": "він зараз вдома пʼяний",
}
PARENT_TOLD = {  # a worried parent of a child's abuse: the child is not with the writer
    "de": "mein schwager fasst meine tochter an",
    "en": "my daughter is being abused by her stepfather",
    "tr": "eniştem kızıma dokunuyor",
    "ru": "отчим домогается моей дочери",
    "uk": "дядько розбещує мого сина",
}


def crisis_answered(told: str, lang: str, danger: str, services) -> State:
    """The state right after the crisis reply to `told`, which must have answered `danger`."""
    answered, _ = step(State(lang=lang, lang_chosen=True), Text(told), services)
    assert answered.answered == danger and answered.asked == Asked.CRISIS, (lang, answered.answered)
    return answered


def young_abused(lang: str, services) -> State:
    return crisis_answered(YOUNG_ABUSED[lang], lang, "child_abuse+young", services)


@pytest.mark.parametrize("lang", ABUSER_HOME)
def test_the_abuser_there_now_after_a_young_writers_abuse_keeps_the_crisis_not_a_search(lang, demo_runtime):
    """ "он сейчас дома пьяный" after "мне 15 меня отчим бьёт" and its reply started a search for "Alkoholismus · für
    dich selbst" (round 76): the young writer is still in the danger, so the crisis stays, the police among its
    numbers, and no search starts, as while violence goes on."""
    services = demo_runtime.services
    answered = young_abused(lang, services)
    state, replies = step(answered, Text(ABUSER_HOME[lang]), services)
    assert msgids(replies)[0] == m.STILL_THERE and "110" in texts(replies)[0], (lang, msgids(replies))
    assert m.UNDERSTOOD not in msgids(replies) and state.asked == Asked.CRISIS, lang
    assert (state.step, state.topic_ids) == (answered.step, answered.topic_ids), (lang, state.topic_ids)


@pytest.mark.parametrize("lang", ABUSER_HOME)
def test_calm_twins_the_abuser_at_home_told_by_a_parent_or_once_going_on_is_read_as_ever(lang, demo_runtime):
    """A worried parent's child's abuse (the child not with them), or the young writer gone on with the button:
    the same words are read for the search, not the numbers again."""
    services = demo_runtime.services
    going_on, _ = step(young_abused(lang, services), Choice("continue"), services)
    befores = [going_on]
    if lang in PARENT_TOLD:
        parent, _ = step(State(lang=lang, lang_chosen=True), Text(PARENT_TOLD[lang]), services)
        assert parent.answered == "child_abuse", (lang, parent.answered)
        befores.append(parent)
    for before in befores:
        state, replies = step(before, Text(ABUSER_HOME[lang]), services)
        assert m.STILL_THERE not in msgids(replies) and state.asked != Asked.CRISIS, (lang, msgids(replies))


# round 76, the same tester: "сейчас спокойно, он на работе, я ищу группу" after "муж меня бьёт", then "berlin": both
# got "call the police, 110" until a button was pressed
CALM_AWAY = {
    "de": "er ist jetzt auf arbeit, gerade ruhig",
    "en": "he's at work now, it's calm",
    "tr": "şu an sakin, o işte, grup arıyorum",
    "ar": "هلق في هدوء، هو بالشغل، بدور على مجموعة",
    "ru": "сейчас спокойно, он на работе, я ищу группу",
    "uk": "зараз спокійно, він на роботі, я шукаю групу",
}
NOT_CALM = {  # the same words turned: violence still going on
    "de": "es ist nicht ruhig, er ist zuhause",
    "en": "its not calm, he is home",
    "tr": "sakin değil, o evde",
    "ar": "مش هادي، هو بالبيت",
    "ru": "не спокойно, он дома",
    "uk": "не спокійно, він вдома",
}
HUSBAND_HITS = {
    "de": "mein mann schlägt mich",
    "en": "my husband hits me",
    "tr": "kocam beni dövüyor",
    "ar": "زوجي بيضربني",
    "ru": "муж меня бьёт",
    "uk": "чоловік мене бʼє",
}


def husband_hits(lang: str, services) -> State:
    return crisis_answered(HUSBAND_HITS[lang], lang, "violence_now", services)


@pytest.mark.parametrize("lang", CALM_AWAY)
def test_calm_now_and_he_at_work_is_the_violence_stopped_for_now_and_the_search_goes_on(lang, demo_runtime):
    """That he is at work and it is calm now does not go on now: said back as violence stopped (the women's line,
    110 for when it starts again), and a town typed next is the search's place, not the police again."""
    services = demo_runtime.services
    state, replies = step(husband_hits(lang, services), Text(CALM_AWAY[lang]), services)
    assert replies[0].parts[0] == Msg(m.STOPPED) and state.asked == Asked.NOTHING, (lang, msgids(replies))
    state, replies = step(state, Text(TOWN[lang]), services)
    assert m.STILL_THERE not in msgids(replies) and m.UNDERSTOOD in msgids(replies), (lang, msgids(replies))
    assert state.place is not None and state.place.name == "Leipzig" and "gewalt" in state.topic_ids, lang


@pytest.mark.parametrize("lang", CALM_AWAY)
def test_calm_twins_not_calm_or_calm_without_violence_before_is_no_violence_stopped(lang, demo_runtime):
    """Its words turned ("es ist nicht ruhig, er ist zuhause") keep the crisis; without violence answered before, or
    after the writer's own suicide, they are nothing said of violence stopped."""
    services = demo_runtime.services
    state, replies = step(husband_hits(lang, services), Text(NOT_CALM[lang]), services)
    assert m.STOPPED not in msgids(replies) and state.asked == Asked.CRISIS, (lang, msgids(replies))
    for before in (State(lang=lang, lang_chosen=True), step(State(lang=lang), Text(SUICIDE[lang]), services)[0]):
        _, replies = step(before, Text(CALM_AWAY[lang]), services)
        assert not {m.STOPPED, m.STOPPED_YOUNG} & set(msgids(replies)), (lang, msgids(replies))

"""A young writer ("bin 15", "im 14", "ich geh noch zur schule", "мне 15", "عمري 14") gets the Nummer
gegen Kummer (116 111): in every crisis reply, whatever the danger, and in a short line beside the
groups (most groups are for adults); a parent of young people ("for parents of teenagers", "я мама, сын
в 9 классе") is no young writer and gets the Elterntelefon beside the groups instead; the state machine
over a small directory, six languages."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Command, State, Step, Text
from dialogs.triage import Triage
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, rendered, text_of
from tests.test_crisis_flow import Triaged

NUMMER_GEGEN_KUMMER = "116 111"
ELTERNTELEFON = "0800 111 0 550"
YOUNG_AND_VIOLENCE = {
    "de": "yo bin 15 mein vadder säuft voll und schlägt meine mama 😭 was soll ich machen",
    "en": "im 14 and my dad is drunk and hitting my mom",
    "tr": "15 yaşındayım babam sarhoş annemi dövüyor",
    "ar": "عمري 14 وابوي سكران وعم يضرب امي",
    "ru": "мне 15, отец пьяный и бьёт маму",
    "uk": "мені 15, тато п'яний і б'є маму",
}
YOUNG_SEARCH = {
    "de": "bin 15 und hab ADHS, wohne in Leipzig",
    "en": "hi im 14 and i have adhd, im in leipzig",
    "tr": "14 yaşındayım, DEHB var, Leipzig'de oturuyorum",
    "ar": "عمري 14 وعندي فرط حركة، ساكن في لايبزيغ",
    "ru": "мне 15, у меня СДВГ, живу в Лейпциге",
    "uk": "мені 15, в мене СДУГ, живу в Лейпцигу",
}
YOUNG_ALONE = {
    "de": "bin 15",
    "en": "im 14",
    "tr": "15 yaşındayım",
    "ar": "عمري 14",
    "ru": "мне 15",
    "uk": "мені 15",
}
PARENTS_OF_YOUNG = {
    "de": "Gibt es eine Gruppe für Eltern mit Teenager? Unser Sohn hat ADHS, wir wohnen in Leipzig",
    "en": "looking for a group for parents of teenagers with adhd, we live in leipzig",
    "tr": "DEHB'li ergen çocukların aileleri için grup arıyorum, Leipzig'de oturuyoruz",
    "ar": "بدور على مجموعة لأهالي المراهقين عندهم فرط حركة، ساكنين في لايبزيغ",
    "ru": "ищу группу для родителей подростков с СДВГ, живём в Лейпциге",
    "uk": "шукаю групу для батьків підлітків із СДУГ, живемо в Лейпцигу",
}
PARENTS_OF_PUPILS = {  # a school class told of the child, beside the writer's "I"
    "ru": "я мама, сын в 9 классе, у него СДВГ, Лейпциг",
    "uk": "я мама, син у 9 класі, в нього СДУГ, Лейпциг",
}
NOT_YOUNG = ["ich bin seit 15 jahren trocken und hab ADHS, Leipzig", "mein Sohn ist 15 und hat ADHS, Leipzig"]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "ADHS", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize("lang", YOUNG_AND_VIOLENCE)
def test_the_violence_reply_to_a_young_writer_has_the_nummer_gegen_kummer(lang, services):
    """The triage's verdict alone (not young) would give the police, the women's helpline and 112."""
    text = YOUNG_AND_VIOLENCE[lang]
    state, replies = step(State(lang=lang), Text(text), Triaged(services, {text: Triage("crisis", "violence_now")}))
    assert state.young and NUMMER_GEGEN_KUMMER in rendered(replies, lang) and "110" in rendered(replies, lang), lang
    _, replies = step(state, Command("notfall"), services)  # and later, when asked for the numbers again
    assert NUMMER_GEGEN_KUMMER in rendered(replies, lang)


@pytest.mark.parametrize("lang", YOUNG_SEARCH)
def test_a_young_persons_groups_come_with_a_line_on_age_and_the_nummer_gegen_kummer(lang, services):
    """Read as calm, as the triage reads most of them (its letter model alarms at some: its helpers know)."""
    calm = Triaged(services, {YOUNG_SEARCH[lang]: Triage()})
    state, replies = step(State(lang=lang), Text(YOUNG_SEARCH[lang]), calm)
    assert state.step == Step.RESULTS and state.young, (lang, state)
    assert rendered(replies, lang).count(NUMMER_GEGEN_KUMMER) == 1, lang
    _, replies = step(state, Text("kostet das was?"), services)
    assert NUMMER_GEGEN_KUMMER not in rendered(replies, lang)  # said once with the groups, not with every answer


@pytest.mark.parametrize("text", NOT_YOUNG)
def test_a_number_of_years_or_a_young_child_makes_no_young_writer(text, services):
    state, replies = step(State(), Text(text), services)
    assert state.step == Step.RESULTS and not state.young and NUMMER_GEGEN_KUMMER not in rendered(replies, "de")


@pytest.mark.parametrize("lang", YOUNG_ALONE)
def test_a_young_writers_age_told_alone_where_the_place_is_asked_is_kept_and_answered(lang, services):
    """ "im 14" where "where?" was asked is no place the bot does not know: what young people need to know
    (most groups are for adults, the Nummer gegen Kummer), and the question again."""
    start = State(lang=lang, step=Step.LOCATION, topic_ids=("adhs",), role="affected")
    state, replies = step(start, Text(YOUNG_ALONE[lang]), services)
    assert state.young and state.step == Step.LOCATION and state.place is None, (lang, state)
    text = rendered(replies, lang)
    assert NUMMER_GEGEN_KUMMER in text and text_of(m.PLACE_UNKNOWN, lang) not in text, (lang, text)
    assert text_of(m.ASK_LOCATION, lang) in text, (lang, text)


@pytest.mark.parametrize("lang, text", [*PARENTS_OF_YOUNG.items(), *PARENTS_OF_PUPILS.items()])
def test_parents_of_young_people_get_the_elterntelefon_not_the_childrens_line(lang, text, services):
    """Teenagers or a school class named as the ones the group is about make the writer no teenager:
    "für Teenager" in "für Eltern mit Teenager" asks nothing about sitting with adults."""
    calm = Triaged(services, {text: Triage()})
    state, replies = step(State(lang=lang), Text(text), calm)
    shown = rendered(replies, lang)
    assert state.step == Step.RESULTS and not state.young and state.role == "relative", (lang, state)
    assert NUMMER_GEGEN_KUMMER not in shown and shown.count(ELTERNTELEFON) == 1, (lang, shown)
    assert "parent" in state.relations, (lang, state.relations)
    _, replies = step(state, Text("kostet das was?"), services)
    assert ELTERNTELEFON not in rendered(replies, lang)  # said once with the groups


def test_a_young_writer_asking_for_teens_is_still_young(services):
    """The parents a young writer names beside them are no group for parents ("whose parents split")."""
    text = "im 15 and looking for a group for teens whose parents split, i have adhd, leipzig"
    state, replies = step(State(lang="en"), Text(text), Triaged(services, {text: Triage()}))
    assert (
        state.young and NUMMER_GEGEN_KUMMER in rendered(replies, "en") and ELTERNTELEFON not in rendered(replies, "en")
    )


YOUNG_FIRST = {  # told young with a search and no place yet: what young people need to know at once
    "de": "bin 15 und meine eltern saufen beide. darf ich da überhaupt hin?",
    "en": "im 15 and my parents drink a lot",
    "tr": "15 yaşındayım, babam çok içiyor",
    "ar": "عمري 15 وابوي بيشرب كتير",
    "ru": "мне 15, мама пьёт",
    "uk": "мені 15, мама п'є",
}
PARENTS_TOLD = {
    "de": "erfahren meine eltern davon?",
    "en": "will they tell my parents?",
    "tr": "aileme söylerler mi?",
    "ar": "رح يخبروا اهلي؟",
    "ru": "а родителям сообщат?",
    "uk": "а батькам повідомлять?",
}


@pytest.mark.parametrize("lang", YOUNG_FIRST)
def test_a_young_writer_searching_hears_what_young_people_need_to_know_at_once(lang, services):
    """It came only with the groups, after the place: "darf ich da überhaupt hin?" had "Wo suchst du?" alone."""
    calm = Triaged(services, {YOUNG_FIRST[lang]: Triage()})
    state, replies = step(State(lang=lang), Text(YOUNG_FIRST[lang]), calm)
    assert state.young and state.step == Step.LOCATION and NUMMER_GEGEN_KUMMER in rendered(replies, lang), lang
    state, replies = step(state, Text("Leipzig"), services)  # and with the groups, once
    assert state.step == Step.RESULTS and rendered(replies, lang).count(NUMMER_GEGEN_KUMMER) == 1


def test_a_young_writer_asking_again_where_the_place_is_asked_is_answered(services):
    asked = State(step=Step.LOCATION, topic_ids=("adhs",), role="relative", young=True)
    state, replies = step(asked, Text("darf ich als 15 jährige da hin??"), services)
    assert NUMMER_GEGEN_KUMMER in rendered(replies, "de") and state.step == Step.LOCATION and state.role == "relative"


@pytest.mark.parametrize("lang", PARENTS_TOLD)
@pytest.mark.parametrize("where", [Step.LOCATION, Step.RESULTS])
def test_will_they_tell_my_parents_is_answered_no_one_does(lang, where, services):
    """ "а родителям сообщат?" had "not understood" and the whole page, "will they tell my parents?" the page."""
    start = State(lang=lang, step=Step.LOCATION, topic_ids=("adhs",), role="affected", young=True)
    if where == Step.RESULTS:
        start, _ = step(start, Text("Leipzig"), services)
    state, replies = step(start, Text(PARENTS_TOLD[lang]), services)
    text = rendered(replies, lang)
    assert text_of(m.ANSWER_PARENTS_TOLD, lang) in text and text.count(NUMMER_GEGEN_KUMMER) == 1, (lang, text)
    assert state.role == "affected" and state.step == where and state.topic_ids == ("adhs",), lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "müssen meine eltern das wissen?"), ("en", "do my parents have to know?"), ("en", "must my mom know?")],
)
def test_whether_the_parents_must_know_is_answered_and_keeps_whom_it_is_for(lang, text, services):
    """ "müssen meine eltern das wissen?" after "ich hab depressionen" made the search one for relatives (a tester)."""
    start = State(lang=lang, step=Step.LOCATION, topic_ids=("depression",), role="affected")
    state, replies = step(start, Text(text), services)
    assert text_of(m.ANSWER_PARENTS_TOLD, lang) in rendered(replies, lang), (lang, text)
    assert state.role == "affected" and state.step == Step.LOCATION, (lang, text, state.role)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "meine eltern trinken beide"),
        ("en", "my parents drink"),
        ("ru", "родители пьют"),
        ("de", "mit 15 jahren hab ich angefangen zu trinken, heute bin ich 40"),
    ],
)
def test_parents_named_without_that_question_are_no_question(lang, text, services):
    """Calm twins: parents told of, and an adult's "mit 15 Jahren", ask nothing of parents or of age."""
    state, replies = step(State(lang=lang), Text(text), Triaged(services, {text: Triage()}))
    joined = rendered(replies, lang)
    assert text_of(m.ANSWER_PARENTS_TOLD, lang) not in joined and NUMMER_GEGEN_KUMMER not in joined, (lang, joined)
    assert not state.young

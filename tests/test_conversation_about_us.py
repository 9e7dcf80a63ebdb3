"""Questions about the group and about the bot's data, as a console tester asked them (round 70) and got no answer:
"who runs the group?" (no one from outside: a self-help group runs itself, no therapist leads it; the contact point
knows more about a group) and "where is your data from?" (the directory of the regional self-help contact points;
where the invented demo directory runs, that it is a demo). In the six languages, through the state machine, at the
start, where the place is asked and under the groups: answered, and the person stays where they were."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Msg, Place, State, Step, Text
from tests.conversation import parts

LEIPZIG = Place("Leipzig", 51.34, 12.37)
WHERE = {
    "start": {},
    "location": {"step": Step.LOCATION, "topic_ids": ("alkohol",), "role": "relative"},
    "results": {"step": Step.RESULTS, "topic_ids": ("alkohol",), "role": "relative", "place": LEIPZIG},
}
WHO_LEADS = {
    "de": ["wer leitet die Gruppe?", "gibt es da einen Therapeuten?", "wird die gruppe von einem psychologen geleitet"],
    "en": ["who runs the group?", "is there a therapist?", "who leads the meetings"],
    "tr": ["grubu kim yönetiyor?", "grupta terapist var mı?", "toplantıları kim yönetiyor"],
    "ar": ["مين بيدير المجموعة؟", "في معالج نفسي بالمجموعة؟", "من يقود الاجتماعات؟"],
    "ru": ["кто ведёт группу?", "там есть психолог?", "кто руководит группой"],
    "uk": ["хто веде групу?", "там є психолог?", "хто керує групою"],
}
DATA_SOURCE = {
    "de": ["woher habt ihr die Daten?", "woher kommen die infos", "sind die angaben aktuell?"],
    "en": ["where is your data from?", "where do you get your information?", "is this data up to date?"],
    "tr": ["bu bilgiler nereden?", "verileri nereden alıyorsunuz?", "bilgiler güncel mi?"],
    "ar": ["من وين جبتو المعلومات؟", "من أين البيانات؟", "المعلومات محدثة؟"],
    "ru": ["откуда у вас данные?", "откуда эта информация?", "данные актуальные?"],
    "uk": ["звідки у вас дані?", "звідки ця інформація?", "дані актуальні?"],
}


@pytest.fixture(scope="module")
def services(alcohol_in_leipzig):
    return alcohol_in_leipzig.services


def asked(services, lang: str, where: str, text: str) -> tuple[State, State, list]:
    before = State(lang=lang, **WHERE[where])
    after, replies = step(before, Text(text), services)
    return before, after, parts(replies)


def stayed(before: State, after: State) -> bool:
    return (after.step, after.topic_ids, after.role, after.place) == (
        before.step,
        before.topic_ids,
        before.role,
        before.place,
    )


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("lang", WHO_LEADS)
def test_who_runs_the_group_is_answered_where_one_is(lang, where, services):
    for text in WHO_LEADS[lang]:
        before, after, parts = asked(services, lang, where, text)
        assert Msg(m.ANSWER_WHO_LEADS) in parts and stayed(before, after), (lang, where, text)


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("lang", DATA_SOURCE)
def test_where_the_data_is_from_is_answered_where_one_is(lang, where, services):
    for text in DATA_SOURCE[lang]:
        before, after, parts = asked(services, lang, where, text)
        assert Msg(m.ANSWER_DATA_SOURCE) in parts and stayed(before, after), (lang, where, text)
        assert Msg(m.ANSWER_DATA_DEMO) not in parts and Msg(m.ANSWER_BOT) not in parts, (lang, where, text)


@pytest.mark.parametrize("lang", DATA_SOURCE)
def test_where_the_demo_runs_its_data_is_said_to_be_a_demo(lang, demo_runtime):
    _, _, parts = asked(demo_runtime.services, lang, "start", DATA_SOURCE[lang][0])
    assert Msg(m.ANSWER_DATA_SOURCE) in parts and Msg(m.ANSWER_DATA_DEMO) in parts, lang

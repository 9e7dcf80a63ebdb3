"""What console users found after the crisis reply and the safety question (rounds 57 and 58), in all six
languages, through the state machine over the demo directory: a question the search has moved on
from is no longer answered by a later "ja"; a yes with more words, or a town, answers the safety question; what is
said after the crisis reply fits what was told (someone unconscious, safe now)."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, Msg, State, Step, Text
from tests.test_conversation_after_crisis import YES, checked
from tests.test_crisis_flow import texts

WORRIED = "es ist alles so dunkel"  # an unclear sign, whatever the lexicon says of it


@pytest.mark.parametrize("lang", YES)
def test_a_yes_after_the_search_moved_on_is_no_answer_to_the_old_safety_question(lang, demo_runtime):
    services = checked(demo_runtime.services, WORRIED)
    before = State(step=Step.LOCATION, lang=lang, topic_ids=("depression",), role="relative")
    asked, _ = step(before, Text(WORRIED), services)
    assert asked.asked == Asked.SAFETY
    moved_on, _ = step(asked, Text("Leipzig"), services)
    assert moved_on.step == Step.RESULTS and moved_on.asked == Asked.NOTHING, lang
    later, replies = step(moved_on, Text(YES[lang]), services)
    assert not later.answered and not any("0800 111 0 111" in t for t in texts(replies)), lang
    # the calm twin: a yes right after the question still answers it
    answered, replies = step(asked, Text(YES[lang]), services)
    assert answered.answered and "0800 111 0 111" in texts(replies)[0], lang


# a crisis reply, then help called, come or on its way, or the writer safe now (round 57, console users)
DANGER = {
    "de": "ich will mich umbringen",
    "en": "my husband is hitting me right now",
    "tr": "kocam beni dövüyor şu an",
    "ar": "زوجي يضربني الآن",
    "ru": "мама не дышит",
    "uk": "ja ne hochu zhyty",
}
HELP_HERE = {
    "de": "ok ich hab 112 angerufen, bin jetzt im krankenhaus und sicher",
    "en": "i called 110, police is here now. im still shaking",
    "tr": "komsu polisi cagirdi, polis geldi simdi güvendeyim",
    "ar": "اتصلت بالشرطة ووصلت الشرطة، انا بأمان",
    "ru": "я позвонила, скорая приехала",
    "uk": "diakuju, ja v bezpetsi, nichoho sobi ne zroblju. prosto sumno",
}
HELP_COMING = {
    "de": "hab 112 angerufen, die sind unterwegs. was soll ich solange machen",
    "en": "i called them, the ambulance is on the way. what do i do now",
    "tr": "polisi aradim geliyorlar. ismimi söylemek zorundamiyim?",
    "ar": "اتصلت بالإسعاف، جايين بالطريق",
    "ru": "я вызвала скорую, уже едут. что мне делать",
    "uk": "я подзвонила, швидка вже їде. що мені робити поки",
}
# the same, with a new danger told in the same message: the crisis reply again
HELP_BUT_DANGER = {
    "de": "hab angerufen, die sind unterwegs, aber ich hab die tabletten schon genommen",
    "en": "i called them, they are on the way but i already took all the pills",
    "tr": "aradım geliyorlar ama bütün ilaçları içtim",
    "ar": "اتصلت بالإسعاف جايين بس أنا أخذت كل الحبوب",
    "ru": "я позвонила, едут, но я уже выпила все таблетки",
    "uk": "я подзвонила, їдуть, але я вже випила всі таблетки",
}


def after_danger(lang: str, services) -> State:
    answered, replies = step(State(lang=lang), Text(DANGER[lang]), services)
    assert answered.answered and "112" in " ".join(texts(replies)) + "110", lang
    return answered


@pytest.mark.parametrize("lang", HELP_HERE)
def test_help_come_or_safe_after_a_crisis_reply_is_said_back_not_the_number_pushed_again(lang, demo_runtime):
    services = demo_runtime.services
    state, replies = step(after_danger(lang, services), Text(HELP_HERE[lang]), services)
    assert replies[0].parts[0].msgid in (m.HELP_CALLED, m.SAFE_NOW), (lang, replies[0].parts)
    said = [p.msgid for r in replies for p in r.parts if isinstance(p, Msg)]
    assert m.STILL_THERE not in said and m.CALL_NOW not in said and all(r.outcome is None for r in replies), lang
    if len(replies) == 1:  # nothing for the search beside it: the way on (now, when safe), the numbers a tap away
        go_on = m.SAFE_GO_ON if said[0] == m.SAFE_NOW else m.HELP_GO_ON
        assert said[-1] == go_on and [b.action for row in replies[0].buttons for b in row] == ["continue", "crisis"]
    assert state.asked == Asked.NOTHING and state.answered


@pytest.mark.parametrize("lang", HELP_COMING)
def test_help_on_the_way_says_stay_with_the_phone_at_hand_and_112_if_worse(lang, demo_runtime):
    """For violence (en, tr, ar here) the help on its way is the police: not to step in, to let them in, 110 again
    (round 58, see test_the_police_on_the_way_...)."""
    services = demo_runtime.services
    answered = after_danger(lang, services)
    _, replies = step(answered, Text(HELP_COMING[lang]), services)
    (reply,) = replies
    violence = answered.answered == "violence_now"
    on_the_way, number = (m.POLICE_ON_THE_WAY, "110") if violence else (m.HELP_ON_THE_WAY, "112")
    assert [p.msgid for p in reply.parts[:2]] == [m.HELP_COMING, on_the_way], (lang, reply.parts)
    assert number in texts(replies)[0]
    if lang == "tr":  # "ismimi söylemek zorunda mıyım?": the TelefonSeelsorge is anonymous, the police not guessed
        assert Msg(m.HELP_ANONYMOUS) in reply.parts


@pytest.mark.parametrize("lang", HELP_BUT_DANGER)
def test_a_new_danger_beside_help_told_still_gets_the_crisis_reply(lang, demo_runtime):
    services = demo_runtime.services
    _, replies = step(after_danger(lang, services), Text(HELP_BUT_DANGER[lang]), services)
    assert replies[0].outcome is not None and "112" in texts(replies)[0], lang
    assert not any(p.msgid in (m.HELP_CALLED, m.HELP_COMING) for p in replies[0].parts if isinstance(p, Msg))


@pytest.mark.parametrize("lang", HELP_HERE)
def test_the_calm_twin_help_told_with_no_crisis_reply_before_is_read_as_before(lang, demo_runtime):
    services = demo_runtime.services
    for told in (HELP_HERE[lang], HELP_COMING[lang]):
        _, replies = step(State(lang=lang), Text(told), services)
        parts = [p.msgid for r in replies for p in r.parts if isinstance(p, Msg)]
        assert not {m.HELP_CALLED, m.HELP_COMING, m.SAFE_NOW} & set(parts), (lang, told)


OVERDOSE = {
    "de": "ich hab alle meine schlaftabletten genommen",
    "en": "i took all my sleeping pills",
    "tr": "elimdeki bütün uyku haplarını içtim",
    "ar": "شربت كل حبوب النوم اللي عندي",
    "ru": "я выпила все снотворные что были",
    "uk": "я випила всі снодійні що були",
}
BETTER = {
    "de": "mir gehts besser, ich bin sicher",
    "en": "im ok now, i feel better",
    "tr": "daha iyiyim, güvendeyim",
    "ar": "انا بأمان هلق",
    "ru": "мне уже лучше",
    "uk": "мені вже краще",
}


@pytest.mark.parametrize("lang", OVERDOSE)
def test_feeling_better_after_ones_own_overdose_gets_the_emergency_number_again(lang, demo_runtime):
    """Pills act later than people feel them: after the crisis reply to one's own overdose, "mir gehts besser"
    is not taken as safe, the emergency number comes again with why (CRISIS_OVERDOSE); help called still is."""
    services = demo_runtime.services
    taken, replies = step(State(lang=lang), Text(OVERDOSE[lang]), services)
    assert taken.answered.startswith("overdose"), (lang, taken.answered)
    _, replies = step(taken, Text(BETTER[lang]), services)
    assert replies[0].parts[0] == Msg(m.CRISIS_OVERDOSE) and "112" in texts(replies)[0], (lang, replies[0].parts)
    _, replies = step(taken, Text(HELP_COMING[lang]), services)
    assert replies[0].parts[0].msgid == m.HELP_COMING, lang


SUICIDE = {
    "de": "heut nacht um 3 mach ich schluss. das seil liegt schon bereit",
    "en": "tonight i will kill myself, the rope is ready",
    "tr": "bu gece kendimi öldüreceğim, ip hazır",
    "ar": "الليلة رح انتحر، الحبل جاهز",
    "ru": "сегодня ночью я покончу с собой, верёвка готова",
    "uk": "сьогодні вночі я вкорочу собі віку, мотузка готова",
}
BUSY = {
    "de": "die telefonseelsorge is dauernd besetzt",
    "en": "i cant get through, nobody answers",
    "tr": "meşgul, kimse açmıyor",
    "ar": "الخط مشغول وما حدا عم يرد",
    "ru": "занято, никто не берёт",
    "uk": "зайнято, ніхто не бере",
}
VIOLENCE = {
    "de": "mein mann schlägt mich grade",
    "en": "my husband is hitting me right now",
    "tr": "kocam beni dövüyor şu an",
    "ar": "زوجي يضربني الآن",
    "ru": "муж бьёт меня прямо сейчас",
    "uk": "чоловік зараз бʼє мене",
}
SILENT = {
    "de": "ich kann nicht telefonieren, er hört mich",
    "en": "i cant call, he will hear",
    "tr": "arayamam sesimi duyar",
    "ar": "ma b2dar ehki bel telefon byesma3ni",
    "ru": "не могу звонить, он услышит",
    "uk": "не можу дзвонити, він почує",
}


@pytest.mark.parametrize(
    ("danger", "reaction", "intro", "shown"),
    [
        (SUICIDE, BUSY, m.LINE_BUSY, ("112", "0800 111 0 222")),
        (VIOLENCE, SILENT, m.CANNOT_SPEAK, ("110", "hilfetelefon.de")),
    ],
)
@pytest.mark.parametrize("lang", BUSY)
def test_no_call_possible_after_the_crisis_reply_gets_every_line_with_that_said(
    lang, danger, reaction, intro, shown, demo_runtime
):
    """ "die telefonseelsorge is dauernd besetzt" had the TelefonSeelsorge again, nothing else, and "arayamam sesimi
    duyar" "please call 110": now every line of the crisis reply (the other numbers, the chats' addresses as FACTS.md
    lists them, 112) with what to do when a line is busy, or when one cannot speak without being heard."""
    services = demo_runtime.services
    answered, _ = step(State(lang=lang), Text(danger[lang]), services)
    assert answered.answered, lang
    _, replies = step(answered, Text(reaction[lang]), services)
    said = texts(replies)[0]
    assert replies[0].parts[0] == Msg(intro) and all(s in said for s in shown), (lang, said)
    # the calm twin: with no crisis reply before, it is no such thing
    _, replies = step(State(lang=lang), Text(reaction[lang]), services)
    assert Msg(intro) not in replies[0].parts, lang


# round 58 (a console user): a yes with more words to the safety question; a yes turned is none
YES_WITH_WORDS = {
    "de": ("jo i ruf morge a", "ja mach ich"),
    "en": ("yes i will call", "yeah ok i will"),
    "tr": ("evet arayacağım",),
    "ar": ("نعم رح اتصل", "aywa ra7 ettesel"),
    "ru": ("да, позвоню",),
    "uk": ("так, подзвоню",),
}
YES_BUT_NO = {
    "de": "ja aber mir gehts gut",
    "en": "yes but im fine",
    "tr": "evet ama iyiyim",
    "ar": "نعم بس انا منيح",
    "ru": "да, но я в порядке",
    "uk": "так, але я в порядку",
}


@pytest.mark.parametrize("lang", YES_WITH_WORDS)
def test_a_yes_with_more_words_to_the_safety_question_is_its_yes(lang, demo_runtime):
    """ "jo i ruf morge a" to "Bist du oder ist jemand gerade in Gefahr?" got the question again; a yes that opens a
    message is its yes. Calm twins: a yes turned ("ja, aber mir gehts gut") is none, and the same words where
    nothing was asked are no answer to anything."""
    services = checked(demo_runtime.services, WORRIED)
    before = State(step=Step.TOPIC, lang=lang, topic_ids=("depression",), role="affected")
    asked, _ = step(before, Text(WORRIED), services)
    assert asked.asked == Asked.SAFETY
    for typed in YES_WITH_WORDS[lang]:
        answered, replies = step(asked, Text(typed), services)
        assert answered.answered and replies[0].outcome is not None, (lang, typed)
        calm, replies = step(before, Text(typed), services)
        assert not calm.answered and all(r.outcome is None for r in replies), (lang, typed)
    turned, replies = step(asked, Text(YES_BUT_NO[lang]), services)
    assert not turned.answered and all(r.outcome is None for r in replies), lang


# round 58 (a console user): a town typed as the answer to the safety question
TOWN_TYPED = {"de": "Ffm", "en": "Essen", "tr": "Hof", "ar": "Ffm", "ru": "Essen", "uk": "Hof"}
TOWN_NAME = {"Ffm": "Frankfurt am Main", "Essen": "Essen", "Hof": "Hof (Bayern)"}


@pytest.mark.parametrize("lang", TOWN_TYPED)
def test_a_town_typed_to_the_safety_question_is_a_no_and_the_town_is_kept(lang, demo_runtime):
    """ "Ffm" to "Bist du ... in Gefahr?" got the question again, and after "nein" "Wo suchst du?": the town was lost.
    Now it is "no, I am searching", there. The calm twin: with no question open, such a word names no place where
    "where?" was not asked (a town's name that is a word, "Essen", "Hof", is a place only when said as one)."""
    services = checked(demo_runtime.services, WORRIED)
    before = State(step=Step.TOPIC, lang=lang, topic_ids=("depression",), role="affected")
    asked, _ = step(before, Text(WORRIED), services)
    state, replies = step(asked, Text(TOWN_TYPED[lang]), services)
    assert state.place is not None and state.place.name == TOWN_NAME[TOWN_TYPED[lang]], (lang, state.place)
    assert state.asked == Asked.NOTHING and state.step == Step.RESULTS and not state.answered, lang
    calm, _ = step(before, Text(TOWN_TYPED[lang]), services)
    assert calm.place is None, lang


UNCONSCIOUS = {
    "de": "mein mann hat getrunken und liegt aufm boden und reagiert nich mehr",
    "en": "my husband collapsed and he is not responding",
    "tr": "babam bayıldı uyanmıyor",
    "ar": "زوجي وقع عالأرض وما عم يرد",
    "ru": "муж упал и не реагирует",
    "uk": "чоловік упав і не реагує",
}


@pytest.mark.parametrize("lang", UNCONSCIOUS)
def test_a_life_at_stake_is_told_the_group_search_can_wait(lang, demo_runtime):
    """Round 58: "Wenn du magst, suchen wir danach weiter nach einer Gruppe" right after someone unconscious; now the
    group search can wait. The calm twin: the writer's own suicide keeps "afterwards"."""
    services = demo_runtime.services
    fallen, replies = step(State(lang=lang), Text(UNCONSCIOUS[lang]), services)
    assert fallen.answered and replies[0].parts[-1] == Msg(m.CRISIS_FOOTER_LATER), (lang, fallen.answered)
    _, replies = step(State(lang=lang), Text(SUICIDE[lang]), services)
    assert replies[0].parts[-1] == Msg(m.CRISIS_FOOTER), lang


SAFE = {
    "de": "ich bin jetzt bei meiner schwester, bin sicher",
    "en": "im at my sisters now, im safe",
    "tr": "şimdi ablamdayım, güvendeyim",
    "ar": "mesh hala2, ana b2amen hala2",
    "ru": "я сейчас у сестры, я в безопасности",
    "uk": "я зараз у сестри, я в безпеці",
}
SAFE_AND_A_GROUP = {
    "de": "bin jetzt in sicherheit. ich such aber eine gruppe wegen depression",
    "en": "im safe now. but i want a group for depression",
    "tr": "şimdi güvendeyim. ama depresyon için grup istiyorum",
    "ar": "mesh hala2, ana b2amen hala2. bas bade group la ekti2ab",
    "ru": "я сейчас в безопасности. но хочу группу по депрессии",
    "uk": "я зараз у безпеці. але хочу групу з депресії",
}


@pytest.mark.parametrize("lang", SAFE)
def test_safe_now_is_said_back_and_the_search_goes_on_now_or_with_the_topic_told(lang, demo_runtime):
    """Round 58: after "bin sicher" the way on was "suchen wir danach weiter" (after what?): now "jetzt"; the Arabizi
    "ana b2amen hala2" (I'm safe now) was not heard at all, and the search went on without a word; a topic told beside
    it is taken at once."""
    services = demo_runtime.services
    answered, _ = step(State(lang=lang), Text(SUICIDE[lang]), services)
    state, replies = step(answered, Text(SAFE[lang]), services)
    assert replies[0].parts[0] == Msg(m.SAFE_NOW) and replies[0].parts[-1] == Msg(m.SAFE_GO_ON), (lang, replies)
    state, replies = step(answered, Text(SAFE_AND_A_GROUP[lang]), services)
    assert replies[0].parts == (Msg(m.SAFE_NOW),) and state.topic_ids == ("depression",), (lang, state.topic_ids)
    assert state.step == Step.LOCATION and state.asked == Asked.NOTHING, lang


BESIDE = {
    "de": "ich kann nicht telefonieren er ist neben mir",
    "en": "i cant talk on the phone hes right next to me",
    "tr": "telefonda konuşamıyorum yanımda",
    "ar": "ما بقدر احكي بالتلفون هو جنبي",
    "ru": "не могу говорить по телефону он рядом",
    "uk": "не можу говорити по телефону він поруч",
}


@pytest.mark.parametrize("lang", BESIDE)
def test_no_call_possible_with_him_beside_is_no_medical_emergency(lang, demo_runtime):
    """Round 58 (console): "ما بقدر احكي بالتلفون هو جنبي" after a violence reply had the medical reply with 116 117
    (the words read as a stroke's lost speech): the chats, never the on-call doctors."""
    services = demo_runtime.services
    answered, _ = step(State(lang=lang), Text(VIOLENCE[lang]), services)
    _, replies = step(answered, Text(BESIDE[lang]), services)
    said = texts(replies)[0]
    assert replies[0].parts[0] == Msg(m.CANNOT_SPEAK) and "116 117" not in said, (lang, said)

"""Whom a search is for, as a console tester found it misread (round 3), in all six languages,
through the state machine over the demo directory: the person violence happens to, a teenager
who names the parents only as those who do not know, parents of a child born still are the ones
affected; a short answer to the role question ("anne", "мама його", "its me, the mother") is
taken."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Asked, Choice, Msg, Place, State, Step, Text
from dialogs.triage import Triage
from tests.test_crisis_flow import Triaged

HIT_NOW = {
    "de": "mein Freund schlägt mich gerade",
    "en": "my boyfriend is hitting me right now",
    "tr": "erkek arkadaşım şu an beni dövüyor",
    "ar": "صاحبي عم يضربني هلق",
    "ru": "мой парень меня сейчас бьёт",
    "uk": "мій хлопець мене зараз б'є",
}
TEEN_ABOUT_ONESELF = {
    "de": "bin 16 und hab essstörung, meine eltern wissen nix",
    "en": "im 16 and have an eating disorder, my parents dont know",
    "tr": "16 yaşındayım, yeme bozukluğum var, annemler bilmiyor",
    "ar": "عمري 16 وعندي بوليميا، اهلي ما بيعرفوا",
    "ru": "мне 16, у меня булимия, родители не знают",
    "uk": "мені 17, в мене булімія, батьки не знають",
}
SENT_BY_MOTHER = {
    "de": "bin 14 und hab essstörung, meine mutter hat mich hierher geschickt",
    "en": "im 14 and have an eating disorder, my mom sent me",
    "tr": "14 yaşındayım, yeme bozukluğum var, annem gönderdi",
    "ar": "عمري 14 وعندي بوليميا، امي بعتتني",
    "ru": "мне 14, у меня булимия, мама отправила меня",
    "uk": "мені 14, в мене булімія, мама відправила мене",
}
BORN_STILL = {
    "de": "mein kind kam tot zur welt letzte woche",
    "en": "our baby was stillborn last week",
    "tr": "bebeğimiz geçen hafta ölü doğdu",
    "ar": "طفلنا ولد ميت الاسبوع الماضي",
    "ru": "наш ребёнок родился мёртвым на прошлой неделе",
    "uk": "наша дитина народилася мертвою минулого тижня",
}
SHORT_RELATIVE = {"de": "seine mutter", "en": "the mother", "tr": "anne", "ar": "أمه", "ru": "мама его"}
SHORT_RELATIVE["uk"] = "я його мама"


@pytest.mark.parametrize("lang", HIT_NOW)
def test_the_person_violence_happens_to_is_the_one_affected(lang, demo_runtime):
    services = Triaged(demo_runtime.services, {HIT_NOW[lang]: Triage("crisis", "violence_now")})
    state, replies = step(State(lang=lang), Text(HIT_NOW[lang]), services)
    assert replies[0].outcome is not None and state.role == "affected", lang


@pytest.mark.parametrize("texts", [TEEN_ABOUT_ONESELF, SENT_BY_MOTHER, BORN_STILL], ids=["unknowing", "sent", "still"])
@pytest.mark.parametrize("lang", TEEN_ABOUT_ONESELF)
def test_someone_close_named_beside_the_writers_own_search_makes_no_relative(lang, texts, demo_runtime):
    state, _ = step(State(lang=lang), Text(texts[lang]), demo_runtime.services)
    assert state.role == "affected" and state.step != Step.ROLE, (lang, texts[lang])


@pytest.mark.parametrize("lang", SHORT_RELATIVE)
@pytest.mark.parametrize("where", [Step.ROLE, Step.LOCATION])
def test_a_short_answer_saying_who_one_is_answers_the_role(lang, where, demo_runtime):
    state = State(step=where, lang=lang, topic_ids=("drogen",), role=None if where == Step.ROLE else "affected")
    new, _ = step(state, Text(SHORT_RELATIVE[lang]), demo_runtime.services)
    assert new.role == "relative" and new.place is None, (lang, where)


def test_its_me_the_mother_after_a_search_for_oneself_keeps_it_for_oneself(demo_runtime):
    state = State(step=Step.ROLE, lang="en", topic_ids=("postpartale-depression",))
    new, _ = step(state, Text("its me, the mother"), demo_runtime.services)
    assert new.role == "affected" and new.step == Step.LOCATION


# round 5: who the writer is to the one concerned, said of oneself, keeps or makes the search a relative's
I_AM_THEIR = {
    "de": ["ich bin seine Frau", "Ich bin der Ehemann."],
    "en": ["me, his wife", "I'm his daughter"],
    "tr": ["anneyim", "ben onun eşiyim"],
    "ar": ["أنا الأم", "ana el om"],
    "ru": ["я жена и мать", "я его дочь"],
    "uk": ["я дружина і мати", "ja jiji dochka"],
}


@pytest.mark.parametrize("lang", I_AM_THEIR)
@pytest.mark.parametrize("where", [Step.ROLE, Step.LOCATION, Step.RESULTS])
@pytest.mark.parametrize("before", ["relative", "affected", None])
def test_saying_who_one_is_to_the_one_concerned_makes_a_relative_at_every_step(lang, where, before, demo_runtime):
    for text in I_AM_THEIR[lang]:
        if where != Step.ROLE and before is None:
            continue
        start = State(step=where, lang=lang, topic_ids=("alkohol",), role=None if where == Step.ROLE else before)
        new, _ = step(start, Text(text), demo_runtime.services)
        assert new.role == "relative" and new.topic_ids == ("alkohol",) and new.place is None, (lang, where, text)


TEEN_ALONE = {
    "de": "Hallo, ich bin 16 und hab seit Monaten Panikattacken, kann ich da alleine hin ohne meine Eltern?",
    "en": "im 16 and have panic attacks, can i go alone without my parents?",
    "tr": "16 yaşındayım panik atak geçiriyorum, annemler olmadan gidebilir miyim",
    "ar": "عمري 16 وعندي نوبات هلع، بقدر روح لحالي بدون اهلي؟",
    "ru": "мне 16, у меня панические атаки, можно прийти одной без родителей?",
    "uk": "мені 16, в мене панічні атаки, можна прийти самій без батьків?",
}


@pytest.mark.parametrize("lang", TEEN_ALONE)
def test_a_teenager_who_would_go_without_the_parents_is_the_one_affected(lang, demo_runtime):
    state, replies = step(State(lang=lang), Text(TEEN_ALONE[lang]), demo_runtime.services)
    assert state.role == "affected" and state.young and state.topic_ids, (lang, state)
    parts = [p for r in replies for p in r.parts]
    assert Msg(m.ANSWER_ALONE_SELF) in parts and Msg(m.ANSWER_ALONE) not in parts, lang  # no relatives' group
    assert "einsamkeit" not in state.topic_ids, lang  # "alleine hin" asks whether one may go alone


def test_my_little_one_with_an_illness_is_a_relatives_search_and_my_little_flat_names_no_one(demo_runtime):
    state, _ = step(
        State(), Text("mein kleiner hat so ne krankheit wo er nix mit gluten essen darf"), demo_runtime.services
    )
    assert state.role == "relative" and state.topic_ids
    assert demo_runtime.services.understand("meine kleine Wohnung ist zu eng", "de", None).role is None


CLOSE_ONE_WANTS_TO_DIE = [  # Russian and Ukrainian name a husband or son without "my"
    ("de", "meine Schwester schreibt, sie will nicht mehr leben"),
    ("en", "my brother told me he wants to end his life"),
    ("tr", "kardeşim intihar etmek istediğini söyledi"),
    ("ar", "اخوي بيقول بدو ينتحر"),
    ("ru", "сын сказал, что не хочет жить"),
    ("ru", "у дочери мысли о самоубийстве"),
    ("uk", "донька пише, що хоче покінчити з собою"),
    ("uk", "у сина думки про самогубство"),
]
HARMED_BY_PARTNER = {  # no "me" in the German and Russian words: a partner who turns violent harms the writer
    "de": "meine Freundin wird handgreiflich",
    "en": "my boyfriend gets physical with me",
    "tr": "eşim bana el kaldırıyor",
    "ar": "زوجي بيمد ايده عليا",
    "ru": "муж распускает руки",
    "uk": "чоловік піднімає на мене руку",
}
BOT_REMARK = {
    "de": ("du bist ein witziger Bot", "bist du ein Bot?"),
    "en": ("what a nice little bot you are", "are you a bot"),
    "tr": ("çok tatlı bir bot", "bot musun"),
    "ar": ("انت بوت ظريف", "انت بوت؟"),
    "ru": ("ты смешной бот", "ты бот?"),
    "uk": ("ти кумедний бот", "ти бот?"),
}


@pytest.mark.parametrize(("lang", "text"), CLOSE_ONE_WANTS_TO_DIE)
def test_someone_close_who_says_they_want_to_die_makes_the_writer_a_relative(lang, text, demo_runtime):
    assert demo_runtime.services.understand(text, lang, None).role == "relative", lang


@pytest.mark.parametrize("lang", HARMED_BY_PARTNER)
def test_a_partner_who_turns_violent_makes_the_writer_the_one_harmed(lang, demo_runtime):
    understood = demo_runtime.services.understand(HARMED_BY_PARTNER[lang], lang, None)
    assert understood.role == "affected" and understood.harmed and "gewalt" in understood.topics, lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [("uk", "mij cholovik mene bje"), ("uk", "cholovik mene biye kozhen den"), ("ru", "muzh menya bjot")],
)
def test_violence_to_the_writer_typed_in_latin_letters_makes_them_the_one_harmed(lang, text, demo_runtime):
    """ "bje" is read "бє", "bjot" "бьот" (б'є, бьёт with the soft sign or apostrophe not typed): the roles know
    those readings, so the writer is the one harmed as in Cyrillic letters, not a relative of the husband named."""
    understood = demo_runtime.services.understand(text, lang, None)
    assert understood.role == "affected" and understood.harmed, (lang, understood)


@pytest.mark.parametrize(("lang", "text"), [("ru", "menya etot bot ne ponimaet"), ("ru", "меня этот бот бесит")])
def test_a_bot_named_beside_me_harms_no_one(lang, text, demo_runtime):
    assert not demo_runtime.services.understand(text, lang, None).harmed


def test_a_child_who_turns_violent_elsewhere_harms_no_parent(demo_runtime):
    child = demo_runtime.services.understand("mein Sohn wird in der Kita handgreiflich", "de", None)
    assert child.role == "relative" and not child.harmed


@pytest.mark.parametrize("lang", BOT_REMARK)
def test_a_remark_about_the_bot_asks_nothing_about_it(lang, demo_runtime):
    """ "du bist ein lustiger Bot" is no question whether this is a bot or who reads it."""
    remark, question = BOT_REMARK[lang]
    assert "bot" not in demo_runtime.services.understand(remark, lang, None).intents, lang
    assert "bot" in demo_runtime.services.understand(question, lang, None).intents, lang


# a console tester: Russian and Ukrainian typed in Latin letters are read as the Cyrillic they spell, for whom too
IN_LATIN_LETTERS = [
    ("ru", "syn narkoman", "сын наркоман"),
    ("ru", "muzh p'jot kazhdyj den'", "муж пьёт каждый день"),
    ("ru", "syn p'et, ja mama", "сын пьет, я мама"),
    ("ru", "doch' igraet v kazino", "дочь играет в казино"),
    ("ru", "brat sidit na narkotikah", "брат сидит на наркотиках"),
    ("uk", "mij cholovik p'ie kozhen den'", "мій чоловік п'є кожен день"),
    ("uk", "syn vzhyvaie narkotyky", "син вживає наркотики"),
    ("uk", "batko p'ie", "батько п'є"),
    ("uk", "cholovik hraie v kazyno", "чоловік грає в казино"),
    # round 66: someone close who has an illness, the illness spelled as its Latin name is ("demencia")
    ("ru", "privet, u mamy demencia", "привет, у мамы деменция"),
    ("ru", "u mamy demencia", "у мамы деменция"),
    ("ru", "u mamy demenciya", "у мамы деменция"),
    ("ru", "u muzha alkogolizm", "у мужа алкоголизм"),
    ("ru", "moj muzh p'et", "мой муж пьет"),
    ("uk", "u mamy demencija", "у мами деменція"),
    ("uk", "cholovik p'je", "чоловік п'є"),
    ("uk", "mij syn narkoman", "мій син наркоман"),
]
# the same said in languages written in Latin letters is read as it was before: no Russian in it
LATIN_TWINS = {
    "en": ("my mom has dementia", "demenz", "relative"),
    "de": ("meine mama hat demenz", "demenz", "relative"),
    "tr": ("annem demans", "demenz", "relative"),
}
FOR_WHOM_IN_LATIN_LETTERS = [("uk", "dlya batkiv", "для батьків"), ("ru", "dlja muzha", "для мужа")]


@pytest.mark.parametrize(("lang", "latin", "cyrillic"), IN_LATIN_LETTERS)
def test_someone_close_named_in_latin_letters_is_read_as_in_cyrillic(lang, latin, cyrillic, demo_runtime):
    """The topic, a relative's search and who the writer is to them, as the Cyrillic message gets them."""
    read = {}
    for text in (latin, cyrillic):
        state, _ = step(State(lang=lang), Text(text), Triaged(demo_runtime.services, {text: Triage()}))
        read[text] = (state.topic_ids, state.role, state.relations)
    assert read[latin] == read[cyrillic] and read[cyrillic][0] and read[cyrillic][1] == "relative", read


@pytest.mark.parametrize("lang", LATIN_TWINS)
def test_a_latin_twin_of_a_relatives_message_is_read_in_its_own_language(lang, demo_runtime):
    text, topic, role = LATIN_TWINS[lang]
    read = demo_runtime.services.understand(text, lang, None)
    assert (topic in read.topics, read.role, read.language in (None, lang)) == (True, role, True), read


@pytest.mark.parametrize(("lang", "latin", "cyrillic"), FOR_WHOM_IN_LATIN_LETTERS)
@pytest.mark.parametrize("where", [Step.TOPIC, Step.ROLE])
def test_for_whom_said_in_latin_letters_is_a_relatives_search(lang, latin, cyrillic, where, demo_runtime):
    for text in (latin, cyrillic):
        start = State(step=where, lang=lang, topic_ids=("alkohol",) if where == Step.ROLE else ())
        new, _ = step(start, Text(text), demo_runtime.services)
        assert new.role == "relative", (lang, text, where)


MUST_NOT_KNOW = {
    "de": "ist das anonym? mein mann soll das nicht wissen",
    "en": "is it anonymous? my husband shouldn't know",
    "tr": "anonim mi? kocam bilmesin",
    "ar": "هل هو سري؟ ما بدي جوزي يعرف",
    "ru": "это анонимно? муж не должен знать",
    "uk": "це анонімно? чоловік не повинен знати",
}


@pytest.mark.parametrize("lang", MUST_NOT_KNOW)
def test_someone_close_who_must_not_know_keeps_a_search_for_oneself(lang, demo_runtime):
    """ "ist das anonym? mein mann soll das nicht wissen" after "Fehlgeburt · für dich selbst": the husband is
    one who must not know (roles.yaml's `own`), no one the search is for; it had become "für Angehörige"."""
    services = demo_runtime.services
    shown = State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",), role="affected", back=(Step.TOPIC,))
    state, replies = step(shown, Text(MUST_NOT_KNOW[lang]), services)
    assert state.role == "affected" and Msg(m.ANSWER_ANONYMOUS) in [p for r in replies for p in r.parts], lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "mein Sohn trinkt, mein Mann soll das nicht wissen"),
        ("en", "my son drinks, my husband shouldn't know"),
        ("tr", "oğlum içiyor, kocam bilmesin"),
        ("ru", "мой сын пьёт, муж не должен знать"),
    ],
)
def test_someone_close_who_must_not_know_beside_someone_concerned_keeps_a_relative(lang, text, demo_runtime):
    """Calm twins: the son is whom the search is for; the husband who must not know changes nothing."""
    state, _ = step(State(lang=lang), Text(text), demo_runtime.services)
    assert state.role == "relative", (lang, text)
    relative = State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",), role="relative", back=(Step.TOPIC,))
    assert step(relative, Text(MUST_NOT_KNOW[lang]), demo_runtime.services)[0].role == "relative", lang


HARMED_THEN_WOMEN = {
    "de": "mein ex hat mich jahrelang geschlagen, ist seit 2 jahren vorbei. suche eine gruppe für frauen in köln",
    "en": "my ex beat me for years, it's been over for 2 years. looking for a group for women in cologne",
    "tr": "eski kocam yıllarca beni dövdü, 2 yıldır bitti. Köln'de kadınlar için bir grup arıyorum",
    "ar": "طليقي كان يضربني سنين، خلص من سنتين. بدور على مجموعة للنساء في كولن",
    "ru": "бывший муж годами меня бил, уже 2 года как всё закончилось. ищу группу для женщин в Кёльне",
    "uk": "колишній чоловік роками мене бив, вже 2 роки як усе скінчилось. шукаю групу для жінок у Кельні",
}


@pytest.mark.parametrize("lang", HARMED_THEN_WOMEN)
def test_a_woman_harmed_who_asks_for_a_womens_group_is_the_one_affected(lang, demo_runtime):
    """Whom a group is for ("für Frauen": an audience topic) is no topic of someone else's beside the harm, so
    the writer stays the one harmed; it had been "für Angehörige"."""
    state, _ = step(State(lang=lang), Text(HARMED_THEN_WOMEN[lang]), demo_runtime.services)
    assert state.role == "affected" and "gewalt" in state.topic_ids, lang


PARENTS_DRINK = {
    "de": "ich bin 15, mama und papa saufen jeden abend",
    "en": "im 15, mum and dad drink every night",
    "tr": "15 yaşındayım, annemle babam her akşam içiyor",
    "ar": "عمري 15، ماما وبابا بيشربوا كل ليلة",
    "ru": "мне 15 лет, мама с папой бухают каждый вечер",
    "uk": "мені 15, мама з татом бухають щовечора",
}


@pytest.mark.parametrize("lang", PARENTS_DRINK)
def test_a_teenager_whose_parents_drink_searches_as_a_relative(lang, demo_runtime):
    """Parents named without "my", as the young name them, with what they do: the teenager is their
    relative (it had been "Alkoholismus · für dich selbst")."""
    state, _ = step(State(lang=lang), Text(PARENTS_DRINK[lang]), demo_runtime.services)
    assert state.role == "relative" and state.topic_ids == ("alkohol",), lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "нет, пью не я, пьют родители"),
        ("uk", "ні, п'ю не я, п'ють батьки"),
        ("de", "nein, nicht ich, meine eltern trinken"),
    ],
)
def test_not_me_my_parents_drink_makes_a_search_for_oneself_a_relatives(lang, text, demo_runtime):
    shown = State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",), role="affected", back=(Step.TOPIC,))
    assert step(shown, Text(text), demo_runtime.services)[0].role == "relative", (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "papa sagt ich trinke zu viel"),
        ("en", "dad says i drink too much"),
        ("ru", "папа говорит, что я пью слишком много"),
        ("uk", "тато каже, що я п'ю забагато"),
    ],
)
def test_a_parent_who_says_the_writer_drinks_makes_no_relative(lang, text, demo_runtime):
    """Calm twins: the parent only tells of the writer's drinking."""
    assert step(State(lang=lang), Text(text), demo_runtime.services)[0].role != "relative", (lang, text)


ALONG = {
    "de": "kann mein freund auch mit",
    "en": "can my husband come too?",
    "tr": "eşim de gelebilir mi?",
    "ar": "ممكن زوجي يجي معي؟",
    "ru": "а муж может тоже со мной прийти?",
    "uk": "а чоловік може теж зі мною прийти?",
}


@pytest.mark.parametrize("lang", ALONG)
@pytest.mark.parametrize("where", [Step.LOCATION, Step.RESULTS])
def test_whether_someone_may_come_along_is_answered_and_changes_nothing(lang, where, demo_runtime):
    """ "kann mein freund auch mit" after a miscarriage made the search one "für Angehörige" and ran it again."""
    services = demo_runtime.services
    start = State(lang=lang, lang_chosen=True, step=Step.LOCATION, topic_ids=("fehlgeburt",), role="affected")
    if where == Step.RESULTS:
        start, _ = step(start, Text("Berlin"), services)
    state, replies = step(start, Text(ALONG[lang]), Triaged(services, {ALONG[lang]: Triage()}))
    assert Msg(m.ANSWER_ALONG) in [p for r in replies for p in r.parts], lang
    assert state.role == "affected" and state.topic_ids == ("fehlgeburt",) and state.step == where, lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my dad died from drinking last year"),
        ("de", "mein Mann trinkt"),
        ("de", "muss mein mann mitkommen?"),
        ("en", "my husband has to come too?"),
    ],
)
def test_someone_close_beside_another_topic_keeps_a_relatives_search(lang, text, demo_runtime):
    """Calm twins: a relative's topic, or "must he come?" (answered as before), stay a relative's."""
    start = State(lang=lang, lang_chosen=True)
    if "mitkommen" in text or "come too" in text:
        start = start.with_(step=Step.LOCATION, topic_ids=("alkohol",), role="relative")
    state, replies = step(start, Text(text), Triaged(demo_runtime.services, {text: Triage()}))
    assert state.role == "relative" and Msg(m.ANSWER_ALONG) not in [p for r in replies for p in r.parts], text


# round 65: a parent named without "my" ("mama hat parkinson", "мама с деменцией"), and "she has ..." in a correction,
# tell someone close: a tester was asked "for whom?" after "мама с деменцией", and "ach nein, nicht Demenz, sie hat
# Parkinson" made the search one for oneself
KIN_WITHOUT_MY = [
    ("de", "mama hat parkinson"),
    ("de", "oma hatte nen schlaganfall"),
    ("en", "mom has dementia"),
    ("en", "dad got cancer last year"),
    ("ru", "мама с деменцией"),
    ("ru", "папа с паркинсоном, ищу группу"),
    ("uk", "мама з деменцією"),
]


@pytest.mark.parametrize(("lang", "text"), KIN_WITHOUT_MY)
def test_a_parent_named_without_my_beside_an_illness_is_someone_close(lang, text, demo_runtime):
    state, _ = step(State(lang=lang), Text(text), demo_runtime.services)
    assert state.role == "relative" and state.step != Step.ROLE, (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "ach nein, nicht demenz, sie hat parkinson"),
        ("de", "sorry, er hat eher parkinson"),
        ("en", "sorry not dementia, she has parkinsons"),
        ("ru", "ой, не деменция, а Паркинсон у неё"),
    ],
)
def test_a_topic_corrected_for_him_or_her_keeps_a_relatives_search(lang, text, demo_runtime):
    shown = State(
        step=Step.RESULTS, lang=lang, topic_ids=("demenz",), role="relative", place=Place("Leipzig", 51.34, 12.37)
    )
    state, _ = step(shown, Text(text), demo_runtime.services)
    assert state.role == "relative" and "parkinson" in state.topic_ids, (lang, text, state.role, state.topic_ids)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a parent who sent the writer or lives with them
        ("de", "mama hat mir gesagt ich soll hier fragen, ich hab essstörungen"),
        ("en", "mom has told me to ask here, i have an eating disorder"),
        ("ru", "я с мамой живу, у меня депрессия"),
        # violence done to the writer as a child, to "us" or in the passive (a tester's got "for relatives")
        ("en", "my dad beat us when i was a kid, im 40 now and want to talk to others who went through it"),
        ("en", "I was abused as a child by my father, looking for a group for survivors"),
        ("en", "we were beaten by our stepdad growing up, any group for that?"),
        ("tr", "babam bizi döverdi çocukken, grup arıyorum"),
        ("ru", "отец бил нас в детстве, хочу группу"),
    ],
)
def test_a_parent_named_beside_the_writers_own_search_makes_no_relative(lang, text, demo_runtime):
    """A parent who sent the writer, lives with them, or hurt them as a child: the writer searches for themselves
    ("beat us", "I was abused" harm the writer as "beats me" does)."""
    state, _ = step(State(lang=lang), Text(text), demo_runtime.services)
    if state.asked == Asked.SAFETY:  # the letters alone may ask first; the "no" reads the message on
        state, _ = step(state, Choice("safe"), demo_runtime.services)
    assert state.role == "affected", (lang, text, state.role)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "meine tochter hat sich früher geritzt, jetzt ist es besser. ich suche eine gruppe für eltern"),
        ("en", "my daughter used to cut herself, she's better now, looking for a parents group"),
        ("ru", "моя дочь раньше резала себя, сейчас лучше. ищу группу для родителей"),
        ("uk", "донька раніше різала себе, зараз краще, шукаю групу для батьків"),
        ("ar", "بنتي كانت تجرح حالها، هلق احسن، بدي مجموعة للأهل"),
    ],
)
def test_a_childs_past_self_harm_told_by_a_parent_names_the_topic(lang, text, demo_runtime):
    """A daughter who cut herself, better now: self-harm for relatives, not "what is it about?" again and again (a
    tester's parent, in three languages: the past tense, "geritzt", "резала себя", named no topic)."""
    state, _ = step(State(lang=lang), Text(text), demo_runtime.services)
    if state.asked == Asked.SAFETY:
        state, _ = step(state, Choice("safe"), demo_runtime.services)
    assert "selbstverletzung" in state.topic_ids and state.role == "relative", (lang, state.topic_ids, state.role)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "shukayu grupu dlya lyudey z rakom"),
        ("uk", "шукаю групу для людей з раком"),
        ("ru", "ищу группу для людей с раком"),
        ("ru", "ishchu gruppu dlya lyudey s rakom"),
    ],
)
def test_cancer_in_the_instrumental_names_the_topic(lang, text, demo_runtime):
    """ "людей з раком" (people with cancer) names cancer: a tester's Latin-letter Ukrainian got "no topic found"."""
    state, _ = step(State(lang=lang), Text(text), demo_runtime.services)
    assert state.topic_ids == ("krebs",), (lang, text, state.topic_ids)


# round 66, a console tester: "spielsucht, für mich", a town, then despair that names the wife who threw him out
THROWN_OUT = {
    "de": "ich hab alles verzockt, meine frau hat mich rausgeworfen, ich weiß nicht mehr weiter",
    "en": "i lost everything gambling, my wife threw me out, i dont know what to do anymore",
    "tr": "kumarda her şeyimi kaybettim, karım beni evden attı, ne yapacağımı bilmiyorum",
    "ar": "خسرت كل شي بالقمار، مرتي طردتني، ما بعرف شو اعمل",
    "ru": "я всё проиграл в казино, жена меня выгнала, не знаю что делать",
    "uk": "я все програв у казино, дружина мене вигнала, не знаю що робити",
}
GAMBLING_FOR_ME = {
    "de": "spielsucht, für mich",
    "en": "gambling, for me",
    "tr": "kumar, kendim için",
    "ar": "قمار، لنفسي",
    "ru": "игромания, для себя",
    "uk": "ігроманія, для себе",
}


@pytest.mark.parametrize("lang", THROWN_OUT)
def test_someone_close_named_in_passing_keeps_a_search_the_writer_said_is_for_themselves(lang, demo_runtime):
    """ "Spielsucht · für Angehörige" after "spielsucht, für mich" and "ich hab alles verzockt, meine frau hat mich
    rausgeworfen" (and "no" to the safety question): the wife named beside his own gambling is no one the search
    is for; it stays his, where he said."""
    services = demo_runtime.services
    state, _ = step(State(lang=lang, lang_chosen=True), Text(GAMBLING_FOR_ME[lang]), services)
    state, _ = step(state, Text("Hamburg"), services)
    assert (state.step, state.topic_ids, state.role) == (Step.RESULTS, ("gluecksspiel",), "affected"), lang
    state, _ = step(state, Text(THROWN_OUT[lang]), services)
    if state.asked == Asked.SAFETY:
        state, _ = step(state, Choice("safe"), services)
    assert "gluecksspiel" in state.topic_ids and (state.role, state.relations) == ("affected", ()), lang
    assert state.place is not None and state.place.name == "Hamburg" and state.step == Step.RESULTS, lang


# round 67, a console tester: for whom guessed wrong, so the wrong groups were shown. A relative drinking in Latin
# letters ("pyot": пьёт), a child named without "my" beside its age ("доня 16 років", "Сын 14 лет"), the writer
# beaten as a child (the one who beat is not whom the search is for), a partner who has left beside the writer's own
# drinking ("mei oide is scho weg"), in other people's words too
FOR_WHOM = [
    ("ru", "muzh pyot kazhdyi den, ya ne znayu chto delat", "relative"),
    ("ru", "syn pyot kazhdyi vecher, chto delat", "relative"),
    ("uk", "доня 16 років, не їсть майже нічого, дуже схудла", "relative"),
    ("uk", "син 15 років, не ходить до школи, сидить в телефоні", "relative"),
    ("ru", "Добрый день. Сын 14 лет сидит в телефоне сутками, не ходит в школу", "relative"),
    ("ru", "дочь 15 лет почти не ест", "relative"),
    ("tr", "merhaba, cocukken babam bizi doverdi, hala kabuslar goruyorum", "affected"),
    ("ar", "salam, zawji bydrobni w hala2 howe bel bet", "affected"),
    ("de", "mein vater hat uns als kinder geschlagen, ich hab heute noch albträume", "affected"),
    ("en", "my dad beat us when we were kids, i still have nightmares", "affected"),
    ("de", "grüß gott, i hob a problem mit da sauferei, mei oide is scho weg", "affected"),
    ("de", "meine frau ist weg, ich trinke zu viel", "affected"),
    ("en", "my wife left me, i drink too much", "affected"),
    # round 69: what happened to the writer, or how the writer feels, beside someone close named as the actor or
    # as a bystander: the writer's own search
    ("tr", "kocam beni dovuyordu yillarca, simdi ayrildim ama hala kabuslar goruyorum", "affected"),
    ("tr", "kocam beni dövüyordu, şimdi içiyorum", "affected"),
    ("uk", "моя мама в Україні, а я тут сама, дуже самотньо", "affected"),
    ("ru", "моя мама в Германии, а я тут одна, мне очень одиноко", "affected"),
    ("de", "ich habe seit Jahren Morbus Crohn, mein Freund ist genervt", "affected"),
    ("en", "i have crohns disease, my boyfriend is annoyed", "affected"),
    ("en", "my mom lives in poland and i feel so lonely here", "affected"),
]


@pytest.mark.parametrize(("lang", "text", "role"), FOR_WHOM)
def test_whom_the_search_is_for_is_read_from_kin_words_and_who_is_harmed(lang, text, role, demo_runtime):
    state, _ = step(State(lang=lang), Text(text), Triaged(demo_runtime.services, {text: Triage()}))
    assert state.role == role and state.topic_ids, (lang, text, state.role, state.topic_ids)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "mein Mann trinkt und schlägt mich"),
        ("tr", "kocam içiyor ve beni dövüyor"),
        ("de", "meine Frau trinkt"),
        ("de", "mein Sohn ist 16, ich habe Angst, dass er Drogen nimmt"),
        ("de", "mein Mann trinkt, ich fühle mich total allein"),
        ("uk", "моя мама хворіє на рак"),
        ("tr", "kocam içiyor"),
    ],
)
def test_someone_close_whose_own_problem_is_named_beside_the_harm_keeps_a_relatives_search(lang, text, demo_runtime):
    """Calm twins: the one who harms has a problem of their own (drinking): a relative's search, as before."""
    state, _ = step(State(lang=lang), Text(text), Triaged(demo_runtime.services, {text: Triage()}))
    assert state.role == "relative", (lang, text, state.role)


def test_a_childs_age_and_school_name_no_illiteracy(demo_runtime):
    text = "Добрый день. Сын 14 лет сидит в телефоне сутками, не ходит в школу"
    state, _ = step(State(lang="ru"), Text(text), Triaged(demo_runtime.services, {text: Triage()}))
    assert "analphabetismus" not in state.topic_ids and "medien" in state.topic_ids, state.topic_ids

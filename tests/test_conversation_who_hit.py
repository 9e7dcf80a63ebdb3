"""Who hit whom, as a console tester found it misread (round 70): "Mein Vater hat mich als Kind geschlagen" (a survivor
of violence in childhood) was offered "Wut und Aggression", whose term "habe mein Kind geschlagen" (a parent who hit
their child) has the same content words. A term that tells violence done by the writer is not found in a message
that tells it suffered or done by someone else, nor the other way round (bot/directory/violence.py), in the six
languages; and the writer who tells of hitting someone close searches for themselves, not as that one's relative.
Through the state machine over the demo directory, the triage left out (its reading is not asked here)."""

from __future__ import annotations

import pytest

from bot.directory.topic_matcher import default_matcher
from dialogs.machine import step
from dialogs.model import State, Step, Text
from dialogs.triage import Triage
from tests.test_crisis_flow import Triaged

AGGRESSION = "aggression"  # Wut und Aggression: for those who hit
SUFFERED = ("gewalt", "kindheit")  # Häusliche Gewalt, Belastende Kindheit: for those hit

HIT_AS_A_CHILD = {
    "de": "Mein Vater hat mich als Kind geschlagen",
    "en": "My father hit me as a child",
    "tr": "çocukken babam tarafından dövüldüm",
    "ru": "отец бил меня в детстве",
    "uk": "батько бив мене в дитинстві",
    "ar": "ابوي كان يضربني وانا صغير",
}
HIT_AS_A_CHILD_TOO = {  # other words: a passive, a mother, a time between
    "de": "Ich wurde als Kind von meinem Vater geschlagen",
    "en": "I was beaten by my father as a child",
    "tr": "çocukken çok dayak yedim",
    "ru": "в детстве отец меня избивал",
    "uk": "мене в дитинстві били батьки",
    "ar": "بطفولتي كانو اهلي يضربوني",
}
I_HIT = {
    "de": "ich habe mein Kind geschlagen",
    "en": "I hit my son",
    "tr": "oğlumu dövüyorum",
    "ru": "я ударил жену",
    "uk": "я б'ю сина",
    "ar": "بضرب ابني",
}
THEY_HIT = {  # someone else hits the children: no one who hits writes it
    "de": "mein Mann schlägt die Kinder",
    "en": "my husband hits the kids",
    "tr": "kocam çocukları dövüyor",
    "ru": "муж бьёт детей",
    "uk": "чоловік б'є дітей",
    "ar": "جوزي بيضرب الولاد",
}


def told(services, text: str, lang: str) -> State:
    calm = Triaged(services, {text: Triage("none", None)})
    state, _ = step(State(lang=lang), Text(text), calm)
    return state


@pytest.mark.parametrize("texts", [HIT_AS_A_CHILD, HIT_AS_A_CHILD_TOO], ids=["told", "other_words"])
@pytest.mark.parametrize("lang", HIT_AS_A_CHILD)
def test_violence_suffered_as_a_child_is_no_search_for_those_who_hit(lang, texts, demo_runtime):
    state = told(demo_runtime.services, texts[lang], lang)
    assert set(state.topic_ids) & set(SUFFERED) and AGGRESSION not in state.topic_ids, (lang, state.topic_ids)
    assert state.role == "affected", (lang, state.role)


@pytest.mark.parametrize("lang", I_HIT)
def test_the_writer_who_hits_someone_close_searches_for_themselves(lang, demo_runtime):
    state = told(demo_runtime.services, I_HIT[lang], lang)
    assert state.topic_ids == (AGGRESSION,) and state.role == "affected", (lang, state.topic_ids, state.role)


@pytest.mark.parametrize("lang", THEY_HIT)
def test_someone_else_who_hits_is_no_writer_who_hits(lang):
    topics = {hit.topic_id for hit in default_matcher().match(THEY_HIT[lang])}
    assert AGGRESSION not in topics, (lang, topics)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("habe mein kind geschlagen", "mein vater hat mich als kind geschlagen"),
        ("als kind geschlagen", "ich habe mein kind geschlagen"),
        ("ich schlage meine kinder", "mein mann schlagt die kinder"),
        ("oglum beni dovuyor", "oglumu dovuyorum"),
    ],
)
def test_a_term_of_one_side_is_not_found_in_a_text_of_the_other(term, text):
    assert term not in {hit.matched for hit in default_matcher().match(text)}


# Round 72: violence suffered from someone the message names, in whatever voice, tense or order it is told, finds the
# topic of violence suffered though no term of it stands there (Violence.suffered_from_someone); of a childhood, the
# topic of a hard childhood. Each as the console tester typed it, then in other words: a passive, a past, a childhood,
# a habit, typos.
HIT_BY_SOMEONE = [
    ("de", "ich wurde von meinem Mann geschlagen", "gewalt"),
    ("de", "ich wurd von meinen mann geschlagn", "gewalt"),
    ("de", "ich wurde jahrelang von meinem Vater verprügelt", "gewalt"),
    ("de", "mein Vater hat mich als Kind verprügelt", "kindheit"),
    ("en", "my dad beat me when I was a kid", "kindheit"),
    ("en", "my mom used to beat me", "gewalt"),
    ("en", "my stepdad beat me", "gewalt"),
    ("en", "my husband hit me. can someone hit me up about a group", "gewalt"),  # the idiom after it hides nothing
    ("en", "i got beat by my dad growing up", "kindheit"),
    ("en", "my ex used to beat me up", "gewalt"),
    ("tr", "kocam beni dövüyor", "gewalt"),
    ("tr", "kocam tarafından dövüldüm", "gewalt"),
    ("tr", "babam beni çocukken döverdi", "kindheit"),
    ("tr", "çocukken babam beni döverdi", "kindheit"),
    ("ru", "муж меня бьёт", "gewalt"),
    ("ru", "муж меня бил", "gewalt"),
    ("ru", "муж миня бил", "gewalt"),
    ("ru", "меня бил отчим", "gewalt"),
    ("ru", "отец бил меня когда я был маленьким", "kindheit"),
    ("uk", "мене били в дитинстві", "kindheit"),
    ("uk", "мене бив батько коли я був малим", "kindheit"),
    ("uk", "у дитинстві мене бив батько", "kindheit"),
    ("ar", "زوجي يضربني", "gewalt"),
    ("ar", "جوزي كان بيضربني كل يوم", "gewalt"),
    ("ar", "ابوي كان يضربني وانا صغير", "kindheit"),
]
NO_ONE_HITS = [  # the same words, and no one who does violence to the writer
    "the news hit me like a truck",
    "burnout hit me hard, on sick leave 3 months now",
    "my dad beat me at chess",
    "I was hit by a car as a kid",
    "my mom beat me to it",
    "he hit me up on whatsapp about a group",
    "can someone hit me up about the group in Köln",
    "my sister always beat me in every race when we were kids",
    "ich wurde von meinem Bruder beim Schach geschlagen",
    "ich habe meinen Mann geschlagen",
    "babam beni çocukken çok severdi",
    "отец меня в детстве хвалил",
    "я бил мужа",
]


@pytest.mark.parametrize(("lang", "text", "topic"), HIT_BY_SOMEONE)
def test_violence_suffered_from_someone_named_finds_its_topic(lang, text, topic):
    topics = {hit.topic_id for hit in default_matcher().match(text)}
    assert topic in topics and AGGRESSION not in topics, (lang, topics)


@pytest.mark.parametrize("text", NO_ONE_HITS)
def test_what_beats_the_writer_in_a_game_or_the_writer_who_hits_is_no_violence_suffered(text):
    topics = {hit.topic_id for hit in default_matcher().match(text)}
    assert not topics & set(SUFFERED), topics


TOLD_IN_THE_CHAT = {  # as the console tester typed them (the triage left out: "kocam beni dövüyor" is a crisis)
    "de": ("ich wurde von meinem Mann geschlagen", "gewalt"),
    "en": ("my dad beat me when I was a kid", "kindheit"),
    "tr": ("babam beni çocukken döverdi", "kindheit"),
    "ru": ("муж меня бил", "gewalt"),
    "uk": ("мене бив батько коли я був малим", "kindheit"),
    "ar": ("جوزي كان بيضربني كل يوم", "gewalt"),
}


@pytest.mark.parametrize("lang", TOLD_IN_THE_CHAT)
def test_the_one_hit_is_asked_where_with_the_topic_of_violence_suffered(lang, demo_runtime):
    text, topic = TOLD_IN_THE_CHAT[lang]
    state = told(demo_runtime.services, text, lang)
    assert topic in state.topic_ids and AGGRESSION not in state.topic_ids, (lang, state.topic_ids)
    assert state.role == "affected" and state.step == Step.LOCATION, (lang, state.role, state.step)


IN_LATIN_LETTERS = [  # Russian and Ukrainian typed in Latin letters, read in Cyrillic by the conversation
    ("ru", "muzh menya bil", "gewalt"),
    ("uk", "cholovik mene byv", "gewalt"),
    ("ru", "otec bil menya v detstve", "kindheit"),
]


@pytest.mark.parametrize(("lang", "text", "topic"), IN_LATIN_LETTERS)
def test_violence_suffered_typed_in_latin_letters_finds_its_topic(lang, text, topic, demo_runtime):
    state = told(demo_runtime.services, text, lang)
    assert state.topic_ids == (topic,) and state.role == "affected", (lang, state.topic_ids, state.role)

"""The letter model: read as trained, only ever raising the lexicon's verdict."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.crisis_data import crisis_help, load_lexicon, load_resources
from dialogs.text import normalise
from dialogs.triage import (
    MODEL_OVERRULES,
    MODEL_SIGNAL,
    MODEL_WORDS,
    SHORT_WORDS,
    compile_lexicon,
    counts_as_word,
    model_probability,
    triage,
)
from dialogs.triage_model import CharModel, _grams, read_model
from tests.crisis_sets import TESTS, names_topic, read_set

LEXICON = load_lexicon()
BARE = dataclasses.replace(LEXICON, model=None)
RANK = {"none": 0, "check": 1, "crisis": 2}


def test_letter_sequences_are_counted_as_scikit_learn_counts_them():
    assert list(_grams(["ab"])) == [" a", "ab", "b ", " ab", "ab ", " ab "]
    assert list(_grams(["a"])) == [" a", "a ", " a "]  # a padded word as long as n counts once, whole


def test_the_model_file_reads_back():
    model = read_model(["# two sequences\n", "intercept\t-1.5\n", " ab\t2.0\t3.0\n", "ab \t1.0\t-1.0\n"])
    assert model.intercept == -1.5 and len(model) == 2
    assert (model.weight(" ab"), model.weight("ab "), model.weight("zz")) == ((2.0, 3.0), (1.0, -1.0), None)
    assert model.probability(["ab"]) > model.probability(["zz"]) == CharModel(-1.5).probability(["zz"])
    assert LEXICON.model is not None and len(LEXICON.model) > 10_000


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(read_set(TESTS / "triage_set")), st.sampled_from(["", " ", " bitte", " gruppe?", " 😢"]))
def test_the_model_never_lowers_a_verdict(row, suffix):
    text, lang = row.text + suffix, row.lang
    assert RANK[triage(text, LEXICON, lang).level] >= RANK[triage(text, BARE, lang).level]


@given(st.text(min_size=1, max_size=40))
def test_a_word_or_two_are_left_to_the_lexicon(text):
    if sum(map(counts_as_word, normalise(text).split())) < SHORT_WORDS:
        assert triage(text, LEXICON).level == triage(text, BARE).level


@pytest.mark.parametrize(
    ("text", "level"),
    [("bye now", "none"), ("bye now everyone", "check"), ("bye now everyone, thanks again", "check")],
)
def test_a_short_message_the_letters_are_all_but_sure_of_is_asked_never_answered(text, level):
    """Under MODEL_WORDS the letters never give the crisis reply, and ask only when all but certain."""
    assert sum(map(counts_as_word, normalise(text).split())) < MODEL_WORDS
    certain = compile_lexicon({"en": {}}, frozenset(), CharModel(10.0))
    likely = compile_lexicon({"en": {}}, frozenset(), CharModel(math.log(0.9 / 0.1)))
    assert MODEL_OVERRULES > 0.9
    assert triage(text, certain, "en").level == level
    assert triage(text, likely, "en").level == "none"


def test_arabizi_words_with_digits_are_words_numbers_are_not():
    """ "2ata3et 3ero2ha" writes Arabic letters as digits: such words count for the letters (which, alone in a
    message under ten words, ask); numbers do not, so two words and a date stay the lexicon's (SHORT_WORDS)."""
    letters_only = compile_lexicon({"ar": {}}, frozenset(), CharModel(10.0))
    assert triage("okhti 2ata3et 3ero2ha w el dam mesh 3ayez", letters_only, "ar").level == "check"
    assert triage("okhti 2ata3et 3ero2ha w 12 10 2026", letters_only, "ar").level == "check"
    assert triage("okhti w el 12 10 2026", letters_only, "ar").level == "none"


@given(st.lists(st.integers(0, 99_999), min_size=1, max_size=4))
def test_numbers_say_nothing_to_the_model(numbers):
    """An age, a time or a postcode is no sign of danger: the model reads the words around it alone."""
    words = ["hi", "im", "and", "i", "have", "adhd", "im", "in", "leipzig"]
    with_numbers = [*words[:2], *map(str, numbers), *words[2:]]
    assert model_probability("none", with_numbers, [], LEXICON.model) == model_probability(
        "none", words, [], LEXICON.model
    )
    assert triage("hi im 14 and i have adhd, im in leipzig", LEXICON, "en").level != "crisis"


@pytest.mark.parametrize(
    "answer",
    [
        "für mich selbst",
        "ich bin es selbst",
        "für mich und meine Frau",
        "about myself really",
        "i am the one",
        "kendim için",
        "я сама",
        "для мене самої",
        "أنا نفسي",
        "لنفسي أنا",
    ],
)
def test_everyday_answers_about_oneself_are_calm(answer):
    """The model learnt that "me, myself" is frequent in crises; short answers are the lexicon's."""
    assert triage(answer, LEXICON).level == "none"


def test_a_crisis_only_the_model_sees_gets_the_general_lines():
    letters_only = compile_lexicon({"de": {}}, frozenset(), LEXICON.model)
    verdict = triage("ich habe alle tabletten gesammelt und heute nacht nehme ich sie alle", letters_only, "de")
    assert (verdict.level, verdict.kind, verdict.signal) == ("crisis", None, MODEL_SIGNAL)
    general = {r.name for r in crisis_help(load_resources(), verdict.kind, False, "de").resources}
    assert {"TelefonSeelsorge", "Notruf"} <= general


def test_a_long_message_is_asked_from_a_lower_probability():
    """Ten words and more give the letters more to go on: a model 40 % sure asks of a long message only;
    a short one, as people type mid-conversation ("Nein, nicht für mich, für meinen Bruder"), stays calm."""
    unsure = compile_lexicon({"de": {}}, frozenset(), CharModel(math.log(0.4 / 0.6)))
    assert triage("ich weiß nicht mehr wohin mit mir", unsure, "de").level == "none"
    assert triage("ich weiß nicht mehr wohin mit mir und mit allem was hier ist", unsure, "de").level == "check"
    surer = compile_lexicon({"de": {}}, frozenset(), CharModel(math.log(0.65 / 0.35)))
    assert triage("ich weiß nicht mehr wohin mit mir", surer, "de").level == "check"


def test_the_letters_alone_ask_in_a_short_message_and_answer_in_a_long_one():
    """Sure letters with no danger word give the crisis reply only from ten words on: a conversation turn is
    short, and there the model was surest when wrong ("Nein, nicht für mich, für meinen Bruder." 1.00)."""
    sure = compile_lexicon({"de": {}}, frozenset(), CharModel(10.0))
    assert triage("Nein, nicht für mich, für meinen Bruder.", sure, "de").level == "check"
    long = "nein das ist nicht für mich sondern für meinen großen Bruder"
    assert triage(long, sure, "de").level == "crisis"
    assert triage(long, compile_lexicon({"de": {}}, frozenset(), CharModel(-10.0)), "de").level == "none"


def test_a_past_told_as_overcome_in_a_search_is_not_raised_by_the_letters():
    """A danger the lexicon reads as past, told with how well the writer is today, in a search for a group: the
    letters see the words of that past, not when, and raise it no more; all but certain, they still ask. Not
    looking for a group, the same letters ask as before (`past_and_well`)."""
    text = "I OD'd on heroin in 2019, clean for 4 years now. looking for an NA group in Mainz"
    for sure, level in ((0.9, "none"), ((MODEL_OVERRULES + 1) / 2, "check")):
        lexicon = dataclasses.replace(LEXICON, model=CharModel(math.log(sure / (1 - sure))))
        assert triage(text, lexicon, "en", names_topic).level == level, sure
        assert triage(text.split(". ")[0], lexicon, "en", names_topic).level == "check", sure


def test_an_idiom_the_lexicon_reads_is_not_raised_only_asked_about_by_a_sure_model():
    """A text whose danger words the lexicon itself reads as an idiom or report is no case for the
    letters: a model sure of crisis raises the same text without that idiom. Sure past MODEL_OVERRULES,
    the letters and the reading are at odds, and it asks (never the crisis reply)."""
    text = "ich lach mich tot über diese neue Gruppe hier bei euch heute"
    for sure, level in ((0.9, "none"), (MODEL_OVERRULES - 0.005, "none"), ((MODEL_OVERRULES + 1) / 2, "check")):
        model = CharModel(math.log(sure / (1 - sure)))
        lexicon = compile_lexicon({"de": {"not_crisis": ["lach mich tot"]}}, frozenset(), model)
        assert triage(text, lexicon, "de").level == level, sure
        assert triage(text.replace("lach", "mach"), lexicon, "de").level == "crisis"


@pytest.mark.parametrize(
    ("lang", "text", "level"),
    [
        # 0.94 as typed, 0.04 in Cyrillic: below even MODEL_ASK_LONG (round 54's letters asked, 0.3 or more)
        ("ru", "privet, moja zhena p'et kazhdyj vecher, ja ne znaju chto mne delat'. my v Lejpcige", "none"),
        ("ru", "dobryj den, moj syn igraet v avtomaty kazhdyj den, chto delat", "none"),
        # 0.85 and 0.75 as typed (the crisis reply, the question), 0.01 and 0.00 in Cyrillic
        ("uk", "v cholovika buv insul't u sichni, vin vzhe vdoma, chy je grupa dlja rodyn pislja insul'tu?", "none"),
        ("uk", "tato pomer u berezni, dosi ne mozhu otyamytys. chy ye Trauergruppe ukrayinskoyu v Bielefeld?", "none"),
    ],
)
def test_russian_in_latin_letters_is_read_by_the_model_in_cyrillic_where_no_word_alarms(lang, text, level):
    """The model met Latin-letter Russian and Ukrainian mostly in crisis messages: where the lexicon finds
    nothing, the Cyrillic reading must agree before the letters raise anything."""
    assert triage(text, LEXICON, lang).level == level


def test_the_cyrillic_reading_never_raises_what_was_typed():
    cyrillic_crisis = compile_lexicon({"ru": {}}, frozenset(), LEXICON.model)
    typed = ["u", "menja", "vsjo", "horosho", "spasibo", "bolshoe", "za", "pomosch"]
    assert triage(" ".join(typed), cyrillic_crisis, "ru").level == triage(" ".join(typed), BARE, "ru").level


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "manchmal denk ich echt, ich kann nicht mehr"),
        ("de", "oft hab ich einfach keine kraft mehr, die pflege frisst mich auf"),
        ("ru", "иногда думаю, что больше не могу так"),
        ("uk", "іноді думаю, що більше не можу"),
        ("tr", "bazen artık dayanamıyorum diye düşünüyorum"),
    ],
)
def test_exhaustion_that_comes_and_goes_is_asked_about_never_the_crisis_lines(lang, text):
    """A carer's "sometimes I think I can't go on": the model may ask, it may not give the crisis lines."""
    assert triage(text, LEXICON, lang).level in ("none", "check")


SURE_LETTERS = dataclasses.replace(LEXICON, model=CharModel(10.0))  # letters that find every text a crisis


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        # a question that tells nothing of the situation, only whose it is or a search: the letters alone ask
        ("Which Haltestelle do I get off at? I'm coming on the U2 from the station.", "en", "check"),
        ("Be honest, is some guy in an office reading all this? I would like to know that first.", "en", "check"),
        ("متى ينتهي اللقاء؟ آخر قطار إلى قريتي يغادر في العاشرة من المحطة الكبيرة", "ar", "check"),
        ("Sind in der Borderline-Gruppe auch Männer? Sonst wäre ich vermutlich der einzige dort.", "de", "check"),
        # the same letters with a time of the situation told, or no question asked: the crisis reply as before
        ("Which Haltestelle do I get off at tonight? I'm coming on the U2 from the station.", "en", "crisis"),
        ("I'm coming on the U2 from the station and I get off at the Haltestelle by the river.", "en", "crisis"),
    ],
)
def test_a_bare_question_the_letters_alone_only_ask(text, lang, level):
    """Round 63 (BARE_CUES in dialogs/triage.py): a question with no cue of now, a time ahead, harm or a decision is
    asked about by the letters alone, however sure they are ("Be honest, is some guy in an office reading all this?"
    had the crisis reply); a danger word, or a cue of the situation, still lets them answer at once."""
    found = triage(text, SURE_LETTERS, lang, names_topic)
    assert (found.level, found.signal) == (level, MODEL_SIGNAL)

"""Russian and Ukrainian in Latin letters are read as Cyrillic, and nothing else is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.crisis_data import load_lexicon
from bot.directory.topic_matcher import default_matcher
from dialogs.text import normalise
from dialogs.translit import skeleton, spelled
from dialogs.triage import triage

LEXICON = load_lexicon()


def readings(text: str) -> list[str]:
    return [" ".join(r) for r in LEXICON.translit.readings(normalise(text, digraphs=False).split()).values()]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ne hochu zhit bolshe, vse", "ru"),
        ("sosed bet zhenu pryamo seychas, ona krichit", "ru"),
        ("khochu prosto zasnuty i bilshe ne prokydatysya", "uk"),
        ("zbyrala tabletky tsilyi misyats, zaraz usi lezhat peredi mnoyu", "uk"),
    ],
)
def test_crisis_in_latin_letters_gets_the_crisis_reply(text, lang):
    assert triage(text, LEXICON, lang).level == "crisis"


def test_each_language_reads_its_own_spelling():
    ru, uk = readings("ya khochu prosto zasnuty i bilshe ne prokydatysya")
    assert ru.split()[:2] == ["я", "хочу"]
    assert uk.split() == ["я", "хочу", "просто", "заснути", "і", "більше", "не", "прокидатися"]


@pytest.mark.parametrize(
    "text",
    [
        "ich will die Adresse wissen",
        "I used to self-harm as a teenager. I'm 28 now and it's been years",
        "wann trifft sich die gruppe in dresden",
        "grup toplantisi ne zaman, adres nedir",
        "bdi 3arif wen el majmou3a",
    ],
)
def test_other_languages_in_latin_letters_are_not_read_as_cyrillic(text):
    assert readings(text) == []


@pytest.mark.parametrize(
    ("text", "cyrillic"),
    [("ne hochu zhit", "не хочу жить"), ("umeret ne vstat, kakie ceny", "умереть не встать, какие цены")],
)
def test_latin_letters_read_as_the_cyrillic_would(text, cyrillic):
    assert triage(text, LEXICON, "ru").level == triage(cyrillic, LEXICON, "ru").level


def test_spellings_that_differ_share_a_skeleton():
    assert len({skeleton(w) for w in ("pryamo", "priamo", "prjamo")}) == 1
    assert len({skeleton(w) for w in ("khochu", "hochu", "xochu")}) == 1
    assert skeleton("ya") != skeleton("a")


def test_ch_is_also_read_as_kh_where_only_that_is_a_word():
    """Polish, Czech and German spell х as "ch"; elsewhere it is ч, which stays first."""
    ru, uk = readings("ja na dachu, tut tycho i nikoho nema, ja hotova")
    assert uk.split()[2:5] == ["даху", "тут", "тихо"]
    _, uk = readings("ja ne chochu zhyty, duzhe pohano")
    assert uk.split()[2] == "хочу"
    ru, _ = readings("ja ochen chasto plachu, chto delat")
    assert ru.split()[2:4] == ["часто", "плачу"]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'’` йя3,", max_size=80))
def test_readings_keep_every_word_in_its_place(text):
    words = normalise(text, digraphs=False).split()
    for reading in LEXICON.translit.readings(words).values():
        assert len(reading) == len(words)
        for typed, read in zip(words, reading, strict=True):
            letters = typed.replace("'", "")
            if not letters.isascii() or not letters.isalpha():
                assert read == typed
            else:
                assert not any("a" <= c <= "z" or c == "'" for c in read)


def test_an_apostrophe_is_a_soft_sign_or_ukrainians_apostrophe():
    """ "p'et" is "пьет", "den'" "день"; Ukrainian's apostrophe before a vowel stays one, as
    Cyrillic writes it ("p'ye" is "п'є", folded "п є")."""
    ru, _ = readings("muzh p'et kazhdyj den’, ne znayu chto delat'")
    assert ru.split() == ["муж", "пьет", "пьет", "каждыи", "день", "не", "знаю", "что", "делать"]
    _, uk = readings("cholovik p'ye kozhen den', moye im'ya")
    assert uk.split() == ["чоловік", "п", "є", "кожен", "день", "моє", "ім", "я"]


@pytest.mark.parametrize(
    "text", ["muzh p'et kazhdyj den'", "muzh p’et kazhdyj den", "muzh pyet kazhdyj den", "cholovik p'ye kozhen den'"]
)
def test_a_word_with_a_soft_sign_names_its_topic(text):
    words = normalise(text, digraphs=False).split()
    assert "alkohol" in {hit.topic_id for hit in default_matcher().match(text, LEXICON.translit.readings(words))}


@pytest.mark.parametrize(
    ("text", "cyrillic"),
    [("ya ub'yu sebya segodnya", "я убью себя сегодня"), ("ne hochu zhit', vse nadoelo", "не хочу жить, всё надоело")],
)
def test_soft_signs_read_as_the_cyrillic_would(text, cyrillic):
    assert triage(text, LEXICON, "ru").level == triage(cyrillic, LEXICON, "ru").level


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20), st.sampled_from(["ru", "uk"]))
def test_letter_by_letter_leaves_no_latin_letter(word, lang):
    assert not any("a" <= c <= "z" for c in spelled(word, lang))

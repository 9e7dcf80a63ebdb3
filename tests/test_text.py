"""Normalisation: the folding that lets typed text meet the data."""

from hypothesis import example, given
from hypothesis import strategies as st

from dialogs.text import normalise


def test_umlauts_and_their_spellings_meet():
    assert normalise("München") == normalise("Muenchen") == normalise("Munchen")
    assert normalise("Straße") == "strasse"
    assert normalise("kumar bağımlılığı") == "kumar bagimliligi"
    assert normalise("Frankfurt (Oder)") == "frankfurt oder"
    assert normalise("إدمان") == normalise("ادمان")
    assert normalise("quälen") == normalise("quaelen")


def test_digits_of_every_script_are_one_number():
    """ "وزني ١٣٠ كيلو" (Arabic-Indic), "۱۳۰" (Persian and Urdu), "130": the same weight."""
    assert normalise("وزني ١٣٠ كيلو") == normalise("وزني ۱۳۰ كيلو") == normalise("وزني 130 كيلو") == "وزني 130 كيلو"


def test_iraqi_and_persian_keyboard_letters_meet_the_arabic_ones():
    """ "ازرگ" (Iraqi for blue), "باچر" (tomorrow), Persian "ک" and "ی": the Arabic words."""
    assert normalise("وجهها صار ازرگ") == normalise("وجهها صار ازرق")
    assert normalise("باچر") == normalise("باكر")
    assert normalise("کبیر") == normalise("كبير")


def test_latin_letters_inside_a_cyrillic_word_are_read_as_their_twins():
    """Ukrainians on a Russian keyboard type the Latin "i" for "і" ("колii", "поiзд"); a Latin word
    beside a Cyrillic one stays Latin ("Gruppe в Bremen")."""
    assert normalise("йду до колii, поiзд о 3:40") == normalise("йду до колії, поїзд о 3:40")
    assert normalise("мeнe тpясe") == normalise("мене трясе")
    assert normalise("Gruppe для мам в Bremen") == "gruppe для мам в bremen"


def test_a_vowel_before_e_is_no_umlaut_spelling():
    """After a vowel or a "q", "ue", "ae", "oe" are two letters: "kauen" stays a form of "kaut"
    for the stemmers, and "Aue" is no "Au"."""
    assert normalise("kauen Trauer Feuer Aue Quelle") == "kauen trauer feuer aue quelle"
    assert normalise("Haeuser Gebaeude Muedigkeit") == "hauser gebaude mudigkeit"


@given(st.text())
@example("Ǽ")  # the letter æ with a mark: folded as æ is ("ae") once the mark is gone
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@given(st.text())
def test_normalise_leaves_only_lowercase_words(text):
    folded = normalise(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert all(ch.isalnum() or ch == " " for ch in folded)


APOSTROPHES = "'’ʼ`"


def test_an_apostrophe_in_a_latin_word_is_kept_for_the_transliteration():
    """Russian and Ukrainian typed in Latin letters write the soft sign as an apostrophe ("p'et",
    "den'"): kept there, on both pieces of a word it splits, so that every word keeps its place."""
    assert normalise("muzh p'et kazhdyj den’", digraphs=False) == "muzh p' 'et kazhdyj den'"
    assert normalise("muzh p'et kazhdyj den’") == "muzh p et kazhdyj den"
    assert normalise("ім'я, п’ять", digraphs=False) == normalise("ім'я, п’ять") == "ім я п ять"
    assert normalise("'kak eto'", digraphs=False) == "kak eto"  # quotes: no sign before a word, nor after a vowel


@given(st.text())
@example("skol`ko 3'4 t'_ d'ʼa")
def test_the_transliterations_words_are_the_same_words_in_the_same_places(text):
    ours = normalise(text, digraphs=False).split()
    assert len(ours) == len(normalise(text).split())
    assert all(w.strip("'") and "'" not in w.strip("'") for w in ours)


@given(st.text(alphabet=f"abdekpstuyzäй3 ,._-{APOSTROPHES}"))
def test_only_apostrophes_are_kept_and_nothing_else_changes(text):
    without = text.translate(str.maketrans(dict.fromkeys(APOSTROPHES, " ")))
    assert [w.strip("'") for w in normalise(text, digraphs=False).split()] == normalise(without, digraphs=False).split()

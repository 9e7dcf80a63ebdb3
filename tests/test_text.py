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

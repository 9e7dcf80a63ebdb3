"""Typo correction of the triage (`Lexicon.correct`) and the spellings a lexicon file marks as `variants`: a
dialect, Arabizi or typo spelling the rules hold is read as the word it spells in the corrected reading, so that
the older rules built on that word still read it (data/triage/README.md, `variants`)."""

from __future__ import annotations

import pytest

from bot.crisis_data import load_lexicon
from dialogs.triage import compile_lexicon, triage


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("gruppn", "gruppen"),  # Bavarian, in the turned-away cue
        ("gruppnnn", "gruppen"),  # a letter held down, then the spelling
        ("2e2tol", "2etol"),  # Arabizi, learnt in round 69
        ("2eftol", "2etol"),  # a slip whose nearest word is the spelling: the word it spells
        ("tomorow", "tomorrow"),
        ("biktm", "biktim"),  # Turkish "bıktm" as the text is read (folded)
    ],
)
def test_a_marked_spelling_is_read_as_its_word(typed, meant):
    assert load_lexicon().correct([typed]) == [meant]


def test_the_typed_reading_keeps_the_spelling():
    """The rules that hold the spelling read it as typed ("ich will sterbn": a sentence pattern, the crisis reply),
    the rules built on the word read the corrected reading (the concept "sterben" alone asks at most)."""
    lexicon = compile_lexicon(
        {"de": {"variants": {"sterbn": "sterben"}, "suicide": ["ich will sterbn"], "concepts": {"dying": ["sterben"]}}}
    )
    assert lexicon.correct(["ich", "will", "sterbn"]) == ["ich", "will", "sterben"]
    assert triage("ich will sterbn", lexicon).crisis
    assert not triage("ich will sterben", lexicon).crisis


def _lexicon_with(form: str, word: str, **sections: object) -> None:
    concepts = {"dying": [word, f"{form} jetzt"]}
    compile_lexicon({"de": {"variants": {form: word}, "concepts": concepts, **sections}})


@pytest.mark.parametrize(
    ("form", "word", "reason"),
    [
        ("kloppe", "kloppt", "another form"),  # I beat, he beats: another person
        ("anfasste", "anfasst", "another form"),  # touched, touches: another tense
        ("gruppn", "truppen", "another first letter"),
        ("tot", "tod", "too short"),  # three letters: too short to be told from another word
        ("sterbn", "starben", "more than a slip apart"),
    ],
)
def test_a_spelling_that_typo_correction_would_not_read_is_refused(form, word, reason):
    with pytest.raises(ValueError, match=reason):
        _lexicon_with(form, word)


def test_the_e_of_an_ending_left_out_is_a_spelling_however_short():
    """Round 71: German chat leaves out the e of "-en" ("das lebn nehmen"): "lebn" is "leben" though it is too short for
    typo correction, and the file marks it so."""
    _lexicon_with("lebn", "leben")
    assert load_lexicon().correct(["das", "lebn", "nehmen"]) == ["das", "leben", "nehmen"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("jut", "gut"), ("jeschrieben", "geschrieben"), ("ja", "ja"), ("jetzt", "jetzt"), ("job", "job")],
)
def test_berlin_j_is_read_as_g_into_a_german_word(typed, meant):
    """Round 71: Berlin and the Rhineland write g as j ("Macht's jut"); a word of a file's own or one whose g-form is no
    word of the German file stays as typed."""
    assert load_lexicon().correct([typed]) == [meant]


def test_a_spelling_no_rule_holds_is_refused():
    with pytest.raises(ValueError, match="both must stand in the file's rules"):
        compile_lexicon({"de": {"variants": {"sterbn": "sterben"}, "concepts": {"dying": ["sterben"]}}})


def test_an_idiom_of_the_spelling_must_hold_the_word():
    """An idiom reads the spelling away as typed; without the word, the corrected reading would read the danger."""
    with pytest.raises(ValueError, match="reads it away"):
        _lexicon_with("sterbn", "sterben", not_crisis=["sterbn vor lachen"])
    _lexicon_with("sterbn", "sterben", not_crisis=["sterbn|sterben vor lachen"])


def test_a_spelling_spells_one_word():
    with pytest.raises(ValueError, match="spells two words"):
        compile_lexicon(
            {
                "de": {"variants": {"sterbn": "sterben"}, "concepts": {"dying": ["sterben", "sterbn jetzt"]}},
                "en": {"variants": {"sterbn": "sterbe"}, "concepts": {"dying": ["sterbe", "sterbn now"]}},
            }
        )

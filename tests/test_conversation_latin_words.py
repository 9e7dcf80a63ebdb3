"""Ukrainian and Russian typed in Latin letters, as a console tester found it read as English (round 70): "ya
gravec" (я гравець, I am a gambler) had its "gravec" corrected to the English danger word "grave", and the person got
the words for a bereavement. In a conversation in Ukrainian or Russian, a Latin word that spells a Cyrillic word is
that word, no slip of another language's danger word (dialogs/triage.py, `_own_words_kept`); the lexicon's own words
typed with a slip, and English typed in such a conversation, are still read (tests/triage_classes/round70_conv.tsv)."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Msg, State, Text

GAMBLER = [  # each word one letter from an English word of danger ("grave", "gone", "dead")
    ("uk", "ya gravec"),
    ("ru", "ya gravec"),
    ("uk", "mij syn gravec"),
    ("uk", "vin gravec, vse prohrav"),
    ("ru", "syn zavisimyi gravec"),
    ("uk", "gravec, dopomozhit"),
]


@pytest.mark.parametrize(("lang", "text"), GAMBLER)
def test_a_latin_typed_word_of_the_conversations_language_is_no_english_death(lang, text, demo_runtime):
    _, replies = step(State(lang=lang), Text(text), demo_runtime.services)
    assert Msg(m.LOSS_GENTLE) not in [p for r in replies for p in r.parts], (lang, text)

"""What the class tables (tests/test_triage_classes.py) cannot say: a reading asserted otherwise than the product's
level and kind of one message, such as what the lexicon's words alone read without the letter model."""

from __future__ import annotations

import dataclasses

import pytest

from bot.crisis_data import load_lexicon
from dialogs.triage import triage
from tests.crisis_sets import names_topic


@pytest.mark.parametrize(
    "text",
    [
        "Der Handwerker hämmert gerade gegen die Badezimmertür, die klemmt",
        "mein Sohn hämmert gerade an die Badtür, er muss aufs Klo",
        "Der Nachbar hämmert grad gegen die Wohnungstür, er hat sich ausgesperrt und will den Ersatzschlüssel",
        "hab mich im Bad eingeschlossen zum Lernen, mein Bruder hämmert gegen die Badtür weil er duschen will lol",
    ],
)
def test_round_64_doors_the_words_leave_calm(text):
    """Round 64's doors: a door hammered at now is violence only with the writer shut in or hiding behind it. These
    calm twins the letter model alone alarmed before this round and still does (no word to point at); the words
    themselves must read nothing in them."""
    lexicon = dataclasses.replace(load_lexicon(), model=None)
    assert triage(text, lexicon, "de", names_topic).level == "none"

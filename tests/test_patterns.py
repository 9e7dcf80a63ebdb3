"""The regex a pattern's place compiles to: its options written as a tree must accept exactly what the options
listed one by one accept (hypothesis), whatever words they share at their start or end. And the negation marks
(`Grammar.mark`): one word out for each word in, each as written, marked, or denied by a contrast right after it.
A negation turns around its own clause only: a gap may pass over a whole clause that holds one (`Closed`)."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from dialogs.patterns import DENIED, NEGATED, NEGATES_BEFORE, Grammar, Option, Rule, RuleIndex, _alternation

WORDS = ("a", "b", "ab", "c")
word_runs = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(tuple)
options = st.lists(
    st.builds(Option, word_runs, st.booleans(), st.booleans()),
    min_size=1,
    max_size=12,
)
texts = st.lists(st.sampled_from((*WORDS, "x", "ba")), min_size=1, max_size=4).map(" ".join)


def listed(option: Option) -> str:
    """One option as a regex of its own: the words apart by spaces, a prefix open at its end, a suffix at its start."""
    body = r"\s+".join(re.escape(word) for word in option.words)
    return (r"\S*" if option.suffix else "") + body + (r"\S*" if option.prefix else "")


@given(options, texts)
def test_the_tree_accepts_what_the_options_accept(found: list[Option], text: str) -> None:
    one_by_one = re.compile("(?:" + "|".join(listed(option) for option in found) + ")")
    assert (re.fullmatch(_alternation(found), text) is None) == (one_by_one.fullmatch(text) is None)


def test_words_followed_alike_are_written_once() -> None:
    found = [Option((first, "genommen")) for first in ("tabletten", "pillen", "medikamente")]
    assert _alternation(found) == r"(?:tabletten|pillen|medikamente)(?:\s+genommen)"


GRAMMAR = Grammar(
    negations=frozenset({"nicht", "not"}),
    negations_after=frozenset({"degil"}),
    asked_before=frozenset({"ob"}),
    only=frozenset({"nur", "just"}),
    also=frozenset({"auch", "too"}),
    contrasts=frozenset({"degil"}),
    phrase_ends=frozenset({"icin"}),
)
marked_texts = st.lists(
    st.sampled_from(("nicht", "not", "degil", "ob", "nur", "just", "auch", "too", "icin", "terlikle", "sopayla", "x")),
    min_size=1,
    max_size=8,
)


@given(marked_texts)
def test_every_word_is_marked_in_its_place(words: list[str]) -> None:
    marked = GRAMMAR.mark(" ".join(words)).split()
    assert len(marked) == len(words)
    for at, (word, out) in enumerate(zip(words, marked, strict=True)):
        if out == DENIED:
            assert words[at + 1] in GRAMMAR.contrasts, (words, marked)
        else:
            assert out in (word, word + NEGATED, word + NEGATES_BEFORE), (words, marked)


def test_a_contrast_denies_the_word_before_it_alone() -> None:
    assert GRAMMAR.mark("babam terlikle degil sopayla vuruyor") == f"babam {DENIED} degil sopayla vuruyor"
    assert GRAMMAR.mark("binmek icin degil") == f"binmek icin degil{NEGATES_BEFORE}"
    assert GRAMMAR.mark("nicht nur mich sondern auch") == "nicht nur mich sondern auch"
    assert GRAMMAR.mark("nicht nur so") == f"nicht{NEGATED} nur so"


JUMP = RuleIndex([Rule("de", "suicide", "bahnsteig ... ... spring davor", GRAMMAR)])


def test_a_gap_passes_over_a_clause_with_a_negation() -> None:
    text = GRAMMAR.mark("bin am bahnsteig aber ich steig nicht ein ich spring davor")
    assert [words for _, words in JUMP.matching(text, starts=frozenset({3, 8}))] == [(2, 9, 10)]
    assert JUMP.matching(text) == []  # one clause: the negation turns the jump around


def test_a_negation_in_the_patterns_clause_still_turns_it_around() -> None:
    assert JUMP.matching(GRAMMAR.mark("bin am bahnsteig ich spring nicht davor"), starts=frozenset({3})) == []
    # before it in its clause too: "ich nehm die tabletten nicht, ..." turns the tablets around
    assert JUMP.matching(GRAMMAR.mark("bahnsteig nicht ich spring davor"), starts=frozenset({2})) == []


@given(
    st.lists(st.sampled_from(("bahnsteig", "spring", "davor", "nicht", "x")), min_size=3, max_size=11),
    st.sets(st.integers(1, 10)),
)
def test_no_word_of_a_match_stands_in_a_clause_whose_negation_it_passed(words: list[str], starts: set[int]) -> None:
    text = GRAMMAR.mark(" ".join(words))
    bounds = sorted({0, *starts, len(words)})
    clause = {at: (first, end) for first, end in itertools.pairwise(bounds) for at in range(first, end)}
    for _, own in JUMP.matching(text, starts=frozenset(starts)):
        if JUMP.rules[0].find(text, starts=frozenset(starts)) == own:
            continue  # found with every negation marked: passing over none
        passed = [at for at in range(own[0], own[-1]) if words[at] == "nicht"]
        assert passed, (words, starts, own)
        assert not any(clause[at][0] <= word < clause[at][1] for at in passed for word in own), (words, starts, own)

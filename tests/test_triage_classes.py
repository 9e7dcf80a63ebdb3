"""What each round taught the triage, as data: `tests/triage_classes/<round>_<part>.tsv`, one row per message,
`lang<TAB>level<TAB>kind<TAB>text` (`-` for no kind). A `#` line above rows says the class they stand for: the crisis
messages a measuring set showed missed, paraphrases of them in other words, and the calm twins (everyday sentences
with the same words) that must stay as they were. One table, not one test module per round.

A row the triage is known to read otherwise has a fifth column `xfail:<reason>`: a strict expected failure, so that a
row read as written again fails until the mark is taken off (the rows of earlier rounds the letter model of round 69
reads otherwise are listed apart, in tests/read_otherwise_round69.tsv: tests/conftest.py marks them by their text)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.crisis_sets import CLASS_ROWS, level_and_kind

XFAIL = "xfail:"  # the fifth column's start: a row the triage is known to read otherwise


def marks_of(extra_columns: list[str]) -> list[pytest.MarkDecorator]:
    """The fifth column, if any: `xfail:<reason>`; anything else is a mistake in the file, not a row to pass."""
    if not extra_columns:
        return []
    (mark,) = extra_columns
    if not mark.startswith(XFAIL):
        raise ValueError(f"a fifth column is {XFAIL}<reason>, not {mark!r}")
    return [pytest.mark.xfail(strict=True, reason=mark.removeprefix(XFAIL))]


def class_rows() -> Iterator[object]:
    for path in sorted(CLASS_ROWS.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            lang, level, kind, text, *extra = line.split("\t")
            yield pytest.param(
                lang, text, level, None if kind == "-" else kind, id=f"{path.stem}:{number}", marks=marks_of(extra)
            )


@pytest.mark.parametrize(("lang", "text", "level", "kind"), list(class_rows()))
def test_a_class_row_is_read_as_taught(lang, text, level, kind):
    assert level_and_kind(text, lang) == (level, kind)

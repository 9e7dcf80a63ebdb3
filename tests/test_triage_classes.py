"""What each round taught the triage, as data: `tests/triage_classes/<round>_<part>.tsv`, one row per message,
`lang<TAB>level<TAB>kind<TAB>text` (`-` for no kind). A `#` line above rows says the class they stand for: the crisis
messages a measuring set showed missed, paraphrases of them in other words, and the calm twins (everyday sentences
with the same words) that must stay as they were. One table, not one test module per round.

A row the triage is known to read otherwise is listed in tests/read_otherwise.tsv (the one list of known misreadings,
marked as strict expected failures by tests/conftest.py), not marked here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.crisis_sets import CLASS_ROWS, level_and_kind


def class_rows() -> Iterator[object]:
    for path in sorted(CLASS_ROWS.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            lang, level, kind, text = line.split("\t")
            yield pytest.param(lang, text, level, None if kind == "-" else kind, id=f"{path.stem}:{number}")


@pytest.mark.parametrize(("lang", "text", "level", "kind"), list(class_rows()))
def test_a_class_row_is_read_as_taught(lang, text, level, kind):
    assert level_and_kind(text, lang) == (level, kind)

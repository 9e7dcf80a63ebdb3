"""Small numbers withheld, so that no reader of a report can tell how many people, if only a few,
asked for something: counts of 1 to 4 are shown as "<5", and never so that they can be worked
out from a total.

Every table of the demand report is a line of counts that adds up to a total the report also
shows (all conversations, or those with no group near). A line that withholds one small count and
shows the rest would give it away (total minus the rest), and so would several small counts whose
total leaves them no room (four topics at "<5" with a total of 4 are one each). So for each line,
and for each "<5" in it, the published numbers must still allow every value from 1 to 4 (the
range a reader can work out, checked exactly: a line is one sum). When they do not, the smallest
shown counts are withheld too, as "≥5" (a reader knows those are 5 or more, and the check
assumes so), until they do. When even that cannot protect a line (only small counts in it), its
small counts are merged into one unnamed row, "other", whose sum tells nothing about any one of
them. Zero is shown as 0: it is no person.

Between reports, differences are not protected: a reader who has two reports of different
periods or contact points can subtract them. Hand out one report per contact point and period.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

SMALL = 5  # counts below this are withheld


@dataclass(frozen=True)
class Shown:
    """One row as published: its count when it may be shown, and the text the report prints."""

    label: str
    count: int | None
    text: str
    merged: bool = False  # the row "other": the small counts of a line that could not be protected

    @property
    def bounds(self) -> tuple[int, float]:
        """What a reader knows of the true count."""
        if self.count is not None:
            return self.count, self.count
        return (1, SMALL - 1) if self.text == SMALL_TEXT else (SMALL, math.inf)


SMALL_TEXT, WITHHELD_TEXT = f"<{SMALL}", f"≥{SMALL}"


def protect(
    counts: Mapping[str, int],
    total: tuple[float, float],
    floors: Mapping[str, int] | None = None,
    ceilings: Mapping[str, float] | None = None,
) -> list[Shown]:
    """The line's rows as they may be published, in the order of `counts`. `total` is what the
    report shows of the line's sum (low, high); `floors` and `ceilings` are what other tables
    tell a reader about a row that is withheld here (a topic asked for at least as often as it
    found no group)."""
    floors, ceilings = floors or {}, ceilings or {}
    small = {k for k, v in counts.items() if 0 < v < SMALL}
    withheld: set[str] = set()
    while not _safe(counts, small, withheld, total, floors, ceilings):
        shown = sorted((v, k) for k, v in counts.items() if v >= SMALL and k not in withheld)
        if not shown:
            return _merged(counts, small)
        withheld.add(shown[0][1])
    return [_shown(k, v, k in small, k in withheld) for k, v in counts.items()]


def _safe(counts, small, withheld, total, floors, ceilings) -> bool:
    """Whether every small count can still be anything from 1 to SMALL - 1, given the line's
    total, the counts shown and what a reader knows of the other withheld ones."""
    hidden = small | withheld
    rest_low, rest_high = (t - sum(v for k, v in counts.items() if k not in hidden) for t in total)
    low = {k: 1 if k in small else max(SMALL, floors.get(k, 0)) for k in hidden}
    high = {k: SMALL - 1 if k in small else ceilings.get(k, math.inf) for k in hidden}
    all_low, all_high = sum(low.values()), sum(high.values())
    for k in small:
        most = rest_high - (all_low - low[k])
        least = rest_low - (all_high - high[k])
        if most < SMALL - 1 or least > 1:
            return False
    return True


def _shown(label: str, count: int, small: bool, withheld: bool) -> Shown:
    if small:
        return Shown(label, None, SMALL_TEXT)
    if withheld:
        return Shown(label, None, WITHHELD_TEXT)
    return Shown(label, count, str(count))


def _merged(counts: Mapping[str, int], small: set[str]) -> list[Shown]:
    rows = [Shown(k, v, str(v)) for k, v in counts.items() if k not in small]
    merged = sum(counts[k] for k in small)
    return rows + [Shown("", merged, str(merged), merged=True)]

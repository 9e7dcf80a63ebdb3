"""Measure the crisis triage on sets of messages, as a round of teaching it does.

    python scripts/measure_triage.py FOLDER...            # per language and category, e.g. a new held-out set
    python scripts/measure_triage.py --misses FOLDER...   # and every message read wrong
    python scripts/measure_triage.py --save before.json   # the level of every message of every set in tests/
    python scripts/measure_triage.py --compare before.json after.json   # which messages got better or worse

A FOLDER holds `<lang>.tsv` files of `expected<TAB>category<TAB>style<TAB>text` lines, as `tests/triage_held*`
do. `--words-only` reads without the letter model (what the lexicon itself says). A set written for an unseen
test is measured once, before anything is taught from it; keep it outside the repository until then.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.crisis_data import load_lexicon  # noqa: E402
from bot.directory.topic_matcher import default_matcher  # noqa: E402
from dialogs.triage import triage  # noqa: E402

TESTS = Path(__file__).resolve().parents[1] / "tests"
RANK = {"none": 0, "check": 1, "crisis": 2}
Row = tuple[str, str, str, str, str]  # set, lang, expected, category, text


def read_folder(folder: Path) -> list[Row]:
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                expected, category, _style, text = line.split("\t")
                rows.append((folder.name, path.stem, expected, category, text))
    return rows


def every_set() -> list[Row]:
    rows = [row for folder in sorted(TESTS.glob("triage_*")) if folder.is_dir() for row in read_folder(folder)]
    for line in (TESTS / "crisis_messages.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, expected, text = line.split("\t")
            rows.append(("crisis_messages", lang, expected, "older", text))
    return rows


def levels(rows: list[Row], words_only: bool) -> list[str]:
    lexicon = load_lexicon()
    if words_only:
        lexicon = dataclasses.replace(lexicon, model=None)
    matcher = default_matcher()
    return [triage(text, lexicon, lang, lambda t: bool(matcher.match(t))).level for _, lang, _, _, text in rows]


def levels_in_parallel(rows: list[Row], words_only: bool, workers: int = 2) -> list[str]:
    parts = [rows[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        done = list(pool.map(levels, parts, [words_only] * workers))
    out = [""] * len(rows)
    for i, part in enumerate(done):
        out[i::workers] = part
    return out


def report(rows: list[Row], found: list[str], misses: bool) -> None:
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for (name, lang, expected, category, text), level in zip(rows, found, strict=True):
        for key in ((name, "all", "all"), (name, lang, "all"), (name, lang, category)):
            counts[key][expected, level] += 1
        if misses and (expected == "crisis") != (level == "crisis"):
            print(f"  {name} {lang} {category} {expected} -> {level}: {text}")
    for (name, lang, category), c in sorted(counts.items()):
        crises = sum(c["crisis", level] for level in RANK)
        calm = sum(c["calm", level] for level in RANK)
        figures = []
        if crises:
            figures.append(
                f"crisis reply {c['crisis', 'crisis']}/{crises}, question {c['crisis', 'check']}, "
                f"nothing {c['crisis', 'none']}"
            )
        if calm:
            figures.append(f"calm: alarms {c['calm', 'crisis']}/{calm}, questions {c['calm', 'check']}")
        print(f"{name} {lang:>3} {category:<22} " + "; ".join(figures))


def compare(before: dict[str, str], after: dict[str, str]) -> None:
    better = worse = 0
    for key in sorted(before.keys() & after.keys()):
        if before[key] == after[key]:
            continue
        name, lang, expected, category, text = json.loads(key)
        higher = RANK[after[key]] > RANK[before[key]]
        good = higher if expected == "crisis" else not higher
        better, worse = better + good, worse + (not good)
        print(f"{'better' if good else 'WORSE '} {name} {lang} {expected} {before[key]} -> {after[key]}: {text}")
    print(f"{better} better, {worse} worse of {len(before.keys() & after.keys())} messages")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every message read wrong")
    parser.add_argument("--words-only", action="store_true", help="without the letter model")
    parser.add_argument("--save", type=Path, help="write the level of every message of every set in tests/")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*(json.loads(path.read_text(encoding="utf-8")) for path in args.compare))
    elif args.save:
        rows = every_set()
        found = levels_in_parallel(rows, args.words_only)
        saved = {json.dumps(row, ensure_ascii=False): level for row, level in zip(rows, found, strict=True)}
        args.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"{len(saved)} messages")
    elif args.folders:
        rows = [row for folder in args.folders for row in read_folder(folder)]
        report(rows, levels(rows, args.words_only), args.misses)
    else:
        parser.error("name a folder, --save or --compare")


if __name__ == "__main__":
    main()

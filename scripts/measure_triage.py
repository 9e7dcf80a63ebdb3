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
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.crisis_sets import Message, every_set, levels, read_set, report  # noqa: E402

RANK = {"none": 0, "check": 1, "crisis": 2}


def levels_in_parallel(messages: list[Message], words_only: bool, workers: int = 2) -> list[str]:
    parts = [messages[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        done = list(pool.map(levels, parts, [words_only] * workers))
    found = [""] * len(messages)
    for i, part in enumerate(done):
        found[i::workers] = part
    return found


def compare(before: dict[str, str], after: dict[str, str]) -> None:
    better = worse = 0
    for key in sorted(before.keys() & after.keys()):
        if before[key] == after[key]:
            continue
        name, lang, expected, _category, text = json.loads(key)
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
        messages = every_set()
        found = levels_in_parallel(messages, args.words_only)
        saved = {json.dumps(m, ensure_ascii=False): level for m, level in zip(messages, found, strict=True)}
        args.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"{len(saved)} messages")
    elif args.folders:
        messages = [message for folder in args.folders for message in read_set(folder)]
        report(messages, levels(messages, args.words_only), args.misses)
    else:
        parser.error("name a folder, --save or --compare")


if __name__ == "__main__":
    main()

"""Build data/common_words/<lang>.txt: everyday words that typo correction must never change.

The crisis triage reads an unknown word one slip away from a danger word as that word
("umbrinegn" -> "umbringen"); without a list of real words it also read "kleine" as "keine",
"gereizt" as "geritzt", "учиться" as "убиться". The list holds the words of five letters or more
(shorter ones are never corrected) that occur at least once in a million words of the language
(Zipf frequency 3) in the `wordfreq` package's data, normalised as the triage reads text.
Arabic words are shorter (no written short vowels): its list starts at three letters, so that the
topic matcher neither bends "كبير" (big) into "البيرة" (beer) nor reads "امي" (my mother) as a
term cut short. The triage does not correct Arabic.

Run: pip install -e ".[lexicon]" && python scripts/build_common_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dialogs.text import normalise  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "common_words"
LANGUAGES = ("de", "en", "tr", "ru", "uk", "ar")
MIN_ZIPF = 3.0
MIN_LENGTH = 5
MIN_LENGTH_BY_LANGUAGE = {"ar": 3}


def common_words(lang: str) -> list[str]:
    found: set[str] = set()
    min_length = MIN_LENGTH_BY_LANGUAGE.get(lang, MIN_LENGTH)
    for word in iter_wordlist(lang, "best"):
        if zipf_frequency(word, lang, "best") < MIN_ZIPF:
            break  # the list is ordered by frequency
        folded = normalise(word)
        if len(folded) >= min_length and " " not in folded and not folded.isdigit():
            found.add(folded)
    return sorted(found)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        words = common_words(lang)
        (OUT / f"{lang}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{lang}: {len(words)} words")


if __name__ == "__main__":
    main()

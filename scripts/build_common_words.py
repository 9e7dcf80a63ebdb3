"""Build data/common_words/<lang>.txt: everyday words that typo correction must never change.

The crisis triage reads an unknown word one slip away from a danger word as that word
("umbrinegn" -> "umbringen"); without a list of real words it also read "kleine" as "keine",
"gereizt" as "geritzt", "учиться" as "убиться". The list holds the words of five letters or more
(shorter ones are never corrected) that occur at least once in a million words of the language
(Zipf frequency 3) in the `wordfreq` package's data, normalised as the triage reads text.
Arabic words are shorter (no written short vowels): its list starts at three letters, so that the
topic matcher neither bends "كبير" (big) into "البيرة" (beer) nor reads "امي" (my mother) as a
term cut short. The triage does not correct Arabic.

`forms/<lang>.txt.gz` holds the rarer word forms (Zipf 2 to 3: once in a hundred million words to once
in a million): typo correction never bends one of them into a danger word of the same length by a
letter changed ("глохнет", goes deaf, is no "грохнет", will kill), while a missing or doubled letter
is still read as the common slip it is ("проснутся" is "проснуться"). Turkish has no such list in
wordfreq's data, Arabic is not corrected.

Run: pip install -e ".[lexicon]" && python scripts/build_common_words.py
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dialogs.text import normalise  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "common_words"
LANGUAGES = ("de", "en", "tr", "ru", "uk", "ar")
MIN_ZIPF = 3.0
FORMS_MIN_ZIPF = 2.0
FORMS_LANGUAGES = ("de", "en", "ru", "uk")
MIN_LENGTH = 5
MIN_LENGTH_BY_LANGUAGE = {"ar": 3}


def common_words(lang: str, least: float = MIN_ZIPF, most: float | None = None) -> list[str]:
    """The words of five letters or more (Arabic: three) from Zipf `least` on, below `most`."""
    found: set[str] = set()
    min_length = MIN_LENGTH_BY_LANGUAGE.get(lang, MIN_LENGTH)
    for word in iter_wordlist(lang, "best"):
        zipf = zipf_frequency(word, lang, "best")
        if zipf < least:
            break  # the list is ordered by frequency
        if most is not None and zipf >= most:
            continue
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
    (OUT / "forms").mkdir(exist_ok=True)
    for lang in FORMS_LANGUAGES:
        common = set((OUT / f"{lang}.txt").read_text(encoding="utf-8").split())
        forms = [w for w in common_words(lang, FORMS_MIN_ZIPF, MIN_ZIPF) if w not in common]
        text = ("\n".join(forms) + "\n").encode("utf-8")
        (OUT / "forms" / f"{lang}.txt.gz").write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
        print(f"{lang}: {len(forms)} rarer word forms")


if __name__ == "__main__":
    main()

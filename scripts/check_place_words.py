"""List the gazetteer's names that are frequent words of the six languages and in neither of our
lists (data/gazetteer/everyday_words.txt, function_words.txt), most frequent first, to review.

GeoNames gives places other names that are everyday words ("ben" for Bern, "там" for Tamm, "الم"
for Ulm); the lists keep such a word from becoming a place when it is no place said as one. A
large town's own name is frequent because of the town ("leipzig"): that stays off the lists.

Run: pip install -e ".[lexicon]" && python scripts/check_place_words.py [MIN_ZIPF]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bot.directory.gazetteer import Gazetteer  # noqa: E402
from dialogs.text import normalise  # noqa: E402

LANGUAGES = ("de", "en", "tr", "ru", "uk", "ar")


def main(min_zipf: float) -> None:
    gazetteer = Gazetteer()
    found: dict[str, tuple[float, str]] = {}
    for lang in LANGUAGES:
        for word in iter_wordlist(lang, "best"):
            zipf = zipf_frequency(word, lang, "best")
            if zipf < min_zipf:
                break  # the list is ordered by frequency
            key = normalise(word)
            places = gazetteer._names.get(key)
            if places and not gazetteer._is_word(key, places) and zipf > found.get(key, (0.0, ""))[0]:
                found[key] = (zipf, lang)
    for key, (zipf, lang) in sorted(found.items(), key=lambda item: -item[1][0]):
        place = gazetteer._names[key][0]
        own = "own name" if key == normalise(place.name) else "other name"
        print(f"{zipf:.1f}\t{key}\t{lang}\t{place.name} ({place.country}, {place.population})\t{own}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.5)

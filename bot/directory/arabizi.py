"""Arabic typed in Latin letters and digits ("7azin tool al wa2t", "kawabees"), read by its consonants.

People without an Arabic keyboard write Arabizi: digits for the letters Latin has none of (3 ع,
7 ح, 2 ء or a Levantine ق, 5 خ, 6 ط, 9 ق, 8 غ), digraphs for others (sh ش, kh خ, gh غ, th ث,
dh ذ), vowels as they hear them or not at all. No spelling is shared, but the consonants are: a
word is compared by its skeleton, its consonants in classes of letters that spellings confuse
(س and ص both "s"), without vowels, long vowels (ا و ي), hamza and a final ta marbuta. Works on
normalise()d words (أ is ا, ة is ه there).
"""

from __future__ import annotations

import re
from itertools import product

ARABIZI_WORD = re.compile(r"(?=.*[a-z])(?!.*\d\d)[a-z]*[235789][a-z235789]*")  # "wa2t", "3andi"; not "covid19"
MAX_READINGS = 64  # a word's letters of two or three sounds make this many skeletons at most
_ARABIC = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "H", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "3", "غ": "g", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
_LATIN_DIGRAPHS = {"sh": ("S",), "ch": ("S",), "kh": ("x",), "gh": ("g",), "th": ("t",), "dh": ("d", "z")}
_LATIN = {
    "2": ("", "q"), "3": ("3",), "5": ("x",), "6": ("t",), "7": ("H",), "8": ("g",), "9": ("q",),
    "b": ("b",), "p": ("b",), "t": ("t",), "d": ("d",), "r": ("r",), "z": ("z",), "s": ("s",), "f": ("f",),
    "v": ("f",), "q": ("q",), "k": ("k", "q"), "c": ("k",), "l": ("l",), "m": ("m",), "n": ("n",),
    "j": ("j",), "g": ("j", "g", "q"), "h": ("h", "H"), "x": ("x",),
}  # fmt: skip
_LONG_VOWELS = {"ا": "a", "و": "u", "ي": "i"}
_VOWELS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}
_DOUBLED = re.compile(r"(.)\1+")


def arabic_skeleton(word: str) -> str:
    """An Arabic word's consonant classes ("كوابيس" -> "kbs", "حزينه" -> "Hzn"), shadda read once."""
    return "".join(_ARABIC.get(letter, "") for letter in _without_ta_marbuta(word))  # "قطط" is "qtt"


def arabic_sound(word: str) -> str:
    """An Arabic word's consonant classes and long vowels ("حزين" -> "Hzin"), to tell apart words
    of one skeleton by the vowels an Arabizi spelling writes."""
    return "".join(_ARABIC.get(letter) or _LONG_VOWELS.get(letter, "") for letter in _without_ta_marbuta(word))


def _without_ta_marbuta(word: str) -> str:
    """A final ta marbuta is written "a" or "e" or not at all."""
    return word[:-1] if word.endswith("ه") and len(word) > 2 else word


def latin_sounds(word: str) -> tuple[str, ...]:
    """A Latin word's first reading with its vowels ("7azin" -> "Hazin"), compared with `arabic_sound`:
    with a 2 as a hamza, which no sound has, and as a Levantine ق ("wa2t" -> "uat", "uaqt")."""
    for digraph, sounds in _LATIN_DIGRAPHS.items():
        word = word.replace(digraph, sounds[0])
    return tuple(
        _DOUBLED.sub(r"\1", "".join(_VOWELS.get(c) or _LATIN.get(c, ("",))[0] for c in word.replace("2", hamza)))
        for hamza in ("", "q")
    )


def spells_long_vowels(latin_sound: str, arabic: str) -> bool:
    """Whether a Latin word's sound (`latin_sounds`) writes every consonant and long vowel of an
    Arabic word's sound in its order, with short vowels between that Arabic does not write
    ("tauahud" is "توحد", tuHd); ه and ح alike, since the Latin "h" may be either."""
    letters = iter(latin_sound.lower())
    return all(letter in letters for letter in arabic.lower())


def latin_skeletons(word: str) -> list[str]:
    """The skeletons a Latin word may spell as Arabic, each once ("wa2t" -> "t", "qt"; "7azin" -> "Hzn"):
    a hamza between two letters alike keeps them apart ("ta2ta2" is "tt", تأتأ)."""
    word = _DOUBLED.sub(r"\1", word)  # a doubled letter is a shadda: "kk" is one ك
    sounds: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        if (pair := _LATIN_DIGRAPHS.get(word[i : i + 2])) is not None:
            sounds.append(pair)
            i += 2
            continue
        sounds.append(_LATIN.get(word[i], ("",)))
        i += 1
    readings: dict[str, None] = {}
    for letters in product(*sounds):
        readings.setdefault("".join(letters))
        if len(readings) >= MAX_READINGS:
            break
    return list(readings)


# words of Arabic typed in Latin letters that no other language of ours writes so: two of them make a
# message Arabizi though it has no digit ("ibni ma byahda abadan, bel schule kteer mashakel"); the
# function words among them are never read as a topic word: "abadan" (never) is no "بدانه" (obesity)
ARABIZI_FUNCTION_WORDS = frozenset({
    "kteer", "ktir", "kter", "abadan", "mish", "msh", "mesh", "eno", "inno", "enno", "kaman", "lesh", "leish",
    "wala", "hek", "heik", "halla", "shu", "sho", "mafi", "kif",
})  # fmt: skip
ARABIZI_MARKERS = ARABIZI_FUNCTION_WORDS | {
    "ibni", "binti", "zawji", "jozi", "marti", "ahli", "lazem", "baddi", "bdi", "bidi", "akhi", "ukhti", "emmi",
    "immi", "abuy", "kifak", "khalti", "khali", "3ammti", "sitti", "teta", "jiddi", "shi", "kelshi", "kellshi",
    "malyan", "malyane", "hayda", "hayde",
}  # fmt: skip
MIN_MARKERS = 2


def is_arabizi_text(words: list[str]) -> bool:
    """Whether a message's (normalise()d) words are Arabizi: one with its digits, or two of its
    marker words."""
    return any(is_arabizi(w) for w in words) or len(ARABIZI_MARKERS.intersection(words)) >= MIN_MARKERS


def is_arabizi(word: str) -> bool:
    """Whether a word is written with the digits of Arabizi between its letters ("ba7r", "3a")."""
    return ARABIZI_WORD.fullmatch(word) is not None

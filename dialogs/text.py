"""Text normalisation shared by matching, triage and the gazetteer.

Everything a person types is folded the same way as the data it is compared with, so
"Müdigkeit", "Muedigkeit" and "mudigkeit" meet, and Turkish, Cyrillic and Arabic spellings
with or without diacritics meet too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable

ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04FF]")
OWN_SCRIPT = {"ar": ARABIC_LETTERS, "ru": CYRILLIC_LETTERS, "uk": CYRILLIC_LETTERS}  # the Latin languages share theirs
# letters only one of the two Cyrillic languages has (before normalise(), which folds "ї" and "ё")
_OWN_CYRILLIC = {"uk": re.compile("[іїєґІЇЄҐ]"), "ru": re.compile("[ыэъёЫЭЪЁ]")}
_SCRIPT_WORD = re.compile(r"[^\W\d_]+")


def script_language(text: str) -> str | None:
    """The one language of ours the script of most of a text's words belongs to: Arabic letters are Arabic's
    ("برلين" alone), Cyrillic Russian's or Ukrainian's by the letters only one of them has ("а родителям
    сообщат?" tells neither); None for Latin letters, which three of our languages share."""
    words = _SCRIPT_WORD.findall(text)
    arabic = sum(bool(ARABIC_LETTERS.search(w)) for w in words)
    cyrillic = sum(bool(CYRILLIC_LETTERS.search(w)) for w in words)
    if 2 * arabic > len(words):
        return "ar"
    if 2 * cyrillic <= len(words):
        return None
    own = [lang for lang, letters in _OWN_CYRILLIC.items() if letters.search(text)]
    return own[0] if len(own) == 1 else None


def keeps_its_script(lang: str, other: str, text: str) -> bool:
    """Whether a text still speaks `lang` to its writer, though its words read as `other`: it has letters of the
    script `lang` is written in and none of `other`'s own ("heute nacht mach ich schluss, таблетки уже
    приготовила" is a Russian writer's, with German words in it)."""
    own, theirs = OWN_SCRIPT.get(lang), OWN_SCRIPT.get(other)
    return bool(own and own.search(text)) and not (theirs and theirs.search(text))


_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ـ": ""}
    # the letters of Iraqi and Gulf spelling and of Persian keyboards, as Arabic spells them:
    # "ازرگ" is "ازرق" (blue), "باچر" is "باكر" (tomorrow), "ک" and "ی" are Persian "ك" and "ي"
    | {"گ": "ق", "چ": "ك", "ڤ": "ف", "پ": "ب", "ک": "ك", "ی": "ي"}
    | {chr(zero + digit): str(digit) for zero in (0x0660, 0x06F0) for digit in range(10)}  # "١٣٠" is "130"
)
_LATIN_FOLD = str.maketrans(
    {"ß": "ss", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ё": "е", "й": "и", "ї": "і"}
    | dict.fromkeys("ʼ’`", "'")  # apostrophes
)
# "ue" for "ü" after a consonant ("Muedigkeit") or "qu" ("quaelen"); after a vowel or a "q" it is two
# letters ("kauen", "Trauer", "Aue", "Quelle")
_DIGRAPHS = re.compile(r"(?:(?<=[b-df-hj-npr-tv-z])|(?<=qu))(ae|oe|ue)")
# The emoji of danger people type for the word ("🔪 again, can't stop"): kept as words of their own, which each
# triage lexicon reads as one of its words (its `emoji` section); every other emoji is dropped as punctuation is
WORD_EMOJI = "🔪🗡💊⚰🪦🩸"
_WORD_EMOJI = re.compile(f"[{WORD_EMOJI}]")
_NON_WORD = re.compile(rf"[^\w{WORD_EMOJI}]+")
# accents and other combining marks, dropped after decomposition (a table: fast for every message)
_COMBINING = dict.fromkeys(cp for cp in range(0x10000) if unicodedata.combining(chr(cp)))
_UNDERSCORE = re.compile(r"_+")
# Where a clause ends: a negation turns nothing around past these, and each part of "für mich, ich bin seine frau"
# is an answer of its own
CLAUSE_END = re.compile(r"[.!?;:,\n\u060C\u061B\u061F\u2026]+")
QUESTION_MARKS = ("?", "\u061f")  # the Latin and the Arabic one


def is_question(text: str) -> bool:
    """Whether the text asks something by its question mark, as typed."""
    return any(mark in text for mark in QUESTION_MARKS)


# Latin letters typed inside a Cyrillic word look the same and are read as their twins: Ukrainians on a
# Russian keyboard type "i" for "і" ("йду до колii, поiзд о 3:40")
_LOOKALIKES = str.maketrans("aceiopxy", "асеіорху")
_MIXED_WORD = re.compile(r"\w*[\u0400-\u04ff]\w*")
# An apostrophe after a Latin consonant, in a word or at its end: a soft or hard sign of Russian or
# Ukrainian typed in Latin letters ("p'et", "den'"), or Ukrainian's apostrophe ("p'yat"), which
# the transliteration reads (dialogs.translit). Marked with "ʼ", a letter to the word pattern.
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[b-df-hj-np-tv-xz])'(?:(?=[a-z])|(?!\w))")
_MARK = "ʼ"


class WordSets:
    """Several sets of words read as one set, without copying them into a new one: the everyday
    words (250,000 in six languages) are shared by the triage lexicon, the topic matcher and the
    search instead of each holding its own union of them. The small sets go first: they are quicker
    to ask than the everyday words' trie."""

    __slots__ = ("sets",)

    def __init__(self, *sets: Container[str]) -> None:
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in words for words in self.sets)


def starting(words: Container[str], prefix: str) -> Iterable[str]:
    """The words of a set that begin with `prefix`: a trie (bot.common_words) answers itself, a plain
    set is read through."""
    query = getattr(words, "starting", None)
    if query is not None:
        return query(prefix)
    return [word for word in words if word.startswith(prefix)] if isinstance(words, Iterable) else []


def _first_letter(match: re.Match[str]) -> str:
    return match.group(1)[0]


def _apostrophe(match: re.Match[str]) -> str:
    """A word split at its apostrophe keeps it on both pieces ("p'et" is "p' 'et"), one at its end stays."""
    return f"{_MARK} {_MARK}" if match.string[match.end() : match.end() + 1].isalpha() else _MARK


def _cyrillic_twins(word: re.Match[str]) -> str:
    """A word with a Cyrillic letter, its Latin look-alikes made Cyrillic (`_LOOKALIKES`)."""
    return word.group().translate(_LOOKALIKES)


def normalise(text: str, digraphs: bool = True) -> str:
    """Fold case, umlauts, diacritics and punctuation into a space-separated token string;
    `digraphs` folds "ue" into "u" as in "Muedigkeit", not in "kauen". Without `digraphs`, the
    reading of Russian and Ukrainian typed in Latin letters ("nadoelo"), an apostrophe after a
    Latin consonant stays: at a word's end ("den'"), and on both pieces of a word it splits ("p'et"
    is "p' 'et"), so that dialogs.translit reads the word whole while every word keeps its place:
    the words are the same either way, only spelled differently."""
    translit = not digraphs
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKD", text).translate(_COMBINING).translate(_LATIN_FOLD)  # "ǽ" is "æ" and a mark
    text = _MIXED_WORD.sub(_cyrillic_twins, text)
    text = text.translate(_ARABIC_FOLD)
    while digraphs:  # until nothing is left to fold: "aaee" -> "aae" -> "aa"
        folded = _DIGRAPHS.sub(_first_letter, text)
        digraphs, text = folded != text, folded
    if translit:
        text = _IN_WORD_APOSTROPHE.sub(_apostrophe, text)
    text = _WORD_EMOJI.sub(r" \g<0> ", text)  # "💊💊" is two words, "🔪again" two
    text = _UNDERSCORE.sub(" ", _NON_WORD.sub(" ", text))
    return " ".join(text.split()).replace(_MARK, "'")


def clauses(text: str) -> list[str]:
    """The clauses of a message that hold more than blanks: what a reply of several parts says part by part."""
    return [part for part in CLAUSE_END.split(text) if part.strip()]

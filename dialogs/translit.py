"""Russian and Ukrainian typed in Latin letters ("ne hochu zhit", "zbyrala tabletky"), read in Cyrillic.

People without a Cyrillic keyboard spell each in their own way: х as h, kh or x, я as ya, ja or
ia, щ as shch, sch or shh, ы and и both as y or i. Instead of listing every spelling in the lexicon,
a Latin word is read as the Cyrillic word it spells: a word of the lexicon or an everyday word with
the same skeleton (what is left when the letters that spellings confuse are merged), or else letter
by letter, so that the lexicon's stems ("резал*") and typo correction still find inflected forms. An
apostrophe is a soft or hard sign ("p'et" is "пьет", "den'" "день"), and in Ukrainian before a
vowel the apostrophe Cyrillic writes too ("p'yat'" is "п'ять").
Works on normalise(text, digraphs=False)d words (й is и, ё is е, ї is і there; a word an
apostrophe split keeps it on both pieces: "p' 'et").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Container, Iterable
from functools import lru_cache

from dialogs.text import WordSets

MIN_EVIDENCE = 2  # Latin words that are Cyrillic words, for a text to be read as translit at all
EVIDENCE_LETTERS = 4  # "to", "on", "da" are Russian words too: only longer words count as evidence
_LATIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*'?")
_VOWELS = frozenset("aeiouyj")  # after Ukrainian's apostrophe: "p'yat", "im'ya", "p'ye"
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
        "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip
# Letters that different spellings of one Cyrillic word confuse, merged (in this order).
_SKELETON = [
    (re.compile(p), r)
    for p, r in (
        ("'", ""), ("shch|sch|shh", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("t[sz]", "c"),
        ("[xg]", "h"), ("[jy]", "i"), ("w", "v"), ("q", "k"), ("(?<=[^aeiou])i([aeou])", r"\1"), (r"(.)\1+", r"\1"),
    )
]  # fmt: skip
_COMMON_LETTERS = {
    "shch": "щ", "sch": "щ", "shh": "щ", "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш", "ts": "ц", "tz": "ц",
    "ya": "я", "ja": "я", "yu": "ю", "ju": "ю", "iu": "ю", "yo": "е", "jo": "е",
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "j": "и", "k": "к", "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в",
    "x": "х", "z": "з", "q": "к", "'": "ь",
}  # fmt: skip
LETTERS = {  # letter by letter, as each language is usually typed
    "ru": {**_COMMON_LETTERS, "ia": "я", "ye": "е", "je": "е", "h": "х", "i": "и", "y": "ы"},
    "uk": {**_COMMON_LETTERS, "ia": "я", "ye": "є", "je": "є", "ie": "є", "yi": "і", "ji": "і", "h": "г", "i": "і",
           "y": "и"},
}  # fmt: skip
_SOFT_YO = re.compile(r"(?<=[bcdfklmnprstvz])[yj]o")  # ьё after a consonant ("pyot", "bjot"), ё folded to е
_VOWEL_Y = re.compile(r"(?<=[aeiouy])y(?![aeiou])")  # "moy", "seychas": й, which normalise() folds to и
SKELETON_MEMO = 20_000  # words whose skeleton is remembered (never whole texts)
MAX_CH_READ = 3  # the "ch"s of a word read either way: 8 spellings at most
_CH_AS_KH = re.compile(r"(?<![st])ch")  # х as Polish, Czech and German write it ("dachu", "tycho"); "tsch" is ч


@lru_cache(maxsize=20_000)  # a word's skeleton, asked for again and again
def skeleton(latin: str) -> str:
    for pattern, replacement in _SKELETON:
        latin = pattern.sub(replacement, latin)
    return latin


def cyrillic_skeleton(word: str) -> str:
    """The skeleton of a Cyrillic word: what every Latin spelling of it has in common."""
    return skeleton(word.translate(_TO_LATIN))


def spelled(word: str, lang: str) -> str:
    """A Latin word letter by letter in Cyrillic, longest spellings first."""
    table = LETTERS[lang]
    word = _VOWEL_Y.sub("j", word)
    out, i = [], 0
    while i < len(word):
        for length in (4, 3, 2, 1):
            piece = word[i : i + length]
            if len(piece) == length and piece in table:
                out.append(table[piece])
                i += length
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


class Transliterator:
    """Latin words to the Cyrillic words they spell, per language: that language's lexicon words
    win over the other's, and both over `everyday` words of the same skeleton. Words that a
    language written in Latin letters knows (`latin_known`: "net", "self", "harm") never count as
    evidence that a text is Russian or Ukrainian. The everyday words are not copied: the spellings
    and the Latin words are read from them (both languages' tables of them took 30 MB), and only
    the skeletons of the lexicons' words are kept per language beside one table of the everyday ones."""

    def __init__(
        self, lexicon: dict[str, frozenset[str]], everyday: Collection[str], latin_known: Container[str]
    ) -> None:
        skeletons: dict[str, str] = {}  # one key string per word for every table

        def table(words: Iterable[str]) -> dict[str, str]:
            found: dict[str, str] = {}
            for word in words:
                if _CYRILLIC_WORD.fullmatch(word):
                    key = skeletons.get(word) or skeletons.setdefault(word, cyrillic_skeleton(word))
                    found[key] = word  # later ones win
            return found

        self.everyday = table(sorted(everyday))
        self.words: dict[str, dict[str, str]] = {}
        for lang in LETTERS:
            others = [w for other, words in lexicon.items() if other != lang for w in sorted(words)]
            self.words[lang] = table([*others, *sorted(lexicon.get(lang, ()))])
        self.spellings = WordSets(*lexicon.values(), everyday)  # spelled() gives Cyrillic letters only
        self.latin_known = latin_known
        self._skeletons: dict[str, str] = {}  # skeleton_of, remembered per word (never whole texts)

    def cyrillic(self, word: str, skeleton_: str, lang: str) -> str:
        """The word as spelled letter by letter when that is a known word ("ne" is "не", not "нее"),
        else the known word of the same skeleton, else the letter-by-letter spelling."""
        letters = spelled(word, lang)
        if letters in self.spellings:
            return letters
        softened = spelled(_SOFT_YO.sub("'e", word), lang)  # "pyot": пьёт, folded пьет (no word "пет")
        if softened in self.spellings:
            return softened
        return self.words[lang].get(skeleton_) or self.everyday.get(skeleton_) or letters

    def skeleton_of(self, word: str) -> str:
        """Remembered: every Latin word of a German or Turkish text is asked too ("ich", "nicht")."""
        known = self._skeletons.get(word)
        if known is None:
            if len(self._skeletons) >= SKELETON_MEMO:
                self._skeletons.clear()
            known = self._skeletons[word] = self._skeleton_of(word)
        return known

    def _skeleton_of(self, word: str) -> str:
        """The word's skeleton, or, when no known word has it, that of its "ch" read as х ("na dachu",
        "tut tycho": Polish, Czech and German spell х so; "ch" is ч in most other spellings)."""
        plain, pieces = skeleton(word), _CH_AS_KH.split(word)
        if len(pieces) == 1 or len(pieces) > MAX_CH_READ + 1 or self._known(plain):
            return plain
        for letters in itertools.product(("ch", "kh"), repeat=len(pieces) - 1):  # each "ch" either letter
            spelling = skeleton("".join(itertools.chain.from_iterable(zip(pieces, (*letters, ""), strict=True))))
            if self._known(spelling):  # "chochu" is хочу
                return spelling
        return plain

    def spells_a_word(self, word: str) -> bool:
        """Whether a Latin word spells a Cyrillic word that a lexicon or the everyday words know, as one of the ways
        of typing it ("gravec": гравець)."""
        return _LATIN_WORD.fullmatch(word) is not None and self._known(self.skeleton_of(word))

    def _known(self, skeleton_: str) -> bool:
        return skeleton_ in self.everyday or any(skeleton_ in known for known in self.words.values())

    def readings(
        self, words: list[str], telling: Container[str] = (), named: Container[str] = ()
    ) -> dict[str, list[str]]:
        """The words in Cyrillic as Russian and as Ukrainian are typed (by language), when at least
        two of them are Cyrillic words in Latin letters; otherwise none. A word that an apostrophe
        split is read whole at each of its pieces' places ("p' 'et": "пьет пьет"), except where
        Ukrainian's apostrophe splits the Cyrillic word too ("p' 'yat'": "п ять", as "п'ять" is folded).
        A word that reads as one of `telling` counts whatever its length ("syn" is сын: the words for
        people, in a message that tells of someone close in few words, "syn p'et"). A word that reads as one of `named`
        is a Cyrillic word though no lexicon knows it (the words of the topics: "u mamy demencija")."""
        whole = {lang: _whole_words(words, lang == "uk") for lang in self.words}
        latin = {w: self.skeleton_of(w) for found in whole.values() for _, w in found if _LATIN_WORD.fullmatch(w)}
        evidence = sum(
            1
            for _, w in whole["ru"]
            if w in latin
            and w not in self.latin_known
            and (self._known(latin[w]) or any(self.cyrillic(w, latin[w], lang) in named for lang in LETTERS))
            and (len(w) >= EVIDENCE_LETTERS or any(self.cyrillic(w, latin[w], lang) in telling for lang in LETTERS))
        )
        if evidence < MIN_EVIDENCE:
            return {}
        return {
            lang: [self.cyrillic(w, latin[w], lang) if w in latin else words[at] for place, w in found for at in place]
            for lang, found in whole.items()
        }


def _whole_words(words: list[str], ukrainian: bool) -> list[tuple[range, str]]:
    """The words as whole words (with the places of their pieces): the pieces an apostrophe split
    joined again ("p'", "'et": "p'et"), unless it is Ukrainian's apostrophe before a vowel; an
    apostrophe left at a word's end is a soft sign ("den'")."""
    found: list[tuple[range, str]] = []
    start = 0
    for i in range(1, len(words) + 1):
        follows = i < len(words) and words[i].startswith("'") and words[i - 1].endswith("'")
        if follows and not (ukrainian and words[i][1:2] in _VOWELS):
            continue
        pieces = [w.strip("'") for w in words[start:i]]
        soft = words[i - 1].endswith("'") and not follows
        found.append((range(start, i), "'".join(pieces) + ("'" if soft else "")))
        start = i
    return found

"""Which taxonomy topics a free text is about, tolerant of typos, inflection and compounds.

Single-word terms live in a dict and are looked up for every prefix and suffix of every query
word (German compounds: "Alkohol|problem", "Brust|krebs"; a suffix only of a Latin-script word
whose front part is a word itself); Arabic words of the text are read without their clitics, the
terms never (`arabic_readings`); phrases are looked up by their first
word, which must be a whole word of the folded text, and then found in it. A term that is a function
word ("ALS" is German "als") is read only in phrases, or when it is all the text says. Words not in the
vocabulary are first read as an inflected form of a vocabulary word (Russian and Ukrainian cases
change a final vowel: "депрессия" -> "депрессией", "атака" -> "атаки"), then corrected to the
closest vocabulary word ("alkohl" -> "alkohol").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import Stemmer
from rapidfuzz import fuzz, process

from bot.common_words import common_words
from bot.compiled import compiled
from bot.directory.arabizi import (
    ARABIZI_FUNCTION_WORDS,
    arabic_skeleton,
    arabic_sound,
    is_arabizi,
    is_arabizi_text,
    latin_skeletons,
    latin_sounds,
    spells_long_vowels,
)
from bot.directory.losses import Losses, default_losses
from bot.directory.taxonomy import Taxonomy, default_taxonomy
from bot.directory.topic_evidence import TopicEvidence
from bot.directory.violence import DONE, SUFFERED, apart, default_violence
from bot.paths import DATA, read_yaml
from dialogs.text import WordSets, normalise
from dialogs.translit import cyrillic_skeleton

MIN_AFFIX_TERM = 4
FREE_PREFIX_TERM = 6
TYPO_CUTOFF = 80.0
SHORT_WORD = 5
SHORT_TYPO_CUTOFF = 88.0  # one letter more or less; a changed letter makes another word ("leben", "leber")
VOWELS = "aeiouyаеиоуыэюяьіє"  # after normalise(): й, ї and ё are folded
MAX_ENDING = 3
WHOLE_WORD = "="  # a term written "=Sucht" matches only the whole word, never part of another
VAGUE = "~"  # a term written "~I'm exhausted" names its topic only in a message that names no other
GRIEF = "trauer"  # the category whose phrases of losing someone are no loss of things (bot/directory/losses.py)
MIN_STEM = 3  # a word cut to fewer letters would meet too many others
ABBREVIATION = re.compile(r"[A-ZА-ЯІЄ]{2}")  # "MS", "IQ", "РС": shorter than a stem, but no function word
INITIALS = re.compile(r"[A-ZА-ЯІЄ]{2,6}")  # "BPD", "COPD", "ПТСР": a name in its initials
# Turkish as typed in chat drops the "r" of the present tense and shortens its person: "titriyo" is
# "titriyor" (trembles), "kalkamıyom" "kalkamıyorum" (I can't get up), "içiyoz" "içiyoruz"
COLLOQUIAL_PRESENT = re.compile(r"^([a-z]{3,}[iu]yo)(m|n|z|k|sun|suz|sunuz|lar)?$")
PRESENT_PERSONS = {"m": "um", "n": "sun", "z": "uz", "k": "uz", "suz": "sunuz"}  # the others are written alike
STEMMERS = {
    lang: Stemmer.Stemmer(algorithm)
    for lang, algorithm in (
        ("de", "german"),
        ("en", "english"),
        ("tr", "turkish"),
        ("ar", "arabic"),
        ("ru", "russian"),
        ("uk", "russian"),
    )
}
ALL_STEMMERS = tuple({id(s): s for s in STEMMERS.values()}.values())
ARABIC_PROCLITICS = ("وال", "بال", "فال", "كال", "عال", "لل", "ال", "و", "ب", "ف", "ل", "ك")  # "عال": على ال
ARABIC_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ي", "ك")
ARABIC_ARTICLES = ("عال", "ال")
ARABIC_PERSONS = "اتني"  # the prefixes of a present-tense verb: I (first), you/she, we, he/they
ARABIC_INDICATIVE = "ب"  # Levantine and Egyptian before it: "بيسمع", "بسمع" (I hear)
MIN_ARABIC_STEM = 3
TA_MARBUTA = "ه"  # a noun's final ة (folded to ه) is written ت before an attached pronoun: "زوجة", "زوجتي"
TURKISH_CASES = {"i": "accusative", "u": "accusative", "e": "dative", "a": "dative"}  # ı and ü folded
LINKING = ("", "s", "es", "n", "en", "e", "er")  # between the parts of a German compound: "Arbeit|s|sucht"
ORDERED_LANGUAGES = frozenset({"en"})  # a phrase's words keep their order in a sentence
PHRASE_SLACK = 6  # other words that may stand between the words of a phrase found in any form
REFLEXIVE = "<self>"  # the key of every reflexive pronoun of a phrase
NEGATION = "<not>"  # and, followed by its language, of every negation
WISHED = ("sein", "bleiben")  # after a denied word a wish: "will nicht einsam sein" is about loneliness
POSTPOSED = ("degil",)  # Turkish "değil" (not) follows the word it denies, with a person's ending: "agresif değilim"
WHOLE_ENDING = 2  # "=Trinker" also matches "Trinkern": a plural or case ending, never another word of its stem
MORE_TERMS = 0.01  # added to a topic's score for each other term of it in the text, up to MAX_MORE of them
MAX_MORE = 2
CORRECTED = 0.92  # the quality of a match in the text with its words corrected
READ = 0.9  # and in another reading of it (Russian typed in Latin letters read in Cyrillic)
STEMMED = 0.9  # how exactly a term is found in a word by the word's stem
CYRILLIC = frozenset({"ru", "uk"})
ARABIZI_SKELETON = 3  # consonants of a word read as a term; a phrase's other words may have two ("tool", طول)
# how alike its vowels must be too, unless it writes each long one: "2ata3t" (I crossed) is no "تعاطي" (drug use)
ARABIZI_SOUND = 80.0
ARABIZI_FRONT = "lbwf"  # an article or a preposition written onto an Arabizi word ("elba7r")
ARABIZI_BACK = "hkn"  # an attached pronoun ("ahli" ends in a vowel; "galbak", "bintha")


# a Ukrainian word normalise() split at its apostrophe after one letter ("б'є", "п'ю", typed ’ or ` too:
# "б є"), which is no word of its own there
SPLIT_AT_APOSTROPHE = re.compile(r"(?<!\S)([бпмфр]) (?=[єюяі])")


def fold(text: str) -> str:
    """A text or a term `normalise`d, with a Ukrainian word split at its apostrophe whole again, the
    apostrophe a letter of it ("б'є мене", he beats me, is two words: "б'є" and "мене")."""
    return SPLIT_AT_APOSTROPHE.sub(r"\1'", normalise(text))


def is_arabic(word: str) -> bool:
    return "\u0600" <= word[:1] <= "\u06ff"


def _everyday_behind_clitics(word: str) -> bool:
    """Whether an Arabic word is an everyday word with a preposition or article in front ("بالمبنى", in the
    building): no typo of a topic word ("التبني", adoption), as the word alone is none."""
    fronts = (word[len(c) :] for c in ARABIC_PROCLITICS if word.startswith(c))
    return is_arabic(word) and any(len(front) >= MIN_ARABIC_STEM and front in common_words() for front in fronts)


def arabic_readings(word: str) -> set[str]:
    """What an Arabic word of a message may be without an article, conjunction or preposition in
    front and an attached pronoun behind ("بالسرطان" -> "سرطان", "ابني" -> "ابن"), the word itself
    included; a ت before the pronoun is the noun's ة ("ولادتي" -> "ولادة"). Only the message's words
    are read so: a term cut short would meet everyday words ("كحول" without "ك" is "حول", around;
    "اميه" without "ه" is "امي", my mother)."""
    if not is_arabic(word):
        return {word}
    bare = (word[len(c) :] for c in ARABIC_PROCLITICS if word.startswith(c))
    fronts = [word, *(front for front in bare if len(front) >= MIN_ARABIC_STEM)]
    readings = set(fronts)
    for front in fronts:
        bases = [
            front[: -len(c)] for c in ARABIC_ENCLITICS if front.endswith(c) and len(front) - len(c) >= MIN_ARABIC_STEM
        ]
        readings.update(bases)
        readings.update(base[:-1] + TA_MARBUTA for base in bases if base.endswith("ت"))  # "ولادتي": my "ولادة"
    return readings


def arabic_verb_forms(word: str) -> set[str]:
    """A present-tense Arabic verb without the Levantine and Egyptian indicative "ب", in the same
    person: "بسمع" and "اسمع" (I hear) are one, "بيسمع" and "يسمع" (he hears) another, never the
    two alike ("بدي احكي", I want to talk, is no "بيحكي مع حاله", he talks to himself). Only words of
    phrases meet so: a noun is no verb ("بسكر", I get drunk, is no "سكر", sugar)."""
    if word.startswith("و") and len(word) > MIN_ARABIC_STEM + 1:  # "وبسمع": and I hear
        word = word[1:]
    cut = (word[: -len(c)] for c in ARABIC_ENCLITICS if word.endswith(c) and len(word) - len(c) > MIN_ARABIC_STEM)
    bare = [word, *cut]
    forms = set()
    for verb in bare:
        if verb.startswith(ARABIC_INDICATIVE) and len(verb) > MIN_ARABIC_STEM:
            verb = verb[1:] if verb[1] in ARABIC_PERSONS else ARABIC_PERSONS[0] + verb[1:]
        if verb[0] in ARABIC_PERSONS and len(verb) > MIN_ARABIC_STEM:
            forms.add(verb)
    return forms


def turkish_case(word: str) -> str | None:
    """The case a Turkish noun's ending says, as far as it tells the object of a verb: "oğlumuzu
    kaybettik" (we lost our son, accusative) is not "oğlum parasını kaybetti" (my son lost his
    money, nominative), "anneme bakıyorum" (I care for my mother, dative) not "annem bakıyor". A
    word without an ending, or with another, tells none (typed without Turkish letters too)."""
    if len(STEMMERS["tr"].stemWord(word)) >= len(word):
        return None
    return TURKISH_CASES.get(word[-1])


def arabic_stem(word: str) -> tuple[str, ...]:
    """The Snowball stem of an Arabic word of a phrase, unless it is cut to two letters: "عمي" (blind)
    is "عم", the Levantine "-ing" particle ("عم اقدر"), "معي" (with me) "مع" (with)."""
    stem = STEMMERS["ar"].stemWord(word)
    return (stem,) if len(stem) >= MIN_ARABIC_STEM else ()


def without_article(term: str) -> str:
    """An Arabic term without its definite article ("السرطان" -> "سرطان"), which is part of no word,
    or the Levantine "عال" (on the: "عالمدرسه", to school)."""
    for article in ARABIC_ARTICLES:
        if term.startswith(article) and len(term) - len(article) >= MIN_ARABIC_STEM:
            return term[len(article) :]
    return term


def word_lists(name: str) -> dict[str, frozenset[str]]:
    """A data file of words per line ("de: ich mich ..."), folded, by what stands before the colon."""
    lists: dict[str, set[str]] = defaultdict(set)
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and ":" in line:
            key, words = line.split(":", 1)
            lists[key.strip()].update(normalise(words).split())
    return {key: frozenset(words) for key, words in lists.items()}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words that carry no topic (data/stopwords.txt): never corrected, never compared with names."""
    return frozenset().union(*word_lists("stopwords.txt").values())


def phrase_content(phrase: str) -> frozenset[str]:
    """A phrase's words that are no stopwords."""
    return frozenset(phrase.split()) - stopwords()


@lru_cache(maxsize=1)
def pronouns() -> tuple[frozenset[str], frozenset[str]]:
    """The reflexive pronouns of every language and the other pronouns (data/pronouns.txt)."""
    lists = word_lists("pronouns.txt")
    return tuple(frozenset().union(*(v for k, v in lists.items() if k.endswith(kind))) for kind in (" self", " other"))


@lru_cache(maxsize=1)
def negations() -> dict[str, frozenset[str]]:
    """The negation words of each language, as the crisis triage knows them (data/triage/<lang>.yaml)."""
    return {
        path.stem: frozenset(
            word for term in read_yaml(path).get("negation", ()) for word in normalise(str(term)).split()
        )
        for path in sorted((DATA / "triage").glob("*.yaml"))
    }


@lru_cache(maxsize=1)
def negation_words() -> frozenset[str]:
    return frozenset().union(*negations().values())


NOTHING = frozenset({"nichts"})  # a negation that is an object denies no word after it: "finden nichts, könnte es"


def negated(words: list[str]) -> set[int]:
    """Where the words stand that a negation denies: the word after one ("Er ist nicht gewalttätig",
    "not depressed", "مش عنيف"), the word before Turkish "değil" ("agresif değil"); not one that is
    wished for (WISHED). A denied word names no topic, unless a phrase of the topic says the
    negation too ("kann nicht schlafen")."""
    nots = negation_words()
    denied = set()
    for i, word in enumerate(words):
        if word.startswith(POSTPOSED):
            denied.update(range(max(0, i - 1), i))
        elif word in nots - NOTHING and i + 1 < len(words) and words[i + 1] not in nots:
            denied.update({i + 1} if words[i + 2 : i + 3] not in ([w] for w in WISHED) else ())
    return denied


def short_words(phrase: str, abbreviations: frozenset[str]) -> set[str]:
    """A phrase's words too short to stem that are no stopword, negation, pronoun, number or
    abbreviation: "ot" (weed) of "ot içiyor"."""
    reflexive, other = pronouns()
    return {
        w
        for w in phrase.split()
        if len(w) < MIN_STEM
        and w not in stopwords()
        and w not in negation_words()
        and w not in reflexive
        and w not in other
        and not w.isdigit()
        and w not in abbreviations
    }


@dataclass(frozen=True)
class TopicHit:
    topic_id: str
    score: float
    matched: str


class PhraseIndex:
    """Multi-word terms of two or more content words (or one and a reflexive pronoun), found by
    them in any order and inflection: a phrase matches when each of its words is a word of the
    text up to the ending ("Pfeifen im Ohr" in "es pfeift ständig in meinem Ohr", "боли в
    суставах" in "суставы болят"). Endings are cut by the Snowball stemmer of the term's language
    (PyStemmer; Ukrainian with the Russian one) and, for the text whose language is not known, by
    every one of them, or by cutting up to three letters off (to a stem of three letters only one:
    "kaut" is "kau|en", "total" no "tot", "trinkt" no "tri|ing"); an Arabic phrase's words only
    lose their article, and the text's words are read without clitics (`arabic_readings`). A
    negation in a phrase is one of its words, met by any negation of the phrase's language: "не
    хочет ходить в школу" is not found in "хочет ходить в школу", "kann nicht stillsitzen" is
    in "kann keine Minute stillsitzen"; so is a number, met only by itself ("28. Woche" is no "30. Woche"), and a
    pronoun (data/pronouns.txt): a reflexive one is met by any reflexive pronoun ("sich ritzen"
    in "ich ritze mich"), another only by itself ("мене" is no "мені"); so is a word too short to
    stem in a phrase that is another term without it (`told_apart`: "ot", weed, of "oğlum ot
    içiyor", without which it is "oğlum içiyor", drinks). A noun of a Turkish phrase
    with a case ending is met only by a word of that case (`turkish_case`), and a word of a death in the
    past never by a word of dying now, nor the other way round ("died" and "dying" are both "die":
    `losses`, data/taxonomy/losses.yaml)."""

    def __init__(
        self,
        phrases: dict[str, set[str]],
        abbreviations: frozenset[str] = frozenset(),
        told_apart: frozenset[str] = frozenset(),
        losses: Losses | None = None,
    ) -> None:
        self.phrases: list[str] = []
        self._losses = losses
        self._words_of: list[list[str]] = []  # each phrase's words, by position
        self._needs: list[int] = []  # how many words each phrase needs
        self._ordered: list[bool] = []  # whether they must stand in the phrase's order
        self._by_stem: dict[str, list[tuple[int, int]]] = defaultdict(list)  # stem -> (phrase, word)
        # a Latin word of four letters cut to three, met by a word of that stem, never by one cut
        # short: "sehe" is in "seh", "sehen", but "care" ("car") not in "cart"
        self._by_short_stem: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._by_verb: dict[str, list[tuple[int, int]]] = defaultdict(list)  # Arabic: `arabic_verb_forms`
        self._slots: dict[int, list[tuple[int, str]]] = defaultdict(list)  # phrase -> (word, class): "<self>"
        self._cases: dict[tuple[int, int], str] = {}  # a Turkish phrase's noun -> its case (`turkish_case`)
        self._denying: set[int] = set()  # phrases that say a negation: their words may be denied ones
        stop = stopwords()
        self._negations: dict[str, set[str]] = defaultdict(set)  # a negation -> its languages
        for lang, words in negations().items():
            for word in words:
                self._negations[word].add(lang)
        negation = self._negations.keys()
        self._reflexive, other = pronouns()
        for phrase, langs in phrases.items():
            content = [
                w
                for w in phrase.split()
                if (len(w) >= MIN_STEM or w in abbreviations)
                and w not in stop
                and w not in negation
                and w not in self._reflexive
                and not w.isdigit()
            ]
            tiny = short_words(phrase, abbreviations) if phrase in told_apart else set()
            words = [
                w
                for w in phrase.split()
                if w in negation or w in content or w in tiny or w in self._reflexive or w.isdigit()
            ]
            if len(content) < 1 or len(words) - sum(w in negation or w.isdigit() for w in words) < 2:
                continue  # "zu viel essen" is no "essen", "AD(H)S Erwachsene" no "Erwachsene": found as written only
            index = len(self.phrases)
            self.phrases.append(phrase)
            self._words_of.append(words)
            self._needs.append(len(words))
            self._ordered.append(langs <= ORDERED_LANGUAGES)
            if langs == {"tr"}:  # the verb stands last, its object before it
                for position, word in enumerate(words[:-1]):
                    if case := turkish_case(word):
                        self._cases[index, position] = case
            for position, word in enumerate(words):
                if word in self._reflexive or word in negation:  # met by any of its class (and language)
                    classes = [REFLEXIVE] if word in self._reflexive else [f"{NEGATION}{lang}" for lang in langs]
                    if word in negation:
                        self._denying.add(index)
                    self._slots[index].extend((position, key) for key in classes)
                    continue
                if word in other or word.isdigit() or word in abbreviations or word in tiny:
                    stems = {word}
                elif is_arabic(word):  # no clitics cut off: "كحول" is no "حول" (the text's words lose them)
                    stems = {word, without_article(word), *arabic_stem(word)}
                    for verb in arabic_verb_forms(word):
                        self._by_verb[verb].append((index, position))
                else:  # a stem of two letters meets too many words: Turkish "ölümü" (death), folded, is "ol" (be)
                    stemmed = (STEMMERS[lang].stemWord(word) for lang in langs)
                    stems = {word, *(stem for stem in stemmed if len(stem) >= MIN_STEM)}
                for stem in stems:
                    short = word.isascii() and len(stem) < MIN_AFFIX_TERM == len(word)
                    (self._by_short_stem if short else self._by_stem)[stem].append((index, position))

    def found_in(self, words: list[str]) -> list[str]:
        """The phrases whose every word is another word of the text, all close together
        (`placed`)."""
        at: dict[str, list[int]] = defaultdict(list)  # a word of the text -> where it stands
        for i, word in enumerate(words):
            if word:
                at[word].append(i)
        denied = negated(words)
        seen: dict[int, dict[int, list[int]]] = {}  # phrase -> its word -> where it may stand
        stop = stopwords()
        classes: dict[str, list[int]] = defaultdict(list)  # "<self>", "<not>de" -> where one stands
        everyday = common_words()
        for word, places in at.items():
            if word in self._reflexive:
                classes[REFLEXIVE].extend(places)
            for lang in self._negations.get(word, ()):
                classes[f"{NEGATION}{lang}"].extend(places)
            if word in self._reflexive or word in self._negations or word in stop:
                continue  # a function word is no form of a phrase's word: "sehr" is no "sehen" ("seh")
            stems = {*arabic_readings(word), *(stemmer.stemWord(word) for stemmer in ALL_STEMMERS)}
            turkish = STEMMERS["tr"].stemWord(word)  # a Turkish ending is no more: "bırakti" (left) is no "bira|kti"
            inside = len(turkish) if word in everyday and len(turkish) < len(word) else 0
            keys = stems | {
                word[:cut]
                for cut in range(max(MIN_STEM, len(word) - MAX_ENDING, inside), len(word))
                if (cut >= MIN_AFFIX_TERM or len(word) - cut == 1) and not word.isdigit()
            }
            hits = {hit for key in keys for hit in self._by_stem.get(key, ())}
            hits.update(hit for stem in stems for hit in self._by_short_stem.get(stem, ()))
            if is_arabic(word):
                hits.update(hit for verb in arabic_verb_forms(word) for hit in self._by_verb.get(verb, ()))
            case = turkish_case(word) if any(hit in self._cases for hit in hits) else None
            kept = [p for p in places if p not in denied]  # for a phrase that says no negation itself
            for index, position in hits:
                if self._other_tense(word, self._words_of[index][position]):
                    continue
                if self._cases.get((index, position), case) == case and (kept or index in self._denying):
                    seen.setdefault(index, {}).setdefault(position, []).extend(
                        places if index in self._denying else kept
                    )
        for index, found in seen.items():  # a phrase has a content word: only those found may need a class
            for position, key in self._slots.get(index, ()):
                if key in classes:
                    found.setdefault(position, []).extend(classes[key])
        return [
            self.phrases[i]
            for i, found in seen.items()
            if len(found) == self._needs[i] and self.placed(i, [found[p] for p in range(self._needs[i])])
        ]

    def _other_tense(self, word: str, term_word: str) -> bool:
        """Whether a word of the text tells a death in the past and the phrase's word a dying now, or the other way
        round (data/taxonomy/losses.yaml): "my mother died" is no "my mother is dying"."""
        return self._losses is not None and self._losses.other_tense(word, term_word)

    def placed(self, index: int, places: list[list[int]]) -> bool:
        """Whether the phrase's words can stand at different places of the text (`places`: where
        each may), within a span of PHRASE_SLACK words more than the phrase has, and in its order
        when its language keeps one ("lost my husband" is not in "my husband lost our money")."""
        ordered, span = self._ordered[index], len(places) + PHRASE_SLACK

        def fill(position: int, used: tuple[int, ...]) -> bool:
            if position == len(places):
                return True
            for place in places[position]:
                if place in used or (ordered and used and place < used[-1]):
                    continue
                if used and max(*used, place) - min(*used, place) >= span:
                    continue
                if fill(position + 1, (*used, place)):
                    return True
            return False

        return fill(0, ())


class TopicMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._words: dict[str, set[str]] = defaultdict(set)
        self._whole: dict[str, set[str]] = defaultdict(set)  # terms that are only themselves, whole words
        self._phrases: dict[str, set[str]] = defaultdict(set)
        self._alone: dict[str, set[str]] = defaultdict(set)  # terms that are function words
        self._vague: set[str] = set()  # terms of distress itself ("~ben de tükendim"): see `match`
        self._tails: set[str] = set()  # German terms: the last part of a compound ("Brust|krebs")
        phrase_languages: dict[str, set[str]] = defaultdict(set)
        for topic in taxonomy.topics:
            for lang, terms in topic.terms.items():
                for term in terms:
                    key = fold(term)
                    if term.startswith(VAGUE):
                        self._vague.add(key)
                    if key in stopwords() or key.isdigit():  # "ALS" is "als", "§24" a number: in phrases, or alone
                        self._alone[key].add(topic.id)
                        continue
                    if term.startswith(WHOLE_WORD):  # "=Sucht": never inside "versucht"
                        self._whole[key].add(topic.id)
                    elif " " in key:
                        self._phrases[key].add(topic.id)
                        phrase_languages[key].add(lang)
                    elif key:
                        self._words[key].add(topic.id)
                        if lang == "de":
                            self._tails.add(key)
        abbreviations = frozenset(  # "MS" of "bacaklarımda uyuşma MS": a word of the phrase, found as itself
            normalise(word)
            for topic in taxonomy.topics
            for terms in topic.terms.values()
            for term in terms
            for word in term.split()
            if ABBREVIATION.fullmatch(word)
        )
        self._losses = default_losses()
        self._phrase_index = PhraseIndex(phrase_languages, abbreviations, self._told_apart(abbreviations), self._losses)
        self._spelled_out = {  # "BPD" is as specific as "Borderline personality disorder" (see `match`)
            fold(term): len(fold(terms[0]))
            for topic in taxonomy.topics
            for terms in topic.terms.values()
            for term in terms
            if INITIALS.fullmatch(term) and fold(term) in self._words
        }
        self._category = {topic.id: topic.category for topic in taxonomy.topics}
        self._linked: dict[str, set[str]] = defaultdict(set)  # the topics a topic names or is named by
        for topic in taxonomy.topics:
            for other in (*topic.related, *filter(None, [topic.relatives])):
                self._linked[topic.id].add(other)
                self._linked[other].add(topic.id)
        self._by_bare = {without_article(w): w for w in self._words if without_article(w) != w}  # Arabic
        self._known_heads = WordSets(frozenset(self._words) | frozenset(self._whole), common_words())
        self._by_stem: dict[str, set[str]] = defaultdict(set)  # a single-word term by its stem in its language
        for topic in taxonomy.topics:
            for lang, terms in topic.terms.items():
                for term in terms:
                    key = fold(term)
                    if key and " " not in key and len(key) >= MIN_AFFIX_TERM and not term.startswith(WHOLE_WORD):
                        stem = STEMMERS[lang].stemWord(key)
                        if len(stem) >= MIN_AFFIX_TERM:
                            self._by_stem[stem].add(key)
        grief = {topic.id for topic in taxonomy.topics if topic.category == GRIEF}
        self._deaths = {  # phrases of grief with a verb of losing: "Sohn verloren", not "Geld verloren"
            phrase
            for phrase, topics in self._phrases.items()
            if topics <= grief and any(self._losses.is_verb(w) for w in phrase.split())
        }
        self._grief_phrases = {phrase for phrase, topics in self._phrases.items() if topics <= grief}
        self._dying = {  # phrases of grief with a word of dying: "seit mein Mann tot ist", not "ich lach mich tot"
            phrase for phrase in self._grief_phrases if any(self._losses.is_dying(w) for w in phrase.split())
        }
        self._violence = default_violence()
        self._sides = {  # terms that tell who hit whom: "als Kind geschlagen", "habe mein Kind geschlagen"
            term: sides
            for terms in (self._phrases, self._words, self._whole)
            for term, topics in terms.items()
            if (sides := self._violence_side(term, topics, taxonomy.harm))
        }
        self._pursuits = {  # phrases with a word of pursuing: "ex verfolgt mich", not "das verfolgt mich bis heute"
            phrase for phrase in self._phrases if any(self._losses.is_pursuing(w) for w in phrase.split())
        }
        self._phrase_word_topics: dict[str, set[str]] = defaultdict(set)  # a word of phrases -> their topics
        for phrase, topics in self._phrases.items():
            for word in phrase.split():
                self._phrase_word_topics[word] |= topics
        self._phrases_by_first: dict[str, list[str]] = defaultdict(list)
        for phrase in self._phrases:  # as written: its first word is a whole word of the text
            self._phrases_by_first[phrase.split(" ", 1)[0]].append(phrase)
        vocabulary = set(self._words) | {w for p in self._phrases for w in p.split()}
        self._vocabulary_set = {w for w in vocabulary if len(w) >= MIN_AFFIX_TERM}
        self._by_initial: dict[str, list[str]] = defaultdict(list)  # typos rarely hit the first letter
        for word in sorted(self._vocabulary_set):
            self._by_initial[word[0]].append(word)
        self._stems: dict[str, str] = {}  # word without its final vowels -> the word; terms before phrase words
        for word in (*sorted(self._words), *sorted(self._vocabulary_set)):
            stem = word.rstrip(VOWELS)
            if MIN_AFFIX_TERM <= len(stem) < len(word) <= len(stem) + 2:
                self._stems.setdefault(stem, word)
        self._by_skeleton: dict[str, dict[str, str]] = {}  # what a Latin spelling of a topic word reads, per language
        for lang in CYRILLIC:
            terms = {fold(t) for topic in taxonomy.topics for t in topic.terms.get(lang, ())}
            table = self._by_skeleton[lang] = {}
            for word in (*sorted(w for w in terms if w in self._words), *sorted(w for t in terms for w in t.split())):
                if len(word) >= MIN_AFFIX_TERM and not word.isascii():
                    table.setdefault(cyrillic_skeleton(word), word)
        # an Arabizi skeleton -> the Arabic topic words of it, with their sounds (to choose by the vowels)
        self._evidence = TopicEvidence(taxonomy, _forms_of_term_word, _no_evidence())
        self._by_arabic_skeleton: dict[str, list[tuple[str, str]]] = defaultdict(list)
        single = set(self._words) | set(self._whole) | set(self._alone)
        in_phrases = {w for p in self._phrases for w in p.split() if is_arabic(w)}
        for word in sorted({w for w in single if is_arabic(w)} | in_phrases):
            skeleton = arabic_skeleton(without_article(word))
            if len(skeleton) >= ARABIZI_SKELETON or (len(skeleton) == ARABIZI_SKELETON - 1 and word not in single):
                self._by_arabic_skeleton[skeleton].append((word, arabic_sound(without_article(word))))

    def correct(self, word: str) -> str:
        """The topic word an inflected or mistyped word most likely means, or the word itself; a
        colloquial Turkish present tense in its written form (COLLOQUIAL_PRESENT)."""
        if len(word) < MIN_AFFIX_TERM or word in self._words or word.isdigit() or word in stopwords():
            return word
        everyday = word in common_words() or _everyday_behind_clitics(word)
        if not everyday and (colloquial := COLLOQUIAL_PRESENT.match(word)):
            person = colloquial[2] or ""
            return f"{colloquial[1]}r{PRESENT_PERSONS.get(person, person)}"
        for cut in range(len(word) - 1, max(MIN_AFFIX_TERM, len(word) - MAX_ENDING) - 1, -1):
            # another ending of a topic word: "депресії" is "депресія", but "Messer" no "Messie"
            if word[:cut] in self._stems and not (everyday and word[cut:].strip(VOWELS)):
                return self._stems[word[:cut]]
        if word in self._vocabulary_set or everyday:  # an everyday word is no typo: "Schule" is no "Schwule"
            return word
        cutoff = SHORT_TYPO_CUTOFF if len(word) <= SHORT_WORD else TYPO_CUTOFF
        best = process.extractOne(word, self._by_initial.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=cutoff)
        if best and is_arabizi(word) and not set(latin_skeletons(word)) & set(latin_skeletons(best[0])):
            return word  # Arabizi spells the vowels as heard, never another consonant: "3arabi" is no "3asabi"
        return best[0] if best else word

    def match(self, text: str, readings: dict[str, list[str]] | None = None) -> list[TopicHit]:
        """Topics the text names, best first; the score says how specific and exact the match was.
        Of equal scores the topic of the longer term comes first ("Schmerzen im Knie" before
        "Knie schmerzen"), then by id: never by where the topics stand in the files. Vague terms
        (distress itself: "ben de tükendim", "I'm exhausted") count only when no other term is
        found: a carer who is exhausted asks for carers, not for burnout. A topic that more of the
        text's terms name is a little more likely meant: "ревматизм, суглоби болять" (rheumatism,
        joints hurt) is rheumatism, though aching joints are arthrosis too. `readings`
        are the text's words in Cyrillic when it is Russian or Ukrainian typed in Latin letters
        (dialogs.translit), searched too: a word spelled like a topic word is that word ("grizu"
        read "гризу" is "грызу"), one that reads as an everyday word is not corrected."""
        folded = fold(text)
        if not folded:
            return []
        if folded in self._alone:
            return [TopicHit(topic_id, 1.0, folded) for topic_id in sorted(self._alone[folded])]
        words = folded.split()
        everyday = {  # "teper" read "тепер" (now) is no typo of "temper"
            i
            for reading in (readings or {}).values()
            if len(reading) == len(words)
            for i, word in enumerate(reading)
            if word in common_words()
        }
        corrected = " ".join(w if i in everyday else self.correct(w) for i, w in enumerate(words))
        variants = [(folded, 1.0), (corrected, CORRECTED)]
        for lang, words in (readings or {}).items():  # "п є" of "p'ie" whole again, as in a Cyrillic text
            variants.append((fold(" ".join(self.read(words, lang))), READ))
        if is_arabizi_text(folded.split()):
            variants.append((" ".join(self._read_arabizi(w) for w in folded.split()), READ))
        best: dict[str, TopicHit] = {}
        firm: dict[str, TopicHit] = {}  # found by a term that is not vague
        terms_of: dict[str, set[str]] = defaultdict(set)  # the terms that found each topic
        found_in = [(variant, quality, self._terms_in(variant)) for variant, quality in variants]
        readings_of_words = _word_readings(folded)
        for figure, phrases in (
            (self._losses.only_things, self._deaths),
            (self._losses.only_figures, self._dying),
            (self._losses.only_memories, self._pursuits),
        ):
            if figure(readings_of_words):
                found_in = [(v, q, [(t, e) for t, e in found if t not in phrases]) for v, q, found in found_in]
        if self._losses.fears_someone(readings_of_words):  # "angst vor ihm" is no "Angst", nor "Angst vor Menschen"
            found_in = [(v, q, [(t, e) for t, e in found if not self.only_fear(t)]) for v, q, found in found_in]
        if sides := frozenset().union(*(self._violence.told(v.split()) for v, _ in variants)):
            found_in = [(v, q, [(t, e) for t, e in found if not self.other_side(t, sides)]) for v, q, found in found_in]
        in_phrases: dict[str, list[str]] = {}  # a word of a phrase found in any reading -> the phrases
        for _, _, found in found_in:
            for term, _ in found:
                for word in term.split() if " " in term else ():
                    in_phrases.setdefault(word, []).append(term)
        longer = {phrase_content(term): term for _, _, found in found_in for term, _ in found if " " in term}
        padded = [f" {variant} " for variant, _ in variants]
        written = {term for term in longer.values() if any(phrase_in(term, text) for text in padded)}
        for variant, quality, found in found_in:
            for term, exactness in found:
                topics = self._words.get(term, ()) or self._phrases.get(term, ()) or self._whole.get(term, ())
                if term in in_phrases and not self._kin(topics, in_phrases[term]):
                    continue  # a word of a phrase of an unrelated topic: "aids" in "hearing aids"
                if " " in term and self._inside_longer(term, topics, longer, written):
                    continue  # "грає в ігри" (gaming) in "грає в ігри на гроші" (gambling)
                length = max(len(term), self._spelled_out.get(term, 0))
                score = quality * exactness * (0.75 + 0.25 * min(1.0, length / max(8, len(variant))))
                for topic_id in topics:
                    terms_of[topic_id].add(term)
                for found_by in (best,) if term in self._vague else (best, firm):
                    for topic_id in topics:
                        if topic_id not in found_by or found_by[topic_id].score < score:
                            found_by[topic_id] = TopicHit(topic_id, round(score, 4), term)
        if not (self.taxonomy.harm - {self._violence.topics.suffered}).intersection(firm):  # "als Kind missbraucht"
            for hit in self._suffered_from_someone(variants):
                terms_of[hit.topic_id].add(hit.matched)
                if hit.topic_id not in firm or firm[hit.topic_id].score < hit.score:
                    best[hit.topic_id] = firm[hit.topic_id] = hit
        hits = [
            replace(hit, score=round(hit.score + MORE_TERMS * min(MAX_MORE, len(terms_of[hit.topic_id]) - 1), 4))
            for hit in (firm or best).values()
        ]
        return sorted(hits, key=lambda h: (-h.score, -len(h.matched), h.topic_id))

    def _suffered_from_someone(self, variants: list[tuple[str, float]]) -> list[TopicHit]:
        """The topic of violence a reading of the text tells suffered from someone it names, whatever the voice,
        tense or order ("ich wurde von meinem Mann geschlagen", "babam beni çocukken döverdi": Violence.
        suffered_from_someone), scored as a term of its words found by its stem would be."""
        told = self._violence.suffered_from_someone([variant.split() for variant, _ in variants])
        return [
            TopicHit(
                topic_id,
                round(quality * STEMMED * (0.75 + 0.25 * min(1.0, len(words) / max(8, len(variant)))), 4),
                words,
            )
            for at, topic_id, words in told
            if topic_id in self._category  # a taxonomy of its own may have no such topic
            for variant, quality in [variants[at]]
        ]

    def knows(self, word: str) -> bool:
        """Whether a word is one of the taxonomy's as written or in another of its forms (an ending,
        a compound, an Arabic clitic: "Frauenhaus", "kolonda"), no typo of anything else: a
        place's name is never read into it (bot.directory.gazetteer)."""
        folded = fold(word)
        return folded in self._vocabulary_set or bool(self._terms_in(folded))

    def tells_lost_things(self, text: str) -> bool:
        """Whether a verb of losing stands beside a thing ("Geld verloren", "para kaybettim"): lost things,
        no death, so `match` names no topic of grief by it."""
        return self._losses.only_things(_word_readings(fold(text)))

    def guess(self, text: str, readings: dict[str, list[str]] | None = None) -> list[TopicHit]:
        """Topics the text may be about when `match` finds none, by the words it shares with their
        terms (bot.directory.topic_evidence), best first: to be offered, not taken as said. Each
        word counts once, in whichever of its readings tells most (as typed, corrected, an Arabizi
        word in Arabic letters); a Cyrillic reading of Latin letters is weighed as a text of its own."""
        words = fold(text).split()
        arabizi = is_arabizi_text(words)
        texts = [[(w, {self.correct(w), *([self._read_arabizi(w)] if arabizi else [])}) for w in words]]
        if readings:
            texts.append(_together(readings))
        everyday = common_words()
        found = [
            self._evidence.guess(
                (word, {f for w in (word, *others) for f in _forms_of_text_word(w)}, word in everyday)
                for word, others in text_words
            )
            for text_words in texts
        ]
        best = max(found, key=lambda guesses: guesses[0][1] if guesses else 0.0)
        return [TopicHit(topic_id, evidence, "") for topic_id, evidence in best]

    def read(self, words: list[str], lang: str) -> list[str]:
        """A Cyrillic reading of Latin letters word by word as the topic words it spells (see _read): "деменця"
        of "demencia" is "деменция", as the roles' words write it."""
        return [self._read(w, lang) for w in words]

    def names(self, word: str) -> bool:
        """Whether a word is a topic word as written or corrected ("деменця" is "деменция")."""
        return self.knows(self.correct(word))

    def _read(self, word: str, lang: str) -> str:
        """A word of a Cyrillic reading of Latin letters as the language's topic word spelled alike,
        or corrected."""
        if word.isascii():
            return word
        return self._by_skeleton.get(lang, {}).get(cyrillic_skeleton(word)) or self.correct(word)

    def _read_arabizi(self, word: str) -> str:
        """A Latin word of an Arabizi message as the Arabic topic word of its consonants ("kawabees"
        is "كوابيس"), perhaps with an article or preposition in front or a pronoun behind; or itself,
        as a negation is ("mish mokta2eb": not depressed)."""
        if not word.isascii() or word.isdigit() or word in ARABIZI_FUNCTION_WORDS or word in negation_words():
            return word
        skeletons = latin_skeletons(word)
        cut = [
            *(s[1:] for s in skeletons if s[:1] in ARABIZI_FRONT),
            *(s[:-1] for s in skeletons if s[-1:] in ARABIZI_BACK),
        ]
        sounds = latin_sounds(word)
        for skeleton in (*skeletons, *(s for s in cut if len(s) >= ARABIZI_SKELETON)):
            if found := self._by_arabic_skeleton.get(skeleton):
                scored = [(max(fuzz.ratio(s, sound) for s in sounds), -len(w), w, sound) for w, sound in found]
                alike = [  # one whose every long vowel it spells first: "sokkari" is "سكري", no "سكايري"
                    (spelled, score, shorter, w)
                    for score, shorter, w, sound in scored
                    for spelled in [any(spells_long_vowels(s, sound) for s in sounds)]
                    if score >= ARABIZI_SOUND or spelled
                ]
                if alike:
                    return max(alike)[3]
        return word

    def _terms_in(self, text: str) -> list[tuple[str, float]]:
        """The terms the text says (with how exactly), none in a word a negation denies (`negated`) nor in a word of
        violence an idiom holds (`Violence.idiom_words`)."""
        said = text.split()
        denied = negated(said) | self._violence.idiom_words(said)
        words = ["" if i in denied else w for i, w in enumerate(said)]
        found: list[tuple[str, float]] = [  # written apart: "Burn-out", "Brust Krebs"
            (a + b, 1.0) for a, b in zip(words, words[1:], strict=False) if a and b and a + b in self._words
        ]
        for word in filter(None, words):
            found.extend(self._whole_terms(word))
            if word in self._words:
                found.append((word, 1.0))
            elif arabic := self._arabic_terms(word):
                found.extend((term, 0.95) for term in sorted(arabic))
            elif len(word) >= MIN_AFFIX_TERM and word not in stopwords():  # "ritz" is "ritzen", "кашляю" "кашель"
                found.extend(
                    (term, STEMMED)
                    for stemmer in ALL_STEMMERS
                    for stem in [stemmer.stemWord(word)]
                    for term in self._by_stem.get(stem, ())
                    if self._same_word(word, term, stem)
                )
            known = word in self._words or word in self._whole  # "hashish" takes no ending off "hashi" (Hashimoto)
            for cut in range(MIN_AFFIX_TERM, len(word)):
                head, tail = word[:cut], word[len(word) - cut :]
                if head in self._words and (cut >= FREE_PREFIX_TERM or (len(word) - cut <= 2 and not known)):
                    found.append((head, 0.93))
                if tail in self._tails and self._compound(word, word[: len(word) - cut]):
                    found.append((tail, 0.9))
        phrases = self._phrases_in(said, words)
        if became := self._became(said):  # no death: the phrases of grief found without those words
            told = {said[i - 1] for i in became}  # a phrase with the word before says it ("kürtaj oldum düşük")
            said = ["" if i in became else w for i, w in enumerate(said)]
            still = self._phrases_in(said, ["" if i in became else w for i, w in enumerate(words)])
            phrases = {p for p in phrases if p not in self._grief_phrases or p in still or told & set(p.split())}
        found.extend((phrase, 1.0) for phrase in sorted(phrases))
        return found

    def fears_someone(self, text: str) -> bool:
        """Whether the text fears someone or for someone (data/taxonomy/losses.yaml): "angst um sie"."""
        return self._losses.fears_someone(_word_readings(fold(text)))

    def other_side(self, term: str, sides: frozenset[str]) -> bool:
        """Whether a term tells violence from another side than the text (`sides`, bot/directory/violence.py): "habe
        mein Kind geschlagen" (Wut und Aggression) is not in "Mein Vater hat mich als Kind geschlagen"."""
        return apart(self._sides.get(term, frozenset()), sides)

    def _violence_side(self, term: str, topics: set[str], harm: frozenset[str]) -> frozenset[str]:
        """The side a term tells violence from (bot/directory/violence.py); one that tells no side but names only
        topics of what violence leaves (the taxonomy's harm: "verprügelt", "الضرب", "schlägt die Kinder") tells
        it suffered: the harmed one's words, never the words of the one who harms."""
        words = term.split()
        sides = self._violence.told(words)
        return sides or (frozenset({SUFFERED}) if topics <= harm and self._violence.tells(words) else frozenset())

    def tells_done(self, term: str) -> bool:
        """Whether a term tells violence done by the writer ("habe mein Kind geschlagen", "I hit my son"): the one it
        was done to is no one the search is for."""
        return self._sides.get(term) == {DONE}

    def only_fear(self, term: str) -> bool:
        """Whether a term says nothing but fear: its words of four letters or more that are no stopword or pronoun
        are words of fear ("Angst", "Angst vor Menschen", "korkuyorum"; not "Angst vor meinem Mann")."""
        reflexive, other = pronouns()
        content = [
            w
            for w in term.split()
            if len(w) >= MIN_AFFIX_TERM and w not in stopwords() and w not in reflexive and w not in other
        ]
        return bool(content) and all(self._losses.is_fear(w) for w in content)

    def _told_apart(self, abbreviations: frozenset[str]) -> frozenset[str]:
        """The phrases whose words too short to stem are all that tells them from another term of
        another topic: "oğlum ot içiyor" (drugs) is "oğlum içiyor" (alcohol) without "ot", "muzh
        b yot" (beats) "muzh p yot" (drinks) but for a letter."""

        def rest(term: str) -> frozenset[str]:
            return phrase_content(term) - short_words(term, abbreviations)

        topics_of: dict[frozenset[str], set[str]] = defaultdict(set)
        for term, topics in (*self._phrases.items(), *self._words.items()):
            topics_of[rest(term)] |= topics
        return frozenset(
            phrase
            for phrase, topics in self._phrases.items()
            if short_words(phrase, abbreviations) and rest(phrase) and not topics_of[rest(phrase)] <= topics
        )

    def _inside_longer(
        self, phrase: str, topics: Iterable[str], found: dict[frozenset[str], str], written: set[str]
    ) -> bool:
        """Whether every word of a phrase is a word of a longer phrase found of another topic of
        its category: the longer one says which of them the words mean together ("грає в ігри",
        gaming, in "грає в ігри на гроші", gambling). Of another category both are said: a rare
        disease in "my son has a rare disease", ADHD in "ADHS Elterngruppe". Words of no topic do not
        count: "Knie schmerzen" is no part of "Schmerzen im Knie". A phrase that stands as written
        (`written`) is hidden only by a longer one that does too: "abim esrar iciyor" (drugs), put together
        from "abim iciyor, agabeyim esrar iciyor", leaves "abim iciyor" (alcohol) said."""
        words = phrase_content(phrase)
        return any(
            words < longer
            and (other in written or phrase not in written)
            and not any(t in self._phrases[other] for t in topics)
            and any(self._category[t] == self._category[o] for t in topics for o in self._phrases[other])
            for longer, other in found.items()
        )

    def _phrases_in(self, said: list[str], undenied: list[str]) -> set[str]:
        """The phrases the text's words say, as written or in any form; but for those that say a
        negation themselves, none with a word a negation denies (blank in `undenied`)."""
        padded, kept = f" {' '.join(w or '-' for w in said)} ", f" {' '.join(w or '-' for w in undenied)} "
        written = {
            p
            for word in set(filter(None, said))
            for p in self._phrases_by_first.get(word, ())
            if phrase_in(p, padded if negation_words().intersection(p.split()) else kept)
        }
        return written | set(self._phrase_index.found_in(said))

    def _became(self, words: list[str]) -> set[int]:
        """Where Turkish typed without its letters says "became" (a form of "olmak"), not "died"
        ("öldü" is folded alike): right after a word that names a topic itself ("annem çok unutkan
        oldu", my mother became forgetful; "Alkoholiker oldu"), data/taxonomy/losses.yaml."""
        return {
            i
            for i, word in enumerate(words)
            if i and self._losses.becomes(word) and (words[i - 1] in self._words or words[i - 1] in self._whole)
        }

    def _kin(self, topics: Iterable[str], phrases: list[str]) -> bool:
        """Whether one of the topics is of a phrase's topic's category, or related to it either way."""
        return any(
            self._category[topic] == self._category[other] or topic in self._linked[other]
            for phrase in phrases
            for other in self._phrases[phrase]
            for topic in topics
        )

    def _same_word(self, word: str, term: str, stem: str) -> bool:
        """Whether a word and a term of one stem are one word: an everyday word is no form of a
        rare term ("blutet" is no "Bluter", a person with haemophilia, though both are "blut"), nor,
        by a stem of four letters, a word of phrases of topics unlinked to the term's, as typed or
        corrected ("trau" is "traue", of "traue mich nicht raus", no "trauern": Snowball cuts both
        to "trau")."""
        everyday = common_words()
        if word in everyday and len(term) >= SHORT_WORD and term not in everyday:
            return False
        if len(stem) >= SHORT_WORD:
            return True
        known = self._phrase_word_topics.get(word) or self._phrase_word_topics.get(self.correct(word))
        topics = self._words[term]
        return not known or any(t in topics or topics & self._linked[t] for t in known)

    def _whole_terms(self, word: str) -> list[tuple[str, float]]:
        """Whole-word terms ("=Trinker") the word is: itself, without Arabic clitics, or with a
        plural or case ending that keeps its stem ("Trinkern"; "trinken" is another word)."""
        if word in self._whole:
            return [(word, 1.0)]
        found = [(r, 0.95) for r in sorted(arabic_readings(word)) if r in self._whole]
        for cut in range(max(MIN_STEM, len(word) - WHOLE_ENDING), len(word)):
            term = word[:cut]
            if term in self._whole and any(s.stemWord(word) == s.stemWord(term) for s in ALL_STEMMERS):
                found.append((term, 0.95))
        return found

    def _arabic_terms(self, word: str) -> set[str]:
        """The terms an Arabic word is without its clitics, each term with or without its article."""
        readings = arabic_readings(word) if is_arabic(word) else ()
        return {r for r in readings if r in self._words} | {self._by_bare[r] for r in readings if r in self._by_bare}

    def _compound(self, word: str, head: str) -> bool:
        """Whether a word that ends in a German term is a compound of it ("Brust|krebs",
        "Arbeit|s|sucht"; Arabizi "khof" is no end of "Jugendwerkhof"): written in Latin letters
        (Arabic and Cyrillic words do not compound so: "سكري" is no end of "عسكري", "кома" none
        of "глаукома"), and the part in front a word itself, perhaps with a
        linking letter ("Narco|tics" is no compound); of a word that is no everyday word, four
        letters in front will do ("Darm|krebs": the lists hold no words that short)."""
        if not head.isascii():
            return False
        if len(head) >= MIN_AFFIX_TERM and word not in common_words():
            return True
        return any(head.endswith(link) and head[: len(head) - len(link)] in self._known_heads for link in LINKING)


def _word_readings(folded: str) -> list[set[str]]:
    return [arabic_readings(word) for word in folded.split()]


def _forms_of_term_word(word: str, lang: str) -> set[str]:
    """A word of a term as a text may have it: itself, its stem, an Arabic word without article."""
    if is_arabic(word):  # Snowball's Arabic stems are too short to tell topics apart ("بداني" -> "بدن", body)
        return {word, without_article(word)}
    return {word, STEMMERS[lang].stemWord(word)}


def _forms_of_text_word(word: str) -> set[str]:
    """A word of a text in every form it may have in a term (its language is not known)."""
    if is_arabic(word):
        return arabic_readings(word)
    return {word, *(stemmer.stemWord(word) for stemmer in ALL_STEMMERS)}


def _together(readings: dict[str, list[str]]) -> list[tuple[str, set[str]]]:
    """The Cyrillic readings of each Latin word, Russian and Ukrainian, as one word with its others."""
    return [(first, set(rest)) for first, *rest in zip(*readings.values(), strict=False)]


@lru_cache(maxsize=1)
def _no_evidence() -> frozenset[str]:
    """Words that tell of no topic: function words, pronouns, negations."""
    return stopwords().union(*pronouns(), *negations().values())


def phrase_in(phrase: str, padded: str) -> bool:
    """Whether a phrase stands in the padded text (" ... "), from a word's start to a word's end;
    a last word of four letters or more may take an ending ("panische Attacke|n"), a shorter one
    none (" п є" is no " п ємо", "ام اس" no "ام اسماعيل")."""
    last = phrase.rsplit(" ", 1)[-1]
    ending = MAX_ENDING if len(last) >= MIN_AFFIX_TERM else 0
    start = padded.find(f" {phrase}")
    while start >= 0:
        end = start + len(phrase) + 1
        if padded.index(" ", end) - end <= ending:
            return True
        start = padded.find(f" {phrase}", start + 1)
    return False


@lru_cache(maxsize=1)
def default_matcher() -> TopicMatcher:
    """The shipped taxonomy's matcher."""
    return compiled("topic-matcher", lambda: TopicMatcher(default_taxonomy()))

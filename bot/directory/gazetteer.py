"""Postal codes and places with coordinates (data/gazetteer, built by scripts/build_gazetteer.py,
plus our own spellings in other scripts and languages, data/gazetteer/exonyms.tsv).

Resolves what a person types as their location: a postal code, a place name with typos or
umlaut spellings, or "lat,lon". Unknown input resolves to None, never to a random place. In a
whole message ("mein Mann trinkt, wir wohnen in Chemnitz") it finds the places mentioned: a name
after a word like "in", "aus", "в", "في", with a Turkish ending ("Leipzig'de") or a Russian or
Ukrainian case ending ("в Лейпциге", "в Гамбурзі"), as a list item of its own ("Zwangsstörung, ich,
Hof"), or a name that is no everyday word ("Chemnitz" alone, a city's however short: "Köln", but
never "essen" in "ich kann nicht essen"). A town's own name is that town, not also a smaller one that
GeoNames gives it as another name ("Kiel" is no Kehl). Our short forms of large towns
(data/gazetteer/short_forms.tsv: "HH", "FFM", "MUC", "lpz") count where said as a place ("in HH"), as the
answer to "where?", and written in capitals in a sentence too ("SHG Depression HH"), as a licence plate is.
A name that is an everyday word of one of the six languages (data/gazetteer/everyday_words.txt, or
any common word, bot/common_words.py, that names a place of fewer than MIN_BARE_POPULATION) is a
place only when said as one ("in Essen", "aus Halle", a postal code beside it, a list item), or as
the whole answer to "where?" for a town of MIN_BARE_POPULATION ("Essen"; never "treffen" for
Treffen, 815 inhabitants). A word no one capitalises ("meine", Turkish "ben", Russian "там",
Arabic "الم": data/gazetteer/function_words.txt) is never a place alone, only written with a
capital letter after "in", "aus", ... ("wir wohnen in Meine") or beside a postal code. "im" and
"um" take an article, which a town's name never has: "im Hof", "um meine Angst" name no place,
and no name mistyped follows them (English "im" is "I'm": "im sufering" is no Fehring).
A mistyped name ("in Lepzig") is only a word that is no other: never an everyday word, nor one the
caller knows (`known`: the taxonomy's words in any form, "im Frauenhaus" is no Frauenau).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from bot.common_words import common_words
from bot.compiled import compiled
from bot.directory.geo import Points, distance_km
from bot.paths import DATA
from dialogs.text import normalise
from dialogs.translit import cyrillic_skeleton, skeleton

PLACE_CUTOFF = 85.0
MISTYPED_CITY = 90.0  # a city's name one letter off ("muchen" for "munchen"), as another name of a small place
Known = Callable[[str], bool]  # whether a word is one the caller knows: no typo of a place's name
# German states as GeoNames admin1 codes, keyed by their folded names (for "which Neustadt?").
STATES = {
    "baden wurttemberg": "01",
    "bayern": "02",
    "bremen": "03",
    "hamburg": "04",
    "hessen": "05",
    "niedersachsen": "06",
    "nordrhein westfalen": "07",
    "rheinland pfalz": "08",
    "saarland": "09",
    "schleswig holstein": "10",
    "brandenburg": "11",
    "mecklenburg vorpommern": "12",
    "sachsen": "13",
    "sachsen anhalt": "14",
    "thuringen": "15",
    "berlin": "16",
}
_QUALIFIED = re.compile(r"^\s*([^/(,]+?)\s*[/(,]\s*([^/()]+?)\s*\)?\s*$")
_POSTAL = re.compile(r"^\s*(?:(D|DE|A|AT|CH)\s*-\s*)?(\d{4,5})\b", re.IGNORECASE)
_COUNTRY_PREFIX = {"d": "DE", "de": "DE", "a": "AT", "at": "AT", "ch": "CH"}
_COORDS = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
STATE_NAMES = {
    code: name
    for name, code in {
        "Baden-Württemberg": "01",
        "Bayern": "02",
        "Bremen": "03",
        "Hamburg": "04",
        "Hessen": "05",
        "Niedersachsen": "06",
        "Nordrhein-Westfalen": "07",
        "Rheinland-Pfalz": "08",
        "Saarland": "09",
        "Schleswig-Holstein": "10",
        "Brandenburg": "11",
        "Mecklenburg-Vorpommern": "12",
        "Sachsen": "13",
        "Sachsen-Anhalt": "14",
        "Thüringen": "15",
        "Berlin": "16",
    }.items()
}
# Words after which a name is said as a place (folded): "in Leipzig", "aus Aue", "в Лейпциге", "في لايبزيغ".
PLACE_WORDS = frozenset(
    normalise(
        "in im aus bei von nach nahe nähe naehe um richtung wohnort wohne wohnen lebe leben ort stadt near around from "
        "at live living city town в во у из под около возле город біля під з із місто живу живём живемо "
        "في من قرب عند مدينة اسكن أسكن ساكن ساكنة أعيش şehir sehir oturuyorum yaşıyorum yasiyorum"
    ).split()
)
ARTICLED = frozenset({"im", "um"})  # "in dem", "um den": before a noun, never before a town's name
# Turkish case endings, written after an apostrophe ("Leipzig'de") or glued on ("Leipzigde").
TURKISH_ENDINGS = ("deyim", "dayim", "teyim", "tayim", "den", "dan", "ten", "tan", "de", "da", "te", "ta", "ye", "ya")
# Russian and Ukrainian case endings ("в Лейпциге", "из Дрездена", "у Хемніці"), longest first.
SLAVIC_ENDINGS = ("ові", "еві", "єві", "ом", "ем", "ой", "ою", "ах", "ях", "е", "у", "а", "я", "и", "і", "ю")
# Ukrainian locatives that change the name's last consonant before -і ("в Гамбурзі": Гамбург, "у
# Нюрнберзі", "в Любеці": Любек): г and ґ become з, к ц, х с
UKRAINIAN_LOCATIVES = (("зі", ("г", "ґ")), ("ці", ("к",)), ("сі", ("х",)))
ARABIC_PREFIXES = ("وب", "ب", "و", "ل", "ف")  # attached: "بلايبزيغ", "ولايبزيغ"
# Russian and Ukrainian typed in Latin letters: the words before a place ("v Leiptsyhu", "iz Drezdena"),
# and the case endings as their skeletons write them (dialogs.translit: й, ы and и are all i there)
LATIN_SLAVIC_PLACE_WORDS = frozenset(
    ["v", "vo", "u", "iz", "z", "zi", "bilia", "bilya", "okolo", "kolo", "pid", "pod", "vozle"]
)
SKELETON_ENDINGS = ("ovi", "evi", "om", "em", "oi", "ah", "e", "u", "a", "i")
SKELETON_LOCATIVES = (("zi", "h"), ("ci", "k"), ("si", "h"))  # UKRAINIAN_LOCATIVES as skeletons write them
MIN_SKELETON = 5  # a shorter skeleton is too often another word's
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MAX_NAME_WORDS = 4
MIN_BARE_NAME = 5  # a shorter name ("Aue", "Hof") counts only when said as a place
CITY = 100_000  # a city's own name is a place however short ("Köln", "Ulm")
MIN_BARE_POPULATION = 10_000  # so does a smaller place: "reden" is no Rehden, "going" no Going
MIN_FUZZY_NAME = 5  # a shorter word is too often another word: "im Loch" is no Loich, "в том" no Thomm
SHORT_OTHER_NAME = 4  # another name this short counts only alone: "в том теле" is no Thomm ("Том")
_LIST = re.compile(r"[,;\n]")  # what separates the items of a list ("Zwangsstörung, ich, Hof")
_WORD = re.compile(r"[^\W_]+")  # a word as dialogs.text.normalise splits them
_SENTENCE_END = ".!?"
# "Neustadt in Sachsen", "Neustadt/Vogtland", "Halle (Westf.)", "Gemünden am Main": also found by the
# name before the qualifier
_QUALIFIER = re.compile(r"\s*(?:/|\(|\s(?:in|an|am|auf|bei|im|ob|unter|vor)\s).*$")
# "Hamburg-Nord", "Halle-Neustadt": the first part of such a name is the town it is a part of
DISTRICT_PARTS = frozenset(
    normalise(
        "Nord Ost Süd West Nordost Nordwest Südost Südwest Mitte Zentrum Innenstadt Altstadt Neustadt Vorstadt"
    ).split()
)
PART_OF_KM = 15.0  # a town this close to a place of its first part's name is part of that place


@dataclass(frozen=True, slots=True)  # 45,000 of them: no __dict__ each (11 MB)
class Place:
    name: str
    lat: float
    lon: float
    country: str = "DE"
    postal_code: str = ""
    admin1: str = ""
    population: int = 0


@dataclass(frozen=True)
class Mention:
    """A place named in a message: the places of that name (largest first), and which words named it."""

    places: tuple[Place, ...]
    words: range
    said_as_place: bool  # after "in", with a case ending, or a postal code
    mistyped: bool = False  # found as the name closest to a word that is none ("Lepzig")


class Gazetteer:
    def __init__(self, directory: Path = DATA / "gazetteer") -> None:
        self._codes: dict[tuple[str, str], Place] = {}
        with (directory / "postal_codes.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                place = Place(row["place"], float(row["lat"]), float(row["lon"]), row["country"], row["code"], "")
                self._codes.setdefault((row["country"], row["code"]), place)
        self._names: dict[str, list[Place]] = {}
        self._own_names: set[str] = set()  # a place's own name, or our spelling of it (exonyms.tsv)
        with (directory / "places.tsv").open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        # the file is sorted by country first: sorted by population, the largest of every name comes
        # first ("Hof" is Hof an der Saale, 49,000 inhabitants, not Hof bei Salzburg, 3,500)
        rows.sort(key=lambda row: -int(row["population"] or 0))
        places: list[Place] = []
        other_named: set[tuple[str, Place]] = set()  # a name that is only one of GeoNames' other names of a place
        for row in rows:
            place = Place(
                row["name"],
                float(row["lat"]),
                float(row["lon"]),
                row["country"],
                admin1=row["admin1"],
                population=int(row["population"] or 0),
            )
            places.append(place)
            self._own_names.add(normalise(row["name"]))
            spellings = [row["name"]]
            if place.country == "DE":
                spellings.append(_QUALIFIER.sub("", row["name"]))
            own = {normalise(n) for n in spellings if n}
            for name in dict.fromkeys(normalise(n) for n in [*spellings, *row["alt_names"].split("|")] if n):
                self._names.setdefault(name, []).append(place)
                if name not in own:
                    other_named.add((name, place))
        self._yield_to_own_names(other_named)
        self._add_mistyped_cities(places)
        self._add_first_parts(places)
        self._add_exonyms(directory / "exonyms.tsv", places)
        self._short_forms = self._add_exonyms(directory / "short_forms.tsv", places)  # "HH": alone when in capitals
        self._add_abroad(directory / "abroad.tsv")
        self._everyday = frozenset(_word_list(directory / "everyday_words.txt"))  # a place only when said as one
        self._function_words = frozenset(_word_list(directory / "function_words.txt"))
        self.places = places  # largest first
        self._keys = list(self._names)
        self._keys_by_initial: dict[str, list[str]] = {}
        for key in self._keys:
            self._keys_by_initial.setdefault(key[:1], []).append(key)
        self._points = Points([p.lat for p in places], [p.lon for p in places])
        self._skeletons: dict[str, tuple[Place, ...]] = {}  # Cyrillic names by what Latin spellings share
        for key, named in self._names.items():
            if _CYRILLIC.search(key) and len(spine := cyrillic_skeleton(key)) >= MIN_SKELETON:
                merged = dict.fromkeys([*self._skeletons.get(spine, ()), *named])
                self._skeletons[spine] = tuple(sorted(merged, key=lambda p: -p.population))

    def _yield_to_own_names(self, other_named: set[tuple[str, Place]]) -> None:
        """A town's own name means that town, not also a smaller one that GeoNames lists it for as
        another name: "Kiel" is Kiel (252,000 inhabitants), not also Kehl (40,000), whose other
        names include "Kiel". Its own name or the name before its qualifier ("Halle" for Halle
        (Saale)) keeps every place of that name in the question which one is meant."""
        for name, named in self._names.items():
            own = [p for p in named if (name, p) not in other_named]
            if own and len(own) < len(named):
                largest = max(p.population for p in own)
                named[:] = [p for p in named if (name, p) not in other_named or p.population > largest]

    def _add_mistyped_cities(self, places: list[Place]) -> None:
        """A city's name mistyped by a letter means the city, also where it is another name of a
        small place: "Müchen" is München, not only Mutzschen (2,400 inhabitants), whose other names
        GeoNames gives include "Muchen"; which one is meant is the search's to choose or ask
        (bot.understanding: the city, far larger). Not a place's own name, nor a German town's name
        before its qualifier ("Oettingen" is Oettingen in Bayern, no Göttingen)."""
        cities = {normalise(p.name): p for p in reversed(places) if p.population >= CITY}  # the largest of a name
        said = self._own_names | {normalise(_QUALIFIER.sub("", p.name)) for p in places if p.country == "DE"}
        for key, named in self._names.items():
            if key in said or named[0].population >= MIN_BARE_POPULATION or len(key) < MIN_FUZZY_NAME:
                continue
            if best := process.extractOne(key, list(cities), scorer=fuzz.ratio, score_cutoff=MISTYPED_CITY):
                named.insert(0, cities[best[0]])

    def _add_first_parts(self, places: list[Place]) -> None:
        """A German town of a hyphenated name is also found by its first part, the name people say:
        "Annaberg" is Annaberg-Buchholz (23,000 inhabitants) too, not only Annaberg im Lammertal
        (Austria, 746), "Villingen" Villingen-Schwenningen, not only Willingen (Upland) that
        GeoNames also calls so; which of them is meant is the search's to choose or ask
        (bot.understanding). Not a prefix that starts several names ("Groß-", "Neu-", "Ober-"), nor
        one shorter than MIN_BARE_NAME ("Oer-Erkenschwick"), nor a smaller town's than MIN_BARE_POPULATION
        ("Kölln" is Köln mistyped, not Kölln-Reisiek), nor a district's ("Hamburg-Nord") or a
        merged town's where its first part's place is close by (Zeulenroda-Triebes): that place
        is the one meant."""
        for first, town in first_parts(places).items():
            named = self._names.setdefault(first, [])
            if all(_km(town, place) > PART_OF_KM for place in named):
                named.append(town)
                named.sort(key=lambda p: -p.population)

    def _add_exonyms(self, path: Path, places: list[Place]) -> frozenset[str]:
        """Our own spellings of places in other scripts and languages ("لايبزيغ", "Цвикау"), or our short
        forms of them ("HH", "FFM"): a town's own names, so a short one counts where said as a place. The
        names added, folded."""
        if not path.exists():
            return frozenset()
        added: set[str] = set()
        by_name: dict[tuple[str, str], Place] = {}
        for place in places:  # largest first: a name that repeats in a state means its largest place
            by_name.setdefault((place.name, place.admin1), place)
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                meant, key = by_name.get((row["place"], row["admin1"])), normalise(row["name"])
                self._own_names.add(key)
                if meant is not None and key and meant not in self._names.get(key, ()):
                    self._names.setdefault(key, []).append(meant)
                    self._names[key].sort(key=lambda p: -p.population)
                added.add(key)
        return frozenset(added)

    def _add_abroad(self, path: Path) -> None:
        """Large cities outside Germany, Austria and Switzerland that people writing in our six languages name as
        their home (data/gazetteer/abroad.tsv: Kyiv, Istanbul, Damascus, ...; our own short list, no coordinates, each
        counted a city): a name of theirs is a place abroad, said so ("Київ": the groups meet in Germany), never
        mistyped as a German one ("Kiew" is no Kieve). A name a place of ours bears keeps only ours."""
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                for name in row["spellings"].split("|"):  # each its own name: a city's counts alone ("Київ")
                    if (key := normalise(name)) not in self._names:
                        self._names[key] = [Place(name, math.nan, math.nan, row["country"], population=CITY)]
                        self._own_names.add(key)

    def mentions(self, text: str, answer: bool = False, known: Known = lambda word: False) -> list[Mention]:
        """The places a message names, in the order it names them (see the module docstring). In
        the answer to "where?" (`answer`) every name counts as said as a place ("Aue"); a word
        `known` is never a name mistyped."""
        words = normalise(text).split()
        found: list[Mention] = []
        items = _list_items(text, len(words))
        i = 0
        while i < len(words):
            mention = self._postal_code_at(words, i) or self._name_at(words, i, answer, items, text, known)
            if mention:
                found.append(mention)
                i = mention.words.stop
            else:
                i += 1
        return found

    def latin_cyrillic_mentions(self, text: str, slavic: Callable[[str], bool]) -> list[Mention]:
        """A place said in Russian or Ukrainian typed in Latin letters, with its case ending ("zhyvu v
        Leiptsyhu": в Лейпцигу, й typed as i), by the skeleton its spellings share with its Cyrillic
        name (dialogs.translit); only after a word like "v" and beside another word that is Russian
        or Ukrainian so typed (`slavic`: "zhyvu"), where reading a whole message in Cyrillic needs two."""
        words = normalise(text, digraphs=False).split()
        for i in range(1, len(words)):
            if words[i - 1] not in LATIN_SLAVIC_PLACE_WORDS or not words[i].isascii():
                continue
            spine = skeleton(words[i])
            stems = [spine, *(spine[: -len(e)] for e in SKELETON_ENDINGS if spine.endswith(e))]
            stems += [spine[: -len(e)] + stem for e, stem in SKELETON_LOCATIVES if spine.endswith(e)]
            places = next((self._skeletons[stem] for stem in stems if stem in self._skeletons), None)
            if places and any(slavic(w) for j, w in enumerate(words) if j not in (i - 1, i)):
                return [Mention(places, range(i, i + 1), True)]
        return []

    def _postal_code_at(self, words: list[str], i: int) -> Mention | None:
        word = words[i]
        if len(word) == 5 and word.isdecimal():
            place = self.by_postal_code(word, "DE")
            if place:
                return Mention((place,), range(i, i + 1), True)
        return None

    def _name_at(
        self, words: list[str], i: int, answer: bool, items: frozenset[range], text: str, known: Known
    ) -> Mention | None:
        """A place name starting at word i. Said as a place (after "in", before a Turkish ending,
        as a list item of its own, or as the whole answer to "where?"), any name counts, and a
        mistyped one too (not in a list item); otherwise only a name that is no everyday word, of a town with
        MIN_BARE_POPULATION inhabitants. A short other name of a place (GeoNames' "Том" for
        Thomm) counts only as all the message says: in a sentence it is mostly a word ("в том
        теле"). A name that is a word no one capitalises ("meine") needs its capital letter."""
        for length in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            ending = words[i + length] if i + length < len(words) else ""
            stop = i + length + (1 if ending in TURKISH_ENDINGS else 0)
            alone = all(w in PLACE_WORDS for w in words[:i] + words[stop:])
            whole = answer and alone
            before = words[i - 1] if i > 0 else ""
            coded = _postal_code(before) or (stop < len(words) and _postal_code(words[stop]))
            plainly = (before in PLACE_WORDS and before not in ARTICLED) or ending in TURKISH_ENDINGS or coded
            firm = whole or before in PLACE_WORDS or ending in TURKISH_ENDINGS or coded
            said = firm or range(i, stop) in items
            for key in self._spellings(" ".join(words[i : i + length])):
                places = self._names.get(key)
                if not places or not (alone or len(key) > SHORT_OTHER_NAME or key in self._own_names):
                    continue
                if key in self._function_words and not (coded or (plainly and _capitalised(text, i))):
                    continue
                if self._is_word(key, places) and not (
                    plainly or range(i, stop) in items or (whole and places[0].population >= MIN_BARE_POPULATION)
                ):
                    continue
                if said or self._named_alone(key, places) or (key in self._short_forms and _in_capitals(text, i)):
                    return Mention(tuple(places), range(i, stop), said)
            # a mistyped name only where a place is asked for or said with "in": a list item may be
            # a topic word ("..., kulakta basınç, Meniere" is no Meinier)
            if (
                firm
                and before not in ARTICLED
                and length == 1
                and not self._is_word(words[i], [])
                and (places := self.named_like(words[i], known))
            ):
                return Mention(tuple(places), range(i, stop), said, mistyped=True)
        return None

    def _is_word(self, key: str, places: list[Place]) -> bool:
        """Whether a name is an everyday or function word of one of the six languages: one of our
        lists, or a common word naming only a place too small for the word to be its name
        ("treffen", "meine"; "leipzig" is common because Leipzig is large)."""
        small = not places or places[0].population < MIN_BARE_POPULATION
        return key in self._everyday or key in self._function_words or (small and key in common_words())

    def _named_alone(self, key: str, places: list[Place]) -> bool:
        """Whether a name counts alone in a sentence: a town's of MIN_BARE_NAME letters, or a
        city's own name however short ("Köln", "Bonn", "Jena"), but never an everyday word."""
        large = places[0].population >= MIN_BARE_POPULATION
        city = places[0].population >= CITY and normalise(places[0].name) == key
        return (len(key) >= MIN_BARE_NAME or city) and large and not self._is_word(key, places)

    @staticmethod
    def _spellings(name: str) -> list[str]:
        """The name as written, then without a case ending or an attached Arabic word."""
        found = [name]
        last = name.rsplit(" ", 1)[-1]
        for ending in (*TURKISH_ENDINGS, *SLAVIC_ENDINGS):
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                found.append(name[: -len(ending)])
        for ending, stems in UKRAINIAN_LOCATIVES:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                found += [name[: -len(ending)] + stem for stem in stems]
        found += [name[len(prefix) :] for prefix in ARABIC_PREFIXES if name.startswith(prefix) and len(name) > 4]
        return found

    def named_like(self, text: str, known: Known = lambda word: False) -> list[Place]:
        """The places whose name is closest to a mistyped one ("Lepzig"), without the words around
        it ("ich wohne in ..."): the whole rest, else its longest word that is close to a name
        ("jöhstat im erzgebirge"); never an everyday word ("ritzen" is no place), one `known`, nor
        one after "im" or "um" (see the module docstring)."""
        typed = normalise(text).split()
        words = [
            w
            for i, w in enumerate(typed)
            if w not in PLACE_WORDS and w not in TURKISH_ENDINGS and (i == 0 or typed[i - 1] not in ARTICLED)
        ]
        for key in [" ".join(words), *sorted(words, key=len, reverse=True)]:
            if len(key) < MIN_FUZZY_NAME or key in common_words() or any(map(known, key.split())):
                continue
            if best := self._closest_name(key):
                return self._names[best]
        return []

    def by_postal_code(self, code: str, country: str = "") -> Place | None:
        """Five digits are German; four digits are Austrian or Swiss, and unknown when both exist
        (unless the country is given, as in "A-1010" or "CH-3011")."""
        code = code.strip()
        countries = [country] if country else ["DE"] if len(code) == 5 else ["AT", "CH"]
        found = [self._codes[(c, code)] for c in countries if (c, code) in self._codes]
        return found[0] if len(found) == 1 else None

    def by_name(self, text: str, state: str = "") -> Place | None:
        """The place of that name (the largest, or the one in `state`); typos tolerated.

        Directory spellings like "Limburg / Lahn", "Hamm (Westfalen)" or "Essen-Altendorf" are
        tried as "Limburg an der Lahn", "Hamm", "Essen" when the full name is unknown.
        """
        admin1 = STATES.get(normalise(state), "")
        for variant in _variants(text):
            key = normalise(variant)
            if key in self._names:
                return _prefer_state(self._names[key], admin1)
        key = normalise(text)
        if not key:
            return None
        best = self._closest_name(key)
        return _prefer_state(self._names[best], admin1) if best else None

    def _closest_name(self, key: str) -> str | None:
        """The most similar known name, of those as similar the largest place's ("Müchen" is as close
        to "Mucheln" as to "München": München); first among those with the same initial (typos rarely
        hit the first letter), which takes a tenth of the time of comparing all 50,000."""
        for keys in (self._keys_by_initial.get(key[:1], []), self._keys):
            found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=PLACE_CUTOFF, limit=None)
            if found:
                closest = [name for name, score, _ in found if score == found[0][1]]
                return max(closest, key=lambda name: self._names[name][0].population)
        return None

    def nearest_place(self, lat: float, lon: float) -> Place:
        """The place (town) nearest a point, with the town's own coordinates."""
        return self.places[int(np.argmin(self._points.km_from(lat, lon)))]

    def nearest(self, lat: float, lon: float) -> Place:
        near = self.nearest_place(lat, lon)
        return Place(near.name, lat, lon, near.country)

    def resolve(self, text: str) -> Place | None:
        """A place for a postal code, a place name or coordinates; None when unknown."""
        if match := _COORDS.match(text):
            lat, lon = float(match.group(1)), float(match.group(2))
            return self.nearest(lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None
        if match := _POSTAL.match(text):
            return self.by_postal_code(match.group(2), _COUNTRY_PREFIX.get((match.group(1) or "").lower(), ""))
        return self.by_name(text)


def first_parts(places: list[Place]) -> dict[str, Place]:
    """The first parts of German towns' hyphenated names that name only that town (folded), see
    Gazetteer._add_first_parts."""
    towns: dict[str, list[Place]] = {}
    for place in places:
        if place.country == "DE" and "-" in place.name:
            parts = [normalise(part) for part in place.name.split("-")]
            if parts[-1] not in DISTRICT_PARTS:
                towns.setdefault(parts[0], []).append(place)
    return {
        first: found[0]
        for first, found in towns.items()
        if len(found) == 1 and len(first) >= MIN_BARE_NAME and found[0].population >= MIN_BARE_POPULATION
    }


def _word_list(path: Path) -> list[str]:
    """The words of a list file: one or more per line, # starts a comment line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


def _postal_code(word: str) -> bool:
    """Whether a word is a German, Austrian or Swiss postal code (four or five digits)."""
    return word.isdecimal() and len(word) in (4, 5)


def _list_items(text: str, count: int) -> frozenset[range]:
    """The words of each item of a list ("Zwangsstörung, ich, Hof": 0, 1, 2), as positions among
    the `count` words of the normalised text; none when the text is no list."""
    pieces = _LIST.split(text)
    if len(pieces) < 2:
        return frozenset()
    items, at = [], 0
    for piece in pieces:
        length = len(normalise(piece).split())
        items.append(range(at, at + length))
        at += length
    return frozenset(items) if at == count else frozenset()


def _capitalised(text: str, i: int) -> bool:
    """Whether word i of the normalised text was written with a capital letter, and not as the
    first word of a sentence (which keyboards capitalise on their own)."""
    plain, words = _as_written(text)
    if i >= len(words):
        return False
    before = plain[: words[i].start()].rstrip()
    return words[i].group()[:1].isupper() and bool(before) and before[-1] not in _SENTENCE_END


def _in_capitals(text: str, i: int) -> bool:
    """Whether word i of the normalised text was written in capitals only ("HH", "FFM"), as a short form is."""
    words = _as_written(text)[1]
    return i < len(words) and words[i].group().isupper()


def _as_written(text: str) -> tuple[str, list[re.Match[str]]]:
    """The text without accents, and its words as written, one for each word of the normalised text (none
    when they cannot be paired)."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = list(_WORD.finditer(plain.replace("ʼ", " ")))
    return plain, words if len(words) == len(normalise(text).split()) else []


def _variants(text: str) -> list[str]:
    variants = [text]
    if match := _QUALIFIED.match(text):
        town, qualifier = match.groups()
        variants += [
            f"{town} an der {qualifier}",
            f"{town} am {qualifier}",
            f"{town} in {qualifier}",
            f"{town} ({qualifier})",
            f"{town} {qualifier}",
            town,
        ]
    if "-" in text and not variants[1:]:
        variants.append(text.split("-", 1)[0])
    return variants


def _prefer_state(places: list[Place], admin1: str) -> Place:
    return next((p for p in places if admin1 and p.admin1 == admin1), places[0])


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return compiled("gazetteer", Gazetteer)


# ---------------------------------------------------------------- placing a directory's addresses

DOMINANT = 5  # a place this many times as large as any other of its name is the one a directory means
AGREE_KM = 20.0  # a postal code this far from every place of the city's name contradicts the city
AREA_KM = 30.0  # how far a postal code's coordinates may be from a town it is for (its area's mean: 20 km)


@dataclass(frozen=True)
class AddressPlace:
    """Where an address of the directory lies and what decided it (`source`: "postal code" or
    "city"); without a place, `problem` says why. `doubt` is what an operator should check."""

    place: Place | None
    source: str = ""
    problem: str = ""
    doubt: str = ""


def place_address(gazetteer: Gazetteer, postal_code: str, city: str, state: str = "") -> AddressPlace:
    """Where a contact point or group lies, strictly: its postal code decides where the gazetteer
    knows it; else its city, by the city's exact name or one of the gazetteer's other names for it,
    within its state when the state is given, or as a place's name without its qualifier
    ("Weißenburg" is Weißenburg in Bayern) when one place of the state has that name. Never a
    similar name: "Weißenburg" (Bayern) bent to Weißenberg near Görlitz put a Bavarian contact
    point 23 km from Görlitz. An address that cannot be placed stays without coordinates."""
    admin1 = STATES.get(normalise(state), "")
    code, city = postal_code.strip(), city.strip()
    towns, town_name = city_places(gazetteer, city, admin1) if city else ([], "")
    codes = _postal_code_places(gazetteer, code, admin1, towns)
    if len(codes) == 1:
        at = _town_of_code(codes[0], city, towns)
        away = min((_km(at, town) for town in towns), default=0.0)
        doubt = f"postal code {code} is in {at.name}, {away:.0f} km from {town_name}: check the address"
        return AddressPlace(at, "postal code", doubt=doubt if away > AGREE_KM else "")
    if len(codes) > 1:
        no_code = f"postal code {code!r} is in several countries"
    else:
        no_code = f"postal code {code!r} unknown" if code else "no postal code"
    if towns:
        return AddressPlace(towns[0], "city", doubt=f"{no_code}, placed by its city" if code else "")
    where = f" in {STATE_NAMES[admin1]}" if admin1 else ""
    if not city:
        problem = f"{no_code} and no city"
    elif town_name:
        problem = f"{no_code}, and {city!r}{where} may be {town_name}"
    else:
        problem = f"{no_code}, and no place {city!r}{where} is known"
    return AddressPlace(None, problem=problem)


def city_places(gazetteer: Gazetteer, city: str, admin1: str = "") -> tuple[list[Place], str]:
    """The place a directory's city names (in the state `admin1` when given) and the name that
    matched: by the city's exact name or one of the gazetteer's other names for it, else as a
    place's name without its qualifier. A name that several places have means the largest only
    when it is DOMINANT times as large as the next ("Biberach" is Biberach an der Riß; "Neustadt" in Bayern is
    no place); else no place, and the names it may be. Directory spellings "Limburg / Lahn",
    "Hamm (Westfalen)", "Essen-Altendorf" are tried as "Limburg an der Lahn", "Hamm", "Essen"."""
    for names in (gazetteer._names, _qualified_names(gazetteer)):
        found = _named(names, city, admin1)
        if len(found) == 1 or (found and found[0].population >= DOMINANT * max(found[1].population, 1)):
            return found[:1], found[0].name
        if found:
            return [], " or ".join(p.name if admin1 else _with_state(p) for p in found[:4])
    return [], ""


def _named(names: dict[str, list[Place]], city: str, admin1: str) -> list[Place]:
    """The places of the first spelling of `city` that `names` has (in the state, when given), largest first."""
    for variant in _variants(city.strip()):
        key = normalise(variant)
        found = [p for p in names.get(key, []) if not admin1 or (p.country, p.admin1) == ("DE", admin1)]
        if found:
            return sorted(found, key=lambda p: -p.population)
    return []


def _town_of_code(code: Place, city: str, towns: list[Place]) -> Place:
    """The postal code's place, at the city's own coordinates when the city is one of the towns the
    code is for: a code that several towns share has one town's coordinates (04860: Dreiheide's for
    Torgau too, 02906: Hohendubrau's, 9 km from Niesky), a code whose town the gazetteer's build did
    not find the mean of its area's (08280, Aue-Bad Schlema: 20 km west of Aue)."""
    shared = _postal_code_towns().get((code.country, code.postal_code), frozenset())
    names = {normalise(name) for name in [*_variants(city), *(town.name for town in towns[:1])]}
    if towns and shared & names and _km(towns[0], code) <= AREA_KM:
        return Place(towns[0].name, towns[0].lat, towns[0].lon, code.country, code.postal_code, towns[0].admin1)
    return code


@lru_cache(maxsize=1)
def _postal_code_towns() -> dict[tuple[str, str], frozenset[str]]:
    """Every town of every postal code (folded names): the gazetteer keeps one place per code."""
    towns: dict[tuple[str, str], set[str]] = {}
    with (DATA / "gazetteer" / "postal_codes.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            towns.setdefault((row["country"], row["code"]), set()).add(normalise(row["place"]))
    return {key: frozenset(names) for key, names in towns.items()}


def _with_state(place: Place) -> str:
    return f"{place.name} ({STATE_NAMES.get(place.admin1, place.country) if place.country == 'DE' else place.country})"


def _postal_code_places(gazetteer: Gazetteer, postal_code: str, admin1: str, towns: list[Place]) -> list[Place]:
    """The places a directory's postal code may be: five digits are German; four are Austrian or
    Swiss, or German with the leading zero lost in a spreadsheet ("4109" for 04109 Leipzig),
    which the state (German) or the city (the code's place near it) decides between."""
    match = _POSTAL.match(postal_code)
    if match is None:
        return []
    code, prefix = match.group(2), _COUNTRY_PREFIX.get((match.group(1) or "").lower(), "")
    countries = [prefix] if prefix else ["DE"] if len(code) == 5 or admin1 else ["DE", "AT", "CH"]
    keys = [(country, "0" + code if country == "DE" and len(code) == 4 else code) for country in countries]
    found = [gazetteer._codes[key] for key in keys if key in gazetteer._codes]
    if len(found) > 1 and towns:
        found = [p for p in found if min(_km(p, town) for town in towns) <= AGREE_KM] or found
    return found


@lru_cache(maxsize=4)
def _qualified_names(gazetteer: Gazetteer) -> dict[str, list[Place]]:
    """Folded town names of the places whose name adds a qualifier ("weissenburg": Weißenburg in Bayern)."""
    names: dict[str, list[Place]] = {}
    for place in gazetteer.places:
        town = _QUALIFIER.sub("", place.name)
        if town and town != place.name:
            names.setdefault(normalise(town), []).append(place)
    return names


def _km(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)

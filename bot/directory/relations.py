"""Who a relatives' group is for and who the person asking is, as relations (data/taxonomy/relations.yaml).

"Eltern krebskranker Kinder" is a group for relatives of cancer patients, but for parents: to someone
whose wife has breast cancer it is no group for partners and relatives in general. The relation a
group is for is read from its name (German, as directory names are), the asking person's from the
words for the one concerned in their message ("my wife", "oğlum", "у сина"), or for themself ("ich
bin die Mutter", "karısıyım").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.directory.topic_matcher import arabic_readings
from bot.paths import DATA, read_yaml
from dialogs.text import normalise

INVERSE = {"parent": "child", "child": "parent", "partner": "partner", "sibling": "sibling"}
AUDIENCES = ("frauen", "maenner")  # the audience topics a writer's gender names
SELF_WINDOW = 2  # words between "bin"/"am" and the word for a person ("ich bin seine Frau")


@dataclass(frozen=True)
class WriterGender:
    """One language's words by which writers say their own gender (relations.yaml's `writer_gender`)."""

    words: dict[str, str]  # a word for a woman or a man -> its audience topic
    am: dict[str, str]  # one word saying "I am a woman" ("kadınım") -> its audience topic
    before: frozenset[str]
    after: frozenset[str]

    @classmethod
    def of(cls, entry: dict) -> WriterGender:
        am = entry.get("am") or {}
        return cls(
            {normalise(word): topic for topic in AUDIENCES for word in entry.get(topic, ())},
            {normalise(word): topic for topic, words in am.items() for word in words},
            frozenset(map(normalise, entry.get("before", ()))),
            frozenset(map(normalise, entry.get("after", ()))),
        )


@dataclass(frozen=True)
class Relations:
    said: dict[str, str]  # a word for the one concerned -> the asking person's relation
    said_prefixes: tuple[tuple[str, str], ...]  # ("oglum", "parent"): also with any ending
    owned: dict[str, str]  # such a word only after a possessive
    am: dict[str, str]  # a word by which the asking person names themself -> their relation
    possessives: frozenset[str]
    self_before: frozenset[str]
    self_after: frozenset[str]
    not_between: frozenset[str]  # possessives and prepositions: "ich bin mit meinem Mann"
    named: dict[str, str]  # a word of a group name that names the relation it is for
    parents_first: frozenset[str]
    concerned_children: frozenset[str]
    concerned_parents: frozenset[str]
    genders: tuple[WriterGender, ...] = ()

    def asking(self, text: str) -> tuple[str, ...]:
        """The relations the asking person has to the one concerned (see relations.yaml), in the
        order the message says them."""
        words = normalise(text).split()
        found: dict[str, None] = {}
        for at, word in enumerate(words):
            relation = self.am.get(word)
            if relation is None:
                relation = self._person(word, words[at - 1] if at else "")
                if relation is not None and self._writer(words, at):
                    relation = INVERSE[relation]
            if relation is not None:
                found[relation] = None
        return tuple(found)

    def _person(self, word: str, before: str) -> str | None:
        """The asking person's relation to someone this word names, if it names someone close."""
        for reading in arabic_readings(word):
            if reading in self.said:
                return self.said[reading]
        for prefix, relation in self.said_prefixes:
            if word.startswith(prefix):
                return relation
        return self.owned.get(word) if before in self.possessives else None

    def _writer(self, words: list[str], at: int) -> bool:
        """Whether the word at `at` names the writer ("ich bin die Mutter", "Tochter eines Trinkers"),
        not someone they write about ("ich bin wegen meines Sohnes hier", "я за сына")."""
        return self._said_of_self(words, at, self.self_before, self.self_after)

    def _said_of_self(self, words: list[str], at: int, before: frozenset[str], after: frozenset[str]) -> bool:
        """Whether the word at `at` stands right before one of `after`, or up to SELF_WINDOW words
        after one of `before` with no possessive or preposition between."""
        if at + 1 < len(words) and words[at + 1] in after:
            return True
        window = words[max(0, at - SELF_WINDOW) : at]
        return not self.not_between.intersection(window) and not before.isdisjoint(window)

    def writer_gender(self, words: list[str]) -> tuple[str | None, frozenset[int]]:
        """The audience topic of the gender the writer says of themself (relations.yaml's
        `writer_gender`), and the positions of the words that said it."""
        for gender in self.genders:
            for at, word in enumerate(words):
                topic = gender.am.get(word)
                if (
                    topic is None
                    and word in gender.words
                    and self._said_of_self(words, at, gender.before, gender.after)
                ):
                    topic = gender.words[word]
                if topic is not None:
                    return topic, frozenset({at})
        return None, frozenset()

    def group_for(self, name_words: tuple[str, ...], relatives: bool) -> str | None:
        """The relation a group is for by its name's words, None when it does not say; a group
        also for the affected (not `relatives`) only by a parents' or a named word (relations.yaml)."""
        for word in name_words:
            if word in self.named:
                return self.named[word]
        for at, word in enumerate(name_words):
            if word in self.parents_first:
                return "parent"
            if relatives and word in self.concerned_children:
                return "child" if self.concerned_parents.intersection(name_words[at + 1 :]) else "parent"
        return None


@lru_cache(maxsize=1)
def default_relations() -> Relations:
    raw = read_yaml(DATA / "taxonomy" / "relations.yaml")
    said, prefixes, owned, am, named = {}, [], {}, {}, {}
    for relation, entry in raw["relations"].items():
        for word in entry["said"]:
            if word.endswith("*"):
                prefixes.append((normalise(word[:-1]), relation))
            else:
                said[normalise(word)] = relation
        owned.update((normalise(word), relation) for word in entry.get("owned", ()))
        am.update((normalise(word), relation) for word in entry.get("am", ()))
        named.update((normalise(word), relation) for word in entry.get("named", ()))
    words = {key: frozenset(map(normalise, raw[key])) for key in ("possessives", "self_before", "self_after")}
    prepositions = frozenset(map(normalise, raw["prepositions"]))
    return Relations(
        said,
        tuple(prefixes),
        owned,
        am,
        words["possessives"],
        words["self_before"],
        words["self_after"],
        words["possessives"] | prepositions,
        named,
        *(frozenset(map(normalise, raw[key])) for key in ("parents_first", "concerned_children", "concerned_parents")),
        tuple(WriterGender.of(entry) for entry in raw["writer_gender"].values()),
    )

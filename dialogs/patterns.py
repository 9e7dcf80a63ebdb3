"""The small pattern language of the crisis lexicon (data/triage/README.md), compiled to regexes.

Patterns are matched against normalised text in which negation words are marked, so that a
gap between two words of a pattern never passes over a negation in their clause. RuleIndex finds, for a text,
the few rules that can match it at all.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from dialogs.text import normalise

NUMBER = "<number>"
GAP_WORDS = 4  # what "..." allows
SLACK_WORDS = 2  # what may stand between any two words of a pattern ("ich werde mir heute das Leben nehmen")
NEGATED = "¬"  # marks negation words in text and patterns ("nicht¬"), so that a gap sees them at a glance
CLOSED = "¦"  # stands for NEGATED where a clause ends after the negation: a gap may pass over its whole clause
NEGATES_BEFORE = "⌐"  # marks words that turn around what stands before them (Turkish "ölmek istemiyorum⌐")
DENIED = "_"  # stands for the word a contrast denies ("terlikle değil sopayla": not the slipper): no pattern reads it
# a contrast's two words end alike: the last letters, with Turkish harmony's vowels folded ("terlikle", "sopayla")
CONTRAST_ENDING = 2
HARMONY = str.maketrans("eıuüoö", "aiiiii")
SLACK = rf"(?:\s+\S*[^\s{NEGATED}{NEGATES_BEFORE}]){{0,{SLACK_WORDS}}}"  # words that are no negation
GAP = rf"(?:\s+\S*[^\s{NEGATED}{NEGATES_BEFORE}]){{0,{GAP_WORDS}}}"
JOINED_PARTS = re.compile(r"<[^<>]+>|[^_<>]+")  # "не_<go_on>_<bye>": a word, a class, a class (class names hold "_")
PREFIX_KEY = 3  # RuleIndex files prefixes ("selbstmord*") under their first letters
FRAGMENT = "~"  # anchors() marks a part that may stand inside a word ("*موت")
COORDINATED_LETTERS = 2  # a prefixed word with more letters after the prefix is coordinated ("وين" is a word)
TOKEN_MEMO = 20_000  # words whose rules RuleIndex remembers, per index (never whole texts)
VIEW_MEMO = 64  # the latest views of a message whose words RuleIndex remembers (all one message's views)


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """normalise() for the words of lexicons, which repeat thousands of times (never for messages)."""
    return normalise(word)


@dataclass(frozen=True)
class Grammar:
    """What patterns are read with: every language's negations (those before what they negate, and
    those after it), and the pattern's language's word classes."""

    negations: frozenset[str] = frozenset()
    words: dict[str, list[str]] = field(default_factory=dict)
    negations_after: frozenset[str] = frozenset()
    asked_before: frozenset[str] = frozenset()  # a negation right after one of these asks: "чи не стрибнути"
    asked_after: frozenset[str] = frozenset()  # one of these two words after a negation asks: "не прыгнуть ли"
    coordinators: frozenset[str] = frozenset()  # a word they begin starts a clause of its own: Arabic "و" ("ونفسه")
    presence: frozenset[str] = frozenset()  # a negation right before one says someone is away: "مش موجودة", "не дома"
    absence: frozenset[str] = frozenset()  # negations that say "is not there" themselves: "нема", "нет"
    away_when: frozenset[str] = frozenset()  # "when" two words before one of those: "коли батьків нема" (when away)
    only: frozenset[str] = frozenset()  # right after a negation it is "not only": "nicht nur mich", "not just me"
    also: frozenset[str] = frozenset()  # after "not only", what it adds: "sondern auch", "too"; else it is "not just"
    phrase_ends: frozenset[str] = frozenset()  # before a contrast's negation, it is a phrase's: "binmek için değil"
    contrasts: frozenset[str] = frozenset()  # between two words ending alike denies the first: "terlikle değil sopayla"
    slots: dict[str, list[Option]] = field(default_factory=dict, init=False, compare=False, repr=False)  # read once

    def mark(self, folded: str) -> str:
        """Normalised text with every negation word marked ("ich will nicht¬ sterben", "olmek istemiyorum⌐").
        A negation in a question is none: "думаю, чи не стрибнути" weighs jumping, it does not refuse it."""
        words = folded.split()
        kept = {at for at, w in enumerate(words) if self._not_only(words, at) or self._contrast(words, at)}
        denied = {at - 1 for at in kept if words[at] in self.contrasts}
        return " ".join(self._marked(words, at, kept, denied) for at in range(len(words)))

    def _marked(self, words: list[str], at: int, kept: set[int], denied: set[int]) -> str:
        """One word as `mark` gives it: the word a contrast denies stands as DENIED, a negation that turns nothing
        around ("nicht nur", "değil" between words ending alike) as written."""
        word = words[at]
        if at in denied:
            return DENIED
        if at in kept:
            return word
        if word in self.negations and not self._asks(words, at):
            return word + NEGATED
        if word in self.negations_after:
            return word + NEGATES_BEFORE
        return word

    def _not_only(self, words: list[str], at: int) -> bool:
        """A negation right before "only", with what it adds told after it, turns nothing around: "er schlägt nicht nur
        mich, sondern auch die Kinder". Without it, it is "not just" ("i want to die, not just a figure of speech")."""
        if words[at] not in self.negations:
            return False
        rest = [w for w in words[at + 1 :] if w not in self.negations]  # "don t just": "don", then "t"
        return bool(rest) and rest[0] in self.only and any(w in self.also for w in rest[1:])

    def _contrast(self, words: list[str], at: int) -> bool:
        """A contrast's negation between two words that end alike (one case): "babam terlikle değil sopayla vuruyor"
        (not with the slipper, with a stick he hits) denies the slipper alone, not the hitting after it. Not after a
        word that ends a phrase ("son treni bekliyom ama binmek için değil, anladın": the boarding is denied)."""
        if words[at] not in self.contrasts or not 0 < at < len(words) - 1:
            return False
        first, second = words[at - 1], words[at + 1]
        if (
            first in self.phrase_ends
            or min(len(first), len(second)) <= CONTRAST_ENDING
            or not (first + second).isalpha()
        ):
            return False
        return first[-CONTRAST_ENDING:].translate(HARMONY) == second[-CONTRAST_ENDING:].translate(HARMONY)

    @classmethod
    def joined(cls, grammars: Iterable[Grammar]) -> Grammar:
        """The negation words of several languages' grammars together (their word classes stay theirs)."""
        own = list(grammars)
        return cls(
            frozenset().union(*(g.negations for g in own)),
            negations_after=frozenset().union(*(g.negations_after for g in own)),
            asked_before=frozenset().union(*(g.asked_before for g in own)),
            asked_after=frozenset().union(*(g.asked_after for g in own)),
            coordinators=frozenset().union(*(g.coordinators for g in own)),
            presence=frozenset().union(*(g.presence for g in own)),
            absence=frozenset().union(*(g.absence for g in own)),
            away_when=frozenset().union(*(g.away_when for g in own)),
            only=frozenset().union(*(g.only for g in own)),
            also=frozenset().union(*(g.also for g in own)),
            phrase_ends=frozenset().union(*(g.phrase_ends for g in own)),
            contrasts=frozenset().union(*(g.contrasts for g in own)),
        )

    def reach(self, before: list[str], first: str) -> list[str]:
        """The words of `before` that a negation among them reaches the match from: not past a word
        coordinated by a prefix ("وما يكعد ونفسه ضعيف": he does not sit up, and his breath is weak), none
        when the match begins with one. A prefixed word of three letters is a word of its own ("وين")."""
        words = [*before, first]
        cut = max((at + 1 for at, w in enumerate(words) if self._coordinated(w)), default=0)
        return before[cut:]

    def _coordinated(self, word: str) -> bool:
        return not word.endswith((NEGATED, NEGATES_BEFORE)) and any(
            word.startswith(prefix) and len(word) > len(prefix) + COORDINATED_LETTERS for prefix in self.coordinators
        )

    def away(self, words: list[str], at: int) -> bool:
        """Whether the negation at `at` (of marked words) says that someone is not there, which turns nothing
        after it around: "коли мами нема змушує мене роздягатись", "لما ماما مش موجودة بيجبرني اشلح" (when mum is
        away he forces me to undress)."""
        return (at + 1 < len(words) and words[at + 1] in self.presence) or (
            at >= 2 and words[at].removesuffix(NEGATED) in self.absence and words[at - 2] in self.away_when
        )

    def _asks(self, words: list[str], at: int) -> bool:
        return (at > 0 and words[at - 1] in self.asked_before) or (
            at + 2 < len(words) and words[at + 2] in self.asked_after
        )


@dataclass(frozen=True)
class Rule:
    lang: str
    kind: str  # the lexicon section (suicide, loss, ...) or the concept or cue it names
    pattern: str
    grammar: Grammar = field(default_factory=Grammar, compare=False)

    @cached_property
    def long_gap(self) -> bool:
        """Whether two gaps stand side by side (`... ...`, up to twice GAP_WORDS): a story of then, whose
        mask must not reach over a "now" between its words (see triage._without)."""
        return "... ..." in self.pattern

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled when a text first may match it: most of the thousands of rules never are,
        and compiling them all took seconds at every start."""
        return compile_pattern(self.pattern, self.grammar)

    @cached_property
    def needs(self) -> tuple[frozenset[str], ...]:
        """The words besides the first that a text must hold for a match (`later_needs`); read when a text first
        may match, as `regex` is: kept in the compiled lexicon they made every start half a second slower."""
        return later_needs(self.pattern, self.grammar)

    def find(
        self, text: str, scope: int = 1, starts: frozenset[int] = frozenset(), closed: Closed | None = None
    ) -> tuple[int, ...] | None:
        """The positions of the words that the pattern's own words matched (not those a gap passed
        over), in the first match that no negation turns around: one of the `scope` words before
        it in its clause ("не хочу умирать"; `starts` are where clauses begin) or, for words that
        negate what precedes them, the word right after it ("ölmek istemiyorum"). After a match so
        turned around the next one may begin inside it: "ما اريد اكمل، بس اريد اروح يم امي الله يرحمها"
        wants to go to the dead mother from its second "اريد". With `closed`, the text's negations
        that a clause end follows may stand in a gap, when none of the pattern's own words is in their clause."""
        at = 0
        searched = closed.text if closed else text
        while match := self.regex.search(searched, at):
            at = match.start() + 1
            if closed and closed.reached(own_words(match, searched)):
                continue
            told = text[: match.start()].split()
            first = match.group(0).split()[0]
            clause = max((s for s in starts if s <= len(told)), default=0)
            before = self.grammar.reach(told[max(clause, len(told) - scope) :], first)
            words, offset = [*told, first], len(told) - len(before)
            after = text[match.end() :].split()[:1]
            negates_itself = first.endswith(NEGATED)
            turned = any(w.endswith(NEGATED) and not self.grammar.away(words, offset + i) for i, w in enumerate(before))
            if (not negates_itself and turned) or (after and after[0].endswith(NEGATES_BEFORE)):
                continue
            return own_words(match, text)
        return None


@dataclass(frozen=True)
class Closed:
    """A marked text whose negations, each followed by a clause end, are marked CLOSED: "bin am bahnsteig, aber
    ich steig nicht ein, ich spring davor" jumps, for "nicht" turns around only its own clause."""

    text: str
    clauses: tuple[tuple[int, int], ...]  # each closed negation's clause: its first word and the next clause's

    @classmethod
    def of(cls, text: str, starts: frozenset[int]) -> Closed | None:
        """None when no negation of the text has a clause end after it."""
        words = text.split()
        bounds = sorted(starts)
        clauses = []
        for at, word in enumerate(words):
            end = next((start for start in bounds if start > at), None)
            if word.endswith(NEGATED) and end is not None:
                clauses.append((max((start for start in bounds if start <= at), default=0), end))
                words[at] = word.removesuffix(NEGATED) + CLOSED
        return cls(" ".join(words), tuple(clauses)) if clauses else None

    def reached(self, own: tuple[int, ...]) -> bool:
        """Whether one of a match's own words stands in a closed negation's clause, which it turns around."""
        return any(first <= at < end for first, end in self.clauses for at in own)


def own_words(match: re.Match[str], text: str) -> tuple[int, ...]:
    """The positions of the words that a pattern's own words matched, not those a gap or the slack
    of an anchor passed over."""
    found: list[int] = []
    for group in range(1, (match.re.groups or 0) + 1):
        start, end = match.span(group)
        if start >= 0:
            first = len(text[:start].split())
            found.extend(range(first, first + len(text[start:end].split())))
    return tuple(found)


def compile_pattern(pattern: str, grammar: Grammar | None = None) -> re.Pattern[str]:
    """Translate one lexicon line (see data/triage/README.md) into a regex over normalised text.

    Between two words of the pattern up to SLACK_WORDS other words may stand, "..." allows up to
    GAP_WORDS; neither passes over a negation (the regex expects text marked by Grammar.mark).
    "<name>" stands for any entry of the word class `name` (its language's `words` section),
    "<number>" for a number; "*end" and "*part*" match inside a word (Arabic clitics, Turkish suffixes)."""
    parts: list[str] = []
    leading = 0  # optional words before the first required one
    ends = False
    after_word = False
    for slot in pattern.split():
        if slot == "$":
            ends = True
            continue
        if slot == "...":
            parts.append(GAP)
            after_word = False
            continue
        slot, optional = _optional(slot)
        options = _options(slot, grammar or Grammar())
        if not options:
            continue
        alternatives = "(" + _alternation(options) + ")"  # a group: which words the pattern itself matched
        if len(parts) == leading:  # the pattern's first word, maybe after optional ones
            if optional:
                parts.append(rf"(?:{alternatives}{SLACK}\s+)?")
                leading += 1
                continue
            parts.append(alternatives)
        else:
            parts.append(
                (SLACK if after_word else "") + (rf"(?:\s+{alternatives})?" if optional else rf"\s+{alternatives}")
            )
        after_word = True
    body = "".join(parts)
    return re.compile(r"(?<!\S)" + body + (r"\s*$" if ends else r"(?!\S)"))  # from a word's start (a fifth
    # faster than "(?:^|(?<=\s))", which says the same)


@dataclass(frozen=True, slots=True)  # tens of thousands of them: no __dict__ each
class Option:
    """One way to fill a slot: a word sequence; its first word may end a longer word ("*موت"), its
    last may begin one ("suizid*"); NUMBER among its words is any number ("в_<number>": a number right
    after "в", where a slot's slack would also read "в Берлине, сыну 17")."""

    words: tuple[str, ...]
    prefix: bool = False
    suffix: bool = False


def _word_regexes(option: Option) -> list[str]:
    found = [r"\d+" if word == NUMBER else re.escape(word) for word in option.words]
    if option.suffix:
        found[0] = r"\S*" + found[0]
    if option.prefix:
        found[-1] += r"\S*"
    return found


def _alternation(options: list[Option]) -> str:
    """The options as one regex, written as a tree: words they begin with in common written once, and words
    followed by the same words ("<pills>" before "<own_dose_when>_genommen") joined before them once. A place
    joined of word classes ("<own_dose_when>_meine_<pills>_genommen") has thousands of options, and listing each
    whole took seconds to compile (up to 15 under load) on the first message that reached it."""
    tree: dict[str, dict] = {}
    for option in options:
        node = tree
        for word in _word_regexes(option):
            node = node.setdefault(word, {})
        node[""] = {}  # an option ends here
    return _branches(tree)


def _branches(tree: dict[str, dict]) -> str:
    followed: dict[str, list[str]] = {}  # what follows a word -> the words it follows
    for word, rest in tree.items():
        if word:
            followed.setdefault(_after(rest), []).append(word)
    return _one_of([_one_of(words) + after for after, words in followed.items()])


def _after(rest: dict[str, dict]) -> str:
    goes_on = {word: node for word, node in rest.items() if word}
    if not goes_on:
        return ""
    return rf"(?:\s+{_branches(goes_on)})" + ("?" if "" in rest else "")


def _one_of(regexes: list[str]) -> str:
    return regexes[0] if len(regexes) == 1 else "(?:" + "|".join(regexes) + ")"


def anchors(pattern: str, grammar: Grammar) -> frozenset[str] | None:
    """The words one of which a text must contain for the pattern to match: the first words of
    the first required place ("kein*" for a prefix, "~موت" for a part of a word, NUMBER for a
    number); None when there is none.
    Reads the slots as compile_pattern does, so that RuleIndex never hides a rule that matches."""
    options = next(_required_places(pattern, grammar), None)
    if options is None:
        return None
    return frozenset(
        FRAGMENT + o.words[0] if o.suffix else o.words[0] + "*" if o.prefix and len(o.words) == 1 else o.words[0]
        for o in options
    )


def later_needs(pattern: str, grammar: Grammar) -> tuple[frozenset[str], ...]:
    """Words the text must hold for the pattern to match, besides the first one (which `anchors` files the rule
    under): for each required place and each word of its options after that, the words one of which stands in
    the text, as compile_pattern reads them (a whole word of the text; a word's beginning "kein*" for a prefix).
    A word a number or a part of a word ("*موت") may fill is left out: any text may hold one. So a rule whose later
    words are missing is never searched (most rules an index offers are: a message holds the first word of "ich ...
    <want> ... <die>" far more often), and a place joined of word classes ("<own_dose_when>_meine_<pills>"), whose
    thousands of options take long to search, only where its words stand in the text."""
    needs: set[frozenset[str]] = set()
    for place, options in enumerate(_required_places(pattern, grammar)):
        for at in range(1 if place == 0 else 0, min(len(o.words) for o in options)):
            need = {_needed_word(o, at) for o in options}
            if None not in need:
                needs.add(frozenset(need))
    return tuple(sorted(needs, key=len))


def _required_places(pattern: str, grammar: Grammar) -> Iterator[list[Option]]:
    """The options of each place a match must fill, in order, as compile_pattern reads the slots (an optional
    place, "$", "..." and a word class with no entries left out): what `anchors` and `later_needs` read."""
    for slot in pattern.split():
        slot, optional = _optional(slot)
        if slot in ("$", "...") or optional:
            continue
        options = _options(slot, grammar)
        if options:
            yield options


def _needed_word(option: Option, at: int) -> str | None:
    """The option's word at `at` as the text must hold it (`later_needs`); None when any word may stand there."""
    word = option.words[at]
    if word == NUMBER or (option.suffix and at == 0):
        return None
    return word + "*" if option.prefix and at == len(option.words) - 1 else word


def check_pattern(pattern: str) -> None:
    """Refuse a line that cannot mean what it says: `|` joins single words, so "ya|ya rab|yarab" is
    two places ("ya|ya", "rab|yarab") and never matches "ya" alone; the words of one option are
    joined by "_" ("ya_rab|yarab"). An option written twice in one place, or an empty one, is
    such a slip (or a harmless copy), and either way the line is refused at compile time."""
    for slot in pattern.split():
        options = _optional(slot)[0].split("|")
        if len(options) < 2:
            continue
        if "" in options:
            raise ValueError(f"triage pattern {pattern!r}: an empty option in {slot!r}")
        twice = _written_twice(options)
        if twice:
            raise ValueError(
                f"triage pattern {pattern!r}: {twice} twice in {slot!r}; `|` joins single words, "
                'join the words of one option with "_" ("ya_rab|yarab")'
            )


def check_entry(name: str, entry: str) -> None:
    """Refuse a word class entry with `|`: an entry is one option already (several words may stand
    in it), and a `|` in it would silently become a word of its own."""
    if "|" in entry:
        raise ValueError(f"word class {name!r}: {entry!r} holds '|'; write each option as its own entry")


def check_patterns(sections: dict) -> None:
    """check_entry for every word class entry (and no entry twice in a class), check_pattern for every
    other line of one language's sections (a section may hold lists or, like concepts and cues, named lists)."""
    for name, entries in (sections.get("words") or {}).items():
        for entry in entries:
            check_entry(name, entry)
        twice = _written_twice(entries)
        if twice:
            raise ValueError(f"word class {name!r}: {twice} twice (one copy is the trace of a slip)")
    for section, value in sections.items():
        if section == "words":
            continue
        for lines in value.values() if isinstance(value, dict) else [value]:
            for line in lines or ():
                if isinstance(line, str):
                    check_pattern(line)


def _written_twice(items: list[str]) -> list[str]:
    return sorted(item for item, count in Counter(items).items() if count > 1)


def _optional(slot: str) -> tuple[str, bool]:
    """The slot without its optional mark, and whether it had one."""
    return (slot[:-1], True) if slot.endswith("?") and len(slot) > 1 else (slot, False)


def _options(slot: str, grammar: Grammar) -> list[Option]:
    """The word sequences a slot accepts, normalised and marked as the text will be (a word class
    stands in thousands of slots: each is read once per grammar)."""
    known = grammar.slots.get(slot)
    if known is None:
        known = grammar.slots[slot] = _read_options(slot, grammar)
    return known


def _read_options(slot: str, grammar: Grammar) -> list[Option]:
    options = []
    for word in _alternatives(slot, grammar.words):
        if NUMBER in word.split("_"):  # "в_<number>": a number right after the word, nothing between
            parts = (part if part == NUMBER else grammar.mark(fold(part)) for part in word.split("_"))
            options.append(Option(tuple(w for part in parts for w in part.split())))
            continue
        prefix, suffix = word.endswith("*"), word.startswith("*")
        marked = grammar.mark(fold(word.strip("*")))
        if marked:
            words = marked.removesuffix(NEGATED).removesuffix(NEGATES_BEFORE) if prefix else marked
            options.append(Option(tuple(words.split()), prefix, suffix))
    return options


def _alternatives(slot: str, words: dict[str, list[str]]) -> list[str]:
    """The entries a slot accepts: its `|` alternatives, a word class's entries for `<name>` (also
    among alternatives: "<drug>|alcohol"), NUMBER for `<number>`. Parts joined by `_` stand right
    after one another, a word class among them by each of its entries ("не_<go_on>_<bye>": a pattern's
    places allow slack between them, these do not)."""
    found: list[str] = []
    for alternative in slot.split("|"):
        if alternative == NUMBER:
            found.append(NUMBER)
        elif alternative.startswith("<") and alternative.endswith(">") and "<" not in alternative[1:]:
            if alternative[1:-1] not in words:
                raise ValueError(f"triage lexicon: unknown word class {alternative!r}")
            found.extend(words[alternative[1:-1]])
        elif "<" in alternative:
            parts = [_alternatives(part, words) for part in JOINED_PARTS.findall(alternative)]
            found.extend("_".join(joined) for joined in itertools.product(*parts))
        else:
            found.append(alternative)
    return found


@lru_cache(maxsize=VIEW_MEMO)
def words_and_beginnings(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The distinct words of a normalised text, and those words with their beginnings as a rule's needs write
    them ("kein*"). One view of a message is looked up in a dozen indexes of each language (danger, concepts,
    cues, masks ...), and the other languages often see the same view: it is split once, not once per index."""
    tokens = frozenset(text.split())
    return tokens, frozenset(
        beginning for token in tokens for beginning in (token, *(token[:n] + "*" for n in range(1, len(token) + 1)))
    )


class RuleIndex:
    """Rules by the words their first required place accepts, so a message is checked only against
    rules that can match it (a pattern matches from a whole word of the text, see compile_pattern).
    A rule without such words is always checked."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = tuple(rules)
        self._always: list[int] = []
        self._numbers: list[int] = []
        self._words: dict[str, list[int]] = defaultdict(list)
        self._prefixes: dict[str, list[tuple[str, int]]] = defaultdict(list)  # by their first PREFIX_KEY letters
        self._fragments: list[tuple[str, int]] = []  # parts of words: checked as substrings of the text
        self._memo: dict[str, tuple[int, ...]] = {}
        for position, rule in enumerate(rules):
            found = anchors(rule.pattern, rule.grammar)
            if found is None:
                self._always.append(position)
                continue
            for word in found:
                if word == NUMBER:
                    self._numbers.append(position)
                elif word.startswith(FRAGMENT):
                    self._fragments.append((word[len(FRAGMENT) :].removesuffix("*"), position))
                elif word.endswith("*"):
                    self._prefixes[word[:-1][:PREFIX_KEY]].append((word[:-1], position))
                else:
                    self._words[word].append(position)

    def candidates(self, text: str) -> list[Rule]:
        """The rules that may match `text` (normalised, negations marked), in lexicon order: begun by one of its
        words (or always checked), and with a word of the text for each of their later places (`later_needs`)."""
        found = set(self._always)
        if self._fragments:
            found.update(position for fragment, position in self._fragments if fragment in text)
        tokens, held = words_and_beginnings(text)
        for token in tokens:
            found.update(self._begun_by(token))
        if not found:
            return []  # most indexes of a message's view: nothing to sort or weigh
        rules = (self.rules[position] for position in sorted(found))
        return [rule for rule in rules if not any(map(held.isdisjoint, rule.needs))]  # map: no frame per need

    def _begun_by(self, token: str) -> tuple[int, ...]:
        """The rules one word can begin; remembered, for people use the same words again and again (a third of
        the time of a message went to looking them up anew)."""
        known = self._memo.get(token)
        if known is None:
            found = set(self._words.get(token, ()))
            if token.isdecimal():
                found.update(self._numbers)
            for length in range(1, PREFIX_KEY + 1):
                found.update(
                    position for prefix, position in self._prefixes.get(token[:length], ()) if token.startswith(prefix)
                )
            if len(self._memo) >= TOKEN_MEMO:
                self._memo.clear()
            known = self._memo[token] = tuple(found)
        return known

    def turned_around(self, text: str, scope: int = 1, starts: frozenset[int] = frozenset()) -> bool:
        """Whether a rule matches `text` only where a negation turns it around."""
        return any(rule.regex.search(text) and rule.find(text, scope, starts) is None for rule in self.candidates(text))

    def matching(
        self, text: str, scope: int = 1, starts: frozenset[int] = frozenset()
    ) -> list[tuple[Rule, tuple[int, ...]]]:
        """The rules that match `text` where no negation turns them around, with the words they matched; a
        negation's whole clause may stand in a gap (`Closed`)."""
        closed = Closed.of(text, starts) if NEGATED in text else None
        found = []
        for rule in self.candidates(text):
            words = rule.find(text, scope, starts)
            if words is None and closed and rule.needs:  # a rule of one required word has no gap to pass over
                words = rule.find(text, scope, starts, closed)
            if words is not None:
                found.append((rule, words))
        return found


class PhraseBook:
    """Labelled phrases in the pattern language, per language (data/intents.yaml, data/roles.yaml):
    which labels a text says. A language's `words` section holds its word classes."""

    def __init__(self, raw: dict[str, dict[str, list[str]]]) -> None:
        rules: list[Rule] = []
        for lang, sections in raw.items():
            grammar = Grammar(words=sections.get("words") or {})
            check_patterns(sections)
            rules += [
                Rule(lang, label, pattern, grammar)
                for label, patterns in sections.items()
                if label != "words"
                for pattern in patterns
            ]
        self._index = RuleIndex(rules)

    def said(self, folded: str) -> set[str]:
        """The labels of the phrases in a normalised text."""
        return {label for label, _ in self.found(folded)}

    def found(self, folded: str) -> list[tuple[str, tuple[int, ...]]]:
        """The labels of the phrases in a normalised text, each with the positions of the words it
        matched (a gap's words not among them)."""
        return [(rule.kind, words) for rule, words in self._index.matching(folded)]

    def whole(self, folded: str) -> set[str]:
        """The labels of the phrases that are all a normalised text says ("ich", "weiß nicht")."""
        every = set(range(len(folded.split())))
        return {label for label, words in self.found(folded) if set(words) == every}

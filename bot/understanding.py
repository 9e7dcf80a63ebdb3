"""What a message says about the search: the topics, whether it is about the writer or someone
close, where, whether online is fine; and what else it says to the bot (cost, thanks, ...).

Read once per message and handed to the conversation as plain data (dialogs.views.Understanding),
so that whatever a person says, in whichever step, is taken and never asked for again.
Words that name a place or the person's role are no topic words: "wir wohnen in Chemnitz" must not
find a group whose name says "Chemnitz", "meine Frau trinkt" no women's group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import NamedTuple

from bot.directory.gazetteer import CITY, MIN_BARE_NAME, PLACE_WORDS, STATE_NAMES, Gazetteer, Mention
from bot.directory.gazetteer import Place as GazetteerPlace
from bot.directory.geo import distance_km
from bot.directory.group_search import GroupIndex, content_words
from bot.directory.losses import default_losses
from bot.directory.topic_matcher import TopicHit, TopicMatcher, stopwords, word_lists
from bot.i18n import gettext_for
from bot.paths import DATA, read_yaml
from dialogs.messages import BUTTON_CONTINUE, BUTTON_CRISIS, BUTTON_DANGER, BUTTON_DETAILS, BUTTON_SAFE
from dialogs.model import Place
from dialogs.patterns import PhraseBook
from dialogs.text import normalise, script_language
from dialogs.translit import EVIDENCE_LETTERS, skeleton
from dialogs.triage import Lexicon, Triage, triage
from dialogs.views import Understanding

# in the order answered
INTENTS = (
    "cost",
    "when",
    "length",
    "alone",
    "along",
    "group_talk",
    "who_leads",
    "parents_told",
    "anonymous",
    "language",
    "phone",
    "contact_point",
    "data_source",
    "data_demo",
    "numbers_again",
    "forget",
    "bot",
    "help",
    "talk",
    "thanks",
    "hello",
)
# a label whose words ask nothing of the other one
COVERS = {
    "money_lost": "cost",
    "group_talk": "talk",
    "when_told": "when",
    "bot_remark": "bot",
    "group_name": "anonymous",
    "data_source": "bot",  # "where is your data from?" asks nothing of what is kept of the writer's
}
# data/intents.yaml's labels read only where the conversation has just asked or answered (dialogs/machine.py): a yes
# that opens an answer and the words that turn it, violence stopped, others in the danger. Anywhere else their
# everyday words ("nicht", "aber", "mit meinem Sohn", "er ist weg") say nothing, and keep no topic from being guessed
IN_CONTEXT = ("answer_opens", "answer_but", "danger_stopped", "others_here")
# intents whose words say nothing of the search: "kann ich alleine hin" is no loneliness, "do I have to
# talk there?" no "I have", "will they tell my parents?" is no search for relatives, "almanca bilmiyorum" (I don't
# speak German) no Migration told by the writer: the search stays whose it was
ASKED_ONLY = (
    "alone",
    "along",
    "group_talk",
    "who_leads",
    "data_source",
    "phone",
    "numbers_again",
    "parents_told",
    "forget",
    "language",
)
ROLES = {
    "harmed": "affected",
    "both": "any",
    "relative": "relative",
    "parents_of_young": "relative",
    "own": "affected",
    "affected": "affected",
    "speaker": "affected",
}  # roles.yaml labels: the first said tells; "speaker" tells only who speaks, no problem of their own; "has"
# (what the writer has: "ich hab", "у меня") tells it only beside a topic
WRITERS = ("affected", "has", "speaker")  # the labels by which writers speak of themselves
# data/intents.yaml's labels by which writers say they are young or ask as the young do ("bin 15", "for teens"):
# the writer's only when no word for someone else stands among their words ("for parents of teenagers")
OWN_AGE = ("young", "age")
ANSWERS = {**ROLES, "answer_relative": "relative", "answer_affected": "affected", "answer_any": "any"}
PEOPLE = (
    "poss",
    "relation",
    "relation_case",
    "relation_subj",
    "kin",
    "parent_bare",
    "poss_latin",
    "relation_latin",
)  # roles.yaml
TIED = 0.05  # hits of one word this close to its best are different meanings of it: ask which
WEAKER = 0.25  # a topic this far below the best one is not what the message is about
MAX_CANDIDATES = 5
LOSS = "trauer"  # the category of a death: a count of weeks beside it is a pregnancy's
DESCRIBED = 4  # content words: a sentence that tells what happens, no longer a keyword
_COORDINATES = re.compile(r"^\s*-?\d{1,2}(?:\.\d+)?\s*[,; ]\s*-?\d{1,3}(?:\.\d+)?\s*$")
_FOUR_DIGITS = re.compile(r"^\s*(?:(?:A|AT|CH)\s*-\s*)?\d{4}\b", re.IGNORECASE)  # Austrian and Swiss codes
NEAR_HOME_KM = 60.0  # a place this close to the flyer's contact point is the one meant
SERVED_KM = 40.0  # a place this close to a group or contact point of the directory is in its region
CLEARLY_LARGER = 10  # a place of that name ten times larger than the next is the one meant
MAX_OPTIONS = 3
MIN_LANGUAGE_WORDS = 2  # words only one language has, for "this message is in that language"
WHOSE_PLACE = "gazetteer/whose_place.txt"
SAME_PLACE_KM = 15.0  # two places named this close are one for the search: nothing to ask
_CLAUSE_END = re.compile(r"[,;.!?\n،؛]")


@lru_cache(maxsize=1)
def phrase_books() -> tuple[PhraseBook, PhraseBook, Vocabulary]:
    """The role words (data/roles.yaml), what else people say (data/intents.yaml), and the words
    for people in roles.yaml's classes PEOPLE ("Frau", "мама", "ebni")."""
    roles = read_yaml(DATA / "roles.yaml")
    people = Vocabulary.of(
        word for sections in roles.values() for name in PEOPLE for word in (sections["words"].get(name) or ())
    )
    return PhraseBook(roles), PhraseBook(intents_with_buttons()), people


# the buttons whose own words people type in answer to a danger or for help at once, and the sections of
# data/intents.yaml they join
TYPED_BUTTONS = {
    BUTTON_SAFE: ("answer_no",),
    # "Ja, ich brauche jetzt Hilfe": the yes to the safety question, and anywhere else the crisis reply (round 68)
    BUTTON_DANGER: ("answer_yes", "button_crisis"),
    BUTTON_CONTINUE: ("button_continue",),
    BUTTON_CRISIS: ("button_crisis",),  # "🆘 Akute Krise", "akute krise": at any step, as the button and /notfall
    BUTTON_DETAILS: ("button_group",),  # "1. Details", "Ayrıntılar 2": a group of the list shown (its number aside)
}


@lru_cache(maxsize=1)
def intents_with_buttons() -> dict[str, dict]:
    """data/intents.yaml, each language's sections of TYPED_BUTTONS with that button's words as its catalog says
    them ("Ні, я шукаю групу", "Продовжити пошук групи"): typed whole, in any of our languages, they are the button,
    whatever the wording of the phrases written beside them. Read once."""
    raw = read_yaml(DATA / "intents.yaml")
    for lang, sections in raw.items():
        for msgid, joined in TYPED_BUTTONS.items():
            label = gettext_for(lang, msgid).format(number="")  # a list's item without its number
            for section in joined:
                sections[section] = [*(sections.get(section) or ()), normalise(label)]
    return raw


@dataclass(frozen=True)
class Vocabulary:
    """Words as the lexicons write them: "sohn*" is any word that begins so, "*زوجتي" any that ends so."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]

    @classmethod
    def of(cls, entries: Iterable[str]) -> Vocabulary:
        exact, prefixes, suffixes = set(), set(), set()
        for entry in entries:
            for word in normalise(entry.strip("*")).split():
                (prefixes if entry.endswith("*") else suffixes if entry.startswith("*") else exact).add(word)
        return cls(frozenset(exact), tuple(sorted(prefixes)), tuple(sorted(suffixes)))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (
            word in self.exact or word.startswith(self.prefixes) or word.endswith(self.suffixes)
        )


@dataclass(frozen=True)
class TopicWords:
    """The words of the topics, as written or mistyped ("деменця"): Cyrillic words though no lexicon of the
    triage knows them, for the reading of Latin letters (see Reader.cyrillic)."""

    matcher: TopicMatcher

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.matcher.names(word)


@dataclass
class Reader:
    index: GroupIndex
    gazetteer: Gazetteer
    lexicon: Lexicon
    roles: PhraseBook
    intents: PhraseBook
    people: Vocabulary

    def understand(self, text: str, near: Place | None = None) -> Understanding:
        """Everything a message says. The words of places and those that told the role are no
        topic or name words ("für meine Mutter" is no "Mutter"), unless they name a topic or are
        part of its words ("pflegende Angehörige"); nor are those by which writers say their own
        gender, which names its audience beside the topics ("als Frau")."""
        words = normalise(text).split()
        every = self.cyrillic(text)  # read once: the words kept of it below differ
        known = self.index.matcher.knows
        mentions = self.gazetteer.mentions(text, known=known) or self.mentions_in_cyrillic(text, every)
        gender, said_gender = self.index.relations.writer_gender(words)
        taken = {i for m in mentions for i in m.words} | said_gender
        kept = [i for i in range(len(words)) if i not in taken]
        rest = " ".join(words[i] for i in kept)
        # each Cyrillic reading's words as the topic words they spell ("u mamy demencia": "у мамы деменция"), for the
        # roles and what is asked alike: "chy je grupy ukrajinskoju?", "a skolko stoit?"
        said_as = [rest, *(" ".join(self.index.matcher.read(r, lang)) for lang, r in _kept(every, taken).items())]
        everything = list(dict.fromkeys(found for said in said_as for found in self.intents.found(said)))
        found = writers_own(everything, rest.split(), self.people)
        someone_young = len(found) < len(everything)  # "я мама, сын в 9 классе": the one at school is the son
        said = _said(found)
        online = "online" in said or self.online_alone(text, words, taken)
        asked = {i for label, at in found if label in ASKED_ONLY for i in at}
        roles = [(label, at) for label, at in _aside(self.roles_said(said_as)) if not set(at) <= asked]
        taken |= {kept[i] for i in asked}
        readings = _kept(every, taken)
        hits = self.index.matcher.match(_without(words, taken), readings)
        told = {kept[i] for label, found in roles if label in ROLES for i in found if self.told_only(said_as, i)}
        persons = {kept[i] for label, found in roles if label in ROLES for i in found if self.a_person(said_as, i)}
        taken, readings, hits = self.without_told(words, every, taken, readings, hits, told, persons & told)
        if len(words) > 1 and _function_word_left(text, _without(words, taken)):  # "für mich als Angehörige": no ALS
            hits = []
        if self.index.matcher.fears_someone(text):  # "angst um sie": the words that told the role are gone
            hits = [hit for hit in hits if not self.index.matcher.only_fear(hit.matched)]
        causes = self.causes_of_death(hits)
        caused = self.named_by(causes)
        hits = [hit for hit in hits if hit.topic_id not in caused or self.of_loss(hit.topic_id)]
        verdict = cache(partial(triage, text, self.lexicon))  # read at most once, where a death's words ask for it
        hits = self.deaths_apart(hits, verdict, words, taken)
        topics, candidates = self.topics(hits)
        if gender is not None and topics and gender not in topics:  # "ich bin eine Frau mit Depressionen"
            topics = (*topics, gender)
        searched = _without(words, taken)
        guesses = () if hits or said else tuple(h.topic_id for h in self.index.matcher.guess(searched, readings))
        role = self.role(said_as, roles, _clause_numbers(text, words, kept))
        if role == "relative" and self.mourned(hits, said_as, roles) and not danger_to_another(verdict()):
            role = "affected"  # "seit meine Frau tot ist": the one who died is no one the search is for
        if role == "relative" and any(self.index.matcher.tells_done(h.matched) for h in hits if h.topic_id in topics):
            role = "affected"  # "ich habe mein Kind geschlagen": the writer who hit asks for themselves
        if role is None and self.death_told(hits, topics):
            role = "affected"  # "Kind verloren", "мама умерла": the one who tells a death mourns
        named = bool(topics or candidates or guesses)
        has = named and any(label == "has" for label, _ in roles)  # "ich hab kein Geld" names nothing the writer has
        if role is None and named and (has or any(map(self.about_oneself, said_as))):
            role = "affected"
        relations = () if role == "affected" else self.relations_said(said_as)
        parents = any(label == "parents_of_young" for label, _ in roles)
        parent = role == "relative" and (parents or (someone_young and "parent" in relations))
        if parent and "parent" not in relations:  # "for parents of teenagers"
            relations = ("parent", *relations)
        places = self.choose(mentions, near, text, role)
        return Understanding(
            topics=topics,
            own_topics=self.own_beside(said_as, roles, topics) if role == "relative" else (),
            candidates=candidates,
            guesses=guesses,
            name_words=tuple(w for w in self.index.name_words(searched) if w not in causes and not self.online_word(w)),
            role=role,
            relations=relations,
            harmed=any(label == "harmed" for label, _ in roles),
            own_told=has or any(label == "affected" for label, _ in roles),
            places=places,
            abroad=not places and self.abroad(mentions, text),
            online=online,
            intents=tuple(i for i in INTENTS if i in self.with_demo(said)),
            language=self.language(words) or self.language_read(every) or script_language(text),
            young="young" in said,
            parent_of_young=parent,
        )

    def with_demo(self, said: set[str]) -> set[str]:
        """The labels said, and where the data is from asked while the directory is the invented demo, `data_demo`:
        the answer says so."""
        return said | {"data_demo"} if "data_source" in said and self.index.demo else said

    def online_alone(self, text: str, words: list[str], taken: set[int]) -> bool:
        """Whether a clause says only that online is fine, as a whole message may ("online?"), once
        the place's words and the words that join it are taken out: "erlangen aber egal, online?",
        "Leipzig oder online", "Лейпциг или онлайн" wish online beside the place."""
        joins = whose_words().joins
        for clause in _clauses(text, words, joins):
            said = " ".join(words[i] for i in clause if i not in taken and words[i] not in joins)
            if said and "online_alone" in self.intents.whole(said):
                return True
        return False

    def causes_of_death(self, hits: list[TopicHit]) -> set[str]:
        """The words of a death told with its cause ("an Krebs gestorben", "умерла от рака"): the
        cause is no topic of the writer's and names no group ("Krebs"), the death does."""
        return {
            word
            for hit in hits
            if " " in hit.matched and self.of_loss(hit.topic_id)
            for word in content_words(hit.matched)
            if not any(self.of_loss(h.topic_id) for h in self.index.matcher.match(word))
        }

    def deaths_apart(self, hits: list[TopicHit], verdict: Callable[[], Triage], words: list[str], taken: set[int]):
        """The hits but the phrases of a death that are the words of a danger that is no death ("my son wants
        to kill himself" is no "killed himself"); a death told apart from the danger's words stays one ("I am
        dying inside since my mom passed away")."""
        if not any(" " in hit.matched and self.of_loss(hit.topic_id) for hit in hits) or not danger_not_death(
            verdict()
        ):
            return hits
        apart = _without(words, taken | set(verdict().danger_words))
        kept = {hit.topic_id for hit in self.index.matcher.match(apart) if self.of_loss(hit.topic_id)}
        return [hit for hit in hits if " " not in hit.matched or not self.of_loss(hit.topic_id) or hit.topic_id in kept]

    def death_told(self, hits: list[TopicHit], topics: tuple[str, ...]) -> bool:
        """Whether a topic of grief was named by words that tell a death ("Kind verloren", "мама умерла", "my
        mother died": data/taxonomy/losses.yaml), not only its name ("Trauer", "Kinder in Trauer")."""
        deaths = self.grief_topics.intersection(topics)
        tells = default_losses().tells_death
        return any(hit.topic_id in deaths and any(map(tells, hit.matched.split())) for hit in hits)

    def count(self, term: str) -> bool:
        """Whether a term is a number and a word that names no topic: a count of weeks or years
        ("22 Woche", "на 22 неделе"; "Trisomie 21" is a topic's name)."""
        words = content_words(term)
        return (
            len(words) == 2
            and any(w.isdigit() for w in words)
            and not any(self.index.matcher.match(w) for w in words if not w.isdigit())
        )

    @property
    def grief_topics(self) -> frozenset[str]:
        """Grief and its kinds (the taxonomy's `narrow`): the topics a death's words name."""
        return frozenset({LOSS, *self.index.matcher.taxonomy.narrow})

    def of_loss(self, topic_id: str) -> bool:
        return self.index.matcher.taxonomy.topic(topic_id).category == LOSS

    def named_by(self, words: set[str]) -> set[str]:
        """The topics some words name, with their topics for relatives."""
        taxonomy = self.index.matcher.taxonomy
        named = {hit.topic_id for hit in self.index.matcher.match(" ".join(sorted(words)))} if words else set()
        return named | {taxonomy.topic(t).relatives for t in named if taxonomy.topic(t).relatives}

    def told_only(self, said_as: list[str], at: int) -> bool:
        """Whether a word that told the role says nothing else, as written and in each reading of it
        (said_as: see roles_said): a word for a person ("Frau", not the topic "Frauen"), or one that
        names no topic on its own ("Angehörige", not "trinkt"; "p'et" read "пьет")."""
        return all(word in self.people or not self.index.matcher.match(word) for word in _words_at(said_as, at))

    def without_told(
        self,
        words: list[str],
        every: dict[str, list[str]],
        taken: set[int],
        readings: dict[str, list[str]],
        hits: list[TopicHit],
        told: set[int],
        persons: set[int],
    ) -> tuple[set[int], dict[str, list[str]], list[TopicHit]]:
        """The search without the words that told the role (`told`), where no topic's phrase needs them; where a
        phrase needs a verb of them ("Vater hatte nen Schlag"), without the words for persons alone (`persons`);
        where it needs those too ("meine Frau ist gestorben"), with them, keeping of the topics their words name
        alone only the phrase's."""
        if not told:
            return taken, readings, hits
        phrased: set[str] = set()
        for dropped in (told, persons) if persons and persons != told else (told,):
            fewer = _kept(every, taken | dropped)
            without = self.index.matcher.match(_without(words, taken | dropped), fewer)
            if not _lost_phrase(hits, without):
                return taken | dropped, fewer, without
            if dropped is told:
                phrased = {hit.topic_id for hit in without}
        return taken, readings, [hit for hit in hits if " " in hit.matched or hit.topic_id in phrased]

    def a_person(self, said_as: list[str], at: int) -> bool:
        """Whether a word that told the role is a word for a person, as written and in each reading of it."""
        return all(word in self.people for word in _words_at(said_as, at))

    def roles_said(self, said_as: list[str]) -> list[tuple[str, tuple[int, ...]]]:
        """The labels of data/roles.yaml a message says, found in its words (but those of places) and in
        each Cyrillic reading of them word by word alike (`said_as`: a message in Russian or Ukrainian
        typed in Latin letters, "syn narkoman", is read as "сын наркоман" is, its words as the topic words
        they spell, as the topics are found: "u mamy demencia" as "у мамы деменция")."""
        return list(dict.fromkeys(found for text in said_as for found in self.roles.found(text)))

    def relations_said(self, said_as: list[str]) -> tuple[str, ...]:
        """Who the writer is to the one concerned (bot/directory/relations.py), in the order said; in a
        message read in Cyrillic as read so (as written, "ja mama" would be a German "yes" and someone's
        mother: "syn p'et, ja mama" is a mother's)."""
        readings = said_as[1:] or said_as
        return tuple(dict.fromkeys(r for text in readings for r in self.index.relations.asking(text)))

    def role(self, said_as: list[str], roles: list[tuple[str, tuple[int, ...]]], clause_of: list[int]) -> str | None:
        """Whom the search is for, by the first label of ROLES said, but of someone close named only as a
        bystander (see bystanders). Someone close who harms the writer ("esim beni dövüyor") makes the
        writer the one affected, unless the clause they are named in names a topic besides that is not the
        writer's own ("mein Mann trinkt und schlägt mich": a relative of someone who drinks; "mein Freund
        schlägt mich, ich hab Angst": affected; "kocam beni dövüyordu, şimdi ayrıldım": the separation is
        the writer's). Whom a group is for (an audience: "eine Gruppe für Frauen") is no topic of someone
        else's, nor is violence or what it leaves (the taxonomy's harm: "babam bizi döverdi, hâlâ kâbuslar
        görüyorum" is the writer's trauma). `clause_of`: the clause of each word of said_as."""
        bystanders = self.bystanders(said_as, roles, clause_of)
        roles = [(label, found) for label, found in roles if label != "relative" or not set(found) & bystanders]
        harmed = {i for label, found in roles if label == "harmed" for i in found}
        own = any(label in WRITERS for label, _ in roles)
        taxonomy = self.index.matcher.taxonomy
        not_theirs = taxonomy.audiences | taxonomy.harm
        actors = {clause_of[i] for label, found in roles if label == "relative" for i in found} or set(clause_of)
        theirs = {i for i, clause in enumerate(clause_of) if clause in actors} - harmed
        besides = (hit for t in said_as for hit in self.index.matcher.match(_only(t.split(), theirs)))
        if harmed and not own and any(hit.topic_id not in not_theirs for hit in besides):
            roles = [(label, found) for label, found in roles if label != "harmed"]
        labels = {label for label, _ in roles}
        return next((ROLES[label] for label in ROLES if label in labels), None)

    def bystanders(
        self, said_as: list[str], roles: list[tuple[str, tuple[int, ...]]], clause_of: list[int]
    ) -> set[int]:
        """The words of someone close named only in passing, in a clause that names no topic, beside the
        writer who tells of themselves in a clause of their own ("моя мама в Україні, а я тут сама, дуже
        самотньо"; "ich hab Morbus Crohn, ... mein Freund ist genervt"), when every clause that names a topic
        names no one else (roles.yaml's `others`: "mein Sohn ist 16, ich habe Angst, dass er Drogen nimmt"
        stays a relative's search; "mein Mann trinkt" names a topic in his clause)."""
        close = {clause_of[i] for label, found in roles if label == "relative" for i in found}
        writers = {clause_of[i] for label, found in roles if label in (*WRITERS, "harmed") for i in found} - close
        others = {clause_of[i] for label, found in roles if label == "others" for i in found}
        if not close or not writers:
            return set()
        split = [text.split() for text in said_as]
        named = {
            clause
            for clause in set(clause_of)
            if any(self.index.matcher.match(_only(words, _in_clause(clause_of, clause))) for words in split)
        }
        if not named or named & (close | others):
            return set()
        return {i for i, clause in enumerate(clause_of) if clause in close}

    def mourned(self, hits: list[TopicHit], said_as: list[str], roles: list[tuple[str, tuple[int, ...]]]) -> bool:
        """Whether everyone close the message names is someone who died, by a term of grief (or of one kind
        of it, the taxonomy's `narrow`) that holds the word for them, or that their words make with those that
        tell the death ("my dad died last week": "my dad died"), and by no term of another topic ("meine
        Frau ist gestorben", "my wife is dead"): the writer mourns, their own grief's groups are for them.
        "Meine Mutter trauert um meinen Vater" names the mother; "my dad died from drinking" the drinking
        ("my dad drinks"); "my father is dying" no death (Schwerkranke: a relative's search)."""
        deaths = self.grief_topics
        dead = {word for hit in hits if hit.topic_id in deaths for word in content_words(hit.matched)}
        alive = {word for hit in hits if hit.topic_id not in deaths for word in content_words(hit.matched)}
        close = [found for label, found in roles if ROLES.get(label) == "relative"]
        written = said_as[0].split()
        tells = default_losses().tells_death
        death = [word for i, word in enumerate(written) if tells(word) for word in written[i : i + 2]]

        def died(found: tuple[int, ...]) -> bool:
            people = {word for at in found for word in _words_at(said_as, at)}  # "unseren Sohn", as each reading
            named = " ".join([*(written[at] for at in sorted(found)), *death])
            of_death = people & dead or (death and any(h.topic_id in deaths for h in self.index.matcher.match(named)))
            return bool(of_death) and not people & alive

        return bool(close) and all(map(died, close))

    def online_word(self, word: str) -> bool:
        """Whether a word says that online is fine ("Leipzig oder online"): a wish, as a place's words
        are, no word of a group's name ("Depression online") that would stand for the topic asked."""
        return "online_alone" in self.intents.whole(word)

    def own_beside(
        self, said_as: list[str], roles: list[tuple[str, tuple[int, ...]]], topics: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The writer's own topics beside a relative's search: those named only in the words from the
        writer's own clause on, which begins after every word that told of someone close ("mein Mann
        trinkt und ich bin depressiv": Depression; "мій чоловік п'є і б'є мене": Gewalt), when the
        words before it name a topic of their own ("ich habe Angst um meinen Sohn" has none); as
        written or in a Cyrillic reading (see roles_said)."""
        close = [i for label, found in roles if ROLES.get(label) == "relative" for i in found]
        starts = [min(found) for label, found in roles if label in (*WRITERS, "harmed") and found]
        own = [i for i in starts if i > max(close, default=len(said_as[0].split()))]
        if not own:
            return ()
        split = [text.split() for text in said_as]
        theirs = {hit.topic_id for words in split for hit in self.index.matcher.match(" ".join(words[: min(own)]))}
        mine = {hit.topic_id for words in split for hit in self.index.matcher.match(" ".join(words[min(own) :]))}
        return tuple(t for t in topics if t in mine and t not in theirs) if theirs else ()

    def role_answer(self, text: str) -> str | None:
        """The answer to "about you, or someone close?" when it is all the message says: "ich",
        "beides", "weiß nicht", "ya sam", "для себя", "my son"; None for anything more."""
        labels = self.roles.whole(normalise(text))
        return next((ANSWERS[label] for label in ANSWERS if label in labels), None)

    def cyrillic(self, text: str) -> dict[str, list[str]]:
        """The text's words in Cyrillic, as Russian and as Ukrainian typed in Latin letters are read
        (dialogs.translit, as the crisis triage reads them, a word for a person telling it as a longer word
        does: "syn narkoman", and a topic's word as a word of the lexicon does: "u mamy demencija"); none when
        the text is no such thing, by all its words. `_kept` leaves out those taken (places, ...)."""
        if self.lexicon.translit is None:
            return {}
        words = normalise(text, digraphs=False).split()
        return self.lexicon.translit.readings(words, self.people, TopicWords(self.index.matcher))

    def mentions_in_cyrillic(self, text: str, readings: dict[str, list[str]]) -> list[Mention]:
        """The places a message in Russian or Ukrainian typed in Latin letters names with their case
        endings ("zhivu v Lejpcige", "v Leyptsige": в Лейпциге), read as the topics are (`readings`: its
        Cyrillic readings); in a message of one such word beside the place, by the place's own spelling
        ("zhyvu v Leiptsyhu")."""
        for reading in readings.values():
            found = self.gazetteer.mentions(" ".join(reading), known=self.index.matcher.knows)
            if found:
                return found
        return self.gazetteer.latin_cyrillic_mentions(text, self.typed_cyrillic) if self.lexicon.translit else []

    def typed_cyrillic(self, word: str) -> bool:
        """Whether a Latin word is a Russian or Ukrainian word typed so ("zhyvu": живу), by its skeleton."""
        translit = self.lexicon.translit
        spine = skeleton(word)
        return (
            translit is not None
            and len(word) >= EVIDENCE_LETTERS
            and word not in translit.latin_known
            and (spine in translit.everyday or any(spine in known for known in translit.words.values()))
        )

    def about_oneself(self, folded: str) -> bool:
        """A topic told in the first person ("yıllardır belim ağrıyor", "I can't sleep") or in a
        sentence of its own, without naming anyone else: people who search for someone close
        name them ("mein Mann", "my son"); a bare word ("Demenz") says nothing about whom."""
        if len(content_words(folded)) >= DESCRIBED:
            return True
        return any(
            rule.kind == "self" for rules in self.lexicon.languages.values() for rule, _ in rules.cues.matching(folded)
        )

    def places(self, text: str, near: Place | None = None) -> tuple[Place, ...]:
        """The answer to "where?": a postal code, coordinates, a name as typed or mistyped."""
        mentions = self.gazetteer.mentions(text, answer=True, known=self.index.matcher.knows)
        if mentions:
            return self.choose(mentions, near, text)
        resolved = self.gazetteer.resolve(text) if _COORDINATES.match(text) or _FOUR_DIGITS.match(text) else None
        return self.options([resolved] if resolved else self.gazetteer.named_like(text, self.index.matcher.knows), near)

    def named_place(self, text: str, near: Place | None = None) -> tuple[Place, ...]:
        """The place a whole message is the name of, as written ("Köln", "in Kiel", "Gera'da"): the
        answer to "where?" even where its letters are close to a topic's word ("Köln" is no Kolon);
        none for a mistyped name or a message that says more."""
        words = normalise(text).split()
        mentions = self.gazetteer.mentions(text, answer=True)
        if len(mentions) != 1 or mentions[0].mistyped:
            return ()
        rest = [w for i, w in enumerate(words) if i not in mentions[0].words]
        return self.choose(mentions, near, text) if all(w in PLACE_WORDS for w in rest) else ()

    def topics(self, hits: list[TopicHit]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Every topic the message names (its best one per word or phrase), and the topics to ask
        about when a word may mean several ("Neurodivergenz": which one?). A topic related to a
        stronger one and found by words of its term ("Rentnerin allein": older people, not loneliness
        besides; "одинокая пенсионерка" tells both), far weaker than the best, or found only by words of
        a stronger topic's longer term is left out: "her gün içiyor" (drinks every day) is part of "her gün esrar
        içiyor" (smokes weed every day), "keeps calling" of "the school keeps calling" (ADHD)."""
        if not hits:
            return (), ()
        taxonomy = self.index.matcher.taxonomy
        by_term: dict[str, list[TopicHit]] = {}
        death = any(self.of_loss(hit.topic_id) for hit in hits)
        for n, hit in enumerate(hits):  # best first
            if death and self.count(hit.matched):  # "in der 22. Woche gestorben": a stillbirth, no premature baby
                continue
            if hit.score >= hits[0].score - WEAKER and not self.part_of_stronger(hit, hits[:n]):
                by_term.setdefault(hit.matched, []).append(hit)
        named, tied = [], []
        for term_hits in by_term.values():
            close = [h.topic_id for h in term_hits if h.score >= term_hits[0].score - TIED]
            (tied if len(close) > 1 else named).extend(close)
        words = {hit.topic_id: set(content_words(hit.matched)) for hit in reversed(hits)}  # of its best term
        kept: list[str] = []
        for topic_id in dict.fromkeys(named):  # best first: a topic related to one kept by its words adds nothing
            if not any(topic_id in taxonomy.topic(k).related and words[topic_id] & words[k] for k in kept):
                kept.append(topic_id)
        if kept:
            return tuple(kept), ()
        return (), tuple(dict.fromkeys(tied))[:MAX_CANDIDATES]

    def part_of_stronger(self, hit: TopicHit, stronger: list[TopicHit]) -> bool:
        """Whether the words of the hit's term (two or more) are all words of a longer term that
        found a stronger topic unlinked to it, but for words for people: they are that term's, not
        a topic of their own ("mein Kind ist gestorben" in "meine Frau ist gestorben, ich bin
        allein mit den Kindern": one death, hers). A relatives' term names the illness in it too
        ("ابني عنده مرض نادر": my son has a rare disease), and a linked topic is the same matter."""
        words = set(content_words(hit.matched))
        if len(words) < 2:  # "чоловік п'є" (my husband drinks) shares only the person
            return False
        said = {w for w in words if w not in self.people}
        taxonomy = self.index.matcher.taxonomy
        topic = taxonomy.topic(hit.topic_id)
        return any(
            (words < set(content_words(other.matched)) or bool(said) and said < set(content_words(other.matched)))
            and not taxonomy.topic(other.topic_id).for_relatives
            and other.topic_id not in (*topic.related, topic.relatives)
            and hit.topic_id not in (*taxonomy.topic(other.topic_id).related, taxonomy.topic(other.topic_id).relatives)
            for other in stronger
        )

    def choose(
        self, mentions: list[Mention], near: Place | None, text: str = "", role: str | None = None
    ) -> tuple[Place, ...]:
        """The place meant: the writer's own where the message names whose places are whose ("mein
        Bruder wohnt in Berlin, ich in Dresden"), else the first said as a place (else the first
        named); of several places of that name those in Germany, near the flyer's contact point, or
        in the directory's region; one clearly larger than the rest; else up to three to ask about.
        Someone close's place beside the writer's own is asked about, the writer's first ("for your
        brother in Berlin, or near you in Dresden?"): a relative's group meets near the relative,
        a group for the one concerned near them; one affected themselves is searched for at home. A place
        the writer will not go to is none ("в Лейпциг я не поеду", "nicht nach Leipzig": see refused); one
        said only as a landmark beside another ("near Hamburg, a village called Pinneberg") tells which of
        that other's namesakes is meant (see _without_landmarks); a place corrected to instead of the only one named
        is that one (see corrected_to)."""
        instead = self.corrected_to(mentions, text, near)
        if instead:
            return instead
        mentions = self.not_refused(mentions, text)
        if not mentions:
            return ()
        mentions, landmark = _without_landmarks(mentions, normalise(text).split())
        own, theirs = self.whose(mentions, text)
        mention = own or next((m for m in mentions if m.said_as_place), mentions[0])
        chosen = self.options(list(mention.places), near or landmark)
        if own is None or theirs is None or role == "affected" or len(chosen) != 1:
            return chosen
        other = self.options(list(theirs.places), near)
        if len(other) != 1 or _km_apart(chosen[0], other[0]) <= SAME_PLACE_KM:
            return chosen
        return (chosen[0], other[0])

    def abroad(self, mentions: list[Mention], text: str) -> bool:
        """Whether the places a message names (but those it refuses) are all outside Germany ("Graz",
        "in Wien"): the gazetteer knows Austria's and Switzerland's, the groups meet in Germany."""
        named = self.not_refused(mentions, text)
        return bool(named) and all(place.country != "DE" for mention in named for place in mention.places)

    def not_refused(self, mentions: list[Mention], text: str) -> list[Mention]:
        """The places but those whose clause says the writer will not go there (`place_refused` in
        data/intents.yaml: "I won't go to Leipzig", "Leipzig'e gitmem"), and those negated before another
        ("nicht Leipzig, sondern Dresden"): the search keeps the place it had.
        The message is read for such words once, its clauses only when it has them."""
        if not mentions:
            return mentions
        words = normalise(text).split()
        refused = {m.words.start for m in mentions[:-1] if _negated(words, m.words)}
        refusing = {i for label, at in self.intents.found(" ".join(words)) if label == "place_refused" for i in at}
        if refusing:
            clauses = _clauses(text, words, whose_words().joins)
            refused |= {i for clause in clauses if not refusing.isdisjoint(clause) for i in clause}
        return [mention for mention in mentions if mention.words.start not in refused]

    def corrected_to(self, mentions: list[Mention], text: str, near: Place | None) -> tuple[Place, ...]:
        """The place a correction names instead of the only place it names ("nicht Hamburg sondern Kiel", "Hamburg,
        nein, Kiel", "Kiel, nicht Hamburg", "не Гамбург, а Киль"): its other words, without the negation and the
        joining words, read as the whole answer to "where?" (see named_place), where a place that is also a word
        ("der Kiel") counts; none where they say more ("gibt es nicht in Leipzig eine Gruppe?": Leipzig, asked
        about)."""
        words = normalise(text).split()
        if len(mentions) != 1 or not _negated(words, mentions[0].words):
            return ()
        marks = whose_words().negations | whose_words().not_after | whose_words().joins
        rest = [w for i, w in enumerate(words) if i not in mentions[0].words and w not in marks]
        return self.named_place(" ".join(rest), near) if rest else ()

    def whose(self, mentions: list[Mention], text: str) -> tuple[Mention | None, Mention | None]:
        """The first place the message says is the writer's own, and the first it says is someone
        else's, each by the words of its clause (data/gazetteer/whose_place.txt, and the words for
        people but those that say a place, "in" among them): "kardeşim ... o Berlin'de yaşıyor ama
        ben Dresden'deyim". A clause that says both or neither tells nothing."""
        if len(mentions) < 2:
            return None, None
        own_words, other_words, joins = whose_words()[:3]
        words = normalise(text).split()
        own = theirs = None
        for mention in mentions:
            said = [words[i] for i in _clause(text, words, joins, mention.words.start)]
            mine = any(w in own_words for w in said)
            others = any(w in other_words or (w in self.people and w not in PLACE_WORDS) for w in said)
            if mine and not others and own is None:
                own = mention
            elif others and not mine and theirs is None:
                theirs = mention
        return own, theirs

    def options(self, places: list[GazetteerPlace], near: Place | None) -> tuple[Place, ...]:
        """The places of one name to choose from, best first; one when it is clear which is meant,
        with its state when other places bear its name (see _told_apart); none outside Germany, where
        no group of ours meets ("Graz": see abroad)."""
        if all(place.country != "DE" for place in places):
            return ()
        namesakes = places
        for prefer in (
            lambda p: p.country == "DE",
            lambda p: near is not None and _km(p, near.lat, near.lon) <= NEAR_HOME_KM,
            lambda p: self.index.serves(p.lat, p.lon, SERVED_KM),
        ):
            preferred = [p for p in places if prefer(p)]
            places = preferred or places
            if len(places) == 1:
                break
        places = sorted(places, key=lambda p: -p.population)
        if len(places) == 1 or places[0].population >= CLEARLY_LARGER * max(1, places[1].population):
            return (_told_apart(places[0], namesakes),)
        return tuple(_labelled(p) for p in places[:MAX_OPTIONS])

    def language(self, words: list[str]) -> str | None:
        """The one language a message is clearly written in (two words only it has), if any."""
        counts: dict[str, int] = {}
        for word in words:
            lang = self.lexicon.exclusive.get(word)
            if lang:
                counts[lang] = counts.get(lang, 0) + 1
        clear = [lang for lang, n in counts.items() if n >= MIN_LANGUAGE_WORDS]
        return clear[0] if len(clear) == 1 else None

    def language_read(self, readings: dict[str, list[str]]) -> str | None:
        """The language of a message in Russian or Ukrainian typed in Latin letters ("skolko eto stoit",
        "syn p'et"), by its Cyrillic readings (see cyrillic): the one whose own reading has more words only
        it has than the other's, two at least; so a writer who types so is offered their language as others are."""
        counts = {lang: sum(self.lexicon.exclusive.get(w) == lang for w in words) for lang, words in readings.items()}
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < MIN_LANGUAGE_WORDS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
            return None
        return ranked[0][0]


def _function_word_left(text: str, left: str) -> bool:
    """Whether all a message leaves for its topic is a function word in small letters, no name in capitals: "als"
    of "für mich als Angehörige" is "as", "ALS" of "mein Vater hat ALS" the illness."""
    return left in stopwords() and left.upper() not in re.findall(r"\w+", text)


def _kept(readings: dict[str, list[str]], taken: set[int]) -> dict[str, list[str]]:
    """Cyrillic readings without the words `taken` (by their places in the text)."""
    return {lang: [w for i, w in enumerate(words) if i not in taken] for lang, words in readings.items()}


def _said(found: list[tuple[str, tuple[int, ...]]]) -> set[str]:
    """The labels of data/intents.yaml a message says; words of a label that another one covers
    ask nothing of it: a money word that only tells of money lost ("er hat sein ganzes Geld
    verloren", "втратив усі гроші") asks nothing about the cost, "muss ich da reden?" (what a
    group is like) is no wish for someone to talk to, "du bist ein lustiger Bot" (a remark) no
    question about who reads this, "анонимные алкоголики" (a group's name) none about anonymity."""
    labels = {label for label, _ in found if label not in IN_CONTEXT}
    for covering, covered in COVERS.items():
        over = {i for label, words in found if label == covering for i in words}
        under = {i for label, words in found if label == covered for i in words}
        if under and under <= over:
            labels.discard(covered)
    return labels


def writers_own(
    found: list[tuple[str, tuple[int, ...]]], words: list[str], people: Vocabulary
) -> list[tuple[str, tuple[int, ...]]]:
    """The labels found but those of OWN_AGE whose words stand around a word for someone else: the
    young one is that person, not the writer ("for parents of teenagers", "bin Mutter, Tochter in der
    9. Klasse", "я мама, сын в 9 классе")."""
    return [
        (label, at)
        for label, at in found
        if label not in OWN_AGE
        or not any(words[i] in people for i in range(min(at, default=0), max(at, default=0)) if i not in at)
    ]


def _words_at(said_as: list[str], at: int) -> list[str]:
    """The word at `at` as written and in each reading of it."""
    return [text.split()[at] for text in said_as]


def _only(words: list[str], at: set[int]) -> str:
    return " ".join(w for i, w in enumerate(words) if i in at)


def _in_clause(clause_of: list[int], clause: int) -> set[int]:
    return {i for i, c in enumerate(clause_of) if c == clause}


def _clause_numbers(text: str, words: list[str], kept: list[int]) -> list[int]:
    """The clause (by number, see _clauses) each word kept stands in, by its position among them."""
    number = {i: n for n, clause in enumerate(_clauses(text, words, whose_words().joins)) for i in clause}
    return [number[i] for i in kept]


def _without(words: list[str], taken: set[int]) -> str:
    return " ".join(w for i, w in enumerate(words) if i not in taken)


def _aside(roles: list[tuple[str, tuple[int, ...]]]) -> list[tuple[str, tuple[int, ...]]]:
    """The roles a message tells, without someone close who is named only beside the writer's
    own search: the parents who do not know or sent the teenager ("meine Eltern wissen nix",
    "can my parents see this"), the child born still ("unser Kind kam tot zur Welt"): the
    writer is the one affected (roles.yaml's `own`), not a relative."""
    own = {i for label, found in roles if label == "own" for i in found}
    return [(label, found) for label, found in roles if label != "relative" or not own & set(found)]


def _lost_phrase(hits: list[TopicHit], fewer: list[TopicHit]) -> bool:
    """Whether a topic named by a term of several words is lost without the words that told the
    role: they were part of it ("pflegende Angehörige", "у мами розсіяний склероз")."""
    found = {hit.topic_id for hit in fewer}
    return any(" " in hit.matched and hit.topic_id not in found for hit in hits)


def danger_not_death(verdict: Triage) -> bool:
    """Whether the triage read a danger that is no death: "my son wants to kill himself" is
    not "my son killed himself", whose words a bereaved's topic shares (the triage's own reading
    of a death, its `loss`, tells them apart)."""
    return verdict.level != "none" and not verdict.loss


def danger_to_another(verdict: Triage) -> bool:
    """Whether the triage read a danger to someone else: "у сина думки про самогубство" (the son has
    thoughts of suicide) is no son's death, though the words of a death by suicide are in it."""
    return verdict.level != "none" and not verdict.own


class WhoseWords(NamedTuple):
    """The words of data/gazetteer/whose_place.txt, all languages together."""

    own: frozenset[str]  # the place is the writer's own ("ich wohne in ...")
    other: frozenset[str]  # someone else's ("er wohnt in ...")
    joins: frozenset[str]  # a new clause begins ("aber", "а", "ama")
    negations: frozenset[str]  # right before a place, not that one ("nicht Leipzig", "не в Лейпциге")
    not_after: frozenset[str]  # right after it, the same ("Leipzig, nein, ...", "Leipzig değil")
    near: frozenset[str]  # up to two words before a place, only a landmark ("near Hamburg", "рядом с Гамбургом")
    near_after: frozenset[str]  # right after it, the same ("Hamburg yakınında", "Hamburg'a yakın")


@lru_cache(maxsize=1)
def whose_words() -> WhoseWords:
    lists = word_lists(WHOSE_PLACE)

    def of(kind: str) -> frozenset[str]:
        return frozenset().union(*(words for key, words in lists.items() if key.endswith(f" {kind}")))

    return WhoseWords(of("own"), of("other"), of("joins"), of("not"), of("not_after"), of("near"), of("near_after"))


def _without_landmarks(mentions: list[Mention], words: list[str]) -> tuple[list[Mention], Place | None]:
    """The places named but those said only as a landmark near where the writer is ("near Hamburg, a
    village called Pinneberg", "bei Hamburg, in Pinneberg", "Berlin yakınında, Potsdam'da"), and the
    first such landmark: beside another place named, "near X" says where the writer is by X, and the
    other place is theirs; of its namesakes the one near X is meant ("bei Dresden, in Neustadt"). Said
    alone ("near Hamburg") or every place so ("near Leipzig or Dresden"), the places are kept as named."""
    near, near_after = whose_words().near, whose_words().near_after
    landmarks = [
        m
        for m in mentions
        if not near.isdisjoint(words[max(0, m.words.start - 2) : m.words.start])
        or not near_after.isdisjoint(words[m.words.stop : m.words.stop + 2])
    ]
    if not landmarks or len(landmarks) == len(mentions):
        return mentions, None
    landmark = landmarks[0].places[0]
    return [m for m in mentions if m not in landmarks], Place(landmark.name, landmark.lat, landmark.lon)


def _negated(words: list[str], at: range) -> bool:
    """Whether a place's name follows a negation, its preposition between ("nicht Leipzig, sondern
    Dresden", "not in Leipzig but Dresden", "не в Лейпциг, а в Дрезден"), or a "no" follows it ("Leipzig,
    nein, Dresden", "Leipzig değil, Dresden"): with a place named beside it, the writer corrects it away;
    alone ("gibt es nicht in Leipzig eine?") it may be a question."""
    before = at.start - 1
    while before >= 0 and words[before] in PLACE_WORDS:
        before -= 1
    after = words[at.stop] if at.stop < len(words) else ""
    return (before >= 0 and before >= at.start - 2 and words[before] in whose_words().negations) or (
        after in whose_words().not_after
    )


def _clauses(text: str, words: list[str], joins: frozenset[str]) -> list[range]:
    """The positions of each clause: clauses end at punctuation and begin at a joining word ("aber",
    "oder", "ama", "а"); the whole text is one when its punctuation cannot be placed."""
    lengths = [len(normalise(piece).split()) for piece in _CLAUSE_END.split(text)]
    if sum(lengths) != len(words):
        lengths = [len(words)]
    found, start = [], 0
    for length in lengths:
        end = start + length
        begins = [start, *(i for i in range(start + 1, end) if words[i] in joins), end]
        found += [range(a, b) for a, b in zip(begins, begins[1:], strict=False) if a < b]
        start = end
    return found or [range(len(words))]


def _clause(text: str, words: list[str], joins: frozenset[str], at: int) -> range:
    """The positions of the clause word `at` is in."""
    return next((c for c in _clauses(text, words, joins) if at in c), range(len(words)))


def _km_apart(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _km(place: GazetteerPlace, lat: float, lon: float) -> float:
    return distance_km(place.lat, place.lon, lat, lon)


def _told_apart(place: GazetteerPlace, namesakes: list[GazetteerPlace]) -> Place:
    """The place chosen, with its state in its name where other places bear that name (the
    confirmation line says which Hof: "Hof (Bayern)"), or where the name is so short that villages
    too small for the gazetteer bear it too ("Aue (Sachsen)"), unless it is a city."""
    shared = any(other.name == place.name for other in namesakes if other is not place)
    short = len(place.name) < MIN_BARE_NAME and place.population < CITY
    return _labelled(place) if shared or short else Place(place.name, place.lat, place.lon)


def _labelled(place: GazetteerPlace) -> Place:
    """A place with its state (or country) in its name, to tell it from others of that name
    (unless its name says it: "Neustadt in Sachsen")."""
    area = STATE_NAMES.get(place.admin1, "") if place.country == "DE" else place.country
    named = area and area not in place.name
    return Place(f"{place.name} ({area})" if named else place.name, place.lat, place.lon)

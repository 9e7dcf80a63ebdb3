"""The conversation's view of the world (dialogs.services.Services) over the loaded data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property, lru_cache
from itertools import zip_longest
from zoneinfo import ZoneInfo

from bot.common_words import common_words
from bot.crisis_data import CrisisResources, crisis_help
from bot.directory import meeting_times
from bot.directory.gazetteer import Gazetteer
from bot.directory.geo import distance_km
from bot.directory.group_search import (
    ContactPointRecord,
    GroupIndex,
    GroupRecord,
    RankedContactPoint,
    RankedGroup,
    SearchResult,
)
from bot.directory.opening_hours import for_display
from bot.understanding import Reader, intents_with_buttons, phrase_books, writers_own
from dialogs.answers import Answers
from dialogs.model import Choice, Place, Search
from dialogs.text import normalise
from dialogs.triage import Lexicon, Triage, triage
from dialogs.views import TOWN_KM, ContactPointView, CrisisHelp, GroupView, Results, TopicOption, Understanding

RESULT_LIMIT = 15
LOCAL_TIME = ZoneInfo("Europe/Berlin")  # the lines' hours are Germany's (Austria's and Switzerland's are the same)


def local_now() -> datetime:
    return datetime.now(LOCAL_TIME).replace(tzinfo=None)


# data/intents.yaml's button_<action> and button_<action>_<value>: a button's words typed, first what comes first
BUTTON_WORDS = (
    "crisis",
    "more",
    "back",
    "restart",
    "continue",
    "change",
    "browse",
    "none",
    "share",
    "language",
    "lang",
    "group",  # with the number of the list's item typed beside it as its value ("1. Details": "1")
)


def listed_item(folded: str) -> list[Choice]:
    """A list item's button typed with its number before or after its words ("1 details", "ayrintilar 2"): the
    group of that number (the machine knows which group that is on the list shown)."""
    words = folded.split()
    number = next((w for w in (words[:1] + words[-1:]) if w.isdecimal()), None) if len(words) > 1 else None
    if number is None:
        return []
    rest = words[1:] if words[0] == number else words[:-1]
    return [Choice("group", number)] if "button_group" in phrase_books()[1].whole(" ".join(rest)) else []


@lru_cache(maxsize=1)
def typed_answers() -> Answers:
    """The yes/no answers of data/intents.yaml (and the safety question's buttons' words), read when first asked for."""
    return Answers(intents_with_buttons(), common_words())


@dataclass
class LotseServices:
    index: GroupIndex
    gazetteer: Gazetteer
    resources: CrisisResources
    lexicon: Lexicon
    # the last message understood: the conversation asks for it up to four times while answering it
    # (whether it answers whom, what it adds beside a danger, whether it tells of that danger again,
    # what it says to the search), and understanding costs more than the triage; keyed by the index
    # too, which an operator's reload replaces (bot/telegram/operators.py)
    _last_understood: tuple[tuple[str, str | None, int], Understanding] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # the local time, for the crisis lines' hours (None: the order of data/crisis, whatever the hour)
    clock: Callable[[], datetime | None] = field(default=local_now, repr=False, compare=False)

    @property
    def taxonomy(self):
        return self.index.matcher.taxonomy

    def triage(self, text: str, lang: str, letters: bool = True, bereaved: bool = False) -> Triage:
        return triage(text, self.lexicon if letters else self._words_only, lang, self.names_topic, bereaved)

    @cached_property
    def _words_only(self) -> Lexicon:
        return replace(self.lexicon, model=None)

    def names_topic(self, text: str) -> bool:
        return bool(self.index.matcher.match(text))

    def crisis_help(self, kind: str | None, young: bool, lang: str, parent: bool = False) -> CrisisHelp:
        return crisis_help(self.resources, kind, young, lang, parent, self.clock())

    def yes_or_no(self, text: str, opening: bool = False) -> str | None:
        return typed_answers().read(text, opening)

    def typed_button(self, text: str) -> tuple[Choice, ...]:
        said = phrase_books()[1].whole(normalise(text))
        pressed = [Choice(*label.split("_", 2)[1:]) for label in said if label.startswith("button_")]
        pressed += listed_item(normalise(text))
        known = (choice for choice in pressed if choice.action in BUTTON_WORDS)
        return tuple(sorted(known, key=lambda choice: BUTTON_WORDS.index(choice.action)))

    def asks(self, text: str) -> frozenset[str]:
        _, intents, people = phrase_books()
        words = normalise(text).split()
        return frozenset(label for label, _ in writers_own(intents.found(" ".join(words)), words, people))

    def lost_only_money(self, text: str, lang: str) -> bool:
        words = normalise(text).split()
        money = {i for label, found in phrase_books()[1].found(" ".join(words)) if label == "money_lost" for i in found}
        rest = " ".join(w for i, w in enumerate(words) if i not in money)
        return bool(money) and not self.triage(rest, lang).loss

    def generic(self, topic_id: str) -> bool:
        return topic_id in self.taxonomy.generic

    def distress_topics(self) -> tuple[str, ...]:
        return tuple(sorted(self.taxonomy.generic))

    def reader(self) -> Reader:
        return Reader(self.index, self.gazetteer, self.lexicon, *phrase_books())

    def understand(self, text: str, lang: str, home_contact_point: str | None) -> Understanding:
        key = (text, home_contact_point, id(self.index))
        if self._last_understood is None or self._last_understood[0] != key:
            self._last_understood = (key, self.reader().understand(text, self._home(home_contact_point)))
        return self._last_understood[1]

    def places(self, text: str, home_contact_point: str | None) -> tuple[Place, ...]:
        return self.reader().places(text, self._home(home_contact_point))

    def named_place(self, text: str, home_contact_point: str | None) -> tuple[Place, ...]:
        return self.reader().named_place(text, self._home(home_contact_point))

    def role_answer(self, text: str) -> str | None:
        return self.reader().role_answer(text)

    def _home(self, contact_point_id: str | None) -> Place | None:
        found = self.contact_point_place(contact_point_id) if contact_point_id else None
        return found[1] if found else None

    def match_topics(self, text: str, lang: str) -> list[TopicOption]:
        """The topics a text names, or else those to ask about (for measuring the taxonomy)."""
        understood = self.understand(text, lang, None).guessed()
        return [TopicOption(t, self.taxonomy.topic(t).name(lang)) for t in understood.topics or understood.candidates]

    def categories(self, lang: str) -> list[TopicOption]:
        return [TopicOption(c.id, c.names.get(lang) or c.names["de"]) for c in self.taxonomy.categories]

    def topics_in(self, category_id: str, lang: str) -> list[TopicOption]:
        return [TopicOption(t.id, t.name(lang)) for t in self.taxonomy.in_category(category_id)]

    def topic_name(self, topic_id: str, lang: str) -> str | None:
        return self.taxonomy.topic(topic_id).name(lang) if self.taxonomy.has(topic_id) else None

    def place_near(self, lat: float, lon: float) -> Place:
        """The town nearest a shared location, at the town's own coordinates: the conversation
        never keeps where exactly the person is."""
        town = self.gazetteer.nearest_place(lat, lon)
        return Place(town.name, town.lat, town.lon)

    def contact_point_place(self, contact_point_id: str) -> tuple[str, Place] | None:
        cp = self.index.contact_point(contact_point_id)
        if cp is None or cp.lat is None or cp.lon is None:
            return None
        return cp.name, Place(cp.city or cp.name, cp.lat, cp.lon)

    def contact_point_view(self, contact_point_id: str) -> ContactPointView | None:
        """A contact point as the conversation shows it (for the flyer), None if unknown."""
        cp = self.index.contact_point(contact_point_id)
        return self._cp_view(cp, None) if cp else None

    def search(self, search: Search, lang: str, first: int, count: int) -> Results:
        """A page of the groups found, how far its nearest group is (of the topic asked for, if the
        page has one: the number said agrees with the groups shown), and where to turn when that one
        meets outside the person's town: the nearest contact points (said first when no group is
        near, or when one is nearer than the groups, since it arranges them and knows more)."""
        found = self.run_search(search)
        shown = found.groups[first : first + count]
        in_person = [r for r in found.groups if not (r.group.online or r.distance_km is None)]
        local = min((r.distance_km for r in in_person if not r.related), default=None)  # the report: online never near
        on_page = [r for r in shown if self._meets_at(r, search)]
        fitting = [r.distance_km for r in on_page if not r.related] or [r.distance_km for r in on_page]
        nearest = min(fitting, default=None)
        where_to_turn = not found.groups or (nearest is not None and nearest > TOWN_KM)
        contact_points = self.nearest_contact_points(search.place) if where_to_turn else []
        return Results(
            tuple(self._group_view(r.group, r.distance_km, search.place, lang, r.related) for r in shown),
            len(found.groups),
            bool(found.groups) and all(r.related for r in found.groups),
            tuple(self._cp_view(r.contact_point, r.distance_km) for r in contact_points),
            local,
            nearest,
        )

    @staticmethod
    def _meets_at(ranked: RankedGroup, search: Search) -> bool:
        """Whether a group's distance is where it meets, for what the list says: a group that meets
        in München and also online is 150 km from Nürnberg, never "near" it; only where online is
        fine does an online group count as 0 km (the search's ranking), which is no place it meets.
        (The demand report counts no online group as near: `local`, see README.)"""
        return ranked.distance_km is not None and not (ranked.group.online and search.online_ok)

    def region_contact_point(self, place: Place) -> str | None:
        nearest = self.index.nearest_contact_points(place.lat, place.lon, limit=1)
        return nearest[0].contact_point.id if nearest else None

    def run_search(self, search: Search) -> SearchResult:
        """The ranked groups; "online is fine" without a place means online groups only. A relative's
        own topics beside theirs ("mein Mann trinkt und ich bin depressiv") are searched for the
        writer, theirs for relatives, and the two lists taken in turn: each topic for whom it is."""
        own = set(search.own_topics)
        theirs = tuple(t for t in search.topic_ids if t not in own)
        if search.role != "relative" or not own or not theirs:
            return self._ranked(search)
        for_them = self._ranked(replace(search, topic_ids=theirs, own_topics=()))
        for_oneself = self._ranked(
            replace(search, topic_ids=search.own_topics, role="affected", relations=(), own_topics=())
        )
        taken: dict[str, RankedGroup] = {}
        for pair in zip_longest(for_them.groups, for_oneself.groups):
            taken |= {r.group.id: r for r in pair if r is not None and r.group.id not in taken}
        return SearchResult(for_them.topics + for_oneself.topics, list(taken.values())[:RESULT_LIMIT])

    def _ranked(self, search: Search) -> SearchResult:
        place = search.place
        return self.index.search(
            search.query,
            role=search.role,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            online_ok=search.online_ok,
            limit=RESULT_LIMIT,
            topic_ids=list(search.topic_ids) or None,
            online_only=search.online_ok and place is None,
            relations=search.relations,
        )

    def nearest_contact_points(self, place: Place | None) -> list[RankedContactPoint]:
        return [] if place is None else self.index.nearest_contact_points(place.lat, place.lon)

    def group(self, group_id: str, place: Place | None, lang: str) -> GroupView | None:
        group = self.index.group(group_id)
        if group is None:
            return None
        distance = None
        if place and group.lat is not None and group.lon is not None:
            distance = round(distance_km(place.lat, place.lon, group.lat, group.lon), 1)
        return self._group_view(group, distance, place, lang)

    def _group_view(
        self, group: GroupRecord, distance: float | None, place: Place | None, lang: str, related: bool = False
    ) -> GroupView:
        cp = self.index.contact_point(group.contact_point_id)
        cp_distance = None
        if cp and place and cp.lat is not None and cp.lon is not None:
            cp_distance = round(distance_km(place.lat, place.lon, cp.lat, cp.lon), 1)
        strongest = max(group.topics, key=lambda t: t[1], default=None)
        return GroupView(
            id=group.id,
            name=group.name,
            audience=group.audience,
            contact_point=self._cp_view(cp, cp_distance) if cp else None,
            distance_km=distance,
            online=group.online,
            city=group.city,
            schedule=meeting_times.for_display(group.schedule),
            description=group.description,
            topic_name=self.topic_name(strongest[0], lang) or "" if strongest else "",
            related=related,
        )

    @staticmethod
    def _cp_view(cp: ContactPointRecord, distance: float | None) -> ContactPointView:
        return ContactPointView(
            cp.id,
            cp.name,
            cp.street,
            cp.postal_code,
            cp.city,
            cp.phone,
            cp.email,
            cp.website,
            for_display(cp.opening_hours),
            distance,
            cp.languages,
        )

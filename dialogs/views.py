"""What the services hand to the conversation: plain, already localised, read-only views."""

from __future__ import annotations

from dataclasses import dataclass, replace

from dialogs.model import Msg, Place

FAR_KM = 50.0  # the nearest group farther than this: no group near, the nearest contact point is where to turn
TOWN_KM = 10.0  # a group this close meets in the person's town; farther, a contact point that much nearer is named


@dataclass(frozen=True)
class TopicOption:
    id: str
    name: str


@dataclass(frozen=True)
class WeeklyHours:
    """Opening hours by weekday (0 = Monday); shown with weekday names in the person's language."""

    days: tuple[tuple[int, tuple[str | Msg, ...]], ...]


@dataclass(frozen=True)
class MeetingTimes:
    """When a group meets, as the directory gives it structured: (weekday (0 = Monday), the weeks of the
    month it meets in (none: every week), the time); shown with words and weekday names in the person's
    language."""

    meetings: tuple[tuple[int, tuple[int, ...], str], ...]


@dataclass(frozen=True)
class ContactPointView:
    id: str
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: WeeklyHours | str = ""
    distance_km: float | None = None
    languages: tuple[str, ...] = ()  # language codes it advises in


@dataclass(frozen=True)
class GroupView:
    id: str
    name: str
    audience: str
    contact_point: ContactPointView | None
    distance_km: float | None = None
    online: bool = False
    city: str = ""
    schedule: MeetingTimes | str = ""  # text: as the directory writes it, in German
    description: str = ""
    topic_name: str = ""
    related: bool = False  # found through a related topic, not the one asked for


@dataclass(frozen=True)
class LanguageList:
    """Language codes, shown by their names in the person's language."""

    codes: tuple[str, ...]


@dataclass(frozen=True)
class Results:
    """The part of a search the person sees: one page of groups, what the whole list says, and
    the nearest contact points when no group fits or none meets within TOWN_KM (where to turn
    instead, or first: it arranges the groups around)."""

    groups: tuple[GroupView, ...]
    total: int
    all_related: bool  # every group was found through a related topic only
    contact_points: tuple[ContactPointView, ...] = ()
    local_km: float | None = None  # the nearest group on the topic asked for that meets in person
    nearest_km: float | None = None  # the page's nearest group meeting in person (of the topic asked, if any)

    @property
    def online(self) -> bool:
        """Whether a group of this page meets online."""
        return any(group.online for group in self.groups)


@dataclass(frozen=True)
class ResourceView:
    name: str
    numbers: tuple[str, ...]
    web: str
    who: str
    interpreters: int | None = None  # how many languages its interpreters speak (data/crisis; None: not stated)
    emergency: bool = False  # the police or the ambulance (112, 110): they take every call


@dataclass(frozen=True)
class CrisisHelp:
    """The lines of a crisis reply and the note said after them (about those services only)."""

    resources: tuple[ResourceView, ...]
    note: str


@dataclass(frozen=True)
class Understanding:
    """What one message told about the search; each part only where its words said it."""

    topics: tuple[str, ...] = ()  # topic ids, best first: every topic the message names
    candidates: tuple[str, ...] = ()  # a word that may mean several topics: ask which is meant
    guesses: tuple[str, ...] = ()  # no topic named, but its words tell of these: offered when none is known
    name_words: tuple[str, ...] = ()  # its words that are in some group's own name (rare conditions)
    role: str | None = None  # "affected", "relative" or "any" (both: "mein Sohn und ich haben beide ADHS")
    own_topics: tuple[str, ...] = ()  # of `topics`, the writer's own beside a relative's: "..., und ich bin depressiv"
    relations: tuple[str, ...] = ()  # a relative's to the one concerned, by the words for them: "partner", ...
    harmed: bool = False  # someone close harms the writer ("mein Freund schlägt mich"), whatever else it names
    own_told: bool = False  # the writer tells of a problem of their own ("ich trinke selbst"), not only "für mich"
    places: tuple[Place, ...] = ()  # one: taken; several of that name: ask which
    abroad: bool = False  # it names only places outside Germany ("Graz", "in Zürich"): the groups meet in Germany
    online: bool = False
    intents: tuple[str, ...] = ()  # questions or words to the bot: cost, when, bot, thanks, hello, talk, ...
    language: str | None = None  # the message is clearly written in this language
    young: bool = False  # the writer says they are young ("bin 15", "ich geh noch zur schule"): a fact kept
    parent_of_young: bool = False  # a relative as a parent of young people ("Eltern von Teenagern"): the Elterntelefon

    def guessed(self) -> Understanding:
        """The guesses as the topics to choose from, when the message names none itself."""
        if self.topics or self.candidates or self.name_words or not self.guesses:
            return self
        return replace(self, candidates=self.guesses)

    @property
    def search(self) -> bool:
        """Whether it says anything about what to search, for whom or where."""
        return bool(self.topics or self.candidates or self.name_words or self.role or self.places or self.online)

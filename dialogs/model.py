"""The conversation's plain data: where a person is (State), what they did (events) and what
the bot answers (replies). Nothing here knows Telegram, a terminal or a database."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

LANGUAGES = ("de", "en", "tr", "ar", "ru", "uk")
ROLES = ("affected", "relative", "any")
RELATIONS = ("parent", "child", "partner", "sibling")  # the asking person's to the one concerned


class Step(StrEnum):
    TOPIC = "topic"
    BROWSE = "browse"
    CANDIDATES = "candidates"
    ROLE = "role"
    LOCATION = "location"
    PLACE = "place"  # which of several places of that name
    RESULTS = "results"
    DETAIL = "detail"
    LANGUAGE = "language"


class Asked(StrEnum):
    """What the bot's last replies left open for a typed answer: "ja" or "nein", or what to change."""

    NOTHING = ""
    SAFETY = "safety"  # the safety question: "ja" is its yes button, "nein" its no
    CRISIS = "crisis"  # a crisis reply: "nein" (or "ja") is told how to go on from there
    CHANGE = "change"  # "Was möchtest du ändern?": a topic or whom it is for typed next corrects the search


ASKED_FOR = 2  # events that may answer it: the next one, and one more after something else in between


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Search:
    """What a person looks for: their words or chosen topics, who they are, where."""

    query: str
    topic_ids: tuple[str, ...] = ()
    role: str = "any"
    place: Place | None = None
    online_ok: bool = False
    relations: tuple[str, ...] = ()  # a relative's to the one concerned: "partner", "parent", ...
    own_topics: tuple[str, ...] = ()  # of topic_ids, the writer's own beside a relative's search


class Outcome(StrEnum):
    """How a search ended, for the anonymous demand report (bot/outreach/report.py)."""

    FOUND = "found"  # a group on the topic meets within 25 km of the place searched
    NONE_NEAR = "none_near"  # a place was searched and no group on the topic meets within 25 km
    ONLINE = "online"  # no place: online groups only
    CRISIS = "crisis"  # a crisis reply (before any of the above for this search)
    LEFT = "left"  # the conversation expired without any outcome


@dataclass(frozen=True)
class Reached:
    """One count of the demand report: an outcome with what it was about, and nothing else (no
    words, no place finer than a contact point, no time: the week is the shell's)."""

    outcome: Outcome
    contact_point: str = ""  # the contact point of the region searched in, else the flyer's, else ""
    source: str = "other"  # "flyer" when the conversation came through a flyer's deep link
    topic: str = ""  # the first topic id asked for; "" when none (yet), or only words of group names
    role: str = ""  # affected | relative | any; "" when not said (yet)


@dataclass(frozen=True)
class State:
    step: Step = Step.TOPIC
    lang: str = "de"
    lang_chosen: bool = False  # the person (or their flyer) chose `lang`; else a crisis reply speaks the message's
    query: str = ""
    topic_ids: tuple[str, ...] = ()
    own_topics: tuple[str, ...] = ()  # of topic_ids, the writer's own beside a relative's ("und ich bin depressiv")
    candidates: tuple[str, ...] = ()
    category: str | None = None
    role: str | None = None
    relations: tuple[str, ...] = ()
    place: Place | None = None
    online_ok: bool = False
    place_options: tuple[Place, ...] = ()
    home_contact_point: str | None = None
    page: int = 0
    group_id: str | None = None
    back: tuple[Step, ...] = ()
    asked: Asked = Asked.NOTHING
    asked_for: int = 0  # events it stays open for (ASKED_FOR when asked)
    danger: str = ""  # the open safety question's "yes": the kind of danger asked about, as its button says it
    held: tuple[str, ...] = ()  # the everyday questions (intents) of the message the safety question answered first
    answered: str = ""  # the danger the last crisis reply answered, written as `danger` is ("self_harm+young")
    answered_own: bool = False  # the danger it answered was the writer's own, as the triage read it (Triage.own)
    safe_said: bool = False  # "no, I'm looking for a group" said to the danger answered or asked about last
    consoled: bool = False  # the words for a loss were said in this search: once is kind, twice is a form
    young: bool = False  # the writer said they are young: the Nummer gegen Kummer with the groups and in a crisis
    parent_of_young: bool = False  # a parent of young people searches: the Elterntelefon with the groups
    counted: str = ""  # fingerprint of the search whose outcome was counted; carried over a new search
    reached: Reached | None = field(default=None, compare=False)  # reached in the step that returned this state

    def to(self, step: Step, **changes) -> State:
        """Move on to `step`, remembering where we came from for "back"."""
        back = self.back if step == self.step else (*self.back[-9:], self.step)
        return replace(self, step=step, back=back, **changes)

    def with_(self, **changes) -> State:
        return replace(self, **changes)

    def asking(self, asked: Asked, danger: str = "", held: tuple[str, ...] = ()) -> State:
        """The state with `asked` open for a typed answer (NOTHING: none open)."""
        if not asked:
            return replace(self, asked=asked, asked_for=0, danger="", held=())
        return replace(self, asked=asked, asked_for=ASKED_FOR, danger=danger, held=held)

    def aged(self) -> State:
        """One event later, that did not answer what was asked: open for one event less."""
        if self.asked_for > 1:
            return replace(self, asked_for=self.asked_for - 1)
        return self.asking(Asked.NOTHING)

    def search(self) -> Search:
        own = tuple(t for t in self.own_topics if t in self.topic_ids)
        return Search(self.query, self.topic_ids, self.role or "any", self.place, self.online_ok, self.relations, own)

    def to_dict(self) -> dict:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        del data["reached"]  # counted when it is reached, never kept
        data["step"] = self.step.value
        data["asked"] = self.asked.value
        data["back"] = [s.value for s in self.back]
        data["place"] = None if self.place is None else vars(self.place).copy()
        data["place_options"] = [vars(p).copy() for p in self.place_options]
        data["topic_ids"], data["candidates"] = list(self.topic_ids), list(self.candidates)
        data["own_topics"] = list(self.own_topics)
        data["relations"] = list(self.relations)
        data["held"] = list(self.held)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> State:
        """Rebuild a stored state; anything unreadable (old versions, tampering) starts over."""
        try:
            place = data.get("place")
            return cls(
                step=Step(data["step"]),
                lang=data["lang"] if data.get("lang") in LANGUAGES else "de",
                lang_chosen=bool(data.get("lang_chosen", False)),
                query=str(data.get("query", ""))[:4096],
                topic_ids=tuple(map(str, data.get("topic_ids", ()))),
                own_topics=tuple(map(str, data.get("own_topics", ()))),
                candidates=tuple(map(str, data.get("candidates", ()))),
                category=data.get("category"),
                role=data.get("role") if data.get("role") in ROLES else None,
                relations=tuple(r for r in data.get("relations", ()) if r in RELATIONS),
                place=None if not place else _place(place),
                online_ok=bool(data.get("online_ok", False)),
                place_options=tuple(_place(p) for p in data.get("place_options", ())[:MAX_PLACE_OPTIONS]),
                home_contact_point=data.get("home_contact_point"),
                page=int(data.get("page", 0)),
                group_id=data.get("group_id"),
                back=tuple(Step(s) for s in data.get("back", ())),
                asked=Asked(data.get("asked", "")),
                asked_for=min(max(int(data.get("asked_for", 0)), 0), ASKED_FOR),
                danger=str(data.get("danger", ""))[:40],
                held=tuple(str(i)[:20] for i in data.get("held", ())[:MAX_HELD]),
                answered=str(data.get("answered", ""))[:40],
                answered_own=bool(data.get("answered_own", False)),
                safe_said=bool(data.get("safe_said", False)),
                consoled=bool(data.get("consoled", False)),
                young=bool(data.get("young", False)),
                parent_of_young=bool(data.get("parent_of_young", False)),
                counted=str(data.get("counted", ""))[:32],
            )
        except (KeyError, TypeError, ValueError):
            return cls(lang=data.get("lang") if isinstance(data, dict) and data.get("lang") in LANGUAGES else "de")


def _place(data: dict) -> Place:
    return Place(str(data["name"])[:200], float(data["lat"]), float(data["lon"]))


MAX_PLACE_OPTIONS = 5
MAX_HELD = 8  # everyday questions one message asks, stored while the safety question is open


# ---------------------------------------------------------------- events
@dataclass(frozen=True)
class Start:
    """/start, possibly with a deep-link payload from a flyer, and the client's language."""

    payload: str = ""
    client_lang: str | None = None


@dataclass(frozen=True)
class Text:
    text: str
    loss: bool = False  # set by step() from its triage: the text speaks of a death
    then: bool = False  # set by step() from its triage: it tells a danger the writer has come through


@dataclass(frozen=True)
class Choice:
    """A button press: what it does and for which item."""

    action: str
    value: str = ""


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float


@dataclass(frozen=True)
class Command:
    name: str


@dataclass(frozen=True)
class Stale:
    """A button that no longer fits (an old message, or data we could not read)."""


@dataclass(frozen=True)
class Unsupported:
    """Something we cannot read: a sticker, a photo, a voice message."""


Event = Start | Text | Choice | Location | Command | Stale | Unsupported


# ---------------------------------------------------------------- replies
@dataclass(frozen=True)
class Msg:
    """A translatable message: the gettext msgid (German source), its parameters, and for plural
    forms the plural msgid and the count."""

    msgid: str
    params: dict = field(default_factory=dict)
    plural: str | None = None
    n: int | None = None
    lang: str | None = None  # said in this language, not the conversation's (offering another language)


@dataclass(frozen=True)
class Button:
    label: Msg | str
    action: str
    value: str = ""


@dataclass(frozen=True)
class Reply:
    """One message to the person: paragraphs (translatable or literal text) and button rows, or
    instead of buttons the transport's way to share a location (Telegram's is a reply keyboard,
    which cannot go with inline buttons)."""

    parts: tuple[Msg | str, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    request_location: bool = False
    outcome: Outcome | None = None  # this reply answers the search (results, no group, crisis): see step()


def N_(msgid: str) -> str:  # noqa: N802 - the gettext marker name that pybabel extract looks for
    """Mark a string for translation; it is translated when rendered, in the person's language."""
    return msgid


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - marker for pybabel extract
    """Mark a singular/plural pair; the count picks the form in each language (Babel plural rules)."""
    return singular, plural

"""What the services hand to the conversation: plain, already localised, read-only views."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.model import Msg


@dataclass(frozen=True)
class TopicOption:
    id: str
    name: str


@dataclass(frozen=True)
class WeeklyHours:
    """Opening hours by weekday (0 = Monday); shown with weekday names in the person's language."""

    days: tuple[tuple[int, tuple[str | Msg, ...]], ...]


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


@dataclass(frozen=True)
class GroupView:
    id: str
    name: str
    audience: str
    contact_point: ContactPointView | None
    distance_km: float | None = None
    online: bool = False
    city: str = ""
    schedule: str = ""
    description: str = ""
    topic_name: str = ""
    related: bool = False  # found through a related topic, not the one asked for


@dataclass(frozen=True)
class Results:
    """The part of a search the person sees: one page of groups, what the whole list says, and
    the nearest contact points when no group fits (where to turn instead)."""

    groups: tuple[GroupView, ...]
    total: int
    all_related: bool  # every group was found through a related topic only
    contact_points: tuple[ContactPointView, ...] = ()


@dataclass(frozen=True)
class ResourceView:
    name: str
    numbers: tuple[str, ...]
    web: str
    who: str


@dataclass(frozen=True)
class CrisisHelp:
    """The lines of a crisis reply and the note said after them (about those services only)."""

    resources: tuple[ResourceView, ...]
    note: str

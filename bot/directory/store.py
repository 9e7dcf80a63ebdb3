"""The group directory in the database: import (all or nothing), topic links, loading for search, export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from bot.directory.gazetteer import Gazetteer
from bot.directory.group_search import ContactPointRecord, GroupIndex, GroupRecord
from bot.directory.import_format import CP_FIELDS, GROUP_FIELDS, ImportProblem, Records, read_files
from bot.directory.topic_matcher import TopicMatcher
from bot.paths import DATA
from bot.storage.models import ContactPoint, Group, GroupTopic, Topic
from dialogs.text import normalise

DEMO_FILE = DATA / "demo_directory.json"
DESCRIPTION_WEIGHT = 0.6
BROADER_LINK = 0.85
LINK_FULL = 0.75  # a topic term found in a group name links it fully, however long the name
RELATIVES_WORDS = ("angehorige", "hinterbliebene", "eltern", "familien", "partner", "co abhangigkeit", "zugehorige")
BOTH_WORDS = ("auch angehorige", "betroffene und angehorige", "betroffene u angehorige", "an und zugehorige")


@dataclass
class ImportReport:
    contact_points: int = 0
    groups: int = 0
    guesses: list[str] = field(default_factory=list)
    demo_removed: bool = False
    groups_removed: int = 0  # a contact point's groups no longer in its replacing import

    def summary(self) -> str:
        lines = [f"imported {self.contact_points} contact points and {self.groups} groups"]
        if self.groups_removed:
            lines.append(f"removed {self.groups_removed} groups of the contact point that were not in the import")
        if self.demo_removed:
            lines.append("removed the demo directory")
        if self.guesses:
            lines.append(f"{len(self.guesses)} values were guessed:")
            lines += [f"  {g}" for g in self.guesses]
        return "\n".join(lines)


def import_files(
    session: Session,
    paths: list[Path],
    matcher: TopicMatcher,
    gazetteer: Gazetteer,
    replace: bool = False,
    demo: bool = False,
) -> ImportReport:
    """Import in the caller's transaction; raises ImportProblem before anything is written."""
    records = read_files(paths)
    return import_records(session, records, matcher, gazetteer, replace, demo)


def import_records(
    session: Session,
    records: Records,
    matcher: TopicMatcher,
    gazetteer: Gazetteer,
    replace: bool = False,
    demo: bool = False,
    scope: str | None = None,
) -> ImportReport:
    """`demo` marks the records as the invented demo directory. Any other import removes it
    first, merged or not: a real directory never shows invented groups beside its own.

    `scope` limits the import to one contact point (an operator's, over Telegram): the records
    may only be that contact point and its groups, a group id of another contact point is refused,
    and `replace` replaces that contact point's groups, never anyone else's."""
    report = ImportReport()
    _check_unique(records)
    if scope is not None:
        _check_scope(session, records, scope)
    everything = replace and scope is None
    known_cps = {cp["id"] for cp in records.contact_points}
    if not everything:
        known_cps |= set(session.scalars(select(ContactPoint.id).where(ContactPoint.demo == demo)))
    for g in records.groups:
        if g["contact_point"] not in known_cps:
            raise ImportProblem(
                f"{g['where']}: field 'contact_point' names an unknown contact point '{g['contact_point']}'"
            )
    for cp in records.contact_points:
        _place(cp, gazetteer, cp["where"], report)
    for g in records.groups:
        if not (g.get("postal_code") or g.get("city") or g.get("lat")):
            continue  # a group without a place of its own meets where its contact point is
        _place(g, gazetteer, g["where"], report)
    if everything:
        session.execute(delete(GroupTopic))
        session.execute(delete(Group))
        session.execute(delete(ContactPoint))
    elif not demo:
        report.demo_removed = _remove_demo(session)
    if replace and scope is not None:
        report.groups_removed = _remove_groups(session, scope, {g["id"] for g in records.groups})
    _sync_topics(session, matcher)
    for cp in records.contact_points:
        session.merge(ContactPoint(**_columns(cp, ContactPoint), demo=demo))
    session.flush()
    links: dict[tuple, list[tuple[str, float, str]]] = {}  # names repeat in a directory ("Angehörige ...")
    for g in records.groups:
        if "audience" not in g:
            g["audience"] = infer_audience(g["name"])
            if g["audience"] != "both":
                report.guesses.append(f"{g['where']}: audience '{g['audience']}' from its name")
        session.execute(delete(GroupTopic).where(GroupTopic.group_id == g["id"]))
        group = session.merge(
            Group(**_columns(g, Group), contact_point_id=g["contact_point"], topics_text=g.get("topics", []), demo=demo)
        )
        what = (g["name"], tuple(g.get("topics", [])), g.get("description", ""))
        if what not in links:
            links[what] = link_topics(matcher, g)
        for topic_id, score, matched in links[what]:
            group.topic_links.append(GroupTopic(topic_id=topic_id, score=score, matched=matched[:200]))
    session.flush()
    report.contact_points, report.groups = len(records.contact_points), len(records.groups)
    return report


def link_topics(matcher: TopicMatcher, group: dict) -> list[tuple[str, float, str]]:
    """The taxonomy topics a group is for, from its name and topics (and, weaker, its description)."""
    links: dict[str, tuple[float, str]] = {}
    sources = [
        (group["name"], 1.0),
        *((t, 1.0) for t in group.get("topics", [])),
        (group.get("description", ""), DESCRIPTION_WEIGHT),
    ]
    for text, weight in sources:
        for hit in matcher.match(text) if text else []:
            score = round(min(1.0, hit.score / LINK_FULL) * weight, 4)
            if score > links.get(hit.topic_id, (0.0, ""))[0]:
                links[hit.topic_id] = (score, hit.matched)
    taxonomy = matcher.taxonomy
    broader = {b for t in links for b in taxonomy.topic(t).related if b in links}
    for topic_id in broader:  # "Brustkrebs" is a breast cancer group first, a cancer group second
        score, matched = links[topic_id]
        links[topic_id] = (min(score, BROADER_LINK), matched)
    return [(t, s, m) for t, (s, m) in sorted(links.items())]


def infer_audience(name: str) -> str:
    folded = f" {normalise(name)} "
    if any(f" {w} " in folded or f" {w}" in folded for w in BOTH_WORDS):
        return "both"
    if any(f" {w}" in folded for w in RELATIVES_WORDS):
        return "relatives"
    return "both"


def load_index(session: Session, matcher: TopicMatcher) -> GroupIndex:
    cps = [
        ContactPointRecord(
            **{k: getattr(cp, k) for k in ContactPointRecord.__dataclass_fields__ if k != "languages"},
            languages=tuple(cp.languages or ()),
        )
        for cp in session.scalars(select(ContactPoint).order_by(ContactPoint.id))
    ]
    groups = [
        GroupRecord(
            id=g.id,
            name=g.name,
            contact_point_id=g.contact_point_id,
            audience=g.audience,
            city=g.city,
            postal_code=g.postal_code,
            lat=g.lat,
            lon=g.lon,
            online=g.online,
            languages=tuple(g.languages or ()),
            schedule=g.schedule,
            description=g.description,
            topics=tuple((link.topic_id, link.score) for link in g.topic_links),
        )
        for g in session.scalars(select(Group).options(selectinload(Group.topic_links)).order_by(Group.id))
    ]
    return GroupIndex(matcher, groups, cps)


def export_directory(session: Session) -> dict:
    """The directory in the import format: importing it elsewhere gives the same search results
    (coordinates guessed at the first import are written out, so they are not guessed again)."""
    cps = session.scalars(select(ContactPoint).order_by(ContactPoint.id))
    groups = session.scalars(select(Group).order_by(Group.id))
    renamed = {"topics": "topics_text", "contact_point": "contact_point_id"}
    return {
        "contact_points": [{key: getattr(cp, key) for key in CP_FIELDS} for cp in cps],
        "groups": [{key: getattr(g, renamed.get(key, key)) for key in GROUP_FIELDS} for g in groups],
    }


def seed_demo(session: Session, matcher: TopicMatcher, gazetteer: Gazetteer) -> bool:
    """Load the demo directory into an empty database, so a fresh machine has something to show."""
    if session.scalars(select(ContactPoint.id).limit(1)).first() is not None:
        return False
    import_files(session, [DEMO_FILE], matcher, gazetteer, demo=True)
    return True


def _remove_demo(session: Session) -> bool:
    demo_groups = select(Group.id).where(Group.demo)
    session.execute(delete(GroupTopic).where(GroupTopic.group_id.in_(demo_groups)))
    removed = session.execute(delete(Group).where(Group.demo)).rowcount
    return bool(removed + session.execute(delete(ContactPoint).where(ContactPoint.demo)).rowcount)


def _check_scope(session: Session, records: Records, scope: str) -> None:
    for cp in records.contact_points:
        if cp["id"] != scope:
            raise ImportProblem(f"{cp['where']}: field 'id': only your own contact point '{scope}' can be imported")
    others = set(session.scalars(select(Group.id).where(Group.contact_point_id != scope, Group.demo.is_(False))))
    for g in records.groups:
        if g["contact_point"] != scope:
            raise ImportProblem(f"{g['where']}: field 'contact_point' must be your own contact point '{scope}'")
        if g["id"] in others:
            raise ImportProblem(f"{g['where']}: field 'id' is the id of another contact point's group")


def _remove_groups(session: Session, contact_point: str, kept: set[str]) -> int:
    """The contact point's groups that are not in `kept`; how many there were."""
    ours = session.scalars(select(Group.id).where(Group.contact_point_id == contact_point))
    gone = [group_id for group_id in ours if group_id not in kept]
    for start in range(0, len(gone), 500):  # databases bound the parameters of one statement
        chunk = gone[start : start + 500]
        session.execute(delete(GroupTopic).where(GroupTopic.group_id.in_(chunk)))
        session.execute(delete(Group).where(Group.id.in_(chunk)))
    return len(gone)


def _check_unique(records: Records) -> None:
    for items in (records.contact_points, records.groups):
        seen: set[str] = set()
        for item in items:
            if item["id"] in seen:
                raise ImportProblem(f"{item['where']}: field 'id' appears twice in the import")
            seen.add(item["id"])


def _place(record: dict, gazetteer: Gazetteer, label: str, report: ImportReport) -> None:
    if record.get("lat") is not None and record.get("lon") is not None:
        return
    place = None
    if record.get("postal_code"):
        place = gazetteer.by_postal_code(record["postal_code"])
    if place is None and record.get("city"):
        place = gazetteer.by_name(record["city"], record.get("state", ""))
    if place is None:
        report.guesses.append(f"{label}: no coordinates (postal code and city unknown); it will not be found by place")
        return
    record["lat"], record["lon"] = place.lat, place.lon
    source = "postal code" if place.postal_code else "city"
    report.guesses.append(f"{label}: coordinates from {source} ({place.name})")


def _sync_topics(session: Session, matcher: TopicMatcher) -> None:
    for topic in matcher.taxonomy.topics:
        session.merge(Topic(id=topic.id, name=topic.name("de")))


def _columns(record: dict, model: type) -> dict:
    columns = set(model.__table__.columns.keys())
    return {k: v for k, v in record.items() if k in columns}

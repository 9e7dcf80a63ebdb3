"""The group directory in the database: import (all or nothing), topic links, loading for search, export."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from sqlalchemy import Column, Connection, LargeBinary, delete, func, insert, literal_column, select, true, update
from sqlalchemy.orm import Session

from bot.directory.gazetteer import Gazetteer, place_address
from bot.directory.group_search import GroupIndex, handicap_km, words_of_name
from bot.directory.import_format import CP_FIELDS, GROUP_FIELDS, ImportProblem, Records, read_files
from bot.directory.search_index import ContactPointRecord, GroupRecord, SearchIndex, index_key
from bot.directory.topic_matcher import TopicMatcher
from bot.directory.twins import same_office
from bot.paths import DATA
from bot.storage.models import ContactPoint, Group, GroupTopic, StoredSearchIndex, Topic
from dialogs.text import normalise

log = logging.getLogger(__name__)

DEMO_FILE = DATA / "demo_directory.json"
DESCRIPTION_WEIGHT = 0.6
BROADER_LINK = 0.85
LINK_FULL = 0.75  # a topic term found in a group name links it fully, however long the name
# the start of a word, or a whole word where a longer one means something else ("Partnerverlust" is the
# loss of one's partner: a group for the bereaved themselves)
RELATIVES_WORDS = (
    "angehorige",
    "hinterbliebene",
    "eltern",
    "familien",
    "partner ",
    "partnerinnen",
    "co abhangigkeit",
    "zugehorige",
)
INDEX_NAME = "groups"
STORED_PIECE = 1 << 20  # bytes of the stored search index per row read
PLACED_BY = {
    "given": "given in the file",
    "postal code": "from the postal code",
    "city": "from the city",
    "none": "without coordinates (not found by place)",
}
BOTH_WORDS = ("auch angehorige", "betroffene und angehorige", "betroffene u angehorige", "an und zugehorige")


@dataclass
class ImportReport:
    contact_points: int = 0
    groups: int = 0
    guesses: list[str] = field(default_factory=list)
    demo_removed: bool = False
    groups_removed: int = 0  # a contact point's groups no longer in its replacing import
    placed: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # kind -> source -> n
    same_office: list[tuple[ContactPointRecord, ...]] = field(default_factory=list)  # the first is shown

    def summary(self) -> str:
        lines = [f"imported {self.contact_points} contact points and {self.groups} groups"]
        if self.groups_removed:
            lines.append(f"removed {self.groups_removed} groups of the contact point that were not in the import")
        if self.demo_removed:
            lines.append("removed the demo directory")
        for kind, sources in self.placed.items():
            counts = ", ".join(f"{sources[source]} {said}" for source, said in PLACED_BY.items() if sources[source])
            lines.append(f"coordinates of the {kind}: {counts}")
        if self.same_office:
            lines.append(
                f"{len(self.same_office)} {'office is' if len(self.same_office) == 1 else 'offices are'} listed more "
                "than once (one address): people see the first record of each; check that its phone number is right"
            )
            lines += [
                f"  {' = '.join(f'{cp.id} {cp.name!r} {cp.phone}' for cp in office)}" for office in self.same_office
            ]
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
    first, merged or not: a real directory never shows invented groups beside its own. Written
    with bulk statements (executemany in batches, no ORM objects): 100,000 groups took 90 s
    through the ORM's merge, a query and an insert per group. The search index is stored last.

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
        _place(cp, gazetteer, report, "contact points", cp.get("state", ""))
    states = _states(session, records)
    for g in records.groups:
        if not (g.get("postal_code") or g.get("city") or g.get("lat")):
            continue  # a group without a place of its own meets where its contact point is
        _place(g, gazetteer, report, "groups", states.get(g["contact_point"], ""))
    for g in records.groups:
        if "audience" not in g:
            g["audience"] = infer_audience(g["name"])
            if g["audience"] != "both":
                report.guesses.append(f"{g['where']}: audience '{g['audience']}' from its name")
    if everything:
        session.execute(delete(GroupTopic))
        session.execute(delete(Group))
        session.execute(delete(ContactPoint))
    elif not demo:
        report.demo_removed = _remove_demo(session)
    if replace and scope is not None:
        report.groups_removed = _remove_groups(session, scope, {g["id"] for g in records.groups})
    _sync_topics(session, matcher)
    _write(session, ContactPoint, [{**_columns(cp, ContactPoint), "demo": demo} for cp in records.contact_points])
    group_rows = [
        {
            **_columns(g, Group),
            "contact_point_id": g["contact_point"],
            "topics_text": g.get("topics", []),
            "demo": demo,
        }
        for g in records.groups
    ]
    ids = [g["id"] for g in records.groups]
    for batch in _batches(ids):
        session.execute(delete(GroupTopic).where(GroupTopic.group_id.in_(batch)))
    _write(session, Group, group_rows)
    links = TopicLinker(matcher)
    link_rows = [
        {"group_id": g["id"], "topic_id": topic_id, "score": score, "matched": matched[:200]}
        for g in records.groups
        for topic_id, score, matched in links(g)
    ]
    if link_rows:
        session.execute(insert(GroupTopic.__table__), link_rows)
    index = store_index(session.connection())
    kinds = [handicap_km(cp) for cp in index.contact_points]
    report.same_office = same_office(index, kinds, {cp["id"] for cp in records.contact_points})
    report.contact_points, report.groups = len(records.contact_points), len(records.groups)
    return report


class TopicLinker:
    """link_topics, memoised per distinct text: names, topics and descriptions repeat in a
    directory ("Angehörige ...", the same topic list at every group of a theme)."""

    def __init__(self, matcher: TopicMatcher) -> None:
        self.matcher = matcher
        self._hits: dict[str, list] = {}

    def __call__(self, group: dict) -> list[tuple[str, float, str]]:
        return link_topics(self.matcher, group, self._match)

    def _match(self, text: str) -> list:
        hits = self._hits.get(text)
        if hits is None:
            hits = self._hits[text] = self.matcher.match(text)
        return hits


def link_topics(matcher: TopicMatcher, group: dict, match=None) -> list[tuple[str, float, str]]:
    """The taxonomy topics a group is for, from its name and topics (and, weaker, its description);
    `match` is the matcher's match, or a memo of it."""
    match = match or matcher.match
    links: dict[str, tuple[float, str]] = {}
    sources = [
        (group["name"], 1.0),
        *((t, 1.0) for t in group.get("topics", [])),
        (group.get("description", ""), DESCRIPTION_WEIGHT),
    ]
    for text, weight in sources:
        for hit in match(text) if text else []:
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


def load_index(connection: Connection, matcher: TopicMatcher) -> GroupIndex:
    """The stored search index; built from the tables when it is missing or was built by other
    code (slower at 100,000 groups: `python -m bot migrate` stores it again)."""
    table = StoredSearchIndex.__table__
    stored = connection.scalar(select(table.c.key).where(table.c.name == INDEX_NAME))
    demo = holds_demo(connection)
    if stored == index_key():
        return GroupIndex(matcher, SearchIndex.from_bytes(_stored_pieces(connection)), demo)
    index = build_index(connection)
    if len(index.names):
        log.warning("search index missing or outdated: built from the directory (`python -m bot migrate` stores it)")
    return GroupIndex(matcher, index, demo)


def holds_demo(connection: Connection) -> bool:
    """Whether the directory is the invented demo directory: any import removes its records (`import_records`)."""
    return connection.scalar(select(ContactPoint.id).where(ContactPoint.demo).limit(1)) is not None


def _stored_pieces(connection: Connection) -> Iterator[bytes]:
    """The stored index in pieces of STORED_PIECE bytes, one row each, streamed: one statement
    (one snapshot of the row) whose rows are never all held at once. libpq keeps its input buffer
    as large as the largest message it received, for as long as the connection lives: the index in
    one row (as hex text) kept 11 MB more in a running bot on PostgreSQL."""
    table = StoredSearchIndex.__table__
    mine = table.c.name == INDEX_NAME
    size = select(func.length(table.c.data)).where(mine).scalar_subquery()
    starts = select(literal_column("1").label("start")).cte("starts", recursive=True)
    starts = starts.union_all(select(starts.c.start + STORED_PIECE).where(starts.c.start + STORED_PIECE <= size))
    piece = func.substr(table.c.data, starts.c.start, STORED_PIECE, type_=LargeBinary)
    query = select(piece).select_from(table.join(starts, true())).where(mine)
    for row in connection.execution_options(yield_per=1).execute(query.order_by(starts.c.start)):
        yield row[0]


def store_index(connection: Connection) -> SearchIndex:
    """Build the search index from the directory and store it (in the caller's transaction)."""
    index = build_index(connection)
    table = StoredSearchIndex.__table__
    connection.execute(delete(table).where(table.c.name == INDEX_NAME))
    connection.execute(insert(table).values(name=INDEX_NAME, key=index_key(), data=index.to_bytes()))
    return index


def refresh_index(connection: Connection) -> bool:
    """Store the search index anew when it is missing or was built by other code (for `migrate`,
    which runs at every release); whether it did."""
    table = StoredSearchIndex.__table__
    if connection.scalar(select(table.c.key).where(table.c.name == INDEX_NAME)) == index_key():
        return False
    store_index(connection)
    return True


def build_index(connection: Connection) -> SearchIndex:
    """The search index of the directory in the database (Core queries, no ORM objects), the
    groups ordered by id as Python orders text, whatever the database's collation."""
    cp_table, group_table, link_table = ContactPoint.__table__, Group.__table__, GroupTopic.__table__
    cp_rows = connection.execute(select(*(cp_table.c[f.name] for f in fields(ContactPointRecord))))
    cps = sorted((ContactPointRecord(**_record_fields(row)) for row in cp_rows), key=lambda cp: cp.id)
    topics: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for group_id, topic_id, score in connection.execute(
        select(link_table.c.group_id, link_table.c.topic_id, link_table.c.score)
    ):
        topics[group_id].append((topic_id, score))
    columns = (group_table.c[f.name] for f in fields(GroupRecord) if f.name != "topics")
    groups = sorted(
        (
            GroupRecord(**_record_fields(row), topics=tuple(sorted(topics.get(row.id, ()))))
            for row in connection.execute(select(*columns))
        ),
        key=lambda g: g.id,
    )
    return SearchIndex.of(groups, cps, words_of_name)


def _record_fields(row) -> dict:
    """A row of the table whose columns a record's fields name, its languages as a tuple."""
    return {**row._mapping, "languages": tuple(row.languages or ())}


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


def _states(session: Session, records: Records) -> dict[str, str]:
    """The state of every contact point a group of the import belongs to: a group's city is
    looked for in its contact point's state."""
    states = {cp["id"]: cp.get("state", "") for cp in records.contact_points}
    others = sorted({g["contact_point"] for g in records.groups} - states.keys())
    for batch in _batches(others):
        query = select(ContactPoint.id, ContactPoint.state).where(ContactPoint.id.in_(batch))
        states.update({cp_id: state for cp_id, state in session.execute(query)})
    return {cp_id: state or "" for cp_id, state in states.items()}


def _place(record: dict, gazetteer: Gazetteer, report: ImportReport, kind: str, state: str) -> None:
    """Coordinates from the record's postal code or city (gazetteer.place_address: strictly, never
    a similar name); what placed it is counted, and every place taken or missed is reported."""
    if record.get("lat") is not None and record.get("lon") is not None:
        report.placed[kind]["given"] += 1
        return
    found = place_address(gazetteer, record.get("postal_code", ""), record.get("city", ""), state)
    label = record["where"]
    if found.place is None:
        report.placed[kind]["none"] += 1
        report.guesses.append(f"{label}: no coordinates ({found.problem}); it will not be found by place")
        return
    record["lat"], record["lon"] = found.place.lat, found.place.lon
    report.placed[kind][found.source] += 1
    doubt = f"; {found.doubt}" if found.doubt else ""
    report.guesses.append(f"{label}: coordinates from {found.source} ({found.place.name}){doubt}")


def _sync_topics(session: Session, matcher: TopicMatcher) -> None:
    _write(session, Topic, [{"id": topic.id, "name": topic.name("de")} for topic in matcher.taxonomy.topics])


def _columns(record: dict, model: type) -> dict:
    columns = set(model.__table__.columns.keys())
    return {k: v for k, v in record.items() if k in columns}


def _write(session: Session, model: type, rows: list[dict]) -> None:
    """Rows merged by id in bulk statements: an existing row takes the columns given (the others
    keep their values), a new one gets the model's defaults for the rest (Core's executemany
    needs the same columns in every row)."""
    if not rows:
        return
    existing: set[str] = set()
    for batch in _batches([row["id"] for row in rows]):
        existing.update(session.scalars(select(model.id).where(model.id.in_(batch))))
    table = model.__table__
    defaults = {column.key: _default(column) for column in table.columns}
    new = [defaults | row for row in rows if row["id"] not in existing]
    if new:
        session.execute(insert(table), new)
    if existing:
        session.execute(update(model), [row for row in rows if row["id"] in existing])


def _default(column: Column) -> object:
    """What an INSERT without this column would write (a callable default such as `list` is called)."""
    if column.default is None:
        return None
    return column.default.arg(None) if column.default.is_callable else column.default.arg


def _batches(values: list, size: int = 1000) -> Iterator[list]:
    """Lists short enough for an IN (...) of bound parameters on every database."""
    for start in range(0, len(values), size):
        yield values[start : start + size]

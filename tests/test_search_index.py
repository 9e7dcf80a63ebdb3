"""The stored search index: what a start reads instead of the directory's tables."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from bot.directory.group_search import GroupIndex, words_of_name
from bot.directory.search_index import AUDIENCES, ContactPointRecord, GroupRecord, SearchIndex
from bot.directory.store import DEMO_FILE, index_key
from bot.directory.topic_matcher import default_matcher
from bot.storage.engine import make_engine
from bot.telegram.callback_data import short_id
from tests.cli import run_cli
from tests.databases import migrated

MATCHER = default_matcher()
CPS = [
    ContactPointRecord("cp1", "KISS Eins", city="Leipzig", lat=51.34, lon=12.37, languages=("de", "ar")),
    ContactPointRecord("cp2", "KISS Zwei", opening_hours="Mo 9-12"),
]
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
coordinates = st.one_of(st.none(), st.floats(-89, 89, allow_nan=False))
groups = st.lists(
    st.builds(
        GroupRecord,
        id=st.text(min_size=1, max_size=60),
        name=texts,
        contact_point_id=st.sampled_from(["cp1", "cp2", "gone"]),
        audience=st.sampled_from(AUDIENCES),
        city=texts,
        postal_code=texts,
        lat=coordinates,
        lon=coordinates,
        online=st.booleans(),
        languages=st.lists(st.sampled_from(["de", "en", "tr"]), max_size=3).map(tuple),
        schedule=texts,
        description=texts,
        topics=st.lists(st.tuples(st.sampled_from(["alkohol", "sucht", "trauer"]), st.floats(0, 1)), max_size=3)
        .map(dict)
        .map(lambda links: tuple(sorted(links.items()))),
    ),
    max_size=25,
    unique_by=lambda g: g.id,
)


@settings(deadline=None)  # a shared, loaded machine
@given(groups)
def test_an_index_read_back_holds_every_group_as_it_was_given(records):
    stored = SearchIndex.from_bytes([SearchIndex.of(records, CPS, words_of_name).to_bytes()])
    known = [g if g.contact_point_id in ("cp1", "cp2") else _without_contact_point(g) for g in records]
    assert [stored.group(i) for i in range(len(records))] == known
    assert stored.contact_points == tuple(CPS)
    index = GroupIndex(MATCHER, stored)
    for g in records:
        assert index.group(g.id).id == g.id
        if len(g.id) > 40:
            assert index.group(short_id(g.id)).id == g.id  # as long ids come back from buttons
    assert index.group("no such id") is None


def _without_contact_point(group: GroupRecord) -> GroupRecord:
    """A group whose contact point the index does not know keeps no id of one."""
    return GroupRecord(**{**vars(group), "contact_point_id": ""})


def test_a_database_without_its_stored_index_answers_the_same_and_migrate_stores_it(database_url):
    """As after an update of the bot that builds the index differently: the start builds it from
    the tables, and `migrate` (the release step) stores it again, once."""
    db = migrated(database_url)
    assert run_cli("import", str(DEMO_FILE), db=db).returncode == 0
    query = ("search", "Alkohol", "--where", "Leipzig", "--role", "relative", "--json")
    stored = run_cli(*query, db=db)
    assert stored.returncode == 0 and json.loads(stored.stdout)["groups"]
    engine = make_engine(db)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM search_index"))
    engine.dispose()
    assert run_cli(*query, db=db).stdout == stored.stdout
    assert "search index stored" in run_cli("migrate", db=db).stdout
    assert "search index stored" not in run_cli("migrate", db=db).stdout
    assert run_cli(*query, db=db).stdout == stored.stdout


def test_the_embedded_database_keeps_its_index_current_itself(tmp_path):
    """The console chat's embedded default upgrades itself: an index stored by older code is stored
    anew at the start, without telling a person who only wants to chat to run `migrate`."""
    assert run_cli("chat", stdin="", cwd=tmp_path).returncode == 0
    engine = make_engine(f"sqlite:///{tmp_path / 'selbsthilfe_lotse.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE search_index SET key = 'built by older code'"))
    chat = run_cli("chat", stdin="", cwd=tmp_path)
    assert chat.returncode == 0 and "outdated" not in chat.stderr
    with engine.begin() as connection:
        assert connection.scalar(text("SELECT key FROM search_index")) == index_key()
    engine.dispose()

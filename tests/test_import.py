"""`python -m bot import`: JSON and Excel-style CSV, all or nothing, merge or replace."""

from __future__ import annotations

import gc
import json

import pytest
from sqlalchemy import text

from bot.directory.import_format import ImportProblem, read_data
from bot.directory.store import import_records, infer_audience
from bot.runtime import Database, open_runtime
from bot.storage.engine import DatabaseProblem, make_engine, sessions
from tests.cli import run_cli
from tests.databases import SQLITE_ONLY, migrated

CP = {"id": "cp1", "name": "Kontaktstelle Eins", "postal_code": "04109", "city": "Leipzig", "phone": "0341 1"}
GROUP = {"id": "g1", "name": "Angehörige von Alkoholkranken", "contact_point": "cp1", "topics": ["Sucht"]}


def write(path, data) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def snapshot(db: str) -> list:
    engine = make_engine(db)
    with engine.connect() as connection:
        rows = [
            tuple(r)
            for table in ("contact_points", "groups", "group_topics")
            for r in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))
        ]  # noqa: S608
    engine.dispose()
    return rows


@pytest.fixture
def db(database_url, import_directory) -> str:
    return import_directory(database_url, {"contact_points": [CP], "groups": [GROUP]})


def test_json_import_links_topics_guesses_audience_and_coordinates(tmp_path, database_url):
    db = migrated(database_url)
    done = run_cli("import", write(tmp_path / "base.json", {"contact_points": [CP], "groups": [GROUP]}), db=db)
    assert done.returncode == 0, done.stderr
    engine = make_engine(db)
    with engine.connect() as connection:
        group = connection.execute(text("SELECT audience, lat FROM groups WHERE id='g1'")).one()
        topics = {r[0] for r in connection.execute(text("SELECT topic_id FROM group_topics WHERE group_id='g1'"))}
        cp = connection.execute(text("SELECT lat, lon FROM contact_points WHERE id='cp1'")).one()
    assert group.audience == "relatives"
    assert {"alkohol", "sucht"} <= topics
    assert cp.lat == pytest.approx(51.34, abs=0.1) and cp.lon == pytest.approx(12.37, abs=0.1)


def test_csv_from_excel_with_bom_semicolons_and_german_headers(tmp_path, db):
    cps = tmp_path / "kontaktstellen.csv"
    cps.write_bytes(
        "\ufeffID;Name;PLZ;Ort;Telefon;E-Mail\ncp2;KISS Zwei;01067;Dresden;0351 2;kiss@example.org\n".encode()
    )
    groups = tmp_path / "gruppen.csv"
    groups.write_text(
        'id,name,themen,zielgruppe,kontaktstelle,online\ng2,"Depression, Angst",Depression;Angst,Betroffene,cp2,ja\n',
        encoding="utf-8",
    )
    done = run_cli("import", str(cps), str(groups), db=db)
    assert done.returncode == 0, done.stderr
    assert "imported 1 contact points and 1 groups" in done.stdout
    found = run_cli("search", "Depressionen", "--where", "Dresden", "--json", db=db)
    result = json.loads(found.stdout)
    assert result["groups"][0]["id"] == "g2" and result["groups"][0]["online"] is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"contact_points": [{"name": "ohne id"}]}, "field 'id' is missing"),
        ({"groups": [{"id": "g9", "name": "x", "contact_point": "nowhere"}]}, "unknown contact point 'nowhere'"),
        ({"contact_points": [{"id": "c9", "name": "x", "lat": "north"}]}, "field 'lat' is not a number"),
        ({"contact_points": [{"id": "c9", "name": "x", "lat": 95}]}, "field 'lat' is out of range"),
        ({"groups": [{"id": "g9", "name": "x", "contact_point": "cp1", "online": "vielleicht"}]}, "field 'online'"),
        ({"groups": [{"id": "g9", "name": ["x"], "contact_point": "cp1"}]}, "field 'name' must be text"),
        ({"groups": [{"id": "g9", "name": "x", "contact_point": "cp1", "audience": "kids"}]}, "field 'audience'"),
        ({"groups": [{"id": "g9", "name": "x"}]}, "field 'contact_point' is missing"),
        ([1, 2, 3], "expected an object"),
        ({"contact_points": [{"id": "c9", "name": "x", "opening_hours": {"funday": ["9:00-12:00"]}}]}, "opening_hours"),
        ({"contact_points": [{"id": "c9", "name": "x", "opening_hours": {"mon": ["late"]}}]}, "opening_hours"),
        ({"groups": [{**GROUP, "schedule": {"day": "Funday", "time": "18:00"}}]}, "field 'schedule': unknown weekday"),
        ({"groups": [{**GROUP, "schedule": {"day": "wed", "weeks": [6], "time": "18:00"}}]}, "field 'schedule'"),
        ({"groups": [{**GROUP, "schedule": [{"day": "wed", "time": "abends"}]}]}, "field 'schedule': not a time"),
    ],
)
@SQLITE_ONLY  # every one of these fails while reading, before the database is written
def test_bad_json_changes_nothing_and_names_the_field(tmp_path, db, content, message):
    before = snapshot(db)
    good = write(tmp_path / "good.json", {"contact_points": [{**CP, "id": "cp-new", "name": "Neu"}]})
    done = run_cli("import", good, write(tmp_path / "bad.json", content), db=db)
    assert done.returncode == 2
    assert message in done.stderr and "bad.json" in done.stderr
    assert done.stderr.count("\n") == 1
    assert snapshot(db) == before


@SQLITE_ONLY  # fails while reading, before the database is written
def test_broken_csv_quoting_changes_nothing(tmp_path, db):
    before = snapshot(db)
    bad = tmp_path / "broken.csv"
    bad.write_text('id;name\nx1;"Kontaktstelle ohne Ende\n', encoding="utf-8")
    done = run_cli("import", str(bad), db=db)
    assert done.returncode == 2 and "broken CSV" in done.stderr
    assert snapshot(db) == before


@SQLITE_ONLY  # fails while reading, before the database is written
def test_ten_megabytes_of_garbage_changes_nothing(tmp_path, db):
    before = snapshot(db)
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 41_000)
    done = run_cli("import", str(garbage), db=db)
    assert done.returncode == 2 and "UTF-8" in done.stderr
    text_garbage = tmp_path / "garbage.json"
    text_garbage.write_text("{" + "x" * 10_000_000, encoding="utf-8")
    assert run_cli("import", str(text_garbage), db=db).returncode == 2
    assert snapshot(db) == before


def test_merge_by_id_and_replace(tmp_path, db):
    renamed = write(tmp_path / "renamed.json", {"contact_points": [{**CP, "name": "Umbenannt"}]})
    assert run_cli("import", renamed, db=db).returncode == 0
    rows = snapshot(db)
    assert any("Umbenannt" in map(str, row) for row in rows)
    assert any("g1" in map(str, row) for row in rows)
    other = write(tmp_path / "other.json", {"contact_points": [{**CP, "id": "cp7"}]})
    assert run_cli("import", "--replace", other, db=db).returncode == 0
    ids = {row[0] for row in snapshot(db)}
    assert ids == {"cp7"}


@SQLITE_ONLY  # fails while reading, before the database is written
def test_missing_file_is_bad_input(tmp_path, db):
    done = run_cli("import", str(tmp_path / "nope.json"), db=db)
    assert done.returncode == 2 and "cannot read" in done.stderr


def test_structured_opening_hours_as_directories_write_them(tmp_path, db):
    hours = {"Dienstag": ["09:00–11:30", "13.00 - 18.00 Uhr"], "thu": "nach Vereinbarung", "fri": []}
    cp = {**CP, "id": "cp3", "opening_hours": hours}
    assert run_cli("import", write(tmp_path / "hours.json", {"contact_points": [cp]}), db=db).returncode == 0
    found = json.loads(run_cli("search", "Sucht", "--where", "04109", "--json", db=db).stdout)
    shown = next(c for c in found["contact_points"] if c["id"] == "cp3")["opening_hours"]
    assert shown == {"tue": ["09:00–11:30", "13:00–18:00"], "thu": ["appointment"]}


def test_structured_meeting_times_are_kept_through_an_export(tmp_path, db):
    """ "jeden 1. und 3. Montag, 18.30 Uhr" given structured is stored in one form, and the export (the import
    format) gives it back so that importing it elsewhere keeps it; a schedule as text stays text."""
    when = {"day": "Montag", "weeks": [3, 1], "time": "18.30 Uhr"}
    groups = [{**GROUP, "schedule": when}, {**GROUP, "id": "g2", "schedule": "jeden 2. Mittwoch, 18 Uhr"}]
    assert run_cli("import", write(tmp_path / "times.json", {"groups": groups}), db=db).returncode == 0
    exported = tmp_path / "export.json"
    assert run_cli("export", "-o", str(exported), db=db).returncode == 0
    schedules = {g["id"]: g["schedule"] for g in json.loads(exported.read_text(encoding="utf-8"))["groups"]}
    assert json.loads(schedules["g1"]) == [{"day": "mon", "weeks": [1, 3], "time": "18:30"}]
    assert schedules["g2"] == "jeden 2. Mittwoch, 18 Uhr"
    again = f"sqlite:///{tmp_path}/again.sqlite3"
    assert run_cli("migrate", db=again).returncode == 0
    assert run_cli("import", str(exported), db=again).returncode == 0
    assert run_cli("export", "-o", str(tmp_path / "again.json"), db=again).returncode == 0
    assert (
        json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["groups"]
        == json.loads(exported.read_text(encoding="utf-8"))["groups"]
    )


def test_loading_the_directory_leaves_the_garbage_collector_on(tmp_path):
    """The collector is paused while the directory loads, and on again afterwards, also after a failure."""
    open_runtime(Database(f"sqlite:///{tmp_path}/on.sqlite3", migrate=True))
    assert gc.isenabled()
    with pytest.raises(DatabaseProblem):
        open_runtime(Database(f"sqlite:///{tmp_path}/no-such-folder/x.sqlite3", migrate=True))
    assert gc.isenabled()


def scoped_import(db: str, content: dict, replace: bool = False) -> str:
    """Import as an operator of cp1 does over Telegram: the summary, or the refusal."""
    engine = make_engine(db)
    runtime = open_runtime(Database(db))
    try:
        with sessions(engine).begin() as session:
            records = read_data("upload.json", json.dumps(content).encode())
            matcher, gazetteer = runtime.services.index.matcher, runtime.services.gazetteer
            return import_records(session, records, matcher, gazetteer, replace=replace, scope="cp1").summary()
    except ImportProblem as exc:
        return exc.refusal()
    finally:
        engine.dispose()
        runtime.engine.dispose()


def test_an_import_scoped_to_a_contact_point_changes_no_other(database_url, import_directory):
    cp2, group2 = {**CP, "id": "cp2", "name": "Zwei"}, {**GROUP, "id": "g2", "contact_point": "cp2"}
    db = import_directory(database_url, {"contact_points": [CP, cp2], "groups": [GROUP, group2]})
    before = snapshot(db)
    refused = {
        "only your own contact point 'cp1'": {"contact_points": [{**cp2, "name": "Gekapert"}]},
        "contact_point": {"groups": [{**GROUP, "id": "g3", "contact_point": "cp2"}]},
        "another contact point's group": {"groups": [{**GROUP, "id": "g2"}]},
        "field 'audience'": {"groups": [{**GROUP, "audience": "kids"}]},
    }
    for message, content in refused.items():
        answer = scoped_import(db, content, replace=True)
        assert message in answer and answer.startswith("upload.json: ") and answer.endswith("(nothing was imported)")
        assert snapshot(db) == before

    kept = {**GROUP, "id": "g4", "name": "Trauergruppe"}
    answer = scoped_import(db, {"contact_points": [{**CP, "name": "Eins neu"}], "groups": [kept]}, replace=True)
    assert answer.splitlines()[:2] == [
        "imported 1 contact points and 1 groups",
        "removed 1 groups of the contact point that were not in the import",
    ]
    ids = {row[0] for row in snapshot(db)}
    assert {"cp1", "cp2", "g2", "g4"} <= ids and "g1" not in ids
    assert scoped_import(db, {"groups": [GROUP]}).splitlines()[0] == "imported 0 contact points and 1 groups"
    assert {"g1", "g4"} <= {row[0] for row in snapshot(db)}  # merged, nothing removed


@pytest.mark.parametrize(
    ("name", "audience"),
    [
        ("Psychische Erkrankungen (Partner*innen)", "relatives"),
        ("Partnerinnen von Alkoholkranken", "relatives"),
        ("Trauer nach Partnerverlust", "both"),  # the bereaved themselves
        ("Eltern krebskranker Kinder", "relatives"),
        ("Diabetes (Betroffene und Angehörige)", "both"),
        ("Diabetes", "both"),
    ],
)
def test_the_audience_is_read_from_the_group_name(name, audience):
    assert infer_audience(name) == audience

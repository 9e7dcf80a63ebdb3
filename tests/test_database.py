"""The database as an operator meets it: URLs, `migrate` (also from three processes at once),
the schema check of every other command, the demo directory kept out of real directories, and
`export` for moving between SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from urllib.parse import quote

from alembic.script import ScriptDirectory
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from bot.storage import schema
from bot.storage.engine import database_url, make_engine
from tests.cli import ROOT, run_cli
from tests.databases import migrated
from tests.synthetic import synthetic_directory

HEAD = ScriptDirectory(str(schema.MIGRATIONS)).get_current_head()
DEMO_FILE = ROOT / "data" / "demo_directory.json"
REAL = {
    "contact_points": [{"id": "kiss-l", "name": "KISS Leipzig", "postal_code": "04109", "city": "Leipzig"}],
    "groups": [{"id": "shg-1", "name": "Angehörige von Alkoholkranken", "contact_point": "kiss-l"}],
}
QUERIES = [
    {"text": "mein Mann trinkt", "where": "04109", "role": "relative", "lang": "de"},
    {"text": "Depression", "where": "Dresden", "role": "affected", "lang": "de"},
    {"text": "kumar bağımlılığı", "where": "Leipzig", "role": "any", "lang": "tr"},
    {"text": "Angst", "where": "Hamburg", "role": "any", "lang": "de", "online": True},
    {"text": "Trauer", "where": "Köln", "role": "any", "lang": "de"},
    {"text": "Krebs", "where": "80331", "role": "any", "lang": "de"},
]

names = st.text("abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12)


schemes = st.sampled_from(["postgres", "postgresql"])


@given(names, st.text(min_size=1, max_size=20), names, st.integers(1, 65535), names, schemes)
def test_postgres_urls_get_the_installed_driver_and_keep_every_part(user, password, host, port, name, scheme):
    url = database_url(f"{scheme}://{user}:{quote(password, safe='')}@{host}:{port}/{name}")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password, url.host, url.port, url.database) == (user, password, host, port, name)


def test_other_urls_are_left_as_they_are():
    assert database_url("postgresql+psycopg2://u@h/db").drivername == "postgresql+psycopg2"
    assert str(database_url("sqlite:///x.sqlite3")) == "sqlite:///x.sqlite3"


def revision(url: str) -> str | None:
    engine = make_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return found


def test_three_processes_migrate_an_empty_database_at_once(database_url):
    command = [sys.executable, "-m", "bot", "--db", database_url, "migrate"]
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    processes = [subprocess.Popen(command, cwd=ROOT, **pipes) for _ in range(3)]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0], outputs
    assert sum("(was empty)" in out for out, _ in outputs) == 1  # one upgraded, the others found it done
    assert all(f"at revision {HEAD}, the newest" in out for out, _ in outputs)
    assert revision(database_url) == HEAD


def test_commands_on_a_database_behind_or_ahead_say_what_to_do(database_url, tmp_path):
    done = run_cli("search", "Sucht", "--where", "Leipzig", db=database_url)
    assert done.returncode == 2
    behind = f"error: the database schema is at revision none, this code needs {HEAD}: run `python -m bot migrate`\n"
    assert done.stderr == behind
    run = run_cli("run", db=database_url, env={"TELEGRAM_BOT_TOKEN": "123:TEST"})
    assert run.returncode == 2 and run.stderr.endswith("run `python -m bot migrate`\n")

    migrated(database_url)
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    for command in (["export", "-o", str(tmp_path / "x.json")], ["migrate"]):
        done = run_cli(*command, db=database_url)
        assert done.returncode == 2, done.stderr
        assert done.stderr == (
            f"error: the database schema (revision 9999) is newer than this code (revision {HEAD}): "
            "run the newer version of the bot\n"
        )


def alembic(*args: str, db: str) -> subprocess.CompletedProcess:
    """The Alembic command line as an operator runs it beside pyproject.toml."""
    command = [sys.executable, "-m", "alembic", *args]
    return subprocess.run(command, cwd=ROOT, env={**os.environ, "DATABASE_URL": db}, capture_output=True, text=True)


def test_the_alembic_command_line_upgrades_the_configured_database(database_url):
    upgrade = alembic("upgrade", "head", db=database_url)
    assert upgrade.returncode == 0, upgrade.stderr
    assert alembic("current", db=database_url).stdout.strip() == f"{HEAD} (head)"


def search_batch(db: str, tmp_path) -> list[dict]:
    batch = tmp_path / "queries.jsonl"
    batch.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in QUERIES), encoding="utf-8")
    done = run_cli("search", "--batch", str(batch), "--json", db=db)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def write(path, data) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_production_databases_never_get_the_demo_and_any_import_removes_it(database_url, tmp_path):
    migrated(database_url)
    empty = search_batch(database_url, tmp_path)
    assert all(result["groups"] == [] and result["contact_points"] == [] for result in empty)

    shown = run_cli("--demo", "search", "Spielsucht", "--where", "Leipzig", "--json", db=database_url)
    assert "[DEMO] Spielsucht" in json.loads(shown.stdout)["groups"][0]["name"]
    done = run_cli("import", write(tmp_path / "real.json", REAL), db=database_url)  # a merge, not --replace
    assert done.returncode == 0, done.stderr
    assert "removed the demo directory" in done.stdout
    found = search_batch(database_url, tmp_path)
    assert [g["id"] for g in found[0]["groups"]] == ["shg-1"]
    assert all(cp["id"] == "kiss-l" for result in found for cp in result["contact_points"])


def test_demo_records_loaded_before_the_marker_existed_are_marked_by_the_migration(tmp_path):
    """Databases that older code filled with the demo on their own lose it at their next import; a
    migration that copies tables keeps every row that references them (groups, topic links)."""
    url = f"sqlite:///{tmp_path}/old.sqlite3"
    assert alembic("upgrade", "0001", db=url).returncode == 0
    engine = make_engine(url)
    with engine.begin() as connection:  # what the older code's start left in an empty database, and a real record
        for cp, name in (("demo-leipzig", "[DEMO] Kontaktstelle"), ("kiss-x", "KISS X")):
            connection.execute(
                text(
                    "INSERT INTO contact_points (id, name, street, postal_code, city, state, phone, email, website,"
                    " opening_hours, languages) VALUES (:id, :name, '', '', '', '', '', '', '', '', '[]')"
                ),
                {"id": cp, "name": name},
            )
        connection.execute(
            text(
                "INSERT INTO groups (id, name, topics_text, audience, contact_point_id, postal_code, city, online,"
                " languages, schedule, description) VALUES ('shg-x', 'Tinnitus', '[]', 'both', 'kiss-x', '', '',"
                " 0, '[]', '', '')"
            )
        )
        connection.execute(text("INSERT INTO topics (id, name) VALUES ('tinnitus', 'Tinnitus')"))
        connection.execute(text("INSERT INTO group_topics VALUES ('shg-x', 'tinnitus', 1.0, 'tinnitus')"))
    assert run_cli("migrate", db=url).returncode == 0
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id FROM contact_points WHERE demo")).scalars().all() == ["demo-leipzig"]
        assert connection.execute(text("SELECT group_id, topic_id FROM group_topics")).all() == [("shg-x", "tinnitus")]
    assert run_cli("import", write(tmp_path / "real.json", REAL), db=url).returncode == 0
    with engine.connect() as connection:
        assert set(connection.execute(text("SELECT id FROM contact_points")).scalars()) == {"kiss-l", "kiss-x"}
    engine.dispose()


def test_export_moves_a_directory_with_identical_search_results(database_url, tmp_path, import_directory):
    """From SQLite into SQLite or PostgreSQL: invented groups in many towns, and the demo's own."""
    # 400 groups: with 200, which topics the seed draws (every new taxonomy topic shifts the draw) decided
    # whether the six queries found the ten groups that make the comparison worth something
    directory = synthetic_directory(random.Random(3), groups=400, contact_points=12).as_import()
    demo = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    directory = {key: directory[key] + demo[key] for key in directory}
    source = import_directory(f"sqlite:///{tmp_path}/source.sqlite3", directory)
    exported = tmp_path / "export.json"
    assert run_cli("export", "-o", str(exported), db=source).returncode == 0
    moved = run_cli("import", str(exported), db=migrated(database_url))
    assert moved.returncode == 0, moved.stderr
    assert "values were guessed" not in moved.stdout  # coordinates travel with the export
    before, after = search_batch(source, tmp_path), search_batch(database_url, tmp_path)
    assert sum(len(result["groups"]) for result in before) >= 10
    assert after == before
    again = tmp_path / "again.json"
    assert run_cli("export", "-o", str(again), db=database_url).returncode == 0
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")

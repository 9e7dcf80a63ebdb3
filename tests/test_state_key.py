"""The key for the chat-id pseudonyms: from STATE_SECRET or a key file, never in the database."""

from __future__ import annotations

import logging
import multiprocessing
import stat

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import make_url, text

from bot.config import ConfigProblem
from bot.storage.engine import make_engine
from bot.storage.schema import MIGRATIONS, migrate
from bot.storage.state_key import default_key_file, pseudonym_key
from bot.storage.state_store import StateStore
from dialogs.model import State
from tests.cli import run_cli
from tests.databases import SQLITE_ONLY


def database_files(folder) -> bytes:
    return b"".join(part.read_bytes() for part in sorted(folder.glob("*.sqlite3*")))


@SQLITE_ONLY  # beside the SQLite file; PostgreSQL's default is in the next test
def test_a_key_file_is_generated_once_beside_the_database_with_mode_0600(runtime, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    key = pseudonym_key("", "", runtime.engine)
    path = tmp_path / "test.key"
    assert path.read_text().strip() == key and len(key) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    (line,) = [r.getMessage() for r in caplog.records if "generated" in r.getMessage()]
    assert str(path) in line and key not in line
    assert pseudonym_key("", "", runtime.engine) == key  # kept
    assert pseudonym_key("from-the-environment", "", runtime.engine) == "from-the-environment"
    store = StateStore.open(runtime.engine, key, 24)
    store.save(store.key(42), State(lang="uk"), store.read(store.key(42)))
    with runtime.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM settings")).scalar() == 0
    assert key.encode() not in database_files(tmp_path)
    assert bytes.fromhex(key) not in database_files(tmp_path)


def test_the_key_file_can_be_placed_and_defaults_outside_the_database(runtime, tmp_path, monkeypatch):
    chosen = tmp_path / "keys" / "lotse.key"
    key = pseudonym_key("", str(chosen), runtime.engine)
    assert chosen.read_text().strip() == key
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = tmp_path / "data" / "selbsthilfe-lotse" / "state.key"
    assert default_key_file(make_url("postgresql+psycopg://lotse@db/lotse")) == expected
    assert default_key_file(make_url("sqlite://")) == expected
    assert default_key_file(make_url(f"sqlite:///{tmp_path}/x/bot.sqlite3")) == tmp_path / "x" / "bot.key"


def test_an_empty_or_unreadable_key_file_is_a_clear_start_problem(runtime, tmp_path):
    empty = tmp_path / "empty.key"
    empty.write_text("")
    with pytest.raises(ConfigProblem, match="is empty"):
        pseudonym_key("", str(empty), runtime.engine)
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(ConfigProblem, match="state key file"):
        pseudonym_key("", str(blocked / "state.key"), runtime.engine)  # a file where a folder must be


def _generate(path: str) -> str:
    return pseudonym_key("", path, make_engine("sqlite://"))


def test_replicas_starting_at_once_agree_on_one_key(tmp_path):
    path = str(tmp_path / "shared.key")
    with multiprocessing.get_context("fork").Pool(6) as pool:
        keys = pool.map(_generate, [path] * 6)
    assert len(set(keys)) == 1 and (tmp_path / "shared.key").read_text().strip() == keys[0]
    assert [p.name for p in tmp_path.iterdir()] == ["shared.key"]  # no drafts left behind


def test_the_migration_removes_a_secret_an_earlier_version_stored(tmp_path):
    """Versions before 0002_state_key kept a generated secret in `settings`: after the upgrade
    and the bot's start it is in none of the database's files."""
    url = f"sqlite:///{tmp_path}/old.sqlite3"
    engine = make_engine(url)
    migrate(engine)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    secret = "5f0c" * 16
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('state_secret', :s)"), {"s": secret})
    assert secret.encode() in database_files(tmp_path)
    migrate(engine)
    StateStore.open(engine, "from-the-environment", 24)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM settings")).scalar() == 0
    assert secret.encode() not in database_files(tmp_path)


def test_run_refuses_an_empty_key_file_with_one_line(tmp_path):
    (tmp_path / "state.key").write_text("\n")
    env = {"TELEGRAM_BOT_TOKEN": "1:x", "STATE_SECRET": "", "STATE_KEY_FILE": str(tmp_path / "state.key")}
    done = run_cli("--demo", "run", db=f"sqlite:///{tmp_path}/bot.sqlite3", env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        f"error: state key file {tmp_path / 'state.key'} is empty: remove it to generate a new key"
    )


def test_the_embedded_database_keeps_its_key_beside_its_file(tmp_path):
    """Nothing configured (DATABASE_URL empty): the SQLite file in the working directory, and its
    key file beside it; an empty key file there is refused, so that is where the bot looked."""
    (tmp_path / "selbsthilfe_lotse.key").write_text("\n")
    env = {"TELEGRAM_BOT_TOKEN": "1:x", "STATE_SECRET": "", "STATE_KEY_FILE": "", "DATABASE_URL": ""}
    done = run_cli("run", env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        f"error: state key file {tmp_path / 'selbsthilfe_lotse.key'} is empty: remove it to generate a new key"
    )
    assert (tmp_path / "selbsthilfe_lotse.sqlite3").exists()

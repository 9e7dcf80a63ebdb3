"""The key for the chat-id pseudonyms, never in the database it protects.

With the key, anyone holding the database could recompute which row belongs to which chat id. So
it comes from STATE_SECRET, or from a key file outside the database (STATE_KEY_FILE), generated
with mode 0600 on first start. By default the file lies beside an SQLite database file, so a copy
of the database alone does not carry it; for PostgreSQL in the XDG data directory. Several
replicas on one database must share the key (STATE_SECRET, or the same file), or each one
keys the conversations differently.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

from sqlalchemy import URL, Engine

from bot.config import ConfigProblem

log = logging.getLogger(__name__)


def pseudonym_key(configured_secret: str, configured_file: str, engine: Engine) -> str:
    if configured_secret:
        return configured_secret
    path = Path(configured_file).expanduser() if configured_file else default_key_file(engine.url)
    try:
        return _read(path) if path.exists() else _generate(path)
    except OSError as exc:
        raise ConfigProblem(f"state key file {path}: {exc.strerror}") from None


def default_key_file(url: URL) -> Path:
    database = url.database if url.get_backend_name() == "sqlite" else None
    if database and database != ":memory:" and not database.startswith("file:"):
        return Path(database).resolve().with_suffix(".key")
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data_home / "selbsthilfe-lotse" / "state.key"


def _read(path: Path) -> str:
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("state key file %s can be read by others: chmod 600 it", path)
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise ConfigProblem(f"state key file {path} is empty: remove it to generate a new key")
    return key


def _generate(path: Path) -> str:
    """Written whole under a temporary name, then linked into place: of replicas starting at once
    on one file, the first link wins and all read that key."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secrets.token_hex(32) + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.link(draft, path)
        log.warning("generated a new key for the chat-id pseudonyms in %s", path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return _read(path)

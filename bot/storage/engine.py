"""Database engine: the same code for SQLite (default) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

EMBEDDED_URL = "sqlite:///selbsthilfe_lotse.sqlite3"  # when no database is configured: a file in the working directory
POSTGRES_NAMES = ("postgres", "postgresql")  # hosting platforms hand out postgres://, SQLAlchemy knows postgresql://


class DatabaseProblem(Exception):
    """A database this code cannot use; the message is one line that says what to do."""


@contextlib.contextmanager
def database_errors() -> Iterator[None]:
    """SQLAlchemy's errors on the way to a database (a bad URL, a missing driver, a server not
    reached) as a DatabaseProblem, instead of a traceback. The URL is never repeated: it may hold
    a password."""
    try:
        yield
    except (ArgumentError, NoSuchModuleError, ImportError):
        raise DatabaseProblem(
            "the database URL is not one the bot can open (sqlite:///FILE or postgresql://USER:PASSWORD@HOST/NAME)"
        ) from None
    except OperationalError as exc:
        raise DatabaseProblem(f"cannot open the database: {str(exc.orig).splitlines()[0]}") from None


def database_url(text: str) -> URL:
    """The URL as SQLAlchemy needs it: a PostgreSQL URL without a driver gets psycopg 3, the
    driver this project installs (SQLAlchemy would otherwise look for psycopg2)."""
    url = make_url(text)
    return url.set(drivername="postgresql+psycopg") if url.drivername in POSTGRES_NAMES else url


def make_engine(url: str) -> Engine:
    """The engine only: the schema is brought up to date by bot.storage.schema."""
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left in free space
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; a power cut may lose the last updates
    cursor.close()

"""Alembic environment: SQLite or PostgreSQL alike.

`python -m bot migrate` hands over a connection that holds the migration lock. The Alembic command
line (`alembic upgrade head` beside pyproject.toml) opens the bot's own database (DATABASE_URL, or
the embedded SQLite file) and takes the same lock; `--sql` writes the statements instead.
"""

from alembic import context

from bot.config import settings
from bot.storage.engine import EMBEDDED_URL, database_url, make_engine
from bot.storage.models import Base
from bot.storage.schema import locked


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
elif context.is_offline_mode():
    context.configure(url=database_url(settings().database_url or EMBEDDED_URL), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = make_engine(settings().database_url or EMBEDDED_URL)
    with locked(engine) as held:
        run(held)
    engine.dispose()

"""Alembic environment: runs on the connection bot.storage.engine hands over (SQLite or PostgreSQL alike)."""

from alembic import context

from bot.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

"""the generated state secret leaves the database

Revision ID: 0002_state_key
Revises: 0001
Create Date: 2026-11-30

The key for the chat-id pseudonyms was generated and kept in `settings` when STATE_SECRET was
unset; with it, the database alone told which row belongs to which chat id. It now lives outside
(bot/storage/state_key.py). On SQLite, `secure_delete` overwrites the row, and the bot empties
the write-ahead log at start.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_state_key"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    settings = sa.table("settings", sa.column("key", sa.String))
    op.execute(settings.delete().where(settings.c.key == "state_secret"))


def downgrade() -> None:
    """Nothing to restore: a key that was deleted for good cannot come back."""

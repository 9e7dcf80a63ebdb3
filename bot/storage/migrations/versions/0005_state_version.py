"""a conversation's row carries a version and the newest update applied to it

Revision ID: 0005_state_version
Revises: 0004_demo_marker
Create Date: 2026-11-30

Replicas on one database may handle updates of one chat at the same moment. A save now succeeds
only over the version it read (bot/storage/state_store.py), so one step never overwrites another;
`last_update` tells an update that arrives after a newer one of its chat. Rows from before start
at version 0.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_state_version"
down_revision = "0004_demo_marker"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversation_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("last_update", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversation_states", schema=None) as batch_op:
        batch_op.drop_column("last_update")
        batch_op.drop_column("version")

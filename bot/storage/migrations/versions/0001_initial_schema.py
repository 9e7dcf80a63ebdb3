"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 07:18:01.720843
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_points",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("street", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=100), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("opening_hours", sa.Text(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "conversation_states",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("conversation_states", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_states_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "topics",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("topics_text", sa.JSON(), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("contact_point_id", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("schedule", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_point_id"],
            ["contact_points.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_groups_contact_point_id"), ["contact_point_id"], unique=False)

    op.create_table(
        "group_topics",
        sa.Column("group_id", sa.String(length=100), nullable=False),
        sa.Column("topic_id", sa.String(length=100), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("matched", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
        ),
        sa.PrimaryKeyConstraint("group_id", "topic_id"),
    )
    with op.batch_alter_table("group_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_topics_topic_id"), ["topic_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("group_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_topics_topic_id"))

    op.drop_table("group_topics")
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_groups_contact_point_id"))

    op.drop_table("groups")
    op.drop_table("topics")
    op.drop_table("settings")
    with op.batch_alter_table("conversation_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_states_updated_at"))

    op.drop_table("conversation_states")
    op.drop_table("contact_points")

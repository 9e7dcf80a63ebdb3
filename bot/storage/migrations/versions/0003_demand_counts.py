"""the demand report's counters

Revision ID: 0003_demand_counts
Revises: 0002_state_key
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_demand_counts"
down_revision = "0002_state_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demand_counts",
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("contact_point", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week", "contact_point", "source", "topic", "role", "outcome"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("demand_counts")

"""demo records are marked, so that any import removes them; demo records loaded before are marked too

Revision ID: 0004_demo_marker
Revises: 0003_demand_counts
Create Date: 2026-11-29 23:04:51.224044
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_demo_marker"
down_revision = "0003_demand_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("contact_points", "groups"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("demo", sa.Boolean(), server_default=sa.false(), nullable=False))
        rows = sa.table(table, sa.column("id"), sa.column("name"), sa.column("demo", sa.Boolean()))
        op.execute(rows.update().where(rows.c.id.like("demo-%"), rows.c.name.like("[DEMO]%")).values(demo=True))


def downgrade() -> None:
    for table in ("groups", "contact_points"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("demo")

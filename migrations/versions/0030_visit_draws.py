"""visit draws: a service may give dates by a draw among the requests of a day (optionally the
soonest end of legal stay first); each draw keeps its seed and the order it gave; a request keeps
the half-days the person cannot come and the day their stay ends

Revision ID: 30c8d2f4b6a1
Revises: 29b7c3e5a1d8
Create Date: 2026-12-05 18:30:00

"""

import sqlalchemy as sa
from alembic import op

revision = "30c8d2f4b6a1"
down_revision = "29b7c3e5a1d8"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "visit_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.String(length=32), nullable=False),
        sa.Column("priority_by_stay", sa.Boolean(), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("order", sa.JSON(), nullable=False),
        sa.Column("given", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["visit_service.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("cannot", sa.JSON(), server_default="[]", nullable=False))
        batch.add_column(sa.Column("stay_ends_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("draw_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_visit_draw_id", "visit_draw", ["draw_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("visit_service") as batch:
        batch.add_column(sa.Column("stay_priority", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table("visit_service") as batch:
        batch.drop_column("stay_priority")
    with op.batch_alter_table("visit") as batch:
        batch.drop_constraint("fk_visit_draw_id", type_="foreignkey")
        batch.drop_column("draw_id")
        batch.drop_column("stay_ends_on")
        batch.drop_column("cannot")
    op.drop_table("visit_draw")

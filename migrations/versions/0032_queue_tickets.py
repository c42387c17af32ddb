"""queue tickets: the built-in queue at the service points, and the last number per service and day

Revision ID: 32a4c6e8f0b2
Revises: 31e5a7c9d2b4
Create Date: 2026-12-05 19:30:00

"""

import sqlalchemy as sa
from alembic import op

revision = "32a4c6e8f0b2"
down_revision = "31e5a7c9d2b4"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "queue_ticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=24), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("letter", sa.String(length=1), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("for_counter_id", sa.Integer(), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("calls", sa.SmallInteger(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("first_called_at", sa.DateTime(), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("state IN ('waiting', 'called', 'serving', 'done', 'no-show')", name="ck_queue_ticket_state"),
        sa.CheckConstraint("kind IN ('booked', 'walk-in')", name="ck_queue_ticket_kind"),
        sa.CheckConstraint("calls BETWEEN 0 AND 3", name="ck_queue_ticket_calls"),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_point.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["service_id"], ["visit_service.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["for_counter_id"], ["visit_counter.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["counter_id"], ["visit_counter.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["clerk_id"], ["ab_user.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_id"),
        sa.UniqueConstraint("visit_id"),
        sa.UniqueConstraint("service_point_id", "day", "letter", "number", name="uq_queue_ticket_number"),
    )
    op.create_index("ix_queue_ticket_point_day_state", "queue_ticket", ["service_point_id", "day", "state"])
    op.create_table(
        "queue_ticket_number",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("letter", sa.String(length=1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_point.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service_point_id", "letter", "day", name="uq_queue_ticket_number_day"),
    )


def downgrade():
    op.drop_table("queue_ticket_number")
    op.drop_index("ix_queue_ticket_point_day_state", table_name="queue_ticket")
    op.drop_table("queue_ticket")

"""visits: services of the service points, their weekly plans, counters and closures, the released slots
with their places, and the visits booked into them

Revision ID: 29b7c3e5a1d8
Revises: 28e4b6c1d2f0
Create Date: 2026-12-05 17:30:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "29b7c3e5a1d8"
down_revision = "28e4b6c1d2f0"
branch_labels = None
depends_on = None


def upgrade():

    op.create_table(
        "visit_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.SmallInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_point.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service_point_id", "number", name="uq_visit_counter_number"),
    )
    op.create_table(
        "visit_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("letter", sa.String(length=1), nullable=False),
        sa.Column("duration_minutes", sa.SmallInteger(), nullable=False),
        sa.Column("needs", sa.String(length=16), nullable=False),
        sa.Column("form_codes", sa.JSON(), nullable=False),
        sa.Column("case_type_codes", sa.JSON(), nullable=False),
        sa.Column("walk_ins", sa.Boolean(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("lead_hours", sa.Integer(), nullable=False),
        sa.Column("horizon_days", sa.Integer(), nullable=False),
        sa.Column("cutoff_hours", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("name_pl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=True),
        sa.Column("name_ru", sa.String(length=200), nullable=True),
        sa.Column("name_uk", sa.String(length=200), nullable=True),
        sa.Column("bring_pl", sa.Text(), nullable=True),
        sa.Column("bring_en", sa.Text(), nullable=True),
        sa.Column("bring_ru", sa.Text(), nullable=True),
        sa.Column("bring_uk", sa.Text(), nullable=True),
        sa.CheckConstraint("mode IN ('choose', 'allocate')", name="ck_visit_service_mode"),
        sa.CheckConstraint("needs IN ('application', 'case', 'either')", name="ck_visit_service_needs"),
        sa.CheckConstraint("duration_minutes BETWEEN 5 AND 240", name="ck_visit_service_duration"),
        sa.CheckConstraint(
            "lead_hours >= 0 AND horizon_days >= 1 AND cutoff_hours >= 0", name="ck_visit_service_times"
        ),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_point.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service_point_id", "code", name="uq_visit_service_code"),
        sa.UniqueConstraint("service_point_id", "letter", name="uq_visit_service_letter"),
    )
    op.create_table(
        "visit_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts", sa.String(length=5), nullable=True),
        sa.Column("ends", sa.String(length=5), nullable=True),
        sa.Column("reason_pl", sa.String(length=200), nullable=True),
        sa.Column("reason_en", sa.String(length=200), nullable=True),
        sa.Column("reason_ru", sa.String(length=200), nullable=True),
        sa.Column("reason_uk", sa.String(length=200), nullable=True),
        sa.CheckConstraint("starts IS NULL OR ends IS NULL OR starts < ends", name="ck_visit_closure_order"),
        sa.ForeignKeyConstraint(["service_id"], ["visit_service.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_point.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit_closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_closure_day"), ["day"], unique=False)

    op.create_table(
        "visit_counter_service",
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["counter_id"], ["visit_counter.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["service_id"], ["visit_service.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("counter_id", "service_id"),
    )
    op.create_table(
        "visit_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts", sa.String(length=5), nullable=False),
        sa.Column("ends", sa.String(length=5), nullable=False),
        sa.Column("capacity", sa.SmallInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.CheckConstraint("capacity BETWEEN 1 AND 500", name="ck_visit_plan_capacity"),
        sa.CheckConstraint("starts < ends", name="ck_visit_plan_order"),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_visit_plan_weekday"),
        sa.ForeignKeyConstraint(["service_id"], ["visit_service.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "visit_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("capacity", sa.SmallInteger(), nullable=False),
        sa.Column("taken", sa.SmallInteger(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("taken >= 0 AND taken <= capacity", name="ck_visit_slot_places"),
        sa.ForeignKeyConstraint(["service_id"], ["visit_service.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service_id", "starts_at", name="uq_visit_slot_time"),
    )
    with op.batch_alter_table("visit_slot", schema=None) as batch_op:
        batch_op.create_index("ix_visit_slot_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("booked_by_id", sa.Integer(), nullable=True),
        sa.Column("submission_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("held_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "state IN ('held', 'requested', 'confirmed', 'checked-in', 'served', 'cancelled', 'expired', 'no-show')",
            name="ck_visit_state",
        ),
        sa.CheckConstraint("submission_id IS NOT NULL OR case_id IS NOT NULL", name="ck_visit_about"),
        sa.ForeignKeyConstraint(["booked_by_id"], ["ab_user.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["ab_user.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["visit_service.id"],
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["visit_slot.id"],
        ),
        sa.ForeignKeyConstraint(["submission_id"], ["form_submission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_person", ["person_id", "created_at"], unique=False)
        batch_op.create_index("ix_visit_slot_state", ["slot_id", "state"], unique=False)
        batch_op.create_index(
            "uq_visit_active_case",
            ["service_id", "case_id"],
            unique=True,
            postgresql_where=sa.text(
                "state IN ('held', 'requested', 'confirmed', 'checked-in') AND case_id IS NOT NULL"
            ),
            sqlite_where=sa.text("state IN ('held', 'requested', 'confirmed', 'checked-in') AND case_id IS NOT NULL"),
        )
        batch_op.create_index(
            "uq_visit_active_submission",
            ["service_id", "submission_id"],
            unique=True,
            postgresql_where=sa.text(
                "state IN ('held', 'requested', 'confirmed', 'checked-in') AND submission_id IS NOT NULL"
            ),
            sqlite_where=sa.text(
                "state IN ('held', 'requested', 'confirmed', 'checked-in') AND submission_id IS NOT NULL"
            ),
        )


def downgrade():

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_visit_active_submission",
            postgresql_where=sa.text(
                "state IN ('held', 'requested', 'confirmed', 'checked-in') AND submission_id IS NOT NULL"
            ),
            sqlite_where=sa.text(
                "state IN ('held', 'requested', 'confirmed', 'checked-in') AND submission_id IS NOT NULL"
            ),
        )
        batch_op.drop_index(
            "uq_visit_active_case",
            postgresql_where=sa.text(
                "state IN ('held', 'requested', 'confirmed', 'checked-in') AND case_id IS NOT NULL"
            ),
            sqlite_where=sa.text("state IN ('held', 'requested', 'confirmed', 'checked-in') AND case_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_visit_slot_state")
        batch_op.drop_index("ix_visit_person")

    op.drop_table("visit")
    with op.batch_alter_table("visit_slot", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_slot_starts_at")

    op.drop_table("visit_slot")
    op.drop_table("visit_plan")
    op.drop_table("visit_counter_service")
    with op.batch_alter_table("visit_closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_closure_day"))

    op.drop_table("visit_closure")
    op.drop_table("visit_service")
    op.drop_table("visit_counter")

"""visit feeds: an employer's private calendar address of their employees' visits (the hash of its
secret only)

Revision ID: 31e5a7c9d2b4
Revises: 30c8d2f4b6a1
Create Date: 2026-12-05 18:40:00

"""

import sqlalchemy as sa
from alembic import op

revision = "31e5a7c9d2b4"
down_revision = "30c8d2f4b6a1"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "visit_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["employer_id"], ["ab_user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("employer_id"),
        sa.UniqueConstraint("token_hash"),
    )


def downgrade():
    op.drop_table("visit_feed")

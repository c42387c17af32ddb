"""phone confirmation codes: the hash of the code last sent to the account's phone number, when it
expires and how many wrong codes were typed (the code itself is never stored)

Revision ID: 27d1f3a9c5e7
Revises: 26c4a8e1f0b3
Create Date: 2026-12-05 15:40:00

"""

import sqlalchemy as sa
from alembic import op

revision = "27d1f3a9c5e7"
down_revision = "26c4a8e1f0b3"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("ab_user") as batch:
        batch.add_column(sa.Column("phone_code_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("phone_code_expires_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("phone_code_attempts", sa.Integer(), server_default="0", nullable=False))


def downgrade():
    with op.batch_alter_table("ab_user") as batch:
        batch.drop_column("phone_code_attempts")
        batch.drop_column("phone_code_expires_at")
        batch.drop_column("phone_code_hash")

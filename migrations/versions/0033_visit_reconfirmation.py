"""visit reconfirmation: after repeated no-shows a visit is confirmed again on the day before

Revision ID: 33b5d7f9a1c3
Revises: 32a4c6e8f0b2
Create Date: 2026-12-05 20:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "33b5d7f9a1c3"
down_revision = "32a4c6e8f0b2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("must_reconfirm", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column("reconfirmed_at", sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("reconfirmed_at")
        batch.drop_column("must_reconfirm")

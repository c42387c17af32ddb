"""job hand-over: the RQ job that carries a queued row (several rows may travel in one)

Revision ID: 28e4b6c1d2f0
Revises: 27d1f3a9c5e7
Create Date: 2026-12-05 16:40:00

"""

import sqlalchemy as sa
from alembic import op

revision = "28e4b6c1d2f0"
down_revision = "27d1f3a9c5e7"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("job") as batch:
        batch.add_column(sa.Column("handed_as", sa.String(length=40), nullable=True))


def downgrade():
    with op.batch_alter_table("job") as batch:
        batch.drop_column("handed_as")

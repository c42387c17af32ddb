"""canned text edits: when and by whom a ready text was saved in the back office (the seed then
leaves it as the office wrote it)

Revision ID: 26c4a8e1f0b3
Revises: 25b7e1c4d9a2
Create Date: 2026-12-05 15:20:00

"""

import sqlalchemy as sa
from alembic import op

revision = "26c4a8e1f0b3"
down_revision = "25b7e1c4d9a2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("message_canned_text") as batch:
        batch.add_column(sa.Column("edited_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("edited_by", sa.String(length=200), server_default="", nullable=False))


def downgrade():
    with op.batch_alter_table("message_canned_text") as batch:
        batch.drop_column("edited_by")
        batch.drop_column("edited_at")

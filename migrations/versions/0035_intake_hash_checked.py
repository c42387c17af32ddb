"""intake hash_matched may be empty: a number typed at the desk compares no code

Revision ID: 35d7f1b3c5e6
Revises: 34c6e8a0b2d4
Create Date: 2026-12-06 04:20:00

"""

import sqlalchemy as sa
from alembic import op

revision = "35d7f1b3c5e6"
down_revision = "34c6e8a0b2d4"
branch_labels = None
depends_on = None


def upgrade():
    # rows accepted before this say True for a typed number too: what was compared then is not known
    with op.batch_alter_table("form_intake") as batch:
        batch.alter_column("hash_matched", existing_type=sa.Boolean(), nullable=True)


def downgrade():
    intakes = sa.table("form_intake", sa.column("hash_matched", sa.Boolean))
    op.execute(sa.update(intakes).where(intakes.c.hash_matched.is_(None)).values(hash_matched=True))
    with op.batch_alter_table("form_intake") as batch:
        batch.alter_column("hash_matched", existing_type=sa.Boolean(), nullable=False)

"""form definition digest: the SHA-256 of a version's questionnaire, under which each process keeps
it once read (a version never changes)

Revision ID: 34c6e8a0b2d4
Revises: 33b5d7f9a1c3
Create Date: 2026-12-06 01:00:00

"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "34c6e8a0b2d4"
down_revision = "33b5d7f9a1c3"
branch_labels = None
depends_on = None

definitions = sa.table("form_definition", sa.column("id", sa.Integer), sa.column("data", sa.JSON))


def digest(data) -> str:
    # as app.forms.models.digest_of computes it (a migration keeps its own copy)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade():
    with op.batch_alter_table("form_definition") as batch:
        batch.add_column(sa.Column("digest", sa.String(64), nullable=True))
    connection = op.get_bind()
    digests = sa.table("form_definition", sa.column("id", sa.Integer), sa.column("digest", sa.String))
    for row in connection.execute(sa.select(definitions.c.id, definitions.c.data)).all():
        connection.execute(sa.update(digests).where(digests.c.id == row.id).values(digest=digest(row.data)))
    with op.batch_alter_table("form_definition") as batch:
        batch.alter_column("digest", existing_type=sa.String(64), nullable=False)


def downgrade():
    with op.batch_alter_table("form_definition") as batch:
        batch.drop_column("digest")

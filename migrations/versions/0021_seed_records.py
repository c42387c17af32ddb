"""seed records: what the seed last wrote into each row, so that a changed seed updates unedited rows

Revision ID: 5eed0021c0de
Revises: c3bc801af80f
Create Date: 2026-12-05 12:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '5eed0021c0de'
down_revision = 'c3bc801af80f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('seed_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('seed_hash', sa.String(length=64), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'key', name='uq_seed_record')
    )


def downgrade():
    op.drop_table('seed_record')

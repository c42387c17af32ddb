"""jobs: every job a row written with the data it concerns, relayed to RQ and recovered when lost

Revision ID: 10b50022c0de
Revises: 5eed0021c0de
Create Date: 2026-12-06 10:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '10b50022c0de'
down_revision = '5eed0021c0de'
branch_labels = None
depends_on = None


def _where(state):
    condition = sa.text(f"state = '{state}'")
    return {'postgresql_where': condition, 'sqlite_where': condition}


def upgrade():
    op.create_table('job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('args', sa.JSON(), nullable=False),
    sa.Column('kwargs', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('run_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('max_attempts', sa.Integer(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("state IN ('pending', 'queued', 'running', 'done', 'failed')", name='ck_job_state'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_job_due', 'job', ['run_at', 'id'], unique=False, **_where('pending'))
    op.create_index('ix_job_queued', 'job', ['queued_at'], unique=False, **_where('queued'))
    op.create_index('ix_job_lease', 'job', ['lease_until'], unique=False, **_where('running'))
    op.create_index('ix_job_finished_at', 'job', ['finished_at'], unique=False)


def downgrade():
    op.drop_index('ix_job_finished_at', table_name='job')
    op.drop_index('ix_job_lease', table_name='job')
    op.drop_index('ix_job_queued', table_name='job')
    op.drop_index('ix_job_due', table_name='job')
    op.drop_table('job')

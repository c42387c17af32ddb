"""case queue indexes: partial indexes over open cases, employer, change-time and closing-time
indexes, and the holders of a role

Revision ID: c3bc801af80f
Revises: 94640366e8c7
Create Date: 2026-11-24 08:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c3bc801af80f'
down_revision = '94640366e8c7'
branch_labels = None
depends_on = None

OPEN = sa.text("closed_at IS NULL")
CLOSED = sa.text("closed_at IS NOT NULL")
UNASSIGNED = sa.text("closed_at IS NULL AND clerk_id IS NULL")
FILTERS = ['case_type_id', 'status_id', 'service_point_id', 'filed_on']


def upgrade():
    with op.batch_alter_table('ab_user_role', schema=None) as batch_op:
        batch_op.create_index('ix_ab_user_role_role_id', ['role_id', 'user_id'], unique=False)
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.drop_index('ix_case_record_queue')
        batch_op.drop_index('ix_case_record_open_deadline')
        batch_op.drop_index('ix_case_record_employer_id')
        batch_op.create_index('ix_case_record_open_clerk', ['clerk_id', 'deadline', 'id'], unique=False,
                              postgresql_where=OPEN, sqlite_where=OPEN, postgresql_include=FILTERS)
        batch_op.create_index('ix_case_record_unassigned', ['deadline', 'id'], unique=False,
                              postgresql_where=UNASSIGNED, sqlite_where=UNASSIGNED, postgresql_include=FILTERS)
        batch_op.create_index('ix_case_record_open_deadline', ['deadline', 'id'], unique=False,
                              postgresql_where=OPEN, sqlite_where=OPEN, postgresql_include=FILTERS)
        batch_op.create_index('ix_case_record_open_status', ['status_id', 'deadline', 'id'], unique=False,
                              postgresql_where=OPEN, sqlite_where=OPEN, postgresql_include=FILTERS)
        batch_op.create_index('ix_case_record_employer', ['employer_id', 'public_changed_at', 'id'], unique=False,
                              postgresql_include=['applicant_id'])
        batch_op.create_index('ix_case_record_changed', ['status_changed_at', 'id'], unique=False)
        batch_op.create_index('ix_case_record_closed', ['closed_at'], unique=False,
                              postgresql_where=CLOSED, sqlite_where=CLOSED)


def downgrade():
    with op.batch_alter_table('ab_user_role', schema=None) as batch_op:
        batch_op.drop_index('ix_ab_user_role_role_id')
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.drop_index('ix_case_record_closed')
        batch_op.drop_index('ix_case_record_changed')
        batch_op.drop_index('ix_case_record_employer')
        batch_op.drop_index('ix_case_record_open_status')
        batch_op.drop_index('ix_case_record_open_deadline')
        batch_op.drop_index('ix_case_record_unassigned')
        batch_op.drop_index('ix_case_record_open_clerk')
        batch_op.create_index('ix_case_record_employer_id', ['employer_id'], unique=False)
        batch_op.create_index('ix_case_record_open_deadline', ['closed_at', 'deadline'], unique=False)
        batch_op.create_index('ix_case_record_queue', ['clerk_id', 'closed_at', 'deadline'], unique=False)

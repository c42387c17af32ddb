"""notifications: one row per e-mail or SMS with its delivery state, administrators' versions of
the templates, and the account's flags for an address or number refused for good

Revision ID: 25b7e1c4d9a2
Revises: 24ca5e3e55a9
Create Date: 2026-12-05 15:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '25b7e1c4d9a2'
down_revision = '24ca5e3e55a9'
branch_labels = None
depends_on = None

STATES = "'created', 'temporary-failure', 'sending', 'sent', 'delivered', 'permanent-failure', 'technical-failure'"


def upgrade():
    with op.batch_alter_table('ab_user') as batch:
        batch.add_column(sa.Column('email_failed_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('phone_failed_at', sa.DateTime(), nullable=True))
    op.create_table('notification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('our_id', sa.String(length=120), nullable=False),
    sa.Column('provider_id', sa.String(length=100), nullable=True),
    sa.Column('failure_reason', sa.String(length=200), nullable=True),
    sa.Column('expires_at', sa.DateTime(), nullable=True),
    sa.Column('fallback_of_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint(f"state IN ({STATES})", name='ck_notification_state'),
    sa.CheckConstraint("channel IN ('email', 'sms')", name='ck_notification_channel'),
    sa.ForeignKeyConstraint(['user_id'], ['ab_user.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['fallback_of_id'], ['notification.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('our_id')
    )
    op.create_index('ix_notification_case', 'notification', ['case_id', 'id'])
    op.create_index('ix_notification_state_created', 'notification', ['state', 'created_at'])
    op.create_index('ix_notification_user_id', 'notification', ['user_id'])
    op.create_index('ix_notification_provider_id', 'notification', ['provider_id'])
    op.create_table('notification_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['ab_user.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event', 'channel', 'language', 'version', name='uq_notification_template')
    )


def downgrade():
    op.drop_table('notification_template')
    op.drop_index('ix_notification_provider_id', table_name='notification')
    op.drop_index('ix_notification_user_id', table_name='notification')
    op.drop_index('ix_notification_state_created', table_name='notification')
    op.drop_index('ix_notification_case', table_name='notification')
    op.drop_table('notification')
    with op.batch_alter_table('ab_user') as batch:
        batch.drop_column('phone_failed_at')
        batch.drop_column('email_failed_at')

"""case messages: a thread per case between the applicant and the office, files attached to
replies, the office's canned texts, and what an account allows the office to tell it by e-mail
or SMS (with the time its phone number was confirmed)

Revision ID: 24ca5e3e55a9
Revises: 23c4a5e0d1f7
Create Date: 2026-12-08 09:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '24ca5e3e55a9'
down_revision = '23c4a5e0d1f7'
branch_labels = None
depends_on = None

UNREAD = sa.text('read_at IS NULL')


def upgrade():
    with op.batch_alter_table('ab_user') as batch:
        batch.add_column(sa.Column('notify_by_email', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch.add_column(sa.Column('notify_by_sms', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column('phone_confirmed_at', sa.DateTime(), nullable=True))
    op.create_table('case_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('annex_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('from_office', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('body_pl', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('canned_key', sa.String(length=60), nullable=True),
    sa.Column('email', sa.Boolean(), nullable=False),
    sa.Column('sms', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['annex_id'], ['form_annex.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['author_id'], ['ab_user.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['case_request.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_case_message_case', 'case_message', ['case_id', 'id'])
    op.create_index('ix_case_message_annex_id', 'case_message', ['annex_id'])
    op.create_index(
        'ix_case_message_unread', 'case_message', ['case_id', 'from_office'],
        postgresql_where=UNREAD, sqlite_where=UNREAD,
    )
    op.create_table('case_message_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('stored_name', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['case_message.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('stored_name')
    )
    op.create_index('ix_case_message_attachment_message_id', 'case_message_attachment', ['message_id'])
    op.create_table('message_canned_text',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('body', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )


def downgrade():
    op.drop_table('message_canned_text')
    op.drop_index('ix_case_message_attachment_message_id', table_name='case_message_attachment')
    op.drop_table('case_message_attachment')
    op.drop_index('ix_case_message_unread', table_name='case_message')
    op.drop_index('ix_case_message_annex_id', table_name='case_message')
    op.drop_index('ix_case_message_case', table_name='case_message')
    op.drop_table('case_message')
    with op.batch_alter_table('ab_user') as batch:
        batch.drop_column('phone_confirmed_at')
        batch.drop_column('notify_by_sms')
        batch.drop_column('notify_by_email')

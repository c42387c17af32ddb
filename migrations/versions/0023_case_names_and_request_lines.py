"""case names and request lines: the applicant's name as the application gives it (and every name
on it, folded, for the work queue's search), and the request each request line of a case's
history belongs to

Revision ID: 23c4a5e0d1f7
Revises: 10b50022c0de
Create Date: 2026-12-07 09:00:00

"""
import datetime as dt
import json
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '23c4a5e0d1f7'
down_revision = '10b50022c0de'
branch_labels = None
depends_on = None


def _json(value):
    return json.loads(value) if isinstance(value, str) else (value or {})


def _text(value):
    return " ".join(value.split()) if isinstance(value, str) else ""


def _names(definition, answers):
    """As app/forms/names.py read them when this revision was written."""
    found = []
    for section in definition.get("sections", []):
        keys = {spec["key"] for spec in section.get("fields", [])}
        given = answers.get(section["key"])
        if not isinstance(given, dict):
            continue
        surname = _text(given.get("surname")) if "surname" in keys else ""
        if surname:
            first = _text(given.get("given_names")) if "given_names" in keys else ""
            found.append(f"{surname}, {first}" if first else surname)
        elif "name" in keys and _text(given.get("name")):
            found.append(_text(given.get("name")))
    return found


def _fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def upgrade():
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applicant_name', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('name_key', sa.String(length=1000), server_default='', nullable=False))
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('request_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_case_event_request_id_case_request', 'case_request', ['request_id'], ['id'],
                                    ondelete='SET NULL')

    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT c.id, s.answers, d.data FROM case_record c JOIN form_submission s ON s.id = c.submission_id"
        " JOIN form_definition d ON d.id = s.definition_id"
    ))
    for case_id, answers, definition in rows.fetchall():
        names = _names(_json(definition), _json(answers))
        if names:
            connection.execute(
                sa.text("UPDATE case_record SET applicant_name = :name, name_key = :key WHERE id = :id"),
                {"name": names[0][:300], "key": _fold(" | ".join(names))[:1000], "id": case_id},
            )

    # each request gets its line in the history: the line written with it, or a new one at its time
    requests = connection.execute(sa.text(
        "SELECT r.id, r.case_id, r.created_at, r.by_name, c.status_id FROM case_request r"
        " JOIN case_record c ON c.id = r.case_id ORDER BY r.id"
    )).fetchall()
    for request_id, case_id, created_at, by_name, case_status in requests:
        at = created_at if isinstance(created_at, dt.datetime) else dt.datetime.fromisoformat(str(created_at))
        line = connection.execute(sa.text(
            "SELECT id FROM case_event WHERE case_id = :case AND kind = 'request' AND request_id IS NULL"
            " AND at BETWEEN :early AND :late ORDER BY id LIMIT 1"
        ), {"case": case_id, "early": at - dt.timedelta(seconds=2), "late": at + dt.timedelta(seconds=2)}).scalar()
        if line is not None:
            connection.execute(sa.text("UPDATE case_event SET request_id = :request WHERE id = :id"),
                               {"request": request_id, "id": line})
            continue
        status = connection.execute(sa.text(
            "SELECT status_id FROM case_event WHERE case_id = :case AND at <= :late ORDER BY at DESC, id DESC LIMIT 1"
        ), {"case": case_id, "late": at + dt.timedelta(seconds=2)}).scalar()
        connection.execute(sa.text(
            "INSERT INTO case_event (case_id, kind, status_id, at, by_name, internal_note, public_note, request_id)"
            " VALUES (:case, 'request', :status, :at, :by, '', '', :request)"
        ), {"case": case_id, "status": status or case_status, "at": at, "by": by_name, "request": request_id})


def downgrade():
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_constraint('fk_case_event_request_id_case_request', type_='foreignkey')
        batch_op.drop_column('request_id')
    # dropped in place: copying case_record, as a batch would on SQLite, could take its events and requests along
    op.drop_column('case_record', 'name_key')
    op.drop_column('case_record', 'applicant_name')

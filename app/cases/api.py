"""The REST API for the office's case-management system: read cases and submissions, push status
changes. API keys (or JWT) only, never the browser session; explicit fields, no user objects;
a pushed change is idempotent by the sender's event id."""

from __future__ import annotations

import datetime as dt
import re

from flask import g, request, send_file
from flask_appbuilder.api import BaseApi, expose, protect, safe
from marshmallow import Schema, ValidationError, fields, validate
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.cases import scans as case_scans
from app.cases import tracking
from app.cases.models import RESULTS, Case, ExternalEvent
from app.catalogue.models import CaseStatus
from app.clock import as_stored, utcnow
from app.extensions import db
from app.forms.models import Submission

PAGE = 100


class CaseSchema(Schema):
    signature = fields.String()
    case_type = fields.String()
    status = fields.String()
    public_status = fields.String()
    submission = fields.String()
    filed_on = fields.Date()
    appearance_on = fields.Date(allow_none=True)
    complete_on = fields.Date(allow_none=True)
    deadline = fields.Date(allow_none=True)
    suspended_on = fields.Date(allow_none=True)
    decision_on = fields.Date(allow_none=True)
    result = fields.String(allow_none=True)
    closed_at = fields.DateTime(allow_none=True)
    status_changed_at = fields.DateTime()


class SubmissionSchema(Schema):
    reference = fields.String()
    form = fields.String()
    form_version = fields.Integer()
    submission_mode = fields.String()
    submitted_at = fields.DateTime()
    filed_at = fields.DateTime(allow_none=True)
    content_hash = fields.String()
    answers = fields.Dict()


class ScanSchema(Schema):
    id = fields.Integer()
    name = fields.String()  # the name the applicant's file had, with the extension of its content
    description = fields.String()
    media_type = fields.String()
    size = fields.Integer()
    sha256 = fields.String()
    uploaded_at = fields.DateTime()


class StatusPushSchema(Schema):
    event_id = fields.String(required=True, validate=validate.Length(min=1, max=100))
    status = fields.String(required=True, validate=validate.Length(min=1, max=40))
    internal_note = fields.String(load_default="", validate=validate.Length(max=4000))
    public_note = fields.String(load_default="", validate=validate.Length(max=4000))
    result = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(RESULTS))


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """Times are kept in UTC without a zone; the API says so (RFC 3339)."""
    return value.replace(tzinfo=dt.UTC) if value is not None else None


def case_fields(case: Case) -> dict:
    """The schema's fields: the case's own columns of those names, and the codes and the PIO
    number in place of the related rows."""
    values = {name: getattr(case, name) for name in CaseSchema().fields if hasattr(Case, name)}
    values.update(
        case_type=case.case_type.code,
        status=case.status.code,
        public_status=case.public_status.code,
        submission=db.session.get(Submission, case.submission_id).reference,
        closed_at=utc(case.closed_at),
        status_changed_at=utc(case.status_changed_at),
    )
    return CaseSchema().dump(values)


def scan_fields(scan) -> dict:
    return ScanSchema().dump(
        {
            "id": scan.id,
            "name": case_scans.download_name(scan),
            "description": scan.description,
            "media_type": scan.media_type,
            "size": scan.size,
            "sha256": scan.sha256,
            "uploaded_at": utc(scan.uploaded_at),
        }
    )


class CaseApi(BaseApi):
    resource_name = "cases"
    class_permission_name = "CaseApi"
    method_permission_name = {
        "cases": "read",
        "case": "read",
        "scans": "read",
        "scan": "read",
        "submission": "read",
        "push_status": "write",
    }
    openapi_spec_tag = "Cases"
    openapi_spec_component_schemas = (CaseSchema, SubmissionSchema, ScanSchema, StatusPushSchema)
    allow_browser_login = False

    @expose("/", methods=["GET"])
    @protect()
    @safe
    def cases(self):
        """Cases, the most recently changed first.
        ---
        get:
          summary: Cases, the most recently changed first
          parameters:
          - in: query
            name: changed_since
            description: an ISO 8601 time; with its offset it is converted, without one it is read as UTC
            schema: {type: string, format: date-time}
          - in: query
            name: page
            schema: {type: integer, minimum: 1, maximum: 100000}
          responses:
            200:
              description: A page of cases
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      result: {type: array, items: {$ref: '#/components/schemas/CaseSchema'}}
            400: {$ref: '#/components/responses/400'}
            401: {$ref: '#/components/responses/401'}
        """
        page = request.args.get("page", "1")
        # ASCII digits only: str.isdigit() also takes "²", which int() refuses, and int() refuses over 4,300 digits
        if not re.fullmatch(r"[0-9]{1,6}", page) or not 1 <= int(page) <= 100_000:
            return self.response_400(message="page must be a whole number from 1")
        query = select(Case)
        since = request.args.get("changed_since")
        if since:
            try:
                query = query.where(Case.status_changed_at >= as_stored(dt.datetime.fromisoformat(since)))
            except (ValueError, OverflowError):  # OverflowError: an offset that moves it out of the years 1-9999
                return self.response_400(message="changed_since must be an ISO date and time")
        query = query.order_by(Case.status_changed_at.desc(), Case.id.desc()).limit(PAGE).offset((int(page) - 1) * PAGE)
        return self.response(200, result=[case_fields(case) for case in db.session.scalars(query)])

    @expose("/<signature>", methods=["GET"])
    @protect()
    @safe
    def case(self, signature):
        """One case by its signature.
        ---
        get:
          summary: One case by its signature
          parameters:
          - in: path
            name: signature
            required: true
            schema: {type: string, minLength: 1, maxLength: 60, pattern: '^[^\\x00]+$'}
          responses:
            200:
              description: The case
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      result: {$ref: '#/components/schemas/CaseSchema'}
            400: {$ref: '#/components/responses/400'}
            401: {$ref: '#/components/responses/401'}
            404: {$ref: '#/components/responses/404'}
        """
        found = db.session.scalar(select(Case).where(Case.signature == signature))
        if found is None:
            return self.response_404()
        return self.response(200, result=case_fields(found))

    @expose("/<signature>/scans", methods=["GET"])
    @protect()
    @safe
    def scans(self, signature):
        """The scans filed with the case's application.
        ---
        get:
          summary: The scans filed with the case's application
          parameters:
          - in: path
            name: signature
            required: true
            schema: {type: string, minLength: 1, maxLength: 60, pattern: '^[^\\x00]+$'}
          responses:
            200:
              description: The scans, in the order they were attached (none for a paper application)
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      result: {type: array, items: {$ref: '#/components/schemas/ScanSchema'}}
            400: {$ref: '#/components/responses/400'}
            401: {$ref: '#/components/responses/401'}
            404: {$ref: '#/components/responses/404'}
        """
        found = db.session.scalar(select(Case).where(Case.signature == signature))
        if found is None:
            return self.response_404()
        return self.response(200, result=[scan_fields(scan) for scan in case_scans.of(found)])

    @expose("/<signature>/scans/<int:scan_id>", methods=["GET"])
    @protect()
    @safe
    def scan(self, signature, scan_id):
        """One scan's file; each download is written to the case's access log.
        ---
        get:
          summary: One scan's file (written to the case's access log)
          parameters:
          - in: path
            name: signature
            required: true
            schema: {type: string, minLength: 1, maxLength: 60, pattern: '^[^\\x00]+$'}
          - in: path
            name: scan_id
            required: true
            schema: {type: integer, minimum: 0, maximum: 2147483647}
          responses:
            200:
              description: The file as the applicant attached it
              content:
                application/pdf: {schema: {type: string, format: binary}}
                image/jpeg: {schema: {type: string, format: binary}}
                image/png: {schema: {type: string, format: binary}}
            400: {$ref: '#/components/responses/400'}
            401: {$ref: '#/components/responses/401'}
            404: {$ref: '#/components/responses/404'}
        """
        found = db.session.scalar(select(Case).where(Case.signature == signature))
        scan = case_scans.of_case(found, scan_id) if found is not None else None
        if scan is None:
            return self.response_404()
        tracking.log_access(found, g.user, "download")
        return send_file(
            case_scans.path_of(scan),
            mimetype=scan.media_type,
            as_attachment=True,
            download_name=case_scans.download_name(scan),
            max_age=0,
        )

    @expose("/submission", methods=["GET"])
    @protect()
    @safe
    def submission(self):
        """A submitted application by its PIO number, with its frozen answers.
        ---
        get:
          summary: A submitted application by its PIO number
          parameters:
          - in: query
            name: reference
            required: true
            schema: {type: string, maxLength: 20, pattern: '^[^\\x00]*$'}
          responses:
            200:
              description: The submission
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      result: {$ref: '#/components/schemas/SubmissionSchema'}
            400: {$ref: '#/components/responses/400'}
            401: {$ref: '#/components/responses/401'}
            404: {$ref: '#/components/responses/404'}
        """
        reference = request.args.get("reference", "")  # a longer one matches nothing
        found = db.session.scalar(select(Submission).where(Submission.reference == reference))
        if found is None:
            return self.response_404()
        result = SubmissionSchema().dump(
            {
                "reference": found.reference,
                "form": found.definition.code,
                "form_version": found.definition.version,
                "submission_mode": found.submission_mode,
                "submitted_at": utc(found.submitted_at),
                "filed_at": utc(found.filed_at),
                "content_hash": found.content_hash,
                "answers": found.answers,
            }
        )
        return self.response(200, result=result)

    @expose("/<signature>/status", methods=["POST"])
    @protect()
    @safe
    def push_status(self, signature):
        """Change a case's status from the office's system; the same event id changes it once.
        ---
        post:
          summary: Change a case's status (idempotent by event_id)
          parameters:
          - in: path
            name: signature
            required: true
            schema: {type: string, minLength: 1, maxLength: 60, pattern: '^[^\\x00]+$'}
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/StatusPushSchema'}
          responses:
            200:
              description: The case after the change (or after the earlier delivery of the same event)
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      result: {$ref: '#/components/schemas/CaseSchema'}
            400: {$ref: '#/components/responses/400'}
            401: {$ref: '#/components/responses/401'}
            404: {$ref: '#/components/responses/404'}
            409:
              description: The change breaks the rules of case work, or the event id belongs to another case
        """
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return self.response_400(message="a JSON object is expected")
        try:
            data = StatusPushSchema().load(body)
        except ValidationError as error:
            return self.response_400(message=error.messages)
        found = db.session.scalar(select(Case).where(Case.signature == signature))
        if found is None:
            return self.response_404()
        earlier = db.session.scalar(select(ExternalEvent).where(ExternalEvent.event_id == data["event_id"]))
        if earlier is not None:
            if earlier.case_id != found.id:
                return self.response(409, message="this event id was used for another case")
            return self.response(200, result=case_fields(found))
        status = db.session.scalar(select(CaseStatus).where(CaseStatus.code == data["status"]))
        if status is None:
            return self.response_400(message=f"unknown status {data['status']}")
        try:
            with db.session.begin_nested():  # the event is recorded only with the change it brings
                db.session.add(ExternalEvent(event_id=data["event_id"], case_id=found.id, received_at=utcnow()))
                db.session.flush()
                tracking.change_status(
                    found, status.id, g.user, data["internal_note"], data["public_note"], data["result"]
                )
        except tracking.Refused as refused:
            return self.response(409, message=str(refused))
        except IntegrityError:  # the same event delivered twice at once: the first one counts
            return self.response(200, result=case_fields(found))
        return self.response(200, result=case_fields(found))

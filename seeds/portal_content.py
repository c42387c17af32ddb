"""The information portal's content from seeds/content/*.yaml: legal acts, questions and answers,
pages and announcements, published on first load and kept up to date with their seed under the
rule of seeds/records.py (an editor's change is never overwritten). Facts that are not verified
carry an editor's note saying what to check."""

from __future__ import annotations

from app.content.models import FaqEntry, LegalAct, NewsItem, Page
from app.extensions import db
from seeds import content_files, records

CONTENT = [
    (LegalAct, content_files.legal_acts, "legal act", "code"),
    (FaqEntry, content_files.questions, "question", "code"),
    (Page, content_files.pages, "page", "slug"),
    (NewsItem, content_files.announcements, "announcement", "code"),
]


def load() -> list[str]:
    report = []
    for model, entries, name, key in CONTENT:
        for values in entries():
            row = db.session.query(model).filter_by(**{key: values[key]}).one_or_none()
            _, outcome = records.publishable(
                model.content_type, values[key], values, row, lambda model=model, values=values: model(**values)
            )
            report.append(f"{name} {values[key]}: {outcome}")
    return report

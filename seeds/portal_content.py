"""Content of the information portal in four languages, published on first load.

An item is inserted when its code is missing; an item that exists is left as the editors keep
it. Facts that are not verified carry an editor's note saying what to check.
"""

from __future__ import annotations

from app.content import revisions
from app.content.models import FaqEntry, LegalAct, NewsItem, Page
from app.extensions import db
from seeds.content.faq_data import FAQ
from seeds.content.legal_acts_data import LEGAL_ACTS
from seeds.content.news_data import NEWS
from seeds.content.pages_data import PAGES

CONTENT = [
    (LegalAct, LEGAL_ACTS, "legal act", "code"),
    (FaqEntry, FAQ, "question", "code"),
    (Page, PAGES, "page", "slug"),
    (NewsItem, NEWS, "announcement", "code"),
]


def load() -> list[str]:
    report = []
    for model, rows, name, key in CONTENT:
        for data in rows:
            if db.session.query(model.id).filter_by(**{key: data[key]}).first():
                report.append(f"{name} {data[key]}: kept")
                continue
            item = model(**data)
            db.session.add(item)
            db.session.flush()
            revisions.publish(item, None)
            report.append(f"{name} {data[key]}: added and published")
    return report

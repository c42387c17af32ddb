"""Legal acts of the information portal, in four languages, published on first load.

Inserted when missing (by code); an act that exists is left as the editors keep it. Acts whose
Dziennik Ustaw reference is not verified carry an editor's note saying so.
"""

from __future__ import annotations

from app.content import revisions
from app.content.models import LegalAct
from app.extensions import db
from seeds.content.legal_acts_data import LEGAL_ACTS


def load() -> list[str]:
    report = []
    for data in LEGAL_ACTS:
        if db.session.query(LegalAct.id).filter_by(code=data["code"]).first():
            report.append(f"legal act {data['code']}: kept")
            continue
        act = LegalAct(**data)
        db.session.add(act)
        db.session.flush()
        revisions.publish(act, None)
        report.append(f"legal act {data['code']}: added and published")
    return report

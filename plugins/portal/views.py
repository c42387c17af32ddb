"""Public pages of the information portal."""

from flask import Blueprint, render_template

from app.content.models import TOPICS, LegalAct
from app.content.revisions import published
from app.offices.services import active_points, office_now, open_state
from app.web.i18n import current_language

bp = Blueprint("portal", __name__, template_folder="templates")


@bp.route("/service-points")
def service_points():
    now = office_now()
    points = [(point, open_state(point, now)) for point in active_points()]
    return render_template("portal/service_points.html", points=points, now=now, language=current_language())


@bp.route("/legal-acts")
def legal_acts():
    acts = sorted(
        published(LegalAct),
        key=lambda a: (list(TOPICS).index(a["topic"]) if a["topic"] in TOPICS else 99, a["position"]),
    )
    groups: dict[str, list] = {}
    for act in acts:
        groups.setdefault(act["topic"], []).append(act)
    return render_template("portal/legal_acts.html", groups=groups, language=current_language())

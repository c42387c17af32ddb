"""Public pages of the information portal."""

from flask import Blueprint, abort, get_template_attribute, render_template, request
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from app.catalogue import public
from app.catalogue.models import ApplicationForm, CaseType
from app.content.models import FAQ_TOPICS, TOPICS, FaqEntry, LegalAct, NewsItem, Page
from app.content.revisions import published
from app.content.search import MAX_QUERY, Document, search
from app.content.translation import pick
from app.offices.services import active_points, office_now, open_state
from app.web.i18n import current_language

bp = Blueprint("portal", __name__, template_folder="templates")


@bp.route("/service-points")
def service_points():
    now, language = office_now(), current_language()
    points = [(point, open_state(point, now, language)) for point in active_points()]
    return render_template("portal/service_points.html", points=points, now=now, language=language)


def by_topic(items: list[dict], topics: dict) -> dict[str, list[dict]]:
    """Published items grouped by topic, topics and items in their editorial order."""
    order = list(topics)

    def place(item: dict) -> tuple[int, int]:
        return (order.index(item["topic"]) if item["topic"] in order else len(order), item["position"])

    groups: dict[str, list[dict]] = {}
    for item in sorted(items, key=place):
        groups.setdefault(item["topic"], []).append(item)
    return groups


@bp.route("/legal-acts")
def legal_acts():
    groups = by_topic(published(LegalAct), TOPICS)
    return render_template("portal/legal_acts.html", groups=groups, language=current_language())


@bp.route("/faq")
def faq():
    groups = by_topic(published(FaqEntry), FAQ_TOPICS)
    kinds = {kind["code"]: kind for kind in public.case_types()}
    return render_template("portal/faq.html", groups=groups, kinds=kinds, language=current_language())


def _documents() -> list[Document]:
    documents = [
        Document(_l("Legal act"), f"/legal-acts#act-{d['code']}", "title", "summary", d, LegalAct.content_type)
        for d in published(LegalAct)
    ]
    documents += [
        Document(_l("Question"), f"/faq#faq-{d['code']}", "question", "answer", d, FaqEntry.content_type)
        for d in published(FaqEntry)
    ]
    documents += [
        Document(_l("Page"), f"/info/{d['slug']}", "title", "body", d, Page.content_type) for d in published_pages()
    ]
    documents += [
        Document(_l("Announcement"), f"/news/{d['code']}", "title", "body", d, NewsItem.content_type)
        for d in latest_news()
    ]
    documents += [
        Document(_l("Kind of case"), f"/cases/{d['code']}", "name", "description", d, CaseType.content_type)
        for d in public.case_types()
    ]
    documents += [
        Document(
            _l("Application form"),
            f"/forms/{form['code']}",
            "title",
            "instructions",
            form,
            ApplicationForm.content_type,
        )
        for form, _case_type in public.forms()
    ]
    for point in active_points(with_hours=False):
        names = {f"name_{code}": getattr(point, f"name_{code}") for code in ("pl", "en", "ru", "uk")}
        address = f"{point.street}, {point.postal_code} {point.city}"
        documents.append(
            Document(
                _l("Service point"),
                f"/service-points#point-{point.code}",
                "name",
                "address",
                {**names, "address_pl": address},
            )
        )
    return documents


@bp.route("/search")
def search_page():
    query = request.args.get("q", "")[:MAX_QUERY].strip()
    results = search(query, _documents(), current_language()) if query else []
    return render_template("portal/search.html", query=query, results=results, language=current_language())


def published_pages() -> list[dict]:
    return sorted(published(Page), key=lambda p: p["position"])


@bp.route("/info/<slug>")
def page(slug: str):
    data = next((p for p in published_pages() if p["slug"] == slug), None)
    if data is None:
        abort(404)
    return render_template("portal/page.html", data=data, language=current_language())


def footer_links() -> Markup:
    """The published pages, linked from every page's footer (privacy, accessibility statement…)."""
    language = current_language()
    links = [
        (f"/info/{p['slug']}", pick(p, "title", language)) for p in published_pages() if p.get("in_footer") is not False
    ]
    return get_template_attribute("portal/_footer_links.html", "footer_links")(links)


def latest_news() -> list[dict]:
    return sorted(published(NewsItem), key=lambda n: n["published_on"], reverse=True)


@bp.route("/news")
def news():
    return render_template("portal/news.html", items=latest_news(), language=current_language())


@bp.route("/news/<code>")
def news_item(code: str):
    data = next((n for n in latest_news() if n["code"] == code), None)
    if data is None:
        abort(404)
    return render_template("portal/news_item.html", data=data, language=current_language())

"""The seeded case-type catalogue and its public pages: kinds of cases, formal requirements,
application forms."""

from __future__ import annotations

import re

import pytest

from app.catalogue import public
from app.catalogue.models import ApplicationForm, CaseStatus, CaseType
from app.extensions import db
from seeds.cases import case_type_data, check

CODES = ["TRP", "TRW", "BLU", "PRM", "LTR", "CHG", "CRD", "TRV", "VIS", "INV", "WRK", "KPL"]
LANGUAGES = ["pl", "en", "ru", "uk"]


def page(client, path: str, language: str = "en") -> str:
    response = client.get(path, headers={"Accept-Language": language})
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def test_the_twelve_kinds_of_cases_are_seeded_complete_in_four_languages(app):
    kinds = db.session.query(CaseType).order_by(CaseType.position).all()
    assert [k.code for k in kinds] == CODES
    for kind in kinds:
        assert kind.published_revision_id is not None, kind.code
        assert kind.missing_languages == "—", kind.code
        assert len(kind.steps) >= 4, kind.code
        assert {r.kind for r in kind.requirements} >= {"document", "fee", "deadline"} or kind.code == "KPL", kind.code
        for item in [*kind.steps, *kind.requirements]:
            assert item.published_revision_id is not None and item.missing_languages == "—", (kind.code, item)
    forms = db.session.query(ApplicationForm).all()
    assert sorted(f.code for f in forms) == sorted(CODES)
    assert all(f.published_revision_id and f.missing_languages == "—" for f in forms)
    assert all(f.external_url.startswith("https://") for f in forms if f.submission_mode == "external")


def test_every_status_list_runs_from_filing_to_closing_through_the_kind_s_own_steps(app):
    for kind in db.session.query(CaseType):
        order = [line.status.code for line in kind.status_order]
        assert order[0] == "filed", kind.code
        assert order[-3:] == ["left-unexamined", "discontinued", "closed"], kind.code
        assert "deficiency-request" in order, kind.code
        steps = [line.step.position for line in kind.status_order]
        assert steps == sorted(steps), f"{kind.code}: the order goes back to an earlier step"
        assert all(line.step.case_type_id == kind.id for line in kind.status_order), kind.code
        published = public.case_page(kind.code).case_type["status_order"]
        assert [row[0] for row in published] == [line.status_id for line in kind.status_order], kind.code
        assert {line.step_id for line in kind.status_order} == {step.id for step in kind.steps}, kind.code


def test_the_status_types_carry_the_flags_case_tracking_needs(app):
    statuses = {s.code: s for s in db.session.query(CaseStatus)}
    assert {code for code, s in statuses.items() if s.final} >= {"left-unexamined", "discontinued", "closed"}
    assert not statuses["assigned"].visible and not statuses["supervisor-approval"].visible
    assert statuses["deficiency-request"].notify and statuses["deficiency-request"].action_uk
    assert not statuses["formal-check"].action_pl
    assert all(s.missing_languages == "—" for s in statuses.values())


def test_seed_data_naming_an_unknown_status_or_step_is_refused():
    data = case_type_data()[0]
    with pytest.raises(ValueError, match="unknown status 'no-such-status'"):
        check([{**data, "statuses": [("no-such-status", 1)]}])
    with pytest.raises(ValueError, match="missing step 99"):
        check([{**data, "statuses": [("filed", 99)]}])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_lists_every_kind_of_case_in_the_reader_s_language(client, language):
    html = page(client, "/cases", language)
    for code in CODES:
        assert f'href="/cases/{code}"' in html
    assert "not yet available in your language" not in html
    kind = db.session.query(CaseType).filter_by(code="TRP").one()
    assert getattr(kind, f"name_{language}") in html


def test_a_kind_of_case_shows_requirements_steps_statuses_deadline_and_its_questions(client):
    html = page(client, "/cases/TRP")
    kind = db.session.query(CaseType).filter_by(code="TRP").one()
    assert "The office should decide within 60 days" in html
    for step in kind.steps:
        assert step.title_en in html
    for requirement in kind.requirements:
        assert requirement.title_en in html
    shown = [line.status for line in kind.status_order if line.status.visible]
    hidden = [line.status for line in kind.status_order if not line.status.visible]
    assert all(s.name_en in html for s in shown)
    assert hidden and not any(s.name_en in html for s in hidden)
    assert "What you need to do now" in html
    assert 'href="/forms/TRP"' in html
    assert 'id="questions"' in html and "faq-" in html  # TRP has questions of its own


def test_fees_are_shown_with_amount_and_recipient_without_an_invented_account(client):
    html = page(client, "/cases/TRP")
    assert "340 zł" in html
    assert '<dd lang="pl">Gmina Wrocław' in html
    assert "<dt>Account</dt>" not in html  # no account number is seeded: none is made up
    assert html.count("Check the account number with the office before you pay") == 1


def test_an_unknown_kind_of_case_is_not_found(client):
    assert client.get("/cases/XYZ").status_code == 404
    assert client.get("/cases/<script>").status_code == 404
    assert client.get("/forms/XYZ").status_code == 404


def test_the_requirements_overview_links_every_kind_to_its_requirements(client):
    html = page(client, "/requirements")
    for code in CODES:
        assert f'href="/cases/{code}#requirements"' in html
    assert "NIE DOTYCZY" in html
    row = html.split('href="/cases/WRK#requirements"')[1].split("</tr>")[0]
    assert "200 / 400 / 800 zł" in row
    kpl = html.split('href="/cases/KPL#requirements"')[1].split("</tr>")[0]
    assert "17 zł" in kpl and "power of attorney" in kpl.lower()  # each fee says what it is for


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_forms_catalogue_leads_to_instructions_for_each_form(client, language):
    html = page(client, "/forms", language)
    links = set(re.findall(r'href="/forms/([A-Z]+)"', html))
    assert links == set(CODES)
    for code in links:
        assert 'class="prose"' in page(client, f"/forms/{code}", language)


def test_a_form_filed_in_a_national_system_links_to_it(client):
    html = page(client, "/forms/TRP")
    assert 'href="https://mos.cudzoziemcy.gov.pl' in html
    assert "national electronic system" in html
    paper = page(client, "/forms/VIS")
    assert "print it, sign it and bring it" in paper
    assert 'href="/service-points"' in paper


def test_the_home_page_leads_to_the_seven_parts(client):
    html = page(client, "/")
    for path in (
        "/legal-acts",
        "/requirements",
        "/info/organisation",
        "/service-points",
        "/cases",
        "/forms",
        "/info/about-the-panel",
    ):
        assert f'href="{path}"' in html.split("<main")[1], path


def test_internal_statuses_stay_out_of_the_reader_s_catalogue(app):
    view = public.case_page("TRP")
    lines = public.status_lines(view.case_type)
    assert any(not line.status["visible"] for line in lines)  # internal ones exist for case tracking
    listed = [s for step in view.steps for s in step.statuses] + view.unstepped
    assert listed and all(s["visible"] for s in listed)
    assert len(listed) == len([line for line in lines if line.status["visible"]])


def test_search_finds_kinds_of_cases_and_their_forms(client):
    kind = db.session.query(CaseType).filter_by(code="BLU").one()
    html = page(client, f"/search?q={kind.name_en}")
    assert 'href="/cases/BLU"' in html
    assert 'href="/forms/BLU"' in html


def test_the_rules_on_the_requirements_page_are_an_editors_page_kept_out_of_the_footer(client):
    from app.content.models import Page

    html = page(client, "/requirements")
    assert "in Latin printed capitals" in html.split("<main")[1]
    assert 'href="/faq#topic-formal-errors"' in html
    assert 'href="/info/formal-requirements"' not in html  # not in the footer
    rules = db.session.query(Page).filter_by(slug="formal-requirements").one()
    assert rules.in_footer is False and rules.published_revision_id is not None

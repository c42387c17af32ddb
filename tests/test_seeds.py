"""Seeds: roles and service points, safe to run again; demo accounts never in production."""

import pytest

from app.accounts.models import PortalUser
from app.extensions import db
from app.offices.models import ServicePoint
from seeds import run
from seeds.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from seeds.offices import ACCESSIBILITY
from seeds.roles import ROLES
from tests.factories import login
from tests.fixtures import build_app
from tests.settings import PRODUCTION_REDIS_URL


def role_permissions(app, name):
    role = app.appbuilder.sm.find_role(name)
    return {(p.view_menu.name, p.permission.name) for p in role.permissions}


def test_seeding_twice_changes_nothing(app):
    before = {name: role_permissions(app, name) for name in [*ROLES, "Admin"]}
    points = db.session.query(ServicePoint).count()
    report = run()
    assert "service point wroclaw: kept" in report
    assert db.session.query(ServicePoint).count() == points == 4
    assert {name: role_permissions(app, name) for name in [*ROLES, "Admin"]} == before


def test_seeding_again_keeps_the_catalogue_and_fills_only_missing_accessibility_notes(app):
    from app.catalogue.models import CaseType

    point = db.session.query(ServicePoint).filter_by(code="legnica").one()
    other = db.session.query(ServicePoint).filter_by(code="walbrzych").one()
    for key in ACCESSIBILITY:
        setattr(point, key, None)
    other.accessibility_en = "Edited by an editor."
    db.session.commit()
    try:
        report = run()
        assert "service point legnica: kept, accessibility notes added" in report
        assert "case type TRP: kept" in report
        assert point.accessibility_uk == ACCESSIBILITY["accessibility_uk"]
        assert other.accessibility_en == "Edited by an editor."
        assert db.session.query(CaseType).count() == 12
    finally:
        other.accessibility_en = ACCESSIBILITY["accessibility_en"]
        db.session.commit()


def test_every_role_exists_with_its_declared_permissions(app):
    assert role_permissions(app, "Applicant") == set()
    assert ("BackOffice", "can_index") in role_permissions(app, "Clerk")
    assert ("ServicePoints", "can_write") not in role_permissions(app, "Clerk")
    assert ("ServicePoints", "can_write") in role_permissions(app, "ContentEditor")
    assert ("List Users", "menu_access") in role_permissions(app, "Admin")


def test_a_role_edited_by_hand_is_put_back(app):
    role = app.appbuilder.sm.find_role("Clerk")
    role.permissions = []
    db.session.commit()
    run()
    assert ("BackOffice", "can_index") in role_permissions(app, "Clerk")


def test_an_unmatched_permission_pattern_stops_the_seed(app, monkeypatch):
    monkeypatch.setitem(ROLES, "Clerk", [("NoSuchView", "can_list")])
    with pytest.raises(ValueError, match="role Clerk: no permission matches 'NoSuchView'"):
        run()


def test_service_points_have_their_hours(app):
    wroclaw = db.session.query(ServicePoint).filter_by(code="wroclaw").one()
    assert wroclaw.postal_code == "50-153"
    assert [(h.weekday, h.opens, h.closes) for h in wroclaw.hours] == [
        (0, "09:00", "16:00"),
        (1, "09:00", "16:00"),
        (2, "08:00", "18:00"),
        (3, "09:00", "16:00"),
        (4, "09:00", "16:00"),
    ]


def test_demo_accounts_sign_in(app, client):
    run(demo=True)
    for account in DEMO_ACCOUNTS:
        fresh = app.test_client()
        assert login(fresh, account["email"], DEMO_PASSWORD).status_code == 302, account["email"]
    assert db.session.query(PortalUser).filter_by(email="employer@demo.przybysz.pl").one().nip == "8961000005"


def test_demo_accounts_are_refused_in_production(database, tmp_path):
    app = build_app(
        tmp_path, APP_ENV="production", PUBLIC_BASE_URL="https://przybysz.duw.example", REDIS_URL=PRODUCTION_REDIS_URL
    )
    result = app.test_cli_runner().invoke(args=["seed", "--demo"])
    assert result.exit_code != 0
    assert "refused when APP_ENV=production" in result.output
    with app.app_context():
        assert db.session.query(PortalUser).filter(PortalUser.email.like("%@demo.przybysz.pl")).count() == 0
        db.engine.dispose()

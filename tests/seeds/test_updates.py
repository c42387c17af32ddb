"""``flask seed`` against a running database: a changed seed file reaches the rows no editor has
changed since (and their public pages), an editor's change is left and reported, a second run
changes nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from app.catalogue.models import ApplicationForm, CaseStatus, CaseStep, CaseType, CaseTypeStatus, Requirement
from app.content.models import ContentRevision, FaqEntry, LegalAct, NewsItem, Page, SeedRecord
from app.extensions import db
from seeds import content_files

MODELS = [LegalAct, FaqEntry, Page, NewsItem, CaseStatus, CaseType, CaseStep, Requirement, ApplicationForm]
SKIPPED = {"id", "published_revision_id"}


@pytest.fixture
def data(app, tmp_path, monkeypatch):
    """The seeds read a copy of the content files, which a test changes; afterwards the seeded rows,
    their order of statuses, revisions and seed records are put back as they were."""
    copy = tmp_path / "content"
    shutil.copytree(content_files.FOLDER, copy)
    rows = {
        (model, row.id): {c.key: getattr(row, c.key) for c in model.__table__.columns if c.key not in SKIPPED}
        for model in MODELS
        for row in db.session.query(model)
    }
    published = {(model, row.id): row.published_revision_id for model in MODELS for row in db.session.query(model)}
    order = {line.id: (line.step_id, line.position) for line in db.session.query(CaseTypeStatus)}
    last_revision = db.session.scalar(select(func.max(ContentRevision.id)))
    seed_records = [
        {c.key: getattr(r, c.key) for c in SeedRecord.__table__.columns} for r in db.session.query(SeedRecord)
    ]
    monkeypatch.setattr(content_files, "FOLDER", copy)
    yield copy
    db.session.rollback()
    for (model, row_id), values in rows.items():
        row = db.session.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)
        row.published_revision_id = published[model, row_id]
    for line_id, (step_id, position) in order.items():
        line = db.session.get(CaseTypeStatus, line_id)
        line.step_id, line.position = step_id, position
    db.session.flush()
    db.session.execute(delete(ContentRevision).where(ContentRevision.id > last_revision))
    db.session.execute(delete(SeedRecord))
    db.session.add_all(SeedRecord(**values) for values in seed_records)
    db.session.commit()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def seed(app) -> list[str]:
    result = app.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    return result.output.splitlines()


def act() -> LegalAct:
    return db.session.query(LegalAct).filter_by(code="foreigners-act").one()


def test_a_changed_seed_file_reaches_the_row_and_its_public_page(app, client, data):
    edit(data / "legal_acts.yaml", "en: Act of 12 December 2013 on Foreigners\n", "en: The Foreigners Act of 2013\n")
    before = act().published_revision_id
    report = seed(app)
    assert "legal act foreigners-act: updated and published" in report
    assert "question how-to-file: kept" in report
    assert re.search(r"^content: 0 added, 1 updated, \d+ kept, 0 left$", "\n".join(report), re.M)
    assert act().title_en == "The Foreigners Act of 2013"
    assert act().published_revision_id != before
    assert "The Foreigners Act of 2013" in client.get("/legal-acts").get_data(as_text=True)
    assert "legal act foreigners-act: kept" in seed(app)


def test_a_row_changed_by_an_editor_is_left_and_reported(app, client, data):
    act().title_en = "Act on Foreigners (as the office words it)"
    db.session.commit()
    edit(data / "legal_acts.yaml", "en: Act of 12 December 2013 on Foreigners\n", "en: The Foreigners Act of 2013\n")
    report = seed(app)
    assert "legal act foreigners-act: left (changed by an editor)" in report
    assert act().title_en == "Act on Foreigners (as the office words it)"
    assert "legal act foreigners-act: left (changed by an editor)" in seed(app), "reported until resolved"


def test_an_unchanged_seed_keeps_an_editor_s_change_quietly(app, data):
    act().summary_en = "Edited."
    db.session.commit()
    assert "legal act foreigners-act: kept" in seed(app)
    assert act().summary_en == "Edited."


def test_seeding_twice_writes_nothing(app, data):
    seed(app)
    revisions = db.session.scalar(select(func.count(ContentRevision.id)))
    records = [(r.kind, r.key, r.seed_hash, r.row_hash, r.applied_at) for r in db.session.query(SeedRecord)]
    report = seed(app)
    assert re.search(r"^content: 0 added, 0 updated, \d+ kept, 0 left$", "\n".join(report), re.M)
    assert db.session.scalar(select(func.count(ContentRevision.id))) == revisions
    assert [(r.kind, r.key, r.seed_hash, r.row_hash, r.applied_at) for r in db.session.query(SeedRecord)] == records


def test_a_new_entry_is_added_and_published_and_an_entry_an_editor_deleted_stays_deleted(app, client, data):
    text = (data / "announcements.yaml").read_text(encoding="utf-8")
    entry = text[text.index("- code: work-permits-electronic") :]
    new = entry.replace("work-permits-electronic", "test-seeded-news").replace("'2025-06-01'", "'2026-12-01'")
    (data / "announcements.yaml").write_text(text + new, encoding="utf-8")
    assert "announcement test-seeded-news: added and published" in seed(app)
    assert client.get("/news/test-seeded-news").status_code == 200
    db.session.query(NewsItem).filter_by(code="test-seeded-news").delete()
    db.session.commit()
    assert "announcement test-seeded-news: left (deleted by an editor)" in seed(app)
    assert db.session.query(NewsItem).filter_by(code="test-seeded-news").count() == 0


def test_a_shared_block_reaches_every_kind_of_case_that_names_it(app, client, data):
    edit(data / "cases" / "shared.yaml", "      en: Filing in MOS\n", "      en: Filing in the MOS system\n")
    report = seed(app)
    assert "step TRP/1: updated and published" in report
    assert "step BLU/1: updated and published" in report
    assert "case type TRP: kept" in report
    assert "Filing in the MOS system" in client.get("/cases/TRP").get_data(as_text=True)


def test_a_changed_order_of_statuses_is_published_with_its_kind_of_case(app, client, data):
    edit(
        data / "cases" / "chg.yaml",
        "- {status: deficiency-request, step: 2}\n- {status: fee-request, step: 2}\n",
        "- {status: fee-request, step: 2}\n- {status: deficiency-request, step: 2}\n",
    )
    report = seed(app)
    assert "status order CHG: updated and published" in report
    assert "case type CHG: kept" in report
    kind = db.session.query(CaseType).filter_by(code="CHG").one()
    codes = [line.status.code for line in kind.status_order]
    assert codes.index("fee-request") < codes.index("deficiency-request")
    published = db.session.get(ContentRevision, kind.published_revision_id).data["status_order"]
    assert [row[0] for row in published] == [line.status_id for line in kind.status_order]


def test_a_row_from_before_seed_records_follows_its_seed_when_no_editor_changed_it(app, data):
    db.session.execute(delete(SeedRecord).where(SeedRecord.kind == "legal-act"))
    other = db.session.query(LegalAct).filter(LegalAct.code != "foreigners-act").order_by(LegalAct.id).first()
    other.summary_en = "Changed by an editor before seed records existed."
    db.session.commit()
    edit(data / "legal_acts.yaml", "en: Act of 12 December 2013 on Foreigners\n", "en: The Foreigners Act of 2013\n")
    report = seed(app)
    assert "legal act foreigners-act: updated and published" in report
    assert f"legal act {other.code}: left (changed by an editor)" in report
    assert act().title_en == "The Foreigners Act of 2013"

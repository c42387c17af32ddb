"""The migrations build exactly the schema the models declare (FAB's tables included)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_appbuilder import Model

from app.extensions import db


def test_models_and_migrations_agree(app):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, Model.metadata)
    assert differences == []


READS_THE_SETTING = """
from alembic import op

revision = "feedfacefeed"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE TABLE seen_setting AS SELECT foreign_keys AS value FROM pragma_foreign_keys")


def downgrade():
    op.execute("DROP TABLE seen_setting")
"""


def test_sqlite_migrations_run_with_foreign_keys_off(tmp_path):
    """A batch migration on SQLite copies a table and drops the old one; with foreign keys on, the drop would delete
    every row that cascades from it (a case's history with its case). A migration added after the last one reads the
    setting it runs under; afterwards the app's connections enforce foreign keys again."""
    import shutil
    import sqlite3
    from pathlib import Path

    import flask_migrate
    from alembic.script import ScriptDirectory

    from app import create_app

    migrations = tmp_path / "migrations"
    shutil.copytree(Path(__file__).resolve().parents[1] / "migrations", migrations)
    head = ScriptDirectory(str(migrations)).get_current_head()
    (migrations / "versions" / "9999_reads_the_setting.py").write_text(READS_THE_SETTING.replace("HEAD", head))
    path = tmp_path / "portal.db"
    app = create_app(
        {"MAIL_OUTBOX_DIR": str(tmp_path / "mail")},
        env={"APP_ENV": "development", "DATABASE_URL": f"sqlite:///{path}"},
    )
    with app.app_context():
        flask_migrate.upgrade(directory=str(migrations))
        assert db.session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        db.session.rollback()
        db.engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT value FROM seen_setting").fetchall() == [(0,)]

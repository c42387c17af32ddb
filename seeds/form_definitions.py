"""The twelve application forms (seeds/forms/*.yaml), loaded as version 1 and published when a
form has no version yet; a form that has versions is left as the administrators keep it."""

from __future__ import annotations

from pathlib import Path

from app.extensions import db
from app.forms import services
from app.forms.definitions import load_file
from app.forms.models import FormDefinition

FOLDER = Path(__file__).parent / "forms"


def files() -> list[Path]:
    return sorted(FOLDER.glob("*.yaml"))


def load() -> list[str]:
    report = []
    for path in files():
        data = load_file(path)  # a bad file stops the seed, naming the file and the entry
        if db.session.query(FormDefinition.id).filter_by(code=data["code"]).first():
            report.append(f"form {data['code']}: kept")
            continue
        definition = services.add_version(path.read_text(encoding="utf-8"), path.name, note="seeded")
        services.publish(definition)
        report.append(f"form {data['code']}: added and published (version 1)")
    return report

"""The office's ready texts for case threads from seeds/messages/canned_texts.yaml: a new key is
added, an existing one follows its seed (its position, title and texts in four languages) until
the office edits it in the back office."""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import select

from app.extensions import db
from app.messages.models import CannedText

SOURCE = Path(__file__).parent / "messages" / "canned_texts.yaml"
LANGUAGES = ("pl", "en", "ru", "uk")


def entries() -> list[dict]:
    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8")) or []
    for entry in data:
        for field in ("title", "body"):
            missing = [code for code in LANGUAGES if not (entry.get(field) or {}).get(code)]
            if missing:
                raise ValueError(f"{SOURCE.name}: {entry.get('key')}: {field} lacks {', '.join(missing)}")
    keys = [entry["key"] for entry in data]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{SOURCE.name}: a key is repeated")
    return data


def load() -> list[str]:
    report = []
    for position, entry in enumerate(entries()):
        row = db.session.scalar(select(CannedText).where(CannedText.key == entry["key"]))
        values = {"position": position, "kind": entry.get("kind", "message"), "title": entry["title"]}
        values["body"] = entry["body"]
        if row is None:
            db.session.add(CannedText(key=entry["key"], **values))
            report.append(f"canned text {entry['key']}: added")
        elif row.edited_at is not None:
            continue  # the office's own wording, saved in the back office, stays
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            report.append(f"canned text {entry['key']}: updated")
    db.session.flush()
    return report

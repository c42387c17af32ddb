"""Job functions the job tests enqueue (jobs must be importable, module-level functions)."""

from pathlib import Path

from flask import current_app

CALLS: list[str] = []


def record(note: str) -> None:
    CALLS.append(note)
    Path(current_app.config["MAIL_OUTBOX_DIR"]).mkdir(parents=True, exist_ok=True)
    (Path(current_app.config["MAIL_OUTBOX_DIR"]) / f"{note}.done").write_text(note)


def fail() -> None:
    raise RuntimeError("job failed on purpose")

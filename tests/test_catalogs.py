"""The pl, ru and uk catalogs: complete, not fuzzy, with the same placeholders, and current
with the code (every string of the portal and of Flask-AppBuilder is in them)."""

import subprocess
import sys
from pathlib import Path

import flask_appbuilder
import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["pl", "ru", "uk"]


def catalog(language: str):
    with (ROOT / "translations" / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f)


@pytest.fixture(scope="module")
def extracted_ids(tmp_path_factory) -> set[str]:
    pot = tmp_path_factory.mktemp("i18n") / "messages.pot"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "-q",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-k",
            "lazy_ngettext:1,2",
            "-o",
            str(pot),
            str(ROOT / "app"),
            str(ROOT / "plugins"),
            str(Path(flask_appbuilder.__file__).parent),
        ],
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as f:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    untranslated, fuzzy = [], []
    for message in catalog(language):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated.append(message.id)
        if message.fuzzy:
            fuzzy.append(message.id)
    assert untranslated == [], f"{language}: untranslated strings"
    assert fuzzy == [], f"{language}: fuzzy strings"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    problems = [(message.id, [str(e) for e in errors]) for message, errors in catalog(language).check() if errors]
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogs_are_current_with_the_code(language, extracted_ids):
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog(language) if m.id}
    missing = sorted(extracted_ids - known)
    assert missing == [], f"{language}: strings missing from the catalog; run `make i18n` and translate them"

"""The content files: every shipped file passes its schema and its cross-checks; a broken one is
refused with the file and the path of the bad entry."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from seeds import content_files
from seeds.content_files import FOLDER, ContentFileError

CODES = ["TRP", "TRW", "BLU", "PRM", "LTR", "CHG", "CRD", "TRV", "VIS", "INV", "WRK", "KPL"]


def test_every_shipped_file_passes_its_schema_and_cross_checks():
    assert len(content_files.legal_acts()) >= 10
    assert len(content_files.questions()) >= 50
    assert {page["slug"] for page in content_files.pages()} >= {"about-the-panel", "privacy", "formal-requirements"}
    assert content_files.announcements()
    assert len(content_files.statuses()) >= 15
    kinds = content_files.case_types()
    assert [kind["code"] for kind in kinds] == CODES
    assert sorted(path.name for path in (FOLDER / "cases").glob("*.yaml")) == sorted(
        [f"{code.lower()}.yaml" for code in CODES] + ["shared.yaml"]
    )


def test_every_shared_block_serves_several_kinds_of_cases():
    shared = yaml.safe_load((FOLDER / "cases" / "shared.yaml").read_text(encoding="utf-8"))
    uses = Counter()
    for path in (FOLDER / "cases").glob("*.yaml"):
        if path.name != "shared.yaml":
            uses.update(re.findall(r"shared: ([a-z0-9-]+)", path.read_text(encoding="utf-8")))
    for group in ("steps", "requirements", "status_lists"):
        for name in shared[group]:
            assert uses[name] >= 2, f"{group}/{name} is used by {uses[name]} kind(s) of cases"


@pytest.fixture
def copy(tmp_path):
    """A copy of the content files to break."""
    target = tmp_path / "content"
    shutil.copytree(FOLDER, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = [
    (
        "questions.yaml",
        "\n  case_type: TRP\n",
        "\n  case_type: trp\n",
        r"^questions\.yaml: \d+/case_type: 'trp' does not match",
        content_files.questions,
    ),
    (
        "legal_acts.yaml",
        "    en: Act of 12 December 2013 on Foreigners\n",
        "",
        r"^legal_acts\.yaml: 0/title: 'en' is a required property$",
        content_files.legal_acts,
    ),
    ("pages.yaml", "- slug: ", "- slug: Not A Slug\n  x: ", r"^pages\.yaml: 0", content_files.pages),
    (
        "announcements.yaml",
        "published_on: '2026-04-27'",
        "published_on: 27.04.2026",
        r"^announcements\.yaml: 0/published_on: '27\.04\.2026' does not match",
        content_files.announcements,
    ),
    (
        "statuses.yaml",
        "  visible: true\n",
        "  visible: yes please\n",
        r"^statuses\.yaml: 0/visible: ",
        content_files.statuses,
    ),
    (
        "cases/trp.yaml",
        "- shared: filing-in-mos\n",
        "- shared: no-such-step\n",
        r"^cases/trp\.yaml: steps/0/shared: no such block in cases/shared\.yaml: 'no-such-step'$",
        content_files.case_types,
    ),
    (
        "cases/chg.yaml",
        "- {status: summons, step: 3}\n",
        "- {status: summons, step: 9}\n",
        r"^cases/chg\.yaml: statuses/6: status 'summons' refers to missing step 9$",
        content_files.case_types,
    ),
    (
        "cases/chg.yaml",
        "- {status: summons, step: 3}\n",
        "- {status: no-such-status, step: 3}\n",
        r"^cases/chg\.yaml: statuses/6/status: unknown status 'no-such-status'$",
        content_files.case_types,
    ),
    (
        "cases/shared.yaml",
        "  - {status: summons, step: 4}\n",
        "  - {status: summons, step: 4}\n  - {status: summons, step: 4}\n",
        r"^cases/shared\.yaml: status_lists/temporary-residence/11/status: status 'summons' appears twice$",
        content_files.case_types,
    ),
    (
        "cases/kpl.yaml",
        "code: KPL\n",
        "code: KPX\n",
        r"^cases/kpl\.yaml: code: 'KPX' belongs in kpx\.yaml$",
        content_files.case_types,
    ),
    (
        "cases/vis.yaml",
        "  submission_mode: paper\n",
        "  submission_mode: external\n",
        r"^cases/vis\.yaml: form: 'external_url' is a required property$",
        content_files.case_types,
    ),
    ("cases/inv.yaml", "code: INV\n", "code: [INV\n", r"^cases/inv\.yaml: not valid YAML", content_files.case_types),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "message", "load"), BROKEN, ids=[b[0] + f"-{i}" for i, b in enumerate(BROKEN)]
)
def test_a_broken_file_is_refused_with_the_file_and_the_path_of_the_bad_entry(copy, name, old, new, message, load):
    edit(copy / name, old, new)
    with pytest.raises(ContentFileError, match=message):
        load(copy)


def test_a_code_given_twice_is_refused(copy):
    text = (copy / "announcements.yaml").read_text(encoding="utf-8")
    (copy / "announcements.yaml").write_text(
        text.replace("code: work-permits-electronic", "code: mos-residence-applications")
    )
    with pytest.raises(
        ContentFileError, match=r"^announcements\.yaml: 1/code: 'mos-residence-applications' appears twice$"
    ):
        content_files.announcements(copy)

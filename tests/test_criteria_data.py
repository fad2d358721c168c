"""A criterion's label, score cost and fix text live in its rule's TOML (issue 14): changing them on a
copy of the shipped rules changes the text output, the JSON report, the HTML report, the
web page and the Word copy, with no Python edit."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from jdlint.web.app import create_app

import jdlint.pipeline as pipeline
import jdlint.registry as registry_module
from jdlint.annotate import annotate_docx
from jdlint.cli import main
from jdlint.readers import read_text
from jdlint.registry import load
from jdlint.reports import render

RULES = Path(__file__).resolve().parent.parent / "rules"
LABEL = "Peers with lived experience help choose who is hired"  # invented for this test
FIX = "Two people with lived experience of our services will sit on every interview panel."  # likewise
# An invented advert: lived experience essential and named, all four principles, no
# clinical duty, and nothing about the selection process (peer-panel: not met).
ADVERT = """Peer Support Worker

You must have lived experience of mental health challenges: this is essential.
You will build mutual relationships, share your story purposefully, hold clear boundaries
and offer hope that recovery is possible.
"""


def copy_rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules folder to edit."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def make_default(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Load ``folder`` as the shipped rules, with the engines built again from it."""
    monkeypatch.setattr(registry_module, "_DEFAULT", load(folder))
    monkeypatch.setattr(pipeline, "_ENGINES", [])


@pytest.fixture
def edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The shipped rules with CS003's label, not-met cost and fix text changed, made the default."""
    folder = copy_rules(tmp_path)
    path = next(folder.glob("CS003*.toml"))
    text = path.read_text(encoding="utf-8")
    old_label = 'label = "Experienced peers on the interview panel"'
    assert old_label in text and "cost-not-met = 15" in text
    old_fix = 'panel = "The interview panel will include an experienced peer worker'
    assert old_fix in text
    text = text.replace(old_label, f'label = "{LABEL}"').replace("cost-not-met = 15", "cost-not-met = 40")
    text = text.replace(text[text.index(old_fix):].split("\n", 1)[0], f'panel = "{FIX}"')
    path.write_text(text, encoding="utf-8")
    make_default(folder, monkeypatch)
    return folder


def _score(data: dict) -> int:
    return data["files"][0]["score"]


def test_the_shipped_costs_and_label() -> None:
    result = CliRunner().invoke(main, ["check", "-", "--format", "json"], input=ADVERT)
    entry = json.loads(result.output)["files"][0]
    assert entry["criteria"]["peer-panel"]["verdict"] == "not-met"
    assert entry["score"] == 100 - 15 - min(30, sum({"error": 5, "warning": 3, "info": 1}[f["severity"]]
                                                     for f in entry["findings"] if not f["rule"].startswith("CS")))


def test_label_and_cost_come_from_the_rule_file(edited) -> None:
    runner = CliRunner()
    shipped = 100 - 15  # what peer-panel costs with the shipped rules, other findings aside
    data = json.loads(runner.invoke(main, ["check", "-", "--format", "json"], input=ADVERT).output)
    others = sum({"error": 5, "warning": 3, "info": 1}[f["severity"]]
                 for f in data["files"][0]["findings"] if not f["rule"].startswith("CS"))  # fmt: skip
    assert data["files"][0]["criteria"]["peer-panel"]["verdict"] == "not-met"
    assert data["files"][0]["criteria"]["peer-panel"]["fix"]["text"] == FIX
    assert _score(data) == max(0, shipped - 25 - min(30, others))  # 40 instead of 15

    text = runner.invoke(main, ["check", "-", "--no-progress"], input=ADVERT).output
    assert LABEL in text and "Experienced peers on the interview panel" not in text
    assert FIX in text

    report = pipeline.engine_for().check(read_text(ADVERT), role=None)
    html = render("html", [report])
    assert LABEL in html and "Experienced peers on the interview panel" not in html
    assert FIX in html

    page = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False}).test_client().post(
        "/check", data={"text": ADVERT, "role": "auto"})  # fmt: skip
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and LABEL in body
    assert "Experienced peers on the interview panel" not in body
    assert FIX in body

    word = docx.Document(io.BytesIO(annotate_docx(None, read_text(ADVERT), report)))
    comments = "\n".join(c.text for c in word.comments)
    assert LABEL in comments and "Experienced peers on the interview panel" not in comments
    assert FIX in comments


def test_a_missing_or_unknown_fix_reason_is_a_rule_error(tmp_path: Path) -> None:
    from jdlint.errors import RuleError

    folder = copy_rules(tmp_path)
    path = next(folder.glob("CS004*.toml"))
    shipped = path.read_text(encoding="utf-8")
    duty = next(line for line in shipped.splitlines() if line.startswith("duty = "))
    path.write_text(shipped.replace(duty + "\n", ""), encoding="utf-8")
    with pytest.raises(RuleError, match="fix reason 'duty' missing"):
        load(folder)
    path.write_text(shipped.replace(duty, duty + '\nchores = "Tidy the ward."'), encoding="utf-8")
    with pytest.raises(RuleError, match="unknown fix reason 'chores'"):
        load(folder)


def test_the_adjacent_professions_fix_follows_its_reason(edited_cs004) -> None:
    report = pipeline.engine_for().check(read_text(
        "Peer Support Worker\n\nYou must have lived experience of psychosis: this is essential.\n"
        "You will give medication on the ward.\n"), role="peer")  # fmt: skip
    verdict = report.verdict("adjacent-professions")
    assert verdict.verdict == "not-met" and verdict.fix.text == DUTY


DUTY = "Run the ward's peer support groups with the people who use them."  # invented for the test


@pytest.fixture
def edited_cs004(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = copy_rules(tmp_path)
    path = next(folder.glob("CS004*.toml"))
    text = path.read_text(encoding="utf-8")
    duty = next(line for line in text.splitlines() if line.startswith("duty = "))
    path.write_text(text.replace(duty, f'duty = "{DUTY}"'), encoding="utf-8")
    make_default(folder, monkeypatch)

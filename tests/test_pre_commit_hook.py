"""The pre-commit hook cannot be turned by a file name (issue 13, item 3).

pre-commit runs ``entry``, then ``args``, then the staged file names. Without a ``--`` a
file committed as ``--write-baseline=x.md`` was read as that option: a failing run
"Passed" (every finding recorded as known) and x.md was written. The entry ends with
``--``, so every file name is a path.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jdlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
ADVERT = "# Peer Support Worker\n\nLived experience of mental health challenges is desirable.\n"
TRAPS = ("--write-baseline=x.md", "--fail-on=error", "--format=json", "-o=out.txt", "--help")


def hook() -> dict:
    [entry] = [h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")) if h["id"] == "jdlint"]
    return entry


def test_the_hook_entry_ends_with_a_double_dash():
    entry = shlex.split(hook()["entry"])
    assert entry[:2] == ["jdlint", "check"] and entry[-1] == "--"
    assert not hook().get("args")  # args would come after the "--" and be read as file names


def test_the_example_config_keeps_the_double_dash_last():
    config = yaml.safe_load((ROOT / "examples" / "ci" / "pre-commit-config.yaml").read_text(encoding="utf-8"))
    for repo in config["repos"]:
        for h in repo["hooks"]:
            assert shlex.split(h["entry"])[-1] == "--" and not h.get("args"), h


def as_pre_commit_runs_it(files: list[str], entry: str | None = None) -> list[str]:
    """The command line pre-commit builds: the entry, the hook's args, the file names."""
    h = hook()
    return [*shlex.split(entry or h["entry"]), *h.get("args", []), *files][1:]  # without "jdlint"


@pytest.mark.parametrize("trap", TRAPS)
def test_a_file_named_like_an_option_is_checked_as_a_file(tmp_path, monkeypatch, trap):
    monkeypatch.chdir(tmp_path)
    Path(trap).write_text(ADVERT, encoding="utf-8")
    Path("psw.md").write_text(ADVERT, encoding="utf-8")
    argv = as_pre_commit_runs_it(["psw.md", trap])
    result = CliRunner().invoke(main, [*argv[:1], "--no-progress", "--format", "json", "--jobs", "1", *argv[1:]])
    assert result.exit_code == 1, result.output  # the findings still fail the commit
    assert {f["path"] for f in json.loads(result.stdout)["files"]} == {"psw.md", trap}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["psw.md", trap])  # nothing written


def test_flags_in_an_overridden_entry_still_work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("psw.md").write_text(ADVERT, encoding="utf-8")
    argv = as_pre_commit_runs_it(["psw.md"], entry="jdlint check --fail-on error --format json --")
    result = CliRunner().invoke(main, argv)
    assert json.loads(result.stdout)["files"][0]["path"] == "psw.md"


@pytest.mark.parametrize(("path", "left_out"), [
    ("README.md", True), ("docs/Readme.markdown", True), ("LICENSE.txt", True), ("LICENCE.md", True),
    ("CHANGELOG.md", True), ("CODE_OF_CONDUCT.md", True), ("code-of-conduct.md", True), ("SECURITY.md", True),
    ("CONTRIBUTING.md", True), ("node_modules/pkg/notes.md", True), ("venv/lib/notes.txt", True),
    (".github/PULL_REQUEST_TEMPLATE.md", True), (".github/ISSUE_TEMPLATE/bug.md", True),
    ("templates/peer-mentor.md", False), ("templates/readme-first-peer-worker.md", False),
    ("templates/licensed-peer-specialist.txt", False), ("templates/security-peer-mentor.docx", False),
    ("templates/lead.annotated.docx", False), ("environment/peer.md", False), ("a.b/peer.md", False),
])  # fmt: skip
def test_the_hook_leaves_out_what_a_folder_walk_leaves_out(path, left_out):
    import re

    h = hook()
    runs = bool(re.search(h["files"], path)) and not re.search(h["exclude"], path)  # as pre-commit decides
    assert runs is not left_out

"""Folder walks never read what a symbolic link leads out of the folder (issue 13, item 2).

A folder of adverts from a pull request holds ``passwd.txt -> /etc/passwd``,
``env.txt -> /proc/self/environ`` and ``x.md -> ../outside/secret.md``: none is read, each
is named on standard error as skipped, the run does not fail for them, and no report format
carries their content. A link to a file inside the folder is kept; a path named on the
command line is read wherever it leads.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint import batch
from jdlint.api import iter_files
from jdlint.cli import main
from jdlint.fswalk import Walk

ADVERT = "# Peer Support Worker\n\nLived experience of mental health challenges is essential.\n"
SECRET = "SECRET-TOKEN-4b1d9e"
PASSWD = "root:x:0:0"


@pytest.fixture
def planted(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.md").write_text(f"# Peer Support Worker {SECRET}\n\nThe key is {SECRET}.\n", encoding="utf-8")
    folder = tmp_path / "adverts"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text(ADVERT, encoding="utf-8")
    os.symlink("/etc/passwd", folder / "passwd.txt")
    os.symlink("/proc/self/environ", folder / "env.txt")
    os.symlink("../outside/secret.md", folder / "x.md")
    os.symlink("../../outside/secret.md", folder / "sub" / "deeper.md")
    os.symlink("../good.md", folder / "sub" / "inside.md")  # stays in the folder: kept
    return folder


def invoke(*args: str):
    return CliRunner().invoke(main, ["check", *args, "--jobs", "1", "--no-progress"])


OUT = {"x.md", "sub/deeper.md"}


def test_links_out_of_the_folder_are_skipped_with_a_note(planted):
    result = invoke("adverts", "--format", "json")
    alone = invoke("adverts/good.md", "adverts/sub/inside.md", "--format", "json")
    assert result.exit_code == alone.exit_code == 1, result.output  # findings; the skipped links add nothing
    paths = {os.path.relpath(f["path"], "adverts") for f in json.loads(result.stdout)["files"]}
    assert paths == {"good.md", "sub/inside.md"}
    notes = result.stderr.splitlines()
    assert "jdlint: adverts/passwd.txt: skipped: a symbolic link to a file outside adverts" in notes
    assert "jdlint: adverts/env.txt: skipped: a symbolic link into /proc" in notes
    assert "jdlint: adverts/x.md: skipped: a symbolic link to a file outside adverts" in notes
    assert "jdlint: adverts/sub/deeper.md: skipped: a symbolic link to a file outside adverts" in notes


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "csv", "html"])
def test_no_format_carries_what_the_links_point_to(planted, fmt):
    result = invoke("adverts", "--format", fmt)
    assert result.exit_code == 1, result.output  # the findings of good.md, no error
    for leaked in (SECRET, PASSWD, os.environ.get("HOME", "/root") + "\x00"):
        assert leaked not in result.stdout and leaked not in result.stderr


def test_a_path_named_on_the_command_line_is_read(planted):
    result = invoke("adverts/x.md", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    [entry] = json.loads(result.stdout)["files"]
    assert entry["error"] is None and "skipped" not in result.stderr


def test_collect_and_iter_files_agree(planted):
    skipped: list[str] = []
    tasks = batch.collect(["adverts"], skipped=skipped)
    assert sorted(os.path.relpath(t.path, "adverts") for t in tasks) == ["good.md", "sub/inside.md"]
    assert len(skipped) == 4
    seen: list[tuple[Path, str]] = []
    files = list(iter_files(["adverts"], on_skip=lambda p, why: seen.append((p, why))))
    assert sorted(os.path.relpath(p, "adverts") for p in files) == ["good.md", "sub/inside.md"]
    assert sorted(os.path.relpath(p, "adverts") for p, _ in seen) == ["env.txt", "passwd.txt", "sub/deeper.md", "x.md"]


def test_a_folder_reached_through_a_link_is_checked(planted, tmp_path):
    """The folder named may itself be a link: what is inside its real folder is inside."""
    os.symlink(planted, tmp_path / "alias")
    tasks = batch.collect([str(tmp_path / "alias")])
    assert sorted(Path(t.path).name for t in tasks) == ["good.md", "inside.md"]


def test_system_folders_are_never_walked_into(tmp_path):
    walk = Walk("/")
    assert walk.skip_folder("/proc") and walk.skip_folder("/sys") and walk.skip_folder("/dev")
    assert not walk.skip_folder("/etc")
    assert Walk("/").skip_file("/proc/self/environ") == "skipped: a symbolic link into /proc"
    # a folder checked inside one of them is the user's explicit choice
    assert Walk("/dev").skip_file("/dev/null") is None

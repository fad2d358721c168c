"""A folder walk over a repository of job templates checks the templates only.

A CI job runs ``jdlint check .`` at a repository's root. The walk must leave out what
ruff and flake8 leave out (a virtualenv, ``node_modules/``), the repository's furniture
(README, CHANGELOG, LICENSE, CONTRIBUTING, CODE_OF_CONDUCT, SECURITY) and the Word copies
jdlint wrote itself (``jdlint annotate``'s ``x.annotated.docx``, ``jdlint fix``'s
``x.fixed.docx``). Each named on the command line is still checked. Whole invented
adverts, through the real command line."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO

import pytest
from click.testing import CliRunner

from jdlint.cli import main

MENTOR = (
    "Peer Mentor (Community Recovery Team)\n\n"
    "You will use your own lived experience of mental distress to walk alongside people.\n"
    "Lived experience of mental distress is desirable.\n"
    "You will cover shifts on the ward when staffing is short.\n"
)
NAVIGATOR = (
    "# Peer Navigator\n\n"
    "## About you\n\n"
    "- Lived experience of homelessness is essential.\n"
    "- You will share your story with purpose, build mutual relationships and hold boundaries.\n\n"
    "Two peer navigators sit on the interview panel.\n"
)
FURNITURE_TEXT = "# Our templates\n\nPlease write every advert in plain words. Pull requests are welcome.\n"


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def checked(*args: str) -> tuple[list[str], str, int]:
    result = run("check", "-j", "1", "--no-progress", "--format", "json", *args)
    return [f["path"] for f in json.loads(result.stdout)["files"]], result.stderr, result.exit_code


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates" / "recovery").mkdir(parents=True)
    (tmp_path / "templates" / "mentor.txt").write_text(MENTOR, encoding="utf-8")
    (tmp_path / "templates" / "recovery" / "navigator.md").write_text(NAVIGATOR, encoding="utf-8")
    return tmp_path


TEMPLATES = ["templates/mentor.txt", "templates/recovery/navigator.md"]


# -- 1. virtualenvs and node_modules ---------------------------------------------------------


@pytest.mark.parametrize("folder", ["venv", "env", "py311"])
def test_a_virtualenv_that_is_not_hidden_is_not_walked(repo, folder):
    site = repo / folder / "lib" / "python3.11" / "site-packages" / "pkg-1.0.dist-info"
    site.mkdir(parents=True)
    (repo / folder / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.11.2\n", encoding="utf-8")
    (site / "LICENSE.txt").write_text("Permission is hereby granted, free of charge.\n", encoding="utf-8")
    (site / "top_level.txt").write_text("pkg\n", encoding="utf-8")
    (repo / folder / "notes.md").write_text(NAVIGATOR, encoding="utf-8")
    paths, notes, _ = checked(".")
    assert paths == TEMPLATES
    assert notes == ""
    # named on the command line, a file inside it is checked
    paths, _, _ = checked(f"{folder}/notes.md")
    assert paths == [f"{folder}/notes.md"]


def test_a_folder_named_venv_without_pyvenv_cfg_is_left_out_as_ruff_does(repo):
    (repo / "venv").mkdir()
    (repo / "venv" / "draft.txt").write_text(MENTOR, encoding="utf-8")
    assert checked(".")[0] == TEMPLATES


@pytest.mark.parametrize("where", ["node_modules", "site/node_modules"])
def test_node_modules_is_not_walked(repo, where):
    pkg = repo / where / "left-pad"
    pkg.mkdir(parents=True)
    (pkg / "README.md").write_text("# left-pad\n\nPads strings on the left.\n", encoding="utf-8")
    (pkg / "notes.md").write_text(NAVIGATOR, encoding="utf-8")
    assert checked(".")[0] == TEMPLATES
    assert checked(f"{where}/left-pad/notes.md")[0] == [f"{where}/left-pad/notes.md"]
    # a folder walk that starts inside one checks it: the user asked for it
    assert checked(f"{where}/left-pad")[0] == [f"{where}/left-pad/notes.md"]  # (README.md: furniture)
    assert checked(where)[0] == [f"{where}/left-pad/notes.md"]


# -- 2. repository furniture -----------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "README.md", "readme.txt", "CHANGELOG.md", "LICENSE.txt", "LICENCE.md", "CONTRIBUTING.md",
    "CODE_OF_CONDUCT.md", "SECURITY.md", "README.html", "CHANGES.md", "HISTORY.txt",
    "Readme.markdown", "AUTHORS.txt", "NOTICE.txt", "COPYING.txt", "GOVERNANCE.md", "pull_request_template.md",
])  # fmt: skip
def test_repository_furniture_is_not_an_advert_in_a_folder_walk(repo, name):
    (repo / name).write_text(FURNITURE_TEXT, encoding="utf-8")
    (repo / "templates" / name).write_text(FURNITURE_TEXT, encoding="utf-8")
    paths, notes, _ = checked(".")
    assert paths == TEMPLATES
    assert notes == ""
    # named on the command line, it is checked like any file
    paths, _, _ = checked(name, "templates/mentor.txt")
    assert paths == [name, "templates/mentor.txt"]


def test_an_advert_whose_name_only_starts_like_furniture_is_checked(repo):
    for name in ("readme-first-peer-worker.md", "licensed-peer-specialist.txt", "security-peer-mentor.md",
                 "changelog-peer-lead.txt"):
        (repo / "templates" / name).write_text(MENTOR, encoding="utf-8")
    paths, _, _ = checked("templates")
    assert "templates/licensed-peer-specialist.txt" in paths
    assert "templates/readme-first-peer-worker.md" in paths
    assert "templates/security-peer-mentor.md" in paths
    assert "templates/changelog-peer-lead.txt" in paths


def test_furniture_can_be_included_back_by_an_include_glob_naming_it(repo):
    (repo / "templates" / "README.md").write_text(NAVIGATOR, encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.jdlint]\ninclude = ["templates/README.md", "templates/**"]\n',
                                         encoding="utf-8")  # fmt: skip
    paths, _, _ = checked(".")
    assert paths == ["templates/README.md", *TEMPLATES]
    (repo / "pyproject.toml").write_text('[tool.jdlint]\ninclude = ["*.md", "*.txt"]\n', encoding="utf-8")
    assert checked(".")[0] == TEMPLATES  # a glob of every Markdown file does not name a README


# -- 3. the Word copies jdlint wrote ---------------------------------------------------------


def _last_modified_by(data: bytes) -> str:
    with zipfile.ZipFile(BytesIO(data)) as z:
        if "docProps/core.xml" not in z.namelist():
            return ""
        core = z.read("docProps/core.xml").decode("utf-8")
    return core.split("<cp:lastModifiedBy>")[1].split("<")[0] if "<cp:lastModifiedBy>" in core else ""


def _python_docx(lines: list[str]) -> bytes:
    import docx

    out = docx.Document()
    out.core_properties.author = "HR team"
    out.core_properties.last_modified_by = "A. Recruiter"
    for line in lines:
        out.add_paragraph(line)
    buffer = BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _bare_docx(lines: list[str]) -> bytes:
    from docx_factory import minimal, paragraph
    from docx_factory import run as text_run

    return minimal("".join(paragraph(text_run(line)) for line in lines))


@pytest.mark.parametrize("make", [_python_docx, _bare_docx])  # with and without core properties
def test_annotated_and_fixed_word_copies_are_skipped_in_a_folder_walk(repo, make):
    word = repo / "templates" / "lead.docx"
    word.write_bytes(make(MENTOR.splitlines()))
    assert run("annotate", "templates/lead.docx").exit_code == 0
    assert run("annotate", "templates/recovery/navigator.md").exit_code == 0
    assert run("fix", "templates/lead.docx").exit_code in (0, 1)
    copies = ["templates/lead.annotated.docx", "templates/lead.fixed.docx", "templates/recovery/navigator.annotated.docx"]
    for copy in copies:
        data = (repo / copy).read_bytes()
        assert _last_modified_by(data).startswith("jdlint "), copy  # the marker: core properties
    assert _last_modified_by(word.read_bytes()) in ("A. Recruiter", "")  # the input is untouched
    paths, notes, code = checked(".")
    assert paths == ["templates/lead.docx", *TEMPLATES]
    assert sorted(notes.splitlines()) == [
        "jdlint: templates/lead.annotated.docx: skipped: a Word copy jdlint annotate wrote, not an advert",
        "jdlint: templates/lead.fixed.docx: skipped: a Word copy jdlint fix wrote, not an advert",
        "jdlint: templates/recovery/navigator.annotated.docx: skipped: a Word copy jdlint annotate wrote, not an advert",
    ]
    assert code == 1  # the findings of the three adverts; the notes do not change it
    # named on the command line, a copy is checked: the revised advert is worth a look
    paths, notes, _ = checked("templates/lead.fixed.docx", "templates/lead.annotated.docx")
    assert paths == ["templates/lead.fixed.docx", "templates/lead.annotated.docx"]
    assert notes == ""
    # annotate and fix over the folder again leave jdlint's copies alone too
    again = run("annotate", "templates", "-o", "reviewed")
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in (repo / "reviewed").rglob("*.docx")) == ["lead.docx", "mentor.docx", "navigator.docx"]
    fixed = run("fix", "templates", "-o", "revised")
    assert "templates/lead.annotated.docx: skipped: a Word copy jdlint annotate wrote, not an advert" in fixed.output
    assert not any("annotated" in p.name or ".fixed.fixed" in p.name for p in (repo / "revised").rglob("*"))


def test_a_copy_saved_by_a_person_in_word_is_an_advert_again(repo):
    word = repo / "templates" / "lead.docx"
    word.write_bytes(_python_docx(MENTOR.splitlines()))
    run("fix", "templates/lead.docx")
    import docx

    adopted = docx.Document(str(repo / "templates" / "lead.fixed.docx"))
    adopted.core_properties.last_modified_by = "A. Recruiter"  # what Word does on save
    adopted.save(str(repo / "templates" / "lead.fixed.docx"))
    paths, notes, _ = checked("templates")
    assert paths == ["templates/lead.docx", "templates/lead.fixed.docx", *TEMPLATES]
    assert notes == ""


def test_a_word_advert_last_saved_by_a_person_named_jdlint_something_is_checked(repo):
    import docx

    out = docx.Document()
    out.core_properties.last_modified_by = "jdlint-admin"
    for line in MENTOR.splitlines():
        out.add_paragraph(line)
    out.save(str(repo / "templates" / "lead.docx"))
    assert checked(".")[0] == ["templates/lead.docx", *TEMPLATES]


# -- 4. named files, as pre-commit names them: --force-exclude -------------------------------


def _hook_argv(files: list[str]) -> list[str]:
    import shlex
    from pathlib import Path

    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [hook] = [h for h in hooks if h["id"] == "jdlint"]
    return [*shlex.split(hook["entry"]), *hook.get("args", []), *files][1:]  # without "jdlint"


@pytest.fixture
def named(repo):
    """A repository whose config checks templates/ only, and every kind of file a folder walk
    leaves out, as a commit would stage them."""
    (repo / "pyproject.toml").write_text('[tool.jdlint]\ninclude = ["templates/**"]\n', encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "style.md").write_text(NAVIGATOR, encoding="utf-8")
    (repo / "README.md").write_text(FURNITURE_TEXT, encoding="utf-8")
    (repo / ".github").mkdir()
    (repo / ".github" / "PULL_REQUEST_TEMPLATE.md").write_text("## What changed\n\nDescribe the advert.\n", encoding="utf-8")
    (repo / "tools" / "env").mkdir(parents=True)
    (repo / "tools" / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (repo / "tools" / "env" / "notes.txt").write_text(MENTOR, encoding="utf-8")
    (repo / "templates" / "lead.docx").write_bytes(_python_docx(MENTOR.splitlines()))
    assert run("annotate", "templates/lead.docx").exit_code == 0
    return ["README.md", ".github/PULL_REQUEST_TEMPLATE.md", "docs/style.md", "tools/env/notes.txt",
            "templates/lead.annotated.docx", "templates/mentor.txt"]  # fmt: skip


def test_the_hook_checks_the_named_files_a_folder_walk_would_check(named):
    argv = _hook_argv(named)
    result = run(*argv[:1], "-j", "1", "--no-progress", "--format", "json", *argv[1:])
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["templates/mentor.txt"]
    assert result.stderr.splitlines() == [
        "jdlint: templates/lead.annotated.docx: skipped: a Word copy jdlint annotate wrote, not an advert"]
    assert result.exit_code == 1  # the findings of the one advert


def test_force_exclude_is_a_flag_and_a_config_key(named, repo):
    paths, _, _ = checked("--force-exclude", *named)
    assert paths == ["templates/mentor.txt"]
    paths, _, _ = checked(*named)  # without it, every file named is checked
    assert paths == named
    (repo / "pyproject.toml").write_text('[tool.jdlint]\ninclude = ["templates/**"]\nforce-exclude = true\n', encoding="utf-8")
    paths, _, _ = checked(*named)
    assert paths == ["templates/mentor.txt"]
    only = run("check", "-j", "1", "--no-progress", "docs/style.md")
    assert only.exit_code == 0
    assert "nothing to check" in only.stderr
    (repo / "pyproject.toml").write_text('[tool.jdlint]\nforce-exclude = "yes"\n', encoding="utf-8")
    bad = run("check", "-j", "1", "--no-progress", "templates")
    assert bad.exit_code == 2
    assert "force-exclude" in bad.stderr and "Traceback" not in bad.stderr


# -- 5. the config file a CI maintainer writes -------------------------------------------------


@pytest.mark.parametrize("name", [".jdlint.toml", "jdlint.toml"])
def test_a_hidden_or_plain_jdlint_toml_is_the_config(repo, name):
    (repo / "docs").mkdir()
    (repo / "docs" / "style.md").write_text(NAVIGATOR, encoding="utf-8")
    (repo / name).write_text('include = ["templates/**"]\n', encoding="utf-8")
    assert checked(".")[0] == TEMPLATES
    (repo / "templates" / "recovery" / "sub").mkdir()
    (repo / name).write_text('include = ["templates/**"]\nfail_on = "error"\n', encoding="utf-8")
    result = run("check", "-j", "1", "--no-progress", "templates/recovery/sub")  # found upward
    assert result.exit_code == 2
    assert result.stderr.strip() == f"jdlint: config error: {name}: unknown key 'fail_on' (use dashes: fail-on)"


def test_jdlint_toml_wins_over_a_hidden_one_and_both_over_pyproject(repo):
    (repo / "pyproject.toml").write_text('[tool.jdlint]\nselect = ["XX"]\n', encoding="utf-8")
    (repo / ".jdlint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    result = run("check", "-j", "1", "--no-progress", "templates/recovery/navigator.md")
    assert result.exit_code == 0, result.output  # warnings only: .jdlint.toml's fail-on, not pyproject's bad select
    (repo / "jdlint.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert run("check", "-j", "1", "--no-progress", "templates/recovery/navigator.md").exit_code == 1


# -- 6. jdlint fix's text copies -------------------------------------------------------------


def test_a_text_copy_jdlint_fix_wrote_beside_its_advert_is_skipped_in_a_walk(repo):
    (repo / "templates" / "coach.html").write_text(
        "<html><body><h1>Peer Recovery Coach</h1><p>Lived experience of addiction is desirable.</p>"
        "<p>You will cover shifts on the ward when staffing is short.</p></body></html>", encoding="utf-8")  # fmt: skip
    for advert in ("templates/mentor.txt", "templates/recovery/navigator.md", "templates/coach.html"):
        assert run("fix", advert).exit_code in (0, 1)
    copies = ["templates/coach.fixed.html", "templates/mentor.fixed.txt", "templates/recovery/navigator.fixed.md"]
    assert all((repo / c).is_file() for c in copies)
    paths, notes, _ = checked(".")
    assert paths == ["templates/coach.html", *TEMPLATES]
    assert notes.splitlines() == [f"jdlint: {c}: skipped: a copy jdlint fix wrote of {c.replace('.fixed', '')}, not an advert"
                                  for c in copies]  # fmt: skip
    # named, a copy is checked; and with --force-exclude (pre-commit) it is skipped as in a walk
    assert checked("templates/mentor.fixed.txt")[0] == ["templates/mentor.fixed.txt"]
    paths, notes, _ = checked("--force-exclude", "templates/mentor.fixed.txt", "templates/mentor.txt")
    assert paths == ["templates/mentor.txt"]
    assert "templates/mentor.fixed.txt: skipped" in notes


def test_a_fixed_name_without_its_advert_beside_it_is_an_advert(repo):
    # the original was removed and the revised copy kept: it is the advert now
    (repo / "templates" / "mentor.txt").rename(repo / "templates" / "mentor.fixed.txt")
    (repo / "templates" / "broken.fixed.md").write_text(NAVIGATOR, encoding="utf-8")  # "broken.md" is not there
    (repo / "templates" / "fixed.md").write_text(NAVIGATOR, encoding="utf-8")
    paths, notes, _ = checked("templates")
    assert paths == ["templates/broken.fixed.md", "templates/fixed.md", "templates/mentor.fixed.txt",
                     "templates/recovery/navigator.md"]  # fmt: skip
    assert notes == ""


def test_an_advert_fixed_in_place_stays_an_advert(repo):
    word = repo / "templates" / "lead.docx"
    word.write_bytes(_python_docx(MENTOR.splitlines()))
    before = word.read_bytes()
    assert run("fix", "--in-place", "templates/lead.docx").exit_code in (0, 1)
    assert word.read_bytes() != before  # revised
    assert not _last_modified_by(word.read_bytes()).startswith("jdlint")
    paths, notes, _ = checked("templates")
    assert paths == ["templates/lead.docx", *TEMPLATES]
    assert notes == ""


def test_fix_takes_force_exclude_as_check_does(named, repo):
    """pre-commit names files to ``jdlint fix`` as to ``jdlint check``: with the flag (or the
    config key) only what a folder walk would fix is fixed; the rest is left alone."""
    fixed = run("fix", "--force-exclude", "-o", "out", "--", *named)
    assert sorted(p.name for p in (repo / "out").iterdir()) == ["mentor.fixed.txt"]
    assert "lead.annotated.docx: skipped: a Word copy jdlint annotate wrote" in fixed.stderr
    assert not (repo / "README.fixed.md").exists() and not (repo / "docs" / "style.fixed.md").exists()
    everything = run("fix", "-o", "all", "--", *named)  # without it, every file named is fixed
    assert "README.fixed.md" in {p.name for p in (repo / "all").iterdir()}, everything.output
    (repo / "pyproject.toml").write_text('[tool.jdlint]\ninclude = ["templates/**"]\nforce-exclude = true\n', encoding="utf-8")
    only = run("fix", "--diff", "docs/style.md", ".github/PULL_REQUEST_TEMPLATE.md")
    assert only.exit_code == 0 and "nothing to fix" in only.stderr and only.stdout == ""

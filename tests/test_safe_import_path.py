"""The processes jdlint starts import nothing from the current folder (issue 13, item 1).

``jdlint check`` is run (as a user runs it, the installed console script in a subprocess)
from a folder holding a ``spacy.py``, a ``docx.py``, a ``pdfplumber.py`` and a ``jdlint/``
package that each write a marker file when imported: the batch workers (fork server), the
PDF reader's child and the Dask workers must never import them, and the results must be
right.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jdlint.safepath import SAFE_PATH_ENV, safe_interpreters, strip_current_folder

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
JDLINT = Path(sys.executable).parent / "jdlint"
PLANTED = ("spacy.py", "docx.py", "pdfplumber.py", "jdlint/__init__.py")


def plant(folder: Path, marker: Path) -> None:
    """Modules that shadow real ones and write ``marker`` when imported."""
    for name in PLANTED:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"open({str(marker)!r}, 'a').write({name!r} + '\\n')\n", encoding="utf-8")


def adverts(folder: Path) -> Path:
    """A dozen adverts (three of each: Markdown, text, PDF, Word): enough for worker processes."""
    folder.mkdir()
    for source in ("good-peer-support-worker.md", "poor-peer-support-worker.txt",
                   "peer-recovery-specialist-us.pdf", "peer-support-lead.docx"):  # fmt: skip
        for n in range(3):
            shutil.copy(EXAMPLES / source, folder / f"{n}-{source}")
    return folder


def run_check(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in (SAFE_PATH_ENV, "PYTHONPATH")}
    return subprocess.run(
        [str(JDLINT), "check", *args, "--format", "json", "--no-progress"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def assert_checked(result: subprocess.CompletedProcess, marker: Path, count: int = 12) -> None:
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert not marker.exists(), f"imported from the current folder: {marker.read_text()}"
    files = json.loads(result.stdout)["files"]
    assert len(files) == count
    for entry in files:
        assert entry["error"] is None, (entry["path"], entry["error"])
        assert entry["role"]["kind"] in ("peer", "peer-senior", "other"), entry["path"]
    kinds = {Path(f["path"]).name.split("-", 1)[1]: f["role"]["kind"] for f in files}
    assert kinds["good-peer-support-worker.md"] == "peer"
    assert kinds["peer-support-lead.docx"].startswith("peer")


@pytest.fixture
def hostile_cwd(tmp_path):
    cwd = tmp_path / "work"
    cwd.mkdir()
    marker = tmp_path / "imported.txt"
    plant(cwd, marker)
    return cwd, marker, adverts(cwd / "adverts")


@pytest.mark.slow
def test_batch_workers_import_nothing_from_the_current_folder(hostile_cwd):
    cwd, marker, _ = hostile_cwd
    result = run_check(cwd, "adverts", "--jobs", "2")
    assert_checked(result, marker)


@pytest.mark.slow
def test_dask_workers_import_nothing_from_the_current_folder(hostile_cwd):
    pytest.importorskip("distributed")
    cwd, marker, _ = hostile_cwd
    result = run_check(cwd, "adverts", "--executor", "dask", "--jobs", "2")
    assert "Nanny failed" not in result.stderr
    assert_checked(result, marker)


def test_strip_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = ["", "/usr/lib/python3", ".", str(tmp_path), "/site-packages"]
    removed = strip_current_folder(path)
    assert path == ["/usr/lib/python3", "/site-packages"]
    assert removed == ["", ".", str(tmp_path)]


def test_strip_current_folder_keeps_where_jdlint_comes_from(monkeypatch):
    """A source checkout run with ``python -m jdlint``: that code runs already."""
    import jdlint

    own = str(Path(jdlint.__file__).resolve().parent.parent)
    monkeypatch.chdir(own)
    path = ["", own, "/elsewhere"]
    assert strip_current_folder(path) == []
    assert path == ["", own, "/elsewhere"]


def test_an_interpreter_started_inside_safe_interpreters_leaves_the_folder_off(tmp_path, monkeypatch):
    monkeypatch.delenv(SAFE_PATH_ENV, raising=False)
    (tmp_path / "shadow.py").write_text("print('shadowed')\n", encoding="utf-8")
    code = "import importlib.util, sys; print(importlib.util.find_spec('shadow') is not None)"
    plain = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert plain.stdout.strip() == "True"  # what Python does by itself
    with safe_interpreters():
        safe = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert safe.stdout.strip() == "False"
    assert SAFE_PATH_ENV not in os.environ  # put back as it was

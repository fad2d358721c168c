"""jdlint installed as users install it: a built wheel in a fresh venv (issue 13, item 8).

pre-commit and the GitHub Action ``pip install .``; run from the root of the checkout, the
batch workers used to import the checkout's ``jdlint/`` instead of the installed one and
every file failed with "No module named 'jdlint.rules'". Here the wheel is built from a copy
of the sources, installed without its dependencies into a venv that sees this venv's
packages (a ``.pth`` line; the editable jdlint here is not activated there) and run from
the checkout's root and from an empty folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("jdlint", "rules", "web", "pyproject.toml", "README.md")
ADVERTS = ("good-peer-support-worker.md", "poor-peer-support-worker.txt",
           "peer-recovery-specialist-us.pdf", "peer-support-lead.docx")  # fmt: skip


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH", "VIRTUAL_ENV")}
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``jdlint`` console script of a wheel installed into a fresh venv."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name, **({"ignore": shutil.ignore_patterns("__pycache__")} if copy is shutil.copytree else {}))
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(base / "wheel"), str(source))
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip().splitlines()[-1:]}")
    venv = base / "venv"
    made = run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = Path(run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    # This venv's packages (spaCy ...) without running its .pth files (the editable jdlint).
    (purelib / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    wheel = next((base / "wheel").glob("jdlint-*.whl"))
    done = run(sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel))
    assert done.returncode == 0, done.stderr
    where = run(str(python), "-c", "import jdlint; print(jdlint.__file__)", cwd=base).stdout.strip()
    assert where.startswith(str(purelib)), where  # the wheel's jdlint, not the checkout's
    return venv / "bin" / "jdlint"


def check(jdlint: Path, cwd: Path, *args: str) -> list[dict]:
    result = run(str(jdlint), "check", *args, "--format", "json", "--no-progress", cwd=cwd)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    files = json.loads(result.stdout)["files"]
    for entry in files:
        assert entry["error"] is None, (entry["path"], entry["error"])
    return files


@pytest.mark.slow
def test_the_examples_from_the_checkout_root_and_from_an_empty_folder(installed, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for cwd, target in ((ROOT, "examples"), (empty, str(ROOT / "examples"))):
        files = check(installed, cwd, target)
        assert {Path(f["path"]).name for f in files} == set(ADVERTS) | {"support-worker-other.html"}


@pytest.mark.slow
def test_a_folder_of_a_dozen_on_worker_processes_from_the_checkout_root(installed, tmp_path):
    """A dozen files: checked on worker processes, which import jdlint afresh."""
    folder = tmp_path / "adverts"
    folder.mkdir()
    for name in ADVERTS:
        for n in range(3):
            shutil.copy(ROOT / "examples" / name, folder / f"{n}-{name}")
    files = check(installed, ROOT, str(folder), "--jobs", "2")
    assert len(files) == 12
    assert all(f["role"]["kind"] for f in files)

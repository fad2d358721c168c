"""The benchmark suite's entry point runs end to end on a 3-document corpus and prints its tables.

No timing is asserted: only that every step ran and the report has its shape.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN_ALL = ROOT / "bench" / "run_all.py"

pytest.importorskip("fpdf", reason="the corpus generator needs fpdf2 (pip install -e '.[test]')")


@pytest.mark.slow
def test_run_all_quick_prints_a_table(tmp_path: Path) -> None:
    cmd = [
        sys.executable, str(RUN_ALL), "--quick", "--out", str(tmp_path),
        "--docs", "3", "--long", "2", "--jobs", "1", "--cold-runs", "1", "--repeat", "1",
        "--rss-docs", "10", "--profile-repeat", "2", "--skip", "peers,plumber,md",
    ]  # fmt: skip
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    out = run.stdout
    for heading in ("## Cold start", "## TXT throughput", "## DOCX throughput", "## PDF throughput",
                    "## PDF pages/s", "## Memory", "## In-process cost", "## Goals"):  # fmt: skip
        assert heading in out, f"{heading!r} missing from:\n{out}"
    assert "| figure" in out and "| goal" in out
    assert "import floor" in out and "jdlint check one .txt" in out
    assert "INVALID" not in out and "FAILED" not in out, out
    assert "jdlint/engine.py" in out  # the profile names where the time goes
    saved = json.loads((tmp_path / "results-quick.json").read_text(encoding="utf-8"))
    assert saved["goals"] and saved["figures"]["corpus"]["docs"] == 3
    assert sorted(p.name for p in (tmp_path / "corpus-n3-p2" / "txt").iterdir()) == [
        "advert-0000.txt", "advert-0001.txt", "advert-0002.txt",
    ]  # fmt: skip

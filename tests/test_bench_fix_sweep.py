"""bench/fix_sweep.py runs `jdlint fix` over a folder of adverts into a folder of its own and
prints its figures per format (two invented adverts; no timing asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ADVERT = """Peer Support Worker

About the role
You will support people {where} with your own experience of recovery.

Essential
- Good listening skills.

Desirable
- Lived experience of mental health challenges would be an advantage.
"""


def test_the_sweep_writes_copies_apart_and_prints_its_figures(tmp_path) -> None:
    adverts = tmp_path / "adverts"
    adverts.mkdir()
    (adverts / "ward.txt").write_text(ADVERT.format(where="on the ward"), encoding="utf-8")
    (adverts / "home.md").write_text(ADVERT.format(where="at home"), encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "fix_sweep.py"), str(adverts), "-o", str(out),
                          "--jobs", "1", "--json", str(tmp_path / "sweep.json")],
                         capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert lines[0].startswith("2 adverts, revised copies in ")
    assert any(x.startswith("md       1 adverts: failed 0, raised 0, not resolved 0") for x in lines), run.stdout
    assert any(x.startswith("txt      1 adverts: failed 0, raised 0, not resolved 0") for x in lines), run.stdout
    assert sorted(p.name for p in (out / "adverts").iterdir()) == ["home.fixed.md", "ward.fixed.txt"]
    assert sorted(p.name for p in adverts.iterdir()) == ["home.md", "ward.txt"]  # nothing beside the originals

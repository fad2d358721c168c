"""The GitHub Action's "Run jdlint" step, run as GitHub runs it: its bash script with the
inputs in the environment, against the real ``jdlint`` of this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NAVIGATOR = (  # warnings only (no pay, training or wellbeing stated), no error
    "# Peer Navigator\n\n"
    "## About you\n\n"
    "- Lived experience of homelessness is essential.\n"
    "- You will share your story with purpose, build mutual relationships, offer hope and hold boundaries.\n\n"
    "Two peer navigators sit on the interview panel.\n"
)

pytestmark = pytest.mark.skipif(not (BIN / "jdlint").exists() or shutil.which("bash") is None,
                                reason="needs the installed jdlint script and bash")  # fmt: skip


def action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def run_step(repo: Path, **inputs: str) -> tuple[int, dict[str, str], str]:
    """Run the action's check step with ``inputs`` (defaults from action.yml) in ``repo``."""
    spec = action()
    values = {name: str(i.get("default", "")) for name, i in spec["inputs"].items()}
    values.update({k.replace("_", "-"): v for k, v in inputs.items()})
    [step] = [s for s in spec["runs"]["steps"] if s.get("id") == "check"]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "GITHUB_OUTPUT": str(repo / ".github-output")}  # fmt: skip
    for name, expression in step["env"].items():
        key = expression.strip("${} ").removeprefix("inputs.")
        env[name] = values[key]
    done = subprocess.run(["bash", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    outputs = dict(line.split("=", 1) for line in (repo / ".github-output").read_text().splitlines() if "=" in line)
    return done.returncode, outputs, done.stdout + done.stderr


def test_the_configs_fail_on_is_kept_when_the_input_is_not_given(tmp_path):
    (tmp_path / "adverts").mkdir()
    (tmp_path / "adverts" / "navigator.md").write_text(NAVIGATOR, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.jdlint]\nfail-on = "error"\n', encoding="utf-8")
    code, outputs, log = run_step(tmp_path, sarif_file="")
    assert "::warning file=adverts/navigator.md" in log  # the findings are there
    assert code == 0, log  # but only errors fail, as the config says
    assert outputs["exit-code"] == "0"
    # the input, when given, wins over the config
    code, outputs, _ = run_step(tmp_path, sarif_file="", fail_on="warning")
    assert code == 1 and outputs["exit-code"] == "1"
    # without a config, warnings fail (jdlint's default)
    (tmp_path / "pyproject.toml").unlink()
    code, outputs, _ = run_step(tmp_path, sarif_file="jdlint.sarif")
    assert code == 1 and outputs["sarif-file"] == "jdlint.sarif"
    assert (tmp_path / "jdlint.sarif").is_file()

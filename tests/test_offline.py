"""jdlint works with no network: no spaCy model, nltk corpus or anything else is fetched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from jdlint.cli import main
sys.argv = ["jdlint", "check", "--format", "json", *sys.argv[1:]]
main()
"""


def test_check_runs_with_the_network_refused(tmp_path) -> None:
    advert = tmp_path / "advert.txt"
    advert.write_text(
        "Peer Support Worker\n\n" + "You will share your story and inspire hope in the people you support. " * 20,
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, "-c", NO_NETWORK, str(advert)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120, check=False)  # fmt: skip
    assert run.returncode in (0, 1), run.stderr
    assert "network access attempted" not in run.stderr
    entry = json.loads(run.stdout)["files"][0]
    assert entry["error"] is None
    # readability ran, so textstat worked offline
    assert any("reading ease" in p.lower() for p in entry["positives"]) or any(
        f["rule"] == "RD002" for f in entry["findings"]
    )

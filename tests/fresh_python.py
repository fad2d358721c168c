"""Run a snippet of Python in a fresh interpreter, for tests about what gets imported."""

from __future__ import annotations

import subprocess
import sys


def printed_lines(code: str) -> list[str]:
    """The lines ``code`` prints when a fresh interpreter runs it (``python -c``); a snippet
    that fails raises :class:`subprocess.CalledProcessError`."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return run.stdout.splitlines()

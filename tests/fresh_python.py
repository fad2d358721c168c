"""Run a snippet of Python in a fresh interpreter, for tests about what gets imported."""

from __future__ import annotations

import subprocess
import sys


def printed_lines(code: str) -> list[str]:
    """The lines ``code`` prints when a fresh interpreter runs it; a snippet that fails raises
    :class:`subprocess.CalledProcessError`.

    The code goes in on standard input (``python -``), not as ``-c CODE``: one argument may
    hold at most 128 KiB on Linux, and a snippet that lists every advert's path outgrew that
    once the checkout sat in a deeper folder (CI's /check/work/main)."""
    run = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, check=True)
    return run.stdout.splitlines()

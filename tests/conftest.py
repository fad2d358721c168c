"""Shared fixtures. The web app's flaskr-style fixtures (``app``, ``client``) live here too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("JDLINT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(autouse=True)
def _jdlint_state(tmp_path_factory, monkeypatch) -> None:
    """jdlint's state folder (the fingerprints of the plain-text copies ``jdlint fix`` wrote)
    in a folder of each test's own, never the user's: no test sees another's records."""
    monkeypatch.setenv("JDLINT_STATE_DIR", str(tmp_path_factory.mktemp("jdlint-state")))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's shared folder (the spec, seeds and corpus); skip when absent."""
    if not (SHARED / "clear-soil.md").exists():
        pytest.skip(f"shared folder not found at {SHARED} (set JDLINT_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def engine():
    from jdlint.engine import default_engine

    return default_engine()

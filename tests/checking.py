"""Small helpers for tests that check invented adverts given as text with a file name."""

from __future__ import annotations

from jdlint.api import check_bytes
from jdlint.model import Report


def report_of(text: str, name: str, role: str | None = None) -> Report:
    """The report of ``text`` read as the file ``name`` (its extension picks the reader)."""
    report = check_bytes(text.encode("utf-8"), name, role=role)
    assert report.error is None, report.error
    return report


def verdict_of(text: str, name: str, criterion: str) -> str:
    """``criterion``'s verdict with the role set to peer."""
    return report_of(text, name, role="peer").verdict(criterion).verdict

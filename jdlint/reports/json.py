"""The JSON report: a versioned, documented schema (see docs/json-report.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from jdlint import __version__
from jdlint.model import CRITERIA, Finding, Fix, Report, Role, Span, Verdict

SCHEMA_VERSION = "1.1"


def span_dict(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {
        "text": span.text,
        "section": span.section,
        "block": span.block,
        "block_kind": span.block_kind,
        "start": span.start,
        "end": span.end,
        **span.location.as_dict(),
    }


def fix_dict(fix: Fix | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    return {"action": fix.action, "text": fix.text, "where": fix.where, "original": fix.original}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "span": span_dict(f.span),
        "fix": fix_dict(f.fix),
        "suppressed": f.suppressed,
    }


def verdict_dict(v: Verdict) -> dict[str, Any]:
    return {
        "verdict": v.verdict,
        "why": v.why,
        "evidence": [span_dict(s) for s in v.evidence],
        "fix": fix_dict(v.fix),
    }


def role_dict(role: Role | None) -> dict[str, Any] | None:
    if role is None:
        return None
    return {
        "kind": role.kind,
        "why": role.why,
        "evidence": [span_dict(s) for s in role.evidence],
        "overridden": role.overridden,
        "confidence": role.confidence,
        "clues": list(role.clues),
    }


def report_dict(report: Report) -> dict[str, Any]:
    """One file's entry: the same keys whether it was checked or failed to read."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in report.findings:
        if not f.suppressed:
            counts[f.severity] += 1
    return {
        "path": report.path,
        "format": report.format,
        "role": role_dict(report.role),
        "criteria": {v.criterion: verdict_dict(v) for v in report.criteria} if report.criteria else {},
        "findings": [finding_dict(f) for f in report.findings],
        "positives": list(report.positives),
        "score": report.score,
        "counts": counts,
        "notes": list(report.notes),
        "error": report.error,
    }


def document(reports: Iterable[Report]) -> dict[str, Any]:
    files = [report_dict(r) for r in reports]
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "jdlint", "version": __version__},
        "criteria": list(CRITERIA),
        "files": files,
    }


def render(reports: Iterable[Report]) -> str:
    return indented(document(reports)) + "\n"


def render_pieces(reports: Iterable[Report]) -> Iterator[str]:
    """:func:`render`'s text in pieces, for a caller that writes them as they come (the
    command line's standard output): the whole text is never held. The document is made
    first (what a report can fail on), then encoded as it is written."""
    return chain(pieces(document(reports)), ["\n"])


_BATCH = 4096  # pieces of JSON text joined at a time (see pieces)


def pieces(value: Any, batch: int = _BATCH) -> Iterator[str]:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` in pieces, with less memory.

    With an indent ``json`` encodes in Python, as a list of every piece of the text (a key,
    a comma, a line's indent ...) joined at the end: for a batch of 200 adverts 1.8 MB of
    JSON was 180,000 strings, 10 MB at once. Here the encoder's pieces are joined ``batch``
    at a time as they come. Joined, the same text."""
    encoded = json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(value)
    part: list[str] = []
    for piece in encoded:
        part.append(piece)
        if len(part) >= batch:
            yield "".join(part)
            part.clear()
    yield "".join(part)


def indented(value: Any, batch: int = _BATCH) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` from :func:`pieces` (the text is
    held about twice at the most, never as a list of every piece)."""
    return "".join(list(pieces(value, batch)))

"""The JSON report: a versioned, documented schema (see docs/json-report.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable
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


_BATCH = 4096  # pieces of JSON text joined at a time (see indented)


def indented(value: Any, batch: int = _BATCH) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, with less memory at its peak.

    With an indent ``json`` encodes in Python, as a list of every piece of the text (a key,
    a comma, a line's indent ...) joined at the end: for a batch of 200 adverts 1.8 MB of
    JSON was 180,000 strings, 10 MB at once. Here the pieces are joined ``batch`` at a time
    as they come, so the text is held about twice at the most. The same text."""
    pieces = json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(value)
    joined: list[str] = []
    part: list[str] = []
    for piece in pieces:
        part.append(piece)
        if len(part) >= batch:
            joined.append("".join(part))
            part.clear()
    joined.append("".join(part))
    return "".join(joined)

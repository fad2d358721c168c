"""CSV for spreadsheets: the summary table (one row per file) or, with ``detail=True``, one
row per finding.

Written with the standard library's :mod:`csv` (minimal quoting: fields holding commas,
quotes or line breaks are quoted, quotes doubled). Advert text is untrusted and these files
are opened in spreadsheets, so by default a text cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, the usual guard against formula
injection; pass ``safe=False`` for the raw text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from jdlint.model import CRITERIA, Report

SUMMARY_FIELDS = [
    "path",
    "format",
    "role",
    *CRITERIA,
    "score",
    "errors",
    "warnings",
    "info",
    "suppressed",
    "error",
]
DETAIL_FIELDS = [
    "path",
    "rule",
    "name",
    "severity",
    "line",
    "column",
    "page",
    "paragraph",
    "section",
    "evidence",
    "message",
    "fix",
    "fix_where",
    "suppressed",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: Any) -> Any:
    """A text cell made safe to open in a spreadsheet (numbers and empty cells as they are)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def summary_row(report: Report) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    suppressed = 0
    for f in report.findings:
        if f.suppressed:
            suppressed += 1
        else:
            counts[f.severity] += 1
    row: dict[str, Any] = {
        "path": report.path,
        "format": report.format or "",
        "role": report.role.kind if report.role else "",
        "score": "" if report.score is None else report.score,
        "errors": counts["error"],
        "warnings": counts["warning"],
        "info": counts["info"],
        "suppressed": suppressed,
        "error": report.error or "",
    }
    for criterion in CRITERIA:
        verdict = report.verdict(criterion)
        row[criterion] = verdict.verdict if verdict else ""
    return row


def detail_rows(report: Report) -> list[dict[str, Any]]:
    if report.error:
        return [
            {
                "path": report.path,
                "severity": "error",
                "message": f"could not check: {report.error}",
            }
        ]
    rows = []
    for f in report.findings:
        loc = f.span.location if f.span is not None else None
        rows.append(
            {
                "path": report.path,
                "rule": f.rule,
                "name": f.name,
                "severity": f.severity,
                "line": "" if loc is None or loc.line is None else loc.line,
                "column": "" if loc is None or loc.column is None else loc.column,
                "page": "" if loc is None or loc.page is None else loc.page,
                "paragraph": "" if loc is None or loc.paragraph is None else loc.paragraph,
                "section": f.span.section if f.span is not None else "",
                "evidence": f.span.text if f.span is not None else "",
                "message": f.message,
                "fix": f.fix.text if f.fix is not None else "",
                "fix_where": f.fix.where if f.fix is not None else "",
                "suppressed": "yes" if f.suppressed else "no",
            }
        )
    return rows


def render(
    reports: Iterable[Report], *, detail: bool = False, safe: bool = True, bom: bool = False
) -> str:
    """The CSV text, a header row first.

    ``detail``: one row per finding (suppressed ones included, marked in ``suppressed``;
    a file that could not be read is one row with its error as the message) instead of one
    row per file. ``safe``: guard text cells against formula injection (see above).
    ``bom``: start with a UTF-8 byte order mark so Excel reads the curly quotes right.
    """
    fields = DETAIL_FIELDS if detail else SUMMARY_FIELDS
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, restval="", lineterminator="\n")
    writer.writeheader()
    for report in reports:
        rows = detail_rows(report) if detail else [summary_row(report)]
        for row in rows:
            writer.writerow({k: defuse(v) for k, v in row.items()} if safe else row)
    return ("\ufeff" if bom else "") + buffer.getvalue()


__all__ = ["DETAIL_FIELDS", "SUMMARY_FIELDS", "defuse", "render"]

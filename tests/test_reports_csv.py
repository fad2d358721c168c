"""CSV: the summary table and the per-finding detail, both round-tripping through csv.DictReader."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from test_reports_common import (
    SCRIPT,
    docx_report,
    error_report,
    pdf_report,
    sample_reports,
    text_report,
)

from jdlint.model import CRITERIA
from jdlint.reports import csv as csv_report


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_summary_round_trips() -> None:
    rows = read(csv_report.render(sample_reports(), safe=False))
    assert [r["path"] for r in rows] == [r.path for r in sample_reports()]
    assert list(rows[0]) == csv_report.SUMMARY_FIELDS
    for criterion in CRITERIA:
        assert criterion in rows[0]
    pdf = next(r for r in rows if r["path"].endswith(".pdf"))
    assert pdf == {
        "path": "adverts/senior peer, v2: final.pdf",
        "format": "pdf",
        "role": "peer-senior",
        "lived-experience-essential": "met",
        "peer-principles": "partly-met",
        "peer-panel": "not-met",
        "adjacent-professions": "not-met",
        "score": "41",
        "errors": "2",
        "warnings": "0",
        "info": "1",
        "suppressed": "1",
        "error": "",
    }
    broken = next(r for r in rows if r["path"] == "adverts/broken.docx")
    assert (
        broken["error"].startswith("not a Word file")
        and broken["score"] == ""
        and broken["role"] == ""
    )


def test_fields_with_commas_quotes_and_newlines_are_quoted() -> None:
    report = replace(error_report(), error='line one, "quoted"\nline two')
    text = csv_report.render([report])
    assert '"line one, ""quoted""\nline two"' in text
    assert read(text)[0]["error"] == 'line one, "quoted"\nline two'


def test_detail_has_one_row_per_finding() -> None:
    reports = sample_reports()
    rows = read(csv_report.render(reports, detail=True, safe=False))
    assert list(rows[0]) == csv_report.DETAIL_FIELDS
    expected = sum(len(r.findings) for r in reports if not r.error) + 1
    assert len(rows) == expected
    docx = [r for r in rows if r["path"].endswith("peer-worker.docx")]
    la001 = next(r for r in docx if r["rule"] == "LA001")
    assert la001["paragraph"] == "7" and la001["line"] == "" and la001["page"] == ""
    assert la001["fix"] == "people who use drugs"
    pdf = [r for r in rows if r["path"].endswith(".pdf")]
    cs004 = next(r for r in pdf if r["rule"] == "CS004")
    assert cs004["page"] == "2" and cs004["severity"] == "error"
    assert cs004["message"].endswith("\nSecond line.")
    assert cs004["fix_where"] == "in place of this duty"
    assert next(r for r in pdf if r["rule"] == "LA006")["suppressed"] == "yes"
    assert next(r for r in pdf if r["rule"] == "CS003")["evidence"] == ""
    text = [r for r in rows if r["path"].endswith(".txt")]
    la006 = next(r for r in text if r["rule"] == "LA006")
    assert la006["line"] == "3" and la006["column"] and la006["evidence"] == "suffering from"
    broken = next(r for r in rows if r["path"] == "adverts/broken.docx")
    assert broken["severity"] == "error" and "damaged" in broken["message"] and broken["rule"] == ""


def test_formula_injection_is_defused_by_default() -> None:
    report = docx_report()
    evil = replace(report.findings[0], message='=HYPERLINK("http://example.invalid","click")')
    evil = replace(evil, span=replace(evil.span, text="+1 555 0100"))
    rows = read(csv_report.render([replace(report, findings=(evil,))], detail=True))
    assert rows[0]["message"] == '\'=HYPERLINK("http://example.invalid","click")'
    assert rows[0]["evidence"] == "'+1 555 0100"
    raw = read(csv_report.render([replace(report, findings=(evil,))], detail=True, safe=False))
    assert raw[0]["message"].startswith("=HYPERLINK")
    numbers = read(csv_report.render([report]))[0]
    assert numbers["score"] == "88", "numbers are left alone"


def test_bom_for_excel() -> None:
    text = csv_report.render([text_report()], bom=True)
    assert text.startswith("\ufeffpath,")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert rows[0]["path"] == "adverts/peer-support-worker.txt"


def test_advert_text_survives_as_data() -> None:
    report = text_report()
    rows = read(csv_report.render([report], detail=True))
    assert any(SCRIPT in r["fix_where"] for r in rows), (
        "CSV holds the text as it is; quoting keeps it one cell"
    )


def test_pdf_sample_counts() -> None:
    row = read(csv_report.render([pdf_report()]))[0]
    assert (row["errors"], row["warnings"], row["info"], row["suppressed"]) == ("2", "0", "1", "1")

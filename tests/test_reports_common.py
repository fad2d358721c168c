"""Sample reports shared by the report-format tests, and the checks every format passes.

The samples cover what the formats must carry: a text advert checked for real (with a
script tag in it), a PDF-style report (pages) and a DOCX-style one (paragraphs, a table
cell), a suppressed finding, findings without a span, and a file that could not be read.
"""

from __future__ import annotations

import importlib

import pytest

from jdlint.api import check_text
from jdlint.model import Finding, Fix, Location, Report, Role, Span, Verdict

FORMATS = ("sarif", "github", "junit", "csv", "html")
SCRIPT = "<script>alert(1)</script>"
ADVERT = f"""Peer Support Worker

We want someone {SCRIPT} who can support people suffering from addiction.
Lived experience of substance use is essential for this role.
"""


def span(text: str, **location: int) -> Span:
    return Span(
        block=0,
        start=0,
        end=len(text),
        text=text,
        location=Location(**location),
        section="Main duties",
    )


def text_report() -> Report:
    """A real check of a small advert (relative path, line/column locations)."""
    report = check_text(ADVERT, name="adverts/peer-support-worker.txt")
    assert report.error is None
    return report


def pdf_report() -> Report:
    """A hand-made PDF-style report: locations by page, a suppressed finding, a finding
    without a span, commas, colons, a percent sign and a newline in awkward places."""
    evidence = span("You will administer medication, 100% of the time.", page=2)
    return Report(
        path="adverts/senior peer, v2: final.pdf",
        format="pdf",
        role=Role(
            "peer-senior",
            "The title “Senior Peer Support Worker” names a senior peer role.",
            (span("Senior Peer Support Worker", page=1),),
        ),
        criteria=(
            Verdict(
                "lived-experience-essential",
                "met",
                "Lived experience is required (“essential”).",
                (span("Lived experience of psychosis is essential.", page=1),),
            ),
            Verdict(
                "peer-principles",
                "partly-met",
                "2 of 4 set out (hope, mutuality); missing: boundaries.",
                fix=Fix("add", "You will hold clear, healthy boundaries.", "under “Main duties”"),
            ),
            Verdict(
                "peer-panel",
                "not-met",
                "The selection process is not described.",
                fix=Fix("add", "A peer worker will sit on the interview panel.", "at the end"),
            ),
            Verdict(
                "adjacent-professions",
                "not-met",
                "Another profession's duty (“administer medication”).",
                (evidence,),
                Fix(
                    "replace",
                    "Offer peer support.",
                    "in place of this duty",
                    "You will administer medication, 100% of the time.",
                ),
            ),
        ),
        findings=(
            Finding(
                "CS004",
                "adjacent-professions",
                "error",
                "adjacent-professions: not-met. Another profession's duty (“administer medication”).\nSecond line.",
                evidence,
                Fix("replace", "Offer peer support.", "in place of this duty", evidence.text),
            ),
            Finding(
                "CS003",
                "peer-panel",
                "error",
                "peer-panel: not-met. The selection process is not described.",
                None,
                Fix("add", "A peer worker will sit on the interview panel.", "at the end"),
            ),
            Finding(
                "LA006",
                "suffering-from",
                "warning",
                "“suffering from” casts people as victims; say “living with”.",
                span("suffering from", page=3),
                Fix("replace", "living with", "", "suffering from"),
                suppressed=True,
            ),
            Finding(
                "RD002",
                "reading-ease",
                "info",
                "The advert is hard to read (Flesch reading ease 31, under 40).",
                None,
                Fix("rewrite", "Use shorter sentences."),
            ),
        ),
        positives=("lived-experience-essential: Lived experience is required (“essential”).",),
        score=41,
        notes=("text extracted from 3 pages",),
    )


def docx_report() -> Report:
    """A hand-made DOCX-style report: paragraph and table-cell locations."""
    return Report(
        path="adverts/docx/peer-worker.docx",
        format="docx",
        role=Role("peer", "The title names a peer role."),
        criteria=tuple(
            Verdict(c, "met", "Set out.")
            for c in (
                "lived-experience-essential",
                "peer-principles",
                "peer-panel",
                "adjacent-professions",
            )
        ),
        findings=(
            Finding(
                "LA001",
                "addict",
                "warning",
                "“addicts” labels people by their substance use.",
                span("addicts", paragraph=7, run=2),
                Fix("replace", "people who use drugs", "", "addicts"),
            ),
            Finding(
                "RD003",
                "unexplained-acronym",
                "info",
                "“MDT” is not spelled out anywhere in the advert.",
                span("MDT", paragraph=9, table=1, row=2, col=3),
                Fix("replace", "<full name> (MDT)", "at its first use", "MDT"),
            ),
        ),
        score=88,
    )


def error_report() -> Report:
    return Report(
        path="adverts/broken.docx", error="not a Word file: the zip archive is damaged (100%)"
    )


def sample_reports() -> list[Report]:
    return [text_report(), pdf_report(), docx_report(), error_report()]


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return sample_reports()


# --- what every format does -------------------------------------------------------------


@pytest.mark.parametrize("name", FORMATS)
def test_render_takes_reports_and_returns_text(name: str, reports: list[Report]) -> None:
    module = importlib.import_module(f"jdlint.reports.{name}")
    out = module.render(reports)
    assert isinstance(out, str) and out.endswith("\n")
    assert module.render(reports) == out, "the same reports render the same text"


@pytest.mark.parametrize("name", FORMATS)
def test_empty_run(name: str) -> None:
    module = importlib.import_module(f"jdlint.reports.{name}")
    assert isinstance(module.render([]), str)


@pytest.mark.parametrize("name", FORMATS)
def test_only_unreadable_files(name: str) -> None:
    module = importlib.import_module(f"jdlint.reports.{name}")
    out = module.render([error_report()])
    assert "damaged" in out


@pytest.mark.parametrize("name", FORMATS)
def test_accepts_a_generator(name: str) -> None:
    module = importlib.import_module(f"jdlint.reports.{name}")
    assert module.render(r for r in [docx_report()]) == module.render([docx_report()])


def test_the_cli_dispatcher_finds_every_format(reports: list[Report]) -> None:
    reports_pkg = importlib.import_module("jdlint.reports")
    if not hasattr(reports_pkg, "render"):
        pytest.skip("jdlint.reports.render (the --format dispatcher) is not in this checkout yet")
    for name in FORMATS:
        assert reports_pkg.render(name, reports, fail_on="error", root=".", colour=False)


def test_a_shifted_location_keeps_every_other_field() -> None:
    """Location.shifted moves the column along and copies every other field (it names them
    one by one, for speed: a field added to Location must be added there too)."""
    from dataclasses import fields, replace

    every = Location(**{f.name: i + 1 for i, f in enumerate(fields(Location))})
    assert every.shifted(10) == replace(every, column=every.column + 10)
    assert Location(page=2).shifted(5) == Location(page=2)  # no column: nothing to move


@pytest.mark.parametrize("batch", [1, 2, 7, 4096])
def test_json_text_joined_in_batches_is_json_dumps_own(batch: int, reports: list[Report]) -> None:
    """The JSON and SARIF reports join the encoder's pieces a batch at a time (memory: never a
    list of every piece): the same text ``json.dumps(..., indent=2, ensure_ascii=False)``
    gives, whatever the batch, for reports, non-ASCII text, empty and nested values."""
    import json

    from jdlint.reports import json as json_report
    from jdlint.reports import sarif

    values = [json_report.document(reports), sarif.document(reports), {}, [], "", 0, None,
              {"é—“x”": [1.5, {"a": []}, "Tūranga", {"b": {}}], "n": [True, False, None]}]  # fmt: skip
    for value in values:
        assert json_report.indented(value, batch) == json.dumps(value, indent=2, ensure_ascii=False)
    assert json_report.render(reports) == json.dumps(json_report.document(reports), indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name", FORMATS)
def test_a_report_in_pieces_is_the_whole_text(name: str, reports: list[Report]) -> None:
    """The command line writes a report to standard output piece by piece where its format
    makes it so (JSON: never the whole text at once); joined, the pieces are the text
    ``render`` gives, in every format."""
    from jdlint.reports import render, render_pieces

    options = {"fail_on": "error", "root": ".", "colour": False}
    assert "".join(render_pieces(name, reports, **options)) == render(name, reports, **options)


def test_the_json_report_comes_in_batches_of_pieces(reports: list[Report]) -> None:
    """JSON's pieces are batches of the encoder's pieces: more than one for a report of several
    files (at a small batch), each of them text, together the report."""
    from jdlint.reports import json as json_report

    document = json_report.document(reports * 20)
    batches = list(json_report.pieces(document, 50))
    assert len(batches) > 10 and all(isinstance(b, str) and b for b in batches[:-1])
    assert "".join(batches) + "\n" == json_report.render(reports * 20)

"""Golden whole documents: realistic adverts in every format, with reference labels.

Each case builds a file (DOCX person-spec tables, tracked changes, text boxes, nested
tables, PDF tables, HTML with JSON-LD, Markdown, text) and states the role and the four
verdicts clear-soil asks for. ``tests/test_golden.py`` holds jdlint to the same 95% item
agreement as the real corpus; ``python tests/golden_cases.py DIR`` writes the files and a
labels.json so that ``python bench/agreement.py --labels DIR/labels.json`` prints mismatches.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_factory import Advert, deleted, inserted, paragraph, text_box

PRINCIPLES = (
    "You will build mutual, reciprocal relationships, share your own story purposefully and safely, "
    "inspire hope that recovery is possible and keep clear boundaries."
)


@dataclass(frozen=True)
class Case:
    name: str  # file name, with the extension that fits the format
    build: Callable[[], bytes]
    role: str
    le: str
    principles: str
    panel: str
    adjacent: str


def _docx_spec_table_met() -> bytes:
    a = Advert().title("Peer Support Worker")
    a.para("Band 3 · £24,071 a year · 30 hours a week")
    a.heading("Job summary").para(PRINCIPLES)
    a.para("This is not a clinical role and you do not need a professional qualification.")
    a.heading("Person specification")
    a.table([
        ("Criteria", "Essential", "Desirable"),
        ("Experience", "Lived experience of mental health challenges and of using mental health services", "Experience of running groups"),
        ("Skills", "Good listening skills", "Knowledge of WRAP"),
    ])
    a.heading("Selection").para("The interview panel will include a peer support worker from our team.")
    return a.bytes()


def _docx_spec_table_poor() -> bytes:
    a = Advert().title("Peer Support Worker (Inpatient)")
    a.heading("Job summary").para("You will inspire hope in patients on our acute wards.")
    a.heading("Person specification")
    a.table([
        ("Criteria", "Essential", "Desirable"),
        ("Qualifications", "Registered Mental Health Nurse (RMN) with NMC registration", ""),
        ("Experience", "Experience of working on an acute ward", "Lived experience of mental health challenges"),
    ])
    a.para("Interviews will be held on 4 May with the ward manager.")
    return a.bytes()


def _docx_marker_column() -> bytes:
    a = Advert().title("Peer Mentor")
    a.para("You will share your own experience purposefully with people leaving prison.")
    a.heading("Person specification")
    a.table([
        ("Criteria", "E/D"),
        ("Lived experience of the criminal justice system", "E"),
        ("A degree in psychology", "D"),
        ("Good IT skills", "D"),
    ])
    return a.bytes()


def _docx_tracked_changes() -> bytes:
    a = Advert().title("Peer Support Worker")
    a.para(PRINCIPLES)
    a.raw(paragraph("Lived experience of psychosis is ", deleted("desirable"), inserted("essential"), "."))
    a.raw(paragraph(inserted("People with lived experience sit on every interview panel.")))
    return a.bytes()


def _docx_text_box() -> bytes:
    a = Advert().title("Lived Experience Practitioner")
    a.para("You must have lived experience of substance use and recovery.")
    a.para(PRINCIPLES)
    a.raw(paragraph("How we recruit", text_box("Our interview panel always includes an experienced peer worker.")))
    a.header("Example Recovery Service · Lived Experience Practitioner")
    return a.bytes()


def _docx_nested_table() -> bytes:
    a = Advert().title("Peer Support Worker")
    outer = a.table([("Person specification",)])
    inner = outer.cell(0, 0).add_table(rows=3, cols=3)
    for r, row in enumerate([("Area", "Essential", "Desirable"),
                             ("Experience", "Lived experience of an eating disorder", ""),
                             ("Skills", "Confident working with groups", "Experience of care co-ordination")]):  # fmt: skip
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    return a.bytes()


def _pdf_us_minimum_qualifications() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=16)
    pdf.multi_cell(0, 9, "Peer Support Specialist", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "The Peer Support Specialist shares their own recovery story to inspire hope and builds "
                   "mutual relationships with clients. You will model healthy boundaries.", new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(3)
    pdf.set_font("helvetica", style="B", size=12)
    pdf.multi_cell(0, 8, "Qualifications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    with pdf.table(col_widths=(120, 50)) as table:
        for row in (("Qualification", "Level"),
                    ("Lived experience of recovery from mental illness or substance use", "Required"),
                    ("Bachelor's degree in social work or psychology", "Preferred"),
                    ("Valid driver's license", "Required")):  # fmt: skip
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


def _html_jobposting() -> bytes:
    description = (
        "<p>As a Recovery Coach you will walk alongside people in early recovery.</p>"
        "<h3>Requirements</h3><ul><li>You must have lived experience of addiction and be at least "
        "two years into your own recovery.</li><li>A full driving licence.</li></ul>"
        "<p>Interviews are conducted by a panel that includes a recovery coach with lived experience.</p>"
    )
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Recovery Coach",
               "description": description}  # fmt: skip
    return (
        "<!doctype html><html><head><title>Recovery Coach | Example</title>"
        f'<script type="application/ld+json">{json.dumps(posting)}</script></head><body>'
        "<nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a></nav>"
        "<div id='cookie-banner'>We use cookies. <button>OK</button></div>"
        "<main><h1>Recovery Coach</h1><p>Apply by 1 June.</p></main></body></html>"
    ).encode()


MD_CARER = """# Carer Peer Support Worker

You must have experience of caring for someone with mental health challenges.

## About the role

You will share your own experience of caring, purposefully, to build hope with families.

## What we offer

Reflective supervision from our carer peer lead. Training in the Triangle of Care.
"""

MD_SENIOR = """# Peer Support Lead

## About the role

You will lead our team of eight peer support workers and provide reflective supervision to them.
Peer work here is founded on mutuality, hope, purposeful sharing of your own story and clear boundaries.

## Essential criteria

- Lived experience of mental health challenges and of using mental health services.
- Experience of providing supervision from a peer perspective.

## Selection

People with lived experience are involved in shortlisting and sit on the interview panel.
"""

TXT_OTHER = """Recovery Support Worker

We are a recovery-focused supported housing service. You will help residents build hope and independence.

About you
Experience of working in a care or support setting is essential.
Lived experience of homelessness would be welcome.
"""

TXT_PEER_IN_SUPPORT_TITLE = """Support Worker (Peer)

This role requires lived experience of mental health challenges. You will be part of our peer support team,
sharing your own story purposefully and inspiring hope.
"""

TXT_SUBSTITUTION = """Peer Support Worker

Person specification
Essential
Lived experience of mental health challenges or relevant professional experience.
Experience of care co-ordination.
"""

TXT_NEGATION = """Peer Support Worker

You do not need a nursing qualification or any professional registration, but you must have lived experience of
mental health challenges. You will not give medication or carry out observations.
"""

CASES = [
    Case("docx-spec-table-met.docx", _docx_spec_table_met, "peer", "met", "met", "met", "met"),
    Case("docx-spec-table-poor.docx", _docx_spec_table_poor, "peer", "not-met", "partly-met", "not-met", "not-met"),
    Case("docx-marker-column.docx", _docx_marker_column, "peer", "met", "partly-met", "not-met", "partly-met"),
    Case("docx-tracked-changes.docx", _docx_tracked_changes, "peer", "met", "met", "met", "met"),
    Case("docx-text-box.docx", _docx_text_box, "peer", "met", "met", "met", "met"),
    Case("docx-nested-table.docx", _docx_nested_table, "peer", "met", "not-met", "not-met", "partly-met"),
    Case("pdf-us-minimum-qualifications.pdf", _pdf_us_minimum_qualifications, "peer", "met", "met", "not-met", "partly-met"),
    Case("html-jobposting.html", _html_jobposting, "peer", "met", "not-met", "met", "met"),
    Case("md-carer.md", lambda: MD_CARER.encode(), "peer", "met", "partly-met", "not-met", "met"),
    Case("md-senior.md", lambda: MD_SENIOR.encode(), "peer-senior", "met", "met", "met", "met"),
    Case("txt-other.txt", lambda: TXT_OTHER.encode(), "other", *["not-applicable"] * 4),
    Case("txt-peer-in-support-title.txt", lambda: TXT_PEER_IN_SUPPORT_TITLE.encode(), "peer", "met", "partly-met", "not-met", "met"),
    Case("txt-substitution.txt", lambda: TXT_SUBSTITUTION.encode(), "peer", "not-met", "not-met", "not-met", "not-met"),
    Case("txt-negation.txt", lambda: TXT_NEGATION.encode("cp1252"), "peer", "met", "not-met", "not-met", "met"),
]


def labels() -> dict:
    cases = {}
    for case in CASES:
        criteria = {"lived-experience-essential": case.le, "peer-principles": case.principles,
                    "peer-panel": case.panel, "adjacent-professions": case.adjacent}  # fmt: skip
        cases[case.name] = {"role": {"kind": case.role}, "criteria": {k: {"verdict": v} for k, v in criteria.items()}}
    return {"version": 1, "spec": "shared/clear-soil.md", "cases": cases}


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (folder / case.name).write_bytes(case.build())
    (folder / "labels.json").write_text(json.dumps(labels(), indent=2), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "golden"))

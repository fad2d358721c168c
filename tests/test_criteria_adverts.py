"""Whole invented adverts (TXT, Markdown, HTML, DOCX) in US, Australian, New Zealand,
Canadian and UK vocabulary, each with the role and the four verdicts clear-soil asks for,
and the sentence that must be quoted for the deciding verdicts. They exercise the wording
classes of issue 15 inside whole documents: headings of other conventions, requirement
cues, whose experience, placeholders, compliance monitoring, the organisation's services."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_factory import Advert

from jdlint.api import check_bytes

LE, PP, PANEL, ADJ = "lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions"

US_CPRS_TXT = """Certified Peer Recovery Specialist
Riverbend Behavioral Health, Columbus, OH - Full time, $19.50-$22.00/hr

Position Summary
The Certified Peer Recovery Specialist provides non-clinical peer recovery support to adults with substance use disorders in our outpatient program. Our programs include medication-assisted treatment, case management and individual counseling.

Essential Functions
- Engage participants in recovery planning and connect them with mutual aid groups and community resources.
- Share your recovery story strategically to instill hope that recovery is possible.
- Assist with treatment plans alongside the clinical team.

Minimum Qualifications
- High school diploma or GED.
- Applicants must be in recovery for at least two years from a substance use disorder.
- Ohio CPRS credential, or willingness to obtain it within 12 months of hire.

Preferred Qualifications
- Preference will be given to applicants with a bachelor's degree in social work.

Special Requirements
- Employment is contingent on passing a pre-employment drug screen.
"""

AU_LIVED_EXPERIENCE_MD = """# Lived Experience Peer Worker (Consumer) - Adult Community Mental Health

**Location**: Geelong, Victoria | **Classification**: Peer Support Worker Level 2 | **Hours**: 0.8 EFT

## About the role

This is a designated lived experience position. You will walk alongside consumers in mutual, reciprocal relationships, use your story intentionally, hold hope for each person's recovery and keep clear, healthy boundaries.

## Key Selection Criteria

1. A lived experience of mental ill health and recovery, and the ability to reflect on it.
2. Certificate IV in Mental Health Peer Work, or willingness to complete it.
3. Understanding of trauma-informed practice.

Desirable: current AHPRA registration as a Registered Nurse.

## How we recruit

A Lived Experience worker sits on every interview panel.
"""

NZ_PEER_HTML = """<!doctype html><html><head><title>Peer Support Worker - Whaiora Service | Te Whare Ora Trust</title></head>
<body><h1>Peer Support Worker - Whaiora Service</h1>
<p>Te Whare Ora Trust, Whanganui. 30 hours per week, permanent.</p>
<h2>About you</h2>
<p>We are looking for two people who have lived experience of mental distress and/or addiction to join our whaiora team.</p>
<h2>What you will do</h2>
<ul><li>Offer one-to-one peer support, sharing your own experience of recovery where it helps.</li>
<li>Write care plans for each tangata whaiora and review them with the clinical team.</li></ul>
<h2>Applying</h2>
<p>Shortlisted applicants will meet members of our lived experience advisory group informally before the interview with the team leader.</p>
</body></html>"""


def ca_docx() -> bytes:
    a = Advert().title("Peer Support Worker - Concurrent Disorders")
    a.para("Harbourview Community Health Centre, Halifax, Nova Scotia. Full-time, unionized.")
    a.heading("About the role")
    a.para("You will build relationships based on mutuality and shared power, and hold clear boundaries.")
    a.heading("Qualifications")
    a.table([
        ("Area", "Essential", "Desirable"),
        ("Experience", "Lived/living experience of substance use and mental health challenges", "Experience facilitating groups"),
        ("Education", "Peer support training or willingness to complete it", "Registered Social Worker (RSW)"),
    ])
    a.heading("Selection process")
    a.para("The interview questions are written and scored by people with lived experience.")
    return a.bytes()


def au_pdf() -> bytes:
    from pdf_factory import _new, _out

    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.heading("Alcohol and Other Drugs Peer Worker", size=18)
    pdf.para("Northern Rivers Community Health, Lismore NSW. Permanent part-time, 0.6 FTE.")
    pdf.heading("About the role")
    pdf.para("You will offer peer support to people using our AOD services, sharing your own recovery "
             "story purposefully and holding hope for each person.")
    pdf.bullets(("Collect urine samples for drug screens and report results to the court.",
                 "Co-facilitate peer support groups."))
    pdf.heading("Selection criteria")
    pdf.spec_table(rows=(("Experience", "Lived experience of alcohol or other drug use and recovery",
                          "Experience in group facilitation"),
                         ("Qualifications", "Current driver licence", "Diploma of Community Services")),
                   header=("Criteria", "Essential", "Desirable"))
    return _out(pdf)


UK_CARER_TXT = """Carer Peer Support Worker
Band 4, Adult Mental Health Services, Northshire NHS Foundation Trust

Job summary
Our services include care co-ordination, medication management and psychological therapies. This is not a clinical role: as a Carer Peer Support Worker you will offer peer support to families and friends who care for someone with mental health problems, sharing your own experience purposefully to offer hope.

Person specification
Essential: your experience as a family carer of someone with mental health problems.

Selection
Shortlisted candidates will give a short presentation to members of our carers' forum before a formal interview with the service manager.
"""

US_FAMILY_ADVOCATE_HTML = """<html><body>
<h1>Family Peer Advocate</h1>
<p>Northside Children's Services, Albany, NY.</p>
<h2>Qualifications</h2>
<p>Lived experience as a parent of a child with behavioral health needs, or equivalent professional experience in children's services, required.</p>
<h2>Responsibilities</h2>
<ul><li>Support families to navigate school and court systems.</li>
<li>Report missed appointments and non-attendance to the family court.</li></ul>
<p>Do you have what it takes? Apply today!</p>
</body></html>"""

NZ_TEMPLATE_MD = """# Peer Support Worker Position Description

**Organisation**: Kia Ora Recovery Trust
**Location**: [Office location]

## Purpose

[Brief statement - e.g., "drawing on lived experience of addiction to support whānau"]

## Selection Criteria

### Essential

**Personal Qualities**:

- Commitment to the Treaty of Waitangi
- Good listening skills

### Desirable

**Experience**:

- Lived experience of addiction and recovery
- [Other experience - e.g., write care plans]

## How we recruit

A person with lived experience of addiction sits on every interview panel.
"""

CASES = [
    # name, data, role, {criterion: verdict}, {criterion: text the first evidence must be}
    ("us-cprs.txt", US_CPRS_TXT.encode(), "peer",
     {LE: "met", PP: "partly-met", PANEL: "not-met", ADJ: "partly-met"},
     {LE: "Applicants must be in recovery for at least two years from a substance use disorder.",
      ADJ: "Assist with treatment plans alongside the clinical team."}),
    ("au-lived-experience.md", AU_LIVED_EXPERIENCE_MD.encode(), "peer",
     {LE: "met", PP: "met", PANEL: "met", ADJ: "partly-met"},
     {PANEL: "A Lived Experience worker sits on every interview panel.",
      ADJ: "Desirable: current AHPRA registration as a Registered Nurse."}),
    ("nz-peer.html", NZ_PEER_HTML.encode(), "peer",
     {LE: "partly-met", PP: "partly-met", PANEL: "partly-met", ADJ: "not-met"},
     {LE: "We are looking for two people who have lived experience of mental distress and/or addiction to join our whaiora team.",
      ADJ: "Write care plans for each tangata whaiora and review them with the clinical team."}),
    ("ca-peer.docx", ca_docx(), "peer",
     {LE: "met", PP: "partly-met", PANEL: "met", ADJ: "partly-met"},
     {PANEL: "The interview questions are written and scored by people with lived experience."}),
    ("uk-carer.txt", UK_CARER_TXT.encode(), "peer",
     {LE: "met", PP: "partly-met", PANEL: "partly-met", ADJ: "met"},
     {LE: "Essential: your experience as a family carer of someone with mental health problems."}),
    ("nz-template.md", NZ_TEMPLATE_MD.encode(), "peer",
     {LE: "not-met", PP: "not-met", PANEL: "met", ADJ: "met"},
     {LE: "Lived experience of addiction and recovery"}),
    ("au-aod.pdf", au_pdf(), "peer",
     {LE: "met", PP: "partly-met", PANEL: "not-met", ADJ: "not-met"},
     {ADJ: "Collect urine samples for drug screens and report results to the court."}),
    ("us-family-advocate.html", US_FAMILY_ADVOCATE_HTML.encode(), "peer",
     {LE: "not-met", PP: "not-met", PANEL: "not-met", ADJ: "not-met"},
     {ADJ: "Lived experience as a parent of a child with behavioral health needs, or equivalent professional "
           "experience in children's services, required."}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "role", "verdicts", "evidence"), CASES, ids=[c[0] for c in CASES])
def test_whole_advert(name: str, data: bytes, role: str, verdicts: dict, evidence: dict) -> None:
    report = check_bytes(data, name, role="peer")
    assert report.error is None, report.error
    got = {criterion: report.verdict(criterion).verdict for criterion in verdicts}
    assert got == verdicts, {c: report.verdict(c).why for c in verdicts if got[c] != verdicts[c]}
    for criterion, text in evidence.items():
        assert report.verdict(criterion).evidence, criterion
        assert report.verdict(criterion).evidence[0].text == text, criterion


@pytest.mark.parametrize(("name", "data"), [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_no_evidence_is_a_question_or_a_heading(name: str, data: bytes) -> None:
    report = check_bytes(data, name, role="peer")
    for verdict in report.criteria:
        for span in verdict.evidence:
            assert not span.text.rstrip().endswith("?"), (verdict.criterion, span.text)
            assert span.text.strip() not in {"Qualifications", "Selection process", "Key Selection Criteria"}


def _captioned_docx(caption: str, rows: list[tuple[str, str]]) -> bytes:
    a = Advert().title("Family Peer Support Worker")
    a.para("Riverside Youth and Family Services, Kamloops, British Columbia. Part-time, 24 hours a week.")
    a.heading("Qualifications")
    a.para(caption, style="Caption")
    a.table([("Qualification", "Level"), *rows])
    return a.bytes()


# A Word table under a caption (the "Caption" style) that names both levels: the caption sets
# neither ("Minimum and preferred qualifications": each row's own cell does), or, with an
# exception ("Required unless marked (asset)"), the level named first for unmarked rows.
CAPTIONED = [
    ("Required unless marked (asset)", [("Lived experience as a parent of a child with mental health needs", ""),
                                        ("Family peer support training", "(asset)")], "met"),
    ("Minimum and preferred qualifications", [("Lived experience as a parent of a child with mental health needs", "Minimum"),
                                              ("BSW", "Preferred")], "met"),
    # twins: the lived experience row marked as the asset, or Preferred
    ("Required unless marked (asset)", [("Family peer support training", ""),
                                        ("Lived experience as a parent of a child with mental health needs", "(asset)")], "not-met"),
    ("Minimum and preferred qualifications", [("Class 5 driver's licence", "Minimum"),
                                              ("Lived experience as a parent of a child with mental health needs", "Preferred")], "not-met"),
]  # fmt: skip


@pytest.mark.parametrize(("caption", "rows", "expected"), CAPTIONED, ids=[f"{c}:{e}" for c, _, e in CAPTIONED])
def test_a_word_table_caption_naming_both_levels(caption: str, rows: list, expected: str) -> None:
    verdict = check_bytes(_captioned_docx(caption, rows), "family-peer.docx", role="peer").verdict(LE)
    assert verdict.verdict == expected, verdict.why
    assert "Lived experience as a parent" in verdict.evidence[0].text

"""Role detection on whole invented adverts in every format, with UK, US, Australian, New
Zealand and Canadian vocabulary, and negative controls that mention peers in passing.

Every advert here is invented; none copies a real one.
"""

from __future__ import annotations

import json

import pdf_factory
import pytest
from docx_factory import Advert

from jdlint.engine import check_document
from jdlint.readers import pdf as pdf_reader
from jdlint.readers import read_bytes
from jdlint.reports import json as json_report


def _check(data: bytes, name: str):
    document = read_bytes(data, name) if not name.endswith(".pdf") else pdf_reader.parse(data, name)
    return document, check_document(document)


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_uk_title_in_a_table_label_cell() -> None:
    advert = Advert()
    advert.table([["Post title", "Peer Support Worker"], ["Band", "3"], ["Base", "Riverside Ward, Northtown"]])
    advert.heading("Main duties")
    advert.bullets(["Offer one-to-one peer support on the ward", "Co-facilitate recovery groups"])
    _, report = _check(advert.bytes(), "psw.docx")
    assert report.role.kind == "peer" and report.role.confidence == "high"
    assert "title “Peer Support Worker” (labelled field)" in report.role.clues
    assert report.role.evidence[0].block_kind == "table-cell"


def test_docx_us_core_title_when_the_body_opens_with_a_section_heading() -> None:
    advert = Advert()
    advert.doc.core_properties.title = "Peer Recovery Coach"
    advert.para("POSITION HIGHLIGHTS:", bold=True)
    advert.bullets(["Medical, dental and vision benefits", "Paid time off from day one"])
    advert.para("Our clinic serves adults in early recovery from opioid use.")
    document, report = _check(advert.bytes(), "coach.docx")
    assert ("document title", "Peer Recovery Coach") in document.title_sources
    assert report.role.kind == "peer"
    assert "title “Peer Recovery Coach” (metadata: document title)" in report.role.clues


def test_docx_page_header_holds_the_title() -> None:
    advert = Advert().header("Job Description: Peer Mentor (Criminal Justice)")
    advert.heading("Purpose of the post")
    advert.para("To support people leaving prison to settle back into the community.")
    _, report = _check(advert.bytes(), "mentor.docx")
    assert report.role.kind == "peer"
    assert any("(page header)" in c for c in report.role.clues)


def test_docx_negative_control_str_worker_alongside_peers() -> None:
    advert = Advert()
    advert.table([["Job title", "Support Time and Recovery Worker"], ["Grade", "Band 3"]])
    advert.heading("About the team")
    advert.para("You will work alongside our peer support team, nurses and occupational therapists. "
                "Our peer support workers run the weekly recovery college sessions.")
    advert.heading("Essential criteria")
    advert.bullets(["Experience of working in mental health services", "NVQ level 3 in health and social care"])
    _, report = _check(advert.bytes(), "str.docx")
    assert report.role.kind == "other", report.role.why
    assert all(v.verdict == "not-applicable" for v in report.criteria)


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_australian_consumer_peer_worker() -> None:
    pdf = pdf_factory._new(furniture=False)
    pdf.set_title("Position Description")
    pdf.add_page()
    pdf.heading("Position Description", size=16)
    pdf.para("Position Title: Consumer Peer Worker")
    pdf.para("Classification: Peer Worker Level 2. Location: Northern Community Mental Health Service.")
    pdf.heading("Role purpose")
    pdf.para("The Consumer Peer Worker uses their own lived experience of mental ill-health and recovery to "
             "support consumers during their admission and after discharge.")
    _, report = _check(pdf_factory._out(pdf), "cpw.pdf")
    assert report.role.kind == "peer", report.role.why
    assert "title “Consumer Peer Worker” (labelled field)" in report.role.clues


def test_pdf_information_title_is_a_candidate() -> None:
    pdf = pdf_factory._new(furniture=False)
    pdf.set_title("Lived Experience Practitioner")
    pdf.add_page()
    pdf.heading("About the role")
    pdf.para("You will help shape our services with the people who use them, in a small friendly team.")
    document, report = _check(pdf_factory._out(pdf), "lep.pdf")
    assert ("PDF title", "Lived Experience Practitioner") in document.title_sources
    assert report.role.kind == "peer"


# --- HTML ------------------------------------------------------------------------------------

_HTML = """<!doctype html><html><head><title>{page} | Careers</title>
<script type="application/ld+json">{ld}</script></head>
<body><nav><a href="/">Home</a></nav><main><h1>Careers</h1>{body}</main></body></html>"""


def _html(page: str, title: str, description: str, body: str = "") -> bytes:
    ld = json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": title,
                     "description": description})
    return _HTML.format(page=page, ld=ld, body=body).encode()


def test_html_us_recovery_support_specialist_made_peer_by_the_text() -> None:
    description = ("<p>The Recovery Support Specialist provides peer recovery support services to adults "
                   "with substance use disorders in our emergency department.</p>"
                   "<ul><li>Engage patients before discharge</li><li>Link patients to mutual-aid groups</li></ul>")
    _, report = _check(_html("Recovery Support Specialist", "Recovery Support Specialist", description),
                              "rss.html")
    assert report.role.kind == "peer", report.role.why
    assert any(c.startswith("the text says the role is peer work") for c in report.role.clues)
    entry = json_report.report_dict(report)["role"]
    assert entry["confidence"] in ("high", "medium") and entry["clues"]


def test_html_negative_control_case_manager() -> None:
    description = ("<p>As a Case Manager you will complete assessments, coordinate care and work alongside our "
                   "peer support team and peer specialists.</p><p>A degree in social work is required.</p>")
    _, report = _check(_html("Case Manager", "Case Manager", description), "cm.html")
    assert report.role.kind == "other", report.role.why


def test_html_page_title_when_the_h1_is_generic() -> None:
    body = ("<p>We are a community organisation in Ontario.</p>"
            "<p>You will offer one-to-one support to people after a mental health crisis.</p>")
    html = ("<!doctype html><html><head><title>Peer Navigator | Careers</title></head><body><main>"
            f"<h1>Careers</h1>{body}</main></body></html>").encode()
    _, report = _check(html, "nav.html")
    assert report.role.kind == "peer", report.role.why


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_new_zealand_labelled_title() -> None:
    text = """# Position Description

**Position Title**: Peer Support Worker – Whānau
**Team**: Community Mental Health and Addictions
**Reports to**: Team Leader

## Purpose of the role

To walk alongside tāngata whaiora and their whānau, using your own lived experience of mental distress.
"""
    _, report = _check(text.encode(), "nz.md")
    assert report.role.kind == "peer", report.role.why
    assert report.role.confidence == "high"


def test_markdown_sentence_names_the_role_under_a_section_heading() -> None:
    text = """## Skills and abilities:

- Warm and non-judgemental
- Able to keep clear boundaries

## About the role

We are recruiting a Youth Peer Mentor to join our drop-in service for young people aged 16 to 24.
"""
    _, report = _check(text.encode(), "ymentor.md")
    assert report.role.kind == "peer", report.role.why
    assert report.role.clues[0].startswith("no title line; a sentence names the role")


# --- plain text ------------------------------------------------------------------------------


def test_text_canadian_peer_navigator_with_odd_spacing() -> None:
    text = ("Position:\u00a0Peer\u00a0Navigator\n"
            "Location: Halifax, NS\n\n"
            "As a Peer Navigator you will walk along\u00adside people who use our services, "
            "drawing on your own lived  experience of mental health and substance use recov-\nery.\n")
    _, report = _check(text.encode(), "nav.txt")
    assert report.role.kind == "peer" and report.role.confidence == "high"


def test_text_negative_control_recovery_worker_without_lived_experience() -> None:
    text = ("Recovery Worker\n\nYou will support residents to build daily living skills and manage tenancies. "
            "You will work alongside our peer mentors and the housing team.\n\n"
            "Essential: experience of supported housing.\n")
    _, report = _check(text.encode(), "rw.txt")
    assert report.role.kind == "other", report.role.why


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Job Title: Certified Peer Specialist\n\nYou will support adults with serious mental illness.", "peer"),
        ("Job Title: Key Worker\n\nYou will support residents; our peer mentors run the groups.", "other"),
        ("Role: Carer Consultant\n\nYou will bring the carer perspective to our service.", "peer"),
        ("Role: Mental Health Worker\n\nYou will work with our peer workforce.", "other"),
    ],
)
def test_text_labelled_titles_from_each_region(text: str, kind: str) -> None:
    _, report = _check(text.encode(), "advert.txt")
    assert report.role.kind == kind, report.role.why


@pytest.mark.parametrize(
    "rows",
    [
        [["Job Title", "Grade", "Location"], ["Consumer Peer Worker", "Level 2", "Northern Hub"]],
        [["Position Title", "Hours"], ["Family Peer Advocate", "30 per week"]],
    ],
)
def test_docx_title_under_a_job_title_column_header(rows) -> None:
    advert = Advert()
    advert.table(rows)
    advert.para("Our service works with families and young people across the region.")
    _, report = _check(advert.bytes(), "table.docx")
    assert report.role.kind == "peer", report.role.why
    assert f"title “{rows[1][0]}” (labelled field)" in report.role.clues


# --- conditional titles: peer words about other staff, a job noun made peer by the text ----------


def test_html_recovery_navigator_beside_a_partners_peer_staff_is_not_peer() -> None:
    description = ("<p>The Recovery Navigator screens patients on the medical wards and books follow-up care. "
                   "The Navigator works alongside our Peer Support Specialists, who are hired through Bridgeway "
                   "Recovery and offer peer support on every shift.</p>"
                   "<h2>Preferred Qualifications</h2><ul><li>Lived experience of recovery is a plus.</li></ul>")
    _, report = _check(_html("Recovery Navigator", "Recovery Navigator", description), "navigator.html")
    assert report.role.kind == "other", report.role.why
    assert report.verdict("lived-experience-essential").verdict == "not-applicable"


def _champion(level: str) -> bytes:
    """A Wellbeing Champion advert whose lived experience is listed under ``level`` criteria."""
    advert = Advert()
    advert.heading("Wellbeing Champion – Rural Outreach")
    advert.para("Our Wellbeing Champions visit farming families across the district and run a monthly "
                "coffee group.")
    advert.heading(f"{level} criteria")
    advert.bullets(["Lived experience of mental distress and of your own recovery.", "A full driving licence."])
    return advert.bytes()


@pytest.mark.parametrize(
    ("level", "kind", "lived_experience"),
    [
        ("Essential", "peer", "met"),
        # twin: the same advert with lived experience only desirable is not a peer role
        ("Desirable", "other", "not-applicable"),
    ],
)
def test_docx_wellbeing_champion_is_peer_when_the_post_holders_lived_experience_is_required(
        level: str, kind: str, lived_experience: str) -> None:
    _, report = _check(_champion(level), "champion.docx")
    assert report.role.kind == kind, report.role.why
    assert report.verdict("lived-experience-essential").verdict == lived_experience

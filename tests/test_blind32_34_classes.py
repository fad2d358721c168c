"""Classes of wording behind the role, lived experience, principles and panel misses of blind
sets 32-34 (every sentence here is invented for the test, none taken from the blind adverts).
Each class has at least two variants from different countries and the twin that must keep its
verdict. Their sentence tables (criterion, text, verdict) are in tests/test_criteria_wording.py
(CASES, "blind sets 32-34"); here are the tests of whole adverts, reading, roles and evidence."""

from __future__ import annotations

import pytest
from checking import report_of
from docx_factory import Advert
from verdict_table import LE, verdict_of

from jdlint.engine import check_document
from jdlint.readers import read_bytes
from jdlint.readers.text import read_text

# --- a person specification written as "Level – criterion" lines in plain text ---------------
# Each line is a criterion of its own, so "Desirable – Lived experience of ..." is only desirable
# in the specification, and a question in the opening ("Do you have lived experience ...?") does
# not raise it (not met); the twin: the line marked Essential is required (met).

SPEC_LINES = [
    ("Do you have lived experience of psychosis? Read on.\n\nPERSON SPECIFICATION\n\n"
     "Essential  –  Warm listening skills and the patience to let people tell things their own way\n"
     "Essential  –  Able to keep simple notes on the shared drive after each visit\n"
     "Desirable  –  Lived experience of psychosis, your own or as a close relative\n"
     "Desirable  –  A full driving licence", "not-met"),
    ("Do you have a lived experience of an eating disorder? We'd love to hear from you.\n\nSELECTION CRITERIA\n"
     "ESSENTIAL - Experience of running groups for young people in schools or community halls\n"
     "DESIRABLE - Lived experience of an eating disorder and of recovery from it\n"
     "DESIRABLE - Current first aid certificate", "not-met"),
    # twin: the lived experience line is the essential one, after a long desirable line
    ("WHAT WE ARE LOOKING FOR\n\n"
     "Desirable  –  Experience of running groups in community or voluntary sector settings across the region\n"
     "Essential  –  Lived experience of gambling harm\n"
     "Essential  –  Good written English", "met"),
]


@pytest.mark.parametrize(("text", "expected"), SPEC_LINES, ids=["uk-en-dash", "au-caps-hyphen", "twin-essential"])
def test_level_label_lines_are_criteria_of_their_own(text: str, expected: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + text, LE)
    assert verdict.verdict == expected, verdict.why
    assert any("Lived experience of" in e.text for e in verdict.evidence), verdict.evidence


@pytest.mark.parametrize(("name", "text"), [
    ("spec.md", "# Peer Worker\n\nDo you have lived experience of self-harm?\n\n## Person specification\n\n"
                "Essential – Able to work alone on home visits across the whole of the district\n"
                "Desirable – Lived experience of self-harm\n"),
    ("spec.html", "<h1>Peer Worker</h1><p>Do you have lived experience of self-harm?</p><h2>Person specification</h2>"
                  "<p>Essential – Able to work alone on home visits across the whole of the district<br>"
                  "Desirable – Lived experience of self-harm</p>"),
], ids=["md", "html"])
def test_level_label_lines_in_other_formats(name: str, text: str) -> None:
    verdict = report_of(text, name, role="peer").verdict(LE)
    assert verdict.verdict == "not-met", verdict.why


@pytest.mark.parametrize(("line", "heading"), [
    ("Desirable – Lived experience of psychosis", False),
    ("Essential – Skills and Experience", True),  # twin: a heading after the level
])
def test_a_bold_level_line_in_word_is_a_heading_only_when_its_rest_is_one(line: str, heading: bool) -> None:
    data = Advert().title("Peer Support Worker").para(line, bold=True).para("Some text under it.").bytes()
    doc = read_bytes(data, "advert.docx")
    block = next(b for b in doc.blocks if b.text == line)
    assert (block.kind == "heading") is heading, block.kind


def test_level_label_lines_are_read_as_separate_blocks() -> None:
    doc = read_text("Essential  –  Good listening skills and an interest in the people of the wider valley\n"
                    "Desirable  –  Lived experience of homelessness\n"
                    "This line ends without a full stop and is long enough to wrap onto the next line of\n"
                    "essential reading for every new starter.")  # fmt: skip
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "paragraph"]
    assert [" ".join(b.text.split()) for b in doc.blocks] == [
        "Essential – Good listening skills and an interest in the people of the wider valley",
        "Desirable – Lived experience of homelessness",
        "This line ends without a full stop and is long enough to wrap onto the next line of "
        "essential reading for every new starter.",
    ]


@pytest.mark.parametrize(("line", "heading"), [
    ("Desirable – Lived experience of psychosis", False),
    ("ESSENTIAL - A current driver licence", False),
    ("Essential – Skills and Experience", True),  # twin: a heading after the level
    ("Essential criteria", True),
])
def test_a_short_level_line_is_a_heading_only_when_its_rest_is_one(line: str, heading: bool) -> None:
    doc = read_text(line + "\n\nSome text under it.")
    assert (doc.blocks[0].kind == "heading") is heading


def test_applications_welcomed_from_the_people_sought_are_a_preference_for_theirs() -> None:
    """Not met either way, but because the experience is the applicants' and only desirable, not
    because it is the people served's (the advert would then not ask at all)."""
    verdict = verdict_of("Peer Support Worker\n\nWe welcome applications from veterans who have their own lived "
                         "experience of PTSD.", LE)
    assert verdict.verdict == "not-met" and "only desirable" in verdict.why, verdict.why


def test_a_professional_route_is_evidence_under_lived_experience() -> None:
    verdict = verdict_of("Peer Support Worker\n\nEssential: lived experience of psychosis, or comparable experience "
                         "as a carer or clinician in mental health services.", LE)
    assert verdict.verdict == "not-met" and "or comparable experience" in verdict.why
    assert "clinician" in verdict.evidence[0].text


def role_of(text: str):
    return check_document(read_text(text)).role


NAVIGATOR = ("Patient Navigator – Primary Care\n\nThe navigator books appointments, completes benefit forms and "
             "follows up missed visits. Our peer support team sits next door and takes referrals.\n\n"
             "Qualifications\n\nHigh school diploma and two years in a clinic front office.\n\n"
             "We value applicants who bring lived experience of the neighbourhoods we serve.")
HOUSING = ("Housing Support Officer\n\nYou will help tenants keep their homes, working beside our peer mentors."
           "\n\nRequirements\n\nA full driving licence.\n\nWe particularly appreciate candidates with lived "
           "experience of homelessness.")


@pytest.mark.parametrize("text", [NAVIGATOR, HOUSING], ids=["us-navigator", "uk-housing"])
def test_a_post_that_values_lived_experience_beside_a_peer_team_is_not_peer(text: str) -> None:
    role = role_of(text)
    assert role.kind == "other", role.why


# --- page controls beside the title and a listing page's name are not the title ---------------

BODY = ("\n\nYou will offer one-to-one peer support, drawing on your own lived experience of mental health "
        "challenges and recovery.\n\nLived experience of mental health challenges is essential.\n")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Home > Careers > Current Openings\nPeer Recovery Coach          Apply now\nRiverbend Clinic, Ohio" + BODY,
         "Peer Recovery Coach"),
        ("Careers | Open Roles\nLived Experience Practitioner\tSave job\nNorthgate Trust, Bristol" + BODY,
         "Lived Experience Practitioner"),
        ("Jobs › All Vacancies\nPeer Support Kaimahi\u00a0 \u00a0 \u00a0 Share\nTe Awa Trust, Hamilton" + BODY,
         "Peer Support Kaimahi"),
        # twin: a title with no controls beside it
        ("Open Door Peer Worker\nOpen Door Trust, Leeds" + BODY, "Open Door Peer Worker"),
    ],
    ids=["us-apply-now", "uk-tab-save", "nz-nbsp-share", "twin-plain"],
)  # fmt: skip
def test_page_controls_beside_the_title_are_not_part_of_it(text: str, title: str) -> None:
    role = role_of(text)
    assert role.kind == "peer", role.why
    assert any(f"title “{title}”" in clue for clue in role.clues), role.clues


# --- a research post whose title names what it studies ------------------------------------------
# After the research post, peer words whose name ends in no person ("Lived Experience Outcomes",
# "Peer Support Evaluation") are the subject studied: peer only where the text requires lived
# experience. Twins: a person named after it ("Researcher – Peer Worker"), a required lived
# experience, a peer researcher.

STUDY_BODY = ("\n\nYou will design surveys, run focus groups and analyse outcome data for our services.\n\n"
              "A master's degree in a social science is essential. Personal experience of mental distress is "
              "welcome but not essential.\n")  # fmt: skip


@pytest.mark.parametrize(("title", "kind"), [
    ("Researcher – Lived Experience Outcomes", "other"),
    ("Research Fellow, Peer Support Evaluation", "other"),
    ("Evaluator – Lived Experience Measures", "other"),
    ("Peer Researcher – Recovery Outcomes", "peer"),
])
def test_a_research_post_titled_by_what_it_studies(title: str, kind: str) -> None:
    role = role_of(title + STUDY_BODY)
    assert role.kind == kind and f"“{title}”" in role.why, role.why


def test_a_research_post_titled_by_its_subject_is_peer_when_lived_experience_is_required() -> None:
    role = role_of("Researcher – Lived Experience Outcomes\n\nYou will co-design surveys with peer workers.\n\n"
                   "Lived experience of mental distress and recovery is essential for this post.\n")
    assert role.kind == "peer", role.why

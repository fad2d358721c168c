"""Classes of wording the adjacent-professions verdict (CS004) must read, found by the blind
sets 5 to 8: a negated verb chain over a list of duties, an E/D marker in a person
specification row, a registration that is only desirable, the organisation's other
programmes and other staff's work, duties the lexicon had not named (risk assessment
paperwork, timed safety checks, roster cover, work at a nurse's direction), clinical work
in a supporting position, learned experience gained through work, and encouraging adherence
to a prescription; blind set 8: "make sure" people take or follow treatment, NDIS
support coordination, comparable or extensive work experience as the other route,
registration with a professional body, a records system named after case management. Each
class has invented variants (UK, US, Australian, New Zealand and Canadian wording) and the
negative twin that must keep its verdict. No sentence here is copied from a real or blind
advert. The sentence tables of these classes (criterion, sentence, verdict) and the evidence each
verdict quotes are in tests/test_criteria_wording.py (CASES and EVIDENCE, "adjacent professions,
blind sets 5-9"); here are the tests of Word, HTML and Markdown structure and of the evidence of
met."""

from __future__ import annotations

import pytest
from docx_factory import Advert, inserted, paragraph

from jdlint.analysis import Analysis
from jdlint.engine import check_document, default_engine
from jdlint.readers import read_bytes
from jdlint.readers.text import read_text

ADJ = "adjacent-professions"


def verdict(text: str):
    found = check_document(read_text("Peer Support Worker\n\n" + text), role="peer").verdict(ADJ)
    assert found is not None
    return found


# --- a negated verb chain governs every item of the list after it ---------------------------

NEGATED_CHAIN = "You will not be expected to dispense medicines, take bloods or write care plans."


def test_the_evidence_of_met_is_the_sentence_that_negates_the_duties() -> None:
    text = "You will meet people at home.\n\n" + NEGATED_CHAIN + " Registered staff do that."
    found = verdict(text)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [NEGATED_CHAIN]  # the sentence once, not once per duty


# --- the E/D marker of a person specification row decides ------------------------------------


def _spec_docx(rows: list[list[str]]) -> bytes:
    advert = Advert().title("Peer Support Worker")
    advert.para("You will use your own lived experience of mental health difficulties to offer hope.")
    advert.heading("Person specification")
    advert.table(rows)
    return advert.bytes()


def _docx_verdict(data: bytes):
    return check_document(read_bytes(data, "advert.docx"), role="peer").verdict(ADJ)


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # a generic "Requirement" column beside an "E / D" column
        (["Area", "Requirement", "E / D"], [["Qualifications", "Diploma in Counselling or equivalent", "D"]],
         "partly-met"),
        (["Area", "Requirement", "E / D"], [["Qualifications", "Diploma in Counselling or equivalent", "E"]],
         "not-met"),
        # "Minimum requirements" as the column, the row marked Desirable in words
        (["Minimum requirements", "Essential or desirable"],
         [["Bachelor of Social Work", "Desirable"]], "partly-met"),
        (["Minimum requirements", "Essential or desirable"],
         [["Bachelor of Social Work", "Essential"]], "not-met"),
    ],
)
def test_a_rows_marker_decides_over_a_generic_requirement_column(header, rows, expected) -> None:
    found = _docx_verdict(_spec_docx([header, *rows]))
    assert found.verdict == expected, found.why
    assert found.evidence and rows[0][-2] in found.evidence[0].text


@pytest.mark.parametrize(
    ("name", "advert"),
    [
        ("spec.md", "# Peer Support Worker\n\nYou will use your lived experience to offer hope.\n\n"
                    "## Person specification\n\n| Area | Requirement | E/D |\n| --- | --- | --- |\n"
                    "| Experience | Lived experience of mental distress | E |\n"
                    "| Qualifications | Diploma in Counselling | D |\n"),
        ("spec.html", "<h1>Peer Support Worker</h1><p>You will use your lived experience to offer hope.</p>"
                      "<h2>Person specification</h2><table><tr><th>Criteria</th><th>Requirement</th>"
                      "<th>Essential / Desirable</th></tr><tr><td>Experience</td><td>Lived experience of "
                      "mental distress</td><td>Essential</td></tr><tr><td>Qualifications</td>"
                      "<td>Diploma in Counselling</td><td>Desirable</td></tr></table>"),
    ],
)
def test_the_row_marker_decides_in_markdown_and_html_tables(name: str, advert: str) -> None:
    found = check_document(read_bytes(advert.encode(), name), role="peer").verdict(ADJ)
    assert found.verdict == "partly-met", found.why
    assert found.evidence[0].text == "Diploma in Counselling"


def test_the_row_marker_is_read_before_the_column_header() -> None:
    document = read_bytes(_spec_docx([["Requirement", "E/D"], ["NVQ Level 3 in Health and Social Care", "D"]]),
                          "advert.docx")  # fmt: skip
    analysis = Analysis(document, default_engine().registry.patterns)
    cell = next(i for i, b in enumerate(document.blocks) if b.text.startswith("NVQ"))
    assert analysis.requirement(cell) == ("desirable", "marked “D”")


# --- the organisation's other programmes and other staff's work ---------------------------------


def test_other_staffs_work_is_the_evidence_of_a_distinct_role_and_the_organisations_is_not() -> None:
    staff = "The psychiatrists and community nurses in the team carry out all clinical assessments."
    found = verdict("You will walk alongside people in their own communities.\n\n" + staff)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [staff]
    found = verdict("Our charity also runs a wound care service for rough sleepers.")
    assert found.verdict == "met" and not found.evidence, found.why


# --- clinical work in a supporting position -------------------------------------------------------


def test_a_tracked_insertion_of_learned_experience_is_read() -> None:
    advert = Advert().title("Youth Peer Worker")
    advert.para("You will share your story with young people in a purposeful way.")
    advert.heading("Key selection criteria")
    advert.raw(paragraph("Lived experience of mental health challenges as a young person",
                         inserted(", or learned experience through working in youth services"), "."))  # fmt: skip
    found = _docx_verdict(advert.bytes())
    assert found.verdict == "not-met", found.why
    assert "learned experience" in found.evidence[0].text


# --- blind set 7: what the organisation runs, under a heading about the organisation ----------


def _md_verdict(markdown: str):
    found = check_document(read_bytes(markdown.encode(), "advert.md"), role="peer").verdict(ADJ)
    assert found is not None
    return found


ROLE_SECTION = "## What you will do\n\n- Walk alongside people to appointments they choose.\n"


@pytest.mark.parametrize(
    "about",
    [
        # "About" and the organisation's name, its own name as the subject
        "## About Te Whare Oranga\n\nTe Whare Oranga provides kaupapa Māori support across the rohe, including "
        "case management, counselling and opioid substitution prescribing.\n",
        "## About Pine Ridge CMHC\n\nPine Ridge CMHC delivers outpatient therapy, medication management and "
        "wound care in three counties.\n",
        # "Who we are", "About us": the organisation described by apposition
        "## Who we are\n\nRiverside Recovery is a charity offering detox, wound care and counselling for people "
        "who use drugs in the county.\n",
        "## About us\n\nFounded in 1982, Harbourlight runs supported housing, clinical assessments and a "
        "depot clinic in Halifax.\n",
    ],
)
def test_a_duty_under_a_heading_about_the_organisation_is_a_service_it_runs(about: str) -> None:
    found = _md_verdict("# Peer Support Worker\n\n" + about + "\n" + ROLE_SECTION)
    assert found.verdict == "met", found.why
    assert not found.evidence  # what the organisation runs says nothing about the role


@pytest.mark.parametrize(
    ("advert", "expected"),
    [
        # the same sentence under a heading about the role or the applicant is the post's
        ("## About the role\n\nProvide case management to a caseload of twelve.\n", "not-met"),
        ("## About Your Day\n\nGive medication at breakfast and carry out clinical assessments.\n", "not-met"),
        # the post holder as the subject under "About us"
        ("## About us\n\nOur peer workers give medication at breakfast with the nurses.\n", "not-met"),
        ("## About Lakeview Recovery\n\nOur recovery navigators complete intake assessments at the front desk.\n",
         "not-met"),
        ("## Who we are\n\nWe are a small team; you will complete formal risk assessments for the team.\n",
         "not-met"),
    ],
)
def test_the_twins_under_a_heading_about_the_role_or_with_the_post_holder_as_subject(advert: str,
                                                                                     expected: str) -> None:
    found = _md_verdict("# Peer Support Worker\n\n" + advert)
    assert found.verdict == expected, found.why


# --- the role said to exclude duties; "not required or expected to A, B" -------------------------


@pytest.mark.parametrize(
    ("advert", "expected"),
    [
        ("# Peer Support Worker\n\nThe role excludes:\n\n- giving medication\n- restraint\n", "met"),
        ("# Peer Support Worker\n\n## Outside the scope of this role\n\n- Giving medication\n- Clinical assessments\n",
         "met"),
        # twins: a lead-in or heading that does not exclude keeps the duties
        ("# Peer Support Worker\n\nThe role excludes restraint. You will:\n\n- give medication\n", "not-met"),
        ("# Peer Support Worker\n\n## Working outside office hours\n\n- Giving medication\n- Clinical assessments\n",
         "not-met"),
    ],
)
def test_a_lead_in_or_heading_that_excludes_duties_excludes_the_list(advert: str, expected: str) -> None:
    found = _md_verdict(advert)
    assert found.verdict == expected, found.why


def test_a_heading_about_the_organisation_is_read_in_html_and_word() -> None:
    html = ("<h1>Peer Support Worker</h1><h2>About Riverside Recovery</h2><p>Riverside Recovery runs detox, wound "
            "care and clinical assessments in Tauranga.</p><h2>What you will do</h2><ul><li>Walk alongside people."
            "</li></ul>")
    assert check_document(read_bytes(html.encode(), "advert.html"), role="peer").verdict(ADJ).verdict == "met"
    advert = Advert().title("Peer Support Worker")
    advert.heading("About Northgate")
    advert.para("Northgate runs wound care clinics and does clinical assessments across Kent.")
    advert.heading("The role")
    advert.para("You will walk alongside people.")
    assert _docx_verdict(advert.bytes()).verdict == "met"
    twin = Advert().title("Peer Support Worker")
    twin.heading("The role")
    twin.para("Northgate runs wound care clinics and you will do clinical assessments across Kent.")
    assert _docx_verdict(twin.bytes()).verdict == "not-met"


# --- the evidence of met is the sentence that says what the role is not ------------------------

DISTINCT = [
    # the post is not another profession's ("not a <profession> role")
    "This is not a case management role: you will walk alongside people, not manage them.",
    "Please note this isn't a social work or counselling post.",
    # the post-holders are not another profession
    "Our navigators are not parole officers, housing workers or therapists.",
    "You are not there as a nurse; you are there as someone who has been a patient.",
    # the work is not another profession's
    "It isn't counselling, casework or nursing, and nobody will ask you to do those things.",
    # peer support described as non-clinical
    "The Recovery Coach offers non-clinical peer support that sits beside the counselling team.",
    "The Peer Worker is a non-clinical member of the community team.",
    # no qualification is needed
    "You don't need formal qualifications; we will train you.",
    "No qualifications needed, just your own story and a willingness to learn.",
    # the post-holder is not a co-ordinator, nor given a clinical caseload
    "You will not act as a care coordinator for anyone on the ward.",
    "You won't be allocated a clinical caseload.",
    # cover and medicines said to be what the role is not
    "Our peer workers are never used to fill staffing gaps or to cover shifts.",
    "You will not be asked to backfill rota vacancies when the ward is short.",
    "You won't be handling medicines or doing formal risk assessments.",
]


@pytest.mark.parametrize("text", DISTINCT, ids=[t[:45] for t in DISTINCT])
def test_a_statement_of_what_the_role_is_not_is_the_evidence_of_met(text: str) -> None:
    advert = "You will meet people in their homes and in cafés.\n\n" + text + "\n\nYou will keep simple notes."
    found = verdict(advert)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [text]
    assert "different" in found.why


@pytest.mark.parametrize(
    "text",
    [
        "This is not a full-time role.",
        "This is not a social media job, though you will post on our page.",
        "You will not only support clinical work but also lead groups.",
        "Applicants who are not yet qualified are welcome.",
    ],
)
def test_the_twins_a_negation_that_names_no_other_profession_is_no_evidence(text: str) -> None:
    found = verdict("You will meet people in their homes.\n\n" + text)
    assert found.verdict == "met", found.why
    assert found.evidence == ()


def test_a_distinctness_statement_does_not_outweigh_a_clinical_duty() -> None:
    found = verdict("This is not a case management role.\n\nYou will administer medication on the evening round.")
    assert found.verdict == "not-met", found.why


# --- blind set 12: another profession named as the applicant's background --------------------


def test_a_background_said_not_to_be_needed_is_the_evidence_of_met() -> None:
    text = "You do not need a nursing or social work background."
    found = verdict("You will meet parents at home.\n\n" + text)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [text]


# --- blind set 19: risk screening and named screening tools, staffing numbers with words
# between, and a team of any name helped to deliver its clinical plans -----------------------

@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        # risk screening is formal risk assessment under another word
        ("Complete overdose risk screens with each new client at intake.", "not-met",
         "Complete overdose risk screens"),
        ("You will conduct self-harm risk screening for young people in the waiting area.", "not-met",
         "conduct self-harm risk screening"),
        # a named tool after its full name and a bracket, or named by its short name
        ("You will administer the Patient Health Questionnaire (PHQ-9) at every home visit.", "not-met",
         "administer the Patient Health Questionnaire (PHQ-9)"),
        ("Score the Clinical Institute Withdrawal Assessment (CIWA-Ar) for guests in the detox unit.", "not-met",
         "Score the Clinical Institute Withdrawal Assessment (CIWA-Ar)"),
        ("Use the Columbia protocol with callers to the crisis line.", "not-met", "Use the Columbia"),
        # twins: screening the post will not do, and a tool named as something to know about
        ("You will not complete risk screens; the duty nurse does that.", "met", None),
        ("Peer workers never administer the PHQ-9 or the GAD-7: that is the clinicians' work.", "met", None),
    ],
)
def test_risk_screening_and_named_screening_tools_are_another_professions_duty(
        text: str, expected: str, evidence: str | None) -> None:  # fmt: skip
    found = verdict("You will walk alongside people using our service.\n\n" + text)
    assert found.verdict == expected, found.why
    if evidence:
        assert evidence in found.why and [e.text for e in found.evidence] == [text]

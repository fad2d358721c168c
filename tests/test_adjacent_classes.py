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
advert."""

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


def assert_verdict(text: str, expected: str, evidence: str | None = None) -> None:
    found = verdict(text)
    assert found.verdict == expected, f"{found.verdict}: {found.why}"
    if evidence is not None:
        assert found.evidence and evidence in found.evidence[0].text, [e.text for e in found.evidence]


# --- a negated verb chain governs every item of the list after it ---------------------------

CHAIN_MET = [
    "You will not be expected to dispense medicines, take bloods or write care plans.",
    "Peer specialists won't be required to conduct intake assessments, administer medications or complete "
    "formal risk assessments.",
    "Kaimahi will not be required to undertake clinical assessments, give medication or act as care co-ordinator.",
    "We do not expect you to carry out enhanced observations, give medication or take bloods.",
]


@pytest.mark.parametrize("text", CHAIN_MET, ids=[t[:50] for t in CHAIN_MET])
def test_a_negated_verb_chain_reaches_every_item_of_the_list(text: str) -> None:
    assert_verdict(text, "met")


def test_the_evidence_of_met_is_the_sentence_that_negates_the_duties() -> None:
    text = "You will meet people at home.\n\n" + CHAIN_MET[0] + " Registered staff do that."
    found = verdict(text)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [CHAIN_MET[0]]  # the sentence once, not once per duty


@pytest.mark.parametrize(
    "text",
    [
        "Peer workers do not: give medication; carry out observations; complete risk assessments.",
        "What peer specialists don't do: dispense medications, take vital signs or write treatment plans.",
    ],
)
def test_a_negative_lead_in_with_a_colon_inside_the_sentence(text: str) -> None:
    assert_verdict(text, "met")


def test_a_colon_lead_in_that_is_not_negative_keeps_the_duties() -> None:
    assert_verdict("Duties include, but are not limited to: give medication; carry out observations.", "not-met")
    assert_verdict("You will do the following: give medication and take bloods.", "not-met")


@pytest.mark.parametrize(
    "text",
    [
        # not negated at all
        "You will be expected to dispense medicines, take bloods and write care plans.",
        # the negation ends where a new clause starts
        "You will not be expected to work alone, and you will administer medication at night.",
        "Nobody will be expected to drive; staff are required to give medication and take bloods.",
        "We do not need a degree, and will expect you to give medication and carry out enhanced observations.",
    ],
)
def test_the_negation_of_a_chain_stops_at_a_new_clause(text: str) -> None:
    assert_verdict(text, "not-met")


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


# --- a registration that is only desirable -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desirable: registered health professional (nursing, social work or occupational therapy).", "partly-met"),
        ("Registered healthcare practitioner status would be an advantage.", "partly-met"),
        ("Essential: registered health professional.", "not-met"),
        ("You must be a registered clinician.", "not-met"),
        # a list of professions before one "registration"
        ("A psychology, nursing or counselling registration would be an advantage.", "partly-met"),
        ("Essential: current counselling or psychotherapy licence.", "not-met"),
    ],
)
def test_a_registered_professional(text: str, expected: str) -> None:
    assert_verdict(text, expected, evidence=text.split(":")[-1].strip().split(" ")[0])


# --- the organisation's other programmes and other staff's work ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our trust also runs a community detox unit and a depot clinic, where nurses give medication. "
        "You will meet people in cafés and libraries.",
        "The Brookvale Family Association provides counselling, case management and supported housing across the "
        "valley.",
        "We also operate a wound care service and a supervised consumption site.",
        "The clinical team carries out all risk assessments and gives medication; your role is about connection.",
        "Psychiatrists and nurses on the ward handle medication and enhanced observations.",
        "The nurses will give medication and take bloods.",
        "Tūranga Partnership delivers case management, counselling and supported housing.",
    ],
)
def test_what_the_organisation_runs_or_other_staff_do_is_not_the_posts_duty(text: str) -> None:
    assert_verdict(text, "met")


@pytest.mark.parametrize(
    "text",
    [
        # the post holder comes back as the subject: the duty is the post's
        "Our service offers counselling, and you will administer medication on home visits.",
        "Our agency runs a day centre; you will carry out enhanced observations there.",
        # the organisation is not the subject of the duty
        "As part of our service you will give medication and complete risk assessments.",
        # the peer among the staff who do it
        "Nurses and peer workers give medication together at breakfast.",
    ],
)
def test_a_duty_after_the_organisation_is_still_the_posts_when_the_post_holder_does_it(text: str) -> None:
    assert_verdict(text, "not-met")


@pytest.mark.parametrize(
    "text",
    [
        "Medication and risk assessments remain the responsibility of the nursing team.",
        "Giving medication and physical observations sit with the ward nurses, not with peer workers.",
        "Clinical assessments and prescribing are the job of the psychiatrist and the GP.",
    ],
)
def test_a_duty_given_to_other_staff_after_it_is_not_the_posts(text: str) -> None:
    assert_verdict(text, "met")


def test_other_staffs_work_is_the_evidence_of_a_distinct_role_and_the_organisations_is_not() -> None:
    staff = "The psychiatrists and community nurses in the team carry out all clinical assessments."
    found = verdict("You will walk alongside people in their own communities.\n\n" + staff)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [staff]
    found = verdict("Our charity also runs a wound care service for rough sleepers.")
    assert found.verdict == "met" and not found.evidence, found.why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about a duty the post does
        ("You will give medication, which remains the responsibility of the nurse in charge.", "not-met"),
        ("Give medication and take bloods, which remain the responsibility of the nurse in charge.", "not-met"),
        ("Assist nurses with observations, which remain the responsibility of the charge nurse.", "not-met"),
    ],
)
def test_a_relative_clause_does_not_give_the_posts_duty_away(text: str, expected: str) -> None:
    assert_verdict(text, expected)


def test_another_teams_name_is_not_clinical_work() -> None:
    assert_verdict("Work closely with the case management and housing teams while keeping a peer role.", "met")
    assert_verdict("Liaise with care management colleagues about referrals.", "met")
    assert_verdict("Provide case management to a caseload of twelve.", "not-met")


# --- duties the lexicon had not named ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # risk assessment paperwork for a caseload
        ("Complete the service's risk assessment paperwork for everyone on your caseload.", "risk assessment"),
        ("Update the Trust's risk assessment records after every home visit.", "risk assessment"),
        # timed safety checks / observations on a unit
        ("Carry out hourly welfare checks on residents overnight.", "welfare checks"),
        ("Completes 30-minute safety rounds on the unit and records them on the observation chart.", "safety rounds"),
        ("Do safety checks of bedrooms at night.", "safety checks"),
        # roster cover, an extra member of staff
        ("Cover the unit rota when staffing is short.", "rota"),
        ("Be counted in the staffing numbers on night shifts.", "staffing numbers"),
        ("Work as an additional staff member on the floor during busy periods.", "additional staff member"),
        ("Other duties as directed by the shift nurse.", "shift nurse"),
        ("Backfill shifts on the inpatient unit when needed.", "Backfill"),
        ("Undertake and document risk assessments for your caseload.", "risk assessments"),
        # "Support" in a job title is not a supporting position
        ("Peer Support Workers provide 1:1 observations on the ward.", "observations"),
        # encouraging adherence to a prescription
        ("Encourage tenants to stick with their methadone script.", "script"),
        ("Remind clients to stay on their prescribed regime.", "regime"),
        # learned experience gained through work in place of lived experience
        ("Essential: lived experience of suicidal distress, or learnt experience from working in crisis services.",
         "learnt experience"),
        ("Lived experience of homelessness or learned experience gained through professional practice is essential.",
         "learned experience"),
    ],
)
def test_duties_of_another_profession(text: str, evidence: str) -> None:
    assert_verdict(text, "not-met", evidence=evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Do fire safety checks of the building once a month.",
        "Carry out routine safety checks on the pool car.",
        "Coordinate the peer roster for the team.",
        "Other duties as assigned by your peer supervisor.",
        "Encourage people to keep to their own plans and goals.",
        "Record your observations of the group in your reflective log.",
        "Support the peer team with the weekly newsletter.",
        # the bare idiom is read under lived-experience-essential, not here
        "Essential: lived, living or learned experience of alcohol and other drug use.",
    ],
)
def test_the_twins_of_those_duties_are_not_duties(text: str) -> None:
    assert_verdict(text, "met")


# --- clinical work in a supporting position -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Contribute to needs assessments led by the social worker, helping families say what they want.",
        "Help the practice pharmacist with medication reviews for older people.",
        "Assist the ward doctor in explaining medication changes to patients.",
        "Support the community nurse in going through a person's discharge letter with them.",
        "Assists the clinical team in carrying out each veteran's recovery plan.",
        "Help our psychiatric team to prepare people for their ward round.",
    ],
)
def test_clinical_work_in_a_supporting_position_is_partly_met(text: str) -> None:
    assert_verdict(text, "partly-met", evidence=text[:20])


def test_a_tracked_insertion_of_learned_experience_is_read() -> None:
    advert = Advert().title("Youth Peer Worker")
    advert.para("You will share your story with young people in a purposeful way.")
    advert.heading("Key selection criteria")
    advert.raw(paragraph("Lived experience of mental health challenges as a young person",
                         inserted(", or learned experience through working in youth services"), "."))  # fmt: skip
    found = _docx_verdict(advert.bytes())
    assert found.verdict == "not-met", found.why
    assert "learned experience" in found.evidence[0].text


# --- blind set 7: timed rounds named by two words, formal screening by instrument ---------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # timed rounds with a two-word name, rounds of observations, checks timed in minutes
        ("Do two-hourly welfare bed checks through the night shift.", "welfare bed checks"),
        ("Carry out room safety checks every 30 minutes on the acute ward.", "safety checks"),
        ("Take part in observation rounds on the inpatient unit.", "observation rounds"),
        ("Undertake half-hourly room safety checks in the respite house.", "room safety checks"),
        # formal screening by instrument, or by the words formal/standardised/validated
        ("Complete standardised screening questionnaires with each new referral.", "screening questionnaires"),
        ("Conduct the K10 and other structured screening tools at intake.", "K10"),
        ("Use the Kessler with tangata whaiora at their first hui.", "Kessler"),
        ("Administer the AUDIT-C and other validated screening instruments at the front desk.", "AUDIT-C"),
    ],
)
def test_timed_rounds_and_formal_screening_are_another_professions_duty(text: str, evidence: str) -> None:
    assert_verdict(text, "not-met", evidence=evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Do fire safety checks of the building every month.",
        "Help people fill in the housing screening form.",
        "Check in with people every few hours if they want company.",
        # the same duties negated, or other staff's
        "You will not carry out formal screening assessments or observation rounds.",
        "Our nurses complete formal screening assessments and 15-minute safety rounds.",
    ],
)
def test_the_twins_of_timed_rounds_and_screening_keep_the_role_distinct(text: str) -> None:
    assert_verdict(text, "met")


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


# --- a duty word naming another team; the organisation described by apposition ------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will work alongside our prescribing team and the wound care clinic.",
        "Refer people to the community prescribing service when they ask for it.",
        "Link whānau with the GP practice's personal care team.",
        "Introduce people to the clinical assessment team at the hospital.",
        # the organisation by apposition, outside a heading about it
        "Brookside is a charity offering detox and prescribing in Leeds. You will meet people at the hub.",
        "Ridgeway is a non-profit that runs a wound care clinic and a detox unit in Calgary.",
        "Kelso House is a service providing personal care and counselling to older adults in Ballarat.",
    ],
)
def test_a_team_named_by_a_duty_or_the_organisation_by_apposition_is_not_the_posts_duty(text: str) -> None:
    assert_verdict(text, "met")


@pytest.mark.parametrize(
    "text",
    [
        # the duty word led by the post's own verb is still a duty
        "You will be prescribing for the team's clients.",
        "Provide care coordination services to a caseload of fifteen.",
        "Give personal care to residents of the unit.",
        # the post holder back as the subject after the apposition
        "Kelso House is a service providing housing advice, and you will give medication at the hub.",
    ],
)
def test_the_twins_a_duty_done_by_the_post_stays_a_duty(text: str) -> None:
    assert_verdict(text, "not-met")


# --- the role said to exclude duties; "not required or expected to A, B" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a list of duties after "the role excludes" or "excluded from the role:"
        "The role excludes giving medication, clinical assessments and care coordination.",
        "This position excludes administering medication or completing risk assessments.",
        "Excluded from this post: restraint, enhanced observations and room searches.",
        # the duty as the subject, excluded after it in its clause
        "Restraint and enhanced observations fall outside the scope of the peer role.",
        "Dispensing medication is not part of the kaimahi role.",
        "Medication administration and restraint are excluded from the peer support position.",
        # a negated chain joined by "or" / "nor"
        "You are not required or expected to give medication, take bloods or write care plans.",
        "Peer mentors are neither asked nor expected to conduct intake assessments, take bloods or restrain anyone.",
    ],
)
def test_duties_the_role_excludes_say_what_the_role_is_not(text: str) -> None:
    assert_verdict(text, "met", evidence=text[:25])


@pytest.mark.parametrize(
    "advert",
    [
        "# Peer Support Worker\n\nThe role excludes:\n\n- giving medication\n- restraint\n",
        "# Peer Support Worker\n\n## Outside the scope of this role\n\n- Giving medication\n- Clinical assessments\n",
    ],
)
def test_a_lead_in_or_heading_that_excludes_duties_excludes_the_list(advert: str) -> None:
    assert _md_verdict(advert).verdict == "met"


@pytest.mark.parametrize(
    "text",
    [
        # the exclusion does not reach a new clause or another sentence
        "The role excludes restraint, but you will give medication at breakfast.",
        "The role includes giving medication but excludes restraint.",
        "You will give medication, which is outside the scope of most peer roles.",
        # a chain word after a list item does not make the list negated
        "You will not hold a caseload, or you will give medication.",
        "You won't need a degree and will be expected to give medication and take bloods.",
    ],
)
def test_the_twins_an_exclusion_that_does_not_reach_the_duty(text: str) -> None:
    assert_verdict(text, "not-met")


@pytest.mark.parametrize(
    "advert",
    [
        "# Peer Support Worker\n\nThe role excludes restraint. You will:\n\n- give medication\n",
        "# Peer Support Worker\n\n## Working outside office hours\n\n- Giving medication\n- Clinical assessments\n",
    ],
)
def test_a_lead_in_or_heading_that_does_not_exclude_keeps_the_duties(advert: str) -> None:
    assert _md_verdict(advert).verdict == "not-met"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a supporting word in an earlier clause does not put the duty in a supporting position
        ("Kelso House is a service providing peer support; you will give medication there.", "not-met"),
        ("We help people settle in, but you will also give medication at night.", "not-met"),
        # the twin: the supporting verb in the duty's own clause
        ("Help the charge nurse with medication rounds on the ward.", "partly-met"),
        ("You will assist the community nurse in giving medication at home visits.", "partly-met"),
    ],
)
def test_a_supporting_position_is_read_in_the_duty_clause_only(text: str, expected: str) -> None:
    assert_verdict(text, expected)


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


# --- blind set 8: enforcing treatment said another way -------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # "make sure" for "ensure", the people served named with a qualifier before the verb
        "Make sure participants on the opioid treatment program take their doses as prescribed.",
        "You will make sure tenants in the supported flats take their medication every evening.",
        "Ensure residents on the methadone programme take their script as directed.",
        # following through on treatment advice
        "Ensure young people follow through on their clinician's recommendations.",
        "Make sure whānau carry out the treatment plan agreed with the psychiatrist.",
        "Ensuring carers act on all medical advice given at discharge.",
    ],
)
def test_making_sure_people_take_or_follow_treatment_is_enforcing_compliance(text: str) -> None:
    assert_verdict(text, "not-met", text.split(" ")[1])


@pytest.mark.parametrize(
    "text",
    [
        "Make sure tenants have a lift to their clinic appointments.",  # no treatment to follow
        "Ensure families follow through on the goals they set for themselves.",  # their own goals
        "Make sure people know how to ask their prescriber about side effects.",
        "You will not be asked to make sure people take their medication.",  # negated
    ],
)
def test_the_twins_making_sure_without_enforcing_treatment(text: str) -> None:
    assert_verdict(text, "met")


# --- blind set 8: NDIS support coordination is care co-ordination ----------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Deliver NDIS support coordination to a caseload of 20 participants.",
        "The worker also holds a support coordination caseload.",
        "You will provide specialist support coordination for people with psychosocial disability.",
        "At times you will act as support coordinator for participants without one.",
    ],
)
def test_support_coordination_is_another_professions_duty(text: str) -> None:
    assert_verdict(text, "not-met", "support coordinat")


@pytest.mark.parametrize(
    "text",
    [
        "Help carers work with their NDIS support coordinator.",  # someone else's role
        "We are a registered NDIS provider offering support coordination.",  # the organisation's service
        "You will provide peer support coordination across the region.",  # the peer programme
        "The Peer Support Coordinator role is a senior peer post.",
    ],
)
def test_the_twins_support_coordination_that_is_not_the_posts_duty(text: str) -> None:
    assert_verdict(text, "met")


# --- blind set 8: adjacent work experience as the other route ------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "What we need:\n\n- Lived experience of homelessness\n- Or comparable experience gained in paid roles in housing support",
        "Lived experience of problem gambling, or equivalent experience acquired through employment in the sector.",
        "Lived experience of mental distress, or extensive experience working alongside consumer workers.",
        "Personal experience of addiction, or significant experience supporting people in AOD services.",
    ],
)
def test_comparable_or_extensive_work_experience_as_the_other_route_is_not_met(text: str) -> None:
    assert_verdict(text, "not-met")


@pytest.mark.parametrize(
    "text",
    [
        "Lived experience of psychosis, or significant experience of caring for someone with psychosis.",  # lived too
        "Lived experience of self-harm, and extensive experience working in groups.",  # both asked for
        "Lived experience of an eating disorder is essential. Experience gained through work in schools is welcome.",
    ],
)
def test_the_twins_another_lived_route_or_experience_asked_for_as_well(text: str) -> None:
    assert_verdict(text, "met")


# --- blind set 8: registration with a professional body, named or not ------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desirable\n\n- Registration with a professional body", "partly-met"),
        ("Nice to have: membership of a recognised professional association such as the ACA.", "partly-met"),
        ("Essential: registration with the relevant regulatory body.", "not-met"),
        ("You must be registered with an appropriate professional body.", "not-met"),
        ("You do not need registration with a professional body.", "met"),
    ],
)
def test_registration_with_a_professional_body_is_a_professional_qualification(text: str, expected: str) -> None:
    assert_verdict(text, expected)


# --- blind set 8: a records system named after case management is not the work -------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Record all contacts on the case management system within two days.", "met"),
        ("Update the client's file in our case management database after each visit.", "met"),
        ("You will support case management and keep notes on the system.", "partly-met"),  # the work itself
    ],
)
def test_a_records_system_named_after_case_management_is_not_the_work(text: str, expected: str) -> None:
    assert_verdict(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Lived experience of addiction is essential. Cert IV in Peer Work, or equivalent experience gained in a "
        "peer role, is desirable.",
        "Lived experience of psychosis; a peer qualification or extensive experience working as a peer specialist.",
    ],
)
def test_the_twins_experience_of_the_peer_work_itself_is_not_an_adjacent_route(text: str) -> None:
    assert_verdict(text, "met")


def test_experience_supervising_peers_is_still_another_route() -> None:
    assert_verdict("Lived experience of homelessness, or considerable experience supervising peer workers.", "not-met")


# --- blind set 9: a range of certificate levels, care-work certificates, a qualification named
# by its level in a health or social field -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Essential\n\n- Certificate III or IV in Disability, Ageing or Community Services", "not-met"),
        ("You must hold a Cert III/IV in Individual Support.", "not-met"),
        ("Desirable: Certificate 3 or 4 in Alcohol and Other Drugs.", "partly-met"),
        ("Desirable\n\n- Tertiary qualification in health or social sciences.", "partly-met"),
        ("A college diploma in the human services would be an asset.", "partly-met"),
        ("Essential: a university degree in the behavioural sciences.", "not-met"),
    ],
)
def test_a_qualification_named_by_its_levels_or_its_level_of_study(text: str, expected: str) -> None:
    assert_verdict(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Essential\n\n- Certificate III or IV in Mental Health Peer Work",  # the peer qualification itself
        "Desirable: a university degree in fine art or music.",  # not a health or social field
        "Essential: Certificate III or IV in Hospitality.",
    ],
)
def test_the_twins_a_peer_certificate_or_another_field_is_not_another_profession(text: str) -> None:
    assert_verdict(text, "met")


# --- blind set 9: cover when the (qualified) team is short ------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "You will pick up support shifts when the rostered team is short.",
        "Help on the floor whenever our residential support staff are short-staffed.",
        "If the overnight team is understaffed, you will join the rota.",
    ],
)
def test_covering_when_a_named_team_is_short_is_not_met(text: str) -> None:
    assert_verdict(text, "not-met")


def test_the_twin_a_team_that_is_not_short_is_no_cover_duty() -> None:
    assert_verdict("You will join the rostered team when it is back from leave.", "met")


# --- blind set 9: the other route opened by "Alternatively," or "Otherwise," ------------------

@pytest.mark.parametrize(
    "text",
    [
        "Lived experience of homelessness is essential.\n\nNo lived experience? Alternatively, two years' "
        "experience of working in housing support will be considered.",
        "Desirable\n\n- Group work\n\nOtherwise, experience supporting young people in a school setting is "
        "accepted in its place.",
        "Lived experience of gambling harm. Alternatively, significant experience gained in financial counselling.",
    ],
)
def test_an_other_route_opened_by_a_sentence_adverb_is_not_met(text: str) -> None:
    assert_verdict(text, "not-met", evidence="lternatively" if "lternatively" in text else "Otherwise")


@pytest.mark.parametrize(
    "text",
    [
        "Lived experience of addiction is essential. Alternatively, send us a short video instead of a letter.",
        "Lived experience of psychosis is essential. Otherwise, apply by post to the address below.",
    ],
)
def test_the_twins_a_sentence_adverb_without_work_experience_is_no_other_route(text: str) -> None:
    assert_verdict(text, "met")


# --- blind set 9: contributing to the clinical team's plans is supporting clinical work -------

@pytest.mark.parametrize(
    "text",
    [
        "Contributing to the clinical team's wellness plans and reporting back on progress.",
        "You will contribute to the treating team’s recovery plan for each tenant.",
        "Input into the multidisciplinary team's care planning every week.",
    ],
)
def test_contributing_to_the_clinical_teams_plans_is_partly_met(text: str) -> None:
    assert_verdict(text, "partly-met")


def test_the_twin_the_persons_own_plan_is_peer_work() -> None:
    assert_verdict("Support each person to write their own wellness plan, in their own words.", "met")


# --- the compliance pattern's objects, each one token or one phrase ---------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Ensure patients follow their treatment.",
        "You will ensure that whānau are following the discharge instructions.",
        "Ensure clients follow their medication regimen after discharge.",
    ],
)
def test_ensuring_people_follow_treatment_or_instructions_is_not_met(text: str) -> None:
    assert_verdict(text, "not-met")


def test_the_twin_following_a_procedure_of_ones_own_is_not_compliance() -> None:
    assert_verdict("Ensure you follow the lone working procedure on home visits.", "met")


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


# --- cover and medicines said to be what the role is not --------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Our peer workers are never used to fill staffing gaps or to cover shifts.",
        "You will not be asked to backfill rota vacancies when the ward is short.",
        "You won't be handling medicines or doing formal risk assessments.",
    ],
)
def test_cover_or_medicines_the_role_will_not_do_are_the_evidence_of_met(text: str) -> None:
    found = verdict("You will walk alongside people in the community.\n\n" + text)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You may be asked to fill nursing gaps at weekends.", "not-met"),
        ("You will handle medication for residents on the night shift.", "not-met"),
        ("You will help fill gaps in community support for families.", "met"),  # not staffing
    ],
)
def test_filling_staffing_gaps_and_handling_medicines_are_duties(text: str, expected: str) -> None:
    assert_verdict(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will not be asked to backfill rota vacancies when the ward is short.", "met"),
        ("Peer mentors are never used as extra staff if the hostel team is understaffed.", "met"),
        ("You will backfill rota vacancies when the ward is short.", "not-met"),  # the twin: not negated
        ("We do not pay overtime, but you will step in when the ward is short.", "not-met"),  # another clause
    ],
)
def test_a_condition_on_a_negated_clause_is_negated_too(text: str, expected: str) -> None:
    assert_verdict(text, expected)


# --- blind set 12: statutory assessments of need or capacity done by the post -----------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will carry out statutory carers' assessments on behalf of the county council.", "not-met"),
        ("Complete Care Act needs assessments for people leaving hospital.", "not-met"),
        ("Undertake functional capacity assessments ahead of NDIS plan reviews.", "not-met"),
        ("Conduct mental capacity assessments with tangata whai ora on the ward.", "not-met"),
        ("You will be responsible for carers' assessments under the Care Act 2014.", "not-met"),
        ("Lead on statutory needs assessments for the borough's young carers.", "not-met"),
        # named formal assessments of need or level of care
        ("Complete ASAM level of care assessments for new admissions.", "not-met"),
        ("Conduct LOCUS assessments at intake for each young adult.", "not-met"),
        ("Complete NASC needs assessments for tāngata whaiora leaving the ward.", "not-met"),
        # the same work in a supporting position, with a possessive: partly met
        ("Assist with carer's assessments when the social worker asks.", "partly-met"),
        ("Support social workers with statutory needs assessments.", "partly-met"),
        # twins: a person's own assessment, or a referral to one, is not the post's duty
        ("Help carers complete their carer's assessment forms before the council visits.", "met"),
        ("Signpost carers to the local authority for a Care Act assessment.", "met"),
        ("Help whānau understand their NASC assessment before the meeting.", "met"),
        ("Knowledge of ASAM criteria and the levels of care is helpful.", "met"),
        ("Our social workers are responsible for carers' assessments; you will offer peer support.", "met"),
        ("The case managers complete the needs assessments, and you will walk alongside families.", "met"),
        # the twin of the twin: the post holder comes back as the subject of the duty
        ("Social workers complete the reviews and you will complete carers' assessments too.", "not-met"),
        ("You will not complete carers' assessments: the council's social workers do those.", "met"),
    ],
)
def test_a_statutory_assessment_done_by_the_post_is_another_professions_duty(text: str, expected: str) -> None:
    assert_verdict(text, expected)


# --- blind set 12: another profession named as the applicant's background --------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nursing or social work background is preferred but not required.", "partly-met"),
        ("A background in counselling or psychology would be an advantage.", "partly-met"),
        ("Ideally you will have a youth work background.", "partly-met"),
        ("Essential: a social work background.", "not-met"),
        ("Applicants must have a clinical background.", "not-met"),
        ("You will have a background in occupational therapy.", "not-met"),
        # work experience in another profession, named as such
        ("Experience as a social worker or nurse is desirable.", "partly-met"),
        ("Desirable: previous experience working as a counsellor.", "partly-met"),
        ("Essential: at least two years' experience as a youth worker.", "not-met"),
        # twins: other people's background, anyone's background, or one said not to be needed
        ("Several of our team have a nursing background, and you will work alongside them.", "met"),
        ("We welcome people from every social and cultural background.", "met"),
        ("You do not need a nursing or social work background.", "met"),
        ("You don't need experience as a nurse or counsellor.", "met"),
        ("Applicants from a clinical or non-clinical background are welcome.", "met"),
        ("People from non-medical backgrounds are encouraged to apply.", "met"),
        ("Experience as a peer worker is desirable.", "met"),
        ("Lived experience as a carer is essential.", "met"),
    ],
)
def test_a_professional_background_is_read_at_the_level_it_is_asked_for(text: str, expected: str) -> None:
    assert_verdict(text, expected)


def test_a_background_said_not_to_be_needed_is_the_evidence_of_met() -> None:
    text = "You do not need a nursing or social work background."
    found = verdict("You will meet parents at home.\n\n" + text)
    assert found.verdict == "met", found.why
    assert [e.text for e in found.evidence] == [text]


# --- blind set 12: youth work, and a profession later in a list of fields ----------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desirable: a qualification in youth work or community development.", "partly-met"),
        ("A degree in sociology, criminology or social work would be an asset.", "partly-met"),
        ("Preferred: a diploma in child development or counselling.", "partly-met"),
        ("Essential: a JNC-recognised youth work diploma.", "not-met"),
        # twins: a list of fields with no profession in it
        ("Desirable: a degree in business or social sciences.", "met"),
        ("Desirable: a qualification in music, drama or art.", "met"),
    ],
)
def test_a_profession_in_a_list_of_fields_is_a_professional_qualification(text: str, expected: str) -> None:
    assert_verdict(text, expected)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will be counted in the unit's minimum staffing levels on late shifts.", "not-met"),
        ("This post counts towards the ward's safer nursing establishment.", "not-met"),
        ("Peer workers are included within our night shift staffing ratios.", "not-met"),
        # twins: supernumerary, said in so many words; numbers of another kind
        ("You are supernumerary and are never counted in the ward's staffing numbers.", "met"),
        ("You will be counted among the first peer workers in the region.", "met"),
    ],
)
def test_counted_in_staffing_numbers_with_words_between_is_cover(text: str, expected: str) -> None:
    assert_verdict(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will help the ward team to deliver the care plans agreed at each review.", "partly-met"),
        ("Assist community staff in carrying out each client's treatment plan.", "partly-met"),
        ("Support our crisis house nurses with implementing residents' nursing care plans.", "partly-met"),
        # twins: a team helped to deliver peer work; the person's own plan, written with them
        ("Help the team to deliver peer groups and social outings.", "met"),
        ("You will help people write their own recovery plans in their own words.", "met"),
    ],
)
def test_helping_a_team_deliver_its_clinical_plans_is_clinical_work_in_support(text: str, expected: str) -> None:
    assert_verdict(text, expected)

"""Classes of wording and structure found on a blind held-out set of invented adverts
(role, the four clear-soil verdicts), each fixed in general and tested here with invented
variants in UK, US, Australian, New Zealand and Canadian vocabulary, as TXT, Markdown and
HTML. None of these adverts is a real one."""

from __future__ import annotations

import pytest
from checking import report_of as _report
from checking import verdict_of as _verdict

LE, PP, PANEL, ADJ = "lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions"


# --- A. "Peer <noun>" titles outside the peer vocabulary ----------------------------------------

PEER_BRIDGER_HTML = """<html><head><title>Peer Bridger | Harbourview Careers</title></head><body>
<h1>Peer Bridger</h1>
<p>Harbourview Community Services, Portland, OR. Full time, $21.00/hr.</p>
<h2>About the role</h2>
<p>The Peer Bridger supports adults leaving inpatient psychiatric care as they return to the community.</p>
<h2>Minimum Qualifications</h2>
<ul><li>Lived experience of mental health recovery is required.</li><li>High school diploma or GED.</li></ul>
</body></html>"""

PEER_LIAISON_TXT = """Peer Liaison

Southgate Housing Trust, Leeds - 30 hours a week, £24,500

About the role
As our Peer Liaison you will work alongside people who are sleeping rough, offering friendship and hope.

What you need
- Personal experience of homelessness is essential.
"""

PEER_CONNECTOR_MD = """# Peer Connector

**Location:** Dunedin | **Hours:** 32 per week

## About the role

The Peer Connector links tangata whai ora leaving hospital with community supports and whānau.
"""

PEER_REVIEW_TXT = """Peer Review Coordinator

Medical Journal Office, Toronto, ON

About the role
You will manage the peer review process for submitted manuscripts and liaise with editors.
"""


@pytest.mark.parametrize(("name", "text"), [("bridger.html", PEER_BRIDGER_HTML), ("liaison.txt", PEER_LIAISON_TXT),
                                            ("connector.md", PEER_CONNECTOR_MD)])  # fmt: skip
def test_a_peer_noun_title_is_a_peer_role(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "peer", role


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Peer Bridger - Adult Mental Health Services", "peer"),
        ("Peer Liaison (0.8 FTE)", "peer"),
        ("Peer Connector, Youth Services", "peer"),
        ("PEER OUTREACH WORKER", "peer"),
        ("Peer Wellness Coach", "peer"),
        ("Senior Peer Bridger", "peer-senior"),
        ("Peer Review - Clinical Governance", "other"),
        ("Peer Group Facilitator", "other"),
        # a clinician in a peer team or programme is not a peer role, a peer worker in a service is
        ("Clinical Therapist - Peer Integration Team", "other"),
        ("Registered Nurse, Peer Recovery Program", "other"),
        ("Social Worker – Lived Experience Service", "other"),
        ("Peer Support Worker - Adult Services", "peer"),
        ("Carer Peer Support Worker AMH Inpatient Services", "peer"),
        ("Peer Support Team Leader", "peer-senior"),
    ],
)
def test_a_peer_noun_title_variants(title: str, kind: str) -> None:
    text = f"{title}\n\nAbout the role\nYou will support adults leaving hospital.\n"
    role = _report(text, "title.txt").role
    assert role is not None and role.kind == kind, role


def test_a_peer_title_only_in_the_page_title() -> None:
    page = PEER_BRIDGER_HTML.replace("<h1>Peer Bridger</h1>", "<h1>Careers</h1>")
    role = _report(page, "bridger-title.html").role
    assert role is not None and role.kind == "peer", role


@pytest.mark.parametrize(
    "text",
    [
        "Harbourview Community Services is hiring!\n\nWe are recruiting a Peer Bridger to join our hospital "
        "transitions team. You must have lived experience of mental health recovery.\n",
        "Careers at Harbourview\n\nThe Peer Liaison supports adults leaving inpatient care and shares their own "
        "recovery story.\n",
    ],
)
def test_a_no_title_but_the_body_names_a_peer_noun_role(text: str) -> None:
    role = _report(text, "untitled.txt").role
    assert role is not None and role.kind == "peer", role


def test_a_peer_review_in_the_body_is_no_role() -> None:
    text = "Careers at Harbourview\n\nThe Peer Review Group meets monthly to discuss clinical cases.\n"
    role = _report(text, "review-body.txt").role
    assert role is not None and role.kind == "other", role


def test_a_peer_review_title_is_not_a_peer_role() -> None:
    role = _report(PEER_REVIEW_TXT, "review.txt").role
    assert role is not None and role.kind == "other", role


# --- B. Conditional titles: peer only where the text says peer or requires lived experience -------

AU_PSYCHOSOCIAL_TXT = """Psychosocial Recovery Coach

Bright Pathways Disability Services, Parramatta NSW. Full time, SCHADS Level 3.

About the role
As a Psychosocial Recovery Coach you will work with NDIS participants living with psychosocial disability to build capacity, coordinate their supports and plan for recovery.

Key Selection Criteria
- Certificate IV in Mental Health, or a relevant tertiary qualification in social work, psychology or community services.
- Knowledge of the NDIS and its psychosocial supports.
- Current driver's licence.

Lived experience of mental ill health is welcome and desirable.
"""

CA_RECOVERY_SUPPORT_MD = """# Recovery Support Specialist

**Location:** Winnipeg, MB | **Status:** Permanent full-time

## About the role

The Recovery Support Specialist helps clients in our withdrawal management program plan their next steps and connect with housing and income supports.

## Qualifications

* Diploma in Social Service Work or a related field.
* Lived experience of addiction is considered an asset.
"""

US_RECOVERY_COACH_TXT = """Recovery Coach

Lakeside Recovery Center, Duluth, MN - Full time

Position Summary
The Recovery Coach supports adults in early recovery from substance use disorders.

Minimum Qualifications
- Lived experience of recovery from a substance use disorder, with at least two years in recovery, is required.
- High school diploma or GED.
"""

US_RECOVERY_COACH_PEER_HTML = """<html><head><title>Recovery Coach</title></head><body><h1>Recovery Coach</h1>
<p>The Recovery Coach provides peer recovery support services to people leaving the emergency department after an overdose.</p>
</body></html>"""


@pytest.mark.parametrize(("name", "text"), [("nz.txt", AU_PSYCHOSOCIAL_TXT), ("ca.md", CA_RECOVERY_SUPPORT_MD)])
def test_b_conditional_title_without_peer_or_required_lived_experience_is_other(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "other", role


@pytest.mark.parametrize(("name", "text"), [("us.txt", US_RECOVERY_COACH_TXT), ("us.html", US_RECOVERY_COACH_PEER_HTML)])
def test_b_recovery_coach_that_requires_lived_experience_or_says_peer_stays_peer(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "peer", role


# --- C. Lived experience that adjacent experience can stand in for -------------------------------

US_SUBSTITUTED_TXT = """Peer Support Specialist

Cascade Family Services, Tacoma, WA - Full time

Position Summary
The Peer Support Specialist provides peer support to adults in our community mental health program.

Minimum Qualifications
- Lived experience of a mental health condition or two years of related work experience in human services.
- Valid driver's license.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Lived experience of a mental health condition or two years of related work experience in human services.",
        "Lived experience of mental health or addiction challenges, or 3 years' equivalent experience in a community agency.",
        "Lived experience of problem gambling or equivalent work experience.",
        "Lived experience of substance use, or a combination of education and experience.",
        "Lived experience of homelessness or 12 months relevant experience in a housing service.",
        "Lived experience of mental illness, or a minimum of two years' experience working in community services.",
        "Lived experience of addiction or at least 2 years of experience in a related field.",
        "Lived experience of mental health challenges or an equivalent combination of education and experience.",
    ],
)
def test_c_substitutable_lived_experience_is_not_met_twice(line: str) -> None:
    text = US_SUBSTITUTED_TXT.replace(
        "Lived experience of a mental health condition or two years of related work experience in human services.", line)
    assert _verdict(text, "sub.txt", LE) == "not-met"
    assert _verdict(text, "sub.txt", ADJ) == "not-met"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("semicolon.txt", "Peer Support Specialist\n\nMinimum Qualifications\n- Lived experience of mental illness and "
                          "recovery; OR\n- Two years of paid experience in a human services setting.\n"),
        ("line.txt", "Peer Support Specialist\n\nMinimum Qualifications\nLived experience of mental illness and "
                     "recovery\nOR\nTwo years of paid experience in a human services setting.\n"),
        ("items.md", "# Peer Recovery Specialist\n\n## Minimum Qualifications\n\n* Lived experience of recovery from "
                     "a substance use disorder, or\n* An associate degree and one year of related experience.\n"),
    ],
)
def test_c_or_between_list_items_is_a_substitution(name: str, text: str) -> None:
    assert _verdict(text, name, LE) == "not-met"
    assert _verdict(text, name, ADJ) == "not-met"


def test_c_or_between_two_kinds_of_lived_experience_is_not() -> None:
    text = ("Family Peer Advocate\n\nMinimum Qualifications\n- Lived experience as the parent of a child with "
            "emotional challenges; or\n- Lived experience as a kinship carer of such a child.\n")
    assert _verdict(text, "kinds.txt", LE) == "met"


def test_c_or_experience_supporting_clients_is_a_substitute() -> None:
    text = US_SUBSTITUTED_TXT.replace(
        "or two years of related work experience in human services", "or experience supporting clients in a community setting")
    assert _verdict(text, "clients.txt", LE) == "not-met"
    assert _verdict(text, "clients.txt", ADJ) == "not-met"


def test_c_or_more_years_is_a_count_not_a_substitute() -> None:
    text = US_SUBSTITUTED_TXT.replace(
        "or two years of related work experience in human services", "and two or more years of recovery")
    assert _verdict(text, "count.txt", LE) == "met"
    assert _verdict(text, "count.txt", ADJ) == "met"


# --- D. An "or" inside the description of the lived experience ----------------------------------

@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("us.txt", "This position requires lived experience as the parent or primary caregiver of a child with "
                   "social, emotional or behavioral challenges."),
        ("au.txt", "Lived experience as a consumer or carer of mental health services is essential."),
        ("nz.txt", "Lived experience of mental health or substance use challenges is essential."),
        ("uk.txt", "You must have lived experience of psychosis or experience of caring for someone with psychosis."),
        ("ca.txt", "Lived experience as a family member or friend of someone with an addiction is required."),
        ("ca2.txt", "Lived experience of addiction or experience caring for a loved one with addiction is required."),
        ("us2.txt", "Lived experience of mental illness or substance use, or as the parent of a youth involved with "
                    "child welfare, is required."),
    ],
)
def test_d_or_inside_the_lived_experience_is_not_a_substitution(name: str, line: str) -> None:
    text = US_SUBSTITUTED_TXT.replace(
        "Lived experience of a mental health condition or two years of related work experience in human services.", line)
    assert _verdict(text, name, LE) == "met"
    assert _verdict(text, name, ADJ) == "met"


# --- E. Kinds of lived experience beyond mental health and substance use -------------------------

KIND_TXT = """Peer Support Worker

Minimum Qualifications
- {line}
- Ability to work flexibly.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Lived experience of the child welfare system is required.",
        "Lived experience of child protection involvement is required.",
        "Lived experience of reunification with your children is essential.",
        "Lived experience of foster care or out-of-home care is essential.",
        "Lived experience of the justice system, incarceration or probation is required.",
        "Lived experience of being justice-involved is required.",
        "Lived experience of military service is required.",
        "Lived experience as a veteran is required.",
        "Lived experience of living with HIV is essential.",
        "Lived experience of family violence is essential.",
        "Lived experience of intimate partner violence is essential.",
        "Lived experience as a parent who has navigated the child protection system is required.",
        "Lived experience as a family member of someone who has been incarcerated is required.",
        "Lived experience as a parent is required.",
    ],
)
def test_e_kind_of_lived_experience_is_named(line: str) -> None:
    assert _verdict(KIND_TXT.format(line=line), "kind.txt", LE) == "met"


def test_e_fix_names_the_kind_the_service_is_about() -> None:
    text = ("Family Peer Advocate\n\nAbout the role\nYou will support parents involved with the child welfare "
            "system toward reunification with their children.\n\nQualifications\n- Lived experience is required.\n")
    verdict = _report(text, "welfare.txt", role="peer").verdict(LE)
    assert verdict.verdict == "partly-met"
    assert verdict.fix is not None and "child welfare" in verdict.fix.text


def test_e_lived_experience_without_a_kind_is_still_partly_met() -> None:
    assert _verdict(KIND_TXT.format(line="Lived experience is required."), "nokind.txt", LE) == "partly-met"


# --- F. Essential / desirable markers at the end of a line -----------------------------------------

SPEC_TXT = """Peer Support Worker

Person specification
- Good communication skills (E)
- {line}
- NVQ Level 3 in Health and Social Care (D)
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lived experience of mental health difficulties and recovery (E)", "met"),
        ("Lived experience of mental health difficulties and recovery [E]", "met"),
        ("Lived experience of mental health difficulties and recovery – Essential", "met"),
        ("Lived experience of mental health difficulties and recovery (Essential)", "met"),
        ("Lived experience of mental health difficulties and recovery (D)", "not-met"),
        ("Lived experience of mental health difficulties and recovery (Desirable)", "not-met"),
        ("Lived experience of mental health difficulties and recovery [D]", "not-met"),
    ],
)
def test_f_line_marker_sets_the_level_of_its_line(line: str, expected: str) -> None:
    assert _verdict(SPEC_TXT.format(line=line), "spec.txt", LE) == expected


def test_f_markers_on_lines_joined_into_one_paragraph_keep_to_their_line() -> None:
    # plain text without bullets: the lines join into one block, each keeps its own marker
    text = ("Mental Health Peer Support Worker\n\nPerson specification\nGood communication skills (E)\n"
            "Lived experience of self-harm and recovery (E)\nDegree in psychology (D)\n")
    report = _report(text, "joined.txt", role="peer")
    assert report.verdict(LE).verdict == "met"
    assert report.verdict(ADJ).verdict == "partly-met"  # the degree is only desirable


def test_f_markers_in_html_list_items_and_line_breaks() -> None:
    page = """<html><head><title>Peer Support Worker</title></head><body><h1>Peer Support Worker</h1>
<h2>Person specification</h2>
<ul><li>Lived experience of mental health difficulties and recovery (E)</li>
<li>Registered Mental Health Nurse (D)</li></ul>
<p>Knowledge of WRAP (D)<br>Experience of working in a team [E]</p></body></html>"""
    report = _report(page, "spec.html", role="peer")
    assert report.verdict(LE).verdict == "met"
    assert report.verdict(ADJ).verdict == "partly-met"  # the nurse registration is only desirable


def test_f_essential_label_on_one_line() -> None:
    text = ("Peer Support Worker\n\nPerson specification\nEssential: lived experience of psychosis and recovery; "
            "good listening skills.\nDesirable: a degree in psychology; experience of WRAP.\n")
    report = _report(text, "oneline.txt", role="peer")
    assert report.verdict(LE).verdict == "met"
    assert report.verdict(ADJ).verdict == "partly-met"


# --- G. Requirement headings of other conventions (Canadian "Assets", "What you need") -------------

HEADED_TXT = """Peer Support Worker

About the role
You will support adults in recovery.

{heading}
- Lived experience of mental illness and recovery
- Degree in Social Work
"""

HEADED_MD = """# Peer Support Worker

## About the role

You will support adults in recovery.

## {heading}

* Lived experience of mental illness and recovery
* Degree in Social Work
"""


HEADED_HTML = """<html><head><title>Peer Support Worker</title></head><body><h1>Peer Support Worker</h1>
<h2>About the role</h2><p>You will support adults in recovery.</p>
<h3>{heading}</h3><ul><li>Lived experience of mental illness and recovery</li><li>Degree in Social Work</li></ul>
</body></html>"""


@pytest.mark.parametrize("template", [HEADED_TXT, HEADED_MD, HEADED_HTML], ids=["txt", "md", "html"])
@pytest.mark.parametrize(
    ("heading", "le", "adj"),
    [
        ("Assets", "not-met", "partly-met"),
        ("Asset qualifications", "not-met", "partly-met"),
        ("Assets (desirable)", "not-met", "partly-met"),
        ("Nice to have", "not-met", "partly-met"),
        ("Required", "met", "not-met"),
        ("Required qualifications", "met", "not-met"),
        ("Requirements", "met", "not-met"),
        ("What you need", "met", "not-met"),
        ("Qualifications and requirements", "met", "not-met"),
    ],
)
def test_g_requirement_headings(template: str, heading: str, le: str, adj: str) -> None:
    name = {id(HEADED_TXT): "headed.txt", id(HEADED_MD): "headed.md", id(HEADED_HTML): "headed.html"}[id(template)]
    report = _report(template.format(heading=heading), name, "peer")
    assert (report.verdict(LE).verdict, report.verdict(ADJ).verdict) == (le, adj)


# --- H. A professional qualification with its requirement cue after it ------------------------------

QUAL_TXT = """Peer Support Worker

About the role
You will support adults in recovery.

Qualifications
- Lived experience of mental illness and recovery is required.
- {line}
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Degree or diploma in Social Service Work, Psychology or a related field is required.", "not-met"),
        ("A Bachelor of Social Work or related degree is required.", "not-met"),
        ("A tertiary qualification in psychology is required.", "not-met"),
        ("A degree or diploma in Social Service Work, Psychology or a related field is an asset.", "partly-met"),
        ("Degree or diploma in Social Service Work, Psychology or a related field would be an asset.", "partly-met"),
        ("Diploma in Community Services or a related field preferred.", "partly-met"),
        ("Post-secondary education in social services is an asset.", "partly-met"),
        ("A diploma in Child and Youth Care or Social Service Work is required.", "not-met"),
        ("Diploma in Addictions and Mental Health is preferred.", "partly-met"),
        ("A BSW or MSW would be an asset.", "partly-met"),
        ("High school diploma or GED is required.", "met"),
        ("Certificate IV in Mental Health Peer Work is required.", "met"),
    ],
)
def test_h_qualification_with_the_cue_after_it(line: str, expected: str) -> None:
    assert _verdict(QUAL_TXT.format(line=line), "qual.txt", ADJ) == expected


# --- I. Current peer workers, named by their role title, take part in the interview ----------------

PANEL_TXT = """Peer Support Worker

About the role
You will support adults in recovery.

Selection process
{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "Every candidate meets with at least two of our current Recovery Coaches as part of the final interview, "
        "and their voice carries equal weight in the hiring decision.",
        "Two of our Peer Specialists sit in on every interview.",
        "Our Consumer Peer Workers are part of the selection panel.",
        "Our Carer Consultants help shortlist applications.",
        "Shortlisted applicants will be interviewed by the Team Leader and one of our Lived Experience Practitioners.",
        "Two of our peer workers will interview you.",
        "Our Peer Navigators co-facilitate every interview.",
        "A Lived Experience Worker will be present at your interview.",
        "Our Youth Advocates help us decide who to hire.",
    ],
)
def test_i_peer_workers_named_by_title_on_the_panel(line: str) -> None:
    assert _verdict(PANEL_TXT.format(line=line), "panel.txt", PANEL) == "met"


@pytest.mark.parametrize("line", ["You will support peers who attend job interviews.",
                                  "Our Peer Support Workers help people prepare for interviews."])
def test_i_peers_and_interviews_that_are_not_selection(line: str) -> None:
    assert _verdict(PANEL_TXT.format(line=line).replace("Selection process", "Duties"), "duties.txt", PANEL) == "not-met"


def test_i_panel_without_peers_stays_not_met() -> None:
    line = "Interviews are conducted by the Clinical Director and the HR Manager."
    assert _verdict(PANEL_TXT.format(line=line), "panel.txt", PANEL) == "not-met"


def test_i_recovery_coaches_helping_with_job_interviews_are_no_panel() -> None:
    line = "Our recovery coaches help clients prepare for job interviews."
    assert _verdict(PANEL_TXT.format(line=line), "panel.txt", PANEL) == "not-met"


# --- J. A panel without peers, and informal involvement of people with lived experience -------------

INFORMAL_US_TXT = """Family Peer Support Partner

About the role
You will support parents whose children use our services.

Selection process
Interviews are conducted by a panel of the Program Director and the Clinical Supervisor. Shortlisted candidates will also meet parents from our Family Advisory Council for an informal conversation, and the parents share their impressions with the panel.
"""

INFORMAL_AU_MD = """# Consumer Peer Worker

## How we recruit

The interview panel is made up of the Team Leader and a Senior Clinician.

Before the interview, candidates are invited for a tour of the service with members of our consumer reference group, who pass their impressions on to the panel.
"""

INFORMAL_UK_HTML = """<html><head><title>Peer Support Worker</title></head><body><h1>Peer Support Worker</h1>
<h2>Selection process</h2>
<p>You will be interviewed by the service manager and an HR adviser. You will also have a chance to chat with
people who use our service over a cup of tea; their feedback is shared with the panel.</p></body></html>"""


@pytest.mark.parametrize(("name", "text"), [("us.txt", INFORMAL_US_TXT), ("au.md", INFORMAL_AU_MD),
                                            ("uk.html", INFORMAL_UK_HTML)])  # fmt: skip
def test_j_informal_involvement_beside_a_panel_without_peers_is_partly_met(name: str, text: str) -> None:
    assert _verdict(text, name, PANEL) == "partly-met"


INFORMAL_US_LINES_TXT = """Family Peer Support Partner

About the role
You will support parents whose children use our services.

Selection process
Interviews are conducted by the Program Director and the Clinical Supervisor.
Parents from our Family Advisory Council will also meet you for a coffee and a chat.
"""

INFORMAL_NZ_MD = """# Peer Support Worker

## Our recruitment process

Shortlisted applicants are interviewed by the Service Manager and a Senior Practitioner. On the day you will also spend half an hour with young people who use our service, who will tell us what they thought of you.
"""

INFORMAL_CA_TXT = """Peer Support Worker

How to apply
Interviews will be held on 3 June with the Team Leader and HR.
Members of our lived experience advisory group will show you around the service and share their impressions with the interviewers.
"""


@pytest.mark.parametrize(("name", "text"), [("us.txt", INFORMAL_US_LINES_TXT), ("nz.md", INFORMAL_NZ_MD),
                                            ("ca.txt", INFORMAL_CA_TXT)])  # fmt: skip
def test_j_informal_meeting_in_the_selection_section_is_partly_met(name: str, text: str) -> None:
    assert _verdict(text, name, PANEL) == "partly-met"


def test_j_an_informal_chat_about_the_post_is_not_selection() -> None:
    text = ("Peer Support Worker\n\nHow to apply\nInterviews will be held on 3 June.\n"
            "For an informal chat about the role, please contact Sam, our Peer Support Lead, on 01234 567890.\n")
    assert _verdict(text, "enquiry.txt", PANEL) == "not-met"


def test_g_what_you_need_to_know_is_not_a_requirement_heading() -> None:
    report = _report(HEADED_MD.format(heading="What you need to know"), "know.md", "peer")
    assert report.verdict(ADJ).verdict == "met"
    assert report.verdict(LE).verdict == "partly-met"

"""Classes of wording and structure found on a blind held-out set of invented adverts
(role, the four clear-soil verdicts), each fixed in general and tested here with invented
variants in UK, US, Australian, New Zealand and Canadian vocabulary, as TXT, Markdown and
HTML. None of these adverts is a real one.

Each class adds its rows to one of three tables, each read by one test: ``ROLES`` (file
name, advert, role kind), ``VERDICTS`` (file name, advert, criterion, verdict) and
``LE_AND_ADJ`` (file name, advert, the lived-experience-essential and adjacent-professions
verdicts); a row's id starts with its class letter."""

from __future__ import annotations

import pytest
from checking import report_of as _report

LE, PP, PANEL, ADJ = "lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions"

# each row: (label, file name, advert, ...): the label is the class letter, and for an advert made
# from a template "letter:the line put in it"
ROLES: list[tuple[str, str, str, str]] = []  # (label, file name, advert, role kind)
VERDICTS: list[tuple[str, str, str, str, str]] = []  # (label, file name, advert, criterion, verdict)
LE_AND_ADJ: list[tuple[str, str, str, str, str]] = []  # (label, file name, advert, LE verdict, ADJ verdict)


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

TITLES = [
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
]

ROLES += [
    ("A", "bridger.html", PEER_BRIDGER_HTML, "peer"),
    ("A", "liaison.txt", PEER_LIAISON_TXT, "peer"),
    ("A", "connector.md", PEER_CONNECTOR_MD, "peer"),
    *[(f"A:{title}", "title.txt", f"{title}\n\nAbout the role\nYou will support adults leaving hospital.\n", kind)
      for title, kind in TITLES],
    # the title only in the page title
    ("A", "bridger-title.html", PEER_BRIDGER_HTML.replace("<h1>Peer Bridger</h1>", "<h1>Careers</h1>"), "peer"),
    # no title, but the body names a peer-noun role
    ("A", "untitled.txt", "Harbourview Community Services is hiring!\n\nWe are recruiting a Peer Bridger to join our "
     "hospital transitions team. You must have lived experience of mental health recovery.\n", "peer"),
    ("A", "untitled.txt", "Careers at Harbourview\n\nThe Peer Liaison supports adults leaving inpatient care and "
     "shares their own recovery story.\n", "peer"),
    # twins: a peer review in the body, or as the title, is no peer role
    ("A", "review-body.txt", "Careers at Harbourview\n\nThe Peer Review Group meets monthly to discuss clinical "
     "cases.\n", "other"),
    ("A", "review.txt", PEER_REVIEW_TXT, "other"),
]


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

ROLES += [
    # without "peer" or required lived experience: other
    ("B", "nz.txt", AU_PSYCHOSOCIAL_TXT, "other"),
    ("B", "ca.md", CA_RECOVERY_SUPPORT_MD, "other"),
    # a recovery coach that requires lived experience or says peer stays peer
    ("B", "us.txt", US_RECOVERY_COACH_TXT, "peer"),
    ("B", "us.html", US_RECOVERY_COACH_PEER_HTML, "peer"),
]


# --- C. Lived experience that adjacent experience can stand in for -------------------------------

US_SUBSTITUTED_TXT = """Peer Support Specialist

Cascade Family Services, Tacoma, WA - Full time

Position Summary
The Peer Support Specialist provides peer support to adults in our community mental health program.

Minimum Qualifications
- Lived experience of a mental health condition or two years of related work experience in human services.
- Valid driver's license.
"""


SUBSTITUTED_REQUIREMENT = ("Lived experience of a mental health condition or two years of related work experience "
                           "in human services.")


def _substituted(line: str) -> str:
    """The US advert with ``line`` in place of its lived experience requirement."""
    return US_SUBSTITUTED_TXT.replace(SUBSTITUTED_REQUIREMENT, line)


SUBSTITUTED_LINES = [
    "Lived experience of a mental health condition or two years of related work experience in human services.",
    "Lived experience of mental health or addiction challenges, or 3 years' equivalent experience in a community agency.",
    "Lived experience of problem gambling or equivalent work experience.",
    "Lived experience of substance use, or a combination of education and experience.",
    "Lived experience of homelessness or 12 months relevant experience in a housing service.",
    "Lived experience of mental illness, or a minimum of two years' experience working in community services.",
    "Lived experience of addiction or at least 2 years of experience in a related field.",
    "Lived experience of mental health challenges or an equivalent combination of education and experience.",
]

LE_AND_ADJ += [
    # substitutable lived experience is not met twice
    *[(f"C:{line}", "sub.txt", _substituted(line), "not-met", "not-met") for line in SUBSTITUTED_LINES],
    # "or" between list items is a substitution
    ("C", "semicolon.txt", "Peer Support Specialist\n\nMinimum Qualifications\n- Lived experience of mental illness "
     "and recovery; OR\n- Two years of paid experience in a human services setting.\n", "not-met", "not-met"),
    ("C", "line.txt", "Peer Support Specialist\n\nMinimum Qualifications\nLived experience of mental illness and "
     "recovery\nOR\nTwo years of paid experience in a human services setting.\n", "not-met", "not-met"),
    ("C", "items.md", "# Peer Recovery Specialist\n\n## Minimum Qualifications\n\n* Lived experience of recovery "
     "from a substance use disorder, or\n* An associate degree and one year of related experience.\n",
     "not-met", "not-met"),
    # twin: "or" between two kinds of lived experience is not
    ("C", "kinds.txt", "Family Peer Advocate\n\nMinimum Qualifications\n- Lived experience as the parent of a child "
     "with emotional challenges; or\n- Lived experience as a kinship carer of such a child.\n", "met", "met"),
    # experience supporting clients is a substitute; "or more years" is a count, not a substitute
    ("C", "clients.txt", _substituted("Lived experience of a mental health condition or experience supporting "
                                      "clients in a community setting."), "not-met", "not-met"),
    ("C", "count.txt", _substituted("Lived experience of a mental health condition and two or more years of "
                                    "recovery."), "met", "met"),
]


# --- D. An "or" inside the description of the lived experience ----------------------------------

OR_INSIDE = [
    ("us.txt", "This position requires lived experience as the parent or primary caregiver of a child with "
               "social, emotional or behavioral challenges."),
    ("au.txt", "Lived experience as a consumer or carer of mental health services is essential."),
    ("nz.txt", "Lived experience of mental health or substance use challenges is essential."),
    ("uk.txt", "You must have lived experience of psychosis or experience of caring for someone with psychosis."),
    ("ca.txt", "Lived experience as a family member or friend of someone with an addiction is required."),
    ("ca2.txt", "Lived experience of addiction or experience caring for a loved one with addiction is required."),
    ("us2.txt", "Lived experience of mental illness or substance use, or as the parent of a youth involved with "
                "child welfare, is required."),
]

LE_AND_ADJ += [(f"D:{line}", name, _substituted(line), "met", "met") for name, line in OR_INSIDE]


# --- E. Kinds of lived experience beyond mental health and substance use -------------------------

KIND_TXT = """Peer Support Worker

Minimum Qualifications
- {line}
- Ability to work flexibly.
"""

KIND_LINES = [
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
]

VERDICTS += [(f"E:{line}", "kind.txt", KIND_TXT.format(line=line), LE, "met") for line in KIND_LINES]
# twin: lived experience without a kind is still partly met
VERDICTS.append(("E:Lived experience is required.", "nokind.txt", KIND_TXT.format(line="Lived experience is required."), LE, "partly-met"))


def test_e_fix_names_the_kind_the_service_is_about() -> None:
    text = ("Family Peer Advocate\n\nAbout the role\nYou will support parents involved with the child welfare "
            "system toward reunification with their children.\n\nQualifications\n- Lived experience is required.\n")
    verdict = _report(text, "welfare.txt", role="peer").verdict(LE)
    assert verdict.verdict == "partly-met"
    assert verdict.fix is not None and "child welfare" in verdict.fix.text


# --- F. Essential / desirable markers at the end of a line -----------------------------------------

SPEC_TXT = """Peer Support Worker

Person specification
- Good communication skills (E)
- {line}
- NVQ Level 3 in Health and Social Care (D)
"""

SPEC_LINES = [
    ("Lived experience of mental health difficulties and recovery (E)", "met"),
    ("Lived experience of mental health difficulties and recovery [E]", "met"),
    ("Lived experience of mental health difficulties and recovery – Essential", "met"),
    ("Lived experience of mental health difficulties and recovery (Essential)", "met"),
    ("Lived experience of mental health difficulties and recovery (D)", "not-met"),
    ("Lived experience of mental health difficulties and recovery (Desirable)", "not-met"),
    ("Lived experience of mental health difficulties and recovery [D]", "not-met"),
]

VERDICTS += [(f"F:{line}", "spec.txt", SPEC_TXT.format(line=line), LE, expected) for line, expected in SPEC_LINES]

LE_AND_ADJ += [
    # plain text without bullets: the lines join into one block, each keeps its own marker (the degree
    # is only desirable)
    ("F", "joined.txt", "Mental Health Peer Support Worker\n\nPerson specification\nGood communication skills (E)\n"
     "Lived experience of self-harm and recovery (E)\nDegree in psychology (D)\n", "met", "partly-met"),
    # markers in HTML list items and after line breaks (the nurse registration is only desirable)
    ("F", "spec.html", """<html><head><title>Peer Support Worker</title></head><body><h1>Peer Support Worker</h1>
<h2>Person specification</h2>
<ul><li>Lived experience of mental health difficulties and recovery (E)</li>
<li>Registered Mental Health Nurse (D)</li></ul>
<p>Knowledge of WRAP (D)<br>Experience of working in a team [E]</p></body></html>""", "met", "partly-met"),
    # an Essential label and a Desirable label on one line each
    ("F", "oneline.txt", "Peer Support Worker\n\nPerson specification\nEssential: lived experience of psychosis and "
     "recovery; good listening skills.\nDesirable: a degree in psychology; experience of WRAP.\n", "met", "partly-met"),
]


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

# twin: "What you need to know" is not a requirement heading
LE_AND_ADJ.append(("G", "know.md", HEADED_MD.format(heading="What you need to know"), "partly-met", "met"))


# --- H. A professional qualification with its requirement cue after it ------------------------------

QUAL_TXT = """Peer Support Worker

About the role
You will support adults in recovery.

Qualifications
- Lived experience of mental illness and recovery is required.
- {line}
"""

QUAL_LINES = [
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
]

VERDICTS += [(f"H:{line}", "qual.txt", QUAL_TXT.format(line=line), ADJ, expected) for line, expected in QUAL_LINES]


# --- I. Current peer workers, named by their role title, take part in the interview ----------------

PANEL_TXT = """Peer Support Worker

About the role
You will support adults in recovery.

Selection process
{line}
"""

PANEL_LINES = [
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
]

VERDICTS += [(f"I:{line}", "panel.txt", PANEL_TXT.format(line=line), PANEL, "met") for line in PANEL_LINES]
VERDICTS += [
    # twins: peers and interviews that are not selection (under "Duties"), a panel without peers,
    # recovery coaches helping with job interviews
    *[(f"I:{line}", "duties.txt", PANEL_TXT.format(line=line).replace("Selection process", "Duties"), PANEL, "not-met")
      for line in ("You will support peers who attend job interviews.",
                   "Our Peer Support Workers help people prepare for interviews.")],
    ("I", "panel.txt", PANEL_TXT.format(line="Interviews are conducted by the Clinical Director and the HR Manager."),
     PANEL, "not-met"),
    ("I", "panel.txt", PANEL_TXT.format(line="Our recovery coaches help clients prepare for job interviews."),
     PANEL, "not-met"),
]


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

VERDICTS += [
    # informal involvement beside a panel without peers is partly met
    ("J", "us.txt", INFORMAL_US_TXT, PANEL, "partly-met"),
    ("J", "au.md", INFORMAL_AU_MD, PANEL, "partly-met"),
    ("J", "uk.html", INFORMAL_UK_HTML, PANEL, "partly-met"),
    # an informal meeting in the selection section is partly met
    ("J", "us.txt", INFORMAL_US_LINES_TXT, PANEL, "partly-met"),
    ("J", "nz.md", INFORMAL_NZ_MD, PANEL, "partly-met"),
    ("J", "ca.txt", INFORMAL_CA_TXT, PANEL, "partly-met"),
    # twin: an informal chat about the post is not selection
    ("J", "enquiry.txt", "Peer Support Worker\n\nHow to apply\nInterviews will be held on 3 June.\nFor an informal "
     "chat about the role, please contact Sam, our Peer Support Lead, on 01234 567890.\n", PANEL, "not-met"),
]


# --- the tables ------------------------------------------------------------------------------------


def _ids(rows: list[tuple]) -> list[str]:
    """A row's id: its label (class letter, then the line that varies), or for a whole advert
    the class letter and the file name."""
    return [(row[0] if ":" in row[0] else f"{row[0]}:{row[1]}")[:70] for row in rows]


@pytest.mark.parametrize(("case", "name", "text", "kind"), ROLES, ids=_ids(ROLES))
def test_role(case: str, name: str, text: str, kind: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == kind, role


@pytest.mark.parametrize(("case", "name", "text", "criterion", "expected"), VERDICTS, ids=_ids(VERDICTS))
def test_verdict(case: str, name: str, text: str, criterion: str, expected: str) -> None:
    verdict = _report(text, name, role="peer").verdict(criterion)
    assert verdict.verdict == expected, verdict.why


@pytest.mark.parametrize(("case", "name", "text", "le", "adj"), LE_AND_ADJ, ids=_ids(LE_AND_ADJ))
def test_lived_experience_and_adjacent_professions(case: str, name: str, text: str, le: str, adj: str) -> None:
    report = _report(text, name, role="peer")
    got = (report.verdict(LE).verdict, report.verdict(ADJ).verdict)
    assert got == (le, adj), (report.verdict(LE).why, report.verdict(ADJ).why)

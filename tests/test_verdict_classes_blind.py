"""Verdict classes that the blind sets (blind5, blind6) and invented set4 found wrong, each
with invented variants from several countries and the negative twin beside it: the same
structure that must not change the verdict. The adverts themselves are not copied here."""

from __future__ import annotations

import pytest
from verdict_table import LE, PANEL, PP, assert_row, table, verdict_of

from jdlint.engine import check_document
from jdlint.readers.text import read_text

CASES = [
    # --- peers score a stage of selection ("... who will score it as part of the selection") ---
    (PANEL, "Stage one is a walk-and-talk with two of our lived experience mentors, who will mark it as part of "
            "the recruitment. Stage two is an interview with the Service Manager.", "met"),
    (PANEL, "Our peer navigators score the group exercise, which is a stage of the hiring process.", "met"),
    (PANEL, "Stage one is a conversation with the Team Leader, who will score it as part of the selection.", "not-met"),
    # --- the panel's make-up stated with "is" / "will be" / a colon ---
    (PANEL, "The hiring panel will be our Clinical Director and a Peer Support Specialist from the crisis team.", "met"),
    (PANEL, "Our interview panel: the Team Leader and a Lived Experience Practitioner. Candidates also give a "
            "short presentation.", "met"),
    (PANEL, "The panel is the Area Manager, the Consumer Consultant and a member of our consumer advisory group.", "met"),
    (PANEL, "The interview panel will be the Service Manager and the Clinical Lead.", "not-met"),
    # --- reading, screening or scoring the applications is shortlisting ---
    (PANEL, "All applications will be screened by members of our peer workforce.", "met"),
    (PANEL, "Two lived experience practitioners read every application before we decide who to invite.", "met"),
    (PANEL, "Applications are read by the HR team.", "not-met"),
    # twins: the applicant joins the peers; "we" read the applications
    (PANEL, "Applications are reviewed on a rolling basis, so apply early to join our peer team.", "not-met"),
    (PANEL, "Interviews will be held in May, so apply early to join our lived experience team.", "not-met"),
    (PANEL, "We review all applications within two weeks and will tell you if you are shortlisted to join our "
            "peer workforce.", "not-met"),
    (PANEL, "Two of our peer mentors will join the manager for your interview.", "met"),
    # --- an informal part and a panel with peers in one sentence: the panel part decides ---
    (PANEL, "Candidates will have an informal coffee with the team and then a formal interview alongside two of "
            "our peer mentors.", "met"),
    (PANEL, "Shortlisted people are invited for a tour of the hub, followed by an interview with the manager and "
            "a youth peer worker.", "met"),
    # twins: the peers are in the informal part, or no one with lived experience is on the panel
    (PANEL, "Candidates will have a formal interview with the manager and then an informal chat with two of our "
            "peer workers.", "partly-met"),
    (PANEL, "Our consumer reference group helped shape the interview questions, and one member will show you "
            "around before your interview with the Team Leader and Practice Manager.", "partly-met"),
    # --- interviews held by people who include a lived experience group ---
    (PANEL, "Interviews will be held by the Service Lead and two members of our Carer Advisory Group, who have "
            "cared for someone with mental ill health.", "met"),
    (PANEL, "Interviews are held by our Peer Team Leader and a member of the Whānau Advisory Rōpū.", "met"),
    (PANEL, "Interviews will be held by the Service Lead and the HR Manager.", "not-met"),
    # --- "peer" naming a topic is not people in selection; interviews that are the peers' work ---
    (PANEL, "The interview panel is the Team Leader and the Deputy Manager. Candidates will give a short "
            "presentation on peer supervision.", "not-met"),
    (PANEL, "Shortlisted candidates will give a short presentation to our peer workers.", "partly-met"),
    (PANEL, "Peer researchers carry out interviews with research participants across the region.", "not-met"),
    # --- hope worded as the belief that recovery happens ---
    (PP, "Our work is rooted in mutual aid: we believe everyone can recover.", "partly-met"),
    (PP, "Our team knows that people do recover from addiction, whatever their history.", "partly-met"),
    (PP, "Recovery happens, and our kaimahi are living proof of it.", "partly-met"),
    (PP, "We know recovery is achievable for every young person who walks through our door.", "partly-met"),
    # twins: recovering money or things is not recovery
    (PP, "Everyone can recover travel expenses through the payroll system.", "not-met"),
    (PP, "You will help people recover lost benefits and identity documents.", "not-met"),
]


@table(CASES)
def testverdict_of(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


def test_panel_evidence_is_the_sentence_that_puts_peers_on_it() -> None:
    text = ("Peer Worker\n\nHow we recruit\n\nInterviews will take place in the week of 3 June. Shortlisted "
            "candidates are invited for an informal look around the service and a panel interview with our "
            "Operations Manager and two members of the peer team.")  # fmt: skip
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "met", verdict.why
    assert [e.text for e in verdict.evidence] == [
        "Shortlisted candidates are invited for an informal look around the service and a panel interview with "
        "our Operations Manager and two members of the peer team."
    ]


# --- lived experience asked only as a question in a heading: wanted (partly met) -----------

QUESTION_HEADINGS = [
    ("# Peer Worker\n\n## Are you someone with lived experience of an eating disorder?\n\nYou will run groups.",
     "partly-met"),
    ("# Recovery Mentor\n\n## Do you have your own experience of recovery from gambling harm?\n\n"
     "We are a small charity in Auckland.", "partly-met"),
    # twins: a heading that names lived experience without asking, and a question about the people served
    ("# Peer Worker\n\n## Lived experience of psychosis\n\nYou will run groups.", "not-met"),
    ("# Peer Worker\n\n## Do you support people with lived experience of psychosis?\n\nYou will run groups.", "not-met"),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_HEADINGS, ids=[t[:70] for t, _ in QUESTION_HEADINGS])
def test_lived_experience_asked_in_a_question_heading(text: str, expected: str) -> None:
    from jdlint.readers.markdown import read_markdown

    verdict = check_document(read_markdown(text), role="peer").verdict(LE)
    assert verdict.verdict == expected, verdict.why
    if expected == "partly-met":
        assert verdict.evidence[0].text == text.split("## ")[1].split("\n")[0]
        assert "question" in verdict.why


def test_a_question_heading_does_not_outrank_a_statement_as_evidence() -> None:
    from jdlint.readers.markdown import read_markdown

    text = ("# Peer Worker\n\n## Do you have lived experience of self-harm?\n\n"
            "We are looking for someone who has lived experience of self-harm to join our team.")  # fmt: skip
    verdict = check_document(read_markdown(text), role="peer").verdict(LE)
    assert verdict.verdict == "partly-met"
    assert verdict.evidence[0].text == "We are looking for someone who has lived experience of self-harm to join our team."


# --- role near-misses: lived experience or a peer credential as one of several routes in ----

ROLES = [
    # a peer credential offered as one of several qualifications, joined by "or"
    ("Psychosocial Recovery Coach\n\nWe are an NDIS provider in Perth.\n\nEssential\n\n"
     "- Certificate IV in Mental Health Peer Work or a Diploma of Community Services.\n"
     "- A current driver licence.", "other"),
    ("Recovery Support Specialist\n\nQualifications: CPRS certification or a bachelor's degree in social work.\n\n"
     "You will link clients to housing and benefits.", "other"),
    # twins: the credential on its own, or required with a degree only desirable
    ("Psychosocial Recovery Coach\n\nEssential\n\n- Certificate IV in Mental Health Peer Work.\n"
     "- A current driver licence.", "peer"),
    ("Recovery Coach\n\nCertificate IV in Mental Health Peer Work is essential; a degree in social work or "
     "psychology is desirable.", "peer"),
    # lived experience as the last of alternative routes ("...; or" on the item before)
    ("Recovery Worker\n\nTo be considered you will have:\n\n- a Diploma in Counselling; or\n"
     "- two years' paid experience in addiction services; or\n- lived experience of recovery from addiction.",
     "other"),
    ("Recovery Coach\n\nYou will need one of the following:\n\n- a relevant qualification in community services\n"
     "- OR\n- personal experience of recovery from mental ill health.", "other"),
    # the colleagues' lived experience, in a clause about them
    ("Recovery Worker\n\nYou will hold a caseload and work alongside our volunteers, who bring their own lived "
     "experience of addiction, and our nurses.", "other"),
    ("Housing Recovery Worker\n\nYou will work alongside our mentors and volunteers, who share their own lived "
     "experience of homelessness with tenants.", "other"),
    # twin: the same colleagues, and lived experience required of the applicant
    ("Recovery Worker\n\nYou will work alongside our volunteers, who bring their own lived experience. You must "
     "have lived experience of recovery from addiction.", "peer"),
]


@pytest.mark.parametrize(("text", "expected"), ROLES, ids=[t[:70] for t, _ in ROLES])
def test_role_near_misses(text: str, expected: str) -> None:
    role = check_document(read_text(text)).role
    assert role.kind == expected, f"{role.kind}: {role.why} {role.clues}"


ALTERNATIVE_ROUTES = [
    ("Peer Worker\n\nTo be considered you will have:\n\n- a Diploma in Counselling; or\n"
     "- two years' paid experience in addiction services; or\n- lived experience of recovery from addiction.",
     "not-met"),
    ("Peer Worker\n\nYou will need one of the following:\n\n- a relevant qualification in community services\n"
     "- OR\n- personal experience of recovery from mental ill health.", "not-met"),
    # twin: the items before are other kinds of lived experience, not alternatives to it
    ("Family Peer Advocate\n\nYou must have:\n\n- lived experience as the parent of a child with mental health "
     "needs; or\n- lived experience as the kinship carer of a young person with mental health needs.", "met"),
]


@pytest.mark.parametrize(("text", "expected"), ALTERNATIVE_ROUTES, ids=[t[:70] for t, _ in ALTERNATIVE_ROUTES])
def test_lived_experience_as_the_last_of_alternative_routes(text: str, expected: str) -> None:
    verdict = verdict_of(text, LE)
    assert verdict.verdict == expected, verdict.why


# --- a person-specification row whose level cell says "Asset" / "Advantageous" -------------


def _spec_table(level: str, title: str = "Outreach Worker") -> bytes:
    return (f"<html><body><h1>{title}</h1><p>Our harm reduction team includes nurses and a group of paid peer "
            "workers.</p><h2>Qualifications</h2><table><tr><th>Qualification</th><th>Essential / Asset</th></tr>"
            "<tr><td>Diploma in Community Support Work</td><td>Essential</td></tr>"
            f"<tr><td>Lived or living experience of substance use</td><td>{level}</td></tr></table></body></html>"
            ).encode()  # fmt: skip


@pytest.mark.parametrize(("level", "role", "verdict"), [
    ("Asset", "other", "not-met"),  # Canadian: an asset is desirable, so lived experience is not required
    ("Advantageous", "other", "not-met"),  # UK wording of the same
    ("Essential", "peer", "met"),  # twin: required, in a team with peer workers
])  # fmt: skip
def test_a_level_cell_in_the_row_decides_over_the_heading(level: str, role: str, verdict: str) -> None:
    from jdlint.readers import read_bytes

    document = read_bytes(_spec_table(level), "advert.html")
    assert check_document(document).role.kind == role
    assert check_document(document, role="peer").verdict(LE).verdict == verdict


# --- a lived experience post that gives staff supervision or line management: senior -------

SENIOR = [
    ("Lived Experience Advisor\n\nYou will provide reflective supervision to the three Involvement Coordinators "
     "and advise the executive team.", "peer-senior"),
    ("Peer Practice Consultant\n\nThe post holder will offer monthly supervision to staff in the wellbeing team.",
     "peer-senior"),
    ("Lived Experience Practitioner\n\nThis post includes line management of two practitioners.", "peer-senior"),
    # twins: receiving supervision, or line management explicitly absent
    ("Lived Experience Advisor\n\nYou will receive monthly supervision from the Head of Involvement.", "peer"),
    ("Peer Support Worker\n\nThere is no line management of staff in this post.", "peer"),
]


@pytest.mark.parametrize(("text", "expected"), SENIOR, ids=[t[:60] for t, _ in SENIOR])
def test_a_lived_experience_post_that_supervises_staff_is_senior(text: str, expected: str) -> None:
    role = check_document(read_text(text)).role
    assert role.kind == expected, f"{role.kind}: {role.why}"

"""Verdict classes found on blind sets of invented adverts (tests/invented/set5-set9), each with
invented variants from several countries and the twin that must keep its verdict: sentences
under a peer title (CASES), and whole adverts with the sentence that must be the evidence
(ADVERTS). Role classes are in tests/test_role_classes.py."""

from __future__ import annotations

import pytest
from verdict_table import LE, PANEL, PP, assert_row, table, verdict_of

from jdlint.engine import check_document

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
    # --- blind set 8 ---
    # --- an adverb between the passive and "by": "done jointly by" puts its people in selection ---
    (PANEL, "Shortlisting is carried out jointly by our Whānau Peer Lead and the Service Manager.", "met"),
    (PANEL, "Interviews are usually conducted by a Certified Peer Specialist and the Program Director.", "met"),
    (PANEL, "Applications will be shortlisted together by a lived experience practitioner and HR.", "met"),
    # twins: the same adverb with no peer among the people
    (PANEL, "Shortlisting is carried out jointly by the Service Manager and the HR Advisor.", "not-met"),
    (PANEL, "Interviews are usually conducted by the Program Director and the Clinical Supervisor.", "not-met"),
    # --- the questions written with people, in the passive: designing selection, not the panel ---
    (PANEL, "Our interview questions were written with input from tangata whai ora who use our service. You "
            "will be interviewed by the Team Leader and the Practice Manager.", "partly-met"),
    (PANEL, "The selection tasks have been co-designed in consultation with our Youth Advisory Council; "
            "interviews are with the Operations Manager.", "partly-met"),
    (PANEL, "People with lived experience of addiction have a say in the interview questions. Interviews are "
            "held by the Clinical Director.", "partly-met"),
    # twins: the people also score, or sit on the panel; or the questions are written by managers
    (PANEL, "The interview questions are written and scored by people with lived experience.", "met"),
    (PANEL, "Our interview questions were written with input from consumers, and a consumer consultant sits on "
            "every interview panel.", "met"),
    (PANEL, "Our interview questions were written by the Team Leader. Interviews are held by the Team Leader "
            "and the HR Advisor.", "not-met"),
    # --- a presentation to people who use services, "followed by" a panel of others ---
    (PANEL, "Shortlisted applicants will present a short case study to members of our Carer Reference Group, "
            "followed by a panel interview with the Area Manager and the Deputy Director.", "partly-met"),
    (PANEL, "Candidates give a ten-minute talk to our Youth Advisory Group, followed by an interview with the "
            "Chief Executive.", "partly-met"),
    # twins: the panel after "followed by" includes a peer; a panel that selects "by" itself
    (PANEL, "Candidates give a short presentation, followed by a panel interview with a peer support worker "
            "and the manager.", "met"),
    (PANEL, "After a short presentation you will be interviewed by a panel of peer mentors and managers.", "met"),
    (PANEL, "Applicants will present a case study to the Team Leader and the HR Advisor.", "not-met"),
    # --- adjacent experience with a qualifier offered in place of lived experience ---
    (LE, "Essential: lived experience of problem gambling, or significant experience supporting people affected "
         "by gambling harm.", "not-met"),
    (LE, "You must have lived experience of psychosis, or substantial experience in a mental health support "
         "role.", "not-met"),
    (LE, "Required: personal lived experience of homelessness, or proven experience working alongside peer "
         "navigators.", "not-met"),
    # twins: the same experience asked for as well as lived experience; alternatives that are kinds
    (LE, "Essential: lived experience of problem gambling, and significant experience supporting people "
         "affected by gambling harm.", "met"),
    (LE, "You must have lived experience of psychosis, or of an eating disorder, or both.", "met"),
    # --- blind set 9 ---
    # --- respect that is mutual inside the peer relationship is mutuality ---
    (PP, "You will build relationships of mutual respect with the young people you walk alongside.", "partly-met"),
    (PP, "Offer whānau a partnership grounded in mutual respect and trust.", "partly-met"),
    (PP, "Create supportive connections based on mutual respect with veterans in the program.", "partly-met"),
    # twins: mutual respect as the organisation's value names no peer relationship
    (PP, "We foster a culture of mutual respect across all our teams.", "not-met"),
    (PP, "Our values are integrity, mutual respect and courage.", "not-met"),
    # --- a possessive and "own" before the story, then how it is used: disclosure ---
    (PP, "Use your own story with care when it helps someone see a way forward.", "partly-met"),
    (PP, "Peer mentors use their own experience strategically to build trust with tenants.", "partly-met"),
    (PP, "Tell your own story with purpose at community recovery events.", "partly-met"),
    # twins: the story is someone else's, or nothing says how it is used
    (PP, "Help tenants use their own story with purpose when they speak to landlords.", "not-met"),
    (PP, "Read your own story back to the team at the weekly meeting.", "not-met"),
    # --- the kind of experience between its owner and the noun: disclosure ---
    (PP, "Share personal recovery experiences when appropriate to build trust.", "partly-met"),
    (PP, "You will share your own caring experience with parents new to the service.", "partly-met"),
    (PP, "Sharing their own military story, our Veteran Peer Mentors open doors.", "partly-met"),
    # twins: the people served share their own experience
    (PP, "Help carers share their own caring experience with commissioners.", "not-met"),
    (PP, "Support veterans to share their military story with their families.", "not-met"),
    # --- a contract's prospects are not hope ---
    (PP, "Fixed term to 30 June (funding-dependent, with hope of extension).", "not-met"),
    (PP, "This is a 12-month post; we have every hope for further funding.", "not-met"),
    # twins: hope as practice in the same advert
    (PP, "Fixed term, with hope of extension. You will help carers find hope.", "partly-met"),
    (PP, "A one-year contract with hope for renewal. You will model hope that recovery is possible.", "partly-met"),
]


@table(CASES)
def test_sentence_verdict(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


# --- whole adverts: the verdict and the sentences quoted as its evidence -----------------------
APPLY = "Peer Support Worker\n\nHow to apply\n\n"

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


# --- plain text: a short line ending "including:" leads into its list, it is not a heading ---
LEAD_INS = [
    ("Peer Support Worker\n\nAbout you\n\nLived experience is essential, including:\n- mental distress\n"
     "- recovery from alcohol or drug use\n", "met"),
    ("Kaimahi Peer Support\n\nWho we need\n\nYou must bring lived experience, for example:\n"
     "- of psychosis\n- of caring for whānau with mental distress\n", "met"),
    # twin: a short label line with a colon is still a heading over its list
    ("Peer Support Worker\n\nEssential criteria:\n- Lived experience of mental distress\n", "met"),
]


# --- the evidence of a panel without peers is the sentence that says who selects ---------------
WHO = [
    # (advert body, the sentence that must be the evidence)
    ("Interviews will take place at Harbourside Clinic in the week of 9 March. The panel will consist of the "
     "Nurse Unit Manager and a Senior Occupational Therapist.",
     "The panel will consist of the Nurse Unit Manager and a Senior Occupational Therapist."),
    ("Interviews will be held online in the week of 3 June. Shortlisted candidates will be interviewed "
     "by the Clinical Director and a human resources officer.",
     "Shortlisted candidates will be interviewed by the Clinical Director and a human resources officer."),
    ("Interviews are expected to be held in Regina during April. The interview panel will be the program "
     "supervisor and the housing coordinator.",
     "The interview panel will be the program supervisor and the housing coordinator."),
    ("Applications will be screened by the People Team. Successful applicants will be invited to an interview "
     "with a panel of ward managers.",
     "Successful applicants will be invited to an interview with a panel of ward managers."),
]


# --- peers before a word for a post name a kind of post, not people on the panel ---------------
POSTS = [
    ("Lived Experience Lead\n\nDuties\n\n- Sit on recruitment panels for peer and lived experience roles.\n"
     "- Support the peer workforce.\n\nInterviews will be held by the Director of Nursing and an HR advisor.", "not-met"),
    ("Peer Support Lead\n\nYou will sit on interview panels for peer support positions across the region.\n\n"
     "The interview panel will be the Service Manager and a Psychologist.", "not-met"),
    ("Consumer Lead\n\nYou will help shortlist for consumer and carer vacancies in the district.", "not-met"),
    # twins: people named beside the kind of post still sit on the panel
    ("Peer Support Worker\n\nA peer worker sits on all interview panels for peer roles.", "met"),
    ("Peer Support Worker\n\nThe panel will include someone with lived experience in a peer support role.", "met"),
    ("Peer Support Worker\n\nA member of our peer support team sits on the interview panel.", "met"),
]


# --- peers both in shortlisting and on the interview panel: the panel is the evidence ----------
BOTH = [
    ("Shortlisting is done by our Peer Lead and the Clinic Manager. The interview panel will include a Certified "
     "Peer Specialist from the outreach team.",
     "The interview panel will include a Certified Peer Specialist from the outreach team."),
    ("Applications are read by two members of our whānau peer team. You will be interviewed by a kaimahi peer "
     "and the Service Manager.",
     "You will be interviewed by a kaimahi peer and the Service Manager."),
    # twin: peers only in shortlisting; that sentence decides
    ("Shortlisting is carried out by a Lived Experience Practitioner and HR. Interviews will be held in Leeds.",
     "Shortlisting is carried out by a Lived Experience Practitioner and HR."),
]


# --- research interviews are a peer researcher's work, not selection ---------------------------
RESEARCH = [
    ("Peer Researcher\n\nYou will help design interview schedules and carry out qualitative interviews with young "
     "people with lived experience of care.", "not-met", ""),
    ("Peer Researcher\n\nPeer researchers are involved in every stage, from recruiting participants to conducting "
     "in-depth interviews with carers and peer workers.", "not-met", ""),
    # twin: the same advert that also says who sits on its panel
    ("Peer Researcher\n\nYou will carry out semi-structured interviews with veterans in recovery.\n\n"
     "You will be interviewed by a panel including a member of our Lived Experience Advisory Group.", "met",
     "You will be interviewed by a panel including a member of our Lived Experience Advisory Group."),
]


# --- with no one named: the interview's sentence before the recruitment process at large ------
PROCESS = [
    ("Reasonable adjustments are available at every stage of the recruitment process. Only shortlisted candidates "
     "will be invited to interview.", "Only shortlisted candidates will be invited to interview."),
    ("Please tell us about any accommodations you need during the selection process. Interviews will be held "
     "virtually in the week of 14 July.", "Interviews will be held virtually in the week of 14 July."),
    # twin: nothing about the interview, so the process sentence is the evidence
    ("Please tell us about any adjustments you need during the recruitment process.",
     "Please tell us about any adjustments you need during the recruitment process."),
]



class Starts(str):
    """An expected evidence text that the quoted one need only start with."""


ADVERTS = [
    # (criterion, advert, verdict, the first evidence texts or None, whether they are all of it)
    (PANEL, "Peer Worker\n\nHow we recruit\n\nInterviews will take place in the week of 3 June. Shortlisted "
            "candidates are invited for an informal look around the service and a panel interview with our "
            "Operations Manager and two members of the peer team.", "met",
     ["Shortlisted candidates are invited for an informal look around the service and a panel interview with "
      "our Operations Manager and two members of the peer team."], True),
    (PANEL, "Peer Recovery Coach\n\nHow we hire\n\nApplications are reviewed by HR. Finalists present a short "
            "scenario to our Consumer Council, followed by a panel interview with two directors.", "partly-met",
     ["Finalists present a short scenario to our Consumer Council, followed by a panel interview with two "
      "directors."], True),
    (LE, "Peer Support Coordinator\n\nQualifications\n\n- Lived experience of mental illness or addiction, or "
         "extensive experience working with peer support workers\n- A valid driver's licence\n", "not-met",
     ["Lived experience of mental illness or addiction, or extensive experience working with peer support "
      "workers"], True),
    (PP, "Recovery Companion\n\nWhat you will do\n\n- Build relationships of mutual respect, in which you both "
         "learn.\n- Use your own story with intention, keeping the focus on the other person.\n- Keep hope alive "
         "when things are hard.\n- Hold clear boundaries and use supervision.", "met",
     [Starts("Build relationships of mutual respect"), Starts("Use your own story with intention")], False),
    # with no one named, the order of the advert decides
    (PANEL, APPLY + "Interviews will be held at the Wellington office in May. Shortlisting will take place in the "
                    "week after the closing date.", "not-met",
     ["Interviews will be held at the Wellington office in May."], False),
    # a membership word followed by no one is not a sentence naming who selects
    (PANEL, APPLY + "The interview will include a short written task. The panel will comprise the Team Leader "
                    "and the Practice Manager.", "not-met",
     ["The panel will comprise the Team Leader and the Practice Manager."], False),
    *[(LE, text, expected, None, False) for text, expected in ALTERNATIVE_ROUTES + LEAD_INS],
    *[(PANEL, APPLY + body, "not-met", [evidence], False) for body, evidence in WHO + PROCESS],
    *[(PANEL, advert, expected, None, False) for advert, expected in POSTS],
    *[(PANEL, "Peer Support Worker\n\nSelection\n\n" + body, "met", [evidence], False) for body, evidence in BOTH],
    *[(PANEL, advert, expected, [evidence] if evidence else [], True) for advert, expected, evidence in RESEARCH],
]  # fmt: skip


@pytest.mark.parametrize(("criterion", "advert", "verdict", "evidence", "whole"), ADVERTS,
                         ids=[f"{c}:{a.split(chr(10))[0][:20]}:{a[-40:]}" for c, a, *_ in ADVERTS])  # fmt: skip
def test_advert_verdict_and_evidence(criterion, advert, verdict, evidence, whole) -> None:
    found = verdict_of(advert, criterion)
    assert found.verdict == verdict, found.why
    if evidence is None:
        return
    texts = [e.text for e in found.evidence]
    if whole:
        assert texts == evidence
    else:
        assert len(texts) >= len(evidence), texts
        for got, want in zip(texts, evidence, strict=False):
            assert got.startswith(want) if isinstance(want, Starts) else got == want

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

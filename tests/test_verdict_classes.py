"""Verdict classes found on blind sets of invented adverts (tests/invented/set5-set9), each with
invented variants from several countries and the twin that must keep its verdict: whole adverts
with the sentence that must be the evidence (ADVERTS). Single sentences of these classes are in
tests/test_criteria_wording.py's table, role classes in tests/test_role_classes.py."""

from __future__ import annotations

import pytest
from verdict_table import LE, PANEL, PP, verdict_of

from jdlint.engine import check_document

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
]
# twin: nothing about the interview, and an offer of adjustments says nothing of who selects
# (`panel-accommodation`): the selection is not described, and nothing is quoted
PROCESS_OFFER_ONLY = "Please tell us about any adjustments you need during the recruitment process."



# --- a question asks, it does not require: a requirement cue inside a question -------------------
QUESTIONS = [
    ("Frequently asked questions\n\nQ: Do I need to have lived experience of mental distress to apply? "
     "A: We will talk about what you bring at the interview.", "partly-met"),
    ("Questions people ask\n\nMust you have lived experience of homelessness to apply for this role? "
     "Talk to our team lead about it before you apply.", "partly-met"),
    ("FAQ\n\nQ: How long do I have to have been in recovery from gambling harm? A: There is no set time.",
     "partly-met"),
    # twins: the answer states the requirement, or a statement requires it
    ("FAQ\n\nQ: Do I need lived experience? A: Yes. Lived experience of mental health challenges is "
     "essential for this role.", "met"),
    ("About you\n\nYou must have lived experience of homelessness. Do you want to use it to help others?",
     "met"),
]


# --- a selection made of informal steps only, without peers: the step is the evidence -----------
INFORMAL = [
    # (advert body, the sentence that must be the evidence of "not met")
    ("Getting started\n\nSend us the short form. We will meet you for a coffee and a chat with our volunteer "
     "lead, then take up two references.",
     "We will meet you for a coffee and a chat with our volunteer lead, then take up two references."),
    ("Next steps\n\nApplicants will be invited to an informal conversation with the program coordinator. "
     "Police checks apply.",
     "Applicants will be invited to an informal conversation with the program coordinator."),
]


TWINS = [
    # an enquiry, not a step of selection; an informal chat with peers, where no interview or panel
    # is described, is the selection (blind set 13), so the peers take part in it
    ("Questions?\n\nFor an informal chat about the role, ring Aroha on 021 000 000.", "not-met", 0),
    ("Next steps\n\nApplicants will be invited to an informal chat with two of our peer mentors.", "met", 1),
]


# --- peers on this post's panel, under the selection heading, before a duty on other panels -------
SECTIONS = [
    ("Lived Experience Team Leader\n\nWhat you will do\n\nYou will sit on recruitment panels for new peer workers.\n\n"
     "Interview and selection\n\nOur interview panel will include a peer support worker and the service manager.",
     "Our interview panel will include a peer support worker and the service manager."),
    ("Consumer Peer Lead\n\nKey responsibilities\n\nRepresent consumer peer workers on selection panels across "
     "the district.\n\nSelection process\n\nA consumer peer worker will sit on the interview panel.",
     "A consumer peer worker will sit on the interview panel."),
]


# --- the post holder's own work on other hires' panels is not this post's selection --------------
DUTIES = [
    ("Peer Support Lead\n\nWhat you will do\n\nYou will also sit on recruitment panels for new peer workers.",
     "not-met"),
    ("Lived Experience Coordinator\n\nKey responsibilities\n\n- Represent consumer peer workers on the district "
     "leadership group and on selection panels.", "not-met"),
    ("Senior Recovery Coach\n\nResponsibilities\n\n- Take part in interviewing new recovery coaches.", "not-met"),
    # twins: a peer is the subject, or the duty sits beside a selection with peers on its panel
    ("Peer Support Lead\n\nHow to apply\n\nA peer worker will sit on the interview panel.", "met"),
    ("Peer Support Lead\n\nWhat you will do\n\nYou will sit on recruitment panels for new peer workers.\n\n"
     "Selection process\n\nOur interview panel includes an experienced peer worker.", "met"),
]



class Starts(str):
    """An expected evidence text that the quoted one need only start with."""


ADVERTS = [
    # (criterion, advert, verdict, the first evidence texts (or their number, or None), whether they are all of it)
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
    (PANEL, APPLY + PROCESS_OFFER_ONLY, "not-met", [], True),
    *[(PANEL, advert, expected, None, False) for advert, expected in POSTS],
    *[(PANEL, "Peer Support Worker\n\nSelection\n\n" + body, "met", [evidence], False) for body, evidence in BOTH],
    *[(PANEL, advert, expected, [evidence] if evidence else [], True) for advert, expected, evidence in RESEARCH],
    # --- blind set 10: a question asks, it does not require ---
    *[(LE, "Peer Support Worker\n\n" + body, expected, None, False) for body, expected in QUESTIONS],
    (LE, "Recovery Mentor\n\nAbout you\n\nWe would love to hear from someone with their own experience of "
         "recovery from gambling harm.\n\nFAQ\n\nQ: How long do I need to have been in recovery? "
         "A: There is no fixed rule.", "partly-met", [Starts("We would love to hear from someone")], False),
    # --- an informal-only selection is quoted; its twins; the selection section's sentence first ---
    *[(PANEL, "Volunteer Peer Mentor\n\n" + body, "not-met", [evidence], True) for body, evidence in INFORMAL],
    *[(PANEL, "Volunteer Peer Mentor\n\n" + body, expected, quoted, True) for body, expected, quoted in TWINS],
    *[(PANEL, text, "met", [evidence], False) for text, evidence in SECTIONS],
    (PANEL, "Peer Support Worker\n\nAbout the role\n\nShortlisting is done by our Peer Lead. Our interview panel "
            "will include a peer support worker.", "met", ["Our interview panel will include a peer support worker."],
     False),
    *[(PANEL, text, expected, None, False) for text, expected in DUTIES],
]  # fmt: skip


@pytest.mark.parametrize(("criterion", "advert", "verdict", "evidence", "whole"), ADVERTS,
                         ids=[f"{c}:{a.split(chr(10))[0][:20]}:{a[-40:]}" for c, a, *_ in ADVERTS])  # fmt: skip
def test_advert_verdict_and_evidence(criterion, advert, verdict, evidence, whole) -> None:
    found = verdict_of(advert, criterion)
    assert found.verdict == verdict, found.why
    if evidence is None:
        return
    texts = [e.text for e in found.evidence]
    if isinstance(evidence, int):
        assert len(texts) == evidence, texts  # how many sentences are quoted
    elif whole:
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


def test_all_four_with_the_manner_after_the_experience() -> None:
    text = ("Lived Experience Worker\n\nWhat you will do\n\n"
            "You will use your own lived experience of alcohol and other drugs, purposefully and safely, "
            "to support people in our day program. You will build relationships based on mutuality, "
            "hold hope for people when they cannot, and keep clear boundaries.")  # fmt: skip
    verdict = verdict_of(text, PP)
    assert verdict.verdict == "met", verdict.why
    assert any(e.text.startswith("You will use your own lived experience of alcohol") for e in verdict.evidence)

"""Verdict classes that blind set 10 found wrong, each with invented variants from several
countries and the negative twin beside it: the same structure that must not change the
verdict. The adverts themselves are not copied."""

from __future__ import annotations

import pytest
from verdict_table import LE, PANEL, PP, assert_row, table, verdict_of

CASES = [
    # --- how the story is used, before "use of", a possessive and "own": disclosure ---
    (PP, "Coaches make careful, deliberate use of their own story when it helps a young person.", "partly-met"),
    (PP, "The role calls for safe and considered use of your own lived experience with whānau.", "partly-met"),
    (PP, "Veteran mentors make thoughtful use of their own journey in conversations at the post.", "partly-met"),
    # twins: the use is of something else, or the story is the people's own
    (PP, "Careful, deliberate use of your own car is reimbursed at 45p a mile.", "not-met"),
    (PP, "Help tenants make considered use of their own budget each month.", "not-met"),
    # --- "draw on" the worker's own or that experience, then how: disclosure ---
    (PP, "You will draw on your own experience purposefully and safely, with the person at the centre.", "partly-met"),
    (PP, "The ability to draw on that experience safely and with good judgement.", "partly-met"),
    (PP, "Draw upon your own story with purpose when it helps a parent feel less alone.", "partly-met"),
    # twin: plain "draw on your lived experience" wants lived experience, it is not disclosure
    (PP, "You will draw on your lived experience to support people in the community.", "not-met"),
    # --- the experience's kind after "of", then a comma and how it is used: disclosure ---
    (PP, "You will use your lived experience of homelessness, intentionally and with care, to build trust.",
     "partly-met"),
    (PP, "Draw on your own experience of the justice system, safely and skilfully, as a mentor.", "partly-met"),
    # twins: the manner is of something else in the clause, with no comma before it
    (PP, "You will use your experience of data systems to store records safely.", "not-met"),
    (PP, "Draw on your experience of NDIS plans to help participants travel safely.", "not-met"),
    # --- people a service supports named by what they are, "who use our service": a
    # presentation to them is involvement short of the panel ---
    (PANEL, "Shortlisted applicants will give a presentation to a group of parents who use our service, followed "
     "by an interview with the Operations Manager.", "partly-met"),
    (PANEL, "Candidates give a ten-minute talk to tenants who have used the project, then meet the Director "
     "for an interview.", "partly-met"),
    (PANEL, "As part of the selection day you will give a presentation to veterans who access our program. The "
     "interview panel is the Clinical Lead and a recruiter.", "partly-met"),
    # twins: the audience is not people the service supports, or they are named outside selection
    (PANEL, "Shortlisted applicants will give a presentation to a group of funders who support our service, "
     "followed by an interview with the Operations Manager.", "not-met"),
    (PANEL, "You will run a weekly group for parents who use our service. Interviews will be held with the "
     "Operations Manager.", "not-met"),
]


@table(CASES)
def test_verdict(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


def test_all_four_with_the_manner_after_the_experience() -> None:
    text = ("Lived Experience Worker\n\nWhat you will do\n\n"
            "You will use your own lived experience of alcohol and other drugs, purposefully and safely, "
            "to support people in our day program. You will build relationships based on mutuality, "
            "hold hope for people when they cannot, and keep clear boundaries.")  # fmt: skip
    verdict = verdict_of(text, PP)
    assert verdict.verdict == "met", verdict.why
    assert any(e.text.startswith("You will use your own lived experience of alcohol") for e in verdict.evidence)


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


@pytest.mark.parametrize(("body", "expected"), QUESTIONS, ids=["uk-q-need", "us-must-you", "nz-have-to", "answer", "statement"])
def test_a_question_does_not_require(body: str, expected: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + body, LE)
    assert verdict.verdict == expected, verdict.why


def test_faq_question_is_not_the_evidence_when_prose_wants_it() -> None:
    text = ("Recovery Mentor\n\nAbout you\n\nWe would love to hear from someone with their own experience of "
            "recovery from gambling harm.\n\nFAQ\n\nQ: How long do I need to have been in recovery? "
            "A: There is no fixed rule.")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "partly-met", verdict.why
    assert verdict.evidence[0].text.startswith("We would love to hear from someone")


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


@pytest.mark.parametrize(("body", "evidence"), INFORMAL, ids=["uk-coffee-references", "au-applicants-chat"])
def test_informal_only_selection_is_quoted(body: str, evidence: str) -> None:
    verdict = verdict_of("Volunteer Peer Mentor\n\n" + body, PANEL)
    assert verdict.verdict == "not-met", verdict.why
    assert [e.text for e in verdict.evidence] == [evidence]


TWINS = [
    # an enquiry, not a step of selection; an informal chat with peers is involvement short of the panel
    ("Questions?\n\nFor an informal chat about the role, ring Aroha on 021 000 000.", "not-met", 0),
    ("Next steps\n\nApplicants will be invited to an informal chat with two of our peer mentors.", "partly-met", 1),
]


@pytest.mark.parametrize(("body", "expected", "quoted"), TWINS, ids=["nz-enquiry", "ca-peers"])
def test_informal_twins(body: str, expected: str, quoted: int) -> None:
    verdict = verdict_of("Volunteer Peer Mentor\n\n" + body, PANEL)
    assert verdict.verdict == expected, verdict.why
    assert len(verdict.evidence) == quoted


# --- peers on this post's panel, under the selection heading, before a duty on other panels -------

SECTIONS = [
    ("Lived Experience Team Leader\n\nWhat you will do\n\nYou will sit on recruitment panels for new peer workers.\n\n"
     "Interview and selection\n\nOur interview panel will include a peer support worker and the service manager.",
     "Our interview panel will include a peer support worker and the service manager."),
    ("Consumer Peer Lead\n\nKey responsibilities\n\nRepresent consumer peer workers on selection panels across "
     "the district.\n\nSelection process\n\nA consumer peer worker will sit on the interview panel.",
     "A consumer peer worker will sit on the interview panel."),
]


@pytest.mark.parametrize(("text", "evidence"), SECTIONS, ids=["uk-duty", "au-duty"])
def test_met_evidence_is_the_selection_sections(text: str, evidence: str) -> None:
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence[0].text == evidence


def test_met_evidence_in_document_order_without_a_selection_heading() -> None:
    # twin: no selection heading, so the interview panel's sentence comes first as before
    text = ("Peer Support Worker\n\nAbout the role\n\nShortlisting is done by our Peer Lead. Our interview panel "
            "will include a peer support worker.")  # fmt: skip
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence[0].text == "Our interview panel will include a peer support worker."


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


@pytest.mark.parametrize(("text", "expected"), DUTIES, ids=["uk-you-will", "au-represent", "us-take-part",
                                                            "peer-subject", "beside-selection"])
def test_a_duty_on_other_panels(text: str, expected: str) -> None:
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == expected, verdict.why

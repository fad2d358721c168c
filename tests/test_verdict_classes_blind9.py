"""Peer-principle classes that blind set 9 found wrong, and the evidence of a panel without
peers, each with invented variants from several countries and the negative twin beside it:
the same structure that must not change the verdict. The adverts themselves are not copied."""

from __future__ import annotations

import pytest
from verdict_table import PANEL, PP, assert_row, table, verdict_of

CASES = [
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
def test_verdict(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


def test_all_four_with_relationship_respect_and_own_story() -> None:
    text = ("Recovery Companion\n\nWhat you will do\n\n"
            "- Build relationships of mutual respect, in which you both learn.\n"
            "- Use your own story with intention, keeping the focus on the other person.\n"
            "- Keep hope alive when things are hard.\n- Hold clear boundaries and use supervision.")  # fmt: skip
    verdict = verdict_of(text, PP)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence[0].text.startswith("Build relationships of mutual respect")
    assert verdict.evidence[1].text.startswith("Use your own story with intention")


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


@pytest.mark.parametrize(("body", "evidence"), WHO, ids=["au-consist", "ie-interviewed-by", "ca-will-be", "uk-panel-of"])
def test_not_met_panel_evidence_names_who_selects(body: str, evidence: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\nHow to apply\n\n" + body, PANEL)
    assert verdict.verdict == "not-met", verdict.why
    assert verdict.evidence[0].text == evidence


def test_with_no_one_named_the_first_selection_sentence_stays_the_evidence() -> None:
    """The twin: when no sentence names who selects, the order of the advert decides."""
    body = ("Interviews will be held at the Wellington office in May. Shortlisting will take place in the "
            "week after the closing date.")  # fmt: skip
    verdict = verdict_of("Peer Support Worker\n\nHow to apply\n\n" + body, PANEL)
    assert verdict.verdict == "not-met"
    assert verdict.evidence[0].text == "Interviews will be held at the Wellington office in May."


def test_a_presentation_at_interview_is_not_who_selects() -> None:
    """A membership word followed by no one ("The interview will include a short task") is not
    a sentence naming who selects: the panel's make-up later in the advert still wins."""
    body = ("The interview will include a short written task. The panel will comprise the Team Leader and "
            "the Practice Manager.")  # fmt: skip
    verdict = verdict_of("Peer Support Worker\n\nHow to apply\n\n" + body, PANEL)
    assert verdict.verdict == "not-met"
    assert verdict.evidence[0].text == "The panel will comprise the Team Leader and the Practice Manager."


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


@pytest.mark.parametrize(("advert", "expected"), POSTS, ids=["uk-duty", "au-positions", "nz-vacancies",
                                                             "twin-worker", "twin-someone", "twin-team"])
def test_peers_before_a_word_for_a_post_are_a_kind_of_post(advert: str, expected: str) -> None:
    verdict = verdict_of(advert, PANEL)
    assert verdict.verdict == expected, verdict.why


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


@pytest.mark.parametrize(("body", "evidence"), BOTH, ids=["us-shortlist-then-panel", "nz-read-then-interview", "uk-twin"])
def test_met_panel_evidence_prefers_the_interview_panel(body: str, evidence: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\nSelection\n\n" + body, PANEL)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence[0].text == evidence


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


@pytest.mark.parametrize(("advert", "expected", "evidence"), RESEARCH, ids=["uk-schedules", "au-in-depth", "twin"])
def test_research_interviews_are_not_selection(advert: str, expected: str, evidence: str) -> None:
    verdict = verdict_of(advert, PANEL)
    assert verdict.verdict == expected, verdict.why
    assert [e.text for e in verdict.evidence] == ([evidence] if evidence else [])


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


@pytest.mark.parametrize(("body", "evidence"), PROCESS, ids=["uk-adjustments", "ca-accommodations", "twin"])
def test_not_met_evidence_prefers_the_interview_to_the_process_at_large(body: str, evidence: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\nHow to apply\n\n" + body, PANEL)
    assert verdict.verdict == "not-met", verdict.why
    assert verdict.evidence[0].text == evidence

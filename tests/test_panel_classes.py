"""Classes of wording the peer-panel verdict (CS003) must read, found on blind set 12 and in
slips other engineers noted: a kind of panel named after "on the" ("will be on the selection
panel"), a group of the people served with a name word between ("our Youth Voice Forum"),
an informal activity as a stage and feedback passed to the panel, a group that gives
feedback beside a panel without them, people in another clause past a semicolon, "selection
questions" written by people with lived experience, and presenting "to" a group. Each class
has invented variants (UK, US, Australian, New Zealand and Canadian wording) and the twin that
must keep its verdict. No sentence here is copied from a real or blind advert."""

from __future__ import annotations

import pytest
from verdict_table import PANEL, verdict_of


def assert_panel(text: str, expected: str, evidence: str | None = None) -> None:
    found = verdict_of("Peer Support Worker\n\n" + text, PANEL)
    assert found.verdict == expected, f"{found.verdict}: {found.why}"
    if evidence is not None:
        assert found.evidence and evidence in found.evidence[0].text, [e.text for e in found.evidence]


ITSELF = "the sentence itself"

# (sentence, verdict, what the first evidence must contain: ITSELF for the whole sentence, None for
# anything); each class under its heading, with the twins that keep their verdict
CASES = [
    # --- "on the" and a kind of panel: a seat on it --------------------------------------------------
    ("A person with lived experience, usually our Peer Work Coordinator, will be on the selection panel.", "met", ITSELF),
    ("One of our recovery coaches sits on every hiring committee.", "met", ITSELF),
    ("A kaimahi with lived experience - often the team's senior peer - is on each interview panel.", "met", ITSELF),
    # twins: only staff on it, or peers said not to be on it
    ("The service manager will be on the interview panel.", "not-met", None),
    ("Peer workers are not on the interview panel.", "not-met", None),
    ("There is no peer worker on the selection panel at present.", "not-met", None),
    # --- a named group of the people served, an informal activity, feedback to the panel ---------------
    ("Shortlisted applicants will join an informal group activity led by members of our Consumer "
     "Participation Group, followed by an interview with the Team Leader and a Psychologist.", "partly-met", None),
    ("Candidates take part in an informal workshop with young people from the Youth Action Council; "
     "their feedback is passed to the interview panel of two managers.", "partly-met", None),
    ("Before the interview there is an activity morning hosted by our Family Engagement Network, and "
     "the families' views are shared with the panel.", "partly-met", None),
    # twins: a member of the group on the panel; an informal part before peers on the panel; feedback
    # from staff only
    ("The panel includes a member of our Youth Voice Forum.", "met", None),
    ("An informal activity afternoon run by the Participation Lead comes before an interview with two "
     "peer workers.", "met", None),
    ("The interview panel is the Team Leader and a psychologist; their feedback is shared with HR.", "not-met", None),
    # --- people in another clause past a semicolon are not on the panel ---------------------------------
    # a group that gives feedback, or a further meeting, beside a panel without them: partly met
    ("Candidates meet with a panel of the Clinic Director; our Whānau Advisory Group also gives feedback.",
     "partly-met", None),
    ("The panel is the manager and a psychologist; candidates also meet with our peer team.", "partly-met", None),
    ("The panel is the clinical lead and the HR partner. Shortlisted applicants will also meet two of our "
     "peer navigators.", "partly-met", None),
    # peers in an earlier clause of their own, not a part in selection
    ("You will work closely with peer workers across the region; the manager will be on the interview panel.",
     "not-met", None),
    # twins: a list of panel members set out with semicolons, and peers in the panel's own clause
    ("The interview panel will include: the service manager; a peer support worker; and an HR advisor.", "met", None),
    ("The interview panel will include the program director; a peer specialist from the outreach team; "
     "and a board member.", "met", None),
    ("Our peer workers interview every candidate; the panel also includes the manager.", "met", None),
    # a relative clause in a list item only describes the member
    ("The panel will include the manager; a peer worker who has lived experience of psychosis; and a nurse.",
     "met", None),
    ("The panel will be made up of the clinic director; a person who has used our services; and an HR adviser.",
     "met", None),
    # --- people after the panel who are the subject of another way of taking part ----------------------
    ("Candidates meet with a panel of the Program Director, and our Parent Advisory Council also gives "
     "feedback.", "partly-met", None),
    ("You will be interviewed by the manager, and peer workers will share their impressions with the panel.",
     "partly-met", None),
    # twins: a member of the group named on the panel; peers who do both, named before the panel or in a
    # relative clause
    ("Interviews are with a panel of the Director and a parent from our Family Advisory Council.", "met", None),
    ("Two peer workers will meet candidates informally and sit on the interview panel.", "met", None),
    ("The interview panel includes the manager and two peer workers, who also meet candidates informally "
     "beforehand.", "met", None),
    # --- "selection questions", and presenting "to" a group --------------------------------------------
    ("People with lived experience write the selection questions.", "partly-met", None),
    ("Our youth council sets the interview tasks for every peer post.", "partly-met", None),
    ("The recruitment questions were devised by our consumer reference group.", "partly-met", None),
    ("Candidates will present to a group of people with lived experience.", "partly-met", None),
    ("Shortlisted applicants present to a group of service users before their interview.", "partly-met", None),
    # twins: writing the questions and sitting on the panel; presenting to a panel with peers on it;
    # the selection criteria of a person specification are not a stage of selection
    ("Peer workers write the interview questions and sit on the panel.", "met", None),
    ("Candidates present to a panel that includes two peer workers.", "met", None),
    ("Please address the selection criteria in your cover letter.", "not-met", None),
    # --- someone who has used services is a panel member with lived experience ---
    ("Our interview panel always includes someone who has used mental health services.", "met", ITSELF),
    ("The panel will be made up of the manager, a person who has accessed our services and an HR adviser.", "met", ITSELF),
    # --- the same past a joining word or a spaced dash ---------------------------------------------------
    ("The panel is the manager and a psychologist, but candidates also meet with our peer team.", "partly-met", None),
    ("The panel is the practice manager and a GP, while our peer workers run the induction.", "not-met", None),
    ("The interview panel is the manager and a psychologist, and our peer workers will support you in your "
     "first weeks.", "not-met", None),
    ("Interviews are with the team leader - our peer specialists lead the orientation.", "not-met", None),
    ("Interviews are with the team leader \u2014 our kaimahi lead the orientation.", "not-met", None),
    # twins: a parenthesis between dashes, a clause that puts the peer on the panel itself, and lists
    ("A peer worker - often our Peer Lead - sits on every interview panel.", "met", None),
    ("The panel includes the manager, and a peer worker will also sit on it.", "met", None),
    ("The panel includes not only the manager but also a peer worker.", "met", None),
    ("The panel is the manager, a psychologist, and a peer worker.", "met", None),
    ("Interviews are with the team leader and a peer-support worker.", "met", None),
    # --- the panel's make-up stated after it: only the people in it are on the panel -------------------
    ("Shortlisted applicants will present to our Carer Reference Group, whose views go to the interview "
     "panel of the Service Manager and Clinical Lead.", "partly-met", None),
    ("Candidates will present to the Youth Advisory Council, whose feedback is shared with the selection "
     "panel of the Program Director and HR Manager.", "partly-met", None),
    # twin: the make-up names a peer
    ("Candidates will present to the Youth Advisory Council, whose feedback is shared with the interview "
     "panel of the Program Director and a Peer Support Specialist.", "met", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "evidence"), CASES, ids=[t[:60] for t, _, _ in CASES])
def test_panel_class(text: str, expected: str, evidence: str | None) -> None:
    assert_panel(text, expected, text if evidence == ITSELF else evidence)


def test_the_evidence_of_another_way_is_the_sentence_that_names_it() -> None:
    text = ("How to apply\n\nSend us your CV by Friday.\n\nCandidates will present to a group of people with lived "
            "experience.\n\nThe interview panel is the Team Leader and a psychologist.")
    found = verdict_of("Peer Support Worker\n\n" + text, PANEL)
    assert found.verdict == "partly-met", found.why
    assert [e.text for e in found.evidence] == ["Candidates will present to a group of people with lived experience."]


# --- an FAQ's yes/no question about the panel: the reply decides ------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        ("Frequently asked questions\n\nWill someone with lived experience be on the interview panel?\n\nYes, always.",
         "met", ["Will someone with lived experience be on the interview panel?", "Yes, always."]),
        ("FAQs\n\nQ: Is there a peer worker on the selection panel?\nA: Yes - our Peer Coordinator joins every panel.",
         "met", None),
        ("Your questions answered\n\nDo consumers sit on the hiring committee?\n\nAbsolutely. Two members of our "
         "consumer council sit on it.", "met", None),
        # twins: a reply of no, or of not yet, and a question with no reply state nothing of peers on the panel
        ("FAQs\n\nWill a peer worker be on the selection panel?\n\nNo, the panel is the manager and a nurse.",
         "not-met", ["No, the panel is the manager and a nurse."]),
        ("FAQs\n\nIs a kaimahi with lived experience on the interview panel?\n\nNot at the moment, but we are "
         "working on it.", "not-met", None),
        ("Will someone with lived experience be on the interview panel?", "not-met", None),
    ],
)
def test_a_yes_no_question_about_the_panel_is_decided_by_its_reply(text: str, expected: str,
                                                                   evidence: list[str] | None) -> None:
    found = verdict_of("Peer Support Worker\n\n" + text, PANEL)
    assert found.verdict == expected, f"{found.verdict}: {found.why}"
    if evidence is not None:
        assert [e.text for e in found.evidence] == evidence

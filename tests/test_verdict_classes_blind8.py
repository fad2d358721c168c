"""Panel and lived-experience classes that blind set 8 found wrong, each with invented
variants from several countries and the negative twin beside it: the same structure that
must not change the verdict. The adverts themselves are not copied here."""

from __future__ import annotations

from verdict_table import LE, PANEL, assert_row, table, verdict_of

CASES = [
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
]


@table(CASES)
def test_verdict(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


def test_panel_evidence_is_the_sentence_naming_the_presentation() -> None:
    text = ("Peer Recovery Coach\n\nHow we hire\n\nApplications are reviewed by HR. Finalists present a short "
            "scenario to our Consumer Council, followed by a panel interview with two directors.")  # fmt: skip
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "partly-met", verdict.why
    assert [e.text for e in verdict.evidence] == [
        "Finalists present a short scenario to our Consumer Council, followed by a panel interview with two directors."
    ]


def test_lived_experience_evidence_is_the_requirement_with_the_alternative() -> None:
    text = ("Peer Support Coordinator\n\nQualifications\n\n- Lived experience of mental illness or addiction, or "
            "extensive experience working with peer support workers\n- A valid driver's licence\n")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "not-met", verdict.why
    assert [e.text for e in verdict.evidence] == [
        "Lived experience of mental illness or addiction, or extensive experience working with peer support workers"
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


@table([(LE, text, expected) for text, expected in LEAD_INS])
def test_lead_in_line_is_not_a_heading(criterion: str, text: str, expected: str) -> None:
    assert verdict_of(text, criterion).verdict == expected

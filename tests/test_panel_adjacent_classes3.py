"""Classes of wording the peer-panel (CS003) and adjacent-professions (CS004) verdicts must
read, found by the blind sets 13 to 15: a negated predicate after a coordinated list of
qualifications ("A, B or C is not required"), a qualification "viewed favourably", one
"welcome, but not required", a doctorate or a public health degree, a contribution to the
team's care planning with what is contributed in between, helping clinicians with outcome
measures, observations with words before them, covering the floor or a handover; the
panel's make-up as a label and a list, the people a service supports named by the service
("people we support"), and an informal conversation with peers where no interview or panel
is described (then it is the selection). Each class has invented variants (UK, US,
Australian, New Zealand and Canadian wording) and the negative twins that must keep their
verdict. No sentence here is copied from a real or blind advert."""

from __future__ import annotations

from verdict_table import ADJ, LE, PANEL, table, verdict_of

CASES = [
    # --- a negated predicate after a coordinated list reaches its first items ---
    (ADJ, "Licensure as an RSW, RPN or RN is not required for this position.", "met"),
    (ADJ, "A nursing degree, a counselling diploma, and a social work licence are not needed.", "met"),
    (ADJ, "Registration with the NMC, HCPC or BACP is not necessary.", "met"),
    (ADJ, "Licensure (LCSW, LMFT or LPCC) is not required.", "met"),
    (ADJ, "A Bachelor of Social Work, an RN or an LMHC is required, and prior experience is not essential.", "not-met"),
    (ADJ, "Registration as a nurse, social worker or psychologist is essential; a driving licence is not required.",
     "not-met"),
    # --- a qualification viewed favourably is desirable ---
    (ADJ, "Key Selection Criteria\n\n1. A Certificate IV in Alcohol and Other Drugs will be looked upon favourably.",
     "partly-met"),
    (ADJ, "Qualifications\n\n- A social work degree would be viewed favorably.", "partly-met"),
    (ADJ, "Applicants holding registration as a nurse will be regarded favourably.", "partly-met"),
    (ADJ, "Key Selection Criteria\n\n1. A Diploma of Mental Health is essential; a driver's licence will be viewed "
          "favourably.", "not-met"),
    (LE, "Lived experience of mental illness will be viewed favourably.", "not-met"),
    # --- welcome, but not required: desirable ---
    (ADJ, "About you\n\n- Applicants holding a Diploma of Counselling are welcome, but it is not essential.", "partly-met"),
    (ADJ, "A Master of Social Work is helpful, though not necessary.", "partly-met"),
    (ADJ, "A Diploma of Nursing is an advantage but not a requirement.", "partly-met"),
    (ADJ, "Tertiary qualifications in social work or psychology are welcome but not essential.", "partly-met"),
    (ADJ, "You will give medication on the ward, but a nursing qualification is not required.", "not-met"),
    (ADJ, "Experience of care coordination, while useful, is not essential.", "partly-met"),
    (ADJ, "Experience of care coordination for clients who are not required to attend is essential.", "not-met"),
    (ADJ, "A Diploma of Mental Health is required, but lived experience is not essential.", "not-met"),
    # --- a doctorate, or a degree in public health ---
    (ADJ, "Essential: a doctorate in clinical psychology.", "not-met"),
    (ADJ, "Minimum Qualifications\n\nPhD in public health or a closely related discipline.", "not-met"),
    (ADJ, "Desirable: a Master of Public Health.", "partly-met"),
    (ADJ, "You do not need a PhD in psychology to apply.", "met"),
    # --- a contribution to the team's care planning, with what is contributed in between ---
    (ADJ, "You will contribute a lived experience view to each resident's care planning.", "partly-met"),
    (ADJ, "Contribute peer insight to the whānau's care plan.", "partly-met"),
    (ADJ, "You won't be asked to carry out risk assessments, but you will contribute your recovery perspective to "
          "the team's treatment planning.", "partly-met"),
    (ADJ, "Contributes the peer perspective at treatment planning meetings.", "partly-met"),
    (ADJ, "You will contribute lived experience insight in care planning reviews.", "partly-met"),
    (ADJ, "You will contribute a peer perspective to team meetings and service planning.", "met"),
    (ADJ, "Support consumers to prepare for and take part in care planning meetings.", "met"),
    # --- helping clinicians with outcome measures ---
    (ADJ, "Help nurses to record routine outcome measures at discharge.", "partly-met"),
    (ADJ, "Assist the clinical team with outcome questionnaires at each review.", "partly-met"),
    (ADJ, "Support clinicians to understand the value of peer work.", "met"),
    (ADJ, "Support people to complete their own wellbeing plans.", "met"),
    # --- observations with words before them; covering the floor, a handover or a break ---
    (ADJ, "Perform routine physical observations with patients after meals.", "not-met"),
    (ADJ, "Undertake the post-dinner observations in the lounge.", "not-met"),
    (ADJ, "Take and record patients' physical observations.", "not-met"),
    (ADJ, "Support nurses with routine physical observations.", "partly-met"),
    (ADJ, "Cover the floor while the nurses are at handover.", "not-met"),
    (ADJ, "You will provide ward cover during staff lunch breaks.", "not-met"),
    (ADJ, "Covering the unit over meal breaks when asked.", "not-met"),
    (ADJ, "You will not complete observations or cover the floor.", "met"),
    (ADJ, "Peer workers notice how groups run and share observations with the team.", "met"),
    (ADJ, "Our service covers the whole ward and the day programme.", "met"),
    # --- the panel's make-up as a label and a list ---
    (PANEL, "Selection panel: Service Manager, Peer Support Lead and HR Business Partner.", "met"),
    (PANEL, "Hiring committee: Program Director, Certified Peer Specialist, HR Generalist.", "met"),
    (PANEL, "Interview panel – Nurse Unit Manager, Lived Experience Lead and a HR representative.", "met"),
    (PANEL, "Interview panel: Team Leader and HR Manager.", "not-met"),
    (PANEL, "Interview panel: to be confirmed; peer support training is provided.", "not-met"),
    (PANEL, "Interview panel - the manager; peer support training is provided.", "not-met"),
    (PANEL, "Interview panel: Service Manager and Clinical Lead. Peer workers run the Tuesday group.", "not-met"),
    # --- the people a service supports, named by the service ---
    (PANEL, "Young people we work with join the manager on each interview panel.", "met"),
    (PANEL, "Two of the families we've supported sit on the shortlisting panel.", "met"),
    (PANEL, "Interviews are conducted by the Program Lead and two veterans we have served.", "met"),
    (PANEL, "Interviews are held by the manager. People we support run the garden project.", "not-met"),
    # --- an informal conversation with peers is the selection when nothing else is described ---
    (PANEL, "How to apply\n\nSend us a short letter. You'll then be invited for an informal chat with two of our "
            "team, one of whom began as a peer support worker.", "met"),
    (PANEL, "HIRING PROCESS\n\nIf your application fits, we'll set up an informal conversation with our "
            "coordinator and one of our recovery coaches.", "met"),
    (PANEL, "How to apply\n\nApplicants will be invited for an informal chat with two of our peer mentors, "
            "followed by an interview with the manager.", "partly-met"),
    (PANEL, "Shortlisted applicants will be invited for an informal chat with two of our peer mentors.", "met"),
    (PANEL, "Applicants will be invited to an informal chat with two of our kaimahi peer workers. We make "
            "adjustments at every stage of the recruitment process.", "met"),
    (PANEL, "Applicants will be invited for an informal chat with two of our peer mentors before a panel "
            "interview with the manager.", "partly-met"),
    (PANEL, "For an informal chat with a peer mentor about the role, call Sam on 0400 000 000.", "not-met"),
    (PANEL, "How to apply\n\nApplicants will give a short presentation to our peer workers.", "partly-met"),
]


@table(CASES)
def test_the_class_gets_its_verdict(criterion: str, text: str, expected: str) -> None:
    found = verdict_of("Peer Support Worker\n\n" + text, criterion)
    assert found.verdict == expected, f"{found.verdict}: {found.why}"


EVIDENCE = [
    (ADJ, "Peer Mentor\n\nYou will run groups. Licensure as an RSW, RPN or RN is not required for this position.",
     "Licensure as an RSW"),
    (ADJ, "Peer Worker\n\nYou will run groups.\n\nA Master of Social Work is helpful, though not necessary.",
     "A Master of Social Work"),
    (ADJ, "Peer Navigator\n\nYou will not carry out risk assessments, but you will contribute your recovery "
          "perspective to the team's treatment planning. You will run a walking group.", "You will not carry out"),
    (ADJ, "Peer Support Worker\n\nYou will run groups.\n\nDuties\n\n- Cover the floor while the nurses are at "
          "handover.", "Cover the floor"),
    (PANEL, "Peer Worker\n\nHow we hire\n\nInterviews are relaxed. Selection panel: Service Manager, Peer Support "
            "Lead and HR Business Partner.", "Selection panel:"),
    (PANEL, "Peer Mentor\n\nHow to apply\n\nFill in our form. You'll then be invited for an informal chat with two "
            "of our team, one of whom began as a peer support worker.", "You'll then be invited"),
]


# --- what makes the role different, said in other words: the evidence of met ---
DISTINCT = [
    (ADJ, "Peer Worker\n\nYou will run groups. This post is separate from nursing and social work roles.",
     "This post is separate"),
    (ADJ, "Peer Mentor\n\nYou will run groups. We do not ask for any qualifications.", "We do not ask"),
    (ADJ, "Peer Navigator\n\nYou will run groups. We don't expect a degree or registration.", "We don't expect"),
    (ADJ, "Kaimahi Peer Support\n\nYou will run groups. Peer workers sit alongside, not inside, the clinical team.",
     "Peer workers sit alongside"),
    (ADJ, "Peer Specialist\n\nYou will run groups. Our peer workers are not part of the treating team.",
     "Our peer workers are not part"),
]
EVIDENCE += DISTINCT


def test_the_twins_of_a_distinct_role_say_nothing_about_the_role() -> None:
    for text in ("This role is different from what you may expect.", "We do not ask for references until after interview."):
        found = verdict_of("Peer Worker\n\nYou will run groups. " + text, ADJ)
        assert found.verdict == "met" and not found.evidence, [e.text for e in found.evidence]


@table(EVIDENCE)
def test_the_evidence_is_the_sentence_that_decided(criterion: str, text: str, expected: str) -> None:
    found = verdict_of(text, criterion)
    assert found.evidence and found.evidence[0].text.startswith(expected), [e.text for e in found.evidence]

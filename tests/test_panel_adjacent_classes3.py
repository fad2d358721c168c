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
verdict. No sentence here is copied from a real or blind advert.
Their sentence table is in tests/test_criteria_wording.py (CASES); here are the tests of evidence
and explanations."""

from __future__ import annotations

from verdict_table import ADJ, PANEL, table, verdict_of

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

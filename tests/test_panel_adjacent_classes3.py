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
Their sentence table is in tests/test_criteria_wording.py (CASES), and so is the table of the
evidence each verdict quotes (EVIDENCE); here are the twins of a distinct role, which quote none."""

from __future__ import annotations

from verdict_table import ADJ, verdict_of


def test_the_twins_of_a_distinct_role_say_nothing_about_the_role() -> None:
    for text in ("This role is different from what you may expect.", "We do not ask for references until after interview."):
        found = verdict_of("Peer Worker\n\nYou will run groups. " + text, ADJ)
        assert found.verdict == "met" and not found.evidence, [e.text for e in found.evidence]

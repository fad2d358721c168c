"""Classes of wording the peer-panel verdict (CS003) must read, found on blind set 12 and in
slips other engineers noted: a kind of panel named after "on the" ("will be on the selection
panel"), a group of the people served with a name word between ("our Youth Voice Forum"),
an informal activity as a stage and feedback passed to the panel, a group that gives
feedback beside a panel without them, people in another clause past a semicolon, "selection
questions" written by people with lived experience, and presenting "to" a group. Each class
has invented variants (UK, US, Australian, New Zealand and Canadian wording) and the twin that
must keep its verdict. No sentence here is copied from a real or blind advert. The sentence
table of these classes (criterion, sentence, verdict) and the evidence each quotes are in
tests/test_criteria_wording.py (CASES and EVIDENCE, "panel, blind set 12"); here are the
evidence of another way and the FAQ's questions about the panel."""

from __future__ import annotations

import pytest
from verdict_table import PANEL, verdict_of


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

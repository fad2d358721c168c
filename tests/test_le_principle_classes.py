"""Lived-experience and principle wording classes from blind sets 20 and 22: each class with at
least two invented variants and the negative twin beside it (every sentence here is invented).
Their sentence table is in tests/test_criteria_wording.py (CASES); here are the tests of evidence
and explanations."""

from __future__ import annotations

from verdict_table import ADJ, LE, PP, verdict_of


def _principles(text: str) -> str:
    return verdict_of("Peer Support Worker\n\n" + text, PP).why


def test_coordinated_sharing_counts_as_disclosure() -> None:
    why = _principles("Our peer mentors build equal relationships with patients, and share their personal recovery "
                      "story intentionally. Hope matters.")
    assert "disclosure" in why.split("missing")[0], why


def test_boundaries_after_a_condition_count() -> None:
    why = _principles("You will share your story where it helps someone else, keep healthy boundaries, and offer hope.")
    assert "boundaries" in why.split("missing")[0], why
    why = _principles("You will support clients to set healthy boundaries, and offer hope.")
    assert "boundaries" in why.split("missing")[1], why


def test_the_sentence_that_sets_the_level_is_evidence() -> None:
    verdict = verdict_of("Peer Support Worker\n\n- Lived experience of mental distress, or lived experience as whānau "
                         "of someone living with distress. One of these is essential.", LE)
    assert verdict.verdict == "met"
    assert any(s.text == "One of these is essential." for s in verdict.evidence), verdict.evidence


def test_the_item_that_stands_in_is_evidence() -> None:
    verdict = verdict_of("Peer Support Worker\n\nHigh school diploma, AND one of the following:\n\n"
                         "- Lived experience of a mental health condition; or\n"
                         "- two years as a psychiatric aide in a hospital setting.", LE)
    assert verdict.verdict == "not-met"
    assert any("psychiatric aide" in s.text for s in verdict.evidence), verdict.evidence


def test_the_faq_reply_is_evidence() -> None:
    for criterion in (LE, ADJ):
        verdict = verdict_of("Peer Support Worker\n\nApplicants must have lived experience of psychosis.\n\nCan I apply "
                             "if I do not have lived experience myself?\n\nIf you have worked for three years in a "
                             "residential support service, we will consider your application.", criterion)
        assert verdict.verdict == "not-met"
        assert any("we will consider your application" in s.text for s in verdict.evidence), verdict.evidence

"""Lived-experience and principle wording classes from blind sets 20 and 22: each class with at
least two invented variants and the negative twin beside it (every sentence here is invented)."""

from __future__ import annotations

from verdict_table import ADJ, LE, PP, assert_row, table, verdict_of

CASES = [
    # --- recovery with no kind named, asked of the person ("be a person in recovery", "someone in
    # long-term recovery"): partly met, not "does not ask" ---
    (LE, "Must be a person in recovery who is willing to be open about it with colleagues.", "partly-met"),
    (LE, "Applicants must be an individual in sustained recovery.", "partly-met"),
    (LE, "We are looking for someone in long-term recovery who can meet people where they are.", "partly-met"),
    (LE, "We'd love to hear from somebody in active recovery who knows the local meetings.", "partly-met"),
    # twins: the kind named makes it met; recovery of the people served is not the applicant's
    (LE, "Must be a person in recovery from a gambling or alcohol problem.", "met"),
    (LE, "You will help someone in long-term recovery to find work. A driver licence is essential.", "not-met"),
    # --- lived experience wanted of the sought person named by the post ("a leader who brings
    # their own ...", "a coordinator with personal experience of ..."): partly met ---
    (LE, "We are looking for a leader who brings their own lived or living experience of mental health challenges.",
     "partly-met"),
    (LE, "We seek an outreach coordinator with personal experience of homelessness.", "partly-met"),
    (LE, "Our ideal hire brings their own experience of recovery from problem gambling.", "partly-met"),
    # --- a requirement set by the next, short sentence that points back ("One of these is essential.") ---
    (LE, "- Lived experience of mental distress, or lived experience as whānau of someone living with distress. "
     "One of these is essential.", "met"),
    (LE, "Personal experience of problem gambling, or experience as a family member of someone with a gambling "
     "problem. Either is required for this role.", "met"),
    (LE, "Lived experience of psychosis, or experience as a carer of someone with psychosis. Both are welcome but "
     "neither is essential.", "partly-met"),
    (LE, "Lived experience of an eating disorder, or of supporting a sibling through one. Either is desirable.",
     "not-met"),
    # the same sentence after a list: it sets the level of its items ...
    (LE, "- Lived experience of mental distress\n- Lived experience as whānau of someone living with distress\n\n"
     "One of these is essential.", "met"),
    (LE, "- Personal experience of problem gambling\n- A full driver licence\n\nBoth are essential.", "met"),
    (LE, "- Personal experience of problem gambling\n- A full driver licence\n\nThese are desirable.", "not-met"),
    # ... and a choice between lived experience and work experience makes it substitutable
    (LE, "- Personal experience of problem gambling\n- Two years as a counsellor in a gambling help service\n\n"
     "One of these is required.", "not-met"),
    (ADJ, "- Lived experience of homelessness\n- 12 months as a hostel support worker\n\nEither is essential.",
     "not-met"),
    # twins: a later sentence about something else sets nothing
    (LE, "- Lived experience of self-harm. This post is based in Leeds.", "partly-met"),
    (LE, "- Personal experience of problem gambling\n- A full driver licence\n\nThis post is based in Hamilton.",
     "partly-met"),
    # --- lived experience as one item of "one of the following" beside time in a job ---
    (LE, "Minimum Qualifications:\n\nHigh school diploma or GED, AND one of the following:\n\n"
     "- Lived experience of a mental health condition; or\n- two years as a psychiatric aide in a hospital setting.",
     "not-met"),
    (LE, "You must have at least one of:\n\n- Personal experience of problem gambling\n"
     "- Eighteen months working as a support worker in a gambling help service", "not-met"),
    (LE, "Requirements:\n\n- Lived experience of addiction; or\n- 3 years as a youth worker", "not-met"),
    # twins: every item is lived experience
    (LE, "You must have one of the following:\n\n- Personal experience of psychosis\n"
     "- Experience as a carer of someone with psychosis", "met"),
    (LE, "Requirements:\n\n- Lived experience of addiction; or\n- lived experience as a parent of someone with addiction",
     "met"),
    # --- an FAQ reply that accepts applicants without lived experience on other experience ---
    (LE, "Applicants must have lived experience of psychosis.\n\nCan I apply if I do not have lived experience "
     "myself?\n\nIf you have worked for three years in a residential support service, we will consider your "
     "application.", "not-met"),
    (LE, "You must have lived experience of addiction. What if I don't have lived experience? You can still apply "
     "if you have two years of youth work experience.", "not-met"),
    # twins: the reply says no, or accepts nothing in its place
    (LE, "Applicants must have lived experience of psychosis.\n\nCan I apply if I do not have lived experience "
     "myself?\n\nNo. Lived experience is essential, and we will consider your application only if you have it.",
     "met"),
    (LE, "Applicants must have lived experience of psychosis.\n\nCan I apply without lived experience?\n\n"
     "You are welcome to apply for our volunteer roles instead.", "met"),
    (ADJ, "Applicants must have lived experience of psychosis.\n\nCan I apply if I do not have lived experience "
     "myself?\n\nIf you have worked for three years in a residential support service, we will consider your "
     "application.", "not-met"),
    (ADJ, "Applicants must have lived experience of psychosis.\n\nCan I apply without lived experience?\n\n"
     "Unfortunately not; you are welcome to apply for our other posts.", "met"),
    # --- principles: a predicate joined by ", and" shares the first one's subject (the workers),
    # so their sharing is the workers', not that of the people named as its object ---
    (PP, "Our peer mentors build equal relationships with patients, and share their personal recovery story "
     "intentionally.", "partly-met"),
    (PP, "Peer navigators sit with residents at meals, and share their own journeys purposefully.", "partly-met"),
    # twin: the people served as the subject of the second clause
    (PP, "Peer workers meet patients on the ward, and patients share their personal recovery story.", "not-met"),
    # --- principles: boundaries after a condition whose serving verb has its own subject ("where it
    # helps someone else, keep healthy boundaries") are the worker's ---
    (PP, "You will share your story where it helps someone else, keep healthy boundaries, and offer hope.",
     "partly-met"),
    (PP, "Tell your story when this supports a whānau member, hold clear boundaries and model hope.", "partly-met"),
    # twin: the people served set the boundaries
    (PP, "You will support clients to set healthy boundaries.", "not-met"),
]


@table(CASES)
def test_class(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


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

"""Hard cases for the clear-soil verdicts: each line is a short advert and the verdict the
spec (shared/clear-soil.md) asks for. These are the traps the spec names: negation,
substitution, qualifier scope, whose experience, questions, tables, carers, US styles."""

from __future__ import annotations

from verdict_table import ADJ, LE, PANEL, PP, table, verdict_of

from jdlint.engine import check_document
from jdlint.readers.text import read_text

CASES = [
    # --- lived experience essential ---
    (LE, "Peer Support Worker\n\nLived experience of mental health challenges is essential.", "met"),
    (LE, "Peer Support Worker\n\nYou must have lived experience of substance use.", "met"),
    (LE, "Peer Support Worker\n\nThis post is only open to people with lived experience of homelessness.", "met"),
    (LE, "Peer Support Worker\n\nLived experience is not required for this role.", "not-met"),
    (LE, "Peer Support Worker\n\nYou don't need lived experience to apply.", "not-met"),
    (LE, "Peer Support Worker\n\nLived experience of mental health or relevant professional experience is essential.", "not-met"),
    (LE, "Peer Support Worker\n\nApplicants must have lived, living or learned experience of addiction.", "not-met"),
    (LE, "Peer Support Worker\n\nLived experience of mental health problems, or equivalent, is required.", "not-met"),
    (LE, "Peer Support Worker\n\nLived experience of mental health challenges would be an advantage.", "not-met"),
    (LE, "Peer Support Worker\n\nWe welcome applications from people with lived experience of mental illness.", "not-met"),
    (LE, "Peer Support Worker\n\nDo you have lived experience of psychosis? Then this could be the job for you.", "partly-met"),
    (LE, "Peer Support Worker\n\nWe are looking for someone who has lived experience of self-harm.", "partly-met"),
    (LE, "Peer Support Worker\n\nYou will draw on your own lived experience of recovery.", "partly-met"),
    (LE, "Peer Support Worker\n\nYou must have lived experience.", "partly-met"),
    (LE, "Peer Support Worker\n\nYou will support patients with their lived experience of trauma.", "not-met"),
    (LE, "Peer Support Worker\n\nYou will support people with lived experience of homelessness.", "not-met"),
    (LE, "Peer Support Worker\n\nCertified Peer Recovery Specialist (preferred). Must have lived experience of recovery from substance use.", "met"),
    (LE, "Peer Support Worker\n\nEssential: lived experience of mental health challenges; a peer support certificate (desirable).", "met"),
    (LE, "Peer Support Worker\n\nLived experience of mental health challenges.", "partly-met"),
    (LE, "Peer Specialist\n\nMinimum Qualifications\n\nHigh school diploma or GED.\nLived experience of recovery from a mental health condition.", "met"),
    (LE, "Peer Specialist\n\nPreferred Qualifications\n\nLived experience of recovery from a mental health condition.", "not-met"),
    (LE, "Peer Specialist\n\nTwo years of work experience required; military service may substitute for the required work experience.\nLived experience preferred.", "not-met"),
    (LE, "Carer Peer Support Worker\n\nYou must have experience of caring for a family member with mental health difficulties.", "met"),
    (LE, "Peer Support Worker\n\nPerson specification\n\nEssential\n\n- Lived experience of using mental health services\n- Good listening skills\n\nDesirable\n\n- A driving licence", "met"),
    (LE, "Peer Support Worker\n\nPerson specification\n\nEssential\n\n- Good listening skills\n\nDesirable\n\n- Lived experience of using mental health services", "not-met"),
    (LE, "Peer Support Worker\n\nYou must have:\n- lived experience of an eating disorder\n- good IT skills", "met"),
    (LE, "Peer Support Worker\n\nThe following would be desirable:\n- lived experience of an eating disorder", "not-met"),
    (LE, "Peer Support Worker\n\nYou will provide support to adults in the community.", "not-met"),
    (LE, "Peer Support Worker\n\nYou don't need qualifications, but you must have lived experience of mental health challenges.", "met"),
    # --- peer principles ---
    (PP, "Peer Support Worker\n\nYou will build mutual relationships, share your own story purposefully, inspire hope and keep clear boundaries.", "met"),
    (PP, "Peer Support Worker\n\nThe post is subject to an enhanced DBS disclosure. Clients can join mutual aid groups.", "not-met"),
    (PP, "Peer Support Worker\n\nVoices of Hope is hiring.", "not-met"),
    (PP, "Peer Support Worker\n\nYou will model boundary-setting and healthy coping skills.", "partly-met"),
    (PP, "Peer Support Worker\n\nYou will promote optimism about recovery and work as equals with the people you support.", "partly-met"),
    # --- peer panel ---
    (PANEL, "Peer Support Worker\n\nThe interview panel will include our Peer Support Lead.", "met"),
    (PANEL, "Peer Support Worker\n\nPeople with lived experience will be involved in shortlisting.", "met"),
    (PANEL, "Peer Support Worker\n\nInterviews will be conducted by a panel including a peer worker and a manager.", "met"),
    (PANEL, "Peer Support Worker\n\nInterviews will be held with the team manager and a psychologist.", "not-met"),
    (PANEL, "Peer Support Worker\n\nShortlisted candidates will give a presentation to a group of service users.", "partly-met"),
    (PANEL, "Peer Support Worker\n\nYou will be interviewed for the Peer Support Worker post in May.", "not-met"),
    (PANEL, "Peer Support Worker\n\nYou will support people to prepare for job interviews.", "not-met"),
    # --- adjacent professions ---
    (ADJ, "Peer Support Worker\n\nYou do not need a nursing qualification.", "met"),
    (ADJ, "Peer Support Worker\n\nEssential: a nursing degree and NMC registration.", "not-met"),
    (ADJ, "Peer Support Worker\n\nDesirable: a degree in psychology.", "partly-met"),
    (ADJ, "Peer Support Worker\n\nYou will administer medication and complete risk assessments.", "not-met"),
    (ADJ, "Peer Support Worker\n\nYou will learn about risk assessment during your induction.", "met"),
    (ADJ, "Peer Support Worker\n\nYou will help the nursing team with medication rounds.", "partly-met"),
    (ADJ, "Peer Support Worker\n\nYou will encourage adherence to medication.", "not-met"),
    (ADJ, "Peer Support Worker\n\nDocument all contacts in compliance with our record-keeping standards.", "met"),
    (ADJ, "Peer Support Worker\n\nYou will be an extra pair of hands on the ward and cover shifts when needed.", "not-met"),
    (ADJ, "Peer Support Worker\n\nLived experience of mental health, or experience of working in a caring role, is essential.", "not-met"),
    (ADJ, "Peer Support Worker\n\nYou will contribute to care plans with the team.", "partly-met"),
    (ADJ, "Peer Support Worker\n\nThis is not a clinical role.", "met"),
    (ADJ, "Peer Recovery Specialist\n\nCertified Peer Recovery Specialist (CPRS) certification required.", "met"),
    (ADJ, "Peer Worker\n\nYou will be supported to complete the Certificate IV in Mental Health Peer Work.", "met"),
    (ADJ, "Recovery Worker\n\nYou will deliver specific components of prescribed care packages under the direct supervision of care coordinators.", "partly-met"),
    (ADJ, "Peer Support Worker\n\nNo qualifications are needed: we will train you.", "met"),
    (ADJ, "Peer Specialist\n\nBachelor's degree in social work or psychology required.", "not-met"),
    (ADJ, "Peer Specialist\n\nPreferred: master's degree in social work.", "partly-met"),
    (ADJ, "Peer Support Worker\n\nYou will act as care co-ordinator for a caseload of service users.", "not-met"),
    (ADJ, "Peer Support Worker\n\nYou will provide cover on the ward when staffing is short.", "not-met"),
    (LE, "Peer Worker\n\nThis is a designated lived experience position for people with lived experience of mental health challenges.", "met"),
    (LE, "Peer Support Worker\n\nPreference will be given to applicants with lived experience of mental illness.", "not-met"),
    (LE, "Peer Support Worker\n\nYou'll need lived experience of homelessness.", "met"),
    (PP, "Peer Support Worker\n\nWe hope to hear from you. You will work across organisational boundaries.", "not-met"),
    (PP, "Peer Support Worker\n\nYou must disclose any safeguarding concerns to your manager.", "not-met"),
    (PP, "Peer Support Worker\n\nYou will use appropriate self-disclosure of your own lived experience.", "partly-met"),
]  # fmt: skip


@table(CASES)
def test_verdict(criterion: str, text: str, expected: str) -> None:
    verdict = verdict_of(text, criterion)
    assert verdict.verdict == expected, verdict.why


def test_not_met_and_partly_met_verdicts_carry_a_fix() -> None:
    report = check_document(
        read_text("Peer Support Worker\n\nYou will provide support to adults."), role="peer"
    )
    for verdict in report.criteria:
        if verdict.verdict in ("not-met", "partly-met"):
            assert verdict.fix is not None and verdict.fix.text, verdict.criterion


def test_evidence_is_the_deciding_sentence() -> None:
    text = "Peer Support Worker\n\nWe are a friendly team. Lived experience of psychosis is essential for this role. Apply now."
    verdict = check_document(read_text(text), role="peer").verdict(LE)
    assert verdict.verdict == "met"
    assert verdict.evidence[0].text == "Lived experience of psychosis is essential for this role."
    assert verdict.evidence[0].location.line == 3


def test_other_roles_get_not_applicable() -> None:
    report = check_document(
        read_text("Support Worker\n\nYou will support residents with daily living.")
    )
    assert report.role.kind == "other"
    assert {v.verdict for v in report.criteria} == {"not-applicable"}

"""Classes of wording found by blind sets 35 to 37 (lived-experience-essential and
adjacent-professions): lived experience offered beside a length of time in other work; a
list's own lead-in deciding its level over a lead-in line above it read as a heading; a
negation reaching a duty that is the object of "be part of", "be involved in", "have a role
in"; a semicolon ending a qualification's item before the peer training listed after it; a
hospital's emergency response to aggression by its code or team, and patient escorts; work
on someone's funded plan or care package; timed checks in a supporting position; service use
required beside another identity ("must be a veteran who has received ..."). Each class
has invented variants (UK, US, Australian, New Zealand and Canadian wording) and the twin that
must keep its verdict. No sentence here is copied from a real or blind advert."""

from __future__ import annotations

import pytest
from verdict_table import ADJ, LE, verdict_of


def assert_verdict(criterion: str, text: str, expected: str, evidence: str | None = None) -> None:
    found = verdict_of("Peer Support Worker\n\n" + text, criterion)
    assert found.verdict == expected, f"{found.verdict}: {found.why}"
    if evidence is not None:
        assert any(evidence in e.text for e in found.evidence), [e.text for e in found.evidence]


# --- lived experience or a length of time in other work: substitutable (CS001), and adjacent
# experience offered in its place (CS004) ---------------------------------------------------------

OTHER_WORK = [
    "Minimum Qualifications\n\n- GED or high school diploma\n- Personal experience of recovery from a substance "
    "use disorder or 24 months of paid human services work",
    "Essential: lived experience of mental ill health, or three years working in community services.",
    "You must have lived experience of homelessness, or a year in a shelter staff position.",
    "Lived experience of psychosis, or having worked in an NHS trust for two years, is essential.",
    "Required: personal experience of gambling harm or 18 months' employment in a helpline service.",
]


@pytest.mark.parametrize("text", OTHER_WORK)
def test_lived_experience_or_time_in_other_work_is_substitutable(text: str) -> None:
    assert_verdict(LE, text, "not-met")
    assert_verdict(ADJ, text, "not-met")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other route belongs to another requirement
        ("Essential: lived experience of psychosis. A high school diploma, or two years of office work.", "met"),
        ("Minimum Qualifications\n\n- Lived experience of recovery from addiction.\n- GED or two years of paid work.",
         "met"),
        # time in recovery is part of the lived experience, not another route
        ("You must have lived experience of addiction, with at least two years in recovery.", "met"),
        ("You must have lived experience of recovery from psychosis of two years or more.", "met"),
    ],
)
def test_the_twins_time_named_elsewhere_keeps_lived_experience_required(text: str, expected: str) -> None:
    assert_verdict(LE, text, expected)


# --- a list's own lead-in decides its level over a lead-in line read as a heading above it ---


@pytest.mark.parametrize(
    ("criterion", "text", "expected"),
    [
        (ADJ, "About you\n\nTo be appointed you must have:\n\n- lived experience of recovery from gambling harm;\n"
              "- a full licence.\n\nIt would be a bonus to have:\n\n- a diploma in social work.", "partly-met"),
        (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n- a driver licence\n\n"
              "It would be an advantage to have:\n\n- a social work degree", "partly-met"),
        (LE, "Who we are looking for\n\nYou must have:\n\n- a driver licence\n\nIt would be an advantage to have:\n\n"
             "- personal experience of psychosis", "not-met"),
        # the lead-in line read as a heading names its level in other words
        (LE, "Your experience\n\nYou will need:\n\n- a current first aid certificate\n\nIt would be great if you also "
             "had:\n\n- lived experience of an eating disorder", "not-met"),
        (LE, "About you\n\nYou must have:\n\n- a driver licence\n\nWe would prefer you to have:\n\n"
             "- lived experience of psychosis", "not-met"),
        (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n\nYou must also "
              "have:\n\n- a social work degree", "not-met"),
        (ADJ, "Your experience\n\nYou will need:\n\n- lived experience of psychosis\n\nIt would be nice if you also "
              "had:\n\n- a nursing registration", "partly-met"),
        # twin: the first list keeps the level of its own lead-in
        (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n- a social work degree\n\n"
              "It would be an advantage to have:\n\n- a driver licence", "not-met"),
        (LE, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n\n"
             "It would be an advantage to have:\n\n- a driver licence", "met"),
    ],
)
def test_a_second_lead_in_sets_the_level_of_its_own_list(criterion: str, text: str, expected: str) -> None:
    assert_verdict(criterion, text, expected)


# --- a negation before "be part of", "be involved in", "have a role in" reaches the duty ------


@pytest.mark.parametrize(
    "text",
    [
        "Kaimahi are not involved in any of the team's formal risk assessments.",
        "You will not have a role in the community service's care coordination.",
        "As a peer, you will never be part of the ward team's restraint or seclusion practice.",
        "This is a non-clinical post: you won't take part in any of the unit's formal risk assessments.",
    ],
)
def test_a_negated_participation_phrase_keeps_the_duty_out(text: str) -> None:
    assert_verdict(ADJ, text, "met")


@pytest.mark.parametrize(
    "text",
    [
        "You will be part of the ward team's formal risk assessments.",
        "You will take part in the community service's care coordination.",
        # the negation is in another clause
        "You will not be part of the interview panel, and you will take part in formal risk assessments.",
    ],
)
def test_the_twins_participation_without_a_negation_is_the_duty(text: str) -> None:
    assert_verdict(ADJ, text, "not-met")


# --- a semicolon ends the qualification's item: peer training after it is another item ------


@pytest.mark.parametrize(
    "text",
    [
        "Desirable: Certificate III in Individual Support; peer work training.",
        "Preferred: an associate degree in social work; Intentional Peer Support training.",
        "| Criteria | Essential | Desirable |\n| Qualifications | Year 12 | Diploma of Nursing; peer support training |",
    ],
)
def test_a_care_qualification_beside_peer_training_is_still_desirable(text: str) -> None:
    assert_verdict(ADJ, text, "partly-met")


@pytest.mark.parametrize(
    "text",
    [
        "Desirable: Certificate IV in Mental Health Peer Work; a driver licence.",
        "Desirable: Certificate IV in Mental Health (Peer Work).",
    ],
)
def test_the_twins_a_peer_credential_is_not_adjacent(text: str) -> None:
    assert_verdict(ADJ, text, "met")


# --- the hospital's emergency response to aggression, by code or team; patient escorts -------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Your duties include responding to Code Grey calls on the unit.", "Code Grey"),
        ("Join the hospital's behavioral emergency response team and attend Code Gray calls.", "emergency response"),
        ("Take on PMVA team duties when required.", "PMVA"),
        ("Carry out patient escorts between wards.", "patient escorts"),
    ],
)
def test_an_aggression_response_team_is_another_professions_duty(text: str, evidence: str) -> None:
    assert_verdict(ADJ, text, "not-met", evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Peer workers are never part of the Code White response.",
        "You will accompany people to appointments and community groups.",
        "All new staff complete training in Code Grey procedures.",
    ],
)
def test_the_twins_no_aggression_response_duty(text: str) -> None:
    assert_verdict(ADJ, text, "met")


# --- work on someone's funded plan or care package: care co-ordination -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will implement participants' NDIS plans and write plan review reports.",
        "Arrange home care packages for older carers and commission respite.",
        "Manage service bookings with providers for each participant.",
    ],
)
def test_coordinating_a_funded_plan_is_another_professions_duty(text: str) -> None:
    assert_verdict(ADJ, text, "not-met")


@pytest.mark.parametrize(
    "text",
    [
        "Help people make sense of their NDIS plans before a review.",
        "We also run NDIS plan management for participants.",
        "Help carers work with their NDIS support coordinator.",
    ],
)
def test_the_twins_a_plan_that_is_not_the_posts_work(text: str) -> None:
    assert_verdict(ADJ, text, "met")


# --- timed checks stay the peer's duty when helping a nurse (observations by another name) ---


@pytest.mark.parametrize(
    "text",
    [
        "Support the night nurse with two-hourly bed checks.",
        "Assist ward staff with 15-minute safety checks.",
        "Help the charge nurse with hourly welfare checks on the unit.",
        "You will do visual checks on residents every 30 minutes.",
    ],
)
def test_timed_checks_helping_a_nurse_are_another_professions_duty(text: str) -> None:
    assert_verdict(ADJ, text, "not-met", "checks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peer workers do not help with 15-minute safety checks.", "met"),
        ("Carry out routine safety checks on the pool car.", "met"),
        # medication rounds and health checks helped with stay a supporting position
        ("Help the charge nurse with medication rounds on the ward.", "partly-met"),
        ("Help the practice nurse with annual physical health checks for clinic patients.", "partly-met"),
    ],
)
def test_the_twins_of_timed_checks(text: str, expected: str) -> None:
    assert_verdict(ADJ, text, expected)


# --- service use required beside another identity: the applicant as a user, patient or
# consumer of services, or someone who has received care ("must be a veteran who ...") ------


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must be a veteran who is, or has been, a user of mental health services.",
        "Candidates must be a veteran who has been a consumer of addiction treatment.",
        "Applicants must be a parent who is or has been a patient of a psychiatric service.",
        "Applicants must be an ex-serviceman or woman who has received psychiatric care.",
        "You must have been a patient of an acute mental health unit.",
        "Candidates must be a veteran who has been a recipient of addiction treatment.",
    ],
)
def test_service_use_joined_to_another_identity_is_lived_experience_required(text: str) -> None:
    assert_verdict(LE, text, "met")


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must be a veteran.",  # identity alone
        "You will support veterans who are users of mental health services.",  # the people served
        "You will support people who have been inpatients in psychiatric hospitals.",
        "We are run by and for consumers of mental health services.",
    ],
)
def test_the_twins_identity_alone_or_the_people_served(text: str) -> None:
    assert_verdict(LE, text, "not-met")

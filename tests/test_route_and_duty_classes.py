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


LIVED_EXPERIENCE_OR_TIME_IN_OTHER_WORK_IS_SUBSTITUTABLE = [(criterion, text, "not-met", None) for text in OTHER_WORK for criterion in (LE, ADJ)]


THE_TWINS_TIME_NAMED_ELSEWHERE_KEEPS_LIVED_EXPERIENCE_REQUIRED = [
    # the other route belongs to another requirement
    (LE, "Essential: lived experience of psychosis. A high school diploma, or two years of office work.", "met", None),
    (LE, "Minimum Qualifications\n\n- Lived experience of recovery from addiction.\n- GED or two years of paid work.", "met", None),
    # time in recovery is part of the lived experience, not another route
    (LE, "You must have lived experience of addiction, with at least two years in recovery.", "met", None),
    (LE, "You must have lived experience of recovery from psychosis of two years or more.", "met", None),
]


# --- a list's own lead-in decides its level over a lead-in line read as a heading above it ---


A_SECOND_LEAD_IN_SETS_THE_LEVEL_OF_ITS_OWN_LIST = [
    (ADJ, "About you\n\nTo be appointed you must have:\n\n- lived experience of recovery from gambling harm;\n"
          "- a full licence.\n\nIt would be a bonus to have:\n\n- a diploma in social work.", "partly-met", None),
    (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n- a driver licence\n\n"
          "It would be an advantage to have:\n\n- a social work degree", "partly-met", None),
    (LE, "Who we are looking for\n\nYou must have:\n\n- a driver licence\n\nIt would be an advantage to have:\n\n"
         "- personal experience of psychosis", "not-met", None),
    # the lead-in line read as a heading names its level in other words
    (LE, "Your experience\n\nYou will need:\n\n- a current first aid certificate\n\nIt would be great if you also "
         "had:\n\n- lived experience of an eating disorder", "not-met", None),
    (LE, "About you\n\nYou must have:\n\n- a driver licence\n\nWe would prefer you to have:\n\n"
         "- lived experience of psychosis", "not-met", None),
    (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n\nYou must also "
          "have:\n\n- a social work degree", "not-met", None),
    (ADJ, "Your experience\n\nYou will need:\n\n- lived experience of psychosis\n\nIt would be nice if you also "
          "had:\n\n- a nursing registration", "partly-met", None),
    # twin: the first list keeps the level of its own lead-in
    (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n- a social work degree\n\n"
          "It would be an advantage to have:\n\n- a driver licence", "not-met", None),
    (LE, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n\n"
         "It would be an advantage to have:\n\n- a driver licence", "met", None),
]


# --- a negation before "be part of", "be involved in", "have a role in" reaches the duty ------


A_NEGATED_PARTICIPATION_PHRASE_KEEPS_THE_DUTY_OUT = [
    (ADJ, "Kaimahi are not involved in any of the team's formal risk assessments.", "met", None),
    (ADJ, "You will not have a role in the community service's care coordination.", "met", None),
    (ADJ, "As a peer, you will never be part of the ward team's restraint or seclusion practice.", "met", None),
    (ADJ, "This is a non-clinical post: you won't take part in any of the unit's formal risk assessments.", "met", None),
]


THE_TWINS_PARTICIPATION_WITHOUT_A_NEGATION_IS_THE_DUTY = [
    (ADJ, "You will be part of the ward team's formal risk assessments.", "not-met", None),
    (ADJ, "You will take part in the community service's care coordination.", "not-met", None),
    # the negation is in another clause
    (ADJ, "You will not be part of the interview panel, and you will take part in formal risk assessments.", "not-met", None),
]


# --- a semicolon ends the qualification's item: peer training after it is another item ------


A_CARE_QUALIFICATION_BESIDE_PEER_TRAINING_IS_STILL_DESIRABLE = [
    (ADJ, "Desirable: Certificate III in Individual Support; peer work training.", "partly-met", None),
    (ADJ, "Preferred: an associate degree in social work; Intentional Peer Support training.", "partly-met", None),
    (ADJ, "| Criteria | Essential | Desirable |\n| Qualifications | Year 12 | Diploma of Nursing; peer support training |", "partly-met", None),
]


THE_TWINS_A_PEER_CREDENTIAL_IS_NOT_ADJACENT = [
    (ADJ, "Desirable: Certificate IV in Mental Health Peer Work; a driver licence.", "met", None),
    (ADJ, "Desirable: Certificate IV in Mental Health (Peer Work).", "met", None),
]


# --- the hospital's emergency response to aggression, by code or team; patient escorts -------


AN_AGGRESSION_RESPONSE_TEAM_IS_ANOTHER_PROFESSIONS_DUTY = [
    (ADJ, "Your duties include responding to Code Grey calls on the unit.", "not-met", "Code Grey"),
    (ADJ, "Join the hospital's behavioral emergency response team and attend Code Gray calls.", "not-met", "emergency response"),
    (ADJ, "Take on PMVA team duties when required.", "not-met", "PMVA"),
    (ADJ, "Carry out patient escorts between wards.", "not-met", "patient escorts"),
]


THE_TWINS_NO_AGGRESSION_RESPONSE_DUTY = [
    (ADJ, "Peer workers are never part of the Code White response.", "met", None),
    (ADJ, "You will accompany people to appointments and community groups.", "met", None),
    (ADJ, "All new staff complete training in Code Grey procedures.", "met", None),
]


# --- work on someone's funded plan or care package: care co-ordination -----------------------


COORDINATING_A_FUNDED_PLAN_IS_ANOTHER_PROFESSIONS_DUTY = [
    (ADJ, "You will implement participants' NDIS plans and write plan review reports.", "not-met", None),
    (ADJ, "Arrange home care packages for older carers and commission respite.", "not-met", None),
    (ADJ, "Manage service bookings with providers for each participant.", "not-met", None),
]


THE_TWINS_A_PLAN_THAT_IS_NOT_THE_POSTS_WORK = [
    (ADJ, "Help people make sense of their NDIS plans before a review.", "met", None),
    (ADJ, "We also run NDIS plan management for participants.", "met", None),
    (ADJ, "Help carers work with their NDIS support coordinator.", "met", None),
]


# --- timed checks stay the peer's duty when helping a nurse (observations by another name) ---


TIMED_CHECKS_HELPING_A_NURSE_ARE_ANOTHER_PROFESSIONS_DUTY = [
    (ADJ, "Support the night nurse with two-hourly bed checks.", "not-met", "checks"),
    (ADJ, "Assist ward staff with 15-minute safety checks.", "not-met", "checks"),
    (ADJ, "Help the charge nurse with hourly welfare checks on the unit.", "not-met", "checks"),
    (ADJ, "You will do visual checks on residents every 30 minutes.", "not-met", "checks"),
]


THE_TWINS_OF_TIMED_CHECKS = [
    (ADJ, "Peer workers do not help with 15-minute safety checks.", "met", None),
    (ADJ, "Carry out routine safety checks on the pool car.", "met", None),
    # medication rounds and health checks helped with stay a supporting position
    (ADJ, "Help the charge nurse with medication rounds on the ward.", "partly-met", None),
    (ADJ, "Help the practice nurse with annual physical health checks for clinic patients.", "partly-met", None),
]


# --- service use required beside another identity: the applicant as a user, patient or
# consumer of services, or someone who has received care ("must be a veteran who ...") ------


SERVICE_USE_JOINED_TO_ANOTHER_IDENTITY_IS_LIVED_EXPERIENCE_REQUIRED = [
    (LE, "Applicants must be a veteran who is, or has been, a user of mental health services.", "met", None),
    (LE, "Candidates must be a veteran who has been a consumer of addiction treatment.", "met", None),
    (LE, "Applicants must be a parent who is or has been a patient of a psychiatric service.", "met", None),
    (LE, "Applicants must be an ex-serviceman or woman who has received psychiatric care.", "met", None),
    (LE, "You must have been a patient of an acute mental health unit.", "met", None),
    (LE, "Candidates must be a veteran who has been a recipient of addiction treatment.", "met", None),
]


THE_TWINS_IDENTITY_ALONE_OR_THE_PEOPLE_SERVED = [
    (LE, "Applicants must be a veteran.", "not-met", None),  # identity alone
    (LE, "You will support veterans who are users of mental health services.", "not-met", None),  # the people served
    (LE, "You will support people who have been inpatients in psychiatric hospitals.", "not-met", None),
    (LE, "We are run by and for consumers of mental health services.", "not-met", None),
]


@pytest.mark.parametrize(
    ("criterion", "text", "expected", "evidence"),
    LIVED_EXPERIENCE_OR_TIME_IN_OTHER_WORK_IS_SUBSTITUTABLE
    + THE_TWINS_TIME_NAMED_ELSEWHERE_KEEPS_LIVED_EXPERIENCE_REQUIRED
    + A_SECOND_LEAD_IN_SETS_THE_LEVEL_OF_ITS_OWN_LIST
    + A_NEGATED_PARTICIPATION_PHRASE_KEEPS_THE_DUTY_OUT
    + THE_TWINS_PARTICIPATION_WITHOUT_A_NEGATION_IS_THE_DUTY
    + A_CARE_QUALIFICATION_BESIDE_PEER_TRAINING_IS_STILL_DESIRABLE
    + THE_TWINS_A_PEER_CREDENTIAL_IS_NOT_ADJACENT
    + AN_AGGRESSION_RESPONSE_TEAM_IS_ANOTHER_PROFESSIONS_DUTY
    + THE_TWINS_NO_AGGRESSION_RESPONSE_DUTY
    + COORDINATING_A_FUNDED_PLAN_IS_ANOTHER_PROFESSIONS_DUTY
    + THE_TWINS_A_PLAN_THAT_IS_NOT_THE_POSTS_WORK
    + TIMED_CHECKS_HELPING_A_NURSE_ARE_ANOTHER_PROFESSIONS_DUTY
    + THE_TWINS_OF_TIMED_CHECKS
    + SERVICE_USE_JOINED_TO_ANOTHER_IDENTITY_IS_LIVED_EXPERIENCE_REQUIRED
    + THE_TWINS_IDENTITY_ALONE_OR_THE_PEOPLE_SERVED,
)
def test_route_and_duty_classes(criterion: str, text: str, expected: str, evidence: str | None) -> None:
    assert_verdict(criterion, text, expected, evidence)

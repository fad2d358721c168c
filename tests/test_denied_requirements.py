"""A requirement the advert itself denies, and peer wording that belongs to other people
(issue 15: invented variants of classes found on adverts nobody tuned for)."""

from __future__ import annotations

import pytest

from jdlint.api import check_text


def verdicts(advert: str, role: str | None = None) -> tuple[str, str]:
    report = check_text(advert, role=role)
    return report.role.kind, report.verdict("lived-experience-essential").verdict


@pytest.mark.parametrize(
    "advert",
    [
        # UK: the heading says requirements, the sentence says it is not one
        "Healthcare Assistant\n\nYou will work alongside our peer support workers on the ward.\n\nKey requirements\n- Care Certificate or NVQ level 2.\n\nMany of our staff bring "
        "their own lived experience of mental health problems, and we welcome that – it is not a requirement "
        "for this role.\n",
        # AU: key selection criteria, "valued but not essential"
        "AOD Clinician\n\nWe employ a lived experience team of four peer workers.\n\nKey Selection Criteria\n1. Degree in social work or psychology.\n2. Lived experience of "
        "alcohol or other drug use is valued but not essential.\n",
        # CA: "optional" under Requirements
        "Housing Support Worker\n\nYou will be part of a team that includes peer workers.\n\nRequirements\n- Two years in supportive housing.\n- Lived experience of "
        "homelessness is optional and will never be asked about.\n",
    ],
)
def test_a_denied_requirement_is_not_a_lived_experience_requirement(advert: str) -> None:
    assert verdicts(advert)[0] == "other"  # and so no peer role is made of it


@pytest.mark.parametrize(
    ("advert", "expected"),
    [
        ("Peer Support Worker\n\nEssential criteria\n- Lived experience of mental health challenges is valued "
         "but not essential.\n", "not-met"),  # only desirable: clear-soil's not met
        ("Peer Worker\n\nEssential\n- A degree is not required, but lived experience of mental health "
         "challenges is essential.\n", "met"),  # the denial is the degree's clause
        ("Peer Mentor\n\nWhat you need\n- No qualifications are necessary. You must have lived experience of "
         "addiction and recovery.\n", "met"),
    ],
)
def test_the_denial_belongs_to_its_own_clause(advert: str, expected: str) -> None:
    assert verdicts(advert, role="peer")[1] == expected


@pytest.mark.parametrize(
    ("advert", "kind"),
    [
        ("Recovery Worker (Drug and Alcohol)\n\nYou will work alongside our Peer Mentor volunteers and recovery "
         "community partners, who offer mutual aid and peer support to the people on your caseload.\n"
         "Personal lived experience of recovery would be an advantage.\n", "other"),
        ("Recovery Coach (Housing)\n\nYou will work with our tenant volunteers, who provide peer mentoring "
         "to new tenants.\nA full driving licence is essential.\n", "other"),
        ("Recovery Worker\n\nThis is a peer role: you will offer peer support to people in recovery, drawing on "
         "your own.\nLived experience of recovery from addiction is essential.\n", "peer"),
    ],
)
def test_peer_work_of_the_people_beside_the_role_does_not_make_it_peer(advert: str, kind: str) -> None:
    assert verdicts(advert)[0] == kind


@pytest.mark.parametrize(
    "advert",
    [
        "AOD Clinician\n\nKey Selection Criteria\n1. Degree in social work or psychology.\n2. Two years of case "
        "management.\n\nSelection\nOur interview panels include the Team Leader and a member of our Lived "
        "Experience team.\n",
        "Mental Health Nurse\n\nEssential criteria\n- NMC registration.\n- You will work closely with our Lived "
        "Experience Workforce and the peer workers in it.\n",
    ],
)
def test_a_lived_experience_team_is_not_the_applicants_experience(advert: str) -> None:
    """"Our Lived Experience team" names colleagues, not what the applicant must have."""
    assert verdicts(advert)[0] == "other"

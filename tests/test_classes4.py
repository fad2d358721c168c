"""Classes found on the fourth invented set (tests/invented/set4), each with invented
variants: boundaries of the peer role, invitations to apply, recovery 'or actively
recovering', short-staffed cover and accepting treatment orders."""

from __future__ import annotations

import pytest

from jdlint.api import check_text


def verdict(advert: str, criterion: str) -> str:
    return check_text(advert, role="peer").verdict(criterion).verdict


@pytest.mark.parametrize(
    "duty",
    [
        "Maintain the boundaries of the peer role and seek support when they are tested.",
        "You will hold the boundaries of a peer relationship with care.",
    ],
)
def test_the_boundaries_of_the_peer_role_are_the_principle(duty: str) -> None:
    advert = f"Peer Worker\n\nYou will:\n- Build mutual relationships.\n- {duty}\n"
    assert "boundaries" not in check_text(advert, role="peer").verdict("peer-principles").why.split("missing:")[-1]


@pytest.mark.parametrize(
    "text",
    ["Our service covers the boundaries of the borough.", "You will work across the boundaries between services."],
)
def test_geographic_and_service_boundaries_are_not(text: str) -> None:
    advert = f"Peer Worker\n\n{text}\n"
    assert verdict(advert, "peer-principles") == "not-met"


@pytest.mark.parametrize(
    "sentence",
    [
        "We encourage people who have used mental health services to apply.",
        "We welcome applicants with lived experience of the justice system.",
        "We invite people with lived experience of homelessness to apply.",
    ],
)
def test_an_invitation_to_apply_is_only_desirable(sentence: str) -> None:
    assert verdict(f"Peer Navigator\n\n{sentence}\n", "lived-experience-essential") == "not-met"


@pytest.mark.parametrize(
    "advert",
    [
        "Peer Specialist (GS-6)\n\nBasic Requirements:\n  (a) Must be a Veteran who has recovered or is actively "
        "recovering from a mental health\n      and/or substance use condition.\n",
        "Peer Support Specialist\n\nRequirements\n- Applicants must have recovered or be currently recovering from a "
        "substance use disorder.\n",
    ],
)
def test_recovered_or_actively_recovering_is_lived_experience(advert: str) -> None:
    assert verdict(advert, "lived-experience-essential") == "met"


@pytest.mark.parametrize(
    "duty",
    [
        "When the unit is short-staffed, casual peer workers are expected to assist nursing staff with meals.",
        "You may be asked to help on the ward when it is understaffed.",
        "You will also support consumers to understand and accept their treatment orders under the Mental Health Act.",
        "Help patients accept their medication plans before discharge.",
    ],
)
def test_cover_and_treatment_orders_are_not_peer_work(duty: str) -> None:
    advert = f"Peer Worker\n\nLived experience of mental health challenges is essential.\n\n{duty}\n"
    assert verdict(advert, "adjacent-professions") == "not-met"

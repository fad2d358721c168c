"""Role detection: classes of the ways adverts are written that decided a role wrongly (found on
a blind set of invented adverts). Each class has invented variants from several countries and,
where it matters, the twin that must keep its role."""

from __future__ import annotations

import pytest

from jdlint.engine import check_document
from jdlint.readers.text import read_text


def role_of(text: str):
    return check_document(read_text(text)).role


BODY = ("\n\nYou will offer one-to-one peer support, drawing on your own lived experience of mental health "
        "challenges and recovery.\n\nLived experience of mental health challenges is essential.\n")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A menu line pasted above the title does not run on into it.
        ("Careers   Search jobs   Sign in\nPeer Mentor\nNorthbank Trust, Leeds" + BODY, "Peer Mentor"),
        ("Home  ·  Jobs  ·  Log in\nLived Experience Worker\nSouthern Coast Health, Geelong" + BODY,
         "Lived Experience Worker"),
        # A job board's own navigation is not the title.
        ("SEEK · Find jobs · Company reviews · Career advice\nConsumer Peer Worker\nFull time" + BODY,
         "Consumer Peer Worker"),
        # A breadcrumb trail of site sections before the title.
        ("Careers > Mental Health > Peer Navigator - Adult Services" + BODY, "Peer Navigator - Adult Services"),
        ("Home › Vacancies › Whānau Peer Support Kaimahi" + BODY, "Whānau Peer Support Kaimahi"),
    ],
)  # fmt: skip
def test_page_furniture_above_the_title_is_not_the_title(text: str, title: str) -> None:
    role = role_of(text)
    assert role.kind == "peer", role.why
    assert any(f"title “{title}”" in clue for clue in role.clues), role.clues


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # a clinician in a peer team or programme is not a peer role...
        ("Clinical Therapist - Peer Integration Team", "other"),
        ("Registered Nurse, Peer Recovery Program", "other"),
        ("Social Worker – Lived Experience Service", "other"),
        # ...but a peer worker in a service, or a peer team's own roles, are
        ("Peer Support Worker - Adult Services", "peer"),
        ("Carer Peer Support Worker AMH Inpatient Services", "peer"),
        ("Peer Support Team Leader", "peer-senior"),
    ],
)
def test_a_peer_team_named_in_a_title_does_not_make_another_role_peer(title: str, kind: str) -> None:
    text = f"{title}\n\nYou will work with people who use our services. You will keep clear records.\n"
    assert role_of(text).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # knowing about peer support is not doing it
        ("Team Leader – Community Wellbeing Team\n\nYou will manage a team of nurses, social workers and four "
         "peer support workers.\n\nEssential\nRegistered Mental Health Nurse or Social Worker\nKnowledge of peer "
         "support values\nDesirable\nLived experience of mental health challenges\n", "other"),
        ("Service Manager\n\nYou will lead our community team.\n\nAbout you\nAn understanding of the principles of "
         "peer support\nA degree in social work or nursing is essential\n", "other"),
        # the twin: the role itself provides peer support and lived experience is required
        ("Outreach Coordinator\n\nYou will provide peer support to people leaving hospital.\n\nLived experience of "
         "mental health challenges is essential.\n", "peer"),
    ],
)  # fmt: skip
def test_knowledge_of_peer_support_is_not_peer_work(text: str, kind: str) -> None:
    assert role_of(text).kind == kind, role_of(text).why


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Psychosocial Recovery Coach\n\nYou will support NDIS participants with their recovery plans.\n\n"
         "You will hold at least one of the following:\nCertificate IV in Mental Health Peer Work\n"
         "Certificate IV in Mental Health or a related qualification\nor two years' experience in disability "
         "support.\n\nLived experience is valued but is not a requirement of this role.\n", "other"),
        ("Recovery Coach\n\nYou will work with adults in our day programme.\n\nQualifications: one of these:\n"
         "- Peer Support Specialist certification\n- Associate degree in human services\n- Three years of "
         "related work experience\n", "other"),
        # the twin: the peer credential alone, required
        ("Recovery Coach\n\nYou will work with adults in our day programme.\n\nQualifications:\n"
         "- Peer Support Specialist certification (required)\n- Lived experience of recovery from substance use "
         "(required)\n", "peer"),
    ],
)  # fmt: skip
def test_a_peer_credential_in_a_list_of_alternatives_is_one_route_in(text: str, kind: str) -> None:
    assert role_of(text).kind == kind, role_of(text).why


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Recovery Ally - Emergency Department\n\nRecovery Allies are peers. You will meet patients at the bedside "
         "and offer a message of hope.\n\nDo you have lived experience of recovery from substance use?\n", "peer"),
        ("Wellbeing Companion\n\nThis is a peer role: you will walk alongside people in crisis.\n", "peer"),
        # the twin: said not to be peers
        ("Wellbeing Companion\n\nCompanions are not peers; you will run our befriending rota.\n", "other"),
    ],
)  # fmt: skip
def test_the_text_says_the_role_is_a_peer_role(text: str, kind: str) -> None:
    assert role_of(text).kind == kind, role_of(text).why

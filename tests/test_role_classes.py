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
    ("text", "kind"),
    [
        # --- knowing about peer support is not doing it ---
        # knowing about peer support is not doing it
        ("Team Leader – Community Wellbeing Team\n\nYou will manage a team of nurses, social workers and four "
         "peer support workers.\n\nEssential\nRegistered Mental Health Nurse or Social Worker\nKnowledge of peer "
         "support values\nDesirable\nLived experience of mental health challenges\n", "other"),
        ("Service Manager\n\nYou will lead our community team.\n\nAbout you\nAn understanding of the principles of "
         "peer support\nA degree in social work or nursing is essential\n", "other"),
        # the twin: the role itself provides peer support and lived experience is required
        ("Outreach Coordinator\n\nYou will provide peer support to people leaving hospital.\n\nLived experience of "
         "mental health challenges is essential.\n", "peer"),
        # --- a peer credential in a list of alternatives is one route in ---
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
        # --- the text says in so many words that the role is a peer role ---
        ("Recovery Ally - Emergency Department\n\nRecovery Allies are peers. You will meet patients at the bedside "
         "and offer a message of hope.\n\nDo you have lived experience of recovery from substance use?\n", "peer"),
        ("Wellbeing Companion\n\nThis is a peer role: you will walk alongside people in crisis.\n", "peer"),
        # the twin: said not to be peers
        ("Wellbeing Companion\n\nCompanions are not peers; you will run our befriending rota.\n", "other"),
    ],
)  # fmt: skip
def test_what_the_text_says_about_the_role(text: str, kind: str) -> None:
    assert role_of(text).kind == kind, role_of(text).why

"""Role detection: peer, peer-senior or other, from the title and the text."""

from __future__ import annotations

import pytest

from jdlint.engine import check_document
from jdlint.readers.text import read_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peer Support Worker\n\nJoin our team.", "peer"),
        ("Job Title: Peer Mentor (Substance Use)\n\nJoin our team.", "peer"),
        ("Lived Experience Practitioner\n\nJoin our team.", "peer"),
        ("Carer Consultant\n\nYou will bring your experience of caring to our service.", "peer"),
        ("Lived Experience Lead\n\nYou will lead our lived experience workforce.", "peer-senior"),
        ("Mental Health Nurse\n\nWe welcome applications from people with lived experience.", "other"),
        ("Peer Support Lead\n\nYou will lead a team of peer workers.", "peer-senior"),
        ("Senior Peer Specialist\n\nJoin us.", "peer-senior"),
        ("Peer Support Worker\n\nYou will provide supervision to peer colleagues.", "peer-senior"),
        ("Recovery Worker\n\nThe role requires lived experience of mental health difficulties and you will be part of our peer support team.", "peer"),
        ("Support Time and Recovery Worker\n\nWe are a recovery-focused service. Experience of working in mental health services is essential.", "other"),
        ("Staff Nurse\n\nYou will administer medication on a busy ward.", "other"),
        ("Support Worker\n\nLived experience of mental health challenges would be an advantage.", "other"),
        ("Job summary\n\nThe peer support worker (PSW) will offer peer support. The PSW will work on the ward.", "peer"),
    ],
)
def test_role_detection(text: str, kind: str) -> None:
    role = check_document(read_text(text)).role
    assert role.kind == kind, role.why


def test_role_override_is_reported() -> None:
    report = check_document(read_text("Staff Nurse\n\nGive medication."), role="peer")
    assert report.role.kind == "peer" and report.role.overridden
    assert report.verdict("adjacent-professions").verdict == "not-met"


def test_adjacent_role_with_peer_language_gets_a_note() -> None:
    report = check_document(read_text("Support Worker\n\nLived experience would be an advantage."))
    assert [f.rule for f in report.findings if f.rule == "RO001"] == ["RO001"]

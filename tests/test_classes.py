"""Classes of wording and structure found on a blind held-out set of invented adverts
(role, the four clear-soil verdicts), each fixed in general and tested here with invented
variants in UK, US, Australian, New Zealand and Canadian vocabulary, as TXT, Markdown and
HTML. None of these adverts is a real one."""

from __future__ import annotations

import pytest

from jdlint.api import check_bytes

LE, PP, PANEL, ADJ = "lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions"


def _report(text: str, name: str, role: str | None = None):
    report = check_bytes(text.encode("utf-8"), name, role=role)
    assert report.error is None, report.error
    return report


def _verdict(text: str, name: str, criterion: str) -> str:
    return _report(text, name, role="peer").verdict(criterion).verdict


# --- A. "Peer <noun>" titles outside the peer vocabulary ----------------------------------------

PEER_BRIDGER_HTML = """<html><head><title>Peer Bridger | Harbourview Careers</title></head><body>
<h1>Peer Bridger</h1>
<p>Harbourview Community Services, Portland, OR. Full time, $21.00/hr.</p>
<h2>About the role</h2>
<p>The Peer Bridger supports adults leaving inpatient psychiatric care as they return to the community.</p>
<h2>Minimum Qualifications</h2>
<ul><li>Lived experience of mental health recovery is required.</li><li>High school diploma or GED.</li></ul>
</body></html>"""

PEER_LIAISON_TXT = """Peer Liaison

Southgate Housing Trust, Leeds - 30 hours a week, £24,500

About the role
As our Peer Liaison you will work alongside people who are sleeping rough, offering friendship and hope.

What you need
- Personal experience of homelessness is essential.
"""

PEER_CONNECTOR_MD = """# Peer Connector

**Location:** Dunedin | **Hours:** 32 per week

## About the role

The Peer Connector links tangata whai ora leaving hospital with community supports and whānau.
"""

PEER_REVIEW_TXT = """Peer Review Coordinator

Medical Journal Office, Toronto, ON

About the role
You will manage the peer review process for submitted manuscripts and liaise with editors.
"""


@pytest.mark.parametrize(("name", "text"), [("bridger.html", PEER_BRIDGER_HTML), ("liaison.txt", PEER_LIAISON_TXT),
                                            ("connector.md", PEER_CONNECTOR_MD)])  # fmt: skip
def test_a_peer_noun_title_is_a_peer_role(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "peer", role


def test_a_peer_title_only_in_the_page_title() -> None:
    page = PEER_BRIDGER_HTML.replace("<h1>Peer Bridger</h1>", "<h1>Careers</h1>")
    role = _report(page, "bridger-title.html").role
    assert role is not None and role.kind == "peer", role


def test_a_peer_review_title_is_not_a_peer_role() -> None:
    role = _report(PEER_REVIEW_TXT, "review.txt").role
    assert role is not None and role.kind == "other", role


# --- B. Conditional titles: peer only where the text says peer or requires lived experience -------

AU_PSYCHOSOCIAL_TXT = """Psychosocial Recovery Coach

Bright Pathways Disability Services, Parramatta NSW. Full time, SCHADS Level 3.

About the role
As a Psychosocial Recovery Coach you will work with NDIS participants living with psychosocial disability to build capacity, coordinate their supports and plan for recovery.

Key Selection Criteria
- Certificate IV in Mental Health, or a relevant tertiary qualification in social work, psychology or community services.
- Knowledge of the NDIS and its psychosocial supports.
- Current driver's licence.

Lived experience of mental ill health is welcome and desirable.
"""

CA_RECOVERY_SUPPORT_MD = """# Recovery Support Specialist

**Location:** Winnipeg, MB | **Status:** Permanent full-time

## About the role

The Recovery Support Specialist helps clients in our withdrawal management program plan their next steps and connect with housing and income supports.

## Qualifications

* Diploma in Social Service Work or a related field.
* Lived experience of addiction is considered an asset.
"""

US_RECOVERY_COACH_TXT = """Recovery Coach

Lakeside Recovery Center, Duluth, MN - Full time

Position Summary
The Recovery Coach supports adults in early recovery from substance use disorders.

Minimum Qualifications
- Lived experience of recovery from a substance use disorder, with at least two years in recovery, is required.
- High school diploma or GED.
"""

US_RECOVERY_COACH_PEER_HTML = """<html><head><title>Recovery Coach</title></head><body><h1>Recovery Coach</h1>
<p>The Recovery Coach provides peer recovery support services to people leaving the emergency department after an overdose.</p>
</body></html>"""


@pytest.mark.parametrize(("name", "text"), [("nz.txt", AU_PSYCHOSOCIAL_TXT), ("ca.md", CA_RECOVERY_SUPPORT_MD)])
def test_b_conditional_title_without_peer_or_required_lived_experience_is_other(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "other", role


@pytest.mark.parametrize(("name", "text"), [("us.txt", US_RECOVERY_COACH_TXT), ("us.html", US_RECOVERY_COACH_PEER_HTML)])
def test_b_recovery_coach_that_requires_lived_experience_or_says_peer_stays_peer(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "peer", role

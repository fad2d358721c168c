"""Classes of wording and structure found on a blind held-out set of invented adverts,
third round (R-U), each fixed in general and tested with invented variants in UK, US,
Australian, New Zealand and Canadian vocabulary. None of these adverts is a real one."""

from __future__ import annotations

import pytest
from checking import report_of as _report
from checking import verdict_of as _verdict

from jdlint.readers.base import pseudo_heading

LE, ADJ = "lived-experience-essential", "adjacent-professions"


# --- R. Desirable headings in plain text, after an essential section -------------------------

RECOVERY_NZ_TXT = """Psychosocial Recovery Support Worker

Te Awa Community Trust, Palmerston North - 40 hours

About Us
We are a kaupapa-led community mental health service supporting tangata whai ora in
their own homes.

What you'll bring (essential)
- A full New Zealand driver licence
- Warm communication skills and a steady, caring approach with the people
  who use our services

Highly regarded
- Lived experience of mental health challenges – many of our team have their own
  experience
- Knowledge of te reo Māori and tikanga
"""

RECOVERY_AU_TXT = """Recovery Support Worker

Banksia Community Services, Geelong VIC

What You Will Bring
- Certificate IV in Mental Health or working towards it
- A current Working with Children Check

Would Be An Advantage
- Your own lived experience of recovery from mental distress or
  substance use
"""

RECOVERY_CA_TXT = """Community Recovery Worker

Lakeshore Wellness Centre, Hamilton, ON

Required Skills
- Experience supporting adults in the community

Bonus Points
- Lived experience of mental health or substance use recovery
"""


@pytest.mark.parametrize(
    "line",
    ["Highly regarded", "Highly Desirable", "Would be an advantage", "Would Be An Advantage", "Bonus points",
     "Nice to have", "Nice to Haves", "Desirable criteria", "Desirable Skills", "Highly valued:", "A plus"],
)  # fmt: skip
def test_r_desirable_labels_are_sub_headings(line: str) -> None:
    assert pseudo_heading(line) == 2


@pytest.mark.parametrize("line", ["Highly regarded by our clients, we", "Plus a bonus payment of $500.",
                                  # a heading's first words, then a verb of including, an article or a
                                  # conjunction at the end: a sentence that runs on (blind141 mb20 class)
                                  "Interviews are held by a panel that includes", "About the panel, chaired by the",
                                  "Interviews will be run by our manager and"])  # fmt: skip
def test_r_sentences_are_not_headings(line: str) -> None:
    assert pseudo_heading(line) == 0


@pytest.mark.parametrize(("name", "text"), [("nz.txt", RECOVERY_NZ_TXT), ("au.txt", RECOVERY_AU_TXT),
                                            ("ca.txt", RECOVERY_CA_TXT)])  # fmt: skip
def test_r_lived_experience_under_a_desirable_heading_is_desirable(name: str, text: str) -> None:
    verdict = _report(text, name, role="peer").verdict(LE)
    assert verdict.verdict == "not-met", verdict
    assert "desirable" in verdict.why


@pytest.mark.parametrize(("name", "text"), [("nz.txt", RECOVERY_NZ_TXT), ("au.txt", RECOVERY_AU_TXT)])
def test_r_conditional_title_with_desirable_lived_experience_is_not_peer(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "other", role


# --- T. All-capitals civil-service requirements, hard-wrapped -------------------------------

FAMILY_US_TXT = """Family Peer Advocate

County Department of Behavioral Health, Fresno, CA

MINIMUM QUALIFICATIONS
A. MUST BE A PARENT OR PRIMARY CAREGIVER WHO HAS RAISED OR IS RAISING A CHILD WITH
EMOTIONAL, BEHAVIORAL OR MENTAL HEALTH NEEDS.
B. POSSESSION OF A HIGH SCHOOL DIPLOMA OR GED.
"""

RECOVERY_US_TXT = """PEER RECOVERY SPECIALIST

State Department of Health Services, Richmond, VA

MINIMUM QUALIFICATIONS
1. MUST HAVE LIVED EXPERIENCE OF RECOVERY FROM A
SUBSTANCE USE DISORDER.
2. VALID DRIVER'S LICENSE.
"""

PARENT_CA_TXT = """Parent Peer Support Worker

Northern Health Region, Prince George, BC

Requirements
- Must be a person who has raised a child with special health care needs.
- Valid Class 5 driver's licence.
"""


@pytest.mark.parametrize(("name", "text"), [("family.txt", FAMILY_US_TXT), ("recovery.txt", RECOVERY_US_TXT),
                                            ("parent.txt", PARENT_CA_TXT)])  # fmt: skip
def test_t_capitals_and_parenting_requirements_are_lived_experience_essential(name: str, text: str) -> None:
    verdict = _report(text, name, role="peer").verdict(LE)
    assert verdict.verdict == "met", verdict


def test_t_a_capitals_line_ending_in_an_open_word_runs_on() -> None:
    from jdlint.readers.text import read_text

    doc = read_text(RECOVERY_US_TXT)
    texts = [b.text for b in doc.blocks]
    assert "MUST HAVE LIVED EXPERIENCE OF RECOVERY FROM A SUBSTANCE USE DISORDER." in texts
    assert pseudo_heading("MUST HAVE LIVED EXPERIENCE OF RECOVERY FROM A") == 0
    assert pseudo_heading("MINIMUM QUALIFICATIONS") == 1
    # twins: headings that end on a preposition or a verb stay headings
    assert pseudo_heading("What you will bring") == 1
    assert pseudo_heading("Who we are") == 1
    assert pseudo_heading("Interview process") == 1


def test_t_raising_children_at_work_is_not_lived_experience() -> None:
    text = "Youth Worker\n\nRequirements\n- Must have experience caring for children with additional needs.\n"
    verdict = _report(text, "youth.txt", role="peer").verdict(LE)
    assert verdict.verdict == "not-met", verdict


# --- U. An adjacent registration or qualification that is an advantage -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "Registration with the Social Workers Registration Board or Nursing Council would be an advantage.",
        "A Diploma in Social Work is highly regarded.",
        "Tertiary qualifications in social work, nursing or psychology are highly regarded.",
        "A Bachelor of Social Work would be an advantage.",
        "A Master's of Social Work would be beneficial.",
        "Current RN or LPN licensure a plus.",
        "Counselling qualifications are highly valued.",
        "Registration with the Health and Care Professions Council would be advantageous.",
    ],
)
def test_u_an_adjacent_qualification_that_is_an_advantage_is_partly_met(line: str) -> None:
    text = ("Peer Support Worker\n\nRiverbend Health\n\nAbout You\n"
            f"- Lived experience of mental distress and recovery is essential.\n- {line}\n")  # fmt: skip
    verdict = _report(text, "adv.txt", role="peer").verdict(ADJ)
    assert verdict.verdict == "partly-met", verdict


def test_u_an_adjacent_qualification_that_is_required_is_not_met() -> None:
    text = ("Peer Support Worker\n\nAbout You\n- Lived experience of mental distress and recovery is essential.\n"
            "- Registration with the Social Workers Registration Board is essential.\n")  # fmt: skip
    assert _verdict(text, "req.txt", ADJ) == "not-met"


def test_u_a_general_degree_is_not_an_adjacent_qualification() -> None:
    text = ("Peer Support Worker\n\nAbout You\n- Lived experience of mental distress and recovery is essential.\n"
            "- A Bachelor of Science would be an advantage.\n")  # fmt: skip
    assert _verdict(text, "bsc.txt", ADJ) == "met"


# --- S. Lived experience offered as the substitute for another requirement ---------------------

SUBSTITUTE_US_TXT = """Community Support Worker

Harbour Housing Services, Tacoma, WA

Minimum Qualifications
- One year of experience in human services, housing or residential care (lived
  experience of homelessness or behavioral health recovery may substitute for up to
  six months).
- Valid Washington State driver's license.
"""

COUNTS_UK_TXT = """Community Support Worker

Eastside Community Trust, Leeds

What You'll Need
- Experience of supporting adults in a community setting. Lived experience of
  mental health challenges can count towards the experience requirement.
- Good IT skills
"""

IN_PLACE_AU_TXT = """Recovery Support Worker

Banksia Community Services, Ballarat VIC

Essential Criteria
- Certificate IV in Community Services. Relevant lived experience of recovery will
  be considered in place of formal qualifications.
- A current driver licence
"""


@pytest.mark.parametrize(("name", "text"), [("us.txt", SUBSTITUTE_US_TXT), ("uk.txt", COUNTS_UK_TXT),
                                            ("au.txt", IN_PLACE_AU_TXT)])  # fmt: skip
def test_s_lived_experience_standing_in_for_another_requirement_is_not_required(name: str, text: str) -> None:
    verdict = _report(text, name, role="peer").verdict(LE)
    assert verdict.verdict == "not-met", verdict


@pytest.mark.parametrize(("name", "text"), [("us.txt", SUBSTITUTE_US_TXT), ("uk.txt", COUNTS_UK_TXT),
                                            ("au.txt", IN_PLACE_AU_TXT)])  # fmt: skip
def test_s_it_does_not_make_the_title_a_peer_role(name: str, text: str) -> None:
    role = _report(text, name).role
    assert role is not None and role.kind == "other", role


def test_s_lived_experience_in_place_of_qualifications_is_not_adjacent_experience() -> None:
    verdict = _report(IN_PLACE_AU_TXT, "au.txt", role="peer").verdict(ADJ)
    assert "Certificate IV in Community Services" in verdict.why  # the required qualification, and only it
    assert "in place of" not in verdict.why


def test_s_adjacent_experience_in_place_of_lived_experience_still_qualifies() -> None:
    text = ("Peer Support Worker\n\nAbout You\n- Lived experience of mental distress is essential.\n"
            "- Professional experience will be accepted in place of lived experience.\n")  # fmt: skip
    assert _verdict(text, "reverse.txt", ADJ) == "not-met"


SHORT_CAPS_US_TXT = """PEER SUPPORT SPECIALIST

COUNTY HEALTH CARE AGENCY, SANTA ANA, CA

MINIMUM QUALIFICATIONS
A. MUST HAVE LIVED EXPERIENCE OF MENTAL
ILLNESS AND RECOVERY.
B. HIGH SCHOOL DIPLOMA OR GED
C. VALID DRIVER LICENSE
"""


def test_t_a_short_capitals_requirement_is_no_heading_and_runs_on() -> None:
    from jdlint.readers.text import read_text

    doc = read_text(SHORT_CAPS_US_TXT)
    items = {b.text: b for b in doc.blocks}
    joined = items["A. MUST HAVE LIVED EXPERIENCE OF MENTAL ILLNESS AND RECOVERY."]
    assert joined.kind == "paragraph" and joined.section == ("MINIMUM QUALIFICATIONS",)
    assert items["C. VALID DRIVER LICENSE"].section == ("MINIMUM QUALIFICATIONS",)  # lettered items are no headings
    assert items["MINIMUM QUALIFICATIONS"].kind == "heading"
    assert _verdict(SHORT_CAPS_US_TXT, "caps.txt", LE) == "met"


@pytest.mark.parametrize("line", ["WHO WE WORK WITH", "ABOUT THE ROLE", "TERMS AND CONDITIONS"])
def test_t_capitals_headings_stay_headings(line: str) -> None:
    assert pseudo_heading(line) == 1


def test_t_a_short_line_ending_in_an_open_word_does_not_run_on() -> None:
    from jdlint.readers.text import read_text

    doc = read_text("Already have an account?\nSign in\nPeer Support Worker\n")
    assert [b.text for b in doc.blocks][-2:] == ["Sign in", "Peer Support Worker"]


@pytest.mark.parametrize(
    "line",
    [
        "Two years of related work experience. Lived experience may be substituted for the degree requirement.",
        "Lived experience of recovery can be used in lieu of one year of experience.",
        "A degree in human services; equivalent lived experience accepted in lieu of the degree.",
        "Lived experience of homelessness counts toward the experience requirement.",
    ],
)
def test_s_more_wordings_of_standing_in(line: str) -> None:
    text = f"Community Support Worker\n\nMinimum Qualifications\n- {line}\n"
    assert _verdict(text, "sub.txt", LE) == "not-met"


def test_s_lived_experience_that_is_essential_and_also_stands_in_stays_required() -> None:
    text = ("Peer Support Worker\n\nMinimum Qualifications\n- Lived experience of mental health challenges is "
            "essential and may substitute for formal qualifications.\n")  # fmt: skip
    assert _verdict(text, "both.txt", LE) == "met"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("bold.md", "# Psychosocial Recovery Support Worker\n\n## What you'll bring (essential)\n\n- A current driver "
                    "licence\n\n**Highly regarded**\n\n- Lived experience of mental health challenges\n"),
        ("strong.html", "<h1>Recovery Support Worker</h1><h2>What you'll bring (essential)</h2><ul><li>A current "
                        "driver licence</li></ul><p><strong>Would be an advantage</strong></p><ul><li>Lived "
                        "experience of mental health challenges</li><li>A Diploma in Social Work</li></ul>"),
    ],
)
def test_r_desirable_labels_in_markdown_and_html(name: str, text: str) -> None:
    report = _report(text, name, role="peer")
    assert report.verdict(LE).verdict == "not-met" and "desirable" in report.verdict(LE).why
    assert _report(text, name).role.kind == "other"
    if "Diploma" in text:
        assert report.verdict(ADJ).verdict == "partly-met"


def test_r_a_bare_plus_is_no_heading() -> None:
    assert pseudo_heading("Plus") == 0

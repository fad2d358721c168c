"""Role detection: peer, peer-senior or other, from the title and the text."""

from __future__ import annotations

import pytest

from jdlint.engine import check_document
from jdlint.readers.text import read_text

DETECTION = [  # (advert, kind)
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
]


def test_role_override_is_reported() -> None:
    report = check_document(read_text("Staff Nurse\n\nGive medication."), role="peer")
    assert report.role.kind == "peer" and report.role.overridden
    assert report.verdict("adjacent-professions").verdict == "not-met"


def test_adjacent_role_with_peer_language_gets_a_note() -> None:
    report = check_document(read_text("Support Worker\n\nLived experience would be an advantage."))
    assert [f.rule for f in report.findings if f.rule == "RO001"] == ["RO001"]


# --- where the title lives ---------------------------------------------------------------

from jdlint.reports import json as json_report  # noqa: E402
from jdlint.reports import text as text_report  # noqa: E402
from jdlint.titles import candidates, plausible, title_of  # noqa: E402


def _role(text: str):
    return check_document(read_text(text)).role


TITLES = [  # (advert, title, where it was found)
    # a labelled title on the same line
    ("Job title: Peer Mentor\nSalary: £23,000\n\nWe run community groups.", "Peer Mentor", "labelled field"),
    ("Position Title: Youth Peer Advocate\nLocation: Albany, NY\n\nWe serve young people.", "Youth Peer Advocate", "labelled field"),
    ("Role: Carer Peer Worker\nHours: 22.5 per week\n\nWe support families.", "Carer Peer Worker", "labelled field"),
    ("Vacancy: Lived Experience Practitioner\n\nJoin us.", "Lived Experience Practitioner", "labelled field"),
    # a label with its value on the next line: the value's block is the evidence
    ("JOB DESCRIPTION\n\nPost title:\nPeer Navigator\nGrade:\nBand 4\n\nThe Trust believes in recovery.", "Peer Navigator", "labelled field"),
    ("Position Title\nConsumer Peer Worker\nReports to\nTeam Leader\n\nWe value hope.", "Consumer Peer Worker", "labelled field"),
    ("JOB TITLE:\nFamily Peer Support Specialist\nHOURS:\n30\n\nWe support parents.", "Family Peer Support Specialist", "labelled field"),
    # US and UK title labels ("Working Title:", "Title of Post:"), announcements ("NOW HIRING:")
    # and a brand before the title
    ("Working Title: Peer Recovery Specialist\nClass Title: Behavioral Health Associate\n\nJoin us.", "Peer Recovery Specialist", "labelled field"),
    ("Posting Title: Certified Peer Specialist II\nDepartment: Adult Services\n\nJoin us.", "Certified Peer Specialist II", "labelled field"),
    ("Title of Post: Expert by Experience\nHours: 15\n\nJoin us.", "Expert by Experience", "labelled field"),
    # announced and branded titles
    ("Job Posting: Peer Support Worker (Casual)\nLakeside Wellness Association\n\nWe support people.", "Peer Support Worker (Casual)", "first lines"),
    ("NOW HIRING: PEER RECOVERY COACH\n\nJoin our recovery community organization.", "PEER RECOVERY COACH", "first lines"),
    ("We're hiring: Consumer Peer Worker\n\nJoin our team.", "Consumer Peer Worker", "first lines"),
    ("headspace Youth Peer Support Worker\n\nSupport young people aged 12 to 25.", "headspace Youth Peer Support Worker", "first lines"),
    ("kōrero Whānau Peer Support Worker\n\nSupport whānau.", "kōrero Whānau Peer Support Worker", "first lines"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "source"), TITLES, ids=[t[:50] for t, _, _ in TITLES])
def test_a_labelled_announced_or_branded_title(text: str, title: str, source: str) -> None:
    document = read_text(text)
    assert title_of(document.blocks)[0] == title
    found = candidates(document.blocks)
    assert (found[0].text, found[0].source) == (title, source)
    # the evidence is the line the title stands on, not a label line above it
    assert document.blocks[found[0].block].text == next(line for line in text.splitlines() if title in line)
    role = check_document(document).role
    assert role.kind == "peer" and role.confidence == "high", role.why
    assert f"title “{title}” ({source})" in role.clues


@pytest.mark.parametrize(
    "heading",
    ["POSITION HIGHLIGHTS:", "Skills and abilities:", "Job purpose", "KEY RESPONSIBILITIES", "Role Purpose",
     "What you will do:", "Position Overview", "This role combines two key elements:",
     "Benefit offerings may vary with part-time positions", "WHY WORK FOR US:", "Job Description"],
)
def test_section_headings_and_sentences_are_never_titles(heading: str) -> None:
    assert not plausible(heading)
    document = read_text(f"{heading}\n\nAs a Peer Support Worker you will walk alongside people in recovery.")
    assert all(c.text != heading.rstrip(":") for c in candidates(document.blocks))
    role = check_document(document).role
    assert role.kind == "peer", role.why
    assert role.clues[0].startswith("no title line; a sentence names the role")


@pytest.mark.parametrize(
    "title",
    ["Peer Support Worker", "Recovery Worker – Job Description", "Certified Peer Specialist (Part-Time)",
     "Aboriginal Mental Health Peer Worker - Identified", "Lived Experience Peer Cadet Program", "Expert by Experience"],
)
def test_job_titles_are_plausible(title: str) -> None:
    assert plausible(title)


def test_a_labelled_field_outranks_a_first_line() -> None:
    document = read_text("Mental Health Services Directorate\nPeer Support Team\n\nJob Title: Administrator\n\nFile our notes.")
    assert title_of(document.blocks)[0] == "Administrator"
    assert check_document(document).role.kind == "other"


def test_metadata_titles_are_candidates() -> None:
    document = read_text("Welcome to our careers page\n\nWe support people with their mental health.")
    found = candidates(document.blocks, (("page title", "Peer Recovery Coach"),))
    assert [(c.text, c.source) for c in found] == [("Peer Recovery Coach", "metadata: page title")]


# --- sentences that name the role ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Skills and abilities:\n\nAs a Peer Navigator you will help people leaving prison find housing.", "Peer Navigator"),
        ("About us\n\nAs the Lived Experience Educator, you will co-design training with staff.", "Lived Experience Educator"),
        ("Introduction\n\nWe are recruiting a Consumer Peer Worker to join our adult community team.", "Consumer Peer Worker"),
        ("Introduction\n\nWe are seeking two part-time Carer Peer Workers for our inpatient unit.", "Carer Peer Workers"),
        ("Summary:\n\nThe Peer Recovery Coach provides one-to-one support to people leaving detox.", "Peer Recovery Coach"),
        ("Overview:\n\nOur Youth Peer Mentor will run groups for young people aged 16 to 25.", "Youth Peer Mentor"),
    ],
)
def test_a_sentence_that_names_the_role(text: str, named: str) -> None:
    role = _role(text)
    assert role.kind == "peer", role.why
    assert named.lower() in role.why.lower() or any(named in c for c in role.clues)
    assert role.confidence == "medium"
    assert role.evidence and named in role.evidence[0].text


# --- names that are peer roles only where the text says peer ---------------------------------


CONDITIONAL = [  # (advert, kind, the clue that decides)
    ("Recovery Support Specialist\n\nThe Recovery Support Specialist provides peer recovery support services to adults with substance use disorders.", "peer", "the text says the role is peer work"),
    ("Recovery Support Specialist\n\nYou will follow the principles of peer support and hold, or gain within a year, the CPRS credential.", "peer", "the text says the role is peer work"),
    ("Recovery Specialist\n\nYou will deliver peer support to people in the emergency department.", "peer", "the text says the role is peer work"),
    ("Recovery Worker\n\nLived experience of mental health challenges is essential for this role.", "peer", "the text requires lived experience"),
    # without peer wording: another role
    ("Recovery Support Specialist\n\nThe Recovery Support Specialist helps patients with discharge plans, benefits and housing forms.", "other", "only where the text says peer"),
    ("Recovery Worker\n\nYou will support residents to build daily living skills. Experience in mental health is desirable.", "other", "only where the text says peer"),
    ("Recovery Navigator\n\nYou will link patients to community services after discharge.", "other", "only where the text says peer"),
]  # fmt: skip


# --- near misses: adjacent roles that mention peers in passing ---------------------------------


# --- peer vocabularies -----------------------------------------------------------------------


VOCABULARY = [  # (title, kind)
    # UK
    ("Peer Support Worker", "peer"), ("Expert by Experience", "peer"), ("Lived Experience Practitioner", "peer"),
    ("Carer Peer Support Worker", "peer"), ("Peer Mentor (Criminal Justice)", "peer"),
    # US
    ("Certified Peer Specialist", "peer"), ("Peer Recovery Coach", "peer"), ("Family Peer Advocate", "peer"),
    ("Parent Partner", "peer"), ("Youth Peer Advocate", "peer"),
    ("Peer Recovery Support Specialist", "peer"),
    # Australia / New Zealand
    ("Consumer Peer Worker", "peer"), ("Carer Consultant", "peer"), ("Consumer Consultant", "peer"),
    ("Lived Experience Educator", "peer"), ("Peer Cadet", "peer"), ("Aboriginal Peer Worker", "peer"),
    ("Peer Support Worker - Whānau", "peer"), ("Consumer Advisor", "peer"),
    # Canada
    ("Peer Navigator", "peer"), ("Peer Support Specialist", "peer"), ("Peer Outreach Worker", "peer"),
    # senior
    ("Senior Peer Specialist", "peer-senior"), ("Lived Experience Lead", "peer-senior"),
    ("Peer Support Team Leader", "peer-senior"), ("Peer Workforce Manager", "peer-senior"),
    # adjacent
    ("Support Time and Recovery Worker", "other"), ("Case Manager", "other"), ("Healthcare Assistant", "other"),
    ("Drug and Alcohol Worker", "other"), ("Occupational Therapist", "other"),
    # conditional: a peer role only where the text says peer or requires lived experience
    ("Recovery Coach", "other"), ("Psychosocial Recovery Coach", "other"),
    # "Peer <noun>" outside the peer vocabulary
    ("Peer Bridger", "peer"), ("Peer Liaison", "peer"), ("Peer Connector", "peer"),
    ("Peer Review Coordinator", "other"),
]


# --- confidence and clues in the reports ------------------------------------------------------


def test_a_plain_peer_title_is_high_confidence() -> None:
    role = _role("Peer Support Worker\n\nJoin us.")
    assert role.confidence == "high" and role.clues == ("title “Peer Support Worker” (first lines)",)


def test_thin_evidence_is_low_confidence_and_the_text_output_says_so() -> None:
    report = check_document(read_text("Recovery Worker\n\nDo you have lived experience of recovery? You will run groups."))
    assert report.role.kind == "other" and report.role.confidence == "low"
    out = text_report.render([report])
    assert "role detection is unsure; set it with --role" in out
    entry = json_report.report_dict(report)["role"]
    assert entry["confidence"] == "low" and entry["clues"] == list(report.role.clues)


def test_a_confident_call_has_no_note() -> None:
    report = check_document(read_text("Peer Support Worker\n\nJoin us."))
    assert "role detection is unsure" not in text_report.render([report])
    assert json_report.report_dict(report)["role"]["confidence"] == "high"


def test_an_override_is_high_confidence() -> None:
    report = check_document(read_text("Recovery Worker\n\nDo you have lived experience?"), role="peer")
    assert report.role.confidence == "high" and report.role.clues == ("set by the user",)
    assert "role detection is unsure" not in text_report.render([report])


@pytest.mark.parametrize(
    "text",
    [
        "Peer Support Advocate - Crisis Team - Northern and Eastern Counties Region\n"
        "Riverbend Community Health Partners, Springfield, United States\n"
        "The duties below describe the main functions of the job and may change with the needs of the program.",
        "Lived Experience Practitioner - Community Mental Health Hub (Fixed Term)\n"
        "Coastal Health and Wellbeing Service, Newtown, New South Wales\n"
        "This position is part of a growing team that works with people after a hospital stay.",
    ],
)
def test_a_title_line_joined_to_the_paragraph_under_it(text: str) -> None:
    document = read_text(text)
    assert len(document.blocks) == 1  # the reader joined the hard-wrapped lines
    role = check_document(document).role
    assert role.kind == "peer" and role.confidence == "high", role.why


SENTENCE_NAMES = [  # more ways a sentence names the role, with no title line
    "General statement of duties\n\nUnder general supervision, the Peer Specialist provides recovery support to veterans.",
    "Summary\n\nWorking across the county, the Family Peer Partner supports parents through child welfare meetings.",
    "Introduction\n\nCould you be our next Peer Mentor? We support people leaving prison.",
    "Introduction\n\nAre you ready to become a Consumer Peer Worker? Our team is growing.",
]


@pytest.mark.parametrize(
    ("text", "not_a_clue"),
    [
        # a peer named as a colleague does not name the role
        ("Summary\n\nYou will work with the Peer Specialist, who provides recovery support to veterans.",
         "no title line; a sentence names the role"),
        ("Summary\n\nOur nurses refer people to the Peer Recovery Coach and the Peer Recovery Coach will follow up.",
         "no title line; a sentence names the role"),
        # a duty bullet is not a title line ("Run groups with the occupational therapist")
        ("What you will do\n\n- Run groups with the occupational therapist\n- Support people at appointments\n", "title “"),
        ("Duties:\n\n* Assist the social worker with home visits\n* Keep records up to date\n", "title “"),
    ],
)  # fmt: skip
def test_what_does_not_name_the_role(text: str, not_a_clue: str) -> None:
    role = _role(text)
    assert not any(clue.startswith(not_a_clue) for clue in role.clues), role.clues


def test_the_html_report_says_when_role_detection_is_unsure() -> None:
    from jdlint.reports import html as html_report

    unsure = check_document(read_text("Recovery Worker\n\nDo you have lived experience? You will run groups."))
    sure = check_document(read_text("Peer Support Worker\n\nJoin us."))
    assert "Role detection is unsure" in html_report.render([unsure])
    assert "Role detection is unsure" not in html_report.render([sure])


PEER_TITLES = [
    # odd characters in a title
    "Peer Sup\u00adport Worker", "Peer\u00a0Support\u00a0Worker", "Lived Ex\u200bperience Practitioner",
    # Canadian French, Māori and US credential titles
    "Pair aidant en santé mentale", "Pair-aidante (temps partiel)", "Peer Support Kaimahi", "Lived Experience Kaimahi",
    "Certified Recovery Support Specialist", "Certified Recovery Specialist (CRS)",
]


@pytest.mark.parametrize(
    "text",
    [
        "JOB DESCRIPTION\n\nREPORTS TO:\nPeer Support Lead\nLOCATION:\nRiverside\n\nYou will support the ward manager with rotas and audits.",
        "Supervised by\nLived Experience Lead\n\nYou will manage the estates budget and the facilities team.",
    ],
)
def test_a_value_under_another_label_is_not_the_title(text: str) -> None:
    document = read_text(text)
    assert all(c.text not in ("Peer Support Lead", "Lived Experience Lead") for c in candidates(document.blocks))


def test_a_long_title_with_our_in_it() -> None:
    assert plausible("Peer Support Worker - Our Community Recovery Team")


@pytest.mark.parametrize(
    "text",
    [
        "Outreach Coordinator\n\nAs a Peer Outreach Worker you will meet people where they are.",
        "Community Wellbeing Officer\n\nWe are recruiting a Lived Experience Worker to join our suicide prevention team.",
    ],
)
def test_an_unknown_job_title_and_a_sentence_naming_a_peer_role(text: str) -> None:
    role = _role(text)
    assert role.kind == "peer" and role.confidence in ("low", "medium"), role.why


# --- blind set 19: the advert's own name for its post, defined as a peer role -------------------

DEFINED = [
    ("Kaiārahi – Whānau Recovery\n\nOur Kaiārahi are peer support workers who have lived through addiction and "
     "now walk beside whānau.\n\nYou will run groups and visit families at home.", "peer"),
    ("Bridge Builder\n\nAt Northfield, “Bridge Builder” is what we call our peer mentors. You will meet people "
     "leaving prison at the gate.", "peer"),
    ("Pathfinder (Youth)\n\nPathfinders are all certified peer specialists. You will meet young people at the "
     "drop-in.", "peer"),
    # twins: the name next to peers who are someone else, or another subject defined as peers
    ("Kaiārahi – Whānau Recovery\n\nOur Kaiārahi work alongside peer support workers from a partner charity. "
     "You will run groups and visit families at home.", "other"),
    ("Kaiārahi – Whānau Recovery\n\nOur volunteers are peer support workers. You will run groups and visit "
     "families at home.", "other"),
    ("Bridge Builder\n\nOur Bridge Builders are supervised by peer mentors. You will meet people leaving "
     "prison at the gate.", "other"),
]


SUPERVISED = [  # (advert, kind)
    # passive supervising, its agent after "by": the peer named supervises the role
    ("Peer Mentor – Housing First\n\nYou will join a crew of five mentors, all supervised by the Peer Programme Lead.",
     "peer"),
    ("Peer Recovery Worker\n\nThe worker is one of three peer staff line managed by our Peer Coordinator in Leeds.",
     "peer"),
    # twin: the role itself supervises peers, active voice (peer staff: supervising the volunteers a
    # peer post works with is not senior, `supervises-peers-not`)
    ("Peer Recovery Worker\n\nYou will supervise peer workers at our Leeds hub.", "peer-senior"),
    ("Peer Recovery Worker\n\nYou will supervise peer volunteers at our Leeds hub.", "peer"),
    ("Peer Mentor\n\nThe mentor supervises two peer trainees and is supervised by the service manager.",
     "peer-senior"),
]

# (advert, kind, a clue the detection must give: "" for any)
ROLES = [
    *[(text, kind, "") for text, kind in DETECTION],
    *CONDITIONAL,
    *[(text, "peer", "no title line; a sentence names the role") for text in SENTENCE_NAMES],
    *[(text, kind, "defines the post as a peer role" if kind == "peer" else "") for text, kind in DEFINED],
    *[(text, kind, "") for text, kind in SUPERVISED],
    *[(f"{title}\n\nJoin our friendly team in the community.", kind, "") for title, kind in VOCABULARY],
    *[(f"{title}\n\nJoin our team.", "peer", "") for title in PEER_TITLES],
]


@pytest.mark.parametrize(("text", "kind", "clue"), ROLES, ids=[t[:50] for t, _, _ in ROLES])
def test_role_kind_and_clue(text: str, kind: str, clue: str) -> None:
    role = _role(text)
    assert role.kind == kind, role.why
    assert not clue or any(clue in c for c in role.clues), role.clues


def test_abbreviations_found_from_the_brackets_back_are_the_whole_scan() -> None:
    """The words spelt out before "(PSW)" are found from each bracket back; the matches are those
    of the pattern run over the whole text (invented texts of words, brackets and punctuation)."""
    import random

    from jdlint.role import _ACRONYM_AFTER, _acronyms_after

    pieces = ["Peer", "Support", "Worker", "Personal", "2nd", "x,", "and", "of", "(PSW)", "(PSWs)", "( CPS )",
              "(AB)", "hello-world", "O’Neil", "\n", "  ", "a" * 60]
    rnd = random.Random(7)
    texts = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 120))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in _acronyms_after(text)] == [m.span() for m in _ACRONYM_AFTER.finditer(text)], text

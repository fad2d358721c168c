"""Classes of wording found in invented held-out adverts (K-Q): negation over a list of
duties, disclosure and hope in more wordings, peer panels, clinical duties, lived
experience in idiom, plain-text person specification tables. Every advert here is invented;
UK, US, Australian, New Zealand and Canadian vocabulary on purpose. Some are whole
hard-wrapped .txt adverts, read through the file reader as a user's file would be."""

from __future__ import annotations

import pytest
from verdict_table import table

from jdlint.api import check_path
from jdlint.engine import check_document
from jdlint.readers.text import read_text

LE = "lived-experience-essential"
PP = "peer-principles"
PANEL = "peer-panel"
ADJ = "adjacent-professions"


def verdict(text: str, criterion: str):
    found = check_document(read_text(text), role="peer").verdict(criterion)
    assert found is not None
    return found


# --- K: a negation distributes over a coordinated list of duties -----------------------------

K_MET = [
    "Peer Support Worker\n\nYou will not hold a caseload, give medication or\ncomplete risk assessments.",
    "Peer Support Specialist\n\nYou won't be asked to undertake observations, administer medication or "
    "conduct intake assessments.",
    "Lived Experience Practitioner\n\nThis is not a clinical role and does not include dispensing medicines, "
    "enhanced observations or care coordination.",
    "Peer Navigator\n\nThe role does not involve giving medication, taking bloods, wound care or restraint.",
    "Peer Support Specialist\n\nPeers do not provide therapy, diagnose, or administer medications.",
]


# a new clause after the list: the duty is the peer's
K_NOT_MET = [
    "Peer Support Worker\n\nYou will not need a degree, and you will give medication at lunchtime.",
    "Peer Support Worker\n\nNo qualifications are needed, just a willingness to administer medication.",
    "Peer Support Worker\n\nThere is no caseload; you will carry out enhanced observations.",
]


# --- M: disclosure in more wordings ------------------------------------------------------------

M_TEXTS = [
    "Peer Support Worker\n\nYou will share parts of your own story intentionally, when it serves the person.",
    "Family Peer Advocate\n\nShare your family's story intentionally to build trust with parents.",
    "Senior Peer Specialist\n\nSupervise a team of peer specialists and coach them to use their own stories "
    "purposefully.",
    "Peer Mentor\n\nYou will tell your story with purpose, to show that change can happen.",
    "Peer Worker\n\nYou will be skilled at choosing what to share of your own journey, and when.",
]


@pytest.mark.parametrize("text", M_TEXTS, ids=[t.split("\n")[0] for t in M_TEXTS])
def test_disclosure_wordings(text: str) -> None:
    found = verdict(text, PP)
    assert "disclosure" in found.why and "missing: mutuality, disclosure" not in found.why, found.why
    assert found.verdict == "partly-met"


# --- N: hope offered to the people served, in a hard-wrapped bullet ----------------------------

CARER_CONSULTANT = """Carer Consultant

About the role

As a Carer Consultant you will draw on your own experience of caring for a
family member with mental illness. Key duties:

  - offer hope to families at a time of crisis, and walk alongside them as
    they find their way through the service;
  - bring the carer perspective to team meetings.
"""


def test_hope_for_families_in_a_wrapped_bullet(tmp_path) -> None:
    advert = tmp_path / "carer-consultant.txt"
    advert.write_text(CARER_CONSULTANT, encoding="utf-8")
    found = check_path(advert, role="peer").verdict(PP)
    assert "hope" in found.why and "missing: hope" not in found.why and "hope or" not in found.why, found.why


@pytest.mark.parametrize(
    ("text", "hoped"),
    [
        ("Peer Worker\n\nBring hope to whānau who feel stuck.", True),
        ("Peer Worker\n\nWe hope to hear from you soon.", False),
        ("Peer Worker\n\nWe hope you will apply.", False),
    ],
)
def test_hope_to_someone_is_hope(text: str, hoped: bool) -> None:
    found = verdict(text, PP)
    assert (found.verdict == "partly-met") is hoped, found.why


# --- O: peer panel wordings ------------------------------------------------------------------

O_MET = [
    "Family Peer Advocate\n\nInterviews are conducted by the Program Director and a senior Family Peer Advocate.",
    "Peer Recovery Coach\n\nOur hiring committee includes peer staff from the program.",
    "Peer Support Worker\n\nA peer worker sits on the interview panel.",
    "Peer Worker\n\nThe panel will include someone with lived experience.",
]


# designing the interview questions is partly met
O_PARTLY_MET = [
    "Youth Peer Worker\n\nYoung people from our Youth Reference Group will help design the interview questions.",
    "Peer Support Worker\n\nMembers of our consumer advisory group help write the interview questions.",
]
# being asked about something at interview is not a panel
O_NOT_MET = [
    "Peer Worker\n\nYou will share your lived experience with peers (you will be asked about this at interview).",
    "Peer Mentor\n\nYou will work with peers and carers; this will be explored at interview.",
]


# --- P: clinical duties ----------------------------------------------------------------------

P_NOT_MET = [
    "Peer Support Specialist\n\nPerform vital signs and assist nursing staff with patient observations, "
    "including 1:1 sitter observations for patients on suicide precautions.",
    "Peer Recovery Specialist\n\nCompletes the SBIRT screening tool and documents results in Epic.",
    "Peer Worker\n\nAdminister the PHQ-9 and C-SSRS at each contact.",
    "Peer Support Specialist\n\nEnsures patients understand and follow their discharge medication instructions.",
    "Peer Navigator\n\nTake and record vitals at check-in.",
    "Peer Support Worker\n\nEnsure service users take their medication on the ward.",
    "Peer Support Worker\n\nTake blood pressure and temperature readings at intake.",
]


def test_assisting_nurses_with_observations_is_at_least_supporting() -> None:
    found = verdict("Peer Worker\n\nAssist nursing staff with patient observations on the unit.", ADJ)
    assert found.verdict in ("partly-met", "not-met"), found.why


# --- Q: lived experience in idiom --------------------------------------------------------------

Q_TEXTS = [
    "Peer Support Worker\n\nWe are looking for someone who has\nwalked their own path through mental distress or "
    "addiction.",
    "Peer Worker\n\nWe want people who have been through their own mental health difficulties and come out the "
    "other side.",
    "Peer Mentor\n\nWe are looking for someone who has been there: recovery from alcohol or drug use.",
    "Peer Support Worker\n\nWe are looking for someone who has walked a similar road to the tāngata whaiora "
    "we support, with their own experience of mental distress.",
]


def test_idiom_names_the_kind() -> None:
    from jdlint.analysis import Analysis
    from jdlint.checks.criteria import applicant_mentions
    from jdlint.engine import default_engine

    document = read_text(Q_TEXTS[0])
    mentions = applicant_mentions(Analysis(document, default_engine().registry.patterns))
    assert mentions and mentions[0].kind_named and mentions[0].strength == "wanted"


# --- the verdicts of the classes above: (criterion, advert, expected) -------------------------

CASES = [
    *[(ADJ, text, "met") for text in K_MET],
    *[(ADJ, text, "not-met") for text in K_NOT_MET],
    # the people served sharing their story is still not the peer's disclosure
    (PP, "Peer Worker\n\nSupport clients to share their stories with their families.", "not-met"),
    *[(PANEL, text, "met") for text in O_MET],
    *[(PANEL, text, "partly-met") for text in O_PARTLY_MET],
    *[(PANEL, text, "not-met") for text in O_NOT_MET],
    *[(ADJ, text, "not-met") for text in P_NOT_MET],
    *[(LE, text, "partly-met") for text in Q_TEXTS],
    # staff who have "been there" for years as volunteers: not lived experience
    (LE, "Peer Worker\n\nWe want someone who has been there for at least a year as a volunteer.", "not-met"),
]


@table(CASES)
def test_class_verdicts(criterion: str, text: str, expected: str) -> None:
    found = verdict(text, criterion)
    assert found.verdict == expected, found.why


# --- L: plain-text person specification tables -------------------------------------------------

PIPE_SPEC = """Peer Support Worker - Community Mental Health Team
Band 3, 37.5 hours a week

About the role

You will work alongside people using our community services, offering
one-to-one peer support and helping them to build the life they want. You
will be part of a friendly multidisciplinary team and will have regular peer
supervision.

Person Specification

Criteria | Essential | Desirable | How assessed
Lived experience | Personal lived experience of mental health difficulties and of using services | | Application form / interview
Training | | Peer support training or a willingness to complete it | Application form
Skills | Good listening skills | Knowledge of WRAP | Interview
"""

TAB_SPEC = (
    "Lived Experience Worker (Peer Support)\n\nKey selection criteria\n\n"
    "Criterion\tEssential\tDesirable\n"
    "Lived experience\tA lived experience of recovery from alcohol or other drug use\t\n"
    "Knowledge\tAn understanding of harm reduction\tCertificate IV in Mental Health Peer Work\n"
)

# columns aligned by runs of spaces, as pasted from a Word table
SPACED_SPEC = (
    "Peer Support Kaimahi\n\nPerson specification\n\n"
    "Criteria      Essential                                        Desirable\n"
    "Experience    Lived experience of mental distress and recovery   Experience in a peer role\n"
    "Knowledge     An understanding of recovery approaches          Knowledge of te reo Māori\n"
)
SPACED_DESIRABLE = (
    "Certified Peer Specialist\n\nQualifications\n\n"
    "Criterion     Required                         Preferred\n"
    "Education     High school diploma or GED       Lived experience of recovery from a substance use disorder\n"
    "Training      CPS within six months of hire    WRAP facilitator training\n"
)

RULED_SPEC = """Peer Support Worker

Qualifications

| Criterion | Essential | Desirable |
|-----------|-----------|-----------|
| Lived experience | | Lived experience of mental health or substance use challenges |
| Training | Peer support certification within six months | |
"""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [("uk-pipes.txt", PIPE_SPEC, "met"), ("au-tabs.txt", TAB_SPEC, "met"), ("ca-ruled.txt", RULED_SPEC, "not-met"),
     ("nz-spaces.txt", SPACED_SPEC, "met"), ("us-spaces.txt", SPACED_DESIRABLE, "not-met")],
)
def test_text_tables_are_read_by_column(tmp_path, name: str, text: str, expected: str) -> None:
    advert = tmp_path / name
    advert.write_text(text, encoding="utf-8")
    found = check_path(advert, role="peer").verdict(LE)
    assert found.verdict == expected, found.why
    assert found.evidence and found.evidence[0].block_kind == "table-cell"


def test_text_table_cells_carry_headers_and_places() -> None:
    document = read_text(PIPE_SPEC)
    cells = [b for b in document.blocks if b.kind == "table-cell"]
    lived = next(b for b in cells if b.text.startswith("Personal lived experience"))
    assert (lived.column_header, lived.row_header) == ("Essential", "Lived experience")
    where = lived.location()
    assert (where.table, where.row, where.col, where.line) == (1, 2, 2, 14)
    assert PIPE_SPEC.splitlines()[where.line - 1][where.column - 1 :].startswith("Personal lived experience")
    training = next(b for b in cells if b.text.startswith("Peer support training"))
    assert training.column_header == "Desirable"  # the empty Essential cell keeps its column


TWO_COLUMNS = (
    "Peer Mentor\n\nPerson specification\n\n"
    "ESSENTIAL                                   DESIRABLE\n"
    "Lived experience of problem gambling,       Experience of running groups\n"
    "either your own or a close relative's       in a community setting\n"
    "Good listening skills                       A driving licence\n"
    "\nHow to apply\n"
)


def test_two_level_columns_aligned_by_spaces_are_read_by_column() -> None:
    cells = [b for b in read_text(TWO_COLUMNS).blocks if b.kind == "table-cell"]
    by_text = {b.text: b.column_header for b in cells}
    assert by_text["Lived experience of problem gambling, either your own or a close relative's"] == "ESSENTIAL"
    assert by_text["Experience of running groups in a community setting"] == "DESIRABLE"
    assert by_text["A driving licence"] == "DESIRABLE"
    lived = next(b for b in cells if b.text.startswith("Lived experience"))
    assert (lived.location().line, lived.location().col) == (6, 1)
    # the table ends at the blank line
    assert any(b.kind == "heading" and b.text == "How to apply" for b in read_text(TWO_COLUMNS).blocks)


@pytest.mark.parametrize(
    "text",
    [
        "Peer Worker\n\n10-month contract | Starting in August\n\nYou will support people in recovery.",
        "Peer Worker\n\nSalary:\t£24,000\n\nHours: 30 a week",
        # label lines aligned by spaces: no header row naming the levels
        "Peer Worker\n\nLocation:     Leeds\nSalary:       £24,000\nHours:        30 a week\n",
        "Peer Worker\n\nTeam      Community     Adults\nBase      Hull          Riverside\n",
        # level names alone over lines that are not aligned in columns
        "Peer Worker\n\nEssential      Desirable\nYou will support people in recovery.\n",
    ],
)
def test_a_lone_delimited_line_is_not_a_table(text: str) -> None:
    assert not any(b.kind == "table-cell" for b in read_text(text).blocks)


# --- whole hard-wrapped adverts (several classes at once) ---------------------------------------

US_HOSPITAL = """Peer Support Specialist - Inpatient Behavioral Health
Full time, day shift

Position Summary
The Peer Support Specialist uses their own recovery to engage patients on
the unit. Essential functions include: perform vital signs and assist nursing
staff with patient observations, including 1:1 sitter observations for
patients on suicide precautions; complete the SBIRT screening tool and
document results in the electronic health record.

Qualifications
Certified Peer Recovery Specialist (CPRS) required.
"""

AU_COMMUNITY = """Peer Worker - Community Recovery Program

About the role
You will walk alongside people living with mental distress as they work
towards the life they want. This is not a clinical role: you will not hold a
caseload, give medication or
complete risk assessments. Instead you will share parts of your own story
intentionally, when it serves the person, and hold hope for them when it is
hard to hold it themselves.

About you
We are looking for someone who has
walked their own path through mental distress or addiction and come out the
other side.

Selection
A peer worker sits on the interview panel.
"""


def _check_file(tmp_path, name: str, text: str):
    advert = tmp_path / name
    advert.write_text(text, encoding="utf-8")
    return check_path(advert, role="peer")


def test_us_hospital_advert_is_not_distinct(tmp_path) -> None:
    found = _check_file(tmp_path, "us-inpatient.txt", US_HOSPITAL).verdict(ADJ)
    assert found.verdict == "not-met"
    # vital signs, observations assisting nurses (still the peer's duty), the sitter and SBIRT (the fourth)
    assert "vital signs" in found.why and "patient observations" in found.why and "1 more" in found.why, found.why


def test_au_community_advert(tmp_path) -> None:
    report = _check_file(tmp_path, "au-community.txt", AU_COMMUNITY)
    assert report.verdict(ADJ).verdict == "met", report.verdict(ADJ).why
    assert report.verdict(PANEL).verdict == "met", report.verdict(PANEL).why
    assert report.verdict(LE).verdict == "partly-met", report.verdict(LE).why
    principles = report.verdict(PP).why
    assert "disclosure" in principles and "hope" in principles and "missing: mutuality, boundaries" in principles


# --- K: a negative lead-in or heading over a list of duties -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peer Support Worker\n\nYou will not:\n\n- hold a caseload\n- give medication\n- complete risk assessments",
         "met"),
        ("Peer Specialist\n\nThis is not a clinical role. It does not include:\n\n- administering medication;\n"
         "- enhanced observations;\n- care coordination.", "met"),
        ("Peer Worker\n\nWhat this role isn't:\n\n- dispensing medicines\n- restraint", "met"),
        # positive lead-ins, and the common "not limited to", keep the duties the peer's
        ("Peer Support Worker\n\nThis is not an office job. You will:\n\n- administer medication\n- restraint",
         "not-met"),
        ("Peer Support Specialist\n\nDuties include, but are not limited to:\n\n- administering medication\n"
         "- restraint", "not-met"),
        ("Peer Support Specialist\n\nDuties (not exhaustive)\n\n- administering medication\n- restraint", "not-met"),
    ],
)
def test_negative_lead_in_over_a_list(text: str, expected: str) -> None:
    found = verdict(text, ADJ)
    assert found.verdict == expected, found.why


WRAPPED_SPEC = """Peer Support Worker - Kaupapa Māori Community Service
Fixed term, 30 hours a week

Person specification

Criteria | Essential | Desirable | How assessed
Lived experience | Lived experience of mental distress or addiction, and of
using services, with the ability to draw on it | |
Application form / interview
Training | | Intentional Peer Support training, or a willingness to complete
it | Application form
"""


def test_text_table_rows_wrapped_over_lines(tmp_path) -> None:
    document = read_text(WRAPPED_SPEC)
    cells = {b.text: b for b in document.blocks if b.kind == "table-cell"}
    lived = next(b for text, b in cells.items() if text.startswith("Lived experience of"))
    assert lived.text.endswith("with the ability to draw on it") and lived.column_header == "Essential"
    assert [a.location.line for a in lived.anchors] == [7, 8]
    training = next(b for text, b in cells.items() if text.startswith("Intentional Peer Support"))
    assert training.text.endswith("complete it") and training.column_header == "Desirable"
    assert cells["Application form"].column_header == "How assessed"
    found = _check_file(tmp_path, "nz-wrapped.txt", WRAPPED_SPEC).verdict(LE)
    assert found.verdict == "met", found.why


@pytest.mark.parametrize(
    ("sentence", "item", "negated"),
    [
        ("you will not hold a caseload , give medication or complete risk assessments", "give", True),
        ("we do not ask for a degree , and you will give medication", "give", False),
        ("no degree is needed , give medication", "give", False),
        ("you will give medication or complete risk assessments", "give", False),
        # a negated verb chain reaches every item of its list
        ("you will not be expected to administer medication , carry out observations", "carry", True),
        ("peers are never asked to give medication , take bloods", "take", True),
        ("we do not expect you to give medication , take bloods", "take", True),
        ("you will be expected to give medication , take bloods", "take", False),
        ("we do not ask for a degree , and you will give medication , take bloods", "take", False),
        ("no degree is needed , staff will give medication , take bloods", "take", False),
    ],
)
def test_negated_list_on_tokens(sentence: str, item: str, negated: bool) -> None:
    """Is the list item starting at ``item`` in the scope of a negation before it?"""
    from jdlint.nlp import negated_list

    lowers = sentence.split()
    assert negated_list(lowers, 0, lowers.index(item)) is negated

"""Classes of wording found on blind sets 40 and 41 (US, Canada, Australia, New Zealand, UK),
each with invented variants in other words and countries and, where it matters, the twin that
must keep its verdict. No sentence comes from the blind adverts. Their sentence table (criterion,
text, verdict) is in tests/test_criteria_wording.py (CASES, "blind sets 40-41")."""

from __future__ import annotations

import pytest
from docx_factory import Advert
from verdict_table import ADJ, LE, verdict_of

from jdlint.engine import check_document
from jdlint.readers import read_bytes
from jdlint.readers.text import read_text


def role_of(text: str):
    return check_document(read_text(text)).role


ROLE_CASES = [
    # --- the advert says in so many words that its post is not a peer role ---
    ("Recovery Coach (NDIS)\n\nYou will coach participants towards the goals in their plan. It is not a peer "
     "worker position; our peer program recruits separately.\n\nLived experience of mental ill health is "
     "essential.\n", "other", "not a peer worker position"),
    ("Wellbeing Navigator\n\nThis isn't a lived experience role, although lived experience of recovery is "
     "valued.\n\nYou will help patients find community supports.\n", "other", "n't a lived experience role"),
    ("Community Connector\n\nThis is a care navigation role rather than a peer support post. You must have lived "
     "experience of homelessness.\n", "other", "rather than a peer support post"),
    ("Recovery Support Worker\n\nPlease note: this position is not part of our Peer Support Team.\n\nYou will "
     "run the day programme with the nurses.\n", "other", "not part of our Peer Support Team"),
    ("Family Support Worker\n\nThis is not a designated lived experience position. You will help families "
     "navigate the service. Lived experience of caring for someone is essential.\n", "other",
     "not a designated lived experience position"),
    # twins: a denial of something else, a denial said of other people, a condition
    ("Recovery Coach\n\nThis is not a clinical role. You will offer peer support drawing on your own lived "
     "experience of recovery, which is essential.\n", "peer", ""),
    ("Recovery Coach\n\nYou will offer peer support, sharing your own recovery story. Our volunteers are not in a "
     "peer worker position and are not paid.\n", "peer", ""),
    ("Recovery Coach\n\nIf this is not a peer role for you, see our other vacancies. You will offer peer "
     "support and share your own recovery story.\n", "peer", ""),
    # a peer title decides: the denial cannot undo it
    ("Peer Support Worker\n\nIt is not a peer role in name only: you will offer peer support every day.\n",
     "peer", ""),
    # --- the organisation's own peer programme, named beside another post, is not the post's ---
    ("Recovery Navigator\n\nYou will help patients book appointments and renew their insurance.\n\nRiverbend "
     "Health also offers a peer recovery support program with its own staff.\n", "other", ""),
    ("Recovery Worker\n\nYou will run the day programme.\n\nWe also provide peer mentoring through a separate "
     "team.\n", "other", ""),
    # twins: the post's own peer work, named after "also"
    ("Recovery Navigator\n\nYou will help patients book appointments. The Navigator also provides peer support, "
     "drawing on a personal recovery story.\n", "peer", ""),
    ("Recovery Worker\n\nYou will run the day programme and you will also provide peer support.\n", "peer", ""),
]


@pytest.mark.parametrize(("text", "kind", "evidence"), ROLE_CASES, ids=[t[:60] for t, _, _ in ROLE_CASES])
def test_role_class(text: str, kind: str, evidence: str) -> None:
    role = role_of(text)
    assert role.kind == kind, f"{role.kind}: {role.why} {role.clues}"
    if evidence:
        assert evidence in role.why, role.why
        assert any(evidence in clue for clue in role.clues), role.clues


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # a short name before a separator that ends in a weak job noun ("Lead", "Peer") is the title
        ("Kaiārahi Peer – Addiction Services", "peer"),
        ("Whānau Peer - Eastern Region", "peer"),
        ("Lived Experience Lead – Alcohol and Other Drugs", "peer-senior"),
        ("Consumer Peer Lead | Adult Community Mental Health", "peer-senior"),
    ],
)
def test_a_short_name_before_a_separator_is_the_title(title: str, kind: str) -> None:
    text = (f"{title}\n\nProgram: Community Services\n\nYou will walk alongside people in recovery.\n\n"
            "We are looking for someone with lived experience of recovery.\n")
    role = role_of(text)
    assert role.kind == kind, f"{role.kind}: {role.why} {role.clues}"
    assert any(f"title “{title}”" in clue for clue in role.clues), role.clues


def test_a_labelled_title_with_a_weak_noun_and_a_long_qualifier_beats_a_field_label() -> None:
    advert = (Advert().heading("Position Description").heading("Job title:")
              .para("Lived Experience Lead – Mental Health and Wellbeing Services")
              .para("Program: Community Services Classification: Level 4")
              .para("You will supervise four peer workers."))  # fmt: skip
    advert.table([["Criterion", "Level"], ["Lived experience of mental distress and recovery", "Essential"]])
    role = check_document(read_bytes(advert.bytes(), "advert.docx")).role
    assert role.kind == "peer-senior", role.why
    assert any("Lived Experience Lead – Mental Health and Wellbeing Services" in c for c in role.clues), role.clues


def test_a_post_that_requires_lived_experience_and_supervises_peers_is_senior_without_a_title() -> None:
    role = role_of("Program\n\nThe post supervises a team of five peer workers and leads the lived experience "
                   "workforce.\n\nLived experience of recovery from addiction is essential.\n")
    assert role.kind == "peer-senior", f"{role.why} {role.clues}"


@pytest.mark.parametrize(
    ("level", "expected"),
    [("Highly regarded", "not-met"), ("Well regarded", "not-met"), ("Highly valued", "not-met"),
     ("Essential", "met")],
)  # fmt: skip
def test_a_rows_level_cell_in_australian_words(level: str, expected: str) -> None:
    advert = Advert().title("Peer Support Worker").heading("Selection criteria")
    advert.table([["Criteria", "Requirement"], ["Certificate IV in Mental Health Peer Work", "Essential"],
                  ["Lived experience of mental ill-health and recovery", level]])  # fmt: skip
    verdict = check_document(read_bytes(advert.bytes(), "advert.docx"), role="peer").verdict(LE)
    assert verdict.verdict == expected, verdict.why


def test_the_passive_duty_of_others_is_the_evidence_of_met() -> None:
    verdict = verdict_of("Peer Bridge Worker\n\nYou will walk alongside people leaving hospital.\n\nCare coordination "
                         "is provided by the clinic's case managers; the Bridge Worker does not hold a caseload.", ADJ)
    assert verdict.verdict == "met", verdict.why
    assert "does not hold a caseload" in verdict.evidence[0].text, verdict.evidence


def test_the_denial_of_a_peer_role_is_the_role_evidence() -> None:
    text = ("Psychosocial Recovery Coach\n\nYou will coach participants. It is not a peer worker position.\n\n"
            "Lived experience of mental ill health is highly regarded.\n")
    role = role_of(text)
    assert role.kind == "other" and role.confidence == "high", role.why
    assert any(span.text == "It is not a peer worker position." for span in role.evidence), role.evidence


@pytest.mark.parametrize(
    ("faq", "evidence"),
    [
        ("Do I need a degree?\n\nNo. Your own experience of recovery is what we are looking for.",
         "Your own experience of recovery is what we are looking for."),
        ("Will I have to hold a nursing registration?\n\nNo, the role is not a clinical one and we train you.",
         "No, the role is not a clinical one and we train you."),
    ],
)
def test_an_faq_that_says_no_qualification_is_needed_is_the_evidence(faq: str, evidence: str) -> None:
    verdict = verdict_of(f"Family Peer Worker\n\nYou will walk beside parents.\n\nFrequently asked questions\n\n{faq}", ADJ)
    assert verdict.verdict == "met", verdict.why
    assert any(e.text == evidence for e in verdict.evidence), verdict.evidence


def test_an_faq_that_says_a_qualification_is_needed_is_not_evidence_of_met() -> None:
    verdict = verdict_of("Family Peer Worker\n\nYou will walk beside parents.\n\nDo I need a degree?\n\n"
                         "Yes. A Bachelor of Social Work is required.", ADJ)
    assert verdict.verdict == "not-met", verdict.why


@pytest.mark.parametrize("line", ["Program: Community Living Supports Reports to: Team Leader",
                                  "Programme: Adult Recovery Services"])
def test_a_programme_field_is_not_the_title(line: str) -> None:
    role = role_of(f"{line}\n\nYou will help people find housing and work.\n")
    assert not any(clue.startswith("title “Program") for clue in role.clues), role.clues

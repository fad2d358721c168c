"""Whole documents in every format against reference labels (tests/golden_cases.py)."""

from __future__ import annotations

import pytest
from golden_cases import CASES, Case

from jdlint.api import check_bytes


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[Case, object]]:
    return {case.name: (case, check_bytes(case.build(), case.name)) for case in CASES}


def test_golden_agreement_is_at_least_95_percent(results) -> None:
    agree = total = 0
    mismatches = []
    for name, (case, report) in results.items():
        assert report.error is None, f"{name}: {report.error}"
        expected = [("role", case.role, report.role.kind),
                    ("lived-experience-essential", case.le, report.verdict("lived-experience-essential").verdict),
                    ("peer-principles", case.principles, report.verdict("peer-principles").verdict),
                    ("peer-panel", case.panel, report.verdict("peer-panel").verdict),
                    ("adjacent-professions", case.adjacent, report.verdict("adjacent-professions").verdict)]  # fmt: skip
        for item, want, got in expected:
            total += 1
            agree += want == got
            if want != got:
                mismatches.append(f"{name} {item}: got {got}, want {want}")
    assert agree / total >= 0.95, "\n".join(mismatches)


def test_tracked_changes_are_read_as_accepted_and_reported(results) -> None:
    _, report = results["docx-tracked-changes.docx"]
    assert any("tracked changes" in note for note in report.notes)
    evidence = report.verdict("lived-experience-essential").evidence[0]
    assert "essential" in evidence.text and "desirable" not in evidence.text
    assert evidence.location.paragraph is not None


def test_panel_statement_in_a_text_box_counts(results) -> None:
    _, report = results["docx-text-box.docx"]
    verdict = report.verdict("peer-panel")
    assert verdict.verdict == "met"
    assert verdict.evidence[0].block_kind == "text-box"


def test_person_spec_table_cells_are_the_evidence(results) -> None:
    _, report = results["docx-spec-table-poor.docx"]
    le = report.verdict("lived-experience-essential")
    assert le.verdict == "not-met"
    assert le.evidence[0].block_kind == "table-cell"
    assert le.evidence[0].location.table == 1
    assert "Desirable" in le.fix.where or "Essential" in le.fix.where


def test_pdf_table_row_marks_lived_experience_required(results) -> None:
    _, report = results["pdf-us-minimum-qualifications.pdf"]
    le = report.verdict("lived-experience-essential")
    assert le.verdict == "met"
    assert le.evidence[0].location.page == 1

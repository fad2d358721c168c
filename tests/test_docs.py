"""Docs are generated from the rule data; a test fails when they drift."""

from __future__ import annotations

from pathlib import Path

from jdlint.registry import default_registry
from jdlint.ruledocs import explain, reference

ROOT = Path(__file__).resolve().parent.parent


def test_rules_reference_is_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == reference(default_registry()), "docs/rules.md is stale: run `jdlint explain --all > docs/rules.md`"


def test_explain_has_every_part() -> None:
    page = explain(default_registry().get("lived-experience-essential"))
    for heading in ("### What it does", "### Why", "### Example", "Use instead:", "### Sources"):
        assert heading in page
    assert "shared/seeds/000_" in page


def test_every_rule_is_in_the_readme_table_of_categories() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for category in {r.category for r in default_registry()}:
        assert category in readme, f"README does not mention the {category} rules"

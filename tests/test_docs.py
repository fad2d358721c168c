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


def test_the_readmes_config_example_works_on_the_readmes_layout(tmp_path) -> None:
    """The README's ``[tool.jdlint]`` example, in the pyproject.toml of a project whose adverts
    sit in ``adverts/`` (as every README command has them), does what its lines say: globs
    are relative to the config's folder, so a per-file glob that left out ``adverts/``
    matched nothing, silently."""
    import re

    from jdlint import batch

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = next(b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[tool.jdlint]" in b)
    (tmp_path / "pyproject.toml").write_text(example, encoding="utf-8")
    for name in ("bank/bank-peer.md", "senior/lead.md", "archive/old.md", "psw.md"):
        (tmp_path / "adverts" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "adverts" / name).write_text("# Peer Support Worker\n\nYou will offer hope.\n", encoding="utf-8")
    paths = [str(tmp_path / "adverts")]
    config = batch.load_config_for(paths, None, False)
    tasks = {Path(t.path).relative_to(tmp_path).as_posix(): t for t in batch.plan(paths, config=config).tasks}
    assert sorted(tasks) == ["adverts/bank/bank-peer.md", "adverts/psw.md", "adverts/senior/lead.md"]
    assert "EM002" in tasks["adverts/bank/bank-peer.md"].ignores and "EM002" not in tasks["adverts/psw.md"].ignores
    assert tasks["adverts/senior/lead.md"].role == "peer-senior" and tasks["adverts/psw.md"].role is None

"""Every rule's examples are its tests: the bad text triggers it, the good text does not.

This module needs no change when a rule is added: it reads the examples from the rule data.
"""

from __future__ import annotations

import pytest

from jdlint.readers import read_text
from jdlint.registry import Example, Rule, default_registry

CASES = [
    (rule, i, example) for rule in default_registry() for i, example in enumerate(rule.examples)
]


def _findings(engine, rule: Rule, text: str, role: str):
    report = engine.check(read_text(text), role=role)
    return report, [f for f in report.findings if f.rule == rule.id and not f.suppressed]


@pytest.mark.parametrize(
    ("rule", "index", "example"), CASES, ids=[f"{r.id}-{i}" for r, i, _ in CASES]
)
def test_bad_example_triggers_the_rule(engine, rule: Rule, index: int, example: Example) -> None:
    report, found = _findings(engine, rule, example.bad, example.role)
    assert found, f"{rule.id} did not fire on its bad example {index}"
    if example.verdict:
        assert report.verdict(rule.criterion).verdict == example.verdict
    if example.fix:
        fixes = " ".join(f"{f.fix.text} {f.fix.where}" for f in found if f.fix)
        assert example.fix in fixes, (
            f"{rule.id}: expected fix containing {example.fix!r}, got {fixes!r}"
        )


@pytest.mark.parametrize(
    ("rule", "index", "example"), CASES, ids=[f"{r.id}-{i}" for r, i, _ in CASES]
)
def test_good_example_passes(engine, rule: Rule, index: int, example: Example) -> None:
    report, found = _findings(engine, rule, example.good, example.role)
    assert not found, f"{rule.id} fired on its good example {index}: {[f.message for f in found]}"
    if example.good_verdict:
        assert report.verdict(rule.criterion).verdict == example.good_verdict


def test_every_rule_has_a_bad_and_a_good_example() -> None:
    for rule in default_registry():
        assert any(e.bad for e in rule.examples) and any(e.good for e in rule.examples), rule.id

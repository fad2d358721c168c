"""A 0-100 score per advert: 100 less what the verdicts and findings cost.

- Criteria (peer roles only): each criteria rule's TOML says what its verdict costs
  (``[options] cost-not-met`` and ``cost-partly-met``; shipped: lived-experience-essential
  25 and 12, each of the other three 15 and 8).
- Other findings (not suppressed, not the criteria's own): error 5, warning 3, info 1,
  together at most 30.
"""

from __future__ import annotations

from jdlint.model import Report
from jdlint.registry import Registry, default_registry

FINDING_COST = {"error": 5, "warning": 3, "info": 1}
FINDINGS_CAP = 30


def criterion_costs(registry: Registry) -> dict[str, dict[str, int]]:
    """``{criterion: {"not-met": points, "partly-met": points}}`` from the criteria rules."""
    return {
        rule.criterion: {"not-met": rule.option("cost-not-met"), "partly-met": rule.option("cost-partly-met")}
        for rule in registry
        if rule.criterion
    }


def score(report: Report, registry: Registry | None = None) -> int:
    registry = registry if registry is not None else default_registry()
    costs = criterion_costs(registry)
    criteria_rules = {rule.id for rule in registry if rule.criterion}
    criteria = sum(costs.get(v.criterion, {}).get(v.verdict, 0) for v in report.criteria)
    others = sum(
        FINDING_COST[f.severity] for f in report.findings if not f.suppressed and f.rule not in criteria_rules
    )
    return max(0, 100 - criteria - min(FINDINGS_CAP, others))

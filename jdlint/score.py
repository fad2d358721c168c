"""A 0-100 score per advert: 100 less what the verdicts and findings cost.

- Criteria (peer roles only): lived-experience-essential costs 25 when not met and 12
  when partly met; each of the other three costs 15 and 8.
- Other findings (not suppressed, not the criteria's own): error 5, warning 3, info 1,
  together at most 30.
"""

from __future__ import annotations

from jdlint.model import Report

CRITERION_COST = {
    "lived-experience-essential": {"not-met": 25, "partly-met": 12},
    "peer-principles": {"not-met": 15, "partly-met": 8},
    "peer-panel": {"not-met": 15, "partly-met": 8},
    "adjacent-professions": {"not-met": 15, "partly-met": 8},
}
FINDING_COST = {"error": 5, "warning": 3, "info": 1}
FINDINGS_CAP = 30
CRITERIA_PREFIX = "CS"  # the criteria rules CS001-CS004 are costed by their verdicts


def score(report: Report) -> int:
    criteria = sum(CRITERION_COST.get(v.criterion, {}).get(v.verdict, 0) for v in report.criteria)
    others = sum(
        FINDING_COST[f.severity]
        for f in report.findings
        if not f.suppressed and not f.rule.startswith(CRITERIA_PREFIX)
    )
    return max(0, 100 - criteria - min(FINDINGS_CAP, others))

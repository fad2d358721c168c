"""Item agreement with a labels file (the schema of shared/corpus/labels.json): role plus
the four verdicts per advert, as ``python bench/agreement.py`` measures it."""

from __future__ import annotations

import json
from pathlib import Path

from jdlint.api import check_path


def agreement(labels_path: Path) -> tuple[float, list[str]]:
    """The share of items that agree with the labels, and a line per mismatch."""
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["cases"]
    agree = total = 0
    mismatches = []
    for key, label in labels.items():
        report = check_path(labels_path.parent / key)
        assert report.error is None, (key, report.error)
        items = [("role", report.role.kind, [label["role"]["kind"]])]
        for criterion, expected in label["criteria"].items():
            items.append((criterion, report.verdict(criterion).verdict, expected.get("accept") or [expected["verdict"]]))
        for name, got, accepted in items:
            total += 1
            if got in accepted:
                agree += 1
            else:
                mismatches.append(f"{key} {name}: got {got}, label {accepted}")
    return agree / total, mismatches

"""The four verdicts on ../shared/corpus/more (19 harder real adverts) against their labels,
with the role taken from the label (``--role``): this pins the verdicts apart from role
detection, which tests/test_corpus.py and tests/test_role.py measure on their own.
``python bench/agreement.py --labels ../shared/corpus/more/labels.json`` prints the same
with jdlint's own role."""

from __future__ import annotations

import json

from jdlint.api import check_path


def test_more_corpus_verdicts_agree_with_the_labels(shared) -> None:
    labels = json.loads((shared / "corpus" / "more" / "labels.json").read_text(encoding="utf-8"))["cases"]
    agree = total = 0
    mismatches = []
    for key, label in labels.items():
        kind = label["role"]["kind"]
        report = check_path(shared / "corpus" / "more" / key, role=kind if kind != "other" else None)
        assert report.error is None, report.error
        if kind == "other" and report.role.kind != "other":
            continue  # a role question (tests/test_role.py), not a verdict
        for criterion, expected in label["criteria"].items():
            total += 1
            got = report.verdict(criterion).verdict
            if got in (expected.get("accept") or [expected["verdict"]]):
                agree += 1
            else:
                mismatches.append(f"{key} {criterion}: got {got}, label {expected['verdict']}")
    assert total >= 60
    assert agree / total >= 0.98, "\n".join(mismatches)

"""One vocabulary in every human-facing output: the page's severity words and the criterion
labels (from the criteria rules), never keys; machine outputs keep the keys."""

from __future__ import annotations

import json

from jdlint.api import check_text
from jdlint.registry import default_registry
from jdlint.reports import html as html_report
from jdlint.reports import json as json_report
from jdlint.reports import text as text_report
from jdlint.wording import counts_text, criterion_labels, message_text, positive_text

POOR = """Peer Support Worker

Job summary
You will support addicts on the ward and join the MDT. Complete risk assessments and cover shifts.

About you
Lived experience would be an advantage.
"""
KEYS = ("lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions")


def test_labels_come_from_the_criteria_rules():
    rules = {r.criterion: r.label for r in default_registry() if r.criterion}
    assert criterion_labels() == {k: rules[k] for k in KEYS}
    assert all(criterion_labels().values())


def test_keys_become_labels_in_messages_and_positives():
    label = criterion_labels()["peer-panel"]
    assert message_text("peer-panel: not-met. No panel.") == f"{label}: not met. No panel."
    assert message_text("peer-panel: partly-met. Some.") == f"{label}: partly met. Some."
    assert positive_text("peer-panel: Peers select.") == f"{label}: Peers select."
    assert message_text("“addicts” labels people.") == "“addicts” labels people."


def test_counts_text_uses_the_pages_words():
    assert counts_text({"error": 1, "warning": 5, "info": 2}) == "1 must fix · 5 should fix · 2 to consider"


def test_text_output_summary_and_verdicts_use_labels_and_severity_words():
    report = check_text(POOR, role="peer")
    out = text_report.render([report])
    last = out.rstrip().splitlines()[-1]
    assert "must fix" in last and "should fix" in last and "to consider" in last
    assert "errors" not in last and "warnings" not in last
    for key in KEYS:
        assert f"{key}:" not in out and f" {key} " not in out
    assert "not-met" not in out


def test_html_report_uses_the_pages_vocabulary_and_labels():
    report = check_text(POOR, role="peer")
    page = html_report.render([report])
    assert "Must fix" in page and "Should fix" in page
    assert ">Errors<" not in page and ">Warnings<" not in page
    for label in criterion_labels().values():
        assert label in page
    for key in KEYS:
        assert f"{key}:" not in page


def test_machine_outputs_keep_the_keys():
    report = check_text(POOR, role="peer")
    data = json.loads(json_report.render([report]))
    text = json.dumps(data)
    assert "not-met" in text and "peer-panel" in text and '"error"' in text


def _with_rationale(text: str):
    from dataclasses import replace

    return replace(next(iter(default_registry())), rationale=text)


def test_rationale_summary_keeps_a_title_with_its_name():
    from jdlint.wording import rationale_summary

    text = "As Dr. Smith writes, peers lead. Mr. Jones agrees. " + "More words here. " * 40
    summary = rationale_summary(_with_rationale(text), limit=60)
    assert summary == "As Dr. Smith writes, peers lead. Mr. Jones agrees."
    # a sentence that ends on a word that is no title still ends there
    assert rationale_summary(_with_rationale("Peers lead. Others follow. " * 30), limit=20) == "Peers lead."

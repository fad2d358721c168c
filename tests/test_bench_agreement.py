"""bench/agreement.py --evidence lists each agreeing verdict whose quote differs from the label's;
without it the output is unchanged (scripts grep its lines)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "bench" / "agreement.py"

ADVERT = """Peer Mentor

Walk alongside tenants who are new to the housing scheme.

Essential: lived experience of homelessness.

The shortlisting panel will include one of our current peer mentors.
"""


def _verdict(verdict: str, *evidence: str) -> dict:
    return {"verdict": verdict, "evidence": list(evidence), "why": ""}


def _run(tmp_path: Path, *extra: str) -> str:
    (tmp_path / "advert.txt").write_text(ADVERT, encoding="utf-8")
    labels = {"cases": {"advert.txt": {"role": {"kind": "peer"}, "criteria": {
        # the same sentence as jdlint's: not listed
        "lived-experience-essential": _verdict("met", "Essential: lived experience of homelessness."),
        "peer-principles": _verdict("not-met"),
        # another sentence than jdlint's: listed with both quotes
        "peer-panel": _verdict("met", "Walk alongside tenants who are new to the housing scheme."),
        "adjacent-professions": _verdict("met"),
    }}}}  # fmt: skip
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    run = subprocess.run([sys.executable, str(AGREEMENT), "--labels", str(tmp_path / "labels.json"), *extra],
                         capture_output=True, text=True, cwd=ROOT, check=False)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def test_evidence_lists_the_agreeing_verdict_that_quotes_another_sentence(tmp_path: Path) -> None:
    out = _run(tmp_path, "--evidence")
    assert "same evidence as the label" in out and "    1   2  50.0%" in out
    listed = out.split("agreeing verdicts quoting other evidence than the label: 1\n")[1]
    assert listed.startswith("advert.txt peer-panel: met\n")
    assert "    jdlint: “The shortlisting panel will include one of our current peer mentors.”" in listed
    assert "    label:  “Walk alongside tenants who are new to the housing scheme.”" in listed
    assert "lived-experience-essential" not in listed


def test_without_evidence_the_output_has_no_list(tmp_path: Path) -> None:
    out = _run(tmp_path)
    assert "all items" in out and "same evidence as the label" in out
    assert "quoting other evidence" not in out and "label:  “" not in out


def _agreement_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_agreement", AGREEMENT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _same(ours: str, theirs: str) -> bool:
    """The bench's answer: is the label's quote ``theirs`` the sentence jdlint quoted, ``ours``?"""
    bench = _agreement_module()
    return bench.same_evidence_quoted([bench._fold(ours)], [bench._fold(theirs)])


def test_the_same_sentence_is_the_same_evidence_whatever_its_markup_or_line_breaks() -> None:
    # a Markdown source's emphasis and a checkbox are markup, not words
    assert _same("Required: lived experience of leaving care as a young adult in Manitoba.",
                "**Required:** lived experience of leaving care as a young adult")
    assert _same("☑ Personal experience of gambling harm - this is essential",
                "Personal experience of gambling harm - this is **essential**")
    # a label quote that starts mid-sentence where a text file's line broke
    assert _same("You will bring calm to a ward that can feel loud and frightening at night.",
                "the first week. You will bring calm to a ward that can feel loud and")
    # another sentence is other evidence
    assert not _same("The interview panel is the ward manager and a charge nurse.",
                    "Shortlisting is done by the ward manager alone, on paper.")


def test_a_label_quoting_one_hard_broken_line_is_the_sentence_it_starts_or_ends() -> None:
    """A label quotes one line of a hard-wrapped text or PDF file: the end of the sentence
    before and the start of jdlint's sentence, or the end of it and the start of the next; the
    shared part is shorter than 40 characters, but it is the same sentence."""
    # the line starts the sentence jdlint quotes whole (after the end of the one before)
    assert _same("Our coaches help people believe that a job is within reach.",
                "hours that suit them.  Our coaches help people believe that a")
    assert _same("Interviews will be held at the hostel, and you will meet some residents.",
                "Email your CV to the manager.\nInterviews will be held")
    # the line ends jdlint's sentence, then starts the next one
    assert _same("The panel is two staff and a tenant, who have both slept rough.",
                "who have both slept rough. They read every application")
    # folded on both sides: the line break and double spaces inside either quote
    assert _same("Shortlisting is done by our Peer\nLead and a tenant rep.", "Shortlisting is done by our Peer Lead")
    # twins: the cut part begins another sentence, or is too short to say which sentence it is
    assert not _same("Our coaches help people find work of their choosing.",
                    "hours that suit them.  Our coaches help people believe that a")
    assert not _same("The manager reads every application.", "Send your CV by Friday. The")

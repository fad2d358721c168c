"""Baselines: adopt jdlint on a folder of old adverts and fail only on new findings.

``jdlint check --write-baseline jdlint-baseline.json FOLDER`` records every finding that is
not already suppressed; ``jdlint check --baseline jdlint-baseline.json FOLDER`` then marks
the findings it records as suppressed (they stay in JSON and SARIF output, marked, and a
note says how many), so only new findings fail the run.

A finding is recorded by file path (relative to the baseline file's folder, with ``/``),
rule id and a fingerprint: a hash of the rule id, the normalised sentence holding the
evidence (NFKC, straight quotes, case-folded, white space collapsed) and the evidence
itself, so moving a paragraph keeps the finding baselined while rewording the sentence
makes it new. Findings about something missing have no sentence: they are recorded per
rule. The same finding twice in a file is recorded twice (a count), so a third copy is new.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from jdlint import __version__
from jdlint.errors import UsageError
from jdlint.model import Document, Finding, Report

BASELINE_VERSION = 1
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n+")


def normalise(text: str) -> str:
    """Text as it takes part in a fingerprint."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def sentence_of(block_text: str, start: int, end: int) -> str:
    """The sentence(s) of ``block_text`` that the range ``[start, end)`` touches."""
    begin, finish = 0, len(block_text)
    for m in _SENTENCE_END.finditer(block_text):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= max(end, start + 1):
            finish = m.start()
            break
    return block_text[begin:finish]


def fingerprint(finding: Finding, document: Document | None) -> str:
    """The finding's fingerprint (see the module docstring)."""
    if finding.span is None:
        material = "missing"
    else:
        span = finding.span
        sentence = span.text
        if document is not None and 0 <= span.block < len(document.blocks):
            sentence = sentence_of(document.blocks[span.block].text, span.start, span.end)
        material = f"{normalise(sentence)}\x00{normalise(span.text)}"
    return hashlib.sha256(f"{finding.rule}\x00{material}".encode()).hexdigest()[:20]


def fingerprints(report: Report, document: Document | None) -> tuple[str, ...]:
    """One fingerprint per finding of ``report``, in order."""
    return tuple(fingerprint(f, document) for f in report.findings)


@dataclass
class Baseline:
    """Recorded findings: ``{path: Counter((rule, fingerprint))}``, paths relative to ``root``."""

    root: Path
    entries: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    def key(self, path: str) -> str:
        absolute = Path(os.path.abspath(path))
        try:
            return absolute.relative_to(self.root).as_posix()
        except ValueError:
            return absolute.as_posix()

    def apply(self, report: Report, prints: Sequence[str]) -> Report:
        """``report`` with the findings the baseline records marked suppressed, and a note."""
        if report.error or not report.findings:
            return report
        left = Counter(self.entries.get(self.key(report.path), Counter()))
        if not left:
            return report
        findings: list[Finding] = []
        matched = 0
        for f, fp in zip(report.findings, prints, strict=True):
            if not f.suppressed and left[(f.rule, fp)] > 0:
                left[(f.rule, fp)] -= 1
                f = replace(f, suppressed=True)
                matched += 1
            findings.append(f)
        if not matched:
            return report
        note = f"{matched} finding{'s' * (matched != 1)} in the baseline (suppressed)"
        return replace(report, findings=tuple(findings), notes=(*report.notes, note))


def build(pairs: Iterable[tuple[Report, Sequence[str]]], root: Path) -> dict:
    """The baseline file's content for these reports and fingerprints."""
    base = Baseline(Path(os.path.abspath(root)))
    files: dict[str, list[dict[str, str]]] = {}
    for report, prints in pairs:
        if report.error or report.path.startswith("<"):
            continue
        rows = [
            {"rule": f.rule, "fingerprint": fp, "evidence": (f.span.text[:80] if f.span else "")}
            for f, fp in zip(report.findings, prints, strict=True)
            if not f.suppressed
        ]
        if rows:
            files.setdefault(base.key(report.path), []).extend(rows)
    return {
        "version": BASELINE_VERSION,
        "tool": f"jdlint {__version__}",
        "files": {k: files[k] for k in sorted(files)},
    }


def write(path: str | os.PathLike[str], pairs: Iterable[tuple[Report, Sequence[str]]]) -> dict:
    """Write a baseline file for these reports (findings already suppressed left out)."""
    target = Path(path)
    content = build(pairs, target.absolute().parent)
    try:
        target.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the baseline {path}: {exc.strerror or exc}") from None
    return content


def load(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file; a missing or malformed one is a usage error."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"baseline {path}: no such file (create it with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"baseline {path}: not a jdlint baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("files"), dict):
        raise UsageError(f"baseline {path}: not a version {BASELINE_VERSION} jdlint baseline")
    entries: dict[str, Counter[tuple[str, str]]] = {}
    for name, rows in data["files"].items():
        if not isinstance(rows, list):
            raise UsageError(f"baseline {path}: {name}: expected a list of findings")
        counter: Counter[tuple[str, str]] = Counter()
        for row in rows:
            if not isinstance(row, dict) or not isinstance(row.get("rule"), str) or not isinstance(row.get("fingerprint"), str):
                raise UsageError(f"baseline {path}: {name}: each finding needs rule and fingerprint")
            counter[(row["rule"], row["fingerprint"])] += 1
        entries[name] = counter
    return Baseline(Path(os.path.abspath(p.parent)), entries)


__all__ = ["Baseline", "build", "fingerprint", "fingerprints", "load", "normalise", "sentence_of", "write"]

"""A self-contained HTML report a recruiter can open offline and pass on.

One file, no external assets: the CSS and JS ship as package data (``report.css``,
``report.js``) and are inlined; a Content-Security-Policy with their hashes stops anything
else from loading or running. The page is a Jinja2 template (``report.html``) rendered with
autoescaping on, since advert text is untrusted; the only unescaped strings are the
package's own CSS and JS and highlights built here from escaped pieces.

The summary table sorts by any column (a button in each header, so it works from the
keyboard) and is a plain table without JS. Each file has a drill-down section (a
``<details>`` element) with its role, the four verdicts with their evidence and fixes, the
findings, the positives and the notes.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

from jdlint import __version__, wording
from jdlint.model import CRITERIA, Finding, Fix, Location, Report, Span, Verdict
from jdlint.registry import Registry, default_registry
from jdlint.supported import ROLE_LABELS
from jdlint.visible import visible

VERDICT_LABELS = {
    "met": "Met",
    "partly-met": "Partly met",
    "not-met": "Not met",
    "not-applicable": "N/A",
}
VERDICT_MARKS = {"met": "✓", "partly-met": "◐", "not-met": "✗", "not-applicable": "–"}
VERDICT_RANK = {"not-met": 0, "partly-met": 1, "met": 2, "not-applicable": 3}  # worst first
ROLE_SHORT = {"peer": "Peer", "peer-senior": "Senior peer", "other": "Not peer"}
SEVERITY_LABELS = wording.SEVERITY_TEXT  # the page's words: Must fix / Should fix / Consider
_QUOTED = re.compile(r"“([^”]{2,200})”")
_IN_SENTENCE = re.compile(r"^in the sentence “(.+)”$", re.S)


# --- view model ------------------------------------------------------------------------


@dataclass
class FixView:
    action: str
    text: str
    where: str
    original: str
    copyable: bool  # the suggested words can be pasted into the advert as they are


@dataclass
class Quote:
    html: Markup  # escaped text with <mark> around the highlighted parts
    where: str
    section: str


@dataclass
class VerdictView:
    criterion: str
    label: str
    summary: str
    verdict: str
    verdict_label: str
    mark: str
    why: str
    evidence: list[Quote]
    fix: FixView | None


@dataclass
class FindingView:
    rule: str
    name: str
    summary: str
    severity: str
    severity_label: str
    message: str
    location: str
    section: str
    evidence: Quote | None
    fix: FixView | None
    suppressed: bool


@dataclass
class FileView:
    id: str
    path: str
    label: str  # the path without the folder all the files share
    format: str
    role: str
    role_label: str
    role_short: str
    role_why: str
    role_overridden: bool
    role_evidence: list[Quote]
    role_unsure: bool
    score: int | None
    counts: dict[str, int]
    error: str
    verdicts: list[VerdictView]
    findings: list[FindingView]
    suppressed: list[FindingView]
    positives: list[str]
    notes: list[str]
    cells: list[VerdictView | None] = field(default_factory=list)  # the table's verdict cells


def highlight(text: str, needles: Iterable[str]) -> Markup:
    """``text`` escaped, with every case-insensitive occurrence of a needle in ``<mark>``."""
    spans: list[tuple[int, int]] = []
    lowered = text.casefold()
    if len(lowered) != len(text):  # casefold changed lengths (ß...): search the text as is
        lowered = text
    for needle in sorted({n.strip() for n in needles if n and n.strip()}, key=len, reverse=True):
        key = needle.casefold() if lowered is not text else needle
        start = lowered.find(key)
        while start != -1:
            end = start + len(key)
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
            start = lowered.find(key, end)
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        out.append(str(escape(text[pos:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def describe_location(loc: Location) -> str:
    """``line 12, column 5`` / ``page 3`` / ``paragraph 7`` / ``table 1, row 2, column 3``."""
    parts = []
    if loc.line is not None:
        parts.append(f"line {loc.line}" + (f", column {loc.column}" if loc.column else ""))
    parts.extend(loc.layout(table="table {}, row {}, column {}"))
    return ", ".join(parts)


def quote(span: Span, needles: Iterable[str] = ()) -> Quote:
    return Quote(highlight(span.text, needles), describe_location(span.location), span.section)


def fix_view(fix: Fix | None) -> FixView | None:
    if fix is None:
        return None
    return FixView(
        fix.action, fix.text, fix.where, fix.original, copyable=fix.action in ("add", "replace")
    )


def verdict_view(v: Verdict, summary: str) -> VerdictView:
    needles = _QUOTED.findall(v.why)
    return VerdictView(
        criterion=v.criterion,
        label=wording.criterion_label(v.criterion),
        summary=summary,
        verdict=v.verdict,
        verdict_label=VERDICT_LABELS.get(v.verdict, v.verdict),
        mark=VERDICT_MARKS.get(v.verdict, "?"),
        why=v.why,
        evidence=[quote(s, needles) for s in v.evidence],
        fix=fix_view(v.fix),
    )


def finding_view(f: Finding, registry: Registry) -> FindingView:
    rule = registry.get(f.rule)
    fix = fix_view(f.fix)
    evidence = None
    location = section = ""
    if f.span is not None:
        location = describe_location(f.span.location)
        section = f.span.section
        sentence = _IN_SENTENCE.match(fix.where) if fix is not None else None
        if sentence and f.span.text and f.span.text.casefold() in sentence.group(1).casefold():
            # the fix names the sentence around a short match: show it, the match marked
            evidence = Quote(highlight(sentence.group(1), [f.span.text]), location, section)
            fix.where = "in this sentence"  # type: ignore[union-attr]
        else:
            # mark the words the fix replaces when they are part of the evidence
            needles = (
                [f.fix.original]
                if f.fix and f.fix.original and f.fix.original != f.span.text
                else []
            )
            evidence = quote(f.span, needles + _QUOTED.findall(f.message))
    return FindingView(
        rule=f.rule,
        name=f.name,
        summary=rule.summary if rule else "",
        severity=f.severity,
        severity_label=SEVERITY_LABELS.get(f.severity, f.severity),
        message=wording.message_text(f.message, registry),
        location=location,
        section=section,
        evidence=evidence,
        fix=fix,
        suppressed=f.suppressed,
    )


def common_folder(paths: Sequence[str]) -> str:
    """The folder every path lies in (``""`` when there is none, or just one file)."""
    real = [p.replace("\\", "/") for p in paths if not p.startswith("<")]
    if len(real) < 2 or len(real) != len(paths):
        return ""
    try:
        folder = posixpath.commonpath([posixpath.dirname(p) or "." for p in real])
    except ValueError:  # absolute and relative paths mixed
        return ""
    return "" if folder in ("", ".") else folder


def file_view(
    index: int, report: Report, registry: Registry, summaries: dict[str, str], folder: str = ""
) -> FileView:
    counts = {"error": 0, "warning": 0, "info": 0, "suppressed": 0}
    for f in report.findings:
        counts["suppressed" if f.suppressed else f.severity] += 1
    findings = [finding_view(f, registry) for f in report.findings]
    verdicts = [verdict_view(v, summaries.get(v.criterion, "")) for v in report.criteria]
    by_criterion = {v.criterion: v for v in verdicts}
    role = report.role
    return FileView(
        id=f"file-{index}",
        path=visible(report.path),
        label=visible(posixpath.relpath(report.path.replace("\\", "/"), folder) if folder else report.path),
        format=report.format or "",
        role=role.kind if role else "",
        role_label=ROLE_LABELS.get(role.kind, role.kind) if role else "",
        role_short=ROLE_SHORT.get(role.kind, role.kind) if role else "",
        role_why=(wording.role_set_text(role.kind) if role.overridden else role.why) if role else "",
        role_overridden=bool(role and role.overridden),
        role_evidence=[quote(s) for s in role.evidence] if role else [],
        role_unsure=bool(role and role.confidence == "low" and not role.overridden),
        score=report.score,
        counts=counts,
        error=report.error or "",
        verdicts=verdicts,
        findings=[f for f in findings if not f.suppressed],
        suppressed=[f for f in findings if f.suppressed],
        positives=[wording.positive_text(p, registry) for p in report.positives],
        notes=list(report.notes),
        cells=[by_criterion.get(c) for c in CRITERIA],
    )


def run_summary(files: Sequence[FileView]) -> dict[str, Any]:
    checked = [f for f in files if not f.error]
    verdicts = {
        c: {
            v: sum(1 for f in checked if f.cells[i] is not None and f.cells[i].verdict == v)  # type: ignore[union-attr]
            for v in VERDICT_LABELS
        }
        for i, c in enumerate(CRITERIA)
    }
    scores = [f.score for f in checked if f.score is not None]
    return {
        "files": len(files),
        "checked": len(checked),
        "failed": len(files) - len(checked),
        "verdicts": verdicts,
        "counts": {
            k: sum(f.counts[k] for f in files) for k in ("error", "warning", "info", "suppressed")
        },
        "average": round(sum(scores) / len(scores)) if scores else None,
        "all_met": sum(
            1
            for f in checked
            if f.cells
            and all(c is not None and c.verdict in ("met", "not-applicable") for c in f.cells)
            and any(c is not None and c.verdict == "met" for c in f.cells)  # not a post the criteria do not apply to
        ),
    }


# --- template ---------------------------------------------------------------------------


def _asset(name: str) -> str:
    return resources.files("jdlint.reports").joinpath(name).read_text(encoding="utf-8")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _asset(name)),
        autoescape=True,  # every {{ }} is escaped unless it is Markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["plural"] = lambda n, word, many=None: (
        f"{n} {word if n == 1 else (many or word + 's')}"
    )
    return env


def _csp_hash(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def render(
    reports: Iterable[Report],
    *,
    title: str = "jdlint report",
    registry: Registry | None = None,
    generated: str | None = None,
) -> str:
    """One self-contained HTML page for the whole run.

    ``title``: the page's title and heading. ``registry``: where rule summaries come from
    (default: the shipped rules). ``generated``: a line such as a date to show under the
    heading (left out by default, so the same run renders the same bytes).
    """
    registry = registry if registry is not None else default_registry()
    summaries = {r.criterion: r.summary for r in registry if r.criterion}
    reports = list(reports)
    folder = common_folder([r.path for r in reports])
    files = [file_view(i, r, registry, summaries, folder) for i, r in enumerate(reports, start=1)]
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    template = environment().get_template("report.html")
    return template.render(
        title=title,
        generated=generated,
        folder=folder,
        version=__version__,
        files=files,
        summary=run_summary(files),
        criteria=[(c, label, summaries.get(c, "")) for c, label in wording.criterion_labels(registry).items()],
        verdict_labels=VERDICT_LABELS,
        verdict_marks=VERDICT_MARKS,
        verdict_rank=VERDICT_RANK,
        css=Markup(css),
        js=Markup(js),
        csp=csp,
    )


__all__ = ["highlight", "render"]

"""Text output in the style of ruff: ``path:line:col: severity RULE message``, the fix
under it, and the four verdicts at a glance per file. Colour only when asked (a TTY).

Every piece of text that comes from an advert or a file name goes through :func:`safe`
(:func:`jdlint.visible.visible`): control characters, escape sequences and bidi controls
are shown as ``\x1b``-style escapes, so a file or advert cannot drive the terminal or
start a line of its own (a newline in a file name would start ``::error ...``)."""

from __future__ import annotations

from collections.abc import Iterable

from jdlint import wording
from jdlint.model import Finding, Fix, Report
from jdlint.visible import visible

_COLOURS = {"error": "31", "warning": "33", "info": "36", "met": "32", "partly-met": "33",
            "not-met": "31", "not-applicable": "2", "bold": "1", "dim": "2"}  # fmt: skip
_MARKS = {"met": "✓", "partly-met": "~", "not-met": "✗", "not-applicable": "-"}
LOW_CONFIDENCE = "role detection is unsure; set it with --role peer, --role peer-senior or --role other"


def safe(text: object) -> str:
    """``text`` fit to print on one line of a terminal (tabs kept)."""
    return visible(text, keep="\t")


class Painter:
    def __init__(self, colour: bool):
        self.colour = colour

    def __call__(self, text: str, style: str) -> str:
        if not self.colour or style not in _COLOURS:
            return text
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m"


def where(report: Report, finding: Finding) -> str:
    if finding.span is None:
        return report.path
    loc = finding.span.location
    if loc.line is not None:
        return f"{report.path}:{loc.line}:{loc.column or 1}"
    return f"{report.path}:{loc.short()}"


def describe_fix(fix: Fix) -> str:
    if fix.action == "replace" and fix.original and len(fix.original) <= 80:
        text = f"replace “{fix.original}” with “{fix.text}”"
    elif fix.action == "replace":
        text = f"use “{fix.text}”"
    elif fix.action in ("remove", "rewrite"):
        text = fix.text
    else:
        text = f"add “{fix.text}”"
    return f"{text} ({fix.where})" if fix.where else text


def render_report(report: Report, paint: Painter, show_fixes: bool = True) -> list[str]:
    lines: list[str] = []
    if report.error:
        lines.append(f"{safe(report.path)}: {paint('error', 'error')}: could not check: {safe(report.error)}")
        return lines
    role = report.role
    head = f"{paint(safe(report.path), 'bold')}: {role.kind if role else '?'}"
    if role and role.overridden:
        head += " (set by you, not detected)"  # --role or the config's role-overrides
    lines.append(f"{head} · score {report.score}/100")
    if role:
        lines.append(f"  role: {wording.role_set_text(role.kind) if role.overridden else safe(role.why)}")
        if role.confidence == "low" and not role.overridden:
            lines.append(f"  {paint('note:', 'dim')} {LOW_CONFIDENCE}")
    labels = wording.criterion_labels()
    for v in report.criteria:
        mark = paint(_MARKS[v.verdict], v.verdict)
        verdict = wording.VERDICT_TEXT.get(v.verdict, v.verdict).lower()
        lines.append(f"  {mark} {labels.get(v.criterion, v.criterion):<41} {paint(f'{verdict:<14}', v.verdict)} {safe(v.why)}")
    for note in report.notes:
        lines.append(f"  note: {safe(note)}")
    for f in report.findings:
        if f.suppressed:
            continue
        lines.append(f"{safe(where(report, f))}: {paint(f.severity, f.severity)} {paint(f.rule, 'bold')} {safe(wording.message_text(f.message))}")
        if show_fixes and f.fix:
            lines.append(f"    {paint('fix:', 'dim')} {safe(describe_fix(f.fix))}")
    return lines


def summary(reports: list[Report]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    failed = 0
    for r in reports:
        if r.error:
            failed += 1
        for f in r.findings:
            if not f.suppressed:
                counts[f.severity] += 1
    checked = len(reports) - failed
    text = f"Checked {checked} file{'s' * (checked != 1)}: {wording.counts_text(counts, ', ')}."
    if failed:
        text += f" {failed} file{'s' * (failed != 1)} could not be checked."
    return text


def render(reports: Iterable[Report], colour: bool = False) -> str:
    reports = list(reports)
    paint = Painter(colour)
    out: list[str] = []
    for report in reports:
        out.extend(render_report(report, paint))
        out.append("")
    out.append(summary(reports))
    return "\n".join(out) + "\n"

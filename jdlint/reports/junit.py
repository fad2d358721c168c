"""JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure, CircleCI...).

One ``<testsuite>`` for the run, one ``<testcase>`` per file (``classname="jdlint"``,
``name`` the path). A file with findings at or above ``fail_on`` gets a ``<failure>``
whose message counts them and whose text has one line per finding; a file that could not
be read gets an ``<error>``. Every finding, at any severity, and the four verdicts are in
the test case's ``<system-out>``. Built with :mod:`xml.etree.ElementTree`, which escapes
text and attributes; control, bidi and separator characters (from advert text or file
names) are first shown as visible escapes (``\x1b``, ``\u202e``: :func:`jdlint.visible.visible`),
and lone surrogates, which XML 1.0 cannot hold at all, are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.etree import ElementTree as ET

from jdlint import __version__
from jdlint.model import SEVERITIES, Finding, Report
from jdlint.reports.text import describe_fix, where
from jdlint.visible import visible

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PLURAL = {"error": "errors", "warning": "warnings", "info": "info"}


def clean(text: object) -> str:
    """``text`` as a string XML 1.0 can hold, safe to show in a CI page: control and bidi
    characters as visible escapes (line breaks and tabs kept), lone surrogates dropped."""
    return _NOT_XML.sub("", visible(text, keep="\t\n\r"))


def finding_line(report: Report, finding: Finding) -> str:
    """``path:12:5: warning LA006 message (fix: ...)``, the ruff-style line."""
    loc = finding.span.location if finding.span is not None else None
    head = (
        where(report, finding)
        if loc is None or loc.line is not None
        else f"{report.path}:{loc.short()}"
    )
    text = f"{head}: {finding.severity} {finding.rule} {finding.message}"
    if finding.fix is not None:
        text += f" (fix: {describe_fix(finding.fix)})"
    return " ".join(text.splitlines())  # one line per finding


def count_summary(findings: list[Finding]) -> str:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in reversed(SEVERITIES)}
    parts = [f"{n} {(_PLURAL[s] if n != 1 else s)}" for s, n in counts.items() if n]
    return ", ".join(parts) or "no findings"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: clean(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = clean(text)
    return element


def testcase(suite: ET.Element, report: Report, threshold: int, fail_on: str) -> tuple[bool, bool]:
    """Add one file's test case; return (failed, errored)."""
    case = _sub(suite, "testcase", classname="jdlint", name=report.path, time="0")
    props = ET.SubElement(case, "properties")
    _sub(props, "property", name="role", value=report.role.kind if report.role else "")
    _sub(props, "property", name="score", value="" if report.score is None else report.score)
    if report.format:
        _sub(props, "property", name="format", value=report.format)
    for verdict in report.criteria:
        _sub(props, "property", name=verdict.criterion, value=verdict.verdict)
    if report.error:
        _sub(
            case,
            "error",
            f"{report.path}: could not check: {report.error}",
            message=f"could not check: {report.error}",
            type="ReadError",
        )
        return False, True
    active = [f for f in report.findings if not f.suppressed]
    failing = [f for f in active if SEVERITIES.index(f.severity) >= threshold]
    if failing:
        _sub(
            case,
            "failure",
            "\n".join(finding_line(report, f) for f in failing) + "\n",
            message=f"{count_summary(failing)} (at or above {fail_on})",
            type="jdlint.findings",
        )
    out = [f"role: {report.role.kind} ({report.role.why})" if report.role else "role: ?"]
    out += [f"{v.criterion}: {v.verdict}. {v.why}" for v in report.criteria]
    out.append(f"score: {report.score}/100" if report.score is not None else "score: -")
    out += [finding_line(report, f) for f in active]
    suppressed = len(report.findings) - len(active)
    if suppressed:
        out.append(f"{suppressed} suppressed finding{'s' * (suppressed != 1)}")
    _sub(case, "system-out", "\n".join(out) + "\n")
    return bool(failing), False


def element(
    reports: Iterable[Report], *, fail_on: str = "warning", name: str = "jdlint"
) -> ET.Element:
    """The ``<testsuites>`` element (see :func:`render`)."""
    if fail_on not in SEVERITIES:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITIES)}")
    reports = list(reports)
    threshold = SEVERITIES.index(fail_on)
    root = ET.Element("testsuites", {"name": clean(name)})
    suite = _sub(root, "testsuite", name=name)
    props = ET.SubElement(suite, "properties")
    _sub(props, "property", name="jdlint.version", value=__version__)
    _sub(props, "property", name="fail_on", value=fail_on)
    failures = errors = 0
    for report in reports:
        failed, errored = testcase(suite, report, threshold, fail_on)
        failures += failed
        errors += errored
    for el in (root, suite):
        el.set("tests", str(len(reports)))
        el.set("failures", str(failures))
        el.set("errors", str(errors))
        el.set("skipped", "0")
        el.set("time", "0")
    return root


def render(reports: Iterable[Report], *, fail_on: str = "warning", name: str = "jdlint") -> str:
    """A JUnit XML document: ``<testsuites>`` holding one ``<testsuite>`` for the run.

    ``fail_on``: the lowest severity that fails a file's test case (``info``, ``warning``
    or ``error``; the CLI's ``--fail-on``). ``name``: the test suite's name.
    """
    root = element(reports, fail_on=fail_on, name=name)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


__all__ = ["clean", "element", "render"]

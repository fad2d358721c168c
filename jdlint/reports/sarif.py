"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

The log is built as a plain dict and checked against the vendored OASIS schema in the tests
(``schemas/sarif-schema-2.1.0.json``): ``sarif-om``, Microsoft's object model, has had no
release since 2019 and does not validate, and ``sarif-pydantic`` would add a young 0.x
dependency for what is a small JSON document.

One run holds every file. Results carry the rule's id and index, a level, the message
with its fix, a location, and a ``partialFingerprints`` entry hashed from the rule id and the
normalised evidence text, so an alert survives its sentence moving to another line. In a text,
Markdown or HTML file the location has a region (line, column and the evidence as its snippet;
line 1 for something missing). A Word or PDF file has no lines: its results have no region
(the whole file, as the ``github`` format's file-level annotations; never a made-up line 1),
and say where they are as a logical location (``page 2``, ``paragraph 7``, ``table 1 row 2
column 3``, with ``kind`` ``page``, ``paragraph`` or ``tableCell``), in the message and in
``properties``, with the evidence in ``properties.evidence``. Suppressed findings are results with
an ``inSource`` suppression; files that could not be read are tool execution
notifications.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jdlint import __version__
from jdlint.model import Finding, Location, Report
from jdlint.registry import Registry, Rule, default_registry
from jdlint.reports.json import indented
from jdlint.reports.text import describe_fix
from jdlint.ruledocs import explain

SARIF_VERSION = "2.1.0"
SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://pypi.org/project/jdlint/"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "jdlintEvidenceHash/v1"  # bump the suffix if the hash ever changes
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
LINELESS = ("docx", "pdf")  # formats whose findings have no line to give

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def level(severity: str) -> str:
    """The SARIF level for a jdlint severity (info is ``note``)."""
    return LEVELS.get(severity, "warning")


def normalise_evidence(text: str) -> str:
    """Evidence text as it takes part in a fingerprint: NFKC, straight quotes and dashes,
    case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def fingerprint(finding: Finding) -> str:
    """A hash of the rule id and the normalised evidence (the rule name for a finding
    about missing content): no line, column or path, so moving text keeps the alert."""
    evidence = finding.span.text if finding.span is not None else f"missing:{finding.name}"
    digest = hashlib.sha256(f"{finding.rule}\x00{normalise_evidence(evidence)}".encode())
    return digest.hexdigest()[:32]


def artifact_uri(path: str, root: Path) -> tuple[str, str | None]:
    """``(uri, uriBaseId)``: a percent-encoded path with forward slashes relative to
    ``root`` (base ``%SRCROOT%``), or an absolute ``file:`` URI for a file outside it.
    Relative paths are taken from the current directory, as the CLI was given them."""
    if path.startswith("<"):  # <stdin>, <text>: no file behind it
        return quote(path, safe=""), None
    relative = path_under(path, root)
    if relative is not None:
        return quote(relative, safe="/"), SRCROOT
    return Path(os.path.normpath(Path.cwd() / path)).as_uri(), None


def source_root() -> Path:
    """The folder that GitHub code scanning and workflow annotations take relative paths
    from: the root of the repository the current directory is in (the nearest folder
    upward holding ``.git``, a folder or a worktree's file), else the current directory.
    jdlint run from a sub-folder (``working-directory: adverts``) still names
    ``adverts/x.md``, not ``x.md``, which code scanning would look for at the root."""
    here = Path(os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def path_under(path: str, root: Path) -> str | None:
    """``path`` (relative ones from the current directory) relative to ``root`` with forward
    slashes, as given or with symlinks resolved; ``None`` when it lies outside ``root``."""
    candidate = Path(os.path.normpath(Path.cwd() / path))
    for attempt in (candidate, _resolved(candidate)):
        try:
            return attempt.relative_to(root).as_posix()
        except ValueError:
            continue
    return None


def describe_location(loc: Location) -> str:
    """``page 3, paragraph 7, table 1 row 2 column 3``: the parts a DOCX or PDF has."""
    return ", ".join(loc.layout())


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    help_text = explain(rule)
    tags = [rule.category, f"severity:{rule.severity}", f"kind:{rule.kind}"]
    if rule.criterion:
        tags.append("clear-soil")
    tags = list(dict.fromkeys(tags))  # the schema wants unique tags
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(rule.rationale.split())},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": level(rule.severity)},
        "properties": {
            "tags": tags,
            "category": rule.category,
            "appliesTo": list(rule.applies_to),
            **({"criterion": rule.criterion} if rule.criterion else {}),
        },
    }


def _unknown_rule(finding: Finding) -> dict[str, Any]:
    """A descriptor for a rule missing from the registry (e.g. from an extra rule folder)."""
    return {
        "id": finding.rule,
        "name": finding.name,
        "shortDescription": {"text": finding.name},
        "defaultConfiguration": {"level": level(finding.severity)},
        "properties": {"tags": ["custom"], "category": "custom"},
    }


def _message(report: Report, finding: Finding) -> tuple[str, dict[str, Any]]:
    """The result's message text and the location properties for it."""
    text = finding.message
    props: dict[str, Any] = {}
    loc = finding.span.location if finding.span is not None else None
    if loc is not None and loc.line is None:
        where = describe_location(loc)
        if where:
            text += f" ({where})"
        props.update({k: v for k, v in loc.as_dict().items() if k != "column"})
    if finding.span is None:
        props["missing"] = True
    if finding.fix is not None:
        fix = describe_fix(finding.fix)
        text += f" Fix: {fix}" + ("" if fix.endswith((".", "!", "?")) else ".")
    if finding.span is not None and finding.span.section:
        props["section"] = finding.span.section
    if loc is not None and loc.line is None and finding.span is not None and finding.span.text:
        props["evidence"] = finding.span.text  # no region to hold it as a snippet
    return text, props


def _region(finding: Finding, lines: bool = True) -> dict[str, Any] | None:
    """The result's region: a line (and column) with the evidence as its snippet; line 1 for
    something missing from a file with lines; ``None`` (no region: the whole file) for a
    place in a Word or PDF file, which has no lines (``lines`` false), rather than a false line."""
    if finding.span is None:
        return {"startLine": 1} if lines else None
    loc = finding.span.location
    if loc.line is None:
        return None  # a page, paragraph or table cell: see _logical_locations
    region: dict[str, Any] = {"startLine": loc.line}
    if loc.column is not None:
        region["startColumn"] = loc.column
    if finding.span.text:
        region["snippet"] = {"text": finding.span.text}
    return region


def _logical_locations(loc: Location) -> list[dict[str, Any]]:
    """Where a finding without a line is: its innermost part (page, paragraph or table cell)
    as a logical location named as the message names it, its fully qualified name the
    parts from the page down (``page 2/paragraph 7``); empty when nothing is known."""
    parts: list[tuple[str, str]] = []
    if loc.page is not None:
        parts.append((f"page {loc.page}", "page"))
    if loc.paragraph is not None and loc.table is None:
        parts.append((f"paragraph {loc.paragraph}", "paragraph"))
    if loc.table is not None:
        parts.append((f"table {loc.table} row {loc.row} column {loc.col}", "tableCell"))
    if not parts:
        return []
    name, kind = parts[-1]
    logical: dict[str, Any] = {"name": name, "kind": kind}
    if len(parts) > 1:
        logical["fullyQualifiedName"] = "/".join(n for n, _ in parts)
    return [logical]


def _location(finding: Finding, artifact_location: dict[str, Any], lines: bool) -> dict[str, Any]:
    """The result's one location: the file, with a region where there is a line to give,
    else with the page, paragraph or table cell as a logical location."""
    physical: dict[str, Any] = {"artifactLocation": artifact_location}
    region = _region(finding, lines)
    if region is not None:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if region is None and finding.span is not None:
        logical = _logical_locations(finding.span.location)
        if logical:
            location["logicalLocations"] = logical
    return location


def _artifact(report: Report, uri: str, base: str | None) -> dict[str, Any]:
    location: dict[str, Any] = {"uri": uri}
    if base:
        location["uriBaseId"] = base
    props: dict[str, Any] = {}
    if report.format:
        props["format"] = report.format
    if report.role is not None:
        props["role"] = report.role.kind
        props["roleWhy"] = report.role.why
        props["roleConfidence"] = report.role.confidence
    if report.score is not None:
        props["score"] = report.score
    if report.criteria:
        props["criteria"] = {v.criterion: v.verdict for v in report.criteria}
    if report.error:
        props["error"] = report.error
    artifact: dict[str, Any] = {"location": location}
    if props:
        artifact["properties"] = props
    return artifact


def document(
    reports: Iterable[Report],
    *,
    root: str | os.PathLike[str] | None = None,
    registry: Registry | None = None,
    information_uri: str = INFORMATION_URI,
) -> dict[str, Any]:
    """The SARIF log as a dict (see :func:`render`)."""
    reports = list(reports)
    base = Path(root).resolve() if root is not None else source_root()
    registry = registry if registry is not None else default_registry()
    rules = [rule_descriptor(rule) for rule in registry]
    index = {r["id"]: i for i, r in enumerate(rules)}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []

    for report in reports:
        uri, uri_base = artifact_uri(report.path, base)
        artifact_location: dict[str, Any] = {"uri": uri, "index": len(artifacts)}
        if uri_base:
            artifact_location["uriBaseId"] = uri_base
        artifacts.append(_artifact(report, uri, uri_base))
        if report.error:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{report.path}: could not check: {report.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact_location}}],
                    "descriptor": {"id": "read-error"},
                }
            )
            continue
        for note in report.notes:
            notifications.append(
                {
                    "level": "note",
                    "message": {"text": f"{report.path}: {note}"},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact_location}}],
                }
            )
        seen: Counter[str] = Counter()
        for finding in report.findings:
            if finding.rule not in index:
                index[finding.rule] = len(rules)
                rules.append(_unknown_rule(finding))
            text, props = _message(report, finding)
            hashed = fingerprint(finding)
            occurrence = seen[hashed] = seen[hashed] + 1
            result: dict[str, Any] = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": level(finding.severity),
                "message": {"text": text},
                "locations": [_location(finding, artifact_location, report.format not in LINELESS)],
                "partialFingerprints": {FINGERPRINT_KEY: f"{hashed}:{occurrence}"},
            }
            if finding.suppressed:
                result["suppressions"] = [{"kind": "inSource"}]
            if finding.fix is not None:
                props["fix"] = {
                    "action": finding.fix.action,
                    "text": finding.fix.text,
                    "where": finding.fix.where,
                }
                if finding.fix.original:
                    props["fix"]["original"] = finding.fix.original
            if props:
                result["properties"] = props
            results.append(result)

    checked = sum(1 for r in reports if not r.error)
    invocation: dict[str, Any] = {"executionSuccessful": checked > 0}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "jdlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": information_uri,
                "rules": rules,
            }
        },
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render(
    reports: Iterable[Report],
    *,
    root: str | os.PathLike[str] | None = None,
    registry: Registry | None = None,
    information_uri: str = INFORMATION_URI,
) -> str:
    """A SARIF 2.1.0 log with one run.

    ``root``: the folder artifact URIs are relative to (``%SRCROOT%``), by default the root
    of the git repository the current directory is in, else the current directory
    (:func:`source_root`): GitHub code scanning reads relative URIs from the repository's root.
    ``registry``: the rules to describe (default: the shipped rules; rules met in findings
    but missing from it get a minimal descriptor).
    """
    log = document(reports, root=root, registry=registry, information_uri=information_uri)
    return indented(log) + "\n"


__all__ = ["document", "fingerprint", "level", "normalise_evidence", "render", "source_root"]


def _resolved(path: Path) -> Path:
    """``path`` with symlinks resolved, or as it is when that fails (a symlink loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path

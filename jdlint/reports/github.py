"""GitHub Actions workflow commands: one annotation per finding, shown on the file in a
pull request's diff and in the run summary.

``::error file=adverts/psw.txt,line=12,col=5,title=LA006 suffering-from::message``. Errors
are ``::error``, warnings ``::warning`` and info ``::notice``. In a text, Markdown or HTML
file, findings about missing content sit at line 1. A Word or PDF file has no lines: its
findings are file-level annotations, without ``line`` or ``col`` (GitHub's syntax makes the
position optional), with the page, paragraph or table cell in the message, as the text
report gives it. A file that could not be read is an ``::error`` without a line.
Suppressed findings are left out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from jdlint.model import SEVERITIES, Finding, Report
from jdlint.reports.sarif import LINELESS, describe_location, path_under, source_root
from jdlint.reports.text import describe_fix
from jdlint.visible import visible

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF as GitHub decodes them (``%25``,
    ``%0D``, ``%0A``); every other control, escape-sequence or bidi character shown as a
    visible escape (``\x1b``: :func:`jdlint.visible.visible`), so nothing in an advert or a
    file name drives the log viewer."""
    text = visible(text, keep="\r\n\t")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as for data, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    """One workflow command line; properties with a value of ``None`` are left out."""
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def relative_path(path: str, root: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``root`` (default: the root of the repository the current
    directory is in, as workflow annotations name files, else the current directory), with
    forward slashes; unchanged when it lies outside."""
    if path.startswith("<"):
        return path
    base = Path(root).resolve() if root is not None else source_root()
    relative = path_under(path, base)
    return relative if relative is not None else Path(path).as_posix()


def _where(finding: Finding) -> str:
    """The page, paragraph or table cell of a DOCX or PDF finding (``""`` for text)."""
    loc = finding.span.location if finding.span is not None else None
    if loc is None or loc.line is not None:
        return ""
    return describe_location(loc)


def annotation(path: str, finding: Finding, lines: bool = True) -> str:
    """One finding as a workflow command; ``lines`` false for a Word or PDF file, which has
    no lines: the annotation is for the whole file (no ``line``), its place in the message."""
    loc = finding.span.location if finding.span is not None else None
    if loc is not None and loc.line is not None:
        line, col = loc.line, loc.column
    else:  # missing content at line 1 of a text file; a page or paragraph: no line
        line, col = (1 if lines and loc is None else None), None
    from jdlint.wording import message_text

    message = message_text(finding.message)  # "Experienced peers on the interview panel: not met.", as in text
    where = _where(finding)
    if where:
        message += f" ({where})"
    if finding.fix is not None:
        message += f"\nFix: {describe_fix(finding.fix)}"
    return command(
        COMMANDS[finding.severity],
        message,
        file=path,
        line=line,
        col=col,
        title=f"{finding.rule} {finding.name}",
    )


def render(
    reports: Iterable[Report],
    *,
    root: str | os.PathLike[str] | None = None,
    min_severity: str = "info",
) -> str:
    """Workflow command lines, one per finding (and per unreadable file).

    ``root``: file paths are made relative to it (default: :func:`relative_path`'s, the repository root).
    ``min_severity``: leave out findings below it (``info``, ``warning`` or ``error``).
    """
    if min_severity not in SEVERITIES:
        raise ValueError(f"min_severity must be one of {', '.join(SEVERITIES)}")
    threshold = SEVERITIES.index(min_severity)
    lines: list[str] = []
    for report in reports:
        path = relative_path(report.path, root)
        if report.error:
            lines.append(
                command(
                    "error",
                    f"could not check: {report.error}",
                    file=path,
                    title="jdlint could not read the file",
                )
            )
            continue
        for finding in report.findings:
            if finding.suppressed or SEVERITIES.index(finding.severity) < threshold:
                continue
            lines.append(annotation(path, finding, lines=report.format not in LINELESS))
    return "".join(line + "\n" for line in lines)


__all__ = ["annotation", "command", "escape_data", "escape_property", "render"]

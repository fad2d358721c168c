"""Report formats: each module renders a list of Reports with ``render(reports, **options)``.

:data:`FORMATS` maps a ``--format`` name to its module, imported only when used.
:func:`render` passes each renderer the options it accepts (``colour``, ``fail_on``,
``registry``, ``root`` ...) and leaves out the rest. :func:`summary_table` is the per-file
table printed at the end of text output when more than one file was checked.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from jdlint.errors import UsageError
from jdlint.model import CRITERIA, Report
from jdlint.supported import REPORT_FORMATS

FORMATS: dict[str, str] = {name: f"jdlint.reports.{name}" for name in REPORT_FORMATS}


def renderer(name: str):
    """The ``render`` function of format ``name``; a usage error if it is unknown or not
    available in this installation."""
    module_name = FORMATS.get(name)
    if module_name is None:
        raise UsageError(f"unknown format {name!r} (one of {', '.join(FORMATS)})")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise UsageError(f"the {name} format is not available in this version of jdlint") from None
        raise
    return module.render


def render(name: str, reports: Sequence[Report], **options: Any) -> str:
    """``reports`` in format ``name``, with the ``options`` its renderer takes."""
    func = renderer(name)
    return func(list(reports), **_taken(func, options))


def render_pieces(name: str, reports: Sequence[Report], **options: Any) -> Iterable[str]:
    """:func:`render`'s text in pieces to write one after another: a format that writes its
    text as it is made (``render_pieces`` beside its ``render``: JSON) gives it so, never
    whole (memory: a batch's report is megabytes); any other gives its whole text."""
    func = renderer(name)
    by_piece = getattr(sys.modules[func.__module__], "render_pieces", None)
    if by_piece is None:
        return [func(list(reports), **_taken(func, options))]
    return by_piece(list(reports), **_taken(by_piece, options))


def _taken(func: Any, options: dict[str, Any]) -> dict[str, Any]:
    """The ``options`` ``func`` takes (all of them if it takes ``**kwargs``)."""
    params = inspect.signature(func).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return options
    return {k: v for k, v in options.items() if k in params}


_ABBREV = {"met": "✓", "partly-met": "~", "not-met": "✗", "not-applicable": "-"}
_HEAD = ("LE", "PP", "PN", "AP")  # the four criteria, in CRITERIA order


def summary_table(reports: Sequence[Report]) -> str:
    """A plain-text table, one row per file: role, the four verdicts (✓ met, ~ partly
    met, ✗ not met, - not applicable), score and unsuppressed findings by severity."""
    header = ("file", "role", *_HEAD, "score", "must", "should", "consider")  # fix: the page's words
    from jdlint.reports.text import safe

    rows: list[tuple[str, ...]] = []
    for r in reports:
        if r.error:
            rows.append((safe(r.path), "could not check", "", "", "", "", "", "", "", ""))
            continue
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in r.findings:
            if not f.suppressed:
                counts[f.severity] += 1
        marks = []
        for criterion in CRITERIA:
            v = r.verdict(criterion)
            marks.append(_ABBREV.get(v.verdict, "?") if v else "?")
        rows.append((
            safe(r.path), r.role.kind if r.role else "?", *marks, "" if r.score is None else str(r.score),
            str(counts["error"]), str(counts["warning"]), str(counts["info"]),
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    numeric = {6, 7, 8, 9}

    def line(row: tuple[str, ...]) -> str:
        cells = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        return "  ".join(cells).rstrip()

    legend = "LE lived experience essential · PP peer principles · PN peer panel · AP adjacent professions"
    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in rows]
    out.append(legend + " (✓ met, ~ partly met, ✗ not met, - not applicable); findings to fix: must, should, consider")
    return "\n".join(out) + "\n"


__all__ = ["FORMATS", "render", "renderer", "summary_table"]

"""One advert through ``jdlint fix``: read, check, plan the fixes, write the revised file,
and check the revised file again (a Word copy is read with its tracked changes accepted).

:func:`fix_bytes` returns a :class:`FixResult`: the revised file's bytes and format, the
plan, the reports before and after, the verdicts that moved and the fixes that did not
resolve their finding. A fix that does not resolve its own finding is a defect in jdlint
(its words or its place), so the result names it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jdlint.engine import Engine, default_engine
from jdlint.errors import JdlintError, ReadError
from jdlint.fix import Edit, FixPlan, LeftFix, plan_fixes
from jdlint.model import Document, Finding, Report
from jdlint.readers import DEFAULT_LIMITS, Limits, read_bytes
from jdlint.sandbox import within

LAYOUT_NOTE = "The revised Word document is built from the PDF's text: its layout is new."
NEW_DOCX_NOTE = "The revised Word document is built from the advert's text: its layout is new."
OUT_EXTENSION = {"docx": ".docx", "pdf": ".docx", "markdown": ".md", "text": ".txt", "html": ".html"}


@dataclass(frozen=True)
class Moved:
    criterion: str
    before: str
    after: str


@dataclass(frozen=True)
class FixResult:
    path: str
    format: str  # of the revised file: docx, markdown, text, html
    data: bytes
    plan: FixPlan
    before: Report
    after: Report
    missed: tuple[Edit, ...] = ()  # edits the writer could not place
    notes: tuple[str, ...] = ()
    source: bytes = field(default=b"", repr=False)

    @property
    def applied(self) -> tuple[Edit, ...]:
        return tuple(e for e in self.plan.edits if e not in self.missed)

    @property
    def left(self) -> tuple[LeftFix, ...]:
        return self.plan.left

    @property
    def moved(self) -> tuple[Moved, ...]:
        out = []
        for v in self.before.criteria:
            now = self.after.verdict(v.criterion)
            if now is not None and now.verdict != v.verdict:
                out.append(Moved(v.criterion, v.verdict, now.verdict))
        return tuple(out)

    @property
    def unresolved(self) -> tuple[Edit, ...]:
        """Applied fixes whose finding is still there after the fix."""
        after = {(f.rule, f.fix.original if f.fix else "") for f in self.after.findings if not f.suppressed}
        rules_after = {f.rule for f in self.after.findings if not f.suppressed}
        from jdlint.registry import default_registry

        registry = default_registry()
        out = []
        for e in self.applied:
            rule = registry.get(e.rule)
            whole = e.op != "replace" or (rule is not None and bool(rule.criterion))
            if (e.rule in rules_after) if whole else ((e.rule, e.target) in after):
                out.append(e)
        return tuple(dict.fromkeys(out))

    @property
    def new_findings(self) -> tuple[str, ...]:
        """Rules that report after the fixes but did not before."""
        before = {f.rule for f in self.before.findings if not f.suppressed}
        return tuple(sorted({f.rule for f in self.after.findings if not f.suppressed} - before))

    @property
    def text(self) -> str:
        """A revised text, Markdown or HTML file's text, decoded as the readers decode it (its
        byte-order mark, UTF-8, else Windows-1252): the revised copy of a UTF-16 or
        Windows-1252 advert is in that encoding, not UTF-8."""
        return _decoded(self.data, self.format)

    def diff(self, name: str) -> str:
        """A unified diff of the revision: of the file for text formats; of the document's
        text, one paragraph a line, for Word (the changes read as accepted)."""
        if self.format == "docx":
            old = [b.text + "\n" for b in read_bytes(self.source, "a.docx").blocks]
            new = [b.text + "\n" for b in read_bytes(self.data, "b.docx").blocks]
            return "".join(difflib.unified_diff(old, new, fromfile=f"{name} (text)", tofile=f"{name} (revised text)"))
        old = _decoded(self.source, self.format).splitlines(keepends=True)
        new = self.text.splitlines(keepends=True)
        return "".join(difflib.unified_diff(old, new, fromfile=name, tofile=name))


def _decoded(data: bytes, fmt: str) -> str:
    if fmt == "html":
        from jdlint.readers.html import decode
    else:
        from jdlint.readers.text import decode
    return decode(data)


class FixError(JdlintError):
    """The revised file could not be written (one line, like a read error)."""


def fix_bytes(data: bytes, name: str = "<upload>", *, unsafe: bool = False, role: str | None = None,
              engine: Engine | None = None, limits: Limits = DEFAULT_LIMITS, to_docx: bool = False,
              keep: Callable[[Finding], bool] | None = None, ignores: tuple[str, ...] = (),
              notes: bool = True, walked: bool = False) -> FixResult:  # fmt: skip
    """Fix one advert's bytes. Raises :class:`~jdlint.errors.JdlintError` (a
    :class:`~jdlint.errors.ReadError`, a :class:`~jdlint.errors.Timeout` or a
    :class:`FixError`) when it cannot be read, checked or revised within ``limits``: the
    reading, the two checks and the writing each get ``limits.timeout`` seconds. With
    ``to_docx`` a text advert (Markdown, text, HTML) becomes a Word document with tracked
    changes too, as a PDF always does. ``keep`` limits the fixes to the findings it accepts
    (the web page's "Apply" applies one). Findings suppressed in the advert (``jdlint:
    ignore[...]``) or by ``ignores`` (per-file-ignores) are not fixed, and do not count after.
    With ``notes`` (the default) each change in a Markdown or HTML copy carries an HTML
    comment with the rule, the reason and the source, as a Word comment does. ``walked``: found
    in a folder walk, where a Word copy jdlint wrote is refused as no advert (as for a check)."""
    eng = engine or default_engine()
    document, report = _check(eng, data, name, role, limits, ignores, walked)
    layout_notes: tuple[str, ...] = ()
    original_format = document.format

    still_open: frozenset[str] = frozenset()

    def revise() -> tuple[bytes, Document, Report, FixPlan, object]:
        source = data
        doc = document
        if doc.format == "pdf" or (to_docx and doc.format != "docx"):
            from jdlint.fix_docx import docx_from_document

            source = docx_from_document(doc)
            doc, plan_report = _check(eng, source, str(Path(name).with_suffix(".docx")), role, limits, ignores)
        else:
            plan_report = report
        plan = plan_fixes(doc, plan_report, unsafe=unsafe, registry=eng.registry, keep=keep, still_open=still_open)
        if doc.format == "docx":
            from jdlint.fix_docx import apply_docx_plan

            return source, doc, plan_report, plan, apply_docx_plan(source, doc, plan)
        from jdlint.fix_text import apply_text_plan

        return source, doc, plan_report, plan, apply_text_plan(source, doc, plan, notes=notes)

    first = document
    for _round in range(2):
        document = first
        try:
            source, document, plan_report, plan, applied = within(
                limits.timeout, revise, f"fixing took longer than {limits.timeout or 0:g} s"
            )
        except JdlintError:
            raise
        except Exception as exc:  # a document shape the writers do not handle: one line, not a traceback
            raise FixError(f"could not write the revised file ({type(exc).__name__}: {str(exc)[:200]})") from None
        if source is not data:
            report = Report(**{**plan_report.__dict__, "path": name})
            layout_notes = (LAYOUT_NOTE if original_format == "pdf" else NEW_DOCX_NOTE,)
        out_format = document.format
        _, after = _check(eng, applied.data, _out_name(name, out_format), role, limits, ignores)
        after = Report(**{**after.__dict__, "path": name, "notes": tuple(n for n in after.notes if "tracked" not in n)})
        result = FixResult(name, out_format, applied.data, plan, report, after, applied.missed, layout_notes, source)
        # A fix made only because another rule's fix was made (RL001's "you will not be asked
        # to carry out clinical tasks" after CS004's) must not stand when that fix left its
        # finding: the advert would contradict itself. Once more, with it left for a person.
        unresolved = frozenset(e.rule for e in result.unresolved)
        waiting = [e for e in result.applied if set(_fix_after(eng, e.rule)) & unresolved]
        if not waiting or still_open:
            return result
        still_open = unresolved
    return result


def _fix_after(engine: Engine, rule_id: str) -> tuple[str, ...]:
    rule = engine.registry.get(rule_id)
    return tuple(rule.fix_after) if rule is not None else ()


def _check(engine: Engine, data: bytes, name: str, role: str | None, limits: Limits,
           ignores: tuple[str, ...], walked: bool = False) -> tuple[Document, Report]:  # fmt: skip
    """Read and check ``data`` as every front end does (:func:`jdlint.pipeline.check_source`:
    within the limits, suppressions applied, so a suppressed finding is never fixed); a
    failure raises its own error (a :class:`FixError` for one of the checks)."""
    from jdlint.pipeline import Source, check_source

    checked = check_source(Source.of_bytes(data, name, role=role, ignores=ignores, walked=walked), engine, limits)
    if checked.error is None and checked.document is not None:
        return checked.document, checked.report
    if isinstance(checked.exception, JdlintError):
        raise checked.exception
    raise (ReadError if checked.stage == "read" else FixError)(checked.error or "could not be checked")


def _out_name(name: str, fmt: str) -> str:
    return str(Path(name).with_suffix(OUT_EXTENSION.get(fmt, Path(name).suffix or ".txt")))


def output_path(path: Path, fmt: str) -> Path:
    """``NAME.fixed.EXT`` beside the input. A PDF's is ``NAME.fixed.docx``, or
    ``NAME.pdf.fixed.docx`` when a ``NAME.docx`` sits beside it (whose own revised copy is
    ``NAME.fixed.docx``)."""
    ext = OUT_EXTENSION.get(fmt, path.suffix)
    if ext.lower() != path.suffix.lower() and path.with_suffix(ext).exists():
        return path.with_name(f"{path.name}.fixed{ext}")
    return path.with_name(f"{path.stem}.fixed{ext}")


def summary(result: FixResult) -> str:
    """What ``jdlint fix`` prints for one file."""
    lines = []
    n = len(result.applied)
    lines.append(f"{result.path}: {n} fix{'es' * (n != 1)} applied"
                 + (f", {len(result.left)} left for a person" if result.left else ""))  # fmt: skip
    for note in result.notes:
        lines.append(f"  note: {note}")
    for e in result.applied:
        kind = "unsafe " if e.safety == "unsafe" else ""
        lines.append(f"  fixed {e.rule} ({kind}{_op_words(e)})")
    for m in result.moved:
        lines.append(f"  {m.criterion}: {m.before} -> {m.after}")
    for e in result.missed:
        lines.append(f"  not placed {e.rule}: the words were not found in the file")
    for e in result.unresolved:
        lines.append(f"  not resolved {e.rule}: the finding is still there after the fix")
    for rule in result.new_findings:
        lines.append(f"  new finding {rule} after the fixes")
    for left in result.left:
        lines.append(f"  left {left.rule}: {left.why}: {left.advice}")
    return "\n".join(lines)


def _op_words(e: Edit) -> str:
    if e.op == "replace":
        return f"replaced “{_clip(e.target)}”"
    if e.op == "move":
        return "moved to the Essential column"
    if e.op == "append":
        return "added after the sentence" if e.target else "added at the end of the paragraph"
    return "added a paragraph"


def _clip(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _state_dir() -> Path:
    """Where jdlint keeps what it must remember between runs: ``JDLINT_STATE_DIR``, else
    ``$XDG_STATE_HOME/jdlint``, else ``~/.local/state/jdlint``."""
    import os

    if os.environ.get("JDLINT_STATE_DIR"):
        return Path(os.environ["JDLINT_STATE_DIR"])
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "jdlint"


def _record(path: Path) -> Path:
    import hashlib
    import os

    key = hashlib.sha256(os.path.realpath(path).encode("utf-8", errors="surrogateescape")).hexdigest()
    return _state_dir() / "copies" / key[:40]


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def copy_for_writing(data: bytes, fmt: str, notes: bool = True) -> bytes:
    """The bytes of a revised text copy to write at a name jdlint chose: a Markdown or HTML
    copy with the change notes gets its fingerprint last (:func:`jdlint.fix_text.mark_copy`);
    a plain-text one, or one without notes (``--no-notes``: no jdlint comment at all), is
    written as it is, its fingerprint kept outside it (:func:`remember_copy`)."""
    from jdlint.fix_text import mark_copy

    return mark_copy(data, fmt) if notes else data


def remember_copy(path: Path, data: bytes) -> None:
    """Keep the fingerprint of the copy just written at ``path`` without a mark in it (plain
    text has no place for a hidden one; ``--no-notes`` asks for no jdlint comment) in
    jdlint's state folder (:func:`_state_dir`), one small file a copy, written whole or not at
    all. Best effort: when it cannot be kept, the next run refuses the copy as not jdlint's
    (the safe side: nobody's edits are lost)."""
    import contextlib
    import os
    import tempfile

    record = _record(path)
    temp = None
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".jdlint-", dir=record.parent)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(_digest(data) + "\n")
        os.replace(temp, record)
    except OSError:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def copy_is_ours(path: Path, fmt: str, new: bytes = b"") -> bool:
    """May a revised text copy go over the file at ``path`` (a name jdlint chose)? Yes when
    nothing is there (or an empty file), when it holds ``new`` already (nothing is lost), or
    when it is the copy jdlint wrote and nobody has saved since: a Markdown or HTML copy whose
    fingerprint still matches its text, or a copy whose fingerprint jdlint kept
    (:func:`remember_copy`: plain text, and copies written with ``--no-notes``) still matches
    it. Anything else (someone's edits, their own file, a copy written on another machine or
    account, or by a jdlint older than the fingerprints) is not jdlint's to replace."""
    from jdlint.fix_text import marked_unchanged

    try:
        if not path.is_file():
            return not path.exists()
        data = path.read_bytes()
    except OSError:
        return True  # writing it will say why
    if not data or data == new:
        return True
    if fmt in ("markdown", "html") and marked_unchanged(data, fmt):
        return True
    try:
        return _record(path).read_text(encoding="ascii").strip() == _digest(data)
    except (OSError, UnicodeDecodeError):
        return False


__all__ = ["FixError", "FixResult", "Moved", "copy_for_writing", "copy_is_ours", "fix_bytes", "output_path",
           "remember_copy", "summary"]

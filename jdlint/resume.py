"""Resumable runs: ``jdlint check --resume FILE``.

The journal ``FILE`` is JSON lines. The first line says which jdlint wrote it and with which
rules and settings; each further line is one finished file, written (and flushed) as its
result arrives::

    {"jdlint_resume": 1, "version": "0.4.0", "settings": "3f2a..."}
    {"path": "/abs/adverts/a.docx", "mtime": 1718000000.123, "size": 20480, "role": null,
     "ignores": [], "report": {...report_dict...}, "fingerprints": ["..."], "seconds": 0.02}

On a re-run, a file whose absolute path, modification time, size, role override and
per-file ignores match a line is not checked again: its stored report (read back with
:func:`report_from_dict`) goes into the output as if it had just been checked. Changed and
new files are checked and appended; the last line for a path wins. A half-written last line
(a run killed mid-write) is skipped. A journal written by another jdlint version or with other
rules or settings (``--select``, ``--ignore``, ``--role``, extra phrases) is refused rather
than mixed in.

:class:`Journal` works with any :class:`~jdlint.batch.Executor`: :meth:`Journal.wrap` returns
an executor that answers finished files from the journal and records the others as the inner
executor yields them.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from jdlint import __version__
from jdlint.errors import JdlintError
from jdlint.model import Finding, Fix, Location, Report, Role, Span, Verdict

FORMAT = 1
_LOCATION_KEYS = ("line", "column", "page", "paragraph", "run", "table", "row", "col")


class ResumeError(JdlintError):
    """The journal cannot be used (unreadable, or written with other settings)."""


# --------------------------------------------------------------------------- report from dict


def span_from_dict(d: dict[str, Any] | None) -> Span | None:
    if d is None:
        return None
    location = Location(**{k: d[k] for k in _LOCATION_KEYS if d.get(k) is not None})
    return Span(block=d["block"], start=d["start"], end=d["end"], text=d["text"], location=location,
                section=d.get("section", ""), block_kind=d.get("block_kind", "paragraph"))  # fmt: skip


def fix_from_dict(d: dict[str, Any] | None) -> Fix | None:
    if d is None:
        return None
    return Fix(action=d["action"], text=d["text"], where=d.get("where", ""), original=d.get("original", ""))


def _spans(items: Any) -> tuple[Span, ...]:
    return tuple(s for s in (span_from_dict(d) for d in items or ()) if s is not None)


def _role(d: dict[str, Any] | None) -> Role | None:
    if d is None:
        return None
    return Role(kind=d["kind"], why=d["why"], evidence=_spans(d.get("evidence")), overridden=d.get("overridden", False),
                confidence=d.get("confidence", "high"), clues=tuple(d.get("clues") or ()))


def _verdict(criterion: str, d: dict[str, Any]) -> Verdict:
    return Verdict(criterion=criterion, verdict=d["verdict"], why=d["why"], evidence=_spans(d.get("evidence")),
                   fix=fix_from_dict(d.get("fix")))  # fmt: skip


def _finding(d: dict[str, Any]) -> Finding:
    return Finding(rule=d["rule"], name=d["name"], severity=d["severity"], message=d["message"],
                   span=span_from_dict(d.get("span")), fix=fix_from_dict(d.get("fix")),
                   suppressed=d.get("suppressed", False))  # fmt: skip


def report_from_dict(d: dict[str, Any]) -> Report:
    """The :class:`Report` that :func:`jdlint.reports.json.report_dict` turned into ``d``
    (``counts`` is derived, so it is not read back)."""
    return Report(
        path=d["path"],
        role=_role(d.get("role")),
        criteria=tuple(_verdict(name, v) for name, v in (d.get("criteria") or {}).items()),
        findings=tuple(_finding(f) for f in d.get("findings") or ()),
        positives=tuple(d.get("positives") or ()),
        score=d.get("score"),
        notes=tuple(d.get("notes") or ()),
        format=d.get("format"),
        error=d.get("error"),
    )


# --------------------------------------------------------------------------- the journal


def settings_key(settings: Any, registry: Any = None) -> str:
    """A digest of what decides a file's report: the settings that change findings (not
    the limits) and every rule."""
    parts = [
        repr(getattr(settings, name, None)) for name in ("select", "ignore", "extra_rules", "role", "annotate")
    ]
    if registry is not None:
        parts.append(repr(list(registry)))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class _Stat:
    path: str  # absolute
    mtime: float
    size: int


def _stat(path: str) -> _Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _Stat(os.path.abspath(path), st.st_mtime, st.st_size)


class Journal:
    """``--resume FILE``: a context manager; opens ``path`` for appending."""

    def __init__(self, path: str | os.PathLike[str], settings: Any, registry: Any = None):
        self.path = os.fspath(path)
        self.key = settings_key(settings, registry)
        self.entries: dict[str, dict[str, Any]] = {}  # absolute path -> the last line for it
        self.skipped = 0  # files answered from the journal in this run
        self._out: IO[str] | None = None

    # -- opening

    def __enter__(self) -> Journal:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        header = {"jdlint_resume": FORMAT, "version": __version__, "settings": self.key}
        needs_newline = False
        fresh = True
        if os.path.exists(self.path):
            try:
                with open(self.path, "rb") as f:
                    raw = f.read()
            except OSError as exc:
                raise ResumeError(f"cannot read {self.path}: {exc.strerror or exc}") from None
            lines = raw.decode("utf-8", "surrogateescape").splitlines()  # a file name's own bytes
            if lines and lines[0].strip():
                fresh = False
                try:
                    first = json.loads(lines[0])
                except ValueError:
                    first = None
                if not isinstance(first, dict) or first.get("jdlint_resume") != FORMAT:
                    raise ResumeError(f"{self.path} is not a jdlint --resume file")
                if first.get("version") != __version__ or first.get("settings") != self.key:
                    raise ResumeError(
                        f"{self.path} was written by another jdlint version or with other rules or settings "
                        "(--select, --ignore, --role, extra phrases); delete it or name another file"
                    )
                for line in lines[1:]:
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        continue  # a line cut short when a run was killed
                    if isinstance(entry, dict) and isinstance(entry.get("path"), str) and "report" in entry:
                        self.entries[entry["path"]] = entry
            needs_newline = bool(raw) and not raw.endswith(b"\n")
        try:
            self._out = open(self.path, "a", encoding="utf-8", errors="surrogateescape")  # noqa: SIM115 (closed in close())
        except OSError as exc:
            raise ResumeError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        if fresh:
            self._out.truncate(0)
            self._out.write(json.dumps(header) + "\n")
        elif needs_newline:
            self._out.write("\n")
        self._out.flush()

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    # -- looking up and recording

    def lookup(self, task: Any, stat: _Stat | None) -> Any | None:
        """The stored :class:`~jdlint.batch.Outcome` for ``task`` if it is unchanged, else None."""
        from dataclasses import replace

        from jdlint.batch import Outcome

        if stat is None:
            return None
        entry = self.entries.get(stat.path)
        if entry is None or entry.get("mtime") != stat.mtime or entry.get("size") != stat.size:
            return None
        if entry.get("role") != task.role or tuple(entry.get("ignores") or ()) != tuple(task.ignores):
            return None
        try:
            report = replace(report_from_dict(entry["report"]), path=task.path)
        except (KeyError, TypeError, ValueError):
            return None
        return Outcome(report, tuple(entry.get("fingerprints") or ()), None, float(entry.get("seconds") or 0.0))

    def record(self, task: Any, stat: _Stat | None, outcome: Any) -> None:
        """Append ``outcome`` (a finished :class:`~jdlint.batch.Outcome`) for ``task``."""
        from jdlint.reports.json import report_dict

        if self._out is None or stat is None:
            return
        entry = {
            "path": stat.path, "mtime": stat.mtime, "size": stat.size, "role": task.role,
            "ignores": list(task.ignores), "report": report_dict(outcome.report),
            "fingerprints": list(outcome.fingerprints), "seconds": round(outcome.seconds, 6),
        }  # fmt: skip
        self._out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._out.flush()
        self.entries[stat.path] = entry

    # -- as an executor

    def wrap(self, executor: Any) -> _Resuming:
        """An executor that answers unchanged files from the journal, hands the others to
        ``executor`` and records each of their results as it arrives."""
        return _Resuming(self, executor)


def _recordable(task: Any) -> bool:
    return getattr(task, "data", None) is None and getattr(task, "error", None) is None and hasattr(task, "path")


class _Resuming:
    def __init__(self, journal: Journal, inner: Any):
        self.journal = journal
        self.inner = inner

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        from jdlint.batch import Outcome

        stats = [_stat(t.path) if _recordable(t) else None for t in items]
        todo: list[int] = []
        for i, (task, stat) in enumerate(zip(items, stats, strict=True)):
            stored = self.journal.lookup(task, stat)
            if stored is None:
                todo.append(i)
            else:
                self.journal.skipped += 1
                yield i, stored
        if not todo:
            return
        for k, result in self.inner.map(fn, [items[i] for i in todo]):
            i = todo[k]
            if isinstance(result, Outcome):
                self.journal.record(items[i], stats[i], result)
            yield i, result


__all__ = ["Journal", "ResumeError", "report_from_dict", "settings_key"]

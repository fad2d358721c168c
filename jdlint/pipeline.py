"""Checking one advert, the same way whichever door it comes in by.

:func:`check_source` is the one function every front end calls (``jdlint.api``, the web
service, the batch workers of ``jdlint check`` on processes or on Dask): read the
:class:`Source` under the time limit, check it inside spaCy's vocabulary zone, apply the
inline suppressions (``<!-- jdlint: ignore[LA001] -->``) and the per-file ignores, and turn
any failure into a one-line error. It never raises for a bad file: the answer is a
:class:`Checked` whose report has ``error`` set.

:func:`engine_for` is the one engine cache: one engine per :class:`Settings` (the rule
selection, the extra phrase rules, the known acronyms), built once per process and shared by
threads (built under a lock).
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from jdlint.errors import JdlintError, ReadError
from jdlint.model import Document, Report
from jdlint.readers import DEFAULT_LIMITS, Limits
from jdlint.sandbox import within

# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Source:
    """One advert to check: ``data`` (a file's bytes, the type sniffed from them), ``text``
    (pasted text) or ``path`` (read from disk); ``name`` is the path shown in the report.
    ``role`` overrides the decided role; ``ignores`` are rule keys reported as suppressed
    in this file (the config's ``per-file-ignores``)."""

    name: str
    data: bytes | None = None
    text: str | None = None
    path: str | None = None
    role: str | None = None
    ignores: tuple[str, ...] = ()
    walked: bool = False  # found in a folder walk: a Word copy jdlint wrote is no advert there

    @classmethod
    def of_path(cls, path: str | os.PathLike[str], **options: Any) -> Source:
        return cls(name=str(path), path=str(path), **options)

    @classmethod
    def of_bytes(cls, data: bytes, name: str = "<upload>", **options: Any) -> Source:
        return cls(name=name, data=data, **options)

    @classmethod
    def of_text(cls, text: str, name: str = "<text>", **options: Any) -> Source:
        return cls(name=name, text=text, **options)


@dataclass(frozen=True)
class Checked:
    """What checking a :class:`Source` gave: the report (``report.error`` set, in one line,
    when it could not be read or checked), the document and the bytes read (for
    fingerprints and annotated copies; ``None`` when reading failed), and, on a failure,
    the ``stage`` it happened in (``"read"`` or ``"check"``) and the exception behind it
    (front ends that answer differently by kind of failure look at it: the web's status)."""

    report: Report
    document: Document | None = None
    data: bytes | None = None
    stage: str | None = None
    exception: BaseException | None = field(default=None, compare=False, repr=False)

    @property
    def error(self) -> str | None:
        return self.report.error


# --------------------------------------------------------------------------- the engine cache


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to build its engine and check files (picklable)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extra_rules: tuple[Any, ...] = ()  # jdlint.registry.Rule
    limits: Limits = DEFAULT_LIMITS
    role: str | None = None  # --role: wins over role-overrides
    annotate: bool = False
    known_acronyms: tuple[str, ...] = ()  # the config's known-acronyms (rule RD003)

    def engine_key(self) -> tuple[Any, ...]:
        """What the engine depends on (the limits, role and annotation do not change it)."""
        return (self.select, self.ignore, self.extra_rules, self.known_acronyms)


_ENGINES: list[tuple[tuple[Any, ...], Any]] = []  # (Settings.engine_key(), Engine), newest last
_ENGINES_KEPT = 4
_ENGINES_LOCK = threading.Lock()


def engine_for(settings: Settings | None = None):
    """The engine for ``settings`` (default: the shipped rules, all on), built on first use
    in each process and kept (the last few settings). Threads asking together build it once."""
    key = (settings or Settings()).engine_key()
    with _ENGINES_LOCK:
        for known, engine in _ENGINES:
            if known == key:
                return engine
        engine = _build(settings or Settings()) if _STARTED else _start(settings or Settings())
        _ENGINES.append((key, engine))
        del _ENGINES[:-_ENGINES_KEPT]
        return engine


def cached_engines() -> int:
    """How many engines this process holds (a warm fork server holds one)."""
    with _ENGINES_LOCK:
        return len(_ENGINES)


_STARTED = False  # has this process built its first engine?


def _start(settings: Settings):
    """The process's first engine (:func:`_build`), with the cyclic garbage collector
    paused while it is built, and then everything the process holds moved to the
    collector's permanent generation (``gc.freeze``), the collector back on if it was.

    The first engine imports spaCy and builds its English pipeline and the pattern set:
    about 100,000 objects that live as long as the process. The collector counts every
    allocation, so while they were made it ran over the young ones some 220 times and over
    the whole heap more than once (about 50 ms of a 0.9 s cold check); frozen, later
    collections leave them alone too, and forked workers share their pages (a collection
    writes to every object it visits). The price: what start-up left in reference cycles
    (about 2,800 objects, from spaCy's import) is never collected. A process that froze its
    heap itself is left as it is (its objects stay frozen, nothing more is)."""
    global _STARTED
    was_collecting = gc.isenabled()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.disable()
    try:
        return _build(settings)
    finally:
        _STARTED = True
        if freeze:
            gc.freeze()
            if was_collecting:
                gc.enable()


def _build(settings: Settings):
    from jdlint.engine import Engine, Options
    from jdlint.registry import Registry, default_registry

    registry = default_registry()
    if settings.extra_rules:
        registry = Registry([*registry, *settings.extra_rules], registry.lexicon)
    extra = {"known_acronyms": settings.known_acronyms} if settings.known_acronyms else {}
    return Engine(registry, Options(select=settings.select, ignore=settings.ignore, extra=extra))


# --------------------------------------------------------------------------- checking one advert


def time_message(limits: Limits) -> str:
    """The one-line error of an advert that ran out of time."""
    return f"checking took longer than {limits.timeout:g} s"


def check_source(source: Source, engine: Any = None, limits: Limits = DEFAULT_LIMITS) -> Checked:
    """Read ``source`` and check it with ``engine`` (default :func:`engine_for`) within
    ``limits`` (size, characters, the PDF parser's memory, and ``limits.timeout`` seconds for
    reading and checking together, in whichever thread calls); apply its inline
    suppressions and ``source.ignores``. Never raises for a bad file (see :class:`Checked`).
    The cyclic garbage collector is paused from the reading (from the check, for a PDF) to
    the return (see :class:`_Pause`)."""
    engine = engine if engine is not None else engine_for()
    message = time_message(limits)
    started = time.monotonic()
    stage = "read"
    data: bytes | None = None
    document: Document | None = None
    pause = _Pause()
    try:
        try:
            data, document = within(limits.timeout, lambda: read_source(source, limits, pause.start), message)
            stage = "check"
            left = max(limits.timeout - (time.monotonic() - started), 0.001) if limits.timeout else None

            def check() -> Report:
                pause.start()  # (already paused, but for a PDF)
                found = engine.check(document, role=source.role)
                return _suppress(found, data, document, source.ignores, engine)

            with vocabulary_zone():  # the limit inside the zone (see there)
                report = within(left, check, message)
        except Exception as exc:  # every failure becomes one line (an outer limit's Overtime passes)
            return Checked(Report(path=source.name, error=one_line_error(exc)), None, None, stage, exc)
        checked = Checked(report, document, data)
    finally:
        pause.end()  # (allocates nothing: see _Pause)
    return checked


class _Pause:
    """Python's cyclic garbage collector off from :meth:`start` (again: nothing more) to
    :meth:`end` (back on, if it was on).

    Reading and checking an advert build and drop many thousands of small objects (a
    Markdown parser's tokens, the matcher's, hits, sentence bounds) that reference counting
    frees, almost none of them in cycles (about 24 objects per check); but the collector
    counts every allocation, so it ran over the young objects every 700 or so (over a
    Markdown parse's tokens several times a read) and now and then over everything the
    process keeps. Paused, the count goes on: what the advert left in cycles is collected
    at the first allocation after :meth:`end`, with what is still held then. So the pause
    ends as :func:`check_source` returns, its :class:`Checked` made and nothing allocated
    after: a caller that drops the document (``check_text`` keeps the report) frees it
    before the collector can go over it. A PDF is read with the collector on: its parser
    runs in a reader process forked from this one, which would inherit the pause (or here,
    with ``JDLINT_SANDBOX=0``), and may build cycles within a memory limit. The Word reader
    pauses on its own as well."""

    __slots__ = ("paused", "was_collecting")

    def __init__(self) -> None:
        self.paused = False
        self.was_collecting = False

    def start(self) -> None:
        if not self.paused:
            self.was_collecting = gc.isenabled()
            gc.disable()
            self.paused = True

    def end(self) -> None:
        if self.paused:
            self.paused = False
            if self.was_collecting:
                gc.enable()


def read_source(source: Source, limits: Limits, pause: Callable[[], None] | None = None) -> tuple[bytes, Document]:
    """The bytes of ``source`` and the :class:`Document` read from them; ``pause()`` called
    before reading any but a PDF (see :class:`_Pause`)."""
    from jdlint.readers import looks_like_pdf, read_bytes, read_file, read_text

    if source.text is not None:
        if pause is not None:
            pause()
        return source.text.encode("utf-8", "surrogatepass"), read_text(source.text, source.name, limits)
    data = source.data if source.data is not None else read_file(source.path or source.name, limits)
    if source.walked:
        from jdlint.errors import UnsupportedFormat
        from jdlint.ownreport import not_word_copy, word_copy_kind

        command = word_copy_kind(data)
        if command:
            raise UnsupportedFormat(not_word_copy(command))
    if pause is not None and not looks_like_pdf(data, source.name):
        pause()
    return data, read_bytes(data, source.name, limits)


def _suppress(report: Report, data: bytes, document: Document, ignores: tuple[str, ...], engine: Any) -> Report:
    from jdlint.suppress import suppress

    return suppress(report, data, document, ignores, getattr(engine, "registry", None))


def one_line_error(exc: BaseException) -> str:
    """The one-line message of a failure to read or check one advert."""
    if isinstance(exc, ReadError):
        return str(exc) or type(exc).__name__
    if isinstance(exc, JdlintError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the document is nested too deeply to read"
    if isinstance(exc, MemoryError):
        return "reading needed more memory than allowed"
    return f"internal error ({type(exc).__name__}): {str(exc)[:200]}"  # a bug: one line, the batch goes on


# --------------------------------------------------------------------------- spaCy's vocabulary


_ZONE = threading.Lock()


@contextlib.contextmanager
def vocabulary_zone() -> Iterator[None]:
    """Free what spaCy adds to its vocabulary inside the block (spaCy's memory zones).

    spaCy keeps every new word it meets (a lexeme and its string, about 1 KB each), so a
    long-running process that checks adverts grows without end: 2,000 checks of 200 new
    words each held 440 MB more. Inside a zone those are freed when the block ends. No
    spaCy object made inside may be used after it (a Report holds none). Zones must not
    overlap, so blocks in different threads take turns (the checks hold the GIL anyway).
    Keep time limits inside the block, so no exception lands while the zone is closing.
    On the way out, pyphen's memo of hyphenated words is emptied when it is big."""
    from jdlint.nlp import pipeline

    nlp = pipeline()
    zone = getattr(nlp, "memory_zone", None)
    try:
        if zone is None:  # spaCy before 3.8
            yield
        elif len(nlp.vocab.strings) < VOCABULARY_BUDGET:
            with _ZONE:  # still learning: what this advert adds stays (see VOCABULARY_BUDGET)
                yield
        else:
            with _ZONE, zone():
                yield
    finally:
        _forget_hyphenations()


# Strings spaCy may keep for good before checks run in memory zones (about 1 KB each, so
# at most ~20 MB). A word spaCy already knows is cheap; a new one costs a lexeme and a trip
# through the tokenizer's rules every time it is met in a zone: a 1,000-word advert checks
# 3-5x faster when its words are known. So a process keeps what the first adverts teach it
# (mostly the everyday words of adverts) up to this budget, and forgets what comes after.
VOCABULARY_BUDGET = 20_000


PYPHEN_MEMO = 20_000  # words; pyphen (textstat's syllable counter) remembers every word


def _forget_hyphenations() -> None:
    """Empty pyphen's per-dictionary memo of hyphenated words once it is over PYPHEN_MEMO
    words: it never forgets one (0.4 KB each), the second way memory grows with new words."""
    import sys

    pyphen = sys.modules.get("pyphen")
    for hyph in getattr(pyphen, "hdcache", {}).values():
        memo = getattr(hyph, "cache", None)
        if isinstance(memo, dict) and len(memo) > PYPHEN_MEMO:
            memo.clear()


__all__ = [
    "Checked", "Settings", "Source", "cached_engines", "check_source", "engine_for", "one_line_error", "read_source",
    "time_message", "vocabulary_zone",
]  # fmt: skip

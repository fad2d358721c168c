"""Checking many files: finding them, checking them in parallel, never stopping on one.

* :func:`collect` turns the command line's paths into :class:`Task` s: folders walked
  recursively in sorted order, hidden files and folders skipped, ``--include``/``--exclude``
  globs and ``.jdlintignore`` files applied, the config's ``role-overrides`` and
  ``per-file-ignores`` attached.
* :class:`Checker` checks one task: read, check, apply the inline suppressions and the
  per-file ignores, fingerprint the findings for baselines, optionally annotate a Word copy.
  Its engine is built once per process and every file runs under a time limit.
* An :class:`Executor` maps a checker over tasks: :class:`SerialExecutor` in-process,
  :class:`ProcessExecutor` on a process pool whose workers build the engine once (the pool
  initializer) and check files in chunks. A worker that dies (a segfault, the kernel's OOM
  killer, a hang in C code) costs only the file that killed it: the pool is replaced, the
  files of the lost chunks are retried one by one, and only a file that kills a worker when
  checked on its own gets an error entry.
* :func:`run` drives it all and returns one :class:`Outcome` per task, in input order.

A later executor (Dask) only has to implement :meth:`Executor.map`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from jdlint.config import Config, GlobSet
from jdlint.model import Document, Report
from jdlint.readers import DEFAULT_LIMITS, Limits
from jdlint.supported import EXTENSIONS, READ_FORMATS, USUAL_SUFFIXES, WORD_SUFFIXES

T = TypeVar("T")
R = TypeVar("R")

IGNORE_FILE = ".jdlintignore"
SUPPORTED = frozenset(EXTENSIONS)
NO_ADVERTS = f"no adverts found ({' '.join(USUAL_SUFFIXES)})"


# --------------------------------------------------------------------------- tasks


@dataclass(frozen=True)
class Task:
    """One file to check. ``data`` is set for standard input (``path`` ``<stdin>``);
    ``error`` for a command-line path that cannot be checked at all."""

    path: str
    role: str | None = None  # from role-overrides (the --role flag wins, see Settings)
    ignores: tuple[str, ...] = ()  # per-file-ignores: reported as suppressed
    data: bytes | None = None
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What checking one task gave: the report, one fingerprint per finding (for
    baselines), the annotated Word copy when asked for, and the seconds it took."""

    report: Report
    fingerprints: tuple[str, ...] = ()
    annotated: bytes | None = None
    seconds: float = 0.0


class _Ignores:
    """The ``.jdlintignore`` files that apply below a folder, found as the walk goes down."""

    def __init__(self) -> None:
        self._cache: dict[Path, GlobSet | None] = {}

    def of(self, folder: Path) -> GlobSet | None:
        if folder not in self._cache:
            file = folder / IGNORE_FILE
            globs = None
            if file.is_file():
                try:
                    lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
                    globs = GlobSet(lines, folder) or None
                except (OSError, ValueError):
                    globs = None
            self._cache[folder] = globs
        return self._cache[folder]

    def ignored(self, path: Path, is_dir: bool, folders: Sequence[Path]) -> bool:
        """Is ``path`` ignored by the ignore files of ``folders`` (outermost first)?"""
        verdict = False
        for folder in folders:
            globs = self.of(folder)
            if globs is None:
                continue
            decided = globs.decide(path, is_dir)
            if decided is not None:
                verdict = decided
        return verdict


def _project_root(config: Config | None) -> Path:
    if config is not None and config.path is not None:
        return config.root
    return Path.cwd()


def _ancestors(folder: Path, root: Path) -> list[Path]:
    """``root`` down to ``folder`` when ``folder`` is inside ``root``; else ``[folder]``."""
    try:
        rel = folder.relative_to(root)
    except ValueError:
        return [folder]
    out = [root]
    for part in rel.parts:
        out.append(out[-1] / part)
    return out


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$")) or (name.startswith("__") and name.endswith("__"))


def collect(paths: Iterable[str], config: Config | None = None, include: Sequence[str] = (),
            exclude: Sequence[str] = (), role: str | None = None,
            skipped: list[str] | None = None) -> list[Task]:  # fmt: skip
    """The tasks for the command line's ``paths`` (``-`` is standard input).

    Folders are walked in sorted order; hidden files and folders (``.name``), ``__pycache__``
    style folders and Word lock files (``~$name``) are skipped, and so is anything a
    ``.jdlintignore`` (in the folder walked, below it, or above it up to the project root)
    or an ``exclude`` glob matches. Files found in folders must have a supported extension
    and, when there are ``include`` globs, match one. A file named on the command line is
    checked whatever its extension, unless an exclude glob or ``.jdlintignore`` matches it
    (so pre-commit, which names files, honours them too). ``include``/``exclude`` are CLI
    globs relative to the current folder, added to the config's (relative to its folder).

    A file found in a folder whose real path leaves that folder (a symbolic link to
    ``/etc/passwd``, ``/proc/self/environ`` or ``../outside/x.md``) is not read, nor anything
    in ``/proc``, ``/dev`` or ``/sys`` (:mod:`jdlint.fswalk`): it gets no task, and a
    one-line note ``PATH: skipped: ...`` goes to ``skipped`` when given. A file named on the
    command line is read wherever it leads.
    """
    from jdlint.fswalk import Walk, skip_note

    config = config or Config()
    root = _project_root(config)
    cwd = Path.cwd()
    includes = [g for g in (GlobSet(config.include, config.root), GlobSet(include, cwd)) if g]
    excludes = [g for g in (GlobSet(config.exclude, config.root), GlobSet(exclude, cwd)) if g]
    ignores = _Ignores()

    def excluded(path: Path, is_dir: bool, folders: Sequence[Path]) -> bool:
        return any(g.match(path, is_dir) for g in excludes) or ignores.ignored(path, is_dir, folders)

    def task(path: Path) -> Task:
        text = str(path)
        return Task(text, role=role or config.role_for(path), ignores=config.ignores_for(path))

    tasks: list[Task] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            tasks.append(Task("<stdin>", role=role, data=data))
            continue
        path = Path(raw)
        absolute = Path(os.path.abspath(path))
        if not path.exists():
            message = "a broken symbolic link or a symbolic link loop" if os.path.lexists(path) else "no such file or folder"
            tasks.append(Task(raw, error=message))
            continue
        if not path.is_dir():
            if excluded(absolute, False, _ancestors(absolute.parent, root)) or str(absolute) in seen:
                continue
            seen.add(str(absolute))
            tasks.append(task(path))
            continue
        found = 0
        walk = Walk(path)
        for folder, dirs, files in os.walk(path, followlinks=False, onerror=None):
            here = Path(folder)
            chain = _ancestors(Path(os.path.abspath(here)), root)
            if chain[-1] != Path(os.path.abspath(here)):
                chain.append(Path(os.path.abspath(here)))
            keep = []
            for d in sorted(dirs):
                full = Path(os.path.abspath(here / d))
                if _hidden(d) or excluded(full, True, chain) or walk.skip_folder(here / d):
                    continue
                keep.append(d)
            dirs[:] = keep
            for name in sorted(files):
                if _hidden(name) or Path(name).suffix.lower() not in SUPPORTED:
                    continue
                full = Path(os.path.abspath(here / name))
                if excluded(full, False, chain):
                    continue
                if includes and not any(g.match(full) for g in includes):
                    continue
                if str(full) in seen:
                    continue
                reason = walk.skip_file(here / name)
                if reason is not None:
                    if skipped is not None:
                        skipped.append(skip_note(here / name, reason))
                    continue
                seen.add(str(full))
                tasks.append(task(here / name))
                found += 1
        if not found:
            tasks.append(Task(raw, error=NO_ADVERTS))
    return tasks


# --------------------------------------------------------------------------- checking one file


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


_ENGINE: tuple[Settings, Any] | None = None  # this process's engine, built once


def engine_for(settings: Settings):
    """The engine for ``settings``, built on first use in each process."""
    global _ENGINE
    if _ENGINE is not None and _ENGINE[0] == settings:
        return _ENGINE[1]
    from jdlint.engine import Engine, Options
    from jdlint.registry import Registry, default_registry

    registry = default_registry()
    if settings.extra_rules:
        registry = Registry([*registry, *settings.extra_rules], registry.lexicon)
    extra = {"known_acronyms": settings.known_acronyms} if settings.known_acronyms else {}
    engine = Engine(registry, Options(select=settings.select, ignore=settings.ignore, extra=extra))
    _ENGINE = (settings, engine)
    return engine


class Overtime(BaseException):
    """Raised by the alarm when one file takes longer than its time limit. A BaseException
    so that no ``except Exception`` in a reader or check can swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`Overtime` in this thread after ``seconds`` (main thread, POSIX only;
    elsewhere no limit beyond the readers' own)."""
    usable = (
        seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def ring(signum, frame) -> None:
        raise Overtime

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cap_address_space(memory_mb: int) -> None:
    """Limit this process's address space to what it has now plus ``memory_mb`` (RLIMIT_AS,
    soft limit), as the PDF parser's child is limited (:func:`jdlint.sandbox.limit_memory`).
    Used in worker processes, which check one file at a time: a file whose reading or
    checking needs more raises MemoryError there (reported as that file's error), or the
    worker dies and only that file is reported. Without /proc (the size unknown) the worker
    is left uncapped; the time limit and the PDF child's limit still hold."""
    from jdlint.sandbox import limit_memory, statm

    if statm() is not None:
        limit_memory(memory_mb)


class Checker:
    """Checks one :class:`Task` into an :class:`Outcome`; never raises for a bad file."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def warm(self) -> None:
        """Build the engine now (the process pool's initializer). A failure is left for
        the first check to report per file: a raising initializer would break the pool."""
        with contextlib.suppress(Exception):
            engine_for(self.settings)

    def warm_worker(self) -> None:
        """:meth:`warm`, then cap this worker process's memory (a pool's initializer). The
        current folder is taken off the worker's ``sys.path`` first (it gets its parent's)."""
        from jdlint.safepath import strip_current_folder

        strip_current_folder()
        self.warm()
        cap_address_space(self.settings.limits.memory_mb)

    def __call__(self, task: Task) -> Outcome:
        from jdlint.api import _guard, vocabulary_zone
        from jdlint.baseline import fingerprints
        from jdlint.readers import read_bytes, read_file
        from jdlint.suppress import suppress

        start = time.perf_counter()
        if task.error:
            return Outcome(Report(path=task.path, error=task.error))
        settings = self.settings
        engine = engine_for(settings)
        got: dict[str, Any] = {"data": task.data, "document": None}

        def work() -> Report:
            if got["data"] is None:
                got["data"] = read_file(task.path, settings.limits)
            got["document"] = read_bytes(got["data"], task.path, settings.limits)
            return engine.check(got["document"], role=settings.role or task.role)

        limit = settings.limits.timeout
        try:  # the zone bounds a long batch's memory (jdlint.api.vocabulary_zone); the limit inside it
            with vocabulary_zone(), time_limit(limit):
                report = _guard(task.path, work)
                if not report.error:
                    report = suppress(report, got["data"], got["document"], task.ignores, engine.registry)
        except Overtime:
            report = Report(path=task.path, error=f"checking took longer than {limit:g} s")
        document: Document | None = got["document"]
        prints = fingerprints(report, document) if not report.error else ()
        annotated = None
        if settings.annotate and not report.error and document is not None:
            annotated, report = self._annotate(got["data"], document, report)
        return Outcome(report, prints, annotated, time.perf_counter() - start)

    def _annotate(self, data: bytes, document: Document, report: Report) -> tuple[bytes | None, Report]:
        from dataclasses import replace

        from jdlint.annotate import annotate_docx

        shown = replace(report, findings=tuple(f for f in report.findings if not f.suppressed))
        try:
            with time_limit(self.settings.limits.timeout):
                return annotate_docx(data if document.format == "docx" else None, document, shown), report
        except Overtime:
            return None, replace(report, error=f"annotating took longer than {self.settings.limits.timeout:g} s")
        except Exception as exc:  # a bug in one file's annotation must not stop the batch
            return None, replace(report, error=f"could not annotate ({type(exc).__name__}): {str(exc)[:200]}")


# --------------------------------------------------------------------------- executors


class WorkerCrashed(Exception):
    """The worker process checking an item died (or hung and was stopped)."""


class Executor(Protocol):
    """Maps a picklable ``fn`` over ``items``: yields ``(index, result)`` pairs in any
    order, one per item; a result is an exception instance when ``fn`` raised or the
    process running it died (:class:`WorkerCrashed`)."""

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R | BaseException]]: ...


class SerialExecutor:
    """Everything in this process, in order."""

    def __init__(self, initializer: Callable[[], None] | None = None):
        self.initializer = initializer

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R | BaseException]]:
        if self.initializer is not None:
            self.initializer()
        for i, item in enumerate(items):
            try:
                yield i, fn(item)
            except Exception as exc:
                yield i, exc


def _run_chunk(fn: Callable[[T], R], chunk: list[tuple[int, T]]) -> list[tuple[int, R | BaseException]]:
    out: list[tuple[int, R | BaseException]] = []
    for i, item in chunk:
        try:
            out.append((i, fn(item)))
        except Exception as exc:
            out.append((i, exc))
    return out


_WARM_ENV = "JDLINT_FORKSERVER_WARM"


_READERS = READ_FORMATS


def readers_for(tasks: Iterable[Task]) -> tuple[str, ...]:
    """The reader modules the tasks' file names point to (the fork server imports these)."""
    return tuple(sorted({EXTENSIONS.get(Path(t.path).suffix.lower(), "text") for t in tasks}))


def _context(readers: Sequence[str] | None = None) -> multiprocessing.context.BaseContext:
    """forkserver where there is one, else spawn.

    The fork server is a small clean process (no threads, unlike this one with its pool
    manager and progress bar) that forks the workers. jdlint starts it with
    ``jdlint.batch`` preloaded and :data:`_WARM_ENV` set, so it loads spaCy, builds the
    default engine and checks a sample once; every worker forked from it starts with all
    of that in shared memory instead of spending seconds loading it again. ``readers``
    names the readers to import there (default all; the PDF reader alone takes 0.3 s to
    import): only the first pool's choice counts, and a worker imports any other reader
    it needs when it needs it.

    The fork server (and the resource tracker it starts) get ``PYTHONSAFEPATH=1``
    (:mod:`jdlint.safepath`): started with ``python -c``, they would otherwise import
    ``jdlint``, ``spacy`` or ``docx`` from the current folder first."""
    from jdlint.safepath import safe_interpreters

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    with contextlib.suppress(Exception):  # only takes effect before the server starts
        ctx.set_forkserver_preload(["jdlint.batch"])
        os.environ[_WARM_ENV] = ",".join(r for r in (readers or _READERS) if r in _READERS) or "text"
        try:
            with safe_interpreters():
                forkserver.ensure_running()
        finally:
            os.environ.pop(_WARM_ENV, None)
    return ctx


_WARM_SAMPLE = """# Peer Support Worker

## About the role

We are looking for a peer support worker to join our community team. You will use your own
lived experience of mental health challenges to build hopeful, mutual relationships with the
people who use our services, and support them towards their own recovery goals.

## Person specification

- Essential: lived experience of mental health challenges and of using services.
- Good listening skills and the ability to hold clear boundaries.

## What we offer

Regular peer supervision, accredited training, wellbeing support and flexible working. The
interview panel includes a peer worker. Salary: 24,000 pounds a year.
"""


def _warm_server() -> None:
    """In the fork server: build the default engine and run it on a sample long enough
    for every check (the readability check loads a 2 s pronunciation dictionary), and
    import the readers named in :data:`_WARM_ENV`, so forked workers inherit all of it."""
    readers = os.environ.pop(_WARM_ENV, "").split(",")
    with contextlib.suppress(Exception):
        import importlib

        from jdlint.readers import read_bytes

        for name in readers:
            if name in _READERS:
                importlib.import_module(f"jdlint.readers.{name}")
        engine = engine_for(Settings())
        engine.check(read_bytes(_WARM_SAMPLE.encode(), "warm.md"))


class ProcessExecutor:
    """A process pool: ``jobs`` workers, each set up once by ``initializer``, checking
    ``chunksize`` items per round trip (default: a few chunks per worker, at most 16 items).

    ``item_timeout`` is a hard limit per item: when no chunk finishes for
    ``item_timeout × chunk size + startup`` seconds the workers are killed and treated as
    crashed (the per-file alarm in :class:`Checker` is the soft limit; this catches hangs in C
    code that no signal interrupts).
    """

    STARTUP = 60.0  # seconds a new worker may take to import and build its engine

    def __init__(self, jobs: int | None = None, *, initializer: Callable[[], None] | None = None,
                 chunksize: int | None = None, item_timeout: float | None = None,
                 context: multiprocessing.context.BaseContext | None = None,
                 readers: Sequence[str] | None = None) -> None:  # fmt: skip
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.initializer = initializer
        self.chunksize = chunksize
        self.item_timeout = item_timeout
        self.context = context
        self.readers = readers
        self.restarts = 0  # pools replaced after a crash (for tests and diagnostics)
        self._stalled: set[int] = set()  # items in flight when hung workers were killed

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        context = self.context or _context(self.readers)
        return ProcessPoolExecutor(workers, mp_context=context, initializer=self.initializer)

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R | BaseException]]:
        from jdlint.safepath import safe_interpreters

        with safe_interpreters():  # workers started with spawn: no import from the current folder
            yield from self._map(fn, items)

    def _map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R | BaseException]]:
        entries = list(enumerate(items))
        if not entries:
            return
        size = self.chunksize or max(1, min(16, len(entries) // (self.jobs * 4)))
        # Round 1: chunks on a full pool. Round 2: the items of chunks lost to a crash, one per
        # task. Round 3: what was lost again, each alone in a one-worker pool: the culprit.
        suspects = yield from self._round(fn, entries, size, self.jobs)
        if suspects:
            suspects = yield from self._round(fn, suspects, 1, self.jobs)
        for entry in suspects:
            lost = yield from self._round(fn, [entry], 1, 1)
            for i, _ in lost:
                if i in self._stalled:
                    message = f"checking this file took longer than {self.item_timeout:g} s (stopped)"
                else:
                    message = "the worker checking this file crashed (a segmentation fault, or out of memory)"
                yield i, WorkerCrashed(message)

    def _round(self, fn: Callable[[T], R], entries: list[tuple[int, T]], size: int, workers: int):
        """Run ``entries`` in chunks of ``size``; yield results; return the entries of chunks
        lost to a dead worker (the pool is replaced and the rest goes on)."""
        pending = deque(entries[i : i + size] for i in range(0, len(entries), size))
        lost: list[tuple[int, T]] = []
        window = workers + 1  # chunks in flight: a crash loses at most these
        stall = None if self.item_timeout is None else self.item_timeout * size + self.STARTUP
        while pending:
            pool = self._pool(min(workers, len(pending)))
            running: dict[Future, list[tuple[int, T]]] = {}
            broken = False
            try:
                while (pending or running) and not broken:
                    while pending and len(running) < window:
                        chunk = pending.popleft()
                        try:
                            running[pool.submit(_run_chunk, fn, chunk)] = chunk
                        except BrokenProcessPool:
                            pending.appendleft(chunk)
                            broken = True
                            break
                    if broken:
                        break
                    done, _ = wait(running, timeout=stall, return_when=FIRST_COMPLETED)
                    if not done:  # nothing finished in time: a worker hangs
                        self._stalled.update(i for chunk in running.values() for i, _ in chunk)
                        _kill(pool)
                        done, _ = wait(running, timeout=30)
                    for future in done:
                        chunk = running.pop(future)
                        try:
                            yield from future.result()
                        except BrokenProcessPool:
                            lost.extend(chunk)
                            broken = True
                        except Exception as exc:  # e.g. a result that cannot be pickled
                            for i, _ in chunk:
                                yield i, exc
                if broken:
                    # Everything still in flight is lost with the pool (or finished first).
                    for future, chunk in running.items():
                        try:
                            yield from future.result(timeout=30)
                        except Exception:
                            lost.extend(chunk)
                    running.clear()
                    self.restarts += 1
            except BaseException:
                _kill(pool)
                raise
            finally:
                pool.shutdown(wait=not broken, cancel_futures=True)
        return sorted(lost, key=lambda e: e[0])


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's workers now (Python 3.14 has a method for it)."""
    killer = getattr(pool, "kill_workers", None)
    if killer is not None:
        with contextlib.suppress(Exception):
            killer()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.kill()


SERIAL_BELOW = 8  # fewer files than this: starting worker processes costs more than it saves


def make_executor(jobs: int | None, checker: Checker, n_items: int, readers: Sequence[str] | None = None) -> Executor:
    """In-process for one job or a handful of files, else a process pool warmed with
    ``checker``'s engine and ``readers`` (see :func:`readers_for`)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or n_items < SERIAL_BELOW:
        return SerialExecutor(initializer=checker.warm)
    return ProcessExecutor(
        min(jobs, n_items),
        initializer=checker.warm_worker,
        item_timeout=checker.settings.limits.timeout * 2 + 5,
        readers=readers,
    )


# --------------------------------------------------------------------------- the batch


@dataclass
class Progress:
    """A rich progress bar on standard error when it is a terminal; else nothing."""

    total: int
    enabled: bool = field(default_factory=lambda: sys.stderr.isatty())
    _bar: Any = None
    _task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled and self.total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(stderr=True), transient=True,
            )  # fmt: skip
            self._bar.__enter__()
            self._task = self._bar.add_task("checking", total=self.total)
        return self

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def run(tasks: Sequence[Task], checker: Checker, executor: Executor | None = None,
        progress: bool | None = None) -> list[Outcome]:  # fmt: skip
    """Check every task; one :class:`Outcome` per task, in the tasks' order."""
    executor = executor or make_executor(None, checker, len(tasks))
    results: list[Outcome | None] = [None] * len(tasks)
    bar = Progress(len(tasks)) if progress is None else Progress(len(tasks), enabled=progress)
    # Tasks that are errors already need no worker.
    work = [i for i, t in enumerate(tasks) if t.error is None]
    for i, t in enumerate(tasks):
        if t.error is not None:
            results[i] = Outcome(Report(path=t.path, error=t.error))
    with bar:
        for k, result in executor.map(checker, [tasks[i] for i in work]):
            i = work[k]
            if isinstance(result, BaseException):
                message = str(result) if isinstance(result, WorkerCrashed) else (
                    f"internal error ({type(result).__name__}): {str(result)[:200]}")  # fmt: skip
                result = Outcome(Report(path=tasks[i].path, error=message))
            results[i] = result
            bar.advance()
    return [r for r in results if r is not None]


# --------------------------------------------------------------------------- planning a run


@dataclass
class Plan:
    """A run worked out from the command line and the config, before any file is checked."""

    config: Config
    settings: Settings
    tasks: list[Task]
    registry: Any  # the shipped rules plus the config's extra phrases
    jobs: int
    fail_on: str
    format: str
    skipped: list[str] = field(default_factory=list)  # one-line notes: entries not read (fswalk)


def check_rule_keys(keys: Iterable[str], registry: Any) -> list[str]:
    """The keys (ids, id prefixes, names) that name no rule in ``registry``."""
    return [k for k in keys if not any(r.id.startswith(k.upper()) or r.name == k.lower() for r in registry)]


def load_config_for(paths: Sequence[str], config_file: str | None = None, isolated: bool = False) -> Config:
    """``--config FILE``, else the config found upward from the first path (or the current
    folder); the defaults with ``--isolated``."""
    from jdlint.config import find_config, load_config

    if isolated:
        return Config()
    if config_file:
        return load_config(config_file)
    start = next((p for p in paths if p != "-"), None)
    found = find_config(start)
    return load_config(found) if found else Config()


def plan(paths: Sequence[str], *, config: Config, select: Sequence[str] | None = None,
         ignore: Sequence[str] | None = None, fail_on: str | None = None, include: Sequence[str] = (),
         exclude: Sequence[str] = (), jobs: int | None = None, timeout: float | None = None,
         max_file_size_mb: float | None = None, max_memory_mb: int | None = None, role: str | None = None,
         fmt: str | None = None, annotate: bool = False) -> Plan:  # fmt: skip
    """Merge the flags over ``config`` (a flag given replaces the config's value; include and
    exclude globs add up), validate the rule keys and the extra phrases, collect the tasks.

    Raises :class:`~jdlint.errors.ConfigError` for a config problem and
    :class:`~jdlint.errors.UsageError` for a bad flag."""
    from jdlint.config import effective_limits
    from jdlint.errors import ConfigError, RuleError, UsageError
    from jdlint.registry import Registry, default_registry

    extra = tuple(config.extra_rules())
    registry = default_registry()
    if extra:
        try:
            registry = Registry([*registry, *extra], registry.lexicon)
        except RuleError as exc:
            raise ConfigError(f"{config.origin}: extra-phrases: {exc}") from None
    for key, values in (("select", config.select), ("ignore", config.ignore),
                        *(("per-file-ignores " + repr(g), rules) for g, rules in config.per_file_ignores)):  # fmt: skip
        bad = check_rule_keys(values, registry)
        if bad:
            raise ConfigError(f"{config.origin}: {key}: unknown rule or prefix {bad[0]!r}")
    for values in (select or (), ignore or ()):
        bad = check_rule_keys(values, registry)
        if bad:
            raise UsageError(f"unknown rule or prefix: {bad[0]}")
    limits = effective_limits(config, timeout, max_file_size_mb, max_memory_mb)
    settings = Settings(
        select=tuple(select) if select else config.select,
        ignore=tuple(ignore) if ignore else config.ignore,
        extra_rules=extra,
        limits=limits,
        role=role,
        annotate=annotate,
        known_acronyms=config.known_acronyms,
    )
    if extra:
        check_extra_patterns(extra, config.origin)
        check_extra_examples(settings, config.origin)
    skipped: list[str] = []
    tasks = collect(paths, config, include=include, exclude=exclude, role=role, skipped=skipped)
    return Plan(
        config=config,
        settings=settings,
        tasks=tasks,
        registry=registry,
        jobs=jobs if jobs else (config.jobs or os.cpu_count() or 1),
        fail_on=fail_on or config.fail_on or "warning",
        format=fmt or config.format or "text",
        skipped=skipped,
    )


def check_extra_patterns(rules: Sequence[Any], origin: str) -> None:
    """Each extra phrase rule's patterns must compile (a one-line config error if not)."""
    from jdlint.errors import ConfigError
    from jdlint.nlp import PatternSet

    for rule in rules:
        try:
            PatternSet(rule.pattern_groups())
        except Exception as exc:  # re.error, ValueError ...: the pattern language's complaints
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise ConfigError(f"{origin}: extra-phrases {rule.id}: bad pattern: {message}") from None


def check_extra_examples(settings: Settings, origin: str) -> None:
    """Each extra phrase rule must flag its bad examples and pass its good ones."""
    from jdlint.engine import Engine
    from jdlint.errors import ConfigError
    from jdlint.readers import read_text

    engine = Engine(engine_for(settings).registry)  # every rule on, whatever --select says
    for rule in settings.extra_rules:
        for example in rule.examples:
            for text, wanted in ((example.bad, True), (example.good, False)):
                if not text:
                    continue
                report = engine.check(read_text(text, "<example>"), role=example.role or "peer")
                if any(f.rule == rule.id for f in report.findings) != wanted:
                    what = "does not flag its bad example" if wanted else "flags its good example"
                    raise ConfigError(f"{origin}: extra-phrases {rule.id} {what}: {text!r}")


# --------------------------------------------------------------------------- annotated copies



def annotation_targets(source: str, tasks: Sequence[Task], output: str | None) -> list[Path | None]:
    """Where each task's annotated Word copy goes (``None`` for tasks that are errors).

    ``source`` a file: ``output`` is the file to write (an existing folder: the copy goes
    in it), by default ``NAME.annotated.docx`` beside the input. ``source`` a folder:
    ``output`` is a folder mirroring the input's sub-folders; ``x.docx`` keeps its name,
    ``x.md`` becomes ``x.docx`` (``x.md.docx`` when an ``x.docx`` is there too).
    Raises :class:`~jdlint.errors.UsageError` when a copy would overwrite an input."""
    from jdlint.errors import UsageError

    src = Path(source)
    inputs = {os.path.realpath(t.path) for t in tasks if t.error is None}
    targets: list[Path | None] = []
    if not src.is_dir():
        for t in tasks:
            if t.error is not None:
                targets.append(None)
                continue
            p = Path(t.path)
            name = p.name if p.suffix.lower() in WORD_SUFFIXES else p.stem + ".docx"
            if output is None:
                target = p.with_name(f"{Path(name).stem}.annotated{Path(name).suffix}")
            elif Path(output).is_dir():
                target = Path(output) / name
            else:
                target = Path(output)
            targets.append(target)
    else:
        if output is None:
            raise UsageError("name the output folder with -o when annotating a folder")
        out = Path(output)
        if os.path.realpath(out) == os.path.realpath(src):
            raise UsageError("refusing to overwrite the input: the output folder is the input folder")
        if out.exists() and not out.is_dir():
            raise UsageError(f"{output} is a file: annotating a folder writes a folder")
        stems: dict[Path, int] = {}
        rels: list[Path | None] = []
        for t in tasks:
            rel = Path(os.path.relpath(t.path, src)) if t.error is None else None
            rels.append(rel)
            if rel is not None:
                key = rel.with_suffix("")
                stems[key] = stems.get(key, 0) + 1
        for rel in rels:
            if rel is None:
                targets.append(None)
            elif rel.suffix.lower() in WORD_SUFFIXES:
                targets.append(out / rel)
            elif stems[rel.with_suffix("")] > 1:
                targets.append(out / rel.with_name(rel.name + ".docx"))
            else:
                targets.append(out / rel.with_suffix(".docx"))
    for target in targets:
        if target is not None and os.path.realpath(target) in inputs:
            raise UsageError(f"refusing to overwrite the input {target}: choose another output")
    return targets


__all__ = [
    "Checker", "Executor", "Outcome", "Plan", "ProcessExecutor", "SerialExecutor", "Settings", "Task",
    "WorkerCrashed", "annotation_targets", "collect", "engine_for", "load_config_for", "make_executor", "plan", "run",
]  # fmt: skip


if os.environ.get(_WARM_ENV):  # imported by the fork server (see _context)
    _warm_server()

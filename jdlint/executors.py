"""Running a function over many items: in this process, on a process pool, with progress.

An :class:`Executor` maps a picklable function (a :class:`jdlint.batch.Checker`) over
items: :class:`SerialExecutor` in-process, :class:`ProcessExecutor` on a process pool whose
workers are forked from a warm fork server (:func:`pool_context`: spaCy and the engine
already loaded) and check items in chunks. A worker that dies (a segfault, the kernel's OOM
killer, a hang in C code) costs only the item that killed it: the pool is replaced, the
items of the lost chunks are retried one by one, and only an item that kills a worker when
run on its own gets a :class:`WorkerCrashed` result. The Dask executor
(:mod:`jdlint.dask_executor`) implements the same :meth:`Executor.map`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from jdlint.supported import EXTENSIONS, READ_FORMATS

T = TypeVar("T")
R = TypeVar("R")


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


WARM_ENV = "JDLINT_FORKSERVER_WARM"


_READERS = READ_FORMATS


def readers_for(tasks: Iterable[Any]) -> tuple[str, ...]:
    """The reader modules the tasks' file names point to (the fork server imports these)."""
    return tuple(sorted({EXTENSIONS.get(Path(t.path).suffix.lower(), "text") for t in tasks}))


def pool_context(readers: Sequence[str] | None = None) -> multiprocessing.context.BaseContext:
    """forkserver where there is one, else spawn.

    The fork server is a small clean process (no threads, unlike this one with its pool
    manager and progress bar) that forks the workers. jdlint starts it with
    ``jdlint.batch`` (and so this module) preloaded and :data:`WARM_ENV` set, so it loads spaCy, builds the
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
        ctx.set_forkserver_preload(["jdlint.batch"])  # imports this module: see the end
        os.environ[WARM_ENV] = ",".join(r for r in (readers or _READERS) if r in _READERS) or "text"
        try:
            with safe_interpreters():
                forkserver.ensure_running()
        finally:
            os.environ.pop(WARM_ENV, None)
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
    import the readers named in :data:`WARM_ENV`, so forked workers inherit all of it."""
    readers = os.environ.pop(WARM_ENV, "").split(",")
    with contextlib.suppress(Exception):
        import importlib

        from jdlint.readers import read_bytes

        for name in readers:
            if name in _READERS:
                importlib.import_module(f"jdlint.readers.{name}")
        from jdlint.pipeline import engine_for

        engine = engine_for()
        for _ in range(2):  # twice: the matcher compiles what an advert met again tries (match_plan._Interpreted)
            engine.check(read_bytes(_WARM_SAMPLE.encode(), "warm.md"))


class ProcessExecutor:
    """A process pool: ``jobs`` workers, each set up once by ``initializer``, checking
    ``chunksize`` items per round trip (default: a few chunks per worker, at most 16 items,
    smaller towards the end: :func:`chunks`).

    ``item_timeout`` is a hard limit per item: when no chunk finishes for
    ``item_timeout × chunk size + startup`` seconds the workers are killed and treated as
    crashed (the per-file deadline in :class:`jdlint.batch.Checker` is the soft limit; this catches hangs in C
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
        context = self.context or pool_context(self.readers)
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
        suspects = yield from self._round(fn, entries, size, self.jobs, tapered=not self.chunksize)
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

    def _round(self, fn: Callable[[T], R], entries: list[tuple[int, T]], size: int, workers: int,
               tapered: bool = False):  # fmt: skip
        """Run ``entries`` in chunks of ``size`` (``tapered``: smaller towards the end, see
        :func:`chunks`); yield results; return the entries of chunks lost to a dead worker
        (the pool is replaced and the rest goes on)."""
        pending = deque(chunks(entries, size, workers if tapered else 0))
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


def chunks(entries: list[T], size: int, workers: int = 0) -> list[list[T]]:
    """``entries`` in order, cut into chunks of ``size``; with ``workers``, the chunks taper
    once fewer than two chunks of ``size`` a worker are left (each half of what is left a
    worker, at least one entry). A batch ends when its slowest worker does: with even
    chunks, one worker could start a whole chunk just as the other ran out of work, and at
    16 adverts a chunk that was a tenth of a second of one core idle (the price: about ten
    more round trips)."""
    out: list[list[T]] = []
    start = 0
    while start < len(entries):
        left = len(entries) - start
        step = size if not workers else max(1, min(size, -(-left // (2 * workers))))
        out.append(entries[start : start + step])
        start += step
    return out


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


def make_executor(jobs: int | None, checker: Any, n_items: int, readers: Sequence[str] | None = None) -> Executor:
    """In-process for one job or a handful of files, else a process pool warmed with
    ``checker`` (a :class:`jdlint.batch.Checker`)'s engine and ``readers`` (see :func:`readers_for`)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or n_items < SERIAL_BELOW:
        return SerialExecutor(initializer=checker.warm)
    return ProcessExecutor(
        min(jobs, n_items),
        initializer=checker.warm_worker,
        item_timeout=checker.settings.limits.timeout * 2 + 5,
        readers=readers,
    )



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


__all__ = [
    "SERIAL_BELOW", "Executor", "ProcessExecutor", "Progress", "SerialExecutor", "WorkerCrashed", "make_executor",
    "pool_context", "readers_for",
]  # fmt: skip


if os.environ.get(WARM_ENV):  # imported by the fork server (see pool_context)
    _warm_server()

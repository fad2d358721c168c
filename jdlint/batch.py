"""Checking many files: finding them, checking them in parallel, never stopping on one.

The parts live in their own modules; this one ties them together:

* :mod:`jdlint.discover`: :func:`collect` turns the command line's paths into :class:`Task` s.
* :class:`Checker` checks one task: :func:`jdlint.pipeline.check_source` (read, check,
  apply the inline suppressions and the per-file ignores, all under the time limit), then
  fingerprints the findings for baselines and optionally annotates a Word copy. Its engine
  is built once per process (:func:`jdlint.pipeline.engine_for`).
* :mod:`jdlint.executors`: :class:`SerialExecutor`, :class:`ProcessExecutor` (and
  :mod:`jdlint.dask_executor`) map a checker over tasks; :class:`Progress` shows it.
* :func:`run` drives it all and returns one :class:`Outcome` per task, in input order.
* :mod:`jdlint.planning`: :func:`plan` merges flags and config before anything runs.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, replace
from typing import Any

from jdlint.discover import IGNORE_FILE, NO_ADVERTS, SUPPORTED, Task, collect
from jdlint.errors import Timeout
from jdlint.executors import (
    SERIAL_BELOW,
    Executor,
    ProcessExecutor,
    Progress,
    SerialExecutor,
    WorkerCrashed,
    make_executor,
    pool_context,
    readers_for,
)
from jdlint.model import Document, Report
from jdlint.pipeline import Settings, Source, check_source, engine_for
from jdlint.planning import (
    Plan,
    annotation_targets,
    collect_and_start,
    load_config_for,
    plan,
    untaken,
)
from jdlint.sandbox import within


@dataclass(frozen=True)
class Outcome:
    """What checking one task gave: the report, one fingerprint per finding (for
    baselines), the annotated Word copy when asked for, and the seconds it took."""

    report: Report
    fingerprints: tuple[str, ...] = ()
    annotated: bytes | None = None
    seconds: float = 0.0


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

    def engine(self) -> Any:
        """This process's engine for the settings (:func:`jdlint.pipeline.engine_for`)."""
        return engine_for(self.settings)

    def warm(self) -> None:
        """Build the engine now (the process pool's initializer). A failure is left for
        the first check to report per file: a raising initializer would break the pool."""
        with contextlib.suppress(Exception):
            self.engine()

    def warm_worker(self) -> None:
        """:meth:`warm`, then cap this worker process's memory (a pool's initializer). The
        current folder is taken off the worker's ``sys.path`` first (it gets its parent's)."""
        from jdlint.safepath import strip_current_folder

        strip_current_folder()
        self.warm()
        cap_address_space(self.settings.limits.memory_mb)

    def __call__(self, task: Task) -> Outcome:
        from jdlint.baseline import fingerprints

        start = time.perf_counter()
        if task.error:
            return Outcome(Report(path=task.path, error=task.error))
        settings = self.settings
        source = Source(name=task.path, data=task.data, path=task.path if task.data is None else None,
                        role=settings.role or task.role, ignores=task.ignores, walked=task.walked)  # fmt: skip
        checked = check_source(source, self.engine(), settings.limits)
        report, document = checked.report, checked.document
        prints = fingerprints(report, document) if not report.error else ()
        annotated = None
        if settings.annotate and not report.error and document is not None and checked.data is not None:
            annotated, report = self._annotate(checked.data, document, report)
        return Outcome(report, prints, annotated, time.perf_counter() - start)

    def _annotate(self, data: bytes, document: Document, report: Report) -> tuple[bytes | None, Report]:
        from jdlint.annotate import annotate_docx

        shown = replace(report, findings=tuple(f for f in report.findings if not f.suppressed))
        seconds = self.settings.limits.timeout
        try:
            annotated = within(seconds, lambda: annotate_docx(data if document.format == "docx" else None, document, shown),
                               f"annotating took longer than {seconds:g} s")  # fmt: skip
            return annotated, report
        except Timeout as exc:
            return None, replace(report, error=str(exc))
        except Exception as exc:  # a bug in one file's annotation must not stop the batch
            return None, replace(report, error=f"could not annotate ({type(exc).__name__}): {str(exc)[:200]}")


def run(tasks: list[Task], checker: Checker, executor: Executor | None = None,
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


__all__ = [
    "IGNORE_FILE", "NO_ADVERTS", "SERIAL_BELOW", "SUPPORTED", "Checker", "Executor", "Outcome", "Plan",
    "ProcessExecutor", "Progress", "SerialExecutor", "Settings", "Task", "WorkerCrashed", "annotation_targets",
    "cap_address_space", "collect", "collect_and_start", "engine_for", "load_config_for", "make_executor", "plan", "pool_context",
    "readers_for", "run", "untaken",
]  # fmt: skip

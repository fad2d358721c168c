"""Checking adverts on a Dask cluster: ``jdlint check --executor dask``.

:class:`DaskExecutor` implements :meth:`jdlint.batch.Executor.map` on ``dask.distributed``
(the optional extra: ``pip install 'jdlint[dask]'``):

* Without a scheduler address it starts a ``LocalCluster`` on 127.0.0.1: one process per
  worker (``n_workers`` = ``--jobs``), one thread each, no dashboard. With one it joins
  that cluster; the workers must have the same jdlint installed.
* Files go out in batches (``--batch-size``, default up to 64 files per Dask task: the
  per-task cost of Dask is milliseconds, a file's is tens of milliseconds), a bounded
  window of batches in flight, so neither the client nor the scheduler holds a whole
  collection. Workers read each file from its absolute path on a shared filesystem, or get
  its bytes with the task (``--ship-bytes``). Each worker process builds the rule engine
  once (:func:`jdlint.pipeline.engine_for` caches it per process) and checks each file under
  the per-file time limit (:func:`jdlint.pipeline.check_source`); results stream back as batches finish (``as_completed``).
* A bad file is an error entry, as in local runs. A batch whose task raised is retried by
  Dask (``retries``). A batch lost with its worker (``KilledWorker``) is split and its files
  are retried one per task; a file lost again is run on its own, with nothing else in
  flight, and only a file that kills a worker then gets an error entry.

Nothing here imports Dask until an executor is made: :func:`require` raises
:class:`DaskMissing` with the install hint when it is absent.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from jdlint.errors import JdlintError

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "--executor dask needs the dask extra: pip install 'jdlint[dask]'"
MAX_BATCH = 64


class DaskMissing(JdlintError):
    """``dask[distributed]`` is not installed."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class DaskError(JdlintError):
    """The cluster cannot be started or reached, or was lost mid-run (one line)."""


def require() -> Any:
    """The ``distributed`` module, or :class:`DaskMissing`."""
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError:
        raise DaskMissing() from None
    return distributed


# --------------------------------------------------------------------------- on the workers


def run_batch(fn: Callable[[T], R], entries: list[tuple[int, T]], item_timeout: float | None = None,
              initializer: Callable[[], None] | None = None) -> list[tuple[int, Any]]:  # fmt: skip
    """One Dask task: ``fn`` over a batch of ``(index, item)`` s on a worker.

    ``initializer`` (the checker's engine warm-up) runs first, outside any time limit; it is
    cheap after the first batch in a process. Each item then runs under ``item_timeout``
    (:func:`jdlint.sandbox.within`, which acts on Dask's worker threads too); an exception
    becomes that item's result, so one bad file never fails the batch."""
    from jdlint.errors import Timeout
    from jdlint.executors import WorkerCrashed
    from jdlint.sandbox import within

    if initializer is not None:
        with contextlib.suppress(Exception):
            initializer()
    out: list[tuple[int, Any]] = []
    for i, item in entries:
        try:
            result = within(item_timeout, lambda: fn(item),  # noqa: B023 (called at once)
                            f"checking this file took longer than {item_timeout or 0:g} s (stopped)")
            out.append((i, result))
        except Timeout as exc:
            out.append((i, WorkerCrashed(str(exc))))
        except Exception as exc:
            out.append((i, exc))
    return out


def worker_info() -> dict[str, Any]:
    """What a worker runs (checked against the client's at start)."""
    import jdlint

    return {"jdlint": jdlint.__version__, "pid": os.getpid()}


# --------------------------------------------------------------------------- on the client


def _to_worker(item: Any, ship_bytes: bool, limits: Any) -> Any:
    """A :class:`~jdlint.batch.Task` as a worker needs it: an absolute path (workers have
    their own current folder), or with ``ship_bytes`` its contents read here."""
    from jdlint.batch import Task
    from jdlint.errors import ReadError
    from jdlint.readers import read_file

    if not isinstance(item, Task) or item.data is not None or item.error is not None:
        return item
    if not ship_bytes:
        return replace(item, path=os.path.abspath(item.path))
    try:
        return replace(item, data=read_file(item.path, limits))
    except ReadError as exc:
        return replace(item, error=str(exc) or type(exc).__name__)


def _from_worker(item: Any, result: Any) -> Any:
    """The report under the path as given on the command line, not the absolute one."""
    from jdlint.batch import Outcome, Task

    if isinstance(item, Task) and isinstance(result, Outcome) and result.report.path != item.path:
        return replace(result, report=replace(result.report, path=item.path))
    return result


class DaskExecutor:
    """Maps a function over items on a Dask cluster (see the module's docstring).

    ``scheduler``: a scheduler address (``tcp://host:8786``) to join, or ``None`` to start a
    LocalCluster of ``jobs`` worker processes (default: every core). ``batch_size``: items
    per Dask task (default: a few batches per worker, at most :data:`MAX_BATCH`).
    ``ship_bytes``: send file contents rather than paths. ``item_timeout``: the per-item time
    limit on the workers. ``retries``: Dask retries of a batch whose task raised.
    ``allowed_failures``: worker deaths a task survives before ``KilledWorker`` in a cluster
    started here (0: split the batch at once, as the local process pool does).
    ``connect_timeout``: seconds to reach the scheduler (default: Dask's
    ``distributed.comm.timeouts.connect``, 30 s).

    Use as a context manager, or call :meth:`close`; a cluster started here is shut down.
    """

    def __init__(self, scheduler: str | None = None, *, jobs: int | None = None, batch_size: int | None = None,
                 ship_bytes: bool = False, item_timeout: float | None = None, limits: Any = None,
                 initializer: Callable[[], None] | None = None, retries: int = 2, allowed_failures: int = 0,
                 connect_timeout: float | None = None, client: Any = None,
                 warn: Callable[[str], None] | None = None) -> None:  # fmt: skip
        self.distributed = require()
        self.scheduler = scheduler
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.batch_size = batch_size
        self.ship_bytes = ship_bytes
        self.item_timeout = item_timeout
        self.limits = limits
        self.initializer = initializer
        self.retries = retries
        self.allowed_failures = allowed_failures
        self.connect_timeout = connect_timeout
        self.client = client
        self.cluster: Any = None
        self._own_client = client is None
        self.lost_batches = 0  # batches lost to a dead worker (for tests and diagnostics)
        self.last_batch_size = 0  # files per task in the last map
        self.warnings: list[str] = []
        self.warn = warn or _warn
        self._threads = (0.0, 0)
        self._config: Any = None  # the dask.config.set of a cluster started here
        self._quiet: _Quiet | None = None  # Dask's log output held back until close()

    # -- the cluster

    def __enter__(self) -> DaskExecutor:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> Any:
        """Start or join the cluster (once); the :class:`distributed.Client`."""
        if self.client is not None:
            return self.client
        distributed = self.distributed
        # Dask logs tracebacks of its own when a connection drops; jdlint says it in one line.
        self._quiet = _Quiet()
        try:
            if self.scheduler:
                timeout = {} if self.connect_timeout is None else {"timeout": self.connect_timeout}
                self.client = distributed.Client(self.scheduler, set_as_default=False, **timeout)
            else:
                self.cluster = self._local_cluster()
                self.client = distributed.Client(self.cluster, set_as_default=False)
        except Exception as exc:  # OSError, TimeoutError, RuntimeError("Nanny failed to start") ...
            self.close()
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            message = " ".join(str(exc).split())[:300] or type(exc).__name__
            raise DaskError(f"cannot reach {where}: {message}") from None
        self._check_versions()
        return self.client

    def _local_cluster(self) -> Any:
        import dask

        settings: dict[str, Any] = {
            "distributed.scheduler.allowed-failures": self.allowed_failures,
            # The scheduler and the nannies live in this process: their housekeeping (the
            # event-loop watchdog every 20 ms, dashboard statistics, worker memory polls)
            # took 7% of a core here, slowed down it takes about 1%.
            "distributed.admin.tick.interval": "1s",
            "distributed.admin.system-monitor.interval": "5s",
            "distributed.worker.memory.monitor-interval": "1s",
            # The workers' statistical profiler samples every thread's stack every 10 ms
            # (for the dashboard, which is off): 5% of a core per worker, idle or not.
            "distributed.worker.profile.enabled": False,
            # Workers started with spawn (where there is no fork server) import nothing from
            # the current folder (jdlint.safepath); Dask sets this before each worker starts.
            "distributed.nanny.pre-spawn-environ.PYTHONSAFEPATH": "1",
        }
        method = _worker_start_method()
        if method:
            settings["distributed.worker.multiprocessing-method"] = method
        # Kept until close(): a worker restarted after a crash starts the same way.
        self._config = dask.config.set(settings)
        from jdlint.safepath import safe_interpreters

        with safe_interpreters():
            return self.distributed.LocalCluster(
                n_workers=self.jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                scheduler_port=0, dashboard_address=None, silence_logs=logging.CRITICAL,
                # The scheduler's HTTP routes (health, metrics) on any free local port, not 8787.
                scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            )  # fmt: skip

    def _check_versions(self) -> None:
        import jdlint

        try:
            infos = self.client.run(worker_info)
        except Exception:  # a worker without jdlint at all fails here: the first batch will say so
            return
        other = sorted({v.get("jdlint") for v in infos.values()} - {jdlint.__version__}, key=str)
        if other:
            message = (f"workers run jdlint {', '.join(map(str, other))}, this is {jdlint.__version__}: "
                       "install the same version everywhere")  # fmt: skip
            self.warnings.append(message)
            self.warn(message)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self.client is not None and self._own_client:
                self.client.close()
        with contextlib.suppress(Exception):
            if self.cluster is not None:
                self.cluster.close()
        if self._own_client:
            self.client = None
        self.cluster = None
        if self._config is not None:
            with contextlib.suppress(Exception):
                self._config.__exit__(None, None, None)
            self._config = None
        if self._quiet is not None:
            self._quiet.remove()
            self._quiet = None

    def threads(self) -> int:
        """The cluster's worker threads (asked at most every few seconds: clusters scale)."""
        when, count = self._threads
        if time.monotonic() - when > 5 or not count:
            try:
                count = sum(self.client.nthreads().values())
            except Exception:
                count = count or self.jobs
            self._threads = (time.monotonic(), count)
        return max(1, count)

    # -- the map

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R | BaseException]]:
        from jdlint.executors import WorkerCrashed

        entries = list(enumerate(items))
        if not entries:
            return
        self.connect()
        size = self.batch_size or max(1, min(MAX_BATCH, len(entries) // (self.threads() * 4)))
        self.last_batch_size = size
        batches = [entries[i : i + size] for i in range(0, len(entries), size)]
        # Round 1: batches. Round 2: the items of batches lost with a worker, one per task.
        # Round 3: what was lost again, each alone with nothing else in flight: the culprit.
        suspects = yield from self._round(fn, items, batches)
        if suspects:
            suspects = yield from self._round(fn, items, [[e] for e in suspects])
        for entry in suspects:
            lost = yield from self._round(fn, items, [[entry]])
            for i, _ in lost:
                yield i, WorkerCrashed("the worker checking this file crashed (a segmentation fault, or out of memory)")

    def _submit(self, fn: Callable[[T], R], batch: list[tuple[int, T]]) -> Any:
        payload = [(i, _to_worker(item, self.ship_bytes, self.limits)) for i, item in batch]
        key = f"jdlint-batch-{uuid.uuid4().hex}"
        return self.client.submit(run_batch, fn, payload, self.item_timeout, self.initializer,
                                  key=key, retries=self.retries, pure=False)  # fmt: skip

    def _round(self, fn: Callable[[T], R], items: Sequence[T], batches: list[list[tuple[int, T]]]):
        """Run ``batches``, a window of them in flight; yield results as batches finish;
        return the entries of batches lost to dead workers."""
        from distributed.scheduler import KilledWorker

        distributed = self.distributed
        pending = deque(batches)
        running: dict[Any, list[tuple[int, T]]] = {}
        lost: list[tuple[int, T]] = []
        done = distributed.as_completed(loop=self.client.loop)

        def refill() -> None:
            window = 2 * self.threads() + 2  # enough queued that no worker waits, no more
            while pending and len(running) < window:
                batch = pending.popleft()
                future = self._submit(fn, batch)
                running[future] = batch
                done.add(future)

        try:
            refill()
            for future in done:
                batch = running.pop(future)
                status = future.status
                if status not in ("finished", "error", "cancelled"):  # lost with a worker after it
                    with contextlib.suppress(Exception):  # finished: Dask computes it again
                        future.result()
                    status = future.status
                if status == "finished":
                    try:
                        results = future.result()
                    except Exception as exc:  # the result could not be sent back
                        results = [(i, exc) for i, _ in batch]
                    for i, result in results:
                        yield i, _from_worker(items[i], result)
                elif status == "error":
                    exc = future.exception()
                    if isinstance(exc, KilledWorker):
                        self.lost_batches += 1
                        lost.extend(batch)
                    else:
                        for i, _ in batch:
                            yield i, exc
                else:  # cancelled: the scheduler went away
                    raise DaskError(self._lost_message())
                future.release()
                refill()
        except BaseException:
            with contextlib.suppress(Exception):
                self.client.cancel(list(running))
            raise
        return sorted(lost, key=lambda e: e[0])

    def _lost_message(self) -> str:
        where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "the local Dask cluster"
        return f"lost {where} in the middle of the run (--resume FILE lets a re-run skip the files finished)"


class _Quiet(logging.Filter):
    """Drops Dask's log records below CRITICAL on the handlers of the ``distributed`` logger
    while an executor is open. A filter of its own rather than a handler level, so that
    executors closed in any order each take away only what they added."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers = list(logging.getLogger("distributed").handlers)
        for handler in self.handlers:
            handler.addFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.CRITICAL

    def remove(self) -> None:
        for handler in self.handlers:
            handler.removeFilter(self)


def _warn(message: str) -> None:
    print(f"jdlint: warning: {message}", file=sys.stderr)


def _worker_start_method() -> str | None:
    """How a LocalCluster's workers start: forked from jdlint's warm fork server where there
    is one (the engine and spaCy already loaded, see :func:`jdlint.executors.pool_context`), else
    Dask's default (spawn)."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    try:
        from jdlint.executors import pool_context

        pool_context()  # starts the warm fork server if it is not running yet
    except Exception:
        return None
    return "forkserver"


def make_dask_executor(checker: Any, *, scheduler: str | None = None, jobs: int | None = None,
                       batch_size: int | None = None, ship_bytes: bool = False) -> DaskExecutor:  # fmt: skip
    """A :class:`DaskExecutor` for ``checker`` (a :class:`jdlint.batch.Checker`): its engine
    warm-up on each worker, its size limit for ``--ship-bytes``. The checker keeps each
    file to its time limit itself; the executor's per-item limit is a backstop twice as long
    (as :func:`jdlint.executors.make_executor`'s), so the two never race."""
    limits = checker.settings.limits
    backstop = limits.timeout * 2 + 5 if limits.timeout else None
    return DaskExecutor(scheduler, jobs=jobs, batch_size=batch_size, ship_bytes=ship_bytes,
                        item_timeout=backstop, limits=limits, initializer=checker.warm)  # fmt: skip


__all__ = [
    "INSTALL_HINT", "DaskError", "DaskExecutor", "DaskMissing", "make_dask_executor", "require", "run_batch",
]  # fmt: skip

"""Benchmark the Dask executor: 1 against 2 workers, and against the local process pool.

On N adverts (Markdown and plain text, generated with bench/make_corpus.py's writers), for
1 and 2 workers (``--workers``):

* ``pool``: :class:`jdlint.batch.ProcessExecutor` with that many processes (forked from
  jdlint's warm fork server, started before timing);
* ``dask``: :class:`jdlint.dask_executor.DaskExecutor` on a LocalCluster (127.0.0.1) of that
  many one-thread worker processes, started and warmed before timing;

each timed over ``jdlint.batch.run`` (everything the ``check`` command does before the
report), best of ``--repeat`` rounds, each round running every configuration once (so a
burst of other load hits them alike). Then: speedup and efficiency (speedup / workers; goal
at least 90%), Dask's overhead against the pool at the same worker count, the cluster's
start-up time, the client's CPU time per document (scheduling, moving results back), and
the workers' CPU time per document, which ``docs/dask.md`` scales to 10 million adverts.
``--mixed N`` adds an in-process CPU cost per document for each format (DOCX, PDF, MD, TXT)
on N adverts of make_corpus.py's usual mix.

    .venv/bin/python bench/bench_dask.py [--n 2000] [--workers 1 2] [--repeat 3] [--batch-size N] [--mixed 200]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def _make_corpus_module():
    spec = importlib.util.spec_from_file_location("bench_make_corpus", HERE / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def text_corpus(folder: Path, n: int, seed: int = 1) -> list[Path]:
    """``n`` adverts alternating Markdown and text (kept between runs)."""
    existing = sorted(p for p in folder.glob("advert-*") if p.suffix in (".md", ".txt")) if folder.is_dir() else []
    if len(existing) == n:
        return existing
    mc = _make_corpus_module()
    folder.mkdir(parents=True, exist_ok=True)
    for p in existing:
        p.unlink()
    paths = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        ext, writer = (("md", mc.to_markdown), ("txt", mc.to_text))[i % 2]
        path = folder / f"advert-{i:05d}.{ext}"
        path.write_text(writer(mc.make_advert(rng), rng), encoding="utf-8")
        paths.append(path)
    return paths


def _cpu() -> float:
    """This process's CPU seconds, with its reaped children's (the PDF sandbox)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _worker_cpu() -> float:
    return _cpu()


@dataclass
class Timing:
    seconds: float
    client_cpu: float
    worker_cpu: float | None = None  # Dask only: the workers' CPU seconds during the run
    busy: float = 0.0  # the sum of the files' check times (wall, measured on the workers)


def timed_run(tasks, checker, executor, client=None) -> Timing:
    from jdlint import batch

    before = sum(client.run(_worker_cpu).values()) if client is not None else None
    cpu0, start = _cpu(), time.perf_counter()
    outcomes = batch.run(tasks, checker, executor, progress=False)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu0
    after = sum(client.run(_worker_cpu).values()) if client is not None else None
    bad = [o.report for o in outcomes if o.report.error]
    if bad:
        raise SystemExit(f"{len(bad)} files failed, e.g. {bad[0].path}: {bad[0].error}")
    return Timing(seconds, cpu, None if before is None else after - before, sum(o.seconds for o in outcomes))


def best(runs: list[Timing]) -> Timing:
    fastest = min(runs, key=lambda t: t.seconds)
    return Timing(fastest.seconds, min(t.client_cpu for t in runs),
                  None if fastest.worker_cpu is None else min(t.worker_cpu for t in runs), fastest.busy)  # fmt: skip


def _reap_sandboxes() -> None:
    """Stop the PDF reader processes and wait for them, so their CPU time is counted (a
    child's CPU time reaches RUSAGE_CHILDREN only once it has been waited for)."""
    import contextlib

    from jdlint import sandbox

    if hasattr(sandbox, "shutdown"):
        sandbox.shutdown()
    for pid in list(getattr(sandbox, "_finished", ())):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        sandbox._finished.discard(pid)


def mixed_costs(n: int) -> dict[str, tuple[int, float]]:
    """In-process CPU seconds per document by format on ``n`` adverts of the usual mix (the
    first file of each format is checked untimed: it pays for importing its reader)."""
    from jdlint import batch

    folder = OUT / f"dask-mixed-{n}"
    if not folder.is_dir() or len(list(folder.iterdir())) != n:
        _make_corpus_module().make_corpus(folder, n, seed=3)
    checker = batch.Checker(batch.Settings())
    checker.warm()
    groups: dict[str, list] = {}
    for task in batch.collect([str(folder)]):
        groups.setdefault(Path(task.path).suffix, []).append(task)
    costs: dict[str, tuple[int, float]] = {}
    for ext, tasks in sorted(groups.items()):
        checker(tasks[0])
        _reap_sandboxes()
        cpu0 = _cpu()
        for task in tasks[1:]:
            out = checker(task)
            if out.report.error:
                raise SystemExit(f"{task.path}: {out.report.error}")
        _reap_sandboxes()
        if len(tasks) > 1:
            costs[ext] = (len(tasks) - 1, (_cpu() - cpu0) / (len(tasks) - 1))
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="adverts (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each; the fastest counts")
    parser.add_argument("--batch-size", type=int, default=None, help="files per Dask task (default: jdlint's)")
    parser.add_argument("--mixed", type=int, default=200, help="adverts for the per-format CPU cost (0: skip)")
    args = parser.parse_args(argv)

    from jdlint import batch
    from jdlint.dask_executor import DaskExecutor

    files = text_corpus(OUT / f"dask-corpus-{args.n}", args.n)
    tasks = batch.collect([str(files[0].parent)])
    checker = batch.Checker(batch.Settings())
    limits = checker.settings.limits
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(tasks)} adverts (Markdown and text), {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average {load:.2f} at the start, best of {args.repeat} runs")  # fmt: skip
    batch.pool_context()  # the warm fork server, outside every timing

    # Every executor is set up first, then the runs are interleaved (each round runs every
    # configuration once), so a burst of other load on the machine hits them all alike.
    startup: dict[int, float] = {}
    executors: dict[tuple[str, int], object] = {}
    clusters: list[DaskExecutor] = []
    for workers in args.workers:
        executors[("pool", workers)] = batch.ProcessExecutor(workers, initializer=checker.warm,
                                                             item_timeout=limits.timeout * 2 + 5)  # fmt: skip
        start = time.perf_counter()
        dask = DaskExecutor(jobs=workers, batch_size=args.batch_size, item_timeout=limits.timeout, limits=limits,
                            initializer=checker.warm)  # fmt: skip
        dask.connect()
        startup[workers] = time.perf_counter() - start
        clusters.append(dask)
        executors[("dask", workers)] = dask
    runs: dict[tuple[str, int], list[Timing]] = {key: [] for key in executors}
    batch_sizes: dict[int, int] = {}
    try:
        for key, executor in executors.items():  # warm-up: every worker has checked a few files
            timed_run(tasks[: 4 * key[1]], checker, executor)
        for _ in range(args.repeat):
            for key, executor in executors.items():
                client = executor.client if key[0] == "dask" else None
                runs[key].append(timed_run(tasks, checker, executor, client=client))
                if key[0] == "dask":
                    batch_sizes[key[1]] = executor.last_batch_size
    finally:
        for dask in clusters:
            dask.close()
    results = {key: best(timings) for key, timings in runs.items()}

    n = len(tasks)
    print()
    head = (f"{'executor':<8} {'workers':>7} {'batch':>5} {'seconds':>8} {'docs/s':>7} {'speedup':>7} "
            f"{'efficiency':>10} {'vs pool':>8} {'busy':>5} {'client CPU ms/doc':>17} {'worker CPU ms/doc':>17}")  # fmt: skip
    print(head)
    print("-" * len(head))
    base = min(args.workers)
    for what in ("pool", "dask"):
        for workers in args.workers:
            t = results[(what, workers)]
            speedup = results[(what, base)].seconds / t.seconds
            efficiency = speedup / (workers / base)
            vs_pool = t.seconds / results[("pool", workers)].seconds - 1
            batch_col = str(batch_sizes[workers]) if what == "dask" else "auto"
            worker_cpu = f"{1000 * t.worker_cpu / n:.1f}" if t.worker_cpu is not None else "-"
            busy = t.busy / (workers * t.seconds)
            print(f"{what:<8} {workers:>7} {batch_col:>5} {t.seconds:>8.2f} {n / t.seconds:>7.1f} {speedup:>7.2f} "
                  f"{100 * efficiency:>9.0f}% {100 * vs_pool:>+7.1f}% {100 * busy:>4.0f}% "
                  f"{1000 * t.client_cpu / n:>17.2f} {worker_cpu:>17}")  # fmt: skip
    print()
    for workers in args.workers:
        print(f"LocalCluster start-up with {workers} worker{'s' * (workers != 1)}: {startup[workers]:.1f} s "
              "(once per run; workers forked from the warm fork server; the first also imports Dask)")  # fmt: skip
    if len(args.workers) > 1:
        a, b = args.workers[0], args.workers[1]
        for what in ("dask", "pool"):
            speedup = results[(what, a)].seconds / results[(what, b)].seconds
            eff = speedup / (b / a)
            print(f"{what}: {speedup:.2f}x faster with {b} workers than with {a}: efficiency {100 * eff:.0f}%"
                  f"{' (goal: at least 90%)' if what == 'dask' else ''}")  # fmt: skip
        print("busy: the files' check times (measured on the workers) / (workers x wall time): how well the "
              "executor keeps its workers fed; unlike the wall-clock speedup, other load on the machine "
              "hardly moves it")  # fmt: skip
    if args.mixed:
        print()
        print(f"in-process CPU per document by format ({args.mixed} adverts of make_corpus.py's mix)")
        costs = mixed_costs(args.mixed)
        for ext, (count, seconds) in costs.items():
            print(f"  {ext:<6} {count:>4} files  {1000 * seconds:6.1f} ms CPU/doc")
        mean = sum(c * s for c, s in costs.values()) / sum(c for c, _ in costs.values())
        print(f"  mix    {sum(c for c, _ in costs.values()):>4} files  {1000 * mean:6.1f} ms CPU/doc")
    return 0


if __name__ == "__main__":
    sys.exit(main())

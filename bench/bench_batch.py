"""Benchmark ``jdlint check`` on a folder against raw text extraction of the same files.

For each job count: wall time and documents per second of

* ``jdlint check --format json --jobs N FOLDER`` (the whole batch: start-up, reading,
  checking, suppressions, fingerprints, the JSON report), and
* raw extraction of the same files on a pool of N processes: python-docx paragraph and
  table text, pypdfium2 page text, a plain read of text formats,

each run as its own process from a cold start, with peak memory: the largest single
process (``wait4`` rusage, children included) and the peak sum of the process tree's RSS
and PSS (sampled from ``/proc`` every 50 ms; PSS splits shared pages fairly between the
workers). Then the peak memory of ``jdlint check`` on the first 250, 500, 1,000 ...
files, to show it stays flat as the batch grows.

    .venv/bin/python bench/make_corpus.py bench/out/corpus -n 1000
    .venv/bin/python bench/bench_batch.py bench/out/corpus [--jobs 1 2] [--sizes 250 500 1000] [--repeat 3]

Times are the best of ``--repeat`` runs (load from other processes only slows runs down);
CPU seconds (the whole process tree's, sampled from ``/proc``) do not depend on the load.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

from perf.worker import docx_length, pdf_text_length, pool_sum, txt_length  # noqa: E402

EXTS = {".docx", ".pdf", ".md", ".txt", ".html", ".htm", ".markdown"}


# --------------------------------------------------------------------------- raw extraction


def extract(path: str) -> int:
    """The text of one file the cheapest usual way (as ``perf/worker.py extract``); its length."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        return docx_length(path)
    if suffix == ".pdf":
        return pdf_text_length(path)
    return txt_length(path)


def _warm() -> None:
    import docx  # noqa: F401
    import pypdfium2  # noqa: F401


def extract_main(folder: str, jobs: int) -> None:
    """``bench_batch.py _extract FOLDER JOBS``: extract every file, N processes."""
    files = [str(p) for p in sorted(Path(folder).rglob("*")) if p.suffix.lower() in EXTS]
    print(pool_sum(extract, files, jobs, start="forkserver", initializer=_warm))


# --------------------------------------------------------------------------- measuring


def _stat(pid: int) -> tuple[int, int, int] | None:
    """(parent pid, own CPU ticks, reaped children's CPU ticks) of one process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2 :].split()
    try:
        return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])
    except (IndexError, ValueError):
        return None


def _tree(root: int, seen: dict[int, tuple[int, int, int]]) -> list[int]:
    """The pids of ``root`` and its descendants; records each one's stat in ``seen``."""
    stats: dict[int, tuple[int, int, int]] = {}
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            got = _stat(int(entry))
            if got is not None:
                stats[int(entry)] = got
                children.setdefault(got[0], []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        if pid in stats:
            seen[pid] = stats[pid]
        todo.extend(children.get(pid, []))
    return out


def _cpu_seconds(seen: dict[int, tuple[int, int, int]]) -> float:
    """CPU time of every process seen: its own, plus the reaped children's time of those
    children that were never sampled (short-lived ones, such as the PDF reader's sandbox)."""
    own_by_parent: dict[int, int] = {}
    for ppid, own, _ in seen.values():
        own_by_parent[ppid] = own_by_parent.get(ppid, 0) + own
    ticks = sum(own + max(0, reaped - own_by_parent.get(pid, 0)) for pid, (_, own, reaped) in seen.items())
    return ticks / os.sysconf("SC_CLK_TCK")


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process (PSS 0 when smaps_rollup is missing)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1])
        except OSError:
            pass
    return rss, pss


@dataclass
class Measure:
    seconds: float
    max_process_mb: float
    tree_rss_mb: float
    tree_pss_mb: float
    cpu_seconds: float
    code: int


def measure(cmd: list[str]) -> Measure:
    """Run ``cmd``; its wall time, exit code and peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0, 0]
    seen: dict[int, tuple[int, int, int]] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            if sys.platform.startswith("linux"):
                totals = [_memory(pid) for pid in _tree(proc.pid, seen)]
                peak[0] = max(peak[0], sum(t[0] for t in totals))
                peak[1] = max(peak[1], sum(t[1] for t in totals))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read() if proc.stderr else b""
    if hasattr(os, "waitid"):  # wait for the exit but leave a zombie whose /proc/stat has final times
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if sys.platform.startswith("linux"):
        _tree(proc.pid, seen)
    _, status, usage = os.wait4(proc.pid, 0)
    main_cpu = usage.ru_utime + usage.ru_stime
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.stderr.write(stderr.decode(errors="replace")[-2000:])
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: kB on Linux, bytes on macOS
    cpu = _cpu_seconds(seen) if seen else main_cpu
    return Measure(seconds, usage.ru_maxrss / scale, peak[0] / 1024, peak[1] / 1024, cpu, proc.returncode)


def best(cmd: list[str], repeat: int) -> Measure:
    """The fastest of ``repeat`` runs (other load on the machine only ever slows a run
    down), with the highest memory seen in any of them."""
    runs = [measure(cmd) for _ in range(max(1, repeat))]
    fastest = min(runs, key=lambda m: m.seconds)
    return Measure(fastest.seconds, max(m.max_process_mb for m in runs), max(m.tree_rss_mb for m in runs),
                   max(m.tree_pss_mb for m in runs), min(m.cpu_seconds for m in runs), fastest.code)  # fmt: skip


def jdlint_cmd(paths: list[str], jobs: int) -> list[str]:
    return [sys.executable, "-m", "jdlint.cli", "check", "--isolated", "--no-progress", "--format", "json",
            "--jobs", str(jobs), "--output", os.devnull, *paths]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "_extract":
        extract_main(sys.argv[2], int(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sizes", type=int, nargs="*", default=[250, 500, 1000],
                        help="batch sizes for the memory-growth table (with the largest job count)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")  # fmt: skip
    args = parser.parse_args(argv)
    files = [str(p) for p in sorted(args.folder.rglob("*")) if p.suffix.lower() in EXTS]
    if not files:
        parser.error(f"no adverts in {args.folder} (make some with bench/make_corpus.py)")
    n = len(files)
    kinds: dict[str, int] = {}
    for f in files:
        kinds[Path(f).suffix] = kinds.get(Path(f).suffix, 0) + 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{n} files ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}), {os.cpu_count()} cores, "
          f"Python {sys.version.split()[0]}, load average {load:.2f} at the start, best of {args.repeat} runs")  # fmt: skip
    print()
    head = (f"{'jobs':>4}  {'what':<8} {'seconds':>8} {'docs/s':>7} {'CPU s':>7} {'ms CPU/doc':>10} "
            f"{'max proc MB':>11} {'tree RSS MB':>11} {'tree PSS MB':>11}")  # fmt: skip
    print(head)
    print("-" * len(head))
    results: dict[tuple[int, str], Measure] = {}
    for jobs in args.jobs:
        for what, cmd in (("extract", [sys.executable, str(HERE), "_extract", str(args.folder), str(jobs)]),
                          ("jdlint", jdlint_cmd([str(args.folder)], jobs))):  # fmt: skip
            m = best(cmd, args.repeat)
            results[(jobs, what)] = m
            flag = "" if m.code in (0, 1) else f"  (exit code {m.code})"
            print(f"{jobs:>4}  {what:<8} {m.seconds:>8.1f} {n / m.seconds:>7.1f} {m.cpu_seconds:>7.1f} "
                  f"{1000 * m.cpu_seconds / n:>10.1f} {m.max_process_mb:>11.0f} {m.tree_rss_mb:>11.0f} "
                  f"{m.tree_pss_mb:>11.0f}{flag}", flush=True)  # fmt: skip
    print()
    for jobs in args.jobs:
        ratio = results[(jobs, "jdlint")].seconds / results[(jobs, "extract")].seconds
        cpu = results[(jobs, "jdlint")].cpu_seconds / results[(jobs, "extract")].cpu_seconds
        print(f"jobs {jobs}: jdlint takes {ratio:.2f}x the raw extraction time, {cpu:.2f}x its CPU time (goal: at most 1.25x)")
    if len(args.jobs) > 1:
        a, b = args.jobs[0], args.jobs[1]
        for what in ("jdlint", "extract"):
            speedup = results[(a, what)].seconds / results[(b, what)].seconds
            print(f"{what}: {speedup:.2f}x faster with {b} jobs than with {a} (goal for jdlint: at least 1.8x)")
    sizes = [s for s in args.sizes if s <= n]
    if sizes:
        jobs = max(args.jobs)
        print()
        print(f"memory as the batch grows (jdlint, {jobs} jobs)")
        print(f"{'files':>6} {'seconds':>8} {'max proc MB':>11} {'tree RSS MB':>11} {'tree PSS MB':>11}")
        for size in sizes:
            m = best(jdlint_cmd(files[:size], jobs), args.repeat)
            print(f"{size:>6} {m.seconds:>8.1f} {m.max_process_mb:>11.0f} {m.tree_rss_mb:>11.0f} {m.tree_pss_mb:>11.0f}",
                  flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Timing a command from process start to exit, with its memory, and small statistics."""

from __future__ import annotations

import collections
import os
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    """One run of a command."""

    seconds: float
    returncode: int
    maxrss_mb: float  # ru_maxrss from wait4: the process and the descendants it waited for
    peak_single_mb: float  # the largest process of the tree, sampled
    peak_tree_mb: float  # the whole process tree's RSS added up, sampled
    stdout: str = ""
    stderr: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode >= 0  # not killed by a signal


@dataclass
class Runs:
    """Several runs of one command; figures are medians (memory: the largest)."""

    runs: list[Run] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def spread(self) -> tuple[float, float]:
        values = [r.seconds for r in self.runs]
        return min(values), max(values)

    @property
    def peak_single_mb(self) -> float:
        return max(max(r.peak_single_mb, r.maxrss_mb) for r in self.runs)

    @property
    def peak_tree_mb(self) -> float:
        return max(max(r.peak_tree_mb, r.maxrss_mb) for r in self.runs)

    @property
    def first(self) -> Run:
        return self.runs[0]


def rss_mb(pid: int | str = "self") -> float:
    """The resident memory of process ``pid`` in MB (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _children() -> dict[int, list[int]]:
    """Every process's children, from the parent ids in ``/proc/*/stat`` (the per-task
    ``children`` files are missing on kernels built without them)."""
    tree: dict[int, list[int]] = collections.defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            tree[int(fields[1])].append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    return tree


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    tree = _children()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(tree.get(p, ()))
    return out


class TreeSampler(threading.Thread):
    """Samples the summed and the largest RSS (MB) of a process and its descendants every
    ``interval`` seconds until :meth:`stop`; ``saw_children`` is set once it has any."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_tree_mb = self.peak_single_mb = 0.0
        self.saw_children = threading.Event()
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = descendants(self.pid)
            if len(pids) > 1:
                self.saw_children.set()
            sizes = [rss_mb(p) for p in pids]
            self.peak_tree_mb = max(self.peak_tree_mb, sum(sizes))
            self.peak_single_mb = max(self.peak_single_mb, max(sizes, default=0.0))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def run(cmd: list[str], cwd: str | Path | None = None, env: dict[str, str] | None = None,
        keep_output: bool = False, timeout: float = 1800) -> Run:  # fmt: skip
    """Run ``cmd`` once; wall time from just before the fork to the reaped exit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        texts = ["", ""]
        if keep_output or proc.returncode != 0:
            for i, handle in enumerate((out, err)):
                handle.seek(0)
                texts[i] = handle.read().decode("utf-8", "replace")
    return Run(seconds, proc.returncode, usage.ru_maxrss / 1024, sampler.peak_single_mb, sampler.peak_tree_mb,
               texts[0], texts[1])  # fmt: skip


def repeat(cmd: list[str], times: int, warmup: int = 0, keep_first: bool = False, **kwargs) -> Runs:
    """``times`` runs of ``cmd`` after ``warmup`` untimed ones; the first timed run keeps its output."""
    for _ in range(warmup):
        run(cmd, **kwargs)
    runs = Runs()
    for i in range(times):
        runs.runs.append(run(cmd, keep_output=keep_first and i == 0, **kwargs))
    return runs

"""Timing a command from process start to exit, with its memory, and small statistics."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


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


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                out.extend(int(c) for c in handle.read().split())
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE_KB
    except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
        return 0


class _Sampler(threading.Thread):
    """Samples the RSS of a process tree every ``interval`` seconds until stopped."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_tree_kb = self.peak_single_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            tree, stack = [], [self.pid]
            while stack:
                pid = stack.pop()
                tree.append(pid)
                stack.extend(_children(pid))
            sizes = [_rss_kb(p) for p in tree]
            self.peak_tree_kb = max(self.peak_tree_kb, sum(sizes))
            self.peak_single_kb = max(self.peak_single_kb, max(sizes, default=0))
            self.done.wait(self.interval)


def run(cmd: list[str], cwd: str | Path | None = None, env: dict[str, str] | None = None,
        keep_output: bool = False, timeout: float = 1800) -> Run:  # fmt: skip
    """Run ``cmd`` once; wall time from just before the fork to the reaped exit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        sampler = _Sampler(proc.pid)
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
        sampler.done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        texts = ["", ""]
        if keep_output or proc.returncode != 0:
            for i, handle in enumerate((out, err)):
                handle.seek(0)
                texts[i] = handle.read().decode("utf-8", "replace")
    return Run(seconds, proc.returncode, usage.ru_maxrss / 1024, sampler.peak_single_kb / 1024,
               sampler.peak_tree_kb / 1024, texts[0], texts[1])  # fmt: skip


def repeat(cmd: list[str], times: int, warmup: int = 0, keep_first: bool = False, **kwargs) -> Runs:
    """``times`` runs of ``cmd`` after ``warmup`` untimed ones; the first timed run keeps its output."""
    for _ in range(warmup):
        run(cmd, **kwargs)
    runs = Runs()
    for i in range(times):
        runs.runs.append(run(cmd, keep_output=keep_first and i == 0, **kwargs))
    return runs

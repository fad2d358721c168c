"""Robustness of ``jdlint check`` and ``jdlint.api`` on hostile inputs (issue 8).

    .venv/bin/python bench/robustness.py [OUTDIR] [--count 1000] [--timeout 10] [--passes 2]

1. Makes the hostile files with ``tools/hostile.py`` (unless OUTDIR already has them; the
   file-system cases are always remade, since the run deletes one of their folders).
2. Runs ``jdlint check OUTDIR --format json`` once, with standard output and error captured
   in memory, the process tree's memory sampled every 0.1 s, and the folder
   ``fs/vanishing`` deleted as soon as the workers start (after the files were collected).
   Checks: every file has exactly one entry (a result or a one-line error), no traceback on
   either stream, the exit code is 1 (README: some files cannot be checked), the documented
   expectations of the manifest, and that no line of ``/etc/passwd`` appears anywhere.
3. Checks every file in this process with :func:`jdlint.api.check_path`, ``--passes`` times:
   per-file time, and the resident memory before and after (after ``gc.collect()`` and
   glibc's ``malloc_trim``), to show memory goes back to its baseline.

Prints: files, results, error entries by message, tracebacks (goal 0), max per-file time,
wall time, peak RSS; exit status 0 when every goal is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import ctypes
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import hostile  # noqa: E402
from perf.measure import TreeSampler, rss_mb  # noqa: E402  (bench/, this script's folder, is on the path)

TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\s+File \"[^\"]+\", line \d+", re.MULTILINE)


# -- memory --------------------------------------------------------------------------------------


def trim() -> None:
    """Give freed heap back to the system (glibc), so RSS shows what is really held."""
    gc.collect()
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# -- the checks ------------------------------------------------------------------------------------


def passwd_lines() -> list[str]:
    """Distinctive lines of /etc/passwd (what an XXE would leak)."""
    try:
        lines = Path(hostile.PASSWD).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out = [line.strip() for line in lines if len(line.strip()) >= 12 and line.count(":") >= 5]
    return [*out, "root:x:0:0"]


def leaked(texts: list[str], needles: list[str]) -> list[str]:
    return sorted({n for n in needles for t in texts if n in t})


def message_kind(message: str) -> str:
    """An error message with its numbers and quoted names blanked, to group like errors."""
    message = re.sub(r"\d[\d,.]*", "N", message)
    message = re.sub(r"word/[\w./\[\]-]+|\[Content_Types\]\.xml|_rels/[\w./-]+", "PART", message)
    message = re.sub(r"\(.*\)", "(...)", message)
    return message[:110]


def run_cli(outdir: Path, timeout: float, jobs: int | None) -> dict:
    cmd = [sys.executable, "-m", "jdlint.cli", "check", str(outdir), "--format", "json", "--timeout", f"{timeout:g}"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    streams: dict[str, bytes] = {}

    def drain(name: str, stream) -> None:
        streams[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(n, s), daemon=True) for n, s in (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for t in readers:
        t.start()
    vanished = False
    if sampler.saw_children.wait(120):  # the workers start after the files were collected
        shutil.rmtree(outdir / hostile.VANISHING, ignore_errors=True)
        vanished = True
    code = proc.wait()
    wall = time.perf_counter() - started
    for t in readers:
        t.join()
    sampler.stop()
    return {
        "code": code,
        "wall": wall,
        "stdout": streams.get("stdout", b"").decode("utf-8", "replace"),
        "stderr": streams.get("stderr", b"").decode("utf-8", "replace"),
        "peak_total": sampler.peak_tree_mb,
        "peak_one": sampler.peak_single_mb,
        "vanished": vanished,
    }


def check_cli(outdir: Path, manifest: list[dict], run: dict) -> tuple[dict, list[str]]:
    problems: list[str] = []
    try:
        report = json.loads(run["stdout"])
    except json.JSONDecodeError as exc:
        return {}, [f"standard output is not JSON: {exc}"]
    entries: dict[str, list[dict]] = collections.defaultdict(list)
    for f in report.get("files", []):
        rel = os.path.relpath(f["path"], outdir) if os.path.isabs(f["path"]) or f["path"].startswith(str(outdir)) else f["path"]
        entries[rel].append(f)
    results = errors = 0
    by_message: collections.Counter[str] = collections.Counter()
    notable: list[str] = []  # time limits, crashes and internal errors, by file
    for item in manifest:
        got = entries.get(item["path"], [])
        if item["expect"] == "skipped":  # a link out of the folder: never read, no entry
            if got:
                problems.append(f"{item['path']}: {len(got)} entries in the report (want none: skipped)")
            continue
        if len(got) != 1:
            problems.append(f"{item['path']}: {len(got)} entries in the report (want 1)")
            continue
        entry = got[0]
        if entry.get("error"):
            errors += 1
            by_message[message_kind(entry["error"])] += 1
            if re.search(r"longer than|internal error|crashed", entry["error"]):
                notable.append(f"{item['path']}: {entry['error']}")
            if "\n" in entry["error"] or "Traceback" in entry["error"]:
                problems.append(f"{item['path']}: the error is not one line: {entry['error']!r}")
            if item["expect"] == "result":
                problems.append(f"{item['path']}: wanted a result, got the error {entry['error']!r}")
        else:
            results += 1
            if item["expect"] == "error":
                problems.append(f"{item['path']}: wanted an error, got a result ({item['note'] or item['class']})")
    extra = sorted(set(entries) - {i["path"] for i in manifest})
    tracebacks = len(TRACEBACK.findall(run["stdout"])) + len(TRACEBACK.findall(run["stderr"]))
    if tracebacks:
        problems.append(f"{tracebacks} traceback lines on stdout/stderr")
    if run["code"] != 1:
        problems.append(f"exit code {run['code']}, want 1 (README: a file that could not be checked)")
    leaks = leaked([run["stdout"], run["stderr"]], passwd_lines())
    if leaks:
        problems.append(f"/etc/passwd content in the output: {leaks[:3]}")
    return {
        "files": len(manifest),
        "entries": sum(len(v) for v in entries.values()),
        "results": results,
        "errors": errors,
        "by_message": by_message,
        "extra_entries": extra,
        "tracebacks": tracebacks,
        "passwd_leaks": len(leaks),
        "notable": notable,
    }, problems


def run_inprocess(outdir: Path, manifest: list[dict], timeout: float, passes: int) -> dict:
    from jdlint.api import check_path
    from jdlint.engine import default_engine
    from jdlint.readers import Limits

    limits = Limits(timeout=timeout)
    engine = default_engine()
    for example in sorted((ROOT / "examples").glob("*.*")):  # warm every reader and check
        if example.suffix in (".md", ".txt", ".pdf", ".docx", ".html"):
            check_path(example, engine=engine, limits=limits)
    trim()
    before = rss_mb()
    threads_before = threading.active_count()
    times: dict[str, float] = {}
    after: list[float] = []
    problems: list[str] = []
    passwd = passwd_lines()
    outputs_with_passwd: set[str] = set()
    for n in range(passes):
        for item in manifest:
            path = outdir / item["path"]
            started = time.perf_counter()
            report = check_path(path, engine=engine, limits=limits)
            took = time.perf_counter() - started
            times[item["path"]] = max(times.get(item["path"], 0.0), took)
            if report.error and ("\n" in report.error or "Traceback" in report.error):
                problems.append(f"{item['path']}: not a one-line error: {report.error[:200]!r}")
            if n == 0 and item["class"] in ("docx-xxe", "html-xxe", "markdown-xxe", "pdf-external"):
                from jdlint.reports.json import document

                text = json.dumps(document([report]))
                if leaked([text], passwd):
                    outputs_with_passwd.add(item["path"])
            del report
        trim()
        after.append(rss_mb())
    time.sleep(0.2)  # let deadline watchdogs finish
    if outputs_with_passwd:
        problems.append(f"/etc/passwd content in reports: {sorted(outputs_with_passwd)}")
    slowest = sorted(times.items(), key=lambda kv: -kv[1])[:8]
    over = [p for p, t in times.items() if t > timeout + 2]
    if over:
        problems.append(f"{len(over)} files over the time limit (+2 s): {over[:5]}")
    return {
        "before": before,
        "after": after,
        "max_time": slowest[0][1] if slowest else 0.0,
        "slowest": slowest,
        "threads_left": threading.active_count() - threads_before,
        "problems": problems,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "bench" / "out" / "hostile")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=10.0, help="per-file time limit (jdlint check --timeout)")
    parser.add_argument("--jobs", type=int, default=None, help="jdlint check --jobs (default: every core)")
    parser.add_argument("--passes", type=int, default=2, help="in-process passes for the memory check (0: skip)")
    parser.add_argument("--regenerate", action="store_true", help="remake the files even if OUTDIR has them")
    args = parser.parse_args(argv)
    outdir: Path = args.outdir.resolve()

    if args.regenerate or not (outdir / "manifest.json").exists():
        if outdir.exists():
            _remove(outdir)
        hostile.generate(outdir, args.count, args.seed, quiet=True)
    else:
        hostile.write_fs_cases(outdir / "fs")  # the last run deleted fs/vanishing
    manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    print(f"hostile inputs: {len(manifest)} in {outdir}", flush=True)

    run = run_cli(outdir, args.timeout, args.jobs)
    cli, problems = check_cli(outdir, manifest, run)
    print("\n== jdlint check OUTDIR --format json ==")
    print(f"files                 {cli.get('files', len(manifest))}")
    print(f"report entries        {cli.get('entries', 0)}  (extra, not in the manifest: {len(cli.get('extra_entries', []))})")
    print(f"results               {cli.get('results', 0)}")
    print(f"error entries         {cli.get('errors', 0)}")
    print(f"tracebacks            {cli.get('tracebacks', '?')}  (goal 0)")
    print(f"/etc/passwd leaks     {cli.get('passwd_leaks', '?')}  (goal 0)")
    print(f"exit code             {run['code']}  (want 1)")
    print(f"wall time             {run['wall']:.1f} s")
    print(f"peak RSS              {run['peak_total']:.0f} MB all processes, {run['peak_one']:.0f} MB largest process")
    print(f"fs/vanishing removed  {'during the run' if run['vanished'] else 'no (workers never seen)'}")
    print("error entries by message:")
    for message, n in cli.get("by_message", collections.Counter()).most_common():
        print(f"  {n:4d}  {message}")
    print("time limits, crashes and internal errors:")
    for line in cli.get("notable", []):
        print(f"  {line}")

    if args.passes:
        hostile.write_fs_cases(outdir / "fs")
        shutil.rmtree(outdir / hostile.VANISHING, ignore_errors=True)
        inproc = run_inprocess(outdir, manifest, args.timeout, args.passes)
        problems += inproc["problems"]
        print(f"\n== jdlint.api.check_path, in this process, {args.passes} pass(es) ==")
        print(f"max per-file time     {inproc['max_time']:.2f} s  (limit {args.timeout:g} s)")
        print("slowest files:")
        for path, took in inproc["slowest"]:
            print(f"  {took:6.2f} s  {path}")
        growth = [a - inproc["before"] for a in inproc["after"]]
        print(f"RSS before            {inproc['before']:.0f} MB (after a warm-up on examples/, gc and malloc_trim)")
        for i, (a, g) in enumerate(zip(inproc["after"], growth, strict=True), start=1):
            print(f"RSS after pass {i}      {a:.0f} MB ({g:+.0f} MB)")
        print(f"threads left over     {inproc['threads_left']}")
        hostile.write_fs_cases(outdir / "fs")

    print("\nproblems:" if problems else "\nno problems: every goal met")
    for p in problems:
        print(f"  - {p}")
    return 1 if problems else 0


def _remove(outdir: Path) -> None:
    shutil.rmtree(outdir, ignore_errors=True)  # root: chmod 000 files go too; links are not followed


if __name__ == "__main__":
    sys.exit(main())

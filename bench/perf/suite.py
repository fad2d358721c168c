"""The figures of the benchmark suite, measured in one run, and the goals they are read against.

Every figure is measured in the same run on the same generated corpus (see corpus.py), as a
process of its own where it says "process start to exit". bench/run_all.py is the entry point.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import corpus, measure

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORKER = HERE / "worker.py"
IMPORT_FLOOR = "import spacy, docx, pdfplumber, textstat"
PEERS = ("joblint", "alex", "write-good", "proselint")


# --------------------------------------------------------------------------- settings and results


@dataclass
class Settings:
    out: Path = ROOT / "bench" / "out"
    peers: Path = ROOT / "bench" / "out" / "peers"
    quick: bool = False
    docs: int = 200
    long: list[int] = field(default_factory=lambda: [50, 200])
    jobs: list[int] = field(default_factory=lambda: [1, 2])
    cold_runs: int = 7  # median of N for the cold single-file checks
    repeat: int = 3  # median of R for the batches (pdfplumber batches: once)
    rss_docs: int = 10_000
    rss_every: int = 1_000
    profile_repeat: int = 30
    skip: set[str] = field(default_factory=set)
    regen: bool = False
    python: str = sys.executable

    @classmethod
    def make(cls, quick: bool = False, **overrides) -> Settings:
        s = cls(quick=quick)
        if quick:
            s.docs, s.long, s.cold_runs, s.repeat = 20, [5, 20], 3, 1
            s.rss_docs, s.rss_every, s.profile_repeat = 1_000, 100, 10
        for key, value in overrides.items():
            if value is not None:
                setattr(s, key, value)
        s.rss_every = min(s.rss_every, max(1, s.rss_docs // 10))
        return s

    @property
    def corpus(self) -> Path:
        return self.out / f"corpus-n{self.docs}-p{'-'.join(map(str, sorted(self.long)))}"


@dataclass
class Row:
    figure: str
    value: str
    ratio: str = ""
    what: str = ""


@dataclass
class Section:
    key: str
    title: str
    note: str = ""
    rows: list[Row] = field(default_factory=list)
    text: str = ""  # free text after the rows (the profile listings)


@dataclass
class Goal:
    name: str
    target: str
    value: str
    met: bool | None  # None: not measured in this run
    by: str


@dataclass
class Results:
    settings: dict
    machine: dict
    sections: list[Section] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    figures: dict = field(default_factory=dict)  # raw numbers, for the JSON file


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _fmt_rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def _worker(s: Settings, *args: str) -> list[str]:
    return [s.python, str(WORKER), *map(str, args)]


def _worker_json(s: Settings, *args: str, timeout: float = 1800) -> dict:
    result = measure.run(_worker(s, *args), keep_output=True, timeout=timeout)
    try:
        return json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        return {"error": f"worker failed (exit {result.returncode}): {' | '.join(tail)[:300]}"}


# --------------------------------------------------------------------------- the jdlint command


@dataclass
class Jdlint:
    base: list[str]
    has_jobs: bool
    has_isolated: bool
    has_progress: bool

    @classmethod
    def find(cls, python: str) -> Jdlint:
        script = Path(python).parent / "jdlint"
        base = [str(script)] if script.exists() else [python, "-m", "jdlint.cli"]
        helptext = subprocess.run([*base, "check", "--help"], capture_output=True, text=True, check=False).stdout
        return cls(base, "--jobs" in helptext, "--isolated" in helptext, "--no-progress" in helptext)

    def check(self, *paths: str | Path, jobs: int | None = None, fmt: str | None = "json") -> list[str]:
        cmd = [*self.base, "check", *map(str, paths)]
        if fmt:
            cmd += ["--format", fmt]
        if jobs is not None and self.has_jobs:
            cmd += ["--jobs", str(jobs)]
        if self.has_isolated:
            cmd.append("--isolated")  # no config file from the checkout changes what runs
        if self.has_progress:
            cmd.append("--no-progress")
        return cmd

    def jobs_label(self, jobs: int) -> str:
        return f"--jobs {jobs}" if self.has_jobs else "(no --jobs option: default)"


def _verify(run: measure.Run, expected: int) -> str:
    """'' when the JSON report has ``expected`` files and no errors, else what is wrong."""
    if not run.ok or run.returncode == 2:
        return f"exit {run.returncode}: {(run.stderr or '').strip()[-200:]}"
    try:
        files = json.loads(run.stdout)["files"]
    except (json.JSONDecodeError, KeyError, TypeError):
        return "no JSON report"
    errors = [f for f in files if f.get("error")]
    if len(files) != expected or errors:
        first = errors[0]["error"] if errors else ""
        return f"{len(files)} files reported, {len(errors)} errors {first[:120]}".strip()
    return ""


# --------------------------------------------------------------------------- 1. cold start


def cold_start(s: Settings, jd: Jdlint, res: Results) -> None:
    c = s.corpus
    n = s.cold_runs
    sec = Section("cold", f"Cold start: process start to exit, median of {n} runs (one untimed run first, "
                          "so the page cache is warm; the interpreter and every import are cold)")  # fmt: skip
    items: list[tuple[str, list[str], str]] = [
        ("python -c pass", [s.python, "-c", "pass"], "the interpreter alone"),
        ("import floor", [s.python, "-c", IMPORT_FLOOR], f"python -c \"{IMPORT_FLOOR}\""),
        ("jdlint --version", [*jd.base, "--version"], "the CLI starting, nothing read"),
        ("jdlint check one .txt", jd.check(c / "txt" / "advert-0000.txt", fmt=None),
         "one advert, text report (the cold single-file check)"),
        ("jdlint check one .docx", jd.check(c / "docx" / "advert-0000.docx", fmt=None), "the same advert as DOCX"),
        ("jdlint check one .pdf", jd.check(c / "pdf" / "advert-0000.pdf", fmt=None), "the same advert as PDF"),
    ]  # fmt: skip
    times: dict[str, float] = {}
    for label, cmd, what in items:
        log(f"cold: {label} x{n}")
        runs = measure.repeat(cmd, n, warmup=1 if n > 1 else 0)
        bad = [r for r in runs.runs if not r.ok or r.returncode == 2]
        times[label] = runs.seconds
        lo, hi = runs.spread
        floor = times.get("import floor")
        ratio = f"{runs.seconds / floor:.2f}x floor" if floor and label.startswith("jdlint") else ""
        value = f"{runs.seconds:.2f} s" + (f" ({lo:.2f}-{hi:.2f})" if n > 1 else "")
        if bad:
            value += f" FAILED exit {bad[0].returncode}"
        sec.rows.append(Row(label, value, ratio, what))
    res.figures["cold"] = times
    res.sections.append(sec)


# --------------------------------------------------------------------------- 2-3. batches


def _batch(s: Settings, cmd: list[str], times: int, expected: int | None) -> tuple[measure.Runs, str]:
    runs = measure.repeat(cmd, times, keep_first=expected is not None)
    problem = _verify(runs.first, expected) if expected is not None else ""
    if not runs.first.ok:
        problem = problem or f"exit {runs.first.returncode}"
    for r in runs.runs:
        r.stdout = ""  # the reports can be large; keep the figures only
    return runs, problem


def _rate_row(label: str, n: int, runs: measure.Runs, problem: str, what: str, ratio: str = "") -> Row:
    lo, hi = runs.spread
    spread = f", {lo:.1f}-{hi:.1f} s" if len(runs.runs) > 1 else ""
    value = f"{_fmt_rate(n / runs.seconds)} docs/s ({runs.seconds:.2f} s{spread})"
    if problem:
        value += f" INVALID: {problem}"
    return Row(label, value, ratio, what)


def _after_startup(res: Results, fmt: str, n: int, runs: measure.Runs, jobs: int) -> Row | None:
    """jdlint's rate once started: (files - 1) / (batch time - the cold single-file check)."""
    cold = res.figures.get("cold", {}).get(f"jdlint check one .{fmt}")
    if not cold or jobs != 1 or runs.seconds <= cold or n < 2:
        return None
    rate = (n - 1) / (runs.seconds - cold)
    res.figures.setdefault("after_startup", {})[fmt] = rate
    return Row("  the same, start-up taken out (derived)", f"{_fmt_rate(rate)} docs/s", "",
               f"(files - 1) / (batch - cold single-file check {cold:.2f} s)")  # fmt: skip


def _peer_commands(s: Settings, files: list[str]) -> dict[str, tuple[list[str] | None, str]]:
    bin_ = s.peers / "node_modules" / ".bin"
    node = shutil.which("node") or "node"
    joblint = s.peers / "node_modules" / "joblint" / "package.json"
    proselint = s.peers / "proselint-venv" / "bin" / "proselint"
    return {
        "joblint": ([node, str(HERE / "joblint_all.js"), str(s.peers), *files] if joblint.exists() else None,
                    "node bench/perf/joblint_all.js: its CLI takes one file, so one node process runs "
                    "joblint() over every file"),
        "alex": ([str(bin_ / "alex"), "--text", "--quiet", *files] if (bin_ / "alex").exists() else None,
                 "alex --text --quiet FILES (one invocation)"),
        "write-good": ([str(bin_ / "write-good"), "--parse", *files] if (bin_ / "write-good").exists() else None,
                       "write-good --parse FILES (one invocation)"),
        "proselint": ([str(proselint), "check", "-o", "compact", *files] if proselint.exists() else None,
                      "proselint check -o compact FILES (one invocation)"),
    }  # fmt: skip


def txt_batch(s: Settings, jd: Jdlint, res: Results) -> None:
    folder = s.corpus / "txt"
    files = sorted(str(p) for p in folder.glob("*.txt"))
    n = len(files)
    sec = Section("txt", f"TXT throughput: {n} adverts, one invocation over all files, process start to exit, "
                         f"median of {s.repeat} (docs/s = files / wall time)")  # fmt: skip
    fig: dict[str, float] = {}
    rows: dict[str, Row] = {}
    log(f"txt: plain read of {n} files")
    runs, problem = _batch(s, _worker(s, "extract", "txt", folder), s.repeat, None)
    fig["read"] = n / runs.seconds
    sec.rows.append(_rate_row("raw: read + decode", n, runs, problem, "a Python process reading the files (floor)"))
    for jobs in s.jobs if jd.has_jobs else [1]:
        label = f"jdlint check --format json {jd.jobs_label(jobs)}"
        log(f"txt: {label}")
        runs, problem = _batch(s, jd.check(folder, jobs=jobs), s.repeat, n)
        key = f"jdlint-j{jobs}"
        fig[key] = 0.0 if problem else n / runs.seconds
        res.figures.setdefault("peak_rss", {})[f"txt-j{jobs}"] = (n, runs.peak_single_mb, runs.peak_tree_mb)
        rows[key] = _rate_row(label, n, runs, problem, "read, check, JSON report")
        sec.rows.append(rows[key])
        derived = _after_startup(res, "txt", n, runs, jobs)
        if derived:
            sec.rows.append(derived)
    if "peers" not in s.skip:
        for name, (cmd, how) in _peer_commands(s, files).items():
            if cmd is None:
                sec.rows.append(Row(name, "not installed", "", "bash bench/perf/setup_peers.sh installs it"))
                continue
            log(f"txt: {name}")
            runs, problem = _batch(s, cmd, s.repeat, None)
            fig[name] = 0.0 if problem else n / runs.seconds
            rows[name] = _rate_row(name, n, runs, problem, how)
            sec.rows.append(rows[name])
    peers = {k: v for k, v in fig.items() if k in PEERS and v}
    if peers:
        fastest = max(peers, key=peers.__getitem__)
        for key, row in rows.items():
            if fig.get(key):
                row.ratio = f"{fig[key] / peers[fastest]:.2f}x {fastest}"
        res.figures["fastest_peer"] = fastest
    res.figures["txt"] = fig
    res.sections.append(sec)


def md_batch(s: Settings, jd: Jdlint, res: Results) -> None:
    folder = s.corpus / "md"
    n = len(list(folder.glob("*.md")))
    sec = Section("md", f"Markdown throughput: the same {n} adverts as .md, median of {s.repeat}")
    fig = {}
    for jobs in s.jobs if jd.has_jobs else [1]:
        label = f"jdlint check --format json {jd.jobs_label(jobs)}"
        log(f"md: {label}")
        runs, problem = _batch(s, jd.check(folder, jobs=jobs), s.repeat, n)
        fig[f"jdlint-j{jobs}"] = n / runs.seconds
        sec.rows.append(_rate_row(label, n, runs, problem, "read (markdown-it), check, JSON report"))
    res.figures["md"] = fig
    res.sections.append(sec)


def binary_batch(s: Settings, jd: Jdlint, res: Results, fmt: str) -> None:
    folder = s.corpus / fmt
    n = len(list(folder.glob(f"*.{fmt}")))
    raws = {
        "docx": [("docx", "raw: python-docx", "paragraphs + table cells text", s.repeat)],
        "pdf": [("pdf-text", "raw: pypdfium2 text", "every page's text", s.repeat),
                ("pdf-both", "raw: pypdfium2 text + pdfplumber extract_tables",
                 "text and every page's tables (the same content as jdlint reads; run once)", 1)],
    }[fmt]  # fmt: skip
    sec = Section(fmt, f"{fmt.upper()} throughput: {n} adverts, process start to exit at the same job count, "
                       f"median of {s.repeat}; raw extraction on a pool of N forked processes")  # fmt: skip
    fig: dict[str, float] = {}
    for jobs in s.jobs if jd.has_jobs else [1]:
        label = f"jdlint check --format json {jd.jobs_label(jobs)}"
        log(f"{fmt}: {label}")
        runs, problem = _batch(s, jd.check(folder, jobs=jobs if jd.has_jobs else None), s.repeat, n)
        jd_time = runs.seconds
        fig[f"jdlint-j{jobs}"] = 0.0 if problem else jd_time
        res.figures.setdefault("peak_rss", {})[f"{fmt}-j{jobs}"] = (n, runs.peak_single_mb, runs.peak_tree_mb)
        sec.rows.append(_rate_row(label, n, runs, problem, "read (tables included), check, JSON report"))
        derived = _after_startup(res, fmt, n, runs, jobs)
        if derived:
            sec.rows.append(derived)
        for kind, raw_label, what, times in raws:
            if kind == "pdf-both" and "plumber" in s.skip:
                continue
            log(f"{fmt}: {raw_label} --jobs {jobs}")
            raw, rproblem = _batch(s, _worker(s, "extract", kind, folder, "--jobs", jobs), times, None)
            fig[f"{kind}-j{jobs}"] = raw.seconds
            ratio = f"jdlint takes {jd_time / raw.seconds:.2f}x this" if not problem else ""
            sec.rows.append(_rate_row(f"{raw_label}, {jobs} process{'es' if jobs > 1 else ''}", n, raw, rproblem,
                                      what, ratio))  # fmt: skip
    res.figures[fmt] = fig
    res.sections.append(sec)


# --------------------------------------------------------------------------- 4. PDF pages/s


def pdf_pages(s: Settings, jd: Jdlint, res: Results) -> None:
    sec = Section("pages", f"PDF pages/s on long PDFs, in-process after a warm-up read of one advert, "
                           f"median of {s.repeat} (pdfplumber: once)")  # fmt: skip
    warm = s.corpus / "pdf" / "advert-0000.pdf"
    fig: dict[str, float] = {}
    tools = [("jdlint", "jdlint.readers.read_bytes", "sandboxed reader: pypdfium2 text, table detection, blocks"),
             ("pdfium", "pypdfium2 text alone", "every page's text, nothing else"),
             ("plumber", "pdfplumber alone", "extract_tables on every page (its layout analysis)")]  # fmt: skip
    for path in sorted((s.corpus / "long").glob("*.pdf")):
        for tool, label, what in tools:
            if tool == "plumber" and "plumber" in s.skip:
                continue
            repeat = 1 if tool == "plumber" else s.repeat
            log(f"pages: {label} on {path.name}")
            out = _worker_json(s, "pages", tool, path, "--repeat", repeat, "--warm", warm)
            pages = out.get("pages", 0)
            if out.get("error") and not out.get("seconds"):
                sec.rows.append(Row(f"{label}, {path.stem}", f"FAILED: {out['error']}", "", what))
                fig[f"{tool}-{pages}"] = 0.0
                continue
            seconds = statistics.median(out["seconds"])
            rate = pages / seconds
            fig[f"{tool}-{pages}"] = rate
            value = f"{_fmt_rate(rate)} pages/s ({seconds:.2f} s for {pages} pages)"
            if out.get("error"):
                value += f"; later run failed: {out['error']}"
            ratio = ""
            if tool != "jdlint" and fig.get(f"jdlint-{pages}"):
                ratio = f"jdlint at {fig[f'jdlint-{pages}'] / rate:.2f}x this"
            sec.rows.append(Row(f"{label}, {pages} pages", value, ratio, what))
    res.figures["pages"] = fig
    res.sections.append(sec)


# --------------------------------------------------------------------------- 5. memory


def memory(s: Settings, jd: Jdlint, res: Results) -> None:
    sec = Section("memory", "Memory: peak RSS of the batches above (largest process from wait4 and /proc "
                            "samples every 0.1 s; tree: all processes added up), and RSS over many checks "
                            "in one process")  # fmt: skip
    for key, (n, single, tree) in res.figures.get("peak_rss", {}).items():
        fmt, jobs = key.split("-j")
        label = f"peak RSS, jdlint check {n} {fmt.upper()} --jobs {jobs}"
        sec.rows.append(Row(label, f"{single:.0f} MB", f"tree {tree:.0f} MB", "largest process; whole tree"))
    if "rss" not in s.skip:
        log(f"memory: jdlint.api.check_text x {s.rss_docs} in one process")
        out = _worker_json(s, "rss-loop", s.corpus / "txt", "--docs", s.rss_docs, "--every", s.rss_every,
                           timeout=3600)  # fmt: skip
        if "samples" not in out:
            sec.rows.append(Row("RSS loop", f"FAILED: {out.get('error')}"))
        else:
            samples = out["samples"]
            first, last = samples[0], samples[-1]
            half = min(samples, key=lambda x: abs(x["docs"] - last["docs"] / 2))
            growth = (last["rss_kb"] - first["rss_kb"]) / 1024
            late = (last["rss_kb"] - half["rss_kb"]) / 1024
            rate = last["docs"] / last["seconds"] if last["seconds"] else 0
            res.figures["rss"] = {"growth_mb": growth, "late_growth_mb": late, "samples": samples,
                                  "errors": out.get("errors"), "after_gc_kb": out.get("rss_after_gc_kb")}  # fmt: skip
            sec.rows.append(Row("RSS after the first check", f"{first['rss_kb'] / 1024:.0f} MB", "",
                                "imports, pipeline, rules, textstat's dictionary"))  # fmt: skip
            sec.rows.append(Row(f"RSS growth over {last['docs']:,} checks", f"{growth:+.1f} MB",
                                f"last half {late:+.1f} MB",
                                f"check_text in a loop, {_fmt_rate(rate)} docs/s, {out.get('errors')} errors; "
                                f"spaCy strings {first['strings']:,} -> {last['strings']:,}"))  # fmt: skip
            series = ", ".join(f"{x['docs'] // 1000 if x['docs'] >= 1000 else x['docs']}"
                               f"{'k' if x['docs'] >= 1000 else ''}: {x['rss_kb'] / 1024:.0f}"
                               for x in samples)  # fmt: skip
            sec.text = f"RSS (MB) by documents checked: {series}"
            docs = max(10, s.rss_docs // 5)
            log(f"memory: control, the same adverts again x {docs}")
            ctl = _worker_json(s, "rss-loop", s.corpus / "txt", "--docs", docs, "--every", max(1, docs // 4), "--same")
            if "samples" in ctl:
                a, b = ctl["samples"][0], ctl["samples"][-1]
                res.figures["rss"]["control_growth_mb"] = (b["rss_kb"] - a["rss_kb"]) / 1024
                sec.rows.append(Row(f"control: RSS growth over {b['docs']:,} checks of the same adverts",
                                    f"{(b['rss_kb'] - a['rss_kb']) / 1024:+.1f} MB", "",
                                    f"no new words after the first {s.docs}: spaCy strings "
                                    f"{a['strings']:,} -> {b['strings']:,}"))  # fmt: skip
    res.sections.append(sec)


# --------------------------------------------------------------------------- 6. profile


def profile(s: Settings, jd: Jdlint, res: Results) -> None:
    log(f"profile: one check of a 1,000-word advert x {s.profile_repeat}")
    out = _worker_json(s, "profile", s.corpus / "profile", "--repeat", s.profile_repeat, "--top", 15)
    sec = Section("profile", f"In-process cost of one check of a {out.get('words', '?')}-word advert "
                             f"({out.get('blocks', '?')} blocks), warm, median of {s.profile_repeat}")  # fmt: skip
    if "warm" not in out:
        sec.rows.append(Row("profile", f"FAILED: {out.get('error')}"))
        res.sections.append(sec)
        return
    w, first = out["warm"], out["first"]
    total = w["total"]

    def share(ms: float) -> str:
        return f"{ms / total:.0%}"

    rows = [
        ("reading (read_path, .txt)", w["read"], "bytes to Document: decoding, blocks, headings"),
        ("spaCy tokenizer (nlp.tokenize)", w["parse"], "tokens of every block (sentences: in the rest of Analysis)"),
        ("pattern matching (patterns.match_all)", w["match"], "every group matched at once (a check matches a group "
                                                               "when a rule first asks: in the rows below)"),
        ("rest of Analysis", w["hits"], "Analysis() minus tokenizing: token arrays, sentences, the text joined for matching"),
        ("the rules (Engine.run_rule)", w["rules"], "every check, including the four verdicts"),
        ("role detection and the rest", w["role+other"], "Engine.check minus Analysis and rules"),
        ("one check in all (read + check)", total, f"= {1000 / total:.0f} checks/s on one core"),
    ]  # fmt: skip
    for label, ms, what in rows:
        sec.rows.append(Row(label, f"{ms:.2f} ms", share(ms) if label != rows[-1][0] else "100%", what))
    for fmt, ms in out.get("read_other", {}).items():
        sec.rows.append(Row(f"reading the same advert as .{fmt}", f"{ms:.2f} ms", f"{ms / w['read']:.1f}x .txt",
                            "read_path, warm" + ("; parsed in the reader child process" if fmt == "pdf" else "")))  # fmt: skip
    slow = ", ".join(f"{k} {v:.0f} ms" for k, v in first.get("rules", []))
    cold_rows = [
        ("cold: import jdlint modules", first["import_ms"], "jdlint.api, engine, analysis, readers (spaCy is lazy)"),
        ("cold: spaCy pipeline", first["spacy_ms"], "nlp.pipeline(): import spacy, blank('en'), sentencizer"),
        ("cold: Engine()", first["engine_ms"], "rules loaded from TOML, pattern groups compiled"),
        ("cold: first read", first["read_ms"], "read_path of the .txt"),
        ("cold: first check", first["check_ms"], f"lazy loads on first use; slowest rules: {slow}"),
    ]  # fmt: skip
    for label, ms, what in cold_rows:
        sec.rows.append(Row(label, f"{ms:.0f} ms", f"{ms / total:.0f}x a warm check", what))
    lines = ["Slowest rules (ms per check): " + ", ".join(f"{k} {v:.2f}" for k, v in out["rules"])]
    prof = out["profile"]
    for title, key in (("by cumulative time", "cumulative"), ("by own time", "own")):
        lines += ["", f"cProfile, {prof['repeat']} warm read+check runs, top {len(prof[key])} {title} "
                      f"(ms per check; profiling inflates times, compare shares):",
                  f"{'calls':>8} {'own ms':>8} {'cum ms':>8}  function"]  # fmt: skip
        for r in prof[key]:
            lines.append(f"{r['calls']:>8g} {r['own_ms']:>8.2f} {r['cum_ms']:>8.2f}  {r['where']}")
    cold = _worker_json(s, "cold-profile", s.corpus / "profile" / "advert-1000w.txt", "--top", 15)
    if cold.get("cumulative"):
        lines += ["", f"cProfile of a fresh process's first check_path (imports, Engine(), read, check: "
                      f"{cold['seconds']:.2f} s under the profiler), top {len(cold['cumulative'])} by cumulative "
                      "time, import machinery left out (ms):",
                  f"{'calls':>8} {'own ms':>8} {'cum ms':>8}  function"]  # fmt: skip
        for r in cold["cumulative"]:
            lines.append(f"{r['calls']:>8g} {r['own_ms']:>8.1f} {r['cum_ms']:>8.1f}  {r['where']}")
        out["cold_profile"] = cold
    sec.text = "\n".join(lines)
    res.figures["profile"] = out
    res.sections.append(sec)


# --------------------------------------------------------------------------- goals


def _higher(value: float, target: float) -> tuple[bool, str]:
    if value >= target:
        return True, f"{(value / target - 1) * 100:.0f}% above the goal"
    return False, f"{target / value:.2f}x short" if value else "not measured"


def _lower(value: float, target: float) -> tuple[bool, str]:
    if value <= target:
        return True, f"{(1 - value / target) * 100:.0f}% headroom"
    return False, f"{value / target:.2f}x over the goal"


def goals(s: Settings, jd: Jdlint, res: Results) -> None:
    f = res.figures
    out: list[Goal] = []
    txt = f.get("txt", {})
    fastest = f.get("fastest_peer")
    if fastest:
        options = {k: v for k, v in txt.items() if k.startswith("jdlint-j") and v}
        if options:
            best = max(options, key=options.__getitem__)
            ratio = options[best] / txt[fastest]
            met, by = _higher(ratio, 5)
            single = options.get("jdlint-j1")
            extra = f"; --jobs 1: {single / txt[fastest]:.2f}x" if single and best != "jdlint-j1" else ""
            out.append(Goal("TXT throughput vs the fastest peer linter", ">= 5x",
                            f"{ratio:.2f}x (jdlint --jobs {best[8:]} {_fmt_rate(options[best])} docs/s, "
                            f"{fastest} {_fmt_rate(txt[fastest])} docs/s{extra})", met, by))  # fmt: skip
    else:
        out.append(Goal("TXT throughput vs the fastest peer linter", ">= 5x", "no peer measured", None, ""))
    for fmt, raw, name in (("docx", "docx", "python-docx"), ("pdf", "pdf-text", "pypdfium2 text"),
                           ("pdf", "pdf-both", "pypdfium2 text + pdfplumber tables")):  # fmt: skip
        fig = f.get(fmt, {})
        for jobs in s.jobs if jd.has_jobs else [1]:
            mine, theirs = fig.get(f"jdlint-j{jobs}"), fig.get(f"{raw}-j{jobs}")
            if not (mine and theirs):
                continue
            ratio = mine / theirs
            met, by = _lower(ratio, 1.25)
            out.append(Goal(f"{fmt.upper()} batch vs raw {name}, --jobs {jobs}", "<= 1.25x the time",
                            f"{ratio:.2f}x ({mine:.1f} s vs {theirs:.1f} s)", met, by))  # fmt: skip
    for key, rate in sorted(f.get("pages", {}).items(), key=lambda kv: int(kv[0].split("-")[1])):
        if key.startswith("jdlint-"):
            met, by = _higher(rate, 100)
            out.append(Goal(f"PDF pages/s incl. table detection, {key[7:]}-page PDF", ">= 100 pages/s",
                            f"{_fmt_rate(rate)} pages/s", met, by))  # fmt: skip
    cold = f.get("cold", {})
    if cold.get("import floor") and cold.get("jdlint check one .txt"):
        ratio = cold["jdlint check one .txt"] / cold["import floor"]
        met, by = _lower(ratio, 1.3)
        out.append(Goal("cold single-file check vs the import floor", "<= 1.3x",
                        f"{ratio:.2f}x ({cold['jdlint check one .txt']:.2f} s vs {cold['import floor']:.2f} s)",
                        met, by))  # fmt: skip
    if "rss" in f:
        growth = f["rss"]["growth_mb"]
        docs = f["rss"]["samples"][-1]["docs"]
        met = growth < 50
        by = f"{50 - growth:.1f} MB under" if met else f"{growth - 50:.1f} MB over"
        if docs < 10_000:
            by += f" (measured over {docs:,} docs, not 10,000)"
        out.append(Goal("RSS growth over 10,000 checks in one process", "< 50 MB", f"{growth:+.1f} MB", met, by))
    res.goals = out


# --------------------------------------------------------------------------- the run


def machine_info(s: Settings) -> dict:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()

    def uptime() -> str:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()

    dirty = git("status", "--short", "--", "jdlint", "rules")
    return {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "core_changes": f"{len(dirty.splitlines())} uncommitted file(s) under jdlint/ rules/" if dirty else "none",
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "node": subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
        if shutil.which("node") else "none",
        "uptime_before": uptime(),
        "loadavg_before": os.getloadavg()[0],
        "_uptime": uptime,
    }  # fmt: skip


STEPS: list[tuple[str, Callable[[Settings, Jdlint, Results], None]]] = [
    ("cold", cold_start),
    ("txt", txt_batch),
    ("md", md_batch),
    ("docx", lambda s, jd, r: binary_batch(s, jd, r, "docx")),
    ("pdf", lambda s, jd, r: binary_batch(s, jd, r, "pdf")),
    ("pages", pdf_pages),
    ("memory", memory),
    ("profile", profile),
]


def run_suite(s: Settings) -> Results:
    start = time.perf_counter()
    info = machine_info(s)
    uptime = info.pop("_uptime")
    log(f"load before: {info['uptime_before']}")
    manifest = corpus.ensure(s.corpus, s.docs, s.long, force=s.regen, log=log)
    jd = Jdlint.find(s.python)
    res = Results(settings={k: (sorted(v) if isinstance(v, set) else str(v) if isinstance(v, Path) else v)
                            for k, v in asdict(s).items()}, machine=info)  # fmt: skip
    res.figures["corpus"] = manifest
    info["jdlint_jobs_option"] = jd.has_jobs
    for name, step in STEPS:
        if name in s.skip:
            continue
        step(s, jd, res)
    goals(s, jd, res)
    info["uptime_after"] = uptime()
    info["loadavg_after"] = os.getloadavg()[0]
    info["minutes"] = round((time.perf_counter() - start) / 60, 1)
    return res


# --------------------------------------------------------------------------- printing


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [line(header), "| " + " | ".join("-" * w for w in widths) + " |", *(line(r) for r in rows)]


def render(res: Results) -> str:
    m = res.machine
    c = res.figures.get("corpus", {})
    s = res.settings
    out = [
        "# jdlint benchmark suite",
        "",
        f"- commit {m['commit']} (uncommitted core changes: {m['core_changes']}), Python {m['python']}, "
        f"{m['cpus']} CPUs, node {m['node']}, {m['when']}, {m.get('minutes', '?')} min",
        f"- load before: {m['uptime_before']}",
        f"- load after:  {m.get('uptime_after', '?')}",
        f"- corpus: {c.get('docs')} adverts per format (TXT, MD, DOCX with a "
        f"person-spec table, PDF with a ruled table; median {c.get('median_words')} words), long PDFs of "
        f"{', '.join(map(str, c.get('long', [])))} pages; quick={s['quick']}",
    ]  # fmt: skip
    for sec in res.sections:
        out += ["", f"## {sec.title}", ""]
        if sec.rows:
            out += _table(("figure", "value", "ratio", "what it measures"),
                          [(r.figure, r.value, r.ratio, r.what) for r in sec.rows])  # fmt: skip
        if sec.text:
            out += ["", "```", sec.text, "```"] if "\n" in sec.text else ["", sec.text]
    if res.goals:
        out += ["", "## Goals (ratios on this machine)", ""]
        out += _table(("goal", "target", "measured", "met", "by how much"),
                      [(g.name, g.target, g.value, "-" if g.met is None else "met" if g.met else "NOT MET", g.by)
                       for g in res.goals])  # fmt: skip
    return "\n".join(out) + "\n"


def save(res: Results, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"settings": res.settings, "machine": res.machine, "figures": res.figures,
            "sections": [asdict(x) for x in res.sections], "goals": [asdict(g) for g in res.goals]}  # fmt: skip
    path.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")

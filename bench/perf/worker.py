"""Measurements that run in a fresh process of their own; each prints one JSON object.

    python bench/perf/worker.py extract KIND FOLDER [--jobs N]
    python bench/perf/worker.py pages TOOL FILE [--repeat R]
    python bench/perf/worker.py rss-loop TXT_FOLDER [--docs 10000] [--every 1000]
    python bench/perf/worker.py profile FOLDER [--repeat R] [--top 15]

``extract``: raw extraction of every file in FOLDER, the cheapest usual way, on a pool of N
processes (forked after the imports, so the workers import nothing): ``txt`` a plain read and
decode; ``docx`` python-docx paragraphs + table cells; ``pdf-text`` pypdfium2 text of every
page; ``pdf-tables`` pdfplumber ``extract_tables`` on every page; ``pdf-both`` the last two.
The caller times the whole process (start-up and imports included, as for ``jdlint check``).

``pages``: seconds to read one PDF in-process, after a warm-up read of a small PDF: ``jdlint``
is ``jdlint.readers.read_bytes`` (the sandboxed reader with table detection), ``pdfium``
pypdfium2 text of every page, ``plumber`` pdfplumber ``extract_tables`` of every page.

``rss-loop``: ``jdlint.api.check_text`` on DOCS adverts in one process (the TXT adverts in
turn, each made unique with its own job reference and e-mail address, as real adverts are),
with VmRSS/VmHWM from /proc/self/status and spaCy's string-store size every EVERY documents.

``profile``: the cost of one check of FOLDER/advert-1000w.txt, in-process: first (cold)
check, then the median of R warm runs of each stage (read; nlp.tokenize; patterns.match_all;
Analysis; Engine.check; each rule), and a cProfile of R warm read+check runs (top functions
by cumulative and by own time).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

EXTS = {"txt": ".txt", "docx": ".docx", "pdf-text": ".pdf", "pdf-tables": ".pdf", "pdf-both": ".pdf"}


# --------------------------------------------------------------------------- raw extraction


def docx_length(path: str) -> int:
    import docx

    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return len("\n".join(parts))


def pdf_text_length(path: str) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        n = 0
        for page in pdf:
            textpage = page.get_textpage()
            n += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return n
    finally:
        pdf.close()


def _pdf_tables(path: str) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                n += sum(len(cell or "") for row in table for cell in row)
            page.close()
    return n


def txt_length(path: str) -> int:
    return len(Path(path).read_bytes().decode("utf-8", "replace"))


def _pdf_both(path: str) -> int:
    return pdf_text_length(path) + _pdf_tables(path)


EXTRACTORS = {"txt": txt_length, "docx": docx_length, "pdf-text": pdf_text_length, "pdf-tables": _pdf_tables, "pdf-both": _pdf_both}


def cmd_extract(args: argparse.Namespace) -> dict:
    files = sorted(str(p) for p in Path(args.folder).iterdir() if p.suffix == EXTS[args.kind])
    func = EXTRACTORS[args.kind]
    import docx  # noqa: F401 - imported before forking, so the workers do not
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    return {"files": len(files), "chars": pool_sum(func, files, args.jobs)}


def pool_sum(
    func: Callable[[str], int], files: list[str], jobs: int, start: str = "fork",
    initializer: Callable[[], None] | None = None,
) -> int:
    """The sum of ``func`` over ``files``: in this process for one job (after ``initializer``),
    else on a pool of ``jobs`` processes started the ``start`` way."""
    if jobs <= 1:
        if initializer is not None:
            initializer()
        return sum(func(f) for f in files)
    import multiprocessing

    chunk = max(1, min(16, len(files) // (jobs * 4)))
    with multiprocessing.get_context(start).Pool(jobs, initializer=initializer) as pool:
        return sum(pool.imap_unordered(func, files, chunksize=chunk))


# --------------------------------------------------------------------------- PDF pages/s


def _jdlint_pdf(path: str) -> int:
    from jdlint.readers import read_bytes

    return len(read_bytes(Path(path).read_bytes(), path).blocks)


PAGE_TOOLS = {"jdlint": _jdlint_pdf, "pdfium": pdf_text_length, "plumber": _pdf_tables}


def cmd_pages(args: argparse.Namespace) -> dict:
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(args.file))
    run = PAGE_TOOLS[args.tool]
    if args.warm:  # imports, lazy loads and first-call costs, on a small PDF
        run(args.warm)
    seconds, error = [], None
    for _ in range(args.repeat):
        start = time.perf_counter()
        try:
            run(args.file)
        except Exception as exc:  # e.g. the reader's time limit: report it, do not crash
            error = f"{type(exc).__name__}: {str(exc)[:160]}"
            break
        seconds.append(time.perf_counter() - start)
    return {"pages": pages, "seconds": seconds, "error": error}


# --------------------------------------------------------------------------- RSS over many checks


def _status() -> dict[str, int]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])  # kB
    return out


def cmd_rss_loop(args: argparse.Namespace) -> dict:
    import gc

    from jdlint.api import check_text
    from jdlint.nlp import pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))]

    def unique(i: int) -> str:
        text = texts[i % len(texts)]
        if args.same:  # the control: no new words after the first round
            return text
        title, _, rest = text.partition("\n")
        ref = f"Job reference: {i:06d}-PSW-{(i * 2654435761) % 16**6:06x}. Email: recruitment.{i}@trust{i % 97}.example.org"
        return f"{title}\n\n{ref}\n{rest}"

    strings = pipeline().vocab.strings
    report = check_text(unique(0), "warm-up")  # imports, pipeline, textstat's dictionary
    if report.error:
        return {"error": report.error}
    base = _status()
    samples = [{"docs": 0, "rss_kb": base["VmRSS"], "hwm_kb": base["VmHWM"], "strings": len(strings), "seconds": 0.0}]
    start = time.perf_counter()
    errors = 0
    for i in range(1, args.docs + 1):
        if check_text(unique(i), f"advert-{i}").error:
            errors += 1
        if i % args.every == 0 or i == args.docs:
            s = _status()
            samples.append({"docs": i, "rss_kb": s["VmRSS"], "hwm_kb": s["VmHWM"], "strings": len(strings),
                            "seconds": round(time.perf_counter() - start, 2)})  # fmt: skip
    gc.collect()
    after_gc = _status()["VmRSS"]
    return {"samples": samples, "errors": errors, "rss_after_gc_kb": after_gc}


# --------------------------------------------------------------------------- profile


def _timed(func: Callable, spent: Callable) -> Callable:
    """``func`` that also calls ``spent(*args, spent=seconds, **kwargs)`` with the seconds
    each call took (when it raises too)."""

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent(*args, spent=time.perf_counter() - start, **kwargs)

    return timed


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def _where(key: tuple[str, int, str]) -> str:
    file, line, name = key
    if file == "~":
        return name  # a builtin
    path = file.replace("\\", "/")
    for marker in ("/site-packages/", "/lib/python3."):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker == "/lib/python3.":
                path = "stdlib/" + path.split("/", 1)[-1]
            break
    else:
        root = str(Path(__file__).resolve().parents[2]) + "/"
        path = path.replace(root, "")
    return f"{path}:{line}({name})"


def cmd_profile(args: argparse.Namespace) -> dict:
    import cProfile
    import pstats

    folder = Path(args.folder)
    txt = folder / "advert-1000w.txt"
    t0 = time.perf_counter()
    from jdlint.analysis import Analysis
    from jdlint.engine import default_engine
    from jdlint.nlp import pipeline, tokenize
    from jdlint.readers import read_path

    out: dict = {"words": len(txt.read_text(encoding="utf-8").split())}
    out["first"] = first = {"import_ms": (time.perf_counter() - t0) * 1000}
    t = time.perf_counter()
    pipeline()
    first["spacy_ms"] = (time.perf_counter() - t) * 1000  # import spacy, blank("en"), sentencizer
    t = time.perf_counter()
    engine = default_engine()
    first["engine_ms"] = (time.perf_counter() - t) * 1000  # rules loaded, patterns compiled
    t = time.perf_counter()
    doc = read_path(txt)
    first["read_ms"] = (time.perf_counter() - t) * 1000
    first_rules: dict[str, float] = {}
    run_rule = engine.run_rule

    def first_spent(rule, _ctx, spent: float) -> None:
        first_rules[rule.id] = spent

    engine.run_rule = _timed(run_rule, first_spent)
    t = time.perf_counter()
    engine.check(doc)
    first["check_ms"] = (time.perf_counter() - t) * 1000  # lazy loads: textstat's dictionary ...
    engine.run_rule = run_rule
    first["rules"] = sorted(((k, v * 1000) for k, v in first_rules.items()), key=lambda kv: -kv[1])[:3]
    out["blocks"] = len(doc.blocks)

    import jdlint.engine

    patterns = engine.registry.patterns
    calls: dict[str, float] = {}  # seconds spent in this check's Analysis and rules
    rule_ms: dict[str, list[float]] = {}
    run_rule = engine.run_rule

    def rule_spent(rule, _ctx, spent: float) -> None:
        rule_ms.setdefault(rule.id, []).append(spent)
        calls["rules"] = calls.get("rules", 0.0) + spent

    def analysis_spent(*_args, spent: float, **_kwargs) -> None:
        calls["analysis"] = calls.get("analysis", 0.0) + spent

    timed_rule = _timed(run_rule, rule_spent)
    timed_analysis = _timed(Analysis, analysis_spent)

    names = ("read", "parse", "match", "analysis", "rules", "role+other", "check")
    stages: dict[str, list[float]] = {k: [] for k in names}
    for _ in range(args.repeat):
        t = time.perf_counter()
        doc = read_path(txt)
        stages["read"].append(time.perf_counter() - t)
        t = time.perf_counter()
        docs = tokenize(b.text for b in doc.blocks)  # what Analysis runs (sentences come from its arrays)
        stages["parse"].append(time.perf_counter() - t)
        t = time.perf_counter()
        patterns.match_all(docs)
        stages["match"].append(time.perf_counter() - t)
        calls.clear()
        engine.run_rule = timed_rule  # only during this check: Analysis and per-rule times
        jdlint.engine.Analysis = timed_analysis
        t = time.perf_counter()
        engine.check(doc)
        spent = time.perf_counter() - t
        engine.run_rule = run_rule
        jdlint.engine.Analysis = Analysis
        stages["check"].append(spent)
        stages["analysis"].append(calls["analysis"])
        stages["rules"].append(calls.get("rules", 0.0))
        stages["role+other"].append(spent - calls["analysis"] - calls.get("rules", 0.0))
    warm = {k: _median_ms(v) for k, v in stages.items()}
    # Analysis() no longer matches: each group is matched when a rule first asks for it
    # (inside the rules and role rows), so the rest of Analysis is Analysis() minus tokenizing.
    warm["hits"] = max(0.0, warm["analysis"] - warm["parse"])
    warm["total"] = warm["read"] + warm["check"]
    out["warm"] = warm
    out["rules"] = sorted(((k, _median_ms(v)) for k, v in rule_ms.items()), key=lambda kv: -kv[1])[:10]
    reads = {}
    for fmt in ("docx", "pdf", "md"):
        path = folder / f"advert-1000w.{fmt}"
        if path.exists():
            read_path(path)
            times = []
            for _ in range(max(3, args.repeat // 2)):
                t = time.perf_counter()
                read_path(path)
                times.append(time.perf_counter() - t)
            reads[fmt] = _median_ms(times)
    out["read_other"] = reads

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.repeat):
        engine.check(read_path(txt))
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    out["profile"] = {"repeat": args.repeat, "cumulative": _top(stats, args.top, args.repeat, 3),
                      "own": _top(stats, args.top, args.repeat, 2),
                      "total_ms": sum(v[2] for v in stats.values()) * 1000 / args.repeat}  # fmt: skip
    return out


def _top(stats: dict, count: int, runs: int = 1, index: int = 3, skip_imports: bool = False) -> list[dict]:
    rows = []
    for key, (_cc, nc, tt, ct, _callers) in stats.items():
        if skip_imports and (key[0].startswith("<frozen") or key[2] in _IMPORT_FRAMES):
            continue
        rows.append((key, nc, tt, ct))
    rows.sort(key=lambda r: -r[index])
    per = 1000 / runs
    return [{"calls": round(nc / runs, 1), "own_ms": tt * per, "cum_ms": ct * per, "where": _where(key)}
            for key, nc, tt, ct in rows[:count]]  # fmt: skip


_IMPORT_FRAMES = {"<built-in method builtins.exec>", "<built-in method builtins.__import__>", "<module>"}


def cmd_cold_profile(args: argparse.Namespace) -> dict:
    """cProfile of a fresh process's first check: imports, Engine(), read, check."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    from jdlint.api import check_path

    report = check_path(args.file)
    profiler.disable()
    seconds = time.perf_counter() - start
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {"seconds": seconds, "error": report.error, "cumulative": _top(stats, args.top, skip_imports=True)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract")
    p.add_argument("kind", choices=sorted(EXTRACTORS))
    p.add_argument("folder")
    p.add_argument("--jobs", type=int, default=1)
    p = sub.add_parser("pages")
    p.add_argument("tool", choices=("jdlint", "pdfium", "plumber"))
    p.add_argument("file")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--warm", help="a small PDF to read first")
    p = sub.add_parser("rss-loop")
    p.add_argument("folder")
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--every", type=int, default=1000)
    p.add_argument("--same", action="store_true", help="the adverts as they are (no unique words)")
    p = sub.add_parser("cold-profile")
    p.add_argument("file")
    p.add_argument("--top", type=int, default=15)
    p = sub.add_parser("profile")
    p.add_argument("folder")
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    commands = {"extract": cmd_extract, "pages": cmd_pages, "rss-loop": cmd_rss_loop, "profile": cmd_profile,
                "cold-profile": cmd_cold_profile}
    result = commands[args.command](args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

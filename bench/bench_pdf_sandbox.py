"""PDF adverts read with a child forked per call next to a reused reader process, same run.

    python bench/bench_pdf_sandbox.py                    # the 200 adverts of the benchmark corpus
    python bench/bench_pdf_sandbox.py --engine           # parent with the checking engine (spaCy) loaded
    python bench/bench_pdf_sandbox.py --dir some/pdfs --repeat 5

Every PDF is loaded into memory first, then read with ``jdlint.readers.read_bytes`` in this
process, each mode in turn, best of ``--repeat`` rounds (the modes take turns within a round):

* ``fork per call``: ``JDLINT_SANDBOX=fork``, a child forked for every PDF (the old way);
* ``reader process``: the default, a limited child kept and reused across PDFs;
* ``in-process``: ``JDLINT_SANDBOX=0``, no sandbox at all (what the sandbox costs);
* ``pypdfium2 text``: open + every page's text, nothing else (the floor).

Absolute figures drift 10-15 % between runs on a shared machine; compare rows of one run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
from bench_pdf_reader import pdfium_text  # noqa: E402  (the same floor as the reader benchmark)

from jdlint import sandbox  # noqa: E402
from jdlint.readers import read_bytes  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "out" / "corpus-n200-p50-200" / "pdf"


def find_pdfs(folder: Path, limit: int) -> list[Path]:
    paths = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
    if not paths:  # any PDFs the benchmarks left behind
        paths = sorted((ROOT / "bench" / "out").rglob("*.pdf"))
    return paths[:limit]


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def read_all(docs: list[tuple[str, bytes]], mode: str) -> Callable[[], None]:
    def run() -> None:
        os.environ["JDLINT_SANDBOX"] = mode
        try:
            for name, data in docs:
                read_bytes(data, name)
        finally:
            os.environ.pop("JDLINT_SANDBOX", None)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of PDF adverts")
    parser.add_argument("--limit", type=int, default=200, help="at most this many PDFs")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best one counts")
    parser.add_argument("--engine", action="store_true", help="load spaCy and the checks first")
    args = parser.parse_args()

    paths = find_pdfs(args.dir, args.limit)
    if not paths:
        print("no PDFs found", file=sys.stderr)
        return 1
    docs = [(str(p), p.read_bytes()) for p in paths]
    if args.engine:
        from jdlint.batch import Settings, engine_for

        engine_for(Settings())
    os.environ.pop("JDLINT_SANDBOX", None)
    read_bytes(docs[0][1], docs[0][0])  # imports, first reader process
    pages = sum(len(pdfium.PdfDocument(data)) for _, data in docs)
    print(f"{len(docs)} PDFs, {pages} pages, {sum(len(d) for _, d in docs) / 1e6:.1f} MB, "
          f"from {paths[0].parent}; parent RSS {rss_mb():.0f} MB; {os.cpu_count()} CPUs")  # fmt: skip

    modes = [
        ("fork per call (JDLINT_SANDBOX=fork)", read_all(docs, "fork")),
        ("reader process (default)", read_all(docs, "1")),
        ("in-process, no sandbox (JDLINT_SANDBOX=0)", read_all(docs, "0")),
        ("pypdfium2 text alone (floor)", lambda: [pdfium_text(data) for _, data in docs]),
    ]
    best = {name: float("inf") for name, _ in modes}
    for _ in range(args.repeat):
        for name, run in modes:
            sandbox.shutdown()  # every round starts without a reader process
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    sandbox.shutdown()

    width = max(len(name) for name, _ in modes)
    print(f"\n| {'mode':<{width}} | docs/s | ms/doc |")
    print(f"|{'-' * (width + 2)}|-------:|-------:|")
    for name, _ in modes:
        seconds = best[name]
        rate, each = len(docs) / seconds, seconds * 1000 / len(docs)
        print(f"| {name:<{width}} | {rate:6.0f} | {each:6.2f} |")
    fork, pool = best[modes[0][0]], best[modes[1][0]]
    inproc, floor = best[modes[2][0]], best[modes[3][0]]
    print(f"\nreader process vs fork per call: {fork / pool:.2f}x the docs/s "
          f"(sandbox cost {(fork - inproc) * 1000 / len(docs):.2f} -> "
          f"{(pool - inproc) * 1000 / len(docs):.2f} ms/doc)")  # fmt: skip
    print(f"reader process vs pypdfium2 text floor: {pool / floor:.1f}x slower "
          f"(fork per call: {fork / floor:.1f}x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

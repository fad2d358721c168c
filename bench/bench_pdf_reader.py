"""Throughput of the PDF reader next to raw pypdfium2 text and pdfplumber tables, same run.

    python bench/bench_pdf_reader.py                 # 50- and 200-page PDFs, 50 two-page adverts
    python bench/bench_pdf_reader.py --adverts 20 --long 50 --plumber-pages 40
    python bench/bench_pdf_reader.py --ballast 600   # fork cost with a 600 MB parent

It writes the PDFs (fpdf2, tests/pdf_factory.py) to a temporary folder, then times on the
same files, best of ``--repeat`` runs:

* ``jdlint read``: ``jdlint.readers.pdf.read``: sandboxed child, text, tables, blocks;
* ``jdlint parse``: the same in-process (no fork): read minus parse = sandbox cost;
* ``jdlint parse, pdfplumber tables``: pdfplumber's own find_tables on text-free page copies;
* ``pypdfium2 text``: open + every page's text, nothing else (the floor);
* ``pdfplumber extract_tables``: every page (or the first ``--plumber-pages`` of each set).

Absolute figures drift 10-15 % between runs on a shared 2-core machine; compare rows of one run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pdf_factory  # noqa: E402
import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from jdlint.readers import Limits, pdf  # noqa: E402
from jdlint.sandbox import run_limited  # noqa: E402


def pdfium_text(data: bytes) -> int:
    doc = pdfium.PdfDocument(data)
    chars = 0
    for i in range(len(doc)):
        page = doc[i]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return chars


def plumber_tables(data: bytes, limit: int | None) -> int:
    import io

    found = 0
    with pdfplumber.open(io.BytesIO(data)) as doc:
        for page in doc.pages[:limit]:
            found += len(page.extract_tables())
            page.close()
    return found


def best(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def noop(data: bytes) -> int:
    return len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long", type=int, nargs="*", default=[50, 200], help="page counts")
    parser.add_argument("--adverts", type=int, default=50, help="two-page adverts")
    parser.add_argument("--table-every", type=int, default=5, help="a table every N pages")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plumber-pages", type=int, default=None, help="pdfplumber pages per set")
    parser.add_argument("--ballast", type=int, default=0, help="MB the parent holds while forking")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="jdlint-bench-") as tmp:
        start = time.perf_counter()
        sets: list[tuple[str, list[Path]]] = []
        for pages in args.long:
            path = Path(tmp) / f"long-{pages}.pdf"
            path.write_bytes(pdf_factory.long_advert(pages, table_every=args.table_every))
            sets.append((f"{pages}-page advert", [path]))
        adverts = []
        for seed in range(args.adverts):
            path = Path(tmp) / f"advert-{seed:03}.pdf"
            path.write_bytes(pdf_factory.two_page_advert(seed))
            adverts.append(path)
        if adverts:
            sets.append((f"{len(adverts)} two-page adverts", adverts))
        print(f"generated in {time.perf_counter() - start:.1f} s in {tmp}\n")
        limits = Limits()
        for label, paths in sets:
            datas = [p.read_bytes() for p in paths]
            pages = sum(len(pdfium.PdfDocument(d)) for d in datas)
            first = pdf.parse(datas[0])
            tables = {
                (b.location().page, b.location().table)
                for b in first.blocks
                if b.kind == "table-cell"
            }
            print(f"{label}: {pages} pages, {len(paths)} file(s); first file: "
                  f"{len(first.blocks)} blocks, table parts on {len(tables)} pages")  # fmt: skip
            plumber_limit = args.plumber_pages
            plumber_pages = sum(
                min(len(pdfium.PdfDocument(d)), plumber_limit or 10**9) for d in datas
            )
            rows = [
                ("jdlint read (sandboxed)", pages, lambda ds=datas: [pdf.read(d, "x.pdf", limits) for d in ds]),
                ("jdlint parse (in-process)", pages, lambda ds=datas: [pdf.parse(d) for d in ds]),
                ("jdlint parse, pdfplumber tables", pages,
                 lambda ds=datas: [pdf.parse(d, tables="pdfplumber") for d in ds]),
                ("jdlint parse, no tables", pages, lambda ds=datas: [pdf.parse(d, tables="none") for d in ds]),
                ("pypdfium2 text", pages, lambda ds=datas: [pdfium_text(d) for d in ds]),
                ("pdfplumber extract_tables", plumber_pages,
                 lambda ds=datas, n=plumber_limit: [plumber_tables(d, n) for d in ds]),
            ]  # fmt: skip
            results = {}
            for name, count, func in rows:
                repeat = 1 if name.startswith("pdfplumber") else args.repeat
                seconds = best(func, repeat)
                results[name] = seconds
                print(
                    f"  {name:34} {count / seconds:8.0f} pages/s  {seconds * 1000 / len(datas):8.1f} ms/file"
                )
            sandbox = (
                results["jdlint read (sandboxed)"] - results["jdlint parse (in-process)"]
            ) / len(datas)
            print(f"  {'sandbox cost (read - parse)':34} {sandbox * 1000:8.1f} ms/file\n")

        ballast = bytearray(args.ballast * 1024 * 1024)
        for i in range(0, len(ballast), 4096):
            ballast[i] = 1  # touch every page so the parent really holds it
        data = b"x" * 100_000
        run_limited(noop, data, timeout=5, memory_mb=100)
        n = 100
        seconds = best(
            lambda: [run_limited(noop, data, timeout=5, memory_mb=100) for _ in range(n)], 3
        )
        print(f"fork + pipe round trip of a no-op, parent holding {args.ballast} MB extra: "
              f"{seconds * 1000 / n:.2f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The benchmark corpus: bench/make_corpus.py's adverts, one folder per format, and long PDFs.

    .venv/bin/python bench/perf/corpus.py bench/out/corpus [--docs 200] [--long 50 200]

The adverts are bench/make_corpus.py's (realistic peer support adverts of 800-1,200 words:
title, introduction, the service, the role, duties as a list, a person specification, what
we offer, selection, how to apply; a seeded share carry problems jdlint reports). Advert
``i`` is written in every format with the same words, so formats compare like for like:

* ``txt/``, ``md/``: plain text with label headings; Markdown with headings and lists;
* ``docx/``: python-docx with heading styles, bullets and a Criteria | Essential |
  Desirable table;
* ``pdf/``: fpdf2, A4, the same ruled table (2-3 pages);
* ``long/``: one PDF per ``--long`` page count: adverts' pages one after another (pypdfium2
  ``import_pages``), cut to exactly that many pages, so a ruled table every few pages;
* ``profile/``: one advert of 1,000 words (+-1 % as plain text) as .txt, .md, .docx, .pdf.

A ``manifest.json`` records the parameters; :func:`ensure` regenerates only when they (or
this file, or make_corpus.py) change. Needs python-docx and fpdf2 (``pip install -e ".[test]"``).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))

import make_corpus as mc  # noqa: E402 - bench/make_corpus.py, the team's advert generator

GENERATOR_VERSION = 4
WRITERS = dict(mc.WRITERS)  # docx, pdf, md, txt
FORMATS = ("txt", "md", "docx", "pdf")


def advert(i: int, seed: int = 1) -> tuple[mc.Advert, random.Random]:
    """Advert ``i`` and the random state its writers continue from."""
    rng = random.Random(seed * 1_000_003 + i)  # as make_corpus.make_corpus seeds advert i
    return mc.make_advert(rng), rng


def long_pdf(pages: int, seed: int) -> bytes:
    """Adverts' pages one after another until the PDF has exactly ``pages`` pages."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    i = 0
    while len(out) < pages:
        rng = random.Random(seed * 7919 + pages * 1009 + i)
        src = pdfium.PdfDocument(mc.to_pdf(mc.make_advert(rng), rng))
        out.import_pages(src, list(range(min(len(src), pages - len(out)))))
        src.close()
        i += 1
    buf = io.BytesIO()
    out.save(buf)
    out.close()
    return buf.getvalue()


def profile_advert(seed: int = 1) -> mc.Advert:
    """An advert of 1,000 words (+-1 %, as plain text), for the in-process profile."""
    for attempt in range(10_000):
        ad = mc.make_advert(random.Random(seed * 31 + attempt))
        if 990 <= len(mc.to_text(ad, random.Random(seed)).split()) <= 1010:
            return ad
    raise RuntimeError("no 1,000-word advert")


def _params(docs: int, long: list[int], seed: int) -> dict:
    digest = hashlib.sha256(Path(__file__).read_bytes() + Path(mc.__file__).read_bytes()).hexdigest()[:16]
    return {"docs": docs, "long": sorted(long), "seed": seed, "version": GENERATOR_VERSION, "source": digest}


def _write(task: tuple[str, Path, int, int]) -> None:
    """One unit of work: advert ``i`` in every format, or one long PDF."""
    kind, folder, i, seed = task
    if kind == "long":
        (folder / "long" / f"long-{i:03d}.pdf").write_bytes(long_pdf(i, seed))
        return
    for fmt, writer in WRITERS.items():
        ad, rng = advert(i, seed)  # the same advert in every format
        content = writer(ad, rng)
        path = folder / fmt / f"advert-{i:04d}.{fmt}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def generate(folder: Path, docs: int = 200, long: list[int] | None = None, seed: int = 1,
             log=None) -> dict:  # fmt: skip
    """Write the corpus into ``folder`` (on every core); return its manifest."""
    import multiprocessing
    import os

    long = [50, 200] if long is None else long
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for sub in (*FORMATS, "long", "profile"):
        (folder / sub).mkdir(exist_ok=True)
        for old in (folder / sub).iterdir():
            old.unlink()
    tasks = [("long", folder, pages, seed) for pages in sorted(long, reverse=True)]
    tasks += [("advert", folder, i, seed) for i in range(docs)]
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        for _ in pool.imap_unordered(_write, tasks):
            pass
    prof = folder / "profile"
    ad = profile_advert(seed)
    for fmt, writer in WRITERS.items():
        content = writer(ad, random.Random(seed))
        path = prof / f"advert-1000w.{fmt}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    manifest = _params(docs, long, seed)
    words = sorted(len((folder / "txt" / f"advert-{i:04d}.txt").read_text(encoding="utf-8").split())
                   for i in range(docs))  # fmt: skip
    manifest["median_words"] = words[len(words) // 2] if words else 0
    manifest["profile_words"] = len((prof / "advert-1000w.txt").read_text(encoding="utf-8").split())
    manifest["seconds"] = round(time.perf_counter() - start, 1)
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    if log:
        log(f"corpus: wrote {docs} adverts x {len(FORMATS)} formats and long PDFs {long} "
            f"to {folder} in {manifest['seconds']} s")  # fmt: skip
    return manifest


def ensure(folder: Path, docs: int, long: list[int], seed: int = 1, force: bool = False,
           log=None) -> dict:  # fmt: skip
    """The corpus in ``folder``, generated only when missing or made with other parameters."""
    path = folder / "manifest.json"
    if not force and path.exists():
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if all(manifest.get(k) == v for k, v in _params(docs, long, seed).items()):
            if log:
                log(f"corpus: reusing {folder} (same parameters; --regen to rebuild)")
            return manifest
    return generate(folder, docs, long, seed, log)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=200, help="adverts per format (default 200)")
    parser.add_argument("--long", type=int, nargs="*", default=[50, 200], help="long PDF page counts")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    generate(args.folder, args.docs, args.long, args.seed, log=lambda m: print(m, file=sys.stderr))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""jdlint's benchmark suite: one command, every figure measured in the same run.

    bash bench/perf/setup_peers.sh          # once: joblint, alex, write-good, proselint in bench/out/peers
    .venv/bin/python bench/run_all.py       # the full run (10-20 minutes on 2 cores)
    .venv/bin/python bench/run_all.py --quick

It generates (or reuses) a corpus under --out: bench/make_corpus.py's realistic adverts as
TXT, MD, DOCX with a person-specification table and PDF with a ruled table, one folder per
format, plus a 50- and a 200-page PDF (bench/perf/corpus.py), then
measures: cold single-file checks next to the import floor; TXT throughput next to the peer
linters; DOCX and PDF throughput next to raw extraction at the same job count; PDF pages/s
with table detection next to pypdfium2 and pdfplumber; peak RSS and RSS growth over 10,000
checks in one process; and where one check's time goes (stages and a cProfile). It prints
one table per figure group and the goals met or not, and writes the same as Markdown and
JSON next to the corpus. docs/performance.md explains each figure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf import suite

STEPS = [name for name, _ in suite.STEPS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])  # fmt: skip
    parser.add_argument("--quick", action="store_true",
                        help="a small run: 20 adverts per format, 5- and 20-page PDFs, 3 cold runs, "
                             "1 batch run, 1,000 docs for RSS")  # fmt: skip
    parser.add_argument("--out", type=Path, default=suite.ROOT / "bench" / "out",
                        help="folder for the corpus and the results (default bench/out, git-ignored)")
    parser.add_argument("--peers", type=Path, default=suite.ROOT / "bench" / "out" / "peers",
                        help="where setup_peers.sh installed the peer linters (default bench/out/peers)")
    parser.add_argument("--docs", type=int, help="adverts per format (default 200; quick 20)")
    parser.add_argument("--long", type=int, nargs="+", help="long PDF page counts (default 50 200; quick 5 20)")
    parser.add_argument("--jobs", type=int, nargs="+", help="job counts for the batches (default 1 2)")
    parser.add_argument("--cold-runs", type=int, help="runs per cold check, median taken (default 7; quick 3)")
    parser.add_argument("--repeat", type=int, help="runs per batch, median taken (default 3; quick 1)")
    parser.add_argument("--rss-docs", type=int, help="checks in the RSS loop (default 10,000; quick 1,000)")
    parser.add_argument("--profile-repeat", type=int, help="warm checks profiled (default 30; quick 10)")
    parser.add_argument("--skip", action="append", default=[], metavar="STEP",
                        help=f"skip a step: {', '.join(STEPS)}, peers, plumber (pdfplumber rows), rss "
                             "(the RSS loop); repeatable or comma-separated")  # fmt: skip
    parser.add_argument("--regen", action="store_true", help="regenerate the corpus even if it is current")
    args = parser.parse_args(argv)
    skip = {x.strip() for item in args.skip for x in item.split(",") if x.strip()}
    unknown = skip - set(STEPS) - {"peers", "plumber", "rss"}
    if unknown:
        parser.error(f"unknown step(s) to skip: {', '.join(sorted(unknown))}")
    settings = suite.Settings.make(
        quick=args.quick, out=args.out.resolve(), peers=args.peers.resolve(), docs=args.docs, long=args.long,
        jobs=args.jobs, cold_runs=args.cold_runs, repeat=args.repeat, rss_docs=args.rss_docs,
        profile_repeat=args.profile_repeat, skip=skip, regen=args.regen,
    )  # fmt: skip
    results = suite.run_suite(settings)
    text = suite.render(results)
    print(text)
    name = "results-quick" if settings.quick else "results"
    (settings.out / f"{name}.md").write_text(text, encoding="utf-8")
    suite.save(results, settings.out / f"{name}.json")
    print(f"(also written to {settings.out / name}.md and .json)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

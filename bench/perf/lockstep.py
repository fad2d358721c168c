"""Warm checks of several checkouts side by side, in lockstep: one long-lived worker process
per checkout, each running rounds of 20 warm checks of ``bench/warm_check.py``'s advert in
turn (the order rotating), so each round's figures are taken under the same load.

    python bench/perf/lockstep.py [--rounds 30] LABEL=PYTHON[@PYTHONPATH] ...

The first checkout is the reference: per round, each one's CPU ms per check is divided by
the reference's, and the median and interquartile range of those ratios are printed.

``--new DIR`` checks adverts the process has not seen instead: every .txt and .md file under
DIR but README.md (sorted, each read once), 20 a round in the same order in every worker, after a warm-up
on the bench advert. A warm check of one advert again and again measures the checking itself
with every per-word expression already compiled; new adverts also pay for the words they
bring (the matcher compiles its expressions per group and first word, on first use).
``@PYTHONPATH`` runs a copy of the package (``git archive COMMIT jdlint | tar -x -C DIR``)
with another checkout's venv.

``--forget-texts`` empties textstat's ``lru_cache``s keyed by a whole text (Flesch reading
ease, its word, sentence and syllable counts, the copy without punctuation; not its
dictionaries' or settings') before each check, outside the timing: a tree that scores through
them (b0a59fb) otherwise finds the warm check's advert scored already, which a new advert
never is; a tree that empties them itself after each score is unchanged. It empties the
blocks jdlint keeps across adverts by their text too (``jdlint.analysis.forget_blocks``, from
Stop 35), for the same reason.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent

WORKER = f"""
import sys, time
from pathlib import Path
sys.path.insert(0, {str(BENCH)!r})
from warm_check import advert
from jdlint.api import check_text
text = advert()
for _ in range(20):
    check_text(text)
new = sys.argv[1] if len(sys.argv) > 1 else ""
fresh = iter([p.read_text(encoding="utf-8") for p in sorted(Path(new).rglob("*"))
              if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md"]) if new else None
forget = []  # --forget-texts: textstat's caches keyed by a whole text (not its dictionaries' or settings')
if "--forget-texts" in sys.argv:
    import functools, gc
    forget = [f for f in gc.get_objects() if isinstance(f, functools._lru_cache_wrapper)
              and "textstat" in (getattr(f, "__module__", None) or "")
              and f.__name__ not in ("get_cmudict", "get_pyphen", "get_lang_cfg", "get_lang_root")]
    import jdlint.analysis
    blocks = getattr(jdlint.analysis, "forget_blocks", None)  # (a tree that keeps blocks by their text)
    if blocks is not None:
        forget.append(type("Blocks", (), dict(cache_clear=staticmethod(blocks))))
print("ready", flush=True)
for line in sys.stdin:
    texts = [next(fresh) for _ in range(20)] if fresh is not None else [text] * 20
    spent = 0.0
    start = time.process_time()
    for each in texts:
        if forget:
            for kept in forget:
                kept.cache_clear()
            start = time.process_time()
        check_text(each)
        if forget:
            spent += time.process_time() - start
    print((spent if forget else time.process_time() - start) / 20 * 1000, flush=True)
"""


def start(spec: str, new: str = "", forget: bool = False) -> tuple[str, subprocess.Popen[str]]:
    return worker(spec, WORKER, str(Path(new).absolute()) if new else "", *(["--forget-texts"] if forget else []))


def worker(spec: str, script: str, *args: str) -> tuple[str, subprocess.Popen[str]]:
    """A long-lived worker running ``script`` for the checkout ``spec`` (``LABEL=PYTHON[@PYTHONPATH]``),
    in /tmp, out of any checkout, once it has printed "ready" (also bench/perf/rule_costs.py's)."""
    label, _, rest = spec.partition("=")
    python, _, path = rest.partition("@")
    env = dict(os.environ)
    if "/" in python:
        python = str(Path(python).absolute())  # the workers run in /tmp, out of any checkout
    if path:
        env["PYTHONPATH"] = str(Path(path).absolute())
    proc = subprocess.Popen([python, "-c", script, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd="/tmp", env=env)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", f"{label}: worker did not start"
    return label, proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--new", default="", metavar="DIR",
                        help="check adverts new to the process: the .txt and .md files under DIR, 20 a round")
    parser.add_argument("--forget-texts", action="store_true",
                        help="empty textstat's caches keyed by a whole text before each check (its dictionaries' "
                             "stay), so a repeated advert is scored as a new one is; not timed")
    parser.add_argument("checkouts", nargs="+", help="LABEL=PYTHON[@PYTHONPATH]; the first is the reference")
    args = parser.parse_args()
    if args.new:
        found = sum(1 for p in Path(args.new).rglob("*") if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")
        if found < 20 * args.rounds:
            parser.error(f"--new: {found} adverts under {args.new}, {20 * args.rounds} needed for {args.rounds} rounds")
    workers = [start(spec, args.new, args.forget_texts) for spec in args.checkouts]
    figures: dict[str, list[float]] = {label: [] for label, _ in workers}
    for i in range(args.rounds):
        k = i % len(workers)
        for label, proc in workers[k:] + workers[:k]:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            figures[label].append(float(proc.stdout.readline()))
    reference = figures[workers[0][0]]
    for label, values in figures.items():
        ratios = [x / y for x, y in zip(values, reference, strict=True)]
        low, _, high = statistics.quantiles(ratios, n=4)
        print(f"{label:20s} median {statistics.median(values):.2f} ms; per round to {workers[0][0]}: "
              f"median {statistics.median(ratios):.3f} (interquartile {low:.3f}-{high:.3f})")  # fmt: skip
    for _, proc in workers:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()


if __name__ == "__main__":
    main()

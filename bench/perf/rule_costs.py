"""Where a check of adverts new to a process spends its CPU, rule by rule, for several
checkouts side by side, in lockstep (as ``lockstep.py``: one long-lived worker per checkout,
rounds of 20 adverts taken in turn, the order rotating, so each round runs under the same load).

    python bench/perf/rule_costs.py [--count 300] [--new DIR] [--top 15] LABEL=PYTHON[@PYTHONPATH] ...

Each worker warms up on ``bench/warm_check.py``'s advert (20 checks), then checks the first
``--count`` .txt and .md files under DIR (tests/invented; README.md left out; sorted) twice:
the first pass as adverts new to the process (every word and expression met for the first
time), the second as adverts seen before (everything compiled, every word known). Per pass it
prints each checkout's CPU ms an advert: the whole ``check_text``, the engine's check
(``Engine.check``), its rules (``Engine.run_rule``, in all and the costliest one by one), and
what the engine does outside its rules (the analysis, the applicant mentions, role detection,
the score); the last column is the last checkout's figure against the first's.

A first pass costs about what a second does plus what is new (spaCy's lexemes, the matcher's
compiles); comparing the two passes side by side tells a gap in what is new from a gap in the
checks themselves. ``@PYTHONPATH`` runs a copy of a package with another checkout's venv
(``git archive C jdlint | tar -x -C D; git archive C rules | tar -x -C D/jdlint``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter
from pathlib import Path

from lockstep import worker  # beside this file: run as bench/perf/rule_costs.py

BENCH = Path(__file__).resolve().parent.parent

WORKER = f"""
import json, sys, time
from collections import Counter
from pathlib import Path
sys.path.insert(0, {str(BENCH)!r})
from warm_check import advert
from jdlint.api import check_text
import jdlint.engine as engine
clock = time.process_time
costs = Counter()
run_rule, check = engine.Engine.run_rule, engine.Engine.check
def timed_rule(self, rule, ctx):
    start = clock()
    try:
        return run_rule(self, rule, ctx)
    finally:
        costs["rule:" + rule.id] += clock() - start
def timed_check(self, *args, **kwargs):
    start = clock()
    try:
        return check(self, *args, **kwargs)
    finally:
        costs["engine"] += clock() - start
engine.Engine.run_rule, engine.Engine.check = timed_rule, timed_check
text = advert()
for _ in range(20):
    check_text(text)
paths = [p for p in sorted(Path(sys.argv[1]).rglob("*")) if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md"]
texts = [p.read_text(encoding="utf-8") for p in paths][: int(sys.argv[2])]
todo = iter(texts + texts)
print("ready", flush=True)
for line in sys.stdin:
    costs.clear()
    batch = [next(todo) for _ in range(int(line))]
    start = clock()
    for each in batch:
        check_text(each)
    costs["check"] = clock() - start
    print(json.dumps(costs), flush=True)
"""


def start(spec: str, new: str, count: int) -> tuple[str, subprocess.Popen[str]]:
    return worker(spec, WORKER, str(Path(new).absolute()), str(count))


def table(title: str, totals: dict[str, Counter[str]], count: int, top: int) -> None:
    labels = list(totals)
    ms = {label: {k: v / count * 1000 for k, v in costs.items()} for label, costs in totals.items()}
    for each in ms.values():
        rules = sum(v for k, v in each.items() if k.startswith("rule:"))
        each["rules"] = rules
        each["engine outside rules"] = each.get("engine", 0.0) - rules
        each["outside the engine"] = each.get("check", 0.0) - each.get("engine", 0.0)
    rows = ["check", "outside the engine", "engine", "engine outside rules", "rules"]
    costliest = sorted({k for each in ms.values() for k in each if k.startswith("rule:")},
                       key=lambda k: -max(each.get(k, 0.0) for each in ms.values()))  # fmt: skip
    print(f"\n{title} (CPU ms an advert; ratio: {labels[-1]} / {labels[0]})")
    print(f"{'':24}" + "".join(f"{label:>12}" for label in labels) + f"{'ratio':>8}")
    for row in rows + costliest[:top]:
        values = [ms[label].get(row, 0.0) for label in labels]
        ratio = f"{values[-1] / values[0]:8.2f}" if values[0] > 0 else f"{'-':>8}"
        print(f"{row.removeprefix('rule:'):24}" + "".join(f"{v:12.3f}" for v in values) + ratio)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="adverts a pass (a multiple of 20)")
    parser.add_argument("--new", default=str(BENCH.parent / "tests" / "invented"), metavar="DIR")
    parser.add_argument("--top", type=int, default=15, help="how many of the costliest rules to list")
    parser.add_argument("checkouts", nargs="+", help="LABEL=PYTHON[@PYTHONPATH]; the first is the reference")
    args = parser.parse_args()
    found = sum(1 for p in Path(args.new).rglob("*") if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")
    if args.count % 20 or not 0 < args.count <= found:
        parser.error(f"--count: a multiple of 20 up to the {found} adverts under {args.new}")
    workers = [start(spec, args.new, args.count) for spec in args.checkouts]
    passes: list[dict[str, Counter[str]]] = [{label: Counter() for label, _ in workers} for _ in range(2)]
    rounds = args.count // 20
    for i in range(2 * rounds):
        k = i % len(workers)
        for label, proc in workers[k:] + workers[:k]:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("20\n")
            proc.stdin.flush()
            passes[i // rounds][label].update(json.loads(proc.stdout.readline()))
    for _, proc in workers:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    table("First pass: adverts new to the process", passes[0], args.count, args.top)
    table("Second pass: the same adverts again", passes[1], args.count, args.top)


if __name__ == "__main__":
    main()

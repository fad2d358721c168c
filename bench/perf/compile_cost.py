"""What the matcher compiles for adverts new to a process, and what compiling it costs.

    python bench/perf/compile_cost.py record OUT.json [N]   # run from /tmp with a checkout's venv
    python bench/perf/compile_cost.py compare A.json B.json ...

``record``: after a warm-up on ``bench/warm_check.py``'s advert (20 checks), checks the first
N (600) .txt and .md adverts of tests/invented once each, and writes every expression
``jdlint.match_plan._compiled`` compiled for them (in order) to OUT.json; prints the checks' and the
compiles' CPU time and the expressions' characters. A copy of another commit's package runs
with ``PYTHONPATH`` (``git archive C jdlint | tar -x -C D; git archive C rules | tar -x -C
D/jdlint``). ``compare``: compiles each recorded list with ``re``'s compiler (no cache), the
lists in turn, 7 times, and prints each list's median and least CPU time.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def record(out: str, count: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from warm_check import advert

    import jdlint.match_plan as match_plan
    from jdlint.api import check_text

    text = advert()
    for _ in range(20):
        check_text(text)
    compiled = match_plan._compiled
    seen: list[str] = []
    spent = [0.0]

    def recorded(expression: str):  # as _compiled
        misses = compiled.cache_info().misses
        start = time.process_time()
        found = compiled(expression)
        if compiled.cache_info().misses > misses:
            spent[0] += time.process_time() - start
            seen.append(expression)
        return found

    match_plan._compiled = recorded
    files = [p for p in sorted((ROOT / "tests" / "invented").rglob("*"))
             if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md"][:count]  # fmt: skip
    texts = [p.read_text(encoding="utf-8") for p in files]
    start = time.process_time()
    for advert_text in texts:
        check_text(advert_text)
    total = time.process_time() - start
    Path(out).write_text(json.dumps(seen), encoding="utf-8")
    print(f"{match_plan.__file__}: {len(texts)} adverts, {total / len(texts) * 1000:.2f} ms an advert; {len(seen)} compiled, "
          f"{sum(map(len, seen)):,} characters, {spent[0] * 1000:.0f} ms ({spent[0] / len(texts) * 1000:.3f} ms an advert)")


def compare(paths: list[str]) -> None:
    from re import _compiler  # the compiler itself: re.compile would answer from its cache

    lists = {path: json.loads(Path(path).read_text(encoding="utf-8")) for path in paths}
    times: dict[str, list[float]] = {path: [] for path in paths}
    for _ in range(7):
        for path, expressions in lists.items():
            start = time.process_time()
            for expression in expressions:
                _compiler.compile(expression, 0)
            times[path].append(time.process_time() - start)
    for path, expressions in lists.items():
        print(f"{path}: {len(expressions)} expressions, {sum(map(len, expressions)):,} characters, "
              f"median {statistics.median(times[path]) * 1000:.0f} ms, least {min(times[path]) * 1000:.0f} ms")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "record":
        record(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 600)
    elif len(sys.argv) >= 3 and sys.argv[1] == "compare":
        compare(sys.argv[2:])
    else:
        sys.exit(__doc__)

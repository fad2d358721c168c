"""The cyclic garbage collector's share of checking adverts new to a process.

    cd /tmp && python /path/to/checkout/bench/perf/collector.py [N]

One process: 20 warm checks of ``bench/warm_check.py``'s advert, then the first ``N`` (600)
.txt and .md files under tests/invented (sorted, as ``lockstep.py --new`` takes them), each
checked once with ``jdlint.api.check_text``, every collection timed with ``gc.callbacks``.
Prints CPU ms an advert, the collector's ms an advert, collections and their ms by
generation, what they collected, and the objects the collector tracks afterwards. Run it
with another checkout's venv (or ``PYTHONPATH`` at a copy of its package) to compare.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from warm_check import advert  # noqa: E402

from jdlint.api import check_text  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    text = advert()
    for _ in range(20):
        check_text(text)
    files = sorted(p for p in (ROOT / "tests" / "invented").rglob("*")
                   if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")[:count]  # fmt: skip
    texts = [p.read_text(encoding="utf-8") for p in files]
    runs, spent, collected = [0, 0, 0], [0.0, 0.0, 0.0], [0, 0, 0]
    started = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
            return
        generation = info["generation"]
        runs[generation] += 1
        spent[generation] += time.perf_counter() - started[0]
        collected[generation] += info.get("collected", 0)

    gc.callbacks.append(timed)
    cpu = time.process_time()
    for each in texts:
        check_text(each)
    cpu = time.process_time() - cpu
    gc.callbacks.remove(timed)
    n = len(texts)
    print(f"{n} adverts: {cpu / n * 1000:.2f} ms an advert; collector {sum(spent) / n * 1000:.3f} ms an advert; "
          f"collections by generation {runs}, ms {[round(s * 1000) for s in spent]}, collected {collected}; "
          f"tracked objects {len(gc.get_objects())}")  # fmt: skip


if __name__ == "__main__":
    main()

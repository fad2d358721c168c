"""CPU time of one warm check of a 1,000-word advert (read + check, as ``check_text``).

    python bench/warm_check.py            # this checkout
    OTHER/.venv/bin/python bench/warm_check.py   # run from another checkout to compare

The advert is built from the two text examples (1,000 words in 25 paragraphs under a title);
after 20 warm-up checks, 7 rounds of 50 checks are timed with ``time.process_time`` and the
median, minimum and maximum milliseconds per check are printed. Compare two checkouts only
with figures taken side by side, alternating, on the same machine.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from jdlint.api import check_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def advert() -> str:
    text = (EXAMPLES / "poor-peer-support-worker.txt").read_text(encoding="utf-8")
    text += "\n\n" + (EXAMPLES / "good-peer-support-worker.md").read_text(encoding="utf-8")
    words = text.split()
    while len(words) < 1000:
        words += words
    paragraphs = [" ".join(words[i : i + 40]) + "." for i in range(0, 1000, 40)]
    return "Peer Support Worker\n\n" + "\n\n".join(paragraphs)


def main() -> None:
    text = advert()
    for _ in range(20):
        check_text(text)
    rounds = []
    for _ in range(7):
        start = time.process_time()
        for _ in range(50):
            check_text(text)
        rounds.append((time.process_time() - start) / 50 * 1000)
    print(f"warm check of a 1,000-word advert: {statistics.median(rounds):.2f} ms CPU "
          f"(min {min(rounds):.2f}, max {max(rounds):.2f})")  # fmt: skip


if __name__ == "__main__":
    main()

"""Benchmark jdlint's DOCX reader against python-docx's own text extraction.

Generates ~100 realistic adverts (about 1,000 words each, headings, lists, a
person-specification table, a page header and footer) into a temporary directory, then
reads every file with both and prints documents per second (best of a few rounds, same
run, same files).

    .venv/bin/python bench/bench_docx_reader.py [--docs 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from jdlint.readers import docx as docx_reader

WORDS = [
    "support",
    "people",
    "recovery",
    "lived",
    "experience",
    "mental",
    "health",
    "service",
    "team",
    "community",
    "wellbeing",
    "peer",
    "worker",
    "listen",
    "share",
    "hope",
    "choice",
    "training",
    "supervision",
    "care",
    "plan",
    "goals",
    "groups",
    "clinical",
    "colleagues",
    "families",
    "carers",
    "trust",
    "values",
    "respect",
    "inclusion",
    "equality",
    "diversity",
    "safe",
    "practice",
    "record",
    "meetings",
    "partnership",
    "voluntary",
    "sector",
    "housing",
    "employment",
    "skills",
    "confidence",
    "strengths",
]
SECTIONS = ("Job summary", "Main duties and responsibilities", "About us", "Working for us")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(9, 20))]
    return " ".join(words).capitalize() + "."


def advert(rng: random.Random) -> bytes:
    """One advert of about 1,000 words."""
    doc = docx.Document()
    doc.add_heading("Peer Support Worker", 0)
    doc.sections[0].header.paragraphs[0].text = "Example NHS Foundation Trust - Job description"
    doc.sections[0].footer.paragraphs[0].text = "Peer Support Worker, Band 3"
    for title in SECTIONS:
        doc.add_heading(title, 1)
        for _ in range(3):
            p = doc.add_paragraph()
            for _ in range(4):
                p.add_run(sentence(rng) + " ")
        for _ in range(4):
            doc.add_paragraph(sentence(rng), style="List Bullet")
    doc.add_heading("Person specification", 1)
    table = doc.add_table(rows=7, cols=3)
    for c, text in enumerate(("Criteria", "Essential", "Desirable")):
        table.cell(0, c).text = text
    for r, label in enumerate(
        ("Qualifications", "Experience", "Knowledge", "Skills", "Values", "Other"), 1
    ):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = sentence(rng) + " " + sentence(rng)
        table.cell(r, 2).text = sentence(rng)
    doc.add_heading("How to apply", 1)
    doc.add_paragraph(sentence(rng) + " " + sentence(rng))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def jdlint_text(path: Path) -> str:
    return docx_reader.read(path.read_bytes(), str(path)).text


def python_docx_text(path: Path) -> str:
    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def rate(read: Callable[[Path], str], files: list[Path], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for path in files:
            read(path)
        best = min(best, time.perf_counter() - start)
    return len(files) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(args.docs):
            path = Path(tmp) / f"advert{i:03}.docx"
            path.write_bytes(advert(rng))
            files.append(path)
        words = len(jdlint_text(files[0]).split())
        ours = rate(jdlint_text, files, args.rounds)
        theirs = rate(python_docx_text, files, args.rounds)
    print(f"{args.docs} adverts, ~{words} words each, best of {args.rounds} rounds")
    print(f"jdlint.readers.docx : {ours:8.1f} docs/s")
    print(f"python-docx         : {theirs:8.1f} docs/s  (paragraphs + table cells)")
    print(f"speed-up            : {ours / theirs:8.1f}x")


if __name__ == "__main__":
    main()

"""Sweep ``jdlint fix`` over every advert of tests/invented and the shared corpus, to find classes of fault.

    python bench/fix_sweep.py                          # tests/invented and ../shared/corpus
    python bench/fix_sweep.py tests/invented/set1 --limit 50 --jobs 2
    python bench/fix_sweep.py --json sweep.json        # the figures and every finding, for a later comparison

Each advert (.txt, .md, .html, .docx, .pdf; reports, labels and jdlint's own copies
``*.fixed.*`` are left out) goes through :func:`jdlint.fixing.fix_bytes` with the
arguments ``jdlint fix`` gives it (safe fixes, the change notes on), and its revised copy
is written into a temporary folder (``-o DIR``, by default a new one under the system's
temporary folder, never beside the originals), as ``jdlint fix FILE -o DIR/`` writes it
(less the fingerprint line a Markdown or HTML copy gets there, which the sweep would only
have to take out again).
It then reports, per format of the advert:

* **failed**: the fix raised a jdlint error (the advert could not be read, checked or
  revised: the message), or **raised** any other exception (a defect: its type and message);
* **not resolved** (by rule): an applied fix whose finding is still there after the fix,
  and **not placed**: a fix whose words the writer did not find;
* **down**: a criterion whose verdict went down after the fixes (met > partly-met > not-met);
* **untouched changed**: a paragraph, list item, heading or table cell of the original that
  no fix targets (not the block of a replacement or an addition, nor either end of a move)
  that is missing from the revised copy, read back by jdlint's own reader (in the same
  order; the Word copy read with its tracked changes accepted; a PDF's running headers and
  footers aside, its revised copy being a new Word document built from its text); for text, Markdown and
  HTML also each line of the original file that changed although it holds none of the
  targeted blocks' words (the hidden ``<!-- jdlint ... -->`` notes taken out first);
* **table shape**: a table lost or gained, or a cell no fix targets that is not at the
  same table, row and column with the same words after the fixes (a fix must never move a
  column; the cell a requirement moved out of may be left empty).

The run prints one line of figures per format, then each finding, one line each. Exit
code 0 always (a survey, not a test).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import traceback
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}
RANK = {"met": 2, "partly-met": 1, "not-met": 0}
_NOTE = re.compile(r"<!-- jdlint [\s\S]*?-->")
_SPACE = re.compile(r"\s+")
_MARKS = re.compile(r"^\s*(?:[-*+•–—▪◦‣·o]|\d+[.)]|[a-z][.)]|#+|>)\s+")


def adverts(roots: list[Path]) -> list[Path]:
    out = []
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for p in files:
            if p.suffix.lower() in SUFFIXES and not p.stem.endswith(".fixed") and "README" not in p.name:
                out.append(p)
    return out


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _tables(blocks) -> list[tuple[int, ...]]:
    """Each table's cell counts per row, a table starting where a cell's row goes back to 0."""
    tables: list[dict[int, int]] = []
    last_row = None
    for b in blocks:
        if b.kind != "table-cell" or b.row is None:
            last_row = None
            continue
        if last_row is None or b.row < last_row:
            tables.append({})
        tables[-1][b.row] = tables[-1].get(b.row, 0) + 1
        last_row = b.row
    return [tuple(t[r] for r in sorted(t)) for t in tables]


def _cells(blocks) -> dict[tuple[int, int, int], tuple[int, str]]:
    """Each table cell by (table, row, column): its block's index and its words."""
    out: dict[tuple[int, int, int], tuple[int, str]] = {}
    table, last_row = -1, None
    for i, b in enumerate(blocks):
        if b.kind != "table-cell" or b.row is None:
            last_row = None
            continue
        if last_row is None or b.row < last_row:
            table += 1
        out[(table, b.row, b.column or 0)] = (i, _norm(b.text))
        last_row = b.row
    return out


def _line_ok(line: str, targeted: list[str]) -> bool:
    """Is a changed line of the original one a fix may change: each of its cells (the line,
    or a table row's cells) still in the revised lines that replace it or inside a targeted
    block (``targeted`` holds both), or a line of markup only?"""
    bare = re.sub(r"<[^>]*>", "  ", line)  # HTML: each element's words a cell
    cells = [_MARKS.sub("", c) for c in re.split(r"\s*\|\s*|\s{2,}|\t", bare.strip()) if c.strip()]
    if not cells or not re.search(r"\w", bare):
        return True
    cells = [c for c in (_norm(html.unescape(c).replace("*", "")).strip("_ ") for c in cells) if re.search(r"\w", c)]
    return all(not c or any(c in t for t in targeted) for c in cells)


def sweep_one(path_and_out: tuple[str, str]) -> dict:
    path, out = path_and_out
    from jdlint.errors import JdlintError
    from jdlint.fixing import fix_bytes, output_path
    from jdlint.readers import read_bytes

    fmt = Path(path).suffix.lower().lstrip(".").replace("htm", "html").replace("htmll", "html")
    rec: dict = {"path": path, "format": fmt}
    try:
        data = Path(path).read_bytes()
        result = fix_bytes(data, path)
    except JdlintError as exc:
        rec["failed"] = str(exc).splitlines()[0][:160]
        return rec
    except Exception as exc:
        rec["raised"] = f"{type(exc).__name__}: {exc}"[:200]
        rec["trace"] = traceback.format_exc(limit=-3)
        return rec
    target = Path(out) / Path(path).parent.name / output_path(Path(path), result.format).name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(result.data)
    rec["copy"] = str(target)
    rec["applied"] = len(result.applied)
    rec["unresolved"] = sorted({e.rule for e in result.unresolved})
    rec["missed"] = sorted({e.rule for e in result.missed})
    rec["down"] = [f"{m.criterion}: {m.before} -> {m.after}" for m in result.moved
                   if RANK.get(m.after, 9) < RANK.get(m.before, -1)]  # fmt: skip
    if not result.applied:
        return rec
    try:
        before = read_bytes(data, path)
        after = read_bytes(result.data, "x" + (".docx" if result.format == "docx" else Path(path).suffix))
    except JdlintError as exc:
        rec["unreadable"] = str(exc)[:160]
        return rec
    touched = set()
    for e in result.applied:
        touched.add(e.block)
        if e.to_block is not None:
            touched.add(e.to_block)
    targeted = [_norm(before.blocks[i].text) for i in touched if 0 <= i < len(before.blocks)]
    targeted += [_norm(e.target) for e in result.applied if e.target]
    lost = []
    revised = [(b.kind, _norm(b.text)) for b in after.blocks]
    j = 0
    for i, b in enumerate(before.blocks):
        if i in touched or not b.text.strip() or (fmt == "pdf" and b.kind in ("header", "footer")):
            continue
        key = (b.kind, _norm(b.text))
        k = j
        while k < len(revised) and revised[k] != key:
            k += 1
        if k == len(revised):
            lost.append(f"{b.kind}: {b.text[:90]!r}")
        else:
            j = k + 1
    if result.format != "docx" and fmt != "pdf":
        import difflib

        if result.format == "html":
            from jdlint.readers.html import decode
        else:
            from jdlint.readers.text import decode
        old = decode(data).splitlines()
        new = _NOTE.sub("", result.text).splitlines()
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if tag in ("replace", "delete"):
                kept = [_norm(html.unescape(re.sub(r"<[^>]*>", " ", " ".join(new[j1:j2]))).replace("*", ""))]
                for line in old[i1:i2]:
                    if not _line_ok(line, targeted + kept):
                        lost.append(f"line: {line.strip()[:90]!r}")
    if lost:
        rec["untouched"] = lost[:5]
    cells_after = _cells(after.blocks)
    moved = [k for k, (i, text) in _cells(before.blocks).items() if i not in touched and cells_after.get(k, (0, ""))[1] != text]
    if moved or len(_tables(before.blocks)) != len(_tables(after.blocks)):
        rec["tables"] = (f"{len(_tables(before.blocks))} -> {len(_tables(after.blocks))} tables; cells not in their "
                         f"place (table, row, column): {moved[:4]}")[:240]  # fmt: skip
    return rec


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="*", type=Path, default=[ROOT / "tests" / "invented", ROOT.parent / "shared" / "corpus"])
    ap.add_argument("-o", "--output", help="folder for the revised copies (default: a new temporary folder)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N adverts (a subset first)")
    ap.add_argument("--json", help="also write every record to this file")
    args = ap.parse_args()
    roots = [r if r.exists() else Path("/work/shared/corpus") for r in args.roots]
    files = adverts(roots)
    if args.limit:
        files = files[: args.limit]
    out = args.output or tempfile.mkdtemp(prefix="jdlint-fix-sweep-")
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        records = list(pool.map(sweep_one, [(str(p), out) for p in files], chunksize=4))
    by_fmt: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_fmt[r["format"]].append(r)
    print(f"{len(records)} adverts, revised copies in {out}")
    totals: Counter = Counter()
    for fmt in sorted(by_fmt):
        rs = by_fmt[fmt]
        c = Counter()
        rules: Counter = Counter()
        for r in rs:
            c["failed"] += "failed" in r
            c["raised"] += "raised" in r
            c["not resolved"] += bool(r.get("unresolved"))
            c["not placed"] += bool(r.get("missed"))
            c["down"] += bool(r.get("down"))
            c["untouched changed"] += bool(r.get("untouched"))
            c["table shape"] += "tables" in r
            rules.update(r.get("unresolved", []))
        totals.update(c)
        by_rule = ", ".join(f"{k} {v}" for k, v in sorted(rules.items()))
        print(f"{fmt:5} {len(rs):4} adverts: " + ", ".join(f"{k} {v}" for k, v in c.items())
              + (f" (not resolved by rule: {by_rule})" if by_rule else ""))  # fmt: skip
    print("total: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    for r in records:
        p = r["path"]
        if "failed" in r:
            print(f"FAILED {p}: {r['failed']}")
        if "raised" in r:
            print(f"RAISED {p}: {r['raised']}")
        if r.get("unresolved"):
            print(f"NOT RESOLVED {p}: {', '.join(r['unresolved'])}")
        if r.get("missed"):
            print(f"NOT PLACED {p}: {', '.join(r['missed'])}")
        if r.get("down"):
            print(f"DOWN {p}: {'; '.join(r['down'])}")
        for u in r.get("untouched", []):
            print(f"UNTOUCHED {p}: {u}")
        if "tables" in r:
            print(f"TABLE {p}: {r['tables']}")
    if args.json:
        Path(args.json).write_text(json.dumps(records, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

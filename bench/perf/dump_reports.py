"""Dump jdlint's JSON report for every advert of a fixed set into one file per advert, to
diff two checkouts (or one checkout before and after a change) byte for byte.

    .venv/bin/python bench/perf/dump_reports.py OUT_DIR [--jdlint PATH/TO/jdlint]

The set: examples/, ../shared/corpus/real, ../shared/corpus/more (when present) and
tests/invented/set*/, every file. Each file's entry of ``jdlint check --format json`` is
written to OUT_DIR/<group>/<relative path>.json with its path taken out, so that
``diff -r OUT_A OUT_B`` shows only changes in what jdlint reports. ``--isolated``, one job
and a long time limit, so that neither config files nor a busy machine change the output.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def sources(root: Path) -> list[tuple[str, Path, Path]]:
    """(group, base folder, file) for every advert of the set."""
    found: list[tuple[str, Path, Path]] = []
    groups = [("examples", root / "examples"), ("real", root.parent / "shared" / "corpus" / "real"),
              ("more", root.parent / "shared" / "corpus" / "more")]  # fmt: skip
    groups += [(f"invented/{d.name}", d) for d in sorted((root / "tests" / "invented").glob("set*")) if d.is_dir()]
    for group, base in groups:
        if not base.is_dir():
            print(f"(no {base}: skipped)", file=sys.stderr)
            continue
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            if path.suffix == ".py" or path.name.startswith("."):
                continue
            found.append((group, base, path))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--jdlint", default=str(ROOT / ".venv" / "bin" / "jdlint"))
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose examples and tests are read")
    args = parser.parse_args()
    files = sources(args.root.resolve())
    command = [args.jdlint, "check", "--format", "json", "--isolated", "--no-progress", "--jobs", "1",
               "--timeout", "600", *[str(p) for _, _, p in files]]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    report = json.loads(result.stdout)
    by_path = {str(Path(entry["path"]).resolve()): entry for entry in report["files"]}
    missing = 0
    for group, base, path in files:
        entry = by_path.get(str(path.resolve()))
        if entry is None:
            missing += 1
            print(f"not in the report: {path}", file=sys.stderr)
            continue
        entry = {k: v for k, v in entry.items() if k != "path"}
        target = args.out / group / (str(path.relative_to(base)) + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(entry, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    rest = {k: v for k, v in report.items() if k != "files"}
    (args.out / "summary.json").write_text(json.dumps(rest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(files) - missing} reports written to {args.out} (exit {result.returncode})")
    if missing:
        sys.exit(1)


if __name__ == "__main__":
    main()

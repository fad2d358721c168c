"""Compare jdlint's verdicts with reference labels and print the agreement.

    python bench/agreement.py                      # ../shared/corpus
    python bench/agreement.py --labels tests/golden/labels.json

It runs ``jdlint check <folder> --format json`` as a user would, then prints per-criterion
and role agreement, item agreement overall (role plus four verdicts per file), and each
mismatch with jdlint's reason and evidence. Then, for the agreeing verdicts whose label
quotes evidence, how many quote the same sentence (a verdict right for the wrong reason is a
defect): after folding spaces, line breaks, quotes and markup, one quote is inside the other,
they share a run of 40 characters, or the label quotes one line of a hard-wrapped file that
holds the start or the end of jdlint's sentence. Labels follow shared/corpus/README.md (keys
are paths relative to the labels file's folder; ``accept`` lists other agreeing verdicts).

    python bench/agreement.py --labels tests/invented/set58/labels.json --evidence
    python bench/agreement.py --labels ../shared/corpus/labels.json tests/invented/set*/labels.json

With several labels files, jdlint checks them all in one process and a line per set (items
agreeing, of, share; agreeing verdicts quoting the label's sentence, of) comes first; the
mismatches then name each file by its set's folder.

``--evidence`` adds, after the mismatches, each agreeing verdict whose evidence differs from
the label's: file, criterion, verdict, jdlint's quotes and the label's (the default output is
unchanged).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, nargs="+",
                        default=[ROOT.parent / "shared" / "corpus" / "labels.json"],
                        help="one or more labels files; with more than one, a line per set comes first")
    parser.add_argument("--target", type=float, default=0.95)
    parser.add_argument("--evidence", action="store_true",
                        help="also list each agreeing verdict whose evidence differs from the label's")
    args = parser.parse_args()
    sets = [(path.parent, json.loads(path.read_text(encoding="utf-8"))["cases"]) for path in args.labels]
    paths = [str(base / key) for base, cases in sets for key in cases]
    run = subprocess.run([sys.executable, "-m", "jdlint.cli", "check", "--format", "json", *paths],
                         capture_output=True, text=True, check=False)  # fmt: skip
    if run.returncode == 2:
        print(run.stderr, file=sys.stderr)
        return 2
    files = {Path(f["path"]).resolve(): f for f in json.loads(run.stdout)["files"]}
    per_item: dict[str, list[bool]] = defaultdict(list)
    mismatches: list[str] = []
    other_evidence: list[str] = []  # agreeing verdicts quoting another sentence than the label (--evidence)
    same_evidence: list[bool] = []  # per agreeing verdict with labelled evidence: the same sentence quoted?
    per_set = []
    for base, cases in sets:
        prefix = f"{base.name}/" if len(sets) > 1 else ""
        items_before, same_before = sum(map(len, per_item.values())), len(same_evidence)
        agreed_before = sum(sum(results) for results in per_item.values())
        _compare(cases, base, files, prefix, per_item, mismatches, other_evidence, same_evidence)
        items = sum(map(len, per_item.values())) - items_before
        agreed = sum(sum(results) for results in per_item.values()) - agreed_before
        per_set.append((base.name, agreed, items, sum(same_evidence[same_before:]), len(same_evidence) - same_before))
    if len(sets) > 1:
        print(f"{'set':<28} agree   of          evidence")
        for name, agreed, items, same, quoted in per_set:
            print(f"{name:<28} {agreed:>5} {items:>4}  {agreed / items:6.1%}  {same:>4} {quoted:>4}")
        print()
    print(f"{'item':<28} agree  of")
    for item, results in per_item.items():
        print(f"{item:<28} {sum(results):>5} {len(results):>3}  {sum(results) / len(results):.0%}")
    total = [r for results in per_item.values() for r in results]
    share = sum(total) / len(total)
    print(f"{'all items':<28} {sum(total):>5} {len(total):>3}  {share:.1%} (target {args.target:.0%})")
    if same_evidence:
        print(f"{'same evidence as the label':<28} {sum(same_evidence):>5} {len(same_evidence):>3}  "
              f"{sum(same_evidence) / len(same_evidence):.1%} (agreeing verdicts whose label quotes a sentence)")
    if mismatches:
        print("\nmismatches:")
        print("\n".join(mismatches))
    if args.evidence:
        print(f"\nagreeing verdicts quoting other evidence than the label: {len(other_evidence)}")
        print("\n".join(other_evidence), end="")
    return 0 if share >= args.target else 1


def _compare(cases: dict, base: Path, files: dict, prefix: str, per_item: dict[str, list[bool]],
             mismatches: list[str], other_evidence: list[str], same_evidence: list[bool]) -> None:
    """Compare one labels file's cases with jdlint's reports (``files`` by resolved path),
    adding to the four tallies; ``prefix`` names the set in each line when there are several."""
    for key, label in cases.items():
        entry = files[(base / key).resolve()]
        key = prefix + key
        if entry["error"]:
            mismatches.append(f"{key}: could not check: {entry['error']}")
            for item in ("role", *label["criteria"]):
                per_item[item].append(False)
            continue
        ok = entry["role"]["kind"] == label["role"]["kind"]
        per_item["role"].append(ok)
        if not ok:
            mismatches.append(f"{key} role: jdlint {entry['role']['kind']}, label {label['role']['kind']}\n"
                              f"    jdlint: {entry['role']['why']}")  # fmt: skip
        for criterion, expected in label["criteria"].items():
            got = entry["criteria"][criterion]
            accepted = expected.get("accept") or [expected["verdict"]]
            ok = got["verdict"] in accepted
            per_item[criterion].append(ok)
            if ok and expected["evidence"] and expected["verdict"] != "not-applicable":
                ours = [_fold(e["text"]) for e in got["evidence"]]
                theirs = [_fold(e) for e in expected["evidence"]]
                same = same_evidence_quoted(ours, theirs)
                same_evidence.append(same)
                if not same:
                    other_evidence.append(
                        f"{key} {criterion}: {got['verdict']}\n"
                        + "".join(f"    jdlint: “{e['text'][:240]}”\n" for e in got["evidence"])
                        + ("    jdlint: (none)\n" if not got["evidence"] else "")
                        + "".join(f"    label:  “{e[:240]}”\n" for e in expected["evidence"])
                    )
            if not ok:
                evidence = "; ".join(f"“{e['text'][:100]}”" for e in got["evidence"]) or "(none)"
                mismatches.append(
                    f"{key} {criterion}: jdlint {got['verdict']}, label {'/'.join(accepted)}\n"
                    f"    jdlint: {got['why']}\n    evidence: {evidence}\n    label: {expected.get('why', '')}"
                )


def same_evidence_quoted(ours: list[str], theirs: list[str]) -> bool:
    """Whether one of jdlint's folded quotes and one of the label's are the same sentence: one
    is inside the other, they share a run of 40 characters, or one is a line cut where a text or
    PDF file broke its lines (:func:`_line_cut`), either way round."""
    return any(_share(o, t) or _line_cut(t, o) or _line_cut(o, t) for o in ours for t in theirs)


def _share(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    if short and short in long:
        return True
    n = min(40, len(short))
    return n > 0 and any(short[i:i + n] in long for i in range(len(short) - n + 1))


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')]*\s+")


def _line_cut(line: str, sentence: str) -> bool:
    """Is ``line`` a quote of one hard-broken line that holds the end of the sentence before and
    the start of ``sentence`` ("... matter to them. Our mentors help people believe that a"), or
    the end of ``sentence`` and the start of the next? The part after the line's last sentence
    end must start ``sentence``, or the part before its first end must end it, and be at least
    three words and 15 characters (not a stray "The")."""
    parts = _SENTENCE_END.split(line)
    if len(parts) < 2:
        return False
    head, tail = parts[-1], parts[0]
    return (_enough(head) and sentence.startswith(head)) or (_enough(tail) and sentence.endswith(tail))


def _enough(part: str) -> bool:
    return len(part) >= 15 and len(part.split()) >= 3


_MARKUP = str.maketrans({c: None for c in "*`☐☑☒✓✔•▪"})


def _fold(text: str) -> str:
    """The text with spaces, quotes and markup folded: a label quotes a Markdown file's source
    ("**Required:** lived experience"), jdlint its text ("Required: lived experience")."""
    text = text.translate(_MARKUP).replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).lower()


if __name__ == "__main__":
    sys.exit(main())

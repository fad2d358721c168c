"""docs/authoring-rules.md runs: every pattern-table row and every TOML example on the page
goes through the real engine, so the page cannot drift from what jdlint does.

The conventions are described at the end of the page ("How the examples on this page are
tested"); this module implements them.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from jdlint.analysis import Analysis
from jdlint.cli import main
from jdlint.engine import Engine
from jdlint.nlp import PatternSet
from jdlint.readers import read_text
from jdlint.registry import Registry, default_registry, load, parse_rule, parse_sources

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "authoring-rules.md"
RULES = ROOT / "rules"
TEXT = PAGE.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- reading the page


def plain(sentence: str) -> tuple[str, list[str]]:
    """The sentence without ``**`` marks, and the bold parts in order."""
    return sentence.replace("**", ""), re.findall(r"\*\*(.+?)\*\*", sentence)


@dataclass(frozen=True)
class Row:
    pattern: str
    matches: tuple[str, ...]
    misses: tuple[str, ...]


def _cells(line: str) -> list[str]:
    parts = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [p.strip().replace("\\|", "|") for p in parts]


def _sentences(cell: str) -> tuple[str, ...]:
    return () if cell in ("—", "") else tuple(s.strip() for s in cell.split("<br>"))


def pattern_rows() -> list[Row]:
    lines = TEXT.splitlines()
    start = lines.index("| pattern | matches | does not match |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        pattern, matches, misses = _cells(line)
        assert pattern.startswith("`") and pattern.endswith("`"), line
        rows.append(Row(pattern[1:-1], _sentences(matches), _sentences(misses)))
    return rows


@dataclass(frozen=True)
class Check:
    mark: str  # ✓ ✗ ⇒
    text: str  # the sentence with its ** marks (✓ ✗) or the advert (⇒)
    severity: str = ""
    criterion: str = ""
    verdict: str = ""


@dataclass(frozen=True)
class Block:
    target: str  # "rules/lexicon.toml", "pyproject.toml", ...
    new: bool
    toml: str
    checks: tuple[Check, ...]
    line: int

    @property
    def data(self) -> dict[str, Any]:
        return tomllib.loads(self.toml)


_CHECK = re.compile(r"^> (?P<mark>[✓✗⇒]) (?P<rest>.+)$")
_VERDICT = re.compile(r"^(?P<criterion>[a-z-]+) (?P<verdict>[a-z-]+): “(?P<text>.+)”$")
_SEVERITY = re.compile(r"^\[(?P<severity>error|warning|info)\] (?P<text>.+)$")
_TARGET = re.compile(r"^# (?P<target>\S+\.toml)(?P<new> \(a new file\))?$")


def toml_blocks() -> list[Block]:
    lines = TEXT.splitlines()
    blocks = []
    i = 0
    while i < len(lines):
        if lines[i] != "```toml":
            i += 1
            continue
        end = lines.index("```", i + 1)
        body = lines[i + 1 : end]
        head = _TARGET.match(body[0]) if body else None
        assert head, f"line {i + 2}: a TOML example starts with '# <file it goes into>'"
        checks = []
        j = end + 1
        while j < len(lines) and (not lines[j].strip() or lines[j].startswith("> ")):
            if lines[j].strip() and not lines[j].startswith("> "):
                break
            m = _CHECK.match(lines[j]) if lines[j].strip() else None
            if lines[j].strip():
                assert m, f"line {j + 1}: not a check line: {lines[j]!r}"
                checks.append(_check(m.group("mark"), m.group("rest"), j + 1))
            if not lines[j].strip() and checks:
                break
            j += 1
        blocks.append(Block(head.group("target"), bool(head.group("new")), "\n".join(body[1:]) + "\n",
                            tuple(checks), i + 1))  # fmt: skip
        i = end + 1
    return blocks


def _check(mark: str, rest: str, line: int) -> Check:
    if mark == "⇒":
        m = _VERDICT.match(rest)
        assert m, f"line {line}: write ⇒ criterion verdict: “advert”"
        return Check(mark, m.group("text"), criterion=m.group("criterion"), verdict=m.group("verdict"))
    m = _SEVERITY.match(rest)
    if m:
        return Check(mark, m.group("text"), severity=m.group("severity"))
    return Check(mark, rest)


ROWS = pattern_rows()
BLOCKS = toml_blocks()


# --------------------------------------------------------------------------- the page itself


def test_the_page_has_examples_of_every_kind() -> None:
    assert len(ROWS) >= 15
    targets = {b.target if not b.new else "new rule" for b in BLOCKS}
    assert {"rules/lexicon.toml", "new rule", "pyproject.toml", "rules/sources.toml"} <= targets
    assert any(b.target.startswith("rules/RD") for b in BLOCKS)
    for block in BLOCKS:
        if block.target != "rules/sources.toml":
            assert any(c.mark == "✓" for c in block.checks), f"line {block.line}: no ✓ example after the block"
            assert any(c.mark != "✓" for c in block.checks) or any(c.severity for c in block.checks), (
                f"line {block.line}: no ✗ or ⇒ example after the block")


def test_every_group_named_on_the_page_is_in_the_lexicon() -> None:
    section = TEXT[TEXT.index("| group | read by |") : TEXT.index("## 3.")]
    named = set(re.findall(r"^\| (`[^|]+)\|", section, flags=re.M))
    groups = {g for cell in named for g in re.findall(r"`([a-z-]+)`", cell)}
    assert len(groups) >= 25
    assert groups <= set(default_registry().lexicon), groups - set(default_registry().lexicon)


def test_ci_page_points_here_for_the_pattern_language() -> None:
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert "docs/authoring-rules.md" in ci or "(authoring-rules.md" in ci
    assert "docs/authoring-rules.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_options_table_matches_the_rules() -> None:
    section = TEXT[TEXT.index("| rule | option |") : TEXT.index("To flag sentences")]
    listed = {_cells(line)[1].strip("`") for line in section.splitlines()[2:] if line.startswith("|")}
    shipped = {name for rule in default_registry() for name, _ in rule.options}
    assert listed == shipped


# --------------------------------------------------------------------------- the pattern table


def hits(patterns: list[str], sentence: str) -> list[str]:
    analysis = Analysis(read_text(sentence), PatternSet({"g": patterns}))
    return [h.text for h in analysis.hits("g")]


@pytest.mark.parametrize("row", ROWS, ids=[r.pattern for r in ROWS])
def test_pattern_row(row: Row) -> None:
    assert row.matches or row.misses
    for sentence in row.matches:
        text, bold = plain(sentence)
        assert bold, f"{sentence!r}: mark the expected match in **bold**"
        assert hits([row.pattern], text) == bold, sentence
    for sentence in row.misses:
        assert hits([row.pattern], sentence) == [], sentence


# --------------------------------------------------------------------------- the TOML blocks


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


def _shipped_file(target: str) -> Path:
    path = ROOT / target
    assert path.is_file(), f"{target} is not a shipped file"
    return path


def _findings(registry: Registry, ids: set[str], sentence: str) -> list[tuple[str, str]]:
    report = Engine(registry).check(read_text(sentence), role="peer")
    return sorted((f.span.text if f.span else "", f.severity) for f in report.findings
                  if f.rule in ids and not f.suppressed)  # fmt: skip


def _verdict(registry: Registry, check: Check) -> str:
    return Engine(registry).check(read_text(check.text), role="peer").verdict(check.criterion).verdict


def _rule_checks(block: Block, registry: Registry, ids: set[str], shipped: Registry | None) -> None:
    for check in block.checks:
        text, bold = plain(check.text)
        if check.mark == "⇒":
            assert _verdict(registry, check) == check.verdict, check
            if shipped is not None:
                assert _verdict(shipped, check) != check.verdict, f"{check}: the same without the change"
            continue
        found = _findings(registry, ids, text)
        if check.mark == "✗":
            assert found == [], check
            continue
        assert found, f"{check}: not flagged"
        if bold:
            assert [t for t, _ in found] == sorted(bold), check
        if check.severity:
            assert {s for _, s in found} == {check.severity}, check
        if shipped is not None:
            assert _findings(shipped, ids, text) != found, f"{check}: flagged the same without the change"


def _lexicon_block(block: Block) -> None:
    shipped = default_registry()
    groups = block.data["groups"]
    unknown = set(groups) - set(shipped.lexicon)
    assert not unknown, f"line {block.line}: no such group {unknown}"
    lexicon = {k: list(v) for k, v in shipped.lexicon.items()}
    for name, patterns in groups.items():
        lexicon[name] += patterns
    patched = Registry(list(shipped), lexicon)
    names = [f"lex:{g}" for g in groups]

    def group_hits(registry: Registry, sentence: str) -> list[str]:
        analysis = Analysis(read_text(sentence), registry.patterns)
        return sorted(h.text for name in names for h in analysis.hits(name))

    for check in block.checks:
        text, bold = plain(check.text)
        if check.mark == "⇒":
            assert _verdict(patched, check) == check.verdict, check
            assert _verdict(shipped, check) != check.verdict, f"{check}: the same without the change"
        elif check.mark == "✗":
            assert group_hits(patched, text) == [], check
        else:
            assert group_hits(patched, text) == sorted(bold), check
            assert group_hits(shipped, text) != sorted(bold), f"{check}: the group matched it already"


def _rule_patch_block(block: Block) -> None:
    path = _shipped_file(block.target)
    shipped = default_registry()
    data = _merge(tomllib.loads(path.read_text(encoding="utf-8")), block.data)
    rule = parse_rule(data, block.target)
    patched = Registry([rule if r.id == rule.id else r for r in shipped], shipped.lexicon)
    _rule_checks(block, patched, {rule.id}, shipped)


def _new_rule_block(block: Block, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    name = Path(block.target).name
    assert not (folder / name).exists(), f"{name} is a shipped rule"
    (folder / name).write_text(block.toml, encoding="utf-8")
    registry = load(folder)
    rule_id = block.data["id"]
    rule = registry.get(rule_id)
    assert rule is not None and rule_id not in default_registry()
    engine = Engine(registry)
    for example in rule.examples:
        for text, wanted in ((example.bad, True), (example.good, False)):
            flagged = [f for f in engine.check(read_text(text), role=example.role).findings if f.rule == rule_id]
            assert bool(flagged) == wanted, (rule_id, text)
            if wanted and example.fix:
                assert any(f.fix and example.fix in f.fix.text for f in flagged)
    _rule_checks(block, registry, {rule_id}, None)


def _sources_block(block: Block, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (folder / "sources.toml").open("a", encoding="utf-8") as out:
        out.write("\n" + block.toml)
    added = parse_sources(block.data)
    assert added and not set(added) & set(tomllib.loads((RULES / "sources.toml").read_text("utf-8"))["sources"])
    assert len(load(folder)) == len(default_registry())
    citing = tomllib.loads((RULES / "LA001-addict.toml").read_text(encoding="utf-8"))
    ref = next(iter(added))
    catalogue = parse_sources(tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8")))
    rule = parse_rule({**citing, "sources": [{"ref": ref, "quote": "a quote"}]}, "LA001.toml", catalogue)
    assert rule.sources[0].title == added[ref].title


def _config_block(block: Block, tmp_path: Path, monkeypatch) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(block.toml, encoding="utf-8")
    ids = {entry["id"] for entry in block.data["tool"]["jdlint"]["extra-phrases"]}
    for n, check in enumerate(block.checks):
        (project / f"advert{n}.txt").write_text(plain(check.text)[0] + "\n", encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["check", "-j", "1", "--role", "peer", "--format", "json", "."])
    assert result.exit_code in (0, 1), result.output
    files = {f["path"]: f for f in json.loads(result.output)["files"]}
    for n, check in enumerate(block.checks):
        found = sorted(f["span"]["text"] if f.get("span") else "" for f in files[f"advert{n}.txt"]["findings"]
                       if f["rule"] in ids)  # fmt: skip
        bold = plain(check.text)[1]
        if check.mark == "✗":
            assert found == [], check
        else:
            assert found and (not bold or found == sorted(bold)), (check, found)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"line{b.line}-{Path(b.target).stem}" for b in BLOCKS])
def test_toml_example(block: Block, tmp_path: Path, monkeypatch) -> None:
    if block.target == "rules/lexicon.toml":
        _lexicon_block(block)
    elif block.target == "rules/sources.toml":
        _sources_block(block, tmp_path)
    elif block.target == "pyproject.toml":
        _config_block(block, tmp_path, monkeypatch)
    elif block.target.startswith("rules/") and block.new:
        _new_rule_block(block, tmp_path)
    elif block.target.startswith("rules/"):
        _rule_patch_block(block)
    else:
        pytest.fail(f"line {block.line}: unknown target {block.target}")

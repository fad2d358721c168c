"""Rule options, citable sources and criteria severities live in the rule data: changing the
TOML (on a copy of the shipped rules) changes what jdlint finds and says, with no Python edit."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from jdlint.engine import Engine
from jdlint.errors import RuleError
from jdlint.readers import read_text
from jdlint.registry import default_registry, load, parse_rule

RULES = Path(__file__).resolve().parent.parent / "rules"

# 13 and 15 words, made up for these tests.
THIRTEEN = "Our small friendly team meets every Monday morning to plan the week ahead."
FIFTEEN = "You will walk alongside people as they rebuild routines, friendships and hope after hard times."


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules folder to edit."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = next(folder.glob(f"{name}*.toml"))
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def found(registry, text: str, rule_id: str, role: str = "peer"):
    report = Engine(registry).check(read_text(text), role=role)
    return [f for f in report.findings if f.rule == rule_id]


# --------------------------------------------------------------------------- options


def test_max_words_comes_from_the_rule_file(rules: Path) -> None:
    assert not found(default_registry(), THIRTEEN, "RD001")
    edit(rules, "RD001", "max-words = 35", "max-words = 10")
    registry = load(rules)
    rule = registry.get("RD001")
    assert rule.option("max-words") == 10
    assert rule.summary == "A sentence over 10 words."
    hits = found(registry, f"{THIRTEEN}\n\n{FIFTEEN}\n", "RD001")
    assert [h.message for h in hits] == [
        "This sentence has 13 words (more than 10): split it.",
        "This sentence has 15 words (more than 10): split it.",
    ]
    assert hits[0].fix is not None and hits[0].fix.text == rule.fix


def test_reading_ease_floor_comes_from_the_rule_file(rules: Path) -> None:
    bad = default_registry().get("RD002").examples[0].bad
    assert found(default_registry(), bad, "RD002")
    edit(rules, "RD002", "min-reading-ease = 40", "min-reading-ease = -1000")
    assert not found(load(rules), bad, "RD002")
    edit(rules, "RD002", "min-reading-ease = -1000", "min-reading-ease = 100.5")
    registry = load(rules)
    good = registry.get("RD002").examples[0].good
    hits = found(registry, good, "RD002")
    assert len(hits) == 1 and hits[0].message.endswith(", under 100.5).")
    assert "under 100.5" in registry.get("RD002").summary


def test_reading_ease_minimum_length_comes_from_the_rule_file(rules: Path) -> None:
    bad = default_registry().get("RD002").examples[0].bad
    edit(rules, "RD002", "min-words = 60", "min-words = 500")
    registry = load(rules)
    assert not found(registry, bad, "RD002")
    assert "fewer than 500 words" in registry.get("RD002").rationale


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("max-words = 35", "max-wordz = 35", r"unknown option 'max-wordz' \(the long_sentences check takes max-words\)"),
        ("max-words = 35", "", r"option 'max-words' missing \(the long_sentences check needs it under \[options\]\)"),
        ("max-words = 35", 'max-words = "many"', r"option 'max-words' must be a whole number \(got 'many'\)"),
        ("max-words = 35", "max-words = true", r"option 'max-words' must be a whole number"),
        ("max-words = 35", "max-words = 35.5", r"option 'max-words' must be a whole number"),
    ],
)
def test_bad_options_are_rule_errors(rules: Path, old: str, new: str, message: str) -> None:
    edit(rules, "RD001", old, new)
    with pytest.raises(RuleError, match=message) as err:
        load(rules)
    assert "RD001-long-sentence.toml" in str(err.value)


def test_a_phrase_rule_takes_no_options() -> None:
    data = tomllib.loads((RULES / "LA001-addict.toml").read_text(encoding="utf-8"))
    with pytest.raises(RuleError, match=r"LA001.toml: unknown option 'max-words' \(a phrase rule takes no options\)"):
        parse_rule({**data, "options": {"max-words": 3}}, "LA001.toml")
    with pytest.raises(RuleError, match="options must be a table"):
        parse_rule({**data, "options": 3}, "LA001.toml")


def test_shipped_rule_text_never_repeats_an_option_by_hand() -> None:
    """Each option's value appears in its rule file only under [options]: the text quotes it."""
    for path in sorted(RULES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for name, value in data.get("options", {}).items():
            if isinstance(value, str):
                continue
            number = re.compile(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d.])")
            for key in ("summary", "message", "rationale", "fix", "where"):
                assert not number.search(data.get(key, "")), f"{path.name}: {key} repeats {name} = {value}"


# --------------------------------------------------------------------------- criteria severity


def test_criteria_findings_take_the_severity_in_the_toml(rules: Path) -> None:
    cs003 = default_registry().get("CS003")
    not_met, partly = cs003.examples[0].bad, cs003.examples[1].bad
    assert [f.severity for f in found(default_registry(), not_met, "CS003")] == ["error"]
    assert [f.severity for f in found(default_registry(), partly, "CS003")] == ["warning"]
    edit(rules, "CS003", 'severity = "error"', 'severity = "warning"')
    edit(rules, "CS003", 'partly-met-severity = "warning"', 'partly-met-severity = "info"')
    registry = load(rules)
    assert [f.severity for f in found(registry, not_met, "CS003")] == ["warning"]
    assert [f.severity for f in found(registry, partly, "CS003")] == ["info"]


def test_partly_met_severity_defaults_one_step_below(rules: Path) -> None:
    edit(rules, "CS003", 'partly-met-severity = "warning"', "")
    edit(rules, "CS003", 'severity = "error"', 'severity = "warning"')
    assert load(rules).get("CS003").option("partly-met-severity") == "info"
    edit(rules, "CS003", 'severity = "warning"', 'severity = "info"')
    assert load(rules).get("CS003").option("partly-met-severity") == "info"


def test_partly_met_severity_must_be_a_severity(rules: Path) -> None:
    edit(rules, "CS003", 'partly-met-severity = "warning"', 'partly-met-severity = "mild"')
    with pytest.raises(RuleError, match=r"'partly-met-severity' must be one of info, warning, error \(got 'mild'\)"):
        load(rules)


# --------------------------------------------------------------------------- sources


def test_sources_are_data(rules: Path) -> None:
    shipped = default_registry().get("LA001").sources[0]
    assert shipped.title and shipped.file
    with (rules / "sources.toml").open("a", encoding="utf-8") as out:
        out.write('\n[sources.guide]\nfile = "guides/plain-words.md"\ntitle = "Our plain words guide"\n')
    edit(rules, "LA001", 'ref = "', 'ref = "guide", quote = "say person first" }, { ref = "')
    rule = load(rules).get("LA001")
    assert (rule.sources[0].ref, rule.sources[0].title, rule.sources[0].file) == (
        "guide", "Our plain words guide", "guides/plain-words.md")
    assert rule.sources[1] == shipped


def test_citing_an_unknown_source_names_the_known_ones(rules: Path) -> None:
    edit(rules, "LA001", 'ref = "', 'ref = "nowhere", quote = "q" }, { ref = "')
    with pytest.raises(RuleError, match=r"LA001-addict.toml: each source needs ref \(one of 000, 001, .*clear-soil\)"):
        load(rules)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[sources.x]\nfile = "a.md"\n', "source 'x' needs file and title"),
        ('[sources.x]\nfile = "a.md"\ntitle = "A"\ncolour = "red"\n', "source 'x' needs file and title"),
        ('[other]\nx = 1\n', r"needs \[sources.<ref>\] tables and nothing else"),
    ],
)
def test_malformed_sources_are_rule_errors(rules: Path, text: str, message: str) -> None:
    (rules / "sources.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=message) as err:
        load(rules)
    assert "sources.toml" in str(err.value)


def test_an_extra_folder_may_not_redefine_a_source(rules: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "sources.toml").write_text('[sources."000"]\nfile = "elsewhere.md"\ntitle = "Other"\n', encoding="utf-8")
    with pytest.raises(RuleError, match="source '000' is already defined differently"):
        load(rules, extra=[extra])

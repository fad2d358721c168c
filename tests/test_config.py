"""Config files: discovery, validation (one-line errors), globs and per-file settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jdlint.config import Config, GlobSet, find_config, load_config, parse_config
from jdlint.errors import ConfigError


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- discovery


def test_find_config_walks_upward_from_a_file(in_tmp):
    cfg = write(in_tmp / "pyproject.toml", "[tool.jdlint]\nselect = ['LA']\n")
    advert = write(in_tmp / "a" / "b" / "advert.md", "# Peer worker\n")
    assert find_config(advert) == cfg
    assert find_config(advert.parent) == cfg


def test_pyproject_without_the_table_is_passed_over(in_tmp):
    outer = write(in_tmp / "jdlint.toml", "select = ['LA']\n")
    write(in_tmp / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(in_tmp / "sub") == outer


def test_jdlint_toml_wins_in_the_same_folder(in_tmp):
    write(in_tmp / "pyproject.toml", "[tool.jdlint]\nselect = ['LA']\n")
    own = write(in_tmp / "jdlint.toml", "select = ['CS']\n")
    assert find_config(in_tmp) == own
    assert load_config(own).select == ("CS",)


def test_no_config_anywhere(in_tmp):
    assert find_config(in_tmp) is None or not str(find_config(in_tmp)).startswith(str(in_tmp))


def test_broken_pyproject_of_someone_else_is_skipped_when_searching(in_tmp):
    write(in_tmp / "pyproject.toml", "this is [not toml")
    assert find_config(in_tmp) is None or find_config(in_tmp).parent != in_tmp


@pytest.mark.parametrize("table", ["jdlnt", "jd-lint", "jdlint-config", "JDLint", "jd_lint", "jdlin"])
def test_a_misspelt_tool_table_is_named_in_a_warning(in_tmp, table):
    write(in_tmp / "pyproject.toml", f"[project]\nname = 'x'\n\n[tool.{table}]\nselect = ['LA']\n")
    heard: list[str] = []
    assert find_config(in_tmp, warn=heard.append) is None or find_config(in_tmp).parent != in_tmp
    assert heard == [f"pyproject.toml: [tool.{table}] is not read (did you mean [tool.jdlint]?)"]


@pytest.mark.parametrize("table", ["pylint", "jslint", "ruff", "lint", "mdlint"])
def test_other_tools_tables_are_not_taken_for_a_misspelling(in_tmp, table):
    write(in_tmp / "pyproject.toml", f"[tool.{table}]\nx = 1\n")
    heard: list[str] = []
    find_config(in_tmp, warn=heard.append)
    assert heard == []


def test_no_warning_beside_a_real_jdlint_table(in_tmp):
    cfg = write(in_tmp / "pyproject.toml", "[tool.jdlint]\nselect = ['LA']\n\n[tool.jdlint-extra]\nx = 1\n")
    heard: list[str] = []
    assert find_config(in_tmp, warn=heard.append) == cfg
    assert heard == []


def test_a_misspelt_table_passed_over_on_the_way_up_is_named_and_the_walk_goes_on(in_tmp):
    outer = write(in_tmp / "jdlint.toml", "select = ['LA']\n")
    write(in_tmp / "sub" / "pyproject.toml", "[tool.jdlnt]\nselect = ['CS']\n")
    heard: list[str] = []
    assert find_config(in_tmp / "sub", warn=heard.append) == outer
    assert heard == [f"{os.path.join('sub', 'pyproject.toml')}: [tool.jdlnt] is not read (did you mean [tool.jdlint]?)"]


# --------------------------------------------------------------------------- validation


def test_every_key_parses(in_tmp):
    cfg = write(in_tmp / "pyproject.toml", """
[tool.jdlint]
select = ["CS", "LA"]
ignore = ["RD002"]
fail-on = "error"
include = ["adverts/**"]
exclude = ["drafts/"]
jobs = 3
timeout = 2.5
max-file-size-mb = 5
max-memory-mb = 800
format = "json"

[tool.jdlint.role-overrides]
"senior/**" = "peer-senior"

[tool.jdlint.per-file-ignores]
"legacy/*.md" = ["SU005", "IN"]

[[tool.jdlint.extra-phrases]]
id = "XP001"
name = "rockstar"
severity = "warning"
message = "“{match}” is jargon."
patterns = ["rockstar|ninja"]
bad = "We want a peer support rockstar."
good = "We want a peer support worker."
""")
    c = load_config(cfg)
    assert c.select == ("CS", "LA") and c.ignore == ("RD002",) and c.fail_on == "error"
    assert c.include == ("adverts/**",) and c.exclude == ("drafts/",)
    assert (c.jobs, c.timeout, c.max_file_size_mb, c.max_memory_mb, c.format) == (3, 2.5, 5.0, 800, "json")
    assert c.role_for(in_tmp / "senior" / "x" / "a.md") == "peer-senior"
    assert c.role_for(in_tmp / "a.md") is None
    assert c.ignores_for(in_tmp / "legacy" / "a.md") == ("SU005", "IN")
    assert c.ignores_for(in_tmp / "other" / "a.md") == ()
    (rule,) = c.extra_rules()
    assert (rule.id, rule.kind, rule.category, rule.sources) == ("XP001", "phrase", "project", ())


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("selekt = ['LA']", "pyproject.toml [tool.jdlint]: unknown key 'selekt'"),
        ("fail_on = 'error'", "pyproject.toml [tool.jdlint]: unknown key 'fail_on' (use dashes: fail-on)"),
        ("fail-on = 'fatal'", "pyproject.toml [tool.jdlint]: 'fail-on' must be one of info, warning, error (got 'fatal')"),
        ("jobs = 0", "pyproject.toml [tool.jdlint]: 'jobs' must be at least 1 (got 0)"),
        ("max-memory-mb = 10", "pyproject.toml [tool.jdlint]: 'max-memory-mb' must be at least 64 (got 10)"),
        ("jobs = 'many'", "pyproject.toml [tool.jdlint]: 'jobs' must be a whole number (got 'many')"),
        ("timeout = true", "pyproject.toml [tool.jdlint]: 'timeout' must be a number (got True)"),
        ("select = 'LA'\nignore = [1]", "pyproject.toml [tool.jdlint]: 'ignore' must be a list of strings"),
        ("format = 'pdf'", "pyproject.toml [tool.jdlint]: 'format' must be one of text, json, sarif, github, junit, csv, html (got 'pdf')"),
        ("role-overrides = {'x/*' = 'boss'}", "pyproject.toml [tool.jdlint]: role-overrides 'x/*': role must be one of peer, peer-senior, other (got 'boss')"),
        ("per-file-ignores = {'x/*' = 3}", "pyproject.toml [tool.jdlint]: per-file-ignores 'x/*': must be a list of rule ids"),
        ("extra-phrases = [{id = 'XP001'}]", "pyproject.toml [tool.jdlint]: extra-phrases[0]: needs 'name' (a string)"),
    ],
)
def test_bad_config_is_one_line(in_tmp, body, message):
    cfg = write(in_tmp / "pyproject.toml", f"[tool.jdlint]\n{body}\n")
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert str(err.value) == message
    assert "\n" not in str(err.value)


def test_not_toml_and_missing_file(in_tmp):
    write(in_tmp / "jdlint.toml", "select = [")
    with pytest.raises(ConfigError, match=r"^jdlint.toml: not valid TOML"):
        load_config(in_tmp / "jdlint.toml")
    with pytest.raises(ConfigError, match="no such file"):
        load_config(in_tmp / "nope.toml")


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ({"id": "xp1", "name": "a", "severity": "info", "message": "m", "patterns": ["a"], "bad": "a", "good": "b"}, "id must be"),
        ({"id": "XP001", "name": "A B", "severity": "info", "message": "m", "patterns": ["a"], "bad": "a", "good": "b"}, "name must be"),
        ({"id": "XP001", "name": "a", "severity": "info", "message": "m", "bad": "a", "good": "b"}, "needs 'patterns'"),
        ({"id": "XP001", "name": "a", "severity": "info", "message": "m", "patterns": ["a"]}, "needs a bad and a good example"),
        ({"id": "XP001", "name": "a", "severity": "info", "message": "m", "patterns": ["a"], "bad": "a", "good": "b", "colour": 1}, "unknown key 'colour'"),
    ],
)
def test_bad_extra_phrases(entry, fragment):
    with pytest.raises(ConfigError, match=fragment):
        parse_config({"extra-phrases": [entry]}, "jdlint.toml")


def test_extra_phrase_with_a_bad_severity_fails_at_rule_parsing():
    c = parse_config({"extra-phrases": [{"id": "XP001", "name": "a", "severity": "fatal", "message": "m",
                                         "patterns": ["a"], "bad": "a", "good": "b"}]}, "jdlint.toml")  # fmt: skip
    with pytest.raises(ConfigError, match="severity must be one of"):
        c.extra_rules()


# --------------------------------------------------------------------------- globs


@pytest.mark.parametrize(
    ("patterns", "path", "is_dir", "expected"),
    [
        (["*.md"], "a/b/c.md", False, True),
        (["*.md"], "a/b/c.mdx", False, False),
        (["drafts/"], "drafts/x.md", False, True),  # a folder pattern covers what is in it
        (["drafts/"], "drafts", False, False),  # ... but not a file of that name
        (["/top.md"], "top.md", False, True),
        (["/top.md"], "sub/top.md", False, False),
        (["adverts/**/*.docx"], "adverts/a/b/x.docx", False, True),
        (["adverts/**/*.docx"], "adverts/x.docx", False, True),
        (["adverts/*.docx"], "adverts/a/x.docx", False, False),
        (["*.md", "!keep.md"], "keep.md", False, False),
        (["a?c.txt"], "abc.txt", False, True),
        (["[ab]*.txt"], "b1.txt", False, True),
        (["[!ab]*.txt"], "b1.txt", False, False),
    ],
)
def test_gitignore_style_globs(tmp_path, patterns, path, is_dir, expected):
    assert GlobSet(patterns, tmp_path).match(tmp_path / path, is_dir) is expected


def test_globs_outside_the_base_only_match_unanchored(tmp_path):
    base = tmp_path / "project"
    globs = GlobSet(["*.md", "/x.md"], base)
    assert globs.match(tmp_path / "elsewhere" / "a.md")
    assert not GlobSet(["/x.md"], base).match(tmp_path / "x.md")


def test_config_root_is_its_folder(tmp_path):
    c = Config(path=tmp_path / "jdlint.toml")
    assert c.root == tmp_path
    assert Config().root == Path(os.getcwd())


def test_limits_come_from_flags_then_config_then_defaults():
    from jdlint.config import effective_limits
    from jdlint.readers import DEFAULT_LIMITS

    config = Config(timeout=3.0, max_file_size_mb=2.0, max_memory_mb=700)
    limits = effective_limits(config)
    assert (limits.timeout, limits.max_bytes, limits.memory_mb) == (3.0, 2 * 1024 * 1024, 700)
    limits = effective_limits(config, timeout=4.0, max_mb=1.0, memory_mb=300)
    assert (limits.timeout, limits.max_bytes, limits.memory_mb) == (4.0, 1024 * 1024, 300)
    assert effective_limits(Config()) == DEFAULT_LIMITS

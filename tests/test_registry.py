"""The rule registry: loading, validation, duplicate ids, sources that quote the seeds."""

from __future__ import annotations

import re
import unicodedata

import pytest

from jdlint.errors import RuleError
from jdlint.registry import Registry, default_registry, load, parse_rule

MINIMAL = {
    "id": "XX001",
    "name": "example-rule",
    "kind": "phrase",
    "severity": "warning",
    "summary": "s",
    "message": "m",
    "rationale": "r",
    "patterns": ["foo"],
    "sources": [{"ref": "000", "quote": "q"}],
    "examples": [{"bad": "foo", "good": "bar"}],
}


def test_shipped_rules_load_and_cover_the_spec() -> None:
    registry = default_registry()
    criteria = {r.criterion for r in registry if r.criterion}
    assert criteria == {
        "lived-experience-essential",
        "peer-principles",
        "peer-panel",
        "adjacent-professions",
    }
    categories = {r.category for r in registry}
    for needed in ("support", "employment", "senior-roles", "outcomes", "language", "criminal-records",
                   "inclusion", "readability"):  # fmt: skip
        assert needed in categories


def test_duplicate_ids_are_rejected() -> None:
    rule = parse_rule(MINIMAL, "a.toml")
    twin = parse_rule({**MINIMAL, "name": "other-name"}, "b.toml")
    with pytest.raises(RuleError, match="duplicate rule id XX001"):
        Registry([rule, twin])


def test_duplicate_names_are_rejected() -> None:
    rule = parse_rule(MINIMAL, "a.toml")
    twin = parse_rule({**MINIMAL, "id": "XX002"}, "b.toml")
    with pytest.raises(RuleError, match="duplicate rule name"):
        Registry([rule, twin])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "regex"}, "kind must be one of"),
        ({"severity": "fatal"}, "severity must be one of"),
        ({"colour": "red"}, "unknown key"),
        ({"examples": [{"bad": "foo"}]}, "good example"),
        ({"sources": [{"ref": "999", "quote": "q"}]}, "each source needs ref"),
        ({"patterns": []}, "missing patterns|needs patterns"),
        ({"applies_to": ["manager"]}, "applies_to"),
        ({"forms": {"a foo": "a bar"}}, r"\[forms\] belong to a phrase rule with replace"),
        ({"replace": "bar", "forms": {"a foo": ""}}, "forms must be a table"),
        ({"fix": "f", "fix_if": {"lex:uk-context": "g"}}, r"\[fix_if\] belongs to a missing-content rule"),
        ({"kind": "missing", "patterns": [], "expect": ["foo"], "fix_if": {"lex:uk-context": "g"}},
         r"\[fix_if\] belongs to a missing-content rule with a fix"),
        ({"kind": "missing", "patterns": [], "expect": ["foo"], "fix": "f", "fix_if": {"uk-context": "g"}},
         "fix_if must be a table"),
    ],
)
def test_malformed_rules_are_rejected_with_the_file_named(change: dict, message: str) -> None:
    with pytest.raises(RuleError, match=message) as info:
        parse_rule({**MINIMAL, **change}, "rules/bad.toml")
    assert "rules/bad.toml" in str(info.value) or "patterns" in str(info.value)


def test_a_fix_if_naming_no_lexicon_group_is_rejected() -> None:
    missing = {**MINIMAL, "kind": "missing", "patterns": [], "expect": ["foo"], "fix": "f"}
    rule = parse_rule({**missing, "fix_if": {"lex:no-such-group": "g"}}, "a.toml")
    with pytest.raises(RuleError, match="fix_if names no lexicon group 'lex:no-such-group'"):
        _ = Registry([rule], {"uk-context": ["uk"]}).patterns
    fine = parse_rule({**missing, "fix_if": {"lex:uk-context": "g"}}, "a.toml")
    assert fine.fix_if == (("lex:uk-context", "g"),)
    assert Registry([fine], {"uk-context": ["uk"]}).patterns is not None


def test_a_folder_of_rules_loads(tmp_path) -> None:
    (tmp_path / "XX001.toml").write_text(
        'id = "XX001"\nname = "x"\nkind = "phrase"\nseverity = "info"\nsummary = "s"\nmessage = "m"\n'
        'rationale = "r"\npatterns = ["foo"]\nsources = [{ ref = "001", quote = "q" }]\n'
        '[[examples]]\nbad = "foo"\ngood = "bar"\n'
    )
    registry = load(tmp_path)
    assert [r.id for r in registry] == ["XX001"]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u2010\u2011\u2012\u2013\u2014\u00ad]", "-", text)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("…", "...")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def test_every_source_quote_is_in_its_source(shared) -> None:
    """Rules cite their sources word for word (white space, quotes and hyphens aside)."""
    problems = []
    for rule in default_registry():
        for source in rule.sources:
            haystack = _normalise((shared / source.file).read_text(encoding="utf-8"))
            quote = _normalise(source.quote)
            if source.ref == "frameworks":
                # The frameworks table is quoted cell by cell: each cell must be in the file.
                parts = [p.strip(' "') for p in re.split(r"\s*\|\s*", quote)]
                missing = [p for p in parts if p and p not in haystack]
                if missing:
                    problems.append(f"{rule.id}: {missing} not in {source.file}")
            elif quote not in haystack:
                problems.append(f"{rule.id}: not in {source.file}: {source.quote!r}")
    assert not problems, "\n".join(problems)


def test_iteration_is_in_id_order_and_sees_rules_added_after_it():
    rules = sorted(default_registry(), key=lambda r: r.id)
    registry = Registry([rules[2], rules[0]])
    assert [r.id for r in registry] == [rules[0].id, rules[2].id]
    assert [r.id for r in registry] == [rules[0].id, rules[2].id]  # the kept order, again
    registry.add(rules[1])
    assert [r.id for r in registry] == [r.id for r in rules[:3]]


def test_a_wider_form_is_flagged_and_replaced_whole() -> None:
    from jdlint.engine import Engine
    from jdlint.readers import read_text

    rule = parse_rule({**MINIMAL, "patterns": ["widget|widgets"], "replace": "gadgets",
                       "forms": {"a|an widget": "a gadget", "widgets and|or widget makers": "gadget makers"}},
                      "rules/XX001.toml")  # fmt: skip
    findings = Engine(Registry([rule])).check(
        read_text("Note\n\nAn widget here, widgets there, and widgets and widget makers everywhere.\n"),
        role="peer").findings  # fmt: skip
    got = [(f.span.text, f.fix.text) for f in findings if f.rule == "XX001"]
    # two matches inside one form give one finding; a bare match keeps the plain replacement
    assert got == [("An widget", "A gadget"), ("widgets", "gadgets"), ("widgets and widget makers", "gadget makers")]

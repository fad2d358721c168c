"""The wording examples in rules/data/criteria.toml: every example matches its lexicon
group, every non-example does not, and every word list the verdicts read is there.

A peer-support lead adds a wording to rules/lexicon.toml and an invented sentence using
it to rules/data/criteria.toml; these tests hold the two together."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from jdlint.nlp import PatternSet, parse
from jdlint.registry import default_registry

DATA = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "criteria.toml").read_text("utf-8"))
EXAMPLES = [(group, text) for group, texts in DATA["examples"].items() for text in texts]
NON_EXAMPLES = [(group, text) for group, texts in DATA.get("non-examples", {}).items() for text in texts]


def _matches(group: str, text: str) -> list[str]:
    lexicon = default_registry().lexicon
    assert group in lexicon, f"{group} is not a lexicon group"
    patterns = PatternSet({group: lexicon[group]})
    docs = parse([text])
    found = patterns.match_all(docs).get(group, [])
    return [docs[b][s:e].text for b, s, e in found]


@pytest.mark.parametrize(("group", "text"), EXAMPLES, ids=[f"{g}:{t[:40]}" for g, t in EXAMPLES])
def test_example_matches_its_group(group: str, text: str) -> None:
    assert _matches(group, text), f"no {group} match in {text!r}"


@pytest.mark.parametrize(("group", "text"), NON_EXAMPLES, ids=[f"{g}:{t[:40]}" for g, t in NON_EXAMPLES])
def test_non_example_does_not_match(group: str, text: str) -> None:
    assert not _matches(group, text), f"{group} should not match {text!r}"


def test_the_word_lists_the_verdicts_read_are_data() -> None:
    from jdlint.checks.criteria import words

    w = words()
    for name in ("served", "possessives", "worker", "serve-verbs", "people-nouns", "ambiguous-people",
                 "clause-breaks", "supporting-verbs", "holding-verbs", "compliance-objects", "core-panel",
                 "selection-subjects", "alternative-nouns", "negatable-cues", "instead-words", "never-supporting",
                 "weak-membership", "relative-words", "identity-verbs", "possessive-s", "list-joins", "essential-exact-headings",
                 "ability-words", "duty-lead-words", "equivalence-words", "training-nouns", "standing-words",
                 "standing-fillers", "set-aside-words"):  # fmt: skip
        assert w[name], name
        assert all(word == word.lower() and word.strip() == word for word in w[name]), name
    assert {label for label, _ in w.kinds} >= {"mental health challenges", "substance use", "caring for someone"}
    assert set(w.principle_fixes) == {"mutuality", "disclosure", "hope", "boundaries"}


def test_no_word_list_is_left_in_the_verdict_code() -> None:
    """The verdicts read their words from rules/data/criteria.toml: the only lists of three
    or more quoted words (a literal set, list or tuple, not a call's arguments) in
    jdlint/checks/criteria.py name block kinds, strengths, verdicts, principles or the reason
    codes of fixes (structure, not wording: the fixes' words are in the rules' [fixes])."""
    import re
    from pathlib import Path

    import jdlint.checks.criteria as criteria

    structure = {"list-item", "paragraph", "table-cell", "heading", "required", "wanted", "desirable",
                 "substitutable", "negated", "mention", "requirement", "mutuality", "disclosure", "hope",
                 "boundaries", "peer", "peer-senior", "not-met", "partly-met", "met",
                 "kind-not-named", "absent", "panel", "qualification", "compliance", "alternative", "duty"}  # fmt: skip
    source = Path(criteria.__file__).read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("#", '"')))
    for found in re.finditer(r'(?<![\w)\]])[{(\[]\s*("[^"\n]+",\s*){2,}', code):
        quoted = set(re.findall(r'"([^"\n]+)"', found.group(0)))
        assert quoted <= structure, f"word list in the code: {sorted(quoted - structure)}"

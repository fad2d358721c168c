"""The wording examples in rules/data/criteria-examples.toml: every example matches its
lexicon group, every non-example does not, and every word list the verdicts read (in
rules/data/criteria.toml) is there.

A peer-support lead adds a wording to rules/lexicon.toml and an invented sentence using
it to rules/data/criteria-examples.toml; these tests hold the two together."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from jdlint.nlp import PatternSet, parse
from jdlint.registry import default_registry

DATA = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "criteria.toml").read_text("utf-8"))
SAMPLES = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "criteria-examples.toml").read_text("utf-8"))
EXAMPLES = [(group, text) for group, texts in SAMPLES["examples"].items() for text in texts]
NON_EXAMPLES = [(group, text) for group, texts in SAMPLES.get("non-examples", {}).items() for text in texts]


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
                 "standing-fillers", "set-aside-words", "applicant-headings", "qualification-item-leads",
                 "qualification-sublabels", "additive-words", "swap-words", "peer-swap-nouns", "swap-back-references",
                 "swap-back-fillers", "credential-nouns", "credential-openers", "credential-complements",
                 "peer-credential-marks", "own-duty-verbs", "qualification-row-words"):  # fmt: skip
        assert w[name], name
        assert all(word == word.lower() and word.strip() == word for word in w[name]), name
    assert {label for label, _ in w.kinds} >= {"mental health challenges", "substance use", "caring for someone"}
    assert set(w.principle_fixes) == {"mutuality", "disclosure", "hope", "boundaries"}


def test_no_word_list_is_left_in_the_verdict_code() -> None:
    """The verdicts read their words from rules/data/criteria.toml: the only lists of three
    or more quoted words (a literal set, list or tuple, not a call's arguments) in the
    modules of jdlint/checks/criteria/ name block kinds, strengths, verdicts, principles or the reason
    codes of fixes (structure, not wording: the fixes' words are in the rules' [fixes])."""
    import re
    from pathlib import Path

    import jdlint.checks.criteria as criteria

    structure = {"list-item", "paragraph", "table-cell", "heading", "required", "wanted", "desirable",
                 "substitutable", "negated", "mention", "requirement", "mutuality", "disclosure", "hope",
                 "boundaries", "peer", "peer-senior", "not-met", "partly-met", "met",
                 "kind-not-named", "absent", "panel", "qualification", "compliance", "alternative", "duty"}  # fmt: skip
    modules = sorted(Path(criteria.__file__).parent.glob("*.py"))
    assert len(modules) > 1, modules
    source = "\n".join(path.read_text(encoding="utf-8") for path in modules)
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("#", '"')))
    for found in re.finditer(r'(?<![\w)\]])[{(\[]\s*("[^"\n]+",\s*){2,}', code):
        quoted = set(re.findall(r'"([^"\n]+)"', found.group(0)))
        assert quoted <= structure, f"word list in the code: {sorted(quoted - structure)}"


# --- an alternative that was meant to hold a space ----------------------------------------------
# `a|b` binds one token, so "carer|lived experience advisory" is "carer|lived", "experience",
# "advisory", not three alternatives. The mistake shows as a fixed two-word term of the lexicon
# (a whole pattern of two plain words, both longer than three letters: "lived experience",
# "mental health") split across an alternation's edge, where most of the other alternatives do
# not make the term with the same word ("lived|living experience" is meant). A split made
# optional on purpose ("recovery|addiction|mental? health? story") is left alone.
def _fixed_terms(lexicon: dict[str, list[str]]) -> set[tuple[str, str]]:
    terms = set()
    for patterns in lexicon.values():
        for pattern in patterns:
            words = pattern.lower().split()
            if len(words) == 2 and all(w.isalpha() and len(w) > 3 for w in words):
                terms.add((words[0], words[1]))
    return terms


def split_terms(lexicon: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(group, pattern, term) for each fixed term split across an alternation's edge."""
    terms = _fixed_terms(lexicon)
    found = []
    for group, patterns in lexicon.items():
        for pattern in patterns:
            raw = pattern.lower().split()
            words = [w.rstrip("~*") for w in raw]
            for i in range(len(words) - 1):
                left, right = words[i], words[i + 1]
                if left.endswith("?") or right.endswith("?"):
                    continue  # "...|mental? health? story": the split made optional on purpose
                if "|" in left and right.isalpha():  # "carer|lived experience": the last alternative
                    pairs = [(a.rstrip("~*?"), right) for a in left.split("|")]
                    edge = pairs[-1]
                elif left.isalpha() and "|" in right:  # "mental health|addiction": the first one
                    pairs = [(left, a.rstrip("~*?")) for a in right.split("|")]
                    edge = pairs[0]
                else:
                    continue
                if edge in terms and sum(p in terms for p in pairs) < len(pairs) / 2:
                    found.append((group, pattern, " ".join(edge)))
    return found


def test_no_alternative_was_meant_to_hold_a_space() -> None:
    assert split_terms(default_registry().lexicon) == []


def test_the_split_term_check_finds_the_mistake() -> None:
    lexicon = {"kind": ["lived experience", "mental health", "lived|living experience"],
               "group": ["carer|family|lived experience forum|group", "used mental health|addiction|housing services"]}
    assert [term for _, _, term in split_terms(lexicon)] == ["lived experience", "mental health"]

"""Start-up: the pattern set built with less work (the same values), and the process's first
engine built with the cyclic garbage collector paused, then frozen."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from jdlint import match_plan, matcher, patterns
from jdlint.match_plan import _follow, _needs, merge, merged_index, start_index
from jdlint.matcher import PatternSet
from jdlint.patterns import _step, expand, parse_pattern

_TOKENS = ["peer", "peer|lived", "support~", "support~|help~", "worker~", "work*", "experience", "of", "the", "a?",
           "the?", "very{0,2}", "very{1,}", "good", "team", "co-design~", "_", "_{0,2}", "_?", "of|the", "desig*",
           "peer?", "lived|peer{1,3}", "supp*|peer", "the|a?"]  # fmt: skip


def _random_patterns(rng: random.Random, count: int) -> list[list[patterns.TokenSpec]]:
    out = []
    while len(out) < count:
        source = " ".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 5)))
        try:
            out += [parse_pattern(e) for e in expand(source)]
        except ValueError:  # a split word with a quantifier
            continue
    return out


def _merged_one_after_another(indexes):
    """The start index of a group as it was built before: each pattern's entries merged in
    turn (:func:`jdlint.match_plan.merge`)."""
    words: dict = {}
    prefixes: dict = {}
    for index in indexes:
        if index is None:
            return None
        for word, follow in index.words.items():
            merge(words, word, follow)
        for prefix, follow in index.prefixes.items():
            merge(prefixes, prefix, follow)
    return words, prefixes


def test_a_groups_start_index_gathered_and_joined_once_is_the_one_merged_in_turn() -> None:
    """Over seeded random groups: each pattern's own start index (the quick way for a pattern
    whose first token is required) is the one the general way gives, and the group's, each
    word's follows gathered and joined at once, is the one merged pattern after pattern, with
    its words in the same order."""
    rng = random.Random(14)
    groups = 0
    for _ in range(400):
        patterns = _random_patterns(rng, rng.randint(1, 12))
        each = [start_index([specs]) for specs in patterns]
        for specs, index in zip(patterns, each, strict=True):
            general = start_index([specs, specs])  # two patterns: the general way, the same answer
            assert index == general, specs
        merged = merged_index(each)
        expected = _merged_one_after_another(each)
        if expected is None:
            assert merged is None
            continue
        assert merged is not None
        assert (merged.words, merged.prefixes) == expected
        assert list(merged.words) == list(expected[0]) and list(merged.prefixes) == list(expected[1])
        assert merged == start_index(patterns)  # the whole group at once, the general way
        groups += 1
    assert groups > 100


def _follow_the_long_way(rest):
    """:func:`jdlint.match_plan._follow` as it was written before a token kept its own follow."""
    # the tokens up to the first one a match must have; none such, or a wildcard among them:
    # the first word can be anything
    required = [i for i, spec in enumerate(rest) if not match_plan._optional(spec)]
    upto = rest[: required[0] + 1] if required else None
    if upto is None or any(spec.wildcard for spec in upto):
        return None
    return (frozenset(w for spec in upto for w in spec.words),
            tuple(sorted({p for spec in upto for p in spec.prefixes})))  # fmt: skip


def test_patterns_that_start_alike_share_their_start_index_and_follows() -> None:
    """Memory: a follow (what the second token can be) is made once per token, and patterns
    with the same first token and the same follow share one start index, equal to the one
    each would get on its own; what a token's words are, as a set, is one object wherever a
    table holds it (the follows, the steps and the needed words of the matcher)."""
    rng = random.Random(25)
    shared: dict = {}
    seen = 0
    for _ in range(300):
        patterns = _random_patterns(rng, rng.randint(1, 8))
        for specs in patterns:
            for i in range(len(specs)):
                assert _follow(specs[i:]) == _follow_the_long_way(specs[i:]), specs
            index = start_index([specs], shared)
            assert index == start_index([specs])
            if index is not None and not (specs[0].wildcard or specs[0].op):
                assert start_index([list(specs)], shared) is index
                seen += 1
    assert seen > 500 and len(shared) < seen / 2
    first, second = parse_pattern("peer|lived support~ worker")[:2]
    assert _follow([second]) is _follow([second]) is second.follow and second.follow[0] is second.word_set
    assert _step(second)[0][0] is second.word_set and _needs([first, second])[0] is second.word_set
    groups = PatternSet({"a": ["peer support~ worker", "peer support~ team"], "b": ["lived support~ role"]})
    (_, one), (_, two) = groups._patterns["a"]
    assert one is two and one is not groups._patterns["b"][0][1]
    assert groups.starts["a"].words["peer"] is second.follow  # (joined with itself: the same object)


@pytest.mark.parametrize(("source", "expanded"), [
    ("non-compliant|noncompliant", ["non-compliant", "noncompliant"]),
    ("in long-term|active? recovery", ["in long-term recovery", "in active recovery", "in recovery"]),
    ("n.a.p.s. member", ["n.a.p.s. member", "N.A.P.S. member"]),
    ("dr.|doctor visit", ["dr. visit", "Dr. visit", "doctor visit"]),
    ("peer|co-design~ work*", ["peer work*", "co-design~ work*"]),
    ("don't|do not? know", ["don't not? know", "do not? know"]),
    ("self-harm~ _{0,3} support", ["self-harm~ _{0,3} support"]),
    ("a|b c|d-e? f", ["a|b c f", "a|b d-e f", "a|b f"]),
    ("lived-experience", ["lived-experience"]),
    ("peer/support|peer worker", ["peer/support worker", "peer worker"]),
    ("r&d|research team", ["r&d team", "research team"]),
    ("mr. smith", ["mr. smith", "Mr. smith"]),
])  # fmt: skip
def test_expand_gives_what_it_gave_before_its_shortcuts(source: str, expanded: list[str]) -> None:
    """A word's alternatives become patterns of their own where one holds a character spaCy
    splits at (a hyphen, a dot, an apostrophe, a slash, "&"), and a dotted abbreviation gets
    its capitalised case: the lists the former code gave, before perf9's two shortcuts."""
    assert expand(source) == expanded


def test_equal_tokens_are_one_object_and_duplicate_patterns_are_still_tried_once() -> None:
    """Words written differently that stand for the same token give one object (so a
    pattern's tokens are compared by id), and a pattern spelt twice is kept once."""
    first = parse_pattern("lived|living experience")[0]
    assert parse_pattern("living|lived  expertise")[0] is first
    assert parse_pattern("LIVED|living|lived x")[0] is first
    assert parse_pattern("peer~ worker")[0] is parse_pattern("peers|peer~ team")[0]
    assert parse_pattern("lived experience")[0] is not first
    patterns = PatternSet({"g": ["lived|living experience", "living|lived experience", "lived experience"]})
    assert len(patterns._patterns["g"]) == 2


_CHILD = """
import gc, sys
mode = sys.argv[1]
if mode == "off":
    gc.disable()
if mode == "frozen":
    gc.freeze()
before = gc.get_freeze_count()
from jdlint.pipeline import engine_for
engine_for()
frozen = gc.get_freeze_count()
engine_for()  # the same engine: nothing more is frozen
print(before, frozen > before, gc.get_freeze_count() == frozen, gc.isenabled())
"""


@pytest.mark.parametrize(("mode", "expected"), [
    ("on", "0 True True True"),  # frozen, the collector back on
    ("off", "0 True True False"),  # frozen, the collector left off
])  # fmt: skip
def test_the_first_engine_is_built_with_the_collector_paused_and_then_frozen(mode: str, expected: str) -> None:
    out = subprocess.run([sys.executable, "-c", _CHILD, mode], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == expected.split()


def test_a_heap_frozen_by_the_application_is_left_as_it_is() -> None:
    out = subprocess.run([sys.executable, "-c", _CHILD, "frozen"], capture_output=True, text=True, check=True,
                         timeout=120)  # fmt: skip
    before, grew, _, enabled = out.stdout.split()
    assert int(before) > 0 and grew == "False" and enabled == "True"


def test_a_words_body_and_quantifier_are_split_as_the_expression_splits_them() -> None:
    """Found from the word's last characters, the same as :data:`jdlint.patterns._TOKEN` over
    seeded random words of the characters that matter (and a few written out)."""
    rng = random.Random(9)
    words = ["a", "?", "??", "a?", "{1,2}", "a{1,2}", "a{,}", "a{1,2}?", "a?{1,2}", "{", "}", "a}", "a{1}", "a{x,1}",
             "a\n", "a\nb", "\n", "a{1,2}\n", "a?\n", "_{0,3}", "peer{1,}", "x{١,٢}"]  # fmt: skip
    words += ["".join(rng.choice("a1,{}?_\n٢") for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for word in words:
        m = patterns._TOKEN.match(word)
        expected = (m.group("body"), m.group("quant") or "") if m else ("", "")
        assert patterns._body_and_quantifier(word) == expected, word


def test_the_interned_tokens_are_bounded_between_builds(monkeypatch) -> None:
    """Past its bound the table of tokens is emptied before a pattern set is built (with the
    words' cache, so that the build's equal tokens are still one object): a pattern spelt
    twice is still tried once, and the matches are the same."""
    from jdlint.nlp import Prepared

    groups = {"g": ["lived|living experience", "living|lived experience", "peer~ work*", "peers|peer~ work*"]}
    text = Prepared.of([["my", "lived", "experience", "of", "peer", "working"]])
    expected = PatternSet(groups).match_group(text, "g")
    monkeypatch.setattr(matcher, "_INTERNED_BOUND", 2)
    parse_pattern(" ".join(f"word{i}" for i in range(20)))  # past the bound
    assert len(patterns.INTERNED) >= 20
    again = PatternSet(groups)
    assert not patterns.INTERNED  # (and emptied after the build, see the next test)
    assert len(again._patterns["g"]) == 2
    assert again.match_group(text, "g") == expected == [(0, 1, 3), (0, 4, 6)]


def test_a_built_set_keeps_its_tokens_with_one_string_per_word_and_parsing_keeps_nothing() -> None:
    """Memory: what parsing keeps to build a set (each word's tokens, each stem's inflections,
    the table of equal tokens) is emptied once the set is built; within the set equal tokens
    are still one object, a word is one string whichever tokens hold it, and the matches are
    those of a set built from the same patterns again."""
    groups = {"a": ["lived|living experience~", "peer support~ work*", "lived experience~ of recovery"],
              "b": ["experience~ of|in peer support~", "support~|help~ peers"]}  # fmt: skip
    built = PatternSet(groups)
    assert not patterns.INTERNED
    assert patterns.token_specs.cache_info().currsize == patterns._inflected.cache_info().currsize == 0
    tokens = [spec for name in built.names for specs, _ in built._patterns[name] for spec in specs]
    by_value: dict = {}
    for spec in tokens:
        assert by_value.setdefault(spec, spec) is spec  # equal tokens: one object
    strings: dict = {}
    for spec in tokens:
        for word in (*spec.words, *spec.prefixes):
            assert strings.setdefault(word, word) is word, word  # one string per word
    specs = parse_pattern("peer*|peer*|peers|lived support~")  # (a prefix written twice: once, as a dict)
    index = start_index([specs])
    follow = specs[1].follow
    assert index.words == dict.fromkeys(["lived", "peers"], follow) and list(index.prefixes.items()) == [("peer", follow)]
    assert "peers" in index.words and "peer" not in index.words and index.words["lived"] is follow and len(index.prefixes) == 1
    assert len([s for s in by_value if "support" in s.words]) >= 2  # ("support~" and "support~|help~")
    text = match_plan.Prepared.of([["my", "lived", "experience", "of", "peer", "support", "working", "supports", "peers"]])
    again = PatternSet(groups)
    for name in ("a", "b"):
        assert built.match_group(text, name) == again.match_group(text, name) != []

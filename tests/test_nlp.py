"""The pattern language and the negation window."""

from __future__ import annotations

import pytest

from jdlint.nlp import PatternSet, compile_pattern, expand, inflections, negated, parse


def test_inflections_cover_regular_forms() -> None:
    assert {"suffer", "suffers", "suffered", "suffering"} <= set(inflections("suffer"))
    assert {"share", "shares", "shared", "sharing"} <= set(inflections("share"))
    assert {"apply", "applies", "applied"} <= set(inflections("apply"))


def test_compile_alternatives_optional_and_wildcards() -> None:
    assert compile_pattern("the? mentally ill") == [
        {"LOWER": "the", "OP": "?"}, {"LOWER": "mentally"}, {"LOWER": "ill"},
    ]  # fmt: skip
    assert compile_pattern("lived|living experience")[0] == {"LOWER": {"IN": ["lived", "living"]}}
    assert compile_pattern("_{0,3} x")[0] == {"OP": "{0,3}"}
    assert compile_pattern("aggress*")[0]["LOWER"]["REGEX"].startswith("^(?:aggress")


def test_hyphenated_words_split_like_spacy() -> None:
    assert compile_pattern("boundary-setting") == [{"LOWER": "boundary"}, {"LOWER": "-"}, {"LOWER": "setting"}]
    assert expand("non-compliant|noncompliant") == ["non-compliant", "noncompliant"]


def test_empty_pattern_is_an_error() -> None:
    with pytest.raises(ValueError):
        compile_pattern("   ")


def _match(patterns: list[str], text: str) -> list[str]:
    doc = parse([text])[0]
    found = PatternSet({"g": patterns}).matches(doc).get("g", [])
    return [doc[s:e].text for s, e in found]


def test_pattern_set_matches_case_insensitively_and_longest() -> None:
    assert _match(["suffer~ from"], "People Suffering From anxiety") == ["Suffering From"]
    assert _match(["lived experience", "lived experience of"], "lived experience of care") == ["lived experience of"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("You do not need a nursing qualification.", "nursing", True),
        ("No formal qualifications are needed.", "formal", True),
        ("Lived experience is not required.", "Lived", True),
        ("You will not be asked to give medication.", "medication", True),
        ("You must have a nursing qualification.", "nursing", False),
        ("We don't mind where you live; you must have lived experience.", "lived", False),
        ("Not only will you lead groups, you will administer medication daily.", "medication", False),
    ],
)
def test_negation_window(text: str, phrase: str, expected: bool) -> None:
    doc = parse([text])[0]
    index = next(t.i for t in doc if t.text == phrase)
    assert negated(doc, index, index + 1) is expected

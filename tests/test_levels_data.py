"""The words that name a requirement's level are data (rules/data/levels.toml): every phrase
listed sets its level in a heading or a cell of its own, a hyphen in a phrase stands for a
hyphen or a space, and a phrase added to a copy of the file is read with no Python edit."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from jdlint import analysis
from jdlint.analysis import label_level, level_words, without_qualified_brackets

LEVELS = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "levels.toml").read_text("utf-8"))["levels"]


def _variants(phrase: str) -> list[str]:
    return [phrase, phrase.replace("-", " ")] if "-" in phrase else [phrase]


@pytest.mark.parametrize("phrase", [v for p in LEVELS["essential"] for v in _variants(p)])
def test_each_essential_phrase_makes_a_heading_essential(phrase: str) -> None:
    assert label_level(f"{phrase.capitalize()}:") == "essential"


@pytest.mark.parametrize("phrase", [v for p in LEVELS["desirable"] for v in _variants(p)])
def test_each_desirable_phrase_makes_a_heading_desirable(phrase: str) -> None:
    assert label_level(f"Experience that {phrase}") == "desirable"


@pytest.mark.parametrize(("phrase", "level"), [(v, "essential") for p in LEVELS["cell-essential"] for v in _variants(p)]
                         + [(v, "desirable") for p in LEVELS["cell-desirable"] for v in _variants(p)])  # fmt: skip
def test_each_cell_phrase_is_a_level_cell_of_its_level(phrase: str, level: str) -> None:
    m = level_words().cell.match(f"({phrase.upper()})")
    assert m is not None
    assert (m.group(1).lower().replace("-", " ") in level_words().cell_essential) == (level == "essential")


def test_a_cell_with_more_than_a_level_is_not_a_level_cell() -> None:
    cell = level_words().cell
    assert cell.match("Highly desirable, but not essential.")
    assert not cell.match("Desirable experience of group work")
    assert not cell.match("Essential duties")


def test_duties_headings_and_exceptions_read_from_the_data() -> None:
    assert label_level("Essential duties and responsibilities") is None
    assert label_level("Essential criteria (duties listed below)") == "essential"
    assert label_level("Required unless marked (asset)") == "essential"
    assert label_level("Essential / Desirable") is None


def test_a_brackets_fillers_keep_its_level_and_other_words_qualify_another_thing() -> None:
    assert without_qualified_brackets("Experience (essential for all applicants)") == "Experience (essential for all applicants)"
    assert without_qualified_brackets("Family Peer Advocate (Bilingual Spanish preferred)") == "Family Peer Advocate"


def test_a_phrase_added_to_a_copy_of_the_file_is_read(tmp_path, monkeypatch) -> None:
    text = resources.files("jdlint.rules").joinpath("data", "levels.toml").read_text("utf-8")
    assert label_level("Good to have") is None
    copy = tmp_path / "data" / "levels.toml"
    copy.parent.mkdir()
    copy.write_text(text.replace('desirable = ["desirable",', 'desirable = ["good to have", "desirable",', 1), "utf-8")
    monkeypatch.setattr(analysis.resources, "files", lambda package: tmp_path)
    level_words.cache_clear()
    try:
        assert label_level("Good to have") == "desirable"
    finally:
        monkeypatch.undo()
        level_words.cache_clear()
    assert label_level("Good to have") is None

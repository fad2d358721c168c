"""`jdlint fix` on lived experience named as the kind of post ("a designated Lived
Experience position"): invented adverts through the real command.

The class: CS001's kind-not-named fix replaces "Lived Experience" with "lived experience of
<kind>"; before the noun of the post that gave "a designated lived experience of mental
health challenges position", which is no English, and the verdict did not move ("not
resolved CS001"). Now the words that name the kind follow the noun, in brackets ("a
designated Lived Experience position (lived experience of mental health challenges)"), the
advert's own words kept; where no such noun follows, the words are replaced as before.
"""

from __future__ import annotations

import re

import pytest
from checking import fix_file, variants
from click.testing import CliRunner

from jdlint.cli import main

ADVERT = """# {title}

## About the role

This is {phrase}. You will work alongside people using our {service}, offering hope and sharing your story where it helps.

## How to apply

Send us your CV and a short covering letter.
"""
VARIANTS = variants("post-nouns")


@pytest.mark.parametrize("v", VARIANTS, ids=lambda v: v["title"])
def test_the_kind_follows_the_noun_of_the_post_in_brackets(tmp_path, v) -> None:
    text = ADVERT.format(**v)
    out, revised = fix_file(tmp_path, "advert.md", text, "--no-notes", "--select", "CS001")
    assert "fixed CS001" in out and "not resolved" not in out and "lived-experience-essential: partly-met -> met" in out
    assert f"{v['noun']} (lived experience of " in revised
    assert re.sub(r" \(lived experience of [^()]*\)", "", revised, count=1) == text  # nothing else changed


def test_without_a_noun_of_the_post_the_words_are_replaced(tmp_path) -> None:
    src = tmp_path / "advert.md"
    text = ADVERT.format(title="Peer Mentor", phrase="a post for which Lived Experience is essential", service="wards")
    src.write_text(text, encoding="utf-8")
    CliRunner().invoke(main, ["fix", "--isolated", "--no-notes", "--select", "CS001", str(src)])
    revised = (tmp_path / "advert.fixed.md").read_text(encoding="utf-8")
    assert re.search(r"for which lived experience of [a-z ]+ is essential", revised)
    assert "(" not in revised

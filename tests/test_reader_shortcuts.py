"""The text reader's shortcuts (perf13) answer as the searches they stand in for.

A line's last characters searched for a word that runs on, and the menu and aligned-column
tests passed over a line with none of their separators, are compared with the plain search
of the whole line over seeded random lines and phrases, so a word or mark added to one of
the expressions without widening its shortcut makes them disagree here.
"""

from __future__ import annotations

import random

from jdlint.readers import base, text

ALPHABET = "aaeinorsthwfdyuAEORTHWF &'’.,:;-_|·•›»>\t\n0123456789éſK"
WORDS = ["of", "and", "OR", "The", "a", "An", "to", "in", "for", "WITH", "by", "on", "at", "from", "as", "your",
         "their", "our", "who", "that", "is", "are", "be", "have", "has", "&", "'of", "x_of", "ofs", "thEIR",
         "Careers", "Search jobs", "|", "·", "•", "›", "»", ">", "-", "   ", "\t", "  ", "Sign in", "lived",
         "experience", "Essential", "Desirable", "£24,000", "\n", ""]


def random_lines(count: int, seed: int, longest: int = 50) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def random_phrases(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    seps = [" ", " ", " ", "   ", "\t", " | ", " · ", "'", ""]
    out = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 12))]
        out.append("".join(w + rng.choice(seps) for w in words).rstrip(" ") if rng.random() < 0.7
                   else " ".join(words))  # fmt: skip
    return out


LINES = random_lines(6000, 13) + random_phrases(6000, 31) + [
    "of", "and", "&", "their", "THEIR", "x their\n", "ſ", "x of", "it's of", "We are looking for someone with",
    "Lived experience of\n", "Careers   Search jobs   Sign in", "INDEED · Find jobs · Salary guide",
    "Criteria   Essential   Desirable", "Salary:\t£24,000", "a", "",
]


def test_open_word_at_the_end_as_the_whole_line_searched() -> None:
    agree = [base.ends_on_open_word(line) == bool(base.OPEN_WORD.search(line)) for line in LINES]
    assert all(agree)
    assert 500 < sum(base.ends_on_open_word(line) for line in LINES) < len(LINES) - 500  # both answers met


def test_menu_as_the_search() -> None:
    assert all(text._menu(line) == bool(text._MENU.search(line)) for line in LINES)
    assert sum(text._menu(line) for line in LINES) > 300


def test_aligned_delimiter_as_the_search() -> None:
    lines = [line.replace("|", "").replace("\t", " ") for line in LINES]  # the pipe and tab tests come first
    assert all((text._delimiter(line) == text._SPACES) == bool(text._ALIGNED.search(line)) for line in lines)
    assert sum(text._delimiter(line) == text._SPACES for line in lines) > 300

"""The quick reader of TOML word lists gives what tomllib gives, or hands the text to it."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import pytest

from jdlint import tomlfast

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted([*ROOT.glob("rules/*.toml"), *ROOT.glob("rules/data/*.toml")])


def _both(text: str) -> tuple[object, object]:
    """(tomllib's answer or its error's type, the quick reader's answer, None where it hands over)."""
    try:
        expected: object = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        expected = tomllib.TOMLDecodeError
    try:
        quick: object = tomlfast._word_lists(text)
    except tomlfast._Other:
        quick = None
    return expected, quick


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_file_reads_as_tomllib_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert tomlfast.loads(text) == tomllib.loads(text)
    expected, quick = _both(text)
    assert quick is None or quick == expected


def test_the_word_lists_are_read_quickly() -> None:
    """The large files are the shape read here (not handed to tomllib)."""
    for name in ("lexicon.toml", "data/criteria.toml"):
        assert tomlfast._word_lists((ROOT / "rules" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text",
    ['a = ["x", "y",]\n', 'a = [\n  "x", # one\n  "y"\n]  # end\n', '[t]\na = "x"\n"b c" = ["d"]\n', "",
     '# only a comment\n\n[ t ]\n', '"" = ["empty key"]\n', 'a = []\n[b]\na = ["x"]\n'],
)  # fmt: skip
def test_word_lists_read_as_tomllib_reads_them(text: str) -> None:
    expected, quick = _both(text)
    assert quick == expected


@pytest.mark.parametrize(
    "text",
    ['a = "x" b = "y"\n', 'a = ["x"]\na = ["y"]\n', '"a" = "x"\na = "y"\n', "[t]\n[t]\n", 'a = ["x" "y"]\n',
     'a = [,"x"]\n', 'a = ["x"\n', 'a =\n"x"\n', "a = 1\n", "a = true\n", 'a.b = "x"\n', "[[t]]\n", "a = 'x'\n",
     'a = "x\\ty"\n', 'a = """x"""\n', 'a = "x"\r\n', '[t] a = "x"\n', 'a = [["x"]]\n', 'a = "x',
     'é = "x"\n', 'a = ["x"] # ok\nb = "\x01"\n'],
)  # fmt: skip
def test_anything_else_is_handed_to_tomllib(text: str) -> None:
    """Other values, errors and escapes are tomllib's: the same answer or the same error."""
    expected, quick = _both(text)
    assert quick is None
    if expected is tomllib.TOMLDecodeError:
        with pytest.raises(tomllib.TOMLDecodeError):
            tomlfast.loads(text)
    else:
        assert tomlfast.loads(text) == expected


def test_altered_copies_read_as_tomllib_reads_them_or_are_handed_over() -> None:
    """Thousands of copies of the shipped word lists with characters put in, taken out or
    changed (TOML's own punctuation most often): wherever the quick reader gives an answer,
    it is tomllib's, and where tomllib finds an error the quick reader gives none."""
    rng = random.Random(14)
    statements: list[str] = []  # each table header or key with its value, comments before it
    for name in ("lexicon.toml", "data/criteria.toml"):
        lines = (ROOT / "rules" / name).read_text(encoding="utf-8").splitlines(keepends=True)
        begins = [i for i, line in enumerate(lines) if line[:1] not in ("", " ", "#", "\n", "]")]
        statements += ["".join(lines[a:b]) for a, b in zip(begins, [*begins[1:], len(lines)], strict=True)]
    alphabet = '"[]=,#\n \t\\\'.ax1é\r'
    read = handed = 0
    for _ in range(3000):
        first = rng.randrange(len(statements) - 4)  # a few statements: whole files cost tomllib too much
        text = "".join(statements[first : first + rng.randint(1, 4)])
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text))
            edit = rng.random()
            if edit < 0.4:
                text = text[:at] + rng.choice(alphabet) + text[at:]
            elif edit < 0.7:
                text = text[:at] + text[at + 1 :]
            else:
                text = text[:at] + rng.choice(alphabet) + text[at + 1 :]
        expected, quick = _both(text)
        if quick is None:
            handed += 1
        else:
            assert quick == expected, text
            read += 1
    assert read > 100 and handed > 100

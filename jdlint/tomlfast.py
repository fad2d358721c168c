"""TOML of word lists read quicker than by ``tomllib`` (pure Python, a character at a time).

The lexicon and the criteria data (some 250 KB) are tables of arrays of plain strings, and
reading them with ``tomllib`` cost about 25 ms of every start. :func:`loads` reads that shape
with one scan of whole tokens and hands anything else to ``tomllib``: a text with a
backslash or a control character (escapes, stray bytes), a value that is not a string or an
array of strings, a dotted key, a key or table named twice, two statements on one
line. What it returns is what ``tomllib.loads`` returns (a test compares them on every shipped
file and on thousands of altered copies), and every error is ``tomllib``'s own.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

_ODD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\\]")  # escapes and control characters: tomllib reads them
# every character in a token, checked in C first (possessive: no backtracking)
_ALL_TOKENS = re.compile(r'(?:[ \t]++|\n|#[^\n]*+|"[^"\n]*+"|[A-Za-z0-9_-]++|[=\[\],])*+')
_TOKEN = re.compile(
    r'(?P<space>[ \t]+)|(?P<newline>\n)|(?P<comment>#[^\n]*)|(?P<string>"[^"\n]*")|(?P<key>[A-Za-z0-9_-]+)'
    r"|(?P<punct>[=\[\],])"
)


class _Other(Exception):
    """Not the shape read here: tomllib reads the text."""


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, quicker for tables of arrays of strings."""
    try:
        return _word_lists(text)
    except _Other:
        return tomllib.loads(text)


def _word_lists(text: str) -> dict[str, Any]:
    if _ODD.search(text) or '"""' in text or "[[" in text or not _ALL_TOKENS.fullmatch(text):
        raise _Other  # (tables of tables, inline tables, numbers ... are found before any token is made)
    found = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]
    if sum(len(value) for _, value in found) != len(text):
        raise _Other  # a character no token takes
    tokens = [token for token in found if token[0] != "space"]
    root: dict[str, Any] = {}
    table = root
    i, count = 0, len(tokens)

    def end_of_line(at: int) -> int:
        if at < count and tokens[at][0] == "comment":
            at += 1
        if at < count and tokens[at][0] != "newline":
            raise _Other  # two statements on one line
        return at + 1

    while i < count:
        kind, value = tokens[i]
        if kind in ("newline", "comment"):
            i += 1
        elif kind == "punct" and value == "[":  # a table: [name]
            if i + 2 >= count or tokens[i + 1][0] != "key" or tokens[i + 2] != ("punct", "]"):
                raise _Other
            name = tokens[i + 1][1]
            if name in root:
                raise _Other
            table = root[name] = {}
            i = end_of_line(i + 3)
        elif kind in ("key", "string"):  # key = "string" | key = ["string", ...] (a key bare or quoted)
            if kind == "string":
                value = value[1:-1]
            if i + 2 >= count or tokens[i + 1] != ("punct", "=") or value in table:
                raise _Other
            i += 2
            if tokens[i][0] == "string":
                table[value] = tokens[i][1][1:-1]
                i = end_of_line(i + 1)
                continue
            if tokens[i] != ("punct", "["):
                raise _Other
            items: list[str] = []
            i += 1
            want_item = True  # an item or the end, else a comma or the end
            while True:
                if i >= count:
                    raise _Other
                kind, item = tokens[i]
                i += 1
                if kind in ("newline", "comment"):
                    continue
                if item == "]":
                    break
                if want_item and kind == "string":
                    items.append(item[1:-1])
                    want_item = False
                elif not want_item and item == ",":
                    want_item = True
                else:
                    raise _Other
            table[value] = items
            i = end_of_line(i)
        else:
            raise _Other
    return root

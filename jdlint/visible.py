"""Text from strangers made safe to print on a terminal or in a CI log (issue 13).

Advert text and file names reach text output and standard error. Raw, an escape sequence in
them could set the window title, erase lines, or write the clipboard (OSC 52); a newline in
a file name could start a line ``::error file=...`` that GitHub Actions reads as a workflow
command; bidi controls could make a line read differently from what it holds.
:func:`visible` shows each such character as a visible escape instead: ``\\x1b``, ``\\x0a``,
``\\u202e``.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls (NEL 0x85 and CSI 0x9b among them), the Arabic letter mark,
# left-to-right and right-to-left marks, the line and paragraph separators, and the bidi
# embeddings, overrides and isolates.
_UNSAFE = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_PATTERNS: dict[str, re.Pattern[str]] = {}
# Lone surrogates: a file name's bytes that are not UTF-8 reach Python as U+DC80-U+DCFF
# (os.fsdecode's surrogateescape), which no UTF-8 output can hold (see decodable).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte a file name had: \xe9
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def decodable(text: str) -> str:
    """``text`` with only its lone surrogates (the undecodable bytes of a file name) shown as
    escapes, ``caf\\xe9.txt``: a string every report format can write as UTF-8."""
    return _SURROGATE.sub(_escape, text) if _SURROGATE.search(text) else text


def visible(text: object, keep: str = "") -> str:
    """``text`` with every control, bidi and separator character shown as an escape,
    except the characters in ``keep`` (say ``"\\t"``)."""
    text = str(text)
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        allowed = "".join(re.escape(c) for c in keep)
        pattern = re.compile(f"(?![{allowed}])[{_UNSAFE}]" if allowed else f"[{_UNSAFE}]")
        _PATTERNS[keep] = pattern
    return pattern.sub(_escape, text)


__all__ = ["decodable", "visible"]

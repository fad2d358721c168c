"""Normalisation before matching: the text patterns are matched on, and the map back
(:class:`OffsetMap`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Same-length rewrites: Unicode spaces to a space, curly quotes to straight ones, dashes and
# minus signs to a hyphen, so that offsets need no map.
_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys(["\u00a0", "\u1680", "\u202f", "\u205f", "\u3000", "\t", "\v", "\f", "\r"], " "),
        **{chr(c): " " for c in range(0x2000, 0x200B)},
        **dict.fromkeys(["\u2018", "\u2019", "\u201a", "\u201b", "\u2032", "\u02bc", "\uff07"], "'"),
        **dict.fromkeys(["\u201c", "\u201d", "\u201e", "\u201f", "\u2033", "\uff02"], '"'),
        **dict.fromkeys(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58",
                         "\ufe63", "\uff0d"], "-"),
        **dict.fromkeys(["\u2028", "\u2029", "\x85"], "\n"),
        # other control characters (an escape, a bell, Word's end-of-cell mark) separate words
        # as a space would and never join or split one: "experience\x1b of" reads "experience of"
        **{chr(c): " " for c in (*range(0x00, 0x09), *range(0x0E, 0x1F), *range(0x7F, 0x85), *range(0x86, 0xA0))},
    }
)
# The control characters above (not \x1f, Word's optional hyphen, which goes like a soft hyphen).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_ODD = re.compile("[\u00a0\u1680\u2000-\u200f\u2010-\u2015\u2018-\u201f\u2028\u2029\u202f\u2032\u2033"
                  "\u205f\u2060\u2212\u3000\ufb00-\ufb06\ufe58\ufe63\ufeff\uff02\uff07\uff0d\u00ad\u02bc"
                  "\t\v\f\r\x00-\x08\x0e-\x1f\x7f-\x9f\n]")  # fmt: skip (with "  ": one set, which the scan jumps along in C)
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}  # fmt: skip
# Length-changing edits: invisible characters, ligatures, a word hyphenated across a line
# end ("recov-\nery"), runs of white space and line breaks.
_EDIT = re.compile(
    "[\u00ad\u200b-\u200f\u2060\ufeff\x1f]+|[\ufb00-\ufb06]|" r"(?<=[^\W\d_])- *\n *(?=[a-z])|\s{2,}|\n"
)
# A hyphen at a line end after one of these is a real hyphen ("self-\nharm", "co-\nproduced").
_KEEP_HYPHEN = re.compile(
    r"(?:^|[^a-z])(self|non|co|ex|well|part|full|long|short|cross|multi|peer|user|person|family|trauma|lived|"
    r"one|two|face|mid|in|on|out|up|anti|semi|pre|post|inter|whole|strength|client|evidence|recovery|service)$",
    re.I,
)
# ... and a hyphen before one of these ("strengths-\nbased", "harm-\nreduction", "peer-\nled").
_COMPOUND_END = re.compile(
    r"(?:based|led|centred|centered|focused|focussed|informed|related|specific|term|time|being|owned|run|driven|"
    r"orientated|oriented|friendly|sensitive|aware|level|making|reduction|management|care|help|esteem|harm|"
    r"advocacy|advocates?|support|workers?|experience|identified|identify|identifies)(?![a-z])",
    re.I,
)


def line_end_hyphen_is_real(before: str, after: str) -> bool:
    """Is the hyphen between ``before`` (the line up to the hyphen) and ``after`` (the next
    line) part of the words ("self-harm", "strengths-based"), rather than a word broken
    across the line end ("recov-ery")? Real after a common first part of a compound, before
    a common second part, or when the next line does not go on in lower case."""
    return (
        not after[:1].islower()
        or _KEEP_HYPHEN.search(before[-24:]) is not None
        or _COMPOUND_END.match(after) is not None
    )


_SENTENCE_END = ".!?:;"
# A line that ends on one of these words goes on to the next ("lived experience of\nMental Health").
_OPEN_WORD = re.compile(r"(?:^|[^\w'])(?:of|and|or|the|a|an|to|in|for|with|by|on|at|from|as|your|their|our|who|that|is|"
                        r"are|be|have|has|&)$", re.I)


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in a normalised text back to its original: from ``norm[k]`` on, the
    normalised text continues the original at ``orig[k]``."""

    norm: tuple[int, ...]
    orig: tuple[int, ...]

    def start(self, offset: int) -> int:
        """The original offset of the character at ``offset`` (a span's start)."""
        k = bisect_right(self.norm, offset) - 1
        return self.orig[k] + offset - self.norm[k]

    def end(self, offset: int) -> int:
        """The original offset just after the character before ``offset`` (a span's end)."""
        k = bisect_left(self.norm, offset)
        if k < len(self.norm) and self.norm[k] == offset:
            return self.orig[k]
        k -= 1
        return min(self.orig[k] + offset - self.norm[k], self.orig[k + 1] if k + 1 < len(self.orig) else 10**12)


def normalise(text: str) -> tuple[str, OffsetMap | None]:
    """The text patterns are matched on, and the map back to ``text`` (``None``: same offsets).

    White-space runs, NBSP and other Unicode spaces become one space; soft hyphens and
    zero-width characters go (and \x1f, Word's optional hyphen); other control characters (an
    escape, a bell) are spaces, so they never change a word; ligatures (ﬁ ﬂ) are spelled out; curly quotes become straight
    and dashes hyphens; a word hyphenated across a line end is joined ("recov-\nery"); a line
    break inside a sentence (the next line starts in lower case) becomes a space. Other line
    breaks stay, so that no pattern crosses them. Cheap when there is nothing to do.
    """
    if text.isascii():
        control = _CONTROL.search(text) is not None
        if "  " not in text and "\n" not in text and "\t" not in text and "\r" not in text and "\v" not in text \
                and "\f" not in text and not control:  # fmt: skip
            return text, None
        text2 = text.translate(_SAME_LENGTH) if control or "\t" in text or "\r" in text or "\v" in text \
            or "\f" in text else text  # fmt: skip
    elif "  " not in text and not _ODD.search(text):
        return text, None
    else:
        text2 = text.translate(_SAME_LENGTH)
    if not _EDIT.search(text2):
        return text2, None
    pieces: list[str] = []
    norm: list[int] = [0]
    orig: list[int] = [0]
    done = 0  # original offset copied up to
    length = 0  # normalised length so far
    for m in _EDIT.finditer(text2):
        old = m.group(0)
        first = old[0]
        if first in "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\x1f":
            new = ""
        elif first in _LIGATURES:
            new = _LIGATURES[first]
        elif first == "-":
            after = text2[m.end() : m.end() + 16]
            new = "-" if line_end_hyphen_is_real(text2[max(0, m.start() - 24) : m.start()], after) else ""
        else:  # white space (the character before a run is never white space)
            before = text2[m.start() - 1] if m.start() else ""
            after = text2[m.end() : m.end() + 1]
            if "\n" in old and (not before or before in _SENTENCE_END
                                 or not (after.islower() or _OPEN_WORD.search(text2, max(0, m.start() - 8), m.start()))):
                new = "\n"
            else:
                new = " "
        if new == old:
            continue
        pieces.append(text2[done : m.start()])
        length += m.start() - done
        if norm[-1] != length or orig[-1] != m.start():
            norm.append(length)
            orig.append(m.start())
        pieces.append(new)
        length += len(new)
        norm.append(length)
        orig.append(m.end())
        done = m.end()
    if done == 0 and len(pieces) == 0:
        return text2, None
    pieces.append(text2[done:])
    return "".join(pieces), OffsetMap(tuple(norm), tuple(orig))

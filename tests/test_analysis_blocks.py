"""The blocks an analysis keeps across adverts by their text (jdlint.analysis): a block met
again reads the same as when it was new, a long block is not kept, and what is kept stays
under its bound of characters however many texts a long-running process is sent."""

from __future__ import annotations

from jdlint import analysis
from jdlint.engine import check_document
from jdlint.readers import read_text

ADVERT = ("Peer Support Worker\n\nAbout you\n\nLived experience of psychosis is essential. {extra}\n\n"
          "Our interview panel includes a peer worker.")  # fmt: skip


def _report(text: str):
    return check_document(read_text(text), role="peer")


def test_a_block_met_again_reads_as_when_it_was_new() -> None:
    analysis.forget_blocks()
    first = _report(ADVERT.format(extra="You will not give medication."))
    assert analysis._BLOCKS  # its blocks are kept
    again = _report(ADVERT.format(extra="You will not give medication."))
    analysis.forget_blocks()
    assert not analysis._BLOCKS
    fresh = _report(ADVERT.format(extra="You will not give medication."))
    assert [(v.criterion, v.verdict, v.why) for v in first.criteria] == [(v.criterion, v.verdict, v.why) for v in again.criteria]
    assert [(v.criterion, v.verdict, v.why) for v in again.criteria] == [(v.criterion, v.verdict, v.why) for v in fresh.criteria]
    assert [f.span for f in first.findings] == [f.span for f in again.findings] == [f.span for f in fresh.findings]


def test_a_long_block_is_not_kept_and_the_kept_characters_stay_bounded(monkeypatch) -> None:
    analysis.forget_blocks()
    long = "Peer work is mutual. " * (analysis._BLOCK_KEPT_CHARS // 20 + 1)
    _report(ADVERT.format(extra=long))
    assert not any(len(text) > analysis._BLOCK_KEPT_CHARS for text in analysis._BLOCKS)
    monkeypatch.setattr(analysis, "_BLOCKS_CHARS", 1_000)
    for i in range(15):
        _report(ADVERT.format(extra=f"Advert {i}: " + "we offer supervision. " * 5))
        assert sum(map(len, analysis._BLOCKS)) <= 1_000
        assert analysis._KEPT_CHARS[0] == sum(map(len, analysis._BLOCKS))
    analysis.forget_blocks()

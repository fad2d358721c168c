"""One pass of spaCy over a document's blocks, and questions the checks ask of the result.

:class:`Analysis` parses every block once (tokens and sentences), matches each compiled
pattern group once (when a check first asks for it), and answers: where does group X match,
in which sentence, is it negated, is it in an essential or desirable part of the person
specification.

Blocks are normalised before parsing (:func:`jdlint.normalise.normalise`: white space, Unicode
spaces, soft hyphens, ligatures, curly quotes, line-end hyphenation, hard wraps); every
offset a check sees (hits, sentences, spans) points at the original block text.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import groupby
from operator import add, itemgetter
from typing import overload

from jdlint.matcher import starts_in
from jdlint.model import Document, Span, quick_init
from jdlint.nlp import (
    NEGATORS,
    OffsetMap,
    PatternSet,
    Prepared,
    negated_in,
    normalise,
    sentence_starts,
    strings_of,
    tokenize_one,
)


@dataclass(frozen=True)
class LevelWords:
    """The words that name a requirement's level (rules/data/levels.toml), compiled: in a
    heading or header (``essential``, ``desirable``), a level cell of its own (``cell``, its
    first group the level word; ``cell_essential`` the essential ones), a heading about duties
    (``not_criteria``), an exception between two levels (``exception``), and the words a
    heading's bracket may hold beside a level without naming another thing."""

    essential: re.Pattern[str]
    desirable: re.Pattern[str]
    cell: re.Pattern[str]
    cell_essential: frozenset[str]
    not_criteria: re.Pattern[str]
    exception: re.Pattern[str]
    bracket_fillers: frozenset[str]


def _alternatives(phrases: list[str]) -> str:
    """Phrases as regex alternatives: a space is one space, a hyphen a hyphen or a space."""
    return "|".join("[- ]".join(re.escape(part) for part in phrase.split("-")) for phrase in phrases)


@cache
def level_words() -> LevelWords:
    """:class:`LevelWords` from rules/data/levels.toml (loaded once)."""
    data = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "levels.toml").read_text("utf-8"))["levels"]

    def words(key: str) -> re.Pattern[str]:
        return re.compile(rf"\b({_alternatives(data[key])})\b", re.I)

    # a row's level cell: "E", "Desirable", "(Preferred)", "Mandatory", "Must have", "Highly
    # regarded" (Australian selection criteria), also with an intensifier ("Highly desirable") or
    # "but not essential" after it
    cell = re.compile(rf"^\s*\(?(?:(?:{_alternatives(data['cell-intensifiers'])})\s+)?"
                      rf"({_alternatives(data['cell-essential'] + data['cell-desirable'])})\)?"
                      rf"(?:,?\s+but not (?:{_alternatives(data['cell-denied'])}))?\s*[.:]?\s*$", re.I)  # fmt: skip
    return LevelWords(words("essential"), words("desirable"), cell,
                      frozenset(p.replace("-", " ") for p in data["cell-essential"]), words("not-criteria"),
                      words("exceptions"), frozenset(data["bracket-fillers"]))  # fmt: skip


# A tick in a column whose header names the level ("Criteria | Essential | Desirable" with "X"
# under one of them): the row has the level of the ticked column.
_TICK = re.compile(r"^\s*(?:x|✓|✔|✔️|☑|✅|\*|•|●|yes|y)\s*$", re.I)


@quick_init(into_dict=True)
@dataclass(frozen=True)
class Hit:
    """One match of a pattern group in one block."""

    group: str
    block: int
    start: int  # token indices in the block's Doc
    end: int
    char_start: int
    char_end: int
    text: str


# The one character whose lower case is longer than it is ("İ" -> "i̇"): every other
# character's is one character (checked over every code point in the tests), so where a
# block has none its tokens' lower-case texts give their lengths.
_LONGER_LOWER = "\u0130"


_BLOCKS_BOUND = 4_000  # block texts kept (emptied past it: new blocks keep coming in a long run)
# ... and their characters together (a server that keeps running is sent texts of any size): a block
# longer than _BLOCK_KEPT_CHARS is not kept (boilerplate that repeats is short), and the blocks are
# emptied before their characters pass _BLOCKS_CHARS (about 20 MB with their tokens)
_BLOCK_KEPT_CHARS = 5_000
_BLOCKS_CHARS = 1_000_000
_KEPT_CHARS = [0]  # the characters of the blocks kept now

# What a block's text alone decides (:func:`_block_arrays`), kept across adverts by the text.
# Tuples of strings and ints, which the cyclic garbage collector stops tracking once it has seen
# them (lists it would go over in every collection of the generation that holds them).
_Kept = tuple[str, "OffsetMap | None", tuple[str, ...], tuple[tuple[int, ...], tuple[int, ...]], tuple[int, ...]]
_BLOCKS: dict[str, _Kept] = {}


def forget_blocks() -> None:
    """Empty the blocks kept across adverts (benchmarks: a warm check with nothing kept by text,
    as a new advert's blocks are not)."""
    _BLOCKS.clear()
    _KEPT_CHARS[0] = 0


_ATTRS: list[list[int]] = []  # spaCy's LOWER and IDX, and with LENGTH (looked up once: the import cost 1 us a block)


def _block_arrays(original: str) -> _Kept:
    """What :class:`Analysis` reads of a block's text, kept in :data:`_BLOCKS`: its normalised
    text and the offset map back (:func:`jdlint.nlp.normalise`), its tokens' lower-case texts,
    their (start, end) characters and the tokens that start a sentence.

    The token attributes are read as arrays (no Token objects: building one per token was a
    fifth of a check), each list built in C; spaCy reads each value per token and attribute, so
    only the two that cannot be had otherwise. No spaCy object is kept (a memory zone frees the
    advert's new words)."""
    text, offsets = normalise(original)
    doc = tokenize_one(text)
    if not len(doc):
        kept: _Kept = (text, offsets, (), ((), ()), ())
    else:
        strings = strings_of(doc.vocab.strings).__getitem__
        if not _ATTRS:
            from spacy.attrs import IDX, LENGTH, LOWER  # (spaCy is loaded by tokenize_one())

            _ATTRS[:] = ([LOWER, IDX], [LOWER, IDX, LENGTH])
        if _LONGER_LOWER not in text:
            lower, idx = doc.to_array(_ATTRS[0]).T.tolist()
            words = tuple(map(strings, lower))
            length = map(len, words)  # a token's lower case is as long as its text (see _LONGER_LOWER)
        else:
            lower, idx, length = doc.to_array(_ATTRS[1]).T.tolist()
            words = tuple(map(strings, lower))
        firsts = sentence_starts(words, lower, text, idx)
        kept = (text, offsets, words, (tuple(idx), tuple(map(add, idx, length))), tuple(firsts))
    if len(original) > _BLOCK_KEPT_CHARS:
        return kept
    if len(_BLOCKS) >= _BLOCKS_BOUND or _KEPT_CHARS[0] + len(original) > _BLOCKS_CHARS:
        forget_blocks()
    _BLOCKS[original] = kept
    _KEPT_CHARS[0] += len(original)
    return kept


def _item_index(index: int, count: int) -> int:
    """``index`` into a sequence of ``count`` items as a list reads it (from the end when
    negative); IndexError outside it."""
    if not -count <= index < count:
        raise IndexError(index)
    return index % count


class Token:
    """A token of a block as the checks read it: its text, lower case, ``is_alpha`` and
    ``whitespace_``, the values of spaCy's ``Token`` (spaCy's tokens are the text's own pieces,
    with the single space after one, if any, as its whitespace; ``is_alpha`` is ``str.isalpha`` of
    the text), from the block's text and token arrays, without tokenising the block again."""

    __slots__ = ("lower_", "text", "whitespace_")

    def __init__(self, text: str, lower: str, whitespace: str):
        self.text = text
        self.lower_ = lower
        self.whitespace_ = whitespace

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()


class TokenSpan(list[Token]):
    """Tokens of a block in a row (a slice of :class:`BlockTokens`) and their ``text``: the
    block's text from the first's start to the last's end, as a spaCy ``Span`` has it."""

    __slots__ = ("text",)


class BlockTokens(Sequence[Token]):
    """A block's tokens as a spaCy ``Doc`` of the block's text indexes and slices them
    (:class:`Token`, :class:`TokenSpan`), made when asked."""

    __slots__ = ("_ends", "_lowers", "_starts", "_text")

    def __init__(self, text: str, lowers: list[str], starts: list[int], ends: list[int]):
        self._text, self._lowers, self._starts, self._ends = text, lowers, starts, ends

    def __len__(self) -> int:
        return len(self._lowers)

    def _token(self, i: int) -> Token:
        end = self._ends[i]
        return Token(self._text[self._starts[i] : end], self._lowers[i], " " if self._text[end : end + 1] == " " else "")

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> TokenSpan: ...
    def __getitem__(self, index: int | slice) -> Token | TokenSpan:
        if isinstance(index, slice):
            at = range(len(self._lowers))[index]  # (clipped as a list's or a Doc's slice is)
            span = TokenSpan(map(self._token, at))
            span.text = self._text[self._starts[at[0]] : self._ends[at[-1]]] if span else ""
            return span
        return self._token(_item_index(index, len(self._lowers)))


class _Docs(Sequence[BlockTokens]):
    """An analysis's blocks' tokens (:class:`BlockTokens`), each block's made when first asked
    for (from the analysis's lists, not the analysis: no reference cycle to wait for the collector)."""

    __slots__ = ("_chars", "_lowers", "_made", "_texts")

    def __init__(self, texts: list[str], lowers: list[list[str]], chars: list[tuple[list[int], list[int]]]):
        self._texts, self._lowers, self._chars = texts, lowers, chars
        self._made: dict[int, BlockTokens] = {}

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> BlockTokens: ...
    @overload
    def __getitem__(self, index: slice) -> list[BlockTokens]: ...
    def __getitem__(self, index: int | slice) -> BlockTokens | list[BlockTokens]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        found = self._made.get(index)
        if found is None:
            index = _item_index(index, len(self._texts))
            found = self._made[index] = BlockTokens(self._texts[index], self._lowers[index], *self._chars[index])
        return found


# ``Hit(...)``: Hits were built apart from the dataclass's ``__init__`` for speed, which its
# quick ``__init__`` (:func:`jdlint.model.quick_init`) now gives every Hit.
make_hit = Hit


class Analysis:
    """A parsed document with its pattern matches (build once, query many times)."""

    def __init__(self, document: Document, patterns: PatternSet):
        self.document = document
        self.patterns = patterns
        # Per block, what its text alone decides (:func:`_block_arrays`), kept across adverts by the
        # block's text: adverts repeat blocks (an employer's boilerplate; a text checked again).
        self.texts: list[str] = []  # what the patterns see
        self._maps: list[OffsetMap | None] = []
        self._lowers: list[list[str]] = []  # each token's lower-case text
        self._token_chars: list[tuple[list[int], list[int]]] = []  # (starts, ends) per block
        self._sent_starts: list[list[int]] = []  # the tokens that start a sentence, per block
        for block in document.blocks:
            kept = _BLOCKS.get(block.text)
            if kept is None:
                kept = _block_arrays(block.text)
            text, offsets, words, chars, firsts = kept
            self.texts.append(text)
            self._maps.append(offsets)
            self._lowers.append(list(words))  # (lists of their own, as before: the checks are handed them)
            self._token_chars.append((list(chars[0]), list(chars[1])))
            self._sent_starts.append(list(firsts))
        # a block's tokens as spaCy's Doc has them, made when a check first asks (for a few blocks)
        self.docs: Sequence[BlockTokens] = _Docs(self.texts, self._lowers, self._token_chars)
        self.memo: dict[str, object] = {}  # results that several checks share
        self._sents: dict[int, tuple[list[int], list[tuple[int, int, int, int]]]] = {}
        self._norm_chars: dict[int, list[tuple[int, int]]] = {}  # sentence bounds in self.texts
        self._hits: dict[str, list[Hit]] = {}  # each group's matches, matched when first asked for
        self._by_block: dict[str, dict[int, list[Hit]]] = {}
        self._negators: dict[int, list[int]] = {}  # per block, the tokens that are a negator word
        self._local: dict[str, dict[int, list[Hit]]] = {}  # groups matched only in the blocks asked so far
        self._prepared = Prepared.of(self._lowers)
        self._candidates: Mapping[str, list[int]] | None = None  # where each group can start (_may_start)

    def make_hits(self, group: str, spans: list[tuple[int, int, int]]) -> list[Hit]:
        """Hits named ``group`` for token spans ``(block, start, end)``: the matches of a group,
        or spans a check found itself (the advertised post's name in a sentence)."""
        blocks = self.document.blocks
        token_chars, maps = self._token_chars, self._maps
        out = []
        for index, start, end in spans:
            starts, ends = token_chars[index]
            char_start, char_end = starts[start], ends[end - 1]
            offsets = maps[index]
            if offsets is not None:
                char_start, char_end = offsets.start(char_start), offsets.end(char_end)
            out.append(Hit(group, index, start, end, char_start, char_end, blocks[index].text[char_start:char_end]))
        return out

    # --- matches ------------------------------------------------------------------------
    def hits(self, group: str) -> list[Hit]:
        """The group's matches: matched the first time the group is asked for (a check
        reads only some groups; the places each group can start were found for all of them
        at once, the first time). The blocks already matched alone (:meth:`hits_in_block`)
        keep their Hits."""
        found = self._hits.get(group)
        if found is None:
            spans = self.patterns.match_group(self._prepared, group)
            local = self._local.pop(group, None)
            if local:
                found = []
                for block, in_block in groupby(spans, key=itemgetter(0)):
                    kept = local.get(block)
                    found += kept if kept is not None else self.make_hits(group, list(in_block))
            else:
                found = self.make_hits(group, spans)
            self._hits[group] = found
        return found

    def _blockwise(self, group: str) -> dict[int, list[Hit]]:
        """The group's matches by block (indexed the first time a group is asked)."""
        by_block: dict[int, list[Hit]] = {}
        for h in self.hits(group):
            by_block.setdefault(h.block, []).append(h)
        self._by_block[group] = by_block
        return by_block

    def hits_in_block(self, group: str, block: int) -> list[Hit]:
        """Matches of ``group`` in one block. A group asked for only block by block is
        matched in each block asked (its candidates there), however many: most such groups
        (a cue near a match, a panel's make-up) are asked about in some blocks of many, and
        those that start with common words ("a|the _{1,3} peer role") have most of their
        candidates in blocks never asked (matching the whole document after three blocks
        tried them all). The matches are the same (:meth:`jdlint.matcher.PatternSet.match_block`);
        :meth:`hits` keeps the blocks' Hits. A block where no match of the group can start
        (:meth:`jdlint.matcher.PatternSet.may_start_in`) has none, and is not matched: most
        blocks asked about hold none of a group's first words."""
        by_block = self._by_block.get(group)
        if by_block is not None:
            return by_block.get(block, [])
        local = self._local.get(group)
        if local is not None:
            found = local.get(block)
            if found is not None:
                return found
        if not self._may_start(group, block, 0, None):
            return []
        if local is None:
            if group in self._hits or not self.patterns.can_match_block(group):
                return self._blockwise(group).get(block, [])
            local = self._local[group] = {}
        found = local[block] = self.make_hits(group, self.patterns.match_block(self._prepared, group, block))
        return found

    def hits_in_sentence(self, group: str, hit: Hit) -> list[Hit]:
        """Matches of ``group`` in the same sentence as ``hit``."""
        starts, _, bounds = self._sents.get(hit.block) or self._sentences(hit.block)
        s_start, s_end = bounds[bisect_right(starts, hit.start) - 1]  # (sentence_bounds)
        if group not in self._by_block and not self._may_start(group, hit.block, s_start, s_end):
            return []  # no match can start in the sentence (the block is not matched for it)
        found = self.hits_in_block(group, hit.block)
        if not found:
            return []
        return [h for h in found if h.start >= s_start and h.end <= s_end]

    def _may_start(self, group: str, block: int, start: int, end: int | None) -> bool:
        """:meth:`jdlint.matcher.PatternSet.may_start_in` of the analysis's text, its candidates
        read once per analysis (the questions of a check ask it some 600 times)."""
        patterns = self.patterns
        if patterns.starts.get(group) is None:
            return True
        candidates = self._candidates
        if candidates is None:
            candidates = self._candidates = patterns.candidates(self._prepared)
        return starts_in(candidates.get(group), self._prepared, block, start, end)

    def overlaps(self, group: str, hit: Hit) -> bool:
        return any(h.start < hit.end and hit.start < h.end for h in self.hits_in_block(group, hit.block))

    # --- sentences ----------------------------------------------------------------------
    def _sentences(self, block: int) -> tuple[list[int], list[tuple[int, int, int, int]], list[tuple[int, int]]]:
        """Per block, once: sentence start tokens, (start, end, start char, end char) and
        (start, end) token bounds."""
        cached = self._sents.get(block)
        if cached is None:
            offsets = self._maps[block]
            firsts = self._sent_starts[block]
            char_starts, char_ends = self._token_chars[block]
            bounds = list(zip(firsts, [*firsts[1:], len(char_starts)], strict=True))
            lowers = self._lowers[block]
            # (a field that a bar ends, "Band 4 | Permanent", ends before its bar: spacy_pipeline.sentence_starts)
            spans = [(a, b, char_starts[a], char_ends[b - 2 if b - a > 1 and lowers[b - 1] == "|" else b - 1])
                     for a, b in bounds]  # fmt: skip
            self._norm_chars[block] = [(s[2], s[3]) for s in spans]
            if offsets is None:
                sents = spans
            else:
                sents = [(a, b, offsets.start(c), offsets.end(d)) for a, b, c, d in spans]
            cached = (firsts, sents, bounds)
            self._sents[block] = cached
        return cached

    def _sentence(self, hit: Hit) -> tuple[int, int, int, int]:
        starts, sents, _ = self._sents.get(hit.block) or self._sentences(hit.block)
        return sents[bisect_right(starts, hit.start) - 1]

    def starts_sentence(self, block: int, token: int) -> bool:
        """Does token ``token`` of block ``block`` start a sentence?"""
        starts = self._sent_starts[block]
        i = bisect_right(starts, token) - 1
        return i >= 0 and starts[i] == token

    def lowers(self, block: int) -> list[str]:
        """The block's lower-cased tokens."""
        return self._lowers[block]

    def sentences(self, block: int) -> list[tuple[int, int, int, int]]:
        """The block's sentences: (start token, end token, start char, end char)."""
        return self._sentences(block)[1]

    def sentence_bounds(self, hit: Hit) -> tuple[int, int]:
        """Token bounds of the sentence that holds ``hit``."""
        starts, _, bounds = self._sents.get(hit.block) or self._sentences(hit.block)
        return bounds[bisect_right(starts, hit.start) - 1]

    def sentence_span(self, hit: Hit) -> Span:
        _, _, start, end = self._sentence(hit)
        text = self.document.blocks[hit.block].text
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span.of(self.document, hit.block, start, end)

    def sentence_text(self, hit: Hit) -> str:
        """The sentence as matched: normalised (one space between words, straight quotes,
        hyphens for dashes), so that a substring test means what a pattern would. Quote
        :meth:`sentence_span` instead, which is the original text."""
        starts, _, _ = self._sentences(hit.block)
        start, end = self._norm_chars[hit.block][bisect_right(starts, hit.start) - 1]
        return self.texts[hit.block][start:end]

    def hit_span(self, hit: Hit) -> Span:
        return Span.of(self.document, hit.block, hit.char_start, hit.char_end)

    def block_span(self, block: int) -> Span:
        return Span.of(self.document, block, 0, len(self.document.blocks[block].text))

    def tokens_before(self, hit: Hit, count: int) -> list[str]:
        """Lower-cased tokens just before ``hit`` in its sentence."""
        s_start, _ = self.sentence_bounds(hit)
        return self.lowers(hit.block)[max(s_start, hit.start - count) : hit.start]

    def tokens_after(self, hit: Hit, count: int) -> list[str]:
        _, s_end = self.sentence_bounds(hit)
        return self.lowers(hit.block)[hit.end : min(s_end, hit.end + count)]

    def negated(self, hit: Hit) -> bool:
        """Is ``hit`` negated in its sentence (:func:`jdlint.negation.negated_in`)? A sentence
        without a negator word (``NEGATORS``) negates nothing, whatever the scan would step
        over, so the scan runs only in sentences that hold one (found once per block)."""
        s_start, s_end = self.sentence_bounds(hit)
        negators = self._negators.get(hit.block)
        if negators is None:
            lowers = self._lowers[hit.block]
            negators = [] if NEGATORS.isdisjoint(lowers) else [i for i, w in enumerate(lowers) if w in NEGATORS]
            self._negators[hit.block] = negators
        at = bisect_left(negators, s_start)
        if at == len(negators) or negators[at] >= s_end:
            return False
        return negated_in(self._lowers[hit.block], s_start, s_end, hit.start, hit.end)

    def is_question(self, hit: Hit) -> bool:
        return self.sentence_text(hit).rstrip().endswith("?")

    # --- document structure -------------------------------------------------------------
    def context_text(self, block: int) -> str:
        """The headings above a block and its table headers, for section-level questions."""
        b = self.document.blocks[block]
        parts = list(b.section)
        if b.kind == "heading":
            parts.append(b.text)
        if b.column_header:
            parts.append(b.column_header)
        return " > ".join(parts)

    @cached_property
    def _rows(self) -> dict[tuple[int | None, int | None], list[int]]:
        rows: dict[tuple[int | None, int | None], list[int]] = {}
        for i, b in enumerate(self.document.blocks):
            if b.kind != "table-cell":
                continue
            loc = b.location()
            rows.setdefault((loc.table, b.row), []).append(i)
        return rows

    def row_cells(self, block: int) -> list[int]:
        """The other cells of the table row that holds ``block`` (empty outside tables)."""
        b = self.document.blocks[block]
        if b.kind != "table-cell":
            return []
        key = (b.location().table, b.row)
        return [i for i in self._rows.get(key, []) if i != block]

    def row_marker(self, block: int) -> tuple[int, str] | None:
        """``(cell, level)``: the cell of ``block``'s table row that holds only an E/D marker
        ("Desirable", "E", "Preferred"), and the level it sets; None when the row has none."""
        levels = level_words()
        for other in self.row_cells(block):
            m = levels.cell.match(self.document.blocks[other].text)
            if m:
                return other, "essential" if m.group(1).lower().replace("-", " ") in levels.cell_essential else "desirable"
        return None

    def row_tick(self, block: int) -> tuple[int, str] | None:
        """``(cell, level)``: the cell of ``block``'s table row that holds only a tick ("X", "✓",
        "Yes") under a column whose header names a level ("Criteria | Essential | Desirable" with the
        row ticked under "Desirable"), and that level; None when the row has none, when it has ticks
        under both levels, or when the block is itself in a column headed by a level word alone
        ("Essential"; a criteria column headed "Requirement" is not one)."""
        if level_words().cell.match(self.document.blocks[block].column_header or ""):
            return None
        ticked = [(other, label_level(self.document.blocks[other].column_header)) for other in self.row_cells(block)
                  if _TICK.match(self.document.blocks[other].text)]
        levels = {level for _, level in ticked if level}
        if len(levels) == 1:
            return next((cell, level) for cell, level in ticked if level)
        return None

    def requirement_level(self, block: int) -> str | None:
        """``essential`` or ``desirable`` when the block sits in such a part of the advert."""
        found = self.requirement(block)
        return found[0] if found else None

    def requirement(self, block: int) -> tuple[str, str] | None:
        """``(level, where)``: ``essential`` or ``desirable``, and what says so.

        Looks at an E/D marker cell in the same row, a tick ("X") in a level column of the row,
        the table column header ("Essential"),
        the row header, and the innermost heading that is a requirement label ("Essential
        criteria", "Minimum Qualifications", "Desirable"). Headings about duties
        ("Essential Duties and Responsibilities") do not count.
        """
        b = self.document.blocks[block]
        if b.kind == "table-cell":
            # The row's own E/D marker first: it decides over a generic column header
            # ("Requirement | E / D": the row marked D is desirable).
            marker = self.row_marker(block)
            if marker is not None:
                cell, level = marker
                return level, f"marked “{self.document.blocks[cell].text.strip()}”"
            tick = self.row_tick(block)
            if tick is not None:
                cell, level = tick
                return level, f"ticked under “{self.document.blocks[cell].column_header}”"
            for header, what in ((b.column_header, "column"), (b.row_header, "row")):
                level = label_level(header)
                if level:
                    return level, f"the “{header}” {what}"
        for title in reversed(b.section):
            level = label_level(title)
            if level:
                return level, f"under “{title}”"
        return None


# A bracket in a heading (the words that may stand beside a level word in it without naming
# anything else are `bracket-fillers` in rules/data/levels.toml).
_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")


def without_qualified_brackets(title: str) -> str:
    """``title`` without the brackets whose level word qualifies another thing named in them
    ("Family Peer Advocate (Bilingual Spanish preferred)" -> "Family Peer Advocate", "Peer Worker
    [driver's licence essential]"): that thing's level, not the level of what is under the heading.
    A bracket holding only a level ("Lived experience (essential)") or the heading's own amount
    ("Experience (minimum 2 years required)"), or a title that is all bracket, is kept."""
    if "(" not in title and "[" not in title:
        return title
    outside = _BRACKET.sub(" ", title).strip()
    if not re.search(r"[^\W\d_]", outside):
        return title

    def qualified(match: re.Match[str]) -> str:
        inside = match.group(1)
        levels = level_words()
        if not (levels.desirable.search(inside) or levels.essential.search(inside)):
            return match.group(0)
        rest = levels.essential.sub(" ", levels.desirable.sub(" ", inside)).lower()
        named = [w for w in re.findall(r"[^\W\d_][\w'’-]*", rest) if w not in levels.bracket_fillers]
        return " " if named else match.group(0)

    return _BRACKET.sub(qualified, title).strip()


def label_level(title: str | None) -> str | None:
    """``essential`` or ``desirable`` when a heading or header names that level ("Essential
    criteria", "Minimum Qualifications", "Desirable"); headings about duties do not count, nor a
    bracket's level word that qualifies another thing (:func:`without_qualified_brackets`)."""
    if not title:
        return None
    title = without_qualified_brackets(title)
    levels = level_words()
    if levels.not_criteria.search(title) and not re.search(r"\bcriteria\b", title, re.I):
        return None
    desirable, essential = levels.desirable.search(title), levels.essential.search(title)
    if desirable and essential:
        # a title that names both levels ("Minimum and preferred qualifications", "Essential /
        # Desirable") sets neither: each row's marker does; but one with an exception sets the
        # level named before it ("Required unless marked (asset)", "Essential except where
        # marked D"): the unmarked rows have that level
        exception = levels.exception.search(title)
        if exception and max(essential.start(), desirable.start()) > exception.start() > min(essential.start(), desirable.start()):
            return "essential" if essential.start() < desirable.start() else "desirable"
        return None
    if desirable:
        return "desirable"
    if essential:
        return "essential"
    return None


"""How a pattern set's patterns are tried: a document's tokens joined for matching
(:class:`Prepared`), where a match can start (:class:`StartIndex`), the expressions compiled or
tried in Python first (:class:`_Interpreted`), the words each pattern needs (:class:`NeedIndex`),
the patterns tried where their first word is (:class:`Tried`), and the tables built from the
patterns (:func:`start_index`, :func:`_alternation`). :class:`jdlint.matcher.PatternSet` uses them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial, reduce
from itertools import accumulate, count, repeat
from operator import or_
from time import perf_counter
from typing import Any

from jdlint.patterns import BARRIER, Follow, Step, TokenSpec, compile_regex, token_regex


def _piece(lower: str) -> str:
    """A token as it stands in the joined text: white space is a barrier, and a space
    inside a token (never between tokens) becomes ``_``."""
    return lower.replace(" ", "_") if lower.strip() else BARRIER


_SHORT = 32  # pieces up to which their starts are summed in Python (a title's: numpy's setting up costs more)


def _piece_starts(joined: str) -> list[int]:
    """Where each piece starts in ``joined`` (pieces, none empty nor holding a space, each
    followed by one space): 0 and after every space but the last, found in C (numpy) over
    the text's code points, where summing the pieces' lengths in Python cost 80 ns a token."""
    import numpy  # loaded with spaCy

    try:  # one byte per character for most texts (the barrier "¶" is Latin-1)
        codes = numpy.frombuffer(joined.encode("latin-1"), dtype=numpy.uint8)
    except UnicodeEncodeError:
        codes = numpy.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    after = numpy.flatnonzero(codes == 32)
    after += 1
    return [0, *after[:-1].tolist()]


@dataclass(frozen=True)
class Prepared:
    """A document's lower-cased tokens joined for matching: the text, each token's start in
    it, its block, where each block's tokens start, the tokens themselves and the set of
    them."""

    joined: str
    starts: list[int]
    blocks: list[int]  # the block of each token (a block's last token is a barrier)
    firsts: list[int]  # the index of each block's first token
    tokens: list[str]
    words: frozenset[str]  # the distinct tokens
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)  # per PatternSet
    serial: int = field(default_factory=count(1).__next__, compare=False, repr=False)  # (see MATCHING)

    @classmethod
    def of(cls, lowers: Sequence[Sequence[str]]) -> Prepared:
        pieces: list[str] = []
        blocks: list[int] = []
        firsts: list[int] = []
        for block, tokens in enumerate(lowers):
            firsts.append(len(pieces))
            pieces += tokens
            pieces.append(BARRIER)
            blocks += repeat(block, len(tokens) + 1)
        joined = " ".join(pieces) + " "
        # The usual text: no token is empty or holds white space, so each is its own piece.
        # Printable, it holds no white space but spaces; one space per piece, none doubled
        # nor first: none in a token, no token empty. Else every token becomes its piece
        # (a token that is neither is its own piece).
        if not (joined.isprintable() and joined.count(" ") == len(pieces) and "  " not in joined
                and not joined.startswith(" ")):  # fmt: skip
            pieces = list(map(_piece, pieces))
            joined = " ".join(pieces) + " "
        if len(pieces) > _SHORT:
            starts = _piece_starts(joined)
        else:  # (a title, a sentence: numpy's setting up costs more than the sums)
            starts = [0, *accumulate(map((1).__add__, map(len, pieces[:-1])))] if pieces else []
        return cls(joined, starts, blocks, firsts, pieces, frozenset(pieces))

    def token_spans(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """Character spans of whole tokens in :attr:`joined` (a match: from a token's start
        to just after the space that ends its last token) as (block, start, end) token
        spans; spans over a block boundary are left out."""
        out: list[tuple[int, int, int]] = []
        for start, end in spans:
            first = bisect_right(self.starts, start) - 1
            count = self.joined.count(" ", start, end)
            block = self.blocks[first]
            if self.blocks[first + count - 1] == block:
                out.append((block, first - self.firsts[block], first - self.firsts[block] + count))
        return out


@dataclass(frozen=True, slots=True)
class StartIndex:
    """How a group's matches can start: by first word, or by a prefix of the first word,
    each with what the next token must be (so most places a first word stands are never
    tried)."""

    words: Mapping[str, Follow]
    prefixes: Mapping[str, Follow]


class _SameFollow(Mapping[str, Follow]):
    """``dict.fromkeys(keys, follow)`` without the table: a pattern's own start index (its
    first token's words, or its prefixes, all with one follow) is read only while its group's
    tables are made, and a dict per pattern cost 0.7 MB (2,000 of them for the shipped
    patterns); this one holds the token's own tuple of words."""

    __slots__ = ("_follow", "_keys")

    def __init__(self, keys: tuple[str, ...], follow: Follow):
        self._keys = keys if len(set(keys)) == len(keys) else tuple(dict.fromkeys(keys))  # (each once, as a dict)
        self._follow = follow

    def __getitem__(self, key: str) -> Follow:
        if key in self._keys:
            return self._follow
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def items(self) -> Iterable[tuple[str, Follow]]:  # type: ignore[override]
        """The keys with the follow, in order (iterated once: what every caller does)."""
        return zip(self._keys, repeat(self._follow))


@dataclass(frozen=True, slots=True)
class Starts:
    """The groups a match can start with one word, by what comes next: ``anywhere`` (any
    next token), ``after`` (next token -> groups), ``after_prefix`` ((prefixes, group):
    a next token starting with one of the prefixes)."""

    anywhere: tuple[str, ...]
    after: dict[str, tuple[str, ...]]
    after_prefix: tuple[tuple[tuple[str, ...], str], ...]


NO_STARTS = Starts((), {}, ())


def _expression(patterns: Sequence[Sequence[TokenSpec]]) -> re.Pattern[str]:
    """Patterns (their tokens, each able to start with the word of the places where it is
    tried), in order, as one expression for a match that starts there.

    It is only ever tried where the token is that word (:meth:`PatternSet._scan`), so a
    pattern whose first token is required (once) starts with any one token there, and
    patterns side by side share it: ``[^ ]+ (?:rest|rest)`` instead of the first token's
    alternatives again in each (``help~|support~ ...``), which the expression would try for
    every pattern at every place it is tried. Every word with the same patterns (the
    inflections and alternatives of their first token) shares one compiled expression."""
    parts: list[tuple[bool, list[Sequence[TokenSpec]]]] = []  # (after the shared word?, patterns) runs
    literal = "[^ ]+ "  # the word, whichever it is
    for specs in patterns:
        first = specs[0]
        after_word = not (first.wildcard or first.op)  # else optional or repeated: the whole pattern
        if not parts or parts[-1][0] != after_word:
            parts.append((after_word, []))
        parts[-1][1].append(specs[1:] if after_word else specs)
    body = "|".join(f"{literal}(?:{_alternation(run)})" if after_word else _alternation(run) for after_word, run in parts)
    return _compiled(f"(?:{body})")


def _steps_end(steps: Sequence[Step], k: int, joined: str, pos: int) -> int:
    """Where a match of ``steps[k:]`` at ``pos`` ends in ``joined`` (-1: none), as the token's
    expression (:func:`token_regex`) finds it: each token whole (a word, a word starting with
    a prefix, or for a wildcard any token but the barrier), a quantified token greedily (as
    many in a row as it can, then one fewer at a time until the rest matches)."""
    count = len(steps)
    while k < count:
        words, prefixes, wildcard, low, high = steps[k]
        if high == 1 and low == 1:
            after = joined.find(" ", pos)
            if after < 0:
                return -1
            token = joined[pos:after]
            if not (BARRIER not in token if wildcard else token in words or (prefixes and token.startswith(prefixes))):
                return -1
            pos = after + 1
            k += 1
            continue
        ends = [pos]  # where the rest can start, after 0, 1, 2 ... such tokens
        while len(ends) <= high:
            after = joined.find(" ", pos)
            if after < 0:
                break
            token = joined[pos:after]
            if not (BARRIER not in token if wildcard else token in words or (prefixes and token.startswith(prefixes))):
                break
            pos = after + 1
            ends.append(pos)
        for at in reversed(ends[low:]):
            end = _steps_end(steps, k + 1, joined, at)
            if end >= 0:
                return end
        return -1
    return pos


def _tried_as(specs: Sequence[TokenSpec]) -> tuple[tuple[bool, tuple[Step, ...]], Follow, int]:
    """A pattern as :class:`_Interpreted` tries it: (from the token after the word?, its
    tokens), what the token after the word must be, and about how many characters its
    expression has."""
    first = specs[0]
    after_word = not (first.wildcard or first.op)
    steps = [spec.step for spec in (specs[1:] if after_word else specs)]
    follow = _follow(specs[1:]) if after_word else None
    return (after_word, tuple(step for step, _ in steps)), follow, 8 + sum(chars for _, chars in steps)


class _Found:
    """Where a match that :class:`_Interpreted` found ends (what the scan reads of a match)."""

    __slots__ = ("_end",)

    def __init__(self, end: int):
        self._end = end

    def end(self) -> int:
        return self._end


_COMPILE_COST = 1e-6  # seconds to compile a character of an expression (measured: 0.6-1 us here)

_SEEN = 4  # the texts an expression remembers (by their hashes), to compile at once when one is met again

MATCHING = [0]  # the serial of the text being matched (:attr:`Prepared.serial`; set by PatternSet._scan)


class _Interpreted:
    """Patterns (as :func:`_expression` takes them) matched token by token in Python, with the
    compiled expression's matches; compiled (:meth:`compile`) once their tries, in all the
    texts that tried them, have cost about what compiling would (the expression's size times
    :data:`_COMPILE_COST`), or at once when a text with the same words as one of the last
    that tried them (:data:`_SEEN`, by hash) tries them again: the same advert checked again
    (every warm check after the first), where the tries of every text to come would be the
    same. ``re`` compiles in Python, a millisecond or more an expression, where a try here
    costs a few microseconds (about ten times a compiled one): a process that checks one
    advert compiles next to nothing, an expression only one advert of a batch needs (its own
    words) is never compiled, and one that a few new adverts try a few times each is not
    either. (Compiling when any second text tried them, the rule before, compiled about one
    expression an advert over 1,200 new ones, most of them tried by a handful of adverts
    after; compiling only on the budget, without the texts met again, was slower for
    batches that meet an advert again.) Texts are told apart by :attr:`Prepared.serial`
    (:data:`MATCHING`), not by the string's id, which a new text often takes over.

    A pattern whose first token is required is tried from the token after the word (as the
    expression does: the word is where it is tried), and only where that token can come
    second (:func:`_follow`), the patterns kept per next word."""

    __slots__ = ("_by_next", "_follows", "_promoted", "_seen", "_steps", "_text", "budget", "compiled", "patterns",
                 "spent")  # fmt: skip

    def __init__(self, patterns: Sequence[Sequence[TokenSpec]], promoted: list[int],
                 known: dict[int, tuple[tuple[bool, tuple[Step, ...]], Follow, int]] | None = None):  # fmt: skip
        self.patterns = patterns
        self.compiled: MatchCall | None = None
        self._promoted = promoted  # counts compilations, so that choices holding this one are made again
        self._steps: list[tuple[bool, tuple[Step, ...]]] = []  # per pattern: after the word?, its tokens
        self._follows: list[Follow] = []
        size = 4
        for specs in patterns:
            found = None if known is None else known.get(id(specs))
            if found is None:
                found = _tried_as(specs)
                if known is not None:
                    known[id(specs)] = found
            steps, follow, chars = found
            self._steps.append(steps)
            self._follows.append(follow)
            size += chars
        self.budget = size * _COMPILE_COST  # seconds of tries, in all texts, before compiling
        self.spent = 0.0
        self._text = 0  # the serial of the last text that tried it (:data:`MATCHING`)
        self._seen: tuple[tuple[int, int], ...] = ()  # the last texts that tried it: (hash, serial)
        self._by_next: dict[str, tuple[tuple[bool, tuple[Step, ...]], ...]] = {}

    def compile(self) -> MatchCall:
        if self.compiled is None:
            self.compiled = _expression(self.patterns).match
            self._promoted[0] += 1
        return self.compiled

    def __call__(self, joined: str, pos: int) -> re.Match[str] | _Found | None:
        if self.compiled is not None:
            return self.compiled(joined, pos)
        if self.spent >= self.budget:
            return self.compile()(joined, pos)
        now = MATCHING[0]
        if now != self._text:  # another text: another with the same words as one of the last that tried it?
            seen = (hash(joined), now)  # (the string keeps its hash: worked out once a text)
            for content, serial in self._seen:
                if content == seen[0] and serial != now:
                    return self.compile()(joined, pos)
            self._text = now
            if seen not in self._seen:  # (a text that tried it, then another, then it again)
                self._seen = (*self._seen[1 - _SEEN :], seen)
        clock = perf_counter()
        start = joined.find(" ", pos) + 1  # the token after the word
        next_word = joined[start : joined.find(" ", start)]
        tried = self._by_next.get(next_word)
        if tried is None:
            tried = tuple(steps for steps, follow in zip(self._steps, self._follows, strict=True)
                          if _can_follow(follow, next_word))  # fmt: skip
            if len(self._by_next) >= 128:  # a bound: next words keep coming
                self._by_next.clear()
            self._by_next[next_word] = tried
        found = None
        for after_word, steps in tried:
            end = _steps_end(steps, 0, joined, start if after_word else pos)
            if end >= 0:
                found = _Found(end)
                break
        self.spent += perf_counter() - clock
        return found


@lru_cache(maxsize=8192)
def _compiled(expression: str) -> re.Pattern[str]:
    """An expression compiled once, however many first words share it (compiling costs about
    a millisecond, far more than trying it)."""
    return re.compile(expression)


def _needs(specs: Sequence[TokenSpec]) -> list[frozenset[str]]:
    """The words of each token after the first that a match of ``specs`` holds once (a word
    token with no quantifier): a text with none of one such token's words holds no match."""
    return [spec.word_set for spec in specs[1:] if spec.words and not spec.prefixes and not spec.op]


def _gaps(specs: Sequence[TokenSpec]) -> int:
    """The gaps (``_{0,3}``) of a pattern, which its expression backtracks over."""
    return sum(1 for spec in specs if spec.wildcard and spec.op)


_GAPS = 2  # where fewer gaps stand, choosing costs more than it spares (measured)


MatchCall = Callable[[str, int], "re.Match[str] | None"]


def _first_match(matches: tuple[MatchCall, ...], text: str, pos: int) -> re.Match[str] | None:
    """The first of ``matches`` (patterns, in order) that matches at ``pos``: what their
    alternation would match there."""
    for match in matches:
        found = match(text, pos)
        if found is not None:
            return found
    return None


UNCHOSEN: Any = object()


def follow_after(start: StartIndex | None, word: str) -> Follow:
    """What the token after ``word`` must be where a pattern with the start index
    ``start`` starts with it (as :meth:`PatternSet._word` works it out for a group)."""
    if start is None:
        return None
    table: dict[str, Follow] = {}
    if word in start.words:
        merge(table, "", start.words[word])
    for prefix, follow in start.prefixes.items():
        if word.startswith(prefix):
            merge(table, "", follow)
    return table.get("")


def _can_follow(follow: Follow, next_word: str) -> bool:
    return follow is None or next_word in follow[0] or (bool(follow[1]) and next_word.startswith(follow[1]))


def _set_bits(bits: int, sets: Sequence[frozenset[str]]) -> list[tuple[int, frozenset[str]]]:
    """``(bit, sets[bit])`` for each bit set in ``bits``, lowest first: one step per set bit
    (a list's bits are a few of the index's thousand or more: stepping over every bit up to
    the highest, shifting the whole number each time, cost a millisecond a list, paid for
    each first word a new advert brings)."""
    found: list[tuple[int, frozenset[str]]] = []
    while bits:
        low = bits & -bits
        bit = low.bit_length() - 1
        found.append((bit, sets[bit]))
        bits ^= low
    return found


class NeedIndex:
    """A bit for each needed word set (:func:`_needs`) of a pattern set's patterns, the same
    bit wherever the set stands, and which of them a text holds: found once per text from
    its words (each word's bits: the sets that hold it), not per first word and group."""

    def __init__(self) -> None:
        self.bits: dict[frozenset[str], int] = {}
        self.sets: list[frozenset[str]] = []  # bit -> its set
        self.by_word: dict[str, int] = {}  # word -> the bits of the sets that hold it
        self.version = 0  # sets added so far (a text's answer is worked out again after one is)
        # by_word's words, added to as sets are (made again from by_word whenever a set had been
        # added, they cost half a millisecond each time, and a new advert adds a few sets)
        self._words: set[str] = set()

    def bit(self, need: frozenset[str]) -> int:
        found = self.bits.get(need)
        if found is None:
            found = self.bits[need] = len(self.bits)
            self.sets.append(need)
            for word in need:
                self.by_word[word] = self.by_word.get(word, 0) | 1 << found
            self._words.update(need)
            self.version += 1
        return found

    def held(self, text: Prepared) -> int:
        """The bits of the sets ``text`` holds a word of."""
        state = text.memo.get(self)
        if state is None or state[0] != self.version:
            # two sets meet by the hashes they hold (the text's words are not read, where a
            # dict view tested each word's own hash): then the words in common looked up
            held = reduce(or_, map(self.by_word.__getitem__, text.words & self._words), 0)
            state = text.memo[self] = (self.version, held)
        return state[1]

    def by_block(self, text: Prepared) -> list[int]:
        """Per block of ``text``, the bits of the sets it holds a word of, or -1 where not
        found yet (:meth:`held_in` finds them, once per block and text): a match that stays
        in its block (:meth:`PatternSet.can_match_block`) holds its needed words in that
        block, where the text's other blocks hold many more of them."""
        state = text.memo.get((self, "blocks"))
        if state is None or state[0] != self.version:
            state = text.memo[(self, "blocks")] = (self.version, [-1] * len(text.firsts))
        return state[1]

    def held_in(self, text: Prepared, found: list[int], block: int) -> int:
        """The bits of the sets block ``block`` of ``text`` holds a word of, kept in ``found``
        (:meth:`by_block`'s list)."""
        firsts = text.firsts
        end = firsts[block + 1] if block + 1 < len(firsts) else len(text.tokens)
        words = self._words.intersection(text.tokens[firsts[block] : end])
        held = found[block] = reduce(or_, map(self.by_word.__getitem__, words), 0)
        return held


class Expressions:
    """How a pattern set's lists of patterns are tried (:class:`_Interpreted`, then compiled),
    one for each list: the first words with the same patterns (the inflections and
    alternatives of their first token) share it, its tries and its compiled expression."""

    def __init__(self) -> None:
        self.by_patterns: dict[tuple[int, ...], _Interpreted] = {}  # the patterns' ids (the set keeps them) -> it
        self.known: dict[int, tuple[tuple[bool, tuple[Step, ...]], Follow, int]] = {}  # a pattern's id -> how tried
        self.promoted = [0]  # expressions compiled so far (choices made before are made again)
        # (patterns' ids, their follows) -> (need index, what :class:`Tried` makes of them: its _PLAN)
        self.plans: dict[tuple[tuple[int, ...], tuple[Follow, ...] | None], tuple[Any, ...]] = {}

    def of(self, patterns: Sequence[Sequence[TokenSpec]]) -> MatchCall:
        key = tuple(map(id, patterns))
        found = self.by_patterns.get(key)
        if found is None:
            found = self.by_patterns[key] = _Interpreted(patterns, self.promoted, self.known)
        return found if found.compiled is None else found.compiled


class Tried:
    """What is tried where a match of a group can start with one word: the group's patterns
    that can start so, in the group's order.

    Most are tried as one expression. Where some of them have gaps (``use _{0,6} ( phq-9 )``),
    which cost microseconds a place however few of their words a text holds, each pattern
    also has its own expression, and a text tries only the patterns whose required words
    (:func:`_needs`) it holds, one after another: a pattern that needs a word the text lacks
    matches nowhere in it, and trying the rest in order is what the alternation does, so the
    matches are the same. The choice is kept per set of needed words the text holds."""

    __slots__ = ("_all", "_by_chosen", "_chosen", "_each", "_epoch", "_follow_any", "_follow_prefixes", "_follow_words",
                 "_requiring", "_run_bits", "_skip", "_waiting", "bits", "expressions", "follows", "index", "masks",
                 "needs", "patterns", "runs", "whole", "word")  # fmt: skip  (one per first word of a group met: a dict each cost 1 KB)

    def __init__(self, word: str, patterns: list[Sequence[TokenSpec]], index: NeedIndex | None = None,
                 follows: Sequence[Follow] | None = None, expressions: Expressions | None = None):  # fmt: skip
        self.word = word
        self.patterns = patterns
        self.expressions = expressions if expressions is not None else Expressions()
        self.whole: MatchCall = self.expressions.of(patterns)
        self._epoch = self.expressions.promoted[0]  # the compilations the kept choices knew of
        self.needs: list[tuple[int, frozenset[str]]] = []  # every needed word set, once, with its bit
        self.masks: list[int] = []  # per pattern: the bits of the needed word sets it holds
        self.bits = 0  # the bits of all of them
        if sum(map(_gaps, patterns)) < _GAPS:
            return  # the one expression is cheap: too little to spare for the work of choosing
        self.index = index if index is not None else NeedIndex()
        self._each: dict[int | tuple[int, int], MatchCall] = {}  # pattern or run -> how it is tried alone
        self._waiting: list[_Interpreted] = []  # those of them not compiled when they were taken
        self._chosen: dict[int, MatchCall | None] = {}  # held sets (bits) -> how a match is tried
        self._by_chosen: dict[int, MatchCall | None] = {}
        self._skip = len(word) + 1  # from where a match starts to the next token
        # what follows depends on the patterns and their follows only: the first words with the
        # same (the inflections of a pattern's first word: "share", "shares", "sharing") share it,
        # made once (:attr:`Expressions.plans`)
        key = (tuple(map(id, patterns)), None if follows is None else tuple(follows))
        plan = self.expressions.plans.get(key)
        if plan is not None and plan[0] is self.index:
            for name, value in zip(Tried._PLAN, plan[1:], strict=True):
                setattr(self, name, value)
            return
        # per needed set (its bit), the patterns that need it (a bit each): a set not held rules
        # out its patterns, so a choice costs a step per set, not per pattern (a word of a big
        # group starts up to 180 patterns needing some 80 sets)
        requiring: dict[int, int] = {}
        for i, specs in enumerate(patterns):
            mask = 0
            for need in _needs(specs):
                bit = self.index.bit(need)
                mask |= 1 << bit
                requiring[bit] = requiring.get(bit, 0) | 1 << i
            self.masks.append(mask)
            self.bits |= mask
        self.needs = _set_bits(self.bits, self.index.sets)
        self._requiring = [(bit >> 3, 1 << (bit & 7), requiring[bit]) for bit, _ in self.needs]  # (byte, its bit, patterns)
        # what the token after the word must be, per pattern (None: anything)
        self.follows: list[Follow] = list(follows) if follows is not None else [None] * len(patterns)
        # the patterns in order as segments (first, end): each pattern with gaps alone, each
        # run of consecutive patterns without gaps together (see _tried_as)
        segments: list[list[int]] = []
        for i, specs in enumerate(patterns):
            if segments and not _gaps(specs) and not _gaps(patterns[segments[-1][0]]):
                segments[-1][1] = i + 1
            else:
                segments.append([i, i + 1])
        self.runs = [(first, end) for first, end in segments]
        self._run_bits = [((1 << end) - (1 << first), first, end) for first, end in self.runs]
        self._all = (1 << len(patterns)) - 1
        # The patterns that can go on with a next word, by the word (an index of the follows,
        # so that a next word costs a look-up, not a test of every pattern's follow), and how a
        # set of chosen patterns is tried, by the set (the sets met recur across adverts).
        self._follow_any = 0  # the patterns any next token can follow
        self._follow_words: dict[str, int] = {}
        self._follow_prefixes: list[tuple[str, int]] = []
        for i, follow in enumerate(self.follows):
            if follow is None:
                self._follow_any |= 1 << i
                continue
            for next_word in follow[0]:
                self._follow_words[next_word] = self._follow_words.get(next_word, 0) | 1 << i
            self._follow_prefixes += [(prefix, 1 << i) for prefix in follow[1]]
        plans = self.expressions.plans
        if len(plans) >= PLANS:
            plans.clear()  # a bound (new first words keep coming)
        plans[key] = (self.index, *(getattr(self, name) for name in Tried._PLAN))

    # what a first word's patterns and their follows decide, shared by the words with the same
    # (never changed once made)
    _PLAN = ("masks", "bits", "needs", "_requiring", "follows", "runs", "_run_bits", "_all", "_follow_any",
             "_follow_words", "_follow_prefixes")  # fmt: skip

    def for_text(self, text: Prepared) -> MatchCall | None:
        """How a match is tried in ``text`` (``match(joined, pos)``): the whole expression, or
        the patterns the text can hold, in order; ``None`` where none can match. Which
        needed word sets the text holds is found once per text (:class:`NeedIndex`)."""
        return self.for_held(self.index.held(text) if self.needs else 0)

    def for_held(self, held: int) -> MatchCall | None:
        """:meth:`for_text` where the text (or the block where a match is tried, whose
        matches stay in it) holds the needed word sets ``held`` (:class:`NeedIndex` bits)."""
        whole = self.current()
        if not self.needs:
            return whole
        return self.chosen(held)

    def current(self) -> MatchCall:
        """The whole expression, the compiled one once it is; the choices made again where
        one of this word's own expressions was compiled since they were made (once per word
        and text, before :meth:`chosen`)."""
        whole = self.whole
        if whole.__class__ is _Interpreted and whole.compiled is not None:  # type: ignore[attr-defined]
            whole = self.whole = whole.compiled  # type: ignore[attr-defined]
            if self.needs:
                self._forget_choices()  # (they may hold the interpreted one)
        if self.needs and self._epoch != self.expressions.promoted[0]:  # an expression was compiled: one of these?
            self._epoch = self.expressions.promoted[0]
            if any(m.compiled is not None for m in self._waiting):  # (the rest were compiled when taken)
                self._forget_choices(whole=False)
        return whole

    def chosen(self, held: int) -> MatchCall | None:
        """How a match is tried where the needed word sets ``held`` are held (after
        :meth:`current`), chosen once per set of them."""
        held &= self.bits
        chosen = self._chosen.get(held, UNCHOSEN)
        if chosen is not UNCHOSEN:
            return chosen
        ruled_out = 0  # a bit per pattern that needs a set the text does not hold
        # each set's bit read from the held bits' bytes (small numbers), where a test of the
        # whole number made a number as long as the index's bits per set (a word has up to 130)
        held_bytes = held.to_bytes((self.bits.bit_length() + 7) >> 3, "little")
        for at, bit, patterns in self._requiring:
            if not held_bytes[at] & bit:
                ruled_out |= patterns
        viable = self._all & ~ruled_out  # a bit per pattern the text can hold
        chosen = None
        if viable == self._all and self._follow_any == self._all:
            chosen = self.whole
        elif viable:
            chosen = partial(self._by_next_word, viable)
        if len(self._chosen) >= 256:  # a bound: texts differ in the words they hold
            self._chosen.clear()
        self._chosen[held] = chosen
        return chosen

    def _forget_choices(self, whole: bool = True) -> None:
        """Choose again (the compiled expressions in place of the interpreted ones they hold).
        Only where one of this word's own was compiled: another's compiling (nearly every new
        advert compiles some) leaves these choices as they were. Where the whole expression is
        not the one compiled (``whole`` false), the patterns chosen per set of needed words
        (:attr:`_chosen`) stay: they hold the whole expression and the patterns that can
        match, not the expressions that try them (:attr:`_by_chosen`, made again)."""
        if whole:
            self._chosen.clear()
        self._by_chosen.clear()
        self._each.clear()
        self._waiting.clear()

    def _by_next_word(self, viable: int, joined: str, pos: int) -> re.Match[str] | None:
        """The match at ``pos`` of the patterns in ``viable`` (a bit each: those the text can
        hold) that can go on with the token after the word there (a pattern whose second
        token cannot be it matches nowhere here)."""
        at = pos + self._skip
        next_word = joined[at : joined.find(" ", at)]
        chosen = viable & (self._following(next_word) if self._follow_prefixes
                           else self._follow_any | self._follow_words.get(next_word, 0))
        match = self._by_chosen.get(chosen, UNCHOSEN)
        if match is UNCHOSEN:
            match = self._tried_as(chosen)
        return None if match is None else match(joined, pos)

    def _following(self, next_word: str) -> int:
        """A bit for each pattern that can go on with ``next_word`` (:func:`_can_follow`)."""
        found = self._follow_any | self._follow_words.get(next_word, 0)
        for prefix, bit in self._follow_prefixes:
            if next_word.startswith(prefix):
                found |= bit
        return found

    def _tried_as(self, chosen: int) -> MatchCall | None:
        """How the patterns ``chosen`` (a bit each) are tried: the whole expression where they
        are all of them, else in order, each pattern with gaps on its own and each run of
        patterns without gaps between them as one expression (:attr:`runs`) where one of the
        run is chosen. A pattern of such a run that is not chosen cannot match here, so trying
        it with the others changes nothing, and a run's expression, tried once, costs about
        what one of its patterns does alone. Kept per set of chosen patterns."""
        if chosen == self._all:
            match: MatchCall | None = self.whole
        elif not chosen:
            match = None
        elif chosen & (chosen - 1) == 0:  # one pattern
            match = self._own(chosen.bit_length() - 1)
        else:
            matches = [self._run(first, end) if end - first > 1 else self._own(first)
                       for bits, first, end in self._run_bits if chosen & bits]  # fmt: skip
            match = matches[0] if len(matches) == 1 else partial(_first_match, tuple(matches))
        if len(self._by_chosen) >= 256:  # a bound (the sets met are few)
            self._by_chosen.clear()
        self._by_chosen[chosen] = match
        return match

    def _run(self, first: int, end: int) -> MatchCall:
        """How the patterns ``first`` to ``end`` are tried as one expression (:class:`Expressions`)."""
        found = self._each.get((first, end))
        if found is None:
            found = self._each[(first, end)] = self.expressions.of(self.patterns[first:end])
            if found.__class__ is _Interpreted:
                self._waiting.append(found)  # type: ignore[arg-type]
        return found

    def _own(self, i: int) -> MatchCall:
        found = self._each.get(i)
        if found is None:
            found = self._each[i] = self.expressions.of(self.patterns[i : i + 1])
            if found.__class__ is _Interpreted:
                self._waiting.append(found)  # type: ignore[arg-type]
        return found


PLANS = 10_000  # a bound on the plans of first words' patterns kept (see Tried)


def first_words(patterns: Sequence[tuple[Sequence[TokenSpec], StartIndex | None]]
                 ) -> tuple[dict[str, tuple[int, ...]], list[tuple[str, int]], list[int]]:  # fmt: skip
    """A group's patterns (by their place in it) by what can start a match of them: by word,
    by prefix, and those whose starts are not known (a word can start any of them), so that
    :meth:`PatternSet._starting` visits only the patterns a word can start."""
    by_word: dict[str, list[int]] = {}
    by_prefix: list[tuple[str, int]] = []
    anywhere: list[int] = []
    for i, (_, start) in enumerate(patterns):
        if start is None:
            anywhere.append(i)
            continue
        for word in start.words:
            by_word.setdefault(word, []).append(i)
        by_prefix += [(prefix, i) for prefix in start.prefixes]
    return {word: tuple(at) for word, at in by_word.items()}, by_prefix, anywhere  # (a list holds spare room)


def stays_in_block(spec: TokenSpec) -> bool:
    """Can the token never match the barrier (:data:`BARRIER`) that ends each block? A
    wildcard stops at it; a word or prefix could only be the barrier itself."""
    return spec.wildcard or not (BARRIER in spec.words or BARRIER.startswith(spec.prefixes))


def trigger_words(patterns: Sequence[Sequence[TokenSpec]]) -> frozenset[str] | None:
    """Words of which a document must hold at least one for the group to match at all:
    per pattern, the words of its most specific required literal token. ``None`` when a
    pattern has no such token (it could match anywhere)."""
    words: set[str] = set()
    for pattern in patterns:
        literal = [spec for spec in pattern if spec.words and not spec.prefixes and not spec.op]
        if not literal:
            return None
        best = max(literal, key=lambda spec: min(map(len, spec.words)))
        words.update(best.words)
    return frozenset(words)


def _optional(spec: TokenSpec) -> bool:
    return spec.op == "?" or spec.op.startswith(("{0", "{,"))


def _repeats(spec: TokenSpec) -> bool:
    """Can the token stand more than once in a row (``{0,2}``, ``{1,}``)?"""
    if not spec.op.startswith("{"):
        return False
    high = spec.op[1:-1].partition(",")[2]
    return not high or int(high) > 1


def _follow(rest: Sequence[TokenSpec]) -> Follow:
    """What the first of ``rest`` can be (a later one where earlier ones are optional);
    ``None`` when it can be anything: a wildcard, or the match can end before it."""
    if rest and not (rest[0].wildcard or _optional(rest[0])):
        return rest[0].follow  # (nearly always: the same words and prefixes, made once per token)
    words: set[str] = set()
    prefixes: set[str] = set()
    for spec in rest:
        if spec.wildcard:
            return None
        words.update(spec.words)
        prefixes.update(spec.prefixes)
        if not _optional(spec):
            return frozenset(words), tuple(sorted(prefixes))
    return None


def merge(table: dict[str, Follow], key: str, follow: Follow) -> None:
    old = table.get(key, UNCHOSEN)
    if old is UNCHOSEN:
        table[key] = follow
    elif old is None or follow is None:
        table[key] = None
    elif old is not follow:  # (merged with itself a follow is the same: its prefixes are sorted, once each)
        table[key] = (old[0] | follow[0], tuple(sorted(set(old[1]) | set(follow[1]))))


def start_index(patterns: Sequence[Sequence[TokenSpec]],
                 shared: dict[tuple[int, Follow], tuple[StartIndex, TokenSpec]] | None = None
                 ) -> StartIndex | None:  # fmt: skip
    """Every way a match of the group can start (:class:`StartIndex`); ``None`` when a
    pattern may start with a wildcard or has no required token (then the whole text is
    scanned). ``shared``: the indexes made so far, by first token and what follows it (one
    index for every pattern that starts the same way: 4,300 shipped patterns, 2,000 ways)."""
    if len(patterns) == 1 and not (patterns[0][0].wildcard or patterns[0][0].op):
        # one pattern whose first token is required (nearly all): its words and prefixes,
        # each once, start it, all followed by what its second token can be
        first = patterns[0][0]
        follow = _follow(patterns[0][1:])
        if shared is None:
            return StartIndex(_SameFollow(first.words, follow), _SameFollow(first.prefixes, follow))
        key = (id(first), follow)  # (the entry holds the token, so its id stays its own)
        found = shared.get(key)
        if found is None:
            found = shared[key] = (StartIndex(_SameFollow(first.words, follow), _SameFollow(first.prefixes, follow)),
                                   first)  # fmt: skip
        return found[0]
    words: dict[str, Follow] = {}
    prefixes: dict[str, Follow] = {}
    for pattern in patterns:
        for i, spec in enumerate(pattern):
            if spec.wildcard:
                return None
            follow = _follow(pattern[i + 1 :])
            if follow is not None and _repeats(spec):  # "very{0,2} good": "very" may follow itself
                follow = (follow[0] | spec.word_set, tuple(sorted({*follow[1], *spec.prefixes})))
            for word in spec.words:
                merge(words, word, follow)
            for prefix in spec.prefixes:
                merge(prefixes, prefix, follow)
            if not _optional(spec):
                break  # a required token: nothing after it can start the match
        else:
            return None  # every token optional
    return StartIndex(words, prefixes)


def _alternation(patterns: Sequence[Sequence[TokenSpec]]) -> str:
    """Patterns (their tokens) as one alternation, tried in order, with a first token that
    consecutive patterns share written once: ``will (?:co - design|co - produce)``, so it is
    tested once (and ``re`` parses and compiles it once, about 1 us a character). Only a
    token that matches in one way is shared (no quantifier, not a wildcard: it is the whole
    token and its space), or an optional word token whose words the next token of every
    pattern sharing it cannot be (:func:`_optional_shared`), so the order of what is
    tried, and the match, are those of the patterns one after another. Patterns side by
    side that end alike share their tail (:func:`_shared_tail`)."""
    parts: list[str] = []
    i = 0
    while i < len(patterns):
        pattern = patterns[i]
        if not pattern:
            parts.append("")
            i += 1
            continue
        first = pattern[0]
        j = i + 1
        if not (first.wildcard or first.op):
            while j < len(patterns) and patterns[j] and patterns[j][0] == first:
                j += 1
        elif _optional_shared(first, pattern):
            while j < len(patterns) and patterns[j] and patterns[j][0] == first and _optional_shared(first, patterns[j]):
                j += 1
        if j - i == 1:
            j, tail = _shared_tail(patterns, i)
            if j - i == 1:
                parts.append(compile_regex(pattern))
            else:
                heads = [p[: len(p) - len(tail)] for p in patterns[i:j]]
                parts.append(f"(?:{_alternation(heads)}){compile_regex(tail)}")
        else:
            parts.append(f"{token_regex(first)}(?:{_alternation([p[1:] for p in patterns[i:j]])})")
        i = j
    return "|".join(parts)


def _shared_tail(patterns: Sequence[Sequence[TokenSpec]], i: int) -> tuple[int, Sequence[TokenSpec]]:
    """Where the run of patterns from ``i`` that end in the same tokens (the tail) as
    ``patterns[i]`` and the next ends, and that tail, for ``(?:one 's |your |their )(?:own
    )?story`` (``one's|your|their own? story``, split apart for "one's"). ``(?:a|b)c`` tries
    what ``ac|bc`` does in the same order (each way of ``a`` with each of ``c``, then ``b``),
    so the match is the same whatever the heads and the tail are. ``(i + 1, ())`` where no
    two patterns run so."""
    if i + 1 >= len(patterns):
        return i + 1, ()
    pattern, after = patterns[i], patterns[i + 1]
    n = 0
    while n < min(len(pattern), len(after)) - 1 and pattern[-1 - n] == after[-1 - n]:
        n += 1
    if not n:
        return i + 1, ()
    tail = pattern[len(pattern) - n :]
    j = i + 2
    while j < len(patterns) and len(patterns[j]) > n and patterns[j][len(patterns[j]) - n :] == tail:
        j += 1
    return j, tail


def _optional_shared(first: TokenSpec, pattern: Sequence[TokenSpec]) -> bool:
    """Whether ``pattern``'s optional first token (``first``) may be written once for the
    patterns beside it that start with it: ``(?:a )?(?:b c|d e)`` for ``a? b c`` then
    ``a? d e``. That tries "a" then no "a" for each pattern in turn in the other order
    (``a b c``, ``a d e``, then ``b c``, ``d e``); where the word at the place is one of the
    optional token's, the patterns without it cannot start there, and where it is not, those
    with it cannot, so the first pattern that matches is the same either way when the token
    is plain words (no prefix), and the next token is required plain words, none of them its."""
    if first.op != "?" or first.wildcard or first.prefixes or len(pattern) < 2:
        return False
    after = pattern[1]
    return not (after.op or after.wildcard or after.prefixes) and first.word_set.isdisjoint(after.word_set)


def merged_index(indexes: Sequence[StartIndex | None]) -> StartIndex | None:
    """The start index of a group from its patterns' own (as :func:`start_index` of them
    all): ``None`` when one pattern's is. Each word's (and prefix's) follows are gathered
    first and joined once (:func:`_joined`): a word starts many of a group's patterns (the
    20,000 entries of the shipped patterns' own indexes are 4,300 in their groups')."""
    words: dict[str, list[Follow]] = {}
    prefixes: dict[str, list[Follow]] = {}
    for index in indexes:
        if index is None:
            return None
        for table, part in ((words, index.words), (prefixes, index.prefixes)):
            for key, follow in part.items():
                found = table.get(key)
                if found is None:
                    table[key] = [follow]
                else:
                    found.append(follow)
    # the words of a token (its inflections, its alternatives) start the same patterns, so
    # they gather the same follows: joined once, one object for them all
    joined: dict[tuple[int, ...], Follow] = {}

    def join(follows: list[Follow]) -> Follow:
        if len(follows) == 1:
            return follows[0]
        key = tuple(map(id, follows))  # (the follows are held by the indexes meanwhile)
        found = joined.get(key, UNCHOSEN)
        if found is UNCHOSEN:
            found = joined[key] = _joined(follows)
        return found

    return StartIndex({k: join(f) for k, f in words.items()}, {k: join(f) for k, f in prefixes.items()})


def _joined(follows: list[Follow]) -> Follow:
    """What :func:`merge` makes of ``follows`` merged one after another: ``None`` when one
    is, else their words and their prefixes (sorted) together."""
    if len(follows) == 1:
        return follows[0]
    if None in follows:
        return None
    if all(f is follows[0] for f in follows):
        return follows[0]  # (one follow, met again: patterns that start alike share theirs)
    return (frozenset().union(*[f[0] for f in follows]),  # type: ignore[index]
            tuple(sorted(set().union(*[f[1] for f in follows]))))  # type: ignore[index]  # fmt: skip

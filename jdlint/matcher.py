"""The matcher: groups of patterns (:mod:`jdlint.patterns`) matched over a document's
joined tokens (:class:`PatternSet`, tried as :mod:`jdlint.match_plan` plans), and the same groups
as a spaCy ``Matcher`` (:class:`SpacyPatternSet`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, repeat
from typing import TYPE_CHECKING

from jdlint.match_plan import (
    MATCHING,
    NO_STARTS,
    UNCHOSEN,
    Expressions,
    MatchCall,
    NeedIndex,
    Prepared,
    StartIndex,
    Starts,
    Tried,
    first_words,
    follow_after,
    merge,
    merged_index,
    start_index,
    stays_in_block,
    trigger_words,
)
from jdlint.patterns import (
    INTERNED,
    Follow,
    TokenSpec,
    compile_pattern,
    compile_regex,
    expand,
    forget_parsing,
    parse_pattern,
    token_specs,
)
from jdlint.spacy_pipeline import pipeline

if TYPE_CHECKING:  # imported lazily: spaCy costs half a second to import
    from spacy.tokens import Doc


_INTERNED_BOUND = 50_000  # emptied, with token_specs's cache, before a pattern set is built past it (shipped: 3,300)


_BOUND = 20_000  # a bound on the words and word pairs a long run remembers (new words keep coming)


_UNPAIRED = ("",)  # a word's groups not worked out yet (truthy, unlike no groups)


def starts_in(at: Sequence[int] | None, text: Prepared, block: int, start: int = 0, end: int | None = None) -> bool:
    """Is one of the candidate tokens ``at`` (indices into ``text``'s tokens, in order) in block
    ``block``, at one of its tokens ``start`` to ``end`` (``None``: to the block's end)? What
    :meth:`PatternSet.may_start_in` answers from a group's candidates, for a caller that keeps them."""
    if not at:
        return False
    firsts = text.firsts
    first = firsts[block]
    if end is None:
        end = (firsts[block + 1] if block + 1 < len(firsts) else len(text.tokens)) - first
    i = bisect_left(at, first + start)
    return i < len(at) and at[i] < first + end


class PatternSet:
    """Named groups of patterns, matched over all of a document's blocks at once.

    Each group compiles to one regular expression over the blocks' lower-cased spaCy
    tokens joined by spaces, so a match always starts and ends on token boundaries and
    has the spaCy Matcher's meaning. (spaCy's own ``Matcher`` gives the same matches, see
    :class:`SpacyPatternSet`, but spends most of a check in per-token predicate callbacks.)
    Within a group, longer patterns are tried first. The expression is tried only at the
    tokens a match can start with, followed by a token that can come second
    (:class:`StartIndex`), and there it holds only the group's patterns that can start with
    that token (compiled when first needed: a group's whole expression is several times
    slower to compile, and most of its patterns never start where a document's words are).
    """

    def __init__(self, groups: dict[str, Sequence[str]]):
        self.triggers: dict[str, frozenset[str] | None] = {}  # worked out per group when first asked (_triggers_of)
        self.starts: dict[str, StartIndex | None] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        # Per group, each pattern's tokens and how it can start, in the order tried.
        self._patterns: dict[str, list[tuple[Sequence[TokenSpec], StartIndex | None]]] = {}
        # Per group, first word -> what is tried where a match can start with it (:meth:`_starting`).
        self._by_start: dict[str, dict[str, Tried]] = {}
        self._block_safe: dict[str, bool] = {}  # can no token of the group match a barrier? (see match_block)
        if len(INTERNED) > _INTERNED_BOUND:  # a long run that built many sets of new patterns
            INTERNED.clear()  # (between builds: within one, equal tokens stay one object)
            token_specs.cache_clear()
        shared: dict[tuple[int, Follow], tuple[StartIndex, TokenSpec]] = {}  # (see start_index)
        for name, patterns in groups.items():
            parsed = [tuple(parse_pattern(e)) for p in patterns for e in expand(p)]
            if not parsed:
                continue
            parsed.sort(key=len, reverse=True)  # longest first (a stable sort, reversed or not)
            # a pattern written twice (or spelt out twice by expand) is tried once: where the
            # first did not match, the same tokens cannot (equal tokens are one object)
            parsed = list({tuple(map(id, specs)): specs for specs in parsed}.values())
            each = [start_index([specs], shared) for specs in parsed]
            self.starts[name] = merged_index(each)
            self._patterns[name] = list(zip(parsed, each, strict=True))
            self._by_start[name] = {}
        # The starts turned round: each first word (or prefix) with the groups it can start.
        by_word: dict[str, list[tuple[str, Follow]]] = {}
        self._by_prefix: list[tuple[str, str, Follow]] = []
        for name, index in self.starts.items():
            if index is not None:
                for word, follow in index.words.items():
                    by_word.setdefault(word, []).append((name, follow))
                self._by_prefix += [(prefix, name, follow) for prefix, follow in index.prefixes.items()]
        self._by_word = {word: tuple(starts) for word, starts in by_word.items()}  # (a list holds spare room)
        self._word_starts: dict[str, Starts] = {}  # word -> what it can start (as met in documents)
        self._started = 0  # entries in _by_start
        # word -> the groups it can start: one tuple when the next token does not matter (most
        # words: () for none), else a dict by next word (never empty: "" ends a text; None, where
        # every next word that adds groups is listed, holds those of any other)
        self._groups_of: dict[str, tuple[str, ...] | dict[str | None, tuple[str, ...]]] = {}
        self._paired = 0  # entries in _groups_of's dicts
        self._need_index = NeedIndex()  # the needed word sets of the patterns chosen per text
        # per group, the patterns each first word or prefix can start (:func:`first_words`, when first needed)
        self._first_words: dict[str, tuple[dict[str, tuple[int, ...]], list[tuple[str, int]], list[int]]] = {}
        self._expressions = Expressions()  # how each list of patterns is tried (shared by first words)
        forget_parsing()  # (equal tokens are one object within this set: all it needs)

    def regex(self, name: str) -> re.Pattern[str]:
        """The group's whole expression, matching at token starts only (compiled once, when
        first needed). Used to scan groups whose starts are not known."""
        compiled = self._compiled.get(name)
        if compiled is None:
            compiled = self._compiled[name] = re.compile(f"(?<![^ ])(?:{self.body(name)})")
        return compiled

    def body(self, name: str) -> str:
        """The group's regular expression: its patterns' in the order tried (written out when
        asked: most groups are only tried by first word, :meth:`_starting`)."""
        return "|".join(compile_regex(specs) for specs, _ in self._patterns[name])

    @property
    def bodies(self) -> dict[str, str]:
        """Every group's regular expression (:meth:`body`)."""
        return {name: self.body(name) for name in self._patterns}

    @property
    def names(self) -> list[str]:
        return list(self._patterns)

    def match_all(self, docs: Sequence[Doc], lowers: Sequence[Sequence[str]] | None = None,
                  only: Iterable[str] | None = None, skip: Iterable[str] = ()
                  ) -> dict[str, list[tuple[int, int, int]]]:  # fmt: skip
        """``{group: [(block, start token, end token), ...]}`` over all blocks, in order.

        ``lowers``: each block's lower-cased tokens, when the caller has them already;
        ``only``: the groups to match (all by default); ``skip``: groups not to match.
        """
        if lowers is None:
            lowers = [[t.lower_ for t in doc] for doc in docs]
        return self.match_prepared(Prepared.of(lowers), only, skip)

    def match_prepared(self, text: Prepared, only: Iterable[str] | None = None, skip: Iterable[str] = ()
                       ) -> dict[str, list[tuple[int, int, int]]]:  # fmt: skip
        """:meth:`match_all` over a text already joined for matching (see :meth:`match_group`)."""
        names = list(self._patterns) if only is None else [n for n in only if n in self._patterns]
        if skip:
            skipped = set(skip)
            names = [n for n in names if n not in skipped]
        found: dict[str, list[tuple[int, int, int]]] = {}
        for name in names:
            spans = self.match_group(text, name)
            if spans:
                found[name] = spans
        return found

    def match_group(self, text: Prepared, name: str) -> list[tuple[int, int, int]]:
        """One group's non-empty, non-overlapping matches in a text joined for matching,
        left to right, as (block, start token, end token): its expression is tried only at
        the tokens a match can start at (:meth:`_candidates`, worked out for every group at
        once, the first time a text is matched) when the group's starts are known, else over
        the whole text. Empty for a group the set does not hold."""
        if name not in self._patterns:
            return []
        if self.starts[name] is not None:
            at = self._candidates(text).get(name)
            if not at:
                return []  # (tested before the words, which cost more to test)
        triggers = self.triggers.get(name, UNCHOSEN)
        if triggers is UNCHOSEN:
            triggers = self._triggers_of(name)
        if triggers is not None and triggers.isdisjoint(text.words):
            return []  # none of the words every match needs is in the document
        if self.starts[name] is None:
            joined = text.joined
            return text.token_spans(m.span() for m in self.regex(name).finditer(joined) if m.end() > m.start())
        return self._scan(text, name, at)

    def _triggers_of(self, name: str) -> frozenset[str] | None:
        """The group's :func:`trigger_words`, worked out the first time they are asked for (a check
        asks for some of the groups)."""
        found = self.triggers[name] = trigger_words([specs for specs, _ in self._patterns[name]])
        return found

    def can_match_block(self, name: str) -> bool:
        """Can :meth:`match_block` match the group one block at a time (its starts known, and
        no token of its patterns able to match the barrier that ends a block)?"""
        if self.starts.get(name) is None:
            return False
        safe = self._block_safe.get(name)
        if safe is None:
            safe = self._block_safe[name] = all(stays_in_block(spec) for specs, _ in self._patterns[name] for spec in specs)
        return safe

    def may_start_in(self, text: Prepared, name: str, block: int, start: int = 0, end: int | None = None) -> bool:
        """Can a match of the group start in block ``block`` of ``text``, at one of its tokens
        ``start`` to ``end`` (``None``: to the block's end)? Where the group's starts are known,
        every match starts at one of its candidates (:meth:`_candidates`, found once per text);
        elsewhere the answer is yes."""
        if self.starts.get(name) is None:
            return True
        return starts_in(self._candidates(text).get(name), text, block, start, end)

    def match_block(self, text: Prepared, name: str, block: int) -> list[tuple[int, int, int]]:
        """:meth:`match_group`'s matches in one block, trying only the block's candidates (for a
        group :meth:`can_match_block`). The same matches: no match of such a group runs over
        the barrier that ends a block, so none in an earlier block keeps a later one from
        being tried (matches are tried left to right, each after the end of the last)."""
        at = self._candidates(text).get(name)
        if not at:
            return []
        firsts = text.firsts
        end = firsts[block + 1] if block + 1 < len(firsts) else len(text.tokens)
        lo = bisect_left(at, firsts[block])
        hi = bisect_left(at, end, lo)
        if hi == lo:
            return []  # no candidate in the block (tested before the words, which cost more to test)
        triggers = self.triggers.get(name, UNCHOSEN)
        if triggers is UNCHOSEN:
            triggers = self._triggers_of(name)
        if triggers is not None and triggers.isdisjoint(text.words):
            return []
        return self._scan(text, name, at[lo:hi])

    def _scan(self, text: Prepared, name: str, at: list[int]) -> list[tuple[int, int, int]]:
        """The group's matches tried at the candidate tokens ``at``, left to right."""
        joined = text.joined
        MATCHING[0] = text.serial  # (what an expression tried in Python tells texts apart by)
        starts, tokens, blocks, firsts = text.starts, text.tokens, text.blocks, text.firsts
        by_start = self._by_start[name]
        # first word -> how a match is tried there (None: it cannot start); a word whose
        # patterns are chosen by the words they need (:class:`Tried`), in a group whose
        # matches stay in their block, chooses them per block (:meth:`NeedIndex.held_in`)
        tried: dict[str, MatchCall | Tried | None] = {}
        in_block = self.can_match_block(name)
        held: list[int] | None = None  # per block, the needed word sets it holds (-1: not found yet)
        out: list[tuple[int, int, int]] = []
        done = 0
        for token in at:
            pos = starts[token]
            if pos < done:
                continue
            word = tokens[token]
            matcher = tried.get(word, UNCHOSEN)
            if matcher is UNCHOSEN:
                start = by_start.get(word)
                if start is None:
                    start = self._starting(name, word)
                    held = None  # (its needed sets may be new to the index: the blocks' bits found again)
                if start.needs and in_block:
                    start.current()
                    matcher = tried[word] = start
                else:
                    matcher = tried[word] = start.for_text(text)
            if matcher is None:
                continue
            if matcher.__class__ is Tried:
                if held is None:
                    held = self._need_index.by_block(text)
                block = blocks[token]
                bits = held[block]
                if bits < 0:
                    bits = self._need_index.held_in(text, held, block)
                matcher = matcher._chosen.get(bits & matcher.bits, UNCHOSEN)  # type: ignore[union-attr]
                if matcher is UNCHOSEN:
                    matcher = tried[word].chosen(bits)  # type: ignore[union-attr]
                if matcher is None:
                    continue
            m = matcher(joined, pos)
            if m is None:
                continue
            end = m.end()
            if end == pos:
                continue
            done = end
            count = joined.count(" ", pos, end)  # the tokens matched: each is followed by one space
            block = blocks[token]
            if blocks[token + count - 1] == block:
                first = token - firsts[block]
                out.append((block, first, first + count))
        return out

    def _starting(self, name: str, word: str) -> Tried:
        """What is tried where a match of the group can start with ``word``: its patterns that
        can start so, in the group's order (so the same pattern wins as with the whole group),
        as one expression (:func:`_expression`), and as one each when they have gaps
        (:class:`Tried`). A pattern whose first token cannot be ``word`` cannot match there
        and is left out."""
        patterns: list[Sequence[TokenSpec]] = []
        follows: list[Follow] = []  # per pattern: what the token after ``word`` must be (None: anything)
        listed = self._patterns[name]
        index = self._first_words.get(name)
        if index is None:
            index = self._first_words[name] = first_words(listed)
        by_word, by_prefix, anywhere = index
        at = {*by_word.get(word, ()), *anywhere, *(i for prefix, i in by_prefix if word.startswith(prefix))}
        for i in sorted(at):  # the patterns whose start index has the word (in the group's order)
            specs, start = listed[i]
            first = specs[0]
            if not (first.wildcard or first.op or word in first.words
                    or (first.prefixes and word.startswith(first.prefixes))):  # fmt: skip
                continue  # a later token can be the word, but the first is required
            patterns.append(specs)
            follows.append(follow_after(start, word))
        if self._started > 50_000:  # a bound on what long runs remember (words met by a prefix)
            for table in self._by_start.values():
                table.clear()
            self._started = 0
        found = self._by_start[name][word] = Tried(word, patterns, self._need_index, follows, self._expressions)
        self._started += 1
        return found

    def _word(self, word: str) -> Starts:
        """What ``word`` can start (worked out the first time the word is met)."""
        follows: dict[str, Follow] = {}
        for name, follow in self._by_word.get(word, ()):
            merge(follows, name, follow)
        for prefix, name, follow in self._by_prefix:
            if word.startswith(prefix):
                merge(follows, name, follow)
        if not follows:
            found = NO_STARTS
        else:
            after: dict[str, list[str]] = {}
            for name, follow in follows.items():
                if follow is not None:
                    for next_word in follow[0]:
                        after.setdefault(next_word, []).append(name)
            found = Starts(tuple(name for name, follow in follows.items() if follow is None),
                            {next_word: tuple(names) for next_word, names in after.items()},
                            tuple((follow[1], name) for name, follow in follows.items() if follow and follow[1]))  # fmt: skip
        if len(self._word_starts) > _BOUND:
            self._word_starts.clear()
        self._word_starts[word] = found
        return found

    def candidates(self, text: Prepared) -> Mapping[str, list[int]]:
        """Per group, the tokens of ``text`` (in order) where one of its matches can start
        (:meth:`_candidates`, found once per text); a group absent has none."""
        return self._candidates(text)

    def _candidates(self, text: Prepared) -> dict[str, list[int]]:
        """Per group, the tokens (in order) where one of its matches can start: a first word
        or prefix of the group followed by a token that can come second (once per text).
        Each word's groups are looked up in C; a word that can start none is passed over
        there; only a word whose groups depend on the next token looks that up (kept per word
        and next word: most adverts share them). Words are keyed alone, not as pairs, since
        a word that starts nothing, or the same groups whatever follows, holds no next words."""
        found = text.memo.get(self)
        if found is not None:
            return found
        tokens = text.tokens
        found = defaultdict(list)
        groups_of = self._groups_of
        at = list(map(groups_of.get, tokens, repeat(_UNPAIRED)))  # () (falsy): the word starts none
        last = len(tokens) - 1
        for i, names in compress(enumerate(at), at):
            if names is _UNPAIRED:
                names = groups_of.get(tokens[i], _UNPAIRED)  # (met earlier in this text)
                if names is _UNPAIRED:
                    names = self._word_groups(tokens[i])
                if not names:
                    continue
            if names.__class__ is dict:
                next_word = tokens[i + 1] if i < last else ""
                by_next = names
                names = by_next.get(next_word)
                if names is None:
                    names = by_next.get(None)  # (a word whose next words that matter are all listed)
                    if names is None:
                        names = self._pair(tokens[i], next_word, by_next)
            for name in names:
                found[name].append(i)
        text.memo[self] = found
        return found

    def _word_groups(self, word: str) -> tuple[str, ...] | dict[str | None, tuple[str, ...]]:
        """What :meth:`_candidates` keeps for ``word``: its groups when what follows does not
        matter, else a dict of them by next word: where no next word's prefix adds groups, every
        next word that adds some, and under None those of any other; else the next words as
        met (holding the end of a text, "", at once)."""
        starts = self._word_starts.get(word)
        if starts is None:
            starts = self._word(word)
        if self._paired > _BOUND or len(self._groups_of) > _BOUND:
            self._groups_of.clear()
            self._paired = 0
        found: tuple[str, ...] | dict[str | None, tuple[str, ...]]
        if not starts.after and not starts.after_prefix:
            found = starts.anywhere
        elif not starts.after_prefix:
            # every next word that adds groups is known: listed at once, with the groups of any
            # other next word (the end of a text too) under None, so no next word met is kept
            # (nine in ten next words add none: kept one by one, they filled the table)
            anywhere = starts.anywhere
            found = {**starts.after} if not anywhere else {k: (*anywhere, *v) for k, v in starts.after.items()}
            found[None] = anywhere
            self._paired += len(found)
        else:
            found = {}
            self._pair(word, "", found)
        self._groups_of[word] = found
        return found

    def _pair(self, word: str, next_word: str, by_next: dict[str | None, tuple[str, ...]]) -> tuple[str, ...]:
        """The groups a match can start with ``word`` followed by ``next_word`` ("": the
        end), in the order :meth:`_candidates` lists them: any next token, then by next
        word, then by prefix of the next word; kept in ``by_next``, the word's dict."""
        starts = self._word_starts.get(word)
        if starts is None:
            starts = self._word(word)
        after = starts.after.get(next_word, ())
        names = (*starts.anywhere, *after, *(name for prefixes, name in starts.after_prefix
                                             if name not in after and next_word.startswith(prefixes)))  # fmt: skip
        by_next[next_word] = names
        self._paired += 1
        return names

    def matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """``{group: [(start token, end token), ...]}`` for one parsed block."""
        return {k: [(s, e) for _, s, e in v] for k, v in self.match_all([doc]).items()}


class SpacyPatternSet:
    """The same groups compiled into one spaCy ``Matcher`` (for tests and benchmarks)."""

    def __init__(self, groups: dict[str, Sequence[str]]):
        from spacy.matcher import Matcher

        self.matcher = Matcher(pipeline().vocab)
        for name, patterns in groups.items():
            compiled = [compile_pattern(e) for p in patterns for e in expand(p)]
            if compiled:
                self.matcher.add(name, compiled, greedy="LONGEST")

    def match_all(self, docs: Sequence[Doc]) -> dict[str, list[tuple[int, int, int]]]:
        found: dict[str, list[tuple[int, int, int]]] = {}
        for block, doc in enumerate(docs):
            strings = doc.vocab.strings
            for key, start, end in self.matcher(doc):
                found.setdefault(strings[key], []).append((block, start, end))
        for spans in found.values():
            spans.sort()
        return found

"""The pattern language (:class:`TokenSpec`, :func:`parse_pattern`) and the matcher
(:class:`PatternSet`) over a document's joined tokens (:class:`Prepared`).


Patterns are written in a small language so that rule data needs no Python (documented
for rule authors, with tested examples, in docs/authoring-rules.md):

- words separated by spaces match tokens, case-insensitively: ``lived experience``;
- ``a|b|c`` is one token that may be any of the alternatives: ``lived|living experience``;
- ``word~`` also matches its inflections: ``suffer~`` → suffer, suffers, suffered, suffering;
- ``word*`` matches any token starting with ``word``: ``aggress*``;
- a trailing ``?`` makes the token optional: ``the? mentally ill``;
- ``_`` is any one token, ``_{0,3}`` zero to three tokens;
- a straight apostrophe also matches the typographic one (``don't`` matches “don’t”);
- a dotted word matches in any case, however spaCy splits it: ``n.a.p.s.`` matches "N.A.P.S.";
- a hyphenated or apostrophised word is split as spaCy splits it: ``boundary-setting``;
  a ``~`` or ``*`` on it applies to its last piece: ``co-produc*`` → co-produced, co-production.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial, reduce
from itertools import compress, repeat
from operator import or_
from sys import intern
from time import perf_counter
from typing import TYPE_CHECKING, Any

from jdlint.spacy_pipeline import pipeline

if TYPE_CHECKING:  # imported lazily: spaCy costs half a second to import
    from spacy.tokens import Doc

_TOKEN = re.compile(r"^(?P<body>.+?)(?P<quant>\?|\{\d*,\d*\})?$")
_QUANTIFIER_END = re.compile(r"\{\d*,\d*\}\Z")


def _body_and_quantifier(raw: str) -> tuple[str, str]:
    """A word of a pattern split as :data:`_TOKEN` splits it: its body and its quantifier
    (``?``, ``{m,n}`` or ""), found from its last character (the expression tries every
    length of body, about 15,000 instructions a word)."""
    if "\n" in raw or not raw:
        m = _TOKEN.match(raw)
        return (m.group("body"), m.group("quant") or "") if m else ("", "")
    last = raw[-1]
    if last == "?" and len(raw) > 1:
        return raw[:-1], "?"
    if last == "}":
        m = _QUANTIFIER_END.search(raw)
        if m and m.start():
            return raw[: m.start()], m.group()
    return raw, ""


# Words that keep their final "e" before "-ing" besides those ending in "ee", "oe" or "ye"
# (seeing, canoeing, dyeing): British "ageing", "bingeing", "queueing", "routeing"; "cueing" and
# "glueing" stand beside "cuing" and "gluing".
_KEEP_E = frozenset({"age", "binge", "cue", "glue", "hinge", "queue", "route", "singe", "swinge", "tinge", "twinge", "whinge"})
_TAKES_ES = ("s", "x", "z", "ch", "sh", "o")  # the endings that take "-es" (buses, boxes, churches, goes)


def inflections(word: str) -> list[str]:
    """Generous inflections of a regular English noun or verb: over-generation is harmless to
    what matches, but every form is in the expressions that are compiled (about 1 us a
    character), so forms no English word has are left out: a word ending in "e" takes "-s"
    and "-d" (never "-es" or "-ed") and drops the "e" before "-ing" (but see :data:`_KEEP_E`);
    any other word takes "-ed" (never "-d") and "-es" only after s, x, z, ch, sh or o. A stem
    written without its "e" (``produc~``) is no stem for "-es": write the word whole."""
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        stem = word[:-1]
        forms = {word, word + "s", word + "d", stem + "ing"}
        if word.endswith(("ee", "oe", "ye")) or word in _KEEP_E:
            forms.add(word + "ing")
    elif word.endswith(_TAKES_ES):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        stem = word[:-1]
        forms |= {stem + "ies", stem + "ied"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return sorted(forms)


_SPLITS = re.compile(r"[-'’/.&]")  # characters spaCy may split a word at


def expand(source: str) -> list[str]:
    """Split alternatives that spaCy tokenises into several tokens into separate patterns.

    ``non-compliant|noncompliant`` → ``non-compliant`` and ``noncompliant``.
    """
    if not _SPLITS.search(source):
        return [source]  # most patterns: nothing to split, no dotted word
    if "|" not in source:
        return _dotted_cases(source)  # no alternatives to split
    words = source.split()
    for i, raw in enumerate(words):
        body = raw.rstrip("?")
        alternatives = body.split("|")
        if len(alternatives) > 1 and _SPLITS.search(body):  # ("|", "~", "*" and "?" split nothing)
            optional = raw.endswith("?")
            expanded = []
            for alt in alternatives:
                expanded.extend(expand(" ".join([*words[:i], alt, *words[i + 1 :]])))
            if optional and len(words) > 1:
                expanded.extend(expand(" ".join([*words[:i], *words[i + 1 :]])))
            return expanded
    return _dotted_cases(source)


def _dotted_cases(source: str) -> list[str]:
    """One pattern per way spaCy may split its dotted words: it keeps "N.A.P.S." and "Dr."
    whole but splits "n.a.p.s." and "dr." before the last dot, so a dotted word is matched as
    written, in capitals and capitalised."""
    if "." not in source:
        return [source]
    choices: list[list[str]] = []
    for raw in source.split():
        body, op = _body_and_quantifier(raw)
        if "." not in body or "|" in body or body.endswith(("~", "*")):
            choices.append([raw])
            continue
        forms: dict[tuple[str, ...], str] = {}
        for form in (body, body.upper(), body.capitalize()):
            forms.setdefault(tuple(t.lower_ for t in pipeline().tokenizer(form)), form + op)
        choices.append(list(forms.values()))
    if all(len(c) == 1 for c in choices):
        return [source]
    return [" ".join(words) for words in itertools.product(*choices)]


_UNSET: Any = object()  # (a slot not worked out yet, where None is a value)


@dataclass(frozen=True, slots=True)
class TokenSpec:
    """One token of a pattern: any of ``words``, or a word starting with one of ``prefixes``,
    or any token (``wildcard``); ``op`` is ``?`` or ``{m,n}`` or empty."""

    words: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    wildcard: bool = False
    op: str = ""
    # Made once per token when first asked (equal tokens are one object, see _token_specs) and
    # shared by every table that holds them: the start indexes, the steps and needed words of
    # _Tried. Slots, not an instance dict: a dict per token cost as much as the token's words.
    _kept_set: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _kept_step: tuple[_Step, int] | None = field(default=None, init=False, repr=False, compare=False)
    _kept_follow: Follow | Any = field(default=_UNSET, init=False, repr=False, compare=False)

    @property
    def word_set(self) -> frozenset[str]:
        """``words`` as a set."""
        found = self._kept_set
        if found is None:
            found = frozenset(self.words)
            object.__setattr__(self, "_kept_set", found)
        return found

    @property
    def step(self) -> tuple[_Step, int]:
        """The token as :class:`_Interpreted` tries it (:func:`_step`)."""
        found = self._kept_step
        if found is None:
            found = _step(self)
            object.__setattr__(self, "_kept_step", found)
        return found

    @property
    def follow(self) -> Follow:
        """What :func:`_follow` gives where this token, required, comes next: its words and
        its prefixes (sorted, once each)."""
        found = self._kept_follow
        if found is _UNSET:
            found = self.word_set, tuple(sorted(set(self.prefixes)))
            object.__setattr__(self, "_kept_follow", found)
        return found


def parse_pattern(source: str) -> list[TokenSpec]:
    """Parse one pattern string (without split alternatives, see :func:`expand`)."""
    specs: list[TokenSpec] = []
    for raw in source.split():
        try:
            specs += _token_specs(raw)
        except _BadQuantifier as exc:
            raise ValueError(f"bad quantifier {exc.args[0]} in {source!r}: the minimum is over the maximum") from None
    if not specs:
        raise ValueError(f"empty pattern: {source!r}")
    return specs


class _BadQuantifier(ValueError):
    """A ``{m,n}`` with the minimum over the maximum (reported with its whole pattern)."""


_INTERNED: dict[TokenSpec, TokenSpec] = {}  # every token parsed so far, once (see _token_specs)
_INTERNED_BOUND = 50_000  # emptied, with _token_specs's cache, before a pattern set is built past it (shipped: 3,300)


@lru_cache(maxsize=16_384)
def _token_specs(raw: str) -> tuple[TokenSpec, ...]:
    """The tokens one space-separated word of a pattern stands for (a split word stands for
    several). Kept per word: the shipped patterns' 15,700 words are 3,000 different ones. Equal
    tokens are one object (words written differently, "a|b" and "b|a", give equal tokens),
    so that patterns are told apart by their tokens' ids (:class:`PatternSet`), where
    hashing a token hashes its fields again. A token's words are interned as they are parsed
    (one string for a word, whichever tokens hold it: the shipped tokens' 11,300 words are
    4,200 different)."""
    interned = _INTERNED.setdefault
    return tuple(interned(spec, spec) for spec in _parsed_word(raw))


def _forget_parsing() -> None:
    """Empty what parsing keeps to build a pattern set (each word's tokens, each stem's
    inflections, the table of tokens): a built set holds the tokens it needs, and keeping
    the words' entries for a set that may never be built cost about a megabyte."""
    _INTERNED.clear()
    _token_specs.cache_clear()
    _inflected.cache_clear()


def _parsed_word(raw: str) -> tuple[TokenSpec, ...]:
    body, op = _body_and_quantifier(raw)
    if not body:
        return ()
    if op.startswith("{"):
        low, _, high = op[1:-1].partition(",")
        if high and int(high) < int(low or 0):
            raise _BadQuantifier(op)
    if body == "_":
        return (TokenSpec(wildcard=True, op=op),)
    alternatives = body.split("|")
    if len(alternatives) == 1 and _SPLITS.search(body):
        modifier = body[-1] if body.endswith(("*", "~")) else ""
        text = body[: len(body) - len(modifier)]
        if text[:1] in "'’":  # a clitic ("'ve", "'s"): spaCy splits it off the word before it
            pieces = [intern(t.lower_) for t in pipeline().tokenizer("x" + text)][1:]
        else:
            pieces = [intern(t.lower_) for t in pipeline().tokenizer(text)]
        if len(pieces) > 1 and (not modifier or pieces[-1].isalnum()):
            if op:
                raise ValueError(f"a split word cannot take a quantifier: {raw!r}")
            specs = [TokenSpec(words=(p,)) for p in pieces[:-1]]
            last = pieces[-1]
            if modifier == "~":
                specs.append(TokenSpec(words=_inflected(last)))
            elif modifier == "*":
                specs.append(TokenSpec(prefixes=(last,)))
            else:
                specs.append(TokenSpec(words=(last,)))
            return tuple(_either_apostrophe(spec) for spec in specs)
    words: list[str] = []
    prefixes: list[str] = []
    for alt in body.lower().split("|"):
        modifier = alt[-1:]
        if modifier == "~":
            words += _inflected(alt[:-1])
        elif modifier == "*":
            prefixes.append(intern(alt[:-1]))
        else:
            words.append(intern(alt))
    spec = TokenSpec(tuple(sorted(set(words))), tuple(prefixes), op=op)
    return (_either_apostrophe(spec) if "'" in body or "’" in body else spec,)


@lru_cache(maxsize=4096)
def _inflected(stem: str) -> tuple[str, ...]:
    """:func:`inflections`, kept per stem (a stem stands in many alternatives), interned."""
    return tuple(map(intern, inflections(stem)))


def _either_apostrophe(spec: TokenSpec) -> TokenSpec:
    """``n't`` also matches ``n’t``, and the other way round: adverts from Word and the web
    use the typographic apostrophe, patterns are typed with the straight one."""
    if not any("'" in w or "’" in w for w in (*spec.words, *spec.prefixes)):
        return spec

    def both(items: tuple[str, ...]) -> tuple[str, ...]:
        out = {v for w in items for v in (w, w.replace("’", "'"), w.replace("'", "’"))}
        return tuple(map(intern, sorted(out)))

    return TokenSpec(both(spec.words), both(spec.prefixes), spec.wildcard, spec.op)


def compile_pattern(source: str) -> list[dict[str, Any]]:
    """One pattern as a spaCy Matcher pattern (a list of token specs)."""
    out: list[dict[str, Any]] = []
    for spec in parse_pattern(source):
        op = {"OP": spec.op} if spec.op else {}
        if spec.wildcard:
            out.append(op)
        elif spec.prefixes:
            pattern = "^(?:" + "|".join([re.escape(p) for p in spec.prefixes] + [re.escape(w) + "$" for w in spec.words]) + ")"
            out.append({"LOWER": {"REGEX": pattern}, **op})
        elif len(spec.words) == 1:
            out.append({"LOWER": spec.words[0], **op})
        else:
            out.append({"LOWER": {"IN": list(spec.words)}, **op})
    return out


_BARRIER = "\u00b6"  # stands for white-space tokens and block boundaries; no pattern crosses it


def compile_regex(source: str | Sequence[TokenSpec]) -> str:
    """One pattern (a string, or its parsed tokens) as a regular expression over the
    lower-cased tokens joined by spaces (each token followed by one space)."""
    return "".join(map(_token_regex, parse_pattern(source) if isinstance(source, str) else source))


@lru_cache(maxsize=16_384)
def _token_regex(spec: TokenSpec) -> str:
    """One token of a pattern as a regular expression, with the space after it (kept per
    token: most stand in many patterns). A group only where one is needed (alternatives, a
    quantifier): ``re`` parses and compiles in Python, and each group costs it work."""
    if spec.wildcard:
        token = f"[^ {_BARRIER}]+ "
    else:
        alternatives = [re.escape(w) for w in sorted(spec.words, key=len, reverse=True)]
        alternatives += [re.escape(p) + "[^ ]*" for p in spec.prefixes]
        token = (alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")") + " "
    if not spec.op:
        return token
    return f"(?:{token}){spec.op.replace('{,', '{0,')}"


def _piece(lower: str) -> str:
    """A token as it stands in the joined text: white space is a barrier, and a space
    inside a token (never between tokens) becomes ``_``."""
    return lower.replace(" ", "_") if lower.strip() else _BARRIER


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

    @classmethod
    def of(cls, lowers: Sequence[Sequence[str]]) -> Prepared:
        pieces: list[str] = []
        blocks: list[int] = []
        firsts: list[int] = []
        for block, tokens in enumerate(lowers):
            firsts.append(len(pieces))
            pieces += tokens
            pieces.append(_BARRIER)
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
        return cls(joined, _piece_starts(joined) if pieces else [], blocks, firsts, pieces, frozenset(pieces))

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


Follow = tuple[frozenset[str], tuple[str, ...]] | None
"""What the token after a match's first token must be (words, prefixes); None: anything."""


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
class _Starts:
    """The groups a match can start with one word, by what comes next: ``anywhere`` (any
    next token), ``after`` (next token -> groups), ``after_prefix`` ((prefixes, group):
    a next token starting with one of the prefixes)."""

    anywhere: tuple[str, ...]
    after: dict[str, tuple[str, ...]]
    after_prefix: tuple[tuple[tuple[str, ...], str], ...]


_NO_STARTS = _Starts((), {}, ())


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


_ANY_NUMBER = 1 << 30  # the upper bound of ``{m,}``

_Step = tuple[frozenset[str], tuple[str, ...], bool, int, int]
"""A token of a pattern as :class:`_Interpreted` tries it: (words, prefixes, wildcard, least,
most times in a row)."""


def _step(spec: TokenSpec) -> tuple[_Step, int]:
    """The token as :class:`_Interpreted` tries it, and about how many characters its
    expression (:func:`_token_regex`) has."""
    low, high = 1, 1
    if spec.op == "?":
        low = 0
    elif spec.op:
        least, _, most = spec.op[1:-1].partition(",")
        low, high = int(least or 0), int(most) if most else _ANY_NUMBER
    size = 10 + sum(map(len, spec.words)) + len(spec.words) + sum(map(len, spec.prefixes)) + 7 * len(spec.prefixes)
    return (spec.word_set, spec.prefixes, spec.wildcard, low, high), size


def _steps_end(steps: Sequence[_Step], k: int, joined: str, pos: int) -> int:
    """Where a match of ``steps[k:]`` at ``pos`` ends in ``joined`` (-1: none), as the token's
    expression (:func:`_token_regex`) finds it: each token whole (a word, a word starting with
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
            if not (_BARRIER not in token if wildcard else token in words or (prefixes and token.startswith(prefixes))):
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
            if not (_BARRIER not in token if wildcard else token in words or (prefixes and token.startswith(prefixes))):
                break
            pos = after + 1
            ends.append(pos)
        for at in reversed(ends[low:]):
            end = _steps_end(steps, k + 1, joined, at)
            if end >= 0:
                return end
        return -1
    return pos


def _tried_as(specs: Sequence[TokenSpec]) -> tuple[tuple[bool, tuple[_Step, ...]], Follow, int]:
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


class _Interpreted:
    """Patterns (as :func:`_expression` takes them) matched token by token in Python, with the
    compiled expression's matches, in the first text that tries them; compiled (:meth:`compile`)
    when a second text tries them, or in the first once its tries have cost about what
    compiling would (the expression's size times :data:`_COMPILE_COST`). ``re`` compiles in
    Python, a millisecond or more an expression, where a try here costs a few microseconds
    (about ten times a compiled one): a process that checks one advert compiles next to
    nothing, and an expression only one advert of a batch needs (its own words) is never
    compiled, while one that comes back (the same advert again, a common word) is compiled
    once. (Compiling only once the tries in every text have cost what compiling would was
    measured too: slower for batches that meet an advert again.)

    A pattern whose first token is required is tried from the token after the word (as the
    expression does: the word is where it is tried), and only where that token can come
    second (:func:`_follow`), the patterns kept per next word."""

    __slots__ = ("_by_next", "_follows", "_promoted", "_steps", "_text", "budget", "compiled", "patterns", "spent")

    def __init__(self, patterns: Sequence[Sequence[TokenSpec]], promoted: list[int],
                 known: dict[int, tuple[tuple[bool, tuple[_Step, ...]], Follow, int]] | None = None):  # fmt: skip
        self.patterns = patterns
        self.compiled: _Match | None = None
        self._promoted = promoted  # counts compilations, so that choices holding this one are made again
        self._steps: list[tuple[bool, tuple[_Step, ...]]] = []  # per pattern: after the word?, its tokens
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
        self.budget = size * _COMPILE_COST  # seconds of tries in the first text before compiling
        self.spent = 0.0
        self._text = 0  # the id of the first text (a new text with the same id: compiled one text later)
        self._by_next: dict[str, tuple[tuple[bool, tuple[_Step, ...]], ...]] = {}

    def compile(self) -> _Match:
        if self.compiled is None:
            self.compiled = _expression(self.patterns).match
            self._promoted[0] += 1
        return self.compiled

    def __call__(self, joined: str, pos: int) -> re.Match[str] | _Found | None:
        if self.compiled is not None:
            return self.compiled(joined, pos)
        if self.spent >= self.budget or id(joined) != self._text:
            if self._text or self.spent >= self.budget:
                return self.compile()(joined, pos)
            self._text = id(joined)
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


_Match = Callable[[str, int], "re.Match[str] | None"]


def _first_match(matches: tuple[_Match, ...], text: str, pos: int) -> re.Match[str] | None:
    """The first of ``matches`` (patterns, in order) that matches at ``pos``: what their
    alternation would match there."""
    for match in matches:
        found = match(text, pos)
        if found is not None:
            return found
    return None


_UNCHOSEN: Any = object()


def _follow_after(start: StartIndex | None, word: str) -> Follow:
    """What the token after ``word`` must be where a pattern with the start index
    ``start`` starts with it (as :meth:`PatternSet._word` works it out for a group)."""
    if start is None:
        return None
    table: dict[str, Follow] = {}
    if word in start.words:
        _merge(table, "", start.words[word])
    for prefix, follow in start.prefixes.items():
        if word.startswith(prefix):
            _merge(table, "", follow)
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


class _NeedIndex:
    """A bit for each needed word set (:func:`_needs`) of a pattern set's patterns, the same
    bit wherever the set stands, and which of them a text holds: found once per text from
    its words (each word's bits: the sets that hold it), not per first word and group."""

    def __init__(self) -> None:
        self.bits: dict[frozenset[str], int] = {}
        self.sets: list[frozenset[str]] = []  # bit -> its set
        self.by_word: dict[str, int] = {}  # word -> the bits of the sets that hold it
        self.version = 0  # sets added so far (a text's answer is worked out again after one is)
        self._words: frozenset[str] = frozenset()  # by_word's words, as of _words_version
        self._words_version = 0

    def bit(self, need: frozenset[str]) -> int:
        found = self.bits.get(need)
        if found is None:
            found = self.bits[need] = len(self.bits)
            self.sets.append(need)
            for word in need:
                self.by_word[word] = self.by_word.get(word, 0) | 1 << found
            self.version += 1
        return found

    def held(self, text: Prepared) -> int:
        """The bits of the sets ``text`` holds a word of."""
        state = text.memo.get(self)
        if state is None or state[0] != self.version:
            if self._words_version != self.version:
                self._words, self._words_version = frozenset(self.by_word), self.version
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
        if self._words_version != self.version:
            self._words, self._words_version = frozenset(self.by_word), self.version
        firsts = text.firsts
        end = firsts[block + 1] if block + 1 < len(firsts) else len(text.tokens)
        words = self._words.intersection(text.tokens[firsts[block] : end])
        held = found[block] = reduce(or_, map(self.by_word.__getitem__, words), 0)
        return held


class _Expressions:
    """How a pattern set's lists of patterns are tried (:class:`_Interpreted`, then compiled),
    one for each list: the first words with the same patterns (the inflections and
    alternatives of their first token) share it, its tries and its compiled expression."""

    def __init__(self) -> None:
        self.by_patterns: dict[tuple[int, ...], _Interpreted] = {}  # the patterns' ids (the set keeps them) -> it
        self.known: dict[int, tuple[tuple[bool, tuple[_Step, ...]], Follow, int]] = {}  # a pattern's id -> how tried
        self.promoted = [0]  # expressions compiled so far (choices made before are made again)
        # (patterns' ids, their follows) -> (need index, what :class:`_Tried` makes of them: its _PLAN)
        self.plans: dict[tuple[tuple[int, ...], tuple[Follow, ...] | None], tuple[Any, ...]] = {}

    def of(self, patterns: Sequence[Sequence[TokenSpec]]) -> _Match:
        key = tuple(map(id, patterns))
        found = self.by_patterns.get(key)
        if found is None:
            found = self.by_patterns[key] = _Interpreted(patterns, self.promoted, self.known)
        return found if found.compiled is None else found.compiled


class _Tried:
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

    def __init__(self, word: str, patterns: list[Sequence[TokenSpec]], index: _NeedIndex | None = None,
                 follows: Sequence[Follow] | None = None, expressions: _Expressions | None = None):  # fmt: skip
        self.word = word
        self.patterns = patterns
        self.expressions = expressions if expressions is not None else _Expressions()
        self.whole: _Match = self.expressions.of(patterns)
        self._epoch = self.expressions.promoted[0]  # the compilations the kept choices knew of
        self.needs: list[tuple[int, frozenset[str]]] = []  # every needed word set, once, with its bit
        self.masks: list[int] = []  # per pattern: the bits of the needed word sets it holds
        self.bits = 0  # the bits of all of them
        if sum(map(_gaps, patterns)) < _GAPS:
            return  # the one expression is cheap: too little to spare for the work of choosing
        self.index = index if index is not None else _NeedIndex()
        self._each: dict[int | tuple[int, int], _Match] = {}  # pattern or run -> how it is tried alone
        self._waiting: list[_Interpreted] = []  # those of them not compiled when they were taken
        self._chosen: dict[int, _Match | None] = {}  # held sets (bits) -> how a match is tried
        self._by_chosen: dict[int, _Match | None] = {}
        self._skip = len(word) + 1  # from where a match starts to the next token
        # what follows depends on the patterns and their follows only: the first words with the
        # same (the inflections of a pattern's first word: "share", "shares", "sharing") share it,
        # made once (:attr:`_Expressions.plans`)
        key = (tuple(map(id, patterns)), None if follows is None else tuple(follows))
        plan = self.expressions.plans.get(key)
        if plan is not None and plan[0] is self.index:
            for name, value in zip(_Tried._PLAN, plan[1:], strict=True):
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
        self._requiring = [(1 << bit, requiring[bit]) for bit, _ in self.needs]
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
        if len(plans) >= _PLANS:
            plans.clear()  # a bound (new first words keep coming)
        plans[key] = (self.index, *(getattr(self, name) for name in _Tried._PLAN))

    # what a first word's patterns and their follows decide, shared by the words with the same
    # (never changed once made)
    _PLAN = ("masks", "bits", "needs", "_requiring", "follows", "runs", "_run_bits", "_all", "_follow_any",
             "_follow_words", "_follow_prefixes")  # fmt: skip

    def for_text(self, text: Prepared) -> _Match | None:
        """How a match is tried in ``text`` (``match(joined, pos)``): the whole expression, or
        the patterns the text can hold, in order; ``None`` where none can match. Which
        needed word sets the text holds is found once per text (:class:`_NeedIndex`)."""
        return self.for_held(self.index.held(text) if self.needs else 0)

    def for_held(self, held: int) -> _Match | None:
        """:meth:`for_text` where the text (or the block where a match is tried, whose
        matches stay in it) holds the needed word sets ``held`` (:class:`_NeedIndex` bits)."""
        whole = self.current()
        if not self.needs:
            return whole
        return self.chosen(held)

    def current(self) -> _Match:
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

    def chosen(self, held: int) -> _Match | None:
        """How a match is tried where the needed word sets ``held`` are held (after
        :meth:`current`), chosen once per set of them."""
        held &= self.bits
        chosen = self._chosen.get(held, _UNCHOSEN)
        if chosen is not _UNCHOSEN:
            return chosen
        ruled_out = 0  # a bit per pattern that needs a set the text does not hold
        for need, patterns in self._requiring:
            if not held & need:
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
        match = self._by_chosen.get(chosen, _UNCHOSEN)
        if match is _UNCHOSEN:
            match = self._tried_as(chosen)
        return None if match is None else match(joined, pos)

    def _following(self, next_word: str) -> int:
        """A bit for each pattern that can go on with ``next_word`` (:func:`_can_follow`)."""
        found = self._follow_any | self._follow_words.get(next_word, 0)
        for prefix, bit in self._follow_prefixes:
            if next_word.startswith(prefix):
                found |= bit
        return found

    def _tried_as(self, chosen: int) -> _Match | None:
        """How the patterns ``chosen`` (a bit each) are tried: the whole expression where they
        are all of them, else in order, each pattern with gaps on its own and each run of
        patterns without gaps between them as one expression (:attr:`runs`) where one of the
        run is chosen. A pattern of such a run that is not chosen cannot match here, so trying
        it with the others changes nothing, and a run's expression, tried once, costs about
        what one of its patterns does alone. Kept per set of chosen patterns."""
        if chosen == self._all:
            match: _Match | None = self.whole
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

    def _run(self, first: int, end: int) -> _Match:
        """How the patterns ``first`` to ``end`` are tried as one expression (:class:`_Expressions`)."""
        found = self._each.get((first, end))
        if found is None:
            found = self._each[(first, end)] = self.expressions.of(self.patterns[first:end])
            if found.__class__ is _Interpreted:
                self._waiting.append(found)  # type: ignore[arg-type]
        return found

    def _own(self, i: int) -> _Match:
        found = self._each.get(i)
        if found is None:
            found = self._each[i] = self.expressions.of(self.patterns[i : i + 1])
            if found.__class__ is _Interpreted:
                self._waiting.append(found)  # type: ignore[arg-type]
        return found


_BOUND = 20_000  # a bound on the words and word pairs a long run remembers (new words keep coming)
_PLANS = 10_000  # a bound on the plans of first words' patterns kept (see _Tried)
_UNPAIRED = ("",)  # a word's groups not worked out yet (truthy, unlike no groups)


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
        self._by_start: dict[str, dict[str, _Tried]] = {}
        self._block_safe: dict[str, bool] = {}  # can no token of the group match a barrier? (see match_block)
        if len(_INTERNED) > _INTERNED_BOUND:  # a long run that built many sets of new patterns
            _INTERNED.clear()  # (between builds: within one, equal tokens stay one object)
            _token_specs.cache_clear()
        shared: dict[tuple[int, Follow], tuple[StartIndex, TokenSpec]] = {}  # (see _start_index)
        for name, patterns in groups.items():
            parsed = [tuple(parse_pattern(e)) for p in patterns for e in expand(p)]
            if not parsed:
                continue
            parsed.sort(key=len, reverse=True)  # longest first (a stable sort, reversed or not)
            # a pattern written twice (or spelt out twice by expand) is tried once: where the
            # first did not match, the same tokens cannot (equal tokens are one object)
            parsed = list({tuple(map(id, specs)): specs for specs in parsed}.values())
            each = [_start_index([specs], shared) for specs in parsed]
            self.starts[name] = _merged(each)
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
        self._word_starts: dict[str, _Starts] = {}  # word -> what it can start (as met in documents)
        self._started = 0  # entries in _by_start
        # word -> the groups it can start: one tuple when the next token does not matter (most
        # words: () for none), else a dict by next word (never empty: "" ends a text)
        self._groups_of: dict[str, tuple[str, ...] | dict[str, tuple[str, ...]]] = {}
        self._paired = 0  # entries in _groups_of's dicts
        self._need_index = _NeedIndex()  # the needed word sets of the patterns chosen per text
        # per group, the patterns each first word or prefix can start (:func:`_first_words`, when first needed)
        self._first_words: dict[str, tuple[dict[str, tuple[int, ...]], list[tuple[str, int]], list[int]]] = {}
        self._expressions = _Expressions()  # how each list of patterns is tried (shared by first words)
        _forget_parsing()  # (equal tokens are one object within this set: all it needs)

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
        triggers = self.triggers.get(name, _UNCHOSEN)
        if triggers is _UNCHOSEN:
            triggers = self._triggers_of(name)
        if triggers is not None and triggers.isdisjoint(text.words):
            return []  # none of the words every match needs is in the document
        if self.starts[name] is None:
            joined = text.joined
            return text.token_spans(m.span() for m in self.regex(name).finditer(joined) if m.end() > m.start())
        return self._scan(text, name, at)

    def _triggers_of(self, name: str) -> frozenset[str] | None:
        """The group's :func:`_triggers`, worked out the first time they are asked for (a check
        asks for some of the groups)."""
        found = self.triggers[name] = _triggers([specs for specs, _ in self._patterns[name]])
        return found

    def can_match_block(self, name: str) -> bool:
        """Can :meth:`match_block` match the group one block at a time (its starts known, and
        no token of its patterns able to match the barrier that ends a block)?"""
        if self.starts.get(name) is None:
            return False
        safe = self._block_safe.get(name)
        if safe is None:
            safe = self._block_safe[name] = all(_stays_in_block(spec) for specs, _ in self._patterns[name] for spec in specs)
        return safe

    def may_start_in(self, text: Prepared, name: str, block: int, start: int = 0, end: int | None = None) -> bool:
        """Can a match of the group start in block ``block`` of ``text``, at one of its tokens
        ``start`` to ``end`` (``None``: to the block's end)? Where the group's starts are known,
        every match starts at one of its candidates (:meth:`_candidates`, found once per text);
        elsewhere the answer is yes."""
        if self.starts.get(name) is None:
            return True
        at = self._candidates(text).get(name)
        if not at:
            return False
        firsts = text.firsts
        first = firsts[block]
        if end is None:
            end = (firsts[block + 1] if block + 1 < len(firsts) else len(text.tokens)) - first
        i = bisect_left(at, first + start)
        return i < len(at) and at[i] < first + end

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
        triggers = self.triggers.get(name, _UNCHOSEN)
        if triggers is _UNCHOSEN:
            triggers = self._triggers_of(name)
        if triggers is not None and triggers.isdisjoint(text.words):
            return []
        return self._scan(text, name, at[lo:hi])

    def _scan(self, text: Prepared, name: str, at: list[int]) -> list[tuple[int, int, int]]:
        """The group's matches tried at the candidate tokens ``at``, left to right."""
        joined = text.joined
        starts, tokens, blocks, firsts = text.starts, text.tokens, text.blocks, text.firsts
        by_start = self._by_start[name]
        # first word -> how a match is tried there (None: it cannot start); a word whose
        # patterns are chosen by the words they need (:class:`_Tried`), in a group whose
        # matches stay in their block, chooses them per block (:meth:`_NeedIndex.held_in`)
        tried: dict[str, _Match | _Tried | None] = {}
        in_block = self.can_match_block(name)
        held: list[int] | None = None  # per block, the needed word sets it holds (-1: not found yet)
        out: list[tuple[int, int, int]] = []
        done = 0
        for token in at:
            pos = starts[token]
            if pos < done:
                continue
            word = tokens[token]
            matcher = tried.get(word, _UNCHOSEN)
            if matcher is _UNCHOSEN:
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
            if matcher.__class__ is _Tried:
                if held is None:
                    held = self._need_index.by_block(text)
                block = blocks[token]
                bits = held[block]
                if bits < 0:
                    bits = self._need_index.held_in(text, held, block)
                matcher = matcher._chosen.get(bits & matcher.bits, _UNCHOSEN)  # type: ignore[union-attr]
                if matcher is _UNCHOSEN:
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

    def _starting(self, name: str, word: str) -> _Tried:
        """What is tried where a match of the group can start with ``word``: its patterns that
        can start so, in the group's order (so the same pattern wins as with the whole group),
        as one expression (:func:`_expression`), and as one each when they have gaps
        (:class:`_Tried`). A pattern whose first token cannot be ``word`` cannot match there
        and is left out."""
        patterns: list[Sequence[TokenSpec]] = []
        follows: list[Follow] = []  # per pattern: what the token after ``word`` must be (None: anything)
        listed = self._patterns[name]
        index = self._first_words.get(name)
        if index is None:
            index = self._first_words[name] = _first_words(listed)
        by_word, by_prefix, anywhere = index
        at = {*by_word.get(word, ()), *anywhere, *(i for prefix, i in by_prefix if word.startswith(prefix))}
        for i in sorted(at):  # the patterns whose start index has the word (in the group's order)
            specs, start = listed[i]
            first = specs[0]
            if not (first.wildcard or first.op or word in first.words
                    or (first.prefixes and word.startswith(first.prefixes))):  # fmt: skip
                continue  # a later token can be the word, but the first is required
            patterns.append(specs)
            follows.append(_follow_after(start, word))
        if self._started > 50_000:  # a bound on what long runs remember (words met by a prefix)
            for table in self._by_start.values():
                table.clear()
            self._started = 0
        found = self._by_start[name][word] = _Tried(word, patterns, self._need_index, follows, self._expressions)
        self._started += 1
        return found

    def _word(self, word: str) -> _Starts:
        """What ``word`` can start (worked out the first time the word is met)."""
        follows: dict[str, Follow] = {}
        for name, follow in self._by_word.get(word, ()):
            _merge(follows, name, follow)
        for prefix, name, follow in self._by_prefix:
            if word.startswith(prefix):
                _merge(follows, name, follow)
        if not follows:
            found = _NO_STARTS
        else:
            after: dict[str, list[str]] = {}
            for name, follow in follows.items():
                if follow is not None:
                    for next_word in follow[0]:
                        after.setdefault(next_word, []).append(name)
            found = _Starts(tuple(name for name, follow in follows.items() if follow is None),
                            {next_word: tuple(names) for next_word, names in after.items()},
                            tuple((follow[1], name) for name, follow in follows.items() if follow and follow[1]))  # fmt: skip
        if len(self._word_starts) > _BOUND:
            self._word_starts.clear()
        self._word_starts[word] = found
        return found

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
                    names = self._pair(tokens[i], next_word, by_next)
            for name in names:
                found[name].append(i)
        text.memo[self] = found
        return found

    def _word_groups(self, word: str) -> tuple[str, ...] | dict[str, tuple[str, ...]]:
        """What :meth:`_candidates` keeps for ``word``: its groups when what follows does not
        matter, else a dict of them by next word (holding the end of a text, "", at once)."""
        starts = self._word_starts.get(word)
        if starts is None:
            starts = self._word(word)
        if self._paired > _BOUND or len(self._groups_of) > _BOUND:
            self._groups_of.clear()
            self._paired = 0
        if not starts.after and not starts.after_prefix:
            found: tuple[str, ...] | dict[str, tuple[str, ...]] = starts.anywhere
        else:
            found = {}
            self._pair(word, "", found)
        self._groups_of[word] = found
        return found

    def _pair(self, word: str, next_word: str, by_next: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
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


def _first_words(patterns: Sequence[tuple[Sequence[TokenSpec], StartIndex | None]]
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


def _stays_in_block(spec: TokenSpec) -> bool:
    """Can the token never match the barrier (:data:`_BARRIER`) that ends each block? A
    wildcard stops at it; a word or prefix could only be the barrier itself."""
    return spec.wildcard or not (_BARRIER in spec.words or _BARRIER.startswith(spec.prefixes))


def _triggers(patterns: Sequence[Sequence[TokenSpec]]) -> frozenset[str] | None:
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


def _merge(table: dict[str, Follow], key: str, follow: Follow) -> None:
    old = table.get(key, _UNCHOSEN)
    if old is _UNCHOSEN:
        table[key] = follow
    elif old is None or follow is None:
        table[key] = None
    elif old is not follow:  # (merged with itself a follow is the same: its prefixes are sorted, once each)
        table[key] = (old[0] | follow[0], tuple(sorted(set(old[1]) | set(follow[1]))))


def _start_index(patterns: Sequence[Sequence[TokenSpec]],
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
                _merge(words, word, follow)
            for prefix in spec.prefixes:
                _merge(prefixes, prefix, follow)
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
            parts.append(f"{_token_regex(first)}(?:{_alternation([p[1:] for p in patterns[i:j]])})")
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


def _merged(indexes: Sequence[StartIndex | None]) -> StartIndex | None:
    """The start index of a group from its patterns' own (as :func:`_start_index` of them
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
        found = joined.get(key, _UNCHOSEN)
        if found is _UNCHOSEN:
            found = joined[key] = _joined(follows)
        return found

    return StartIndex({k: join(f) for k, f in words.items()}, {k: join(f) for k, f in prefixes.items()})


def _joined(follows: list[Follow]) -> Follow:
    """What :func:`_merge` makes of ``follows`` merged one after another: ``None`` when one
    is, else their words and their prefixes (sorted) together."""
    if len(follows) == 1:
        return follows[0]
    if None in follows:
        return None
    if all(f is follows[0] for f in follows):
        return follows[0]  # (one follow, met again: patterns that start alike share theirs)
    return (frozenset().union(*[f[0] for f in follows]),  # type: ignore[index]
            tuple(sorted(set().union(*[f[1] for f in follows]))))  # type: ignore[index]  # fmt: skip


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

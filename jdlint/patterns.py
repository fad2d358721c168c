"""The pattern language: a pattern's tokens (:class:`TokenSpec`), parsed once
(:func:`parse_pattern`), as spaCy patterns and as regular expressions.

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from sys import intern
from typing import Any

from jdlint.spacy_pipeline import pipeline

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
    # Made once per token when first asked (equal tokens are one object, see token_specs) and
    # shared by every table that holds them: the start indexes, the steps and needed words of
    # Tried. Slots, not an instance dict: a dict per token cost as much as the token's words.
    _kept_set: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _kept_step: tuple[Step, int] | None = field(default=None, init=False, repr=False, compare=False)
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
    def step(self) -> tuple[Step, int]:
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
            specs += token_specs(raw)
        except _BadQuantifier as exc:
            raise ValueError(f"bad quantifier {exc.args[0]} in {source!r}: the minimum is over the maximum") from None
    if not specs:
        raise ValueError(f"empty pattern: {source!r}")
    return specs


class _BadQuantifier(ValueError):
    """A ``{m,n}`` with the minimum over the maximum (reported with its whole pattern)."""


INTERNED: dict[TokenSpec, TokenSpec] = {}  # every token parsed so far, once (see token_specs)


@lru_cache(maxsize=16_384)
def token_specs(raw: str) -> tuple[TokenSpec, ...]:
    """The tokens one space-separated word of a pattern stands for (a split word stands for
    several). Kept per word: the shipped patterns' 15,700 words are 3,000 different ones. Equal
    tokens are one object (words written differently, "a|b" and "b|a", give equal tokens),
    so that patterns are told apart by their tokens' ids (:class:`PatternSet`), where
    hashing a token hashes its fields again. A token's words are interned as they are parsed
    (one string for a word, whichever tokens hold it: the shipped tokens' 11,300 words are
    4,200 different)."""
    interned = INTERNED.setdefault
    return tuple(interned(spec, spec) for spec in _parsed_word(raw))


def forget_parsing() -> None:
    """Empty what parsing keeps to build a pattern set (each word's tokens, each stem's
    inflections, the table of tokens): a built set holds the tokens it needs, and keeping
    the words' entries for a set that may never be built cost about a megabyte."""
    INTERNED.clear()
    token_specs.cache_clear()
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


BARRIER = "\u00b6"  # stands for white-space tokens and block boundaries; no pattern crosses it


def compile_regex(source: str | Sequence[TokenSpec]) -> str:
    """One pattern (a string, or its parsed tokens) as a regular expression over the
    lower-cased tokens joined by spaces (each token followed by one space)."""
    return "".join(map(token_regex, parse_pattern(source) if isinstance(source, str) else source))


@lru_cache(maxsize=16_384)
def token_regex(spec: TokenSpec) -> str:
    """One token of a pattern as a regular expression, with the space after it (kept per
    token: most stand in many patterns). A group only where one is needed (alternatives, a
    quantifier): ``re`` parses and compiles in Python, and each group costs it work."""
    if spec.wildcard:
        token = f"[^ {BARRIER}]+ "
    else:
        alternatives = [re.escape(w) for w in sorted(spec.words, key=len, reverse=True)]
        alternatives += [re.escape(p) + "[^ ]*" for p in spec.prefixes]
        token = (alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")") + " "
    if not spec.op:
        return token
    return f"(?:{token}){spec.op.replace('{,', '{0,')}"


Follow = tuple[frozenset[str], tuple[str, ...]] | None
"""What the token after a match's first token must be (words, prefixes); None: anything."""


_ANY_NUMBER = 1 << 30  # the upper bound of ``{m,}``

Step = tuple[frozenset[str], tuple[str, ...], bool, int, int]
"""A token of a pattern as :class:`_Interpreted` tries it: (words, prefixes, wildcard, least,
most times in a row)."""


def _step(spec: TokenSpec) -> tuple[Step, int]:
    """The token as :class:`_Interpreted` tries it, and about how many characters its
    expression (:func:`token_regex`) has."""
    low, high = 1, 1
    if spec.op == "?":
        low = 0
    elif spec.op:
        least, _, most = spec.op[1:-1].partition(",")
        low, high = int(least or 0), int(most) if most else _ANY_NUMBER
    size = 10 + sum(map(len, spec.words)) + len(spec.words) + sum(map(len, spec.prefixes)) + 7 * len(spec.prefixes)
    return (spec.word_set, spec.prefixes, spec.wildcard, low, high), size

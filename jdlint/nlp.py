"""The spaCy side: one blank English pipeline with a sentencizer, a pattern language, negation.

Patterns are written in a small language so that rule data needs no Python:

- words separated by spaces match tokens, case-insensitively: ``lived experience``;
- ``a|b|c`` is one token that may be any of the alternatives: ``lived|living experience``;
- ``word~`` also matches its inflections: ``suffer~`` → suffer, suffers, suffered, suffering;
- ``word*`` matches any token starting with ``word``: ``aggress*``;
- a trailing ``?`` makes the token optional: ``the? mentally ill``;
- ``_`` is any one token, ``_{0,3}`` zero to three tokens;
- a hyphenated or apostrophised word is split as spaCy splits it: ``boundary-setting``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily: spaCy costs half a second to import
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_TOKEN = re.compile(r"^(?P<body>.+?)(?P<quant>\?|\{\d*,\d*\})?$")


@cache
def pipeline() -> Language:
    """The shared blank English pipeline with a sentencizer (no model download)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 20_000_000
    return nlp


def inflections(word: str) -> list[str]:
    """Generous inflections of a regular English noun or verb (over-generation is harmless)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "d"}
    if word.endswith("e"):
        stem = word[:-1]
        forms |= {stem + "ing", stem + "ed", word + "d"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        stem = word[:-1]
        forms |= {stem + "ies", stem + "ied"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return sorted(forms)


def expand(source: str) -> list[str]:
    """Split alternatives that spaCy tokenises into several tokens into separate patterns.

    ``non-compliant|noncompliant`` → ``non-compliant`` and ``noncompliant``.
    """
    words = source.split()
    for i, raw in enumerate(words):
        body = raw.rstrip("?")
        alternatives = body.split("|")
        if len(alternatives) > 1 and any(re.search(r"[-'’/.&]", a.rstrip("~*")) for a in alternatives):
            quant = raw[len(body) :]
            expanded = []
            for alt in alternatives:
                expanded.extend(expand(" ".join([*words[:i], alt + quant, *words[i + 1 :]])))
            return expanded
    return [source]


def compile_pattern(source: str) -> list[dict[str, Any]]:
    """Turn one pattern string (without split alternatives, see :func:`expand`) into a
    spaCy Matcher pattern (a list of token specs)."""
    specs: list[dict[str, Any]] = []
    for raw in source.split():
        m = _TOKEN.match(raw)
        if not m:
            continue
        body, quant = m.group("body"), m.group("quant")
        op: dict[str, str] = {}
        if quant == "?":
            op = {"OP": "?"}
        elif quant:
            op = {"OP": quant}
        if body == "_":
            specs.append({**op} if op else {})
            continue
        alternatives = body.split("|")
        if len(alternatives) == 1 and not body.endswith(("*", "~")) and re.search(r"[-'’/.&]", body):
            pieces = [t.lower_ for t in pipeline().tokenizer(body)]
            if len(pieces) > 1:
                if op:
                    raise ValueError(f"a split word cannot take a quantifier: {raw!r}")
                specs.extend({"LOWER": p} for p in pieces)
                continue
        words: list[str] = []
        prefixes: list[str] = []
        for alt in alternatives:
            alt = alt.lower()
            if alt.endswith("~"):
                words.extend(inflections(alt[:-1]))
            elif alt.endswith("*"):
                prefixes.append(re.escape(alt[:-1]))
            else:
                words.append(alt)
        if prefixes:
            pattern = "^(?:" + "|".join(prefixes + [re.escape(w) + "$" for w in words]) + ")"
            spec: dict[str, Any] = {"LOWER": {"REGEX": pattern}}
        elif len(words) == 1:
            spec = {"LOWER": words[0]}
        else:
            spec = {"LOWER": {"IN": sorted(set(words))}}
        specs.append({**spec, **op})
    if not specs:
        raise ValueError(f"empty pattern: {source!r}")
    return specs


class PatternSet:
    """Named groups of patterns compiled into one spaCy Matcher, run once per block."""

    def __init__(self, groups: dict[str, Sequence[str]]):
        from spacy.matcher import Matcher

        self.matcher = Matcher(pipeline().vocab)
        self.names: list[str] = []
        for name, patterns in groups.items():
            compiled = [compile_pattern(e) for p in patterns for e in expand(p)]
            if compiled:
                self.matcher.add(name, compiled, greedy="LONGEST")
                self.names.append(name)

    def matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """``{group name: [(start token, end token), ...]}`` for one parsed block."""
        found: dict[str, list[tuple[int, int]]] = {}
        strings = doc.vocab.strings
        for key, start, end in self.matcher(doc):
            found.setdefault(strings[key], []).append((start, end))
        for spans in found.values():
            spans.sort()
        return found


# --- negation ---------------------------------------------------------------------------

NEGATORS = frozenset({"not", "no", "never", "n't", "without", "neither", "nor", "none", "nothing"})
_CLAUSE_BREAK = frozenset({";", ":", "but", "however", "although", "though", "whereas", "while", "."})
_NEGATIVE_PREDICATES = frozenset(
    {"required", "necessary", "needed", "essential", "expected", "a", "mandatory", "compulsory"}
)


def negated(doc: Doc | Sequence[Token], start: int, end: int, window: int = 6) -> bool:
    """Is the match ``doc[start:end]`` in the scope of a negation?

    Looks back up to ``window`` tokens in the same sentence, stopping at a clause break
    ("you do **not** need a nursing qualification", "**no** formal qualifications"), and
    forward for a negated predicate ("lived experience is **not** required").
    """
    first = doc[start]
    sent_start = first.sent.start if hasattr(first, "sent") and first.doc.has_annotation("SENT_START") else 0
    i = start - 1
    steps = 0
    while i >= sent_start and steps < window:
        lower = doc[i].lower_
        if lower in _CLAUSE_BREAK or (lower == "," and steps > 2):
            break
        if lower in NEGATORS:
            return True
        i -= 1
        steps += 1
    sent_end = first.sent.end if hasattr(first, "sent") and first.doc.has_annotation("SENT_START") else len(doc)
    j = end
    limit = min(sent_end, end + 5)
    while j < limit:
        lower = doc[j].lower_
        if lower in _CLAUSE_BREAK or lower == ",":
            break
        if lower in NEGATORS and j + 1 < sent_end and doc[j + 1].lower_ in _NEGATIVE_PREDICATES:
            return True
        j += 1
    return False


def parse(texts: Iterable[str]) -> list[Doc]:
    """Parse many block texts in one batch (tokens and sentences)."""
    return list(pipeline().pipe(texts, batch_size=256))

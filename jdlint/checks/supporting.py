"""Supporting checks that need more than a phrase list: readability, acronyms,
gender-coded wording, senior peer roles, and adjacent roles that borrow peer language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from functools import cache

from jdlint.checks import CheckResult, Context, check
from jdlint.checks.kinds import clip
from jdlint.model import Finding, Fix, Span
from jdlint.registry import Rule

# A capital with no word character before it (``\b[A-Z]``, written capital first so the regex
# engine skips to capitals instead of trying ``\b`` at every character: a third of the time).
_ACRONYM = re.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z]?[A-Z]{1,5}s?)\b")
# Each byte to "A" (a capital), "a" (a small letter) or " " (anything else): the shape of a text's case.
_CASE_SHAPE = bytes(ord("A") if 65 <= c <= 90 else ord("a") if 97 <= c <= 122 else ord(" ") for c in range(256))


def _may_hold_acronyms(texts: list[str]) -> list[bool]:
    """For each text, could _ACRONYM match in it? It needs two capitals side by side or one
    letter apart ("MDT", "PhD"): looked for, in C, in the case shape of all the texts joined
    (one character, one byte: the encoder writes "?" for each non-ASCII one), before the
    expression's scan (which tries every capital; most paragraphs hold no acronym)."""
    shape = "\n".join(texts).encode("ascii", "replace").translate(_CASE_SHAPE)
    out = []
    start = 0
    for text in texts:
        end = start + len(text)
        out.append(shape.find(b"AA", start, end) >= 0 or shape.find(b"AaA", start, end) >= 0)
        start = end + 1
    return out


# A reference code: letters joined by digits or hyphens to an id (RB-PSW-0193, NW-OA-PSW-24,
# REQ587965, GS-06). Any acronym inside one is part of the code, not an acronym to spell out.
_CODE = re.compile(r"[A-Za-z0-9]+(?:[-_/.#][A-Za-z0-9]+)+|[A-Za-z]+[0-9][A-Za-z0-9]*")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_/.#")  # what _CODE matches
_WORD_EDGE = re.compile(r"[\w'’-]")  # a character that continues a word
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_EXPANSION = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,5}s?)\)")


@check("long_sentences", options={"max-words": int})
def long_sentences(rule: Rule, ctx: Context) -> CheckResult:
    """One finding per prose sentence over the limit (list items count as their own sentences)."""
    result = CheckResult()
    analysis = ctx.analysis
    limit = rule.option("max-words")
    for index, block in enumerate(ctx.document.blocks):
        if block.kind in ("heading", "table-cell", "header", "footer"):
            continue
        lowers = analysis.lowers(index)
        for start, end, start_char, end_char in analysis.sentences(index):
            if end - start <= limit:
                continue  # (no more words than tokens)
            words = sum(map(str.isalpha, lowers[start:end]))
            if words > limit:
                span = Span.of(ctx.document, index, start_char, end_char)
                result.findings.append(Finding(
                    rule.id, rule.name, rule.severity,  # type: ignore[arg-type]
                    rule.message.format(words=words), span,
                    Fix("rewrite", rule.fix,
                        original=block.text[start_char:end_char].strip()),
                ))  # fmt: skip
    return result


@check("reading_ease", options={"min-reading-ease": float, "min-words": int, "praise-reading-ease": float})
def reading_ease(rule: Rule, ctx: Context) -> CheckResult:
    """Flesch reading ease of the prose (paragraphs and list items, each its own sentence)."""
    result = CheckResult()
    pieces = []
    for block in ctx.document.blocks:
        if block.kind in ("paragraph", "list-item", "text-box"):
            text = block.text.strip()
            if text and text[-1] not in ".!?":
                text += "."
            pieces.append(text)
    prose = " ".join(pieces)
    least = rule.option("min-words")
    if len(prose.split(maxsplit=least)) < least:  # (fewer words than that: split no further than needed)
        return result
    from jdlint.readability import flesch_reading_ease

    ease = flesch_reading_ease(prose)
    if ease < rule.option("min-reading-ease"):
        result.findings.append(Finding(
            rule.id, rule.name, rule.severity, rule.message.format(score=round(ease)),  # type: ignore[arg-type]
            None, Fix("rewrite", rule.fix),
        ))  # fmt: skip
    elif ease >= rule.option("praise-reading-ease"):
        result.positives.append(f"Readable: Flesch reading ease {round(ease)} ({_ease_band(ease)})")
    return result


@cache
def acronym_data() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """The shipped acronym lists (``rules/data/acronyms.toml``): the known acronyms, the
    expansions jdlint can suggest, each keyed as :func:`_acronym_key` compares them, and the
    state and province codes that name a place after "Town, " ("Dayton, OH")."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "acronyms.toml").read_text("utf-8"))
    expansions: dict[str, str] = {}
    for acronym, full in data.get("expansions", {}).items():
        expansions.setdefault(_acronym_key(acronym), full)  # the first spelling listed wins
    places = frozenset(str(p) for p in data.get("places", ()))
    return frozenset(_acronym_key(a) for a in data["known"]), expansions, places


# what stands before a state or province code that names a place: a capitalised name and a
# comma ("Dayton, ", "Thunder Bay, ", "St. John's, ", "Winston-Salem, ")
_PLACE_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*,\s*\Z")

def _written_in_lower_case(word: str, text: str) -> bool:
    """Does ``word`` also stand in ``text`` as a whole word in lower case ("or" for "OR")?"""
    lower = word.lower()
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if (at == 0 or not _WORD_EDGE.match(text, at - 1)) and not _WORD_EDGE.match(text, end):
            return True
        at = text.find(lower, at + 1)
    return False


# a field's label in capitals, one word or more, that a colon closes ("PAY GRADE:"), and what
# opens a field on a line: its start, a tab, two spaces or a bar ("STATUS: Full-time     PAY: ...")
_LABEL_REST = re.compile(r"(?: [A-Z][A-Z&/]*)* ?:")
_FIELD_OPENS = re.compile(r"(?:\A|\n|\t| {2,}|\| ?)(?:[A-Z][A-Z&/]* )*\Z")


def _field_label(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word of a field's label in capitals ("SUMMARY:" opening a line, "PAY:"
    in "STATUS: Full-time     PAY: $19.50/hr", "GRADE" in "PAY GRADE: 112"): a label like a heading's
    words, not an acronym?"""
    return bool(_LABEL_REST.match(text, end)) and bool(_FIELD_OPENS.search(text, max(0, start - 40), start))


def _acronym_key(word: str) -> str:
    """``LGBTQ+`` → ``LGBTQ``, ``PSWs`` → ``PSW``, upper-cased: how acronyms are compared."""
    word = word.strip().rstrip("+")
    if len(word) > 2 and word.endswith("s") and word[-2].isupper():
        word = word[:-1]
    return word.upper()


def _in_code(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of a reference code (letters joined by digits or hyphens)?"""
    if (start == 0 or text[start - 1] not in _CODE_CHARS) and (end == len(text) or text[end] not in _CODE_CHARS):
        return False  # a code holding the letters would hold a digit or joiner next to them
    return _code_around(text, start, end)


def _code_around(text: str, start: int, end: int) -> bool:
    """The scan behind :func:`_in_code`: the code expression's matches around the letters."""
    for m in _CODE.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            code = m.group(0).rstrip(".")
            parts = re.split(r"[-_/.#]", code)
            if any(c.isdigit() for c in code):
                return True
            # three or more hyphen-joined capitals (NW-OA-PSW): a code, unlike "CMHT-based"
            # or two acronyms side by side ("CMHT/CRHT")
            return "-" in code and len(parts) > 2 and all(p.isupper() for p in parts)
    return False


def _ease_band(ease: float) -> str:
    """Flesch's own bands, from 50 up (under 50 is "difficult" and never praised)."""
    if ease >= 80:
        return "easy to read"
    if ease >= 70:
        return "fairly easy to read"
    if ease >= 60:
        return "plain English"
    return "fairly difficult, but not difficult"


@check("unexplained_acronyms")
def unexplained_acronyms(rule: Rule, ctx: Context) -> CheckResult:
    """The first use of each acronym that the advert never spells out.

    Not flagged: acronyms most readers know (``rules/data/acronyms.toml`` plus the project's
    ``known-acronyms``), reference codes (RB-PSW-0193, GS-06), roman numerals, and ordinary
    words in capitals (“OR”, “PEER”: the same word appears in lower case elsewhere)."""
    result = CheckResult()
    shipped, expansions, places = acronym_data()
    options = ctx.options
    project = {_acronym_key(str(a)) for a in (options.extra.get("known_acronyms", ()) if options else ())}
    known = shipped | project
    expanded = {_acronym_key(m.group(1)) for block in ctx.document.blocks if "(" in block.text
                for m in _EXPANSION.finditer(block.text)}  # fmt: skip
    whole: str | None = None  # every block's text, joined (built when first needed)
    ordinary: dict[str, bool] = {}  # capitalised word -> also written in lower case
    seen: set[str] = set()
    may_hold = _may_hold_acronyms([block.text for block in ctx.document.blocks])
    for index, block in enumerate(ctx.document.blocks):
        if block.kind in ("header", "footer") or not may_hold[index]:
            continue
        for m in _ACRONYM.finditer(block.text):
            word = m.group(1)
            key = _acronym_key(word)
            if key in seen or key in expanded or key in known:
                continue
            if not any(c.isupper() for c in word[1:]) or sum(c.isupper() for c in word) < 2:
                continue
            if _ROMAN.match(word) or (word.isupper() and len(word) > 5):
                continue  # "IV", "SUMMARY"
            if _field_label(block.text, m.start(), m.end()):
                continue  # "SUMMARY: ...", "STATUS: Full-time     PAY: $19.50/hr", "PAY GRADE: 112": a label
            if block.text.isupper() or (block.kind == "heading" and block.text.upper() == block.text):
                continue
            if _in_code(block.text, m.start(), m.end()):
                continue  # RB-PSW-0193, REQ587965
            if word in places and _PLACE_BEFORE.search(block.text, max(0, m.start() - 40), m.start()):
                continue  # "Dayton, OH", "Thunder Bay, ON": a place, not an acronym
            if word.isupper():
                if whole is None:
                    whole = "\n".join(block.text for block in ctx.document.blocks)
                if word not in ordinary:
                    ordinary[word] = _written_in_lower_case(word, whole)
                if ordinary[word]:
                    continue  # "3 OR 4 days", "FOR"
            seen.add(key)
            span = Span.of(ctx.document, index, m.start(), m.end())
            full = expansions.get(key, "")
            if full:
                fix = Fix("replace", f"{full} ({word})", original=word, where="at its first use")
            else:
                fix = Fix("replace", f"<full name> ({word})", original=word, where="at its first use")
            result.findings.append(Finding(
                rule.id, rule.name, rule.severity, rule.message.format(match=word), span, fix,  # type: ignore[arg-type]
            ))  # fmt: skip
    return result


@cache
def _gender_stems() -> tuple[tuple[tuple[str, ...], frozenset[str]], tuple[tuple[str, ...], frozenset[str]]]:
    """The masculine- and feminine-coded word lists, each as its stems (``aggress*``: every word
    that starts so) and its whole words (``active``)."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "gender_coded.toml").read_text("utf-8"))

    def split(listed: list[str]) -> tuple[tuple[str, ...], frozenset[str]]:
        return tuple(s[:-1] for s in listed if s.endswith("*")), frozenset(s for s in listed if not s.endswith("*"))

    return split(data["masculine"]), split(data["feminine"])


_GENDERED_BOUND = 65_536  # words sorted by gender kept across adverts (emptied past it: new words keep coming)
# Every word sorted so far, and those of them that are masculine- and feminine-coded: an advert's
# words are looked up together, as sets (a cached call per distinct word, and a regex of every
# stem tried on each new word, cost 1.4 % of a new advert)
_SORTED: set[str] = set()
_MASCULINE: set[str] = set()
_FEMININE: set[str] = set()


def _gendered(words: AbstractSet[str]) -> tuple[set[str], set[str]]:
    """The masculine- and feminine-coded words among ``words`` (:func:`_word_counts`' words:
    lower-case ASCII letters and hyphens), a word masculine when it starts with a masculine stem
    or is a masculine word, else feminine the same way. The words not met before are sorted and
    kept in :data:`_SORTED`; the rest are read from the kept sets."""
    new = set(words).difference(_SORTED)  # (a set's difference goes over the smaller side)
    if new:
        if len(_SORTED) + len(new) > _GENDERED_BOUND:
            _SORTED.clear()
            _MASCULINE.clear()
            _FEMININE.clear()
            new = set(words)  # (all sorted again: the kept ones were just forgotten)
        (m_stems, m_words), (f_stems, f_words) = _gender_stems()
        for word in new:
            if word.startswith(m_stems) or word in m_words:
                _MASCULINE.add(word)
            elif word.startswith(f_stems) or word in f_words:
                _FEMININE.add(word)
        _SORTED.update(new)
    return _MASCULINE.intersection(words), _FEMININE.intersection(words)


_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
# A byte table: ASCII letters and "-" kept, every other byte to a space (see _word_counts).
_NOT_WORD = bytes(c if c < 128 and (chr(c).isalpha() or c == ord("-")) else ord(" ") for c in range(256))


def _word_counts(text: str) -> Counter[str]:
    """How often each _WORD occurs in ``text`` (lower case), without the regex's scan (which
    tries each character in Python's regex engine): every character that cannot be in a
    _WORD becomes a space (non-ASCII ones a "?" first, by the encoder), the runs of letters and
    hyphens left are split, and a _WORD is such a run without its leading hyphens, two
    characters or more. Under half the time of ``findall``."""
    kept = text.encode("ascii", "replace").translate(_NOT_WORD).decode("ascii")
    runs = Counter(kept.split())
    odd = [run for run in runs if run[0] == "-" or len(run) < 2]  # "-", "a", "-well-being"
    for run in odd:
        n = runs.pop(run)
        word = run.lstrip("-")
        if len(word) >= 2:
            runs[word] += n
    return runs


@check("gender_coded")
def gender_coded(rule: Rule, ctx: Context) -> CheckResult:
    """Masculine-coded words outnumbering feminine-coded ones (Gaucher, Friesen and Kay 2011)."""
    result = CheckResult()
    # Count the words of the whole text in one pass, and look each distinct word up once.
    counts = _word_counts("\n".join(block.text for block in ctx.document.blocks).lower())
    masculine_words, feminine_words = _gendered(counts.keys())
    masculine = {w: counts[w] for w in masculine_words}
    count_f = sum(counts[w] for w in feminine_words)
    count_m = sum(masculine.values())
    if count_m >= 3 and count_m > count_f + 1:
        first = next((index, m.start(), m.end()) for index, block in enumerate(ctx.document.blocks)
                     for m in _WORD.finditer(block.text) if m.group(0).lower() in masculine)  # fmt: skip
        index, start, end = first
        words = sorted(masculine)
        result.findings.append(Finding(
            rule.id, rule.name, rule.severity,  # type: ignore[arg-type]
            rule.message.format(masculine=count_m, feminine=count_f, words=", ".join(words[:8])),
            Span.of(ctx.document, index, start, end),
            Fix("rewrite", rule.fix, original=", ".join(words[:8])),
        ))  # fmt: skip
    return result


@check("senior_peer_supervision")
def senior_peer_supervision(rule: Rule, ctx: Context) -> CheckResult:
    """A senior peer role should ask for evidence of peer supervision or reflective practice."""
    result = CheckResult()
    analysis = ctx.analysis
    hits = analysis.hits(f"{rule.group}:expect")
    if hits:
        result.positives.append(f"Senior peer role asks for peer supervision or reflective practice: “{clip(analysis.sentence_span(hits[0]).text)}”")
        return result
    result.findings.append(Finding(rule.id, rule.name, rule.severity, rule.message, None,  # type: ignore[arg-type]
                                   Fix("add", rule.fix, where=rule.where)))  # fmt: skip
    return result


@check("adjacent_role_note")
def adjacent_role_note(rule: Rule, ctx: Context) -> CheckResult:
    """An adjacent (non-peer) role that mentions lived experience or peer work gets a note."""
    result = CheckResult()
    analysis = ctx.analysis
    hits = analysis.hits("lex:lived-experience") + analysis.hits("lex:peer-role-noun")
    if hits:
        hit = min(hits, key=lambda h: (h.block, h.start))
        result.findings.append(Finding(rule.id, rule.name, rule.severity, rule.message.format(match=hit.text),  # type: ignore[arg-type]
                                       analysis.sentence_span(hit), Fix("add", rule.fix, where=rule.where)))  # fmt: skip
    return result

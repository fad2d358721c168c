"""The two data-driven check kinds: ``phrase`` (flag what is there) and ``missing`` (flag
what is not)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from jdlint.analysis import Analysis, Hit
from jdlint.checks import CheckResult, Context
from jdlint.model import Finding, Fix
from jdlint.registry import Rule


def match_case(replacement: str, original: str) -> str:
    """Give ``replacement`` the capitalisation of ``original``."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def run_phrase(rule: Rule, ctx: Context) -> CheckResult:
    """One finding per match (per document with ``per_document``), unless an ``unless``
    pattern overlaps it or it is part of a proper name."""
    analysis = ctx.analysis
    result = CheckResult()
    taken: set[Hit] = set()  # wider forms already reported (two matches in one form: one finding)
    for hit in analysis.hits(rule.group):
        if analysis.overlaps(f"{rule.group}:unless", hit):
            continue
        if in_proper_name(analysis, hit):
            continue
        sentence = analysis.sentence_span(hit)
        fix = None
        if rule.replace:
            replacement = rule.replace
            form = wider_form(rule, analysis, hit)
            if form is not None:
                if form[0] in taken:
                    continue
                taken.add(form[0])
                hit, replacement = form
            fix = Fix(
                action="replace",
                text=match_case(replacement, hit.text),
                original=hit.text,
                where=f"in the sentence “{clip(sentence.text)}”",
            )
        elif rule.fix:
            fix = Fix(action="remove", text=rule.fix, original=hit.text, where=rule.where)
        message = rule.message.format(match=hit.text, replace=fix.text if fix else "")
        result.findings.append(
            Finding(rule.id, rule.name, rule.severity, message, analysis.hit_span(hit), fix)  # type: ignore[arg-type]
        )
        if rule.per_document:
            break
    return result


def wider_form(rule: Rule, analysis: Analysis, hit: Hit) -> tuple[Hit, str] | None:
    """The first of the rule's ``[forms]`` whose match holds ``hit``, with its replacement."""
    for i, (_, replacement) in enumerate(rule.forms):
        for form in analysis.hits_in_block(f"{rule.group}:form{i}", hit.block):
            if form.start <= hit.start and hit.end <= form.end:
                return form, replacement
    return None


def run_missing(rule: Rule, ctx: Context) -> CheckResult:
    """A finding when no ``expect`` pattern matches (outside negation); a milder one when
    only a ``weak`` pattern does."""
    analysis = ctx.analysis
    result = CheckResult()
    # the matches outside negation, each negation scan made only when the one before is done
    found = (h for h in analysis.hits(f"{rule.group}:expect") if not analysis.negated(h))
    first = next(found, None)
    if first is not None:
        if rule.positive:
            evidence = next((h for h in chain((first,), found) if supports_positive(rule, ctx, h)), None)
            if evidence is not None:
                result.positives.append(f"{rule.positive}: “{clip(analysis.sentence_span(evidence).text)}”")
        return result
    weak = [h for h in analysis.hits(f"{rule.group}:weak") if not analysis.negated(h)]
    where = suggest_place(ctx, rule.sections) or rule.where
    text = fitting_fix(rule, analysis)
    fix = Fix(action="add", text=text, where=where) if text else None
    if weak and rule.weak_message:
        span = analysis.sentence_span(weak[0])
        result.findings.append(
            Finding(rule.id, rule.name, "info", rule.weak_message.format(match=weak[0].text), span, fix)
        )
        return result
    result.findings.append(Finding(rule.id, rule.name, rule.severity, rule.message, None, fix))  # type: ignore[arg-type]
    return result


def fitting_fix(rule: Rule, analysis: Analysis) -> str:
    """The rule's fix in the words that fit the advert: the ``[fix_if]`` text of the first
    lexicon group the advert says (outside negation), else ``fix``."""
    for group, text in rule.fix_if:
        if any(not analysis.negated(h) for h in analysis.hits(group)):
            return text
    return rule.fix


def supports_positive(rule: Rule, ctx: Context, hit: Hit) -> bool:
    """May ``hit`` (a match of the rule's ``expect``) be quoted as evidence of its positive?

    Not a question; not a duty ("Participate in staff meetings and training") unless the
    sentence also offers something; and, when the rule has ``positive_needs``, the sentence
    says one of them (a sentence under a heading such as "What we offer" counts as offering).
    """
    analysis = ctx.analysis
    if analysis.is_question(hit):
        return False
    s_start, _ = analysis.sentence_bounds(hit)
    # each group is matched only when the answer turns on it (a sentence that opens with no
    # duty and a rule that needs no offer never ask for the offer frame)
    opening = any(h.start <= s_start + 1 for h in analysis.hits_in_sentence("lex:duty-opening", hit))
    offered: bool | None = None
    if opening:
        offered = bool(analysis.hits_in_sentence("lex:offer-frame", hit))
        if not offered:
            return False
    if not rule.positive_needs:
        return True
    for need in rule.positive_needs:
        if need == "lex:offer-frame":
            if offered is None:
                offered = bool(analysis.hits_in_sentence("lex:offer-frame", hit))
            if offered or under_offer_heading(ctx, hit.block):
                return True
        if need.startswith("lex:") and need != "lex:offer-frame" and analysis.hits_in_sentence(need, hit):
            return True
    return bool(analysis.hits_in_sentence(f"{rule.group}:positive", hit))


def under_offer_heading(ctx: Context, block: int) -> bool:
    """Does ``block`` sit under a heading such as "What we offer" or "Benefits"?"""
    blocks = ctx.document.blocks
    above = set(blocks[block].section)
    for index in range(block - 1, -1, -1):
        if not above:
            break
        if blocks[index].kind == "heading" and blocks[index].text in above:
            if ctx.analysis.hits_in_block("lex:offer-heading", index):
                return True
            above.discard(blocks[index].text)
    return False


def suggest_place(ctx: Context, sections: tuple[str, ...]) -> str:
    """“under the heading ‘What we offer’” for the first heading that matches one of
    ``sections`` (regular expressions, case-insensitive, best first); empty when none does."""
    headings = [b.text for b in ctx.document.blocks if b.kind == "heading"]
    lowered = [h.lower() if h.isascii() else None for h in headings]
    for wanted in sections:
        pattern, twin = _section_expressions(wanted)
        for heading, low in zip(headings, lowered, strict=True):
            if (twin.search(low) if twin is not None and low is not None else pattern.search(heading)):
                return f"under the heading “{heading}”"
    return ""


@lru_cache(maxsize=256)
def _section_expressions(wanted: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A section expression compiled case-insensitively, and its case-sensitive twin for ASCII
    headings in lower case, or ``None``: the twin has the same matches there (an ASCII pattern
    without a capital, ``\\S`` or ``[A-Z]`` being capitals: in ASCII, ``re.I`` matches a letter where
    its lower case matches), and it skips to the places its first letters stand, where ``re.I``
    tries every place of the heading (the searches were 0.9 % of a new advert's samples)."""
    pattern = re.compile(wanted, re.IGNORECASE)
    return pattern, re.compile(wanted) if wanted.isascii() and wanted == wanted.lower() else None


def in_proper_name(analysis: Analysis, hit: Hit) -> bool:
    """A match inside a Capitalised Name (“Narcotics Anonymous”, “Voices of Hope”)."""
    doc = analysis.docs[hit.block]
    tokens = doc[hit.start : hit.end]
    if not all(t.text[:1].isupper() for t in tokens if t.is_alpha):
        return False
    if analysis.starts_sentence(hit.block, hit.start):
        after = doc[hit.end] if hit.end < len(doc) else None
        return bool(after is not None and after.text[:1].isupper() and after.is_alpha)
    before = doc[hit.start - 1]
    after = doc[hit.end] if hit.end < len(doc) else None
    cap_before = (before.is_alpha and before.text[:1].isupper()) or (
        before.lower_ == "of" and hit.start >= 2 and doc[hit.start - 2].text[:1].isupper()
    )
    cap_after = after is not None and after.is_alpha and after.text[:1].isupper()
    return bool(cap_before or cap_after)


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

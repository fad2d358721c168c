"""Helpers every clear-soil verdict uses: the word lists (rules/data/criteria.toml), the
lexicon matches of a group and how strong their evidence is, clause and sentence bounds,
lines continued on the next block, whose a possessive is, and the verdict a check returns.

This module imports no criterion module.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from jdlint.analysis import Analysis, Hit
from jdlint.checks import CheckResult
from jdlint.model import Finding, Fix, Span, Verdict
from jdlint.registry import Rule


@cache
def words() -> CriteriaWords:
    """The word lists in rules/data/criteria.toml (loaded once)."""
    data = tomllib.loads(resources.files("jdlint.rules").joinpath("data", "criteria.toml").read_text("utf-8"))
    sets = {name: frozenset(w.lower() for w in values) for name, values in data["words"].items()}
    kinds = tuple((label, tuple(stems)) for label, stems in data["kinds"].items())
    headings = data.get("headings", {})
    return CriteriaWords(sets, kinds, tuple(headings.get("essential", ())), tuple(headings.get("desirable", ())),
                         dict(data.get("principle-fixes", {})))  # fmt: skip


@dataclass(frozen=True)
class CriteriaWords:
    """Word sets by name (``served``, ``worker``, ``serve-verbs`` ...), kinds of lived
    experience with their stems, and extra requirement headings."""

    sets: dict[str, frozenset[str]]
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    essential_headings: tuple[str, ...] = ()
    desirable_headings: tuple[str, ...] = ()
    principle_fixes: dict[str, str] | None = None

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.sets[name]


def hits(analysis: Analysis, group: str) -> list[Hit]:
    """A lexicon group's matches, without those inside a template's [placeholder]."""
    key = f"hits:{group}"
    cached = analysis.memo.get(key)
    if cached is None:
        cached = [h for h in analysis.hits(f"lex:{group}") if not in_placeholder(analysis, h)]
        analysis.memo[key] = cached
    return cached  # type: ignore[return-value]


def weak_evidence(analysis: Analysis, hit: Hit) -> int:
    """How poor a match's sentence is as evidence: 0 a statement, 1 a question ("Do you
    have...?"), 2 a heading or a slogan (a short line of its own: "Hope. Recovery.")."""
    block = analysis.document.blocks[hit.block]
    if block.kind == "heading":
        return 2
    short = len(block.text) <= 80
    if short and block.kind != "table-cell" and len(block.text.split()) <= 3:
        return 2  # a label on a line of its own ("Interview date", "Shortlisting")
    if short and block.kind == "paragraph" and title_like(block.text):
        return 2  # a title line ("Lived Experience Peer Cadet Program")
    if short and block.kind == "paragraph":
        s_start, s_end = analysis.sentence_bounds(hit)
        sentence_words = sum(1 for t in analysis.lowers(hit.block)[s_start:s_end] if t[:1].isalpha())
        block_words = sum(1 for t in analysis.lowers(hit.block) if t[:1].isalpha())
        if block_words <= 6 and sentence_words <= 4:
            return 2
    return 1 if analysis.is_question(hit) else 0


def title_like(text: str) -> bool:
    """A short line in Title Case without closing punctuation: a title, not a sentence."""
    text = text.strip()
    if not text or text[-1] in ".!?:;," or len(text.split()) > 8:
        return False
    long_words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def by_evidence(analysis: Analysis, items: list, hit=lambda item: item) -> list:
    """``items`` (matches, or things holding one) with the best evidence first: statements,
    then questions, then headings and slogans; document order within each (stable)."""
    return sorted(items, key=lambda item: weak_evidence(analysis, hit(item)))


def best_evidence(analysis: Analysis, found: Iterable[Hit]) -> Hit | None:
    """The first of ``by_evidence(analysis, found)`` (the first statement, else the first
    question, ...), without sorting them all: the first statement ends the search (and, of
    a generator, the matches after it are never judged)."""
    best: Hit | None = None
    weakest = 3
    for hit in found:
        weak = weak_evidence(analysis, hit)
        if weak < weakest:
            best, weakest = hit, weak
            if not weak:
                break
    return best


def in_placeholder(analysis: Analysis, hit: Hit) -> bool:
    """Is the match inside square brackets ("[Brief statement - e.g., ...]"), a template's
    placeholder rather than the advert's content?"""
    text = analysis.document.blocks[hit.block].text
    if "[" not in text:
        return False
    opened = text.rfind("[", 0, hit.char_start)
    if opened < 0 or text.rfind("]", 0, hit.char_start) > opened:
        return False
    closed = text.find("]", hit.char_end)
    return closed >= 0 and text.find("[", hit.char_end, closed) < 0


def clause_bounds(analysis: Analysis, hit: Hit) -> tuple[int, int]:
    """Token bounds of the clause that holds ``hit`` (sentence cut at ; but however ...): from
    the last clause break before the match to the first after it, within its sentence."""
    start, end = analysis.sentence_bounds(hit)
    breaks = _clause_breaks(analysis, hit.block)
    if not breaks:
        return start, end
    at = bisect_left(breaks, hit.start)  # breaks[at - 1] is the last before the match
    left = breaks[at - 1] + 1 if at and breaks[at - 1] >= start else start
    at = bisect_left(breaks, hit.end, at)
    right = breaks[at] if at < len(breaks) and breaks[at] < end else end
    return left, right


def _clause_breaks(analysis: Analysis, block: int) -> list[int]:
    """The block's clause-break tokens, in order (found once per block: a check asks for the
    clauses of many matches)."""
    found: dict[int, list[int]] = analysis.memo.setdefault("clause-breaks", {})  # type: ignore[assignment]
    breaks = found.get(block)
    if breaks is None:
        lowers = analysis.lowers(block)
        marks = words()["clause-breaks"]
        breaks = found[block] = [] if marks.isdisjoint(lowers) else [i for i, t in enumerate(lowers) if t in marks]
    return breaks


def continued_in(analysis: Analysis, block: int) -> int | None:
    """The next block, when it is the rest of the sentence that ``block`` ends, wrapped or split
    into a list item or a line of its own: both are paragraphs or both list items, in one section;
    ``block`` ends without closing punctuation and the next goes on in lower case, after an open
    word (:func:`_split_sentence`: "This post is only open to people with" / "personal lived
    experience of ...") or with a word that completes a noun (`continuation-openers` in
    rules/data/criteria.toml: "Must have at least two years of continuous recovery" / "from a
    substance use disorder.")."""
    if not continues_on_next_line(analysis, block, lower=False):
        return None
    second, text = analysis.document.blocks[block + 1], analysis.document.blocks[block].text.rstrip()
    w = words()
    if text.rsplit(None, 1)[-1].lower() in w["open-words"]:
        return block + 1  # (a name may go on in capitals: "a presentation to our" / "Recovery Community Council.")
    opener = next((t for t in analysis.lowers(block + 1) if t.strip()), "")
    return block + 1 if second.text.lstrip()[:1].islower() and opener in w["continuation-openers"] else None


def continuation_of(analysis: Analysis, hit: Hit) -> tuple[int, int] | None:
    """``(block, end token)`` of the first sentence of the block that goes on with the sentence
    of ``hit`` (:func:`continued_in`), when that sentence is the last of its block."""
    _, s_end = analysis.sentence_bounds(hit)
    if any(t[:1].isalnum() for t in analysis.lowers(hit.block)[s_end:]):
        return None
    nxt = continued_in(analysis, hit.block)
    if nxt is None:
        return None
    sentences = analysis.sentences(nxt)
    return nxt, (sentences[0][1] if sentences else len(analysis.lowers(nxt)))


def possessive_owner(lowers: list[str], at: int, start: int, w: CriteriaWords) -> str | None:
    """Whose is the possessive at ``at``: ``worker``, ``served`` or ``None`` (no one named
    before it in the sentence). "people", "individuals" are served after a serving verb
    ("support people to ... their"), else the applicants ("people who ... their")."""
    for i in range(at - 1, start - 1, -1):
        word = lowers[i]
        if word in w["ambiguous-people"]:
            verbs = lowers[max(start, i - 3) : i]
            if not w["staff-development"].isdisjoint(lowers[max(start, i - 5) : i]):
                return "worker"  # "supervision that helps people think about how they share their story"
            return "served" if any(v in w["serve-verbs"] for v in verbs) else "worker"
        if word in w["worker"]:
            return "worker"
        if word in w["served"]:
            if word in w["member-nouns"] and i > start and lowers[i - 1] in w["staff-member-words"]:
                return "worker"  # "support team members to share their stories": colleagues
            return "worker" if sought(lowers[max(start, i - 3) : i], w) else "served"
    return None


def sought(before: list[str], w: CriteriaWords) -> bool:
    """Do the words before a people noun make them the ones the advert seeks ("looking for
    veterans who have their own ...", "seeking parents who ...")? Not after a serving verb
    nearer the noun ("looking to support veterans who ...")."""
    for word in reversed(before):
        if word in w["serve-verbs"] and word != "with":
            return False
        if word in w["seek-words"]:
            return True
    return False


def continues_on_next_line(analysis: Analysis, block: int, lower: bool = True) -> bool:
    """Can ``block``'s last sentence go on in the next block, one sentence wrapped over two PDF
    lines or list items? Both are paragraphs or both list items of one section, ``block`` without
    closing punctuation (".!?:;"), the next starting in lower case ("Two years in human services
    may substitute" / "for lived experience."); with ``lower`` false, the next only not empty
    (:func:`continued_in` reads its first word itself)."""
    blocks = analysis.document.blocks
    if block + 1 >= len(blocks):
        return False
    first, second = blocks[block], blocks[block + 1]
    text = first.text.rstrip()
    goes_on = second.text.lstrip()[:1].islower() if lower else bool(second.text.strip())
    return first.kind in ("paragraph", "list-item") and second.kind == first.kind and first.section == second.section \
        and bool(text) and text[-1] not in ".!?:;" and goes_on


def own_clause_between(analysis: Analysis, block: int, a: int, b: int) -> bool:
    """Is there a clause break between tokens ``a`` and ``b`` of ``block``, so that what follows
    is a clause of its own: a word of `vacancy-clause-breaks`, a spaced dash (dashes are
    normalised to hyphens: not "self-harm"), or "and" before a new subject ("..., and you ...")?"""
    lowers = analysis.lowers(block)
    w = words()
    breaks, subjects = w["vacancy-clause-breaks"], w["new-subjects"]
    doc = analysis.docs[block]
    return any(lowers[j] in breaks or (lowers[j] == "and" and j + 1 < b and lowers[j + 1] in subjects)
               or (lowers[j] == "-" and j > 0 and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_))
               for j in range(a, b))  # fmt: skip


def sentence_before(analysis: Analysis, hit: Hit) -> int | None:
    """The first token of the sentence right before ``hit``'s in its block, if there is one."""
    s_start, _ = analysis.sentence_bounds(hit)
    before = [a for a, b, _, _ in analysis.sentences(hit.block) if b <= s_start]
    return before[-1] if before else None


def title_words(analysis: Analysis) -> tuple[str, ...]:
    """The lower-case words of the advert's job title before any qualifier ("Recovery Ally -
    Emergency Department": recovery, ally); empty when there is no title or it is long."""
    cached = analysis.memo.get("title_words")
    if cached is None:
        from jdlint.role import find_title

        title, _ = find_title(analysis)
        main = re.split(r"\s[-–—|:]\s|[(,|]", title)[0]
        tokens = tuple(re.findall(r"[^\W\d_]+", main.lower()))
        cached = tokens if 0 < len(tokens) <= 5 else ()
        analysis.memo["title_words"] = cached
    return cached  # type: ignore[return-value]


def title_holder_names(analysis: Analysis) -> tuple[tuple[str, ...], ...]:
    """The names, as lower-case word tuples, that the advertised post's holders go by: its title
    (:func:`title_words`); the title without its leading qualifiers (`holder-title-qualifiers`:
    "Certified Recovery Specialist" -> "recovery specialist"), two words or more; and the
    title's initials when the title gives them in brackets ("Certified Recovery Specialist (CRS)"
    -> "crs"). Empty when there is no title."""
    title = title_words(analysis)
    if not title:
        return ()
    names = [title]
    qualifiers = words()["holder-title-qualifiers"]
    rest = title
    while len(rest) > 2 and rest[0] in qualifiers:
        rest = rest[1:]
    if rest != title:
        names.append(rest)
    cached = analysis.memo.get("title_initials")
    if cached is None:
        from jdlint.role import find_title

        full, _ = find_title(analysis)
        initials = "".join(t[0] for t in title)
        found = re.findall(r"\(([A-Z]{2,6})\)", full)
        cached = (initials,) if any(f.lower() == initials for f in found) else ()
        analysis.memo["title_initials"] = cached
    names.extend((i,) for i in cached)  # type: ignore[attr-defined]
    return tuple(names)


def next_sentence(analysis: Analysis, hit: Hit) -> Hit | None:
    """The sentence after the one of ``hit``, in its block or the next one (an FAQ's reply), as
    a match on its first token; ``None`` when there is none or it is a question too."""
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    blocks = analysis.document.blocks
    later = [(hit.block, start) for start, _, _, _ in analysis.sentences(hit.block) if start >= s_end]
    if not later and hit.block + 1 < len(blocks) and blocks[hit.block + 1].kind in ("paragraph", "list-item") \
            and s_end >= len(lowers) - 1:  # fmt: skip
        later = [(hit.block + 1, start) for start, _, _, _ in analysis.sentences(hit.block + 1)]
    if not later:
        return None
    block, start = later[0]
    reply = analysis.make_hits("answer", [(block, start, start + 1)])[0]
    return None if analysis.is_question(reply) else reply


def verdict_result(rule: Rule, verdict: str, why: str, evidence: tuple[Span, ...], fix: Fix | None) -> CheckResult:
    result = CheckResult(verdict=Verdict(rule.criterion, verdict, why, evidence, fix))  # type: ignore[arg-type]
    if verdict in ("not-met", "partly-met"):
        severity = rule.severity if verdict == "not-met" else rule.option("partly-met-severity")
        message = f"{rule.criterion}: {verdict}. {why}"
        result.findings.append(
            Finding(rule.id, rule.name, severity, message, evidence[0] if evidence else None, fix)  # type: ignore[arg-type]
        )
    else:
        result.positives.append(f"{rule.criterion}: {why}")
    return result

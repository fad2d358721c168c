"""The four clear-soil verdicts (../shared/clear-soil.md), as Python checks.

Each function reads the lexicon matches in :class:`~jdlint.analysis.Analysis` and judges
what the advert *says*: the strength of a requirement and what it is attached to,
negation, substitution clauses, whose experience is meant, questions, essential and
desirable columns and headings.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import tomllib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from jdlint.analysis import Analysis, Hit, label_level
from jdlint.checks import CheckResult, Context, check
from jdlint.checks.kinds import clip, in_proper_name, suggest_place
from jdlint.model import ROW_LEVEL, Block, Finding, Fix, Span, Verdict
from jdlint.nlp import FOOTNOTE_MARKS, NEGATORS, Prepared, negated_list, negated_object
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
    if short and block.kind == "paragraph" and _title_like(block.text):
        return 2  # a title line ("Lived Experience Peer Cadet Program")
    if short and block.kind == "paragraph":
        s_start, s_end = analysis.sentence_bounds(hit)
        sentence_words = sum(1 for t in analysis.lowers(hit.block)[s_start:s_end] if t[:1].isalpha())
        block_words = sum(1 for t in analysis.lowers(hit.block) if t[:1].isalpha())
        if block_words <= 6 and sentence_words <= 4:
            return 2
    return 1 if analysis.is_question(hit) else 0


def _title_like(text: str) -> bool:
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


# --- lived experience essential -------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One mention of the applicant's lived experience and how strongly it is asked for."""

    hit: Hit
    strength: str  # required, wanted, desirable, substitutable, negated, mention
    kind_named: bool
    cue: str = ""
    kind_at: Hit | None = None  # where the kind is named when not in the mention's sentence
    in_spec: bool = False  # the level comes from the person specification (a heading, column, E/D mark, "Desirable:")
    cue_at: Hit | None = None  # the sentence that sets the level when it is not the mention's ("One of these is essential.")


def _no_bar(analysis: Analysis, hit: Hit) -> bool:
    """Is the mention said to be no bar to applying (`no-bar` in rules/lexicon.toml) after it
    in its clause ("A history of substance use or a conviction will not automatically exclude
    you"; not "A history of addiction is essential; a conviction will not exclude you")?"""
    _, right = _clause_bounds(analysis, hit)
    return any(hit.end <= b.start and b.end <= right for b in analysis.hits_in_sentence("lex:no-bar", hit))


def _clause_bounds(analysis: Analysis, hit: Hit) -> tuple[int, int]:
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


def _nearest_cue(analysis: Analysis, hit: Hit, groups: tuple[str, ...]) -> tuple[str, Hit] | None:
    """The cue (from ``groups``) nearest to ``hit`` within its clause.

    A parenthesised cue ("(preferred)") binds only to the words just before it, so it
    counts only when nothing but the mention's own words lie between them.
    """
    left, right = _clause_bounds(analysis, hit)
    lowers = analysis.lowers(hit.block)
    best: tuple[int, str, Hit] | None = None
    for group in groups:
        for cue in analysis.hits_in_sentence(f"lex:{group}", hit):  # (the clause is in the sentence)
            if cue.start < left or (cue.end > right and not _ends_on_the_break(lowers, right, cue.end)):
                continue
            if cue.start < hit.end and hit.start < cue.end:
                continue  # the cue is part of the mention itself
            if group == "desirable-closing" and not _closes_on_the_mention(analysis, hit, cue):
                continue  # "is helpful" closing an item, not "is helpful to the people you support"
            if cue.start > 0 and lowers[cue.start - 1] == "(":
                between = lowers[hit.end : cue.start - 1]
                if cue.start < hit.start or len(between) > 10 or not words()["list-joins"].isdisjoint(between):
                    continue
            if cue.start >= hit.end and not words()["criteria-met-verbs"].isdisjoint(lowers[max(hit.end, cue.start - 3) : cue.start]):
                continue  # "applicants with lived experience who meet the requirements": the other criteria, met
            if cue.start >= hit.end and not words()["cue-subordinators"].isdisjoint(lowers[max(hit.end, cue.start - 3) : cue.start]):
                continue  # "... lived experience of psychosis where support is needed most": that clause's need
            if cue.start >= hit.end and _own_bracket(lowers, hit.end, cue.start):
                continue  # "(experience of secure services is welcome but not required)": its own subject's level
            if cue.start >= hit.end and _own_coordinate(lowers, left, hit, cue.start):
                continue  # "lived experience of psychosis, and peer certification is required": the certification's
            if cue.start >= hit.end and _said_of_another_after_phrase(lowers, hit, cue.start):
                continue  # "Drawing on your lived experience, you will make sure peer workers are valued"
            distance = hit.start - cue.end if cue.end <= hit.start else cue.start - hit.end
            if best is None or distance < best[0]:
                best = (distance, group, cue)
    return (best[1], best[2]) if best else None


def _closes_on_the_mention(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """Does a `desirable-closing` cue ("welcome", "is helpful") close the mention's sentence, said of
    the mention: nothing after it in the sentence, and between them only the mention's own words
    (at most twelve, with no new subject, relative pronoun or subordinator: "- Lived experience of
    recovery welcome"; not "Bring your lived experience to a role where you'll be valued")?"""
    lowers = analysis.lowers(hit.block)
    if cue.start < hit.end or any(t[:1].isalnum() for t in lowers[cue.end : analysis.sentence_bounds(cue)[1]]):
        return False
    w = words()
    between = lowers[hit.end : cue.start]
    return len(between) <= 12 and (w["new-subjects"] | w["relative-pronouns"] | w["cue-subordinators"]).isdisjoint(between)


def _label_over_items(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """The level of a person specification's label opening the line ("Assets: a second language;
    experience on a helpline; lived experience of ...", "Preferred: ...; ..."), when ``hit`` is
    an item of the list the label heads: the items are cut only by semicolons and commas, so the
    label reaches past its own clause (no other clause break such as "but" between, and the
    mention's clause has no cue of its own: `_nearest_cue` is asked first)."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    others = words()["clause-breaks"] - {";"}
    for group in ("requirement", "desirable"):
        for cue in analysis.hits_in_block(f"lex:{group}", hit.block):
            if cue.end <= hit.start and cue.start >= s_start and _opens_as_label(lowers, s_start, cue) \
                    and ";" in lowers[cue.end : hit.start] and others.isdisjoint(lowers[cue.end : hit.start]):  # fmt: skip
                return group, cue
    return None


def _opens_as_label(lowers: list[str], start: int, cue: Hit) -> bool:
    """Does the cue open its sentence (from ``start``, past a bullet) as a label, a colon or a
    dash after it ("Assets: ...", "Required - ...")? The line's first sentence or a later one
    ("Required: a diploma; ASIST. Assets: a second language; ...")."""
    lead = [t for t in lowers[start : cue.start] if t.strip() and not re.fullmatch(r"[-*•(\[]", t)]
    after = lowers[cue.end : cue.end + 1]
    return not lead and bool(after) and bool(re.fullmatch(r"[:\-–—)\]]", after[0]))


def _ends_on_the_break(lowers: list[str], right: int, end: int) -> bool:
    """Does a cue that runs past its clause's end at ``right`` run only over the break itself
    ("is helpful, but", "is useful; however")? Such a cue sets the level of the clause it closes:
    what comes after the break is set below it."""
    marks = words()["clause-breaks"]
    return all(t in marks or not t[:1].isalnum() for t in lowers[right:end])


def _own_bracket(lowers: list[str], start: int, cue: int) -> bool:
    """Does the cue at ``cue`` stand inside brackets opened after ``start`` that hold a clause
    of their own before it, a subject and its verb ("Lived experience of psychosis (experience
    of inpatient care is not required)")? Then it sets the level of what the brackets name, not
    of the mention before."""
    opened = next((i for i in range(cue - 1, start - 1, -1) if lowers[i] in ("(", ")")), None)
    if opened is None or lowers[opened] != "(":
        return False
    said = [t for t in lowers[opened + 1 : cue] if t[:1].isalpha()]
    w = words()
    # a clause of its own: a subject, then its verb, maybe the cue's first word ("... is not
    # required", "... is welcome"); not "(this is not required)", which points back, nor
    # "(ideally, though not essential)", which has no verb
    return bool(said) and said[0] not in w["bracket-back-references"] \
        and not w["own-predicate-verbs"].isdisjoint([*said[1:], lowers[cue]])


def _said_of_another_after_phrase(lowers: list[str], hit: Hit, cue: int) -> bool:
    """Is the mention in a phrase that leads into a main clause with its own subject, after a comma
    ("Drawing on your lived experience, you will ...", "With your own experience of homelessness,
    we want you to ..."), and the cue at ``cue`` said in that clause of something else it names
    ("... make sure peer workers are valued", "... see that every guest is welcome")? Then it is
    that thing's worth, not the mention's level. Not a cue said of the applicant ("..., you are
    welcome to apply"), nor of the mention pointing back ("..., it is valued")."""
    w = words()
    opens = [i for i in range(hit.end, cue - 1) if lowers[i] == "," and lowers[i + 1] in w["new-subjects"]]
    if not opens or cue == 0:
        return False
    before = lowers[cue - 1]
    return before[:1].isalpha() and before not in w["new-subjects"] and before not in w["bracket-back-references"]


def _own_coordinate(lowers: list[str], left: int, hit: Hit, cue: int) -> bool:
    """Does the cue at ``cue`` close a clause of its own joined by ", and" after the mention, with
    a subject and its verb before the cue, while the mention is the object of a clause with a
    subject of its own ("You have lived experience of psychosis, and peer certification is
    required")? Then it is the level of the second clause's subject, not of the mention. Not when
    the mention is itself a subject ("Lived experience of psychosis, and a licence are essential"),
    nor a subject pointing back ("..., and this is essential"), nor words that carry on the
    mention ("..., and of addiction, is required": a preposition, or a comma)."""
    joins = [i for i in range(cue - 1, hit.end, -1) if lowers[i] == "and" and lowers[i - 1] == ","]
    w = words()
    if not joins or w["own-subject-words"].isdisjoint(lowers[left : hit.start]):
        return False
    said = lowers[joins[0] + 1 : cue]
    return bool(said) and said[0][:1].isalpha() and said[0] not in w["bracket-back-references"] \
        and said[0] not in w["coordinate-carry-on"] and "," not in said \
        and not w["own-predicate-verbs"].isdisjoint(said[1:])  # fmt: skip


def requirement_of(analysis: Analysis, block: int) -> tuple[str, str] | None:
    """``(level, where)`` when the block sits in an essential or desirable part of the
    advert: :meth:`Analysis.requirement`, then the requirement headings of other
    conventions (rules/data/criteria.toml: "Key Selection Criteria", "Special
    Requirements")."""
    found = analysis.requirement(block)
    if found:
        return found
    w = words()
    section = analysis.document.blocks[block].section
    found = _titles_level(section, w)
    if found or not section or section[-1].lower().strip(" :*#").strip() not in w["qualification-sublabels"]:
        return found
    # "MINIMUM QUALIFICATIONS" / "Education:" / "Bachelor's degree ...": a plain-text reader reads
    # the sub-label as a heading of the same level, so its level is the heading's above it (past
    # other sub-labels: "Experience:", "Lived experience:"), when nothing else stands between
    blocks = analysis.document.blocks
    for i in range(block - 1, -1, -1):
        if blocks[i].kind != "heading":
            continue
        lower = blocks[i].text.lower().strip(" :*#").strip()
        if lower not in w["qualification-sublabels"]:
            return _titles_level((blocks[i].text.rstrip(":").strip(),), w)
    return None


def _generic_heading(where: str) -> bool:
    """Is the heading a level came from (``where``: 'under “Qualifications”') one that names
    only the part of the advert (`essential-exact-headings`: "Qualifications", "Eligibility"),
    not a level ("Essential criteria", "Minimum qualifications")?"""
    title = where.removeprefix("under “").removesuffix("”")
    return title != where and title.lower().strip(" :*#").strip() in words()["essential-exact-headings"]


def _titles_level(titles: tuple[str, ...], w: CriteriaWords) -> tuple[str, str] | None:
    """``(level, where)`` from the innermost of ``titles`` (headings) that names a level."""
    for title in reversed(titles):
        level = label_level(title)
        if level:
            return level, f"under “{title}”"
        lower = title.lower()
        if any(phrase in lower for phrase in w["not-requirement-headings"]):
            continue  # "What you need to know"
        for level, labels in (("desirable", w.desirable_headings), ("essential", w.essential_headings)):
            if any(label in lower for label in labels):
                return level, f"under “{title}”"
        if lower.strip(" :*#").strip() in w["essential-exact-headings"]:
            return "essential", f"under “{title}”"
    return None


# A marker that ends a line of a person specification: "... recovery (E)", "[D]",
# "(Desirable)", "- Essential" (at the end of the block, or before the next line's capital).
_LINE_MARK = re.compile(
    r"(?:[(\[]\s*(?:(?P<e>E|[Ee]ssential|[Rr]equired)|D|[Dd]esirable|[Pp]referred)\s*[)\]]"
    r"|\s[-–—]\s+(?:(?P<e2>E|Essential|ESSENTIAL)|D|Desirable|DESIRABLE))\s*[.;]?(?=\s*$|\s+[A-Z•*-])"
)


def line_marker(analysis: Analysis, hit: Hit) -> tuple[str, str] | None:
    """``(level, where)`` from the E/D marker that ends the line holding ``hit``."""
    text = analysis.document.blocks[hit.block].text
    for start, end, level, where in _line_marks(analysis, hit.block):
        if end <= hit.char_start:
            continue  # the marker of an earlier line
        if start < hit.char_end or _SENTENCE_END.search(text, hit.char_end, start):
            return None  # inside the match, or the marker of a later sentence
        return level, where
    return None


_SENTENCE_END = re.compile(r"[.!?;:]\s")


def _line_marks(analysis: Analysis, block: int) -> list[tuple[int, int, str, str]]:
    """The E/D markers of a block's lines: (start, end, level, where), found once per block (the
    level of every match in the block is read from them)."""
    found: dict[int, list[tuple[int, int, str, str]]] = analysis.memo.setdefault("line-marks", {})  # type: ignore[assignment]
    marks = found.get(block)
    if marks is None:
        marks = found[block] = [(m.start(), m.end(), "essential" if m.group("e") or m.group("e2") else "desirable",
                                 f"marked “{m.group(0).strip().rstrip('.;')}”")
                                for m in _line_mark_matches(analysis.document.blocks[block].text)]  # fmt: skip
    return marks


def _line_mark_matches(text: str) -> list[re.Match[str]]:
    """``_LINE_MARK.finditer(text)``, tried only where a marker can start: at a bracket, or at
    white space before a dash, found with ``str.find`` (the expression's scan tried every
    character: about 6 us a paragraph, this under 3)."""
    starts = []
    for char in "([":
        at = text.find(char)
        while at >= 0:
            starts.append(at)
            at = text.find(char, at + 1)
    for char in "-–—":
        at = text.find(char, 1)
        while at >= 0:
            if text[at - 1].isspace():
                starts.append(at - 1)
            at = text.find(char, at + 1)
    found: list[re.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue  # inside the marker before (finditer's matches do not overlap)
        m = _LINE_MARK.match(text, start)
        if m:
            found.append(m)
    return found


def _row_label(analysis: Analysis, block: int) -> bool:
    """Is the block the short first cell that names a table row ("Lived experience"), with
    the row's requirements in other cells and no E/D marker or header of its own? Then
    the heading above the table does not make it a requirement ("Work related requirements" /
    "Criteria | Essential | Desirable" / "Lived experience | Personal lived experience of ..."):
    its row's columns do."""
    b = analysis.document.blocks[block]
    if b.kind != "table-cell" or b.column != 0 or len(b.text.split()) > 4:
        return False
    own = analysis.requirement(block)
    if own is not None and not own[1].startswith("under “"):
        return False  # the row's marker, or a header of its own column or row
    return any(analysis.document.blocks[c].text.strip() for c in analysis.row_cells(block))


def _lead_in(analysis: Analysis, block: int) -> int | None:
    """For a list item, the paragraph that introduces its list: a lead-in ("You must have:")
    or a label line that stands as the list's heading though it was not read as one ("He
    tino hiahia – what is essential", "Nice to have")."""
    blocks = analysis.document.blocks
    if blocks[block].kind == "paragraph" and block and _split_sentence(blocks[block - 1], blocks[block]):
        return block - 1  # "This post is only open to people with" ¶ "personal lived experience of ..."
    if blocks[block].kind != "list-item":
        return None
    for i in range(block - 1, max(-1, block - 40), -1):
        if blocks[i].kind == "list-item":
            continue
        if blocks[i].kind == "paragraph" and (blocks[i].text.rstrip().endswith(":") or _label_line(blocks[i].text)):
            return i
        return None
    return None


def _lead_in_level(analysis: Analysis, block: int) -> tuple[str, Hit] | None:
    """``("requirement" | "desirable", cue)`` from the lead-in of the block's list, when the
    lead-in names a level. The lead-in is nearer the item than any heading, so it decides
    over the section: a second list under a lead-in line read as a heading ("To be appointed
    you must have:" ... "It would be an advantage to have:") is desirable, not essential."""
    lead = _lead_in(analysis, block)
    if lead is None:
        return None
    for group in ("requirement", "desirable"):
        cues = analysis.hits_in_block(f"lex:{group}", lead)
        if cues:
            return group, cues[0]
    return None


def _split_sentence(first: Block, second: Block) -> bool:
    """Is ``second`` the rest of a sentence that ``first`` began, split over two paragraphs
    (Enter pressed mid-sentence): ``first`` stops on a word that cannot end a sentence ("with",
    "of", "and") and ``second`` goes on in lower case, in the same section?"""
    if first.kind != "paragraph" or not second.text[:1].islower() or first.section != second.section:
        return False  # (asked before the last word is cut out of the whole paragraph)
    last = first.text.rstrip().rsplit(None, 1)[-1].lower() if first.text.strip() else ""
    return last in words()["open-words"]


def _continued_in(analysis: Analysis, block: int) -> int | None:
    """The next block, when it is the rest of the sentence that ``block`` ends, wrapped or split
    into a list item or a line of its own: both are paragraphs or both list items, in one section;
    ``block`` ends without closing punctuation and the next goes on in lower case, after an open
    word (:func:`_split_sentence`: "This post is only open to people with" / "personal lived
    experience of ...") or with a word that completes a noun (`continuation-openers` in
    rules/data/criteria.toml: "Must have at least two years of continuous recovery" / "from a
    substance use disorder.")."""
    if not _continues_on_next_line(analysis, block, lower=False):
        return None
    second, text = analysis.document.blocks[block + 1], analysis.document.blocks[block].text.rstrip()
    w = words()
    if text.rsplit(None, 1)[-1].lower() in w["open-words"]:
        return block + 1  # (a name may go on in capitals: "a presentation to our" / "Recovery Community Council.")
    opener = next((t for t in analysis.lowers(block + 1) if t.strip()), "")
    return block + 1 if second.text.lstrip()[:1].islower() and opener in w["continuation-openers"] else None


def _whole_sentence(analysis: Analysis, hit: Hit) -> tuple[Span, ...]:
    """The sentence of ``hit`` as evidence, with its other part where it is split over two
    paragraphs or list items (:func:`_continued_in`): the end of the block before, or the start
    of the block after."""
    spans = [analysis.sentence_span(hit)]
    s_start, _ = analysis.sentence_bounds(hit)
    if hit.block and not any(t[:1].isalnum() for t in analysis.lowers(hit.block)[:s_start]) \
            and _continued_in(analysis, hit.block - 1) == hit.block and analysis.sentences(hit.block - 1):  # fmt: skip
        start = analysis.sentences(hit.block - 1)[-1][2]
        spans.insert(0, Span.of(analysis.document, hit.block - 1, start, len(analysis.document.blocks[hit.block - 1].text.rstrip())))
    found = _continuation_of(analysis, hit)
    if found is not None and analysis.sentences(found[0]):
        _, _, start, end = analysis.sentences(found[0])[0]
        spans.append(Span.of(analysis.document, found[0], start, len(analysis.document.blocks[found[0]].text[:end].rstrip())))
    return tuple(spans)


def _continuation_of(analysis: Analysis, hit: Hit) -> tuple[int, int] | None:
    """``(block, end token)`` of the first sentence of the block that goes on with the sentence
    of ``hit`` (:func:`_continued_in`), when that sentence is the last of its block."""
    _, s_end = analysis.sentence_bounds(hit)
    if any(t[:1].isalnum() for t in analysis.lowers(hit.block)[s_end:]):
        return None
    nxt = _continued_in(analysis, hit.block)
    if nxt is None:
        return None
    sentences = analysis.sentences(nxt)
    return nxt, (sentences[0][1] if sentences else len(analysis.lowers(nxt)))


def _kind_in_continuation(analysis: Analysis, hit: Hit) -> Hit | None:
    """The kind named where the mention's sentence goes on, in the next list item or line
    ("Must self-identify as a person in recovery" / "from a substance use disorder."); not a kind
    named in another sentence or another item."""
    found = _continuation_of(analysis, hit)
    if found is None:
        return None
    nxt, end = found
    return next((k for k in analysis.hits_in_block("lex:lived-experience-kind", nxt)
                 if k.end <= end and not _in_post_title(analysis, k)), None)  # fmt: skip


def _label_line(text: str) -> bool:
    """A short line without closing punctuation: a label, not a sentence ("Ka pai mēnā –
    nice to have", "Essential requirements"); a level in brackets may close it ("Selection
    criteria (Essential)", "Qualifications [desirable]")."""
    text = _BRACKETED_LEVEL.sub("", text.strip()).strip()
    return bool(text) and text[-1] not in ".!?;,)" and len(text.split()) <= 8


# A requirement level in brackets at the end of a label line ("Selection criteria (Essential)").
_BRACKETED_LEVEL = re.compile(
    r"\s*[(\[]\s*(?:(?:highly|very|strongly|most)\s+)?(?:essential|desirable|required|preferred|mandatory|"
    r"optional)\s*[)\]]\s*:?$", re.I)  # fmt: skip


def _is_applicants(analysis: Analysis, hit: Hit) -> bool:
    """Is the experience the applicant's, not that of the people the service supports?

    "support people with lived experience" is the people served, "open to people with
    lived experience" the applicants; a possessive ("their", "patients'") belongs to the
    nearest person before it: "peer workers draw on *their* own experience" (the workers),
    "support patients with *their* lived experience" (the patients)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    for o in analysis.hits_in_sentence("lex:others-who", hit):
        if o.end <= hit.start and hit.start - o.end <= 3 and o.end >= 2 and lowers[o.end - 2] == ",":
            return False  # "alongside our peer mentors, who bring their own lived experience": colleagues'
    if _other_programmes_staff(analysis, hit):
        return False  # "Our clinic also runs a peer programme; its specialists must be in recovery": theirs
    if _team_members(analysis, hit):
        return False  # "Our team includes people with lived experience": the colleagues'
    if _panel_members(analysis, hit):
        return False  # "Our hiring committee includes two advisors with lived experience": theirs
    if _of_the_served(analysis, hit):
        return False  # "We value the lived experience of our participants": theirs
    if _served_subject(analysis, hit):
        return False  # "Everyone you support will have lived experience of psychosis": theirs
    before = analysis.tokens_before(hit, 4)
    if len(before) >= 3 and before[-1] == "with" and before[-2] in w["people-nouns"]:
        return not _serving_before(analysis.tokens_before(hit, 6)[:-2], w)
    if before and before[-1] != "with" and before[-1] in w["serve-verbs"]:
        return False  # "support parents of young people", "help someone in recovery"
    if len(before) >= 2 and before[-1] == "with" and before[-2] in w["serve-verbs"]:
        return False  # "work with parents of children with ..."
    near = before[-2:]
    possessive = next((i for i in range(len(near) - 1, -1, -1) if near[i] in w["possessives"]), None)
    s_start, _ = analysis.sentence_bounds(hit)
    if possessive is None:  # "clients in recovery" is theirs, "applicants in recovery" the applicants'
        if _some_of_them(lowers[s_start : hit.start], w) and "you" not in lowers[s_start : hit.start]:
            return False  # "Many of our staff are in recovery themselves": colleagues'
        return not _served_before(analysis.tokens_before(hit, 6), w)
    at = hit.start - len(near) + possessive
    if lowers[at] in w["possessive-s"]:  # "the peer worker's own", "patients' experience"
        if at > s_start and lowers[at - 1] in w["duration-nouns"]:  # "three years' lived experience": a length
            return _length_is_applicants(lowers[max(s_start, at - 10) : at - 1], w)
        return at > s_start and lowers[at - 1] in w["worker"]
    owner = _owner(lowers, at, s_start, w)
    if owner is None:
        return "own" in before
    if owner == "worker" and _some_of_them(lowers[s_start:at], w):
        return False  # "Some of our coaches draw on their own lived experience": colleagues'
    return owner == "worker"


def _panel_members(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience that of the people who select ("Our interview panel includes two
    peer advisors with lived experience", "An expert by experience will sit on the interview
    panel")? A selection panel (`panel` in rules/lexicon.toml) named in the sentence, the
    experience said of people ("with" right before it, or the match itself a person, its first
    word one of `experience-persons`: "expert by experience"), and neither a word for the
    applicant (`applicant-words`) nor a requirement cue in the sentence ("Applicants with lived
    experience will meet a panel", "Lived experience is essential and is explored by the
    panel" are the applicant's)."""
    if not analysis.hits_in_sentence("lex:panel", hit) or analysis.hits_in_sentence("lex:requirement", hit):
        return False
    w = words()
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    if not w["applicant-words"].isdisjoint(lowers[s_start:s_end]):
        return False
    before = analysis.tokens_before(hit, 1)
    return (bool(before) and before[-1] == "with") or lowers[hit.start] in w["experience-persons"]


def _team_members(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience said of the members of the team the post joins, named as what the
    team is made of just before it in its clause ("Our team includes people with lived experience",
    "the staff team is made up of people who have used services": `team-includes` in
    rules/lexicon.toml)? Not with a word for the applicant between ("Our team includes people who,
    like you, have lived experience"), nor past a clause break (`clause-breaks`, a new subject)."""
    found = analysis.hits_in_sentence("lex:team-includes", hit)
    if not found:
        return False
    w = words()
    stop = w["applicant-words"] | w["clause-breaks"] | w["new-subjects"]
    lowers = analysis.lowers(hit.block)
    return any(t.end <= hit.start and hit.start - t.end <= 6 and stop.isdisjoint(lowers[t.end : hit.start]) for t in found)


def _serving_before(before: list[str], w: CriteriaWords) -> bool:
    """Do the words before "<people> with" end in a serving verb, maybe past words that only
    describe the people (`people-modifiers` in rules/data/criteria.toml: "supporting *young*
    people with lived experience", "work with *older* adults with ...")?"""
    end = len(before)
    while end and end > len(before) - 2 and before[end - 1] in w["people-modifiers"]:
        end -= 1
    return bool(end) and before[end - 1] in w["serve-verbs"]


def _served_subject(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience said of the people served, named as the subject with the clause
    that says they are served ("Everyone you support will have ...", "the whānau we serve have
    ...": `served-subject` in rules/lexicon.toml), up to six words before it? Not with an
    applicant or worker word, "this" or a clause break between ("Like the people you support,
    *you* will have ...", "people you support value *peer workers* who have ...")."""
    found = analysis.hits_in_sentence("lex:served-subject", hit)
    if not found:
        return False
    w = words()
    stop = w["applicant-words"] | w["worker"] | w["clause-breaks"] | w["new-subjects"] | {"this", ":"}
    lowers = analysis.lowers(hit.block)
    return any(o.end <= hit.start and hit.start - o.end <= 6 and stop.isdisjoint(lowers[o.end : hit.start])
               for o in found)  # fmt: skip


def _length_is_applicants(before: list[str], w: CriteriaWords) -> bool:
    """Is a length of lived experience ("three years'", "at least a year's") the applicant's?
    The words before the length, its number and quantity words (`quantity-words` in
    rules/data/criteria.toml) set aside, are read as before a bare mention: after a serving verb
    or the people served ("support clients with ten years' lived experience") it is theirs."""
    end = len(before)
    while end and (before[end - 1] in w["quantity-words"] or any(c.isdigit() for c in before[end - 1])):
        end -= 1
    before = before[:end]
    if len(before) >= 3 and before[-1] == "with" and before[-2] in w["people-nouns"]:
        return before[-3] not in w["serve-verbs"]
    if before and before[-1] in w["serve-verbs"]:
        return before[-1] == "with" and not (len(before) >= 2 and before[-2] in w["serve-verbs"] | w["served"])
    return not _served_before(before[-6:], w)


def _of_the_served(analysis: Analysis, hit: Hit) -> bool:
    """Does "of" and the people served follow the mention ("the lived experience of our
    participants", "the lived experience of the families we work with"): a determiner (`our`,
    `the`: `served-determiners` in rules/data/criteria.toml), a noun in `served` and then no
    noun that makes them a kind of experience ("the lived experience of the care system" is the
    applicant's)? The determiner may be left out before a noun that only names the people served
    ("sensitivity to the lived experience of participants"), not before `ambiguous-people`
    ("lived experience of people who ..." may be the applicants')."""
    w = words()
    after = analysis.tokens_after(hit, 4)
    if len(after) >= 2 and after[0] == "of" and after[1] in w["served"] and after[1] not in w["ambiguous-people"]:
        after = [after[0], "the", *after[1:]]  # no determiner: "the lived experience of participants"
    if len(after) < 3 or after[0] != "of" or after[1] not in w["served-determiners"] or after[2] not in w["served"]:
        return False
    nxt = after[3] if len(after) > 3 else "."
    return not nxt[:1].isalpha() or nxt in w["relative-words"] or nxt in w["new-subjects"] or nxt in w["panel-clause-joins"]


def _other_programmes_staff(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience asked of the staff of another programme the organisation runs,
    named after it in the sentence ("Our clinic also runs a Peer Recovery program; its peer
    specialists are hired separately and must be in recovery themselves", "The trust also
    operates a recovery college whose tutors must have lived experience")? An
    `organisation-offers` match before the mention, a staff noun between them (a job noun:
    specialists, tutors, mentors, volunteers, staff) and no word for the applicant (`you`,
    `applicants`: `applicant-words` in rules/data/criteria.toml) after the match. The "we" of
    the match itself is the organisation ("We offer prescribing and a Recovery Community with
    peer mentors who bring their own lived experience")."""
    from jdlint.titles import JOB_NOUN

    lowers = analysis.lowers(hit.block)
    applicant = words()["applicant-words"]
    for o in analysis.hits_in_sentence("lex:organisation-offers", hit):
        between = lowers[o.end : hit.start]
        if o.end <= hit.start and applicant.isdisjoint(between) and any(
                JOB_NOUN.fullmatch(t) or t in words()["staff-nouns"] for t in between):  # fmt: skip
            return True
    return False


def _some_of_them(before: list[str], w: CriteriaWords) -> bool:
    """Do the words before a possessive name only some of the workers ("some of our coaches",
    "many of the team")?"""
    return any(before[i] in w["partitive-words"] and before[i + 1] == "of" for i in range(len(before) - 1))


def _served_before(before: list[str], w: CriteriaWords) -> bool:
    """Do the words just before a match name the people served: "clients (who) ...",
    "support people (who) ...", "work with people in ..."? (Not "open to people who".)"""
    for j in range(len(before) - 1, max(-1, len(before) - 4), -1):
        word = before[j]
        if word in w["served"] and word not in w["ambiguous-people"]:
            if _sought(before[max(0, j - 3) : j], w):
                return False  # "we are looking for veterans who are in recovery": the applicants
            # "(must) be a veteran who has recovered", "(must) self-identify as a veteran who ..."
            # is the applicant's identity
            # as is "(applicants) must be veterans who are in recovery": a bare plural after a
            # required "be" ("must be", "need to be"), not after "will be" (who the clients will be)
            return not ((j >= 2 and before[j - 1] in {"a", "an"} and (before[j - 2] in w["identity-verbs"] or (
                j >= 3 and before[j - 2] == "as" and before[j - 3] in w["identify-verbs"])))
                or (j >= 2 and before[j - 1] == "be" and before[j - 2] in w["required-be"]))  # fmt: skip
        if word in w["ambiguous-people"]:
            return any(v in w["serve-verbs"] for v in before[max(0, j - 2) : j])
        if word not in w["relative-words"]:
            return False
    return False


def _owner(lowers: list[str], at: int, start: int, w: CriteriaWords) -> str | None:
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
            return "worker" if _sought(lowers[max(start, i - 3) : i], w) else "served"
    return None


def _sought(before: list[str], w: CriteriaWords) -> bool:
    """Do the words before a people noun make them the ones the advert seeks ("looking for
    veterans who have their own ...", "seeking parents who ...")? Not after a serving verb
    nearer the noun ("looking to support veterans who ...")."""
    for word in reversed(before):
        if word in w["serve-verbs"] and word != "with":
            return False
        if word in w["seek-words"]:
            return True
    return False


def _kind_in_list_after(analysis: Analysis, hit: Hit) -> Hit | None:
    """The kind named in the list that completes the mention's sentence: "You must have lived
    or living experience of:" then items "- problematic drug or alcohol use". Only when the
    block ends with the sentence, its last word before the colon leaves it open (a preposition,
    "following": rules/data/criteria.toml) and few words lie between, so a list after "... lived experience and:" or
    after another sentence does not lend its words to the mention."""
    blocks = analysis.document.blocks
    text = blocks[hit.block].text.rstrip()
    if not text.endswith(":") or blocks[hit.block].kind == "list-item":
        return None
    tail = [t for t in analysis.lowers(hit.block)[hit.end :] if t.strip()]
    if not tail or tail[-1] != ":" or len(tail) > 8 or any(re.fullmatch(r"[.!?]", t) for t in tail):
        return None
    w = words()
    if len(tail) < 2 or tail[-2] not in w["open-complements"] or not w["clause-breaks"].isdisjoint(tail) \
            or not w["other-requirement-joins"].isdisjoint(tail):
        return None
    for i in range(hit.block + 1, min(len(blocks), hit.block + 12)):
        if blocks[i].kind != "list-item":
            break
        found = analysis.hits_in_block("lex:lived-experience-kind", i)
        if found:
            return found[0]
    return None


def _in_post_title(analysis: Analysis, kind: Hit) -> bool:
    """Is the kind word part of a post's name ("use it in a carer peer role", "as a mental health
    peer worker": `post-title-kind` in rules/lexicon.toml, no punctuation inside)? It names the
    post, not the applicant's experience."""
    lowers = analysis.lowers(kind.block)
    return any(t.start <= kind.start and kind.end <= t.end and all(w[:1].isalnum() for w in lowers[t.start : t.end])
               for t in analysis.hits_in_block("lex:post-title-kind", kind.block))  # fmt: skip


def _kind_named(analysis: Analysis, hit: Hit) -> bool:
    """Is the kind of experience named in the mention's sentence, cell or table row (not in a
    post's name there)?"""
    if any(not _in_post_title(analysis, k) for k in analysis.hits_in_sentence("lex:lived-experience-kind", hit)):
        return True
    if any(
        k.start >= hit.start and k.end <= hit.end
        for k in analysis.hits_in_block("lex:lived-experience-kind", hit.block)
    ):
        return True
    # the row's other cells, but not one of another requirement level: the kind named only in
    # the Desirable cell ("Essential: personal lived experience | Desirable: lived experience of
    # the perinatal period") is not the kind the Essential cell requires
    level = analysis.requirement_level(hit.block)
    return any(analysis.hits_in_block("lex:lived-experience-kind", cell) for cell in analysis.row_cells(hit.block)
               if level is None or analysis.requirement_level(cell) in (None, level))


def _kind_in_definition(analysis: Analysis, hit: Hit) -> Hit | None:
    """The kind named by a definition of lived experience elsewhere in the advert, one not
    negated ("¹ For this position, lived experience means personal recovery from a mental health
    or substance use condition", "By lived experience we mean ...": `lived-experience-definition`
    in rules/lexicon.toml), for a mention that names none: the first kind after the definition's
    words in its sentence. So does an entry of a glossary (a block under a heading with a word of
    `glossary-headings` in rules/data/criteria.toml) that opens with the words and a colon or a
    dash ("Lived experience: your own recovery from ...")."""
    for d in [*hits(analysis, "lived-experience-definition"), *_glossary_entries(analysis, hit)]:
        if (d.block == hit.block and d.start <= hit.start < d.end) or analysis.negated(d):
            continue
        kind = next((k for k in analysis.hits_in_sentence("lex:lived-experience-kind", d) if k.start >= d.end), None)
        if kind is not None:
            return kind
    return None


def _glossary_entries(analysis: Analysis, hit: Hit) -> list[Hit]:
    """Mentions of lived experience, other than ``hit``, that open a block under a glossary
    heading (a Glossary, Definitions or Key terms) followed by a colon or a dash."""
    w = words()
    out = []
    for h in hits(analysis, "lived-experience"):
        lowers = analysis.lowers(h.block)
        if h.block == hit.block or any(t[:1].isalnum() for t in lowers[: h.start]):
            continue
        after = next((t for t in lowers[h.end :] if t not in ("*", "_")), "")  # past a bold mark
        if after in w["gloss-marks"] and _under_glossary(analysis, h.block):
            out.append(h)
    return out


def _under_glossary(analysis: Analysis, block: int) -> bool:
    """Is the block under a glossary heading: in its section's titles, or (plain text) the
    title-like line above it and the list items before it?"""
    blocks = analysis.document.blocks
    titles = list(blocks[block].section)
    i = block - 1
    while i > 0 and i > block - 12 and blocks[i].kind == "list-item":
        i -= 1
    if i >= 0 and (blocks[i].kind == "heading" or _title_like(blocks[i].text.strip("#*: "))):
        titles.append(blocks[i].text)
    return any(g in t.lower() for t in titles for g in words()["glossary-headings"])


_MARK_TOKENS = frozenset("*" + FOOTNOTE_MARKS)  # each a token of its own (jdlint.nlp.pipeline)


def _mark_after(lowers: list[str], start: int, end: int) -> list[str] | None:
    """The first footnote mark ("*", "**", "¹", "†": a run of one mark token) in
    ``lowers[start:end]`` or just after it."""
    i = start
    while i < len(lowers) and (i < end or lowers[i] in _MARK_TOKENS):
        if lowers[i] in _MARK_TOKENS:
            j = i
            while j < len(lowers) and lowers[j] == lowers[i]:
                j += 1
            return lowers[i:j]
        i += 1
    return None


def _footnote_level(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """"- Lived experience of incarceration or addiction.* ... *Lived experience is preferred but
    not required.": the level set by the footnote of a marked mention (a later block that opens
    with the same mark), which decides over the level of the line or heading the mention is in:
    ``(strength, cue)``; ``None`` with no mark, no footnote or no level in it."""
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    mark = _mark_after(lowers, hit.start, s_end)
    if mark is None:
        return None
    n = len(mark)
    for block in range(hit.block + 1, len(analysis.document.blocks)):
        other = analysis.lowers(block)
        if other[:n] != mark or (len(other) > n and other[n] == mark[0]):
            continue
        denied = [h for h in analysis.hits_in_block("lex:requirement-negated", block) if h.start >= n]
        preferred = [h for h in analysis.hits_in_block("lex:desirable", block) if h.start >= n and not analysis.negated(h)]
        if denied or preferred:
            return "desirable", (preferred or denied)[0]
        required = [h for h in analysis.hits_in_block("lex:requirement", block) if h.start >= n and not analysis.negated(h)]
        if required:
            return "required", required[0]
        return None
    return None


def assess_mention(analysis: Analysis, hit: Hit) -> Mention:
    """How strongly one mention of lived experience is asked for."""
    kind = _kind_named(analysis, hit)
    kind_at = None if kind else (_kind_in_list_after(analysis, hit) or _kind_in_continuation(analysis, hit)
                                 or _kind_in_definition(analysis, hit))  # fmt: skip
    mention = _assess(analysis, hit, True) if kind_at is not None else _assess(analysis, hit, kind)
    if kind_at is not None:
        mention = dataclasses.replace(mention, kind_at=kind_at)
    if mention.strength == "required":
        worth = _accepted_after(analysis, hit, same_sentence=True, worth=True)
        if worth is not None:
            # "Essential: lived experience of psychosis. Skills from youth work are equally valued.":
            # other experience worth as much is another route in to what is required
            return Mention(hit, "substitutable", mention.kind_named, worth.text, kind_at=mention.kind_at, cue_at=worth)
    return mention


def _assess(analysis: Analysis, hit: Hit, kind: bool) -> Mention:
    block = analysis.document.blocks[hit.block]
    if block.kind == "heading" or (block.kind == "paragraph" and _title_like(block.text)):
        if block.kind == "heading" and analysis.is_question(hit) and not analysis.negated(hit):
            # "## Do you have lived experience of caring for someone ...?" asks the reader
            return Mention(hit, "wanted", kind, "question")
        return Mention(hit, "mention", kind)  # "Lived Experience Peer Cadet Program" names the role
    if analysis.hits_in_sentence("lex:no-bar", hit) and _no_bar(analysis, hit):
        return Mention(hit, "mention", kind)  # "A history of homelessness will not exclude you": no level
    lacking = _accepted_lacking(analysis, hit) or _accepted_if_lacking(analysis, hit, qualifications=True)
    if lacking is not None:
        # "Applicants without lived experience but with a Certificate IV ... will also be considered"
        return Mention(hit, "substitutable", kind, lacking.text, cue_at=lacking)
    if analysis.negated(hit):
        reply = _accepted_without(analysis, hit)
        if reply is not None:
            return Mention(hit, "substitutable", kind, reply.text, cue_at=reply)
        return Mention(hit, "negated", kind)
    footnote = _footnote_level(analysis, hit)
    if footnote is not None:
        # the footnote of a marked requirement sets its level ("*strongly preferred but not required")
        return Mention(hit, footnote[0], kind, footnote[1].text, cue_at=footnote[1])
    if analysis.overlaps("lex:lived-experience-designated", hit):
        return Mention(hit, "required", kind, "a designated lived experience role")
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    # Substitution: "lived, living or learned", "lived experience or relevant professional experience"
    left, right = _clause_bounds(analysis, hit)
    for cue in analysis.hits_in_sentence("lex:stands-in-for", hit):
        required_between = any(hit.end <= r.start and r.end <= cue.start
                               for r in analysis.hits_in_sentence("lex:requirement", hit))  # fmt: skip
        if 0 <= cue.start - hit.end <= 10 and cue.end <= right and not required_between:
            # "lived experience ... may substitute for six months": it stands in for another
            # requirement, so it is optional, never required.
            return Mention(hit, "desirable", kind, cue.text)
    for cue in analysis.hits_in_block("lex:replaces-lived-experience", hit.block):
        if not analysis.negated(cue) and not _about_another_posting(analysis, cue):
            # "Personal experience of recovery. Two years of human services work may substitute
            # for personal experience.": another route stands in for it (not another posting's:
            # "In the separate Family Liaison Officer vacancy, a degree can replace lived experience")
            return Mention(hit, "substitutable", kind, cue.text, cue_at=cue)
    for cue in _replacements(analysis):
        if cue.block != hit.block or cue.group == "lex:accepted-instead":
            # the same in a statement of its own elsewhere ("A counselling diploma will be accepted in
            # lieu of personal experience."), or wrapped over two lines or list items ("Two years in
            # human services may substitute" / "for lived experience."): the statement is evidence too
            return Mention(hit, "substitutable", kind, cue.text, cue_at=cue)
    for cue in _lacking_accepted(analysis):
        # "Candidates without personal experience who hold a relevant qualification will also be
        # considered": applicants lacking it are taken by another route, wherever it is asked
        return Mention(hit, "substitutable", kind, cue.text, cue_at=cue)
    equivalent = _accepted_after(analysis, hit)
    if equivalent is not None:
        # "Lived experience of incarceration is required. Equivalent experience in corrections may
        # be considered.": the next sentence lets other experience stand in for it
        return Mention(hit, "substitutable", kind, equivalent.text, cue_at=equivalent)
    also = _accepted_after(analysis, hit, same_sentence=True)
    if also is not None:
        # "Lived experience of psychosis; transferable skills from related work will also be
        # considered": other skills are taken too, another route in
        return Mention(hit, "substitutable", kind, also.text, cue_at=also)
    conceded = _accepted_after_requirement(analysis, hit)
    if conceded is not None:
        # "... is essential, although candidates from a nursing background will also be considered",
        # "... is required; in exceptional cases, equivalent professional experience may be accepted"
        return Mention(hit, "substitutable", kind, conceded.text, cue_at=conceded)
    lived = analysis.hits_in_block("lex:lived-experience", hit.block)
    for group in ("lex:learned-experience", "lex:substitution"):  # (a substitution cue counts only in the sentence)
        for cue in analysis.hits_in_block(group, hit.block) if group != "lex:substitution" else analysis.hits_in_sentence(group, hit):
            if group == "lex:substitution" and ((any(h.start < cue.end and cue.start < h.end for h in lived)
                                                 and not _professional_after(lowers, cue.end, right))
                                                or analysis.overlaps("lex:substitution-not", cue)):
                continue  # "or experience of caring for ...": another lived experience, not an alternative
            if group == "lex:substitution" and _or_inside_another_requirement(analysis, hit, cue):
                continue  # "lived experience and a degree or diploma in nursing": two kinds of one qualification
            if left <= cue.start and cue.end <= right and (-3 <= cue.start - hit.end <= 15 or (
                    group == "lex:substitution" and _closes_item(analysis, hit, cue, s_start))):
                return Mention(hit, "substitutable", kind, cue.text)
            if group == "lex:substitution" and _or_opens_next_clause(lowers, hit, cue, right):
                # "Lived experience of recovery is required; or two years of work in addiction
                # services": the "or" that opens the next clause offers another route in
                return Mention(hit, "substitutable", kind, cue.text)
            if group == "lex:substitution" and hit.end <= cue.start and cue.end <= s_end \
                    and not words()["whole-list-cues"].isdisjoint(lowers[cue.start : cue.end]):
                # "Lived experience of mental health, Grade 12, peer training and a year's related
                # experience, or an equivalent combination of education, training and experience":
                # the cue closes the whole list the mention is an item of
                return Mention(hit, "substitutable", kind, cue.text)
            if group == "lex:learned-experience" and cue.start <= hit.start < cue.end + 2 and cue.start >= left:
                return Mention(hit, "substitutable", kind, cue.text)
    opened = _or_opens_next_sentence(analysis, hit, s_end)
    if opened is not None:
        # "Lived experience of recovery is required. Or two years of work in addiction services.": the
        # next sentence opens with the other route in
        return Mention(hit, "substitutable", kind, opened.text, cue_at=opened)
    alternative = _qualification_instead(analysis, hit, left, right)
    if alternative is not None:
        # "Lived experience of mental health recovery, OR a minimum Certificate IV in Mental Health":
        # another profession's qualification is a route in of its own
        return Mention(hit, "substitutable", kind, f"or {alternative.text}", cue_at=alternative)
    wrapped = _qualification_wrapped_after(analysis, hit)
    if wrapped is not None:
        # "Lived experience of mental health challenges or a relevant community" / "services
        # qualification (Certificate IV or Diploma).": the route is a qualification on the next line
        return Mention(hit, "substitutable", kind, wrapped[0], cue_at=wrapped[1])
    or_next = _or_next_block(analysis, hit) or _or_previous_block(analysis, hit) or _one_of_list(analysis, hit)
    if or_next:
        cue, other = or_next  # the item that stands in is evidence too
        return Mention(hit, "substitutable", kind, cue, cue_at=_block_start(analysis, other))
    opener = next((t for t in lowers[s_start:hit.start] if t[:1].isalpha()), "")  # past a bullet
    if opener in words()["alternative-openers"]:
        # "Alternatively, lived experience of mental ill health and ...": another route in
        return Mention(hit, "substitutable", kind, opener)
    contrast = _requirement_contrasted(analysis, hit)
    if contrast is not None:
        # "Formal qualifications are not essential; lived experience of psychosis is.": the
        # requirement denied to the other thing is the mention's, its predicate left out
        return Mention(hit, "required", kind, contrast.text, cue_at=contrast)
    denied = _requirement_denied(analysis, hit, left, right)
    if denied:
        return Mention(hit, "desirable", kind, denied)
    before = lowers[max(s_start, hit.start - 2) : hit.start]
    if "or" in before:
        # "relevant experience or lived experience of ...", not "lived experience as the parent or
        # primary caregiver of ..." (the noun before "or" is part of the lived experience itself)
        nouns = [i for i in range(s_start, hit.start - 1) if lowers[i] in words()["alternative-nouns"]]
        if nouns and not any(h.start <= nouns[-1] < h.end for h in lived):
            return Mention(hit, "substitutable", kind, "or")
        # another profession's qualification named before it ("a Certificate IV in Mental Health,
        # or lived experience of ...", "a Diploma of Community Services or lived experience")
        quals = [q for q in analysis.hits_in_sentence("lex:professional-qualification", hit)
                 if q.end < hit.start and not analysis.negated(q)
                 and not analysis.overlaps("lex:professional-qualification-not", q)]  # fmt: skip
        if quals:
            return Mention(hit, "substitutable", kind, f"{quals[-1].text} or", cue_at=quals[-1])
    if block.kind == "paragraph" and analysis.is_question(hit):
        # a question in prose under a requirements heading ("Qualifications ... Do I need lived
        # experience to apply?", an FAQ whose own heading was lost) asks, it does not require:
        # the heading's level is not its own; the answer after it decides
        return _answered_question(analysis, hit, kind)
    marked = line_marker(analysis, hit)
    if marked:
        return Mention(hit, "required" if marked[0] == "essential" else "desirable", kind, marked[1], in_spec=True)
    glossed = _glossed_item(analysis, hit, s_start)
    if glossed is not None:
        # "Lived experience as a young person (highly desirable). / This criterion covers lived
        # experience of mental health challenges.": the gloss has the level of the item it glosses
        above = _assess(analysis, glossed, kind)
        if above.strength in ("required", "desirable", "substitutable", "wanted"):
            return Mention(hit, above.strength, kind, above.cue, in_spec=above.in_spec, cue_at=above.cue_at or glossed)
    cue = _nearest_cue(analysis, hit, ("requirement", "desirable", "desirable-closing")) or _label_over_items(analysis, hit)
    preferred = _selection_preference(analysis, hit) if cue is None else None
    if preferred is not None:
        # "Candidates with lived experience of psychosis will be prioritised" (preferred: desirable),
        # "... will be interviewed" (a place at the next stage promised: wanted)
        return Mention(hit, preferred[0], kind, preferred[1].text)
    if cue and cue[0] == "requirement" and analysis.is_question(hit):
        # a question asks, it does not require: the applicant's own question in an FAQ ("How
        # long do I need to have been in recovery?") or the reader's ("Must you have ...?")
        return Mention(hit, "wanted", kind, "question")
    if cue:
        group, cue_hit = cue
        strength = "required" if group == "requirement" else "desirable"
        if strength == "desirable" and (_spec_label(analysis, cue_hit) or _under_desirable(analysis, hit.block)
                                        or _criteria_item(analysis, hit.block)):  # fmt: skip
            # "Desirable: lived experience ...", or "- Lived experience ... is highly regarded."
            # under the specification's "Desirable" heading: the specification's own level
            return Mention(hit, strength, kind, cue_hit.text, in_spec=True)
        if strength == "required" and cue_hit.text.lower() in words()["negatable-cues"] and analysis.negated(cue_hit):
            strength = "negated"
        if strength == "required" and _requires_an_ability(analysis, hit, cue_hit):
            return Mention(hit, "wanted", kind, f"{cue_hit.text} … able to draw on it")
        if strength == "required" and _condition_on_the_applicant(analysis, hit, cue_hit):
            return Mention(hit, "mention", kind)  # "if you are in recovery, a year's sobriety is required"
        return Mention(hit, strength, kind, cue_hit.text)
    if _row_label(analysis, hit.block):
        return Mention(hit, "mention", kind)  # "Lived experience | | <desirable cell>": the row's name
    led = _lead_in_level(analysis, hit.block)
    if led:  # the list's own lead-in decides over the heading above it
        return Mention(hit, "required" if led[0] == "requirement" else "desirable", kind, led[1].text, in_spec=True)
    found = requirement_of(analysis, hit.block)
    if found and found[0] == "essential" and block.kind == "paragraph" and _generic_heading(found[1]):
        # "Qualifications / We are looking for someone who has lived experience of ...": prose
        # that wants it, under a heading that only names the part of the advert, wants it
        # (the wanted words may run into the mention: "looking for a parent or caregiver who" /
        # "caregiver who has supported ...")
        sought = [w for w in analysis.hits_in_sentence("lex:wanted", hit) if w.start < hit.start
                  and not (w.start and lowers[w.start - 1] in words()["denial-conditions"])]  # fmt: skip
        if sought:
            return Mention(hit, "wanted", kind, sought[0].text)
    if found:
        level, where = found
        return Mention(hit, "required" if level == "essential" else "desirable", kind, where, in_spec=True)
    lead = _lead_in(analysis, hit.block)
    if lead is not None:
        for group, strength in (("requirement", "required"), ("desirable", "desirable"), ("wanted", "wanted")):
            cues = analysis.hits_in_block(f"lex:{group}", lead)
            if cues:  # a list's lead-in or label line is the person specification's own label
                return Mention(hit, strength, kind, cues[0].text, in_spec=strength != "wanted")
    after = _level_after(analysis, hit)
    if after is not None:
        strength, cue_hit = after
        return Mention(hit, strength, kind, analysis.sentence_span(cue_hit).text if strength == "substitutable"
                       else cue_hit.text, cue_at=cue_hit)  # fmt: skip
    if analysis.is_question(hit):
        return Mention(hit, "wanted", kind, "question")
    wanted = [w for w in analysis.hits_in_sentence("lex:wanted", hit)
              if not (w.start and lowers[w.start - 1] in words()["denial-conditions"])]  # "if you have lived ..."
    if wanted:
        return Mention(hit, "wanted", kind, wanted[0].text)
    if hit.start - s_start <= 1 and analysis.document.blocks[hit.block].kind in ("list-item", "paragraph", "table-cell"):
        return Mention(hit, "wanted", kind, "stated without a requirement")
    return Mention(hit, "mention", kind)


def _selection_preference(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """``(strength, cue)`` when the mention is what gives applicants an advantage at selection:
    ``desirable`` when they are preferred (`selection-preference`: "Candidates with lived experience
    of psychosis will be prioritised", "Priority will be given to applicants with ...": "preferred"
    is only desirable in clear-soil.md), ``wanted`` when a place at the next stage is promised
    (`selection-guarantee`: "... will be interviewed", "... will be shortlisted", "... are guaranteed
    an interview": wanted in prose, not required). The applicants (`selection-subjects`) are named at
    most four words before the mention, and, for a cue after it, they open the sentence. Not the
    lived experience of a panel ("Candidates will be interviewed by a panel that includes people
    with lived experience")."""
    nearest = _nearest_cue(analysis, hit, ("selection-preference", "selection-guarantee"))
    if nearest is None:
        return None
    group, cue = nearest
    strength = "desirable" if group == "selection-preference" else "wanted"
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    subjects = words()["selection-subjects"]
    near = [i for i in range(max(s_start, hit.start - 4), hit.start) if lowers[i] in subjects]
    if not near:
        return None
    if cue.start >= hit.end and sum(1 for t in lowers[s_start : near[0]] if t[:1].isalpha()) > 2:
        return None  # the applicants do not open the sentence ("All shortlisted candidates with ..." do)
    return strength, cue


def _answered_question(analysis: Analysis, hit: Hit, kind: bool) -> Mention:
    """A mention of lived experience in a yes/no question of prose ("Do I need lived experience
    to apply?"): the reply decides. A reply that names lived experience is a mention of its own
    (the question states nothing); one that opens with a no ("No, ...") or says it is wanted
    only as an advantage ("You don't; it would be an advantage.") or as essential ("Yes, it is
    essential.") gives the question that level; with no reply, the question wants it. A next
    sentence that names lived experience with no level of its own and opens with no yes or no
    ("Do you have lived experience of psychosis?" / "Lived experience can mean ...") is no
    reply: the question still wants it."""
    reply = _next_sentence(analysis, hit)
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    first = next((t for t in lowers[s_start:s_end] if t[:1].isalpha() and t != "q"), "")
    if reply is None or first not in words()["closed-questions"]:
        return Mention(hit, "wanted", kind, "question")
    r_start, r_end = analysis.sentence_bounds(reply)
    said = [t for t in analysis.lowers(reply.block)[r_start:r_end] if t[:1].isalpha()]
    if said[:1] == ["a"]:
        said = said[1:]  # "A: No ..."
    no = words()["no-words"]
    short = len(said) <= 4  # "Yes.", "You do not.": the sentence after a bare yes or no too
    if short:
        r_end = next((end for start, end, _, _ in analysis.sentences(reply.block) if start >= r_end), r_end)

    def within(group: str) -> list[Hit]:
        return [h for h in analysis.hits_in_block(group, reply.block) if r_start <= h.start and h.end <= r_end]

    named = [h for h in within("lex:lived-experience")
             if not analysis.overlaps("lex:lived-experience-not", h) and not _staff_title(analysis, h)]
    if named:
        # "Yes: lived experience of psychosis is essential."; not a staff title in prose after a
        # question that is no reply ("... as a young person? Our Youth Lived Experience Workers offer ...").
        # A next paragraph that names lived experience with no level of its own ("Lived experience
        # can mean using services yourself ...") answers nothing: the question still wants it.
        replied = bool(said) and (said[0] in no or said[0] in words()["yes-words"] or (short and not no.isdisjoint(said)))
        if not replied and all(assess_mention(analysis, h).strength in ("mention", "wanted") for h in named):  # fmt: skip
            return Mention(hit, "wanted", kind, "question")
        return Mention(hit, "mention", kind)
    desirable = within("lex:desirable")
    if desirable:
        return Mention(hit, "desirable", kind, desirable[0].text, cue_at=desirable[0])
    if said and (said[0] in no or (short and not no.isdisjoint(said))):
        return Mention(hit, "negated", kind, said[0], cue_at=reply)
    required = [r for r in within("lex:requirement") if not analysis.negated(r)]
    if required and said and said[0] in words()["yes-words"]:
        return Mention(hit, "required", kind, required[0].text, cue_at=required[0])
    return Mention(hit, "wanted", kind, "question")


def _staff_title(analysis: Analysis, hit: Hit) -> bool:
    """Is the match, capitalised, part of a job title: a job noun right after it ("Our Youth Lived
    Experience Workers offer ...", "the Lived Experience Practitioner")?"""
    from jdlint.titles import JOB_NOUN, WEAK_NOUN

    doc = analysis.docs[hit.block]
    if hit.end >= len(doc) or not doc[hit.start].text[:1].isupper():
        return False
    after = doc[hit.end].text
    return bool(JOB_NOUN.fullmatch(after)) and not WEAK_NOUN.fullmatch(after)


def _glossed_item(analysis: Analysis, hit: Hit, s_start: int) -> Hit | None:
    """The mention of lived experience in the block just above, when the sentence of ``hit``
    opens with a gloss pointing back to it (`criterion-gloss` in rules/lexicon.toml: "This
    criterion covers ...", "By this we mean ...") and has no level of its own."""
    if hit.block == 0 or not any(g.start - s_start <= 1 for g in analysis.hits_in_block("lex:criterion-gloss", hit.block)
                                 if s_start <= g.start < hit.start):  # fmt: skip
        return None
    if analysis.hits_in_sentence("lex:requirement", hit) or analysis.hits_in_sentence("lex:desirable", hit):
        return None
    above = [h for h in analysis.hits_in_block("lex:lived-experience", hit.block - 1)
             if not analysis.overlaps("lex:lived-experience-not", h)]
    return above[0] if above else None


def _qualification_instead(analysis: Analysis, hit: Hit, left: int, right: int) -> Hit | None:
    """Another profession's qualification (`professional-qualification`, not a peer one in
    `professional-qualification-not`) offered after the mention, in its clause, as an
    alternative to it: "or" within three words before it ("or a minimum Certificate IV in Mental
    Health", "OR hold a Diploma of Nursing"), and the "or" is not inside a list of
    qualifications ("... and a degree or diploma in nursing": the word before "or" is no noun in
    `alternative-nouns`) nor after another requirement joined by "and" or "plus"
    (`other-requirement-joins`: "lived experience and a degree or ..."; "and/or" naming the kind
    is no such join)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    for q in analysis.hits_in_sentence("lex:professional-qualification", hit):
        if not (left <= q.start and q.end <= right and 0 < q.start - hit.end <= 15) or analysis.negated(q) \
                or analysis.overlaps("lex:professional-qualification-not", q):  # fmt: skip
            continue
        lead = lowers[max(hit.end, q.start - 4) : q.start]
        if "or" not in lead:
            continue
        at = q.start - len(lead) + max(i for i, t in enumerate(lead) if t == "or")
        if not all(t.isalpha() for t in lowers[at + 1 : q.start]) or lowers[at - 1] in w["alternative-nouns"]:
            continue
        if lowers[at - 1] == "," or not _joined_before(lowers, hit.end, at):
            # ", or" offers the alternative to all before it, an "and" there included ("lived
            # experience of mental health challenges and recovery, or a Certificate IV ...")
            return q
    return None


def _qualification_wrapped_after(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """``(cue, next line)`` when the mention's item or line stops with no closing stop on an open
    "or" route (at most four words after its last "or": "Lived experience of mental health challenges
    or a relevant community") and the next item or line of its kind and section goes on in lower
    case with a qualification noun (`qualification-nouns`) among its first four words ("services
    qualification (Certificate IV or Diploma)."): a sentence split over two bullets or PDF lines whose
    other route is a qualification. Not a peer or lived route (`wrapped-route-not`: "or a relevant"
    / "peer work certificate")."""
    nxt = hit.block + 1
    if not _continues_on_next_line(analysis, hit.block):
        return None
    lowers = analysis.lowers(hit.block)
    ors = [i for i in range(hit.end, len(lowers)) if lowers[i] == "or"]
    if not ors or not 1 <= len(lowers) - ors[-1] - 1 <= 4 or not all(t[:1].isalpha() for t in lowers[ors[-1] + 1 :]):
        return None
    w = words()
    head = analysis.lowers(nxt)
    sentences = analysis.sentences(nxt)
    end = sentences[0][1] if sentences else len(head)
    if w["qualification-nouns"].isdisjoint(head[:4]) or not w["wrapped-route-not"].isdisjoint(lowers[ors[-1] :] + head[:end]):
        return None
    cue = analysis.make_hits("alternative", [(hit.block, ors[-1], len(lowers))])[0]
    return cue.text, analysis.make_hits("alternative", [(nxt, 0, end)])[0]


def _continues_on_next_line(analysis: Analysis, block: int, lower: bool = True) -> bool:
    """Can ``block``'s last sentence go on in the next block, one sentence wrapped over two PDF
    lines or list items? Both are paragraphs or both list items of one section, ``block`` without
    closing punctuation (".!?:;"), the next starting in lower case ("Two years in human services
    may substitute" / "for lived experience."); with ``lower`` false, the next only not empty
    (:func:`_continued_in` reads its first word itself)."""
    blocks = analysis.document.blocks
    if block + 1 >= len(blocks):
        return False
    first, second = blocks[block], blocks[block + 1]
    text = first.text.rstrip()
    goes_on = second.text.lstrip()[:1].islower() if lower else bool(second.text.strip())
    return first.kind in ("paragraph", "list-item") and second.kind == first.kind and first.section == second.section \
        and bool(text) and text[-1] not in ".!?:;" and goes_on


def _joined_before(lowers: list[str], start: int, end: int) -> bool:
    """Does another requirement join the mention between ``start`` and ``end`` ("and", "plus":
    `other-requirement-joins`; not "and/or" naming the kind)?"""
    joins = words()["other-requirement-joins"]
    return any(lowers[i] in joins and not (i + 1 < len(lowers) and lowers[i + 1] == "/") for i in range(start, end))


def _replacements(analysis: Analysis) -> list[Hit]:
    """The statements that let something else stand in for the lived experience itself, anywhere
    in the advert (`replaces-lived-experience`, not negated, not another posting's), and the same
    wrapped over two lines or list items (:func:`_replaced_across_lines`)."""
    cached = analysis.memo.get("le-replacements")
    if cached is None:
        cached = [cue for cue in analysis.hits("lex:replaces-lived-experience")
                  if not analysis.negated(cue) and not _about_another_posting(analysis, cue)]  # fmt: skip
        cached += [cue for cue in analysis.hits("lex:accepted-instead")
                   if not analysis.negated(cue) and _lived_experience_just_before(analysis, cue)]  # fmt: skip
        cached += [cue for block in range(1, len(analysis.document.blocks))
                   if (cue := _replaced_across_lines(analysis, block)) is not None]  # fmt: skip
        analysis.memo["le-replacements"] = cached
    return cached  # type: ignore[return-value]


def _lived_experience_just_before(analysis: Analysis, hit: Hit) -> bool:
    """Is lived experience named in the sentence before ``hit``'s, in its block or, for the first
    sentence of a block, in the block before ("Lived experience of ... is essential." / "We welcome
    applications from those with relevant professional experience instead."): what "instead" sets
    aside (not "A degree is essential. We also consider applicants with relevant experience instead.")?"""
    start = _sentence_before(analysis, hit)
    if start is not None:
        s_start, _ = analysis.sentence_bounds(hit)
        return any(start <= h.start and h.end <= s_start for h in analysis.hits_in_block("lex:lived-experience", hit.block))
    if hit.block == 0:
        return False
    last = analysis.sentences(hit.block - 1)
    return bool(last) and any(h.start >= last[-1][0] for h in analysis.hits_in_block("lex:lived-experience", hit.block - 1))


def _lacking_accepted(analysis: Analysis) -> list[Hit]:
    """The acceptances, anywhere in the advert, of applicants said to lack lived experience
    (`lacking-lived-experience` in rules/lexicon.toml: "without personal experience", with no "of"
    and no kind) when another route is named between (as :func:`_accepted_lacking` reads one) and no
    negation ("Candidates without personal experience who hold a relevant qualification will also be
    considered"; not "Applicants without personal experience will not be considered")."""
    cached = analysis.memo.get("le-lacking-accepted")
    if cached is None:
        cached = []
        w = words()
        for hit in analysis.hits("lex:lacking-lived-experience"):
            lowers = analysis.lowers(hit.block)
            found = [a for a in analysis.hits_in_sentence("lex:accepted-without", hit)
                     if a.start >= hit.end and NEGATORS.isdisjoint(lowers[hit.end : a.end])]  # fmt: skip
            route = lowers[hit.end : found[0].start] if found else []
            if route and (_names_an_alternative(route) or w["qualification-nouns"].intersection(route)
                          or w["lacking-route-nouns"].intersection(route)) \
                    and not _about_another_posting(analysis, hit):  # fmt: skip
                cached.append(found[0])
        analysis.memo["le-lacking-accepted"] = cached
    return cached  # type: ignore[return-value]


def _replaced_across_lines(analysis: Analysis, block: int) -> Hit | None:
    """The line before ``block``, when ``block`` goes on with the lived experience something else
    may stand in for: "Two years in human services may substitute" / "for lived experience.",
    "Related work may be accepted in lieu of" / "personal experience." (a PDF line or bullet of its
    own, :func:`_continues_on_next_line`): `replaces-lived-experience` (rules/lexicon.toml) matched
    over the last words of the first line and the first of the second, across the break; not
    negated ("cannot substitute" / "for lived experience" is a denial: `stand-in-negators` in
    rules/data/criteria.toml). Returns the first line's last sentence."""
    if not _continues_on_next_line(analysis, block - 1):
        return None
    before = [t for t in analysis.lowers(block - 1) if t[:1].isalnum()][-6:]
    here = [t for t in analysis.lowers(block)[:8] if t[:1].isalnum()]
    if not before or not words()["stand-in-negators"].isdisjoint(before):
        return None
    joined = Prepared.of([before + here])
    if not any(start < len(before) < end for _, start, end in analysis.patterns.match_group(joined, "lex:replaces-lived-experience")):
        return None
    sentences = analysis.sentences(block - 1)
    return analysis.make_hits("replaces-lived-experience", [(block - 1, sentences[-1][0], len(analysis.lowers(block - 1)))])[0]


def _or_inside_another_requirement(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """Is a substitution cue's "or" inside another requirement joined to the mention ("lived
    experience of psychosis and a degree or diploma in social work": the "or" follows a noun in
    `alternative-nouns` after the mention, and "and" joins that requirement to it)?"""
    lowers = analysis.lowers(hit.block)
    return lowers[cue.start] == "or" and cue.start - 1 >= hit.end \
        and lowers[cue.start - 1] in words()["alternative-nouns"] and _joined_before(lowers, hit.end, cue.start)


def _accepted_without(analysis: Analysis, hit: Hit) -> Hit | None:
    """"Can I apply if I do not have lived experience myself?" answered "If you have extensive
    experience in a caring role, we will consider your application": a question about applying
    without lived experience whose reply accepts something else (`accepted-without` in
    rules/lexicon.toml) and does not open with a no ("No - ...", "Unfortunately not"). The
    acceptance, which makes lived experience substitutable; ``None`` otherwise."""
    if not analysis.is_question(hit):
        return None
    reply = _next_sentence(analysis, hit)
    if reply is None:
        return None
    r_start, r_end = analysis.sentence_bounds(reply)
    said = [t for t in analysis.lowers(reply.block)[r_start:r_end] if t[:1].isalpha()]
    if said[:1] == ["a"] and ":" in analysis.lowers(reply.block)[r_start : r_start + 3]:
        said = said[1:]  # "A: ..."
    if not said or said[0] in words()["no-words"] or not _names_an_alternative(said):
        return None  # "Unfortunately not", "You are welcome to apply for our volunteer roles instead"
    found = [a for a in analysis.hits_in_block("lex:accepted-without", reply.block)
             if r_start <= a.start and a.end <= r_end and not analysis.negated(a)]  # fmt: skip
    return found[0] if found else None


def _accepted_lacking(analysis: Analysis, hit: Hit) -> Hit | None:
    """"Applicants without lived experience but with the Level 4 Certificate in Health and
    Wellbeing will also be considered": a statement, in the mention's sentence, that accepts
    applicants who lack lived experience ("without" or "lacking" just before the mention) and
    name another route (an experience, a qualification of `qualification-nouns` in
    rules/data/criteria.toml, time in a job, skills or work of `lacking-route-nouns`: "who can show
    transferable skills from outreach work") after it (`accepted-without` in rules/lexicon.toml, not
    negated). The acceptance, which makes lived experience substitutable
    wherever the requirement stands; ``None`` otherwise ("Applicants without lived experience will
    not be considered" names no route and is negated)."""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    if not {"without", "lacking"}.intersection(lowers[max(s_start, hit.start - 3) : hit.start]):
        return None
    found = [a for a in analysis.hits_in_block("lex:accepted-without", hit.block)
             if hit.end <= a.start and a.end <= s_end and not analysis.negated(a)]  # fmt: skip
    route = lowers[hit.end : found[0].start] if found else []
    w = words()
    if not found or not (_names_an_alternative(route) or w["qualification-nouns"].intersection(route)
                         or w["lacking-route-nouns"].intersection(route)):  # fmt: skip
        return None
    return found[0]


def _level_after(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """"Lived experience of distress, or lived experience as whānau of someone with it. One of
    these is essential.": a short sentence after the mention's, in its block or just after its
    list, whose subject points back to it (`back-reference` in rules/lexicon.toml) and whose
    predicate is a requirement or desirable cue sets the mention's level: ``(strength, cue)``.
    After a list, a choice ("One of these is essential", `choice-subjects` in
    rules/data/criteria.toml) among lived experience and an item of work experience makes lived
    experience substitutable."""
    blocks = analysis.document.blocks
    _, s_end = analysis.sentence_bounds(hit)
    later = [(hit.block, start, end) for start, end, _, _ in analysis.sentences(hit.block) if start >= s_end]
    items: list[int] = []
    if not later and blocks[hit.block].kind == "list-item":
        nxt = hit.block + 1
        while nxt < len(blocks) and blocks[nxt].kind == "list-item":
            nxt += 1
        if nxt < len(blocks) and blocks[nxt].kind == "paragraph":
            later = [(nxt, start, end) for start, end, _, _ in analysis.sentences(nxt)][:1]
            first_item = hit.block
            while first_item > 0 and blocks[first_item - 1].kind == "list-item":
                first_item -= 1
            items = list(range(first_item, nxt))
    if not later:
        return None
    block, start, end = later[0]
    lowers = analysis.lowers(block)
    first = next((i for i in range(start, end) if lowers[i][:1].isalpha()), None)
    backs = [b for b in analysis.hits_in_block("lex:back-reference", block) if b.start == first]
    if not backs or end - backs[0].end > 6:
        return None
    for group, strength in (("requirement", "required"), ("desirable", "desirable")):
        for cue in analysis.hits_in_block(f"lex:{group}", block):
            if backs[0].end <= cue.start and cue.end <= end:
                if analysis.negated(cue) or analysis.overlaps("lex:requirement-negated", cue):
                    return None  # "Neither is required.", "Either is welcome but not essential."
                if lowers[first] in words()["choice-subjects"] and any(
                        i != hit.block and not analysis.hits_in_block("lex:lived-experience", i)
                        and _names_an_alternative(analysis.lowers(i)) for i in items):  # fmt: skip
                    return "substitutable", backs[0]  # "- lived experience ... - two years as an aide. One of these is essential."
                return strength, cue
    return None


def _or_opens_next_clause(lowers: list[str], hit: Hit, cue: Hit, right: int) -> bool:
    """Does the substitution cue open the clause right after the mention's, its "or" the first
    word after the semicolon that closes it ("Lived experience of recovery is required; or two
    years of experience in addiction services", "...is essential; or a degree in social work")?
    The mention's requirement is then one of two routes in. Not a clause without "or" at its
    start ("...is essential; a degree or diploma in nursing is desirable")."""
    return hit.end <= right < len(lowers) and lowers[right] == ";" and cue.start == right + 1 and lowers[cue.start] == "or"


def _or_opens_next_sentence(analysis: Analysis, hit: Hit, s_end: int) -> Hit | None:
    """The substitution cue that opens the sentence right after the mention's in its block, its
    "or" the sentence's first word ("Lived experience of recovery is required. Or two years of
    work in addiction services."), else ``None``. Not a cue later in that sentence ("Two or
    more years of experience in addiction services is desirable.")."""
    lowers = analysis.lowers(hit.block)
    first = next((i for i in range(s_end, len(lowers)) if lowers[i][:1].isalnum()), None)
    if first is None or lowers[first] != "or":
        return None
    return next((c for c in analysis.hits_in_block("lex:substitution", hit.block)
                 if c.start == first and not analysis.overlaps("lex:substitution-not", c)), None)  # fmt: skip


def _closes_item(analysis: Analysis, hit: Hit, cue: Hit, s_start: int) -> bool:
    """Does the substitution cue close the item the mention opens, however long the mention's
    description before it ("- Lived experience of mental health or substance use challenges,
    either personally or as a family member, or equivalent experience in community mental
    health")? The item is a list item or a table cell, and no other requirement stands between
    them: no noun of another route (`alternative-nouns`, `alternative-time-nouns` in
    rules/data/criteria.toml), no semicolon. The item may open after a label, a semicolon or a
    line break inside the cell ("Experience: Lived experience ..., or equivalent experience in
    ...", "Good listening skills; lived experience ...")."""
    if analysis.document.blocks[hit.block].kind not in ("list-item", "table-cell"):
        return False
    lowers = analysis.lowers(hit.block)
    opens = max((i + 1 for i in range(s_start, hit.start) if lowers[i] in (";", ":") or "\n" in lowers[i]),
                default=s_start)  # fmt: skip
    if hit.start - opens > 1:
        return False
    w = words()
    between = lowers[hit.end : cue.start]
    return ";" not in between and not w["alternative-nouns"].intersection(between) \
        and not w["alternative-time-nouns"].intersection(between)  # fmt: skip


def _under_desirable(analysis: Analysis, block: int) -> bool:
    """Is the block a list item or a table cell in the person specification's desirable part
    (under its "Desirable" heading or column)?"""
    found = requirement_of(analysis, block)
    return found is not None and found[0] == "desirable" and \
        analysis.document.blocks[block].kind in ("list-item", "table-cell")  # fmt: skip


def _criteria_item(analysis: Analysis, block: int) -> bool:
    """Is the block a list item or a table cell of the person specification (under a heading
    of requirements: "Selection criteria", "Qualifications")? An item there marked desirable
    ("5. Lived experience as a carer ... is desirable") is the specification's own level."""
    return analysis.document.blocks[block].kind in ("list-item", "table-cell") and requirement_of(analysis, block) is not None


def _spec_label(analysis: Analysis, cue: Hit) -> bool:
    """Is the cue a person specification's label opening its line ("Desirable: lived
    experience of ...", "Preferred - ..."), not prose ("... would be desirable")?"""
    lowers = analysis.lowers(cue.block)
    lead = [t for t in lowers[: cue.start] if t.strip() and not re.fullmatch(r"[-*•(\[]", t)]
    after = lowers[cue.end : cue.end + 1]
    return not lead and bool(after) and bool(re.fullmatch(r"[:\-–—)\]]", after[0]))


def _professional_after(lowers: list[str], start: int, end: int) -> bool:
    """Does an alternative of work follow, after "or", in the rest of the clause ("or equivalent
    experience as a family member *or professional* in the field")?"""
    rest = lowers[start : min(end, start + 12)]
    alternatives = words()["professional-alternatives"]
    return any(rest[i] in alternatives and "or" in rest[:i] for i in range(len(rest)))


def _requirement_denied(analysis: Analysis, hit: Hit, left: int, right: int) -> str | None:
    """"Lived experience ... is valued but not essential", "... and we welcome that - it is
    not a requirement for this role": the sentence says the requirement is not one. Not when
    the mention's own clause requires it and the denial is another clause's ("A degree is
    not required, but lived experience is essential"), nor inside brackets after it with a
    subject of their own ("(experience of inpatient care is not required)")."""
    lowers = analysis.lowers(hit.block)
    denials = [d for d in analysis.hits_in_sentence("lex:requirement-negated", hit)
               if not (d.start >= hit.end and _own_bracket(lowers, hit.end, d.start))]  # fmt: skip
    if not denials:
        return None
    if any(left <= d.start and d.end <= right for d in denials):
        return denials[0].text
    own = [c for c in analysis.hits_in_block("lex:requirement", hit.block)
           if left <= c.start and c.end <= right and not analysis.overlaps("lex:requirement-negated", c)]  # fmt: skip
    return None if own else denials[0].text


def _accepted_after(analysis: Analysis, hit: Hit, *, same_sentence: bool = False, worth: bool = False) -> Hit | None:
    """Other experience said to be accepted too, after the mention in its block: the match, which
    makes the lived experience substitutable. Both forms skip a denied acceptance ("Equivalent
    professional experience will not be accepted", "... will not be considered") and one that names
    lived experience or peer work (`peer-work-experience`) as what is taken ("Equivalent experience
    as a family carer is also accepted", "experience in peer roles will also be considered").

    - By default, equivalent experience (`equivalent-accepted` in rules/lexicon.toml) as the subject
      of the sentence right after the mention's ("- Lived experience of incarceration is required.
      Equivalent experience in corrections may be considered."); not when the equivalent is another
      requirement's, named first ("A degree or equivalent experience may be considered"), nor when
      that sentence names lived or peer experience anywhere.
    - With ``same_sentence``, other skills or experience taken too (`also-accepted`) anywhere after
      the mention in its sentence or in the sentence right after ("Lived experience of psychosis;
      transferable skills from related work will also be considered", "... Relevant work
      experience is also accepted."), or, with ``worth``, said to be worth as much instead
      (:func:`_worth_as_much`: "Skills from youth work are equally valued", the reading CS004 gives
      it too, its denial "... are not equally valued" and peer work just after it "... gained in a
      peer role" included; asked only of a mention otherwise required, by :func:`assess_mention`);
      not when lived or peer experience is named after the mention, up to the match's end."""
    _, s_end = analysis.sentence_bounds(hit)
    later = [(start, end) for start, end, _, _ in analysis.sentences(hit.block) if start >= s_end]
    if not later and not same_sentence:
        return None
    start, end = later[0] if later else (s_end, s_end)
    others = [h for group in ("lex:lived-experience", "lex:peer-work-experience")
              for h in analysis.hits_in_block(group, hit.block)]  # fmt: skip
    if same_sentence:
        cues = analysis.hits_in_block("lex:also-accepted", hit.block) if not worth else [
            a for a in analysis.hits_in_block("lex:adjacent-alternative", hit.block) if _worth_as_much(a)
            and not _level_denied(analysis, a) and not _peer_work_after(analysis, a)]  # as CS004 reads them
        found = [c for c in cues
                 if hit.end <= c.start and c.end <= end and not analysis.negated(c)
                 and not any(hit.end <= h.start < c.end for h in others)]  # fmt: skip
        return min(found, key=lambda c: c.start) if found else None
    lowers = analysis.lowers(hit.block)
    first = next((i for i in range(start, end) if lowers[i][:1].isalnum()), None)
    found = [e for e in analysis.hits_in_block("lex:equivalent-accepted", hit.block)
             if e.start == first and e.end <= end and not analysis.negated(e)]  # fmt: skip
    if not found or any(start <= h.start and h.end <= end for h in others):
        return None  # "Equivalent experience as a family carer / in a peer role ...": lived or peer experience too
    return found[0]


def _accepted_after_requirement(analysis: Analysis, hit: Hit) -> Hit | None:
    """Another route accepted in the clause after the mention's, in its sentence, opened by ";" or
    a word of `concession-openers` in rules/data/criteria.toml ("Lived experience of ... is
    essential, although candidates from a nursing background will also be considered", "... is
    required; in exceptional cases, equivalent professional experience may be accepted"): an
    acceptance (`accepted-without`, `equivalent-accepted`, no negation in the clause before it's
    done) and a noun of a route (`alternative-nouns`, `qualification-nouns`, `lacking-route-nouns`).
    The clause runs to the next such opener, so a concession on another requirement after a ";"
    is that requirement's ("...; a degree is required, although equivalent experience may be
    accepted"); not when the clause names lived experience or peer work itself, a desirable level
    ("... will also be considered an advantage") or what the route replaces (`replaced-markers`:
    "... accepted in place of the degree"). The acceptance; ``None`` otherwise."""
    w = words()
    _, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    breaks = [i for i in range(hit.end, s_end) if lowers[i] == ";" or lowers[i] in w["concession-openers"]]
    if not breaks:
        return None
    a, b = breaks[0], breaks[1] if len(breaks) > 1 else s_end
    clause = lowers[a:b]
    routes = w["alternative-nouns"] | w["qualification-nouns"] | w["lacking-route-nouns"]
    if routes.isdisjoint(clause) or not w["replaced-markers"].isdisjoint(clause):
        return None
    named = [o for g in ("lex:lived-experience", "lex:peer-work-experience") for o in analysis.hits_in_block(g, hit.block)]
    if any(a <= o.start < b for o in [*named, *analysis.hits_in_block("lex:desirable", hit.block)]):
        return None
    found = [x for g in ("lex:accepted-without", "lex:equivalent-accepted") for x in analysis.hits_in_block(g, hit.block)
             if a < x.start and x.end <= b and NEGATORS.isdisjoint(lowers[a : x.end])]  # fmt: skip
    return min(found, key=lambda x: x.start) if found else None


def _requirement_contrasted(analysis: Analysis, hit: Hit) -> Hit | None:
    """"A degree is not essential; lived experience of psychosis is.", "Qualifications aren't
    required, but personal experience of recovery is": a requirement denied to something else
    before the mention (`requirement-negated`), and the mention's sentence closing on a bare verb
    (`elided-predicates` in rules/data/criteria.toml) whose predicate is left out, the one denied
    before: the mention is required. The requirement word of the denial (its cue); ``None`` when
    the sentence goes on past the verb ("... lived experience is welcome") or the verb is
    negated ("..., nor is lived experience", "... lived experience is not")."""
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    said = [i for i in range(hit.end, s_end) if lowers[i][:1].isalnum()]
    if not said or lowers[said[-1]] not in words()["elided-predicates"]:
        return None
    if any(t[:1].isalnum() for t in lowers[said[-1] + 1 : s_end]) or not NEGATORS.isdisjoint(lowers[s_start : hit.start][-2:]):
        return None
    denials = [d for d in analysis.hits_in_sentence("lex:requirement-negated", hit) if d.end <= hit.start]
    if not denials:
        return None
    denial = denials[-1]
    cues = [c for c in analysis.hits_in_block("lex:requirement", hit.block) if denial.start <= c.start and c.end <= denial.end]
    return cues[0] if cues else denial


def _requires_an_ability(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """"You must be able to draw on your lived experience", "it is essential that you can use
    your lived experience": the requirement is on an ability that assumes lived experience,
    which clear-soil reads as duty prose (partly met), not as lived experience required."""
    if cue.end > hit.start:
        return False
    between = set(analysis.lowers(hit.block)[cue.end : hit.start])
    if between.isdisjoint(words()["ability-words"]):
        return False
    return any(w.end >= hit.start - 3 and w.start >= cue.end for w in analysis.hits_in_sentence("lex:wanted", hit))


def _ends_with_or(text: str) -> bool:
    r"""Does ``text`` end with the word "or" (any case, maybe white space after it): what
    ``(?:^|[\s;,])or\s*$`` finds, read from the end (the expression's scan tried every
    character of the block, about 9 us a block)."""
    end = text.rstrip()
    return end[-2:].lower() == "or" and (len(end) == 2 or end[-3] in ";," or end[-3].isspace())


def _or_next_block(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
    """"Lived experience of ...; OR" / a line "OR", then adjacent experience in the next item
    ("Two years of paid experience ..."): the quoted "or" and that item when it stands in."""
    blocks = analysis.document.blocks
    text = blocks[hit.block].text
    if _ends_with_or(text):
        nxt = hit.block + 1
        cue = text.rstrip()[-2:]
    elif hit.block + 1 < len(blocks) and blocks[hit.block + 1].text.strip(" ;,.:").lower() == "or":
        nxt = hit.block + 2
        cue = blocks[hit.block + 1].text.strip(" ;,.:")
    else:
        return None
    if nxt >= len(blocks) or analysis.hits_in_block("lex:lived-experience", nxt):
        return None  # "... as a parent; or" then another kind of lived experience
    return (cue, nxt) if _names_an_alternative(analysis.lowers(nxt)) else None


def _block_start(analysis: Analysis, block: int) -> Hit | None:
    """A match on the first token of ``block`` (to quote its first sentence), if it has one."""
    return analysis.make_hits("alternative", [(block, 0, 1)])[0] if analysis.lowers(block) else None


def _names_an_alternative(lowers: list[str]) -> bool:
    """Do the words (an item, a reply) offer another route: experience, a qualification, or time
    in a job ("two years as a behavioral health technician")?"""
    w = words()
    return bool(w["alternative-nouns"].intersection(lowers) or w["alternative-time-nouns"].intersection(lowers))


def _one_of_list(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
    """Lived experience as one item of a list whose lead-in offers a choice ("... AND one of the
    following:", "At least one of:"), beside an item that is not lived experience ("two years as
    a behavioral health technician"): the quoted choice, as it makes lived experience
    substitutable, and that item. Only when the mention opens its item; not when every item is lived experience
    ("personal experience of psychosis" / "experience as a carer of someone with psychosis")."""
    blocks = analysis.document.blocks
    s_start, _ = analysis.sentence_bounds(hit)
    lead = _lead_in(analysis, hit.block)
    if lead is None or s_start != 0 or hit.start > 2:
        return None
    choices = analysis.hits_in_block("lex:choice-lead-in", lead)
    if not choices:
        return None
    for i in range(lead + 1, len(blocks)):
        if blocks[i].kind != "list-item":
            break
        if i != hit.block and not analysis.hits_in_block("lex:lived-experience", i) and _names_an_alternative(analysis.lowers(i)):
            return choices[0].text, i
    return None


def _or_previous_block(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
    """Lived experience as the last of alternative routes: the item before ends with "OR"
    (or a line "OR" stands between) and offers adjacent experience or a qualification ("two
    years' experience in service delivery; OR" / "lived experience of ..."). Only when the
    mention opens its item, so the item is the alternative itself."""
    blocks = analysis.document.blocks
    s_start, _ = analysis.sentence_bounds(hit)
    if hit.block == 0 or s_start != 0 or hit.start > 2:
        return None
    prev = hit.block - 1
    text = blocks[prev].text
    if text.strip(" ;,.:").lower() == "or" and prev > 0:
        cue, prev = text.strip(" ;,.:"), prev - 1
    elif _ends_with_or(text):
        cue = text.rstrip()[-2:]
    else:
        return None
    if blocks[prev].kind != blocks[hit.block].kind or analysis.hits_in_block("lex:lived-experience", prev):
        return None  # another kind of lived experience ("as a parent; or" / "as a carer")
    return (cue, prev) if _names_an_alternative(analysis.lowers(prev)) else None


#: Cues that describe how lived experience was mentioned rather than quote the advert's words.
_DESCRIBED_CUES = {
    "question": "in a question",
    "stated without a requirement": "named with no level",
    "a designated lived experience role": "a designated lived experience role",
}


def _cue(cue: str) -> str:
    """A cue for a message: quoted words, or a description of the column, heading or way of
    saying it (never in quotation marks, which would pass it off as the advert's words)."""
    if cue in _DESCRIBED_CUES:
        return _DESCRIBED_CUES[cue]
    return cue if "“" in cue else f"“{cue}”"


def applicant_mentions(analysis: Analysis) -> list[Mention]:
    """Every mention of the applicant's own lived experience, assessed (cached per analysis)."""
    cached = analysis.memo.get("applicant_mentions")
    if cached is None:
        cached = [assess_mention(analysis, h) for h in hits(analysis, "lived-experience")
                  if _is_applicants(analysis, h) and not _for_another_opening(analysis, h)
                  and not _about_another_posting(analysis, h)
                  and not _said_of_other_posts(analysis, h) and peer_staff_subject(analysis, h) is None
                  and (not analysis.overlaps("lex:lived-experience-not", h)
                       or analysis.overlaps("lex:lived-experience-designated", h))]  # fmt: skip
        analysis.memo["applicant_mentions"] = cached
    return cached


def _about_another_posting(analysis: Analysis, hit: Hit) -> bool:
    """Is the sentence about another posting the advert also lists, named as what the statement
    is for ("Note: for our Harm Reduction Outreach Worker posting (ref. HR-22), frontline
    experience may be considered instead of lived experience": `another-posting` in
    rules/lexicon.toml)? The name holds a job noun (not "role" or "post" alone) and a word outside
    this advert's title ("for the Peer Navigator vacancy" in a Peer Navigator advert is this
    post; so is a peer post with the title's head noun, "for our Certified Peer Specialist
    position" in a Peer Specialist advert), before the hit (after it, "... may instead apply for our Outreach Worker vacancy" is
    where the reader is sent: `other-vacancy`), with no "this" and no `clause-breaks` word
    between them ("For our Outreach
    Worker posting see its own advert; lived experience is essential here" stays this post's) and
    no full stop outside brackets (a reference, "(ref. HR-22)", may split the sentence).
    Not under no title: which post is this one is then unknown."""
    found = [o for o in analysis.hits_in_block("lex:another-posting", hit.block) if o.end <= hit.start]
    if not found:
        return False
    title_list = _title_words(analysis)
    title = set(title_list)
    if not title:
        return False
    from jdlint.role import classify_title
    from jdlint.titles import JOB_NOUN, WEAK_NOUN

    lowers = analysis.lowers(hit.block)
    stop = set(words()["clause-breaks"]) | {"this"}
    skip = words()["posting-name-skip"]
    for o in found:
        name = [t for t in lowers[o.start + 1 : o.end - 1] if t not in skip]
        nouns = [t for t in name if JOB_NOUN.fullmatch(t) and not WEAK_NOUN.fullmatch(t)]
        if not nouns or set(name) <= title:
            continue
        if nouns[-1] == title_list[-1] and classify_title(analysis, " ".join(name), acronyms=False).cls == "peer":
            continue  # "for our Certified Peer Specialist position" in a Peer Specialist advert: this post
        between = lowers[o.end : hit.start]
        # a reference in brackets ("(ref. HR-22)") may hold a full stop; no sentence ends outside one
        outside = re.sub(r"\([^()]*\)", "", " ".join(between)).split()
        if stop.isdisjoint(between) and "this" not in name and not any(t in ".!?" for t in outside):
            return True
    return False


def _for_another_opening(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience named as the way into another opening, later in its sentence
    ("Applicants who have supported a family member are also welcome to apply for our Family
    Support Worker vacancy": `other-vacancy` in rules/lexicon.toml)? Not a page of information
    the openings are only named after ("see our FAQ page for other roles": `other-vacancy-not`),
    nor an opening offered to the applicants without it (a word of `set-aside-words` in
    rules/data/criteria.toml between: "...; people without it should see our Support Worker roles"),
    nor a pointer in a clause of its own (`vacancy-clause-breaks` or a spaced dash between, or "and"
    before a new subject: "Lived experience of psychosis is essential; see our other peer roles too")."""
    lowers = analysis.lowers(hit.block)
    set_aside = words()["set-aside-words"]
    return any(o.start >= hit.end and not analysis.overlaps("lex:other-vacancy-not", o)
               and set_aside.isdisjoint(lowers[hit.end : o.start])
               and not _own_clause_between(analysis, hit.block, hit.end, o.start)
               for o in analysis.hits_in_sentence("lex:other-vacancy", hit))  # fmt: skip


def _own_clause_between(analysis: Analysis, block: int, a: int, b: int) -> bool:
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


def _said_of_other_posts(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience asked for by other posts named as the subject before it in its
    clause ("...; our Peer Navigator roles are posted separately and are open only to people with
    lived experience": `other-posts-subject` in rules/lexicon.toml)? Not when this post is named
    between ("Like our other roles, this post is ...") or added to them after it ("..., and so is
    this one": `this-post-too`), nor in a clause of its own (`_own_clause_between`: a clause
    break, a spaced dash, or "and" before a new subject: "... are posted separately and you must
    have ...")."""
    found = analysis.hits_in_sentence("lex:other-posts-subject", hit)
    if not found:
        return False
    lowers = analysis.lowers(hit.block)
    if any(t.start >= hit.end for t in analysis.hits_in_sentence("lex:this-post-too", hit)):
        return False
    return any(o.end <= hit.start and "this" not in lowers[o.end : hit.start]
               and not _own_clause_between(analysis, hit.block, o.end, hit.start) for o in found)  # fmt: skip


def peer_staff_subject(analysis: Analysis, hit: Hit) -> Hit | None:
    """The other peer staff the lived experience is asked of, named in the plural as the subject
    before it in its clause ("the study also employs two Peer Researchers, who must have their own
    experience of ...", "Our Peer Mentors must be in recovery themselves"): a `peer-role-noun`
    match ending in a plural word, then only words that link a subject to what it has (commas,
    `relative-pronouns`, modals and "have": no `applicant-words`, "this", `clause-breaks` or
    `new-subjects`). Not under a title that names a peer role, nor with no title (there the peers
    named are the post's kind or the post itself), nor when the title names them ("Peer
    Researchers" in a "Peer Researcher" advert), nor after "one of our" (`one-of-them`: "As one
    of our Peer Researchers, you must ..."). One other post introduced as such right before its
    noun (`another-post-intro`: "Separately, we employ a Peer Researcher, who must have ...") is
    another post in the singular too, under any title but one with its head noun."""
    nouns = [n for n in analysis.hits_in_sentence("lex:peer-role-noun", hit) if n.end <= hit.start]
    if not nouns:
        return None
    from jdlint.role import classify_title, find_title
    from jdlint.titles import JOB_NOUN, WEAK_NOUN

    n = max(nouns, key=lambda n: n.end)
    # one other post introduced as such right before it ("Separately, we employ a Peer Researcher"):
    # another post under any title, unless the title names it
    another = any(o.end <= n.start <= o.end + 1 for o in analysis.hits_in_sentence("lex:another-post-intro", hit))
    title, _ = find_title(analysis)
    if not another and (not title or classify_title(analysis, title).cls == "peer"):
        return None  # with no title the peers named may be the post ("Transition Peer Workers draw on ...")
    w = words()
    lowers = analysis.lowers(hit.block)
    stop = w["applicant-words"] | w["clause-breaks"] | w["new-subjects"] | {"this"}
    named = set(re.findall(r"[^\W\d_]+", (title or "").lower()))
    joined = analysis.hits_in_sentence("lex:one-of-them", hit)
    head = lowers[n.end - 1]
    between = lowers[n.end : hit.start]
    if (not (another or head.endswith("s")) or not JOB_NOUN.fullmatch(head) or WEAK_NOUN.fullmatch(head)
            or not named.isdisjoint((head,) if another else (head[:-1], head[:-2]))
            or len(between) > 12 or not stop.isdisjoint(between) or ":" in between
            or any(n.start - 1 <= j.end <= n.start for j in joined)):  # fmt: skip
        return None
    return n


def service_kind(analysis: Analysis) -> str:
    """The kind of lived experience the service is about (for wording fixes)."""
    counts: Counter[str] = Counter()
    for hit in analysis.hits("lex:lived-experience-kind"):
        for label in _kinds_named(hit.text.lower()):
            counts[label] += 1
    if not counts:
        return "mental health challenges or substance use"
    return counts.most_common(1)[0][0]


@lru_cache(maxsize=4096)
def _kinds_named(text: str) -> tuple[str, ...]:
    """The kinds of lived experience (rules/data/criteria.toml) whose stems ``text`` holds (kept
    across adverts: the kind matches repeat a few texts)."""
    return tuple(label for label, stems in words().kinds if any(stem in text for stem in stems))


def _person_spec_place(ctx: Context, after: Span | None = None) -> str:
    """Where an essential criterion goes: the person specification if there is one, else
    after the sentence that mentions lived experience, else the job summary."""
    where = suggest_place(ctx, (r"^essential", r"person spec", r"selection criteria", r"minimum qualif",
                                r"requirements|qualifications", r"about you|who you are|what you"))  # fmt: skip
    if where:
        return f"{where}, as an essential criterion"
    if any(b.kind == "table-cell" for b in ctx.document.blocks):
        return "in the person specification table, in the Essential column"
    if after is not None:
        return f"after the sentence “{clip(after.text)}”"
    return "in the job summary, as its second sentence (or in an Essential criteria list)"


def _desirable_fix(ctx: Context, span: Span, text: str) -> Fix:
    """The fix for lived experience listed as desirable: moved to the essential criteria,
    or, in a table row whose level is a cell of its own ("Criteria | Essential/Desirable",
    "Lived experience ... | Desirable"), that cell's level changed to essential (moving the
    words into the level column would leave the row without its criterion)."""
    marker = ctx.analysis.row_marker(span.block) if ctx.document.blocks[span.block].kind == "table-cell" else None
    if marker is not None and marker[1] == "desirable":
        level = ctx.document.blocks[marker[0]].text.strip().rstrip(".:")  # "Desirable", "D", "(D)", "Highly desirable"
        core = level.strip("()")
        essential = (level.replace(core, "E") if len(core) == 1 else "ESSENTIAL" if level.isupper()
                     else "Essential" if level[:1].isupper() else "essential")  # fmt: skip
        return Fix("replace", essential, original=level, where=f"{ROW_LEVEL} “{clip(span.text)}”")
    return Fix("replace", text, original=span.text, where=_move_to_essential(ctx, span))


def _move_to_essential(ctx: Context, span: Span) -> str:
    block = ctx.document.blocks[span.block]
    tick = ctx.analysis.row_tick(span.block) if block.kind == "table-cell" else None
    if tick is not None and tick[1] == "desirable":  # "Lived experience ... | | X": the tick is what moves
        return (f"in the person specification table, move the tick from the "
                f"“{ctx.document.blocks[tick[0]].column_header}” column to the Essential column")
    if block.kind == "table-cell" and block.column_header:
        return f"in the person specification table, move it from the “{block.column_header}” column to the Essential column"
    if span.section:
        return f"move it from “{span.section}” to the essential criteria"
    return "state it as an essential criterion in the person specification"


# the advert's own words for the kind, after "experience of" and before what it asks of it
# ("Personal experience of an eating disorder would be beneficial" -> "an eating disorder")
_OWN_KIND = re.compile(
    r"\bexperiences? (?:of|with) ((?:an? |the )?[^\W\d][\w'’ -]{2,60}?)"
    r"(?= (?:would|will|is|are|be|as|preferred|desirable|an advantage|beneficial|helpful|welcome|useful)\b|[,.;:()]|$)",
    re.I)  # fmt: skip


def _of_helping_another(analysis: Analysis, mention: Mention) -> bool:
    """Is the lived experience that of helping someone else through it: the match opening with a
    word of `helping-verbs` or `caring-words` in rules/data/criteria.toml, or "experience of" (or
    "in") right before one ("Lived experience of supporting someone through a suicidal crisis",
    "personal experience of caring for a relative with psychosis")?"""
    toks = analysis.lowers(mention.hit.block)[mention.hit.start : mention.hit.end + 2]
    w = words()
    helping = w["helping-verbs"] | w["caring-words"]
    if toks and toks[0] in helping:
        return True  # the match is the helping itself ("caring for a relative")
    return any(t.startswith("experience") and toks[i + 1] in ("of", "in") and toks[i + 2] in helping
               for i, t in enumerate(toks[:-2]))  # fmt: skip


def _kind_of(analysis: Analysis, mention: Mention) -> str | None:
    """The kind of experience a mention names, as words for a fix: the advert's own words
    when its sentence says "experience of <a kind>" ("an eating disorder"), else the kind's
    label ("mental health challenges")."""
    if not mention.kind_named:
        return None
    text = " ".join(h.text.lower() for h in analysis.hits_in_sentence("lex:lived-experience-kind", mention.hit))
    text += " " + mention.hit.text.lower()
    for label, stems in words().kinds:
        if any(stem in text for stem in stems):
            own = _OWN_KIND.search(analysis.sentence_text(mention.hit))
            if own and any(stem in own.group(1).lower() for stem in stems):
                return own.group(1).strip()
            return label
    return None


@check("lived_experience_essential",
       fixes=("substitutable", "negated", "kind-not-named", "wanted", "desirable", "absent"))
def lived_experience_essential(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    kind = service_kind(analysis)
    mentions = applicant_mentions(analysis)
    by = {s: by_evidence(analysis, [m for m in mentions if m.strength == s], lambda m: m.hit) for s in
          ("required", "wanted", "desirable", "substitutable", "negated", "mention")}  # fmt: skip
    required_text = rule.fix_text("absent", kind=kind)

    def spans(ms: list[Mention]) -> tuple[Span, ...]:
        """The first three sentences of the mentions (their kind's and cue's too), each once."""
        seen: dict[tuple[int, int], Span] = {}
        for m in ms:
            for at in (m.hit, m.kind_at, m.cue_at):
                if at is not None:
                    span = analysis.sentence_span(at)
                    seen.setdefault((span.block, span.start), span)
                    if len(seen) == 3:
                        return tuple(seen.values())
        return tuple(seen.values())

    if by["substitutable"]:
        m = by["substitutable"][0]
        return _verdict(rule, "not-met",
            f"Lived experience can be substituted ({_cue(m.cue)}): adjacent experience is offered in its place.",
            spans(by["substitutable"]),
            Fix("replace", rule.fix_text("substitutable", kind=kind),
                where=f"in “{clip(analysis.sentence_span(m.hit).text)}”", original=m.cue))  # fmt: skip
    if by["negated"] and not by["required"]:
        m = by["negated"][0]
        return _verdict(rule, "not-met", "The advert says lived experience is not needed.", spans(by["negated"]),
            Fix("replace", rule.fix_text("negated", kind=kind),
                where=f"in place of “{clip(analysis.sentence_span(m.hit).text)}”",
                original=analysis.sentence_span(m.hit).text))  # fmt: skip
    if by["required"]:
        named = [m for m in by["required"] if m.kind_named]
        if named:
            return _verdict(rule, "met", f"Lived experience is required ({_cue(named[0].cue)}) and its kind is named.",
                            spans(named), None)  # fmt: skip
        m = by["required"][0]
        return _verdict(rule, "partly-met",
            f"Lived experience is required ({_cue(m.cue)}) but the kind is not named.", spans(by["required"]),
            Fix("replace", rule.fix_text("kind-not-named", kind=kind), original=m.hit.text,
                where=f"in “{clip(analysis.sentence_span(m.hit).text)}”"))  # fmt: skip
    spec_desirable = [m for m in by["desirable"] if m.in_spec]
    if by["wanted"] and spec_desirable and all(_of_helping_another(analysis, m) for m in spec_desirable) \
            and any(m.kind_named and not _of_helping_another(analysis, m) for m in by["wanted"]):  # fmt: skip
        # the specification's desirable row names the experience of helping someone else through it
        # ("Lived experience of supporting someone through a suicidal crisis"), the prose the
        # applicant's own ("developed for people with a lived experience of suicidal distress"):
        # the row does not lower what the prose wants
        spec_desirable = []
    if by["wanted"] and spec_desirable:
        # The person specification places lived experience among the desirable criteria: what
        # the prose wants ("Do you have ...?", "our peer workers draw on their experience")
        # does not raise it. Only desirable (not met); the evidence is the specification.
        m = spec_desirable[0]
        span = analysis.sentence_span(m.hit)
        text = rule.fix_text("desirable", kind=_kind_of(analysis, m) or kind)
        return _verdict(rule, "not-met",
            f"Lived experience is only desirable in the person specification ({_cue(m.cue)}); "
            "the prose that wants it does not make it a requirement.", spans(spec_desirable),
            _desirable_fix(ctx, span, text))  # fmt: skip
    if by["wanted"]:
        m = by["wanted"][0]
        text = rule.fix_text("wanted", kind=_kind_of(analysis, m) or kind)
        return _verdict(rule, "partly-met",
            f"Lived experience is wanted in prose ({_cue(m.cue)}) but not stated as a requirement.", spans(by["wanted"]),
            Fix("add", text, where=_person_spec_place(ctx, analysis.sentence_span(m.hit))))  # fmt: skip
    if by["desirable"]:
        m = by["desirable"][0]
        span = analysis.sentence_span(m.hit)
        text = rule.fix_text("desirable", kind=_kind_of(analysis, m) or kind)
        return _verdict(rule, "not-met",
            f"Lived experience is only desirable ({_cue(m.cue)}).", spans(by["desirable"]),
            _desirable_fix(ctx, span, text))  # fmt: skip
    return _verdict(rule, "not-met", "The advert does not ask for lived experience.", (),
                    Fix("add", required_text, where=_person_spec_place(ctx)))  # fmt: skip


# --- peer principles -------------------------------------------------------------------------

PRINCIPLES = ("mutuality", "disclosure", "hope", "boundaries")


def principle_hits(analysis: Analysis, principle: str) -> Iterator[Hit]:
    """The principle's matches that set it out, in order, judged one at a time as they are
    asked for (:func:`best_evidence` stops at the first statement)."""
    found = hits(analysis, principle)
    if principle == "disclosure":
        found = sorted([*found, *_story_shared_back(analysis)], key=lambda h: (h.block, h.start))
    for hit in found:
        if _excepted(analysis, f"lex:{principle}-not", hit) or analysis.negated(hit):
            continue
        if principle == "hope" and in_proper_name(analysis, hit):
            continue
        if principle == "disclosure" and _shared_by_served(analysis, hit):
            continue  # "allow veterans to share their experiences" is the veterans' sharing
        if principle == "disclosure" and _sharing_at_selection(analysis, hit):
            continue  # "Do I have to talk about my health at interview? You can choose what to share."
        if principle == "boundaries" and _helps_served(analysis.tokens_before(hit, 6)) \
                and not _serving_condition_closed(analysis.tokens_before(hit, 8)):
            continue  # "support people to develop healthy boundaries" is their boundaries
        yield hit


def _story_shared_back(analysis: Analysis) -> list[Hit]:
    """The worker's own story shared by a pronoun in the next sentence: a `story-shared-back` match
    that opens its sentence ("You will share it when it helps people.") right after a sentence of its
    block that names the worker's own story (`own-story`: "You have your own story."). Not the people
    served's stories ("They have their own stories. You will share them ...") nor something else of
    the worker's ("You have your own rota. You will share it with your manager.")."""
    out = []
    for hit in analysis.hits("lex:story-shared-back"):
        s_start, _ = analysis.sentence_bounds(hit)
        lowers = analysis.lowers(hit.block)
        if next((i for i in range(s_start, hit.end) if lowers[i][:1].isalpha()), None) != hit.start:
            continue
        start = _sentence_before(analysis, hit)
        if start is not None and any(start <= h.start and h.end <= s_start
                                     for h in analysis.hits_in_block("lex:own-story", hit.block)):  # fmt: skip
            out.append(hit)
    return out


def _sentence_before(analysis: Analysis, hit: Hit) -> int | None:
    """The first token of the sentence right before ``hit``'s in its block, if there is one."""
    s_start, _ = analysis.sentence_bounds(hit)
    before = [a for a, b, _, _ in analysis.sentences(hit.block) if b <= s_start]
    return before[-1] if before else None


def _names_first(analysis: Analysis, principle: str, found: list[Hit]) -> list[Hit]:
    """A principle's matches with those that name it outright first (``<principle>-names`` in
    rules/data/criteria.toml: "Instill hope" before "model that recovery is real", "Share your
    story" before "uses their personal recovery story"), document order within each (stable):
    ``best_evidence`` then takes the first statement, so a statement still goes before a heading
    or a question that names the principle."""
    names = words()[f"{principle}-names"]
    return sorted(found, key=lambda h: names.isdisjoint(analysis.lowers(h.block)[h.start : h.end]))


def _excepted(analysis: Analysis, group: str, hit: Hit) -> bool:
    """Does an exception match overlap the match, other than one the match holds whole and
    more besides ("relationships built on mutual respect" is the more specific wording that
    holds the exception "mutual respect")?"""
    return any(h.start < hit.end and hit.start < h.end and not (hit.start <= h.start and h.end <= hit.end
               and hit.end - hit.start > h.end - h.start) for h in analysis.hits_in_block(group, hit.block))  # fmt: skip


def _helps_served(before: list[str], extra: frozenset[str] = frozenset()) -> bool:
    """"support people to ...", "help clients set ...": a serving verb, then the people
    served (or ``extra`` nouns), then what they do (so what follows is theirs, not the peer's).
    "your relationships *with* clients within clear boundaries" is the worker's: "with" after
    a relationship noun names whom the relationship is with."""
    w = words()
    people = w["served"] | w["ambiguous-people"] | extra
    return any(before[i] in w["serve-verbs"] and before[i + 1] in people
               and not (before[i] == "with" and i and before[i - 1] in w["relationship-nouns"])
               for i in range(len(before) - 1))  # fmt: skip


def _prompts_served(before: list[str], w: CriteriaWords) -> bool:
    """"encourage young people to ... talk about their own experiences": a verb that prompts
    people to act (`prompt-verbs`), the people served within two words after it (one word such
    as "young" may stand between; not "staff members"), then "to": what follows is theirs."""
    if w["prompt-verbs"].isdisjoint(before):
        return False
    people = w["served"] | w["ambiguous-people"] | w["family-people"]
    for i, word in enumerate(before):
        if word in w["prompt-verbs"]:
            at = next((j for j in (i + 1, i + 2) if j < len(before) and before[j] in people), None)
            if at is not None and before[at] in w["member-nouns"] and before[at - 1] in w["staff-member-words"]:
                continue  # "encourage staff members to tell their own stories": colleagues
            if at is not None and "to" in before[at + 1 :]:
                return True
    return False


def _serving_condition_closed(before: list[str]) -> bool:
    """"share your story where it helps someone else, keep healthy boundaries": the serving verb
    has a subject of its own in a condition ("where it helps", "if that supports") and the
    condition ends at a comma, so what follows is the worker's next duty, not what the people
    served do."""
    w = words()
    people = w["served"] | w["ambiguous-people"] | w["family-people"]
    for i in range(1, len(before) - 1):
        if before[i] in w["serve-verbs"] and before[i + 1] in people and "," in before[i + 2 :]:
            lead = before[max(0, i - 2) : i]
            if lead and lead[-1] in w["condition-subjects"] and not w["condition-openers"].isdisjoint(lead):
                return True
    return False


def _coordinated_with_worker(analysis: Analysis, hit: Hit) -> bool:
    """"Our peer specialists build relationships with patients, and share their personal
    recovery story": a predicate joined by ", and" to the one before it shares that one's
    subject, so a possessive in it is the subject's (a worker), not the object's before it.
    So does one in a series joined by a bare comma ("Our mentors sit with clients, share their
    own stories with purpose, and ..."), unless a serving verb before it makes the people act
    ("help clients set goals, share their stories": `accompany-words` only say whom with) or
    a clause opener comes between ("where veterans meet, share ...": `series-clause-openers`).
    So does one joined by a bare "and" right after the people, the object of the predicate
    before ("Our peer specialists support participants and share their own stories"; not "help
    clients set goals and share their stories"), and one after "by" or "through" (`gerund-preps`:
    "Our navigators build trust with residents by sharing their own stories")."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    if hit.start - s_start < 3:
        return False
    people = w["served"] | w["ambiguous-people"] | w["family-people"]
    before, before2 = lowers[hit.start - 1], lowers[hit.start - 2]
    if before == ",":
        if not w["series-clause-openers"].isdisjoint(lowers[s_start : hit.start]):
            return False  # "We run groups where veterans meet, share their stories": maybe theirs
        if any(lowers[i] in w["serve-verbs"] and lowers[i] not in w["accompany-words"] and lowers[i + 1] in people
               for i in range(s_start, hit.start - 2)):  # fmt: skip
            return False
    elif before in w["gerund-preps"] or (before == "and" and before2 in people):
        if not w["series-clause-openers"].isdisjoint(lowers[s_start : hit.start]):
            return False  # "... clients who struggle and share their stories": maybe theirs
    elif before != "and" or before2 != ",":
        return False
    for word in lowers[s_start : hit.start - 2]:  # the sentence's first person is its subject
        if word in w["worker"] and word not in w["ambiguous-people"]:
            return word not in w["new-subjects"]  # "We help families by sharing their stories": theirs
        if word in w["served"] or word in w["ambiguous-people"]:
            return False
    return False


def _sharing_at_selection(analysis: Analysis, hit: Hit) -> bool:
    """Is a sharing match the applicant's choice at selection, not the post's practice: its
    sentence, or the question right before it in its block ("Do I have to talk about my mental
    health at interview? You can choose what to share."), names a stage of selection after a
    preposition ("at interview", "in your application": `selection-talk-preps` and
    `selection-talk-words` in rules/data/criteria.toml)?"""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    spans = [(s_start, s_end)]
    before = [(a, b) for a, b, _, _ in analysis.sentences(hit.block) if b <= s_start]
    if before and lowers[before[-1][1] - 1] == "?":
        spans.append(before[-1])
    stages, preps, skip = w["selection-talk-words"], w["selection-talk-preps"], w["selection-talk-skip"]
    for a, b in spans:
        for i in range(a, b - 1):
            if lowers[i] not in preps:
                continue
            j = i + 1
            while j < b - 1 and lowers[j] in skip:
                j += 1
            if lowers[j] in stages:
                return True
    return False


def _shared_by_served(analysis: Analysis, hit: Hit) -> bool:
    """Is a sharing match ("share their experiences") about the people served sharing? Not one
    that holds the applicant's possessive ("share your family's story", "support clients and
    share your own story": the people served act first, the sharing after "and" is the worker's)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    if _coordinated_with_worker(analysis, hit):
        return False  # "peer workers meet patients, and share their story": the workers' sharing
    if not w["applicant-possessives"].isdisjoint(lowers[hit.start : hit.end]):
        return False  # "support clients and share your own story": the served act first, "your" is the worker's
    if _helps_served(analysis.tokens_before(hit, 4), w["family-people"]):
        return True  # "help parents share parts of their family's story": the parents' sharing
    if _prompts_served(analysis.tokens_before(hit, 8), w):
        return True  # "encourage young people to join groups and talk about their own experiences"
    for i in range(hit.start, hit.end):
        if lowers[i] in w["possessives"]:
            return _owner(lowers, i, s_start, w) == "served"
    return False


@check("peer_principles")
def peer_principles(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    best = {p: best_evidence(analysis, _names_first(analysis, p, principle_hits(analysis, p)))
            for p in PRINCIPLES}  # each one's quote  # fmt: skip
    named = [p for p in PRINCIPLES if best[p]]
    missing = [p for p in PRINCIPLES if not best[p]]
    evidence: dict[tuple[int, int], Span] = {}
    for p in named:
        span = analysis.sentence_span(best[p])  # type: ignore[arg-type]
        if best[p].group == "lex:story-shared-back":  # type: ignore[union-attr]
            # "You have your own story. You will share it ...": the story the pronoun shares, first
            start = _sentence_before(analysis, best[p])  # type: ignore[arg-type]
            named_at = analysis.sentence_span(analysis.make_hits("own-story", [(span.block, start, start + 1)])[0])
            evidence.setdefault((named_at.block, named_at.start), named_at)
        evidence.setdefault((span.block, span.start), span)
    frameworks = sorted({h.text for h in analysis.hits("lex:peer-framework")})
    note = f" Names {', '.join(frameworks)} (supporting evidence)." if frameworks else ""
    if not missing:
        return _verdict(rule, "met", "Mutuality, disclosure, hope and boundaries are all set out." + note,
                        tuple(evidence.values()), None)  # fmt: skip
    wording = words().principle_fixes
    words_ = " You will ".join(f"{wording[p]}." for p in missing)  # one short sentence each (RD001)
    fix = Fix("add",
        f"In this role you will {words_} Our peer workers use recognised approaches such as Intentional Peer "
        "Support and the Wellness Recovery Action Plan (WRAP).",
        where=suggest_place(ctx, (r"summary|about the role|purpose|overview", r"duties|responsibilities"))
        or "in the job summary, after the sentence that introduces the role")  # fmt: skip
    if named:
        return _verdict(rule, "partly-met",
            f"{len(named)} of 4 set out ({', '.join(named)}); missing: {', '.join(missing)}.{note}",
            tuple(evidence.values()), fix)  # fmt: skip
    return _verdict(rule, "not-met", f"None of mutuality, disclosure, hope or boundaries is set out.{note}", (), fix)


# --- peer panel ------------------------------------------------------------------------------


@check("peer_panel", fixes=("panel",))
def peer_panel(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    selection: list[Hit] = []
    other_way: list[Hit] = []
    met: list[Hit] = []
    staged = False  # an interview or a panel is described (not only shortlisting or "the recruitment process")
    stage_words = words()["interview-stage-words"]
    described = any(not stage_words.isdisjoint(h.text.lower().split()) and not analysis.overlaps("lex:panel-not", h)
                    and not _offers_accommodation(analysis, h) for h in hits(analysis, "panel"))  # the same, anywhere in the advert  # fmt: skip
    for hit in hits(analysis, "panel"):
        if analysis.overlaps("lex:panel-not", hit):
            continue  # "motivational interviewing", "support people with job interviews"
        if _offers_accommodation(analysis, hit):
            continue  # "Accommodations are available at any stage of the hiring process": not who selects
        if _post_duty(analysis, hit):
            continue  # "You will sit on recruitment panels for new peer workers": other hires'
        if _another_time(analysis, hit):
            continue  # "Previously the panel included a peer", "We hope to add peers next year"
        staged = staged or not words()["interview-stage-words"].isdisjoint(hit.text.lower().split())
        closed = _closed_answer(analysis, hit)
        if closed is not None:
            # "Will someone with lived experience be on the panel? Yes, always.": the answer says
            reply, yes = closed
            if reply is not None and yes and not analysis.negated(hit) and any(
                    not analysis.negated(p) and not _in_other_stage(analysis, p) for p in _panel_people(analysis, hit)):
                after = _after_bare_reply(analysis, reply)  # "Yes." / "Every panel ... includes a Lived Experience Lead."
                return _verdict(rule, "met", "Peers or people with lived experience take part in selection.",
                                (analysis.sentence_span(hit), analysis.sentence_span(reply),
                                 *((analysis.sentence_span(after),) if after is not None else ())), None)  # fmt: skip
            selection.append(hit)  # a question states nothing; a reply other than yes is read on its own
            continue
        answer = _answer(analysis, hit)
        if answer is not None and analysis.is_question(hit) and not analysis.negated(hit) and any(
                not analysis.negated(p) and not _in_other_stage(analysis, p) for p in _panel_people(analysis, answer)):
            # "Who will be on the interview panel? Our manager and one of our peer workers."
            return _verdict(rule, "met", "Peers or people with lived experience take part in selection.",
                            (analysis.sentence_span(hit), analysis.sentence_span(answer)), None)  # fmt: skip
        for member in _label_members(analysis, hit):
            # a heading or label "Interview panel" over the panel's make-up ("Program Director and a
            # Peer Support Worker from our team."), in a paragraph or a list of its own
            members = _panel_people(analysis, member)
            # a group named only as where a member comes from ("a consumer representative from our
            # Consumer Advisory Group") is the panel's make-up, not another way of taking part
            if not analysis.negated(member) and not any(
                    not analysis.negated(o) and not _listed_members_group(analysis, o, members)
                    for o in _other_ways(analysis, member)) and any(
                    not analysis.negated(p) and not _in_other_stage(analysis, p) for p in members):  # fmt: skip
                return _verdict(rule, "met", "Peers or people with lived experience take part in selection.",
                                (analysis.sentence_span(hit), analysis.sentence_span(member)), None)  # fmt: skip
        if _qualified_panel(analysis, hit) and _panel_people(analysis, hit):
            other_way.append(hit)  # "a stakeholder panel of Experts by Experience": not the interview panel
            continue
        people = [p for p in _panel_people(analysis, hit)
                  if not (p.start < hit.end and hit.start < p.end) and not analysis.negated(p)
                  and not _in_other_stage(analysis, p) and not _in_another_clause(analysis, hit, p)
                  and not _actor_of_other_way(analysis, hit, p) and not _on_a_qualified_panel(analysis, p)]  # fmt: skip
        denied_place = analysis.hits_in_sentence("lex:panel-place-denied", hit)
        if (people and denied_place and not any(d.start <= hit.start and hit.end <= d.end for d in denied_place)
                and all(any(d.start >= p.end and not _own_clause_between(analysis, hit.block, p.end, d.start)
                            for d in denied_place) for p in people)):  # fmt: skip
            # "a task set by our Parent Carer Forum, who will observe the task but are not part of
            # the interview panel": involved in the interview, but said not to be on the panel. Not
            # the denied panel alone ("Peer workers are not on the interview panel": no part), nor
            # when one of them is named in a clause of its own ("The panel includes a peer worker;
            # our carer forum sets a task but is not on the panel")
            other_way.append(hit)
            continue
        if people and _dates_an_earlier_stage(analysis, hit):
            # "Before the formal interview, members of our advisory group run a coffee morning":
            # the interview only dates the stage the people take part in
            other_way.append(hit)
            continue
        # "with" inside "people with lived experience" is not a part in selection
        membership = [m for m in analysis.hits_in_sentence("lex:panel-membership", hit)
                      if not any(p.start <= m.start and m.end <= p.end for p in people)
                      and not (m.end - m.start == 1 and in_proper_name(analysis, m))  # not "Team Lead", "Chair"
                      and not _sequence_by(analysis, m) and _label_reaches_people(analysis, m, people)
                      and not _candidate_invited(analysis, m) and not _joins_a_task(analysis, m)
                      and not _membership_of_another(analysis, hit, m)]  # fmt: skip
        other = [o for o in _other_ways(analysis, hit)
                 if not analysis.negated(o) and not _before_the_panel(analysis, o, people)]  # fmt: skip
        design = analysis.hits_in_sentence("lex:panel-design", hit)
        # "with" / "alongside" count where they join a stage of selection to the people after
        # them ("a panel interview with two of our peer staff"), not after an informal part
        # ("an informal chat with peers") or with no people after them ("your interview with
        # the manager").
        anchored = {id(m): _weak_anchor(analysis, m, people, other, described) for m in membership
                    if m.text.lower() in words()["weak-membership"]}  # fmt: skip
        # "Shortlisted candidates will meet with two of our peer workers": "with" joins the
        # people to what the candidates do, not to a stage of selection
        activity = any(v is False for v in anchored.values())
        membership = [m for m in membership if anchored.get(id(m), True) not in (None, False)
                      and not _joins_the_people(analysis, m, people) and _has_subject(analysis, m, people)]  # fmt: skip
        other = [o for o in other if not _member_origin(analysis, hit, o, people, membership)]
        membership = [m for m in membership if not _in_observers_clause(analysis, m, other)]
        if people and design and all(any(d.start <= m.start and m.end <= d.end for d in design)
                                     or m.text.lower() in words()["member-nouns"]
                                     or _design_explains(analysis, m, design) for m in membership):  # fmt: skip
            other_way.append(hit)  # "young people will help design the interview questions"
            continue
        if people and any(d.start <= hit.start and hit.end <= d.end for d in design):
            # the selection word is what the people designed ("co-designed with our advisory
            # group, who also helped write the interview questions"): a "with" elsewhere in the
            # sentence joins them to another piece of work, not to the panel
            other_way.append(hit)
            continue
        if people and membership and not analysis.negated(hit):
            strong = [m for m in membership if (m.text.lower() not in words()["weak-membership"]
                      and min(abs(m.start - hit.end), abs(hit.start - m.end)) <= 5) or anchored.get(id(m)) == hit]  # fmt: skip
            # "Service users will be part of a stakeholder group on the interview day": the
            # membership's object is the other way, named before the selection word
            strong = [m for m in strong if not _joins_another_way(m, hit, other)]
            # "The panel is the manager and our Lived Experience Lead": the panel's make-up, also
            # in a relative clause right after it ("the interview panel, which is made up of ...")
            lowers = analysis.lowers(hit.block)
            last = hit.text.lower().split()[-1]
            composed = last in words()["panel-nouns"] and any(
                (hit.start <= m.start <= hit.end or _make_up_clause(lowers[hit.end : m.start])) and m.end > hit.end
                for m in strong)  # fmt: skip
            # "the formal interview, which is held by the Head of Participation and ...": an
            # interview's make-up in a relative clause right after it
            composed = composed or (last in words()["interview-nouns"] and any(
                m.start > hit.end and _make_up_clause(lowers[hit.end : m.start]) for m in strong))  # fmt: skip
            if composed and not any(p.start >= hit.end for p in people):
                # the make-up names none of them: "present to our Advisory Group, whose feedback
                # is shared with the interview panel of the General Manager and Operations Lead"
                (other_way if other else selection).append(hit)
                continue
            named = _interviewer_named(analysis, hit, strong)
            if other and not ((_core_panel(hit) or composed or named) and strong
                              and _reaches_people(analysis, strong, people, other)):  # fmt: skip
                # "meet candidates informally", "hear a presentation"; "interviewed by the manager
                # and will give a presentation to peer workers": the presentation's people
                other_way.append(hit)
                continue
            met.append(hit)
            continue
        if people and (other or (activity and described)):
            # where the advert describes an interview or a panel, what the candidates do with
            # the people beside it is another way of taking part
            other_way.append(hit)
            continue
        taking = _take_part_after(analysis, hit)
        if taking is not None:
            met.append(taking)  # "Interviews are informal. People with lived experience take part."
            continue
        selection.append(hit)
    if met:
        # a sentence under a selection heading before one elsewhere (a senior post's duty to
        # "represent the workforce on recruitment panels"); then the interview panel's make-up
        # before another stage ("Shortlisting is done by ...") when the advert puts peers in
        # both; document order otherwise
        stage = words()["interview-stage-words"]
        best = min(met, key=lambda h: (0 if _selection_section(analysis, h.block) else 1,
                                       0 if stage.intersection(h.text.lower().split()) else 1))  # fmt: skip
        return _verdict(rule, "met", "Peers or people with lived experience take part in selection.",
                        (analysis.sentence_span(best),), None)  # fmt: skip
    subjects = words()["selection-subjects"]
    informal: list[Hit] = []
    chats: list[Hit] = []
    # (designing the selection counts there too, with no selection word in its sentence: "Carer
    # representatives review our questions." under a recruitment heading)
    for hit in [*hits(analysis, "panel-other-way"), *hits(analysis, "panel-design")]:
        if analysis.negated(hit) or analysis.overlaps("lex:panel-other-way-not", hit) or _another_time(analysis, hit):
            continue
        s_start, s_end = analysis.sentence_bounds(hit)
        sentence = analysis.lowers(hit.block)[s_start:s_end]
        if not (_panel_people(analysis, hit) or _people_in_continuation(analysis, hit)):
            if _informal_stage(analysis, hit, sentence):
                informal.append(hit)  # "We'll invite you for an informal chat with X, then ask for references"
            continue
        # not "for an informal chat, contact ...", but "questions" the people shape is the selection's
        nearby = (analysis.hits_in_block("lex:panel", hit.block) or _selection_section(analysis, hit.block)) \
            and (words()["contact-words"].isdisjoint(sentence) or analysis.hits_in_sentence("lex:panel-design", hit))
        if analysis.hits_in_sentence("lex:panel", hit) or subjects.intersection(sentence) or nearby \
                or _about_the_advert(analysis, hit):
            other_way.append(hit)  # a presentation to, or a meeting with, people who use services
            if not staged and _chat_with_people(analysis, hit):
                chats.append(hit)
    if chats:
        # no interview or panel anywhere: the conversation with peers is the selection ("you'll
        # then be invited for an informal chat with two staff, one of whom started as a peer mentor")
        return _verdict(rule, "met", "Peers or people with lived experience take part in selection.",
                        (analysis.sentence_span(best_evidence(analysis, chats)),), None)  # type: ignore[arg-type]  # fmt: skip
    fix = Fix("add", rule.fix_text("panel"),
        where=suggest_place(ctx, (r"interview|selection|recruitment|how to apply|apply", r"further information|additional"))
        or "at the end of the advert, where the selection process is described")  # fmt: skip
    meeting = None if other_way else _meeting_in_section(analysis, peers=True)
    if meeting is not None:
        # "## Selection process" / "After a short phone call, you will meet our Peer Lead and the
        # Program Director.": with no interview or panel described, the meeting is the selection;
        # beside one, the peers met take part in another way
        if not staged:
            return _verdict(rule, "met", "Peers or people with lived experience take part in selection.", (meeting,), None)
        return _verdict(rule, "partly-met", "People who use services take part in selection in another way, but not on the panel.",
                        (meeting,), fix)  # fmt: skip
    other_way = by_evidence(analysis, other_way)
    # a field label on its own ("Interview date") does not describe a selection process; a
    # question about who selects, with its answer, describes it as well as a statement does
    # then, among statements, the sentence that says who selects ("The panel will comprise the
    # Team Manager and a Psychologist") before other selection sentences ("Interviews will be
    # held at ...", "Applications will be screened ...")
    # (a short question about who selects is kept with its answer: "Who will interview me?" / "You
    # will meet our Director of Family Services and a Program Supervisor.")
    selection = sorted((h for h in selection if weak_evidence(analysis, h) < 2 or _answer(analysis, h) is not None),
                       key=lambda h: (0 if _answer(analysis, h) is not None else weak_evidence(analysis, h),
                                      _who_selects(analysis, h)))  # fmt: skip
    if other_way:
        return _verdict(rule, "partly-met",
            "People who use services take part in selection in another way, but not on the panel.",
            _whole_sentence(analysis, other_way[0]), fix)  # fmt: skip
    if not selection:
        selection = informal  # a selection made of informal steps only, without an interview
    if not selection:
        # a merit system's rating, ranking or examination ("You will be rated on the information in
        # your resume"): the selection process, described without an interview or panel
        selection = [h for h in hits(analysis, "selection-rating") if not analysis.negated(h)][:1]
    if selection:
        answer = _answer(analysis, selection[0])
        spans = _whole_sentence(analysis, selection[0])
        said = analysis.sentence_span(answer) if answer is not None else None
        if said is not None and not any((sp.block, sp.start) == (said.block, said.start) for sp in spans):
            spans += (said,)  # (the make-up on the next line is in the sentence already)
        meeting = None if answer else _meeting_before(analysis, selection[0])
        if meeting is None and answer is None and _who_selects(analysis, selection[0]) >= 2:
            meeting = _meeting_in_section(analysis)  # "After a short call, you will meet our Coordinator and ..."
        if meeting is not None and not any((sp.block, sp.start) == (meeting.block, meeting.start) for sp in spans):
            spans = (meeting, *spans)  # "You will meet with our Program Manager and Clinical Lead." says who selects
        return _verdict(rule, "not-met", "The selection process is described without peers on the panel.", spans, fix)
    meeting = _meeting_in_section(analysis)
    if meeting is not None:
        return _verdict(rule, "not-met", "The selection process is described without peers on the panel.", (meeting,), fix)
    return _verdict(rule, "not-met", "The selection process is not described, so peers on the panel are not stated.", (), fix)


def _offers_accommodation(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection word in the clause of an offer of accommodations or adjustments to the
    applicants ("Accommodations are available on request at any stage of the hiring process",
    "tell us if you need reasonable adjustments at interview"), with none of the people who may
    select in that clause? It names when the offer holds; it does not describe who selects."""
    left, right = _clause_bounds(analysis, hit)
    if not any(left <= a.start and a.end <= right for a in analysis.hits_in_sentence("lex:panel-accommodation", hit)):
        return False
    return not any(left <= p.start and p.end <= right for p in analysis.hits_in_sentence("lex:panel-people", hit))


def _design_explains(analysis: Analysis, m: Hit, design: list[Hit]) -> bool:
    """Does a colon after a membership word open the words that say how the people take part,
    and is that designing the selection ("Tāngata whaiora are involved in the selection process:
    a consumer advisor will review the interview questions")? Then the involvement is the design,
    not a place on the panel."""
    lowers = analysis.lowers(m.block)
    return any(d.start >= m.end and ":" in lowers[m.end : d.start] for d in design)


def _about_the_advert(analysis: Analysis, hit: Hit) -> bool:
    """Is another way of taking part the writing or reviewing of the advert itself ("reviewed
    the wording of this posting", "co-write our job adverts": its last word in ``advert-nouns``)?
    That is a part in the recruitment wherever it is said."""
    return analysis.lowers(hit.block)[hit.end - 1] in words()["advert-nouns"]


def _joins_another_way(m: Hit, hit: Hit, other: list[Hit]) -> bool:
    """Does a membership match before the selection word take another way of taking part as its
    object, within three words after it and before the selection word ("will be part of a
    stakeholder group on the interview day", "sit on our advisory panel during interviews")?
    Then it joins the people to that group, not to the interview."""
    return m.end <= hit.start and any(m.start < o.start <= m.end + 3 and o.end <= hit.start for o in other)


def _interviewer_named(analysis: Analysis, hit: Hit, strong: list[Hit]) -> bool:
    """Is the selection match a passive of interviewing whose membership match names who
    interviews right after it ("You'll be interviewed by our Peer Team Leader and ...":
    ``interviewed-words`` in rules/data/criteria.toml, then "by")? Then it is the interview
    itself, as "Interviews are conducted by ..." is."""
    lowers = analysis.lowers(hit.block)
    return lowers[hit.end - 1] in words()["interviewed-words"] and any(
        m.start <= hit.end - 1 and m.end > hit.end and "by" in lowers[hit.end : m.end] for m in strong)  # fmt: skip


def _reaches_people(analysis: Analysis, strong: list[Hit], people: list[Hit], other: list[Hit]) -> bool:
    """Does a strong membership match reach a person with no other way of taking part between
    them ("interviewed by the manager and a peer worker" does; "Interviews are conducted by the
    manager and will include a presentation to a group of peer workers" reaches the presentation
    first)? People before it are its subject ("Two peer workers meet candidates informally and
    sit on the panel"); a group's name between only says where a member comes from ("a member of
    our Advisory Council, which is made up of people with lived experience": its last word in
    ``group-anaphor-nouns``)."""
    lowers = analysis.lowers(strong[0].block) if strong else []
    groups = words()["group-anaphor-nouns"]
    activities = [o for o in other if lowers[o.end - 1] not in groups]
    return any((p.end <= m.start and not _audience_in_series(lowers, p, m, activities))
               or (p.end > m.start and not any(m.end <= o.start and o.end <= p.start for o in activities))
               for m in strong for p in people)  # fmt: skip


def _audience_in_series(lowers: list[str], person: Hit, m: Hit, activities: list[Hit]) -> bool:
    """Are people named before a membership word only the audience of an earlier step of the
    candidates ("give a short presentation to our consumer council, then attend an interview with
    the manager", "a short talk to two peer workers, then attend ..."): an activity ends before
    them, and the few words between them and the membership word hold a ``series-joins`` word (a
    comma, "then", "and") but no verb or relative word that would give it the people as its
    subject ("Candidates present to our council, and two peer workers will then join the panel",
    "..., who then sit on the panel")? So are they when a new subject ("you", "we") comes
    between, or when the membership word is a passive of interviewing ("..., you will be
    interviewed by ...": the people before it are never the interviewers). Not people right
    before it ("Candidates present, and peer workers sit on the panel")."""
    w = words()
    if lowers[m.start] in w["interviewed-words"] and "by" in lowers[m.start : m.end]:
        return True  # "... to people who use our services and will then be interviewed by the manager": not the interviewers
    between = lowers[person.end : m.start]
    if not any(o.end <= person.start for o in activities):
        return False
    if not w["new-subjects"].isdisjoint(between):
        return True  # "After presenting to our consumer advisory group, you will be interviewed by ..."
    return 0 < len(between) <= 5 and not w["series-joins"].isdisjoint(between) \
        and w["clause-verbs"].isdisjoint(between) and w["relative-pronouns"].isdisjoint(between)  # fmt: skip


def _dates_an_earlier_stage(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection match inside a time before it that opens its sentence ("Before the
    formal interview, ...", "Ahead of your interview, ...": a ``panel-other-way`` match opened by
    a word of ``earlier-stage-words``)? Then it names the interview only to date another stage,
    and the people in the sentence take part in that stage, not in the interview (not "an
    informal chat before the formal interview, which is held by two of our peer mentors")."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    opener = next((i for i in range(s_start, hit.start) if lowers[i][:1].isalpha()), None)  # past a bullet
    return any(o.start == opener and o.start <= hit.start and hit.end <= o.end
               and lowers[o.start] in words()["earlier-stage-words"]
               for o in analysis.hits_in_sentence("lex:panel-other-way", hit))  # fmt: skip


def _another_time(analysis: Analysis, hit: Hit) -> bool:
    """Does the clause of a selection match describe another selection than this one: past
    practice or a future intention (``panel-other-time``: "Previously the interview panel
    included a peer worker", "We hope to add consumers to our panels from next year")? Not
    where the words just before the time keep the practice going or set it against this one
    ("as in previous years", "unlike past rounds": ``time-set-aside``), nor a time inside a
    relative clause about people ("someone who has previously used our services") or just after
    them ("a peer worker, hired last year, sits on the panel")."""
    found = analysis.hits_in_sentence("lex:panel-other-time", hit)
    if not found:
        return False
    s_start, s_end = analysis.sentence_bounds(hit)
    left, right = _clause_part(analysis, hit.block, s_start, s_end, hit.start)
    lowers = analysis.lowers(hit.block)
    w = words()
    for t in found:
        if t.start < left or t.end > right:
            continue  # "Previously the panel was two managers; now a peer worker sits on it"
        if not w["time-set-aside"].isdisjoint(lowers[max(left, t.start - 4) : t.start]):
            continue  # "as in previous years", "unlike past rounds"
        if not w["relative-pronouns"].isdisjoint(lowers[max(left, t.start - 3) : t.start]):
            continue  # "a person who has previously used the service"
        if any(p.end <= t.start <= p.end + 3 for p in _panel_people(analysis, hit)):
            continue  # "a peer worker, hired last year, sits on the panel": said of the person
        return True
    return False


def _take_part_after(analysis: Analysis, hit: Hit) -> Hit | None:
    """The sentence right after a selection sentence, in the same block, when it says that peers
    or people with lived experience take part with no object ("Interviews are informal. People
    with lived experience take part."; ``panel-take-part``, then only ``take-part-trailers`` to
    the sentence's end): the taking part refers back to the interview just named. Not a sentence
    with a selection word of its own (read by itself), nor people negated or in another stage.
    After a sentence that names a gathering as the interview itself ("Interviews are held as a
    yarning circle.": `panel-other-way-not`), taking part in it by name counts too ("A peer worker
    will sit in the yarning circle.": `gathering-back-reference`)."""
    if analysis.is_question(hit):
        return None
    _, s_end = analysis.sentence_bounds(hit)
    found = analysis.hits_in_block("lex:panel-take-part", hit.block)
    if analysis.hits_in_sentence("lex:panel-other-way-not", hit):
        found = [*found, *analysis.hits_in_block("lex:gathering-back-reference", hit.block)]
    if not found:
        return None
    lowers = analysis.lowers(hit.block)
    trailers = words()["take-part-trailers"]
    for t in found:
        start, end = analysis.sentence_bounds(t)
        if start != s_end or analysis.negated(t) or analysis.hits_in_sentence("lex:panel", t):
            continue
        if not all(w in trailers for w in lowers[t.end : end]):
            continue  # "Peer workers take part in the induction": an object of its own
        if any(p.end <= t.start and not analysis.negated(p) and not _in_other_stage(analysis, p)
               for p in _panel_people(analysis, t)):  # fmt: skip
            return t
    return None


def _meeting_in_section(analysis: Analysis, peers: bool = False) -> Span | None:
    """The first sentence under a selection heading that says whom the candidate meets, with no
    peers or people with lived experience in it ("## Hiring process" / "After a short phone call,
    you will meet our Program Coordinator and the Director of Family Services."): a word of
    meeting (`selection-meet-words`), "with" or not, then a selector noun or a capitalised word
    within six tokens. It says who selects where no selection sentence does ("Applications are
    reviewed on a rolling basis"). With ``peers``, the first such sentence that names peers or
    people with lived experience ("you will meet our Peer Lead and the Program Director"). Not a
    meeting after the hire (`after-hire-words`: "Once hired, you will meet ... during induction"),
    nor one the sentence puts outside selection (`not-selection-meeting-words`: "at an open day",
    "on your first day", "for an informal chat"). The meeting is a step of selection only when its
    sentence, a sentence next to it or its heading has a word of selection (`selection-stage-words`:
    "Selection process", "after your interview"); "How to apply" / "you can meet our Peer Lead"
    has none."""
    w = words()
    for block in range(len(analysis.document.blocks)):
        if not _selection_section(analysis, block) or w["selection-meet-words"].isdisjoint(analysis.lowers(block)):
            continue
        lowers = analysis.lowers(block)
        sentences = list(analysis.sentences(block))
        heading = analysis.document.blocks[block].section[-1:]
        staged_heading = any(not w["selection-stage-words"].isdisjoint(re.findall(r"[^\W\d_]+", title.lower()))
                             for title in heading)  # fmt: skip
        for n, (a, b, c, d) in enumerate(sentences):
            span = _meeting_sentence(analysis, block, a, b, c, d, bare=True)
            if span is None or not w["after-hire-words"].isdisjoint(lowers[a:b]) \
                    or _has_phrase(lowers[a:b], w["not-selection-meeting-words"]):
                continue  # "Once hired, you will meet our Peer Lead during induction": after the selection
            near = sentences[max(0, n - 1) : n + 2]
            if not staged_heading and all(w["selection-stage-words"].isdisjoint(lowers[x:y]) for x, y, _, _ in near):
                continue  # "How to apply" / "you can meet our Peer Lead": no step of selection named
            named = [p for p in analysis.hits_in_block("lex:panel-people", block) if a <= p.start < b]
            named = [p for p in _panel_people(analysis, named[0]) if not analysis.negated(p)] if named else []
            if bool(named) == peers:
                return span
    return None


def _has_phrase(tokens: list[str] | tuple[str, ...], phrases: frozenset[str]) -> bool:
    """Do the lower-case ``tokens`` hold one of ``phrases`` (one or more words) in a row?"""
    joined = f" {' '.join(tokens)} "
    return any(f" {p} " in joined for p in phrases)


def _meeting_sentence(analysis: Analysis, block: int, a: int, b: int, c: int, d: int, bare: bool = False) -> Span | None:
    """The sentence (tokens ``a``-``b``, characters ``c``-``d`` of ``block``) when it says whom
    the candidate meets: a word of meeting, "with" (or, when ``bare``, none), and a selector noun
    or a capitalised word within six tokens after it."""
    lowers = analysis.lowers(block)
    w = words()
    doc = analysis.docs[block]
    for i in range(a, b - 2):
        if lowers[i] not in w["selection-meet-words"]:
            continue
        first = i + 2 if lowers[i + 1] == "with" else (i + 1 if bare else None)
        if first is not None and any(t.lower_ in w["selector-nouns"] or (t.is_alpha and t.text[:1].isupper())
                                     for t in doc[first : min(b, first + 6)]):  # fmt: skip
            text = analysis.document.blocks[block].text
            while d > c and text[d - 1].isspace():
                d -= 1
            return Span.of(analysis.document, block, c, d)
    return None


def _meeting_before(analysis: Analysis, hit: Hit) -> Span | None:
    """The sentence just before a selection sentence that names no one ("We are happy to
    arrange childcare for your interview."), in the same block under a selection heading, when
    it says whom the candidate meets ("You will meet with our Program Manager and Clinical
    Lead."): a word of meeting (`selection-meet-words`), "with", and a selector noun or a
    capitalised word within six tokens; that sentence says who selects. Not a meeting outside a
    selection section ("In your first week you will meet with ...")."""
    if _who_selects(analysis, hit) < 2 or not _selection_section(analysis, hit.block):
        return None
    s_start, _ = analysis.sentence_bounds(hit)
    before = [(a, b, c, d) for a, b, c, d in analysis.sentences(hit.block) if b <= s_start]
    if not before:
        return None
    a, b, c, d = before[-1]
    if words()["selection-meet-words"].isdisjoint(analysis.lowers(hit.block)[a:b]):
        return None
    return _meeting_sentence(analysis, hit.block, a, b, c, d)


def _candidate_invited(analysis: Analysis, m: Hit) -> bool:
    """Is the membership match "to interview" the candidate's invitation to it ("Candidates
    invited to interview will first present ...", `invited-words` in rules/data/criteria.toml),
    not people who interview?"""
    lowers = analysis.lowers(m.block)
    return lowers[m.start] == "to" and m.start > 0 and lowers[m.start - 1] in words()["invited-words"]


def _joins_a_task(analysis: Analysis, m: Hit) -> bool:
    """Is what the membership match joins a task the candidate does ("The interview will
    include a presentation to our consumer council", "includes a short role-play";
    `candidate-task-nouns` within the four tokens after it), not people who select?"""
    return not words()["candidate-task-nouns"].isdisjoint(analysis.tokens_after(m, 4))


def _make_up_clause(between: list[str]) -> bool:
    """Do the words between a panel and a membership word open a relative clause about the
    panel ("the interview panel, which is made up of ...", ", who are ...")? Only a relative
    pronoun, a form of "be" and a few words such as a comma or "will" (`relative-pronouns`,
    `identity-verbs`, `make-up-clause-words` in rules/data/criteria.toml) may stand there."""
    w = words()
    allowed = w["relative-pronouns"] | w["identity-verbs"] | w["make-up-clause-words"]
    return any(t in w["relative-pronouns"] for t in between) and all(t in allowed for t in between)


def _clause_part(analysis: Analysis, block: int, s_start: int, s_end: int, i: int) -> tuple[int, int]:
    """Token bounds of the part of the sentence that holds token ``i`` (a token of the
    sentence), between clause breaks: from the last break before ``i`` to the first from it on."""
    breaks = _panel_clause_breaks(analysis, block, s_start, s_end)
    at = bisect_left(breaks, i)
    return (breaks[at - 1] + 1 if at else s_start), (breaks[at] if at < len(breaks) else s_end)


def _panel_clause_breaks(analysis: Analysis, block: int, s_start: int, s_end: int) -> list[int]:
    """The tokens of a sentence that break it into parts: a semicolon or a dash with spaces
    around it, "but", "while" and the like (``panel-clause-breaks``), or "and" / "or" after a
    comma (``panel-clause-joins``). Found once per sentence (each person named is placed)."""
    found: dict[tuple[int, int, int], list[int]] = analysis.memo.setdefault("panel-clause-breaks", {})  # type: ignore[assignment]
    key = (block, s_start, s_end)
    cached = found.get(key)
    if cached is not None:
        return cached
    w = words()
    breaks, joins = w["panel-clause-breaks"], w["panel-clause-joins"]
    lowers, doc = analysis.lowers(block), analysis.docs[block]

    def is_break(j: int) -> bool:
        if lowers[j] == "-":  # a dash between words ("the team leader - our peers"), not "co-design"
            return j > s_start and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)
        return lowers[j] in breaks or (lowers[j] in joins and j > s_start and lowers[j - 1] == ",")

    found[key] = [j for j in range(s_start, s_end) if is_break(j)]
    return found[key]


def _membership_of_another(analysis: Analysis, hit: Hit, m: Hit) -> bool:
    """Is the membership match in another clause of the sentence than the selection match (past
    ";", ", and" and the like: :func:`_clause_part`), a passive with a selection word and an agent
    of its own (a membership that ends on "by"), whose membership it is ("Tāngata whaiora check
    the questions before each round of hiring, and interviews are held by the manager": "held by"
    is the interviews', not the hiring round's)? Not a membership that adds to the people before
    ("Our peer workers interview every candidate; the panel also includes the manager")."""
    s_start, s_end = analysis.sentence_bounds(hit)
    left, right = _clause_part(analysis, hit.block, s_start, s_end, m.start)
    if (left, right) == _clause_part(analysis, hit.block, s_start, s_end, hit.start):
        return False
    lowers = analysis.lowers(hit.block)
    if not any(left <= b.start and b.end <= right and lowers[b.end - 1] == "by"
               for b in analysis.hits_in_sentence("lex:panel-membership", hit)):  # fmt: skip
        return False
    return any(left <= h.start and h.end <= right and not (h.start < hit.end and hit.start < h.end)
               for h in analysis.hits_in_sentence("lex:panel", hit))  # fmt: skip


def _in_another_clause(analysis: Analysis, hit: Hit, person: Hit) -> bool:
    """Are the people named in another clause of the sentence than the selection match, past
    a semicolon, a dash or a joining word ("The panel is the manager and a psychologist;
    candidates also meet with our peer team"; "..., and our peer workers will support you")?
    A part that is only an item of a list of panel members ("The panel includes the manager; a
    peer worker; and an HR adviser", "not only the manager but a peer worker") is not a clause
    of its own: a part is one when it has a verb word (``clause-verbs``) or a selection or
    membership word outside the people, or another way of taking part ("our council gives
    feedback"); a relative clause after the people only describes them ("; a peer worker who
    has lived experience;"). A clause that puts them on the panel itself ("..., and a peer
    worker will also sit on it") keeps them."""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    part = _clause_part(analysis, hit.block, s_start, s_end, person.start)
    if part == _clause_part(analysis, hit.block, s_start, s_end, hit.start):
        return False
    left, right = part
    w = words()
    # a relative clause after the people describes them ("; a peer worker who has lived experience;")
    right = next((i for i in range(person.end, right) if lowers[i] in w["relative-pronouns"]), right)

    def outside(h: Hit) -> bool:
        return left <= h.start and h.end <= right and not (person.start <= h.start and h.end <= person.end)

    membership = [m for m in analysis.hits_in_sentence("lex:panel-membership", person) if outside(m)]
    selection = [h for h in analysis.hits_in_sentence("lex:panel", person) if outside(h)]

    def origin(m: Hit) -> bool:
        # "..., and a member of our Youth Advisory Group": "member of" says where a listed panel
        # member comes from; "— volunteers and members who are in recovery themselves —": a member
        # noun right before the people is the head noun they describe
        return (m.text.lower() in w["member-nouns"] and m.end <= person.start and m.end < len(lowers)
                and (lowers[m.end] in ("of", "from") or m.end == person.start))  # fmt: skip

    # the clause's own other way of taking part ("On the selection day members of our carers
    # forum observe a task; interviews are held by ..."): "members of" there puts them on no panel;
    # a group's name is none ("a member of the Trust's Lived Experience Advisory Panel")
    groups = w["group-anaphor-nouns"] | w["panel-nouns"]
    acting = any(outside(h) and lowers[h.end - 1] not in groups for h in _other_ways(analysis, person))
    if any(m.text.lower() not in w["weak-membership"] and not (acting and origin(m))
           and (selection or not w["panel-pronouns"].isdisjoint(lowers[m.end : right])
                or _panel_named_back(lowers, left, m.start)) for m in membership):
        # "..., and a peer worker will also sit on it", "...; the board for this recruitment
        # includes a member of ...": this clause puts them on the panel
        return False
    tokens = [lowers[i] for i in range(left, right) if not (person.start <= i < person.end)]
    # an origin's member noun opens no clause of its own either
    membership = [m for m in membership if not origin(m)]
    if not w["clause-verbs"].isdisjoint(tokens) or membership or selection:
        return True
    return any(outside(h) for h in _other_ways(analysis, person))


def _panel_named_back(lowers: list[str], left: int, right: int) -> bool:
    """Do the words of a clause before its membership word name the panel again by its noun
    after "the" or "this" ("...; the board for this recruitment includes ...", "; this panel
    will include ...")? Not a group's own name ("our advisory board includes ...")."""
    w = words()
    nouns, determiners = w["panel-nouns"], w["panel-back-determiners"]
    return any(lowers[j] in nouns and lowers[j - 1] in determiners for j in range(left + 1, right))


def _actor_of_other_way(analysis: Analysis, hit: Hit, person: Hit) -> bool:
    """Are the people, named after the selection match, the subject of another way of taking
    part that follows them ("a panel of the Program Director, and our Family Advisory Council
    also gives feedback")? Only a verb word ("also", "will") may lie between them and it."""
    if person.start < hit.end:
        return False
    lowers = analysis.lowers(person.block)
    w = words()
    # "a member of the Trust's Lived Experience Advisory Panel": after ``origin-nouns``, the
    # people and a panel named right after them say where a panel member comes from; a verb
    # right after them ("members of our advisory group observe a task") is still another way
    member = not w["origin-nouns"].isdisjoint(lowers[max(0, person.start - 6) : person.start])
    return any(0 <= o.start - person.end <= 2 and all(t in w["clause-verbs"] for t in lowers[person.end : o.start])
               and not (member and o.start == person.end and lowers[o.end - 1] in w["panel-nouns"])
               for o in _other_ways(analysis, person))  # fmt: skip


def _label_reaches_people(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """A membership match that is a label ("Interview panel:", "Selection panel: the") puts on
    the panel only the people listed after it in its clause ("Interview panel: Team Leader and
    a Lived Experience representative"), not people in a clause after a semicolon ("Interview
    panel: to be confirmed; peer support training provided"). Other matches pass."""
    tokens = analysis.lowers(m.block)[m.start : m.end]
    nouns = words()["panel-nouns"]
    if not any(t in (":", "-") and tokens[i - 1] in nouns for i, t in enumerate(tokens) if i):
        return True  # not a label ("peer-led" is a word)
    _, right = _clause_bounds(analysis, m)
    return any(m.end <= p.start and p.end <= right for p in people)


def _post_duty(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection match the post holder's own work on other hires' panels ("You will sit
    on recruitment panels for new peer workers", "Represent the workforce on selection
    panels"): a panel-duty match holding it, with only "you will"-like words before it in its
    sentence? Not "A peer worker will sit on the panel" (a peer is its subject). Also the last
    of a series of duties joined by "and" ("Recruit and induct new peer workers, and sit on every
    recruitment panel") or one "including" it ("Lead recruitment of peer workers, including sitting
    on panels"), in a sentence whose first word gives it no other subject
    (`duty-series-subjects`) and that starts with no one who could select ("Peer workers read
    every application and sit on the panel")."""
    lead = words()["duty-lead-words"]
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    for duty in analysis.hits_in_sentence("lex:panel-duty", hit):
        if not (duty.start <= hit.start and hit.end <= duty.end):
            continue
        before = [i for i in range(s_start, duty.start) if lowers[i].strip()]
        if all(lowers[i] in lead for i in before):
            return True
        first = next((i for i in before if lowers[i][:1].isalnum()), None)
        if first is not None and lowers[before[-1]] in ("and", "including") \
                and lowers[first] not in words()["duty-series-subjects"] \
                and not any(p.start <= first < p.end for p in analysis.hits_in_sentence("lex:panel-people", duty)):
            return True  # "Recruit and induct new peer workers, and sit on every recruitment panel"
    for duty in analysis.hits_in_sentence("lex:panel-duty-enabling", hit):
        if not (duty.start <= hit.start and hit.end <= duty.end):
            continue
        before = [i for i in range(s_start, duty.start) if lowers[i].strip()]
        if all(lowers[i] in lead for i in before) or _post_title_subject(analysis, hit):
            return True  # "Support people with lived experience to sit on recruitment panels"
    return False


def _post_title_subject(analysis: Analysis, hit: Hit) -> bool:
    """Does the sentence open with the advertised post's own title after "the" or "this" ("The
    Involvement Coordinator runs the programme ...", "This Engagement Lead will ..."), or with "the
    post holder": the post holder is its subject?"""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    opening = [t for t in lowers[s_start:s_end] if t.strip()][:7]
    if len(opening) < 2 or opening[0] not in ("the", "this"):
        return False
    title = _title_words(analysis)
    holder = [("post", "holder"), ("postholder",), ("post-holder",), ("jobholder",)]
    return any(tuple(opening[1 : 1 + len(t)]) == t for t in [*holder, *((title,) if title else ())])


def _chat_with_people(analysis: Analysis, hit: Hit) -> bool:
    """Is the informal part a conversation ("an informal chat", "a relaxed conversation") held
    with the peers named after it in its clause ("... with two members of staff, one of whom
    started out as a peer mentor"), rather than a presentation or a visit? Read only where the
    advert describes no interview or panel: then the conversation is the selection."""
    w = words()
    if hit.text.lower().split()[-1] not in w["chat-words"]:
        return False
    after = analysis.tokens_after(hit, 1)
    if not after or after[0] not in w["weak-membership"]:
        return False
    _, right = _clause_bounds(analysis, hit)
    return any(hit.end < p.start <= right and p.start - hit.end <= 16 for p in _panel_people(analysis, hit))


def _informal_stage(analysis: Analysis, hit: Hit, sentence: list[str]) -> bool:
    """Is an informal part (a chat, a visit) with no peers a step of selection: its sentence
    names candidates or another stage of hiring (references, checks) besides it, and is not an
    enquiry ("for an informal chat, contact ...")? "We'll invite you for an informal chat with
    our coordinator, and then ask for two references" describes a selection without peers."""
    w = words()
    stages = [s for s in analysis.hits_in_sentence("lex:panel-stage-not", hit) if not (s.start < hit.end and hit.start < s.end)]
    s_start, _ = analysis.sentence_bounds(hit)
    inside = {i - s_start for s in stages for i in range(s.start, s.end)}  # "a registration call" is a stage, not a contact
    if any(t in w["contact-words"] for i, t in enumerate(sentence) if i not in inside):
        return False
    return bool(w["selection-subjects"].intersection(sentence) or stages)


def _who_selects(analysis: Analysis, hit: Hit) -> int:
    """How well the sentence of a selection match says who selects: 0 it names the people on
    a panel or interviewing ("The panel will comprise the Team Manager and ...", "Candidates
    will be interviewed by the Program Manager"), 1 the people of another stage ("Applications
    will be screened by Human Resources"), 2 no one, at the interview or panel ("Interviews will
    be held at ..."), 3 no one, at another stage or the process at large ("Adjustments are
    available throughout the recruitment process"). A weak "with" counts right after the
    interview ("an interview with the Service Manager and the Lead Psychologist")."""
    w = words()
    doc = analysis.docs[hit.block]
    _, s_end = analysis.sentence_bounds(hit)
    for m in analysis.hits_in_sentence("lex:panel-membership", hit):
        if _sequence_by(analysis, m) or (m.text.lower() in w["weak-membership"] and m.start != hit.end
                                         and not _interview_held_with(analysis, hit, m)):  # fmt: skip
            continue
        if min(abs(m.start - hit.end), abs(hit.start - m.end)) > 5 and not (hit.start <= m.start and m.end <= hit.end):
            continue  # a membership word about something else in a long sentence
        after = list(doc[m.end : min(s_end, m.end + 6)])
        found = _continuation_of(analysis, hit) if len(after) < 6 else None
        if found is not None:  # "Shortlisting will be carried out by the" / "Head of Nursing and ..."
            after += list(analysis.docs[found[0]][: min(found[1], 6 - len(after))])
        if any(t.lower_ in w["selector-nouns"] or (t.is_alpha and t.text[:1].isupper())
               for t in after):  # fmt: skip
            return 0 if w["interview-stage-words"].intersection(hit.text.lower().split()) else 1
    if _referred_for_interview(analysis, hit):
        return 0  # "Qualified candidates will be referred to the hiring manager for interview."
    return 2 if w["interview-stage-words"].intersection(hit.text.lower().split()) else 3


def _interview_held_with(analysis: Analysis, hit: Hit, m: Hit) -> bool:
    """Is a weak "with" joined to the interview by a form of "be" or of holding it ("Interviews
    are held with the Service Manager and ...", "The interview will be with our Team Leader":
    only ``interview-with-fillers`` between)? Then it names the interviewers."""
    w = words()
    lowers = analysis.lowers(hit.block)
    between = lowers[hit.end : m.start]
    return bool(between) and bool(w["interview-stage-words"].intersection(hit.text.lower().split())) \
        and all(t in w["interview-with-fillers"] for t in between)  # fmt: skip


def _referred_for_interview(analysis: Analysis, hit: Hit) -> bool:
    """Is the interview one the candidates are passed on to, to named people ("referred to the
    hiring manager for interview", "forwarded to the Program Director for an interview"): a
    word of `referral-words`, "to", a selector noun within five tokens, then "for" (and an
    article) just before the interview? Those people interview."""
    w = words()
    if not w["interview-stage-words"].intersection(hit.text.lower().split()):
        return False
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    k = hit.start - (1 if hit.start and lowers[hit.start - 1] in ("a", "an") else 0)
    if k < 1 or lowers[k - 1] != "for":
        return False
    for i in range(max(s_start, k - 9), k - 2):
        if lowers[i] in w["referral-words"] and lowers[i + 1] == "to":
            return any(t in w["selector-nouns"] for t in lowers[i + 2 : k - 1][:5])
    return False


def _selection_section(analysis: Analysis, block: int) -> bool:
    """Is the block under a heading about selection ("Selection process", "How to apply")?"""
    headings = words()["selection-headings"]
    return any(h in title.lower() for title in analysis.document.blocks[block].section for h in headings)


def _title_words(analysis: Analysis) -> tuple[str, ...]:
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


def _title_kind_people(analysis: Analysis, hit: Hit) -> list[Hit]:
    """People of the kind of lived experience the title names, in the sentence of ``hit``
    ("a carer", "Carers" under the title "Carer Peer Support Worker": ``title-kind-people``):
    in that post they are its peers. Not a word that goes on to another noun or a possessive ("the
    Carer Lead", "the Carers' Lead", "a carers' centre")."""
    title = _title_words(analysis)
    kinds = words()["title-kind-people"]
    if not kinds.intersection(title):
        return []
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    spans = []
    for i in range(s_start, s_end):
        word = lowers[i]
        if word not in kinds or (word not in title and word.removesuffix("s") not in title):
            continue
        after = lowers[i + 1] if i + 1 < s_end else ""
        if (after[:1].isalpha() and after not in w["after-person-words"]) or after[:1] in ("'", "’"):
            continue  # "the Carer Lead", "the Carers' Lead": a post named by them
        spans.append((hit.block, i, i + 1))
    return analysis.make_hits("post-holder", spans)


def _post_holders(analysis: Analysis, hit: Hit) -> list[Hit]:
    """The advertised post's current holders named in the sentence ("one of our current
    Recovery Allies" under the title "Recovery Ally"): in a peer role, they are peers. The
    title's words, the last one maybe plural, after "current", "existing" or "fellow", or in
    the plural after a count or "our" ("two Recovery Allies") but not after a hiring verb, and
    not followed by another noun ("the Recovery Ally program coordinator" is someone else); or
    as a group after "our" or "the" ("members of our Recovery Ally team"); or the title's head noun
    alone, capitalised, after "current" or "existing" ("a current Connector")."""
    title = _title_words(analysis)
    if not title:
        return []
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    n, last = len(title), title[-1]
    plurals = {last, last + "s", last + "es", last[:-1] + "ies" if last.endswith("y") else last + "s"}
    spans = []
    for i in range(s_start + 1, s_end - n + 1):
        if tuple(lowers[i : i + n - 1]) != title[:-1] or lowers[i + n - 1] not in plurals:
            continue
        after = lowers[i + n] if i + n < s_end else ""
        if after in w["holder-group-nouns"] and lowers[i - 1] in w["holder-group-before"]:
            # the holders as a group ("two members of our Recovery Ally team"), not someone the
            # group's name describes ("our Recovery Ally team leader")
            following = lowers[i + n + 1] if i + n + 1 < s_end else ""
            if not following[:1].isalpha() or following in w["after-person-words"]:
                spans.append((hit.block, i, i + n + 1))
            continue
        counted = lowers[i + n - 1] != last and lowers[i - 1] in w["post-holder-count"] \
            and w["post-holder-count-not-after"].isdisjoint(lowers[max(s_start, i - 3) : i - 1])
        if not counted and w["post-holder-before"].isdisjoint(lowers[max(s_start, i - 2) : i]):
            continue
        if after[:1].isalpha() and after not in w["after-person-words"]:
            continue
        spans.append((hit.block, i, i + n))
    if n > 1:
        # the title's head noun alone, capitalised as a name, after "current", "existing" ("a current
        # Connector" under the title "Community Connector"), not after the title's other words
        doc = analysis.docs[hit.block]
        for i in range(s_start + 1, s_end):
            if lowers[i] not in (last, last + "s") or lowers[i - 1] not in w["post-holder-before"] \
                    or not doc[i].text[:1].isupper() or any(a <= i < b for _, a, b in spans):
                continue
            after = lowers[i + 1] if i + 1 < s_end else ""
            if after[:1].isalpha() and after not in w["after-person-words"]:
                continue
            spans.append((hit.block, i, i + 1))
    return analysis.make_hits("post-holder", spans)


def _panel_people(analysis: Analysis, hit: Hit) -> list[Hit]:
    """Peers or people with lived experience in the sentence of ``hit``, and the advertised
    peer post's current holders; a bare "peer" that names a topic ("a presentation on peer
    supervision") is not people."""
    w = words()
    out = _post_holders(analysis, hit) + _title_kind_people(analysis, hit)
    lowers = analysis.lowers(hit.block)
    for p in analysis.hits_in_sentence("lex:panel-people", hit):
        if p.start >= 2 and lowers[p.start - 2] in w["applicant-nouns"] and lowers[p.start - 1] in ("with", "who"):
            continue  # "a guaranteed interview for applicants with lived experience": the applicants
        if p.start >= 1 and lowers[p.start - 1] in w["reader-possessives"] and analysis.overlaps("lex:lived-experience", p):
            continue  # "The panel will ask about your lived experience": the applicant's, not a person
        after = analysis.tokens_after(p, 2)
        if p.text.lower() in ("peer", "peers") and after and after[0] in w["peer-topic-nouns"] \
                and not (len(after) > 1 and after[1] in w["peer-people-after"]):  # fmt: skip
            continue
        if p.text.lower() == "peer" and after and after[0] in w["peer-equal-nouns"] and p.start >= 2 \
                and lowers[p.start - 1] in w["peer-equal-articles"] \
                and lowers[p.start - 2] in w["peer-equal-prepositions"]:  # fmt: skip
            continue  # "a senior clinician from a peer service": a comparable organisation, not peers
        post = analysis.tokens_after(p, 4)[1:]
        if p.text.lower() == "peer" and len(after) > 1 and after[0] in w["peer-service-nouns"] \
                and (post[0] in w["service-manager-nouns"] or "".join(post) in w["service-manager-nouns"]):  # fmt: skip
            continue  # "the Peer Services Manager", "Coordinator": who runs a service, not said to be a peer
        if _names_a_kind_of_post(analysis.tokens_after(p, 6)):
            continue  # "panels for peer and lived experience roles": a kind of post
        if _task_topic(analysis, p):
            continue  # "a short presentation on developing the peer workforce": what the task is about
        out.append(p)
    return out or _group_anaphor(analysis, hit)


def _people_in_continuation(analysis: Analysis, hit: Hit) -> list[Hit]:
    """Peers or people with lived experience named where the sentence of ``hit`` goes on in the
    next paragraph or list item (:func:`_continued_in`: "Finalists give a short presentation to
    our" / "Recovery Community Advisory Council."), not negated."""
    found = _continuation_of(analysis, hit)
    if found is None:
        return []
    nxt, end = found
    return [p for p in analysis.hits_in_block("lex:panel-people", nxt) if p.end <= end and not analysis.negated(p)]


def _task_topic(analysis: Analysis, p: Hit) -> bool:
    """Are the people ``p`` in the topic of a task the candidate does ("a presentation on
    supporting service users", "a written exercise about the peer workforce")? Within eight
    tokens before them, a topic word (`task-topic-words`) right after a task noun
    (`candidate-task-nouns`), with no word between that ends the topic (`task-topic-ends`:
    "to", "in front of", a comma)."""
    w = words()
    before = analysis.tokens_before(p, 8)
    if w["task-topic-words"].isdisjoint(before):
        return False
    ends = w["task-topic-ends"]
    for i in range(len(before) - 1, 0, -1):
        if before[i] in ends:
            return False
        if before[i] in w["task-topic-words"] and before[i - 1] in w["candidate-task-nouns"]:
            return True
    return False


def _group_anaphor(analysis: Analysis, hit: Hit) -> list[Hit]:
    """A group of people with lived experience named before and referred back to in the
    sentence of ``hit`` ("Our Lived Experience Advisory Group co-wrote this advert. Shortlisted
    candidates will spend an hour with the group ..."): "the", "this" or "that" and a group
    noun (`group-anaphor-nouns`) not followed by a word that makes it something else ("the
    group leader", "the group interview": `group-anaphor-not-before`), whose
    antecedent, a `panel-people` match ending in the same noun, is in an earlier sentence of
    the block, the block before it or the heading of its section."""
    w = words()
    nouns = w["group-anaphor-nouns"]
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    if nouns.isdisjoint(lowers[s_start:s_end]):
        return []
    spans = []
    for i in range(max(s_start, 1), s_end):
        if lowers[i] not in nouns or lowers[i - 1] not in w["group-anaphor-determiners"]:
            continue
        if i + 1 < s_end and lowers[i + 1] in w["group-anaphor-not-before"]:
            continue
        if _group_antecedent(analysis, hit.block, s_start, lowers[i]):
            spans.append((hit.block, i - 1, i + 1))
    return analysis.make_hits("group-anaphor", spans)


def _group_antecedent(analysis: Analysis, block: int, s_start: int, noun: str) -> bool:
    """Is a group of people with lived experience ending in ``noun`` named before token
    ``s_start`` of ``block``: earlier in the block, in the block before it, or in the nearest
    heading above it?"""
    blocks = analysis.document.blocks
    places = [block]
    if block > 0:
        places.append(block - 1)
    heading = next((i for i in range(block - 1, max(-1, block - 12), -1) if blocks[i].kind == "heading"), None)
    if heading is not None:
        places.append(heading)
    for place in dict.fromkeys(places):
        for p in analysis.hits_in_block("lex:panel-people", place):
            if place == block and p.end > s_start:
                continue
            if p.text.lower().split()[-1] == noun and not analysis.negated(p):
                return True
    return False


def _names_a_kind_of_post(after: list[str]) -> bool:
    """Do the words after a mention of peers reach a word for a post through joining words
    only: peer roles, peer support roles, peer and lived experience roles?"""
    w = words()
    for token in after:
        if token in w["role-kind-nouns"]:
            return True
        if token not in w["role-kind-joins"]:
            return False
    return False


def _answer(analysis: Analysis, hit: Hit) -> Hit | None:
    """The answer to a question about who selects ("Who will be on the interview panel?",
    "Who will interview me?"): the next sentence, in the same block or the next one (an FAQ),
    as a match on its first token; the first line under a panel label ("Interview panel");
    ``None`` when ``hit`` is not in such a question or label."""
    if not analysis.is_question(hit):
        members = _label_members(analysis, hit)
        return members[0] if members else None
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    # an FAQ's "Q:" mark before the question word ("Q: Who sits on the interview panel?")
    first = next((t for t in lowers[s_start:s_end] if t[:1].isalpha() and t != "q"), "")
    if first not in words()["people-questions"]:
        return None
    return _next_sentence(analysis, hit)


def _label_members(analysis: Analysis, hit: Hit) -> list[Hit]:
    """When the match is a heading or a short label line that names only the panel
    ("Interview panel", "Our hiring committee:"), the panel's make-up set out under it: the
    first sentence of the paragraph after it, or of each list item after it, as matches on
    their first tokens. Empty otherwise."""
    blocks = analysis.document.blocks
    block = blocks[hit.block]
    w = words()
    continued = _members_continued(analysis, hit)
    if continued is not None:
        return [continued]
    if block.kind not in ("heading", "paragraph"):
        return []
    own = [t for t in analysis.lowers(hit.block)[hit.start : hit.end] if t[:1].isalpha()]
    if not own or own[-1] not in w["panel-nouns"]:
        return []  # (asked before the block's words: most matches end in no panel noun)
    lowers = analysis.lowers(hit.block)
    if hit.end == len(lowers) and hit.block + 1 < len(blocks) \
            and blocks[hit.block + 1].kind == "paragraph" and analysis.sentences(hit.block + 1):  # fmt: skip
        # a sentence broken by Enter right after the panel ("... The interview panel" / "includes a
        # young person from our Youth Reference Group, ..."): the next line, opening in lower case
        # with a membership word, is its make-up
        start = analysis.sentences(hit.block + 1)[0][0]
        first = analysis.docs[hit.block + 1][start]
        if first.text[:1].islower() and any(start <= m.start <= start + 1 for m in analysis.hits_in_block("lex:panel-membership", hit.block + 1)):
            return analysis.make_hits("answer", [(hit.block + 1, start, start + 1)])
    tokens = [t for t in lowers if t[:1].isalpha()]
    if (block.kind == "paragraph" and len(tokens) > 4) or any(t not in own and t not in w["panel-label-words"]
                                                              for t in tokens):  # fmt: skip
        return []
    out: list[Hit] = []
    for i in range(hit.block + 1, min(len(blocks), hit.block + 9)):
        kind = blocks[i].kind
        if kind not in ("paragraph", "list-item") or (out and kind == "paragraph") or not analysis.sentences(i):
            break
        start = analysis.sentences(i)[0][0]
        out.append(analysis.make_hits("answer", [(i, start, start + 1)])[0])
        if kind == "paragraph":
            break
    return out


def _members_continued(analysis: Analysis, hit: Hit) -> Hit | None:
    """The start of the next line or list item, as a match, when the sentence of a selection
    match puts people on it with a membership word after the match ("Shortlisting will be done
    by the" / "Peer Lead and the Ward Manager.", "Interviews are held by the manager and" / "two
    of our peer workers.") and goes on there (:func:`_continued_in`), naming no people and no
    other way of taking part in its own part: the next line is the make-up."""
    found = _continuation_of(analysis, hit)
    if found is None or _panel_people(analysis, hit) or _other_ways(analysis, hit):
        return None
    weak = words()["weak-membership"]
    if not any(m.start >= hit.start and m.text.lower() not in weak and not _sequence_by(analysis, m)
               for m in analysis.hits_in_sentence("lex:panel-membership", hit)):  # fmt: skip
        return None
    nxt, _ = found
    start = analysis.sentences(nxt)[0][0]
    return analysis.make_hits("answer", [(nxt, start, start + 1)])[0]


def _listed_members_group(analysis: Analysis, other: Hit, people: list[Hit]) -> bool:
    """In a panel's make-up under its label, is a group that would be another way of taking
    part only where a listed member comes from ("a consumer representative from our AOD Consumer
    Advisory Group", "a member of the Whānau Advisory Group")? "from" or "of" before the group's
    name (past a determiner and the group's own capitalised name words), after a word of
    `origin-nouns` or a person with lived experience; not after another person ("a manager from
    our Regional Advisory Group")."""
    group = next((p for p in people if p.start <= other.start and other.end <= p.end), other)
    s_start, _ = analysis.sentence_bounds(other)
    doc, lowers = analysis.docs[other.block], analysis.lowers(other.block)
    i = group.start
    while i > s_start and i > group.start - 6 and (lowers[i - 1] in words()["origin-determiners"]
                                                   or doc[i - 1].text[:1].isupper()
                                                   or lowers[i - 1] in ("'s", "’s")):  # fmt: skip
        # a possessive owner before the group's name ("a member of the county's Peer Advisory
        # Council"): "'s" and the owner noun before it
        i -= 2 if lowers[i - 1] in ("'s", "’s") and i - 2 > s_start else 1
    if i - 1 <= s_start or lowers[i - 1] not in ("from", "of"):
        return False
    return lowers[i - 2] in words()["origin-nouns"] or any(
        p.end == i - 1 and not (p.start <= other.start < p.end) for p in people)


def _next_sentence(analysis: Analysis, hit: Hit) -> Hit | None:
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


def _after_bare_reply(analysis: Analysis, reply: Hit) -> Hit | None:
    """The sentence after a bare reply ("Yes.", "A: Yes, always.": two words at most) when it
    is about the panel (a `panel` match or the people on it: "Every panel for lived experience
    roles includes a Carer Lived Experience Lead."): it says what the yes means."""
    r_start, r_end = analysis.sentence_bounds(reply)
    said = [t for t in analysis.lowers(reply.block)[r_start:r_end] if t[:1].isalpha() and t != "a"]
    after = _next_sentence(analysis, reply) if len(said) <= 2 else None
    if after is None or not (analysis.hits_in_sentence("lex:panel", after) or _panel_people(analysis, after)):
        return None
    return after


def _closed_answer(analysis: Analysis, hit: Hit) -> tuple[Hit | None, bool] | None:
    """For a match in a yes/no question ("Will someone with lived experience be on the
    panel?", "Is there a peer on the interview panel?"), the reply and whether it says yes
    ("Yes, always."; "A: Yes - ..."); ``None`` when ``hit`` is not in such a question."""
    if not analysis.is_question(hit):
        return None
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    first = [t for t in lowers[s_start:s_end] if t[:1].isalpha()]
    if first[:1] == ["q"]:
        first = first[1:]  # "Q: Will ..."
    if not first or first[0] not in w["closed-questions"]:
        return None
    reply = _next_sentence(analysis, hit)
    if reply is None:
        return None, False
    r_start, r_end = analysis.sentence_bounds(reply)
    said = [t for t in analysis.lowers(reply.block)[r_start:r_end] if t[:1].isalpha()]
    if said[:1] == ["a"] and ":" in analysis.lowers(reply.block)[r_start : r_start + 3]:
        said = said[1:]  # "A: Yes ..."
    return reply, bool(said) and said[0] in w["yes-words"]


def _other_ways(analysis: Analysis, hit: Hit) -> list[Hit]:
    """The other ways of taking part in ``hit``'s sentence, without a gathering named as the
    interview itself ("Interviews are held as a yarning circle": `panel-other-way-not`)."""
    return [o for o in analysis.hits_in_sentence("lex:panel-other-way", hit) + analysis.hits_in_sentence("lex:panel-observer", hit)
            if not analysis.overlaps("lex:panel-other-way-not", o)]


def _in_observers_clause(analysis: Analysis, m: Hit, other: list[Hit]) -> bool:
    """Is a membership word in the clause of an observer (``panel-observer``: "The interviews
    are observed by members of our youth council", "A carer attends the interview as an
    observer")? The people there watch the interview; they do not sit on the panel."""
    for o in other:
        if o.group == "lex:panel-observer":
            left, right = _clause_bounds(analysis, o)
            if left <= m.start < right:
                return True
    return False


def _qualified_panel(analysis: Analysis, hit: Hit) -> bool:
    """Is the match a panel named as another way of taking part, by the words just before or
    around it (a stakeholder panel, our service user panel, an advisory panel): a panel
    beside the interview, not the one that selects?"""
    lowers, k = analysis.lowers(hit.block), hit.end - 1
    if k < 1 or lowers[k] not in words()["panel-nouns"] or lowers[k - 1] in words()["panel-label-words"]:
        return False  # "meet a panel that includes ...": the word before it names no kind of panel
    return any(o.start <= k - 1 < o.end for o in _other_ways(analysis, hit))


def _on_a_qualified_panel(analysis: Analysis, person: Hit) -> bool:
    """Are the people named after a panel of another kind, with no other selection word
    between ("a stakeholder panel of Experts by Experience before a formal interview with ...")?
    They sit on that panel, not on the interview panel named elsewhere in the sentence."""
    panels = [h for h in analysis.hits_in_sentence("lex:panel", person) if not analysis.overlaps("lex:panel-not", h)]
    origin = words()["member-nouns"] | {"from"}
    if any(h.end - 1 == person.end and _qualified_panel(analysis, h) for h in panels):
        # the people name the panel ("a service user panel"), unless a member comes from it ("a
        # member of our service user panel", "someone from our stakeholder panel")
        return not any(t in origin for t in analysis.lowers(person.block)[max(0, person.start - 4) : person.start])
    before = [h for h in panels if h.end <= person.start]
    return bool(before) and _qualified_panel(analysis, max(before, key=lambda h: h.end))


def _before_the_panel(analysis: Analysis, other: Hit, people: list[Hit]) -> bool:
    """Is an informal part an earlier stage, with a stage of selection between it and every
    person named ("After a ward visit, you will be interviewed by a panel that includes a
    peer worker"): the people are on the panel, not on the visit."""
    if not people:
        return False
    panel = [h for h in analysis.hits_in_sentence("lex:panel", other) if not analysis.overlaps("lex:panel-not", h)]
    return all(other.end <= p.start and any(other.end <= h.start and h.end <= p.start for h in panel) for p in people)


def _member_origin(analysis: Analysis, hit: Hit, other: Hit, people: list[Hit], membership: list[Hit]) -> bool:
    """Is a group that would be another way of taking part (an advisory council) only where a
    panel member comes from: it lies inside people named after the panel and a strong
    membership word, all in one clause ("a panel that includes a peer advocate and a parent
    from our Family Advisory Council", "a panel made up of the manager and two members of our
    youth advisory group")? Then it is the panel's make-up, not a separate part. Not after a
    weak word ("an activity with members of our Youth Advisory Committee")."""
    w = words()
    if _subject_of_membership(analysis, hit, other, people, membership):
        return True
    if not any(p.start <= other.start and other.end <= p.end for p in people):
        return False
    for m in membership:
        if m.text.lower() in w["member-nouns"]:
            continue
        if m.text.lower() in w["weak-membership"] and not _named_as_origin(analysis, other, people):
            continue
        left, right = _clause_bounds(analysis, m)
        # the selection word may begin the membership match ("interviewed by the manager and a
        # representative from our Consumer Advisory Council")
        if left <= hit.start <= m.start and hit.end <= m.end and m.end <= other.start and other.end <= right:
            return True
        # or the clause names the panel again and a listed member comes from the group ("an oral
        # board; the board includes a member of our Peer Advisory Council"; not "a manager from")
        if m.end <= other.start and other.end <= right and _panel_named_back(analysis.lowers(m.block), left, m.start) \
                and _listed_members_group(analysis, other, people):  # fmt: skip
            return True
    return False


def _named_as_origin(analysis: Analysis, other: Hit, people: list[Hit]) -> bool:
    """Is the group named only as where a person comes from ("a kōrero with our team leader and
    a young person from our Youth Advisory Group"): "from" before its name (the people match
    that holds it), past a determiner? After a weak word ("with") it is then the panel's
    make-up too, not an activity of its own."""
    s_start, _ = analysis.sentence_bounds(other)
    lowers = analysis.lowers(other.block)
    holding = [p for p in people if p.start <= other.start and other.end <= p.end]
    if any("from" in lowers[p.start : other.start] for p in holding):
        return True  # one match of the people and their group ("a rangatahi from our Youth Advisory Group")
    start = min((p.start for p in holding), default=other.start)
    before = lowers[max(s_start, start - 2) : start]
    while before and before[-1] in words()["origin-determiners"]:
        before = before[:-1]
    return bool(before) and before[-1] == "from"


def _subject_of_membership(analysis: Analysis, hit: Hit, other: Hit, people: list[Hit], membership: list[Hit]) -> bool:
    """Is the group the subject of a strong membership word that holds the panel, through a
    relative clause that only describes them ("Two members of our Youth Advisory Council, who
    have their own lived experience, sit on the panel with the program manager")? Then it is
    where the panel members come from, not a separate part. Only words like "will" or "also"
    may stand between them and the membership word besides that clause."""
    w = words()
    lowers = analysis.lowers(hit.block)
    for p in people:
        if not (p.start < other.end and other.start < p.end):
            continue  # the group overlaps the people named ("our Consumer Reference Group")
        end = max(p.end, other.end)
        for m in membership:
            if m.text.lower() in w["weak-membership"] or m.text.lower() in w["member-nouns"]:
                continue
            if not (end <= m.start and m.start <= hit.start and hit.end <= m.end + 3):
                continue
            between = lowers[end : m.start]
            if between[:1] == [","] and len(between) > 2 and between[1] in w["relative-pronouns"] and "," in between[2:]:
                between = between[len(between) - between[::-1].index(",") :]  # past ", who ... ,"
            if all(t in w["clause-verbs"] or (t in w["subject-links"] and t.isalpha() and t not in w["relative-pronouns"])
                   for t in between):  # fmt: skip
                return True
    return False


def _in_other_stage(analysis: Analysis, person: Hit) -> bool:
    """Are the people named in a stage of hiring that is not the panel: the nearest stage
    before them is references or a visit ("After the interview we take up references,
    including one from a peer"), not the panel ("a panel that includes a peer worker")?"""
    stages = [(h.end, 1) for h in analysis.hits_in_sentence("lex:panel-stage-not", person) if h.end <= person.start]
    if not stages:
        return False
    stages += [(h.end, 0) for h in analysis.hits_in_sentence("lex:panel", person)
               if h.end <= person.start and not analysis.overlaps("lex:panel-not", h)]  # fmt: skip
    return max(stages)[1] == 1


def _sequence_by(analysis: Analysis, m: Hit) -> bool:
    """A membership match starting with "by" that orders the stages ("a presentation to our
    consumer council, followed by a panel interview with the directors"): no one selects."""
    lowers = analysis.lowers(m.block)
    return m.text.lower().startswith("by ") and m.start > 0 and lowers[m.start - 1] in words()["sequence-by"]


def _has_subject(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """A membership match that is itself a stage of selection ("read every application") puts
    people in selection only when they are its subject, just before it ("Two peer workers
    read every application"), not "We review all applications ... to join our peer team"."""
    if not any(h.start == m.start and h.end == m.end for h in analysis.hits_in_sentence("lex:panel", m)):
        return True
    return any(p.end <= m.start and m.start - p.end <= 3 for p in people)


def _joins_the_people(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """"(apply early to) join our peer team": the applicant joins the peers, which does not
    put peers on the panel ("A peer worker will join the interview panel" does)."""
    if m.end - m.start != 1 or m.text.lower() not in words()["join-words"]:
        return False
    return any(0 <= p.start - m.end <= 2 for p in people)


def _weak_anchor(analysis: Analysis, m: Hit, people: list[Hit], other: list[Hit],
                 described: bool = False) -> Hit | bool | None:
    """What a weak membership word ("with") joins people to: the stage of selection just
    before it (a panel match), ``True`` when nothing comes before it in the sentence (kept, as
    "Peer workers, with the manager, interview ..."), or ``None`` (not a part in selection)
    when the nearest thing before it is an informal part ("an informal chat with peers") or
    no people follow it in its clause before another informal part ("your interview with the
    manager", "an interview with the manager and then a chat with peers"). ``False`` when the
    selection word before it only describes the candidates ("Shortlisted candidates will meet
    with two of our peer workers") and the advert describes an interview or a panel
    (``described``): the people take part in another way."""
    _, right = _clause_bounds(analysis, m)
    if not any(m.end <= p.start <= right and p.start - m.end <= 12
               and not any(m.end <= o.start < p.start for o in other) for p in people):  # fmt: skip
        return None
    panel = [h for h in analysis.hits_in_sentence("lex:panel", m)
             if h.end <= m.start + 1 and not analysis.overlaps("lex:panel-not", h)]  # fmt: skip
    before = [(h.start, 1, h) for h in panel] + [(o.start, 0, o) for o in other if o.start < m.start]
    if not before:
        return True
    _, is_panel, nearest = max(before, key=lambda item: (item[0], item[1]))
    if is_panel and described and _names_candidates(analysis, nearest, m):
        return False
    return nearest if is_panel else None


def _names_candidates(analysis: Analysis, hit: Hit, m: Hit) -> bool:
    """Is the selection match only the candidates' description ("Shortlisted candidates will
    meet with ..."): a selection subject word (`selection-subjects`) right after it, and a verb of
    theirs between it and the weak membership word, so that "with" joins the people to what
    the candidates do, not to a stage of selection?"""
    lowers = analysis.lowers(hit.block)
    w = words()
    return hit.end < m.start - 1 and lowers[hit.end] in w["selection-subjects"] \
        and not w["clause-verbs"].isdisjoint(lowers[hit.end + 1 : m.start])  # fmt: skip


def _core_panel(hit: Hit) -> bool:
    text = hit.text.lower()
    tokens = set(text.split())
    return any((w in text) if " " in w else (w in tokens) for w in words()["core-panel"])


# --- adjacent professions -----------------------------------------------------------------------


def _learning(analysis: Analysis, hit: Hit) -> bool:
    s_start, _ = analysis.sentence_bounds(hit)
    return any(h.end <= hit.start and h.start >= s_start and hit.start - h.end <= 8
               for h in analysis.hits_in_sentence("lex:learning-context", hit))  # fmt: skip


def _training_after(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty the subject of training named just after it ("complete risk assessment
    training", "undertake induction and risk screening awareness sessions"): learned about,
    not done?"""
    after = analysis.tokens_after(hit, 1)
    return bool(after) and after[0] in words()["training-nouns"]


def _supporting(analysis: Analysis, hit: Hit) -> bool:
    """Is a supporting verb just before the match, in its clause ("assist the nurse with
    ...")? Not one that is part of a job title ("Peer Support Workers provide 1:1
    observations") or of a team's or service's name (``supporting-name-nouns``: "join our family
    support team and offer counselling"), nor one in a clause before it ("we offer peer support;
    you will give medication")."""
    left, _ = _clause_bounds(analysis, hit)
    lowers = analysis.lowers(hit.block)
    left = _after_addition(lowers, left, hit.start)
    first = max(left, hit.start - 6)
    before = lowers[first : hit.start]  # in the duty's own clause
    w = words()
    return any(t in w["supporting-verbs"] and (i + 1 == len(before) or before[i + 1] not in w["worker"])
               and (i + 1 == len(before) or before[i + 1] not in w["supporting-name-nouns"])
               and not _own_predicate_after(lowers, first + i, hit.start)
               and not _means_of_support(lowers, first + i, hit.start)
               for i, t in enumerate(before))  # fmt: skip


def _means_of_support(lowers: list[str], verb: int, start: int) -> bool:
    """Is the duty the means by which the post supports, a gerund after "by" or "through" (`gerund-preps`)
    between the supporting verb and the duty ("Assisting the treating psychiatrist by monitoring
    medication side effects", "support the GP by checking blood pressure")? The post does the task
    itself; not a passive ("supported by the nurses")."""
    openers = words()["gerund-preps"]
    return any(lowers[j] in openers and j + 1 <= start and (j + 1 == start or lowers[j + 1].endswith("ing"))
               and j > verb + 1 for j in range(verb + 1, start))  # fmt: skip


def _own_predicate_after(lowers: list[str], verb: int, start: int) -> bool:
    """Does the duty open a predicate of its own, joined by "and" after the supporting verb's
    object ("Assist clinicians with safety planning and complete risk assessment reviews"): a
    verb of ``own-duty-verbs`` right after "and", and no "to" between that would make it the
    helped staff's ("support clinicians to plan and complete risk assessments")?"""
    w = words()
    between = lowers[verb + 1 : start - 1]
    return (start - 1 > verb + 1 and lowers[start - 1] == "and" and lowers[start] in w["own-duty-verbs"]
            and "to" not in between)  # fmt: skip


def _after_addition(lowers: list[str], left: int, start: int) -> int:
    """Where the duty's own words start once a duty added to the peer work is cut from what
    came before (``additive-words``): after the last additive phrase before ``start`` ("peer
    support as well as completing intake assessments"), or after the last comma past it when the
    phrase opens the clause ("In addition to peer support, you will complete risk
    assessments"); ``left`` when there is none."""
    phrases = words()["additive-words"]
    firsts = {p.split()[0] for p in phrases}
    cut = left
    for i in range(left, start):
        if lowers[i] in firsts:
            for p in phrases:
                n = len(p.split())
                if i + n <= start and " ".join(lowers[i : i + n]) == p:
                    cut = i + n
    if cut > left:
        cut = max([cut] + [i + 1 for i in range(cut, start) if lowers[i] == ","])
    return cut


def _served_do_it(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty done by the people served, the post helping them do their own ("Help carers
    complete carers' assessments with the council", "support tenants to complete their needs
    assessment")? A verb of helping (``helping-verbs``), maybe a determiner, the people
    (``served`` or ``family-people``) and maybe "to" stand right before the duty's verb."""
    w = words()
    lowers = analysis.lowers(hit.block)
    left, _ = _clause_bounds(analysis, hit)
    before = lowers[max(left, hit.start - 5) : hit.start]
    if before and before[-1] == "to":
        before = before[:-1]
    people = w["served"] | w["family-people"]
    if not before or before[-1] not in people:
        return False
    before = before[:-1]
    if before and before[-1] in w["served-determiners"]:
        before = before[:-1]
    return bool(before) and before[-1] in w["helping-verbs"]


def _served_take_part(analysis: Analysis, hit: Hit) -> bool:
    """Is it the people served who take part in their own plan, the post helping them to
    ("Support consumers to participate in their own care planning", "help parents prepare for
    and take part in treatment planning meetings", "support people and their families to take
    part in care planning")? A verb of helping (``helping-verbs``) and after it one of the
    people (``served``, ``family-people`` or ``plan-people``) stand before the match in its clause, at most eight
    words back, with no word for the post holder after the people; the match does not open
    with a verb of helping of its own ("support patients and help the nurses with ...")."""
    w = words()
    lowers = analysis.lowers(hit.block)
    if lowers[hit.start] in w["helping-verbs"]:
        return False
    left, _ = _clause_bounds(analysis, hit)
    before = lowers[max(left, hit.start - 8) : hit.start]
    helped = next((i for i in range(len(before) - 1, -1, -1) if before[i] in w["helping-verbs"]), None)
    if helped is None:
        return False
    people = w["served"] | w["family-people"] | w["plan-people"]
    at = next((i for i in range(helped + 1, len(before)) if before[i] in people), None)
    return at is not None and w["post-holder"].isdisjoint(before[at + 1 :])


def _staff_do_it(analysis: Analysis, hit: Hit) -> bool:
    """Do clinical staff do the duty, the post supporting them ("Help the nurses to carry out
    routine physical observations", "assist the midwives to complete newborn observations")? A
    verb of helping (``helping-verbs``), at most four words, the staff (``helped-staff``) and
    "to" stand before the duty's verb (the duty's match at most four words after "to"): the
    staff are the ones who do it, so it is a supporting position even for observations
    ("assist the nurses with observations" has the post doing them). Not restraint and other
    hands-on work (``hands-on-duties``): helping staff to restrain someone is restraining them."""
    w = words()
    lowers = analysis.lowers(hit.block)
    if not w["hands-on-duties"].isdisjoint(lowers[hit.start : hit.end]):
        return False
    left, _ = _clause_bounds(analysis, hit)
    before = lowers[max(left, hit.start - 10) : hit.start]
    # "to", then the duty's verb and at most three words of it before the match ("to carry out
    # routine physical observations"), all words
    to = next((i for i in range(len(before) - 1, max(-1, len(before) - 6), -1) if before[i] == "to"), None)
    if to is None or to < 2 or before[to - 1] not in w["helped-staff"] \
            or not all(t[:1].isalpha() for t in before[to + 1 :]):  # fmt: skip
        return False
    lead = before[: to - 1]
    at = max((i for i, t in enumerate(lead) if t in w["helping-verbs"]), default=None)
    return at is not None and len(lead) - at - 1 <= 4 and all(t[:1].isalpha() for t in lead[at + 1 :])


def requirement_level(analysis: Analysis, hit: Hit, holder_only: bool = False) -> str | None:
    """``required``, ``desirable`` or ``None``: the level at which the advert asks for what
    ``hit`` names (its line's E/D marker, a cue near it, its section, its list's lead-in, a
    holding verb before it in its clause). With ``holder_only``, a holding verb counts only
    after a word for the post holder or the applicant ("you have", "applicants hold"), not
    after other people ("several of our team have a nursing background")."""
    marked = line_marker(analysis, hit)
    if marked:
        return "required" if marked[0] == "essential" else "desirable"
    if _denied_after(analysis, hit):
        return "desirable"  # "applicants with a nursing background are encouraged, but not required"
    cue = _nearest_cue(analysis, hit, ("requirement", "desirable")) or _label_over_items(analysis, hit)
    if cue:
        return "required" if cue[0] == "requirement" else "desirable"
    led = _lead_in_level(analysis, hit.block)
    if led:
        return "required" if led[0] == "requirement" else "desirable"
    found = requirement_of(analysis, hit.block)
    if found:
        return "required" if found[0] == "essential" else "desirable"
    left, _ = _clause_bounds(analysis, hit)
    before = analysis.lowers(hit.block)[left : hit.start]
    w = words()
    if any(t in w["holding-verbs"] for t in before):
        if holder_only and w["post-holder"].isdisjoint(before) and w["selection-subjects"].isdisjoint(before):
            return None
        return "required"
    return None


def _condition_on_the_applicant(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """Is the lived experience the condition of a requirement on something else ("if you are in
    recovery, one year of continuous sobriety is required", "Should you have lived experience of
    gambling harm, two years free of it are essential")? An opener (`held-if-openers`: if, should)
    a few words before the mention with the applicant ("you") between, and a comma after the
    mention before the cue: the requirement is on what the main clause names, not on having
    lived experience. Not "only if" (`held-if-only`), which asks for it."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    w = words()
    if cue.block != hit.block or cue.start <= hit.end or "," not in lowers[hit.end : cue.start]:
        return False
    for i in range(hit.start - 1, max(s_start, hit.start - 5) - 1, -1):
        if lowers[i] in (",", ";"):
            return False
        if lowers[i] in w["held-if-openers"]:
            return not (i > s_start and lowers[i - 1] in w["held-if-only"]) \
                and not w["applicant-words"].isdisjoint(lowers[i + 1 : hit.start + 1])  # fmt: skip
    return False


def _held_if(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification the object of a condition on the applicant holding it, a few words
    before it in its clause ("If you also hold a CADC, ...", "Should you already have a nursing
    degree, ...", "whether or not you are a registered nurse")? The applicant may hold it; the
    post does not ask for it. Not "only if" or "unless" (`held-if-only`), which ask for it."""
    left, _ = _clause_bounds(analysis, hit)
    lowers = analysis.lowers(hit.block)
    w = words()
    for i in range(hit.start - 1, max(left, hit.start - 7) - 1, -1):
        if lowers[i] in w["held-if-openers"]:
            if i > left and lowers[i - 1] in w["held-if-only"]:
                return False  # "You may apply only if you hold a nursing registration"
            between = lowers[i + 1 : hit.start]
            return not w["held-if-verbs"].isdisjoint(between) \
                and not (w["post-holder"] | w["selection-subjects"]).isdisjoint(between)  # fmt: skip
    return False


def _denied_after(analysis: Analysis, hit: Hit) -> bool:
    """Does the sentence say that what ``hit`` names is not required, after it: in its own
    clause ("a nursing degree, while useful, is not essential") or in an elliptical clause
    that follows it ("Applicants with a social work background are encouraged, but not
    required")? Not a denial with a subject of its own ("You will give medication, but a
    nursing qualification is not required": the qualification is denied, not the duty), nor
    when its own clause requires it."""
    left, right = _clause_bounds(analysis, hit)
    if any(left <= c.start and c.end <= right and not analysis.overlaps("lex:requirement-negated", c)
           for c in analysis.hits_in_block("lex:requirement", hit.block)):  # fmt: skip
        return False  # "A BSW is required, and prior experience is not essential": its own clause requires it
    lowers = analysis.lowers(hit.block)
    w = words()
    for d in analysis.hits_in_sentence("lex:requirement-negated", hit):
        if d.start < hit.end:
            continue
        if d.end <= right:
            # "a nursing degree, while useful, is not essential"; not "residents who are not required to ..."
            return w["own-subject-words"].isdisjoint(lowers[hit.end : d.start])
        if d.start > right and lowers[right] in w["denial-openers"] \
                and all(t in w["elliptic-subjects"] for t in lowers[right + 1 : d.start]):  # fmt: skip
            return True
    return False


def _disowned_next(analysis: Analysis, hit: Hit) -> bool:
    """Does the sentence after the qualification's (in its block or the next) say that the
    requirement does not apply to this post (`requirement-disowned`: "You must have appropriate
    professional registration. Please note this requirement refers to posts that require it; it
    does not apply to this post.")? A form's boilerplate the advert disowns: nothing is asked.
    Only words that point back at the requirement (`disowning-subjects`: "this requirement", "it")
    open the disowning clause, not a subject of its own ("The car allowance does not apply to this
    post")."""
    nxt = _next_sentence(analysis, hit)
    if nxt is None:
        return False
    subjects = words()["disowning-subjects"]
    lowers = analysis.lowers(nxt.block)
    for d in analysis.hits_in_sentence("lex:requirement-disowned", nxt):
        start = nxt.start
        for i in range(d.start - 1, nxt.start - 1, -1):
            if lowers[i] in (";", ","):
                start = i + 1
                break
        if all(t in subjects for t in lowers[start : d.start]):
            return True
    return False


def _degree_of_no_field(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification an academic degree with no field named ("Bachelor's degree
    (preferred)", "an associate degree is an asset", "Master's degree required")? The match holds
    only words of ``general-degree-words``, and no field follows it: neither a word of
    ``qualification-field-openers`` ("Bachelor's degree in social work") nor brackets that name one
    ("Bachelor's degree (psychology or nursing)", ``degree-field-words``). Such a degree is no
    profession's qualification."""
    w = words()
    lowers = analysis.lowers(hit.block)
    if not all(t in w["general-degree-words"] for t in lowers[hit.start : hit.end]):
        return False
    after = analysis.tokens_after(hit, 8)
    if not after:
        return True
    if after[0] in w["qualification-field-openers"]:
        return False
    if after[0] in ("(", "["):
        inside = after[1 : next((i for i, t in enumerate(after) if t in (")", "]")), len(after))]
        return w["degree-field-words"].isdisjoint(inside)
    return True


def _denied_plainly(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification the subject of a plain denial after it in its sentence, past an aside
    in brackets ("Professional registration (for example as a nurse, occupational therapist or
    social worker) is not required")? Only the words of ``denial-links`` stand between, once the
    bracketed aside is left out: no word that welcomes it first ("encouraged, but not required",
    "while useful, is not essential": desirable, read by :func:`requirement_level`)."""
    links = words()["denial-links"]
    lowers = analysis.lowers(hit.block)
    for d in analysis.hits_in_sentence("lex:requirement-negated", hit):
        if d.start < hit.end:
            continue
        depth, between = 0, []
        for t in lowers[hit.end : d.start]:
            if t in ("(", "["):
                depth += 1
            elif t in (")", "]"):
                depth -= 1
            elif depth == 0:
                between.append(t)
        if any(hit.end <= c.start and c.end <= d.start for c in analysis.hits_in_sentence("lex:desirable", hit)):
            return False  # "A nursing degree (preferred) is not essential": asked for at a lower level
        return depth == 0 and bool(between) and all(t in links for t in between)
    return False


def _item_of_applicant_list(analysis: Analysis, hit: Hit) -> bool:
    """Does the qualification open an item of a list that asks for the applicant with no level
    of its own: under a heading or a lead-in in `applicant-headings` ("About you", "What we are
    looking for", "To be successful you will have:"), only `qualification-item-leads` before it
    in its sentence ("A diploma in social work", "Current registration as a nurse")? Such a list
    is what the post requires, as an "Essential" table is. Not a willingness to train
    ("Willingness to complete the certificate"), nor other staff ("Comfortable working alongside
    registered nurses"); not one the next line denies (:func:`_denied_next_line`)."""
    b = analysis.document.blocks[hit.block]
    if b.kind != "list-item":
        return False
    s_start, _ = analysis.sentence_bounds(hit)
    leads = words()["qualification-item-leads"]
    if hit.start - s_start > 5 or not all(t in leads for t in analysis.lowers(hit.block)[s_start : hit.start]):
        return False
    phrases = words()["applicant-headings"]
    lead = _lead_in(analysis, hit.block)
    titles = [analysis.document.blocks[lead].text] if lead is not None else []
    titles += b.section[-1:]
    if not any(p in t.lower().replace("’", "'") for t in titles for p in phrases):
        return False
    return not _denied_next_line(analysis, hit)


def _denied_next_line(analysis: Analysis, hit: Hit) -> bool:
    """Is the item's sentence carried on to the next line, read as an item of its own, with the
    denial there ("Registration with the Nursing Council or Social" / "Workers Registration Board
    is not required")? The item has no closing stop, and it ends on an open word (`open-words`)
    or the next line opens in lower case or with the rest of a name (capitalised words), then
    the denial (`requirement-negated`); not a clause of its own ("A car is not required")."""
    blocks = analysis.document.blocks
    text = blocks[hit.block].text.rstrip()
    nxt = hit.block + 1
    if not text or text[-1] in ".;:!?" or nxt >= len(blocks) or blocks[nxt].kind != blocks[hit.block].kind:
        return False
    denials = analysis.hits_in_block("lex:requirement-negated", nxt)
    if not denials:
        return False
    lead = blocks[nxt].text[: denials[0].char_start].split()
    w = words()
    if not lead or not w["own-subject-words"].isdisjoint(t.lower() for t in lead):
        return False  # "and you are not required to drive": a clause of its own
    if lead[0][:1].islower() or text.rsplit(None, 1)[-1].lower() in w["open-words"]:
        return True  # "... or a licence from the Nursing" / "and Midwifery Council is not essential"
    return all(t[:1].isupper() or t.lower() in w["elliptic-subjects"] for t in lead)


# shifts covered with no other post or staffing shortfall named ("cover shifts", "covering open
# shifts"): in a senior peer post, the shifts of the peer team it leads
_BARE_SHIFT_COVER = re.compile(r"cover(?:s|ed|ing)?\s+(?:(?:the|any|open|vacant|some|extra)\s+)?shifts?$", re.IGNORECASE)


@check("adjacent_professions", fixes=("qualification", "compliance", "alternative", "duty"))
def adjacent_professions(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    # (the match, the reason code that chooses the fix's words in [fixes], why in words)
    hard: list[tuple[Hit, str, str]] = []
    soft: list[tuple[Hit, str, str]] = []
    answered_no = _no_qualification_needed(analysis)  # "Do I need a degree?" "No. ..."
    # what says the role is distinct, after the advert's own statements of it (`distinct-role`,
    # matched only when no hard or soft finding decides the verdict first)
    distinct: list[Hit] = []
    denied: list[Hit] = []  # a duty the advert denies ("You will not be expected to give medication")
    contrasted: list[Hit] = []  # a duty set against the peer work: evidence only where nothing plainer is
    optional: list[Hit] = []  # a qualification that is only one route to another requirement
    peer_credentials: list[Hit] = []  # the qualifications asked for that are peer credentials
    qualification_route: set[Hit] = set()  # "in place of" matches that belong to such a route
    asked = {(q.block, analysis.sentence_bounds(q)) for q, _ in answered_no}
    learned_routes = _learned_through_profession(analysis)  # "... or learned experience, e.g. a degree in nursing"
    for hit in hits(analysis, "professional-qualification"):
        if analysis.negated(hit) or _qualification_in_negated_list(analysis, hit) or _denied_plainly(analysis, hit):
            distinct.append(hit)  # (plainly: "Registration (for example as a nurse) is not required")
            continue
        if any(r.block == hit.block and r.start < hit.end and hit.start < r.end for r in learned_routes):
            continue  # a route to the learned experience (below), not a qualification asked for
        if _about_another_posting(analysis, hit):
            continue  # "In our separate Family Liaison Officer vacancy, a social work degree can replace ..."
        if _disowned_next(analysis, hit):
            continue  # "You must have professional registration. This requirement does not apply to this post."
        if (hit.block, analysis.sentence_bounds(hit)) in asked:
            continue  # "Will I have to hold a nursing registration?" answered "No, ..."
        if _learning(analysis, hit) or _degree_of_no_field(analysis, hit):
            continue  # (of no field: "Bachelor's degree (preferred)" names no profession)
        if _is_peer_credential(analysis, hit):
            peer_credentials.append(hit)  # "Certificate IV in Mental Health Peer Work": the peer work's own
            continue
        if analysis.overlaps("lex:professional-qualification-not", hit):
            continue  # "Certificate in Mental Health First Aid"
        if _held_by_others(analysis, hit):
            continue  # "Our clinicians have a bachelor's degree in social work": theirs, not asked of the post
        if _substitution_denied_after(analysis, hit):
            distinct.append(hit)  # "A degree in social work will not substitute for lived experience"
            continue
        stands_in = _stands_in_for(analysis, hit)
        if stands_in == "lived":
            hard.append((hit, "alternative", f"a professional qualification may stand in for lived experience (“{hit.text}”)"))
            continue  # "a degree in psychology can replace the lived experience"
        if stands_in == "other" and _replaces_credential_after(analysis, hit):
            # "An associate degree in human services may substitute for the CPRS certification": one
            # route beside the peer credential, as when the two are offered with "or"
            soft.append((hit, "qualification", f"a professional qualification may stand in for the credential "
                                               f"(“{hit.text}”)"))
            qualification_route.update(_in_place_after(analysis, hit))
            continue
        if stands_in == "other":
            optional.append(hit)  # "a master's degree may substitute for one year of the supervisory experience"
            qualification_route.update(_in_place_after(analysis, hit))
            continue
        level = requirement_level(analysis, hit)
        if level is None and _item_of_applicant_list(analysis, hit):
            level = "required"  # "About you" / "- A diploma in social work": what the post asks for
        if level is None and analysis.overlaps("lex:qualification-as-identity", hit):
            level = "required"  # "You will be a registered nurse": what the post holder must be
        if level != "desirable" and _held_if(analysis, hit):
            # "If you also hold a CADC, you will still be employed as a peer": a credential the
            # applicant may hold, not one asked for; a denial after it says what the role is not
            s_end = analysis.sentence_bounds(hit)[1]
            if _negator_before(analysis, hit.block, hit.end, s_end):
                distinct.append(hit)
            continue
        if level == "required" and _peers_beside(analysis, hit):
            # "You must be a registered nurse or peer worker": another profession's route beside peers
            soft.append((hit, "qualification", f"another profession is one route in beside peers (“{hit.text}”)"))
        elif level == "required" and _is_peer_credential(analysis, hit, item_only=False):
            # "Certificate IV in Mental Health Peer Work or Certificate IV in Alcohol and Other
            # Drugs": one accepted route beside a peer credential, not the requirement itself
            soft.append((hit, "qualification", f"a professional qualification is one route beside a peer "
                                               f"credential (“{hit.text}”)"))
        elif level == "required":
            hard.append((hit, "qualification", f"a professional qualification is required (“{hit.text}”)"))
        elif level == "desirable":
            soft.append((hit, "qualification", f"a professional qualification is desirable (“{hit.text}”)"))
    for hit in hits(analysis, "professional-background"):
        # "A nursing or social work background is preferred": adjacent experience asked for
        if analysis.negated(hit):
            distinct.append(hit)
            continue
        if _learning(analysis, hit) or _whose_work(analysis, hit) or analysis.overlaps("lex:professional-background-not", hit):
            continue  # "applicants from a clinical or non-clinical background are welcome": anyone's
        level = requirement_level(analysis, hit, holder_only=True)
        if level == "required":
            hard.append((hit, "alternative", f"an adjacent professional background is required (“{hit.text}”)"))
        elif level == "desirable":
            soft.append((hit, "alternative", f"an adjacent professional background is desirable (“{hit.text}”)"))
    for hit in hits(analysis, "adjacent-alternative"):
        if _about_another_posting(analysis, hit):
            continue  # "for our Outreach Worker posting, frontline experience may be considered instead"
        text = hit.text.lower()
        in_place = not words()["instead-words"].isdisjoint(text.split())
        if analysis.negated(hit) or (not in_place and analysis.overlaps("lex:lived-experience", hit)):
            continue  # "or experience of caring for someone with psychosis" is lived experience too
        if in_place and _lived_experience_stands_in(analysis, hit):
            continue  # "lived experience will be considered in place of formal qualifications"
        if not words()["set-aside-words"].isdisjoint(text.split()) and _lived_route_after(analysis, hit):
            continue  # "without lived experience but with experience of caring for a relative": lived too
        if in_place and hit in qualification_route:
            continue  # "a diploma may be accepted in place of the team leadership experience": one route (optional)
        if in_place and not _swaps_lived_experience(analysis, hit):
            continue  # "a bus pass will be accepted in place of a driving licence": nothing peer swapped
        level_with = _level_with_lived_experience(analysis, hit, in_place)
        # "Equivalent experience in a helping profession will be considered": the match names the
        # other profession itself, so it is another profession's experience whatever it stands for
        in_profession = not words()["equivalence-words"].isdisjoint(text.split()) \
            and not words()["profession-field-words"].isdisjoint(re.findall(r"[\w-]+", text))
        if level_with is False and not in_profession:
            continue  # "referees who know you personally or professionally": level with nothing
        if level_with and _level_denied(analysis, hit):
            distinct.append(hit)  # "equivalent experience in a helping role will not be accepted"
            continue
        if _peer_work_after(analysis, hit) and not (in_place and _ends_in_swap(analysis, hit)):
            continue  # "or equivalent experience gained in a peer role": the peer work itself
        instead = text.startswith("or ") or in_place or text.split()[0].strip(",") in words()["alternative-openers"] \
            or _says_it_qualifies(text) or in_profession \
            or _or_time_before(analysis, hit)  # "... will give you the transferable skills you need"
        if instead or requirement_level(analysis, hit) == "required":
            hard.append((hit, "alternative", f"adjacent experience qualifies (“{hit.text}”)"))
        elif level_with:  # "we also welcome applicants with equivalent experience": in its place
            hard.append((hit, "alternative", f"adjacent experience is put level with lived experience (“{hit.text}”)"))
    for hit in _credential_stand_ins(analysis):
        # "Two years' experience as a mental health technician may substitute for the CPS certification"
        hard.append((hit, "alternative", f"another job's experience may stand in for the credential (“{hit.text}”)"))
    for hit in _accepted_if_without(analysis):
        # "If you don't have lived experience, experience in youth work will also be considered."
        hard.append((hit, "alternative", f"other experience is accepted without lived experience (“{hit.text}”)"))
    for hit in _open_to_beside_peers(analysis):
        # "This post is open to registered nurses and peer workers": another profession's route in
        soft.append((hit, "qualification", f"another profession is one route in beside peers (“{hit.text}”)"))
    routes = _adjacent_experience_route(analysis, peer_credentials)
    # (lived experience only desirable, or one route among others: "lived, living or learned")
    beside = "may be substituted" if any(m.strength == "substitutable" for m in applicant_mentions(analysis)) \
        else "is not"
    for hit in routes:
        # "Demonstrated experience working in a caring role" required, lived experience only desirable
        hard.append((hit, "alternative", f"adjacent work experience is required while lived experience {beside} "
                                         f"(“{hit.text}”)"))
    for hit in learned_routes:
        # "lived, living or learned experience, for example through ... formal study in social work"
        hard.append((hit, "alternative", f"learned experience may come from another profession's study or work "
                                         f"(“{hit.text}”)"))
    for mention in applicant_mentions(analysis):
        # "lived experience or equivalent professional experience": adjacent experience
        # qualifies in its place (criterion 1 and criterion 4 alike).
        if mention.strength == "substitutable" and not analysis.hits_in_sentence("lex:learned-experience", mention.hit):
            why = f"adjacent experience may stand in for lived experience (“{mention.cue}”)"
            if mention.cue_at is not None:  # the item or reply that offers the other route
                hard.append((mention.cue_at, "alternative", why))
            hard.append((mention.hit, "alternative", why))
    for hit in hits(analysis, "clinical-duty"):
        if _inside(analysis, "clinical-duty-not", hit):
            continue  # "the local prescribing team": another team's name, not a duty
        if _contrasted(analysis, hit):
            contrasted.append(hit)  # "friendship rather than care coordination": what the role is not
            continue
        if _duty_negated(analysis, hit):
            denied.append(hit)  # "you will not be expected to give medication": says what the role is not
            continue
        whose = _whose_work(analysis, hit)
        if whose == "staff":
            distinct.append(hit)  # "the nurses do the clinical work": says whose work it is instead
        if _learning(analysis, hit) or whose or _training_after(analysis, hit):
            continue
        if _served_do_it(analysis, hit):
            continue  # "help carers complete carers' assessments": the carers' own, not the post's
        if requirement_level(analysis, hit) == "desirable":
            soft.append((hit, "alternative", f"adjacent experience is desirable (“{hit.text}”)"))
        elif ((_supporting(analysis, hit) or _inside_supporting(analysis, hit))
              and not words()["never-supporting"].intersection(hit.text.lower().split())):
            # (inside a supporting match: "support the dietitian and nursing team during supported meals")
            soft.append((hit, "duty", f"a clinical task in a supporting position (“{hit.text}”)"))
        elif _staff_do_it(analysis, hit):
            # "Assist the midwives to complete newborn observations": the midwives do them
            soft.append((hit, "duty", f"clinical staff supported to do their own task (“{hit.text}”)"))
        else:
            hard.append((hit, "duty", f"another profession's duty (“{hit.text}”)"))
    for hit in hits(analysis, "compliance"):
        sentence = analysis.sentence_text(hit).lower()
        if not any(o in sentence for o in words()["compliance-objects"]):
            continue
        if _contrasted(analysis, hit):
            contrasted.append(hit)  # "explore goals rather than monitor their compliance": what the role is not
            continue
        if _duty_negated(analysis, hit):
            denied.append(hit)  # "you will not be asked to make sure people take their medication"
            continue
        hard.append((hit, "compliance", f"the peer is asked to enforce compliance (“{hit.text}”)"))
    for hit in hits(analysis, "compliance-monitoring"):
        # drug screens, enforced attendance, reports to probation: surveillance, not peer work
        if analysis.overlaps("lex:compliance-monitoring-not", hit):
            continue
        if _contrasted(analysis, hit) or any(c.block == hit.block and c.start < hit.end and hit.start < c.end
                                             for c in contrasted):  # fmt: skip
            contrasted.append(hit)  # "... instead of monitoring their compliance with probation orders"
            continue
        if _duty_negated(analysis, hit):
            denied.append(hit)  # "you will not be asked to conduct drug screens": what the role is not
            continue
        if _learning(analysis, hit) or _organisation_offers(analysis, hit):
            continue
        hard.append((hit, "compliance", f"the peer is asked to monitor compliance (“{hit.text}”)"))
    for hit in hits(analysis, "extra-hands"):
        if analysis.overlaps("lex:extra-hands-not", hit):
            continue  # "a casual pool of peer workers to cover shifts at the hub": its own shifts
        if ctx.role.kind == "peer-senior" and _BARE_SHIFT_COVER.match(hit.text):
            continue  # the peer team's lead "steps in to cover shifts": the team's own, no other post's
        if _duty_negated(analysis, hit) or _condition_of_negated(analysis, hit):
            denied.append(hit)  # "our kaimahi are never used to fill clinical gaps": what the role is not
        elif _absence_covered_by_others(analysis, hit):
            continue  # "When the receptionist is off, the office manager covers the desk": not the post
        else:
            hard.append((hit, "duty", f"the peer covers staffing (“{hit.text}”)"))
    for hit in hits(analysis, "supporting-clinical"):
        if analysis.overlaps("lex:supporting-clinical-not", hit):
            continue  # "the case management and housing teams": another team's name
        if _contrasted(analysis, hit):
            contrasted.append(hit)  # "walk with people instead of case management": what the role is not
            continue
        whose = _whose_work(analysis, hit)
        if whose == "staff":
            distinct.append(hit)
        if _served_take_part(analysis, hit):
            continue  # "help people contribute to their own care plans": their own part in it
        if _duty_negated(analysis, hit) and not whose:
            denied.append(hit)  # "will not be expected to perform case management": what the role is not
            continue
        if not _learning(analysis, hit) and not whose:
            if hit.text.lower().split()[-1] in words()["never-supporting"]:
                # "assist nursing staff with patient observations": the peer still observes
                hard.append((hit, "duty", f"another profession's duty, even in a supporting position (“{hit.text}”)"))
            else:
                soft.append((hit, "duty", f"clinical work in a supporting position (“{hit.text}”)"))

    def spans(items: list) -> tuple[Span, ...]:
        """The first four sentences of the matches (or of ``(match, code, why)`` items), each once."""
        seen: dict[tuple[int, int], Span] = {}
        for item in items:
            hit = item if isinstance(item, Hit) else item[0]
            span = analysis.sentence_span(hit)
            seen.setdefault((span.block, span.start), span)
            if len(seen) == 4:
                break  # only the first four are shown
        return tuple(seen.values())

    def by_strength(items: list[tuple[Hit, str, str]]) -> None:
        items.sort(key=lambda item: (weak_evidence(analysis, item[0]), item[0].block, item[0].start))

    def reasons(items: list[tuple[Hit, str, str]]) -> str:
        unique = list(dict.fromkeys(why for _, _, why in items))
        more = f"; and {len(unique) - 3} more" if len(unique) > 3 else ""
        return "; ".join(unique[:3]) + more

    if hard:
        by_strength(hard)
        hit, code, _ = hard[0]
        return _verdict(rule, "not-met", f"The role is not kept distinct: {reasons(hard)}.", spans(hard),
            _adjacent_fix(rule, analysis, hit, code))  # fmt: skip
    if soft:  # (sorted only when it is what the verdict quotes)
        by_strength(soft)
        hit, code, _ = soft[0]
        return _verdict(rule, "partly-met", f"Mostly distinct, but {reasons(soft)}.", spans(soft),
            _adjacent_fix(rule, analysis, hit, code))  # fmt: skip
    # what the role is not (a statement of it, a duty the advert denies) before what the applicant
    # need not hold ("No degree is required", an FAQ's "Do I need qualifications? No.")
    stated = hits(analysis, "distinct-role")
    nouns = words()["qualification-nouns"]
    # (an FAQ's "Do I need a degree? No." last among them: what the applicant need not hold)
    distinct = [*([*[h for h in stated if nouns.isdisjoint(h.text.lower().split())], *denied, *contrasted,
                   *[h for h in stated if not nouns.isdisjoint(h.text.lower().split())], *distinct,
                   *[r for _, r in answered_no]]
                  or hits(analysis, "distinct-contrast")),
                *hits(analysis, "distinct-role-weak")]  # fmt: skip
    if distinct:
        # an FAQ question answered no ("Will I be doing risk assessments?" "No.") states what the role
        # is not with its reply: quoted as a statement is, not put after statements as a question
        ranked = sorted(distinct, key=lambda h: 0 if _asked_and_answered_no(analysis, h) else weak_evidence(analysis, h))
        return _verdict(rule, "met", "The advert says what makes the role different from clinical roles.",
                        spans(ranked)[:2], None)  # fmt: skip
    if optional:
        return _verdict(rule, "met", "A professional qualification appears only as one route to another requirement "
                        f"(“{optional[0].text}”), not as a requirement.", spans(optional)[:1], None)  # fmt: skip
    if peer_credentials:
        # "Certificate IV in Mental Health Peer Work, or willingness to complete it": the qualification
        # the advert names is the peer work's own, which says what the role is not
        return _verdict(rule, "met", "The qualification the advert names is a peer credential, not another "
                        "profession's.", spans(peer_credentials)[:1], None)  # fmt: skip
    # a peer credential named in its own words ("Certification as a Peer Recovery Specialist
    # (CPRS)"), not in a heading or the title: the qualification asked is the peer work's own
    named = [h for h in hits(analysis, "peer-credential") if not analysis.negated(h) and weak_evidence(analysis, h) < 2]
    if named:
        return _verdict(rule, "met", "The qualification the advert names is a peer credential, not another "
                        "profession's.", spans(by_evidence(analysis, named))[:1], None)  # fmt: skip
    return _verdict(rule, "met", "No professional qualification, clinical duty, compliance or cover duty appears.", (), None)


def _contrasted(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty set against the peer work by the words just before it (`contrast-words`,
    past one of `contrast-fillers`: "support rather than in case management", "friendship
    instead of care coordination"), or is it a later item of a list those words open ("keep
    the role distinct from nursing and care co-ordination", "rather than therapy, diagnosis or
    medication")? Then it says what the role is not."""
    lowers = analysis.lowers(hit.block)
    if _contrast_before(lowers, hit.start):
        return True
    return _contrasted_list_item(analysis, hit)


def _contrast_before(lowers: list[str], k: int) -> bool:
    """Do `contrast-words` end just before token ``k``, maybe past one of `contrast-fillers`?"""
    w = words()
    if k and lowers[k - 1] in w["contrast-fillers"]:
        k -= 1
    before = " ".join(lowers[max(0, k - 3) : k])
    return any(before == c or before.endswith(" " + c) for c in w["contrast-words"])


# how many tokens of earlier items may stand between contrast-words and a later item of their list
_CONTRAST_LIST_WINDOW = 6


def _contrasted_list_item(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty a later item of a short list after `contrast-words` ("distinct from nursing
    and care co-ordination", "rather than diagnosis, therapy or medication rounds")? A list join
    (`contrast-list-joins`) stands just before it, and before that only the words of earlier
    items (at most ``_CONTRAST_LIST_WINDOW`` tokens back, none a clause break, a new subject or a
    verb of the post's own work) up to the contrast. Not "..., and you will give medication" (a
    clause of its own), nor a comma and "and" between (", and complete risk assessments": a
    duty of its own after a list)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    k = hit.start
    if k - 1 <= s_start or lowers[k - 1] not in w["contrast-list-joins"]:
        return False
    stops = w["clause-breaks"] | w["new-subjects"] | w["own-subject-words"] | w["contrast-list-stops"]
    for j in range(k - 2, max(s_start, k - 1 - _CONTRAST_LIST_WINDOW) - 1, -1):
        t = lowers[j]
        if t in stops or not (t[:1].isalpha() or t == ","):
            return False
        if t == "," and lowers[j + 1] in ("and", "or"):
            return False  # ", and give medication": a duty of its own after the list
        if _contrast_before(lowers, j):
            return True
    return False


def _no_qualification_needed(analysis: Analysis) -> list[tuple[Hit, Hit]]:
    """An FAQ that asks whether a qualification is needed (``qualification-question``: "Do I
    need a degree?", "Will I have to hold a nursing registration?") and whose reply opens with a
    no (`no-words`: "No. Your experience as a family member is what we are looking for"): the
    reply says what the role is not, and the qualification the question names is not required.
    (question, reply) pairs: the reply's first sentence; when that is only the no ("No.", "No,
    never."), the question, which holds what is not needed (a bare "No." says nothing quoted
    alone), then the sentence the reply goes on with (in its line or the next)."""
    out: list[tuple[Hit, Hit]] = []
    for q in hits(analysis, "qualification-question"):
        if not analysis.is_question(q):
            continue
        reply = _next_sentence(analysis, q)
        if reply is None or analysis.lowers(reply.block)[reply.start] not in words()["no-words"]:
            continue
        r_start, r_end = analysis.sentence_bounds(reply)
        if sum(t[:1].isalpha() for t in analysis.lowers(reply.block)[r_start:r_end]) <= 2:
            out.append((q, q))
            after = _next_sentence(analysis, reply)
            if after is not None:
                out.append((q, after))  # "No." then what the reply goes on to say
        else:
            out.append((q, reply))
    return out


def _says_it_qualifies(text: str) -> bool:
    """Does an adjacent-experience match say in its own words that the other experience
    qualifies for the post ("will give you the transferable skills you need", "your
    transferable skills from retail are all we need"), with no negation or second clause
    inside it ("transferable skills are welcome, but lived experience is what qualifies")?"""
    tokens = set(re.findall(r"[\w']+|[,;]", text.replace("n't", " not")))
    return not words()["qualifying-words"].isdisjoint(tokens) and NEGATORS.isdisjoint(tokens) \
        and words()["qualifying-breaks"].isdisjoint(tokens)


def _qualification_in_negated_list(analysis: Analysis, hit: Hit) -> bool:
    """Is a qualification the last of a coordinated list that a negated verb chain governs
    ("You will not be required to hold a clinical or social work registration"), too far from
    the negation for the plain look-back? Not when a predicate of its own follows it ("...,
    and nursing registration is essential")."""
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    if not _negator_before(analysis, hit.block, s_start, hit.start) or not negated_list(lowers, s_start, hit.start):
        return False
    return words()["own-predicate-verbs"].isdisjoint(lowers[hit.end : min(s_end, hit.end + 3)])


def _duty_negated(analysis: Analysis, hit: Hit) -> bool:
    """Is a duty negated in its sentence, or is it a list item under a negative lead-in
    ("You will not:", "The role does not include:") or heading ("What this role is not")? Not
    when it is the exception to the negation ("You will not do clinical tasks except medication
    rounds": the rounds are the post's)."""
    if _excepted_from_negation(analysis, hit):
        return False
    if _circumstance_excepted(analysis, hit):
        return False  # "You will not give medication, except in an emergency": the exception gives it back
    if analysis.negated(hit) or _asked_and_answered_no(analysis, hit):
        return True
    if hit.end - hit.start > 2 and _negator_before(analysis, hit.block, hit.start + 1, hit.start + 2):
        # a negation just after the match's first word, its auxiliary: "Peer workers do not carry out
        # observations" (not one further in: "ensure people who do not want to take their medication")
        return True
    s_start, _ = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    # the three scans back from the duty each need a negator word before it in its sentence
    negator = _negator_before(analysis, hit.block, s_start, hit.start)
    if negator and negated_list(lowers, s_start, hit.start):
        return True  # "you will not hold a caseload, give medication or complete risk assessments"
    if negator and negated_object(lowers, s_start, hit.start):
        return True  # "you will not be asked to report on clients' compliance with bail conditions"
    if negator and _inline_negative_lead_in(lowers, s_start, hit.start):
        return True  # "Peer workers do not: give medication; carry out observations; ..."
    if _excluded_from_role(analysis, hit):
        return True  # "The role excludes giving medication, ..."; "Restraint is outside the scope of this role"
    block = analysis.document.blocks[hit.block]
    if block.kind != "list-item":
        return False
    lead = _lead_in(analysis, hit.block)
    if lead is not None:
        text = re.split(r"[.;!?]\s", analysis.document.blocks[lead].text)[-1]
        where = lead
    elif block.section:
        text = block.section[-1]
        where = next((i for i in range(hit.block - 1, -1, -1) if analysis.document.blocks[i].kind == "heading"
                      and analysis.document.blocks[i].text.strip().rstrip(":").strip() == text.strip()), None)  # fmt: skip
    else:
        return False
    if where is not None:
        # "The role excludes:", "Outside the scope of this role" (in the lead-in's last sentence)
        full = analysis.document.blocks[where].text.rstrip().rstrip(":")
        last = len(full) - len(re.split(r"[.;!?]\s", full)[-1])
        if any(o.char_start >= last for o in analysis.hits_in_block("lex:duty-excluded", where)):
            return True
    text = _NOT_A_NEGATION.sub(" ", text.lower().replace("’", "'").replace("n't", " not"))
    return not NEGATORS.isdisjoint(re.findall(r"\w+", text))


def _asked_and_answered_no(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty named in an FAQ question whose reply opens with a no (``no-words``: "Will I be
    doing therapy or case management?" "No. Our clinicians do that.")? The reply says the duty
    is not the post's, like "you will not"."""
    if not analysis.is_question(hit):
        return False
    reply = _next_sentence(analysis, hit)
    return reply is not None and analysis.lowers(reply.block)[reply.start] in words()["no-words"]


def _negator_before(analysis: Analysis, block: int, start: int, end: int) -> bool:
    """Is a negator word (``NEGATORS``, or a word holding "n't") among tokens ``start:end`` of
    the block? ``negated_list``, ``negated_object`` and ``_inline_negative_lead_in`` can only
    answer yes after one, so most duties skip their scans. The negators' places are found
    once per block."""
    found: dict[int, list[int]] = analysis.memo.setdefault("negator-tokens", {})  # type: ignore[assignment]
    places = found.get(block)
    if places is None:
        lowers = analysis.lowers(block)
        places = found[block] = [] if NEGATORS.isdisjoint(lowers) and "n't" not in analysis.texts[block].lower() else [
            i for i, t in enumerate(lowers) if t in NEGATORS or "n't" in t]  # fmt: skip
    at = bisect_left(places, start)
    return at < len(places) and places[at] < end


def _absence_covered_by_others(analysis: Analysis, hit: Hit) -> bool:
    """Is the match only the condition of an absence ("when the receptionist is off", "while
    permanent staff are on leave") on a main clause whose subject is someone other than the post
    ("When the receptionist is off, the office manager covers the desk", "A relief worker steps in
    while regular staff are away")? The main clause opens with an article or a determiner
    (`cover-subject-articles`) and names no word for the post holder or the post in its first words
    (`post-holder`, `post-nouns`, `worker`); "you", an order ("cover the desk when ...") or "the
    peer worker covers ..." keep it the post's."""
    lowers = analysis.lowers(hit.block)
    w = words()
    if lowers[hit.start] not in w["absence-condition-openers"]:
        return False
    s_start, s_end = analysis.sentence_bounds(hit)
    opening = next((i for i in range(s_start, hit.start) if lowers[i][:1].isalpha()), hit.start)
    if opening == hit.start:  # the condition first: the main clause after its comma
        comma = next((i for i in range(hit.end, s_end) if lowers[i] == ","), None)
        if comma is None:
            return False
        main = lowers[comma + 1 : s_end]
    else:
        main = lowers[opening : hit.start]
    main = [t for t in main if t[:1].isalpha()]
    if not main or main[0] not in w["cover-subject-articles"]:
        return False
    return w["post-holder"].isdisjoint(main) and (w["post-nouns"] | w["worker"]).isdisjoint(main[:5])


def _condition_of_negated(analysis: Analysis, hit: Hit) -> bool:
    """Is the match a condition ("when the ward is short", "if the team is understaffed")
    on a clause that is itself negated ("You will not be asked to backfill rota vacancies
    when the ward is short")? The condition says when the negated duty would fall."""
    s_start, _ = analysis.sentence_bounds(hit)
    if hit.start <= s_start or analysis.lowers(hit.block)[hit.start] not in words()["condition-openers"]:
        return False
    if any(o.end == hit.start for o in analysis.hits_in_sentence("lex:duty-excepted", hit)):
        return False  # "not part of the nursing roster, except when the unit is short-staffed": the exception gives it
    before = analysis.make_hits("clause", [(hit.block, hit.start - 1, hit.start)])[0]
    return _duty_negated(analysis, before)


def _excepted_from_negation(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty in the list after a ``duty-excepted`` match that itself follows a negation in
    the sentence ("Peer workers do no clinical work except medication rounds and observations")?"""
    s_start = None
    for o in analysis.hits_in_sentence("lex:duty-excepted", hit):
        if o.end <= hit.start and words()["exclusion-stops"].isdisjoint(analysis.lowers(hit.block)[o.end : hit.start]):
            s_start = analysis.sentence_bounds(hit)[0] if s_start is None else s_start
            if _negator_before(analysis, hit.block, s_start, o.start):
                return True
    return False


def _circumstance_excepted(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty followed in its clause by a ``duty-excepted`` match that opens a circumstance
    (``exception-circumstances`` in rules/data/criteria.toml: "You will not give medication,
    except in an emergency", "Restraint is not part of the role other than when ...")? The
    exception gives the negated duty back for that circumstance; an exception that names another
    activity ("You will not give medication, other than reminding people of appointments") does not."""
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    stops = words()["exclusion-stops"]
    openers = words()["exception-circumstances"]
    for o in analysis.hits_in_sentence("lex:duty-excepted", hit):
        if o.start >= hit.end and o.end < s_end and lowers[o.end] in openers \
                and stops.isdisjoint(lowers[hit.end : o.start]):
            return True
    return False


def _excluded_from_role(analysis: Analysis, hit: Hit) -> bool:
    """Does the advert say the role excludes the duty: a ``duty-excluded`` match before it
    with only list items between ("The role excludes giving medication, restraint and
    observations"; "Excluded from this post: ..."), or after it in its clause, not in a
    relative clause ("Restraint is outside the scope of this role")?"""
    lowers = analysis.lowers(hit.block)
    stops = words()["exclusion-stops"]
    _, right = _clause_bounds(analysis, hit)
    for o in analysis.hits_in_sentence("lex:duty-excluded", hit):
        if o.end <= hit.start:
            between = lowers[o.end : hit.start]
            if between[:1] == [":"]:
                between = between[1:]
            if stops.isdisjoint(between) and ":" not in between:
                return True
        elif hit.end <= o.start < right and words()["relative-pronouns"].isdisjoint(lowers[hit.end : o.start]) \
                and words()["post-holder"].isdisjoint(lowers[hit.end : o.start]):
            return True
    s_start = None
    for o in analysis.hits_in_sentence("lex:duty-excepted", hit):
        # "all team activities except clinical reviews, medication rounds and risk assessments": the
        # duties the post's work is said to leave out; not after a negation ("You will not do clinical
        # work except medication rounds" gives the post the rounds)
        if o.end <= hit.start and stops.isdisjoint(lowers[o.end : hit.start]) and ":" not in lowers[o.end : hit.start]:
            s_start = analysis.sentence_bounds(hit)[0] if s_start is None else s_start
            if not _negator_before(analysis, hit.block, s_start, o.start):
                return True
    return False


def _inline_negative_lead_in(lowers: list[str], s_start: int, start: int) -> bool:
    """Is the match an item after a negative lead-in ending in a colon in its own sentence
    ("Peer workers do not: give medication; carry out observations")? The lead-in is the
    clause just before the colon; no other colon or full stop lies between."""
    colon = next((i for i in range(start - 1, s_start - 1, -1) if lowers[i] == ":"), None)
    if colon is None:
        return False
    left = colon
    while left > s_start and lowers[left - 1] not in ".:;" and colon - left < 8:  # a sentence or clause mark
        left -= 1
    lead = _NOT_A_NEGATION.sub(" ", " ".join(lowers[left:colon]).replace("n't", " not"))
    return not NEGATORS.isdisjoint(lead.split())


# "Duties include, but are not limited to:" and the like are not negations of the list.
_NOT_A_NEGATION = re.compile(
    r"\bnot\s+(?:be\s+)?(?:limited|restricted|exhaustive|(?:an?|the)\s+(?:exhaustive|complete|full|definitive)"
    r"|all|only|just)\b|\bno\s+two\b|\bwithout\s+limitation\b"
)


def _organisation_offers(analysis: Analysis, hit: Hit) -> bool:
    """Is the match in a list of what the organisation offers ("our programmes include case
    management, medication management ...", "our agency also runs a nurse-led clinic") or
    other staff's work, rather than the peer's duties? (See :func:`_whose_work`.)"""
    return _whose_work(analysis, hit) is not None


def _whose_work(analysis: Analysis, hit: Hit) -> str | None:
    """``organisation`` when the match is what the organisation runs or offers, ``staff``
    when it is other staff's work ("the nurses on the team do the clinical work",
    "medication remains the responsibility of the nursing team"), else None.

    The organisation or the staff must be the subject before the match, with no word for
    the post holder from there on ("..., and you will give medication"; "nurses and peer
    workers give ..." do it together); or the duty is the subject and is given to other
    staff after it in the same clause, not in a relative clause about the post's own duty
    ("give medication, which remains the nurse's responsibility")."""
    lowers = analysis.lowers(hit.block)
    post_holder = words()["post-holder"]
    for group, whose in (("lex:others-do", "staff"), ("lex:organisation-offers", "organisation")):
        for o in analysis.hits_in_sentence(group, hit):
            subject = o.start + (lowers[o.start] in words()["served-determiners"])  # "your manager": not "your" work
            if o.start < hit.start and post_holder.isdisjoint(lowers[subject : hit.start]) \
                    and not _helped(analysis, o) and not _worked_with(analysis, o) \
                    and not _joined_to_post_holder(lowers, o.start):  # fmt: skip
                return whose
    s_start, _ = analysis.sentence_bounds(hit)
    if _organisation_section(analysis, hit.block) and post_holder.isdisjoint(lowers[s_start : hit.start]) \
            and words()["post-nouns"].isdisjoint(lowers[s_start : hit.start]):
        return "organisation"  # "About CMHA Lakehead: CMHA Lakehead provides ... case management"
    if _named_organisation_provides(analysis, hit, s_start):
        return "organisation"  # "Harbourside Wellbeing runs a clozapine clinic and care coordination"
    left, right = _clause_bounds(analysis, hit)
    for o in analysis.hits_in_sentence("lex:others-own", hit):
        if hit.end <= o.start < right and post_holder.isdisjoint(lowers[left : o.start]) \
                and words()["relative-pronouns"].isdisjoint(lowers[hit.end : o.start]):
            return "staff"
    return None


def _joined_to_post_holder(lowers: list[str], start: int) -> bool:
    """Is the subject that opens at ``start`` joined to the post holder before it, as one
    subject ("You and the MDT will complete risk assessments", "you & your manager carry out
    ..."): `joint-subject-holder`, then `joint-subject-joins`, then determiners only? The post
    holder does the duty too."""
    w = words()
    j = start - 1
    while j >= 0 and lowers[j] in w["joint-subject-determiners"]:
        j -= 1
    return j >= 1 and lowers[j] in w["joint-subject-joins"] and lowers[j - 1] in w["joint-subject-holder"]


def _named_organisation_provides(analysis: Analysis, hit: Hit, s_start: int) -> bool:
    """Is the subject of the match's sentence the organisation by its own name, with a verb of
    providing after it (``provision-verbs``: "CMHA Halton Shores provides case management, crisis
    services and peer support", "Harbourside Wellbeing runs a clozapine clinic")? The name is a
    run of one to six capitalised words (small joining words such as "of" and "and" between
    them) that opens the sentence, none of them a job noun, a word of the advert's title or its
    initials, a word for the post or its holder; the verb is in the third person ("You provide case
    management" is the post's duty), and no word for the post holder stands between it and
    the match, nor an adverb ("Also runs the evening group"). What the organisation provides
    is its programmes, not the post's duties."""
    w = words()
    lowers = analysis.lowers(hit.block)
    verbs = w["provision-verbs"]
    verb = next((i for i in range(s_start + 1, min(hit.start + 1, s_start + 7)) if lowers[i] in verbs), None)
    if verb is None or not w["post-holder"].isdisjoint(lowers[verb : hit.start]):
        return False
    from jdlint.titles import JOB_NOUN

    name = lowers[s_start:verb]
    barred = w["post-nouns"] | w["worker"] | w["post-subjects"] | w["staff-nouns"] | w["served"] | w["name-not-words"]
    title = _title_words(analysis)
    initials = "".join(t[0] for t in title)  # "The CPRS offers ..." under "Certified Peer Recovery Specialist"
    if not barred.isdisjoint(name) or not set(title).isdisjoint(name) or (initials and initials in name) \
            or any(JOB_NOUN.fullmatch(t) or t.endswith("ly") for t in name):  # fmt: skip
        return False  # "The Incumbent provides ...", "Occasionally runs ...": the post's own
    text = analysis.make_hits("name", [(hit.block, s_start, verb)])[0].text
    joins = w["name-joins"]
    return all(piece[:1].isupper() or piece.lower() in joins for piece in text.split())


def _held_by_others(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification held by other staff named as the subject before it in its clause
    ("Our clinicians have a bachelor's degree in social work", "the team are qualified social
    workers": `others-hold` in rules/lexicon.toml), up to five words after them, with no word for
    the post holder (`post-holder`, `applicant-words`) or a clause break between? Not when they
    are helped by the post ("support nurses who hold ...": :func:`_helped`)."""
    found = analysis.hits_in_sentence("lex:others-hold", hit)
    if not found:
        return False
    w = words()
    stop = w["post-holder"] | w["applicant-words"] | w["clause-breaks"] | w["new-subjects"]
    lowers = analysis.lowers(hit.block)
    return any(o.end <= hit.start and hit.start - o.end <= 5 and stop.isdisjoint(lowers[o.start : hit.start])
               and not _helped(analysis, o) for o in found)  # fmt: skip


def _helped(analysis: Analysis, staff: Hit) -> bool:
    """Are the other staff the object of a verb of helping ("Help the nurses to give medication",
    "support social workers to complete carers' assessments")? Then the post works beside them
    on it (a supporting position), not apart from it. Up to three words may name the staff more
    closely ("Assist the ward nurses to ...", "support our community mental health nurses to ...")."""
    lowers = analysis.lowers(staff.block)
    left, _ = _clause_bounds(analysis, staff)
    before = lowers[max(left, staff.start - 6) : staff.start]
    determiners, helping = words()["served-determiners"], words()["helping-verbs"]
    named = 0  # words that name the staff more closely, skipped
    while before and (before[-1] in determiners or (named < 3 and before[-1].isalpha() and before[-1] not in helping)):
        named += before[-1] not in determiners
        before = before[:-1]
    return bool(before) and before[-1] in helping


def _worked_with(analysis: Analysis, staff: Hit) -> bool:
    """Are the other staff named after a word of working together (``co-working-words``: "Work
    with nurses to deliver case management", "work jointly with the care coordinators to complete
    risk assessments"), their verb in the infinitive ("to" just before it)? Then the post holder
    does the duty with them: a shared duty, not theirs alone. Up to two words may name the staff
    more closely ("with the ward nurses to ..."); not "nurses, who deliver ..." (their own verb)."""
    lowers = analysis.lowers(staff.block)
    if staff.end - staff.start < 3 or lowers[staff.end - 2] != "to":
        return False
    left, _ = _clause_bounds(analysis, staff)
    before = lowers[max(left, staff.start - 5) : staff.start]
    w = words()
    named = 0  # words that name the staff more closely, skipped
    while before and before[-1] not in w["co-working-words"] and named < 2 \
            and (before[-1] in w["served-determiners"] or before[-1].isalpha()):  # fmt: skip
        named += before[-1] not in w["served-determiners"]
        before = before[:-1]
    return bool(before) and before[-1] in w["co-working-words"]


def _inside_supporting(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty inside a supporting-clinical match ("Support the street nurse at the weekly wound
    care clinic"), and not a predicate of the post's own joined by "and" within it ("Support people
    and give medication at groups run by the nurses": the post gives it)?"""
    lowers = analysis.lowers(hit.block)
    return any(o.start <= hit.start and hit.end <= o.end and not _own_predicate_after(lowers, o.start, hit.start)
               for o in analysis.hits_in_sentence("lex:supporting-clinical", hit))  # fmt: skip


def _inside(analysis: Analysis, group: str, hit: Hit) -> bool:
    """Is the match wholly inside a match of the lexicon group?"""
    return any(o.start <= hit.start and hit.end <= o.end for o in analysis.hits_in_sentence(f"lex:{group}", hit))


def _organisation_section(analysis: Analysis, block: int) -> bool:
    """Is the block under a heading about the organisation ("About us", "Who we are", "About
    the service", or "About" and a name: "About Te Whare"), not about the role or the
    applicant ("About the role", "About you")?"""
    section = analysis.document.blocks[block].section
    if not section or analysis.document.blocks[block].kind == "heading":
        return False
    heading = section[-1].strip()
    lower = heading.lower()
    w = words()
    if not w["role-heading-words"].isdisjoint(re.findall(r"[\w']+", lower)):
        return False
    if any(phrase in lower for phrase in w["organisation-headings"]):
        return True
    named = re.match(r"about\s+(\S)", heading, re.I)
    return bool(named and named.group(1).isupper())


def _lived_route_after(analysis: Analysis, hit: Hit) -> bool:
    """Is the other route in a match that sets lived experience aside ("without lived experience
    but with experience of caring for a relative") lived experience too: a mention that starts
    after the first one inside the match, within it or just after it? Or is it turned down by a
    negation after the match ("... who have worked in services will not be shortlisted")?"""
    if not NEGATORS.isdisjoint(analysis.tokens_after(hit, 12)):
        return True  # "applicants without lived experience who have worked in services will not be shortlisted"
    inside = [h for h in analysis.hits_in_sentence("lex:lived-experience", hit) if hit.start <= h.start < hit.end]
    if not inside:
        return False
    first = min(h.end for h in inside)
    return any(first <= h.start <= hit.end + 2 for h in analysis.hits_in_sentence("lex:lived-experience", hit))


def _lived_experience_stands_in(analysis: Analysis, hit: Hit) -> bool:
    """Is "in place of" about lived experience standing in for something else (lived
    experience just before it, nothing lived just after), not the reverse?"""
    lived = analysis.hits_in_sentence("lex:lived-experience", hit)
    before = any(h.end <= hit.start and hit.start - h.end <= 10 for h in lived)
    return before and not any(h.start >= hit.start and h.start - hit.end <= 2 for h in lived)


def _swaps_lived_experience(analysis: Analysis, hit: Hit) -> bool:
    """Is what a bare "accepted / considered in place (lieu) of" match sets aside the lived
    experience or the peer credential: a lived experience mention within four tokens after it, or
    "peer" before a word of ``peer-swap-nouns`` or a credential ("... in lieu of the lived
    experience"; "... in place of your own peer experience"; "... in lieu of the peer
    credential"), or a word pointing back (``swap-back-references``:
    "in place of this", "in lieu of the above") to a lived experience mention before it in its
    block or the one just before? Not a swap of anything else ("A bus pass will be accepted in
    place of a driving licence", "in lieu of a peer reference"). A match that names the lived or
    peer experience itself is one."""
    if not _ends_in_swap(analysis, hit):
        return True  # "in place of lived experience", "instead of peer experience": named in the match
    after = analysis.tokens_after(hit, 6)
    w = words()
    peer = [after[i + 1 : i + 3] for i, t in enumerate(after[:4]) if t == "peer"]
    if any(not w["peer-swap-nouns"].isdisjoint(n) or any(c in t for t in n for c in w["credential-nouns"]) for n in peer):
        return True  # "in lieu of the peer credential"; not "in lieu of a peer reference"
    if any(t in w["lived-swap-kinds"] and after[i + 1 : i + 2] in (["experience"], ["experiences"])
           for i, t in enumerate(after[:3])):  # fmt: skip
        return True  # "in place of recovery experience": the lived experience by its kind alone
    if any(hit.end <= o.start <= hit.end + 4 for o in analysis.hits_in_sentence("lex:lived-experience", hit)):
        return True
    return _swaps_back_to_lived(analysis, hit)


def _ends_in_swap(analysis: Analysis, hit: Hit) -> bool:
    """Does the match end in "in place (lieu) of" (a word of ``swap-words``, then "of"), so that
    what it sets aside comes after it rather than inside it?"""
    lowers = analysis.lowers(hit.block)
    return lowers[hit.end - 1] == "of" and lowers[hit.end - 2] in words()["swap-words"]


def _swaps_back_to_lived(analysis: Analysis, hit: Hit) -> bool:
    """Does the match end in "in place (lieu) of" a word pointing back (``swap-back-references``,
    past ``swap-back-fillers``: "in place of this", "in lieu of the above") with lived experience
    named in the requirement it points back to (:func:`_swap_referent`): the lived experience
    requirement swapped? Not when a nearer requirement stands between ("You must have lived
    experience of psychosis. You must also hold a driving licence; a bus pass will be accepted
    in place of this": the licence is swapped)."""
    if not _ends_in_swap(analysis, hit):
        return False
    said = [t for t in analysis.tokens_after(hit, 4) if t not in words()["swap-back-fillers"]]
    if not said or said[0] not in words()["swap-back-references"]:
        return False
    referent = _swap_referent(analysis, hit)
    if referent is None:
        return False
    block, start, end = referent
    return any(start <= o.start and o.end <= end for o in analysis.hits_in_block("lex:lived-experience", block))


def _swap_referent(analysis: Analysis, hit: Hit) -> tuple[int, int, int] | None:
    """What a swap's word pointing back refers to, as (block, start, end) in tokens: the nearest
    requirement before it. Its block's words before it are cut at sentence starts and semicolons;
    the part that holds the match (its own clause) when lived experience is named there ("Lived
    experience is essential, and a diploma may be accepted in lieu of it"), else the part just
    before it ("A full driving licence. A bus pass will be accepted in place of this"), else the
    last part of the block just before (the list item above)."""
    def parts(block: int, stop: int) -> list[tuple[int, int]]:
        lowers = analysis.lowers(block)
        cuts = sorted({s for s, *_ in analysis.sentences(block) if s < stop}
                      | {i + 1 for i in range(stop) if lowers[i] == ";"} | {0})  # fmt: skip
        spans = [(a, b) for a, b in zip(cuts, [*cuts[1:], stop], strict=True) if b > a]
        return [(a, b) for a, b in spans if any(t[:1].isalpha() for t in lowers[a:b])]

    own = parts(hit.block, hit.start)
    if own and own[-1][1] == hit.start:
        a, b = own[-1]
        if any(a <= o.start and o.end <= b for o in analysis.hits_in_block("lex:lived-experience", hit.block)):
            return hit.block, a, b
        own = own[:-1]
    if own:
        return hit.block, *own[-1]
    if hit.block == 0:
        return None
    above = parts(hit.block - 1, len(analysis.lowers(hit.block - 1)))
    return (hit.block - 1, *above[-1]) if above else None


def _substitution_denied_after(analysis: Analysis, hit: Hit) -> bool:
    """Does a denied substitution follow the qualification in its clause ("A master's degree in
    counselling will not substitute for the lived experience requirement", "A nursing
    registration won't be accepted in place of lived experience")? The post does not take it."""
    _, right = _clause_bounds(analysis, hit)
    return any(0 <= cue.start - hit.end <= 12 and cue.end <= right
               for cue in analysis.hits_in_sentence("lex:substitution-denied", hit))


def _stands_in_for(analysis: Analysis, hit: Hit) -> str | None:
    """Is the qualification offered in place of (part of) another requirement: a
    ``stands-in-for`` match after it in its clause, with no requirement cue between? ``other``
    when what it stands in for is not lived experience ("a master's degree in a human services
    field may substitute for one year of the required supervisory experience": one route to
    that requirement, not itself required), ``lived`` when it is ("a degree can replace the
    lived experience": adjacent experience offered instead), ``None`` otherwise, and in a
    relative clause about a qualification asked for ("a master's degree, which may count
    towards the hours")."""
    _, right = _clause_bounds(analysis, hit)
    for cue in analysis.hits_in_sentence("lex:stands-in-for", hit):
        if not (0 <= cue.start - hit.end <= 10 and cue.end <= right):
            continue
        if not words()["relative-pronouns"].isdisjoint(analysis.lowers(hit.block)[hit.end : cue.start]):
            continue  # "a master's degree, which may count towards the supervised hours": it describes the degree
        if any(hit.end <= r.start and r.end <= cue.start and not analysis.overlaps("lex:requirement-negated", r)
               for r in analysis.hits_in_sentence("lex:requirement", hit)):  # fmt: skip
            continue  # "a degree is required and may count towards ...": required in its own clause
        if any(cue.start <= h.start and h.start < right for h in analysis.hits_in_sentence("lex:lived-experience", hit)):
            return "lived"
        if _swaps_back_to_lived(analysis, cue):
            return "lived"  # "You must have lived experience. A nursing degree will be accepted in lieu of this."
        return "other"
    return None


def _in_place_after(analysis: Analysis, hit: Hit) -> list[Hit]:
    """The ``adjacent-alternative`` matches after a qualification in its clause ("A diploma in
    community work may be *accepted in place of* the team leadership experience"): they say
    what the qualification stands in for, not that adjacent experience replaces lived
    experience."""
    _, right = _clause_bounds(analysis, hit)
    return [a for a in analysis.hits_in_sentence("lex:adjacent-alternative", hit) if hit.end <= a.start < right]


def _or_time_before(analysis: Analysis, hit: Hit) -> bool:
    """Is the adjacent experience offered after "or" and a length of time, as another route to
    the same requirement ("two years of paid peer work, or eighteen months of volunteering with a
    national suicide helpline", "or six months' volunteering with a listening service")? Only a
    length of time (a word of ``alternative-time-nouns``) and its small words stand between,
    with no comma or semicolon: "or" there joins the match to the route before it, not another
    clause."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    window = lowers[max(s_start, hit.start - 7) : hit.start]
    if "or" not in window:
        return False
    between = window[len(window) - window[::-1].index("or") :]
    w = words()
    return not w["alternative-time-nouns"].isdisjoint(between) and not {",", ";"}.intersection(between)


def _level_with_lived_experience(analysis: Analysis, hit: Hit, in_place: bool) -> bool | None:
    """Does an adjacent-experience match with no leading "or", "in place of" or sentence adverb
    name the other experience as equivalent (``equivalence-words``: "we also welcome applicants
    with equivalent experience", "either personally or professionally")? True where lived
    experience is named near it (:func:`_lived_experience_near`): offered in its place; False
    where it is not ("referees who know you personally or professionally"): level with nothing;
    None for any other match. A match that opens with "or" and a profession as a standing
    (``standing-words``: "or professional in the behavioral health field") is an alternative
    only beside lived experience too ("refer people to their GP or a professional in the area"
    offers nothing)."""
    text = hit.text.lower()
    tokens = text.split()
    if in_place or tokens[0].strip(",") in words()["alternative-openers"]:
        return None
    if tokens[0] == "or":  # "..., as a family member or professional in the field": a standing beside lived experience
        named = [t for t in tokens[1:4] if t not in words()["standing-fillers"]]
        return _lived_experience_near(analysis, hit) if named and named[0] in words()["standing-words"] else None
    if words()["equivalence-words"].isdisjoint(tokens):
        return None
    if _lived_experience_near(analysis, hit):
        return True
    # "Transferable skills from hospitality are equally valued" under another heading than the
    # requirement: worth as much as the lived experience the advert asks for anywhere
    return _worth_as_much(hit) and any(
        m.strength in ("required", "wanted", "desirable", "substitutable") for m in applicant_mentions(analysis))


def _worth_as_much(hit: Hit) -> bool:
    """Does an ``adjacent-alternative`` match say the other experience is worth as much
    (``equivalence-words`` and ``worth-words`` in rules/data/criteria.toml: "Skills from youth
    work are equally valued", "experience from other jobs carries equal weight")? Read the same
    way by CS001 (after a requirement, it is another route in: substitutable) and CS004 (level
    with the lived experience asked for: not met)."""
    tokens = hit.text.lower().split()
    return not words()["equivalence-words"].isdisjoint(tokens) and not words()["worth-words"].isdisjoint(tokens)


def _adjacent_experience_route(analysis: Analysis, peer_credentials: list[Hit]) -> list[Hit]:
    """Work in a helping sector or role required as the qualifying experience ("Demonstrated
    experience working in a community services or caring role" among the selection criteria)
    while nothing peer is the route in: the applicant's lived experience is asked for only as
    desirable (not required, not wanted in prose: "We are keen to hear from people who have
    been homeless" makes the work experience one more skill), or anywhere as one route among
    others ("Lived, living or learned experience", whatever else wants it), and no peer
    credential is asked
    for (a qualification read as one, or a peer certification required: "Peer Support
    certification, or completion within 90 days of hire"). Not peer or lived experience work
    ("experience working in a peer support role"), a negated one, or one only desirable."""
    found = hits(analysis, "adjacent-experience")
    if not found or peer_credentials:
        return []
    levels = {m.strength for m in applicant_mentions(analysis)}
    # desirable, or said not to be needed ("Lived experience is not essential, but we would value it");
    # or one route among others ("Lived, living or learned experience of ..."), whatever prose wants or
    # another line requires: then it is never the only way in
    if "substitutable" not in levels and (levels.isdisjoint(("desirable", "negated"))
                                          or not levels.isdisjoint(("required", "wanted"))):
        return []
    credential = words()["credential-words"]  # "Peer Support certification, or completion within 90 days"
    if any(any(c in h.text.lower() for c in credential) and not analysis.negated(h)
           and requirement_level(analysis, h) == "required" for h in hits(analysis, "peer-role-statement")):  # fmt: skip
        return []
    return [hit for hit in found
            if "peer" not in analysis.lowers(hit.block)[hit.start : hit.end]
            and not analysis.overlaps("lex:lived-experience", hit) and not analysis.negated(hit)
            and not _peer_work_after(analysis, hit) and requirement_level(analysis, hit) == "required"]  # fmt: skip


def _open_to_beside_peers(analysis: Analysis) -> list[Hit]:
    """Another profession named among the people the post is open to, or welcomes applications
    from, with peers beside it in its clause ("This post is open to registered nurses and peer
    workers", "We welcome applications from occupational therapists or peer support workers"):
    one route in beside peers. Not across a clause break or a sentence's end ("open to peer
    workers; registered nurses should see our other vacancies"), nor negated."""
    found = []
    for hit in hits(analysis, "open-to-profession"):
        lowers = analysis.lowers(hit.block)
        if not words()["clause-breaks"].isdisjoint(lowers[hit.start : hit.end]) or analysis.negated(hit):
            continue
        left, right = _clause_bounds(analysis, hit)
        if hit.start < left or hit.end > right:
            continue  # "open to peer workers. Registered nurses should ...": across a sentence's end
        if "peer" in lowers[left:right] or "peers" in lowers[left:right]:
            found.append(hit)
    return found


def _accepted_if_without(analysis: Analysis) -> list[Hit]:
    """The acceptance (``accepted-without``) in a sentence whose condition sets lived experience
    aside and whose main clause, after a comma, accepts other experience instead: "If you don't
    have personal lived experience, experience in youth work or a related field will also be
    considered." Not when the other route is lived experience too ("..., experience of caring for
    a relative will be considered") or peer work, nor when the acceptance is negated ("..., we
    cannot consider your application") or names no other route ("..., you are welcome to apply
    for our volunteer roles")."""
    out: list[Hit] = []
    for hit in hits(analysis, "lived-experience"):
        accepted = _accepted_if_lacking(analysis, hit)
        if accepted is not None and accepted not in out:
            out.append(accepted)
    return out


def _accepted_if_lacking(analysis: Analysis, hit: Hit, qualifications: bool = False) -> Hit | None:
    """The acceptance of :func:`_accepted_if_without` for one mention of lived experience, negated
    in a condition that opens its sentence ("If you don't have personal experience of ...", "Where
    applicants do not have lived experience, ..."); with ``qualifications`` (CS001) a qualification
    of `qualification-nouns` after the comma names the other route too ("..., we will consider a
    Certificate IV in Mental Health"), and a verb of lacking (`lacking-verbs` in rules/data/criteria.toml)
    sets it aside as a negation does ("When candidates lack personal experience of ...")."""
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    lacking = qualifications and not words()["lacking-verbs"].isdisjoint(lowers[max(s_start, hit.start - 3) : hit.start])
    if not (lacking or analysis.negated(hit)):
        return None
    first = next((t for t in lowers[s_start:hit.start] if t[:1].isalpha()), "")
    comma = next((i for i in range(hit.end, s_end) if lowers[i] == ","), None)
    if first not in words()["condition-openers"] or comma is None or "," in lowers[s_start:hit.start]:
        return None
    if not (_names_an_alternative(lowers[comma:s_end])
            or (qualifications and words()["qualification-nouns"].intersection(lowers[comma:s_end]))):  # fmt: skip
        return None
    if any(o.start > comma for g in ("lex:lived-experience", "lex:peer-work-experience")
           for o in analysis.hits_in_sentence(g, hit)):  # fmt: skip
        return None  # "..., experience of caring for a relative will be considered": lived experience too
    # (a negation counts after the comma only: the condition's own "do not have" is not the main clause's)
    accepted = [a for a in analysis.hits_in_sentence("lex:accepted-without", hit)
                if a.start > comma and NEGATORS.isdisjoint(lowers[comma + 1 : a.end])]  # fmt: skip
    return accepted[0] if accepted else None


def _replaces_credential_after(analysis: Analysis, hit: Hit) -> bool:
    """Is what a qualification stands in for a credential: a ``replaces-credential`` match
    after it in its clause ("A degree in human services may substitute for the CPRS
    certification"), not another requirement ("... for one year of the experience")?"""
    _, right = _clause_bounds(analysis, hit)
    return any(hit.end <= r.start <= hit.end + 10 and r.end <= right and not analysis.negated(r)
               for r in analysis.hits_in_sentence("lex:replaces-credential", hit))  # fmt: skip


def _credential_stand_ins(analysis: Analysis) -> list[Hit]:
    """``replaces-credential`` matches whose subject, before them in their clause, is time or work
    in another job (``credential-stand-in-words``, ``alternative-time-nouns``: "Two years'
    experience as a mental health technician may substitute for the CPS certification
    requirement"): adjacent experience offered as a route to the peer role. Not peer work ("Two
    years as a peer specialist may substitute for the certification"), lived experience, a
    negated one, or one with no such subject ("Completion of the state training may substitute
    for certification")."""
    out: list[Hit] = []
    for hit in hits(analysis, "replaces-credential"):
        if analysis.negated(hit):
            continue
        left, _ = _clause_bounds(analysis, hit)
        subject = analysis.lowers(hit.block)[left : hit.start]
        if (words()["credential-stand-in-words"] | words()["alternative-time-nouns"]).isdisjoint(subject):
            continue
        if "peer" in subject or any(left <= o.start < hit.start for g in ("lex:lived-experience", "lex:peer-work-experience")
                                    for o in analysis.hits_in_sentence(g, hit)):  # fmt: skip
            continue
        if not _names_the_peer_credential(analysis.lowers(hit.block)[hit.start : hit.end], analysis.tokens_after(hit, 8)):
            continue  # "Equivalent experience will be accepted in place of a food handling certificate"
        out.append(hit)
    return out


def _names_the_peer_credential(match: list[str], after: list[str]) -> bool:
    """Is the credential a ``replaces-credential`` match sets aside the peer credential: named
    bare or with only "the", "your" before it ("may substitute for the certification", "can
    replace the certificate": the one the advert asks for), or with a word of
    ``peer-credential-marks`` among the words before it ("in lieu of the peer credential", "for
    the CPS certification requirement")? Where its name goes on after it (``credential-complements``:
    "the Certificate IV in Mental Health Peer Work"), "peer" must be in the words after (``after``,
    up to a clause break). Not another certificate named by its own words ("in place of a food
    handling certificate", "in lieu of a new DBS certificate", "the Certificate III in Food Safety")."""
    w = words()
    noun = max(i for i, t in enumerate(match) if any(c in t for c in w["credential-nouns"]))
    opener = max((i for i, t in enumerate(match[:noun]) if t in w["credential-openers"]), default=-1)
    named = match[opener + 1 : noun]
    if named:
        return not w["peer-credential-marks"].isdisjoint(named)
    if after and after[0] in w["credential-complements"]:
        rest = next((after[:i] for i, t in enumerate(after) if t in w["clause-breaks"]), after)
        return "peer" in rest
    return True


def _learned_through_profession(analysis: Analysis) -> list[Hit]:
    """Another profession's study or work named, after "learned experience" in its sentence, as
    a way the learned experience may come (``learned-through-profession``: "Lived, living or
    learned experience, for example through personal experience, caring for a relative or formal
    study in social work"): adjacent experience offered as the qualifying experience. Not one
    that is lived experience itself ("caring for a family member") or negated ("learned
    experience, though not from formal study"), nor one with no word of ``learned-route-openers``
    between ("... learned experience of addiction, and the ability to work with services": another
    requirement)."""
    out: list[Hit] = []
    for cue in hits(analysis, "learned-experience"):
        for hit in analysis.hits_in_sentence("lex:learned-through-profession", cue):
            if hit.start < cue.end or hit in out:
                continue
            between = analysis.lowers(hit.block)[cue.end : hit.start]
            if words()["learned-route-openers"].isdisjoint(between):
                continue  # "lived or learned experience of addiction, and the ability to work with services"
            joiners, subjects = words()["learned-clause-joiners"], words()["learned-clause-subjects"]
            if any(a in joiners and b in subjects for a, b in itertools.pairwise(between)):
                continue  # "learned experience from your own recovery, and you will be working with ...": another clause
            if analysis.negated(hit) or analysis.overlaps("lex:lived-experience", hit):
                continue
            out.append(hit)
    return out


def _level_denied(analysis: Analysis, hit: Hit) -> bool:
    """Does an equivalent-experience match say the other experience is *not* level with lived
    experience: a negation inside it or in the predicate after it, in its clause ("transferable
    skills are not equally valid", "equivalent experience in a helping role will not be
    accepted")? "without" sets lived experience aside; it negates nothing here."""
    _, right = _clause_bounds(analysis, hit)
    tail = analysis.lowers(hit.block)[hit.start : min(right, hit.end + 6)]
    if "," in tail[hit.end - hit.start :]:  # "... will be accepted, and no degree is needed": another clause
        tail = tail[: tail.index(",", hit.end - hit.start)]
    return not (NEGATORS - words()["set-aside-words"]).isdisjoint(tail)


def _lived_experience_near(analysis: Analysis, hit: Hit) -> bool:
    """Is lived experience named in the match's sentence, earlier in its block or in the block
    just before it: what "equivalent experience" or "professionally" is put level with ("Lived
    experience is preferred; we also welcome applicants with equivalent experience in youth work")?"""
    _, end = analysis.sentence_bounds(hit)
    if any(o.start < end for o in analysis.hits_in_block("lex:lived-experience", hit.block)):
        return True
    return hit.block > 0 and bool(analysis.hits_in_block("lex:lived-experience", hit.block - 1))


def _peer_work_after(analysis: Analysis, hit: Hit) -> bool:
    """Is the experience the peer work itself: a ``peer-work-experience`` match inside the
    match or starting within four tokens after it, in its clause ("or equivalent experience
    gained in a peer role"; not "or experience working alongside peer workers")?"""
    _, right = _clause_bounds(analysis, hit)
    return any(o.end > hit.start and o.start <= min(hit.end + 4, right)
               for o in analysis.hits_in_sentence("lex:peer-work-experience", hit))  # fmt: skip


def _is_peer_credential(analysis: Analysis, hit: Hit, item_only: bool = True) -> bool:
    """Is the qualification a peer credential ("Certificate IV in Mental Health Peer Work",
    "Peer Support Specialist certification")? "peer" must be in its own item: a list of
    qualifications joined by "or" or set off by semicolons names each on its own, so an
    adjacent one beside a peer credential ("Certificate IV in Alcohol and Other Drugs or
    Certificate IV in Mental Health Peer Work") is still another profession's. Without
    ``item_only``: is a peer credential anywhere in its sentence (an item beside it)?"""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    breaks = words()["qualification-item-breaks"]
    # "or" starts a new item only when another qualification follows it ("... or Certificate IV in
    # Mental Health Peer Work"), not another field of the same one ("Certificate IV in AOD or
    # Mental Health Peer Work" is one certificate in either field); a semicolon always does. So does
    # "or" before a repeated preposition of field ("Certificate IV in Youth Work or in Mental Health
    # Peer Work": the head noun left out, a second certificate; `qualification-field-openers`)
    starts = {q.start for q in analysis.hits_in_sentence("lex:professional-qualification", hit)}
    openers = words()["qualification-field-openers"]

    def is_break(i: int) -> bool:
        return lowers[i] in breaks and (lowers[i] != "or" or any(i < q <= i + 3 for q in starts)
                                        or (i + 1 < s_end and lowers[i + 1] in openers))  # fmt: skip

    left = next((i + 1 for i in range(hit.start - 1, s_start - 1, -1) if is_break(i)), s_start)
    right = next((i for i in range(hit.end, s_end) if is_break(i)), s_end)
    # "peer" just after it, in its own item ("Certificate IV in Mental Health Peer Work"; not
    # "NVQ Level 3 in Health and Social Care; peer support training")
    if "peer" in " ".join(lowers[hit.end : min(right, hit.end + 4)]) and not _peers_beside(analysis, hit):
        return True  # not other people joined to the holders of it ("registered nurses and peer workers")
    if not item_only:
        left, right = s_start, s_end
    item = " ".join(lowers[left:right])
    if not item_only:
        # a peer credential named in the sentence: "peer" and a credential word, or a peer
        # credential's abbreviation ("CPRS certification or a degree in social work")
        credentials = words()["credential-words"]
        if words()["qualification-item-breaks"].isdisjoint(lowers[s_start:s_end]):
            return False  # "a degree in social work and peer support training": both asked for
        named = credentials - words()["generic-credential-words"]  # "cprs", not "qualification"
        return ("peer" in item and any(c in item for c in credentials)) or \
            not named.isdisjoint(lowers[s_start:hit.start] + lowers[hit.end : s_end])  # fmt: skip
    return "peer" in item and ("certif" in hit.text.lower() or "certificate iv" in item)


def _peers_beside(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification named by the people who hold it, with peers joined to them just
    after ("registered nurses and peer workers", "a registered nurse or peer worker"): other
    people beside them, not the qualification's field? The match ends in a word of
    ``qualified-people``, and a word of ``people-joins`` comes before "peer" in the next four."""
    w = words()
    lowers = analysis.lowers(hit.block)
    if lowers[hit.end - 1] not in w["qualified-people"]:
        return False
    after = lowers[hit.end : hit.end + 4]
    peer_at = next((i for i, t in enumerate(after) if "peer" in t), None)
    return peer_at is not None and not w["people-joins"].isdisjoint(after[:peer_at])


def _adjacent_fix(rule: Rule, analysis: Analysis, hit: Hit, code: str) -> Fix:
    """The fix for the first problem, its words from the rule's [fixes] by reason ``code``."""
    sentence = analysis.sentence_span(hit).text
    text = rule.fix_text(code)
    if code == "qualification":
        return Fix("remove", text, original=hit.text, where=f"in “{clip(sentence)}”")
    if code == "compliance":
        return Fix("replace", text, original=hit.text, where=f"in “{clip(sentence)}”")
    if code == "alternative":
        return Fix("remove", text, original=hit.text, where=f"in “{clip(sentence)}”")
    return Fix("replace", text, original=sentence, where="in place of this duty; leave clinical tasks with the clinical team")


# --- shared ---------------------------------------------------------------------------------


def _verdict(rule: Rule, verdict: str, why: str, evidence: tuple[Span, ...], fix: Fix | None) -> CheckResult:
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

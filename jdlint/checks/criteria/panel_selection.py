"""CS003, peer panel: who selects, and the meetings of selection (the section a block sits in,
a sentence that says whom the candidate meets, the people a selection sentence names).
"""

from __future__ import annotations

import re

from jdlint.analysis import Analysis, Hit
from jdlint.checks.criteria.panel_members import panel_people, sequence_by
from jdlint.checks.criteria.shared import continuation_of, words
from jdlint.model import Span


def meeting_in_section(analysis: Analysis, peers: bool = False) -> Span | None:
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
        if not selection_section(analysis, block) or w["selection-meet-words"].isdisjoint(analysis.lowers(block)):
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
            named = [p for p in panel_people(analysis, named[0]) if not analysis.negated(p)] if named else []
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


def meeting_before(analysis: Analysis, hit: Hit) -> Span | None:
    """The sentence just before a selection sentence that names no one ("We are happy to
    arrange childcare for your interview."), in the same block under a selection heading, when
    it says whom the candidate meets ("You will meet with our Program Manager and Clinical
    Lead."): a word of meeting (`selection-meet-words`), "with", and a selector noun or a
    capitalised word within six tokens; that sentence says who selects. Not a meeting outside a
    selection section ("In your first week you will meet with ...")."""
    if who_selects(analysis, hit) < 2 or not selection_section(analysis, hit.block):
        return None
    s_start, _ = analysis.sentence_bounds(hit)
    before = [(a, b, c, d) for a, b, c, d in analysis.sentences(hit.block) if b <= s_start]
    if not before:
        return None
    a, b, c, d = before[-1]
    if words()["selection-meet-words"].isdisjoint(analysis.lowers(hit.block)[a:b]):
        return None
    return _meeting_sentence(analysis, hit.block, a, b, c, d)


def who_selects(analysis: Analysis, hit: Hit) -> int:
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
        if sequence_by(analysis, m) or (m.text.lower() in w["weak-membership"] and m.start != hit.end
                                         and not _interview_held_with(analysis, hit, m)):  # fmt: skip
            continue
        if min(abs(m.start - hit.end), abs(hit.start - m.end)) > 5 and not (hit.start <= m.start and m.end <= hit.end):
            continue  # a membership word about something else in a long sentence
        after = list(doc[m.end : min(s_end, m.end + 6)])
        found = continuation_of(analysis, hit) if len(after) < 6 else None
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


def selection_section(analysis: Analysis, block: int) -> bool:
    """Is the block under a heading about selection ("Selection process", "How to apply"), or
    opened by such a heading as a label of its own before a colon ("How to get involved: drop
    in any Tuesday. You'll have a chat with ...": a colon within its first seven tokens)? The
    label must open with the heading's words, and a list item's label is a duty's ("- Recruitment:
    have a chat with new volunteers"), as is a label whose first word names something else
    ("Volunteer recruitment: you will ..."). Found once per block (the panel check asks about
    a block for each of its matches)."""
    found: dict[int, bool] = analysis.memo.setdefault("selection-section", {})  # type: ignore[assignment]
    known = found.get(block)
    if known is None:
        known = found[block] = _selection_section(analysis, block)
    return known


def _selection_section(analysis: Analysis, block: int) -> bool:
    w = words()
    headings = w["selection-headings"]
    blk = analysis.document.blocks[block]
    if any(h in title.lower() for title in blk.section for h in headings):
        return True
    if blk.kind == "list-item":
        return False
    lowers = analysis.lowers(block)
    colon = next((i for i, t in enumerate(lowers[:7]) if t == ":"), None)
    label = " ".join(t for t in lowers[:colon] if t[:1].isalnum()) if colon else ""
    return bool(label) and any(label.startswith(h) for h in headings)

"""Negation scope: is a match negated in its sentence (:func:`negated_in`, :func:`negated_list`,
:func:`negated_object`)?"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily: spaCy costs half a second to import
    from spacy.tokens import Doc


NEGATORS = frozenset({"not", "no", "never", "n't", "n’t", "without", "neither", "nor", "none", "nothing"})
_CLAUSE_BREAK = frozenset({";", ":", "but", "however", "although", "though", "whereas", "while", "."})
_NEXT_CLAUSE = frozenset({"and", "then", "so", "yet"})  # after a comma: the next coordinated clause
_DASHES = frozenset({"-", "—", "–"})
# Words that open a relative or conditional clause: a negated predicate after one is that
# clause's, not the match's.
_RELATIVE_OPENERS = frozenset({"who", "whom", "which", "where", "when", "whenever", "if"})
_NEGATIVE_PREDICATES = frozenset(
    {"required", "necessary", "needed", "essential", "expected", "a", "mandatory", "compulsory"}
)
# Verbs of losing or giving something up: a negator right before one negates the loss, so what
# follows is kept ("hold boundaries without losing the mutuality", "never lose sight of hope").
_LOSS_VERBS = frozenset(
    {"lose", "loses", "losing", "lost", "sacrifice", "sacrificing", "compromise", "compromising", "abandon",
     "abandoning", "forget", "forgetting", "dilute", "diluting", "weaken", "weakening", "erode", "eroding",
     "undermine", "undermining"}
)


# "not just", "not only": what follows is kept, with more besides ("not only a job where you share
# your story, but ...").
_NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely", "purely"})


def negated(doc: Doc, start: int, end: int, window: int = 6) -> bool:
    """Is the match ``doc[start:end]`` in the scope of a negation? (See :func:`negated_in`.)"""
    sent = doc[start].sent
    return negated_in([t.lower_ for t in doc], sent.start, sent.end, start, end, window)


def negated_in(lowers: Sequence[str], sent_start: int, sent_end: int, start: int, end: int, window: int = 6) -> bool:
    """Is the match ``lowers[start:end]`` (lower-cased tokens) negated within its sentence?

    Looks back up to ``window`` tokens, stopping at a clause break ("you do **not** need a
    nursing qualification", "**no** formal qualifications"; "hold hope when they can**not**,
    and maintain boundaries" is not negated; nor is a match after a negated verb of losing,
    "without losing the mutuality") and stepping over a bracketed aside, whose
    negation stays inside it, and forward for a negated
    predicate ("lived experience is **not** required").
    """
    i = start - 1
    steps = 0
    while i >= sent_start and steps < window:
        lower = lowers[i]
        if lower in _CLAUSE_BREAK or (lower == "," and (steps > 2 or lowers[i + 1] in _NEXT_CLAUSE)):
            break  # ", and maintain boundaries" after "when they cannot" is a clause of its own
        if lower in NEGATORS:
            if i + 1 < start and lowers[i + 1] in _LOSS_VERBS:
                break  # "without losing the mutuality ...": the loss is negated, the match kept
            if i + 1 < start and lower == "not" and lowers[i + 1] in _NOT_ONLY:
                break  # "It's not just a role where you share your story": "not only" keeps it
            return True
        if lower in _DASHES:
            # a pair of spaced dashes is an aside too ("share your story intentionally - when it
            # helps, not by default - and build mutual relationships"): a negation inside it does
            # not reach past it. Dashes are normalised to hyphens, so a pair with fewer than three
            # tokens between is a hyphenated word ("one-to-one") and is read on as before
            opening = next((k for k in range(i - 1, sent_start - 1, -1) if lowers[k] in _DASHES), None)
            if opening is not None and i - opening > 3:
                i = opening - 1
                steps += 1
                continue
        if lower == ")":
            # a bracket is an aside: a negation inside it ("mutuality (we walk beside people,
            # not ahead of them), intentional sharing ...") does not reach past it, while one
            # before it still does ("you will not (at any time) give medication")
            opening = next((k for k in range(i - 1, sent_start - 1, -1) if lowers[k] == "("), None)
            if opening is None:
                break
            i = opening
        i -= 1
        steps += 1
    j = end
    limit = min(sent_end, end + 5)
    while j < limit:
        lower = lowers[j]
        if lower in _CLAUSE_BREAK or lower == "," or lower in _RELATIVE_OPENERS:
            break  # "care coordination for clients *who* are not required to attend" is not negated
        if lower in NEGATORS and j + 1 < sent_end and lowers[j + 1] in _NEGATIVE_PREDICATES:
            return True
        j += 1
    return _negated_list_predicate(lowers, sent_end, end) or _in_denied_frame(lowers, sent_start, start)


# A denied noun with a relative clause after it: what the clause says is denied with it ("This is
# **not** a role where you will be expected to share your personal story", "It isn't the kind of job
# in which you give medication"). Not "not just / only a role where ..." (which keeps it).
_FRAME_NEGATORS = frozenset({"not", "n't", "n’t", "never"})
_FRAME_DETERMINERS = frozenset({"a", "an", "the", "one", "any"})
_FRAME_RELATIVES = frozenset({"where", "which", "that", "whereby"})
_FRAME_PREPOSITIONS = frozenset({"in", "on", "at", "for", "through", "by"})
_FRAME_STOPS = frozenset({"instead", "rather", "-", "—", "–", "(", ")"})


def _in_denied_frame(lowers: Sequence[str], sent_start: int, start: int, window: int = 16, noun: int = 4) -> bool:
    """Is the match inside a relative clause whose noun a negation denies: a negator, a
    determiner, up to ``noun`` words of the noun phrase ("a role", "the kind of job"), then
    "where", "in which" or "that" ("This is **not** a role where you will be expected to share your
    story", "It isn't the kind of post in which you hold a caseload")? The scan back from the
    match stops at a clause break, a spaced dash or bracket, or a contrast word ("instead")."""
    for i in range(start - 1, max(sent_start, start - window) - 1, -1):
        lower = lowers[i]
        if lower in _CLAUSE_BREAK or lower in _FRAME_STOPS or lower in NEGATORS or lower == ",":
            return False
        if lower not in _FRAME_RELATIVES:
            continue
        k = i - 1
        if lower == "which" and k >= sent_start and lowers[k] in _FRAME_PREPOSITIONS:
            k -= 1  # "in which"
        for d in range(k - 1, max(sent_start, k - noun) - 1, -1):
            if lowers[d] in _CLAUSE_BREAK or lowers[d] in NEGATORS or lowers[d] == ",":
                return False
            if lowers[d] in _FRAME_DETERMINERS:
                return d > sent_start and lowers[d - 1] in _FRAME_NEGATORS
        return False
    return False


_PREDICATE_VERBS = frozenset({"is", "are", "was", "were"})


def _negated_list_predicate(lowers: Sequence[str], sent_end: int, end: int, item: int = 5, window: int = 20) -> bool:
    """Is the match the first items of a coordinated list whose negated predicate comes after
    its last item: "Licensure as an LCSW, LMFT or LPCC is **not** required", "a nursing
    degree, a social work licence, or a counselling diploma are **not** required"? The scan
    goes forward over short items joined by commas, "or", "and", "nor" or "/", and stops at a
    clause break, a word that opens a new clause, or an item longer than ``item`` tokens."""
    joined = False
    run = 0
    for j in range(end, min(sent_end, end + window)):
        lower = lowers[j]
        if lower in _PREDICATE_VERBS:
            return (joined and j + 2 < sent_end and lowers[j + 1] in NEGATORS
                    and lowers[j + 2] in _NEGATIVE_PREDICATES)  # fmt: skip
        if lower in _LIST_JOINS:
            if lower == "," and j + 1 < sent_end and lowers[j + 1] in _NEXT_CLAUSE - {"and"}:
                return False  # ", then ...", ", so ...": the next clause ("A, B and C, and D" is a list)
            joined = True
            run = 0
            continue
        if lower in _CLAUSE_BREAK or lower in _NEW_CLAUSE or lower in NEGATORS:
            return False
        run += 1
        if run > item:
            return False
    return False


# Words that open a new clause inside a sentence: a negation before them does not reach
# a list item after them ("we do not ask for a degree, and you will give medication").
_NEW_CLAUSE = frozenset({"you", "we", "they", "he", "she", "it", "i", "will", "must", "should", "shall", "can",
                         "may", "'ll", "who", "which", "that", "also", "then", "so", "instead", "rather", "just", "only",
                         "is", "are", "was", "were", "required", "needed", "necessary", "essential",
                         "expected", "mandatory"})  # fmt: skip
_LIST_JOINS = frozenset({",", "or", "and", "nor", "/"})


# Words of a verb chain between a negation and the first item of the list it governs:
# "not (be) expected|required|asked to", "won't (have to|need to)", "do not expect you to",
# "not required or expected to", "not required, or asked, to".
_CHAIN = frozenset({"be", "been", "being", "to", "expected", "required", "asked", "needed", "have", "need",
                    "will", "'ll", "must", "should", "can", "may", "going", "you", "expect", "ask", "require",
                    "want", "do", "does", "or", "nor", ","})  # fmt: skip


def _negated_chain(lowers: Sequence[str], sent_start: int, at: int) -> bool:
    """Is ``lowers[at]`` part of a verb chain that a negation opens ("will **not** be
    expected to", "are **never** asked to"), with only chain words between them?"""
    for i in range(at, max(sent_start, at - 5) - 1, -1):
        if lowers[i] in NEGATORS:
            return True
        if lowers[i] not in _CHAIN:
            return False
    return False


def negated_list(lowers: Sequence[str], sent_start: int, start: int, window: int = 24) -> bool:
    """Does a negation distribute over a coordinated list that ends in the match?

    "You will **not** hold a caseload, give medication or complete risk assessments": the
    scan goes back over list items joined by commas, "or", "and", and stops at a clause
    break or a word that opens a new clause ("..., and *you* will ...")."""
    joined = False
    skip_to = None
    for i in range(start - 1, max(sent_start, start - window) - 1, -1):
        lower = lowers[i]
        if skip_to is not None:
            if i > skip_to:
                continue  # inside a bracketed aside: its negation stays in it
            skip_to = None
            continue
        if lower == ")":
            skip_to = next((k for k in range(i - 1, sent_start - 1, -1) if lowers[k] == "("), None)
            if skip_to is None:
                return False
            continue
        if lower in _CLAUSE_BREAK:
            return False
        if lower in _NEW_CLAUSE:
            # "you will not be expected to give medication, ...": the word belongs to the
            # negated verb chain that governs the list, not to a new clause
            return joined and _negated_chain(lowers, sent_start, i)
        if lower in NEGATORS:
            return joined
        if lower in _LIST_JOINS:
            joined = True
    return False



# A duty as the object of a participation phrase ("be part of", "be involved in", "take part
# in", "have a role in", "be responsible for"): a negation before the phrase reaches the duty.
_PARTICIPATION = frozenset({"part", "involved", "involvement", "role", "responsible", "responsibility"})
_PARTICIPATION_LINKS = frozenset({"of", "in", "for"})
_PARTICIPATION_LEADS = frozenset({"take", "takes", "taking", "play", "plays", "have", "has", "a", "an", "any",
                                  "direct", "formal", "hands-on"})  # fmt: skip
# A duty as the object of a verb of being drawn in ("not drawn into", "never pulled into", "isn't
# dragged into"): a negation before the verb reaches the duty, as before a participation phrase.
_DRAWN_IN = frozenset({"drawn", "draw", "drawing", "pulled", "pull", "pulling", "dragged", "drag", "dragging",
                       "sucked", "roped", "co-opted", "coopted"})  # fmt: skip


def negated_object(lowers: Sequence[str], sent_start: int, start: int, window: int = 12) -> bool:
    """Is the match inside the object of a verb that a negated chain governs, too far from the
    negation for the plain look-back ("You will **not** be asked to report on clients'
    compliance with bail conditions")? The scan goes back to a "to" that closes the chain
    ("not be asked to", "never expected to") over words of one phrase: it stops at a clause
    break, a comma or a word that opens a new clause ("..., but you will report ...", "...
    clients *who* ...")."""
    for i in range(start - 1, max(sent_start, start - window) - 1, -1):
        lower = lowers[i]
        if lower == "to" and i > sent_start and lowers[i - 1] in _CHAIN:
            return _negated_chain(lowers, sent_start, i)
        if lower in _PARTICIPATION_LINKS and i > sent_start + 1 and lowers[i - 1] in _PARTICIPATION:
            # "you will not be part of the clinical team's case management", "peer workers are
            # never involved in medication rounds", "you will have no role in risk assessment"
            k = i - 2
            while k > sent_start and lowers[k] in _PARTICIPATION_LEADS:
                k -= 1
            return _negated_chain(lowers, sent_start, k)
        if lower == "into" and i > sent_start + 1 and lowers[i - 1] in _DRAWN_IN:
            # "peer workers are not drawn into clinical tasks such as medication prompts", "you will
            # never be pulled into risk assessments"
            return _negated_chain(lowers, sent_start, i - 2)
        if lower in _CLAUSE_BREAK or lower == "," or lower in _NEW_CLAUSE or lower in NEGATORS:
            return False
    return False

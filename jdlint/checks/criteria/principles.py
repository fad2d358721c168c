"""CS002, peer principles: the principle matches (mutuality, disclosure, hope, boundaries) that
are about the post's own practice, and the check.
"""

from __future__ import annotations

from collections.abc import Iterator

from jdlint.analysis import Analysis, Hit
from jdlint.checks import CheckResult, Context, check
from jdlint.checks.criteria.shared import (
    CriteriaWords,
    best_evidence,
    hits,
    possessive_owner,
    sentence_before,
    verdict_result,
    words,
)
from jdlint.checks.kinds import in_proper_name, suggest_place
from jdlint.model import Fix, Span
from jdlint.registry import Rule

PRINCIPLES = ("mutuality", "disclosure", "hope", "boundaries")


def principle_hits(analysis: Analysis, principle: str) -> Iterator[Hit]:
    """The principle's matches that set it out, in order, judged one at a time as they are
    asked for (:func:`best_evidence` stops at the first statement)."""
    for hit in _matches(analysis, principle):
        if _rejected(analysis, principle, hit) is None:
            yield hit


def served_principle_hits(analysis: Analysis, principle: str) -> list[Hit]:
    """The principle's matches that name it only as the people served's own ("help youth set healthy
    boundaries with friends", "allow veterans to share their experiences"): not the post's practice,
    but the sentence that decides it is missing, quoted when none is set out."""
    return [h for h in _matches(analysis, principle) if _rejected(analysis, principle, h) == "served"]


def _matches(analysis: Analysis, principle: str) -> list[Hit]:
    found = hits(analysis, principle)
    if principle == "disclosure":
        found = sorted([*found, *_story_shared_back(analysis)], key=lambda h: (h.block, h.start))
    return found


def _rejected(analysis: Analysis, principle: str, hit: Hit) -> str | None:
    """Why a match does not set the principle out: ``"served"`` when it is the people served's
    (their sharing, their boundaries), ``"denied"`` when it is negated (not expected, not part of the
    role), ``"other"`` for any other reason, ``None`` when it does."""
    if _excepted(analysis, f"lex:{principle}-not", hit):
        return "other"
    if analysis.negated(hit):
        # "We don't expect you to share your personal story": the post's practice denied; not the
        # people served's nor sharing at selection ("You don't have to share anything at interview")
        return "denied" if _why_not_set_out(analysis, principle, hit) is None else "other"
    return _why_not_set_out(analysis, principle, hit)


def _why_not_set_out(analysis: Analysis, principle: str, hit: Hit) -> str | None:
    """:func:`_rejected` past the exceptions and the negation."""
    if principle == "hope" and in_proper_name(analysis, hit):
        return "other"
    if principle == "disclosure" and _shared_by_served(analysis, hit):
        return "served"  # "allow veterans to share their experiences" is the veterans' sharing
    if principle == "disclosure" and _sharing_at_selection(analysis, hit):
        return "other"  # "Do I have to talk about my health at interview? You can choose what to share."
    if principle == "boundaries" and _helps_served(analysis.tokens_before(hit, 6)) \
            and not _serving_condition_closed(analysis.tokens_before(hit, 8)) \
            and not _agreed_with_served(analysis.tokens_before(hit, 6)):
        return "served"  # "support people to develop healthy boundaries" is their boundaries
    return None


def _story_shared_back(analysis: Analysis) -> list[Hit]:
    """The worker's own story shared by a pronoun in the next sentence: a `story-shared-back` match
    that opens its sentence ("You will share it when it helps people.") right after a sentence of its
    block, or the last of the block before (:func:`_story_named_before`), that names the worker's own
    story (`own-story`: "You have your own story."). Not the people
    served's stories ("They have their own stories. You will share them ...") nor something else of
    the worker's ("You have your own rota. You will share it with your manager.")."""
    out = []
    for hit in analysis.hits("lex:story-shared-back"):
        s_start, _ = analysis.sentence_bounds(hit)
        lowers = analysis.lowers(hit.block)
        if next((i for i in range(s_start, hit.end) if lowers[i][:1].isalpha()), None) != hit.start:
            continue
        if _story_named_before(analysis, hit) is not None:
            out.append(hit)
    return out


def _story_named_before(analysis: Analysis, hit: Hit) -> tuple[int, int] | None:
    """The block and first token of the sentence right before ``hit``'s that names the worker's own
    story (`own-story`): in its block, or, for the first sentence of a block, the last sentence of
    the block before when neither is a heading ("- Your own story of recovery." / "- You will share
    it when it helps someone.": one list or two paragraphs). ``None`` when there is none."""
    s_start, _ = analysis.sentence_bounds(hit)
    start = sentence_before(analysis, hit)
    if start is not None:
        named = any(start <= h.start and h.end <= s_start for h in analysis.hits_in_block("lex:own-story", hit.block))
        return (hit.block, start) if named else None
    blocks = analysis.document.blocks
    prev = hit.block - 1
    if prev < 0 or blocks[prev].kind == "heading" or blocks[hit.block].kind == "heading":
        return None
    last = analysis.sentences(prev)
    if not last:
        return None
    start = last[-1][0]
    return (prev, start) if any(h.start >= start for h in analysis.hits_in_block("lex:own-story", prev)) else None


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

    def served_at(i: int) -> bool:
        # the people right after the verb, or, after a verb that makes them act (not `accompany-words`:
        # "talk with young people about boundaries" is the worker's), past one word that only describes
        # them ("help young people set ...", "support older adults to keep ...": `people-modifiers`)
        return before[i + 1] in people or (i + 2 < len(before) and before[i] not in w["accompany-words"]
                                           and before[i + 1] in w["people-modifiers"] and before[i + 2] in people)

    return any(before[i] in w["serve-verbs"] and served_at(i)
               and not (before[i] == "with" and i and before[i - 1] in w["relationship-nouns"])
               for i in range(len(before) - 1))  # fmt: skip


def _agreed_with_served(before: list[str]) -> bool:
    """"Work with residents to agree boundaries": the people after an `accompany-words` word, then a
    `joint-verbs` verb just before the boundaries (past "to"): settled between the worker and them, so
    the relationship's boundaries, not the people's own ("help residents agree boundaries with ..." is
    theirs: no "with" or "alongside" before them)."""
    w = words()
    people = w["served"] | w["ambiguous-people"]
    joint = next((i for i in range(len(before) - 1, -1, -1) if before[i] in w["joint-verbs"]), None)
    return joint is not None and any(before[i] in w["accompany-words"] and people.intersection(before[i + 1 : i + 3])
                                     for i in range(joint))  # fmt: skip


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
    "Our navigators build trust with residents by sharing their own stories"). A sentence opened by a
    pronoun (`subject-pronouns`: "They build trust with residents, and share their own stories") has
    the subject of the sentence before it in its block ("Our navigators have been homeless themselves.")."""
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
    subject = lowers[s_start : hit.start - 2]
    first = next((t for t in subject if t[:1].isalpha()), None)
    if first in w["subject-pronouns"]:
        # "Peer Navigators have been homeless themselves. They build trust with people, and share
        # their own story": a pronoun that opens the sentence stands for the sentence before's subject
        start = sentence_before(analysis, hit)
        subject = lowers[start:s_start] if start is not None else []
    for word in subject:  # the sentence's first person is its subject
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
    if not w["team-possessives"].isdisjoint(lowers[hit.start : hit.end]):
        # "Our members tell our stories safely at conferences": the people served as the first person
        # of the sentence, with no worker or "we" before them, make "our" theirs ("As peer workers we
        # use our journeys purposefully" stays the team's)
        subject = lowers[s_start : hit.start]
        people = next((t for t in subject if t in w["served"] or t in w["worker"] or t in w["new-subjects"]), None)
        if people is not None and people in w["served"] and people not in w["ambiguous-people"] | w["worker"]:
            return True
    if not w["applicant-possessives"].isdisjoint(lowers[hit.start : hit.end]):
        return False  # "support clients and share your own story": the served act first, "your" is the worker's
    if not w["applicant-pronouns"].isdisjoint(lowers[hit.start : hit.end]):
        return False  # "talk with patients and share what helped you": "you" is the worker
    if _helps_served(analysis.tokens_before(hit, 4), w["family-people"]):
        return True  # "help parents share parts of their family's story": the parents' sharing
    if _prompts_served(analysis.tokens_before(hit, 8), w):
        return True  # "encourage young people to join groups and talk about their own experiences"
    for i in range(hit.start, hit.end):
        if lowers[i] in w["possessives"]:
            return possessive_owner(lowers, i, s_start, w) == "served"
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
            block, start = _story_named_before(analysis, best[p])  # type: ignore[arg-type,misc]
            named_at = analysis.sentence_span(analysis.make_hits("own-story", [(block, start, start + 1)])[0])
            evidence.setdefault((named_at.block, named_at.start), named_at)
        evidence.setdefault((span.block, span.start), span)
    frameworks = sorted({h.text for h in analysis.hits("lex:peer-framework")})
    note = f" Names {', '.join(frameworks)} (supporting evidence)." if frameworks else ""
    if not missing:
        return verdict_result(rule, "met", "Mutuality, disclosure, hope and boundaries are all set out." + note,
                        tuple(evidence.values()), None)  # fmt: skip
    wording = words().principle_fixes
    words_ = " You will ".join(f"{wording[p]}." for p in missing)  # one short sentence each (RD001)
    fix = Fix("add",
        f"In this role you will {words_} Our peer workers use recognised approaches such as Intentional Peer "
        "Support and the Wellness Recovery Action Plan (WRAP).",
        where=suggest_place(ctx, (r"summary|about the role|purpose|overview", r"duties|responsibilities"))
        or "in the job summary, after the sentence that introduces the role")  # fmt: skip
    if named:
        return verdict_result(rule, "partly-met",
            f"{len(named)} of 4 set out ({', '.join(named)}); missing: {', '.join(missing)}.{note}",
            tuple(evidence.values()), fix)  # fmt: skip
    served = {p: found for p in PRINCIPLES if (found := served_principle_hits(analysis, p))}
    denied = {p: found for p in PRINCIPLES if (found := [h for h in _matches(analysis, p) if _rejected(analysis, p, h) == "denied"])}
    if denied and not served:
        # "We don't expect you to share your personal story with young people.": named, but said not
        # to be the post's practice; that sentence decides the principle is missing, so it is the evidence
        return _not_the_posts(rule, analysis, denied, "said not to be part of it", note, fix)
    if served:
        # "help youth set healthy boundaries with friends": named, but as the people served's own;
        # that sentence decides the principle is missing, so it is the evidence
        return _not_the_posts(rule, analysis, served, "named only as the people served's own", note, fix)
    return verdict_result(rule, "not-met", f"None of mutuality, disclosure, hope or boundaries is set out.{note}", (), fix)


def _not_the_posts(rule: Rule, analysis: Analysis, found: dict[str, list[Hit]], why: str, note: str,
                   fix: Fix | None) -> CheckResult:
    """Not met, with the principles named but not as the post's practice (``why``: denied of it, or
    the people served's own): the sentences that name them are the evidence, the first three."""
    spans: dict[tuple[int, int], Span] = {}
    for named_hits in found.values():
        for h in named_hits:
            span = analysis.sentence_span(h)
            spans.setdefault((span.block, span.start), span)
    return verdict_result(rule, "not-met",
        f"None of mutuality, disclosure, hope or boundaries is set out as the post's practice; "
        f"{' and '.join(found)} {why}.{note}", tuple(spans.values())[:3], fix)  # fmt: skip

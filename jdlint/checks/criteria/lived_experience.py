"""CS001, lived experience essential: how each mention of lived experience is assessed
(:func:`assess_mention`), the applicants' mentions (:func:`applicant_mentions`), the kind of
service, the fix that moves lived experience to the essential criteria, and the check.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

from jdlint.analysis import Analysis, Hit
from jdlint.checks import CheckResult, Context, check
from jdlint.checks.criteria.levels import (
    Mention,
    condition_on_the_applicant,
    footnote_level,
    generic_heading,
    label_over_items,
    lead_in,
    lead_in_level,
    level_pointed_back,
    line_marker,
    nearest_cue,
    no_bar,
    requirement_of,
    row_label,
)
from jdlint.checks.criteria.shared import (
    by_evidence,
    clause_bounds,
    continues_on_next_line,
    hits,
    next_sentence,
    title_like,
    verdict_result,
    words,
)
from jdlint.checks.criteria.substitutes import (
    accepted_after,
    accepted_after_requirement,
    accepted_if_lacking,
    accepted_lacking,
    accepted_without,
    block_start,
    closes_item,
    criteria_item,
    joined_before,
    lacking_accepted,
    level_after,
    one_of_list,
    or_inside_another_requirement,
    or_item_after,
    or_next_block,
    or_opens_next_clause,
    or_opens_next_sentence,
    or_previous_block,
    professional_after,
    replacements,
    requirement_contrasted,
    requirement_denied,
    requires_an_ability,
    spec_label,
    under_desirable,
)
from jdlint.checks.criteria.whose import (
    about_another_posting,
    for_another_opening,
    is_applicants,
    kind_in_continuation,
    kind_in_definition,
    kind_in_list_after,
    kind_in_sentence_before,
    kind_named,
    peer_staff_subject,
    said_of_other_posts,
    workforce_subject,
)
from jdlint.checks.kinds import clip, suggest_place
from jdlint.model import ROW_LEVEL, Fix, Span
from jdlint.registry import Rule


def assess_mention(analysis: Analysis, hit: Hit) -> Mention:
    """How strongly one mention of lived experience is asked for."""
    kind = kind_named(analysis, hit)
    kind_at = None if kind else (kind_in_list_after(analysis, hit) or kind_in_continuation(analysis, hit)
                                 or kind_in_definition(analysis, hit) or kind_in_sentence_before(analysis, hit))  # fmt: skip
    mention = _assess(analysis, hit, True) if kind_at is not None else _assess(analysis, hit, kind)
    if kind_at is not None:
        mention = dataclasses.replace(mention, kind_at=kind_at)
    if mention.strength == "required":
        worth = accepted_after(analysis, hit, same_sentence=True, worth=True)
        if worth is not None:
            # "Essential: lived experience of psychosis. Skills from youth work are equally valued.":
            # other experience worth as much is another route in to what is required
            return Mention(hit, "substitutable", mention.kind_named, worth.text, kind_at=mention.kind_at, cue_at=worth)
    return mention


def _assess(analysis: Analysis, hit: Hit, kind: bool) -> Mention:
    block = analysis.document.blocks[hit.block]
    if block.kind == "heading" or (block.kind == "paragraph" and title_like(block.text)):
        if block.kind == "heading" and analysis.is_question(hit) and not analysis.negated(hit):
            # "## Do you have lived experience of caring for someone ...?" asks the reader
            return Mention(hit, "wanted", kind, "question")
        return Mention(hit, "mention", kind)  # "Lived Experience Peer Cadet Program" names the role
    if analysis.hits_in_sentence("lex:no-bar", hit) and no_bar(analysis, hit):
        return Mention(hit, "mention", kind)  # "A history of homelessness will not exclude you": no level
    lacking = accepted_lacking(analysis, hit) or accepted_if_lacking(analysis, hit, qualifications=True)
    if lacking is not None:
        # "Applicants without lived experience but with a Certificate IV ... will also be considered"
        return Mention(hit, "substitutable", kind, lacking.text, cue_at=lacking)
    if analysis.negated(hit):
        reply = accepted_without(analysis, hit)
        if reply is not None:
            return Mention(hit, "substitutable", kind, reply.text, cue_at=reply)
        return Mention(hit, "negated", kind)
    footnote = footnote_level(analysis, hit)
    if footnote is not None:
        # the footnote of a marked requirement sets its level ("*strongly preferred but not required")
        return Mention(hit, footnote[0], kind, footnote[1].text, cue_at=footnote[1])
    if analysis.overlaps("lex:lived-experience-designated", hit):
        return Mention(hit, "required", kind, DESIGNATED)
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    # Substitution: "lived, living or learned", "lived experience or relevant professional experience"
    left, right = clause_bounds(analysis, hit)
    for cue in analysis.hits_in_sentence("lex:stands-in-for", hit):
        required_between = any(hit.end <= r.start and r.end <= cue.start
                               for r in analysis.hits_in_sentence("lex:requirement", hit))  # fmt: skip
        if 0 <= cue.start - hit.end <= 10 and cue.end <= right and not required_between:
            # "lived experience ... may substitute for six months": it stands in for another
            # requirement, so it is optional, never required.
            return Mention(hit, "desirable", kind, cue.text)
    for cue in analysis.hits_in_block("lex:replaces-lived-experience", hit.block):
        if not analysis.negated(cue) and not about_another_posting(analysis, cue):
            # "Personal experience of recovery. Two years of human services work may substitute
            # for personal experience.": another route stands in for it (not another posting's:
            # "In the separate Family Liaison Officer vacancy, a degree can replace lived experience")
            return Mention(hit, "substitutable", kind, cue.text, cue_at=cue)
    for cue in replacements(analysis):
        if cue.block != hit.block or cue.group == "lex:accepted-instead":
            # the same in a statement of its own elsewhere ("A counselling diploma will be accepted in
            # lieu of personal experience."), or wrapped over two lines or list items ("Two years in
            # human services may substitute" / "for lived experience."): the statement is evidence too
            return Mention(hit, "substitutable", kind, cue.text, cue_at=cue)
    for cue in lacking_accepted(analysis):
        # "Candidates without personal experience who hold a relevant qualification will also be
        # considered": applicants lacking it are taken by another route, wherever it is asked
        return Mention(hit, "substitutable", kind, cue.text, cue_at=cue)
    equivalent = accepted_after(analysis, hit)
    if equivalent is not None:
        # "Lived experience of incarceration is required. Equivalent experience in corrections may
        # be considered.": the next sentence lets other experience stand in for it
        return Mention(hit, "substitutable", kind, equivalent.text, cue_at=equivalent)
    also = accepted_after(analysis, hit, same_sentence=True)
    if also is not None:
        # "Lived experience of psychosis; transferable skills from related work will also be
        # considered": other skills are taken too, another route in
        return Mention(hit, "substitutable", kind, also.text, cue_at=also)
    conceded = accepted_after_requirement(analysis, hit)
    if conceded is not None:
        # "... is essential, although candidates from a nursing background will also be considered",
        # "... is required; in exceptional cases, equivalent professional experience may be accepted"
        return Mention(hit, "substitutable", kind, conceded.text, cue_at=conceded)
    lived = analysis.hits_in_block("lex:lived-experience", hit.block)
    for group in ("lex:learned-experience", "lex:substitution"):  # (a substitution cue counts only in the sentence)
        for cue in analysis.hits_in_block(group, hit.block) if group != "lex:substitution" else analysis.hits_in_sentence(group, hit):
            if group == "lex:substitution" and ((any(h.start < cue.end and cue.start < h.end for h in lived)
                                                 and not professional_after(lowers, cue.end, right))
                                                or analysis.overlaps("lex:substitution-not", cue)):
                continue  # "or experience of caring for ...": another lived experience, not an alternative
            if group == "lex:substitution" and or_inside_another_requirement(analysis, hit, cue):
                continue  # "lived experience and a degree or diploma in nursing": two kinds of one qualification
            if left <= cue.start and cue.end <= right and (-3 <= cue.start - hit.end <= 15 or (
                    group == "lex:substitution" and closes_item(analysis, hit, cue, s_start))):
                return Mention(hit, "substitutable", kind, cue.text)
            if group == "lex:substitution" and or_opens_next_clause(lowers, hit, cue, right):
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
    opened = or_opens_next_sentence(analysis, hit, s_end)
    if opened is not None:
        # "Lived experience of recovery is required. Or two years of work in addiction services.": the
        # next sentence opens with the other route in
        return Mention(hit, "substitutable", kind, opened.text, cue_at=opened)
    alternative = _qualification_instead(analysis, hit, left, right)
    if alternative is not None:
        # "Lived experience of mental health recovery, OR a minimum Certificate IV in Mental Health":
        # another profession's qualification is a route in of its own
        return Mention(hit, "substitutable", kind, alternative.text, cue_at=alternative)
    wrapped = _qualification_wrapped_after(analysis, hit)
    if wrapped is not None:
        # "Lived experience of mental health challenges or a relevant community" / "services
        # qualification (Certificate IV or Diploma).": the route is a qualification on the next line
        return Mention(hit, "substitutable", kind, wrapped[0], cue_at=wrapped[1])
    # (or the next item or row opens with "Or" and names another route: "- Or two years in a caring role")
    or_next = or_next_block(analysis, hit) or or_previous_block(analysis, hit) or one_of_list(analysis, hit) \
        or or_item_after(analysis, hit)  # fmt: skip
    if or_next:
        cue, other = or_next  # the item that stands in is evidence too
        return Mention(hit, "substitutable", kind, cue, cue_at=block_start(analysis, other))
    opener = next((t for t in lowers[s_start:hit.start] if t[:1].isalpha()), "")  # past a bullet
    if opener in words()["alternative-openers"]:
        # "Alternatively, lived experience of mental ill health and ...": another route in
        return Mention(hit, "substitutable", kind, opener)
    contrast = requirement_contrasted(analysis, hit)
    if contrast is not None:
        # "Formal qualifications are not essential; lived experience of psychosis is.": the
        # requirement denied to the other thing is the mention's, its predicate left out
        return Mention(hit, "required", kind, contrast.text, cue_at=contrast)
    denied = requirement_denied(analysis, hit, left, right)
    if denied:
        # "Lived experience of mental health challenges is not required for this position": a denial
        # with no wish in the sentence (`desirable`, `wish-words`) says the post does not need it, as
        # a negation does; "valued but not essential", "helpful, though not required" set it below a
        # requirement
        if not analysis.hits_in_sentence("lex:desirable", hit) and words()["wish-words"].isdisjoint(lowers[s_start:s_end]):
            return Mention(hit, "negated", kind, denied)
        return Mention(hit, "desirable", kind, denied)
    before = lowers[max(s_start, hit.start - 2) : hit.start]
    if hit.start - 1 > s_start and lowers[hit.start - 1] == "and/or" and lowers[hit.start - 2] in words()["alternative-adjectives"]:
        # "professional and/or lived experience of addiction": either will do
        return Mention(hit, "substitutable", kind, f"{lowers[hit.start - 2]} and/or")
    if "or" in before:
        # "relevant experience or lived experience of ...", not "lived experience as the parent or
        # primary caregiver of ..." (the noun before "or" is part of the lived experience itself)
        # "family or carer lived experience", "mental health or addiction lived experience": the "or"
        # joins two words of the mention's own kind, before it (the word after the "or" names a kind,
        # the word before it no other experience or qualification, no comma between); nothing is
        # offered in its place ("..., or equivalent lived experience" offers it)
        at = hit.start - 1 if lowers[hit.start - 1] == "or" else hit.start - 2
        modifiers = (at != hit.start - 1 and at > s_start and lowers[at - 1][:1].isalpha()
                     and lowers[at - 1] not in words()["alternative-nouns"]
                     and any(k.start <= at + 1 < k.end for k in analysis.hits_in_sentence("lex:lived-experience-kind", hit)))
        if at == hit.start - 1 and at > s_start and lowers[at - 1] in words()["alternative-adjectives"]:
            # "clinical or lived experience of psychosis": another kind of experience sharing the
            # noun is the other route in
            return Mention(hit, "substitutable", kind, f"{lowers[at - 1]} or")
        # (only in the words the "or" joins: not a label before a colon, "Minimum qualification: you must
        # be the parent or carer of ...", nor another clause, "A degree is not required, but you must ...")
        joined = _or_conjunct_start(lowers, s_start, at)
        nouns = [i for i in range(joined, hit.start - 1) if lowers[i] in words()["alternative-nouns"]]
        if nouns and not modifiers and not any(h.start <= nouns[-1] < h.end for h in lived):
            return Mention(hit, "substitutable", kind, "or")
        # another profession's qualification named before it ("a Certificate IV in Mental Health,
        # or lived experience of ...", "a Diploma of Community Services or lived experience"), right
        # before the "or" when the "or" joins words before the mention
        quals = [q for q in analysis.hits_in_sentence("lex:professional-qualification", hit)
                 if joined <= q.start and q.end < hit.start and not analysis.negated(q) and (not modifiers or q.end == at)
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
    cue = nearest_cue(analysis, hit, ("requirement", "desirable", "desirable-closing")) or label_over_items(analysis, hit) \
        or level_pointed_back(analysis, hit)  # "You bring lived experience of ...; it is a requirement for this position"
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
        if strength == "desirable" and (spec_label(analysis, cue_hit) or under_desirable(analysis, hit.block)
                                        or criteria_item(analysis, hit.block)):  # fmt: skip
            # "Desirable: lived experience ...", or "- Lived experience ... is highly regarded."
            # under the specification's "Desirable" heading: the specification's own level
            return Mention(hit, strength, kind, cue_hit.text, in_spec=True)
        if strength == "required" and cue_hit.text.lower() in words()["negatable-cues"] and analysis.negated(cue_hit):
            strength = "negated"
        if strength == "required" and requires_an_ability(analysis, hit, cue_hit):
            return Mention(hit, "wanted", kind, f"{cue_hit.text} … able to draw on it")
        if strength == "required" and condition_on_the_applicant(analysis, hit, cue_hit):
            return Mention(hit, "mention", kind)  # "if you are in recovery, a year's sobriety is required"
        lowered = _conceded_lower(analysis, hit, cue_hit) if strength == "required" else None
        if lowered is not None:
            # "You need lived experience of psychosis, although this is desirable": the concession
            # that points back to it sets it lower than the "need" before
            return Mention(hit, "desirable", kind, lowered.text, cue_at=lowered)
        return Mention(hit, strength, kind, cue_hit.text)
    if row_label(analysis, hit.block):
        return Mention(hit, "mention", kind)  # "Lived experience | | <desirable cell>": the row's name
    led = lead_in_level(analysis, hit.block)
    if led:  # the list's own lead-in decides over the heading above it
        return Mention(hit, "required" if led[0] == "requirement" else "desirable", kind, led[1].text, in_spec=True)
    found = requirement_of(analysis, hit.block)
    if found and found[0] == "essential" and block.kind in ("paragraph", "list-item") and generic_heading(found[1]):
        # "Qualifications / We are looking for someone who has lived experience of ...": prose
        # that wants it, under a heading that only names the part of the advert, wants it, in a
        # paragraph or as one item of the list there ("Qualifications / - Certification required.
        # / - We are looking for someone who has ...": the item's own words, not the other's)
        # (the wanted words may run into the mention: "looking for a parent or caregiver who" /
        # "caregiver who has supported ...")
        sought = [w for w in analysis.hits_in_sentence("lex:wanted", hit) if w.start < hit.start
                  and not (w.start and lowers[w.start - 1] in words()["denial-conditions"])]  # fmt: skip
        if sought:
            return Mention(hit, "wanted", kind, sought[0].text)
    if found:
        level, where = found
        return Mention(hit, "required" if level == "essential" else "desirable", kind, where, in_spec=True)
    lead = lead_in(analysis, hit.block)
    if lead is not None:
        for group, strength in (("requirement", "required"), ("desirable", "desirable"), ("wanted", "wanted")):
            cues = analysis.hits_in_block(f"lex:{group}", lead)
            if cues:  # a list's lead-in or label line is the person specification's own label
                return Mention(hit, strength, kind, cues[0].text, in_spec=strength != "wanted")
    after = level_after(analysis, hit)
    if after is not None:
        strength, cue_hit = after
        return Mention(hit, strength, kind, analysis.sentence_span(cue_hit).text if strength == "substitutable"
                       else cue_hit.text, cue_at=cue_hit)  # fmt: skip
    if analysis.is_question(hit):
        return Mention(hit, "wanted", kind, "question")
    wanted = [w for w in analysis.hits_in_sentence("lex:wanted", hit)
              if not (w.start and lowers[w.start - 1] in words()["denial-conditions"])  # "if you have lived ..."
              and not _recruiting_others(analysis, w)]  # fmt: skip
    if wanted:
        return Mention(hit, "wanted", kind, wanted[0].text)
    if hit.start - s_start <= 1 and analysis.document.blocks[hit.block].kind in ("list-item", "paragraph", "table-cell"):
        return Mention(hit, "wanted", kind, "stated without a requirement")
    return Mention(hit, "mention", kind)


def _or_conjunct_start(lowers: list[str], s_start: int, at: int) -> int:
    """Where the words joined by the "or" at ``at`` begin: after the last mark of `or-conjunct-breaks`
    (a label's colon), `clause-breaks` or `new-subjects` (rules/data/criteria.toml) before it, in its
    sentence ("Minimum qualification: you must be the parent or carer": "the parent"); the sentence's
    start when there is none. A mark just before the "or" leaves the clause before it joined ("Relevant
    experience is essential; or lived experience of ...")."""
    w = words()
    marks = w["or-conjunct-breaks"] | w["clause-breaks"] | w["new-subjects"]
    return next((i + 1 for i in range(at - 2, s_start - 1, -1) if lowers[i] in marks), s_start)


def _recruiting_others(analysis: Analysis, cue: Hit) -> bool:
    """Is the wanted cue a verb of recruiting (`recruiting-duty-verbs`) in a sentence whose subject is
    the post holder, opening with "you" and a word of `duty-lead-words` ("You will build and run our
    panel, recruiting people with experience of homelessness to ...")? The post's duty of recruiting
    others, not the advert wanting the applicant ("We are recruiting people with ..." stays wanted)."""
    w = words()
    lowers = analysis.lowers(cue.block)
    s_start, _ = analysis.sentence_bounds(cue)
    said = [t for t in lowers[s_start : cue.start] if t.strip()]
    return lowers[cue.start] in w["recruiting-duty-verbs"] and len(said) >= 2 and said[0] == "you" \
        and said[1] in w["duty-lead-words"] and said[1] != "and" and "we" not in said  # fmt: skip


def _conceded_lower(analysis: Analysis, hit: Hit, cue: Hit) -> Hit | None:
    """The desirable cue of a concession that lowers the requirement before it in the sentence: after
    the mention and its requirement cue, a word of `concession-openers` (although, though, but),
    then a word of `bracket-back-references` that points back to it ("this", "it") as the clause's
    subject, only `conceded-level-fillers` (is, only, would be) up to a desirable cue ("You need
    lived experience of psychosis, although this is desirable"; "... is essential, though it is only
    an advantage"). Not a concession about something else ("..., although a driving licence is
    desirable"), nor one that keeps the requirement ("..., although this is desirable in most posts
    and essential here" has words of its own after the cue)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    start = max(hit.end, cue.end)
    for i in range(start, s_end - 2):
        if lowers[i] not in w["concession-openers"]:
            continue
        said = [j for j in range(i + 1, s_end) if lowers[j][:1].isalnum()]
        if not said or lowers[said[0]] not in w["bracket-back-references"]:
            continue
        for d in analysis.hits_in_sentence("lex:desirable", hit):
            if d.start <= said[0]:
                continue
            between = [lowers[j] for j in said[1:] if j < d.start]
            after = [t for t in lowers[d.end : s_end] if t[:1].isalnum()]
            if w["conceded-level-fillers"].issuperset(between) and w["conceded-level-tails"].issuperset(after):
                return d
    return None


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
    nearest = nearest_cue(analysis, hit, ("selection-preference", "selection-guarantee"))
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
    reply = next_sentence(analysis, hit)
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
    from jdlint.titles import strong_job_noun

    doc = analysis.docs[hit.block]
    if hit.end >= len(doc) or not doc[hit.start].text[:1].isupper():
        return False
    after = doc[hit.end].text
    return strong_job_noun(after)


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
    """From its "or", another profession's qualification (`professional-qualification`, not a peer one in
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
        if not all(t.isalpha() for t in lowers[at + 1 : q.start]) or (at > hit.end and lowers[at - 1] in w["alternative-nouns"]):
            continue  # (an "or" right after the mention is its own: "Lived experience or a master's degree ...")
        if lowers[at - 1] == "," or not joined_before(lowers, hit.end, at):
            # ", or" offers the alternative to all before it, an "and" there included ("lived
            # experience of mental health challenges and recovery, or a Certificate IV ...");
            # the route is the words from its "or", as the advert has them (a fix replaces them)
            return analysis.make_hits(q.group, [(q.block, at, q.end)])[0]
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
    if not continues_on_next_line(analysis, hit.block):
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


#: The cue of a mention that a title or sentence calling the post a designated (identified) lived
#: experience role makes required: it supports a stated requirement, which decides before it.
DESIGNATED = "a designated lived experience role"

#: Cues that describe how lived experience was mentioned rather than quote the advert's words.
_DESCRIBED_CUES = {
    "question": "in a question",
    "stated without a requirement": "named with no level",
    DESIGNATED: DESIGNATED,
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
                  if is_applicants(analysis, h) and not for_another_opening(analysis, h)
                  and not about_another_posting(analysis, h)
                  and not said_of_other_posts(analysis, h) and peer_staff_subject(analysis, h) is None
                  and not workforce_subject(analysis, h)  # "Lived experience workers help ...": the job family
                  and (not analysis.overlaps("lex:lived-experience-not", h)
                       or analysis.overlaps("lex:lived-experience-designated", h))]  # fmt: skip
        analysis.memo["applicant_mentions"] = cached
    return cached


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
                                r"requirements|qualifications", r"about you|who you are|what you(?!(?: will|'ll|’ll)? (?:do|be doing|get|receive|gain)\b)"))  # fmt: skip
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
# ("Personal experience of an eating disorder would be beneficial" -> "an eating disorder"), or a
# relative clause about the person ("experience of self-harm who is ready to ..." -> "self-harm");
# a "to" after words that already name the kind opens what the experience is for ("experience of
# psychosis to offer hope" -> "psychosis"; "experience of going to prison" keeps its "to")
_OWN_KIND = re.compile(
    r"\bexperiences? (?:of|with) ((?:an? |the )?[^\W\d][\w'’ -]{2,60}?)"
    r"(?= (?:(?:and |or )?(?:would|will|is|are|be|can|who|whom|whose|which|that)|as|preferred|desirable"
    r"|an advantage|beneficial|helpful|welcome|useful|themselves|yourself|personally)\b|[,.;:()]|$)",
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
                return _before_purpose(own.group(1), stems).strip()
            return label
    return None


def _before_purpose(kind: str, stems: tuple[str, ...]) -> str:
    """``kind`` up to the first " to " after words that name the kind (one of ``stems``): what
    follows says what the experience is for ("mental distress to connect with rangatahi")."""
    at = kind.find(" to ")
    while at >= 0:
        if any(stem in kind[:at].lower() for stem in stems):
            return kind[:at]
        at = kind.find(" to ", at + 1)
    return kind


def _graded_desirable(analysis: Analysis, mention: Mention) -> bool:
    """Is a desirable mention an item of the list that asks for the applicant, grading it in so many
    words: a list item or table cell under a heading or lead-in of `applicant-headings` or
    `criteria-list-headings` ("About you", "Additional qualifications"), which the mention opens
    (past a bullet) and the desirable cue closes ("- Lived experience of psychosis is highly
    desirable.", "- Personal experience of homelessness would be an advantage")? That list is the
    person specification in all but name, so the item lowers what the prose wants as a desirable
    row does. Not an invitation to apply (`invitation-words`: "People in recovery are encouraged to
    apply"), a cue with more said after it ("...: we value both"), nor an item under a heading
    about something else ("About the team"), nor the same said in prose."""
    block = analysis.document.blocks[mention.hit.block]
    if block.kind not in ("list-item", "table-cell"):
        return False
    cue = next((h for h in analysis.hits_in_sentence("lex:desirable", mention.hit) + analysis.hits_in_sentence(
        "lex:desirable-closing", mention.hit) if h.start >= mention.hit.end and h.text == mention.cue), None)
    if cue is None:
        return False
    lowers = analysis.lowers(mention.hit.block)
    s_start, s_end = analysis.sentence_bounds(mention.hit)
    if any(t[:1].isalnum() for t in lowers[s_start : mention.hit.start]) or any(t[:1].isalnum() for t in lowers[cue.end : s_end]):
        return False
    w = words()
    if not w["invitation-words"].isdisjoint(lowers[mention.hit.end : s_end]):
        return False
    lead = lead_in(analysis, mention.hit.block)
    titles = [analysis.document.blocks[lead].text] if lead is not None else []
    titles += block.section[-1:]
    phrases = w["applicant-headings"] | w["criteria-list-headings"]
    return any(p in t.lower().replace("’", "'") for t in titles for p in phrases)


def _stated_not_required(analysis: Analysis, mention: Mention) -> bool:
    """Is a desirable mention's level stated in so many words, a wish and its requirement denied
    together ("Lived experience of the justice system is desirable but not essential", "... would be
    an advantage but is not essential", "nice to have, not required"): its cue a denial of
    `requirement-negated` in its sentence? A level said outright, as a specification's row says it,
    which prose that draws on lived experience does not raise (le37)."""
    return bool(mention.cue) and any(
        d.text == mention.cue and d.start >= mention.hit.end for d in analysis.hits_in_sentence("lex:requirement-negated", mention.hit))


@check("lived_experience_essential",
       fixes=("substitutable", "negated", "kind-not-named", "wanted", "desirable", "absent"))
def lived_experience_essential(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    kind = service_kind(analysis)
    mentions = applicant_mentions(analysis)
    by = {s: by_evidence(analysis, [m for m in mentions if m.strength == s], lambda m: m.hit) for s in
          ("required", "wanted", "desirable", "substitutable", "negated", "mention")}  # fmt: skip
    required_text = rule.fix_text("absent", kind=kind)

    def spans(ms: list[Mention], cue_first: bool = False) -> tuple[Span, ...]:
        """The first three sentences of the mentions (their kind's and cue's too), each once;
        with ``cue_first``, a mention's cue before its hit (what offers the substitute)."""
        seen: dict[tuple[int, int], Span] = {}
        for m in ms:
            for at in ((m.cue_at, m.hit, m.kind_at) if cue_first else (m.hit, m.kind_at, m.cue_at)):
                if at is not None:
                    span = analysis.sentence_span(at)
                    seen.setdefault((span.block, span.start), span)
                    if len(seen) == 3:
                        return tuple(seen.values())
        return tuple(seen.values())

    if by["substitutable"]:
        m = by["substitutable"][0]
        return verdict_result(rule, "not-met",
            f"Lived experience can be substituted ({_cue(m.cue)}): adjacent experience is offered in its place.",
            spans(by["substitutable"], cue_first=True),
            Fix("replace", rule.fix_text("substitutable", kind=kind),
                where=f"in “{clip(analysis.sentence_span(m.cue_at or m.hit).text)}”", original=m.cue))  # fmt: skip
    if by["negated"] and not by["required"]:
        m = by["negated"][0]
        return verdict_result(rule, "not-met", "The advert says lived experience is not needed.", spans(by["negated"]),
            Fix("replace", rule.fix_text("negated", kind=kind),
                where=f"in place of “{clip(analysis.sentence_span(m.hit).text)}”",
                original=analysis.sentence_span(m.hit).text))  # fmt: skip
    if by["required"]:
        named = sorted((m for m in by["required"] if m.kind_named), key=lambda m: m.cue == DESIGNATED)
        stated = [m for m in by["required"] if m.cue != DESIGNATED]
        if named and named[0].cue == DESIGNATED and stated:
            # the kind named only where the post is called a designated role ("Carer Peer Worker,
            # Adult Mental Health (Identified Lived Experience Position)"): the sentence that states the
            # requirement ("You must have lived experience yourself") decides, the title supports it
            named = [stated[0], *named]
        if named:
            return verdict_result(rule, "met", f"Lived experience is required ({_cue(named[0].cue)}) and its kind is named.",
                            spans(named), None)  # fmt: skip
        m = by["required"][0]
        return verdict_result(rule, "partly-met",
            f"Lived experience is required ({_cue(m.cue)}) but the kind is not named.", spans(by["required"]),
            Fix("replace", rule.fix_text("kind-not-named", kind=kind), original=m.hit.text,
                where=f"in “{clip(analysis.sentence_span(m.hit).text)}”"))  # fmt: skip
    spec_desirable = [m for m in by["desirable"] if m.in_spec or _graded_desirable(analysis, m) or _stated_not_required(analysis, m)]
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
        where = " in the person specification" if m.in_spec else ""
        return verdict_result(rule, "not-met",
            f"Lived experience is only desirable{where} ({_cue(m.cue)}); "
            "the prose that wants it does not make it a requirement.", spans(spec_desirable),
            _desirable_fix(ctx, span, text))  # fmt: skip
    if by["wanted"]:
        m = by["wanted"][0]
        text = rule.fix_text("wanted", kind=_kind_of(analysis, m) or kind)
        return verdict_result(rule, "partly-met",
            f"Lived experience is wanted in prose ({_cue(m.cue)}) but not stated as a requirement.", spans(by["wanted"]),
            Fix("add", text, where=_person_spec_place(ctx, analysis.sentence_span(m.hit))))  # fmt: skip
    if by["desirable"]:
        m = by["desirable"][0]
        span = analysis.sentence_span(m.hit)
        text = rule.fix_text("desirable", kind=_kind_of(analysis, m) or kind)
        return verdict_result(rule, "not-met",
            f"Lived experience is only desirable ({_cue(m.cue)}).", spans(by["desirable"]),
            _desirable_fix(ctx, span, text))  # fmt: skip
    return verdict_result(rule, "not-met", "The advert does not ask for lived experience.", (),
                    Fix("add", required_text, where=_person_spec_place(ctx)))  # fmt: skip

"""CS001 (and CS004): the substitutes offered for lived experience (a qualification or other
experience accepted instead, "or" alternatives in the same clause, the next line or a list),
and the requirement denials and contrasts that weaken a requirement.
"""

from __future__ import annotations

import re

from jdlint.analysis import Analysis, Hit
from jdlint.checks.criteria.levels import lead_in, own_bracket, requirement_of
from jdlint.checks.criteria.shared import (
    clause_bounds,
    continues_on_next_line,
    next_sentence,
    sentence_before,
    title_words,
    words,
)
from jdlint.checks.criteria.whose import about_another_posting
from jdlint.negation import negated_in
from jdlint.nlp import NEGATORS, Prepared


def joined_before(lowers: list[str], start: int, end: int) -> bool:
    """Does another requirement join the mention between ``start`` and ``end`` ("and", "plus":
    `other-requirement-joins`; not "and/or" naming the kind)?"""
    joins = words()["other-requirement-joins"]
    return any(lowers[i] in joins and not (i + 1 < len(lowers) and lowers[i + 1] == "/") for i in range(start, end))


def replacements(analysis: Analysis) -> list[Hit]:
    """The statements that let something else stand in for the lived experience itself, anywhere
    in the advert (`replaces-lived-experience`, not negated, not another posting's), and the same
    wrapped over two lines or list items (:func:`_replaced_across_lines`)."""
    cached = analysis.memo.get("le-replacements")
    if cached is None:
        cached = [cue for cue in analysis.hits("lex:replaces-lived-experience")
                  if not analysis.negated(cue) and not about_another_posting(analysis, cue)]  # fmt: skip
        # (not a lived or peer route taken instead, "may instead show lived experience as a carer",
        # nor an application document offered, "Alternatively, you may provide a CV showing your
        # experience", nor one set against another requirement earlier in its sentence, "A degree is
        # desirable; applicants may instead show equivalent experience")
        cached += [cue for cue in analysis.hits("lex:accepted-instead")
                   if ((_lived_experience_just_before(analysis, cue) and not analysis.negated(cue))
                       or _lacking_before_in_sentence(analysis, cue))
                   and not analysis.overlaps("lex:lived-experience", cue)
                   and not analysis.overlaps("lex:peer-work-experience", cue)
                   and not analysis.overlaps("lex:application-offered", cue)
                   and not _requirement_before_in_sentence(analysis, cue)]  # fmt: skip
        cached += [cue for block in range(1, len(analysis.document.blocks))
                   if (cue := _replaced_across_lines(analysis, block)) is not None]  # fmt: skip
        analysis.memo["le-replacements"] = cached
    return cached  # type: ignore[return-value]


def _lacking_before_in_sentence(analysis: Analysis, hit: Hit) -> bool:
    """Are the applicants said to lack lived experience earlier in ``hit``'s sentence
    (`lacking-lived-experience`: "Applicants without lived experience may instead show experience of
    working in a caring role", a note under the person specification's table): the sentence names
    what its "instead" sets aside itself, wherever it stands (le37)."""
    s_start, s_end = analysis.sentence_bounds(hit)
    lacking = [h for h in analysis.hits_in_block("lex:lacking-lived-experience", hit.block) if s_start <= h.start and h.end <= hit.start]
    # (the lacking's own "without" or "not" is no negation of the acceptance after it; one past it is:
    # "Applicants without lived experience may not instead show ...")
    return bool(lacking) and not negated_in(analysis.lowers(hit.block), lacking[-1].end, s_end, hit.start, hit.end)


def _requirement_before_in_sentence(analysis: Analysis, hit: Hit) -> bool:
    """Does ``hit``'s sentence name another requirement before it (a word of `alternative-nouns` or
    `qualification-nouns` in rules/data/criteria.toml: "A degree is desirable; applicants may
    instead show equivalent experience"): what its "instead" sets aside?"""
    w = words()
    s_start, _ = analysis.sentence_bounds(hit)
    nouns = w["alternative-nouns"] | w["qualification-nouns"]
    lacking = [h for h in analysis.hits_in_block("lex:lacking-lived-experience", hit.block) if s_start <= h.start < hit.start]
    lowers = analysis.lowers(hit.block)
    # (not the lived experience the applicants are said to lack: "Applicants without lived experience
    # may instead show ...")
    return any(lowers[i] in nouns and not any(h.start <= i < h.end for h in lacking) for i in range(s_start, hit.start))


def lived_experience_kept_after(analysis: Analysis, hit: Hit) -> bool:
    """Is other experience said to be taken or welcomed set aside, later in its own sentence, by a
    clause opened by a word of `concession-openers` (rules/data/criteria.toml) that names lived
    experience or peer work ("Transferable skills from retail are welcome, but lived experience is
    what qualifies you", "Skills from other work are valued, though lived experience of recovery is
    essential")? Then the other skills are one more asset beside the requirement, not a route in its
    place."""
    _, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    opener = next((i for i in range(hit.end, s_end) if lowers[i] in words()["concession-openers"]), None)
    if opener is None:
        return False
    return any(opener < h.start < s_end for h in _lived_or_peer(analysis, hit.block))


def qualification_before_in_sentence(analysis: Analysis, hit: Hit) -> bool:
    """Does ``hit``'s sentence name a qualification or licence before it (`qualification-nouns` in
    rules/data/criteria.toml: "A degree is desirable; transferable skills are also welcome", "A
    driving licence is desirable; ...")? Then what is taken too is that requirement's route, not
    one in place of the lived experience named in another sentence."""
    s_start, _ = analysis.sentence_bounds(hit)
    return not words()["qualification-nouns"].isdisjoint(analysis.lowers(hit.block)[s_start : hit.start])


def _lived_experience_just_before(analysis: Analysis, hit: Hit) -> bool:
    """Is lived experience named in the sentence before ``hit``'s, in its block or, for the first
    sentence of a block, in the block before ("Lived experience of ... is essential." / "We welcome
    applications from those with relevant professional experience instead."): what "instead" sets
    aside (not "A degree is essential. We also consider applicants with relevant experience instead.")?"""
    start = sentence_before(analysis, hit)
    if start is not None:
        s_start, _ = analysis.sentence_bounds(hit)
        return any(start <= h.start and h.end <= s_start for h in analysis.hits_in_block("lex:lived-experience", hit.block))
    if hit.block == 0:
        return False
    last = analysis.sentences(hit.block - 1)
    return bool(last) and any(h.start >= last[-1][0] for h in analysis.hits_in_block("lex:lived-experience", hit.block - 1))


def lacking_accepted(analysis: Analysis) -> list[Hit]:
    """The acceptances, anywhere in the advert, of applicants said to lack lived experience
    (`lacking-lived-experience` in rules/lexicon.toml: "without personal experience", with no "of"
    and no kind, or "who do not have lived experience") when another route is named between (as
    :func:`accepted_lacking` reads one) and no negation ("Candidates without personal experience who hold
    a relevant qualification will also be considered"; "Applicants who do not have lived experience but
    have worked in shelters are also encouraged to apply", an invitation of `lacking-invited`; not
    "Applicants without personal experience will not be considered", nor a route that is lived
    experience too, :func:`_lived_route`, nor a condition that opens its sentence, "If you don't have
    lived experience, ...", which :func:`accepted_if_lacking` reads for each mention)."""
    cached = analysis.memo.get("le-lacking-accepted")
    if cached is None:
        cached = []
        w = words()
        for hit in analysis.hits("lex:lacking-lived-experience"):
            lowers = analysis.lowers(hit.block)
            s_start, _ = analysis.sentence_bounds(hit)
            if next((t for t in lowers[s_start : hit.start] if t[:1].isalpha()), "") in w["condition-openers"]:
                continue  # "If you don't have lived experience, ...": a condition, read by accepted_if_lacking
            found = [a for g in ("lex:accepted-without", "lex:lacking-invited") for a in analysis.hits_in_sentence(g, hit)
                     if a.start >= hit.end and NEGATORS.isdisjoint(lowers[hit.end : a.end])]  # fmt: skip
            found.sort(key=lambda a: a.start)
            route = lowers[hit.end : found[0].start] if found else []
            if route and (_names_an_alternative(route) or w["qualification-nouns"].intersection(route)
                          or w["lacking-route-nouns"].intersection(route)) \
                    and not about_another_posting(analysis, hit) and not _lived_route(analysis, hit, found[0]) \
                    and not _invited_elsewhere(analysis, found[0]):  # fmt: skip
                cached.append(found[0])
        analysis.memo["le-lacking-accepted"] = cached
    return cached  # type: ignore[return-value]


def _invited_elsewhere(analysis: Analysis, accepted: Hit) -> bool:
    """Is an invitation of `lacking-invited` one to another opening, named after "for" by a noun of
    `invited-opening-nouns` ("... are also welcome to apply for our nursing vacancies", "... are eligible
    to apply for the bank"): one of `invited-opening-others` (another, other, a plural or a pool) or a
    name outside the title's words? Not this post: "for this role"; "for our Peer Support Worker
    vacancy" in a Peer Support Worker advert."""
    if not analysis.overlaps("lex:lacking-invited", accepted):
        return False
    w = words()
    lowers = analysis.lowers(accepted.block)
    _, s_end = analysis.sentence_bounds(accepted)
    after = lowers[accepted.end : min(s_end, accepted.end + 9)]
    if not after or after[0] != "for":
        return False
    noun = next((i for i, t in enumerate(after) if t in w["invited-opening-nouns"]), None)
    if noun is None or "this" in after[:noun]:
        return False
    said = after[1 : noun + 1]
    if not w["invited-opening-others"].isdisjoint(said):
        return True
    name = [t for t in after[1:noun] if t not in w["invited-opening-skip"]]
    return bool(name) and not set(name) <= set(title_words(analysis))


def _lived_route(analysis: Analysis, hit: Hit, accepted: Hit) -> bool:
    """Is the route named between the lacking and its acceptance lived experience or peer work too
    ("If you don't have lived experience yourself, experience of caring for a relative with psychosis
    will be considered")? Then nothing stands in for lived experience."""
    return any(hit.end <= o.start < accepted.start for g in ("lex:lived-experience", "lex:peer-work-experience")
               for o in analysis.hits_in_sentence(g, hit))  # fmt: skip


def _replaced_across_lines(analysis: Analysis, block: int) -> Hit | None:
    """The line before ``block``, when ``block`` goes on with the lived experience something else
    may stand in for: "Two years in human services may substitute" / "for lived experience.",
    "Related work may be accepted in lieu of" / "personal experience." (a PDF line or bullet of its
    own, :func:`continues_on_next_line`): `replaces-lived-experience` (rules/lexicon.toml) matched
    over the last words of the first line and the first of the second, across the break; not
    negated ("cannot substitute" / "for lived experience" is a denial: `stand-in-negators` in
    rules/data/criteria.toml). Returns the first line's last sentence."""
    if not continues_on_next_line(analysis, block - 1):
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


def or_inside_another_requirement(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """Is a substitution cue's "or" inside another requirement joined to the mention ("lived
    experience of psychosis and a degree or diploma in social work": the "or" follows a noun in
    `alternative-nouns` after the mention, and "and" joins that requirement to it)?"""
    lowers = analysis.lowers(hit.block)
    return lowers[cue.start] == "or" and cue.start - 1 >= hit.end \
        and lowers[cue.start - 1] in words()["alternative-nouns"] and joined_before(lowers, hit.end, cue.start)


def accepted_without(analysis: Analysis, hit: Hit) -> Hit | None:
    """"Can I apply if I do not have lived experience myself?" answered "If you have extensive
    experience in a caring role, we will consider your application": a question about applying
    without lived experience whose reply accepts something else (`accepted-without` in
    rules/lexicon.toml) and does not open with a no ("No - ...", "Unfortunately not"). The
    acceptance, which makes lived experience substitutable; ``None`` otherwise."""
    if not analysis.is_question(hit):
        return None
    reply = next_sentence(analysis, hit)
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


def accepted_lacking(analysis: Analysis, hit: Hit) -> Hit | None:
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


def level_after(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
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


def or_opens_next_clause(lowers: list[str], hit: Hit, cue: Hit, right: int) -> bool:
    """Does the substitution cue open the clause right after the mention's, its "or" the first
    word after the semicolon that closes it ("Lived experience of recovery is required; or two
    years of experience in addiction services", "...is essential; or a degree in social work")?
    The mention's requirement is then one of two routes in. Not a clause without "or" at its
    start ("...is essential; a degree or diploma in nursing is desirable")."""
    return hit.end <= right < len(lowers) and lowers[right] == ";" and cue.start == right + 1 and lowers[cue.start] == "or"


def or_opens_next_sentence(analysis: Analysis, hit: Hit, s_end: int) -> Hit | None:
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


def closes_item(analysis: Analysis, hit: Hit, cue: Hit, s_start: int) -> bool:
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


def under_desirable(analysis: Analysis, block: int) -> bool:
    """Is the block a list item or a table cell in the person specification's desirable part
    (under its "Desirable" heading or column)?"""
    found = requirement_of(analysis, block)
    return found is not None and found[0] == "desirable" and \
        analysis.document.blocks[block].kind in ("list-item", "table-cell")  # fmt: skip


def criteria_item(analysis: Analysis, block: int) -> bool:
    """Is the block a list item or a table cell of the person specification (under a heading
    of requirements: "Selection criteria", "Qualifications")? An item there marked desirable
    ("5. Lived experience as a carer ... is desirable") is the specification's own level."""
    return analysis.document.blocks[block].kind in ("list-item", "table-cell") and requirement_of(analysis, block) is not None


def spec_label(analysis: Analysis, cue: Hit) -> bool:
    """Is the cue a person specification's label opening its line ("Desirable: lived
    experience of ...", "Preferred - ..."), not prose ("... would be desirable")?"""
    lowers = analysis.lowers(cue.block)
    lead = [t for t in lowers[: cue.start] if t.strip() and not re.fullmatch(r"[-*•(\[]", t)]
    after = lowers[cue.end : cue.end + 1]
    return not lead and bool(after) and bool(re.fullmatch(r"[:\-–—)\]]", after[0]))


def professional_after(lowers: list[str], start: int, end: int) -> bool:
    """Does an alternative of work follow, after "or", in the rest of the clause ("or equivalent
    experience as a family member *or professional* in the field")?"""
    rest = lowers[start : min(end, start + 12)]
    alternatives = words()["professional-alternatives"]
    return any(rest[i] in alternatives and "or" in rest[:i] for i in range(len(rest)))


def requirement_denied(analysis: Analysis, hit: Hit, left: int, right: int) -> str | None:
    """"Lived experience ... is valued but not essential", "... and we welcome that - it is
    not a requirement for this role": the sentence says the requirement is not one. Not when
    the mention's own clause requires it and the denial is another clause's ("A degree is
    not required, but lived experience is essential"), nor inside brackets after it with a
    subject of their own ("(experience of inpatient care is not required)")."""
    lowers = analysis.lowers(hit.block)
    denials = [d for d in analysis.hits_in_sentence("lex:requirement-negated", hit)
               if not (d.start >= hit.end and own_bracket(lowers, hit.end, d.start))]  # fmt: skip
    if not denials:
        return None
    if any(left <= d.start and d.end <= right for d in denials):
        return denials[0].text
    own = [c for c in analysis.hits_in_block("lex:requirement", hit.block)
           if left <= c.start and c.end <= right and not analysis.overlaps("lex:requirement-negated", c)]  # fmt: skip
    return None if own else denials[0].text


def accepted_after(analysis: Analysis, hit: Hit, *, same_sentence: bool = False, worth: bool = False) -> Hit | None:
    """Other experience said to be accepted too, after the mention in its block: the match, which
    makes the lived experience substitutable. Both forms skip a denied acceptance ("Equivalent
    professional experience will not be accepted", "... will not be considered") and one that names
    lived experience or peer work (`peer-work-experience`) as what is taken ("Equivalent experience
    as a family carer is also accepted", "experience in peer roles will also be considered").

    - By default, equivalent experience (`equivalent-accepted` in rules/lexicon.toml) as the subject
      of the sentence right after the mention's ("- Lived experience of incarceration is required.
      Equivalent experience in corrections may be considered."), or, when the mention's sentence
      closes its block, the first sentence of the next block (no heading); not when the equivalent is another
      requirement's, named first ("A degree or equivalent experience may be considered"), nor when
      that sentence names lived or peer experience anywhere.
    - With ``same_sentence``, other skills or experience taken too (`also-accepted`) anywhere after
      the mention in its sentence or in the sentence right after ("Lived experience of psychosis;
      transferable skills from related work will also be considered", "... Relevant work
      experience is also accepted."), or, with ``worth``, said to be worth as much instead
      (:func:`worth_as_much`: "Skills from youth work are equally valued", the reading CS004 gives
      it too, its denial "... are not equally valued" and peer work just after it "... gained in a
      peer role" included; asked only of a mention otherwise required, by :func:`assess_mention`);
      not when lived or peer experience is named after the mention, up to the match's end."""
    _, s_end = analysis.sentence_bounds(hit)
    later = [(start, end) for start, end, _, _ in analysis.sentences(hit.block) if start >= s_end]
    block = hit.block
    if not later:
        # the mention's sentence closes its block: the next block's first sentence, when that block
        # is no heading ("Lived experience of psychosis is required." / "Equivalent experience will
        # also be considered.", "... / We also welcome applicants with equivalent experience."), as
        # CS004 reads it
        blocks = analysis.document.blocks
        nxt = hit.block + 1
        later = [(start, end) for start, end, _, _ in analysis.sentences(nxt)[:1]] \
            if nxt < len(blocks) and blocks[nxt].kind != "heading" else []  # fmt: skip
        if later:
            block = nxt
        elif not same_sentence:
            return None
    start, end = later[0] if later else (s_end, s_end)
    # (each test only where the ones before leave a match: most mentions have no cue after them,
    # and the lived or peer experience of a block is matched only where one does)
    if same_sentence:
        # in the mention's sentence after it first, then in the next sentence (of its block, or the
        # first of the next block)
        spans = [(hit.block, hit.end, s_end)] + ([(hit.block, s_end, end)] if block == hit.block else [(block, 0, end)])
        group = "lex:also-accepted" if not worth else "lex:adjacent-alternative"
        for b, after, stop in spans:
            found = [c for c in analysis.hits_in_block(group, b) if after <= c.start and c.end <= stop]
            if worth:  # worth as much, as CS004 reads them
                found = [a for a in found if worth_as_much(a) and not level_denied(analysis, a)
                         and not peer_work_after(analysis, a)]  # fmt: skip
            # (in the next sentence, not after another requirement named first in it: "A degree is
            # desirable; transferable skills are also welcome" is the degree's route)
            # (nor one set aside by lived experience named after it: "Transferable skills from retail
            # are welcome, but lived experience is what qualifies you")
            found = [c for c in found if not analysis.negated(c) and not lived_experience_kept_after(analysis, c)
                     and (after == hit.end or not qualification_before_in_sentence(analysis, c))]  # fmt: skip
            if found:
                lived, since = _lived_or_peer(analysis, b), (hit.end if b == hit.block else 0)
                found = [c for c in found if not any(since <= h.start < c.end for h in lived)]
            if found:
                return min(found, key=lambda c: c.start)
        return None
    lowers = analysis.lowers(block)
    first = next((i for i in range(start, end) if lowers[i][:1].isalnum()), None)
    found = [e for e in analysis.hits_in_block("lex:equivalent-accepted", block)
             if e.start == first and e.end <= end and not analysis.negated(e)]  # fmt: skip
    if not found or any(start <= h.start and h.end <= end for h in _lived_or_peer(analysis, block)):
        return None  # "Equivalent experience as a family carer / in a peer role ...": lived or peer experience too
    return found[0]


def _lived_or_peer(analysis: Analysis, block: int) -> list[Hit]:
    """The block's matches of lived experience and of peer work experience."""
    return [h for group in ("lex:lived-experience", "lex:peer-work-experience") for h in analysis.hits_in_block(group, block)]


def accepted_after_requirement(analysis: Analysis, hit: Hit) -> Hit | None:
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


def requirement_contrasted(analysis: Analysis, hit: Hit) -> Hit | None:
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


def requires_an_ability(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
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


def or_next_block(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
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


def or_item_after(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
    """Lived experience in a list item or a table cell, the next item (or the cell below it in
    the next row, past that row's label: "Alternative | Or two years in a caring role") opening
    with the word "or" and offering another route ("- Lived experience of psychosis" / "- Or two
    years' experience in a support role"): the quoted "or" and that item. Not when that item names
    lived experience itself ("- Or lived experience as a carer") nor peer work ("- Or two years as a peer
    support worker": peer work is no adjacent route)."""
    blocks = analysis.document.blocks
    block = blocks[hit.block]
    nxt = None
    if block.kind == "list-item" and hit.block + 1 < len(blocks) and blocks[hit.block + 1].kind == "list-item":
        nxt = hit.block + 1
    elif block.kind == "table-cell" and block.row is not None:
        for i in range(hit.block + 1, min(len(blocks), hit.block + 8)):
            below = blocks[i]
            if below.kind != "table-cell" or below.row is None or below.row > block.row + 1:
                break
            if below.row == block.row + 1 and below.column == block.column:
                nxt = i
                break
    if nxt is None or analysis.hits_in_block("lex:lived-experience", nxt):
        return None
    lowers = analysis.lowers(nxt)
    if any(t.startswith("peer") for t in lowers) or analysis.hits_in_block("lex:peer-work-experience", nxt):
        return None
    first = next((i for i, t in enumerate(lowers) if t[:1].isalpha()), None)
    if first is None or lowers[first] != "or" or not _names_an_alternative(lowers):
        return None
    return analysis.make_hits("alternative", [(nxt, first, first + 1)])[0].text, nxt


def block_start(analysis: Analysis, block: int) -> Hit | None:
    """A match on the first token of ``block`` (to quote its first sentence), if it has one."""
    return analysis.make_hits("alternative", [(block, 0, 1)])[0] if analysis.lowers(block) else None


def _names_an_alternative(lowers: list[str]) -> bool:
    """Do the words (an item, a reply) offer another route: experience, a qualification, or time
    in a job ("two years as a behavioral health technician")?"""
    w = words()
    return bool(w["alternative-nouns"].intersection(lowers) or w["alternative-time-nouns"].intersection(lowers))


def one_of_list(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
    """Lived experience as one item of a list whose lead-in offers a choice ("... AND one of the
    following:", "At least one of:", also read as the heading right over the list, "## Essential, one
    of the following:"), beside an item that is not lived experience ("two years as a behavioral
    health technician", another profession's qualification: "a Certificate IV in Mental Health", not
    a peer credential): the quoted choice, as it makes lived experience
    substitutable, and that item. Only when the mention opens its item; not when every item is lived experience
    ("personal experience of psychosis" / "experience as a carer of someone with psychosis")."""
    blocks = analysis.document.blocks
    s_start, _ = analysis.sentence_bounds(hit)
    if s_start != 0 or hit.start > 2:
        return None
    lead = lead_in(analysis, hit.block)
    if lead is None:
        lead = _heading_over_list(analysis, hit.block)
    if lead is None:
        return None
    choices = analysis.hits_in_block("lex:choice-lead-in", lead)
    if not choices:
        return None
    w = words()
    for i in range(lead + 1, len(blocks)):
        if blocks[i].kind != "list-item":
            break
        if i == hit.block or analysis.hits_in_block("lex:lived-experience", i):
            continue
        lowers = analysis.lowers(i)
        if _names_an_alternative(lowers) or (
                w["qualification-nouns"].intersection(lowers) and not analysis.hits_in_block("lex:peer-credential", i)
                and not any(t.startswith("peer") for t in lowers)):  # fmt: skip
            # (a qualification of another profession too: "a Certificate IV in Mental Health"; not a
            # peer credential, "Certified Peer Specialist certification")
            return choices[0].text, i
    return None


def _heading_over_list(analysis: Analysis, block: int) -> int | None:
    """For a list item, the heading right above its list, nothing but list items between
    ("### Essential, one of the following:" / "- lived experience of ..."): a lead-in that a
    reader took for a heading (le37)."""
    blocks = analysis.document.blocks
    if blocks[block].kind != "list-item":
        return None
    for i in range(block - 1, max(-1, block - 40), -1):
        if blocks[i].kind == "list-item":
            continue
        return i if blocks[i].kind == "heading" else None
    return None


def or_previous_block(analysis: Analysis, hit: Hit) -> tuple[str, int] | None:
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


def worth_as_much(hit: Hit) -> bool:
    """Does an ``adjacent-alternative`` match say the other experience is worth as much
    (``equivalence-words`` and ``worth-words`` in rules/data/criteria.toml: "Skills from youth
    work are equally valued", "experience from other jobs carries equal weight")? Read the same
    way by CS001 (after a requirement, it is another route in: substitutable) and CS004 (level
    with the lived experience asked for: not met)."""
    tokens = hit.text.lower().split()
    return not words()["equivalence-words"].isdisjoint(tokens) and not words()["worth-words"].isdisjoint(tokens)


def accepted_if_lacking(analysis: Analysis, hit: Hit, qualifications: bool = False) -> Hit | None:
    """The acceptance of :func:`accepted_if_without` for one mention of lived experience, negated
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


def level_denied(analysis: Analysis, hit: Hit) -> bool:
    """Does an equivalent-experience match say the other experience is *not* level with lived
    experience: a negation inside it or in the predicate after it, in its clause ("transferable
    skills are not equally valid", "equivalent experience in a helping role will not be
    accepted")? "without" sets lived experience aside; it negates nothing here."""
    _, right = clause_bounds(analysis, hit)
    tail = analysis.lowers(hit.block)[hit.start : min(right, hit.end + 6)]
    if "," in tail[hit.end - hit.start :]:  # "... will be accepted, and no degree is needed": another clause
        tail = tail[: tail.index(",", hit.end - hit.start)]
    return not (NEGATORS - words()["set-aside-words"]).isdisjoint(tail)


def peer_work_after(analysis: Analysis, hit: Hit) -> bool:
    """Is the experience the peer work itself: a ``peer-work-experience`` match inside the
    match or starting within four tokens after it, in its clause ("or equivalent experience
    gained in a peer role"; not "or experience working alongside peer workers")?"""
    _, right = clause_bounds(analysis, hit)
    return any(o.end > hit.start and o.start <= min(hit.end + 4, right)
               for o in analysis.hits_in_sentence("lex:peer-work-experience", hit))  # fmt: skip

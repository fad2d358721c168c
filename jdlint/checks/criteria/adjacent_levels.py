"""CS004, adjacent professions: how strongly a qualification or duty of another profession is
asked for (:func:`requirement_level`), and the denials, negations, contrasts and conditions
that undo the request.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from jdlint.analysis import Analysis, Hit
from jdlint.checks.criteria.levels import (
    label_over_items,
    lead_in,
    lead_in_level,
    line_marker,
    nearest_cue,
    requirement_of,
)
from jdlint.checks.criteria.shared import clause_bounds, hits, next_sentence, words
from jdlint.nlp import NEGATORS, negated_list, negated_object


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
    cue = nearest_cue(analysis, hit, ("requirement", "desirable")) or label_over_items(analysis, hit)
    if cue:
        return "required" if cue[0] == "requirement" else "desirable"
    led = lead_in_level(analysis, hit.block)
    if led:
        return "required" if led[0] == "requirement" else "desirable"
    found = requirement_of(analysis, hit.block)
    if found:
        return "required" if found[0] == "essential" else "desirable"
    left, _ = clause_bounds(analysis, hit)
    before = analysis.lowers(hit.block)[left : hit.start]
    w = words()
    if any(t in w["holding-verbs"] for t in before):
        if holder_only and w["post-holder"].isdisjoint(before) and w["selection-subjects"].isdisjoint(before):
            return None
        return "required"
    return None


def held_if(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification the object of a condition on the applicant holding it, a few words
    before it in its clause ("If you also hold a CADC, ...", "Should you already have a nursing
    degree, ...", "whether or not you are a registered nurse")? The applicant may hold it; the
    post does not ask for it. Not "only if" or "unless" (`held-if-only`), which ask for it."""
    left, _ = clause_bounds(analysis, hit)
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
    left, right = clause_bounds(analysis, hit)
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


def disowned_next(analysis: Analysis, hit: Hit) -> bool:
    """Does the sentence after the qualification's (in its block or the next) say that the
    requirement does not apply to this post (`requirement-disowned`: "You must have appropriate
    professional registration. Please note this requirement refers to posts that require it; it
    does not apply to this post.")? A form's boilerplate the advert disowns: nothing is asked.
    Only words that point back at the requirement (`disowning-subjects`: "this requirement", "it")
    open the disowning clause, not a subject of its own ("The car allowance does not apply to this
    post")."""
    nxt = next_sentence(analysis, hit)
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


def degree_of_no_field(analysis: Analysis, hit: Hit) -> bool:
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


def denied_plainly(analysis: Analysis, hit: Hit) -> bool:
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


def item_of_applicant_list(analysis: Analysis, hit: Hit) -> bool:
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
    lead = lead_in(analysis, hit.block)
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


def is_contrasted(analysis: Analysis, hit: Hit) -> bool:
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
    """Do `contrast-words` end just before token ``k``, maybe past one of `contrast-fillers`, or
    `drift-words` ("when peer roles drift into case management": what the role must not become)?"""
    w = words()
    if k and lowers[k - 1] in w["contrast-fillers"]:
        k -= 1
    before = " ".join(lowers[max(0, k - 3) : k])
    return any(before == c or before.endswith(" " + c) for c in w["contrast-words"] | w["drift-words"])


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


def no_qualification_needed(analysis: Analysis) -> list[tuple[Hit, Hit]]:
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
        reply = next_sentence(analysis, q)
        if reply is None or analysis.lowers(reply.block)[reply.start] not in words()["no-words"]:
            continue
        r_start, r_end = analysis.sentence_bounds(reply)
        if sum(t[:1].isalpha() for t in analysis.lowers(reply.block)[r_start:r_end]) <= 2:
            out.append((q, q))
            after = next_sentence(analysis, reply)
            if after is not None:
                out.append((q, after))  # "No." then what the reply goes on to say
        else:
            out.append((q, reply))
    return out


def says_it_qualifies(text: str) -> bool:
    """Does an adjacent-experience match say in its own words that the other experience
    qualifies for the post ("will give you the transferable skills you need", "your
    transferable skills from retail are all we need"), with no negation or second clause
    inside it ("transferable skills are welcome, but lived experience is what qualifies")?"""
    tokens = set(re.findall(r"[\w']+|[,;]", text.replace("n't", " not")))
    return not words()["qualifying-words"].isdisjoint(tokens) and NEGATORS.isdisjoint(tokens) \
        and words()["qualifying-breaks"].isdisjoint(tokens)


def qualifies_after(analysis: Analysis, hit: Hit) -> bool:
    """Is the other experience of an ``adjacent-alternative`` match said, later in its sentence, to
    qualify the applicant (`qualifies-you`: "A year on a listening line or in a care home would also
    qualify you for the post")? Not past a second clause (`qualifying-breaks` but the
    comma: "Volunteering on a helpline is welcome, but lived experience is what qualifies you"), nor
    negated ("... would not qualify you")."""
    lowers = analysis.lowers(hit.block)
    breaks = words()["qualifying-breaks"] - {","}
    for q in analysis.hits_in_sentence("lex:qualifies-you", hit):
        if q.start < hit.end or analysis.negated(q):
            continue
        between = lowers[hit.end : q.start]
        if breaks.isdisjoint(between) and NEGATORS.isdisjoint(between):
            return True
    return False


def qualification_in_negated_list(analysis: Analysis, hit: Hit) -> bool:
    """Is a qualification the last of a coordinated list that a negated verb chain governs
    ("You will not be required to hold a clinical or social work registration"), too far from
    the negation for the plain look-back? Not when a predicate of its own follows it ("...,
    and nursing registration is essential")."""
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    if not negator_before(analysis, hit.block, s_start, hit.start) or not negated_list(lowers, s_start, hit.start):
        return False
    return words()["own-predicate-verbs"].isdisjoint(lowers[hit.end : min(s_end, hit.end + 3)])


def duty_negated(analysis: Analysis, hit: Hit) -> bool:
    """Is a duty negated in its sentence, or is it a list item under a negative lead-in
    ("You will not:", "The role does not include:") or heading ("What this role is not")? Not
    when it is the exception to the negation ("You will not do clinical tasks except medication
    rounds": the rounds are the post's)."""
    if _excepted_from_negation(analysis, hit):
        return False
    if _circumstance_excepted(analysis, hit):
        return False  # "You will not give medication, except in an emergency": the exception gives it back
    if analysis.negated(hit) or asked_and_answered_no(analysis, hit):
        return True
    if hit.end - hit.start > 2 and negator_before(analysis, hit.block, hit.start + 1, hit.start + 2):
        # a negation just after the match's first word, its auxiliary: "Peer workers do not carry out
        # observations" (not one further in: "ensure people who do not want to take their medication")
        return True
    s_start, _ = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    by = next((i for i in range(hit.start + 1, hit.end) if lowers[i] == "by"), None)
    if by is not None and negator_before(analysis, hit.block, hit.start + 1, by):
        # a passive negated before its agent: "Risk assessments will not be completed by you",
        # "Medication is never given by the post holder"
        return True
    # the three scans back from the duty each need a negator word before it in its sentence
    negator = negator_before(analysis, hit.block, s_start, hit.start)
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
    lead = lead_in(analysis, hit.block)
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


def asked_and_answered_no(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty named in an FAQ question whose reply opens with a no (``no-words``: "Will I be
    doing therapy or case management?" "No. Our clinicians do that.")? The reply says the duty
    is not the post's, like "you will not"."""
    if not analysis.is_question(hit):
        return False
    reply = next_sentence(analysis, hit)
    return reply is not None and analysis.lowers(reply.block)[reply.start] in words()["no-words"]


def negator_before(analysis: Analysis, block: int, start: int, end: int) -> bool:
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


def absence_covered_by_others(analysis: Analysis, hit: Hit) -> bool:
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


def condition_of_negated(analysis: Analysis, hit: Hit) -> bool:
    """Is the match a condition ("when the ward is short", "if the team is understaffed")
    on a clause that is itself negated ("You will not be asked to backfill rota vacancies
    when the ward is short")? The condition says when the negated duty would fall."""
    s_start, _ = analysis.sentence_bounds(hit)
    if hit.start <= s_start or analysis.lowers(hit.block)[hit.start] not in words()["condition-openers"]:
        return False
    if any(o.end == hit.start for o in analysis.hits_in_sentence("lex:duty-excepted", hit)):
        return False  # "not part of the nursing roster, except when the unit is short-staffed": the exception gives it
    before = analysis.make_hits("clause", [(hit.block, hit.start - 1, hit.start)])[0]
    return duty_negated(analysis, before)


def _excepted_from_negation(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty in the list after a ``duty-excepted`` match that itself follows a negation in
    the sentence ("Peer workers do no clinical work except medication rounds and observations")?"""
    s_start = None
    for o in analysis.hits_in_sentence("lex:duty-excepted", hit):
        if o.end <= hit.start and words()["exclusion-stops"].isdisjoint(analysis.lowers(hit.block)[o.end : hit.start]):
            s_start = analysis.sentence_bounds(hit)[0] if s_start is None else s_start
            if negator_before(analysis, hit.block, s_start, o.start):
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
    _, right = clause_bounds(analysis, hit)
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
            if not negator_before(analysis, hit.block, s_start, o.start):
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


def gained_in_post(analysis: Analysis, hit: Hit) -> bool:
    """Is the qualification one the applicant may hold or gain in post ("You hold, or are willing
    to gain, a Certificate in Community Support"; "hold or be prepared to obtain a Diploma
    of Community Services")? A word of ``gain-route-openers``, then within three words one of
    ``gain-willing-words``, "to" and a verb of ``gain-verbs``, that verb at most four words before
    the match, in its sentence: asked for, but not before hiring."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    for i in range(max(s_start, hit.start - 10), hit.start):
        if lowers[i] not in w["gain-route-openers"]:
            continue
        for j in range(i + 1, min(i + 4, hit.start - 2)):
            if lowers[j] in w["gain-willing-words"] and lowers[j + 1] == "to" and lowers[j + 2] in w["gain-verbs"]:
                return hit.start - (j + 2) <= 5
    return False


def route_gained_after(analysis: Analysis, hit: Hit, interim: bool = True, own: bool = False) -> bool:
    """Is the list of routes the qualification is in closed by a route gained in post, after it
    in its sentence: a word of ``gain-route-openers``, then within three words one of
    ``gain-willing-words``, "to" and a verb of ``gain-verbs`` ("Certificate IV in Mental Health
    Peer Work or Certificate IV in Youth Work, or willingness to work towards one"); or is it held
    only for a while, a word of ``interim-route-words`` and within four words one of
    ``interim-credential-words`` ("... (or a counsellor registration while certification is
    pending)")? Then neither qualification bars entry: asked for, but no stronger than desirable.
    With ``interim`` false only the route gained in post counts: an interim route awaits a peer
    credential, which a qualification alone does not name. With ``own`` the thing gained must be
    the qualification itself, a word of ``gain-own-objects`` or nothing after the verb ("or
    willingness to obtain it", "or willing to complete."), not another thing ("Registered nurse,
    or willingness to complete a peer support course")."""
    w = words()
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    end = min(s_end, hit.end + 30, len(lowers))
    for i in range(hit.end, end):
        if lowers[i] in w["gain-route-openers"]:
            for j in range(i + 1, min(i + 4, end - 2)):
                if lowers[j] in w["gain-willing-words"] and lowers[j + 1] == "to" and lowers[j + 2] in w["gain-verbs"] \
                        and not _open_verb_without_goal(lowers, j + 2, end) \
                        and (not own or _gains_itself(lowers, j + 2, end)):  # fmt: skip
                    return True
        if interim and lowers[i] in w["interim-route-words"]:
            # the peer credential itself awaited ("while certification is pending", "until your peer
            # certification comes through"), not another thing's certificate ("while maintaining first
            # aid certification"): only `interim-credential-fillers` before the credential word
            for k in range(i + 1, min(i + 5, end)):
                if lowers[k] in w["interim-credential-words"]:
                    return True
                if lowers[k] not in w["interim-credential-fillers"]:
                    break
    return False


def _gains_itself(lowers: list[str], at: int, end: int) -> bool:
    """Is what the gain verb at ``at`` gains the qualification before it: after the verb (and the
    goal word of an open verb, "work towards"), a word of ``gain-own-objects`` ("it", "one"), a
    mark of punctuation or the sentence's end?"""
    w = words()
    k = at + 1
    if k < end and lowers[at] in w["gain-open-verbs"] and lowers[k] in w["gain-open-verb-goals"]:
        k += 1
    return k >= end or lowers[k] in w["gain-own-objects"] or not lowers[k][:1].isalnum()


def _open_verb_without_goal(lowers: list[str], at: int, end: int) -> bool:
    """Is the gain verb at ``at`` one that gains nothing by itself (`gain-open-verbs`: "work",
    "study") and not followed by a word of `gain-open-verb-goals` ("towards")? "or be prepared to
    work weekends", "or willing to work flexibly" gain no route; "or willingness to work towards
    one" does."""
    w = words()
    return lowers[at] in w["gain-open-verbs"] and (at + 1 >= end or lowers[at + 1] not in w["gain-open-verb-goals"])

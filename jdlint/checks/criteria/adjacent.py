"""CS004, adjacent professions: the check, the duties of other professions (support, training,
shift cover, whose work a duty is) and its fix.
"""

from __future__ import annotations

import re

from jdlint.analysis import Analysis, Hit, label_level
from jdlint.checks import CheckResult, Context, check
from jdlint.checks.criteria.adjacent_levels import (
    absence_covered_by_others,
    asked_and_answered_no,
    condition_of_negated,
    degree_of_no_field,
    denied_plainly,
    disowned_next,
    duty_negated,
    gained_in_post,
    held_if,
    is_contrasted,
    item_of_applicant_list,
    negator_before,
    no_qualification_needed,
    qualification_in_negated_list,
    qualifies_after,
    requirement_level,
    route_gained_after,
    says_it_qualifies,
)
from jdlint.checks.criteria.adjacent_substitutes import (
    accepted_if_without,
    accepted_too,
    adjacent_experience_route,
    bare_stand_ins,
    credential_stand_ins,
    ends_in_swap,
    in_place_after,
    is_peer_credential,
    learned_through_profession,
    level_with_lived_experience,
    lived_experience_stands_in,
    lived_route_after,
    open_to_beside_peers,
    or_time_before,
    peers_beside,
    replaces_credential_after,
    stands_in_for,
    substitution_denied_after,
    swaps_lived_experience,
    transferable_for_learned,
)
from jdlint.checks.criteria.lived_experience import applicant_mentions
from jdlint.checks.criteria.shared import (
    by_evidence,
    clause_bounds,
    hits,
    title_words,
    verdict_result,
    weak_evidence,
    words,
)
from jdlint.checks.criteria.substitutes import (
    block_start,
    level_denied,
    or_item_after,
    peer_work_after,
)
from jdlint.checks.criteria.whose import about_another_posting
from jdlint.checks.kinds import clip
from jdlint.model import Fix, Span
from jdlint.registry import Rule


def _learning(analysis: Analysis, hit: Hit) -> bool:
    """Is the duty something learned about: a ``learning-context`` match up to eight words before it
    in its sentence ("training in formal risk assessment"), or inside the duty's own match before its
    end, where a pattern's gap stepped over it ("Complete training on suicide and overdose risk
    assessment")?"""
    s_start, _ = analysis.sentence_bounds(hit)
    return any((h.end <= hit.start and h.start >= s_start and hit.start - h.end <= 8)
               or (h.start > hit.start and h.end < hit.end)
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
    left, _ = clause_bounds(analysis, hit)
    lowers = analysis.lowers(hit.block)
    left = _after_addition(lowers, left, hit.start)
    first = _words_back(lowers, left, hit.start, 6)
    before = lowers[first : hit.start]  # in the duty's own clause
    w = words()
    return any(t in w["supporting-verbs"] and (i + 1 == len(before) or before[i + 1] not in w["worker"])
               and (i + 1 == len(before) or before[i + 1] not in w["supporting-name-nouns"])
               and not _own_predicate_after(lowers, first + i, hit.start)
               and not _means_of_support(lowers, first + i, hit.start)
               for i, t in enumerate(before))  # fmt: skip


def _words_back(lowers: list[str], left: int, start: int, count: int) -> int:
    """The token ``count`` words back from ``start`` (not before ``left``), a hyphenated word
    counted as one ("Support the care co-ordinator to complete ...": "co-ordinator" is tokenised
    as three tokens, but it is one word of the staff's name)."""
    i, seen = start, 0
    while i > left and seen < count:
        i -= 1
        while i - 2 >= left and lowers[i - 1] == "-" and lowers[i][:1].isalpha() and lowers[i - 2][:1].isalpha():
            i -= 2  # "co - ordinator", "key - worker"
        seen += 1
    return i


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
    left, _ = clause_bounds(analysis, hit)
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
    words back (twenty-four after what the people learn, a word of ``plan-learning-words`` and "to"
    just before the match: "Help families understand consent, confidentiality and how to take
    part in care planning"), with no word for the post holder after the people; the match does
    not open with a verb of helping of its own ("support patients and help the nurses with ...")."""
    w = words()
    lowers = analysis.lowers(hit.block)
    if lowers[hit.start] in w["helping-verbs"]:
        return False
    left, _ = clause_bounds(analysis, hit)
    learning = hit.start >= 2 and lowers[hit.start - 1] == "to" and lowers[hit.start - 2] in w["plan-learning-words"]
    before = lowers[max(left, hit.start - (24 if learning else 8)) : hit.start]
    helped = next((i for i in range(len(before) - 1, -1, -1) if before[i] in w["helping-verbs"]), None)
    if helped is None:
        return False
    people = w["served"] | w["family-people"] | w["plan-people"]
    at = next((i for i in range(helped + 1, len(before)) if before[i] in people), None)
    if at is None and helped + 1 < len(before) and before[helped + 1] in w["served-object-pronouns"]:
        # "meet carers on the ward and help them take part in care planning": "them" stands for the
        # people served named before it in the sentence
        s_start, _ = analysis.sentence_bounds(hit)
        offset = max(left, hit.start - (24 if learning else 8))
        if not people.isdisjoint(lowers[s_start : offset + helped]):
            at = helped + 1
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
    left, _ = clause_bounds(analysis, hit)
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


# shifts covered with no other post or staffing shortfall named ("cover shifts", "covering open
# shifts"): in a senior peer post, the shifts of the peer team it leads
_BARE_SHIFT_COVER = re.compile(r"cover(?:s|ed|ing)?\s+(?:(?:the|any|open|vacant|some|extra)\s+)?shifts?$", re.IGNORECASE)


@check("adjacent_professions", fixes=("qualification", "compliance", "alternative", "duty"))
def adjacent_professions(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    # (the match, the reason code that chooses the fix's words in [fixes], why in words)
    hard: list[tuple[Hit, str, str]] = []
    soft: list[tuple[Hit, str, str]] = []
    answered_no = no_qualification_needed(analysis)  # "Do I need a degree?" "No. ..."
    # what says the role is distinct, after the advert's own statements of it (`distinct-role`,
    # matched only when no hard or soft finding decides the verdict first)
    distinct: list[Hit] = []
    denied: list[Hit] = []  # a duty the advert denies ("You will not be expected to give medication")
    contrasted: list[Hit] = []  # a duty set against the peer work: evidence only where nothing plainer is
    optional: list[Hit] = []  # a qualification that is only one route to another requirement
    peer_credentials: list[Hit] = []  # the qualifications asked for that are peer credentials
    qualification_route: set[Hit] = set()  # "in place of" matches that belong to such a route
    asked = {(q.block, analysis.sentence_bounds(q)) for q, _ in answered_no}
    learned_routes = learned_through_profession(analysis)  # "... or learned experience, e.g. a degree in nursing"
    for hit in hits(analysis, "professional-qualification"):
        if analysis.negated(hit) or qualification_in_negated_list(analysis, hit) or denied_plainly(analysis, hit):
            distinct.append(hit)  # (plainly: "Registration (for example as a nurse) is not required")
            continue
        if (value := _label_asks_nothing(analysis, hit)) is not None:
            distinct.append(value)  # "Professional qualification: none required for this post"
            continue
        if any(r.block == hit.block and r.start < hit.end and hit.start < r.end for r in learned_routes):
            continue  # a route to the learned experience (below), not a qualification asked for
        if about_another_posting(analysis, hit):
            continue  # "In our separate Family Liaison Officer vacancy, a social work degree can replace ..."
        if disowned_next(analysis, hit):
            continue  # "You must have professional registration. This requirement does not apply to this post."
        if (hit.block, analysis.sentence_bounds(hit)) in asked:
            continue  # "Will I have to hold a nursing registration?" answered "No, ..."
        if _learning(analysis, hit) or degree_of_no_field(analysis, hit):
            continue  # (of no field: "Bachelor's degree (preferred)" names no profession)
        if is_peer_credential(analysis, hit):
            peer_credentials.append(hit)  # "Certificate IV in Mental Health Peer Work": the peer work's own
            continue
        if analysis.overlaps("lex:professional-qualification-not", hit):
            continue  # "Certificate in Mental Health First Aid"
        if _held_by_others(analysis, hit):
            continue  # "Our clinicians have a bachelor's degree in social work": theirs, not asked of the post
        if substitution_denied_after(analysis, hit):
            distinct.append(hit)  # "A degree in social work will not substitute for lived experience"
            continue
        stands_in = stands_in_for(analysis, hit)
        if stands_in == "lived":
            hard.append((hit, "alternative", f"a professional qualification may stand in for lived experience (“{hit.text}”)"))
            continue  # "a degree in psychology can replace the lived experience"
        if stands_in == "other" and replaces_credential_after(analysis, hit):
            # "An associate degree in human services may substitute for the CPRS certification": an
            # essential route equal to the peer credential, as when the two are offered with "or"
            found = soft if requirement_level(analysis, hit) == "desirable" else hard  # "Desirable: ..."
            found.append((hit, "qualification", f"a professional qualification may stand in for the peer "
                                                f"credential (“{hit.text}”)"))
            qualification_route.update(in_place_after(analysis, hit))
            continue
        if stands_in == "other":
            optional.append(hit)  # "a master's degree may substitute for one year of the supervisory experience"
            qualification_route.update(in_place_after(analysis, hit))
            continue
        level = requirement_level(analysis, hit)
        if level is None and item_of_applicant_list(analysis, hit):
            level = "required"  # "About you" / "- A diploma in social work": what the post asks for
        if level is None and analysis.overlaps("lex:qualification-as-identity", hit):
            level = "required"  # "You will be a registered nurse": what the post holder must be
        if level != "desirable" and held_if(analysis, hit):
            # "If you also hold a CADC, you will still be employed as a peer": a credential the
            # applicant may hold, not one asked for; a denial after it says what the role is not
            s_end = analysis.sentence_bounds(hit)[1]
            if negator_before(analysis, hit.block, hit.end, s_end):
                distinct.append(hit)
            continue
        if level == "required" and peers_beside(analysis, hit):
            # "You must be a registered nurse or peer worker": another profession's route beside peers
            soft.append((hit, "qualification", f"another profession is one route in beside peers (“{hit.text}”)"))
        elif level == "required" and is_peer_credential(analysis, hit, item_only=False) \
                and (gained_in_post(analysis, hit) or route_gained_after(analysis, hit)):
            # "... Peer Work or Certificate IV in AOD, or willingness to work towards one": neither
            # route bars entry, so the professional one is no stronger than desirable
            soft.append((hit, "qualification", f"a professional qualification is one route beside a peer "
                                               f"credential, neither needed before hiring (“{hit.text}”)"))
        elif level == "required" and is_peer_credential(analysis, hit, item_only=False):
            # "Certificate IV in Mental Health Peer Work or Certificate IV in Alcohol and Other
            # Drugs": an essential route equal to the peer credential, so another profession's
            # qualification alone lets an applicant in (clear-soil.md section 4: professional
            # qualifications are not accepted as a substitute); a desirable one stays partly met
            hard.append((hit, "qualification", f"a professional qualification is accepted as an essential route "
                                               f"equal to a peer credential (“{hit.text}”)"))
        elif level == "required" and (gained_in_post(analysis, hit) or route_gained_after(analysis, hit, interim=False, own=True)):
            # "You hold, or are willing to gain, a Certificate in Community Support", "Certificate in
            # Community Support, or willingness to obtain it": a qualification that may be gained in
            # post, no bar to entry (as desirable); "or working towards it" (already studying for it
            # at entry) is no willingness and stays required
            soft.append((hit, "qualification", f"a professional qualification is asked for but may be gained "
                                               f"in post (“{hit.text}”)"))
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
        if about_another_posting(analysis, hit):
            continue  # "for our Outreach Worker posting, frontline experience may be considered instead"
        text = hit.text.lower()
        in_place = not words()["instead-words"].isdisjoint(text.split())
        if analysis.negated(hit) or (not in_place and analysis.overlaps("lex:lived-experience", hit)):
            continue  # "or experience of caring for someone with psychosis" is lived experience too
        if in_place and lived_experience_stands_in(analysis, hit):
            continue  # "lived experience will be considered in place of formal qualifications"
        if not words()["set-aside-words"].isdisjoint(text.split()) and lived_route_after(analysis, hit):
            continue  # "without lived experience but with experience of caring for a relative": lived too
        if in_place and hit in qualification_route:
            continue  # "a diploma may be accepted in place of the team leadership experience": one route (optional)
        if in_place and not swaps_lived_experience(analysis, hit):
            continue  # "a bus pass will be accepted in place of a driving licence": nothing peer swapped
        level_with = level_with_lived_experience(analysis, hit, in_place)
        # "Equivalent experience in a helping profession will be considered": the match names the
        # other profession itself, so it is another profession's experience whatever it stands for
        in_profession = not words()["equivalence-words"].isdisjoint(text.split()) \
            and not words()["profession-field-words"].isdisjoint(re.findall(r"[\w-]+", text))
        if level_with is False and not in_profession:
            continue  # "referees who know you personally or professionally": level with nothing
        if level_with and level_denied(analysis, hit):
            distinct.append(hit)  # "equivalent experience in a helping role will not be accepted"
            continue
        if peer_work_after(analysis, hit) and not (in_place and ends_in_swap(analysis, hit)):
            continue  # "or equivalent experience gained in a peer role": the peer work itself
        instead = text.startswith("or ") or in_place or text.split()[0].strip(",") in words()["alternative-openers"] \
            or says_it_qualifies(text) or in_profession or qualifies_after(analysis, hit) \
            or or_time_before(analysis, hit) \
            or accepted_too(analysis, hit)  # "... will give you the transferable skills you need"; "... will also be considered"
        if instead or requirement_level(analysis, hit) == "required":
            hard.append((hit, "alternative", f"adjacent experience qualifies (“{hit.text}”)"))
        elif level_with:  # "we also welcome applicants with equivalent experience": in its place
            hard.append((hit, "alternative", f"adjacent experience is put level with lived experience (“{hit.text}”)"))
    for hit in credential_stand_ins(analysis):
        # "Two years' experience as a mental health technician may substitute for the CPS certification"
        hard.append((hit, "alternative", f"another job's experience may stand in for the credential (“{hit.text}”)"))
    for hit in bare_stand_ins(analysis):
        # "Lived experience of homelessness is essential." / "Eighteen months of employment in a
        # shelter can substitute.": other work stands in for the lived experience above it
        hard.append((hit, "alternative", f"other work may stand in for lived experience (“{hit.text}”)"))
    for hit in accepted_if_without(analysis):
        # "If you don't have lived experience, experience in youth work will also be considered."
        hard.append((hit, "alternative", f"other experience is accepted without lived experience (“{hit.text}”)"))
    for hit in open_to_beside_peers(analysis):
        # "This post is open to registered nurses and peer workers": another profession's route in
        soft.append((hit, "qualification", f"another profession is one route in beside peers (“{hit.text}”)"))
    routes = adjacent_experience_route(analysis, peer_credentials)
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
    for hit in transferable_for_learned(analysis):
        # "Lived, living or learned experience of ..." / "We value transferable skills from retail"
        hard.append((hit, "alternative", f"skills from other work are valued where lived experience may be "
                                         f"learned experience (“{hit.text}”)"))
    for mention in applicant_mentions(analysis):
        # "lived experience or equivalent professional experience": adjacent experience
        # qualifies in its place (criterion 1 and criterion 4 alike).
        if mention.strength == "substitutable" and not analysis.hits_in_sentence("lex:learned-experience", mention.hit):
            why = f"adjacent experience may stand in for lived experience (“{mention.cue}”)"
            if mention.cue_at is not None:  # the item or reply that offers the other route
                hard.append((mention.cue_at, "alternative", why))
            hard.append((mention.hit, "alternative", why))
    for mention in applicant_mentions(analysis):
        # "Lived, living or learned experience of ..." / a row "Alternative | Or two years in a caring
        # role": the next item or row opens with "Or" and offers other work in its place (read here
        # whatever else made the mention substitutable), not peer work ("Or two years as a peer worker")
        after = or_item_after(analysis, mention.hit)
        if after is None or mention.strength in ("negated", "desirable") or (
                mention.cue_at is not None and mention.cue_at.block == after[1]):  # fmt: skip
            continue
        item = block_start(analysis, after[1])
        if item is not None and not any(t.startswith("peer") for t in analysis.lowers(after[1])) \
                and not analysis.hits_in_block("lex:peer-work-experience", after[1]):  # fmt: skip
            hard.append((item, "alternative", f"adjacent experience may stand in for lived experience "
                                              f"(“{clip(analysis.document.blocks[after[1]].text, 60)}”)"))
    for hit in hits(analysis, "clinical-duty"):
        if _inside(analysis, "clinical-duty-not", hit):
            continue  # "the local prescribing team": another team's name, not a duty
        if _names_the_service(analysis, hit):
            continue  # "Peer Navigator, Harm Reduction and Wound Care Drop-in": where the post works
        if is_contrasted(analysis, hit):
            contrasted.append(hit)  # "friendship rather than care coordination": what the role is not
            continue
        if duty_negated(analysis, hit):
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
        if is_contrasted(analysis, hit):
            contrasted.append(hit)  # "explore goals rather than monitor their compliance": what the role is not
            continue
        if duty_negated(analysis, hit):
            denied.append(hit)  # "you will not be asked to make sure people take their medication"
            continue
        hard.append((hit, "compliance", f"the peer is asked to enforce compliance (“{hit.text}”)"))
    for hit in hits(analysis, "compliance-monitoring"):
        # drug screens, enforced attendance, reports to probation: surveillance, not peer work
        if any(h.start < hit.end and hit.start < h.end
               for h in analysis.hits_in_sentence("lex:compliance-monitoring-not", hit)):
            continue  # an exception in the hit's own sentence, not one run on past a full stop
        if is_contrasted(analysis, hit) or any(c.block == hit.block and c.start < hit.end and hit.start < c.end
                                             for c in contrasted):  # fmt: skip
            contrasted.append(hit)  # "... instead of monitoring their compliance with probation orders"
            continue
        if duty_negated(analysis, hit):
            denied.append(hit)  # "you will not be asked to conduct drug screens": what the role is not
            continue
        whose = _whose_work(analysis, hit)
        if whose == "staff":
            distinct.append(hit)  # "drug screens are collected by nursing staff": says whose work it is instead
        if _learning(analysis, hit) or whose:
            continue
        hard.append((hit, "compliance", f"the peer is asked to monitor compliance (“{hit.text}”)"))
    for hit in hits(analysis, "extra-hands"):
        if analysis.overlaps("lex:extra-hands-not", hit):
            continue  # "a casual pool of peer workers to cover shifts at the hub": its own shifts
        if ctx.role.kind == "peer-senior" and _BARE_SHIFT_COVER.match(hit.text):
            continue  # the peer team's lead "steps in to cover shifts": the team's own, no other post's
        if duty_negated(analysis, hit) or condition_of_negated(analysis, hit):
            denied.append(hit)  # "our kaimahi are never used to fill clinical gaps": what the role is not
        elif absence_covered_by_others(analysis, hit):
            continue  # "When the receptionist is off, the office manager covers the desk": not the post
        else:
            hard.append((hit, "duty", f"the peer covers staffing (“{hit.text}”)"))
    for hit in hits(analysis, "supporting-clinical"):
        if analysis.overlaps("lex:supporting-clinical-not", hit):
            continue  # "the case management and housing teams": another team's name
        if _names_the_service(analysis, hit):
            continue  # "Peer Support Specialist (Intensive Case Management)": where the post works
        if is_contrasted(analysis, hit):
            contrasted.append(hit)  # "walk with people instead of case management": what the role is not
            continue
        whose = _whose_work(analysis, hit)
        if whose == "staff":
            distinct.append(hit)
        if _served_take_part(analysis, hit):
            continue  # "help people contribute to their own care plans": their own part in it
        if duty_negated(analysis, hit) and not whose:
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
        return verdict_result(rule, "not-met", f"The role is not kept distinct: {reasons(hard)}.", spans(hard),
            _adjacent_fix(rule, analysis, hit, code))  # fmt: skip
    if soft:  # (sorted only when it is what the verdict quotes)
        by_strength(soft)
        hit, code, _ = soft[0]
        return verdict_result(rule, "partly-met", f"Mostly distinct, but {reasons(soft)}.", spans(soft),
            _adjacent_fix(rule, analysis, hit, code))  # fmt: skip
    # what the role is not (a statement of it, a duty the advert denies) before what the applicant
    # need not hold ("No degree is required", an FAQ's "Do I need qualifications? No.")
    stated = hits(analysis, "distinct-role")
    nouns = words()["qualification-nouns"]
    # "Qualifications | None required": the cell of a qualifications row that asks for nothing
    distinct += _nothing_required_cells(analysis)
    # (an FAQ's "Do I need a degree? No." last among them: what the applicant need not hold)
    distinct = [*([*[h for h in stated if nouns.isdisjoint(h.text.lower().split())], *denied, *contrasted,
                   *[h for h in stated if not nouns.isdisjoint(h.text.lower().split())], *distinct,
                   *[r for _, r in answered_no]]
                  or hits(analysis, "distinct-contrast")),
                *hits(analysis, "distinct-role-weak")]  # fmt: skip
    if distinct:
        # an FAQ question answered no ("Will I be doing risk assessments?" "No.") states what the role
        # is not with its reply: quoted as a statement is, not put after statements as a question
        ranked = sorted(distinct, key=lambda h: 0 if asked_and_answered_no(analysis, h) else weak_evidence(analysis, h))
        return verdict_result(rule, "met", "The advert says what makes the role different from clinical roles.",
                        spans(ranked)[:2], None)  # fmt: skip
    if optional:
        return verdict_result(rule, "met", "A professional qualification appears only as one route to another requirement "
                        f"(“{optional[0].text}”), not as a requirement.", spans(optional)[:1], None)  # fmt: skip
    if peer_credentials:
        # "Certificate IV in Mental Health Peer Work, or willingness to complete it": the qualification
        # the advert names is the peer work's own, which says what the role is not
        return verdict_result(rule, "met", "The qualification the advert names is a peer credential, not another "
                        "profession's.", spans(peer_credentials)[:1], None)  # fmt: skip
    # a peer credential named in its own words ("Certification as a Peer Recovery Specialist
    # (CPRS)"), not in a heading or the title: the qualification asked is the peer work's own
    named = [h for h in hits(analysis, "peer-credential") if not analysis.negated(h) and weak_evidence(analysis, h) < 2]
    if named:
        return verdict_result(rule, "met", "The qualification the advert names is a peer credential, not another "
                        "profession's.", spans(by_evidence(analysis, named))[:1], None)  # fmt: skip
    return verdict_result(rule, "met", "No professional qualification, clinical duty, compliance or cover duty appears.", (), None)


def _names_the_service(analysis: Analysis, hit: Hit) -> bool:
    """Whether the match, in the advert's title, names the service or team the post works in
    rather than a duty of the post: it stands in brackets ("Peer Support Specialist (Intensive
    Case Management)"), after a comma ("Peer Navigator, Harm Reduction and Wound Care Drop-in"),
    or just before a `title-service-nouns` word ("Peer Worker - Case Management Team"). "Peer
    Worker - Medication Administration" and a duty in the body stay the post's."""
    from jdlint.role import find_title  # (its title candidates are kept per analysis)

    if find_title(analysis)[1] != hit.block:
        return False
    lowers = analysis.lowers(hit.block)
    before = lowers[: hit.start]
    if "," in before or before.count("(") > before.count(")"):
        return True
    return hit.end < len(lowers) and lowers[hit.end] in words()["title-service-nouns"]


def _label_asks_nothing(analysis: Analysis, hit: Hit) -> Hit | None:
    """The ``no-requirement-cell`` match that is the whole value of the label the match is
    ("Professional qualification: none required for this post", "Registration: N/A"): the
    match opens its sentence and names qualifications (`qualification-row-words`), a colon or
    dash follows it, then the value, with only `no-requirement-tails` after it ("for this
    post"), or a `clause-breaks` word that opens another clause, read on its own ("...: none required,
    but a nursing degree is an advantage"). The label asks for nothing; "Professional qualification: RMN
    required" still asks."""
    w = words()
    lowers = analysis.lowers(hit.block)
    start, _ = analysis.sentence_bounds(hit)
    if any(t[:1].isalnum() for t in lowers[start : hit.start]):
        return None  # "You must hold a professional qualification: ..." is no label
    if w["qualification-row-words"].isdisjoint(lowers[hit.start : hit.end]):
        return None  # "RMN: not required" is not a label of what is asked
    if hit.end >= len(lowers) or lowers[hit.end] not in w["label-value-marks"]:
        return None
    tails, breaks = w["no-requirement-tails"], w["clause-breaks"]
    for value in analysis.hits_in_block("lex:no-requirement-cell", hit.block):
        if value.start != hit.end + 1:
            continue
        rest = [t for t in lowers[value.end :] if t != ","]
        # the value ends the label's clause: only tails after it, or a break before another clause
        # ("..., but a nursing degree is an advantage": that clause is read on its own)
        if all(t in tails for t in rest) or next((t for t in rest if t not in tails), "") in breaks:
            return value
    return None


def _nothing_required_cells(analysis: Analysis) -> list[Hit]:
    """Table cells that are only a ``no-requirement-cell`` match ("None required", "Not
    required") in a row whose label names qualifications (`qualification-row-words`:
    "Qualifications", "Education"; not "Driving licence"), not under a desirable column: the
    advert says no professional qualification is asked for ("Qualifications | None required")."""
    nouns = words()["qualification-row-words"]
    out: list[Hit] = []
    for hit in hits(analysis, "no-requirement-cell"):
        block = analysis.document.blocks[hit.block]
        label = set(re.findall(r"[^\W\d_]+", (block.row_header or "").lower()))
        if block.kind != "table-cell" or nouns.isdisjoint(label):
            continue
        if label_level(block.column_header or "") == "desirable":
            continue
        lowers = analysis.lowers(hit.block)
        if any(t[:1].isalnum() for i, t in enumerate(lowers) if not hit.start <= i < hit.end):
            continue  # "None required, but a Certificate IV is an advantage": more than the match
        out.append(hit)
    return out


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
    # (`service-does`: the service as the subject of the clinical verb itself, "Our memory service diagnoses ...")
    for group, whose in (("lex:others-do", "staff"), ("lex:organisation-offers", "organisation"),
                         ("lex:service-does", "organisation")):
        for o in analysis.hits_in_sentence(group, hit):
            if group == "lex:service-does" and _service_governed(analysis, o):
                continue  # "you will ensure the hub completes a risk assessment": the post's own duty
            subject = o.start + (lowers[o.start] in words()["served-determiners"])  # "your manager": not "your" work
            if o.start < hit.start and post_holder.isdisjoint(lowers[subject : hit.start]) \
                    and not _helped(analysis, o) and not _worked_with(analysis, o) \
                    and not _joined_to_post_holder(lowers, o.start) \
                    and not (_staff_as_place(analysis, o) and not _relative_about_staff(lowers, o.start, hit.start)):  # fmt: skip
                # staff named as where the post holder works are not the subject, unless a relative
                # clause about them holds the duty (`staff-place-relatives`: "You will join the nursing team,
                # who give medication", "sit within the clinical team, where the nurses give medication")
                return whose
    s_start, _ = analysis.sentence_bounds(hit)
    if _organisation_section(analysis, hit.block) and post_holder.isdisjoint(lowers[s_start : hit.start]) \
            and words()["post-nouns"].isdisjoint(lowers[s_start : hit.start]):
        return "organisation"  # "About CMHA Lakehead: CMHA Lakehead provides ... case management"
    if _named_organisation_provides(analysis, hit, s_start):
        return "organisation"  # "Harbourside Wellbeing runs a clozapine clinic and care coordination"
    left, right = clause_bounds(analysis, hit)
    for o in analysis.hits_in_sentence("lex:others-own", hit):
        if hit.end <= o.start < right and post_holder.isdisjoint(lowers[left : o.start]) \
                and words()["relative-pronouns"].isdisjoint(lowers[hit.end : o.start]):
            return "staff"
    return None


def _service_governed(analysis: Analysis, o: Hit) -> bool:
    """Is the service of a `service-does` match the object of a verb of seeing to it
    (`service-does-governors`) right before it, past a determiner ("you will ensure the hub completes
    ...", "make sure that the unit completes ..."): the duty is the post's, not the service's?"""
    lowers = analysis.lowers(o.block)
    i = o.start - 1
    while i >= 0 and (lowers[i] in words()["served-determiners"] or lowers[i] == "that"):
        i -= 1
    governors = words()["service-does-governors"]
    if i >= 1 and f"{lowers[i - 1]} {lowers[i]}" in governors:
        i -= 1
    elif i < 0 or lowers[i] not in governors:
        return False
    # the post holder's verb: a word for the post holder before it in its clause, or the verb opening the
    # sentence (an imperative, "Make sure the unit completes ..."); not the organisation's ("We check ...")
    s_start, _ = analysis.sentence_bounds(o)
    left, _ = clause_bounds(analysis, o)
    return i == s_start or not words()["post-holder"].isdisjoint(lowers[max(left, s_start) : i])


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
    services and peer support", "Harbourside Wellbeing runs a clozapine clinic") or the clinical verb
    itself (``organisation-duty-verbs``: "Harbourside Wellbeing diagnoses and supports 900 adults a
    year")? The name is a
    run of one to six capitalised words (small joining words such as "of" and "and" between
    them) that opens the sentence, none of them a job noun, a word of the advert's title or its
    initials, a word for the post or its holder; the verb is in the third person ("You provide case
    management" is the post's duty), and no word for the post holder stands between it and
    the match, nor an adverb ("Also runs the evening group"). What the organisation provides
    is its programmes, not the post's duties."""
    w = words()
    lowers = analysis.lowers(hit.block)
    verbs = w["provision-verbs"] | w["organisation-duty-verbs"]
    verb = next((i for i in range(s_start + 1, min(hit.start + 1, s_start + 7)) if lowers[i] in verbs), None)
    if verb is None or not w["post-holder"].isdisjoint(lowers[verb : hit.start]):
        return False
    from jdlint.titles import JOB_NOUN

    name = lowers[s_start:verb]
    barred = w["post-nouns"] | w["worker"] | w["post-subjects"] | w["staff-nouns"] | w["served"] | w["name-not-words"]
    title = title_words(analysis)
    initials = "".join(t[0] for t in title)  # "The CPRS offers ..." under "Certified Peer Recovery Specialist"
    # (a verb of the lists in the name: "Assesses and diagnoses patients ..." opens with the post's duty)
    if not barred.isdisjoint(name) or not verbs.isdisjoint(name) or not set(title).isdisjoint(name) \
            or (initials and initials in name) \
            or any(JOB_NOUN.fullmatch(t) or t.endswith("ly") for t in name):  # fmt: skip
        return False  # "The Incumbent provides ...", "Occasionally runs ...": the post's own
    text = analysis.make_hits("name", [(hit.block, s_start, verb)])[0].text
    joins = w["name-joins"]
    if name[-1] in joins:
        return False  # "Reviews and diagnoses ...": a name never ends on a joining word
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
    left, _ = clause_bounds(analysis, staff)
    helping = words()["helping-verbs"]
    # ("supports adults through a programme that ...": `helped-name-stops` end the staff's name)
    before = _before_staff_name(lowers[max(left, staff.start - 6) : staff.start], words()["helped-name-stops"] | helping, 3)
    return bool(before) and before[-1] in helping


def _before_staff_name(before: list[str], stop: frozenset[str], most: int) -> list[str]:
    """``before`` (the words before other staff named in a clause) without the staff's name at its
    end: determiners (`served-determiners`) and up to ``most`` words that name the staff more closely
    ("the ward nurses", "our community nursing team"), back to a word of ``stop``."""
    determiners = words()["served-determiners"]
    named = 0  # words that name the staff more closely, skipped
    while before and before[-1] not in stop and (before[-1] in determiners or (named < most and before[-1].isalpha())):
        named += before[-1] not in determiners
        before = before[:-1]
    return before


def _staff_as_place(analysis: Analysis, staff: Hit) -> bool:
    """Are the other staff named as where the post holder works, the object of a word of joining
    or belonging (``staff-as-place-words``: "You will join the nursing team and give medication",
    "work within the clinical team and complete risk assessments", "as a member of the medical
    team, administer ...")? Then they are not the subject of the duty after them: the post holder
    is. Up to two words may name the staff more closely ("join our community nursing team")."""
    lowers = analysis.lowers(staff.block)
    left, _ = clause_bounds(analysis, staff)
    w = words()
    places, after = w["staff-as-place-words"], w["staff-as-place-after"]
    start = max(left, staff.start - 4)
    before = _before_staff_name(lowers[start : staff.start], places | after, 2)
    if before and before[-1] in after:  # "a member of", "work in"
        return len(before) > 1 and before[-2] in w["staff-as-place-before"] \
            and not _opens_clause(lowers, left, start + len(before) - 2)  # fmt: skip
    return bool(before) and before[-1] in places and not _opens_clause(lowers, left, start + len(before) - 1)


def _relative_about_staff(lowers: list[str], start: int, end: int) -> bool:
    """Is there a word of `staff-place-relatives` between ``start`` and ``end`` that opens a clause
    ("the nursing team, who give medication"), not one cut short to a word of
    `staff-place-relative-ellipses` ("work within the nursing team where needed and give
    medication": the post holder's duty)?"""
    w = words()
    return any(lowers[i] in w["staff-place-relatives"]
               and (i + 1 >= end or lowers[i + 1] not in w["staff-place-relative-ellipses"])
               for i in range(start, end))  # fmt: skip


def _opens_clause(lowers: list[str], left: int, i: int) -> bool:
    """Does the word at ``i`` (a place word or a word of belonging: `staff-as-place-openers`) open
    its clause, only a determiner before it (`staff-as-place-opening-fillers`)? Then the staff are
    the clause's subject or the setting of its own subject ("A member of the nursing team will give
    medication", "Within the nursing team, the nurses give medication"), not where the post holder
    works; "Join the nursing team and give medication" (an imperative) still is."""
    w = words()
    return lowers[i] in w["staff-as-place-openers"] \
        and w["staff-as-place-opening-fillers"].issuperset(lowers[left:i])  # fmt: skip


def _worked_with(analysis: Analysis, staff: Hit) -> bool:
    """Are the other staff named after a word of working together (``co-working-words``: "Work
    with nurses to deliver case management", "work jointly with the care coordinators to complete
    risk assessments"), their verb in the infinitive ("to" just before it)? Then the post holder
    does the duty with them: a shared duty, not theirs alone. Up to two words may name the staff
    more closely ("with the ward nurses to ..."); not "nurses, who deliver ..." (their own verb)."""
    lowers = analysis.lowers(staff.block)
    if staff.end - staff.start < 3 or lowers[staff.end - 2] != "to":
        return False
    left, _ = clause_bounds(analysis, staff)
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

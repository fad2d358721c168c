"""CS004, adjacent professions: where a qualification or other experience stands in for lived
experience (swaps, in place of, as good as, a route through adjacent experience), and the
peer credentials and peer colleagues that are not adjacent professions.
"""

from __future__ import annotations

import itertools

from jdlint.analysis import Analysis, Hit
from jdlint.checks.criteria.adjacent_levels import requirement_level
from jdlint.checks.criteria.lived_experience import applicant_mentions
from jdlint.checks.criteria.shared import clause_bounds, hits, words
from jdlint.checks.criteria.substitutes import (
    accepted_if_lacking,
    lived_experience_kept_after,
    peer_work_after,
    qualification_before_in_sentence,
    worth_as_much,
)
from jdlint.nlp import NEGATORS


def lived_route_after(analysis: Analysis, hit: Hit) -> bool:
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


def lived_experience_stands_in(analysis: Analysis, hit: Hit) -> bool:
    """Is "in place of" about lived experience standing in for something else (lived
    experience just before it, nothing lived just after), not the reverse?"""
    lived = analysis.hits_in_sentence("lex:lived-experience", hit)
    before = any(h.end <= hit.start and hit.start - h.end <= 10 for h in lived)
    return before and not any(h.start >= hit.start and h.start - hit.end <= 2 for h in lived)


def swaps_lived_experience(analysis: Analysis, hit: Hit) -> bool:
    """Is what a bare "accepted / considered in place (lieu) of" match sets aside the lived
    experience or the peer credential: a lived experience mention within four tokens after it, or
    "peer" before a word of ``peer-swap-nouns`` or a credential ("... in lieu of the lived
    experience"; "... in place of your own peer experience"; "... in lieu of the peer
    credential"), or a word pointing back (``swap-back-references``:
    "in place of this", "in lieu of the above") to a lived experience mention before it in its
    block or the one just before? Not a swap of anything else ("A bus pass will be accepted in
    place of a driving licence", "in lieu of a peer reference"). A match that names the lived or
    peer experience itself is one."""
    if not ends_in_swap(analysis, hit):
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


def ends_in_swap(analysis: Analysis, hit: Hit) -> bool:
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
    if not ends_in_swap(analysis, hit):
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


def substitution_denied_after(analysis: Analysis, hit: Hit) -> bool:
    """Does a denied substitution follow the qualification in its clause ("A master's degree in
    counselling will not substitute for the lived experience requirement", "A nursing
    registration won't be accepted in place of lived experience")? The post does not take it."""
    _, right = clause_bounds(analysis, hit)
    return any(0 <= cue.start - hit.end <= 12 and cue.end <= right
               for cue in analysis.hits_in_sentence("lex:substitution-denied", hit))


def stands_in_for(analysis: Analysis, hit: Hit) -> str | None:
    """Is the qualification offered in place of (part of) another requirement: a
    ``stands-in-for`` match after it in its clause, with no requirement cue between? ``other``
    when what it stands in for is not lived experience ("a master's degree in a human services
    field may substitute for one year of the required supervisory experience": one route to
    that requirement, not itself required), ``lived`` when it is ("a degree can replace the
    lived experience": adjacent experience offered instead), ``None`` otherwise, and in a
    relative clause about a qualification asked for ("a master's degree, which may count
    towards the hours")."""
    _, right = clause_bounds(analysis, hit)
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


def in_place_after(analysis: Analysis, hit: Hit) -> list[Hit]:
    """The ``adjacent-alternative`` matches after a qualification in its clause ("A diploma in
    community work may be *accepted in place of* the team leadership experience"): they say
    what the qualification stands in for, not that adjacent experience replaces lived
    experience."""
    _, right = clause_bounds(analysis, hit)
    return [a for a in analysis.hits_in_sentence("lex:adjacent-alternative", hit) if hit.end <= a.start < right]


def or_time_before(analysis: Analysis, hit: Hit) -> bool:
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


def level_with_lived_experience(analysis: Analysis, hit: Hit, in_place: bool) -> bool | None:
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
    return worth_as_much(hit) and any(
        m.strength in ("required", "wanted", "desirable", "substitutable") for m in applicant_mentions(analysis))


def _credential_closes(analysis: Analysis, hit: Hit, peer_credentials: list[Hit]) -> bool:
    """Does a peer credential asked for close the work-experience route? Not one offered with
    "or" beside the work experience in its sentence ("a Certificate IV in Mental Health Peer Work,
    or two years' experience in disability support work": either is a way in)."""
    lowers = analysis.lowers(hit.block)
    for cred in peer_credentials:
        if cred.block == hit.block and analysis.sentence_bounds(cred) == analysis.sentence_bounds(hit):
            between = lowers[cred.end : hit.start] if cred.end <= hit.start else lowers[hit.end : cred.start]
            if "or" in between:
                continue
        return True
    return False


def adjacent_experience_route(analysis: Analysis, peer_credentials: list[Hit]) -> list[Hit]:
    """Work in a helping sector or role required as the qualifying experience ("Demonstrated
    experience working in a community services or caring role" among the selection criteria)
    while nothing peer is the route in: the applicant's lived experience is not asked for at all, or
    only as desirable (not required, not wanted in prose: "We are keen to hear from people who have
    been homeless" makes the work experience one more skill), or anywhere as one route among
    others ("Lived, living or learned experience", whatever else wants it), and no peer
    credential is asked
    for (a qualification read as one, or a peer certification required: "Peer Support
    certification, or completion within 90 days of hire"). Not peer or lived experience work
    ("experience working in a peer support role"), a negated one, or one only desirable."""
    found = hits(analysis, "adjacent-experience")
    if not found or any(_credential_closes(analysis, hit, peer_credentials) for hit in found):
        return []
    levels = {m.strength for m in applicant_mentions(analysis)}
    # desirable, or said not to be needed ("Lived experience is not essential, but we would value it");
    # or one route among others ("Lived, living or learned experience of ..."), whatever prose wants or
    # another line requires: then it is never the only way in; so too where the advert never asks
    # for the applicant's lived experience ("You must have at least two years' experience in a paid
    # care role" and nothing else): the work experience is the qualifying experience
    if levels and "substitutable" not in levels and (levels.isdisjoint(("desirable", "negated"))
                                                     or not levels.isdisjoint(("required", "wanted"))):
        return []
    credential = words()["credential-words"]  # "Peer Support certification, or completion within 90 days"
    stated = [h for h in hits(analysis, "peer-role-statement")
              if any(c in h.text.lower() for c in credential) and not analysis.negated(h)
              and requirement_level(analysis, h) == "required"]  # fmt: skip
    if any(_credential_closes(analysis, hit, stated) for hit in found):
        return []
    return [hit for hit in found
            if "peer" not in analysis.lowers(hit.block)[hit.start : hit.end] and not _own_experience_in_setting(analysis, hit)
            and not _general_community_work(analysis, hit)
            and not analysis.overlaps("lex:lived-experience", hit) and not analysis.negated(hit)
            and not peer_work_after(analysis, hit) and requirement_level(analysis, hit) == "required"]  # fmt: skip


def _general_community_work(analysis: Analysis, hit: Hit) -> bool:
    """Does an ``adjacent-experience`` match end in a setting named only as a place in the community
    (after its last "in" or "within", only words of `general-setting-words` and then one of
    `general-setting-nouns`: "in a community setting", "within local community settings"), with no
    helping work named before it (no word of `helping-work-words`, nor one of `helping-work-kinds`
    before "work" or "worker")? "Experience of working or volunteering in a community setting",
    "experience of working with whānau in a community setting": general work with people, not another
    profession's experience; "experience of supporting adults in a community setting", "of recovery
    coaching in a community setting", "of line management in a health or social care setting" stay it."""
    w = words()
    lowers = analysis.lowers(hit.block)[hit.start : hit.end]
    at = max((i for i, t in enumerate(lowers) if t in ("in", "within")), default=None)
    if at is None or lowers[-1] not in w["general-setting-nouns"]:
        return False
    place = lowers[at + 1 : -1]
    if not place or not set(place) <= w["general-setting-words"]:
        return False  # "in a health or social care setting", "in a community mental health setting": a field
    work = lowers[:at]
    kinds = w["helping-work-kinds"]
    return w["helping-work-words"].isdisjoint(work) and not any(
        t in kinds and i + 1 < len(work) and work[i + 1] in ("work", "worker") for i, t in enumerate(work))


def _own_experience_in_setting(analysis: Analysis, hit: Hit) -> bool:
    """Is an ``adjacent-experience`` match's object, between "experience of" and the setting's "in" or
    "within", only words of `own-experience-objects` in rules/data/criteria.toml ("experience of recovery
    in a community setting", "experience of homelessness within the housing sector")? Then it names the
    applicant's own experience and where it happened, not another job's work ("experience of line
    management in a health or social care setting")."""
    words_ = analysis.lowers(hit.block)[hit.start : hit.end]
    if len(words_) < 4 or words_[1] not in ("of", "in"):
        return False
    end = next((i for i in range(3, len(words_)) if words_[i] in ("in", "within")), None)
    return end is not None and set(words_[2:end]) <= words()["own-experience-objects"]


def open_to_beside_peers(analysis: Analysis) -> list[Hit]:
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
        left, right = clause_bounds(analysis, hit)
        if hit.start < left or hit.end > right:
            continue  # "open to peer workers. Registered nurses should ...": across a sentence's end
        if "peer" in lowers[left:right] or "peers" in lowers[left:right]:
            found.append(hit)
    return found


def accepted_if_without(analysis: Analysis) -> list[Hit]:
    """The acceptance (``accepted-without``) in a sentence whose condition sets lived experience
    aside and whose main clause, after a comma, accepts other experience instead: "If you don't
    have personal lived experience, experience in youth work or a related field will also be
    considered." Not when the other route is lived experience too ("..., experience of caring for
    a relative will be considered") or peer work, nor when the acceptance is negated ("..., we
    cannot consider your application") or names no other route ("..., you are welcome to apply
    for our volunteer roles")."""
    out: list[Hit] = []
    for hit in hits(analysis, "lived-experience"):
        accepted = accepted_if_lacking(analysis, hit)
        if accepted is not None and accepted not in out:
            out.append(accepted)
    return out


def replaces_credential_after(analysis: Analysis, hit: Hit) -> bool:
    """Is what a qualification stands in for a credential: a ``replaces-credential`` match
    after it in its clause ("A degree in human services may substitute for the CPRS
    certification"), not another requirement ("... for one year of the experience")?"""
    _, right = clause_bounds(analysis, hit)
    return any(hit.end <= r.start <= hit.end + 10 and r.end <= right and not analysis.negated(r)
               for r in analysis.hits_in_sentence("lex:replaces-credential", hit))  # fmt: skip


def credential_stand_ins(analysis: Analysis) -> list[Hit]:
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
        left, _ = clause_bounds(analysis, hit)
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


def bare_stand_ins(analysis: Analysis) -> list[Hit]:
    """``stands-in-for`` matches that end their sentence, nothing named after them as what they
    stand in for ("Eighteen months of employment in a shelter can substitute."), whose subject before
    them in their clause is time or work in a job (``credential-stand-in-words``,
    ``alternative-time-nouns``, as :func:`credential_stand_ins` reads it), when the nearest
    requirement before them (:func:`_swap_referent`: their own clause, the part just before, or
    the list item or line above) holds the applicant's lived experience: adjacent experience
    offered in its place (CS004). Not peer work or lived experience as the subject, a negated
    one, nor one after another requirement ("A full driving licence." / "A year of paid work may
    substitute.": the licence's route)."""
    out: list[Hit] = []
    mentions = [m.hit for m in applicant_mentions(analysis)]
    for hit in hits(analysis, "stands-in-for"):
        if analysis.negated(hit):
            continue
        lowers = analysis.lowers(hit.block)
        _, s_end = analysis.sentence_bounds(hit)
        if any(t[:1].isalnum() for t in lowers[hit.end : s_end]):
            continue  # "may substitute for one year of the experience": what it stands in for is named
        left, _ = clause_bounds(analysis, hit)
        subject = lowers[left : hit.start]
        if (words()["credential-stand-in-words"] | words()["alternative-time-nouns"]).isdisjoint(subject):
            continue
        if "peer" in subject or any(left <= o.start < hit.start for g in ("lex:lived-experience", "lex:peer-work-experience")
                                    for o in analysis.hits_in_sentence(g, hit)):  # fmt: skip
            continue
        referent = _swap_referent(analysis, hit)
        if referent is None:
            continue
        block, start, end = referent
        if any(m.block == block and start <= m.start and m.end <= end for m in mentions):
            out.append(hit)
    return out


def accepted_too(analysis: Analysis, hit: Hit) -> bool:
    """Is the ``adjacent-alternative`` match inside an ``also-accepted`` match that is not
    negated ("Transferable skills gained in coaching, hospitality or retail may also be
    considered", "transferable skills are also welcome")? Adjacent experience said to be taken
    as well is a route in, the transferable skills fallacy, wherever the lived experience is
    asked for; not after a qualification or licence named first in its sentence ("A degree is
    desirable; transferable skills are also welcome": the degree's route), nor one set aside by
    lived experience after it ("... are welcome, but lived experience is what qualifies you")."""
    return any(a.start <= hit.start and hit.end <= a.end and not analysis.negated(a)
               and not qualification_before_in_sentence(analysis, a) and not lived_experience_kept_after(analysis, a)
               for a in analysis.hits_in_sentence("lex:also-accepted", hit))  # fmt: skip


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


def transferable_for_learned(analysis: Analysis) -> list[Hit]:
    """Skills from other work said to be valued (``transferable-skills-valued``: "We value
    transferable skills from customer service, volunteering or caregiving") where the applicant's
    lived experience is one route among others with learned experience ("Lived, living or learned
    experience of ..."): the other work is how the learned experience may come, adjacent experience
    accepted in place of lived experience. Not where lived experience is required on its own
    ("Transferable skills from retail are welcome, but lived experience is what qualifies you"), nor
    negated."""
    if not any(m.strength == "substitutable" and analysis.hits_in_sentence("lex:learned-experience", m.hit)
               for m in applicant_mentions(analysis)):  # fmt: skip
        return []
    return [h for h in hits(analysis, "transferable-skills-valued") if not analysis.negated(h)]


def learned_through_profession(analysis: Analysis) -> list[Hit]:
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


def _lived_experience_near(analysis: Analysis, hit: Hit) -> bool:
    """Is lived experience named in the match's sentence, earlier in its block or in the block
    just before it: what "equivalent experience" or "professionally" is put level with ("Lived
    experience is preferred; we also welcome applicants with equivalent experience in youth work")?"""
    _, end = analysis.sentence_bounds(hit)
    if any(o.start < end for o in analysis.hits_in_block("lex:lived-experience", hit.block)):
        return True
    return hit.block > 0 and bool(analysis.hits_in_block("lex:lived-experience", hit.block - 1))


def is_peer_credential(analysis: Analysis, hit: Hit, item_only: bool = True) -> bool:
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
    # a peer credential named by its own words after "or" ("a diploma in counselling or a peer support
    # specialist certification") is a second item too
    starts |= {q.start for q in analysis.hits_in_sentence("lex:peer-credential", hit) if q.start >= hit.end}
    openers = words()["qualification-field-openers"]

    def is_break(i: int) -> bool:
        if lowers[i] in words()["qualification-item-commas"]:  # ", a Certificate IV in ... Peer Work"
            return any(i < q <= i + 3 for q in starts)
        return lowers[i] in breaks and (lowers[i] != "or" or any(i < q <= i + 3 for q in starts)
                                        or (i + 1 < s_end and lowers[i + 1] in openers))  # fmt: skip

    left = next((i + 1 for i in range(hit.start - 1, s_start - 1, -1) if is_break(i)), s_start)
    right = next((i for i in range(hit.end, s_end) if is_break(i)), s_end)
    # "peer" just after it, in its own item ("Certificate IV in Mental Health Peer Work"; not
    # "NVQ Level 3 in Health and Social Care; peer support training")
    if "peer" in " ".join(lowers[hit.end : min(right, hit.end + 4)]) and not peers_beside(analysis, hit):
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


def peers_beside(analysis: Analysis, hit: Hit) -> bool:
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

"""Is this advert for a peer role? From all the evidence: the title, wherever it lives, the
sentences that name the role, and what the text says about peer work and lived experience.

The wording is data (``rules/lexicon.toml``): ``peer-role-noun`` (peer role names in UK, US,
Australian/NZ and Canadian usage), ``conditional-role-noun`` (names that are peer roles only
where the text says peer, "Recovery Support Specialist"), ``adjacent-role-noun`` (near
misses: support time and recovery worker, case manager), ``role-intro`` and
``role-subject-verb`` (how a sentence names the advert's own role), ``peer-role-statement``
(the text says the role is peer work), ``senior-title-word`` and ``supervises-peers``.

The decision names its clues and a confidence: ``high`` when the title decides it plainly,
``medium`` when the body had to decide it, ``low`` when the clues disagree or are thin.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from weakref import WeakKeyDictionary

from jdlint.analysis import Analysis, Hit
from jdlint.model import Role, Span
from jdlint.nlp import PatternSet, normalise, pipeline
from jdlint.titles import JOB_NOUN, TitleCandidate, candidates, strong_job_noun

_TITLE_GROUPS = ("lex:peer-role-noun", "lex:peer-title-word", "lex:conditional-role-noun", "lex:adjacent-role-noun",
                 "lex:senior-title-word", "lex:peer-title-not", "lex:research-role",
                 "lex:lived-experience-activity", "lex:senior-title-not")  # fmt: skip


@cache
def _not_a_person() -> frozenset[str]:
    """Heads of peer-role-noun matches that name a team, a service or a kind of work, not a
    person in a role (`title-service-heads` in rules/data/criteria.toml), read once."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    return words()["title-service-heads"]


# Words after peer words in a title that make them an invitation ("Lived Experience Welcome").
_INVITING = frozenset({"welcome", "welcomed", "encouraged", "valued", "preferred", "desirable"})
_NAME_BREAKS = frozenset({"and", "or", "of", "for", "in", "with", "at", "to", "the", "a", "an"})
# Tokens that may sit between an introduction and the role's name ("seeking a committed
# part-time Peer Worker"); anything else ("as a member of our peer team") breaks the link.
_GAP_BREAKS = frozenset({",", ".", ";", ":", "and", "or", "to", "with", "who", "of", "in", "within",
                         "alongside", "our", "the", "a", "an", "for", "from", "by", "on", "at",
                         "member", "members", "team", "as", "your", "their", "other"})  # fmt: skip
_DETERMINERS = frozenset({"the", "our", "this", "each", "your", "a", "an"})
_QUOTES = frozenset({"\"", "'", "“", "”", "‘", "’", "«", "»"})
_STRONG_SOURCES = ("labelled field", "heading", "first lines", "metadata: JSON-LD", "metadata: document title",
                   "metadata: job title field", "metadata: title element")


@dataclass(frozen=True)
class _Named:
    """A role name, its class (peer / conditional / adjacent / job), whether it is senior and, for
    a peer title, whether its peer words only name the programme, team or service the post runs
    or sits in ("Peer Support Programme Coordinator", "Volunteer Coordinator, Peer Mentoring
    Program"; not "Peer Support Coordinator")."""

    text: str
    cls: str
    senior: bool
    programme: bool = False
    # peer words in the title only name the hiring track or pathway into the post ("Behavioral
    # Health Technician (Lived Experience Track)")
    track: bool = False
    # peer words in the title only qualify a registered profession's post with lived experience
    # ("Assistant Psychologist (Lived Experience)", "Mental Health Nurse – Lived Experience")
    qualified: bool = False


def _into_participle(lowers: list[str], at: int, start: int) -> bool:
    """Is the token at ``at`` a hyphen inside a name, joining its first word to a participle
    ("Peer-Integrated", "Peer-Enhanced": ``-ed`` after it)?"""
    nxt = lowers[at + 1] if at + 1 < len(lowers) else ""
    return lowers[at] == "-" and at > start and nxt.isalpha() and len(nxt) > 4 and nxt.endswith("ed")


def _head(lowers: list[str], start: int) -> str:
    """The head of the name that starts at ``start``: its first word that names a person
    ("peer support worker amh inpatient services" → "worker"), else its last word before a
    dash, comma or bracket ("peer integration team" → "team"). A hyphen into a participle joins
    the name ("peer-integrated community team" → "team"; "peer-enhanced care service")."""
    return lowers[_head_at(lowers, start)]


def _head_at(lowers: list[str], start: int) -> int:
    """Where the head of the name that starts at ``start`` is (see `_head`)."""
    end = start
    while end < len(lowers) and (lowers[end].isalpha() or _into_participle(lowers, end, start)) \
            and lowers[end] not in _NAME_BREAKS:
        if end > start and strong_job_noun(lowers[end]):
            return end
        end += 1
    return max(end - 1, start)


def _joined_head(lowers: list[str], start: int) -> str:
    """The head of the name at ``start`` (see `_head`), read on past "and" or "&" where the name's
    first part ends in no person and a second part follows ("lived experience and co-production
    team" → "team"; "lived experience and recovery worker" → "worker"): the parts share the head.
    A hyphen between two words joins them ("co-production")."""
    i = _head_at(lowers, start)
    if strong_job_noun(lowers[i]):
        return lowers[i]
    if i + 2 >= len(lowers) or lowers[i + 1] not in ("and", "&") or not lowers[i + 2].isalpha():
        return lowers[i]
    j, last = i + 2, i + 2
    while j < len(lowers) and lowers[j] not in _NAME_BREAKS and (
            lowers[j].isalpha() or (lowers[j] == "-" and j + 1 < len(lowers) and lowers[j + 1].isalpha())):
        if lowers[j].isalpha():
            if strong_job_noun(lowers[j]):
                return lowers[j]
            last = j
        j += 1
    return lowers[last]


def _mixed_services(lowers: list[str], start: int) -> bool:
    """Do the peer words at ``start`` name one of several services or teams joined by "and" or "&",
    their shared head a word that names no person ("peer and community services", "peer & housing
    teams")? "Peer and Recovery Worker" names a person; "Peer Support Services" is one service."""
    i = _head_at(lowers, start)
    if strong_job_noun(lowers[i]):
        return False
    return i + 1 < len(lowers) and lowers[i + 1] in ("and", "&") and _joined_head(lowers, start) in _not_a_person() \
        and _joined_head(lowers, start) != "support"


def _field_noun(lowers: list[str], start: int, end: int) -> bool:
    """Do the peer words at ``start:end`` qualify a noun after them that names no person ("Lived
    Experience Workforce Evaluation", "Peer Support Outcomes Study")? The name's head lies past
    the match and is not a job noun."""
    head = _head(lowers, start)
    return head not in lowers[start:end] and head in lowers[end:] and not JOB_NOUN.fullmatch(head)


def _studied_after(lowers: list[str], start: int, end: int) -> bool:
    """Do the peer words at ``start:end`` follow another post after a dash, comma or bracket and
    qualify a noun after them that names no person, the study or piece of work the post does
    ("Assistant Psychologist - Peer Support Evaluation", "Data Analyst, Lived Experience Audit")?
    The mark is one of `gloss-marks` or `workstream-marks` (rules/data/criteria.toml), maybe with
    another part of the name joined by "and" between ("Mental Health Clinician - Recovery and Lived
    Experience Integration"), a job noun
    that names a person stands before it, and the name's head (see `_field_noun`) is none, and is
    a study or a piece of work (`studied-work-heads`). "Assistant Psychologist - Peer Support
    Worker", "Nurse - Peer Support Team" and "Recovery Worker, Peer Outreach" (the peer work the
    post does) are not."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    marks = w["gloss-marks"] | w["workstream-marks"]
    # (the name may open with another part joined by "and" before the peer words, "Mental Health
    # Clinician - Recovery and Lived Experience Integration": the parts share the head)
    mark = start - 1
    if mark > 1 and lowers[mark] in ("and", "&"):
        mark -= 1
        while mark > 0 and lowers[mark].isalpha() and lowers[mark] not in _NAME_BREAKS \
                and not JOB_NOUN.fullmatch(lowers[mark]):  # fmt: skip
            mark -= 1
    if mark < 1 or lowers[mark] not in marks:
        return False
    post = any(strong_job_noun(t) for t in lowers[:mark])
    if not (post and _field_noun(lowers, start, end)):
        return False
    head = _head(lowers, start)
    return head not in _not_a_person() and head in w["studied-work-heads"]


def _studied_before(lowers: list[str], start: int, end: int, research: int) -> bool:
    """Do the peer words at ``start:end`` name what the research post at ``research`` studies,
    before it ("Peer Support Program Evaluator", "Peer Workforce Outcomes Research Officer")? They
    end in a word that names no person (or nouns that name none follow them) and run straight
    into the post; "Peer Researcher" and "Peer Worker Evaluator" name a person first. A team or
    programme word between them names no person either ("Peer Services Program Evaluator",
    "Consumer Peer Programs Evaluation Officer": the post studies the programme)."""
    between = lowers[end:research]
    if end > research or any(not w.isalpha() or w in _NAME_BREAKS or (JOB_NOUN.fullmatch(w) and w not in _not_a_person())
                             for w in between):  # fmt: skip
        return False
    return lowers[research - 1] in _not_a_person() or (bool(between) and not JOB_NOUN.fullmatch(lowers[end - 1]))


def _track_only(groups: dict[str, list[tuple[int, int]]], lowers: list[str]) -> bool:
    """Are the title's peer words there only as the name of a hiring track or pathway into
    another post ("Behavioral Health Technician (Lived Experience Track)")?"""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    peer = groups.get("lex:peer-role-noun", []) + groups.get("lex:peer-title-word", [])
    tracks = words()["hiring-track-words"]
    return bool(peer) and _another_post(lowers, peer) and all(_head(lowers, s) in tracks for s, _ in peer)


def _lived_qualifier(lowers: list[str], start: int, end: int) -> bool:
    """Are the peer words at ``start:end`` a lived experience qualifier of a registered profession's
    post named before them (`profession-title-words` outside them, then a bracket, dash, comma or
    colon, as the post's last word: "Assistant Psychologist (Lived Experience)", "Mental Health Nurse –
    Lived Experience", "Social Worker (Lived Experience)")?
    They hold no "peer" and name no person ("Nurse – Peer Support Worker", "Occupational Therapist
    (Lived Experience Practitioner)" name a peer post), and end the title or its bracket. A
    professional with lived experience is still that professional (clear-soil source 003);
    "Support Worker (Lived Experience)" names no profession and stays a peer post."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    if start < 2 or lowers[start - 1] not in w["gloss-marks"] | w["workstream-marks"] or "peer" in lowers[start:end] \
            or "peers" in lowers[start:end] or (end < len(lowers) and lowers[end] not in (")", *w["gloss-marks"])):
        return False  # fmt: skip
    if any(strong_job_noun(t) for t in lowers[start:end]):
        return False
    # the post the qualifier follows is the profession's: its last word is a profession word
    # ("Clinical Psychologist (Lived Experience)"), or a job noun after a word that names a profession
    # only before one ("Social Worker – Lived Experience"); not a post or team whose words only
    # borrow one ("Social Inclusion Worker (Lived Experience)", "Social Work Team (Lived Experience)")
    head, before = lowers[start - 2], lowers[start - 3] if start >= 3 else ""
    modifiers = w["profession-title-modifiers"]
    return (head in w["profession-title-words"] and head not in modifiers) or (before in modifiers and bool(JOB_NOUN.fullmatch(head)))


def _qualifier_only(groups: dict[str, list[tuple[int, int]]], lowers: list[str]) -> bool:
    """Are the title's peer words there only as a lived experience qualifier of a registered
    profession's post (`_lived_qualifier`)?"""
    peer = groups.get("lex:peer-role-noun", []) + groups.get("lex:peer-title-word", [])
    return bool(peer) and all(_lived_qualifier(lowers, s, e) for s, e in peer)


def _another_post(lowers: list[str], peer: list[tuple[int, int]]) -> bool:
    """Does the title name a post outside its peer words ("Behavioral Health Technician (Lived
    Experience Track)": technician)? A job noun that names a person, not in a peer match."""
    return any(strong_job_noun(t) and not any(s <= i < e for s, e in peer)
               for i, t in enumerate(lowers))  # fmt: skip


def _names_programme(lowers: list[str], start: int, end: int | None = None) -> bool:
    """Do the peer words at ``start`` (to ``end``) only name a programme, team or service: their
    name ends in one ("Volunteer Coordinator, Peer Mentoring Program") or runs through one into
    the post's noun ("Peer Support Programme Coordinator", "Peer Mentoring Service Manager"), or
    the match ends in an activity, the programme's work ("Peer Mentoring Coordinator", "Programme
    Coordinator – Peer Mentoring": a peer mentoring programme), or names the scheme's volunteers
    the post coordinates (`volunteer-words` as the head, before another job noun: "Peer
    Support Volunteer Coordinator", "Peer Mentoring Volunteer Manager"; or a peer person named before them: "Peer
    Mentor Volunteer Coordinator"; or the volunteers' programme: "Coordinator, Peer Volunteer
    Programs")? "Peer Support Coordinator" names a peer post."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    head = _head(lowers, start)
    if head in _not_a_person():
        return True
    at = lowers.index(head, start)  # the head is a word of the name, at or after ``start``
    if head in words()["volunteer-words"] and at < len(lowers) - 1 \
            and (JOB_NOUN.fullmatch(lowers[at + 1]) or lowers[at + 1] in _not_a_person()):  # fmt: skip
        # "Peer Support Volunteer Coordinator": the post runs the scheme's volunteers; "Coordinator,
        # Peer Volunteer Programs": the volunteers' programme the post runs
        return True
    if end is not None and end < len(lowers) - 1 and lowers[end] in words()["volunteer-words"] \
            and JOB_NOUN.fullmatch(lowers[end + 1]):  # fmt: skip
        return True  # "Peer Mentor Volunteer Coordinator": the peer mentors are the volunteers the post runs
    if end is not None and end - start > 1 and lowers[end - 1].endswith("ing") and lowers[end - 1] != "support":
        return True
    heads = _not_a_person()
    return any(t in heads and t != "support" for t in lowers[start:at])


def _names_workstream(lowers: list[str], start: int, end: int) -> bool:
    """Is the word "peer" after a dash, comma or bracket the start of the name of a team or stream
    of work, its head no job noun ("Community Health Worker - Peer Engagement", "Care Coordinator
    (Peer Outreach)", "Support Worker, Peer Involvement")? "Support Worker – Peer Mentor" and
    "Mental Health Worker (Peer)" name a person, or nothing but "peer". The word is one of
    `workstream-peer-words`, the mark one of `gloss-marks` or `workstream-marks` (rules/data/criteria.toml)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    if end - start != 1 or start == 0 or lowers[start] not in w["workstream-peer-words"] \
            or lowers[start - 1] not in w["gloss-marks"] | w["workstream-marks"]:
        return False
    at = _head_at(lowers, start)
    return at > start and not JOB_NOUN.fullmatch(lowers[at])


def _office_post(lowers: list[str], peer: list[tuple[int, int]]) -> bool:
    """Does the title name an office post (`office-title-words` in rules/data/criteria.toml:
    assistant, administrator, clerk; or a job noun after a word of `back-office-words`: "Finance
    Officer", "Payroll Coordinator"; or after a word of `post-function-words` with every peer word
    after it: "Recruitment Officer – Lived Experience Workforce") whose peer words only name its team,
    service, programme or groups
    ("Program Assistant, Peer Support Services", "Administrator – Lived Experience Team", "Peer
    Support Team Administrator", "Peer Services Finance Officer")? Every peer match ends in a word
    that names no person, or runs through one (not "support", except into a back-office post:
    "Peer Support Finance Officer") into the office noun; no other job noun names a person ("Team
    Leader, Peer Support Services" leads peers; "Peer Support Assistant" is a peer post)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    office, back = words()["office-title-words"], words()["back-office-words"]
    # ("Learning and Development Coordinator (Peer Programs)", "Recruitment Officer – Lived Experience
    # Workforce": a job noun after a word of `post-function-words`, every peer word after it, is that
    # field's post, as a back-office one is)
    function = words()["post-function-words"]
    # ("Peer Workforce Recruitment Officer": a field before the job noun, with the peer words before it, is that
    # field's post too, unless the field is the peers' own work, `peer-work-functions`: "Peer Support Training
    # Coordinator")
    own_work = words()["peer-work-functions"]
    if office.isdisjoint(lowers) and back.isdisjoint(lowers) and function.isdisjoint(lowers):
        return False
    office_at = {i for i, t in enumerate(lowers) if t in office
                 or (i and strong_job_noun(t)
                     and (lowers[i - 1] in back or (lowers[i - 1] in function and (
                         lowers[i - 1] not in own_work or all(s > i for s, _ in peer)))))}  # fmt: skip
    if not office_at:
        return False
    for start, _ in peer:
        head = _head(lowers, start)
        stop = lowers.index(head, start) if head in lowers[start:] else -1
        if stop in office_at:
            if stop and lowers[stop - 1] in back:
                continue  # "Peer Support Finance Officer": a finance post
            if not any(t in _not_a_person() and t != "support" for t in lowers[start:stop]):
                return False  # "Peer Support Assistant"
        elif head not in _not_a_person() and _joined_head(lowers, start) not in _not_a_person():
            # ("Commissioning Officer – Lived Experience and Peer Workforce": the name joined by "and" ends in
            # the workforce the post works on, its shared head)
            return False
        elif head == "support" and not any(lowers[i] in office or lowers[i - 1] in back for i in office_at):
            # "Community Development Worker (Peer Support)": bare "peer support" after a field's
            # job noun names the worker's kind of work, no programme, team or groups it serves
            return False
    return not any(strong_job_noun(t) and i not in office_at
                   for i, t in enumerate(lowers) if not any(s <= i < e for s, e in peer))  # fmt: skip


def _administrative_post(lowers: list[str], peer: list[tuple[int, int]]) -> bool:
    """Does the title mark the post itself as administrative or clerical (a word of
    `administrative-post-marks` in rules/data/criteria.toml outside the peer words: "Program
    Coordinator, Peer Services (Administrative)", "Administrative Coordinator – Peer Support
    Programs") while every peer match only names the service, programme or team it serves: its head
    names no person (and is not bare "support"), or the name runs through such a word into the post's
    noun, or otherwise names the programme the post runs (`_names_programme`: "Peer Support Program
    Coordinator (Administrative)", "Peer Mentoring Coordinator – Clerical")? Then it is an office post of
    the peer service, not a peer post. "Peer Specialist (Administrative Services)" and "Peer Support
    Coordinator (Administrative)" name peer work; "Peer Services Coordinator" has no mark."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    marks = words()["administrative-post-marks"]
    if not peer or not any(t in marks and not any(s <= i < e for s, e in peer) for i, t in enumerate(lowers)):
        return False
    return all(_head(lowers, s) != "support" and (_head(lowers, s) in _not_a_person() or _names_programme(lowers, s, e))
               for s, e in peer)  # fmt: skip


def _study_mentoring(lowers: list[str], peer: list[tuple[int, int]]) -> bool:
    """Does the title name a scheme of study or student transition (a word or hyphened pair of
    `academic-scheme-words` in rules/data/criteria.toml outside the peer words: "Peer Mentoring Program
    Coordinator - First-Year Success", "First-Generation Peer Mentor", "Orientation Peer Leader") while
    every peer match is mentoring, buddying or leading (`study-mentoring-words`)? Then "peer" is a fellow
    student, not peer support: peer only where the text says peer work or requires lived experience.
    "Collegiate Recovery Peer Coach" and "Peer Support Worker – Student Wellbeing" keep their peer titles."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    schemes, mentoring = w["academic-scheme-words"], w["study-mentoring-words"]
    if not peer or not all(mentoring.intersection(lowers[s:e]) for s, e in peer):
        return False
    outside = [t if not any(s <= i < e for s, e in peer) else "" for i, t in enumerate(lowers)]
    pairs = {f"{a}-{b}" for a, b in pairwise(outside) if a and b}
    pairs |= {f"{a}-{c}" for a, b, c in zip(outside, outside[1:], outside[2:], strict=False) if a and b == "-" and c}
    return not schemes.isdisjoint(pairs | set(outside))


def _governance_seat(lowers: list[str], peer: list[tuple[int, int]]) -> bool:
    """Does the title name a seat on a board (`governance-title-words` in rules/data/criteria.toml,
    outside the peer words: "Board Director (Lived Experience)", "Trustee – Lived Experience",
    "Non-Executive Director (Lived Experience)") whose peer words name no worker (their name's
    head is no job noun, or one of `seat-nouns`: "Lived Experience Board Member")? "Peer Worker – Board and
    Lodging Service" names a peer worker."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    seats, seat_nouns = words()["governance-title-words"], words()["seat-nouns"]
    joined = {f"{a}-{c}" for a, b, c in zip(lowers, lowers[1:], lowers[2:], strict=False) if b == "-"}
    at = [i for i, t in enumerate(lowers) if t in seats and not any(s <= i < e for s, e in peer)]
    if not peer or (not at and seats.isdisjoint(joined)):
        return False
    return all(not JOB_NOUN.fullmatch(_head(lowers, s)) or _head(lowers, s) in seat_nouns for s, _ in peer)


def _classify(groups: dict[str, list[tuple[int, int]]], text: str, lowers: list[str]) -> _Named:
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    not_peer = groups.get("lex:peer-title-not", [])  # "Peer Review", "Peer Group", "Academic Peer"
    # ("Academic Peer Mentor": a peer role name inside one names no peer post either; "Staff Peer
    # Support Network Coordinator": peer words after a word of `staff-peer-words` name peer support
    # among the organisation's own staff, a staff wellbeing post)
    # ("Critical Incident Peer Supporter": a workplace scheme named by its incidents, `staff-scheme-words`)
    staff = words()["staff-peer-words"] | words()["staff-scheme-words"]
    peer = [(s, e) for s, e in groups.get("lex:peer-role-noun", []) if not any(n[0] < e and s < n[1] for n in not_peer)
            and not (s and lowers[s - 1] in staff)]  # fmt: skip
    staff_only = not peer and any(s and lowers[s - 1] in staff for s, _ in groups.get("lex:peer-role-noun", []))
    peer = peer or [
        (s, e) for s, e in groups.get("lex:peer-title-word", []) if not any(n[0] <= s < n[1] for n in not_peer)
        and not (s and lowers[s - 1] in staff)
    ]
    if staff_only and not peer:
        return _Named(text, "job", False)
    if _governance_seat(lowers, peer):
        return _Named(text, "job", False)
    conditional = groups.get("lex:conditional-role-noun", [])
    adjacent = groups.get("lex:adjacent-role-noun", [])
    # "Peer Support Specialist – Senior Shelter": "senior" names the older people served
    senior = any(not any(a <= s < b for a, b in groups.get("lex:senior-title-not", ()))
                 for s, _ in groups.get("lex:senior-title-word", ()))  # fmt: skip
    if _study_mentoring(lowers, peer):
        return _Named(text, "conditional", senior)  # "Peer Mentor – First-Year Success": study mentoring
    research = groups.get("lex:research-role", [])
    if research:
        # "Research Associate in Lived Experience Research": the peer words are the field;
        # "Research Officer - Lived Experience Program": after the research post they name the
        # programme or team it sits in, not a peer post; "Research Officer – Lived Experience
        # Workforce Evaluation": the peer words qualify a later noun that is not a person (the
        # study, evaluation or survey the post works on), its field too
        peer = [(s, e) for s, e in peer if not any(r_end <= s - 1 and (lowers[s - 1] in ("in", "of", "on")
                                                                      or _head(lowers, s) in _not_a_person()
                                                                      or _field_noun(lowers, s, e))
                                                   for _, r_end in research)
                and not any(_studied_before(lowers, s, e, r_start) for r_start, _ in research)]  # fmt: skip
        if not peer:
            return _Named(text, "job", senior)
        # "Lived Experience Researcher", "Consumer Academic": lived experience names the research
        # post; peer only where the text requires it or says peer ("Peer Researcher" is peer)
        if all(any(s <= r_start and r_end <= e for r_start, r_end in research)
               and not {"peer", "peers"}.intersection(lowers[s:e]) for s, e in peer):  # fmt: skip
            return _Named(text, "conditional", senior)
        # "Researcher – Lived Experience Outcomes", "Research Fellow, Peer Support Evaluation":
        # after the research post, peer words whose name ends in no person are what it studies;
        # peer only where the text requires lived experience ("Researcher – Peer Worker" is peer)
        if all(any(r_end <= s for _, r_end in research) and not JOB_NOUN.fullmatch(_head(lowers, s))
               for s, _ in peer):  # fmt: skip
            return _Named(text, "conditional", senior)
    # "Youth Mentor (Lived Experience Welcome)": peer words that invite applicants, not the role;
    # "Behavioral Health Technician (Lived Experience Track)": peer words that name the hiring track
    # or pathway into another post (`hiring-track-words`), not the post
    tracks = words()["hiring-track-words"]
    # ("Assistant Psychologist (Lived Experience)": lived experience qualifying a profession's post,
    # `_lived_qualifier`, names the professional's own experience, not a peer post)
    peer = [(s, e) for s, e in peer if not (e < len(lowers) and lowers[e] in _INVITING)
            and not (_head(lowers, s) in tracks and _another_post(lowers, peer))
            and not _lived_qualifier(lowers, s, e)]  # fmt: skip
    # "Assistant Psychologist - Peer Support Evaluation": after any other post, peer words (not its
    # hiring track) that qualify the study or piece of work it does name what it works on, as after
    # a research post: peer only where the text requires lived experience ("Nurse - Peer Support
    # Worker" is peer)
    if peer and all(_studied_after(lowers, s, e) for s, e in peer):
        return _Named(text, "conditional", senior)
    activity = groups.get("lex:lived-experience-activity", [])
    # ("Senior Clinician – Peer and Lived Experience Partnerships": peer words that name no person, joined by
    # "and" or "&" to such an activity's name, share its head, the partnerships the post works on)
    if activity and all(any(a <= s < b or (a == e + 1 and lowers[e] in ("and", "&") and not strong_job_noun(lowers[e - 1])) for a, b in activity)
                        for s, e in peer + groups.get("lex:peer-role-noun", [])):  # fmt: skip
        # "Lived Experience Engagement Officer", "Involvement Coordinator – Experts by Experience":
        # the lived experience (the people who have it) is what the post engages or involves
        return _Named(text, "conditional", senior)
    if peer:
        # "Clinical Nurse, Peer Support Service" names a nurse in a peer service, and "Clinical
        # Therapist - Peer Integration Team" a therapist in a peer team: the peer words end in
        # a team or a service, and another role is named.
        # "Program Assistant, Peer Support Services", "Peer Support Team Administrator": an office
        # post in a peer team or service (the post noun decides, not the team's name)
        office = _office_post(lowers, peer) or _administrative_post(lowers, peer)
        # "Outreach Worker – Peer-Led Drop-In": peer words that end in a participle of how a service
        # is run (`service-participles`) name the service, never a person
        run = words()["service-participles"]
        # ("Clinical Psychologist - Lived Experience and Co-production Team": the team's name joins
        # the peer words to another part by "and", and its head is the team: `_joined_head`)
        context_only = office or all(_joined_head(lowers, start) in _not_a_person() or lowers[end - 1] in run
                                     or _names_workstream(lowers, start, end) for start, end in peer)  # fmt: skip
        # "Clinical Coordinator, Peer Support Program": a clinical post (`clinical-title-words` before
        # a job noun outside the peer words) in the programme the peer words name
        clinical = any(t in words()["clinical-title-words"] and i + 1 < len(lowers) and JOB_NOUN.fullmatch(lowers[i + 1])
                       and not any(s <= i + 1 < e for s, e in peer) for i, t in enumerate(lowers))  # fmt: skip
        if not (context_only and (adjacent or office or clinical)):
            # "Service Manager - Peer and Community Services", "Operations Lead, Peer & Housing Teams": peer
            # words joined by "and" to another service, their shared head a service or team, name the mixed
            # services the post manages: a peer post only where the text says peer work or wants lived
            # experience
            if all(_mixed_services(lowers, start) for start, _ in peer):
                return _Named(text, "conditional", senior)
            # ("Volunteer Support Officer (Peer Befriending)": the stream of work after a bracket names
            # the programme too)
            return _Named(text, "peer", senior, all(_names_programme(lowers, start, end) or _names_workstream(lowers, start, end)
                                                    for start, end in peer))  # fmt: skip

    # "Peer Group Facilitator", "Peer Review Lead": a peer word the title uses otherwise; peer
    # only when the text says the work is peer work or wants lived experience (as conditional).
    if not_peer and groups.get("lex:peer-title-word") and not adjacent:
        return _Named(text, "conditional", senior)

    # "Support Time and Recovery Worker" holds "Recovery Worker": the longer, adjacent name wins.
    conditional = [c for c in conditional
                   if not any(a[0] < c[1] and c[0] < a[1] and a[1] - a[0] >= c[1] - c[0] for a in adjacent)]  # fmt: skip
    if conditional:
        return _Named(text, "conditional", senior)
    if adjacent:
        return _Named(text, "adjacent", senior)
    return _Named(text, "job", senior)


def classify_title(analysis: Analysis, title: str, acronyms: bool = True) -> _Named:
    """Match the role groups over one title string. With ``acronyms``, an abbreviation the
    advert spells out as another job ("Personal Support Worker (PSW)") names no peer role."""
    texts, lowers, matched = _title_matches(analysis.patterns, title)
    groups = dict(matched)
    senses = _acronym_senses(analysis) if acronyms else {}
    peer = groups.get("lex:peer-role-noun", [])
    if senses and peer:
        groups["lex:peer-role-noun"] = peer = [(s, e) for s, e in peer
                                               if senses.get(_acronym_key(" ".join(lowers[s:e]))) is not False]  # fmt: skip
    named = _classify(groups, title, lowers)
    if named.cls != "peer" and _track_only(groups, lowers):
        named = replace(named, track=True)
    elif named.cls != "peer" and _qualifier_only(groups, lowers):
        named = replace(named, qualified=True)
    if acronyms and named.cls == "peer" and peer and not groups.get("lex:peer-title-word") and all(
            e - s == 1 and _is_acronym(texts[s]) and _acronym_key(lowers[s]) not in senses for s, e in peer):
        # "PSW – Long-Term Care": an abbreviation the advert never spells out may name another job
        # (a Personal Support Worker in Canada): peer only where the text says peer or requires
        # lived experience
        return _Named(named.text, "conditional", named.senior)
    return named


# A title's tokens and role group matches, per pattern set and title: titles recur across
# adverts, and tokenizing and matching one on its own cost about as much as the rest of classify_title.
_TITLES: WeakKeyDictionary[PatternSet, dict[str, tuple[list[str], list[str], dict[str, list[tuple[int, int]]]]]] = (
    WeakKeyDictionary())


def _title_matches(patterns: PatternSet, title: str) -> tuple[list[str], list[str], dict[str, list[tuple[int, int]]]]:
    """The title's token texts, lower-cased tokens and :data:`_TITLE_GROUPS` matches (not to be changed)."""
    kept = _TITLES.setdefault(patterns, {})
    found = kept.get(title)
    if found is None:
        doc = pipeline().make_doc(normalise(title)[0])
        lowers = [t.lower_ for t in doc]
        matched = patterns.match_all([doc], [lowers], only=_TITLE_GROUPS)
        found = ([t.text for t in doc], lowers, {g: [(s, e) for _, s, e in spans] for g, spans in matched.items()})
        if len(kept) >= 2048:  # a bound: new titles keep coming
            kept.clear()
        kept[title] = found
    return found


def _is_acronym(text: str) -> bool:
    """"PSW", "PSWs": an abbreviation in capitals."""
    text = text[:-1] if len(text) > 2 and text.endswith("s") else text
    return len(text) >= 2 and text.isupper() and text.isalpha()


# An abbreviation spelt out in the advert: "Personal Support Worker (PSW)" or "PSW (Personal
# Support Worker)": the words whose initials make it, before or inside the brackets.
_ACRONYM_AFTER = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,8})\(\s*([A-Z]{2,8})s?\s*\)")
# (``\b[A-Z]{2,8}`` written capital first, with no word character before it, so the regex
# engine skips to capitals instead of trying ``\b`` at every character)
_ACRONYM_BEFORE = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{1,7})s?\s*\(\s*([A-Za-z][^()]{2,80})\)")
_ACRONYM_BRACKETS = re.compile(r"\(\s*[A-Z]{2,8}s?\s*\)")  # the brackets _ACRONYM_AFTER ends with


def _acronyms_after(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ACRONYM_AFTER`` in ``text``, found from the brackets back: the words
    before each "(PSW)" are read in a window of text ending at it (starting at a space), so
    a long paragraph with no abbreviation in brackets costs one scan, not a try of up to
    eight words at every character."""
    for brackets in _ACRONYM_BRACKETS.finditer(text):
        start = max(0, brackets.start() - 400)
        if start:
            start = next((i + 1 for i in range(start, brackets.start()) if text[i].isspace()), brackets.start())
        for m in _ACRONYM_AFTER.finditer(text, start, brackets.end()):
            if m.end() == brackets.end():
                yield m


def _acronym_key(text: str) -> str:
    """"PSWs" and "psw" → "psw": how an abbreviation is compared."""
    text = text.strip().lower()
    return text[:-1] if len(text) > 2 and text.endswith("s") else text


def _spelt_out(acronym: str, words: list[str]) -> str | None:
    """The words whose initials make ``acronym`` (the last ones before the brackets, or the
    first ones inside them), "and"/"of" allowed between; ``None`` when they do not."""
    letters = acronym.lower()
    for start in range(len(words)):
        picked = [w for w in words[start:] if w.lower() not in ("and", "of", "&")]
        if "".join(w[0].lower() for w in picked) == letters:
            return " ".join(words[start:])
    return None


def _other_acronyms(analysis: Analysis) -> frozenset[str]:
    """Abbreviations of peer role names ("PSW", Peer Support Worker) that this advert spells
    out as another job ("Personal Support Worker (PSW)", a care aide in Canada): there they
    name that job, not a peer role. An abbreviation spelt out as a peer role keeps its sense."""
    return frozenset(key for key, peer in _acronym_senses(analysis).items() if not peer)


def _acronym_senses(analysis: Analysis) -> dict[str, bool]:
    """The abbreviations the advert spells out, each with whether it is spelt out as a peer
    role ("Peer Support Worker (PSW)": True; "Personal Support Worker (PSW)": False)."""
    memo = analysis.memo.get("role:acronym-senses")
    if isinstance(memo, dict):
        return memo
    spelt: dict[str, list[str]] = {}
    for block in analysis.document.blocks:
        if "(" not in block.text:
            continue  # both forms hold brackets
        for m in _acronyms_after(block.text):
            full = _spelt_out(m.group(2), m.group(1).split())
            if full:
                spelt.setdefault(_acronym_key(m.group(2)), []).append(full)
        for m in _ACRONYM_BEFORE.finditer(block.text):
            words = m.group(2).split()
            full = next((f for n in range(len(words), 0, -1) if (f := _spelt_out(m.group(1), words[:n]))
                         and f == " ".join(words[: len(f.split())])), None)  # fmt: skip
            if full:
                spelt.setdefault(_acronym_key(m.group(1)), []).append(full)
    senses = {key: any(classify_title(analysis, name, acronyms=False).cls == "peer" for name in names)
              for key, names in spelt.items()}  # fmt: skip
    analysis.memo["role:acronym-senses"] = senses
    return senses


def _live(analysis: Analysis, group: str) -> list[Hit]:
    return [h for h in analysis.hits(group) if not analysis.negated(h)]


def _passive_agent(analysis: Analysis, hit: Hit) -> bool:
    """Is the supervising word passive, its agent after "by" ("a team of four peers supervised
    by the Peer Services Manager", "line managed by the Peer Lead")? Then the peer named is the
    one who supervises, and the role is supervised, not a supervisor."""
    return "by" in analysis.lowers(hit.block)[hit.start : hit.end]


def _in_clause_after(analysis: Analysis, group: str, hit: Hit) -> bool:
    """Is ``hit`` in the clause a ``group`` match opens, earlier in its sentence: nothing
    between them starts a new clause (a clause break such as ";" or "but", or a new subject
    such as "you" or "we", listed as ``clause-breaks`` and ``new-subjects`` in
    ``rules/data/criteria.toml``)?"""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    lowers = analysis.lowers(hit.block)
    stops = words()["clause-breaks"] | words()["new-subjects"]
    return any(o.end <= hit.start and not any(t in stops for t in lowers[o.end : hit.start])
               for o in analysis.hits_in_sentence(group, hit))  # fmt: skip


def _other_post_supervises(analysis: Analysis, hit: Hit, title_words: set[str]) -> bool:
    """Is the subject of a supervising match another post, named at the start of its clause ("Our
    Lived Experience Workforce Coordinator supervises every peer worker monthly", "The Senior Peer
    Mentor will also provide supervision to peer mentors")? An optional determiner
    (`supervisor-subject-determiners` in rules/data/criteria.toml), then a name of at most six
    words whose last is a job noun, with a word the advert's title does not hold, then only
    `subject-links` ("also", "will") and `supervision-giving-verbs` ("provides"): the role's own
    supervisor, not the role. The post itself
    ("The Peer Support Lead supervises ..." under that title, "The post holder ..."), "you" or a
    phrase before the name ("Reporting to the Service Manager, supervise ...") are not."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    before = _clause_before(analysis, hit, w["clause-breaks"])
    links = (w["subject-links"] - {"who", "that", "which", ","}) | w["supervision-giving-verbs"]
    while before and before[-1] in links:
        before = before[:-1]
    if before and before[0] in w["supervisor-subject-determiners"]:
        before = before[1:]
    if not before or len(before) > 6 or not all(t.isalpha() for t in before):
        return False
    if not JOB_NOUN.fullmatch(before[-1]) or before[-1] in w["supervisor-subject-not"]:
        return False
    if set(before) & (w["post-subjects"] | w["new-subjects"] | _NAME_BREAKS):
        return False
    return not set(before) <= title_words


def _about_others(analysis: Analysis, hit: Hit) -> bool:
    """Is the statement about other staff the role works beside, not the role's own work? In a
    relative clause about them ("alongside our volunteers and partners, who offer mutual aid and
    peer support"; "with our Peer Mentors, who are employed by a partner charity and provide
    peer support"), in a list of the team's other members ("a team that also includes a nurse
    and two certified peer specialists"), or in their name with a participle that puts them
    with another employer ("certified peer mentors employed by our partner agency")."""
    if _in_clause_after(analysis, "lex:others-who", hit) or _in_clause_after(analysis, "lex:team-includes", hit):
        return True
    lowers = analysis.lowers(hit.block)
    for cue in analysis.hits_in_sentence("lex:employed-elsewhere", hit):
        between = lowers[hit.end : cue.start]
        name = lowers[hit.start : cue.start]
        if cue.start >= hit.end and len(between) <= 4 and all(t.isalpha() for t in between) \
                and (JOB_NOUN.fullmatch(name[-1]) or name[-1] in ("peer", "peers")):  # fmt: skip
            return True
    return False


def _named_staff(analysis: Analysis, hit: Hit, own: list[Hit]) -> bool:
    """Is the statement about staff a peer role noun names, not the advert's own role? Part of
    their name ("two certified peer specialists", unless the post is said to be one or must be
    one); or said of them as the subject ("Our peer mentors provide peer support") or in a
    relative clause after them ("Peer Recovery Specialists from Lantern House, who deliver peer
    recovery support services"). A peer role noun introduced as the advert's role (``own``), one
    after "is"/"are" that names what the subject is ("Recovery coaches are peer workers
    who ..."), or one the post joins ("Join our team of peer recovery coaches, who ...", the
    ``one-of-them`` group) is the post's own."""
    from jdlint.checks.criteria import requirement_level, words

    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)

    def predicate(n: Hit) -> bool:  # "is a certified peer specialist", "are peer workers"
        before = [t for t in lowers[s_start : n.start] if t not in ("a", "an")][-1:]
        return bool(before) and before[0] in w["identity-verbs"]

    joined = analysis.hits_in_sentence("lex:one-of-them", hit)
    nouns = [n for n in analysis.hits_in_sentence("lex:peer-role-noun", hit)
             if _is_person(n) and not any(o.block == n.block and o.start == n.start for o in own)
             and not any(n.start - 1 <= j.end <= n.start for j in joined)]  # fmt: skip
    for n in nouns:
        if n.start < hit.end and hit.start < n.end:  # the statement is part of the name
            if hit.end > n.end and any(c in t for t in lowers[n.end : hit.end] for c in w["credential-words"]) \
                    and not _offered(analysis, hit):  # fmt: skip
                # "Peer Recovery Supporter certification": a credential named by its holder, asked
                # of the applicant ("tuition assistance toward ... certification" under "Benefits" is
                # training the employer offers, no peer work of the post)
                return False
            return not predicate(n) and requirement_level(analysis, hit) != "required"
    prior = [n for n in nouns if n.end <= hit.start and not predicate(n)]
    if not prior:
        return False
    n = max(prior, key=lambda n: n.end)
    between = lowers[n.end : hit.start]
    if any(t in w["clause-breaks"] or t in w["new-subjects"] for t in between):
        return False  # "..., and you will provide peer support"
    if all(t in w["subject-links"] for t in between):
        return True  # "Our peer mentors (also) provide peer support"
    # a relative clause after them, perhaps after where they come from ("Peer Recovery
    # Specialists from Lantern House, who deliver ..."), with no other person named first
    rel = next((i for i, t in enumerate(between) if t in w["relative-pronouns"]), None)
    if rel is None:
        return False
    lead = [t for t in between[:rel] if t != ","]
    return not lead or (lead[0] in w["origin-words"] and len(lead) <= 5 and not any(JOB_NOUN.fullmatch(t) for t in lead))


def _offered(analysis: Analysis, hit: Hit) -> bool:
    """Is ``hit`` among what the employer offers: in a block under an ``offer-heading`` ("What we
    offer", "Benefits")? (Not ``offer-frame``: "or willingness to complete it" is no offer.)"""
    blocks = analysis.document.blocks
    above = set(blocks[hit.block].section)
    for index in range(hit.block - 1, -1, -1):
        if not above:
            break
        if blocks[index].kind == "heading" and blocks[index].text in above:
            if analysis.hits_in_block("lex:offer-heading", index):
                return True
            above.discard(blocks[index].text)
    return False


def _credential_among_alternatives(analysis: Analysis, hit: Hit) -> bool:
    """Is a peer credential offered as one of several qualifications, joined to another by
    "or" ("a Certificate IV in Mental Health Peer Work or a higher qualification in a related
    field"), or in a list of them that ends in "or", before or after the other? It names one route into the job, not that the job is peer work."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    if not any(w in hit.text.lower() for w in words()["credential-words"]):
        return False
    lowers = analysis.lowers(hit.block)
    for q in analysis.hits_in_sentence("lex:professional-qualification", hit):
        if (q.start < hit.end and hit.start < q.end) or "peer" in analysis.tokens_after(q, 3):
            continue  # the credential itself, or another peer credential
        between = lowers[hit.end : q.start] if q.start >= hit.end else lowers[q.end : hit.start]
        if "or" in between:
            return True
        # "Certificate IV in Mental Health, Certificate IV in ... Peer Work, or a degree": a list
        # joined by "or" after the credential
        if q.end <= hit.start and between == [","] and "or" in lowers[hit.end : analysis.sentence_bounds(hit)[1]]:
            return True
        # "Certificate IV in Mental Health Peer Work, Certificate IV in Mental Health, or a related
        # qualification": the credential first in such a list, "or" after the other
        if q.start >= hit.end and [t for t in between if t not in ("a", "an")] == [","] \
                and "or" in lowers[q.end : analysis.sentence_bounds(hit)[1]]:  # fmt: skip
            return True
    return False


def _words_before(analysis: Analysis, hit: Hit) -> list[str]:
    """The words (not punctuation) before ``hit`` in its sentence, lower-cased."""
    s_start, _ = analysis.sentence_bounds(hit)
    return [t for t in analysis.lowers(hit.block)[s_start : hit.start] if t[:1].isalnum()]


def _clause_before(analysis: Analysis, hit: Hit, breaks: frozenset[str] | set[str]) -> list[str]:
    """The words before ``hit`` in its clause: after the last clause break (``clause-breaks`` in
    ``rules/data/criteria.toml``: "but", ";") or ", and" before it in its sentence ("Some of our
    staff are in recovery, but the role does not provide peer support": "the role does")."""
    s_start, _ = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    start = s_start
    for i in range(hit.start - 1, s_start - 1, -1):
        if lowers[i] in breaks or (lowers[i] == "and" and i > s_start and lowers[i - 1] == ","):
            start = i + 1
            break
    return [t for t in lowers[start : hit.start] if t[:1].isalnum()]


def _organisation_programme(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer work one of the organisation's other programmes, not the post's: after an
    ``organisation-offers`` match in its sentence ("The clinic also runs a peer recovery
    service"), or offered by a subject that is neither the post holder nor a job ("Desert Springs
    also offers peer support", "We also provide peer mentoring"), with "also" just before the
    verb? "You will also offer peer support" and "The Navigator also provides peer support" stay
    the post's."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    lowers = analysis.lowers(hit.block)
    holder = w["post-holder"] | {"you", "you'll", "you’ll"}
    for o in analysis.hits_in_sentence("lex:organisation-offers", hit):
        if o.start < hit.start and holder.isdisjoint(lowers[o.start : hit.start]):
            return True
    before = _words_before(analysis, hit)
    return bool(before) and before[-1] == "also" and len(before) <= 6 and holder.isdisjoint(before) \
        and not any(JOB_NOUN.fullmatch(t) for t in before)  # fmt: skip


def _training_organised(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer model or credential named as the training the post organises for others
    ("organising Intentional Peer Support core training", "book Certificate IV in Mental Health Peer
    Work placements")? A word of `organised-training-nouns` (rules/data/criteria.toml) at most two words after
    it, and a word of `training-admin-verbs` before it in its sentence with no word for the applicant
    between ("You will organise your Intentional Peer Support training", "You will complete
    Intentional Peer Support training" stay the post's own)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    if w["organised-training-nouns"].isdisjoint(lowers[hit.end : min(s_end, hit.end + 3)]):
        return False
    verbs = [i for i in range(s_start, hit.start) if lowers[i] in w["training-admin-verbs"]]
    if verbs and w["applicant-words"].isdisjoint(lowers[verbs[-1] + 1 : hit.start]):
        return True
    # "The Peer Workforce Training Institute delivers the Certified Peer Specialist training": the training a
    # programme or the organisation delivers (`training-delivery-verbs`), its subject neither the post holder
    # nor a job ("You will deliver ...", "The Peer Trainer delivers ..." stay the post's)
    return any(lowers[i] in w["training-delivery-verbs"] and i > s_start and w["applicant-words"].isdisjoint(lowers[s_start:i])
               and not any(strong_job_noun(t) for t in lowers[s_start:i])
               for i in range(s_start, hit.start))  # fmt: skip


def _other_opening(analysis: Analysis, hit: Hit) -> bool:
    """Is the role named as another opening the reader may prefer ("if you are interested in
    volunteering as a peer mentor, please see ...")?"""
    return any(k.end <= hit.start for k in analysis.hits_in_sentence("lex:other-opening", hit))


def _on_the_panel(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer job noun, as the subject of its sentence, a member of this selection's panel
    ("A Peer Educator will sit on the panel", "One of our Peer Mentors will join the interview
    panel": a seat on it, `panel-duty` or "on the panel" of `panel-membership`, and a `panel` in
    the singular, after it)? It names someone who selects, not the advert's own post; the
    post's duty on other hires' panels, in the plural ("The Peer Mentor will sit on recruitment
    panels"), is the post's."""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    before = lowers[s_start : hit.start]
    if len(before) > 3 or "as" in before:
        return False
    seated = any(m.start >= hit.end for m in analysis.hits_in_sentence("lex:panel-duty", hit)) or any(
        m.start >= hit.end and lowers[m.start] == "on" for m in analysis.hits_in_sentence("lex:panel-membership", hit))
    return seated and any(p.start >= hit.end for p in analysis.hits_in_sentence("lex:panel", hit)) \
        and not {"panel", "committee"}.isdisjoint(lowers[hit.end : s_end])  # fmt: skip


def _someone_else(analysis: Analysis, hit: Hit) -> bool:
    """Is the role named as someone the post reports to or works beside ("Reports to: Carer
    Peer Lead", "alongside our Peer Support Workers")?"""
    return any(k.end <= hit.start and hit.start - k.end <= 3 for k in analysis.hits_in_sentence("lex:someone-else", hit))


def _others_peers(analysis: Analysis, hit: Hit) -> bool:
    """Does a word right beside the peer role noun make it the organisation's other scheme, its
    volunteers or another post ("a volunteer peer mentor scheme", "our volunteer peer mentors",
    "a separate Peer Mentor Coordinator"), not a description of the advert's own role?"""
    return any(k.end == hit.start or k.start == hit.end for k in analysis.hits_in_sentence("lex:others-peer-words", hit))


def _desirable_credential(analysis: Analysis, hit: Hit) -> bool:
    """Is the statement a peer credential asked for only as desirable ("Desirable: Certified
    Peer Specialist (CPS) credential")? It names a nice-to-have, not that the job is peer work.
    So is a peer model named as training the applicant may have had, a word of `training-nouns`
    (rules/data/criteria.toml) at most two words before it ("Training in Intentional Peer Support"
    in the Desirable column)."""
    from jdlint.checks.criteria import requirement_level, words

    w = words()
    lowers = analysis.lowers(hit.block)
    start = analysis.sentence_bounds(hit)[0]
    trained = not w["training-nouns"].isdisjoint(lowers[max(start, hit.start - 2) : hit.start])
    return (trained or any(c in hit.text.lower() for c in w["credential-words"])) and \
        requirement_level(analysis, hit) == "desirable"  # fmt: skip


def _desirable_experience(analysis: Analysis, hit: Hit) -> bool:
    """Is the statement the kind of the applicant's past work, asked for only as desirable, a word of
    `prior-experience-nouns` (rules/data/criteria.toml) at most three words after it ("Peer-to-peer
    outreach experience is helpful", "Peer support experience is a plus")? It names a nice-to-have
    background, not that the job is peer work ("Peer-to-peer support is at the heart of this role"
    says it)."""
    from jdlint.checks.criteria import requirement_level, words

    lowers = analysis.lowers(hit.block)
    end = analysis.sentence_bounds(hit)[1]
    after = lowers[hit.end : min(end, hit.end + 3)]
    return not words()["prior-experience-nouns"].isdisjoint(after) and requirement_level(analysis, hit) == "desirable"


def _desirable_standing(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer role named as a standing the applicant may have, only as desirable
    ("Preferred: Registered as a Peer Support Specialist", "certified as a Recovery Coach is
    a plus")? "as a" there names a credential or past work, not the advert's own post."""
    from jdlint.checks.criteria import requirement_level

    return requirement_level(analysis, hit) == "desirable"


def _some_of_the_staff(analysis: Analysis, hit: Hit) -> bool:
    """Is the statement said of only some of the staff, named as the subject before it in its
    clause ("Some of our coaches hold the Certificate IV in Mental Health Peer Work; others are
    social workers", "Several of the team provide peer support")? A word of `partitive-words`
    then "of", as for their own lived experience (CS001): colleagues, not the post. Not with the
    applicant named before it in the clause ("Like some of our coaches, you will ..."), nor when
    the post is made one of them (`one-of-them`: "Become one of our peer workers, who ...")."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    before = lowers[s_start : hit.start]
    cut = max((i for i, t in enumerate(before) if t in w["clause-breaks"]), default=-1) + 1
    before = before[cut:]
    if not w["applicant-words"].isdisjoint(before):
        return False
    joined = analysis.hits_in_sentence("lex:one-of-them", hit)  # "Become one of our peer workers, who ..."
    return any(before[i] in w["partitive-words"] and before[i + 1] == "of"
               and not any(j.start <= s_start + cut + i < j.end for j in joined)
               for i in range(len(before) - 1))  # fmt: skip


def _to_know(analysis: Analysis, hit: Hit) -> bool:
    """Is the statement something a candidate must know about ("Knowledge of peer support
    values"), not the role's own work?"""
    return any(k.end <= hit.start and hit.start - k.end <= 2 for k in analysis.hits_in_sentence("lex:knowledge-of", hit))


def _one_of_a_list(analysis: Analysis, hit: Hit) -> bool:
    """Is the statement one item of a list of alternatives ("you will hold at least one of the
    following:" and then "Certificate IV in Mental Health Peer Work", "Certificate IV in Mental
    Health", "or two years' experience")? Like :func:`_credential_among_alternatives`, but
    over lines or list items."""
    return _alternatives_lead(analysis, hit.block) is not None


def _alternatives_lead(analysis: Analysis, block: int) -> int | None:
    """The block of the lead-in ("Essential, one of the following:", "You will need either:") of the
    list of alternatives whose item ``block`` is, else ``None``: up to seven short lines or list
    items back, none of them closing a sentence (the list has not ended)."""
    blocks = analysis.document.blocks
    for back in range(1, 8):
        index = block - back
        if index < 0:
            return None
        text = blocks[index].text.strip().lower()
        if _ALTERNATIVES_INTRO.search(text):
            return index
        if blocks[index].kind not in ("list-item", "paragraph") or len(text) > 160 or text.endswith("."):
            return None  # the list has ended
    return None


def _alternative_items(analysis: Analysis, lead: int) -> Iterator[int]:
    """The blocks of the items of the list of alternatives after the lead-in at ``lead``: short lines or
    list items, up to the first that closes a sentence (the last item) or the first that is no item."""
    blocks = analysis.document.blocks
    for index in range(lead + 1, min(lead + 9, len(blocks))):
        text = blocks[index].text.strip()
        if blocks[index].kind not in ("list-item", "paragraph") or len(text) > 160:
            return
        yield index
        if text.endswith("."):
            return


def _lived_experience_alternative(analysis: Analysis) -> Hit | None:
    """The first requirement of the applicant's lived experience that is only one item of a list of
    alternatives ("Essential, one of the following:" and then "lived experience of mental ill-health;",
    "a Certificate IV in Mental Health;", "two years in a community mental health role."), where
    another item of that list names neither lived experience nor peer work, and no requirement of it
    stands outside such a list; else ``None``. The post may be filled without lived experience: it does
    not require it (role detection; an item that is lived experience too, "lived experience as a carer",
    leaves it required)."""
    from jdlint.checks.criteria import applicant_mentions  # assessed with the verdicts

    first: Hit | None = None
    for mention in applicant_mentions(analysis):
        if mention.strength not in ("required", "substitutable"):
            continue
        lead = _alternatives_lead(analysis, mention.hit.block)
        if lead is None or not any(
                not analysis.hits_in_block("lex:lived-experience", i) and not analysis.hits_in_block("lex:peer-role-statement", i)
                and not any(t.startswith("peer") for t in analysis.lowers(i))
                for i in _alternative_items(analysis, lead) if i != mention.hit.block):  # fmt: skip
            if mention.strength == "required":
                return None  # a requirement of its own
            continue
        first = first or mention.hit
    return first


_ALTERNATIVES_INTRO = re.compile(r"\b(?:(?:at least |any )?one of the following|one of these|either)\b[^.]*:$")


def _asked_of_them(analysis: Analysis, hit: Hit) -> bool:
    """Are the peers ``hit`` names the other staff a lived experience requirement after it is
    asked of ("Our Peer Researchers must have lived experience of psychosis"): the subject of
    that requirement (:func:`jdlint.checks.criteria.peer_staff_subject`), not the post?"""
    from jdlint.checks.criteria import peer_staff_subject

    return any(h.start >= hit.end and peer_staff_subject(analysis, h) == hit
               for h in analysis.hits_in_sentence("lex:lived-experience", hit))  # fmt: skip


def _is_person(hit: Hit) -> bool:
    """Does the peer role name name a person? Not a team or a service ("peer support team"), nor
    an activity (a ``mentor~`` or ``coach~`` pattern matching "Peer mentoring", "peer coaching")."""
    last = hit.text.lower().split()[-1]
    return last not in _not_a_person() and not last.endswith("ing")


def _for_staff(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer activity ``hit`` names ("Peer mentoring", "peer coaching") offered to the
    organisation's own staff ("Peer mentoring is available for all new staff from experienced
    responders", "peer coaching is offered to new starters"): "for" or "to", then up to three
    words and a word of `staff-receivers` in rules/data/criteria.toml or a job noun, after it in its
    sentence? Staff development, not the post's peer work nor a peer team it sits in."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    if not hit.text.lower().endswith("ing"):
        return False  # a person ("peer mentors") or a team, not an activity
    staff = words()["staff-receivers"]
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    after = lowers[hit.end : s_end]
    for i, t in enumerate(after):
        if t in ("for", "to"):
            near = after[i + 1 : i + 5]
            return any(w in staff or strong_job_noun(w) for w in near)
    return False


def _registration_required(analysis: Analysis) -> bool:
    """Does the text require a professional qualification with a word of `registration-words` in
    rules/data/criteria.toml in its sentence ("A degree in social work or nursing and registration with
    the relevant regulatory body", "Registered Mental Health Nurse with current registration"), not
    negated? The post is then that registered profession's, whatever peer staff work beside it."""
    from jdlint.checks.criteria import requirement_level, words

    registration = words()["registration-words"]
    for hit in analysis.hits("lex:professional-qualification"):
        s_start, s_end = analysis.sentence_bounds(hit)
        if registration.isdisjoint(analysis.lowers(hit.block)[s_start:s_end]) or analysis.negated(hit):
            continue
        if requirement_level(analysis, hit) == "required":
            return True
    return False


def _among_staff(analysis: Analysis, hit: Hit) -> bool:
    """Does a word of `staff-peer-words` in rules/data/criteria.toml stand right before the peer
    words ("recruit and train staff peer supporters", "our employee peer support network"): peer
    support among the organisation's own staff, not peer work with the people it serves?"""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    return hit.start > 0 and analysis.lowers(hit.block)[hit.start - 1] in words()["staff-peer-words"]


def _by_organisation(analysis: Analysis, hit: Hit) -> bool:
    """Is the organisation the subject of a supervising match ("how we recruit, supervise and
    develop peer workers", "We supervise all our peer workers in house"): a word of
    `organisation-subjects` in rules/data/criteria.toml at most four words before it in its
    sentence, with nothing between that hands the work on ("to", "you", "someone", a clause
    break)? The organisation's practice, not the post's duty."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    before = lowers[max(s_start, hit.start - 5) : hit.start]
    stops = w["clause-breaks"] | (w["new-subjects"] - w["organisation-subjects"]) | {"to", "someone", "who", "post",
                                                                                      "role", "holder", "successful"}
    for i in range(len(before) - 1, -1, -1):
        if before[i] in w["organisation-subjects"]:
            return True
        if before[i] in stops:
            return False
    return False


def _volunteer_scheme(analysis: Analysis, title: TitleCandidate | None = None, denied: Hit | None = None) -> Hit | None:
    """The first sentence naming volunteers (`volunteer-words` in rules/data/criteria.toml) in a
    text that says no peer work of the post (no ``peer-role-statement`` outside a question), else
    ``None``: read only under a title whose peer words name the programme, where the text asks
    for lived experience at most as desirable and names no peers but the volunteers, or under a
    peer title whose text denies it is a peer post (``denied``: its words say no peer work)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    if _says_peer_work(analysis, denied):
        return None
    vol = words()["volunteer-words"]
    students, their_nouns = words()["participant-peer-words"], words()["participant-peer-nouns"]
    found: list[Hit] = []
    for block, b in enumerate(analysis.document.blocks):
        if b.kind in ("header", "footer"):
            continue
        lowers = analysis.lowers(block)
        for i, t in enumerate(lowers):
            # ("around 60 student mentors", "student peer leaders": the programme's participants as its peers)
            if t in vol or (t in students and i + 1 < len(lowers) and lowers[i + 1] in their_nouns):
                hit = analysis.make_hits("volunteer", [(block, i, i + 1)])[0]
                if title is None or block != title.block:
                    return hit  # a sentence of the text, not the title ("Volunteer Coordinator – ...")
                found.append(hit)
                break
    return found[0] if found else None


def _says_peer_work(analysis: Analysis, denied: Hit | None = None) -> bool:
    """Does the text say peer work of the post: a ``peer-role-statement`` outside a question? (A
    subject the candidate must know about, "Knowledge of peer support principles", says no peer work
    of the post: a coordinator of a peer programme may be asked to know its practice; nor does a peer
    model or credential named as training organised or delivered for others, `_training_organised`; nor do the words
    of ``denied``, the post's own denial, "This is not a peer role".)"""
    return any(not analysis.is_question(h) and not _to_know(analysis, h) and not _training_organised(analysis, h)
               and not (denied is not None and h.block == denied.block and h.start < denied.end and denied.start < h.end)
               for h in analysis.hits("lex:peer-role-statement"))  # fmt: skip


@cache
def _classification_line() -> re.Pattern[str]:
    """A labelled line that gives the post's classification (`classification-labels` in
    rules/data/criteria.toml: "Classification: Administrative Assistant III | $17.90 hourly"), its value
    up to the next field ("|") or the line's end; compiled once."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    labels = sorted(words()["classification-labels"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    return re.compile(rf"(?:^|[|•·]\s*)(?:{alternatives})\s*[:–—-]\s*([^|\n]+)", re.I | re.M)


def _office_classification(analysis: Analysis) -> int | None:
    """The block of a labelled classification line whose value names an office post (a word of
    `office-title-words` or `administrative-post-marks` in rules/data/criteria.toml: "Classification:
    Administrative Assistant III", "Job class: Office Clerk II"), in a text that says no peer work of the
    post; else ``None``."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    office = words()["office-title-words"] | words()["administrative-post-marks"]
    line = _classification_line()
    for block, b in enumerate(analysis.document.blocks):
        if len(b.text) > 300 or (":" not in b.text and "-" not in b.text and "–" not in b.text):
            continue
        for m in line.finditer(b.text):
            if not office.isdisjoint(re.findall(r"[^\W\d_]+", m.group(1).lower())):
                return None if _says_peer_work(analysis) else block
    return None


def _lived_experience_waived(analysis: Analysis) -> Hit | None:
    """The first mention of the applicant's lived experience that says the post does not need it
    ("Lived experience is not required for this role", "You do not need lived experience to
    apply"), outside a question, in a text that says no peer work of the post; else ``None``."""
    from jdlint.checks.criteria import applicant_mentions  # assessed with the verdicts

    if _says_peer_work(analysis):
        return None
    return next((m.hit for m in applicant_mentions(analysis) if m.strength == "negated" and not analysis.is_question(m.hit)),
                None)  # fmt: skip


def _volunteer_peers_only(analysis: Analysis, title: TitleCandidate | None) -> bool:
    """Are the only peers the text names outside the title the scheme's volunteers ("our volunteer
    peer mentors")? Not where it names peer staff too ("a service of 14 peer support workers and 40
    volunteers"): a post that runs their service is their manager, a senior peer post. A peer post
    named as someone the post works beside or reports to ("works closely with our Peer Trainer",
    "reports to the Peer Programme Lead") is a colleague, not staff the post runs."""
    nouns = [h for h in _live(analysis, "lex:peer-role-noun")
             if not (title is not None and h.block == title.block) and _is_person(h)
             and not _someone_else(analysis, h)]  # fmt: skip
    # the names the text gives the volunteers ("volunteer peer mentors"): the same name alone later
    # ("with one of our senior peer mentors", "Our peer mentors are ...") names the same volunteers
    # (the programme's students named as its peers, "student peer leaders", are read as its volunteers are)
    theirs = {_noun_key(h.text) for h in nouns
              if _others_peers(analysis, h) or _said_to_volunteer(analysis, h) or _participant_peer(analysis, h)}
    for h in nouns:
        if not _others_peers(analysis, h) and not analysis.overlaps("lex:supervises-peers-not", h) \
                and not _said_to_volunteer(analysis, h) and not _participant_peer(analysis, h) \
                and not _same_volunteers(analysis, h, theirs):  # fmt: skip
            return False
    return True


def _supervises_volunteers(analysis: Analysis, hit: Hit) -> bool:
    """Are the peers a supervising match names ("supervise around 30 peer mentors") the ones the
    text says are volunteers elsewhere ("Our peer mentors are volunteers ...", "... people who
    volunteer to ..."), or students named as such ("supervise around 60 student peer leaders",
    `_participant_peer`)? Supervising the scheme's volunteers or the programme's students does not
    make the post senior."""
    nouns = [h for h in _live(analysis, "lex:peer-role-noun") if _is_person(h)]
    inside = [h for h in nouns if h.block == hit.block and hit.start < h.end and h.start < hit.end]
    if any(_participant_peer(analysis, h) for h in inside):
        return True
    theirs = {_noun_key(h.text) for h in nouns if _said_to_volunteer(analysis, h)}
    return bool(theirs) and any(_noun_key(h.text) in theirs for h in inside)


def _participant_peer(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer role noun named as the programme's students right before it ("student peer
    leaders", "pupil peer mentors"; `participant-peer-words` in rules/data/criteria.toml)?"""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    return hit.start > 0 and analysis.lowers(hit.block)[hit.start - 1] in words()["participant-peer-words"]


def _noun_key(text: str) -> str:
    """"Peer Mentors", "peer mentor" → "peer mentor": how a peer role noun is compared with another."""
    text = " ".join(text.lower().split())
    return text[:-1] if text.endswith("s") else text


def _said_to_volunteer(analysis: Analysis, hit: Hit) -> bool:
    """Is the peer role noun said to be volunteers right after it ("Our peer mentors are volunteers
    with ...", "peer supporters, who are all volunteers, ...", "our peer buddies are unpaid")? A word
    of `identity-verbs` within three words after it (past "who", "all", a comma), then a word of
    `volunteer-words` or "unpaid"."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    lowers = analysis.lowers(hit.block)
    after = lowers[hit.end : hit.end + 6]
    for i, t in enumerate(after[:4]):
        if t in w["identity-verbs"]:
            rest = [x for x in after[i + 1 : i + 3] if x not in ("all", "also", "trained", "our", "local")]
            if bool(rest) and (rest[0] in w["volunteer-words"] or rest[0] == "unpaid"):
                return True
            # "Our peer mentors are people with lived experience of prison who volunteer to ...": the
            # people they are said to be are volunteers in a relative clause of the same sentence
            clause = lowers[hit.end + i + 1 : hit.end + i + 16]
            return any(t == "who" and j + 1 < len(clause) and clause[j + 1] in w["volunteer-words"]
                       for j, t in enumerate(clause[:-1]) if "." not in clause[:j])  # fmt: skip
        if t not in (",", "who", "all", "themselves"):
            return False
    return False


def _same_volunteers(analysis: Analysis, hit: Hit, theirs: set[str]) -> bool:
    """Is the peer role noun the same name the text gives the scheme's volunteers elsewhere
    ("volunteer peer mentors" ... "one of our senior peer mentors"), with no word beside it that
    makes them paid staff ("our paid peer mentors", "staff peer mentors")?"""
    before = analysis.lowers(hit.block)[hit.start - 1] if hit.start else ""
    return _noun_key(hit.text) in theirs and before not in ("paid", "salaried", "employed", "staff")


def _introduced(analysis: Analysis, hit: Hit, intros: dict[int, list[Hit]], verbs: dict[int, list[Hit]]) -> bool:
    """Does a sentence name ``hit`` as the advert's own role? "As a Peer Navigator you will",
    "We are recruiting a Consumer Peer Worker", "The Recovery Support Specialist provides"."""
    lowers = analysis.lowers(hit.block)
    for intro in intros.get(hit.block, ()):
        if intro.end <= hit.start <= intro.end + 3:
            gap = lowers[intro.end : hit.start]
            if not any(t in _GAP_BREAKS or not t.strip() for t in gap):
                return True  # "As a Peer Navigator you will", "Could you be our next Peer Mentor?"
    s_start, _ = analysis.sentence_bounds(hit)
    before = lowers[s_start : hit.start]
    # The role as the subject: at the start of the sentence ("Peer Workers will"), or after a
    # determiner anywhere in it ("Under general supervision, the Peer Specialist provides").
    if (not before or before[-1] in _DETERMINERS) and (len(before) <= 1 or before[-2] not in _GAP_BREAKS - {","}):
        after = hit.end
        if after < len(lowers) and lowers[after] == "(":  # "The Peer Support Worker (PSW) will"
            close = lowers.index(")", after) if ")" in lowers[after : after + 6] else after
            after = close + 1
        return any(v.start == after for v in verbs.get(hit.block, ())) and not analysis.is_question(hit)
    return False


def _by_block(hits: list[Hit]) -> dict[int, list[Hit]]:
    out: dict[int, list[Hit]] = {}
    for h in hits:
        out.setdefault(h.block, []).append(h)
    return out


def _reader_leads(lowers: list[str], opening: int, end: int) -> bool:
    """Does the sentence that opens with the role's noun at ``opening`` name the reader as the one
    its holders report to or are run by ("Mentors report to you", "Navigators will come to you for
    advice", "Navigators in your team", "Mentors you line manage")? A "you" or "your" after a word of
    `reader-led-before`, or, within three words of the noun, before one of `reader-led-after`
    (rules/data/criteria.toml)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    return any(lowers[i] in ("you", "your") and (lowers[i - 1] in w["reader-led-before"]
                                                  or (i <= opening + 3 and i + 1 < end
                                                      and lowers[i + 1] in w["reader-led-after"]))
               for i in range(opening + 1, end))  # fmt: skip


def _addressed_as(analysis: Analysis, hit: Hit) -> Hit | None:
    """A sentence other than the one that names the peer role ``hit`` that opens with the role's
    head noun and speaks to the reader in it ("Our peer mentors meet people at the gate" ...
    "Mentors keep firm boundaries: you will not lend money", "As a navigator, you will ..."):
    the reader is one of them, unless the sentence names the reader as the one who runs them
    (`_reader_leads`). Its head noun, where found."""
    head = hit.text.lower().split()[-1]
    forms = {head, head[:-1]} if head.endswith("s") else {head, head + "s"}
    own = analysis.sentence_bounds(hit)
    for block in range(len(analysis.document.blocks)):
        lowers = analysis.lowers(block)
        for start, end, _, _ in analysis.sentences(block):
            if block == hit.block and (start, end) == own:
                continue
            opening = [i for i in range(start, min(start + 3, end)) if lowers[i] in forms]
            if opening and not {"you", "your"}.isdisjoint(lowers[opening[0] + 1 : end]) \
                    and not _reader_leads(lowers, opening[0], end):  # fmt: skip
                return analysis.make_hits("role:addressed-as", [(block, opening[0], opening[0] + 1)])[0]
    return None


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _post_names(analysis: Analysis, title: TitleCandidate | None) -> list[tuple[str, ...]]:
    """The advert's own names for its post, as lower-case words before any qualifier
    ("Tuakana – Recovery Support": tuakana): from the title, the page title and the first
    heading or short first lines, which may name a post no role vocabulary knows."""
    texts = [title.text] if title else []
    texts += [text for _, text in analysis.document.title_sources]
    body = [b for b in analysis.document.blocks if b.kind not in ("header", "footer")][:6]
    texts += [b.text for b in body if b.kind == "heading" or (len(b.text) <= 60 and "\n" not in b.text
                                                              and not b.text.rstrip().endswith((".", "?", "!")))]
    names: list[tuple[str, ...]] = []
    for text in texts:
        main = re.split(r"\s[-–—|:·]\s|[(,|]", text)[0]
        words = tuple(re.findall(r"[^\W\d_]+", main.lower()))
        if 0 < len(words) <= 4 and words not in names:
            names.append(words)
    return names


def _defined_as_peer(analysis: Analysis, title: TitleCandidate | None) -> Hit | None:
    """A sentence that defines the advert's own name for its post as a peer role ("Our Tuakana
    are peer support workers", "“Bridge Builder” is what we call our peer mentors"): the name
    (its last word maybe plural), a ``role-definition-link`` right after it (quotes between
    allowed) and a peer role name right after the link. The peer role name is returned."""
    names = _post_names(analysis, title)
    if not names:
        return None
    links = _by_block(analysis.hits("lex:role-definition-link"))
    for noun in _live(analysis, "lex:peer-role-noun"):
        if not _is_person(noun) or analysis.is_question(noun):
            continue
        for link in links.get(noun.block, ()):
            if link.end != noun.start:
                continue
            lowers = analysis.lowers(noun.block)
            s_start, _ = analysis.sentence_bounds(link)
            before = [t for t in lowers[s_start : link.start] if t not in _QUOTES]
            for name in names:
                n, last = len(name), name[-1]
                if len(before) < n or tuple(before[len(before) - n : -1]) != name[:-1]:
                    continue
                if before[-1] in (last, last + "s", last + "es", last[:-1] + "ies"):
                    return noun
    return None


def title_candidates(analysis: Analysis) -> list[TitleCandidate]:
    """The document's title candidates, best first (worked out once per analysis: role
    detection and the checks both ask)."""
    found = analysis.memo.get("title_candidates")
    if found is None:
        document = analysis.document
        found = analysis.memo["title_candidates"] = candidates(document.blocks, document.title_sources)
    return found  # type: ignore[return-value]


_COPULAS = frozenset({"is", "'s", "’s", "was"})


def _title_words(title: TitleCandidate | None) -> set[str]:
    """The words of the title, lower case, without the small words that join a name's parts."""
    return set(re.findall(r"[^\W\d_]+", title.text.lower())) - _NAME_BREAKS if title else set()


def _denied_peer(analysis: Analysis, title: TitleCandidate | None, group: str = "lex:peer-role-denied",
                 holder: frozenset[str] = frozenset()) -> Hit | None:  # fmt: skip
    """A sentence that says the advert's own post is not a peer role (``peer-role-denied``:
    "It is not a peer worker position", "This isn't a lived experience role", "This is a
    coaching role rather than a peer role"): its subject, before the match, is the post ("it",
    "this", "the role", "this position", or a word of the title, or one of ``holder``) and names
    no other person ("Our volunteers are not in a peer role" is about them). Not in a question,
    nor when the denial is itself negated or conditional ("If this is not a peer role for you,
    ..."). ``group`` may name another denial (``direct-support-denied``)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    w = words()
    title_words = _title_words(title)
    for hit in analysis.hits(group):
        if analysis.is_question(hit):
            continue
        before = _clause_before(analysis, hit, w["clause-breaks"])
        if not before or len(before) > 10 or not w["denial-conditions"].isdisjoint(before):
            continue  # "If this is not a peer role for you, ..."
        # the post's kind in the plural ("These are not peer posts", "Recovery Workers are not peer roles")
        plural_title = {t for t in before if t.endswith("s") and t[:-1] in title_words}
        subject = set(before) & (w["post-subjects"] | w["post-plural-subjects"] | title_words | holder) | plural_title
        # "This is a Social Service Worker position, not a peer position": a job named after "this
        # is" is the post itself (the predicate), not another person
        cut = next((i for i, t in enumerate(before) if t in _COPULAS), len(before))
        if not set(before[:cut]) & w["post-subjects"]:
            cut = len(before)
        others = [t for t in before[:cut] if JOB_NOUN.fullmatch(t) and t not in title_words and t not in plural_title
                  and t not in w["post-subjects"] and t not in w["post-plural-subjects"]]
        if subject and not others:
            return hit
    return None


def _names_peer_work(analysis: Analysis, title: TitleCandidate | None, denial: Hit) -> bool:
    """Does the text name peer work outside the title and the denial's sentence: a word that
    starts with "peer" ("run weekly peer support groups", "alongside our peer workers"), a
    ``peer-role-statement`` not negated ("share your own recovery story"), or the post's own
    direct work with people that the denial leaves (``post-direct-support``, not negated, outside
    the denial's sentence: "You will run recovery groups", "You will support families")?"""
    d_start, d_end = analysis.sentence_bounds(denial)
    if any(not (h.block == denial.block and d_start <= h.start < d_end) and (title is None or h.block != title.block)
           for h in _live(analysis, "lex:post-direct-support")):  # fmt: skip
        return True
    for block in range(len(analysis.document.blocks)):
        if title is not None and block == title.block:
            continue
        for i, token in enumerate(analysis.lowers(block)):
            if token.startswith("peer") and not (block == denial.block and d_start <= i < d_end):
                return True
    return bool(_live(analysis, "lex:peer-role-statement"))


def find_title(analysis: Analysis) -> tuple[str, int | None]:
    """The advert's job title and its block (``None`` when the title came from metadata)."""
    found = title_candidates(analysis)
    if found:
        return found[0].text, found[0].block
    return "", None


def _peer_title(analysis: Analysis, title: TitleCandidate, named: _Named, title_span: tuple[Span, ...],
                supervises: list[Hit]) -> Role:  # fmt: skip
    clues = [f"title “{title.text}” ({title.source})"]
    spans = list(title_span)
    shown = f"“{named.text}”"
    if named.senior:
        return Role("peer-senior", f"The title {shown} names a senior peer role.", tuple(spans), clues=tuple(clues))
    if supervises:
        clues.append(f"supervises or leads peers or staff: “{_quote(supervises[0].text)}”")
        spans.append(analysis.sentence_span(supervises[0]))
        return Role("peer-senior", f"The title {shown} is a peer role that supervises or leads peers or staff.", tuple(spans),
                    clues=tuple(clues))  # fmt: skip
    return Role("peer", f"The title {shown} names a peer role.", tuple(spans), clues=tuple(clues))


def detect_role(analysis: Analysis, le_required: bool, le_asked: bool = False, le_wanted: bool = False) -> Role:
    """Decide peer / peer-senior / other, with the reason, the evidence, the clues and a confidence.

    ``le_required``: the text requires lived experience in so many words; ``le_wanted``: it
    wants it in prose ("we are looking for someone who has..."); ``le_asked``: it asks for the
    applicant's lived experience in any way (also as desirable or as a question).
    """
    # "Essential, one of the following:" ... "lived experience of mental ill-health;", "a Certificate IV in
    # Mental Health;": lived experience that is only one of the alternatives is not required of the post
    alternative = _lived_experience_alternative(analysis) if le_asked or le_required else None
    if alternative is not None and le_required:
        from jdlint.checks.criteria import applicant_mentions  # assessed with the verdicts

        le_required = False
        le_wanted = any(m.strength == "wanted" and not analysis.is_question(m.hit) for m in applicant_mentions(analysis))
    le_wanted = le_wanted or le_required
    le_asked = le_asked or le_wanted
    found = title_candidates(analysis)
    title: TitleCandidate | None = found[0] if found else None
    named = classify_title(analysis, title.text) if title else None
    title_span: tuple[Span, ...] = (analysis.block_span(title.block),) if title and title.block is not None else ()

    # (volunteer peers, "supervise a small team of volunteer peer mentors", do not make the post senior;
    # nor another post's supervision in a relative clause about it, "with the Director of Lived
    # Experience, who provides supervision to peer workers")
    # ("Our Lived Experience Workforce Coordinator supervises every peer worker": another post, the
    # role's supervisor, named as the subject)
    own_words = _title_words(title)
    supervises = [h for h in _live(analysis, "lex:supervises-peers")
                  if not _passive_agent(analysis, h) and not analysis.overlaps("lex:supervises-peers-not", h)
                  and not _by_organisation(analysis, h) and not _about_others(analysis, h)
                  and not _other_post_supervises(analysis, h, own_words)
                  and not _supervises_volunteers(analysis, h)]  # fmt: skip
    denied = _denied_peer(analysis, title)
    # "Lived Experience Adviser" whose text says "It does not involve one-to-one support to people
    # using services" (or "This is not a peer role"): a title whose peer words are lived experience
    # words only, with no "peer", names an advisory or co-production post where the text denies
    # the post direct support and names no peer work of it elsewhere (unless the post supervises or
    # leads peers: then it is their lead)
    lived_title = named is not None and named.cls == "peer" and title is not None and not supervises \
        and not any(t.startswith("peer") for t in own_words)  # fmt: skip
    if lived_title and denied is None:
        direct = _denied_peer(analysis, title, "lex:direct-support-denied", frozenset({"you"}))
        denied = direct if direct is not None and not _names_peer_work(analysis, title, direct) else None
    # "Peer Support Programme Coordinator" and "The coordinator does not offer peer support
    # directly": a title whose peer words only name the programme the post runs is no peer title
    # where the text says the post is not a peer post, unless the post supervises or leads peers
    # (then it is their lead, a senior peer post)
    # ("The program is academic; it is not a mental health or peer support service": the programme itself
    # denied, its mentors are no peers, whoever supervises them)
    programme_only = named is not None and named.cls == "peer" and named.programme and (
        not supervises or (denied is not None and denied.text.lower().split()[-1] in ("service", "program", "programme", "scheme")))
    # (lived experience asked only as desirable, "welcome but not required", leaves it a coordinator's
    # post; wanted in prose or required, the post is one of the peers it leads; peer staff named beside
    # the volunteers, "14 peer support workers and 40 volunteers", make it their manager)
    volunteers = _volunteer_scheme(analysis, title) if programme_only and not le_wanted \
        and _volunteer_peers_only(analysis, title) else None  # fmt: skip
    # "Peer Support Coordinator" whose text says "it is not itself a peer support role" of the post
    # that runs the volunteer peers: the denial is the post's own, and the peers it coordinates are the
    # scheme's volunteers, not peer staff it leads (a peer title with no volunteers stays a peer role)
    volunteer_lead = named is not None and named.cls == "peer" and denied is not None and not programme_only \
        and not lived_title and not le_wanted and _volunteer_peers_only(analysis, title) \
        and _volunteer_scheme(analysis, title, denied) is not None  # fmt: skip
    if volunteers is not None and title is not None:
        # "Peer Support Programme Coordinator" whose text recruits and trains volunteers, asks for no
        # lived experience (or only as desirable) and says no peer work of the post: a volunteer
        # scheme's coordinator
        clues = [f"title “{title.text}” ({title.source})",
                 f"the post runs a scheme of volunteer or student peers: “{_quote(analysis.sentence_text(volunteers))}”",
                 ("the text asks for lived experience only as desirable, and does not say the post does peer work"
                  if le_asked else "the text neither asks for lived experience nor says the post does peer work")]  # fmt: skip
        return Role("other", f"The title “{named.text}” names the programme the post coordinates; the post "  # type: ignore[union-attr]
                    "runs its volunteer or student peers and is not a peer role.", (*title_span, analysis.sentence_span(volunteers)),
                    confidence="medium", clues=tuple(clues))  # fmt: skip
    # "Peer Mentoring Programme Coordinator" whose text says "Lived experience is not required for this
    # role" and says no peer work of the post: its peer words name the programme it runs (its mentors
    # may be the programme's participants, students or volunteers), and the post itself needs no lived
    # experience: the programme's coordinator, not a peer post. A title that names the peer post ("Peer
    # Support Worker") stays a peer role whatever the text says of lived experience (CS001 not-met).
    waived = _lived_experience_waived(analysis) if programme_only and not le_wanted and title is not None else None
    if waived is not None and title is not None:
        clues = [f"title “{title.text}” ({title.source})",
                 f"the text says the post needs no lived experience: “{_quote(analysis.sentence_text(waived))}”",
                 "the text does not say the post does peer work"]  # fmt: skip
        return Role("other", f"The title “{named.text}” names the programme the post coordinates, and the text "  # type: ignore[union-attr]
                    "says the post needs no lived experience: not a peer role.", (*title_span, analysis.sentence_span(waived)),
                    confidence="medium", clues=tuple(clues))  # fmt: skip
    # "Peer Support Coordinator (Volunteer Programme)" whose text says "Lived experience is not required for
    # this post; you will recruit and train volunteers who have it": a senior peer title (a coordinator,
    # manager or lead) whose text says the post needs no lived experience and no peer work, supervises no
    # peers or staff, and names no peers but the scheme's volunteers, names the coordinator of those
    # volunteers, not a senior peer post (as the post's own denial does, `volunteer_lead`). "Peer Mentor
    # (Volunteer)" names the volunteer peer post itself (not senior), and a coordinator of peer staff
    # (peers not only volunteers) stays a senior peer post whatever the text says of lived experience.
    waived = _lived_experience_waived(analysis) if named is not None and named.cls == "peer" and named.senior \
        and not programme_only and not lived_title and not supervises and not le_wanted and denied is None \
        and title is not None else None  # fmt: skip
    volunteers = _volunteer_scheme(analysis, title) if waived is not None and _volunteer_peers_only(analysis, title) \
        else None  # fmt: skip
    if waived is not None and volunteers is not None and title is not None:
        clues = [f"title “{title.text}” ({title.source})",
                 f"the text says the post needs no lived experience: “{_quote(analysis.sentence_text(waived))}”",
                 f"the only peers the text names are the volunteers the post runs: “{_quote(analysis.sentence_text(volunteers))}”",
                 "the text does not say the post does peer work"]  # fmt: skip
        spans = (*title_span, analysis.sentence_span(waived), analysis.sentence_span(volunteers))
        return Role("other", f"The title “{named.text}” names the coordinator of volunteer peers, and the text says "  # type: ignore[union-attr]
                    "the post needs no lived experience: not a peer role.", tuple(dict.fromkeys(spans)),
                    confidence="medium", clues=tuple(clues))  # fmt: skip
    # "Program Coordinator, Peer Services" whose text gives its classification as "Classification: Administrative
    # Assistant III": a title whose peer words only name the programme, over a post classified as an office job,
    # is that office post (as an administrative mark in the title makes it), where the post supervises or leads
    # no peers, the text does not want lived experience and says no peer work of the post
    classified = _office_classification(analysis) if programme_only and not supervises and not le_wanted \
        and title is not None else None  # fmt: skip
    if classified is not None and title is not None:
        line = analysis.document.blocks[classified].text.strip()
        clues = [f"title “{title.text}” ({title.source})",
                 f"the post is classified as an office job: “{_quote(line)}”",
                 "the text does not say the post does peer work"]  # fmt: skip
        return Role("other", f"The title “{named.text}” names the programme the post works for, and the text "  # type: ignore[union-attr]
                    "classifies the post as an office job: not a peer role.",
                    (*title_span, analysis.block_span(classified)), confidence="medium", clues=tuple(clues))  # fmt: skip
    if named is not None and named.cls == "peer" and title is not None and title.source in _STRONG_SOURCES \
            and not (denied is not None and (programme_only or lived_title or volunteer_lead)):  # fmt: skip
        # A peer title in a place titles live decides it: the body need not be read.
        return _peer_title(analysis, title, named, title_span, supervises)

    if denied is not None and (named is None or named.cls != "peer" or programme_only or lived_title or volunteer_lead):
        # "It is not a peer worker position": the text says so of the post itself, whatever
        # else it says about lived experience or the organisation's peer programme
        clues = [f"title “{title.text}” ({title.source})"] if title else ["no title found"]
        clues.append(f"the text says the post is not a peer role: “{_quote(analysis.sentence_text(denied))}”")
        shown = f"The title “{named.text}”" if named and title else "The role"
        return Role("other", f"{shown} is not a peer role: the text says so (“{_quote(denied.text)}”).",
                    (*title_span, analysis.sentence_span(denied)), confidence="high", clues=tuple(clues))  # fmt: skip

    intros = _by_block(analysis.hits("lex:role-intro"))
    verbs = _by_block(analysis.hits("lex:role-subject-verb"))
    other_acronyms = _other_acronyms(analysis)
    # (not one inside a peer-title-not match: "As an Academic Peer Mentor, you will ..." is study
    # mentoring; nor peer mentoring offered to the staff: "Peer mentoring is available for all new staff")
    peer_nouns = [h for h in _live(analysis, "lex:peer-role-noun") if _acronym_key(h.text) not in other_acronyms
                  and not analysis.overlaps("lex:peer-title-not", h) and not _for_staff(analysis, h)
                  and not _among_staff(analysis, h)]  # fmt: skip
    if named is not None and named.cls == "conditional" and title is not None \
            and all(_is_acronym(w) for w in re.findall(r"[A-Za-z]+", title.text)[:1]):  # fmt: skip
        # under a title that is an abbreviation never spelt out ("PSW – Long-Term Care"), the
        # same abbreviation in the text ("As a PSW you will") says no more than the title
        senses = _acronym_senses(analysis)
        peer_nouns = [h for h in peer_nouns if not (_is_acronym(h.text) and _acronym_key(h.text) not in senses)]
    stated = [h for h in peer_nouns if _is_person(h) and _introduced(analysis, h, intros, verbs)
              and not _other_opening(analysis, h) and not _desirable_standing(analysis, h)
              and not _on_the_panel(analysis, h) and not _asked_of_them(analysis, h)]
    # "We are recruiting a Peer Bridger", "The Peer Liaison supports ...": a capitalised
    # "Peer <Noun>" outside the vocabulary, named as the advert's own role.
    stated += [h for h in _live(analysis, "lex:peer-title-noun")
               if h.text.split()[0][:1].isupper() and h.text.split()[-1][:1].isupper() and _is_person(h)
               and not analysis.overlaps("lex:peer-title-not", h) and not analysis.overlaps("lex:peer-role-noun", h)
               and _introduced(analysis, h, intros, verbs) and not _on_the_panel(analysis, h)]  # fmt: skip
    conditional_stated = [h for h in _live(analysis, "lex:conditional-role-noun") if _introduced(analysis, h, intros, verbs)]
    adjacent_stated = [h for h in _live(analysis, "lex:adjacent-role-noun") if _introduced(analysis, h, intros, verbs)
                       and not any(p.block == h.block and p.start <= h.start < p.end for p in peer_nouns)]  # fmt: skip
    says_peer = [h for h in _live(analysis, "lex:peer-role-statement") + _live(analysis, "lex:peer-role-identity")
                 if not analysis.is_question(h) and not _about_others(analysis, h) and not _to_know(analysis, h)
                 and not _named_staff(analysis, h, stated)
                 and not _credential_among_alternatives(analysis, h) and not _one_of_a_list(analysis, h)
                 and not _desirable_credential(analysis, h) and not _desirable_experience(analysis, h)
                 and not _organisation_programme(analysis, h)
                 and not _training_organised(analysis, h)
                 and not _some_of_the_staff(analysis, h) and _acronym_key(h.text) not in other_acronyms]  # fmt: skip
    says_peer.sort(key=lambda h: (h.block, h.start))
    identity = [h for h in says_peer if h.group == "lex:peer-role-identity"]
    # peer work said of other staff only ("our Peer Recovery Coaches, who provide peer support"):
    # named in the clues when it is why a conditional title stays other
    others_peer = [] if says_peer else sorted(
        (h for h in _live(analysis, "lex:peer-role-statement")
         if not analysis.is_question(h) and (_about_others(analysis, h) or _named_staff(analysis, h, stated)
                                             or _some_of_the_staff(analysis, h))),
        key=lambda h: (h.block, h.start))  # fmt: skip
    defined = _defined_as_peer(analysis, title) if named is None or named.cls in ("job", "conditional") else None

    clues: list[str] = []
    spans: list[Span] = list(title_span)
    if title:
        clues.append(f"title “{title.text}” ({title.source})")
    elif stated or conditional_stated or adjacent_stated:
        first = min(stated + conditional_stated + adjacent_stated, key=lambda h: (h.block, h.start))
        named = classify_title(analysis, first.text)
        clues.append(f"no title line; a sentence names the role: “{_quote(analysis.sentence_text(first))}”")
        spans.append(analysis.sentence_span(first))
    else:
        clues.append("no title found")

    def add(clue: str, hit: Hit | None = None) -> None:
        clues.append(clue)
        if hit is not None:
            span = analysis.sentence_span(hit)
            if span not in spans:
                spans.append(span)

    def peer_kind(senior_title: bool) -> str:
        return "peer-senior" if senior_title or supervises else "peer"

    cls = named.cls if named else "none"
    shown = f"“{named.text}”" if named else "untitled"
    subject = f"The title {shown}" if title else f"The role the text names, {shown},"

    if cls == "peer":
        kind = peer_kind(named.senior)  # type: ignore[union-attr]
        if supervises and not named.senior:  # type: ignore[union-attr]
            add(f"supervises or leads peers or staff: “{_quote(supervises[0].text)}”", supervises[0])
        strong = title is None or title.source in _STRONG_SOURCES or stated or says_peer or le_asked
        why = (f"The title {shown} names a senior peer role." if named.senior  # type: ignore[union-attr]
               else f"The title {shown} is a peer role that supervises or leads peers or staff." if kind == "peer-senior"
               else f"The title {shown} names a peer role.")  # fmt: skip
        if title is None:
            why = f"No title line, but the text names the role as {shown}" + (
                ", a senior peer role." if kind == "peer-senior" else ", a peer role.")
        confidence = "high" if strong and title else "medium"
        if adjacent_stated and title is not None:
            add(f"but a sentence names another role: “{_quote(adjacent_stated[0].text)}”", adjacent_stated[0])
            confidence = "low"
        return Role(kind, why, tuple(spans), confidence=confidence, clues=tuple(clues))  # type: ignore[arg-type]

    body_peer = [h for h in stated if not named or h.text.lower() != named.text.lower()]
    if says_peer:
        add(f"the text says the role is peer work: “{_quote(says_peer[0].text)}”", says_peer[0])
    if le_required:
        add("the text requires lived experience")
    elif le_wanted:
        add("the text wants lived experience")
    elif alternative is not None:
        add(f"lived experience is only one of the alternatives the text accepts: “{_quote(analysis.sentence_text(alternative))}”",
            alternative)  # fmt: skip
    elif le_asked:
        add("the text asks for lived experience, but only as desirable or in a question")
    if body_peer:
        add(f"a sentence names a peer role: “{_quote(body_peer[0].text)}”", body_peer[0])

    if defined is not None:
        add(f"the text defines the post as a peer role: “{_quote(analysis.sentence_text(defined))}”", defined)
    if cls == "conditional":
        if says_peer or le_wanted or body_peer or defined:
            clues_n = sum(map(bool, (says_peer, le_asked, body_peer)))
            return Role(peer_kind(named.senior), f"{subject} is a peer role here: the text says the role "  # type: ignore[union-attr]
                        "is peer work or requires lived experience.", tuple(spans),
                        confidence="high" if clues_n >= 2 else "medium", clues=tuple(clues))  # fmt: skip
        if others_peer:
            add(f"peer work is said only of other staff: “{_quote(analysis.sentence_text(others_peer[0]))}”",
                others_peer[0])
        add(f"{shown} is a peer role only where the text says peer or requires lived experience")
        return Role("other", f"{subject} is not a peer role here: the text neither says the role is "
                    "peer work nor requires lived experience" + (
                        " (it is only one of the alternatives the text accepts)." if alternative is not None else "."),
                    tuple(spans),
                    confidence="low" if le_asked else "medium", clues=tuple(clues))  # fmt: skip

    if cls == "none" and defined is not None:
        return Role(peer_kind(bool(analysis.overlaps("lex:senior-title-word", defined))),  # type: ignore[arg-type]
                    f"No clear title, but the text defines the post as “{defined.text}”, a peer role.",
                    tuple(spans), confidence="medium" if le_asked or says_peer else "low", clues=tuple(clues))  # fmt: skip
    if cls == "none":
        people = [h for h in peer_nouns if _is_person(h) and not _someone_else(analysis, h)
                  and not _others_peers(analysis, h)]
        if len(people) >= 2 and not adjacent_stated:
            add(f"the text names a peer role {len(people)} times, first “{people[0].text}”", people[0])
            kind = peer_kind(bool(analysis.overlaps("lex:senior-title-word", people[0])))
            return Role(kind, f"No clear title, and the text describes the role as “{people[0].text}”.",  # type: ignore[arg-type]
                        tuple(spans), confidence="medium" if le_asked or says_peer else "low", clues=tuple(clues))  # fmt: skip
        # "Our peer mentors meet people at the gate ... Mentors keep firm boundaries: you will not
        # ...": a peer role named once, then its head noun opening a sentence that speaks to the
        # reader, with lived experience asked for (even as desirable): the reader is one of them
        addressed = _addressed_as(analysis, people[0]) if len(people) == 1 and le_asked \
            and not (adjacent_stated or conditional_stated) else None  # fmt: skip
        if addressed is not None:
            add(f"the text names a peer role, “{people[0].text}”, and speaks to the reader as one: "
                f"“{_quote(analysis.sentence_text(addressed))}”", addressed)
            kind = peer_kind(bool(analysis.overlaps("lex:senior-title-word", people[0])))
            return Role(kind, f"No clear title, and the text speaks to the reader as one of its “{people[0].text}”.",  # type: ignore[arg-type]
                        tuple(spans), confidence="low", clues=tuple(clues))  # fmt: skip
        # ("drawing on your own experience of mental ill health ... Training in peer support practice is
        # provided": lived experience wanted in prose, and the text says the post's work is peer work, is
        # read as a title that names no role reads it, "(says_peer and le_wanted)")
        if (le_required and (peer_nouns or says_peer)) or (le_wanted and says_peer and not adjacent_stated):
            hit = (peer_nouns or says_peer)[0] if le_required else says_peer[0]
            add(f"peer wording: “{_quote(hit.text)}”", hit)
            if supervises:  # "supervises a team of six peer workers": a senior peer role
                add(f"supervises or leads peers or staff: “{_quote(supervises[0].text)}”", supervises[0])
            return Role(peer_kind(False), "No clear title, but the role " + (  # type: ignore[arg-type]
                        "requires" if le_required else "wants") + " lived experience and is described as peer work.",
                        tuple(spans), confidence="medium" if le_required else "low", clues=tuple(clues))  # fmt: skip
        why = "No peer title, and the text does not name a peer role"
        why += ", nor require lived experience for a peer post." if analysis.hits("lex:lived-experience") else "."
        return Role("other", why, tuple(spans), confidence="low" if peer_nouns or le_asked else "medium",
                    clues=tuple(clues))  # fmt: skip

    # A title that names another job (adjacent or any other).
    peer_context = [h for h in peer_nouns if not _is_person(h) or h.text.lower().endswith(("team", "workforce"))]
    # a registered profession's title ("Gambling Help Counsellor") with lived experience required
    # is a peer role only where the text says so of the role, not where peer staff work beside it
    # (an "Outreach Worker" in a team with peer workers, lived experience essential, is one)
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    profession = cls == "adjacent" and named is not None and not words()["profession-title-words"].isdisjoint(
        re.findall(r"[a-z]+", named.text.lower()))  # fmt: skip
    # so is a post whose title names lived experience only as its hiring track ("Behavioral Health
    # Technician (Lived Experience Track)"): the track's requirement does not make the post peer work
    # ("Assistant Psychologist (Lived Experience)": a profession's post qualified by lived experience is
    # that profession's, `_lived_qualifier`)
    profession = profession or (named is not None and (named.track or named.qualified))
    # and so is another job's post that requires a professional qualification with its registration ("Case
    # Manager": "a degree in social work or nursing and registration with the regulatory body" essential)
    profession = profession or (cls == "adjacent" and _registration_required(analysis))
    # (the organisation's volunteers or other scheme, "Refer patients to our volunteer peer mentors",
    # are no peer team the post sits in)
    team = [h for h in peer_nouns if not _others_peers(analysis, h)]
    peer_words = (stated or says_peer) if profession else (team or says_peer)
    if le_required and peer_words:
        hit = peer_words[0]
        add(f"peer wording: “{_quote(hit.text)}”", hit)
        if supervises:  # "supervises a team of six peer workers": a senior peer role
            add(f"supervises or leads peers or staff: “{_quote(supervises[0].text)}”", supervises[0])
        return Role(peer_kind(False), f"{subject} is not a peer title, but the role requires lived experience and "  # type: ignore[arg-type]
                    "sits in a peer team.", tuple(spans), confidence="medium", clues=tuple(clues))  # fmt: skip
    if body_peer and (says_peer or le_asked) and title is not None and title.source not in _STRONG_SOURCES:
        return Role(peer_kind(False), f"The title {shown} is unsure, and the text names the role as “{body_peer[0].text}”.",  # type: ignore[arg-type]
                    tuple(spans), confidence="low", clues=tuple(clues))  # fmt: skip
    if cls == "job" and (body_peer or identity or defined or (says_peer and le_wanted)):
        # A title the lexicon does not know ("Outreach Coordinator") and a text that names a peer role.
        named_as = body_peer[0].text if body_peer else "peer work"
        senior = classify_title(analysis, named_as).senior if body_peer else False
        return Role(peer_kind(senior), f"{subject} is not a known role name, and the text names the role as "  # type: ignore[arg-type]
                    f"“{named_as}”.", tuple(spans),
                    confidence="medium" if body_peer and (says_peer or le_wanted) else "low", clues=tuple(clues))  # fmt: skip
    if cls == "adjacent":
        add(f"{shown} is an adjacent role, not a peer role")
    if named is not None and named.track:
        add(f"{shown} names lived experience or peer work only as its hiring track, not as the post")
    if named is not None and named.qualified:
        add(f"{shown} names lived experience only as a qualifier of another profession's post: a professional "
            "with lived experience is still that professional")
    if peer_context and not body_peer:
        add(f"peer words only in passing: “{_quote(peer_context[0].text)}”")
    elif peer_nouns and not team and not body_peer:
        add(f"peer words name only the organisation's volunteers or another scheme: “{_quote(peer_nouns[0].text)}”")
    why = f"{subject} is not a peer role"
    if analysis.hits("lex:lived-experience"):
        why += ", and the text does not require lived experience for a peer post."
    else:
        why += ", and the text does not ask for lived experience."
    confidence = "low" if body_peer or (says_peer and le_asked) else "high" if not (peer_nouns or says_peer or le_asked) else "medium"
    if title is not None and title.source not in _STRONG_SOURCES and confidence == "high":
        confidence = "medium"
    return Role("other", why, tuple(spans), confidence=confidence, clues=tuple(clues))  # type: ignore[arg-type]

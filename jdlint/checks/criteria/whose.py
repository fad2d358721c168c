"""CS001 (and CS004): whose experience a mention of lived experience means (the applicants',
the panel's, the team's, the people served, another post's), and where the advert names the
kind of lived experience (after the mention, in a list, in a definition or glossary).
"""

from __future__ import annotations

import re

from jdlint.analysis import Analysis, Hit
from jdlint.checks.criteria.shared import (
    CriteriaWords,
    continuation_of,
    hits,
    own_clause_between,
    possessive_owner,
    sought,
    title_like,
    title_words,
    words,
)


def kind_in_continuation(analysis: Analysis, hit: Hit) -> Hit | None:
    """The kind named where the mention's sentence goes on, in the next list item or line
    ("Must self-identify as a person in recovery" / "from a substance use disorder."); not a kind
    named in another sentence or another item."""
    found = continuation_of(analysis, hit)
    if found is None:
        return None
    nxt, end = found
    return next((k for k in analysis.hits_in_block("lex:lived-experience-kind", nxt)
                 if k.end <= end and not _in_post_title(analysis, k)), None)  # fmt: skip


def kind_in_sentence_before(analysis: Analysis, hit: Hit) -> Hit | None:
    """The kind named by the applicant's lived experience in the sentence just before, in the same
    paragraph or item, for a mention that opens its own sentence with no kind, a word of
    `kind-back-openers` at most before it ("This position is identified for people with a lived
    experience of mental health challenges. Lived experience is an essential requirement."): the
    short name points back to the experience just named. Not the kind of the people served ("You will
    support people with lived experience of psychosis. Lived experience is essential."), nor a kind
    named with no lived experience of the applicant's beside it ("Our service supports people who use
    substances.")."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    if not words()["kind-back-openers"].issuperset(t for t in lowers[s_start : hit.start] if t[:1].isalnum()) \
            or hit.start - s_start > 2:  # fmt: skip
        return None
    before = [(start, end) for start, end, _, _ in analysis.sentences(hit.block) if end <= s_start]
    if not before:
        return None
    p_start, p_end = before[-1]
    for prior in hits(analysis, "lived-experience"):
        if prior.block != hit.block or not (p_start <= prior.start and prior.end <= p_end):
            continue
        if analysis.negated(prior) or not is_applicants(analysis, prior):
            continue
        kind = next((k for k in analysis.hits_in_sentence("lex:lived-experience-kind", prior)
                     if k.start >= prior.start and not _in_post_title(analysis, k)), None)  # fmt: skip
        if kind is not None:
            return kind
    return None


def is_applicants(analysis: Analysis, hit: Hit) -> bool:
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
    if _their_supporters(analysis, hit):
        return False  # "Clients value being supported by people who have walked a similar road": theirs
    if _involved_by_the_post(analysis, hit):
        return False  # "Recruit and induct experts by experience": the people the post involves
    if _panel_members(analysis, hit):
        return False  # "Our hiring committee includes two advisors with lived experience": theirs
    if _names_its_people(analysis, hit):
        return False  # "selection panels that include lived experience members": theirs
    if _of_the_served(analysis, hit):
        return False  # "We value the lived experience of our participants": theirs
    if _served_after_cue(analysis, hit):
        return False  # "The role is essential to people in recovery from addiction": those it matters to
    if _served_subject(analysis, hit):
        return False  # "Everyone you support will have lived experience of psychosis": theirs
    if _served_be_subject(analysis, hit):
        return False  # "Residents must be abstinent from alcohol": a rule of the service for them
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
    owner = possessive_owner(lowers, at, s_start, w)
    if owner is None:
        return "own" in before
    if owner == "worker" and _some_of_them(lowers[s_start:at], w):
        return False  # "Some of our coaches draw on their own lived experience": colleagues'
    if owner == "worker" and _others_of_a_kind(analysis, lowers[s_start:at], w):
        return False  # "Peer volunteers bring their own lived experience" in a paid post's advert: theirs
    return owner == "worker"


def _others_of_a_kind(analysis: Analysis, before: list[str], w: CriteriaWords) -> bool:
    """Is the owner of the possessive (the last `worker` word before it) other people than the
    post holder: volunteers (`volunteer-words`) in an advert whose title names no volunteer post
    ("Peer volunteers bring their own lived experience, and you will support them"), or workers
    counted by a word of `partitive-words` right before them, up to two words between ("many
    excellent workers bring their own experience of recovery", "some staff draw on their own")?
    What some or other people bring is no want of the applicant's."""
    people = w["worker"] | w["volunteer-words"]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in people), None)
    if at is None or before[at] in w["applicant-words"]:
        return False
    if before[at] in w["volunteer-words"]:
        from jdlint.role import find_title

        title, _ = find_title(analysis)
        return w["volunteer-words"].isdisjoint(re.findall(r"[^\W\d_]+", (title or "").lower()))
    return any(word in w["partitive-words"] for word in before[max(0, at - 3) : at])


def _involved_by_the_post(analysis: Analysis, hit: Hit) -> bool:
    """Are the people named by their lived experience ("experts by experience", "people with lived
    experience") the ones the post's own duty recruits, trains or pays ("Recruit and induct experts by
    experience", "You will train people with lived experience", "The coordinator pays experts by
    experience")? The match names people (its first word one of `experience-persons`, or "<people>
    with" right before it); its clause opens with a word of `involvement-duty-verbs`, after at most
    words of `duty-openers` or `post-subjects` ("you will", "the post will") or of the title; and no applicant word, clause break or
    relative word stands between the verb and the people. "We are recruiting experts by experience"
    (the organisation recruiting) and "Recruit ... if you have lived experience" stay the applicants'."""
    w = words()
    lowers = analysis.lowers(hit.block)
    person = hit.start if lowers[hit.start] in w["experience-persons"] else None
    if person is None and hit.start >= 2 and lowers[hit.start - 1] == "with" \
            and lowers[hit.start - 2] in w["people-nouns"] | w["experience-persons"]:  # fmt: skip
        person = hit.start - 2
    if person is None:
        return False
    s_start, _ = analysis.sentence_bounds(hit)
    before = [t for t in lowers[s_start:person] if t[:1].isalnum()]
    subject = w["post-subjects"] | w["duty-openers"] | set(title_words(analysis))
    at = next((i for i, t in enumerate(before) if t not in subject), None)
    if at is None or at > 5 or before[at] not in w["involvement-duty-verbs"]:
        return False
    stop = w["applicant-words"] | w["clause-breaks"] | w["relative-words"] | w["new-subjects"]
    return len(before) - at <= 8 and stop.isdisjoint(before[at + 1 :])


def _panel_members(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience that of the people who select ("Our interview panel includes two
    peer advisors with lived experience", "An expert by experience will sit on the interview
    panel")? A selection panel (`panel` in rules/lexicon.toml) named in the sentence, the
    experience said of people ("with" right before it, or the match itself a person, its first
    word one of `experience-persons`: "expert by experience"), and neither a word for the
    applicant (`applicant-words`) nor a requirement cue in the sentence ("Applicants with lived
    experience will meet a panel", "Lived experience is essential and is explored by the
    panel" are the applicant's). So is any lived experience after the panel and a word of its
    make-up (`panel-membership`: "Our interview panel includes a peer worker, because we value
    the perspective of lived experience"), unless the sentence gives it a desirable level of its own
    ("The panel includes a peer worker, and lived experience of psychosis is desirable")."""
    if not analysis.hits_in_sentence("lex:panel", hit) or analysis.hits_in_sentence("lex:requirement", hit):
        return False
    w = words()
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    said = set(lowers[s_start:s_end])
    # the panel named as made up of its members before the mention ("Our interview panel includes a
    # peer support worker, because we believe every role benefits from the perspective of lived
    # experience"): the sentence is about who selects, and the lived experience is theirs or the
    # organisation's value ("we" there is the organisation, `organisation-words`, not a reader)
    if w["applicant-words"].isdisjoint(said - w["organisation-words"]) and not analysis.hits_in_sentence(
            "lex:desirable", hit) and any(
            p.end <= m.start and m.end <= hit.start for p in analysis.hits_in_sentence("lex:panel", hit)
            for m in analysis.hits_in_sentence("lex:panel-membership", hit)):  # fmt: skip
        return True
    if not w["applicant-words"].isdisjoint(said):
        return False
    before = analysis.tokens_before(hit, 1)
    return (bool(before) and before[-1] == "with") or lowers[hit.start] in w["experience-persons"]


def _names_its_people(analysis: Analysis, hit: Hit) -> bool:
    """Does the match name people by their lived experience, right before a word of
    `experience-group-nouns` ("selection panels that include lived experience members", "our
    lived experience representatives", "reviewed by lived experience reps")? The experience is
    theirs, not the applicant's; a designated post ("a designated lived experience position") is
    no such people."""
    lowers = analysis.lowers(hit.block)
    return hit.end < len(lowers) and lowers[hit.end] in words()["experience-group-nouns"] \
        and not analysis.overlaps("lex:lived-experience-designated", hit)  # fmt: skip


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


def _their_supporters(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience said of the people who support someone, named as the agent of a
    passive serving verb just before it ("to be supported by people who have walked a similar road",
    "helped by someone who has been there": `supported-by-them` in rules/lexicon.toml)? Those
    supporters' (the peer colleagues the people served value), not asked of the applicant. Not with
    a word for the applicant or a clause break between ("supported by peers who, like you, have ...")."""
    found = analysis.hits_in_sentence("lex:supported-by-them", hit)
    if not found:
        return False
    w = words()
    stop = w["applicant-words"] | w["clause-breaks"] | w["new-subjects"]
    lowers = analysis.lowers(hit.block)
    return any(t.end <= hit.start and hit.start - t.end <= 4 and stop.isdisjoint(lowers[t.end : hit.start]) for t in found)


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


def _served_be_subject(analysis: Analysis, hit: Hit) -> bool:
    """Are the people served the subject of a "be" or "have" said right before the mention ("Residents
    must be abstinent from alcohol", "Clients need to be 12 months sober before they move in", "All
    guests have to be drug-free")? The clause opens with them (after a determiner or a word of
    `quantity-words` or `served-rule-skip`: "all", "any"), a word of `served` that is not one of
    `ambiguous-people`, the clause's last word before the mention one of `served-rule-verbs`, and no
    applicant or worker word (`applicant-words`, `worker`) stands between them and the mention:
    then the condition is the service's rule for them, not the applicant's lived experience.
    ("Applicants must be two years sober", "Staff in recovery must be ..." are not theirs.)"""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    breaks = w["served-rule-breaks"]
    start = max([s_start] + [i + 1 for i in range(s_start, hit.start) if lowers[i] in breaks])
    before = [t for t in lowers[start : hit.start] if t[:1].isalnum()]  # its clause ("In our house, residents ...")
    if not before or before[-1] not in w["served-rule-verbs"] or len(before) > 8:
        return False
    skip = w["served-determiners"] | w["quantity-words"] | w["served-rule-skip"]
    first = next((t for t in before if t not in skip), None)
    if first is None or first not in w["served"] or first in w["ambiguous-people"]:
        return False
    return (w["applicant-words"] | w["worker"]).isdisjoint(before)


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


def _served_after_cue(analysis: Analysis, hit: Hit) -> bool:
    """Are the people the mention names (a word of `people-nouns`, `served` or `ambiguous-people`
    that is not an `applicant-words` one, maybe with `relative-words` between: "people who are in
    recovery") the object of a preposition of `cue-object-preps` right after a requirement or
    desirable cue, past a determiner or describing word ("The role is essential to people in
    recovery from addiction", "vital for the individuals in recovery we support")? The cue then
    says what the post or service is to them, not what the applicant must have."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    people = (w["people-nouns"] | w["served"] | w["ambiguous-people"]) - w["applicant-words"]
    i = hit.start
    if lowers[i] not in people:
        i -= 1
        while i > s_start and hit.start - i <= 3 and lowers[i] in w["relative-words"]:
            i -= 1
        if i < s_start or lowers[i] not in people:
            return False
    k = i - 1
    while k > s_start and i - k <= 3 and (lowers[k] in w["served-determiners"] or lowers[k] in w["people-modifiers"]):
        k -= 1
    if k <= s_start or lowers[k] not in w["cue-object-preps"]:
        return False
    return any(c.end == k for g in ("lex:requirement", "lex:desirable") for c in analysis.hits_in_sentence(g, hit))


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
            if sought(before[max(0, j - 3) : j], w):
                return False  # "we are looking for veterans who are in recovery": the applicants
            # "(must) be a veteran who has recovered", "(must) self-identify as a veteran who ..."
            # is the applicant's identity
            # as is "(applicants) must be veterans who are in recovery": a bare plural after a
            # required "be" ("must be", "need to be"), not after "will be" (who the clients will be)
            return not ((j >= 2 and before[j - 1] in {"a", "an"} and (before[j - 2] in w["identity-verbs"] or (
                j >= 3 and before[j - 2] == "as" and before[j - 3] in w["identify-verbs"])))
                or (j >= 2 and before[j - 1] == "be" and before[j - 2] in w["required-be"]))  # fmt: skip
        if word in w["ambiguous-people"] or word in w["served-after-serving"]:
            return any(v in w["serve-verbs"] for v in before[max(0, j - 2) : j]) or _topic_people(before, j, w)
        if word not in w["relative-words"]:
            return _topic_people(before, j, w)
    return False


def _topic_people(before: list[str], j: int, w: CriteriaWords) -> bool:
    """Are the people at ``before[j]`` named after a noun of the work or of what is known about
    them and its preposition, a determiner or a describing word between (`served-topic-nouns`,
    `served-topic-preps` in rules/data/criteria.toml: "the needs of children who ...", "groups
    for young men who ...")? They are the people served or the topic, not the applicants ("only
    open to women who ..." stays theirs)."""
    k = j - 1
    while k >= 0 and (before[k] in w["people-modifiers"] or before[k] in w["served-determiners"]):
        k -= 1
    return k >= 1 and before[k] in w["served-topic-preps"] and before[k - 1] in w["served-topic-nouns"]


def kind_in_list_after(analysis: Analysis, hit: Hit) -> Hit | None:
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


def _of_another_item(analysis: Analysis, hit: Hit, kind: Hit) -> bool:
    """Is the kind word after the mention part of another experience item joined to it in the
    list ("Essential: lived experience, and experience of supporting people with psychosis";
    "lived experience; two years supporting adults with mental health challenges")? A join
    (a comma or semicolon, `other-requirement-joins`) then one of `other-item-nouns` between,
    not itself part of a lived-experience match ("lived experience and personal experience of
    psychosis" names the kind of the second mention)."""
    if kind.start < hit.end:
        return False
    lowers = analysis.lowers(hit.block)
    w = words()
    joins = w["other-requirement-joins"] | {",", ";"}
    own = analysis.hits_in_sentence("lex:lived-experience", hit)
    joined = False
    for i in range(hit.end, kind.start):
        if lowers[i] in joins:
            joined = True
        elif joined and lowers[i] in w["other-item-nouns"] and not any(o.start <= i < o.end for o in own):
            return True
    return False


def kind_named(analysis: Analysis, hit: Hit) -> bool:
    """Is the kind of experience named in the mention's sentence, cell or table row (not in a
    post's name there, nor in another experience item joined after it)?"""
    if any(not _in_post_title(analysis, k) and not _of_another_item(analysis, hit, k)
           for k in analysis.hits_in_sentence("lex:lived-experience-kind", hit)):
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


def kind_in_definition(analysis: Analysis, hit: Hit) -> Hit | None:
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
    if i >= 0 and (blocks[i].kind == "heading" or title_like(blocks[i].text.strip("#*: "))):
        titles.append(blocks[i].text)
    return any(g in t.lower() for t in titles for g in words()["glossary-headings"])


def about_another_posting(analysis: Analysis, hit: Hit) -> bool:
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
    title_list = title_words(analysis)
    title = set(title_list)
    if not title:
        return False
    from jdlint.role import classify_title
    from jdlint.titles import strong_job_noun

    lowers = analysis.lowers(hit.block)
    stop = set(words()["clause-breaks"]) | {"this"}
    skip = words()["posting-name-skip"]
    for o in found:
        name = [t for t in lowers[o.start + 1 : o.end - 1] if t not in skip]
        nouns = [t for t in name if strong_job_noun(t)]
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


def for_another_opening(analysis: Analysis, hit: Hit) -> bool:
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
               and not own_clause_between(analysis, hit.block, hit.end, o.start)
               for o in analysis.hits_in_sentence("lex:other-vacancy", hit))  # fmt: skip


def said_of_other_posts(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience asked for by other posts named as the subject before it in its
    clause ("...; our Peer Navigator roles are posted separately and are open only to people with
    lived experience": `other-posts-subject` in rules/lexicon.toml)? Not when this post is named
    between ("Like our other roles, this post is ...") or added to them after it ("..., and so is
    this one": `this-post-too`), nor in a clause of its own (`own_clause_between`: a clause
    break, a spaced dash, or "and" before a new subject: "... are posted separately and you must
    have ...")."""
    if _set_for_other_posts(analysis, hit):
        return True
    found = analysis.hits_in_sentence("lex:other-posts-subject", hit)
    if not found:
        return False
    lowers = analysis.lowers(hit.block)
    if any(t.start >= hit.end for t in analysis.hits_in_sentence("lex:this-post-too", hit)):
        return False
    return any(o.end <= hit.start and "this" not in lowers[o.end : hit.start]
               and not own_clause_between(analysis, hit.block, o.end, hit.start) for o in found)  # fmt: skip


def _set_for_other_posts(analysis: Analysis, hit: Hit) -> bool:
    """Is the lived experience a criterion the post holder is to set or check for the posts it
    recruits to ("make sure lived experience is an essential criterion for designated roles",
    "ensure that lived experience is required in all peer job descriptions")? A word of
    `criterion-setting-words` (rules/data/criteria.toml) at most three words before it, then within
    twelve words after it "for" or "in" and, at most five words on, a word of `criterion-post-nouns`
    (posts in the plural, their adverts or job descriptions), with no word for the applicant
    (`applicant-words`), "this" or clause break between ("make sure you have lived experience",
    "ensure your lived experience is essential for these roles" stay the applicant's)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    stop = w["applicant-words"] | w["clause-breaks"] | w["criterion-application-words"] | {"this"}
    before = lowers[max(s_start, hit.start - 4) : hit.start]
    at = max((i for i, t in enumerate(before) if t in w["criterion-setting-words"]), default=None)
    if at is None or not stop.isdisjoint(before[at + 1 :]):
        return False
    for j in range(hit.end, min(s_end, hit.end + 12)):
        if lowers[j] in stop or lowers[j] in (",", "."):
            return False
        named = lowers[j + 1 : min(s_end, j + 6)]
        if lowers[j] in ("for", "in") and not w["criterion-post-nouns"].isdisjoint(named):
            return stop.isdisjoint(named)
    return False


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
    from jdlint.titles import strong_job_noun

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
    if (not (another or head.endswith("s")) or not strong_job_noun(head)
            or not named.isdisjoint((head,) if another else (head[:-1], head[:-2]))
            or len(between) > 12 or not stop.isdisjoint(between) or ":" in between
            or any(n.start - 1 <= j.end <= n.start for j in joined)):  # fmt: skip
        return None
    return n


def workforce_subject(analysis: Analysis, hit: Hit) -> bool:
    """Does the mention only name the lived experience workforce as the subject of its sentence
    ("Lived experience workers help young people settle into the centre", "Our lived experience
    practitioners walk alongside families at court"): the mention right before a plural job noun
    (`jdlint.titles.JOB_NOUN`, not a weak one: "roles", "staff") that opens the sentence after at
    most `workforce-subject-determiners`, with no requirement, desirable or wanted cue in the
    sentence, and no `workforce-defining-verbs` after the noun ("... Connectors are peer support
    workers who ..." says what the post is)? It describes the job family, the applicant's
    colleagues, and asks nothing of the applicant (not "Lived experience workers must have ...",
    "We are recruiting lived experience workers", "Lived experience of youth detention is essential")."""
    from jdlint.titles import strong_job_noun

    lowers = analysis.lowers(hit.block)
    if hit.end >= len(lowers):
        return False
    noun = lowers[hit.end]
    if not noun.endswith("s") or not strong_job_noun(noun):
        return False
    s_start, _ = analysis.sentence_bounds(hit)
    before = [t for t in lowers[s_start : hit.start] if t[:1].isalpha()]  # past a bullet
    if not words()["workforce-subject-determiners"].issuperset(before):
        return False
    if hit.end + 1 < len(lowers) and lowers[hit.end + 1] in words()["workforce-defining-verbs"]:
        return False  # "Our Lived Experience Connectors are peer workers who ...": what the post is
    return not any(analysis.hits_in_sentence(f"lex:{group}", hit) for group in ("requirement", "desirable", "wanted"))

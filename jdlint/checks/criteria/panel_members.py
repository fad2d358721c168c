"""CS003, peer panel: who sits on the panel (post holders, people named in a label or its
continuation, group nouns and their antecedents, answers to a question about who selects),
and whether they join it or only take part in another way.
"""

from __future__ import annotations

from jdlint.analysis import Analysis, Hit
from jdlint.checks.criteria.shared import (
    CriteriaWords,
    clause_bounds,
    continuation_of,
    next_sentence,
    title_holder_names,
    title_words,
    words,
)


def panel_named_back(lowers: list[str], left: int, right: int) -> bool:
    """Do the words of a clause before its membership word name the panel again by its noun
    after "the" or "this" ("...; the board for this recruitment includes ...", "; this panel
    will include ...")? Not a group's own name ("our advisory board includes ...")."""
    w = words()
    nouns, determiners = w["panel-nouns"], w["panel-back-determiners"]
    return any(lowers[j] in nouns and lowers[j - 1] in determiners for j in range(left + 1, right))


def _title_kind_people(analysis: Analysis, hit: Hit) -> list[Hit]:
    """People of the kind of lived experience the title names, in the sentence of ``hit``
    ("a carer", "Carers" under the title "Carer Peer Support Worker": ``title-kind-people``):
    in that post they are its peers. Not a word that goes on to another noun or a possessive ("the
    Carer Lead", "the Carers' Lead", "a carers' centre")."""
    title = title_words(analysis)
    kinds = words()["title-kind-people"]
    if not kinds.intersection(title):
        return []
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    spans = []
    for i in range(s_start, s_end):
        word = lowers[i]
        if word not in kinds or (word not in title and word.removesuffix("s") not in title):
            continue
        after = lowers[i + 1] if i + 1 < s_end else ""
        if (after[:1].isalpha() and after not in w["after-person-words"]) or after[:1] in ("'", "’"):
            continue  # "the Carer Lead", "the Carers' Lead": a post named by them
        spans.append((hit.block, i, i + 1))
    return analysis.make_hits("post-holder", spans)


def _post_holders(analysis: Analysis, hit: Hit) -> list[Hit]:
    """The advertised post's current holders named in the sentence ("one of our current
    Recovery Allies" under the title "Recovery Ally"): in a peer role, they are peers. The
    title's words, the last one maybe plural, after "current", "existing" or "fellow", or in
    the plural after a count or "our" ("two Recovery Allies") but not after a hiring verb, and
    not followed by another noun ("the Recovery Ally program coordinator" is someone else); or
    as a group after "our" or "the" ("members of our Recovery Ally team"); or the title's head noun
    alone, capitalised, after "current" or "existing" ("a current Connector"). The title may be
    named without its leading qualifiers or by its bracketed initials ("current Recovery
    Specialists", "two of our CRSs" under "Certified Recovery Specialist (CRS)": shared.
    title_holder_names), and the holders of a peer credential by its initials are peers whatever
    the post ("current CPSs": `peer-credential-holders`). Not the holders of a title of another
    profession with no peer word ("Registered Nurse", "Clinical Case Manager":
    `profession-title-words`, `clinical-title-words`)."""
    w = words()
    title = title_words(analysis)
    if not (w["profession-title-words"] | w["clinical-title-words"]).isdisjoint(title) and "peer" not in title:
        title = ()  # "Registered Nurse": its holders are nurses, not peers, however the post is read
    spans: list[tuple[int, int, int]] = []
    for name in title_holder_names(analysis) if title else ():
        spans.extend(_holders_named(analysis, hit, name, as_group=True))
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    said = set(lowers[s_start:s_end])
    for credential in sorted(w["peer-credential-holders"]):
        if said.isdisjoint(name_forms(credential)):
            continue  # (the initials are nowhere in the sentence: most sentences)
        # not as a group: "our CPS team" is as likely Child Protective Services
        named = _holders_named(analysis, hit, (credential,), as_group=False)
        if named and any(_spelled_out_as_other(analysis, hit, c) for c in {credential, credential[:-1] if credential.endswith("ss") else credential}):
            # ("CPSs" is also read as "cpss": the plural of a CPS spelled out; the spelling is looked
            # for only where the initials name holders, which few sentences do)
            continue  # "two CPCs (Certified Prevention Consultants)", "CPSs from Child Protective Services"
        spans.extend(named)
    if len(title) > 1:
        # the title's head noun alone, capitalised as a name, after "current", "existing" ("a current
        # Connector" under the title "Community Connector"), not after the title's other words
        last = title[-1]
        doc = analysis.docs[hit.block]
        for i in range(s_start + 1, s_end):
            if lowers[i] not in (last, last + "s") or lowers[i - 1] not in w["post-holder-before"] \
                    or not doc[i].text[:1].isupper() or any(a <= i < b for _, a, b in spans):
                continue
            after = lowers[i + 1] if i + 1 < s_end else ""
            if after[:1].isalpha() and after not in w["after-person-words"]:
                continue
            spans.append((hit.block, i, i + 1))
    return analysis.make_hits("post-holder", sorted(set(spans)))


def _spelled_out_as_other(analysis: Analysis, hit: Hit, initials: str) -> bool:
    """Does the sentence of ``hit`` spell ``initials`` out as capitalised words with none of
    `peer-credential-expansion-words` ("Certified Prevention Consultants" for CPC, "Child Protective
    Services" for CPS)? Then the initials name that other thing, not holders of a peer credential
    ("Certified Peer Specialist" for CPS keeps them peers)."""
    doc = analysis.docs[hit.block]
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    n = len(initials)
    for i in range(s_start, s_end - n + 1):
        run = [doc[k].text for k in range(i, i + n)]
        if all(t[:1].isupper() and t[1:2].islower() for t in run) \
                and "".join(t[0] for t in run).lower() == initials:  # fmt: skip
            return words()["peer-credential-expansion-words"].isdisjoint(lowers[i : i + n])
    return False


def name_forms(last: str) -> frozenset[str]:
    """A name's last word as it may stand in the sentence: itself or a plural ("cps", "cpss",
    "cpses"; "ally", "allies")."""
    return frozenset((last, last + "s", last + "es", last[:-1] + "ies" if last.endswith("y") else last + "s"))


def _holders_named(analysis: Analysis, hit: Hit, name: tuple[str, ...], as_group: bool) -> list[tuple[int, int, int]]:
    """Spans in the sentence of ``hit`` where ``name`` (a post's or a credential's lower-case
    words) names its current holders (see :func:`_post_holders`); ``as_group``: also as a group
    after "our" or "the" ("our Recovery Ally team")."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    n, last = len(name), name[-1]
    plurals = name_forms(last)
    if plurals.isdisjoint(lowers[s_start:s_end]):
        return []  # (the name's last word is nowhere in the sentence: most sentences, most names)
    spans = []
    for i in range(s_start + 1, s_end - n + 1):
        if tuple(lowers[i : i + n - 1]) != name[:-1] or lowers[i + n - 1] not in plurals:
            continue
        after = lowers[i + n] if i + n < s_end else ""
        if after in w["holder-group-nouns"] and lowers[i - 1] in w["holder-group-before"]:
            if not as_group:
                continue
            # the holders as a group ("two members of our Recovery Ally team"), not someone the
            # group's name describes ("our Recovery Ally team leader")
            following = lowers[i + n + 1] if i + n + 1 < s_end else ""
            if not following[:1].isalpha() or following in w["after-person-words"]:
                spans.append((hit.block, i, i + n + 1))
            continue
        counted = lowers[i + n - 1] != last and lowers[i - 1] in w["post-holder-count"] \
            and w["post-holder-count-not-after"].isdisjoint(lowers[max(s_start, i - 3) : i - 1])
        if not counted and w["post-holder-before"].isdisjoint(lowers[max(s_start, i - 2) : i]):
            continue
        if after[:1].isalpha() and after not in w["after-person-words"]:
            continue
        spans.append((hit.block, i, i + n))
    return spans


def panel_people(analysis: Analysis, hit: Hit) -> list[Hit]:
    """Peers or people with lived experience in the sentence of ``hit``, and the advertised
    peer post's current holders; a bare "peer" that names a topic ("a presentation on peer
    supervision") is not people."""
    w = words()
    out = _post_holders(analysis, hit) + _title_kind_people(analysis, hit)
    lowers = analysis.lowers(hit.block)
    for p in analysis.hits_in_sentence("lex:panel-people", hit):
        if p.start >= 2 and lowers[p.start - 2] in w["applicant-nouns"] and lowers[p.start - 1] in ("with", "who") \
                and (lowers[p.start - 1] == "who" or analysis.overlaps("lex:lived-experience", p)):  # fmt: skip
            continue  # "a guaranteed interview for applicants with lived experience": the applicants
        # (not other people after "with": "an informal chat for candidates with people who use our service"
        # names whom the candidates meet)
        if p.start >= 1 and lowers[p.start - 1] in w["reader-possessives"] and analysis.overlaps("lex:lived-experience", p):
            continue  # "The panel will ask about your lived experience": the applicant's, not a person
        after = analysis.tokens_after(p, 2)
        if p.text.lower() in ("peer", "peers") and after and after[0] in w["peer-topic-nouns"] \
                and not (len(after) > 1 and after[1] in w["peer-people-after"]):  # fmt: skip
            continue
        if p.text.lower() == "peer" and after and after[0] in w["peer-equal-nouns"] and p.start >= 2 \
                and lowers[p.start - 1] in w["peer-equal-articles"] \
                and lowers[p.start - 2] in w["peer-equal-prepositions"]:  # fmt: skip
            continue  # "a senior clinician from a peer service": a comparable organisation, not peers
        post = analysis.tokens_after(p, 4)[1:]
        if p.text.lower() == "peer" and len(after) > 1 and after[0] in w["peer-service-nouns"] \
                and (post[0] in w["service-manager-nouns"] or "".join(post) in w["service-manager-nouns"]):  # fmt: skip
            continue  # "the Peer Services Manager", "Coordinator": who runs a service, not said to be a peer
        if _names_a_kind_of_post(analysis.tokens_after(p, 6)):
            continue  # "panels for peer and lived experience roles": a kind of post
        if _task_topic(analysis, p):
            continue  # "a short presentation on developing the peer workforce": what the task is about
        out.append(p)
    return out or _group_anaphor(analysis, hit)


def people_in_continuation(analysis: Analysis, hit: Hit) -> list[Hit]:
    """Peers or people with lived experience named where the sentence of ``hit`` goes on in the
    next paragraph or list item (:func:`continued_in`: "Finalists give a short presentation to
    our" / "Recovery Community Advisory Council."), not negated."""
    found = continuation_of(analysis, hit)
    if found is None:
        return []
    nxt, end = found
    return [p for p in analysis.hits_in_block("lex:panel-people", nxt) if p.end <= end and not analysis.negated(p)]


def _task_topic(analysis: Analysis, p: Hit) -> bool:
    """Are the people ``p`` in the topic of a task the candidate does ("a presentation on
    supporting service users", "a written exercise about the peer workforce")? Within eight
    tokens before them, a topic word (`task-topic-words`) right after a task noun
    (`candidate-task-nouns`), with no word between that ends the topic (`task-topic-ends`:
    "to", "in front of", a comma)."""
    w = words()
    before = analysis.tokens_before(p, 8)
    if w["task-topic-words"].isdisjoint(before):
        return False
    ends = w["task-topic-ends"]
    for i in range(len(before) - 1, 0, -1):
        if before[i] in ends:
            return False
        if before[i] in w["task-topic-words"] and before[i - 1] in w["candidate-task-nouns"]:
            return True
    return False


def _group_anaphor(analysis: Analysis, hit: Hit) -> list[Hit]:
    """A group of people with lived experience named before and referred back to in the
    sentence of ``hit`` ("Our Lived Experience Advisory Group co-wrote this advert. Shortlisted
    candidates will spend an hour with the group ..."): "the", "this" or "that" and a group
    noun (`group-anaphor-nouns`) not followed by a word that makes it something else ("the
    group leader", "the group interview": `group-anaphor-not-before`), whose
    antecedent, a `panel-people` match ending in the same noun, is in an earlier sentence of
    the block, the block before it or the heading of its section; or the group's members named
    by its noun after a count or determiner (`group-member-before`: "two council members"),
    whose antecedent may be anywhere before."""
    w = words()
    nouns = w["group-anaphor-nouns"]
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    if nouns.isdisjoint(lowers[s_start:s_end]):
        return []
    spans = []
    for i in range(s_start, s_end):
        if lowers[i] not in nouns:
            continue
        if i + 1 < s_end and lowers[i + 1] in w["member-nouns"] \
                and (i == s_start or lowers[i - 1] in w["group-member-before"]):  # fmt: skip
            # the group's members named by its noun ("Two council members will sit on the interview
            # panel", "Council members sit on ..."): they can only be that group's, named anywhere
            # before in the advert; not where the group is named right after them ("two council
            # members from the City Council", "board members of the trust"): that group is theirs
            named_after = i + 2 < s_end and lowers[i + 2] in w["group-named-after"]
            if not named_after and _group_named_before(analysis, hit.block, s_start, lowers[i]):
                spans.append((hit.block, i, i + 2))
            continue
        if i == s_start or lowers[i - 1] not in w["group-anaphor-determiners"]:
            continue
        if i + 1 < s_end and lowers[i + 1] in w["group-anaphor-not-before"]:
            continue
        if _group_antecedent(analysis, hit.block, s_start, lowers[i]):
            spans.append((hit.block, i - 1, i + 1))
    return analysis.make_hits("group-anaphor", spans)


def _group_named_before(analysis: Analysis, block: int, s_start: int, noun: str) -> bool:
    """Is a group of people with lived experience ending in ``noun`` (a `panel-people` match, not
    negated) named anywhere before token ``s_start`` of ``block``: in the title, a heading or
    an earlier paragraph ("Coordinator, Lived Experience Advisory Council" / ... / "Two council
    members will sit on the interview panel")? The first place of each group noun is found once
    per advert (memo ``group-first-named``), not by matching every block before at each ask."""
    first = analysis.memo.get("group-first-named")
    if not isinstance(first, dict):
        first = {}
        for p in analysis.hits("lex:panel-people"):
            last = p.text.lower().split()[-1]
            if not analysis.negated(p) and (p.block, p.end) < first.get(last, (len(analysis.document.blocks), 0)):
                first[last] = (p.block, p.end)
        analysis.memo["group-first-named"] = first
    place = first.get(noun)
    return place is not None and (place[0] < block or (place[0] == block and place[1] <= s_start))


def _group_antecedent(analysis: Analysis, block: int, s_start: int, noun: str) -> bool:
    """Is a group of people with lived experience ending in ``noun`` named before token
    ``s_start`` of ``block``: earlier in the block, in the block before it, or in the nearest
    heading above it?"""
    blocks = analysis.document.blocks
    places = [block]
    if block > 0:
        places.append(block - 1)
    heading = next((i for i in range(block - 1, max(-1, block - 12), -1) if blocks[i].kind == "heading"), None)
    if heading is not None:
        places.append(heading)
    for place in dict.fromkeys(places):
        for p in analysis.hits_in_block("lex:panel-people", place):
            if place == block and p.end > s_start:
                continue
            if p.text.lower().split()[-1] == noun and not analysis.negated(p):
                return True
    return False


def _names_a_kind_of_post(after: list[str]) -> bool:
    """Do the words after a mention of peers reach a word for a post through joining words
    only: peer roles, peer support roles, peer and lived experience roles?"""
    w = words()
    for token in after:
        if token in w["role-kind-nouns"]:
            return True
        if token not in w["role-kind-joins"]:
            return False
    return False


def selection_answer(analysis: Analysis, hit: Hit) -> Hit | None:
    """The answer to a question about who selects ("Who will be on the interview panel?",
    "Who will interview me?"): the next sentence, in the same block or the next one (an FAQ),
    as a match on its first token; the first line under a panel label ("Interview panel");
    ``None`` when ``hit`` is not in such a question or label."""
    if not analysis.is_question(hit):
        members = label_members(analysis, hit)
        return members[0] if members else None
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    # an FAQ's "Q:" mark before the question word ("Q: Who sits on the interview panel?")
    first = next((t for t in lowers[s_start:s_end] if t[:1].isalpha() and t != "q"), "")
    if first not in words()["people-questions"]:
        return None
    return next_sentence(analysis, hit)


def label_members(analysis: Analysis, hit: Hit) -> list[Hit]:
    """When the match is a heading or a short label line that names only the panel
    ("Interview panel", "Our hiring committee:"), the panel's make-up set out under it: the
    first sentence of the paragraph after it, or of each list item after it, as matches on
    their first tokens. Empty otherwise."""
    blocks = analysis.document.blocks
    block = blocks[hit.block]
    w = words()
    continued = _members_continued(analysis, hit)
    if continued is not None:
        return [continued]
    if block.kind not in ("heading", "paragraph"):
        return []
    own = [t for t in analysis.lowers(hit.block)[hit.start : hit.end] if t[:1].isalpha()]
    if not own or own[-1] not in w["panel-nouns"]:
        return []  # (asked before the block's words: most matches end in no panel noun)
    lowers = analysis.lowers(hit.block)
    if hit.end == len(lowers) and hit.block + 1 < len(blocks) \
            and blocks[hit.block + 1].kind == "paragraph" and analysis.sentences(hit.block + 1):  # fmt: skip
        # a sentence broken by Enter right after the panel ("... The interview panel" / "includes a
        # young person from our Youth Reference Group, ..."): the next line, opening in lower case
        # with a membership word, is its make-up
        start = analysis.sentences(hit.block + 1)[0][0]
        first = analysis.docs[hit.block + 1][start]
        if first.text[:1].islower() and any(start <= m.start <= start + 1 for m in analysis.hits_in_block("lex:panel-membership", hit.block + 1)):
            return analysis.make_hits("answer", [(hit.block + 1, start, start + 1)])
    tokens = [t for t in lowers if t[:1].isalpha()]
    if (block.kind == "paragraph" and len(tokens) > 4) or any(t not in own and t not in w["panel-label-words"]
                                                              for t in tokens):  # fmt: skip
        return []
    out: list[Hit] = []
    for i in range(hit.block + 1, min(len(blocks), hit.block + 9)):
        kind = blocks[i].kind
        if kind not in ("paragraph", "list-item") or (out and kind == "paragraph") or not analysis.sentences(i):
            break
        start = analysis.sentences(i)[0][0]
        out.append(analysis.make_hits("answer", [(i, start, start + 1)])[0])
        if kind == "paragraph":
            break
    return out


def _members_continued(analysis: Analysis, hit: Hit) -> Hit | None:
    """The start of the next line or list item, as a match, when the sentence of a selection
    match puts people on it with a membership word after the match ("Shortlisting will be done
    by the" / "Peer Lead and the Ward Manager.", "Interviews are held by the manager and" / "two
    of our peer workers.") and goes on there (:func:`continued_in`), naming no people and no
    other way of taking part in its own part: the next line is the make-up."""
    found = continuation_of(analysis, hit)
    if found is None or panel_people(analysis, hit) or other_ways(analysis, hit):
        return None
    weak = words()["weak-membership"]
    if not any(m.start >= hit.start and m.text.lower() not in weak and not sequence_by(analysis, m)
               for m in analysis.hits_in_sentence("lex:panel-membership", hit)):  # fmt: skip
        return None
    nxt, _ = found
    start = analysis.sentences(nxt)[0][0]
    return analysis.make_hits("answer", [(nxt, start, start + 1)])[0]


def listed_members_group(analysis: Analysis, other: Hit, people: list[Hit]) -> bool:
    """In a panel's make-up under its label, is a group that would be another way of taking
    part only where a listed member comes from ("a consumer representative from our AOD Consumer
    Advisory Group", "a member of the Whānau Advisory Group")? "from" or "of" before the group's
    name (past a determiner and the group's own capitalised name words), after a word of
    `origin-nouns` or a person with lived experience; not after another person ("a manager from
    our Regional Advisory Group")."""
    group = next((p for p in people if p.start <= other.start and other.end <= p.end), other)
    s_start, _ = analysis.sentence_bounds(other)
    doc, lowers = analysis.docs[other.block], analysis.lowers(other.block)
    i = group.start
    while i > s_start and i > group.start - 6 and (lowers[i - 1] in words()["origin-determiners"]
                                                   or doc[i - 1].text[:1].isupper()
                                                   or lowers[i - 1] in ("'s", "’s")):  # fmt: skip
        # a possessive owner before the group's name ("a member of the county's Peer Advisory
        # Council"): "'s" and the owner noun before it
        i -= 2 if lowers[i - 1] in ("'s", "’s") and i - 2 > s_start else 1
    if i - 1 <= s_start or lowers[i - 1] not in ("from", "of"):
        return False
    return lowers[i - 2] in words()["origin-nouns"] or any(
        p.end == i - 1 and not (p.start <= other.start < p.end) for p in people)


def after_bare_reply(analysis: Analysis, reply: Hit) -> Hit | None:
    """The sentence after a bare reply ("Yes.", "A: Yes, always.": two words at most) when it
    is about the panel (a `panel` match or the people on it: "Every panel for lived experience
    roles includes a Carer Lived Experience Lead."): it says what the yes means."""
    r_start, r_end = analysis.sentence_bounds(reply)
    said = [t for t in analysis.lowers(reply.block)[r_start:r_end] if t[:1].isalpha() and t != "a"]
    after = next_sentence(analysis, reply) if len(said) <= 2 else None
    if after is None or not (analysis.hits_in_sentence("lex:panel", after) or panel_people(analysis, after)):
        return None
    return after


def closed_answer(analysis: Analysis, hit: Hit) -> tuple[Hit | None, bool] | None:
    """For a match in a yes/no question ("Will someone with lived experience be on the
    panel?", "Is there a peer on the interview panel?"), the reply and whether it says yes
    ("Yes, always."; "A: Yes - ..."); ``None`` when ``hit`` is not in such a question."""
    if not analysis.is_question(hit):
        return None
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    first = [t for t in lowers[s_start:s_end] if t[:1].isalpha()]
    if first[:1] == ["q"]:
        first = first[1:]  # "Q: Will ..."
    if not first or first[0] not in w["closed-questions"]:
        return None
    reply = next_sentence(analysis, hit)
    if reply is None:
        return None, False
    r_start, r_end = analysis.sentence_bounds(reply)
    said = [t for t in analysis.lowers(reply.block)[r_start:r_end] if t[:1].isalpha()]
    if said[:1] == ["a"] and ":" in analysis.lowers(reply.block)[r_start : r_start + 3]:
        said = said[1:]  # "A: Yes ..."
    return reply, bool(said) and said[0] in w["yes-words"]


def other_ways(analysis: Analysis, hit: Hit) -> list[Hit]:
    """The other ways of taking part in ``hit``'s sentence, without a gathering named as the
    interview itself ("Interviews are held as a yarning circle": `panel-other-way-not`)."""
    return [o for o in analysis.hits_in_sentence("lex:panel-other-way", hit) + analysis.hits_in_sentence("lex:panel-observer", hit)
            if not analysis.overlaps("lex:panel-other-way-not", o)]


def in_observers_clause(analysis: Analysis, m: Hit, other: list[Hit]) -> bool:
    """Is a membership word in the clause of an observer (``panel-observer``: "The interviews
    are observed by members of our youth council", "A carer attends the interview as an
    observer")? The people there watch the interview; they do not sit on the panel."""
    for o in other:
        if o.group == "lex:panel-observer":
            left, right = clause_bounds(analysis, o)
            if left <= m.start < right:
                return True
    return False


def qualified_panel(analysis: Analysis, hit: Hit) -> bool:
    """Is the match a panel named as another way of taking part, by the words just before or
    around it (a stakeholder panel, our service user panel, an advisory panel): a panel
    beside the interview, not the one that selects?"""
    lowers, k = analysis.lowers(hit.block), hit.end - 1
    if k < 1 or lowers[k] not in words()["panel-nouns"] or lowers[k - 1] in words()["panel-label-words"]:
        return False  # "meet a panel that includes ...": the word before it names no kind of panel
    return any(o.start <= k - 1 < o.end for o in other_ways(analysis, hit))


def on_a_qualified_panel(analysis: Analysis, person: Hit) -> bool:
    """Are the people named after a panel of another kind, with no other selection word
    between ("a stakeholder panel of Experts by Experience before a formal interview with ...")?
    They sit on that panel, not on the interview panel named elsewhere in the sentence."""
    panels = [h for h in analysis.hits_in_sentence("lex:panel", person) if not analysis.overlaps("lex:panel-not", h)]
    origin = words()["member-nouns"] | {"from"}
    if any(h.end - 1 == person.end and qualified_panel(analysis, h) for h in panels):
        # the people name the panel ("a service user panel"), unless a member comes from it ("a
        # member of our service user panel", "someone from our stakeholder panel")
        return not any(t in origin for t in analysis.lowers(person.block)[max(0, person.start - 4) : person.start])
    before = [h for h in panels if h.end <= person.start]
    return bool(before) and qualified_panel(analysis, max(before, key=lambda h: h.end))


def before_the_panel(analysis: Analysis, other: Hit, people: list[Hit]) -> bool:
    """Is an informal part an earlier stage, with a stage of selection between it and every
    person named ("After a ward visit, you will be interviewed by a panel that includes a
    peer worker"): the people are on the panel, not on the visit."""
    if not people:
        return False
    panel = [h for h in analysis.hits_in_sentence("lex:panel", other) if not analysis.overlaps("lex:panel-not", h)]
    return all(other.end <= p.start and any(other.end <= h.start and h.end <= p.start for h in panel) for p in people)


def member_origin(analysis: Analysis, hit: Hit, other: Hit, people: list[Hit], membership: list[Hit]) -> bool:
    """Is a group that would be another way of taking part (an advisory council) only where a
    panel member comes from: it lies inside people named after the panel and a strong
    membership word, all in one clause ("a panel that includes a peer advocate and a parent
    from our Family Advisory Council", "a panel made up of the manager and two members of our
    youth advisory group")? Then it is the panel's make-up, not a separate part. Not after a
    weak word ("an activity with members of our Youth Advisory Committee")."""
    w = words()
    if _subject_of_membership(analysis, hit, other, people, membership):
        return True
    if not any(p.start <= other.start and other.end <= p.end for p in people):
        return False
    for m in membership:
        if m.text.lower() in w["member-nouns"]:
            continue
        if m.text.lower() in w["weak-membership"] and not _named_as_origin(analysis, other, people):
            continue
        left, right = clause_bounds(analysis, m)
        # the selection word may begin the membership match ("interviewed by the manager and a
        # representative from our Consumer Advisory Council")
        if left <= hit.start <= m.start and hit.end <= m.end and m.end <= other.start and other.end <= right:
            return True
        # or the clause names the panel again and a listed member comes from the group ("an oral
        # board; the board includes a member of our Peer Advisory Council"; not "a manager from")
        if m.end <= other.start and other.end <= right and panel_named_back(analysis.lowers(m.block), left, m.start) \
                and listed_members_group(analysis, other, people):  # fmt: skip
            return True
    return False


def _named_as_origin(analysis: Analysis, other: Hit, people: list[Hit]) -> bool:
    """Is the group named only as where a person comes from ("a kōrero with our team leader and
    a young person from our Youth Advisory Group"): "from" before its name (the people match
    that holds it), past a determiner? After a weak word ("with") it is then the panel's
    make-up too, not an activity of its own."""
    s_start, _ = analysis.sentence_bounds(other)
    lowers = analysis.lowers(other.block)
    holding = [p for p in people if p.start <= other.start and other.end <= p.end]
    if any("from" in lowers[p.start : other.start] for p in holding):
        return True  # one match of the people and their group ("a rangatahi from our Youth Advisory Group")
    start = min((p.start for p in holding), default=other.start)
    before = lowers[max(s_start, start - 2) : start]
    while before and before[-1] in words()["origin-determiners"]:
        before = before[:-1]
    return bool(before) and before[-1] == "from"


def _subject_of_membership(analysis: Analysis, hit: Hit, other: Hit, people: list[Hit], membership: list[Hit]) -> bool:
    """Is the group the subject of a strong membership word that holds the panel, through a
    relative clause that only describes them ("Two members of our Youth Advisory Council, who
    have their own lived experience, sit on the panel with the program manager")? Then it is
    where the panel members come from, not a separate part. Only words like "will" or "also"
    may stand between them and the membership word besides that clause."""
    w = words()
    lowers = analysis.lowers(hit.block)
    for p in people:
        if not (p.start < other.end and other.start < p.end):
            continue  # the group overlaps the people named ("our Consumer Reference Group")
        end = max(p.end, other.end)
        for m in membership:
            if m.text.lower() in w["weak-membership"] or m.text.lower() in w["member-nouns"]:
                continue
            if not (end <= m.start and m.start <= hit.start and hit.end <= m.end + 3):
                continue
            between = lowers[end : m.start]
            if between[:1] == [","] and len(between) > 2 and between[1] in w["relative-pronouns"] and "," in between[2:]:
                between = between[len(between) - between[::-1].index(",") :]  # past ", who ... ,"
            if all(t in w["clause-verbs"] or (t in w["subject-links"] and t.isalpha() and t not in w["relative-pronouns"])
                   for t in between):  # fmt: skip
                return True
    return False


def in_other_stage(analysis: Analysis, person: Hit) -> bool:
    """Are the people named in a stage of hiring that is not the panel: the nearest stage
    before them is references or a visit ("After the interview we take up references,
    including one from a peer"), not the panel ("a panel that includes a peer worker")?"""
    stages = [(h.end, 1) for h in analysis.hits_in_sentence("lex:panel-stage-not", person) if h.end <= person.start]
    if not stages:
        return False
    stages += [(h.end, 0) for h in analysis.hits_in_sentence("lex:panel", person)
               if h.end <= person.start and not analysis.overlaps("lex:panel-not", h)]  # fmt: skip
    return max(stages)[1] == 1


def sequence_by(analysis: Analysis, m: Hit) -> bool:
    """A membership match starting with "by" that orders the stages ("a presentation to our
    consumer council, followed by a panel interview with the directors"): no one selects."""
    lowers = analysis.lowers(m.block)
    return m.text.lower().startswith("by ") and m.start > 0 and lowers[m.start - 1] in words()["sequence-by"]


def has_subject(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """A membership match that is itself a stage of selection ("read every application") puts
    people in selection only when they are its subject, just before it ("Two peer workers
    read every application"), not "We review all applications ... to join our peer team"."""
    if not any(h.start == m.start and h.end == m.end for h in analysis.hits_in_sentence("lex:panel", m)):
        return True
    return any(p.end <= m.start and m.start - p.end <= 3 for p in people)


def joins_the_people(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """"(apply early to) join our peer team": the applicant joins the peers, which does not
    put peers on the panel ("A peer worker will join the interview panel" does)."""
    if m.end - m.start != 1 or m.text.lower() not in words()["join-words"]:
        return False
    return any(0 <= p.start - m.end <= 2 for p in people)


def weak_anchor(analysis: Analysis, m: Hit, people: list[Hit], other: list[Hit],
                 described: bool = False) -> Hit | bool | None:
    """What a weak membership word ("with") joins people to: the stage of selection just
    before it (a panel match), ``True`` when nothing comes before it in the sentence (kept, as
    "Peer workers, with the manager, interview ..."), or ``None`` (not a part in selection)
    when the nearest thing before it is an informal part ("an informal chat with peers") or
    no people follow it in its clause before another informal part ("your interview with the
    manager", "an interview with the manager and then a chat with peers"). ``False`` when the
    selection word before it only describes the candidates ("Shortlisted candidates will meet
    with two of our peer workers") and the advert describes an interview or a panel
    (``described``): the people take part in another way."""
    _, right = clause_bounds(analysis, m)
    # nor people after the candidates named as a new subject ("an interview with the supervisor,
    # finalists meet our family council"): "with" joined the interview to someone before them
    subjects = words()["selection-subjects"]
    lowers = analysis.lowers(m.block)
    if not any(m.end <= p.start <= right and p.start - m.end <= 12
               and not any(m.end <= o.start < p.start for o in other)
               and subjects.isdisjoint(lowers[m.end : p.start]) for p in people):  # fmt: skip
        return None
    panel = [h for h in analysis.hits_in_sentence("lex:panel", m)
             if h.end <= m.start + 1 and not analysis.overlaps("lex:panel-not", h)]  # fmt: skip
    # a selection word that only names the candidates right before "with", after another way of taking
    # part ("an informal coffee for shortlisted applicants with tenants of our hostels"): the "with" joins
    # the people to that other way, not to a stage of selection
    if any(h.end + 1 == m.start and lowers[h.end] in subjects for h in panel) \
            and any(o.end <= m.start and not analysis.negated(o) for o in analysis.hits_in_sentence("lex:panel-other-way", m)) \
            and not any(h.end + 1 != m.start and h.end <= m.start for h in panel):  # fmt: skip
        return None
    before = [(h.start, 1, h) for h in panel] + [(o.start, 0, o) for o in other if o.start < m.start]
    if not before:
        return True
    _, is_panel, nearest = max(before, key=lambda item: (item[0], item[1]))
    if is_panel and described and _names_candidates(analysis, nearest, m):
        return False
    return nearest if is_panel else None


def _names_candidates(analysis: Analysis, hit: Hit, m: Hit) -> bool:
    """Is the selection match only the candidates' description ("Shortlisted candidates will
    meet with ..."): a selection subject word (`selection-subjects`) right after it, or before it
    with a relative pronoun and the words of its passive between ("Applicants who are shortlisted
    will be invited to a conversation with ...": `candidate-relative-fillers`), and a verb of
    theirs between it and the weak membership word, so that "with" joins the people to what
    the candidates do, not to a stage of selection?"""
    lowers = analysis.lowers(hit.block)
    w = words()
    if hit.end >= m.start - 1:
        return False
    if lowers[hit.end] in w["selection-subjects"]:
        after = hit.end + 1
    elif _candidates_before(lowers, hit.start, analysis.sentence_bounds(hit)[0], w):
        after = hit.end
    else:
        return False
    return not w["clause-verbs"].isdisjoint(lowers[after : m.start])


def _candidates_before(lowers: list[str], start: int, s_start: int, w: CriteriaWords) -> bool:
    """Do the words before a selection match at ``start`` name the candidates it describes, by a
    relative clause ("Applicants who are shortlisted", "Candidates that have been shortlisted"):
    a `selection-subjects` word, a relative pronoun, then only `candidate-relative-fillers`?"""
    i = start - 1
    while i > s_start and lowers[i] in w["candidate-relative-fillers"]:
        i -= 1
    return i > s_start and i < start - 1 and lowers[i] in w["relative-pronouns"] \
        and lowers[i - 1] in w["selection-subjects"]  # fmt: skip


def core_panel(hit: Hit) -> bool:
    text = hit.text.lower()
    tokens = set(text.split())
    return any((w in text) if " " in w else (w in tokens) for w in words()["core-panel"])

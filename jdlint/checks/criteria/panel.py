"""CS003, peer panel: the check, and where a panel or selection stage is described (its
sentence, another time or stage); who selects and the meetings of selection are in
panel_selection.py, the people on a panel in panel_members.py.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from jdlint.analysis import Analysis, Hit
from jdlint.checks import CheckResult, Context, check
from jdlint.checks.criteria.panel_members import (
    after_bare_reply,
    before_the_panel,
    closed_answer,
    core_panel,
    has_subject,
    in_observers_clause,
    in_other_stage,
    joins_the_people,
    label_members,
    listed_members_group,
    member_origin,
    on_a_qualified_panel,
    other_ways,
    panel_named_back,
    panel_people,
    people_in_continuation,
    qualified_panel,
    selection_answer,
    sequence_by,
    weak_anchor,
)
from jdlint.checks.criteria.panel_selection import (
    meeting_before,
    meeting_in_section,
    selection_section,
    who_selects,
)
from jdlint.checks.criteria.shared import (
    best_evidence,
    by_evidence,
    clause_bounds,
    continuation_of,
    continued_in,
    hits,
    own_clause_between,
    sentence_before,
    title_words,
    verdict_result,
    weak_evidence,
    words,
)
from jdlint.checks.kinds import in_proper_name, suggest_place
from jdlint.model import Fix, Span
from jdlint.registry import Rule
from jdlint.titles import JOB_NOUN


def _panel_next_to(analysis: Analysis, block: int) -> bool:
    """Does the paragraph just before or after ``block`` name a panel or an interview (a match
    of ``panel`` that is not ``panel-not``)?"""
    return any(not analysis.overlaps("lex:panel-not", h)
               for b in (block - 1, block + 1) if 0 <= b < len(analysis.document.blocks)
               for h in analysis.hits_in_block("lex:panel", b))  # fmt: skip


def _people_meet_you(analysis: Analysis, hit: Hit) -> bool:
    """Are people who use services the subject of ``hit``'s sentence, with "you" (the applicant)
    after them ("People who use our service will meet you for a chat"), not "You will meet ..." (the
    post holder's work) nor a sentence without "you" ("We run a chat group for people ...")?"""
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    you = next((i for i in range(s_start, s_end) if lowers[i] == "you"), None)
    return you is not None and any(s_start <= p.start and p.end <= you for p in panel_people(analysis, hit))


def _agent_elsewhere(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """Is ``m`` a passive's "by" whose agent, in its clause after it, is no one of ``people``, all
    of whom come before it ("People with lived experience review the questions before interviews
    are held by the manager"): the stage is held by someone else, not by them?"""
    if analysis.lowers(m.block)[m.end - 1] != "by" or not people:
        return False
    _, right = clause_bounds(analysis, m)
    return all(p.end <= m.start for p in people) and not any(m.end <= p.start <= right for p in people)


def _whole_sentence(analysis: Analysis, hit: Hit) -> tuple[Span, ...]:
    """The sentence of ``hit`` as evidence, with its other part where it is split over two
    paragraphs or list items (:func:`continued_in`): the end of the block before, or the start
    of the block after."""
    spans = [analysis.sentence_span(hit)]
    s_start, _ = analysis.sentence_bounds(hit)
    if hit.block and not any(t[:1].isalnum() for t in analysis.lowers(hit.block)[:s_start]) \
            and continued_in(analysis, hit.block - 1) == hit.block and analysis.sentences(hit.block - 1):  # fmt: skip
        start = analysis.sentences(hit.block - 1)[-1][2]
        spans.insert(0, Span.of(analysis.document, hit.block - 1, start, len(analysis.document.blocks[hit.block - 1].text.rstrip())))
    found = continuation_of(analysis, hit)
    if found is not None and analysis.sentences(found[0]):
        _, _, start, end = analysis.sentences(found[0])[0]
        spans.append(Span.of(analysis.document, found[0], start, len(analysis.document.blocks[found[0]].text[:end].rstrip())))
    return tuple(spans)


@check("peer_panel", fixes=("panel",))
def peer_panel(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    selection: list[Hit] = []
    other_way: list[Hit] = []
    met: list[Hit] = []
    staged: list[Hit] = []  # where an interview or a panel is described (not only shortlisting or "the recruitment process")
    stage_words = words()["interview-stage-words"]
    described = any(not stage_words.isdisjoint(h.text.lower().split()) and not analysis.overlaps("lex:panel-not", h)
                    and not _offers_accommodation(analysis, h) and not _interviewing_duty(analysis, h)
                    for h in hits(analysis, "panel"))  # the same, anywhere in the advert  # fmt: skip
    for hit in hits(analysis, "panel"):
        if analysis.overlaps("lex:panel-not", hit):
            continue  # "motivational interviewing", "support people with job interviews"
        if _offers_accommodation(analysis, hit):
            continue  # "Accommodations are available at any stage of the hiring process": not who selects
        if _post_duty(analysis, hit) or _recruiting_duty(analysis, hit, own=True):
            continue  # "You will sit on recruitment panels for new peer workers", "Recruit future peer staff using panels with ...": other hires'
        if _interviewing_duty(analysis, hit):
            continue  # "You will interview people who have used crisis services": the post's research or intake work
        if _another_time(analysis, hit):
            continue  # "Previously the panel included a peer", "We hope to add peers next year"
        if analysis.overlaps("lex:panel-other-staff", hit) and not analysis.overlaps("lex:panel-other-staff-not", hit) \
                and not _names_this_post(analysis, hit):  # fmt: skip
            continue  # "Our peer team joins the interview panel for all new clinical staff": other hires'
        if _other_posts(analysis, hit):
            continue  # "Our peer worker posts have peers on the panel; this role is interviewed by ...": not this one
        if not words()["interview-stage-words"].isdisjoint(hit.text.lower().split()):
            staged.append(hit)
        closed = closed_answer(analysis, hit)
        if closed is not None:
            # "Will someone with lived experience be on the panel? Yes, always.": the answer says
            reply, yes = closed
            if reply is not None and yes and not analysis.negated(hit) and any(
                    not analysis.negated(p) and not in_other_stage(analysis, p) for p in panel_people(analysis, hit)):
                after = after_bare_reply(analysis, reply)  # "Yes." / "Every panel ... includes a Lived Experience Lead."
                return verdict_result(rule, "met", "Peers or people with lived experience take part in selection.",
                                (analysis.sentence_span(hit), analysis.sentence_span(reply),
                                 *((analysis.sentence_span(after),) if after is not None else ())), None)  # fmt: skip
            selection.append(hit)  # a question states nothing; a reply other than yes is read on its own
            continue
        answer = selection_answer(analysis, hit)
        if answer is not None and analysis.is_question(hit) and not analysis.negated(hit) and any(
                not analysis.negated(p) and not in_other_stage(analysis, p) for p in panel_people(analysis, answer)):
            # "Who will be on the interview panel? Our manager and one of our peer workers."
            return verdict_result(rule, "met", "Peers or people with lived experience take part in selection.",
                            (analysis.sentence_span(hit), analysis.sentence_span(answer)), None)  # fmt: skip
        for member in label_members(analysis, hit):
            # a heading or label "Interview panel" over the panel's make-up ("Program Director and a
            # Peer Support Worker from our team."), in a paragraph or a list of its own
            members = panel_people(analysis, member)
            # a group named only as where a member comes from ("a consumer representative from our
            # Consumer Advisory Group") is the panel's make-up, not another way of taking part
            if not analysis.negated(member) and not any(
                    not analysis.negated(o) and not listed_members_group(analysis, o, members)
                    for o in other_ways(analysis, member)) and any(
                    not analysis.negated(p) and not in_other_stage(analysis, p) for p in members):  # fmt: skip
                return verdict_result(rule, "met", "Peers or people with lived experience take part in selection.",
                                (analysis.sentence_span(hit), analysis.sentence_span(member)), None)  # fmt: skip
        if qualified_panel(analysis, hit) and panel_people(analysis, hit):
            if _names_a_group_only(analysis, hit):
                continue  # "The study team includes ... a Lived Experience Advisory Panel": the organisation's group
            other_way.append(hit)  # "a stakeholder panel of Experts by Experience": not the interview panel
            continue
        people = [p for p in panel_people(analysis, hit)
                  if not (p.start < hit.end and hit.start < p.end) and not analysis.negated(p)
                  and not in_other_stage(analysis, p) and not _in_another_clause(analysis, hit, p)
                  and not _actor_of_other_way(analysis, hit, p) and not on_a_qualified_panel(analysis, p)
                  and not _of_other_posts(analysis, hit, p) and not _on_other_staffs_panel(analysis, hit, p)]  # fmt: skip
        denied_place = analysis.hits_in_sentence("lex:panel-place-denied", hit)
        if (people and denied_place and not any(d.start <= hit.start and hit.end <= d.end for d in denied_place)
                and all(any(d.start >= p.end and not own_clause_between(analysis, hit.block, p.end, d.start)
                            for d in denied_place) for p in people)):  # fmt: skip
            # "a task set by our Parent Carer Forum, who will observe the task but are not part of
            # the interview panel": involved in the interview, but said not to be on the panel. Not
            # the denied panel alone ("Peer workers are not on the interview panel": no part), nor
            # when one of them is named in a clause of its own ("The panel includes a peer worker;
            # our carer forum sets a task but is not on the panel")
            other_way.append(hit)
            continue
        if people and _dates_an_earlier_stage(analysis, hit):
            # "Before the formal interview, members of our advisory group run a coffee morning":
            # the interview only dates the stage the people take part in
            other_way.append(hit)
            continue
        # "with" inside "people with lived experience" is not a part in selection
        membership = [m for m in analysis.hits_in_sentence("lex:panel-membership", hit)
                      if not any(p.start <= m.start and m.end <= p.end for p in people)
                      and not (m.end - m.start == 1 and in_proper_name(analysis, m))  # not "Team Lead", "Chair"
                      and not _title_head(analysis, m)  # nor "the clinical lead", "carer peer lead" in lower case
                      and not sequence_by(analysis, m) and _label_reaches_people(analysis, m, people)
                      and not _candidate_invited(analysis, m) and not _joins_a_task(analysis, m)
                      and not _membership_of_another(analysis, hit, m) and not _members_met_with(analysis, m)
                      and not _agent_elsewhere(analysis, m, people)]  # fmt: skip
        other = [o for o in other_ways(analysis, hit)
                 if not analysis.negated(o) and not before_the_panel(analysis, o, people)
                 and not _panel_talks_with_candidate(analysis, o)]  # fmt: skip
        design = analysis.hits_in_sentence("lex:panel-design", hit)
        # "with" / "alongside" count where they join a stage of selection to the people after
        # them ("a panel interview with two of our peer staff"), not after an informal part
        # ("an informal chat with peers") or with no people after them ("your interview with
        # the manager").
        anchored = {id(m): weak_anchor(analysis, m, people, other, described) for m in membership
                    if m.text.lower() in words()["weak-membership"]}  # fmt: skip
        # "Shortlisted candidates will meet with two of our peer workers": "with" joins the
        # people to what the candidates do, not to a stage of selection
        activity = any(v is False for v in anchored.values())
        membership = [m for m in membership if anchored.get(id(m), True) not in (None, False)
                      and not joins_the_people(analysis, m, people) and has_subject(analysis, m, people)]  # fmt: skip
        other = [o for o in other if not member_origin(analysis, hit, o, people, membership)]
        membership = [m for m in membership if not in_observers_clause(analysis, m, other)]
        if people and design and all(any(d.start <= m.start and m.end <= d.end for d in design)
                                     or m.text.lower() in words()["member-nouns"]
                                     or _design_explains(analysis, m, design) for m in membership):  # fmt: skip
            other_way.append(hit)  # "young people will help design the interview questions"
            continue
        if people and any(d.start <= hit.start and hit.end <= d.end for d in design):
            # the selection word is what the people designed ("co-designed with our advisory
            # group, who also helped write the interview questions"): a "with" elsewhere in the
            # sentence joins them to another piece of work, not to the panel
            other_way.append(hit)
            continue
        if people and membership and not analysis.negated(hit):
            strong = [m for m in membership if (m.text.lower() not in words()["weak-membership"]
                      and min(abs(m.start - hit.end), abs(hit.start - m.end)) <= 5) or anchored.get(id(m)) == hit]  # fmt: skip
            # "Service users will be part of a stakeholder group on the interview day": the
            # membership's object is the other way, named before the selection word
            strong = [m for m in strong if not _joins_another_way(m, hit, other)]
            # "... a group exercise with members of our service user forum before an interview with
            # the team lead": beside another way, a title's head noun names a person, it leads nothing
            strong = [m for m in strong if not (other and _title_head(analysis, m))]
            # "The panel is the manager and our Lived Experience Lead": the panel's make-up, also
            # in a relative clause right after it ("the interview panel, which is made up of ...")
            lowers = analysis.lowers(hit.block)
            last = hit.text.lower().split()[-1]
            composed = last in words()["panel-nouns"] and any(
                (hit.start <= m.start <= hit.end or _make_up_clause(lowers[hit.end : m.start])) and m.end > hit.end
                for m in strong)  # fmt: skip
            # "the formal interview, which is held by the Head of Participation and ...": an
            # interview's make-up in a relative clause right after it
            composed = composed or (last in words()["interview-nouns"] and any(
                m.start > hit.end and _make_up_clause(lowers[hit.end : m.start]) for m in strong))  # fmt: skip
            if composed and not any(p.start >= hit.end for p in people):
                # the make-up names none of them: "present to our Advisory Group, whose feedback
                # is shared with the interview panel of the General Manager and Operations Lead"
                (other_way if other else selection).append(hit)
                continue
            named = _interviewer_named(analysis, hit, strong)
            if other and not ((core_panel(hit) or composed or named) and strong
                              and _reaches_people(analysis, strong, people, other)):  # fmt: skip
                # "meet candidates informally", "hear a presentation"; "interviewed by the manager
                # and will give a presentation to peer workers": the presentation's people
                other_way.append(hit)
                continue
            if _advises_the_deciders(analysis, hit, people, other):
                # "Applications will be read by our advisory group, who will share their views with
                # the recruiting manager": they read and advise, the manager decides
                other_way.append(hit)
                continue
            met.append(hit)
            continue
        if people and (other or (activity and described)):
            # where the advert describes an interview or a panel, what the candidates do with
            # the people beside it is another way of taking part
            other_way.append(hit)
            continue
        taking = _take_part_after(analysis, hit)
        if taking is not None:
            met.append(taking)  # "Interviews are informal. People with lived experience take part."
            continue
        selection.append(hit)
    if met:
        # a sentence under a selection heading before one elsewhere (a senior post's duty to
        # "represent the workforce on recruitment panels"); then the interview panel's make-up
        # before another stage ("Shortlisting is done by ...") when the advert puts peers in
        # both; document order otherwise
        stage = words()["interview-stage-words"]
        # before a duty of recruiting others ("Recruit future peer staff using panels with ...")
        best = min(met, key=lambda h: (0 if selection_section(analysis, h.block) else 1,
                                       1 if _recruiting_duty(analysis, h) else 0,
                                       0 if stage.intersection(h.text.lower().split()) else 1))  # fmt: skip
        return verdict_result(rule, "met", "Peers or people with lived experience take part in selection.",
                        (analysis.sentence_span(best),), None)  # fmt: skip
    subjects = words()["selection-subjects"]
    informal: list[Hit] = []
    chats: list[Hit] = []
    # (designing the selection counts there too, with no selection word in its sentence: "Carer
    # representatives review our questions." under a recruitment heading), and so does sitting in
    # on the interview as an observer, in a clause or sentence beside the panel's make-up ("The
    # interview is held by the manager; a peer worker sits in as an observer")
    for hit in [*hits(analysis, "panel-other-way"), *hits(analysis, "panel-design"), *hits(analysis, "panel-observer")]:
        if analysis.negated(hit) or analysis.overlaps("lex:panel-other-way-not", hit) or _another_time(analysis, hit) \
                or _panel_talks_with_candidate(analysis, hit) or _post_duty(analysis, hit):  # fmt: skip
            continue  # (the post holder's own work on other hires' selection: "You will be involved in hiring ...")
        s_start, s_end = analysis.sentence_bounds(hit)
        sentence = analysis.lowers(hit.block)[s_start:s_end]
        if not (panel_people(analysis, hit) or people_in_continuation(analysis, hit)):
            if _informal_stage(analysis, hit, sentence):
                informal.append(hit)  # "We'll invite you for an informal chat with X, then ask for references"
            continue
        if _run_for_people(analysis, hit, sentence):
            continue  # "We run an informal chat group for people who use our service": the service's own work
        # not "for an informal chat, contact ...", but "questions" the people shape is the selection's
        # (also a panel or interview in the paragraph just before or after: "People who use our service
        # will meet you for a chat." / "The interview panel is the manager and a trustee.")
        # (not a panel match that is only the last word of a group's name: "our Lived Experience Advisory
        # Panel meets monthly")
        panels = [h for h in analysis.hits_in_block("lex:panel", hit.block) if not _names_a_group_only(analysis, h)]
        nearby = (bool(panels) or selection_section(analysis, hit.block)
                  or (_panel_next_to(analysis, hit.block) and _people_meet_you(analysis, hit))) \
            and (words()["contact-words"].isdisjoint(sentence) or analysis.hits_in_sentence("lex:panel-design", hit))
        if any(h.start >= s_start and h.end <= s_end for h in panels) \
                or subjects.intersection(sentence) or nearby \
                or _about_the_advert(analysis, hit) or not words()["selection-process-words"].isdisjoint(hit.text.lower().split()):
            other_way.append(hit)  # a presentation to, or a meeting with, people who use services
            if not staged and _chat_with_people(analysis, hit):
                chats.append(hit)
    if chats:
        # no interview or panel anywhere: the conversation with peers is the selection ("you'll
        # then be invited for an informal chat with two staff, one of whom started as a peer mentor")
        return verdict_result(rule, "met", "Peers or people with lived experience take part in selection.",
                        (analysis.sentence_span(best_evidence(analysis, chats)),), None)  # type: ignore[arg-type]  # fmt: skip
    fix = Fix("add", rule.fix_text("panel"),
        where=suggest_place(ctx, (r"interview|selection|recruitment|how to apply|apply", r"further information|additional"))
        or "at the end of the advert, where the selection process is described")  # fmt: skip
    meeting = None if other_way else meeting_in_section(analysis, peers=True)
    if meeting is not None:
        meeting_at = {(meeting.block, h.start) for h in analysis.hits_in_block("lex:panel", meeting.block)
                      if meeting.start <= analysis.sentence_span(h).start < meeting.end}  # ("After your interview, you will meet ...")
        # "## Selection process" / "After a short phone call, you will meet our Peer Lead and the
        # Program Director.": with no interview or panel described, or one described without
        # saying who holds it ("Interviews are held on a rolling basis"), the meeting is the
        # selection; beside one whose people are named, the peers met take part in another way
        if all(who_selects(analysis, h) >= 2 and (h.block, h.start) not in meeting_at for h in staged):
            return verdict_result(rule, "met", "Peers or people with lived experience take part in selection.", (meeting,), None)
        return verdict_result(rule, "partly-met", "People who use services take part in selection in another way, but not on the panel.",
                        (meeting,), fix)  # fmt: skip
    other_way = by_evidence(analysis, other_way)
    # a field label on its own ("Interview date") does not describe a selection process; a
    # question about who selects, with its answer, describes it as well as a statement does
    # then, among statements, the sentence that says who selects ("The panel will comprise the
    # Team Manager and a Psychologist") before other selection sentences ("Interviews will be
    # held at ...", "Applications will be screened ...")
    # (a short question about who selects is kept with its answer: "Who will interview me?" / "You
    # will meet our Director of Family Services and a Program Supervisor.")
    selection = sorted((h for h in selection if weak_evidence(analysis, h) < 2 or selection_answer(analysis, h) is not None),
                       key=lambda h: (0 if selection_answer(analysis, h) is not None else weak_evidence(analysis, h),
                                      who_selects(analysis, h)))  # fmt: skip
    if other_way:
        return verdict_result(rule, "partly-met",
            "People who use services take part in selection in another way, but not on the panel.",
            _whole_sentence(analysis, other_way[0]), fix)  # fmt: skip
    if not selection:
        selection = informal  # a selection made of informal steps only, without an interview
    if not selection:
        # a merit system's rating, ranking or examination ("You will be rated on the information in
        # your resume"): the selection process, described without an interview or panel
        selection = [h for h in hits(analysis, "selection-rating") if not analysis.negated(h)][:1]
    if selection:
        answer = selection_answer(analysis, selection[0])
        spans = _whole_sentence(analysis, selection[0])
        said = analysis.sentence_span(answer) if answer is not None else None
        if said is not None and not any((sp.block, sp.start) == (said.block, said.start) for sp in spans):
            spans += (said,)  # (the make-up on the next line is in the sentence already)
        meeting = None if answer else meeting_before(analysis, selection[0])
        if meeting is None and answer is None and who_selects(analysis, selection[0]) >= 2:
            meeting = meeting_in_section(analysis)  # "After a short call, you will meet our Coordinator and ..."
            contact = _named_contact(analysis) if meeting is None else None
            if contact is not None:
                meeting = analysis.sentence_span(contact)  # "Applicants will be contacted by the HR Coordinator."
        if meeting is not None and not any((sp.block, sp.start) == (meeting.block, meeting.start) for sp in spans):
            spans = (meeting, *spans)  # "You will meet with our Program Manager and Clinical Lead." says who selects
        return verdict_result(rule, "not-met", "The selection process is described without peers on the panel.", spans, fix)
    meeting = meeting_in_section(analysis)
    if meeting is not None:
        return verdict_result(rule, "not-met", "The selection process is described without peers on the panel.", (meeting,), fix)
    contact = _named_contact(analysis)
    if contact is not None:
        # "Fill in the form on our website. Our Volunteer Coordinator will call you back.": the
        # step after applying, taken by named staff
        return verdict_result(rule, "not-met", "The selection process is described without peers on the panel.",
                              (analysis.sentence_span(contact),), fix)  # fmt: skip
    return verdict_result(rule, "not-met", "The selection process is not described, so peers on the panel are not stated.", (), fix)


def _run_for_people(analysis: Analysis, hit: Hit, sentence: list[str]) -> bool:
    """Are the people in the sentence of a `panel-other-way` match only those it is run for, right
    after "for" ("We run an informal chat group for people who use our service", "a weekly coffee
    morning for our tenants"), with no applicant nor stage of selection in the sentence
    (`panel-talk-addressees`, `selection-subjects`, `selection-stage-words`: "you", "finalists",
    "interview")? Then it is the service's own work for them, not a part in selection ("We will
    invite you for a chat with people who use our service", "Finalists will teach a sample class
    for residents" name the applicant)."""
    w = words()
    if not (w["panel-talk-addressees"].isdisjoint(sentence) and w["selection-subjects"].isdisjoint(sentence)
            and w["selection-stage-words"].isdisjoint(sentence)):
        return False
    lowers = analysis.lowers(hit.block)
    skip = w["selection-talk-skip"]

    def after_for(start: int) -> bool:
        i = start - 1
        while i >= 0 and lowers[i] in skip:
            i -= 1
        return i >= 0 and lowers[i] == "for"

    people = panel_people(analysis, hit)
    return bool(people) and all(p.start > hit.start and after_for(p.start) for p in people)


def _named_contact(analysis: Analysis) -> Hit | None:
    """The first `selection-contact` match ("will call you back", "will be contacted by") whose
    sentence names who gets back to the applicant: its subject right before it, a word of
    `selector-nouns` or a capitalised word that is not a pronoun (`unnamed-subjects`: "Our
    Volunteer Coordinator will call you back", "HR will get back to you"; not "We will call you
    back"), or a selector noun or capitalised word in the six tokens after its "by" ("... contacted
    by the Human Resources Coordinator"); not negated, and with no peers or people with lived
    experience named (their part is not read here)."""
    w = words()

    def names(word: str) -> bool:
        return word.lower() in w["selector-nouns"] or (word[:1].isupper() and word.replace("-", "").isalpha()
                                                      and word.lower() not in w["unnamed-subjects"])  # fmt: skip

    for hit in hits(analysis, "selection-contact"):
        if analysis.negated(hit) or panel_people(analysis, hit):
            continue
        doc = analysis.docs[hit.block]
        s_start, s_end = analysis.sentence_bounds(hit)
        if not _after_applying(analysis, hit):
            continue  # "If you are unwell on shift, the Duty Manager will call you back": not selection
        if hit.text.lower().split()[-1] == "by":
            named = [t.text for t in doc[hit.end : min(s_end, hit.end + 6)]]
        else:
            # the word right before it, whole where a hyphen split it ("Our Volunteer Co-ordinator will ...")
            first = hit.start - 1
            while first > s_start and not doc[first - 1].whitespace_:
                first -= 1
            named = [doc[first : hit.start].text] if hit.start > s_start else []
        if any(names(word) for word in named):
            return hit
    return None


def _after_applying(analysis: Analysis, hit: Hit) -> bool:
    """May the `selection-contact` match be a step after the application? Not with a word of the
    time after hiring in its sentence (`after-hire-words`: "Once you start, you will be contacted by
    Payroll"), nor in a sentence opened by a condition (`contact-conditions`: "If you are unwell on
    shift, the Duty Manager will call you back") unless a word of applying (`contact-apply-words`:
    "If your application is successful, ...") is in it or in the sentence before it in its block,
    or the block is under a selection heading or label (:func:`selection_section`)."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    if not w["after-hire-words"].isdisjoint(lowers[s_start:s_end]):
        return False
    first = next((t for t in lowers[s_start:s_end] if t[:1].isalpha()), None)
    if first not in w["contact-conditions"] or selection_section(analysis, hit.block):
        return True
    start = sentence_before(analysis, hit)
    return not w["contact-apply-words"].isdisjoint(lowers[s_start if start is None else start : s_end])


def _offers_accommodation(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection word in the clause of an offer of accommodations or adjustments to the
    applicants ("Accommodations are available on request at any stage of the hiring process",
    "tell us if you need reasonable adjustments at interview"), with none of the people who may
    select in that clause? It names when the offer holds; it does not describe who selects."""
    left, right = clause_bounds(analysis, hit)
    if not any(left <= a.start and a.end <= right for a in analysis.hits_in_sentence("lex:panel-accommodation", hit)):
        return False
    return not any(left <= p.start and p.end <= right for p in analysis.hits_in_sentence("lex:panel-people", hit))


def _advises_the_deciders(analysis: Analysis, hit: Hit, people: list[Hit], other: list[Hit]) -> bool:
    """Do the people who read the applications only pass their views on to those who decide
    ("Applications will be read by our advisory group, who will share their views with the
    recruiting manager", "Our youth council reads every application and feeds back to the
    panel")? The selection match is a reading (`reading-stage-words`; not an interview nor a
    shortlisting: "shortlisted by two peer workers, who ..." stays theirs), and after it and the
    people, with no new subject between, another way of taking part that gives views or
    feedback (`advice-words`) to someone named right after it ("to" or "with", then within four
    words a `selector-nouns` or `panel-nouns` word), who is none of the people."""
    w = words()
    tokens = set(hit.text.lower().split())
    if w["reading-stage-words"].isdisjoint(tokens) or not w["interview-stage-words"].isdisjoint(tokens):
        return False
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    deciders = w["selector-nouns"] | w["panel-nouns"]
    for o in other:
        if o.start < hit.end or w["advice-words"].isdisjoint(lowers[o.start : o.end]):
            continue
        if not people or any(p.start >= o.start for p in people) or min(p.end for p in people) > o.start:
            continue  # the people named after their views ("... with our peer lead") may decide
        if not w["new-subjects"].isdisjoint(lowers[hit.end : o.start]):
            continue  # "..., and we share your views with the manager": not theirs
        after = lowers[o.end : min(s_end, o.end + 6)]
        at = next((i for i, t in enumerate(after) if t in ("to", "with")), None)
        if at is not None and not deciders.isdisjoint(after[at + 1 : at + 5]):
            return True
    return False


def _members_met_with(analysis: Analysis, m: Hit) -> bool:
    """Is a member noun the head of the people the candidates meet or talk with ("a conversation
    with members of our Voices Group", "meet with two members of our consumer council"): "with"
    right before it, past a count or a determiner (`group-member-before`), after a word of meeting
    or a chat (`selection-meet-words`, `chat-words`)? It names the people, not a place on the
    panel; the "with" decides what they are joined to ("Shortlisting is done jointly with members
    of our reference group" keeps them shortlisting)."""
    w = words()
    if m.text.lower() not in w["member-nouns"]:
        return False
    lowers = analysis.lowers(m.block)
    s_start, _ = analysis.sentence_bounds(m)
    i = m.start - 1
    while i > s_start and i > m.start - 3 and lowers[i] in w["group-member-before"]:
        i -= 1
    return i > s_start and lowers[i] == "with" and lowers[i - 1] in w["selection-meet-words"] | w["chat-words"]


def _design_explains(analysis: Analysis, m: Hit, design: list[Hit]) -> bool:
    """Does a colon after a membership word open the words that say how the people take part,
    and is that designing the selection ("Tāngata whaiora are involved in the selection process:
    a consumer advisor will review the interview questions")? Then the involvement is the design,
    not a place on the panel."""
    lowers = analysis.lowers(m.block)
    return any(d.start >= m.end and ":" in lowers[m.end : d.start] for d in design)


def _about_the_advert(analysis: Analysis, hit: Hit) -> bool:
    """Is another way of taking part the writing or reviewing of the advert itself ("reviewed
    the wording of this posting", "co-write our job adverts": its last word in ``advert-nouns``)?
    That is a part in the recruitment wherever it is said."""
    return analysis.lowers(hit.block)[hit.end - 1] in words()["advert-nouns"]


def _joins_another_way(m: Hit, hit: Hit, other: list[Hit]) -> bool:
    """Does a membership match before the selection word take another way of taking part as its
    object, within three words after it and before the selection word ("will be part of a
    stakeholder group on the interview day", "sit on our advisory panel during interviews")?
    Then it joins the people to that group, not to the interview. So does one that opens another
    way's own match, wherever the selection word is ("On the selection day, candidates will join
    a group discussion with ...": the candidates join the discussion, no one joins the panel)."""
    if any(o.start == m.start and m.end < o.end for o in other):
        return True
    return m.end <= hit.start and any(m.start < o.start <= m.end + 3 and o.end <= hit.start for o in other)


def _title_head(analysis: Analysis, m: Hit) -> bool:
    """Is a one-word membership match the head noun of a job title, after one of
    `title-head-modifiers` ("an interview with the team lead", "the peer chair":
    `membership-title-heads` in rules/data/criteria.toml)? Then it names a person, not the verb
    of leading the interview ("Two peer workers lead the interview")."""
    if m.end - m.start != 1 or m.start == 0:
        return False
    lowers = analysis.lowers(m.block)
    return lowers[m.start] in words()["membership-title-heads"] and lowers[m.start - 1] in words()["title-head-modifiers"]


def _interviewer_named(analysis: Analysis, hit: Hit, strong: list[Hit]) -> bool:
    """Is the selection match a passive of interviewing whose membership match names who
    interviews right after it ("You'll be interviewed by our Peer Team Leader and ...":
    ``interviewed-words`` in rules/data/criteria.toml, then "by")? Then it is the interview
    itself, as "Interviews are conducted by ..." is."""
    lowers = analysis.lowers(hit.block)
    return lowers[hit.end - 1] in words()["interviewed-words"] and any(
        m.start <= hit.end - 1 and m.end > hit.end and "by" in lowers[hit.end : m.end] for m in strong)  # fmt: skip


def _reaches_people(analysis: Analysis, strong: list[Hit], people: list[Hit], other: list[Hit]) -> bool:
    """Does a strong membership match reach a person with no other way of taking part between
    them ("interviewed by the manager and a peer worker" does; "Interviews are conducted by the
    manager and will include a presentation to a group of peer workers" reaches the presentation
    first)? People before it are its subject ("Two peer workers meet candidates informally and
    sit on the panel"); a group's name between only says where a member comes from ("a member of
    our Advisory Council, which is made up of people with lived experience": its last word in
    ``group-anaphor-nouns``)."""
    lowers = analysis.lowers(strong[0].block) if strong else []
    groups = words()["group-anaphor-nouns"]
    activities = [o for o in other if lowers[o.end - 1] not in groups]
    return any((p.end <= m.start and not _audience_in_series(lowers, p, m, activities))
               or (p.end > m.start and not any(m.end <= o.start and o.end <= p.start for o in activities))
               for m in strong for p in people)  # fmt: skip


def _audience_in_series(lowers: list[str], person: Hit, m: Hit, activities: list[Hit]) -> bool:
    """Are people named before a membership word only the audience of an earlier step of the
    candidates ("give a short presentation to our consumer council, then attend an interview with
    the manager", "a short talk to two peer workers, then attend ..."): an activity ends before
    them, and the few words between them and the membership word hold a ``series-joins`` word (a
    comma, "then", "and") but no verb or relative word that would give it the people as its
    subject ("Candidates present to our council, and two peer workers will then join the panel",
    "..., who then sit on the panel")? So are they when a new subject ("you", "we") comes
    between, or when the membership word is a passive of interviewing ("..., you will be
    interviewed by ...": the people before it are never the interviewers). Not people right
    before it ("Candidates present, and peer workers sit on the panel")."""
    w = words()
    if lowers[m.start] in w["interviewed-words"] and "by" in lowers[m.start : m.end]:
        return True  # "... to people who use our services and will then be interviewed by the manager": not the interviewers
    between = lowers[person.end : m.start]
    if not any(o.end <= person.start for o in activities):
        # "meet our consumer advisory group for an informal chat, then attend an interview with the
        # manager": the activity they are met for comes right after them, then the next step
        # ... or they are the ones met, a word of meeting right before them ("meet our consumer
        # advisory group, then attend an interview with the manager"), maybe for an activity right
        # after them ("... for an informal chat, then attend ..."); not people who are the subject
        # ("Two peer workers will meet candidates informally and sit on the interview panel")
        before = [t for t in lowers[max(0, person.start - 3) : person.start] if t not in w["selection-talk-skip"]]
        if not before or before[-1] not in w["selection-meet-words"]:
            return False
        after = [o for o in activities if person.end <= o.start and o.end <= m.start]
        if after and after[0].start - person.end <= 3:
            between = lowers[after[-1].end : m.start]
    if not w["new-subjects"].isdisjoint(between):
        return True  # "After presenting to our consumer advisory group, you will be interviewed by ..."
    return 0 < len(between) <= 5 and not w["series-joins"].isdisjoint(between) \
        and w["clause-verbs"].isdisjoint(between) and w["relative-pronouns"].isdisjoint(between)  # fmt: skip


def _dates_an_earlier_stage(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection match inside a time before it that opens its sentence ("Before the
    formal interview, ...", "Ahead of your interview, ...": a ``panel-other-way`` match opened by
    a word of ``earlier-stage-words``)? Then it names the interview only to date another stage,
    and the people in the sentence take part in that stage, not in the interview (not "an
    informal chat before the formal interview, which is held by two of our peer mentors")."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    opener = next((i for i in range(s_start, hit.start) if lowers[i][:1].isalpha()), None)  # past a bullet
    return any(o.start == opener and o.start <= hit.start and hit.end <= o.end
               and lowers[o.start] in words()["earlier-stage-words"]
               for o in analysis.hits_in_sentence("lex:panel-other-way", hit))  # fmt: skip


def _another_time(analysis: Analysis, hit: Hit) -> bool:
    """Does the clause of a selection match describe another selection than this one: past
    practice or a future intention (``panel-other-time``: "Previously the interview panel
    included a peer worker", "We hope to add consumers to our panels from next year")? Not
    where the words just before the time keep the practice going or set it against this one
    ("as in previous years", "unlike past rounds": ``time-set-aside``), nor a time inside a
    relative clause about people ("someone who has previously used our services") or just after
    them ("a peer worker, hired last year, sits on the panel")."""
    found = analysis.hits_in_sentence("lex:panel-other-time", hit)
    if not found:
        return False
    s_start, s_end = analysis.sentence_bounds(hit)
    left, right = _clause_part(analysis, hit.block, s_start, s_end, hit.start)
    lowers = analysis.lowers(hit.block)
    w = words()
    for t in found:
        if t.start < left or t.end > right:
            continue  # "Previously the panel was two managers; now a peer worker sits on it"
        if not w["time-set-aside"].isdisjoint(lowers[max(left, t.start - 4) : t.start]):
            continue  # "as in previous years", "unlike past rounds"
        if not w["relative-pronouns"].isdisjoint(lowers[max(left, t.start - 3) : t.start]):
            continue  # "a person who has previously used the service"
        if any(p.end <= t.start <= p.end + 3 for p in panel_people(analysis, hit)):
            continue  # "a peer worker, hired last year, sits on the panel": said of the person
        return True
    return False


def _take_part_after(analysis: Analysis, hit: Hit) -> Hit | None:
    """The sentence right after a selection sentence, in the same block, when it says that peers
    or people with lived experience take part with no object ("Interviews are informal. People
    with lived experience take part."; ``panel-take-part``, then only ``take-part-trailers`` to
    the sentence's end): the taking part refers back to the interview just named. Not a sentence
    with a selection word of its own (read by itself), nor people negated or in another stage.
    After a sentence that names a gathering as the interview itself ("Interviews are held as a
    yarning circle.": `panel-other-way-not`), taking part in it by name counts too ("A peer worker
    will sit in the yarning circle.": `gathering-back-reference`)."""
    if analysis.is_question(hit):
        return None
    _, s_end = analysis.sentence_bounds(hit)
    found = analysis.hits_in_block("lex:panel-take-part", hit.block)
    if analysis.hits_in_sentence("lex:panel-other-way-not", hit):
        found = [*found, *analysis.hits_in_block("lex:gathering-back-reference", hit.block)]
    if not found:
        return None
    lowers = analysis.lowers(hit.block)
    trailers = words()["take-part-trailers"]
    for t in found:
        start, end = analysis.sentence_bounds(t)
        if start != s_end or analysis.negated(t) or analysis.hits_in_sentence("lex:panel", t):
            continue
        if not all(w in trailers for w in lowers[t.end : end]):
            continue  # "Peer workers take part in the induction": an object of its own
        if any(p.end <= t.start and not analysis.negated(p) and not in_other_stage(analysis, p)
               for p in panel_people(analysis, t)):  # fmt: skip
            return t
    return None


def _candidate_invited(analysis: Analysis, m: Hit) -> bool:
    """Is the membership match "to interview" the candidate's invitation to it ("Candidates
    invited to interview will first present ...", `invited-words` in rules/data/criteria.toml),
    not people who interview?"""
    lowers = analysis.lowers(m.block)
    return lowers[m.start] == "to" and m.start > 0 and lowers[m.start - 1] in words()["invited-words"]


def _joins_a_task(analysis: Analysis, m: Hit) -> bool:
    """Is what the membership match joins a task the candidate does ("The interview will
    include a presentation to our consumer council", "includes a short role-play";
    `candidate-task-nouns` within the four tokens after it), not people who select?"""
    return not words()["candidate-task-nouns"].isdisjoint(analysis.tokens_after(m, 4))


def _make_up_clause(between: list[str]) -> bool:
    """Do the words between a panel and a membership word open a relative clause about the
    panel ("the interview panel, which is made up of ...", ", who are ...")? Only a relative
    pronoun, a form of "be" and a few words such as a comma or "will" (`relative-pronouns`,
    `identity-verbs`, `make-up-clause-words` in rules/data/criteria.toml) may stand there."""
    w = words()
    allowed = w["relative-pronouns"] | w["identity-verbs"] | w["make-up-clause-words"]
    return any(t in w["relative-pronouns"] for t in between) and all(t in allowed for t in between)


def _clause_part(analysis: Analysis, block: int, s_start: int, s_end: int, i: int) -> tuple[int, int]:
    """Token bounds of the part of the sentence that holds token ``i`` (a token of the
    sentence), between clause breaks: from the last break before ``i`` to the first from it on."""
    breaks = _panel_clause_breaks(analysis, block, s_start, s_end)
    at = bisect_left(breaks, i)
    return (breaks[at - 1] + 1 if at else s_start), (breaks[at] if at < len(breaks) else s_end)


def _panel_clause_breaks(analysis: Analysis, block: int, s_start: int, s_end: int) -> list[int]:
    """The tokens of a sentence that break it into parts: a semicolon or a dash with spaces
    around it, "but", "while" and the like (``panel-clause-breaks``), or "and" / "or" after a
    comma (``panel-clause-joins``). Found once per sentence (each person named is placed)."""
    found: dict[tuple[int, int, int], list[int]] = analysis.memo.setdefault("panel-clause-breaks", {})  # type: ignore[assignment]
    key = (block, s_start, s_end)
    cached = found.get(key)
    if cached is not None:
        return cached
    w = words()
    breaks, joins = w["panel-clause-breaks"], w["panel-clause-joins"]
    lowers, doc = analysis.lowers(block), analysis.docs[block]

    def is_break(j: int) -> bool:
        if lowers[j] == "-":  # a dash between words ("the team leader - our peers"), not "co-design"
            return j > s_start and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)
        return lowers[j] in breaks or (lowers[j] in joins and j > s_start and lowers[j - 1] == ",")

    found[key] = [j for j in range(s_start, s_end) if is_break(j)]
    return found[key]


def _membership_of_another(analysis: Analysis, hit: Hit, m: Hit) -> bool:
    """Is the membership match in another clause of the sentence than the selection match (past
    ";", ", and" and the like: :func:`_clause_part`), a passive with a selection word and an agent
    of its own (a membership that ends on "by"), whose membership it is ("Tāngata whaiora check
    the questions before each round of hiring, and interviews are held by the manager": "held by"
    is the interviews', not the hiring round's)? Not a membership that adds to the people before
    ("Our peer workers interview every candidate; the panel also includes the manager")."""
    s_start, s_end = analysis.sentence_bounds(hit)
    left, right = _clause_part(analysis, hit.block, s_start, s_end, m.start)
    if (left, right) == _clause_part(analysis, hit.block, s_start, s_end, hit.start):
        return False
    lowers = analysis.lowers(hit.block)
    if not any(left <= b.start and b.end <= right and lowers[b.end - 1] == "by"
               for b in analysis.hits_in_sentence("lex:panel-membership", hit)):  # fmt: skip
        return False
    return any(left <= h.start and h.end <= right and not (h.start < hit.end and hit.start < h.end)
               for h in analysis.hits_in_sentence("lex:panel", hit))  # fmt: skip


def _in_another_clause(analysis: Analysis, hit: Hit, person: Hit) -> bool:
    """Are the people named in another clause of the sentence than the selection match, past
    a semicolon, a dash or a joining word ("The panel is the manager and a psychologist;
    candidates also meet with our peer team"; "..., and our peer workers will support you")?
    A part that is only an item of a list of panel members ("The panel includes the manager; a
    peer worker; and an HR adviser", "not only the manager but a peer worker") is not a clause
    of its own: a part is one when it has a verb word (``clause-verbs``) or a selection or
    membership word outside the people, or another way of taking part ("our council gives
    feedback"); a relative clause after the people only describes them ("; a peer worker who
    has lived experience;"). A clause that puts them on the panel itself ("..., and a peer
    worker will also sit on it") keeps them."""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    part = _clause_part(analysis, hit.block, s_start, s_end, person.start)
    if part == _clause_part(analysis, hit.block, s_start, s_end, hit.start):
        return False
    left, right = part
    w = words()
    # a relative clause after the people describes them ("; a peer worker who has lived experience;")
    right = next((i for i in range(person.end, right) if lowers[i] in w["relative-pronouns"]), right)

    def outside(h: Hit) -> bool:
        return left <= h.start and h.end <= right and not (person.start <= h.start and h.end <= person.end)

    # a membership inside the clause's designing of the selection ("Peers will help write the
    # interview questions, and the interview is held by ...") puts them on no panel; unless the
    # selection match's clause opens on a pronoun for them ("..., and they will sit on the panel")
    hit_left, _ = _clause_part(analysis, hit.block, s_start, s_end, hit.start)
    opener = next((lowers[i] for i in range(hit_left, hit.start) if lowers[i] not in w["panel-clause-joins"]), "")
    design = [] if opener in w["subject-pronouns"] else \
        [d for d in analysis.hits_in_sentence("lex:panel-design", person) if outside(d)]
    # (not a one-word membership inside a title: "Lead" in "Lived Experience Workforce Lead")
    membership = [m for m in analysis.hits_in_sentence("lex:panel-membership", person) if outside(m)
                  and not any(d.start <= m.start and m.end <= d.end for d in design)
                  and not (m.end - m.start == 1 and in_proper_name(analysis, m))]  # fmt: skip
    selection = [h for h in analysis.hits_in_sentence("lex:panel", person) if outside(h)]

    def origin(m: Hit) -> bool:
        # "..., and a member of our Youth Advisory Group": "member of" says where a listed panel
        # member comes from; "— volunteers and members who are in recovery themselves —": a member
        # noun right before the people is the head noun they describe
        return (m.text.lower() in w["member-nouns"] and m.end <= person.start and m.end < len(lowers)
                and (lowers[m.end] in ("of", "from") or m.end == person.start))  # fmt: skip

    # the clause's own other way of taking part ("On the selection day members of our carers
    # forum observe a task; interviews are held by ..."): "members of" there puts them on no panel;
    # a group's name is none ("a member of the Trust's Lived Experience Advisory Panel")
    groups = w["group-anaphor-nouns"] | w["panel-nouns"]
    # so is designing the selection ("Members of our advisory council help write the interview
    # questions; interviews are held by ..."), whose selection word is what they design
    acting = bool(design) or any(outside(h) and lowers[h.end - 1] not in groups for h in other_ways(analysis, person))
    placing = [h for h in selection if not any(d.start <= h.start and h.end <= d.end for d in design)]
    if any(m.text.lower() not in w["weak-membership"] and not (acting and origin(m))
           and (placing or not w["panel-pronouns"].isdisjoint(lowers[m.end : right])
                or panel_named_back(lowers, left, m.start)) for m in membership):
        # "..., and a peer worker will also sit on it", "...; the board for this recruitment
        # includes a member of ...": this clause puts them on the panel
        return False
    # (a verb word capitalised inside a title is a noun: "; Lived Experience Workforce Lead;")
    tokens = [lowers[i] for i in range(left, right) if not (person.start <= i < person.end)
              and not _title_word(analysis, hit.block, i, left)]  # fmt: skip
    # an origin's member noun opens no clause of its own either, nor a weak "with" right after them
    # (past their job noun) that describes them ("; a Peer Worker with lived experience;")
    after = _past_job_nouns(lowers, person.end, right)
    membership = [m for m in membership if not origin(m)
                  and not (m.start == after and m.text.lower() in w["weak-membership"])]  # fmt: skip
    if not w["clause-verbs"].isdisjoint(tokens) or membership or selection:
        return True
    return any(outside(h) for h in other_ways(analysis, person))


def _actor_of_other_way(analysis: Analysis, hit: Hit, person: Hit) -> bool:
    """Are the people, named after the selection match, the subject of another way of taking
    part that follows them ("a panel of the Program Director, and our Family Advisory Council
    also gives feedback")? Only a verb word ("also", "will") may lie between them and it."""
    if person.start < hit.end:
        return False
    lowers = analysis.lowers(person.block)
    w = words()
    # "a member of the Trust's Lived Experience Advisory Panel": after ``origin-nouns``, the
    # people and a panel named right after them say where a panel member comes from; a verb
    # right after them ("members of our advisory group observe a task") is still another way
    member = not w["origin-nouns"].isdisjoint(lowers[max(0, person.start - 6) : person.start])
    return any(0 <= o.start - person.end <= 2 and all(t in w["clause-verbs"] for t in lowers[person.end : o.start])
               and not (member and o.start == person.end and lowers[o.end - 1] in w["panel-nouns"])
               for o in other_ways(analysis, person))  # fmt: skip


def _past_job_nouns(lowers: list[str], at: int, right: int) -> int:
    """The first token from ``at`` (before ``right``) that is not a job noun: past a person's
    job noun ("worker" after "a peer")."""
    while at < right and JOB_NOUN.fullmatch(lowers[at]):
        at += 1
    return at


def _label_reaches_people(analysis: Analysis, m: Hit, people: list[Hit]) -> bool:
    """A membership match that is a label ("Interview panel:", "Selection panel: the") puts on
    the panel only the people listed after it in its clause ("Interview panel: Team Leader and
    a Lived Experience representative"), not people in a clause after a semicolon ("Interview
    panel: to be confirmed; peer support training provided"). A list of members set apart by
    semicolons ("Interview panel: Director; Peer Support Worker; HR adviser") is the label's
    clause: each part up to the people's holds no verb word (`clause-verbs`), and a person in a later
    part ends it or is followed by a title, a mark or a word of `member-item-tails` (not by a noun:
    "...; peer mentor shadowing available"). Other matches pass."""
    lowers = analysis.lowers(m.block)
    tokens = lowers[m.start : m.end]
    nouns = words()["panel-nouns"]
    if not any(t in (":", "-") and tokens[i - 1] in nouns for i, t in enumerate(tokens) if i):
        return True  # not a label ("peer-led" is a word)
    _, right = clause_bounds(analysis, m)
    _, s_end = analysis.sentence_bounds(m)
    verbs = words()["clause-verbs"]

    def bare(start: int, end: int) -> bool:
        # no verb word outside the people's names ("Peer Support Worker") and titles ("Workforce Lead")
        return not any(lowers[i] in verbs and not any(p.start <= i < p.end for p in people)
                       and not _title_word(analysis, m.block, i, start) for i in range(start, end))  # fmt: skip

    clause_end = right
    if bare(m.end, right):
        # the members after the label, item by item while each is a bare name
        while right < s_end and lowers[right] == ";":
            nxt = next((i for i in range(right + 1, s_end) if lowers[i] in (";", ".")), s_end)
            if not bare(right + 1, nxt):
                break
            right = nxt
    tails = words()["member-item-tails"]

    def named(p: Hit) -> bool:
        # a person in a later item is a member only where the item ends on them, or goes on with a
        # capitalised title, a mark or a word of `member-item-tails` ("a peer worker from our recovery
        # college"); not a noun after them ("; peer worker induction in your first week")
        if p.end <= clause_end:
            return True
        at = _past_job_nouns(lowers, p.end, right)  # the person's job noun ("peer" in "a peer worker")
        if at >= right or lowers[at] in (";", "."):
            return True
        return lowers[at] in tails or not lowers[at][:1].isalpha() or analysis.docs[m.block][at].text[:1].isupper()

    return any(m.end <= p.start and p.end <= right and named(p) for p in people)


def _title_word(analysis: Analysis, block: int, i: int, left: int) -> bool:
    """Is token ``i`` a capitalised word inside a title, not the first word of its part of the
    sentence (from ``left``): "Lead" in "Lived Experience Workforce Lead", "Support" in "Carer
    Support Coordinator", nouns there, not the verbs of a clause of its own?"""
    if not analysis.docs[block][i].text[:1].isupper():
        return False
    return any(analysis.lowers(block)[j][:1].isalnum() for j in range(left, i))


def _this_post_at(lowers: list[str], start: int, end: int) -> int | None:
    """The first token from ``start`` to ``end`` that opens a phrase naming the advertised post
    ("this role"; "this family role"; "this new peer post"), or ``None`` (also when a word from
    `panel-same-words` after it says this post is selected as the others are)."""
    nouns, same = words()["panel-this-post-nouns"], words()["panel-same-words"]
    for i in range(start, end):
        if lowers[i] == "this" and any(lowers[j] in nouns for j in range(i + 1, min(i + 4, end))):
            # "this role is no exception and is interviewed the same way": the same panel
            return None if same.intersection(lowers[i:end]) else i
    return None


def _other_posts(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection match about the employer's other posts, named in the plural before it in
    its sentence ("Our Peer Support Worker positions are interviewed by panels that include
    peers"), while a clause of its own after it (`clause-breaks`), or the next sentence of the
    block, names this post and its own selection ("; this family role is interviewed by the
    manager and the clinical lead")? Not when this post is only said to be the same ("..., and
    this role is too": no selection match of its own), nor when its selection names no selectors
    of its own (`panel-own-agent-words`, `panel-membership`: "This post will be interviewed on 3
    May" is the same panel)."""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    breaks = words()["clause-breaks"]
    at = next((i for i in range(hit.end, s_end) if lowers[i] in breaks), None)
    if not words()["panel-other-post-nouns"].intersection(lowers[s_start : s_end if at is None else at]):
        return False
    this = _this_post_at(lowers, at, s_end) if at is not None else None
    end = s_end
    if this is None:
        nxt = next(((a, b) for a, b, _, _ in analysis.sentences(hit.block) if a >= s_end), None)
        if nxt is not None:
            first = next((i for i in range(nxt[0], nxt[1]) if lowers[i].strip()), None)
            this = first if first is not None and _this_post_at(lowers, first, nxt[1]) == first else None
            end = nxt[1]
    if this is None:
        return False
    if not any(h.block == hit.block and this < h.start < end for h in hits(analysis, "panel")):
        return False
    # this post's selection with selectors of its own ("... is interviewed by the manager", "... panel
    # includes the clinical lead"), not only its date or place ("This post will be interviewed on 3 May"):
    # the same panel as the others'
    return not words()["panel-own-agent-words"].isdisjoint(lowers[this:end]) or any(
        m.block == hit.block and this < m.start < end for m in hits(analysis, "panel-membership"))


def _of_other_posts(analysis: Analysis, hit: Hit, person: Hit) -> bool:
    """Are the people ``person`` on the other posts' panel, in the clause before the one in which
    the selection match gives this post's own ("Our peer worker posts have panels that include
    peers; this family role is interviewed by the manager": the peers are not on this one)?"""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    breaks = words()["clause-breaks"]
    at = next((i for i in range(person.end, hit.start) if lowers[i] in breaks), None)
    return (at is not None and _this_post_at(lowers, at, hit.start) is not None
            and bool(words()["panel-other-post-nouns"].intersection(lowers[s_start : person.start])))


def _on_other_staffs_panel(analysis: Analysis, hit: Hit, person: Hit) -> bool:
    """Are the people ``person`` named after a panel for other staff (`panel-other-staff`, not
    `panel-other-staff-not`: "Selection panels for all clinical roles include a peer worker") and before
    ``hit``, a panel named again later in the sentence ("..., and the panel will talk with you")? They
    sit on the other staff's panel; naming a panel again does not put them on this post's."""
    if person.end > hit.start:
        return False
    for h in analysis.hits_in_sentence("lex:panel", hit):
        if h.end <= person.start and analysis.overlaps("lex:panel-other-staff", h) \
                and not analysis.overlaps("lex:panel-other-staff-not", h):  # fmt: skip
            return True
    return False


def _post_duty(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection match the post holder's own work on other hires' panels ("You will sit
    on recruitment panels for new peer workers", "Represent the workforce on selection
    panels"): a panel-duty match holding it, with only "you will"-like words before it in its
    sentence? Not "A peer worker will sit on the panel" (a peer is its subject). Also the last
    of a series of duties joined by "and" ("Recruit and induct new peer workers, and sit on every
    recruitment panel") or one "including" it ("Lead recruitment of peer workers, including sitting
    on panels"), in a sentence whose first word gives it no other subject
    (`duty-series-subjects`) and that starts with no one who could select ("Peer workers read
    every application and sit on the panel"). A stage named after the post's own duty in its
    sentence, with no clause of its own between (`duty-continuation-stops`: "Contribute to
    recruitment of peer workers, including shortlisting and interviewing"), is the duty's too."""
    lead = words()["duty-lead-words"]
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    stops = words()["duty-continuation-stops"] | words()["clause-breaks"] | words()["new-subjects"]
    for duty in analysis.hits_in_sentence("lex:panel-duty", hit):
        if duty.end <= hit.start and not stops.intersection(lowers[duty.end : hit.start]) \
                and all(lowers[i] in lead for i in range(s_start, duty.start) if lowers[i].strip()):  # fmt: skip
            return True  # "Contribute to recruitment of peer workers, including shortlisting and interviewing"
        if not (duty.start <= hit.start and hit.end <= duty.end):
            continue
        before = [i for i in range(s_start, duty.start) if lowers[i].strip()]
        if all(lowers[i] in lead for i in before):
            return True
        first = next((i for i in before if lowers[i][:1].isalnum()), None)
        if first is not None and lowers[before[-1]] in ("and", "including") \
                and lowers[first] not in words()["duty-series-subjects"] \
                and not any(p.start <= first < p.end for p in analysis.hits_in_sentence("lex:panel-people", duty)):
            return True  # "Recruit and induct new peer workers, and sit on every recruitment panel"
    for duty in analysis.hits_in_sentence("lex:panel-duty-enabling", hit):
        if not (duty.start <= hit.start and hit.end <= duty.end):
            continue
        before = [i for i in range(s_start, duty.start) if lowers[i].strip()]
        if all(lowers[i] in lead for i in before) or _post_title_subject(analysis, hit):
            return True  # "Support people with lived experience to sit on recruitment panels"
    return False


def _names_a_group_only(analysis: Analysis, hit: Hit) -> bool:
    """Is the panel match the last word of the name of a group of the people (a `panel-people` match
    ending on it: "a Lived Experience Advisory Panel", "our Consumer Advisory Panel") in a sentence that
    names no stage of selection and no candidate outside it (no other `panel` match, no word of
    `selection-stage-words` or `selection-subjects`: "The study team includes academics and a Lived
    Experience Advisory Panel", "Our Consumer Advisory Panel meets monthly"), outside a selection section?
    It names a group of the organisation's, not a part in selection ("Candidates present to our Consumer
    Advisory Panel" names one; "Service users will be part of a stakeholder panel" names a panel of
    selection by its kind, the people apart from it)."""
    if not any(p.start < hit.start and p.end == hit.end for p in analysis.hits_in_sentence("lex:panel-people", hit)) \
            or not qualified_panel(analysis, hit) or selection_section(analysis, hit.block):  # fmt: skip
        return False
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    outside = lowers[s_start : hit.start] + lowers[hit.end : s_end]
    if not (w["selection-stage-words"].isdisjoint(outside) and w["selection-subjects"].isdisjoint(outside)):
        return False
    return not any(h.start != hit.start and not analysis.overlaps("lex:panel-not", h)
                   for h in analysis.hits_in_sentence("lex:panel", hit))  # fmt: skip


def _interviewing_duty(analysis: Analysis, hit: Hit) -> bool:
    """Is the selection word the post holder interviewing or screening people as a duty of the post,
    a research, intake or assessment interview ("You will interview people who have used crisis
    services", "- Conduct intake interviews with new referrals", "Carry out telephone screening of
    referrals"), not this post's selection? Either a verb of `interview-verbs` whose object opens with
    a word of `interviewee-words` (or with `interviewee-openers` and such a word within four tokens),
    or a match ending in a word of `interviewing-duty-nouns` with a verb of `interviewing-duty-verbs`
    up to three words before it; that verb opens its sentence after `duty-lead-words` only, or follows
    "and" or a comma in a series of duties whose first word gives the sentence no other subject
    (`duty-series-subjects`, `selection-subjects`, people who may select). Not the candidate's
    interview ("You will interview with our Peer Lead", "You will attend an interview"), nor people
    who interview ("Two peer workers conduct the interviews", "Peer workers interview everyone")."""
    w = words()
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    opener = None
    if hit.end - hit.start == 1 and lowers[hit.start] in w["interview-verbs"]:
        # the verb with its object ("interview people who ..."; not "interview with our Peer Lead", "interview
        # the following day", nor a word of the object's past a comma or a bracket)
        after = [i for i in range(hit.end, s_end) if lowers[i].strip()][:5]
        named = next((k for k, i in enumerate(after) if lowers[i] in w["interviewee-words"]), None)
        if named is not None and (named == 0 or lowers[after[0]] in w["interviewee-openers"]) \
                and all(lowers[i][:1].isalnum() for i in after[:named]):  # fmt: skip
            opener = hit.start
    if opener is None and lowers[hit.end - 1] in w["interviewing-duty-nouns"]:
        # a verb of doing it up to three words before ("conduct intake interviews"; not "give a short
        # presentation and attend interviews")
        between, at = 0, hit.start - 1
        while at >= s_start and lowers[at] not in w["interviewing-duty-verbs"]:
            if lowers[at].strip() and lowers[at] != "-":
                if not lowers[at][:1].isalnum() or between == 3:
                    break
                between += 1
            at -= 1
        if at >= s_start and lowers[at] in w["interviewing-duty-verbs"]:
            opener = at
    if opener is None:
        return False
    before = [i for i in range(s_start, opener) if lowers[i].strip()]
    lead = w["duty-lead-words"]
    if all(lowers[i] in lead for i in before):
        return True  # "You will interview people who ...", "- Conduct intake interviews with ..."
    if lowers[before[-1]] not in ("and", ","):
        return False
    first = next((i for i in before if lowers[i][:1].isalnum() and lowers[i] not in lead), None)
    return first is not None and lowers[first] not in w["duty-series-subjects"] \
        and lowers[first] not in w["selection-subjects"] \
        and not any(p.start <= first < p.end for p in analysis.hits_in_sentence("lex:panel-people", hit))  # fmt: skip


def _recruiting_duty(analysis: Analysis, hit: Hit, own: bool = False) -> bool:
    """Does the match's sentence open, after `duty-lead-words`, with a verb of recruiting others
    (`recruiting-duty-verbs`: "Recruit future peer staff using panels with people with lived
    experience on them", "You will hire volunteers through panels with peers on them")? The post holder's
    work on other hires, not this post's own selection ("Interviews are held by a panel ...").
    With ``own``, only where the sentence can be nothing else: not a verb in -ing with no lead word
    before it, which may be the subject ("Recruiting for this post is by a panel ..."), and not a
    sentence that names this post (`panel-this-post-nouns` after "this": "Hire for this role ...")."""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    lead = words()["duty-lead-words"]
    at = next((i for i in range(s_start, s_end) if lowers[i].strip() and lowers[i] not in lead), None)
    if at is None or lowers[at] not in words()["recruiting-duty-verbs"]:
        return False
    if not own:
        return True
    if lowers[at].endswith("ing") and not any(lowers[i].strip() for i in range(s_start, at)):
        return False
    if ";" in lowers[at : hit.start]:
        return False  # a clause of its own after the duty: "Recruit future peer workers; our panels always include a peer"
    return not _names_this_post(analysis, hit)


def _names_this_post(analysis: Analysis, hit: Hit) -> bool:
    """Does the match's sentence name the advertised post: "this" right before a word of
    `panel-this-post-nouns` ("this role", "this post")?"""
    s_start, s_end = analysis.sentence_bounds(hit)
    sentence = analysis.lowers(hit.block)[s_start:s_end]
    return any(a == "this" and b in words()["panel-this-post-nouns"] for a, b in pairwise(sentence))


def _post_title_subject(analysis: Analysis, hit: Hit) -> bool:
    """Does the sentence open with the advertised post's own title after "the" or "this" ("The
    Involvement Coordinator runs the programme ...", "This Engagement Lead will ..."), or with "the
    post holder": the post holder is its subject?"""
    lowers = analysis.lowers(hit.block)
    s_start, s_end = analysis.sentence_bounds(hit)
    opening = [t for t in lowers[s_start:s_end] if t.strip()][:7]
    if len(opening) < 2 or opening[0] not in ("the", "this"):
        return False
    title = title_words(analysis)
    holder = [("post", "holder"), ("postholder",), ("post-holder",), ("jobholder",)]
    return any(tuple(opening[1 : 1 + len(t)]) == t for t in [*holder, *((title,) if title else ())])


def _panel_talks_with_candidate(analysis: Analysis, other: Hit) -> bool:
    """Is a way of taking part the panel's own talk with the candidate at interview ("..., and the panel
    will talk with you about how you would share your experience", "Our interviewers will chat with each
    candidate"): right after a selection panel (a `panel` match ending on a word of `panel-nouns`, not a
    panel named as another way, "a stakeholder panel") or the interviewers (`panel-talk-subjects`), only
    `panel-talk-fillers` ("will", "also") between, and the candidate (`panel-talk-addressees`) right after
    it? It is the interview itself, whoever sits on the panel, not another way of taking part."""
    w = words()
    lowers = analysis.lowers(other.block)
    if other.end >= len(lowers) or lowers[other.end] not in w["panel-talk-addressees"]:
        return False
    k = other.start - 1
    while k >= 0 and lowers[k] in w["panel-talk-fillers"]:
        k -= 1
    if k < 0:
        return False
    if lowers[k] in w["panel-talk-subjects"]:
        return True
    return lowers[k] in w["panel-nouns"] and any(
        h.end - 1 == k and not qualified_panel(analysis, h) and not analysis.overlaps("lex:panel-other-way", h)
        for h in analysis.hits_in_block("lex:panel", other.block))  # fmt: skip


def _chat_with_people(analysis: Analysis, hit: Hit) -> bool:
    """Is the informal part a conversation ("an informal chat", "a relaxed conversation") held
    with the peers named after it in its clause ("... with two members of staff, one of whom
    started out as a peer mentor"), rather than a presentation or a visit? Read only where the
    advert describes no interview or panel: then the conversation is the selection."""
    w = words()
    said = hit.text.lower().split()
    # the match may hold its "with" ("You'll have a chat with our peer lead and ...")
    if not (len(said) > 1 and said[-1] in w["weak-membership"] and said[-2] in w["chat-words"]):
        if said[-1] not in w["chat-words"]:
            return False
        after = analysis.tokens_after(hit, 1)
        if not after or after[0] not in w["weak-membership"]:
            return False
    _, right = clause_bounds(analysis, hit)
    # (people who use the service or a group of them, "a group of service users", "our youth council",
    # are involved in another way, not peers who select: `chat-group-words` in rules/data/criteria.toml)
    groups = w["chat-group-words"]
    return any(hit.end < p.start <= right and p.start - hit.end <= 16 and groups.isdisjoint(p.text.lower().split())
               for p in panel_people(analysis, hit))  # fmt: skip


def _informal_stage(analysis: Analysis, hit: Hit, sentence: list[str]) -> bool:
    """Is an informal part (a chat, a visit) with no peers a step of selection: its sentence
    names candidates or another stage of hiring (references, checks) besides it, and is not an
    enquiry ("for an informal chat, contact ...")? "We'll invite you for an informal chat with
    our coordinator, and then ask for two references" describes a selection without peers."""
    w = words()
    stages = [s for s in analysis.hits_in_sentence("lex:panel-stage-not", hit) if not (s.start < hit.end and hit.start < s.end)]
    s_start, _ = analysis.sentence_bounds(hit)
    inside = {i - s_start for s in stages for i in range(s.start, s.end)}  # "a registration call" is a stage, not a contact
    if any(t in w["contact-words"] for i, t in enumerate(sentence) if i not in inside):
        return False
    return bool(w["selection-subjects"].intersection(sentence) or stages)

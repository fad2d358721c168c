"""The four clear-soil verdicts (../shared/clear-soil.md), as Python checks.

Each function reads the lexicon matches in :class:`~jdlint.analysis.Analysis` and judges
what the advert *says*: the strength of a requirement and what it is attached to,
negation, substitution clauses, whose experience is meant, questions, essential and
desirable columns and headings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jdlint.analysis import Analysis, Hit
from jdlint.checks import CheckResult, Context, check
from jdlint.checks.kinds import clip, in_proper_name, suggest_place
from jdlint.model import Finding, Fix, Span, Verdict
from jdlint.registry import Rule

PEER_ROLES = ("peer", "peer-senior")

_OTHERS = frozenset(
    {"their", "his", "her", "patients", "clients", "users", "participants", "residents", "families",
     "'s", "’s", "patient", "client", "others"}
)  # fmt: skip
_WORKER = frozenset(
    {"you", "your", "worker", "workers", "psw", "psws", "peer", "peers", "specialist", "specialists",
     "applicant", "applicants", "candidate", "candidates", "cadet", "cadets", "practitioner",
     "practitioners", "mentor", "mentors", "supporter", "supporters", "we", "staff", "holder",
     "post", "role", "someone", "person", "individual", "coach", "coaches"}
)  # fmt: skip
_SERVE_VERBS = frozenset(
    {"support", "supporting", "supports", "help", "helping", "helps", "with", "serve", "serving",
     "engage", "engaging", "empower", "empowering", "alongside", "assist", "assisting"}
)  # fmt: skip
_CLAUSE_BREAKS = frozenset({";", "but", "however", "whereas", "although", "though", "•"})
_SUPPORTING_VERBS = frozenset(
    {"support", "supporting", "supports", "assist", "assisting", "assists", "help", "helping",
     "contribute", "contributing", "contributes", "alongside", "observe", "shadow"}
)  # fmt: skip

_KIND_WORDS = [
    ("mental health", ("mental", "distress", "psychosis", "psychotic", "schizophrenia", "bipolar",
                       "depression", "anxiety", "personality", "self", "suicid", "eating", "emotional")),
    ("substance use", ("substance", "drug", "alcohol", "addiction", "opioid", "gambling")),
    ("caring for someone", ("carer", "caring", "caregiv")),
    ("homelessness", ("homeless", "rough")),
]  # fmt: skip


# --- lived experience essential -------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One mention of the applicant's lived experience and how strongly it is asked for."""

    hit: Hit
    strength: str  # required, wanted, desirable, substitutable, negated, mention
    kind_named: bool
    cue: str = ""


def _clause_bounds(analysis: Analysis, hit: Hit) -> tuple[int, int]:
    """Token bounds of the clause that holds ``hit`` (sentence cut at ; but however ...)."""
    start, end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    left = start
    for i in range(hit.start - 1, start - 1, -1):
        if lowers[i] in _CLAUSE_BREAKS:
            left = i + 1
            break
    right = end
    for i in range(hit.end, end):
        if lowers[i] in _CLAUSE_BREAKS:
            right = i
            break
    return left, right


def _nearest_cue(analysis: Analysis, hit: Hit, groups: tuple[str, ...]) -> tuple[str, Hit] | None:
    """The cue (from ``groups``) nearest to ``hit`` within its clause.

    A parenthesised cue ("(preferred)") binds only to the words just before it, so it
    counts only when nothing but the mention's own words lie between them.
    """
    left, right = _clause_bounds(analysis, hit)
    lowers = analysis.lowers(hit.block)
    best: tuple[int, str, Hit] | None = None
    for group in groups:
        for cue in analysis.hits_in_block(f"lex:{group}", hit.block):
            if cue.start < left or cue.end > right:
                continue
            if cue.start < hit.end and hit.start < cue.end:
                continue  # the cue is part of the mention itself
            if cue.start > 0 and lowers[cue.start - 1] == "(":
                between = lowers[hit.end : cue.start - 1]
                if cue.start < hit.start or len(between) > 10 or any(t in {",", "and", ";"} for t in between):
                    continue
            distance = hit.start - cue.end if cue.end <= hit.start else cue.start - hit.end
            if best is None or distance < best[0]:
                best = (distance, group, cue)
    return (best[1], best[2]) if best else None


def _lead_in(analysis: Analysis, block: int) -> int | None:
    """For a list item, the paragraph that introduces its list ("You must have:")."""
    blocks = analysis.document.blocks
    if blocks[block].kind != "list-item":
        return None
    for i in range(block - 1, max(-1, block - 40), -1):
        if blocks[i].kind == "list-item":
            continue
        if blocks[i].kind == "paragraph" and blocks[i].text.rstrip().endswith(":"):
            return i
        return None
    return None


def _is_applicants(analysis: Analysis, hit: Hit) -> bool:
    """Is the experience the applicant's, not that of the people the service supports?"""
    before = analysis.tokens_before(hit, 4)
    s_start, s_end = analysis.sentence_bounds(hit)
    sentence = set(analysis.lowers(hit.block)[s_start:s_end])
    if len(before) >= 3 and before[-1] == "with" and before[-2] in {"people", "individuals", "those", "someone", "adults", "others"}:
        # "support people with lived experience" (served) vs "open to people with ..." (applicants)
        return before[-3] not in _SERVE_VERBS
    near = before[-2:]
    if any(w in _OTHERS for w in near) and "own" not in near:
        # "their" may be the workers' own ("peer support workers ... their own experiences").
        return bool(sentence & _WORKER) and "own" in before
    return True


def _kind_named(analysis: Analysis, hit: Hit) -> bool:
    """Is the kind of experience named in the mention's sentence, cell or table row?"""
    if analysis.hits_in_sentence("lex:lived-experience-kind", hit):
        return True
    if any(
        k.start >= hit.start and k.end <= hit.end
        for k in analysis.hits_in_block("lex:lived-experience-kind", hit.block)
    ):
        return True
    return any(analysis.hits_in_block("lex:lived-experience-kind", cell) for cell in analysis.row_cells(hit.block))


def assess_mention(analysis: Analysis, hit: Hit) -> Mention:
    """How strongly one mention of lived experience is asked for."""
    kind = _kind_named(analysis, hit)
    if analysis.document.blocks[hit.block].kind == "heading":
        return Mention(hit, "mention", kind)  # "Lived Experience Peer Cadet Program" names the role
    if analysis.negated(hit):
        return Mention(hit, "negated", kind)
    if analysis.overlaps("lex:lived-experience-designated", hit):
        return Mention(hit, "required", kind, "a designated lived experience role")
    s_start, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    # Substitution: "lived, living or learned", "lived experience or relevant professional experience"
    left, right = _clause_bounds(analysis, hit)
    for group in ("lex:learned-experience", "lex:substitution"):
        for cue in analysis.hits_in_block(group, hit.block):
            if left <= cue.start and cue.end <= right and -3 <= cue.start - hit.end <= 15:
                return Mention(hit, "substitutable", kind, cue.text)
            if group == "lex:learned-experience" and cue.start <= hit.start < cue.end + 2 and cue.start >= left:
                return Mention(hit, "substitutable", kind, cue.text)
    before = lowers[max(s_start, hit.start - 2) : hit.start]
    if "or" in before and any(t in {"experience", "qualification", "qualifications"} for t in lowers[s_start : hit.start - 1]):
        return Mention(hit, "substitutable", kind, "or")
    cue = _nearest_cue(analysis, hit, ("requirement", "desirable"))
    if cue:
        group, cue_hit = cue
        strength = "required" if group == "requirement" else "desirable"
        if strength == "required" and cue_hit.text.lower() in {"necessary"} and analysis.negated(cue_hit):
            strength = "negated"
        return Mention(hit, strength, kind, cue_hit.text)
    found = analysis.requirement(hit.block)
    if found:
        level, where = found
        return Mention(hit, "required" if level == "essential" else "desirable", kind, where)
    lead = _lead_in(analysis, hit.block)
    if lead is not None:
        for group, strength in (("requirement", "required"), ("desirable", "desirable"), ("wanted", "wanted")):
            cues = analysis.hits_in_block(f"lex:{group}", lead)
            if cues:
                return Mention(hit, strength, kind, cues[0].text)
    if analysis.is_question(hit):
        return Mention(hit, "wanted", kind, "question")
    wanted = [w for w in analysis.hits_in_block("lex:wanted", hit.block) if s_start <= w.start and w.end <= s_end]
    if wanted:
        return Mention(hit, "wanted", kind, wanted[0].text)
    if hit.start - s_start <= 1 and analysis.document.blocks[hit.block].kind in ("list-item", "paragraph", "table-cell"):
        return Mention(hit, "wanted", kind, "stated without a requirement")
    return Mention(hit, "mention", kind)


def _cue(cue: str) -> str:
    """A cue for a message: quoted words, or a description of the column or heading."""
    return cue if "“" in cue else f"“{cue}”"


def applicant_mentions(analysis: Analysis) -> list[Mention]:
    """Every mention of the applicant's own lived experience, assessed (cached per analysis)."""
    cached = analysis.memo.get("applicant_mentions")
    if cached is None:
        cached = [assess_mention(analysis, h) for h in analysis.hits("lex:lived-experience") if _is_applicants(analysis, h)]
        analysis.memo["applicant_mentions"] = cached
    return cached


def service_kind(analysis: Analysis) -> str:
    """The kind of lived experience the service is about (for wording fixes)."""
    counts: Counter[str] = Counter()
    for hit in analysis.hits("lex:lived-experience-kind"):
        text = hit.text.lower()
        for label, stems in _KIND_WORDS:
            if any(stem in text for stem in stems):
                counts[label] += 1
    if not counts:
        return "mental health challenges or substance use"
    label = counts.most_common(1)[0][0]
    return "mental health challenges" if label == "mental health" else label


def _person_spec_place(ctx: Context, after: Span | None = None) -> str:
    """Where an essential criterion goes: the person specification if there is one, else
    after the sentence that mentions lived experience, else the job summary."""
    where = suggest_place(ctx, (r"^essential", r"person spec", r"selection criteria", r"minimum qualif",
                                r"requirements|qualifications", r"about you|who you are|what you"))  # fmt: skip
    if where:
        return f"{where}, as an essential criterion"
    if any(b.kind == "table-cell" for b in ctx.document.blocks):
        return "in the person specification table, in the Essential column"
    if after is not None:
        return f"after the sentence “{clip(after.text)}”"
    return "in the job summary, as its second sentence (or in an Essential criteria list)"


def _move_to_essential(ctx: Context, span: Span) -> str:
    block = ctx.document.blocks[span.block]
    if block.kind == "table-cell" and block.column_header:
        return f"in the person specification table, move it from the “{block.column_header}” column to the Essential column"
    if span.section:
        return f"move it from “{span.section}” to the essential criteria"
    return "state it as an essential criterion in the person specification"


def _kind_of(analysis: Analysis, mention: Mention) -> str | None:
    """The kind of experience a mention names, as words for a fix ("mental health challenges")."""
    if not mention.kind_named:
        return None
    words = " ".join(h.text.lower() for h in analysis.hits_in_sentence("lex:lived-experience-kind", mention.hit))
    words += " " + mention.hit.text.lower()
    for label, stems in _KIND_WORDS:
        if any(stem in words for stem in stems):
            return "mental health challenges" if label == "mental health" else label
    return None


@check("lived_experience_essential")
def lived_experience_essential(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    kind = service_kind(analysis)
    mentions = applicant_mentions(analysis)
    by = {s: [m for m in mentions if m.strength == s] for s in
          ("required", "wanted", "desirable", "substitutable", "negated", "mention")}  # fmt: skip
    required_text = f"Lived experience of {kind} is essential for this role."

    def spans(ms: list[Mention]) -> tuple[Span, ...]:
        seen: dict[tuple[int, int], Span] = {}
        for m in ms:
            span = analysis.sentence_span(m.hit)
            seen.setdefault((span.block, span.start), span)
        return tuple(seen.values())[:3]

    if by["substitutable"]:
        m = by["substitutable"][0]
        return _verdict(rule, "not-met",
            f"Lived experience can be substituted ({_cue(m.cue)}): adjacent experience is offered in its place.",
            spans(by["substitutable"]),
            Fix("replace", f"{required_text} Professional or other experience is not a substitute for it.",
                where=f"in “{clip(analysis.sentence_span(m.hit).text)}”", original=m.cue))  # fmt: skip
    if by["negated"] and not by["required"]:
        m = by["negated"][0]
        return _verdict(rule, "not-met", "The advert says lived experience is not needed.", spans(by["negated"]),
            Fix("replace", required_text, where=f"in place of “{clip(analysis.sentence_span(m.hit).text)}”",
                original=analysis.sentence_span(m.hit).text))  # fmt: skip
    if by["required"]:
        named = [m for m in by["required"] if m.kind_named]
        if named:
            return _verdict(rule, "met", f"Lived experience is required ({_cue(named[0].cue)}) and its kind is named.",
                            spans(named), None)  # fmt: skip
        m = by["required"][0]
        return _verdict(rule, "partly-met",
            f"Lived experience is required ({_cue(m.cue)}) but the kind is not named.", spans(by["required"]),
            Fix("replace", f"lived experience of {kind}", original=m.hit.text,
                where=f"in “{clip(analysis.sentence_span(m.hit).text)}”"))  # fmt: skip
    if by["wanted"]:
        m = by["wanted"][0]
        text = f"Lived experience of {_kind_of(analysis, m) or kind} is essential for this role."
        return _verdict(rule, "partly-met",
            f"Lived experience is wanted in prose ({_cue(m.cue)}) but not stated as a requirement.", spans(by["wanted"]),
            Fix("add", text, where=_person_spec_place(ctx, analysis.sentence_span(m.hit))))  # fmt: skip
    if by["desirable"]:
        m = by["desirable"][0]
        span = analysis.sentence_span(m.hit)
        text = f"Lived experience of {_kind_of(analysis, m) or kind} is essential for this role."
        return _verdict(rule, "not-met",
            f"Lived experience is only desirable ({_cue(m.cue)}).", spans(by["desirable"]),
            Fix("replace", text, original=span.text, where=_move_to_essential(ctx, span)))  # fmt: skip
    return _verdict(rule, "not-met", "The advert does not ask for lived experience.", (),
                    Fix("add", required_text, where=_person_spec_place(ctx)))  # fmt: skip


# --- peer principles -------------------------------------------------------------------------

PRINCIPLES = ("mutuality", "disclosure", "hope", "boundaries")
_PRINCIPLE_WORDS = {
    "mutuality": "build mutual, reciprocal relationships based on shared experience",
    "disclosure": "share your own experience purposefully and safely, in the service of someone else's recovery",
    "hope": "inspire hope that recovery is possible",
    "boundaries": "agree and hold clear, healthy boundaries in the peer relationship",
}


def principle_hits(analysis: Analysis, principle: str) -> list[Hit]:
    hits = []
    for hit in analysis.hits(f"lex:{principle}"):
        if analysis.overlaps(f"lex:{principle}-not", hit) or analysis.negated(hit):
            continue
        if principle == "hope" and in_proper_name(analysis, hit):
            continue
        hits.append(hit)
    return hits


@check("peer_principles")
def peer_principles(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    found = {p: principle_hits(analysis, p) for p in PRINCIPLES}
    named = [p for p in PRINCIPLES if found[p]]
    missing = [p for p in PRINCIPLES if not found[p]]
    evidence: dict[tuple[int, int], Span] = {}
    for p in named:
        span = analysis.sentence_span(found[p][0])
        evidence.setdefault((span.block, span.start), span)
    frameworks = sorted({h.text for h in analysis.hits("lex:peer-framework")})
    note = f" Names {', '.join(frameworks)} (supporting evidence)." if frameworks else ""
    if not missing:
        return _verdict(rule, "met", "Mutuality, disclosure, hope and boundaries are all set out." + note,
                        tuple(evidence.values()), None)  # fmt: skip
    words = " You will ".join(f"{_PRINCIPLE_WORDS[p]}." for p in missing)  # one sentence each: short (RD001)
    fix = Fix("add",
        f"In this role you will {words} Our peer workers use recognised approaches such as Intentional Peer "
        "Support and the Wellness Recovery Action Plan (WRAP).",
        where=suggest_place(ctx, (r"summary|about the role|purpose|overview", r"duties|responsibilities"))
        or "in the job summary, after the sentence that introduces the role")  # fmt: skip
    if named:
        return _verdict(rule, "partly-met",
            f"{len(named)} of 4 set out ({', '.join(named)}); missing: {', '.join(missing)}.{note}",
            tuple(evidence.values()), fix)  # fmt: skip
    return _verdict(rule, "not-met", f"None of mutuality, disclosure, hope or boundaries is set out.{note}", (), fix)


# --- peer panel ------------------------------------------------------------------------------


@check("peer_panel")
def peer_panel(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    selection: list[Hit] = []
    other_way: list[Hit] = []
    for hit in analysis.hits("lex:panel"):
        if analysis.overlaps("lex:panel-not", hit):
            continue  # "motivational interviewing", "support people with job interviews"
        people = [p for p in analysis.hits_in_sentence("lex:panel-people", hit)
                  if not (p.start < hit.end and hit.start < p.end) and not analysis.negated(p)]  # fmt: skip
        membership = analysis.hits_in_sentence("lex:panel-membership", hit)
        if people and membership and not analysis.negated(hit):
            if analysis.hits_in_sentence("lex:panel-other-way", hit) and not _core_panel(hit):
                other_way.append(hit)
                continue
            span = analysis.sentence_span(hit)
            return _verdict(rule, "met", "Peers or people with lived experience take part in selection.", (span,), None)
        if people and analysis.hits_in_sentence("lex:panel-other-way", hit):
            other_way.append(hit)
            continue
        selection.append(hit)
    for hit in analysis.hits("lex:panel-other-way"):
        if analysis.hits_in_sentence("lex:panel-people", hit) and analysis.hits_in_sentence("lex:panel", hit):
            other_way.append(hit)
    fix = Fix("add",
        "The interview panel will include an experienced peer worker (for example our Peer Support Lead), "
        "and people with lived experience will take part in shortlisting.",
        where=suggest_place(ctx, (r"interview|selection|recruitment|how to apply|apply", r"further information|additional"))
        or "at the end of the advert, where the selection process is described")  # fmt: skip
    if other_way:
        span = analysis.sentence_span(other_way[0])
        return _verdict(rule, "partly-met",
            "People who use services take part in selection in another way, but not on the panel.", (span,), fix)
    if selection:
        span = analysis.sentence_span(selection[0])
        return _verdict(rule, "not-met", "The selection process is described without peers on the panel.", (span,), fix)
    return _verdict(rule, "not-met", "The selection process is not described, so peers on the panel are not stated.", (), fix)


def _core_panel(hit: Hit) -> bool:
    text = hit.text.lower()
    return any(w in text for w in ("interview", "selection", "shortlist", "recruitment panel"))


# --- adjacent professions -----------------------------------------------------------------------


def _learning(analysis: Analysis, hit: Hit) -> bool:
    s_start, _ = analysis.sentence_bounds(hit)
    return any(h.end <= hit.start and h.start >= s_start and hit.start - h.end <= 8
               for h in analysis.hits_in_sentence("lex:learning-context", hit))  # fmt: skip


def _supporting(analysis: Analysis, hit: Hit) -> bool:
    before = analysis.tokens_before(hit, 6)
    return any(w in _SUPPORTING_VERBS for w in before)


def _qualification_level(analysis: Analysis, hit: Hit) -> str | None:
    cue = _nearest_cue(analysis, hit, ("requirement", "desirable"))
    if cue:
        return "required" if cue[0] == "requirement" else "desirable"
    level = analysis.requirement_level(hit.block)
    if level:
        return "required" if level == "essential" else "desirable"
    lead = _lead_in(analysis, hit.block)
    if lead is not None:
        if analysis.hits_in_block("lex:requirement", lead):
            return "required"
        if analysis.hits_in_block("lex:desirable", lead):
            return "desirable"
    left, _ = _clause_bounds(analysis, hit)
    if any(t in {"hold", "holds", "have", "possess", "qualified"} for t in analysis.lowers(hit.block)[left : hit.start]):
        return "required"
    return None


_COMPLIANCE_OBJECTS = ("medication", "treatment", "medicine", "care plan", "patient", "client", "service user", "therapy")


@check("adjacent_professions")
def adjacent_professions(rule: Rule, ctx: Context) -> CheckResult:
    analysis = ctx.analysis
    hard: list[tuple[Hit, str]] = []
    soft: list[tuple[Hit, str]] = []
    distinct: list[Hit] = list(analysis.hits("lex:distinct-role"))
    for hit in analysis.hits("lex:professional-qualification"):
        if analysis.negated(hit):
            distinct.append(hit)
            continue
        if _learning(analysis, hit) or _is_peer_credential(analysis, hit):
            continue
        level = _qualification_level(analysis, hit)
        if level == "required":
            hard.append((hit, f"a professional qualification is required (“{hit.text}”)"))
        elif level == "desirable":
            soft.append((hit, f"a professional qualification is desirable (“{hit.text}”)"))
    for hit in analysis.hits("lex:adjacent-alternative"):
        if analysis.negated(hit):
            continue
        if hit.text.lower().startswith("or ") or _qualification_level(analysis, hit) == "required":
            hard.append((hit, f"adjacent experience qualifies (“{hit.text}”)"))
    for hit in analysis.hits("lex:clinical-duty"):
        if analysis.negated(hit) or _learning(analysis, hit):
            continue
        if _qualification_level(analysis, hit) == "desirable":
            soft.append((hit, f"adjacent experience is desirable (“{hit.text}”)"))
        elif _supporting(analysis, hit) and not hit.text.lower().startswith(("generic", "ward")):
            soft.append((hit, f"a clinical task in a supporting position (“{hit.text}”)"))
        else:
            hard.append((hit, f"another profession's duty (“{hit.text}”)"))
    for hit in analysis.hits("lex:compliance"):
        sentence = analysis.sentence_text(hit).lower()
        if analysis.negated(hit) or not any(o in sentence for o in _COMPLIANCE_OBJECTS):
            continue
        hard.append((hit, f"the peer is asked to enforce compliance (“{hit.text}”)"))
    for hit in analysis.hits("lex:extra-hands"):
        if not analysis.negated(hit):
            hard.append((hit, f"the peer covers staffing (“{hit.text}”)"))
    for hit in analysis.hits("lex:supporting-clinical"):
        if not analysis.negated(hit) and not _learning(analysis, hit):
            soft.append((hit, f"clinical work in a supporting position (“{hit.text}”)"))

    def spans(items: list[tuple[Hit, str]]) -> tuple[Span, ...]:
        seen: dict[tuple[int, int], Span] = {}
        for hit, _ in items:
            span = analysis.sentence_span(hit)
            seen.setdefault((span.block, span.start), span)
        return tuple(seen.values())[:4]

    hard.sort(key=lambda item: (item[0].block, item[0].start))
    soft.sort(key=lambda item: (item[0].block, item[0].start))
    def reasons(items: list[tuple[Hit, str]]) -> str:
        unique = list(dict.fromkeys(why for _, why in items))
        more = f"; and {len(unique) - 3} more" if len(unique) > 3 else ""
        return "; ".join(unique[:3]) + more

    if hard:
        hit, why = hard[0]
        return _verdict(rule, "not-met", f"The role is not kept distinct: {reasons(hard)}.", spans(hard),
            _adjacent_fix(analysis, hit, why))  # fmt: skip
    if soft:
        hit, why = soft[0]
        return _verdict(rule, "partly-met", f"Mostly distinct, but {reasons(soft)}.", spans(soft),
            _adjacent_fix(analysis, hit, why))  # fmt: skip
    if distinct:
        return _verdict(rule, "met", "The advert says what makes the role different from clinical roles.",
                        tuple(analysis.sentence_span(h) for h in distinct[:2]), None)  # fmt: skip
    return _verdict(rule, "met", "No professional qualification, clinical duty, compliance or cover duty appears.", (), None)


def _is_peer_credential(analysis: Analysis, hit: Hit) -> bool:
    sentence = analysis.sentence_text(hit).lower()
    after = " ".join(analysis.tokens_after(hit, 4))
    return "peer" in after or ("peer" in sentence and ("certif" in hit.text.lower() or "certificate iv" in sentence))


def _adjacent_fix(analysis: Analysis, hit: Hit, why: str) -> Fix:
    sentence = analysis.sentence_span(hit).text
    if "qualification" in why:
        return Fix("remove",
            "Remove the professional qualification: peer roles are qualified by lived experience. If training "
            "matters, offer it: “We will support you to complete accredited peer support training.”",
            original=hit.text, where=f"in “{clip(sentence)}”")  # fmt: skip
    if "compliance" in why:
        return Fix("replace", "support people to make their own informed choices about treatment",
                   original=hit.text, where=f"in “{clip(sentence)}”")  # fmt: skip
    if "adjacent experience" in why:
        return Fix("remove", "Drop the alternative: adjacent experience is not a substitute for lived experience.",
                   original=hit.text, where=f"in “{clip(sentence)}”")  # fmt: skip
    return Fix("replace",
        "Offer one-to-one and group peer support, sharing your own experience purposefully to build connection and hope.",
        original=sentence, where="in place of this duty; leave clinical tasks with the clinical team")  # fmt: skip


# --- shared ---------------------------------------------------------------------------------


def _verdict(rule: Rule, verdict: str, why: str, evidence: tuple[Span, ...], fix: Fix | None) -> CheckResult:
    result = CheckResult(verdict=Verdict(rule.criterion, verdict, why, evidence, fix))  # type: ignore[arg-type]
    if verdict in ("not-met", "partly-met"):
        severity = "error" if verdict == "not-met" else "warning"
        message = f"{rule.criterion}: {verdict}. {why}"
        result.findings.append(
            Finding(rule.id, rule.name, severity, message, evidence[0] if evidence else None, fix)  # type: ignore[arg-type]
        )
    else:
        result.positives.append(f"{rule.criterion}: {why}")
    return result

"""CS001 (and CS004, which reads CS001's mentions): the requirement level of a mention, and the
person-specification marks that set it: E/D markers at the end of a line, requirement and
desirable cues near the mention, lead-in lines over a list, bracketed levels on a label line,
footnote marks, generic headings. Also :class:`Mention`, a mention with its strength and cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdlint.analysis import Analysis, Hit, label_level, without_qualified_brackets
from jdlint.checks.criteria.shared import CriteriaWords, clause_bounds, words
from jdlint.model import Block
from jdlint.nlp import FOOTNOTE_MARKS


@dataclass(frozen=True)
class Mention:
    """One mention of the applicant's lived experience and how strongly it is asked for."""

    hit: Hit
    strength: str  # required, wanted, desirable, substitutable, negated, mention
    kind_named: bool
    cue: str = ""
    kind_at: Hit | None = None  # where the kind is named when not in the mention's sentence
    in_spec: bool = False  # the level comes from the person specification (a heading, column, E/D mark, "Desirable:")
    cue_at: Hit | None = None  # the sentence that sets the level when it is not the mention's ("One of these is essential.")


def no_bar(analysis: Analysis, hit: Hit) -> bool:
    """Is the mention said to be no bar to applying (`no-bar` in rules/lexicon.toml) after it
    in its clause ("A history of substance use or a conviction will not automatically exclude
    you"; not "A history of addiction is essential; a conviction will not exclude you")?"""
    _, right = clause_bounds(analysis, hit)
    return any(hit.end <= b.start and b.end <= right for b in analysis.hits_in_sentence("lex:no-bar", hit))


def nearest_cue(analysis: Analysis, hit: Hit, groups: tuple[str, ...]) -> tuple[str, Hit] | None:
    """The cue (from ``groups``) nearest to ``hit`` within its clause.

    A parenthesised cue ("(preferred)") binds only to the words just before it, so it
    counts only when nothing but the mention's own words lie between them.
    """
    left, right = clause_bounds(analysis, hit)
    lowers = analysis.lowers(hit.block)
    best: tuple[int, str, Hit] | None = None
    for group in groups:
        for cue in analysis.hits_in_sentence(f"lex:{group}", hit):  # (the clause is in the sentence)
            if cue.start < left or (cue.end > right and not _ends_on_the_break(lowers, right, cue.end)):
                continue
            if cue.start < hit.end and hit.start < cue.end:
                continue  # the cue is part of the mention itself
            if group == "desirable-closing" and not _closes_on_the_mention(analysis, hit, cue):
                continue  # "is helpful" closing an item, not "is helpful to the people you support"
            if cue.start > 0 and lowers[cue.start - 1] == "(":
                between = lowers[hit.end : cue.start - 1]
                if cue.start < hit.start or len(between) > 10 or not words()["list-joins"].isdisjoint(between):
                    continue
            if cue.start >= hit.end and not words()["criteria-met-verbs"].isdisjoint(lowers[max(hit.end, cue.start - 3) : cue.start]):
                continue  # "applicants with lived experience who meet the requirements": the other criteria, met
            if cue.start >= hit.end and not words()["cue-subordinators"].isdisjoint(lowers[max(hit.end, cue.start - 3) : cue.start]):
                continue  # "... lived experience of psychosis where support is needed most": that clause's need
            if cue.start >= hit.end and own_bracket(lowers, hit.end, cue.start):
                continue  # "(experience of secure services is welcome but not required)": its own subject's level
            if cue.start >= hit.end and _own_coordinate(lowers, left, hit, cue.start):
                continue  # "lived experience of psychosis, and peer certification is required": the certification's
            if cue.start >= hit.end and _said_of_another_after_phrase(lowers, hit, cue.start):
                continue  # "Drawing on your lived experience, you will make sure peer workers are valued"
            distance = hit.start - cue.end if cue.end <= hit.start else cue.start - hit.end
            if best is None or distance < best[0]:
                best = (distance, group, cue)
    if "requirement" in groups and (need := _need_before(analysis, hit, left)) \
            and (best is None or (best[1] == "requirement" and best[0] > 0)):  # fmt: skip
        # a desirable cue in the clause ("Ideally, you will also need ...") is not outranked by "need"
        return ("requirement", need)
    return (best[1], best[2]) if best else None


def level_pointed_back(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """The level a clause of its own sets on the mention, right after the ";" that closes the
    mention's clause in its sentence, when that clause's subject points back to it: "You bring lived
    experience of substance use; it is a requirement for this position", "...; this is essential
    for the role", "...; it would be an advantage". The clause opens with a word of
    `bracket-back-references` (rules/data/criteria.toml), only `pointed-back-fillers` stand before
    its requirement or desirable cue, and no word of `extraposed-tails` follows the cue ("...; it is
    essential that you keep records", "...; it is required to hold a licence": the cue is then that
    clause's own). ``("requirement" | "desirable", cue)``; ``None`` for another subject ("...; a
    licence is essential") or a negated cue ("...; it is not a requirement")."""
    left, right = clause_bounds(analysis, hit)
    _, s_end = analysis.sentence_bounds(hit)
    lowers = analysis.lowers(hit.block)
    if right >= s_end or lowers[right] != ";":
        return None
    w = words()
    # the mention's clause says it of the applicant ("You bring ...", "Applicants bring ..."): not of
    # the service or the work ("Our service is co-produced with lived experience of psychosis; this is a
    # requirement of our contract", "Our work is informed by lived experience; this is essential")
    if w["applicant-words"].isdisjoint(set(lowers[left:right]) - w["organisation-words"]):
        return None
    said = [i for i in range(right + 1, s_end) if lowers[i][:1].isalnum()]
    if not said or lowers[said[0]] not in w["bracket-back-references"]:
        return None
    back = said[0]
    stop = next((i for i in range(back, s_end) if lowers[i] in w["clause-breaks"]), s_end)
    for group in ("requirement", "desirable"):
        for cue in analysis.hits_in_block(f"lex:{group}", hit.block):
            if not (back < cue.start and cue.end <= stop):
                continue
            between = [t for t in lowers[back + 1 : cue.start] if t[:1].isalnum()]
            if not w["pointed-back-fillers"].issuperset(between) or not w["extraposed-tails"].isdisjoint(lowers[cue.end : stop]):
                return None
            if analysis.negated(cue) or analysis.overlaps("lex:requirement-negated", cue):
                return None
            return group, cue
    return None


def _need_before(analysis: Analysis, hit: Hit, left: int) -> Hit | None:
    """A "need" said to the applicant with the mention as its object (`need-before`: "You need
    lived experience of ...", "You'll also need your own experience of ..."): only an article or
    "your own" between them, in the mention's clause; a bare "you need" elsewhere in the sentence
    is no requirement ("If you need adjustments, lived experience is welcome")."""
    lowers = analysis.lowers(hit.block)
    for need in analysis.hits_in_sentence("lex:need-before", hit):
        if left <= need.start and need.end <= hit.start and words()["need-object-fillers"].issuperset(lowers[need.end : hit.start]) \
                and not _need_reported(analysis, need):  # fmt: skip
            return need
    return None


def _need_reported(analysis: Analysis, need: Hit) -> bool:
    """Is the "need" a condition or someone's belief rather than the advert's requirement: right
    after a word of condition (`need-conditionals`: "If you need a lived experience mentor, ...")
    or a verb of belief, "that" maybe between (`need-belief-verbs`: "You may feel you need ...",
    "Nobody expects that you need ..."), unless the employer holds the belief (`need-belief-owners`:
    "We believe you need ...")?"""
    w = words()
    lowers = analysis.lowers(need.block)
    s_start, _ = analysis.sentence_bounds(need)
    i = need.start - 1
    if i >= s_start and lowers[i] in w["need-conditionals"]:
        return True
    if i >= s_start and lowers[i] == "that":
        i -= 1
    if i < s_start or lowers[i] not in w["need-belief-verbs"]:
        return False
    return not (i - 1 >= s_start and lowers[i - 1] in w["need-belief-owners"])


def _closes_on_the_mention(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """Does a `desirable-closing` cue ("welcome", "is helpful") close the mention's sentence, said of
    the mention: nothing after it in the sentence, and between them only the mention's own words
    (at most twelve, with no new subject, relative pronoun or subordinator: "- Lived experience of
    recovery welcome"; not "Bring your lived experience to a role where you'll be valued")?"""
    lowers = analysis.lowers(hit.block)
    if cue.start < hit.end or any(t[:1].isalnum() for t in lowers[cue.end : analysis.sentence_bounds(cue)[1]]):
        return False
    w = words()
    between = lowers[hit.end : cue.start]
    return len(between) <= 12 and (w["new-subjects"] | w["relative-pronouns"] | w["cue-subordinators"]).isdisjoint(between)


def label_over_items(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """The level of a person specification's label opening the line ("Assets: a second language;
    experience on a helpline; lived experience of ...", "Preferred: ...; ..."), when ``hit`` is
    an item of the list the label heads: the items are cut only by semicolons and commas, so the
    label reaches past its own clause (no other clause break such as "but" between, and the
    mention's clause has no cue of its own: `nearest_cue` is asked first)."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    others = words()["clause-breaks"] - {";"}
    for group in ("requirement", "desirable"):
        for cue in analysis.hits_in_block(f"lex:{group}", hit.block):
            if cue.end <= hit.start and cue.start >= s_start and _opens_as_label(lowers, s_start, cue) \
                    and ";" in lowers[cue.end : hit.start] and others.isdisjoint(lowers[cue.end : hit.start]):  # fmt: skip
                return group, cue
    return None


def _opens_as_label(lowers: list[str], start: int, cue: Hit) -> bool:
    """Does the cue open its sentence (from ``start``, past a bullet) as a label, a colon or a
    dash after it ("Assets: ...", "Required - ...")? The line's first sentence or a later one
    ("Required: a diploma; ASIST. Assets: a second language; ...")."""
    lead = [t for t in lowers[start : cue.start] if t.strip() and not re.fullmatch(r"[-*•(\[]", t)]
    after = lowers[cue.end : cue.end + 1]
    return not lead and bool(after) and bool(re.fullmatch(r"[:\-–—)\]]", after[0]))


def _ends_on_the_break(lowers: list[str], right: int, end: int) -> bool:
    """Does a cue that runs past its clause's end at ``right`` run only over the break itself
    ("is helpful, but", "is useful; however")? Such a cue sets the level of the clause it closes:
    what comes after the break is set below it."""
    marks = words()["clause-breaks"]
    return all(t in marks or not t[:1].isalnum() for t in lowers[right:end])


def own_bracket(lowers: list[str], start: int, cue: int) -> bool:
    """Does the cue at ``cue`` stand inside brackets opened after ``start`` that hold a clause
    of their own before it, a subject and its verb ("Lived experience of psychosis (experience
    of inpatient care is not required)")? Then it sets the level of what the brackets name, not
    of the mention before."""
    opened = next((i for i in range(cue - 1, start - 1, -1) if lowers[i] in ("(", ")")), None)
    if opened is None or lowers[opened] != "(":
        return False
    said = [t for t in lowers[opened + 1 : cue] if t[:1].isalpha()]
    w = words()
    # a clause of its own: a subject, then its verb, maybe the cue's first word ("... is not
    # required", "... is welcome"); not "(this is not required)", which points back, nor
    # "(ideally, though not essential)", which has no verb
    return bool(said) and said[0] not in w["bracket-back-references"] \
        and not w["own-predicate-verbs"].isdisjoint([*said[1:], lowers[cue]])


def _said_of_another_after_phrase(lowers: list[str], hit: Hit, cue: int) -> bool:
    """Is the mention in a phrase that leads into a main clause with its own subject, after a comma
    ("Drawing on your lived experience, you will ...", "With your own experience of homelessness,
    we want you to ..."), and the cue at ``cue`` said in that clause of something else it names
    ("... make sure peer workers are valued", "... see that every guest is welcome")? Then it is
    that thing's worth, not the mention's level. Not a cue said of the applicant ("..., you are
    welcome to apply"), nor of the mention pointing back ("..., it is valued")."""
    w = words()
    opens = [i for i in range(hit.end, cue - 1) if lowers[i] == "," and lowers[i + 1] in w["new-subjects"]]
    if not opens or cue == 0:
        return False
    before = lowers[cue - 1]
    return before[:1].isalpha() and before not in w["new-subjects"] and before not in w["bracket-back-references"]


def _own_coordinate(lowers: list[str], left: int, hit: Hit, cue: int) -> bool:
    """Does the cue at ``cue`` close a clause of its own joined by ", and" after the mention, with
    a subject and its verb before the cue, while the mention is the object of a clause with a
    subject of its own ("You have lived experience of psychosis, and peer certification is
    required")? Then it is the level of the second clause's subject, not of the mention. Not when
    the mention is itself a subject ("Lived experience of psychosis, and a licence are essential"),
    nor a subject pointing back ("..., and this is essential"), nor words that carry on the
    mention ("..., and of addiction, is required": a preposition, or a comma)."""
    joins = [i for i in range(cue - 1, hit.end, -1) if lowers[i] == "and" and lowers[i - 1] == ","]
    w = words()
    if not joins or w["own-subject-words"].isdisjoint(lowers[left : hit.start]):
        return False
    said = lowers[joins[0] + 1 : cue]
    return bool(said) and said[0][:1].isalpha() and said[0] not in w["bracket-back-references"] \
        and said[0] not in w["coordinate-carry-on"] and "," not in said \
        and not w["own-predicate-verbs"].isdisjoint(said[1:])  # fmt: skip


def requirement_of(analysis: Analysis, block: int) -> tuple[str, str] | None:
    """``(level, where)`` when the block sits in an essential or desirable part of the
    advert: :meth:`Analysis.requirement`, then the requirement headings of other
    conventions (rules/data/criteria.toml: "Key Selection Criteria", "Special
    Requirements")."""
    found = analysis.requirement(block)
    if found:
        return found
    w = words()
    section = analysis.document.blocks[block].section
    found = _titles_level(section, w)
    if found or not section or section[-1].lower().strip(" :*#").strip() not in w["qualification-sublabels"]:
        return found
    # "MINIMUM QUALIFICATIONS" / "Education:" / "Bachelor's degree ...": a plain-text reader reads
    # the sub-label as a heading of the same level, so its level is the heading's above it (past
    # other sub-labels: "Experience:", "Lived experience:"), when nothing else stands between
    blocks = analysis.document.blocks
    for i in range(block - 1, -1, -1):
        if blocks[i].kind != "heading":
            continue
        lower = blocks[i].text.lower().strip(" :*#").strip()
        if lower not in w["qualification-sublabels"]:
            return _titles_level((blocks[i].text.rstrip(":").strip(),), w)
    return None


def generic_heading(where: str) -> bool:
    """Is the heading a level came from (``where``: 'under “Qualifications”') one that names
    only the part of the advert (`essential-exact-headings`: "Qualifications", "Eligibility"),
    not a level ("Essential criteria", "Minimum qualifications")?"""
    title = where.removeprefix("under “").removesuffix("”")
    return title != where and title.lower().strip(" :*#").strip() in words()["essential-exact-headings"]


def _titles_level(titles: tuple[str, ...], w: CriteriaWords) -> tuple[str, str] | None:
    """``(level, where)`` from the innermost of ``titles`` (headings) that names a level."""
    for title in reversed(titles):
        level = label_level(title)
        if level:
            return level, f"under “{title}”"
        lower = title.lower()
        if any(phrase in lower for phrase in w["not-requirement-headings"]):
            continue  # "What you need to know"
        lower = without_qualified_brackets(title).lower()  # not "(Bilingual Spanish preferred)"
        for level, labels in (("desirable", w.desirable_headings), ("essential", w.essential_headings)):
            if any(label in lower for label in labels):
                return level, f"under “{title}”"
        if lower.strip(" :*#").strip() in w["essential-exact-headings"]:
            return "essential", f"under “{title}”"
    return None


# A marker that ends a line of a person specification: "... recovery (E)", "[D]",
# "(Desirable)", "- Essential" (at the end of the block, or before the next line's capital).
_LINE_MARK = re.compile(
    r"(?:[(\[]\s*(?:(?P<e>E|[Ee]ssential|[Rr]equired)|D|[Dd]esirable|[Pp]referred)\s*[)\]]"
    r"|\s[-–—]\s+(?:(?P<e2>E|Essential|ESSENTIAL)|D|Desirable|DESIRABLE))\s*[.;]?(?=\s*$|\s+[A-Z•*-])"
)


def line_marker(analysis: Analysis, hit: Hit) -> tuple[str, str] | None:
    """``(level, where)`` from the E/D marker that ends the line holding ``hit``."""
    text = analysis.document.blocks[hit.block].text
    for start, end, level, where in _line_marks(analysis, hit.block):
        if end <= hit.char_start:
            continue  # the marker of an earlier line
        if start < hit.char_end or _SENTENCE_END.search(text, hit.char_end, start):
            return None  # inside the match, or the marker of a later sentence
        return level, where
    return None


_SENTENCE_END = re.compile(r"[.!?;:]\s")


def _line_marks(analysis: Analysis, block: int) -> list[tuple[int, int, str, str]]:
    """The E/D markers of a block's lines: (start, end, level, where), found once per block (the
    level of every match in the block is read from them)."""
    found: dict[int, list[tuple[int, int, str, str]]] = analysis.memo.setdefault("line-marks", {})  # type: ignore[assignment]
    marks = found.get(block)
    if marks is None:
        marks = found[block] = [(m.start(), m.end(), "essential" if m.group("e") or m.group("e2") else "desirable",
                                 f"marked “{m.group(0).strip().rstrip('.;')}”")
                                for m in _line_mark_matches(analysis.document.blocks[block].text)]  # fmt: skip
    return marks


def _line_mark_matches(text: str) -> list[re.Match[str]]:
    """``_LINE_MARK.finditer(text)``, tried only where a marker can start: at a bracket, or at
    white space before a dash, found with ``str.find`` (the expression's scan tried every
    character: about 6 us a paragraph, this under 3)."""
    starts = []
    for char in "([":
        at = text.find(char)
        while at >= 0:
            starts.append(at)
            at = text.find(char, at + 1)
    for char in "-–—":
        at = text.find(char, 1)
        while at >= 0:
            if text[at - 1].isspace():
                starts.append(at - 1)
            at = text.find(char, at + 1)
    found: list[re.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue  # inside the marker before (finditer's matches do not overlap)
        m = _LINE_MARK.match(text, start)
        if m:
            found.append(m)
    return found


def row_label(analysis: Analysis, block: int) -> bool:
    """Is the block the short first cell that names a table row ("Lived experience"), with
    the row's requirements in other cells and no E/D marker or header of its own? Then
    the heading above the table does not make it a requirement ("Work related requirements" /
    "Criteria | Essential | Desirable" / "Lived experience | Personal lived experience of ..."):
    its row's columns do."""
    b = analysis.document.blocks[block]
    if b.kind != "table-cell" or b.column != 0 or len(b.text.split()) > 4:
        return False
    own = analysis.requirement(block)
    if own is not None and not own[1].startswith("under “"):
        return False  # the row's marker, or a header of its own column or row
    return any(analysis.document.blocks[c].text.strip() for c in analysis.row_cells(block))


def lead_in(analysis: Analysis, block: int) -> int | None:
    """For a list item, the paragraph that introduces its list: a lead-in ("You must have:")
    or a label line that stands as the list's heading though it was not read as one ("He
    tino hiahia – what is essential", "Nice to have")."""
    blocks = analysis.document.blocks
    if blocks[block].kind == "paragraph" and block and _split_sentence(blocks[block - 1], blocks[block]):
        return block - 1  # "This post is only open to people with" ¶ "personal lived experience of ..."
    if blocks[block].kind != "list-item":
        return None
    for i in range(block - 1, max(-1, block - 40), -1):
        if blocks[i].kind == "list-item":
            continue
        if blocks[i].kind == "paragraph" and (blocks[i].text.rstrip().endswith(":") or _label_line(blocks[i].text)):
            return i
        return None
    return None


def lead_in_level(analysis: Analysis, block: int) -> tuple[str, Hit] | None:
    """``("requirement" | "desirable", cue)`` from the lead-in of the block's list, when the
    lead-in names a level. The lead-in is nearer the item than any heading, so it decides
    over the section: a second list under a lead-in line read as a heading ("To be appointed
    you must have:" ... "It would be an advantage to have:") is desirable, not essential."""
    lead = lead_in(analysis, block)
    if lead is None:
        return None
    for group in ("requirement", "desirable"):
        cues = analysis.hits_in_block(f"lex:{group}", lead)
        if cues:
            return group, cues[0]
    return None


def _split_sentence(first: Block, second: Block) -> bool:
    """Is ``second`` the rest of a sentence that ``first`` began, split over two paragraphs
    (Enter pressed mid-sentence): ``first`` stops on a word that cannot end a sentence ("with",
    "of", "and") and ``second`` goes on in lower case, in the same section?"""
    if first.kind != "paragraph" or not second.text[:1].islower() or first.section != second.section:
        return False  # (asked before the last word is cut out of the whole paragraph)
    last = first.text.rstrip().rsplit(None, 1)[-1].lower() if first.text.strip() else ""
    return last in words()["open-words"]


def _label_line(text: str) -> bool:
    """A short line without closing punctuation: a label, not a sentence ("Ka pai mēnā –
    nice to have", "Essential requirements"); a level in brackets may close it ("Selection
    criteria (Essential)", "Qualifications [desirable]")."""
    text = _BRACKETED_LEVEL.sub("", text.strip()).strip()
    return bool(text) and text[-1] not in ".!?;,)" and len(text.split()) <= 8


# A requirement level in brackets at the end of a label line ("Selection criteria (Essential)").
_BRACKETED_LEVEL = re.compile(
    r"\s*[(\[]\s*(?:(?:highly|very|strongly|most)\s+)?(?:essential|desirable|required|preferred|mandatory|"
    r"optional)\s*[)\]]\s*:?$", re.I)  # fmt: skip


_MARK_TOKENS = frozenset("*" + FOOTNOTE_MARKS)  # each a token of its own (jdlint.spacy_pipeline.pipeline)


def _mark_after(lowers: list[str], start: int, end: int) -> list[str] | None:
    """The first footnote mark ("*", "**", "¹", "†": a run of one mark token) in
    ``lowers[start:end]`` or just after it."""
    i = start
    while i < len(lowers) and (i < end or lowers[i] in _MARK_TOKENS):
        if lowers[i] in _MARK_TOKENS:
            j = i
            while j < len(lowers) and lowers[j] == lowers[i]:
                j += 1
            return lowers[i:j]
        i += 1
    return None


def footnote_level(analysis: Analysis, hit: Hit) -> tuple[str, Hit] | None:
    """"- Lived experience of incarceration or addiction.* ... *Lived experience is preferred but
    not required.": the level set by the footnote of a marked mention (a later block that opens
    with the same mark), which decides over the level of the line or heading the mention is in:
    ``(strength, cue)``; ``None`` with no mark, no footnote or no level in it."""
    lowers = analysis.lowers(hit.block)
    _, s_end = analysis.sentence_bounds(hit)
    mark = _mark_after(lowers, hit.start, s_end)
    if mark is None:
        return None
    n = len(mark)
    for block in range(hit.block + 1, len(analysis.document.blocks)):
        other = analysis.lowers(block)
        if other[:n] != mark or (len(other) > n and other[n] == mark[0]):
            continue
        denied = [h for h in analysis.hits_in_block("lex:requirement-negated", block) if h.start >= n]
        preferred = [h for h in analysis.hits_in_block("lex:desirable", block) if h.start >= n and not analysis.negated(h)]
        if denied or preferred:
            return "desirable", (preferred or denied)[0]
        required = [h for h in analysis.hits_in_block("lex:requirement", block) if h.start >= n and not analysis.negated(h)]
        if required:
            return "required", required[0]
        return None
    return None


def condition_on_the_applicant(analysis: Analysis, hit: Hit, cue: Hit) -> bool:
    """Is the lived experience the condition of a requirement on something else ("if you are in
    recovery, one year of continuous sobriety is required", "Should you have lived experience of
    gambling harm, two years free of it are essential")? An opener (`held-if-openers`: if, should)
    a few words before the mention with the applicant ("you") between, and a comma after the
    mention before the cue: the requirement is on what the main clause names, not on having
    lived experience. Not "only if" (`held-if-only`), which asks for it."""
    lowers = analysis.lowers(hit.block)
    s_start, _ = analysis.sentence_bounds(hit)
    w = words()
    if cue.block != hit.block or cue.start <= hit.end or "," not in lowers[hit.end : cue.start]:
        return False
    for i in range(hit.start - 1, max(s_start, hit.start - 5) - 1, -1):
        if lowers[i] in (",", ";"):
            return False
        if lowers[i] in w["held-if-openers"]:
            return not (i > s_start and lowers[i - 1] in w["held-if-only"]) \
                and not w["applicant-words"].isdisjoint(lowers[i + 1 : hit.start + 1])  # fmt: skip
    return False

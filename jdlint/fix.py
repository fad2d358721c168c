"""Fixes you can accept: a plan of edits from a checked advert (the pure core of ``jdlint fix``).

:func:`plan_fixes` turns a :class:`~jdlint.model.Report` and its
:class:`~jdlint.model.Document` into a :class:`FixPlan`: the :class:`Edit` s to make, each
placed where its fix says (after a sentence, under a heading, in the Essential column of a
person-specification table, in place of words), and the fixes left for a person
(:class:`LeftFix`) with the reason. The writers apply a plan to a file:
:mod:`jdlint.fix_text` (Markdown, text, HTML) and :mod:`jdlint.fix_docx` (Word tracked
changes); :mod:`jdlint.fixing` runs the whole round (read, check, plan, write, check again).

Safety, as in ruff: a **safe** fix replaces words or adds a sentence that needs nothing
from a person; an **unsafe** fix holds a placeholder (“£<amount>”, “<full name>”), rewrites
or deletes a duty or a whole sentence, and is applied only with ``unsafe=True``
(``--unsafe-fixes``); a **manual** fix is advice (“Remove the professional qualification
...”), never applied. A rule's TOML may say ``fix_safety = "unsafe"`` or ``"manual"`` where
its fix text needs it; the placeholder and sentence rules hold for every rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from jdlint.model import ROW_LEVEL, Block, Document, Finding, Report

Safety = Literal["safe", "unsafe", "manual"]
EditOp = Literal["replace", "append", "paragraph", "before", "move"]

PLACEHOLDER = re.compile(r"<[^<>\n]{1,40}>")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s”’\")\]]|$)")
_QUOTED = re.compile(r"“(.+)”", re.S)
_HEADING = re.compile(r"under the heading “(.+?)”")
_AFTER = re.compile(r"after the sentence “(.+)”", re.S)
_ESSENTIAL = re.compile(r"\bessential\b", re.I)
_DESIRABLE = re.compile(r"\bdesirable\b", re.I)
# the section that closes an advert: what the organisation offers goes before it, not after
_APPLY = re.compile(r"\b(?:apply|applying|applications?|closing date)\b", re.I)
_TOP = re.compile(r"summary|top of the advert|job details|hours|introduces the role", re.I)
_JOB_DETAILS = re.compile(r"job details|hours|top of the advert", re.I)
_HOURS = re.compile(r"\bhours\b|\ba week\b|\bper (week|hour|annum)\b|\bfull[- ]time\b|\bpart[- ]time\b|\bsalary\b|"
                    r"\bband \d|£\s?\d|\$\s?\d", re.I)
BODY_KINDS = ("heading", "paragraph", "list-item", "table-cell", "text-box")


@dataclass(frozen=True)
class Edit:
    """One change to the text, in the terms of the document's blocks.

    * ``replace``: ``target`` (found in ``block`` at or after ``start``) becomes ``text``;
    * ``append``: `` text`` goes after ``target`` in ``block`` (at its end when ``target`` is empty);
    * ``paragraph``: a new paragraph ``text`` after block ``block`` (``-1``: before the first);
      ``like`` is the block whose paragraph style it takes (``None``: plain body text; a
      list item: the new paragraph is an item of that list);
    * ``move``: ``target`` is deleted from ``block`` and ``text`` added to ``to_block`` (a
      table cell: the Essential column).
    """

    op: EditOp
    block: int
    text: str
    target: str = ""
    start: int = 0
    to_block: int | None = None
    like: int | None = None
    rule: str = ""
    name: str = ""
    reason: str = ""
    source: str = ""
    safety: Safety = "safe"
    where: str = ""

    @property
    def comment(self) -> str:
        """The Word comment that goes with the tracked change: rule, reason and source."""
        # a criterion by its label, as on the web page and in the report
        from jdlint.wording import message_text

        lines = [f"jdlint {self.rule}: {message_text(self.reason)}"]
        if self.source:
            lines.append(f"Source: {self.source}")
        if self.safety == "unsafe":
            lines.append("Unsafe fix (applied with --unsafe-fixes): check the wording.")
        return "\n".join(lines)


@dataclass(frozen=True)
class LeftFix:
    """A fix not applied: what it says and why a person has to make it."""

    rule: str
    name: str
    advice: str
    why: str
    where: str = ""
    safety: Safety = "manual"


@dataclass(frozen=True)
class FixPlan:
    edits: tuple[Edit, ...] = ()
    left: tuple[LeftFix, ...] = ()

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.rule for e in self.edits))


# -- safety ---------------------------------------------------------------------------------


def classify(finding: Finding, declared: str = "", rule_fix: str = "") -> tuple[Safety, str]:
    """How a finding's fix may be applied, and why (empty for a plain safe fix).

    ``declared`` is the rule's ``fix_safety``; a ``remove`` fix is applied (unsafe) only when
    the rule declares it unsafe and its text is the rule's own ``fix`` sentence."""
    fix = finding.fix
    if fix is None or not fix.text:
        return "manual", "no words to apply"
    if fix.action == "rewrite":
        return "manual", "advice on rewording: a person has to rewrite it"
    if fix.action == "remove" and (declared != "unsafe" or fix.text != rule_fix):
        return "manual", "advice, not words to put in the advert"
    if declared == "manual":
        return "manual", "advice, not words to put in the advert"
    if PLACEHOLDER.search(fix.text):
        return "unsafe", f"holds a placeholder to fill in ({PLACEHOLDER.search(fix.text).group(0)})"  # type: ignore[union-attr]
    if declared == "unsafe" or fix.action == "remove":
        return "unsafe", "it may change what the advert means or not fit the sentence: check the words"
    return "safe", ""


# -- places ----------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).casefold()


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``offset`` (cut at . ! ? and line breaks)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, max(offset, 0)):
        if m.end() <= offset:
            start = m.end()
    nl = text.rfind("\n", 0, offset)
    start = max(start, nl + 1)
    while start < len(text) and text[start].isspace():
        start += 1
    m = _SENTENCE_END.search(text, max(offset, start))
    end = m.end() if m else len(text)
    nl = text.find("\n", max(offset, start))
    if nl != -1 and nl < end:
        end = nl
    return start, end


def find_heading(document: Document, title: str) -> int | None:
    want = _norm(title.rstrip("…. "))
    heads = [(i, _norm(b.text)) for i, b in enumerate(document.blocks) if b.kind == "heading"]
    for i, text in heads:
        if text == want:
            return i
    return next((i for i, text in heads if want and (text.startswith(want) or want in text)), None)


def find_sentence(document: Document, sentence: str) -> tuple[int, int, int] | None:
    """(block, start, end) of the sentence a fix quotes (clipped quotes end in “…”)."""
    clipped = sentence.endswith("…")
    needle = " ".join(sentence.rstrip("…").split())
    for i, b in enumerate(document.blocks):
        if b.kind not in BODY_KINDS:
            continue
        flat = " ".join(b.text.split())
        at = flat.find(needle)
        if at == -1:
            continue
        if flat != b.text:  # white space differs: map through the sentence bounds instead
            at = b.text.find(needle[:30]) if b.text.find(needle[:30]) != -1 else 0
            return (i, *sentence_bounds(b.text, at))
        end = at + len(needle)
        if clipped:
            end = sentence_bounds(b.text, end - 1)[1]
        return i, at, end
    return None


def _table_of(block: Block) -> int | None:
    return next((a.location.table for a in block.anchors if a.location.table is not None), None)


def essential_cell(document: Document, near: int | None = None) -> int | None:
    """The Essential-column cell of a person-specification table (the row of ``near`` first)."""
    cells = [
        i
        for i, b in enumerate(document.blocks)
        if b.kind == "table-cell" and b.column_header and _ESSENTIAL.search(b.column_header)
        and not _DESIRABLE.search(b.column_header)  # "Essential / Desirable": each row's level, no column of essentials
        and not _ESSENTIAL.fullmatch(b.text.strip().rstrip(":"))
    ]
    if not cells:
        return None
    if near is not None:
        here = document.blocks[near]
        same = [i for i in cells if document.blocks[i].row == here.row and _table_of(document.blocks[i]) == _table_of(here)]
        if same:
            return same[0]
        table = [i for i in cells if _table_of(document.blocks[i]) == _table_of(here)]
        if table:
            return table[0]
    return cells[0]


def level_column_row(document: Document, block: int) -> bool:
    """Is ``block`` a cell of a row whose level is a cell of its own, under a header that names
    both levels ("Criterion | Essential / Desirable")? Such a table has no Essential column to
    move words to: words that say "desirable" are made essential where they stand."""
    here = document.blocks[block]
    return any(b.kind == "table-cell" and b.row == here.row and b.column_header and _ESSENTIAL.search(b.column_header)
               and _DESIRABLE.search(b.column_header) and _table_of(b) == _table_of(here)
               for b in document.blocks)  # fmt: skip


def essential_section_end(document: Document) -> int | None:
    """The last block under an “Essential” heading (the essential criteria), if there is one."""
    blocks = document.blocks
    for i, b in enumerate(blocks):
        if b.kind == "heading" and re.match(r"\s*essential\b", b.text, re.I):
            last = i
            for j in range(i + 1, len(blocks)):
                if blocks[j].kind == "heading" and blocks[j].level <= b.level:
                    break
                if blocks[j].kind in ("paragraph", "list-item"):
                    last = j
            return last
    return None


def _title_like(document: Document, index: int) -> bool:
    """The advert's title line (its first block, short and without a full stop)."""
    text = document.blocks[index].text.strip()
    first = next((i for i, b in enumerate(document.blocks) if b.kind in BODY_KINDS and b.text.strip()), None)
    return (index == first and len(text.split()) <= 10 and not text.endswith(".")) or text == (document.title or "\0")


def _body(document: Document) -> list[int]:
    return [i for i, b in enumerate(document.blocks) if b.kind in BODY_KINDS and b.text.strip()]


def _paragraph_style(document: Document, after: int) -> int | None:
    """The block whose style a new paragraph after block ``after`` takes: the next body
    paragraph when ``after`` is a heading, else ``after`` itself when it is prose."""
    blocks = document.blocks
    if 0 <= after < len(blocks) and blocks[after].kind == "heading":
        nxt = after + 1
        if nxt < len(blocks) and blocks[nxt].kind in ("paragraph", "list-item"):
            return nxt
        return None
    if 0 <= after < len(blocks) and blocks[after].kind == "paragraph":
        return after
    return None  # after a list item, plain text: not one more item of a criteria list


def list_end(document: Document, index: int) -> int:
    """The last item of the list that block ``index`` is an item of (``index`` itself when it
    is no list item, nor a list's lead-in): a paragraph added "at the top" after an item goes
    after its list, never between two of its items or between the list and its lead-in."""
    blocks = document.blocks
    lead = blocks[index].text.strip()
    if (blocks[index].kind == "paragraph" and index + 1 < len(blocks) and blocks[index + 1].kind == "list-item"
            and (lead.endswith(":") or (len(lead.split()) <= 6 and not lead.endswith((".", "!", "?"))))):
        index += 1  # a list's lead-in ("You will:", "Your week") stays with its list
    while blocks[index].kind == "list-item" and index + 1 < len(blocks) and blocks[index + 1].kind == "list-item":
        index += 1
    return index


def place_addition(document: Document, where: str) -> tuple[EditOp, int, str]:
    """Where added words go: (op, block, target) from a fix's ``where``."""
    m = _HEADING.search(where)
    if m:
        found = find_heading(document, m.group(1))
        if found is not None:
            return "paragraph", found, ""
    m = _AFTER.search(where)
    if m:
        found = find_sentence(document, m.group(1))
        if found is not None:
            block, start, end = found
            return "append", block, document.blocks[block].text[start:end]
    if "Essential column" in where:
        cell = essential_cell(document)
        if cell is not None:
            return "paragraph", cell, ""
    body = _body(document)
    if not body:
        return "paragraph", -1, ""
    if _TOP.search(where) and "end of" not in where:
        prose = [i for i in body if document.blocks[i].kind in ("paragraph", "list-item") and not _title_like(document, i)]
        # page furniture above the title (the employer's name, a location line) is not the
        # top of the advert: what goes at the top goes under the title
        title = next((i for i in body if document.title and document.blocks[i].text.strip() == document.title), None)
        if title is not None and any(i > title for i in prose):
            prose = [i for i in prose if i > title]
        if _JOB_DETAILS.search(where):  # next to the hours and pay, when a line near the top gives them
            details = next((i for i in prose[:12] if _HOURS.search(document.blocks[i].text)), None)
            if details is not None:
                return "paragraph", list_end(document, details), ""
        return "paragraph", list_end(document, prose[0] if prose else body[0]), ""
    if "end of" not in where:  # before a closing "How to apply" section, when there is one
        half = body[len(body) // 2]
        apply = next((i for i in body if i >= half and document.blocks[i].kind == "heading"
                      and _APPLY.search(document.blocks[i].text)), None)  # fmt: skip
        if apply is not None:
            return "before", apply, ""
    last = body[-1]
    if document.blocks[last].kind == "table-cell":
        # an advert that ends with a table (a person specification): the words go after the
        # prose before it, never into its last cell; before the heading that opens the table
        first = last
        while first > 0 and document.blocks[first - 1].kind == "table-cell":
            first -= 1
        prose = [i for i in body if i < first]
        if prose:
            heading = document.blocks[prose[-1]].kind == "heading" and prose[-1] != body[0]
            return ("before" if heading else "paragraph"), prose[-1], ""  # under a title, not above it
    return "paragraph", last, ""


# -- the plan --------------------------------------------------------------------------------


# The nouns of a post that words before them describe ("a designated lived experience
# position", "an identified Lived Experience role").
_ATTRIBUTIVE = re.compile(r"\s+(?:position|positions|role|roles|post|posts|job|jobs|vacancy|vacancies)\b", re.I)

# A line that carries its requirement level as a label ("Desirable:  Lived experience of ...",
# "Preferred – ..."): the level a requirement moved to the essential ones takes in its place.
LEVEL_LABELS = {"desirable": "essential", "preferred": "required", "advantageous": "essential", "nice to have": "essential"}
_LEVEL_LABEL = re.compile(r"(?i)^(" + "|".join(LEVEL_LABELS) + r")(\s*[:–—-]\s*)(?=\S)")


def essential_label(target: str, replacement: str) -> str:
    """``replacement`` for ``target``, a whole line that opens with a level label ("Desirable:
    ..."): the label kept, at the essential level ("Essential:  Lived experience of ... is
    essential for this role."), in its case and with its spacing, so that the line still reads
    as a criterion of its own among the labelled ones (without it, its words ran on from the
    line above). A replacement that has a label of its own, or a target without one: as it is."""
    m = _LEVEL_LABEL.match(target)
    if m is None or _LEVEL_LABEL.match(replacement) or re.match(r"(?i)(essential|required)\b", replacement):
        return replacement
    label = LEVEL_LABELS[m.group(1).lower()]
    label = label.upper() if m.group(1).isupper() else label.capitalize() if m.group(1)[:1].isupper() else label
    return f"{label}{m.group(2)}{replacement}"


def _source(rule) -> str:
    if rule is None or not rule.sources:
        return ""
    s = rule.sources[0]
    return f"{s.title}: “{s.quote}”"


def _locate(document: Document, finding: Finding, target: str, row_level: bool = False) -> tuple[int, int] | None:
    """(block, start) of ``target`` near the finding's span; with ``row_level``, in the cell of
    the span's table row that holds only it (the row's level, "Desirable" -> "Essential",
    never a "D" of the criterion's own words)."""
    span = finding.span
    if span is None or not (0 <= span.block < len(document.blocks)) or not target:
        return None
    here = document.blocks[span.block]
    if row_level:
        if here.kind != "table-cell":
            return None
        table = _table_of(here)
        for i, b in enumerate(document.blocks):
            if b.kind == "table-cell" and b.row == here.row and i != span.block and _table_of(b) == table:
                at = b.text.find(target)
                if at != -1 and not b.text.replace(target, "", 1).strip(" ().:"):
                    return i, at
        return None
    text = here.text
    for origin in (span.start, max(0, span.start - len(target)), 0):
        at = text.find(target, origin)
        if at != -1:
            return span.block, at
    return None


def plan_fixes(document: Document, report: Report, *, unsafe: bool = False, registry=None,
               keep: Callable[[Finding], bool] | None = None, still_open: frozenset[str] = frozenset()) -> FixPlan:  # fmt: skip
    """The edits that apply ``report``'s fixes to ``document`` (unsafe ones only with
    ``unsafe``; only the findings ``keep`` accepts, when given). ``still_open``: rules whose
    fixes were made once and left their finding standing, so an edit that waits for them
    (``fix_after``) is left for a person."""
    if registry is None:
        from jdlint.registry import default_registry

        registry = default_registry()
    edits: list[Edit] = []
    left: list[LeftFix] = []
    taken: dict[int, list[tuple[int, int]]] = {}  # block -> replaced ranges
    seen: set[tuple] = set()
    for finding in report.findings:
        fix = finding.fix
        if finding.suppressed or fix is None or (keep is not None and not keep(finding)):
            continue
        key = (finding.rule, fix, finding.span.block if finding.span else None,
               finding.span.start if finding.span else None)  # fmt: skip
        if key in seen:
            continue
        seen.add(key)
        rule = registry.get(finding.rule)
        declared = rule.fix_safety if rule is not None else ""
        safety, why = classify(finding, declared, rule.fix if rule is not None else "")

        def leave(reason: str, level: Safety = safety) -> None:
            left.append(LeftFix(finding.rule, finding.name, fix.text, reason, fix.where, level))  # noqa: B023

        if safety == "manual":
            leave(why)
            continue
        common = dict(rule=finding.rule, name=finding.name, reason=finding.message, source=_source(rule),
                      where=fix.where)  # fmt: skip
        if fix.action == "add":
            op, block, target = place_addition(document, fix.where)
            edit = Edit(op, block, fix.text, target=target, like=_paragraph_style(document, block) if op in ("paragraph", "before") else None,
                        safety=safety, **common)  # type: ignore[arg-type]  # fmt: skip
        else:  # replace, or remove with an unsafe sentence in its place
            found = _locate(document, finding, fix.original, row_level=fix.where.startswith(ROW_LEVEL))
            if found is None:
                leave("the words to replace were not found")
                continue
            block, start = found
            if document.blocks[block].kind in ("header", "footer"):  # no writer changes a page header
                leave(f"the words are in the page {document.blocks[block].kind}, which jdlint fix does not change: "
                      "change them there", "manual")  # fmt: skip
                continue
            text = document.blocks[block].text
            target = fix.original
            s, e = sentence_bounds(text, start)
            whole = text[s:e].strip()
            essential = None
            if "Essential column" in fix.where and document.blocks[block].kind == "table-cell" \
                    and not level_column_row(document, block):  # fmt: skip
                essential = essential_cell(document, block)  # the same row's Essential cell
                if essential is None or essential == block:
                    leave("no Essential column to move it to")
                    continue
                target, start = (text[s:e], s) if target in text[s:e] else (target, start)
            elif fix.where.startswith("move it from") and _norm(target) == _norm(whole):
                essential = essential_section_end(document)  # the end of the Essential list, if any
            if essential is not None:
                like = essential if document.blocks[essential].kind != "table-cell" else None
                edit = Edit("move", block, fix.text, target=target, start=start, to_block=essential, like=like,
                            safety=safety, **common)  # type: ignore[arg-type]  # fmt: skip
            else:
                sentence_like = fix.text[:1].isupper() and fix.text.rstrip()[-1:] in ".!?"
                if fix.action == "remove" or (sentence_like and _norm(target) != _norm(whole) and len(target) < len(whole)):
                    if _norm(target) != _norm(whole):
                        safety = "unsafe"  # the rest of the sentence goes too
                        why = why or "rewrites the whole sentence around the words"
                    start, target = s, text[s:e]
                replacement = fix.text
                if target[:1].isupper() and replacement[:1].islower() and not text[s:start].strip():
                    replacement = replacement[0].upper() + replacement[1:]  # words that open a sentence keep its capital
                if fix.where.startswith("move it from"):  # made essential where it stands: its line's label too
                    replacement = essential_label(target, replacement)
                noun = _ATTRIBUTIVE.match(text, start + len(target))
                if noun and target == text[start : start + len(target)] and replacement.lower().startswith(target.lower() + " "):
                    # words that name a kind of post ("a designated Lived Experience position"):
                    # "lived experience of ..." cannot go before the noun, so it follows it, in brackets
                    target = text[start : noun.end()]
                    replacement = f"{target} ({replacement})"
                edit = Edit("replace", block, replacement, target=target, start=start, safety=safety, **common)  # type: ignore[arg-type]
        if edit.safety == "unsafe" and not unsafe:
            leave(f"unsafe fix: {why} (apply with --unsafe-fixes)", "unsafe")
            continue
        if edit.op in ("replace", "move"):
            end = edit.start + len(edit.target)
            if any(a < end and edit.start < b for a, b in taken.get(edit.block, ())):
                leave("overlaps another fix's words")
                continue
            taken.setdefault(edit.block, []).append((edit.start, end))
        edits.append(edit)
    edits = _after_their_prerequisites(edits, left, report, registry, keep, still_open)
    return FixPlan(tuple(edits), tuple(left))


def _after_their_prerequisites(edits: list[Edit], left: list[LeftFix], report: Report, registry,
                               keep: Callable[[Finding], bool] | None, still_open: frozenset[str] = frozenset()) -> list[Edit]:  # fmt: skip
    """Edits whose rule names ``fix_after`` rules, kept only when every finding of those rules
    is fixed too (and, in ``still_open``, not left standing by its fix); otherwise left for a
    person (their words would contradict the advert)."""
    open_rules = {x.rule for x in left} | {f.rule for f in report.findings if not f.suppressed and (
        f.fix is None or (keep is not None and not keep(f)))} | set(still_open)  # left, fixless, not asked for, unresolved  # fmt: skip
    out = []
    for e in edits:
        rule = registry.get(e.rule)
        blocking = [r for r in (rule.fix_after if rule is not None else ()) if r in open_rules]
        if not blocking:
            out.append(e)
            continue
        names = ", ".join(blocking)
        left.append(LeftFix(e.rule, e.name, e.text, f"it would contradict what {names} still finds in the advert: "
                            f"fix {names} first, then this one", e.where, "manual"))  # fmt: skip
    return out


# -- the plan applied to the blocks' text -----------------------------------------------------


def revised_blocks(document: Document, plan: FixPlan) -> list[str]:
    """Each block's text with the plan applied; new paragraphs as their own entries."""
    texts = [b.text for b in document.blocks]
    inline: dict[int, list[tuple[int, int, str]]] = {}
    after: dict[int, list[str]] = {}
    before: dict[int, list[str]] = {}
    for e in plan.edits:
        text = texts[e.block] if 0 <= e.block < len(texts) else ""
        if e.op in ("replace", "move"):
            at = text.find(e.target, e.start) if e.target else -1
            at = at if at != -1 else text.find(e.target)
            if at == -1:
                continue
            inline.setdefault(e.block, []).append((at, at + len(e.target), "" if e.op == "move" else e.text))
            if e.op == "move" and e.to_block is not None:
                after.setdefault(e.to_block, []).append(e.text)
        elif e.op == "append":
            at = text.find(e.target) + len(e.target) if e.target and e.target in text else len(text)
            inline.setdefault(e.block, []).append((at, at, " " + e.text))
        elif e.op == "before":
            before.setdefault(e.block, []).append(e.text)
        else:
            after.setdefault(e.block, []).append(e.text)
    out: list[str] = list(after.get(-1, []))
    for i, text in enumerate(texts):
        out.extend(before.get(i, []))
        for a, b, new in sorted(inline.get(i, []), reverse=True):
            text = text[:a] + new + text[b:]
        if text.strip():
            out.append(text)
        out.extend(after.get(i, []))
    return out


def revised_text(document: Document, plan: FixPlan) -> str:
    """The advert's text with the plan applied, blocks separated by blank lines."""
    return "\n\n".join(revised_blocks(document, plan)) + "\n"


__all__ = [
    "Edit",
    "FixPlan",
    "LeftFix",
    "classify",
    "place_addition",
    "plan_fixes",
    "revised_blocks",
    "revised_text",
    "sentence_bounds",
]

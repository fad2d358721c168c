"""The values that flow through jdlint: frozen dataclasses, no behaviour beyond small helpers.

A :class:`Document` is a sequence of :class:`Block` s (heading, paragraph, list item, table
cell, text box, page header or footer). Every block knows its section path and carries
*anchors* that map character offsets in its text back to the source (line and column for
text formats, paragraph and run for DOCX, page for PDF). A :class:`Span` is a range of
one block's text; its :meth:`Span.location` is where that range starts in the source.
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal, TypeVar

from jdlint.supported import ROLE_KINDS  # noqa: F401  (re-exported: jdlint.model.ROLE_KINDS)

BlockKind = Literal["heading", "paragraph", "list-item", "table-cell", "text-box", "header", "footer"]
BLOCK_KINDS: tuple[str, ...] = (
    "heading",
    "paragraph",
    "list-item",
    "table-cell",
    "text-box",
    "header",
    "footer",
)
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # in rising order
VerdictName = Literal["met", "partly-met", "not-met", "not-applicable"]
VERDICTS: tuple[str, ...] = ("met", "partly-met", "not-met", "not-applicable")
RoleKind = Literal["peer", "peer-senior", "other"]
CRITERIA: tuple[str, ...] = (
    "lived-experience-essential",
    "peer-principles",
    "peer-panel",
    "adjacent-professions",
)

_T = TypeVar("_T")
# the default of a field with a default factory: the dataclass's own marker (shown "<factory>")
_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())


def quick_init(cls: type[_T] | None = None, *, into_dict: bool = False) -> Any:
    """A frozen dataclass with a quicker ``__init__``: the dataclass's own sets each field
    through ``object.__setattr__`` looked up anew per field (a check builds a few hundred
    locations, spans, anchors, blocks and hits); this one calls it held in a global, about
    a third quicker, the instance laid out the same. With ``into_dict`` it stores the fields
    straight into the instance's ``__dict__``, about three times as quick again, but its
    attributes then read about a quarter slower: for values made often and read little
    (locations, Hits). The same parameters, defaults and default factories, and the same
    value: equal, hashed, printed and pickled alike, fields in the same order (tests compare
    both ways with the dataclass's own, which is kept as ``__dataclass_init__``). Only for
    classes with no ``__post_init__``, no ``InitVar`` and every field in ``__init__``
    (checked)."""
    if cls is None:
        return lambda c: quick_init(c, into_dict=into_dict)
    own = cls.__init__
    assert not hasattr(cls, "__post_init__"), cls
    params: list[str] = []
    lines: list[str] = ["d = self.__dict__"] if into_dict else []
    env: dict[str, object] = {"_FACTORY": _FACTORY, "_set": object.__setattr__}
    for f in fields(cls):  # type: ignore[arg-type]
        assert f.init and not f.kw_only, (cls, f.name)
        if f.default is not MISSING:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        elif f.default_factory is not MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            lines.append(f"if {f.name} is _FACTORY: {f.name} = _f_{f.name}()")
        else:
            params.append(f.name)
        lines.append(f"d[{f.name!r}] = {f.name}" if into_dict else f"_set(self, {f.name!r}, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "".join(f"    {line}\n" for line in lines)
    exec(source, env)  # as dataclasses builds its own
    init: Any = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = own.__annotations__  # type: ignore[misc]
    cls.__dataclass_init__ = own  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


# a fix's ``where`` for a replacement in the level cell of a table row ("Desirable" ->
# "Essential"): written by CS001 (jdlint.checks.criteria.lived_experience), read by the fix planner (jdlint.fix)
ROW_LEVEL = "in the person specification table, as the level of the row"


@quick_init(into_dict=True)
@dataclass(frozen=True)
class Location:
    """Where something is in the source file. Only the fields that fit the format are set.

    ``line``/``column`` (1-based) for text, Markdown and HTML; ``paragraph`` (1-based, in
    reading order) and ``run`` for DOCX; ``page`` (1-based) for PDF; ``table``/``row``/``col``
    (1-based) for table cells in any format.
    """

    line: int | None = None
    column: int | None = None
    page: int | None = None
    paragraph: int | None = None
    run: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None

    def shifted(self, columns: int) -> Location:
        """The same location ``columns`` characters further along the line (itself, a value,
        when that is no further)."""
        if self.column is None or not columns:
            return self
        return Location(line=self.line, column=self.column + columns, page=self.page, paragraph=self.paragraph,
                        run=self.run, table=self.table, row=self.row, col=self.col)  # fmt: skip

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def short(self) -> str:
        """``12:5``, ``page 3``, ``para 7``, ``table 1 row 4 col 2``: the form used in text output."""
        if self.line is not None:
            return f"{self.line}:{self.column or 1}"
        paragraph = "para {}" if self.table is None else None  # a cell's paragraph is left out
        return ", ".join(self.layout(paragraph, "table {} row {} col {}")) or "1:1"

    def layout(
        self, paragraph: str | None = "paragraph {}", table: str = "table {} row {} column {}"
    ) -> list[str]:
        """The page, paragraph and table cell parts that are set, in that order: the page as
        ``page 3``, the others in the forms given (``{}`` for the paragraph; for the table,
        row and column); ``paragraph=None`` leaves the paragraph out."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if paragraph is not None and self.paragraph is not None:
            parts.append(paragraph.format(self.paragraph))
        if self.table is not None:
            parts.append(table.format(self.table, self.row, self.col))
        return parts


@quick_init(into_dict=True)
@dataclass(frozen=True)
class Anchor:
    """From ``offset`` in a block's text on, the text comes from ``location``.

    A column in ``location`` advances with the offset; the other fields hold until the
    next anchor.
    """

    offset: int
    location: Location


@quick_init
@dataclass(frozen=True)
class Block:
    """One unit of a document's text, in reading order."""

    kind: BlockKind
    text: str
    section: tuple[str, ...] = ()
    anchors: tuple[Anchor, ...] = ()
    level: int = 0  # heading level (1 = top), list nesting depth
    row: int | None = None  # table cells: 0-based row and column in their table
    column: int | None = None
    column_header: str | None = None  # the header cell text above a table cell
    row_header: str | None = None  # the first cell of the row, for cells after the first
    tracked: bool = False  # holds text from tracked insertions, read as accepted

    def location(self, offset: int = 0) -> Location:
        """The source location of the character at ``offset`` in this block's text."""
        best: Anchor | None = None
        for anchor in self.anchors:
            if anchor.offset <= offset:
                best = anchor
            else:
                break
        if best is None:
            return Location()
        return best.location.shifted(offset - best.offset)

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)


@quick_init
@dataclass(frozen=True)
class Document:
    """A whole advert, as read from one file or one paste."""

    blocks: tuple[Block, ...]
    path: str = "<text>"
    format: str = "text"  # docx, pdf, html, markdown, text
    title: str | None = None
    notes: tuple[str, ...] = ()  # reader remarks, e.g. "tracked changes read as accepted"
    # Titles from the file's metadata, as (source, text): ("JSON-LD", ...), ("page title", ...),
    # ("document title", ...) for the DOCX core title, ("PDF title", ...).
    title_sources: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


@quick_init(into_dict=True)
@dataclass(frozen=True)
class Span:
    """A range ``[start, end)`` of the text of ``document.blocks[block]``."""

    block: int
    start: int
    end: int
    text: str
    location: Location = field(default_factory=Location)
    section: str = ""
    block_kind: str = "paragraph"

    @classmethod
    def of(cls, document: Document, block: int, start: int, end: int) -> Span:
        b = document.blocks[block]
        return cls(
            block=block,
            start=start,
            end=end,
            text=b.text[start:end],
            location=b.location(start),
            section=b.section_path,
            block_kind=b.kind,
        )


@quick_init
@dataclass(frozen=True)
class Fix:
    """What to do about a finding: the words to use, and where they go.

    ``action`` is ``replace`` (``original`` → ``text``), ``add`` (put ``text`` at ``where``),
    ``remove`` (drop ``original``; ``text`` says what to do instead) or ``rewrite`` (``text``
    is advice on rewording ``original``).
    """

    action: Literal["replace", "add", "remove", "rewrite"]
    text: str
    where: str = ""
    original: str = ""


@quick_init
@dataclass(frozen=True)
class Finding:
    rule: str  # rule id, e.g. "LA001"
    name: str  # rule name, e.g. "suffering-from"
    severity: Severity
    message: str
    span: Span | None = None  # None: the finding is about something missing
    fix: Fix | None = None
    suppressed: bool = False


@quick_init
@dataclass(frozen=True)
class Verdict:
    """A clear-soil criterion's verdict with the evidence that decided it."""

    criterion: str
    verdict: VerdictName
    why: str
    evidence: tuple[Span, ...] = ()
    fix: Fix | None = None


RoleConfidence = Literal["high", "medium", "low"]
ROLE_CONFIDENCES: tuple[str, ...] = ("high", "medium", "low")


@quick_init
@dataclass(frozen=True)
class Role:
    """Whether the advert is for a peer role. ``clues`` name the evidence that decided it
    (the title and where it was found, a sentence naming the role, a lived-experience
    requirement); ``confidence`` is ``low`` when the clues disagree or are thin, and the
    user should then set the role (``--role`` or the web page's role menu)."""

    kind: RoleKind
    why: str
    evidence: tuple[Span, ...] = ()
    overridden: bool = False
    confidence: RoleConfidence = "high"
    clues: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class Report:
    """Everything jdlint says about one document (or the error that stopped it)."""

    path: str
    role: Role | None = None
    criteria: tuple[Verdict, ...] = ()
    findings: tuple[Finding, ...] = ()
    positives: tuple[str, ...] = ()
    score: int | None = None
    notes: tuple[str, ...] = ()
    format: str | None = None
    error: str | None = None

    def verdict(self, criterion: str) -> Verdict | None:
        return next((v for v in self.criteria if v.criterion == criterion), None)

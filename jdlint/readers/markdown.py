"""Markdown adverts: CommonMark plus pipe tables, read with markdown-it-py.

Inline markup is dropped (links keep their text, code keeps its text); HTML comments,
which carry ``jdlint: ignore[...]`` suppressions, never reach the blocks. Lines inside a
paragraph that do not carry on a sentence become blocks of their own, as in plain text,
and a paragraph line such as "Essential criteria:" becomes a heading below the last real one.
"""

from __future__ import annotations

import html as htmllib
import re
import threading
from dataclasses import dataclass, field, replace
from itertools import islice

from markdown_it import MarkdownIt
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

from jdlint.errors import EmptyDocument
from jdlint.model import Anchor, Document, Location
from jdlint.readers.base import DocumentBuilder, bullet_prefix, label_prefix, pseudo_heading
from jdlint.readers.text import continues_sentence, decode, section_phrase
from jdlint.readers.text import read_text as read_plain

_MAX_NESTING = 50  # markdown-it's block nesting limit (commonmark preset: 20)

_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_TABLE_RULE = re.compile(r"^ {0,3}\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", re.MULTILINE)
_LIST_LINE = re.compile(r"^ {0,3}[-*+][ \t]+\S", re.MULTILINE)
_SETEXT = re.compile(r"^\S.*\n {0,3}=+[ \t]*$", re.MULTILINE)
_INLINE_SYNTAX = re.compile(
    # Every match starts with one of * _ [ ` or at a line start: the look-ahead lets the
    # other places go with one test instead of one per alternative (1.6x faster scan).
    r"(?:(?=[*_\[`])|^)(?:"
    r"\*\*\S[^*\n]*\*\*|__\S[^_\n]*__|\[[^\]\n]+\]\([^)\s]+\)|`[^`\n]+`|(?<!\w)[*_]\S[^*_\n]*[*_](?!\w)"
    r"|^ {0,3}>[ \t]|^ {0,3}(?:```|~~~))",
    re.MULTILINE,
)
# The same matches when the text has no ">", "```" or "~~~" (no line-start alternative can
# match): only inline syntax, each alternative starting with its own character, so the scan
# jumps from one of * _ [ ` to the next (the look-behind of "(?<!\w)[*_]" moved after the
# character it guards, and split in two so that every alternative starts with a literal
# character, which is what lets the scan jump). About 2x faster over a whole advert.
_INLINE_ONLY = re.compile(
    r"\*\*\S[^*\n]*\*\*|__\S[^_\n]*__|\[[^\]\n]+\]\([^)\s]+\)|`[^`\n]+`"
    r"|\*(?<!\w\*)\S[^*_\n]*[*_](?!\w)|_(?<!\w_)\S[^*_\n]*[*_](?!\w)"
)
# An ATX heading's opening hashes (then white space and a word), found by their first "#";
# the line before them is checked apart (at most three spaces: see _atx_heading).
_ATX_HASHES = re.compile(r"##{0,5}[ \t]+\S")  # a literal "#" first: the scan jumps to it
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


# A static site's front matter: "---" (YAML) or "+++" (TOML) on the first line, closed by the
# same line ("..." too for YAML) within a hundred lines. Its keys are no advert text.
_FRONT_MATTER = re.compile(r"\A(?:---[ \t]*\r?\n(?:.*\n){0,100}?(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n(?:.*\n){0,100}?\+\+\+)"
                           r"[ \t]*\r?(?:\n|\Z)")
_FRONT_KEY = re.compile(r"^[\w.-]+[ \t]*[:=]")
_FRONT_MORE = re.compile(r"^(?:[ \t]+\S|-[ \t]|#|\[)")  # an indented value, a list item, a comment, a TOML table
_FRONT_TITLE = re.compile(r"^title[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)


def front_matter_end(text: str) -> int:
    """Where a Jekyll or Hugo page's front matter ends (just after its closing line), or 0
    when ``text`` opens with none."""
    m = _FRONT_MATTER.match(text) if text[:3] in ("---", "+++") else None
    if m is None:
        return 0
    inner = m.group().splitlines()[1:-1]
    # keys, list items, indented values and comments only: a page that opens with a rule
    # ("---" over "# Peer Support Worker" ... "---") is not front matter
    if not any(_FRONT_KEY.match(line) for line in inner) or not all(
            not line.strip() or _FRONT_KEY.match(line) or _FRONT_MORE.match(line) for line in inner):  # fmt: skip
        return 0
    return m.end()


def _front_title(matter: str) -> str | None:
    """The ``title`` the front matter gives the page (its quotes taken off)."""
    m = _FRONT_TITLE.search(matter)
    if m is None:
        return None
    value = m.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip() or None


def read(data: bytes, path: str = "<text>") -> Document:
    """Read a Markdown file from its bytes (any encoding the text reader handles)."""
    return read_markdown(decode(data), path)


def looks_like_markdown(text: str) -> bool:
    """Is pasted text Markdown: ATX headings, a pipe table, or lists with other markup?

    Plain adverts (``•`` bullets, hyphen lists with no other markup) are not.
    """
    # Each expression is tried at every line or character; the plain text tests before them
    # (a character every match needs) spare most adverts that scan.
    if ("#" in text and _atx_heading(text)) or ("=" in text and _SETEXT.search(text)) or front_matter_end(text):
        return True  # (front matter: a page of a static site)
    if "---" in text and "|" in text and _TABLE_RULE.search(text):
        return True
    if not any(c in text for c in "*_[`>~"):
        return False  # no inline syntax at all
    inline_only = ">" not in text and "```" not in text and "~~~" not in text
    syntax = sum(1 for _ in islice((_INLINE_ONLY if inline_only else _INLINE_SYNTAX).finditer(text), 3))  # three decide
    return syntax >= 3 or (syntax > 0 and len(_LIST_LINE.findall(text)) >= 2)


def _atx_heading(text: str) -> bool:
    """``_ATX.search(text)``: a line of up to three spaces, one to six "#", white space and
    a word. Found from each run of "#" (a scan that jumps to the next "#"), where the
    multi-line ``^`` expression was tried at every character."""
    for m in _ATX_HASHES.finditer(text):
        start = m.start()
        if start and text[start - 1] == "#":
            continue  # inside a longer run of "#" (seven or more: not a heading)
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if len(before) <= 3 and before == " " * len(before):
            return True
    return False


_PARSERS = threading.local()


# markdown-it rules that can only start at a character (or string) the text may not hold:
# a rule is left out of the parser for a text without it. It could not have matched there,
# nor ended a paragraph, so the tokens are the same; most adverts spare most of them (each
# block rule is tried at every line, each inline rule at every "-", ":", "*" ...).
_NEEDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("table", ("|",)), ("fence", ("```", "~~~")), ("blockquote", (">",)), ("reference", ("[",)),
    ("html_block", ("<",)), ("heading", ("#",)), ("escape", ("\\",)), ("backticks", ("`",)),
    ("link", ("[",)), ("image", ("![",)), ("autolink", ("<",)), ("html_inline", ("<",)), ("entity", ("&",)),
    # an indented code line is indented by four columns of spaces and tabs past its block's own
    # indent; without the rule no line counts as one for the others either (is_code_block)
    ("code", ("    ", "\t")),
    # the core rule that turns "\r\n" and "\r" into "\n" and NUL into U+FFFD: nothing to do without them
    ("normalize", ("\r", "\x00")),
)  # fmt: skip


# The characters at which a CommonMark inline rule can start (newline, escape, backticks,
# emphasis, link, image, autolink, html_inline, entity); the text rule runs up to them.
_INLINE_RULES = frozenset({"text", "newline", "escape", "backticks", "emphasis", "link", "image", "autolink",
                           "html_inline", "entity"})  # fmt: skip
_INLINE_RULES2 = frozenset({"balance_pairs", "emphasis", "fragments_join"})  # they work on delimiters only
_INLINE_START = re.compile(r"[\n\\`*_\[!<&]")


def _inline(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, with a short way for the usual line of an advert:
    inline content that holds none of the characters an inline rule can start at parses to
    one text token of that content (the text rule takes it all; no delimiters, nothing to
    join), so it is made at once instead of by the inline parser, character run by run."""
    md = state.md
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            content = token.content
            if _INLINE_START.search(content) is None:
                if content:
                    token.children.append(Token("text", "", 0, content=content))
            else:
                md.inline.parse(content, md, state.env, token.children)


def _parser(text: str = "") -> MarkdownIt:
    """The CommonMark parser with tables, without the rules ``text`` cannot use (see
    _NEEDS); one per thread and set of rules left out, built once (building one costs about
    as much as parsing a short advert; parsing does not change it)."""
    unused = frozenset(rule for rule, needs in _NEEDS if not any(need in text for need in needs))
    parsers = getattr(_PARSERS, "parsers", None)
    if parsers is None:
        parsers = _PARSERS.parsers = {}
    parser = parsers.get(unused)
    if parser is None:
        parser = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable("table")
        if unused:
            parser.disable(sorted(unused))
        if (set(parser.inline.ruler.get_active_rules()) <= _INLINE_RULES
                and set(parser.inline.ruler2.get_active_rules()) <= _INLINE_RULES2):  # fmt: skip
            parser.core.ruler.at("inline", _inline)  # the same tokens (see _inline), sooner
        if len(parsers) < 64:
            parsers[unused] = parser
    return parser


def read_markdown(text: str, path: str = "<text>") -> Document:
    """Split Markdown text into headings, paragraphs, list items and table cells."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    matter_end = front_matter_end(text)
    matter = text[:matter_end]
    if matter_end:  # its lines read as blank (a "---" under them made them a heading), their places kept
        text = re.sub(r"[^\n]", " ", matter) + text[matter_end:]
    tokens = _parser(text).parse(text)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        # markdown-it drops whatever is nested deeper than maxNesting: read it all as text
        doc = read_plain(text, path, fmt="markdown")
        return replace(
            doc, notes=(*doc.notes, "nested too deeply for Markdown: read as plain text")
        )
    reader = _Reader(text, path)
    reader.run(tokens)
    if not reader.builder.blocks:
        raise EmptyDocument("no text to check")
    if matter_end:
        reader.builder.title_source("document title", _front_title(matter))
    reader.builder.title = reader.first_h1  # None: build() takes the first block
    return reader.builder.build()


@dataclass
class _Line:
    """One source line's worth of a block: text and (offset, line, column) points."""

    text: str = ""
    points: list[tuple[int, int, int]] = field(default_factory=list)
    bold: bool = True  # every word in strong emphasis


@dataclass
class _Table:
    index: int
    row: int = -1
    col: int = 0
    head: bool = False
    headers: dict[int, str] = field(default_factory=dict)
    row_header: str | None = None


class _Reader:
    def __init__(self, text: str, path: str):
        self.source_lines = text.split("\n")
        self.builder = DocumentBuilder(path=path, format="markdown")
        self.lists = 0
        self.items = 0
        self.quotes = 0
        self.tables: list[_Table] = []
        self.table_count = 0
        self.row_line = 0
        self.cell_from = 0  # where in the row's source line the next cell's text is looked for
        self.rendered_to = 0  # where the last render's text ended in its source line
        self.last: tuple[int, str] | None = None  # the last real heading: level, text
        self.first_h1: str | None = None
        self.before_list = False  # the paragraph being read is followed by a list

    def run(self, tokens: list[Token]) -> None:
        context: str = "p"
        level = 0
        for i, token in enumerate(tokens):
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.lists += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists -= 1
            elif kind == "list_item_open":
                self.items += 1
            elif kind == "list_item_close":
                self.items -= 1
            elif kind == "blockquote_open":
                self.quotes += 1
            elif kind == "blockquote_close":
                self.quotes -= 1
            elif kind == "heading_open":
                context, level = "h", int(token.tag[1:])
            elif kind == "paragraph_open":
                context = "li" if self.items else ("quote" if self.quotes else "p")
            elif kind == "table_open":
                self.table_count += 1
                self.tables.append(_Table(self.table_count))
            elif kind == "table_close":
                self.tables.pop()
            elif kind == "thead_open":
                self.tables[-1].head = True
            elif kind == "thead_close":
                self.tables[-1].head = False
            elif kind == "tr_open":
                table = self.tables[-1]
                table.row += 1
                table.col = 0
                table.row_header = None
                self.row_line = token.map[0] if token.map else self.row_line
                self.cell_from = 0
            elif kind in ("th_open", "td_open"):
                context = "cell"
            elif kind in ("th_close", "td_close"):
                self.tables[-1].col += 1
                context = "p"
            elif kind == "inline":
                following = tokens[i + 2].type if i + 2 < len(tokens) else ""
                self.before_list = following in ("bullet_list_open", "ordered_list_open")
                self.inline(token, context, level)
            elif kind in ("code_block", "fence", "html_block"):
                self.raw(token)

    # -- inline content --

    def inline(self, token: Token, context: str, level: int) -> None:
        first = token.map[0] if token.map else self.row_line
        if context == "cell":  # each cell found after the one before it: "D" is not the "D" of "Drug"
            lines = self.render(token, first, self.cell_from)
            self.cell_from = self.rendered_to
            self.cell(lines)
            return
        lines = self.render(token, first)
        lines = [line for line in (_strip(line) for line in lines) if line.text]
        if not lines:
            return
        if context == "h":
            text, points = _join(lines)
            self.last = (level, text)
            if level == 1 and self.first_h1 is None:
                self.first_h1 = text
            self.builder.heading(text, level, anchors=_anchors(points))
            return
        for i, line in enumerate(_merge(lines)):
            if context == "li" and i and line.bold and pseudo_heading(line.text) == 2:
                # "- last criterion" then "**Preferred**" on the next line with no blank line:
                # CommonMark carries the bold label on as the item's lazy continuation; it is
                # the requirement heading over the items that follow
                self.builder.heading(line.text, nested_level(self.last, 2), anchors=_anchors(line.points))
                continue
            self.emit(context, line)

    def emit(self, context: str, line: _Line) -> None:
        text, points = line.text, line.points
        marker = bullet_prefix(text) if context in ("p", "li") else 0
        if marker and len(text) > marker:
            text, points = _cut(line, marker)
            if context == "p":
                context = "li0"
        if context == "li":
            self.builder.add(
                "list-item", text, anchors=_anchors(points), level=max(0, self.lists - 1)
            )
        elif context == "li0":
            self.builder.add("list-item", text, anchors=_anchors(points), level=0)
        elif (
            context == "p"
            and (line.bold or not label_prefix(text))
            and (level := pseudo_heading(text))
        ):
            self.builder.heading(text, nested_level(self.last, level), anchors=_anchors(points))
        elif context == "p" and self.before_list and section_phrase(text):
            # "What we are looking for" over a list, with no colon: a heading (as in plain text)
            self.builder.heading(text, nested_level(self.last, 1), anchors=_anchors(points))
        else:
            self.builder.add("paragraph", text, anchors=_anchors(points))

    def cell(self, lines: list[_Line]) -> None:
        table = self.tables[-1]
        text, points = _join([line for line in (_strip(line) for line in lines) if line.text])
        if table.head and text:
            table.headers[table.col] = text
        if table.col == 0:
            table.row_header = text or None
        if not text:
            return
        extra = {"table": table.index, "row": table.row + 1, "col": table.col + 1}
        anchors = tuple(
            Anchor(k, Location(line=ln, column=col, **extra)) for k, ln, col in points
        ) or (Anchor(0, Location(line=self.row_line + 1, column=1, **extra)),)
        self.builder.cell(text, anchors, table.row, table.col,
                          None if table.head else table.headers.get(table.col),
                          None if table.head or table.col == 0 else table.row_header)  # fmt: skip

    def render(self, token: Token, first: int, search_from: int = 0) -> list[_Line]:
        """The inline children as plain-text lines, each with its source points (looked for
        from ``search_from`` in the first line)."""
        lines = [_Line()]
        lineno = first  # 0-based source line
        strong = 0
        for child in token.children or ():
            kind = child.type
            if kind in ("softbreak", "hardbreak"):
                lines.append(_Line())
                lineno += 1
                search_from = 0
                continue
            if kind == "html_inline" and re.match(r"<br\b", child.content, re.IGNORECASE):
                lines.append(_Line())  # a new line of text, not of source
                continue
            if kind == "strong_open":
                strong += 1
            elif kind == "strong_close":
                strong -= 1
            if kind not in ("text", "code_inline"):
                continue  # markup, HTML (comments) and images (alt text is not advert text)
            piece = child.content
            if not piece:
                continue
            line = lines[-1]
            source = self.source_lines[lineno] if lineno < len(self.source_lines) else ""
            found = source.find(piece, search_from)
            if found >= 0:
                line.points.append((len(line.text), lineno + 1, found + 1))
                search_from = found + len(piece)
            elif not line.points:
                indent = len(source) - len(source.lstrip(" \t>-*+0123456789.)#|"))
                line.points.append((0, lineno + 1, indent + 1))
            line.text += piece
            if piece.strip() and not strong:
                line.bold = False
        self.rendered_to = search_from
        return lines

    # -- code, fenced and HTML blocks: their lines as plain paragraphs --

    def raw(self, token: Token) -> None:
        content = token.content
        first = token.map[0] if token.map else 0
        if token.type == "fence":
            first += 1
        if token.type == "html_block":
            content = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), content)
            content = htmllib.unescape(_TAG.sub(" ", content))
        lines: list[_Line] = []
        for i, raw in enumerate(content.split("\n")):
            stripped = raw.strip()
            if not stripped:
                lines.append(_Line())
                continue
            source = self.source_lines[first + i] if first + i < len(self.source_lines) else ""
            column = source.find(stripped)
            point = (0, first + i + 1, column + 1 if column >= 0 else 1)
            lines.append(_strip(_Line(stripped, [point], False)))
        group: list[_Line] = []
        for line in [*lines, _Line()]:
            if line.text:
                group.append(line)
                continue
            if group:
                for merged in _merge(group):
                    self.emit("quote" if self.quotes else "p", merged)
                group = []


def nested_level(last: tuple[int, str] | None, level: int) -> int:
    """The level for a pseudo-heading of ``pseudo_heading()`` level ``level`` after ``last``.

    Below a plain heading (a job title) it nests; after a heading that is itself a section
    name it is a sibling of the same tier ("Essential" after "### Essential" comes out at 3,
    "Main duties:" after "## Job summary" at 2); a plain label below a requirement heading
    is a group of its criteria ("**Lived Experience**:" after "### Essential" comes out at 4).
    """
    if last is None:
        return level
    base, text = last
    if pseudo_heading(text) == 2 and level == 1:
        return base + 1  # "**Lived Experience**:" under "### Essential" is one of its groups
    return max(1, base + level - pseudo_heading(text))


def _merge(lines: list[_Line]) -> list[_Line]:
    """Join each line that carries on the sentence of the line before it, as plain text does."""
    merged: list[_Line] = []
    for i, line in enumerate(lines):
        if (
            merged
            and not bullet_prefix(line.text)
            and not pseudo_heading(line.text)
            and continues_sentence(lines[i - 1].text, line.text)
        ):
            text, points = _join([merged[-1], line])
            merged[-1] = _Line(text, points, merged[-1].bold and line.bold)
        else:
            merged.append(line)
    return merged


def _strip(line: _Line) -> _Line:
    """The line without surrounding white space and with inner runs of it collapsed to one
    space, its points moved to match (and one added after each collapsed run)."""
    old = line.text
    if not old.strip():
        return _Line("", [], line.bold)
    if _tidy(old):  # nothing to strip or collapse (most lines): keep the points
        points = line.points
        if len(points) == 1 and points[0][0] == 0:  # the usual line, from one place: as below
            return _Line(old, list(points), line.bold)
        where = sorted(points)
        kept: dict[int, tuple[int, int]] = {}
        for offset, ln, col in where:
            if offset < len(old):
                kept[offset] = (ln, col)
        return _Line(old, _dedupe([(k, ln, col) for k, (ln, col) in kept.items()]), line.bold)
    where = sorted(line.points)

    def source(offset: int) -> tuple[int, int]:
        best = where[0] if where else (0, 1, 1)
        for point in where:
            if point[0] > offset:
                break
            best = point
        return best[1], best[2] + (offset - best[0])

    chars: list[str] = []
    new_at: dict[int, int] = {}  # old offset -> new offset, for the characters kept
    derived: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(old):
        if old[i].isspace():
            end = i
            while end < len(old) and old[end].isspace():
                end += 1
            if chars and end < len(old):
                new_at[i] = len(chars)
                chars.append(" ")
            if end < len(old) and (end - i > 1 or old[i] != " " or not chars):
                derived[len(chars)] = source(end)
            i = end
            continue
        new_at[i] = len(chars)
        chars.append(old[i])
        i += 1
    points: dict[int, tuple[int, int]] = dict(derived)
    for offset, ln, col in where:
        if offset in new_at:
            points[new_at[offset]] = (ln, col)
    text = "".join(chars)
    return _Line(text, _dedupe([(k, ln, col) for k, (ln, col) in points.items()]), line.bold)


def _tidy(text: str) -> bool:
    """``" ".join(text.split()) == text``: no white space at either end, none but single
    spaces inside. Every white space character but the space is unprintable, so a printable
    text is tidy when it neither starts nor ends with a space nor holds two together (tests
    in C, where splitting and joining built every word); other texts are split."""
    if text.isprintable():
        return not (text.startswith(" ") or text.endswith(" ") or "  " in text)
    return " ".join(text.split()) == text


def _join(lines: list[_Line]) -> tuple[str, list[tuple[int, int, int]]]:
    """Lines joined with single spaces, their points shifted to the joined text."""
    text = ""
    points: list[tuple[int, int, int]] = []
    for line in lines:
        if text:
            text += " "
        points.extend((offset + len(text), ln, col) for offset, ln, col in line.points)
        text += line.text
    return text, _dedupe(points)


def _cut(line: _Line, start: int) -> tuple[str, list[tuple[int, int, int]]]:
    """The line from ``start`` on (after a bullet), its points moved to match."""
    text = line.text[start:]
    points: list[tuple[int, int, int]] = []
    for offset, ln, col in line.points:
        if offset <= start:
            points = [(0, ln, col + (start - offset))]
        else:
            points.append((offset - start, ln, col))
    return text, points


def _dedupe(points: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for point in sorted(points, key=lambda p: p[0]):
        if out and out[-1][0] == point[0]:
            out[-1] = point
        else:
            out.append(point)
    if out and out[0][0] != 0:
        offset, ln, col = out[0]
        out[0] = (0, ln, max(1, col - offset))
    return out


def _anchors(points: list[tuple[int, int, int]]) -> tuple[Anchor, ...]:
    return tuple(Anchor(k, Location(line=ln, column=col)) for k, ln, col in points)

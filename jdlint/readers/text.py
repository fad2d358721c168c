"""Plain text: UTF-8 (with or without BOM), UTF-16, UTF-32 (with a BOM), cp1252; headings such as "Essential criteria:";
hard-wrapped lines; pipe-, tab- or space-aligned tables (a person specification pasted as text)."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from jdlint.errors import EmptyDocument, EncodingError
from jdlint.model import Anchor, Document, Location
from jdlint.readers.base import (
    DocumentBuilder,
    bullet_prefix,
    ends_on_open_word,
    label_prefix,
    pseudo_heading,
)

_END = (".", "!", "?", ":", ";")
_ENUMERATED = re.compile(r"^(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s")
# A menu or a row of page furniture: items set apart by wide gaps or by dots, bars or
# arrows ("Careers   Search jobs   Sign in", "INDEED · Find jobs · Salary guide").
_MENU = re.compile(r"\S(?: {3,}|\t+| *[·•|›»>] +)\S.*\S(?: {3,}|\t+| *[·•|›»>] +)\S")
# Every separator of _MENU holds three spaces, a tab or one of its marks: a line with none of
# them (most lines) is passed over without the search, which backtracks over the whole line.
_MENU_MARKS = ("   ", "\t", "·", "•", "|", "›", "»", ">")


def _menu(line: str) -> bool:
    """Is ``line`` a menu or a row of page furniture (:data:`_MENU`)?"""
    return any(mark in line for mark in _MENU_MARKS) and _MENU.search(line) is not None


# A section phrase that asks for the applicant ("What we are looking for", "The person we're
# seeking", "Your skills and experience"), on a short line of its own with no colon or full stop:
# a heading where a list follows it, so that list does not sit under the heading before.
_WE = r"we(?:\s+are|\s*['’]re)?"
_LIST_HEADING = re.compile(
    rf"^(?:what\s+{_WE}\s+(?:looking\s+for|seeking|need|want|expect)(?:\s+(?:from|in)\s+you)?"
    rf"|(?:the\s+)?(?:person|people|candidate|applicant)s?\s+{_WE}\s+(?:looking\s+for|seeking|want|need)"
    rf"|who\s+{_WE}\s+(?:looking\s+for|seeking|want|need)"
    r"|your\s+(?:skills|experience|background|qualifications|knowledge|attributes)"
    r"(?:\s*(?:,|and|&)\s*(?:skills|experience|background|qualifications|knowledge|attributes))*"
    r"|is\s+this\s+you\??)$",
    re.IGNORECASE,
)


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)



# Byte-order marks, longest first: the UTF-32 little-endian mark starts with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


@dataclass(frozen=True)
class Encoding:
    """How a text file's bytes were read: ``codec`` (a Python codec name) after ``bom`` (the
    byte-order mark the file opens with, or none). ``jdlint fix`` writes its copy the same way."""

    codec: str
    bom: bytes = b""


def decode(data: bytes) -> str:
    """Decode text bytes: BOMs first, then UTF-8, UTF-16 without a BOM, then cp1252
    (:func:`decoded`)."""
    return decoded(data)[0]


def decoded(data: bytes) -> tuple[str, Encoding]:
    """Text bytes decoded, and the encoding they were read in: BOMs first, then UTF-8, UTF-16
    without a BOM, then cp1252.

    A file that starts with a byte-order mark is decoded strictly in that encoding: bytes that
    do not decode under it (a UTF-32 mark followed by junk) are a
    :class:`~jdlint.errors.EncodingError`, not text read with replacement characters."""
    for bom, encoding, name in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), Encoding(encoding, bom)
            except UnicodeDecodeError as exc:
                at = len(bom) + exc.start
                raise EncodingError(f"a {name} byte-order mark followed by bytes that are not {name} "
                                      f"(at byte {at}): save it as UTF-8 text") from None  # fmt: skip
    try:
        return data.decode("utf-8"), Encoding("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
            return data.decode("utf-16-le", errors="replace"), Encoding("utf-16-le")
        if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
            return data.decode("utf-16-be", errors="replace"), Encoding("utf-16-be")
    return data.decode("cp1252", errors="replace"), Encoding("cp1252")


def read(data: bytes, path: str = "<text>") -> Document:
    return read_text(decode(data), path)


def read_text(text: str, path: str = "<text>", fmt: str = "text") -> Document:
    """Split plain text into headings, paragraphs and list items.

    Each line is its own paragraph unless it carries on a sentence from the line above
    (hard-wrapped text); lines with a bullet or number are list items.
    """
    builder = DocumentBuilder(path=path, format=fmt)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    current: list[tuple[int, str]] = []  # (line number, stripped line) of the open paragraph
    current_kind = "paragraph"
    current_col = 1

    def flush() -> None:
        nonlocal current
        if not current:
            return
        parts: list[str] = []
        anchors: list[Anchor] = []
        offset = 0
        for i, (lineno, line) in enumerate(current):
            col = current_col if i == 0 else 1 + (len(lines[lineno - 1]) - len(lines[lineno - 1].lstrip()))
            anchors.append(Anchor(offset, Location(line=lineno, column=col)))
            parts.append(line)
            offset += len(line) + 1
        builder.add(current_kind, " ".join(parts), anchors=tuple(anchors))  # type: ignore[arg-type]
        current = []

    lines = text.split("\n")
    tables = table_runs(lines)
    table_count = 0
    skip_to = 0
    for lineno, raw in enumerate(lines, start=1):
        if lineno <= skip_to:
            continue
        if lineno in tables:
            flush()
            table_count += 1
            skip_to = add_table(builder, tables[lineno], table_count)
            continue
        stripped = raw.strip()
        if not stripped:
            flush()
            continue
        indent = len(raw) - len(raw.lstrip())
        marker = bullet_prefix(stripped)
        if marker and stripped[0] == "*" and _footnote_key(lines, lineno):
            marker = 0  # "* Preferred" under "Experience of group work*": the footnote, not a bullet
        underline = _underline(lines, lineno, stripped) if not marker else 0
        if underline and not (current and continues_sentence(current[-1][1], stripped)):
            # "Your experience" / "===============": a heading underlined, the underline no paragraph
            flush()
            level = pseudo_heading(stripped) if pseudo_heading(stripped) == 2 else underline
            builder.heading(stripped, level, anchors=(Anchor(0, Location(line=lineno, column=indent + 1)),))
            skip_to = lineno + 1
            continue
        level = 0 if marker or _wrapped(current, current_kind, current_col, indent, stripped) else pseudo_heading(stripped)
        if not level and not marker and _heads_a_list(lines, lineno, stripped) and not (
                current and continues_sentence(current[-1][1], stripped)):
            level = 1
        if level:
            flush()
            builder.heading(stripped, level, anchors=(Anchor(0, Location(line=lineno, column=indent + 1)),))
            continue
        if marker:
            flush()
            current_kind = "list-item"
            current_col = indent + 1 + marker
            current = [(lineno, stripped[marker:].strip())]
            continue
        if current and continues_sentence(current[-1][1], stripped, joined=len(current) > 1):
            current.append((lineno, stripped))
            continue
        flush()
        current_kind = "paragraph"
        current_col = indent + 1
        current = [(lineno, stripped)]
    flush()
    if not builder.blocks:
        raise EmptyDocument("no text to check")
    return builder.build()


# A line of "=" or "-" only, three or more, under a heading (a setext heading, as Markdown writes it).
_UNDERLINE = re.compile(r"^(={3,}|-{3,})$")


def _underline(lines: list[str], lineno: int, line: str) -> int:
    """The heading level the line under ``line`` gives it when that line only underlines it
    ("Your experience" / "===============": 1; "About you" / "---------": 2), else 0. The
    heading is short (70 characters at most) and ends with no sentence's stop; a table's
    rule is read by the table first."""
    if lineno >= len(lines) or len(line) > 70 or line[-1] in ".!?;,":
        return 0
    found = _UNDERLINE.match(lines[lineno].strip())
    if not found:
        return 0
    return 1 if found.group(1)[0] == "=" else 2


# An asterisk after a word or a closing bracket, at a line's end or before a space or a stop
# ("Experience of group facilitation*", "Driver licence (full) *."): a footnote mark, not the
# "**" of bold, nor "*" opening a bullet.
_STAR_MARK = re.compile(r"[\w)]\s?\*(?=$|[\s.,;:)])")


def _footnote_key(lines: list[str], lineno: int) -> bool:
    """Is line ``lineno`` (1-based), which opens with "* ", the key of a footnote rather than a
    bullet ("* Preferred" under a list whose item "Experience of group facilitation*" carries
    the mark)? An earlier line carries the mark after its text, and the line stands apart from
    any list of "*" bullets: a blank line or another bullet ("- ...") above it, no "*" bullet
    below it, and no loose list of "*" bullets (a blank line between each) that it would end."""
    if lineno < 2:
        return False
    above, below = lines[lineno - 2].strip(), lines[lineno].strip() if lineno < len(lines) else ""
    if _star_bullet(below) or (above and (not bullet_prefix(above) or _star_bullet(above))):
        return False  # "* A driving licence" below, or "Desirable:" above: a list of "*" bullets
    previous = next((k for k in range(lineno - 2, 0, -1) if lines[k - 1].strip()), 0)
    if previous and _star_bullet(lines[previous - 1].strip()) and (previous < 2 or not lines[previous - 2].strip()):
        return False  # "* Item one" / "" / "* Item two*" / "" / "* Item three": a loose list
    return any("*" in line and _STAR_MARK.search(line) for line in lines[: lineno - 1])


def _star_bullet(line: str) -> bool:
    """Does ``line`` (stripped) open with a "* " bullet?"""
    return line[:1] == "*" and bullet_prefix(line) > 0


def section_phrase(line: str) -> bool:
    """Is ``line`` a section phrase asking for the applicant (``_LIST_HEADING``: "What we are
    looking for"), a heading where a list follows it?"""
    return bool(_LIST_HEADING.match(line.strip()))


def _heads_a_list(lines: list[str], lineno: int, line: str) -> bool:
    """Is ``line`` a section phrase asking for the applicant (``_LIST_HEADING``: "What we are
    looking for") with a list item as the next line that is not blank?"""
    if not section_phrase(line):
        return False
    following = next((n.strip() for n in lines[lineno:] if n.strip()), "")
    return bool(bullet_prefix(following))


_WRAP_WIDTH = 60  # a line at least this long that stops without punctuation was wrapped by an editor


def _wrapped(current: list[tuple[int, str]], kind: str, col: int, indent: int, line: str) -> bool:
    """Is ``line``, in lower case, the rest of the open block rather than a heading its words
    might make ("  - Lived experience (welcome, but not" / "    required for this post)")? It
    hangs under a list item's text, the line above ends on a word that runs on ("... of"), or
    the line above is a paragraph's line the author's editor wrapped (60 characters or more,
    no closing punctuation: "... invited to a qualifications appraisal" / "interview conducted
    by ...")."""
    if not current or not line[:1].islower() or not continues_sentence(current[-1][1], line):
        return False
    previous = current[-1][1]
    return ((kind == "list-item" and indent >= col - 1) or ends_on_open_word(previous)
            or (kind == "paragraph" and len(previous.strip()) >= _WRAP_WIDTH))


def continues_sentence(previous: str, line: str, joined: bool = False) -> bool:
    """Is ``line`` the rest of a sentence wrapped from ``previous``? With ``joined``, ``previous``
    is itself a wrapped line of the open block, not a heading whatever its words ("interview
    conducted by Human Resources and the Behavioral Health" / "Division Manager.")."""
    if previous.endswith(_END):
        return False
    if (not joined and pseudo_heading(previous)) or label_prefix(line):
        return False
    if _menu(previous):
        return False  # "Careers   Search jobs   Sign in" does not go on into the title under it
    first = line[0]
    if first.islower() or first in "(&,$£€%":
        return True
    if len(previous.split()) >= 4 and ends_on_open_word(previous):
        return True  # "... A CHILD WITH" (not a lone "OR" between alternatives, nor "Sign in")
    if _caps(previous) and _caps(line) and not _ENUMERATED.match(line):
        return True  # "MUST HAVE LIVED EXPERIENCE OF MENTAL\nILLNESS AND RECOVERY." (not a heading, see above)
    # A long line that stops without punctuation was wrapped by the author's editor.
    return len(previous) >= _WRAP_WIDTH


# --- plain-text tables -----------------------------------------------------------------------
# A person specification pasted as text: "Criteria | Essential | Desirable | How assessed"
# rows (pipes, with or without a "---|---" rule) or tab-separated columns. The first row is
# the header, so that a cell under "Essential" is essential, as in a Markdown or Word table.
# A row hard-wrapped over several lines is joined until it has the header's cells.

_RULE = re.compile(r"^[\s|+:=-]*-[\s|+:=-]*$")  # "---|---", "+-----+-----+", "|:--|:--|"
_MAX_WRAP = 4  # lines one row may be wrapped over
# Columns aligned by runs of three or more spaces, as a person specification pasted from a
# document: read as a table only under a header row that names the levels.
_SPACES = "   "
_ALIGNED = re.compile(r"\S {3,}\S")
_LEVEL_HEADER = re.compile(r"(?i)^(?:essential|desirable|required|preferred|criteria|criterion|how (?:assessed|"
                           r"identified|tested)|method of assessment)\b")  # fmt: skip

Piece = tuple[int, int, str]  # (line number, 0-based column, text) of a cell's part on one line
Row = tuple[int, list[list[Piece]]]  # (last line number, cells)


def _row(lines: list[str], first: int, count: int, delimiter: str) -> list[list[Piece]] | None:
    """The cells of the row on lines ``first`` .. ``first + count - 1`` (1-based), or None
    when it is not a table row."""
    cells: list[list[Piece]] = [[]]
    for k in range(count):
        lineno = first + k
        line = lines[lineno - 1].rstrip()
        start = len(line) - len(line.lstrip())
        if not line.strip() or (k and delimiter == "|" and _RULE.match(line)):
            return None
        if delimiter == "|" and k == 0 and line.lstrip().startswith("|"):
            start = line.index("|") + 1
        if delimiter == "|" and k == count - 1 and line.endswith("|") and len(line) > start:
            line = line[:-1]
        for n, (part, offset) in enumerate(_parts(line, start, delimiter)):
            if n:
                cells.append([])
            if part.strip():
                cells[-1].append((lineno, offset + len(part) - len(part.lstrip()), part.strip()))
    filled = sum(1 for cell in cells if cell)
    return cells if filled >= 2 or (len(cells) >= 3 and filled >= 1) else None


def _parts(line: str, start: int, delimiter: str) -> list[tuple[str, int]]:
    """The pieces of ``line`` from ``start`` between delimiters, each with its column."""
    if delimiter == _SPACES:
        pieces = re.split(r"( {3,})", line[start:])
    else:
        pieces = [p for part in line[start:].split(delimiter) for p in (part, delimiter)][:-1]
    out, offset = [], start
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            out.append((piece, offset))
        offset += len(piece)
    return out


def _delimiter(line: str) -> str | None:
    """The column delimiter a table row on this line would use."""
    if "|" in line:
        return "|"
    if "\t" in line.strip():
        return "\t"
    return _SPACES if _SPACES in line and _ALIGNED.search(line) else None  # (every match holds three spaces)


def _spec_header(row: list[list[Piece]]) -> bool:
    """A person specification's header row ("Criteria   Essential   Desirable"): what makes
    columns aligned by spaces a table rather than label lines ("Salary:   £24,000")."""
    return len(row) >= 3 and any(cell and _LEVEL_HEADER.match(cell[0][2]) for cell in row)


# Two columns named only by their levels ("ESSENTIAL          DESIRABLE"), aligned by spaces,
# each cell wrapped over lines of its own column: a piece belongs to the column it starts
# under, and a piece that starts in lower case (or after a comma, "and", "or" ...) carries on
# the cell above it in that column.
_LEVEL_ONLY = re.compile(r"(?i)^(?:essential|desirable|required|preferred)(?: (?:criteria|requirements|skills))?:?$")
_CARRIES_ON = frozenset({"and", "or", "of", "in", "with", "the", "a", "an", "to", "for", "including", "such", "as"})
_MAX_COLUMN_LINES = 40


def _level_columns(lines: list[str], first: int) -> tuple[int, list[Row]] | None:
    """The table under a header line of two or more level names alone, aligned by spaces
    (its last line and rows), up to the first blank line; ``None`` when the line is no such header."""
    header = _parts(lines[first - 1].rstrip(), 0, _SPACES)
    header = [(part.strip(), offset + len(part) - len(part.lstrip())) for part, offset in header if part.strip()]
    if len(header) < 2 or not all(_LEVEL_ONLY.match(text) for text, _ in header):
        return None
    starts = [offset for _, offset in header]
    items: list[list[list[Piece]]] = [[] for _ in header]  # per column, its cells
    last, aligned = first, False
    for lineno in range(first + 1, min(len(lines), first + _MAX_COLUMN_LINES) + 1):
        line = lines[lineno - 1].rstrip()
        if not line.strip():
            break
        pieces = [(part.strip(), offset + len(part) - len(part.lstrip())) for part, offset in _parts(line, 0, _SPACES)
                  if part.strip()]  # fmt: skip
        aligned = aligned or len(pieces) > 1
        if pieces and pieces[0][1] + 2 < starts[0]:
            return None  # a row label left of the first column: not this layout
        for text, offset in pieces:
            col = max(k for k, start in enumerate(starts) if start <= offset + 2)
            cells = items[col]
            previous = cells[-1][-1][2] if cells else ""
            words = previous.lower().split()
            carries = bool(cells) and (text[:1].islower() or previous.endswith((",", ";", "/", "-", "("))
                                       or (bool(words) and words[-1] in _CARRIES_ON))  # fmt: skip
            if carries:
                cells[-1].append((lineno, offset, text))
            else:
                cells.append([(lineno, offset, text)])
        last = lineno
    if not aligned:
        return None
    rows: list[Row] = [(first, [[(first, offset, text)] for text, offset in header])]
    for r in range(max(len(cells) for cells in items)):
        row = [cells[r] if r < len(cells) else [] for cells in items]
        rows.append((max(lineno for cell in row for lineno, _, _ in cell), row))
    return last, rows


def table_runs(lines: list[str]) -> dict[int, tuple[int, list[Row]]]:
    """Where tables start: ``{first line number: (last line number, rows)}`` for runs of
    two or more rows with the header's number of cells (rule lines aside)."""
    runs: dict[int, tuple[int, list[Row]]] = {}
    i = 1
    while i <= len(lines):
        line = lines[i - 1]
        delimiter = _delimiter(line)
        columns = _level_columns(lines, i) if delimiter == _SPACES else None
        if columns is not None:
            runs[i] = columns
            i = columns[0] + 1
            continue
        head = _row(lines, i, 1, delimiter) if delimiter and not _RULE.match(line) else None
        if head is not None and delimiter == _SPACES and not _spec_header(head):
            head = None
        if head is None:
            i += 1
            continue
        rows: list[Row] = [(i, head)]
        j = i + 1
        while j <= len(lines):
            if delimiter == "|" and lines[j - 1].strip() and _RULE.match(lines[j - 1]):
                j += 1
                continue
            if delimiter == _SPACES and len(rows) >= 2 and _carry_on(lines[j - 1], j, head, rows[-1][1]):
                rows[-1] = (j, rows[-1][1])  # the row above's cells wrapped into their own columns
                j += 1
                continue
            found = loose = None
            for count in range(1, min(_MAX_WRAP, len(lines) - j + 1) + 1):
                row = _row(lines, j, count, delimiter)
                if row is None and count == 1 and delimiter not in lines[j - 1]:
                    break  # a row starts with a cell boundary on its first line
                if row is not None and len(row) == len(head):
                    found = (j + count - 1, row)
                    break
                if row is not None and count == 1 and abs(len(row) - len(head)) <= 1:
                    loose = (j, row)  # a row with a cell more or less, if no wrapping fits
                if row is not None and len(row) > len(head) + 1:
                    break
            found = found or loose
            if found is None:
                break
            rows.append(found)
            j = found[0] + 1
        if len(rows) >= 2:
            runs[i] = (j - 1, rows)
            i = j
        else:
            i += 1
    return runs


def _carry_on(line: str, lineno: int, head: list[list[Piece]], cells: list[list[Piece]]) -> bool:
    """Is ``line`` (a table aligned by spaces) the rest of the row above, wrapped in its own
    columns: its first column empty ("Experience   Caring role   Lived experience of" over
    "                                            mental health challenges")? Its pieces are
    added to the cells of the columns they start under. A line with a first cell is a row."""
    text = line.rstrip()
    start = len(text) - len(text.lstrip())
    starts = [cell[0][1] if cell else None for cell in head]
    if not text.strip() or starts[0] is None or start <= starts[0] + 2 or "\t" in text:
        return False
    placed: list[tuple[int, Piece]] = []
    for part, offset in _parts(text, start, _SPACES):
        if not part.strip():
            continue
        at = offset + len(part) - len(part.lstrip())
        col = max((k for k, s in enumerate(starts) if s is not None and s <= at + 2), default=None)
        if col is None or col == 0 or col >= len(cells):
            return False
        placed.append((col, (lineno, at, part.strip())))
    if not placed:
        return False
    for col, piece in placed:
        cells[col].append(piece)
    return True


def add_table(builder: DocumentBuilder, run: tuple[int, list[Row]], index: int) -> int:
    """Add a table's rows as table cells; returns its last line."""
    last, rows = run
    headers: dict[int, str] = {}
    for r, (_, cells) in enumerate(rows):
        texts = [" ".join(text for _, _, text in cell) for cell in cells]
        row_header = texts[0] or None
        for col, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            if r == 0 and text:
                headers[col] = text
            if not text:
                continue
            anchors: list[Anchor] = []
            offset = 0
            for lineno, column, piece in cell:
                anchors.append(Anchor(offset, Location(line=lineno, column=column + 1, table=index, row=r + 1,
                                                       col=col + 1)))  # fmt: skip
                offset += len(piece) + 1
            builder.cell(text, tuple(anchors), r, col, None if r == 0 else headers.get(col),
                         None if r == 0 or col == 0 else row_header)
    return last

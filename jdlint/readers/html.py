"""HTML job pages: the advert's main content, without page chrome.

The page is decoded with its declared charset (BOM or ``<meta>``), parsed with selectolax
(Lexbor) and walked iteratively from the content root (``<main>``, ``[role=main]``,
``<article>``, a job-description container, else ``<body>``), skipping scripts, navigation,
cookie banners and the like. A sidebar beside the content root (an ``<aside>`` outside it and
outside the site's chrome) whose text is prose about the post is read after the content; one
named for chrome ("Similar jobs"), mostly links or without a sentence of its own is not.
When the page carries a schema.org ``JobPosting`` in JSON-LD
whose description is much longer than the visible content, that description is read instead.

Line/column anchors are found by searching the block text in a plain-text image of the
source (tags removed, entities decoded, white space collapsed) that maps back to offsets.
"""

from __future__ import annotations

import bisect
import codecs
import html as htmllib
import json
import re
from array import array
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from jdlint.errors import EmptyDocument
from jdlint.model import Anchor, Document, Location
from jdlint.readers.base import (
    DocumentBuilder,
    bullet_prefix,
    label_prefix,
    normalise_space,
    pseudo_heading,
)
from jdlint.readers.text import BOMS, Encoding, continues_sentence, section_phrase
from jdlint.readers.text import decoded as decoded_text


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_DEPTH = 512  # deeper elements are flattened before parsing (browsers cap depth too)
MAX_ATTRIBUTES = 512  # more on one tag are cut before parsing (the parser's check for
_LONG_ATTRIBUTES = 8192  # duplicate names is quadratic); only tags this long are counted
_WINDOW = 200_000  # how far ahead of the cursor an anchor search looks

_VOID = _words(
    "area base br col embed hr img input link meta param source track wbr basefont bgsound "
    "frame keygen"
)
_RAW_TEXT = _words("script style textarea title xmp iframe noembed noframes noscript plaintext")
_BLOCK = _words(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li "
    "main menu nav ol p pre search section summary table tbody td tfoot th thead tr ul"
)
_DROP = _words(
    "script style noscript template svg math iframe object embed canvas video audio map input "
    "select textarea button option optgroup datalist output meter progress head title nav "
    "aside"
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "menu", "dir"})
_BOLD = frozenset({"b", "strong"})
_SKIP_ROLES = frozenset({"navigation", "search", "menu", "menubar", "complementary"})
_CHROME_ROLES = frozenset({"banner", "contentinfo"})
_CHROME = re.compile(
    r"(?<![a-z])(?:cookies?|consent|banners?|gdpr|breadcrumbs?|nav|navbar|navigation|menus?|menubar"
    r"|share|sharing|social(?![-_ ]?(?:care|work|value|prescrib|enterprise|inclusion|justice|servic))"
    r"|skip[-_ ]?(?:links?|to(?:[-_ ]?(?:content|main))?)|newsletters?"
    r"|(?:related|similar|other)[-_ ]?(?:jobs|vacancies|roles|posts))(?![a-z])"
)
_SITE_CHROME = frozenset(
    {
        "header",
        "footer",
        "site-header",
        "site-footer",
        "global-header",
        "global-footer",
        "page-footer",
        "masthead",
    }
)
_JOB_CONTAINER = re.compile(r"job[-_]?(?:description|details)|vacancy(?![a-z])", re.IGNORECASE)
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")

_TAG = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|</[^>]*>|<[!?][^>]*>",
    re.DOTALL,
)
_TEXT_PIECE = re.compile(
    r"\s+|&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)|[^\s&]+|&"
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_TAG_START = re.compile(r"<[/!?A-Za-z]")  # where a _TAG match can start
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")
_SCRIPT_START = re.compile(r"<script\b", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script\s*>", re.IGNORECASE)


def read(data: bytes, path: str = "<text>") -> Document:
    """Read an HTML page's advert: its main content or its JSON-LD ``JobPosting``."""
    return read_html(decode(data), path)


def decode(data: bytes) -> str:
    """Decode with the BOM or the declared charset; else as plain text would be."""
    return decoded(data)[0]


def decoded(data: bytes) -> tuple[str, Encoding]:
    """The page's text and the encoding it was read in: its BOM, else its declared charset (not
    a UTF-16 or UTF-32 one, nor one its bytes are not in), else as plain text would be."""
    if data.startswith(tuple(bom for bom, _, _ in BOMS)):
        return decoded_text(data)
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = (m.group(1) or m.group(2)).decode("ascii").lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"):
            name = "cp1252"  # as browsers do
        try:
            info = codecs.lookup(name)
        except LookupError:
            info = None
        if info is not None and not info.name.startswith(("utf-16", "utf-32")):
            try:
                text = data.decode(info.name)
            except UnicodeDecodeError:
                pass  # a wrong declaration: fall back to sniffing
            else:
                return (text[1:] if text.startswith("\ufeff") else text), Encoding(info.name)
    return decoded_text(data)


def read_html(source: str, path: str = "<text>") -> Document:
    """Read an HTML page already decoded to text."""
    scan = _scan(source)
    tree = LexborHTMLParser(scan.flattened if scan.flattened is not None else source)
    builder, h1 = _visible(tree, source, scan, path)
    posting = _job_posting(source)
    ld_title = None
    from_ld = False
    if posting is not None:
        desc_html, ld_title, desc_at = posting
        ld = _from_fragment(desc_html, source, desc_at, path)
        visible_len = sum(len(b.text) for b in builder.blocks)
        ld_len = sum(len(b.text) for b in ld.blocks)
        if ld_len and visible_len < ld_len * 0.5:
            builder = ld
            builder.note("read the JobPosting description in the page's JSON-LD")
            from_ld = True
    # Not a pseudo-heading ("Job summary"): with no title anywhere, build() takes the first block.
    page_title = _page_title(tree)
    if from_ld:
        builder.title = ld_title or page_title
    else:
        builder.title = h1 or ld_title or page_title
    builder.title_source("JSON-LD", ld_title)
    builder.title_source("page title", page_title)
    if scan.flattened is not None:
        builder.note(f"elements nested deeper than {MAX_DEPTH} levels were flattened")
    if not builder.blocks:
        raise EmptyDocument("no text in the page's main content")
    return builder.build()


# --- the source image: depth capping and the text stream for anchors -----------------------


_LIST_SCOPE = _words(
    "ul ol menu dir dl table td th tr tbody thead tfoot body html template blockquote section "
    "article main nav aside header footer form fieldset details figure select"
)
_TABLE_SCOPE = frozenset({"table", "html", "template", "body"})
_P_SCOPE = _words("table td th caption html body template button object marquee applet")


@dataclass
class _Scan:
    stream: str  # visible-ish text of the source, white space collapsed
    offsets: array  # source offset of each character of ``stream``
    flattened: str | None  # the source with over-deep tags removed, when there were any


def _scan(source: str) -> _Scan:
    """One linear pass over the tags: builds the text stream and caps nesting depth.

    The depth count approximates the HTML tree builder (implied ends of ``p``, ``li``,
    cells and so on), so ordinary pages are never touched.
    """
    chars: list[str] = []
    offsets = array("q")
    drops: list[tuple[int, int, bool, str | None]] = []  # tags removed (or replaced) before parsing
    stack: list[str] = []
    counts: dict[str, int] = {}
    dropped: dict[str, int] = {}
    last_space = True

    def text(start: int, end: int) -> None:
        nonlocal last_space
        for m in _TEXT_PIECE.finditer(source, start, end):
            piece = m.group()
            first = piece[0]
            if first.isspace():
                if not last_space:
                    chars.append(" ")
                    offsets.append(m.start())
                    last_space = True
            elif first == "&" and len(piece) > 1:
                for c in htmllib.unescape(piece):
                    if c.isspace():
                        if not last_space:
                            chars.append(" ")
                            offsets.append(m.start())
                            last_space = True
                    else:
                        chars.append(c)
                        offsets.append(m.start())
                        last_space = False
            else:
                chars.append(piece)
                offsets.extend(range(m.start(), m.end()))
                last_space = False

    def separator(at: int) -> None:
        nonlocal last_space
        if not last_space:
            chars.append(" ")
            offsets.append(at)
            last_space = True

    def pop_to(name: str, boundaries: frozenset[str], also: frozenset[str] = frozenset()) -> None:
        targets = also | {name}
        if not any(counts.get(t) for t in targets):
            return
        for i in range(len(stack) - 1, max(-1, len(stack) - 65), -1):
            if stack[i] in targets:
                for gone in stack[i:]:
                    counts[gone] -= 1
                del stack[i:]
                return
            if stack[i] in boundaries:
                return

    pos = 0
    n = len(source)
    while pos < n:
        start = _TAG_START.search(source, pos)
        m = _TAG.match(source, start.start()) if start else None
        if m is None:
            # No tag, or one that never ends (no ">" or an unclosed quote before the end):
            # as in HTML5 the rest is inside that tag. Stopping here keeps a page of 100,000
            # unclosed "<a " linear (a search would try, and fail, from every "<").
            text(pos, start.start() if start else n)
            break
        if m.start() > pos:
            text(pos, m.start())
        pos = m.end()
        name = m.group(2)
        if not name:
            continue
        name = name.lower()
        if name in _BLOCK or name == "br":
            separator(m.start())
        if m.group(1):  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                drops.append((m.start(), m.end(), name in _BLOCK, None))
            elif counts.get(name):
                while stack:
                    gone = stack.pop()
                    counts[gone] -= 1
                    if gone == name:
                        break
            continue
        trimmed = _trim_attributes(m.group(2), m.group(3)) if len(m.group(3)) > _LONG_ATTRIBUTES else None
        if name in _VOID or m.group(3).rstrip().endswith("/"):
            if trimmed is not None:
                drops.append((m.start(), m.end(), False, trimmed))
            continue
        if name == "li":
            pop_to("li", _LIST_SCOPE)
        elif name in ("dt", "dd"):
            pop_to(name, _LIST_SCOPE, frozenset({"dt", "dd"}))
        elif name == "tr":
            pop_to("tr", _TABLE_SCOPE, frozenset({"td", "th"}))
        elif name in ("td", "th"):
            pop_to(name, _TABLE_SCOPE, frozenset({"td", "th"}))
        elif name in ("option", "optgroup"):
            pop_to("option", frozenset({"select"}))
        if name in _BLOCK:
            pop_to("p", _P_SCOPE)
        if len(stack) >= MAX_DEPTH:
            dropped[name] = dropped.get(name, 0) + 1
            drops.append((m.start(), m.end(), name in _BLOCK, None))
        else:
            if trimmed is not None:
                drops.append((m.start(), m.end(), False, trimmed))
            stack.append(name)
            counts[name] = counts.get(name, 0) + 1
        if name in _RAW_TEXT:
            end = re.compile(rf"</{name}[\s/>]", re.IGNORECASE).search(source, pos)
            pos = end.start() if end else n
    flattened = None
    if drops:
        parts: list[str] = []
        last = 0
        broken = False  # a run of dropped tags with only space between gets one <br>
        for start, end, block, replacement in drops:
            between = source[last:start]
            if between.strip():
                broken = False
            parts.append(between)
            if replacement is not None:
                parts.append(replacement)
                broken = False
            elif block and not broken:
                parts.append("<br>")
                broken = True
            last = end
        parts.append(source[last:])
        flattened = "".join(parts)
    return _Scan("".join(chars), offsets, flattened)


def _trim_attributes(name: str, attributes: str) -> str | None:
    """The start tag with only its first :data:`MAX_ATTRIBUTES` attributes, when it has more."""
    found = _ATTRIBUTE.findall(attributes)
    if len(found) <= MAX_ATTRIBUTES:
        return None
    close = "/" if attributes.rstrip().endswith("/") else ""
    return f"<{name} {' '.join(found[:MAX_ATTRIBUTES])}{close}>"


class _Locator:
    """Finds block texts in the source, in reading order, and gives their anchors."""

    def __init__(self, source: str, stream: str, offsets: array | None, cursor: int = 0):
        self.stream = stream
        self.offsets = offsets  # None: the stream is the source itself
        self.cursor = cursor
        self.line_starts = array("q", [0])
        self.line_starts.extend(m.end() for m in re.finditer("\n", source))

    def _offset(self, i: int) -> int:
        if self.offsets is None:
            return i
        if not self.offsets:
            return 0
        return self.offsets[min(i, len(self.offsets) - 1)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def anchors(self, text: str, **extra: int) -> tuple[Anchor, ...]:
        """Anchors for ``text`` at its next occurrence; the cursor moves past it."""
        found = -1
        probe = ""
        limit = min(len(self.stream), self.cursor + _WINDOW)
        for size in (40, 16, 6):
            candidate = text[:size]
            if candidate == probe or not candidate.strip():
                continue
            probe = candidate
            found = self.stream.find(probe, self.cursor, limit)
            if found >= 0:
                break
        if found < 0:
            return (Anchor(0, self._location(self._offset(self.cursor), extra)),)
        points = [(0, self._offset(found))]
        if self.stream.startswith(text, found):
            self.cursor = found + len(text)
            if self.offsets is not None:
                offsets = self.offsets
                prev = offsets[found]
                for k in range(1, len(text)):
                    here = offsets[found + k]
                    if here != prev + 1:
                        points.append((k, here))
                    prev = here
        else:
            self.cursor = found + len(probe)
        return tuple(Anchor(k, self._location(off, extra)) for k, off in points)

    def _location(self, offset: int, extra: dict[str, int]) -> Location:
        line, column = self.position(offset)
        return Location(line=line, column=column, **extra)


# --- choosing what to read ------------------------------------------------------------------


def _visible(
    tree: LexborHTMLParser, source: str, scan: _Scan, path: str
) -> tuple[DocumentBuilder, str | None]:
    """The page's main content as blocks, and its first ``<h1>``."""
    builder = DocumentBuilder(path=path, format="html")
    body = tree.body or tree.root
    if body is None:
        return builder, None
    root = _content_root(tree, body)
    start = bisect.bisect_left(scan.offsets, _source_offset(tree, source, root))
    locator = _Locator(source, scan.stream, scan.offsets, cursor=start)
    extractor = _Extractor(builder, locator, root, in_content=root.tag != "body")
    extractor.run()
    if root.mem_id != body.mem_id:
        for aside in _sidebars_beside(body, root):
            # a sidebar is no part of the content's last section: its text sits under the page's title
            builder.sections.stack[:] = [entry for entry in builder.sections.stack if entry[0] <= 1]
            at = bisect.bisect_left(scan.offsets, _source_offset(tree, source, aside))
            _Extractor(builder, _Locator(source, scan.stream, scan.offsets, cursor=at), aside, in_content=True).run()
        for where, title in _titles_above(source, scan, path, body, root):
            builder.title_source(where, title)
    return builder, extractor.first_h1


_SIDEBAR_WORDS = 6  # words in a sidebar's own sentence of prose (not a list of links)
# Sidebars that are page furniture though they hold prose, named so by their first heading or their
# attributes: the site's news, blog or stories, staff testimonials, events, job alerts and lists of
# other jobs ("Latest news", "Staff stories", "What our team say", "Upcoming events", "Featured jobs");
# read only here, so a content section with such a class is still read.
_SIDEBAR_FURNITURE = re.compile(
    r"(?<![a-z])(?:(?:latest|recent)[-_ ]?)?(?:news|blogs?|stories|testimonials?|events|press)(?![a-z])"
    r"|(?<![a-z])what[-_ ](?:our|people|staff|they)[-_ ][a-z]+[-_ ]say"
    r"|(?<![a-z])(?:job[-_ ]?alerts?|recently[-_ ]viewed|saved[-_ ]jobs"
    r"|(?:featured|recommended|more|latest|other|recent)[-_ ]?(?:jobs|vacancies|roles|posts|opportunities))(?![a-z])"
)


def _sidebars_beside(body: LexborNode, root: LexborNode) -> list[LexborNode]:
    """Sidebars beside the content root that continue the advert: an ``<aside>`` (or
    ``role="complementary"``) outside the content root and outside the site's chrome (``<header>``,
    ``<footer>``, ``<nav>``, elements named for chrome), whose text is prose about the post ("Our
    hiring process: our panel includes two peer specialists"), read after the content. Not page
    furniture: a sidebar named for chrome by its attributes or its first heading ("Similar jobs",
    "Share this job", "Newsletter", or the site's news, staff stories, events and other jobs: "Latest
    news", "What our staff say", "Featured jobs"), or one that is mostly links, or has no sentence of its own."""
    found = []
    for node in body.css('aside, [role="complementary"]'):
        if _inside(node, root) or _inside(root, node) or _in_chrome(node, body):
            continue
        heading = node.css_first("h1, h2, h3, h4, h5, h6")
        named = normalise_space(heading.text(deep=True, separator=" ")).lower() if heading is not None else ""
        if _CHROME.search(named) or _SIDEBAR_FURNITURE.search(named) \
                or _chrome_words(node.attributes, _SIDEBAR_FURNITURE):  # fmt: skip
            continue
        size = _text_len(node)
        links = sum(_text_len(a) for a in node.css("a"))
        own = [p for p in node.css("p, li") if not p.css("a") and len(normalise_space(p.text(deep=True)).split()) >= _SIDEBAR_WORDS]
        if size and links * 2 <= size and own and not any(_inside(node, f) for f in found):
            found.append(node)
    return found


def _inside(node: LexborNode, outer: LexborNode) -> bool:
    """Is ``node`` ``outer`` or inside it?"""
    at: LexborNode | None = node
    while at is not None:
        if at.mem_id == outer.mem_id:
            return True
        at = at.parent
    return False


def _in_chrome(node: LexborNode, body: LexborNode) -> bool:
    """Is ``node`` (or an element around it, up to the body) the site's chrome: ``<header>``,
    ``<footer>``, ``<nav>``, a banner or navigation role, or named for chrome (``class="related-jobs"``)?"""
    at: LexborNode | None = node
    while at is not None and at.mem_id != body.mem_id:
        tag = (at.tag or "").lower()
        role = (at.attributes.get("role") or "").lower()
        if tag in ("header", "footer", "nav") or role in _SKIP_ROLES - {"complementary"} or role in _CHROME_ROLES \
                or _chrome_words(at.attributes):  # fmt: skip
            return True
        at = at.parent
    return False


_ABOVE_LINES = 12  # lines above the content root looked at for the post's title
_TITLE_ELEMENT = re.compile(r"(?:^|[-_ ])(?:job|post|position|vacancy|posting|role)?[-_ ]?title(?:$|[-_ ])", re.I)


def _titles_above(source: str, scan: _Scan, path: str, body: LexborNode, root: LexborNode) -> list[tuple[str, str]]:
    """Titles in the page above its content root, outside the site's chrome (navigation,
    ``<header>``, banners): a job board whose ``<main>`` holds only the description puts the
    post's name above it, after a "Job title:" label, in an ``<h1>`` or in an element named
    for it (``class="job-title"``). Only titles: the rest of what is there is not the advert."""
    from jdlint.titles import LABELLED_TITLE, bare_label

    builder = DocumentBuilder(path=path, format="html")
    _Extractor(builder, _Locator(source, scan.stream, scan.offsets), body, in_content=False, stop=root).run()
    lines = [normalise_space(b.text) for b in builder.blocks[:_ABOVE_LINES]]
    found: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        m = LABELLED_TITLE.match(line)
        if m:
            found.append(("job title field", m.group(1)))
        elif bare_label(line) and i + 1 < len(lines):
            found.append(("job title field", lines[i + 1]))
    if not lines:
        return found  # nothing above the content but the site's chrome
    named = [normalise_space(n.text(deep=True, separator=" ")) for n in body.css("h1, [class], [id]")
             if n.tag == "h1" or _TITLE_ELEMENT.search(f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}")]  # fmt: skip
    found += [("title element", text) for text in dict.fromkeys(named) if text and any(text in line for line in lines)]
    return found


def _from_fragment(fragment: str, source: str, at: int, path: str) -> DocumentBuilder:
    """Blocks of a JobPosting description; anchors point into the JSON-LD in ``source``."""
    builder = DocumentBuilder(path=path, format="html")
    scan = _scan(fragment)
    tree = LexborHTMLParser(scan.flattened if scan.flattened is not None else fragment)
    body = tree.body or tree.root
    if body is not None:
        locator = _Locator(source, source, None, cursor=at)
        _Extractor(builder, locator, body, in_content=True).run()
    return builder


def _source_offset(tree: LexborHTMLParser, source: str, root: LexborNode) -> int:
    """Where ``root``'s start tag is in the source (0 for the body), so that anchors are not
    taken from the same words in a breadcrumb or header before the content."""
    tag = (root.tag or "").lower()
    if tag in ("body", "html") or not tag.isalnum():
        return 0
    index = next((i for i, n in enumerate(tree.css(tag)) if n.mem_id == root.mem_id), 0)
    for i, m in enumerate(re.finditer(rf"<{tag}[\s>/]", source, re.IGNORECASE)):
        if i == index:
            return m.start()
    return 0


def _text_len(node: LexborNode) -> int:
    return len(normalise_space(node.text(deep=True, separator=" ")))


def _content_root(tree: LexborHTMLParser, body: LexborNode) -> LexborNode:
    """``<main>``, ``[role=main]``, the longest ``<article>``, a job container, else body."""
    body_len = _text_len(body)

    def good(node: LexborNode | None) -> bool:
        if node is None:
            return False
        size = _text_len(node)
        return size >= 200 or size >= body_len * 0.25

    candidates: list[LexborNode | None] = [tree.css_first("main"), tree.css_first('[role="main"]')]
    candidates.append(max(tree.css("article"), key=_text_len, default=None))
    containers = [
        node
        for node in tree.css("[id], [class]")
        if _JOB_CONTAINER.search(
            f"{node.attributes.get('id') or ''} {node.attributes.get('class') or ''}"
        )
        and not _chrome_words(node.attributes)
    ]
    candidates.append(max(containers, key=_text_len, default=None))
    for node in candidates:
        if good(node):
            return node  # type: ignore[return-value]
    return body


def _chrome_words(attrs: dict[str, str | None], pattern: re.Pattern[str] = _CHROME) -> bool:
    """Do the element's id, class, aria-label or role name it for ``pattern`` (the site's chrome,
    or a sidebar's furniture), camelCase words split ("relatedJobs" as "related-jobs")?"""
    words = " ".join(attrs.get(k) or "" for k in ("id", "class", "aria-label", "role"))
    return bool(words) and bool(pattern.search(_CAMEL.sub(r"\1-\2", words).lower()))


def _job_posting(source: str) -> tuple[str, str | None, int] | None:
    """The first JSON-LD JobPosting with a description: (HTML, title, source offset)."""
    for body_start, body_end in ld_json_scripts(source):
        raw = source[body_start:body_end].strip()
        raw = re.sub(
            r"^\s*(?:/\*\s*)?<!\[CDATA\[(?:\s*\*/)?|(?:/\*\s*)?\]\]>(?:\s*\*/)?\s*$", "", raw
        )
        raw = re.sub(r"^\s*<!--|-->\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        todo: list[object] = [data]
        while todo:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            posting = any(isinstance(k, str) and k.endswith("JobPosting") for k in kinds)
            description = item.get("description")
            if posting and isinstance(description, str) and description.strip():
                if "<" not in description and re.search(r"&lt;\w", description):
                    description = htmllib.unescape(description)
                if "<" not in description:  # plain text: keep its lines and paragraphs
                    description = "".join(
                        "<p>" + htmllib.escape(part).replace("\n", "<br>") + "</p>"
                        for part in re.split(r"\n\s*\n", description.replace("\r", ""))
                    )
                title = item.get("title") or item.get("name")
                title = normalise_space(htmllib.unescape(title)) if isinstance(title, str) else None
                at = source.find('"description"', body_start, body_end)
                return description, title or None, at if at >= 0 else body_start
            todo.extend(v for v in reversed(list(item.values())) if isinstance(v, dict | list))
    return None


def ld_json_scripts(source: str):
    """``(start, end)`` of the content of each ``<script type="application/ld+json">``, in a
    linear scan: a script without a ">" or a "</script>" ends the search (none after it can
    have one either), where a regex search would scan to the end from every "<script"."""
    pos = 0
    while True:
        opening = _SCRIPT_START.search(source, pos)
        if opening is None:
            return
        gt = source.find(">", opening.end())
        if gt < 0:
            return
        closing = _SCRIPT_END.search(source, gt + 1)
        if closing is None:
            return
        if "application/ld+json" in source[opening.start() : gt].lower():
            yield gt + 1, closing.start()
        pos = closing.end()


def _page_title(tree: LexborHTMLParser) -> str | None:
    for selector, attr in (('meta[property="og:title"]', "content"), ("title", None)):
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attributes.get(attr) if attr else node.text()
        value = normalise_space(value or "")
        if attr is None:
            value = value.split(" | ")[0].strip()
        if value:
            return value
    return None


# --- the walk -------------------------------------------------------------------------------


@dataclass
class _Table:
    index: int  # 1-based among data tables in the document
    row: int = -1
    col: int = 0
    occupied: set[tuple[int, int]] = field(default_factory=set)
    headers: dict[int, str] = field(default_factory=dict)
    headers_done: bool = False
    header_row: bool = False
    row_cells: list[tuple[int, int, str]] = field(default_factory=list)
    row_header: str | None = None


@dataclass
class _Cell:
    table: _Table
    row: int
    col: int
    span: int
    column_header: str | None
    row_header: str | None
    texts: list[str] = field(default_factory=list)


@dataclass
class _Frame:
    """What entering an element changed, to undo on leaving it."""

    tag: str
    block: bool = False
    bold: bool = False
    pre: bool = False
    content: bool = False
    owner: bool = False
    list: bool = False
    table: _Table | None = None
    row: bool = False
    cell: _Cell | None = None
    heads_list: bool = False  # a paragraph that a list or a table follows
    grid: bool = False  # a table built of <div> rows and cells (:func:`_grid_parts`)


class _Extractor:
    """Walks one subtree without recursion, turning its text into blocks."""

    def __init__(
        self, builder: DocumentBuilder, locator: _Locator, root: LexborNode, in_content: bool,
        stop: LexborNode | None = None,
    ):  # fmt: skip
        self.builder = builder
        self.locator = locator
        self.root = root
        self.stop = stop.mem_id if stop is not None else None  # an element the walk ends at
        self.content = 1 if in_content else 0
        self.root_len = _text_len(root)
        self.lines: list[list[tuple[str, bool]]] = [[]]
        self.bold = 0
        self.pre = 0
        self.lists = 0
        self.owners: list[tuple[str, object]] = []
        self.tables: list[_Table | None] = []  # None: a layout table
        self.table_count = 0
        self.last: tuple[int, str] | None = None  # the last real heading: level, text
        self.first_h1: str | None = None
        self.heads_list = False  # the text being flushed is followed by a list or a table
        self.grid_rows: set[int] = set()  # the mem_ids of the rows and cells of <div> tables
        self.grid_cells: set[int] = set()

    def run(self) -> None:
        """Walk the subtree in document order with an explicit stack of entered elements."""
        frames: list[_Frame] = []
        stop = self.root.mem_id
        node = self.root.child
        while node is not None:
            if node.is_element_node:
                if node.mem_id == self.stop:
                    self.flush()
                    return
                frame = self.enter(node)
                if frame is not None:
                    if node.child is not None:
                        frames.append(frame)
                        node = node.child
                        continue
                    self.leave(frame)
            elif node.is_text_node:
                self.text(node.text_content or "")
            while node.next is None:
                node = node.parent
                if node is None or node.mem_id == stop:
                    self.flush()
                    return
                self.leave(frames.pop())
            node = node.next
        self.flush()

    # -- elements --

    def enter(self, node: LexborNode) -> _Frame | None:
        tag = (node.tag or "").lower()
        if tag == "br":
            self.lines.append([])
            return _Frame(tag)
        attrs = node.attributes
        if self.skip(node, tag, attrs):
            return None
        frame = _Frame(tag)
        if tag in _BLOCK:
            frame.block = True
            self.heads_list = tag in _LIST_OR_TABLE  # "What we are looking for" right before <ul>
            self.flush()
            self.heads_list = False
            frame.heads_list = tag in ("p", "div") and _list_or_table_next(node)
        if tag in _BOLD or re.search(
            r"font-weight\s*:\s*(?:bold|[6-9]00)", attrs.get("style") or ""
        ):
            frame.bold = True
            self.bold += 1
        if tag == "pre":
            frame.pre = True
            self.pre += 1
        if tag in ("main", "article") or (attrs.get("role") or "").lower() == "main":
            frame.content = True
            self.content += 1
        if tag in _HEADINGS:
            frame.owner = True
            self.owners.append(("h", _HEADINGS[tag]))
        elif tag in _LISTS:
            frame.list = True
            self.lists += 1
        elif tag == "li":
            frame.owner = True
            self.owners.append(("li", max(0, self.lists - 1)))
        elif tag == "table":
            frame.table = self.table_state(node)
            self.tables.append(frame.table)
        elif tag == "div" and node.mem_id not in self.grid_cells and (parts := _grid_parts(node)) is not None:
            # rows and cells laid out by class or ARIA role: read as the table it shows
            self.table_count += 1
            frame.table, frame.grid = _Table(self.table_count), True
            self.tables.append(frame.table)
            self.grid_rows.update(parts[0])
            self.grid_cells.update(parts[1])
        elif (tag == "tr" or node.mem_id in self.grid_rows) and self.tables and self.tables[-1] is not None:
            table = self.tables[-1]
            frame.row = True
            table.row += 1
            table.col = 0
            table.row_cells = []
            table.row_header = None
            table.header_row = not table.headers_done
        elif (tag in ("td", "th") or node.mem_id in self.grid_cells) and self.tables and self.tables[-1] is not None:
            frame.cell = self.cell_state(self.tables[-1], attrs)
            frame.owner = True
            self.owners.append(("cell", frame.cell))
        return frame

    def leave(self, frame: _Frame) -> None:
        if frame.block:
            self.heads_list = frame.heads_list
            self.flush()
            self.heads_list = False
        if frame.bold:
            self.bold -= 1
        if frame.pre:
            self.pre -= 1
        if frame.content:
            self.content -= 1
        if frame.owner:
            self.owners.pop()
        if frame.list:
            self.lists -= 1
        if frame.tag == "table" or frame.grid:
            self.tables.pop()
        if frame.row and self.tables and self.tables[-1] is not None:
            table = self.tables[-1]
            if table.header_row and any(text for _, _, text in table.row_cells):
                table.headers = {
                    col + i: text
                    for col, span, text in table.row_cells
                    for i in range(span)
                    if text
                }
                table.headers_done = True
        if frame.cell is not None:
            cell = frame.cell
            text = " ".join(cell.texts)
            cell.table.row_cells.append((cell.col, cell.span, text))
            if cell.col == 0:
                cell.table.row_header = text or None

    def skip(self, node: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in _DROP or tag.startswith("-"):
            return True
        if not attrs:
            return not self.content and tag in ("header", "footer")
        if tag == "label" and attrs.get("for"):
            return True
        role = (attrs.get("role") or "").lower()
        if role in _SKIP_ROLES:
            return True
        if not self.content:
            if tag in ("header", "footer") or role in _CHROME_ROLES:
                return True
            tokens = set((attrs.get("class") or "").lower().split()) | {
                (attrs.get("id") or "").lower()
            }
            if tokens & _SITE_CHROME and not self.protected(node):
                return True
        return _chrome_words(attrs) and not self.protected(node)

    def protected(self, node: LexborNode) -> bool:
        """Does a chrome-looking element hold the advert itself (the title, most text)?"""
        if node.css_first("h1") is not None:
            return True
        size = _text_len(node)
        return size > 400 and size > self.root_len * 0.5

    def table_state(self, node: LexborNode) -> _Table | None:
        """A data table's state, or None for a layout table (read as plain blocks)."""
        if (node.attributes.get("role") or "").lower() in ("presentation", "none"):
            return None
        me = node.mem_id  # css() matches the node itself too
        if any(n.mem_id != me for n in node.css("table, h1, h2, h3, h4, h5, h6")):
            return None
        if not any(len(row.css("td, th")) >= 2 for row in node.css("tr")):
            return None
        self.table_count += 1
        return _Table(self.table_count)

    def cell_state(self, table: _Table, attrs: dict[str, str | None]) -> _Cell:
        col = table.col
        row = max(table.row, 0)
        while (row, col) in table.occupied:
            col += 1
        span = _span(attrs.get("colspan"))
        for r in range(1, _span(attrs.get("rowspan"))):
            for c in range(col, col + span):
                table.occupied.add((row + r, c))
        table.col = col + span
        header = table.header_row
        return _Cell(
            table=table,
            row=row,
            col=col,
            span=span,
            column_header=None if header else table.headers.get(col),
            row_header=None if header or col == 0 else table.row_header,
        )

    # -- text --

    def text(self, value: str) -> None:
        bold = self.bold > 0
        if self.pre and "\n" in value:
            first, *rest = value.split("\n")
            self.lines[-1].append((first, bold))
            for part in rest:
                self.lines.append([(part, bold)])
        else:
            self.lines[-1].append((value, bold))

    def owner(self) -> tuple[str, object]:
        li: tuple[str, object] | None = None
        for kind, value in reversed(self.owners):
            if kind in ("h", "cell"):
                return kind, value
            if li is None:
                li = (kind, value)
        return li or ("p", None)

    def flush(self) -> None:
        lines = self.lines
        self.lines = [[]]
        texts: list[tuple[str, bool]] = []
        for line in lines:
            value = normalise_space("".join(t for t, _ in line))
            if value:
                texts.append((value, _all_bold(line)))
        if not texts:
            return
        kind, value = self.owner()
        if kind == "h":
            self.heading(" ".join(t for t, _ in texts), int(value))  # type: ignore[arg-type]
            return
        merged: list[tuple[str, bool]] = []
        for i, (line, bold) in enumerate(texts):
            if merged and _joins(texts[i - 1][0], line):
                merged[-1] = (f"{merged[-1][0]} {line}", merged[-1][1] and bold)
            else:
                merged.append((line, bold))
        heads_list, last = self.heads_list, len(merged) - 1
        for i, (line, bold) in enumerate(merged):
            self.heads_list = heads_list and i == last  # only the line right above the list
            self.emit(kind, value, line, bold)
        self.heads_list = heads_list

    def heading(self, text: str, level: int) -> None:
        self.last = (level, text)
        if level == 1 and self.first_h1 is None:
            self.first_h1 = text
        self.builder.heading(text, level, anchors=self.locator.anchors(text))

    def emit(self, kind: str, value: object, line: str, bold: bool) -> None:
        marker = bullet_prefix(line)
        if kind == "cell":
            cell: _Cell = value  # type: ignore[assignment]
            text = line[marker:] if marker and len(line) > marker else line
            cell.texts.append(text)
            anchors = self.locator.anchors(
                text, table=cell.table.index, row=cell.row + 1, col=cell.col + 1
            )
            self.builder.cell(text, anchors, cell.row, cell.col, cell.column_header, cell.row_header)
            return
        if kind == "li":
            text = line[marker:] if marker and len(line) > marker else line
            self.builder.add("list-item", text, anchors=self.locator.anchors(text), level=value)
            return
        if marker and len(line) > marker:
            text = line[marker:]
            self.builder.add("list-item", text, anchors=self.locator.anchors(text), level=0)
            return
        level = pseudo_heading(line) if bold or not label_prefix(line) else 0
        if not level and self.heads_list and kind == "p" and section_phrase(line):
            level = 1  # "What we are looking for" over a list, with no colon: a heading (as in plain text)
        if level:
            level = _nested_level(self.last, level)
            self.builder.heading(line, level, anchors=self.locator.anchors(line))
            return
        self.builder.add("paragraph", line, anchors=self.locator.anchors(line))


_LIST_OR_TABLE = ("ul", "ol", "table")
_GRID_ROWS = frozenset({"row", "tr", "table-row"})  # class names (or ARIA roles) of a <div> table's rows
_GRID_CELLS = frozenset({"cell", "td", "th", "table-cell", "gridcell", "columnheader", "rowheader"})


def _grid_kind(node: LexborNode, names: frozenset[str]) -> bool:
    """Does ``node``'s class or ARIA role name one of ``names``?"""
    attrs = node.attributes
    tokens = set((attrs.get("class") or "").lower().split()) | {(attrs.get("role") or "").lower()}
    return not tokens.isdisjoint(names)


def _grid_parts(node: LexborNode) -> tuple[list[int], list[int]] | None:
    """A table laid out with <div> elements: at least two child elements that are rows (class or
    role "row"), each row's child elements all cells (class "cell", role "cell" or "gridcell"), a
    row with two cells or more, and no heading or real table inside (a person specification as
    ``<div class="row"><div class="cell">Experience</div><div class="cell">...</div></div>``).
    The mem_ids of its rows and of its cells; ``None`` when it is no such table (a layout grid of
    "row" and "col" boxes has no cells)."""
    rows = [c for c in _element_children(node) if c.tag == "div"]
    if len(rows) < 2 or not all(_grid_kind(r, _GRID_ROWS) for r in rows):
        return None
    cells: list[int] = []
    wide = False
    for row in rows:
        inside = _element_children(row)
        if not inside or not all(c.tag == "div" and _grid_kind(c, _GRID_CELLS) for c in inside):
            return None
        wide = wide or len(inside) >= 2
        cells += [c.mem_id for c in inside]
    if not wide or node.css_first("table, h1, h2, h3, h4, h5, h6") is not None:
        return None
    return [r.mem_id for r in rows], cells


def _element_children(node: LexborNode) -> list[LexborNode]:
    """The child elements of ``node``."""
    found = []
    child = node.child
    while child is not None:
        if child.is_element_node:
            found.append(child)
        child = child.next
    return found


def _list_or_table_next(node: LexborNode) -> bool:
    """Is the next element after ``node``, past white space and comments, a list or a table?"""
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        if nxt.is_text_node and (nxt.text_content or "").strip():
            return False
        nxt = nxt.next
    return nxt is not None and (nxt.tag or "").lower() in _LIST_OR_TABLE


def _joins(previous: str, line: str) -> bool:
    """Does ``line`` carry on the sentence of the line before it (as in plain text)?"""
    return not bullet_prefix(line) and not pseudo_heading(line) and continues_sentence(previous, line)


def _nested_level(last: tuple[int, str] | None, level: int) -> int:
    """A pseudo-heading's level below ``last``, the real heading before it.

    Under a plain heading (the job title) it nests; after a heading that is itself a section
    name it keeps its tier ("Main duties" after ``<h2>Job summary</h2>`` is level 2).
    """
    if last is None:
        return level
    base, text = last
    return max(1, base + level - pseudo_heading(text))


def _all_bold(line: list[tuple[str, bool]]) -> bool:
    """Is every word of the line in bold (punctuation outside the bold is fine)?"""
    seen = False
    for text, bold in line:
        if not any(c.isalnum() for c in text):
            continue
        if not bold:
            return False
        seen = True
    return seen



def _span(value: str | None) -> int:
    try:
        return min(max(int(value or 1), 1), 100)
    except ValueError:
        return 1

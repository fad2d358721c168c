"""The Markdown reader: headings, lists, tables, inline markup, comments, anchors, sniffing."""

from __future__ import annotations

import codecs

import pytest
from reader_checks import assert_sound_blocks, block_starting, cell_grid, position, random_documents

from jdlint.errors import EmptyDocument
from jdlint.readers import read_bytes, read_text
from jdlint.readers.markdown import looks_like_markdown, read, read_markdown

ADVERT = """# Peer Support Worker

**Leeds Mind** is recruiting a *peer support worker* to join our [community team](https://example.org/team).
We value lived experience.

<!-- jdlint: ignore[LA001] reason="quoted from the service user panel" -->

## Job summary

You will use your own experience of mental health challenges to support people
in their recovery, working alongside `clinical` colleagues. <!-- jdlint: ignore[LA002] -->

Main duties:

- Build trusting relationships
- Co-produce recovery plans
  1. with the person
  2. with their carers

## Person specification

### Essential

* Lived experience of mental health challenges
* Good __communication__ skills

Desirable criteria:

* Experience of group work

| Criteria | Essential | Desirable |
|----------|-----------|-----------|
| Experience | Lived experience of recovery | Peer support training |
| Skills | **Listening** skills | |

> "Peer work changed my life" - a current peer worker.

![Team photo](team.jpg)

Closing date
============

Salary: £24,000
Hours: 37.5 per week
"""


@pytest.fixture(scope="module")
def doc():
    return read_markdown(ADVERT, "advert.md")


def test_headings_and_sections(doc) -> None:
    assert doc.format == "markdown"
    assert doc.title == "Peer Support Worker"
    headings = [(b.text, b.level, b.section) for b in doc.blocks if b.kind == "heading"]
    assert headings == [
        ("Peer Support Worker", 1, ()),
        ("Job summary", 2, ("Peer Support Worker",)),
        ("Main duties:", 2, ("Peer Support Worker",)),  # pseudo-heading, same tier
        ("Person specification", 2, ("Peer Support Worker",)),
        ("Essential", 3, ("Peer Support Worker", "Person specification")),
        ("Desirable criteria:", 3, ("Peer Support Worker", "Person specification")),
        ("Closing date", 1, ()),  # setext
    ]
    lived = block_starting(doc, "Lived experience of mental health")
    assert lived.kind == "list-item"
    assert lived.section == ("Peer Support Worker", "Person specification", "Essential")
    group = block_starting(doc, "Experience of group work")
    assert group.section_path == "Peer Support Worker > Person specification > Desirable criteria"
    assert block_starting(doc, "Salary").section == ("Closing date",)


def test_inline_markup_is_plain_text(doc) -> None:
    first = doc.blocks[1]
    assert first.kind == "paragraph"
    assert first.text == (
        "Leeds Mind is recruiting a peer support worker to join our community team."
    )
    assert "https://" not in doc.text
    assert "**" not in doc.text and "__" not in doc.text and "`" not in doc.text
    assert "Good communication skills" in doc.text
    assert "working alongside clinical colleagues." in doc.text
    assert "Team photo" not in doc.text  # image alt text is not advert text


def test_comments_are_not_text(doc) -> None:
    assert "jdlint" not in doc.text
    assert "ignore" not in doc.text
    para = block_starting(doc, "You will use")
    assert para.text.endswith("working alongside clinical colleagues.")


def test_paragraph_lines(doc) -> None:
    # a sentence wrapped over two lines is one block; separate sentences on separate
    # lines stay separate, as in plain text
    para = block_starting(doc, "You will use")
    assert "support people in their recovery" in para.text
    assert block_starting(doc, "We value lived experience.").kind == "paragraph"
    assert [b.text for b in doc.blocks[-2:]] == ["Salary: £24,000", "Hours: 37.5 per week"]
    at = para.text.index("in their recovery")
    assert (para.location(at).line, para.location(at).column) == position(
        ADVERT, "in their recovery"
    )


def test_lists(doc) -> None:
    items = [(b.text, b.level) for b in doc.blocks if b.kind == "list-item"]
    assert items[:4] == [
        ("Build trusting relationships", 0),
        ("Co-produce recovery plans", 0),
        ("with the person", 1),
        ("with their carers", 1),
    ]
    assert block_starting(doc, "Build trusting").section == ("Peer Support Worker", "Main duties")


def test_table(doc) -> None:
    cells = [b for b in doc.blocks if b.kind == "table-cell"]
    assert cell_grid(doc) == [
        ("Criteria", 0, 0),
        ("Essential", 0, 1),
        ("Desirable", 0, 2),
        ("Experience", 1, 0),
        ("Lived experience of recovery", 1, 1),
        ("Peer support training", 1, 2),
        ("Skills", 2, 0),
        ("Listening skills", 2, 1),
    ]
    lived = block_starting(doc, "Lived experience of recovery")
    assert lived.column_header == "Essential"
    assert lived.row_header == "Experience"
    assert block_starting(doc, "Peer support training").column_header == "Desirable"
    assert block_starting(doc, "Listening skills").row_header == "Skills"
    assert cells[0].column_header is None
    assert lived.section == ("Peer Support Worker", "Person specification", "Desirable criteria")
    loc = lived.location()
    assert (loc.table, loc.row, loc.col) == (1, 2, 2)
    assert (loc.line, loc.column) == position(ADVERT, "Lived experience of recovery")


def test_blockquote_is_a_paragraph(doc) -> None:
    quote = block_starting(doc, '"Peer work')
    assert quote.kind == "paragraph"
    assert quote.text == '"Peer work changed my life" - a current peer worker.'


@pytest.mark.parametrize(
    ("start", "needle"),
    [
        ("Peer Support Worker", "Peer Support Worker"),
        ("Leeds Mind", "Leeds Mind"),
        ("We value", "We value"),
        ("Job summary", "Job summary"),
        ("Main duties", "Main duties"),
        ("Build trusting", "Build trusting"),
        ("with the person", "with the person"),
        ("Essential", "Essential\n"),
        ("Good communication", "Good __"),
        ("Desirable criteria", "Desirable criteria"),
        ("Criteria", "Criteria |"),
        ("Listening skills", "Listening"),
        ('"Peer work', '"Peer work'),
        ("Closing date", "Closing date"),
        ("Hours", "Hours"),
    ],
)
def test_line_anchors(doc, start: str, needle: str) -> None:
    loc = block_starting(doc, start).location()
    assert (loc.line, loc.column) == position(ADVERT, needle)


def test_anchor_columns_follow_inline_markup(doc) -> None:
    first = doc.blocks[1]
    at = first.text.index("community team")
    assert (first.location(at).line, first.location(at).column) == position(
        ADVERT, "community team"
    )
    at = first.text.index("is recruiting")
    assert first.location(at).column == position(ADVERT, "is recruiting")[1]


def test_pseudo_headings_only_in_plain_paragraphs() -> None:
    doc = read_markdown(
        "Essential criteria:\n\n- Lived experience\n- Essential criteria:\n\n> Job summary\n"
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Essential criteria:"),
        ("list-item", "Lived experience"),
        ("list-item", "Essential criteria:"),
        ("paragraph", "Job summary"),
    ]
    assert doc.blocks[1].section == ("Essential criteria",)
    labelled = read_markdown("# Peer worker\n\nInterview date: 12 May\n\n**Interview:**\n")
    assert [b.kind for b in labelled.blocks] == ["heading", "paragraph", "heading"]


def test_setext_and_code() -> None:
    text = "Peer Mentor\n===========\n\nAbout you\n---------\n\n    indented text read as plain text.\n\n```\nfenced line\n```\n"
    doc = read_markdown(text)
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "Peer Mentor", 1),
        ("heading", "About you", 2),
        ("paragraph", "indented text read as plain text.", 0),
        ("paragraph", "fenced line", 0),
    ]
    assert doc.blocks[2].location().short() == "7:5"
    assert doc.blocks[3].location().short() == "10:1"


def test_html_blocks() -> None:
    doc = read_markdown(
        "<!--\njdlint: ignore[LA001]\n-->\n\n<div>\nPeer support &amp; recovery\n</div>\n"
    )
    assert [b.text for b in doc.blocks] == ["Peer support & recovery"]
    assert doc.blocks[0].location().line == 6
    with pytest.raises(EmptyDocument):
        read_markdown("<!-- jdlint: ignore[LA001] -->\n\n   \n")


def test_bullets_typed_in_paragraphs() -> None:
    doc = read_markdown("## Duties\n\n• Support people\n• Run groups\n")
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        ("list-item", "Support people"),
        ("list-item", "Run groups"),
    ]
    assert doc.blocks[2].location().short() == "4:3"


def test_read_bytes_encodings() -> None:
    text = "# Peer Support Worker\n\nIt’s a role for people with lived experience – £24k.\n"
    for data in (
        text.encode(),
        codecs.BOM_UTF8 + text.encode(),
        text.encode("utf-16"),
        text.encode("cp1252"),
        text.replace("\n", "\r\n").encode(),
    ):
        doc = read(data, "advert.md")
        assert [b.text for b in doc.blocks] == [
            "Peer Support Worker",
            "It’s a role for people with lived experience – £24k.",
        ]
        assert doc.blocks[1].location().short() == "3:1"
    assert read_bytes(text.encode(), "advert.md").format == "markdown"


@pytest.mark.parametrize(
    "text",
    [
        "# Peer Support Worker\n\nJoin us.",
        "Job title\n=========\n\nPeer worker",
        "| Criteria | Essential |\n|---|---|\n| Lived experience | Yes |\n",
        "Duties:\n- Support people\n- Run **groups**\n",
        "About us\n* one\n* two\n\nSee [our site](https://example.org).",
        "**Essential** and **Desirable** criteria, see [the spec](https://x.org/spec).",
    ],
)
def test_looks_like_markdown(text: str) -> None:
    assert looks_like_markdown(text)
    assert read_text(text).format == "markdown"


@pytest.mark.parametrize(
    "text",
    [
        "Peer Support Worker\n\nMain duties:\n• Support people\n• Run groups\n• Share your story\n",
        "Duties:\n- Support people\n- Run groups\n- Share your story\n",
        "Salary: £24,000 - £26,000 per year\nHours: 37.5\n",
        "We offer 27 days' leave * pro rata for part-time staff.\n",
        "",
    ],
)
def test_plain_adverts_are_not_markdown(text: str) -> None:
    assert not looks_like_markdown(text)


def test_pathological_markdown() -> None:
    # markdown-it drops text nested deeper than its limit: such input is read as plain text
    doc = read_markdown("> " * 10_000 + "Deep quote\n\n" + "- " * 5_000 + "Deep item\n")
    assert "Deep quote" in doc.text
    assert "Deep item" in doc.text
    assert doc.format == "markdown"
    assert any("plain text" in note for note in doc.notes)
    nested = "\n".join("  " * i + f"- item {i}" for i in range(12))
    doc = read_markdown(nested)
    assert not doc.notes
    assert [b.level for b in doc.blocks] == list(range(12))


_PIECES = ["# ", "## ", "- ", "* ", "1. ", "> ", "|", "---", "\n", "\n\n", "**", "_", "`", "```"]
_PIECES += ["[x](y)", "![a](b)", "<!--", "-->", "Essential criteria:", " words ", "  ", "===", "\t"]
_PIECES += ["<div>", "\\", "&amp;", "Peer support."]


@pytest.mark.parametrize("seed", range(10))
def test_random_markdown_gives_sound_blocks(seed: int) -> None:
    for doc in random_documents(read_markdown, _PIECES, seed, most=60):
        assert_sound_blocks(doc)


@pytest.mark.parametrize("label", ["**Lived Experience**:", "**Knowledge & Skills:**"])
def test_a_bold_label_under_a_requirement_heading_nests_in_it(label: str) -> None:
    text = f"# Peer Worker\n\n## Selection Criteria\n\n### Desirable\n\n{label}\n\n- Lived experience of psychosis\n\n## Pay\n\nGood pay.\n"
    blocks = read_markdown(text).blocks
    item = next(b for b in blocks if b.text == "Lived experience of psychosis")
    assert item.section[:3] == ("Peer Worker", "Selection Criteria", "Desirable")
    assert item.section[3] == label.replace("*", "").rstrip(":")
    pay = next(b for b in blocks if b.text == "Good pay.")
    assert pay.section == ("Peer Worker", "Pay")


_EDGE_TEXTS = [
    "# Heading", "   ## Three spaces", "    # four spaces: code", "####### seven", "###### six hashes",
    "a # not at the start", "#hashtag", "x\n  ### Role\ntext", "#\t tab", "## ", "\n#  x", "a\n####### b\n## c",
    "**bold** and _it_ and `code`", "snake_case_name and 2*3*4", "a **b** c __d__ [e](f) `g` h",
    "_lead and trail_ words*", "word_*x* y", "[link] (no)", "**\n**", "*a*_b_*c*",
]  # fmt: skip


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_the_fast_atx_scan_finds_what_the_line_expression_finds():
    """``_atx_heading`` jumps from "#" to "#"; it must agree with the multi-line expression."""
    from jdlint.readers.markdown import _ATX, _atx_heading

    texts = _EDGE_TEXTS + _random_texts("ab #\n\t*_`x", 20_000, 7)
    assert [bool(_ATX.search(t)) for t in texts] == [_atx_heading(t) for t in texts]
    assert any(_atx_heading(t) for t in texts) and not all(_atx_heading(t) for t in texts)


def test_the_inline_only_scan_gives_the_same_matches_without_line_syntax():
    """Without ">", "```" or "~~~" the inline-only expression finds the same matches, in order."""
    from jdlint.readers.markdown import _INLINE_ONLY, _INLINE_SYNTAX

    texts = [t for t in _EDGE_TEXTS + _random_texts("ab *_[]()`\n\t>~#-x1.", 20_000, 11)
             if ">" not in t and "```" not in t and "~~~" not in t]  # fmt: skip
    spans = [[m.span() for m in _INLINE_SYNTAX.finditer(t)] for t in texts]
    assert spans == [[m.span() for m in _INLINE_ONLY.finditer(t)] for t in texts]
    assert sum(map(len, spans)) > 1000  # the texts do hold inline syntax


_RULE_TEXTS = [
    "| Criteria | E/D |\n| --- | --- |\n| Lived experience | E |",
    "```\ncode block\n```\nand ~~~ tildes\n~~~\nmore\n~~~",
    "> a quote\n> carried on\n\nthen a paragraph",
    "See [the pack][pack] and [this](https://example.org).\n\n[pack]: https://example.org/pack",
    "<div>\n<p>html block</p>\n</div>\n\nText <b>bold</b> and <https://example.org> & &amp; done",
    "# Peer Support Worker\n\n## About the role\ntext\n###### six",
    "Escaped \\*stars\\* and a hard\\\nbreak, `code spans` and ![a logo](logo.png)",
    "Plain text: no markup at all - just dashes, colons: and * a list\n* of items\n\n1. one\n2. two",
    "Heading\n=======\n\nSub\n---\n\n    indented code\n\n***\n_emphasis_ and **strong**",
    "- item\n  - nested\n\n        code in the item\n\n1. one\n\n       two\n> quote\n>     code\n\tand a tab\n  \t mixed",
    "Windows\r\nline ends\r\n\r\nand an old Mac's\rand a NUL\x00 here",
]  # fmt: skip


@pytest.mark.parametrize("text", _RULE_TEXTS)
def test_a_parser_without_the_rules_a_text_cannot_use_gives_the_same_tokens(text):
    from markdown_it import MarkdownIt

    from jdlint.readers.markdown import _parser

    full = MarkdownIt("commonmark", {"maxNesting": 50}).enable("table")
    for variant in (text, text.replace("|", "/"), text.replace("<", "("), text.replace("[", "("),
                    text.replace("    ", "   ").replace("\t", " "), text.replace("    ", "\t")):  # fmt: skip
        expected = [token.as_dict() for token in full.parse(variant)]
        assert [token.as_dict() for token in _parser(variant).parse(variant)] == expected


def test_inline_content_with_no_inline_syntax_gives_the_tokens_of_the_inline_parser():
    """Paragraphs, headings and cells with none of the characters an inline rule starts at
    become one text token at once (``_inline``); with and without them the tokens, children
    and all, are markdown-it's own."""
    from markdown_it import MarkdownIt

    from jdlint.readers.markdown import _INLINE_START, _parser

    full = MarkdownIt("commonmark", {"maxNesting": 50}).enable("table")
    texts = [*_RULE_TEXTS, *_EDGE_TEXTS, "Pay: £25,674 - 30 hours; flexible working (ask us) #1!",
             "a line  \nwith a hard break\nand a soft one", "| a | b |\n| - | - |\n| c: d | e - f |"]  # fmt: skip
    texts += _random_texts("ab  \n#-:|*_[]!<&`\\().1", 3_000, 5)
    ways = {True: 0, False: 0}  # inline tokens taken the short way, and the parser's
    for text in texts:
        tokens = _parser(text).parse(text)
        assert [token.as_dict() for token in tokens] == [token.as_dict() for token in full.parse(text)]
        for token in tokens:
            if token.type == "inline":
                ways[_INLINE_START.search(token.content) is None] += 1
    assert ways[True] > 100 and ways[False] > 1000


def test_tidy_lines_and_their_points_are_found_as_by_splitting():
    """``_tidy`` answers as ``" ".join(text.split()) == text`` for every kind of white space
    and unprintable character, and ``_strip`` keeps a line from one place the short way with
    the same points as the long way (a second copy of the point sends it there)."""
    import random
    import sys

    from jdlint.readers.markdown import _Line, _strip, _tidy

    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    odd = [c for c in chars if c.isspace()] + [c for c in chars if not c.isprintable() and not c.isspace()][::500]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(["a", "b", " ", " ", "é", rng.choice(odd)]) for _ in range(rng.randrange(0, 8)))
        assert _tidy(text) == (" ".join(text.split()) == text), repr(text)
        point = (0, rng.randrange(1, 5), rng.randrange(1, 9))
        for bold in (True, False):
            assert _strip(_Line(text, [point], bold)) == _strip(_Line(text, [point, point], bold)), repr(text)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("What we're looking for", True),
        ("The candidate we are seeking", True),
        # twins: a sentence opening with the same words
        ("What we are looking for is a good listener", False),
        ("Your skills will grow with us.", False),
    ],
)
def test_a_section_phrase_over_a_list_is_a_heading(line: str, heading: bool) -> None:
    """As in plain text: a short paragraph asking for the applicant, with no colon, heads the list
    under it, so the list does not sit under the heading before ("Desirable")."""
    doc = read_bytes(f"# Peer Mentor\n\nDesirable\n\n- A full driving licence\n\n{line}\n\n- Lived experience of "
                     "psychosis\n".encode(), "advert.md")  # fmt: skip
    item = next(b for b in doc.blocks if b.text == "Lived experience of psychosis")
    assert (item.section[-1] == line) is heading, item.section


_FRONT = {
    "jekyll": '---\nlayout: job\ntitle: "Peer Support Worker"\nlocation: Leeds\n---\n\n',
    "hugo": '+++\ntitle = "Peer Mentor – Recovery College"\ndraft = false\n+++\n\n',
    "yaml-dots": "---\ntitle: Peer Support Worker\ntags: [peer, leeds]\n...\n\n",
}
_BODY = ("## About the role\n\nYou will support people in recovery on our community team.\n\n"
         "## Essential\n\n- Lived experience of mental health challenges.\n- Good listening skills.\n")


@pytest.mark.parametrize("kind", list(_FRONT))
def test_a_static_sites_front_matter_is_no_heading_and_gives_the_title(kind) -> None:
    """The class: a job template in a Jekyll or Hugo site opens with front matter; its keys
    were read as a heading (the closing "---" made the lines above a setext heading) and as
    the advert's title, and its title key was not read: "No clear title". Now its lines are
    no text, its title is the document title, and the lines after keep their numbers."""
    from jdlint.readers.markdown import read_markdown

    front = _FRONT[kind]
    document = read_markdown(front + _BODY, "job.md")
    texts = [b.text for b in document.blocks]
    assert texts[0] == "About the role" and not any("title" in t or "layout" in t or "draft" in t for t in texts)
    assert document.title == ("Peer Mentor – Recovery College" if kind == "hugo" else "Peer Support Worker")
    assert document.blocks[0].location(0).line == front.count("\n") + 1


def test_a_thematic_break_first_with_no_closing_line_is_not_front_matter() -> None:
    """The twin: a page that opens with a rule and never closes it keeps all its text."""
    from jdlint.readers.markdown import read_markdown

    document = read_markdown("---\n\n# Peer Support Worker\n\n" + _BODY, "job.md")
    assert document.title == "Peer Support Worker" and document.blocks[0].text == "Peer Support Worker"


@pytest.mark.parametrize("kind", [*_FRONT, None])
def test_words_added_at_the_start_go_after_the_front_matter(kind) -> None:
    from jdlint.fix import Edit, FixPlan
    from jdlint.fix_text import apply_text_plan
    from jdlint.readers.markdown import read_markdown

    source = (_FRONT[kind] if kind else "") + _BODY
    document = read_markdown(source, "job.md")
    plan = FixPlan(edits=(Edit("paragraph", -1, "Added first.", rule="SU001"),))
    revised = apply_text_plan(source.encode(), document, plan, notes=False).data.decode()
    front = _FRONT[kind] if kind else ""
    assert revised.startswith(front + "Added first.\n\n" if not kind else front.rstrip("\n") + "\n\nAdded first.\n\n")
    assert read_markdown(revised, "job.md").blocks[0].text == "Added first."


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_pasted_text_with_front_matter_is_read_as_markdown(newline) -> None:
    text = ("---\ntitle: Peer Support Worker\n---\n\nYou will support people in recovery.\n\n"
            "Lived experience of mental health challenges is essential.\n").replace("\n", newline)  # fmt: skip
    assert looks_like_markdown(text)
    document = read_text(text)
    assert document.title == "Peer Support Worker" and "title" not in document.blocks[0].text


def test_rules_around_the_title_are_not_front_matter() -> None:
    """The twin: a page that opens with a rule over its title and closes the block with
    another ("---", "# Peer Support Worker", text, "---") keeps every line."""
    document = read_markdown("---\n# Peer Support Worker\nYou will support people in recovery.\n---\n\n" + _BODY, "job.md")
    assert document.title == "Peer Support Worker" and document.blocks[0].text == "Peer Support Worker"

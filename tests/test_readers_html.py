"""The HTML reader: main content only, JSON-LD JobPosting, tables, lists, anchors, deep nesting."""

from __future__ import annotations

import codecs
import json

import pytest
from reader_checks import assert_sound_blocks, block_starting, cell_grid, position, random_documents

from jdlint.errors import EmptyDocument
from jdlint.readers import read_bytes
from jdlint.readers.html import decode, read, read_html

NHS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Peer Support Worker | Devon Partnership NHS Trust | NHS Jobs</title>
  <script>window.dataLayer = [{"page": "Peer support worker vacancy"}];</script>
  <style>.nhsuk-header { color: #005eb8 }</style>
</head>
<body class="js-enabled">
  <a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
  <div id="nhsuk-cookie-banner">
    <h2>Cookies on the NHS Jobs website</h2>
    <p>We've put some small files called cookies on your device.</p>
    <button>I'm OK with analytics cookies</button>
  </div>
  <header class="nhsuk-header" role="banner">
    <div class="nhsuk-header__logo"><h1>NHS Jobs</h1></div>
    <nav class="nhsuk-header__navigation" id="header-navigation">
      <ul><li><a href="/">Home</a></li><li><a href="/search">Search for jobs</a></li></ul>
    </nav>
  </header>
  <div class="nhsuk-width-container">
    <nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol><li>Home</li><li>Search results</li><li>Peer Support Worker</li></ol>
    </nav>
    <main class="nhsuk-main-wrapper" id="maincontent">
      <article>
        <header><h1 id="heading">Peer Support Worker</h1><p>Devon Partnership NHS Trust</p></header>
        <h2>Job summary</h2>
        <p>The role of peer support worker has been developed specifically for people who
           have lived experience of mental health challenges &amp; recovery.</p>
        <p><strong>Main duties of the job</strong></p>
        <ul>
          <li>Share your own experience of recovery where it helps</li>
          <li>Support people to set their own goals
            <ul>
              <li>including <em>wellbeing</em> plans</li>
            </ul>
          </li>
        </ul>
        <p>Salary: £24,071 a year<br>Hours: 37.5 a week<br>Closing date: 12 May 2025</p>
        <p>We are an inclusive employer and<br>we welcome applications from all communities.</p>
        <h2>Person specification</h2>
        <table class="person-spec">
          <thead><tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr></thead>
          <tbody>
            <tr><th scope="row">Experience</th><td>Lived experience of mental health challenges</td><td>Experience of working in the NHS</td></tr>
            <tr><th scope="row">Qualifications</th><td><ul><li>Good literacy</li><li>Good numeracy</li></ul></td><td></td></tr>
          </tbody>
        </table>
        <div class="social-care-note"><p>This post is part of our social care partnership.</p></div>
        <div class="share-this-job"><a href="#">Share on Facebook</a></div>
        <form><label for="email">Email me jobs like this</label><input id="email"><button>Subscribe</button></form>
      </article>
      <aside><h2>Related jobs</h2><p>Another vacancy</p></aside>
      <div class="related-jobs"><p>Support Time Recovery Worker</p></div>
    </main>
  </div>
  <footer class="nhsuk-footer"><p>&copy; NHS England 2025</p></footer>
  <script type="text/javascript">document.write("<p>Injected text</p>");</script>
</body>
</html>
"""

CHROME_TEXT = (
    "Skip to main content",
    "cookies",
    "NHS Jobs",
    "Search for jobs",
    "Search results",
    "Share on Facebook",
    "Email me jobs",
    "Subscribe",
    "Related jobs",
    "Another vacancy",
    "Support Time Recovery Worker",
    "NHS England 2025",
    "Injected text",
    "dataLayer",
    "color",
)


@pytest.fixture(scope="module")
def nhs():
    return read(NHS_PAGE.encode("utf-8"), "advert.html")


def test_only_main_content(nhs) -> None:
    assert nhs.format == "html"
    assert nhs.path == "advert.html"
    for chrome in CHROME_TEXT:
        assert chrome not in nhs.text, chrome
    assert nhs.blocks[0].text == "Peer Support Worker"
    assert nhs.title == "Peer Support Worker"
    assert "This post is part of our social care partnership." in nhs.text  # not "social" chrome


def test_headings_and_sections(nhs) -> None:
    headings = [(b.text, b.level, b.section) for b in nhs.blocks if b.kind == "heading"]
    assert headings == [
        ("Peer Support Worker", 1, ()),
        ("Job summary", 2, ("Peer Support Worker",)),
        # <strong> pseudo-heading after the section name "Job summary": same tier
        ("Main duties of the job", 2, ("Peer Support Worker",)),
        ("Person specification", 2, ("Peer Support Worker",)),
    ]
    para = block_starting(nhs, "The role of peer support worker")
    assert para.kind == "paragraph"
    assert para.section == ("Peer Support Worker", "Job summary")
    assert para.text.endswith("mental health challenges & recovery.")
    assert block_starting(nhs, "Devon Partnership").section == ("Peer Support Worker",)


def test_lists_and_nesting(nhs) -> None:
    items = [(b.text, b.level) for b in nhs.blocks if b.kind == "list-item"]
    assert items == [
        ("Share your own experience of recovery where it helps", 0),
        ("Support people to set their own goals", 0),
        ("including wellbeing plans", 1),
    ]
    assert block_starting(nhs, "Share your own").section == (
        "Peer Support Worker",
        "Main duties of the job",
    )


def test_br_lines(nhs) -> None:
    texts = [b.text for b in nhs.blocks]
    assert "Salary: £24,071 a year" in texts
    assert "Hours: 37.5 a week" in texts
    assert "Closing date: 12 May 2025" in texts
    # a br-line that carries on the sentence is joined
    assert "We are an inclusive employer and we welcome applications from all communities." in texts


def test_person_spec_table(nhs) -> None:
    cells = [b for b in nhs.blocks if b.kind == "table-cell"]
    assert cell_grid(nhs) == [
        ("Criteria", 0, 0),
        ("Essential", 0, 1),
        ("Desirable", 0, 2),
        ("Experience", 1, 0),
        ("Lived experience of mental health challenges", 1, 1),
        ("Experience of working in the NHS", 1, 2),
        ("Qualifications", 2, 0),
        ("Good literacy", 2, 1),
        ("Good numeracy", 2, 1),
    ]
    lived = block_starting(nhs, "Lived experience of mental health")
    assert lived.column_header == "Essential"
    assert lived.row_header == "Experience"
    assert lived.section == ("Peer Support Worker", "Person specification")
    assert block_starting(nhs, "Experience of working in the NHS").column_header == "Desirable"
    assert block_starting(nhs, "Good numeracy").column_header == "Essential"
    assert block_starting(nhs, "Good numeracy").row_header == "Qualifications"
    assert cells[0].column_header is None and cells[0].row_header is None
    assert cells[3].column_header == "Criteria" and cells[3].row_header is None
    loc = lived.location()
    assert (loc.table, loc.row, loc.col) == (1, 2, 2)
    assert (loc.line, loc.column) == position(NHS_PAGE, "Lived experience of mental health")


def test_line_anchors(nhs) -> None:
    for start, needle in (
        ("Peer Support Worker", "Peer Support Worker</h1>"),
        ("Devon Partnership", "Devon Partnership NHS Trust</p>"),
        ("Job summary", "Job summary</h2>"),
        ("Main duties of the job", "Main duties of the job"),
        ("Share your own experience", "Share your own experience"),
        ("including", "including"),
        ("Hours: 37.5", "Hours: 37.5"),
        ("Person specification", "Person specification</h2>"),
        ("Essential", "Essential</th>"),
        ("Good numeracy", "Good numeracy"),
    ):
        loc = block_starting(nhs, start).location()
        assert (loc.line, loc.column) == position(NHS_PAGE, needle), start
    para = block_starting(nhs, "The role of peer support worker")
    # a paragraph wrapped in the source has an anchor where each source line starts
    have = para.text.index("have lived")
    assert (para.location(have).line, para.location(have).column) == position(
        NHS_PAGE, "have lived"
    )
    # after an entity the columns stay right
    rec = para.text.index("recovery.")
    assert (para.location(rec).line, para.location(rec).column) == position(
        NHS_PAGE, "recovery.</p>"
    )
    wellbeing = block_starting(nhs, "including")
    at = wellbeing.text.index("plans")
    assert (wellbeing.location(at).line, wellbeing.location(at).column) == position(
        NHS_PAGE, "plans</li>"
    )


JSON_LD_PAGE = """<!doctype html>
<html><head>
<title>Careers at Leeds Mind</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org/",
  "@graph": [
    {"@type": "Organization", "name": "Leeds Mind", "description": "A local mental health charity."},
    {
      "@type": "JobPosting",
      "title": "Peer Support Worker &amp; Recovery Coach",
      "datePosted": "2025-05-01",
      "description": "<p>We are looking for a <strong>Peer Support Worker</strong> with lived experience of mental health challenges.</p><p><strong>Essential criteria</strong></p><ul><li>Lived experience of mental distress and recovery</li><li>Able to use your experience to inspire hope</li></ul><p>Closing date: 1 June 2025</p>",
      "hiringOrganization": {"@type": "Organization", "name": "Leeds Mind"}
    }
  ]
}
</script>
</head>
<body>
  <nav class="menu"><a href="/">Home</a></nav>
  <div id="app"><p>Loading vacancy…</p></div>
</body></html>
"""


def test_json_ld_job_posting() -> None:
    doc = read_html(JSON_LD_PAGE, "job.html")
    assert doc.title == "Peer Support Worker & Recovery Coach"
    assert any("JSON-LD" in note for note in doc.notes)
    assert "Loading" not in doc.text
    assert "Home" not in doc.text
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (
            "paragraph",
            "We are looking for a Peer Support Worker with lived experience of mental health challenges.",
        ),
        ("heading", "Essential criteria"),
        ("list-item", "Lived experience of mental distress and recovery"),
        ("list-item", "Able to use your experience to inspire hope"),
        ("paragraph", "Closing date: 1 June 2025"),
    ]
    item = block_starting(doc, "Lived experience of mental distress")
    assert item.section == ("Essential criteria",)
    # anchors point into the JSON-LD script of the page
    loc = item.location()
    assert (loc.line, loc.column) == position(JSON_LD_PAGE, "Lived experience of mental distress")


def test_json_ld_ignored_when_visible_content_is_full() -> None:
    body = "".join(
        f"<p>Paragraph {i} about peer support and lived experience.</p>" for i in range(20)
    )
    page = JSON_LD_PAGE.replace(
        '<div id="app"><p>Loading vacancy…</p></div>', f"<main><h1>Peer worker</h1>{body}</main>"
    )
    doc = read_html(page)
    assert not doc.notes
    assert doc.title == "Peer worker"
    assert "Paragraph 19 about peer support" in doc.text
    assert "Able to use your experience" not in doc.text


def test_json_ld_plain_text_and_escaped_descriptions() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": ["JobPosting"],
        "title": "Peer Mentor",
        "description": "About the role\nYou will mentor people in recovery.\n\nEssential criteria:\nLived experience of addiction",
    }
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'
    doc = read_html(page)
    assert doc.title == "Peer Mentor"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "About the role"),
        ("paragraph", "You will mentor people in recovery."),
        ("heading", "Essential criteria:"),
        ("paragraph", "Lived experience of addiction"),
    ]
    assert doc.blocks[3].section == ("About the role", "Essential criteria")
    posting["description"] = (
        "&lt;p&gt;Escaped &amp;lt;b&amp;gt; markup for a peer mentor.&lt;/p&gt;"
    )
    page = f'<html><head><script type="application/ld+json">{json.dumps([posting])}</script></head></html>'
    assert read_html(page).blocks[0].text == "Escaped <b> markup for a peer mentor."


@pytest.mark.parametrize(
    "script",
    ['{"@type": "JobPosting", ', "[" * 100_000, '{"@type": "JobPosting", "description": 42}'],
    ids=["truncated", "deep", "no-description"],
)
def test_broken_json_ld_is_ignored(script: str) -> None:
    page = f'<script type="application/ld+json">{script}</script><main><p>Peer support worker wanted.</p></main>'
    assert read_html(page).text == "Peer support worker wanted."


NESTED_LISTS = """<main>
<h2>Duties</h2>
<ol>
  <li>Level zero
    <ul>
      <li>Level one
        <ul><li><p>Level two in a paragraph</p></li></ul>
      </li>
      <li>Level one again</li>
    </ul>
    tail of level zero
  </li>
  <li>• Typed bullet inside an item</li>
</ol>
<dl><dt>Salary</dt><dd>£24,071 per year</dd></dl>
</main>"""


def test_nested_lists() -> None:
    doc = read_html(NESTED_LISTS)
    items = [(b.kind, b.text, b.level) for b in doc.blocks if b.kind == "list-item"]
    assert items == [
        ("list-item", "Level zero", 0),
        ("list-item", "Level one", 1),
        ("list-item", "Level two in a paragraph", 2),
        ("list-item", "Level one again", 1),
        ("list-item", "tail of level zero", 0),
        ("list-item", "Typed bullet inside an item", 0),
    ]
    assert all(b.section == ("Duties",) for b in doc.blocks[1:])
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["Salary", "£24,071 per year"]
    loc = block_starting(doc, "Level two").location()
    assert (loc.line, loc.column) == position(NESTED_LISTS, "Level two")
    assert loc.short() == "7:20"


def test_deeply_nested_divs_do_not_crash() -> None:
    depth = 100_000
    page = (
        "<html><body>"
        + "<div>" * depth
        + "Peer support worker needed."
        + "</div>" * depth
        + "</body></html>"
    )
    doc = read_html(page)
    assert doc.text == "Peer support worker needed."
    assert any("nested" in note for note in doc.notes)
    assert doc.blocks[0].location().line == 1


@pytest.mark.parametrize(
    "page",
    [
        "<ul>" + "<li><ul>" * 20_000 + "<li>Deep item</li>",
        "<table><tr><td>" * 5_000 + "Deep cell",
        "<span>" * 100_000 + "Deep span",
        "<p>" * 50_000 + "Many paragraphs",
        "<b><i>" * 50_000 + "Misnested <p>text</b></i>",
    ],
    ids=["lists", "tables", "spans", "paragraphs", "formatting"],
)
def test_other_pathological_nesting(page: str) -> None:
    doc = read_html(page)
    assert doc.blocks
    assert doc.text.split()[-1] in page


def test_ordinary_pages_are_not_flattened(nhs) -> None:
    assert not nhs.notes
    paragraphs = "<p>Short line." * 3000  # unclosed <p>s close each other
    doc = read_html(f"<main>{paragraphs}</main>")
    assert not doc.notes
    assert len(doc.blocks) == 3000


def test_job_description_container_is_the_root() -> None:
    page = """<html><body>
    <div class="top-bar"><p>Sign in to apply for jobs and save searches</p></div>
    <div id="sidebar"><p>Filter jobs by location, salary and contract type</p></div>
    <div class="vacancy-wrapper"><div id="job-description">
      <h2>About the role</h2>
      <p>You will use your lived experience of mental health challenges to support others.</p>
    </div></div>
    <div class="footer"><p>Registered charity 12345</p></div>
    </body></html>"""
    doc = read_html(page)
    assert [b.text for b in doc.blocks] == [
        "About the role",
        "You will use your lived experience of mental health challenges to support others.",
    ]


def test_body_root_drops_site_chrome() -> None:
    page = """<body>
    <div id="header"><p>Mind Jobs</p></div>
    <div class="cookieConsent"><p>Accept all cookies</p></div>
    <h1>Recovery Worker</h1>
    <p><b>Essential criteria</b></p>
    <p>Lived experience of using mental health services.</p>
    <p><b>Working with us</b></p>
    <div class="newsletter-signup"><p>Sign up to our newsletter</p></div>
    <footer><p>Copyright Mind</p></footer>
    </body>"""
    doc = read_html(page)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Recovery Worker"),
        ("heading", "Essential criteria"),
        ("paragraph", "Lived experience of using mental health services."),
        ("paragraph", "Working with us"),  # bold, but not a section name
    ]
    assert doc.blocks[2].section == ("Recovery Worker", "Essential criteria")


def test_chrome_words_do_not_drop_the_advert() -> None:
    words = " ".join(["Lived experience matters to us."] * 30)
    page = f'<body class="has-cookie-banner"><div class="page-with-navigation"><p>{words}</p></div></body>'
    assert read_html(page).text == words


def test_layout_and_spanning_tables() -> None:
    page = """<main>
    <table><tr><td><p>Layout cell paragraph.</p></td></tr><tr><td>Second layout row.</td></tr></table>
    <table>
      <tr><td>Criteria</td><td>Essential</td><td>Desirable</td></tr>
      <tr><td rowspan="2">Experience</td><td colspan="2">Lived experience of recovery</td></tr>
      <tr><td>Peer training</td><td>Group work</td></tr>
    </table></main>"""
    doc = read_html(page)
    assert [b.kind for b in doc.blocks[:2]] == ["paragraph", "paragraph"]
    cells = {b.text: b for b in doc.blocks if b.kind == "table-cell"}
    assert cells["Lived experience of recovery"].column == 1
    assert cells["Lived experience of recovery"].column_header == "Essential"
    assert (cells["Peer training"].row, cells["Peer training"].column) == (2, 1)
    assert cells["Group work"].column == 2
    assert cells["Group work"].column_header == "Desirable"
    assert cells["Criteria"].location().table == 1  # the layout table is not counted


# A table laid out with <div> elements, rows and cells named by class or ARIA role (a person
# specification as a CSS grid): read as the table it shows, the first row its column headers.
DIV_TABLES = [
    """<main><h2>Person specification</h2><div class="spec">
    <div class="row head"><div class="cell">Area</div><div class="cell">Essential</div><div class="cell">Desirable</div></div>
    <div class="row"><div class="cell">Experience</div><div class="cell">Lived experience of homelessness</div>
    <div class="cell">Group work</div></div></div></main>""",
    """<main><div role="table">
    <div role="row"><div role="columnheader">Criteria</div><div role="columnheader">Essential</div>
    <div role="columnheader">Desirable</div></div>
    <div role="row"><div role="cell">Experience</div><div role="cell">Lived experience of homelessness</div>
    <div role="cell">Group work</div></div></div></main>""",
]


@pytest.mark.parametrize("page", DIV_TABLES)
def test_div_rows_and_cells_are_a_table(page: str) -> None:
    cells = {b.text: b for b in read_html(page).blocks if b.kind == "table-cell"}
    assert cells["Lived experience of homelessness"].column_header == "Essential"
    assert cells["Group work"].column_header == "Desirable"
    assert (cells["Group work"].row, cells["Group work"].column) == (1, 2)


def test_a_criteria_level_line_heads_the_definition_list_under_it() -> None:
    # "Key selection criteria: desirable" in a <div> over a <dl>: a heading, not a "Label: value" line
    page = """<main><h1>Peer Worker</h1><div class="section-title">Key selection criteria: desirable</div>
    <dl><dt>Lived experience</dt><dd>Lived experience of homelessness.</dd></dl>
    <div>Salary: $41.20 per hour</div></main>"""
    doc = read_html(page)
    heading = next(b for b in doc.blocks if b.text == "Key selection criteria: desirable")
    assert heading.kind == "heading"
    assert next(b for b in doc.blocks if b.text == "Salary: $41.20 per hour").kind == "paragraph"  # twin: a label


def test_a_layout_grid_of_rows_and_columns_is_not_a_table() -> None:
    # twin: a Bootstrap-style layout ("row" boxes holding "col" boxes) and a lone row stay blocks
    page = """<main><div class="container">
    <div class="row"><div class="col-md-6">Lived experience of homelessness</div><div class="col-md-6">Group work</div></div>
    <div class="row"><div class="col-md-12">Apply by Friday.</div></div></div>
    <div><div class="row"><div class="cell">One</div><div class="cell">Two</div></div></div></main>"""
    assert not [b for b in read_html(page).blocks if b.kind == "table-cell"]


def test_pre_and_headings_with_breaks() -> None:
    doc = read_html(
        "<main><h2>Person<br>specification</h2><pre>Essential:\nLived experience</pre></main>"
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Person specification"),
        ("heading", "Essential:"),
        ("paragraph", "Lived experience"),
    ]


def test_charsets() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body><p>It\x92s \xa324k</p></body></html>'
    )
    assert read(page.encode("latin-1")).text == "It’s £24k"
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>It\x92s</p>'
    assert read(page.encode("latin-1")).text == "It’s"  # latin-1 is read as windows-1252
    wrong = '<meta charset="utf-8"><p>It\x92s \xa324k</p>'.encode("latin-1")
    assert read(wrong).text == "It’s £24k"  # a wrong declaration falls back to sniffing
    text = "<html><body><p>Peer support – £24k</p></body></html>"
    assert read(codecs.BOM_UTF16_LE + text.encode("utf-16-le")).text == "Peer support – £24k"
    assert read(codecs.BOM_UTF8 + text.encode()).text == "Peer support – £24k"
    assert (
        decode(b'<meta charset="no-such-codec"><p>ok</p>')
        == '<meta charset="no-such-codec"><p>ok</p>'
    )
    assert read_bytes(text.encode("utf-16"), "advert.html").format == "html"


def test_empty_pages() -> None:
    with pytest.raises(EmptyDocument):
        read_html("<html><head><title>Jobs</title></head><body></body></html>")
    with pytest.raises(EmptyDocument):
        read_html("<body><nav><a>Home</a></nav><script>var a = 1;</script></body>")


def test_title_falls_back_to_page_title() -> None:
    doc = read_html(
        "<html><head><title>Peer Worker | Mind</title></head><body><p>Join us.</p></body></html>"
    )
    assert doc.title == "Peer Worker"


_PIECES = ["<div>", "</div>", "<p>", "</p>", "<table>", "<tr>", "<td>", "<th colspan=3>", "</td>"]
_PIECES += ["</table>", "<ul>", "<li>", "</li>", "</ul>", "<br>", "<b>", "</b>", "<h2>", "</h2>"]
_PIECES += ["Essential criteria", " text ", "&amp;", "&#146;", "&bogus;", "<!--", "-->", "\n"]
_PIECES += ["<script>", "</script>", "<nav>", "<main>", "<header>", "</header>", "<pre>", "<svg>"]
_PIECES += ["<![CDATA[", "]]>", "<a href='x>y'>", '"', "<", ">", "<td rowspan=99999>", "<dd>"]


@pytest.mark.parametrize("seed", range(10))
def test_random_html_gives_sound_blocks(seed: int) -> None:
    for doc in random_documents(read_html, _PIECES, seed, most=80):
        assert_sound_blocks(doc)


# --- class: a section phrase asking for the applicant ("What we are looking for") in a <p> or
# <div>, with no colon or full stop, heads the list or the table right after it (as in plain
# text, Markdown and Word), so that list does not sit under the heading before ("Desirable") ---
SECTION_PHRASES = [
    ("<p>What we are looking for</p>", "What we are looking for", True),
    ("<p><b>The person we’re seeking</b></p>\n<!-- spec -->\n", "The person we’re seeking", True),
    ("<div>Your skills and experience", "Your skills and experience", True),  # the list inside the div
    ("<p>Some background first<br>Who we're looking for</p>", "Who we're looking for", True),
    # twins: a sentence opening with the same words; the phrase over a paragraph, not the list
    ("<p>What we are looking for is someone who listens</p>", "What we are looking for is someone who listens",
     False),
    ("<p>What we are looking for</p><p>Someone kind and patient.</p>", "What we are looking for", False),
]


@pytest.mark.parametrize(("middle", "line", "heading"), SECTION_PHRASES)
def test_a_section_phrase_over_a_list_is_a_heading(middle: str, line: str, heading: bool) -> None:
    close = "</div>" if middle.startswith("<div>") else ""
    page = ("<html><body><h1>Peer Mentor</h1><h2>Desirable</h2><ul><li>A full driving licence</li></ul>"
            f"{middle}<ul><li>Personal experience of the care system</li></ul>{close}</body></html>")
    doc = read_html(page, "advert.html")
    assert [b.kind for b in doc.blocks if b.text == line] == ["heading" if heading else "paragraph"]
    item = next(b for b in doc.blocks if b.text == "Personal experience of the care system")
    assert ("Desirable" not in item.section) is heading, item.section


def test_a_section_phrase_over_a_table_is_a_heading() -> None:
    page = ("<html><body><h1>Peer Mentor</h1><h2>Desirable</h2><ul><li>A full driving licence</li></ul>"
            "<p>The person we're seeking</p><table><tr><th>Criteria</th><th>Detail</th></tr>"
            "<tr><td>Experience</td><td>Lived experience of homelessness</td></tr></table></body></html>")
    doc = read_html(page, "advert.html")
    assert [b.kind for b in doc.blocks if b.text == "The person we're seeking"] == ["heading"]


# --- blind137 lx30: a person specification laid out as <div> rows and cells (class "row"/"cell", or
# ARIA roles) is a table: each cell under its column's header, so a Desirable column keeps its level ---
@pytest.mark.parametrize(
    "grid",
    [
        '<div class="spec"><div class="row head"><div class="cell">Area</div><div class="cell">Essential</div>'
        '<div class="cell">Desirable</div></div><div class="row"><div class="cell">Experience</div>'
        '<div class="cell">Experience of running support groups</div><div class="cell">Lived experience of '
        "addiction recovery</div></div></div>",
        '<div role="table"><div role="row"><div role="columnheader">Criteria</div><div role="columnheader">'
        'Essential</div><div role="columnheader">Desirable</div></div><div role="row"><div role="cell">'
        'Experience</div><div role="cell">Experience of running support groups</div><div role="cell">Lived '
        "experience of addiction recovery</div></div></div>",
    ],
)
def test_a_grid_of_div_rows_and_cells_is_a_table(grid: str) -> None:
    doc = read_html(f"<html><body><h1>Engagement Officer</h1><h2>Person specification</h2>{grid}</body></html>")
    lived = block_starting(doc, "Lived experience of addiction")
    assert lived.kind == "table-cell" and lived.column_header == "Desirable" and lived.row_header == "Experience"
    assert block_starting(doc, "Experience of running").column_header == "Essential"


@pytest.mark.parametrize(
    "divs",
    [
        # twins: rows of one cell each, and rows of Bootstrap-style columns (a page layout), stay plain blocks
        '<div><div class="row"><div class="cell">Essential</div></div><div class="row"><div class="cell">Lived '
        "experience of addiction recovery</div></div></div>",
        '<div><div class="row"><div class="col-md-6">Essential</div><div class="col-md-6">Desirable</div>'
        '</div><div class="row"><div class="col-md-6">Experience</div><div class="col-md-6">Lived experience of '
        "addiction recovery</div></div></div>",
    ],
)
def test_div_rows_that_are_no_grid_stay_blocks(divs: str) -> None:
    doc = read_html(f"<html><body><h1>Engagement Officer</h1>{divs}</body></html>")
    assert block_starting(doc, "Lived experience of addiction").kind != "table-cell"


# --- h-role (blind151 ml25): a sidebar beside the page's <main> that continues the advert in prose (an
# <aside> or role="complementary" after the content, outside the site's chrome) is read after the content;
# page furniture stays out: a sidebar named for chrome by its attributes or its first heading ("Similar
# jobs", "Related vacancies", "Share this job"), one that is mostly links, or one inside the footer ---
_SIDE_MAIN = ("<main><h1>Peer Support Worker</h1><p>Harbour Lane Recovery Service is looking for a peer support worker "
              "to join our community team and support adults in recovery from addiction across the city.</p>"
              "<h2>Requirements</h2><ul><li>Lived experience of recovery from addiction is essential.</li></ul></main>")


@pytest.mark.parametrize(
    ("aside", "sentence", "kept"),
    [
        ('<aside class="sidebar"><h3>How we recruit</h3><p>Interviews are held by a panel that includes one of '
         "our peer support workers.</p></aside>", "Interviews are held by a panel", True),
        ('<div role="complementary"><p>Shortlisting is done together with members of our lived experience '
         "advisory group.</p></div>", "Shortlisting is done together", True),
        # twins: page furniture beside the content stays out
        ("<aside><h3>Similar jobs</h3><ul><li><a href=\"/j/1\">Peer Mentor, Leeds</a></li><li><a href=\"/j/2\">"
         "Recovery Worker, York</a></li></ul></aside>", "Peer Mentor, Leeds", False),
        ("<aside><h3>Related vacancies</h3><p>Peer mentor roles are also open in our Bristol team this month.</p>"
         "</aside>", "Peer mentor roles are also open", False),
        ('<aside class="share-this-job"><p>Tell a friend who would be good at this job about it today.</p></aside>',
         "Tell a friend", False),
        ("<footer><aside><p>Our charity has supported people in recovery across the region since 1990.</p></aside>"
         "</footer>", "Our charity has supported", False),
        ('<aside><p>Read more in <a href="/a">our news</a> and <a href="/b">our annual report for this year</a>.'
         "</p></aside>", "Read more in", False),
        # (h-rev review) a sidebar of prose that is the site's news, staff stories or testimonials, events
        # or other jobs, named so by its heading or its class: page furniture, not the advert
        ("<aside><h3>Latest news</h3><p>Our peer team shared their recovery stories at the city conference.</p>"
         "</aside>", "Our peer team shared", False),
        ("<aside><h3>What our staff say</h3><p>I share my own story when it helps someone feel less alone.</p>"
         "</aside>", "I share my own story", False),
        ('<aside class="staff-testimonials"><p>Working here taught me to hold my boundaries with kindness.</p>'
         "</aside>", "Working here taught me", False),
        ("<aside><h3>Featured jobs</h3><p>Peer Mentor in our Leeds hub, working with young people in recovery.</p>"
         "</aside>", "Peer Mentor in our Leeds hub", False),
        # twins: the advert's own sidebar about the post, whatever words its prose holds, is still read
        ("<aside><h3>About the role</h3><p>Our peer team shares recovery stories at events across the city.</p>"
         "</aside>", "Our peer team shares", True),
        ('<aside class="job-details"><h3>How to apply</h3><p>Send us a short letter about why peer work matters '
         "to you.</p></aside>", "Send us a short letter", True),
    ],
)  # fmt: skip
def test_a_sidebar_of_prose_beside_the_content_is_read(aside: str, sentence: str, kept: bool) -> None:
    doc = read_html(f"<html><body><nav><a href=\"/\">Home</a></nav>{_SIDE_MAIN}{aside}</body></html>")
    text = "\n".join(b.text for b in doc.blocks)
    assert (sentence in text) == kept, text
    assert "Lived experience of recovery from addiction is essential." in text
    if kept:  # under the page's title, not inside the content's last section ("Requirements")
        assert block_starting(doc, sentence).section[:1] == ("Peer Support Worker",)
        assert "Requirements" not in block_starting(doc, sentence).section

"""The revised Markdown and HTML advert says why each change was made: an HTML comment beside
each change with the Word comment's text (rule, reason with the criterion's label, source).

Whole invented adverts (two variants of each class, never a real advert) through the real
``jdlint fix`` and ``jdlint check`` commands; the Markdown is rendered with markdown-it, the
parser the reader uses, to show the notes hide and leave the table whole.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from checking import variants
from click.testing import CliRunner
from markdown_it import MarkdownIt

from jdlint.cli import main
from jdlint.fix import Edit
from jdlint.fix_text import _note_place, note
from jdlint.suppress import DIRECTIVE

VARIANTS = variants("notes")
NOTE = re.compile(r"<!-- jdlint [A-Z]{2}\d{3}: .*? -->")


def _markdown(v: dict) -> str:
    return (f"# {v['title']}\n\n**Salary:** £24,000 a year, 37.5 hours a week\n\n## About the role\n\n{v['summary']}\n\n"
            f"## Main duties\n\n- Meet people in the community to plan the next steps with them.\n- {v['duty']}\n"
            "- Run a weekly walking group --> outdoors, whatever the weather.\n\n"
            "## Person specification\n\n| Area | Essential | Desirable |\n| --- | --- | --- |\n"
            f"| Experience | Experience of helping people, paid or unpaid. | {v['desirable']} |\n"
            "| Skills | Good listening skills. | Able to use email. |\n\n"
            f"## How to apply\n\nSend a CV by 30 January.\n\n{v['panel']}\n")


def _html(v: dict) -> str:
    return (f"<!doctype html><html><head><title>{v['title']}</title><style>p {{ margin: 0 }}</style></head><body>"
            f"<h1>{v['title']}</h1><p><strong>Salary:</strong> £24,000 a year, 37.5 hours a week</p>"
            f"<h2>About the role</h2><p>{v['summary']}</p><h2>Main duties</h2><ul>"
            f"<li>Meet people in the community to plan the next steps with them.</li><li>{v['duty']}</li>"
            "<li>Run a weekly walking group --&gt; outdoors, whatever the weather.</li></ul>"
            "<h2>Essential</h2><ul><li>Good listening skills.</li></ul>"
            f"<h2>Desirable</h2><ul><li>{v['desirable']}</li></ul>"
            f"<h2>How to apply</h2><p>Send a CV by 30 January.</p><p>{v['panel']}</p></body></html>")


BUILD = {"md": _markdown, "html": _html}


def _run(*args: str):
    return CliRunner().invoke(main, [*args[:1], "--isolated", *args[1:]])


def _fixed(tmp_path: Path, name: str, fmt: str, *options: str) -> tuple[str, str]:
    folder = tmp_path / ("plain" if options else "noted")
    folder.mkdir(exist_ok=True)
    src = folder / f"advert.{fmt}"
    src.write_text(BUILD[fmt](VARIANTS[name]), encoding="utf-8")
    result = _run("fix", *options, str(src))
    assert "Traceback" not in result.output and "written to" in result.output, result.output
    return unmarked((folder / f"advert.fixed.{fmt}").read_text(encoding="utf-8"), "--no-notes" not in options), result.output


def unmarked(text: str, marked: bool = True) -> str:
    """A copy's text without the fingerprint jdlint puts last in a Markdown or HTML copy it
    names (tests/test_fix_copies.py), which is no note: there with the notes, never without."""
    lines = text.splitlines(keepends=True)
    has = bool(lines) and lines[-1].startswith("<!-- jdlint fix copy, fingerprint ")
    assert has == marked, lines[-1:]
    return "".join(lines[:-1]) if has else text


def _check(path: Path) -> dict:
    result = _run("check", "--format", "json", str(path))
    return json.loads(result.stdout)["files"][0]


@pytest.mark.parametrize("name", sorted(VARIANTS))
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_each_change_carries_a_note_with_its_rule_reason_and_source(tmp_path, name, fmt) -> None:
    text, output = _fixed(tmp_path, name, fmt)
    fixed = re.findall(r"fixed ([A-Z]{2}\d{3})", output)
    assert {"LA006", "CS001", "CS003"} <= set(fixed)
    notes = NOTE.findall(text)
    for rule in fixed:
        assert f"<!-- jdlint {rule}: " in text, rule
    assert len(notes) >= len(fixed)
    # the criteria by the labels people read, as in the Word comments
    assert "jdlint CS001: Lived experience is essential: not met." in text
    assert "jdlint CS003: Experienced peers on the interview panel: not met." in text
    assert all(" Source: " in n for n in notes if "CS00" in n)
    assert "Moved here from the Desirable" in text
    # the replaced words still read as one: the note goes at the end of the line or element
    assert "living with " in text and "living with<!--" not in text


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_markdown_notes_hide_when_rendered_and_leave_the_table_whole(tmp_path, name) -> None:
    noted, _ = _fixed(tmp_path, name, "md")
    plain, _ = _fixed(tmp_path, name, "md", "--no-notes")
    md = MarkdownIt("commonmark").enable("table")

    def shown(source: str) -> str:
        html = re.sub(r"<!--.*?-->", "", md.render(source), flags=re.S)
        return re.sub(r"\s+(?=<)", "", re.sub(r"\s+", " ", html))

    assert shown(noted) == shown(plain)
    rendered = md.render(noted)
    assert rendered.count("<tr>") == 3 and rendered.count("<td>") == 6
    assert re.search(r"<td>[^<]*Lived experience of [^<]* is essential[^<]*<!-- jdlint CS001", rendered)
    assert "| <!-- jdlint CS001" in noted  # where the requirement was: a note in the emptied cell
    for line in noted.splitlines():
        if line.startswith("|"):
            assert line.count("|") == 4, line  # no "|" from a note splits a row


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_html_notes_are_never_in_the_head_a_tag_or_a_style(tmp_path, name) -> None:
    noted, _ = _fixed(tmp_path, name, "html")
    plain, _ = _fixed(tmp_path, name, "html", "--no-notes")

    class Seen(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.text: list[str] = []
            self.comments: list[tuple[str, tuple[str, ...]]] = []
            self.open: list[str] = []

        def handle_starttag(self, tag, attrs) -> None:
            if tag not in ("br", "meta", "link", "img"):
                self.open.append(tag)

        def handle_endtag(self, tag) -> None:
            if tag in self.open:
                del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

        def handle_data(self, data) -> None:
            self.text.append(data)

        def handle_comment(self, data) -> None:
            self.comments.append((data, tuple(self.open)))

    seen, bare = Seen(), Seen()
    seen.feed(noted)
    bare.feed(plain)
    assert " ".join(" ".join(seen.text).split()) == " ".join(" ".join(bare.text).split())  # the shown text
    assert len(seen.comments) >= 5 and not bare.comments
    for data, inside in seen.comments:
        assert data.startswith(" jdlint ") and data.endswith(" ") and "--" not in data
        assert "body" in inside and not {"title", "style", "script", "head"} & set(inside), inside
    assert "<li>" in noted and "</li><!-- jdlint" in noted  # after the item, inside the list


@pytest.mark.parametrize("name", sorted(VARIANTS))
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_recheck_gives_the_same_verdicts_and_the_notes_suppress_nothing(tmp_path, name, fmt) -> None:
    _fixed(tmp_path, name, fmt)
    _fixed(tmp_path, name, fmt, "--no-notes")
    noted = _check(tmp_path / "noted" / f"advert.fixed.{fmt}")
    plain = _check(tmp_path / "plain" / f"advert.fixed.{fmt}")
    assert noted["role"]["kind"] == plain["role"]["kind"] == "peer"
    assert {k: v["verdict"] for k, v in noted["criteria"].items()} == {k: v["verdict"] for k, v in plain["criteria"].items()}
    assert noted["criteria"]["lived-experience-essential"]["verdict"] == "met"
    key = [(f["rule"], f.get("suppressed", False)) for f in noted["findings"]]
    assert key == [(f["rule"], f.get("suppressed", False)) for f in plain["findings"]]
    # the clinical duty is left for a person, on a line that holds a note: still reported
    assert key and not any(s for _, s in key)


@pytest.mark.parametrize("name", sorted(VARIANTS))
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_fixing_a_fixed_file_adds_nothing(tmp_path, name, fmt) -> None:
    src = tmp_path / f"advert.{fmt}"
    src.write_text(BUILD[fmt](VARIANTS[name]), encoding="utf-8")
    _run("fix", "--in-place", str(src))
    once = src.read_bytes()
    assert b"<!-- jdlint " in once
    again = _run("fix", "--in-place", str(src))
    assert "0 fixes applied" in again.output
    assert src.read_bytes() == once


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_notes_are_left_out_of_text_files_the_diff_and_with_no_notes(tmp_path, name) -> None:
    v = VARIANTS[name]
    txt = tmp_path / "advert.txt"
    txt.write_text(re.sub(r"[#*|]", "", _markdown(v)), encoding="utf-8")
    assert "fixed LA006" in _run("fix", str(txt)).output
    assert "<!--" not in (tmp_path / "advert.fixed.txt").read_text(encoding="utf-8")
    noted, _ = _fixed(tmp_path, name, "md")
    plain, _ = _fixed(tmp_path, name, "md", "--no-notes")
    assert "<!--" not in plain
    def bare(text: str) -> str:
        return re.sub(r"[ \t]+", " ", re.sub(r" ?<!-- jdlint .*? -->", "", text))

    assert bare(noted) == bare(plain)  # the same revision, notes aside
    diff = _run("fix", "--diff", str(tmp_path / "noted" / "advert.md"))
    assert "+You will help" in diff.stdout or "+You will help" in diff.output
    assert "<!--" not in diff.stdout


@pytest.mark.parametrize("reason", [
    "The words “a group --> outside” --!> end here -- or not.",
    "It reads “jdlint: ignore[LA006]” and “JDLINT:ignore-file”, which are suppressions.",
])  # fmt: skip
def test_a_note_cannot_close_early_or_read_as_a_suppression(tmp_path, reason) -> None:
    edit = Edit("replace", 0, "living with", target="suffering from", rule="LA006", reason=reason,
                source="Invented source: “a quote -- with dashes”")  # fmt: skip
    for fmt in ("markdown", "html"):
        text = note(edit, fmt)
        assert text.startswith("<!-- jdlint LA006: ") and text.endswith(" -->")
        assert "--" not in text[4:-3] and DIRECTIVE.search(text) is None
        if fmt == "markdown":
            tokens = MarkdownIt("commonmark").parseInline(f"Words {text} more")[0].children
            assert [t.type for t in tokens] == ["text", "html_inline", "text"]
    # through the real checker: the note on the line of a finding suppresses nothing
    line = "You will support people who are suffering from depression in the community."
    advert = "# Peer Support Worker\n\n## About the role\n\n{}\n"
    noted = tmp_path / "noted.md"
    noted.write_text(advert.format(f"{line} {note(edit, 'markdown')}"), encoding="utf-8")
    ignored = tmp_path / "ignored.md"
    ignored.write_text(advert.format(f"{line} <!-- jdlint: ignore[LA006] -->"), encoding="utf-8")
    assert [f.get("suppressed", False) for f in _check(noted)["findings"] if f["rule"] == "LA006"] == [False]
    assert [f.get("suppressed", False) for f in _check(ignored)["findings"] if f["rule"] == "LA006"] == [True]


@pytest.mark.parametrize(("page", "words", "after"), [
    ('<img alt="people suffering from pain"><p>x</p>', "suffering from", '<img alt="people suffering from pain">'),
    ("<head><title>Mentor for people suffering from addiction</title></head>", "suffering from", "</title>"),
    ("<style>/* suffering from */ p {}</style><p>y</p>", "suffering from", "</style>"),
    ("<script>var s = 'suffering from';</script>", "suffering from", "</script>"),
])  # fmt: skip
def test_an_html_note_goes_after_an_attribute_title_style_or_script(page, words, after) -> None:
    at = page.index(words) + len(words)
    assert page[: _note_place(page, at)].endswith(after)
    body = "<p>people suffering from pain</p>"
    assert _note_place(body, body.index("from") + 4) == body.index("from") + 4


@pytest.mark.parametrize("advert", [
    "# Peer Worker for people suffering from psychosis\n\n## About the role\n\n"
    "You will meet people suffering from psychosis at home.\\\nYou will keep notes.\n",
    "# Peer Mentor\n\n## Working with people suffering from addiction\n\n"
    "Mentors meet residents suffering from addiction  \nin the hostel and in town.\n",
])  # fmt: skip
def test_a_note_on_a_heading_or_a_line_with_a_hard_break_changes_nothing_shown(tmp_path, advert) -> None:
    src = tmp_path / "advert.md"
    src.write_text(advert, encoding="utf-8")
    out = _run("fix", "--select", "LA", str(src)).output
    noted = unmarked((tmp_path / "advert.fixed.md").read_text(encoding="utf-8"))
    _run("fix", "--select", "LA", "--no-notes", "-o", str(tmp_path / "plain.md"), str(src))
    plain = (tmp_path / "plain.md").read_text(encoding="utf-8")
    assert out.count("fixed LA006") == 2 and noted.count("<!-- jdlint LA006: ") == 2
    md = MarkdownIt("commonmark")
    shown = md.render(noted)
    assert re.sub(r" ?<!--.*?-->", "", shown) == md.render(plain)
    assert shown.count("<br />") == 1 and shown.count("<h") == md.render(plain).count("<h")


_JSON_LD_ONLY = """<!DOCTYPE html>
<html><head><title>{title} | Riverside Trust</title>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"JobPosting","title":"{title}","description":"{description}"}}
</script></head>
<body><div id="app"></div><script src="app.js"></script></body></html>
"""


@pytest.mark.parametrize(("title", "description"), [
    ("Peer Support Worker", "<p>You will support people who are suffering from psychosis.</p>"
     "<p>Lived experience of mental health challenges would be an advantage.</p>"),
    ("Peer Mentor", "<h2>About the role</h2><p>You will mentor adults in recovery from addiction.</p>"
     "<ul><li>Lived experience of substance use is desirable.</li></ul>"),
])  # fmt: skip
def test_additions_to_a_json_ld_advert_keep_their_notes_out_of_the_script(tmp_path, title, description) -> None:
    """The class: a job-board page whose advert is only its JobPosting JSON-LD; the fixes
    go into the description (as they should), but each added paragraph's note went in with
    it, into the <script>, where the README says no note goes. The notes go after the
    script (as a replacement's note already did); the JSON stays valid; fixing the copy again
    adds nothing. (The twin, a page whose advert is its body, keeps each note after its
    paragraph: test_html_notes_are_never_in_the_head_a_tag_or_a_style.)"""
    page = tmp_path / "job.html"
    page.write_text(_JSON_LD_ONLY.format(title=title, description=description), encoding="utf-8")
    assert CliRunner().invoke(main, ["fix", str(page)]).exit_code in (0, 1)
    revised = (tmp_path / "job.fixed.html").read_text(encoding="utf-8")
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', revised, re.S).group(1)
    assert "<!--" not in script
    posting = json.loads(script)
    assert "mutual, reciprocal relationships" in posting["description"]  # the additions are there
    after = revised[revised.index("</script>"):]
    assert after.count("<!-- jdlint CS002") == 1
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "job.html").write_text(revised, encoding="utf-8")
    CliRunner().invoke(main, ["fix", str(tmp_path / "again" / "job.html")])
    again = tmp_path / "again" / "job.fixed.html"
    assert not again.exists() or again.read_text(encoding="utf-8") == revised


_PHP_JSON_LD = """<!DOCTYPE html>
<html><head><title>{title}</title>
<script type="application/ld+json">
{{"@context":"https:\\/\\/schema.org","@type":"JobPosting","title":"{title}","description":"{description}"}}
</script></head>
<body><div id="app"></div></body></html>
"""


@pytest.mark.parametrize(("title", "description", "moved"), [
    # PHP's json_encode (WordPress job boards) writes "<\/p>" and '\"': the additions still go in
    ("Peer Support Worker", r'<h2>About the role<\/h2><p>You will support people on the \"acute\" ward '
     r'who are suffering from psychosis.<\/p><h2>Essential<\/h2><ul><li>Good listening skills.<\/li><\/ul>'
     r'<h2>Desirable<\/h2><ul><li>Lived experience of mental health challenges would be an advantage.<\/li><\/ul>', True),
    ("Peer Mentor", r'<p>You will mentor adults in recovery from addiction in our \"Step Up\" project.<\/p>'
     r'<p>Lived experience of substance use would be an advantage.<\/p>', False),
])  # fmt: skip
def test_fixes_in_a_json_ld_description_are_written_as_json(tmp_path, title, description, moved) -> None:
    """The class: words added to (or moved within) a JobPosting's JSON-LD description went in
    as HTML, not as JSON, and the searches knew only "</p>" and '"', not "<\\/p>" and '\\"':
    the additions landed in the page's body, the move's words were not found, a note went
    into the script. Now the description gets the additions, written as JSON, the notes go
    after the script, the JSON stays valid and the copy reads as met; fixing it again adds nothing."""
    page = tmp_path / "job.html"
    page.write_text(_PHP_JSON_LD.format(title=title, description=description), encoding="utf-8")
    out = CliRunner().invoke(main, ["fix", str(page)]).output
    assert "not placed" not in out and ("moved to the Essential" in out) == moved
    revised = (tmp_path / "job.fixed.html").read_text(encoding="utf-8")
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', revised, re.S).group(1)
    assert "<!--" not in script
    text = json.loads(script)["description"]
    assert "mutual, reciprocal relationships" in text  # the additions are in the description
    assert ('the "acute" ward who are living with psychosis' in text) == moved and ('"Step Up"' in text) != moved
    assert "mutual, reciprocal" not in revised[revised.index("</script>"):].split("-->")[-1]  # not in the body
    report = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path / "job.fixed.html")]).output)
    verdicts = {name: v["verdict"] for name, v in report["files"][0]["criteria"].items()}
    assert verdicts["lived-experience-essential"] == "met" and verdicts["peer-principles"] == "met"
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "job.html").write_text(revised, encoding="utf-8")
    CliRunner().invoke(main, ["fix", str(tmp_path / "again" / "job.html")])
    again = tmp_path / "again" / "job.fixed.html"
    assert not again.exists() or again.read_text(encoding="utf-8") == revised


@pytest.mark.parametrize("words", ['Say "living with", not "suffering".', r"A path C:\adverts and </script> stay words."])
def test_a_fix_text_holding_a_quote_keeps_the_json_ld_valid(words) -> None:
    """A fix's words holding '"', a backslash or "</script>" (a project rule's fix text, the
    advert's own words moved) go into a JSON-LD description escaped as JSON; the twin, the
    same words added to a page whose advert is its body, go in as they are."""
    from jdlint.fix import FixPlan
    from jdlint.fix_text import apply_text_plan
    from jdlint.readers import read_bytes

    ld = _JSON_LD_ONLY.format(title="Peer Support Worker", description="<p>You will support people in recovery.</p>"
                              "<p>Interviews are in March.</p>").encode()  # fmt: skip
    body = b"<html><body><main><h1>Peer Support Worker</h1><p>You will support people in recovery.</p></main></body></html>"
    for data, in_json in ((ld, True), (body, False)):
        document = read_bytes(data, "job.html")
        first = next(i for i, b in enumerate(document.blocks) if "support people" in b.text)
        plan = FixPlan(edits=(Edit("paragraph", first, words, rule="CS002", reason="Peer principles are set out: not met."),))
        revised = apply_text_plan(data, document, plan).data.decode()
        if in_json:
            script = re.search(r'<script type="application/ld\+json">(.*?)</script>', revised, re.S).group(1)
            assert words.replace("<", "&lt;").replace(">", "&gt;") in json.loads(script)["description"]
        else:
            assert f"<p>{words.replace('<', '&lt;').replace('>', '&gt;')}</p>" in revised


@pytest.mark.parametrize("description", [
    r"You will support people suffering from depression on the ward.\n\nLived experience of mental health "
    r"challenges would be an advantage.\n\nInterviews will be held in March.",
    r"You will mentor adults in our \"Step Up\" recovery project.\n\nLived experience of substance use "
    r"would be an advantage.",
])  # fmt: skip
def test_additions_to_a_plain_text_json_ld_description_stay_in_it(tmp_path, description) -> None:
    """The class: a JobPosting whose description is plain text (no tags): the added
    paragraphs, finding no "</p>" in it, went into the page's body after the script, and the
    revised page then read as its body (the move of lived experience lost: "not resolved").
    Now each is a paragraph of the description ("\n\n" and the words, as JSON)."""
    page = tmp_path / "job.html"
    page.write_text(_PHP_JSON_LD.format(title="Peer Support Worker", description=description), encoding="utf-8")
    out = CliRunner().invoke(main, ["fix", str(page)]).output
    assert "not resolved" not in out and "lived-experience-essential: not-met -> met" in out
    revised = (tmp_path / "job.fixed.html").read_text(encoding="utf-8")
    assert '<div id="app"></div></body>' in revised  # nothing added to the body
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', revised, re.S).group(1)
    text = json.loads(script)["description"]
    assert "\n\nIn this role you will build mutual, reciprocal relationships" in text and "<p>" not in text

"""jdlint fix on HTML: a sentence added at the end of the advert or in a section of its own is
a paragraph after the list, not an item of the list that happens to end the page (it made
"We offer wellbeing support" and the interview panel *desirable criteria*); and lived
experience moved out of the Desirable list takes its list item with it (no empty <li>)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from jdlint.cli import main

PAGES = {
    "ul": """<!doctype html><html><head><title>Peer Support Worker</title></head><body>
<main><h1>Peer Support Worker</h1>
<p>We support people suffering from depression in Hull.</p>
<h2>Person specification</h2>
<h3>Essential</h3><ul><li>Good listening skills</li></ul>
<h3>Desirable</h3>
<ul>
  <li>Lived experience of mental health challenges</li>
</ul>
</main></body></html>
""",
    "ol nested": """<!DOCTYPE html><html><body>
<h1>Peer Mentor – Recovery Service</h1>
<p>As a Peer Mentor you will support people suffering from addiction in Leeds.</p>
<h2>Essential criteria</h2>
<OL class="spec"><li>A full driving licence<ul><li>or access to a car</li></ul></li></OL>
<h2>Desirable criteria</h2>
<ol>
<li class="item">Lived experience of substance use</li>
</ol>
</body></html>
""",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_additions_after_a_closing_list_are_paragraphs_outside_it(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "advert.html").write_text(PAGES[name], encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "advert.html"])
    assert "Traceback" not in result.output and result.exit_code in (0, 1), result.output
    out = (tmp_path / "advert.fixed.html").read_text(encoding="utf-8")
    tree = HTMLParser(out)
    items = [li.text(deep=True).strip() for li in tree.css("li")]
    assert "" not in items  # the moved item's <li> went with it
    assert not any("interview panel" in i or "supervision" in i or "We offer" in i for i in items)
    paragraphs = [p.text().strip() for p in tree.css("p")]
    assert any(p.startswith("The interview panel will include") for p in paragraphs)
    assert any("Lived experience" in i and "essential" in i for i in items)  # moved in as an item
    assert re.search(r"</[uo]l>\s*<p>The interview panel", out, re.I) or re.search(r"</[uo]l>\s*(<p>[^<]*</p>\s*)*<p>The interview panel", out, re.I)


def test_an_item_moved_into_a_list_with_a_sub_list_joins_the_outer_list(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "advert.html").write_text(PAGES["ol nested"], encoding="utf-8")
    CliRunner().invoke(main, ["fix", "advert.html"])
    out = (tmp_path / "advert.fixed.html").read_text(encoding="utf-8")
    outer = HTMLParser(out).css_first("ol.spec")
    top = [li.text(deep=False).strip() for li in outer.css("li") if li.parent.tag == "ol"]
    assert top == ["A full driving licence", "Lived experience of substance use is essential for this role."]
    assert [li.text().strip() for li in outer.css("ul li")] == ["or access to a car"]

"""`jdlint fix` on an HTML page whose last words are in no element of their own (a link
button, a line of text straight in ``<main>`` or ``<body>``): invented pages through the
real command.

The class: a paragraph added "at the end of the advert" went after the next closing tag
found past the last words, which was another element's: in the page's ``<footer>`` (which
no reader takes as the advert), so the fix did not resolve its finding ("not resolved
CS003"); with no closing tag after the words at all it was not placed. Now it goes right
after the words (and the inline elements they close), inside the page's main part.
"""

from __future__ import annotations

import pytest
from checking import fix_file, variants

PAGE = """<!doctype html>
<html><head><title>{title}</title></head><body><main><div class="posting">
<h1>{title}</h1>
<p>You will support people at our {service}, sharing your own experience of recovery to offer hope.</p>
<p>Lived experience of {kind} is essential for this role.</p>
</div>{tail}
<footer><p>Privacy | Terms | Accessibility</p></footer></body></html>
"""
VARIANTS = variants("html-page-end")


@pytest.mark.parametrize("v", VARIANTS, ids=lambda v: v["title"])
def test_a_paragraph_at_the_end_of_the_page_stays_out_of_its_footer(tmp_path, v) -> None:
    page = PAGE.format(**v)
    out, revised = fix_file(tmp_path, "advert.html", page, "--select", "CS003")
    assert "fixed CS003" in out and "not placed" not in out and "not resolved" not in out
    assert "peer-panel: not-met -> met" in out
    head, footer = revised.split("<footer>")
    assert "interview panel" in head and "interview panel" not in footer
    assert footer.startswith(page.split("<footer>")[1])  # the footer byte for byte (the copy's fingerprint last)
    assert "<p>The interview panel" in revised and revised.index("interview panel") > revised.index(v["tail"][:20])

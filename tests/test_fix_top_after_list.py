"""A sentence added "at the top" (the job summary, the job details) never lands between two
items of a list: when the first lines under the title are a list, it goes after the list.

Found fixing an invented advert whose first section was a list of duties: the peer-principles
sentence went after the list's first item. Invented adverts, two variants, in text (tight and
loose lists), Markdown and HTML.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from jdlint.cli import main

VARIANTS = {
    "cafe": ("Peer Mentor", "What you will do:", ["welcome people when they arrive at the drop-in",
                                                  "share your own story when it helps someone",
                                                  "go with people to their first meetings"]),
    "ward": ("Peer Support Worker", "Your week", ["visit people on the ward and listen",
                                                 "run a Friday walking group",
                                                 "help people plan for going home"]),
}
CLOSING = "Lived experience of mental health challenges or addiction is essential."
ADDED = "In this role you will build mutual, reciprocal relationships"


def _text(title: str, heading: str, items: list[str], gap: str) -> str:
    return f"{title}\n\n{heading}\n" + gap.join(f"- {i}\n" for i in items) + f"\n{CLOSING}\n"


def _diff(path) -> list[str]:
    result = CliRunner().invoke(main, ["fix", "--isolated", "--diff", "--select", "CS002", str(path)])
    assert result.exit_code in (0, 1), result.output
    return [line for line in result.output.splitlines() if not line.startswith(("---", "+++", "@@"))]


def _after_last_item(lines: list[str], last: str) -> None:
    added = next(i for i, line in enumerate(lines) if ADDED in line)
    items = [i for i, line in enumerate(lines) if line.lstrip(" +-").startswith(("- ", "<li>")) or last in line]
    assert items and max(items) < added, lines


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("gap", ["", "\n"])
def test_text_list_keeps_its_items_together(tmp_path, name, gap) -> None:
    title, heading, items = VARIANTS[name]
    src = tmp_path / "advert.txt"
    src.write_text(_text(title, heading, items, gap), encoding="utf-8")
    _after_last_item(_diff(src), items[-1])


@pytest.mark.parametrize("name", VARIANTS)
def test_markdown_list_keeps_its_items_together(tmp_path, name) -> None:
    title, heading, items = VARIANTS[name]
    src = tmp_path / "advert.md"
    src.write_text(f"# {title}\n\n## {heading.rstrip(':')}\n\n" + "".join(f"- {i}\n" for i in items)
                   + f"\n{CLOSING}\n", encoding="utf-8")
    _after_last_item(_diff(src), items[-1])


@pytest.mark.parametrize("name", VARIANTS)
def test_html_list_keeps_its_items_together(tmp_path, name) -> None:
    title, heading, items = VARIANTS[name]
    src = tmp_path / "advert.html"
    src.write_text(f"<html><body><main><h1>{title}</h1><h2>{heading}</h2>\n<ul>\n"
                   + "".join(f"<li>{i}</li>\n" for i in items) + f"</ul>\n<p>{CLOSING}</p>\n</main></body></html>\n",
                   encoding="utf-8")
    lines = _diff(src)
    added = next(i for i, line in enumerate(lines) if ADDED in line)
    assert "<li>" not in lines[added]
    close = next(i for i, line in enumerate(lines) if "</ul>" in line)
    assert close <= added or lines[added].index("</ul>") < lines[added].index(ADDED), lines

"""`jdlint fix` never overwrites a revised text copy someone has edited since (invented
adverts through the real command).

The class: ``jdlint fix advert.md`` writes advert.fixed.md; someone edits advert.fixed.md;
``jdlint fix advert.md`` again silently replaced their edits (the same for .txt and .html),
though a Word copy was already kept. Now jdlint knows the copies it wrote by a fingerprint:
a Markdown or HTML copy carries it last, in a hidden comment (the SHA-256 of the text before
it); plain text has no comment syntax, nor does a copy written with ``--no-notes``, so their
fingerprint is kept in jdlint's state folder (``JDLINT_STATE_DIR``; each test has its own,
tests/conftest.py). A copy whose fingerprint no longer matches, or that has none, is refused
in one line and kept byte for byte; the ordinary re-run (the advert edited, or jdlint
changed, and nobody touched the copy) writes it again.
"""

from __future__ import annotations

import os

import pytest
from checking import variants
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.readers import read_bytes

VARIANTS = variants("copies")


def advert(fmt: str, v: dict) -> str:
    if fmt == "md":
        return (f"# {v['title']}\n\n## About the role\n\nYou will join our {v['team']} and support {v['duty']}.\n\n"
                f"## Person specification\n\nEssential\n\n- Good listening skills.\n\nDesirable\n\n- {v['desirable']}\n")
    if fmt == "html":
        return (f"<html><body><h1>{v['title']}</h1><h2>About the role</h2><p>You will join our {v['team']} and "
                f"support {v['duty']}.</p><h2>Person specification</h2><h3>Essential</h3><ul><li>Good listening "
                f"skills.</li></ul><h3>Desirable</h3><ul><li>{v['desirable']}</li></ul></body></html>\n")
    return (f"{v['title']}\n\nAbout the role\nYou will join our {v['team']} and support {v['duty']}.\n\n"
            f"Person specification\n\nEssential\n- Good listening skills.\n\nDesirable\n- {v['desirable']}\n")


def fix(*args: str):
    return CliRunner().invoke(main, ["fix", "--isolated", *args])


@pytest.fixture(params=["md", "html", "txt"])
def fmt(request) -> str:
    return request.param


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_edited_copy_is_kept_and_the_ordinary_rerun_writes(tmp_path, fmt, name) -> None:
    src, copy = tmp_path / f"advert.{fmt}", tmp_path / f"advert.fixed.{fmt}"
    src.write_text(advert(fmt, VARIANTS[name]), encoding="utf-8")
    first = fix(str(src))
    assert "written to" in first.output and "living with" in copy.read_text(encoding="utf-8")
    again = fix(str(src))  # nobody touched anything: written again, the same
    assert "written to" in again.output and "refusing" not in again.output
    # the advert edited (or jdlint changed) and the copy untouched: the copy follows the advert
    src.write_text(advert(fmt, VARIANTS[name]).replace("support ", "support and encourage ", 1), encoding="utf-8")
    rerun = fix(str(src))
    assert "written to" in rerun.output and "support and encourage" in copy.read_text(encoding="utf-8")
    # someone edits the copy: the next run refuses it in one line, their edits kept byte for byte
    edited = copy.read_bytes().replace(b"living with", b"who live with", 1)
    copy.write_bytes(edited)
    refused = fix(str(src))
    assert refused.exit_code == 2 and "written to" not in refused.output
    assert f"refusing to overwrite {copy}: jdlint did not write it (or someone saved it since)" in refused.output
    assert copy.read_bytes() == edited
    # an explicit -o FILE is the user's choice, and is written
    forced = fix(str(src), "-o", str(copy))
    assert "written to" in forced.output and copy.read_bytes() != edited


def test_a_file_of_someones_own_at_the_copys_name_is_refused(tmp_path, fmt) -> None:
    src, copy = tmp_path / f"advert.{fmt}", tmp_path / f"advert.fixed.{fmt}"
    src.write_text(advert(fmt, VARIANTS["ward"]), encoding="utf-8")
    copy.write_text("My own notes on the advert.\n", encoding="utf-8")
    out = fix(str(src))
    assert "refusing to overwrite" in out.output and copy.read_text(encoding="utf-8") == "My own notes on the advert.\n"
    # in an -o folder the same: a name jdlint chose
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / copy.name).write_text("Drafted by hand.\n", encoding="utf-8")
    out = fix(str(src), "-o", str(tmp_path / "out") + os.sep)
    assert "refusing to overwrite" in out.output
    assert (tmp_path / "out" / copy.name).read_text(encoding="utf-8") == "Drafted by hand.\n"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_markdown_or_html_copy_carries_its_fingerprint_hidden_and_reads_the_same(tmp_path, monkeypatch, fmt) -> None:
    src, copy = tmp_path / f"advert.{fmt}", tmp_path / f"advert.fixed.{fmt}"
    src.write_text(advert(fmt, VARIANTS["housing"]), encoding="utf-8")
    fix(str(src))
    text = copy.read_text(encoding="utf-8")
    last = text.splitlines()[-1]
    assert last.startswith("<!-- jdlint fix copy, fingerprint ") and last.endswith("-->")
    assert text.count("jdlint fix copy") == 1
    bare = text[: text.rindex(last)]
    assert [b.text for b in read_bytes(text.encode(), copy.name).blocks] == \
        [b.text for b in read_bytes(bare.encode(), copy.name).blocks]  # fmt: skip
    # on another machine or account (no state of jdlint's) the copy is still known: the mark is in it
    src.write_text(advert(fmt, VARIANTS["housing"]).replace("support ", "stand beside ", 1), encoding="utf-8")
    monkeypatch.setenv("JDLINT_STATE_DIR", str(tmp_path / "other-state"))
    assert "written to" in fix(str(src)).output
    # fixing the revised copy again (one mark, never two)
    again = tmp_path / f"advert.fixed.fixed.{fmt}"
    fix(str(copy))
    assert again.read_text(encoding="utf-8").count("jdlint fix copy") == 1


def test_plain_text_and_no_notes_copies_are_known_by_a_fingerprint_kept_outside_them(tmp_path, monkeypatch) -> None:
    for fmt, options in (("txt", ()), ("md", ("--no-notes",))):
        src, copy = tmp_path / f"advert.{fmt}", tmp_path / f"advert.fixed.{fmt}"
        src.write_text(advert(fmt, VARIANTS["ward"]), encoding="utf-8")
        assert "written to" in fix(*options, str(src)).output
        assert "<!--" not in copy.read_text(encoding="utf-8")  # no mark in the copy
        assert os.listdir(os.path.join(os.environ["JDLINT_STATE_DIR"], "copies"))
        assert "written to" in fix(*options, str(src)).output
        # the record gone (another account, a jdlint older than the fingerprints): the copy is
        # refused once the advert changes; while it holds what would be written, nothing is lost
        monkeypatch.setenv("JDLINT_STATE_DIR", str(tmp_path / f"elsewhere-{fmt}"))
        src.write_text(advert(fmt, VARIANTS["ward"]).replace("Good listening", "Good written", 1), encoding="utf-8")
        refused = fix(*options, str(src))
        assert "refusing to overwrite" in refused.output and "Good listening" in copy.read_text(encoding="utf-8")
        monkeypatch.setenv("JDLINT_STATE_DIR", str(tmp_path / f"third-{fmt}"))
        src.write_text(advert(fmt, VARIANTS["ward"]), encoding="utf-8")
        assert "written to" in fix(*options, str(src)).output  # the same bytes as the copy holds

"""``jdlint annotate``: Word copies with the findings as comments; the input never changes."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from jdlint.cli import main

pytest.importorskip("jdlint.annotate")

MD = "# Peer Support Worker\n\nYou must have lived experience of mental health challenges.\n\nWe support addicts.\n"


def word_advert() -> bytes:
    d = docx.Document()
    d.add_heading("Peer Support Worker", 1)
    d.add_paragraph("You must have lived experience of mental health challenges.")
    d.add_paragraph("The service supports addicts and people suffering from depression.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def run(*args: str):
    return CliRunner().invoke(main, ["annotate", "-j", "1", "--no-progress", *args])


def comments(path: Path) -> list[str]:
    return [c.text for c in docx.Document(str(path)).comments]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_word_file(cwd):
    src = cwd / "advert.docx"
    src.write_bytes(word_advert())
    before = digest(src)
    result = run(str(src), "-o", "out.docx")
    assert result.exit_code == 0, result.output
    assert digest(src) == before
    notes = comments(cwd / "out.docx")
    assert any("addicts" in n for n in notes) and any("suffering from" in n for n in notes)
    # the text is untouched: the same paragraphs in the same order
    assert [p.text for p in docx.Document(str(cwd / "out.docx")).paragraphs] == [
        p.text for p in docx.Document(str(src)).paragraphs
    ]


def test_default_output_name_and_markdown_input(cwd):
    (cwd / "advert.md").write_text(MD)
    result = run("advert.md")
    assert result.exit_code == 0, result.output
    assert any("addicts" in n for n in comments(cwd / "advert.annotated.docx"))


@pytest.mark.parametrize("control", ["\x0c", "\x0b", "\x1b]0;title\x07"])  # form feed, vertical tab, escape
def test_a_text_advert_with_control_characters_is_annotated(cwd, control):
    # XML cannot hold them: each becomes a space in the Word copy (the comments still sit on
    # their words), where the copy failed ("could not annotate (ValueError) ...")
    (cwd / "advert.txt").write_text(f"Peer Support Worker\n\nYou will offer hope.{control} We support addicts.\n")
    result = run("advert.txt")
    assert result.exit_code == 0, result.output
    out = docx.Document(str(cwd / "advert.annotated.docx"))
    assert any("addicts" in c.text for c in out.comments)
    assert any("You will offer hope." in p.text and "We support addicts." in p.text for p in out.paragraphs)


def test_a_text_advert_with_control_characters_becomes_a_revised_word_document():
    from jdlint.fixing import fix_bytes

    result = fix_bytes(b"Peer Support Worker\n\nYou will offer hope.\x0c Staff suffering from stress.\n", "a.txt", to_docx=True)
    assert result.format == "docx" and any(e.rule == "LA006" for e in result.applied)
    assert not any(f.rule == "LA006" for f in result.after.findings)
    docx.Document(io.BytesIO(result.data))  # opens


def test_a_folder_of_mixed_files(cwd):
    src = cwd / "ads"
    (src / "sub").mkdir(parents=True)
    (src / "a.docx").write_bytes(word_advert())
    (src / "a.md").write_text(MD)  # same stem as a.docx: becomes a.md.docx
    (src / "sub" / "b.txt").write_text(MD)
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    before = {p: digest(p) for p in src.rglob("*") if p.is_file()}
    result = run(str(src), "-o", "out")
    assert result.exit_code == 1, result.output  # broken.pdf could not be checked
    assert "broken.pdf" in result.stderr
    written = sorted(p.relative_to(cwd / "out").as_posix() for p in (cwd / "out").rglob("*.docx"))
    assert written == ["a.docx", "a.md.docx", "sub/b.docx"]
    for name in written:
        assert comments(cwd / "out" / name)
    assert before == {p: digest(p) for p in src.rglob("*") if p.is_file()}


def test_never_overwrites_the_input(cwd):
    src = cwd / "advert.docx"
    src.write_bytes(word_advert())
    before = digest(src)
    result = run(str(src), "-o", str(src))
    assert result.exit_code == 2 and "refusing to overwrite" in result.output
    result = run(str(cwd), "-o", str(cwd))
    assert result.exit_code == 2 and "refusing to overwrite" in result.output
    assert digest(src) == before


def test_a_name_jdlint_chose_never_replaces_someones_word_file(cwd):
    """The class: a copy whose name jdlint chose (``-o FOLDER``, the default
    ``NAME.annotated.docx``, a folder's mirror) lands on a file jdlint did not write, such
    as the Word version of the same advert beside its text version. It goes to ``x.txt.docx``
    as in a folder run, or is refused in one line; a copy jdlint wrote is replaced."""
    (cwd / "advert.txt").write_text(MD)
    word = word_advert()  # someone's advert, not an input here (the same bytes each time)
    (cwd / "advert.docx").write_bytes(word)
    theirs = digest(cwd / "advert.docx")
    result = run("advert.txt", "-o", ".")
    assert result.exit_code == 0, result.output
    assert digest(cwd / "advert.docx") == theirs
    assert comments(cwd / "advert.txt.docx")
    assert run("advert.txt", "-o", ".").exit_code == 0  # its own copy: replaced
    # a folder run into a folder that holds someone's b.docx: b.md becomes b.md.docx
    (cwd / "ads").mkdir()
    (cwd / "ads" / "b.md").write_text(MD)
    (cwd / "out").mkdir()
    (cwd / "out" / "b.docx").write_bytes(word)
    result = run("ads", "-o", "out")
    assert result.exit_code == 0, result.output
    assert digest(cwd / "out" / "b.docx") == theirs and comments(cwd / "out" / "b.md.docx")
    # the default name, once someone saved that copy in Word: refused, their edits kept
    (cwd / "c.docx").write_bytes(word_advert())
    assert run("c.docx").exit_code == 0
    (cwd / "c.annotated.docx").write_bytes(word)  # as saved by a person
    result = run("c.docx")
    assert result.exit_code == 2 and "refusing to overwrite c.annotated.docx" in result.output
    assert digest(cwd / "c.annotated.docx") == theirs
    # the twin: an explicit -o FILE is what the user asked for, and is written
    assert run("c.docx", "-o", "c.annotated.docx").exit_code == 0
    assert digest(cwd / "c.annotated.docx") != theirs


def test_output_folder_inside_the_input_folder_is_not_read_back(cwd):
    (cwd / "a.md").write_text(MD)
    assert run(str(cwd), "-o", str(cwd / "annotated")).exit_code == 0
    result = run(str(cwd), "-o", str(cwd / "annotated"))
    assert result.exit_code == 0, result.output
    assert "annotated/a.docx ->" not in result.output


def test_folder_needs_an_output_and_nothing_checkable_is_exit_2(cwd):
    (cwd / "ads").mkdir()
    (cwd / "ads" / "a.md").write_text(MD)
    assert run("ads").exit_code == 2
    (cwd / "e.md").write_text("")
    assert run("e.md", "-o", "e.docx").exit_code == 2


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_libreoffice_reads_the_comments(cwd):
    (cwd / "advert.docx").write_bytes(word_advert())
    (cwd / "advert.md").write_text(MD)
    assert run("advert.docx", "-o", "word.docx").exit_code == 0
    assert run("advert.md", "-o", "new.docx").exit_code == 0
    for name in ("word.docx", "new.docx"):
        expected = len(comments(cwd / name))
        for target in ("pdf", "odt"):
            proc = subprocess.run(
                ["soffice", "--headless", f"-env:UserInstallation=file://{cwd}/lo-profile",
                 "--convert-to", target, "--outdir", str(cwd / "lo"), str(cwd / name)],
                capture_output=True, text=True, timeout=180,
            )  # fmt: skip
            out = cwd / "lo" / Path(name).with_suffix(f".{target}").name
            assert proc.returncode == 0 and out.exists(), proc.stderr
        content = (
            zipfile.ZipFile(cwd / "lo" / Path(name).with_suffix(".odt").name)
            .read("content.xml")
            .decode()
        )
        assert (
            content.count("<office:annotation ") + content.count("<office:annotation>") == expected
        )


def test_an_output_file_not_named_docx_is_refused_before_the_run(cwd):
    """A Word copy written to ``-o review.txt`` is a zip that Notepad shows as noise and Word
    will not open by its name: refused in one line; ``-o review.docx`` (the twin) is written."""
    (cwd / "advert.md").write_text(MD)
    result = run("advert.md", "-o", "review.txt")
    assert result.exit_code == 2 and "name it .docx" in result.output
    assert not (cwd / "review.txt").exists()
    assert run("advert.md", "-o", "review.docx").exit_code == 0 and comments(cwd / "review.docx")

"""Faults a new user met trying the commands the README shows, each through the real command
line with whole invented files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main

SENIOR = (
    "Peer Support Lead\n\n"
    "You will lead our team of peer support workers in the community.\n"
    "Lived experience of mental health challenges is essential.\n"
)


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str, input: bytes | None = None):
    result = CliRunner().invoke(main, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize(("config", "flags"), [
    ('[tool.jdlint.role-overrides]\n"lead/*" = "peer-senior"\n', ()),
    ("", ("--role", "peer-senior")),
])  # fmt: skip
def test_a_role_set_by_the_config_is_not_said_to_be_set_by_the_flag(cwd, config, flags):
    (cwd / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.jdlint]\n' + config, encoding="utf-8")
    (cwd / "lead").mkdir()
    (cwd / "lead" / "advert.txt").write_text(SENIOR, encoding="utf-8")
    result = invoke("check", "-j", "1", *flags, "lead/advert.txt")
    head = result.stdout.splitlines()[0]
    assert head.startswith("lead/advert.txt: peer-senior (set by you, not detected) · score ")
    assert "--role" not in result.stdout


@pytest.mark.parametrize("name", ["ci.toml", "jdlint.toml"])
def test_a_tool_jdlint_table_outside_pyproject_says_where_its_keys_go(cwd, name):
    (cwd / name).write_text('[tool.jdlint]\nignore = ["RD002"]\n', encoding="utf-8")
    (cwd / "a.txt").write_text(SENIOR, encoding="utf-8")
    result = invoke("check", "-j", "1", "--config", name, "a.txt")
    assert result.exit_code == 2
    assert result.stderr == (f"jdlint: config error: {name}: [tool.jdlint] is read only from a file named "
                             f"pyproject.toml; in {name} put its keys at the top level\n")  # fmt: skip
    found = invoke("check", "-j", "1", "a.txt")  # found upward, not named: the same line
    assert found.exit_code == (2 if name == "jdlint.toml" else 1)


PSW = (
    "Peer Support Worker\n\n"
    "We support people suffering from depression in Hull.\n\n"
    "Desirable:\n- Lived experience of mental health challenges\n"
)


@pytest.mark.parametrize("output", ["advert.txt", "./advert.txt", "sub/../advert.txt"])
def test_fix_never_overwrites_the_input_through_o(cwd, output):
    (cwd / "sub").mkdir()
    (cwd / "advert.txt").write_text(PSW, encoding="utf-8")
    result = invoke("fix", "advert.txt", "-o", output)
    assert result.exit_code == 2
    assert result.stderr == "jdlint: advert.txt: refusing to overwrite the input with -o: use --in-place\n"
    assert (cwd / "advert.txt").read_text(encoding="utf-8") == PSW
    assert invoke("fix", "advert.txt", "--in-place").exit_code in (0, 1)
    assert "living with depression" in (cwd / "advert.txt").read_text(encoding="utf-8")


def test_an_output_in_a_missing_folder_is_refused_before_the_run(cwd, monkeypatch):
    import jdlint.batch

    (cwd / "a.txt").write_text(PSW, encoding="utf-8")

    def no_run(*args, **kwargs):
        raise AssertionError("checked before refusing")

    monkeypatch.setattr(jdlint.batch, "run", no_run)
    result = invoke("check", "-j", "1", "a.txt", "-o", "reports/out.html", "--format", "html")
    assert result.exit_code == 2
    assert f"Error: cannot write reports/out.html: no folder {cwd / 'reports'}" in result.stderr
    assert not (cwd / "reports").exists()


@pytest.mark.parametrize(("command", "out"), [
    ("annotate", "reports/out.docx"),
    ("annotate", "reports/deeper/out.docx"),
    ("fix", "reports/out.txt"),
    ("fix", "reports/deeper/out.txt"),
])  # fmt: skip
def test_annotate_and_fix_refuse_a_missing_output_folder_as_check_does(cwd, command, out):
    (cwd / "a.txt").write_text(PSW, encoding="utf-8")
    result = invoke(command, "a.txt", "-o", out)
    assert result.exit_code == 2
    folder = cwd / Path(out).parent
    assert f"Error: cannot write {out}: no folder {folder}" in result.stderr
    assert not (cwd / "reports").exists()  # the folder is never made


@pytest.mark.parametrize(("command", "out"), [("annotate", "reports/out.docx"), ("fix", "reports/out.txt")])
def test_annotate_and_fix_write_into_an_output_folder_that_is_there(cwd, command, out):
    (cwd / "a.txt").write_text(PSW, encoding="utf-8")
    (cwd / "reports").mkdir()
    result = invoke(command, "a.txt", "-o", out)
    assert result.exit_code in (0, 1), result.stderr
    assert (cwd / out).is_file()


def test_the_size_limit_is_named_in_the_megabytes_it_was_set_in(cwd):
    from docx_factory import Advert

    (cwd / "big.txt").write_text(PSW * 12_000, encoding="utf-8")  # about 1.1 MB of 2**20 bytes
    (cwd / "big.docx").write_bytes(Advert().para(PSW * 200).bytes())
    result = invoke("check", "-j", "1", "--max-file-size-mb", "0.5", "big.txt")
    assert result.exit_code == 2
    size = (cwd / "big.txt").stat().st_size / 2**20
    assert result.stderr == f"jdlint: big.txt: file is {size:.1f} MB, over the 0.5 MB limit\n"
    result = invoke("check", "-j", "1", "--max-file-size-mb", "0.01", "big.docx")
    assert result.stderr.startswith("jdlint: big.docx: file is 0.0") and result.stderr.endswith(", over the 0.01 MB limit\n")
    assert "MB limit" not in invoke("check", "-j", "1", "--max-file-size-mb", "2", "big.txt").stderr  # under 2 MB


def test_too_many_lines_does_not_ask_for_the_text_to_be_pasted(cwd):
    (cwd / "many.txt").write_text("Peer Support Worker\n" * 200_001, encoding="utf-8")
    result = invoke("check", "-j", "1", "many.txt")
    assert result.stderr == ("jdlint: many.txt: the document has 200,002 lines, over the 200,000 limit: "
                             "an advert has a few thousand (give one advert at a time)\n")  # fmt: skip
    pasted = invoke("check", "-j", "1", "-", input=b"Peer Support Worker\n" * 200_001)
    assert "(give one advert at a time)" in pasted.stderr and "paste" not in pasted.stderr


def test_a_folder_whose_adverts_the_include_globs_all_leave_out_says_so(cwd):
    (cwd / "ads").mkdir()
    for name in ("a.txt", "b.txt"):
        (cwd / "ads" / name).write_text(PSW, encoding="utf-8")
    result = invoke("check", "-j", "1", "ads", "--include", "*.docx")
    assert result.exit_code == 2
    assert result.stderr == ("jdlint: ads: no adverts found (.docx .pdf .html .md .txt): "
                             "none of the 2 found there matches the include globs\n")  # fmt: skip
    (cwd / "empty").mkdir()
    assert invoke("check", "-j", "1", "empty").stderr == "jdlint: empty: no adverts found (.docx .pdf .html .md .txt)\n"


@pytest.mark.parametrize(("name", "start"), [
    ("report.html", "<!doctype html>"),
    ("report.json", '{\n  "version"'),
    ("report.sarif", '{\n  "$schema"'),
    ("report.xml", "<?xml"),
    ("report.csv", "path,format,role,"),
    ("report.txt", "a.txt: peer"),
    ("report.out", "a.txt: peer"),
])  # fmt: skip
def test_the_o_files_suffix_picks_the_format_when_none_is_given(cwd, name, start):
    (cwd / "a.txt").write_text(PSW, encoding="utf-8")
    assert invoke("check", "-j", "1", "a.txt", "-o", name).exit_code == 1
    assert (cwd / name).read_text(encoding="utf-8").lower().startswith(start.lower())


def test_format_flag_and_config_still_win_over_the_suffix(cwd):
    (cwd / "a.txt").write_text(PSW, encoding="utf-8")
    invoke("check", "-j", "1", "a.txt", "-o", "flag.html", "--format", "json")
    assert (cwd / "flag.html").read_text(encoding="utf-8").startswith("{")
    (cwd / "jdlint.toml").write_text('format = "csv"\n', encoding="utf-8")
    invoke("check", "-j", "1", "a.txt", "-o", "config.html")
    assert (cwd / "config.html").read_text(encoding="utf-8").startswith("path,format,role,")


@pytest.mark.parametrize("raw", [b"caf\xe9.txt", b"\xff\xfe peer.md"])
def test_a_file_name_that_is_not_utf8_is_written_as_escapes_in_every_report(cwd, raw):
    import json
    import os

    (cwd / "ads").mkdir()
    name = os.fsdecode(raw)
    (cwd / "ads" / name).write_text(PSW, encoding="utf-8")
    shown = "ads/" + raw.decode("utf-8", "backslashreplace")
    for fmt in ("text", "json", "sarif", "github", "junit", "csv", "html"):
        result = invoke("check", "-j", "1", "--format", fmt, "-o", f"report.{fmt}", "ads")
        assert result.exit_code == 1, (fmt, result.output)
        written = (cwd / f"report.{fmt}").read_text(encoding="utf-8")  # valid UTF-8 throughout
        assert "\ufffd" not in written
    assert [f["path"] for f in json.loads((cwd / "report.json").read_text(encoding="utf-8"))["files"]] == [shown]
    assert (cwd / "report.text").read_text(encoding="utf-8").startswith(f"{shown}: peer")
    for _ in range(2):  # the journal records the file, then the second run takes it from there
        resumed = invoke("check", "-j", "1", "--resume", "run.jsonl", "ads")
        assert resumed.exit_code == 1 and resumed.stdout.startswith(f"{shown}: peer")
    assert "1 unchanged file taken from run.jsonl" in resumed.stderr
    assert invoke("check", "-j", "1", "--write-baseline", "base.json", "ads").exit_code == 0
    assert invoke("check", "-j", "1", "--baseline", "base.json", "ads").exit_code == 0


def test_github_annotations_name_criteria_in_words_as_the_text_output_does(tmp_path, monkeypatch):
    """A reviewer reads the annotations on the pull request: the criterion's label and the
    verdict in words, as in the text output and the web page, not the keys of JSON and SARIF."""
    import re
    from pathlib import Path

    from click.testing import CliRunner

    from jdlint.cli import main

    monkeypatch.chdir(tmp_path)
    Path("mentor.txt").write_text(
        "Peer Mentor (Community Recovery Team)\n\nYou will walk alongside people in their recovery.\n"
        "Lived experience of mental distress is desirable.\n", encoding="utf-8")  # fmt: skip
    Path("coach.md").write_text(
        "# Peer Recovery Coach\n\n- Lived experience of addiction would be an advantage.\n"
        "- You will administer medication on the ward.\n", encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(main, ["check", "-j", "1", "--no-progress", "--format", "github", "mentor.txt", "coach.md"])
    messages = [line.split("::", 2)[2] for line in result.stdout.splitlines() if re.match(r"::\w+ file=.*title=CS00\d", line)]
    assert len(messages) >= 4
    for message in messages:
        assert re.match(r"(Lived experience is essential|Peer principles are set out|Experienced peers on the "
                        r"interview panel|Kept distinct from adjacent professions): (not met|partly met)\. ", message), message
    assert not any(re.search(r"\b(not-met|partly-met|peer-panel:|lived-experience-essential:)", m) for m in messages)


def test_the_readme_sample_output_is_what_jdlint_check_prints(monkeypatch):
    """The README quotes `jdlint check examples/poor-peer-support-worker.txt`; every line it
    quotes (its "..." lines stand for the rest) is a line the command prints (its score had
    gone stale)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"the findings with their fixes:\n\n```\n(.*?)\n```", readme, re.DOTALL)
    assert block, "the README's sample output block"
    quoted = [line for line in block.group(1).splitlines() if line.strip() != "..."]
    assert len(quoted) >= 5
    monkeypatch.chdir(root)
    printed = invoke("check", "-j", "1", "--no-progress", "--no-color", "examples/poor-peer-support-worker.txt")
    lines = printed.stdout.splitlines()
    for line in quoted:
        assert line in lines, line


def test_the_readme_fix_diff_sample_is_what_jdlint_fix_prints(monkeypatch):
    """The README quotes `jdlint fix --diff` of the poor example and its summary: each quoted
    line (up to a closing "..." where it is shortened) is one the command prints."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    diff = re.search(r"\(`jdlint fix --diff`, shortened\):\n\n```diff\n(.*?)\n```", readme, re.DOTALL)
    summary = re.search(r"and its summary \(on standard error with `--diff`\):\n\n```\n(.*?)\n```", readme, re.DOTALL)
    assert diff and summary
    monkeypatch.chdir(root)
    result = invoke("fix", "--diff", "examples/poor-peer-support-worker.txt")
    for quoted, printed in ((diff.group(1), result.stdout), (summary.group(1), result.stderr)):
        lines = printed.splitlines()
        shown = [line for line in quoted.splitlines() if line.strip() not in ("...", "@@")]
        assert len(shown) >= 8
        for line in shown:
            head = line[:-4] if line.endswith(" ...") else None
            assert (line in lines) if head is None else any(x.startswith(head) for x in lines), line


def _word(*paragraphs: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading("Peer Support Worker", 1)
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _saved_by_a_person(data: bytes) -> bytes:
    """The Word copy as Word saves it: the core properties name the person who saved it."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            payload = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = payload.replace(b">jdlint fix<", b">Alice Smith<")
                assert b"Alice Smith" in payload
            zout.writestr(info, payload)
    return out.getvalue()


@pytest.mark.parametrize(("advert", "name", "args", "copy"), [
    ("advert.docx", "advert.docx", (), "advert.fixed.docx"),                  # the default name
    ("ads/advert.docx", "advert.docx", ("-o", "revised"), "revised/advert.fixed.docx"),  # -o FOLDER
    ("advert.pdf", "advert.pdf", (), "advert.fixed.docx"),                    # a PDF's Word copy
    ("advert.pdf", "advert.pdf", ("--in-place",), "advert.fixed.docx"),       # --in-place on a PDF
])  # fmt: skip
def test_fix_never_overwrites_a_word_copy_someone_saved_since(cwd, advert, name, args, copy):
    """The class: `jdlint fix` writes its Word copy at a name it chose (NAME.fixed.docx, or in
    an -o folder) where a copy it wrote earlier has since been edited and saved by a person.
    As `jdlint annotate` does, it refuses in one line and keeps their edits; a copy jdlint
    wrote and nobody saved is replaced, and an explicit -o FILE is written."""
    import pdf_factory

    data = pdf_factory.advert() if name.endswith(".pdf") else _word(
        "We support people suffering from depression.", "Lived experience would be an advantage.")
    src = cwd / advert
    src.parent.mkdir(parents=True, exist_ok=True)
    (cwd / "revised").mkdir()
    src.write_bytes(data)
    first = invoke("fix", advert, *args)
    assert first.exit_code in (0, 1), first.output
    target = cwd / copy
    assert target.is_file()
    assert invoke("fix", advert, *args).exit_code in (0, 1)  # jdlint's own copy, unsaved: replaced
    edited = _saved_by_a_person(target.read_bytes())
    target.write_bytes(edited)
    result = invoke("fix", advert, *args)
    assert result.exit_code == 2  # nothing could be written
    assert result.stderr == (f"jdlint: {advert}: refusing to overwrite {copy}: jdlint did not write it "
                             "(or someone saved it since): move it or name another output with -o\n")  # fmt: skip
    assert target.read_bytes() == edited and src.read_bytes() == data
    # the twin: the same name given with -o is what the user asked for, and is written
    if "--in-place" not in args:
        assert invoke("fix", advert, "-o", copy).exit_code in (0, 1)
        assert target.read_bytes() != edited


@pytest.mark.parametrize(("source", "output", "written"), [
    ("ads", "revised/", "revised/advert.fixed.txt"),     # the README's `jdlint fix adverts/ -o revised/`
    ("ads", "revised", "revised/advert.fixed.txt"),      # a folder walked: -o is a folder, slash or not
    ("ads/", "out/new/", None),                          # a folder inside a missing one: refused before the run
    ("ads/advert.txt", "later/", "later/advert.fixed.txt"),  # one file, -o ending in "/": a folder
    ("ads/advert.txt", "copy.txt", "copy.txt"),          # the twin: one file, -o FILE is that file
])  # fmt: skip
def test_fix_of_a_folder_of_one_advert_writes_into_the_output_folder(cwd, source, output, written):
    """The class: `jdlint fix adverts/ -o revised/` with one advert in adverts/ and no
    revised/ yet wrote the revised text to a file named "revised" (the slash dropped),
    where several adverts went into the folder; the README promises the folder."""
    (cwd / "ads").mkdir()
    (cwd / "ads" / "advert.txt").write_text(PSW, encoding="utf-8")
    result = invoke("fix", source, "-o", output)
    if written is None:
        assert result.exit_code == 2 and "no folder" in result.stderr
        assert not (cwd / "out").exists()
        return
    assert result.exit_code in (0, 1), result.output
    assert (cwd / written).is_file() and "living with depression" in (cwd / written).read_text(encoding="utf-8")
    assert (cwd / "ads" / "advert.txt").read_text(encoding="utf-8") == PSW
    if written != "copy.txt":  # someone's file where the folder goes: refused, never overwritten
        (cwd / "clash").write_text("mine", encoding="utf-8")
        refused = invoke("fix", "ads", "-o", "clash")
        assert refused.exit_code == 2 and "clash is a file: give a folder" in refused.stderr
        assert (cwd / "clash").read_text(encoding="utf-8") == "mine"

"""``jdlint check`` over folders: formats, output files, config, baselines, exit codes and
never a traceback on bad input."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main

GOOD = (
    "# Peer Support Worker\n\n"
    "## Person specification\n\n"
    "Essential: lived experience of mental health challenges and of using mental health services.\n\n"
    "You will build mutual relationships, share your story purposefully, inspire hope and hold boundaries.\n\n"
    "The interview panel includes a peer worker. Salary: £24,000 (Band 3).\n\n"
    "You will have regular peer supervision, peer support training, wellbeing support and flexible working.\n"
)
BAD = "# Peer Support Worker\n\nYou must have lived experience of mental health challenges.\n\nWe support addicts.\n"


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, ["check", "-j", "1", "--no-progress", *args], input=input)


def ok(result, code: int):
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == code, result.output


def files_of(result) -> list[dict]:
    return json.loads(result.stdout)["files"]


def mixed(root: Path) -> Path:
    ads = root / "ads"
    (ads / "sub").mkdir(parents=True)
    (ads / "good.md").write_text(GOOD)
    (ads / "sub" / "bad.txt").write_text(BAD)
    (ads / "empty.md").write_text("")
    (ads / "random.docx").write_bytes(os.urandom(4000))
    (ads / "random.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    (ads / "secret.md").write_text(BAD)
    (ads / "loop.md").symlink_to(ads / "loop.md")
    return ads


# --------------------------------------------------------------------------- bad input


def test_a_mixed_folder_reports_every_file_and_never_a_traceback(cwd, monkeypatch):
    ads = mixed(cwd)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # tests run as root: chmod 000 would not stop a read
        if str(file).endswith("secret.md"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: guarded_open(self, *a, **k))
    result = run("--format", "json", str(ads))
    ok(result, 1)
    by_name = {Path(f["path"]).name: f for f in files_of(result)}
    assert sorted(by_name) == ["bad.txt", "empty.md", "good.md", "loop.md", "random.docx", "random.pdf", "secret.md"]
    assert by_name["good.md"]["error"] is None and by_name["bad.txt"]["error"] is None
    assert by_name["empty.md"]["error"] == "empty file"
    assert by_name["secret.md"]["error"] == "permission denied"
    assert "symbolic links" in by_name["loop.md"]["error"]
    assert by_name["random.docx"]["error"] and by_name["random.pdf"]["error"]


def test_text_output_lists_errors_and_a_summary_table(cwd):
    ads = mixed(cwd)
    result = run(str(ads))
    ok(result, 1)
    out = result.stdout
    table = out[out.index("file "):]
    assert "LE  PP  PN  AP  score  must  should  consider" in table
    assert "empty.md" in table and "could not check" in table
    assert out.rstrip().splitlines()[-1].startswith("Checked 3 files")
    assert "jdlint: " in result.stderr and "empty file" in result.stderr


def test_one_file_has_no_table(cwd):
    (cwd / "a.md").write_text(BAD)
    result = run("a.md")
    ok(result, 1)
    assert "LE  PP" not in result.stdout


def test_nothing_checkable_is_exit_2(cwd):
    (cwd / "empty").mkdir()
    ok(run("empty"), 2)
    ok(run("missing.md"), 2)
    (cwd / "e.md").write_text("")
    ok(run("e.md"), 2)


def test_exit_codes_follow_fail_on_and_standard_input(cwd):
    ok(run("--fail-on", "error", "-", input=BAD.encode()), 1)  # CS002/CS003 are errors
    ok(run("--select", "LA", "--fail-on", "warning", "-", input=BAD.encode()), 1)
    ok(run("--select", "LA", "--fail-on", "error", "-", input=BAD.encode()), 0)


def test_unknown_rule_flag_is_a_usage_error(cwd):
    (cwd / "a.md").write_text(BAD)
    result = run("--select", "ZZ9", "a.md")
    ok(result, 2)
    assert "unknown rule or prefix: ZZ9" in result.output


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "csv", "html"])
def test_every_format_to_a_file_carries_per_file_errors(cwd, fmt):
    pytest.importorskip(f"jdlint.reports.{fmt}")
    ads = mixed(cwd)
    out = cwd / f"report.{fmt}"
    result = run("--format", fmt, "-o", str(out), str(ads))
    ok(result, 1)
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "empty file" in text, f"{fmt} does not report the per-file error"
    assert "random.pdf" in text.replace("%2E", ".")


def test_sarif_marks_suppressed_findings(cwd):
    pytest.importorskip("jdlint.reports.sarif")
    (cwd / "a.md").write_text(BAD.replace("addicts.", "addicts. <!-- jdlint: ignore[LA001] -->"))
    result = run("--format", "sarif", "a.md")
    results = json.loads(result.stdout)["runs"][0]["results"]
    la = [r for r in results if r["ruleId"] == "LA001"]
    assert la and all(r.get("suppressions") for r in la)


def test_suppressed_findings_never_fail(cwd):
    (cwd / "a.md").write_text(BAD.replace("addicts.", "addicts. <!-- jdlint: ignore[LA001] -->"))
    result = run("--select", "LA", "--format", "json", "a.md")
    ok(result, 0)
    (finding,) = files_of(result)[0]["findings"]
    assert finding["rule"] == "LA001" and finding["suppressed"] is True


# --------------------------------------------------------------------------- config


def test_config_unknown_key_is_one_line_and_exit_2(cwd):
    (cwd / "pyproject.toml").write_text("[tool.jdlint]\nselekt = ['LA']\n")
    (cwd / "a.md").write_text(BAD)
    result = run("a.md")
    ok(result, 2)
    assert result.stderr == "jdlint: config error: pyproject.toml [tool.jdlint]: unknown key 'selekt'\n"
    ok(run("--isolated", "a.md"), 1)


@pytest.mark.parametrize("command", ["check", "fix"])
@pytest.mark.parametrize("table", ["jdlnt", "jdlint-config"])
def test_a_misspelt_config_table_is_a_warning_not_a_failure(cwd, command, table):
    (cwd / "pyproject.toml").write_text(f'[tool.{table}]\nselect = ["LA"]\n')
    (cwd / "a.md").write_text(BAD)
    args = ["check", "-j", "1", "--no-progress"] if command == "check" else ["fix", "--diff"]
    result = CliRunner().invoke(main, [*args, "a.md"])
    ok(result, 1)
    warning = f"jdlint: warning: pyproject.toml: [tool.{table}] is not read (did you mean [tool.jdlint]?)\n"
    assert result.stderr.startswith(warning) and result.stderr.count("did you mean") == 1
    assert "did you mean" not in CliRunner().invoke(main, [*args, "--isolated", "a.md"]).stderr


@pytest.mark.parametrize("table", ["jd-lint", "jdlint_settings"])
def test_a_pyproject_named_with_config_and_a_misspelt_table_is_a_warning(cwd, table):
    (cwd / "sub").mkdir()
    (cwd / "sub" / "pyproject.toml").write_text(f'[tool.{table}]\nselect = ["LA"]\n')
    (cwd / "a.md").write_text(BAD)
    result = run("--config", "sub/pyproject.toml", "a.md")
    ok(result, 1)
    assert result.stderr.startswith(
        f"jdlint: warning: {os.path.join('sub', 'pyproject.toml')}: [tool.{table}] is not read (did you mean [tool.jdlint]?)\n")


def test_config_settings_and_flags_over_them(cwd):
    (cwd / "jdlint.toml").write_text('select = ["LA"]\nfail-on = "error"\nformat = "json"\n')
    (cwd / "a.md").write_text(BAD)
    result = run("a.md")
    ok(result, 0)  # LA001 is a warning, the config fails on errors only
    assert [f["rule"] for f in files_of(result)[0]["findings"]] == ["LA001"]
    ok(run("--fail-on", "warning", "a.md"), 1)
    result = run("--select", "SU005", "--format", "text", "a.md")
    assert "SU005" in result.stdout and "LA001" not in result.stdout


def test_explicit_config_file_and_unknown_rule_in_config(cwd):
    (cwd / "a.md").write_text(BAD)
    (cwd / "custom.toml").write_text('ignore = ["NOPE"]\n')
    result = run("--config", "custom.toml", "a.md")
    ok(result, 2)
    assert "config error: custom.toml: ignore: unknown rule or prefix 'NOPE'" in result.stderr
    ok(run("--config", "missing.toml", "a.md"), 2)


def test_config_found_upward_from_the_first_path(cwd, monkeypatch):
    project = cwd / "project"
    (project / "ads").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[tool.jdlint]\nselect = ["LA", "SU005"]\nexclude = ["ads/skip.md"]\n'
        '[tool.jdlint.per-file-ignores]\n"ads/*" = ["SU005"]\n[tool.jdlint.role-overrides]\n"ads/other.md" = "other"\n'
    )
    for name in ("a.md", "skip.md", "other.md"):
        (project / "ads" / name).write_text(BAD)
    result = run("--format", "json", str(project / "ads"))
    files = {Path(f["path"]).name: f for f in files_of(result)}
    assert sorted(files) == ["a.md", "other.md"]
    a = {f["rule"]: f["suppressed"] for f in files["a.md"]["findings"]}
    assert a == {"LA001": False, "SU005": True}
    assert files["other.md"]["role"]["kind"] == "other"


def test_extra_phrases_are_rules_tested_by_their_examples(cwd):
    (cwd / "a.md").write_text(BAD + "\nWe want a peer support rockstar.\n")
    entry = ('[[extra-phrases]]\nid = "XP001"\nname = "rockstar"\nseverity = "warning"\n'
             'message = "“{match}” is jargon."\npatterns = ["rockstar|ninja"]\n')  # fmt: skip
    (cwd / "jdlint.toml").write_text(entry + 'bad = "We want a rockstar."\ngood = "We want a worker."\n')
    result = run("--select", "XP", "--format", "json", "a.md")
    ok(result, 1)
    assert [f["rule"] for f in files_of(result)[0]["findings"]] == ["XP001"]
    (cwd / "jdlint.toml").write_text(entry + 'bad = "We want a worker."\ngood = "We want a helper."\n')
    result = run("a.md")
    ok(result, 2)
    assert "XP001 does not flag its bad example" in result.stderr


def test_extra_phrase_with_a_broken_pattern_is_a_config_error(cwd):
    (cwd / "a.md").write_text(BAD)
    (cwd / "jdlint.toml").write_text('[[extra-phrases]]\nid = "XP001"\nname = "x"\nseverity = "info"\n'
                                     'message = "m"\npatterns = ["_{5,2} foo"]\nbad = "foo"\ngood = "bar"\n')  # fmt: skip
    result = run("a.md")
    ok(result, 2)
    assert result.stderr.startswith("jdlint: config error: jdlint.toml: extra-phrases XP001: bad pattern:")


def test_include_exclude_flags_and_hidden_files(cwd):
    ads = cwd / "ads"
    (ads / ".private").mkdir(parents=True)
    for name in ("a.md", "b.txt", ".private/c.md", ".d.md"):
        (ads / name).write_text(BAD)
    result = run("--format", "json", "--exclude", "b.txt", str(ads))
    assert [Path(f["path"]).name for f in files_of(result)] == ["a.md"]
    result = run("--format", "json", "--include", "*.txt", str(ads))
    assert [Path(f["path"]).name for f in files_of(result)] == ["b.txt"]


def test_every_file_named_is_excluded(cwd):
    (cwd / ".jdlintignore").write_text("*.md\n")
    (cwd / "a.md").write_text(BAD)
    result = run("a.md")
    ok(result, 0)
    assert "nothing to check" in result.stderr


# --------------------------------------------------------------------------- baseline


def test_write_baseline_then_only_new_findings_fail(cwd):
    (cwd / "ads").mkdir()
    (cwd / "ads" / "a.md").write_text(BAD)
    ok(run("--write-baseline", "baseline.json", "ads"), 0)
    data = json.loads((cwd / "baseline.json").read_text())
    assert "ads/a.md" in data["files"]
    ok(run("--baseline", "baseline.json", "ads"), 0)
    (cwd / "ads" / "a.md").write_text(BAD + "\nOur clients are alcoholics.\n")
    result = run("--baseline", "baseline.json", "--format", "json", "ads")
    ok(result, 1)
    live = [f["rule"] for f in files_of(result)[0]["findings"] if not f["suppressed"]]
    assert live == ["LA002"]
    assert any("in the baseline" in n for n in files_of(result)[0]["notes"])
    ok(run("--baseline", "nope.json", "ads"), 2)


# --------------------------------------------------------------------------- parallel


@pytest.mark.slow
def test_parallel_run_matches_serial_run(cwd):
    ads = mixed(cwd)
    for i in range(6):
        (ads / f"extra{i}.md").write_text(BAD if i % 2 else GOOD)
    serial = run("--format", "json", str(ads))
    parallel = CliRunner().invoke(main, ["check", "-j", "2", "--format", "json", str(ads)])
    assert parallel.exit_code == serial.exit_code == 1
    assert files_of(parallel) == files_of(serial)


@pytest.mark.slow
def test_the_installed_command_in_a_subprocess(cwd):
    ads = mixed(cwd)
    for i in range(6):  # enough files for a process pool (batch.SERIAL_BELOW)
        (ads / f"extra{i}.md").write_text(BAD if i % 2 else GOOD)
    proc = subprocess.run([sys.executable, "-m", "jdlint.cli", "check", "-j", "2", "--format", "json", str(ads)],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(json.loads(proc.stdout)["files"]) == 13


def test_max_memory_mb_is_an_option_with_a_floor(cwd):
    (cwd / "good.md").write_text(GOOD, encoding="utf-8")
    result = run("--max-memory-mb", "512", "--format", "json", "good.md")
    assert json.loads(result.stdout)["files"][0]["error"] is None
    result = run("--max-memory-mb", "8", "good.md")
    assert result.exit_code == 2 and "--max-memory-mb" in result.output


def test_serve_passes_its_limits_to_the_app(monkeypatch):
    import jdlint.web.server as server

    seen = {}
    monkeypatch.setattr(server, "serve", lambda **kwargs: seen.update(kwargs))
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--timeout", "5", "--max-memory-mb", "700",
                                       "--processes", "3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert seen["processes"] == 3
    assert seen["config"] == {"JDLINT_READ_TIMEOUT": 5.0, "JDLINT_READ_MEMORY_MB": 700}
    from jdlint.web import create_app
    from jdlint.web.service import limits

    with create_app(seen["config"]).app_context():
        assert (limits().timeout, limits().memory_mb) == (5.0, 700)


def test_serve_takes_a_body_budget_and_refuses_one_under_the_upload_limit(monkeypatch) -> None:
    import jdlint.web.server as server

    made = {}

    def make_server(*args, **kwargs):
        made.update(kwargs)
        raise OSError(98, "stopped here by the test")

    monkeypatch.setattr(server, "make_server", make_server)
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--body-budget-mb", "300"])
    assert made["body_budget_mb"] == 300 and "cannot listen" in result.output
    monkeypatch.setenv("JDLINT_MAX_UPLOAD_MB", "20")
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--body-budget-mb", "16"])
    assert result.exit_code == 2
    assert "the body budget (16 MB) is under the largest request body the upload limit allows (28 MB)" in result.output

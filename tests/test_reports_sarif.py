"""SARIF 2.1.0: valid against the OASIS schema, and carrying what GitHub code scanning reads."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_reports_common import docx_report, error_report, sample_reports, span, text_report

from jdlint.model import Location, Report
from jdlint.registry import default_registry
from jdlint.reports import sarif

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")

SCHEMA_FILE = Path(sarif.__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


@pytest.fixture(scope="module")
def log() -> dict:
    return json.loads(sarif.render(sample_reports(), root=Path.cwd()))


def results_for(log: dict, uri: str) -> list[dict]:
    return [
        r
        for r in log["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri
    ]


def assert_valid(validator, log: dict) -> None:
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)
    ]
    assert not errors, "\n".join(errors)


def test_validates_against_the_oasis_schema(validator, log: dict) -> None:
    assert_valid(validator, log)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")


@pytest.mark.parametrize(
    "reports", [[], [error_report()], [text_report()]], ids=["empty", "error-only", "text"]
)
def test_edge_cases_validate(validator, reports: list[Report]) -> None:
    assert_valid(validator, json.loads(sarif.render(reports)))


def test_the_real_corpus_validates(validator, shared: Path) -> None:
    from jdlint.api import check_path, iter_files

    reports = [check_path(p) for p in list(iter_files([shared / "corpus" / "real"]))[:4]]
    log = json.loads(sarif.render(reports, root=shared))
    assert_valid(validator, log)
    assert log["runs"][0]["results"]
    assert all(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("corpus/real/")
        for r in log["runs"][0]["results"]
    )


def test_driver_and_rules(log: dict) -> None:
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "jdlint"
    assert driver["version"]
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    assert len(rules) >= len(default_registry())
    by_id = {r["id"]: r for r in rules}
    la006 = by_id["LA006"]
    assert la006["name"] == "suffering-from"
    assert la006["shortDescription"]["text"]
    assert la006["fullDescription"]["text"]
    assert la006["help"]["markdown"].startswith("## LA006")
    assert la006["help"]["text"]
    assert la006["defaultConfiguration"]["level"] == "warning"
    assert (
        "language" in la006["properties"]["tags"]
        or la006["properties"]["category"] in la006["properties"]["tags"]
    )
    assert by_id["RD001"]["defaultConfiguration"]["level"] == "note"
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_results_from_a_text_advert(log: dict) -> None:
    results = results_for(log, "adverts/peer-support-worker.txt")
    la006 = next(r for r in results if r["ruleId"] == "LA006")
    assert la006["level"] == "warning"
    assert "living with" in la006["message"]["text"], "the fix is in the message"
    location = la006["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert location["region"]["startLine"] == 3
    assert location["region"]["startColumn"] > 1
    assert location["region"]["snippet"]["text"] == "suffering from"
    levels = {r["level"] for r in results}
    assert levels <= {"error", "warning", "note"}
    assert "suppressions" not in la006


def test_missing_content_is_about_the_whole_word_or_pdf_file(log: dict) -> None:
    """A Word or PDF file has no lines: a finding about something missing from it has no
    region (the whole file), never a made-up line 1."""
    cs003 = next(
        r
        for r in results_for(log, "adverts/senior%20peer%2C%20v2%3A%20final.pdf")
        if r["ruleId"] == "CS003"
    )
    assert cs003["locations"][0]["physicalLocation"] == {
        "artifactLocation": cs003["locations"][0]["physicalLocation"]["artifactLocation"]
    }
    assert "logicalLocations" not in cs003["locations"][0]
    assert cs003["properties"]["missing"] is True


def test_missing_content_in_a_text_file_sits_at_line_1() -> None:
    report = text_report()
    missing = next(f for f in report.findings if f.span is None)
    log = json.loads(sarif.render([replace(report, findings=(missing,))]))
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


def test_uris_are_relative_forward_slashed_and_encoded(log: dict) -> None:
    uris = {a["location"]["uri"] for a in log["runs"][0]["artifacts"]}
    assert "adverts/docx/peer-worker.docx" in uris
    assert "adverts/senior%20peer%2C%20v2%3A%20final.pdf" in uris
    assert all(" " not in u and "\\" not in u and not u.startswith("/") for u in uris)
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def test_a_file_outside_the_root_gets_an_absolute_file_uri(tmp_path: Path) -> None:
    report = replace(docx_report(), path=str(tmp_path / "a b.docx"))
    log = json.loads(sarif.render([report], root=tmp_path / "elsewhere"))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"].startswith("file:///") and "a%20b.docx" in location["uri"]
    assert "uriBaseId" not in location


def test_pdf_and_docx_locations_are_logical_locations_not_a_line(log: dict) -> None:
    """A page, paragraph or table cell is said as a logical location, in the message and in
    properties, with no region: a line 1 would send the reader to the wrong place."""
    pdf = next(
        r
        for r in results_for(log, "adverts/senior%20peer%2C%20v2%3A%20final.pdf")
        if r["ruleId"] == "CS004"
    )
    location = pdf["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "adverts/senior%20peer%2C%20v2%3A%20final.pdf"
    assert location["logicalLocations"] == [{"name": "page 2", "kind": "page"}]
    assert "(page 2)" in pdf["message"]["text"]
    assert pdf["properties"]["page"] == 2
    assert pdf["properties"]["evidence"] == "You will administer medication, 100% of the time."
    docx = results_for(log, "adverts/docx/peer-worker.docx")
    la001 = next(r for r in docx if r["ruleId"] == "LA001")
    assert "region" not in la001["locations"][0]["physicalLocation"]
    assert la001["locations"][0]["logicalLocations"] == [{"name": "paragraph 7", "kind": "paragraph"}]
    assert "paragraph 7" in la001["message"]["text"] and la001["properties"]["paragraph"] == 7
    rd003 = next(r for r in docx if r["ruleId"] == "RD003")
    assert rd003["locations"][0]["logicalLocations"] == [{"name": "table 1 row 2 column 3", "kind": "tableCell"}]
    assert "table 1 row 2 column 3" in rd003["message"]["text"]
    assert rd003["properties"]["table"] == 1
    assert all("region" not in r["locations"][0]["physicalLocation"] for r in docx)


def test_a_paragraph_on_a_page_is_named_under_its_page() -> None:
    report = docx_report()
    finding = replace(report.findings[0], span=span("Addicts welcome.", page=3, paragraph=12))
    log = json.loads(sarif.render([replace(report, findings=(finding,))]))
    assert log["runs"][0]["results"][0]["locations"][0]["logicalLocations"] == [
        {"name": "paragraph 12", "kind": "paragraph", "fullyQualifiedName": "page 3/paragraph 12"}
    ]


def test_suppressed_findings_carry_an_in_source_suppression(log: dict) -> None:
    la006 = next(
        r
        for r in results_for(log, "adverts/senior%20peer%2C%20v2%3A%20final.pdf")
        if r["ruleId"] == "LA006"
    )
    assert la006["suppressions"] == [{"kind": "inSource"}]


def test_read_errors_are_tool_execution_notifications(log: dict) -> None:
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True
    errors = [n for n in invocation["toolExecutionNotifications"] if n["level"] == "error"]
    assert len(errors) == 1 and "damaged" in errors[0]["message"]["text"]
    uri = errors[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "adverts/broken.docx"
    assert not results_for(log, "adverts/broken.docx")
    only_errors = json.loads(sarif.render([error_report()]))
    assert only_errors["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_fingerprints_survive_line_moves_and_tell_repeats_apart() -> None:
    report = text_report()
    finding = next(f for f in report.findings if f.rule == "LA006")
    assert finding.span is not None
    moved = replace(finding, span=replace(finding.span, location=Location(line=40, column=3)))
    assert sarif.fingerprint(finding) == sarif.fingerprint(moved)
    restyled = replace(finding, span=replace(finding.span, text="Suffering   from"))
    assert sarif.fingerprint(finding) == sarif.fingerprint(restyled), (
        "case and spacing do not count"
    )
    other_rule = replace(finding, rule="LA007")
    assert sarif.fingerprint(finding) != sarif.fingerprint(other_rule)

    twice = replace(report, findings=(finding, moved))
    log = json.loads(sarif.render([twice]))
    prints = [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in log["runs"][0]["results"]]
    assert prints[0].split(":")[0] == prints[1].split(":")[0]
    assert prints[0] != prints[1]

    a = json.loads(sarif.render([report]))["runs"][0]["results"]
    shifted = replace(
        report,
        findings=tuple(
            replace(
                f,
                span=replace(
                    f.span, location=Location(line=(f.span.location.line or 0) + 5, column=1)
                ),
            )
            if f.span
            else f
            for f in report.findings
        ),
    )
    b = json.loads(sarif.render([shifted]))["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in a] == [r["partialFingerprints"] for r in b]


def test_an_unknown_rule_gets_a_descriptor(validator) -> None:
    report = docx_report()
    custom = replace(report.findings[0], rule="XX900", name="house-style")
    log = json.loads(sarif.render([replace(report, findings=(custom,))]))
    assert_valid(validator, log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    result = log["runs"][0]["results"][0]
    assert rules[result["ruleIndex"]]["id"] == "XX900"


def test_artifacts_carry_role_score_and_verdicts(log: dict) -> None:
    artifacts = {a["location"]["uri"]: a for a in log["runs"][0]["artifacts"]}
    pdf = artifacts["adverts/senior%20peer%2C%20v2%3A%20final.pdf"]["properties"]
    assert pdf["role"] == "peer-senior" and pdf["score"] == 41
    assert pdf["criteria"]["peer-panel"] == "not-met"
    assert artifacts["adverts/broken.docx"]["properties"]["error"]


@pytest.mark.parametrize(("git", "cwd", "given", "expected"), [
    (".git", "adverts", "psw.txt", "adverts/psw.txt"),            # a workflow's working-directory: a sub-folder
    (".git", "adverts/uk", "../psw.txt", "adverts/psw.txt"),      # a path up from a deeper folder
    (".git", "adverts", "ABSOLUTE", "adverts/psw.txt"),           # an absolute path into the checkout
    ("git-file", "adverts", "psw.txt", "adverts/psw.txt"),        # a worktree or submodule: .git is a file
    (None, "adverts", "psw.txt", "psw.txt"),                      # the twin: no repository, the current folder
])  # fmt: skip
def test_paths_are_relative_to_the_repository_root_from_a_sub_folder(tmp_path, monkeypatch, git, cwd, given, expected):
    """The class: GitHub code scanning (and a workflow's ::error file=) reads a relative path
    from the repository's root and ignores uriBaseId; jdlint run from a sub-folder named
    "psw.txt" where the repository holds "adverts/psw.txt", and the alert pointed nowhere.
    Paths are now taken from the root of the repository the current folder is in (else
    the current folder), in SARIF and in the github format."""
    from jdlint.reports import github

    if git == ".git":
        (tmp_path / ".git").mkdir()
    elif git == "git-file":
        (tmp_path / ".git").write_text("gitdir: /elsewhere/.git/worktrees/x\n")
    (tmp_path / cwd).mkdir(parents=True)
    (tmp_path / "adverts" / "psw.txt").write_text("Peer Support Worker\n")
    monkeypatch.chdir(tmp_path / cwd)
    path = str(tmp_path / "adverts" / "psw.txt") if given == "ABSOLUTE" else given
    report = replace(text_report(), path=path)
    log = json.loads(sarif.render([report]))
    location = log["runs"][0]["artifacts"][0]["location"]
    assert location == {"uri": expected, "uriBaseId": "%SRCROOT%"}
    root = (tmp_path if git else tmp_path / cwd).resolve()
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == root.as_uri() + "/"
    assert f"file={expected}," in github.render([report])

"""JUnit XML: parses, one test case per file, failures at the threshold, errors for unreadable files."""

from __future__ import annotations

from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest
import test_reports_common as common

from jdlint.reports import junit


def parse(xml: str) -> ET.Element:
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(xml.encode("utf-8"))


def cases(root: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name"): case for case in root.iter("testcase")}


def props(element: ET.Element) -> dict[str, str]:
    return {p.get("name"): p.get("value") for p in element.find("properties")}


def test_one_suite_one_case_per_file() -> None:
    root = parse(junit.render(common.sample_reports()))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert suite.get("tests") == "4"
    assert suite.get("errors") == "1"
    assert suite.get("skipped") == "0"
    assert int(suite.get("failures")) == sum(
        1 for c in suite.iter("testcase") if c.find("failure") is not None
    )
    assert root.get("tests") == suite.get("tests")
    assert all(c.get("classname") == "jdlint" for c in suite.iter("testcase"))
    assert set(cases(root)) == {r.path for r in common.sample_reports()}
    assert not list(root.iter("skipped"))


def test_failure_lists_findings_at_or_above_the_threshold() -> None:
    root = parse(junit.render([common.pdf_report()], fail_on="warning"))
    failure = cases(root)["adverts/senior peer, v2: final.pdf"].find("failure")
    assert failure is not None
    assert failure.get("message") == "2 errors (at or above warning)"
    lines = failure.text.strip().splitlines()
    assert len(lines) == 2, "the suppressed warning and the info finding are not failures"
    assert lines[0].startswith("adverts/senior peer, v2: final.pdf:page 2: error CS004 ")
    assert lines[1].startswith("adverts/senior peer, v2: final.pdf: error CS003 ")

    root = parse(junit.render([common.pdf_report()], fail_on="info"))
    failure = cases(root)["adverts/senior peer, v2: final.pdf"].find("failure")
    assert failure.get("message") == "2 errors, 1 info (at or above info)"


def test_below_the_threshold_passes_but_shows_in_system_out() -> None:
    root = parse(junit.render([common.docx_report()], fail_on="error"))
    case = cases(root)["adverts/docx/peer-worker.docx"]
    assert case.find("failure") is None and case.find("error") is None
    out = case.find("system-out").text
    assert "LA001" in out and "para 7" in out
    assert "peer-panel: met" in out


def test_unreadable_file_is_an_error() -> None:
    root = parse(junit.render([common.error_report()]))
    case = cases(root)["adverts/broken.docx"]
    error = case.find("error")
    assert error is not None and error.get("type") == "ReadError"
    assert "damaged (100%)" in error.get("message")
    assert case.find("failure") is None


def test_properties_hold_role_and_score() -> None:
    root = parse(junit.render(common.sample_reports()))
    found = cases(root)
    pdf = props(found["adverts/senior peer, v2: final.pdf"])
    assert pdf["role"] == "peer-senior" and pdf["score"] == "41"
    assert pdf["peer-panel"] == "not-met"
    assert props(found["adverts/broken.docx"])["role"] == ""
    suite_props = props(root.find("testsuite"))
    assert suite_props["fail_on"] == "warning" and suite_props["jdlint.version"]


def test_advert_text_is_escaped() -> None:
    xml = junit.render([common.text_report()], fail_on="info")
    assert common.SCRIPT not in xml
    assert "&lt;script&gt;" in xml or "suffering from" in xml
    parse(xml)


def test_control_characters_are_shown_and_lone_surrogates_dropped() -> None:
    report = common.pdf_report()
    bad = replace(report.findings[0], message="form\x01feed \x00null \ud800 and “quotes” & <tags>")
    xml = junit.render([replace(report, findings=(bad,))])
    root = parse(xml)
    failure = root.find("testsuite/testcase/failure")
    assert "form\\x01feed \\x00null  and “quotes” & <tags>" in failure.text


def test_fail_on_is_checked() -> None:
    with pytest.raises(ValueError):
        junit.render([common.docx_report()], fail_on="fatal")

"""Baselines: record findings by sentence, not by line; only new findings fail."""

from __future__ import annotations

import json

import pytest

from jdlint import baseline
from jdlint.batch import Checker, Settings, Task
from jdlint.errors import UsageError

HEAD = "# Peer Support Worker\n\nYou must have lived experience of mental health challenges.\n\n"
ADDICTS = "The service supports addicts in the city.\n\n"
FILLER = "We offer a friendly team.\n\nThe office is near the station.\n\n"


def outcome(path):
    return Checker(Settings())(Task(str(path)))


def unsuppressed(report, rule=None):
    return [f.rule for f in report.findings if not f.suppressed and (rule is None or f.rule == rule)]


@pytest.fixture
def advert(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "adverts" / "a.md"
    path.parent.mkdir()
    path.write_text(HEAD + ADDICTS + FILLER, encoding="utf-8")
    return path


def record(path, tmp_path):
    o = outcome(path)
    baseline.write(tmp_path / "baseline.json", [(o.report, o.fingerprints)])
    return baseline.load(tmp_path / "baseline.json")


def test_baseline_suppresses_everything_it_recorded(advert, tmp_path):
    known = record(advert, tmp_path)
    o = outcome(advert)
    applied = known.apply(o.report, o.fingerprints)
    assert unsuppressed(o.report) and not unsuppressed(applied)
    assert any("in the baseline" in n for n in applied.notes)


def test_moving_a_paragraph_keeps_it_baselined(advert, tmp_path):
    known = record(advert, tmp_path)
    advert.write_text(HEAD + FILLER + FILLER + ADDICTS, encoding="utf-8")
    o = outcome(advert)
    line = next(f.span.location.line for f in o.report.findings if f.rule == "LA001")
    assert line > 5  # it did move
    assert not unsuppressed(known.apply(o.report, o.fingerprints), "LA001")


def test_changing_the_sentence_makes_it_new(advert, tmp_path):
    known = record(advert, tmp_path)
    advert.write_text(HEAD + "The service supports addicts across the county.\n\n" + FILLER, encoding="utf-8")
    o = outcome(advert)
    assert unsuppressed(known.apply(o.report, o.fingerprints)) == ["LA001"]


def test_a_second_copy_of_the_same_finding_is_new(advert, tmp_path):
    known = record(advert, tmp_path)
    advert.write_text(HEAD + ADDICTS + FILLER + ADDICTS, encoding="utf-8")
    o = outcome(advert)
    assert unsuppressed(known.apply(o.report, o.fingerprints)) == ["LA001"]


def test_case_and_whitespace_do_not_matter(advert, tmp_path):
    known = record(advert, tmp_path)
    advert.write_text(HEAD + "The  service supports addicts\nin the city.\n\n" + FILLER, encoding="utf-8")
    o = outcome(advert)
    assert not unsuppressed(known.apply(o.report, o.fingerprints), "LA001")


def test_paths_are_relative_to_the_baseline_file(advert, tmp_path, monkeypatch):
    record(advert, tmp_path)
    data = json.loads((tmp_path / "baseline.json").read_text())
    assert list(data["files"]) == ["adverts/a.md"]
    assert {"rule": "LA001", "evidence": "addicts"}.items() <= data["files"]["adverts/a.md"][0].items()
    monkeypatch.chdir(advert.parent)  # the same file named from elsewhere still matches
    known = baseline.load(tmp_path / "baseline.json")
    o = Checker(Settings())(Task("a.md"))
    assert not unsuppressed(known.apply(o.report, o.fingerprints))


def test_missing_content_findings_are_recorded_per_rule(advert, tmp_path):
    known = record(advert, tmp_path)
    rows = json.loads((tmp_path / "baseline.json").read_text())["files"]["adverts/a.md"]
    assert any(r["rule"] == "SU005" and r["evidence"] == "" for r in rows)
    o = outcome(advert)
    assert "SU005" not in unsuppressed(known.apply(o.report, o.fingerprints))


def test_sentence_of():
    text = "First one. The service supports addicts here! Last one?"
    start = text.index("addicts")
    assert baseline.sentence_of(text, start, start + 7) == "The service supports addicts here!"
    assert baseline.sentence_of("No stop addicts", 8, 15) == "No stop addicts"


@pytest.mark.parametrize("content", ["{", "[]", '{"version": 99, "files": {}}', '{"version": 1, "files": {"a": [{}]}}'])
def test_bad_baseline_files_are_usage_errors(tmp_path, content):
    (tmp_path / "b.json").write_text(content)
    with pytest.raises(UsageError, match="baseline"):
        baseline.load(tmp_path / "b.json")
    with pytest.raises(UsageError, match="no such file"):
        baseline.load(tmp_path / "missing.json")

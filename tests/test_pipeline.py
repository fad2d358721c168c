"""One pipeline for every front end (issue 14): the same bytes give the same report whether
they come in by ``jdlint check --format json``, ``jdlint.api``, ``POST /api/check`` or the
Dask executor (apart from the path): inline suppressions applied, a time limit reached, a
corrupt file refused in one line."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint import batch
from jdlint.api import check_bytes, check_path, check_text
from jdlint.cli import main
from jdlint.pipeline import Settings, Source, check_source, engine_for
from jdlint.readers import Limits
from jdlint.reports.json import report_dict

pytest_plugins = ("conftest_web",)

SECONDS = 4.0  # the time limit of every door here: ample for a short advert, short for a test
SLOW = "Zqxslowstage"  # an advert holding this word meets the slow stage below
STALL = 120.0  # how long the slow stage would run: only the time limit ends it in time

ADVERT = """# Peer Support Worker

## About the role

You will use your own lived experience of mental health challenges to walk alongside the
people who use our services, in mutual and hopeful relationships.

<!-- jdlint: ignore[LA001] -->
Many of the people we support are addicts rebuilding their lives.

## Person specification

- Essential: lived experience of mental health challenges and of recovery.
- The interview panel includes a peer worker.
"""

CASES = {
    "advert.md": ADVERT.encode(),
    "slow.md": ADVERT.replace("rebuilding", f"rebuilding ({SLOW})").encode(),
    "broken.docx": b"PK\x03\x04" + bytes(range(256)) * 4,  # a zip header, then nothing of a zip
}


def install_slow_stage() -> None:
    """Make the engine's check stall on adverts holding :data:`SLOW` (in this process; on
    Dask workers through ``client.run``). Slow on purpose, never by machine speed."""
    import time as clock

    from jdlint.engine import Engine

    original = Engine.check
    if getattr(original, "slow_stage", False):
        return

    def check(self, document, role=None):
        if SLOW in document.text:
            end = clock.monotonic() + STALL
            while clock.monotonic() < end:
                clock.sleep(0.01)
        return original(self, document, role=role)

    check.slow_stage = True
    Engine.check = check


def warm() -> None:
    """Load spaCy and build the engine in this process, outside any time limit."""
    check_text(ADVERT)


def entry(d: dict) -> dict:
    """A JSON report entry without its path (the one thing that differs by door)."""
    return {k: v for k, v in d.items() if k != "path"}


@pytest.fixture(scope="module")
def slow_stage():
    from jdlint.engine import Engine

    original = Engine.check
    warm()
    install_slow_stage()
    yield
    Engine.check = original


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("doors")
    out = {}
    for name, data in CASES.items():
        (folder / name).write_bytes(data)
        out[name] = folder / name
    return out


@pytest.fixture(scope="module")
def by_cli(files, slow_stage) -> dict[str, dict]:
    got = {}
    for name, path in files.items():
        result = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", "--timeout", f"{SECONDS:g}", str(path)])
        assert result.exit_code == (1 if name == "advert.md" else 2), result.output  # findings; a file failed
        [got[name]] = json.loads(result.stdout)["files"]
    return got


@pytest.fixture(scope="module")
def by_api(slow_stage) -> dict[str, dict]:
    return {name: report_dict(check_bytes(data, name, limits=Limits(timeout=SECONDS))) for name, data in CASES.items()}


@pytest.mark.parametrize("web_config", [{"TESTING": True, "WTF_CSRF_ENABLED": False, "JDLINT_READ_TIMEOUT": SECONDS}])
def test_the_api_and_the_web_give_the_cli_report(by_cli, by_api, client):
    for name, data in CASES.items():
        response = client.post("/api/check", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
        [web] = response.get_json()["files"]
        assert entry(web) == entry(by_cli[name]) == entry(by_api[name]), name
        assert response.status_code == (200 if name == "advert.md" else 422), name


def test_the_three_cases_are_what_they_claim(by_cli, files):
    advert = by_cli["advert.md"]
    assert advert["error"] is None
    addicts = [f for f in advert["findings"] if f["rule"] == "LA001"]
    assert addicts and all(f["suppressed"] for f in addicts)  # the directive holds at every door
    assert by_cli["slow.md"]["error"] == f"checking took longer than {SECONDS:g} s"
    broken = by_cli["broken.docx"]["error"]
    assert broken and "\n" not in broken and "longer than" not in broken
    assert entry(report_dict(check_path(files["advert.md"], limits=Limits(timeout=SECONDS)))) == entry(advert)


def test_without_the_directive_the_finding_counts(slow_stage):
    plain = ADVERT.replace("<!-- jdlint: ignore[LA001] -->\n", "")
    found = [f for f in check_bytes(plain.encode(), "advert.md").findings if f.rule == "LA001"]
    assert found and not any(f.suppressed for f in found)


def test_pasted_text_is_suppressed_too(slow_stage):
    report = check_text(ADVERT)
    assert [f.suppressed for f in report.findings if f.rule == "LA001"] == [True]


def test_check_source_names_the_failing_stage(slow_stage):
    read = check_source(Source.of_bytes(CASES["broken.docx"], "broken.docx"), engine_for(), Limits(timeout=SECONDS))
    assert read.stage == "read" and read.error and read.document is None
    slow = check_source(Source.of_bytes(CASES["slow.md"], "slow.md"), engine_for(), Limits(timeout=0.5))
    assert slow.stage == "check" and slow.error == "checking took longer than 0.5 s"
    good = check_source(Source.of_bytes(CASES["advert.md"], "advert.md", role="other"), engine_for(), Limits())
    assert good.stage is None and good.report.role.kind == "other" and good.data == CASES["advert.md"]


def test_one_engine_per_settings():
    assert engine_for(Settings()) is engine_for(Settings(role="peer", limits=Limits(timeout=1)))
    assert engine_for(Settings(ignore=("LA",))) is not engine_for(Settings())
    assert engine_for(Settings(ignore=("LA",))) is engine_for(Settings(ignore=("LA",)))


needs_dask = pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                reason="the dask extra is not installed (pip install -e '.[dask]')")  # fmt: skip


@needs_dask
def test_the_dask_executor_gives_the_cli_report(files, by_cli):
    import cloudpickle

    from jdlint.dask_executor import make_dask_executor

    checker = batch.Checker(Settings(limits=Limits(timeout=SECONDS)))
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests
    try:
        with make_dask_executor(checker, jobs=1) as executor:
            executor.client.run(install_slow_stage)  # on every worker process
            executor.client.run(warm)  # spaCy loaded there before any time limit runs
            tasks = batch.collect([str(p) for p in files.values()])
            outcomes = batch.run(tasks, checker, executor, progress=False)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    got = {Path(o.report.path).name: report_dict(o.report) for o in outcomes}
    assert {name: entry(d) for name, d in got.items()} == {name: entry(d) for name, d in by_cli.items()}


def test_fix_leaves_a_suppressed_finding_alone(slow_stage):
    """``jdlint fix`` checks through the same pipeline: what the advert suppresses is not rewritten."""
    from jdlint.fixing import fix_bytes

    kept = fix_bytes(CASES["advert.md"], "advert.md")
    assert "LA001" not in [e.rule for e in kept.applied] and b"are addicts rebuilding" in kept.data
    plain = ADVERT.replace("<!-- jdlint: ignore[LA001] -->\n", "").encode()
    assert "LA001" in [e.rule for e in fix_bytes(plain, "advert.md").applied]


class _Recording:
    """An engine that records whether the cyclic garbage collector ran during its check."""

    def __init__(self) -> None:
        self.inner = engine_for()
        self.registry = self.inner.registry
        self.collecting: list[bool] = []

    def check(self, document, role=None):
        import gc

        self.collecting.append(gc.isenabled())
        return self.inner.check(document, role=role)


@pytest.mark.parametrize("was_on", [True, False])
def test_the_collector_is_paused_for_the_check_and_left_as_it_was(was_on):
    import gc

    engine = _Recording()
    (gc.enable if was_on else gc.disable)()
    try:
        checked = check_source(Source("advert.md", text=ADVERT), engine, Limits(timeout=30))
        after = gc.isenabled()
    finally:
        gc.enable()
    assert checked.report.error is None and checked.report.criteria
    assert engine.collecting == [False]
    assert after is was_on


@pytest.mark.parametrize(("name", "data"), [
    ("advert.md", None),  # pasted Markdown
    ("advert.txt", b"Peer Support Worker\n\nYou will draw on your own lived experience of recovery.\n"),
    ("advert.html", b"<h1>Peer Worker</h1><p>Lived experience of mental distress is essential.</p>"),
])  # fmt: skip
def test_the_collector_never_goes_over_a_document_its_caller_drops(monkeypatch, name, data):
    """With a collection due at every allocation (thresholds of 1), none starts while the
    advert's document lives, for a caller that keeps only the report (as ``check_text``):
    reading (but a PDF) and checking are paused together, and the pause ends with nothing
    left to allocate before the return, so the document is freed before the collector runs."""
    import gc
    import weakref

    import jdlint.readers as readers

    engine_for()  # (built outside: the first engine is built paused, then frozen)
    documents: list[weakref.ref] = []

    def kept(read):
        def reading(*args, **kwargs):
            document = read(*args, **kwargs)
            documents.append(weakref.ref(document))
            return document

        return reading

    monkeypatch.setattr(readers, "read_text", kept(readers.read_text))
    monkeypatch.setattr(readers, "read_bytes", kept(readers.read_bytes))
    held: list[int] = []

    def note(phase, info):
        if phase == "start" and documents and documents[-1]() is not None:
            held.append(info["generation"])

    source = Source(name, text=ADVERT) if data is None else Source(name, data=data)
    thresholds = gc.get_threshold()
    gc.callbacks.append(note)
    gc.set_threshold(1, 1, 1)
    try:
        report = check_source(source, None, Limits(timeout=30)).report
        due = [[] for _ in range(3)]  # collections run here (the document gone)
    finally:
        gc.set_threshold(*thresholds)
        gc.callbacks.remove(note)
    assert report.error is None and report.criteria and len(due) == 3
    assert len(documents) == 1 and documents[0]() is None
    assert held == []


def test_a_pdf_is_read_with_the_collector_on(monkeypatch):
    """Its parser runs in a forked reader process that would inherit a pause (or in this one
    with JDLINT_SANDBOX=0) and may build cycles within a memory limit; the check is paused."""
    import gc

    import jdlint.readers as readers

    seen: list[bool] = []
    text = readers.read_text

    def read_bytes(data, path="<text>", limits=None, fmt=None):
        seen.append(gc.isenabled())
        return text(ADVERT, path)

    monkeypatch.setattr(readers, "read_bytes", read_bytes)
    engine = _Recording()
    checked = check_source(Source("advert.pdf", data=b"%PDF-1.7\n..."), engine, Limits(timeout=30))
    assert checked.report.error is None and seen == [True] and engine.collecting == [False]
    assert gc.isenabled()
    checked = check_source(Source("advert.txt", data=ADVERT.encode()), engine, Limits(timeout=30))
    assert seen == [True, False] and gc.isenabled()  # any other format: paused


def test_a_failing_check_turns_the_collector_back_on():
    import gc

    class Failing(_Recording):
        def check(self, document, role=None):
            super().check(document, role)
            raise ValueError("boom")

    engine = Failing()
    checked = check_source(Source("advert.md", text=ADVERT), engine, Limits(timeout=30))
    assert "boom" in checked.report.error and engine.collecting == [False]
    assert gc.isenabled()

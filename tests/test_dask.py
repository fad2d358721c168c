"""The Dask executor on a two-worker LocalCluster (127.0.0.1), resumable runs, and the
one-line error without the dask extra.

One cluster serves the module (started once, about 5 s); a dozen generated adverts (DOCX,
PDF, Markdown, text) and a corrupt PDF are the corpus.
"""

from __future__ import annotations

import builtins
import importlib.util
import json
import os
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint import batch
from jdlint.batch import Checker, Outcome, SerialExecutor, Settings, Task, WorkerCrashed
from jdlint.cli import main
from jdlint.dask_executor import INSTALL_HINT, run_batch
from jdlint.model import Report
from jdlint.readers import Limits
from jdlint.resume import Journal, ResumeError, report_from_dict

ROOT = Path(__file__).resolve().parent.parent
CORRUPT = "advert-99-corrupt.pdf"
KILL = "advert-kill-me.md"  # the file that makes a worker exit, for KillingChecker only

needs_dask = pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                reason="the dask extra is not installed (pip install -e '.[dask]')")  # fmt: skip


def _make_corpus(folder: Path, n: int) -> list[Path]:
    spec = importlib.util.spec_from_file_location("jdlint_bench_make_corpus", ROOT / "bench" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.make_corpus(folder, n, seed=9)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    pytest.importorskip("fpdf", reason="the corpus generator needs fpdf2")
    folder = tmp_path_factory.mktemp("dask") / "adverts"
    _make_corpus(folder, 11)
    (folder / CORRUPT).write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    return folder


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(Settings())


@pytest.fixture(scope="module")
def serial(corpus, checker) -> list[Outcome]:
    return batch.run(batch.collect([str(corpus)]), checker, SerialExecutor(checker.warm), progress=False)


@pytest.fixture(scope="module")
def cluster(checker):
    pytest.importorskip("distributed")
    from jdlint.dask_executor import make_dask_executor

    with make_dask_executor(checker, jobs=2) as executor:
        yield executor


def _address(executor) -> str:
    return executor.client.scheduler.address


# --------------------------------------------------------------------------- the executor


@needs_dask
def test_results_equal_the_serial_executors(corpus, checker, serial, cluster):
    tasks = batch.collect([str(corpus)])
    got = batch.run(tasks, checker, cluster, progress=False)
    assert [o.report.path for o in got] == [t.path for t in tasks]  # input order
    for mine, theirs in zip(got, serial, strict=True):
        assert mine.report == theirs.report  # the same verdicts, findings, spans, errors
        assert mine.fingerprints == theirs.fingerprints
    errors = {Path(o.report.path).name: o.report.error for o in got if o.report.error}
    assert list(errors) == [CORRUPT]
    assert len(cluster.client.nthreads()) == 2


@needs_dask
def test_shipped_bytes_and_one_file_per_task(corpus, checker, serial, cluster, monkeypatch):
    from jdlint.dask_executor import DaskExecutor

    monkeypatch.chdir(corpus.parent)  # relative paths: reported as given
    tasks = batch.collect([corpus.name])
    executor = DaskExecutor(client=cluster.client, batch_size=1, ship_bytes=True, limits=checker.settings.limits,
                            item_timeout=10, initializer=checker.warm)  # fmt: skip
    got = batch.run(tasks, checker, executor, progress=False)
    assert [o.report.path for o in got] == [os.path.join(corpus.name, Path(o.report.path).name) for o in serial]
    assert [o.report.criteria for o in got] == [o.report.criteria for o in serial]
    assert [o.report.error for o in got] == [o.report.error for o in serial]


class KillingChecker(Checker):
    """Makes the worker process exit on the magic file name, as a segfault would."""

    def __call__(self, task: Task) -> Outcome:
        if Path(task.path).name == KILL:
            os._exit(17)
        return super().__call__(task)


@needs_dask
def test_a_file_that_kills_its_worker_costs_only_itself(tmp_path, checker, cluster):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this module
    folder = tmp_path / "kill"
    folder.mkdir()
    for i in range(6):
        (folder / f"advert-{i}.md").write_text(f"# Peer Support Worker {i}\n\nLived experience is essential.\n")
    (folder / KILL).write_text("# Peer Support Worker\n\nThis one kills.\n")
    tasks = batch.collect([str(folder)])
    killer = KillingChecker(checker.settings)
    from jdlint.dask_executor import DaskExecutor

    executor = DaskExecutor(client=cluster.client, batch_size=3, item_timeout=10, initializer=killer.warm)
    got = batch.run(tasks, killer, executor, progress=False)
    errors = {Path(o.report.path).name: o.report.error for o in got if o.report.error}
    assert errors == {KILL: "the worker checking this file crashed (a segmentation fault, or out of memory)"}
    assert all(o.report.role is not None for o in got if Path(o.report.path).name != KILL)
    assert executor.lost_batches >= 3  # its batch, then itself alone twice
    cluster.client.wait_for_workers(2, timeout=60)  # the nanny restarted the dead workers


def test_time_limit_on_a_worker_thread():
    """Dask runs tasks on threads, where SIGALRM cannot reach: the limit still holds."""

    def spin(n: int) -> int:
        end = time.monotonic() + (5 if n == 1 else 0)
        while time.monotonic() < end:
            pass
        return n

    got: list = []
    thread = threading.Thread(target=lambda: got.extend(run_batch(spin, [(0, 0), (1, 1), (2, 2)], item_timeout=0.3)))
    thread.start()
    thread.join()  # spin(1) returns after 5 s on its own: without the limit, got[1] would be (1, 1)
    assert got[0] == (0, 0) and got[2] == (2, 2)
    assert isinstance(got[1][1], WorkerCrashed) and "longer than 0.3 s" in str(got[1][1])


def test_checker_on_a_thread_reports_overtime(tmp_path, monkeypatch):
    class Slow:
        registry = ()

        def check(self, document, role=None):
            end = time.monotonic() + 5
            while time.monotonic() < end:
                pass

    monkeypatch.setattr(batch, "engine_for", lambda settings: Slow())
    (tmp_path / "a.md").write_text("# Peer Support Worker\n")
    checker = Checker(Settings(limits=Limits(timeout=0.2)))
    got: list = []
    backstop = 60  # the executor's own per-item limit (make_dask_executor: twice the file's, plus 5 s)
    thread = threading.Thread(target=lambda: got.extend(run_batch(checker, [(0, Task(str(tmp_path / "a.md")))], backstop)))
    thread.start()
    thread.join()  # Slow.check returns after 5 s on its own: without the checker's limit, no error
    assert got[0][1].report.error == "checking took longer than 0.2 s"


# --------------------------------------------------------------------------- resuming


def test_reports_read_back_from_json_are_equal(serial):
    from jdlint.reports.json import report_dict

    for outcome in serial:
        assert report_from_dict(json.loads(json.dumps(report_dict(outcome.report)))) == outcome.report


class Counting(SerialExecutor):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def map(self, fn, items):
        self.seen.extend(Path(t.path).name for t in items)
        yield from super().map(fn, items)


def _interrupted(journal_path: Path, executor, tasks, checker, stop_after: int) -> None:
    """A run stopped after ``stop_after`` results (as Ctrl-C would)."""
    with Journal(journal_path, checker.settings) as journal:
        results = journal.wrap(executor).map(checker, tasks)
        for _ in range(stop_after):
            next(results)
        results.close()


def _resumed_run(journal_path, tasks, checker):
    counting = Counting()
    with Journal(journal_path, checker.settings) as journal:
        out = batch.run(tasks, checker, journal.wrap(counting), progress=False)
    return out, counting.seen, journal.skipped


def test_resume_skips_finished_files_local(tmp_path, corpus, checker, serial):
    tasks = batch.collect([str(corpus)])
    journal_path = tmp_path / "run.jsonl"
    _interrupted(journal_path, SerialExecutor(), tasks, checker, stop_after=5)
    lines = journal_path.read_text().splitlines()
    assert len(lines) == 6 and json.loads(lines[0])["jdlint_resume"] == 1
    entry = json.loads(lines[1])
    assert {"path", "mtime", "size", "report"} <= set(entry)
    with journal_path.open("a") as f:
        f.write('{"path": "cut sho')  # a run killed mid-line
    out, seen, skipped = _resumed_run(journal_path, tasks, checker)
    assert skipped == 5 and len(seen) == len(tasks) - 5
    assert [o.report for o in out] == [o.report for o in serial]
    assert [o.fingerprints for o in out] == [o.fingerprints for o in serial]
    # Everything is in the journal now; a changed file is the only one checked again.
    changed = Path(tasks[2].path)
    changed.write_bytes(changed.read_bytes())
    os.utime(changed, (time.time() + 5, time.time() + 5))
    out, seen, skipped = _resumed_run(journal_path, tasks, checker)
    assert seen == [changed.name] and skipped == len(tasks) - 1
    assert [o.report for o in out] == [o.report for o in serial]


@needs_dask
def test_resume_after_a_dask_run_stopped_halfway(tmp_path, corpus, checker, serial, cluster):
    from jdlint.dask_executor import DaskExecutor

    tasks = batch.collect([str(corpus)])
    journal_path = tmp_path / "run.jsonl"
    executor = DaskExecutor(client=cluster.client, batch_size=2, item_timeout=10, initializer=checker.warm)
    _interrupted(journal_path, executor, tasks, checker, stop_after=6)
    out, seen, skipped = _resumed_run(journal_path, tasks, checker)
    assert skipped >= 6 and len(seen) == len(tasks) - skipped
    assert [o.report for o in out] == [o.report for o in serial]


def test_a_journal_from_other_settings_is_refused(tmp_path, corpus, checker):
    journal_path = tmp_path / "run.jsonl"
    with Journal(journal_path, checker.settings):
        pass
    with pytest.raises(ResumeError, match="other rules or settings"), Journal(journal_path, Settings(select=("CS",))):
        pass
    (tmp_path / "other.txt").write_text("hello\n")
    with pytest.raises(ResumeError, match="not a jdlint --resume file"), Journal(tmp_path / "other.txt", checker.settings):
        pass


def test_stdin_and_error_tasks_are_not_recorded(tmp_path, checker):
    journal_path = tmp_path / "run.jsonl"
    tasks = [Task("<stdin>", data=b"# Peer Support Worker\n"), Task(str(tmp_path / "gone.md"))]
    with Journal(journal_path, checker.settings) as journal:
        out = batch.run(tasks, checker, journal.wrap(SerialExecutor()), progress=False)
    assert out[1].report.error == "no such file"
    assert len(journal_path.read_text().splitlines()) == 1  # the header only


# --------------------------------------------------------------------------- the command line


def _cli(*args: str):
    return CliRunner().invoke(main, ["check", "--no-progress", "--isolated", *args])


@needs_dask
def test_cli_on_a_running_scheduler_matches_local(tmp_path, corpus, cluster):
    local = _cli("-j", "1", "--format", "json", str(corpus))
    journal = tmp_path / "j.jsonl"
    remote = _cli("--executor", "dask", "--scheduler", _address(cluster), "--batch-size", "4", "--format", "json",
                  "--resume", str(journal), str(corpus))  # fmt: skip
    assert local.exit_code == remote.exit_code == 1, remote.output
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    again = _cli("--executor", "dask", "--scheduler", _address(cluster), "--format", "json", "--resume", str(journal),
                 str(corpus))  # fmt: skip
    assert json.loads(again.stdout) == json.loads(local.stdout)
    assert f"12 unchanged files taken from {journal}" in again.stderr


@needs_dask
def test_cli_text_output_with_shipped_bytes(corpus, cluster):
    got = _cli("--executor", "dask", "--scheduler", _address(cluster), "--ship-bytes", str(corpus))
    assert got.exit_code == 1
    assert f"jdlint: {corpus / CORRUPT}: " in got.stderr
    assert "LE lived experience essential" in got.stdout  # the summary table


@needs_dask
@pytest.mark.slow
def test_cli_starts_its_own_local_cluster(corpus):
    got = _cli("--executor", "dask", "-j", "2", "--format", "csv", str(corpus))
    assert got.exit_code == 1, got.output
    assert len(got.stdout.strip().splitlines()) > 12


@needs_dask
def test_cli_unreachable_scheduler_is_one_line():
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        got = CliRunner().invoke(main, ["check", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9",
                                        "README.md"], catch_exceptions=False)  # fmt: skip
    assert got.exit_code == 2
    assert got.stderr.startswith("jdlint: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(got.stderr.strip().splitlines()) == 1


def test_dask_options_need_the_dask_executor(corpus):
    got = _cli("--scheduler", "tcp://127.0.0.1:8786", str(corpus))
    assert got.exit_code == 2 and "need --executor dask" in got.output


def test_without_the_dask_extra_one_line(monkeypatch, corpus):
    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.split(".")[0] in ("dask", "distributed"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    got = _cli("--executor", "dask", str(corpus))
    assert got.exit_code == 2
    assert got.stderr == f"jdlint: {INSTALL_HINT}\n"
    assert got.stderr == "jdlint: --executor dask needs the dask extra: pip install 'jdlint[dask]'\n"
    assert got.stdout == ""


def test_report_from_dict_keeps_an_error_entry():
    report = Report(path="x.pdf", error="the PDF is encrypted")
    from jdlint.reports.json import report_dict

    assert report_from_dict(report_dict(report)) == report

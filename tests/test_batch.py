"""Batches: finding files, executors (order, crashes, hangs), time limits, one bad file."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from jdlint import batch
from jdlint.batch import (
    Checker,
    Outcome,
    ProcessExecutor,
    SerialExecutor,
    Settings,
    Task,
    WorkerCrashed,
    collect,
)
from jdlint.config import Config
from jdlint.model import Report
from jdlint.readers import Limits

ADVERT = "# Peer Support Worker\n\nYou must have lived experience of mental health challenges.\n"


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def names(tasks: list[Task], root: Path) -> list[str]:
    return [Path(t.path).relative_to(root).as_posix() if not t.error else f"!{t.error}" for t in tasks]


# --------------------------------------------------------------------------- collecting files


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tree(tmp_path / "ads", {
        "b.md": ADVERT, "a.txt": ADVERT, "c.docx": "", "notes.rtf": "", "sub/d.html": ADVERT,
        ".hidden.md": ADVERT, ".git/e.md": ADVERT, "__pycache__/f.md": ADVERT, "~$lock.docx": "",
        "drafts/g.md": ADVERT, "sub/old.md": ADVERT,
    })  # fmt: skip


def test_walk_is_sorted_recursive_and_skips_hidden(folder):
    assert names(collect([str(folder)]), folder) == ["a.txt", "b.md", "c.docx", "drafts/g.md", "sub/d.html", "sub/old.md"]


def test_include_and_exclude_globs(folder):
    assert names(collect([str(folder)], exclude=["drafts/", "*.docx"]), folder) == ["a.txt", "b.md", "sub/d.html", "sub/old.md"]
    assert names(collect([str(folder)], include=["*.md"]), folder) == ["b.md", "drafts/g.md", "sub/old.md"]
    assert names(collect([str(folder)], include=["ads/sub/**"]), folder) == ["sub/d.html", "sub/old.md"]


def test_config_globs_are_relative_to_the_config(folder, tmp_path, monkeypatch):
    config = Config(path=folder / "jdlint.toml", exclude=("/sub/",), include=("*.md", "*.html"))
    monkeypatch.chdir(tmp_path.parent)  # the current folder plays no part
    assert names(collect([str(folder)], config), folder) == ["b.md", "drafts/g.md"]


def test_jdlintignore_files(folder):
    (folder / ".jdlintignore").write_text("# comment\ndrafts/\n*.txt\n")
    (folder / "sub" / ".jdlintignore").write_text("old.md\n")
    assert names(collect([str(folder)]), folder) == ["b.md", "c.docx", "sub/d.html"]
    (folder / ".jdlintignore").write_text("*.md\n!b.md\n")
    assert names(collect([str(folder)]), folder) == ["a.txt", "b.md", "c.docx", "sub/d.html"]


def test_jdlintignore_above_the_folder_up_to_the_project_root(folder, tmp_path):
    (tmp_path / ".jdlintignore").write_text("ads/sub/\n")
    assert names(collect([str(folder)]), folder) == ["a.txt", "b.md", "c.docx", "drafts/g.md"]


def test_named_files_skip_include_but_honour_exclude(folder):
    rtf = folder / "notes.rtf"
    assert names(collect([str(rtf)], include=["*.md"]), folder) == ["notes.rtf"]
    assert collect([str(folder / "drafts" / "g.md")], exclude=["drafts/"]) == []
    (folder / ".jdlintignore").write_text("a.txt\n")
    assert collect([str(folder / "a.txt")]) == []


def test_missing_paths_empty_folders_symlink_loops_and_duplicates(folder, tmp_path):
    (tmp_path / "empty").mkdir()
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    (folder / "sub" / "self").symlink_to(folder / "sub")  # a folder link: not followed
    tasks = collect(["nope.md", str(tmp_path / "empty"), str(loop), str(folder / "b.md"), str(folder / "b.md")])
    assert [t.error for t in tasks] == [
        "no such file or folder", batch.NO_ADVERTS, "a broken symbolic link or a symbolic link loop", None,
    ]


def test_role_overrides_and_per_file_ignores_ride_on_tasks(folder):
    config = Config(path=folder / "jdlint.toml", role_overrides=(("sub/**", "peer-senior"),),
                    per_file_ignores=(("*.md", ("SU005",)), ("sub/*", ("LA",))))  # fmt: skip
    by_name = {Path(t.path).name: t for t in collect([str(folder)], config)}
    assert by_name["old.md"].role == "peer-senior" and by_name["old.md"].ignores == ("SU005", "LA")
    assert by_name["b.md"].role is None and by_name["b.md"].ignores == ("SU005",)
    assert collect([str(folder / "b.md")], config, role="other")[0].role == "other"


# --------------------------------------------------------------------------- executors


def double(x: int) -> int:
    return x * 2


def fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


def die_on(x: int) -> int:
    """Kill the worker process on the items the test marks as deadly."""
    if x in (5, 11):
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def segfault_on_two(x: int) -> int:
    if x == 2:
        import ctypes
        import faulthandler

        faulthandler.disable()  # inherited from pytest through fork: keep the log quiet
        ctypes.string_at(0)  # a real segmentation fault
    return x


def hang_on_one(x: int) -> int:
    if x == 1:
        time.sleep(600)
    return x


# fork starts workers in milliseconds (the CLI uses forkserver, tested in test_cli.py)
SPAWN = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def test_serial_executor_order_and_errors():
    got = list(SerialExecutor().map(fail_on_three, [1, 2, 3, 4]))
    assert [i for i, _ in got] == [0, 1, 2, 3]
    assert isinstance(got[2][1], ValueError) and got[3][1] == 4


def test_process_executor_gives_every_result_once():
    ex = ProcessExecutor(2, chunksize=3, context=SPAWN)
    got = dict(ex.map(double, list(range(20))))
    assert got == {i: i * 2 for i in range(20)}
    assert ex.restarts == 0


def test_process_executor_with_tapered_chunks_gives_every_result_once():
    ex = ProcessExecutor(2, context=SPAWN)  # no chunksize: the default, tapering chunks
    got = dict(ex.map(double, list(range(45))))
    assert got == {i: i * 2 for i in range(45)}


@pytest.mark.parametrize(("n", "size", "workers"), [(200, 16, 2), (1000, 16, 4), (9, 2, 2), (1, 16, 2), (0, 16, 2)])
def test_chunks_taper_at_the_end_and_keep_every_entry_once_in_order(n, size, workers):
    """A batch ends with its slowest worker: the default chunks shrink once fewer than two
    whole chunks a worker are left, down to single entries; a chunk size asked for stays."""
    from jdlint.executors import chunks

    entries = list(range(n))
    tapered = chunks(entries, size, workers)
    assert [e for chunk in tapered for e in chunk] == entries
    sizes = [len(chunk) for chunk in tapered]
    assert all(0 < k <= size for k in sizes) and sizes == sorted(sizes, reverse=True)
    if n >= 2 * workers * size:
        assert sizes.count(size) >= n // size - 2 * workers and sizes[-workers:] == [1] * workers
    even = chunks(entries, size)
    assert [len(c) for c in even] == [size] * (n // size) + ([n % size] if n % size else [])


def test_process_executor_passes_exceptions_back():
    got = dict(ProcessExecutor(2, chunksize=2, context=SPAWN).map(fail_on_three, [1, 2, 3, 4]))
    assert isinstance(got[2], ValueError) and got[3] == 4


def test_a_dying_worker_costs_only_its_file():
    ex = ProcessExecutor(2, chunksize=4, context=SPAWN)
    got = dict(ex.map(die_on, list(range(16))))
    assert sorted(got) == list(range(16))
    crashed = sorted(i for i, r in got.items() if isinstance(r, WorkerCrashed))
    assert crashed == [5, 11]
    assert all(got[i] == i for i in range(16) if i not in (5, 11))
    assert ex.restarts >= 2
    assert "crashed" in str(got[5])


def test_a_segfault_is_a_crash_too():
    got = dict(ProcessExecutor(2, chunksize=2, context=SPAWN).map(segfault_on_two, [0, 1, 2, 3]))
    assert isinstance(got[2], WorkerCrashed) and [got[i] for i in (0, 1, 3)] == [0, 1, 3]


@pytest.mark.slow
def test_a_hung_worker_is_stopped():
    ex = ProcessExecutor(2, chunksize=1, item_timeout=0.5, context=SPAWN)
    ex.STARTUP = 1.5
    got = dict(ex.map(hang_on_one, [0, 1, 2]))
    assert got[0] == 0 and got[2] == 2
    assert isinstance(got[1], WorkerCrashed) and "longer than 0.5 s" in str(got[1])


# --------------------------------------------------------------------------- the checker


def test_checker_reports_and_fingerprints(tmp_path):
    path = tree(tmp_path, {"a.md": ADVERT + "\nWe support addicts.\n"}) / "a.md"
    out = Checker(Settings())(Task(str(path)))
    assert out.report.error is None and out.report.format == "markdown"
    assert len(out.fingerprints) == len(out.report.findings)
    assert out.seconds > 0


def test_checker_stdin_data_and_role(tmp_path):
    out = Checker(Settings(role="other"))(Task("<stdin>", role="peer", data=ADVERT.encode()))
    assert out.report.role.kind == "other" and out.report.role.overridden


def test_checker_time_limit(tmp_path, monkeypatch):
    class Slow:
        registry = ()

        def check(self, document, role=None):
            time.sleep(120)  # slow on purpose: only the limit ends it in time to give the error

    monkeypatch.setattr(batch, "engine_for", lambda settings: Slow())
    path = tree(tmp_path, {"a.md": ADVERT}) / "a.md"
    out = Checker(Settings(limits=Limits(timeout=0.2)))(Task(str(path)))
    assert out.report.error == "checking took longer than 0.2 s"


def test_checker_never_raises_on_bad_input(tmp_path):
    files = tree(tmp_path, {"empty.md": "", "big.txt": "x" * 2000})
    (files / "rand.docx").write_bytes(os.urandom(3000))
    (files / "rand.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(3000))
    checker = Checker(Settings(limits=Limits(max_bytes=1000)))
    errors = {name: checker(Task(str(files / name))).report.error for name in ("empty.md", "big.txt", "rand.docx", "rand.pdf")}
    assert errors["empty.md"] == "empty file"
    assert "over the" in errors["big.txt"]
    assert all(errors.values())


def test_run_keeps_input_order_and_turns_crashes_into_errors():
    class FakeExecutor:
        def map(self, fn, items):
            yield 1, WorkerCrashed("the worker checking this file crashed")
            yield 0, Outcome(Report(path=items[0].path))
            yield 2, RuntimeError("boom")

    tasks = [Task("a"), Task("b"), Task("c"), Task("gone", error="no such file or folder")]
    out = batch.run(tasks, Checker(Settings()), FakeExecutor(), progress=False)
    assert [o.report.path for o in out] == ["a", "b", "c", "gone"]
    assert [o.report.error for o in out] == [None, "the worker checking this file crashed",
                                             "internal error (RuntimeError): boom", "no such file or folder"]  # fmt: skip


def test_make_executor_choice():
    checker = Checker(Settings())
    assert isinstance(batch.make_executor(1, checker, 10), SerialExecutor)
    assert isinstance(batch.make_executor(4, checker, batch.SERIAL_BELOW - 1), SerialExecutor)
    ex = batch.make_executor(4, checker, 30)
    assert isinstance(ex, ProcessExecutor) and ex.jobs == 4
    assert ex.item_timeout == 25


def test_checker_time_limit_holds_off_the_main_thread(tmp_path, monkeypatch):
    """One deadline for every thread (jdlint.sandbox.within): a slow check on a worker
    thread is stopped too, not only in the main thread."""
    import threading

    class Slow:
        registry = ()

        def check(self, document, role=None):
            end = time.monotonic() + 120  # slow on purpose: only the limit ends it
            while time.monotonic() < end:
                time.sleep(0.01)

    monkeypatch.setattr(batch, "engine_for", lambda settings: Slow())
    path = tree(tmp_path, {"a.md": ADVERT}) / "a.md"
    got = []
    t = threading.Thread(target=lambda: got.append(Checker(Settings(limits=Limits(timeout=0.2)))(Task(str(path)))))
    t.start()
    t.join()
    assert got[0].report.error == "checking took longer than 0.2 s"


def test_reports_table_and_option_filtering():
    from jdlint.errors import UsageError
    from jdlint.reports import FORMATS, render, renderer, summary_table

    assert list(FORMATS) == ["text", "json", "sarif", "github", "junit", "csv", "html"]
    with pytest.raises(UsageError, match="unknown format"):
        renderer("pdf")
    reports = [Report(path="a.md", error="empty file")]
    assert '"error": "empty file"' in render("json", reports, colour=True, fail_on="error")  # json takes neither
    assert "could not check" in render("text", reports, colour=False)
    table = summary_table(reports)
    assert table.splitlines()[0].split() == ["file", "role", "LE", "PP", "PN", "AP", "score", "must", "should", "consider"]


def _allocate_after_cap(cap_mb: int, allocate_mb: int, queue) -> None:
    batch.cap_address_space(cap_mb)
    try:
        block = bytearray(allocate_mb * 1024 * 1024)
        queue.put(("allocated", len(block) // (1024 * 1024)))
    except MemoryError:
        queue.put(("MemoryError", 0))


@pytest.mark.parametrize(("allocate_mb", "expected"), [(50, "allocated"), (600, "MemoryError")])
def test_a_worker_process_is_capped_at_its_size_plus_the_memory_limit(allocate_mb, expected):
    """The pool's initializer caps each worker's address space: within the limit an
    allocation succeeds, over it the worker gets a MemoryError (that file's error)."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    process = ctx.Process(target=_allocate_after_cap, args=(200, allocate_mb, queue))
    process.start()
    got = queue.get(timeout=60)
    process.join(timeout=60)
    assert got[0] == expected


def test_the_pool_initializer_caps_workers_and_the_cli_takes_the_limit(tmp_path):
    from jdlint.batch import Checker, Settings, make_executor

    checker = Checker(Settings(limits=Limits(memory_mb=300)))
    executor = make_executor(2, checker, 20)
    assert isinstance(executor, batch.ProcessExecutor) and executor.initializer == checker.warm_worker
    plan = batch.plan([str(tmp_path)], config=Config(max_memory_mb=900), max_memory_mb=400)
    assert plan.settings.limits.memory_mb == 400


def test_the_fork_server_imports_only_the_readers_the_batch_needs(tmp_path):
    from fresh_python import printed_lines

    tasks = [batch.Task(path=str(tmp_path / name)) for name in ("a.txt", "b.MD", "c.docx", "d")]
    assert batch.readers_for(tasks) == ("docx", "markdown", "text")
    code = (
        "import os, sys\n"
        "os.environ['JDLINT_FORKSERVER_WARM'] = 'text,markdown'\n"
        "import jdlint.batch, jdlint.pipeline\n"
        "print(sorted(m for m in sys.modules if m.startswith('jdlint.readers.')))\n"
        "print(jdlint.pipeline.cached_engines() > 0, 'JDLINT_FORKSERVER_WARM' in os.environ)\n"
    )
    assert printed_lines(code) == ["['jdlint.readers.base', 'jdlint.readers.markdown', 'jdlint.readers.text']", "True False"]


def test_a_pool_batch_starts_its_fork_server_before_the_rules_load(tmp_path, monkeypatch):
    """``jdlint check`` of a batch that will run on a pool collects its files and starts the
    fork server (with the readers they need) before the plan loads the rules; the plan then
    takes those tasks as they are. Standard input, one job or fewer files than a pool is
    worth start nothing and collect nothing."""
    from jdlint import executors, planning

    started = []
    monkeypatch.setattr(executors, "pool_context", lambda readers=None: started.append(readers))
    monkeypatch.chdir(tmp_path)
    ads = tree(tmp_path / "ads", {f"a{i}.txt": ADVERT for i in range(7)} | {"b.md": ADVERT, "sub/c.md": ADVERT})
    config = batch.load_config_for([str(ads)], None, True)
    assert planning.collect_and_start([str(ads)], config, jobs=1) is None
    assert planning.collect_and_start(["-", str(ads)], config, jobs=2) is None
    assert planning.collect_and_start([str(ads / "a1.txt"), str(ads / "b.md")], config, jobs=2) is not None
    assert started == []  # two files: this process checks them
    collected = planning.collect_and_start([str(ads)], config, jobs=2, exclude=["sub"])
    assert started == [("markdown", "text")]
    plain = batch.plan([str(ads)], config=config, jobs=2, exclude=["sub"])
    given = batch.plan([str(ads)], config=config, jobs=2, exclude=["sub"], collected=collected)
    assert [t.path for t in given.tasks] == [t.path for t in plain.tasks] and len(plain.tasks) == 8
    assert given.skipped == plain.skipped


def test_the_check_command_starts_the_pool_early_and_reports_as_before(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from jdlint import executors
    from jdlint.cli import main

    started = []
    monkeypatch.setattr(executors, "pool_context", lambda readers=None: started.append(readers))
    monkeypatch.setattr(executors, "make_executor", lambda jobs, checker, n, readers=None: executors.SerialExecutor())
    monkeypatch.setattr(batch, "make_executor", executors.make_executor)
    ads = tree(tmp_path / "ads", {f"a{i}.txt": ADVERT for i in range(9)})
    result = CliRunner().invoke(main, ["check", "--isolated", "--jobs", "2", "--format", "json", str(ads)])
    assert started == [("text",)]
    assert result.exit_code in (0, 1) and len(json.loads(result.output)["files"]) == 9

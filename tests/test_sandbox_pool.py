"""Reader processes: run_limited reuses a limited child across calls, with the same limits,
errors and clean-up as a child forked per call (tests/test_sandbox.py checks those)."""

from __future__ import annotations

import itertools
import os
import signal
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from jdlint import sandbox
from jdlint.errors import CorruptDocument, ReadError, Timeout
from jdlint.sandbox import run_limited, shutdown

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="reader processes need os.fork")


class OddError(ReadError):
    """A ReadError subclass defined outside jdlint.errors."""


def pid() -> int:
    return os.getpid()


def pid_and_parent() -> tuple[int, int]:
    return os.getpid(), os.getppid()


def add(a: int, b: int) -> tuple[int, int]:
    return a + b, os.getpid()


def sleep(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def span(seconds: float) -> tuple[int, float, float]:
    """The child's pid and when it started and stopped (CLOCK_MONOTONIC is system-wide)."""
    start = time.monotonic()
    time.sleep(seconds)
    return os.getpid(), start, time.monotonic()


def allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


def size(data: bytes) -> int:
    return len(data)


def echo(data: bytes) -> bytes:
    return data


def raise_(exc: BaseException) -> None:
    raise exc


def die(sig: int) -> None:
    os.kill(os.getpid(), sig)
    time.sleep(5)


def alive(child: int) -> bool:
    """Is ``child`` still running (a zombie counts as dead)?"""
    try:
        state = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def zombies() -> list[int]:
    """Children of this process that ended and were never reaped."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] == "Z" and int(fields[1]) == os.getpid():
            found.append(int(entry.name))
    return found


def gone(child: int, within: float = 10.0) -> bool:
    end = time.monotonic() + within
    while alive(child):
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


@pytest.fixture(autouse=True)
def fresh_pool(monkeypatch):
    monkeypatch.delenv("JDLINT_SANDBOX", raising=False)
    shutdown()
    yield
    shutdown()


def test_one_child_serves_many_calls():
    first = run_limited(pid, timeout=5, memory_mb=100)
    assert first != os.getpid()
    assert [run_limited(pid, timeout=5, memory_mb=100) for _ in range(5)] == [first] * 5
    assert run_limited(add, 2, 3, timeout=5, memory_mb=100) == (5, first)
    assert run_limited(pid_and_parent, timeout=5, memory_mb=100) == (first, os.getpid())


def test_large_requests_and_answers_cross_the_pipes():
    data = os.urandom(30 * 1024 * 1024)
    assert run_limited(size, data, timeout=20, memory_mb=500) == len(data)
    assert run_limited(echo, data, timeout=20, memory_mb=500) == data


def test_timeout_kills_the_child_and_the_next_call_gets_a_new_one():
    first = run_limited(pid, timeout=5, memory_mb=100)
    with pytest.raises(Timeout) as excinfo:
        run_limited(sleep, 3600, timeout=0.5, memory_mb=100)  # only the limit can end it
    assert str(excinfo.value) == "reading took longer than 0.5 s"
    assert not alive(first)  # killed and reaped
    second = run_limited(pid, timeout=5, memory_mb=100)
    assert second not in (first, os.getpid())
    assert run_limited(pid, timeout=5, memory_mb=100) == second


def test_memory_error_then_a_fresh_child():
    first = run_limited(pid, timeout=5, memory_mb=200)
    with pytest.raises(ReadError) as excinfo:
        run_limited(allocate, 2000, timeout=10, memory_mb=200)
    assert type(excinfo.value) is ReadError
    assert str(excinfo.value) == "reading needed more than 200 MB"
    assert gone(first)  # it answered and left: its heap may be fragmented
    assert run_limited(allocate, 50, timeout=10, memory_mb=200) == 50 * 1024 * 1024
    assert run_limited(pid, timeout=5, memory_mb=200) != first


def test_request_too_big_for_the_limit():
    with pytest.raises(ReadError, match=r"^reading needed more than 50 MB$"):
        run_limited(size, b"x" * (150 * 1024 * 1024), timeout=20, memory_mb=50)
    assert run_limited(size, b"x" * 1000, timeout=5, memory_mb=50) == 1000


def test_child_dying_in_a_call_gives_the_same_errors():
    first = run_limited(pid, timeout=5, memory_mb=100)
    with pytest.raises(ReadError, match=r"^reading needed more than 100 MB$"):
        run_limited(die, signal.SIGKILL, timeout=5, memory_mb=100)
    with pytest.raises(CorruptDocument, match="exit code 3"):
        run_limited(os._exit, 3, timeout=5, memory_mb=100)
    assert run_limited(pid, timeout=5, memory_mb=100) not in (first, os.getpid())


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_idle_child_killed_from_outside_is_replaced(sig):
    first = run_limited(pid, timeout=5, memory_mb=100)
    os.kill(first, sig)  # no waiting: the next call may find it half dead
    assert run_limited(add, 1, 2, timeout=5, memory_mb=100)[0] == 3
    second = run_limited(pid, timeout=5, memory_mb=100)
    assert second not in (first, os.getpid())
    assert gone(first)


def test_read_errors_keep_class_and_message_and_the_child():
    first = run_limited(pid, timeout=5, memory_mb=100)
    for error in (OddError("odd one"), CorruptDocument("not a valid PDF: damaged")):
        with pytest.raises(ReadError) as excinfo:
            run_limited(raise_, error, timeout=5, memory_mb=100)
        assert type(excinfo.value) is type(error)
        assert str(excinfo.value) == str(error)
    with pytest.raises(CorruptDocument, match=r"^ValueError: first second$"):
        run_limited(raise_, ValueError("first\nsecond"), timeout=5, memory_mb=100)
    assert run_limited(pid, timeout=5, memory_mb=100) == first  # errors do not cost the child


def test_threads_never_share_a_child():
    results: dict[int, list] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            got = []
            for i in range(8):
                total, _ = run_limited(add, n, i, timeout=10, memory_mb=100)
                assert total == n + i
                got.append(run_limited(span, 0.02, timeout=10, memory_mb=100))
            results[n] = got
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n * 100,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads)
    assert not errors, errors
    assert sorted(results) == [0, 100, 200, 300]
    spans: dict[int, list[tuple[float, float]]] = {}
    for got in results.values():
        for child, start, stop in got:
            spans.setdefault(child, []).append((start, stop))
    assert os.getpid() not in spans
    for child, times in spans.items():
        times.sort()
        for (_, stop), (start, _) in itertools.pairwise(times):
            assert stop <= start, f"child {child} served two calls at once"
    assert len(sandbox._idle) <= sandbox.MAX_IDLE


def test_idle_children_are_capped(monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_IDLE", 2)
    barrier = threading.Barrier(4)
    seen: list[int] = []

    def work() -> None:
        barrier.wait(10)
        seen.append(run_limited(sleep, 1.0, timeout=10, memory_mb=100))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(set(seen)) == 4
    assert len(sandbox._idle) == 2
    stopped = set(seen) - {reader.pid for reader in sandbox._idle}
    assert all(gone(child) for child in stopped)


def test_one_pool_per_memory_limit():
    small = run_limited(pid, timeout=5, memory_mb=100)
    big = run_limited(pid, timeout=5, memory_mb=300)
    assert small != big
    assert run_limited(pid, timeout=5, memory_mb=100) == small
    assert run_limited(pid, timeout=5, memory_mb=300) == big
    with pytest.raises(ReadError, match=r"^reading needed more than 100 MB$"):
        run_limited(allocate, 200, timeout=10, memory_mb=100)
    assert run_limited(allocate, 200, timeout=10, memory_mb=300) == 200 * 1024 * 1024


def test_recycled_after_many_calls(monkeypatch):
    monkeypatch.setattr(sandbox, "RECYCLE_CALLS", 3)  # read by the child when it is forked
    pids = [run_limited(pid, timeout=5, memory_mb=100) for _ in range(7)]
    assert pids[0] == pids[1] == pids[2] != pids[3]
    assert pids[3] == pids[4] == pids[5] != pids[6]
    assert gone(pids[0])


def test_recycled_when_its_memory_grows(monkeypatch):
    monkeypatch.setattr(sandbox, "RECYCLE_RSS_MB", 20)
    first = run_limited(pid, timeout=5, memory_mb=500)
    keep = run_limited(sandbox._call, allocate, (5,), timeout=5, memory_mb=500)
    assert keep == ("ok", 5 * 1024 * 1024)
    assert run_limited(pid, timeout=5, memory_mb=500) == first  # freed: no growth
    run_limited(grow, 60, timeout=10, memory_mb=500)  # keeps 60 MB: retires after answering
    assert run_limited(pid, timeout=5, memory_mb=500) != first


_HOARD: list[bytearray] = []


def grow(mb: int) -> None:
    block = bytearray(mb * 1024 * 1024)
    for i in range(0, len(block), 4096):
        block[i] = 1  # resident, not only reserved
    _HOARD.append(block)


def test_function_defined_after_the_child_was_forked():
    first = run_limited(pid, timeout=5, memory_mb=100)
    module = types.ModuleType("jdlint_late_module")
    exec("import os\ndef late(x):\n    return x * 2, os.getpid()\n", module.__dict__)
    sys.modules[module.__name__] = module
    try:
        value, child = run_limited(module.late, 21, timeout=5, memory_mb=100)
    finally:
        del sys.modules[module.__name__]
    assert value == 42 and child not in (first, os.getpid())


def test_unpicklable_function_gets_a_child_of_its_own():
    first = run_limited(pid, timeout=5, memory_mb=100)
    child = run_limited(lambda: os.getpid(), timeout=5, memory_mb=100)
    assert child not in (first, os.getpid())
    assert run_limited(pid, timeout=5, memory_mb=100) == first


def test_fork_per_call_can_be_chosen(monkeypatch):
    monkeypatch.setenv("JDLINT_SANDBOX", "fork")
    pids = {run_limited(pid, timeout=5, memory_mb=100) for _ in range(3)}
    assert len(pids) == 3 and os.getpid() not in pids
    assert not sandbox._idle


def test_a_forked_process_does_not_use_the_parents_children():
    first = run_limited(pid, timeout=5, memory_mb=100)
    read_fd, write_fd = os.pipe()
    forked = os.fork()
    if forked == 0:  # the forked process: report its reader, then leave without cleanup
        code = 1
        try:
            os.close(read_fd)
            child, parent = run_limited(pid_and_parent, timeout=5, memory_mb=100)
            again = run_limited(pid, timeout=5, memory_mb=100)
            os.write(write_fd, f"{child} {parent} {again}".encode())
            shutdown()
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        report = pipe.read()
    _, status = os.waitpid(forked, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    child, parent, again = map(int, report.split())
    assert child != first and parent == forked and again == child
    assert run_limited(pid, timeout=5, memory_mb=100) == first  # ours still serves us
    assert gone(child)


def test_children_do_not_outlive_their_parent():
    read_fd, write_fd = os.pipe()
    forked = os.fork()
    if forked == 0:
        try:
            os.close(read_fd)
            os.write(write_fd, str(run_limited(pid, timeout=5, memory_mb=100)).encode())
            os.close(write_fd)
            time.sleep(60)
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        child = int(pipe.read())
    assert alive(child)
    os.kill(forked, signal.SIGKILL)  # no atexit, no clean-up: only the kernel is left
    os.waitpid(forked, 0)
    assert gone(child)


def test_child_of_a_thread_that_ended_is_not_used():
    got: list[int] = []
    thread = threading.Thread(target=lambda: got.append(run_limited(pid, timeout=5, memory_mb=100)))
    thread.start()
    thread.join(10)
    assert run_limited(pid, timeout=5, memory_mb=100) not in (got[0], os.getpid())
    assert gone(got[0])


def test_thread_that_forked_the_child_ends_during_a_call():
    """PR_SET_PDEATHSIG fires when the forking *thread* ends: the call is retried, not failed."""
    forked: list[int] = []
    release = threading.Event()

    def owner() -> None:
        forked.append(run_limited(pid, timeout=5, memory_mb=100))
        release.wait(10)

    thread = threading.Thread(target=owner)
    thread.start()
    while not forked and thread.is_alive():
        time.sleep(0.01)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    child = run_limited(sleep, 2.0, timeout=10, memory_mb=100)  # taken from the owner's thread
    thread.join(10)
    timer.join()
    assert child not in (forked[0], os.getpid())


def test_no_zombies_left():
    seen = [run_limited(pid, timeout=5, memory_mb=100)]
    with pytest.raises(Timeout):
        run_limited(sleep, 30, timeout=0.3, memory_mb=100)
    with pytest.raises(ReadError):
        run_limited(allocate, 2000, timeout=10, memory_mb=100)
    with pytest.raises(ReadError):
        run_limited(die, signal.SIGKILL, timeout=5, memory_mb=100)
    seen.append(run_limited(pid, timeout=5, memory_mb=100))
    os.kill(seen[-1], signal.SIGKILL)
    seen.append(run_limited(pid, timeout=5, memory_mb=100))
    seen.append(run_limited(lambda: os.getpid(), timeout=5, memory_mb=100))
    shutdown()
    assert zombies() == []
    assert not any(alive(child) for child in seen)
    assert not sandbox._live and not sandbox._finished


def test_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("JDLINT_SANDBOX", "0")
    assert run_limited(pid, timeout=5, memory_mb=100) == os.getpid()

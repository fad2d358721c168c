"""run_limited: results come back, limits hold, errors cross the fork with class and message."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from jdlint.errors import CorruptDocument, EncryptedDocument, ReadError, Timeout
from jdlint.sandbox import run_limited


class OddError(ReadError):
    """A ReadError subclass defined outside jdlint.errors."""


def add(a: int, b: int) -> int:
    return a + b


def big_result(size: int) -> bytes:
    return b"x" * size


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


def raise_(exc: BaseException) -> None:
    raise exc


def noisy() -> None:
    print("to stdout")
    print("to stderr", file=sys.stderr)
    os.write(2, b"raw stderr\n")
    raise ValueError("first line\nsecond line")


def die(sig: int) -> None:
    os.kill(os.getpid(), sig)
    time.sleep(5)


def pid() -> int:
    return os.getpid()


def test_returns_the_result():
    assert run_limited(add, 2, 3, timeout=5, memory_mb=100) == 5


def test_large_results_cross_the_pipe():
    assert len(run_limited(big_result, 20_000_000, timeout=10, memory_mb=500)) == 20_000_000


def test_runs_in_a_child():
    assert run_limited(pid, timeout=5, memory_mb=100) != os.getpid()


def test_timeout_does_not_wait_for_the_child():
    """The child would sleep for an hour: the Timeout can only come from the limit."""
    with pytest.raises(Timeout) as excinfo:
        run_limited(sleep, 3600, timeout=0.3, memory_mb=100)
    assert str(excinfo.value) == "reading took longer than 0.3 s"


def test_memory_limit():
    with pytest.raises(ReadError) as excinfo:
        run_limited(allocate, 2000, timeout=10, memory_mb=200)
    assert type(excinfo.value) is ReadError
    assert str(excinfo.value) == "reading needed more than 200 MB"
    assert run_limited(allocate, 50, timeout=10, memory_mb=200) == 50 * 1024 * 1024


@pytest.mark.parametrize(
    "error",
    [
        CorruptDocument("not a valid PDF: the file is damaged or truncated"),
        EncryptedDocument("the PDF is password-protected"),
        ReadError("plain"),
        OddError("odd one"),
    ],
)
def test_read_errors_keep_class_and_message(error):
    with pytest.raises(ReadError) as excinfo:
        run_limited(raise_, error, timeout=5, memory_mb=100)
    assert type(excinfo.value) is type(error)
    assert str(excinfo.value) == str(error)


def test_other_exceptions_become_one_line_corrupt_document(capfd):
    with pytest.raises(CorruptDocument) as excinfo:
        run_limited(noisy, timeout=5, memory_mb=100)
    assert str(excinfo.value) == "ValueError: first line second line"
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # nothing from the child, no traceback


def test_memory_error_in_child():
    with pytest.raises(ReadError, match=r"^reading needed more than 100 MB$"):
        run_limited(raise_, MemoryError(), timeout=5, memory_mb=100)


def test_child_killed_by_a_signal():
    with pytest.raises(ReadError, match=r"^reading needed more than 100 MB$"):
        run_limited(die, signal.SIGKILL, timeout=5, memory_mb=100)


def test_child_exiting_early():
    with pytest.raises(CorruptDocument, match="exit code 3"):
        run_limited(os._exit, 3, timeout=5, memory_mb=100)


def test_overhead_is_small():
    """Forking costs 20-35 ms, more than a small read: 20 calls share one reader process
    (the structural reason the overhead is small; no clock is read)."""
    assert len({run_limited(pid, timeout=5, memory_mb=100) for _ in range(20)}) == 1


def test_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("JDLINT_SANDBOX", "0")
    assert run_limited(pid, timeout=5, memory_mb=100) == os.getpid()

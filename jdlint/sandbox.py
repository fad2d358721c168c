"""Run a parser in a forked child process with a time limit and a memory limit.

``run_limited(func, *args, timeout=..., memory_mb=...)`` forks, caps the child's address
space with ``RLIMIT_AS``, runs ``func(*args)`` there and sends the result back pickled
through a pipe. The parent kills the child when the time is up. Every failure comes back
as a one-line :class:`~jdlint.errors.ReadError`:

* time limit → :class:`~jdlint.errors.Timeout` ("reading took longer than N s");
* ``MemoryError`` or a child killed by a signal → ``ReadError("reading needed more than N MB")``;
* a ``ReadError`` raised in the child → the same class and message in the parent;
* any other exception → :class:`~jdlint.errors.CorruptDocument` with a one-line message.

The child's stdout and stderr (file descriptors 1 and 2, and ``sys.stdout``/``sys.stderr``)
go to ``/dev/null``, so no traceback or library chatter reaches the user; it closes the other
descriptors it inherited (listening sockets, other children's pipes), so ``func`` must work
on its arguments, not on open files; and it leaves with ``os._exit`` (no atexit handlers,
no flushing of the parent's buffers). Forking a process that runs threads is safe as long
as ``func`` needs no lock another thread held at the fork: the PDF reader only uses pdfium,
which the parent never calls.

``memory_mb`` is head-room: the limit is the child's address space at fork plus
``memory_mb``, so a big parent (spaCy models loaded) does not starve the parser.

Without ``os.fork`` (Windows), or with ``JDLINT_SANDBOX=0`` in the environment (debugging),
``func`` runs in-process with no limits.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import resource
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from jdlint.errors import CorruptDocument, ReadError, Timeout

T = TypeVar("T")

_CHUNK = 1 << 20


def run_limited(func: Callable[..., T], *args: Any, timeout: float, memory_mb: int) -> T:
    """``func(*args)`` run in a forked child limited to ``timeout`` seconds and ``memory_mb`` MB."""
    if not hasattr(os, "fork") or os.environ.get("JDLINT_SANDBOX", "1") == "0":
        return func(*args)
    _reap_finished()
    read_fd, write_fd = os.pipe()
    pid = _fork(read_fd, write_fd)
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        _child(write_fd, func, args, memory_mb)
    os.close(write_fd)
    done = False
    try:
        payload, timed_out = _collect(read_fd, time.monotonic() + timeout)
        if timed_out:
            _kill(pid)
            done = True
            raise Timeout(f"reading took longer than {timeout:g} s")
        tag, value = _unpickle(payload)
        if tag == "lost":  # no answer, or a cut one: how the child ended tells why
            value = _wait(pid)
        else:
            _finished.add(pid)  # it is tearing down its copy of our memory: reap it later
        done = True
    finally:
        os.close(read_fd)
        if not done:  # an exception (KeyboardInterrupt ...) while waiting
            _kill(pid)
    return _outcome(tag, value, memory_mb)


_finished: set[int] = set()  # children that answered and are exiting, not yet reaped


def _fork(read_fd: int, write_fd: int) -> int:
    """``os.fork()`` with the collector's objects frozen: the child's GC then leaves the
    parent's objects alone instead of touching (and so copying) every page that holds one."""
    freeze = gc.get_freeze_count() == 0  # an application that froze its own heap keeps it so
    if freeze:
        gc.freeze()
    try:
        pid = os.fork()
    except OSError as exc:
        if freeze:
            gc.unfreeze()
        os.close(read_fd)
        os.close(write_fd)
        raise ReadError(f"cannot start a reader process: {exc.strerror or exc}") from None
    if pid and freeze:
        gc.unfreeze()  # the parent goes on as before; the child stays frozen
    return pid


def _reap_finished() -> None:
    for pid in list(_finished):
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == 0:
                continue
        except ChildProcessError:
            pass
        _finished.discard(pid)


def _wait(pid: int) -> int:
    """The wait status of ``pid`` (0 if something else reaped it)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0


def _child(write_fd: int, func: Callable[..., Any], args: tuple[Any, ...], memory_mb: int) -> None:
    """Run in the forked child: limit, call, send ``(tag, value)`` back, ``os._exit``."""
    code = 0
    try:
        _close_other_fds(write_fd)
        _silence()
        _limit_memory(memory_mb)
        try:
            result: tuple[str, Any] = ("ok", func(*args))
        except MemoryError:
            result = ("memory", None)
        except ReadError as exc:
            result = ("read-error", (_try_pickle(exc), type(exc).__name__, one_line(str(exc))))
        except BaseException as exc:
            result = ("error", one_line(f"{type(exc).__name__}: {exc}"))
        try:
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = pickle.dumps(("memory", None))
        except Exception as exc:
            payload = pickle.dumps(("error", one_line(f"cannot send the result back: {exc}")))
        view = memoryview(payload)
        while view:
            view = view[os.write(write_fd, view[:_CHUNK]) :]
        os.close(write_fd)  # the parent sees EOF now, not after our memory is torn down
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _close_other_fds(keep: int) -> None:
    """Close inherited descriptors (sockets, other children's pipes) except 0-2 and ``keep``."""
    try:
        top = os.sysconf("SC_OPEN_MAX")
    except (ValueError, OSError):
        top = 1024
    os.closerange(3, keep)
    os.closerange(keep + 1, max(top, keep + 1))


def _silence() -> None:
    """Point the child's stdout and stderr, and Python's sys.stdout/sys.stderr, at /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives until os._exit


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space at its current size plus ``memory_mb`` MB."""
    try:
        with open("/proc/self/statm") as handle:
            current = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        current = 0
    limit = current + memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _collect(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Read the pipe to EOF; ``(data, True)`` when the deadline passes first."""
    chunks: list[bytes] = []
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return b"", True
        if not poller.poll(max(1, int(remaining * 1000))):
            continue  # loop re-checks the deadline
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _unpickle(payload: bytes) -> tuple[str, Any]:
    """The child's ``(tag, value)``, or ``("lost", None)`` when it sent nothing readable."""
    if not payload:
        return "lost", None
    try:
        tag, value = pickle.loads(payload)
    except Exception:
        return "lost", None
    return tag, value


def _outcome(tag: str, value: Any, memory_mb: int) -> Any:
    """Turn the child's answer (or, for ``lost``, its wait status) into a value or a ReadError."""
    if tag == "ok":
        return value
    too_big = ReadError(f"reading needed more than {memory_mb} MB")
    if tag == "memory":
        raise too_big
    if tag == "lost":
        if os.WIFSIGNALED(value):
            raise too_big
        code = os.waitstatus_to_exitcode(value)
        raise CorruptDocument(f"the reader stopped unexpectedly (exit code {code})")
    if tag == "read-error":
        pickled, name, message = value
        exc = None
        if pickled is not None:
            try:
                exc = pickle.loads(pickled)
            except Exception:
                exc = None
        if not isinstance(exc, ReadError) or str(exc) != message:
            exc = _named_error(name, message)
        raise exc
    raise CorruptDocument(str(value))


def _named_error(name: str, message: str) -> ReadError:
    from jdlint import errors

    cls = getattr(errors, name, ReadError)
    if not (isinstance(cls, type) and issubclass(cls, ReadError)):
        cls = ReadError
    return cls(message)


def _try_pickle(exc: BaseException) -> bytes | None:
    try:
        data = pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
    except Exception:
        return None
    return data


def one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line, at most ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- a time limit in this thread -----------------------------------------------------------------


class Overtime(BaseException):
    """Raised in a thread whose :class:`deadline` has passed. A BaseException, so that no
    ``except Exception`` in a reader or a check swallows it; the deadline turns it into
    :class:`~jdlint.errors.Timeout` as it leaves the ``with`` block."""


class deadline:  # lower case: used like a function, ``with deadline(10):``
    """``with deadline(seconds):`` raises :class:`~jdlint.errors.Timeout` (``message``) when
    the block runs longer than ``seconds`` in the current thread, whichever thread it is.

    In the main thread, when no interval timer is set and nothing else handles ``SIGALRM``,
    an alarm raises :class:`Overtime`: it interrupts blocking system calls and the regular
    expression engine too. In other threads (the web server's), a watchdog thread delivers
    it with ``PyThreadState_SetAsyncExc`` instead; that lands at the next Python bytecode, so
    slow Python code (the checks, the readers) stops at once, a call in C when it returns.
    Either way it is sent again every half second in case something swallows it (a bare
    ``except``), a block that ends after it was sent raises Timeout all the same (its result
    may have been cut short), and one sent but not delivered yet is taken back as the block
    ends. ``seconds`` of ``None`` or 0: no limit.
    """

    RESEND = 0.5

    def __init__(self, seconds: float | None, message: str | None = None) -> None:
        self.seconds = seconds
        self.message = message or f"checking took longer than {seconds or 0:g} s"
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._done = False
        self._fired = False
        self._tid = 0
        self._previous: Any = None  # the SIGALRM handler replaced, when the alarm is used

    def __enter__(self) -> deadline:
        if not self.seconds or self.seconds <= 0:
            return self
        _quiet_in_finalizers()
        self._tid = threading.get_ident()
        if self._alarm_free():
            self._previous = signal.signal(signal.SIGALRM, self._ring)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, self.RESEND)
        else:
            threading.Thread(target=self._watch, name="jdlint-deadline", daemon=True).start()
        return self

    @staticmethod
    def _alarm_free() -> bool:
        return (
            threading.current_thread() is threading.main_thread()
            and hasattr(signal, "setitimer")
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
            and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
        )

    def _ring(self, signum: int, frame: Any) -> None:
        if self._done or _in_finalizer(frame):
            return  # the timer rings again in RESEND seconds
        self._fired = True
        raise Overtime

    def _watch(self) -> None:
        wait = self.seconds
        while not self._stop.wait(wait):
            wait = self.RESEND
            with self._lock:
                if self._done:
                    return
                if _in_finalizer(sys._current_frames().get(self._tid)):
                    wait = 0.02  # not inside a __del__: try again in a moment
                    continue
                self._fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._tid), ctypes.py_object(Overtime))

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        overtime = kind is not None and issubclass(kind, Overtime)
        while self._tid:  # an Overtime may land at any bytecode of this clean-up: start again
            try:
                with self._lock:
                    self._done = True
                if self._previous is not None:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, self._previous)
                    self._previous = None
                self._stop.set()
                if self._fired:  # sent, perhaps not delivered yet: take it back
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._tid), None)
                break
            except Overtime:
                overtime = True
        if overtime or self._fired:  # once sent, a result may be cut short: never trust it
            raise Timeout(self.message) from None
        return False


def _in_finalizer(frame: Any) -> bool:
    """Is ``frame`` a ``__del__`` (run by the garbage collector, where an exception cannot
    propagate and Python prints "Exception ignored in ...")?"""
    return frame is not None and frame.f_code.co_name == "__del__"


def _quiet_in_finalizers() -> None:
    """Keep an :class:`Overtime` that still lands in a finalizer off standard error: it is
    sent again, so nothing is lost. Other unraisable exceptions go to the previous hook."""
    previous = sys.unraisablehook
    if getattr(previous, "_jdlint_quiet", False):
        return

    def hook(unraisable: Any) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, Overtime):
            return
        previous(unraisable)

    hook._jdlint_quiet = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook

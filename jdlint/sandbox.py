"""Run a parser in a child process with a time limit and a memory limit.

``run_limited(func, *args, timeout=..., memory_mb=...)`` runs ``func(*args)`` in a forked
child whose address space is capped with ``RLIMIT_AS`` and sends the result back pickled
through a pipe. The parent kills the child when the time is up. Every failure comes back
as a one-line :class:`~jdlint.errors.ReadError`:

* time limit → :class:`~jdlint.errors.Timeout` ("reading took longer than N s");
* ``MemoryError`` or a child killed by a signal → ``ReadError("reading needed more than N MB")``;
* a ``ReadError`` raised in the child → the same class and message in the parent;
* any other exception → :class:`~jdlint.errors.CorruptDocument` with a one-line message.

Reader processes. Forking a big parent costs 20-35 ms, more than reading a two-page PDF, so
a child serves many calls: a *reader process*. The first call forks one; it loops reading a
request (``(func, args)`` pickled, ``func`` by reference: the child was forked from this
process, so it has the same code), running it and writing the answer back, each message
length-prefixed on a pipe. A reader that runs out of time is killed and reaped; one that
died, or caught a ``MemoryError`` (its heap may be fragmented: it answers, then exits), is
replaced at the next call. A reader exits after its answer once it has served
:data:`RECYCLE_CALLS` calls, or when its resident memory grew by more than
:data:`RECYCLE_RSS_MB` MB or its address space by a quarter of ``memory_mb`` (that would eat
into the next call's head-room), so leaks in pdfium cannot pile up. Readers are pooled: a
thread takes an idle one with the same ``memory_mb`` or forks a new one, and gives it back
after the call, so two threads (``jdlint serve``) never share one; at most :data:`MAX_IDLE`
stay idle. :func:`shutdown` stops the idle ones; it also runs at exit.

A reader knows the program as it was when it was forked. A function it cannot find (defined
or imported since) makes it step aside for a freshly forked one; module state changed since
(a monkeypatched constant) goes unseen: call :func:`shutdown` after such a change. A call
whose function or arguments cannot be pickled (a lambda, a closure) forks a child for that
call alone, as every call did before reader processes, and as every call does with
``JDLINT_SANDBOX=fork`` (for comparison) or when ``SIGPIPE`` is not ignored (writing to a
dead reader would kill this process).

The child's stdout and stderr (file descriptors 1 and 2, and ``sys.stdout``/``sys.stderr``)
go to ``/dev/null``, so no traceback or library chatter reaches the user; it closes the other
descriptors it inherited (listening sockets, other children's pipes), so ``func`` must work
on its arguments, not on open files; and it leaves with ``os._exit`` (no atexit handlers,
no flushing of the parent's buffers). It ignores ``SIGINT`` (the parent handles Ctrl-C and
kills it) and does not outlive the parent: ``PR_SET_PDEATHSIG`` (Linux), and end-of-file on
its request pipe. Forking a process that runs threads is safe as long as ``func`` needs no
lock another thread held at the fork: the PDF reader only uses pdfium, which the parent
never calls. A process forked from this one (a multiprocessing worker) never uses this
one's readers: it forgets them at the fork and starts its own.

``memory_mb`` is head-room: the limit is the child's address space at fork plus
``memory_mb``, so a big parent (spaCy models loaded) does not starve the parser.

Without ``os.fork`` (Windows), or with ``JDLINT_SANDBOX=0`` in the environment (debugging),
``func`` runs in-process with no limits.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import gc
import os
import pickle
import resource
import select
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from jdlint.errors import CorruptDocument, ReadError, Timeout
from jdlint.safepath import strip_current_folder

T = TypeVar("T")

_CHUNK = 1 << 20
_MB = 1024 * 1024

RECYCLE_CALLS = 500  # calls a reader serves before it makes way for a fresh one
RECYCLE_RSS_MB = 256  # growth of a reader's resident memory that retires it
MAX_IDLE = 2 * (os.cpu_count() or 1)  # idle readers kept; more are stopped

_REQUEST = struct.Struct(">Q")  # a request: its length, then (func, args) pickled
_ANSWER = struct.Struct(">QB")  # an answer: _ACK, its length and flags, then (tag, value) pickled
_ACK = b"A"  # sent as soon as a request is read: a reader that dies before it was not at fault
_RETIRE = 1  # flag: the reader exits after this answer
# PR_SET_PDEATHSIG counts the *thread* that forked a child as its parent: when that thread
# ends the child gets this signal. SIGTERM (default action in the child) tells that death
# apart from a crash or the memory limit.
_DEATH_SIGNAL = signal.SIGTERM
_PR_SET_PDEATHSIG = 1


def run_limited(func: Callable[..., T], *args: Any, timeout: float, memory_mb: int) -> T:
    """``func(*args)`` run in a child process limited to ``timeout`` seconds and ``memory_mb`` MB."""
    mode = os.environ.get("JDLINT_SANDBOX", "1")
    if not hasattr(os, "fork") or mode == "0":
        return func(*args)
    _reap_finished()
    if mode != "fork" and _pipes_safe():
        request = _request(func, args)
        if request is not None:
            return _run_pooled(func, args, request, timeout, memory_mb)
    return _run_forked(func, args, timeout, memory_mb)


def shutdown() -> None:
    """Stop the idle reader processes and reap the children that have ended. A reader in use
    stops when its call returns. The next call forks a fresh reader."""
    global _generation
    with _lock:
        _generation += 1
        idle = list(_idle)
        _idle.clear()
    for reader in idle:
        _release(reader, "kill")
    with _lock:
        ended = list(_finished)
        _finished.clear()
    for pid in ended:
        _wait(pid)


# -- reader processes: the parent's side --------------------------------------------------------


class _Reader:
    """A reader process as its parent sees it."""

    __slots__ = ("generation", "memory_mb", "owner", "pid", "recv_fd", "send_fd", "served")
    __slots__ += ("thread",)

    def __init__(self, pid: int, send_fd: int, recv_fd: int, memory_mb: int, owner: int) -> None:
        self.pid = pid
        self.send_fd = send_fd  # requests go in here (non-blocking)
        self.recv_fd = recv_fd  # answers come out here
        self.memory_mb = memory_mb
        self.owner = owner  # the process that forked it: only that one may use it
        self.thread = threading.current_thread()  # the thread whose end kills it (PDEATHSIG)
        self.generation = _generation
        self.served = 0


_lock = threading.Lock()
_idle: list[_Reader] = []  # readers waiting for a call, the most recently used last
_live: set[_Reader] = set()  # every reader of this process not yet released
_finished: set[int] = set()  # children that answered and are exiting, not yet reaped
_generation = 0  # bumped by shutdown(): readers of an older generation are not kept


def _pipes_safe() -> bool:
    """Writing to a reader that died raises BrokenPipeError, unless SIGPIPE has its default
    action (an application reset it): then it would kill this process."""
    sigpipe = getattr(signal, "SIGPIPE", None)
    return sigpipe is None or signal.getsignal(sigpipe) != signal.SIG_DFL


def _request(func: Callable[..., Any], args: tuple[Any, ...]) -> list[bytes] | None:
    """The request message for ``func(*args)``, or None when it cannot be pickled."""
    try:
        payload = pickle.dumps((func, args), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return None
    return [_REQUEST.pack(len(payload)), payload]


def _run_pooled(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    request: list[bytes],
    timeout: float,
    memory_mb: int,
) -> Any:
    fresh = False
    for _ in range(3):
        reader = _take(memory_mb, fresh)
        tag, value = _ask(reader, request, timeout)
        if tag == "retry":  # the reader died before it read the request: not this call's doing
            fresh = True
        elif tag == "stale":  # it cannot find func: forked before func was defined or imported
            if fresh:
                break
            fresh = True
        else:
            return _outcome(tag, value, memory_mb)
    return _run_forked(func, args, timeout, memory_mb)


def _take(memory_mb: int, fresh: bool) -> _Reader:
    """An idle reader for ``memory_mb`` that is still alive, or (``fresh``, or none) a new one."""
    while not fresh:
        with _lock:
            reader = next((r for r in reversed(_idle) if r.memory_mb == memory_mb), None)
            if reader is None:
                break
            _idle.remove(reader)
        if _usable(reader):
            return reader
    return _start(memory_mb)


def _usable(reader: _Reader) -> bool:
    if reader.owner != os.getpid():  # inherited through a fork: the other process's child
        _release(reader, "forget")
        return False
    try:
        ended = os.waitpid(reader.pid, os.WNOHANG)[0] != 0
    except ChildProcessError:
        ended = True
    if ended:  # killed while idle
        _release(reader, "gone")
        return False
    if not reader.thread.is_alive():  # the thread that forked it ended: PDEATHSIG is on its way
        _release(reader, "kill")
        return False
    return True


def _start(memory_mb: int) -> _Reader:
    parent = os.getpid()
    request_r, request_w = os.pipe()
    answer_r, answer_w = os.pipe()
    pid = _fork(request_r, request_w, answer_r, answer_w)
    if pid == 0:  # the reader: never returns
        _serve(request_r, answer_w, memory_mb, parent)
    os.close(request_r)
    os.close(answer_w)
    os.set_blocking(request_w, False)  # a write never blocks past the time limit
    reader = _Reader(pid, request_w, answer_r, memory_mb, parent)
    with _lock:
        _live.add(reader)
    return reader


def _ask(reader: _Reader, request: list[bytes], timeout: float) -> tuple[str, Any]:
    """Send ``request`` to ``reader`` and wait for its ``(tag, value)``; the tag ``retry``
    means the reader died before it read the request, ``lost`` comes with its wait status.
    The reader goes back to the pool, or is released, before this returns."""
    reused = reader.served > 0
    deadline = time.monotonic() + timeout
    fate = "kill"  # what becomes of the reader: unless all goes to plan, it is killed
    try:
        if _send(reader.send_fd, request, deadline) == "late":
            raise Timeout(f"reading took longer than {timeout:g} s")
        # "broken": it died, or stopped reading (a request too big for it): read what it said
        acked, flags, payload, late = _receive(reader.recv_fd, deadline)
        if late:
            raise Timeout(f"reading took longer than {timeout:g} s")
        tag, value = _unpickle(payload)
        if tag == "lost":  # no answer, or a cut one: how the child ended tells why
            fate = "gone"
            status = _wait(reader.pid)
            if (reused and not acked) or _orphaned(reader, status):
                return "retry", None
            return "lost", status
        reader.served += 1
        fate = "exit" if flags & _RETIRE else "keep"
        return tag, value
    finally:
        _release(reader, fate)


def _orphaned(reader: _Reader, status: int) -> bool:
    """Killed because the thread that forked it ended while another thread used it?"""
    return (
        os.WIFSIGNALED(status)
        and os.WTERMSIG(status) == _DEATH_SIGNAL
        and not reader.thread.is_alive()
    )


def _release(reader: _Reader, fate: str) -> None:
    """``keep``: back to the idle list; ``exit``: it is exiting, reap it later; ``gone``:
    reaped already; ``kill``: kill and reap it; ``forget``: another process's, close ours."""
    if fate == "keep":
        evicted = None
        with _lock:
            if reader.owner == os.getpid() and reader.generation == _generation:
                _idle.append(reader)
                if len(_idle) > MAX_IDLE:
                    evicted = _idle.pop(0)
            else:
                evicted = reader
        if evicted is not None:
            _release(evicted, "kill")
        return
    with _lock:  # out of _live before its descriptors close: a fork in between must not
        _live.discard(reader)  # close numbers reused for something else
        if fate == "exit":
            _finished.add(reader.pid)
    if fate == "kill" and reader.owner == os.getpid():
        _kill(reader.pid)
    for fd in (reader.send_fd, reader.recv_fd):
        with contextlib.suppress(OSError):
            os.close(fd)


def _forget_after_fork() -> None:
    """In a process just forked from this one: the readers and children are the parent's."""
    global _lock
    _lock = threading.Lock()  # another thread may have held it at the fork
    for reader in _live:
        for fd in (reader.send_fd, reader.recv_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
    _live.clear()
    _idle.clear()
    _finished.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
atexit.register(shutdown)


def _send(fd: int, parts: list[bytes], deadline: float) -> str:
    """Write ``parts`` to a non-blocking pipe: ``sent``, ``broken`` (no reader) or ``late``."""
    poller = None
    for part in parts:
        view = memoryview(part)
        while view:
            try:
                view = view[os.write(fd, view[:_CHUNK]) :]
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return "late"
                if poller is None:
                    poller = select.poll()
                    poller.register(fd, select.POLLOUT)
                poller.poll(max(1, int(remaining * 1000)))
            except BrokenPipeError:
                return "broken"
    return "sent"


def _receive(fd: int, deadline: float) -> tuple[bool, int, bytearray | None, bool]:
    """Read an answer: ``(acked, flags, payload, late)``; payload None when the pipe ended first."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)

    def ready() -> bool:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if poller.poll(max(1, int(remaining * 1000))):
                return True

    head = b""
    need = len(_ACK) + _ANSWER.size
    while len(head) < need:
        if not ready():
            return False, 0, None, True
        chunk = os.read(fd, need - len(head))
        if not chunk:
            return bool(head), 0, None, False
        head += chunk
    length, flags = _ANSWER.unpack_from(head, len(_ACK))
    payload = bytearray(length)
    view = memoryview(payload)
    got = 0
    while got < length:
        if not ready():
            return True, flags, None, True
        count = os.readv(fd, [view[got:]])
        if not count:
            return True, flags, None, False
        got += count
    return True, flags, payload, False


# -- reader processes: the child's side ---------------------------------------------------------


def _serve(request_fd: int, answer_fd: int, memory_mb: int, parent: int) -> None:
    """Run in a reader process: answer requests until the pipe ends or it retires; ``os._exit``."""
    code = 0
    try:
        _close_other_fds(request_fd, answer_fd)
        strip_current_folder()  # what it imports later never comes from the current folder
        _silence()
        _die_with(parent)
        limit_memory(memory_mb)
        start = statm()
        served = 0
        while True:
            try:
                request = _read_request(request_fd)
            except MemoryError:  # a request too big for the limit: answered below
                request = bytearray()
            if request is None:
                break  # the parent closed the pipe, or exited
            _write_all(answer_fd, _ACK)
            served += 1
            retire = served >= RECYCLE_CALLS
            result: tuple[str, Any] = ("memory", None)
            if request:
                try:
                    func, args = pickle.loads(request)
                except MemoryError:
                    pass
                except Exception as exc:  # forked before func existed: the parent forks anew
                    result = ("stale", one_line(f"{type(exc).__name__}: {exc}"))
                    retire = True
                else:
                    del request
                    result = _call(func, args)
                    del func, args
            payload = _dump(result)
            # a MemoryError caught here may have left the heap fragmented: make way
            retire = retire or result[0] == "memory" or _grown(start, memory_mb)
            del result
            _write_all(answer_fd, _ANSWER.pack(len(payload), _RETIRE if retire else 0))
            _write_all(answer_fd, payload)
            del payload
            if retire:
                break
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _read_request(fd: int) -> bytearray | None:
    """The next request's pickle, or None at end of file."""
    head = _read_exact(fd, _REQUEST.size)
    if head is None:
        return None
    return _read_exact(fd, _REQUEST.unpack(head)[0])


def _read_exact(fd: int, size: int) -> bytearray | None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(fd, [view[got:]])
        if not count:
            return None
        got += count
    return buffer


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view[:_CHUNK]) :]


def statm() -> tuple[int, int] | None:
    """This process's address space and resident memory in bytes."""
    try:
        with open("/proc/self/statm") as handle:
            size, resident = handle.read().split()[:2]
        page = os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None
    return int(size) * page, int(resident) * page


def _grown(start: tuple[int, int] | None, memory_mb: int) -> bool:
    """Has this reader grown enough since it started to make way for a fresh one?"""
    now = statm()
    if start is None or now is None:
        return False
    return now[1] - start[1] > RECYCLE_RSS_MB * _MB or now[0] - start[0] > memory_mb * _MB // 4


# -- one child per call -------------------------------------------------------------------------


def _run_forked(func: Callable[..., T], args: tuple[Any, ...], timeout: float, memory_mb: int) -> T:
    """``func(*args)`` in a child forked for this call alone (no pickling of the request)."""
    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    pid = _fork(read_fd, write_fd)
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        _child(write_fd, func, args, memory_mb, parent)
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
            with _lock:
                _finished.add(pid)  # it is tearing down its copy of our memory: reap it later
        done = True
    finally:
        os.close(read_fd)
        if not done:  # an exception (KeyboardInterrupt ...) while waiting
            _kill(pid)
    return _outcome(tag, value, memory_mb)


def _fork(*fds: int) -> int:
    """``os.fork()`` with the collector's objects frozen: the child's GC then leaves the
    parent's objects alone instead of touching (and so copying) every page that holds one.
    On failure ``fds`` are closed and ReadError raised."""
    freeze = gc.get_freeze_count() == 0  # an application that froze its own heap keeps it so
    if freeze:
        gc.freeze()
    try:
        pid = os.fork()
    except OSError as exc:
        if freeze:
            gc.unfreeze()
        for fd in fds:
            os.close(fd)
        raise ReadError(f"cannot start a reader process: {exc.strerror or exc}") from None
    if pid and freeze:
        gc.unfreeze()  # the parent goes on as before; the child stays frozen
    return pid


def _reap_finished() -> None:
    with _lock:
        pids = list(_finished)
    for pid in pids:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == 0:
                continue
        except ChildProcessError:
            pass
        with _lock:
            _finished.discard(pid)


def _wait(pid: int) -> int:
    """The wait status of ``pid`` (0 if something else reaped it)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0


def _child(
    write_fd: int, func: Callable[..., Any], args: tuple[Any, ...], memory_mb: int, parent: int
) -> None:
    """Run in the forked child: limit, call, send ``(tag, value)`` back, ``os._exit``."""
    code = 0
    try:
        _close_other_fds(write_fd)
        strip_current_folder()
        _silence()
        _die_with(parent)
        limit_memory(memory_mb)
        payload = _dump(_call(func, args))
        _write_all(write_fd, payload)
        os.close(write_fd)  # the parent sees EOF now, not after our memory is torn down
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _call(func: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    """``func(*args)`` as ``(tag, value)``: ``ok``, ``memory``, ``read-error`` or ``error``."""
    try:
        return "ok", func(*args)
    except MemoryError:
        return "memory", None
    except ReadError as exc:
        return "read-error", (_try_pickle(exc), type(exc).__name__, one_line(str(exc)))
    except BaseException as exc:
        return "error", one_line(f"{type(exc).__name__}: {exc}")


def _dump(result: tuple[str, Any]) -> bytes:
    try:
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", None))
    except Exception as exc:
        return pickle.dumps(("error", one_line(f"cannot send the result back: {exc}")))


def _close_other_fds(*keep: int) -> None:
    """Close inherited descriptors (sockets, other children's pipes) except 0-2 and ``keep``."""
    try:
        top = os.sysconf("SC_OPEN_MAX")
    except (ValueError, OSError):
        top = 1024
    low = 3
    for fd in sorted(keep):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, max(top, low))


def _silence() -> None:
    """Point the child's stdout and stderr, and Python's sys.stdout/sys.stderr, at /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives until os._exit


def _find_prctl() -> Any:
    """libc's ``prctl``, looked up here in the parent (``dlopen`` in a child forked from a
    threaded process could wait forever on the loader's lock), or None off Linux."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.restype = ctypes.c_int
    return prctl


_prctl = _find_prctl()


def _die_with(parent: int) -> None:
    """In the child: ignore Ctrl-C (the parent handles it) and end when the parent does."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(_DEATH_SIGNAL, signal.SIG_DFL)
    if _prctl is not None:
        with contextlib.suppress(Exception):
            _prctl(_PR_SET_PDEATHSIG, ctypes.c_ulong(_DEATH_SIGNAL), 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the signal was set up
        os._exit(0)


def limit_memory(memory_mb: int) -> None:
    """Cap the address space at its current size plus ``memory_mb`` MB."""
    current = (statm() or (0, 0))[0]
    limit = current + memory_mb * _MB
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


def _unpickle(payload: bytes | bytearray | None) -> tuple[str, Any]:
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
    """Raised in a thread whose :func:`within` limit has passed. A BaseException, so that no
    ``except Exception`` in a reader or a check swallows it; :func:`within` turns it into
    :class:`~jdlint.errors.Timeout` before it returns. Each armed limit raises its own
    subclass, whose construction (when the exception lands) tells the limit it arrived
    (a subclass is reused by a later limit only once none of it can land: see
    :func:`_overtime_for`)."""

    _limit: _Limit | None = None

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        limit = type(self)._limit
        if limit is not None:
            limit.landed = True
            _pending.discard(limit.tid)


RESEND = 0.5  # seconds between two Overtimes when the first was swallowed (a bare except)

# Every decision to send an Overtime and every disarming of a limit happen under _ASYNC, so
# a limit that is disarmed can never send again.
_ASYNC = threading.Lock()
# Threads with an Overtime sent and not yet landed (at most one at a time per thread).
_pending: set[int] = set()
_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc


# Overtime classes of limits that ended without one landing, kept to be given to new limits.
_SPARE_KINDS: list[type[Overtime]] = []
_SPARE_KINDS_KEPT = 16


def _overtime_for(limit: _Limit) -> type[Overtime]:
    """The Overtime class of ``limit``: its own while it is armed (an Overtime landing tells
    its limit, and no other, that it arrived). Making a class per limit cost about 11 us and
    a reference cycle (the class and the limit) that only the garbage collector frees, twice
    per check; so a limit that ended with none of its Overtimes landed gives its class back
    (:meth:`_Limit.release`) and the next limit takes it. That is safe: by then the limit is
    disarmed, so the watchdog and the alarm send no more, and an Overtime sent but not landed
    was taken back (:func:`_disarm`); a class one landed of is never reused."""
    try:
        kind = _SPARE_KINDS.pop()
    except IndexError:
        kind = type("Overtime", (Overtime,), {"__module__": __name__})
    kind._limit = limit
    return kind


class _Limit:
    """One armed time limit, owned by the thread that armed it (``tid``)."""

    __slots__ = ("active", "ctid", "kind", "landed", "previous", "seconds", "stop", "tid")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.tid = threading.get_ident()
        self.ctid = ctypes.c_ulong(self.tid)
        self.kind = _overtime_for(self)
        self.active = False
        self.landed = False  # an Overtime of this limit was raised in the owner
        self.stop: threading.Event | None = None  # the watchdog's (the alarm needs none)
        self.previous: Any = None  # the SIGALRM handler replaced, when the alarm is used

    def arm(self) -> None:
        with _ASYNC:
            self.active = True
        if _alarm_free():
            self.previous = signal.signal(signal.SIGALRM, self._ring)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, RESEND)
        else:
            self.stop = threading.Event()
            threading.Thread(target=self._watch, name="jdlint-limit", daemon=True).start()

    def fire(self) -> str:
        """Send an Overtime to the owner if this limit is still armed and none is on its
        way (the watchdog calls this): ``sent``, ``off`` (disarmed), ``pending`` (one sent
        has not landed: the owner is in a call in C) or ``finalizer`` (the owner is in a
        ``__del__``, where it could not propagate)."""
        with _ASYNC:
            if not self.active:
                return "off"
            if self.tid in _pending:
                return "pending"
            if _in_finalizer(sys._current_frames().get(self.tid)):
                return "finalizer"
            _pending.add(self.tid)
            _set_async_exc(self.ctid, ctypes.py_object(self.kind))
            return "sent"

    def _watch(self) -> None:
        wait = self.seconds
        assert self.stop is not None  # set before the watchdog starts
        while not self.stop.wait(wait):
            outcome = self.fire()
            if outcome == "off":
                return
            wait = 0.02 if outcome == "finalizer" else RESEND

    def _ring(self, signum: int, frame: Any) -> None:
        # Runs in the owner (the main thread) between two bytecodes: no lock (the owner may
        # hold it), nothing to race with.
        if self.active and not _in_finalizer(frame):
            raise self.kind

    def release(self) -> None:
        """After disarming: stop the watchdog or the alarm; the Overtime class goes back to
        be reused when none of it landed (see :func:`_overtime_for`)."""
        if self.stop is not None:
            self.stop.set()
        if self.previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            self.previous = None
        if not self.landed and self.kind._limit is self:
            self.kind._limit = None
            if len(_SPARE_KINDS) < _SPARE_KINDS_KEPT:
                _SPARE_KINDS.append(self.kind)


def _alarm_free() -> bool:
    return (
        threading.current_thread() is threading.main_thread()
        and hasattr(signal, "setitimer")
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )


def within(seconds: float | None, func: Callable[[], T], message: str | None = None) -> T:
    """``func()``, stopped with :class:`~jdlint.errors.Timeout` (``message``) when it runs
    longer than ``seconds`` in the calling thread, whichever thread it is. ``None`` or 0:
    no limit.

    In the main thread, when no interval timer is set and nothing else handles ``SIGALRM``,
    an alarm raises :class:`Overtime`: it interrupts blocking system calls and the regular
    expression engine too. In other threads (the web server's), a watchdog thread delivers
    it with ``PyThreadState_SetAsyncExc``; that lands at the next Python bytecode, so slow
    Python code (the checks, the readers) stops at once, a call in C when it returns. It is
    sent again every :data:`RESEND` seconds after one landed, in case something swallowed
    it, and a call that ends after one landed raises Timeout all the same (its result may
    have been cut short).

    The limit stops only what it guards, in the thread that armed it: the watchdog sends
    only while the limit is armed, deciding under a lock that the owner takes to disarm it;
    the owner disarms it and takes back an Overtime sent but not landed yet
    (``PyThreadState_SetAsyncExc(thread, NULL)``) under that lock before this returns. An
    Overtime can land only where CPython checks for one (a function's start, a backward
    jump, after a call), and every such point between arming and disarming lies inside
    this function's ``try``: the disarming in the handler runs no such point before the
    limit is off. So nothing is raised in the thread after this returns, e.g. in a web
    server's worker waiting for its next request, however the limit and the end race.
    """
    if not seconds or seconds <= 0:
        return func()
    message = message or f"checking took longer than {seconds:g} s"
    limit = _Limit(seconds)
    _quiet_in_finalizers()
    try:
        limit.arm()
        result = func()
        _disarm(limit)  # an Overtime landing in here is caught below, which disarms again
        limit.release()
    except BaseException as exc:
        # Straight-line code up to ``limit.active = False``: no point where one can land.
        with _ASYNC:
            limit.active = False
            if limit.tid in _pending:
                _set_async_exc(limit.ctid, None)
                _pending.discard(limit.tid)
        limit.release()
        if isinstance(exc, Overtime) or limit.landed:
            raise Timeout(message) from None
        raise
    if limit.landed:  # it landed and was swallowed: the result may be cut short
        raise Timeout(message)
    return result


def _disarm(limit: _Limit) -> None:
    """The limit off, and an Overtime sent to its thread but not landed yet taken back."""
    with _ASYNC:
        limit.active = False
        if limit.tid in _pending:
            _set_async_exc(limit.ctid, None)
            _pending.discard(limit.tid)


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

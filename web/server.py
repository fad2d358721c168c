"""``jdlint serve``: the app on waitress, with request bodies and responses kept in memory
and an access log that records only method, path, status, size and time."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from .app import create_app, resend_limit

access_log = logging.getLogger("jdlint.web.access")


class AccessLog:
    """WSGI middleware: one line per request, ``POST /check 200 5123B 0.084s``.

    The query string, headers, client address and body are never logged (the body is the
    advert, which may name people)."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        started = time.perf_counter()
        seen: dict[str, str] = {}

        def _start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            seen["status"] = status.split(" ", 1)[0]
            return (
                start_response(status, headers, exc_info)
                if exc_info
                else start_response(status, headers)
            )

        body = self.app(environ, _start)
        size = 0
        try:
            for chunk in body:
                size += len(chunk)
                yield chunk
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
            access_log.info(
                "%s %s %s %dB %.3fs",
                environ.get("REQUEST_METHOD", "-"),
                environ.get("PATH_INFO", "-"),
                seen.get("status", "-"),
                size,
                time.perf_counter() - started,
            )


def waitress_options(max_bytes: int, threads: int) -> dict[str, Any]:
    """Waitress settings that keep every request and response in memory.

    Waitress spools a request body over ``inbuf_overflow`` (512 KB) and a response over
    ``outbuf_overflow`` (1 MB) into a temporary file; waitress refuses a body over
    ``max_request_body_size``, so overflow marks above that keep every buffer off disk.
    The cost is memory: one request can hold up to ``max_request_body_size`` bytes.
    """
    # What the app accepts (an upload re-posted as base64 on the result page) plus room for
    # the form around it still reaches the app (and its friendly 413 page); beyond that
    # waitress answers 413 itself as soon as it reads the Content-Length, buffering nothing.
    # Every connection sending a body may hold this much.
    body = resend_limit(max_bytes) + 1024 * 1024
    return {
        "threads": threads,
        "max_request_body_size": body,
        "inbuf_overflow": body + 1,
        "outbuf_overflow": 2 * body + 1,
        # One thread reads every connection: 8 KB at a time (waitress's default), sixteen
        # 10 MB uploads kept it busy long enough to delay /healthz past a second.
        "recv_bytes": 256 * 1024,
        "ident": "jdlint",
        "expose_tracebacks": False,
        "clear_untrusted_proxy_headers": True,
    }


BODY_BUDGET_MB = 256  # request bodies being received at once, all connections together


class BodyBudget:
    """Bytes of request bodies the server holds at once, across every connection.

    Waitress buffers each body in memory until it is complete (``jdlint serve`` keeps bodies
    off disk), so thirty clients sending big bodies slowly could hold thirty bodies' worth
    (840 MB was seen). A request reserves its ``Content-Length`` as its headers end and gives
    it back when it has been answered or its connection closes; one that does not fit gets
    503 at once, before its body is read. A chunked body (no ``Content-Length``) may grow to
    ``max_request_body_size``, so it reserves that much."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._lock = threading.Lock()

    def take(self, n: int) -> bool:
        with self._lock:
            if self.used + n > self.limit:
                return False
            self.used += n
            return True

    def give(self, n: int) -> None:
        with self._lock:
            self.used -= n


def budgeted_channel(budget: BodyBudget) -> type:
    """A waitress channel class whose requests reserve their bodies from ``budget``."""
    from waitress.channel import HTTPChannel
    from waitress.parser import HTTPRequestParser
    from waitress.utilities import Error

    class Busy(Error):
        code = 503
        reason = "Service Unavailable"

        def to_response(self, ident: str | None = None) -> tuple[str, list[tuple[str, str]], bytes]:
            status, headers, body = super().to_response(ident)
            return status, [*headers, ("Retry-After", "10")], body

    class Parser(HTTPRequestParser):
        reserved = 0

        def received(self, data: bytes) -> int:
            in_header = not self.headers_finished
            consumed = super().received(data)
            if in_header and self.headers_finished and self.error is None:
                wanted = self.adj.max_request_body_size if self.chunked else self.content_length
                if wanted <= 0:
                    return consumed
                if budget.take(wanted):
                    self.reserved = wanted
                else:
                    self.error = Busy("the server is receiving too many uploads: try again in a moment")
                    self.completed = True
            return consumed

        def release(self) -> None:
            if self.reserved:
                budget.give(self.reserved)
                self.reserved = 0

        def close(self) -> None:
            self.release()
            super().close()

    class Channel(HTTPChannel):
        parser_class = Parser

        def del_channel(self, map: Any = None) -> None:
            """Closed: give back what unanswered requests (one still arriving) reserved."""
            for request in [self.request, *self.requests]:
                if isinstance(request, Parser):
                    request.release()
            super().del_channel(map)

    return Channel


def create_waitress(app: Any, options: dict[str, Any], body_budget_mb: float = BODY_BUDGET_MB, **where: Any) -> Any:  # fmt: skip
    """``waitress.create_server`` for ``app`` with request bodies bounded by a :class:`BodyBudget`."""
    import waitress

    server = waitress.create_server(app, **where, **options)
    server.channel_class = budgeted_channel(BodyBudget(int(body_budget_mb * 1024 * 1024)))
    return server


def warm_up(app: Any) -> float:
    """Load the rules, spaCy and textstat now, so the first user does not wait. Seconds taken."""
    from jdlint.readers import read_text

    from .pages import example_advert
    from .service import engine

    started = time.perf_counter()
    with app.app_context():
        engine().check(read_text(example_advert()))
    return time.perf_counter() - started


def make_server(host: str = "127.0.0.1", port: int = 8000, threads: int = 4,
                config: dict[str, Any] | None = None, warm: bool = True,
                body_budget_mb: float = BODY_BUDGET_MB) -> Any:  # fmt: skip
    """A waitress server for the app (not yet running): call ``.run()``; ``.close()`` to stop."""
    app = create_app(config)
    if warm:
        warm_up(app)
    options = waitress_options(int(app.config["MAX_CONTENT_LENGTH"]), threads)
    return create_waitress(AccessLog(app), options, body_budget_mb, host=host, port=port)


def run_in_thread(server: Any) -> Callable[[], None]:
    """Run a waitress server in a daemon thread (tests, benchmarks); returns ``stop()``,
    which closes it from inside its own event loop so no ``select`` sees a closed socket, or
    from the caller when that loop can no longer be woken (its trigger closed); ``stop()`` may
    be called more than once."""
    from waitress import wasyncore

    thread = threading.Thread(target=server.run, daemon=True, name="jdlint-waitress")
    thread.start()

    def stop() -> None:
        try:
            server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        except OSError:  # its trigger is closed already (the loop closed it, or stop() ran before)
            wasyncore.close_all(server._map)  # nothing can wake the loop: close the rest from here
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()

    return stop


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    threads: int = 4,
    config: dict[str, Any] | None = None,
    processes: int = 1,
    body_budget_mb: float = BODY_BUDGET_MB,
) -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    logging.getLogger("jdlint.web").setLevel(logging.INFO)
    largest = waitress_options(int(create_app(config).config["MAX_CONTENT_LENGTH"]), threads)["max_request_body_size"]
    if body_budget_mb * 1024 * 1024 < largest:  # every large upload would get 503
        from jdlint.errors import JdlintError

        raise JdlintError(f"the body budget ({body_budget_mb:g} MB) is under the largest request body the upload "
                          f"limit allows ({largest / 1048576:.0f} MB): raise --body-budget-mb")  # fmt: skip
    if processes > 1 and hasattr(os, "fork"):
        serve_processes(host, port, threads, processes, config, body_budget_mb)
        return
    server = make_server(host, port, threads, config, body_budget_mb=body_budget_mb)
    real_port = getattr(server, "effective_port", port)
    print(
        f"jdlint web: serving on http://{host}:{real_port}/ with {threads} threads (Ctrl+C to stop)",
        flush=True,
    )
    try:
        server.run()
    except KeyboardInterrupt:  # pragma: no cover - interactive
        pass
    finally:
        server.close()


log = logging.getLogger("jdlint.web")


def serve_processes(
    host: str, port: int, threads: int, processes: int, config: dict[str, Any] | None,
    body_budget_mb: float = BODY_BUDGET_MB,
) -> None:
    """Pre-fork: warm the app once, open the listening socket, fork ``processes`` waitress
    servers that accept on it (each with ``threads`` threads and the warm app in shared
    memory). The checks are CPU-bound Python under one interpreter lock per process, so
    this is how a server uses more than one core. A server process that dies is replaced
    (unless they keep dying: then this stops); Ctrl+C or SIGTERM stops them all."""
    import socket

    app = create_app(config)
    warm_up(app)
    options = waitress_options(int(app.config["MAX_CONTENT_LENGTH"]), threads)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.create_server((host, port), family=family, backlog=1024)
    real_port = listener.getsockname()[1]
    children: set[int] = set()
    deaths: list[float] = []

    def stop_child(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    def spawn() -> None:
        pid = os.fork()
        if pid == 0:  # a server process: never returns
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it with SIGTERM
                signal.signal(signal.SIGTERM, stop_child)
                create_waitress(AccessLog(app), options, body_budget_mb, sockets=[listener]).run()
            except KeyboardInterrupt:
                pass
            except BaseException:  # logged, then the parent replaces this process
                log.exception("server process %d stopped", os.getpid())
                code = 1
            finally:
                logging.shutdown()
                os._exit(code)
        children.add(pid)

    previous = signal.signal(signal.SIGTERM, stop_child)
    try:
        for _ in range(processes):
            spawn()
        print(
            f"jdlint web: serving on http://{host}:{real_port}/ with {processes} processes "
            f"of {threads} threads (Ctrl+C to stop)",
            flush=True,
        )
        while True:
            pid, status = os.wait()
            if pid not in children:
                continue
            children.discard(pid)
            now = time.monotonic()
            deaths[:] = [t for t in deaths if now - t < 60] + [now]
            if len(deaths) > 3 * processes:
                raise RuntimeError("the server processes keep dying: stopping")
            log.warning("server process %d ended (status %d): starting another", pid, status)
            spawn()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        _reap(children, timeout=10.0)
        listener.close()


def _reap(children: set[int], timeout: float) -> None:
    """Wait for ``children`` to exit; SIGKILL those still running after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while children and time.monotonic() < deadline:
        for pid in list(children):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                children.discard(pid)
        time.sleep(0.05)
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    children.clear()

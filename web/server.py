"""``jdlint serve``: the app on waitress, with request bodies and responses kept in memory
and an access log that records only method, path, status, size and time."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from .app import _resend_limit, create_app

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
    # Up to twice what the app accepts still reaches the app (and its friendly 413 page);
    # beyond that waitress answers 413 itself without buffering more.
    body = 2 * _resend_limit(max_bytes) + 1024 * 1024
    return {
        "threads": threads,
        "max_request_body_size": body,
        "inbuf_overflow": body + 1,
        "outbuf_overflow": 2 * body + 1,
        "ident": "jdlint",
        "expose_tracebacks": False,
        "clear_untrusted_proxy_headers": True,
    }


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
                config: dict[str, Any] | None = None, warm: bool = True) -> Any:  # fmt: skip
    """A waitress server for the app (not yet running): call ``.run()``; ``.close()`` to stop."""
    import waitress

    app = create_app(config)
    if warm:
        warm_up(app)
    options = waitress_options(int(app.config["MAX_CONTENT_LENGTH"]), threads)
    return waitress.create_server(AccessLog(app), host=host, port=port, **options)


def run_in_thread(server: Any) -> Callable[[], None]:
    """Run a waitress server in a daemon thread (tests, benchmarks); returns ``stop()``,
    which closes it from inside its own event loop so no ``select`` sees a closed socket."""
    from waitress import wasyncore

    thread = threading.Thread(target=server.run, daemon=True, name="jdlint-waitress")
    thread.start()

    def stop() -> None:
        server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()

    return stop


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    threads: int = 4,
    config: dict[str, Any] | None = None,
) -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    logging.getLogger("jdlint.web").setLevel(logging.INFO)
    server = make_server(host, port, threads, config)
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

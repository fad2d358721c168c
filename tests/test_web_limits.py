"""The web server under time limits and heavy uploads (issue 13, items 5 and 6).

A real waitress server runs in this process with a known number of threads. Slowness is
injected (a reading or checking stage that loops until the limit stops it), never expected
from how fast this machine is.
"""

from __future__ import annotations

import io
import json
import logging
import socket
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from jdlint.web import service

from jdlint.engine import Engine

pytest_plugins = ("conftest_web",)

from conftest_web import EXAMPLE  # noqa: E402

THREADS = 4
LIMIT = 0.1  # seconds: JDLINT_READ_TIMEOUT of the server under test


def spin_until_stopped() -> None:
    while True:
        pass


def spin_for(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.fixture
def slow_stages(monkeypatch) -> None:
    """Adverts whose text says SLOW-READ, SLOW-CHECK, NEAR-READ-<ms> or NEAR-CHECK-<ms> are
    read or checked slowly: SLOW-* until the limit stops them, NEAR-* for that many
    milliseconds (so that the limit expires around the end of the stage)."""
    import jdlint.readers as readers  # the pipeline reads pasted text through it

    real_read = readers.read_text
    real_check = Engine.check

    def read_text(text: str, *args: Any, **kwargs: Any):
        if "SLOW-READ" in text:
            spin_until_stopped()
        if "NEAR-READ-" in text:
            spin_for(int(text.split("NEAR-READ-", 1)[1].split()[0]) / 1000)
        return real_read(text, *args, **kwargs)

    def check(self: Engine, document, role=None):
        text = " ".join(block.text for block in document.blocks)
        if "SLOW-CHECK" in text:
            spin_until_stopped()
        if "NEAR-CHECK-" in text:
            spin_for(int(text.split("NEAR-CHECK-", 1)[1].split()[0]) / 1000)
        return real_check(self, document, role=role)

    monkeypatch.setattr(readers, "read_text", read_text)
    monkeypatch.setattr(Engine, "check", check)


@pytest.fixture
def server() -> Iterator[tuple[str, Any]]:
    from jdlint.web.server import make_server, run_in_thread

    config = {"JDLINT_READ_TIMEOUT": LIMIT}
    others = set(threading.enumerate())  # another server of the session may run too
    srv = make_server("127.0.0.1", 0, threads=THREADS, config=config, warm=True)
    srv.own_threads = [t for t in threading.enumerate() if t.name.startswith("waitress-") and t not in others]
    stop = run_in_thread(srv)
    yield f"http://127.0.0.1:{srv.effective_port}", srv
    stop()


def post_json(base: str, text: str) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        f"{base}/api/check",
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


def waitress_threads(srv: Any) -> list[threading.Thread]:
    """The server's worker threads still alive."""
    return [t for t in srv.own_threads if t.is_alive()]


@pytest.fixture
def failures(monkeypatch, caplog) -> Iterator[list[str]]:
    """Tracebacks: waitress's "Exception when servicing", a thread killed by an exception,
    Flask's unexpected-error log."""
    seen: list[str] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(f"thread {args.thread.name}: {args.exc_type.__name__}"))
    caplog.set_level(logging.INFO)
    yield seen
    seen.extend(
        f"{r.name}: {r.getMessage()}"
        for r in caplog.records
        if r.exc_info or r.levelno >= logging.ERROR
    )


def test_time_limits_never_kill_the_servers_threads(slow_stages, server, failures):
    base, srv = server
    before = waitress_threads(srv)
    assert len(before) == THREADS
    texts = []
    for i in range(24):
        kind = ("SLOW-READ", "SLOW-CHECK", f"NEAR-CHECK-{int(LIMIT * 1000) - 12 + i}", "fine")[i % 4]
        texts.append(f"{EXAMPLE}\n\n{kind} {uuid.uuid4().hex}\n")
    # Short texts read for about as long as the limit: many limits end with their stage.
    near = int(LIMIT * 1000)
    texts += [f"Peer support worker NEAR-READ-{near - 3 + i % 7} {i}" for i in range(120)]
    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda text: post_json(base, text), texts))
    statuses = [status for status, _ in answers]
    assert all(status in (200, 422) for status in statuses), statuses
    timed_out = f"checking took longer than {LIMIT:g} s"  # the same line as the CLI (jdlint.pipeline)
    for text, (status, body) in zip(texts, answers, strict=True):
        # Others may take longer than the limit on a busy machine: 200 or that 422.
        if "SLOW-" in text or status == 422:
            assert (status, body["files"][0]["error"]) == (422, timed_out)
    # A late Overtime would be sent again every 0.5 s: give one time to land, then check
    # that every thread still serves, side by side.
    time.sleep(1.2)
    after = waitress_threads(srv)
    assert sorted(t.name for t in after) == sorted(t.name for t in before)
    assert len(srv.task_dispatcher.threads) == THREADS
    with ThreadPoolExecutor(THREADS * 2) as pool:
        again = list(pool.map(lambda i: post_json(base, f"{EXAMPLE}\n\nagain {i}"), range(THREADS * 2)))
    assert all(status == 200 or body["files"][0]["error"] == timed_out for status, body in again)
    assert len(waitress_threads(srv)) == THREADS
    assert failures == []


# -- heavy uploads (item 6) ------------------------------------------------------------------


def upload(data: bytes, name: str) -> dict[str, Any]:
    return {"file": (io.BytesIO(data), name)}


def many_lines(n: int) -> bytes:
    return ("Peer support worker\n" + "x\n" * n).encode()


@pytest.mark.parametrize(
    "web_config", [{"TESTING": True, "WTF_CSRF_ENABLED": False, "JDLINT_MAX_ELEMENTS": 1_000}]
)
def test_a_document_over_the_element_cap_is_a_422(client):
    response = client.post("/api/check", data=upload(many_lines(1_500), "long.txt"),
                           content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 422
    error = response.get_json()["files"][0]["error"]
    assert "over the 1,000 limit" in error and "\n" not in error
    page = client.post("/check", data=upload(many_lines(1_500), "long.txt"),
                       content_type="multipart/form-data")  # fmt: skip
    assert page.status_code == 422
    assert "over the 1,000 limit" in page.get_data(as_text=True)


HEAVY = {
    "TESTING": True,
    "WTF_CSRF_ENABLED": False,
    "JDLINT_HEAVY_BYTES": 2_000,
    "JDLINT_HEAVY_SLOTS": 1,
    "JDLINT_HEAVY_WAIT": 0.01,
}


@pytest.mark.parametrize("web_config", [HEAVY])
def test_large_uploads_take_turns_and_the_rest_get_503_with_retry_after(app, client, monkeypatch):
    released: list[bool] = []
    monkeypatch.setattr(service, "release_memory", lambda: released.append(True))
    big = f"{EXAMPLE}\n\n{'More about the role. ' * 200}".encode()
    assert len(big) > HEAVY["JDLINT_HEAVY_BYTES"]
    with app.app_context():
        slots = service._heavy_slots()
    assert slots.acquire(blocking=False)  # another large upload is being read
    try:
        busy = client.post("/api/check", data=upload(big, "big.txt"), content_type="multipart/form-data")
        assert busy.status_code == 503
        assert busy.headers["Retry-After"] == str(service.RETRY_AFTER)
        assert "busy" in busy.get_json()["files"][0]["error"]
        page = client.post("/check", data=upload(big, "big.txt"), content_type="multipart/form-data")
        assert page.status_code == 503 and page.headers["Retry-After"]
        small = client.post("/api/check", json={"text": EXAMPLE})  # small ones go on
        assert small.status_code == 200
        assert released == []
    finally:
        slots.release()
    served = client.post("/api/check", data=upload(big, "big.txt"), content_type="multipart/form-data")
    assert served.status_code == 200
    assert released == [True]  # memory handed back after the large one
    assert slots.acquire(blocking=False)  # and its place freed
    slots.release()


def test_release_memory_runs():
    service.release_memory()


def raw_post_headers(length: int) -> bytes:
    return (
        f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
        f"boundary=b\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def status_of(sock: socket.socket) -> int:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    status = int(data.split(b" ", 2)[1])
    if status == 503:
        assert b"\r\nRetry-After: 10\r\n" in data
    return status


def answer_until(port: int, data: bytes, wanted, tries: int) -> int:
    """Send ``data`` on a new connection until the answer's status is ``wanted`` (the server
    takes a moment to see another connection's headers or its close); the last status."""
    for _ in range(tries):
        with socket.create_connection(("127.0.0.1", port), timeout=20) as other:
            other.sendall(data)
            answer = status_of(other)
        if wanted(answer):
            break
        time.sleep(0.05)
    return answer


def test_bodies_being_received_at_once_are_bounded():
    """Slow clients cannot make the server hold more request bodies than its budget: one
    whose Content-Length does not fit gets 503 before it sends its body; the place comes
    back when the slow client goes."""
    from jdlint.web.server import make_server, run_in_thread

    srv = make_server("127.0.0.1", 0, threads=2, warm=False, body_budget_mb=1)
    stop = run_in_thread(srv)
    port = srv.effective_port
    try:
        slow = socket.create_connection(("127.0.0.1", port), timeout=20)
        slow.sendall(raw_post_headers(800_000) + b"--b\r\n" + b"x" * 1000)  # and then nothing
        # until the server has read the slow one's headers
        assert answer_until(port, raw_post_headers(800_000), lambda status: status == 503, 50) == 503
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=20) as health:
            assert health.status == 200  # requests without a body go on
        slow.close()
        # until the server has seen the slow one go
        whole = raw_post_headers(800_000) + b"--b--\r\n".ljust(800_000, b" ")
        answer = answer_until(port, whole, lambda status: status != 503, 100)
        assert answer != 503 and answer < 500
    finally:
        stop()


def raw_chunked_headers() -> bytes:
    return (
        b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
        b"boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n"
    )


def test_chunked_bodies_reserve_the_largest_body_they_may_grow_to():
    """A chunked body has no Content-Length, so it reserves the most the server accepts:
    slow chunked uploads cannot together hold more than the budget either."""
    from jdlint.web.server import make_server, run_in_thread

    srv = make_server("127.0.0.1", 0, threads=2, warm=False, body_budget_mb=2,
                      config={"MAX_CONTENT_LENGTH": 100_000})  # fmt: skip
    stop = run_in_thread(srv)
    port = srv.effective_port
    try:
        slow = socket.create_connection(("127.0.0.1", port), timeout=20)
        slow.sendall(raw_chunked_headers() + b"10\r\n--b\r\nxxxxxxxxxxx\r\n")  # and then nothing
        assert answer_until(port, raw_chunked_headers(), lambda status: status == 503, 50) == 503
        slow.close()
        whole = raw_chunked_headers() + b"7\r\n--b--\r\n\r\n0\r\n\r\n"
        answer = answer_until(port, whole, lambda status: status != 503, 100)
        assert answer != 503 and answer < 500
    finally:
        stop()

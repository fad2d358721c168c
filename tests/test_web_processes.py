"""``jdlint serve --processes N``: pre-forked server processes sharing one port."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not os.path.isdir("/proc"), reason="needs fork and /proc")


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry))
    return found


def post(port: int, text: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/api/check", body=json.dumps({"text": text}), headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


def wait_for(predicate, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


@pytest.fixture
def server():
    proc = subprocess.Popen(
        [sys.executable, "-m", "jdlint.cli", "serve", "--port", "0", "--processes", "2", "--threads", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    line = proc.stdout.readline()  # printed once the processes are started
    match = re.search(r"http://127\.0\.0\.1:(\d+)/ with 2 processes", line)
    assert match, line
    yield proc, int(match.group(1))
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_two_processes_serve_one_port_and_a_dead_one_is_replaced(server):
    proc, port = server
    first = wait_for(lambda: children_of(proc.pid) if len(children_of(proc.pid)) == 2 else None)
    assert first and len(first) == 2
    advert = "Peer Support Worker\n\nLived experience of mental health challenges is essential."
    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(lambda _: post(port, advert), range(12))) == [200] * 12

    victim = min(first)
    os.kill(victim, signal.SIGKILL)

    def replaced_set() -> set[int] | None:
        kids = children_of(proc.pid)
        return kids if len(kids) == 2 and victim not in kids else None

    replaced = wait_for(replaced_set)
    assert replaced and victim not in replaced
    assert post(port, advert) == 200

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    assert [pid for pid in replaced if os.path.exists(f"/proc/{pid}")] == []  # stopped and reaped

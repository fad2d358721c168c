"""Latency of ``POST /api/check`` on ``jdlint serve`` (waitress), loopback only.

Starts ``python -m jdlint.cli serve`` in a subprocess on 127.0.0.1 and a free port, sends
a ~1,000-word advert as JSON from 1 and from 16 concurrent clients (keep-alive
connections), and prints p50 / p95 / max latency and throughput per level. Each level is
bounded by a request count and a time limit. ``--profile`` also profiles the core check of
the same advert in this process, to show where the time goes.

    .venv/bin/python bench/bench_web.py [--requests 200] [--seconds 60] [--threads 4] [--processes 1] [--profile]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

SUMMARY = (
    "We are looking for a Peer Support Worker to join our community mental health team. "
    "Lived experience of mental health challenges is essential for this role. "
    "You will use your own experience purposefully to build mutual, hopeful relationships "
    "with the people we support, and you will agree and hold clear boundaries. "
)
DUTIES = [
    "Build trusting, mutual relationships with people using our services.",
    "Share your own story of recovery safely and with purpose when it helps.",
    "Support people to set and work towards their own recovery goals.",
    "Help people to connect with community groups, activities and resources.",
    "Work alongside nurses, social workers and occupational therapists as an equal member of the team.",
    "Take part in team meetings and bring the peer perspective to care planning.",
    "Co-facilitate recovery groups and wellbeing workshops with other peer workers.",
    "Keep accurate, timely notes of your work in line with team policies.",
    "Take part in regular peer supervision and reflective practice.",
    "Contribute to the development of peer support across the organisation.",
]
PERSON = [
    "Lived experience of mental health challenges and of using mental health services.",
    "An understanding of the values of peer support: mutuality, hope and choice.",
    "Good listening and communication skills.",
    "Able to work as part of a team and on your own.",
    "Willingness to complete accredited peer support training.",
]
OFFER = (
    "The post is a permanent contract on Agenda for Change Band 4, with a salary of 26,530 to 29,114 pounds a year. "
    "You will have regular reflective supervision from an experienced peer worker, and monthly group supervision. "
    "We offer wellbeing support, an employee assistance programme and reasonable adjustments. "
    "We welcome applications from people who want to work flexibly, part time or as a job share. "
    "There is a clear route to senior peer support, peer trainer and peer lead roles. "
)
APPLY = (
    "The interview panel will include an experienced peer worker, and people with lived experience "
    "take part in shortlisting. Please apply online by the closing date. "
)


def advert(words: int = 1000) -> str:
    """A realistic advert of about ``words`` words (sections repeated with numbered teams)."""
    parts = ["Peer Support Worker", "", "Job summary", "", SUMMARY, ""]
    team = 1
    while sum(len(p.split()) for p in parts) < words - 200:
        parts += [f"Main duties in team {team}", ""] + [f"- {d}" for d in DUTIES] + [""]
        parts += [f"About team {team}", "", OFFER, ""]
        team += 1
    parts += ["Person specification", "", "Essential", ""] + [f"- {p}" for p in PERSON] + [""]
    parts += ["How to apply", "", APPLY]
    return "\n".join(parts)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, threads: int, processes: int = 1) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "jdlint.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--threads", str(threads), "--processes", str(processes)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"jdlint serve exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("jdlint serve did not answer /healthz within 90 s")


def run_level(
    port: int, body: bytes, clients: int, requests: int, seconds: float
) -> dict[str, float]:
    """``requests`` POSTs shared by ``clients`` threads, stopping early after ``seconds``."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    remaining = [requests]
    stop_at = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Content-Type": "application/json"}
        while True:
            with lock:
                if remaining[0] <= 0 or time.monotonic() > stop_at:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                conn.request("POST", "/api/check", body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors += 1
        conn.close()

    started = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(clients)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return (
            latencies[min(len(latencies) - 1, round(p * (len(latencies) - 1)))] * 1000
            if latencies
            else float("nan")
        )

    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "max": latencies[-1] * 1000 if latencies else float("nan"),
        "mean": statistics.fmean(latencies) * 1000 if latencies else float("nan"),
        "rps": len(latencies) / wall if wall else 0.0,
    }


def core_cost(text: str, repeats: int = 20, profile: bool = False) -> float:
    """Median ms of read_text + engine.check in this process (warm)."""
    from jdlint.engine import default_engine
    from jdlint.readers import read_text

    engine = default_engine()
    engine.check(read_text(text))
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        engine.check(read_text(text))
        times.append(time.perf_counter() - t)
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for _ in range(5):
            engine.check(read_text(text))
        prof.disable()
        print("\nwhere the core check's time goes (5 checks, top 15 by cumulative time):")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(15)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per level")
    parser.add_argument("--seconds", type=float, default=60.0, help="time limit per level")
    parser.add_argument(
        "--threads", type=int, default=4, help="waitress threads (jdlint serve --threads)"
    )
    parser.add_argument("--processes", type=int, default=1, help="jdlint serve --processes")
    parser.add_argument("--levels", default="1,16", help="concurrent clients per level")
    parser.add_argument("--profile", action="store_true", help="profile the core check in-process")
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    text = advert()
    body = json.dumps({"text": text, "role": "auto"}).encode("utf-8")
    port = free_port()
    print(
        f"advert: {len(text.split())} words, {len(body)} bytes; jdlint serve --threads {args.threads} --processes {args.processes} on 127.0.0.1:{port}; {os.cpu_count()} CPUs"
    )
    proc = start_server(port, args.threads, args.processes)
    try:
        run_level(port, body, 1, 5, 30)  # warm-up
        rows = [
            run_level(port, body, int(c), args.requests, args.seconds)
            for c in args.levels.split(",")
        ]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(
        f"\n{'clients':>7} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s':>7}"
    )
    for r in rows:
        print(
            f"{r['clients']:>7} {r['requests']:>8} {r['errors']:>6} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['max']:>8.1f} {r['rps']:>7.1f}"
        )
    print(
        f"\ncore check (read_text + engine.check, in-process, warm): {core_cost(text, profile=args.profile):.1f} ms median"
    )


if __name__ == "__main__":
    main()

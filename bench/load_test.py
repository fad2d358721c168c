"""The web contract under hostile uploads and load (issue 8), on loopback only.

    .venv/bin/python bench/load_test.py [--requests 10000] [--clients 16] [--seconds 600] [--quick]

Starts ``jdlint serve`` (docs/web.md) on 127.0.0.1 and a free port, in a fresh empty
working folder, with its standard output and error captured in memory (never a file). Then:

1. **Hostile uploads.** Every regular file of the hostile set (``tools/hostile.py``; made
   in ``bench/out/hostile`` if missing) is posted to ``/api/check``, plus a few hostile
   *requests* (bad JSON, deeply nested JSON, a body over the limit, a traversal file name,
   a form without a file). Wanted: 200 with a report or 4xx with a one-line message, never
   5xx; a 4xx for every file the manifest says cannot be read; ``/healthz`` answers after.
2. **Load.** ``--requests`` requests from ``--clients`` threads (``http.client``, keep-alive)
   in a fixed random order: three quarters valid adverts (``examples/`` and generated ones,
   as uploads and as JSON text, each with a unique marker sentence), one quarter hostile
   files (those that took over 2 s in step 1 at most once per 1,000 requests). The step
   stops at ``--requests`` or after ``--seconds``, whichever comes first.
2b. **Heavy-upload burst** (before step 2). ``--burst`` clients (16) post at once a Word file
   of ``--burst-paragraphs`` (1,000,000) one-word paragraphs, about 9 MB zipped, generated
   here. Wanted: no 5xx, no server thread lost (the server's threads counted in
   ``/proc/PID/task`` before and after), ``/healthz`` (polled throughout, a new connection
   each time) under 1 s every time; the server's RSS after the burst is reported.
3. **Nothing written, nothing logged.** Before, during (polled every 0.25 s) and after the
   run: the files under ``tempfile.gettempdir()``, ``/tmp``, ``/var/tmp`` and the server's
   working folder, the server's open file descriptors (any regular file it opens for
   writing), and its ``/proc/PID/io`` ``write_bytes``. The captured log is searched for the
   marker sentences, for sentences of the example adverts and for lines of ``/etc/passwd``.

Prints the 5xx count (goal 0), p50/p95/max latency, throughput, new files, and exits 1 when
a goal is missed. ``--quick``: one hostile file per class, 500 requests, a burst of 200,000
paragraphs.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import hostile  # noqa: E402

HOST = "127.0.0.1"  # loopback only, whatever the options say
SLOW = 2.0  # seconds: a hostile file slower than this in step 1 is rare in step 2


# -- requests ---------------------------------------------------------------------------------------


@dataclass
class Req:
    kind: str  # valid | hostile | request
    label: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    expect: str = "any"  # ok (200) | error (4xx) | any (200 or 4xx)


def multipart(name: str, data: bytes, role: str = "auto") -> tuple[dict[str, str], bytes]:
    boundary = "jdlint-" + uuid.uuid4().hex
    safe = name.replace('"', "")
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="role"\r\n\r\n{role}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{safe}"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return {"Content-Type": f"multipart/form-data; boundary={boundary}"}, body


def upload(kind: str, label: str, name: str, data: bytes, expect: str) -> Req:
    headers, body = multipart(name, data)
    return Req(kind, label, "POST", "/api/check", headers, body, expect)


def as_json(kind: str, label: str, text: str, expect: str = "ok") -> Req:
    body = json.dumps({"text": text, "role": "auto"}).encode()
    return Req(kind, label, "POST", "/api/check", {"Content-Type": "application/json"}, body, expect)


def valid_adverts(n: int, seed: int = 5) -> tuple[list[Req], list[str]]:
    """Valid requests (examples/ and generated adverts) and the sentences that must never be logged."""
    import make_corpus as mc

    reqs: list[Req] = []
    secrets: list[str] = []
    for path in sorted((ROOT / "examples").iterdir()):
        if path.suffix in (".md", ".txt", ".pdf", ".docx", ".html"):
            reqs.append(upload("valid", f"examples/{path.name}", path.name, path.read_bytes(), "ok"))
            if path.suffix in (".md", ".txt"):
                secrets += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 40]
    rng = random.Random(seed)
    for i in range(n):
        ad = mc.make_advert(rng)
        marker = f"Our vacancy reference is LOADTEST-{seed}-{i:03d}-{uuid.UUID(int=rng.getrandbits(128)).hex[:12]} for this post."
        secrets.append(marker)
        ad.sections[0][1].append(marker)
        fmt = ("md", "txt", "docx", "pdf", "json")[i % 5]
        if fmt == "md":
            reqs.append(upload("valid", f"generated-{i}.md", f"advert-{i}.md", mc.to_markdown(ad, rng).encode(), "ok"))
        elif fmt == "txt":
            reqs.append(upload("valid", f"generated-{i}.txt", f"advert-{i}.txt", mc.to_text(ad, rng).encode(), "ok"))
        elif fmt == "docx":
            reqs.append(upload("valid", f"generated-{i}.docx", f"advert-{i}.docx", mc.to_docx(ad, rng), "ok"))
        elif fmt == "pdf":
            reqs.append(upload("valid", f"generated-{i}.pdf", f"advert-{i}.pdf", mc.to_pdf(ad, rng), "ok"))
        else:
            reqs.append(as_json("valid", f"generated-{i}.json", mc.to_markdown(ad, rng)))
    return reqs, secrets


def hostile_requests(outdir: Path, quick: bool) -> list[Req]:
    manifest = {item["path"]: item for item in json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))}
    files = hostile.regular_files(outdir)
    if quick:
        keep, seen = [], set()
        for p in files:
            item = manifest[str(p.relative_to(outdir))]
            key = item["class"]
            if key not in seen or (key == "mutation" and len([k for k in keep if "mutation" in k.name]) < 40):
                seen.add(key)
                keep.append(p)
        files = keep
    reqs = []
    for p in files:
        item = manifest[str(p.relative_to(outdir))]
        expect = "error" if item["expect"] == "error" else "any"
        reqs.append(upload("hostile", item["path"], p.name, p.read_bytes(), expect))
    return reqs


def request_level_cases(max_bytes: int) -> list[Req]:
    """Hostile requests rather than files."""
    j = {"Content-Type": "application/json"}
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    traversal_h, traversal_b = multipart("../../../../etc/passwd", b"Peer Support Worker\n\nLived experience is essential.\n")
    no_file_h, no_file_b = multipart("", b"")
    big_h, big_b = multipart("big.txt", b"a " * (max_bytes // 2 + 1024))
    return [
        Req("request", "bad-json", "POST", "/api/check", j, b'{"text": "unterminated', "error"),
        Req("request", "json-not-object", "POST", "/api/check", j, b'["text"]', "error"),
        Req("request", "json-text-not-string", "POST", "/api/check", j, b'{"text": {"a": 1}}', "error"),
        Req("request", "json-deep-nesting", "POST", "/api/check", j, deep, "error"),
        Req("request", "json-bad-role", "POST", "/api/check", j, b'{"text": "Peer support worker", "role": "admin"}', "error"),
        Req("request", "json-invalid-utf8", "POST", "/api/check", j, b'{"text": "Peer \xff\xfe support"}', "error"),
        Req("request", "empty-body", "POST", "/api/check", {"Content-Type": "application/x-www-form-urlencoded"}, b"", "error"),
        Req("request", "truncated-multipart", "POST", "/api/check", no_file_h, no_file_b[: len(no_file_b) // 2], "error"),
        Req("request", "traversal-filename", "POST", "/api/check", traversal_h, traversal_b, "ok"),
        Req("request", "over-the-limit", "POST", "/api/check", big_h, big_b, "error"),
        Req("request", "wrong-method", "GET", "/api/check", {}, b"", "error"),
        Req("request", "form-without-csrf", "POST", "/check", {"Content-Type": "application/x-www-form-urlencoded"}, b"text=Peer+support", "error"),
    ]


def heavy_docx(paragraphs: int, seed: int = 13) -> bytes:
    """A Word file of ``paragraphs`` paragraphs of one random 14-letter word each: about
    9 bytes zipped a paragraph (9 MB for a million) and 47 bytes of XML."""
    import io
    import zipfile

    words = random.Random(seed).randbytes(7 * paragraphs).hex()
    body = "".join(f"<w:p><w:r><w:t>{words[i:i + 14]}</w:t></w:r></w:p>" for i in range(0, 14 * paragraphs, 14))
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


@dataclass
class Burst:
    results: list[Result]
    seconds: float
    size: int
    threads_before: int
    threads_after: int
    healthz: list[float]  # seconds each /healthz took during the burst (inf: no answer)
    rss_before: float
    rss_peak: float
    rss_after: float

    @property
    def dead_threads(self) -> int:
        return max(0, self.threads_before - self.threads_after)


def heavy_burst(server: Server, uploads: int, paragraphs: int) -> Burst:
    """``uploads`` clients post the heavy Word file at once while /healthz is polled."""
    data = heavy_docx(paragraphs)
    headers, body = multipart("heavy.docx", data)
    reqs = [Req("heavy", f"heavy-{i}", "POST", "/api/check", headers, body, "error") for i in range(uploads)]
    time.sleep(1.0)  # time-limit watchdogs of earlier requests end
    threads_before, rss_before = server.threads(), server.rss_mb()
    healthz: list[float] = []
    peak = [rss_before]
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            t0 = time.perf_counter()
            healthz.append(time.perf_counter() - t0 if server.healthy(timeout=30) else float("inf"))
            peak[0] = max(peak[0], server.rss_mb())
            done.wait(0.1)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    results, wall, _ = run_requests(server.port, reqs, uploads, 600, "burst")
    done.set()
    poller.join()
    time.sleep(1.5)  # watchdogs end; anything killed by a late time limit has died by now
    return Burst(results, wall, len(data), threads_before, server.threads(), healthz,
                 rss_before, peak[0], server.rss_mb())  # fmt: skip


# -- the server -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """``jdlint serve`` in a subprocess, its output kept in memory."""

    def __init__(self, threads: int, cwd: Path, timeout: float) -> None:
        self.port = free_port()
        exe = Path(sys.executable).with_name("jdlint")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "jdlint.cli"]
        cmd += ["serve", "--host", HOST, "--port", str(self.port), "--threads", str(threads)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.out: list[bytes] = []
        self.err: list[bytes] = []
        for stream, sink in ((self.proc.stdout, self.out), (self.proc.stderr, self.err)):
            threading.Thread(target=self._drain, args=(stream, sink), daemon=True).start()

    @staticmethod
    def _drain(stream, sink: list[bytes]) -> None:
        for line in iter(stream.readline, b""):
            sink.append(line)

    def wait_ready(self, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"jdlint serve exited with {self.proc.returncode}: {b''.join(self.err)[-2000:]!r}")
            if self.healthy():
                return
            time.sleep(0.3)
        raise SystemExit("jdlint serve did not answer /healthz in time")

    def healthy(self, timeout: float = 10) -> bool:
        try:
            conn = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            ok = response.status == 200 and json.loads(response.read()) == {"status": "ok"}
            conn.close()
            return ok
        except (OSError, ValueError):
            return False

    def io(self) -> dict[str, int]:
        try:
            with open(f"/proc/{self.proc.pid}/io") as handle:
                return {k: int(v) for k, v in (line.split(": ") for line in handle)}
        except OSError:
            return {}

    def threads(self) -> int:
        """The server process's threads (``/proc/PID/task``)."""
        try:
            return len(os.listdir(f"/proc/{self.proc.pid}/task"))
        except OSError:
            return 0

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.proc.pid}/statm") as handle:
                return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        except OSError:
            return 0.0

    def log(self) -> str:
        return (b"".join(self.out) + b"".join(self.err)).decode("utf-8", "replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# -- watching the disk ------------------------------------------------------------------------------


class DiskWatch(threading.Thread):
    """Snapshots folders before and after, polls them during the run for new or changed files,
    and polls the server's open file descriptors for regular files opened for writing."""

    def __init__(self, roots: list[Path], ignore: list[Path], server_pid: int) -> None:
        super().__init__(daemon=True)
        self.roots = sorted({r.resolve() for r in roots if r.exists()})
        self.ignore = [str(i.resolve()) for i in ignore]
        self.pid = server_pid
        self.before = self.snapshot()
        self.seen_new: dict[str, float] = {}
        self.server_writes: set[str] = set()
        self.server_opened: set[str] = set()
        self._halt = threading.Event()
        self.polls = 0

    def _ignored(self, path: str) -> bool:
        return any(path == i or path.startswith(i + os.sep) for i in self.ignore)

    def snapshot(self) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for root in self.roots:
            for folder, dirs, files in os.walk(root, followlinks=False):
                if self._ignored(folder):
                    dirs[:] = []
                    continue
                dirs[:] = [d for d in dirs if not self._ignored(os.path.join(folder, d))]
                for name in files:
                    path = os.path.join(folder, name)
                    try:
                        info = os.lstat(path)
                    except OSError:
                        continue
                    found[path] = (info.st_mtime_ns, info.st_size)
                if len(found) > 300_000:
                    return found
        return found

    def fds(self) -> None:
        base = f"/proc/{self.pid}/fd"
        try:
            names = os.listdir(base)
        except OSError:
            return
        for fd in names:
            try:
                target = os.readlink(f"{base}/{fd}")
                if not target.startswith("/") or target.startswith(("/dev/", "/proc/")):
                    continue
                self.server_opened.add(target)
                with open(f"/proc/{self.pid}/fdinfo/{fd}") as handle:
                    flags = int(next(line for line in handle if line.startswith("flags:")).split()[1], 8)
                if flags & (os.O_WRONLY | os.O_RDWR):
                    self.server_writes.add(target)
            except (OSError, StopIteration, ValueError):
                continue

    def run(self) -> None:
        next_walk = 0.0
        while not self._halt.is_set():
            self.fds()
            if time.monotonic() >= next_walk:
                started = time.monotonic()
                for path, sig in self.snapshot().items():
                    if self.before.get(path) != sig and path not in self.seen_new:
                        self.seen_new[path] = time.time()
                took = time.monotonic() - started
                next_walk = time.monotonic() + max(0.25, 4 * took)  # a big /tmp: walk less often
                self.polls += 1
            self._halt.wait(0.02)

    def finish(self) -> dict[str, list[str]]:
        self._halt.set()
        self.join()
        after = self.snapshot()
        changed = sorted(p for p, sig in after.items() if self.before.get(p) != sig)
        transient = sorted(set(self.seen_new) - set(changed))
        return {"changed": changed, "transient": transient, "server_writes": sorted(self.server_writes)}


# -- the clients ------------------------------------------------------------------------------------


@dataclass
class Result:
    req: Req
    status: int
    seconds: float
    message: str | None
    body: bytes


def send(conn: http.client.HTTPConnection, req: Req) -> tuple[int, bytes]:
    conn.request(req.method, req.path, body=req.body or None, headers=req.headers)
    response = conn.getresponse()
    return response.status, response.read()


ALERT = re.compile(rb'<div class="alert"[^>]*>\s*<p>(.*?)</p>', re.DOTALL)


def error_message(status: int, body: bytes) -> str | None:
    """The one-line message of a 4xx: the JSON report's error, or an HTML page's alert."""
    try:
        data = json.loads(body)
    except ValueError:
        alert = ALERT.search(body)
        return alert.group(1).decode("utf-8", "replace").strip() if alert else None
    if isinstance(data, dict) and isinstance(data.get("files"), list) and data["files"]:
        return data["files"][0].get("error")
    if isinstance(data, dict):
        return data.get("error")
    return None


def run_requests(port: int, reqs: list[Req], clients: int, seconds: float, label: str) -> tuple[list[Result], float, int]:
    """Send ``reqs`` in order from ``clients`` threads; stops after ``seconds``."""
    results: list[Result] = []
    lock = threading.Lock()
    cursor = [0]
    failures = [0]
    stop_at = time.monotonic() + seconds
    started = time.perf_counter()

    def client() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=120)
        while True:
            with lock:
                if cursor[0] >= len(reqs) or time.monotonic() > stop_at:
                    break
                req = reqs[cursor[0]]
                cursor[0] += 1
            t0 = time.perf_counter()
            try:
                status, body = send(conn, req)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=120)
                with lock:
                    failures[0] += 1
                continue
            took = time.perf_counter() - t0
            message = error_message(status, body) if status != 200 else None
            keep = body if req.kind != "valid" else b""
            with lock:
                results.append(Result(req, status, took, message, keep))
        conn.close()

    threads = [threading.Thread(target=client, name=f"{label}-{i}", daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - started, failures[0]


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(p * (len(values) - 1)))]


def judge(results: list[Result], passwd: list[str]) -> list[str]:
    problems = []
    for r in results:
        name = f"{r.req.kind} {r.req.label}"
        if r.status >= 500:
            problems.append(f"{name}: {r.status}")
        elif r.req.expect == "ok" and r.status != 200:
            problems.append(f"{name}: {r.status} {r.message!r}, wanted 200")
        elif r.req.expect == "error" and not 400 <= r.status < 500:
            problems.append(f"{name}: {r.status}, wanted 4xx")
        if 400 <= r.status < 500 and r.req.path.startswith("/api/") and (
            not r.message or "\n" in r.message or "Traceback" in r.message
        ):
            problems.append(f"{name}: {r.status} without a one-line message: {r.message!r}")
        if r.body and any(line.encode() in r.body for line in passwd):
            problems.append(f"{name}: /etc/passwd content in the response")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=600.0, help="time limit of the load step")
    parser.add_argument("--threads", type=int, default=4, help="jdlint serve --threads")
    parser.add_argument("--hostile", type=Path, default=ROOT / "bench" / "out" / "hostile", help="the hostile set (made if missing)")
    parser.add_argument("--valid", type=int, default=60, help="generated valid adverts")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--burst", type=int, default=16, help="concurrent heavy Word uploads before the load (0: none)")
    parser.add_argument("--burst-paragraphs", type=int, default=1_000_000, help="paragraphs of the heavy Word file")
    parser.add_argument("--quick", action="store_true", help="one hostile file per class, 500 requests, a 200,000-paragraph burst")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests, args.seconds, args.valid = min(args.requests, 500), min(args.seconds, 180.0), min(args.valid, 20)
        args.burst_paragraphs = min(args.burst_paragraphs, 200_000)

    signal.signal(signal.SIGALRM, _over_budget)
    signal.alarm(int(args.seconds + 900))  # the whole run, whatever happens

    outdir = args.hostile.resolve()
    if not (outdir / "manifest.json").exists():
        print(f"making the hostile set in {outdir}", flush=True)
        hostile.generate(outdir, quiet=True)
    print("preparing requests", flush=True)
    hostile_reqs = hostile_requests(outdir, args.quick)
    valid_reqs, secrets = valid_adverts(args.valid, args.seed)
    passwd = [line for line in _passwd() if len(line) >= 12] + ["root:x:0:0"]

    cwd = Path(tempfile.mkdtemp(prefix="jdlint-load-cwd-"))
    server = Server(args.threads, cwd, 10.0)
    problems: list[str] = []
    try:
        server.wait_ready()
        max_bytes = 10 * 1024 * 1024
        roots = [Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), cwd]
        watch = DiskWatch(roots, ignore=[outdir], server_pid=server.proc.pid)
        io_before, rss_before = server.io(), server.rss_mb()
        watch.start()
        print(f"jdlint serve on {HOST}:{server.port} (pid {server.proc.pid}, cwd {cwd}), RSS {rss_before:.0f} MB", flush=True)

        # 1. every hostile file and request, once
        step1 = hostile_reqs + request_level_cases(max_bytes)
        # as many clients as server threads: latency is then the file's own, not queueing
        r1, wall1, fail1 = run_requests(server.port, step1, min(args.clients, args.threads), args.seconds, "hostile")
        problems += judge(r1, passwd)
        if fail1:
            problems.append(f"step 1: {fail1} requests failed at the connection level")
        if len(r1) < len(step1):
            problems.append(f"step 1: only {len(r1)} of {len(step1)} requests sent in time")
        healthy1 = server.healthy()
        if not healthy1:
            problems.append("step 1: /healthz does not answer after the hostile uploads")
        statuses1 = collections.Counter(r.status for r in r1)
        messages1 = collections.Counter(f"{r.status} {(r.message or '')[:90]}" for r in r1 if r.status != 200)
        slow = {r.req.label for r in r1 if r.req.kind == "hostile" and r.seconds > SLOW}

        # 2b. the heavy-upload burst
        burst = heavy_burst(server, args.burst, args.burst_paragraphs) if args.burst else None
        if burst is not None:
            problems += judge(burst.results, passwd)
            if len(burst.results) < args.burst:
                problems.append(f"burst: only {len(burst.results)} of {args.burst} uploads answered")
            if burst.dead_threads:
                problems.append(f"burst: the server lost {burst.dead_threads} threads")
            slow_health = [t for t in burst.healthz if t >= 1.0]
            if slow_health or not burst.healthz:
                problems.append(f"burst: /healthz took 1 s or more {len(slow_health)} times of {len(burst.healthz)}")

        # 2. load: valid and hostile mixed, in a fixed random order
        rng = random.Random(args.seed)
        fast_hostile = [q for q in hostile_reqs if q.label not in slow]
        slow_hostile = [q for q in hostile_reqs if q.label in slow]
        slow_budget = max(1, args.requests // 1000) if slow_hostile else 0
        mix: list[Req] = []
        for _ in range(args.requests):
            if rng.random() < 0.75 or not hostile_reqs:
                mix.append(rng.choice(valid_reqs))
            elif slow_budget and rng.random() < 0.01:
                mix.append(rng.choice(slow_hostile))
                slow_budget -= 1
            else:
                mix.append(rng.choice(fast_hostile or hostile_reqs))
        rss_curve: list[tuple[float, float]] = []
        sampling = threading.Event()

        def sample() -> None:
            t0 = time.monotonic()
            while not sampling.wait(5.0):
                rss_curve.append((time.monotonic() - t0, server.rss_mb()))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        r2, wall2, fail2 = run_requests(server.port, mix, args.clients, args.seconds, "load")
        sampling.set()
        problems += judge(r2, passwd)
        if fail2:
            problems.append(f"step 2: {fail2} requests failed at the connection level")
        healthy2 = server.healthy()
        if not healthy2:
            problems.append("step 2: /healthz does not answer after the load")
        rss_after, io_after = server.rss_mb(), server.io()
        disk = watch.finish()
    finally:
        server.stop()
    log = server.log()

    # 3. nothing written, nothing logged
    logged_secrets = sorted({s for s in secrets if s in log})
    logged_passwd = sorted({p for p in passwd if p in log})
    if logged_secrets:
        problems.append(f"{len(logged_secrets)} advert sentences in the server log, e.g. {logged_secrets[0]!r}")
    if logged_passwd:
        problems.append("/etc/passwd content in the server log")
    in_cwd = sorted(str(p) for p in cwd.rglob("*"))
    if in_cwd:
        problems.append(f"files in the server's working folder: {in_cwd[:5]}")
    if disk["server_writes"]:
        problems.append(f"the server opened files for writing: {disk['server_writes'][:5]}")
    written = io_after.get("write_bytes", 0) - io_before.get("write_bytes", 0)
    if written > 0:
        problems.append(f"the server wrote {written} bytes to storage (/proc/PID/io write_bytes)")
    tracebacks = len(re.findall(r"Traceback \(most recent call last\)", log))
    if tracebacks:
        problems.append(f"{tracebacks} tracebacks in the server log")
    shutil.rmtree(cwd, ignore_errors=True)

    # report
    lat = [r.seconds * 1000 for r in r2]
    valid_lat = [r.seconds * 1000 for r in r2 if r.req.kind == "valid"]
    statuses2 = collections.Counter(r.status for r in r2)
    print(f"\n== step 1: hostile uploads and requests ({len(r1)} of {len(step1)} sent, {wall1:.1f} s) ==")
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses1.items())))
    print(f"5xx: {sum(v for k, v in statuses1.items() if k >= 500)} (goal 0); /healthz after: {'ok' if healthy1 else 'FAILED'}")
    print(f"hostile files slower than {SLOW:g} s: {len(slow)}  {sorted(slow)[:8]}")
    print("answers other than 200, by message:")
    for message, n in messages1.most_common(25):
        print(f"  {n:4d}  {message}")
    if burst is not None:
        bs = collections.Counter(b.status for b in burst.results)
        bmsg = collections.Counter(f"{b.status} {(b.message or '')[:90]}" for b in burst.results if b.status != 200)
        hz = sorted(burst.healthz)
        print(f"\n== step 2b: heavy-upload burst, {args.burst} concurrent {burst.size / 1e6:.1f} MB Word files of {args.burst_paragraphs:,} paragraphs ({burst.seconds:.1f} s) ==")
        print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(bs.items())))
        for message, n in bmsg.most_common(5):
            print(f"  {n:4d}  {message}")
        print(f"5xx: {sum(v for k, v in bs.items() if k >= 500)} (goal 0); server threads {burst.threads_before} before, "
              f"{burst.threads_after} after: {burst.dead_threads} dead (goal 0)")  # fmt: skip
        print(f"/healthz during the burst: {len(hz)} polls, p50 {pct(hz, 0.5) * 1000:.0f} ms, max {max(hz, default=0) * 1000:.0f} ms (goal under 1 s)")
        print(f"server RSS: {burst.rss_before:.0f} MB before the burst, peak {burst.rss_peak:.0f} MB (sampled), {burst.rss_after:.0f} MB after")
    print(f"\n== step 2: load, {args.clients} clients, {args.threads} server threads ==")
    print(f"requests: {len(r2)} of {len(mix)} (stopped after {wall2:.1f} s of at most {args.seconds:g} s), connection failures {fail2}")
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses2.items())))
    print(f"5xx: {sum(v for k, v in statuses2.items() if k >= 500)} (goal 0); /healthz after: {'ok' if healthy2 else 'FAILED'}")
    print(f"latency, all:   p50 {pct(lat, 0.5):.0f} ms, p95 {pct(lat, 0.95):.0f} ms, max {max(lat, default=0):.0f} ms")
    print(f"latency, valid: p50 {pct(valid_lat, 0.5):.0f} ms, p95 {pct(valid_lat, 0.95):.0f} ms")
    print(f"throughput: {len(r2) / wall2 if wall2 else 0:.1f} requests/s")
    print(f"server RSS: {rss_before:.0f} MB before, {rss_after:.0f} MB after")
    if rss_curve:
        marks = [rss_curve[min(len(rss_curve) - 1, int(f * len(rss_curve)))] for f in (0.1, 0.25, 0.5, 0.75, 1.0)]
        print("server RSS during the load: " + ", ".join(f"{mb:.0f} MB at {t:.0f} s" for t, mb in marks))
    print("\n== disk and logs ==")
    print(f"watched: {', '.join(str(r) for r in watch.roots)} ({watch.polls} polls); ignored: {outdir}")
    print(f"new or changed files after the run: {len(disk['changed'])}; seen during the run only: {len(disk['transient'])}")
    for path in (disk["changed"] + disk["transient"])[:15]:
        owner = "opened by the server" if path in watch.server_opened else "not opened by the server"
        print(f"  {path}  ({owner})")
    print(f"files the server opened for writing: {len(disk['server_writes'])}; /proc/PID/io write_bytes: {written}")
    print(f"server log: {len(log.splitlines())} lines, {tracebacks} tracebacks, {len(logged_secrets)} of {len(secrets)} advert sentences, "
          f"{len(logged_passwd)} /etc/passwd lines")  # fmt: skip
    print("\nproblems:" if problems else "\nno problems: every goal met")
    for p in problems[:40]:
        print(f"  - {p}")
    if len(problems) > 40:
        print(f"  ... and {len(problems) - 40} more")
    return 1 if problems else 0


def _over_budget(signum: int, frame: object) -> None:
    raise SystemExit("load_test: stopped, over the time budget")


def _passwd() -> list[str]:
    try:
        return [line.strip() for line in Path(hostile.PASSWD).read_text(errors="replace").splitlines() if line.count(":") >= 5]
    except OSError:
        return []


if __name__ == "__main__":
    sys.exit(main())

"""What the pages and the API share: read a submission, check it, map failures to HTTP.

Everything stays in memory: uploads arrive as bytes (see :class:`web.app.InMemoryRequest`),
are read with :func:`jdlint.readers.read_bytes` and are never written anywhere.
"""

from __future__ import annotations

import base64
import binascii
import ctypes
import gc
import logging
import threading
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from flask import current_app

from jdlint.engine import Engine
from jdlint.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    JdlintError,
    ReadError,
    ScannedDocument,
    Timeout,
    TooComplex,
    TooLarge,
    UnsupportedFormat,
)
from jdlint.model import Document, Report
from jdlint.pipeline import Source, check_source
from jdlint.readers import Limits
from jdlint.supported import ROLE_KINDS, SUFFIXES

log = logging.getLogger("jdlint.web")

ROLE_CHOICES = ("auto", *ROLE_KINDS)
ROLE_LABELS = {
    "auto": "Decide from the advert",
    "peer": "Peer support role",
    "peer-senior": "Senior peer role (lead, supervisor, manager)",
    "other": "Not a peer role",
}
UPLOAD_EXTENSIONS = SUFFIXES
PASTED_NAME = "<text>"

_SLOTS_LOCK = threading.Lock()


class InputError(Exception):
    """A submission that cannot be checked: an HTTP status and a one-line message."""

    def __init__(self, status: int, message: str, kind: str = "input", retry_after: int | None = None,
                 report_error: str | None = None) -> None:  # fmt: skip
        super().__init__(message)
        self.status = status
        self.message = message
        self.kind = kind
        self.retry_after = retry_after
        self.report_error = report_error or message  # the JSON report's one-line ``error``

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}


@dataclass(frozen=True)
class Submission:
    """What the user sent: pasted text, or a file's bytes and name; the role override."""

    text: str | None = None
    data: bytes | None = None
    filename: str = PASTED_NAME
    role: str | None = None  # None: decide from the advert
    ignored_text: bool = False  # a file and pasted text both came: the file was checked

    @property
    def is_upload(self) -> bool:
        return self.data is not None

    @property
    def upload_b64(self) -> str:
        return base64.b64encode(self.data).decode("ascii") if self.data is not None else ""

    @property
    def role_choice(self) -> str:
        return self.role or "auto"

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else len((self.text or "").encode("utf-8"))


@dataclass(frozen=True)
class Checked:
    submission: Submission
    document: Document
    report: Report


def safe_name(raw: str | None) -> str:
    """The base name of an uploaded file (no folders, no control characters, bounded)."""
    if not raw:
        return "upload"
    name = PureWindowsPath(PurePosixPath(raw).name).name
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"\\/<>:|?*').strip(" .")
    return name[:120] or "upload"


def parse_role(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in ROLE_CHOICES:
        raise InputError(400, f"role must be one of {', '.join(ROLE_CHOICES)}")
    return None if value == "auto" else value


def from_form(form: Any, files: Any) -> Submission:
    """A submission from the HTML form (or the API's multipart / urlencoded form).

    A chosen file wins over pasted text. The result page re-posts an upload as base64 in
    ``upload`` (with ``upload_name``) so that downloads and re-runs need nothing stored.
    """
    role = parse_role(form.get("role"))
    text = form.get("text") or ""
    storage = files.get("file") if files else None
    if storage is not None and storage.filename:
        data = storage.read()
        if not data:
            raise InputError(400, f"The file “{safe_name(storage.filename)}” is empty.", "empty")
        return Submission(
            data=data,
            filename=safe_name(storage.filename),
            role=role,
            ignored_text=bool(text.strip()),
        )
    encoded = form.get("upload") or ""
    if encoded:
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise InputError(
                400, "The re-sent file was damaged in transit: choose the file again."
            ) from None
        if not data:
            raise InputError(400, "The re-sent file is empty: choose the file again.", "empty")
        return Submission(data=data, filename=safe_name(form.get("upload_name")), role=role)
    if not text.strip():
        raise InputError(
            400, "Paste the advert text into the box, or choose a file to upload.", "empty"
        )
    return Submission(text=text, role=role)


def from_json(payload: Any) -> Submission:
    if not isinstance(payload, dict):
        raise InputError(400, 'send a JSON object such as {"text": "...", "role": "auto"}')
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(400, 'no advert text: send a non-empty "text"', "empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate such as "\ud800": JSON allows it, text has none
        raise InputError(
            400, '"text" is not valid Unicode: it holds a lone surrogate (\\ud800-\\udfff)'
        ) from None
    return Submission(text=text, role=parse_role(payload.get("role")))


def engine() -> Engine:
    """The app's engine (``JDLINT_ENGINE`` in the config), else the shipped rules' engine."""
    configured = current_app.config.get("JDLINT_ENGINE")
    if configured is not None:
        return configured
    from jdlint.engine import default_engine

    return default_engine()  # built once, under jdlint.pipeline.engine_for's lock


def limits() -> Limits:
    config = current_app.config
    return Limits(
        max_bytes=int(config["MAX_CONTENT_LENGTH"] or Limits().max_bytes),
        timeout=float(config.get("JDLINT_READ_TIMEOUT", 10.0)),
        memory_mb=int(config.get("JDLINT_READ_MEMORY_MB", 1536)),
        max_chars=int(config.get("JDLINT_MAX_CHARS", Limits().max_chars)),
        max_elements=int(config.get("JDLINT_MAX_ELEMENTS", Limits().max_elements)),
    )


_STATUS = (  # most specific first
    (TooLarge, 413),
    (UnsupportedFormat, 415),
    (TooComplex, 422),
    (EmptyDocument, 400),
    (EncryptedDocument, 422),
    (ScannedDocument, 422),
    (CorruptDocument, 422),
    (Timeout, 422),
    (ReadError, 422),
)


def refusal(sub: Submission, exc: BaseException) -> InputError:
    """The :class:`InputError` for a submission that failed to read (or ran out of time)
    with ``exc``. A jdlint error keeps its one-line message as the JSON report's ``error``
    (:attr:`InputError.report_error`), as ``jdlint check`` gives it."""
    if isinstance(exc, JdlintError):
        status = next((code for cls, code in _STATUS if isinstance(exc, cls)), 422)
        log.info("read refused: %s %s (%d bytes)", status, type(exc).__name__, sub.size)
        message = str(exc) or "the file could not be read"
        return InputError(status, _sentence(message), type(exc).__name__, report_error=message)
    if isinstance(exc, (RecursionError, MemoryError)):
        log.warning("read failed: %s (%d bytes)", type(exc).__name__, sub.size)
        return InputError(422, "The document is too complex to read.", "unreadable")
    # a reader bug on hostile input: still the user's file that failed
    log.error("reader error: %s (%d bytes)", type(exc).__name__, sub.size)
    return InputError(422, "The file could not be read as an advert.", "unreadable")


def check(sub: Submission) -> Checked:
    """Read and check within ``JDLINT_READ_TIMEOUT`` seconds; reading failures and running out
    of time raise :class:`InputError`, bugs in the core propagate.

    A large submission (over ``JDLINT_HEAVY_BYTES``) takes one of ``JDLINT_HEAVY_SLOTS``
    places first, waiting up to ``JDLINT_HEAVY_WAIT`` seconds (by default the time limit
    and :data:`HEAVY_WAIT` more) for one (else 503 with
    Retry-After): a few such reads at a time bound the server's memory and leave CPU for
    everyone else. After it, memory is handed back to the system."""
    if sub.size <= int(current_app.config.get("JDLINT_HEAVY_BYTES", HEAVY_BYTES)):
        return _check(sub)
    slots = _heavy_slots()
    wait = float(current_app.config.get("JDLINT_HEAVY_WAIT", limits().timeout + HEAVY_WAIT))
    if not slots.acquire(timeout=wait):
        log.info("check refused: 503 busy (%d bytes)", sub.size)
        raise InputError(
            503,
            "The server is busy reading other large files. Try again in a moment.",
            "Busy",
            retry_after=RETRY_AFTER,
        )
    try:
        return _check(sub)
    finally:
        slots.release()
        release_memory()


HEAVY_BYTES = 1024 * 1024  # a submission over this many bytes is a large one
HEAVY_SLOTS = 2  # large submissions read and checked at a time (each process)
# Seconds a large submission waits for a place before a 503, beyond the time limit (one
# place comes free within the limit, however slow the file that holds it).
HEAVY_WAIT = 5.0
RETRY_AFTER = 10  # seconds, in the 503's Retry-After


def _heavy_slots() -> threading.BoundedSemaphore:
    """The app's places for large submissions (``JDLINT_HEAVY_SLOTS``)."""
    with _SLOTS_LOCK:
        slots = current_app.extensions.get("jdlint_heavy")
        if slots is None:
            count = int(current_app.config.get("JDLINT_HEAVY_SLOTS", HEAVY_SLOTS))
            slots = current_app.extensions["jdlint_heavy"] = threading.BoundedSemaphore(count)
        return slots


def release_memory() -> None:
    """Give the C heap's free pages back to the system: glibc keeps them otherwise (16 large
    uploads left 2.5 GB resident). What a read allocated is freed as it goes out of scope
    (reference counting); the young generations are collected for the odd cycle. A full
    collection would walk every object of the warm process (the language model) with the
    interpreter lock held, stalling every other request."""
    gc.collect(1)
    if _malloc_trim is not None:
        _malloc_trim(0)


def _find_malloc_trim():
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None


_malloc_trim = _find_malloc_trim()


def _check(sub: Submission) -> Checked:
    """Read and check the way every front end does (:func:`jdlint.pipeline.check_source`:
    inline suppressions applied)."""
    checker = engine()  # built outside the time limit (the first request may build it)
    if sub.data is not None:
        source = Source.of_bytes(sub.data, sub.filename, role=sub.role)
    else:
        source = Source.of_text(sub.text or "", PASTED_NAME, role=sub.role)
    result = check_source(source, checker, limits())
    if result.error is None and result.document is not None:
        return Checked(sub, result.document, result.report)
    exc = result.exception
    if result.stage == "check" and not isinstance(exc, JdlintError) and isinstance(exc, Exception):
        raise exc  # a bug in the core: the app's friendly 500
    raise refusal(sub, exc if exc is not None else ReadError(result.error or "")) from None


def error_report(sub_name: str, message: str) -> Report:
    return Report(path=sub_name, error=message)


def _sentence(message: str) -> str:
    message = message.strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def human_size(n: int | float) -> str:
    if n >= 1024 * 1024:
        return (
            f"{n / (1024 * 1024):.0f} MB"
            if n % (1024 * 1024) == 0
            else f"{n / (1024 * 1024):.1f} MB"
        )
    return f"{n / 1024:.0f} KB"

"""One small hierarchy: every failure jdlint reports has a one-line message.

The edges turn these into exit codes (CLI), error entries (reports) or HTTP 4xx (web).
"""


class JdlintError(Exception):
    """Base class. ``str(error)`` is the one-line message shown to the user."""


class UsageError(JdlintError):
    """Bad command-line arguments or configuration (exit code 2)."""


class ConfigError(UsageError):
    """An unknown key or bad value in ``[tool.jdlint]`` or ``jdlint.toml``."""


class RuleError(JdlintError):
    """A rule file is malformed or duplicates another rule's id."""


class ReadError(JdlintError):
    """A file could not be read as an advert (one per file; the batch goes on)."""


class UnsupportedFormat(ReadError):
    """The content is not a format jdlint reads."""


class TooLarge(ReadError):
    """The file is over the size limit."""


class TooComplex(ReadError):
    """The document has more paragraphs or elements than the limit (checked before parsing)."""


class EmptyDocument(ReadError):
    """The file has no text to check."""


class EncryptedDocument(ReadError):
    """The file is password-protected."""


class ScannedDocument(ReadError):
    """A PDF with no text layer."""


class CorruptDocument(ReadError):
    """The file is damaged or not what its type claims."""


class EncodingError(CorruptDocument):
    """Text whose bytes are not in the encoding its byte-order mark names (its message says
    which mark, where, and what to do: every front end shows it as it is)."""


class Timeout(ReadError):
    """Reading took longer than the time limit."""


def _mb(n: int) -> str:
    """Bytes as megabytes of 2**20, as the limits are set (``--max-file-size-mb 25``)."""
    mb = n / 2**20
    return f"{mb:.1f}" if mb >= 1 else f"{mb:.2g}"


def too_large(size: int, limit: int) -> TooLarge:
    """The one-line error for a file of ``size`` bytes over a limit of ``limit`` bytes, in
    the megabytes the limit was set in: ``file is 30.0 MB, over the 25 MB limit``."""
    return TooLarge(f"file is {_mb(size)} MB, over the {round(limit / 2**20, 3):g} MB limit")

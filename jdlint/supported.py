"""What jdlint supports, written once: file types, roles and report formats.

Every front end (CLI, config, batch, API, web, reports) imports these names instead of
writing its own list, so adding a file type, a role or a report format is one edit here
(plus the reader, check or report module that does the work).
"""

from __future__ import annotations

# --------------------------------------------------------------------------- file types

#: The formats a reader exists for, each ``jdlint/readers/<format>.py``.
READ_FORMATS: tuple[str, ...] = ("docx", "pdf", "html", "markdown", "text")

#: File-name suffix -> reader format. The first suffix of each format is its usual one.
EXTENSIONS: dict[str, str] = {
    ".docx": "docx",
    ".docm": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}

#: Every suffix jdlint reads, in the order above (folder discovery, upload ``accept``).
SUFFIXES: tuple[str, ...] = tuple(EXTENSIONS)


def suffixes_of(fmt: str) -> tuple[str, ...]:
    """The suffixes that name files of reader format ``fmt`` (``"html"`` -> ``.html .htm .xhtml``)."""
    return tuple(ext for ext, f in EXTENSIONS.items() if f == fmt)


#: Word files: annotated in place rather than converted.
WORD_SUFFIXES: tuple[str, ...] = suffixes_of("docx")

#: The usual suffix of each format, for messages: ``.docx .pdf .html .md .txt``.
USUAL_SUFFIXES: tuple[str, ...] = tuple(suffixes_of(f)[0] for f in READ_FORMATS)

# --------------------------------------------------------------------------- roles

#: The kinds of role an advert is decided to be (``--role``, ``role-overrides``, ``applies_to``).
ROLE_KINDS: tuple[str, ...] = ("peer", "peer-senior", "other")

#: How a role kind is named to a reader (reports, web page).
ROLE_LABELS: dict[str, str] = {
    "peer": "Peer support role",
    "peer-senior": "Senior peer role",
    "other": "Not a peer role",
}

# --------------------------------------------------------------------------- report formats

#: ``--format`` names and ``format =`` in the config; each is ``jdlint/reports/<name>.py``.
REPORT_FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "junit", "csv", "html")

#: The report format an ``-o`` file's suffix asks for when neither ``--format`` nor the
#: config names one (any other suffix: text).
REPORT_SUFFIXES: dict[str, str] = {".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif",
                                   ".xml": "junit", ".csv": "csv"}  # fmt: skip

__all__ = [
    "EXTENSIONS",
    "READ_FORMATS",
    "REPORT_FORMATS",
    "REPORT_SUFFIXES",
    "ROLE_KINDS",
    "ROLE_LABELS",
    "SUFFIXES",
    "USUAL_SUFFIXES",
    "WORD_SUFFIXES",
    "suffixes_of",
]

"""Two edits of a Word package's parts list, shared by the writers that add a part (the
comments part in ``jdlint.fix_docx``, the core properties in ``jdlint.ownreport``), and the
text a new Word document can hold (``jdlint.annotate``, ``jdlint.fix_docx``)."""

from __future__ import annotations

import re
from typing import Any

# what XML 1.0 cannot hold: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
# lone surrogates (a text advert can carry them: a form feed from pdftotext, a vertical tab for
# Word's manual line break, an escape sequence)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with each character a Word document cannot hold as a space: the same length,
    so the offsets of spans into it still hold."""
    return _NOT_XML.sub(" ", text) if _NOT_XML.search(text) else text

PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def add_relationship(rels: Any, rel_type: str, target: str, prefix: str = "rId") -> str:
    """A ``Relationship`` to ``target`` appended to the relationships part ``rels`` (an lxml
    element), with the first free id ``PREFIX1``, ``PREFIX2`` ...; returns the id."""
    used = {rel.get("Id") for rel in rels}
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    rel = rels.makeelement(f"{{{rels.nsmap.get(None) or PKG_REL}}}Relationship", {})
    rel.set("Id", f"{prefix}{n}")
    rel.set("Type", rel_type)
    rel.set("Target", target)
    rels.append(rel)
    return f"{prefix}{n}"


def add_override(types: Any, part: str, content_type: str) -> None:
    """The content type of ``part`` (a name inside the package) in ``[Content_Types].xml``."""
    override = types.makeelement(f"{{{types.nsmap.get(None) or CT_NS}}}Override", {})
    override.set("PartName", "/" + part)
    override.set("ContentType", content_type)
    types.append(override)

"""Helpers shared by the reader tests: where a needle is, which block starts with what, and
the soundness checks every block of every reader must pass."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence

from jdlint.errors import EmptyDocument
from jdlint.model import Block, Document


def position(source: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``source``."""
    offset = source.index(needle)
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def block_starting(doc: Document, start: str) -> Block:
    """The first block whose text starts with ``start``."""
    return next(b for b in doc.blocks if b.text.startswith(start))


def cell_grid(doc: Document) -> list[tuple[str, int | None, int | None]]:
    """``(text, row, column)`` of every table cell, in reading order."""
    return [(b.text, b.row, b.column) for b in doc.blocks if b.kind == "table-cell"]


def random_documents(
    read: Callable[[str], Document], pieces: Sequence[str], seed: int, most: int
) -> Iterator[Document]:
    """What ``read`` makes of 40 sources of 1 to ``most`` random ``pieces`` (seeded), the
    empty ones left out."""
    rng = random.Random(seed)
    for _ in range(40):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(1, most)))
        try:
            yield read(source)
        except EmptyDocument:
            continue


def assert_sound_blocks(doc: Document) -> None:
    """Every block has folded text and anchors that start at 0, rise, stay inside the text
    and point at a real line and column."""
    for block in doc.blocks:
        assert block.text and block.text == " ".join(block.text.split())
        offsets = [a.offset for a in block.anchors]
        assert offsets and offsets[0] == 0 and offsets == sorted(set(offsets))
        assert offsets[-1] < len(block.text)
        assert all(a.location.line >= 1 and a.location.column >= 1 for a in block.anchors)

"""Agreement with the reference labels of the invented advert sets (tests/invented): role plus
four verdicts per advert, each set pinned on its own (see tests/invented/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from label_agreement import agreement

INVENTED = Path(__file__).resolve().parent / "invented"
# Each floor sits a little under today's figure (python bench/agreement.py --labels ...).
FLOORS = {"set1": 0.95, "set2": 0.95, "set3": 0.95, "set4": 0.92}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_invented_set_agreement(name: str) -> None:
    folder = INVENTED / name
    assert len(json.loads((folder / "labels.json").read_text(encoding="utf-8"))["cases"]) == 30
    share, mismatches = agreement(folder / "labels.json")
    assert share >= FLOORS[name], "\n".join(mismatches)


def test_every_evidence_quote_is_in_its_advert() -> None:
    """The labels quote the adverts exactly (so a verdict's evidence can be compared)."""
    for labels_file in sorted(INVENTED.glob("set*/labels.json")):
        cases = json.loads(labels_file.read_text(encoding="utf-8"))["cases"]
        for key, label in cases.items():
            text = (labels_file.parent / key).read_text(encoding="utf-8")
            for criterion in label["criteria"].values():
                for quote in criterion["evidence"]:
                    assert quote in text, (labels_file.parent.name, key, quote)

"""Agreement with the reference labels of the invented advert sets (tests/invented): role plus
four verdicts per advert, each set pinned on its own (see tests/invented/README.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from label_agreement import agreement

INVENTED = Path(__file__).resolve().parent / "invented"
# Each floor sits a little under today's figure (python bench/agreement.py --labels ...).
FLOORS = {"set1": 0.97, "set2": 0.97, "set3": 0.97, "set4": 0.97, "set5": 0.97, "set6": 0.97, "set7": 0.97, "set8": 0.97, "set9": 0.97, "set10": 0.97, "set11": 0.97, "set12": 0.97, "set13": 0.97, "set14": 0.97, "set15": 0.97, "set16": 0.97, "set17": 0.97, "set18": 0.97, "set19": 0.97, "set20": 0.97, "set21": 0.97, "set22": 0.97, "set23": 0.97, "set24": 0.97, "set25": 0.97, "set26": 0.97, "set27": 0.97, "set28": 0.97, "set29": 0.97, "set30": 0.97, "set31": 0.97, "set32": 0.97, "set33": 0.97, "set34": 0.97, "set35": 0.97, "set36": 0.97, "set37": 0.97, "set38": 0.97, "set39": 0.97, "set40": 0.97, "set41": 0.97, "set42": 0.97, "set43": 0.97, "set44": 0.97, "set45": 0.97, "set46": 0.97, "set47": 0.97, "set48": 0.97, "set49": 0.97, "set50": 0.97, "set51": 0.97, "set52": 0.97, "set53": 0.97, "set54": 0.97, "set55": 0.97, "set56": 0.97, "set57": 0.97, "set58": 0.97, "set59": 0.97, "set60": 0.97, "set61": 0.96, "set62": 0.97, "set63": 0.97, "set64": 0.97, "set65": 0.97, "set66": 0.97, "set67": 0.97, "set68": 0.97, "set69": 0.97, "set70": 0.97, "set71": 0.97, "set72": 0.97, "set73": 0.97, "set74": 0.97, "set75": 0.97, "set76": 0.97, "set77": 0.97, "set78": 0.97, "set79": 0.97, "set80": 0.97, "set81": 0.97, "set82": 0.97, "set86": 0.97, "set87": 0.97, "set88": 0.97, "set89": 0.97, "set90": 0.97, "set91": 0.97, "set92": 0.97, "set93": 0.97, "set94": 0.97, "set95": 0.97, "set96": 0.97, "set97": 0.97, "set98": 0.97, "set99": 0.97, "set100": 0.97, "set101": 0.97, "set102": 0.97, "set103": 0.97, "set104": 0.97, "set110": 0.97, "set111": 0.97, "set112": 0.97, "set105": 0.97, "set106": 0.97, "set107": 0.97, "set108": 0.96, "set109": 0.97, "set113": 0.97, "set114": 0.97, "set115": 0.97, "set116": 0.97, "set117": 0.96, "set118": 0.97, "set119": 0.97, "set123": 0.97, "set124": 0.97, "set125": 0.97, "set126": 0.97, "set127": 0.97, "set120": 0.97, "set121": 0.96, "set122": 0.97, "set128": 0.97, "set129": 0.97, "set130": 0.97, "set132": 0.97, "set134": 0.97, "set135": 0.97, "set136": 0.97, "set138": 0.97, "set139": 0.97, "set141": 0.96, "set142": 0.96, "set143": 0.97, "set144": 0.97, "set145": 0.97, "set131": 0.97, "set133": 0.97, "set137": 0.97, "set140": 0.97, "set146": 0.97, "set147": 0.97, "set148": 0.97, "set149": 0.97, "set150": 0.97, "set151": 0.96, "set152": 0.97, "set153": 0.97, "set154": 0.97, "set155": 0.97, "set156": 0.97, "set157": 0.97, "set158": 0.96, "set159": 0.97, "set160": 0.97, "set162": 0.97, "set163": 0.97, "set165": 0.97, "set166": 0.97, "set161": 0.97, "set164": 0.97, "set167": 0.97, "set168": 0.97, "set169": 0.97, "set170": 0.97, "set171": 0.96, "set172": 0.97, "set173": 0.97, "set174": 0.97, "set175": 0.97, "set176": 0.97, "set177": 0.97, "set178": 0.97, "set179": 0.97, "set180": 0.97, "set181": 0.97, "set182": 0.97, "set183": 0.97, "set184": 0.97, "set188": 0.97, "set189": 0.97, "set190": 0.97, "set185": 0.97, "set186": 0.97, "set187": 0.96, "set191": 0.96, "set192": 0.97, "set193": 0.97, "set194": 0.97, "set195": 0.97, "set196": 0.97, "set197": 0.97, "set198": 0.97, "set199": 0.97, "set203": 0.97, "set204": 0.97, "set205": 0.97, "set200": 0.97, "set201": 0.97, "set202": 0.97, "set207": 0.97, "set208": 0.97, "set209": 0.97, "set210": 0.97, "set211": 0.97, "set212": 0.97, "set213": 0.97, "set214": 0.97, "set218": 0.97, "set219": 0.97, "set206": 0.92, "set215": 0.96, "set216": 0.97, "set217": 0.97}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_invented_set_agreement(name: str) -> None:
    folder = INVENTED / name
    assert len(json.loads((folder / "labels.json").read_text(encoding="utf-8"))["cases"]) == 30
    share, mismatches = agreement(folder / "labels.json")
    assert share >= FLOORS[name], "\n".join(mismatches)


def _advert_text(path: Path) -> str:
    """What the labels quote: a text file's characters; a Word or PDF file's text as jdlint
    reads it (paragraphs, cells, headers, text boxes; tracked changes accepted)."""
    if path.suffix in (".docx", ".pdf"):
        from jdlint.readers import read_path

        return "\n".join(block.text for block in read_path(path).blocks)
    return path.read_text(encoding="utf-8")


def test_every_evidence_quote_is_in_its_advert() -> None:
    """The labels quote the adverts exactly (so a verdict's evidence can be compared)."""
    for labels_file in sorted(INVENTED.glob("set*/labels.json")):
        cases = json.loads(labels_file.read_text(encoding="utf-8"))["cases"]
        for key, label in cases.items():
            text = _advert_text(labels_file.parent / key)
            for criterion in label["criteria"].values():
                for quote in criterion["evidence"]:
                    # a Word or PDF paragraph typed with a bullet, dash or number: jdlint reads it as list markup
                    shown = re.sub(r"^(?:[•▪◦*-]|\d{1,2}[.)])\s*", "", quote) if key.endswith((".docx", ".pdf")) else quote
                    assert shown in text, (labels_file.parent.name, key, quote)

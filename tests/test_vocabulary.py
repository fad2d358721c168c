"""spaCy's vocabulary: kept up to a budget, then forgotten after each advert."""

from __future__ import annotations

import jdlint.pipeline as checking
from jdlint.api import check_text
from jdlint.nlp import pipeline

ADVERT = "Peer Support Worker\n\nLived experience of mental health challenges is essential. Reference {ref}."


def strings() -> int:
    return len(pipeline().vocab.strings)


def test_words_are_kept_until_the_budget_then_forgotten(monkeypatch):
    check_text(ADVERT.format(ref="warm"))
    monkeypatch.setattr(checking, "VOCABULARY_BUDGET", strings() + 10_000)
    before = strings()
    assert check_text(ADVERT.format(ref="Zqxkept-1 Zqxkept-2")).error is None
    assert strings() > before  # learning: the new words stay
    monkeypatch.setattr(checking, "VOCABULARY_BUDGET", 0)
    before = strings()
    for i in range(5):
        assert check_text(ADVERT.format(ref=f"Zqxgone{i}a Zqxgone{i}b")).error is None
    assert strings() == before  # over the budget: each advert's new words are forgotten


def test_a_batch_checks_in_the_same_zones(tmp_path, monkeypatch):
    from jdlint import batch

    monkeypatch.setattr(checking, "VOCABULARY_BUDGET", 0)
    check_text(ADVERT.format(ref="warm"))
    files = []
    for i in range(4):
        path = tmp_path / f"a{i}.txt"
        path.write_text(ADVERT.format(ref=f"Zqxbatch{i}"), encoding="utf-8")
        files.append(path)
    before = strings()
    checker = batch.Checker(batch.Settings())
    outcomes = [checker(batch.Task(path=str(p))) for p in files]
    assert all(o.report.error is None for o in outcomes)
    assert strings() == before

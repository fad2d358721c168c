"""The result page speaks the same language as the Word copy: counts that add up to the
cards shown, severity words on every card, criterion labels (never keys), the role the user
chose in plain words."""

from __future__ import annotations

import re

import pytest
from jdlint.web.view import build

from jdlint.engine import default_engine
from jdlint.readers import read_text

pytest_plugins = ("conftest_web",)
pytest.register_assert_rewrite("conftest_web")

from conftest_web import EXAMPLE  # noqa: E402

KEYS = ("lived-experience-essential", "peer-principles", "peer-panel", "adjacent-professions")


def view_of(text: str, role: str | None = None):
    engine = default_engine()
    document = read_text(text)
    return build(document, engine.check(document, role=role), engine.registry)


@pytest.mark.parametrize("text", [EXAMPLE, EXAMPLE.replace("addicts", "people").replace("MDT", "team")])
def test_counts_add_up_to_the_cards_shown(text):
    view = view_of(text)
    cards = [c for g in view.groups for c in g.cards]
    assert sum(view.counts.values()) == len(cards) > 0
    for severity, n in view.counts.items():
        assert n == sum(1 for c in cards if c.severity == severity)


def test_page_shows_severity_words_counts_and_labels_not_keys(client):
    body = client.post("/check", data={"text": EXAMPLE, "role": "auto"}).get_data(as_text=True)
    cards = re.findall(r'<article class="card sev-(\w+)"', body)
    counts = re.search(r'<p class="counts">.*?(\d+) must fix · (\d+) should fix · (\d+) to consider', body, re.S)
    assert counts is not None
    assert [int(n) for n in counts.groups()] == [cards.count(s) for s in ("error", "warning", "info")]
    assert "Must fix" in body or "Should fix" in body
    text = re.sub(r"<[^>]+>", " ", body)
    for key in KEYS:
        assert f"{key}:" not in text


@pytest.mark.parametrize(("role", "words"), [("other", "Role set by you: not a peer role."),
                                             ("peer-senior", "Role set by you: a senior peer role.")])
def test_role_chosen_by_the_user_is_said_plainly(client, role, words):
    body = client.post("/check", data={"text": EXAMPLE, "role": role}).get_data(as_text=True)
    assert words in body and "Role set by the user" not in body

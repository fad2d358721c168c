"""The web page says when role detection is unsure, and points at the role menu."""

from __future__ import annotations

import pytest

pytest_plugins = ("conftest_web",)

UNSURE = "Recovery Worker\n\nDo you have lived experience of recovery? You will run groups in our day centre."
SURE = "Peer Support Worker\n\nYou will offer one-to-one peer support in the community."


def test_an_unsure_role_says_so(client) -> None:
    body = client.post("/check", data={"text": UNSURE, "role": "auto"}).get_data(as_text=True)
    assert "Role detection is unsure" in body and "--role" in body


@pytest.mark.parametrize(("text", "role"), [(SURE, "auto"), (UNSURE, "peer")])
def test_a_sure_or_chosen_role_does_not(client, text: str, role: str) -> None:
    body = client.post("/check", data={"text": text, "role": role}).get_data(as_text=True)
    assert "Role: " in body and "Role detection is unsure" not in body

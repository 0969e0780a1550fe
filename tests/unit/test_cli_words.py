"""The CLI speaks the terminal's language for the models' refusals: every code has its French words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from genuka_desk.cli.words import FRENCH, problem_line, terminal_language
from genuka_desk.models import FieldProblem

MODELS = Path(__file__).resolve().parents[2] / "genuka_desk" / "models"
# ("code", "message") tuples and FieldProblem(key, "code", ...) calls in the models' rules.
CODES = re.compile(r'\(\s*"([a-z_]+)",\s*f?"[A-Z]|FieldProblem\([^,]+,\s*"([a-z_]+)"')


def test_every_refusal_code_of_the_models_has_its_french_words() -> None:
    codes = set()
    for path in MODELS.glob("*.py"):
        for found in CODES.finditer(path.read_text(encoding="utf-8")):
            codes.add(found.group(1) or found.group(2))
    codes = {c for c in codes if "_" in c}  # codes are snake_case with at least two words
    assert codes and codes - set(FRENCH) == set()


def test_the_terminals_language_chooses_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = FieldProblem("lines.1.quantity", "quantity_min", "The quantity must be at least 1.")
    for name in ("GENUKA_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert terminal_language() == "en" and problem_line(problem).endswith("at least 1.")
    monkeypatch.setenv("LANG", "fr_CM.UTF-8")
    assert (
        terminal_language() == "fr" and problem_line(problem) == "lines.1.quantity: la quantité doit être d’au moins 1."
    )
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")
    assert terminal_language() == "en"


def test_a_conflict_of_an_unanswered_try_says_so_in_both_languages() -> None:
    from genuka_desk.cli.output import change_text
    from genuka_desk.models import OrderEdit
    from genuka_desk.store import Change, ChangeKind, ChangeState
    from tests.support.changes import queued

    def conflict(unsure: int) -> Change:
        return queued(
            OrderEdit(fields={"shipping.status": "delivered"}),
            id="c1234567",
            kind=ChangeKind.STATUS,
            base={"shipping.status": "pending", "posted": 1, "unsure": unsure},
            state=ChangeState.CONFLICT,
            theirs={"shipping.status": "pending"},
        )

    english = change_text(conflict(1), language="en")
    assert "sent without an answer" in english and "the server now has" in english
    assert "envoyée sans réponse" in change_text(conflict(1), language="fr")
    assert "without an answer" not in change_text(conflict(0), language="en")

"""French for what the clerk's walk of the till (issue 35) changed: the counter's exact payment, a way of paying
the shop does not list, where a manager approves a close (ui/counter/payment_part.py, ui/labels.py,
ui/till/close_answer.py)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    "Paid in full": "Payé en totalité",
    "Bank transfer": "Virement bancaire",
    "The count differs by %s from what the till should hold.": "Écart de %s avec ce que la caisse devrait contenir.",
    "A manager approves or rejects it in %s (%s).": "Un responsable l’approuve ou le refuse dans « %s » (%s).",
}

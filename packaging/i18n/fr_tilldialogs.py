"""French for the till's dialogs after the clerk's walk (issue 35): the close's count and answer, a manager's
review question, the Till menu (ui/till/close_dialog.py, close_answer.py, review.py, part.py)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The close's count.
    "Choose a reason…": "Choisissez un motif…",
    "Optional": "Facultatif",
    "Say more when the count differs: what happened, who saw it.": (
        "Précisez quand le compte diffère : ce qui s’est passé, qui l’a vu."
    ),
    # The close's answer.
    "The count differs by %s from what the till should hold: a manager approves or rejects it.": (
        "Écart de %s avec ce que la caisse devrait contenir : un responsable l’approuve ou le refuse."
    ),
    # A manager's review: what is approved or rejected, said before asking.
    "Approve this count? The till closes with this difference.": (
        "Approuver ce compte ? La caisse se ferme avec cet écart."
    ),
    "Your notes (optional):": "Vos notes (facultatif) :",
    "Reject this count? The till opens again and the clerk counts again.": (
        "Refuser ce compte ? La caisse est rouverte et le caissier recompte."
    ),
    "Till: %s": "Caisse : %s",
    "Clerk: %s": "Caissier : %s",
    "not recorded": "non enregistré",
    "It should have held: %s": "Elle devait contenir : %s",
    "Counted: %s": "Compté : %s",
    "Difference: %s": "Écart : %s",
    "The clerk's notes: %s": "Notes du caissier : %s",
    # The Till menu.
    "First decide about the held opening in the till window.": (
        "Décidez d’abord du sort de l’ouverture en attente, dans la fenêtre de la caisse."
    ),
}

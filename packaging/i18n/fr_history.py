"""French phrases of the order's History tab (ui/activity_text.py, ui/editor/history_part.py)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The server's words for an entry of its history, said after who did it ("Awa : a ajouté un paiement").
    "changed the order": "a modifié la commande",
    "changed the order's status": "a changé le statut de la commande",
    "changed the payment status": "a changé le statut du paiement",
    "changed the delivery status": "a changé le statut de livraison",
    "added a payment": "a ajouté un paiement",
    "changed a payment": "a modifié un paiement",
    "deleted a payment": "a supprimé un paiement",
    "restored a payment": "a restauré un paiement",
    # An entry's tooltip: made here and confirmed; the server's own text, as its dashboard shows it.
    "Made on this computer, and now in the server's history.": (
        "Faite sur cet ordinateur, et désormais dans l’historique du serveur."
    ),
    "The server's words: %s": "Texte du serveur : %s",
}

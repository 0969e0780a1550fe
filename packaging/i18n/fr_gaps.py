"""French for what the discounts and returns at the desk still missed (issue 36): codes judged again when the
customer changes, a code taken off with its "×", and money handed back later for an approved return."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The codes shown on a sale or an order, each with its "×".
    "Remove the code %1": "Retirer le code %1",
    "%1 It is taken off the sale.": "%1 Elle est retirée de la vente.",
    # The editor's Returns strip and the refund dialog.
    "Refund…": "Rembourser…",
    "Hand the money back now, on one of the order's payments": (
        "Rendre l’argent maintenant, sur l’un des paiements de la commande"
    ),
    "Refund a return — %s": "Rembourser un retour — %s",
    "&Refund": "&Rembourser",
    "This order has no payment to hand money back on.": "Cette commande n’a aucun paiement sur lequel rembourser.",
    "Nothing was paid beyond the order's total: there is no money to hand back.": (
        "Rien n’a été payé au-delà du total de la commande : il n’y a pas d’argent à rendre."
    ),
    "The amount handed back must be a number above 0.": "Le montant remboursé doit être un nombre supérieur à 0.",
    "The refund could not be queued.": "Le remboursement n’a pas pu être mis en file d’attente.",
}

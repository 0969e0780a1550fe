"""French for returns below the dialog (issue 36): how the queue words a return, its approval and its refund."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    "Return of %s": "Retour de %s",
    "Return approved, the total lowered by %s": "Retour approuvé, le total baissé de %s",
    "%s handed back (%s)": "%s rendu (%s)",
    # Why a return, its approval or its refund waits (ui/held_words.py, models/return_held.py).
    "Awaiting a manager's approval: a manager approves this return here (Approve) or on Genuka.": (
        "En attente de l’approbation d’un responsable : un responsable approuve ce retour ici (Approuver) "
        "ou sur Genuka."
    ),
    "Not approved: the return is {status} on the server now, no longer waiting for an approval.": (
        "Non approuvé : le retour est maintenant {status} sur le serveur, il n’attend plus d’approbation."
    ),
    "Not refunded: the return is {status} on the server, not approved. Approve it first, then retry.": (
        "Non remboursé : le retour est {status} sur le serveur, pas approuvé. Approuvez-le d’abord, puis réessayez."
    ),
    "Not refunded: the payment the money goes back on holds {left} on the server now, less than this "
    "refund of {amount}. Check the order's payments, then retry or discard it.": (
        "Non remboursé : le paiement sur lequel l’argent est rendu ne porte plus que {left} sur le serveur, "
        "moins que ce remboursement de {amount}. Vérifiez les paiements de la commande, puis réessayez ou "
        "abandonnez-le."
    ),
    "Not refunded: the server shows {surplus} paid beyond the order's total, less than this refund of "
    "{amount} (the balance would be owed again). Check the order, then retry or discard it.": (
        "Non remboursé : le serveur montre {surplus} payés au-delà du total de la commande, moins que ce "
        "remboursement de {amount} (le solde serait de nouveau dû). Vérifiez la commande, puis réessayez ou "
        "abandonnez-le."
    ),
    "Not refunded: the payment the money goes back on is not on the server. Retry once it is, or discard.": (
        "Non remboursé : le paiement sur lequel l’argent est rendu n’est pas sur le serveur. Réessayez quand il "
        "y sera, ou abandonnez."
    ),
    "The return is not on the server yet: this waits for it.": (
        "Le retour n’est pas encore sur le serveur : ceci l’attend."
    ),
}

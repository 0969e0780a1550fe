"""French for the returns' refusals (ui/return_refusals.py) and the editor's Returns total."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    "Only %s of %s can still be returned (sold %s, returned %s).": (
        "Seulement %s de « %s » peuvent encore être rendus (vendus %s, déjà rendus %s)."
    ),
    "Return at least one of %s.": "Rendez au moins un « %s ».",
    "The refund (%s) is more than the payment holds (%s).": (
        "Le remboursement (%s) dépasse ce que contient ce paiement (%s)."
    ),
    (
        "The refund (%s) is more than can go back (%s): what was returned, and only what was paid beyond the "
        "order's new total."
    ): (
        "Le remboursement (%s) dépasse ce qui peut être rendu (%s) : la valeur rendue, et seulement ce qui a été "
        "payé au-delà du nouveau total de la commande."
    ),
    "The till holds only %s in cash: hand back less, or on another payment.": (
        "La caisse ne contient que %s en espèces : rendez moins, ou sur un autre paiement."
    ),
    "This cash went into another drawer (%s): hand it back there, or on another payment.": (
        "Ces espèces sont entrées dans un autre tiroir-caisse (%s) : rendez-les là-bas, ou sur un autre paiement."
    ),
    "Unknown reason %s: choose one of the four reasons.": "Motif inconnu %s : choisissez l’un des quatre motifs.",
    "Choose at least one line to return.": "Choisissez au moins une ligne à rendre.",
    "This line has no product variant on the order: it cannot be returned.": (
        "Cette ligne n’a pas de variante de produit sur la commande : elle ne peut pas être rendue."
    ),
    "A line's comment is at most 500 characters.": "Le commentaire d’une ligne fait au plus 500 caractères.",
    "This payment is not on the order: choose one of its payments to refund on.": (
        "Ce paiement n’est pas sur la commande : choisissez l’un de ses paiements pour rembourser."
    ),
    "You may not take returns (the permission returns.create).": (
        "Vous n’êtes pas autorisé à enregistrer des retours (permission returns.create)."
    ),
    "The return's comment is at most 500 characters.": "Le commentaire du retour fait au plus 500 caractères.",
    "Money goes back once the return is approved: approve it now, or refund it after a manager's approval.": (
        "L’argent est rendu une fois le retour approuvé : approuvez-le maintenant, ou remboursez après "
        "l’approbation d’un responsable."
    ),
    "No such return on this order.": "Ce retour n’existe pas sur cette commande.",
    "Only a manager may approve a return (the permission returns.approve).": (
        "Seul un responsable peut approuver un retour (permission returns.approve)."
    ),
    "The approval's comment is at most 500 characters.": "Le commentaire d’approbation fait au plus 500 caractères.",
    "This return is approved already.": "Ce retour est déjà approuvé.",
    "This return is cancelled: it cannot be approved.": "Ce retour est annulé : il ne peut pas être approuvé.",
    "Money goes back once the return is approved: a manager approves it first.": (
        "L’argent est rendu une fois le retour approuvé : un responsable doit d’abord l’approuver."
    ),
    "Money was handed back for this return already.": "L’argent de ce retour a déjà été rendu.",
    "Choose the payment the money goes back on, and an amount.": (
        "Choisissez le paiement sur lequel rembourser, et un montant."
    ),
    "This order is cancelled: nothing can be returned.": "Cette commande est annulée : rien ne peut être rendu.",
    "This order has no lines to return.": "Cette commande n’a aucune ligne à rendre.",
    "Everything on this order was returned already, or its lines have no product variant.": (
        "Tout a déjà été rendu sur cette commande, ou ses lignes n’ont pas de variante de produit."
    ),
}

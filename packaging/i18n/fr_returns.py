"""French for returns at the desk (issue 36): the return dialog, the editor's Returns strip, the return receipt."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # Where a return is taken.
    "Return…": "Retour…",
    "Take goods back on this order, and hand the money back": (
        "Reprendre des articles de cette commande et rembourser le client"
    ),
    "Take a return…": "Enregistrer un retour…",
    "Take a &return…": "Enregistrer un &retour…",
    # The dialog.
    "Take a return — %s": "Retour d’articles — %s",
    "Order <b>%s</b> · total %s · paid %s": "Commande <b>%s</b> · total %s · payé %s",
    "Sold": "Vendu",
    "Returned": "Déjà rendu",
    "Coming back": "Rendu",
    "Comment": "Commentaire",
    "This line cannot be returned yet: its product is not known to Genuka.": (
        "Cette ligne ne peut pas encore être retournée : son produit n’est pas connu de Genuka."
    ),
    "At most %n can come back.": ("Au plus %n article peut être rendu.", "Au plus %n articles peuvent être rendus."),
    "optional": "facultatif",
    "Value coming back": "Valeur rendue",
    "&Money back on": "&Rembourser sur",
    "&Amount handed back": "&Montant remboursé",
    "Taken out of the till's cash.": "Pris dans les espèces de la caisse.",
    "optional, for the whole return": "facultatif, pour tout le retour",
    "C&omment": "C&ommentaire",
    "A&pprove now (restocks and recalculates the bill)": (
        "A&pprouver maintenant (remet en stock et recalcule la facture)"
    ),
    "A manager approves it later: this login may not approve returns.": (
        "Un responsable l’approuvera plus tard : ce compte ne peut pas approuver les retours."
    ),
    "Money goes back once the return is approved: refund it after the approval.": (
        "Le remboursement se fait une fois le retour approuvé : remboursez après l’approbation."
    ),
    "&Take the return": "&Enregistrer le retour",
    "%s left": "reste %s",
    "%s · %s · through the till": "%s · %s · par la caisse",
    "This login may not take returns on Genuka: ask a manager for the permission.": (
        "Ce compte ne peut pas enregistrer de retours sur Genuka : demandez l’autorisation à un responsable."
    ),
    "Choose how many of a line come back.": "Indiquez combien d’articles d’une ligne sont rendus.",
    "The amount handed back must be a number.": "Le montant remboursé doit être un nombre.",
    "Queuing the return…": "Mise en file du retour…",
    "The return could not be queued.": "Le retour n’a pas pu être mis en file d’attente.",
    # The reasons and where a return stands.
    "Defective": "Défectueux",
    "Not as described": "Non conforme",
    "Delivery problem": "Problème de livraison",
    "Changed their mind": "A changé d’avis",
    "queued": "en file d’attente",
    "held: see the queue": "retenu : voir la file d’attente",
    "draft": "brouillon",
    "awaiting approval": "en attente d’approbation",
    "approved": "approuvé",
    "received": "reçu",
    "cancelled": "annulé",
    "refund queued": "remboursement en file d’attente",
    "refund done": "remboursement effectué",
    "refund held: see the queue": "remboursement retenu : voir la file d’attente",
    "No money now (credit note)": "Pas de remboursement maintenant (avoir)",
    # The editor's strip.
    "Returns (%n)": ("Retours (%n)", "Retours (%n)"),
    "Returns": "Retours",
    "Return": "Retour",
    "Where it stands": "Où il en est",
    "Value": "Valeur",
    "Money": "Argent",
    "Approve": "Approuver",
    "Restocks the goods and recalculates the bill on Genuka": (
        "Remet les articles en stock et recalcule la facture sur Genuka"
    ),
    "Print return receipt…": "Imprimer le bon de retour…",
    "credit note": "avoir",
    "Approve this return? The goods go back to stock and the bill is recalculated on Genuka.": (
        "Approuver ce retour ? Les articles retournent en stock et la facture est recalculée sur Genuka."
    ),
    "Approve the return?": "Approuver le retour ?",
    "The return could not be approved.": "Le retour n’a pas pu être approuvé.",
    # The return receipt.
    "Return %s": "Retour %s",
    "Return (queued: its reference comes after the sync)": (
        "Retour (en file d’attente : sa référence viendra après la synchronisation)"
    ),
    "Goods returned": "Articles rendus",
    "Value returned": "Valeur rendue",
    "Refunded": "Remboursé",
    "How": "Mode",
    "Cash (out of the till)": "Espèces (sorties de la caisse)",
    "No money now: credit note": "Pas de remboursement maintenant : avoir",
    "Keep this receipt.": "Conservez ce bon.",
    "This return is not on the server yet: it prints without its reference.": (
        "Ce retour n’est pas encore sur le serveur : il s’imprime sans sa référence."
    ),
    "Return receipt, 80 mm roll": "Bon de retour, rouleau de 80 mm",
    "Return receipt, 58 mm roll": "Bon de retour, rouleau de 58 mm",
    "Return receipt (A4)": "Bon de retour (A4)",
}

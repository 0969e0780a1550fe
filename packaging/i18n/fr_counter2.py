"""French phrases of the counter and list fixes: the saved sale's words, the menus' Alt letters, History's payments."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The sale window (ui/counter/): a sale is saved, then Genuka gives it its own number.
    "Sale %1 saved, not paid (still owed %2). Next customer.": (
        "Vente %1 enregistrée, non payée (reste dû %2). Client suivant."
    ),
    "Sale %1 saved, partly paid (still owed %2). Next customer.": (
        "Vente %1 enregistrée, payée en partie (reste dû %2). Client suivant."
    ),
    "Sale %1 saved. Change due: %2. Next customer.": "Vente %1 enregistrée. Monnaie à rendre : %2. Client suivant.",
    "Sale %s saved. Next customer.": "Vente %s enregistrée. Client suivant.",
    "It goes to Genuka as soon as it can, and Genuka gives it its own number there; "
    "searching %1 in the list always finds it.": (
        "Elle part vers Genuka dès que possible, et Genuka lui donne son propre numéro ; "
        "chercher %1 dans la liste la retrouve toujours."
    ),
    "Sent to Genuka: it is %2 in the list (searching %1 finds it too).": (
        "Envoyée à Genuka : c’est %2 dans la liste (chercher %1 la retrouve aussi)."
    ),
    "The receipt of the sale just saved (Ctrl+P)": "Le reçu de la vente qui vient d’être enregistrée (Ctrl+P)",
    "The sale could not be saved.": "La vente n’a pas pu être enregistrée.",
    # "Montant reçu", not "Reçu": in French the word alone is also the receipt.
    "Amount received": "Montant reçu",
    "e.g. 10,000": "ex. 10\u202f000",
    "Amount received: must be a number, 0 or more.": "Montant reçu : un nombre, 0 ou plus.",
    # The menus, each entry with its own Alt letter in its menu (ui/window_menus.py).
    # "&Aide" shared its A with "&Affichage": Help takes its e, as French programs do.
    "&Help": "Aid&e",
    "&New order…": "&Nouvelle commande…",
    "&Customers…": "&Clients…",
    "&Print…": "&Imprimer…",
    "Open the cash &drawer": "Ouvrir le &tiroir-caisse",
    "&Export list to CSV…": "&Exporter la liste en CSV…",
    "&Lock": "&Verrouiller",
    "S&witch company…": "C&hanger d’entreprise…",
    "Log &out…": "Se &déconnecter…",
    "&Quit": "&Quitter",
    "&Find": "&Rechercher",
    "Take a &payment…": "&Encaisser…",
    "Pr&eferences…": "&Préférences…",
    "&Today panel": "&Tableau du jour",
    "&Refresh everything": "Tout &rafraîchir",
    "Show &orders without a customer": "&Afficher les commandes sans client",
    "&Columns": "&Colonnes",
    "&Check for updates…": "&Rechercher une mise à jour…",
    "&Keyboard shortcuts": "Raccourcis &clavier",
    "&Diagnostics…": "&Diagnostic…",
    "&About Genuka Desk": "À &propos de Genuka Desk",
    # History (ui/activity_text.py): a payment's entry with its amount.
    "added a payment of %s": "a ajouté un paiement de %s",
    "deleted a payment of %s": "a supprimé un paiement de %s",
}

"""French for the clerk's discounts (issue 36): the sale window, the editor, the dialog, the manager's limit."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The sale window and the editor.
    "Discount…": "Remise…",
    "A discount on the chosen line or the whole sale": "Une remise sur la ligne choisie ou toute la vente",
    "A discount on the chosen line or the whole order": "Une remise sur la ligne choisie ou toute la commande",
    "Subtotal %1 · discounts −%2": "Sous-total %1 · remises −%2",
    # The dialog.
    "Give a discount": "Faire une remise",
    "The whole order": "Toute la commande",
    "Line %1: %2": "Ligne %1 : %2",
    "On": "Sur",
    "Percentage": "Pourcentage",
    "Amount": "Montant",
    "As": "En",
    "e.g. 10": "p. ex. 10",
    "A whole-order discount is shared over the lines, in proportion to each.": (
        "Une remise sur toute la commande est répartie sur les lignes, au prorata de chacune."
    ),
    "The discount must be a number, 0 or more.": "La remise doit être un nombre, 0 ou plus.",
    "Above %1 %: a manager must give this discount.": "Au-delà de %1 % : un responsable doit faire cette remise.",
    "Give a percentage or an amount.": "Donnez un pourcentage ou un montant.",
    "A discount is 0 or more.": "Une remise vaut 0 ou plus.",
    "A percentage is 100 at most.": "Un pourcentage vaut 100 au plus.",
    "Add a line first.": "Ajoutez d’abord une ligne.",
    "This order has no lines.": "Cette commande n’a pas de ligne.",
    # Preferences: the manager's limit.
    "No limit": "Aucune limite",
    "Above it, a manager must give the discount": "Au-delà, un responsable doit faire la remise",
    "Only a manager can set the discount limit.": "Seul un responsable peut fixer la limite de remise.",
    "Discount limit": "Limite de remise",
    # The shop's discounts: codes and automatic ones.
    "Promo code": "Code promo",
    "Apply the code": "Appliquer le code",
    "Offer: %1 (−%2), click to apply": "Offre : %1 (−%2), cliquez pour l’appliquer",
    "No discount has the code %1 (codes are case-sensitive).": (
        "Aucune remise n’a le code %1 (majuscules et minuscules comptent)."
    ),
    "The discount %1 is switched off.": "La remise %1 est désactivée.",
    "The discount %1 has not started yet.": "La remise %1 n’a pas encore commencé.",
    "The discount %1 has ended.": "La remise %1 est terminée.",
    "The discount %1 needs a larger sale (its minimum is not reached).": (
        "La remise %1 demande une vente plus importante (son minimum n’est pas atteint)."
    ),
    "The discount %1 needs more items (its minimum is not reached).": (
        "La remise %1 demande plus d’articles (son minimum n’est pas atteint)."
    ),
    "The discount %1 is used up.": "La remise %1 est épuisée.",
    "This customer has already used the discount %1.": "Ce client a déjà utilisé la remise %1.",
    "The discount %1 is not for this shop.": "La remise %1 n’est pas valable dans cette boutique.",
    "The discount %1 is for other products.": "La remise %1 porte sur d’autres produits.",
    "The discount %1 is for other customers.": "La remise %1 est réservée à d’autres clients.",
    "The discount %1 cannot be applied at the counter.": "La remise %1 ne peut pas être appliquée en caisse.",
    "Genuka took %1 off for the discount codes; the desk expected %2. The total is Genuka's.": (
        "Genuka a déduit %1 pour les codes de remise ; le poste attendait %2. Le total est celui de Genuka."
    ),
}

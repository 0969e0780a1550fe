"""The CLI's words for the models' refusals, in the terminal's language (French or English).

The GUI translates through Qt; the CLI has no Qt, so it keeps its own small
table, keyed by the problems' codes. The language is ``GENUKA_DESK_LANG``,
else the terminal's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English when
neither says French.
"""

from __future__ import annotations

import os

from ..models import FieldProblem

FRENCH: dict[str, str] = {
    "account_required": "choisissez le compte qui reçoit l’argent.",
    "address_required": "rue, ville et pays sont requis dans une adresse.",
    "amount_invalid": "le montant doit être un nombre, 0 ou plus.",
    "amount_min": "le montant doit être supérieur à 0.",
    "amount_over_balance": "le montant dépasse le reste dû.",
    "customer_required": "choisissez un client, ou donnez un nom ou un numéro de téléphone.",
    "date_invalid": "la date n’est pas valide.",
    "email_invalid": "l’adresse e-mail n’est pas valide.",
    "final_invoice": "une facture finale payée fige les lignes : on peut en ajouter ou les augmenter, pas les retirer "
    "ni les baisser.",
    "lines_empty": "une commande a besoin d’au moins une ligne.",
    "line_unknown": "la commande n’a pas cette ligne.",
    "method_required": "choisissez comment le client a payé.",
    "mode_unknown": "le mode de livraison est « delivery » ou « pickup ».",
    "order_cancelled": "cette commande est annulée ; elle ne peut plus changer.",
    "paid_too_much": "le montant payé dépasse le total (rendez la monnaie).",
    "partly_paid_needs_payment": "une commande est partiellement payée une fois un paiement enregistré : "
    "enregistrez le paiement (orders pay), le statut suit.",
    "phone_invalid": "le numéro de téléphone n’est pas valide.",
    "price_max": "le prix est trop grand.",
    "price_min": "le prix ne peut pas être négatif.",
    "price_number": "le prix doit être un nombre.",
    "product_missing": "choisissez un produit pour la nouvelle ligne.",
    "quantity_max": "la quantité est trop grande.",
    "quantity_min": "la quantité doit être d’au moins 1.",
    "quantity_whole": "la quantité doit être un nombre entier.",
    "tendered_short": "les espèces remises sont inférieures au montant.",
    "text_too_long": "le texte est trop long (500 caractères au plus).",
    "title_required": "une ligne a besoin d’un intitulé.",
}


def terminal_language() -> str:
    """``fr`` or ``en``: the language the CLI speaks."""
    for name in ("GENUKA_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def problem_line(problem: FieldProblem, language: str | None = None) -> str:
    """One refusal as the CLI prints it: the field, then why, in the terminal's language."""
    text = FRENCH.get(problem.code) if (language or terminal_language()) == "fr" else None
    return f"{problem.key}: {text or problem.message}"


def not_queued(language: str | None = None) -> str:
    """The heading of a refused edit."""
    return (
        "la modification n’a pas été mise en file :"
        if (language or terminal_language()) == "fr"
        else ("the change was not queued:")
    )


def switch_note(language: str | None = None) -> str:
    """Said before ``company switch``: the server revokes every token of the user (02-authentication.md)."""
    if (language or terminal_language()) == "fr":
        return (
            "note : changer d’entreprise met fin à toutes les connexions de votre compte ; les autres postes "
            "et appareils connectés avec votre compte devront se reconnecter."
        )
    return (
        "note: switching company ends every login of your account; other desks and devices logged in as you "
        "will need to log in again."
    )


def partly_paid_refusal(order: str, language: str | None = None) -> str:
    """``set-status --billing partially_paid`` on an order with nothing paid: the payment makes it so."""
    if (language or terminal_language()) == "fr":
        return (
            f"rien n’est payé sur {order} : une commande est partiellement payée une fois un paiement enregistré. "
            f"Enregistrez-le : genuka-desk orders pay {order} --amount MONTANT --method MOYEN (le statut suit)."
        )
    return (
        f"nothing is paid on {order}: an order is partly paid once a payment is recorded on it. "
        f"Record it: genuka-desk orders pay {order} --amount AMOUNT --method METHOD (the status follows)."
    )

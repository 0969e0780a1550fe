"""French phrases of the sale window: a sale on credit said before and after it is saved (ui/counter/)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    "Not paid: %s owed": "Non payée : reste dû %s",
    "Sale %1 kept, not paid (still owed %2). Next customer.": (
        "Vente %1 enregistrée, non payée (reste dû %2). Client suivant."
    ),
    "Sale %1 kept, partly paid (still owed %2). Next customer.": (
        "Vente %1 enregistrée, payée en partie (reste dû %2). Client suivant."
    ),
    "Sale %1 kept. Change due: %2. Next customer.": "Vente %1 enregistrée. Monnaie à rendre : %2. Client suivant.",
}

"""French for the Z report and the till's history (issue 35): the A4 page and the roll's words, the Z dialog's
header, the till window's figures and history (ui/till/z_*.py, ui/till/window.py, ui/till/current_panel.py,
ui/till/history_table.py, ui/paper/thermal_words.py's Z words). Read by a shop manager in Cameroon: the words
of the counter ("fond de caisse", "écart", "mode de paiement"), never a raw id."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # Where a session stands.
    "Closed, awaiting approval": "Fermée, en attente d’approbation",
    "Closed and approved": "Fermée et approuvée",
    "Rejected: recount": "Refusée : à recompter",
    "Approved by %s": "Approuvée par %s",
    "Rejected by %s": "Refusée par %s",
    "on %s": "le %s",
    "since %s": "depuis le %s",
    # The pay-outs and pay-ins the server knows (its transaction types other than payments).
    "Other cash in and out": "Autres entrées et sorties de caisse",
    "Expense": "Dépense",
    "Transfer out": "Transfert sortant",
    "Transfer in": "Transfert entrant",
    "Adjustment (+)": "Ajustement (+)",
    "Adjustment (−)": "Ajustement (−)",
    "Other cash movement": "Autre mouvement de caisse",
    # The report's parts.
    "Payments by method": "Répartition par mode de paiement",
    "Opening notes": "Notes d’ouverture",
    "Closing notes": "Notes de fermeture",
    "Manager's note": "Note du responsable",
    "Why it was rejected": "Motif du refus",
    "Ref. %s": "Réf. %s",
    # The Z dialog's header, the till window.
    "Opened by %s": "Ouverte par %s",
    "it should hold %s": "elle devrait contenir %s",
    "Till history": "Historique de la caisse",
}

"""French for the shop's conventions: whose way dates follow, in Preferences (ui/preferences_dialog.py)."""

FR: dict[str, str | tuple[str, str]] = {
    "Dates": "Dates",
    "As in the shop's country, %s (%s)": "Comme dans le pays de la boutique, %s (%s)",
    "As on this computer (%s)": "Comme sur cet ordinateur (%s)",
    "How dates are written in the list, the orders and the printed documents": (
        "L’écriture des dates dans la liste, les commandes et les documents imprimés"
    ),
}

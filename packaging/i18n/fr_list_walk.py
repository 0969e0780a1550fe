"""French phrases of the order list's fixes after the clerk's walk (ui/main_window.py: the CSV export's message)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The status bar once the export is written: how many, the file's name and its folder's.
    "%n order(s) exported to %s (folder %s)": (
        "%n commande exportée dans %s (dossier %s)",
        "%n commandes exportées dans %s (dossier %s)",
    ),
}

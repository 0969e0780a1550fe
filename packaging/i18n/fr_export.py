"""French phrases of the CSV export and the save dialogs (ui/save_place.py, ui/main_window.py)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The last two columns of the CSV for a spreadsheet.
    "Currency": "Devise",
    "Id": "Identifiant",
    # The two kinds of CSV, as the save dialog's file types ("in English": in the program's language).
    "CSV for a spreadsheet, in English (*.csv)": "CSV pour un tableur, en français (*.csv)",
    "CSV for other tools, English headers (*.csv)": "CSV pour d’autres logiciels, en-têtes en anglais (*.csv)",
    # Proposed file names: no '#', '/' or ':' (file systems refuse them).
    "orders-{day}.csv": "commandes-{day}.csv",
    "invoice-{reference}-{day}.pdf": "facture-{reference}-{day}.pdf",
    "receipt-{reference}-{day}.pdf": "reçu-{reference}-{day}.pdf",
    "delivery-slip-{reference}-{day}.pdf": "bon-de-livraison-{reference}-{day}.pdf",
}

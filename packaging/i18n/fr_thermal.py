"""French for the receipt printer (issue 35): its tickets' words, Preferences' part, the drawer, the print path.

From ui/paper/ (thermal_words.py, printer_part.py, print_dialog.py, till_printer.py), ui/counter/window.py and
ui/window_menus.py.
"""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The test page.
    "Test print": "Page de test",
    "If you can read this, the receipt printer works.": "Si vous lisez ceci, l’imprimante de tickets fonctionne.",
    "French letters:": "Lettres françaises :",
    "Roll: %s mm, %s columns": "Rouleau : %s mm, %s colonnes",
    "QR code printed by the printer:": "Code QR imprimé par l’imprimante :",
    # The Z report on the roll.
    "Z report": "Rapport Z",
    "Provisional: not synced with Genuka yet": "Provisoire : pas encore synchronisé avec Genuka",
    "Till": "Caisse",
    "Session": "Session",
    "Opened": "Ouverte",
    "Closed": "Fermée",
    "Still open": "Encore ouverte",
    "Opened by": "Ouverte par",
    "Closed by": "Fermée par",
    "Opening count": "Comptage d’ouverture",
    "Opening cash": "Fond de caisse",
    "Cash sales": "Ventes en espèces",
    "Payments by way of paying": "Paiements par moyen de paiement",
    "Refunds": "Remboursements",
    "Pay-outs and expenses": "Sorties et dépenses",
    "Expected cash": "Espèces attendues",
    "Counted cash": "Espèces comptées",
    "Closing count": "Comptage de fermeture",
    "Difference": "Écart",
    "Reason": "Motif",
    "None": "Aucun",
    "Rounding": "Arrondi",
    "Change mistake": "Erreur de monnaie",
    "Lost receipt": "Reçu perdu",
    "System error": "Erreur du système",
    "Found cash": "Argent trouvé",
    "Suspected theft": "Vol suspecté",
    "Other": "Autre",
    # What went wrong, in the clerk's words.
    "No receipt printer is set: choose one in Edit > Preferences.": (
        "Aucune imprimante de tickets n’est choisie : choisissez-en une dans Édition > Préférences."
    ),
    "The receipt printer does not answer (%s): check that it is switched on and connected.": (
        "L’imprimante de tickets ne répond pas (%s) : vérifiez qu’elle est allumée et branchée."
    ),
    "The receipt printer is out of paper: put in a new roll.": (
        "L’imprimante de tickets n’a plus de papier : mettez un nouveau rouleau."
    ),
    "This computer cannot reach USB printers (the USB library is missing): use the network or serial port.": (
        "Cet ordinateur ne peut pas joindre les imprimantes USB (la bibliothèque USB manque) : utilisez le réseau "
        "ou le port série."
    ),
    "The connection to the receipt printer broke while printing (%s): try again.": (
        "La connexion à l’imprimante de tickets s’est coupée pendant l’impression (%s) : réessayez."
    ),
    # Preferences' part.
    "Receipt printer": "Imprimante de tickets",
    "None: receipts go through the system's printers": "Aucune : les reçus passent par les imprimantes du système",
    "Network (Ethernet or Wi-Fi)": "Réseau (Ethernet ou Wi-Fi)",
    "USB": "USB",
    "Serial port": "Port série",
    "Printer": "Imprimante",
    "Address": "Adresse",
    "80 mm (48 characters a line)": "80 mm (48 caractères par ligne)",
    "58 mm (32 characters a line)": "58 mm (32 caractères par ligne)",
    "Paper": "Papier",
    "Open the cash drawer on cash sales": "Ouvrir le tiroir-caisse aux ventes en espèces",
    "host:port, e.g. 192.168.1.50:%s": "hôte:port, par ex. 192.168.1.50:%s",
    "vendor:product as lsusb shows them, e.g. 04b8:0202": "fabricant:produit comme lsusb les montre, par ex. 04b8:0202",
    "the port, e.g. /dev/ttyUSB0 or COM3": "le port, par ex. /dev/ttyUSB0 ou COM3",
    "Type the printer's address as host:port, e.g. 192.168.1.50:%s.": (
        "Saisissez l’adresse de l’imprimante sous la forme hôte:port, par ex. 192.168.1.50:%s."
    ),
    "Type the printer's USB ids as vendor:product, e.g. 04b8:0202.": (
        "Saisissez les identifiants USB de l’imprimante sous la forme fabricant:produit, par ex. 04b8:0202."
    ),
    "Type the printer's serial port, e.g. /dev/ttyUSB0 or COM3.": (
        "Saisissez le port série de l’imprimante, par ex. /dev/ttyUSB0 ou COM3."
    ),
    "Printing the test page…": "Impression de la page de test…",
    "The test page could not be printed; the details are in the log file.": (
        "La page de test n’a pas pu être imprimée ; les détails sont dans le fichier journal."
    ),
    "Printed. The paper is running low: have a new roll ready.": (
        "Imprimée. Le papier arrive à sa fin : préparez un nouveau rouleau."
    ),
    "Printed: check the page on the printer.": "Imprimée : vérifiez la page sur l’imprimante.",
    # The print path.
    "Print on the receipt printer": "Imprimer sur l’imprimante de tickets",
    "Printing on the receipt printer…": "Impression sur l’imprimante de tickets…",
    "Sent to the receipt printer.": "Envoyé à l’imprimante de tickets.",
    "The receipt printer could not print; the details are in the log file.": (
        "L’imprimante de tickets n’a pas pu imprimer ; les détails sont dans le fichier journal."
    ),
    "The system's print dialog opens instead.": "La fenêtre d’impression du système s’ouvre à la place.",
    "Receipt sent to the receipt printer.": "Reçu envoyé à l’imprimante de tickets.",
    "Print it from here instead.": "Imprimez-le d’ici à la place.",
    "The receipt printer could not be used; the details are in the log file.": (
        "L’imprimante de tickets n’a pas pu être utilisée ; les détails sont dans le fichier journal."
    ),
    # The cash drawer.
    "Open the cash drawer": "Ouvrir le tiroir-caisse",
    "This login may not take sales: it does not open the cash drawer.": (
        "Cette connexion ne peut pas encaisser de ventes : elle n’ouvre pas le tiroir-caisse."
    ),
    "The cash drawer did not open. %s": "Le tiroir-caisse ne s’est pas ouvert. %s",
    "Cash drawer opened.": "Tiroir-caisse ouvert.",
    # The counter, after a sale.
    "Print the receipt": "Imprimer le reçu",
    "The receipt of the sale just kept (Ctrl+P)": "Le reçu de la vente qui vient d’être enregistrée (Ctrl+P)",
}

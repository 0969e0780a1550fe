"""French phrases of the credit book (ui/credit_book/, its menu entry and shortcut in ui/window_menus.py)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The menu and Help > Keyboard shortcuts.
    "Credit &book (who owes)…": "Carnet de c&rédit (qui doit)…",
    "The credit book: customers who owe money": "Le carnet de crédit : les clients qui doivent de l’argent",
    # The window.
    "Credit book: customers who owe money": "Carnet de crédit : clients qui doivent de l’argent",
    "Name or phone": "Nom ou téléphone",
    "Minimum balance": "Reste dû minimum",
    "&Overdue only": "En &retard seulement",
    "Take a &payment…": "Encaisser un &paiement…",
    "On the customer's oldest unpaid order (double-click a row does the same)": (
        "Sur la plus ancienne commande impayée du client (un double-clic sur la ligne fait de même)"
    ),
    "Send a &reminder…": "Envoyer une &relance…",
    "A WhatsApp message in the customer's language, in your words": (
        "Un message WhatsApp dans la langue du client, avec vos mots"
    ),
    "Open the &customer": "Ouvrir la fiche &client",
    "Export C&SV…": "Exporter en C&SV…",
    "Export P&DF…": "Exporter en P&DF…",
    "Owed by %n customer(s): %1": ("Dû par %n client : %1", "Dû par %n clients : %1"),
    "Nobody owes money here (as far as the local copy knows).": (
        "Personne ne doit d’argent ici (d’après la copie locale)."
    ),
    "%s has no phone number WhatsApp can reach.": "%s n’a pas de numéro joignable sur WhatsApp.",
    "WhatsApp opened for %s: send the message there.": "WhatsApp est ouvert pour %s : envoyez-y le message.",
    "Export the credit book": "Exporter le carnet de crédit",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "The file could not be written: %s": "Le fichier n’a pas pu être écrit : %s",
    "%n customer(s) written to %1": ("%n client écrit dans %1", "%n clients écrits dans %1"),
    "The credit book was written to %s": "Le carnet de crédit a été écrit dans %s",
    # The table and the paper.
    "Customer": "Client",
    "Phone": "Téléphone",
    "Balance": "Reste dû",
    "Unpaid orders": "Commandes impayées",
    "Oldest unpaid": "Plus ancienne impayée",
    "Days overdue": "Jours de retard",
    "Last payment": "Dernier paiement",
    "Days since the oldest unpaid order's due date when it has one, else since its date (—: not due yet)": (
        "Jours depuis l’échéance de la plus ancienne commande impayée quand elle en a une, sinon depuis sa date "
        "(— : pas encore échue)"
    ),
    "What the customer's orders still owe, added up": "Ce que les commandes du client doivent encore, additionné",
    "(no name)": "(sans nom)",
    "never": "jamais",
    "Counted from the due date of %s: %s": "Compté depuis l’échéance de %s : %s",
    "Counted from the date of %s (it has no due date): %s": "Compté depuis la date de %s (sans échéance) : %s",
    "Credit book": "Carnet de crédit",
    # The CSV's column titles.
    "Currency": "Devise",
    "Oldest unpaid order": "Plus ancienne commande impayée",
    "Its date": "Sa date",
    "Its due date": "Son échéance",
    "Last payment date": "Date du dernier paiement",
    "Last payment amount": "Montant du dernier paiement",
    "Customer id": "Identifiant du client",
    # The reminder.
    "Reminder to %s": "Relance à %s",
    "In French: the customer's language, else the desk's. Change the words as you wish:": (
        "En français : la langue du client, sinon celle du poste. Modifiez le texte à votre guise :"
    ),
    "In English: the customer's language, else the desk's. Change the words as you wish:": (
        "En anglais : la langue du client, sinon celle du poste. Modifiez le texte à votre guise :"
    ),
    "Open in &WhatsApp": "Ouvrir dans &WhatsApp",
}

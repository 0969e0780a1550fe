"""Fill resources/i18n/genuka_desk_fr.ts from the French phrase book below, then run lrelease.

Run after ``pyside6-lupdate genuka_desk/ui/*.py -ts resources/i18n/genuka_desk_fr.ts``
(``make translations`` does both). A source text missing here stays untranslated and is listed.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FR: dict[str, str | tuple[str, str]] = {
    # The desk's reasons for holding a sale or a payment (ui/held_words.py).
    "Not sent: the order's balance on the server is {balance}, less than this payment of {amount} "
    "(it was marked Paid, which settles the balance, or paid elsewhere). Discard this payment, or "
    "retry it if the customer really paid it on top.": (
        "Non envoyé : le reste dû de la commande sur le serveur est de {balance}, moins que ce paiement de "
        "{amount} (elle a été marquée Payée, ce qui solde le reste, ou payée ailleurs). Annulez ce paiement, "
        "ou renvoyez-le si le client l’a vraiment payé en plus."
    ),
    "Not sent: the server already shows {recorded} paid on this sale since its creation. The {amount} "
    "taken at the counter would count twice: check the order's payments, then discard this one, or "
    "retry it if both are real.": (
        "Non envoyé : le serveur montre déjà {recorded} payés sur cette vente depuis sa création. Les {amount} "
        "encaissés au comptoir compteraient deux fois : vérifiez les paiements de la commande, puis annulez "
        "celui-ci, ou renvoyez-le si les deux sont réels."
    ),
    "Not sent: the server's total for this sale is {total}, less than the {amount} taken at the "
    "counter. Check the order, then retry or discard it and record the right amount.": (
        "Non envoyé : le total de cette vente sur le serveur est de {total}, moins que les {amount} encaissés "
        "au comptoir. Vérifiez la commande, puis renvoyez le paiement, ou annulez-le et encaissez le bon montant."
    ),
    "This sale was sent without an answer and may be on the server, but this server does not keep the "
    "time a sale is sent with, so the desk cannot recognise it there. Check the server's orders: if it "
    "is there, discard it here and take its payment on that order; if not, retry it.": (
        "Cette vente a été envoyée sans réponse et est peut-être sur le serveur, mais ce serveur ne garde pas "
        "l’heure envoyée avec une vente : le poste ne peut pas l’y reconnaître. Vérifiez les commandes du "
        "serveur : si elle y est, annulez-la ici et encaissez son paiement sur cette commande ; sinon, "
        "renvoyez-la."
    ),
    "The server answered that the payment of {amount} was added, but the order does not show it. "
    "Check the order's payments on the server before taking the money again; retry looks for it first.": (
        "Le serveur a répondu que le paiement de {amount} était ajouté, mais la commande ne le montre pas. "
        "Vérifiez les paiements de la commande sur le serveur avant d’encaisser à nouveau ; un renvoi le "
        "cherche d’abord."
    ),
    "The server made this sale through Mobile Sync as {reference}, with another {what} than taken at "
    "the counter, and it could not be put right: check that order on the server.": (
        "Le serveur a créé cette vente par la synchronisation mobile sous {reference}, avec un autre {what} "
        "que celui du comptoir, et elle n’a pas pu être corrigée : vérifiez cette commande sur le serveur."
    ),
    "this order has line discounts the server does not show on its lines: change its lines on "
    "Genuka, so the discounts are not lost.": (
        "cette commande a des remises de ligne que le serveur ne montre pas sur ses lignes : modifiez ses "
        "lignes sur Genuka, pour ne pas perdre les remises."
    ),
    "lines": "contenu (lignes)",
    "customer": "client",
    "total": "total",
    "Choose the company this desk serves.": "Choisissez l’entreprise que sert ce poste.",
    "Company": "Entreprise",
    "You belong to several companies. Which one does this desk serve?": "Vous appartenez à plusieurs entreprises. Laquelle ce poste sert-il ?",
    "Payment account": "Compte de paiement",
    "Payment date": "Date de paiement",
    "Delivery mode": "Mode de livraison",
    "Shipping cost": "Frais de livraison",
    "Delivery date": "Date de livraison",
    "quantity": "quantité",
    "price": "prix",
    "someone": "quelqu’un",
    "Cancelled": "Annulée",
    "Quotation": "Devis",
    "Sales order": "Bon de commande",
    "Invoice": "Facture",
    "Document": "Document",
    "%s: %s": "%s : %s",
    "%s: %s → %s": "%s : %s → %s",
    " to ": " au ",
    "%n change(s) waiting": ("%n modification en attente", "%n modifications en attente"),
    "%n in conflict": ("%n en conflit", "%n en conflit"),
    "%n order(s) exported": ("%n commande exportée", "%n commandes exportées"),
    "%n product(s)": ("%n produit", "%n produits"),
    "%n refused": ("%n refusée", "%n refusées"),
    "%n change(s) not sent yet stay on this computer and are sent when you come back.": (
        "%n modification pas encore envoyée reste sur cet ordinateur ; elle sera envoyée à votre retour.",
        "%n modifications pas encore envoyées restent sur cet ordinateur ; elles seront envoyées à votre retour.",
    ),
    "%n selected order(s)": ("%n commande sélectionnée", "%n commandes sélectionnées"),
    "Switching company ends every login of your account: other desks and devices logged in as you will need to log in again.": "Changer d’entreprise met fin à toutes les connexions de votre compte : les autres postes et appareils connectés avec votre compte devront se reconnecter.",
    "%s — on this computer (%s): %s": "%s — sur cet ordinateur (%s) : %s",
    "&Edit": "É&dition",
    "&File": "&Fichier",
    "&Help": "&Aide",
    "&View": "&Affichage",
    "<b>Total</b>": "<b>Total</b>",
    "(no change)": "(inchangé)",
    "A colleague changed the same fields": "Un collègue a modifié les mêmes champs",
    "Sent without an answer, then changed on the server": "Envoyée sans réponse, puis modifiée sur le serveur",
    "This change was sent without an answer, and the order was changed on the server since: it may have been made and then changed back by a colleague. Check the order, then choose.": "Cette modification a été envoyée sans réponse, et la commande a été modifiée sur le serveur depuis : elle a peut-être été faite puis annulée par un collègue. Vérifiez la commande, puis choisissez.",
    "API key": "Clé d’API",
    "About Genuka Desk": "À propos de Genuka Desk",
    "Account of %s": "Compte de %s",
    "Add a line": "Ajouter une ligne",
    "Add a line…": "Ajouter une ligne…",
    "Address line 1": "Adresse (ligne 1)",
    "Address line 2": "Adresse (ligne 2)",
    "Addresses": "Adresses",
    "All changes sent": "Toutes les modifications sont envoyées",
    "Amount due": "Reste à payer",
    "Any fulfilment": "Toute livraison",
    "Any payment": "Tout paiement",
    "Billing": "Facturation",
    "Billing address": "Adresse de facturation",
    "Billing and shipping": "Facturation et livraison",
    "Cancelling the payment cannot be undone from here. Continue?": (
        "L’annulation du paiement ne peut pas être défaite d’ici. Continuer ?"
    ),
    "Change the status of the selected orders": "Changer le statut des commandes sélectionnées",
    "Change the status?": "Changer le statut ?",
    "City": "Ville",
    "Close this order and lose your edits?": "Fermer cette commande et perdre vos modifications ?",
    "Columns": "Colonnes",
    "Company id": "Identifiant de l’entreprise",
    "Connect genuka-desk to your Genuka shop.": "Connectez genuka-desk à votre boutique Genuka.",
    "Connecting…": "Connexion…",
    "Could not write the file: %s": "Impossible d’écrire le fichier : %s",
    "Country": "Pays",
    "Created %s · updated %s · source %s · payment %s · fulfilment %s": (
        "Créée le %s · modifiée le %s · canal %s · paiement %s · livraison %s"
    ),
    "Delivery": "Livraison",
    "Discounts": "Remises",
    "Email": "E-mail",
    "Email and password": "E-mail et mot de passe",
    "Export list to CSV…": "Exporter la liste en CSV…",
    "Export orders": "Exporter les commandes",
    "Field": "Champ",
    "Filters": "Filtres",
    "Find": "Rechercher",
    "First name": "Prénom",
    "Fix the values and save again, or undo it from the order list.": (
        "Corrigez les valeurs et enregistrez à nouveau, ou annulez-la depuis la liste."
    ),
    "From": "Du",
    "Fulfilment": "Livraison",
    "Fulfilment status": "Statut de livraison",
    "Genuka Desk": "Genuka Desk",
    "Genuka Desk — Orders": "Genuka Desk — Commandes",
    "Genuka Desk %s\nOffline-first order management for Genuka shops.": (
        "Genuka Desk %s\nGestion des commandes Genuka, même sans connexion."
    ),
    "Give the API key and the company id.": "Indiquez la clé d’API et l’identifiant de l’entreprise.",
    "Give your email and password.": "Indiquez votre e-mail et votre mot de passe.",
    "History": "Historique",
    "Keep mine": "Garder la mienne",
    "Language": "Langue",
    "Last name": "Nom",
    "Last sync %s": "Dernière synchro %s",
    "Lines": "Lignes",
    "Log in": "Se connecter",
    "Log in to Genuka": "Connexion à Genuka",
    "Mine": "La mienne",
    "Mode": "Mode",
    "Needs attention": "À traiter",
    "Not synced yet": "Pas encore synchronisé",
    "Offline": "Hors ligne",
    "Online": "En ligne",
    "Open order": "Ouvrir la commande",
    "Order %s": "Commande %s",
    "Orders whose change was refused or is in conflict": "Commandes dont une modification est refusée ou en conflit",
    "Password": "Mot de passe",
    "Payment": "Paiement",
    "Payment method": "Moyen de paiement",
    "Payment status": "Statut du paiement",
    "Phone": "Téléphone",
    "Pickup": "Retrait en boutique",
    "Postal code": "Code postal",
    "Preferences": "Préférences",
    "Preferences…": "Préférences…",
    "Product": "Produit",
    "Quantity": "Quantité",
    "Quantity: ": "Quantité : ",
    "Quit": "Quitter",
    "Read only: your account may not change orders.": "Lecture seule : votre compte ne peut pas modifier les commandes.",
    "Receiving orders": "Réception des commandes",
    "Refused: %s": "Refusée : %s",
    "Region": "Région",
    "Remember me on this computer": "Se souvenir de moi sur cet ordinateur",
    "Remove": "Retirer",
    "Resolve the conflict…": "Résoudre le conflit…",
    "Retry": "Réessayer",
    "Revert": "Annuler la modification",
    "SKU": "Code article",
    "Save": "Enregistrer",
    "Scheduled": "Prévue le",
    "Search reference, customer, phone, product…": "Rechercher référence, client, téléphone, produit…",
    "Search the catalogue…": "Rechercher dans le catalogue…",
    "Searching…": "Recherche…",
    "Sending changes": "Envoi des modifications",
    "Server": "Serveur",
    "Set status": "Changer le statut",
    "Set status…": "Changer le statut…",
    "Setting the payment back to awaiting payment creates a credit note for what was invoiced. Continue?": (
        "Remettre le paiement en attente crée un avoir pour ce qui a été facturé. Continuer ?"
    ),
    "Shipping": "Livraison",
    "Shipping address": "Adresse de livraison",
    "Shipping amount": "Frais de livraison",
    "Shipping same as billing": "Livraison à l’adresse de facturation",
    "Something went wrong; the details are in the log file.": "Un problème est survenu ; les détails sont dans le journal.",
    "Something unexpected happened. Your orders and queued changes are safe.\n\n"
    "If it happens again, send this file to support:\n%s": (
        "Un problème inattendu est survenu. Vos commandes et vos modifications en attente sont en sécurité.\n\n"
        "Si cela se reproduit, envoyez ce fichier au support :\n%s"
    ),
    "Subtotal": "Sous-total",
    "Sync now": "Synchroniser",
    "Take theirs": "Prendre la leur",
    "Taxes": "Taxes",
    "The catalogue needs the server: %s": "Le catalogue a besoin du serveur : %s",
    "The change could not be saved.": "La modification n’a pas pu être enregistrée.",
    "The server refused a change: %s": "Le serveur a refusé une modification : %s",
    "The server's history is not available offline.": "L’historique du serveur n’est pas disponible hors ligne.",
    "The shipping amount must be a number.": "Les frais de livraison doivent être un nombre.",
    "Theirs (server)": "La leur (serveur)",
    "This computer has no password keychain: the login is kept in a file only you can read (%s).": (
        "Cet ordinateur n’a pas de trousseau de mots de passe : la connexion est gardée dans un fichier"
        " que vous seul pouvez lire (%s)."
    ),
    "Total": "Total",
    "Treasury account": "Compte de trésorerie",
    "Try the demo": "Essayer la démo",
    "Undo edits": "Défaire les modifications",
    "Unit price": "Prix unitaire",
    "Unsaved edits": "Modifications non enregistrées",
    "Variant": "Variante",
    "You are offline. Your edits are kept on this computer and will be sent as soon as the connection returns.": (
        "Vous êtes hors ligne. Vos modifications sont gardées sur cet ordinateur et seront envoyées"
        " dès le retour de la connexion."
    ),
    "The local copy of the orders was damaged. It was set aside and the orders are being fetched again from"
    " Genuka. Your unsent changes are safe.": (
        "La copie locale des commandes était endommagée. Elle a été mise de côté et les commandes sont"
        " de nouveau téléchargées depuis Genuka. Vos modifications non envoyées sont en sécurité."
    ),
    "the email address is not valid.": "l’adresse e-mail n’est pas valide.",
    "the phone number is not valid (digits, optional +).": "le numéro de téléphone n’est pas valide (chiffres, + facultatif).",
    "the text is too long (500 characters at most).": "le texte est trop long (500 caractères au plus).",
    "the date is not valid (for example 2026-11-30 14:00).": "la date n’est pas valide (par exemple 2026-11-30 14:00).",
    "must be a number, 0 or more.": "doit être un nombre, 0 ou plus.",
    "the quantity must be at least 1.": "la quantité doit être au moins 1.",
    "the quantity must be a whole number.": "la quantité doit être un nombre entier.",
    "the quantity is too large.": "la quantité est trop grande.",
    "this order is cancelled; it cannot be changed.": "cette commande est annulée ; elle ne peut plus être modifiée.",
    "required (street, city and country make an address).": "obligatoire (rue, ville et pays font une adresse).",
    "Set a date": "Fixer une date",
    "Check for updates…": "Rechercher une mise à jour…",
    "Check for updates": "Mise à jour",
    "Check for a new version once a day": "Chercher une nouvelle version une fois par jour",
    "Could not check for updates: %s": "Impossible de chercher une mise à jour : %s",
    "Genuka Desk %s is the latest version.": "Genuka Desk %s est la dernière version.",
    "Genuka Desk %s is available (this is %s).": "Genuka Desk %s est disponible (vous avez la %s).",
    "Download": "Télécharger",
    "Later": "Plus tard",
    "Not now": "Pas maintenant",
    "created the order": "a créé la commande",
    "cancelled the order": "a annulé la commande",
    "restored the order": "a restauré la commande",
    "Switch company…": "Changer d’entreprise…",
    "Your account belongs to this company only.": "Votre compte n’appartient qu’à cette entreprise.",
    "Could not switch company: %s": "Impossible de changer d’entreprise : %s",
    "Order": "Commande",
    "the price cannot be negative.": "le prix ne peut pas être négatif.",
    "the price is too large.": "le prix est trop grand.",
    "the price must be a number.": "le prix doit être un nombre.",
    "an order needs at least one line.": "une commande doit avoir au moins une ligne.",
    "Shipping amount: must be a number, 0 or more.": "Frais de livraison : doit être un nombre, 0 ou plus.",
    "Line items": "Lignes de commande",
    "{field}: {problem}": "{field} : {problem}",
    "Log out…": "Se déconnecter…",
    "Log out": "Se déconnecter",
    "Log out of Genuka Desk? The saved key is forgotten on this computer.": (
        "Se déconnecter de Genuka Desk ? La clé enregistrée est oubliée sur cet ordinateur."
    ),
    "%n change(s) were not sent yet. They stay on this computer and are sent after the next login, unless you"
    " delete the local data: then they are lost.": (
        "%n modification(s) pas encore envoyée(s). Elles restent sur cet ordinateur et seront envoyées après la"
        " prochaine connexion, sauf si vous supprimez les données locales : elles seraient alors perdues."
    ),
    "Also delete the orders stored on this computer": "Supprimer aussi les commandes gardées sur cet ordinateur",
    "being sent": "en cours d’envoi",
    "in conflict": "en conflit",
    "refused": "refusée",
    "sent": "envoyée",
    "Product, SKU or barcode…": "Produit, code article ou code-barres…",
    # A queued change in the clerk's words.
    # Status
    "Pending": "En attente",
    "Taken in charge": "Prise en charge",
    "Delivered": "Livrée",
    "Partly delivered": "Livrée en partie",
    "Unknown": "Inconnu",
    "Awaiting payment": "En attente de paiement",
    "Paid": "Payée",
    "Partly paid": "Payée en partie",
    "Unpaid": "Impayée",
    "Canceled": "Annulée",
    "Conflict: a colleague changed the same field": "Conflit : un collègue a modifié le même champ",
    "Refused by the server": "Refusée par le serveur",
    "Waiting to be sent": "En attente d’envoi",
    # Columns
    "Reference": "Référence",
    "Date": "Date",
    "Customer": "Client",
    "Items": "Articles",
    "Source": "Canal",
    "Sync": "Synchro",
    "New order…": "Nouvelle commande…",
    "New order": "Nouvelle commande",
    "Phone or name…": "Téléphone ou nom…",
    "Address": "Adresse",
    "Delivery day": "Jour de livraison",
    "Product, SKU or barcode… (Enter adds it)": "Produit, code article ou code-barres… (Entrée l’ajoute)",
    "A line of your own: title": "Une ligne libre : intitulé",
    "Add": "Ajouter",
    "amount received": "montant reçu",
    "Paid by": "Payé par",
    "Received": "Reçu",
    "Save the sale": "Enregistrer la vente",
    "Cash": "Espèces",
    "Known customer: %s": "Client connu : %s",
    "New customer": "Nouveau client",
    "stock %s": "stock %s",
    "A line of your own needs a title and a price.": "Une ligne libre demande un intitulé et un prix.",
    "Received: must be a number, 0 or more.": "Reçu : doit être un nombre, 0 ou plus.",
    "Choose a customer, or give a name or a phone number.": "Choisissez un client, ou donnez un nom ou un numéro.",
    "The phone number is not valid.": "Le numéro de téléphone n’est pas valide.",
    "The email address is not valid.": "L’adresse e-mail n’est pas valide.",
    "Add at least one product.": "Ajoutez au moins un produit.",
    "A quantity must be at least 1 (remove the line instead).": "Une quantité vaut au moins 1 (retirez la ligne sinon).",
    "A line needs a title.": "Une ligne demande un intitulé.",
    "A delivery needs a street, a city and a country.": "Une livraison demande une rue, une ville et un pays.",
    "Choose how the customer paid.": "Choisissez comment le client a payé.",
    "No account is known for this way of paying: choose one, or sync once to know the accounts.": (
        "Aucun compte n’est connu pour ce moyen de paiement : choisissez-en un, ou synchronisez une fois "
        "pour connaître les comptes."
    ),
    "Change due %s": "Monnaie à rendre %s",
    "Still owed %s": "Reste dû %s",
    "More than the stock: %s": "Plus que le stock : %s",
    "Sale %s kept. Next customer.": "Vente %s enregistrée. Client suivant.",
    "The sale could not be kept.": "La vente n’a pas pu être enregistrée.",
    "Close and lose this sale?": "Fermer et perdre cette vente ?",
    "Sale not saved": "Vente non enregistrée",
    "Show orders without a customer": "Afficher les commandes sans client",
    # The counter: corrections, known addresses, the customer window.
    "%n order(s)": ("%n commande", "%n commandes"),
    "Another address": "Une autre adresse",
    "Balance due %s": "Reste dû %s",
    "Click to copy the number": "Cliquez pour copier le numéro",
    "Correct it and send it again, or discard it.": "Corrigez-la et renvoyez-la, ou abandonnez-la.",
    "Correct the sale, then it is sent again; or discard it.": (
        "Corrigez la vente : elle sera renvoyée ; ou abandonnez-la."
    ),
    "Correct the sale…": "Corriger la vente…",
    "Customer %s": "Client %s",
    "Customers": "Clients",
    "Customers…": "Clients…",
    "Customer…": "Client…",
    "Date of the sale": "Date de la vente",
    "Delivery address": "Adresse de livraison",
    "Discard sale %s? It was never created on the server: its customer, lines and payment "
    "are lost from this computer.": (
        "Abandonner la vente %s ? Elle n’a jamais été créée sur le serveur : son client, ses lignes "
        "et son paiement seront perdus sur cet ordinateur."
    ),
    "Discard the sale?": "Abandonner la vente ?",
    "Discard the sale…": "Abandonner la vente…",
    "Discard this sale…": "Abandonner cette vente…",
    "Find a customer: phone or name…": "Trouver un client : téléphone ou nom…",
    "Known addresses": "Adresses connues",
    "Line %1 (%2)": "Ligne %1 (%2)",
    "Loading the orders…": "Chargement des commandes…",
    "No phone number": "Pas de numéro de téléphone",
    "Nobody chosen yet.": "Aucun client choisi.",
    "Number copied": "Numéro copié",
    "Orders and balance…": "Commandes et solde…",
    "Sale %s (not on the server yet)": "Vente %s (pas encore sur le serveur)",
    "Sale %s corrected; it is sent again.": "Vente %s corrigée ; elle est renvoyée.",
    "Sale %s discarded.": "Vente %s abandonnée.",
    "Send it again": "Renvoyer",
    "Still owed": "Reste dû",
    "The server refused this sale: %s": "Le serveur a refusé cette vente : %s",
    "The server refused this sale:": "Le serveur a refusé cette vente :",
    "This customer is not known here.": "Ce client n’est pas connu ici.",
    "Total spent %s": "Total dépensé %s",
    "WhatsApp": "WhatsApp",
    "into": "sur",
    "product": "produit",
    "title": "intitulé",
    "variant": "variante",
    # Payments.
    "%s still owes %s. Record a payment for it? Only then does Genuka count the money.": (
        "%s doit encore %s. Enregistrer un paiement pour ce montant ? Genuka ne compte l’argent qu’ainsi."
    ),
    "Amount": "Montant",
    "By": "Par",
    "Cash handed over": "Espèces remises",
    "Change due": "Monnaie à rendre",
    "Choose the account the money goes into.": "Choisissez le compte qui reçoit l’argent.",
    "Delete the payment?": "Supprimer le paiement ?",
    "Delete the payment…": "Supprimer le paiement…",
    "Delete this payment? The balance due goes back up. It is undone on the server too.": (
        "Supprimer ce paiement ? Le reste dû remonte. Il est aussi annulé sur le serveur."
    ),
    "Into": "Sur",
    "Only change the status": "Changer seulement le statut",
    "Paid %s · <b>balance due %s</b>": "Payé %s · <b>reste dû %s</b>",
    "Payments": "Paiements",
    "Record a payment…": "Enregistrer un paiement…",
    "Record the payment": "Enregistrer le paiement",
    "Record the payment?": "Enregistrer le paiement ?",
    "Take a payment — %s": "Encaisser — %s",
    "Take a payment…": "Encaisser…",
    "The amount is more than the balance due (%s).": "Le montant dépasse le reste dû (%s).",
    "The amount must be a number, more than 0.": "Le montant doit être un nombre supérieur à 0.",
    "The amount must be more than 0.": "Le montant doit être supérieur à 0.",
    "The cash handed over is less than the amount.": "Les espèces remises sont inférieures au montant.",
    "The cash handed over must be a number.": "Les espèces remises doivent être un nombre.",
    "The payment could not be kept.": "Le paiement n’a pas pu être gardé.",
    "Total %s · paid %s · <b>balance due %s</b>": "Total %s · payé %s · <b>reste dû %s</b>",
    "cash handed over (optional)": "espèces remises (facultatif)",
    "waiting to be sent": "en attente d’envoi",
    "Balance": "Reste dû",
    "Counter (POS)": "Boutique (caisse)",
    "As the computer (%s)": "Comme l’ordinateur (%s)",
    "Changes not sent yet": "Modifications pas encore envoyées",
    "%n change(s) have not reached the Genuka server yet. They are kept on this computer and sent at the next start.": (
        "%n modification n’a pas encore atteint le serveur Genuka. Elle est gardée sur cet ordinateur et envoyée "
        "au prochain démarrage.",
        "%n modifications n’ont pas encore atteint le serveur Genuka. Elles sont gardées sur cet ordinateur et "
        "envoyées au prochain démarrage.",
    ),
    "Send now": "Envoyer maintenant",
    "a paid final invoice fixes the lines: add lines or raise quantities, but do not remove or lower them.": (
        "une facture finale payée fige les lignes : ajoutez des lignes ou augmentez les quantités, sans en retirer "
        "ni en baisser."
    ),
    "Waiting to send": "En attente d’envoi",
    "Keep sending in the background": "Finir l’envoi en arrière-plan",
    "Open Genuka Desk": "Ouvrir Genuka Desk",
    "Genuka Desk: sending the changes, then it quits": "Genuka Desk : envoi des modifications, puis fermeture",
    "For a refusal of the moment: the same change goes out again": (
        "Pour un refus passager : la même modification repart"
    ),
    "Undo this change…": "Annuler cette modification…",
    "Correct the values and save, send it again, or undo it.": (
        "Corrigez les valeurs et enregistrez, renvoyez-la, ou annulez-la."
    ),
    "Undo the refused change? The order goes back to what the server holds.": (
        "Annuler la modification refusée ? La commande revient à ce que le serveur contient."
    ),
    "Undo the change?": "Annuler la modification ?",
    "Send the rest, without the refused part": "Envoyer le reste, sans la partie refusée",
    "Nothing in the catalogue matches.": "Rien dans le catalogue ne correspond.",
    "The catalogue is not on this computer yet: it comes with the next sync.": (
        "Le catalogue n’est pas encore sur cet ordinateur : il arrive avec la prochaine synchronisation."
    ),
    "Today panel": "Tableau du jour",
    "Today": "Aujourd’hui",
    "This week": "Cette semaine",
    "Channel": "Canal",
    "No order this week yet.": "Pas encore de commande cette semaine.",
    "%n new order(s)": ("%n nouvelle commande", "%n nouvelles commandes"),
    " s": " s",
    "Look for new orders every": "Chercher les nouvelles commandes toutes les",
    "Tell me when new orders come in (notification and sound)": (
        "Me prévenir des nouvelles commandes (notification et son)"
    ),
    "Orders with changes not on the server yet": "Commandes avec des modifications pas encore sur le serveur",
    "Refresh everything": "Tout rafraîchir",
    "Fetch every order again from Genuka (repairs a local copy that drifted)": (
        "Reprendre toutes les commandes depuis Genuka (répare une copie locale qui a divergé)"
    ),
    "Keyboard shortcuts": "Raccourcis clavier",
    # Help > Diagnostics (ui/diagnostics_dialog.py)
    "Diagnostics…": "Diagnostic…",
    "Diagnostics": "Diagnostic",
    "Copy": "Copier",
    "Check again": "Vérifier à nouveau",
    "Looking at the server and the local files…": "Examen du serveur et des fichiers locaux…",
    "Needs attention: %s": "À vérifier : %s",
    "Everything looks right.": "Tout est en ordre.",
    "log in again": "reconnectez-vous",
    "the server cannot be reached": "le serveur est injoignable",
    "this computer's clock": "l’horloge de cet ordinateur",
    "the local files": "les fichiers locaux",
    "changes refused or in conflict": "des modifications refusées ou en conflit",
    "not known": "inconnu",
    "%s s": "%s s",
    "%s min": "%s min",
    "%s h": "%s h",
    "%s KB": "%s Ko",
    "%s MB": "%s Mo",
    "%s GB": "%s Go",
    "answers": "répond",
    "cannot be reached": "injoignable",
    "Server: %s (%s)": "Serveur : %s (%s)",
    "no: log in": "non : connectez-vous",
    "the server refused the login: log in again": "le serveur a refusé la connexion : reconnectez-vous",
    "yes, with an API key": "oui, avec une clé d’API",
    "yes, as %s": "oui, en tant que %s",
    "yes": "oui",
    "no": "non",
    "Logged in: %s": "Connecté : %s",
    "Company: %s": "Entreprise : %s",
    "none": "aucune",
    "Shop: %s": "Boutique : %s",
    "none chosen (every shop)": "aucune choisie (toutes les boutiques)",
    "What the server offers: not known yet": "Ce que le serveur propose : pas encore connu",
    "checked now": "vérifié à l’instant",
    "as found on %s": "constaté le %s",
    "(as found on %s)": "(constaté le %s)",
    "What the server offers (%s):": "Ce que le serveur propose (%s) :",
    "Mobile Sync, pull: %s": "Mobile Sync, lecture (pull) : %s",
    "Mobile Sync, push (idempotency key): %s": "Mobile Sync, envoi (push, clé d’idempotence) : %s",
    "Cash control: %s": "Contrôle de caisse : %s",
    "on": "activé",
    "off": "désactivé",
    "Not known because: %s": "Inconnu car : %s",
    "Changes not sent: %s waiting, %s refused, %s in conflict": (
        "Modifications non envoyées : %s en attente, %s refusée(s), %s en conflit"
    ),
    "Orders on this computer: %s": "Commandes sur cet ordinateur : %s",
    "Clock: not known (no answer from the server)": "Horloge : inconnue (pas de réponse du serveur)",
    "Clock: in step with the server (within %s)": "Horloge : à l’heure du serveur (à %s près)",
    "Clock: this computer is %s behind the server": "Horloge : cet ordinateur retarde de %s sur le serveur",
    "Clock: this computer is %s ahead of the server": "Horloge : cet ordinateur avance de %s sur le serveur",
    "Set this computer's clock right (automatic date and time): sales are stamped with its time, and the server "
    "knows a sale again by that second.": (
        "Mettez l’horloge de cet ordinateur à l’heure (date et heure automatiques) : les ventes portent son heure, "
        "et le serveur reconnaît une vente à cette seconde près."
    ),
    "Local files: %s": "Fichiers locaux : %s",
    "sound": "en bon état",
    "the file of unsent changes is DAMAGED: send it to support": (
        "le fichier des modifications non envoyées est ENDOMMAGÉ : envoyez-le au support"
    ),
    "the local copy of the orders is DAMAGED: restart Genuka Desk to fetch it again": (
        "la copie locale des commandes est ENDOMMAGÉE : relancez Genuka Desk pour la récupérer"
    ),
    "damage was seen: the next start checks the local copy and fetches it again": (
        "un dommage a été vu : le prochain démarrage vérifie la copie locale et la récupère"
    ),
    "the disk is nearly full: free some space": "le disque est presque plein : libérez de la place",
    "a damaged copy was set aside: %s": "une copie endommagée a été mise de côté : %s",
    "queue %s, local copy %s": "file %s, copie locale %s",
    "last full check %s": "dernière vérification complète le %s",
    "never fully checked": "jamais vérifiés entièrement",
    "%s free on the disk": "%s libres sur le disque",
    "New order (the counter)": "Nouvelle commande (la caisse)",
    "Search the orders": "Chercher dans les commandes",
    "Enter": "Entrée",
    "Open the order (in the search box: a whole reference opens it)": (
        "Ouvrir la commande (dans la recherche : une référence entière l’ouvre)"
    ),
    "Down": "Bas",
    "From the search box into the list": "De la recherche vers la liste",
    "Esc": "Échap",
    "Clear the search; close a window": "Effacer la recherche ; fermer une fenêtre",
    "Save the order or the sale": "Enregistrer la commande ou la vente",
    "Print the receipt, invoice or delivery slip": "Imprimer le reçu, la facture ou le bon de livraison",
    "Take a payment": "Encaisser",
    "These shortcuts": "Ces raccourcis",
    "Server trouble, retrying": "Le serveur a un problème, nouvel essai",
    # A queued change in the clerk's words.
    "first name": "prénom",
    "last name": "nom",
    "street": "rue",
    "street, line 2": "rue, ligne 2",
    "city": "ville",
    "region": "région",
    "postal code": "code postal",
    "country": "pays",
    "phone": "téléphone",
    "email": "e-mail",
    "a line": "une ligne",
    "unit price": "prix unitaire",
    "Payment of %s (%s)": "Paiement de %s (%s)",
    "Payment deleted": "Paiement supprimé",
    "New sale for %s: %s": "Nouvelle vente pour %s : %s",
    "%s: quantity %s": "%s : quantité %s",
    "%s: unit price %s": "%s : prix unitaire %s",
    "%s: removed": "%s : retirée",
    "Line added: %s × %s": "Ligne ajoutée : %s × %s",
    "No order matches": "Aucune commande ne correspond",
    "Demo: these orders, customers and payments are examples on this computer; they start over at each start.": (
        "Démo : ces commandes, clients et paiements sont des exemples sur cet ordinateur ; ils repartent à zéro à "
        "chaque démarrage."
    ),
    "Genuka Desk — Orders (demo)": "Genuka Desk — Commandes (démo)",
    "Quit anyway": "Quitter quand même",
    "Throw away the edits made in this window?": "Abandonner les modifications faites dans cette fenêtre ?",
    "This order has edits that are not saved.": "Cette commande a des modifications non enregistrées.",
    "Website": "Site web",
    "Genuka dashboard": "Tableau de bord Genuka",
    "Excel import": "Import Excel",
    # Paper: the receipt, the invoice, the delivery slip, and printing them.
    "The server's own invoice, opened in the browser (needs the internet)": (
        "La facture du serveur, ouverte dans le navigateur (internet nécessaire)"
    ),
    "Balance due": "Reste à payer",
    "Amount paid": "Montant payé",
    "Deliver to": "Livrer à",
    "Thank you for your purchase!": "Merci de votre achat !",
    "not sent yet": "pas encore envoyé",
    "Checked": "Vérifié",
    "Delivery day: %s": "Livraison le %s",
    "Delivery slip": "Bon de livraison",
    "Delivery slip, no prices (A5)": "Bon de livraison, sans prix (A5)",
    "Discount": "Remise",
    "Genuka invoice (PDF)": "Facture Genuka (PDF)",
    "Invoice (A4)": "Facture (A4)",
    "Item": "Article",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "Paid in full: nothing to collect.": "Payé en totalité : rien à encaisser.",
    "Picked up at the shop": "Retrait en boutique",
    "Preview…": "Aperçu…",
    "Print %s": "Imprimer %s",
    "Print again": "Réimprimer",
    "Print…": "Imprimer…",
    "Qty": "Qté",
    "Receipt": "Reçu",
    "Receipt, 58 mm roll": "Reçu, rouleau de 58 mm",
    "Receipt, 80 mm roll": "Reçu, rouleau de 80 mm",
    "Receipt, invoice or delivery slip (Ctrl+P)": "Reçu, facture ou bon de livraison (Ctrl+P)",
    "Received in good condition — name and signature:": "Reçu en bon état — nom et signature :",
    "Save as PDF": "Enregistrer en PDF",
    "Save as PDF…": "Enregistrer en PDF…",
    "Saved %s.": "%s enregistré.",
    "Sent to %s.": "Envoyé à %s.",
    "Served by %s": "Servi par %s",
    "Tax number (NIU)": "NIU",
    "Temporary reference: this sale is not on the Genuka server yet.": (
        "Référence provisoire : cette vente n’est pas encore sur le serveur Genuka."
    ),
    "The PDF could not be written: %s": "Le PDF n’a pas pu être écrit : %s",
    "This sale is not on the server yet: it prints under its temporary reference.": (
        "Cette vente n’est pas encore sur le serveur : elle s’imprime sous sa référence provisoire."
    ),
    "To collect on delivery: %s": "À encaisser à la livraison : %s",
    "Trade register (RCCM)": "RCCM",
    "Marked paid, but %s is still owed (the total rose after the payment). Record the missing payment, or set "
    "the payment status to Partly paid.": (
        "Marquée payée, mais %s reste dû (le total a augmenté après le paiement). Encaissez le paiement manquant, "
        "ou passez le paiement à « Payée en partie »."
    ),
    "Marked partly paid, but no payment is recorded. Record the payment the customer made, or set the payment "
    "status back to Awaiting payment.": (
        "Marquée payée en partie, mais aucun paiement n’est enregistré. Encaissez le paiement que le client a fait, "
        "ou remettez le paiement à « En attente de paiement »."
    ),
    "Marked as not paid in full, but the payments cover the total. Set the payment status to Paid.": (
        "Marquée comme non payée en totalité, mais les paiements couvrent le total. Passez le paiement à « Payée »."
    ),
    "No payment is recorded on %n selected order(s). An order is partly paid once a payment is recorded on it: "
    "take a payment on each (Edit > Take a payment…); the status follows.": (
        "Aucun paiement n’est enregistré sur %n commande sélectionnée. Une commande est payée en partie une fois "
        "un paiement enregistré : encaissez sur chacune (Édition > Encaisser…) ; le statut suit.",
        "Aucun paiement n’est enregistré sur %n commandes sélectionnées. Une commande est payée en partie une fois "
        "un paiement enregistré : encaissez sur chacune (Édition > Encaisser…) ; le statut suit.",
    ),
    "Orders whose change was refused or is in conflict, or whose payment status disagrees with the balance": (
        "Commandes dont une modification a été refusée ou est en conflit, ou dont le statut de paiement ne "
        "correspond pas au reste dû"
    ),
    "What customers still owe on sales orders and invoices (cancelled orders, cancelled payments and quotations "
    "left out)": (
        "Ce que les clients doivent encore sur les bons de commande et les factures (commandes annulées, paiements "
        "annulés et devis exclus)"
    ),
    "How much has the customer paid? Once this payment is recorded, the order is partly paid.": (
        "Combien le client a-t-il payé ? Une fois ce paiement enregistré, la commande est payée en partie."
    ),
}


def _more_books() -> None:
    """Add the phrase books kept beside this one, one per area (``fr_<area>.py``, each a ``FR`` dict)."""
    for book in sorted(Path(__file__).parent.glob("fr_*.py")):
        scope: dict[str, object] = {}
        exec(compile(book.read_text(encoding="utf-8"), str(book), "exec"), scope)  # our own phrase files
        phrases = scope.get("FR")
        if isinstance(phrases, dict):
            FR.update(phrases)


_more_books()


def fill(ts_path: Path) -> list[str]:
    """Write the French texts into ``ts_path``; returns the sources left untranslated."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        french = FR.get(source)
        if french is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = french if isinstance(french, tuple) else (french, french)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = french if isinstance(french, str) else french[0]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]))
    for source in left:
        print(f"untranslated: {source!r}")
    sys.exit(1 if left else 0)

"""French for the till in the desktop (issue 35): its bar, the count dialogs, the till window, the Z report on
paper, the till's held reasons (ui/till/*.py, ui/held_words.py, ui/window_menus.py)."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The menu and the bar.
    "&Till": "&Caisse",
    "Open the till…": "Ouvrir la caisse…",
    "Close the till…": "Fermer la caisse…",
    "Till and Z reports…": "Caisse et rapports Z…",
    "The till and its Z reports": "La caisse et ses rapports Z",
    "This login only reads: it does not open or close the till.": (
        "Cette connexion ne fait que consulter : elle n’ouvre ni ne ferme la caisse."
    ),
    "Till open since %s · should hold %s": "Caisse ouverte depuis %s · doit contenir %s",
    "Not all on the server yet: the desk's own count.": "Pas encore tout sur le serveur : le compte du poste.",
    "Till closed": "Caisse fermée",
    "Open the till to start a shift (Till menu).": "Ouvrez la caisse pour commencer un service (menu Caisse).",
    "No cash control": "Pas de contrôle de caisse",
    "Till: waiting for your decision": "Caisse : en attente de votre décision",
    "Till: waiting for a manager's approval": "Caisse : en attente de l’accord d’un responsable",
    "Open the till window to see it.": "Ouvrez la fenêtre de la caisse pour le voir.",
    "Till closed · %s counted · not sent yet": "Caisse fermée · %s comptés · pas encore envoyée",
    "The close is sent to Genuka as soon as the connection allows.": (
        "La fermeture est envoyée à Genuka dès que la connexion le permet."
    ),
    # Where a session stands, the reasons for a difference.
    "Open": "Ouverte",
    "Closed here, not sent yet": "Fermée ici, pas encore envoyée",
    "Waiting for a manager's approval": "En attente de l’accord d’un responsable",
    "Rejected: count again": "Refusée : recompter",
    "Rounding (no small change)": "Arrondi (pas de petite monnaie)",
    "Mistake in the change given": "Erreur de rendu de monnaie",
    "Error in the system": "Erreur du système",
    "Cash found": "Espèces trouvées",
    "Other (say why in the notes)": "Autre (dites pourquoi dans les notes)",
    "Cash control is off for this company on Genuka: the till is not used, and sales go on as before. "
    "A manager can turn it on in the Genuka dashboard (company settings).": (
        "Le contrôle de caisse est désactivé pour cette entreprise sur Genuka : la caisse n’est pas utilisée, et "
        "les ventes continuent comme avant. Un responsable peut l’activer dans le tableau de bord Genuka "
        "(paramètres de l’entreprise)."
    ),
    # The count dialogs.
    "Open the till": "Ouvrir la caisse",
    "Close the till": "Fermer la caisse",
    "Count the cash in the drawer: how many of each bill and coin (Tab to go on).": (
        "Comptez les espèces du tiroir : combien de chaque billet et de chaque pièce (Tab pour passer au suivant)."
    ),
    "Cash account": "Compte de caisse",
    "Notes (optional)": "Notes (facultatif)",
    "Notes": "Notes",
    "Notes (optional; say more when the count differs)": "Notes (facultatif ; précisez quand le compte diffère)",
    "The bills and coins are not known yet: sync once with the server.": (
        "Les billets et pièces ne sont pas encore connus : synchronisez une fois avec le serveur."
    ),
    "Bill or coin": "Billet ou pièce",
    "Total counted": "Total compté",
    "bill": "billet",
    "coin": "pièce",
    "Quantity of %s": "Quantité de %s",
    "The till should hold": "La caisse devrait contenir",
    "Counted": "Compté",
    "Choose why the count differs…": "Choisissez pourquoi le compte diffère…",
    "None: the count is right": "Aucun : le compte est juste",
    "+%s (more than it should hold)": "+%s (plus que prévu)",
    "−%s (missing)": "−%s (manquant)",
    "The count differs from what the till should hold: choose a reason.": (
        "Le compte diffère de ce que la caisse devrait contenir : choisissez un motif."
    ),
    "Done": "Terminé",
    # After a close.
    "Z report: print or save as PDF…": "Rapport Z : imprimer ou enregistrer en PDF…",
    "Till closed with %s counted.": "Caisse fermée avec %s comptés.",
    "The close is sent to Genuka as soon as the connection allows; its answer shows here.": (
        "La fermeture est envoyée à Genuka dès que la connexion le permet ; sa réponse s’affiche ici."
    ),
    "Waiting for a manager's approval.": "En attente de l’accord d’un responsable.",
    "The count differs from what the till should hold: a manager approves or rejects it.": (
        "Le compte diffère de ce que la caisse devrait contenir : un responsable l’approuve ou le refuse."
    ),
    "The till is open again: a manager rejected the count.": (
        "La caisse est de nouveau ouverte : un responsable a refusé le compte."
    ),
    "Count the drawer again, then close the till.": "Recomptez le tiroir, puis fermez la caisse.",
    "Till closed: Genuka has the count (%s).": "Caisse fermée : Genuka a le compte (%s).",
    "Reason given: %s": "Motif donné : %s",
    # The till window.
    "Till and Z reports": "Caisse et rapports Z",
    "The till now": "La caisse maintenant",
    "Cash in": "Entrées d’espèces",
    "Should hold": "Doit contenir",
    "The till is not known yet: sync once with the server.": (
        "La caisse n’est pas encore connue : synchronisez une fois avec le serveur."
    ),
    "The till is closed. Open it to start a shift.": "La caisse est fermée. Ouvrez-la pour commencer un service.",
    "%s, by %s": "%s, par %s",
    "%n operation(s) of this till not sent yet": (
        "%n opération de cette caisse pas encore envoyée",
        "%n opérations de cette caisse pas encore envoyées",
    ),
    "out %s": "sorties %s",
    "Z report of this session…": "Rapport Z de ce service…",
    "Sessions of this desk": "Services de ce poste",
    "Status": "État",
    "Print or save this session's Z report": "Imprimer ou enregistrer le rapport Z de ce service",
    "Waiting for a manager: the count of %s (%s) differs by %s. Reason given: %s.": (
        "En attente d’un responsable : le compte de %s (%s) diffère de %s. Motif donné : %s."
    ),
    "Take over that session": "Reprendre ce service",
    "Go on with the session open on the server; this desk's opening count is dropped": (
        "Continuer le service ouvert sur le serveur ; le comptage d’ouverture de ce poste est abandonné"
    ),
    "Discard my opening": "Annuler mon ouverture",
    "Discard this close": "Annuler cette fermeture",
    # A manager's review.
    "Approve the count…": "Approuver le compte…",
    "Reject: count again…": "Refuser : recompter…",
    "Approve the count": "Approuver le compte",
    "Notes (optional):": "Notes (facultatif) :",
    "Reject the count": "Refuser le compte",
    "Why? The clerk reads it before counting again:": "Pourquoi ? Le caissier le lit avant de recompter :",
    "Say why the count is rejected: the clerk reads it before counting again.": (
        "Dites pourquoi le compte est refusé : le caissier le lit avant de recompter."
    ),
    "Approving or rejecting a count needs the server: connect, then try again.": (
        "Approuver ou refuser un compte demande le serveur : connectez-vous, puis réessayez."
    ),
    # The till's refusals.
    "The server cannot be reached now: try again when the connection is back.": (
        "Le serveur est injoignable pour l’instant : réessayez quand la connexion sera revenue."
    ),
    "Your login may not do this: a manager's login can (the permission comes from Genuka).": (
        "Votre connexion ne le permet pas : celle d’un responsable le peut (la permission vient de Genuka)."
    ),
    "No cash account is known yet: sync once with the server, then open the till.": (
        "Aucun compte de caisse n’est encore connu : synchronisez une fois avec le serveur, puis ouvrez la caisse."
    ),
    "This account does not take cash: pick the till's cash account.": (
        "Ce compte ne reçoit pas d’espèces : choisissez le compte de caisse."
    ),
    "The till is already open on this account: close it before opening another.": (
        "La caisse est déjà ouverte sur ce compte : fermez-la avant d’en ouvrir une autre."
    ),
    "The till is not open.": "La caisse n’est pas ouverte.",
    "A quantity cannot be negative.": "Une quantité ne peut pas être négative.",
    "This count names a bill or coin the till does not know: sync, then count again.": (
        "Ce compte nomme un billet ou une pièce que la caisse ne connaît pas : synchronisez, puis recomptez."
    ),
    "No opening waits for the till open on the server.": (
        "Aucune ouverture n’attend à cause de la caisse ouverte sur le serveur."
    ),
    "No session is open on the server for this till any more: retry the opening.": (
        "Plus aucun service n’est ouvert sur le serveur pour cette caisse : renvoyez l’ouverture."
    ),
    "This session has not reached the server yet: sync first.": (
        "Ce service n’est pas encore arrivé sur le serveur : synchronisez d’abord."
    ),
    "Say why the closure is rejected: the clerk reads it before counting again.": (
        "Dites pourquoi la fermeture est refusée : le caissier le lit avant de recompter."
    ),
    "This till may already be open on the server: it cannot be dropped before a check.": (
        "Cette caisse est peut-être déjà ouverte sur le serveur : elle ne peut pas être annulée avant une vérification."
    ),
    "This close may already be on the server: it cannot be dropped before a check.": (
        "Cette fermeture est peut-être déjà sur le serveur : elle ne peut pas être annulée avant une vérification."
    ),
    # The till's held reasons (ui/held_words.py).
    "Not opened: the till is already open on the server (opened by {who} at {at}, with {start}). Take over "
    "that session, or discard this opening.": (
        "Pas ouverte : la caisse est déjà ouverte sur le serveur (ouverte par {who} le {at}, avec {start}). "
        "Reprenez ce service, ou annulez cette ouverture."
    ),
    "Not closed: the server shows this till {status} already (counted {counted}). Discard this close to see "
    "the server's, or ask a manager to reject that closure and count again.": (
        "Pas fermée : le serveur montre déjà cette caisse {status} (comptée {counted}). Annulez cette fermeture "
        "pour voir celle du serveur, ou demandez à un responsable de refuser cette fermeture et recomptez."
    ),
    "Not closed: this till's opening never reached the server. Open it there first, or discard both.": (
        "Pas fermée : l’ouverture de cette caisse n’est jamais arrivée sur le serveur. Ouvrez-la d’abord, ou "
        "annulez les deux."
    ),
    "open": "ouverte",
    "waiting for a manager's approval": "en attente de l’accord d’un responsable",
    "closed": "fermée",
    "rejected": "refusée",
    # The Z report on paper.
    "z-report-{day}-{session}.pdf": "rapport-z-{day}-{session}.pdf",
    "Preparing the Z report…": "Préparation du rapport Z…",
    "Provisional: made from this computer's copy, not synced with Genuka yet.": (
        "Provisoire : fait depuis la copie de cet ordinateur, pas encore synchronisé avec Genuka."
    ),
    "PROVISIONAL: made from this computer's copy, not synced with Genuka yet.": (
        "PROVISOIRE : fait depuis la copie de cet ordinateur, pas encore synchronisé avec Genuka."
    ),
    "A4 page": "Page A4",
    "Receipt roll, 80 mm": "Rouleau de tickets, 80 mm",
    "Receipt roll, 58 mm": "Rouleau de tickets, 58 mm",
    "Till %s, session %s: %s; it should hold %s.": "Caisse %s, service %s : %s ; elle devrait contenir %s.",
    "still open": "encore ouverte",
    "Cash in (cash payments)": "Entrées (paiements en espèces)",
    "Cash out (refunds, pay-outs, expenses)": "Sorties (remboursements, retraits, dépenses)",
    "of which refunds": "dont remboursements",
    "Approved by": "Approuvé par",
    "Made on %s": "Fait le %s",
}

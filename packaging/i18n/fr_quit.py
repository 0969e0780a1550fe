"""French for the question asked when quitting with changes not sent (ui/quit_dialog.py)."""

FR: dict[str, str | tuple[str, str]] = {
    "%n change(s) have not reached the Genuka server yet.": (
        "%n modification n’a pas encore atteint le serveur Genuka.",
        "%n modifications n’ont pas encore atteint le serveur Genuka.",
    ),
    "Sending did not work: the server cannot be reached (no internet connection?).": (
        "L’envoi n’a pas marché : le serveur est injoignable (pas de connexion internet ?)."
    ),
    "Sending did not work: %s": "L’envoi n’a pas marché : %s",
    "The server cannot be reached now: Send now can only try once more.": (
        "Le serveur est injoignable pour le moment : « Envoyer maintenant » ne peut qu’essayer une fois de plus."
    ),
    "%n change(s) wait on this computer: nothing is lost, they are sent as soon as the server answers, "
    "at the latest at the next start.": (
        "%n modification attend sur cet ordinateur : rien n’est perdu, elle part dès que le serveur répond, "
        "au plus tard au prochain démarrage.",
        "%n modifications attendent sur cet ordinateur : rien n’est perdu, elles partent dès que le serveur "
        "répond, au plus tard au prochain démarrage.",
    ),
    "%n change(s) were refused by the server: they are not sent on their own. They wait for you to correct "
    "them and choose Retry (Needs attention, then right-click the order).": (
        "%n modification a été refusée par le serveur : elle ne part pas d’elle-même. Elle vous attend : "
        "corrigez-la puis choisissez Réessayer (À traiter, puis clic droit sur la commande).",
        "%n modifications ont été refusées par le serveur : elles ne partent pas d’elles-mêmes. Elles vous "
        "attendent : corrigez-les puis choisissez Réessayer (À traiter, puis clic droit sur la commande).",
    ),
    "%n change(s) clash with a colleague's edit: they wait for your choice in the order.": (
        "%n modification est en conflit avec celle d’un collègue : elle attend votre choix dans la commande.",
        "%n modifications sont en conflit avec celles d’un collègue : elles attendent votre choix dans la commande.",
    ),
    "Send now: try to send the waiting changes, then quit if they all went.": (
        "Envoyer maintenant : essaie d’envoyer les modifications en attente, puis quitte si toutes sont parties."
    ),
    "Keep sending in the background: the window closes, an icon stays near the clock until the waiting "
    "changes are sent, then the program quits.": (
        "Finir l’envoi en arrière-plan : la fenêtre se ferme, une icône reste près de l’horloge jusqu’à "
        "l’envoi des modifications en attente, puis le programme se ferme."
    ),
    "Quit anyway: every change stays on this computer, for the next start.": (
        "Quitter quand même : chaque modification reste sur cet ordinateur, pour le prochain démarrage."
    ),
}

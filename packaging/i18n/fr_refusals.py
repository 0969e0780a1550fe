"""French for the refusals and errors the desk knows (ui/refusal_words.py)."""

FR: dict[str, str | tuple[str, str]] = {
    "The server refused this change.": "Le serveur a refusé cette modification.",
    "This order no longer exists on the server.": "Cette commande n’existe plus sur le serveur.",
    "The server answered but did not apply: %s. Check the order, then retry or discard the change.": (
        "Le serveur a répondu sans appliquer : %s. Vérifiez la commande, puis réessayez ou annulez la modification."
    ),
    "Not sent after %s tries: %s": "Non envoyée après %s essais : %s",
    "Your session has expired. Please log in again.": "Votre session a expiré. Reconnectez-vous.",
    "You are not allowed to do this.": "Vous n’avez pas le droit de faire cela.",
    "The server refused the data.": "Le serveur a refusé les données.",
    "The server asks for the company: check the company in the login settings, then log in again.": (
        "Le serveur demande l’entreprise : vérifiez l’entreprise dans les réglages de connexion, puis reconnectez-vous."
    ),
    "Only a pending invoice can be deleted.": "Seule une facture en attente peut être supprimée.",
    "The Genuka server had a problem.": "Le serveur Genuka a eu un problème.",
    "The Genuka server answered with an error.": "Le serveur Genuka a répondu par une erreur.",
    "Your session has expired or the credentials are wrong. Please log in again.": (
        "Votre session a expiré ou les identifiants sont faux. Reconnectez-vous."
    ),
    "Not found on the server.": "Introuvable sur le serveur.",
    "The server does not know this address: check the server address in the login settings.": (
        "Le serveur ne connaît pas cette adresse : vérifiez l’adresse du serveur dans les réglages de connexion."
    ),
    "The server is busy (too many requests). Trying again shortly.": (
        "Le serveur est occupé (trop de requêtes). Nouvel essai dans un instant."
    ),
    "The Genuka server had a problem. Trying again shortly.": (
        "Le serveur Genuka a eu un problème. Nouvel essai dans un instant."
    ),
    "Cannot reach the Genuka server. Check the internet connection.": (
        "Impossible de joindre le serveur Genuka. Vérifiez la connexion internet."
    ),
    "The server sent something unexpected.": "Le serveur a envoyé une réponse inattendue.",
    "The server could not add the payment.": "Le serveur n’a pas pu ajouter le paiement.",
    "“%s”": "« %s »",
    "The server refused a change (%s): %s": "Le serveur a refusé une modification (%s) : %s",
}

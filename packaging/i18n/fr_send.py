"""French for "Send to the customer" (issue 36): the dialog, its entries, the WhatsApp message, the queue's words."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The dialog and where it is offered.
    "Send to the customer…": "Envoyer au client…",
    "By Genuka's e-mail, or WhatsApp with the receipt's link": (
        "Par l’e-mail de Genuka, ou WhatsApp avec le lien du reçu"
    ),
    "The sale just saved, by Genuka's e-mail or WhatsApp": (
        "La vente qui vient d’être enregistrée, par l’e-mail de Genuka ou WhatsApp"
    ),
    "Send %s to the customer": "Envoyer %s au client",
    "this customer": "ce client",
    "Order %s, for %s": "Commande %s, pour %s",
    "&E-mail by Genuka to %s": "&E-mail par Genuka à %s",
    "Genuka's order confirmation. It goes once the order is on the server, and never twice.": (
        "La confirmation de commande de Genuka. Elle part une fois la commande sur le serveur, et jamais deux fois."
    ),
    "&E-mail by Genuka: this customer has no e-mail address": (
        "&E-mail par Genuka : ce client n’a pas d’adresse e-mail"
    ),
    "&WhatsApp to %s": "&WhatsApp au %s",
    "&WhatsApp: this customer has no phone number": "&WhatsApp : ce client n’a pas de numéro de téléphone",
    "Receipt": "Reçu",
    "Invoice": "Facture",
    "Send &as:": "Envoyer &comme :",
    "French": "Français",
    "English": "Anglais",
    "In the &language:": "Dans la &langue :",
    "The WhatsApp message:": "Le message WhatsApp :",
    "This sale is not on Genuka yet: the link to its receipt comes after the sync. The e-mail waits for it "
    "and goes then.": (
        "Cette vente n’est pas encore sur Genuka : le lien vers son reçu viendra après la synchronisation. "
        "L’e-mail l’attend et part alors."
    ),
    "&Send": "En&voyer",
    "The e-mail could not be queued.": "L’e-mail n’a pas pu être mis en file.",
    # The WhatsApp message, in the customer's language.
    "Hello %s,": "Bonjour %s,",
    "Hello,": "Bonjour,",
    "Here is your receipt for order %s from %s:": "Voici votre reçu pour la commande %s chez %s :",
    "Here is your invoice for order %s from %s:": "Voici votre facture pour la commande %s chez %s :",
    "- %s × %s: %s": "- %s × %s : %s",
    "Discount: %s": "Remise : %s",
    "Delivery: %s": "Livraison : %s",
    "Total: %s": "Total : %s",
    "Paid: %s": "Payé : %s",
    "Still to pay: %s": "Reste à payer : %s",
    "Your receipt: %s": "Votre reçu : %s",
    "Your invoice (PDF): %s": "Votre facture (PDF) : %s",
    "Thank you for your purchase!": "Merci pour votre achat !",
    # The queue's words, and why an e-mail waits for the clerk.
    "Order e-mailed to the customer, in French": "Commande envoyée au client par e-mail, en français",
    "Order e-mailed to the customer, in English": "Commande envoyée au client par e-mail, en anglais",
    "This e-mail to the customer was sent without an answer: it may have reached them. It is not sent again "
    "by itself (they would get it twice). Ask the customer, then retry it or discard it.": (
        "Cet e-mail au client a été envoyé sans réponse : il l’a peut-être reçu. Il n’est pas renvoyé de lui-même "
        "(le client le recevrait deux fois). Demandez au client, puis renvoyez-le ou annulez-le."
    ),
    "The server could not deliver every e-mail of this order ({reason}); some may have gone. It is not sent "
    "again by itself: ask the customer, then retry it or discard it.": (
        "Le serveur n’a pas pu remettre tous les e-mails de cette commande ({reason}) ; certains sont peut-être "
        "partis. Il n’est pas renvoyé de lui-même : demandez au client, puis renvoyez-le ou annulez-le."
    ),
}

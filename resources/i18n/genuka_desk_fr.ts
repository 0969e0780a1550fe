<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressesPart</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/addresses_part.py" line="30" />
        <source>Shipping same as billing</source>
        <translation>Livraison à l’adresse de facturation</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <location filename="../../genuka_desk/ui/banners.py" line="34" />
        <source>Read only: your account may not change orders.</source>
        <translation>Lecture seule : votre compte ne peut pas modifier les commandes.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/banners.py" line="39" />
        <source>The local copy of the orders was damaged. It was set aside and the orders are being fetched again from Genuka. Your unsent changes are safe.</source>
        <translation>La copie locale des commandes était endommagée. Elle a été mise de côté et les commandes sont de nouveau téléchargées depuis Genuka. Vos modifications non envoyées sont en sécurité.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/banners.py" line="46" />
        <source>Demo: these orders, customers and payments are examples on this computer; they start over at each start.</source>
        <translation>Démo : ces commandes, clients et paiements sont des exemples sur cet ordinateur ; ils repartent à zéro à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/banners.py" line="62" />
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/banners.py" line="62" />
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
</context>
<context>
    <name>BillingPart</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="46" />
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="52" />
        <source>Payment status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="53" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="54" />
        <source>Treasury account</source>
        <translation>Compte de trésorerie</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="60" />
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="64" />
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="65" />
        <source>Pickup</source>
        <translation>Retrait en boutique</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="69" />
        <source>Fulfilment status</source>
        <translation>Statut de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="70" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="72" />
        <source>Shipping amount</source>
        <translation>Frais de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/billing_part.py" line="73" />
        <source>Scheduled</source>
        <translation>Prévue le</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/bulk_dialog.py" line="16" />
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/bulk_dialog.py" line="18" />
        <source>%n selected order(s)</source>
        <translation><numerusform>%n commande sélectionnée</numerusform><numerusform>%n commandes sélectionnées</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/bulk_dialog.py" line="22" />
        <source>(no change)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/bulk_dialog.py" line="25" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/bulk_dialog.py" line="26" />
        <source>Fulfilment</source>
        <translation>Livraison</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="33" />
        <source>a line</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="36" />
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="39" />
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="43" />
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="44" />
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="67" />
        <source>Payment of %s (%s)</source>
        <translation>Paiement de %s (%s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="70" />
        <source>Payment deleted</source>
        <translation>Paiement supprimé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="73" />
        <source>New sale for %s: %s</source>
        <translation>Nouvelle vente pour %s : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="57" />
        <source>%s: %s</source>
        <translation>%s : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="60" />
        <source>%s: quantity %s</source>
        <translation>%s : quantité %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="63" />
        <source>%s: unit price %s</source>
        <translation>%s : prix unitaire %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="76" />
        <source>Till opened with %s</source>
        <translation>Caisse ouverte avec %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="79" />
        <source>Till closed, %s counted</source>
        <translation>Caisse fermée, %s comptés</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="83" />
        <source>Order e-mailed to the customer, in French</source>
        <translation>Commande envoyée au client par e-mail, en français</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="84" />
        <source>Order e-mailed to the customer, in English</source>
        <translation>Commande envoyée au client par e-mail, en anglais</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="87" />
        <source>Return of %s</source>
        <translation>Retour de %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="90" />
        <source>Return approved, the total lowered by %s</source>
        <translation>Retour approuvé, le total baissé de %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="93" />
        <source>%s handed back (%s)</source>
        <translation>%s rendu (%s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="96" />
        <source>%s: removed</source>
        <translation>%s : retirée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/change_words.py" line="99" />
        <source>Line added: %s × %s</source>
        <translation>Ligne ajoutée : %s × %s</translation>
    </message>
</context>
<context>
    <name>CloseAnswer</name>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="43" />
        <source>Z report: print or save as PDF…</source>
        <translation>Rapport Z : imprimer ou enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="55" />
        <source>Till closed with %s counted.</source>
        <translation>Caisse fermée avec %s comptés.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="56" />
        <source>The close is sent to Genuka as soon as the connection allows; its answer shows here.</source>
        <translation>La fermeture est envoyée à Genuka dès que la connexion le permet ; sa réponse s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="58" />
        <source>Waiting for a manager's approval.</source>
        <translation>En attente de l’accord d’un responsable.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="60" />
        <source>The count differs by %s from what the till should hold.</source>
        <translation>Écart de %s avec ce que la caisse devrait contenir.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="64" />
        <source>A manager approves or rejects it in %s (%s).</source>
        <translation>Un responsable l’approuve ou le refuse dans « %s » (%s).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="66" />
        <source>The till is open again: a manager rejected the count.</source>
        <translation>La caisse est de nouveau ouverte : un responsable a refusé le compte.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="67" />
        <source>Count the drawer again, then close the till.</source>
        <translation>Recomptez le tiroir, puis fermez la caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="69" />
        <source>Till closed: Genuka has the count (%s).</source>
        <translation>Caisse fermée : Genuka a le compte (%s).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="75" />
        <source>Reason given: %s</source>
        <translation>Motif donné : %s</translation>
    </message>
</context>
<context>
    <name>CloseTillDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="66" />
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="108" />
        <source>Close the till</source>
        <translation>Fermer la caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="73" />
        <source>Count the cash in the drawer: how many of each bill and coin (Tab to go on).</source>
        <translation>Comptez les espèces du tiroir : combien de chaque billet et de chaque pièce (Tab pour passer au suivant).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="82" />
        <source>The till should hold</source>
        <translation>La caisse devrait contenir</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="83" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="84" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="92" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="97" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="127" />
        <source>The till is not open.</source>
        <translation>La caisse n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="151" />
        <source>Not all on the server yet: the desk's own count.</source>
        <translation>Pas encore tout sur le serveur : le compte du poste.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="156" />
        <source>None: the count is right</source>
        <translation>Aucun : le compte est juste</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="159" />
        <source>+%s (more than it should hold)</source>
        <translation>+%s (plus que prévu)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="162" />
        <source>−%s (missing)</source>
        <translation>−%s (manquant)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="99" />
        <source>The count differs from what the till should hold: choose a reason.</source>
        <translation>Le compte diffère de ce que la caisse devrait contenir : choisissez un motif.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="88" />
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="94" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="95" />
        <source>Say more when the count differs: what happened, who saw it.</source>
        <translation>Précisez quand le compte diffère : ce qui s’est passé, qui l’a vu.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_dialog.py" line="211" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>CodesShown</name>
    <message>
        <location filename="../../genuka_desk/ui/discount/codes.py" line="54" />
        <source>Remove the code %1</source>
        <translation>Retirer le code %1</translation>
    </message>
</context>
<context>
    <name>ConflictPart</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="30" />
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="73" />
        <source>A colleague changed the same fields</source>
        <translation>Un collègue a modifié les mêmes champs</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="36" />
        <source>This change was sent without an answer, and the order was changed on the server since: it may have been made and then changed back by a colleague. Check the order, then choose.</source>
        <translation>Cette modification a été envoyée sans réponse, et la commande a été modifiée sur le serveur depuis : elle a peut-être été faite puis annulée par un collègue. Vérifiez la commande, puis choisissez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="46" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="46" />
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="46" />
        <source>Theirs (server)</source>
        <translation>La leur (serveur)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="50" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="51" />
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/conflict_part.py" line="71" />
        <source>Sent without an answer, then changed on the server</source>
        <translation>Envoyée sans réponse, puis modifiée sur le serveur</translation>
    </message>
</context>
<context>
    <name>CountTable</name>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="64" />
        <source>Bill or coin</source>
        <translation>Billet ou pièce</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="64" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="64" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="80" />
        <source>Quantity of %s</source>
        <translation>Quantité de %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="92" />
        <source>Total counted</source>
        <translation>Total compté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="100" />
        <source>bill</source>
        <translation>billet</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/count_table.py" line="100" />
        <source>coin</source>
        <translation>pièce</translation>
    </message>
</context>
<context>
    <name>CounterWords</name>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="23" />
        <source>Choose a customer, or give a name or a phone number.</source>
        <translation>Choisissez un client, ou donnez un nom ou un numéro.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="24" />
        <source>The phone number is not valid.</source>
        <translation>Le numéro de téléphone n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="25" />
        <source>The email address is not valid.</source>
        <translation>L’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="26" />
        <source>Add at least one product.</source>
        <translation>Ajoutez au moins un produit.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="27" />
        <source>A quantity must be at least 1 (remove the line instead).</source>
        <translation>Une quantité vaut au moins 1 (retirez la ligne sinon).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="28" />
        <source>A line needs a title.</source>
        <translation>Une ligne demande un intitulé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="29" />
        <source>A delivery needs a street, a city and a country.</source>
        <translation>Une livraison demande une rue, une ville et un pays.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="30" />
        <source>Choose how the customer paid.</source>
        <translation>Choisissez comment le client a payé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="32" />
        <source>No account is known for this way of paying: choose one, or sync once to know the accounts.</source>
        <translation>Aucun compte n’est connu pour ce moyen de paiement : choisissez-en un, ou synchronisez une fois pour connaître les comptes.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="43" />
        <source>Sale %1 saved, partly paid (still owed %2). Next customer.</source>
        <translation>Vente %1 enregistrée, payée en partie (reste dû %2). Client suivant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="45" />
        <source>Sale %1 saved, not paid (still owed %2). Next customer.</source>
        <translation>Vente %1 enregistrée, non payée (reste dû %2). Client suivant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="48" />
        <source>Sale %1 saved. Change due: %2. Next customer.</source>
        <translation>Vente %1 enregistrée. Monnaie à rendre : %2. Client suivant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="50" />
        <source>Sale %s saved. Next customer.</source>
        <translation>Vente %s enregistrée. Client suivant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="59" />
        <source>It goes to Genuka as soon as it can, and Genuka gives it its own number there; searching %1 in the list always finds it.</source>
        <translation>Elle part vers Genuka dès que possible, et Genuka lui donne son propre numéro ; chercher %1 dans la liste la retrouve toujours.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="63" />
        <source>Sent to Genuka: it is %2 in the list (searching %1 finds it too).</source>
        <translation>Envoyée à Genuka : c’est %2 dans la liste (chercher %1 la retrouve aussi).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="68" />
        <source>Discard the sale?</source>
        <translation>Abandonner la vente ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="74" />
        <source>Discard sale %s? It was never created on the server: its customer, lines and payment are lost from this computer.</source>
        <translation>Abandonner la vente %s ? Elle n’a jamais été créée sur le serveur : son client, ses lignes et son paiement seront perdus sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="87" />
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="88" />
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="89" />
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="90" />
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="91" />
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="93" />
        <source>Line %1 (%2)</source>
        <translation>Ligne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="96" />
        <location filename="../../genuka_desk/ui/counter/words.py" line="97" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="98" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="99" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="100" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="101" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="102" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="103" />
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="104" />
        <source>Delivery mode</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="105" />
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="106" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="107" />
        <source>Address line 2</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="108" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="109" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="110" />
        <source>Delivery day</source>
        <translation>Jour de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="111" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="112" />
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="113" />
        <source>Treasury account</source>
        <translation>Compte de trésorerie</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="114" />
        <source>Source</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="115" />
        <source>Date of the sale</source>
        <translation>Date de la vente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="127" />
        <source>The server refused this sale:</source>
        <translation>Le serveur a refusé cette vente :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="127" />
        <source>The server refused this sale: %s</source>
        <translation>Le serveur a refusé cette vente : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/words.py" line="130" />
        <source>Correct it and send it again, or discard it.</source>
        <translation>Corrigez-la et renvoyez-la, ou abandonnez-la.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../genuka_desk/ui/desk_locker.py" line="50" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>CreditBookModel</name>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="92" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="93" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="94" />
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="95" />
        <source>Unpaid orders</source>
        <translation>Commandes impayées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="96" />
        <source>Oldest unpaid</source>
        <translation>Plus ancienne impayée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="97" />
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="98" />
        <source>Last payment</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="123" />
        <source>Days since the oldest unpaid order's due date when it has one, else since its date (—: not due yet)</source>
        <translation>Jours depuis l’échéance de la plus ancienne commande impayée quand elle en a une, sinon depuis sa date (— : pas encore échue)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="126" />
        <source>What the customer's orders still owe, added up</source>
        <translation>Ce que les commandes du client doivent encore, additionné</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="132" />
        <source>Nobody owes money here (as far as the local copy knows).</source>
        <translation>Personne ne doit d’argent ici (d’après la copie locale).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="134" />
        <source>Owed by %n customer(s): %1</source>
        <translation><numerusform>Dû par %n client : %1</numerusform><numerusform>Dû par %n clients : %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="138" />
        <source>Credit book</source>
        <translation>Carnet de crédit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="162" />
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="174" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="183" />
        <source>Counted from the due date of %s: %s</source>
        <translation>Compté depuis l’échéance de %s : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="187" />
        <source>Counted from the date of %s (it has no due date): %s</source>
        <translation>Compté depuis la date de %s (sans échéance) : %s</translation>
    </message>
</context>
<context>
    <name>CreditBookWindow</name>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="63" />
        <source>Credit book: customers who owe money</source>
        <translation>Carnet de crédit : clients qui doivent de l’argent</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="72" />
        <source>Name or phone</source>
        <translation>Nom ou téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="76" />
        <source>Minimum balance</source>
        <translation>Reste dû minimum</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="79" />
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="102" />
        <source>Take a &amp;payment…</source>
        <translation>Encaisser un &amp;paiement…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="103" />
        <source>On the customer's oldest unpaid order (double-click a row does the same)</source>
        <translation>Sur la plus ancienne commande impayée du client (un double-clic sur la ligne fait de même)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="105" />
        <source>Send a &amp;reminder…</source>
        <translation>Envoyer une &amp;relance…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="106" />
        <source>A WhatsApp message in the customer's language, in your words</source>
        <translation>Un message WhatsApp dans la langue du client, avec vos mots</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="108" />
        <source>Open the &amp;customer</source>
        <translation>Ouvrir la fiche &amp;client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="110" />
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="112" />
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="218" />
        <source>%s has no phone number WhatsApp can reach.</source>
        <translation>%s n’a pas de numéro joignable sur WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="226" />
        <source>WhatsApp opened for %s: send the message there.</source>
        <translation>WhatsApp est ouvert pour %s : envoyez-y le message.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="244" />
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="275" />
        <source>Export the credit book</source>
        <translation>Exporter le carnet de crédit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="244" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="251" />
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="282" />
        <source>The file could not be written: %s</source>
        <translation>Le fichier n’a pas pu être écrit : %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="253" />
        <source>%n customer(s) written to %1</source>
        <translation><numerusform>%n client écrit dans %1</numerusform><numerusform>%n clients écrits dans %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="258" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="259" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="260" />
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="261" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="262" />
        <source>Unpaid orders</source>
        <translation>Commandes impayées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="263" />
        <source>Oldest unpaid order</source>
        <translation>Plus ancienne commande impayée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="264" />
        <source>Its date</source>
        <translation>Sa date</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="265" />
        <source>Its due date</source>
        <translation>Son échéance</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="266" />
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="267" />
        <source>Last payment date</source>
        <translation>Date du dernier paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="268" />
        <source>Last payment amount</source>
        <translation>Montant du dernier paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="269" />
        <source>Customer id</source>
        <translation>Identifiant du client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="275" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="284" />
        <source>The credit book was written to %s</source>
        <translation>Le carnet de crédit a été écrit dans %s</translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="33" />
        <source>The till now</source>
        <translation>La caisse maintenant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="51" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="52" />
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="53" />
        <source>Opening count</source>
        <translation>Comptage d’ouverture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="54" />
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="55" />
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="56" />
        <source>Other cash in and out</source>
        <translation>Autres entrées et sorties de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="57" />
        <source>Should hold</source>
        <translation>Doit contenir</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="76" />
        <source>The till is not known yet: sync once with the server.</source>
        <translation>La caisse n’est pas encore connue : synchronisez une fois avec le serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="78" />
        <source>The till is closed. Open it to start a shift.</source>
        <translation>La caisse est fermée. Ouvrez-la pour commencer un service.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="89" />
        <source>%s, by %s</source>
        <translation>%s, par %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="98" />
        <source>Not all on the server yet: the desk's own count.</source>
        <translation>Pas encore tout sur le serveur : le compte du poste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="100" />
        <source>%n operation(s) of this till not sent yet</source>
        <translation><numerusform>%n opération de cette caisse pas encore envoyée</numerusform><numerusform>%n opérations de cette caisse pas encore envoyées</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerPart</name>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="34" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="38" />
        <source>Phone or name…</source>
        <translation>Téléphone ou nom…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="44" />
        <source>Orders and balance…</source>
        <translation>Commandes et solde…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="54" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="55" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="56" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="81" />
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="100" />
        <source>Known customer: %s</source>
        <translation>Client connu : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="81" />
        <location filename="../../genuka_desk/ui/counter/customer_part.py" line="135" />
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="45" />
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="48" />
        <source>Find a customer: phone or name…</source>
        <translation>Trouver un client : téléphone ou nom…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="59" />
        <source>Click to copy the number</source>
        <translation>Cliquez pour copier le numéro</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="61" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="75" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="76" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="77" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="78" />
        <source>Still owed</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="79" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="80" />
        <source>Fulfilment</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="101" />
        <source>This customer is not known here.</source>
        <translation>Ce client n’est pas connu ici.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="102" />
        <source>Nobody chosen yet.</source>
        <translation>Aucun client choisi.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="109" />
        <source>Customer %s</source>
        <translation>Client %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="113" />
        <source>No phone number</source>
        <translation>Pas de numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="115" />
        <source>Loading the orders…</source>
        <translation>Chargement des commandes…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="123" />
        <source>Number copied</source>
        <translation>Numéro copié</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/customer_window.py" line="149" />
        <source>%n order(s)</source>
        <translation><numerusform>%n commande</numerusform><numerusform>%n commandes</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="151" />
        <source>Total spent %s</source>
        <translation>Total dépensé %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/customer_window.py" line="153" />
        <source>Balance due %s</source>
        <translation>Reste dû %s</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../genuka_desk/ui/day_field.py" line="69" />
        <source>Set a date</source>
        <translation>Fixer une date</translation>
    </message>
</context>
<context>
    <name>DeliveryPart</name>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="34" />
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="38" />
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="37" />
        <source>Pickup</source>
        <translation>Retrait en boutique</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="45" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="48" />
        <source>Known addresses</source>
        <translation>Adresses connues</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="49" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="54" />
        <source>Delivery day</source>
        <translation>Jour de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="55" />
        <source>Shipping amount</source>
        <translation>Frais de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="59" />
        <source>Source</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="94" />
        <source>Another address</source>
        <translation>Une autre adresse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/delivery_part.py" line="113" />
        <source>Shipping amount: must be a number, 0 or more.</source>
        <translation>Frais de livraison : doit être un nombre, 0 ou plus.</translation>
    </message>
</context>
<context>
    <name>DeskLocker</name>
    <message>
        <location filename="../../genuka_desk/ui/desk_locker.py" line="225" />
        <location filename="../../genuka_desk/ui/desk_locker.py" line="252" />
        <source>Genuka Desk — Locked</source>
        <translation>Genuka Desk — Verrouillé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/desk_locker.py" line="299" />
        <source>Your login has ended (a PIN login lasts 24 hours). Type your PIN to go on.</source>
        <translation>Votre connexion a pris fin (une connexion par code PIN dure 24 heures). Tapez votre code PIN pour continuer.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="54" />
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="64" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="65" />
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="82" />
        <source>Looking at the server and the local files…</source>
        <translation>Examen du serveur et des fichiers locaux…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="102" />
        <source>Needs attention: %s</source>
        <translation>À vérifier : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="102" />
        <source>Everything looks right.</source>
        <translation>Tout est en ordre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="114" />
        <source>log in again</source>
        <translation>reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="116" />
        <source>the server cannot be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="118" />
        <source>this computer's clock</source>
        <translation>l’horloge de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="120" />
        <source>the local files</source>
        <translation>les fichiers locaux</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="122" />
        <source>changes refused or in conflict</source>
        <translation>des modifications refusées ou en conflit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="126" />
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="131" />
        <source>%s s</source>
        <translation>%s s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="133" />
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="134" />
        <source>%s h</source>
        <translation>%s h</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="138" />
        <source>%s KB</source>
        <translation>%s Ko</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="140" />
        <source>%s MB</source>
        <translation>%s Mo</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="141" />
        <source>%s GB</source>
        <translation>%s Go</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="145" />
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="145" />
        <source>cannot be reached</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="146" />
        <source>Server: %s (%s)</source>
        <translation>Serveur : %s (%s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="148" />
        <source>no: log in</source>
        <translation>non : connectez-vous</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="150" />
        <source>the server refused the login: log in again</source>
        <translation>le serveur a refusé la connexion : reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="152" />
        <source>yes, with an API key</source>
        <translation>oui, avec une clé d’API</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="154" />
        <source>yes, as %s</source>
        <translation>oui, en tant que %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="154" />
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="166" />
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="168" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="155" />
        <source>Logged in: %s</source>
        <translation>Connecté : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="157" />
        <source>Company: %s</source>
        <translation>Entreprise : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="157" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="158" />
        <source>Shop: %s</source>
        <translation>Boutique : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="158" />
        <source>none chosen (every shop)</source>
        <translation>aucune choisie (toutes les boutiques)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="161" />
        <source>What the server offers: not known yet</source>
        <translation>Ce que le serveur propose : pas encore connu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="163" />
        <source>checked now</source>
        <translation>vérifié à l’instant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="163" />
        <source>as found on %s</source>
        <translation>constaté le %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="164" />
        <source>What the server offers (%s):</source>
        <translation>Ce que le serveur propose (%s) :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="166" />
        <source>Mobile Sync, pull: %s</source>
        <translation>Mobile Sync, lecture (pull) : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="166" />
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="168" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="169" />
        <source>Mobile Sync, push (idempotency key): %s</source>
        <translation>Mobile Sync, envoi (push, clé d’idempotence) : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="171" />
        <source>Cash control: %s</source>
        <translation>Contrôle de caisse : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="171" />
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="171" />
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="174" />
        <source>Not known because: %s</source>
        <translation>Inconnu car : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="179" />
        <source>Changes not sent: %s waiting, %s refused, %s in conflict</source>
        <translation>Modifications non envoyées : %s en attente, %s refusée(s), %s en conflit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="182" />
        <source>Orders on this computer: %s</source>
        <translation>Commandes sur cet ordinateur : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="188" />
        <source>Clock: not known (no answer from the server)</source>
        <translation>Horloge : inconnue (pas de réponse du serveur)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="191" />
        <source>(as found on %s)</source>
        <translation>(constaté le %s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="193" />
        <source>Clock: in step with the server (within %s)</source>
        <translation>Horloge : à l’heure du serveur (à %s près)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="196" />
        <source>Clock: this computer is %s behind the server</source>
        <translation>Horloge : cet ordinateur retarde de %s sur le serveur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="198" />
        <source>Clock: this computer is %s ahead of the server</source>
        <translation>Horloge : cet ordinateur avance de %s sur le serveur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="200" />
        <source>Set this computer's clock right (automatic date and time): sales are stamped with its time, and the server knows a sale again by that second.</source>
        <translation>Mettez l’horloge de cet ordinateur à l’heure (date et heure automatiques) : les ventes portent son heure, et le serveur reconnaît une vente à cette seconde près.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="207" />
        <source>Local files: %s</source>
        <translation>Fichiers locaux : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="209" />
        <source>sound</source>
        <translation>en bon état</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="211" />
        <source>the file of unsent changes is DAMAGED: send it to support</source>
        <translation>le fichier des modifications non envoyées est ENDOMMAGÉ : envoyez-le au support</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="214" />
        <source>the local copy of the orders is DAMAGED: restart Genuka Desk to fetch it again</source>
        <translation>la copie locale des commandes est ENDOMMAGÉE : relancez Genuka Desk pour la récupérer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="216" />
        <source>damage was seen: the next start checks the local copy and fetches it again</source>
        <translation>un dommage a été vu : le prochain démarrage vérifie la copie locale et la récupère</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="217" />
        <source>the disk is nearly full: free some space</source>
        <translation>le disque est presque plein : libérez de la place</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="224" />
        <source>a damaged copy was set aside: %s</source>
        <translation>une copie endommagée a été mise de côté : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="226" />
        <source>queue %s, local copy %s</source>
        <translation>file %s, copie locale %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="229" />
        <source>last full check %s</source>
        <translation>dernière vérification complète le %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="231" />
        <source>never fully checked</source>
        <translation>jamais vérifiés entièrement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/diagnostics_dialog.py" line="233" />
        <source>%s free on the disk</source>
        <translation>%s libres sur le disque</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="61" />
        <source>Give a discount</source>
        <translation>Faire une remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="66" />
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="68" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="71" />
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="73" />
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="74" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="81" />
        <source>As</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="83" />
        <source>e.g. 10</source>
        <translation>p. ex. 10</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="84" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="86" />
        <source>A whole-order discount is shared over the lines, in proportion to each.</source>
        <translation>Une remise sur toute la commande est répartie sur les lignes, au prorata de chacune.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="115" />
        <source>The discount must be a number, 0 or more.</source>
        <translation>La remise doit être un nombre, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="129" />
        <source>Above %1 %: a manager must give this discount.</source>
        <translation>Au-delà de %1 % : un responsable doit faire cette remise.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="131" />
        <source>Give a percentage or an amount.</source>
        <translation>Donnez un pourcentage ou un montant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="132" />
        <source>A discount is 0 or more.</source>
        <translation>Une remise vaut 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="133" />
        <source>A percentage is 100 at most.</source>
        <translation>Un pourcentage vaut 100 au plus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="134" />
        <source>Add a line first.</source>
        <translation>Ajoutez d’abord une ligne.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="135" />
        <source>This order has no lines.</source>
        <translation>Cette commande n’a pas de ligne.</translation>
    </message>
</context>
<context>
    <name>DiscountWords</name>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="143" />
        <source>No discount has the code %1 (codes are case-sensitive).</source>
        <translation>Aucune remise n’a le code %1 (majuscules et minuscules comptent).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="146" />
        <source>The discount %1 is switched off.</source>
        <translation>La remise %1 est désactivée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="147" />
        <source>The discount %1 has not started yet.</source>
        <translation>La remise %1 n’a pas encore commencé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="148" />
        <source>The discount %1 has ended.</source>
        <translation>La remise %1 est terminée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="149" />
        <source>The discount %1 needs a larger sale (its minimum is not reached).</source>
        <translation>La remise %1 demande une vente plus importante (son minimum n’est pas atteint).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="152" />
        <source>The discount %1 needs more items (its minimum is not reached).</source>
        <translation>La remise %1 demande plus d’articles (son minimum n’est pas atteint).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="155" />
        <source>The discount %1 is used up.</source>
        <translation>La remise %1 est épuisée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="156" />
        <source>This customer has already used the discount %1.</source>
        <translation>Ce client a déjà utilisé la remise %1.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="159" />
        <source>The discount %1 is not for this shop.</source>
        <translation>La remise %1 n’est pas valable dans cette boutique.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="160" />
        <source>The discount %1 is for other products.</source>
        <translation>La remise %1 porte sur d’autres produits.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="161" />
        <source>The discount %1 is for other customers.</source>
        <translation>La remise %1 est réservée à d’autres clients.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/discount/dialog.py" line="164" />
        <source>The discount %1 cannot be applied at the counter.</source>
        <translation>La remise %1 ne peut pas être appliquée en caisse.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="50" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="51" />
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="52" />
        <source>Delivery slip</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="57" />
        <source>Trade register (RCCM)</source>
        <translation>RCCM</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="57" />
        <source>Tax number (NIU)</source>
        <translation>NIU</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="84" />
        <source>Temporary reference: this sale is not on the Genuka server yet.</source>
        <translation>Référence provisoire : cette vente n’est pas encore sur le serveur Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="90" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="90" />
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="98" />
        <source>Picked up at the shop</source>
        <translation>Retrait en boutique</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="100" />
        <source>Delivery day: %s</source>
        <translation>Livraison le %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="105" />
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="108" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="111" />
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="113" />
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="114" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="115" />
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="116" />
        <source>Balance due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="151" />
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="151" />
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="163" />
        <source>Cash given</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="163" />
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="172" />
        <source>Served by %s</source>
        <translation>Servi par %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="188" />
        <location filename="../../genuka_desk/ui/paper/document.py" line="227" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="189" />
        <location filename="../../genuka_desk/ui/paper/document.py" line="227" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="190" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="191" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="202" />
        <source>Thank you for your purchase!</source>
        <translation>Merci pour votre achat !</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="227" />
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="235" />
        <source>To collect on delivery: %s</source>
        <translation>À encaisser à la livraison : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="241" />
        <source>Paid in full: nothing to collect.</source>
        <translation>Payé en totalité : rien à encaisser.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/document.py" line="249" />
        <source>Received in good condition — name and signature:</source>
        <translation>Reçu en bon état — nom et signature :</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="16" />
        <source>the email address is not valid.</source>
        <translation>l’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="17" />
        <source>the phone number is not valid (digits, optional +).</source>
        <translation>le numéro de téléphone n’est pas valide (chiffres, + facultatif).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="18" />
        <source>the text is too long (500 characters at most).</source>
        <translation>le texte est trop long (500 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="19" />
        <source>the date is not valid (for example 2026-11-30 14:00).</source>
        <translation>la date n’est pas valide (par exemple 2026-11-30 14:00).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="20" />
        <location filename="../../genuka_desk/ui/editor/messages.py" line="47" />
        <source>must be a number, 0 or more.</source>
        <translation>doit être un nombre, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="21" />
        <source>the quantity must be at least 1.</source>
        <translation>la quantité doit être au moins 1.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="22" />
        <source>the quantity must be a whole number.</source>
        <translation>la quantité doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="23" />
        <source>the quantity is too large.</source>
        <translation>la quantité est trop grande.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="24" />
        <source>the price cannot be negative.</source>
        <translation>le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="25" />
        <source>the price is too large.</source>
        <translation>le prix est trop grand.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="26" />
        <source>the price must be a number.</source>
        <translation>le prix doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="27" />
        <source>an order needs at least one line.</source>
        <translation>une commande doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="28" />
        <source>this order is cancelled; it cannot be changed.</source>
        <translation>cette commande est annulée ; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="29" />
        <source>required (street, city and country make an address).</source>
        <translation>obligatoire (rue, ville et pays font une adresse).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="31" />
        <source>this order has line discounts the server does not show on its lines: change its lines on Genuka, so the discounts are not lost.</source>
        <translation>cette commande a des remises de ligne que le serveur ne montre pas sur ses lignes : modifiez ses lignes sur Genuka, pour ne pas perdre les remises.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="35" />
        <source>a paid final invoice fixes the lines: add lines or raise quantities, but do not remove or lower them.</source>
        <translation>une facture finale payée fige les lignes : ajoutez des lignes ou augmentez les quantités, sans en retirer ni en baisser.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="42" />
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="55" />
        <source>Line items</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="57" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="58" />
        <source>Shipping amount</source>
        <translation>Frais de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="59" />
        <location filename="../../genuka_desk/ui/editor/messages.py" line="60" />
        <source>Scheduled</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="65" />
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="65" />
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="70" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="71" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="72" />
        <source>Address line 1</source>
        <translation>Adresse (ligne 1)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="73" />
        <source>Address line 2</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="74" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="75" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="76" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="77" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="78" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/messages.py" line="79" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../genuka_desk/ui/errors.py" line="18" />
        <source>Something unexpected happened. Your orders and queued changes are safe.

If it happens again, send this file to support:
%s</source>
        <translation>Un problème inattendu est survenu. Vos commandes et vos modifications en attente sont en sécurité.

Si cela se reproduit, envoyez ce fichier au support :
%s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/errors.py" line="61" />
        <source>Genuka Desk</source>
        <translation>Genuka Desk</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../genuka_desk/ui/export_action.py" line="50" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/export_action.py" line="50" />
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/export_action.py" line="68" />
        <source>%n order(s) exported to %s (folder %s)</source>
        <translation><numerusform>%n commande exportée dans %s (dossier %s)</numerusform><numerusform>%n commandes exportées dans %s (dossier %s)</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/export_action.py" line="73" />
        <source>Could not write the file: %s</source>
        <translation>Impossible d’écrire le fichier : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/export_action.py" line="83" />
        <source>Export orders</source>
        <translation>Exporter les commandes</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="36" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="40" />
        <source>Search reference, customer, phone, product…</source>
        <translation>Rechercher référence, client, téléphone, produit…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="48" />
        <source>Any payment</source>
        <translation>Tout paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="52" />
        <source>Any fulfilment</source>
        <translation>Toute livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="55" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="65" />
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="69" />
        <source>Orders whose change was refused or is in conflict, or whose payment status disagrees with the balance</source>
        <translation>Commandes dont une modification a été refusée ou est en conflit, ou dont le statut de paiement ne correspond pas au reste dû</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="73" />
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="75" />
        <source>Orders with changes not on the server yet</source>
        <translation>Commandes avec des modifications pas encore sur le serveur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="93" />
        <source> to </source>
        <translation> au </translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/filter_bar.py" line="138" />
        <source>%n order(s)</source>
        <translation><numerusform>%n commande</numerusform><numerusform>%n commandes</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/filter_bar.py" line="138" />
        <source>No order matches</source>
        <translation>Aucune commande ne correspond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/filter_bar.py" line="142" />
        <source>%n new order(s)</source>
        <translation><numerusform>%n nouvelle commande</numerusform><numerusform>%n nouvelles commandes</numerusform></translation>
    </message>
</context>
<context>
    <name>HeldStrip</name>
    <message>
        <location filename="../../genuka_desk/ui/till/held_strip.py" line="36" />
        <source>Take over that session</source>
        <translation>Reprendre ce service</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/held_strip.py" line="38" />
        <source>Go on with the session open on the server; this desk's opening count is dropped</source>
        <translation>Continuer le service ouvert sur le serveur ; le comptage d’ouverture de ce poste est abandonné</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/held_strip.py" line="40" />
        <location filename="../../genuka_desk/ui/till/held_strip.py" line="60" />
        <source>Discard my opening</source>
        <translation>Annuler mon ouverture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/held_strip.py" line="60" />
        <source>Discard this close</source>
        <translation>Annuler cette fermeture</translation>
    </message>
</context>
<context>
    <name>HeldWords</name>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="61" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="62" />
        <source>waiting for a manager's approval</source>
        <translation>en attente de l’accord d’un responsable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="63" />
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="64" />
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="68" />
        <source>lines</source>
        <translation>contenu (lignes)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="68" />
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="68" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="73" />
        <source>Not sent: the order's balance on the server is {balance}, less than this payment of {amount} (it was marked Paid, which settles the balance, or paid elsewhere). Discard this payment, or retry it if the customer really paid it on top.</source>
        <translation>Non envoyé : le reste dû de la commande sur le serveur est de {balance}, moins que ce paiement de {amount} (elle a été marquée Payée, ce qui solde le reste, ou payée ailleurs). Annulez ce paiement, ou renvoyez-le si le client l’a vraiment payé en plus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="78" />
        <source>Not sent: the server already shows {recorded} paid on this sale since its creation. The {amount} taken at the counter would count twice: check the order's payments, then discard this one, or retry it if both are real.</source>
        <translation>Non envoyé : le serveur montre déjà {recorded} payés sur cette vente depuis sa création. Les {amount} encaissés au comptoir compteraient deux fois : vérifiez les paiements de la commande, puis annulez celui-ci, ou renvoyez-le si les deux sont réels.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="83" />
        <source>Not sent: the server's total for this sale is {total}, less than the {amount} taken at the counter. Check the order, then retry or discard it and record the right amount.</source>
        <translation>Non envoyé : le total de cette vente sur le serveur est de {total}, moins que les {amount} encaissés au comptoir. Vérifiez la commande, puis renvoyez le paiement, ou annulez-le et encaissez le bon montant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="87" />
        <source>This sale was sent without an answer and may be on the server, but this server does not keep the time a sale is sent with, so the desk cannot recognise it there. Check the server's orders: if it is there, discard it here and take its payment on that order; if not, retry it.</source>
        <translation>Cette vente a été envoyée sans réponse et est peut-être sur le serveur, mais ce serveur ne garde pas l’heure envoyée avec une vente : le poste ne peut pas l’y reconnaître. Vérifiez les commandes du serveur : si elle y est, annulez-la ici et encaissez son paiement sur cette commande ; sinon, renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="92" />
        <source>The server answered that the payment of {amount} was added, but the order does not show it. Check the order's payments on the server before taking the money again; retry looks for it first.</source>
        <translation>Le serveur a répondu que le paiement de {amount} était ajouté, mais la commande ne le montre pas. Vérifiez les paiements de la commande sur le serveur avant d’encaisser à nouveau ; un renvoi le cherche d’abord.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="96" />
        <source>Not opened: the till is already open on the server (opened by {who} at {at}, with {start}). Take over that session, or discard this opening.</source>
        <translation>Pas ouverte : la caisse est déjà ouverte sur le serveur (ouverte par {who} le {at}, avec {start}). Reprenez ce service, ou annulez cette ouverture.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="100" />
        <source>Not closed: the server shows this till {status} already (counted {counted}). Discard this close to see the server's, or ask a manager to reject that closure and count again.</source>
        <translation>Pas fermée : le serveur montre déjà cette caisse {status} (comptée {counted}). Annulez cette fermeture pour voir celle du serveur, ou demandez à un responsable de refuser cette fermeture et recomptez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="104" />
        <source>Not closed: this till's opening never reached the server. Open it there first, or discard both.</source>
        <translation>Pas fermée : l’ouverture de cette caisse n’est jamais arrivée sur le serveur. Ouvrez-la d’abord, ou annulez les deux.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="107" />
        <source>This e-mail to the customer was sent without an answer: it may have reached them. It is not sent again by itself (they would get it twice). Ask the customer, then retry it or discard it.</source>
        <translation>Cet e-mail au client a été envoyé sans réponse : il l’a peut-être reçu. Il n’est pas renvoyé de lui-même (le client le recevrait deux fois). Demandez au client, puis renvoyez-le ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="111" />
        <source>The server could not deliver every e-mail of this order ({reason}); some may have gone. It is not sent again by itself: ask the customer, then retry it or discard it.</source>
        <translation>Le serveur n’a pas pu remettre tous les e-mails de cette commande ({reason}) ; certains sont peut-être partis. Il n’est pas renvoyé de lui-même : demandez au client, puis renvoyez-le ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="115" />
        <source>The server made this sale through Mobile Sync as {reference}, with another {what} than taken at the counter, and it could not be put right: check that order on the server.</source>
        <translation>Le serveur a créé cette vente par la synchronisation mobile sous {reference}, avec un autre {what} que celui du comptoir, et elle n’a pas pu être corrigée : vérifiez cette commande sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="125" />
        <source>Awaiting a manager's approval: a manager approves this return here (Approve) or on Genuka.</source>
        <translation>En attente de l’approbation d’un responsable : un responsable approuve ce retour ici (Approuver) ou sur Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="128" />
        <source>Not approved: the return is {status} on the server now, no longer waiting for an approval.</source>
        <translation>Non approuvé : le retour est maintenant {status} sur le serveur, il n’attend plus d’approbation.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="131" />
        <source>Not refunded: the return is {status} on the server, not approved. Approve it first, then retry.</source>
        <translation>Non remboursé : le retour est {status} sur le serveur, pas approuvé. Approuvez-le d’abord, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="134" />
        <source>Not refunded: the payment the money goes back on holds {left} on the server now, less than this refund of {amount}. Check the order's payments, then retry or discard it.</source>
        <translation>Non remboursé : le paiement sur lequel l’argent est rendu ne porte plus que {left} sur le serveur, moins que ce remboursement de {amount}. Vérifiez les paiements de la commande, puis réessayez ou abandonnez-le.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="138" />
        <source>Not refunded: the server shows {surplus} paid beyond the order's total, less than this refund of {amount} (the balance would be owed again). Check the order, then retry or discard it.</source>
        <translation>Non remboursé : le serveur montre {surplus} payés au-delà du total de la commande, moins que ce remboursement de {amount} (le solde serait de nouveau dû). Vérifiez la commande, puis réessayez ou abandonnez-le.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="142" />
        <source>Not refunded: the payment the money goes back on is not on the server. Retry once it is, or discard.</source>
        <translation>Non remboursé : le paiement sur lequel l’argent est rendu n’est pas sur le serveur. Réessayez quand il y sera, ou abandonnez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/held_words.py" line="144" />
        <source>The return is not on the server yet: this waits for it.</source>
        <translation>Le retour n’est pas encore sur le serveur : ceci l’attend.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="18" />
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="19" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="20" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="21" />
        <source>Payment account</source>
        <translation>Compte de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="22" />
        <source>Payment date</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="23" />
        <source>Delivery mode</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="24" />
        <source>Shipping cost</source>
        <translation>Frais de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="25" />
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="26" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="27" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="34" />
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="36" />
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="45" />
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="46" />
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="47" />
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="48" />
        <source>street, line 2</source>
        <translation>rue, ligne 2</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="49" />
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="50" />
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="51" />
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="52" />
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="53" />
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="54" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="75" />
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="77" />
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="85" />
        <source>%s: %s → %s</source>
        <translation>%s : %s → %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="96" />
        <source>created the order</source>
        <translation>a créé la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="97" />
        <source>cancelled the order</source>
        <translation>a annulé la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="98" />
        <source>restored the order</source>
        <translation>a restauré la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="99" />
        <source>changed the order</source>
        <translation>a modifié la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="100" />
        <source>changed the order's status</source>
        <translation>a changé le statut de la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="101" />
        <source>changed the payment status</source>
        <translation>a changé le statut du paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="102" />
        <source>changed the delivery status</source>
        <translation>a changé le statut de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="103" />
        <source>added a payment</source>
        <translation>a ajouté un paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="104" />
        <source>changed a payment</source>
        <translation>a modifié un paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="105" />
        <source>deleted a payment</source>
        <translation>a supprimé un paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="106" />
        <source>restored a payment</source>
        <translation>a restauré un paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="114" />
        <source>added a payment of %s</source>
        <translation>a ajouté un paiement de %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="116" />
        <source>deleted a payment of %s</source>
        <translation>a supprimé un paiement de %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="147" />
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/activity_text.py" line="150" />
        <location filename="../../genuka_desk/ui/activity_text.py" line="170" />
        <source>%s: %s</source>
        <translation>%s : %s</translation>
    </message>
</context>
<context>
    <name>HistoryPart</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="74" />
        <source>Made on this computer by %s, and now in the server's history.</source>
        <translation>Faite sur cet ordinateur par %s, et désormais dans l’historique du serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="76" />
        <source>Made on this computer, and now in the server's history.</source>
        <translation>Faite sur cet ordinateur, et désormais dans l’historique du serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="79" />
        <source>The server's words: %s</source>
        <translation>Texte du serveur : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="85" />
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="86" />
        <source>being sent</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="87" />
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="88" />
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="89" />
        <source>in conflict</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="95" />
        <source>%s — on this computer (%s), by %s: %s</source>
        <translation>%s — sur cet ordinateur (%s), par %s : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="97" />
        <source>%s — on this computer (%s): %s</source>
        <translation>%s — sur cet ordinateur (%s) : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/history_part.py" line="58" />
        <source>The server's history is not available offline.</source>
        <translation>L’historique du serveur n’est pas disponible hors ligne.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="53" />
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="54" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="55" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="56" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="57" />
        <source>Should hold</source>
        <translation>Doit contenir</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="58" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="59" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="60" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="109" />
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/history_table.py" line="110" />
        <source>Print or save this session's Z report</source>
        <translation>Imprimer ou enregistrer le rapport Z de ce service</translation>
    </message>
</context>
<context>
    <name>LinesPart</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="72" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="73" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="74" />
        <source>SKU</source>
        <translation>Code article</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="75" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="76" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="77" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="78" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="89" />
        <source>Add a line…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="92" />
        <source>Discount…</source>
        <translation>Remise…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="93" />
        <source>A discount on the chosen line or the whole order</source>
        <translation>Une remise sur la ligne choisie ou toute la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="97" />
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="99" />
        <source>Apply the code</source>
        <translation>Appliquer le code</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="253" />
        <source>Offer: %1 (−%2), click to apply</source>
        <translation>Offre : %1 (−%2), cliquez pour l’appliquer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="298" />
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="299" />
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="300" />
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="301" />
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="302" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="303" />
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="304" />
        <source>Amount due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="317" />
        <source>Genuka took %1 off for the discount codes; the desk expected %2. The total is Genuka's.</source>
        <translation>Genuka a déduit %1 pour les codes de remise ; le poste attendait %2. Le total est celui de Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/lines_part.py" line="406" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="115" />
        <source>Genuka Desk — Locked</source>
        <translation>Genuka Desk — Verrouillé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="130" />
        <source>The desk is locked</source>
        <translation>Le poste est verrouillé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="135" />
        <source>Locked by %s at %s. Your work is kept: the windows stay as they were.</source>
        <translation>Verrouillé par %s à %s. Votre travail est gardé : les fenêtres restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="137" />
        <source>Locked at %s. Your work is kept: the windows stay as they were.</source>
        <translation>Verrouillé à %s. Votre travail est gardé : les fenêtres restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="152" />
        <location filename="../../genuka_desk/ui/lock_screen.py" line="283" />
        <source>No PIN? Use my password</source>
        <translation>Pas de code PIN ? Utiliser mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="167" />
        <source>First, your company's code</source>
        <translation>D’abord, le code de votre entreprise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="171" />
        <source>This computer asks it once (your manager has it). Then each clerk unlocks the desk with their own PIN.</source>
        <translation>Cet ordinateur le demande une seule fois (votre responsable l’a). Ensuite, chacun déverrouille le poste avec son propre code PIN.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="183" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="197" />
        <source>Type your PIN</source>
        <translation>Tapez votre code PIN</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="219" />
        <source>Your PIN alone says who you are: whoever's PIN it is takes the desk.</source>
        <translation>Votre code PIN suffit à dire qui vous êtes : la personne à qui il appartient prend le poste.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="221" />
        <source>Lately at this desk: %s</source>
        <translation>Récemment à ce poste : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="243" />
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="180" />
        <source>Company code</source>
        <translation>Code de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="212" />
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="214" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="255" />
        <source>Unlock with your Genuka email and password (needs the connection).</source>
        <translation>Déverrouillez avec votre e-mail et votre mot de passe Genuka (il faut la connexion).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="257" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="260" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="263" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="283" />
        <source>Use my PIN</source>
        <translation>Utiliser mon code PIN</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_screen.py" line="366" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="58" />
        <source>This computer has no password keychain: the login is kept in a file only you can read (%s).</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe : la connexion est gardée dans un fichier que vous seul pouvez lire (%s).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="85" />
        <source>Choose the company this desk serves.</source>
        <translation>Choisissez l’entreprise que sert ce poste.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="110" />
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="105" />
        <source>You belong to several companies. Which one does this desk serve?</source>
        <translation>Vous appartenez à plusieurs entreprises. Laquelle ce poste sert-il ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="28" />
        <source>Log in to Genuka</source>
        <translation>Connexion à Genuka</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="31" />
        <source>Connect genuka-desk to your Genuka shop.</source>
        <translation>Connectez genuka-desk à votre boutique Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="35" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="43" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="44" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="50" />
        <location filename="../../genuka_desk/ui/login_dialog.py" line="53" />
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="51" />
        <source>Company id</source>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="52" />
        <source>Email and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="55" />
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="70" />
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="71" />
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="100" />
        <source>Give the API key and the company id.</source>
        <translation>Indiquez la clé d’API et l’identifiant de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/login_dialog.py" line="103" />
        <source>Give your email and password.</source>
        <translation>Indiquez votre e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/logout_dialog.py" line="14" />
        <location filename="../../genuka_desk/ui/logout_dialog.py" line="28" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/logout_dialog.py" line="16" />
        <source>Log out of Genuka Desk? The saved key is forgotten on this computer.</source>
        <translation>Se déconnecter de Genuka Desk ? La clé enregistrée est oubliée sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/logout_dialog.py" line="20" />
        <source>%n change(s) were not sent yet. They stay on this computer and are sent after the next login, unless you delete the local data: then they are lost.</source>
        <translation><numerusform>%n modification(s) pas encore envoyée(s). Elles restent sur cet ordinateur et seront envoyées après la prochaine connexion, sauf si vous supprimez les données locales : elles seraient alors perdues.</numerusform><numerusform>%n modification(s) pas encore envoyée(s). Elles restent sur cet ordinateur et seront envoyées après la prochaine connexion, sauf si vous supprimez les données locales : elles seraient alors perdues.</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/logout_dialog.py" line="26" />
        <source>Also delete the orders stored on this computer</source>
        <translation>Supprimer aussi les commandes gardées sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="55" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="154" />
        <source>Open the cash drawer</source>
        <translation>Ouvrir le tiroir-caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="91" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="104" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="112" />
        <source>Fetch every order again from Genuka (repairs a local copy that drifted)</source>
        <translation>Reprendre toutes les commandes depuis Genuka (répare une copie locale qui a divergé)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="122" />
        <source>&amp;Till</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="123" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="164" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="175" />
        <source>About Genuka Desk</source>
        <translation>À propos de Genuka Desk</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="144" />
        <source>New order (the counter)</source>
        <translation>Nouvelle commande (la caisse)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="56" />
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="60" />
        <source>&amp;Customers…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="63" />
        <source>Credit &amp;book (who owes)…</source>
        <translation>Carnet de c&amp;rédit (qui doit)…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="66" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="71" />
        <source>Open the cash &amp;drawer</source>
        <translation>Ouvrir le &amp;tiroir-caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="77" />
        <source>&amp;Export list to CSV…</source>
        <translation>&amp;Exporter la liste en CSV…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="81" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="85" />
        <source>S&amp;witch company…</source>
        <translation>C&amp;hanger d’entreprise…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="87" />
        <source>Log &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="88" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="92" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="96" />
        <source>Take a &amp;payment…</source>
        <translation>Encaisser un &amp;paiement…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="100" />
        <source>Take a &amp;return…</source>
        <translation>Enregistrer un &amp;retour…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="103" />
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="109" />
        <source>&amp;Today panel</source>
        <translation>&amp;Tableau du jour</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="111" />
        <source>&amp;Refresh everything</source>
        <translation>Tout &amp;rafraîchir</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="115" />
        <source>Show &amp;orders without a customer</source>
        <translation>&amp;Afficher les commandes sans client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="119" />
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="125" />
        <source>&amp;Check for updates…</source>
        <translation>&amp;Rechercher une mise à jour…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="126" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="130" />
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="131" />
        <source>&amp;About Genuka Desk</source>
        <translation>À &amp;propos de Genuka Desk</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="145" />
        <source>Search the orders</source>
        <translation>Chercher dans les commandes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="146" />
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="146" />
        <source>Open the order (in the search box: a whole reference opens it)</source>
        <translation>Ouvrir la commande (dans la recherche : une référence entière l’ouvre)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="147" />
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="147" />
        <source>From the search box into the list</source>
        <translation>De la recherche vers la liste</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="148" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="148" />
        <source>Clear the search; close a window</source>
        <translation>Effacer la recherche ; fermer une fenêtre</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="149" />
        <source>Save the order or the sale</source>
        <translation>Enregistrer la commande ou la vente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="150" />
        <source>Print the receipt, invoice or delivery slip</source>
        <translation>Imprimer le reçu, la facture ou le bon de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="151" />
        <source>Take a payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="152" />
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="153" />
        <source>The credit book: customers who owe money</source>
        <translation>Le carnet de crédit : les clients qui doivent de l’argent</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="155" />
        <source>Lock the desk (the next clerk unlocks with their PIN)</source>
        <translation>Verrouiller le poste (la personne suivante le déverrouille avec son code PIN)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="156" />
        <source>The till and its Z reports</source>
        <translation>La caisse et ses rapports Z</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="157" />
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="158" />
        <source>These shortcuts</source>
        <translation>Ces raccourcis</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/window_menus.py" line="176" />
        <source>Genuka Desk %s
Offline-first order management for Genuka shops.</source>
        <translation>Genuka Desk %s
Gestion des commandes Genuka, même sans connexion.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../genuka_desk/ui/first_list.py" line="91" />
        <location filename="../../genuka_desk/ui/main_window.py" line="219" />
        <source>Genuka Desk — Orders</source>
        <translation>Genuka Desk — Commandes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/main_window.py" line="204" />
        <source>Genuka Desk</source>
        <translation>Genuka Desk</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/main_window.py" line="219" />
        <source>Genuka Desk — Orders (demo)</source>
        <translation>Genuka Desk — Commandes (démo)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="281" />
        <source>Your account belongs to this company only.</source>
        <translation>Votre compte n’appartient qu’à cette entreprise.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="284" />
        <source>Switching company ends every login of your account: other desks and devices logged in as you will need to log in again.</source>
        <translation>Changer d’entreprise met fin à toutes les connexions de votre compte : les autres postes et appareils connectés avec votre compte devront se reconnecter.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="291" />
        <source>%n change(s) not sent yet stay on this computer and are sent when you come back.</source>
        <translation>%n modification pas encore envoyée reste sur cet ordinateur ; elle sera envoyée à votre retour.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/app.py" line="318" />
        <source>Could not switch company: %s</source>
        <translation>Impossible de changer d’entreprise : %s</translation>
    </message>
</context>
<context>
    <name>NewOrderNotices</name>
    <message>
        <location filename="../../genuka_desk/ui/notices.py" line="54" />
        <source>Genuka Desk</source>
        <translation>Genuka Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/notices.py" line="54" />
        <source>%n new order(s)</source>
        <translation><numerusform>%n nouvelle commande</numerusform><numerusform>%n nouvelles commandes</numerusform></translation>
    </message>
</context>
<context>
    <name>NewOrderWindow</name>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="51" />
        <location filename="../../genuka_desk/ui/counter/window.py" line="138" />
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="89" />
        <location filename="../../genuka_desk/ui/counter/window.py" line="141" />
        <source>Save the sale</source>
        <translation>Enregistrer la vente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="87" />
        <source>Discard this sale…</source>
        <translation>Abandonner cette vente…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="92" />
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="93" />
        <source>The receipt of the sale just saved (Ctrl+P)</source>
        <translation>Le reçu de la vente qui vient d’être enregistrée (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="96" />
        <source>Send to the customer…</source>
        <translation>Envoyer au client…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="97" />
        <source>The sale just saved, by Genuka's e-mail or WhatsApp</source>
        <translation>La vente qui vient d’être enregistrée, par l’e-mail de Genuka ou WhatsApp</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="156" />
        <source>Sale %s (not on the server yet)</source>
        <translation>Vente %s (pas encore sur le serveur)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="164" />
        <source>Send it again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="244" />
        <source>Genuka took %1 off for the discount codes; the desk expected %2. The total is Genuka's.</source>
        <translation>Genuka a déduit %1 pour les codes de remise ; le poste attendait %2. Le total est celui de Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="264" />
        <source>Sale %s corrected; it is sent again.</source>
        <translation>Vente %s corrigée ; elle est renvoyée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="270" />
        <source>The sale could not be saved.</source>
        <translation>La vente n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="283" />
        <source>Sale %s discarded.</source>
        <translation>Vente %s abandonnée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="288" />
        <source>Close and lose this sale?</source>
        <translation>Fermer et perdre cette vente ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/window.py" line="289" />
        <source>Sale not saved</source>
        <translation>Vente non enregistrée</translation>
    </message>
</context>
<context>
    <name>OpenTillDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/till/open_dialog.py" line="49" />
        <location filename="../../genuka_desk/ui/till/open_dialog.py" line="71" />
        <source>Open the till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/open_dialog.py" line="51" />
        <source>Count the cash in the drawer: how many of each bill and coin (Tab to go on).</source>
        <translation>Comptez les espèces du tiroir : combien de chaque billet et de chaque pièce (Tab pour passer au suivant).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/open_dialog.py" line="58" />
        <source>Cash account</source>
        <translation>Compte de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/open_dialog.py" line="65" />
        <source>Notes (optional)</source>
        <translation>Notes (facultatif)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/open_dialog.py" line="90" />
        <source>The bills and coins are not known yet: sync once with the server.</source>
        <translation>Les billets et pièces ne sont pas encore connus : synchronisez une fois avec le serveur.</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="100" />
        <source>Marked paid, but %s is still owed (the total rose after the payment). Record the missing payment, or set the payment status to Partly paid.</source>
        <translation>Marquée payée, mais %s reste dû (le total a augmenté après le paiement). Encaissez le paiement manquant, ou passez le paiement à « Payée en partie ».</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="108" />
        <source>Marked partly paid, but no payment is recorded. Record the payment the customer made, or set the payment status back to Awaiting payment.</source>
        <translation>Marquée payée en partie, mais aucun paiement n’est enregistré. Encaissez le paiement que le client a fait, ou remettez le paiement à « En attente de paiement ».</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="113" />
        <source>Marked as not paid in full, but the payments cover the total. Set the payment status to Paid.</source>
        <translation>Marquée comme non payée en totalité, mais les paiements couvrent le total. Passez le paiement à « Payée ».</translation>
    </message>
</context>
<context>
    <name>OrderDialogs</name>
    <message>
        <location filename="../../genuka_desk/ui/order_dialogs.py" line="64" />
        <source>The payment could not be kept.</source>
        <translation>Le paiement n’a pas pu être gardé.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="95" />
        <source>Customer…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="97" />
        <source>Correct the sale…</source>
        <translation>Corriger la vente…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="103" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="104" />
        <source>Receipt, invoice or delivery slip (Ctrl+P)</source>
        <translation>Reçu, facture ou bon de livraison (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="107" />
        <source>Send to the customer…</source>
        <translation>Envoyer au client…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="108" />
        <source>By Genuka's e-mail, or WhatsApp with the receipt's link</source>
        <translation>Par l’e-mail de Genuka, ou WhatsApp avec le lien du reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="112" />
        <source>Return…</source>
        <translation>Retour…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="113" />
        <source>Take goods back on this order, and hand the money back</source>
        <translation>Reprendre des articles de cette commande et rembourser le client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="128" />
        <source>Send it again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="129" />
        <source>For a refusal of the moment: the same change goes out again</source>
        <translation>Pour un refus passager : la même modification repart</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="131" />
        <source>Undo this change…</source>
        <translation>Annuler cette modification…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="133" />
        <source>Send the rest, without the refused part</source>
        <translation>Envoyer le reste, sans la partie refusée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="161" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="162" />
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="163" />
        <source>Billing and shipping</source>
        <translation>Facturation et livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="164" />
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="165" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="172" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="175" />
        <location filename="../../genuka_desk/ui/editor/window.py" line="388" />
        <source>Undo edits</source>
        <translation>Défaire les modifications</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="202" />
        <source>Order %s</source>
        <translation>Commande %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="213" />
        <source>Created %s · updated %s · source %s · payment %s · fulfilment %s</source>
        <translation>Créée le %s · modifiée le %s · canal %s · paiement %s · livraison %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="238" />
        <location filename="../../genuka_desk/ui/editor/window.py" line="247" />
        <source>The server's words: %s</source>
        <translation>Texte du serveur : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="240" />
        <source>The server refused this sale: %s</source>
        <translation>Le serveur a refusé cette vente : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="242" />
        <source>Correct the sale, then it is sent again; or discard it.</source>
        <translation>Corrigez la vente : elle sera renvoyée ; ou abandonnez-la.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="251" />
        <source>The server refused a change (%s): %s</source>
        <translation>Le serveur a refusé une modification (%s) : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="253" />
        <source>The server refused a change: %s</source>
        <translation>Le serveur a refusé une modification : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="257" />
        <source>Correct the values and save, send it again, or undo it.</source>
        <translation>Corrigez les valeurs et enregistrez, renvoyez-la, ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="387" />
        <source>Throw away the edits made in this window?</source>
        <translation>Abandonner les modifications faites dans cette fenêtre ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="397" />
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="423" />
        <source>Approve this return? The goods go back to stock and the bill is recalculated on Genuka.</source>
        <translation>Approuver ce retour ? Les articles retournent en stock et la facture est recalculée sur Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="424" />
        <source>Approve the return?</source>
        <translation>Approuver le retour ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="443" />
        <source>The return could not be approved.</source>
        <translation>Le retour n’a pas pu être approuvé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="447" />
        <source>Delete this payment? The balance due goes back up. It is undone on the server too.</source>
        <translation>Supprimer ce paiement ? Le reste dû remonte. Il est aussi annulé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="448" />
        <source>Delete the payment?</source>
        <translation>Supprimer le paiement ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="455" />
        <source>The payment could not be kept.</source>
        <translation>Le paiement n’a pas pu être gardé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="464" />
        <source>Undo the refused change? The order goes back to what the server holds.</source>
        <translation>Annuler la modification refusée ? La commande revient à ce que le serveur contient.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="465" />
        <source>Undo the change?</source>
        <translation>Annuler la modification ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="518" />
        <source>This order has edits that are not saved.</source>
        <translation>Cette commande a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/window.py" line="517" />
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>OrderListView</name>
    <message>
        <location filename="../../genuka_desk/ui/order_list_view.py" line="81" />
        <source>Open order</source>
        <translation>Ouvrir la commande</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="64" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="65" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="66" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="67" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="68" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="69" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="70" />
        <source>Fulfilment</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="71" />
        <source>Source</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="72" />
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="73" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/order_cells.py" line="74" />
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/buttons.py" line="27" />
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/buttons.py" line="28" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/buttons.py" line="29" />
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/buttons.py" line="30" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="109" />
        <source>Print on the receipt printer</source>
        <translation>Imprimer sur l’imprimante de tickets</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="111" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="119" />
        <source>Sent to %s.</source>
        <translation>Envoyé à %s.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="169" />
        <source>Printing on the receipt printer…</source>
        <translation>Impression sur l’imprimante de tickets…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="176" />
        <source>Sent to the receipt printer.</source>
        <translation>Envoyé à l’imprimante de tickets.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="181" />
        <source>The receipt printer could not print; the details are in the log file.</source>
        <translation>L’imprimante de tickets n’a pas pu imprimer ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="184" />
        <source>The system's print dialog opens instead.</source>
        <translation>La fenêtre d’impression du système s’ouvre à la place.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="192" />
        <source>Saved %s.</source>
        <translation>%s enregistré.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="201" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/paper_dialog.py" line="206" />
        <source>The PDF could not be written: %s</source>
        <translation>Le PDF n’a pas pu être écrit : %s</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="93" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="120" />
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="134" />
        <source>Account of %s</source>
        <translation>Compte de %s</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="51" />
        <source>Take a payment — %s</source>
        <translation>Encaisser — %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="57" />
        <source>Total %s · paid %s · &lt;b&gt;balance due %s&lt;/b&gt;</source>
        <translation>Total %s · payé %s · &lt;b&gt;reste dû %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="65" />
        <source>How much has the customer paid? Once this payment is recorded, the order is partly paid.</source>
        <translation>Combien le client a-t-il payé ? Une fois ce paiement enregistré, la commande est payée en partie.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="74" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="77" />
        <source>cash handed over (optional)</source>
        <translation>espèces remises (facultatif)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="81" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="82" />
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="83" />
        <source>Into</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="84" />
        <source>Cash handed over</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="85" />
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="86" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="96" />
        <source>Record the payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="114" />
        <source>The amount must be a number, more than 0.</source>
        <translation>Le montant doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="117" />
        <source>The cash handed over must be a number.</source>
        <translation>Les espèces remises doivent être un nombre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="131" />
        <source>The amount must be more than 0.</source>
        <translation>Le montant doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="132" />
        <source>The amount is more than the balance due (%s).</source>
        <translation>Le montant dépasse le reste dû (%s).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="134" />
        <source>Choose how the customer paid.</source>
        <translation>Choisissez comment le client a payé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="135" />
        <source>Choose the account the money goes into.</source>
        <translation>Choisissez le compte qui reçoit l’argent.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/payment_dialog.py" line="136" />
        <source>The cash handed over is less than the amount.</source>
        <translation>Les espèces remises sont inférieures au montant.</translation>
    </message>
</context>
<context>
    <name>PaymentPart</name>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="41" />
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="43" />
        <source>into</source>
        <translation>sur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="53" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="35" />
        <source>e.g. 10,000</source>
        <translation>ex. 10 000</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="45" />
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="86" />
        <source>Amount received: must be a number, 0 or more.</source>
        <translation>Montant reçu : un nombre, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="102" />
        <source>Change due %s</source>
        <translation>Monnaie à rendre %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="104" />
        <source>Paid in full</source>
        <translation>Payé en totalité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="107" />
        <source>Not paid: %s owed</source>
        <translation>Non payée : reste dû %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/payment_part.py" line="109" />
        <source>Still owed %s</source>
        <translation>Reste dû %s</translation>
    </message>
</context>
<context>
    <name>PaymentsPart</name>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="47" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="47" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="47" />
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="47" />
        <source>Into</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="47" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="57" />
        <source>Take a payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="59" />
        <source>Delete the payment…</source>
        <translation>Supprimer le paiement…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="97" />
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/editor/payments_part.py" line="110" />
        <source>Paid %s · &lt;b&gt;balance due %s&lt;/b&gt;</source>
        <translation>Payé %s · &lt;b&gt;reste dû %s&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/pin_dialog.py" line="20" />
        <source>My PIN</source>
        <translation>Mon code PIN</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/pin_dialog.py" line="23" />
        <source>%s: your PIN unlocks this desk after Lock (Ctrl+L). Four digits, only yours.</source>
        <translation>%s : votre code PIN déverrouille ce poste après Verrouiller (Ctrl+L). Quatre chiffres, à vous seul.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/pin_dialog.py" line="24" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/pin_dialog.py" line="31" />
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/pin_dialog.py" line="32" />
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/pin_dialog.py" line="54" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="58" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="62" />
        <source>As the computer (%s)</source>
        <translation>Comme l’ordinateur (%s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="66" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="72" />
        <source>As in the shop's country, %s (%s)</source>
        <translation>Comme dans le pays de la boutique, %s (%s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="76" />
        <source>As on this computer (%s)</source>
        <translation>Comme sur cet ordinateur (%s)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="78" />
        <source>How dates are written in the list, the orders and the printed documents</source>
        <translation>L’écriture des dates dans la liste, les commandes et les documents imprimés</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="79" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="82" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="84" />
        <source>Look for new orders every</source>
        <translation>Chercher les nouvelles commandes toutes les</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="85" />
        <source>Tell me when new orders come in (notification and sound)</source>
        <translation>Me prévenir des nouvelles commandes (notification et son)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="88" />
        <source>Check for a new version once a day</source>
        <translation>Chercher une nouvelle version une fois par jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="108" />
        <source>%n minute(s) without use</source>
        <translation><numerusform>%n minute sans utilisation</numerusform><numerusform>%n minutes sans utilisation</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="108" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="111" />
        <source>Set my PIN…</source>
        <translation>Définir mon code PIN…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="112" />
        <source>Your 4-digit PIN unlocks this desk (Ctrl+L locks it)</source>
        <translation>Votre code PIN à 4 chiffres déverrouille ce poste (Ctrl+L le verrouille)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="116" />
        <source>Lock the desk after</source>
        <translation>Verrouiller le poste après</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="122" />
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="127" />
        <source>Above it, a manager must give the discount</source>
        <translation>Au-delà, un responsable doit faire la remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="129" />
        <source>Only a manager can set the discount limit.</source>
        <translation>Seul un responsable peut fixer la limite de remise.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="131" />
        <source>Discount limit</source>
        <translation>Limite de remise</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="51" />
        <source>Print %s</source>
        <translation>Imprimer %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="60" />
        <source>This sale is not on the server yet: it prints under its temporary reference.</source>
        <translation>Cette vente n’est pas encore sur le serveur : elle s’imprime sous sa référence provisoire.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="53" />
        <source>Receipt, 80 mm roll</source>
        <translation>Reçu, rouleau de 80 mm</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="54" />
        <source>Receipt, 58 mm roll</source>
        <translation>Reçu, rouleau de 58 mm</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="55" />
        <source>Invoice (A4)</source>
        <translation>Facture (A4)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="56" />
        <source>Delivery slip, no prices (A5)</source>
        <translation>Bon de livraison, sans prix (A5)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="61" />
        <source>Genuka invoice (PDF)</source>
        <translation>Facture Genuka (PDF)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/print_dialog.py" line="62" />
        <source>The server's own invoice, opened in the browser (needs the internet)</source>
        <translation>La facture du serveur, ouverte dans le navigateur (internet nécessaire)</translation>
    </message>
</context>
<context>
    <name>PrinterPart</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="30" />
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="39" />
        <source>None: receipts go through the system's printers</source>
        <translation>Aucune : les reçus passent par les imprimantes du système</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="40" />
        <source>Network (Ethernet or Wi-Fi)</source>
        <translation>Réseau (Ethernet ou Wi-Fi)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="41" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="42" />
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="46" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="48" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="50" />
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 caractères par ligne)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="51" />
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 caractères par ligne)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="53" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="54" />
        <source>Open the cash drawer on cash sales</source>
        <translation>Ouvrir le tiroir-caisse aux ventes en espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="58" />
        <source>Test print</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="88" />
        <source>host:port, e.g. 192.168.1.50:%s</source>
        <translation>hôte:port, par ex. 192.168.1.50:%s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="89" />
        <source>vendor:product as lsusb shows them, e.g. 04b8:0202</source>
        <translation>fabricant:produit comme lsusb les montre, par ex. 04b8:0202</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="90" />
        <source>the port, e.g. /dev/ttyUSB0 or COM3</source>
        <translation>le port, par ex. /dev/ttyUSB0 ou COM3</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="104" />
        <source>Type the printer's address as host:port, e.g. 192.168.1.50:%s.</source>
        <translation>Saisissez l’adresse de l’imprimante sous la forme hôte:port, par ex. 192.168.1.50:%s.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="106" />
        <source>Type the printer's USB ids as vendor:product, e.g. 04b8:0202.</source>
        <translation>Saisissez les identifiants USB de l’imprimante sous la forme fabricant:produit, par ex. 04b8:0202.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="107" />
        <source>Type the printer's serial port, e.g. /dev/ttyUSB0 or COM3.</source>
        <translation>Saisissez le port série de l’imprimante, par ex. /dev/ttyUSB0 ou COM3.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="121" />
        <source>Printing the test page…</source>
        <translation>Impression de la page de test…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="131" />
        <source>The test page could not be printed; the details are in the log file.</source>
        <translation>La page de test n’a pas pu être imprimée ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="133" />
        <source>Printed. The paper is running low: have a new roll ready.</source>
        <translation>Imprimée. Le papier arrive à sa fin : préparez un nouveau rouleau.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/printer_part.py" line="135" />
        <source>Printed: check the page on the printer.</source>
        <translation>Imprimée : vérifiez la page sur l’imprimante.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../genuka_desk/ui/product_picker.py" line="37" />
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/product_picker.py" line="40" />
        <source>Product, SKU or barcode…</source>
        <translation>Produit, code article ou code-barres…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/product_picker.py" line="72" />
        <source>Nothing in the catalogue matches.</source>
        <translation>Rien dans le catalogue ne correspond.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/product_picker.py" line="74" />
        <source>The catalogue is not on this computer yet: it comes with the next sync.</source>
        <translation>Le catalogue n’est pas encore sur cet ordinateur : il arrive avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/product_picker.py" line="46" />
        <source>Quantity: </source>
        <translation>Quantité : </translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/product_picker.py" line="70" />
        <source>%n product(s)</source>
        <translation><numerusform>%n produit</numerusform><numerusform>%n produits</numerusform></translation>
    </message>
</context>
<context>
    <name>QuitFlow</name>
    <message>
        <location filename="../../genuka_desk/ui/quit_flow.py" line="87" />
        <source>Open Genuka Desk</source>
        <translation>Ouvrir Genuka Desk</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_flow.py" line="88" />
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_flow.py" line="90" />
        <source>Genuka Desk: sending the changes, then it quits</source>
        <translation>Genuka Desk : envoi des modifications, puis fermeture</translation>
    </message>
</context>
<context>
    <name>QuitWords</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="36" />
        <source>%n change(s) have not reached the Genuka server yet.</source>
        <translation><numerusform>%n modification n’a pas encore atteint le serveur Genuka.</numerusform><numerusform>%n modifications n’ont pas encore atteint le serveur Genuka.</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="38" />
        <source>Sending did not work: the server cannot be reached (no internet connection?).</source>
        <translation>L’envoi n’a pas marché : le serveur est injoignable (pas de connexion internet ?).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="40" />
        <source>Sending did not work: %s</source>
        <translation>L’envoi n’a pas marché : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="42" />
        <source>The server cannot be reached now: Send now can only try once more.</source>
        <translation>Le serveur est injoignable pour le moment : « Envoyer maintenant » ne peut qu’essayer une fois de plus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="46" />
        <source>%n change(s) wait on this computer: nothing is lost, they are sent as soon as the server answers, at the latest at the next start.</source>
        <translation><numerusform>%n modification attend sur cet ordinateur : rien n’est perdu, elle part dès que le serveur répond, au plus tard au prochain démarrage.</numerusform><numerusform>%n modifications attendent sur cet ordinateur : rien n’est perdu, elles partent dès que le serveur répond, au plus tard au prochain démarrage.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="55" />
        <source>%n change(s) were refused by the server: they are not sent on their own. They wait for you to correct them and choose Retry (Needs attention, then right-click the order).</source>
        <translation><numerusform>%n modification a été refusée par le serveur : elle ne part pas d’elle-même. Elle vous attend : corrigez-la puis choisissez Réessayer (À traiter, puis clic droit sur la commande).</numerusform><numerusform>%n modifications ont été refusées par le serveur : elles ne partent pas d’elles-mêmes. Elles vous attendent : corrigez-les puis choisissez Réessayer (À traiter, puis clic droit sur la commande).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="64" />
        <source>%n change(s) clash with a colleague's edit: they wait for your choice in the order.</source>
        <translation><numerusform>%n modification est en conflit avec celle d’un collègue : elle attend votre choix dans la commande.</numerusform><numerusform>%n modifications sont en conflit avec celles d’un collègue : elles attendent votre choix dans la commande.</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="71" />
        <source>Send now: try to send the waiting changes, then quit if they all went.</source>
        <translation>Envoyer maintenant : essaie d’envoyer les modifications en attente, puis quitte si toutes sont parties.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="75" />
        <source>Keep sending in the background: the window closes, an icon stays near the clock until the waiting changes are sent, then the program quits.</source>
        <translation>Finir l’envoi en arrière-plan : la fenêtre se ferme, une icône reste près de l’horloge jusqu’à l’envoi des modifications en attente, puis le programme se ferme.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="79" />
        <source>Quit anyway: every change stays on this computer, for the next start.</source>
        <translation>Quitter quand même : chaque modification reste sur cet ordinateur, pour le prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="85" />
        <source>Changes not sent yet</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="89" />
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="92" />
        <source>Keep sending in the background</source>
        <translation>Finir l’envoi en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="94" />
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="62" />
        <source>Refund a return — %s</source>
        <translation>Rembourser un retour — %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="71" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="74" />
        <source>Value returned</source>
        <translation>Valeur rendue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="78" />
        <source>&amp;Money back on</source>
        <translation>&amp;Rembourser sur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="88" />
        <source>&amp;Amount handed back</source>
        <translation>&amp;Montant remboursé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="91" />
        <source>Taken out of the till's cash.</source>
        <translation>Pris dans les espèces de la caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="100" />
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="116" />
        <source>%s left</source>
        <translation>reste %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="118" />
        <source>%s · %s · through the till</source>
        <translation>%s · %s · par la caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="129" />
        <source>This login may not take returns on Genuka: ask a manager for the permission.</source>
        <translation>Ce compte ne peut pas enregistrer de retours sur Genuka : demandez l’autorisation à un responsable.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="131" />
        <source>This order has no payment to hand money back on.</source>
        <translation>Cette commande n’a aucun paiement sur lequel rembourser.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="135" />
        <source>Nothing was paid beyond the order's total: there is no money to hand back.</source>
        <translation>Rien n’a été payé au-delà du total de la commande : il n’y a pas d’argent à rendre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="138" />
        <source>The amount handed back must be a number above 0.</source>
        <translation>Le montant remboursé doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/refund_dialog.py" line="168" />
        <source>The refund could not be queued.</source>
        <translation>Le remboursement n’a pas pu être mis en file d’attente.</translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="43" />
        <location filename="../../genuka_desk/ui/refusal_words.py" line="109" />
        <source>The server refused this change.</source>
        <translation>Le serveur a refusé cette modification.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="51" />
        <location filename="../../genuka_desk/ui/refusal_words.py" line="87" />
        <source>This order no longer exists on the server.</source>
        <translation>Cette commande n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="55" />
        <source>The server answered but did not apply: %s. Check the order, then retry or discard the change.</source>
        <translation>Le serveur a répondu sans appliquer : %s. Vérifiez la commande, puis réessayez ou annulez la modification.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="60" />
        <source>Not sent after %s tries: %s</source>
        <translation>Non envoyée après %s essais : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="64" />
        <source>Above %1 %: a manager must give this discount.</source>
        <translation>Au-delà de %1 % : un responsable doit faire cette remise.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="76" />
        <source>The server could not add the payment.</source>
        <translation>Le serveur n’a pas pu ajouter le paiement.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="78" />
        <source>“%s”</source>
        <translation>« %s »</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="88" />
        <source>Your session has expired. Please log in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="89" />
        <location filename="../../genuka_desk/ui/refusal_words.py" line="106" />
        <source>You are not allowed to do this.</source>
        <translation>Vous n’avez pas le droit de faire cela.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="90" />
        <location filename="../../genuka_desk/ui/refusal_words.py" line="108" />
        <source>The server refused the data.</source>
        <translation>Le serveur a refusé les données.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="92" />
        <location filename="../../genuka_desk/ui/refusal_words.py" line="111" />
        <source>The server asks for the company: check the company in the login settings, then log in again.</source>
        <translation>Le serveur demande l’entreprise : vérifiez l’entreprise dans les réglages de connexion, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="94" />
        <source>Only a pending invoice can be deleted.</source>
        <translation>Seule une facture en attente peut être supprimée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="95" />
        <location filename="../../genuka_desk/ui/refusal_words.py" line="96" />
        <source>The Genuka server had a problem.</source>
        <translation>Le serveur Genuka a eu un problème.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="102" />
        <source>The Genuka server answered with an error.</source>
        <translation>Le serveur Genuka a répondu par une erreur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="104" />
        <source>Your session has expired or the credentials are wrong. Please log in again.</source>
        <translation>Votre session a expiré ou les identifiants sont faux. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="107" />
        <source>Not found on the server.</source>
        <translation>Introuvable sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="114" />
        <source>The server does not know this address: check the server address in the login settings.</source>
        <translation>Le serveur ne connaît pas cette adresse : vérifiez l’adresse du serveur dans les réglages de connexion.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="117" />
        <source>The server is busy (too many requests). Trying again shortly.</source>
        <translation>Le serveur est occupé (trop de requêtes). Nouvel essai dans un instant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="120" />
        <source>The Genuka server had a problem. Trying again shortly.</source>
        <translation>Le serveur Genuka a eu un problème. Nouvel essai dans un instant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="123" />
        <source>Cannot reach the Genuka server. Check the internet connection.</source>
        <translation>Impossible de joindre le serveur Genuka. Vérifiez la connexion internet.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/refusal_words.py" line="125" />
        <source>The server sent something unexpected.</source>
        <translation>Le serveur a envoyé une réponse inattendue.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/reminder.py" line="15" />
        <source>Reminder to %s</source>
        <translation>Relance à %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/reminder.py" line="18" />
        <source>In French: the customer's language, else the desk's. Change the words as you wish:</source>
        <translation>En français : la langue du client, sinon celle du poste. Modifiez le texte à votre guise :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/reminder.py" line="19" />
        <source>In English: the customer's language, else the desk's. Change the words as you wish:</source>
        <translation>En anglais : la langue du client, sinon celle du poste. Modifiez le texte à votre guise :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/credit_book/reminder.py" line="26" />
        <source>Open in &amp;WhatsApp</source>
        <translation>Ouvrir dans &amp;WhatsApp</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="77" />
        <source>Take a return — %s</source>
        <translation>Retour d’articles — %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="83" />
        <source>Order &lt;b&gt;%s&lt;/b&gt; · total %s · paid %s</source>
        <translation>Commande &lt;b&gt;%s&lt;/b&gt; · total %s · payé %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="94" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="95" />
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="96" />
        <source>Returned</source>
        <translation>Déjà rendu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="97" />
        <source>Coming back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="98" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="99" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="117" />
        <source>This line cannot be returned yet: its product is not known to Genuka.</source>
        <translation>Cette ligne ne peut pas encore être retournée : son produit n’est pas connu de Genuka.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="127" />
        <source>At most %n can come back.</source>
        <translation><numerusform>Au plus %n article peut être rendu.</numerusform><numerusform>Au plus %n articles peuvent être rendus.</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="137" />
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="156" />
        <source>Value coming back</source>
        <translation>Valeur rendue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="162" />
        <source>&amp;Money back on</source>
        <translation>&amp;Rembourser sur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="166" />
        <source>&amp;Amount handed back</source>
        <translation>&amp;Montant remboursé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="169" />
        <source>Taken out of the till's cash.</source>
        <translation>Pris dans les espèces de la caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="174" />
        <source>optional, for the whole return</source>
        <translation>facultatif, pour tout le retour</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="175" />
        <source>C&amp;omment</source>
        <translation>C&amp;ommentaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="179" />
        <source>A&amp;pprove now (restocks and recalculates the bill)</source>
        <translation>A&amp;pprouver maintenant (remet en stock et recalcule la facture)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="183" />
        <source>A manager approves it later: this login may not approve returns.</source>
        <translation>Un responsable l’approuvera plus tard : ce compte ne peut pas approuver les retours.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="190" />
        <source>&amp;Take the return</source>
        <translation>&amp;Enregistrer le retour</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="211" />
        <source>%s left</source>
        <translation>reste %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="213" />
        <source>%s · %s · through the till</source>
        <translation>%s · %s · par la caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="241" />
        <source>This login may not take returns on Genuka: ask a manager for the permission.</source>
        <translation>Ce compte ne peut pas enregistrer de retours sur Genuka : demandez l’autorisation à un responsable.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="245" />
        <source>Choose how many of a line come back.</source>
        <translation>Indiquez combien d’articles d’une ligne sont rendus.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="249" />
        <source>The amount handed back must be a number.</source>
        <translation>Le montant remboursé doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="298" />
        <source>Money goes back once the return is approved: refund it after the approval.</source>
        <translation>Le remboursement se fait une fois le retour approuvé : remboursez après l’approbation.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="326" />
        <source>Queuing the return…</source>
        <translation>Mise en file du retour…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="343" />
        <source>The return could not be queued.</source>
        <translation>Le retour n’a pas pu être mis en file d’attente.</translation>
    </message>
</context>
<context>
    <name>ReturnPrintDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_dialog.py" line="48" />
        <source>Print %s</source>
        <translation>Imprimer %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_dialog.py" line="56" />
        <source>This return is not on the server yet: it prints without its reference.</source>
        <translation>Ce retour n’est pas encore sur le serveur : il s’imprime sans sa référence.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_dialog.py" line="50" />
        <source>Return receipt, 80 mm roll</source>
        <translation>Bon de retour, rouleau de 80 mm</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_dialog.py" line="51" />
        <source>Return receipt, 58 mm roll</source>
        <translation>Bon de retour, rouleau de 58 mm</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_dialog.py" line="52" />
        <source>Return receipt (A4)</source>
        <translation>Bon de retour (A4)</translation>
    </message>
</context>
<context>
    <name>ReturnRefusals</name>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="33" />
        <source>Only %s of %s can still be returned (sold %s, returned %s).</source>
        <translation>Seulement %s de « %s » peuvent encore être rendus (vendus %s, déjà rendus %s).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="40" />
        <source>Return at least one of %s.</source>
        <translation>Rendez au moins un « %s ».</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="42" />
        <source>The refund (%s) is more than the payment holds (%s).</source>
        <translation>Le remboursement (%s) dépasse ce que contient ce paiement (%s).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="46" />
        <source>The refund (%s) is more than can go back (%s): what was returned, and only what was paid beyond the order's new total.</source>
        <translation>Le remboursement (%s) dépasse ce qui peut être rendu (%s) : la valeur rendue, et seulement ce qui a été payé au-delà du nouveau total de la commande.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="52" />
        <source>The till holds only %s in cash: hand back less, or on another payment.</source>
        <translation>La caisse ne contient que %s en espèces : rendez moins, ou sur un autre paiement.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="55" />
        <source>This cash went into another drawer (%s): hand it back there, or on another payment.</source>
        <translation>Ces espèces sont entrées dans un autre tiroir-caisse (%s) : rendez-les là-bas, ou sur un autre paiement.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="58" />
        <source>Unknown reason %s: choose one of the four reasons.</source>
        <translation>Motif inconnu %s : choisissez l’un des quatre motifs.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="64" />
        <source>Choose at least one line to return.</source>
        <translation>Choisissez au moins une ligne à rendre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="66" />
        <source>This line has no product variant on the order: it cannot be returned.</source>
        <translation>Cette ligne n’a pas de variante de produit sur la commande : elle ne peut pas être rendue.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="68" />
        <source>A line's comment is at most 500 characters.</source>
        <translation>Le commentaire d’une ligne fait au plus 500 caractères.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="70" />
        <source>This payment is not on the order: choose one of its payments to refund on.</source>
        <translation>Ce paiement n’est pas sur la commande : choisissez l’un de ses paiements pour rembourser.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="73" />
        <source>You may not take returns (the permission returns.create).</source>
        <translation>Vous n’êtes pas autorisé à enregistrer des retours (permission returns.create).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="76" />
        <source>The return's comment is at most 500 characters.</source>
        <translation>Le commentaire du retour fait au plus 500 caractères.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="80" />
        <source>Money goes back once the return is approved: approve it now, or refund it after a manager's approval.</source>
        <translation>L’argent est rendu une fois le retour approuvé : approuvez-le maintenant, ou remboursez après l’approbation d’un responsable.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="84" />
        <source>No such return on this order.</source>
        <translation>Ce retour n’existe pas sur cette commande.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="86" />
        <source>Only a manager may approve a return (the permission returns.approve).</source>
        <translation>Seul un responsable peut approuver un retour (permission returns.approve).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="89" />
        <source>The approval's comment is at most 500 characters.</source>
        <translation>Le commentaire d’approbation fait au plus 500 caractères.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="91" />
        <source>This return is approved already.</source>
        <translation>Ce retour est déjà approuvé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="93" />
        <source>This return is cancelled: it cannot be approved.</source>
        <translation>Ce retour est annulé : il ne peut pas être approuvé.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="96" />
        <source>Money goes back once the return is approved: a manager approves it first.</source>
        <translation>L’argent est rendu une fois le retour approuvé : un responsable doit d’abord l’approuver.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="98" />
        <source>Money was handed back for this return already.</source>
        <translation>L’argent de ce retour a déjà été rendu.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="100" />
        <source>Choose the payment the money goes back on, and an amount.</source>
        <translation>Choisissez le paiement sur lequel rembourser, et un montant.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="103" />
        <source>This order is cancelled: nothing can be returned.</source>
        <translation>Cette commande est annulée : rien ne peut être rendu.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="105" />
        <source>This order has no lines to return.</source>
        <translation>Cette commande n’a aucune ligne à rendre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/return_refusals.py" line="107" />
        <source>Everything on this order was returned already, or its lines have no product variant.</source>
        <translation>Tout a déjà été rendu sur cette commande, ou ses lignes n’ont pas de variante de produit.</translation>
    </message>
</context>
<context>
    <name>ReturnSay</name>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="20" />
        <source>Defective</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="21" />
        <source>Not as described</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="22" />
        <source>Delivery problem</source>
        <translation>Problème de livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="23" />
        <source>Changed their mind</source>
        <translation>A changé d’avis</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="34" />
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="35" />
        <source>held: see the queue</source>
        <translation>retenu : voir la file d’attente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="36" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="37" />
        <source>awaiting approval</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="38" />
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="39" />
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="40" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="48" />
        <source>refund queued</source>
        <translation>remboursement en file d’attente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="49" />
        <source>refund done</source>
        <translation>remboursement effectué</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="50" />
        <source>refund held: see the queue</source>
        <translation>remboursement retenu : voir la file d’attente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="55" />
        <source>No money now (credit note)</source>
        <translation>Pas de remboursement maintenant (avoir)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/words.py" line="59" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
</context>
<context>
    <name>ReturnWords</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="23" />
        <source>Return %s</source>
        <translation>Retour %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="24" />
        <source>Return (queued: its reference comes after the sync)</source>
        <translation>Retour (en file d’attente : sa référence viendra après la synchronisation)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="25" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="26" />
        <source>Goods returned</source>
        <translation>Articles rendus</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="28" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="29" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="30" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="32" />
        <source>Value returned</source>
        <translation>Valeur rendue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="33" />
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="34" />
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="35" />
        <source>Cash (out of the till)</source>
        <translation>Espèces (sorties de la caisse)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="36" />
        <source>No money now: credit note</source>
        <translation>Pas de remboursement maintenant : avoir</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="39" />
        <source>Keep this receipt.</source>
        <translation>Conservez ce bon.</translation>
    </message>
</context>
<context>
    <name>ReturnsStrip</name>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="65" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="65" />
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="65" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="65" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="65" />
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="77" />
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="78" />
        <source>Restocks the goods and recalculates the bill on Genuka</source>
        <translation>Remet les articles en stock et recalcule la facture sur Genuka</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="80" />
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="81" />
        <source>Hand the money back now, on one of the order's payments</source>
        <translation>Rendre l’argent maintenant, sur l’un des paiements de la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="83" />
        <source>Print return receipt…</source>
        <translation>Imprimer le bon de retour…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/returns/strip.py" line="100" />
        <source>Returns (%n)</source>
        <translation><numerusform>Retours (%n)</numerusform><numerusform>Retours (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="104" />
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/returns/strip.py" line="141" />
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
</context>
<context>
    <name>ReviewStrip</name>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="59" />
        <source>Approve the count…</source>
        <translation>Approuver le compte…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="60" />
        <source>Reject: count again…</source>
        <translation>Refuser : recompter…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="88" />
        <source>Approve this count? The till closes with this difference.</source>
        <translation>Approuver ce compte ? La caisse se ferme avec cet écart.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="89" />
        <source>Approve the count</source>
        <translation>Approuver le compte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="89" />
        <source>Your notes (optional):</source>
        <translation>Vos notes (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="97" />
        <source>Reject this count? The till opens again and the clerk counts again.</source>
        <translation>Refuser ce compte ? La caisse est rouverte et le caissier recompte.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="132" />
        <source>Till: %s</source>
        <translation>Caisse : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="133" />
        <source>Clerk: %s</source>
        <translation>Caissier : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="133" />
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="134" />
        <source>It should have held: %s</source>
        <translation>Elle devait contenir : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="135" />
        <source>Counted: %s</source>
        <translation>Compté : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="136" />
        <source>Difference: %s</source>
        <translation>Écart : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="137" />
        <source>Reason given: %s</source>
        <translation>Motif donné : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="140" />
        <source>The clerk's notes: %s</source>
        <translation>Notes du caissier : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="100" />
        <source>Reject the count</source>
        <translation>Refuser le compte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="101" />
        <source>Why? The clerk reads it before counting again:</source>
        <translation>Pourquoi ? Le caissier le lit avant de recompter :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/review.py" line="106" />
        <source>Say why the count is rejected: the clerk reads it before counting again.</source>
        <translation>Dites pourquoi le compte est refusé : le caissier le lit avant de recompter.</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="57" />
        <source>Open order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="58" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="60" />
        <source>Take a payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="61" />
        <source>Send to the customer…</source>
        <translation>Envoyer au client…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="62" />
        <source>Take a return…</source>
        <translation>Enregistrer un retour…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="67" />
        <source>Refused: %s</source>
        <translation>Refusée : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="72" />
        <source>Correct the sale…</source>
        <translation>Corriger la vente…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="73" />
        <source>Send it again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="74" />
        <source>Discard the sale…</source>
        <translation>Abandonner la vente…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="76" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="79" />
        <source>Send the rest, without the refused part</source>
        <translation>Envoyer le reste, sans la partie refusée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="81" />
        <source>Revert</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/row_menu.py" line="84" />
        <source>Resolve the conflict…</source>
        <translation>Résoudre le conflit…</translation>
    </message>
</context>
<context>
    <name>SaleLinesPart</name>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="46" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="53" />
        <source>Product, SKU or barcode… (Enter adds it)</source>
        <translation>Produit, code article ou code-barres… (Entrée l’ajoute)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="60" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="61" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="62" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="63" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="64" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="65" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="79" />
        <source>A line of your own: title</source>
        <translation>Une ligne libre : intitulé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="81" />
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="83" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="85" />
        <source>Discount…</source>
        <translation>Remise…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="86" />
        <source>A discount on the chosen line or the whole sale</source>
        <translation>Une remise sur la ligne choisie ou toute la vente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="98" />
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="100" />
        <source>Apply the code</source>
        <translation>Appliquer le code</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="160" />
        <source>A line of your own needs a title and a price.</source>
        <translation>Une ligne libre demande un intitulé et un prix.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="269" />
        <source>stock %s</source>
        <translation>stock %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="301" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="328" />
        <source>%1 It is taken off the sale.</source>
        <translation>%1 Elle est retirée de la vente.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="339" />
        <source>Offer: %1 (−%2), click to apply</source>
        <translation>Offre : %1 (−%2), cliquez pour l’appliquer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="346" />
        <source>Subtotal %1 · discounts −%2</source>
        <translation>Sous-total %1 · remises −%2</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/counter/lines_part.py" line="356" />
        <source>More than the stock: %s</source>
        <translation>Plus que le stock : %s</translation>
    </message>
</context>
<context>
    <name>SavePlace</name>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="100" />
        <source>CSV for a spreadsheet, in English (*.csv)</source>
        <translation>CSV pour un tableur, en français (*.csv)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="101" />
        <source>CSV for other tools, English headers (*.csv)</source>
        <translation>CSV pour d’autres logiciels, en-têtes en anglais (*.csv)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="107" />
        <source>orders-{day}.csv</source>
        <translation>commandes-{day}.csv</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="142" />
        <source>invoice-{reference}-{day}.pdf</source>
        <translation>facture-{reference}-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="143" />
        <source>receipt-{reference}-{day}.pdf</source>
        <translation>reçu-{reference}-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="144" />
        <source>delivery-slip-{reference}-{day}.pdf</source>
        <translation>bon-de-livraison-{reference}-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/save_place.py" line="153" />
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="243" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="56" />
        <source>Send %s to the customer</source>
        <translation>Envoyer %s au client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="59" />
        <source>this customer</source>
        <translation>ce client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="60" />
        <source>Order %s, for %s</source>
        <translation>Commande %s, pour %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="66" />
        <source>&amp;E-mail by Genuka to %s</source>
        <translation>&amp;E-mail par Genuka à %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="68" />
        <source>Genuka's order confirmation. It goes once the order is on the server, and never twice.</source>
        <translation>La confirmation de commande de Genuka. Elle part une fois la commande sur le serveur, et jamais deux fois.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="71" />
        <source>&amp;E-mail by Genuka: this customer has no e-mail address</source>
        <translation>&amp;E-mail par Genuka : ce client n’a pas d’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="75" />
        <source>&amp;WhatsApp to %s</source>
        <translation>&amp;WhatsApp au %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="78" />
        <source>&amp;WhatsApp: this customer has no phone number</source>
        <translation>&amp;WhatsApp : ce client n’a pas de numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="86" />
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="87" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="88" />
        <source>Send &amp;as:</source>
        <translation>Envoyer &amp;comme :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="92" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="93" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="95" />
        <source>In the &amp;language:</source>
        <translation>Dans la &amp;langue :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="100" />
        <source>The WhatsApp message:</source>
        <translation>Le message WhatsApp :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="111" />
        <source>This sale is not on Genuka yet: the link to its receipt comes after the sync. The e-mail waits for it and goes then.</source>
        <translation>Cette vente n’est pas encore sur Genuka : le lien vers son reçu viendra après la synchronisation. L’e-mail l’attend et part alors.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="123" />
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/dialog.py" line="164" />
        <source>The e-mail could not be queued.</source>
        <translation>L’e-mail n’a pas pu être mis en file.</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="40" />
        <source>Hello %s,</source>
        <translation>Bonjour %s,</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="41" />
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="42" />
        <source>Here is your receipt for order %s from %s:</source>
        <translation>Voici votre reçu pour la commande %s chez %s :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="43" />
        <source>Here is your invoice for order %s from %s:</source>
        <translation>Voici votre facture pour la commande %s chez %s :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="44" />
        <source>- %s × %s: %s</source>
        <translation>- %s × %s : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="45" />
        <source>Discount: %s</source>
        <translation>Remise : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="46" />
        <source>Delivery: %s</source>
        <translation>Livraison : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="47" />
        <source>Total: %s</source>
        <translation>Total : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="48" />
        <source>Paid: %s</source>
        <translation>Payé : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="49" />
        <source>Still to pay: %s</source>
        <translation>Reste à payer : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="50" />
        <source>Your receipt: %s</source>
        <translation>Votre reçu : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="51" />
        <source>Your invoice (PDF): %s</source>
        <translation>Votre facture (PDF) : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/send/words.py" line="52" />
        <source>Thank you for your purchase!</source>
        <translation>Merci pour votre achat !</translation>
    </message>
</context>
<context>
    <name>ServiceBridge</name>
    <message>
        <location filename="../../genuka_desk/ui/bridge.py" line="95" />
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Un problème est survenu ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="74" />
        <source>Counter (POS)</source>
        <translation>Boutique (caisse)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="76" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="77" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="80" />
        <source>Genuka dashboard</source>
        <translation>Tableau de bord Genuka</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="81" />
        <source>Excel import</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="82" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="29" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="30" />
        <source>Taken in charge</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="31" />
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="32" />
        <source>Partly delivered</source>
        <translation>Livrée en partie</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="33" />
        <location filename="../../genuka_desk/ui/labels.py" line="45" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="39" />
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="40" />
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="41" />
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="42" />
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="44" />
        <location filename="../../genuka_desk/ui/labels.py" line="51" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="53" />
        <source>Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="54" />
        <source>Sales order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="55" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="62" />
        <source>Conflict: a colleague changed the same field</source>
        <translation>Conflit : un collègue a modifié le même champ</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="64" />
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/labels.py" line="66" />
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="49" />
        <source>Set status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="50" />
        <source>Change the status of the selected orders</source>
        <translation>Changer le statut des commandes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="60" />
        <source>Setting the payment back to awaiting payment creates a credit note for what was invoiced. Continue?</source>
        <translation>Remettre le paiement en attente crée un avoir pour ce qui a été facturé. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="63" />
        <source>Cancelling the payment cannot be undone from here. Continue?</source>
        <translation>L’annulation du paiement ne peut pas être défaite d’ici. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="71" />
        <source>Record the payment?</source>
        <translation>Enregistrer le paiement ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="73" />
        <source>%s still owes %s. Record a payment for it? Only then does Genuka count the money.</source>
        <translation>%s doit encore %s. Enregistrer un paiement pour ce montant ? Genuka ne compte l’argent qu’ainsi.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="76" />
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="77" />
        <source>Only change the status</source>
        <translation>Changer seulement le statut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/status_changes.py" line="85" />
        <source>No payment is recorded on %n selected order(s). An order is partly paid once a payment is recorded on it: take a payment on each (Edit &gt; Take a payment…); the status follows.</source>
        <translation><numerusform>Aucun paiement n’est enregistré sur %n commande sélectionnée. Une commande est payée en partie une fois un paiement enregistré : encaissez sur chacune (Édition &gt; Encaisser…) ; le statut suit.</numerusform><numerusform>Aucun paiement n’est enregistré sur %n commandes sélectionnées. Une commande est payée en partie une fois un paiement enregistré : encaissez sur chacune (Édition &gt; Encaisser…) ; le statut suit.</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="120" />
        <location filename="../../genuka_desk/ui/status_changes.py" line="152" />
        <source>Change the status?</source>
        <translation>Changer le statut ?</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/status_changes.py" line="127" />
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="32" />
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="35" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="37" />
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="46" />
        <source>You are offline. Your edits are kept on this computer and will be sent as soon as the connection returns.</source>
        <translation>Vous êtes hors ligne. Vos modifications sont gardées sur cet ordinateur et seront envoyées dès le retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="73" />
        <source>At the desk: %s</source>
        <translation>Au poste : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="75" />
        <source>Lock the desk (Ctrl+L): the next clerk unlocks with their PIN.</source>
        <translation>Verrouiller le poste (Ctrl+L) : la personne suivante le déverrouille avec son code PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="93" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n modification en attente</numerusform><numerusform>%n modifications en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="95" />
        <source>%n refused</source>
        <translation><numerusform>%n refusée</numerusform><numerusform>%n refusées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="97" />
        <source>%n in conflict</source>
        <translation><numerusform>%n en conflit</numerusform><numerusform>%n en conflit</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="98" />
        <source>All changes sent</source>
        <translation>Toutes les modifications sont envoyées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="106" />
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="132" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="106" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="122" />
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="122" />
        <source>Receiving orders</source>
        <translation>Réception des commandes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="136" />
        <source>Server trouble, retrying</source>
        <translation>Le serveur a un problème, nouvel essai</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="142" />
        <source>Last sync %s</source>
        <translation>Dernière synchro %s</translation>
    </message>
</context>
<context>
    <name>ThermalWords</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="22" />
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="28" />
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="80" />
        <source>%s: %s</source>
        <translation>%s : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="29" />
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="30" />
        <source>Temporary reference: this sale is not on the Genuka server yet.</source>
        <translation>Référence provisoire : cette vente n’est pas encore sur le serveur Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="33" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="34" />
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="35" />
        <source>Picked up at the shop</source>
        <translation>Retrait en boutique</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="36" />
        <source>Delivery day: %s</source>
        <translation>Livraison le %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="37" />
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="38" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="39" />
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="40" />
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="41" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="42" />
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="43" />
        <source>Balance due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="44" />
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="37" />
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="45" />
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="46" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="47" />
        <source>Cash given</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="48" />
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="38" />
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="49" />
        <source>Served by %s</source>
        <translation>Servi par %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="50" />
        <source>Thank you for your purchase!</source>
        <translation>Merci pour votre achat !</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="42" />
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="52" />
        <source>Trade register (RCCM)</source>
        <translation>RCCM</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/return_words.py" line="43" />
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="53" />
        <source>Tax number (NIU)</source>
        <translation>NIU</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="61" />
        <source>Test print</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="62" />
        <source>If you can read this, the receipt printer works.</source>
        <translation>Si vous lisez ceci, l’imprimante de tickets fonctionne.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="63" />
        <source>French letters:</source>
        <translation>Lettres françaises :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="64" />
        <source>Roll: %s mm, %s columns</source>
        <translation>Rouleau : %s mm, %s colonnes</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="65" />
        <source>QR code printed by the printer:</source>
        <translation>Code QR imprimé par l’imprimante :</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="81" />
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="82" />
        <source>Provisional: not synced with Genuka yet</source>
        <translation>Provisoire : pas encore synchronisé avec Genuka</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="83" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="84" />
        <source>Ref. %s</source>
        <translation>Réf. %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="95" />
        <source>Payments by method</source>
        <translation>Répartition par mode de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="103" />
        <source>Closing notes</source>
        <translation>Notes de fermeture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="107" />
        <source>Manager's note</source>
        <translation>Note du responsable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="108" />
        <source>Why it was rejected</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="85" />
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="86" />
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="87" />
        <source>Still open</source>
        <translation>Encore ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="88" />
        <source>Opened by</source>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="89" />
        <source>Closed by</source>
        <translation>Fermée par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="90" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="91" />
        <source>Opening count</source>
        <translation>Comptage d’ouverture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="92" />
        <source>Opening cash</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="93" />
        <source>Opening notes</source>
        <translation>Notes d’ouverture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="94" />
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="96" />
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="97" />
        <source>Other cash in and out</source>
        <translation>Autres entrées et sorties de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="98" />
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="99" />
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="100" />
        <source>Closing count</source>
        <translation>Comptage de fermeture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="101" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="102" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="121" />
        <source>No receipt printer is set: choose one in Edit &gt; Preferences.</source>
        <translation>Aucune imprimante de tickets n’est choisie : choisissez-en une dans Édition &gt; Préférences.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="124" />
        <source>The receipt printer does not answer (%s): check that it is switched on and connected.</source>
        <translation>L’imprimante de tickets ne répond pas (%s) : vérifiez qu’elle est allumée et branchée.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="128" />
        <source>The receipt printer is out of paper: put in a new roll.</source>
        <translation>L’imprimante de tickets n’a plus de papier : mettez un nouveau rouleau.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="131" />
        <source>This computer cannot reach USB printers (the USB library is missing): use the network or serial port.</source>
        <translation>Cet ordinateur ne peut pas joindre les imprimantes USB (la bibliothèque USB manque) : utilisez le réseau ou le port série.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/thermal_words.py" line="135" />
        <source>The connection to the receipt printer broke while printing (%s): try again.</source>
        <translation>La connexion à l’imprimante de tickets s’est coupée pendant l’impression (%s) : réessayez.</translation>
    </message>
</context>
<context>
    <name>TillBar</name>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="85" />
        <source>Till: waiting for your decision</source>
        <translation>Caisse : en attente de votre décision</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="90" />
        <source>Till: waiting for a manager's approval</source>
        <translation>Caisse : en attente de l’accord d’un responsable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="90" />
        <source>Open the till window to see it.</source>
        <translation>Ouvrez la fenêtre de la caisse pour le voir.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="94" />
        <source>Till closed · %s counted · not sent yet</source>
        <translation>Caisse fermée · %s comptés · pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="95" />
        <source>The close is sent to Genuka as soon as the connection allows.</source>
        <translation>La fermeture est envoyée à Genuka dès que la connexion le permet.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="99" />
        <source>Till open since %s · should hold %s</source>
        <translation>Caisse ouverte depuis %s · doit contenir %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="103" />
        <source>Not all on the server yet: the desk's own count.</source>
        <translation>Pas encore tout sur le serveur : le compte du poste.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="110" />
        <source>Till closed</source>
        <translation>Caisse fermée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="110" />
        <source>Open the till to start a shift (Till menu).</source>
        <translation>Ouvrez la caisse pour commencer un service (menu Caisse).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/bar.py" line="112" />
        <source>No cash control</source>
        <translation>Pas de contrôle de caisse</translation>
    </message>
</context>
<context>
    <name>TillPart</name>
    <message>
        <location filename="../../genuka_desk/ui/till/part.py" line="51" />
        <source>Open the till…</source>
        <translation>Ouvrir la caisse…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/part.py" line="53" />
        <source>Close the till…</source>
        <translation>Fermer la caisse…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/close_answer.py" line="62" />
        <location filename="../../genuka_desk/ui/till/part.py" line="55" />
        <source>Till and Z reports…</source>
        <translation>Caisse et rapports Z…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/part.py" line="85" />
        <source>This login only reads: it does not open or close the till.</source>
        <translation>Cette connexion ne fait que consulter : elle n’ouvre ni ne ferme la caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/part.py" line="87" />
        <source>First decide about the held opening in the till window.</source>
        <translation>Décidez d’abord du sort de l’ouverture en attente, dans la fenêtre de la caisse.</translation>
    </message>
</context>
<context>
    <name>TillPrinter</name>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="48" />
        <source>This login may not take sales: it does not open the cash drawer.</source>
        <translation>Cette connexion ne peut pas encaisser de ventes : elle n’ouvre pas le tiroir-caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="74" />
        <source>The cash drawer did not open. %s</source>
        <translation>Le tiroir-caisse ne s’est pas ouvert. %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="76" />
        <source>Cash drawer opened.</source>
        <translation>Tiroir-caisse ouvert.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="100" />
        <source>Receipt sent to the receipt printer.</source>
        <translation>Reçu envoyé à l’imprimante de tickets.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="105" />
        <source>Print it from here instead.</source>
        <translation>Imprimez-le d’ici à la place.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="112" />
        <source>The receipt printer could not be used; the details are in the log file.</source>
        <translation>L’imprimante de tickets n’a pas pu être utilisée ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/paper/till_printer.py" line="117" />
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../genuka_desk/ui/till/window.py" line="55" />
        <source>Till and Z reports</source>
        <translation>Caisse et rapports Z</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/window.py" line="71" />
        <source>Z report of this session…</source>
        <translation>Rapport Z de ce service…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/window.py" line="85" />
        <source>Till history</source>
        <translation>Historique de la caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/window.py" line="169" />
        <source>Waiting for a manager: the count of %s (%s) differs by %s. Reason given: %s.</source>
        <translation>En attente d’un responsable : le compte de %s (%s) diffère de %s. Motif donné : %s.</translation>
    </message>
</context>
<context>
    <name>TillWords</name>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="39" />
        <source>Rounding (no small change)</source>
        <translation>Arrondi (pas de petite monnaie)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="40" />
        <source>Mistake in the change given</source>
        <translation>Erreur de rendu de monnaie</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="41" />
        <source>Lost receipt</source>
        <translation>Reçu perdu</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="42" />
        <source>Error in the system</source>
        <translation>Erreur du système</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="43" />
        <source>Cash found</source>
        <translation>Espèces trouvées</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="44" />
        <source>Suspected theft</source>
        <translation>Vol suspecté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="45" />
        <source>Other (say why in the notes)</source>
        <translation>Autre (dites pourquoi dans les notes)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="58" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="59" />
        <source>Closed here, not sent yet</source>
        <translation>Fermée ici, pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="60" />
        <source>Waiting for a manager's approval</source>
        <translation>En attente de l’accord d’un responsable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="61" />
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="62" />
        <source>Rejected: count again</source>
        <translation>Refusée : recompter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="68" />
        <source>Cash control is off for this company on Genuka: the till is not used, and sales go on as before. A manager can turn it on in the Genuka dashboard (company settings).</source>
        <translation>Le contrôle de caisse est désactivé pour cette entreprise sur Genuka : la caisse n’est pas utilisée, et les ventes continuent comme avant. Un responsable peut l’activer dans le tableau de bord Genuka (paramètres de l’entreprise).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="74" />
        <source>No cash account is known yet: sync once with the server, then open the till.</source>
        <translation>Aucun compte de caisse n’est encore connu : synchronisez une fois avec le serveur, puis ouvrez la caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="78" />
        <source>Approving or rejecting a count needs the server: connect, then try again.</source>
        <translation>Approuver ou refuser un compte demande le serveur : connectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="84" />
        <source>The server cannot be reached now: try again when the connection is back.</source>
        <translation>Le serveur est injoignable pour l’instant : réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="88" />
        <source>Your login may not do this: a manager's login can (the permission comes from Genuka).</source>
        <translation>Votre connexion ne le permet pas : celle d’un responsable le peut (la permission vient de Genuka).</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="95" />
        <source>The count differs from what the till should hold: choose a reason.</source>
        <translation>Le compte diffère de ce que la caisse devrait contenir : choisissez un motif.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="106" />
        <source>This account does not take cash: pick the till's cash account.</source>
        <translation>Ce compte ne reçoit pas d’espèces : choisissez le compte de caisse.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="109" />
        <source>The till is already open on this account: close it before opening another.</source>
        <translation>La caisse est déjà ouverte sur ce compte : fermez-la avant d’en ouvrir une autre.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="111" />
        <location filename="../../genuka_desk/ui/till/words.py" line="112" />
        <source>The till is not open.</source>
        <translation>La caisse n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="113" />
        <source>A quantity cannot be negative.</source>
        <translation>Une quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="115" />
        <source>This count names a bill or coin the till does not know: sync, then count again.</source>
        <translation>Ce compte nomme un billet ou une pièce que la caisse ne connaît pas : synchronisez, puis recomptez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="118" />
        <source>No opening waits for the till open on the server.</source>
        <translation>Aucune ouverture n’attend à cause de la caisse ouverte sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="121" />
        <source>No session is open on the server for this till any more: retry the opening.</source>
        <translation>Plus aucun service n’est ouvert sur le serveur pour cette caisse : renvoyez l’ouverture.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="124" />
        <source>This session has not reached the server yet: sync first.</source>
        <translation>Ce service n’est pas encore arrivé sur le serveur : synchronisez d’abord.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="127" />
        <source>Say why the closure is rejected: the clerk reads it before counting again.</source>
        <translation>Dites pourquoi la fermeture est refusée : le caissier le lit avant de recompter.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="130" />
        <source>This till may already be open on the server: it cannot be dropped before a check.</source>
        <translation>Cette caisse est peut-être déjà ouverte sur le serveur : elle ne peut pas être annulée avant une vérification.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/words.py" line="133" />
        <source>This close may already be on the server: it cannot be dropped before a check.</source>
        <translation>Cette fermeture est peut-être déjà sur le serveur : elle ne peut pas être annulée avant une vérification.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="57" />
        <location filename="../../genuka_desk/ui/today_panel.py" line="67" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="68" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="69" />
        <source>Still owed</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="72" />
        <source>What customers still owe on sales orders and invoices (cancelled orders, cancelled payments and quotations left out)</source>
        <translation>Ce que les clients doivent encore sur les bons de commande et les factures (commandes annulées, paiements annulés et devis exclus)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/today_panel.py" line="105" />
        <location filename="../../genuka_desk/ui/today_panel.py" line="106" />
        <source>%n order(s)</source>
        <translation><numerusform>%n commande</numerusform><numerusform>%n commandes</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="111" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="112" />
        <source>Fulfilment</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="113" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/today_panel.py" line="118" />
        <source>No order this week yet.</source>
        <translation>Pas encore de commande cette semaine.</translation>
    </message>
</context>
<context>
    <name>UnlockWords</name>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="18" />
        <source>Wrong PIN, or a PIN not used on this computer yet: offline, only the PINs of clerks who unlocked here before can be checked.</source>
        <translation>Code PIN erroné, ou pas encore utilisé sur cet ordinateur : hors ligne, seuls les codes des personnes qui ont déjà déverrouillé ce poste peuvent être vérifiés.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="22" />
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="24" />
        <source>A PIN is four digits.</source>
        <translation>Un code PIN compte quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="26" />
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/lock_words.py" line="28" />
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation><numerusform>Trop de codes erronés : réessayez dans %n seconde.</numerusform><numerusform>Trop de codes erronés : réessayez dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="31" />
        <source>The server cannot be reached, and your PIN was never checked by it on this computer: a first PIN unlock needs the connection. A colleague who unlocked here before can unlock.</source>
        <translation>Le serveur est injoignable, et votre code PIN n’a jamais été vérifié par lui sur cet ordinateur : un premier déverrouillage par code PIN demande la connexion. Un collègue qui a déjà déverrouillé ce poste peut le faire.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="36" />
        <source>Offline, this PIN fits more than one clerk kept on this computer (a PIN was changed since): only the server can say whose it is. Try again when the connection is back.</source>
        <translation>Hors ligne, ce code PIN correspond à plusieurs personnes gardées sur cet ordinateur (un code a changé depuis) : seul le serveur peut dire à qui il est. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="40" />
        <source>Type your company code first: the PIN login needs it once.</source>
        <translation>Tapez d’abord le code de votre entreprise : la connexion par code PIN en a besoin une fois.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="42" />
        <source>No company has this code. Check it with your manager.</source>
        <translation>Aucune entreprise n’a ce code. Vérifiez-le avec votre responsable.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="44" />
        <source>This login belongs to another company than this desk's.</source>
        <translation>Cette connexion appartient à une autre entreprise que celle de ce poste.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="46" />
        <source>The server cannot be reached: a password is checked by the server. Try your PIN.</source>
        <translation>Le serveur est injoignable : un mot de passe est vérifié par le serveur. Essayez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="48" />
        <source>The server cannot be reached. Try again when the connection is back.</source>
        <translation>Le serveur est injoignable. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="50" />
        <source>Wrong email or password.</source>
        <translation>E-mail ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="53" />
        <source>The server refused this PIN: %s</source>
        <translation>Le serveur a refusé ce code PIN : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/lock_words.py" line="56" />
        <source>The desk could not be unlocked; the details are in the log file.</source>
        <translation>Le poste n’a pas pu être déverrouillé ; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../genuka_desk/ui/update_check.py" line="127" />
        <source>Check for updates</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/update_check.py" line="129" />
        <source>Could not check for updates: %s</source>
        <translation>Impossible de chercher une mise à jour : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/update_check.py" line="132" />
        <source>Genuka Desk %s is the latest version.</source>
        <translation>Genuka Desk %s est la dernière version.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/update_check.py" line="135" />
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/update_check.py" line="136" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/update_check.py" line="143" />
        <source>Genuka Desk %s is available (this is %s).</source>
        <translation>Genuka Desk %s est disponible (vous avez la %s).</translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="54" />
        <source>z-report-{day}-{session}.pdf</source>
        <translation>rapport-z-{day}-{session}.pdf</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="80" />
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="82" />
        <source>Preparing the Z report…</source>
        <translation>Préparation du rapport Z…</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="87" />
        <source>Provisional: made from this computer's copy, not synced with Genuka yet.</source>
        <translation>Provisoire : fait depuis la copie de cet ordinateur, pas encore synchronisé avec Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="94" />
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="94" />
        <source>Receipt roll, 80 mm</source>
        <translation>Rouleau de tickets, 80 mm</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="94" />
        <source>Receipt roll, 58 mm</source>
        <translation>Rouleau de tickets, 58 mm</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="110" />
        <source>Print on the receipt printer</source>
        <translation>Imprimer sur l’imprimante de tickets</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="144" />
        <source>Opened by %s</source>
        <translation>Ouverte par %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="145" />
        <source>it should hold %s</source>
        <translation>elle devrait contenir %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="148" />
        <source>Ref. %s</source>
        <translation>Réf. %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="194" />
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="204" />
        <source>Sent to %s.</source>
        <translation>Envoyé à %s.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="222" />
        <source>The receipt printer could not be used; the details are in the log file.</source>
        <translation>L’imprimante de tickets n’a pas pu être utilisée ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="224" />
        <source>Sent to the receipt printer.</source>
        <translation>Envoyé à l’imprimante de tickets.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="234" />
        <source>The PDF could not be written: %s</source>
        <translation>Le PDF n’a pas pu être écrit : %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="236" />
        <source>Saved %s.</source>
        <translation>%s enregistré.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_dialog.py" line="246" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>ZSay</name>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="35" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="36" />
        <source>Closed here, not sent yet</source>
        <translation>Fermée ici, pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="37" />
        <source>Closed, awaiting approval</source>
        <translation>Fermée, en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="38" />
        <source>Closed and approved</source>
        <translation>Fermée et approuvée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="39" />
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="40" />
        <source>Rejected: recount</source>
        <translation>Refusée : à recompter</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="50" />
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="51" />
        <source>Adjustment (+)</source>
        <translation>Ajustement (+)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="52" />
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="53" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="54" />
        <source>Adjustment (−)</source>
        <translation>Ajustement (−)</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="63" />
        <source>Other cash movement</source>
        <translation>Autre mouvement de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="67" />
        <source>bill</source>
        <translation>billet</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="67" />
        <source>coin</source>
        <translation>pièce</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="71" />
        <source>Approved by %s</source>
        <translation>Approuvée par %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="71" />
        <source>Rejected by %s</source>
        <translation>Refusée par %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="71" />
        <source>on %s</source>
        <translation>le %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_words.py" line="84" />
        <source>since %s</source>
        <translation>depuis le %s</translation>
    </message>
</context>
<context>
    <name>ZWriter</name>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="82" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="109" />
        <source>PROVISIONAL: made from this computer's copy, not synced with Genuka yet.</source>
        <translation>PROVISOIRE : fait depuis la copie de cet ordinateur, pas encore synchronisé avec Genuka.</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="117" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="114" />
        <source>Opened by</source>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="104" />
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="116" />
        <source>Closed by</source>
        <translation>Fermée par</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="126" />
        <source>Opening cash</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="127" />
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="128" />
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="143" />
        <source>Payments by method</source>
        <translation>Répartition par mode de paiement</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="150" />
        <source>The till should hold</source>
        <translation>La caisse devrait contenir</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="152" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="154" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="157" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="158" />
        <source>Why it was rejected</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="158" />
        <source>Manager's note</source>
        <translation>Note du responsable</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="173" />
        <source>Opening notes</source>
        <translation>Notes d’ouverture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="160" />
        <source>Closing count</source>
        <translation>Comptage de fermeture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="132" />
        <source>Other cash in and out</source>
        <translation>Autres entrées et sorties de caisse</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="162" />
        <source>Closing notes</source>
        <translation>Notes de fermeture</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="169" />
        <source>Made on %s</source>
        <translation>Fait le %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="170" />
        <source>Ref. %s</source>
        <translation>Réf. %s</translation>
    </message>
    <message>
        <location filename="../../genuka_desk/ui/till/z_document.py" line="172" />
        <source>Opening count</source>
        <translation>Comptage d’ouverture</translation>
    </message>
</context>
</TS>
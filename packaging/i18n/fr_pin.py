"""French for a shared counter PC (issue 35): Lock, the lock screen, the idle lock, the clerk in the history."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # File > Lock, Help > Keyboard shortcuts
    "Lock": "Verrouiller",
    "Lock the desk (the next clerk unlocks with their PIN)": (
        "Verrouiller le poste (la personne suivante le déverrouille avec son code PIN)"
    ),
    # The lock screen
    "Genuka Desk — Locked": "Genuka Desk — Verrouillé",
    "The desk is locked": "Le poste est verrouillé",
    "Locked by %s at %s. Your work is kept: the windows stay as they were.": (
        "Verrouillé par %s à %s. Votre travail est gardé : les fenêtres restent telles quelles."
    ),
    "Locked at %s. Your work is kept: the windows stay as they were.": (
        "Verrouillé à %s. Votre travail est gardé : les fenêtres restent telles quelles."
    ),
    "Who are you?": "Qui êtes-vous ?",
    "%s (password)": "%s (mot de passe)",
    "Company code": "Code de l’entreprise",
    "PIN": "Code PIN",
    "Erase": "Effacer",
    "OK": "OK",
    "No PIN? Use my password": "Pas de code PIN ? Utiliser mon mot de passe",
    "Use my PIN": "Utiliser mon code PIN",
    "Unlock with your Genuka email and password (needs the connection).": (
        "Déverrouillez avec votre e-mail et votre mot de passe Genuka (il faut la connexion)."
    ),
    "Unlock": "Déverrouiller",
    "Checking…": "Vérification…",
    "Locked": "Verrouillé",
    "Your login has ended (a PIN login lasts 24 hours). Type your PIN to go on.": (
        "Votre connexion a pris fin (une connexion par code PIN dure 24 heures). Tapez votre code PIN pour continuer."
    ),
    # Why an unlock did not work
    "Wrong PIN. Try again.": "Code PIN erroné. Réessayez.",
    "Wrong PIN, or a PIN not used on this computer yet: offline, only the PINs of clerks who unlocked here "
    "before can be checked.": (
        "Code PIN erroné, ou pas encore utilisé sur cet ordinateur : hors ligne, seuls les codes des personnes "
        "qui ont déjà déverrouillé ce poste peuvent être vérifiés."
    ),
    "A PIN is four digits.": "Un code PIN compte quatre chiffres.",
    "Too many wrong PINs: try again in %n second(s).": (
        "Trop de codes erronés : réessayez dans %n seconde.",
        "Trop de codes erronés : réessayez dans %n secondes.",
    ),
    "The server cannot be reached, and your PIN was never checked by it on this computer: a first PIN unlock "
    "needs the connection. A colleague who unlocked here before can unlock.": (
        "Le serveur est injoignable, et votre code PIN n’a jamais été vérifié par lui sur cet ordinateur : "
        "un premier déverrouillage par code PIN demande la connexion. Un collègue qui a déjà déverrouillé ce "
        "poste peut le faire."
    ),
    "This PIN fits more than one clerk here: pick your name, then type your PIN.": (
        "Ce code PIN correspond à plusieurs personnes ici : choisissez votre nom, puis tapez votre code."
    ),
    "Type your company code first: the PIN login needs it once.": (
        "Tapez d’abord le code de votre entreprise : la connexion par code PIN en a besoin une fois."
    ),
    "No company has this code. Check it with your manager.": (
        "Aucune entreprise n’a ce code. Vérifiez-le avec votre responsable."
    ),
    "This login belongs to another company than this desk's.": (
        "Cette connexion appartient à une autre entreprise que celle de ce poste."
    ),
    "The server cannot be reached: a password is checked by the server. Try your PIN.": (
        "Le serveur est injoignable : un mot de passe est vérifié par le serveur. Essayez votre code PIN."
    ),
    "The server cannot be reached. Try again when the connection is back.": (
        "Le serveur est injoignable. Réessayez quand la connexion sera revenue."
    ),
    "Wrong email or password.": "E-mail ou mot de passe erroné.",
    "The desk could not be unlocked; the details are in the log file.": (
        "Le poste n’a pas pu être déverrouillé ; les détails sont dans le fichier journal."
    ),
    # Preferences: the idle lock and the clerk's own PIN
    "Lock the desk after": "Verrouiller le poste après",
    "Never": "Jamais",
    "%n minute(s) without use": ("%n minute sans utilisation", "%n minutes sans utilisation"),
    "Set my PIN…": "Définir mon code PIN…",
    "Your 4-digit PIN unlocks this desk (Ctrl+L locks it)": (
        "Votre code PIN à 4 chiffres déverrouille ce poste (Ctrl+L le verrouille)"
    ),
    # Preferences > Set my PIN
    "My PIN": "Mon code PIN",
    "%s: your PIN unlocks this desk after Lock (Ctrl+L). Four digits, only yours.": (
        "%s : votre code PIN déverrouille ce poste après Verrouiller (Ctrl+L). Quatre chiffres, à vous seul."
    ),
    "You": "Vous",
    "New PIN": "Nouveau code PIN",
    "Once more": "Encore une fois",
    "The two PINs differ.": "Les deux codes PIN diffèrent.",
    "The server refused this PIN: %s": "Le serveur a refusé ce code PIN : %s",
    # The order's history names the clerk who made each change here
    "%s — on this computer (%s), by %s: %s": "%s — sur cet ordinateur (%s), par %s : %s",
    "Made on this computer by %s, and now in the server's history.": (
        "Faite sur cet ordinateur par %s, et désormais dans l’historique du serveur."
    ),
}

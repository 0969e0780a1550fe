"""French for the lock screen of a shared counter PC (issue 35): the code first, the PIN, who is at the desk."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    # The lock screen: the company's code, asked once, before the PIN
    "First, your company's code": "D’abord, le code de votre entreprise",
    "This computer asks it once (your manager has it). Then each clerk unlocks the desk with their own PIN.": (
        "Cet ordinateur le demande une seule fois (votre responsable l’a). Ensuite, chacun déverrouille le "
        "poste avec son propre code PIN."
    ),
    "Next": "Suivant",
    # The PIN: it alone says who unlocks
    "Type your PIN": "Tapez votre code PIN",
    "Your PIN alone says who you are: whoever's PIN it is takes the desk.": (
        "Votre code PIN suffit à dire qui vous êtes : la personne à qui il appartient prend le poste."
    ),
    "Lately at this desk: %s": "Récemment à ce poste : %s",
    "Offline, this PIN fits more than one clerk kept on this computer (a PIN was changed since): only the "
    "server can say whose it is. Try again when the connection is back.": (
        "Hors ligne, ce code PIN correspond à plusieurs personnes gardées sur cet ordinateur (un code a changé "
        "depuis) : seul le serveur peut dire à qui il est. Réessayez quand la connexion sera revenue."
    ),
    # The status bar: who works at the desk
    "At the desk: %s": "Au poste : %s",
    "Lock the desk (Ctrl+L): the next clerk unlocks with their PIN.": (
        "Verrouiller le poste (Ctrl+L) : la personne suivante le déverrouille avec son code PIN."
    ),
}

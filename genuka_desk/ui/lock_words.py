"""Why an unlock (or setting one's PIN) did not work, in the clerk's language: one line, never a trace."""

from __future__ import annotations

from PySide6.QtCore import QObject

from .. import service as _service
from ..service import desk_lock as _lock


class UnlockWords(QObject):
    """The words of a refused unlock (a QObject only for ``tr``)."""

    def text(self, exc: Exception, *, by_password: bool = False) -> str:
        """The sentence for ``exc`` (the server's own words as the last resort)."""
        if isinstance(exc, _lock.WrongPin) and exc.offline:
            return self.tr(
                "Wrong PIN, or a PIN not used on this computer yet: offline, only the PINs of clerks "
                "who unlocked here before can be checked."
            )
        if isinstance(exc, _lock.WrongPin):
            return self.tr("Wrong PIN. Try again.")
        if isinstance(exc, _lock.BadPin):
            return self.tr("A PIN is four digits.")
        if isinstance(exc, _lock.PinsDiffer):
            return self.tr("The two PINs differ.")
        if isinstance(exc, _lock.TooManyTries):
            return self.tr("Too many wrong PINs: try again in %n second(s).", "", exc.seconds)
        if isinstance(exc, _lock.PinNeedsServer):
            return self.tr(
                "The server cannot be reached, and your PIN was never checked by it on this computer: "
                "a first PIN unlock needs the connection. A colleague who unlocked here before can unlock."
            )
        if isinstance(exc, _lock.PinFitsSeveral):
            return self.tr(
                "Offline, this PIN fits more than one clerk kept on this computer (a PIN was changed since): "
                "only the server can say whose it is. Try again when the connection is back."
            )
        if isinstance(exc, _lock.NoCompanyCode):
            return self.tr("Type your company code first: the PIN login needs it once.")
        if isinstance(exc, _lock.UnknownCompanyCode):
            return self.tr("No company has this code. Check it with your manager.")
        if isinstance(exc, _lock.OtherCompany):
            return self.tr("This login belongs to another company than this desk's.")
        if isinstance(exc, _lock.Unreachable) and by_password:
            return self.tr("The server cannot be reached: a password is checked by the server. Try your PIN.")
        if isinstance(exc, _lock.Unreachable):
            return self.tr("The server cannot be reached. Try again when the connection is back.")
        if isinstance(exc, _service.AuthError) and by_password:
            return self.tr("Wrong email or password.")
        refused = getattr(exc, "field_errors", None)
        if isinstance(exc, _service.GenukaError) and isinstance(refused, dict) and refused.get("pin"):
            return self.tr("The server refused this PIN: %s") % " ".join(str(m) for m in refused["pin"])
        if isinstance(exc, _service.GenukaError | _service.ServiceError):
            return exc.message
        return self.tr("The desk could not be unlocked; the details are in the log file.")


def unlock_refusal(exc: Exception, *, by_password: bool = False) -> str:
    """The sentence for a refused unlock, in the language installed now."""
    return UnlockWords().text(exc, by_password=by_password)

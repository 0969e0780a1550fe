"""The question asked when the clerk quits with changes the server has not received.

It says what waits and what each choice does with it: waiting changes go at
the next start (or now, or from the tray), refused ones and conflicts wait
for the clerk (they are never sent on their own), and when "Send now" could
not send (offline, the server failing) it says why instead of asking the
same question again without a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class QuitSituation:
    """What the quit question is about."""

    pending: int  # waiting to be sent (or being sent)
    failed: int  # refused by the server: wait for Retry
    conflict: int  # a colleague changed the same thing: wait for the clerk's choice
    online: bool | None  # the server answered at the last try (None: not tried yet)
    send_failed: str | None = None  # "offline" or the error, when Send now was just tried and some are left
    tray: bool = True  # a system tray is there to keep sending from


class QuitWords(QObject):
    """The question's words (a QObject for ``tr``: Qt's extractor finds the plural forms)."""

    def texts(self, situation: QuitSituation) -> tuple[str, str]:
        """The question's main text and its details (what each button does)."""
        unsent = situation.pending + situation.failed + situation.conflict
        lines = [self.tr("%n change(s) have not reached the Genuka server yet.", "", unsent)]
        if situation.send_failed == "offline":
            lines.append(self.tr("Sending did not work: the server cannot be reached (no internet connection?)."))
        elif situation.send_failed:
            lines.append(self.tr("Sending did not work: %s") % situation.send_failed)
        elif situation.pending and situation.online is False:
            lines.append(self.tr("The server cannot be reached now: Send now can only try once more."))
        if situation.pending:
            lines.append(
                self.tr(
                    "%n change(s) wait on this computer: nothing is lost, they are sent as soon as the server "
                    "answers, at the latest at the next start.",
                    "",
                    situation.pending,
                )
            )
        if situation.failed:
            lines.append(
                self.tr(
                    "%n change(s) were refused by the server: they are not sent on their own. They wait for you "
                    "to correct them and choose Retry (Needs attention, then right-click the order).",
                    "",
                    situation.failed,
                )
            )
        if situation.conflict:
            lines.append(
                self.tr(
                    "%n change(s) clash with a colleague's edit: they wait for your choice in the order.",
                    "",
                    situation.conflict,
                )
            )
        details = []
        if situation.pending:
            details.append(self.tr("Send now: try to send the waiting changes, then quit if they all went."))
            if situation.tray:
                details.append(
                    self.tr(
                        "Keep sending in the background: the window closes, an icon stays near the clock "
                        "until the waiting changes are sent, then the program quits.",
                    )
                )
        details.append(self.tr("Quit anyway: every change stays on this computer, for the next start."))
        return "\n\n".join(lines), "\n".join(details)

    def box(self, parent: QWidget, situation: QuitSituation) -> tuple[QMessageBox, dict[int, str]]:
        """The question, not shown yet, and each button's answer by the button's id."""
        text, details = self.texts(situation)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Changes not sent yet"), text, parent=parent)
        box.setInformativeText(details)
        answers: dict[int, str] = {}
        if situation.pending:
            send = box.addButton(self.tr("Send now"), QMessageBox.ButtonRole.AcceptRole)
            answers[id(send)] = "send"
            if situation.tray:
                tray = box.addButton(self.tr("Keep sending in the background"), QMessageBox.ButtonRole.AcceptRole)
                answers[id(tray)] = "tray"
        leave = box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        answers[id(leave)] = "quit"
        box.addButton(QMessageBox.StandardButton.Cancel)
        if situation.send_failed or not situation.pending:
            box.setDefaultButton(leave)  # sending did not work, or cannot help: Enter does not loop
        return box, answers


def ask_quit(parent: QWidget, situation: QuitSituation) -> str | None:
    """Ask: "send", "tray", "quit", or None (Cancel: the window stays)."""
    box, answers = QuitWords().box(parent, situation)
    box.exec()
    return answers.get(id(box.clickedButton()))

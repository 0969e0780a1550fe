"""Help > Diagnostics: how this desk stands, as ``genuka-desk doctor`` says it, in a text one can copy.

The report is the service's (``OrderService.diagnose``): the server and who
is logged in (never the token), the company and shop, what the server
offers, the clock difference, the local files and the queue.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import service as _service
from ..service.doctor import DoctorReport
from .bridge import ServiceBridge

GOOD_STYLE = "background:#e6f4ea;color:#1e4620;padding:8px 10px;"
WARN_STYLE = "background:#fff4ce;color:#4d3b00;padding:8px 10px;"


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DiagnosticsDialog(QDialog):
    """A read-only report (selectable, copyable), looked again on demand."""

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        profile: _service.Profile,
        *,
        logged_in: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.profile = profile
        self.logged_in = logged_in
        self.report: DoctorReport | None = None
        self.gone = False  # closed: a look still running shows nothing
        self.setWindowTitle(self.tr("Diagnostics"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)  # selectable and copyable all the same
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.again_button = QPushButton(self.tr("Check again"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.again_button.clicked.connect(self.check)
        layout.addWidget(buttons)
        self.finished.connect(self._gone)
        self.check()

    def _gone(self) -> None:
        self.gone = True

    def check(self) -> None:
        """Look at the server and the local files now (nothing is written on the server)."""
        self.again_button.setEnabled(False)
        self.headline.setStyleSheet("padding:8px 10px;")
        self.headline.setText(self.tr("Looking at the server and the local files…"))
        self.bridge.run(self.service.diagnose(self.profile, logged_in=self.logged_in), self.show_report, self.failed)

    def failed(self, exc: Exception) -> None:
        """The look could not be made (the local files could not be read)."""
        if self.gone:
            return
        self.again_button.setEnabled(True)
        self.headline.setStyleSheet(WARN_STYLE)
        self.headline.setText(self.bridge.message_of(exc))

    def show_report(self, report: DoctorReport) -> None:
        """Show ``report``: a headline, then every line."""
        if self.gone:
            return
        self.report = report
        self.again_button.setEnabled(True)
        troubles = self.troubles(report)
        self.headline.setStyleSheet(WARN_STYLE if troubles else GOOD_STYLE)
        self.headline.setText(
            self.tr("Needs attention: %s") % "; ".join(troubles) if troubles else self.tr("Everything looks right.")
        )
        self.text.setPlainText("\n".join(self.lines(report)))

    def copy(self) -> None:
        """Put the whole report on the clipboard (for support)."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def troubles(self, report: DoctorReport) -> list[str]:
        """What needs the clerk's attention, in a few words each."""
        found = []
        if not report.logged_in or report.token_refused:
            found.append(self.tr("log in again"))
        if not report.reached:
            found.append(self.tr("the server cannot be reached"))
        if report.skew_matters:
            found.append(self.tr("this computer's clock"))
        if not report.files.sound:
            found.append(self.tr("the local files"))
        if report.queue.failed or report.queue.conflict:
            found.append(self.tr("changes refused or in conflict"))
        return found

    def _flag(self, value: bool | None, yes: str, no: str) -> str:
        return self.tr("not known") if value is None else (yes if value else no)

    def _duration(self, seconds: float) -> str:
        seconds = abs(round(seconds))
        if seconds < 120:
            return self.tr("%s s") % seconds
        if seconds < 2 * 3600:
            return self.tr("%s min") % round(seconds / 60)
        return self.tr("%s h") % round(seconds / 3600)

    def _size(self, count: int) -> str:
        if count < 1024 * 1024:
            return self.tr("%s KB") % max(1, round(count / 1024))
        if count < 1024**3:
            return self.tr("%s MB") % round(count / 1024**2)
        return self.tr("%s GB") % round(count / 1024**3)

    def lines(self, report: DoctorReport) -> list[str]:
        """The report's lines, as shown and copied."""
        where = self.tr("answers") if report.reached else self.tr("cannot be reached")
        out = [self.tr("Server: %s (%s)") % (report.server, where)]
        if not report.logged_in:
            login = self.tr("no: log in")
        elif report.token_refused:
            login = self.tr("the server refused the login: log in again")
        elif report.api_key:
            login = self.tr("yes, with an API key")
        else:
            login = self.tr("yes, as %s") % report.email if report.email else self.tr("yes")
        out.append(self.tr("Logged in: %s") % login)
        company = " ".join(p for p in (report.company_name, f"({report.company_id})" if report.company_id else "") if p)
        out.append(self.tr("Company: %s") % (company or self.tr("none")))
        out.append(self.tr("Shop: %s") % (report.shop_id or self.tr("none chosen (every shop)")))
        found = report.capabilities
        if found is None or not found.known:
            out.append(self.tr("What the server offers: not known yet"))
        else:
            when = self.tr("checked now") if report.checked_now else self.tr("as found on %s") % _when(found.checked_at)
            out.append(self.tr("What the server offers (%s):") % when)
            out.append(
                "    " + self.tr("Mobile Sync, pull: %s") % self._flag(found.sync_pull, self.tr("yes"), self.tr("no"))
            )
            push = self._flag(found.sync_push, self.tr("yes"), self.tr("no"))
            out.append("    " + self.tr("Mobile Sync, push (idempotency key): %s") % push)
            out.append(
                "    " + self.tr("Cash control: %s") % self._flag(found.cash_control, self.tr("on"), self.tr("off"))
            )
        if report.look_problem and report.reached and report.logged_in and not report.token_refused:
            out.append("    " + self.tr("Not known because: %s") % report.look_problem)
        out += self._clock_lines(report)
        out += self._file_lines(report)
        counts = report.queue
        out.append(
            self.tr("Changes not sent: %s waiting, %s refused, %s in conflict")
            % (counts.pending, counts.failed, counts.conflict)
        )
        out.append(self.tr("Orders on this computer: %s") % report.orders)
        return out

    def _clock_lines(self, report: DoctorReport) -> list[str]:
        skew = report.clock_skew
        if skew is None:
            return [self.tr("Clock: not known (no answer from the server)")]
        kept = ""
        if not report.clock_checked_now and report.capabilities is not None:
            kept = " " + self.tr("(as found on %s)") % _when(report.capabilities.checked_at)
        if not report.skew_matters:
            return [self.tr("Clock: in step with the server (within %s)") % self._duration(max(abs(skew), 1)) + kept]
        # A server ahead means this computer is behind.
        if skew > 0:
            line = self.tr("Clock: this computer is %s behind the server") % self._duration(skew)
        else:
            line = self.tr("Clock: this computer is %s ahead of the server") % self._duration(skew)
        warning = self.tr(
            "Set this computer's clock right (automatic date and time): sales are stamped with its time,"
            " and the server knows a sale again by that second."
        )
        return [line + kept, "    " + warning]

    def _file_lines(self, report: DoctorReport) -> list[str]:
        files = report.files
        out = [self.tr("Local files: %s") % files.folder]
        if files.sound:
            out.append("    " + self.tr("sound"))
        for bad, text in (
            (not files.queue_sound, self.tr("the file of unsent changes is DAMAGED: send it to support")),
            (
                not files.cache_sound,
                self.tr("the local copy of the orders is DAMAGED: restart Genuka Desk to fetch it again"),
            ),
            (files.damage_seen, self.tr("damage was seen: the next start checks the local copy and fetches it again")),
            (files.low_disk, self.tr("the disk is nearly full: free some space")),
        ):
            if bad:
                out.append("    " + text)
        if files.folder_problem:
            out.append("    " + files.folder_problem)
        if files.cache_set_aside is not None:
            out.append("    " + self.tr("a damaged copy was set aside: %s") % files.cache_set_aside)
        out.append(
            "    " + self.tr("queue %s, local copy %s") % (self._size(files.queue_bytes), self._size(files.cache_bytes))
        )
        if files.last_full_check is not None:
            out.append("    " + self.tr("last full check %s") % _when(files.last_full_check))
        else:
            out.append("    " + self.tr("never fully checked"))
        if files.free_bytes is not None:
            out.append("    " + self.tr("%s free on the disk") % self._size(files.free_bytes))
        return out

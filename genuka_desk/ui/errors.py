"""Unexpected errors: the trace to the log, a short friendly dialog to the clerk."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def friendly_text(log_file: Path) -> str:
    """What the clerk reads: nothing technical, where the details are."""
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected happened. Your orders and queued changes are safe.\n\nIf it happens again, send this file to support:\n%s",  # noqa: E501
    ) % str(log_file)


# Qt's notes that say nothing about the program (the offscreen platform of tests, benches and the
# self-test cannot resize to hints): left out of the log, as qutebrowser leaves out its known ones.
HARMLESS = frozenset({"This plugin does not support propagateSizeHints()"})


def install_qt_message_handler() -> None:
    """Qt's own warnings go to the log file, not to the terminal (less the known harmless ones)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if message in HARMLESS:
            return
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook(log_file: Path) -> None:
    """Route uncaught exceptions (in Qt slots too) to the log and a dialog."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log.critical("unexpected error", exc_info=(kind, value, trace))
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox  # its enums load when a dialog is due, not at start

            QMessageBox.critical(None, QCoreApplication.translate("Errors", "Genuka Desk"), friendly_text(log_file))

    sys.excepthook = hook

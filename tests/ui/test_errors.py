"""The friendly dialog and the logged trace of an unexpected error."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


def test_unexpected_error_gives_a_friendly_dialog_and_logs_the_trace(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from genuka_desk.service.logs import register_secret, setup_logging
    from genuka_desk.ui import errors

    secret = "tok_crash_5b1e9d3c7a2f4e6b8d0c"
    log_file = tmp_path / "logs" / "genuka-desk.log"
    setup_logging(log_file)
    register_secret(secret)
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    previous = sys.excepthook
    errors.install_excepthook(log_file)
    try:
        try:
            raise ZeroDivisionError(f"boom with Bearer {secret}")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    assert shown and str(log_file) in shown[0]
    assert "ZeroDivisionError" not in shown[0] and "Traceback" not in shown[0] and secret not in shown[0]
    assert "ZeroDivisionError" in caplog.text
    written = log_file.read_text()
    assert "ZeroDivisionError" in written and "Traceback" in written and secret not in written

"""French for the till's words (issue 35): its operations in the queue, its bar, its dialogs."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    "Till opened with %s": "Caisse ouverte avec %s",
    "Till closed, %s counted": "Caisse fermée, %s comptés",
}

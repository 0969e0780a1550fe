"""French and English: Qt translators for our texts and Qt's own buttons."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .assets import translation_file

LANGUAGES = {"fr": "Français", "en": "English"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if we ship it, else English."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues (``qtbase_fr.qm``: file dialogs, standard buttons) may be.

    Qt's own idea first; then beside the PySide6 package (the wheel's layout, which a
    frozen program keeps under its own folder, where Qt's idea may not point).
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    places = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    places += [package / "Qt" / "translations", package / "translations"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        places += [Path(frozen) / "PySide6" / "Qt" / "translations", Path(frozen) / "PySide6" / "translations"]
    return list(dict.fromkeys(places))


def _load_qt_own(translator: QTranslator, language: str) -> bool:
    """Load Qt's own catalogue of ``language`` into ``translator`` from the first place that has it."""
    return any(translator.load(f"qtbase_{language}", str(place)) for place in qt_translation_dirs() if place.is_dir())


def install_language(language: str) -> str:
    """Switch every translated text to ``language`` (fr or en); returns the one in use."""
    app = QCoreApplication.instance()
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    ours = QTranslator(app)  # English has a catalogue too: its plural forms ("1 order", "2 orders")
    if ours.load(str(translation_file(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if _load_qt_own(qt, language):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language

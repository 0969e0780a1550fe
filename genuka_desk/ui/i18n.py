"""French and English: Qt translators for our texts and Qt's own buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .assets import translation_file

LANGUAGES = {"fr": "Français", "en": "English"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if we ship it, else English."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


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
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language

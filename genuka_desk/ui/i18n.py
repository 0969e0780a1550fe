"""French and English: Qt translators for our texts and Qt's own buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"fr": "Français", "en": "English"}
I18N_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "i18n"
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    """Where the compiled .qm files are (the source tree, or the frozen bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "i18n"
    return I18N_DIR


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
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(i18n_dir() / f"genuka_desk_{language}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language

"""French and English: Qt translators for our texts and Qt's own buttons; the country whose way dates follow."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .assets import qt_extra_file, translation_file
from .dates import COMPUTER, SHOP, dates_country, set_dates_country

LANGUAGES = {"fr": "Français", "en": "English"}
DATES_KEY = "dates/follow"  # the clerk's choice: the shop's country's way ("shop", the default) or this computer's
# The shop's country as the last session knew it: the start paints the list before the store is open.
SHOP_COUNTRY_KEY = "dates/shop_country"
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if we ship it, else English."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def computer_country() -> str | None:
    """This computer's country, from its regional settings (``GB`` for en_GB); None when it has none (C)."""
    parts = QLocale.system().name().split("_")  # "en_GB"; "C" names no country
    code = parts[-1] if len(parts) > 1 else ""
    return code if len(code) == 2 and code.isalpha() and code.isupper() else None


def dates_choice(settings: QSettings) -> str:
    """Whose way dates follow, as the clerk chose in Preferences: ``shop`` (the default) or ``computer``."""
    return COMPUTER if str(settings.value(DATES_KEY, SHOP) or SHOP) == COMPUTER else SHOP


def chosen_dates_country(settings: QSettings, shop: str | None = None, choice: str | None = None) -> str | None:
    """The country whose way dates follow (see :func:`.dates.dates_country`); ``shop``: the service's.

    ``choice``: ``shop`` or ``computer`` (by default the clerk's). A shop's country given is
    remembered, for the next start's list (painted before the store is open).
    """
    if shop:
        settings.setValue(SHOP_COUNTRY_KEY, shop)
    known = shop or str(settings.value(SHOP_COUNTRY_KEY, "") or "") or None
    return dates_country(choice or dates_choice(settings), known, computer_country())


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


def install_language(language: str, dates: str | None = None) -> str:
    """Switch every translated text to ``language`` (fr or en); returns the one in use.

    ``dates``: the country whose way dates follow (``CM``: the day first), for the texts
    the desk writes (:mod:`.dates`) and Qt's date edits alike; None: the language's own.
    """
    set_dates_country(dates)
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
        extra = QTranslator(app)  # what Qt's catalogue lacks (installed last: asked first)
        if extra.load(str(qt_extra_file(language))):
            app.installTranslator(extra)
            _installed.append(extra)
    # Qt's date edits (their display format) in the same way: en_CM writes 07/12/2026, en alone 12/7/26.
    QLocale.setDefault(QLocale(f"{language}_{dates.upper()}" if dates else language))
    return language

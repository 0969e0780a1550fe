"""Files the program loads at run time (translations, icons), shipped inside the package.

They live in ``genuka_desk/ui/assets/``, beside this module: an editable
checkout, a wheel installed with plain pip and the frozen bundle (which sets
``__file__`` under its own folder) all have them there as real files, which Qt
loads by name. (Sources such as the ``.ts`` file stay in the top-level
``resources/``.) No :mod:`importlib.resources`: it costs ~10 ms of imports
before the list is painted, for zipped installs nobody ships.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

if TYPE_CHECKING:
    from ..service import AppPaths

ASSETS = Path(__file__).resolve().parent / "assets"


def asset_path(*parts: str) -> Path:
    """A real file path for an asset (Qt loads files by name)."""
    return ASSETS.joinpath(*parts)


def translation_file(language: str) -> Path:
    """The compiled translation of ``language`` (it may be missing: the caller checks)."""
    return asset_path("i18n", f"genuka_desk_{language}.qm")


def qt_extra_file(language: str) -> Path:
    """Our translation of Qt's own texts that Qt's catalogue lacks (may be missing: the caller checks)."""
    return asset_path("i18n", f"qt_extra_{language}.qm")


def icon_file() -> Path:
    """The program's icon (SVG, the master the installers' icons are rendered from)."""
    return asset_path("icons", "genuka-desk.svg")


def app_icon() -> QIcon:
    """The program's icon."""
    return QIcon(str(icon_file()))


def settings_for(paths: AppPaths) -> QSettings:
    """Preferences kept beside the profile (so ``--data-dir`` keeps everything together)."""
    return QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)

"""Files the program loads at run time (translations, icons), shipped inside the package.

They live in ``genuka_desk/ui/assets/`` and are found with
:mod:`importlib.resources`, so an editable checkout, a wheel installed with
plain pip and the frozen bundle all find them the same way. (Sources such as
the ``.ts`` file stay in the top-level ``resources/``.)
"""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

if TYPE_CHECKING:
    from ..service import AppPaths

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def asset_path(*parts: str) -> Path:
    """A real file path for an asset (Qt loads files by name); extracted once when the package is zipped."""
    resource = files(__package__ or "genuka_desk.ui").joinpath("assets", *parts)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))  # a zipped install: a temporary copy for this run


def translation_file(language: str) -> Path:
    """The compiled translation of ``language`` (it may be missing: the caller checks)."""
    return asset_path("i18n", f"genuka_desk_{language}.qm")


def icon_file() -> Path:
    """The program's icon (SVG, the master the installers' icons are rendered from)."""
    return asset_path("icons", "genuka-desk.svg")


def app_icon() -> QIcon:
    """The program's icon."""
    return QIcon(str(icon_file()))


def settings_for(paths: AppPaths) -> QSettings:
    """Preferences kept beside the profile (so ``--data-dir`` keeps everything together)."""
    return QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)

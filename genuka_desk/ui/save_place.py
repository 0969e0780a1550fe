"""Where a save dialog opens and the name it proposes, for the CSV export and the PDFs.

The first time: the user's Documents (the home folder when there is none).
After: the folder the clerk last saved that kind of file into, as long as it
still exists (a USB stick taken out falls back to Documents). The name says
what and when, in the clerk's language (``commandes-2026-12-07.csv``) and
safe on every file system. ``*_request`` gives what the dialog opens with,
``*_chosen`` acts on the answer: both are testable without a modal dialog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import service as _service
from ..models.coerce import WAT

CSV_FOR_TOOLS_KEY = "save/orders_csv/for_tools"  # the last CSV kind chosen (people's or tools')
# What Windows, macOS or a FAT USB stick refuse in a name, and '#' (it cuts a file:// link short).
_UNSAFE = re.compile(r'[<>:"/\\|?*#\x00-\x1f]+')


class SaveKind(StrEnum):
    """The kinds of file saved, each remembering its own folder."""

    ORDERS_CSV = "orders_csv"
    PDF = "pdf"


@dataclass(frozen=True)
class SaveRequest:
    """What a save dialog opens with: the folder, the proposed name, the file types and the one chosen."""

    folder: Path
    name: str
    filters: tuple[str, ...]
    selected: str

    @property
    def start(self) -> str:
        """The dialog's starting path: the folder and the name in it."""
        return str(self.folder / self.name)

    @property
    def filter_text(self) -> str:
        """The file types as QFileDialog takes them."""
        return ";;".join(self.filters)


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder (a fresh account may have no Documents)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def _folder_key(kind: SaveKind) -> str:
    return f"save/{kind.value}/folder"


def start_folder(settings: QSettings, kind: SaveKind) -> Path:
    """Where the dialog for ``kind`` opens: the last folder used, while it exists, else Documents."""
    last = str(settings.value(_folder_key(kind), "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(settings: QSettings, kind: SaveKind, chosen: Path) -> None:
    """Keep the folder of the file just chosen for the next dialog of ``kind``."""
    settings.setValue(_folder_key(kind), str(chosen.parent))


def file_safe(text: str) -> str:
    """``text`` as a file name part: no ``#``, ``/``, ``:`` and the like, no leading or trailing dash or dot."""
    return re.sub(r"-{2,}", "-", _UNSAFE.sub("-", text)).strip("-. ") or "-"


def _with_suffix(path: str, suffix: str) -> Path:
    """The chosen path, with ``suffix`` added when the clerk typed a bare name."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


# -- the CSV export -------------------------------------------------------------------------


def csv_filters() -> tuple[str, str]:
    """The two kinds of CSV, as file types: for a spreadsheet in the clerk's language, and for other tools."""
    return (
        # The source says "in English" for the language of the program: French says "en français".
        QCoreApplication.translate("SavePlace", "CSV for a spreadsheet, in English (*.csv)"),
        QCoreApplication.translate("SavePlace", "CSV for other tools, English headers (*.csv)"),
    )


def orders_csv_name(day: date, for_tools: bool = False) -> str:
    """``commandes-2026-12-07.csv`` (``orders-…`` in English, and always for other tools)."""
    stem = "orders-{day}.csv" if for_tools else QCoreApplication.translate("SavePlace", "orders-{day}.csv")
    return file_safe(stem.format(day=day.isoformat()))


def csv_request(settings: QSettings, day: date) -> SaveRequest:
    """The export dialog: the CSV folder, today's name, the kind of CSV chosen last time."""
    for_tools = bool(settings.value(CSV_FOR_TOOLS_KEY, False, type=bool))
    filters = csv_filters()
    selected = filters[1] if for_tools else filters[0]
    return SaveRequest(start_folder(settings, SaveKind.ORDERS_CSV), orders_csv_name(day, for_tools), filters, selected)


def csv_chosen(settings: QSettings, path: str, chosen_filter: str) -> tuple[Path, bool]:
    """The file to write and whether it is for other tools; the folder and the kind are remembered."""
    target = _with_suffix(path, ".csv")
    filters = csv_filters()
    if chosen_filter in filters:
        for_tools = chosen_filter == filters[1]
    else:  # a dialog that does not say: the kind offered
        for_tools = bool(settings.value(CSV_FOR_TOOLS_KEY, False, type=bool))
    settings.setValue(CSV_FOR_TOOLS_KEY, for_tools)
    remember_folder(settings, SaveKind.ORDERS_CSV, target)
    return target, for_tools


# -- the PDFs -------------------------------------------------------------------------------


def pdf_name(kind: _service.PaperKind, reference: str, when: datetime | None, today: date) -> str:
    """``facture-ORDER_1042-2026-12-07.pdf``: the document, the order, and its day in Douala (else today)."""
    if when is None:
        day = today
    else:
        day = (when.astimezone(WAT) if when.tzinfo else when).date()
    templates = {
        _service.PaperKind.INVOICE: QCoreApplication.translate("SavePlace", "invoice-{reference}-{day}.pdf"),
        _service.PaperKind.RECEIPT: QCoreApplication.translate("SavePlace", "receipt-{reference}-{day}.pdf"),
        _service.PaperKind.SLIP: QCoreApplication.translate("SavePlace", "delivery-slip-{reference}-{day}.pdf"),
    }
    return file_safe(templates[kind].format(reference=file_safe(reference), day=day.isoformat()))


def pdf_request(
    settings: QSettings, kind: _service.PaperKind, reference: str, when: datetime | None, today: date
) -> SaveRequest:
    """The Save as PDF dialog: the PDF folder and the document's name."""
    pdfs = QCoreApplication.translate("SavePlace", "PDF files (*.pdf)")
    return SaveRequest(start_folder(settings, SaveKind.PDF), pdf_name(kind, reference, when, today), (pdfs,), pdfs)


def pdf_chosen(settings: QSettings, path: str) -> Path:
    """The PDF to write; its folder is remembered."""
    target = _with_suffix(path, ".pdf")
    remember_folder(settings, SaveKind.PDF, target)
    return target


def ask_where(parent: QWidget, caption: str, request: SaveRequest) -> tuple[str, str]:
    """The system's save dialog opened with ``request``: the chosen path ('' if cancelled) and file type."""
    return QFileDialog.getSaveFileName(parent, caption, request.start, request.filter_text, request.selected)

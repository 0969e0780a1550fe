"""French for Qt's own texts that Qt's own catalogue (qtbase_fr.qm) lacks, as resources/i18n/qt_extra_fr.ts.

Qt 6.11's file dialog asks for "&Look in:" and "Files of &type:" with their
shortcut marks, which qtbase_fr.qm holds only without them, so the dialog
showed them in English. Run ``python packaging/i18n/qt_fr.py <out.ts>`` (``make
translations`` does it, then lrelease into genuka_desk/ui/assets/i18n/).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

QT_FR: dict[str, dict[str, str]] = {
    "QFileDialog": {
        "&Look in:": "&Voir dans\u00a0:",
        "Files of &type:": "Fichiers de &type\u00a0:",
    },
}


def write(ts_path: Path) -> None:
    """Write the catalogue of :data:`QT_FR` to ``ts_path``."""
    root = ET.Element("TS", version="2.1", language="fr_FR")
    for name, messages in QT_FR.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, french in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = french
    ET.indent(root)
    ET.ElementTree(root).write(ts_path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    write(Path(sys.argv[1]))

"""Fill resources/i18n/genuka_desk_en.ts: the English plural forms ("%n order(s)": "1 order", "2 orders").

Run after ``pyside6-lupdate ... -pluralonly -ts resources/i18n/genuka_desk_en.ts``
(``make translations`` does both). English needs a catalogue for plurals only:
the source texts are English already.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_PLURAL = re.compile(r"\((s|es)\)")


def forms(source: str) -> tuple[str, str]:
    """The singular and plural of a source with "(s)" marks ("%n change(s) waiting")."""
    return _PLURAL.sub("", source), _PLURAL.sub(lambda m: m.group(1), source)


def fill(ts_path: Path) -> None:
    """Write the two forms of every plural message (the same twice without a "(s)": "%n refused")."""
    tree = ET.parse(ts_path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms(source):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    fill(Path(sys.argv[1]))

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


# Sentences whose verbs and pronouns follow the number too: "(s)" alone would say "1 change have".
SENTENCES: dict[str, tuple[str, str]] = {
    "%n change(s) were not sent yet. They stay on this computer and are sent after the next login, unless you "
    "delete the local data: then they are lost.": (
        "%n change was not sent yet. It stays on this computer and is sent after the next login, unless you "
        "delete the local data: then it is lost.",
        "%n changes were not sent yet. They stay on this computer and are sent after the next login, unless you "
        "delete the local data: then they are lost.",
    ),
    "%n change(s) have not reached the Genuka server yet.": (
        "%n change has not reached the Genuka server yet.",
        "%n changes have not reached the Genuka server yet.",
    ),
    "%n change(s) wait on this computer: nothing is lost, they are sent as soon as the server answers, at the "
    "latest at the next start.": (
        "%n change waits on this computer: nothing is lost, it is sent as soon as the server answers, at the "
        "latest at the next start.",
        "%n changes wait on this computer: nothing is lost, they are sent as soon as the server answers, at the "
        "latest at the next start.",
    ),
    "%n change(s) were refused by the server: they are not sent on their own. They wait for you to correct them "
    "and choose Retry (Needs attention, then right-click the order).": (
        "%n change was refused by the server: it is not sent on its own. It waits for you to correct it and "
        "choose Retry (Needs attention, then right-click the order).",
        "%n changes were refused by the server: they are not sent on their own. They wait for you to correct "
        "them and choose Retry (Needs attention, then right-click the order).",
    ),
    "No payment is recorded on %n selected order(s). An order is partly paid once a payment is recorded on it: "
    "take a payment on each (Edit > Take a payment…); the status follows.": (
        "No payment is recorded on %n selected order. An order is partly paid once a payment is recorded on it: "
        "take a payment on it (Edit > Take a payment…); the status follows.",
        "No payment is recorded on %n selected orders. An order is partly paid once a payment is recorded on it: "
        "take a payment on each (Edit > Take a payment…); the status follows.",
    ),
    "%n change(s) clash with a colleague's edit: they wait for your choice in the order.": (
        "%n change clashes with a colleague's edit: it waits for your choice in the order.",
        "%n changes clash with a colleague's edit: they wait for your choice in the order.",
    ),
}
# Words that would have to agree with the number: a source holding one must be in SENTENCES.
_AGREEING = re.compile(r"\b(have|has|were|was|wait|waits|they|them|clash|stay|are|is)\b", re.IGNORECASE)


def forms(source: str) -> tuple[str, str]:
    """The singular and plural of a source with "(s)" marks ("%n change(s) waiting")."""
    if source in SENTENCES:
        return SENTENCES[source]
    return _PLURAL.sub("", source), _PLURAL.sub(lambda m: m.group(1), source)


def needs_sentence(source: str) -> bool:
    """Whether a plural source has words that follow the number but no hand-made forms (see SENTENCES)."""
    return "(s)" in source and source not in SENTENCES and bool(_AGREEING.search(source))


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
    unsaid = [m.findtext("source") or "" for m in ET.parse(sys.argv[1]).iter("message") if m.get("numerus") == "yes"]
    for source in filter(needs_sentence, unsaid):
        print(f"needs its English forms in SENTENCES: {source!r}")
    sys.exit(1 if any(map(needs_sentence, unsaid)) else 0)

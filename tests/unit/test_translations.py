"""Every text the clerk can see is translated: the French catalogue holds every tr() of the GUI, finished."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "genuka_desk_fr.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_entry_of_the_french_catalogue_is_finished() -> None:
    unfinished = []
    for (context, source), message in messages(CATALOGUE).items():
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        text = translation.text if translation is not None else None
        done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        if not done or not (text or any(forms)):
            unfinished.append(f"{context}: {source!r}")
    assert unfinished == [], "untranslated (run make translations): " + "; ".join(unfinished[:20])


def test_the_catalogue_holds_every_text_of_the_gui(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "genuka_desk" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    missing = sorted(set(messages(fresh)) - set(messages(CATALOGUE)))
    assert missing == [], f"texts not in the catalogue (run make translations): {missing[:20]}"


def test_one_french_word_per_concept_a_sku_is_never_a_reference() -> None:
    clashes = []
    for (context, source), message in messages(CATALOGUE).items():
        text = message.findtext("translation") or ""
        if "SKU" in source and "référence" in text.lower():
            clashes.append(f"{context}: {source!r} -> {text!r}")
    assert clashes == [], clashes


def test_the_phrase_book_fills_the_catalogue_as_it_stands(tmp_path: Path) -> None:
    """``make translations`` must give back the shipped catalogue: the phrase book is whole and says the same."""
    spec = importlib.util.spec_from_file_location("fill_fr", ROOT / "packaging" / "i18n" / "fill_fr.py")
    assert spec is not None and spec.loader is not None
    fill_fr = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill_fr)  # a syntax slip in the phrase book fails here
    refilled = tmp_path / "refilled.ts"
    shutil.copy(CATALOGUE, refilled)
    assert fill_fr.fill(refilled) == [], "texts the phrase book lacks"

    def words(path: Path) -> dict[tuple[str, str], list[str | None]]:
        found = {}
        for key, message in messages(path).items():
            translation = message.find("translation")
            assert translation is not None
            found[key] = [f.text for f in translation.iter("numerusform")] or [translation.text]
        return found

    shipped, again = words(CATALOGUE), words(refilled)
    differ = [key for key in shipped if shipped[key] != again[key]]
    assert differ == [], f"the catalogue and the phrase book disagree (run make translations): {differ[:10]}"


def test_english_plurals_agree_in_whole_sentences() -> None:
    """No "1 change have not reached...": a plural sentence whose verbs follow the number has its own forms."""
    spec = importlib.util.spec_from_file_location("fill_en", ROOT / "packaging" / "i18n" / "fill_en.py")
    assert spec is not None and spec.loader is not None
    fill_en = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill_en)
    english = ROOT / "resources" / "i18n" / "genuka_desk_en.ts"
    sources = [m.findtext("source") or "" for m in ET.parse(english).iter("message") if m.get("numerus") == "yes"]
    assert [s for s in sources if fill_en.needs_sentence(s)] == []
    one, _ = fill_en.forms("%n change(s) have not reached the Genuka server yet.")
    assert one == "%n change has not reached the Genuka server yet."

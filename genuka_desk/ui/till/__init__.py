"""The till in the desktop: its status bar button, the opening and closing counts, the Z report, the till window.

Every figure comes from ``service.till`` (and its ``ZReport``); the views
only show it, in the clerk's language. Modules, one job each:
:mod:`.part` (what the main window adds: the bar, the Till menu's entries,
the dialogs and the window), :mod:`.bar`, :mod:`.count_table` with
:mod:`.open_dialog` and :mod:`.close_dialog` (:mod:`.close_answer` after a
close), :mod:`.window` (with :mod:`.current_panel`, :mod:`.held_strip`,
:mod:`.review`, :mod:`.history_table`), the Z report's layout
(:mod:`.z_document`), paper (:mod:`.z_output`, :mod:`.z_dialog`) and its
seam to the receipt printer (:mod:`.z_facts`), its own words (:mod:`.z_words`:
states, pay-outs and pay-ins, bills and coins, a session's time), and :mod:`.words`.
"""

from .part import TillPart

__all__ = ["TillPart"]

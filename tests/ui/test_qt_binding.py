"""The Qt binding itself: a bug there must fail here, not crash a shop's PC at the end of the day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(bool, str)
    counted = Signal(int)


def test_emitting_our_signals_keeps_the_reference_count_of_true() -> None:
    """PySide6 6.12.0 dropped a reference to ``True`` at every ``emit()`` of a Python signal.

    The desk emits thousands a day (every sync page, every change); when the
    count reached zero the interpreter aborted ("bool_dealloc"), taking the
    program down. The pinned version must not do that.
    """
    sender = _Sender()
    sender.changed.connect(lambda online, reason: None)
    sender.counted.connect(lambda n: None)
    before = sys.getrefcount(True)
    for n in range(500):
        sender.changed.emit(n % 2 == 0, "reason")
        sender.counted.emit(n)
    assert sys.getrefcount(True) >= before - 5  # a few may move with the interpreter; never one per emit

"""Background store steps wait while the window holds the foreground (store/courtesy.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from genuka_desk.store.courtesy import Courtesy


def test_a_background_step_waits_until_the_foreground_is_let_go() -> None:
    courtesy = Courtesy(longest=5.0)
    stepped = threading.Event()

    def background() -> None:
        courtesy.step_aside()
        stepped.set()

    with courtesy.foreground():
        assert courtesy.held
        worker = threading.Thread(target=background)
        worker.start()
        assert not stepped.wait(0.2)  # held: the step waits
        courtesy.step_aside()  # the holder's own thread never waits on itself
    assert stepped.wait(5.0)
    worker.join()
    assert not courtesy.held


def test_nested_holds_and_a_bounded_wait() -> None:
    courtesy = Courtesy(longest=0.05)
    with courtesy.foreground(), courtesy.foreground():
        pass
    assert not courtesy.held
    done: list[float] = []
    with courtesy.foreground():
        worker = threading.Thread(target=lambda: (courtesy.step_aside(), done.append(time.monotonic())))
        worker.start()
        worker.join(5.0)  # a window stuck in the foreground never stops the sync for long
        assert done


def test_storing_a_page_steps_aside_while_the_window_paints(tmp_path: Path) -> None:
    from genuka_desk.store import LocalStore

    store = LocalStore(tmp_path)
    store.files.courtesy = Courtesy(longest=5.0)
    bodies = [{"id": f"o{i}", "reference": f"#R{i}", "updated_at": "2026-11-01T10:00:00Z"} for i in range(5)]
    saved: list[list[str]] = []
    with store.files.courtesy.foreground():
        worker = threading.Thread(target=lambda: saved.append(store.cache.save_listed_bodies(bodies)[0]))
        worker.start()
        worker.join(0.3)
        assert worker.is_alive() and not saved  # waiting at its first item
    worker.join(5.0)
    assert saved and sorted(saved[0]) == [f"o{i}" for i in range(5)]
    store.close()

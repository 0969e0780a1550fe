"""The speed measures below the ui, switched on by the desktop's tuning (``genuka_desk/ui/tuning``) only.

Qt-free, they live beside what they speed up; the ui reaches them through
this door. Each says what it buys and when it can go where the tuning
switches it on, and in bench/README.md ("Tuning").
"""

from __future__ import annotations

from ..api import first_request


def load_http_backends_ahead(on: bool = True) -> None:
    """Let the first sync load httpcore's and anyio's backends in a worker thread, not at its first connection."""
    first_request.load_backends_ahead(on)

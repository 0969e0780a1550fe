"""Named points where a test may kill the syncing process (``GENUKA_DESK_CRASH_AT``).

``GENUKA_DESK_CRASH_AT=push.after_put:2`` sends SIGKILL to this process the
second time it passes that point. Unset (always, outside the crash tests),
:func:`crashpoint` only counts. The points mark the windows where a crash
hurts most: between a write reaching the server and the queue recording it.
"""

from __future__ import annotations

import os
import signal

ENV = "GENUKA_DESK_CRASH_AT"
POINTS = (
    "push.before_put",
    "push.after_put",
    "push.after_mark_sent",
    "push.after_get",
    "pull.after_page",
    "pull.before_cursor",
)
_passed: dict[str, int] = {}


def crashpoint(name: str) -> None:
    """Pass a named point; die here if the environment asks for it."""
    count = _passed.get(name, 0) + 1
    _passed[name] = count
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point == name and count == int(nth or "1"):
        os.kill(os.getpid(), signal.SIGKILL)

"""Wrong PINs slow the next try, across restarts.

A 4-digit PIN is a small secret: five wrong in a row make the desk wait a
minute, and each further round of five waits twice as long (up to a quarter
of an hour). The count and the wait are kept in a small file beside the
profile (nothing secret in it), so restarting the program, or pulling the
cable to get the offline check, does not start the count afresh.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

MAX_WRONG = 5  # wrong PINs in a row before the desk makes the next one wait
WRONG_WAIT = 60.0  # seconds, the first wait
LONGEST_WAIT = 15 * 60.0


class PinThrottle:
    """The wrong PINs in a row on this PC's profile and the wait they set (kept on disk)."""

    def __init__(self, file: Path, clock: Callable[[], float]) -> None:
        self.file = file
        self.clock = clock

    def seconds_left(self) -> int:
        """Seconds before the next PIN may be tried (0: now)."""
        left = float(self._read().get("wait_until", 0.0)) - self.clock()
        return math.ceil(left) if left > 0 else 0

    def wrong(self) -> None:
        """One more wrong PIN: after a round of :data:`MAX_WRONG`, a wait, longer at each round."""
        state = self._read()
        wrong = int(state.get("wrong", 0)) + 1
        rounds = int(state.get("rounds", 0))
        if wrong >= MAX_WRONG:
            wait = min(WRONG_WAIT * 2**rounds, LONGEST_WAIT)
            state["wait_until"] = self.clock() + wait
            state["rounds"] = rounds + 1
            wrong = 0
            log.warning("%d wrong PINs in a row: the next waits %g s", MAX_WRONG, wait)
        state["wrong"] = wrong
        self._write(state)

    def wait(self, seconds: float) -> None:
        """The server asked to wait (its own limit): no PIN is tried before then, here either."""
        state = self._read()
        state["wait_until"] = max(float(state.get("wait_until", 0.0)), self.clock() + seconds)
        self._write(state)

    def passed(self) -> None:
        """A right PIN: the count starts again."""
        if self.file.exists():
            self._write({})

    def _read(self) -> dict[str, float]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("the wrong-PIN count was unreadable: a wait is set to be safe")
            return {"wait_until": self.clock() + WRONG_WAIT}
        return {k: float(v) for k, v in data.items() if isinstance(v, int | float)} if isinstance(data, dict) else {}

    def _write(self, state: dict[str, float]) -> None:
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.file.with_suffix(".tmp")
            tmp.write_text(json.dumps(state), encoding="utf-8")
            os.replace(tmp, self.file)
        except OSError as exc:
            log.warning("the wrong-PIN count could not be kept: %s", type(exc).__name__)

"""The CLI's exit codes, the one-line error that carries one, and the help's closing words."""

from __future__ import annotations

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_AUTH = 2
EXIT_NOT_FOUND = 3
EXIT_UNSENT = 4

EPILOG = """exit codes:
  0  ok
  1  bad input (a wrong argument, an invalid value, an unusable data folder)
  2  authentication (not logged in, token refused)
  3  not found (no such order or change)
  4  changes remain unsent (offline, refused, in conflict, or kept after a lost answer:
     `genuka-desk sync --wait` waits until it is checked)

environment:
  GENUKA_BASE_URL, GENUKA_COMPANY, GENUKA_TOKEN  stand for --base-url, --company, --token

Changes are queued locally first and survive restarts; without a network they
are sent by the next `genuka-desk sync` (or by the desktop app).
"""


class CliError(Exception):
    """A one-line error and the exit code it means."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.message = message
        self.code = code

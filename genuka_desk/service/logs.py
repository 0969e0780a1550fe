"""Logging to a rotating file in the user log folder, with secrets and personal data masked.

Secrets (tokens, passwords) are registered with :func:`register_secret`; a
filter replaces them in every record, and ``Bearer ...`` values are masked
whatever they are, so a token cannot reach a log file by mistake. The same
filter masks personal data (names, addresses, emails, phones) so that a
server body logged for support holds nothing beyond order references.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from pathlib import Path

# Personal data in bodies written to the log (a server's odd answer, for support): values masked.
_PERSONAL_KEYS = (
    "first_name|last_name|name|full_name|customer_name|company_name|email|phone|mobile|whatsapp"
    "|line1|line2|address|street|postal_code|zip|city|latitude|longitude|note|notes|password"
)


class _Patterns:
    """The masks' regular expressions, compiled at the first record (not while the start paints)."""

    def __init__(self) -> None:
        self.bearer = re.compile(
            r"(?i)(bearer\s+|x-api-key[\"']?\s*[:=]\s*[\"']?|accessToken[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"
        )
        self.personal_text = re.compile(rf"""(?i)(["'](?:{_PERSONAL_KEYS})["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2""")
        self.personal_number = re.compile(r"""(?i)(["'](?:latitude|longitude)["']\s*:\s*)-?\d[\d.eE+-]*""")
        # A body cut short for the log may end inside a personal value.
        self.personal_cut = re.compile(rf"""(?i)(["'](?:{_PERSONAL_KEYS})["']\s*:\s*)(["'])[^"']*$""")
        self.email = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
        self.phone = re.compile(r"\+\d[\d\s().-]{6,}\d")


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


_secrets: set[str] = set()
_secrets_lock = threading.Lock()
MASK = "***"


def register_secret(secret: str | None) -> None:
    """Never let ``secret`` appear in a log record from now on."""
    if secret and len(secret) >= 4:
        with _secrets_lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """``text`` with registered secrets and bearer values masked."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return _patterns().bearer.sub(lambda m: m.group(1) + MASK, text)


def scrub(text: str) -> str:
    """``text`` with personal data masked: names, addresses, emails and phones (references stay)."""
    found = _patterns()
    text = found.personal_text.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}{m.group(2)}", text)
    text = found.personal_number.sub(lambda m: f"{m.group(1)}0", text)
    text = found.personal_cut.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = found.email.sub(MASK, text)
    return found.phone.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message with :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        cleaned = scrub(redact(message))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(redact(record.exc_text))
        record.msg, record.args = cleaned, None
        return True


_owned: list[logging.Handler] = []  # the handlers set here, replaced at the next setup
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _RotatingLog(logging.Handler):
    """The rotating log file, opened at the first record.

    :mod:`logging.handlers` (sockets, pickle, queues) then loads, not while
    the start paints the list. A disk that fails stays silent (logging's
    default prints a trace on the terminal).
    """

    def __init__(self, log_file: Path, max_bytes: int, backups: int) -> None:
        super().__init__()
        self._where = (log_file, max_bytes, backups)
        self._file: logging.Handler | None = None

    def _opened(self) -> logging.Handler:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            log_file, max_bytes, backups = self._where
            try:
                self._file = RotatingFileHandler(log_file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
                self._file.handleError = lambda record: None  # type: ignore[method-assign]
            except OSError:
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        return self._file

    def emit(self, record: logging.LogRecord) -> None:
        self._opened().emit(record)  # under this handler's lock, after its filters

    def handleError(self, record: logging.LogRecord) -> None:
        pass

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(
    log_file: Path, *, level: int = logging.INFO, max_bytes: int = 1_000_000, backups: int = 5
) -> str | None:
    """Send the app's logs to ``log_file`` (rotating), replacing earlier handlers we set.

    Returns why the file cannot be written (a read-only or full disk), or
    None. Then logs go nowhere rather than to the terminal: the program goes
    on, and the clerk gets the real problem from whatever tried to save.
    """
    root = logging.getLogger()
    while _owned:
        old = _owned.pop()
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    problem = None
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8"):
            pass  # writable: the handler opens it for good at the first record
        handler = _RotatingLog(log_file, max_bytes, backups)
    except OSError as exc:
        # A handler must stay: without one, logging prints records (traces too) on stderr.
        handler = logging.NullHandler()
        problem = f"cannot write the log file {log_file}: {exc.strerror or exc}"
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    _owned.append(handler)
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO: useful, and holds no header.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return problem

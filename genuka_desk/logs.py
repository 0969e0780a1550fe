"""Logging to a rotating file in the user log folder, with secrets masked.

Secrets (tokens, passwords) are registered with :func:`register_secret`; a
filter replaces them in every record, and ``Bearer ...`` values are masked
whatever they are, so a token cannot reach a log file by mistake.
"""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

_BEARER = re.compile(r"(?i)(bearer\s+|x-api-key[\"']?\s*[:=]\s*[\"']?|accessToken[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+")
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
    return _BEARER.sub(lambda m: m.group(1) + MASK, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message with :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        cleaned = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg, record.args = cleaned, None
        return True


_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, level: int = logging.INFO, max_bytes: int = 1_000_000, backups: int = 5) -> None:
    """Send the app's logs to ``log_file`` (rotating), replacing earlier handlers we set."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_genuka_desk", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(log_file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    handler._genuka_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO: useful, and holds no header.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)

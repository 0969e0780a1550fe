"""What the desktop loads ahead of the first request (api/first_request.py): off unless switched on, and real."""

from __future__ import annotations

import importlib

from genuka_desk.api import first_request
from genuka_desk.service import tuning


def test_the_backends_are_loaded_ahead_only_when_the_tuning_says_so() -> None:
    assert first_request.FIRST_REQUEST_MODULES == ["genuka_desk.api.client"]
    tuning.load_http_backends_ahead()
    tuning.load_http_backends_ahead()  # once is enough
    try:
        assert ["genuka_desk.api.client", *first_request.BACKENDS] == first_request.FIRST_REQUEST_MODULES
    finally:
        tuning.load_http_backends_ahead(on=False)
    assert first_request.FIRST_REQUEST_MODULES == ["genuka_desk.api.client"]


def test_the_backends_named_by_their_private_paths_still_import() -> None:
    """httpcore's and anyio's own module paths: an upgrade that moves them fails here, not in the first sync."""
    for name in (*first_request.FIRST_REQUEST_MODULES, *first_request.BACKENDS):
        assert importlib.import_module(name).__name__ == name

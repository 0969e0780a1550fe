"""httpcore's and anyio's backends loaded in a worker thread before the first sync, not on the GUI thread.

httpcore picks its async backend when its first connection opens and then
imports anyio's. The desktop's event loop runs on the GUI thread (qasync),
so that import would freeze the list in the middle of the first sync. With
this on, ``OrderService`` loads them with the engine in a worker thread
before it (``genuka_desk/api/first_request.py`` names them, by their private
paths).

Buys: 28-31 ms of the GUI thread at the first sync's first connection
(httpcore's anyio backend and anyio's asyncio backend imported after httpx,
2026-12, three runs).

Can go when httpx imports its backend with itself, or when the event loop
leaves the GUI thread.
"""

from __future__ import annotations


def install() -> None:
    """Have the service load the HTTP backends ahead, off the GUI thread."""
    from ...service import tuning  # (here, not at the top: after the import check is in)

    tuning.load_http_backends_ahead()


def uninstall() -> None:
    """The backends load at the first connection again."""
    from ...service import tuning

    tuning.load_http_backends_ahead(on=False)

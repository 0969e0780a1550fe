"""What the API client loads only at its first request, named so a caller can load it ahead, off the GUI thread.

httpcore picks its async backend when the first connection opens and then
imports anyio's (~40 ms here); the client module itself brings httpx. A
desktop program whose event loop runs on the GUI thread would freeze the
list meanwhile.
"""

from __future__ import annotations

FIRST_REQUEST_MODULES = ("genuka_desk.api.client", "httpcore._backends.anyio", "anyio._backends._asyncio")

"""How a token is sent: as a Bearer token (a login) or as X-API-Key (an API key the server took so).

Apart from the client so that a saved profile reads without loading httpx.
"""

AUTH_SCHEMES = ("bearer", "api-key")

"""What one Genuka server offers a company, as found by looking (``api.capabilities``) and kept by the store."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

# Beyond this many seconds between this computer's clock and the server's, the difference is worth a word:
# sales are stamped with this computer's time, and the server knows a sale again by that second.
SKEW_WARNING_SECONDS = 60.0


class ServerCapabilities(BaseModel):
    """Whether the server has Mobile Sync's pull and push, and cash control on; None: not known.

    ``server_date_skew_seconds`` is the server's clock minus this computer's
    (from its ``Date`` header, to about a second); ``problem`` says why
    something is not known (offline, refused), in the server's or the
    network's words.
    """

    model_config = ConfigDict(frozen=True)

    sync_pull: bool | None = None
    sync_push: bool | None = None
    cash_control: bool | None = None
    checked_at: datetime
    server_date_skew_seconds: float | None = None
    problem: str | None = None

    @property
    def known(self) -> bool:
        """Whether anything at all was found out (an offline look finds nothing)."""
        return any(v is not None for v in (self.sync_pull, self.sync_push, self.cash_control))

    def over(self, kept: ServerCapabilities | None) -> ServerCapabilities:
        """This look, with what it could not find out taken from ``kept`` (an earlier look)."""
        if kept is None:
            return self
        return self.model_copy(
            update={
                name: getattr(kept, name)
                for name in ("sync_pull", "sync_push", "cash_control", "server_date_skew_seconds")
                if getattr(self, name) is None
            }
        )

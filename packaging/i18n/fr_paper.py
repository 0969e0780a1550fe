"""French for the printed documents' new texts (ui/paper): the cash handed over and the change on a receipt."""

from __future__ import annotations

FR: dict[str, str | tuple[str, str]] = {
    "Cash given": "Espèces reçues",
    "Change given": "Monnaie rendue",
}

"""The public invoice (06-orders-sales.md, "Invoice Rendering (Public)"): no ``Authorization``, not JSON.

``GET /invoices/{orderId}``: an HTML page (``?receipt`` present: a compact
receipt view with a QR code). ``GET /invoices/{orderId}/invoice``: a PDF
(``application/pdf``), or the receipt's HTML when ``?receipt`` is given.
``GET /invoice/{orderId}``: the order's JSON (the public alias of
``GET /admin/orders/{id}``). An unknown order is the API's 404. The demo's
PDF is a small valid one page; its HTML names the reference, lines and totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from .state import DemoState

_HTML = re.compile(r"^/2023-11/invoices/(?P<id>[^/]+)$")
_PDF = re.compile(r"^/2023-11/invoices/(?P<id>[^/]+)/invoice$")
_JSON = re.compile(r"^/2023-11/invoice/(?P<id>[^/]+)$")


@dataclass(frozen=True)
class RawBody:
    """An answer that is not JSON: its bytes and content type, sent as they are."""

    data: bytes
    content_type: str


def _page(order: dict[str, Any], receipt: bool) -> RawBody:
    reference = escape(str(order.get("reference") or order.get("id")))
    title = "Receipt" if receipt else "Invoice"
    rows = "".join(
        f"<tr><td>{escape(str(p.get('title', '')))}</td><td>{escape(str((p.get('pivot') or {}).get('quantity', '')))}"
        f"</td><td>{escape(str((p.get('pivot') or {}).get('price', '')))}</td></tr>"
        for p in order.get("products") or []
        if isinstance(p, dict)
    )
    qr = f'<div class="qr" data-qr="{reference}"></div>' if receipt else ""
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} {reference}</title></head>"
        f"<body class='{title.lower()}'><h1>{title} {reference}</h1><table>{rows}</table>"
        f"<p>Total: {escape(str(order.get('amount', '')))} {escape(str(order.get('currency_code') or 'XAF'))}</p>{qr}"
        "</body></html>"
    )
    return RawBody(html.encode(), "text/html; charset=UTF-8")


def _pdf(order: dict[str, Any]) -> RawBody:
    """A one-page A4 PDF naming the order (its offsets computed, so readers need no repair)."""
    text = f"Invoice {order.get('reference') or order.get('id')}".replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 18 Tf 72 770 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return RawBody(bytes(out), "application/pdf")


def public_invoice(state: DemoState, method: str, path: str, params: dict[str, str]) -> RawBody | dict[str, Any] | None:
    """The answer to a public invoice route (None: not one of them). A 404 for an unknown order."""
    if method != "GET":
        return None
    receipt = "receipt" in params  # "If present": any value, even empty
    if match := _HTML.match(path):
        with state.lock:
            return _page(state.body(state.index.index_of(match["id"])), receipt)
    if match := _PDF.match(path):
        with state.lock:
            order = state.body(state.index.index_of(match["id"]))
        return _page(order, True) if receipt else _pdf(order)
    if match := _JSON.match(path):
        with state.lock:
            return state.body(state.index.index_of(match["id"]), full=True)
    return None

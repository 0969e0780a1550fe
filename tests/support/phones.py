"""Customers whose phone was typed another way than the desk's, made on the demo server over HTTP."""

from __future__ import annotations

import httpx

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer


def bare_customer(server: DemoServer) -> str:
    """A sale made elsewhere (another till, the back office) for a customer typed as bare digits; their id."""
    line = {"title": "Savon", "quantity": 1, "price": 500}
    body = {"customer": {"first_name": "Brice", "last_name": "Mbarga", "phone": "694182199"}, "products": [line]}
    answer = httpx.post(
        f"{server.url}/2023-11/admin/orders",
        json=body,
        headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": server.company_id},
    )
    assert answer.status_code in (200, 201), answer.text
    made = [c for c in server.store.created_customers if c["phone"] == "694182199"]
    assert len(made) == 1
    return str(made[0]["id"])

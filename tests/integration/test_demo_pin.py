"""PIN login on the demo over real HTTP, as 02-authentication.md documents it (issue 35).

The company's short code, then a clerk's PIN; a token that stops working 24
hours after it was issued (on the server's clock, moved forward by the
test); setting a PIN; the documented errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_PASSWORD, DemoServer

CODE = "MBOA-001"
ADMIN_PIN, CASHIER_PIN = "1234", "2580"


@pytest.fixture
def server() -> Iterator[DemoServer]:
    demo = DemoServer(orders=5, seed=3).start()
    yield demo
    demo.stop()


def post(server: DemoServer, path: str, body: Any, token: str | None = None) -> httpx.Response:
    headers = {"Accept": "application/json"}
    if token:
        headers |= {"Authorization": f"Bearer {token}", "X-Company": server.company_id}
    return httpx.post(f"{server.url}/2023-11{path}", json=body, headers=headers, timeout=10)


def pin_login(server: DemoServer, pin: str, code: str = CODE) -> httpx.Response:
    return post(server, "/auth/login-with-pin", {"company_code": code, "pin": pin})


def works(server: DemoServer, token: str) -> int:
    """The status of a plain authenticated read with ``token``."""
    headers = {"Authorization": f"Bearer {token}", "X-Company": server.company_id, "Accept": "application/json"}
    return httpx.get(
        f"{server.url}/2023-11/admin/orders", params={"per_page": 1}, headers=headers, timeout=10
    ).status_code


def test_the_company_code_shows_the_company_and_is_rate_limited(server: DemoServer) -> None:
    card = post(server, "/auth/verify-company-code", {"company_code": CODE})
    assert card.status_code == 200, card.text
    body = card.json()
    assert body["name"] == "Boutique Mboa (démo)" and body["currency_code"] == "XAF"
    assert body["currency"] == {"code": "XAF", "name": "FCFA"} and body["logoUrl"] == body["logo"]
    assert body["address"]["city"] == "Douala" and body["tax_id"] == "M041912345678K"
    unknown = post(server, "/auth/verify-company-code", {"company_code": "NOPE001"})
    assert (unknown.status_code, unknown.json()) == (
        422,
        {
            "message": "The selected company_code is invalid.",
            "errors": {"company_code": ["The selected company_code is invalid."]},
        },
    )
    assert post(server, "/auth/verify-company-code", {}).status_code == 422
    # Five a minute: the sixth is a 429 with Retry-After, until a minute has passed.
    assert [post(server, "/auth/verify-company-code", {"company_code": CODE}).status_code for _ in range(2)] == [
        200
    ] * 2
    limited = post(server, "/auth/verify-company-code", {"company_code": CODE})
    assert limited.status_code == 429 and 1 <= int(limited.headers["Retry-After"]) <= 60
    server.advance_clock(61)
    assert post(server, "/auth/verify-company-code", {"company_code": CODE}).status_code == 200


def test_a_pin_login_answers_a_token_of_24_hours(server: DemoServer) -> None:
    answer = pin_login(server, CASHIER_PIN)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["companyId"] == server.company_id and body["company_code"] == CODE
    assert body["token"]["name"] == "Aïcha Bello" and "orders.create" in body["token"]["scopes"]
    assert "treasury_accounts.*" not in body["token"]["scopes"]  # a cashier, not a manager
    issued = server.store.clock.now()
    expires = datetime.fromisoformat(body["token"]["expires_at"].replace("Z", "+00:00"))
    assert 24 * 3600 - 5 <= (expires - issued).total_seconds() <= 24 * 3600
    assert "companies" not in body  # one company
    assert works(server, body["accessToken"]) == 200
    admin = pin_login(server, ADMIN_PIN).json()
    assert admin["token"]["name"] == "Payton Donnelly"


def test_a_pin_token_stops_working_after_24_hours_and_a_password_token_does_not(server: DemoServer) -> None:
    pin_token = pin_login(server, CASHIER_PIN).json()["accessToken"]
    login = post(server, "/auth/login", {"email": "caisse@genuka.com", "password": DEMO_PASSWORD})
    assert login.status_code == 200, login.text  # the cashier also has a password
    password_token = login.json()["accessToken"]
    server.advance_clock(24 * 3600 - 60)
    assert works(server, pin_token) == 200
    server.advance_clock(60)
    expired = httpx.get(
        f"{server.url}/2023-11/admin/orders",
        headers={"Authorization": f"Bearer {pin_token}", "X-Company": server.company_id, "Accept": "application/json"},
        timeout=10,
    )
    assert (expired.status_code, expired.json()) == (401, {"message": "Unauthenticated."})
    assert works(server, password_token) == 200
    assert post(server, "/auth/logout", None, pin_token).status_code == 401  # gone, not revivable
    # Over HTTP too: the control moves the server's clock.
    again = pin_login(server, CASHIER_PIN).json()["accessToken"]
    moved = httpx.post(f"{server.url}/__demo__/advance-clock", json={"seconds": 24 * 3600}, timeout=10)
    assert moved.status_code == 200 and works(server, again) == 401


def test_a_wrong_pin_a_user_without_one_and_bad_requests(server: DemoServer) -> None:
    assert (pin_login(server, "9999").status_code, pin_login(server, "9999").json()) == (
        401,
        {"message": "Invalid company code or PIN.", "code": 401},
    )
    assert pin_login(server, CASHIER_PIN, code="NOPE001").status_code == 422  # the code does not exist
    assert pin_login(server, CASHIER_PIN, code="X" * 17).status_code == 422
    assert post(server, "/auth/login-with-pin", {"company_code": CODE}).status_code == 422  # no pin
    # The read-only user has no PIN: they use their password, a PIN login names nobody.
    readonly = post(server, "/auth/login", {"email": "lecture@genuka.com", "password": DEMO_PASSWORD}).json()
    token = readonly["accessToken"]
    assert post(server, "/user/set-pin", {"pin": "0007", "pin_confirmation": "0007"}, token).json() == (
        "PIN set successfully"
    )
    assert pin_login(server, "0007").json()["token"]["name"] == "Awa Mbida"


def test_setting_a_pin(server: DemoServer) -> None:
    token = pin_login(server, CASHIER_PIN).json()["accessToken"]
    assert post(server, "/user/set-pin", {"pin": "4321", "pin_confirmation": "4321"}).status_code == 401
    for body, said in (
        ({"pin": "12a", "pin_confirmation": "12a"}, ["The pin must be 4 characters.", "The pin format is invalid."]),
        ({"pin": "4321", "pin_confirmation": "4322"}, ["The pin confirmation does not match."]),
        ({"pin_confirmation": "4321"}, ["The pin field is required."]),
        ({"pin": ADMIN_PIN, "pin_confirmation": ADMIN_PIN}, ["The pin has already been taken."]),
    ):
        refused = post(server, "/user/set-pin", body, token)
        assert (refused.status_code, refused.json()) == (
            422,
            {"message": "The given data was invalid.", "errors": {"pin": said}},
        ), body
    done = post(server, "/user/set-pin", {"pin": "4321", "pin_confirmation": "4321"}, token)
    assert (done.status_code, done.json()) == (200, "PIN set successfully")
    assert pin_login(server, "4321").json()["token"]["name"] == "Aïcha Bello"
    assert pin_login(server, CASHIER_PIN).status_code == 401  # the old PIN is gone
    assert [w["kind"] for w in server.stats()["writes"]] == ["set_pin"]
    assert "4321" not in str(server.stats()["writes"])


def test_a_user_of_two_companies_gets_them_in_the_answer_and_the_token_is_bound_to_the_code() -> None:
    with DemoServer(orders=3, companies=2) as server:
        answer = pin_login(server, ADMIN_PIN, code="MBOA002").json()
        assert answer["companyId"] == "01demo0second0company00000" and len(answer["companies"]) == 2
        headers = {"Authorization": f"Bearer {answer['accessToken']}", "Accept": "application/json"}
        wrong = httpx.get(
            f"{server.url}/2023-11/admin/orders", headers={**headers, "X-Company": server.company_id}, timeout=10
        )
        assert wrong.status_code == 403  # bound to the company whose code was used


def test_the_user_profile_says_who_has_a_pin(server: DemoServer) -> None:
    def profile(token: str) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}", "X-Company": server.company_id, "Accept": "application/json"}
        answer = httpx.get(f"{server.url}/2023-11/user", headers=headers, timeout=10)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    cashier = profile(pin_login(server, CASHIER_PIN).json()["accessToken"])
    assert (cashier["name"], cashier["role"], cashier["has_pin"], cashier["pin_enabled"]) == (
        "Aïcha Bello",
        "cashier",
        True,
        True,
    )
    assert cashier["company"]["id"] == server.company_id and cashier["has_multiple_companies"] is False
    assert "companies" not in cashier and cashier["permissions"] == cashier["allPermissions"]
    token = post(server, "/auth/login", {"email": "lecture@genuka.com", "password": DEMO_PASSWORD}).json()[
        "accessToken"
    ]
    assert profile(token)["has_pin"] is False
    post(server, "/user/set-pin", {"pin": "0007", "pin_confirmation": "0007"}, token)
    assert profile(token)["has_pin"] is True

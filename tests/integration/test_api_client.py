"""The client against the demo API over real HTTP on 127.0.0.1."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from genuka_desk.api import (
    AuthError,
    BadResponseError,
    ForbiddenError,
    GenukaClient,
    NetworkError,
    NotFoundError,
    OrderQuery,
    RateLimitedError,
    ServerError,
    SetupError,
    ValidationError,
)
from genuka_desk.demo import DEMO_READONLY_KEY, DemoServer
from genuka_desk.models import BillingStatus, LineChange, Order, OrderEdit, ShippingStatus
from genuka_desk.models.write_body import update_body
from tests.support.services import FAST_RETRY, make_client

pytestmark = pytest.mark.asyncio


async def test_login_sets_token_and_company(demo_server: DemoServer) -> None:
    async with GenukaClient(demo_server.url, retry=FAST_RETRY) as client:
        result = await client.login("demo@genuka.com", "password")
        assert result.company_id == demo_server.company_id
        assert result.can("orders.update")
        page = await client.list_orders(per_page=5)
        assert page.total == 60


async def test_wrong_password_is_an_auth_error(demo_server: DemoServer) -> None:
    async with GenukaClient(demo_server.url, retry=FAST_RETRY) as client:
        with pytest.raises(AuthError, match="Invalid email or password"):
            await client.login("demo@genuka.com", "nope")


async def test_no_token_is_401_and_no_company_is_a_setup_problem(demo_server: DemoServer) -> None:
    async with GenukaClient(demo_server.url, retry=FAST_RETRY, company_id=demo_server.company_id) as client:
        with pytest.raises(AuthError, match="Unauthenticated"):
            await client.list_orders()
    # Documented: 422 with error "company_id_required": the session lacks the company, no field is wrong.
    async with make_client(demo_server, company_id=None) as client:
        with pytest.raises(SetupError, match="company"):
            await client.list_orders()


async def test_headers_sent(demo_server: DemoServer) -> None:
    seen: list[httpx.Request] = []

    async def spy(request: httpx.Request) -> None:
        seen.append(request)

    async with make_client(demo_server, language="en") as client:
        client._http.event_hooks["request"].append(spy)
        await client.get_order(demo_server.store.rows[0].id)
    headers = seen[0].headers
    assert headers["Authorization"].startswith("Bearer ")
    assert headers["X-Company"] == demo_server.company_id
    assert headers["Accept"] == "application/json"
    assert headers["Accept-Language"] == "en"
    assert len(headers["X-Request-ID"]) == 32
    assert seen[0].url.path.startswith("/2023-11/admin/orders/")


async def test_acting_as_another_clerk_changes_only_that_tasks_requests(demo_server: DemoServer) -> None:
    """The sync sends an operation with its clerk's token; the window's requests meanwhile keep the desk's."""
    import asyncio

    seen: list[tuple[str, str]] = []

    async def spy(request: httpx.Request) -> None:
        seen.append((request.headers.get("X-Request-ID", ""), request.headers["Authorization"]))

    async with make_client(demo_server) as client:
        client._http.event_hooks["request"].append(spy)
        desk = client._headers["Authorization"]
        order_id = demo_server.store.rows[0].id
        started = asyncio.Event()

        async def as_clerk() -> None:
            with client.acting_as("their-token"):
                started.set()
                with pytest.raises(AuthError):  # the demo knows no such token: it is what was sent
                    await client.get_order(order_id)

        async def window() -> None:
            await started.wait()
            await client.get_order(order_id)

        await asyncio.gather(as_clerk(), window())
        await client.get_order(order_id)  # after the block: the desk's again
    sent = [auth for _, auth in seen]
    assert sent.count("Bearer their-token") >= 1
    assert sent[-1] == desk and sent.count(desk) >= 2


async def test_list_filters_sort_and_search(client: GenukaClient, demo_server: DemoServer) -> None:
    delivered = await client.list_orders(OrderQuery(shipping_status="delivered", include=("customer",)), per_page=100)
    assert delivered.items and all(o.shipping_status is ShippingStatus.DELIVERED for o in delivered.items)
    paid = await client.list_orders(OrderQuery(billing_status="paid", sort="-amount"), per_page=100)
    amounts = [o.amount for o in paid.items]
    assert amounts == sorted(amounts, reverse=True)
    some = delivered.items[0]
    found = await client.list_orders(OrderQuery(search=some.reference), per_page=10)
    assert [o.id for o in found.items] == [some.id]
    by_name = await client.list_orders(OrderQuery(search=some.customer_name.split()[0]), per_page=100)
    assert some.id in {o.id for o in by_name.items}


async def test_updated_since_filter(client: GenukaClient, demo_server: DemoServer) -> None:
    everything = [Order.from_raw(o) async for page in client.iter_order_body_pages() for o in page.items]
    newest = max(everything, key=lambda o: o.updated_at)
    assert newest.updated_at
    page = await client.list_orders(OrderQuery(updated_start=newest.updated_at, sort="updated_at"), per_page=100)
    assert [o.id for o in page.items] == [newest.id]


@pytest.mark.parametrize("style", ["laravel", "pagination"])
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_all_pages_in_every_envelope(demo_server: DemoServer, style: str, concurrency: int) -> None:
    demo_server.envelope = style
    async with make_client(demo_server) as client:
        pages = [p async for p in client.iter_order_body_pages(per_page=7, concurrency=concurrency)]
    ids = [o["id"] for page in pages for o in page.items]
    assert len(ids) == len(set(ids)) == 60
    assert [p.current_page for p in pages] == list(range(1, 10))


async def test_simple_paginate_pages(demo_server: DemoServer) -> None:
    async with make_client(demo_server) as client:
        body = await client._get("/admin/orders", {"simple_paginate": "true", "per_page": 50, "page": 2})
    assert body["meta"]["per_page"] == "50" and "total" not in body["meta"]
    from genuka_desk.models import Order, parse_page

    page = parse_page(body, Order.from_raw)
    assert len(page.items) == 10 and not page.has_next and page.total is None


async def test_get_update_status_bulk_activities(client: GenukaClient, demo_server: DemoServer) -> None:
    order_id = demo_server.store.rows[5].id
    order = await client.get_order(order_id)
    assert order.company and order.company.payment_methods
    line = order.lines[0]
    body = update_body(order.raw, OrderEdit(lines={line.id or "": LineChange(quantity=(line.quantity or 1) + 2)}))
    assert set(body) == {"products", "force"} and all("pivot" not in item for item in body["products"])
    updated = await client.update_order(order_id, body)
    assert updated.lines[0].quantity == (line.quantity or 1) + 2
    assert updated.updated_at and order.updated_at and updated.updated_at > order.updated_at
    assert updated.amount != order.amount

    status = await client.update_status(order_id, shipping="taken_in_charge", billing="paid")
    assert status.shipping_status is ShippingStatus.TAKEN_IN_CHARGE
    assert status.billing_status is BillingStatus.PAID

    ids = [demo_server.store.rows[n].id for n in (1, 2, 3)]
    assert await client.bulk_update_status(ids, shipping="delivered") == "Orders status updated"
    for other in ids:
        assert (await client.get_order(other)).shipping_status is ShippingStatus.DELIVERED

    history = await client.list_activities(order_id)
    fields = {change.field for activity in history.items for change in activity.changes()}
    assert {"shipping.status", f"lines.{line.id}.quantity"} <= fields
    assert history.items[0].author == "Payton Donnelly"


async def test_not_found(client: GenukaClient) -> None:
    with pytest.raises(NotFoundError, match="The order does not exist"):
        await client.get_order("01nothere")


async def test_validation_errors_carry_fields(client: GenukaClient, demo_server: DemoServer) -> None:
    order_id = demo_server.store.rows[0].id
    with pytest.raises(ValidationError) as caught:
        await client.update_status(order_id, shipping="shipped")
    assert caught.value.field_errors == {"shipping.status": ["The selected shipping.status is invalid."]}
    order = await client.get_order(order_id)
    line = order.lines[0]
    edit = OrderEdit(fields={"billing.address.email": "not-an-email"}, lines={line.id or "": LineChange(quantity=0)})
    with pytest.raises(ValidationError) as caught:
        await client.update_order(order_id, update_body(order.raw, edit))
    assert set(caught.value.field_errors) == {"products.0.quantity", "billing.address.email"}


async def test_read_only_user_is_forbidden_to_write(demo_server: DemoServer) -> None:
    async with make_client(demo_server, token=DEMO_READONLY_KEY) as client:
        order_id = demo_server.store.rows[0].id
        await client.get_order(order_id)
        with pytest.raises(ForbiddenError):
            await client.update_status(order_id, shipping="delivered")


async def test_products_for_the_line_picker(client: GenukaClient) -> None:
    page = await client.list_products("wax")
    [product] = page.items
    assert [v.title for v in product.variants] == ["Bleu", "Rouge", "Vert"]
    assert (await client.list_products(per_page=100)).total == 30


# -- retries and faults ----------------------------------------------------------


async def test_get_retries_a_burst_of_500s(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("500", count=3)
    order = await client.get_order(demo_server.store.rows[0].id)
    assert order.id and demo_server.faults.injected == 3


async def test_get_gives_up_after_the_attempts(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("500", count=10)
    with pytest.raises(ServerError):
        await client.get_order(demo_server.store.rows[0].id)
    assert demo_server.faults.injected == FAST_RETRY.attempts


async def test_429_honours_retry_after(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("429", count=1, retry_after=0.4)
    started = time.monotonic()
    await client.get_order(demo_server.store.rows[0].id)
    assert time.monotonic() - started >= 0.35  # waited as told, not the 10 ms backoff


async def test_429_with_a_long_wait_goes_to_the_caller(demo_server: DemoServer) -> None:
    demo_server.faults.arm("429", count=1, retry_after=120)
    async with make_client(demo_server) as client:
        with pytest.raises(RateLimitedError) as caught:
            await client.get_order(demo_server.store.rows[0].id)
    assert caught.value.retry_after == 120


@pytest.mark.parametrize("mode", ["reset", "malformed", "html", "drop"])
async def test_get_survives_broken_answers(client: GenukaClient, demo_server: DemoServer, mode: str) -> None:
    demo_server.faults.arm(mode, count=2, method="GET")
    order = await client.get_order(demo_server.store.rows[0].id)
    assert order.id == demo_server.store.rows[0].id


async def test_stall_is_a_network_error_that_may_have_been_sent(demo_server: DemoServer) -> None:
    demo_server.faults.arm("stall", count=1, stall=2.0, method="PUT")
    async with make_client(demo_server, timeout=httpx.Timeout(0.3)) as client:
        with pytest.raises(NetworkError) as caught:
            await client.update_status(demo_server.store.rows[0].id, shipping="delivered")
    assert caught.value.maybe_sent
    assert demo_server.stats()["writes"] == []


async def test_connection_refused_was_not_sent(demo_server: DemoServer) -> None:
    url = demo_server.url
    demo_server.stop()
    async with GenukaClient(url, retry=FAST_RETRY, token="t", company_id="c") as client:
        with pytest.raises(NetworkError) as caught:
            await client.update_status("x", shipping="delivered")
    assert not caught.value.maybe_sent


async def test_writes_are_not_retried(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("500", count=1, method="PUT")
    with pytest.raises(ServerError):
        await client.update_status(demo_server.store.rows[0].id, shipping="delivered")
    assert demo_server.faults.injected == 1
    assert demo_server.stats()["writes"] == []


async def test_applied_then_dropped_write_is_ambiguous(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("drop", count=1, method="PUT")
    order_id = demo_server.store.rows[0].id
    with pytest.raises(NetworkError) as caught:
        await client.update_status(order_id, shipping="delivered", request_id="change-1")
    assert caught.value.maybe_sent
    writes = demo_server.stats()["writes"]
    assert [(w["order_id"], w["request_id"]) for w in writes] == [(order_id, "change-1")]


async def test_malformed_write_answer_is_a_bad_response(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("malformed", count=1, method="PUT")
    with pytest.raises(BadResponseError) as caught:
        await client.update_status(demo_server.store.rows[0].id, billing="paid")
    assert caught.value.excerpt  # the body goes to the log, not to the clerk
    assert "{" not in caught.value.message


async def test_401_mid_session(client: GenukaClient, demo_server: DemoServer) -> None:
    demo_server.faults.arm("401", count=1)
    with pytest.raises(AuthError):
        await client.get_order(demo_server.store.rows[0].id)
    await client.get_order(demo_server.store.rows[0].id)


async def test_a_refused_connection_is_not_retried_the_line_is_down() -> None:
    """Nothing listens: the read fails at the first try (the sync says offline at once), not after backoffs."""
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    tries: list[int] = []
    lonely = GenukaClient(f"http://127.0.0.1:{port}", token="t", company_id="c", retry=FAST_RETRY)
    real = lonely._send

    async def counted(*args: Any, **kwargs: Any) -> Any:
        tries.append(1)
        return await real(*args, **kwargs)

    lonely._send = counted  # type: ignore[method-assign]
    try:
        with pytest.raises(NetworkError) as failed:
            await lonely.get_order("01abc")
        assert not failed.value.maybe_sent and len(tries) == 1
    finally:
        await lonely.aclose()

"""The CLI end to end, in process, against the demo API: output, exit codes, no traceback."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
import pytest

from genuka_desk import cli
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models import read_value
from genuka_desk.service.credentials import TokenStore
from genuka_desk.service.profile import Profile
from genuka_desk.sync.backoff import IN_FLIGHT_ENV
from tests.support.memory_keyring import MemoryKeyring
from tests.support.services import writes_of


class Run:
    """Runs ``genuka-desk ...`` in process with one data dir; keeps every output for the token check."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self.capsys = capsys
        self.data_dir = data_dir
        self.seen: list[str] = []

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = cli.main([*args, "--data-dir", str(self.data_dir)] if args[0] != "queue" else self._queue_args(args))
        out, err = self.capsys.readouterr()
        self.seen += [out, err]
        assert "Traceback" not in out + err
        return code, out, err

    def _queue_args(self, args: tuple[str, ...]) -> list[str]:
        # Options of "queue" come before its action.
        return ["queue", "--data-dir", str(self.data_dir), *args[1:]]

    def json(self, *args: str) -> Any:
        code, out, _ = self(*args, "--json")
        assert code in (0, 4), out
        return json.loads(out)


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> Run:
    monkeypatch.setenv("GENUKA_BASE_URL", demo_server.url)
    monkeypatch.delenv("GENUKA_TOKEN", raising=False)
    monkeypatch.delenv("GENUKA_COMPANY", raising=False)
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")  # the words the tests read; French has its own tests
    return Run(capsys, tmp_path / "state")


def logged_in(run: Run) -> str:
    code, out, _ = run("login", "--email", "demo@genuka.com", "--password", "password")
    assert code == 0 and "Logged in" in out
    code, out, _ = run("sync")
    assert code == 0, out
    order = run.json("orders", "list", "--billing-status", "pending", "--shipping-status", "pending", "--limit", "5")
    return str(order["orders"][0]["reference"])


def test_help_documents_commands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("login", "sync", "orders", "queue", "4  changes remain unsent", "GENUKA_TOKEN"):
        assert word in out
    assert cli.main(["orders", "edit", "--help"]) == 0
    assert "--data-dir" in capsys.readouterr().out


def test_login_sync_list_show(run: Run, demo_server: DemoServer) -> None:
    reference = logged_in(run)
    listing = run.json("orders", "list", "--limit", "100")
    assert listing["total"] == 60 and len(listing["orders"]) == 60
    by_total = run.json("orders", "list", "--sort", "total", "--desc", "--limit", "3")["orders"]
    totals = [float(o["total"]) for o in by_total]
    assert totals == sorted(totals, reverse=True)
    code, out, _ = run("orders", "show", reference)
    assert code == 0 and reference in out and "Lines:" in out and "   1. " in out and "Billing:" in out
    shown = run.json("orders", "show", reference.lstrip("#"))
    assert shown["reference"] == reference and shown["lines"][0]["number"] == 1
    code, _, err = run("orders", "show", "NO-SUCH-ORDER")
    assert code == 3 and err.startswith("error:")


def test_set_status_and_edit_are_sent_once(run: Run, demo_server: DemoServer) -> None:
    reference = logged_in(run)
    code, out, _ = run("orders", "set-status", reference, "--shipping", "delivered", "--billing", "paid")
    assert code == 0 and "Sent" in out
    code, out, _ = run("orders", "edit", reference, "lines.1.quantity=4", "shipping.address.line1=Akwa, rue 12")
    assert code == 0 and "Sent" in out
    shown = run.json("orders", "show", reference)
    body = demo_server.store.get_order(shown["id"])
    assert body["shipping"]["status"] == "delivered" and body["billing"]["status"] == "paid"
    assert body["shipping"]["address"]["line1"] == "Akwa, rue 12"
    assert read_value(body, f"lines.{shown['lines'][0]['id']}.quantity") == 4
    sent = run.json("queue", "--all")
    assert len(sent) == 2 and all(c["state"] == "sent" for c in sent)
    assert all(len(writes_of(demo_server, c["id"])) == 1 for c in sent)


def test_bad_input_is_one_clear_line_and_queues_nothing(run: Run) -> None:
    reference = logged_in(run)
    cases = [
        (("orders", "set-status", reference, "--shipping", "teleported"), "Unknown status"),
        (("orders", "set-status", reference), "--shipping"),
        (("orders", "edit", reference, "lines.9.quantity=2"), "numbered from 1"),
        (("orders", "edit", reference, "lines.1.quantity=two"), "not a number"),
        (("orders", "edit", reference, "lines.1.quantity=0"), "lines.1.quantity: The quantity must be at least 1"),
        (("orders", "edit", reference, "billing.address.email=nope"), "email"),
        (("orders", "edit", reference, "customer.password=x"), "cannot be edited"),
        (("orders", "edit", reference, "lines.1.quantity"), "FIELD=VALUE"),
        (("orders", "list", "--sort", "colour"), "Cannot sort"),
        (("orders", "list", "--limit", "0"), "--limit"),
    ]
    for args, message in cases:
        code, _, err = run(*args)
        assert code == 1, (args, err)
        assert message in err, (args, err)
    assert run.json("queue") == []


def test_offline_set_status_is_queued_then_sync_sends_it(run: Run, demo_server: DemoServer) -> None:
    reference = logged_in(run)
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    code, out, _ = run("orders", "set-status", reference, "--shipping", "delivered")
    assert code == 0 and "Queued" in out
    code, out, _ = run("sync")
    assert code == 4 and "cannot be reached" in out
    code, out, _ = run("orders", "list", "--unsent")
    assert reference in out and "unsent" in out
    with DemoServer(store=store, port=port) as back:
        code, out, _ = run("sync")
        assert code == 0, out
        queued = run.json("queue", "--all")
        assert [len(writes_of(back, c["id"])) for c in queued] == [1]


def test_conflict_listed_and_resolved_from_the_cli(run: Run, demo_server: DemoServer) -> None:
    reference = logged_in(run)
    order_id = run.json("orders", "show", reference)["id"]
    demo_server.stop()
    run("orders", "set-status", reference, "--shipping", "delivered")
    port, store = demo_server.port, demo_server.store
    store.colleague_edit(order_id, {"shipping.status": "taken_in_charge"})
    with DemoServer(store=store, port=port) as back:
        code, _, _ = run("sync")
        assert code == 4
        code, out, _ = run("queue")
        assert code == 4 and "conflict" in out and "the server now has: Delivery: Taken in charge" in out
        assert "Delivery: Delivered" in out and "shipping.status" not in out
        change_id = run.json("queue")[0]["id"]
        code, out, _ = run("queue", "resolve", change_id[:8], "--keep", "mine")
        assert code == 0 and "Sent" in out
        assert back.store.get_order(order_id)["shipping"]["status"] == "delivered"
        code, _, err = run("queue", "discard", "deadbeef-nope")
        assert code == 3 and "No queued change" in err


def test_auth_errors_exit_2(run: Run) -> None:
    code, _, err = run("sync")
    assert code == 2 and "login" in err
    code, _, err = run("login", "--email", "demo@genuka.com", "--password", "wrong")
    assert code == 2 and err.startswith("error:")


def test_token_never_printed_nor_logged(run: Run, monkeypatch: pytest.MonkeyPatch, demo_server: DemoServer) -> None:
    monkeypatch.setenv("GENUKA_COMPANY", demo_server.company_id)
    code, _, _ = run("login", "--token", DEMO_ADMIN_KEY)
    assert code == 0
    reference = logged_in(run)
    run("orders", "show", reference, "--json")
    run("queue", "--json")
    run("sync", "--json")
    issued = TokenStore(run.data_dir / "config", "default").load()  # the token the password login got
    assert issued and issued != DEMO_ADMIN_KEY
    wrong = "wrong-token-0123456789abcdef"
    code, out, err = run("sync", "--token", wrong)  # refused: the error text must not echo it
    assert code == 2 and wrong not in out + err
    monkeypatch.setenv("GENUKA_BASE_URL", "http://127.0.0.1:9")  # offline: errors and queued output
    run("orders", "set-status", reference, "--billing", "paid")
    run("sync", "--json")
    # Every file the program wrote (logs, settings, profile, database) and everything it printed.
    written = [p.read_bytes().decode("utf-8", errors="ignore") for p in run.data_dir.rglob("*") if p.is_file()]
    for text in [*run.seen, *written]:
        for secret in (DEMO_ADMIN_KEY, issued, wrong):
            assert secret not in text
    logs = "".join(p.read_text() for p in (run.data_dir / "logs").glob("*.log*"))
    assert "Bearer" not in logs


def test_insecure_url_refused(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENUKA_BASE_URL", "http://shop.example.com")
    code, _, err = run("sync", "--token", "x", "--company", "c")
    assert code == 1 and "https" in err.lower()


def test_logout_warns_about_unsent_changes_and_deletes_data_only_when_safe_or_forced(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from genuka_desk.store import CACHE_FILE, QUEUE_FILE

    reference = logged_in(run)
    folder = Profile.load(run.data_dir / "config").data_folder(run.data_dir / "data")
    monkeypatch.setenv("GENUKA_BASE_URL", "http://127.0.0.1:9")  # offline: the change stays unsent
    code, out, _ = run("orders", "set-status", reference, "--billing", "paid")
    assert code == 0 and "will be sent" in out

    code, _, err = run("logout", "--forget-data")
    assert code == 4 and "1 change(s) were not sent" in err and "--force" in err
    assert (folder / QUEUE_FILE).exists() and TokenStore(run.data_dir / "config", "default").load()

    code, out, _ = run("logout")
    assert code == 0 and "Warning: 1 change(s) were not sent" in out
    assert TokenStore(run.data_dir / "config", "default").load() is None
    assert (folder / QUEUE_FILE).exists()  # kept for the next login

    code, out, _ = run("logout", "--forget-data", "--force")
    assert code == 0 and "local data deleted" in out
    assert not (folder / QUEUE_FILE).exists() and not (folder / CACHE_FILE).exists()


def test_orders_create_from_a_file_offline_then_online_exactly_once(
    run: Run, monkeypatch: pytest.MonkeyPatch, demo_server: DemoServer, tmp_path: Path
) -> None:
    logged_in(run)
    sale = tmp_path / "sale.json"
    sale.write_text(
        json.dumps(
            {
                "source": "WHATSAPP",
                "customer": {"first_name": "Awa", "last_name": "Bello", "phone": "6 99 12 34 56"},
                "products": [{"title": "Sac tressé", "price": 2000, "quantity": 2}],
                "billing": {"amount": 4000, "method": "cash"},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("GENUKA_BASE_URL", "http://127.0.0.1:9")  # offline
    local = run.json("orders", "create", "--from", str(sale))
    assert local["reference"] == "DESK-0001" and local["temporary_reference"] == "DESK-0001"
    assert local["creation"] == "pending"
    code, out, _ = run("orders", "create", "--from", str(sale))
    assert code == 0 and "DESK-0002" in out and "not sent yet" in out
    listed = run.json("orders", "list", "--search", "DESK-")
    assert sorted(o["reference"] for o in listed["orders"]) == ["DESK-0001", "DESK-0002"]
    monkeypatch.setenv("GENUKA_BASE_URL", demo_server.url)
    code, out, _ = run("sync")
    assert code == 0, out
    shown = run.json("orders", "show", "DESK-0002")  # the temporary reference still finds it
    assert str(shown["reference"]).startswith("#ORDER_")
    creates = [w for w in demo_server.stats()["writes"] if w["kind"] == "create"]
    assert len(creates) == 2 and len({w["request_id"] for w in creates}) == 2
    for body, message in (("[]", "one order object"), ('{"customer": {}, "products": []}', "products")):
        sale.write_text(body, encoding="utf-8")
        code, _, err = run("orders", "create", "--from", str(sale))
        assert code == 1 and message in err
    sale.write_text("not json", encoding="utf-8")
    code, _, err = run("orders", "create", "--from", str(sale))
    assert code == 1 and "sale.json" in err


def test_products_customers_and_a_sale_from_flags(run: Run, demo_server: DemoServer) -> None:
    logged_in(run)
    products = run.json("products", "list", "--search", "sac")
    coded = next(p for p in products if p["sku"])
    assert all("sac" in p["title"].lower() for p in products)
    customer = demo_server.store.data.customers[0]
    found = run.json("customers", "list", "--search", customer["phone"].replace("+237 ", "")[:6])
    assert customer["id"] in {c["id"] for c in found}
    code, out, _ = run(
        "orders",
        "create",
        "--customer-phone",
        "6 99 11 22 33",
        "--customer-name",
        "Awa Bello",
        "--line",
        f"{coded['sku']}:2",
        "--line",
        "Emballage:1:500",
        "--deliver-to",
        "Rue 12 Akwa, Douala",
        "--paid",
        "5000",
        "--method",
        "cash",
    )
    assert code == 0 and "Created on the server as #ORDER_" in out, out
    created = [w for w in demo_server.stats()["writes"] if w["kind"] == "create"]
    body = demo_server.store.get_order(str(created[-1]["order_id"]))
    assert [(p["quantity"], p["price"]) for p in body["order_products"]] == [
        (2, int(Decimal(coded["price"]))),
        (1, 500),
    ]
    assert body["shipping"]["mode"] == "delivery" and body["shipping"]["address"]["city"] == "Douala"
    assert body["customer"]["phone"] == "+237699112233" and body["billing"]["amount"] == 5000
    run("sync")
    shown = run.json("customers", "show", "699112233")
    assert shown["name"] == "Awa Bello" and len(shown["orders"]) == 1 and shown["total_spent"] == "5000"
    for args, message in (
        (["--customer-phone", "12", "--line", "x:1:5"], "not a phone number"),
        (["--customer-phone", "699112233", "--line", "nothing:1"], "no product"),
        (["--customer-phone", "699112233", "--line", "x"], "PRODUCT:QUANTITY"),
        (["--customer-phone", "699112233"], "--line"),
    ):
        code, _, err = run("orders", "create", *args)
        assert code == 1 and message in err, err
    code, _, err = run("customers", "show", "600000000")
    assert code == 3


def test_customers_list_without_a_search_lists_the_local_copy_a_page_at_a_time(
    run: Run, demo_server: DemoServer
) -> None:
    code, out, _ = run("customers", "list")
    assert code == 0 and "No customer in the local copy yet" in out  # nothing synced yet
    logged_in(run)
    total = len(demo_server.store.data.customers) + len(demo_server.store.created_customers)
    assert total > 5
    code, out, _ = run("customers", "list", "--limit", "5")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 6, out
    assert lines[-1].startswith(f"... and {total - 5} more of {total}")
    listed = run.json("customers", "list", "--limit", "5")
    names = sorted(f"{c['first_name']} {c['last_name']}".strip() for c in demo_server.store.data.customers)
    assert [c["name"] for c in listed] == names[:5]  # by name
    assert len(run.json("customers", "list", "--limit", str(total + 10))) == total
    code, out, err = run("customers", "list", "--limit", "0")
    assert code == 1 and "--limit" in err


def test_orders_pay_online_then_offline_queued(run: Run, demo_server: DemoServer) -> None:
    reference = logged_in(run)
    code, out, err = run("orders", "pay", reference, "--amount", "abc", "--method", "cash")
    assert code == 1 and "--amount" in out + err  # bad input: nothing queued
    assert run.json("queue") == []
    paid = run.json("orders", "pay", reference, "--amount", "1000", "--method", "cash")
    assert paid["payment"] == "sent" and [p["amount"] for p in paid["payments"]] == ["1000"]
    assert not paid["payments"][0]["queued"] and paid["payment_status"] == "partially_paid"
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    code, out, _ = run("orders", "pay", reference, "--amount", "500", "--method", "cash")
    assert code == 0 and "Queued" in out
    with DemoServer(store=store, port=port) as back:
        code, out, _ = run("sync")
        assert code == 0, out
        body = back.store.get_order(paid["id"])
        assert sorted(int(p["amount"]) for p in body["payments"]) == [500, 1000]
    code, out, err = run("orders", "pay", reference, "--amount", "99999999", "--method", "cash")
    assert code == 1 and "balance" in (out + err).lower()


def test_login_on_a_keychain_that_does_not_keep_the_token_stays_logged_in(
    run: Run, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())  # takes the token, gives nothing back (the conftest puts its own back)
    code, out, err = run("login", "--email", "demo@genuka.com", "--password", "password")
    assert code == 0 and "Logged in" in out
    assert "no OS keychain" in err and "readable only by you" in err  # the usual warning, with the file
    code, out, err = run("sync")
    assert code == 0 and "Not logged in" not in out + err, out + err
    keyring.set_keyring(memory_keyring)  # a keychain that keeps it: no warning, and still logged in
    code, out, err = run("login", "--email", "demo@genuka.com", "--password", "password")
    assert code == 0 and "no OS keychain" not in err and memory_keyring.passwords
    code, out, err = run("sync")
    assert code == 0, out + err


@pytest.mark.timeout(60)  # the old CLI blocked ~2 minutes here; now a hang fails the test
def test_a_payment_whose_answer_was_lost_returns_at_once_and_only_sync_wait_waits_it_out(
    run: Run, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window in which the lost try may still land: short here, so that `sync --wait` waits it out quickly.
    monkeypatch.setenv(IN_FLIGHT_ENV, "6")
    reference = logged_in(run)
    order_id = run.json("orders", "show", reference)["id"]
    demo_server.faults.arm("drop", 1, method="POST", path="/payments")  # recorded on the server, the answer lost
    code, out, _ = run("orders", "pay", reference, "--amount", "1000", "--method", "cash")
    assert code == 4, out
    assert "Kept; the server may have it already" in out and "sync --wait" in out
    assert "Sent to the server" not in out
    assert [int(p["amount"]) for p in demo_server.store.get_order(order_id)["payments"]] == [1000]
    # A plain sync right after does not wait for it either: what is known, and 4.
    code, out, _ = run("sync")
    assert code == 4 and "Kept: the server may have it already" in out, out
    # Only `sync --wait` waits: the try is then checked against the server, found recorded, never sent again.
    code, out, err = run("sync", "--wait")
    assert code == 0 and "remain" not in out, out + err
    assert [int(p["amount"]) for p in demo_server.store.get_order(order_id)["payments"]] == [1000]
    assert run.json("queue") == []


@pytest.mark.timeout(120)
def test_orders_print_writes_each_document_offline(run: Run, demo_server: DemoServer, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from pypdf import PdfReader

    reference = logged_in(run)
    demo_server.stop()  # no server needed: the local copy prints
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for kind, extra, word in (
        ("receipt", ["--width", "58"], "Receipt"),
        ("invoice", ["--lang", "fr"], "Facture"),
        ("slip", [], "Delivery slip"),
    ):
        pdf = tmp_path / f"{kind}.pdf"
        lang = [] if "--lang" in extra else ["--lang", "en"]
        done = subprocess.run(
            [
                *(sys.executable, "-m", "genuka_desk", "orders", "print", reference),
                *("--as", kind, "--pdf", str(pdf), *extra, *lang, "--data-dir", str(run.data_dir)),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=90,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert reference in done.stdout and "Traceback" not in done.stderr
        text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert word in " ".join(text.split()) and reference in text, kind
        # The clerk by the name the login answer gave, never the email they logged in with.
        assert "Payton Donnelly" in " ".join(text.split()) and "demo@genuka.com" not in text, kind
    code, _, err = run(
        "orders", "print", reference, "--as", "receipt", "--pdf", str(tmp_path / "x.pdf"), "--width", "70"
    )
    assert code == 1 and "--width" in err


def test_the_cli_says_why_in_the_terminals_language(
    run: Run, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = logged_in(run)
    monkeypatch.setenv("GENUKA_DESK_LANG", "fr")
    code, _, err = run("orders", "pay", reference, "--amount", "99999999", "--method", "cash")
    assert code == 1 and "dépasse le reste dû" in err and "n’a pas été mise en file" in err
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")
    code, _, err = run("orders", "pay", reference, "--amount", "99999999", "--method", "cash")
    assert code == 1 and "more than the balance" in err


def test_the_queue_speaks_words_in_the_terminals_language(
    run: Run, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = logged_in(run)
    order = run.json("orders", "show", reference)
    title = order["lines"][0]["title"]
    monkeypatch.setenv("GENUKA_BASE_URL", "http://127.0.0.1:9")  # offline: the changes stay queued
    run("orders", "set-status", reference, "--shipping", "delivered")
    run("orders", "edit", reference, "shipping.address.city=Bafoussam", "lines.1.quantity=3")
    code, out, _ = run("queue")
    assert code == 4, out
    assert "waiting" in out and "Delivery: Delivered" in out
    assert "Shipping address (city): Bafoussam" in out and f"{title} (quantity): 3" in out
    assert "shipping.status" not in out and "lines." not in out and "address.city" not in out
    monkeypatch.setenv("GENUKA_DESK_LANG", "fr")
    code, out, _ = run("queue")
    assert "en attente" in out and "Livraison : Livrée" in out
    assert "Adresse de livraison (ville) : Bafoussam" in out and f"{title} (quantité) : 3" in out
    code, out, _ = run("queue", "discard", run.json("queue")[0]["id"][:8])
    assert code == 0 and "Livraison : Livrée" in out

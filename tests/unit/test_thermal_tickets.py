"""The receipt printer's tickets read back from their ESC/POS bytes (the library's Dummy printer): a receipt on
58 and 80 mm, a Z report, the drawer's pulse and the test page; French letters through the printer's code page."""

from __future__ import annotations

import io
import logging
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PIL import Image

from genuka_desk.models import format_money
from genuka_desk.models.totals import Totals
from genuka_desk.service.paper import PaperFacts, PaperLine, PaperPayment, Shop
from genuka_desk.service.thermal import (
    PrinterError,
    PrinterKind,
    PrinterProblem,
    PrinterTarget,
    network_address,
    usb_ids,
)
from genuka_desk.service.thermal.check_page import check_page_bytes
from genuka_desk.service.thermal.drawer import kick_bytes, open_drawer
from genuka_desk.service.thermal.receipt import receipt_bytes
from genuka_desk.service.thermal.send import Paper, print_check_page, send
from genuka_desk.service.thermal.words import CheckWords, ReceiptWords
from genuka_desk.service.thermal.z_layout import ZCount, ZFacts, ZMove, ZWay, ZWords, z_report_bytes
from tests.support.escpos import (
    PAPER_LOW,
    PAPER_OUT,
    LoopbackPrinter,
    closed_port,
    image_sizes,
    kinds,
    lines,
    parse,
    qr_content,
)

FRENCH = ReceiptWords(
    language="fr",
    dates="fr_CM",
    pair="%s : %s",
    receipt="Reçu",
    customer="Client",
    subtotal="Sous-total",
    total="Total",
    paid="Montant payé",
    balance="Reste à payer",
    payments="Paiements",
    cash="Espèces",
    cash_given="Espèces reçues",
    change_given="Monnaie rendue",
    served_by="Servi par %s",
    thanks="Merci de votre achat !",
    not_sent="pas encore envoyé",
    temporary="Référence provisoire : cette vente n’est pas encore sur le serveur Genuka.",
)


def logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 200), (180, 20, 20)).save(buffer, "PNG")
    return buffer.getvalue()


def facts(**changes: object) -> PaperFacts:
    base = {
        "order_id": "local-7",
        "reference": "DESK-0007",
        "temporary": True,
        "created_at": datetime(2026, 3, 5, 13, 30, tzinfo=UTC),
        "shop": Shop(
            name="Boutique Mboa Œuvre",
            address=["Rue de la Joie", "Douala", "CM"],
            phone="+237 699 00 00 00",
            tax_ids=[("rccm", "RC/DLA/2020/B/123"), ("fiscal_id", "M041912345678K")],
            logo=logo(),
        ),
        "customer": "Aïcha Mbarga",
        "customer_phone": "699887766",
        "delivery": [],
        "pickup": True,
        "scheduled": None,
        "lines": [
            PaperLine(
                "Panier tressé très grand modèle fait main à Foumban", "Rouge · SKU-1", 2, Decimal(5500), Decimal(11000)
            ),
            PaperLine("Pagne wax", "", 1, Decimal(4000), Decimal(4000)),
        ],
        "totals": Totals(
            Decimal(15000), Decimal(1000), Decimal(0), Decimal(0), Decimal(14000), Decimal(14000), Decimal(0)
        ),
        "payments": [
            PaperPayment(date(2026, 3, 5), Decimal(14000), "Cash", True, Decimal(20000), Decimal(6000), "cash")
        ],
        "currency": "XAF",
        "clerk": "Awa Ngo Bassong",
        "qr": "DESK-0007",
    }
    return PaperFacts(**(base | changes))  # type: ignore[arg-type]


def money(amount: int, language: str = "fr") -> str:
    # As printed: the thousands' narrow space is a plain one on the roll.
    return format_money(Decimal(amount), "XAF", language).replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(("width", "columns"), [(58, 32), (80, 48)])
def test_a_receipt_starts_clean_in_the_french_code_page_and_fits_the_roll(width: int, columns: int) -> None:
    data = receipt_bytes(facts(), FRENCH, width)
    parts = parse(data)
    assert parts[0].kind == "init" and parts[1] == parts[1].__class__("codepage", b"\x02")  # ESC @, then PC850
    assert len(kinds(data, "codepage")) == 1  # one code page for the whole ticket: no switching mid-line
    printed = lines(data)
    assert all(len(line) <= columns for line in printed), [line for line in printed if len(line) > columns]
    text = "\n".join(printed)
    # French letters printed as themselves; œ (not in PC850) as its closest ASCII, never "?" nor an error.
    assert "Aïcha Mbarga" in text and "Reçu DESK-0007" in text and "Boutique Mboa OEuvre" in text
    assert "Panier tressé" in text and "?" not in text
    assert any(line.startswith("Sous-total") and line.endswith(money(15000)) for line in printed), printed
    assert any(line.startswith("Total") and line.endswith(money(14000)) for line in printed)
    assert any(line.startswith("Reste à payer") and line.endswith(money(0)) for line in printed)
    assert any("Espèces reçues" in line and line.endswith(money(20000)) for line in printed)
    assert any("Monnaie rendue" in line and line.endswith(money(6000)) for line in printed)
    assert "· Espèces (pas encore envoyé)" in " ".join(printed)  # the way in the clerk's words, not sent yet
    assert "Servi par Awa Ngo Bassong" in text and "Merci de votre achat !" in text
    assert "RC/DLA/2020/B/123" in text and "Cameroun" in text  # the shop's country by name, in French
    assert "Référence provisoire" in text  # a sale not on the server yet says so


@pytest.mark.parametrize(("width", "dots"), [(58, 384), (80, 576)])
def test_the_printer_makes_the_qr_code_and_prints_the_logo_then_cuts(width: int, dots: int) -> None:
    data = receipt_bytes(facts(), FRENCH, width)
    assert qr_content(data) == ["DESK-0007"]  # GS ( k: the printer draws the code of the reference
    sizes = image_sizes(data)
    assert len(sizes) == 1 and sizes[0][0] == dots and 0 < sizes[0][1] <= 120  # the logo, centred in the roll
    assert parse(data)[-1].kind == "cut"  # the paper is cut last
    assert receipt_bytes(facts(), FRENCH, width, logo=False).count(b"\x1dv0") == 0


def test_a_logo_that_is_not_an_image_leaves_the_receipt_without_one() -> None:
    shop = facts().shop
    broken = Shop(name=shop.name, logo=b"<svg>not a raster</svg>")
    data = receipt_bytes(facts(shop=broken), FRENCH, 80)
    assert image_sizes(data) == [] and qr_content(data) == ["DESK-0007"]


def test_a_character_the_code_page_lacks_becomes_ascii_never_an_error() -> None:
    odd = facts(customer="Zoë “Œil” — Ŝtella\u202fB. 東 ☕", shop=Shop(name="Café €"))
    text = "\n".join(lines(receipt_bytes(odd, ReceiptWords(), 80)))
    assert 'Customer: Zoë "OEil" - Stella B. ? ?' in text and "Café EUR" in text


def test_the_receipt_in_english_says_the_same() -> None:
    printed = lines(receipt_bytes(facts(temporary=False, reference="2026-0042", qr="2026-0042"), ReceiptWords(), 80))
    text = "\n".join(printed)
    assert "Receipt 2026-0042" in text and "Balance due" in text and "Cash given" in text and "Served by" in text
    assert "Temporary reference" not in text
    assert any(line.startswith("Total") and line.endswith(money(14000, "en")) for line in printed)


def z_facts(**changes: object) -> ZFacts:
    base = {
        "session": "01K1AMYQ08",
        "till": "Caisse principale",
        "currency": "XAF",
        "opened_at": datetime(2026, 3, 5, 7, 0, tzinfo=UTC),
        "closed_at": datetime(2026, 3, 5, 18, 0, tzinfo=UTC),
        "opened_by": "Awa Ngo",
        "closed_by": "Paul Ekané",
        "opening": (ZCount(Decimal(10000), 3, "Billet 10 000"), ZCount(Decimal(500), 4)),
        "opening_total": Decimal(32000),
        "cash_sales": Decimal(45000),
        "ways": (ZWay("Espèces", Decimal(45000), 6), ZWay("Orange Money", Decimal(12000), 2)),
        "refunds": Decimal(2000),
        "expected": Decimal(75000),
        "counted": Decimal(74500),
        "difference": Decimal(-500),
        "reason": "rounding",
        "closing": (ZCount(Decimal(10000), 7), ZCount(Decimal(500), 9)),
    }
    return ZFacts(**(base | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(("width", "columns"), [(58, 32), (80, 48)])
def test_a_z_report_says_the_session_from_its_opening_count_to_its_difference(width: int, columns: int) -> None:
    words = ZWords(language="fr", dates="fr_CM", reasons={"rounding": "Arrondi"}, expected="Espèces attendues")
    expense = ZMove("expense", Decimal(-3000), "Achat de fournitures de bureau")
    data = z_report_bytes(z_facts(movements=(expense,)), words, width)
    printed = lines(data)
    assert all(len(line) <= columns for line in printed)
    text = "\n".join(printed)
    assert "Z report" in text and "Caisse principale" in text and "Awa Ngo" in text and "Paul Ekané" in text
    assert any("Billet 10 000 × 3" in line and line.endswith(money(30000)) for line in printed), printed
    assert any(line.strip().startswith(f"{money(500)} × 4") and line.endswith(money(2000)) for line in printed)
    assert any("Orange Money (2)" in line and line.endswith(money(12000)) for line in printed)
    assert any(line.startswith("Refunds") and line.endswith("-" + money(2000)) for line in printed)
    payouts = next(n for n, line in enumerate(printed) if line.startswith("Other cash in and out"))
    expense = " ".join(printed[payouts + 1 : payouts + 4])  # on the next lines when it does not fit
    assert "Expense: Achat de fournitures" in expense and ("-" + money(3000)) in expense
    assert any(line.startswith("Espèces attendues") and line.endswith(money(75000)) for line in printed)
    assert any(line.startswith("Difference") and line.endswith(money(-500)) for line in printed)
    assert any(line.startswith("Reason") and line.endswith("Arrondi") for line in printed)
    assert "Provisional" not in text and parse(data)[-1].kind == "cut"


def test_a_z_report_from_the_local_copy_is_marked_provisional_and_an_open_session_has_no_count_yet() -> None:
    data = z_report_bytes(
        z_facts(provisional=True, closed_at=None, closed_by="", counted=None, difference=None, reason="", closing=()),
        ZWords(),
        80,
    )
    text = "\n".join(lines(data))
    assert "Provisional: not synced with Genuka yet" in text and "Still open" in text
    assert "Counted cash" not in text and "Difference" not in text and "Closed by" not in text


def test_the_drawer_pulse_is_alone_and_prints_nothing() -> None:
    data = kick_bytes()
    assert [p.kind for p in parse(data)] == ["drawer"]  # no reset, no text, no feed: the roll does not move
    assert data[:3] == b"\x1bp\x00" and len(data) == 5  # ESC p on pin 2 (m = 0)...
    assert data[3] > 0 and data[4] > 0  # ...with a pulse long enough to open it


def test_the_test_page_shows_the_roll_and_the_letters() -> None:
    data = check_page_bytes(CheckWords(), 58, "127.0.0.1:9100")
    printed = lines(data)
    assert "12345678901234567890123456789012" in printed  # the ruler: exactly one line of 58 mm
    assert "Roll: 58 mm, 32 columns" in printed and "127.0.0.1:9100" in printed
    assert any("àâäçéèêëîïôöùûüÿoe" in line for line in printed)
    assert qr_content(data) == ["Genuka Desk"] and parse(data)[-1].kind == "cut"


def test_addresses_are_read_as_typed() -> None:
    assert network_address("192.168.1.50:9100") == ("192.168.1.50", 9100)
    assert network_address(" printer.local ") == ("printer.local", 9100)
    assert network_address("[fe80::1]:9101") == ("fe80::1", 9101)
    for wrong in ("", "host:", "host:99999", "host:abc", "a b:9100", "http://x:9100"):
        assert network_address(wrong) is None, wrong
    assert usb_ids("04b8:0202") == (0x04B8, 0x0202) and usb_ids("0x0416:0x5011") == (0x0416, 0x5011)
    for wrong in ("", "04b8", "04b8:", "zz:01", "0:0"):
        assert usb_ids(wrong) is None, wrong
    assert not PrinterTarget(PrinterKind.NETWORK).is_set and PrinterTarget(PrinterKind.NETWORK, host="h").is_set


def test_bytes_reach_a_loopback_printer_and_a_printer_switched_off_is_said() -> None:
    with LoopbackPrinter() as printer:
        target = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=printer.port)
        send(target, receipt_bytes(facts(), FRENCH, 80), timeout=2)
        send(target, kick_bytes(), timeout=2)
        jobs = printer.wait_for(2)
    receipt, kick = sorted(jobs, key=len, reverse=True)  # two connections (kept as each one ends)
    assert qr_content(receipt) == ["DESK-0007"] and kinds(kick, "drawer") and not kinds(receipt, "drawer")
    off = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=closed_port())
    with pytest.raises(PrinterError) as refused:
        send(off, kick_bytes(), timeout=0.5)
    assert refused.value.problem is PrinterProblem.UNREACHABLE
    with pytest.raises(PrinterError) as unset:
        send(PrinterTarget(), kick_bytes())
    assert unset.value.problem is PrinterProblem.NOT_SET
    with pytest.raises(PrinterError) as unplugged:
        send(PrinterTarget(PrinterKind.SERIAL, device="/dev/ttyNO-SUCH-PORT"), kick_bytes(), timeout=0.5)
    assert unplugged.value.problem is PrinterProblem.UNREACHABLE


def test_the_test_page_asks_for_the_paper_first(caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackPrinter(paper=PAPER_OUT) as printer:
        target = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=printer.port, width=58)
        with pytest.raises(PrinterError) as out:
            print_check_page(target, CheckWords(), timeout=2)
        assert out.value.problem is PrinterProblem.PAPER_OUT
        printer.paper = PAPER_LOW
        assert print_check_page(target, CheckWords(), timeout=2) is Paper.LOW
        printer.paper = None  # a printer that does not answer the question still prints, after a short wait
        assert print_check_page(target, CheckWords(), timeout=2, status_timeout=0.2) is Paper.UNKNOWN
        jobs = printer.wait_for(3)
    assert all(kinds(job, "status") for job in jobs)
    paged = sorted(bool(qr_content(job)) for job in jobs)
    assert paged == [False, True, True]  # no page on an empty roll


def test_each_drawer_opening_is_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackPrinter() as printer, caplog.at_level(logging.INFO):
        target = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=printer.port)
        open_drawer(target, "cash sale DESK-0007", "Awa Ngo", timeout=2)
        assert kinds(printer.wait_for(1)[0], "drawer")
    opened = [r.getMessage() for r in caplog.records if "cash drawer opened" in r.getMessage()]
    assert opened == ["cash drawer opened: cash sale DESK-0007, by Awa Ngo"]

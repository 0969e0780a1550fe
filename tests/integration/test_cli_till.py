"""``genuka-desk till`` end to end, in process, against the demo's cash register: counts, status, report, review."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from genuka_desk import cli
from genuka_desk.demo import DemoServer


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    server = DemoServer(orders=10, seed=3, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


class Till:
    """Runs ``genuka-desk till ...`` in process with one data dir and the demo admin's token."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path, server: DemoServer) -> None:
        self.capsys, self.data_dir, self.server = capsys, data_dir, server

    def __call__(self, *args: str) -> tuple[int, str, str]:
        connection = ["--data-dir", str(self.data_dir), "--token", self.server.admin_key]
        code = cli.main(["till", *args, *connection, "--company", self.server.company_id])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err


@pytest.fixture
def till(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, till_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> Till:
    monkeypatch.setenv("GENUKA_BASE_URL", till_server.url)
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")
    return Till(capsys, tmp_path / "state", till_server)


def test_open_status_close_with_a_reason_report_and_a_managers_approval(till: Till) -> None:
    code, out, _ = till("open", "--count", "10000x2,500bx4", "--notes", "matin")
    assert code == 0 and "Till opened with 22 000 XAF" in out and "Sent to the server." in out
    code, out, _ = till("status", "--json")
    session = json.loads(out)["session"]
    assert code == 0 and session["status"] == "opened" and session["expected"] == "22000" and session["id"]
    code, _, err = till("close", "--count", "10000x2")
    assert code == 1 and "differs" in err and "say why" in err  # 20,000 counted, 22,000 expected: nothing queued
    code, out, _ = till("close", "--count", "10000x2", "--reason", "change_mistake")
    assert code == 0 and "pending_approval" in out and "waiting for a manager" in out
    code, out, _ = till("report", "--json")
    report = json.loads(out)
    assert report["difference"] == "-2000" and report["reason"] == "change_mistake" and not report["provisional"]
    assert report["state"] == "awaiting_approval" and report["opening_notes"] == "matin"
    code, out, _ = till("approve", session["id"], "--notes", "vu")
    assert code == 0 and "closed" in out
    code, out, _ = till("status")
    assert code == 0 and "The till is closed." in out
    code, out, _ = till("report", session["id"])  # the Z as the terminal shows it: no raw id, the state, the notes
    assert code == 0 and session["id"] not in out and "ref. " in out
    assert "State: closed and approved" in out and "Opening notes: matin" in out and "Manager's note: vu" in out
    assert "500 FCFA (bill) x 4" in out  # the 500 bill told from the 500 coin


def test_a_count_that_does_not_parse_is_a_clear_error(till: Till) -> None:
    for count, words in (("10000x", "not a count"), ("300x2", "no bill or coin of 300"), ("100x1,100x2", "twice")):
        code, _, err = till("open", "--count", count)
        assert code == 1 and words in err, err
    code, _, err = till("reject", "nothing-here", "--reason", "x")
    assert code == 1 and "No till session" in err


def test_an_opening_held_by_a_session_open_there_is_taken_over(till: Till, tmp_path: Path) -> None:
    till.server.faults.arm("429", count=1, method="POST", path="/cash-register-sessions")
    code, out, _ = till("open", "--count", "5000x1")  # kept here, not sent yet (the server asked to wait)
    assert code == 0 and "not sent" in out.lower()
    other = Till(till.capsys, tmp_path / "other-pc", till.server)  # meanwhile the colleague's PC opens the till
    assert other("open", "--count", "10000x1")[0] == 0
    till("status")  # its sync holds this PC's opening: a session is open there
    code, out, err = till("take-over")
    assert code == 0, out + err
    code, out, _ = till("status", "--json")
    session = json.loads(out)["session"]
    assert session["status"] == "opened" and session["expected"] == "10000"  # the colleague's session, its cash

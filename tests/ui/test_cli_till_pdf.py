"""``genuka-desk till report --pdf``: the Z report laid out by the GUI's code, offscreen, from the terminal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from genuka_desk.__main__ import main
from genuka_desk.demo import DemoServer


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    server = DemoServer(orders=5, seed=3, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


def test_the_z_report_is_written_as_a_pdf(
    till_server: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GENUKA_BASE_URL", till_server.url)
    connection = ["--data-dir", str(tmp_path / "state"), "--token", till_server.admin_key]
    connection += ["--company", till_server.company_id]
    assert main(["till", "open", "--count", "10000x1", *connection]) == 0
    pdf = tmp_path / "z.pdf"
    assert main(["till", "report", "--pdf", str(pdf), "--lang", "en", *connection]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and "Z report written to" in capsys.readouterr().out
    assert main(["till", "report", "--pdf", str(tmp_path / "nowhere" / "z.pdf"), *connection]) == 1
    assert "does not exist" in capsys.readouterr().err

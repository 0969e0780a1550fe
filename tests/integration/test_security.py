"""Security: the token stays secret, TLS is always checked, logs rotate and hold no personal data."""

from __future__ import annotations

import asyncio
import logging
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from genuka_desk.api import GenukaClient, GenukaError, NetworkError
from genuka_desk.api.urls import InsecureURLError
from genuka_desk.service.logs import register_secret, setup_logging
from tests.support.services import FAST_RETRY

TOKEN = "tok_4f9c2e7a1b8d4c6e9f0a3b5d7c1e2f4a"


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate (no one vouches for it)."""
    if subprocess.run(["openssl", "version"], capture_output=True).returncode != 0:  # pragma: no cover
        pytest.skip("openssl is needed to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        [*request, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_tls_certificates_are_always_checked(https_server: str) -> None:
    async def call() -> None:
        async with GenukaClient(https_server, token=TOKEN, company_id="c", retry=FAST_RETRY) as client:
            await client.get_order("x")

    with pytest.raises(NetworkError) as refused:
        asyncio.run(call())
    assert TOKEN not in str(refused.value) and TOKEN not in repr(refused.value)


@pytest.mark.parametrize("url", ["http://shop.example.com", "http://192.168.1.20:8000", "http://genuka.com/2023-11"])
def test_plain_http_is_refused_except_for_this_computer(url: str) -> None:
    with pytest.raises(InsecureURLError, match="https"):
        GenukaClient(url, token=TOKEN)
    for local in ("http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765"):
        GenukaClient(local, token=TOKEN)


def test_the_token_is_in_no_repr_message_or_log_record(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "genuka-desk.log"
    setup_logging(log_file)
    register_secret(TOKEN)
    client = GenukaClient("https://127.0.0.1:1", token=TOKEN, company_id="c", retry=FAST_RETRY)
    assert TOKEN not in repr(client) and TOKEN not in str(client)

    async def call() -> None:
        async with client:
            await client.get_order("x")

    with pytest.raises(GenukaError) as failed:
        asyncio.run(call())
    assert TOKEN not in str(failed.value) and TOKEN not in repr(failed.value)
    # Whatever code logs it (a header dump, an exception text), the file never shows it.
    logging.getLogger("genuka_desk.test").warning("headers: {'Authorization': 'Bearer %s'}", TOKEN)
    logging.getLogger("genuka_desk.test").error("failed with token %s", TOKEN, exc_info=RuntimeError(TOKEN))
    text = log_file.read_text()
    assert "headers" in text and TOKEN not in text


def test_logs_rotate_and_hold_no_personal_data(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "genuka-desk.log"
    setup_logging(log_file, max_bytes=4_000, backups=3)
    body = (
        '{"reference": "#ORDER_1103", "customer": {"first_name": "Franck", "last_name": "Tagne",'
        ' "email": "franck.tagne7@example.cm", "phone": "+237 659 92 53 39"},'
        ' "shipping": {"address": {"line1": "Biyem-Assi, rue Njo-Njo", "city": "Yaoundé"}}}'
    )
    log = logging.getLogger("genuka_desk.api.client")
    for n in range(200):
        log.warning("unexpected order body %d: %s", n, body)
    files = sorted(log_file.parent.glob("genuka-desk.log*"))
    assert [f.name for f in files] == ["genuka-desk.log", "genuka-desk.log.1", "genuka-desk.log.2", "genuka-desk.log.3"]
    assert all(f.stat().st_size <= 4_500 for f in files)
    text = "".join(f.read_text(encoding="utf-8") for f in files)
    assert "#ORDER_1103" in text  # the reference stays: support needs it
    for personal in ("Franck", "Tagne", "franck.tagne7", "659 92 53 39", "Njo-Njo", "Yaoundé"):
        assert personal not in text, personal


def test_a_log_file_that_cannot_be_written_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the log folder should be")
    problem = setup_logging(blocker / "genuka-desk.log")
    assert problem is not None and "cannot write the log file" in problem
    logging.getLogger("genuka_desk.test").error("no handler may print this trace", exc_info=RuntimeError("x"))


def test_cli_token_file_fallback_is_private_and_warned(tmp_path: Path) -> None:
    """No OS keyring (as in CI): the token goes to a 0600 file, and the CLI says so."""
    code = (
        "import keyring, keyring.backends.fail, sys; keyring.set_keyring(keyring.backends.fail.Keyring());"
        "from genuka_desk import cli; sys.exit(cli.main(sys.argv[1:]))"
    )
    login = [sys.executable, "-c", code, "login", "--token", TOKEN, "--company", "c1"]
    result = subprocess.run(
        [*login, "--base-url", "https://genuka.example", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "keychain" in (result.stdout + result.stderr).lower() or "keyring" in (result.stdout + result.stderr).lower()
    assert TOKEN not in result.stdout + result.stderr
    token_files = [p for p in tmp_path.rglob("*") if p.is_file() and TOKEN in p.read_text(errors="ignore")]
    assert len(token_files) == 1, token_files
    assert token_files[0].stat().st_mode & 0o777 == 0o600

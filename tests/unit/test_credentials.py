"""The token: in the keyring when there is one, else in a 0600 file, never in the profile."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
from keyring.backends import fail, null

from genuka_desk.service.credentials import TokenStore
from genuka_desk.service.profile import Profile
from tests.support.memory_keyring import MemoryKeyring


def test_token_goes_to_the_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    tokens = TokenStore(tmp_path)
    assert tokens.save("secret-token-1") == "keyring"
    assert memory_keyring.passwords == {("genuka-desk", "default"): "secret-token-1"}
    assert not tokens.file.exists()
    assert TokenStore(tmp_path).load() == "secret-token-1"
    tokens.delete()
    assert TokenStore(tmp_path).load() is None


def test_without_a_keyring_the_token_goes_to_a_private_file(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    tokens = TokenStore(tmp_path / "config")
    assert tokens.save("secret-token-2") == "file"
    mode = stat.S_IMODE(tokens.file.stat().st_mode)
    assert mode == 0o600
    reread = TokenStore(tmp_path / "config")
    assert reread.load() == "secret-token-2" and reread.location == "file"
    tokens.delete()
    assert not tokens.file.exists() and TokenStore(tmp_path / "config").load() is None


def test_profile_round_trip_holds_no_token(tmp_path: Path) -> None:
    profile = Profile(base_url="http://127.0.0.1:9", company_id="c1", email="a@b.cm")
    profile.save(tmp_path)
    text = Profile.path(tmp_path).read_text()
    assert "token" not in text.lower()
    assert Profile.load(tmp_path) == profile


def test_damaged_profile_is_ignored(tmp_path: Path) -> None:
    Profile.path(tmp_path).write_text("{not json")
    assert Profile.load(tmp_path) == Profile()


def test_a_desk_without_a_keychain_reads_its_token_file_without_the_keyring_library(tmp_path: Path) -> None:
    import subprocess
    import sys

    keyring.set_keyring(fail.Keyring())
    TokenStore(tmp_path / "config").save("secret-token-3")
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from genuka_desk.service.credentials import TokenStore\n"
        f"print(TokenStore(Path({str(tmp_path / 'config')!r})).load(), 'keyring' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["secret-token-3", "False"]


def test_once_the_keychain_takes_the_token_the_file_is_gone_and_the_keychain_answers(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert TokenStore(tmp_path).save("old-token") == "file"
    keyring.set_keyring(memory_keyring)  # a keychain now (unlocked, installed)
    assert TokenStore(tmp_path).save("new-token") == "keyring"
    assert not TokenStore(tmp_path).file.exists() and TokenStore(tmp_path).load() == "new-token"


def test_a_keychain_that_takes_the_token_without_keeping_it_is_not_trusted(tmp_path: Path) -> None:
    keyring.set_keyring(null.Keyring())  # set_password answers, get_password gives nothing back
    tokens = TokenStore(tmp_path / "config")
    assert tokens.save("secret-token-4") == "file"
    assert stat.S_IMODE(tokens.file.stat().st_mode) == 0o600
    reread = TokenStore(tmp_path / "config")
    assert reread.load() == "secret-token-4" and reread.location == "file"


def test_a_keychain_that_gives_the_token_back_is_trusted(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    tokens = TokenStore(tmp_path / "config")
    assert tokens.save("secret-token-5") == "keyring" and not tokens.file.exists()
    assert memory_keyring.passwords == {("genuka-desk", "default"): "secret-token-5"}
    assert TokenStore(tmp_path / "config").load() == "secret-token-5"

"""The token: in the keyring when there is one, else in a 0600 file, never in the profile."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
from keyring.backends import fail

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

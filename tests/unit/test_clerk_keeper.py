"""The clerks kept on a counter PC: a salted hash of each PIN (never the PIN), per company, a bounded list."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from genuka_desk.service.clerk_keeper import MAX_CLERKS, ClerkKeeper, ClerkSecret, KeptClerk
from tests.support.memory_keyring import MemoryKeyring


def test_a_pin_is_kept_as_a_salted_hash_that_only_it_matches() -> None:
    one = ClerkSecret.of("2580", read_only=False, expires_at=None)
    two = ClerkSecret.of("2580", read_only=False, expires_at=None)
    assert one.salt != two.salt and one.pin_hash != two.pin_hash  # a fresh salt each time
    assert one.matches("2580") and two.matches("2580")
    assert not one.matches("2581") and not one.matches("")
    assert not ClerkSecret("zz", "not hex", False).matches("2580")  # a damaged entry matches nothing


def test_the_list_is_the_companys_most_recent_first_and_bounded(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    keeper = ClerkKeeper(tmp_path, "default", "company-a")
    for n in range(MAX_CLERKS + 2):
        key = f"id-{n}"
        keeper.keep_secret(key, ClerkSecret.of("1111", read_only=False, expires_at=None), f"token-{n}")
        keeper.remember(KeptClerk(key, str(n), f"Clerk {n}", float(n), has_pin=True))
    names = [c.name for c in keeper.clerks()]
    assert len(names) == MAX_CLERKS and names[0] == f"Clerk {MAX_CLERKS + 1}"
    assert keeper.secret("id-0") is None and keeper.token("id-0") is None  # the oldest forgotten, secrets too
    assert keeper.token(f"id-{MAX_CLERKS + 1}") == f"token-{MAX_CLERKS + 1}"
    # Seen again: first, and what was known of them stays.
    keeper.remember(KeptClerk("id-5", "5", "Clerk 5", 999.0))
    first = keeper.clerks()[0]
    assert first.key == "id-5" and first.has_pin
    # The profile now serves another company: none of these clerks there, and their secrets go with the list.
    other = ClerkKeeper(tmp_path, "default", "company-b")
    assert other.clerks() == []
    other.remember(KeptClerk("id-b", "b", "Bea", 5.0))
    assert [c.name for c in other.clerks()] == ["Bea"] and keeper.clerks() == []
    assert not any(".clerk.id-5." in user for _, user in memory_keyring.passwords)


def test_a_damaged_list_is_ignored(tmp_path: Path) -> None:
    keeper = ClerkKeeper(tmp_path, "default", "c")
    keeper.file.write_text("{not json", encoding="utf-8")
    assert keeper.clerks() == []
    keeper.remember(KeptClerk("name-awa", None, "Awa", 1.0))
    assert [c.name for c in keeper.clerks()] == ["Awa"]


def test_a_keychain_that_refuses_the_entry_means_no_offline_unlock_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> None:
        raise OSError(1783, "The stub received bad data")  # Windows' answer to a too-long entry

    monkeypatch.setattr(keyring, "set_password", refuse)
    keeper = ClerkKeeper(tmp_path, "default", "c")
    assert not keeper.keep_secret("id-1", ClerkSecret.of("1234", read_only=True, expires_at=None), "t" * 3000)
    assert keeper.secret("id-1") is None

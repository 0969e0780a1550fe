"""The lock screen's list of a PC's clerks: each person once, kept by id at one login and by name at another."""

from __future__ import annotations

from pathlib import Path

from genuka_desk.service.clerk_keeper import ClerkKeeper, KeptClerk, clerk_key


def kept(user_id: str | None, name: str, when: float, *, has_pin: bool = False, email: str | None = None) -> KeptClerk:
    return KeptClerk(clerk_key(user_id, name), user_id, name, when, has_pin=has_pin, email=email)


def test_one_person_kept_by_name_and_by_id_is_listed_once_with_what_each_knew(tmp_path: Path) -> None:
    keeper = ClerkKeeper(tmp_path, "default", "company-a")
    keeper.remember(kept(None, "Payton Donnelly", 1.0, email="demo@genuka.com"))  # a session naming no id
    keeper.remember(kept("u-1", "Payton Donnelly", 2.0, has_pin=True))  # his PIN login named his id
    keeper.remember(kept("u-2", "Aïcha Bello", 3.0, has_pin=True))
    keeper.remember(kept(None, "aïcha bello ", 4.0))  # her name, written otherwise

    assert len(keeper.clerks()) == 4  # each entry stays: each key holds its own kept secrets
    people = keeper.people()
    assert [(p.name, p.id, p.has_pin, p.email) for p in people] == [
        ("aïcha bello ", "u-2", True, None),
        ("Payton Donnelly", "u-1", True, "demo@genuka.com"),
    ]
    named = keeper.named("Payton Donnelly")
    assert named is not None and named.id == "u-1"  # the entry that knows his id


def test_two_people_of_one_name_stay_two_and_an_email_joins_entries(tmp_path: Path) -> None:
    keeper = ClerkKeeper(tmp_path, "default", "company-a")
    keeper.remember(kept("u-1", "Marie", 1.0))
    keeper.remember(kept("u-2", "Marie", 2.0))
    keeper.remember(kept(None, "marie@shop.cm", 3.0, email="marie@shop.cm"))  # a password login that named nobody
    keeper.remember(kept("u-3", "Marie Ngo", 4.0, email="MARIE@shop.cm"))

    names = [(p.name, p.id) for p in keeper.people()]

    assert names == [("Marie Ngo", "u-3"), ("Marie", "u-2"), ("Marie", "u-1")]

"""The desk's held reasons read back into their template and values (the desktop words them in French)."""

from __future__ import annotations

import string

import pytest

from genuka_desk.models.held import HELD, read_held


@pytest.mark.parametrize("code", sorted(HELD))
def test_every_reason_reads_back_into_its_template_and_values(code: str) -> None:
    names = [name for _, name, _, _ in string.Formatter().parse(HELD[code]) if name]
    values = {name: f"{n}00{n}" for n, name in enumerate(names)}
    assert read_held(HELD[code].format(**values)) == (code, values)


def test_other_messages_are_not_reasons() -> None:
    assert read_held("This order no longer exists on the server.") is None
    assert read_held(None) is None and read_held("") is None

"""Every kind of operation has its subject, its intent's reader and its rules behind the one interface."""

from __future__ import annotations

import inspect

from genuka_desk.store import ChangeKind, Subject
from genuka_desk.store.changes import _INTENT_READERS, SUBJECT_OF, identity
from genuka_desk.sync.operations import RULES, OperationRules

STEPS = ("read", "look_up", "decide", "send")


def test_every_kind_has_a_subject_a_reader_and_rules() -> None:
    for kind in ChangeKind:
        assert kind in SUBJECT_OF, f"{kind}: name its subject in store.changes.SUBJECT_OF"
        assert kind in _INTENT_READERS, f"{kind}: say how its intent is read back (store.changes)"
        assert kind in RULES, f"{kind}: give it a module under sync/operations and a line in RULES"
        rules = RULES[kind]
        assert issubclass(rules, OperationRules) and not inspect.isabstract(rules)


def test_the_rules_of_a_kind_live_in_a_module_of_their_own() -> None:
    modules = {cls.__module__ for cls in RULES.values()}
    assert len(modules) == len(set(RULES.values()))  # one class per module
    for cls in RULES.values():
        assert cls.__module__.startswith("genuka_desk.sync.operations.")
        for step in STEPS:
            assert inspect.iscoroutinefunction(getattr(cls, step)) or step == "decide"


def test_identity_names_what_each_kind_acts_on() -> None:
    assert identity(ChangeKind.UPDATE, "o1") == (Subject.ORDER, "o1", "o1")
    assert identity(ChangeKind.STATUS, "local-9") == (Subject.ORDER, "local-9", None)  # a sale not made yet
    assert identity(ChangeKind.CREATE, "local-9") == (Subject.SALE, "local-9", None)
    assert identity(ChangeKind.PAYMENT, "o1", "desk-pay-k") == (Subject.PAYMENT, "desk-pay-k", None)
    assert identity(ChangeKind.PAYMENT_REMOVAL, "o1", "p7") == (Subject.PAYMENT, "p7", "p7")

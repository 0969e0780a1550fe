"""A Genuka-compatible API on loopback, with seeded demo data and fault injection.

Shares no code with ``models/`` or ``api/``: it serves raw JSON shaped like
the real API, so tests of our parser against it mean something.
"""

from .accounts import DEMO_ADMIN_KEY, DEMO_PASSWORD, DEMO_READONLY_KEY
from .data import DemoData
from .faults import MODES as FAULT_MODES
from .faults import FaultPlan
from .server import DemoServer
from .store import DemoStore

__all__ = [
    "DEMO_ADMIN_KEY",
    "DEMO_PASSWORD",
    "DEMO_READONLY_KEY",
    "FAULT_MODES",
    "DemoData",
    "DemoServer",
    "DemoStore",
    "FaultPlan",
]

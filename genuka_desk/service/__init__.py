"""The one door the GUI and the CLI use: the order service and its capabilities, sessions, export, updates.

Plain asyncio, no Qt. The front ends import this package (and ``models``
for pure functions and types) and nothing below it: the value, event and
error types they need are re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports
from ..store import SORT_COLUMNS, ListQuery, OrderRow
from .first_look import FirstLook, kept_profile, open_first_look
from .paths import AppPaths
from .profile import DEFAULT_BASE_URL, Profile

if TYPE_CHECKING:
    from ..api import AuthError, GenukaError, InsecureURLError, check_base_url, is_loopback
    from ..store import CatalogItem, Change, ChangeKind, ChangeState, CustomerRow, Figures, StoreError
    from ..sync import (
        AuthRequired,
        CacheRebuilt,
        ConnectivityChanged,
        Event,
        OrdersArrived,
        OrdersChanged,
        QueueChanged,
        QueueCounts,
        SyncFinished,
        SyncPhase,
        SyncPolicy,
        SyncProgress,
        SyncReport,
    )
    from .customers import CustomerOrders
    from .errors import ChangeNotFound, InvalidEdit, OrderNotFound, ServiceError
    from .export import CsvWords
    from .order_service import OrderService
    from .orders import OrderList
    from .paper import PaperFacts, PaperKind
    from .send import SendPlan
    from .send_text import SendWords
    from .session import CompanyNotChosen, Desk, KeyLogin, Logout, PickCompany, Session, UnsentChanges
    from .timeline import TimelineEntry, order_timeline
    from .updates import UpdateCheckError, UpdateInfo, UpdateStatus, check_for_updates

# The rest, imported at its first use: not every start needs them (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "AuthError": "..api",
        "GenukaError": "..api",
        "InsecureURLError": "..api",
        "check_base_url": "..api",
        "is_loopback": "..api",
        "CatalogItem": "..store",
        "Change": "..store",
        "ChangeKind": "..store",
        "ChangeState": "..store",
        "CustomerRow": "..store",
        "Figures": "..store",
        "StoreError": "..store",
        "AuthRequired": "..sync",
        "CacheRebuilt": "..sync",
        "ConnectivityChanged": "..sync",
        "Event": "..sync",
        "OrdersArrived": "..sync",
        "OrdersChanged": "..sync",
        "QueueChanged": "..sync",
        "QueueCounts": "..sync",
        "SyncFinished": "..sync",
        "SyncPhase": "..sync",
        "SyncPolicy": "..sync",
        "SyncProgress": "..sync",
        "SyncReport": "..sync",
        "ChangeNotFound": ".errors",
        "InvalidEdit": ".errors",
        "OrderNotFound": ".errors",
        "ServiceError": ".errors",
        "CsvWords": ".export",
        "CustomerOrders": ".customers",
        "OrderList": ".orders",
        "OrderService": ".order_service",
        "PaperFacts": ".paper",
        "PaperKind": ".paper",
        "SendPlan": ".send",
        "SendWords": ".send_text",
        "CompanyNotChosen": ".session",
        "Desk": ".session",
        "KeyLogin": ".session",
        "Logout": ".session",
        "PickCompany": ".session",
        "Session": ".session",
        "UnsentChanges": ".session",
        "TimelineEntry": ".timeline",
        "order_timeline": ".timeline",
        "UpdateCheckError": ".updates",
        "UpdateInfo": ".updates",
        "UpdateStatus": ".updates",
        "check_for_updates": ".updates",
    },
)

__all__ = [
    "DEFAULT_BASE_URL",
    "SORT_COLUMNS",
    "AppPaths",
    "AuthError",
    "AuthRequired",
    "CacheRebuilt",
    "CatalogItem",
    "Change",
    "ChangeKind",
    "ChangeNotFound",
    "ChangeState",
    "CompanyNotChosen",
    "ConnectivityChanged",
    "CsvWords",
    "CustomerOrders",
    "CustomerRow",
    "Desk",
    "Event",
    "Figures",
    "FirstLook",
    "GenukaError",
    "InsecureURLError",
    "InvalidEdit",
    "KeyLogin",
    "ListQuery",
    "Logout",
    "OrderList",
    "OrderNotFound",
    "OrderRow",
    "OrderService",
    "OrdersArrived",
    "OrdersChanged",
    "PaperFacts",
    "PaperKind",
    "PickCompany",
    "Profile",
    "QueueChanged",
    "QueueCounts",
    "SendPlan",
    "SendWords",
    "ServiceError",
    "Session",
    "StoreError",
    "SyncFinished",
    "SyncPhase",
    "SyncPolicy",
    "SyncProgress",
    "SyncReport",
    "TimelineEntry",
    "UnsentChanges",
    "UpdateCheckError",
    "UpdateInfo",
    "UpdateStatus",
    "check_base_url",
    "check_for_updates",
    "is_loopback",
    "kept_profile",
    "open_first_look",
    "order_timeline",
]

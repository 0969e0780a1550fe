"""The one door the GUI and the CLI use: orders, sessions, export, the update check.

Plain asyncio, no Qt. The front ends import this package (and ``models``
for pure functions and types) and nothing below it: the value, event and
error types they need are re-exported here.
"""

from ..api import AuthError, GenukaError, InsecureURLError, check_base_url, is_loopback
from ..store import (
    SORT_COLUMNS,
    CatalogItem,
    Change,
    ChangeKind,
    ChangeState,
    CustomerRow,
    Figures,
    ListQuery,
    OrderRow,
    StoreError,
)
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
from .errors import ChangeNotFound, InvalidEdit, OrderNotFound, ServiceError
from .export import CsvWords
from .orders import SERVICE_RETRY, CustomerOrders, OrderList, OrderService
from .paper import PaperFacts, PaperKind
from .paths import AppPaths
from .profile import DEFAULT_BASE_URL, Profile
from .session import CompanyNotChosen, Desk, KeyLogin, Logout, PickCompany, Session, UnsentChanges
from .updates import UpdateCheckError, UpdateInfo, UpdateStatus, check_for_updates

__all__ = [
    "DEFAULT_BASE_URL",
    "SERVICE_RETRY",
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
    "ServiceError",
    "Session",
    "StoreError",
    "SyncFinished",
    "SyncPhase",
    "SyncPolicy",
    "SyncProgress",
    "SyncReport",
    "UnsentChanges",
    "UpdateCheckError",
    "UpdateInfo",
    "UpdateStatus",
    "check_base_url",
    "check_for_updates",
    "is_loopback",
]

"""A profile whose cache holds 100,000 demo orders, built once and reused.

The bodies come from the demo API's generator (the same JSON the server
would send), stored through ``LocalStore.save_server_bodies``, the path a
full sync takes. The built folder is kept under ``bench/.data`` so later
runs start at once; delete it to rebuild. A smoke run (``BENCH_SMOKE``)
builds 1,000 orders in its own folder instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as NoKeyring

from bench.common import SMOKE_FOLDER, size
from genuka_desk.demo import DEMO_ADMIN_KEY
from genuka_desk.demo.data import DemoData
from genuka_desk.service.credentials import TokenStore
from genuka_desk.service.profile import Profile
from genuka_desk.store import LocalStore

DATA = SMOKE_FOLDER or Path(__file__).resolve().parent / ".data"
ORDERS = size(100_000, smoke=1_000)
SEED = 11
BATCH = 2_000
PROFILE = "default"  # the profile the app opens without a login


def store_folder(home: Path) -> Path:
    """Where the app keeps the bench profile's local copy and queue (its company's own folder)."""
    profile = Profile.load(home / "config", PROFILE)
    return profile.data_folder(home / "data")


def bench_home(orders: int = ORDERS) -> Path:
    """The ``--data-dir`` of a logged-in profile with ``orders`` cached orders (built when missing)."""
    home = DATA / f"home-{orders}"
    done = home / "built.json"
    if done.exists() and (store_folder(home) / "cache.sqlite3").exists():
        if not (home / "config" / "genuka-desk.ini").exists():
            used_once(home)
        return home
    shutil.rmtree(home, ignore_errors=True)
    started = time.perf_counter()
    demo = DemoData(orders=orders, seed=SEED)
    config = home / "config"
    config.mkdir(parents=True)
    # A dead loopback port: start-up and table figures must not depend on a server.
    profile = Profile(
        name=PROFILE,
        base_url="http://127.0.0.1:9",
        company_id=demo.company_id,
        email="bench@genuka.com",
        stays_logged_in=True,
    )
    profile.save(config)
    # No keychain: the token goes to the profile's private file, which the app finds by itself.
    keyring.set_keyring(NoKeyring())
    TokenStore(config, PROFILE).save(DEMO_ADMIN_KEY)
    store = LocalStore(profile.data_folder(home / "data"))  # the app's own place for it: it opens it as is
    try:
        for first in range(0, orders, BATCH):
            bodies = [demo.build_order(demo.plan(i)) for i in range(first, min(orders, first + BATCH))]
            store.cache.save_server_bodies(bodies)
            print(f"\rbuilding the {orders:,}-order cache: {first + len(bodies):,}", end="", file=sys.stderr)
        print(file=sys.stderr)
        store.cache.set_meta("pull.full_done", "1")
    finally:
        store.close()
    used_once(home)
    done.write_text(json.dumps({"orders": orders, "seconds": round(time.perf_counter() - started, 1)}))
    return home


def used_once(home: Path) -> None:
    """The main window shown once on the profile and closed, as on a desk in use (see bench/used_once.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run(
        [sys.executable, "-m", "bench.used_once", str(home)],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )


if __name__ == "__main__":
    print(bench_home(int(sys.argv[1]) if len(sys.argv) > 1 else ORDERS))

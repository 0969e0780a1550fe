"""``demo-server``: run the demo Genuka API on this computer (for trying the desk, or another client)."""

from __future__ import annotations

import argparse
import sys

from ..service import is_loopback
from ..service.demo import demo_server as make_demo_server
from .exits import EXIT_BAD_INPUT, EXIT_OK


def demo_server(args: argparse.Namespace) -> int:
    """``demo-server``: the demo Genuka API in the foreground until Ctrl+C."""
    if not is_loopback(args.host):
        print(f"warning: the demo API will be reachable from other machines on {args.host}", file=sys.stderr)
    try:
        server = make_demo_server(
            orders=args.orders,
            seed=args.seed,
            host=args.host,
            port=args.port,
            envelope=args.envelope,
            cash_control=not args.no_cash_control,
        )
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Genuka demo API on {server.url}  ({args.orders} orders, seed {args.seed})")
    print(f"  company id : {server.company_id}")
    print("  login      : demo@genuka.com / password   (read-only: lecture@genuka.com / password)")
    print(f"  API key    : {server.admin_key}")
    print("Ctrl+C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped")
    return EXIT_OK

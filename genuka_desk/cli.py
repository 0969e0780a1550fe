"""genuka-desk from a terminal: the same service the GUI uses.

Exit codes: 0 ok, 1 bad input, 2 authentication, 3 not found, 4 changes
remain unsent. Errors are one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_AUTH = 2
EXIT_NOT_FOUND = 3
EXIT_UNSENT = 4

EPILOG = """exit codes:
  0  ok
  1  bad input (a wrong argument, an invalid value)
  2  authentication (not logged in, token refused)
  3  not found (no such order or change)
  4  changes remain unsent (offline, failed or in conflict)
"""


def _demo_server(args: argparse.Namespace) -> int:
    from .api.urls import is_loopback
    from .demo import DemoServer

    if not is_loopback(args.host):
        print(f"warning: the demo API will be reachable from other machines on {args.host}", file=sys.stderr)
    try:
        server = DemoServer(orders=args.orders, seed=args.seed, host=args.host, port=args.port, envelope=args.envelope)
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="genuka-desk",
        description="Offline-first order management for Genuka shops.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo-server", help="run the demo Genuka API on this computer")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--orders", type=int, default=500, help="how many demo orders (default 500)")
    demo.add_argument("--seed", type=int, default=7, help="seed of the demo data (default 7)")
    demo.add_argument("--envelope", choices=("laravel", "pagination"), default="laravel")
    demo.set_defaults(run=_demo_server)
    return parser


COMMANDS = ("demo-server",)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one CLI command; returns its exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the reason
        return EXIT_OK if exc.code == 0 else EXIT_BAD_INPUT
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    return run(args)

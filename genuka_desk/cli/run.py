"""Run one CLI command: parse, dispatch, and every failure as one line with its exit code."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ..service import (
    AuthError,
    ChangeNotFound,
    GenukaError,
    InsecureURLError,
    InvalidEdit,
    OrderNotFound,
    ServiceError,
    StoreError,
)
from .context import Context, make_context
from .exits import EXIT_AUTH, EXIT_BAD_INPUT, EXIT_NOT_FOUND, EXIT_OK, EXIT_UNSENT, CliError
from .parser import build_parser
from .words import not_queued, problem_line

log = logging.getLogger(__name__)


def _run(args: argparse.Namespace) -> int:
    plain: Callable[[argparse.Namespace], int] | None = getattr(args, "plain_run", None)
    if plain is not None:
        return plain(args)
    run: Callable[[Context], int] = args.command_run
    return run(make_context(args))


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def main(
    argv: Sequence[str] | None = None,
    *,
    render: Callable[..., Any] | None = None,
    words: Callable[[str], Any] | None = None,
) -> int:
    """Run one CLI command; returns its exit code. Never lets a traceback out.

    ``render``: the GUI's document layout (``orders print``); ``words``: the GUI's words of a message
    to the customer in a language (``orders send``). Both handed in by ``genuka_desk.__main__``.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the reason
        return EXIT_OK if exc.code == 0 else EXIT_BAD_INPUT
    args.render = render
    args.words = words
    if getattr(args, "command_run", None) is None and getattr(args, "plain_run", None) is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return _run(args)
    except CliError as exc:
        return _fail(exc.message, exc.code)
    except InvalidEdit as exc:
        return _fail("\n  ".join([not_queued(), *(problem_line(p) for p in exc.problems)]), 1)
    except (OrderNotFound, ChangeNotFound) as exc:
        return _fail(exc.message, EXIT_NOT_FOUND)
    except ServiceError as exc:
        return _fail(exc.message, EXIT_BAD_INPUT)
    except AuthError as exc:
        return _fail(exc.message, EXIT_AUTH)
    except GenukaError as exc:
        return _fail(exc.message, EXIT_UNSENT)
    except InsecureURLError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except StoreError as exc:
        return _fail(exc.message, EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail("interrupted; what was queued stays queued.", EXIT_UNSENT)
    except BrokenPipeError:
        # The reader went away (``| head``): not an error worth a trace.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        log.exception("unexpected error in the CLI")
        return _fail(f"unexpected error ({type(exc).__name__}); details are in the log file.", EXIT_BAD_INPUT)

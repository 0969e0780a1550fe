"""genuka-desk: offline-first order management for Genuka shops."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("genuka-desk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

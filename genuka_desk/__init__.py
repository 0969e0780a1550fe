"""genuka-desk: offline-first order management for Genuka shops."""

# The one place the version is written; pyproject.toml reads it from here.
# (A literal, not importlib.metadata: that lookup costs ~25 ms at every start.)
__version__ = "0.1.0"

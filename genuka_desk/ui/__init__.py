"""The Qt desktop app: windows, dialogs, table models and delegates over the OrderService."""

from . import import_hook as import_hook  # first: every module imported after PySide6 passes its cheap check

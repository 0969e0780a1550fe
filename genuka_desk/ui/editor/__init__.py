"""The order editor: one window per order, built from parts the new-order dialog reuses.

Each part (lines, addresses, billing and shipping, conflict, history) shows
one side of an order: ``load(order)`` fills it, ``values()`` reads back what
the clerk typed, ``set_read_only()`` locks it, and ``changed`` says the
clerk touched it. The window joins the parts into one edit, validated with
the models' rules, and hands it to the service.
"""

from .window import OrderEditor

__all__ = ["OrderEditor"]

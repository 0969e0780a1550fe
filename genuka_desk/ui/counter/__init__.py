"""The counter: the new-order window, one sale after another, with the keyboard only.

Built like the order editor, from parts: the customer, the lines, the
delivery (the editor's address form and calendar day), and the payment (the
editor's method and treasury account choice). Each part fills itself from a
sale's draft (``load``), reads back what the clerk typed, and says when it
changed; the window joins them into one :class:`NewOrder`, checked by the
models' rules, and hands it to the service.
"""

from .window import NewOrderWindow

__all__ = ["NewOrderWindow"]

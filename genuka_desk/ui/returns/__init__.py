"""Returns at the desk: the return dialog, the order's returns in the editor, and their receipt.

Everything goes through ``service.returns`` (its values in
``service.return_types``); the dialog and the strip only show what it says
and hand it what the clerk chose. Loaded on demand: not before the list is
shown.
"""

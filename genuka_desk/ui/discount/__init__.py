"""The clerk's discount: a small dialog shared by the sale window and the editor, and the codes shown."""

from .codes import CodesShown
from .dialog import DiscountDialog, code_refusal, discount_label

__all__ = ["CodesShown", "DiscountDialog", "code_refusal", "discount_label"]

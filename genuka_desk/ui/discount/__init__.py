"""The clerk's discount: a small dialog shared by the sale window and the editor."""

from .dialog import DiscountDialog, code_refusal, discount_label

__all__ = ["DiscountDialog", "code_refusal", "discount_label"]

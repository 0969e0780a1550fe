"""What the editor says about fields and their problems, in the clerk's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ... import models as _models


class EditorMessages(QObject):
    """Names of fields and texts of problems (a QObject only for ``tr``)."""

    def problem_text(self, problem: _models.FieldProblem) -> str:
        """One problem in the clerk's language, naming the field it is about."""
        texts = {
            "email_invalid": self.tr("the email address is not valid."),
            "phone_invalid": self.tr("the phone number is not valid (digits, optional +)."),
            "text_too_long": self.tr("the text is too long (500 characters at most)."),
            "date_invalid": self.tr("the date is not valid (for example 2026-11-30 14:00)."),
            "amount_invalid": self.tr("must be a number, 0 or more."),
            "quantity_min": self.tr("the quantity must be at least 1."),
            "quantity_whole": self.tr("the quantity must be a whole number."),
            "quantity_max": self.tr("the quantity is too large."),
            "price_min": self.tr("the price cannot be negative."),
            "price_max": self.tr("the price is too large."),
            "price_number": self.tr("the price must be a number."),
            "lines_empty": self.tr("an order needs at least one line."),
            "order_cancelled": self.tr("this order is cancelled; it cannot be changed."),
            "address_required": self.tr("required (street, city and country make an address)."),
            "line_discounts_hidden": self.tr(
                "this order has line discounts the server does not show on its lines: change its lines on "
                "Genuka, so the discounts are not lost."
            ),
            "final_invoice": self.tr(
                "a paid final invoice fixes the lines: add lines or raise quantities, but do not remove or lower them."
            ),
        }
        return self.about(problem.key, texts.get(problem.code, problem.message))

    def about(self, key: str, text: str) -> str:
        """``text`` said of the field at ``key`` (French puts a space before the colon: the pattern is translated)."""
        pattern = self.tr("{field}: {problem}")
        return pattern.format(field=self.field_label(key), problem=text)

    def not_a_number(self, key: str) -> str:
        """The field at ``key`` holds text that is not an amount."""
        return self.about(key, self.tr("must be a number, 0 or more."))

    def field_label(self, key: str) -> str:
        """What the clerk calls the field at ``key`` (for messages)."""
        if key.startswith(("billing.address.", "shipping.address.")):
            side, name = key.split(".")[0], key.rsplit(".", 1)[-1]
            return f"{self.side_address(_models.Side(side))} — {self.address_label(name)}"
        if key.startswith("lines."):
            return self.tr("Line items")
        return {
            "order": self.tr("Order"),
            "shipping.amount": self.tr("Shipping amount"),
            "shipping.scheduled_at": self.tr("Scheduled"),
            "billing.scheduled_at": self.tr("Scheduled"),
        }.get(key, key)

    def side_address(self, side: _models.Side) -> str:
        """The title of one side's address."""
        return self.tr("Billing address") if side == _models.Side.BILLING else self.tr("Shipping address")

    def address_label(self, name: str) -> str:
        """The label of one address field."""
        return {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "line1": self.tr("Address line 1"),
            "line2": self.tr("Address line 2"),
            "city": self.tr("City"),
            "state": self.tr("Region"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
        }[name]

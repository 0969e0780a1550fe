"""What the counter says: why a sale cannot be saved, and the server's reasons field by field."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QObject

from ... import models as _models
from ..refusal_words import RefusalWords

_LINE = re.compile(r"^products\.(\d+)(?:\.(\w+))?$")


class CounterWords(QObject):
    """Texts of problems and names of the create body's fields (a QObject only for ``tr``)."""

    def problem_text(self, problem: _models.FieldProblem) -> str:
        """What stops the sale, in the clerk's words."""
        texts = {
            "customer_required": self.tr("Choose a customer, or give a name or a phone number."),
            "phone_invalid": self.tr("The phone number is not valid."),
            "email_invalid": self.tr("The email address is not valid."),
            "lines_empty": self.tr("Add at least one product."),
            "quantity_min": self.tr("A quantity must be at least 1 (remove the line instead)."),
            "title_required": self.tr("A line needs a title."),
            "address_required": self.tr("A delivery needs a street, a city and a country."),
            "method_required": self.tr("Choose how the customer paid."),
            "account_required": self.tr(
                "No account is known for this way of paying: choose one, or sync once to know the accounts."
            ),
        }
        return texts.get(problem.code, problem.message)

    def saved_text(self, reference: str, sale: _models.NewOrder, language: str = "fr") -> str:
        """What the clerk reads once the sale is saved: the change to give back, or what is still owed."""
        money = partial(_models.format_money, currency=sale.currency, locale=language)
        paid = sale.paid_amount or Decimal(0)
        if sale.amount_due > 0:  # on credit: allowed, but said
            if paid:
                text = self.tr("Sale %1 saved, partly paid (still owed %2). Next customer.")
            else:
                text = self.tr("Sale %1 saved, not paid (still owed %2). Next customer.")
            return text.replace("%1", reference).replace("%2", money(sale.amount_due))
        if sale.tendered is not None and sale.tendered > paid:
            text = self.tr("Sale %1 saved. Change due: %2. Next customer.")
            return text.replace("%1", reference).replace("%2", money(sale.tendered - paid))
        return self.tr("Sale %s saved. Next customer.") % reference

    def where_text(self, reference: str, server_reference: str | None) -> str:
        """Where the saved sale ``reference`` is found: Genuka gives it its own number once sent.

        ``server_reference``: that number, once the sale is on Genuka (None: not sent yet).
        """
        if server_reference is None:
            text = self.tr(
                "It goes to Genuka as soon as it can, and Genuka gives it its own number there; "
                "searching %1 in the list always finds it."
            )
            return text.replace("%1", reference)
        text = self.tr("Sent to Genuka: it is %2 in the list (searching %1 finds it too).")
        return text.replace("%1", reference).replace("%2", server_reference)

    def discard_title(self) -> str:
        """The title of the warning before a sale is discarded."""
        return self.tr("Discard the sale?")

    def discard_question(self, reference: str) -> str:
        """The warning before a sale the server never created is discarded."""
        return (
            self.tr(
                "Discard sale %s? It was never created on the server: its customer, lines and payment "
                "are lost from this computer."
            )
            % reference
        )

    def field_name(self, key: str, sale: _models.NewOrder) -> str:
        """What the clerk calls the create body's field ``key`` (``products.1.quantity``: line 2's quantity)."""
        line = _LINE.match(key)
        if line is not None:
            number = int(line.group(1))
            title = sale.lines[number].title if number < len(sale.lines) else ""
            what = {
                "quantity": self.tr("quantity"),
                "price": self.tr("price"),
                "title": self.tr("title"),
                "product_id": self.tr("product"),
                "variant_id": self.tr("variant"),
            }.get(line.group(2) or "", "")
            name = self.tr("Line %1 (%2)").replace("%1", str(number + 1)).replace("%2", title)
            return f"{name} {what}".strip()
        names = {
            "customer": self.tr("Customer"),
            "customer.id": self.tr("Customer"),
            "customer.first_name": self.tr("First name"),
            "customer.last_name": self.tr("Last name"),
            "customer.phone": self.tr("Phone"),
            "customer.email": self.tr("Email"),
            "products": self.tr("Lines"),
            "shipping": self.tr("Delivery"),
            "shipping.mode": self.tr("Delivery mode"),
            "shipping.address": self.tr("Delivery address"),
            "shipping.address.line1": self.tr("Address"),
            "shipping.address.line2": self.tr("Address line 2"),
            "shipping.address.city": self.tr("City"),
            "shipping.address.country": self.tr("Country"),
            "shipping.scheduled_at": self.tr("Delivery day"),
            "billing.amount": self.tr("Received"),
            "billing.method": self.tr("Paid by"),
            "billing.treasury_account_id": self.tr("Treasury account"),
            "source": self.tr("Source"),
            "created_at": self.tr("Date of the sale"),
        }
        return names.get(key, key)

    def refusal(
        self, reason: str, field_errors: dict[str, list[str]], sale: _models.NewOrder, language: str = "fr"
    ) -> str:
        """The server's refusal as a short list: its reason, then each field it named."""
        # The reason often repeats a field's text: then the fields alone say it.
        repeated = any(reason.strip() == " ".join(texts).strip() for texts in field_errors.values())
        said = RefusalWords(self).text(reason, sale.currency, language) if not repeated else ""
        lines = [
            self.tr("The server refused this sale:") if repeated else self.tr("The server refused this sale: %s") % said
        ]
        lines += [f"• {self.field_name(key, sale)}: {' '.join(texts)}" for key, texts in field_errors.items()]
        lines.append(self.tr("Correct it and send it again, or discard it."))
        return "\n".join(lines)


def marked_fields(field_errors: dict[str, list[str]]) -> tuple[set[str], set[str], set[int]]:
    """The fields the server named, by part: the customer's, the delivery's, and the line rows."""
    customer = {key.split(".", 1)[1] for key in field_errors if key.startswith("customer.")}
    if "customer" in field_errors:
        customer |= {"first_name", "last_name", "phone"}
    delivery = {key.rsplit(".", 1)[-1] for key in field_errors if key.startswith("shipping.address.")}
    rows = {int(m.group(1)) for key in field_errors if (m := _LINE.match(key)) is not None}
    return customer, delivery, rows

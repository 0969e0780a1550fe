"""The seam between the till's Z report and the receipt printer's: a ``ZReport`` as the thermal layout's ``ZFacts``.

The Qt paper path lays the service's :class:`ZReport` out itself
(:mod:`.z_document`); the ESC/POS path prints from its own small record
(``service.thermal.z_layout.ZFacts``). This is the one place that maps the
first to the second, with the ways of paying named as the clerk says them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..labels import way_label

if TYPE_CHECKING:
    from ...service.thermal.z_layout import ZFacts
    from ...service.till_report import CountLine, ZReport


def z_facts(report: ZReport, ways: Mapping[str, str] | None = None) -> ZFacts:
    """What the receipt printer's Z report says of ``report`` (in the clerk's language where the desk names things;
    the ways of paying as ``ways`` names them, see :func:`..labels.way_names`)."""
    from ...service.thermal.z_layout import ZCount, ZFacts, ZMove, ZWay

    def counts(lines: list[CountLine]) -> tuple[ZCount, ...]:
        return tuple(ZCount(line.value, line.quantity, "", line.kind) for line in lines if line.quantity)

    approved = report.state == "approved"
    return ZFacts(
        session=report.reference,
        till=report.account,
        currency=report.currency,
        opened_at=report.opened_at,
        closed_at=report.closed_at,
        opened_by=report.opened_by,
        closed_by=report.closed_by,
        opening=counts(report.opening),
        opening_total=report.balance_start,
        cash_sales=report.cash_sales,
        ways=tuple(ZWay(way_label(method, ways), amount) for method, amount in report.by_method),
        refunds=report.refunds,
        expected=report.expected,
        counted=report.counted,
        difference=report.difference,
        reason="" if report.reason in (None, "none") else str(report.reason),
        closing=counts(report.closing),
        provisional=report.provisional,
        movements=tuple(ZMove(m.kind, m.amount, m.description) for m in report.movements),
        state=report.state,
        reviewed_by=(report.approved_by if approved else report.rejected_by) or "",
        reviewed_at=report.approved_at if approved else report.rejected_at,
        review_note=report.review_note,
        opening_notes=report.opening_notes,
        closing_notes=report.closing_notes,
    )

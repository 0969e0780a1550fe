"""What vulture (make lint) must not call dead: names only a framework, the server's bodies or the tests use.

Anything else vulture reports is dead code: delete it, do not add it here.
Regenerate a section with ``vulture genuka_desk --make-whitelist`` and keep the reasons.
"""

# ruff: noqa
# mypy: ignore-errors

# Called by the frameworks, never by our code: Qt's virtual methods, http.server's hooks and settings,
# logging's error hook, argparse's formatter.
_.closeEvent  # QWidget (editor/window.py, main_window.py)
_.paintEvent  # QWidget (today_panel.py: the week chart)
_.eventFilter  # QObject (first_list.py: the main window's first paint)
_.columnCount  # QAbstractTableModel (order_table_model.py)
_.headerData  # QAbstractTableModel
_.fetchMore  # QAbstractTableModel (credit_book/model.py: the next page as the clerk scrolls)
_.createEditor  # QStyledItemDelegate (status_delegate.py)
_.setEditorData  # QStyledItemDelegate
_.setModelData  # QStyledItemDelegate
_.updateEditorGeometry  # QStyledItemDelegate
_.textElideMode  # QStyleOptionViewItem, read by Qt's paint (order_table_view.py: numbers cut on the left)
_.handleError  # logging.Handler (service/logs.py)
_.formatter_class  # argparse (cli/parser.py)
daemon_threads  # socketserver (demo/server.py)
allow_reuse_address  # socketserver
_.handle_error  # socketserver
protocol_version  # http.server
server_version  # http.server
sys_version  # http.server
disable_nagle_algorithm  # http.server
_.log_message  # http.server
_.do_GET  # http.server
_.do_PUT  # http.server
_.do_POST  # http.server
_.do_DELETE  # http.server
_.do_PATCH  # http.server
_.close_connection  # http.server

# Data the program keeps because the server or the feed sends it (read by tests, shown later).
page_url  # UpdateInfo: the release page of the update feed (service/updates.py)

# Seams the tests read: the crash points, the push's retry count, the bridge's busy flag,
# the store's raw server body and its WAL checkpoint.
POINTS  # sync/crash.py: where the crash campaign may kill the process
retried  # sync/push.py: PushResult.retried, the campaigns' figures
_.retried
_.busy  # ui/bridge.py: whether tasks still run (tests wait on it)
_.row_menu  # ui/main_window.py: the row menu part, held as the window's other parts (the UI tests press it)
_.server_body  # store/cache.py: the body without the overlay (the campaigns' end check)
_.checkpoint  # store/files.py: every page in the file (before a copy; the damage tests)
_.count_all  # service/orders.py: how many orders the local copy holds (the rebuild and fuzz campaigns)
_.dress_lines  # demo/store.py: a colleague's discounted, taxed and service lines (the campaigns' money check)
_.colleague_payment  # demo/store.py: a colleague's payment on the dashboard (tests, the campaigns' money check)
_.colleague_expense  # demo/store.py: a colleague's expense paid out of the till (tests of the cash register)
_.colleague_cash  # demo/store.py: a colleague's transfer or adjustment in the till (tests of the Z report)
entity_type  # api/mobile_sync.py: SyncChange.entity_type, a sync/pull change's type as the server sends it

# Fields of the Genuka bodies (models/): read leniently and kept, as the reference documents them,
# even when no screen shows them yet; and the properties the models offer for them.
postal_code  # unused variable (genuka_desk/models/address.py:42)
is_primary  # unused variable (genuka_desk/models/address.py:50)
latitude  # unused variable (genuka_desk/models/address.py:51)
longitude  # unused variable (genuka_desk/models/address.py:52)
addressable_id  # unused variable (genuka_desk/models/address.py:53)
addressable_type  # unused variable (genuka_desk/models/address.py:54)
_.email_valid  # unused property (genuka_desk/models/address.py:65)
user_id  # unused variable (genuka_desk/models/auth.py:18)
expires_at  # unused variable (genuka_desk/models/auth.py:19)
is_current  # unused variable (genuka_desk/models/auth.py:35)
last_used_at  # unused variable (genuka_desk/models/auth.py:36)
model_config  # unused variable (genuka_desk/models/base.py:22)
accounting_account_code  # unused variable (genuka_desk/models/company.py:18)
balance  # unused variable (genuka_desk/models/company.py:19)
configurations  # unused variable (genuka_desk/models/company.py:35)
currency_name  # unused variable (genuka_desk/models/company.py:61)
warehouses  # unused variable (genuka_desk/models/company.py:62)
currency_name  # unused variable (genuka_desk/models/company.py:75)
permissions  # unused variable (genuka_desk/models/company.py:92)
all_permissions  # unused variable (genuka_desk/models/company.py:93)
orders_count  # unused variable (genuka_desk/models/company.py:114)
is_company  # unused variable (genuka_desk/models/company.py:115)
default_address  # unused variable (genuka_desk/models/company.py:116)
_.email_valid  # unused property (genuka_desk/models/company.py:127)
DELIVERY  # unused variable (genuka_desk/models/enums.py:102)
PICKUP  # unused variable (genuka_desk/models/enums.py:103)
service_id  # unused variable (genuka_desk/models/order.py:40)
treasury_account_label  # unused variable (genuka_desk/models/order.py:79)
treasury_account  # unused variable (genuka_desk/models/order.py:80)
address_id  # unused variable (genuka_desk/models/order.py:81)
out_of_tax_total  # unused variable (genuka_desk/models/order.py:90)
net_to_pay  # unused variable (genuka_desk/models/order.py:93)
address_id  # unused variable (genuka_desk/models/order.py:102)
address_id  # unused variable (genuka_desk/models/order.py:113)
tracking_number  # unused variable (genuka_desk/models/order.py:116)
tracking_url  # unused variable (genuka_desk/models/order.py:117)
starts_at  # unused variable (genuka_desk/models/order.py:119)
ends_at  # unused variable (genuka_desk/models/order.py:120)
is_deposit  # unused variable (genuka_desk/models/order.py:132)
is_final  # unused variable (genuka_desk/models/order.py:133)
revenue_type  # unused variable (genuka_desk/models/order.py:245)
delivery  # unused variable (genuka_desk/models/order.py:257)
invoices_count  # unused variable (genuka_desk/models/order.py:259)
user_id  # unused variable (genuka_desk/models/order.py:265)
custom_fields  # unused variable (genuka_desk/models/order.py:266)
due_at  # unused variable (genuka_desk/models/order.py:270)
expires_at  # unused variable (genuka_desk/models/order.py:271)
prev  # unused variable (genuka_desk/models/page.py:25)
from_  # unused variable (genuka_desk/models/page.py:33)
to  # unused variable (genuka_desk/models/page.py:34)
model_config  # unused variable (genuka_desk/models/page.py:65)
base_title  # unused variable (genuka_desk/models/product.py:15)
barcode  # unused variable (genuka_desk/models/product.py:17)
compare_at_price  # unused variable (genuka_desk/models/product.py:19)
taxable  # unused variable (genuka_desk/models/product.py:20)
follow_stock  # unused variable (genuka_desk/models/product.py:21)
min_order_quantity  # unused variable (genuka_desk/models/product.py:22)
estimated_quantity  # unused variable (genuka_desk/models/product.py:23)
service_id  # unused variable (genuka_desk/models/product.py:38)
vendor  # unused variable (genuka_desk/models/product.py:52)
is_shippable  # unused variable (genuka_desk/models/product.py:54)
is_taxable  # unused variable (genuka_desk/models/product.py:55)
published  # unused variable (genuka_desk/models/product.py:56)
has_variants  # unused variable (genuka_desk/models/product.py:57)
medias  # unused variable (genuka_desk/models/product.py:65)
tags  # unused variable (genuka_desk/models/product.py:66)

# The receipt printer (service/thermal): a figure the library answers.
FINE  # Paper.FINE: the library's paper_status() answers 2 (service/thermal/send.py)

# The till's Z report as a PDF without a window, for ``genuka-desk till report --pdf`` (handed to the CLI by
# __main__.py, as ``orders print`` gets ui/paper/headless.py).
render_z_pdf  # ui/till/headless.py

# The cash register's bodies (models/till.py), read leniently and kept as 08-payments-pos.md documents them,
# and the difference reasons the server lists (the close's reason is picked from the enum by value).
ROUNDING
CHANGE_MISTAKE
LOST_RECEIPT
SYSTEM_ERROR
FOUND_CASH
SUSPECTED_THEFT
OTHER
sort_order
difference_percentage
difference_reason
difference_status
approved_by_user
approved_at
is_opened
is_closed
is_pending_approval
has_difference
total_inbound
total_outbound
cash_register_session_id
is_inbound

# Returns and credit notes (models/returns.py), read leniently and kept as 07-discounts-delivery.md and
# 06-orders-sales.md document them, for the desk's returns (the lead's, issue 36); api/returns.py's show of
# one credit note besides.
DRAFT
WAITING_APPROVAL
credit_note_id
discount_id
issued_at
refunded_at
cancelled_at
beneficiary_id
beneficiary_type
beneficiary
source_id
refund_amount
return_date
audit_trail
status_history
_.credit_note  # api/returns.py: GET /admin/credit-notes/{id}

# The shop's discounts (issue 36, discounts-data): one page of the admin list with its filters (api/discounts.py,
# for a front end's search), and service.discounts.offers, the agreed API the sale window uses.
list_page
offers

# Returns (issue 36, returns-core): the scopes a front end hands in from the clerk's login (service.returns).
set_scopes

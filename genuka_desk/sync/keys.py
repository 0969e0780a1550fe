"""The names under which the sync keeps its state and the company's facts in the cache's key-value table.

Apart from the modules that fill them, so the service reads them (the list,
the documents) without loading the HTTP client.
"""

CURSOR_KEY = "pull.cursor"  # the newest updated_at seen, as the server wrote it
FULL_KEY = "pull.full_done"
GHOSTS_KEY = "pull.ghost_orders"  # "1": the clerk wants anonymous orders too
COMPANY_KEY = "company.profile"  # the shop's profile (JSON), for the printed documents
LOGO_KEY = "company.logo"  # its logo image, base64, with the URL it came from
METHODS_KEY = "company.payment_methods"  # the ways it takes money (JSON list), for payments offline
CASH_CONTROL_KEY = "till.cash_control"  # "on" or "off" (the company's cash control; the 403 says off)
DENOMINATIONS_KEY = "till.denominations:"  # + currency: the bills and coins as the server listed them (JSON)
DENOMINATIONS_AT_KEY = "till.denominations_at:"  # + currency: when they were listed (the server caches them a week)
TILL_HISTORY_AT_KEY = "till.history_at"  # when the server's list of sessions was last read (the till's history)

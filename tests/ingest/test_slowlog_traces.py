"""PHP-FPM's slow log: each record a request that ran too long, its backtrace on the lines
below its `[pool www] pid N` line. The frames are the event's stack, not its message: one
template for every record, grouped by where the request was stuck."""

from __future__ import annotations

from tests.ingest.stored import stored_events

SLOWLOG = """\

[11-Jun-2024 06:33:12]  [pool www] pid 1147
script_filename = /var/www/shop/public/index.php
[0x00007f3a2b62c340] curl_exec() /var/www/shop/src/Payment/Gateway.php:118
[0x00007f3a2b62c180] charge() /var/www/shop/src/Payment/Gateway.php:74
[0x00007f3a2b62c0a0] pay() /var/www/shop/src/Controller/CheckoutController.php:53

[11-Jun-2024 07:29:37]  [pool www] pid 1168
script_filename = /var/www/shop/public/index.php
[0x00007f3a2b62c010] PDOStatement->execute() /var/www/shop/vendor/doctrine/Statement.php:130
[0x00007f3a2b62bde0] executeQuery() /var/www/shop/vendor/doctrine/Connection.php:1098
[0x00007f3a2b62bd00] search() /var/www/shop/src/Repository/ProductRepository.php:211

[11-Jun-2024 09:02:51]  [pool www] pid 1175
script_filename = /var/www/shop/public/index.php
[0x00007f3a2b6412f0] curl_exec() /var/www/shop/src/Payment/Gateway.php:118
[0x00007f3a2b641130] charge() /var/www/shop/src/Payment/Gateway.php:74
[0x00007f3a2b641050] pay() /var/www/shop/src/Controller/CheckoutController.php:53
"""


def test_a_slow_requests_backtrace_is_the_events_stack(tmp_path):
    rows = stored_events(
        tmp_path, SLOWLOG, "line, message, template, exception_type, exception_value, fingerprint"
    )
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        (2, "[pool www] pid 1147", "backtrace", "/var/www/shop/public/index.php"),
        (8, "[pool www] pid 1168", "backtrace", "/var/www/shop/public/index.php"),
        (14, "[pool www] pid 1175", "backtrace", "/var/www/shop/public/index.php"),
    ]
    # One template whatever the frames (they made one a stack); a group per place stuck.
    assert len({r[2] for r in rows}) == 1
    assert rows[0][5] == rows[2][5] != rows[1][5]

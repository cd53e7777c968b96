"""Traces as runtimes print them, read into the chain and fingerprint an SRE expects: the same
problem keeps one fingerprint wherever the program was deployed, whatever its line numbers."""

from __future__ import annotations

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.formats.stacktrace import parse_trace

PY_TRACE = """\
Traceback (most recent call last):
  File "{root}/shop/views.py", line {line}, in show_order
    order = load_order(order_id)
  File "{root}/shop/orders.py", line 42, in load_order
    return ORDERS[order_id]
KeyError: 4711"""


def test_a_python_trace_keeps_its_fingerprint_from_a_container_to_a_laptop_checkout():
    roots = ("/usr/src/app", "/app", "/home/alice/src/shop", "/srv/app-v2")
    chains = [parse_trace(PY_TRACE.format(root=root, line=31 + n)) for n, root in enumerate(roots)]
    assert len({chain_fingerprint(c) for c in chains}) == 1
    assert [f.file for f in chains[0][0].frames][-1] == "/usr/src/app/shop/orders.py"

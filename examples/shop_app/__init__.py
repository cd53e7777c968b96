"""A small shop back end that fails in every way errctl.sdk knows how to report.

Run it with `python -m examples.shop_app.main --log-dir DIR` (or as a script); tests/sdk/
test_example.py runs it, ingests `DIR/shop.jsonl` with errctl and checks what was stored.
"""

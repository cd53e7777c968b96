"""Rule filters that name no stored service or host: a rule whose `service = "biling"` (or a
glob no name fits) keeps no event, so it never fires, and nothing says so. `alert --dry-run`
and `--backtest`, the runs a person makes after editing rules, say it on stderr with the
stored names close to it; a cron run does not (a service a rule waits for may not have
logged yet)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from errctl.config.schema import AlertRuleConfig
from errctl.query.names import close_names


def unmatched_filters(store: Any, rules: Sequence[AlertRuleConfig]) -> list[str]:
    """A sentence for each rule's service or host pattern that no stored event's name fits,
    as the rule matches it (the store's own test: a glob the whole name, any case; `re:` a
    regex anywhere in it)."""
    said: list[str] = []
    stored: dict[str, list[str]] = {}
    for rule in rules:
        for option, patterns in (("service", rule.service), ("host", rule.host)):
            for pattern in patterns:
                if store.pattern_fits_a_name(option, pattern):
                    continue
                text = f"rule {rule.name}: no stored event's {option} fits {pattern!r}"
                if not pattern.startswith("re:"):
                    names = stored.setdefault(option, store.distinct_values(option))
                    if close := close_names(pattern, names):
                        text += f" (did you mean {' or '.join(close)}?)"
                said.append(text + ": it keeps no event, and fires on none")
    return said

"""Scrubbing: secrets and personal data masked before anything is stored (DESIGN.md section 1).

`Scrubber(settings)` is the one entry point; the classes it applies are data in
`errctl.scrub.rules`. Scrubbing happens between normalisation and grouping, so no stored event,
quarantined line, alert or report ever holds a scrubbed value.
"""

from __future__ import annotations

from errctl.scrub.rules import BUILTIN_RULES, ScrubRule, luhn_ok
from errctl.scrub.scrubber import Scrubber

__all__ = ["BUILTIN_RULES", "ScrubRule", "Scrubber", "luhn_ok"]

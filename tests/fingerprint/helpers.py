"""What several fingerprint tests share."""

from __future__ import annotations

from errctl.fingerprint.masking import mask_message
from errctl.fingerprint.mining import TemplateMiner


def templates(lines: list[str], batches: int = 1) -> dict[str, str]:
    """{line: its template}, the lines mined in `batches` batches by one miner."""
    miner = TemplateMiner()
    out = {}
    size = -(-len(lines) // batches)
    for start in range(0, len(lines), size):
        chunk = lines[start : start + size]
        for line, template in zip(
            chunk, miner.assign([mask_message(x) for x in chunk]), strict=True
        ):
            out[line] = template
    return out

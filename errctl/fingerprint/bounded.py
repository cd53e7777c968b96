"""The bounded text templates are made from: a message longer than MINE_CHARS characters is
cut there, one by one (`bounded_message`) or a whole column at once (`bounded_column`,
`mask_bounded`), so a hostile megabyte line costs masking and mining what a long one does.
Fingerprints of frameless exceptions bound their values the same way (`fingerprint.py`).
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from errctl.fingerprint.masking import MASK, MaskRule, mask_encoded

MINE_CHARS = 16_384
"""Templates read a message's first MINE_CHARS characters; a longer message is cut there and
ends in ` <*>`. Real messages are far shorter; a hostile one (a 1 MiB line of 260,000 tokens)
would otherwise cost the miner seconds to hours, one column of counts per token. Messages this
long made their own groups anyway."""

_CUT_MARK = " " + MASK


def bounded_message(message: str) -> str:
    """What the template of `message` is made from (see MINE_CHARS)."""
    return message if len(message) <= MINE_CHARS else message[:MINE_CHARS] + _CUT_MARK


def bounded_column(messages: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    if isinstance(messages, pa.ChunkedArray):
        messages = messages.combine_chunks()
    if pa.types.is_dictionary(messages.type):  # distinct values already: bound those
        return pa.DictionaryArray.from_arrays(messages.indices, bounded_column(messages.dictionary))
    long = _long_rows(messages)
    if long is None:
        return messages
    return pc.replace_with_mask(messages, long, _cut(pc.filter(messages, long)))


def _long_rows(messages: pa.Array) -> pa.BooleanArray | None:
    """The rows of more than MINE_CHARS characters, None if there are none."""
    # Counting bytes reads only the offsets; characters are counted (and rows cut) only where
    # there are more bytes than MINE_CHARS: every row costs as much as masking otherwise.
    long = pc.fill_null(pc.greater(pc.binary_length(messages), MINE_CHARS), False)
    if not pc.any(long).as_py():
        return None
    long = pc.replace_with_mask(
        long, long, pc.greater(pc.utf8_length(pc.filter(messages, long)), MINE_CHARS)
    )
    return long if pc.any(long).as_py() else None


def _cut(messages: pa.Array) -> pa.Array:
    # The mark and separator of the rows' own type: Arrow joins no large string to a string.
    mark, nothing = pa.scalar(_CUT_MARK, messages.type), pa.scalar("", messages.type)
    return pc.binary_join_element_wise(
        pc.utf8_slice_codeunits(messages, 0, MINE_CHARS), mark, nothing
    )


def mask_bounded(
    messages: pa.Array | pa.ChunkedArray, rules: tuple[MaskRule, ...]
) -> tuple[pa.Array, pa.Array]:
    """`mask_encoded(bounded_column(messages))`, without a copy of the whole column for its few long
    rows: those are cut and masked on their own, the others masked with them left out (null,
    which changes the validity bitmap only). Each row's mask depends on that row alone."""
    if isinstance(messages, pa.ChunkedArray):
        messages = messages.combine_chunks()
    if pa.types.is_dictionary(messages.type):  # bounding the distinct values copies only them
        return mask_encoded(bounded_column(messages), rules)
    long = _long_rows(messages)
    if long is None:
        return mask_encoded(messages, rules)
    values, indices = mask_encoded(_nulled(messages, long), rules)
    cut_values, cut_indices = mask_encoded(_cut(pc.filter(messages, long)), rules)
    moved = pc.add(cut_indices, pa.scalar(len(values), cut_indices.type))
    return pa.concat_arrays([values, cut_values]), pc.replace_with_mask(indices, long, moved)


def _nulled(messages: pa.Array, rows: pa.BooleanArray) -> pa.Array:
    """`messages` with `rows` (no nulls among them) null: a new validity bitmap over the same
    offsets and data."""
    keep = pc.and_(pc.is_valid(messages), pc.invert(rows))
    kind = messages.type
    if keep.offset or not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        return pc.if_else(rows, pa.scalar(None, kind), messages)  # the long way: a copy
    width = 8 if pa.types.is_large_string(kind) else 4
    _, offsets, data = messages.buffers()
    offsets = offsets.slice(messages.offset * width, (len(messages) + 1) * width)
    return pa.Array.from_buffers(messages.type, len(messages), [keep.buffers()[1], offsets, data])

"""The miner's shortcuts (a split pattern `re` can scan faster, a shape built without a rewrite
when it needs none, the collector paused while mining) give what the plain definitions give."""

from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from itertools import repeat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.fingerprint import mining
from errctl.fingerprint.mining import MASK, TemplateMiner

# The definitions the shortcuts stand for.
PLAIN_SPLIT = re.compile(r"([ \t\r\n\f\v]+|[=:,;|#\[\](){}]|<(?!\*>)|(?<!<\*)>)")
PLAIN_BLANKS = re.compile(r"[ \t\r\n\f\v]+")

# Every separator, blanks of each kind, the pieces of MASK on their own and MASK itself.
piece = st.sampled_from(
    [
        "a",
        "word",
        "7",
        MASK,
        "<",
        ">",
        "*",
        "<*",
        "*>",
        "<<",
        ">>",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\f",
        "\v",
        " \t ",
        "=",
        ":",
        ",",
        ";",
        "|",
        "#",
        "[",
        "]",
        "(",
        ")",
        "{",
        "}",
        ".",
        "/",
        "-",
        "\x00",
        "é",
    ]
)
text = st.lists(piece, max_size=16).map("".join)


@given(text)
def test_split_equals_the_plain_pattern(message: str):
    assert mining._SPLIT.split(message) == PLAIN_SPLIT.split(message)


@given(st.lists(st.lists(piece, max_size=4).map("".join), max_size=8))
def test_shape_equals_the_plain_rewrite(seps: list[str]):
    assert mining._shape(seps) == PLAIN_BLANKS.sub(" ", "\x00".join(seps))


@pytest.mark.parametrize("enabled", [True, False])
def test_assign_leaves_the_garbage_collector_as_it_found_it(enabled: bool):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        TemplateMiner().assign(["a <*> b", "a <*> c", "x y"])
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            TemplateMiner().assign([None])  # type: ignore[list-item]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


class PlainMiner(TemplateMiner):
    """The clustering step as first written (every column counted by hashing, every key column
    rebuilt, each message's level looked up in a loop): what the shortcuts must equal."""

    def _cluster(self, group):
        columns = list(zip(*(words for _, words, _ in group), strict=True))
        count_columns = []
        for column in columns:
            freq = Counter(column)
            freq.pop(MASK, None)
            count_columns.append(list(map(freq.get, column, repeat(0))))
        levels: dict[tuple[int, ...], int] = {}
        row_levels = []
        for counts in zip(*count_columns, strict=True):
            if counts not in levels:
                levels[counts] = mining._constant_level(counts)
            row_levels.append(levels[counts])
        key_columns = [
            [w if c >= lv else MASK for w, c, lv in zip(column, counts, row_levels, strict=True)]
            for column, counts in zip(columns, count_columns, strict=True)
        ]
        clusters = defaultdict(list)
        for item, key in zip(group, zip(*key_columns, strict=True), strict=True):
            clusters[key].append(item)
        out: list = []
        for key in sorted(clusters):
            self._split_cluster(list(key), clusters[key], out)
        return out


# Messages of a few shapes whose tokens come from small vocabularies, so that clusters, small
# vocabularies, variables, constant columns and columns of masks all occur.
word = st.sampled_from(["a", "b", "c", "d", "e", "f", "g", MASK, "200", "404", "x1"])
sep = st.sampled_from([" ", "  ", "=", ": ", ", ", "\t"])
shape_of = st.lists(sep, min_size=1, max_size=5)


@st.composite
def corpus(draw) -> list[str]:
    shapes = draw(st.lists(shape_of, min_size=1, max_size=3))
    out = []
    for seps in shapes:
        constant = draw(st.lists(word, min_size=len(seps) + 1, max_size=len(seps) + 1))
        for _ in range(draw(st.integers(1, 12))):
            words = [draw(word) if draw(st.booleans()) else c for c in constant]
            out.append(words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True)))
    return out


@settings(max_examples=300)
@given(corpus(), st.lists(st.sampled_from(["a <*> b", "<*> = c", "d: <*>"]), max_size=2))
def test_clustering_equals_the_plain_clustering(messages: list[str], known: list[str]):
    assert TemplateMiner(known).assign(messages) == PlainMiner(known).assign(messages)

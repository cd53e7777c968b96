"""RegistryCopy: the registry rows a file may continue, by path, inode or head hash, found by
index whatever the registry holds, and kept right when a row moves."""

from datetime import datetime

from errctl.models import SourceState
from errctl.store.source_registry import Registered, RegistryCopy

WHEN = datetime(2026, 12, 1, 12, 0)


def row(source_id: int, path: str, dev: int | None, inode: int | None, head: str) -> Registered:
    return Registered(SourceState(source_id, path, dev, inode, 64, head, 0, 0, None), WHEN)


def ids(copy: RegistryCopy, path: str, dev: int | None, inode: int | None, head: str) -> set:
    return {r.state.id for r in copy.matching(path, dev, inode, head)}


def test_a_file_matches_by_path_inode_or_head():
    copy = RegistryCopy(
        None,
        [
            row(1, "/logs/app.log", 8, 100, "h1"),
            row(2, "/logs/app.log.1", 8, 101, "h2"),  # rotated: the inode app.log had before
            row(3, "/backup/app.log", 9, 500, "h1"),  # a copy: same first bytes
            row(4, "/logs/other.log", 8, 102, "h4"),
        ],
    )
    assert ids(copy, "/logs/app.log", 8, 100, "h1") == {1, 3}
    assert ids(copy, "/logs/app.log", 8, 101, "h2") == {1, 2}  # app.log.1 renamed back
    assert ids(copy, "/logs/new.log", 8, 999, "h9") == set()
    assert len(copy) == 4


def test_a_row_put_again_is_found_by_its_new_keys_only():
    copy = RegistryCopy(None, [row(1, "/logs/app.log", 8, 100, "h1")])
    copy.put(row(1, "/logs/app.log.1", 8, 100, "h1"))  # the batch stored it under a new path
    assert ids(copy, "/logs/app.log", 7, 1, "x") == set()
    assert ids(copy, "/logs/app.log.1", 7, 1, "x") == {1}
    assert ids(copy, "/elsewhere", 8, 100, "x") == {1}
    assert len(copy) == 1


def test_sources_without_an_inode_match_each_other_as_they_did():
    # stdin and other streams without a file identity: (None, None) is a key like any other,
    # as the row-by-row comparison it replaced had it.
    copy = RegistryCopy(None, [row(1, "-", None, None, "h1")])
    assert ids(copy, "/x", None, None, "h2") == {1}

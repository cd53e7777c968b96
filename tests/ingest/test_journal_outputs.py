"""One journal as `journalctl` prints it in each of its text outputs (`-o short`, `short-iso`,
`short-iso-precise`, `short-precise`, `short-full`, `short-unix`): every one is syslog's line,
the host, program and pid after a time written its own way, and reads as the same events.
The entries are those a run of sshd, a kernel and a Python worker whose stderr the journal
captured left (the worker's traceback one entry per line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.stored import stored_events

# (microseconds since the epoch, host and tag, message): the entries, in order.
ENTRIES = (
    (1796098536401651, "vm kernel", "Linux version 6.18.44-fc-v595 (gcc (GCC) 15.3.0) #1 SMP"),
    (1796098718059630, "vm sshd[20811]", "Failed password for alice from 10.0.0.7 port 48591"),
    (1796098970135493, "vm billing-worker[1516]", "Traceback (most recent call last):"),
    (1796098970135493, "vm billing-worker[1516]", '  File "/opt/app/worker.py", line 10, in run'),
    (1796098970135493, "vm billing-worker[1516]", "    process(job)"),
    (1796098970135493, "vm billing-worker[1516]", "ValueError: bad payload for job 42"),
    (1796098970210274, "vm backup.sh[1596]", "rsync: connection unexpectedly closed [sender]"),
)


def _times(us: int) -> dict[str, str]:
    """The time of an entry at `us` as each output writes it (the zone: UTC)."""
    from datetime import UTC, datetime

    t = datetime.fromtimestamp(us / 1e6, UTC)
    frac = f"{us % 1_000_000:06d}"
    return {
        "short": t.strftime("%b %d %H:%M:%S"),
        "short-precise": t.strftime("%b %d %H:%M:%S.") + frac,
        "short-iso": t.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "short-iso-precise": t.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "+0000",
        "short-full": t.strftime("%a %Y-%m-%d %H:%M:%S UTC"),
        "short-unix": f"{us // 1_000_000}.{frac}",
    }


def _export(output: str) -> str:
    return "".join(f"{_times(us)[output]} {head}: {msg}\n" for us, head, msg in ENTRIES)


@pytest.mark.parametrize(
    "output",
    ["short", "short-precise", "short-iso", "short-iso-precise", "short-full", "short-unix"],
)
def test_each_text_output_of_journalctl_is_read_as_syslog(tmp_path: Path, output: str):
    # (`-o short` names no year, which is read from when the file was written: left out.)
    rows = stored_events(
        tmp_path,
        _export(output),
        "line, strftime(timestamp, '%m-%d %H:%M:%S'), host, service,"
        " json_extract(attributes, '$.pid'), message, exception_type, format",
    )
    assert [r[:6] for r in rows] == [
        (1, "12-01 04:15:36", "vm", "kernel", None, ENTRIES[0][2]),
        (2, "12-01 04:18:38", "vm", "sshd", "20811", ENTRIES[1][2]),
        (3, "12-01 04:22:50", "vm", "billing-worker", "1516", ENTRIES[5][2]),
        (7, "12-01 04:22:50", "vm", "backup.sh", "1596", ENTRIES[6][2]),
    ]
    assert [r[6] for r in rows] == [None, None, "ValueError", None]
    assert {r[7] for r in rows} == {"syslog"}


@pytest.mark.parametrize("output", ["short-precise", "short-iso-precise", "short-unix"])
def test_the_precise_outputs_keep_the_microseconds(tmp_path: Path, output: str):
    rows = stored_events(tmp_path, _export(output), "strftime(timestamp, '%S.%f')")
    assert [r[0] for r in rows] == ["36.401651", "38.059630", "50.135493", "50.210274"]

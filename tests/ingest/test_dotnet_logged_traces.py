# ruff: noqa: E501
"""A .NET exception as NLog layouts of real programs write it under their record: the *arr
family's (`[vX.Y.Z]` before the exception's first line) and Jackett's (the outer exception's
line as the record's message, its inner exceptions and frames below)."""

from __future__ import annotations

import orjson

from tests.ingest.stored import stored_events

READARR = """\
2024-06-07 06:52:11.3|Info|RefreshAuthorService|Skipping refresh of author: Leigh Moyes
2024-06-07 06:52:12.1|Error|RefreshAuthorService|Couldn't refresh info for Patrick Scalzi

[v0.3.28.2554] NzbDrone.Common.Http.HttpException: HTTP request failed: [521:521] [GET] at [https://api.bookinfo.club/v1/author/9134691]
   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./Readarr.Common/Http/HttpClient.cs:line 119
   at NzbDrone.Core.Books.RefreshAuthorService.GetSkyhookData(Author author) in ./Readarr.Core/Books/Services/RefreshAuthorService.cs:line 92

2024-06-07 06:52:13.0|Info|RssSyncService|Starting RSS Sync
"""

JACKETT = """\
2024-06-07 08:12:55.7299 Info Torznab search in MyAnonamouse => Found 50 releases (from cache) [3ms]
2024-06-07 08:14:26.3940 Error Jackett.Common.IndexerException: Exception (eztv): Error connecting to FlareSolverr server
 ---> FlareSolverrSharp.Exceptions.FlareSolverrException: Error connecting to FlareSolverr server
 ---> System.Net.Sockets.SocketException (111): Connection refused
   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, Boolean async, CancellationToken cancellationToken)
   --- End of inner exception stack trace ---
   at FlareSolverrSharp.Solvers.FlareSolverr.Solve(HttpRequestMessage request, String sessionId)
   --- End of inner exception stack trace ---
   at Jackett.Common.Indexers.BaseWebIndexer.RequestWithCookiesAsync(String url) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 611
2024-06-07 08:14:27.0001 Info Torznab search in eztv => Found 0 releases [12ms]
"""


def test_the_arr_layouts_versioned_exception_is_parsed(tmp_path):
    rows = stored_events(tmp_path, READARR, "line, message, exception_type, stack")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "Skipping refresh of author: Leigh Moyes", None),
        (2, "Couldn't refresh info for Patrick Scalzi", "NzbDrone.Common.Http.HttpException"),
        (8, "Starting RSS Sync", None),
    ]
    (exc,) = orjson.loads(rows[1][3])
    assert [f["function"] for f in exc["frames"]] == ["GetSkyhookData", "ExecuteAsync"]


def test_an_outer_exception_in_the_message_heads_the_chain_below(tmp_path):
    rows = stored_events(tmp_path, JACKETT, "line, exception_type, exception_chain, stack")
    assert [r[0] for r in rows] == [1, 2, 10]
    _, exc_type, chain, stack = rows[1]
    assert exc_type == "Jackett.Common.IndexerException"
    assert [line.split(":")[0] for line in chain.split("\n")] == [
        "Jackett.Common.IndexerException",
        "FlareSolverrSharp.Exceptions.FlareSolverrException",
        "System.Net.Sockets.SocketException",
    ]
    outer, middle, inner = orjson.loads(stack)
    assert [f["function"] for f in outer["frames"]] == ["RequestWithCookiesAsync"]
    assert [f["function"] for f in middle["frames"]] == ["Solve"]
    assert [f["function"] for f in inner["frames"]] == ["ConnectToTcpHostAsync"]


UNITY = """\
2024-06-07T06:16:08 956.100 INF Player connected, entityid=171
2024-06-07T06:16:09 957.933 EXC NullReferenceException: Object reference not set to an instance of an object
  at ServerTools.ZombieKillTracker.ProcessDeath (EntityAlive _entity) [0x00119] in <cc9299304c6a9f19667e6ad3590c8caa>:0
  at EntityAlive.OnEntityDeath () [0x003d2] in <be3a9d4f0c2e4e7f8a1b2c3d4e5f6a7b>:0
2024-06-07T06:16:10 958.001 INF Time: 15.97m FPS: 33.21
"""


def test_unitys_exception_line_names_the_mono_trace_below(tmp_path):
    rows = stored_events(tmp_path, UNITY, "line, level, exception_type, stack")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "info", None),
        (2, "error", "NullReferenceException"),
        (5, "info", None),
    ]
    (exc,) = orjson.loads(rows[1][3])
    assert [f["function"] for f in exc["frames"]] == ["OnEntityDeath", "ProcessDeath"]

#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 169 (devpi, athens, sourcegraph, gitolite, soft-serve) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five servers of packages and code, 06:00 to 12:00 on
2024-06-07 (UTC), each with its own logging layout.

- devpi-server 6.11 (`pypi1-devpi.log`, the primary behind nginx; `pypi2-devpi.log`, a replica
  in the second data centre): Python logging's `%(asctime)s %(levelname)-5.5s %(message)s`
  (`WARNI` for a warning) with devpi's thread tags before the message (`NOCTX`, `[req%d]`,
  `[Wtx%d] fswriter%d:`, `[REP]`, `[IDX]`, `[ASYN]`): the primary's start-up at 06:00 after a
  kernel update (`Loading node info from %s`, `running with role %r`, `Found plugin %s-%s.`,
  `devpi-server version: %s`, `serving at url: %s (might be %s for IPv6)`, `Hit Ctrl-C to
  quit.`), every request's `%s %s` (pip's simple pages and files, uploads, `+api`, `+login`,
  the monitoring's `+status`, the replica's `+changelog` long polls), a file fetched from PyPI
  on a cache miss (`reading remote: %r, target %s`), each write's `committed at %s`, uploads
  indexed by devpi-web (`Committing %s new documents to search index.`); PyPI's CDN failing
  07:40-08:00 (`error %s getting %s`, `serving stale links, because of exception %s` with the
  traceback the exception is formatted into, `serving stale links for %r, getting data timed
  out after %s seconds`, a truncated download's `%s: got %s bytes of %r from remote, expected
  %s` and waitress' `Exception while serving %s` with its traceback), waitress' `Task queue
  depth is %d` under the 10:00 release builds, the primary restarted at 09:15 (the replica's
  `[REP] fetching %s` and `%s %s: failed fetching %s` through nginx's 502s every 5 seconds),
  the replica restarted at 11:10 (`running with role 'replica'`, `?initial_fetch`) and its
  `File download queue size ~ %s`.
- Athens 0.14 (`athens-0.log`, `athens-1.log`: two pods on GKE with `ATHENS_CLOUD_RUNTIME=GCP`,
  logrus' JSON with `severity`, `message` and `timestamp`): `incoming request` with the
  request's fields after every request (the module API, the sum database proxy, the readiness
  probe every 60 s), the errors its `SystemErr` logs with `kind`, `module`, `operation`, `ops`
  and `version` (at info when the kind is expected, Not Found): the `go` command's errors for
  private modules while the GitHub token mounted as `.netrc` has expired 08:10-08:55 (`exit
  status 1: go: module %s: git ls-remote -q origin in %s: exit status 128:\\n\\tfatal: could not
  read Username for 'https://github.com': terminal prompts disabled\\n...` for a list, `%s@%s:
  invalid version: git ls-remote ...` for a version), unknown revisions, `no matching versions
  for query "latest"`, a v2 module without `/v2`, typos in module paths (`remote: Repository not
  found.`), kube-dns failing 10:40-10:51 (`Could not resolve host: github.com`, the sum database
  proxy's `http: proxy error: %v`), GCS answering 503 07:20-07:31 (`googleapi: Error %d: %s,
  %s`, reads of large zips ending in `context deadline exceeded`), Redis (the single-flight
  lock) down 09:05-09:11 (`dial tcp %s: connect: connection refused`), clients giving up
  (`context canceled`), and a rolling restart at 11:30 (`Received signal, shutting down
  server`, `Exporter not specified. Traces won't be exported`, `Starting application at port
  %s`).
- Sourcegraph 5.4 frontend (`sourcegraph-frontend-7c9f6d5b8-4xkqv.log` and `-r8m2n.log`, then
  after the 09:30 rollout `sourcegraph-frontend-5d8b7c6f9-h2wzt.log` and `-p7jsl.log`:
  sourcegraph/log's JSON, `{"SeverityText":"WARN","Timestamp":<unix ns>,
  "InstrumentationScope":"frontend.http","Caller":...,"Function":...,"Body":"slow http
  request","Resource":{...},"Attributes":{...}}`): the HTTP middleware's `slow http request`,
  `unexpected status code %d` and `slow http request, unexpected status code %d`, `slow
  GraphQL request`, `slow unknown GraphQL request` for API scripts, `slow search request`, the
  audit log's `%s (sampling immunity token: %s)` for sign-ins, sign-outs, access tokens created
  and invalid ones (a script with a revoked token every five minutes), the air-gapped
  instance's `updatecheck failed`, `handler panic` with its stack in an attribute, gitserver-1
  restarting 07:30-07:48 (500s and 502s on blob and raw routes), the search load at 08:40, the
  rollout (`✱ Sourcegraph is ready at: %s`) and a database failover at 10:10 under one new pod
  (`failed to start service`, FATAL, twice, before it is ready).
- gitolite 3.6 (`gitolite-2024-06.log`, `~/.gitolite/logs` with `LOG_EXTRA`): gl_log's
  `%Y-%m-%d.%H:%M:%S<TAB>tid<TAB>fields` records: every access's `ssh<TAB>ARGV=%s<TAB>SOC=%s
  <TAB>FROM=%s`, `pre_git` with `R` or `W`, the trace record `<TAB>system,git,shell,-c,%s %s`,
  the update hook's `update` records (`W`, `+` for a forced push) and `END`; Jenkins polling
  four repositories every five minutes, developers' fetches and pushes, a new hire denied
  (`die<TAB>R any %s %s DENIED by fallthru<<newline>>(or you mis-spelled the reponame)`), a
  forced push refused (`die<TAB>+ %s %s %s DENIED by fallthru`), Git LFS clients trying
  `git-lfs-authenticate` (`die<TAB>unknown git/gitolite command: '%s'`), `info` run over ssh,
  wild repositories created (`create`, the POST_CREATE triggers), and two pushes to
  gitolite-admin (the post-update hook's `system,gitolite compile`, `system,gitolite trigger
  POST_COMPILE`, each trigger, ssh-authkeys' `warn` records for a bad key file and a
  duplicated key).
- Soft Serve 0.7 (`soft-serve.log`, the server's stderr with `SOFT_SERVE_DEBUG=true`;
  `hooks.log`, the hooks' log in the data directory: charmbracelet/log's text, `2024-06-07
  06:00:01 DEBU http: request method=GET uri=... addr=...`, a multi-line value under its key
  with `  │ ` before each line): HTTP git traffic from the CI runners and renovate (`request`,
  `authenticated`, `response`), SSH sessions (`user %q connected` / `disconnected`), the cron
  scheduler (`wake`, `run`) and the mirror job, GitHub unreachable 08:20-08:45 (`error running
  git remote update` with git's multi-line error), a CI secret with a stale password
  07:05-07:35 (`failed to authenticate`), clients hanging up (`failed to handle service: %v`),
  the hooks' `pre-receive hook called`, `update hook called`, `post-update hook called`,
  `post-receive hook called` and, while the CI's webhook receiver is down 09:40-10:05, `error
  sending push webhook`, and a restart at 10:30 (`Starting SSH server` and the others, written
  with no level, the scheduler's `start` and `schedule`).

Label notes. The log heads are context: devpi's time, level and thread tags (`[req12]`,
`[Wtx48211] fswriter48212:`, `NOCTX`, `[REP]`), logrus' `severity` and `timestamp` and every
other JSON field beside the message (Athens' `message` alone is the label; its fields
`http-path`, `kind`, `ops` and the rest are attributes), sourcegraph/log's `Body` alone (scope,
caller, function, resource and attributes are context), gitolite's time and transaction id,
charmbracelet/log's time, level and prefix and its `key=value` fields. devpi's request line is
`log.info("%s %s" % (method, path))`: the method is a variable. A value that is a message of
its own contributes its format: the `go` command's error texts inside Athens' messages (with
git's stderr, the `\\n\\t` written as JSON escapes), Sourcegraph's `unexpected status code %d`
built with `fmt.Sprintf`, the error in Soft Serve's `failed to handle service: %v` (`exit status
%d`); a traceback is a value whose own format shows only on its last line, so `serving stale links,
because of exception %s` stays one label (one exception kind). The audit log's action is the
call site's constant (`SignInSucceeded`, `AccessTokenInvalid`) and is wording. gitolite's
fields are joined by tabs in the log and by one space in the labels; its `R`/`W`/`+` access
letters are picked by branch and are wording, repositories, users, refs, hashes and the
client's command are values. charmbracelet/log's message is the label, `Errorf`'s is its format;
an `err=` field is an attribute, even written over several lines under its key.

Least sure (written from the helper's knowledge; devpi's log layout, request, write, replica and
mirror messages, Athens' formatter, `SystemErr` and start-up messages, sourcegraph/log's JSON,
the HTTP middleware's, GraphQL's, search's, update check's and audit log's messages, gitolite's
gl_log, gitolite-shell, ssh-authkeys' warnings, Soft Serve's logging middleware, hooks and
charmbracelet/log's text layout were checked against copies of their sources): devpi's `[IDX]`
tag and its indexer lines, `Using %s for Whoosh index files.`, `File download queue size ~ %s`
and the truncated download's message; Athens' `Starting application at port %s`, `Received
signal, shutting down server`, the `ops` lists, GCS's and Redis' errors and the `go` command's
exact texts; Sourcegraph's scope names, callers, attribute sets and `failed to start service`
under the frontend; whether gitolite's `_die` writes its record once (it may also log again
through `$SIG{__DIE__}`) and the `create` record's access letter; Soft Serve 0.7's mirror job
message, the cron logger's keys and the `failed to authenticate` error text.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted


def ms_comma(t: datetime) -> str:
    """Python logging's asctime: `2024-06-07 06:00:01,123`."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------------ devpi

DV_VERSION = "6.11.0"
DV_PROJECTS = [
    # name, version, wheel suffix, weight
    ("requests", "2.32.3", "py3-none-any.whl", 9),
    ("urllib3", "2.2.1", "py3-none-any.whl", 8),
    ("certifi", "2024.6.2", "py3-none-any.whl", 8),
    ("idna", "3.7", "py3-none-any.whl", 7),
    (
        "charset-normalizer",
        "3.3.2",
        "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        6,
    ),
    ("numpy", "1.26.4", "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", 6),
    ("pandas", "2.2.2", "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", 4),
    ("boto3", "1.34.121", "py3-none-any.whl", 6),
    ("botocore", "1.34.121", "py3-none-any.whl", 6),
    ("s3transfer", "0.10.1", "py3-none-any.whl", 4),
    ("pydantic", "2.7.3", "py3-none-any.whl", 6),
    ("pydantic-core", "2.18.4", "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", 6),
    ("fastapi", "0.111.0", "py3-none-any.whl", 4),
    ("starlette", "0.37.2", "py3-none-any.whl", 4),
    ("uvicorn", "0.30.1", "py3-none-any.whl", 4),
    ("sqlalchemy", "2.0.30", "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", 4),
    ("psycopg2-binary", "2.9.9", "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", 3),
    ("pytest", "8.2.2", "py3-none-any.whl", 7),
    ("pluggy", "1.5.0", "py3-none-any.whl", 6),
    ("packaging", "24.0", "py3-none-any.whl", 7),
    ("setuptools", "70.0.0", "py3-none-any.whl", 5),
    ("wheel", "0.43.0", "py3-none-any.whl", 5),
    ("attrs", "23.2.0", "py3-none-any.whl", 4),
    ("python-dateutil", "2.9.0.post0", "py2.py3-none-any.whl", 4),
    ("jinja2", "3.1.4", "py3-none-any.whl", 3),
    ("markupsafe", "2.1.5", "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", 3),
    ("click", "8.1.7", "py3-none-any.whl", 3),
]
DV_CLIENTS1 = [f"10.1.{a}.{b}" for a, b in [(4, 21), (4, 22), (4, 23), (4, 24), (7, 15), (7, 40)]]


def dv_wheel(proj: str, ver: str, suffix: str) -> str:
    return f"{proj.replace('-', '_')}-{ver}-{suffix}"


def renumber_requests(fs: Files, name: str, starts: list[tuple[datetime, int]]) -> None:
    """devpi numbers a process's requests as it serves them (`[req%d]`, from 0 at each start):
    the simulation's actors are written out of order, so the numbers are given here, in the
    order the file has them; `starts` holds each process start and its first number."""
    recs = fs.files[name]
    order = sorted(recs.items, key=lambda x: (x[0], x[1]))
    mapping: dict[str, str] = {}
    segs = sorted(starts)
    cur = {"seg": -1, "n": 0}
    out = []
    for t, seq, lines, tid in order:
        seg = max(i for i, (st, _n) in enumerate(segs) if st <= t or i == 0)
        if seg != cur["seg"]:
            cur["seg"], cur["n"] = seg, segs[seg][1]
        new_lines = []
        for ln in lines:
            m = re.search(r"\[req(\d+)\]", ln)
            if m:
                key = f"{seg}:{m.group(1)}"
                if key not in mapping:
                    mapping[key] = str(cur["n"])
                    cur["n"] += 1
                ln = ln[: m.start(1)] + mapping[key] + ln[m.end(1) :]
            new_lines.append(ln)
        out.append((t, seq, new_lines, tid))
    recs.items = out


def devpi(r: random.Random) -> list[Log]:
    """A devpi primary (pypi1, behind nginx) and a replica (pypi2), 06:00 to 12:00: the primary
    started at 06:00 after a kernel update, PyPI's CDN failing 07:40-08:00, the release builds'
    burst at 10:00, the primary restarted at 09:15 and the replica at 11:10."""
    fs = Files()
    serial = {"n": 48210}
    reqn = {"pypi1": 0, "pypi2": 18342}
    releases: dict[str, list[tuple[str, datetime]]] = {
        p: [(v, T0 - sec(86400 * 3))] for p, v, *_ in DV_PROJECTS
    }
    for proj, ver, when in [
        ("boto3", "1.34.122", at(7, 21, 40)),
        ("botocore", "1.34.122", at(7, 21, 10)),
        ("s3transfer", "0.10.2", at(7, 30, 5)),
        ("pydantic", "2.7.4", at(7, 39, 50)),
        ("pydantic-core", "2.18.5", at(7, 39, 20)),
        ("requests", "2.32.4", at(7, 41, 0)),
        ("urllib3", "2.2.2", at(7, 38, 30)),
        ("packaging", "24.1", at(7, 42, 10)),
        ("certifi", "2024.6.7", at(7, 12, 0)),
        ("uvicorn", "0.30.2", at(9, 48, 0)),
        ("pytest", "8.2.3", at(10, 44, 0)),
        ("boto3", "1.34.123", at(11, 20, 30)),
        ("botocore", "1.34.123", at(11, 20, 0)),
    ]:
        releases[proj].append((ver, when))
    pyhash: dict[tuple[str, str], str] = {}
    cached: dict[tuple[str, str], bool] = {}
    simple_fresh: dict[str, datetime] = {}
    uuid = {"pypi1": hexid(r, 32), "pypi2": hexid(r, 32)}

    def L(
        host: str,
        t: datetime,
        lvl: str,
        tag: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        head = f"{lvl:<5.5}"
        text = f"{tag} {msg}" if tag else msg
        return fs.add(
            f"{host}-devpi.log",
            t,
            label,
            lambda x: [f"{ms_comma(x)} {head} {text}", *(more or [])],
            host,
            1000,
        )

    def startup(host: str, t: datetime) -> datetime:
        role = "primary" if host == "pypi1" else "replica"
        seq: list[tuple[str, str, str, str]] = [
            (
                "NOCTX",
                "Loading node info from %s",
                "Loading node info from /srv/devpi/.nodeinfo",
                "",
            ),
            ("NOCTX", "wrote nodeinfo to: %s", "wrote nodeinfo to: /srv/devpi/.nodeinfo", ""),
            ("NOCTX", "running with role %r", f"running with role '{role}'", ""),
            ("NOCTX", "Found plugin %s-%s.", "Found plugin devpi-web-4.2.2.", ""),
            ("NOCTX", "Found plugin %s-%s.", "Found plugin devpi-ldap-2.1.1.", ""),
            (
                "NOCTX",
                "Using %s for Whoosh index files.",
                "Using /srv/devpi/.indices for Whoosh index files.",
                "",
            ),
            ("[ASYN]", "Starting asyncio event loop", "Starting asyncio event loop", ""),
            ("NOCTX", "devpi-server version: %s", f"devpi-server version: {DV_VERSION}", ""),
            ("NOCTX", "serverdir: %s", "serverdir: /srv/devpi", ""),
            ("NOCTX", "uuid: %s", f"uuid: {uuid[host]}", ""),
            (
                "NOCTX",
                "serving at url: %s (might be %s for IPv6)",
                "serving at url: http://127.0.0.1:3141 (might be http://[127.0.0.1]:3141 for IPv6)",
                "",
            ),
            ("NOCTX", "using %s threads", "using 50 threads", ""),
            (
                "NOCTX",
                "bug tracker: https://github.com/devpi/devpi/issues",
                "bug tracker: https://github.com/devpi/devpi/issues",
                "",
            ),
            ("NOCTX", "Hit Ctrl-C to quit.", "Hit Ctrl-C to quit.", ""),
        ]
        for i, (tag, label, msg, _) in enumerate(seq):
            t = L(
                host,
                t + sec(r.uniform(0.0005, 0.004) if i not in (5, 6) else r.uniform(0.2, 0.9)),
                "INFO",
                tag,
                label,
                msg,
            )
        return t

    def req(host: str, t: datetime, method: str, path: str) -> tuple[datetime, str]:
        n = reqn[host]
        reqn[host] += 1
        tag = f"[req{n}]"
        return L(host, t, "INFO", tag, "%s %s", f"{method} {path}"), tag

    def commit(host: str, t: datetime, tag: str) -> datetime:
        at_serial = serial["n"]
        serial["n"] += 1
        s = serial["n"]
        pending.append(t)
        return L(
            host,
            t,
            "INFO",
            f"{tag} [Wtx{at_serial}] fswriter{s}:",
            "committed at %s",
            f"committed at {s}",
        )

    pending: list[datetime] = []
    # -- the primary's requests
    cdn_down = (at(7, 40, 12), at(8, 0, 40))
    p1_down = (at(9, 15, 3.4), at(9, 15, 41.0))
    p2_down = (at(11, 10, 2.0), at(11, 10, 19.5))
    startup("pypi1", T0 + sec(2.41))
    startup("pypi1", p1_down[1] - sec(1.2))
    startup("pypi2", p2_down[1] - sec(1.0))

    def stale_tb(proj: str) -> list[str]:
        site = "/srv/devpi/venv/lib/python3.11/site-packages"
        return [
            f'  File "{site}/devpi_server/mirror.py", line 713, in get_simplelinks_perstage',
            "    self.xom.run_coroutine_threadsafe(",
            f'  File "{site}/devpi_server/main.py", line 602, in run_coroutine_threadsafe',
            "    return future.result(timeout=timeout)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            '  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 456, in result',
            "    return self.__get_result()",
            "           ^^^^^^^^^^^^^^^^^^^",
            '  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result',
            "    raise self._exception",
            f'  File "{site}/devpi_server/mirror.py", line 598, in _async_fetch_releaselinks',
            '    raise self.UpstreamError("%s status on GET %r" % (',
            f"devpi_server.model.UpstreamError: 503 status on GET URL('https://pypi.org/simple/{proj}/')",
        ]

    def cdn_fail(
        host: str, t: datetime, tag: str, url: str, relpath: str, h: str, fname: str
    ) -> datetime:
        """A file PyPI's CDN fails to deliver: a 503, or a body cut short."""
        if r.random() < 0.3:
            size = r.randint(4_000_000, 19_000_000)
            got = r.choice([1048576, 2097152, 524288])
            t = L(
                host,
                t + sec(r.uniform(0.4, 3.0)),
                "INFO",
                tag,
                "reading remote: %r, target %s",
                f"reading remote: URL('{url}'), target {relpath}",
            )
            err = f"{relpath}: got {got} bytes of URL('{url}') from remote, expected {size}"
            t = L(
                host,
                t + sec(r.uniform(5, 20)),
                "ERROR",
                tag,
                "%s: got %s bytes of %r from remote, expected %s",
                err,
            )
            site = "/srv/devpi/venv/lib/python3.11/site-packages"
            L(
                host,
                t + sec(0.0011),
                "ERROR",
                "",
                "Exception while serving %s",
                f"Exception while serving /root/pypi/+f/{h[:3]}/{h[3:16]}/{fname}",
                [
                    "Traceback (most recent call last):",
                    f'  File "{site}/waitress/channel.py", line 428, in service',
                    "    task.service()",
                    f'  File "{site}/waitress/task.py", line 168, in service',
                    "    self.execute()",
                    f'  File "{site}/waitress/task.py", line 456, in execute',
                    "    for chunk in app_iter:",
                    f'  File "{site}/devpi_server/filestore.py", line 311, in iter_cache_remote_file',
                    "    yield from file_streamer",
                    f'  File "{site}/devpi_server/filestore.py", line 264, in __iter__',
                    "    raise ValueError(msg)",
                    f"ValueError: {err}",
                ],
            )
        else:
            t = L(
                host,
                t + sec(r.uniform(0.2, 1.2)),
                "ERROR",
                tag,
                "error %s getting %s",
                f"error 503 getting {url}",
            )
        return t

    def pip_install(host: str, t: datetime, index: str) -> None:
        """pip resolving and downloading a few packages through one index."""
        k = r.choice([1, 1, 2, 2, 3])
        picks: list[tuple[str, str, str, int]] = []
        while len(picks) < k:
            p = weighted(r, [(w, x) for x in DV_PROJECTS for w in [x[3]]])
            if p not in picks:
                picks.append(p)  # type: ignore[arg-type]
        for proj, _v0, suffix, _w in picks:
            ver = [v for v, when in releases[proj] if when <= t][-1]
            if (proj, ver) not in pyhash:
                pyhash[(proj, ver)] = hexid(r, 64)
                cached[(proj, ver)] = releases[proj][0][0] == ver and r.random() < 0.92
            t, tag = req(host, t + sec(r.uniform(0.02, 0.4)), "GET", f"/{index}/+simple/{proj}/")
            if host == "pypi1":
                fresh = simple_fresh.get(proj)
                if in_any(t, [cdn_down]) and r.random() < 0.5:
                    if fresh is not None and r.random() < 0.75:
                        t = L(
                            host,
                            t + sec(r.uniform(0.3, 1.5)),
                            "WARNI",
                            tag,
                            "serving stale links, because of exception %s",
                            "serving stale links, because of exception Traceback (most recent call last):",
                            stale_tb(proj),
                        )
                    else:
                        t = L(
                            host,
                            t + sec(30.0 + r.uniform(0.001, 0.02)),
                            "WARNI",
                            tag,
                            "serving stale links for %r, getting data timed out after %s seconds",
                            f"serving stale links for '{proj}', getting data timed out after 30 seconds",
                        )
                    continue
                if fresh is None or (t - fresh).total_seconds() > 1800:
                    simple_fresh[proj] = t
                    if r.random() < 0.35:
                        t = commit(host, t + sec(r.uniform(0.15, 0.9)), tag)
            h = pyhash[(proj, ver)]
            fname = dv_wheel(proj, ver, suffix)
            t, tag = req(
                host,
                t + sec(r.uniform(0.05, 0.6)),
                "GET",
                f"/root/pypi/+f/{h[:3]}/{h[3:16]}/{fname}",
            )
            if host == "pypi1" and not cached[(proj, ver)]:
                url = f"https://files.pythonhosted.org/packages/{h[16:18]}/{h[18:20]}/{h[20:64]}/{fname}"
                relpath = f"root/pypi/+f/{h[:3]}/{h[3:16]}/{fname}"
                if in_any(t, [cdn_down]):
                    retry = r.random() < 0.7
                    for attempt in range(3 if retry else 1):
                        if attempt:
                            t, tag = req(
                                host,
                                t + sec(r.uniform(0.3, 2.5) * attempt),
                                "GET",
                                f"/root/pypi/+f/{h[:3]}/{h[3:16]}/{fname}",
                            )
                        t = cdn_fail(host, t, tag, url, relpath, h, fname)
                    continue
                t = L(
                    host,
                    t + sec(r.uniform(0.05, 0.3)),
                    "INFO",
                    tag,
                    "reading remote: %r, target %s",
                    f"reading remote: URL('{url}'), target {relpath}",
                )
                commit(host, t + sec(r.uniform(0.3, 6.0)), tag)
                cached[(proj, ver)] = True

    # the CI fleets and developers, run in time order (the cache is state); the 10:00 release
    # builds a burst on the primary, waitress' queue filling
    installs: list[tuple[datetime, str, str]] = []
    for host, mean in (("pypi1", 125.0), ("pypi2", 200.0)):
        for t in poisson(r, T0 + sec(40), T_END, mean):
            if host == "pypi1" and in_any(t, [p1_down]):
                continue
            if host == "pypi2" and in_any(t, [p2_down]):
                continue
            idx = weighted(r, [(5, "root/pypi"), (3, "acme/prod"), (1, "acme/dev")])
            installs.append((t, host, str(idx)))
    installs += [(t, "pypi1", "acme/prod") for t in poisson(r, at(10, 0, 5), at(10, 6), 9.0)]
    # the morning merge train's builds while the CDN fails (and their retries)
    installs += [(t, "pypi1", "root/pypi") for t in poisson(r, cdn_down[0], cdn_down[1], 22.0)]
    for t, host, idx in sorted(installs):
        pip_install(host, t, idx)
    for t in [
        at(10, 1, 12.4),
        at(10, 2, 3.9),
        at(10, 2, 48.0),
        at(10, 3, 30.2),
        at(10, 4, 11.7),
        at(10, 5, 2.3),
    ]:
        L(
            "pypi1",
            t,
            "WARNI",
            "",
            "Task queue depth is %d",
            f"Task queue depth is {r.randint(3, 14)}",
        )
    # uploads to acme/dev from CI, indexed by devpi-web
    for t in [
        *poisson(r, T0 + sec(300), T_END, 900.0),
        at(10, 0, 30),
        at(10, 2, 10),
        at(10, 4, 50),
    ]:
        if in_any(t, [p1_down]):
            continue
        t, tag = req("pypi1", t, "POST", "/+login")
        t, tag = req("pypi1", t + sec(r.uniform(0.2, 0.5)), "GET", "/acme/dev/+api")
        for _ in range(r.choice([1, 2])):
            t, tag = req("pypi1", t + sec(r.uniform(0.3, 1.2)), "POST", "/acme/dev/")
            t = commit("pypi1", t + sec(r.uniform(0.2, 2.5)), tag)
        n = r.randint(1, 3)
        t = L(
            "pypi1",
            t + sec(r.uniform(0.5, 2)),
            "INFO",
            "[IDX]",
            "Committing %s new documents to search index.",
            f"Committing {n} new documents to search index.",
        )
        L(
            "pypi1",
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "[IDX]",
            "Finished committing %s documents to search index.",
            f"Finished committing {n} documents to search index.",
        )
        if not in_any(t, [p2_down]):
            q = r.randint(1, 4)
            for k in range(r.choice([1, 1, 2])):
                L(
                    "pypi2",
                    t + sec(11 + 10.5 * k + r.uniform(0, 1)),
                    "INFO",
                    "",
                    "File download queue size ~ %s",
                    f"File download queue size ~ {q}",
                )
                q = max(1, q - r.randint(0, 2))
    # monitoring
    for host in ("pypi1", "pypi2"):
        t = T0 + sec(r.uniform(10, 50))
        while t < T_END:
            if not in_any(t, [p1_down if host == "pypi1" else p2_down]):
                req(host, t, "GET", "/+status")
            t += sec(300 + r.uniform(-0.2, 0.2))
    # replication: the replica's long polls, answered by each write or after 90 s
    commits = sorted(pending)
    t = T0 + sec(r.uniform(6, 9))
    base = "https://pypi1.example.com/+changelog/"
    ci = 0
    initial = False
    while t < T_END:
        if in_any(t, [p2_down]):
            t = p2_down[1] + sec(0.8)
            initial = True
            continue
        while ci < len(commits) and commits[ci] <= t:
            ci += 1
        nxt = 48211 + ci
        url = f"{base}{nxt}-" + ("?initial_fetch" if initial else "")
        if in_any(t, [p1_down]):
            for u in (url, f"{base}{nxt}" + ("?initial_fetch" if initial else "")):
                t = L("pypi2", t, "INFO", "[REP]", "fetching %s", f"fetching {u}")
                t = L(
                    "pypi2",
                    t + sec(r.uniform(0.002, 0.01)),
                    "ERROR",
                    "[REP]",
                    "%s %s: failed fetching %s",
                    f"502 Bad Gateway: failed fetching {u}",
                )
            t += sec(5.0)
            continue
        t = L("pypi2", t, "INFO", "[REP]", "fetching %s", f"fetching {url}")
        req("pypi1", t + sec(r.uniform(0.003, 0.02)), "GET", f"/+changelog/{nxt}-")
        initial = False
        wake = commits[ci] if ci < len(commits) else T_END
        if t < p1_down[0]:
            wake = min(wake, p1_down[0])  # the primary going away ends the long poll
        nt = min(t + sec(90 + r.uniform(0, 0.05)), wake + sec(r.uniform(0.02, 0.2)))
        if t < p2_down[0] <= nt:
            nt = p2_down[1] + sec(0.8)
            initial = True
        t = nt
    renumber_requests(fs, "pypi1-devpi.log", [(T0, 0), (p1_down[1] - sec(1.2), 0)])
    renumber_requests(fs, "pypi2-devpi.log", [(T0, 18342), (p2_down[1] - sec(1.0), 0)])
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- athens

AT_PUBLIC = [
    ("github.com/sirupsen/logrus", "v1.9.3"),
    ("github.com/spf13/cobra", "v1.8.0"),
    ("github.com/spf13/pflag", "v1.0.5"),
    ("golang.org/x/sync", "v0.7.0"),
    ("golang.org/x/net", "v0.26.0"),
    ("golang.org/x/sys", "v0.21.0"),
    ("google.golang.org/grpc", "v1.64.0"),
    ("google.golang.org/protobuf", "v1.34.1"),
    ("github.com/stretchr/testify", "v1.9.0"),
    ("go.uber.org/zap", "v1.27.0"),
    ("github.com/prometheus/client_golang", "v1.19.1"),
    ("github.com/aws/aws-sdk-go-v2", "v1.27.2"),
    ("k8s.io/client-go", "v0.30.1"),
    ("github.com/google/uuid", "v1.6.0"),
    ("gopkg.in/yaml.v3", "v3.0.1"),
    ("github.com/jackc/pgx/v5", "v5.6.0"),
    ("github.com/redis/go-redis/v9", "v9.5.3"),
    ("github.com/BurntSushi/toml", "v1.4.0"),
    ("github.com/go-chi/chi/v5", "v5.0.12"),
]
AT_PRIVATE = [
    ("github.com/acme-corp/billing-sdk", "v1.4.2"),
    ("github.com/acme-corp/platform-kit", "v0.18.3"),
    ("github.com/acme-corp/proto-gen", "v0.9.1"),
    ("github.com/acme-corp/featureflags", "v1.1.0"),
]
AT_TYPOS = [
    "github.com/acme-corp/platfrom-kit",
    "github.com/acme-corp/biling-sdk",
    "github.com/acme-corp/feature-flags",
]
AT_PODS = ["athens-0", "athens-1"]
AT_CLIENTS = [f"10.40.{a}.{b}" for a, b in [(2, 14), (2, 31), (3, 7), (3, 19), (5, 102), (5, 118)]]
GIT_HELP = (
    "\nConfirm the import path was entered correctly.\nIf this is a private repository, see "
    "https://golang.org/doc/faq#git_https for additional information."
)


def escpath(mod: str) -> str:
    """The module proxy protocol's case encoding: `!b` for `B`."""
    return "".join(f"!{c.lower()}" if c.isupper() else c for c in mod)


def athens(r: random.Random) -> list[Log]:
    """Two Athens pods serving a company's Go builds, 06:00 to 12:00: GCS answering 503
    07:20-07:31, the GitHub token behind `.netrc` expired 08:10-08:55 (a new billing-sdk
    release at 08:12 cannot be fetched), Redis down 09:05-09:11, kube-dns failing 10:40-10:51,
    a rolling restart at 11:30."""
    fs = Files()
    vcs = {m: hexid(r, 64) for m, _ in AT_PUBLIC + AT_PRIVATE}
    cached: set[tuple[str, str]] = {(m, v) for m, v in AT_PUBLIC + AT_PRIVATE if r.random() < 0.85}
    gcs_down = (at(7, 20, 4), at(7, 31, 30))
    token_bad = (at(8, 10), at(8, 55, 20))
    redis_down = (at(9, 5, 10), at(9, 11, 40))
    dns_bad = (at(10, 40, 3), at(10, 51, 12))
    restart = {"athens-1": at(11, 30, 5), "athens-0": at(11, 31, 10)}
    down = {p: (restart[p], restart[p] + sec(9.5)) for p in AT_PODS}
    release = at(8, 12, 40)
    bump = at(9, 5, 0)  # renovate's golang.org/x/net bump merged: a version nobody fetched yet

    def J(
        pod: str, t: datetime, sev: str, label: str, msg: str, fields: dict[str, object]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d = dict(fields)
            d["message"] = msg
            d["severity"] = sev
            d["timestamp"] = f"{x:%Y-%m-%dT%H:%M:%SZ}"
            return [json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(f"{pod}.log", t, label, text, pod, 1_000_000)

    def boot(pod: str, t: datetime) -> datetime:
        t = J(
            pod,
            t,
            "info",
            "Exporter not specified. Traces won't be exported",
            "Exporter not specified. Traces won't be exported",
            {},
        )
        return J(
            pod,
            t + sec(0.05),
            "info",
            "Starting application at port %s",
            "Starting application at port :3000",
            {},
        )

    for p in AT_PODS:
        J(
            p,
            down[p][0],
            "info",
            "Received signal, shutting down server",
            "Received signal, shutting down server",
            {"signal": "terminated"},
        )
        boot(p, down[p][1])

    def request(
        pod: str,
        t: datetime,
        method: str,
        path: str,
        status: int,
        err: tuple[str, str, str, dict[str, object]] | None = None,
    ) -> datetime:
        rid = uuid4(r)
        base: dict[str, object] = {"http-method": method, "http-path": path, "request-id": rid}
        if err is not None:
            sev, label, msg, efields = err
            t = J(pod, t, sev, label, msg, {**base, **efields})
            t += sec(r.uniform(0.001, 0.05))
        return J(
            pod, t, "info", "incoming request", "incoming request", {**base, "http-status": status}
        )

    def pod_at(t: datetime) -> str | None:
        live = [p for p in AT_PODS if not in_any(t, [down[p]])]
        return r.choice(live) if live else None

    def efields(op: str, ops: list[str], kind: str, mod: str, ver: str) -> dict[str, object]:
        return {"kind": kind, "module": mod, "operation": op, "ops": ops, "version": ver}

    def cache_dir(mod: str) -> str:
        return f"/tmp/athens/pkg/mod/cache/vcs/{vcs[mod]}"

    def lister_err(mod: str, t: datetime) -> tuple[str, str] | None:
        private = mod.startswith("github.com/acme-corp/")
        if in_any(t, [dns_bad]):
            return (
                "exit status 1: go: module %s: git ls-remote -q origin in %s: exit status 128:\\n\\tfatal: unable to access '%s': Could not resolve host: github.com",
                f"exit status 1: go: module {mod}: git ls-remote -q origin in {cache_dir(mod)}: exit status 128:\n\tfatal: unable to access 'https://{mod}/': Could not resolve host: github.com",
            )
        if mod in AT_TYPOS:
            return (
                "exit status 1: go: module %s: git ls-remote -q origin in %s: exit status 128:\\n\\tremote: Repository not found.\\n\\tfatal: repository '%s' not found",
                f"exit status 1: go: module {mod}: git ls-remote -q origin in {cache_dir(mod)}: exit status 128:\n\tremote: Repository not found.\n\tfatal: repository 'https://{mod}/' not found",
            )
        if private and in_any(t, [token_bad]):
            return (
                "exit status 1: go: module %s: git ls-remote -q origin in %s: exit status 128:\\n\\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\\nConfirm the import path was entered correctly.\\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
                f"exit status 1: go: module {mod}: git ls-remote -q origin in {cache_dir(mod)}: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled{GIT_HELP}",
            )
        return None

    def fetch_err(mod: str, ver: str, t: datetime) -> tuple[str, str] | None:
        private = mod.startswith("github.com/acme-corp/")
        if in_any(t, [dns_bad]):
            return (
                "%s@%s: invalid version: git ls-remote -q origin in %s: exit status 128:\\n\\tfatal: unable to access '%s': Could not resolve host: github.com",
                f"{mod}@{ver}: invalid version: git ls-remote -q origin in {cache_dir(mod)}: exit status 128:\n\tfatal: unable to access 'https://{mod}/': Could not resolve host: github.com",
            )
        if private and in_any(t, [token_bad]):
            return (
                "%s@%s: invalid version: git ls-remote -q origin in %s: exit status 128:\\n\\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\\nConfirm the import path was entered correctly.\\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
                f"{mod}@{ver}: invalid version: git ls-remote -q origin in {cache_dir(mod)}: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled{GIT_HELP}",
            )
        return None

    kinds = {
        ".info": ("download.InfoHandler", "protocol.Info"),
        ".mod": ("download.ModuleHandler", "protocol.GoMod"),
        ".zip": ("download.ZipHandler", "protocol.Zip"),
    }

    def version_file(t: datetime, mod: str, ver: str, ext: str) -> datetime:
        pod = pod_at(t)
        if pod is None:
            return t
        path = f"/{escpath(mod)}/@v/{ver}{ext}"
        hop, pop = kinds[ext]
        if (mod, ver) not in cached:
            e = fetch_err(mod, ver, t)
            if e is not None:
                ops = [hop, pop, "stasher.Stash", "goGetFetcher.Fetch"]
                return request(
                    pod,
                    t + sec(r.uniform(0.8, 3.5)),
                    "GET",
                    path,
                    404,
                    ("info", e[0], e[1], efields(hop, ops, "Not Found", mod, ver)),
                )
            if in_any(t, [redis_down]):
                ops = [hop, pop, "stasher.Stash", "redisLock.Stash"]
                return request(
                    pod,
                    t + sec(r.uniform(0.01, 0.2)),
                    "GET",
                    path,
                    500,
                    (
                        "error",
                        "dial tcp %s: connect: connection refused",
                        "dial tcp 10.12.0.5:6379: connect: connection refused",
                        efields(hop, ops, "Internal Server Error", mod, ver),
                    ),
                )
            cached.add((mod, ver))
            return request(pod, t + sec(r.uniform(1.5, 9.0)), "GET", path, 200)
        if in_any(t, [gcs_down]) and ext == ".zip" and r.random() < 0.4:
            ops = [hop, pop, "storage.gcp.Zip"]
            return request(
                pod,
                t + sec(r.uniform(20, 30)),
                "GET",
                path,
                500,
                (
                    "error",
                    "context deadline exceeded",
                    "context deadline exceeded",
                    efields(hop, ops, "Internal Server Error", mod, ver),
                ),
            )
        if in_any(t, [gcs_down]) and r.random() < 0.6:
            ops = [
                hop,
                pop,
                "storage.gcp.Info"
                if ext == ".info"
                else ("storage.gcp.GoMod" if ext == ".mod" else "storage.gcp.Zip"),
            ]
            return request(
                pod,
                t + sec(r.uniform(0.2, 1.5)),
                "GET",
                path,
                500,
                (
                    "error",
                    "googleapi: Error %d: %s, %s",
                    "googleapi: Error 503: We encountered an internal error. Please try again., backendError",
                    efields(hop, ops, "Internal Server Error", mod, ver),
                ),
            )
        if ext == ".zip" and r.random() < 0.012:
            ops = [hop, pop, "storage.gcp.Zip"]
            return request(
                pod,
                t + sec(r.uniform(2, 20)),
                "GET",
                path,
                500,
                (
                    "error",
                    "context canceled",
                    "context canceled",
                    efields(hop, ops, "Internal Server Error", mod, ver),
                ),
            )
        return request(pod, t + sec(r.uniform(0.02, 0.4)), "GET", path, 200)

    def listing(t: datetime, mod: str, latest: bool = False) -> datetime:
        pod = pod_at(t)
        if pod is None:
            return t
        path = f"/{escpath(mod)}/@latest" if latest else f"/{escpath(mod)}/@v/list"
        hop = "download.LatestHandler" if latest else "download.ListHandler"
        ops = [hop, "protocol.Latest" if latest else "protocol.List", "vcsLister.List"]
        e = lister_err(mod, t)
        if e is not None:
            return request(
                pod,
                t + sec(r.uniform(0.6, 2.5)),
                "GET",
                path,
                404,
                ("info", e[0], e[1], efields(hop, ops, "Not Found", mod, "")),
            )
        return request(pod, t + sec(r.uniform(0.4, 2.2)), "GET", path, 200)

    def build(t: datetime) -> None:
        """A CI build's `go mod download`: each module's .mod, the needed ones' .zip."""
        mods = r.sample(AT_PUBLIC, r.randint(2, 6)) + r.sample(AT_PRIVATE, r.randint(0, 2))
        if t >= release and r.random() < 0.7:
            mods.append(("github.com/acme-corp/billing-sdk", "v1.5.0"))
        if t >= bump and r.random() < 0.5:
            mods.append(("golang.org/x/net", "v0.27.0"))
        for mod, ver in mods:
            t = version_file(t + sec(r.uniform(0.01, 0.3)), mod, ver, ".mod")
            if r.random() < 0.55:
                t = version_file(t + sec(r.uniform(0.01, 0.3)), mod, ver, ".zip")

    def developer(t: datetime) -> None:
        """`go get -u` / `go list -m -u all` on a laptop."""
        what = weighted(
            r,
            [
                (5, "list"),
                (2, "latest"),
                (2, "info"),
                (1, "probe"),
                (0.5, "branch"),
                (0.3, "v2"),
                (0.4, "typo"),
            ],
        )
        mod, ver = r.choice(AT_PUBLIC + AT_PRIVATE)
        if what == "typo":
            typo = r.choice(AT_TYPOS)
            vcs.setdefault(typo, hexid(r, 64))
            t = listing(t, typo, latest=r.random() < 0.5)
        elif what == "list":
            for mod, _v in r.sample(AT_PUBLIC + AT_PRIVATE, r.randint(1, 4)):
                t = listing(t + sec(r.uniform(0.01, 0.2)), mod)
        elif what == "latest":
            t = listing(t, mod, latest=True)
        elif what == "info":
            version_file(t, mod, ver, ".info")
        elif what == "probe":
            mod = r.choice(
                ["github.com/acme-corp/platform-kit", "github.com/acme-corp/billing-sdk"]
            )
            sub = r.choice(["grpcx", "httpx/middleware", "internal/testutil", "retry"])
            pod = pod_at(t)
            if pod is None:
                return
            full = f"{mod}/{sub}"
            vcs.setdefault(full, vcs[mod])
            e = lister_err(full, t)
            hop = "download.LatestHandler"
            ops = [hop, "protocol.Latest", "vcsLister.List"]
            if e is None:
                e = (
                    'exit status 1: go: module %s: no matching versions for query "latest"',
                    f'exit status 1: go: module {full}: no matching versions for query "latest"',
                )
            t = request(
                pod,
                t + sec(r.uniform(0.6, 2.5)),
                "GET",
                f"/{escpath(full)}/@latest",
                404,
                ("info", e[0], e[1], efields(hop, ops, "Not Found", full, "")),
            )
            listing(t + sec(r.uniform(0.01, 0.1)), mod, latest=True)
        elif what == "branch":
            pod = pod_at(t)
            if pod is None:
                return
            mod = "github.com/acme-corp/platform-kit"
            br = r.choice(["feature-retry", "fix-otel-exporter", "main-v2"])
            hop, pop = kinds[".info"]
            ops = [hop, pop, "stasher.Stash", "goGetFetcher.Fetch"]
            e = fetch_err(mod, br, t) or (
                "%s@%s: invalid version: unknown revision %s",
                f"{mod}@{br}: invalid version: unknown revision {br}",
            )
            request(
                pod,
                t + sec(r.uniform(0.8, 3.0)),
                "GET",
                f"/{mod}/@v/{br}.info",
                404,
                ("info", e[0], e[1], efields(hop, ops, "Not Found", mod, br)),
            )
        else:
            pod = pod_at(t)
            if pod is None:
                return
            mod, ver = "github.com/acme-corp/authz", r.choice(["v2.3.0", "v2.2.1"])
            vcs.setdefault(mod, hexid(r, 64))
            hop, pop = kinds[".info"]
            ops = [hop, pop, "stasher.Stash", "goGetFetcher.Fetch"]
            e = fetch_err(mod, ver, t) or (
                "%s@%s: invalid version: module contains a go.mod file, so module path must match major version (%q)",
                f'{mod}@{ver}: invalid version: module contains a go.mod file, so module path must match major version ("{mod}/v2")',
            )
            request(
                pod,
                t + sec(r.uniform(0.8, 3.0)),
                "GET",
                f"/{mod}/@v/{ver}.info",
                404,
                ("info", e[0], e[1], efields(hop, ops, "Not Found", mod, ver)),
            )

    def sumdb(t: datetime) -> None:
        pod = pod_at(t)
        if pod is None:
            return
        mod, ver = r.choice(AT_PUBLIC)
        paths = [
            "/sumdb/sum.golang.org/supported",
            f"/sumdb/sum.golang.org/lookup/{escpath(mod)}@{ver}",
        ]
        paths += [
            f"/sumdb/sum.golang.org/tile/8/{lvl}/{f'x{r.randint(100, 120):03d}/{r.randint(0, 999):03d}' if lvl == 0 else f'{r.randint(0, 470):03d}'}"
            for lvl in (0, 1)
        ]
        for p in paths:
            if "lookup" in p and r.random() < 0.08:
                t = J(
                    pod,
                    t + sec(r.uniform(1, 8)),
                    "error",
                    "http: proxy error: context canceled",
                    "http: proxy error: context canceled",
                    {},
                )
                t = request(pod, t + sec(0.002), "GET", p, 502)
                break
            if in_any(t, [dns_bad]) and "supported" not in p:
                t = J(
                    pod,
                    t + sec(r.uniform(0.01, 0.05)),
                    "error",
                    "http: proxy error: dial tcp: lookup %s on %s: no such host",
                    "http: proxy error: dial tcp: lookup sum.golang.org on 10.96.0.10:53: no such host",
                    {},
                )
                t = request(pod, t + sec(0.002), "GET", p, 502)
                break
            t = request(pod, t + sec(r.uniform(0.03, 0.3)), "GET", p, 200)

    # the clients, run in time order (the cache is state)
    work: list[tuple[datetime, object]] = []
    work += [(t, build) for t in poisson(r, T0 + sec(20), T_END, 205.0)]
    work += [(t, developer) for t in poisson(r, T0 + sec(30), T_END, 150.0)]
    work += [(t, sumdb) for t in poisson(r, T0 + sec(60), T_END, 300.0)]
    # the token failing: every build in the window wants billing-sdk's new release, and the
    # developers re-run theirs
    work += [(t, developer) for t in poisson(r, token_bad[0], token_bad[1], 240.0)]
    work += [(t, build) for t in poisson(r, release, token_bad[1], 150.0)]
    # developers re-running `go mod tidy` while kube-dns fails
    work += [(t, developer) for t in poisson(r, dns_bad[0], dns_bad[1], 80.0)]
    work += [(t, sumdb) for t in poisson(r, dns_bad[0], dns_bad[1], 150.0)]
    # the bump's first builds fail while Redis is down, and are re-run
    work += [(t, build) for t in poisson(r, bump, redis_down[1], 75.0)]
    for t, fn in sorted(work, key=lambda x: x[0]):
        fn(t)  # type: ignore[operator]
    # readiness probes
    for p in AT_PODS:
        t = T0 + sec(r.uniform(1, 59))
        while t < T_END:
            if not in_any(t, [(down[p][0] - sec(1), down[p][1] + sec(2))]):
                request(p, t, "GET", "/readyz", 200)
            t += sec(60 + r.uniform(-0.01, 0.01))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ sourcegraph

SG_VERSION = "5.4.5099"
SG_OLD = ["sourcegraph-frontend-7c9f6d5b8-4xkqv", "sourcegraph-frontend-7c9f6d5b8-r8m2n"]
SG_NEW = ["sourcegraph-frontend-5d8b7c6f9-h2wzt", "sourcegraph-frontend-5d8b7c6f9-p7jsl"]
SG_REPOS = [
    "github.com/acme-corp/monorepo",
    "github.com/acme-corp/payments-service",
    "github.com/acme-corp/web-app",
    "github.com/acme-corp/infra-terraform",
    "github.com/acme-corp/mobile-ios",
    "gitlab.acme.internal/data/pipelines",
    "gitlab.acme.internal/platform/helm-charts",
]
SG_FILES = [
    "services/billing/invoice.go",
    "services/billing/internal/tax/rates.go",
    "src/components/Checkout/CheckoutForm.tsx",
    "modules/eks/main.tf",
    "pkg/auth/middleware.go",
    "README.md",
    "api/openapi.yaml",
    "Sources/App/AppDelegate.swift",
]
SG_QUERIES = [
    "repo:^github\\.com/acme-corp/monorepo$ InvoiceLineItem",
    "context:global lang:go ctx.Done() count:all",
    "repo:acme-corp/ file:\\.tf$ aws_iam_role",
    'context:global "FEATURE_FLAG_CHECKOUT_V2"',
    "type:symbol RetryPolicy",
    "repo:payments-service patterntype:regexp func \\(s \\*Server\\) Handle\\w+",
    "context:global select:repo file:Dockerfile FROM node:16",
]
SG_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]


def sourcegraph(r: random.Random) -> list[Log]:
    """Two Sourcegraph frontend pods behind an ingress, 06:00 to 12:00, replaced by two new ones
    in a rollout at 09:30: gitserver-1 restarting 07:30-07:48 (blob, raw and GraphQL file
    requests failing with 500 and 502), heavy searches at 08:40, a Postgres failover at 10:10
    under one new pod (FATAL twice before it is ready), an API script with a revoked token every
    five minutes, the air-gapped instance's update check failing."""
    fs = Files()
    names = [
        "adriana",
        "bjorn",
        "chen",
        "dmitri",
        "esther",
        "farid",
        "greta",
        "hiro",
        "ines",
        "jakub",
        "kofi",
        "lena",
        "mateo",
        "noor",
        "oskar",
        "priya",
    ]
    names += [
        "quentin",
        "rosa",
        "sven",
        "tamar",
        "uma",
        "viktor",
        "wen",
        "ximena",
        "yusuf",
        "zofia",
        "anouk",
        "bogdan",
        "carmen",
        "dev",
        "elif",
        "fynn",
        "gita",
        "hamid",
        "ilse",
        "joon",
    ]
    users = {u: 100 + 3 * i for i, u in enumerate(names)}
    gs_down = (at(7, 30, 20), at(7, 48, 5))
    search_load = (at(8, 38), at(8, 52))
    roll = at(9, 30, 10)
    db_fail = (at(10, 10, 2), at(10, 10, 30))
    start_new = {SG_NEW[0]: roll + sec(4.2), SG_NEW[1]: roll + sec(46.8)}
    end_old = {SG_OLD[0]: roll + sec(52.0), SG_OLD[1]: roll + sec(10.1)}
    crash_pod = SG_NEW[1]

    def E(
        pod: str,
        t: datetime,
        sev: str,
        scope: str,
        caller: str,
        func: str,
        label: str,
        body: str,
        attrs: dict[str, object],
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ns = int(x.timestamp()) * 1_000_000_000 + x.microsecond * 1000 + r.randint(0, 999)
            d = {
                "SeverityText": sev,
                "Timestamp": ns,
                "InstrumentationScope": scope,
                "Caller": caller,
                "Function": func,
                "Body": body,
                "Resource": {
                    "service.name": "frontend",
                    "service.version": SG_VERSION,
                    "service.instance.id": pod,
                },
                "Attributes": attrs,
            }
            return [json.dumps(d, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(f"{pod}.log", t, label, text, pod, 1)

    def live(t: datetime) -> list[str]:
        pods = [p for p in SG_OLD if t < end_old[p]]
        for p in SG_NEW:
            if t >= start_new[p] + sec(14) and not (
                p == crash_pod and in_any(t, [(db_fail[0], db_fail[1] + sec(25))])
            ):
                pods.append(p)
        return pods

    def ready(pod: str, t: datetime) -> datetime:
        return E(
            pod,
            t,
            "INFO",
            "frontend",
            "cli/serve_cmd.go:318",
            "github.com/sourcegraph/sourcegraph/cmd/frontend/internal/cli.Main",
            "✱ Sourcegraph is ready at: %s",
            "✱ Sourcegraph is ready at: https://sourcegraph.acme.com",
            {},
        )

    for p in SG_NEW:
        if p != crash_pod:
            ready(p, start_new[p] + sec(r.uniform(11, 14)))
    ready(crash_pod, start_new[crash_pod] + sec(12.7))
    # the crashing pod: the database fails over under it, it exits and is restarted
    t = db_fail[0] + sec(3.1)
    for backoff in (0, 10, 20, 40, 80):
        if backoff:
            t += sec(backoff + r.uniform(1.5, 3))
        if t < db_fail[1]:
            err = "failed to connect to frontend database: failed to connect to `host=pgsql user=sg database=sg`: dial error (dial tcp 10.0.12.7:5432: connect: connection refused)"
            E(
                crash_pod,
                t,
                "FATAL",
                "frontend",
                "svcmain/svcmain.go:183",
                "github.com/sourcegraph/sourcegraph/internal/service/svcmain.run.func1",
                "failed to start service",
                "failed to start service",
                {"service": "frontend", "error": err},
            )
        else:
            ready(crash_pod, t + sec(12.3))
            break

    def xff(ip: str) -> str:
        return f"{ip}, 10.0.0.5"

    def client_ip() -> str:
        return f"10.20.{r.randint(1, 9)}.{r.randint(10, 250)}"

    def http_log(
        t: datetime,
        route: str,
        method: str,
        url: str,
        code: int,
        dur: float,
        user: int | None,
        err: str | None = None,
    ) -> None:
        pods = live(t)
        if not pods:
            return
        pod = r.choice(pods)
        attrs: dict[str, object] = {
            "route_name": route,
            "method": method,
            "url": url if len(url) <= 100 else f"{url[:100]}...({len(url) - 100} more)",
            "code": code,
            "duration": f"{dur:.9f}".rstrip("0") + "s",
            "shouldTrace": False,
            "x_forwarded_for": xff(client_ip()),
        }
        if user:
            attrs["user"] = user
        slow = dur >= 2.0
        bad = code >= 500
        if slow and bad:
            label, body = (
                "slow http request, unexpected status code %d",
                f"slow http request, unexpected status code {code}",
            )
        elif bad:
            label, body = "unexpected status code %d", f"unexpected status code {code}"
        else:
            label, body = "slow http request", "slow http request"
        sev = "WARN" if (slow and not bad) else "ERROR"
        if err is not None:
            attrs["error"] = err
        E(
            pod,
            t,
            sev,
            "frontend.http",
            "trace/httptrace.go:198",
            "github.com/sourcegraph/sourcegraph/internal/trace.HTTPMiddleware.func1",
            label,
            body,
            attrs,
        )

    def blob_request(t: datetime, user: int) -> None:
        repo, path = r.choice(SG_REPOS), r.choice(SG_FILES)
        kind = weighted(r, [(4, "graphql"), (2, "blob"), (1, "raw"), (1, "blame")])
        if kind == "graphql":
            name = r.choice(["Blob", "HighlightedFile", "FileNames", "TreeEntries"])
            route, method, url = f"graphql: {name}", "POST", f"/.api/graphql?{name}"
        elif kind == "blob":
            route, method, url = "repo.blob", "GET", f"/{repo}/-/blob/{path}"
        elif kind == "raw":
            route, method, url = "raw", "GET", f"/{repo}/-/raw/{path}"
        else:
            route, method, url = "repo.blame", "GET", f"/.api/blame/{repo}/stream/{path}"
        down = in_any(t, [gs_down]) and repo in SG_REPOS[:4]
        if down:
            code = r.choice([500, 500, 502])
            dur = r.choice([r.uniform(0.02, 0.4), r.uniform(2.0, 30.0)])
            err = (
                'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.14.21:3178: connect: connection refused"'
                if code == 500
                else None
            )
            http_log(t, route, method, url, code, dur, user, err)
        elif r.random() < 0.6:
            http_log(t, route, method, url, 200, r.uniform(2.0, 9.0), user)

    def graphql_slow(t: datetime, user: int) -> None:
        pods = live(t)
        if not pods:
            return
        name = r.choice(
            [
                "Blob",
                "HighlightedFile",
                "RepositoryComparisonDiff",
                "TreeEntries",
                "RepoGitCommits",
                "FileExternalLinks",
            ]
        )
        repo = r.choice(SG_REPOS)
        variables = json.dumps(
            {"repoName": repo, "revision": "", "filePath": r.choice(SG_FILES)},
            separators=(",", ":"),
        )
        dur = r.uniform(5.0, 26.0)
        E(
            r.choice(pods),
            t,
            "WARN",
            "frontend.GraphQL",
            "graphqlbackend/graphqlbackend.go:131",
            "github.com/sourcegraph/sourcegraph/cmd/frontend/graphqlbackend.(*requestTracer).TraceQuery.func1",
            "slow GraphQL request",
            "slow GraphQL request",
            {
                "duration": f"{dur:.9f}".rstrip("0") + "s",
                "user_id": user,
                "request_name": name,
                "source": "browser",
                "variables": variables,
            },
        )

    def script_graphql(t: datetime) -> None:
        pods = live(t)
        if not pods:
            return
        pod = r.choice(pods)
        dur = r.uniform(5.0, 18.0)
        q = "query { repositories(first: 1000) { nodes { name externalURLs { url } } } }"
        d = {
            "duration": f"{dur:.9f}".rstrip("0") + "s",
            "user_id": users["oskar"],
            "request_name": "unknown",
            "source": "other",
            "variables": "null",
        }
        t = E(
            pod,
            t,
            "WARN",
            "frontend.GraphQL",
            "graphqlbackend/graphqlbackend.go:131",
            "github.com/sourcegraph/sourcegraph/cmd/frontend/graphqlbackend.(*requestTracer).TraceQuery.func1",
            "slow GraphQL request",
            "slow GraphQL request",
            d,
        )
        E(
            pod,
            t + sec(0.00004),
            "INFO",
            "frontend.GraphQL",
            "graphqlbackend/graphqlbackend.go:141",
            "github.com/sourcegraph/sourcegraph/cmd/frontend/graphqlbackend.(*requestTracer).TraceQuery.func1",
            "slow unknown GraphQL request",
            "slow unknown GraphQL request",
            {
                "duration": d["duration"],
                "user_id": users["oskar"],
                "errors": [],
                "query": q,
                "source": "other",
                "variables": "null",
            },
        )

    def search_slow(t: datetime, user: int) -> None:
        pods = live(t)
        if not pods:
            return
        q = r.choice(SG_QUERIES)
        status = (
            "success"
            if not in_any(t, [search_load])
            else r.choice(["success", "partial_timeout", "timeout"])
        )
        dur = r.uniform(5000, 14000) if not in_any(t, [search_load]) else r.uniform(12000, 60000)
        attrs: dict[str, object] = {
            "query": q,
            "type": r.choice(["Search", "StreamSearch"]),
            "source": "browser",
            "status": status,
            "alertType": "",
            "durationMs": int(dur),
            "resultSize": r.choice([0, 3, 17, 42, 120, 500, 1500]),
        }
        if status == "timeout":
            attrs["error"] = "context deadline exceeded"
        E(
            r.choice(pods),
            t,
            "WARN",
            "frontend.search",
            "jobutil/log_job.go:94",
            "github.com/sourcegraph/sourcegraph/internal/search/job/jobutil.(*LogJob).logEvent",
            "slow search request",
            "slow search request",
            attrs,
        )
        if in_any(t, [search_load]) and r.random() < 0.5:
            http_log(
                t + sec(0.001),
                "search.stream",
                "GET",
                f"/.api/search/stream?q={q.replace(' ', '+')}&v=V3&t=keyword&sm=0&display=1500&cm=t",
                200,
                dur / 1000,
                user,
            )

    def audit(t: datetime, action: str, uid: str, ip: str, ua: str, argument: object) -> None:
        pods = live(t)
        if not pods:
            return
        aid = uuid4(r)
        attrs = {
            "audit": {
                "auditId": aid,
                "action": action,
                "entity": "security events",
                "actor": {"actorUID": uid, "ip": ip, "userAgent": ua, "X-Forwarded-For": xff(ip)},
            },
            "event": {
                "URL": "",
                "source": "BACKEND",
                "argument": json.dumps(argument, separators=(",", ":")),
                "version": SG_VERSION,
                "timestamp": f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}{r.randint(0, 999):03d} +0000 UTC",
            },
        }
        E(
            r.choice(pods),
            t,
            "INFO",
            "frontend.SecurityEvents",
            "audit/audit.go:57",
            "github.com/sourcegraph/sourcegraph/internal/audit.Log",
            f"{action} (sampling immunity token: %s)",
            f"{action} (sampling immunity token: {aid})",
            attrs,
        )

    def updatecheck(t: datetime) -> None:
        pods = live(t)
        for pod in pods:
            if r.random() < 0.5 or len(pods) == 1:
                E(
                    pod,
                    t + sec(r.uniform(0, 300)),
                    "ERROR",
                    "frontend.updatecheck",
                    "updatecheck/client.go:790",
                    "github.com/sourcegraph/sourcegraph/internal/updatecheck.check",
                    "updatecheck failed",
                    "updatecheck failed",
                    {
                        "error": 'Post "https://pings.sourcegraph.com/updates": dial tcp: lookup pings.sourcegraph.com on 10.96.0.10:53: no such host'
                    },
                )

    # the working day: sign-ins in the morning, code browsing, searches
    uid_ip = {u: client_ip() for u in users}
    uid_ua = {u: r.choice(SG_UAS) for u in users}
    for u, uid in users.items():
        t = T0 + sec(r.uniform(300, 3.2 * 3600))
        if r.random() < 0.12:
            audit(
                t - sec(r.uniform(5, 20)),
                "SignInFailed",
                "0",
                uid_ip[u],
                uid_ua[u],
                {"reason": "openidconnect: state mismatch"},
            )
        audit(t, "SignInSucceeded", str(uid), uid_ip[u], uid_ua[u], {"provider": "openidconnect"})
        if r.random() < 0.25:
            audit(
                t + sec(r.uniform(3600, 7000)),
                "SignOutSucceeded",
                str(uid),
                uid_ip[u],
                uid_ua[u],
                None,
            )
            audit(
                t + sec(r.uniform(7100, 9000)),
                "SignInSucceeded",
                str(uid),
                uid_ip[u],
                uid_ua[u],
                {"provider": "openidconnect"},
            )
    for u in ["kofi", "priya", "oskar"]:
        audit(
            T0 + sec(r.uniform(4000, 18000)),
            "AccessTokenCreated",
            str(users[u]),
            uid_ip[u],
            uid_ua[u],
            {"scopes": ["user:all"], "note": "src-cli"},
        )
    t = at(6, 3, 17.0)
    while t < at(11, 5):
        audit(
            t + sec(r.uniform(0, 2)),
            "AccessTokenInvalid",
            "unknown",
            "10.30.2.44",
            "src-cli/5.4.0 linux amd64",
            {"reason": "access token not found"},
        )
        t += sec(300)
    for t in poisson(r, T0, T_END, 11.0):
        hour = (t - T0).total_seconds() / 3600
        if r.random() < 0.35 and hour < 1.0:
            continue
        blob_request(t, r.choice(list(users.values())))
    for t in poisson(r, gs_down[0], gs_down[1], 4.0):
        blob_request(t, r.choice(list(users.values())))
    for t in poisson(r, T0 + sec(100), T_END, 75.0):
        graphql_slow(t, r.choice(list(users.values())))
    for t in poisson(r, T0 + sec(100), T_END, 140.0):
        search_slow(t, r.choice(list(users.values())))
    for t in poisson(r, search_load[0], search_load[1], 9.0):
        search_slow(t, r.choice(list(users.values())))
    for t in poisson(r, at(7, 0), at(11, 0), 1500.0):
        script_graphql(t)
    t = T0 + sec(r.uniform(120, 900))
    while t < T_END:
        updatecheck(t)
        t += sec(1800 + r.uniform(0, 600))
    # two handler panics in the blame stream for a file with a broken encoding
    for t in [at(8, 17, 42.3), at(11, 2, 9.8)]:
        pods = live(t)
        pod = r.choice(pods)
        gid = r.randint(180000, 420000)
        stack = (
            f"goroutine {gid} [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e\n"
            "github.com/sourcegraph/sourcegraph/internal/trace.loggingRecoverer.func1.1()\n\tinternal/trace/httptrace.go:262 +0x1b4\n"
            "panic({0x4f1c2e0?, 0x9a4d6f0?})\n\t/usr/local/go/src/runtime/panic.go:770 +0x132\n"
            "github.com/sourcegraph/sourcegraph/cmd/frontend/internal/httpapi.handleStreamBlame.func1({0x6b7d9e8, 0xc01b2e4f00}, 0xc0042a7d40)\n\tcmd/frontend/internal/httpapi/stream_blame.go:142 +0x8a6\n"
            "net/http.HandlerFunc.ServeHTTP(0xc00a3f1e60?, {0x6b7d9e8?, 0xc01b2e4f00?}, 0xc0042a7d40?)\n\t/usr/local/go/src/net/http/server.go:2166 +0x29\n"
        )
        E(
            pod,
            t,
            "ERROR",
            "frontend.http",
            "trace/httptrace.go:262",
            "github.com/sourcegraph/sourcegraph/internal/trace.loggingRecoverer.func1.1",
            "handler panic",
            "handler panic",
            {
                "error": "handler panic: runtime error: invalid memory address or nil pointer dereference",
                "stacktrace": stack,
            },
        )
        http_log(
            t + sec(0.0002),
            "repo.blame",
            "GET",
            f"/.api/blame/{SG_REPOS[2]}/stream/{SG_FILES[2]}",
            500,
            r.uniform(0.05, 0.3),
            users["chen"],
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- gitolite

GL_REPOS = [
    "apps/billing",
    "apps/web-frontend",
    "apps/mobile-api",
    "infra/terraform",
    "infra/ansible",
    "libs/common-py",
    "tools/deploy-scripts",
    "docs/handbook",
]
GL_DEVS = {
    "alice": "10.8.3.21",
    "bob": "10.8.3.34",
    "carol": "10.8.4.12",
    "dave": "10.8.4.57",
    "erin": "10.8.5.9",
    "grace": "10.8.5.77",
}
GL_TRIG = "/usr/share/gitolite3/triggers/post-compile"


def gitolite(r: random.Random) -> list[Log]:
    """One gitolite server, 06:00 to 12:00: Jenkins polling four repositories every five
    minutes and pushing release tags, developers fetching and pushing, a new hire (heidi) denied
    until the admin adds her to @devs at 09:05 (with a contractor's key file of two lines, fixed
    at 09:12 by a copy of a key already there),
    a contractor without write access, a forced push to main refused, Git LFS clients probing
    `git-lfs-authenticate`, `info`, two wild repositories created."""
    fs = Files()
    ops: list[tuple[datetime, str, dict[str, object]]] = []
    heidi_ok = at(9, 5, 30)

    def refex(user: str, repo: str) -> str:
        if repo == "gitolite-admin":
            return "refs/.*"
        if user == "jenkins":
            return "refs/tags/"
        if user == "deploybot" or repo.startswith("docs/") or repo.startswith("sandbox/"):
            return "refs/.*"
        return "refs/heads/dev/"

    def add(t: datetime, kind: str, **kw: object) -> None:
        ops.append((t, kind, kw))

    # Jenkins' SCM polling and the builds it starts
    for repo in ["apps/billing", "apps/web-frontend", "apps/mobile-api", "infra/terraform"]:
        t = T0 + sec(r.uniform(5, 290))
        while t < T_END:
            add(t, "fetch", user="jenkins", ip="10.2.0.15", repo=repo)
            if r.random() < 0.12:
                add(t + sec(r.uniform(20, 40)), "fetch", user="jenkins", ip="10.2.0.16", repo=repo)
                if repo != "infra/terraform" and r.random() < 0.4:
                    add(
                        t + sec(r.uniform(300, 600)),
                        "push",
                        user="jenkins",
                        ip="10.2.0.16",
                        repo=repo,
                        refs=[f"refs/tags/v{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"],
                        new=True,
                    )
            t += sec(300 + r.uniform(-0.5, 0.5))
    # deploybot pulls the deploy scripts every ten minutes
    t = T0 + sec(r.uniform(10, 100))
    while t < T_END:
        add(t, "fetch", user="deploybot", ip="10.2.1.40", repo="tools/deploy-scripts")
        t += sec(600 + r.uniform(-1, 1))
    # developers
    for user, ip in GL_DEVS.items():
        for t in poisson(r, T0 + sec(r.uniform(600, 3600)), T_END, r.uniform(700, 1300)):
            repo = r.choice(GL_REPOS)
            lfs = repo == "apps/web-frontend" and user in ("alice", "erin")
            if weighted(r, [(3, "fetch"), (1.2, "push"), (0.15, "info")]) == "push":
                if lfs:
                    add(t - sec(1.2), "lfs", user=user, ip=ip, repo=repo, op="upload")
                branch = f"refs/heads/dev/{user}-{r.choice(['retry-logic', 'fix-tz', 'bump-deps', 'cleanup', 'feature-flags'])}"
                refs = [branch] if r.random() < 0.7 else ["refs/heads/main"]
                if user == "dave" and r.random() < 0.3:
                    refs = [branch]
                    add(t, "push", user=user, ip=ip, repo=repo, refs=refs, force=True)
                else:
                    add(t, "push", user=user, ip=ip, repo=repo, refs=refs)
            elif r.random() < 0.08:
                add(t, "info", user=user, ip=ip, empty=r.random() < 0.5)
            else:
                if lfs:
                    add(t - sec(1.1), "lfs", user=user, ip=ip, repo=repo, op="download")
                add(t, "fetch", user=user, ip=ip, repo=repo)
    # dave forcing main on mobile-api (refused by the update hook)
    for t in [at(7, 52, 14), at(7, 53, 2)]:
        add(
            t,
            "push",
            user="dave",
            ip=GL_DEVS["dave"],
            repo="apps/mobile-api",
            refs=["refs/heads/main"],
            force=True,
            deny=True,
        )
    # frank, a contractor with read access only
    for t in [at(8, 5, 40), at(8, 6, 22), at(10, 44, 3)]:
        add(
            t,
            "push",
            user="frank",
            ip="10.9.0.23",
            repo="apps/web-frontend",
            refs=["refs/heads/dev/frank-typo"],
            denyw=True,
        )
    for t in poisson(r, at(6, 30), T_END, 1800):
        add(t, "fetch", user="frank", ip="10.9.0.23", repo="apps/web-frontend")
    # heidi, the new hire
    for t in [
        at(8, 31, 5),
        at(8, 31, 49),
        at(8, 40, 12),
        at(8, 52, 7),
        at(8, 58, 30),
        at(9, 2, 18),
    ]:
        add(
            t,
            "denied",
            user="heidi",
            ip="10.8.6.30",
            repo=r.choice(["apps/billing", "infra/ansible"]),
        )
    for t in poisson(r, heidi_ok + sec(60), T_END, 900):
        add(
            t,
            "fetch",
            user="heidi",
            ip="10.8.6.30",
            repo=r.choice(["apps/billing", "infra/ansible", "docs/handbook"]),
        )
    add(
        at(9, 5, 10),
        "admin",
        warn=("does not contain exactly 1 line; ignoring", "keydir/contractors/ivan@laptop.pub"),
    )
    add(at(9, 12, 31), "admin", warn=("duplicates", "keydir/ivan.pub"))
    # wild repositories
    add(
        at(7, 14, 8),
        "push",
        user="grace",
        ip=GL_DEVS["grace"],
        repo="sandbox/grace/perf-test",
        refs=["refs/heads/main"],
        create=True,
    )
    add(
        at(10, 21, 55),
        "push",
        user="bob",
        ip=GL_DEVS["bob"],
        repo="sandbox/bob/terraform-modules-spike",
        refs=["refs/heads/main", "refs/heads/dev/bob-spike"],
        create=True,
    )

    tid = {"n": 412207}

    def G(t: datetime, pid: int, label: str, fields: list[str], trace: bool = False) -> datetime:
        msg = ("\t" if trace else "") + ("," if trace else "\t").join(fields)
        return fs.add(
            "gitolite-2024-06.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d.%H:%M:%S}\t{pid}\t{msg}"],
            pid,
            1_000_000,
        )

    def sha() -> str:
        return hexid(r, 40)

    for t, kind, kw in sorted(ops, key=lambda x: x[0]):
        if not (T0 <= t < T_END):
            continue
        tid["n"] += r.randint(4, 60)
        pid = tid["n"]
        if kind == "admin":
            user, ip, repo = "admin", "10.8.1.5", "gitolite-admin"
        else:
            user, ip = str(kw["user"]), str(kw["ip"])
            repo = str(kw.get("repo", ""))
        verb = "git-receive-pack" if kind in ("push", "admin") else "git-upload-pack"
        if kind == "info":
            soc = "" if kw.get("empty") else "info"
            t = G(
                t,
                pid,
                "ssh ARGV=%s SOC=%s FROM=%s",
                ["ssh", f"ARGV={user}", f"SOC={soc}", f"FROM={ip}"],
            )
            G(t + sec(0.3), pid, "system,gitolite,%s", ["system", "gitolite", "info"], trace=True)
            continue
        if kind == "lfs":
            soc = f"git-lfs-authenticate {repo}.git {kw['op']}"
            t = G(
                t,
                pid,
                "ssh ARGV=%s SOC=%s FROM=%s",
                ["ssh", f"ARGV={user}", f"SOC={soc}", f"FROM={ip}"],
            )
            G(
                t + sec(0.1),
                pid,
                "die unknown git/gitolite command: '%s'",
                ["die", f"unknown git/gitolite command: '{soc}'"],
            )
            continue
        soc = f"{verb} '{repo}.git'" if r.random() < 0.85 else f"{verb} '/{repo}.git'"
        if kind == "admin":
            soc = f"{verb} 'gitolite-admin'"
        t = G(
            t,
            pid,
            "ssh ARGV=%s SOC=%s FROM=%s",
            ["ssh", f"ARGV={user}", f"SOC={soc}", f"FROM={ip}"],
        )
        aa = "W" if verb == "git-receive-pack" else "R"
        if kind == "denied" or kw.get("denyw"):
            G(
                t + sec(0.2),
                pid,
                f"die {aa} any %s %s DENIED by fallthru<<newline>>(or you mis-spelled the reponame)",
                [
                    "die",
                    f"{aa} any {repo} {user} DENIED by fallthru<<newline>>(or you mis-spelled the reponame)",
                ],
            )
            continue
        if kw.get("create"):
            for trig in (
                "update-git-configs",
                "update-gitweb-access-list",
                "update-git-daemon-access-list",
            ):
                t = G(
                    t + sec(0.1),
                    pid,
                    "system,%s,POST_CREATE,%s,%s,W",
                    ["system", f"{GL_TRIG}/{trig}", "POST_CREATE", repo, user, "W"],
                    trace=True,
                )
            t = G(t + sec(0.1), pid, "create %s %s W", ["create", repo, user, "W"])
        t = G(
            t + sec(0.1),
            pid,
            f"pre_git %s %s {aa} any %s",
            ["pre_git", repo, user, aa, "any", refex(user, repo)],
        )
        t = G(
            t + sec(0.05),
            pid,
            "system,git,shell,-c,%s %s",
            ["system", "git", "shell", "-c", f"{verb} '/home/git/repositories/{repo}.git'"],
            trace=True,
        )
        if kind == "fetch":
            dur = (
                r.uniform(0.3, 2.5)
                if user == "jenkins" and r.random() < 0.85
                else r.uniform(1.0, 25.0)
            )
            G(t + sec(dur), pid, "END", ["END"])
            continue
        t += sec(r.uniform(0.5, 6.0))
        refs = list(kw.get("refs") or []) if kind == "push" else ["refs/heads/master"]
        for ref in refs:
            old = "0" * 40 if kw.get("new") or kw.get("create") else sha()
            if kw.get("deny"):
                t = G(
                    t,
                    pid,
                    "die + %s %s %s DENIED by fallthru",
                    ["die", f"+ {ref} {repo} {user} DENIED by fallthru"],
                )
                continue
            if kw.get("force"):
                t = G(
                    t,
                    pid,
                    "update %s %s + %s %s %s %s",
                    [
                        "update",
                        repo,
                        user,
                        "+",
                        ref,
                        old,
                        sha(),
                        refex(user, repo) if ref != "refs/heads/main" else "refs/heads/main",
                    ],
                )
            else:
                ret = (
                    "refs/heads/main"
                    if ref == "refs/heads/main"
                    else ("refs/tags/" if ref.startswith("refs/tags/") else refex(user, repo))
                )
                t = G(
                    t,
                    pid,
                    "update %s %s W %s %s %s %s",
                    ["update", repo, user, "W", ref, old, sha(), ret],
                )
        if kind == "admin":
            t = G(
                t + sec(0.2),
                pid,
                "system,gitolite compile",
                ["system", "gitolite compile"],
                trace=True,
            )
            t = G(
                t + sec(0.5),
                pid,
                "system,gitolite trigger POST_COMPILE",
                ["system", "gitolite trigger POST_COMPILE"],
                trace=True,
            )
            t = G(
                t + sec(0.1),
                pid,
                "system,%s,POST_COMPILE",
                ["system", f"{GL_TRIG}/ssh-authkeys", "POST_COMPILE"],
                trace=True,
            )
            what, f = kw["warn"]  # type: ignore[misc]
            if what == "duplicates":
                t = G(
                    t + sec(0.3),
                    pid,
                    "warn %s duplicates %s, sshd will ignore it",
                    ["warn", f"{f} duplicates keydir/contractors/ivan.pub, sshd will ignore it"],
                )
            else:
                t = G(
                    t + sec(0.3),
                    pid,
                    "warn %s does not contain exactly 1 line; ignoring",
                    ["warn", f"{f} does not contain exactly 1 line; ignoring"],
                )
            for trig in (
                "update-git-configs",
                "update-gitweb-access-list",
                "update-git-daemon-access-list",
            ):
                t = G(
                    t + sec(0.1),
                    pid,
                    "system,%s,POST_COMPILE",
                    ["system", f"{GL_TRIG}/{trig}", "POST_COMPILE"],
                    trace=True,
                )
        G(t + sec(r.uniform(0.1, 0.6)), pid, "END", ["END"])
    return fs.logs(T0)


# ------------------------------------------------------------------------------- soft-serve

SS_REPOS = [
    "infra/ansible",
    "infra/k8s-manifests",
    "apps/api-gateway",
    "apps/worker",
    "apps/dashboard",
    "tools/ci-scripts",
    "docs/runbooks",
]
SS_MIRRORS = [
    "mirrors/terraform-provider-aws",
    "mirrors/go-chi",
    "mirrors/htmx",
    "mirrors/cert-manager",
    "mirrors/renovate-config",
]
SS_DEVS = {
    "alice": "10.0.5.12",
    "bram": "10.0.5.31",
    "chloe": "10.0.6.8",
    "deniz": "10.0.6.44",
    "emil": "10.0.7.3",
}


def kvs(pairs: list[tuple[str, object]]) -> tuple[str, list[str]]:
    """charmbracelet/log's key=value text: quoted when a rune is outside `-`..`~`, a value with
    newlines under its key on lines of their own, each after `  │ `."""
    head, more = "", []
    for k, v in pairs:
        s = str(v)
        if "\n" in s:
            more.append(f"  {k}=")
            more += [f"  │ {ln}" for ln in s.split("\n") if ln != ""]
        elif s == "":
            head += f' {k}=""'
        elif any(not ("-" <= c <= "~") for c in s):
            head += ' {}="{}"'.format(k, s.replace('"', '\\"'))
        else:
            head += f" {k}={s}"
    return head, more


def humanize_bytes(n: int) -> str:
    """go-humanize's Bytes: SI units, one decimal under 10."""
    if n < 10:
        return f"{n} B"
    units = ["B", "kB", "MB", "GB"]
    e = 0
    v = float(n)
    while v >= 1000 and e < len(units) - 1:
        v /= 1000
        e += 1
    return f"{v:.1f} {units[e]}" if v < 10 else f"{v:.0f} {units[e]}"


def soft_serve(r: random.Random) -> list[Log]:
    """A Soft Serve instance for a small platform team, 06:00 to 12:00, run with debug logging:
    Woodpecker CI cloning over HTTPS, developers over SSH, renovate pushing branches, five pull
    mirrors of GitHub projects, a stale CI password 07:05-07:35, GitHub unreachable 08:20-08:45,
    the CI's webhook receiver down 09:40-10:05, a restart at 10:30."""
    fs = Files()
    restart = (at(10, 30, 2), at(10, 30, 20))
    gh_down = (at(8, 20, 10), at(8, 45, 0))
    bad_pw = (at(7, 5, 0), at(7, 35, 30))
    hook_down = (at(9, 40, 0), at(10, 5, 40))
    hookn = {"n": 0}

    def S(
        t: datetime, lvl: str, prefix: str, label: str, msg: str, pairs: list[tuple[str, object]]
    ) -> datetime:
        head, more = kvs(pairs)
        lv = f"{lvl} " if lvl else ""
        return fs.add(
            "soft-serve.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {lv}{prefix}: {msg}{head}", *more],
            "soft",
            1_000_000,
        )

    def H(
        t: datetime, proc: int, lvl: str, label: str, msg: str, pairs: list[tuple[str, object]]
    ) -> datetime:
        head, more = kvs(pairs)
        return fs.add(
            "hooks.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {lvl} backend: {msg}{head}", *more],
            ("hook", proc),
            1_000_000,
        )

    def up(t: datetime) -> bool:
        return not in_any(t, [restart])

    def http(
        t: datetime,
        method: str,
        uri: str,
        ip: str,
        user: str | None,
        status: str,
        nbytes: int,
        dur: float,
        fail: str | None = None,
        err: str | None = None,
    ) -> datetime:
        addr = f"{ip}:{r.randint(32768, 60999)}"
        t = S(
            t,
            "DEBU",
            "http",
            "request",
            "request",
            [("method", method), ("uri", uri), ("addr", addr)],
        )
        if fail:
            t = S(
                t + sec(0.002),
                "ERRO",
                "http",
                "failed to authenticate",
                "failed to authenticate",
                [("err", fail)],
            )
        elif user:
            t = S(
                t + sec(0.002),
                "DEBU",
                "http",
                "authenticated",
                "authenticated",
                [("username", user)],
            )
        if err:
            t = S(
                t + sec(dur * 0.9),
                "ERRO",
                "http",
                "failed to handle service: exit status %d",
                f"failed to handle service: {err}",
                [],
            )
        ms = dur * 1000
        return S(
            t + sec(dur),
            "DEBU",
            "http",
            "response",
            "response",
            [
                ("status", status),
                ("bytes", humanize_bytes(nbytes)),
                (
                    "time",
                    f"{ms:.6f}".rstrip("0").rstrip(".") + "ms"
                    if ms < 1000
                    else f"{dur:.6f}".rstrip("0") + "s",
                ),
            ],
        )

    def clone(t: datetime, repo: str, ip: str, user: str = "woodpecker") -> datetime:
        if not up(t):
            return t
        if user == "woodpecker" and in_any(t, [bad_pw]):
            return http(
                t,
                "GET",
                f"/{repo}.git/info/refs?service=git-upload-pack",
                ip,
                None,
                "403 Forbidden",
                10,
                r.uniform(0.004, 0.02),
                fail="invalid password",
            )
        t = http(
            t,
            "GET",
            f"/{repo}.git/info/refs?service=git-upload-pack",
            ip,
            user,
            "200 OK",
            r.randint(600, 4200),
            r.uniform(0.006, 0.05),
        )
        err = "exit status 128" if r.random() < 0.02 else None
        return http(
            t + sec(r.uniform(0.05, 0.4)),
            "POST",
            f"/{repo}.git/git-upload-pack",
            ip,
            user,
            "200 OK",
            r.randint(40_000, 38_000_000),
            r.uniform(0.2, 6.0),
            err=err,
        )

    def hooks(t: datetime, repo: str, refs: list[str]) -> datetime:
        args = [
            (hexid(r, 40) if not ref.startswith("refs/tags/") else "0" * 40, hexid(r, 40), ref)
            for ref in refs
        ]

        def hp() -> int:
            hookn["n"] += 1
            return hookn["n"]

        fmt = "[" + " ".join(f"{{OldSha:{o} NewSha:{n} RefName:{ref}}}" for o, n, ref in args) + "]"
        t = H(
            t,
            hp(),
            "DEBU",
            "pre-receive hook called",
            "pre-receive hook called",
            [("repo", repo), ("args", fmt)],
        )
        for o, n, ref in args:
            p = hp()
            t = H(
                t + sec(0.05),
                p,
                "DEBU",
                "update hook called",
                "update hook called",
                [("repo", repo), ("arg", f"{{OldSha:{o} NewSha:{n} RefName:{ref}}}")],
            )
            if in_any(t, [hook_down]):
                t = H(
                    t + sec(r.uniform(0.01, 0.05)),
                    p,
                    "ERRO",
                    "error sending push webhook",
                    "error sending push webhook",
                    [
                        (
                            "err",
                            'Post "https://ci.acme.dev/api/hook?access_token=REDACTED": dial tcp 10.0.9.20:443: connect: connection refused',
                        )
                    ],
                )
        t = H(
            t + sec(0.05),
            hp(),
            "DEBU",
            "post-receive hook called",
            "post-receive hook called",
            [("repo", repo), ("args", fmt)],
        )
        return H(
            t + sec(0.05),
            hp(),
            "DEBU",
            "post-update hook called",
            "post-update hook called",
            [("repo", repo), ("args", "[" + " ".join(ref for *_x, ref in args) + "]")],
        )

    def ssh(t: datetime, user: str, ip: str, repo: str, push: bool) -> None:
        if not up(t):
            return
        addr = f"{ip}:{r.randint(32768, 60999)}"
        verb = "git-receive-pack" if push else "git-upload-pack"
        pairs: list[tuple[str, object]] = [
            ("username", user),
            ("addr", addr),
            ("cmd", f"[{verb} {repo}]"),
        ]
        t = S(t, "DEBU", "ssh", "user %q connected", 'user "git" connected', pairs)
        dur = r.uniform(0.3, 9.0)
        if push:
            refs = [
                f"refs/heads/{r.choice(['main', 'main', 'feat/' + user + '-retry', 'fix/' + user + '-timeouts'])}"
            ]
            if r.random() < 0.1:
                refs.append(f"refs/tags/v{r.randint(0, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}")
            hooks(t + sec(dur * 0.6), repo, refs)
            if "refs/heads/main" in refs and repo != "docs/runbooks":
                for k in range(r.choice([1, 1, 2])):
                    clone(
                        t + sec(dur + r.uniform(4, 20) + 15 * k),
                        repo,
                        r.choice(["10.0.8.21", "10.0.8.22"]),
                    )
        S(
            t + sec(dur),
            "DEBU",
            "ssh",
            "user %q disconnected",
            'user "git" disconnected',
            [*pairs, ("duration", f"{dur:.9f}".rstrip("0") + "s")],
        )

    def tui(t: datetime, user: str, ip: str) -> None:
        if not up(t):
            return
        pairs: list[tuple[str, object]] = [
            ("term", r.choice(["xterm-256color", "xterm-kitty", "tmux-256color"])),
            ("width", r.randint(120, 240)),
            ("height", r.randint(30, 70)),
        ]
        t = S(t, "DEBU", "ssh", "user %q connected", 'user "git" connected', pairs)
        dur = r.uniform(20, 400)
        S(
            t + sec(dur),
            "DEBU",
            "ssh",
            "user %q disconnected",
            'user "git" disconnected',
            [*pairs, ("duration", f"{dur:.9f}".rstrip("0") + "s")],
        )

    def cron_time(x: datetime) -> str:
        return f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d} +0000 UTC"

    def startup(t: datetime) -> datetime:
        t = S(t, "", "server", "Starting SSH server", "Starting SSH server", [("addr", ":23231")])
        t = S(
            t + sec(0.0001),
            "",
            "server",
            "Starting Git daemon",
            "Starting Git daemon",
            [("addr", ":9418")],
        )
        t = S(
            t + sec(0.0001),
            "",
            "server",
            "Starting HTTP server",
            "Starting HTTP server",
            [("addr", ":23232")],
        )
        t = S(
            t + sec(0.0001),
            "",
            "server",
            "Starting Stats server",
            "Starting Stats server",
            [("addr", "localhost:23233")],
        )
        t = S(t + sec(0.0002), "DEBU", "cron", "start", "start", [])
        nxt = t.replace(microsecond=0) + sec(600)
        return S(
            t + sec(0.0001),
            "DEBU",
            "cron",
            "schedule",
            "schedule",
            [("now", cron_time(t)), ("entry", 1), ("next", f"{nxt:%Y-%m-%d %H:%M:%S} +0000 UTC")],
        )

    # cron ticks: the mirror job every ten minutes
    tick = T0 + sec(221)
    started = startup(restart[1])
    while tick < T_END:
        if in_any(tick, [(restart[0], restart[1])]):
            tick = started.replace(microsecond=0) + sec(600)
            continue
        wake = tick + sec(r.uniform(0.0001, 0.002))
        S(wake, "DEBU", "cron", "wake", "wake", [("now", cron_time(wake))])
        nxt = tick + sec(600)
        S(
            wake + sec(0.00005),
            "DEBU",
            "cron",
            "run",
            "run",
            [
                ("now", cron_time(wake)),
                ("entry", 1),
                ("next", f"{nxt:%Y-%m-%d %H:%M:%S} +0000 UTC"),
            ],
        )
        if in_any(tick, [gh_down]):
            for m in SS_MIRRORS[:4]:
                up_name = {
                    "mirrors/terraform-provider-aws": "hashicorp/terraform-provider-aws",
                    "mirrors/go-chi": "go-chi/chi",
                    "mirrors/htmx": "bigskysoftware/htmx",
                    "mirrors/cert-manager": "cert-manager/cert-manager",
                }[m]
                err = f"exit status 1 - fatal: unable to access 'https://github.com/{up_name}.git/': Could not resolve host: github.com\nerror: Could not fetch origin\n"
                S(
                    wake + sec(r.uniform(5.5, 12.0)),
                    "ERRO",
                    "jobs.mirror",
                    "error running git remote update",
                    "error running git remote update",
                    [("repo", m), ("err", err)],
                )
            err = "exit status 1 - ssh: Could not resolve hostname github.com: Name or service not known\r\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\nerror: Could not fetch origin\n".replace(
                "\r", ""
            )
            S(
                wake + sec(r.uniform(5.5, 12.0)),
                "ERRO",
                "jobs.mirror",
                "error running git remote update",
                "error running git remote update",
                [("repo", SS_MIRRORS[4]), ("err", err)],
            )
        tick = nxt
    # CI: scheduled builds and renovate's clones
    for repo in ["apps/api-gateway", "apps/worker", "infra/k8s-manifests"]:
        t = T0 + sec(r.uniform(30, 880))
        while t < T_END:
            clone(t, repo, r.choice(["10.0.8.21", "10.0.8.22", "10.0.8.23"]))
            t += sec(900 + r.uniform(-2, 2))
    for t in poisson(r, T0, T_END, 95.0):
        clone(t, r.choice(SS_REPOS), "10.0.8.30", user="renovate")
    # renovate pushing its update branches over HTTPS
    for t in poisson(r, T0 + sec(300), T_END, 1100.0):
        if not up(t):
            continue
        repo = r.choice(SS_REPOS[:6])
        t = http(
            t,
            "GET",
            f"/{repo}.git/info/refs?service=git-receive-pack",
            "10.0.8.30",
            "renovate",
            "200 OK",
            r.randint(800, 3000),
            r.uniform(0.006, 0.04),
        )
        t = hooks(
            t + sec(r.uniform(0.3, 1.0)),
            repo,
            [
                f"refs/heads/renovate/{r.choice(['github.com-aws-aws-sdk-go-v2-1.x', 'golang.org-x-net-0.x', 'node-20.x', 'helm-release-cert-manager-1.x', 'lock-file-maintenance'])}"
            ],
        )
        http(
            t + sec(r.uniform(0.05, 0.3)),
            "POST",
            f"/{repo}.git/git-receive-pack",
            "10.0.8.30",
            "renovate",
            "200 OK",
            r.randint(200, 2500),
            r.uniform(0.4, 2.5),
        )
    for t in poisson(r, T0, T_END, 700.0):
        if up(t):
            http(
                t,
                "GET",
                f"/{r.choice(['tools/ci-scripts', 'apps/worker'])}?go-get=1",
                f"10.0.{r.randint(5, 8)}.{r.randint(2, 200)}",
                None,
                "200 OK",
                r.randint(300, 700),
                r.uniform(0.002, 0.02),
            )
    # developers over SSH
    for user, ip in SS_DEVS.items():
        for t in poisson(r, T0 + sec(r.uniform(900, 5400)), T_END, r.uniform(420, 800)):
            what = weighted(r, [(3, "fetch"), (1.1, "push"), (0.2, "tui")])
            if what == "tui":
                tui(t, user, ip)
            else:
                ssh(t, user, ip, r.choice(SS_REPOS), what == "push")
    return fs.logs(T0)


SYSTEMS = {
    "devpi": devpi,
    "athens": athens,
    "sourcegraph": sourcegraph,
    "gitolite": gitolite,
    "soft-serve": soft_serve,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

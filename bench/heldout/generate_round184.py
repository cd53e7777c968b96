#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 184 (vespa, zincsearch, chronograf, splunk-forwarder,
funkwhale) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Two search engines, a dashboard, a log shipper
and a federated music server, 06:00 to 12:00 on 2024-06-07.

- Vespa 8 (`cfg1-vespa.log`, `qrs1-vespa.log`, `qrs2-vespa.log`, `content1-vespa.log` to
  `content3-vespa.log`: each host's $VESPA_HOME/logs/vespa/vespa.log, the tab-separated
  `time host pid/tid service component level message` with the message's newlines and tabs
  escaped as `\\n` and `\\t`): a config server, two stateless containers and a content cluster
  `products` of three groups of one node each. The content nodes' proton flushes its targets
  every few minutes (`state/1 name="flush.start" value="{...}"` and `flush.complete` events, the
  summary store's `Flushing. Disk bloat is now at %ld of %ld at %2.2f percent`, the transaction
  log's `transactionlog.prune.complete`) and compacts its summary files about hourly (`Compacting
  file '%s' which has bloat '%2.2f' and bucket-spread '%1.4f`, the compacter's two lines, `Done
  compacting due to bloat: ...`); content2's disk passes the limit at 07:52 (`Write operations are
  now blocked: 'diskLimitReached: {...}'`) and is freed at 09:06 (`... un-blocked: ...`); proton
  on content1 is OOM-killed at 08:35 (the sentinel's `crash/1 name="%s" pid=%d signal="%s"`,
  `%s: incremented restart penalty to %2.3f seconds`, `starting/1 name="%s"`, proton's load and
  transaction log replay events) while both containers warn every 30 seconds that `Cluster
  products: search group 0 has reduced coverage: ...` (the unresponsive node on an escaped second
  line) until it `has full coverage`; deployments at 06:41, 10:15 and 10:31 (the config server's
  `Session %d activated successfully using no host provisioner. ...`, the containers' `Switching
  to the latest deployed set of configurations and components. Application config generation:
  %d`, and for the bad one at 10:15 `Failed to set up new component graph due to error when
  constructing one of the components. Retaining previous component generation.` with the
  exception's trace escaped on the same line).
- ZincSearch 0.4 (`zincsearch.log`: `docker logs` of its container, zerolog's JSON on stderr
  `{"level":"info","method":"POST","code":200,"took":14,"time":"2024-06-07T06:00:21Z",
  "message":"/es/_bulk"}`, gin's `[GIN-debug]` lines on stdout, the Segment client's
  `segment 2024/06/07 06:00:07 ERROR: ...`): GIN_MODE unset, so gin's debug mode prints its warning
  and every route at each start and ZincSearch's access log writes every request with the request
  URI as the message (404s from its NoRoute handler at error); Fluent Bit posting `/es/_bulk`
  every 40 seconds, each followed by the WAL consumer's debug `consume wal begin` / `consume wal
  end`; Grafana's `/es/_msearch` every two minutes; a Prometheus job scraping `/metrics` (not
  enabled) from 08:50; the disk full 07:45-07:47 (`consume wal.docs.WriteTo()` at each tick with
  the write error, bulk requests answered 500); a new second-layer shard at 08:31; telemetry left
  on behind a firewall (`ERROR: sending request - Post "https://api.segment.io/v1/batch": ...`
  ten times per batch, then `ERROR: %d messages dropped because they failed to be sent after %d
  attempts`); an upgrade at 09:40 (`Server closed`, `Index closing...`, `Index closed`,
  `Metadata closed`, `Server shutdown ok`, then `Upgrade index[%s] from version[%s] to
  version[%s]`) and an OOM kill at 10:55 (`rollback start` / `rollback success` at the first
  write after the restart).
- Chronograf 1.10 (`chronograf.log`: its stderr under systemd, logrus's text `time="..."
  level=info msg="Response: OK" component=server method=POST remote_addr="..." response_time=...
  status=200`, and Go's standard logger for the reverse proxy's errors): TLS on, generic OAuth2
  against Keycloak; an ops wall dashboard refreshing three cells every minute and people's
  sessions (each response's `Response: %s` with the status text), the load balancer's TCP check
  every minute (`http: TLS handshake error from %s: EOF` through the server's ErrorLog), expired
  sessions (`Invalid principal`), logins (`User %s is authenticated`), InfluxDB restarted
  07:40-07:52 (`Error message Post %q: dial tcp %s: connect: connection refused` with logrus's
  `http_status ` key, and `Timeout waiting for Influx response` before it), Kapacitor down
  09:15-09:30 (`http: proxy error: dial tcp %s: connect: connection refused` from the standard
  logger), Keycloak restarted at 10:05 (`Unable to exchange code for token Post %q: ...`), an
  upgrade at 11:00 (`Stopped serving chronograf at %s://%s`, the bolt store's `Moving from version
  %s` / `Moving to version %s` / `Successfully created %s`, `Reporting usage stats`, `Serving
  chronograf at %s://%s`).
- Splunk Universal Forwarder 9.1 (`web01-splunkd.log`, `web02-splunkd.log`, `db01-splunkd.log`:
  $SPLUNK_HOME/var/log/splunk/splunkd.log, `06-07-2024 06:00:31.208 +0000 INFO
  AutoLoadBalancedConnectionStrategy [2351 TcpOutEloop] - Connected to idx=...`): the
  load-balanced output switching indexer every 30 seconds on the web servers and every minute on
  db01 (`Connected to idx=%s:%d:%d, pset=%d, reuse=%d. autoBatch=%d`); idx2 down 07:10-07:40
  (`Cooked connection to ip=%s:%d timed out`, `Connect to %s:%d failed. Connection refused`,
  `Applying quarantine to ip=%s port=%d connid=%d _numberOfFailures=%d`, `Removing quarantine from
  idx=%s:%d connid=%d`); web01's burst 07:30-08:00 (`Current data throughput (%d kb/s) has reached
  maxKBps. ...`); the indexers' queues blocked 10:05-10:20 (`The TCP output processor has paused the
  data flow. ...`); hourly rotations (WatchedFile's `Will begin reading at offset=%d for file='%s'.`,
  `File too small to check seekcrc, probably truncated.  Will re-read entire file='%s'.`,
  `Checksum for seekptr didn't match, will re-read entire file='%s'.`); db01's scripted inputs
  writing on stderr (`message from "%s" %s`: a missing `iostat` every five minutes, a Python
  traceback each hour, one splunkd line per stderr line); the deployment server pushing
  Splunk_TA_nix to the web servers at 09:00 (`Checksum mismatch %d <> %d for app=%s. Will reload
  from='%s'`, `Downloaded url=%s to file='%s' sizeKB=%d`, `Installing app=%s to='%s'`, splunkd
  restarted: ShutdownHandler's lines, loader's, ServerConfig's, TailingProcessor's and
  ExecProcessor's start-up lines) and then unreachable 09:30-09:50 (`channel=%s Will retry sending
  phonehome to DS; err=not_connected`, `Handshake done.`); a 2.1 GB debug log dropped on web02 at
  11:15 (`Enqueuing a very large file=%s in the batch reader, ...`, `Batch input finished reading
  file='%s'`).
- Funkwhale 1.4 (`api.log`: `docker logs` of the api container, gunicorn 21 with uvicorn workers
  and Django's loggers through Funkwhale's `%(asctime)s %(name)-12s %(levelname)-8s %(message)s`;
  `celeryworker.log`: the Celery 5.3 worker, its banner, its own `[date: LEVEL/process]` lines and
  funkwhale_api's lines in Funkwhale's layout; `celerybeat.log`): federation traffic
  (`federation.dispatch_inbox` for incoming activities, `federation.dispatch_outbox`,
  `federation.deliver_to_remote_inbox` with `Preparing activity delivery to %s`), the beat's hourly
  tasks (`Scheduler: Sending due task %s (%s)`, `Launching periodic nodeinfo refresh on %s
  domains`, the RSS fetches), an album upload at 09:10 (`music.process_upload`, `[Album %s]
  Fetching cover from musicbrainz release %s`); a followed pod down 07:30-08:30 (`Task %s[%s]
  retry: Retry in %ss: ConnectionError(...)`, the last attempt `raised unexpected` with its
  traceback) and another answering 502 (`HTTPError('%s Server Error: %s for url: %s')`); remote
  pods fetching deleted objects (django.request's `Not Found: %s`); PostgreSQL out of connections
  08:20-08:27 (`Internal Server Error: %s` with Django's traceback, a uvicorn worker timing out:
  `WORKER TIMEOUT (pid:%d)`, `Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?`, a new one
  booting); Redis restarted at 10:20 (`consumer: Connection to broker lost. ...` with its
  traceback, `consumer: Cannot connect to %s: %s.` over three lines, reconnection).

Label notes. The heads are context: Vespa's time, host, pid/tid, service, component and level,
zerolog's level and time (and its fields), gin's `[GIN-debug] ` prefix, the standard loggers'
`segment ` prefix and date, logrus's time, level and fields, splunkd's date, level, component
and `[pid thread]`, gunicorn's `[date] [pid] [LEVEL]`, Funkwhale's asctime, logger name and level,
Celery's `[date: LEVEL/process]`. Vespa's events are formats of their own (`state/1 name="%s"
value="%s"`): the name the call site passes literally (`flush.start`, `load.attribute.complete`) is
wording, the JSON value a value; the sentinel's events name the service, a value. A message of
its own inside a message contributes its format (proton's bloat message, the disk limit's
`diskLimitReached: {...}` text, Go's url.Error and dial errors, requests' `HTTPError` and urllib3's
errors in Celery's retry lines, Segment's `sending request - %s`). ZincSearch's access log writes
the request URI as the message: those lines are labelled as the set's access records are (method
and route with ids as `%s`, status). Chronograf's `Response: ` is followed by the status's text,
an enum's name (a value); its `Error message ` prefix and logrus's `http_status ` key (with its
blank) are the code's. A splunkd `message from "%s" %s` line is a scripted input's stderr line (a
value), one event per line. A Python traceback below a Celery or Django line and the lines of
Celery's banners continue their events; Vespa's exception is on its line, escaped.

Least sure (written from the helper's knowledge; ZincSearch's main, routes, WAL, shard, index
loading and access-log code, Chronograf's logger, server, mux, auth, influx and OAuth code,
Funkwhale's settings and federation and music tasks, and Vespa's sentinel service and
connectivity code, event logger, disk and memory filter, log data store and dispatch
SearchCluster were read in copies of their sources; Vespa's deployment and component-graph
messages and proton's compaction lines were compared with logs quoted in issues): Vespa's
component for the sentinel (`sentinel.sentinel.service`), the pid/tid column of Java
processes, the flush targets' names and the `output` object of `flush.complete`, how often
proton flushes; gin's handler counts and pprof routes; the Segment client's wording and backoff;
Chronograf's bolt backup lines and their fields, the `Invalid OAuth state received` error text;
everything in splunkd.log (no source: written from real logs as remembered), in particular the
phonehome retry, the deployment client's lines, the shutdown levels and the `autoBatch` field;
Funkwhale 1.4's gunicorn command line (no access log) and the exact task names of the RSS
fetches.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, in_any


def compact(obj: object) -> str:
    return json.dumps(obj, separators=(",", ":"))


# ------------------------------------------------------------------------------------ vespa

VE_DOMAIN = "search.internal"
VE_ROOT = "/opt/vespa/var/db/vespa/search/cluster.products"
VE_CONTENT = {
    # host: (distribution key, proton pid, sentinel pid)
    "content1": (0, 3120, 1021),
    "content2": (1, 3098, 1017),
    "content3": (2, 3141, 1026),
}
VE_ATTRS = ["price", "popularity", "in_stock", "category", "brand"]
VE_QRS = {"qrs1": 2891, "qrs2": 2903}


def ve_ts(t: datetime) -> str:
    return f"{int(t.timestamp())}.{t.microsecond:06d}"


def ve_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


VE_TRACE = [
    "\tat com.yahoo.container.di.componentgraph.core.ComponentNode.constructInstance(ComponentNode.java:171)",
    "\tat com.yahoo.container.di.componentgraph.core.ComponentNode.instance(ComponentNode.java:153)",
    "\tat com.yahoo.container.di.componentgraph.core.ComponentGraph.complete(ComponentGraph.java:112)",
    "\tat com.yahoo.container.di.Container.constructComponents(Container.java:214)",
    "\tat com.yahoo.container.di.Container.getNewComponentGraph(Container.java:203)",
    "\tat com.yahoo.container.di.Container.waitForNextGraphGeneration(Container.java:81)",
    "\tat com.yahoo.container.jdisc.HandlersConfigurerDi.waitForNextGraphGeneration(HandlersConfigurerDi.java:146)",
    "\tat com.yahoo.container.jdisc.ConfiguredApplication.lambda$startReconfigurerThread$4(ConfiguredApplication.java:370)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    "Caused by: java.lang.IllegalArgumentException: Model file 'models/rerank-v3.onnx' does not exist",
    "\tat com.example.shop.search.RerankSearcher.<init>(RerankSearcher.java:47)",
    "\tat java.base/jdk.internal.reflect.DirectConstructorHandleAccessor.newInstance(DirectConstructorHandleAccessor.java:62)",
    "\tat java.base/java.lang.reflect.Constructor.newInstanceWithCaller(Constructor.java:502)",
    "\tat java.base/java.lang.reflect.Constructor.newInstance(Constructor.java:486)",
    "\tat com.yahoo.container.di.componentgraph.core.ComponentNode.constructInstance(ComponentNode.java:160)",
    "\t... 8 more",
]


def vespa(r: random.Random) -> list[Log]:
    """A config server, two containers and three content nodes (three groups of one), 06:00 to
    12:00: proton's flushes and summary compactions on every content node, content2's disk over the
    limit 07:52-09:06, proton on content1 OOM-killed at 08:35 and replaying its transaction log
    until 08:43, deployments at 06:41, 10:15 (a searcher that cannot be constructed) and 10:31."""
    fs = Files()

    def V(
        host: str,
        t: datetime,
        pid: int,
        tid: int,
        service: str,
        comp: str,
        level: str,
        label: str,
        msg: str,
    ) -> datetime:
        h = f"{host}.{VE_DOMAIN}"
        return fs.add(
            f"{host}-vespa.log",
            t,
            label,
            lambda x: [f"{ve_ts(x)}\t{h}\t{pid}/{tid}\t{service}\t{comp}\t{level}\t{ve_esc(msg)}"],
            (host, pid),
            1,
        )

    pids = {h: v[1] for h, v in VE_CONTENT.items()}
    docs = {h: r.randint(4_180_000, 4_260_000) for h in VE_CONTENT}
    serial0 = {h: r.randint(91_500_000, 92_400_000) for h in VE_CONTENT}
    crash1 = at(8, 35, 12.418)
    back1 = at(8, 43, 26.0)
    blocked2 = (at(7, 52, 31.2), at(9, 6, 14.7))

    def serial(h: str, t: datetime) -> int:
        return serial0[h] + int((t - T0).total_seconds() * 38.5)

    def EV(h: str, t: datetime, tid: int, name: str, value: object) -> datetime:
        return V(
            h,
            t,
            pids[h],
            tid,
            "searchnode",
            "proton.proton.common.eventlogger",
            "event",
            f'state/1 name="{name}" value="%s"',
            f'state/1 name="{name}" value="{compact(value)}"',
        )

    def bloat_msg(bloat: int, usage: int) -> str:
        return f"Disk bloat is now at {bloat} of {usage} at {bloat * 100.0 / usage:2.2f} percent"

    usage = {h: r.randint(21_000_000_000, 24_000_000_000) for h in VE_CONTENT}

    def flush_round(h: str, t: datetime) -> None:
        tid = pids[h] + 37
        cur = serial(h, t)
        pool = [f"attribute.flush.{a}" for a in VE_ATTRS] + [
            "memoryindex.flush",
            "summary.flush",
            "documentmetastore.flush",
        ]
        targets = r.sample(pool, r.choice([2, 3, 3, 4]))
        if "memoryindex.flush" not in targets and r.random() < 0.5:
            targets.append("memoryindex.flush")
        for tg in targets:
            name = f"product.0.ready.{tg}"
            before = r.randint(2_000_000, 180_000_000)
            after = r.randint(300_000, before // 3)
            t = EV(
                h,
                t + sec(r.uniform(0.001, 0.02)),
                tid,
                "flush.start",
                {
                    "name": name,
                    "memory": {"before": before, "after": after, "tofree": before - after},
                    "serialnum": {"unflushed": r.randint(800, 12_000), "current": cur},
                },
            )
            if tg == "summary.flush":
                usage[h] += r.randint(2_000_000, 30_000_000)
                bl = int(usage[h] * r.uniform(0.02, 0.09))
                t = V(
                    h,
                    t + sec(r.uniform(0.05, 0.6)),
                    pids[h],
                    tid,
                    "searchnode",
                    "proton.searchlib.docstore.logdatastore",
                    "info",
                    "Flushing. Disk bloat is now at %ld of %ld at %2.2f percent",
                    "Flushing. " + bloat_msg(bl, usage[h]),
                )
            if tg.startswith("attribute"):
                sub = f"attribute/{tg.rsplit('.', 1)[1]}/snapshot-{cur}"
                size = r.randint(4_000_000, 60_000_000)
            elif tg == "memoryindex.flush":
                sub = f"index/index.flush.{r.randint(40, 90)}"
                size = r.randint(30_000_000, 240_000_000)
            elif tg == "summary.flush":
                sub = ""
                size = 0
            else:
                sub = f"documentmetastore/snapshot-{cur}"
                size = r.randint(30_000_000, 45_000_000)
            done: dict[str, object] = {
                "name": name,
                "time.elapsed.ms": r.randint(8, 2400),
                "serialnum": {"flushed": cur},
            }
            if sub:
                done["output"] = {"path": f"0.ready/{sub}", "size": size}
            t = EV(h, t + sec(r.uniform(0.01, 2.4)), tid, "flush.complete", done)
        EV(
            h,
            t + sec(r.uniform(0.01, 0.2)),
            pids[h] + 12,
            "transactionlog.prune.complete",
            {"domain": "product", "serialnum": {"pruned": cur - r.randint(800, 9_000)}},
        )

    def compaction(h: str, t: datetime) -> None:
        key = VE_CONTENT[h][0]
        tid = pids[h] + 41
        cur = serial(h, t)
        name = "product.0.ready.summary.compact_bloat"
        t = EV(
            h,
            t,
            tid,
            "flush.start",
            {
                "name": name,
                "memory": {"before": 0, "after": 0, "tofree": 0},
                "serialnum": {"unflushed": 0, "current": cur},
            },
        )
        nameid = int((t.timestamp() - r.uniform(3 * 86400, 20 * 86400)) * 1e9)
        t = V(
            h,
            t + sec(0.0004),
            pids[h],
            tid,
            "searchnode",
            "proton.searchlib.docstore.logdatastore",
            "info",
            "Compacting file '%s' which has bloat '%2.2f' and bucket-spread '%1.4f",
            f"Compacting file '{VE_ROOT}/n{key}/documents/product/0.ready/summary/{nameid}' which has bloat '{r.uniform(28, 61):2.2f}' and bucket-spread '{r.uniform(1.1, 1.9):1.4f}",
        )
        lids = r.randint(9_000, 42_000)
        buckets = int(lids * r.uniform(0.45, 0.7))
        t = V(
            h,
            t + sec(r.uniform(0.2, 0.9)),
            pids[h],
            tid,
            "searchnode",
            "proton.searchlib.docstore.compacter",
            "info",
            "Have read %zu lids and placed them in %zu buckets. Temporary compressed in %zu chunks.",
            f"Have read {lids} lids and placed them in {buckets} buckets. Temporary compressed in {int(buckets * r.uniform(0.6, 0.85))} chunks.",
        )
        t = V(
            h,
            t + sec(r.uniform(0.4, 1.5)),
            pids[h],
            tid,
            "searchnode",
            "proton.searchlib.docstore.compacter",
            "info",
            "Compacted %zu lids into %zu buckets",
            f"Compacted {lids} lids into {buckets} buckets",
        )
        usage[h] -= r.randint(200_000_000, 900_000_000)
        t = V(
            h,
            t + sec(r.uniform(1.0, 1.3)),
            pids[h],
            tid,
            "searchnode",
            "proton.searchlib.docstore.logdatastore",
            "info",
            "Done compacting due to bloat: Disk bloat is now at %ld of %ld at %2.2f percent",
            "Done compacting due to bloat: "
            + bloat_msg(int(usage[h] * r.uniform(0.05, 0.2)), usage[h]),
        )
        EV(
            h,
            t + sec(0.0003),
            tid,
            "flush.complete",
            {
                "name": name,
                "time.elapsed.ms": r.randint(2_200, 4_800),
                "serialnum": {"flushed": cur},
                "output": {"path": "0.ready/summary", "size": usage[h]},
            },
        )

    # steady flushing and hourly compaction on every content node
    for h in VE_CONTENT:
        t = T0 + sec(r.uniform(10, 280))
        while t < T_END:
            if not (crash1 - sec(5) <= t < back1 + sec(20)) or h != "content1":
                flush_round(h, t)
            gap = r.uniform(170, 300)
            if h == "content2" and blocked2[0] <= t < blocked2[1]:
                gap *= 2.2  # no feed while writes are blocked
            t += sec(gap)
        for hour in range(6, 12):
            tc = at(hour, r.randint(8, 50), r.uniform(0, 59))
            if h == "content1" and crash1 - sec(60) <= tc < back1 + sec(60):
                continue
            compaction(h, tc)

    # content2 over the disk limit
    cap = 1_966_788_608_000
    used = int(cap * 0.9023)
    V(
        "content2",
        blocked2[0],
        pids["content2"],
        pids["content2"] + 3,
        "searchnode",
        "proton.proton.server.disk_mem_usage_filter",
        "warning",
        'Write operations are now blocked: \'diskLimitReached: { action: "add more content nodes", reason: "disk used (%g) > disk limit (%g)", stats: { capacity: %d, used: %d, diskUsed: %g, diskLimit: %g}}\'',
        f'Write operations are now blocked: \'diskLimitReached: {{ action: "add more content nodes", reason: "disk used ({used / cap:.6g}) > disk limit (0.9)", stats: {{ capacity: {cap}, used: {used}, diskUsed: {used / cap:.6g}, diskLimit: 0.9}}}}\'',
    )
    used2 = int(cap * 0.7187)
    V(
        "content2",
        blocked2[1],
        pids["content2"],
        pids["content2"] + 3,
        "searchnode",
        "proton.proton.server.disk_mem_usage_filter",
        "info",
        "Write operations are now un-blocked: 'memoryLimitOK: { stats: { mapped: { virt: %d, rss: %d}, anonymous: { virt: %d, rss: %d}, physicalMemory: %d, memoryUsed: %g, memoryLimit: %g}}, diskLimitOK: { stats: { capacity: %d, used: %d, diskUsed: %g, diskLimit: %g}}'",
        f"Write operations are now un-blocked: 'memoryLimitOK: {{ stats: {{ mapped: {{ virt: 31871737856, rss: 9412734976}}, anonymous: {{ virt: 41020637184, rss: 27355615232}}, physicalMemory: 67276496896, memoryUsed: 0.406613, memoryLimit: 0.8}}}}, diskLimitOK: {{ stats: {{ capacity: {cap}, used: {used2}, diskUsed: {used2 / cap:.6g}, diskLimit: 0.9}}}}'",
    )

    # proton on content1 killed, restarted by the sentinel, loading and replaying
    spid = VE_CONTENT["content1"][2]
    t = V(
        "content1",
        crash1,
        spid,
        spid,
        "config-sentinel",
        "sentinel.sentinel.service",
        "event",
        'crash/1 name="%s" pid=%d signal="%s"',
        f'crash/1 name="searchnode" pid={pids["content1"]} signal="Killed"',
    )
    t = V(
        "content1",
        t + sec(0.0002),
        spid,
        spid,
        "config-sentinel",
        "sentinel.sentinel.service",
        "info",
        "%s: incremented restart penalty to %2.3f seconds",
        "searchnode: incremented restart penalty to 2.000 seconds",
    )
    newpid = 48213
    t = V(
        "content1",
        t + sec(0.61),
        newpid,
        newpid,
        "config-sentinel",
        "sentinel.sentinel.service",
        "event",
        'starting/1 name="%s"',
        'starting/1 name="searchnode"',
    )
    pids["content1"] = newpid
    t += sec(3.8)
    for sub in ["0.ready", "1.removed", "2.notready"]:
        t = EV(
            "content1",
            t + sec(r.uniform(0.01, 0.1)),
            newpid + 9,
            "load.documentmetastore.start",
            {"documentsubdb": f"product.{sub}"},
        )
        t = EV(
            "content1",
            t + sec(r.uniform(0.2, 6.0) if sub == "0.ready" else r.uniform(0.01, 0.3)),
            newpid + 9,
            "load.documentmetastore.complete",
            {"documentsubdb": f"product.{sub}", "time.elapsed.ms": r.randint(40, 5900)},
        )
    for a in VE_ATTRS:
        t = EV(
            "content1",
            t + sec(r.uniform(0.01, 0.2)),
            newpid + 11,
            "load.attribute.start",
            {"documentsubdb": "product.0.ready", "name": a},
        )
        el = r.uniform(4, 31)
        t = EV(
            "content1",
            t + sec(el),
            newpid + 11,
            "load.attribute.complete",
            {"documentsubdb": "product.0.ready", "name": a, "time.elapsed.ms": int(el * 1000)},
        )
    first = serial(("content1"), crash1) - r.randint(9_000_000, 12_000_000)
    last = serial("content1", crash1)
    t = EV(
        "content1",
        t + sec(0.3),
        newpid + 14,
        "transactionlog.replay.start",
        {"domain": "product", "serialnum": {"first": first, "last": last}},
    )
    replay_start = t
    for p in [0.18, 0.36, 0.54, 0.73, 0.91]:
        t = EV(
            "content1",
            replay_start + sec(330 * p),
            newpid + 14,
            "transactionlog.replay.progress",
            {
                "domain": "product",
                "progress": p,
                "serialnum": {
                    "first": first,
                    "last": last,
                    "current": first + int((last - first) * p),
                },
            },
        )
    EV(
        "content1",
        back1 - sec(4.2),
        newpid + 14,
        "transactionlog.replay.complete",
        {
            "domain": "product",
            "time.elapsed.ms": int((back1 - sec(4.2) - replay_start).total_seconds() * 1000),
        },
    )

    # the containers' dispatch sees group 0 go and come back
    median = sorted(docs.values())[1]
    node0 = (
        f"search node key = 0 hostname = content1.{VE_DOMAIN} path = 0 in group 0 "
        "statusIsKnown = true working = false activeDocs = 0 targetActiveDocs = 0"
    )
    for q, qpid in VE_QRS.items():
        tq = crash1 + sec(r.uniform(1.5, 4.0))
        while tq < back1:
            V(
                q,
                tq,
                qpid,
                r.choice([63, 64, 71]),
                "container",
                "Container.com.yahoo.search.dispatch.searchcluster.SearchCluster",
                "warning",
                "Cluster %s: search group %d has reduced coverage: Active documents: %d/%d, Target active documents: %d, working nodes: %d/%d, unresponsive nodes: %s",
                f"Cluster products: search group 0 has reduced coverage: Active documents: 0/{median}, Target active documents: 0, working nodes: 0/1, unresponsive nodes: \n{node0}",
            )
            tq += sec(30 + r.uniform(0.0, 1.0))
        V(
            q,
            tq,
            qpid,
            r.choice([63, 64, 71]),
            "container",
            "Container.com.yahoo.search.dispatch.searchcluster.SearchCluster",
            "info",
            "Cluster %s: search group %d has full coverage. Active documents: %d/%d, Target active documents: %d, working nodes: %d/%d",
            f"Cluster products: search group 0 has full coverage. Active documents: {docs['content1']}/{median}, Target active documents: {docs['content1']}, working nodes: 1/1",
        )

    # deployments
    for sess, td, good in [
        (14, at(6, 41, 7.3), True),
        (15, at(10, 15, 2.8), False),
        (16, at(10, 31, 44.1), True),
    ]:
        V(
            "cfg1",
            td,
            1712,
            r.randint(180, 230),
            "configserver",
            "Container.com.yahoo.vespa.config.server.deploy.Deployment",
            "info",
            "Session %d activated successfully using no host provisioner. Config generation %d. Based on session %d. File references: %s",
            f"Session {sess} activated successfully using no host provisioner. Config generation {sess}. Based on session {sess - 1}. File references: [{hexid(r, 16)}]",
        )
        for q, qpid in VE_QRS.items():
            tq = td + sec(r.uniform(1.5, 6.0))
            if good:
                V(
                    q,
                    tq,
                    qpid,
                    r.choice([29, 31]),
                    "container",
                    "Container.com.yahoo.container.jdisc.ConfiguredApplication",
                    "info",
                    "Switching to the latest deployed set of configurations and components. Application config generation: %d",
                    f"Switching to the latest deployed set of configurations and components. Application config generation: {sess}",
                )
            else:
                msg = "\n".join(
                    [
                        "Failed to set up new component graph due to error when constructing one of the components. Retaining previous component generation.",
                        "exception=",
                        "com.yahoo.container.di.componentgraph.core.ComponentNode$ComponentConstructorException: Error constructing 'com.example.shop.search.RerankSearcher' in 'shop-search': Model file 'models/rerank-v3.onnx' does not exist",
                        *VE_TRACE,
                    ]
                )
                V(
                    q,
                    tq + sec(r.uniform(2, 5)),
                    qpid,
                    r.choice([29, 31]),
                    "container",
                    "Container.com.yahoo.container.di.Container",
                    "warning",
                    "Failed to set up new component graph due to error when constructing one of the components. Retaining previous component generation.",
                    msg,
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- zincsearch

ZS_MOD = "github.com/zincsearch/zincsearch/pkg"
# method, path, handler, handlers (the global Recovery, AccessLog and cors middlewares counted)
ZS_ROUTES: list[tuple[str, str, str, int]] = [
    ("GET", "/debug/pprof/", "github.com/gin-contrib/pprof.RouteRegister.WrapF.func1", 3),
    ("GET", "/debug/pprof/cmdline", "github.com/gin-contrib/pprof.RouteRegister.WrapF.func2", 3),
    ("GET", "/debug/pprof/profile", "github.com/gin-contrib/pprof.RouteRegister.WrapF.func3", 3),
    ("POST", "/debug/pprof/symbol", "github.com/gin-contrib/pprof.RouteRegister.WrapF.func4", 3),
    ("GET", "/debug/pprof/symbol", "github.com/gin-contrib/pprof.RouteRegister.WrapF.func5", 3),
    ("GET", "/debug/pprof/trace", "github.com/gin-contrib/pprof.RouteRegister.WrapF.func6", 3),
    ("GET", "/debug/pprof/allocs", "github.com/gin-contrib/pprof.RouteRegister.WrapH.func7", 3),
    ("GET", "/debug/pprof/block", "github.com/gin-contrib/pprof.RouteRegister.WrapH.func8", 3),
    ("GET", "/debug/pprof/goroutine", "github.com/gin-contrib/pprof.RouteRegister.WrapH.func9", 3),
    ("GET", "/debug/pprof/heap", "github.com/gin-contrib/pprof.RouteRegister.WrapH.func10", 3),
    ("GET", "/debug/pprof/mutex", "github.com/gin-contrib/pprof.RouteRegister.WrapH.func11", 3),
    (
        "GET",
        "/debug/pprof/threadcreate",
        "github.com/gin-contrib/pprof.RouteRegister.WrapH.func12",
        3,
    ),
    ("GET", "/", f"{ZS_MOD}/meta.GUI", 4),
    ("GET", "/version", f"{ZS_MOD}/meta.GetVersion", 4),
    ("GET", "/healthz", f"{ZS_MOD}/meta.GetHealthz", 4),
    ("GET", "/swagger", f"{ZS_MOD}/routes.SetRoutes.func1", 4),
    ("GET", "/swagger/*any", "github.com/swaggo/gin-swagger.CustomWrapHandler.func1", 4),
    (
        "GET",
        "/ui/*filepath",
        "github.com/gin-gonic/gin.(*RouterGroup).createStaticHandler.func1",
        5,
    ),
    (
        "HEAD",
        "/ui/*filepath",
        "github.com/gin-gonic/gin.(*RouterGroup).createStaticHandler.func1",
        5,
    ),
    ("POST", "/api/login", f"{ZS_MOD}/handlers/auth.Login", 4),
    ("POST", "/api/user", f"{ZS_MOD}/handlers/auth.CreateUpdateUser", 5),
    ("PUT", "/api/user", f"{ZS_MOD}/handlers/auth.CreateUpdateUser", 5),
    ("DELETE", "/api/user/:id", f"{ZS_MOD}/handlers/auth.DeleteUser", 5),
    ("GET", "/api/user", f"{ZS_MOD}/handlers/auth.ListUser", 5),
    ("GET", "/api/permissions", f"{ZS_MOD}/handlers/auth.ListPermissions", 5),
    ("GET", "/api/role", f"{ZS_MOD}/handlers/auth.ListRole", 5),
    ("POST", "/api/role", f"{ZS_MOD}/handlers/auth.CreateUpdateRole", 5),
    ("PUT", "/api/role", f"{ZS_MOD}/handlers/auth.CreateUpdateRole", 5),
    ("DELETE", "/api/role/:id", f"{ZS_MOD}/handlers/auth.DeleteRole", 5),
    ("GET", "/api/index", f"{ZS_MOD}/handlers/index.List", 5),
    ("GET", "/api/index_name", f"{ZS_MOD}/handlers/index.IndexNameList", 5),
    ("POST", "/api/index", f"{ZS_MOD}/handlers/index.Create", 5),
    ("PUT", "/api/index", f"{ZS_MOD}/handlers/index.Create", 5),
    ("PUT", "/api/index/:target", f"{ZS_MOD}/handlers/index.Create", 5),
    ("DELETE", "/api/index/:target", f"{ZS_MOD}/handlers/index.Delete", 5),
    ("GET", "/api/index/:target", f"{ZS_MOD}/handlers/index.Get", 5),
    ("HEAD", "/api/index/:target", f"{ZS_MOD}/handlers/index.Exists", 5),
    ("POST", "/api/index/:target/refresh", f"{ZS_MOD}/handlers/index.Refresh", 5),
    ("GET", "/api/:target/_mapping", f"{ZS_MOD}/handlers/index.GetMapping", 5),
    ("PUT", "/api/:target/_mapping", f"{ZS_MOD}/handlers/index.SetMapping", 5),
    ("GET", "/api/:target/_settings", f"{ZS_MOD}/handlers/index.GetSettings", 5),
    ("PUT", "/api/:target/_settings", f"{ZS_MOD}/handlers/index.SetSettings", 5),
    ("POST", "/api/_analyze", f"{ZS_MOD}/handlers/index.Analyze", 5),
    ("POST", "/api/:target/_analyze", f"{ZS_MOD}/handlers/index.Analyze", 5),
    ("POST", "/api/:target/_search", f"{ZS_MOD}/handlers/search.SearchV1", 5),
    ("POST", "/api/_bulk", f"{ZS_MOD}/handlers/document.Bulk", 5),
    ("POST", "/api/:target/_bulk", f"{ZS_MOD}/handlers/document.Bulk", 5),
    ("POST", "/api/:target/_multi", f"{ZS_MOD}/handlers/document.Multi", 5),
    ("POST", "/api/_bulkv2", f"{ZS_MOD}/handlers/document.Bulkv2", 5),
    ("POST", "/api/:target/_bulkv2", f"{ZS_MOD}/handlers/document.Bulkv2", 5),
    ("POST", "/api/:target/_doc", f"{ZS_MOD}/handlers/document.CreateUpdate", 5),
    ("PUT", "/api/:target/_doc", f"{ZS_MOD}/handlers/document.CreateUpdate", 5),
    ("PUT", "/api/:target/_doc/:id", f"{ZS_MOD}/handlers/document.CreateUpdate", 5),
    ("HEAD", "/api/:target/_doc/:id", f"{ZS_MOD}/handlers/document.Get", 5),
    ("GET", "/api/:target/_doc/:id", f"{ZS_MOD}/handlers/document.Get", 5),
    ("POST", "/api/:target/_update/:id", f"{ZS_MOD}/handlers/document.Update", 5),
    ("DELETE", "/api/:target/_doc/:id", f"{ZS_MOD}/handlers/document.Delete", 5),
    ("GET", "/es/", f"{ZS_MOD}/routes.SetRoutes.func3", 5),
    ("HEAD", "/es/", f"{ZS_MOD}/routes.SetRoutes.func4", 5),
    ("GET", "/es/_license", f"{ZS_MOD}/routes.SetRoutes.func5", 5),
    ("GET", "/es/_xpack", f"{ZS_MOD}/routes.SetRoutes.func6", 5),
    ("POST", "/es/_search", f"{ZS_MOD}/handlers/search.SearchDSL", 7),
    ("POST", "/es/_msearch", f"{ZS_MOD}/handlers/search.MultipleSearch", 7),
    ("POST", "/es/:target/_search", f"{ZS_MOD}/handlers/search.SearchDSL", 7),
    ("POST", "/es/:target/_msearch", f"{ZS_MOD}/handlers/search.MultipleSearch", 7),
    ("POST", "/es/:target/_delete_by_query", f"{ZS_MOD}/handlers/search.DeleteByQuery", 6),
    ("GET", "/es/_index_template", f"{ZS_MOD}/handlers/index.ListTemplate", 6),
    ("POST", "/es/_index_template", f"{ZS_MOD}/handlers/index.CreateTemplate", 6),
    ("PUT", "/es/_index_template/:target", f"{ZS_MOD}/handlers/index.CreateTemplate", 6),
    ("GET", "/es/_index_template/:target", f"{ZS_MOD}/handlers/index.GetTemplate", 6),
    ("HEAD", "/es/_index_template/:target", f"{ZS_MOD}/handlers/index.GetTemplate", 6),
    ("DELETE", "/es/_index_template/:target", f"{ZS_MOD}/handlers/index.DeleteTemplate", 6),
    ("PUT", "/es/_data_stream/:target", f"{ZS_MOD}/meta/elastic.PutDataStream", 6),
    ("GET", "/es/_data_stream/:target", f"{ZS_MOD}/meta/elastic.GetDataStream", 6),
    ("HEAD", "/es/_data_stream/:target", f"{ZS_MOD}/meta/elastic.GetDataStream", 6),
    ("PUT", "/es/:target", f"{ZS_MOD}/handlers/index.CreateES", 6),
    ("HEAD", "/es/:target", f"{ZS_MOD}/handlers/index.Exists", 6),
    ("GET", "/es/:target/_mapping", f"{ZS_MOD}/handlers/index.GetESMapping", 6),
    ("PUT", "/es/:target/_mapping", f"{ZS_MOD}/handlers/index.SetMapping", 6),
    ("GET", "/es/:target/_settings", f"{ZS_MOD}/handlers/index.GetSettings", 6),
    ("PUT", "/es/:target/_settings", f"{ZS_MOD}/handlers/index.SetSettings", 6),
    ("POST", "/es/_analyze", f"{ZS_MOD}/handlers/index.Analyze", 6),
    ("POST", "/es/:target/_analyze", f"{ZS_MOD}/handlers/index.Analyze", 6),
    ("POST", "/es/_aliases", f"{ZS_MOD}/handlers/index.AddOrRemoveESAlias", 6),
    ("GET", "/es/_alias", f"{ZS_MOD}/handlers/index.GetESAliases", 6),
    ("GET", "/es/:target/_alias", f"{ZS_MOD}/handlers/index.GetESAliases", 6),
    ("GET", "/es/_alias/:target_alias", f"{ZS_MOD}/handlers/index.GetESAliases", 6),
    ("POST", "/es/_bulk", f"{ZS_MOD}/handlers/document.ESBulk", 6),
    ("POST", "/es/:target/_bulk", f"{ZS_MOD}/handlers/document.ESBulk", 6),
    ("PUT", "/es/:target/_bulk", f"{ZS_MOD}/handlers/document.ESBulk", 6),
    ("POST", "/es/:target/_refresh", f"{ZS_MOD}/handlers/index.Refresh", 5),
    ("POST", "/es/:target/_doc", f"{ZS_MOD}/handlers/document.CreateUpdate", 6),
    ("PUT", "/es/:target/_doc/:id", f"{ZS_MOD}/handlers/document.CreateUpdate", 6),
    ("PUT", "/es/:target/_create/:id", f"{ZS_MOD}/handlers/document.CreateUpdate", 6),
    ("POST", "/es/:target/_create/:id", f"{ZS_MOD}/handlers/document.CreateUpdate", 6),
    ("POST", "/es/:target/_update/:id", f"{ZS_MOD}/handlers/document.Update", 6),
    ("DELETE", "/es/:target/_doc/:id", f"{ZS_MOD}/handlers/document.Delete", 6),
]
ZS_SEGMENT_ERR = 'sending request - Post "https://api.segment.io/v1/batch": dial tcp: lookup api.segment.io on 127.0.0.11:53: server misbehaving'


def zincsearch(r: random.Random) -> list[Log]:
    """One ZincSearch node in Docker (GIN_MODE unset), 06:00 to 12:00: Fluent Bit's bulk posts
    every 40 s into app-logs-2024.06.07 (one shard) and the WAL consumer's debug lines, Grafana's
    multi-searches every two minutes, a support tool's searches, Prometheus scraping /metrics from
    08:50, the disk full 07:45:10-07:47:10, a second-layer shard at 08:31, telemetry failing
    behind the firewall, an upgrade to 0.4.10 at 09:40 and an OOM kill at 10:55."""
    fs = Files()
    F = "zincsearch.log"
    gin_seq = [0]

    def zts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%SZ}"

    def Z(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
    ) -> datetime:
        body = "".join(f"{json.dumps(k)}:{json.dumps(v)}," for k, v in (fields or []))
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f'{{"level":"{level}",{body}"time":"{zts(x)}","message":{json.dumps(msg)}}}'
            ],
            "zinc",
            1_000_000,
        )

    def G(t: datetime, label: str, lines: list[str]) -> datetime:
        gin_seq[0] += 1
        return fs.add(F, t, label, lambda x: lines, ("gin", gin_seq[0]), 1)

    def S(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            F, t, label, lambda x: [f"segment {x:%Y/%m/%d %H:%M:%S} {msg}"], "zinc", 1_000_000
        )

    def access(t: datetime, method: str, uri: str, code: int, took: int, label: str) -> datetime:
        return Z(
            t,
            "info" if code != 404 else "error",
            label,
            uri,
            [("method", method), ("code", code), ("took", took)],
        )

    today = "app-logs-2024.06.07"
    shard_id = {
        today: "2Atq0RvcxXk",
        "app-logs-2024.06.06": "29wYkQ8nTfz",
        "app-logs-2024.06.05": "29Q1xgM4LpB",
    }
    second = {today: 1, "app-logs-2024.06.06": 3, "app-logs-2024.06.05": 3}

    def segment_batch(t: datetime, n: int) -> None:
        delay = 0.1
        for _ in range(10):
            t = S(
                t,
                "ERROR: sending request - Post %q: dial tcp: lookup %s on %s: server misbehaving",
                "ERROR: " + ZS_SEGMENT_ERR,
            )
            t += sec(delay + r.uniform(0.0, 0.05))
            delay = min(delay * 2, 10.0)
        S(
            t,
            "ERROR: %d messages dropped because they failed to be sent after %d attempts",
            f"ERROR: {n} messages dropped because they failed to be sent after 10 attempts",
        )

    def boot(t: datetime, version: str, upgrade_from: str = "") -> datetime:
        t = Z(
            t, "debug", "open %s: no such file or directory", "open .env: no such file or directory"
        )
        for idx in ["app-logs-2024.06.05", "app-logs-2024.06.06", today]:
            if upgrade_from:
                t = Z(
                    t + sec(0.01),
                    "info",
                    "Upgrade index[%s] from version[%s] to version[%s]",
                    f"Upgrade index[{idx}] from version[{upgrade_from}] to version[{version}]",
                )
            t = Z(
                t + sec(0.01),
                "info",
                "Loading  index... [%s:%s] shards[%d:%d]",
                f"Loading  index... [{idx}:disk] shards[1:{second[idx]}]",
            )
        t = Z(t + sec(0.2), "info", "Starting Zinc %s", f"Starting Zinc {version}")
        tg = G(
            t + sec(0.05),
            '[WARNING] Running in "debug" mode. Switch to "release" mode in production.',
            [
                '[GIN-debug] [WARNING] Running in "debug" mode. Switch to "release" mode in production.',
                " - using env:\texport GIN_MODE=release",
                " - using code:\tgin.SetMode(gin.ReleaseMode)",
                "",
            ],
        )
        for method, path, handler, n in ZS_ROUTES:
            tg = G(
                tg + sec(0.00002),
                "%-6s %-25s --> %s (%d handlers)",
                [f"[GIN-debug] {method:<6} {path:<25} --> {handler} ({n} handlers)"],
            )
        t = Z(tg + sec(0.001), "info", "Listen on %s", "Listen on :4080")
        return t

    def shutdown(t: datetime) -> datetime:
        t = Z(t, "info", "Server closed", "Server closed")
        t = Z(t + sec(0.01), "info", "Index closing...", "Index closing...")
        t = Z(t + sec(0.4), "info", "Index closed", "Index closed")
        t = Z(t + sec(0.01), "info", "Metadata closed", "Metadata closed")
        return Z(t + sec(0.01), "info", "Server shutdown ok", "Server shutdown ok")

    upgrade = at(9, 40, 11.0)
    oom = at(10, 55, 3.0)
    starts = [
        (T0 - sec(42.7), "v0.4.9", ""),
        (upgrade + sec(6.2), "v0.4.10", "v0.4.9"),
        (oom + sec(38.5), "v0.4.10", ""),
    ]
    for ts, ver, frm in starts:
        t = boot(ts, ver, frm)
        segment_batch(t + sec(r.uniform(4.5, 5.0)), 2)
        tb = ts + sec(1800)
        end = upgrade if ts < upgrade else (oom if ts < oom else T_END)
        while tb < end:
            segment_batch(tb + sec(r.uniform(4.5, 5.0)), 1)
            tb += sec(1800)
    shutdown(upgrade)

    def down(t: datetime) -> bool:
        return upgrade - sec(1) <= t < upgrade + sec(9) or oom - sec(1) <= t < oom + sec(42)

    # Fluent Bit's bulk posts and the WAL consumer
    disk_full = (at(7, 45, 10), at(7, 47, 10))
    wal_max = r.randint(180_000, 260_000)
    committed = wal_max
    need_rollback = False
    t = T0 + sec(r.uniform(1, 40))
    new_shard_done = False
    while t < T_END:
        if down(t):
            if oom - sec(1) <= t < oom + sec(42):
                need_rollback = True
            t += sec(40 + r.uniform(-1.5, 1.5))
            continue
        n = r.randint(120, 950) if not at(8, 0) <= t < at(8, 30) else r.randint(1800, 4200)
        if disk_full[0] <= t < disk_full[1]:
            access(t, "POST", "/es/_bulk", 500, r.randint(1, 6), "POST /es/_bulk 500")
            t += sec(40 + r.uniform(-1.5, 1.5))
            continue
        tr = access(
            t,
            "POST",
            "/es/_bulk",
            200,
            r.randint(3, 48) if n < 1000 else r.randint(60, 210),
            "POST /es/_bulk 200",
        )
        wal_max += n
        tc = tr + sec(r.uniform(0.05, 0.95))
        if need_rollback:
            need_rollback = False
            rb = [
                ("index", today),
                ("shard", shard_id[today]),
                ("minID", committed + 1),
                ("maxID", committed + r.randint(200, 700)),
            ]
            tc = Z(tc, "info", "rollback start", "rollback start", rb)
            tc = Z(tc + sec(0.3), "info", "rollback success", "rollback success", rb)
        tc = Z(
            tc,
            "debug",
            "consume wal begin",
            "consume wal begin",
            [
                ("index", today),
                ("shard", shard_id[today]),
                ("minID", committed),
                ("maxID", wal_max),
            ],
        )
        tc = Z(
            tc + sec(r.uniform(0.02, 0.4)),
            "debug",
            "consume wal end",
            "consume wal end",
            [("index", today), ("shard", shard_id[today]), ("minID", wal_max), ("maxID", wal_max)],
        )
        committed = wal_max
        if not new_shard_done and t >= at(8, 31):
            new_shard_done = True
            second[today] += 1
            Z(
                tc + sec(0.01),
                "info",
                "init new second layer shard",
                "init new second layer shard",
                [("index", today), ("shard", shard_id[today]), ("second shard", second[today] - 1)],
            )
        t += sec(40 + r.uniform(-1.5, 1.5))
    # the consumer retrying every second while the disk is full
    pending = wal_max + r.randint(300, 600)
    tc = disk_full[0] + sec(0.6)
    while tc < disk_full[1]:
        tc = Z(
            tc,
            "debug",
            "consume wal begin",
            "consume wal begin",
            [
                ("index", today),
                ("shard", shard_id[today]),
                ("minID", committed),
                ("maxID", pending),
            ],
        )
        Z(
            tc + sec(0.01),
            "error",
            "consume wal.docs.WriteTo()",
            "consume wal.docs.WriteTo()",
            [
                (
                    "error",
                    f"write /data/{today}/{shard_id[today]}/000000/{r.randint(0x110, 0x130):012x}.seg: no space left on device",
                ),
                ("index", today),
                ("shard", shard_id[today]),
            ],
        )
        tc += sec(1.0)

    # Grafana's multi-searches and a support tool's searches
    for tq in poisson(r, T0, T_END, 120):
        if not down(tq):
            access(tq, "POST", "/es/_msearch", 200, r.randint(9, 140), "POST /es/_msearch 200")
    for tq in poisson(r, at(7, 0), at(11, 30), 420):
        if not down(tq):
            idx = r.choice([today, today, "app-logs-2024.06.06"])
            access(
                tq, "POST", f"/es/{idx}/_search", 200, r.randint(4, 90), "POST /es/%s/_search 200"
            )
    # Prometheus scraping /metrics (not enabled) from 08:50
    tp = at(8, 50, 12.3)
    while tp < T_END:
        if not down(tp):
            access(tp, "GET", "/metrics", 404, 0, "GET /metrics 404")
        tp += sec(60)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- chronograf

CG_QUERIES = [
    'SELECT mean("usage_user") AS "mean_usage_user" FROM "telegraf"."autogen"."cpu" WHERE time > now() - 1h AND "host"=~ /^web/ GROUP BY time(1m), "host" FILL(null)',
    'SELECT mean("used_percent") FROM "telegraf"."autogen"."mem" WHERE time > now() - 1h GROUP BY time(1m), "host" FILL(null)',
    'SELECT non_negative_derivative(mean("bytes_recv"), 1s) FROM "telegraf"."autogen"."net" WHERE time > now() - 1h AND "interface"=\'eth0\' GROUP BY time(1m), "host"',
    'SELECT max("used_percent") FROM "telegraf"."autogen"."disk" WHERE time > now() - 6h AND "path"=\'/\' GROUP BY time(5m), "host"',
    'SELECT mean("p99") FROM "telegraf"."autogen"."http_latency" WHERE time > now() - 1h GROUP BY time(1m), "route"',
]
CG_USERS = {
    "alice@example.com": "10.20.6.14",
    "bob@example.com": "10.20.6.27",
    "carol@example.com": "10.20.7.3",
    "dmitri@example.com": "10.20.6.90",
}


def go_quote(s: str) -> str:
    return (
        '"'
        + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        + '"'
    )


def lr_val(v: object) -> str:
    s = str(v)
    ok = all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in s) and s != ""
    return s if ok else go_quote(s)


def influx_url(q: str) -> str:
    from urllib.parse import urlencode

    return "http://chronograf:***@influxdb.internal:8086/query?" + urlencode(
        {"db": "telegraf", "epoch": "ms", "q": q, "rp": "autogen"}
    )


def chronograf(r: random.Random) -> list[Log]:
    """One Chronograf 1.10.2 server behind a TCP load balancer (TLS on, generic OAuth2 against
    Keycloak), 06:00 to 12:00: the ops wall dashboard's three cells every minute, four people's
    sessions, InfluxDB restarted 07:40-07:52, Kapacitor down 09:15-09:30, Keycloak restarted
    10:05-10:07:30, an upgrade to 1.10.3 at 11:00."""
    fs = Files()
    F = "chronograf.log"

    def L(
        t: datetime, level: str, label: str, msg: str, fields: dict[str, object] | None = None
    ) -> datetime:
        tail = "".join(f" {k}={lr_val(v)}" for k, v in sorted((fields or {}).items()))
        return fs.add(
            F,
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={level} msg={lr_val(msg)}{tail}'],
            "chronograf",
            1_000_000,
        )

    def STD(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            F, t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"], "chronograf", 1_000_000
        )

    status_text = {
        200: "OK",
        201: "Created",
        204: "No Content",
        304: "Not Modified",
        307: "Temporary Redirect",
        400: "Bad Request",
        403: "Forbidden",
        404: "Not Found",
        408: "Request Timeout",
        502: "Bad Gateway",
    }

    def resp(t: datetime, ip: str, method: str, status: int, rt: float) -> datetime:
        return L(
            t,
            "info",
            "Response: %s",
            f"Response: {status_text[status]}",
            {
                "component": "server",
                "remote_addr": f"{ip}:{r.randint(40000, 65000)}",
                "method": method,
                "response_time": go_dur(rt),
                "status": status,
            },
        )

    influx_down = (at(7, 40, 5), at(7, 52, 30))
    influx_hang = (at(7, 39, 20), at(7, 40, 5))
    kapa_down = (at(9, 15, 0), at(9, 30, 10))
    kc_down = (at(10, 5, 0), at(10, 7, 30))
    upgrade = at(11, 0, 5)

    def down(t: datetime) -> bool:
        return upgrade - sec(1) <= t < upgrade + sec(4)

    def query(t: datetime, ip: str, q: str) -> datetime:
        if down(t):
            return t
        if in_any(t, [influx_down]):
            t = L(
                t + sec(r.uniform(0.001, 0.004)),
                "error",
                "Error message Post %q: dial tcp %s: connect: connection refused",
                f'Error message Post "{influx_url(q)}": dial tcp 10.20.0.15:8086: connect: connection refused',
                {"component": "server", "http_status ": 400},
            )
            return resp(t, ip, "POST", 400, r.uniform(0.0008, 0.004))
        if in_any(t, [influx_hang]):
            t = L(
                t + sec(30),
                "error",
                "Error message Timeout waiting for Influx response",
                "Error message Timeout waiting for Influx response",
                {"component": "server", "http_status ": 408},
            )
            return resp(t, ip, "POST", 408, r.uniform(30.0, 30.02))
        return resp(t, ip, "POST", 200, r.uniform(0.012, 0.45))

    # the wall dashboard
    tv = "10.20.4.31"
    t = T0 + sec(r.uniform(1, 50))
    while t < T_END:
        for q in CG_QUERIES[:3]:
            query(t + sec(r.uniform(0.0, 0.3)), tv, q)
        t += sec(60)

    # the load balancer's TCP check and a scanner
    t = T0 + sec(r.uniform(0, 59))
    while t < T_END:
        if not down(t):
            L(
                t,
                "error",
                "http: TLS handshake error from %s: EOF",
                f"http: TLS handshake error from 10.20.0.2:{r.randint(30000, 60000)}: EOF",
            )
        t += sec(60)
    ts = at(9, 47, 12)
    for i in range(4):
        L(
            ts + sec(i * 0.7),
            "error",
            "http: TLS handshake error from %s: tls: client offered only unsupported versions: %x",
            f"http: TLS handshake error from 198.51.100.23:{r.randint(30000, 60000)}: tls: client offered only unsupported versions: [302 301]",
        )
    for i in range(3):
        L(
            ts + sec(4 + i * 0.7),
            "error",
            "http: TLS handshake error from %s: tls: no cipher suite supported by both client and server",
            f"http: TLS handshake error from 198.51.100.23:{r.randint(30000, 60000)}: tls: no cipher suite supported by both client and server",
        )

    def login(t: datetime, user: str, ok: bool = True, expired_state: bool = False) -> datetime:
        ip = CG_USERS[user]
        t = resp(t, ip, "GET", 307, r.uniform(0.0002, 0.001))  # /oauth/keycloak/login
        t += sec(r.uniform(5, 25)) if not expired_state else sec(r.uniform(640, 900))
        state = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + hexid(r, 40)
        cb = f"/oauth/keycloak/callback?code={uuid4(r)}.{uuid4(r)}&session_state={uuid4(r)}&state={state}"
        f = {
            "component": "auth",
            "remote_addr": f"{ip}:{r.randint(40000, 65000)}",
            "method": "GET",
            "url": cb,
        }
        if expired_state:
            t = L(
                t,
                "error",
                "Invalid OAuth state received: token is expired by %s",
                f"Invalid OAuth state received: token is expired by {r.randint(1, 4)}m{r.randint(1, 59)}s",
                f,
            )
        elif not ok:
            t = L(
                t + sec(r.uniform(0.001, 0.01)),
                "error",
                "Unable to exchange code for token Post %q: dial tcp %s: connect: connection refused",
                'Unable to exchange code for token Post "https://sso.example.com/realms/ops/protocol/openid-connect/token": dial tcp 10.20.0.30:443: connect: connection refused',
                f,
            )
        else:
            t = L(
                t + sec(r.uniform(0.05, 0.3)),
                "info",
                "User %s is authenticated",
                f"User {user} is authenticated",
                f,
            )
        return resp(t, ip, "GET", 307, r.uniform(0.05, 0.4))

    def page_load(t: datetime, ip: str) -> datetime:
        t = resp(t, ip, "GET", 200, r.uniform(0.001, 0.006))
        for _ in range(5):
            t = resp(
                t + sec(r.uniform(0.05, 0.3)),
                ip,
                "GET",
                r.choice([304, 304, 304, 200]),
                r.uniform(0.0003, 0.004),
            )
        for _ in range(r.randint(4, 7)):
            t = resp(t + sec(r.uniform(0.05, 0.5)), ip, "GET", 200, r.uniform(0.0006, 0.02))
        return t

    def session(user: str, start: datetime, end: datetime, expired: bool) -> None:
        ip = CG_USERS[user]
        t = start
        if down(t):
            return
        if expired:
            t = L(
                t,
                "error",
                "Invalid principal",
                "Invalid principal",
                {
                    "component": "auth",
                    "remote_addr": f"{ip}:{r.randint(40000, 65000)}",
                    "method": "GET",
                    "url": "/chronograf/v1/me",
                },
            )
            t = resp(t, ip, "GET", 403, r.uniform(0.0001, 0.0006))
            t = login(t + sec(r.uniform(1, 3)), user, ok=not in_any(t, [kc_down]))
            if in_any(t, [kc_down]):
                return
        t = page_load(t + sec(r.uniform(0.5, 2)), ip)
        while t < end:
            if down(t):
                t += sec(30)
                continue
            act = r.random()
            if act < 0.55:  # open or refresh a dashboard
                for q in r.sample(CG_QUERIES, r.randint(2, 4)):
                    query(t + sec(r.uniform(0, 0.4)), ip, q)
                t = resp(t, ip, "GET", 200, r.uniform(0.001, 0.01))
            elif act < 0.8:  # the data explorer
                t = query(t, ip, r.choice(CG_QUERIES).replace("now() - 1h", "now() - 15m"))
                if r.random() < 0.15:
                    t = L(
                        t + sec(0.01),
                        "error",
                        "Error message received status code %d from server: err: database not found: %s",
                        "Error message received status code 404 from server: err: database not found: telegraf_2023",
                        {"component": "server", "http_status ": 400},
                    )
                    t = resp(t, ip, "POST", 400, r.uniform(0.002, 0.01))
            elif act < 0.9:  # annotations, a cell edit
                t = resp(
                    t,
                    ip,
                    r.choice(["POST", "PUT", "PATCH"]),
                    r.choice([201, 200, 204]),
                    r.uniform(0.002, 0.03),
                )
            else:  # the alert rules, through the Kapacitor proxy
                if in_any(t, [kapa_down]):
                    t = STD(
                        t + sec(r.uniform(0.001, 0.01)),
                        "http: proxy error: dial tcp %s: connect: connection refused",
                        "http: proxy error: dial tcp 10.20.0.16:9092: connect: connection refused",
                    )
                    t = resp(t, ip, "GET", 502, r.uniform(0.0005, 0.003))
                else:
                    t = resp(t, ip, "GET", 200, r.uniform(0.004, 0.06))
            t += sec(r.uniform(35, 90))

    session("alice@example.com", at(6, 21, 40), at(7, 5), True)
    session("bob@example.com", at(7, 36, 12), at(8, 8), True)
    session("dmitri@example.com", at(8, 31, 3), at(8, 58), True)
    session("alice@example.com", at(9, 2, 18), at(9, 38), False)
    # carol on the alert pages while Kapacitor is down
    tcar = at(9, 12, 40)
    session("carol@example.com", tcar, at(9, 14, 0), True)
    t = at(9, 14, 30)
    while t < at(9, 33):
        ip = CG_USERS["carol@example.com"]
        if in_any(t, [kapa_down]):
            t = STD(
                t + sec(0.005),
                "http: proxy error: dial tcp %s: connect: connection refused",
                "http: proxy error: dial tcp 10.20.0.16:9092: connect: connection refused",
            )
            t = resp(t, ip, "GET", 502, r.uniform(0.0005, 0.003))
        else:
            t = resp(t, ip, "GET", 200, r.uniform(0.004, 0.06))
        t += sec(r.uniform(25, 40))
    # Keycloak down: two failed logins, then in
    login(at(10, 5, 41), "bob@example.com", ok=False)
    login(at(10, 6, 30), "dmitri@example.com", ok=False)
    session("bob@example.com", at(10, 8, 55), at(10, 38), True)
    session("dmitri@example.com", at(10, 12, 4), at(10, 50), True)
    login(at(10, 52, 10), "carol@example.com", expired_state=True)
    login(at(11, 8, 2), "carol@example.com")
    session("alice@example.com", at(11, 21, 30), at(11, 52), True)

    # the upgrade
    L(
        upgrade,
        "info",
        "Stopped serving chronograf at %s://%s",
        "Stopped serving chronograf at https://[::]:8888",
        {"component": "server"},
    )
    t = upgrade + sec(2.3)
    t = L(t, "info", "Moving from version %s", "Moving from version 1.10.2")
    t = L(t, "info", "Moving to version %s", "Moving to version 1.10.3")
    t = L(
        t,
        "info",
        "Successfully created %s",
        "Successfully created /var/lib/chronograf/chronograf-v1.db.1.10.2.backup",
    )
    t = L(
        t,
        "info",
        "Reporting usage stats",
        "Reporting usage stats",
        {
            "component": "usage",
            "freq": "24h",
            "reporting_addr": "https://usage.influxdata.com",
            "stats": "os,arch,version,cluster_id,uptime",
        },
    )
    L(
        t,
        "info",
        "Serving chronograf at %s://%s",
        "Serving chronograf at https://[::]:8888",
        {"component": "server"},
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------- splunk-forwarder

SF_HOSTS = {
    # host: (ip, splunkd pid, guid, autoLB seconds, monitored files rotated hourly)
    "web01": (
        "10.0.2.11",
        2351,
        "3E6A1C52-9B0D-4F1E-8C3A-57D2E0A4B9F1",
        30,
        [
            ("/var/log/nginx/access.log", "create"),
            ("/var/log/nginx/error.log", "create"),
            ("/var/log/shop/app.log", "copytruncate"),
        ],
    ),
    "web02": (
        "10.0.2.12",
        2298,
        "8F01D7C3-2A64-4B5E-9E17-C0B35F8A6D22",
        30,
        [
            ("/var/log/nginx/access.log", "create"),
            ("/var/log/nginx/error.log", "create"),
            ("/var/log/shop/app.log", "copytruncate"),
        ],
    ),
    "db01": (
        "10.0.3.21",
        1987,
        "C2B94E10-7D3F-4A81-B6E5-1F0A9D3C7E48",
        60,
        [("/var/log/pgbouncer/pgbouncer.log", "copytruncate")],
    ),
}
SF_IDX = ["10.0.1.21", "10.0.1.22"]
SF_STANZAS = {
    "web01": ["/var/log/nginx", "/var/log/shop", "/var/log/syslog", "/var/log/auth.log"],
    "web02": ["/var/log/nginx", "/var/log/shop", "/var/log/syslog", "/var/log/auth.log"],
}
SF_SCRIPTS = ["cpu.sh", "vmstat.sh", "df.sh", "iostat.sh", "netstat.sh", "ps.sh"]
SF_TA = "/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin"
SF_PY = "python3.9 /opt/splunkforwarder/etc/apps/TA-pgmon/bin/pg_replication.py"
SF_TRACE = [
    "Traceback (most recent call last):",
    '  File "/opt/splunkforwarder/etc/apps/TA-pgmon/bin/pg_replication.py", line 41, in <module>',
    "    rows = fetch(conn, QUERY)",
    '  File "/opt/splunkforwarder/etc/apps/TA-pgmon/bin/pg_replication.py", line 23, in fetch',
    "    cur.execute(sql)",
    "psycopg2.errors.InsufficientPrivilege: permission denied for function pg_ls_waldir",
]


def splunk_forwarder(r: random.Random) -> list[Log]:
    """Three universal forwarders (web01, web02, db01) sending to two indexers, 06:00 to 12:00:
    idx2 down 07:10-07:40, web01's burst 07:30-08:00, Splunk_TA_nix pushed to the web servers at
    09:00 (each splunkd restarted), the deployment server unreachable 09:30-09:50, the indexers'
    queues blocked 10:05-10:20, db01's failing scripted inputs, a 2.1 GB debug log on web02 at
    11:15."""
    fs = Files()
    pid = {h: v[1] for h, v in SF_HOSTS.items()}

    def SP(
        h: str, t: datetime, level: str, comp: str, thread: str, label: str, msg: str
    ) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}-splunkd.log",
            t,
            label,
            lambda x: [
                f"{x:%m-%d-%Y %H:%M:%S}.{x.microsecond // 1000:03d} +0000 {level:<5} {comp} [{p} {thread}] - {msg}"
            ],
            (h, p),
            1000,
        )

    idx2_down = (at(7, 10, 22), at(7, 40, 41))
    burst = (at(7, 30), at(8, 0))
    blocked = (at(10, 5, 8), at(10, 20, 40))
    ds_down = (at(9, 30, 5), at(9, 50, 20))
    restart = {"web01": at(9, 0, 41.2), "web02": at(9, 1, 17.9)}

    def gone(h: str, t: datetime) -> bool:
        return h in restart and restart[h] - sec(0.5) <= t < restart[h] + sec(14)

    for h, (_ip, _p, guid, lb, files) in SF_HOSTS.items():
        # autoLB switching, idx2's outage
        t = T0 + sec(r.uniform(0, lb))
        quarantined_until: datetime | None = None
        fails = 0
        while t < T_END:
            if gone(h, t):
                t += sec(lb)
                continue
            target = r.choice(SF_IDX)
            if in_any(t, [idx2_down]) and target == SF_IDX[1]:
                if quarantined_until is not None and t < quarantined_until:
                    target = SF_IDX[0]
                else:
                    fails += 1
                    tt = SP(
                        h,
                        t,
                        "WARN",
                        "TcpOutputFd",
                        "TcpOutEloop",
                        "Connect to %s:%d failed. Connection refused",
                        f"Connect to {SF_IDX[1]}:9997 failed. Connection refused",
                    )
                    tt = SP(
                        h,
                        tt + sec(0.001),
                        "WARN",
                        "AutoLoadBalancedConnectionStrategy",
                        "TcpOutEloop",
                        "Applying quarantine to ip=%s port=%d connid=%d _numberOfFailures=%d",
                        f"Applying quarantine to ip={SF_IDX[1]} port=9997 connid=0 _numberOfFailures={fails + 1}",
                    )
                    quarantined_until = tt + sec(r.uniform(240, 330))
                    t = tt + sec(0.002)
                    target = SF_IDX[0]
            if quarantined_until is not None and t >= quarantined_until:
                SP(
                    h,
                    t - sec(0.01),
                    "INFO",
                    "AutoLoadBalancedConnectionStrategy",
                    "TcpOutEloop",
                    "Removing quarantine from idx=%s:%d connid=%d",
                    f"Removing quarantine from idx={SF_IDX[1]}:9997 connid=0",
                )
                quarantined_until = None
            SP(
                h,
                t,
                "INFO",
                "AutoLoadBalancedConnectionStrategy",
                "TcpOutEloop",
                "Connected to idx=%s:%d:%d, pset=%d, reuse=%d. autoBatch=%d",
                f"Connected to idx={target}:9997:0, pset=0, reuse=0. autoBatch=1",
            )
            t += sec(lb + r.uniform(0.0, 0.05))
        # the connection open to idx2 when it went down
        SP(
            h,
            idx2_down[0] + sec(r.uniform(20, 21)),
            "WARN",
            "AutoLoadBalancedConnectionStrategy",
            "TcpOutEloop",
            "Cooked connection to ip=%s:%d timed out",
            f"Cooked connection to ip={SF_IDX[1]}:9997 timed out",
        )
        # the indexers' queues blocked
        tb = blocked[0] + sec(r.uniform(10, 12))
        while tb < blocked[1]:
            secs_blocked = int((tb - blocked[0]).total_seconds()) // 10 * 10
            SP(
                h,
                tb,
                "WARN",
                "TcpOutputProc",
                "indexerPipe",
                "The TCP output processor has paused the data flow. Forwarding to host_dest=%s inside output group %s from host_src=%s has been blocked for blocked_seconds=%d. This can stall the data flow towards indexing and other network outputs. Review the receiving system's health in the Splunk Monitoring Console. It is probably not accepting data.",
                f"The TCP output processor has paused the data flow. Forwarding to host_dest={r.choice(SF_IDX)} inside output group default-autolb-group from host_src={h} has been blocked for blocked_seconds={secs_blocked}. This can stall the data flow towards indexing and other network outputs. Review the receiving system's health in the Splunk Monitoring Console. It is probably not accepting data.",
            )
            tb += sec(30 + r.uniform(0, 0.2))
        # hourly rotations
        for hour in range(6, 12):
            for path, mode in files:
                tr = (
                    at(hour, 0, r.uniform(1.5, 4.0))
                    if "nginx" in path
                    else at(hour, 0, r.uniform(5.0, 9.0))
                )
                if gone(h, tr):
                    continue
                if mode == "create":
                    SP(
                        h,
                        tr,
                        "INFO",
                        "WatchedFile",
                        "tailreader0",
                        "Will begin reading at offset=%d for file='%s'.",
                        f"Will begin reading at offset=0 for file='{path}'.",
                    )
                elif r.random() < 0.8:
                    SP(
                        h,
                        tr,
                        "INFO",
                        "WatchedFile",
                        "tailreader0",
                        "File too small to check seekcrc, probably truncated.  Will re-read entire file='%s'.",
                        f"File too small to check seekcrc, probably truncated.  Will re-read entire file='{path}'.",
                    )
                else:
                    SP(
                        h,
                        tr,
                        "INFO",
                        "WatchedFile",
                        "tailreader0",
                        "Checksum for seekptr didn't match, will re-read entire file='%s'.",
                        f"Checksum for seekptr didn't match, will re-read entire file='{path}'.",
                    )
        # the deployment server unreachable
        tp = ds_down[0] + sec(r.uniform(0, 60))
        while tp < ds_down[1]:
            SP(
                h,
                tp,
                "INFO",
                "DC:DeploymentClient",
                "PhonehomeThread",
                "channel=%s Will retry sending phonehome to DS; err=not_connected",
                "channel=deploymentServer/phoneHome/default Will retry sending phonehome to DS; err=not_connected",
            )
            tp += sec(60)
        SP(
            h,
            tp + sec(r.uniform(0.2, 1.0)),
            "INFO",
            "DC:HandshakeReplyHandler",
            "HttpClientPollingThread_" + guid,
            "Handshake done.",
            "Handshake done.",
        )

    # web01's burst: thruput throttling
    tq = burst[0] + sec(r.uniform(0, 20))
    while tq < burst[1]:
        SP(
            "web01",
            tq,
            "INFO",
            "ThruputProcessor",
            "parsing",
            "Current data throughput (%d kb/s) has reached maxKBps. As a result, data forwarding may be throttled. Consider increasing the value of maxKBps in limits.conf.",
            f"Current data throughput ({r.randint(257, 274)} kb/s) has reached maxKBps. As a result, data forwarding may be throttled. Consider increasing the value of maxKBps in limits.conf.",
        )
        tq += sec(r.uniform(20, 45))

    # db01's scripted inputs: iostat missing, a Python TA failing hourly
    te = T0 + sec(r.uniform(0, 300))
    while te < T_END:
        SP(
            "db01",
            te,
            "ERROR",
            "ExecProcessor",
            "ExecProcessor",
            'message from "%s" %s',
            f'message from "{SF_TA}/iostat.sh" {SF_TA}/iostat.sh: line 38: iostat: command not found',
        )
        te += sec(300 + r.uniform(0, 0.1))
    for hour in range(6, 12):
        tt = at(hour, 12, r.uniform(0, 2))
        for line in SF_TRACE:
            tt = SP(
                "db01",
                tt + sec(0.001),
                "ERROR",
                "ExecProcessor",
                "ExecProcessor",
                'message from "%s" %s',
                f'message from "{SF_PY}" {line}',
            )

    # Splunk_TA_nix pushed to the web servers, splunkd restarted
    levels = [
        "ShutdownLevel_Begin",
        "ShutdownLevel_FileIntegrityChecker",
        "ShutdownLevel_JustBeforeKVStore",
        "ShutdownLevel_KVStore",
        "ShutdownLevel_DFM",
        "ShutdownLevel_Thruput",
        "ShutdownLevel_TcpInput1",
        "ShutdownLevel_UdpInput",
        "ShutdownLevel_Tailing",
        "ShutdownLevel_TcpOutput",
        "ShutdownLevel_IndexerPipe",
        "ShutdownLevel_End",
    ]
    for h, tr in restart.items():
        _ip, _p, guid, _lb, _files = SF_HOSTS[h]
        poll = "HttpClientPollingThread_" + guid
        url = "ds.corp.example.com:8089/services/streams/deployment?name=default:web_servers:Splunk_TA_nix"
        t = SP(
            h,
            tr - sec(3.4),
            "INFO",
            "DeployedApplication",
            poll,
            "Checksum mismatch %d <> %d for app=%s. Will reload from='%s'",
            f"Checksum mismatch 0 <> {r.randint(1_000_000_000, 9_999_999_999)} for app=Splunk_TA_nix. Will reload from='https://{url}'",
        )
        t = SP(
            h,
            t + sec(0.9),
            "INFO",
            "DeployedApplication",
            poll,
            "Downloaded url=%s to file='%s' sizeKB=%d",
            f"Downloaded url={url} to file='/opt/splunkforwarder/var/run/web_servers/Splunk_TA_nix-{int(tr.timestamp()) - 86_400 * 2}.bundle' sizeKB=412",
        )
        t = SP(
            h,
            t + sec(0.3),
            "INFO",
            "DeployedApplication",
            poll,
            "Installing app=%s to='%s'",
            "Installing app=Splunk_TA_nix to='/opt/splunkforwarder/etc/apps/Splunk_TA_nix'",
        )
        t = SP(
            h,
            tr,
            "INFO",
            "ShutdownHandler",
            "Shutdown",
            "Shutting down splunkd",
            "Shutting down splunkd",
        )
        for lv in levels:
            t = SP(
                h,
                t + sec(r.uniform(0.0, 0.6)),
                "INFO",
                "ShutdownHandler",
                "Shutdown",
                'shutting down level "%s"',
                f'shutting down level "{lv}"',
            )
        t = SP(
            h,
            t + sec(0.01),
            "INFO",
            "ShutdownHandler",
            "Shutdown",
            "Shutdown complete in %.3f seconds",
            f"Shutdown complete in {(t - tr).total_seconds() + 0.012:.3f} seconds",
        )
        pid[h] = pid[h] + r.randint(400_000, 900_000)
        t += sec(r.uniform(3, 5))
        t = SP(
            h,
            t,
            "INFO",
            "loader",
            "MainThread",
            "Splunkd starting (build %s).",
            "Splunkd starting (build d95b3299fa65).",
        )
        t = SP(
            h,
            t + sec(0.002),
            "INFO",
            "loader",
            "MainThread",
            "System info: %s, %s, %s, %s, %s.",
            f"System info: Linux, {h}, 5.15.0-107-generic, #117-Ubuntu SMP Fri Apr 26 12:26:49 UTC 2024, x86_64.",
        )
        t = SP(
            h,
            t + sec(0.001),
            "INFO",
            "loader",
            "MainThread",
            "Detected %d (virtual) CPUs, %d CPU cores, and %dMB RAM",
            "Detected 4 (virtual) CPUs, 4 CPU cores, and 7940MB RAM",
        )
        t = SP(
            h,
            t + sec(0.05),
            "INFO",
            "ServerConfig",
            "MainThread",
            "My GUID is %s",
            f"My GUID is {guid}",
        )
        t = SP(
            h,
            t + sec(0.01),
            "INFO",
            "ServerRoles",
            "MainThread",
            "Declared role=%s.",
            "Declared role=universal_forwarder.",
        )
        for st in SF_STANZAS[h]:
            t = SP(
                h,
                t + sec(r.uniform(0.001, 0.01)),
                "INFO",
                "TailingProcessor",
                "MainTailingThread",
                "Parsing configuration stanza: %s.",
                f"Parsing configuration stanza: monitor://{st}.",
            )
        for st in SF_STANZAS[h]:
            t = SP(
                h,
                t + sec(r.uniform(0.001, 0.01)),
                "INFO",
                "TailingProcessor",
                "MainTailingThread",
                "Adding watch on path: %s.",
                f"Adding watch on path: {st}.",
            )
        for sc in SF_SCRIPTS:
            t = SP(
                h,
                t + sec(r.uniform(0.001, 0.02)),
                "INFO",
                "ExecProcessor",
                "ExecProcessor",
                "New scheduled exec process: %s",
                f"New scheduled exec process: {SF_TA}/{sc}",
            )

    # a 2.1 GB debug log dropped on web02
    tl = at(11, 15, 37.4)
    big = "/var/log/shop/debug-20240607.log"
    SP(
        "web02",
        tl,
        "WARN",
        "TailReader",
        "tailreader0",
        "Enqueuing a very large file=%s in the batch reader, with bytes_to_read=%d, reading of other large files could be delayed",
        f"Enqueuing a very large file={big} in the batch reader, with bytes_to_read=2254857216, reading of other large files could be delayed",
    )
    SP(
        "web02",
        at(11, 41, 3.8),
        "INFO",
        "TailReader",
        "batchreader0",
        "Batch input finished reading file='%s'",
        f"Batch input finished reading file='{big}'",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- funkwhale

FW_VENV = "/venv/lib/python3.11/site-packages"
FW_PODS = [
    "open.audio",
    "tanzbar.social",
    "musique.example.fr",
    "mastodon.social",
    "fosstodon.org",
    "soundship.de",
    "funkwhale.it",
    "hearthis.coop",
]
FW_BANNER = [
    " ",
    " -------------- celery@7c1f0e9a2b4d v5.3.6 (emerald-rush)",
    "--- ***** ----- ",
    "-- ******* ---- Linux-6.1.0-21-amd64-x86_64-with-glibc2.36 2024-06-07 05:59:11",
    "- *** --- * --- ",
    "- ** ---------- [config]",
    "- ** ---------- .> app:         funkwhale_api:0x7f41c6e1b350",
    "- ** ---------- .> transport:   redis://redis:6379/0",
    "- ** ---------- .> results:     disabled://",
    "- *** --- * --- .> concurrency: 4 (prefork)",
    "-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)",
    "--- ***** ----- ",
    " -------------- [queues]",
    "                .> celery           exchange=celery(direct) key=celery",
    "                ",
    "",
    "[tasks]",
    "  . audio.fetch_rss_feed",
    "  . audio.fetch_rss_feeds",
    "  . common.prune_unattached_attachments",
    "  . federation.clean_music_cache",
    "  . federation.deliver_to_remote_inbox",
    "  . federation.dispatch_inbox",
    "  . federation.dispatch_outbox",
    "  . federation.fetch",
    "  . federation.purge_actors",
    "  . federation.refresh_nodeinfo_known_nodes",
    "  . federation.update_domain_nodeinfo",
    "  . music.clean_transcoding_cache",
    "  . music.process_upload",
    "  . music.start_library_scan",
    "  . oauth.clear_expired_tokens",
    "",
]
FW_BEAT_BANNER = [
    "celery beat v5.3.6 (emerald-rush) is starting.",
    "__    -    ... __   -        _",
    "LocalTime -> 2024-06-07 05:59:12",
    "Configuration ->",
    "    . broker -> redis://redis:6379/0",
    "    . loader -> celery.loaders.app.AppLoader",
    "    . scheduler -> celery.beat.PersistentScheduler",
    "    . db -> celerybeat-schedule",
    "    . logfile -> [stderr]@%INFO",
    "    . maxinterval -> 5.00 minutes (300s)",
]


def fw_conn_refused(host: str, path: str, r: random.Random) -> str:
    return (
        f"ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: {path} "
        f"(Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f41{hexid(r, 8)}>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))"
    )


FW_DELIVER_TB = [
    "Traceback (most recent call last):",
    f'  File "{FW_VENV}/celery/app/trace.py", line 477, in trace_task',
    "    R = retval = fun(*args, **kwargs)",
    f'  File "{FW_VENV}/celery/app/trace.py", line 760, in __protected_call__',
    "    return self.run(*args, **kwargs)",
    f'  File "{FW_VENV}/celery/app/autoretry.py", line 60, in run',
    "    ret = task.retry(exc=exc, **retry_kwargs)",
    f'  File "{FW_VENV}/celery/app/task.py", line 720, in retry',
    "    raise_with_context(exc or Retry('Task can be retried', None))",
    f'  File "{FW_VENV}/celery/app/autoretry.py", line 38, in run',
    "    return task._orig_run(*args, **kwargs)",
    '  File "/app/api/funkwhale_api/taskapp/celery.py", line 60, in inner',
    "    return function(*args, **kwargs)",
    '  File "/app/api/funkwhale_api/federation/tasks.py", line 126, in deliver_to_remote',
    "    response = session.get_session().post(",
    f'  File "{FW_VENV}/requests/sessions.py", line 637, in post',
    '    return self.request("POST", url, data=data, json=json, **kwargs)',
    f'  File "{FW_VENV}/requests/sessions.py", line 589, in request',
    "    resp = self.send(prep, **send_kwargs)",
    f'  File "{FW_VENV}/requests/sessions.py", line 703, in send',
    "    r = adapter.send(request, **kwargs)",
    f'  File "{FW_VENV}/requests/adapters.py", line 519, in send',
    "    raise ConnectionError(e, request=request)",
]
FW_DB_TB = [
    "Traceback (most recent call last):",
    f'  File "{FW_VENV}/django/db/backends/base/base.py", line 289, in ensure_connection',
    "    self.connect()",
    f'  File "{FW_VENV}/django/utils/asyncio.py", line 26, in inner',
    "    return func(*args, **kwargs)",
    f'  File "{FW_VENV}/django/db/backends/base/base.py", line 270, in connect',
    "    self.connection = self.get_new_connection(conn_params)",
    f'  File "{FW_VENV}/django/db/backends/postgresql/base.py", line 275, in get_new_connection',
    "    connection = self.Database.connect(**conn_params)",
    f'  File "{FW_VENV}/psycopg2/__init__.py", line 122, in connect',
    "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
    'psycopg2.OperationalError: connection to server at "postgres" (172.19.0.3), port 5432 failed: FATAL:  sorry, too many clients already',
    "",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    f'  File "{FW_VENV}/asgiref/sync.py", line 534, in thread_handler',
    "    raise exc_info[1]",
    f'  File "{FW_VENV}/django/core/handlers/exception.py", line 42, in inner',
    "    response = await get_response(request)",
    f'  File "{FW_VENV}/django/core/handlers/base.py", line 253, in _get_response_async',
    "    response = await wrapped_callback(",
    f'  File "{FW_VENV}/asgiref/sync.py", line 479, in __call__',
    "    ret: _R = await loop.run_in_executor(",
    f'  File "{FW_VENV}/django/db/backends/base/base.py", line 316, in cursor',
    "    return self._cursor()",
    f'  File "{FW_VENV}/django/db/backends/base/base.py", line 292, in _cursor',
    "    self.ensure_connection()",
    f'  File "{FW_VENV}/django/db/backends/base/base.py", line 288, in ensure_connection',
    "    with self.wrap_database_errors:",
    f'  File "{FW_VENV}/django/db/utils.py", line 91, in __exit__',
    "    raise dj_exc_value.with_traceback(traceback) from exc_value",
    'django.db.utils.OperationalError: connection to server at "postgres" (172.19.0.3), port 5432 failed: FATAL:  sorry, too many clients already',
    "",
]
FW_REDIS_TB = [
    "Traceback (most recent call last):",
    f'  File "{FW_VENV}/celery/worker/consumer/consumer.py", line 340, in start',
    "    blueprint.start(self)",
    f'  File "{FW_VENV}/celery/bootsteps.py", line 116, in start',
    "    step.start(parent)",
    f'  File "{FW_VENV}/celery/worker/consumer/consumer.py", line 746, in start',
    "    c.loop(*c.loop_args())",
    f'  File "{FW_VENV}/celery/worker/loops.py", line 97, in asynloop',
    "    next(loop)",
    f'  File "{FW_VENV}/kombu/asynchronous/hub.py", line 373, in create_loop',
    "    cb(*cbargs)",
    f'  File "{FW_VENV}/kombu/transport/redis.py", line 1344, in on_readable',
    "    self.cycle.on_readable(fileno)",
    f'  File "{FW_VENV}/kombu/transport/redis.py", line 569, in on_readable',
    "    chan.handlers[type]()",
    f'  File "{FW_VENV}/kombu/transport/redis.py", line 918, in _brpop_read',
    "    **options)",
    f'  File "{FW_VENV}/redis/client.py", line 1275, in parse_response',
    "    response = connection.read_response()",
    f'  File "{FW_VENV}/redis/connection.py", line 871, in read_response',
    "    response = self._parser.read_response(disable_decoding=disable_decoding)",
    f'  File "{FW_VENV}/redis/_parsers/resp2.py", line 15, in read_response',
    "    result = self._read_response(disable_decoding=disable_decoding)",
    f'  File "{FW_VENV}/redis/_parsers/resp2.py", line 25, in _read_response',
    "    raw = self._buffer.readline()",
    f'  File "{FW_VENV}/redis/_parsers/socket.py", line 115, in readline',
    "    self._read_from_socket()",
    f'  File "{FW_VENV}/redis/_parsers/socket.py", line 68, in _read_from_socket',
    "    raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)",
    "redis.exceptions.ConnectionError: Connection closed by server.",
]


def funkwhale(r: random.Random) -> list[Log]:
    """A Funkwhale 1.4 pod (music.example.net) in Docker, 06:00 to 12:00: the api container
    (gunicorn, two uvicorn workers) and a Celery worker with four processes and its beat, all
    started at 05:59; incoming and outgoing federation, the beat's hourly tasks, an album upload
    at 09:10, tanzbar.social down 07:30-08:30 and musique.example.fr answering 502 at times,
    PostgreSQL out of connections 08:20-08:27 (a worker timing out at 08:24), Redis restarted at
    10:20."""
    fs = Files()

    def GU(t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "api.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {msg}"],
            ("api", pid),
            1_000_000,
        )

    def FWL(
        f: str, proc: object, t: datetime, name: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {name:<12} {level:<8} {lines[0]}",
                *lines[1:],
            ],
            proc,
            1000,
        )

    def CE(f: str, t: datetime, level: str, proc: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}: {level}/{proc}] {lines[0]}",
                *lines[1:],
            ],
            (f, "celery"),
            1000,
        )

    W = "celeryworker.log"
    B = "celerybeat.log"

    # ---- api: gunicorn and the two uvicorn workers
    t = GU(at(5, 59, 3), 1, "INFO", "Starting gunicorn %s", "Starting gunicorn 21.2.0")
    t = GU(t, 1, "INFO", "Listening at: %s (%d)", "Listening at: http://0.0.0.0:5000 (1)")
    t = GU(t, 1, "INFO", "Using worker: %s", "Using worker: uvicorn.workers.UvicornWorker")

    def boot_worker(t: datetime, wpid: int) -> datetime:
        t = GU(t, 1, "INFO", "Booting worker with pid: %d", f"Booting worker with pid: {wpid}")
        t = GU(
            t + sec(r.uniform(2.5, 4.0)),
            wpid,
            "INFO",
            "Started server process [%d]",
            f"Started server process [{wpid}]",
        )
        t = GU(
            t, wpid, "INFO", "Waiting for application startup.", "Waiting for application startup."
        )
        t = GU(
            t,
            wpid,
            "INFO",
            "ASGI 'lifespan' protocol appears unsupported.",
            "ASGI 'lifespan' protocol appears unsupported.",
        )
        return GU(t, wpid, "INFO", "Application startup complete.", "Application startup complete.")

    boot_worker(t + sec(0.02), 8)
    boot_worker(t + sec(0.05), 9)
    workers = [8, 9]

    def not_found(t: datetime, path: str) -> None:
        FWL(
            "api.log",
            ("api", "django", r.choice(workers)),
            t,
            "django.request",
            "WARNING",
            "Not Found: %s",
            [f"Not Found: {path}"],
        )

    for tn in poisson(r, T0, T_END, 80):
        kind = r.random()
        if kind < 0.55:
            path = f"/federation/music/uploads/{uuid4(r)}"
        elif kind < 0.75:
            path = f"/federation/actors/{r.choice(['leon', 'mira', 'tobias_k', 'djsmoke', 'annabelle'])}"
        elif kind < 0.9:
            path = f"/api/v1/tracks/{r.randint(1200, 98000)}/"
        else:
            path = f"/api/v1/albums/{r.randint(100, 9200)}/"
        not_found(tn, path)
    db_out = (at(8, 20, 5), at(8, 27, 40))
    for te in poisson(r, db_out[0], db_out[1], 14):
        path = r.choice(
            [
                "/api/v1/tracks/",
                "/api/v1/albums/",
                "/api/v1/radios/sessions/",
                f"/api/v1/listen/{uuid4(r)}/",
                "/federation/shared/inbox",
            ]
        )
        FWL(
            "api.log",
            ("api", "django", r.choice(workers)),
            te,
            "django.request",
            "ERROR",
            "Internal Server Error: %s",
            [f"Internal Server Error: {path}", *FW_DB_TB],
        )
    tt = at(8, 24, 51)
    tt = GU(tt, 1, "CRITICAL", "WORKER TIMEOUT (pid:%d)", "WORKER TIMEOUT (pid:9)")
    tt = GU(
        tt + sec(1.0),
        1,
        "ERROR",
        "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?",
        "Worker (pid:9) was sent SIGKILL! Perhaps out of memory?",
    )
    workers = [8, 61]
    boot_worker(tt + sec(0.01), 61)

    # ---- the worker and the beat start at 05:59
    # the banner opens with a line holding one blank: the label goes on its first line of text
    fs.add(W, at(5, 59, 11.2), None, lambda x: FW_BANNER[:1], (W, "banner0"), 1)  # type: ignore[arg-type]
    tw = fs.add(W, at(5, 59, 11.2), "celery banner", lambda x: FW_BANNER[1:], (W, "banner"), 1)

    def consumer_up(t: datetime) -> datetime:
        t = CE(
            W, t, "INFO", "MainProcess", "Connected to %s", ["Connected to redis://redis:6379/0"]
        )
        t = CE(
            W,
            t + sec(0.02),
            "INFO",
            "MainProcess",
            "mingle: searching for neighbors",
            ["mingle: searching for neighbors"],
        )
        return CE(
            W, t + sec(1.02), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"]
        )

    tw = consumer_up(tw + sec(0.9))
    CE(W, tw + sec(0.01), "INFO", "MainProcess", "%s ready.", ["celery@7c1f0e9a2b4d ready."])
    tb = fs.add(
        B, at(5, 59, 12.4), "celery beat banner", lambda x: FW_BEAT_BANNER, (B, "banner"), 1
    )
    CE(B, tb + sec(0.3), "INFO", "MainProcess", "beat: Starting...", ["beat: Starting..."])

    redis_down = (at(10, 20, 14), at(10, 20, 27))
    pool = [1, 2, 3, 4]

    def task(
        name: str,
        t: datetime,
        dur: float,
        tid: str | None = None,
        body=None,
        received: datetime | None = None,
    ) -> tuple[str, datetime]:
        """Received by the main process (at `received`, earlier for a retry's countdown), run by a
        pool process at `t`; `body(t, tid, proc)` logs inside the task and returns (time, outcome,
        then): outcome None for success, or a retry / failure line; then(end) schedules what the
        task's end causes (a retry's new message)."""
        tid = tid or uuid4(r)
        if in_any(t, [redis_down]):
            t = redis_down[1] + sec(r.uniform(6.0, 9.0))
        tr = received or t
        if in_any(tr, [redis_down]):
            tr = redis_down[1] + sec(r.uniform(6.0, 9.0))
        tr = CE(
            W, tr, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {name}[{tid}] received"]
        )
        t = max(t, tr)
        proc = f"ForkPoolWorker-{r.choice(pool)}"
        ts = t + sec(r.uniform(0.002, 0.03))
        outcome, then = None, None
        if body is not None:
            ts, outcome, then = body(ts, tid, proc)
        te = ts + sec(dur)
        if outcome is None:
            te = CE(
                W,
                te,
                "INFO",
                proc,
                "Task %s[%s] succeeded in %ss: %s",
                [f"Task {name}[{tid}] succeeded in {(te - t).total_seconds():.9g}s: None"],
            )
        else:
            level, label, lines = outcome
            te = CE(W, te, level, proc, label, lines)
        if then is not None:
            then(te)
        return tid, te

    pod_down = (at(7, 30, 4), at(8, 30, 41))
    flaky = [(at(6, 45), at(7, 5)), (at(9, 40), at(9, 55)), (at(11, 0), at(11, 15))]

    def deliver(
        t: datetime,
        inbox: str,
        attempt: int = 0,
        tid: str | None = None,
        received: datetime | None = None,
    ) -> None:
        host = inbox.split("/")[2]
        name = "federation.deliver_to_remote_inbox"

        def body(ts: datetime, tid: str, proc: str):
            ts = FWL(
                W,
                (W, "fw", proc),
                ts,
                "funkwhale_api.federation.tasks",
                "INFO",
                "Preparing activity delivery to %s",
                [f"Preparing activity delivery to {inbox}"],
            )
            path = "/" + inbox.split("/", 3)[3]
            if host == "tanzbar.social" and in_any(ts, [pod_down]):
                err = fw_conn_refused(host, path, r)
                ts += sec(r.uniform(0.005, 0.04))
                if attempt >= 5:
                    last = (
                        "requests.exceptions.ConnectionError: "
                        + err[len('ConnectionError(MaxRetryError("') : -3]
                    )
                    return (
                        ts,
                        (
                            "ERROR",
                            "Task %s[%s] raised unexpected: ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host=%r, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))",
                            [f"Task {name}[{tid}] raised unexpected: {err}", *FW_DELIVER_TB, last],
                        ),
                        None,
                    )
                wait = min(r.randint(0, 30 * 2**attempt), 600)
                return (
                    ts,
                    (
                        "INFO",
                        "Task %s[%s] retry: Retry in %ss: ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host=%r, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))",
                        [f"Task {name}[{tid}] retry: Retry in {wait}s: {err}"],
                    ),
                    lambda te: deliver(
                        te + sec(wait), inbox, attempt + 1, tid, te + sec(r.uniform(0.002, 0.01))
                    ),
                )
            if host == "musique.example.fr" and in_any(ts, flaky) and attempt < 2:
                wait = r.randint(0, 30 * 2**attempt)
                return (
                    ts + sec(r.uniform(0.3, 1.2)),
                    (
                        "INFO",
                        "Task %s[%s] retry: Retry in %ss: HTTPError('%s Server Error: %s for url: %s')",
                        [
                            f"Task {name}[{tid}] retry: Retry in {wait}s: HTTPError('502 Server Error: Bad Gateway for url: {inbox}')"
                        ],
                    ),
                    lambda te: deliver(
                        te + sec(wait), inbox, attempt + 1, tid, te + sec(r.uniform(0.002, 0.01))
                    ),
                )
            return ts, None, None

        if t < T_END:
            task(name, t, r.uniform(0.08, 0.9), tid, body, received)

    followers = [
        "https://open.audio/federation/shared/inbox",
        "https://tanzbar.social/federation/shared/inbox",
        "https://musique.example.fr/federation/shared/inbox",
        "https://mastodon.social/inbox",
        "https://fosstodon.org/inbox",
        "https://soundship.de/federation/shared/inbox",
        "https://hearthis.coop/federation/shared/inbox",
    ]

    def outbox(t: datetime, fans: int) -> None:
        _, te = task("federation.dispatch_outbox", t, r.uniform(0.02, 0.2))
        for inbox in r.sample(followers, fans):
            deliver(te + sec(r.uniform(0.01, 0.4)), inbox)

    # incoming activities and local ones
    for ti in poisson(r, T0, T_END, 90):
        task("federation.dispatch_inbox", ti, r.uniform(0.03, 0.6))
    for to in poisson(r, T0, T_END, 360):
        outbox(to, r.choice([2, 3, 4, 5, 6]))

    # the beat's hourly tasks
    for hour in range(6, 12):
        th = at(hour, 0, r.uniform(0.0, 0.05))
        due = [
            "audio.fetch_rss_feeds",
            "common.prune_unattached_attachments",
            "music.clean_transcoding_cache",
            "federation.refresh_nodeinfo_known_nodes",
        ]
        if hour % 2 == 0:
            due.append("federation.clean_music_cache")
        for d in due:
            th = CE(
                B,
                th + sec(0.002),
                "INFO",
                "MainProcess",
                "Scheduler: Sending due task %s (%s)",
                [f"Scheduler: Sending due task {d} ({d})"],
            )
        tk = th + sec(0.01)
        _, te = task("audio.fetch_rss_feeds", tk, r.uniform(0.05, 0.2))
        for _ in range(6):
            task("audio.fetch_rss_feed", te + sec(r.uniform(0.01, 1.0)), r.uniform(0.4, 3.5))
        task("common.prune_unattached_attachments", tk + sec(0.02), r.uniform(0.01, 0.1))
        task("music.clean_transcoding_cache", tk + sec(0.03), r.uniform(0.01, 0.4))
        ndom = r.randint(1, 4)

        def refresh(ts: datetime, tid: str, proc: str, n: int = ndom):
            return (
                FWL(
                    W,
                    (W, "fw", proc),
                    ts,
                    "funkwhale_api.federation.tasks",
                    "INFO",
                    "Launching periodic nodeinfo refresh on %s domains",
                    [f"Launching periodic nodeinfo refresh on {n} domains"],
                ),
                None,
                None,
            )

        _, te = task(
            "federation.refresh_nodeinfo_known_nodes",
            tk + sec(0.04),
            r.uniform(0.01, 0.05),
            body=refresh,
        )
        for _ in range(ndom):
            task(
                "federation.update_domain_nodeinfo",
                te + sec(r.uniform(0.01, 1.2)),
                r.uniform(0.2, 1.8),
            )
        if hour % 2 == 0:
            task("federation.clean_music_cache", tk + sec(0.05), r.uniform(0.3, 4.0))

    # an album upload at 09:10: two albums, fourteen tracks
    tu = at(9, 10, 22)
    for album, mbid, n in [
        (812, "5b11f4ce-a62d-471e-81fc-a69a8278c7da", 8),
        (813, "0da580f2-6768-498f-af9d-2becaddf15e0", 6),
    ]:
        for k in range(n):

            def up(
                ts: datetime, tid: str, proc: str, k: int = k, album: int = album, mbid: str = mbid
            ):
                if k == 0:
                    ts = FWL(
                        W,
                        (W, "fw", proc),
                        ts + sec(0.4),
                        "funkwhale_api.music.tasks",
                        "INFO",
                        "[Album %s] Fetching cover from musicbrainz release %s",
                        [f"[Album {album}] Fetching cover from musicbrainz release {mbid}"],
                    )
                return ts, None, None

            _, te = task("music.process_upload", tu, r.uniform(0.6, 2.8), body=up)
            outbox(te + sec(0.05), 2)
            tu += sec(r.uniform(6, 20))

    # Redis restarted at 10:20
    t = CE(
        W,
        redis_down[0],
        "WARNING",
        "MainProcess",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        [
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            *FW_REDIS_TB,
        ],
    )
    wait = 2.0
    for i in range(1, 4):
        t = CE(
            W,
            t + sec(0.01 if i == 1 else wait / 2),
            "ERROR",
            "MainProcess",
            "consumer: Cannot connect to %s: %s.\\nTrying again in %.2f seconds... (%d/%d)\\n",
            [
                "consumer: Cannot connect to redis://redis:6379/0: Error 111 connecting to redis:6379. Connection refused..",
                f"Trying again in {wait:.2f} seconds... ({i}/100)",
                "",
            ],
        )
        t += sec(wait)
        wait += 2.0
    consumer_up(max(t, redis_down[1]) + sec(0.3))
    return fs.logs(T0)


SYSTEMS = {
    "vespa": vespa,
    "zincsearch": zincsearch,
    "chronograf": chronograf,
    "splunk-forwarder": splunk_forwarder,
    "funkwhale": funkwhale,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

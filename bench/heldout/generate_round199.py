#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 199 (hiawatha, resin, janusgraph, orientdb, opentsdb) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). A web server, a Java application server and three
databases, 06:00 to 12:00 on 2024-06-07; none of the five was in the set.

- Hiawatha 11.5 (`www1-system.log`, `www1-error.log`, `www1-exploit.log` and the same three of
  www2; log.c's `ip|%a %d %b %Y %T %z|` heads, local time +0200): www1 serves a shop through
  PHP-FPM over FastCGI and a WordPress blog, www2 an intranet behind basic authentication and a
  PHP API; LogTimeouts on. system.log: `Timeout while waiting for first request` and `Silent
  client disconnected` from scanners and clients all day (some over IPv6), `No cypher overlap
  during TLS handshake.`, `Error while reading request`, the ban lines the code writes as separate
  strings (`Client banned because of sending garbage`, `... of URL match in UrlToolkit rule`,
  `... of flooding`, `... of too many simultaneous connections` after `Maximum number of
  connections for IP address reached`, `... of SQL injection on %s`, `... of too many wrong
  passwords`, `Client banned due to challenge failure`), `Client kicked`, the task runner's
  `Unbanned (%ld connect attempts during ban)` when each ban ends; a SQL-injection scanner on the
  shop at 07:12 and on the API at 10:40 (exploit.log's `host|uri|SQLi|request`), XSS probes and
  comment spam with a foreign referer (`XSS`, `CSRF` with the body), a scraper botnet flooding
  www1 08:30-08:45, PHP-FPM restarted with a broken pool 09:10-09:18 (`can't connect to FastCGI
  server %s`, written by log_string with no address) and Hiawatha restarted (`Hiawatha v11.5
  stopped.` / `started.`), a password guesser on the intranet 09:40-09:55, a load spike on www2
  11:00-11:12 (`ChallengeClient mode activated` / `deactivated`, `Maximum number of total
  connections reached`). error.log: `file|message` after the head: PHP-FPM's stderr through
  FastCGI (`PHP message: PHP Warning:  Undefined array key "%s" in %s on line %d`, two
  `Deprecated` formats, and during the shop database's failover 10:20-10:26 PDO's uncaught
  `PHP Fatal error` with its stack trace joined by `|` as log_cgi_error writes newlines), `access
  denied via accesslist`, `URL contains forbidden characters`, `CGI application timeout` for the
  API's slow reports 10:00-10:15.
- Resin 4.0.66 (`jvm-app-0.log`, `jvm-app-1.log`: two servers of the app_tier cluster, the
  default log-handler's `[%y-%m-%d %H:%M:%S.%s] {%{thread}} ` with no level and no logger): the
  06:00 rolling restart (`%s stopping` under `{resin-destroy}`, then the start-up lines `%s
  (built %s)`, the copyright, `Starting %s on %s`, the OS, processor, JRE and VM lines,
  `user.name  = %s`, `resin.home = %s`, `resin.root = %s`, `resin.conf = %s`, `server     =
  %s:%d (%s:%s)`, `stage      = %s`, `%s active` for the web-apps, host and ServletService, `%s
  listening to %s:%d`, `%s started in %dms`); a shop web-app's java.util.logging lines through
  the same handler on `{http://*:8080-N}` threads (`Customer %s logged in from %s`, `Order %s
  placed by customer %s: %d items, total %s EUR`, `Payment authorized for order %s via %s
  (transaction %s)` / `Payment declined for order %s: %s`, `Slow request: %s %s took %d ms`) and
  `{resin-N}` timers (`Inventory sync finished: ...` every 5 minutes, `Price cache refreshed ...`
  every 15); the shop WAR hot-deployed at 08:00 (the ROOT web-app `stopping` / `active`) with a
  NullPointerException on /checkout/address logged by Resin as the exception's toString with the
  trace after it, until 10:30 (app-1 restarted then); the SMTP relay down
  08:10-08:40 (`Failed to send order confirmation for order %s: Couldn't connect to host, port:
  %s, %d; timeout %d`); the database failing over at 09:30 (`Could not load cart %s` with
  Connector/J's CommunicationsException, its blank line and `The last packet ...` sentence, and
  the trace).
- JanusGraph 1.0 (`janusgraph-0.log`, `janusgraph-1.log`: two server pods' stdout, log4j2's
  `%d{HH:mm:ss} %-5level %class.%method{36} - %msg%n` from conf/log4j2-server.xml, a time with no
  date; CQL on a three-node Cassandra, Elasticsearch for mixed indexes; the Slf4jReporter
  enabled every 2 minutes): the start-up (printHeader's ASCII banner, `TinkerPop Version: %s`,
  `Configuring JanusGraph Server from %s`, the metric reporters, the DataStax driver's version
  and protocol negotiation, `Generated unique-instance-id=%s`, `Configuring index [%s]`, KCVSLog's
  `Loaded unidentified ReadMarker start time %s into %s`, Gremlin Server's executor, OpProcessor,
  serializer, thread-pool and `Channel started at port %d.` lines); Slf4jReporter's `type=COUNTER`,
  `type=METER` and two `type=TIMER` lines every 2 minutes; a fraud scorer's scans without an index
  (`Query requires iterating over all vertices [%s]. For better performance, use indexes`) until
  the byStatus index is registered and enabled at 09:00 (GraphIndexStatusWatcher's `Some key(s)
  on index %s do not currently have status(es) %s: %s` and `All key(s) ...`); cassandra-1
  restarted 08:20-08:27 (the driver's `Error while opening new channel` with back-off) while
  cassandra-2 is slow 08:22-08:25 (StandardJanusGraph's `Could not commit transaction [%d] due
  to storage exception in commit` and Gremlin's `Exception processing a Traversal on iteration
  for request [%s].` with their traces, `Temporary storage exception while acquiring id block`);
  a report builder's traversals timing out on janusgraph-1 09:40-10:04 (`A timeout occurred
  during traversal evaluation of [%s] - consider increasing the limit given to
  evaluationTimeout`) until it runs out of heap (the OutOfMemoryError's trace, then the JVM's
  bare `Terminating due to java.lang.OutOfMemoryError: Java heap space`) and restarts at 10:05.
- OrientDB 3.2.29 (`prod-orient-server.log.0`, `analytics-orient-server.log.0`: two servers'
  FileHandler with OLogFormatter and `append=true`): every record begins with the line separator
  (so each file's first line is empty), then `yyyy-MM-dd HH:mm:ss:SSS`, `%-5.5s` of the level
  (`INFO `, `WARNI`), `{db=%s} ` where the thread has a database, the message and ` [Requester]`;
  a record with an exception is written as its bare message, unrendered `$ANSI{green {db=%s}} `
  prefix included, the separator and the trace, with no date or level and no separator before
  it, so it is glued to the end of the line before it (or starts the line after another
  exception's trace). The story: start-up (`OrientDB Server v%s is starting up...`, auto-config,
  the WAL's page size and direct IO, `Storage '%s' is opened under OrientDB distribution : %s`,
  the listeners, Studio, the authenticators' `%s is active`, `OrientDB Server is active v%s.`),
  an ops dashboard polling an unindexed query on prod every 15 s until the index is rebuilt
  09:40-09:46 (OIndexRebuildOutputListener's `- Rebuilding index %s.%s (estimated %,d items)...`,
  `--> %3.2f%% progress, %,d indexed so far (%,d items/sec)` every 10 s, `--> OK, indexed %,d
  items in %,d ms`) and a stock widget every 45 s (`Query '%s' fetched more than %d records: ...`),
  a login-failure widget on analytics every minute, the ETL's exports every 1, 2 and 5 minutes
  (`Query '%s' returned a result set with more than %d records. ...`), analytics restarted at
  07:00 (`Received signal: %s` and the shutdown lines), an application server's connections reset
  at 08:45 and a few times more (`Error on client connection` with java.net.SocketException's
  trace), prod killed out of memory at 10:12 (no shutdown) and its storage recovered from the
  write-ahead log at the next start (`Storage '%s' was not closed properly. Will try to recover
  from write ahead log...`, `%d operations were processed, current LSN is %s last LSN is %s`,
  `Storage data recover was completed`).
- OpenTSDB 2.4.1 (`tsd1-opentsdb.log`, `tsd2-opentsdb.log`: logback's `%d{ISO8601} %-5level
  [%thread] %logger{0}: %msg%n`): Grafana's dashboards and editors all day (HttpQuery's `HTTP %s
  done in %dms` after the channel, `[id: 0x%08x, /%s:%d => /%s:4242] `, which the query's logInfo
  puts before every message), queries for metrics that do not exist (`Bad Request on %s: No such
  name for '%s': '%s'`), connections reset by clients and the load balancer (ConnectionManager's
  `Unexpected exception from downstream for %s` with the IOException's trace), a new
  deployment's containers reporting a `container` tag from 07:30 (UniqueId's `Creating an ID for
  kind='%s' name='%s'` for every new tag value), region server rs2 crashing 08:42-08:48
  (RegionClient's `Unexpected exception from downstream on %s`, HBaseClient's `There are now %d
  RPCs pending due to NSRE on %s`, slow queries and `Internal Server Error on %s` with
  asynchbase's `Too many attempts`), tsd2 restarted at 10:50 (`Flushing compaction queue`,
  `Completed shutting down the TSDB`, `Starting.`, BuildData, ZooKeeper's `Client
  environment:%s=%s` lines and session, the region lookups, `Ready to serve on %s`).

Label notes. The heads are context: Hiawatha's `ip|date|` (and error.log's file column, which
log_file_error adds around the message), Resin's `[date] {thread} `, JanusGraph's `time LEVEL
class.method - `, OrientDB's date and level, `{db=...} ` and ` [Requester]` (and the unrendered
`$ANSI{green {db=...}} ` of an exception record), logback's head in OpenTSDB and HttpQuery's
channel prefix. Hiawatha's exploit.log writes `host|uri|type|data` after the head: the type is
the call site's literal (`SQLi`, `XSS`, `CSRF`), so it is wording and host, uri and data are
values. A value that is a message of its own contributes its format: PHP's errors after `PHP
message: `, javax.mail's after `Failed to send order confirmation`, the driver's
ConnectionInitException, OpenTSDB's NoSuchUniqueName text after `Bad Request on %s: `. A
Java exception logged without a message of its own (Resin's uncaught NullPointerException) is
labelled by its toString. Printers' compile-time constants are wording (`Hiawatha v11.5
started.`, `type=TIMER`). JanusGraph's banner, whose first line is blank, is labelled by its
first non-blank line (round 153). Names, addresses, ids, paths, queries, conditions, statuses
and enum names (PSPs, decline codes, index statuses, UID kinds, OpProcessor names) are values.
The lines after an event's first (traces, the banner's art, MySQL's sentence) and blank lines
have no label; an OrientDB exception glued to another record's line has no line of its own and
so no row.

Least sure (written from the helper's knowledge; Hiawatha's log.c, hiawatha.c, client.c,
workers.c, session.c and target.c, JanusGraph's JanusGraphServer and log4j2-server.xml, OrientDB's
OLogFormatter and OLogManager and Resin's default resin.xml were read in copies of their
sources): Hiawatha 11.5's exact wording where the copies were older, the exploit log's field
order and the PHP-FPM stderr prefix; Resin 4's start-up lines (the OS, JRE and VM lines,
`ServletService[...]`, `%s started in %dms`), whether a hot deploy logs `stopping` / `active`,
the `{resin-destroy}` thread and how its handler prints a throwable; JanusGraph's class.method
names (`StandardJanusGraphTx$3.execute`, the lambda names), the driver's ChannelPool wording, the
ID-block and status-watcher lines and Gremlin 3.7's timeout wording; OrientDB's
`fetched more than` / `returned a result set` warnings in 3.2 (the legacy executor's), the WAL
and recovery lines, `Error on client connection`, and `append=true`; OpenTSDB's shutdown lines,
the Bad Request level and asynchbase's NSRE and connection lines.
"""

from __future__ import annotations

import itertools
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round53 import Clock
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

SEC = 1_000_000
MS = 1_000


def pick(r: random.Random, seq: list) -> object:
    return r.choice(seq)


# --------------------------------------------------------------------------------- hiawatha

HW_SCAN = [
    "185.220.101.34",
    "45.155.205.233",
    "89.248.165.52",
    "162.142.125.218",
    "167.94.138.120",
    "71.6.199.23",
    "198.235.24.157",
    "205.210.31.140",
    "35.203.211.9",
    "147.185.132.84",
    "80.82.77.139",
    "94.102.61.7",
    "185.242.226.18",
    "64.62.197.88",
    "184.105.247.196",
    "87.236.176.31",
    "141.98.11.62",
    "152.32.180.15",
]
HW_CLIENTS = [
    "84.241.197.12",
    "31.151.22.87",
    "62.45.130.201",
    "77.163.88.4",
    "83.85.16.190",
    "145.53.200.77",
    "213.127.66.23",
    "86.87.140.35",
    "92.110.47.222",
    "178.84.96.18",
    "217.103.55.140",
    "80.112.231.6",
    "89.99.14.73",
    "143.179.24.90",
    "195.240.9.201",
    "2a02:a210:2287:c780:1d4a:6f1e:91b2:3c07",
    "2a02:a46e:7e1c:1:b9a3:44c2:8d10:e5f1",
    "2001:1c00:1a0e:9e00:5c3b:aa71:402f:19d8",
    "37.97.210.44",
    "82.168.3.150",
]
HW_GARBAGE = [
    "20.171.207.60",
    "64.227.126.135",
    "104.248.51.89",
    "159.89.173.104",
    "137.184.94.167",
    "167.172.56.31",
]
HW_PROBE_URLS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/.git/config",
    "/phpmyadmin/index.php",
    "/wp-admin/setup-config.php",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/cgi-bin/luci/;stok=/locale",
]
HW_SQLI = [
    "/product.php?id=4411%27%20AND%201%3D1%20--%20-",
    "/product.php?id=4411%20UNION%20SELECT%20NULL%2CNULL%2Cversion()--",
    "/category.php?cat=12%27%20OR%20%271%27%3D%271",
    "/search.php?q=lamp%27)%20AND%20SLEEP(5)%23",
    "/product.php?id=-1%20UNION%20ALL%20SELECT%201%2C2%2Cgroup_concat(table_name)%20FROM%20information_schema.tables--",
    "/cart.php?item=77%22%20AND%20EXTRACTVALUE(1%2CCONCAT(0x7e%2C(SELECT%20user())))--",
    "/category.php?cat=12%20AND%201%3D(SELECT%20COUNT(*)%20FROM%20users)",
    "/search.php?q=1%27%3BWAITFOR%20DELAY%20%270%3A0%3A5%27--",
]
HW_API_SQLI = [
    "/v2/orders?sort=id%20desc%3BSELECT%20pg_sleep(5)",
    "/v2/customers?filter=name%27%20OR%201%3D1--",
    "/v2/orders/1%20UNION%20SELECT%20username%2Cpassword%20FROM%20users",
    "/v2/invoices?year=2024%27%20AND%20(SELECT%201%20FROM%20(SELECT%20SLEEP(5))a)--",
]
HW_XSS = [
    ("/search.php", "q=%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("/search.php", "q=%3Cscript%3Efetch(%27%2F%2Fx.bz%2F%27%2Bdocument.cookie)%3C%2Fscript%3E"),
    ("/contact.php", "name=%3Cscript%20src%3D%2F%2Fxss.report%2Fc%2Fsh%3E%3C%2Fscript%3E"),
    ("/index.php", "page=%3CScRiPt%3Ealert(1)%3C%2FsCrIpT%3E"),
]
HW_CSRF_BODIES = [
    "author=Mike+Bell&email=mike.b%40mailinator.com&url=https%3A%2F%2Fcheap-pharma.example&comment=Great+post%21+Visit+my+site",
    "author=Olga&email=olga77%40yandex.ru&url=&comment=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82+nice+blog",
    "author=SEO+Expert&email=seo%40rankfast.example&url=https%3A%2F%2Frankfast.example&comment=I+can+get+your+site+to+page+1",
    "author=Casino&email=win%40spins.example&url=https%3A%2F%2Fspins.example&comment=Free+spins+today",
]
HW_PHP_KEYS = [
    ("currency", "/var/www/shop/app/Cart/Totals.php", 118),
    ("shipping_method", "/var/www/shop/app/Checkout/Shipping.php", 64),
    ("HTTP_ACCEPT_LANGUAGE", "/var/www/shop/app/Http/Locale.php", 23),
    ("variant", "/var/www/shop/templates/product.php", 201),
    ("utm_source", "/var/www/blog/wp-content/plugins/ga-lite/ga-lite.php", 77),
]
HW_PHP_DEPR = [
    (
        "Creation of dynamic property %s::$%s is deprecated",
        "Creation of dynamic property Shop\\Model\\Product::$legacyId is deprecated",
        "/var/www/shop/app/Model/Product.php",
        42,
    ),
    (
        "Creation of dynamic property %s::$%s is deprecated",
        "Creation of dynamic property Shop\\Cart\\Line::$discount is deprecated",
        "/var/www/shop/app/Cart/Line.php",
        57,
    ),
    (
        "strlen(): Passing null to parameter #%d ($%s) of type %s is deprecated",
        "strlen(): Passing null to parameter #1 ($string) of type string is deprecated",
        "/var/www/blog/wp-includes/formatting.php",
        2873,
    ),
]


def hw_ts(t: datetime) -> str:
    return f"{t:%a %d %b %Y %H:%M:%S} +0200"


def hiawatha(r: random.Random) -> list[Log]:
    """Two Hiawatha 11.5 hosts, 06:00 to 12:00 (local, +0200): www1 (the shop through PHP-FPM
    over FastCGI, and a WordPress blog), www2 (an intranet behind basic authentication and a
    PHP API). system.log, error.log and exploit.log each; LogTimeouts on. The story: scanners'
    timeouts all day, toolkit bans for probers, a SQL-injection scanner on the shop at 07:12
    and on the API at 10:40, a scraper botnet flooding www1 08:30-08:45, PHP-FPM restarted with
    a broken pool 09:10-09:18 (and Hiawatha restarted on www1), a password guesser on the
    intranet 09:40-09:55, the shop's database failing over 10:20-10:26 (PHP fatal errors), slow
    reports on the API 10:00-10:15 (CGI timeouts) and a load spike on www2 11:00-11:12
    (ChallengeClient)."""
    fs = Files()
    bans: dict[tuple[str, str], list[datetime]] = {}

    def S(h: str, t: datetime, label: str, msg: str, ip: str | None = None) -> datetime:
        head = f"{ip}|" if ip else ""
        return fs.add(
            f"{h}-system.log", t, label, lambda x: [f"{head}{hw_ts(x)}|{msg}"], (h, "system"), SEC
        )

    def E(h: str, t: datetime, label: str, ip: str, path: str | None, msg: str) -> datetime:
        mid = f"{path}|" if path else ""
        return fs.add(
            f"{h}-error.log", t, label, lambda x: [f"{ip}|{hw_ts(x)}|{mid}{msg}"], (h, "error"), SEC
        )

    def X(
        h: str, t: datetime, label: str, ip: str, host: str, uri: str, typ: str, data: str | None
    ) -> datetime:
        tail = f"|{data}" if data is not None else ""
        return fs.add(
            f"{h}-exploit.log",
            t,
            label,
            lambda x: [f"{ip}|{hw_ts(x)}|{host}|{uri}|{typ}{tail}"],
            (h, "exploit"),
            SEC,
        )

    def ban(h: str, t: datetime, ip: str, secs: int, label: str, msg: str) -> datetime:
        # a ban while banned moves the deadline (ban_ip), else a new ban starts
        t = S(h, t, label, msg, ip)
        ds = bans.setdefault((h, ip), [])
        if ds and ds[-1] > t:
            ds[-1] = max(ds[-1], t + sec(secs))
        else:
            ds.append(t + sec(secs))
        return t

    def banned(h: str, ip: str, t: datetime) -> bool:
        return bool(bans.get((h, ip))) and bans[(h, ip)][-1] > t

    down = {"www1": [(at(9, 18, 31), at(9, 18, 33))], "www2": []}

    def up(h: str, t: datetime) -> bool:
        return not in_any(t, down[h])

    # background: timeouts, silent clients, TLS, read errors
    for h, mean_to, mean_sil in [("www1", 36, 120), ("www2", 60, 170)]:
        for t in poisson(r, T0, T_END, mean_to):
            if up(h, t):
                S(
                    h,
                    t,
                    "Timeout while waiting for first request",
                    "Timeout while waiting for first request",
                    pick(r, HW_SCAN + HW_CLIENTS),
                )
        for t in poisson(r, T0, T_END, mean_sil):
            if up(h, t):
                S(
                    h,
                    t,
                    "Silent client disconnected",
                    "Silent client disconnected",
                    pick(r, HW_SCAN + HW_CLIENTS),
                )
        for t in poisson(r, T0, T_END, 1100):
            S(
                h,
                t,
                "No cypher overlap during TLS handshake.",
                "No cypher overlap during TLS handshake.",
                pick(r, HW_SCAN),
            )
        for t in poisson(r, T0, T_END, 2400):
            S(
                h,
                t,
                "Error while reading request",
                "Error while reading request",
                pick(r, HW_CLIENTS),
            )
        # garbage: BanOnGarbage = 300
        for t in poisson(r, T0, T_END, 1500):
            ip = pick(r, HW_GARBAGE)
            if up(h, t) and not banned(h, ip, t):
                ban(
                    h,
                    t,
                    ip,
                    300,
                    "Client banned because of sending garbage",
                    "Client banned because of sending garbage",
                )
        # URL toolkit bans (probers): Ban 600
        for t in poisson(r, T0, T_END, 420 if h == "www1" else 900):
            ip = pick(r, HW_SCAN)
            if up(h, t) and not banned(h, ip, t):
                ban(
                    h,
                    t,
                    ip,
                    600,
                    "Client banned because of URL match in UrlToolkit rule",
                    "Client banned because of URL match in UrlToolkit rule",
                )
                if r.random() < 0.3:
                    S(h, t + sec(r.uniform(0.2, 1.5)), "Client kicked", "Client kicked", ip)
        # URLs with forbidden characters
        for t in poisson(r, T0, T_END, 1500):
            ip = pick(r, HW_SCAN)
            root = "/var/www/shop/public" if h == "www1" else "/var/www/api/public"
            E(
                h,
                t,
                "URL contains forbidden characters",
                ip,
                f"{root}/index.php",
                "URL contains forbidden characters",
            )

    # www1: SQL injection scanner on the shop 07:12-07:19 (BanOnSQLi 60)
    def sqli_scan(h: str, host: str, ip: str, t0: datetime, t1: datetime, urls: list[str]) -> None:
        t = t0
        while t < t1:
            if not banned(h, ip, t):
                n = r.choice([1, 1, 2, 3])
                for _ in range(n):
                    uri = pick(r, urls)
                    X(h, t, "%s|%s|SQLi|%s", ip, host, uri.split("?")[0], "SQLi", uri)
                    ban(
                        h,
                        t + sec(0.1),
                        ip,
                        60,
                        "Client banned because of SQL injection on %s",
                        f"Client banned because of SQL injection on {host}",
                    )
                    t += sec(r.uniform(0.2, 0.9))
                if r.random() < 0.6:
                    S(h, t + sec(0.3), "Client kicked", "Client kicked", ip)
                t = bans[(h, ip)][-1] + sec(r.uniform(9, 14))
            else:
                t += sec(5)

    sqli_scan("www1", "shop.example.nl", "45.148.10.174", at(7, 12, 4), at(7, 19, 30), HW_SQLI)
    sqli_scan(
        "www2", "api.example.nl", "193.32.162.73", at(10, 40, 12), at(10, 44, 50), HW_API_SQLI
    )

    # XSS attempts (blocked, no ban) and comment spam POSTs with a foreign referer (CSRF)
    for t in poisson(r, T0, T_END, 1300):
        uri, q = pick(r, HW_XSS)
        X("www1", t, "%s|%s|XSS|%s", pick(r, HW_SCAN), "shop.example.nl", uri, "XSS", q)
    for t in poisson(r, T0, T_END, 700):
        X(
            "www1",
            t,
            "%s|%s|CSRF|%s",
            pick(r, HW_SCAN),
            "blog.example.nl",
            "/wp-comments-post.php",
            "CSRF",
            pick(r, HW_CSRF_BODIES),
        )

    # www1: a scraper botnet flooding 08:30-08:45 (BanOnFlooding 60, BanOnMaxPerIP 120)
    bots = [f"103.{r.randint(100, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(14)]
    for t in poisson(r, at(8, 30), at(8, 45), 9):
        ip = pick(r, bots)
        if banned("www1", ip, t):
            continue
        if r.random() < 0.75:
            ban(
                "www1",
                t,
                ip,
                60,
                "Client banned because of flooding",
                "Client banned because of flooding",
            )
        else:
            t = S(
                "www1",
                t,
                "Maximum number of connections for IP address reached",
                "Maximum number of connections for IP address reached",
                ip,
            )
            ban(
                "www1",
                t,
                ip,
                120,
                "Client banned because of too many simultaneous connections",
                "Client banned because of too many simultaneous connections",
            )
        if r.random() < 0.4:
            S("www1", t + sec(r.uniform(0.5, 2)), "Client kicked", "Client kicked", ip)

    # www1: PHP-FPM restarted with a broken pool 09:10-09:18; Hiawatha restarted 09:18:31
    for t in poisson(r, at(9, 10, 7), at(9, 18, 25), 3.2):
        S("www1", t, "can't connect to FastCGI server %s", "can't connect to FastCGI server PHP8")
    S("www1", at(9, 18, 31), "Hiawatha v11.5 stopped.", "Hiawatha v11.5 stopped.")
    S("www1", at(9, 18, 33), "Hiawatha v11.5 started.", "Hiawatha v11.5 started.")

    # www2: password guessing on the intranet 09:40-09:55 (MaxWrongPasswords 5, BanOnWrongPassword 900)
    for ip in ["91.92.251.103", "91.92.251.118", "91.92.253.41"]:
        t = at(9, 40) + sec(r.uniform(0, 600))
        ban(
            "www2",
            t,
            ip,
            900,
            "Client banned because of too many wrong passwords",
            "Client banned because of too many wrong passwords",
        )
    for t in poisson(r, T0, T_END, 560):
        ip = pick(r, HW_SCAN + HW_CLIENTS[:6])
        E(
            "www2",
            t,
            "access denied via accesslist",
            ip,
            pick(
                r,
                [
                    "/var/www/intranet/admin/index.php",
                    "/var/www/intranet/admin/users.php",
                    "/var/www/intranet/status.php",
                ],
            ),
            "access denied via accesslist",
        )

    # www1 error.log: PHP-FPM's stderr through FastCGI
    for t in poisson(r, T0, T_END, 95):
        if in_any(t, [(at(9, 10), at(9, 18, 35))]):
            continue
        key, path, line = pick(r, HW_PHP_KEYS)
        fod = "/var/www/blog/index.php" if "blog" in path else "/var/www/shop/public/index.php"
        E(
            "www1",
            t,
            'PHP message: PHP Warning:  Undefined array key "%s" in %s on line %d',
            pick(r, HW_CLIENTS),
            fod,
            f'PHP message: PHP Warning:  Undefined array key "{key}" in {path} on line {line}',
        )
    for t in poisson(r, T0, T_END, 230):
        if in_any(t, [(at(9, 10), at(9, 18, 35))]):
            continue
        fmt, text, path, line = pick(r, HW_PHP_DEPR)
        fod = "/var/www/blog/index.php" if "blog" in path else "/var/www/shop/public/index.php"
        E(
            "www1",
            t,
            f"PHP message: PHP Deprecated:  {fmt} in %s on line %d",
            pick(r, HW_CLIENTS),
            fod,
            f"PHP message: PHP Deprecated:  {text} in {path} on line {line}",
        )
    # the shop's database failing over 10:20-10:26: PDO's fatal error, its trace joined by '|'
    for t in poisson(r, at(10, 20, 4), at(10, 26, 10), 6):
        trace = "|".join(
            [
                "PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:28",
                "Stack trace:",
                "#0 /var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(28): PDO->__construct('mysql:host=db-s...', 'shop', Object(SensitiveParameterValue), Array)",
                "#1 /var/www/shop/vendor/doctrine/dbal/src/Connection.php(347): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect(Array)",
                "#2 /var/www/shop/app/Repository/ProductRepository.php(51): Doctrine\\DBAL\\Connection->connect()",
                "#3 /var/www/shop/public/index.php(34): Shop\\Repository\\ProductRepository->findBySlug('"
                + pick(r, ["oak-desk-lamp", "linen-throw", "steel-kettle", "wool-rug-200"])
                + "')",
                "#4 {main}",
                "  thrown in /var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php on line 28",
            ]
        )
        E(
            "www1",
            t,
            "PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[%s] [%d] Connection refused in %s:%d",
            pick(r, HW_CLIENTS),
            "/var/www/shop/public/index.php",
            trace,
        )
    # www2: slow reports 10:00-10:15
    for t in poisson(r, at(10, 0, 30), at(10, 15), 28):
        E(
            "www2",
            t,
            "CGI application timeout",
            pick(r, ["10.20.0.15", "10.20.0.16", "10.20.0.31"]),
            "/var/www/api/public/index.php",
            "CGI application timeout",
        )
    # www2: a load spike 11:00-11:12 (ChallengeClient, ChallengeBan 300)
    S(
        "www2",
        at(11, 0, 9),
        "ChallengeClient mode activated",
        "ChallengeClient mode activated",
        pick(r, HW_CLIENTS),
    )
    for t in poisson(r, at(11, 0, 12), at(11, 11, 40), 16):
        ip = f"{pick(r, ['5.188', '46.161', '185.156', '194.26'])}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if r.random() < 0.7:
            ban(
                "www2",
                t,
                ip,
                300,
                "Client banned due to challenge failure",
                "Client banned due to challenge failure",
            )
        else:
            S(
                "www2",
                t,
                "Maximum number of total connections reached",
                "Maximum number of total connections reached",
                ip,
            )
    S(
        "www2",
        at(11, 11, 52),
        "ChallengeClient mode deactivated",
        "ChallengeClient mode deactivated",
        pick(r, HW_CLIENTS),
    )

    # the task runner's unbans (every 10 s)
    for (h, ip), deadlines in bans.items():
        for deadline in deadlines:
            tu = deadline + sec(r.uniform(0, 10))
            if tu < T_END:
                S(
                    h,
                    tu,
                    "Unbanned (%ld connect attempts during ban)",
                    f"Unbanned ({r.choice([0, 0, 1, 2, 3, 5, 8, 13, 21, 40])} connect attempts during ban)",
                    ip,
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ resin

RS_HOSTS = {"app-0": "10.0.1.21", "app-1": "10.0.1.22"}
RS_STACK_NPE = [
    "java.lang.NullPointerException",
    "\tat com.example.shop.checkout.AddressController.save(AddressController.java:88)",
    "\tat com.example.shop.web.DispatchServlet.service(DispatchServlet.java:142)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:97)",
    "\tat com.caucho.server.dispatch.ServletFilterChain.doFilter(ServletFilterChain.java:109)",
    "\tat com.example.shop.web.RequestTimingFilter.doFilter(RequestTimingFilter.java:41)",
    "\tat com.caucho.server.dispatch.FilterFilterChain.doFilter(FilterFilterChain.java:89)",
    "\tat com.caucho.server.webapp.WebAppFilterChain.doFilter(WebAppFilterChain.java:156)",
    "\tat com.caucho.server.webapp.AccessLogFilterChain.doFilter(AccessLogFilterChain.java:95)",
    "\tat com.caucho.server.http.HttpRequest.handleRequest(HttpRequest.java:871)",
    "\tat com.caucho.network.listen.TcpSocketLink.dispatchRequest(TcpSocketLink.java:1398)",
    "\tat com.caucho.network.listen.TcpSocketLink.handleRequest(TcpSocketLink.java:1354)",
    "\tat com.caucho.network.listen.TcpSocketLink.handleRequestsImpl(TcpSocketLink.java:1338)",
    "\tat com.caucho.network.listen.TcpSocketLink.handleRequests(TcpSocketLink.java:1246)",
    "\tat com.caucho.network.listen.TcpSocketLink.handleAcceptTaskImpl(TcpSocketLink.java:1042)",
    "\tat com.caucho.network.listen.ConnectionTask.runThread(ConnectionTask.java:117)",
    "\tat com.caucho.network.listen.ConnectionTask.run(ConnectionTask.java:93)",
    "\tat com.caucho.network.listen.SocketLinkThreadLauncher.handleTasks(SocketLinkThreadLauncher.java:169)",
    "\tat com.caucho.network.listen.TcpSocketAcceptThread.run(TcpSocketAcceptThread.java:61)",
    "\tat com.caucho.env.thread2.ResinThread2.runTasks(ResinThread2.java:173)",
    "\tat com.caucho.env.thread2.ResinThread2.run(ResinThread2.java:118)",
]
RS_STACK_DB = [
    "\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)",
    "\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)",
    "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:916)",
    "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeQuery(ClientPreparedStatement.java:972)",
    "\tat com.caucho.sql.UserPreparedStatement.executeQuery(UserPreparedStatement.java:107)",
    "\tat com.example.shop.cart.CartRepository.load(CartRepository.java:63)",
    "\tat com.example.shop.cart.CartService.current(CartService.java:38)",
    "\tat com.example.shop.web.CartController.show(CartController.java:29)",
    "\tat com.example.shop.web.DispatchServlet.service(DispatchServlet.java:142)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:97)",
    "\tat com.caucho.server.dispatch.ServletFilterChain.doFilter(ServletFilterChain.java:109)",
    "\tat com.caucho.server.webapp.WebAppFilterChain.doFilter(WebAppFilterChain.java:156)",
    "\tat com.caucho.server.http.HttpRequest.handleRequest(HttpRequest.java:871)",
    "\tat com.caucho.network.listen.TcpSocketLink.handleRequest(TcpSocketLink.java:1354)",
    "\tat com.caucho.env.thread2.ResinThread2.run(ResinThread2.java:118)",
    "Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure",
    "",
    "The last packet successfully received from the server was {rx} milliseconds ago. The last packet sent successfully to the server was {tx} milliseconds ago.",
    "\tat java.lang.reflect.Constructor.newInstance(Constructor.java:423)",
    "\tat com.mysql.cj.exceptions.ExceptionFactory.createException(ExceptionFactory.java:61)",
    "\tat com.mysql.cj.protocol.a.NativeProtocol.readMessage(NativeProtocol.java:562)",
    "\tat com.mysql.cj.protocol.a.NativeProtocol.sendCommand(NativeProtocol.java:732)",
    "\t... 13 more",
    "Caused by: java.io.EOFException: Can not read response from server. Expected to read 4 bytes, read 0 bytes before connection was unexpectedly lost.",
    "\tat com.mysql.cj.protocol.FullReadInputStream.readFully(FullReadInputStream.java:67)",
    "\tat com.mysql.cj.protocol.a.SimplePacketReader.readHeaderLocal(SimplePacketReader.java:81)",
    "\t... 19 more",
]
RS_PSP = ["adyen", "mollie", "paypal"]
RS_DECLINE = ["insufficient_funds", "card_declined", "expired_card", "do_not_honor", "3ds_failed"]
RS_PATHS = [
    "/checkout/payment",
    "/checkout/address",
    "/cart",
    "/search",
    "/product/oak-desk-lamp",
    "/category/lighting",
    "/account/orders",
]


def resin(r: random.Random) -> list[Log]:
    """Two Resin 4.0.66 servers of the app_tier cluster (app-0, app-1), each JVM's log
    (`jvm-app-0.log`, `jvm-app-1.log`, the default log-handler's `[%y-%m-%d %H:%M:%S.%s]
    {%{thread}} `), running a shop web-app whose java.util.logging lines come through the same
    handler. The story: the 06:00 rolling restart (app-0, then app-1), orders, logins and
    payments all day, the inventory sync every 5 minutes and the price cache every 15, a new
    shop WAR hot-deployed at 08:00 with a NullPointerException on /checkout/address until
    10:30, the SMTP relay down 08:10-08:40, the database failing over 09:30 (Connector/J's
    communications failures, slow requests), app-1 restarted at 10:30 with the fixed WAR."""
    fs = Files()

    def rs_ts(t: datetime) -> str:
        return f"[{t:%y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}]"

    def L(s: str, t: datetime, thread: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"jvm-{s}.log",
            t,
            label,
            lambda x: [f"{rs_ts(x)} {{{thread}}} {lines[0]}", *lines[1:]],
            s,
            MS,
        )

    def http() -> str:
        return f"http://*:8080-{r.randint(12, 71)}"

    def start(s: str, t: datetime) -> datetime:
        ip = RS_HOSTS[s]
        m = "main"
        t = L(s, t, m, "%s (built %s)", ["Resin-4.0.66 (built Thu, 20 Jul 2023 03:17:55 PDT)"])
        t = L(
            s,
            t + sec(0.001),
            m,
            "Copyright(c) 1998-2023 Caucho Technology.  All rights reserved.",
            ["Copyright(c) 1998-2023 Caucho Technology.  All rights reserved."],
        )
        t = L(
            s,
            t + sec(0.004),
            m,
            "Starting %s on %s",
            [f"Starting Resin-4.0.66 on {t:%a, %d %b %Y %H:%M:%S} +0000 (UTC)"],
        )
        t = L(s, t + sec(0.002), m, "%s %s %s", ["Linux 5.15.0-107-generic amd64"])
        t = L(
            s,
            t + sec(0.001),
            m,
            "  Processors: %d, Load: %s",
            [f"  Processors: 8, Load: {r.uniform(0.2, 2.5):.2f}"],
        )
        t = L(
            s,
            t + sec(0.001),
            m,
            "%s %s, %s, %s",
            ["Java(TM) SE Runtime Environment 1.8.0_411-b09, UTF-8, en"],
        )
        t = L(
            s,
            t + sec(0.001),
            m,
            "%s %s, %s, %s, %s",
            ["Java HotSpot(TM) 64-Bit Server VM 25.411-b09, 64, mixed mode, Oracle Corporation"],
        )
        t = L(s, t + sec(0.001), m, "user.name  = %s", ["user.name  = resin"])
        t = L(s, t + sec(0.001), m, "resin.home = %s", ["resin.home = /usr/local/resin"])
        t = L(s, t + sec(0.001), m, "resin.root = %s", ["resin.root = /var/www"])
        t = L(s, t + sec(0.001), m, "resin.conf = %s", ["resin.conf = /etc/resin/resin.xml"])
        t = L(
            s,
            t + sec(0.001),
            m,
            "server     = %s:%d (%s:%s)",
            [f"server     = {ip}:6800 (app_tier:{s})"],
        )
        t = L(s, t + sec(0.001), m, "stage      = %s", ["stage      = production"])
        t += sec(r.uniform(2.5, 4.5))
        for app in ["resin-admin", "ROOT"]:
            t = L(
                s,
                t + sec(r.uniform(0.05, 1.8)),
                m,
                "%s active",
                [f"WebApp[production/webapp/default/{app}] active"],
            )
        t = L(s, t + sec(0.01), m, "%s active", ["Host[production/host/default] active"])
        t = L(s, t + sec(0.01), m, "%s active", [f"ServletService[id={s},cluster=app_tier] active"])
        t = L(s, t + sec(0.02), m, "%s listening to %s:%d", ["http listening to *:8080"])
        return L(
            s,
            t + sec(0.01),
            m,
            "%s started in %dms",
            [f"Resin[id={s}] started in {r.randint(5200, 7900)}ms"],
        )

    def stop(s: str, t: datetime) -> datetime:
        th = "resin-destroy"
        t = L(s, t, th, "%s stopping", [f"ServletService[id={s},cluster=app_tier] stopping"])
        t = L(s, t + sec(0.02), th, "%s stopping", ["Host[production/host/default] stopping"])
        for app in ["ROOT", "resin-admin"]:
            t = L(
                s,
                t + sec(r.uniform(0.05, 0.9)),
                th,
                "%s stopping",
                [f"WebApp[production/webapp/default/{app}] stopping"],
            )
        return t

    restart = {"app-0": (at(6, 0, 4), at(6, 0, 9)), "app-1": (at(6, 2, 31), at(6, 2, 37))}
    stop("app-0", at(6, 0, 4.127))
    start("app-0", at(6, 0, 9.561))
    stop("app-1", at(6, 2, 31.274))
    start("app-1", at(6, 2, 37.809))
    stop("app-1", at(10, 30, 12.053))
    start("app-1", at(10, 30, 20.390))
    down = {
        "app-0": [(at(6, 0, 0), at(6, 0, 20))],
        "app-1": [(at(6, 2, 25), at(6, 2, 50)), (at(10, 30, 8), at(10, 30, 35))],
    }
    # the WAR hot-deployed at 08:00
    for s in ["app-0", "app-1"]:
        t = at(8, 0, 2) + sec(r.uniform(0, 4))
        t = L(
            s,
            t,
            f"resin-{r.randint(20, 60)}",
            "%s stopping",
            ["WebApp[production/webapp/default/ROOT] stopping"],
        )
        L(
            s,
            t + sec(r.uniform(3, 6)),
            f"resin-{r.randint(20, 60)}",
            "%s active",
            ["WebApp[production/webapp/default/ROOT] active"],
        )
    del restart

    def node(t: datetime) -> str | None:
        cands = [s for s in RS_HOSTS if not in_any(t, down[s])]
        return r.choice(cands) if cands else None

    seq = [428_113]
    customers = [f"C{r.randint(100000, 999999)}" for _ in range(260)]
    dbfail = (at(9, 30, 10), at(9, 31, 46))
    slow = (at(9, 26), at(9, 36))
    smtp = (at(8, 10), at(8, 40))
    bug = (at(8, 0, 9), at(10, 30, 35))

    def busy(t: datetime) -> float:
        hour = t.hour + t.minute / 60
        return 0.45 + 0.55 * min(1.0, max(0.0, (hour - 6) / 3))

    for t in sorted(poisson(r, T0, T_END, 18) + poisson(r, dbfail[0], dbfail[1], 3.5)):
        s = node(t)
        if s is None or r.random() > busy(t):
            continue
        if in_any(t, [dbfail]):
            L(
                s,
                t,
                http(),
                "Could not load cart %s",
                [
                    f"Could not load cart {uuid4(r)}",
                    "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
                    "",
                    f"The last packet successfully received from the server was {r.randint(1000, 9000):,} milliseconds ago. The last packet sent successfully to the server was {r.randint(1000, 9000):,} milliseconds ago.",
                ]
                + [
                    x.format(rx=f"{r.randint(1000, 9000):,}", tx=f"{r.randint(1000, 9000):,}")
                    for x in RS_STACK_DB
                ],
            )
            continue
        c = pick(r, customers)
        if r.random() < 0.42:
            L(
                s,
                t,
                http(),
                "Customer %s logged in from %s",
                [f"Customer {c} logged in from {pick(r, HW_CLIENTS)}"],
            )
            continue
        if in_any(t, [bug]) and r.random() < (0.07 if s == "app-0" or t < at(10, 30) else 0):
            L(s, t, http(), "java.lang.NullPointerException", RS_STACK_NPE[:1] + RS_STACK_NPE)
            continue
        seq[0] += r.randint(1, 3)
        oid = f"SO-{seq[0]}"
        items = r.choice([1, 1, 1, 2, 2, 3, 4, 6])
        total = sum(r.uniform(9, 180) for _ in range(items))
        th = http()
        t = L(
            s,
            t,
            th,
            "Order %s placed by customer %s: %d items, total %s EUR",
            [f"Order {oid} placed by customer {c}: {items} items, total {total:,.2f} EUR"],
        )
        t2 = t + sec(r.uniform(0.6, 4.5))
        psp = pick(r, RS_PSP)
        if r.random() < 0.06:
            L(
                s,
                t2,
                th,
                "Payment declined for order %s: %s",
                [f"Payment declined for order {oid}: {pick(r, RS_DECLINE)}"],
            )
            continue
        t2 = L(
            s,
            t2,
            th,
            "Payment authorized for order %s via %s (transaction %s)",
            [
                f"Payment authorized for order {oid} via {psp} (transaction {psp[:2].upper()}{hexid(r, 14).upper()})"
            ],
        )
        if in_any(t2, [smtp]):
            L(
                s,
                t2 + sec(r.uniform(20, 31)),
                th,
                "Failed to send order confirmation for order %s: Couldn't connect to host, port: %s, %d; timeout %d",
                [
                    f"Failed to send order confirmation for order {oid}: Couldn't connect to host, port: smtp.example.net, 587; timeout -1"
                ],
            )
    for s, off in [("app-0", 17), ("app-1", 163)]:
        t = T0 + sec(off)
        while t < T_END:
            if not in_any(t, down[s]):
                th = f"resin-{r.randint(20, 60)}"
                n = r.randint(3, 140) if not in_any(t, [dbfail]) else 0
                if n:
                    L(
                        s,
                        t + sec(r.uniform(0.2, 2.5)),
                        th,
                        "Inventory sync finished: %d SKUs updated in %d ms",
                        [f"Inventory sync finished: {n} SKUs updated in {r.randint(180, 2400)} ms"],
                    )
                if (t - T0).total_seconds() // 300 % 3 == 0:
                    L(
                        s,
                        t + sec(r.uniform(1, 3)),
                        th,
                        "Price cache refreshed (%d entries) in %d ms",
                        [
                            f"Price cache refreshed ({r.randint(18400, 18900)} entries) in {r.randint(900, 3100)} ms"
                        ],
                    )
            t += sec(300)
    for t in poisson(r, T0, T_END, 420) + poisson(r, slow[0], slow[1], 9):
        s = node(t)
        if s is None:
            continue
        ms_ = r.randint(2100, 9800) if in_any(t, [slow]) else r.randint(2000, 4200)
        L(
            s,
            t,
            http(),
            "Slow request: %s %s took %d ms",
            [f"Slow request: {pick(r, ['GET', 'GET', 'POST'])} {pick(r, RS_PATHS)} took {ms_} ms"],
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- janusgraph

JG_HEADER = [
    "                                                                      ",
    "   mmm                                mmm                       #     ",
    '     #   mmm   m mm   m   m   mmm   m"   "  m mm   mmm   mmmm   # mm  ',
    '     #  "   #  #"  #  #   #  #   "  #   mm  #"  " "   #  #" "#  #"  # ',
    '     #  m"""#  #   #  #   #   """m  #    #  #     m"""#  #   #  #   # ',
    ' "mmm"  "mm"#  #   #  "mm"#  "mmm"   "mmm"  #     "mm"#  ##m#"  #   # ',
    "                                                         #            ",
    '                                                         "            ',
    "",
]
JG_CASS = {"cassandra-0": "10.0.2.31", "cassandra-1": "10.0.2.32", "cassandra-2": "10.0.2.33"}
JG_SCANS = [
    (5, "[(status = SUSPENDED)]"),
    (3, "[(~label = account AND riskScore > 0.8)]"),
    (2, "[()]"),
    (2, "[(country = NL AND ~label = merchant)]"),
    (1, "[(~label = device AND lastSeen < 1717632000000)]"),
]
JG_TRAVERSALS = [
    "[V(), hasLabel(account), has(status, SUSPENDED), out(transfer), dedup(), count()]",
    "[V(), hasLabel(merchant), has(country, NL), in(paidTo), groupCount(), by(iban)]",
    "[V(), hasLabel(account), repeat([[], [both(transfer), simplePath()]]), times(4), path(), limit(5000)]",
    "[V(), has(device, fingerprint, eq(9f3c2a71b0e84d6c)), in(usedDevice), out(owns), valueMap(true)]",
]


def jg_stack_backend(r: random.Random) -> list[str]:
    return [
        "org.janusgraph.core.JanusGraphException: Could not commit transaction due to exception during persistence",
        "\tat org.janusgraph.graphdb.database.StandardJanusGraph.commit(StandardJanusGraph.java:833) ~[janusgraph-core-1.0.0.jar:?]",
        "\tat org.janusgraph.graphdb.transaction.StandardJanusGraphTx.commit(StandardJanusGraphTx.java:1530) ~[janusgraph-core-1.0.0.jar:?]",
        "\tat org.janusgraph.graphdb.tinkerpop.JanusGraphBlueprintsGraph$GraphTransaction.doCommit(JanusGraphBlueprintsGraph.java:280) ~[janusgraph-core-1.0.0.jar:?]",
        "\tat org.apache.tinkerpop.gremlin.structure.util.AbstractTransaction.commit(AbstractTransaction.java:104) ~[gremlin-core-3.7.0.jar:3.7.0]",
        "\tat org.apache.tinkerpop.gremlin.server.op.AbstractOpProcessor.attemptCommit(AbstractOpProcessor.java:201) ~[gremlin-server-3.7.0.jar:3.7.0]",
        "\tat org.apache.tinkerpop.gremlin.server.op.traversal.TraversalOpProcessor.onTraversalSuccess(TraversalOpProcessor.java:419) ~[gremlin-server-3.7.0.jar:3.7.0]",
        "\tat org.apache.tinkerpop.gremlin.server.op.traversal.TraversalOpProcessor.lambda$iterateBytecodeTraversal$4(TraversalOpProcessor.java:350) ~[gremlin-server-3.7.0.jar:3.7.0]",
        "\tat java.util.concurrent.FutureTask.run(FutureTask.java:264) [?:?]",
        "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128) [?:?]",
        "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628) [?:?]",
        "\tat java.lang.Thread.run(Thread.java:829) [?:?]",
        "Caused by: org.janusgraph.diskstorage.TemporaryBackendException: Could not successfully complete backend operation due to repeated temporary exceptions after PT10S",
        "\tat org.janusgraph.diskstorage.util.BackendOperation.executeDirect(BackendOperation.java:98) ~[janusgraph-core-1.0.0.jar:?]",
        "\tat org.janusgraph.diskstorage.util.BackendOperation.execute(BackendOperation.java:52) ~[janusgraph-core-1.0.0.jar:?]",
        "\tat org.janusgraph.graphdb.database.StandardJanusGraph.persist(StandardJanusGraph.java:616) ~[janusgraph-core-1.0.0.jar:?]",
        "\tat org.janusgraph.graphdb.database.StandardJanusGraph.commit(StandardJanusGraph.java:804) ~[janusgraph-core-1.0.0.jar:?]",
        "\t... 11 more",
        "Caused by: org.janusgraph.diskstorage.TemporaryBackendException: Temporary failure in storage backend",
        "\tat org.janusgraph.diskstorage.cql.function.mutate.AbstractCQLMutateManyFunction.mutateMany(AbstractCQLMutateManyFunction.java:75) ~[janusgraph-cql-1.0.0.jar:?]",
        "\tat org.janusgraph.diskstorage.cql.CQLStoreManager.mutateMany(CQLStoreManager.java:580) ~[janusgraph-cql-1.0.0.jar:?]",
        "\t... 15 more",
        f"Caused by: com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Cassandra timeout during BATCH_LOG write query at consistency QUORUM (2 replica were required but only {r.choice([0, 1])} acknowledged the write)",
        "",
    ]


def janusgraph(r: random.Random) -> list[Log]:
    """Two JanusGraph 1.0 servers (janusgraph-0, janusgraph-1 pods, CQL on a three-node
    Cassandra, Elasticsearch for mixed indexes), their stdout as collected to files, log4j2's
    `%d{HH:mm:ss} %-5level %class.%method{36} - %msg%n`, the Slf4jReporter enabled every 2
    minutes. The story: a rolling update at 06:00, a fraud scorer scanning without an index
    (full-scan warnings) until the byStatus index is built at 09:00, cassandra-1 restarted
    08:20-08:27 with cassandra-2 slow 08:22-08:25 (the driver's reconnections, write timeouts,
    failed commits), a report builder's traversals timing out on janusgraph-1 09:40-10:04 until
    the JVM runs out of heap and the pod restarts at 10:05."""
    fs = Files()

    def L(p: str, t: datetime, level: str, where: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} {level:<5} {where} - {lines[0]}", *lines[1:]],
            p,
            SEC,
        )

    def raw(p: str, t: datetime, label: str, line: str) -> datetime:
        return fs.add(f"{p}.log", t, label, lambda x: [line], p, SEC)

    G = "org.apache.tinkerpop.gremlin.server"

    def start(p: str, t: datetime, n: int) -> datetime:
        t = L(
            p,
            t,
            "INFO",
            "org.janusgraph.graphdb.server.JanusGraphServer.printHeader",
            "mmm                                mmm                       #",
            JG_HEADER,
        )
        t = L(
            p,
            t,
            "INFO",
            "org.janusgraph.graphdb.server.JanusGraphServer.printHeader",
            "TinkerPop Version: %s",
            ["TinkerPop Version: 3.7.0"],
        )
        t = L(
            p,
            t,
            "INFO",
            "org.janusgraph.graphdb.server.JanusGraphServer.main",
            "Configuring JanusGraph Server from %s",
            ["Configuring JanusGraph Server from /etc/opt/janusgraph/janusgraph-server.yaml"],
        )
        t = L(
            p,
            t + sec(1),
            "INFO",
            f"{G}.util.MetricManager.addJmxReporter",
            "Configured Metrics JmxReporter configured with domain=%s and agentId=%s",
            ["Configured Metrics JmxReporter configured with domain= and agentId="],
        )
        t = L(
            p,
            t,
            "INFO",
            f"{G}.util.MetricManager.addSlf4jReporter",
            "Configured Metrics Slf4jReporter configured with interval=%dms and loggerName=%s",
            [
                "Configured Metrics Slf4jReporter configured with interval=120000ms and loggerName=org.apache.tinkerpop.gremlin.server.Settings$Slf4jReporterMetrics"
            ],
        )
        t = L(
            p,
            t + sec(1),
            "INFO",
            "com.datastax.oss.driver.internal.core.DefaultMavenCoordinates.buildFromResource",
            "DataStax Java driver for Apache Cassandra(R) (%s) version %s",
            [
                "DataStax Java driver for Apache Cassandra(R) (com.datastax.oss:java-driver-core) version 4.17.0"
            ],
        )
        t = L(
            p,
            t,
            "INFO",
            "com.datastax.oss.driver.internal.core.time.Clock.getInstance",
            "Using native clock for microsecond precision",
            ["Using native clock for microsecond precision"],
        )
        t = L(
            p,
            t + sec(1),
            "INFO",
            "com.datastax.oss.driver.internal.core.channel.ChannelFactory.lambda$connect$0",
            "[%s] Failed to connect with protocol %s, retrying with %s",
            ["[JanusGraph Session] Failed to connect with protocol DSE_V2, retrying with DSE_V1"],
        )
        t = L(
            p,
            t,
            "INFO",
            "com.datastax.oss.driver.internal.core.channel.ChannelFactory.lambda$connect$0",
            "[%s] Failed to connect with protocol %s, retrying with %s",
            ["[JanusGraph Session] Failed to connect with protocol DSE_V1, retrying with V5"],
        )
        t = L(
            p,
            t,
            "INFO",
            "com.datastax.oss.driver.internal.core.channel.ChannelFactory.lambda$connect$0",
            "[%s] Failed to connect with protocol %s, retrying with %s",
            ["[JanusGraph Session] Failed to connect with protocol V5, retrying with V4"],
        )
        t = L(
            p,
            t + sec(1),
            "INFO",
            "org.janusgraph.graphdb.idmanagement.UniqueInstanceIdRetriever.getOrGenerateUniqueInstanceId",
            "Generated unique-instance-id=%s",
            [f"Generated unique-instance-id=0a0003{r.randint(10, 99)}1-{p}-{n}"],
        )
        t = L(
            p,
            t,
            "INFO",
            "org.janusgraph.diskstorage.Backend.getIndexes",
            "Configuring index [%s]",
            ["Configuring index [search]"],
        )
        t = L(
            p,
            t + sec(1),
            "INFO",
            "org.janusgraph.diskstorage.log.kcvs.KCVSLog$MessagePuller.initializeTimepoint",
            "Loaded unidentified ReadMarker start time %s into %s",
            [
                f"Loaded unidentified ReadMarker start time {t:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999999):06d}Z into org.janusgraph.diskstorage.log.kcvs.KCVSLog$MessagePuller@{hexid(r, 8)}"
            ],
        )
        t = L(
            p,
            t,
            "INFO",
            f"{G}.util.ServerGremlinExecutor.<init>",
            "Initialized Gremlin thread pool.  Threads in pool named with pattern gremlin-*",
            ["Initialized Gremlin thread pool.  Threads in pool named with pattern gremlin-*"],
        )
        t = L(
            p,
            t + sec(2),
            "INFO",
            f"{G}.util.ServerGremlinExecutor.lambda$new$4",
            "Initialized %s GremlinScriptEngine and registered metrics",
            ["Initialized gremlin-groovy GremlinScriptEngine and registered metrics"],
        )
        t = L(
            p,
            t,
            "INFO",
            f"{G}.util.ServerGremlinExecutor.lambda$new$8",
            "A GraphTraversalSource is now bound to [%s] with %s",
            [
                "A GraphTraversalSource is now bound to [g] with graphtraversalsource[standardjanusgraph[cql:[cassandra-0.cassandra, cassandra-1.cassandra, cassandra-2.cassandra]], standard]"
            ],
        )
        for op in ["standard", "session", "traversal"]:
            t = L(
                p,
                t,
                "INFO",
                f"{G}.op.OpLoader.lambda$static$0",
                "Adding the %s OpProcessor.",
                [f"Adding the {op} OpProcessor."],
            )
        for mime, ser in [
            ("application/vnd.graphbinary-v1.0", "GraphBinaryMessageSerializerV1"),
            ("application/vnd.graphbinary-v1.0-stringd", "GraphBinaryMessageSerializerV1"),
            ("application/vnd.gremlin-v3.0+gryo", "GryoMessageSerializerV3"),
            ("application/vnd.gremlin-v3.0+gryo-stringd", "GryoMessageSerializerV3"),
        ]:
            t = L(
                p,
                t,
                "INFO",
                f"{G}.AbstractChannelizer.configureSerializers",
                "Configured %s with %s",
                [f"Configured {mime} with org.apache.tinkerpop.gremlin.util.ser.{ser}"],
            )
        t = L(
            p,
            t,
            "INFO",
            f"{G}.GremlinServer$1.operationComplete",
            "Gremlin Server configured with worker thread pool of %d, gremlin pool of %d and boss thread pool of %d.",
            [
                "Gremlin Server configured with worker thread pool of 1, gremlin pool of 8 and boss thread pool of 1."
            ],
        )
        return L(
            p,
            t,
            "INFO",
            f"{G}.GremlinServer$1.operationComplete",
            "Channel started at port %d.",
            ["Channel started at port 8182."],
        )

    pods = ["janusgraph-0", "janusgraph-1"]
    oom = at(10, 4, 21)
    back = at(10, 5, 2)
    start("janusgraph-0", at(6, 0, 3), 1)
    start("janusgraph-1", at(6, 1, 12), 1)
    start("janusgraph-1", back, 2)
    up = {
        "janusgraph-0": [(at(6, 0, 40), T_END)],
        "janusgraph-1": [(at(6, 1, 50), oom), (back + sec(35), T_END)],
    }

    def alive(p: str, t: datetime) -> bool:
        return in_any(t, up[p])

    # the Slf4jReporter every 2 minutes
    M = "com.codahale.metrics.Slf4jReporter$InfoLoggerProxy.log"
    for p in pods:
        ev = tr = errs = 0
        for span in up[p]:
            t = span[0] + sec(120)
            ev = tr = errs = 0
            while t < span[1]:
                ev += r.randint(0, 6)
                tr += r.randint(40, 160)
                if in_any(t, [(at(8, 20), at(8, 30)), (at(9, 40), at(10, 5))]):
                    errs += r.randint(1, 8)
                base = f"{G}.GremlinServer"
                t2 = L(
                    p,
                    t,
                    "INFO",
                    M,
                    "type=COUNTER, name=%s, count=%d",
                    [f"type=COUNTER, name={base}.sessions, count={r.choice([0, 0, 1, 2])}"],
                )
                t2 = L(
                    p,
                    t2,
                    "INFO",
                    M,
                    "type=METER, name=%s, count=%d, m1_rate=%s, m5_rate=%s, m15_rate=%s, mean_rate=%s, rate_unit=%s",
                    [
                        f"type=METER, name={base}.errors, count={errs}, m1_rate={r.uniform(0, 0.05) if errs else 0.0}, m5_rate={r.uniform(0, 0.02) if errs else 0.0}, m15_rate={r.uniform(0, 0.01) if errs else 0.0}, mean_rate={r.uniform(0, 0.003) if errs else 0.0}, rate_unit=events/second"
                    ],
                )
                for name, cnt, lo, hi in [("op.eval", ev, 3, 90), ("op.traversal", tr, 2, 400)]:
                    mn = r.uniform(lo * 0.3, lo)
                    mx = r.uniform(hi, hi * 80 if t > at(9, 40) and p == "janusgraph-1" else hi * 4)
                    mean = r.uniform(mn * 2, mn * 8)
                    t2 = L(
                        p,
                        t2,
                        "INFO",
                        M,
                        "type=TIMER, name=%s, count=%d, min=%s, max=%s, mean=%s, stddev=%s, p50=%s, p75=%s, p95=%s, p98=%s, p99=%s, p999=%s, m1_rate=%s, m5_rate=%s, m15_rate=%s, mean_rate=%s, rate_unit=%s, duration_unit=%s",
                        [
                            f"type=TIMER, name={base}.{name}, count={cnt}, min={mn}, max={mx}, mean={mean}, stddev={mean * r.uniform(0.5, 2)}, p50={mean * 0.8}, p75={mean * 1.3}, p95={mean * 3.1}, p98={mean * 4.4}, p99={mean * 6.0}, p999={mx}, m1_rate={r.uniform(0.1, 2.5)}, m5_rate={r.uniform(0.1, 2.0)}, m15_rate={r.uniform(0.1, 1.6)}, mean_rate={r.uniform(0.1, 1.2)}, rate_unit=events/second, duration_unit=milliseconds"
                        ],
                    )
                t += sec(120)

    def pod(t: datetime) -> str | None:
        c = [p for p in pods if alive(p, t)]
        return r.choice(c) if c else None

    TX = "org.janusgraph.graphdb.transaction.StandardJanusGraphTx$3.execute"
    for t in poisson(r, T0, T_END, 19):
        p = pod(t)
        if p is None:
            continue
        cond = weighted(r, JG_SCANS)
        if cond == "[(status = SUSPENDED)]" and t > at(9, 1, 30):
            continue
        L(
            p,
            t,
            "WARN",
            TX,
            "Query requires iterating over all vertices [%s]. For better performance, use indexes",
            [
                f"Query requires iterating over all vertices {cond}. For better performance, use indexes"
            ],
        )

    # the byStatus index at 09:00 (from janusgraph-0's management session)
    W = "org.janusgraph.graphdb.database.management.GraphIndexStatusWatcher.call"
    t = at(9, 0, 14)
    for _ in range(r.randint(9, 12)):
        t = L(
            "janusgraph-0",
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            W,
            "Some key(s) on index %s do not currently have status(es) %s: %s",
            [
                "Some key(s) on index byStatus do not currently have status(es) [REGISTERED]: status=INSTALLED"
            ],
        )
    t = L(
        "janusgraph-0",
        t + sec(1),
        "INFO",
        W,
        "All key(s) on index %s have status(es) %s",
        ["All key(s) on index byStatus have status(es) [REGISTERED]"],
    )
    t += sec(r.uniform(40, 70))
    for _ in range(r.randint(3, 5)):
        t = L(
            "janusgraph-0",
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            W,
            "Some key(s) on index %s do not currently have status(es) %s: %s",
            [
                "Some key(s) on index byStatus do not currently have status(es) [ENABLED]: status=REGISTERED"
            ],
        )
    L(
        "janusgraph-0",
        t + sec(1),
        "INFO",
        W,
        "All key(s) on index %s have status(es) %s",
        ["All key(s) on index byStatus have status(es) [ENABLED]"],
    )

    # cassandra-1 restarted 08:20-08:27; cassandra-2 slow 08:22-08:25
    CP = "com.datastax.oss.driver.internal.core.pool.ChannelPool.lambda$reconnectNow$0"
    for p in pods:
        t = at(8, 20, 3) + sec(r.uniform(0, 2))
        delay = 1.0
        while t < at(8, 27, 10):
            L(
                p,
                t,
                "WARN",
                CP,
                "[%s|%s]  Error while opening new channel (ConnectionInitException: [%s|connecting...] Protocol initialization request, step 1 (OPTIONS): failed to send request (io.netty.channel.StacklessClosedChannelException))",
                [
                    "[JanusGraph Session|cassandra-1.cassandra/10.0.2.32:9042]  Error while opening new channel (ConnectionInitException: [JanusGraph Session|connecting...] Protocol initialization request, step 1 (OPTIONS): failed to send request (io.netty.channel.StacklessClosedChannelException))"
                ],
            )
            delay = min(delay * 2, 60.0)
            t += sec(delay * r.uniform(0.85, 1.15))
        for t in poisson(r, at(8, 22, 5), at(8, 25, 20), 22):
            if not alive(p, t):
                continue
            if r.random() < 0.25:
                L(
                    p,
                    t,
                    "WARN",
                    "org.janusgraph.diskstorage.idmanagement.ConsistentKeyIDAuthority.getIDBlock",
                    "Temporary storage exception while acquiring id block - retrying in %s: %s",
                    [
                        f"Temporary storage exception while acquiring id block - retrying in PT{r.choice(['2.4', '3.1', '2.7'])}S: org.janusgraph.diskstorage.TemporaryBackendException: Temporary failure in storage backend"
                    ],
                )
                continue
            stack = jg_stack_backend(r)
            t = L(
                p,
                t,
                "ERROR",
                "org.janusgraph.graphdb.database.StandardJanusGraph.commit",
                "Could not commit transaction [%d] due to storage exception in commit",
                [
                    f"Could not commit transaction [{r.randint(1, 40000)}] due to storage exception in commit",
                    stack[12].removeprefix("Caused by: "),
                    *stack[13:],
                ],
            )
            L(
                p,
                t,
                "WARN",
                f"{G}.op.traversal.TraversalOpProcessor.lambda$iterateBytecodeTraversal$4",
                "Exception processing a Traversal on iteration for request [%s].",
                [
                    f"Exception processing a Traversal on iteration for request [{uuid4(r)}].",
                    *stack,
                ],
            )

    # the report builder's traversals timing out on janusgraph-1, then out of heap
    for t in poisson(r, at(9, 40, 20), oom, 22):
        q = pick(r, JG_TRAVERSALS)
        L(
            "janusgraph-1",
            t,
            "WARN",
            f"{G}.op.traversal.TraversalOpProcessor.lambda$iterateBytecodeTraversal$4",
            "A timeout occurred during traversal evaluation of [%s] - consider increasing the limit given to evaluationTimeout",
            [
                f"A timeout occurred during traversal evaluation of [RequestMessage{{, requestId={uuid4(r)}, op='bytecode', processor='traversal', args={{gremlin=[[], {q}], aliases={{g=g}}}}}}] - consider increasing the limit given to evaluationTimeout"
            ],
        )
    t = L(
        "janusgraph-1",
        oom,
        "WARN",
        f"{G}.op.traversal.TraversalOpProcessor.lambda$iterateBytecodeTraversal$4",
        "Exception processing a Traversal on iteration for request [%s].",
        [
            f"Exception processing a Traversal on iteration for request [{uuid4(r)}].",
            "java.lang.OutOfMemoryError: Java heap space",
            "\tat java.util.Arrays.copyOf(Arrays.java:3512) ~[?:?]",
            "\tat java.util.ArrayList.grow(ArrayList.java:237) ~[?:?]",
            "\tat org.apache.tinkerpop.gremlin.process.traversal.step.util.MutablePath.extend(MutablePath.java:109) ~[gremlin-core-3.7.0.jar:3.7.0]",
            "\tat org.apache.tinkerpop.gremlin.process.traversal.traverser.B_LP_O_S_SE_SL_Traverser.split(B_LP_O_S_SE_SL_Traverser.java:73) ~[gremlin-core-3.7.0.jar:3.7.0]",
            "\tat org.apache.tinkerpop.gremlin.process.traversal.step.map.FlatMapStep.processNextStart(FlatMapStep.java:49) ~[gremlin-core-3.7.0.jar:3.7.0]",
            "\tat org.apache.tinkerpop.gremlin.process.traversal.step.util.AbstractStep.hasNext(AbstractStep.java:150) ~[gremlin-core-3.7.0.jar:3.7.0]",
            "\tat org.apache.tinkerpop.gremlin.server.op.traversal.TraversalOpProcessor.handleIterator(TraversalOpProcessor.java:503) ~[gremlin-server-3.7.0.jar:3.7.0]",
            "\tat java.lang.Thread.run(Thread.java:829) [?:?]",
        ],
    )
    raw(
        "janusgraph-1",
        t + sec(1),
        "Terminating due to java.lang.OutOfMemoryError: Java heap space",
        "Terminating due to java.lang.OutOfMemoryError: Java heap space",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- orientdb

OD_BUILD = "3.2.29 (build 81d2a9a0bb65f0fd1e4b9a6ed38d41c4b20c5d37, branch 3.2.x)"
OD_RESET = [
    "java.net.SocketException: Connection reset",
    "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:350)",
    "\tat java.base/sun.nio.ch.NioSocketImpl$1.read(NioSocketImpl.java:803)",
    "\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)",
    "\tat java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:244)",
    "\tat java.base/java.io.BufferedInputStream.read(BufferedInputStream.java:263)",
    "\tat com.orientechnologies.orient.enterprise.channel.binary.OChannelBinary.readByte(OChannelBinary.java:67)",
    "\tat com.orientechnologies.orient.server.network.protocol.binary.ONetworkProtocolBinary.execute(ONetworkProtocolBinary.java:200)",
    "\tat com.orientechnologies.common.thread.OSoftThread.run(OSoftThread.java:68)",
]


def orientdb(r: random.Random) -> list[Log]:
    """Two OrientDB 3.2.29 servers (prod: the shop database; analytics), each one's
    `orient-server.log.0` written by java.util.logging's FileHandler with OLogFormatter
    (`append=true`, so a restart goes on in the same file):
    every record begins with the line separator and the date, `%-5.5s` of the level (`INFO `,
    `WARNI`, `SEVER`), the message and ` [Requester]`; a record with an exception is written as
    its bare message, the separator and the stack (no date, no level, and OLogManager's
    `$ANSI{green {db=...}}` prefix left unrendered), glued to the end of the line before it. The
    story: an ops dashboard polling an unindexed query on prod every 15 s until the index is
    built at 09:40 and a stock widget every 45 s, a login-failure widget polling analytics every
    minute, the ETL's exports on analytics every 1, 2 and 5 minutes, analytics restarted at 07:00 for a config change, an
    application server's connections reset at 08:45, prod's container killed out of memory at
    10:12 (no shutdown) and its storage recovered from the WAL at the next start."""
    recs: dict[str, list[tuple[datetime, int, str, list[str], str | None]]] = {
        "prod": [],
        "analytics": [],
    }
    seq = itertools.count()
    clock = Clock(MS)

    def L(
        s: str, t: datetime, level: str, requester: str, label: str, msg: str, db: str | None = None
    ) -> datetime:
        t = clock.at(s, t)
        pre = f"{{db={db}}} " if db else ""
        lvl = {"INFO": "INFO ", "WARNING": "WARNI", "SEVERE": "SEVER"}[level]
        recs[s].append(
            (
                t,
                next(seq),
                "rec",
                [
                    f"{t:%Y-%m-%d %H:%M:%S}:{t.microsecond // 1000:03d} {lvl} {pre}{msg} [{requester}]"
                ],
                label,
            )
        )
        return t

    def X(s: str, t: datetime, msg: str, stack: list[str], db: str | None = None) -> datetime:
        t = clock.at(s, t)
        pre = f"$ANSI{{green {{db={db}}}}} " if db else ""
        recs[s].append((t, next(seq), "exc", [pre + msg, *stack, ""], msg))
        return t

    ips = {"prod": "10.0.3.21", "analytics": "10.0.3.22"}

    def open_db(s: str, t: datetime, db: str) -> datetime:
        path = f"/orientdb/databases/{db}"
        t = L(
            s,
            t,
            "INFO",
            "OCASDiskWriteAheadLog",
            "Page size for WAL located in %s is %s bytes.",
            f"Page size for WAL located in {path} is 4096 bytes.",
        )
        t = L(
            s,
            t + sec(0.002),
            "INFO",
            "OCASDiskWriteAheadLog",
            "Direct IO for WAL located in %s is allowed with block size %s bytes.",
            f"Direct IO for WAL located in {path} is allowed with block size 4096 bytes.",
        )
        return L(
            s,
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "OLocalPaginatedStorage",
            "Storage '%s' is opened under OrientDB distribution : %s",
            f"Storage 'plocal:{path}' is opened under OrientDB distribution : {OD_BUILD}",
            db if db != "OSystem" else None,
        )

    def start(s: str, t: datetime, recover: bool = False) -> datetime:
        t = L(
            s,
            t,
            "INFO",
            "OServer",
            "OrientDB Server v%s is starting up...",
            f"OrientDB Server v{OD_BUILD} is starting up...",
        )
        t = L(
            s,
            t + sec(0.01),
            "INFO",
            "orientechnologies",
            "OrientDB auto-config DISKCACHE=%,dMB (heap=%,dMB direct=%,dMB os=%,dMB)",
            "OrientDB auto-config DISKCACHE=10,695MB (heap=3,970MB direct=524,288MB os=15,709MB)",
        )
        t = L(
            s,
            t + sec(0.3),
            "INFO",
            "OServer",
            "Databases directory: %s",
            "Databases directory: /orientdb/databases",
        )
        t = open_db(s, t + sec(0.2), "OSystem")
        t = L(
            s,
            t + sec(0.4),
            "INFO",
            "OServerNetworkListener",
            "Listening %s connections on %s:%d (protocol v.%d, socket=%s)",
            "Listening binary connections on 0.0.0.0:2424 (protocol v.38, socket=default)",
        )
        t = L(
            s,
            t + sec(0.02),
            "INFO",
            "OServerNetworkListener",
            "Listening %s connections on %s:%d (protocol v.%d, socket=%s)",
            "Listening http connections on 0.0.0.0:2480 (protocol v.10, socket=default)",
        )
        t = L(
            s,
            t + sec(0.2),
            "INFO",
            "OServerPluginManager",
            "Installing dynamic plugin '%s'...",
            "Installing dynamic plugin 'orientdb-studio-3.2.29.zip'...",
        )
        for a in [
            "ODefaultPasswordAuthenticator",
            "OServerConfigAuthenticator",
            "OSystemUserAuthenticator",
            "OTokenAuthenticator",
        ]:
            t = L(s, t + sec(0.003), "INFO", a, "%s is active", f"{a} is active")
        t = L(
            s,
            t + sec(0.05),
            "INFO",
            "OServer",
            "OrientDB Studio available at %s",
            f"OrientDB Studio available at http://{ips[s]}:2480/studio/index.html",
        )
        t = L(
            s,
            t + sec(0.01),
            "INFO",
            "OServer",
            "OrientDB Server is active v%s.",
            f"OrientDB Server is active v{OD_BUILD}.",
        )
        db = "shop" if s == "prod" else "analytics"
        t += sec(r.uniform(0.8, 3))
        if recover:
            t = L(
                s,
                t,
                "WARNING",
                "OLocalPaginatedStorage",
                "Storage '%s' was not closed properly. Will try to recover from write ahead log...",
                f"Storage '{db}' was not closed properly. Will try to recover from write ahead log...",
                db,
            )
            t = L(
                s,
                t + sec(0.01),
                "INFO",
                "OLocalPaginatedStorage",
                "Found %s checkpoint.",
                "Found FULL checkpoint.",
                db,
            )
            seg = r.randint(400, 460)
            t = L(
                s,
                t + sec(0.02),
                "INFO",
                "OLocalPaginatedStorage",
                "Data restore procedure from %s checkpoint is started. Restore is performed from LSN %s",
                f"Data restore procedure from FULL checkpoint is started. Restore is performed from LSN LSN{{segment={seg}, position={r.randint(100000, 9000000)}}}",
                db,
            )
            n = 0
            for _ in range(r.randint(6, 9)):
                n += 20000
                t = L(
                    s,
                    t + sec(r.uniform(2, 6)),
                    "INFO",
                    "OLocalPaginatedStorage",
                    "%d operations were processed, current LSN is %s last LSN is %s",
                    f"{n} operations were processed, current LSN is LSN{{segment={seg + n // 90000}, position={r.randint(100000, 60000000)}}} last LSN is LSN{{segment={seg + 2}, position={r.randint(100000, 60000000)}}}",
                    db,
                )
            t = L(
                s,
                t + sec(0.5),
                "INFO",
                "OLocalPaginatedStorage",
                "Storage data recover was completed",
                "Storage data recover was completed",
                db,
            )
        return open_db(s, t + sec(0.1), db)

    def stop(s: str, t: datetime) -> datetime:
        t = L(s, t, "INFO", "OSignalHandler", "Received signal: %s", "Received signal: SIGTERM")
        t = L(
            s,
            t + sec(0.01),
            "INFO",
            "OServer",
            "OrientDB Server is shutting down...",
            "OrientDB Server is shutting down...",
        )
        t = L(
            s,
            t + sec(0.01),
            "INFO",
            "OServer",
            "Shutting down listeners:",
            "Shutting down listeners:",
        )
        t = L(
            s,
            t + sec(0.3),
            "INFO",
            "OServerPluginManager",
            "Shutting down plugins:",
            "Shutting down plugins:",
        )
        t = L(
            s,
            t + sec(0.1),
            "INFO",
            "Orient",
            "Shutting down databases:",
            "Shutting down databases:",
        )
        for db in ["analytics" if s == "analytics" else "shop", "OSystem"]:
            t = L(
                s,
                t + sec(r.uniform(0.2, 1.5)),
                "INFO",
                "Orient",
                "- shutdown storage: %s...",
                f"- shutdown storage: {db}...",
            )
        t = L(
            s,
            t + sec(0.05),
            "INFO",
            "Orient",
            "OrientDB Engine shutdown complete",
            "OrientDB Engine shutdown complete",
        )
        return L(
            s,
            t + sec(0.01),
            "INFO",
            "OServer",
            "OrientDB Server shutdown complete",
            "OrientDB Server shutdown complete",
        )

    start("prod", at(6, 0, 1.284))
    start("analytics", at(6, 0, 2.917))
    stop("analytics", at(7, 0, 3.442))
    start("analytics", at(7, 0, 19.106))
    crash = at(10, 12, 7)
    start("prod", at(10, 12, 38.731), recover=True)
    down = {"prod": [(crash, at(10, 13, 30))], "analytics": [(at(7, 0, 3), at(7, 0, 30))]}

    FETCH = "Query '%s' fetched more than %d records: to speed up the execution, create an index or change the query to use an existing index"
    LARGE = "Query '%s' returned a result set with more than %d records. Check if you really need all these records, or reduce the resultset by using a LIMIT to improve both performance and used RAM"
    index_done = at(9, 46, 52)
    t = T0 + sec(7.3)
    while t < index_done:
        if not in_any(t, down["prod"]):
            since = (t - timedelta(hours=24)).strftime("%Y-%m-%d %H:%M:%S")
            L(
                "prod",
                t + sec(r.uniform(0, 0.4)),
                "WARNING",
                "OCommandExecutorSQLSelect",
                FETCH,
                f"Query 'SELECT FROM Order WHERE status = 'PENDING' AND createdAt > '{since}' ORDER BY createdAt DESC' fetched more than 50000 records: to speed up the execution, create an index or change the query to use an existing index",
                "shop",
            )
        t += sec(15)
    t = T0 + sec(11.8)
    while t < T_END:
        if not in_any(t, down["analytics"]):
            day = f"{t:%Y-%m-%d}"
            L(
                "analytics",
                t + sec(r.uniform(0, 0.4)),
                "WARNING",
                "OCommandExecutorSQLSelect",
                FETCH,
                f"Query 'SELECT count(*) FROM Event WHERE type = 'login_failed' AND day = '{day}'' fetched more than 50000 records: to speed up the execution, create an index or change the query to use an existing index",
                "analytics",
            )
        t += sec(60)
    # the stock widget on prod, all day (not helped by the index)
    t = T0 + sec(22.4)
    while t < T_END:
        if not in_any(t, down["prod"]):
            sku = pick(r, ["LMP-OAK-01", "THR-LIN-22", "KTL-STL-05", "RUG-WOL-200", "MUG-CER-11"])
            L(
                "prod",
                t + sec(r.uniform(0, 0.4)),
                "WARNING",
                "OCommandExecutorSQLSelect",
                FETCH,
                f"Query 'SELECT sum(quantity) FROM OrderLine WHERE sku = '{sku}'' fetched more than 50000 records: to speed up the execution, create an index or change the query to use an existing index",
                "shop",
            )
        t += sec(45)
    # the ETL's exports: Event every minute, PageView every 2, Session every 5
    t = T0 + sec(61)
    while t < T_END:
        m = int((t - T0).total_seconds() // 60)
        for cls, every, back in [("Event", 1, 1), ("PageView", 2, 2), ("Session", 5, 5)]:
            if m % every or in_any(t, down["analytics"]):
                continue
            frm = (t - timedelta(minutes=back)).strftime("%Y-%m-%d %H:%M")
            L(
                "analytics",
                t + sec(r.uniform(0.2, 2.5)),
                "WARNING",
                "OCommandExecutorSQLSelect",
                LARGE,
                f"Query 'SELECT FROM {cls} WHERE ts >= '{frm}'' returned a result set with more than 10000 records. Check if you really need all these records, or reduce the resultset by using a LIMIT to improve both performance and used RAM",
                "analytics",
            )
        t += sec(60)
    # the index on Order(status, createdAt) at 09:40
    t = at(9, 40, 12)
    total = 2_184_377
    t = L(
        "prod",
        t,
        "INFO",
        "OIndexRebuildOutputListener",
        "- Rebuilding index %s.%s (estimated %,d items)...",
        f"- Rebuilding index shop.Order.status_createdAt (estimated {total:,} items)...",
        "shop",
    )
    done = 0
    while True:
        t += sec(10 + r.uniform(0, 0.05))
        if t >= index_done:
            break
        rate = r.randint(5200, 6400)
        done = min(done + rate * 10, total)
        L(
            "prod",
            t,
            "INFO",
            "OIndexRebuildOutputListener",
            "--> %3.2f%% progress, %,d indexed so far (%,d items/sec)",
            f"--> {100 * done / total:3.2f}% progress, {done:,} indexed so far ({rate:,} items/sec)",
            "shop",
        )
    L(
        "prod",
        index_done,
        "INFO",
        "OIndexRebuildOutputListener",
        "--> OK, indexed %,d items in %,d ms",
        f"--> OK, indexed {total:,} items in {int((index_done - at(9, 40, 12)).total_seconds() * 1000):,} ms",
        "shop",
    )
    # an application server's connections reset at 08:45, and a few more during the day
    for t in sorted(poisson(r, at(8, 45, 2), at(8, 45, 40), 2.5) + poisson(r, T0, T_END, 2400)):
        s = "prod" if t.hour == 8 and t.minute == 45 else pick(r, ["prod", "analytics"])
        if in_any(t, down[s]):
            continue
        X(s, t, "Error on client connection", OD_RESET, "shop" if s == "prod" else "analytics")
    # render: records start with the separator; an exception record is written bare
    logs = []
    for s in ["analytics", "prod"]:
        log = Log(f"{s}-orient-server.log.0", T0)
        buf = [("", None)]
        for _t, _n, kind, lines, label in sorted(recs[s]):
            if kind == "rec":
                buf.append((lines[0], label))
            else:
                text, lab = buf[-1]
                if text == "" and len(buf) > 1:
                    # after another exception's stack: the message starts the line
                    buf[-1] = (lines[0], label)
                else:
                    buf[-1] = (text + lines[0], lab)
                buf.extend((x, None) for x in lines[1:])
        for text, label in buf:
            log.add(text, label)
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- opentsdb

TS_HOSTS = {"tsd1": "10.0.4.31", "tsd2": "10.0.4.32"}
TS_METRICS = [
    "sys.cpu.user",
    "sys.cpu.iowait",
    "proc.loadavg.1min",
    "proc.meminfo.memfree",
    "df.bytes.free",
    "net.if.bytes.in",
    "net.if.bytes.out",
    "iostat.disk.await",
    "haproxy.backend.rate",
    "jvm.gc.pause.ms",
    "app.checkout.latency.p99",
    "app.orders.created",
    "mysql.threads_running",
    "kafka.consumer.lag",
]
TS_HOSTTAGS = [
    "web01",
    "web02",
    "web03",
    "db-shop-1",
    "db-shop-2",
    "kafka-1",
    "kafka-2",
    "app-0",
    "app-1",
    "lb1",
]
TS_CLIENTS = ["10.0.5.20", "10.0.5.21", "10.0.5.44", "10.0.6.9"]
TS_RESET = [
    "java.io.IOException: Connection reset by peer",
    "\tat sun.nio.ch.FileDispatcherImpl.read0(Native Method) ~[na:1.8.0_402]",
    "\tat sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39) ~[na:1.8.0_402]",
    "\tat sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:223) ~[na:1.8.0_402]",
    "\tat sun.nio.ch.IOUtil.read(IOUtil.java:192) ~[na:1.8.0_402]",
    "\tat sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:379) ~[na:1.8.0_402]",
    "\tat org.jboss.netty.channel.socket.nio.NioWorker.read(NioWorker.java:64) [netty-3.10.6.Final.jar:na]",
    "\tat org.jboss.netty.channel.socket.nio.AbstractNioWorker.process(AbstractNioWorker.java:108) [netty-3.10.6.Final.jar:na]",
    "\tat org.jboss.netty.channel.socket.nio.AbstractNioSelector.run(AbstractNioSelector.java:337) [netty-3.10.6.Final.jar:na]",
    "\tat org.jboss.netty.channel.socket.nio.AbstractNioWorker.run(AbstractNioWorker.java:89) [netty-3.10.6.Final.jar:na]",
    "\tat org.jboss.netty.channel.socket.nio.NioWorker.run(NioWorker.java:178) [netty-3.10.6.Final.jar:na]",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149) [na:1.8.0_402]",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624) [na:1.8.0_402]",
    "\tat java.lang.Thread.run(Thread.java:750) [na:1.8.0_402]",
]


def opentsdb(r: random.Random) -> list[Log]:
    """Two OpenTSDB 2.4.1 TSDs (tsd1, tsd2) on HBase, logback's `%d{ISO8601} %-5level [%thread]
    %logger{0}: %msg%n` into each one's opentsdb.log. The story: Grafana's dashboards querying
    all day (HttpQuery's `HTTP %s done in %dms` under the channel), editors' suggest calls,
    queries for metrics that do not exist, connections reset by the load balancer and clients,
    a new deployment's containers reporting a `container` tag 07:30-08:10 (UID assignments for
    every new tag value), region server rs2 crashing 08:42-08:48 (asynchbase's connection
    errors and NSREs, queries failing), and tsd2 restarted at 10:50 (the shutdown, ZooKeeper's
    client environment, the region lookups, `Ready to serve`)."""
    fs = Files()

    def L(
        h: str, t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level:<5} [{thread}] {logger}: {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f"{h}-opentsdb.log", t, label, text, h, MS)

    def chan(h: str, client: str) -> str:
        return f"[id: 0x{hexid(r, 8)}, /{client}:{r.randint(32768, 60999)} => /{TS_HOSTS[h]}:4242]"

    def worker() -> str:
        return f"OpenTSDB I/O Worker #{r.randint(1, 16)}"

    def start(h: str, t: datetime) -> datetime:
        t = L(h, t, "INFO", "main", "TSDMain", "Starting.", ["Starting."])
        t = L(
            h,
            t + sec(0.004),
            "INFO",
            "main",
            "BuildData",
            "OpenTSDB %s %s built at revision %s (%s)",
            ["OpenTSDB net.opentsdb.tools 2.4.1 built at revision 3ce7e6f (MODIFIED)"],
        )
        t = L(
            h,
            t + sec(0.001),
            "INFO",
            "main",
            "BuildData",
            "Built on %s by %s@%s:%s",
            ["Built on 2021/09/02 05:17:41 +0000 by root@8c95fe1ba8c5:/home/hobbes/OFFICIAL/build"],
        )
        t = L(
            h,
            t + sec(0.02),
            "INFO",
            "main",
            "Config",
            "Successfully loaded configuration file: %s",
            ["Successfully loaded configuration file: /etc/opentsdb/opentsdb.conf"],
        )
        env = [
            ("zookeeper.version", "3.4.6-1569965, built on 02/20/2014 09:09 GMT"),
            ("host.name", f"{h}.example.internal"),
            ("java.version", "1.8.0_402"),
            ("java.vendor", "Temurin"),
            ("java.home", "/usr/lib/jvm/temurin-8-jdk-amd64/jre"),
            (
                "java.class.path",
                "/usr/share/opentsdb/lib/async-1.4.0.jar:/usr/share/opentsdb/lib/asynchbase-1.8.2.jar:/usr/share/opentsdb/lib/guava-18.0.jar:/usr/share/opentsdb/lib/jackson-core-2.9.5.jar:/usr/share/opentsdb/lib/logback-classic-1.0.13.jar:/usr/share/opentsdb/lib/netty-3.10.6.Final.jar:/usr/share/opentsdb/lib/tsdb-2.4.1.jar:/usr/share/opentsdb/lib/zookeeper-3.4.6.jar",
            ),
            ("java.io.tmpdir", "/tmp"),
            ("os.name", "Linux"),
            ("os.version", "5.15.0-107-generic"),
            ("user.name", "opentsdb"),
            ("user.dir", "/usr/share/opentsdb"),
        ]
        t += sec(0.3)
        for k, v in env:
            t = L(
                h,
                t,
                "INFO",
                "main",
                "ZooKeeper",
                "Client environment:%s=%s",
                [f"Client environment:{k}={v}"],
            )
        t = L(
            h,
            t + sec(0.002),
            "INFO",
            "main",
            "ZooKeeper",
            "Initiating client connection, connectString=%s sessionTimeout=%d watcher=%s",
            [
                f"Initiating client connection, connectString=zk1:2181,zk2:2181,zk3:2181 sessionTimeout=5000 watcher=org.hbase.async.HBaseClient$ZKClient@{hexid(r, 8).lstrip('0')}"
            ],
        )
        zk, zip_ = pick(r, [("zk1", "10.0.4.11"), ("zk2", "10.0.4.12"), ("zk3", "10.0.4.13")])
        st = f"main-SendThread({zk}:2181)"
        t = L(
            h,
            t + sec(0.01),
            "INFO",
            st,
            "ClientCnxn",
            "Opening socket connection to server %s. Will not attempt to authenticate using SASL (%s)",
            [
                f"Opening socket connection to server {zk}/{zip_}:2181. Will not attempt to authenticate using SASL (unknown error)"
            ],
        )
        t = L(
            h,
            t + sec(0.004),
            "INFO",
            st,
            "ClientCnxn",
            "Socket connection established to %s, initiating session",
            [f"Socket connection established to {zk}/{zip_}:2181, initiating session"],
        )
        sid = f"0x{r.randint(1, 3)}8fd{hexid(r, 11)}"
        t = L(
            h,
            t + sec(0.01),
            "INFO",
            st,
            "ClientCnxn",
            "Session establishment complete on server %s, sessionid = %s, negotiated timeout = %d",
            [
                f"Session establishment complete on server {zk}/{zip_}:2181, sessionid = {sid}, negotiated timeout = 5000"
            ],
        )
        t = L(
            h,
            t + sec(0.01),
            "INFO",
            "main-EventThread",
            "HBaseClient",
            "Connecting to hbase:meta region @ %s",
            ["Connecting to hbase:meta region @ 10.0.4.21:16020"],
        )
        for table, region, stop_key, rs in [
            ("hbase:meta", "hbase:meta,,1", "", "10.0.4.21"),
            (
                "tsdb-uid",
                "tsdb-uid,,1683020411253.1f8a1c9b0e7d4f2a6b3c5d7e9f0a1b2c.",
                "",
                "10.0.4.23",
            ),
            (
                "tsdb",
                "tsdb,,1683020410871.5c2e8d1f4a6b9c0e3d7f1a2b4c6e8d0f.",
                "\\x00\\x00\\x1C",
                "10.0.4.22",
            ),
        ]:
            t = L(
                h,
                t + sec(r.uniform(0.005, 0.05)),
                "INFO",
                f"AsyncHBase I/O Worker #{r.randint(1, 8)}",
                "HBaseClient",
                "Added client for region %s, which was added to the regions cache.  Now we know that %s is hosting %d region%s.",
                [
                    f'Added client for region RegionInfo(table="{table}", region_name="{region}", stop_key="{stop_key}"), which was added to the regions cache.  Now we know that RegionClient@{r.randint(10**8, 2 * 10**9)}(chan=[id: 0x{hexid(r, 8)}, /{TS_HOSTS[h]}:{r.randint(32768, 60999)} => /{rs}:16020], #pending_rpcs=0, #batched=0, #rpcs_inflight=0) is hosting 1 region.'
                ],
            )
        t = L(
            h,
            t + sec(0.02),
            "INFO",
            "main-EventThread",
            "ZooKeeper",
            "Session: %s closed",
            [f"Session: {sid} closed"],
        )
        t = L(
            h,
            t + sec(0.001),
            "INFO",
            "main-EventThread",
            "ClientCnxn",
            "EventThread shut down",
            ["EventThread shut down"],
        )
        return L(
            h,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "main",
            "TSDMain",
            "Ready to serve on %s",
            ["Ready to serve on /0.0.0.0:4242"],
        )

    stop_t = at(10, 50, 4.318)
    L(
        "tsd2",
        stop_t,
        "INFO",
        "Thread-11",
        "TSDB",
        "Flushing compaction queue",
        ["Flushing compaction queue"],
    )
    L(
        "tsd2",
        stop_t + sec(r.uniform(0.3, 0.9)),
        "INFO",
        "Thread-11",
        "TSDB",
        "Completed shutting down the TSDB",
        ["Completed shutting down the TSDB"],
    )
    start("tsd2", at(10, 50, 12.655))
    down = {"tsd1": [], "tsd2": [(stop_t, at(10, 50, 16))]}
    rs2 = (at(8, 42, 10), at(8, 48, 5))

    def query_uri() -> str:
        m = pick(r, TS_METRICS)
        agg = pick(r, ["sum", "avg", "max", "zimsum"])
        ds = pick(r, ["", "1m-avg:", "5m-avg:", "1h-avg:"])
        start_ = pick(r, ["1h-ago", "6h-ago", "24h-ago", "3h-ago", "7d-ago"])
        tag = pick(r, TS_HOSTTAGS)
        if r.random() < 0.5:
            return f"/api/query?start={start_}&m={agg}:{ds}rate:{m}%7Bhost={tag}%7D&ms=true&arrays=true"
        return f"/api/query?start={start_}&m={agg}:{ds}{m}%7Bhost=*%7D"

    for h, mean in [("tsd1", 24), ("tsd2", 25)]:
        for t in poisson(r, T0, T_END, mean):
            if in_any(t, down[h]):
                continue
            c = pick(r, TS_CLIENTS)
            if r.random() < 0.08:
                uri = f"/api/suggest?type=metrics&q={pick(r, ['sys.', 'app.', 'jvm', 'kafka', 'net.if', 'haproxy'])}&max=25"
                L(
                    h,
                    t,
                    "INFO",
                    worker(),
                    "HttpQuery",
                    "HTTP %s done in %dms",
                    [f"{chan(h, c)} HTTP {uri} done in {r.randint(1, 9)}ms"],
                )
                continue
            uri = query_uri()
            if in_any(t, [rs2]) and r.random() < 0.5:
                L(
                    h,
                    t + sec(r.uniform(10, 20)),
                    "ERROR",
                    worker(),
                    "HttpQuery",
                    "Internal Server Error on %s",
                    [
                        f"{chan(h, c)} Internal Server Error on {uri}",
                        f'org.hbase.async.NonRecoverableException: Too many attempts: ScanRequest(scanner_id=0x{hexid(r, 16)}, attempt=11, region=RegionInfo(table="tsdb", region_name="tsdb,\\x00\\x00\\x1C,1683020410871.5c2e8d1f4a6b9c0e3d7f1a2b4c6e8d0f.", stop_key=""))',
                        "\tat org.hbase.async.HBaseClient.tooManyAttempts(HBaseClient.java:2493) [asynchbase-1.8.2.jar:na]",
                        "\tat org.hbase.async.HBaseClient.sendRpcToRegion(HBaseClient.java:2327) [asynchbase-1.8.2.jar:na]",
                        "\tat org.hbase.async.HBaseClient$1RetryRpc.call(HBaseClient.java:2358) [asynchbase-1.8.2.jar:na]",
                        "\tat com.stumbleupon.async.Deferred.doCall(Deferred.java:1278) [async-1.4.0.jar:na]",
                        "\tat com.stumbleupon.async.Deferred.runCallbacks(Deferred.java:1257) [async-1.4.0.jar:na]",
                        "\tat com.stumbleupon.async.Deferred.callback(Deferred.java:1005) [async-1.4.0.jar:na]",
                        "\tat org.hbase.async.HBaseClient$RetryTimer.run(HBaseClient.java:4024) [asynchbase-1.8.2.jar:na]",
                        "\tat org.jboss.netty.util.HashedWheelTimer$HashedWheelTimeout.expire(HashedWheelTimer.java:556) [netty-3.10.6.Final.jar:na]",
                        "\tat java.lang.Thread.run(Thread.java:750) [na:1.8.0_402]",
                    ],
                )
                continue
            took = r.randint(4, 90) if r.random() < 0.8 else r.randint(90, 2400)
            if "7d-ago" in uri:
                took = r.randint(800, 9000)
            if in_any(t, [rs2]):
                took = r.randint(3000, 19000)
            L(
                h,
                t + sec(took / 1000),
                "INFO",
                worker(),
                "HttpQuery",
                "HTTP %s done in %dms",
                [f"{chan(h, c)} HTTP {uri} done in {took}ms"],
            )
        # queries for metrics that do not exist (a dashboard's typo, a removed exporter)
        for t in poisson(r, T0, T_END, 560):
            if in_any(t, down[h]):
                continue
            name = pick(
                r,
                ["sys.cpu.usr", "app.checkout.latency.p95", "jvm.gc.pause", "kafka.consumer.lags"],
            )
            uri = f"/api/query?start=1h-ago&m=sum:{name}%7Bhost=*%7D"
            L(
                h,
                t,
                "WARN",
                worker(),
                "HttpQuery",
                "Bad Request on %s: No such name for '%s': '%s'",
                [
                    f"{chan(h, pick(r, TS_CLIENTS))} Bad Request on {uri}: No such name for 'metrics': '{name}'"
                ],
            )
        # connections reset by clients and the load balancer
        for t in poisson(r, T0, T_END, 640):
            if in_any(t, down[h]):
                continue
            c = pick(r, [*TS_CLIENTS, "10.0.4.5", "10.0.4.6"])
            L(
                h,
                t,
                "ERROR",
                worker(),
                "ConnectionManager",
                "Unexpected exception from downstream for %s",
                [f"Unexpected exception from downstream for {chan(h, c)}", *TS_RESET],
            )
        # region server rs2 crashing 08:42-08:48
        if not in_any(rs2[0], down[h]):
            t = rs2[0] + sec(r.uniform(0.1, 0.8))
            t = L(
                h,
                t,
                "ERROR",
                f"AsyncHBase I/O Worker #{r.randint(1, 8)}",
                "RegionClient",
                "Unexpected exception from downstream on %s",
                [
                    f"Unexpected exception from downstream on [id: 0x{hexid(r, 8)}, /{TS_HOSTS[h]}:{r.randint(32768, 60999)} => /10.0.4.22:16020]",
                    *[x.replace("[netty", "[netty") for x in TS_RESET],
                ],
            )
            pending = 0
            while t < rs2[1]:
                t += sec(r.uniform(4, 22))
                pending += r.randint(20, 400)
                L(
                    h,
                    t,
                    "INFO",
                    f"AsyncHBase I/O Worker #{r.randint(1, 8)}",
                    "HBaseClient",
                    "There are now %d RPCs pending due to NSRE on %s",
                    [
                        f'There are now {pending} RPCs pending due to NSRE on "tsdb,\\x00\\x00\\x1C,1683020410871.5c2e8d1f4a6b9c0e3d7f1a2b4c6e8d0f."'
                    ],
                )
    # a new deployment's containers reporting a container tag 07:30-08:10 (UID assignments)
    for t in poisson(r, at(7, 30, 5), at(8, 10), 7.5) + poisson(r, at(8, 10), T_END, 300):
        h = pick(r, ["tsd1", "tsd2"])
        if in_any(t, down[h]):
            continue
        L(
            h,
            t,
            "INFO",
            f"AsyncHBase I/O Worker #{r.randint(1, 8)}",
            "UniqueId",
            "Creating an ID for kind='%s' name='%s'",
            [f"Creating an ID for kind='tagv' name='{hexid(r, 12)}'"],
        )
    for name in ["container", "pod_template_hash"]:
        h = pick(r, ["tsd1", "tsd2"])
        L(
            h,
            at(7, 30, 2) + sec(r.uniform(0, 2)),
            "INFO",
            f"AsyncHBase I/O Worker #{r.randint(1, 8)}",
            "UniqueId",
            "Creating an ID for kind='%s' name='%s'",
            [f"Creating an ID for kind='tagk' name='{name}'"],
        )
    return fs.logs(T0)


SYSTEMS = {
    "hiawatha": hiawatha,
    "resin": resin,
    "janusgraph": janusgraph,
    "orientdb": orientdb,
    "opentsdb": opentsdb,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

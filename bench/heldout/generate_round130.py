#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 130 (technitium, blocky, headscale, nebula, gatus) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five network services of small sites, 06:00 to
12:00 on 2024-06-06: two DNS servers, a tailnet's control server, an overlay network's nodes and
a status page. None of the five was in the set (dnsmasq, unbound, coredns, pihole, adguardhome,
tailscaled, wireguard and uptime-kuma are; these are other programs).

- Technitium DNS Server 12 (`dns1-2024-06-06.log`, `dns2-2024-06-06.log`: LogManager's daily
  files in /etc/dns/logs, `[2024-06-06 06:00:07 UTC] [10.20.5.12:60280] [UDP] QNAME: ...`, both
  servers logging every query): the query lines (`QNAME: %s; QTYPE: %s; QCLASS: %s; RCODE: %s;
  ANSWER: [%s]`, `... ANSWER: []` for no records, `... NO RESPONSE FROM SERVER!`), dns1's DHCP
  scopes (`Office`, eight-hour leases, and `Guest WiFi`, one-hour ones: `DHCP Server leased IP
  address [%s] to %s for scope: %s`, released, a DECLINE for an address a static device holds,
  Windows servers' INFORMs); the DNS-over-HTTPS forwarders unreachable 09:05-09:23 (`DNS Server
  failed to resolve the request with QNAME: %s; QTYPE: %s; QCLASS: %s; Forwarders: %s;` and the
  DnsClientNoResponseException with its inner exceptions and stack on the next lines, stale
  answers served, ServerFailure for the rest); the daily block list update (one list
  downloaded, one not modified, one gone: 404 with its stack; `DNS Server is reading block list
  from: %s`, `DNS Server block list file was read (%d domains) from: %s`); failed logins to the
  web console (DnsWebServiceException with its stack) and the admin's logins; dns1 updated to
  12.1 at 10:30 (stopped, `Logging stopped.`, `Logging started.`, the config and zone files
  loaded, the listeners bound, `DNS Server (v%s) was started successfully.`).
- Blocky 0.24 (`blocky-1.log`, `blocky-2.log`: `docker logs` of two containers, logrus with
  x-cray's prefixed formatter, `[2024-06-06 06:00:08]  INFO queryLog: query resolved
  answer=A (140.82.121.6) client_ip=... response_reason=RESOLVED (tcp-tls:1.1.1.1:853)
  response_type=RESOLVED`, values unquoted, zero-valued fields left out): the console query log
  of a household (resolved, cached, blocked, conditional to the router), the television asking
  its ad servers every few seconds 07:20-08:05; the list refreshes at 07:12 and 11:12 (`import
  succeeded`, `group import finished`, a download timing out three times then `cannot open
  source: %s`, a list gone (404) leaving its group empty, `Name resolution err: %s`, and the
  ABP lines the hosts parser rejects: `parse error: ...` whose go-multierror text runs over five
  lines); the router rebooting 08:40-08:47 (`can't resolve client name: %s`, the fritz.box
  conditional failing); the DNS-over-TLS upstreams blocked 09:10-09:24 (`error on processing
  request:resolution was not successful, used resolvers: ...`); blocking disabled for ten minutes
  from the API at 10:15 (`disable blocking for %s for group(s) '%s'`, `blocking enabled
  again`).
- Headscale 0.22 (`headscale.log`: `journalctl -u headscale -o cat`, zerolog's console writer,
  `2024-06-06T06:00:30Z INF ../../../home/runner/work/headscale/headscale/hscontrol/
  protocol_common.go:573 > Machine successfully authorized machine=... noise=true` where the
  call site asks for the caller): nine laptops, six phones, seven servers and ephemeral CI
  runners: every long-poll session's `Client is ready to access the tailnet`, `Sending initial
  map`, `Notifying peers` and `The client has closed the connection` (or `Cannot write keep
  alive message` / `Could not write the map response` with `error="http2: stream closed"`),
  the endpoint updates, `Client is starting up. Probably interested in a DERP map`, `Machine
  successfully authorized`; CI nodes (`Successfully authenticated via AuthKey`, `Client
  requested logout`) and an expired pre-auth key at 07:02 (`Failed authentication via AuthKey`,
  logged twice per attempt, once with the error); SQLite locked 08:30-08:34 (`Failed to
  persist/update machine in the database`); a laptop registered interactively at 09:15; two
  node keys refreshed; the ACL policy reloaded by SIGHUP at 09:40 with a syntax error (`Failed
  to reload ACL policy`, then `ACL policy successfully reloaded, notifying nodes of change`
  anyway) and at 09:47; Headscale restarted at 10:50 (`Received signal to stop, shutting down
  gracefully`, every stream's `The long-poll handler is shutting down`, the start-up lines,
  every client back); a user logging out at 11:20.
- Nebula 1.8 (`lighthouse1.log`, `web01.log`, `db01.log`, `gw-office.log`: `journalctl -u
  nebula` on four servers, logrus text after the journal's head, `Jun 06 06:03:11 web01
  nebula[1021]: time="2024-06-06T06:03:11Z" level=info msg="Handshake message sent"
  handshake="map[stage:1 style:ix_psk0]" ...`): twelve laptops and ten phones handshaking with
  the lighthouse and web01 (`Handshake message received` / `sent`), going to sleep (`Tunnel
  status` with `tunnelCheck="map[method:active state:dead]"`), roaming (`Host roamed to new udp
  ip/port.`) and shutting down (`Close tunnel received, tearing down.`); web01 handshaking with
  a decommissioned host every five minutes (`Handshake timed out`); a revoked laptop refused by
  the lighthouse at 07:45 (`Invalid certificate from host`, the certificate quoted on one line);
  the office uplink down 08:45-08:58 (`Failed to write outgoing packet`, `Failed to send
  handshake message`, the gateway's tunnels dead); db01's config reloaded with a YAML error at
  09:30 (`Error occurred while reloading config`) and its new firewall at 09:34 (`Firewall rule
  added`, `New firewall has been installed`); web01 rebooted at 10:40 (`Caught signal, shutting
  down`, `Goodbye`, its peers' close, the start-up lines).
- Gatus 5.11 (`gatus-fra.log`, `gatus-nyc.log`: `docker logs` of two instances, Go's log
  package, `2024/06/06 06:00:06 [watchdog.execute] Monitored group=core; endpoint=checkout;
  success=true; errors=0; duration=158ms`): ten endpoints checked every one, two or five
  minutes from fra and four from nyc; auth down 07:20-07:38 (Slack and PagerDuty alerts
  TRIGGERED and RESOLVED; nyc's PagerDuty routing key wrong, `Failed to send an alert for
  endpoint=%s: call to provider alert returned status code %d: %s` at every failing check;
  nyc's e-mail provider unconfigured, `Not sending alert of type=%s despite being TRIGGERED,
  ...`, logged under handleAlertsToResolve as the code does); checkout slow 08:10-08:25; the
  PostgreSQL holding fra's results restarted 08:50-09:04 (`Failed to insert result in storage:
  ...`); a YAML error in fra's configuration at 09:40 (every watchdog cancelled, `Unable to load
  new configuration due to error=%s`, `Failed to load new configuration; skipping update`) and
  the fixed file at 09:46; nyc without connectivity 10:12-10:15 (`No connectivity; skipping
  execution`); nyc's container recreated at 11:00.

Label notes. The heads are context: Technitium's `[date UTC] `, and the `[address:port] ` and
`[PROTOCOL] ` its LogManager.Write overloads put before a message (the endpoint and transport,
as a connection's prefix); blocky's `[time] LEVEL` and the entry's `prefix:` (`queryLog:`,
`list_cache:`, `client_names:`); zerolog's time, level and `caller >`; the journal's head and
logrus's time and level; Go log's date and time. Fields (logrus's, zerolog's, blocky's) are
attributes, so a line's label is its message. Technitium's query line is one call whose answer
part is picked by branch: `ANSWER: []` (no records) and `NO RESPONSE FROM SERVER!` are the
code's literals, the RCODE and QTYPE names values; the user in `[%s] User logged in.` is the
message's own value; a failure's `\r\n` and exception text continue the event (these files end
lines with LF only). blocky's `error on processing request:` is logged with the error as a
second argument (no space: logrus joins them with Sprint) and the error contributes its format;
a parse error's go-multierror text runs over five lines after the first, and its label is the
message with the list flattened. Gatus's `[watchdog.execute]`-style prefixes are the call's
literal text; endpoint and group names, alert types and descriptions are values. Written from
the helper's knowledge; Technitium's LogManager, DnsWebService start and stop, DnsServer's
resolution failure, DhcpServer's lease messages, the zone loading and listener lines and the
login line, blocky's logger, query log writer, server, list cache, downloader, hosts parser,
blocking and parallel resolver, Headscale 0.22's protocol_common.go and
protocol_common_poll.go, Nebula's handshake code (an older copy) and Gatus's watchdog and
alerting code were checked against copies of their sources. Least sure: Technitium's question
layout in DnsClient errors (`'%s. %s IN'`), the inner exception's wording, the stack frames and
line numbers, `Invalid username or password for user: %s`, `[%s] User logged out.`, the block
list messages (from a 2020 BlockListZoneManager; 12.x may word them otherwise) and the version
strings; blocky's `upstream '%s'` resolver names, `can't resolve request via upstream server
%s`, the `CONDITIONAL (...)` reason, `can't resolve client name: %s`, `got status code %d`, the
parse error's `line %d: ` position and whether the last failed attempt is logged; Headscale's
caller line numbers, `listening and serving metrics on: %s`, `Enabling remote gRPC at %s`, the
hujson error and `http2: stream closed`; Nebula's `Failed to write outgoing packet` and its
error text, `Error occurred while reloading config` and its `config_path`, the firewall rule's
map layout, the certificate's String() layout and `New firewall has been installed`'s fields;
Gatus's `Reading configuration from configFile=%s`, `configuredProviders=%s;
ignoredProviders=%s`, `Validated %d endpoints`, `[controller.Handle] Listening on %s` and
PagerDuty's response body.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round129 import journal_ts


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-06 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 6, h, m, tzinfo=UTC) + timedelta(seconds=s)


def arrivals(
    r: random.Random, t0: datetime, t1: datetime, mean: float, load: Callable[[datetime], float]
) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart at full load, thinned by `load(t)`."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        if r.random() < load(t):
            out.append(t)


def office(t: datetime) -> float:
    """An office's day: quiet before seven, busy from half past eight, a dip at lunch."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.18
    if h < 8.5:
        return 0.18 + 0.82 * (h - 7) / 1.5
    if h >= 11.75:
        return 0.7
    return 1.0


def home(t: datetime) -> float:
    """A household's morning: waking up, a quiet late morning once school and work begin."""
    h = t.hour + t.minute / 60
    if h < 6.5:
        return 0.25
    if h < 8.25:
        return 1.0
    if h < 9:
        return 0.55
    return 0.4


def go_ms(s: float) -> str:
    """Go's time.Duration.String() of a duration rounded to the millisecond."""
    ms = round(s * 1000)
    if ms == 0:
        return "0s"
    if ms < 1000:
        return f"{ms}ms"
    v = f"{ms / 1000:.3f}".rstrip("0").rstrip(".")
    if ms < 60000:
        return v + "s"
    m, rest = divmod(ms, 60000)
    v = f"{rest / 1000:.3f}".rstrip("0").rstrip(".")
    return f"{m}m{v}s"


def mac_dash(r: random.Random, oui: str) -> str:
    return oui + "-" + "-".join(f"{r.randint(0, 255):02X}" for _ in range(3))


# ------------------------------------------------------------------------------ technitium

TD_VERSION = ("12.0.0.0", "12.1.0.0")
TD_FWD = "https://cloudflare-dns.com/dns-query (1.1.1.1), https://dns.quad9.net/dns-query (9.9.9.9)"
TD_LISTS = [
    "https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts",
    "https://s3.amazonaws.com/lists.disconnect.me/simple_ad.txt",
    "https://lists.example-intel.net/feeds/corp-malware-domains.txt",
]
TD_ZONES = ["corp.example.lan", "0.20.10.in-addr.arpa", "4.20.10.in-addr.arpa", "example-corp.com"]
TD_PATH = "Z:\\Technitium\\Projects"
# (qname, qtype, answer: list of RDATA strings, [] for NoError with no answer, None for NxDomain, weight)
TD_NAMES: list[tuple[str, str, list[str] | None, float]] = [
    ("www.google.com", "A", ["142.250.185.68"], 7),
    ("www.google.com", "AAAA", ["2a00:1450:4001:82f::2004"], 3),
    (
        "outlook.office365.com",
        "A",
        [
            "outlook.ms-acdc.office.com",
            "FRA-efz.ms-acdc.office.com",
            "52.97.212.82",
            "52.97.201.210",
            "40.99.150.66",
        ],
        9,
    ),
    (
        "login.microsoftonline.com",
        "A",
        [
            "login.mso.msidentity.com",
            "ak.privatelink.msidentity.com",
            "www.tm.ak.prd.aadg.akadns.net",
            "20.190.159.64",
            "40.126.31.67",
        ],
        7,
    ),
    (
        "teams.microsoft.com",
        "A",
        [
            "teams.office.com",
            "tm-azurefd-prd-teams.trafficmanager.net",
            "s-0005.s-msedge.net",
            "52.123.128.14",
        ],
        6,
    ),
    (
        "graph.microsoft.com",
        "A",
        [
            "ags.privatelink.msidentity.com",
            "www.tm.ags.prd.aadg.trafficmanager.net",
            "20.190.160.20",
        ],
        4,
    ),
    ("api.github.com", "A", ["140.82.121.6"], 3),
    ("github.com", "A", ["140.82.121.3"], 3),
    (
        "objects.githubusercontent.com",
        "A",
        ["185.199.108.133", "185.199.109.133", "185.199.110.133", "185.199.111.133"],
        2,
    ),
    ("slack.com", "A", ["35.157.111.171", "3.66.19.251"], 3),
    ("wss-primary.slack.com", "A", ["wss-primary.l.slack.com", "52.58.251.124"], 3),
    (
        "ocsp.digicert.com",
        "A",
        [
            "ocsp.edge.digicert.com",
            "fp2e7a.wpc.2be4.phicdn.net",
            "fp2e7a.wpc.phicdn.net",
            "192.229.211.108",
        ],
        4,
    ),
    (
        "ctldl.windowsupdate.com",
        "A",
        [
            "ctldl.windowsupdate.com.delivery.microsoft.com",
            "wu-b-net.trafficmanager.net",
            "bg.microsoft.map.fastly.net",
            "199.232.210.172",
        ],
        3,
    ),
    ("time.windows.com", "A", ["twc.trafficmanager.net", "168.61.215.74"], 1),
    ("connectivitycheck.gstatic.com", "A", ["142.250.186.35"], 2),
    ("www.apple.com", "HTTPS", [], 2),
    ("gateway.icloud.com", "HTTPS", [], 2),
    ("fileserver.corp.example.lan", "A", ["10.20.0.20"], 6),
    ("intranet.corp.example.lan", "A", ["10.20.0.25"], 4),
    ("intranet.corp.example.lan", "AAAA", [], 2),
    ("erp.corp.example.lan", "A", ["10.20.0.31"], 3),
    (
        "_ldap._tcp.dc._msdcs.corp.example.lan",
        "SRV",
        ["0 100 389 dc1.corp.example.lan", "0 100 389 dc2.corp.example.lan"],
        3,
    ),
    ("dc1.corp.example.lan", "A", ["10.20.0.10"], 2),
    ("20.0.20.10.in-addr.arpa", "PTR", ["fileserver.corp.example.lan"], 2),
    ("wpad.corp.example.lan", "A", None, 3),
    ("printer-3f.corp.example.lan", "A", ["10.20.3.40"], 1),
    ("ads.doubleclick.net", "A", None, 3),
    ("browser.events.data.msn.com", "A", None, 3),
    ("app-measurement.com", "A", None, 1),
    ("mobile.events.data.microsoft.com", "A", None, 2),
    ("www.gogle.com", "A", None, 0.2),
    ("registry.npmjs.org", "A", ["104.16.3.35", "104.16.2.35"], 0.8),
    ("pypi.org", "A", ["151.101.0.223", "151.101.64.223"], 0.6),
    ("zoom.us", "A", ["170.114.52.2"], 0.7),
    (
        "cdn.jsdelivr.net",
        "A",
        ["cdn.jsdelivr.net.cdn.cloudflare.net", "104.16.85.20", "104.16.86.20"],
        0.7,
    ),
    (
        "www.linkedin.com",
        "A",
        ["www-linkedin-com.l-0005.l-msedge.net", "l-0005.l-msedge.net", "13.107.42.14"],
        0.9,
    ),
    (
        "update.code.visualstudio.com",
        "A",
        [
            "vscode-update.azurewebsites.net",
            "waws-prod-bay-113.sip.azurewebsites.windows.net",
            "40.112.243.8",
        ],
        0.5,
    ),
]
TD_CLIENTS = [
    f"10.20.{a}.{b}"
    for a, b in [
        (4, 31),
        (4, 57),
        (4, 88),
        (5, 12),
        (5, 40),
        (5, 103),
        (6, 9),
        (6, 77),
        (7, 14),
        (7, 66),
        (1, 15),
        (0, 20),
        (0, 31),
    ]
]


def td_exc_timeout(qname: str, qtype: str, host: str) -> list[str]:
    """A forwarder that does not answer, as the DnsClient's exception prints it."""
    return [
        f"TechnitiumLibrary.Net.Dns.DnsClientNoResponseException: DnsClient failed to resolve the request '{qname}. {qtype} IN': request timed out.",
        f" ---> System.Net.Http.HttpRequestException: Connection timed out ({host}:443)",
        " ---> System.Net.Sockets.SocketException (110): Connection timed out",
        "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
        "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
        "   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
        "   --- End of inner exception stack trace ---",
        "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.AddHttp2ConnectionAsync(QueueItem queueItem)",
        "   at System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
        f"   at TechnitiumLibrary.Net.Dns.ClientConnection.HttpsClientConnection.QueryAsync(DnsDatagram request, Int32 timeout, Int32 retries, CancellationToken cancellationToken) in {TD_PATH}\\TechnitiumLibrary\\TechnitiumLibrary.Net\\Dns\\ClientConnection\\HttpsClientConnection.cs:line 155",
        "   --- End of inner exception stack trace ---",
        f"   at TechnitiumLibrary.Net.Dns.DnsClient.InternalResolveAsync(DnsDatagram request, Func`3 getValidatedResponseAsync, Boolean doNotReorderNameServers, CancellationToken cancellationToken) in {TD_PATH}\\TechnitiumLibrary\\TechnitiumLibrary.Net\\Dns\\DnsClient.cs:line 4470",
        f"   at TechnitiumLibrary.TaskExtensions.TimeoutAsync[T](Func`2 func, Int32 timeout, CancellationToken cancellationToken) in {TD_PATH}\\TechnitiumLibrary\\TechnitiumLibrary\\TaskExtensions.cs:line 66",
        f"   at TechnitiumLibrary.Net.Dns.DnsClient.ResolveAsync(DnsQuestionRecord question, CancellationToken cancellationToken) in {TD_PATH}\\TechnitiumLibrary\\TechnitiumLibrary.Net\\Dns\\DnsClient.cs:line 4012",
        f"   at DnsServerCore.Dns.DnsServer.RecursiveResolverBackgroundTaskAsync(DnsQuestionRecord question, NetworkAddress eDnsClientSubnet, Boolean advancedForwardingClientSubnet, IReadOnlyList`1 conditionalForwarders, Boolean dnssecValidation, Boolean cachePrefetchOperation, Boolean cacheRefreshOperation, Boolean skipDnsAppAuthoritativeRequestHandlers, TaskCompletionSource`1 taskCompletionSource) in {TD_PATH}\\DnsServer\\DnsServerCore\\Dns\\DnsServer.cs:line 4157",
    ]


def technitium(r: random.Random) -> list[Log]:
    """Two Technitium DNS Servers 12 for an office (dns1 10.20.0.2 with the DHCP scopes, dns2
    10.20.0.3), both logging every query, forwarding to two DNS-over-HTTPS resolvers, 06:00 to
    12:00: the forwarders unreachable 09:05-09:23 (the office's uplink filtering port 443 to
    them after a firewall change), the daily block list update at 07:41 (dns1) and 07:52 (dns2)
    with one list gone (404), failed logins to dns1's web console at 08:52, dns1 updated to
    12.1 at 10:30 (stopped, started again)."""
    fs = Files()

    def W(h: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{h}-2024-06-06.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} UTC] {lines[0]}", *lines[1:]],
            h,
            1_000_000,
        )

    weights = [w for *_x, w in TD_NAMES]
    cached: dict[tuple[str, str], datetime] = {}
    fail_q = "DNS Server failed to resolve the request with QNAME: %s; QTYPE: %s; QCLASS: %s; Forwarders: %s;"
    outage = (at(9, 5, 12), at(9, 23, 40))
    down1 = (at(10, 30, 4), at(10, 31, 4))

    def query(h: str, t: datetime) -> None:
        qname, qtype, ans, _w = r.choices(TD_NAMES, weights)[0]
        client = r.choice(TD_CLIENTS)
        proto = "UDP" if r.random() < 0.93 else "TCP"
        ep = f"[{client}:{r.randint(49152, 65535)}] [{proto}] "
        q = f"QNAME: {qname}; QTYPE: {qtype}; QCLASS: IN"
        local = qname.endswith(".lan") or qname.endswith(".arpa")
        blocked = ans is None and not local and qname != "www.gogle.com"
        key = (h, qname, qtype)
        if outage[0] <= t < outage[1] and not local and not blocked:
            fresh = key in cached and (t - cached[key]).total_seconds() < 300
            if not fresh:
                # the records expired: resolving fails, a stale answer is served when there is one
                host = "cloudflare-dns.com" if r.random() < 0.5 else "dns.quad9.net"
                W(
                    h,
                    t,
                    fail_q,
                    [
                        f"DNS Server failed to resolve the request with QNAME: {qname}; QTYPE: {qtype}; QCLASS: IN; Forwarders: {TD_FWD};",
                        *td_exc_timeout(qname, qtype, host),
                    ],
                )
                if key in cached and r.random() < 0.8:
                    t += sec(r.uniform(2.0, 2.3))
                elif r.random() < 0.12:
                    W(
                        h,
                        t + sec(2.1),
                        "QNAME: %s; QTYPE: %s; QCLASS: %s; NO RESPONSE FROM SERVER!",
                        [ep + q + "; NO RESPONSE FROM SERVER!"],
                    )
                    return
                else:
                    W(
                        h,
                        t + sec(r.uniform(2.0, 2.3)),
                        "QNAME: %s; QTYPE: %s; QCLASS: %s; RCODE: %s; ANSWER: []",
                        [ep + q + "; RCODE: ServerFailure; ANSWER: []"],
                    )
                    return
        elif not blocked:
            cached[key] = t
        if ans is None:
            W(
                h,
                t,
                "QNAME: %s; QTYPE: %s; QCLASS: %s; RCODE: %s; ANSWER: []",
                [ep + q + "; RCODE: NxDomain; ANSWER: []"],
            )
        elif not ans:
            W(
                h,
                t,
                "QNAME: %s; QTYPE: %s; QCLASS: %s; RCODE: %s; ANSWER: []",
                [ep + q + "; RCODE: NoError; ANSWER: []"],
            )
        else:
            W(
                h,
                t,
                "QNAME: %s; QTYPE: %s; QCLASS: %s; RCODE: %s; ANSWER: [%s]",
                [ep + q + "; RCODE: NoError; ANSWER: [" + ", ".join(ans) + "]"],
            )

    t0, t1 = at(6, 0), at(12, 0)
    for h, mean in (("dns1", 10.6), ("dns2", 34.0)):
        for t in arrivals(r, t0, t1, mean, office):
            if h == "dns1" and down1[0] - sec(1) <= t < down1[1] + sec(2):
                continue
            query(h, t)
        if h == "dns2":
            for t in arrivals(r, down1[0], down1[1], 2.5, office):
                query("dns2", t)

    # the daily block list update
    for h, tu in (("dns1", at(7, 41, 3)), ("dns2", at(7, 52, 38))):
        t = W(
            h,
            tu,
            "DNS Server successfully downloaded block list (%s): %s",
            [
                f"DNS Server successfully downloaded block list ({r.uniform(3.1, 3.4):.2f} MB): {TD_LISTS[0]}"
            ],
        )
        t = W(
            h,
            t + sec(r.uniform(0.3, 0.9)),
            "DNS Server successfully checked for a new update of the block list: %s",
            [f"DNS Server successfully checked for a new update of the block list: {TD_LISTS[1]}"],
        )
        t = W(
            h,
            t + sec(r.uniform(0.3, 0.8)),
            "DNS Server failed to download block list and will use previously downloaded file (if available): %s",
            [
                f"DNS Server failed to download block list and will use previously downloaded file (if available): {TD_LISTS[2]}",
                "System.Net.Http.HttpRequestException: Response status code does not indicate success: 404 (Not Found).",
                "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                f"   at DnsServerCore.Dns.ZoneManagers.BlockListZoneManager.DownloadBlockListFileAsync(Uri listUrl) in {TD_PATH}\\DnsServer\\DnsServerCore\\Dns\\ZoneManagers\\BlockListZoneManager.cs:line 391",
                f"   at DnsServerCore.Dns.ZoneManagers.BlockListZoneManager.UpdateBlockListsAsync(Boolean forceUpdate) in {TD_PATH}\\DnsServer\\DnsServerCore\\Dns\\ZoneManagers\\BlockListZoneManager.cs:line 512",
            ],
        )
        counts = [r.randint(131000, 132500), r.randint(2700, 2760), 18450]
        for url, n in zip(TD_LISTS, counts, strict=True):
            t = W(
                h,
                t + sec(0.2),
                "DNS Server is reading block list from: %s",
                [f"DNS Server is reading block list from: {url}"],
            )
            t = W(
                h,
                t + sec(r.uniform(0.4, 1.6)),
                "DNS Server block list file was read (%d domains) from: %s",
                [f"DNS Server block list file was read ({n} domains) from: {url}"],
            )
        W(
            h,
            t + sec(1.2),
            "DNS Server block list zone was loaded successfully.",
            ["DNS Server block list zone was loaded successfully."],
        )

    # DHCP on dns1: two scopes, the office's eight-hour leases and the guests' one-hour ones
    office_hosts = [
        (
            "LAPTOP-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)),
            mac_dash(r, r.choice(["84-2F-57", "F4-39-09", "3C-52-82", "C8-5A-CF"])),
        )
        for _ in range(26)
    ]
    desks = [(f"DESK-{n:03d}", mac_dash(r, "D8-BB-C1")) for n in (101, 102, 105, 117, 121, 130)]
    printers = [("NPI4F2A91", mac_dash(r, "94-57-A5")), ("BRN3C2AF4", mac_dash(r, "3C-2A-F4"))]
    phones = [
        (None, mac_dash(r, r.choice(["E0-85-4D", "5C-E9-1E", "A4-C3-F0", "F0-5C-77"])))
        for _ in range(9)
    ]
    used: set[str] = set()

    def addr(base: str, lo: int, hi: int) -> str:
        while True:
            a = f"{base}.{r.randint(lo, hi)}"
            if a not in used:
                used.add(a)
                return a

    def ident(name: str | None, mac: str) -> str:
        return f"{name} [{mac}]" if name else f"[{mac}]"

    lease_q = "DHCP Server leased IP address [%s] to %s for scope: %s"

    def lease(t: datetime, a: str, who: str, scope: str, new: bool) -> None:
        if down1[0] - sec(2) <= t < down1[1] + sec(3):
            t = down1[1] + sec(r.uniform(4, 30))
        src = "0.0.0.0" if new else a
        W(
            "dns1",
            t,
            lease_q,
            [f"[{src}:68] DHCP Server leased IP address [{a}] to {who} for scope: {scope}"],
        )

    for name, mac in desks + printers:
        a = addr(f"10.20.{r.randint(4, 5)}", 10, 250)
        tr = t0 + sec(r.uniform(0, 4 * 3600))
        while tr < t1:
            lease(tr, a, ident(name, mac), "Office", False)
            tr += sec(4 * 3600 + r.uniform(-30, 30))
    leaving = r.sample(range(len(office_hosts)), 3)
    for i, (name, mac) in enumerate(office_hosts):
        a = addr(f"10.20.{r.randint(4, 7)}", 10, 250)
        ta = at(7, 0) + sec(r.triangular(0, 9000, 4200))
        lease(ta, a, ident(name, mac), "Office", True)
        tr = ta + sec(4 * 3600 + r.uniform(-20, 20))
        if tr < t1:
            lease(tr, a, ident(name, mac), "Office", False)
        if i in leaving:
            tl = at(11, 40) + sec(r.uniform(0, 1100))
            if tl > ta:
                W(
                    "dns1",
                    tl,
                    "DHCP Server released IP address [%s] that was leased to %s for scope: %s",
                    [
                        f"[{a}:68] DHCP Server released IP address [{a}] that was leased to {ident(name, mac)} for scope: Office"
                    ],
                )
    for name, mac in phones:
        a = addr("10.20.100", 20, 240)
        ta = at(7, 30) + sec(r.uniform(0, 12000))
        lease(ta, a, ident(name, mac), "Guest WiFi", True)
        tr = ta + sec(1800 + r.uniform(-5, 5))
        while tr < t1:
            lease(tr, a, ident(name, mac), "Guest WiFi", False)
            tr += sec(1800 + r.uniform(-5, 5))
    # a static address in the pool: the client's ARP check declines it, and gets another
    clash, newer = "10.20.6.142", addr("10.20.6", 150, 200)
    name, mac = office_hosts[5]
    W(
        "dns1",
        at(8, 14, 20),
        lease_q,
        [
            f"[0.0.0.0:68] DHCP Server leased IP address [{clash}] to {ident(name, mac)} for scope: Office"
        ],
    )
    W(
        "dns1",
        at(8, 14, 22),
        "DHCP Server received DECLINE message for scope '%s': %s detected that IP address [%s] is already in use.",
        [
            f"[0.0.0.0:68] DHCP Server received DECLINE message for scope 'Office': {ident(name, mac)} detected that IP address [{clash}] is already in use."
        ],
    )
    W(
        "dns1",
        at(8, 14, 33),
        lease_q,
        [
            f"[0.0.0.0:68] DHCP Server leased IP address [{newer}] to {ident(name, mac)} for scope: Office"
        ],
    )
    # Windows servers with static addresses ask for the options (WPAD, domain)
    for srv, a in (("FS01", "10.20.0.20"), ("APP02", "10.20.0.31")):
        mac = mac_dash(r, "00-15-5D")
        tr = t0 + sec(r.uniform(600, 3000))
        while tr < t1:
            if not down1[0] - sec(2) <= tr < down1[1] + sec(3):
                W(
                    "dns1",
                    tr,
                    "DHCP Server received INFORM message from %s for scope: %s",
                    [
                        f"[{a}:68] DHCP Server received INFORM message from {srv} [{mac}] for scope: Office"
                    ],
                )
            tr += sec(r.uniform(2400, 4200))

    # the web console
    W("dns1", at(8, 5, 41), "[%s] User logged in.", ["[10.20.1.15:51866] [admin] User logged in."])
    W(
        "dns1",
        at(8, 19, 2),
        "[%s] User logged out.",
        ["[10.20.1.15:51866] [admin] User logged out."],
    )
    for k, ts in enumerate([at(8, 52, 10), at(8, 52, 19), at(8, 52, 31), at(8, 53, 2)]):
        user = "administrator" if k < 3 else "admin"
        W(
            "dns1",
            ts,
            "DnsServerCore.DnsWebServiceException: Invalid username or password for user: %s",
            [
                f"[10.20.7.14:{50122 + 3 * k}] DnsServerCore.DnsWebServiceException: Invalid username or password for user: {user}",
                f"   at DnsServerCore.Auth.AuthManager.CreateSessionAsync(UserSessionType type, String tokenName, String username, String password, IPAddress remoteAddress, String userAgent) in {TD_PATH}\\DnsServer\\DnsServerCore\\Auth\\AuthManager.cs:line 746",
                f"   at DnsServerCore.WebServiceAuthApi.LoginAsync(HttpContext context, UserSessionType sessionType) in {TD_PATH}\\DnsServer\\DnsServerCore\\WebServiceAuthApi.cs:line 233",
                "   at Microsoft.AspNetCore.Http.RequestDelegateFactory.ExecuteTaskResult[T](Task`1 task, HttpContext httpContext)",
                f"   at DnsServerCore.DnsWebService.WebServiceApiMiddleware(HttpContext context, RequestDelegate next) in {TD_PATH}\\DnsServer\\DnsServerCore\\DnsWebService.cs:line 1093",
                "   at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)",
                "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
            ],
        )
    W("dns1", at(8, 53, 40), "[%s] User logged in.", ["[10.20.7.14:50139] [admin] User logged in."])
    W(
        "dns1",
        at(10, 29, 12),
        "[%s] User logged in.",
        ["[10.20.1.15:53310] [admin] User logged in."],
    )

    # dns1 updated to 12.1: stopped, started again
    t = W(
        "dns1",
        down1[0],
        "DNS Server (v%s) was stopped successfully.",
        [f"DNS Server (v{TD_VERSION[0]}) was stopped successfully."],
    )
    W("dns1", t, "Logging stopped.", ["Logging stopped."])
    t = W("dns1", down1[1] - sec(22), "Logging started.", ["Logging started."])
    t = W(
        "dns1",
        t,
        "DNS Server config file was loaded: %s",
        ["DNS Server config file was loaded: /etc/dns/dns.config"],
    )
    for z in TD_ZONES:
        t = W(
            "dns1",
            t + sec(0.1),
            "DNS Server successfully loaded zone file: %s",
            [f"DNS Server successfully loaded zone file: /etc/dns/zones/{z}.zone"],
        )
    for url, n in zip(TD_LISTS, [131904, 2741, 18450], strict=True):
        t = W(
            "dns1",
            t + sec(0.2),
            "DNS Server is reading block list from: %s",
            [f"DNS Server is reading block list from: {url}"],
        )
        t = W(
            "dns1",
            t + sec(0.5),
            "DNS Server block list file was read (%d domains) from: %s",
            [f"DNS Server block list file was read ({n} domains) from: {url}"],
        )
    t = W(
        "dns1",
        t + sec(0.3),
        "DNS Server block list zone was loaded successfully.",
        ["DNS Server block list zone was loaded successfully."],
    )
    for ep in ("0.0.0.0:5380", "[::]:5380"):
        t = W(
            "dns1",
            t,
            "Web Service was bound successfully.",
            [f"[{ep}] [HTTP] Web Service was bound successfully."],
        )
    for ep in ("0.0.0.0:53", "[::]:53"):
        for p in ("UDP", "TCP"):
            t = W(
                "dns1",
                t,
                "DNS Server was bound successfully.",
                [f"[{ep}] [{p}] DNS Server was bound successfully."],
            )
    W(
        "dns1",
        t,
        "DNS Server (v%s) was started successfully.",
        [f"DNS Server (v{TD_VERSION[1]}) was started successfully."],
    )
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- blocky

BK_UPSTREAMS = ["tcp-tls:1.1.1.1:853", "tcp-tls:9.9.9.9:853"]
BK_ROUTER = "192.168.1.1"
BK_INSTANCE = {"blocky-1": "3f6c1e9a2b7d", "blocky-2": "a81d44c0e5f2"}
BK_LISTS = {
    "ads": [
        "https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts",
        "https://adaway.org/hosts.txt",
        "https://easylist-downloads.adblockplus.org/easylist_noelemhide.txt",
    ],
    "malware": ["https://urlhaus.abuse.ch/downloads/hostfile/"],
    "adult": ["https://blocklistproject.github.io/Lists/alt-version/porn-nl.txt"],
}
BK_COUNTS = {
    BK_LISTS["ads"][0]: 131904,
    BK_LISTS["ads"][1]: 6540,
    BK_LISTS["ads"][2]: 48112,
    BK_LISTS["malware"][0]: 2207,
    BK_LISTS["adult"][0]: 498706,
}
# (client ip, name from the router's reverse zone, kind)
BK_CLIENTS = [
    ("192.168.1.23", "anna-laptop", "pc"),
    ("192.168.1.24", "tom-thinkpad", "pc"),
    ("192.168.1.31", "pixel-8", "phone"),
    ("192.168.1.32", "iphone-tom", "phone"),
    ("192.168.1.40", "ipad-kids", "kids"),
    ("192.168.1.41", "switch-lite", "kids"),
    ("192.168.1.60", "lg-webos-tv", "tv"),
    ("192.168.1.61", "sonos-kitchen", "iot"),
    ("192.168.1.62", "hue-bridge", "iot"),
    ("192.168.1.70", "nas", "server"),
    ("192.168.1.77", "192.168.1.77", "iot"),
]
# (question name, type, answer or None, blocked-by group or "", weight per kind)
BK_NAMES: list[tuple[str, str, str | None, str, dict[str, float]]] = [
    ("www.google.com", "A", "A (142.250.185.68)", "", {"pc": 5, "phone": 5, "kids": 3}),
    (
        "www.youtube.com",
        "A",
        "CNAME (youtube-ui.l.google.com.), A (142.250.186.46)",
        "",
        {"pc": 2, "phone": 3, "kids": 6, "tv": 3},
    ),
    (
        "rr3---sn-4g5edndz.googlevideo.com",
        "A",
        "CNAME (rr3.sn-4g5edndz.googlevideo.com.), A (74.125.168.168)",
        "",
        {"kids": 4, "tv": 3},
    ),
    ("i.ytimg.com", "A", "A (142.250.185.150)", "", {"kids": 3, "phone": 1}),
    (
        "graph.instagram.com",
        "A",
        "CNAME (instagram.c10r.instagram.com.), A (157.240.0.63)",
        "",
        {"phone": 3},
    ),
    ("mmg.whatsapp.net", "A", "A (157.240.0.60)", "", {"phone": 4}),
    (
        "api.spotify.com",
        "A",
        "CNAME (edge-web.dual-gslb.spotify.com.), A (35.186.224.25)",
        "",
        {"pc": 1, "phone": 2, "iot": 1},
    ),
    ("gateway.icloud.com", "A", "A (17.248.241.40), A (17.248.241.7)", "", {"phone": 3, "kids": 2}),
    (
        "outlook.office365.com",
        "A",
        "CNAME (outlook.ms-acdc.office.com.), CNAME (FRA-efz.ms-acdc.office.com.), A (52.97.212.82)",
        "",
        {"pc": 4},
    ),
    ("github.com", "A", "A (140.82.121.3)", "", {"pc": 2}),
    ("api.github.com", "A", "A (140.82.121.6)", "", {"pc": 1}),
    ("connectivitycheck.gstatic.com", "A", "A (142.250.186.35)", "", {"phone": 2, "tv": 1}),
    (
        "time.cloudflare.com",
        "A",
        "A (162.159.200.1), A (162.159.200.123)",
        "",
        {"server": 2, "iot": 1},
    ),
    ("ws.sonos.com", "A", "A (52.28.44.12)", "", {"iot": 3}),
    ("bridge.meethue.com", "A", "A (52.29.112.83)", "", {"iot": 2}),
    ("dl.google.com", "AAAA", None, "", {"pc": 1, "phone": 1}),
    ("nas.fritz.box", "A", "A (192.168.1.70)", "", {"pc": 2, "tv": 1}),
    ("fritz.box", "A", "A (192.168.1.1)", "", {"pc": 1, "phone": 1}),
    ("googleads.g.doubleclick.net", "A", None, "ads", {"pc": 2, "phone": 3, "kids": 3}),
    ("app-measurement.com", "A", None, "ads", {"phone": 3, "kids": 3}),
    (
        "graph.facebook.com",
        "A",
        "CNAME (star.c10r.facebook.com.), A (157.240.0.35)",
        "",
        {"phone": 2},
    ),
    ("ngfts.lge.com", "A", None, "ads", {"tv": 6}),
    ("us.info.lgsmartad.com", "A", None, "ads", {"tv": 4}),
    ("telemetry.sonos.com", "A", None, "ads", {"iot": 2}),
    ("iot-collect.tuya-eu.example", "A", None, "malware", {"iot": 1}),
    ("www.pornhub.com", "A", None, "adult", {"kids": 0.05}),
]


def blocky(r: random.Random) -> list[Log]:
    """Two Blocky 0.24 containers serving a household (blocky-1 and blocky-2 behind the router's
    two DNS entries), the query log on the console, 06:00 to 12:00: the LG television asking its
    ad servers every few seconds from 07:20 to 08:05, the router rebooting 08:40-08:47 (client
    names and the fritz.box conditional upstream failing), the DNS-over-TLS upstreams blocked
    09:10-09:24 (the ISP's router update), the list refreshes at 07:12 and 11:12 (a download
    timing out, a list gone, ABP lines the hosts parser rejects), blocking disabled for ten
    minutes from the API at 10:15."""
    fs = Files()

    def L(
        inst: str,
        t: datetime,
        level: str,
        label: str,
        prefix: str,
        msg: list[str],
        fields: dict[str, object],
    ) -> datetime:
        tail = "".join(f" {k}={v}" for k, v in sorted(fields.items()))
        lines = [prefix + msg[0], *msg[1:]]
        lines[-1] += tail
        return fs.add(
            f"{inst}.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {level:>5} {lines[0]}", *lines[1:]],
            inst,
            1_000_000,
        )

    outage = (at(9, 10, 20), at(9, 24, 5))
    router_down = (at(8, 40, 12), at(8, 46, 48))
    cache: dict[tuple[str, str, str], datetime] = {}
    names_known: dict[tuple[str, str], datetime] = {}

    def client_name(inst: str, t: datetime, ip: str, name: str) -> str:
        last = names_known.get((inst, ip))
        if last is not None and (t - last).total_seconds() < 1800:
            return name
        if router_down[0] <= t < router_down[1]:
            L(
                inst,
                t,
                "ERROR",
                "can't resolve client name: %s",
                "client_names: ",
                [
                    f"can't resolve client name: can't resolve request via upstream server tcp+udp:{BK_ROUTER}:53: read udp 172.18.0.2:{r.randint(32768, 60999)}->{BK_ROUTER}:53: read: connection refused"
                ],
                {},
            )
            return ip
        names_known[(inst, ip)] = t
        return name

    def query(inst: str, t: datetime, client: tuple[str, str, str], forced: str = "") -> None:
        ip, name, kind = client
        cands = [n for n in BK_NAMES if kind in n[4]]
        if forced:
            cands = [n for n in BK_NAMES if n[0] == forced]
        qn, qt, ans, group, _w = r.choices(cands, [c[4].get(kind, 1) for c in cands])[0]
        if group == "adult" and kind != "kids":
            group = ""
        if group and ans is None:
            ans = (
                f"A (104.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)})"
                if group == "adult"
                else "A (142.250.74.2)"
            )

        cname = client_name(inst, t, ip, name)
        req = {"client_ip": ip, "question": f"{qt} ({qn}.)", "req_id": uuid4(r)}
        f: dict[str, object] = {
            "client_ip": ip,
            "client_names": cname,
            "instance": BK_INSTANCE[inst],
            "question_name": qn,
            "question_type": qt,
        }
        key = (inst, qn, qt)
        if group and not (at(10, 15, 3) <= t < at(10, 25, 3) and inst == "blocky-1"):
            f.update(
                answer="A (0.0.0.0)" if qt == "A" else "AAAA (::)",
                response_code="NOERROR",
                response_reason=f"BLOCKED ({group})",
                response_type="BLOCKED",
            )
        elif qn.endswith("fritz.box"):
            if router_down[0] <= t < router_down[1]:
                L(
                    inst,
                    t,
                    "ERROR",
                    "error on processing request:can't resolve request via upstream server %s: read udp %s->%s: read: connection refused",
                    "",
                    [
                        f"error on processing request:can't resolve request via upstream server tcp+udp:{BK_ROUTER}:53: read udp 172.18.0.2:{r.randint(32768, 60999)}->{BK_ROUTER}:53: read: connection refused"
                    ],
                    req,
                )
                return
            f.update(
                answer=ans,
                duration_ms=r.randint(1, 6),
                response_code="NOERROR",
                response_reason=f"CONDITIONAL (tcp+udp:{BK_ROUTER})",
                response_type="CONDITIONAL",
            )
        elif key in cache and (t - cache[key]).total_seconds() < r.uniform(240, 1800):
            f.update(response_code="NOERROR", response_reason="CACHED", response_type="CACHED")
            if ans:
                f["answer"] = ans
        elif outage[0] <= t < outage[1]:
            errs = " ".join(
                f"can't resolve request via upstream server {u}: dial tcp {u.split(':')[1]}:853: i/o timeout"
                for u in BK_UPSTREAMS
            )
            L(
                inst,
                t + sec(r.uniform(2.0, 2.4)),
                "ERROR",
                "error on processing request:resolution was not successful, used resolvers: '%s' and '%s' errors: [can't resolve request via upstream server %s: dial tcp %s: i/o timeout can't resolve request via upstream server %s: dial tcp %s: i/o timeout]",
                "",
                [
                    f"error on processing request:resolution was not successful, used resolvers: 'upstream '{BK_UPSTREAMS[0]}'' and 'upstream '{BK_UPSTREAMS[1]}'' errors: [{errs}]"
                ],
                req,
            )
            return
        else:
            cache[key] = t
            up = r.choice(BK_UPSTREAMS)
            f.update(
                duration_ms=r.randint(9, 70),
                response_reason=f"RESOLVED ({up})",
                response_type="RESOLVED",
            )
            f["response_code"] = "NOERROR"
            if ans:
                f["answer"] = ans
        L(inst, t, " INFO", "query resolved", "queryLog: ", ["query resolved"], f)

    t0, t1 = at(6, 0), at(12, 0)
    for t in arrivals(r, t0, t1, 7.9, home):
        inst = "blocky-1" if r.random() < 0.68 else "blocky-2"
        query(inst, t, r.choice(BK_CLIENTS))
    tv = BK_CLIENTS[6]
    for t in arrivals(r, at(7, 20, 11), at(8, 5, 40), 6.5, lambda _t: 1.0):
        query(
            "blocky-1",
            t,
            tv,
            forced=r.choice(["ngfts.lge.com", "ngfts.lge.com", "us.info.lgsmartad.com"]),
        )

    # list refreshes (every four hours since the containers started at 03:12)
    def refresh(inst: str, ts: datetime, late: bool) -> None:
        done: dict[str, datetime] = {}
        for group, links in BK_LISTS.items():
            total = 0
            ok_any = False
            for link in links:
                t = ts + sec(r.uniform(0.4, 3.5))
                if link == BK_LISTS["ads"][1] and not late:
                    for n in range(1, 4):
                        t = L(
                            inst,
                            t + sec(5 + n),
                            " WARN",
                            "Temporary network err / Timeout occurred: temporary error occurred: Get %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                            "list_cache: ",
                            [
                                f'Temporary network err / Timeout occurred: temporary error occurred: Get "{link}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
                            ],
                            {"attempt": f"{n}/3", "link": link},
                        )
                    t = L(
                        inst,
                        t + sec(0.01),
                        "ERROR",
                        "cannot open source: temporary error occurred: Get %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                        "list_cache: ",
                        [
                            f'cannot open source: temporary error occurred: Get "{link}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
                        ],
                        {"count": 0, "source": link},
                    )
                    done[group] = t
                    continue
                if group == "malware" and late:
                    for n in range(1, 4):
                        t = L(
                            inst,
                            t + sec(1 + n),
                            " WARN",
                            "Can't download file: got status code %d",
                            "list_cache: ",
                            ["Can't download file: got status code 404"],
                            {"attempt": f"{n}/3", "link": link},
                        )
                    t = L(
                        inst,
                        t + sec(0.01),
                        "ERROR",
                        "cannot open source: got status code %d",
                        "list_cache: ",
                        ["cannot open source: got status code 404"],
                        {"count": 0, "source": link},
                    )
                    done[group] = t
                    continue
                if inst == "blocky-2" and link == BK_LISTS["ads"][0] and not late:
                    t = L(
                        inst,
                        t,
                        " WARN",
                        "Name resolution err: %s",
                        "list_cache: ",
                        ["Name resolution err: server misbehaving"],
                        {"attempt": "1/3", "link": link},
                    )
                    t += sec(2)
                if link == BK_LISTS["ads"][2]:
                    n_ok = BK_COUNTS[link]
                    for ln, bad in (
                        (2113, "||ads.example-cdn.net^$third-party"),
                        (9541, "||track.example-shop.de^$popup"),
                        (30760, "@@||cdn.example-video.com^$image"),
                    ):
                        cnt = int(n_ok * ln / 48400)
                        host = bad.split()[0]
                        t = L(
                            inst,
                            t + sec(r.uniform(0.05, 0.4)),
                            " WARN",
                            "parse error: line %d: %d errors occurred: %s, trying to continue",
                            "list_cache: ",
                            [
                                f"parse error: line {ln}: 3 errors occurred:",
                                f"\t* invalid domain name: {host.removeprefix('||')}",
                                f"\t* invalid ip: {host}",
                                f"\t* unsupported wildcard '{host}': must start with '*.' and contain no other '*'",
                                "",
                                ", trying to continue",
                            ],
                            {"count": cnt, "source": link},
                        )
                cnt = BK_COUNTS[link] + r.randint(-40, 40)
                total += cnt
                ok_any = True
                t = L(
                    inst,
                    t + sec(r.uniform(0.5, 4.0)),
                    " INFO",
                    "import succeeded",
                    "list_cache: ",
                    ["import succeeded"],
                    {"count": cnt, "source": link},
                )
                done[group] = max(done.get(group, t), t)
            tg = done[group] + sec(0.2)
            if not ok_any:
                L(
                    inst,
                    tg,
                    " WARN",
                    "Populating of group cache failed, using existing cache, if any",
                    "list_cache: ",
                    ["Populating of group cache failed, using existing cache, if any"],
                    {"group": group, "total_count": BK_COUNTS[links[0]]},
                )
            else:
                L(
                    inst,
                    tg,
                    " INFO",
                    "group import finished",
                    "list_cache: ",
                    ["group import finished"],
                    {"group": group, "total_count": total},
                )

    refresh("blocky-1", at(7, 12, 4), False)
    refresh("blocky-2", at(7, 12, 31), False)
    refresh("blocky-1", at(11, 12, 4), True)
    refresh("blocky-2", at(11, 12, 31), True)

    L(
        "blocky-1",
        at(10, 15, 2),
        " INFO",
        "disable blocking for %s for group(s) '%s'",
        "",
        ["disable blocking for 10m0s for group(s) 'ads; adult; malware'"],
        {},
    )
    L(
        "blocky-1",
        at(10, 25, 2),
        " INFO",
        "blocking enabled again",
        "",
        ["blocking enabled again"],
        {},
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- headscale

HS_SRC = "../../../home/runner/work/headscale/headscale/hscontrol/"
HS_CALLER = {
    "new": "protocol_common.go:129",
    "authurl": "protocol_common.go:458",
    "loggedout": "protocol_common.go:521",
    "authorized": "protocol_common.go:573",
    "refresh": "protocol_common.go:592",
    "refreshed": "protocol_common.go:642",
    "authkey_err": "protocol_common.go:254",
    "authkey_err2": "protocol_common.go:298",
}
HS_LAPTOPS = [
    "anna-thinkpad",
    "bob-macbook",
    "carla-xps13",
    "dan-framework",
    "eva-macbook-air",
    "felix-thinkpad",
    "gina-surface",
    "hugo-macbook-pro",
    "ines-latitude",
]
HS_PHONES = [
    "anna-pixel-8",
    "bob-iphone-15",
    "carla-iphone",
    "felix-galaxy-s23",
    "hugo-iphone",
    "ines-pixel-7a",
]
HS_SERVERS = ["gw-office", "nas01", "build01", "db-replica", "grafana", "k8s-node-1", "k8s-node-2"]


def hs_quote(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v)
    if any(c in s for c in ' "\\') or any(ord(c) < 0x20 or ord(c) > 0x7E for c in s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def headscale(r: random.Random) -> list[Log]:
    """Headscale 0.22 (`headscale.log`: `journalctl -u headscale -o cat`, zerolog's console
    writer) coordinating a small company's tailnet, 06:00 to 12:00: nine laptops, six phones,
    seven servers and ephemeral CI runners; the phones' and laptops' long-poll sessions
    coming and going all day, SQLite locked 08:30-08:34 under a burst of map requests, a CI
    pre-auth key expired at 07:02 until a new one is made at 07:09, a new laptop registered
    interactively at 09:15, two node keys refreshed, the ACL policy reloaded by SIGHUP at 09:40
    with a syntax error and again at 09:47, Headscale restarted at 10:50 (every stream shut
    down, every client back), a user logging out at 11:20."""
    fs = Files()

    def Z(
        t: datetime, lvl: str, label: str, msg: str, fields: dict[str, object], caller: str = ""
    ) -> datetime:
        keys = sorted(fields)
        if "error" in keys:
            keys.remove("error")
            keys.insert(0, "error")
        tail = "".join(f" {k}={hs_quote(fields[k])}" for k in keys)
        head = f"{HS_SRC}{HS_CALLER[caller]} > " if caller else ""
        return fs.add(
            "headscale.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%SZ} {lvl} {head}{msg}{tail}"],
            "hs-old" if t < restart + sec(1) else "hs-new",
            1_000_000,
        )

    t0, t1 = at(6, 0), at(12, 0)
    restart = at(10, 50, 9)
    back = restart + sec(27)
    locked = (at(8, 30, 2), at(8, 33, 50))
    nkey = {n: hexid(r, 64) for n in HS_LAPTOPS + HS_PHONES + HS_SERVERS + ["jonas-macbook"]}

    def poll_fails(t: datetime, m: str) -> bool:
        if locked[0] <= t < locked[1] and r.random() < 0.45:
            Z(
                t,
                "ERR",
                "Failed to persist/update machine in the database",
                "Failed to persist/update machine in the database",
                {
                    "error": "database is locked",
                    "handler": "PollNetMap",
                    "machine": m,
                    "node_key": nkey.get(m, hexid(r, 64)),
                    "noise": True,
                },
            )
            return True
        return False

    def connect(t: datetime, m: str) -> datetime | None:
        """A streaming map request: returns when the stream is up, None when it failed."""
        if restart - sec(1) <= t < back:
            t = back + sec(r.uniform(0.5, 25))
        while poll_fails(t, m):
            t += sec(r.uniform(2, 9))
        f = {"handler": "PollNetMap", "machine": m, "noise": True}
        t = Z(
            t,
            "INF",
            "Client is ready to access the tailnet",
            "Client is ready to access the tailnet",
            f,
        )
        t = Z(t, "INF", "Sending initial map", "Sending initial map", f)
        return Z(t, "INF", "Notifying peers", "Notifying peers", f)

    def endpoint(t: datetime, m: str) -> None:
        if restart - sec(1) <= t < back or poll_fails(t, m):
            return
        Z(
            t,
            "INF",
            "Client sent endpoint update and is ok with a response without peer list",
            "Client sent endpoint update and is ok with a response without peer list",
            {"handler": "PollNetMap", "machine": m, "noise": True},
        )

    def close(t: datetime, m: str, mobile: bool) -> None:
        x = r.random()
        if mobile and x < 0.22:
            Z(
                t,
                "ERR",
                "Cannot write keep alive message",
                "Cannot write keep alive message",
                {
                    "channel": "keepAlive",
                    "error": "http2: stream closed",
                    "handler": "PollNetMapStream",
                    "machine": m,
                    "noise": True,
                },
            )
        elif mobile and x < 0.3:
            Z(
                t,
                "ERR",
                "Could not write the map response",
                "Could not write the map response",
                {
                    "channel": "update",
                    "error": "http2: stream closed",
                    "handler": "PollNetMapStream",
                    "machine": m,
                    "noise": True,
                },
            )
        else:
            Z(
                t,
                "INF",
                "The client has closed the connection",
                "The client has closed the connection",
                {"handler": "PollNetMapStream", "machine": m},
            )

    def startup(m: str, t: datetime, authorize: bool = True) -> datetime:
        f = {"handler": "PollNetMap", "machine": m, "noise": True}
        if authorize:
            t = Z(
                t,
                "INF",
                "Machine successfully authorized",
                "Machine successfully authorized",
                {"machine": m, "noise": True},
                "authorized",
            )
        return Z(
            t + sec(r.uniform(0.2, 1.5)),
            "INF",
            "Client is starting up. Probably interested in a DERP map",
            "Client is starting up. Probably interested in a DERP map",
            f,
        )

    def sessions(
        m: str,
        start: datetime,
        end: datetime,
        mean_on: float,
        mean_off: float,
        mean_ep: float,
        mobile: bool,
        morning: bool,
    ) -> None:
        t = start
        if morning:
            t = startup(m, t) + sec(r.uniform(0.5, 3))
        while t < end:
            if mobile and r.random() < 0.15:
                t = startup(m, t) + sec(r.uniform(0.3, 2))
            up = connect(t, m)
            if up is None:
                return
            stop = up + sec(r.expovariate(1 / mean_on) + 20)
            crossing = up < restart < stop
            te = up + sec(r.expovariate(1 / mean_ep))
            while te < min(stop, end) and not (crossing and te >= restart):
                endpoint(te, m)
                te += sec(r.expovariate(1 / mean_ep))
            if crossing:
                Z(
                    restart + sec(r.uniform(0.05, 0.9)),
                    "INF",
                    "The long-poll handler is shutting down",
                    "The long-poll handler is shutting down",
                    {"handler": "PollNetMapStream", "machine": m, "noise": True},
                )
                t = back + sec(r.uniform(0.5, 20))
                continue
            if stop >= end:
                return
            close(stop, m, mobile)
            t = stop + sec(r.expovariate(1 / mean_off) + 5)

    # the restart
    Z(
        restart,
        "INF",
        "Received signal to stop, shutting down gracefully",
        "Received signal to stop, shutting down gracefully",
        {"signal": "terminated"},
    )
    t = Z(
        restart + sec(24.2),
        "INF",
        "Setting up a DERPMap update worker",
        "Setting up a DERPMap update worker",
        {"frequency": 86400000},
    )
    t = Z(t, "INF", "Enabling remote gRPC at %s", "Enabling remote gRPC at 0.0.0.0:50443", {})
    t = Z(
        t,
        "INF",
        "listening and serving HTTP on: %s",
        "listening and serving HTTP on: 0.0.0.0:8080",
        {},
    )
    Z(
        t,
        "INF",
        "listening and serving metrics on: %s",
        "listening and serving metrics on: 127.0.0.1:9090",
        {},
    )
    for m in HS_SERVERS:
        sessions(m, t0 + sec(r.uniform(0, 40)), t1, 10**7, 60, 2900, False, False)
    for m in HS_LAPTOPS:
        first = at(7, 10) + sec(r.triangular(0, 7200, 2400))
        if m in ("dan-framework", "felix-thinkpad"):
            first = t0 + sec(r.uniform(60, 900))
        sessions(
            m, first, t1 if m != "ines-latitude" else at(11, 20, 40), 4000, 150, 380, False, True
        )
    for m in HS_PHONES:
        sessions(m, at(6, 20) + sec(r.uniform(0, 3600)), t1, 470, 160, 220, True, False)
    # the new laptop, registered interactively
    m = "jonas-macbook"
    mk, nk = alnum5(r), alnum5(r)
    t = Z(
        at(9, 15, 31),
        "INF",
        "New machine not yet in the database",
        "New machine not yet in the database",
        {
            "follow_up": "",
            "machine": m,
            "machine_key": f"[{mk}]",
            "node_key": f"[{nk}]",
            "node_key_old": "[AAAAA]",
            "noise": True,
        },
        "new",
    )
    Z(
        t,
        "INF",
        "Successfully sent auth url",
        "Successfully sent auth url",
        {
            "AuthURL": f"https://hs.example.com/register/nodekey:{nkey[m]}",
            "machine": m,
            "noise": True,
        },
        "authurl",
    )
    sessions(m, at(9, 17, 48), t1, 3000, 150, 500, False, True)
    # node keys refreshed (keys made 180 days ago)
    for m, ts in (("carla-xps13", at(8, 2, 17)), ("build01", at(9, 58, 40))):
        t = Z(
            ts,
            "INF",
            "We have the OldNodeKey in the database. This is a key refresh",
            "We have the OldNodeKey in the database. This is a key refresh",
            {"machine": m, "noise": True},
            "refresh",
        )
        Z(
            t,
            "INF",
            "Node key successfully refreshed",
            "Node key successfully refreshed",
            {
                "machine": m,
                "node_key": f"[{alnum5(r)}]",
                "noise": True,
                "old_node_key": f"[{alnum5(r)}]",
            },
            "refreshed",
        )
    # a user logs out before leaving
    t = Z(
        at(11, 20, 38),
        "INF",
        "Client requested logout",
        "Client requested logout",
        {"machine": "ines-latitude", "noise": True},
    )
    t = Z(
        t,
        "INF",
        "Successfully logged out",
        "Successfully logged out",
        {"machine": "ines-latitude", "noise": True},
        "loggedout",
    )
    Z(
        t + sec(0.4),
        "INF",
        "The client has closed the connection",
        "The client has closed the connection",
        {"handler": "PollNetMapStream", "machine": "ines-latitude"},
    )
    # CI runners: ephemeral nodes from a pre-auth key
    ip = 40
    for ts in sorted([*arrivals(r, at(6, 35), at(11, 45), 1300, lambda _t: 1.0), at(7, 2, 41)]):
        m = "ci-runner-" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5)
        )
        if at(7, 1) <= ts < at(7, 9, 30):
            t = ts
            for _k in range(3):
                t = Z(
                    t,
                    "ERR",
                    "Failed authentication via AuthKey",
                    "Failed authentication via AuthKey",
                    {
                        "error": "AuthKey expired",
                        "func": "handleAuthKeyCommon",
                        "machine": m,
                        "noise": True,
                    },
                    "authkey_err",
                )
                t = Z(
                    t,
                    "ERR",
                    "Failed authentication via AuthKey",
                    "Failed authentication via AuthKey",
                    {"func": "handleAuthKeyCommon", "machine": m, "noise": True},
                    "authkey_err2",
                )
                t += sec(r.uniform(5, 12))
            continue
        ip += 1
        t = Z(
            ts,
            "INF",
            "Successfully authenticated via AuthKey",
            "Successfully authenticated via AuthKey",
            {
                "func": "handleAuthKeyCommon",
                "ips": f"100.64.0.{ip}, fd7a:115c:a1e0::{ip:x}",
                "machine": m,
                "noise": True,
            },
        )
        t = startup(m, t + sec(0.4), authorize=False)
        up = connect(t + sec(r.uniform(0.3, 1.5)), m)
        if up is None:
            continue
        dur = r.uniform(150, 900)
        te = up + sec(r.uniform(8, 40))
        endpoint(te, m)
        tl = up + sec(dur)
        if up < restart < tl:
            Z(
                restart + sec(r.uniform(0.05, 0.9)),
                "INF",
                "The long-poll handler is shutting down",
                "The long-poll handler is shutting down",
                {"handler": "PollNetMapStream", "machine": m, "noise": True},
            )
            up = connect(back + sec(r.uniform(1, 15)), m)
        t = Z(
            tl,
            "INF",
            "Client requested logout",
            "Client requested logout",
            {"machine": m, "noise": True},
        )
        Z(
            t + sec(0.3),
            "INF",
            "The client has closed the connection",
            "The client has closed the connection",
            {"handler": "PollNetMapStream", "machine": m},
        )

    # the ACL policy reloaded, first with a syntax error
    for ts, err in (
        (
            at(9, 40, 12),
            "hujson: line 48, column 5: invalid character '}' after object key:value pair",
        ),
        (at(9, 47, 3), ""),
    ):
        t = Z(
            ts,
            "INF",
            "Received SIGHUP, reloading ACL and Config",
            "Received SIGHUP, reloading ACL and Config",
            {"signal": "hangup"},
        )
        if err:
            t = Z(
                t,
                "ERR",
                "Failed to reload ACL policy",
                "Failed to reload ACL policy",
                {"error": err},
            )
        Z(
            t,
            "INF",
            "ACL policy successfully reloaded, notifying nodes of change",
            "ACL policy successfully reloaded, notifying nodes of change",
            {"path": "/etc/headscale/acl.hujson"},
        )
    return fs.logs(t0)


def alnum5(r: random.Random) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"
    return "".join(r.choice(chars) for _ in range(5))


# ---------------------------------------------------------------------------------- nebula

NB_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")
NB_HS1 = "map[stage:1 style:ix_psk0]"
NB_HS2 = "map[stage:2 style:ix_psk0]"
NB_SERVERS = {
    # host: (vpn ip, public udp address, pid)
    "lighthouse1": ("10.42.0.1", "203.0.113.10:4242", 645),
    "web01": ("10.42.1.10", "198.51.100.21:4242", 1021),
    "db01": ("10.42.1.20", "198.51.100.22:4242", 733),
    "gw-office": ("10.42.2.1", "192.0.2.55:4242", 512),
}
NB_RULES = {
    "lighthouse1": ["outgoing:0:0:0:any:", "incoming:1:0:0:any:"],
    "web01": [
        "outgoing:0:0:0:any:",
        "incoming:1:0:0:any:",
        "incoming:6:443:443:any:",
        "incoming:6:80:80:any:",
        "incoming:6:22:22::[admins]",
    ],
    "db01": [
        "outgoing:0:0:0:any:",
        "incoming:1:0:0:any:",
        "incoming:6:5432:5432::[web]",
        "incoming:6:22:22::[admins]",
    ],
    "gw-office": ["outgoing:0:0:0:any:", "incoming:1:0:0:any:", "incoming:0:0:0::[staff]"],
}


def nb_val(v: object) -> str:
    s = str(v).lower() if isinstance(v, bool) else str(v)
    if s and all(c in NB_SAFE for c in s):
        return s
    return (
        '"'
        + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        + '"'
    )


def nb_rule(spec: str) -> str:
    direction, proto, start, end, host, groups = spec.split(":")
    return f"map[caName: caSha: direction:{direction} endPort:{end} groups:{groups or '[]'} host:{host} ip: localIp: proto:{proto} startPort:{start}]"


def nebula(r: random.Random) -> list[Log]:
    """Nebula 1.8 on four servers (`journalctl -u nebula` on lighthouse1, web01, db01 and the
    office gateway gw-office), 06:00 to 12:00: ten laptops and six phones handshaking with the
    lighthouse and web01 as they wake, sleep (tunnels found dead), roam between networks and
    shut down (close tunnel), developers' laptops reaching db01, home laptops reaching the
    office; web01 still handshaking with a decommissioned host every five minutes (timing out),
    a revoked laptop refused by the lighthouse at 07:45, the office uplink down 08:45-08:58
    (packets and handshakes failing to send, the gateway's tunnels dead, handshakes again), a
    typo in db01's config on reload at 09:30 and the fixed firewall at 09:34, web01 rebooted at
    10:40."""
    fs = Files()
    issuer = hexid(r, 64)
    pids = {h: p for h, (_v, _a, p) in NB_SERVERS.items()}

    def J(h: str, t: datetime, level: str, msg: str, fields: dict[str, object]) -> datetime:
        tail = "".join(f" {k}={nb_val(fields[k])}" for k in sorted(fields))
        pid = pids[h]
        return fs.add(
            f"{h}.log",
            t,
            msg,
            lambda x: [
                f'{journal_ts(x)} {h} nebula[{pid}]: time="{x:%Y-%m-%dT%H:%M:%SZ}" level={level} msg={nb_val(msg)}{tail}'
            ],
            (h, pid),
            1_000_000,
        )

    def idx() -> int:
        return r.randint(10**8, 4294967295)

    clients: list[dict[str, object]] = []
    for i, name in enumerate(
        [
            "anna-laptop",
            "bob-mbp",
            "carla-xps",
            "dan-fw13",
            "eva-mba",
            "felix-tp",
            "gina-surface",
            "hugo-mbp",
            "ines-lat",
            "jonas-mbp",
            "kim-xps",
            "lars-tp",
        ]
    ):
        clients.append(
            {
                "name": name,
                "ip": f"10.42.10.{11 + i}",
                "fp": hexid(r, 64),
                "kind": "laptop",
                "dev": name in ("dan-fw13", "felix-tp"),
                "home": f"{r.choice(['84.', '91.', '178.', '2.'])}{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}",
            }
        )
    for i, name in enumerate(
        [
            "anna-pixel",
            "bob-iphone",
            "carla-iphone",
            "dan-pixel",
            "eva-iphone",
            "felix-s23",
            "gina-iphone",
            "hugo-iphone",
            "ines-pixel",
            "kim-iphone",
        ]
    ):
        clients.append(
            {
                "name": name,
                "ip": f"10.42.20.{11 + i}",
                "fp": hexid(r, 64),
                "kind": "phone",
                "dev": False,
                "home": "",
            }
        )
    tunnels: dict[tuple[str, str], tuple[int, int, str]] = {}
    t0, t1 = at(6, 0), at(12, 0)
    reboot = (at(10, 40, 12), at(10, 41, 31))
    uplink = (at(8, 45, 3), at(8, 58, 20))

    def web_up(t: datetime) -> bool:
        return not reboot[0] - sec(2) <= t < reboot[1] + sec(20)

    def respond(h: str, t: datetime, c: dict[str, object], addr: str) -> datetime:
        ini, resp = idx(), idx()
        base = {
            "certName": c["name"],
            "fingerprint": c["fp"],
            "initiatorIndex": ini,
            "issuer": issuer,
            "remoteIndex": 0,
            "udpAddr": addr,
            "vpnIp": c["ip"],
        }
        t = J(
            h,
            t,
            "info",
            "Handshake message received",
            {**base, "handshake": NB_HS1, "responderIndex": 0},
        )
        t = J(
            h,
            t + sec(0.001),
            "info",
            "Handshake message sent",
            {**base, "handshake": NB_HS2, "responderIndex": resp, "sentCachedPackets": 0},
        )
        tunnels[(h, str(c["ip"]))] = (resp, ini, addr)
        return t

    def initiate(h: str, t: datetime, name: str, vip: str, addrs: list[str], fp: str) -> datetime:
        ini, resp = idx(), idx()
        t = J(
            h,
            t,
            "info",
            "Handshake message sent",
            {
                "handshake": NB_HS1,
                "initiatorIndex": ini,
                "localIndex": ini,
                "remoteIndex": 0,
                "udpAddrs": "[" + " ".join(addrs) + "]",
                "vpnIp": vip,
            },
        )
        d = r.uniform(0.004, 0.09)
        t = J(
            h,
            t + sec(d),
            "info",
            "Handshake message received",
            {
                "certName": name,
                "durationNs": int(d * 1e9) + r.randint(0, 999),
                "fingerprint": fp,
                "handshake": NB_HS2,
                "initiatorIndex": ini,
                "issuer": issuer,
                "remoteIndex": ini,
                "responderIndex": resp,
                "sentCachedPackets": 1,
                "udpAddr": addrs[0],
                "vpnIp": vip,
            },
        )
        tunnels[(h, vip)] = (ini, resp, addrs[0])
        return t

    def hostfields(h: str, vip: str) -> dict[str, object]:
        li, ri, _a = tunnels[(h, vip)]
        return {"localIndex": li, "remoteIndex": ri, "vpnIp": vip}

    def where(c: dict[str, object], t: datetime) -> str:
        if c["kind"] == "phone":
            return f"{r.choice(['100.64.', '10.151.', '172.56.'])}{r.randint(0, 255)}.{r.randint(1, 254)}:{r.randint(1024, 65535)}"
        if t >= at(8, 40) and c["name"] in ("anna-laptop", "carla-xps", "eva-mba", "hugo-mbp"):
            return f"192.0.2.55:{r.randint(30000, 61000)}"
        return f"{c['home']}:{r.choice([4242, r.randint(1024, 65535)])}"

    def session(c: dict[str, object], t: datetime, stop: datetime, how: str) -> None:
        addr = where(c, t)
        peers = ["lighthouse1"]
        if r.random() < 0.85:
            peers.append("web01")
        if c["dev"] and r.random() < 0.8:
            peers.append("db01")
        if c["kind"] == "laptop" and not str(addr).startswith("192.0.2.55") and r.random() < 0.6:
            peers.append("gw-office")
        tt = t
        live: dict[str, list[object]] = {}
        for h in peers:
            if h == "web01" and not web_up(tt):
                continue
            if h == "gw-office" and uplink[0] - sec(30) <= tt < uplink[1] + sec(30):
                continue
            tt = respond(h, tt + sec(r.uniform(0.02, 1.5)), c, addr)
            li, ri, _a = tunnels.pop((h, str(c["ip"])))
            live[h] = [li, ri, addr, tt]

        def alive(h: str, x: datetime) -> bool:
            born = live[h][3]
            assert isinstance(born, datetime)
            if h == "web01" and born < reboot[1] and x >= reboot[0]:
                return False
            return not (h == "gw-office" and born < uplink[1] and x >= uplink[0])

        def fields(h: str) -> dict[str, object]:
            li, ri, _a, _b = live[h]
            return {"certName": c["name"], "localIndex": li, "remoteIndex": ri, "vpnIp": c["ip"]}

        # roaming laptops change network once in a while
        if c["kind"] == "laptop" and r.random() < 0.25:
            tr = t + sec((stop - t).total_seconds() * r.uniform(0.2, 0.8))
            new = where(c, tr)
            for h in live:
                if alive(h, tr):
                    J(
                        h,
                        tr + sec(r.uniform(0, 2)),
                        "info",
                        "Host roamed to new udp ip/port.",
                        {**fields(h), "newAddr": new, "udpAddr": live[h][2]},
                    )
                    live[h][2] = new
        for h in live:
            if h == "gw-office" and not alive(h, stop) and live[h][3] < uplink[0]:
                J(
                    h,
                    uplink[0] + sec(r.uniform(20, 50)),
                    "info",
                    "Tunnel status",
                    {**fields(h), "tunnelCheck": "map[method:active state:dead]"},
                )
                continue
            if stop >= t1 or not alive(h, stop):
                continue
            if how == "dead":
                J(
                    h,
                    stop + sec(r.uniform(8, 24)),
                    "info",
                    "Tunnel status",
                    {**fields(h), "tunnelCheck": "map[method:active state:dead]"},
                )
            else:
                J(
                    h,
                    stop + sec(r.uniform(0.01, 0.6)),
                    "info",
                    "Close tunnel received, tearing down.",
                    {**fields(h), "udpAddr": live[h][2]},
                )

    for c in clients:
        if c["kind"] == "phone":
            t = at(6, 15) + sec(r.uniform(0, 3000))
            while t < t1:
                stop = t + sec(r.expovariate(1 / 480) + 60)
                session(c, t, stop, "dead")
                t = stop + sec(r.expovariate(1 / 240) + 30)
        else:
            t = at(7, 0) + sec(r.triangular(0, 8000, 3000))
            while t < t1:
                stop = t + sec(r.expovariate(1 / 2400) + 300)
                session(c, t, stop, "close" if r.random() < 0.5 else "dead")
                t = stop + sec(r.expovariate(1 / 600) + 60)

    # web01 and db01 keep a tunnel; web01 re-handshakes with everything after its reboot
    dbfp, webfp, lhfp, gwfp = hexid(r, 64), hexid(r, 64), hexid(r, 64), hexid(r, 64)
    tunnels[("web01", "10.42.1.20")] = (idx(), idx(), NB_SERVERS["db01"][1])
    tunnels[("db01", "10.42.1.10")] = (idx(), idx(), NB_SERVERS["web01"][1])
    tunnels[("lighthouse1", "10.42.1.10")] = (idx(), idx(), NB_SERVERS["web01"][1])
    tunnels[("lighthouse1", "10.42.2.1")] = (idx(), idx(), NB_SERVERS["gw-office"][1])
    tunnels[("web01", "10.42.2.1")] = (idx(), idx(), NB_SERVERS["gw-office"][1])
    tunnels[("gw-office", "10.42.0.1")] = (idx(), idx(), NB_SERVERS["lighthouse1"][1])
    tunnels[("gw-office", "10.42.1.10")] = (idx(), idx(), NB_SERVERS["web01"][1])

    # a decommissioned host still called from web01's cron job
    t = at(6, 3, 11)
    while t < t1:
        if web_up(t) and web_up(t + sec(25)):
            ini = idx()
            tt = J(
                "web01",
                t,
                "info",
                "Handshake message sent",
                {
                    "handshake": NB_HS1,
                    "initiatorIndex": ini,
                    "localIndex": ini,
                    "remoteIndex": 0,
                    "udpAddrs": "[198.51.100.37:4242]",
                    "vpnIp": "10.42.1.30",
                },
            )
            d = 21.1 + r.uniform(0, 0.3)
            J(
                "web01",
                tt + sec(d),
                "info",
                "Handshake timed out",
                {
                    "durationNs": int(d * 1e9) + r.randint(0, 99999),
                    "handshake": NB_HS1,
                    "initiatorIndex": ini,
                    "localIndex": ini,
                    "remoteIndex": 0,
                    "udpAddrs": "[198.51.100.37:4242]",
                    "vpnIp": "10.42.1.30",
                },
            )
        t += sec(300 + r.uniform(-0.5, 0.5))

    # a revoked laptop's certificate (blocklisted) at the lighthouse
    old = {"name": "kai-laptop-old", "fp": hexid(r, 64)}
    cert = (
        'NebulaCertificate {\n\tDetails {\n\t\tName: kai-laptop-old\n\t\tIps: [\n\t\t\t10.42.10.9/16\n\t\t]\n\t\tSubnets: []\n\t\tGroups: [\n\t\t\t"staff"\n\t\t]\n'
        f"\t\tNot before: 2023-06-01 09:12:44 +0000 UTC\n\t\tNot After: 2024-12-01 09:12:43 +0000 UTC\n\t\tIs CA: false\n\t\tIssuer: {issuer}\n\t\tPublic key: {hexid(r, 64)}\n\t\tCurve: CURVE25519\n\t}}\n"
        f"\tFingerprint: {old['fp']}\n\tSignature: {hexid(r, 128)}\n}}"
    )
    t = at(7, 45, 9)
    for _k in range(9):
        J(
            "lighthouse1",
            t,
            "info",
            "Invalid certificate from host",
            {
                "cert": cert,
                "error": "certificate is in the block list",
                "handshake": NB_HS1,
                "udpAddr": f"91.64.{r.randint(1, 250)}.{r.randint(1, 250)}:4242",
            },
        )
        t += sec(r.uniform(20, 75))

    # the office uplink goes down: the gateway cannot send, its peers find it dead
    gw = "gw-office"
    t = uplink[0] + sec(2)
    while t < uplink[1]:
        vip, name = r.choice([("10.42.0.1", "lighthouse1"), ("10.42.1.10", "web01")])
        key = (gw, vip)
        if key not in tunnels:
            ini = idx()
            J(
                gw,
                t,
                "error",
                "Failed to send handshake message",
                {
                    "error": "sendmsg: network is unreachable",
                    "handshake": NB_HS1,
                    "initiatorIndex": ini,
                    "localIndex": ini,
                    "remoteIndex": 0,
                    "udpAddr": NB_SERVERS[name][1],
                    "vpnIp": vip,
                },
            )
        else:
            li, ri, a = tunnels[key]
            J(
                gw,
                t,
                "error",
                "Failed to write outgoing packet",
                {
                    "certName": name,
                    "error": "sendmsg: network is unreachable",
                    "localIndex": li,
                    "remoteIndex": ri,
                    "udpAddr": a,
                    "vpnIp": vip,
                },
            )
            if t > uplink[0] + sec(40) and r.random() < 0.12:
                J(
                    gw,
                    t + sec(1),
                    "info",
                    "Tunnel status",
                    {
                        "certName": name,
                        "localIndex": li,
                        "remoteIndex": ri,
                        "tunnelCheck": "map[method:active state:dead]",
                        "vpnIp": vip,
                    },
                )
                tunnels.pop(key)
        t += sec(r.uniform(4, 14))
    for h in ("lighthouse1", "web01"):
        if (h, "10.42.2.1") in tunnels:
            J(
                h,
                uplink[0] + sec(r.uniform(25, 40)),
                "info",
                "Tunnel status",
                {
                    **hostfields(h, "10.42.2.1"),
                    "certName": gw,
                    "tunnelCheck": "map[method:active state:dead]",
                },
            )
            tunnels.pop((h, "10.42.2.1"))
    t = uplink[1] + sec(3)
    for h, fp in (("lighthouse1", lhfp), ("web01", webfp)):
        tunnels.pop((gw, NB_SERVERS[h][0]), None)
        t = initiate(gw, t + sec(0.3), h, NB_SERVERS[h][0], [NB_SERVERS[h][1]], fp)
        gwc = {"name": gw, "ip": "10.42.2.1", "fp": gwfp}
        respond(h, t, gwc, "192.0.2.55:4242")

    # db01's firewall change: first with a YAML error
    for ts, bad in ((at(9, 30, 44), True), (at(9, 34, 10), False)):
        t = J("db01", ts, "info", "Caught HUP, reloading config", {})
        if bad:
            J(
                "db01",
                t,
                "error",
                "Error occurred while reloading config",
                {
                    "config_path": "/etc/nebula/config.yml",
                    "error": "yaml: line 71: found character that cannot start any token",
                },
            )
            continue
        for spec in NB_RULES["db01"] + ["incoming:6:9187:9187::[monitoring]"]:
            t = J("db01", t, "info", "Firewall rule added", {"firewallRule": nb_rule(spec)})
        J(
            "db01",
            t,
            "info",
            "New firewall has been installed",
            {
                "firewallHashes": f"SHA:{hexid(r, 64)},FNV:{r.randint(10**9, 4 * 10**9)}",
                "oldFirewallHashes": f"SHA:{hexid(r, 64)},FNV:{r.randint(10**9, 4 * 10**9)}",
                "rulesVersion": 1,
            },
        )

    # web01 reboots: close tunnels to its peers, start again
    t = J("web01", reboot[0], "info", "Caught signal, shutting down", {"signal": "terminated"})
    for (h, vip), _v in list(tunnels.items()):
        if vip == "10.42.1.10":
            J(
                h,
                reboot[0] + sec(r.uniform(0.01, 0.2)),
                "info",
                "Close tunnel received, tearing down.",
                {**hostfields(h, vip), "certName": "web01", "udpAddr": NB_SERVERS["web01"][1]},
            )
            tunnels.pop((h, vip))
    J("web01", t, "info", "Goodbye", {})
    for k in [k for k in tunnels if k[0] == "web01"]:
        tunnels.pop(k)
    pids["web01"] = 698
    t = reboot[1]
    for spec in NB_RULES["web01"]:
        t = J("web01", t, "info", "Firewall rule added", {"firewallRule": nb_rule(spec)})
    t = J(
        "web01",
        t,
        "info",
        "Firewall started",
        {"firewallHashes": f"SHA:{hexid(r, 64)},FNV:{r.randint(10**9, 4 * 10**9)}"},
    )
    t = J(
        "web01",
        t,
        "info",
        "Main HostMap created",
        {"network": "10.42.1.10/16", "preferredRanges": "[]"},
    )
    t = J("web01", t, "info", "punchy enabled", {})
    t = J("web01", t, "info", "Loaded send_recv_error config", {"sendRecvError": "always"})
    t = J(
        "web01",
        t,
        "info",
        "Nebula interface is active",
        {
            "boringcrypto": False,
            "build": "1.8.2",
            "interface": "nebula1",
            "network": "10.42.1.10/16",
            "udpAddr": "0.0.0.0:4242",
        },
    )
    webc = {"name": "web01", "ip": "10.42.1.10", "fp": webfp}
    for h, fp in (("lighthouse1", lhfp), ("db01", dbfp)):
        t = initiate("web01", t + sec(0.4), h, NB_SERVERS[h][0], [NB_SERVERS[h][1]], fp)
        respond(h, t, webc, NB_SERVERS["web01"][1])
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- gatus

# (group, name, interval in seconds, usual duration range in seconds, which instances)
GT_ENDPOINTS = [
    ("core", "api", 60, (0.04, 0.18), ("fra", "nyc")),
    ("core", "Website Frontend", 60, (0.09, 0.45), ("fra",)),
    ("core", "auth", 120, (0.03, 0.12), ("fra", "nyc")),
    ("core", "checkout", 120, (0.12, 0.6), ("fra",)),
    ("databases", "postgres-primary", 300, (0.001, 0.004), ("fra",)),
    ("databases", "redis", 300, (0.0005, 0.002), ("fra",)),
    ("external", "stripe-api", 300, (0.18, 0.42), ("fra", "nyc")),
    ("external", "S3 eu-central-1", 300, (0.05, 0.2), ("fra",)),
    ("dns", "resolver-1", 300, (0.002, 0.02), ("fra", "nyc")),
    ("internal", "grafana", 120, (0.02, 0.09), ("fra",)),
]
GT_ALERTS = {
    # endpoint: [(type, description, failure threshold, success threshold)]
    "api": [("slack", "api is unhealthy", 3, 2), ("pagerduty", "api is down", 5, 2)],
    "auth": [
        ("slack", "auth failed 3 checks in a row", 3, 2),
        ("pagerduty", "auth is down", 3, 2),
        ("email", "auth is down", 3, 2),
    ],
    "checkout": [("slack", "checkout degraded", 2, 3)],
    "postgres-primary": [("slack", "postgres primary unreachable", 1, 1)],
}


def gatus(r: random.Random) -> list[Log]:
    """Two Gatus 5.11 containers watching a shop (`gatus-fra.log`, `gatus-nyc.log`: `docker
    logs`, Go's log package), 06:00 to 12:00: auth down 07:20-07:38 (alerts triggered and
    resolved; nyc's PagerDuty integration key wrong, its e-mail provider never configured),
    checkout slow 08:10-08:25, the PostgreSQL that holds fra's results restarted 08:50-09:04
    (every insert failing), a YAML error in fra's configuration at 09:40 skipped and the fixed
    file at 09:46 loaded (every watchdog cancelled and started again), nyc without
    connectivity 10:12-10:15, nyc's container recreated at 11:00."""
    fs = Files()

    def G(inst: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"gatus-{inst}.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"],
            inst,
            1_000_000,
        )

    t0, t1 = at(6, 0), at(12, 0)
    auth_down = (at(7, 20, 30), at(7, 38, 10))
    slow = (at(8, 10), at(8, 25))
    pg_down = (at(8, 50, 20), at(9, 4, 5))
    no_conn = (at(10, 12, 20), at(10, 15, 40))
    reloads = {"fra": [at(9, 40, 31), at(9, 46, 1)], "nyc": [at(11, 0, 7)]}
    providers = {"fra": "[slack pagerduty]", "nyc": "[slack pagerduty]"}
    ignored = {"fra": "[]", "nyc": "[email]"}
    mine = {inst: [e for e in GT_ENDPOINTS if inst in e[4]] for inst in ("fra", "nyc")}

    def boot(inst: str, t: datetime) -> datetime:
        t = G(
            inst,
            t,
            "[config.LoadConfiguration] Reading configuration from configFile=%s",
            "[config.LoadConfiguration] Reading configuration from configFile=config/config.yaml",
        )
        t = G(
            inst,
            t,
            "[config.validateAlertingConfig] configuredProviders=%s; ignoredProviders=%s",
            f"[config.validateAlertingConfig] configuredProviders={providers[inst]}; ignoredProviders={ignored[inst]}",
        )
        t = G(
            inst,
            t,
            "[config.validateEndpointsConfig] Validated %d endpoints",
            f"[config.validateEndpointsConfig] Validated {len(mine[inst])} endpoints",
        )
        return G(
            inst,
            t,
            "[controller.Handle] Listening on %s",
            "[controller.Handle] Listening on 0.0.0.0:8080",
        )

    def cancel_all(inst: str, t: datetime) -> datetime:
        for g, n, *_x in mine[inst]:
            t = G(
                inst,
                t + sec(0.001),
                "[watchdog.monitor] Canceling current execution of group=%s; endpoint=%s",
                f"[watchdog.monitor] Canceling current execution of group={g}; endpoint={n}",
            )
        return t

    # restarts and reloads: when each instance's watchdogs stop and start again
    gaps: dict[str, list[tuple[datetime, datetime]]] = {"fra": [], "nyc": []}
    t = G(
        "fra",
        reloads["fra"][0],
        "[main.listenToConfigurationFileChanges] Configuration file has been modified",
        "[main.listenToConfigurationFileChanges] Configuration file has been modified",
    )
    t = cancel_all("fra", t)
    t = G(
        "fra",
        t + sec(1.02),
        "[config.LoadConfiguration] Reading configuration from configFile=%s",
        "[config.LoadConfiguration] Reading configuration from configFile=config/config.yaml",
    )
    t = G(
        "fra",
        t,
        "[main.listenToConfigurationFileChanges] Unable to load new configuration due to error=%s",
        "[main.listenToConfigurationFileChanges] Unable to load new configuration due to error=yaml: line 87: did not find expected key",
    )
    t = G(
        "fra",
        t,
        "[main.listenToConfigurationFileChanges] Failed to load new configuration; skipping update",
        "[main.listenToConfigurationFileChanges] Failed to load new configuration; skipping update",
    )
    t = G(
        "fra",
        t,
        "[controller.Handle] Listening on %s",
        "[controller.Handle] Listening on 0.0.0.0:8080",
    )
    gaps["fra"].append((reloads["fra"][0], t))
    t = G(
        "fra",
        reloads["fra"][1],
        "[main.listenToConfigurationFileChanges] Configuration file has been modified",
        "[main.listenToConfigurationFileChanges] Configuration file has been modified",
    )
    t = cancel_all("fra", t)
    t = boot("fra", t + sec(1.02))
    gaps["fra"].append((reloads["fra"][1], t))
    t = G(
        "nyc",
        reloads["nyc"][0],
        "Received termination signal, attempting to gracefully shut down",
        "Received termination signal, attempting to gracefully shut down",
    )
    t = cancel_all("nyc", t)
    G("nyc", t + sec(0.2), "Shutting down", "Shutting down")
    t = boot("nyc", t + sec(38.4))
    gaps["nyc"].append((reloads["nyc"][0], t))

    for inst in ("fra", "nyc"):
        for k, (g, n, every, (lo, hi), _where) in enumerate(mine[inst]):
            fails = 0
            succ = 0
            triggered: set[str] = set()
            t = t0 + sec(k * 0.777 + r.uniform(0, every))
            while t < t1:
                gap = next(((a, b) for a, b in gaps[inst] if a - sec(0.5) <= t < b + sec(1)), None)
                if gap is not None:
                    t = gap[1] + sec(1.05 + 0.777 * k)
                    continue
                if inst == "nyc" and no_conn[0] <= t < no_conn[1]:
                    G(
                        inst,
                        t,
                        "[watchdog.execute] No connectivity; skipping execution",
                        "[watchdog.execute] No connectivity; skipping execution",
                    )
                    t += sec(every)
                    continue
                ok = True
                dur = r.uniform(lo, hi)
                if n == "auth" and auth_down[0] <= t < auth_down[1]:
                    ok, dur = False, r.uniform(0.001, 0.006)
                if n == "checkout" and slow[0] <= t < slow[1]:
                    dur = r.uniform(1.4, 3.8)
                    ok = dur < 2.0
                if n == "postgres-primary" and pg_down[0] <= t < pg_down[1]:
                    ok, dur = False, r.uniform(0.0004, 0.002)
                if n == "api" and inst == "nyc" and r.random() < 0.004:
                    ok, dur = False, 10.0 + r.uniform(0, 0.01)
                errs = 0 if ok else (2 if n == "checkout" else 1)
                te = G(
                    inst,
                    t + sec(dur),
                    "[watchdog.execute] Monitored group=%s; endpoint=%s; success=%v; errors=%d; duration=%s",
                    f"[watchdog.execute] Monitored group={g}; endpoint={n}; success={str(ok).lower()}; errors={errs}; duration={go_ms(dur)}",
                )
                if inst == "fra" and pg_down[0] <= t < pg_down[1]:
                    te = G(
                        inst,
                        te,
                        "[watchdog.UpdateEndpointStatuses] Failed to insert result in storage: dial tcp %s: connect: connection refused",
                        "[watchdog.UpdateEndpointStatuses] Failed to insert result in storage: dial tcp 10.0.3.5:5432: connect: connection refused",
                    )
                if ok:
                    succ, fails = succ + 1, 0
                    for typ, desc, _f, sthr in GT_ALERTS.get(n, []):
                        if typ in triggered and succ >= sthr:
                            triggered.discard(typ)
                            te = G(
                                inst,
                                te,
                                "[watchdog.handleAlertsToResolve] Sending %s alert because alert for endpoint=%s with description='%s' has been RESOLVED",
                                f"[watchdog.handleAlertsToResolve] Sending {typ} alert because alert for endpoint={n} with description='{desc}' has been RESOLVED",
                            )
                            if typ == "pagerduty" and inst == "nyc":
                                te = G(
                                    inst,
                                    te + sec(0.3),
                                    "[watchdog.handleAlertsToResolve] Failed to send an alert for endpoint=%s: call to provider alert returned status code %d: %s",
                                    f'[watchdog.handleAlertsToResolve] Failed to send an alert for endpoint={n}: call to provider alert returned status code 400: {{"status":"invalid event","message":"Event object is invalid","errors":["Length of \'routing_key\' is incorrect (should be 32 characters)"]}}',
                                )
                else:
                    fails, succ = fails + 1, 0
                    for typ, desc, fthr, _s in GT_ALERTS.get(n, []):
                        if typ in triggered or fails < fthr:
                            continue
                        if typ == "email" and inst == "nyc":
                            te = G(
                                inst,
                                te,
                                "[watchdog.handleAlertsToResolve] Not sending alert of type=%s despite being TRIGGERED, because the provider wasn't configured properly",
                                f"[watchdog.handleAlertsToResolve] Not sending alert of type={typ} despite being TRIGGERED, because the provider wasn't configured properly",
                            )
                            continue
                        if typ == "email":
                            continue
                        te = G(
                            inst,
                            te,
                            "[watchdog.handleAlertsToTrigger] Sending %s alert because alert for endpoint=%s with description='%s' has been TRIGGERED",
                            f"[watchdog.handleAlertsToTrigger] Sending {typ} alert because alert for endpoint={n} with description='{desc}' has been TRIGGERED",
                        )
                        if typ == "pagerduty" and inst == "nyc":
                            te = G(
                                inst,
                                te + sec(0.3),
                                "[watchdog.handleAlertsToTrigger] Failed to send an alert for endpoint=%s: call to provider alert returned status code %d: %s",
                                f'[watchdog.handleAlertsToTrigger] Failed to send an alert for endpoint={n}: call to provider alert returned status code 400: {{"status":"invalid event","message":"Event object is invalid","errors":["Length of \'routing_key\' is incorrect (should be 32 characters)"]}}',
                            )
                            continue
                        triggered.add(typ)
                t += sec(every) + (te - t)
    return fs.logs(t0)


SYSTEMS = {
    "technitium": technitium,
    "blocky": blocky,
    "headscale": headscale,
    "nebula": nebula,
    "gatus": gatus,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

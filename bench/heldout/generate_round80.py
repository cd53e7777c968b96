#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 80 (modsecurity, sshguard, cisco-asa, f5-bigip, ulogd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock; the second-resolution logs take their seconds from a microsecond clock, so a burst
shares a second as a real one does). Five security and network logs, each its own layout:

- ModSecurity 2.9.7 with the OWASP CRS 3.3.5 (anomaly scoring, paranoia level 1) inside
  Apache 2.4.59's error log on two web servers (`www1-error.log`, `www2-error.log`, 06:00 to
  11:00): `[Tue Jun 04 07:10:02.118220 2024] [security2:error] [pid 31221:tid 140212...]
  [client 198.51.100.7:51234] [client 198.51.100.7] ModSecurity: Warning. Matched phrase
  "nikto" at REQUEST_HEADERS:User-Agent. [file "..."] [line "34"] [id "913100"] [msg "..."]
  [data "..."] [severity "CRITICAL"] [ver "OWASP_CRS/3.3.5"] [tag "..."]... [hostname "..."]
  [uri "..."] [unique_id "..."]`. Bots probing the servers by address (920350, the bulk),
  scanners (913100), `.git` and backup files (930130, 920440), path traversal (930110,
  930120), SQL injection from sqlmap (942100, 942190), XSS (941100, 941110), shell code
  (932160), WebDAV methods (911100); each blocked request ends with 949110's `Access denied
  with code 403 (phase 2).` and 980130's correlation line; an editor's HTML comments blocked
  by 941180 (a false positive) until an exclusion and a graceful restart; a mobile app release
  sending broken JSON (200002, `Access denied with code 400`); PCRE limits on long search
  posts (`Rule %pp [id ...] - Execution error - PCRE limits exceeded (-8): (null).`); uploads
  over the body limit; Apache's own lines (start-up and the ModSecurity version lines at
  `notice`, logrotate's graceful restart, `AH01630: client denied`, PHP-FPM timing out and
  restarting: `AH01075`, `AH02454`, `AH01079`).
- sshguard 2.4.2 in two hosts' auth.log (`mail-auth.log`: Ubuntu 22.04's rsyslog, `Jun  4
  06:00:01 mail sshd[1234]: ...`, password logins allowed for SFTP users; `git-auth.log`:
  Debian 12's rsyslog, RFC 3339 times with microseconds, keys only): sshguard logs at NOTICE
  and above (`Attack from "%s" on service %d with danger %u.`, `Blocking "%s/%u" for %lld secs
  (...)`, `Blocking "%s/%u" forever (...)`, the last after the blacklist threshold), after the
  sshd lines it reads: invalid users, failed passwords (pam_unix's `check pass; user unknown`
  and `authentication failure; ...` with and without `  user=`), `Connection closed by
  authenticating user`, `maximum authentication attempts exceeded`, `kex_exchange_identification`,
  `banner exchange`, `Unable to negotiate`; a CI runner's key logins with pam_unix's and
  systemd-logind's session lines, developers, hourly cron; a user blocked after three typos,
  a botnet spraying mail's root and common names at 08:10, a persistent attacker blocked for
  120, 240, 480 seconds and then forever, an IPv6 scanner on git, sshd restarted on git.
- A Cisco ASA 5516-X HA pair (ASA 9.16) logging at informational to rsyslog (`fw-edge-a.log`,
  `fw-edge-b.log`: `Jun  4 06:00:01 fw-edge-a %ASA-6-302013: Built inbound TCP connection
  1830245 for outside:198.51.100.7/51234 (198.51.100.7/51234) to dmz:10.1.1.10/443
  (203.0.113.10/443)`): connections built and torn down (TCP, UDP, ICMP) with their PAT
  translations, ACL denies of the internet's scans (106023, 106015, 106001, 313001, threat
  detection's 733100), AnyConnect users (AAA, parent session, address assigned, SVC
  connections, disconnects; a password spray at 10:00), an IKEv2 peer down for half an hour
  (750003) and its SAs created, admins' SSH logins and commands (605005, 111008, 111010),
  internet SSH to the outside interface refused (710003, 605004), and a failover at 09:12
  when fw-edge-a's inside link drops (411002, 105008, 105009, 104002, 104001), after which
  fw-edge-b logs the traffic.
- F5 BIG-IP LTM 16.1 on an HA pair (`bigip1-ltm`, `bigip2-ltm`: /var/log/ltm, `Jun  4 06:00:01
  bigip1 warning tmm2[18452]: 01260013:4: SSL Handshake failed for TCP 198.51.100.5:51234 ->
  10.0.0.10:443`, the level word after the host, the message id and its severity digit before
  the text): TLS handshakes failing from scanners and old clients (the bulk), `Limiting closed
  port RST response`, `Clock advanced by %d ticks`, monitors marking a web pool member down
  (a 503) and up, the API pool losing all its members (`No members available for pool`, the
  virtual server unavailable) and recovering, an iRule's log lines (slow responses), an iRule
  change that fails with a TCL error on every request until it is reverted (mcpd's AUDIT
  lines), SNAT port exhaustion during a batch with the sweeper's aggressive mode, oversized
  HTTP headers from one client, the HA peer's status updates lost for a minute.
- ulogd 2.0.8 on a Debian office gateway (`syslogemu.log.1`, `syslogemu.log`: the LOGEMU
  output of nftables' `log group 0 prefix "..."` rules, rotated at 06:25, `Jun  4 06:00:01 gw1
  [nft-in-drop] IN=enp1s0 OUT= MAC=... SRC=... DST=... LEN=60 TOS=00 PREC=0x00 TTL=50
  ID=54321 DF PROTO=TCP SPT=51234 DPT=22 SEQ=... ACK=0 WINDOW=64240 SYN URGP=0 MARK=0 `;
  `ulogd.log`: its own `Tue Jun  4 06:25:02 2024 <5> ulogd.c:1163 msg` lines at loglevel 3):
  the internet's scans of the WAN address (TCP, UDP, ICMP, IPv6), invalid packets, an
  admin's SSH accepted and logged, an RDP port forward logged and brute-forced from the
  internet, an infected PC sending SMTP (forward drops), the IoT VLAN kept from the LAN, a
  ping flood over the rate limit, a SYN flood at 08:40 losing NFLOG events (`We are losing
  events, ...`, `Maximum buffer size ...`), logrotate's SIGHUP and a restart at 09:00.

Label notes. The rules of rounds 51 to 77 hold. Apache's time, module and level, `[pid
N:tid N]`, the error status before the client (`(70007)The timeout specified has expired: `),
`[client ip:port] ` and ModSecurity's own `[client ip] ` are context; syslog's time, host and
`prog[pid]: ` (and pam_unix's `pam_unix(sshd:auth): ` prefix, as round 61's) are context; the
ASA's `%ASA-6-302013: ` and BIG-IP's `01260013:4: ` are part of the label (as round 57's
`%FAC-SEV-MNEMONIC: `), BIG-IP's level word and `tmm2[pid]` are context; ulogd.log's ctime,
`<5>` and `file.c:line ` are context. A ModSecurity rule match is written by its rule, as a
Snort alert is: the disruptive prefix (`Warning.` or `Access denied with code 403 (phase 2).`),
the operator's message with the rule's own parameter, file, line, id, msg, severity, version
and tags come from the rule and are wording; the matched phrase, the variable's name (`ARGS:id`),
the data, macro expansions (`%{tx.anomaly_score}`'s value), hostname, uri and unique_id are
values; a request body error in `[data ...]` is a message and contributes its text. Where a
word is picked by branch it is wording (sshguard's `for %lld secs` / `forever`, OpenSSH's
`Failed password for %s` / `for invalid user %s`, pam_unix's optional `  user=%s`, BIG-IP's
`closed` / `open` port RST limits and `activated` / `deactivated`); where a message definition
takes a value from a table, it is a value (the ASA's `inbound`/`outbound`, a teardown reason,
a translation's protocol, `(Primary)`/`(Secondary)`). A monitor's `last error:` is a message
and contributes its format. ulogd's packet lines are structured records, labelled as round 57's
filterlog by the fields that say what happened: the rule's prefix, the IP version and the
protocol (`[nft-in-drop] IPv4 TCP`); TCP flags, ICMP types and everything else are values.

Sources: written from the helper's knowledge of each program, with a few texts checked
against public copies of the sources in this session: sshguard's `Attack from`, `Blocking`
lines and its log mask (NOTICE and above, so its INFO lines are never written); ulogd's
printpkt.c (the field order, `TOS=%02X`, no `RES=`, `SEQ=`/`ACK=` always, `MARK=%x`, the
trailing blank, ID/SEQ printed for ICMP code 0), LOGEMU's ctime-based time and its
`syslogemu: reopening logfile`, ulogd.c's `building new pluginstance stack: '%s'`, `ulogd
Version %s (re-)starting`, `signal received, calling pluginstances`, `Terminal signal received,
exiting`, `initialization finished, entering main loop`. Least sure: the CRS 3.3.5 rules' line
numbers, tags and operator texts (941180's and 942190's patterns, 911100's `Match of "within
%{tx.allowed_methods}" against "REQUEST_METHOD" required.`), 200002's data text, ModSecurity's
body-limit message, the ModSecurity start-up lines, which module name Apache prints
(`security2`); which sshd lines sshguard counts as attacks (taken: invalid user, failed
password, connection closed by an authenticating user, kex and banner errors, unable to
negotiate); the ASA's 104001/104002 reasons, 105009's text, 722022's and 113019's fields,
733100's spacing, 750003's error text; BIG-IP's 01260009 connection error text, the iRule log
prefix, 010c007e/010c007f, 01010038, the AUDIT line's layout, 011f0005's fields; ulogd's
NFLOG buffer messages and the source line numbers in ulogd.log. The nftables prefixes, the
iRule's own messages and the sites are invented, as a site's own would be. Run it only to
change the data on purpose: `python bench/heldout/generate_round80.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, syslog_ts
from generate_round52 import fill, secs
from generate_round55 import at, poisson
from generate_round77 import Files


def pub(r: random.Random) -> str:
    """An internet address outside the private and documentation ranges the sites use."""
    while True:
        a = r.choice(
            [
                5,
                23,
                31,
                37,
                45,
                46,
                61,
                77,
                80,
                85,
                89,
                91,
                92,
                103,
                104,
                109,
                112,
                116,
                117,
                118,
                122,
                134,
                138,
                141,
                143,
                152,
                157,
                159,
                161,
                162,
                164,
                165,
                167,
                170,
                175,
                176,
                178,
                179,
                180,
                183,
                185,
                188,
                193,
                194,
                195,
                211,
                212,
                218,
                221,
                222,
            ]
        )
        return f"{a}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"


def b64id(r: random.Random, n: int) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@-"
    return "".join(r.choice(chars) for _ in range(n))


def hms(sec: float) -> str:
    s = int(sec)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


# --------------------------------------------------------------------------------- modsecurity

CRS = "/usr/share/modsecurity-crs/rules"
CRS_VER = "OWASP_CRS/3.3.5"
WARN = "Warning."
DENY = "Access denied with code 403 (phase 2)."
MULTI = ["application-multi", "language-multi", "platform-multi"]
SEV_SCORE = {"CRITICAL": 5, "ERROR": 4, "WARNING": 3, "NOTICE": 2}


class Rule:
    """A CRS rule as ModSecurity 2 logs its match: the operator's message, then the rule's
    metadata (`%s` where the log holds a run-time value)."""

    def __init__(
        self,
        rid: str,
        file: str,
        line: int,
        msg: str,
        sev: str | None,
        tags: list[str],
        op: str,
        data: str | None,
        pre: str = WARN,
        cat: str = "",
        ver: bool = True,
    ) -> None:
        self.rid, self.sev, self.cat, self.pre = rid, sev, cat, pre
        meta = f'[file "{file}"] [line "{line}"] [id "{rid}"] [msg "{msg}"]'
        if data is not None:
            meta += f' [data "{data}"]'
        if sev:
            meta += f' [severity "{sev}"]'
        if ver:
            meta += f' [ver "{CRS_VER}"]'
        meta += "".join(f' [tag "{t}"]' for t in tags)
        self.fmt = f'ModSecurity: {pre} {op} {meta} [hostname "%s"] [uri "%s"] [unique_id "%s"]'

    @property
    def score(self) -> int:
        return SEV_SCORE.get(self.sev or "", 0)


def _crs(n: str) -> str:
    return f"{CRS}/{n}"


R913100 = Rule(
    "913100",
    _crs("REQUEST-913-SCANNER-DETECTION.conf"),
    34,
    "Found User-Agent associated with security scanner",
    "CRITICAL",
    [
        *MULTI,
        "attack-reputation-scanner",
        "paranoia-level/1",
        "OWASP_CRS",
        "capec/1000/118/224/541/310",
        "PCI/6.5.10",
    ],
    'Matched phrase "%s" at REQUEST_HEADERS:User-Agent.',
    "Matched Data: %s found within REQUEST_HEADERS:User-Agent: %s",
    cat="HTTP",
)
R920350 = Rule(
    "920350",
    _crs("REQUEST-920-PROTOCOL-ENFORCEMENT.conf"),
    736,
    "Host header is a numeric IP address",
    "WARNING",
    [
        *MULTI,
        "attack-protocol",
        "paranoia-level/1",
        "OWASP_CRS",
        "capec/1000/210/272",
        "PCI/6.5.10",
    ],
    'Pattern match "^[\\\\d.:]+$" at REQUEST_HEADERS:Host.',
    "%s",
    cat="HTTP",
)
R920440 = Rule(
    "920440",
    _crs("REQUEST-920-PROTOCOL-ENFORCEMENT.conf"),
    1052,
    "URL file extension is restricted by policy",
    "CRITICAL",
    [
        *MULTI,
        "attack-protocol",
        "paranoia-level/1",
        "OWASP_CRS",
        "capec/1000/210/272",
        "PCI/6.5.10",
    ],
    'String match within "%s" at TX:extension.',
    "%s",
    cat="HTTP",
)
R911100 = Rule(
    "911100",
    _crs("REQUEST-911-METHOD-ENFORCEMENT.conf"),
    27,
    "Method is not allowed by policy",
    "CRITICAL",
    [
        *MULTI,
        "attack-generic",
        "paranoia-level/1",
        "OWASP_CRS",
        "capec/1000/210/272/220/274",
        "PCI/12.1",
    ],
    'Match of "within %{tx.allowed_methods}" against "REQUEST_METHOD" required.',
    "%s",
    cat="HTTP",
)
R930110 = Rule(
    "930110",
    _crs("REQUEST-930-APPLICATION-ATTACK-LFI.conf"),
    53,
    "Path Traversal Attack (/../)",
    "CRITICAL",
    [*MULTI, "attack-lfi", "paranoia-level/1", "OWASP_CRS", "capec/1000/255/153/126"],
    'Matched phrase "%s" at %s.',
    "Matched Data: %s found within %s: %s",
    cat="LFI",
)
R930120 = Rule(
    "930120",
    _crs("REQUEST-930-APPLICATION-ATTACK-LFI.conf"),
    79,
    "OS File Access Attempt",
    "CRITICAL",
    [*MULTI, "attack-lfi", "paranoia-level/1", "OWASP_CRS", "capec/1000/255/153/126", "PCI/6.5.4"],
    'Matched phrase "%s" at %s.',
    "Matched Data: %s found within %s: %s",
    cat="LFI",
)
R930130 = Rule(
    "930130",
    _crs("REQUEST-930-APPLICATION-ATTACK-LFI.conf"),
    106,
    "Restricted File Access Attempt",
    "CRITICAL",
    [*MULTI, "attack-lfi", "paranoia-level/1", "OWASP_CRS", "capec/1000/255/153/126", "PCI/6.5.4"],
    'Matched phrase "%s" at REQUEST_FILENAME.',
    "Matched Data: %s found within REQUEST_FILENAME: %s",
    cat="LFI",
)
R932160 = Rule(
    "932160",
    _crs("REQUEST-932-APPLICATION-ATTACK-RCE.conf"),
    496,
    "Remote Command Execution: Unix Shell Code Found",
    "CRITICAL",
    [
        "application-multi",
        "language-shell",
        "platform-unix",
        "attack-rce",
        "paranoia-level/1",
        "OWASP_CRS",
        "capec/1000/152/248/88",
        "PCI/6.5.2",
    ],
    'Matched phrase "%s" at %s.',
    "Matched Data: %s found within %s: %s",
    cat="RCE",
)
R941100 = Rule(
    "941100",
    _crs("REQUEST-941-APPLICATION-ATTACK-XSS.conf"),
    55,
    "XSS Attack Detected via libinjection",
    "CRITICAL",
    [*MULTI, "attack-xss", "paranoia-level/1", "OWASP_CRS", "capec/1000/152/242"],
    "detected XSS using libinjection.",
    "Matched Data: XSS data found within %s: %s",
    cat="XSS",
)
R941110 = Rule(
    "941110",
    _crs("REQUEST-941-APPLICATION-ATTACK-XSS.conf"),
    82,
    "XSS Filter - Category 1: Script Tag Vector",
    "CRITICAL",
    [*MULTI, "attack-xss", "paranoia-level/1", "OWASP_CRS", "capec/1000/152/242"],
    'Pattern match "(?i)<script[^>]*>[\\\\s\\\\S]*?" at %s.',
    "Matched Data: %s found within %s: %s",
    cat="XSS",
)
R941180 = Rule(
    "941180",
    _crs("REQUEST-941-APPLICATION-ATTACK-XSS.conf"),
    244,
    "Node-Validator Blacklist Keywords",
    "CRITICAL",
    [*MULTI, "attack-xss", "paranoia-level/1", "OWASP_CRS", "capec/1000/152/242"],
    'Matched phrase "%s" at %s.',
    "Matched Data: %s found within %s: %s",
    cat="XSS",
)
R942100 = Rule(
    "942100",
    _crs("REQUEST-942-APPLICATION-ATTACK-SQLI.conf"),
    65,
    "SQL Injection Attack Detected via libinjection",
    "CRITICAL",
    [*MULTI, "attack-sqli", "paranoia-level/1", "OWASP_CRS", "capec/1000/152/248/66", "PCI/6.5.2"],
    "detected SQLi using libinjection with fingerprint '%s'",
    "Matched Data: %s found within %s: %s",
    cat="SQLI",
)
R942190 = Rule(
    "942190",
    _crs("REQUEST-942-APPLICATION-ATTACK-SQLI.conf"),
    306,
    "Detects MSSQL code execution and information gathering attempts",
    "CRITICAL",
    [*MULTI, "attack-sqli", "paranoia-level/1", "OWASP_CRS", "capec/1000/152/248/66", "PCI/6.5.2"],
    'Pattern match "(?i)(?:\\\\b(?:(?:c(?:onnection_id|urrent_user)|database)\\\\s*?\\\\([^\\\\)]*?|u(?:nion(?:[\\\\w(\\\\s]*?select| select @)|ser\\\\s*?\\\\([^\\\\)]*?)|s(?:chema\\\\s*?\\\\([^\\\\)]*?|elect.*?\\\\w?user\\\\()|into[\\\\s+]+(?:dump|out)file\\\\s*?[\\"\'`]|from\\\\W+information_schema\\\\W|exec(?:ute)?\\\\s+master\\\\.)|[\\"\'`](?:;?\\\\s*?(?:union\\\\b\\\\s*?(?:(?:distin|sele)ct|all)|having|select)\\\\b\\\\s*?[^\\\\s]|\\\\s*?!\\\\s*?[\\"\'`\\\\w])|\\\\s*?exec(?:ute)?.*?\\\\Wxp_cmdshell|\\\\Wiif\\\\s*?\\\\()" at %s.',
    "Matched Data: %s found within %s: %s",
    cat="SQLI",
)
R949110 = Rule(
    "949110",
    _crs("REQUEST-949-BLOCKING-EVALUATION.conf"),
    81,
    "Inbound Anomaly Score Exceeded (Total Score: %s)",
    "CRITICAL",
    [*MULTI, "attack-generic"],
    "Operator GE matched %s at TX:anomaly_score.",
    None,
    pre=DENY,
)
R980130 = Rule(
    "980130",
    _crs("RESPONSE-980-CORRELATION.conf"),
    87,
    "Inbound Anomaly Score Exceeded (Total Inbound Score: %s - SQLI=%s,XSS=%s,RFI=%s,LFI=%s,RCE=%s,PHPI=%s,HTTP=%s,SESS=%s): individual paranoia level scores: %s, %s, %s, %s",
    None,
    ["event-correlation"],
    "Operator GE matched %s at TX:inbound_anomaly_score.",
    None,
)
R200002 = Rule(
    "200002",
    "/etc/modsecurity/modsecurity.conf",
    75,
    "Failed to parse request body.",
    "CRITICAL",
    [],
    'Match of "eq 0" against "REQBODY_ERROR" required.',
    "JSON parsing error: lexical error: invalid char in json text.\\x0a",
    pre="Access denied with code 400 (phase 2).",
    ver=False,
)

MS_PCRE = 'ModSecurity: Rule %pp [id "%s"][file "%s"][line "%d"] - Execution error - PCRE limits exceeded (%d): %s. [hostname "%s"] [uri "%s"] [unique_id "%s"]'
MS_BODY = 'ModSecurity: Request body (Content-Length) is larger than the configured limit (%ld). [hostname "%s"] [uri "%s"] [unique_id "%s"]'
MS_START = [
    "ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/) configured.",
    'ModSecurity: APR compiled version="1.7.2"; loaded version="1.7.2"',
    'ModSecurity: PCRE2 compiled version="10.42 "; loaded version="10.42 2022-12-11"',
    'ModSecurity: LUA compiled version="Lua 5.1"',
    'ModSecurity: YAJL compiled version="2.1.0"',
    'ModSecurity: LIBXML compiled version="2.9.14"',
    "ModSecurity: Status engine is currently disabled, enable it by set SecStatusEngine to On.",
]
RESTRICTED_EXT = ".asa/ .asax/ .ascx/ .axd/ .backup/ .bak/ .bat/ .cdx/ .cer/ .cfg/ .cmd/ .com/ .config/ .conf/ .cs/ .csproj/ .csr/ .dat/ .db/ .dbf/ .dll/ .dos/ .htr/ .htw/ .ida/ .idc/ .idq/ .inc/ .ini/ .key/ .licx/ .lnk/ .log/ .mdb/ .old/ .pass/ .pdb/ .pol/ .printer/ .pwd/ .rdb/ .resources/ .resx/ .sql/ .swp/ .sys/ .vb/ .vbs/ .vbproj/ .vsdisco/ .webinfo/ .xsd/ .xsx/"
MS_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "curl/8.5.0",
    "python-requests/2.31.0",
]


def apache_ts(t: datetime) -> str:
    return f"{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}"


def modsecurity(r: random.Random) -> list[Log]:
    fs = Files(1)
    t0, t1 = at(6, 0), at(11, 0)
    files = {"www1": "www1-error.log", "www2": "www2-error.log"}
    addr = {"www1": "203.0.113.11", "www2": "203.0.113.12"}
    site = "www.shop.example"
    state: dict[str, dict] = {h: {"main": r.randrange(700, 900), "workers": []} for h in files}

    def spawn(h: str) -> None:
        state[h]["workers"] = [
            (
                r.randrange(20000, 60000),
                [str(r.randrange(139_900_000_000_000, 140_250_000_000_000)) for _ in range(6)],
            )
            for _ in range(3)
        ]

    def worker(h: str) -> tuple[int, str]:
        pid, tids = r.choice(state[h]["workers"])
        return pid, r.choice(tids)

    def line(
        h: str,
        t: datetime,
        mod: str,
        pid: int,
        tid: str,
        label: str,
        msg: str,
        client: str | None = None,
        err: str | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            s = f"[{apache_ts(x)}] [{mod}] [pid {pid}:tid {tid}] "
            if err:
                s += f"{err}: "
            if client:
                s += f"[client {client}] "
            return [s + msg]

        return fs.add(files[h], t, label, text)

    def startup(h: str, t: datetime, graceful: bool) -> datetime:
        pid = state[h]["main"]
        tid = str(r.randrange(139_900_000_000_000, 140_250_000_000_000))
        if graceful:
            t = line(
                h,
                t,
                "mpm_event:notice",
                pid,
                tid,
                "AH00493: SIGUSR1 received.  Doing graceful restart",
                "AH00493: SIGUSR1 received.  Doing graceful restart",
            )
        for m in MS_START:
            t = line(h, t + secs(r, 0.0005, 0.003), "security2:notice", pid, tid, m, m)
        m = "AH00489: Apache/2.4.59 (Debian) configured -- resuming normal operations"
        t = line(
            h,
            t + secs(r, 0.01, 0.05),
            "mpm_event:notice",
            pid,
            tid,
            "AH00489: %s configured -- resuming normal operations",
            m,
        )
        t = line(
            h,
            t + secs(r, 0.0002, 0.001),
            "core:notice",
            pid,
            tid,
            "AH00094: Command line: '%s'",
            "AH00094: Command line: '/usr/sbin/apache2'",
        )
        spawn(h)
        return t

    def uid() -> str:
        return "Zl" + b64id(r, 25)

    def hit(
        h: str,
        t: datetime,
        pid: int,
        tid: str,
        ip: str,
        port: int,
        rule: Rule,
        vals: list[object],
        host: str,
        uri: str,
        u: str,
    ) -> datetime:
        return line(
            h,
            t,
            "security2:error",
            pid,
            tid,
            rule.fmt,
            fill(rule.fmt, *vals, host, uri, u),
            client=f"{ip}:{port}] [client {ip}",
        )

    def request(
        h: str,
        t: datetime,
        ip: str,
        uri: str,
        hits: list[tuple[Rule, list[object]]],
        host: str = site,
    ) -> datetime:
        pid, tid = worker(h)
        port = r.randrange(1024, 65535)
        u = uid()
        score = 0
        cats = dict.fromkeys(["SQLI", "XSS", "RFI", "LFI", "RCE", "PHPI", "HTTP", "SESS"], 0)
        for rule, vals in hits:
            t = hit(h, t + secs(r, 0.0001, 0.002), pid, tid, ip, port, rule, vals, host, uri, u)
            score += rule.score
            if rule.cat:
                cats[rule.cat] += rule.score
        if score >= 5:
            t = hit(
                h,
                t + secs(r, 0.0001, 0.001),
                pid,
                tid,
                ip,
                port,
                R949110,
                ["5", score],
                host,
                uri,
                u,
            )
            t = hit(
                h,
                t + secs(r, 0.001, 0.01),
                pid,
                tid,
                ip,
                port,
                R980130,
                ["5", score, *cats.values(), score, 0, 0, 0],
                host,
                uri,
                u,
            )
        return t

    for h in files:
        startup(h, t0 + secs(r, 1, 30), False)

    # bots probing each server by its address (920350), some with a scanner's agent
    for h in files:
        for x in poisson(r, t0, t1, 75):
            ip = pub(r)
            path = r.choice(
                [
                    "/",
                    "/",
                    "/",
                    "/favicon.ico",
                    "/robots.txt",
                    "/.well-known/security.txt",
                    "/login",
                    "/admin/",
                ]
            )
            hits: list[tuple[Rule, list[object]]] = [(R920350, [addr[h]])]
            if r.random() < 0.12:
                ua = r.choice(
                    [
                        "zgrab/0.x",
                        "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
                        "Mozilla/5.0 zgrab/0.x",
                    ]
                )
                phrase = "zgrab" if "zgrab" in ua else "masscan"
                hits.append((R913100, [phrase, phrase, ua.lower()]))
            request(h, x, ip, path, hits, host=addr[h])

    # probes for files: .git, .env, backups
    for x in poisson(r, t0, t1, 330):
        h = r.choice(list(files))
        ip = pub(r)
        for _ in range(r.randrange(1, 5)):
            x += secs(r, 0.2, 3)
            kind = r.random()
            if kind < 0.55:
                p = r.choice(["/.git/config", "/.git/HEAD", "/.git/index"])
                request(h, x, ip, p, [(R930130, ["/.git/", "/.git/", p])])
            else:
                p = r.choice(
                    [
                        "/backup.sql",
                        "/db.sql",
                        "/wp-config.php.bak",
                        "/site.tar.gz.old",
                        "/config.inc.bak",
                        "/dump.sql",
                    ]
                )
                ext = "." + p.rsplit(".", 1)[1]
                request(h, x, ip, p, [(R920440, [RESTRICTED_EXT, ext])])

    # path traversal and shell code in the shop's page parameter
    for x in poisson(r, t0, t1, 800):
        h = r.choice(list(files))
        ip = pub(r)
        for _ in range(r.randrange(2, 6)):
            x += secs(r, 0.5, 4)
            if r.random() < 0.7:
                v = r.choice(
                    [
                        "../../../../etc/passwd",
                        "../../../../../etc/passwd",
                        "....//....//etc/passwd",
                    ]
                )
                uri = "/index.php"
                hits = (
                    [(R930110, ["../", "ARGS:page", "../", "ARGS:page", v])] if "../" in v else []
                )
                hits.append((R930120, ["etc/passwd", "ARGS:page", "etc/passwd", "ARGS:page", v]))
                request(h, x, ip, uri, hits)
            else:
                v = r.choice([";/bin/sh -c id", "|/bin/bash -i", "$(/bin/sh -c whoami)"])
                phrase = "bin/bash" if "bash" in v else "bin/sh"
                request(
                    h,
                    x,
                    ip,
                    "/cgi-bin/status",
                    [(R932160, [phrase, "ARGS:cmd", phrase, "ARGS:cmd", v])],
                )

    # a nikto scan of www1 at 07:10
    x = at(7, 10, 3)
    ip = "45.155.205.91"
    nikto = "mozilla/5.00 (nikto/2.5.0) (evasions:none) (test:%06d)"
    for k in range(90):
        x += secs(r, 0.05, 0.6)
        ua = nikto % (k * 7 + 3)
        hits = [(R913100, ["nikto", "nikto", ua])]
        roll = r.random()
        if roll < 0.15:
            p = r.choice(["/.git/config", "/.git/HEAD"])
            hits.append((R930130, ["/.git/", "/.git/", p]))
            uri = p
        elif roll < 0.3:
            uri = "/index.php"
            hits.append(
                (
                    R930120,
                    ["etc/passwd", "ARGS:file", "etc/passwd", "ARGS:file", "../../etc/passwd"],
                )
            )
        elif roll < 0.4:
            uri = "/search"
            hits.append(
                (
                    R941110,
                    ["ARGS:q", "<script>", "ARGS:q", "<script>alert(document.domain)</script>"],
                )
            )
            hits.append((R941100, ["ARGS:q", "<script>alert(document.domain)</script>"]))
        else:
            uri = r.choice(
                [
                    "/",
                    "/admin/",
                    "/phpmyadmin/",
                    "/cgi-bin/test.cgi",
                    "/server-status",
                    "/wp-login.php",
                    "/test.php",
                    "/info.php",
                ]
            )
        request("www1", x, ip, uri, hits)
    # WebDAV and TRACE from scanners
    for x in poisson(r, t0, t1, 700):
        h = r.choice(list(files))
        m = r.choice(["PROPFIND", "TRACE", "DEBUG", "MKCOL"])
        request(h, x, pub(r), "/", [(R911100, [m])])

    # sqlmap against the product page at 09:30 (www2), and hand-made tries all morning
    x = at(9, 30, 12)
    ip = "185.220.101.47"
    sqli = [
        "1' AND 4127=4127 AND 'xYzW'='xYzW",
        "1 UNION ALL SELECT NULL,NULL,CONCAT(0x71766a7a71,0x4a6b,0x7170787171)-- -",
        "1' OR SLEEP(5)#",
        "1) AND (SELECT 2134 FROM(SELECT COUNT(*),CONCAT(0x7176,(SELECT (ELT(2134=2134,1))),0x71,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)",
    ]
    for k in range(70):
        x += secs(r, 0.3, 2.5)
        v = r.choice(sqli)
        ua = "sqlmap/1.8.2#stable (https://sqlmap.org)"
        hits = [(R913100, ["sqlmap", "sqlmap", ua.lower()])] if k % 3 == 0 else []
        fp = r.choice(["s&1c", "1UE", "s&sos", "1)&(f"])
        hits.append((R942100, [fp, fp, "ARGS:id", v]))
        if "UNION" in v or "INFORMATION_SCHEMA" in v:
            hits.append((R942190, ["ARGS:id", "union all select", "ARGS:id", v]))
        request("www2", x, ip, "/product.php", hits)
    for x in poisson(r, t0, t1, 900):
        h = r.choice(list(files))
        v = r.choice(["1' or '1'='1", "' or 1=1-- -", "admin'--"])
        fp = r.choice(["s&sos", "s&1c", "sc"])
        request(h, x, pub(r), "/login", [(R942100, [fp, fp, "ARGS:username", v])])
    for x in poisson(r, t0, t1, 1300):
        h = r.choice(list(files))
        v = r.choice(["<script>alert(1)</script>", "<script src=//xss.example/x.js></script>"])
        request(
            h,
            x,
            pub(r),
            "/search",
            [(R941110, ["ARGS:q", "<script>", "ARGS:q", v]), (R941100, ["ARGS:q", v])],
        )

    # the editor's posts with HTML comments: 941180, a false positive, until 08:52
    editor = "10.20.0.15"
    for x in poisson(r, at(8, 21), at(8, 51), 40):
        h = r.choice(list(files))
        v = (
            "<!-- wp:paragraph --><p>Summer sale: "
            + r.choice(["20% off", "free shipping", "new arrivals"])
            + "</p><!-- /wp:paragraph -->"
        )
        request(
            h,
            x,
            editor,
            "/wp-admin/post.php",
            [(R941180, ["<!--", "ARGS:content", "<!--", "ARGS:content", v])],
        )
    for h in files:
        startup(h, at(8, 52, 10) + secs(r, 0, 20), True)

    # the mobile app 3.2.0 sending broken JSON to the API (09:00 to 09:40)
    for x in poisson(r, at(9, 0), at(9, 40), 22):
        h = r.choice(list(files))
        pid, tid = worker(h)
        uri = r.choice(["/api/v1/cart", "/api/v1/cart/items", "/api/v1/checkout"])
        hit(h, x, pid, tid, pub(r), r.randrange(1024, 65535), R200002, [], site, uri, uid())

    # PCRE limits on long search posts
    for x in poisson(r, t0, t1, 520):
        h = r.choice(list(files))
        pid, tid = worker(h)
        rid, ln = r.choice([("942130", 554), ("942130", 554), ("932200", 772)])
        f = (
            _crs("REQUEST-942-APPLICATION-ATTACK-SQLI.conf")
            if rid.startswith("942")
            else _crs("REQUEST-932-APPLICATION-ATTACK-RCE.conf")
        )
        msg = f'ModSecurity: Rule 55{hexid(r, 10)} [id "{rid}"][file "{f}"][line "{ln}"] - Execution error - PCRE limits exceeded (-8): (null). [hostname "{site}"] [uri "/search"] [unique_id "{uid()}"]'
        ip = pub(r)
        line(
            h,
            x,
            "security2:error",
            pid,
            tid,
            MS_PCRE,
            msg,
            client=f"{ip}:{r.randrange(1024, 65535)}] [client {ip}",
        )
    # uploads over the body limit
    for x in [at(7, 3, 20), at(7, 3, 51), at(9, 12, 5), at(10, 41, 30), at(10, 42, 2)]:
        h = r.choice(list(files))
        pid, tid = worker(h)
        ip = ip4(r, "10.20.0")
        line(
            h,
            x,
            "security2:error",
            pid,
            tid,
            MS_BODY,
            fill(MS_BODY, 13107200, site, "/wp-admin/async-upload.php", uid()),
            client=f"{ip}:{r.randrange(1024, 65535)}] [client {ip}",
        )

    # server-status from outside
    for x in poisson(r, t0, t1, 900):
        h = r.choice(list(files))
        pid, tid = worker(h)
        line(
            h,
            x,
            "authz_core:error",
            pid,
            tid,
            "AH01630: client denied by server configuration: %s",
            "AH01630: client denied by server configuration: /var/www/html/server-status",
            client=f"{pub(r)}:{r.randrange(1024, 65535)}",
        )

    # PHP-FPM on www2 stuck on a slow query (10:05) and restarted (10:14)
    for x in poisson(r, at(10, 5), at(10, 14), 12):
        pid, tid = worker("www2")
        line(
            "www2",
            x,
            "proxy_fcgi:error",
            pid,
            tid,
            "AH01075: Error dispatching request to %s: (polling)",
            "AH01075: Error dispatching request to : (polling)",
            client=f"{pub(r)}:{r.randrange(1024, 65535)}",
            err="(70007)The timeout specified has expired",
        )
    for x in poisson(r, at(10, 14), at(10, 14, 40), 2):
        pid, tid = worker("www2")
        c = f"{pub(r)}:{r.randrange(1024, 65535)}"
        x = line(
            "www2",
            x,
            "proxy:error",
            pid,
            tid,
            "AH02454: %s: attempt to connect to Unix domain socket %s (%s:%d) failed",
            "AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (*:80) failed",
            client=c,
            err="(111)Connection refused",
        )
        line(
            "www2",
            x + secs(r, 0.0001, 0.001),
            "proxy_fcgi:error",
            pid,
            tid,
            "AH01079: failed to make connection to backend: %s",
            "AH01079: failed to make connection to backend: httpd-UDS",
            client=c,
        )

    # logrotate's graceful restart (cron.daily at 06:25)
    for h in files:
        startup(h, at(6, 25, 3) + secs(r, 0, 40), True)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- sshguard

SG_ATTACK = 'Attack from "%s" on service %d with danger %u.'
SG_BLOCK = (
    'Blocking "%s/%u" for %lld secs (%u attacks in %lld secs, after %d abuses over %lld secs.)'
)
SG_FOREVER = 'Blocking "%s/%u" forever (%u attacks in %lld secs, after %d abuses over %lld secs.)'
SSH_USERS = [
    "admin",
    "test",
    "user",
    "ubuntu",
    "oracle",
    "postgres",
    "git",
    "ftpuser",
    "guest",
    "support",
    "deploy",
    "minecraft",
    "steam",
    "hadoop",
    "pi",
    "tomcat",
    "jenkins",
    "dev",
    "www",
    "mysql",
    "nagios",
    "ansible",
    "debian",
    "centos",
]
SSH_KEX = [
    "aes128-ctr",
    "diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1",
    "diffie-hellman-group1-sha1,diffie-hellman-group14-sha1",
]


class Guard:
    """sshguard's blocker on one host: attackers' scores in limbo, the blocks and their
    pardon times, the offenders with their abuses (the blacklist at 120 points)."""

    def __init__(self, say, host: str) -> None:
        self.say, self.host = say, host
        self.limbo: dict[str, list] = {}
        self.blocked: dict[str, datetime | None] = {}
        self.offenders: dict[str, list] = {}
        self.pid = 0

    def is_blocked(self, ip: str, t: datetime) -> bool:
        until = self.blocked.get(ip, datetime.min.replace(tzinfo=t.tzinfo))
        return until is None or until > t

    def attack(self, t: datetime, ip: str) -> datetime:
        t = self.say(self.host, t, "sshguard", self.pid, SG_ATTACK, SG_ATTACK, ip, 100, 10)
        if ip.startswith(
            "10."
        ):  # the whitelist: `... not blocking (on whitelist)` is INFO, not written
            return t
        for k in [k for k, v in self.limbo.items() if (t - v[0]).total_seconds() > 1800]:
            del self.limbo[k]
        e = self.limbo.setdefault(ip, [t, t, 0, 0])
        e[1], e[2], e[3] = t, e[2] + 1, e[3] + 10
        if e[3] < 30:
            return t
        o = self.offenders.get(ip)
        if o is None:
            o = self.offenders[ip] = [e[0], e[1], 1, e[3]]
        else:
            o[1], o[2], o[3] = e[1], o[2] + 1, o[3] + e[3]
        sub = 128 if ":" in ip else 32
        span = int((e[1] - e[0]).total_seconds())
        ospan = int((o[1] - o[0]).total_seconds())
        if o[3] >= 120:
            t = self.say(
                self.host,
                t,
                "sshguard",
                self.pid,
                SG_FOREVER,
                SG_FOREVER,
                ip,
                sub,
                e[2],
                span,
                o[2],
                ospan,
            )
            self.blocked[ip] = None
        else:
            pardon = 120 * 2 ** (o[2] - 1)
            t = self.say(
                self.host,
                t,
                "sshguard",
                self.pid,
                SG_BLOCK,
                SG_BLOCK,
                ip,
                sub,
                pardon,
                e[2],
                span,
                o[2],
                ospan,
            )
            self.blocked[ip] = t + timedelta(seconds=pardon + 5)
        del self.limbo[ip]
        return t


def sshguard(r: random.Random) -> list[Log]:
    fs = Files(1)
    t0, t1 = at(6, 0), at(11, 0)
    files = {"mail": "mail-auth.log", "git": "git-auth.log"}

    def head(host: str, t: datetime) -> str:
        if host == "mail":
            return f"{syslog_ts(t)} mail"
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00 git"

    def say(
        host: str,
        t: datetime,
        prog: str,
        pid: int,
        label: str,
        fmt: str,
        *vals: object,
        pre: str = "",
    ) -> datetime:
        msg = pre + fill(fmt, *vals)
        return fs.add(
            files[host],
            t,
            label,
            lambda x: [f"{head(host, x)} {prog}[{pid}]: {msg}"],
            proc=(host, prog, pid),
        )

    guards = {h: Guard(say, h) for h in files}
    guards["mail"].pid, guards["git"].pid = 1187, 842
    sshd_main = {"mail": 1034, "git": 731}
    logind = {"mail": 812, "git": 598}
    session = {"mail": 2311, "git": 5120}

    def npid() -> int:
        return r.randrange(100000, 400000)

    def A(host: str, t: datetime, ip: str) -> datetime:
        return guards[host].attack(t + secs(r, 0.0005, 0.02), ip)

    # one attempt by an attacker; the lines sshd writes and sshguard's reading of them
    def attempt(host: str, t: datetime, ip: str, kind: str) -> datetime:
        pid, port = npid(), r.randrange(1024, 65535)
        S = lambda t, label, *v, pre="": say(host, t, "sshd", pid, label, label, *v, pre=pre)  # noqa: E731
        if kind == "kex":
            t = S(t, "error: kex_exchange_identification: Connection closed by remote host")
            t = S(t + secs(r, 0.0001, 0.001), "Connection closed by %s port %d", ip, port)
            return A(host, t, ip)
        if kind == "banner":
            t = S(t, "banner exchange: Connection from %s port %d: invalid format", ip, port)
            return A(host, t, ip)
        if kind == "negotiate":
            t = S(
                t,
                "Unable to negotiate with %s port %d: no matching key exchange method found. Their offer: %s [preauth]",
                ip,
                port,
                r.choice(SSH_KEX),
            )
            return A(host, t, ip)
        user = "root" if kind == "root" else r.choice(SSH_USERS)
        if host == "git":
            if user == "root":
                t = S(
                    t + secs(r, 0.2, 1.5),
                    "Connection closed by authenticating user %s %s port %d [preauth]",
                    user,
                    ip,
                    port,
                )
                return A(host, t, ip)
            t = S(t, "Invalid user %s from %s port %d", user, ip, port)
            t = A(host, t, ip)
            return S(
                t + secs(r, 0.2, 1.5),
                "Connection closed by invalid user %s %s port %d [preauth]",
                user,
                ip,
                port,
            )
        tries = r.choice([1, 1, 1, 2, 3]) if kind != "root6" else 6
        if user == "root":
            pass
        else:
            t = S(t, "Invalid user %s from %s port %d", user, ip, port)
            t = A(host, t, ip)
        for k in range(tries):
            t += secs(r, 0.3, 1.2)
            if user == "root":
                if k == 0:
                    t = say(
                        host,
                        t,
                        "sshd",
                        pid,
                        "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
                        "authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s",
                        ip,
                        user,
                        pre="pam_unix(sshd:auth): ",
                    )
                t = S(
                    t + secs(r, 1.5, 2.5),
                    "Failed password for %s from %s port %d ssh2",
                    user,
                    ip,
                    port,
                )
            else:
                if k == 0:
                    t = say(
                        host,
                        t,
                        "sshd",
                        pid,
                        "check pass; user unknown",
                        "check pass; user unknown",
                        pre="pam_unix(sshd:auth): ",
                    )
                    t = say(
                        host,
                        t,
                        "sshd",
                        pid,
                        "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s",
                        "authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s",
                        ip,
                        pre="pam_unix(sshd:auth): ",
                    )
                t = S(
                    t + secs(r, 1.5, 2.5),
                    "Failed password for invalid user %s from %s port %d ssh2",
                    user,
                    ip,
                    port,
                )
            t = A(host, t, ip)
            if guards[host].is_blocked(ip, t):
                return S(
                    t + timedelta(seconds=120, microseconds=r.randrange(10**6)),
                    "fatal: Timeout before authentication for %s port %d",
                    ip,
                    port,
                )
        if tries == 6 and not guards[host].is_blocked(ip, t):
            t = S(
                t + secs(r, 0.001, 0.01),
                "error: maximum authentication attempts exceeded for %s from %s port %d ssh2 [preauth]",
                user,
                ip,
                port,
            )
            t = S(
                t + secs(r, 0.0001, 0.001),
                "Disconnecting authenticating user %s %s port %d: Too many authentication failures [preauth]",
                user,
                ip,
                port,
            )
            t = say(
                host,
                t + secs(r, 0.0001, 0.001),
                "sshd",
                pid,
                "PAM %d more authentication failures; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
                "PAM 5 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s",
                ip,
                user,
            )
            return S(
                t + secs(r, 0.0001, 0.001), "PAM service(sshd) ignoring max retries; %d > %d", 6, 3
            )
        t = S(
            t + secs(r, 0.05, 0.3),
            "Received disconnect from %s port %d:%d: %s [preauth]",
            ip,
            port,
            11,
            "Bye Bye",
        )
        if user == "root":
            return S(
                t + secs(r, 0.0001, 0.001),
                "Disconnected from authenticating user %s %s port %d [preauth]",
                user,
                ip,
                port,
            )
        return S(
            t + secs(r, 0.0001, 0.001),
            "Disconnected from invalid user %s %s port %d [preauth]",
            user,
            ip,
            port,
        )

    def attacker(
        host: str,
        ip: str,
        start: datetime,
        end: datetime,
        gap: tuple[float, float],
        kinds: list[str],
    ) -> None:
        t = start
        while t < end:
            g = guards[host]
            if g.is_blocked(ip, t):
                until = g.blocked[ip]
                if until is None:
                    return
                t = until + secs(r, 5, 120)
                continue
            t = attempt(host, t, ip, r.choice(kinds))
            t += secs(r, *gap)

    def login(
        host: str, t: datetime, user: str, uid: int, ip: str, method: str, dur: float, fp: str = ""
    ) -> None:
        pid, port = npid(), r.randrange(1024, 65535)
        S = lambda t, label, *v, pre="": say(host, t, "sshd", pid, label, label, *v, pre=pre)  # noqa: E731
        if method == "publickey":
            t = S(
                t,
                "Accepted publickey for %s from %s port %d ssh2: %s %s",
                user,
                ip,
                port,
                "ED25519",
                fp,
            )
        else:
            t = S(t, "Accepted password for %s from %s port %d ssh2", user, ip, port)
        t = say(
            host,
            t + secs(r, 0.001, 0.01),
            "sshd",
            pid,
            "session opened for user %s(uid=%d) by %s(uid=%d)",
            "session opened for user %s(uid=%d) by (uid=0)",
            user,
            uid,
            pre="pam_unix(sshd:session): ",
        )
        session[host] += 1
        sid = session[host]
        t = say(
            host,
            t + secs(r, 0.001, 0.01),
            "systemd-logind",
            logind[host],
            "New session %s of user %s.",
            "New session %d of user %s.",
            sid,
            user,
        )
        t += timedelta(seconds=dur)
        t = S(t, "Received disconnect from %s port %d:%d: %s", ip, port, 11, "disconnected by user")
        t = S(t + secs(r, 0.0001, 0.001), "Disconnected from user %s %s port %d", user, ip, port)
        t = say(
            host,
            t + secs(r, 0.001, 0.01),
            "sshd",
            pid,
            "session closed for user %s",
            "session closed for user %s",
            user,
            pre="pam_unix(sshd:session): ",
        )
        t = say(
            host,
            t + secs(r, 0.001, 0.01),
            "systemd-logind",
            logind[host],
            "Session %s logged out. Waiting for processes to exit.",
            "Session %d logged out. Waiting for processes to exit.",
            sid,
        )
        say(
            host,
            t + secs(r, 0.001, 0.01),
            "systemd-logind",
            logind[host],
            "Removed session %s.",
            "Removed session %d.",
            sid,
        )

    # the internet's background: scanners every few minutes on both hosts
    for host, mean in (("mail", 230), ("git", 260)):
        for x in poisson(r, t0, t1, mean):
            ip = pub(r)
            if guards[host].is_blocked(ip, x):
                continue
            kinds = ["kex", "banner", "negotiate", "user", "user", "root", "root"]
            n = r.choice([1, 1, 1, 2, 2, 3, 4])
            for _ in range(n):
                if guards[host].is_blocked(ip, x):
                    break
                x = attempt(host, x, ip, r.choice(kinds)) + secs(r, 1, 20)
    # mail: the internal vulnerability scanner (whitelisted) trying six root passwords a connection
    for x in poisson(r, at(10, 0), at(10, 30), 150):
        attempt("mail", x, "10.0.0.250", "root6")
    # a persistent attacker on mail: blocked for 120, 240, 480 s, then forever
    attacker("mail", "141.98.10.63", at(6, 40), t1, (4, 12), ["user", "root", "user"])
    # a botnet spraying mail at 08:10: many addresses, a few tries each
    for _ in range(45):
        x = at(8, 10) + secs(r, 0, 2400)
        ip = pub(r)
        for _ in range(r.choice([1, 1, 2, 3])):
            if guards["mail"].is_blocked(ip, x):
                break
            x = attempt("mail", x, ip, r.choice(["root", "user"])) + secs(r, 30, 200)
    # an IPv6 scanner on git
    attacker(
        "git", "2a03:b0c0:3:d0::1b4:6001", at(9, 5), at(9, 50), (6, 20), ["user", "root", "kex"]
    )

    # SFTP users on mail, by password; alice's three typos at 07:45 get her blocked
    for x in poisson(r, at(6, 30), t1, 700):
        user, uid = r.choice([("alice", 1001), ("bob", 1002), ("scanner", 1005), ("carol", 1003)])
        login(
            "mail",
            x,
            user,
            uid,
            r.choice(["198.51.100.20", "198.51.100.21", "192.0.2.45"]),
            "password",
            r.uniform(5, 600),
        )
    x, pid, port = at(7, 45, 12), npid(), 55102
    for _ in range(3):
        x = say(
            "mail",
            x + secs(r, 2, 6),
            "sshd",
            pid,
            "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
            "authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s",
            "198.51.100.20",
            "alice",
            pre="pam_unix(sshd:auth): ",
        )
        x = say(
            "mail",
            x + secs(r, 1.5, 2.5),
            "sshd",
            pid,
            "Failed password for %s from %s port %d ssh2",
            "Failed password for %s from %s port %d ssh2",
            "alice",
            "198.51.100.20",
            port,
        )
        x = A("mail", x, "198.51.100.20")
    login("mail", x + timedelta(seconds=190), "alice", 1001, "198.51.100.20", "password", 800)

    # the CI runner and developers on git, by key
    for x in poisson(r, t0, t1, 560):
        login(
            "git",
            x,
            "git",
            998,
            "10.0.0.31",
            "publickey",
            r.uniform(1, 12),
            "SHA256:u8Qv2rUbcm2mZ3VfCq1yG0k9fW6o0c4rFyPv5a8Ln2E",
        )
    for x in poisson(r, at(7, 0), t1, 400):
        login(
            "git",
            x,
            "git",
            998,
            r.choice(["10.0.8.12", "10.0.8.14", "10.0.8.27"]),
            "publickey",
            r.uniform(1, 8),
            r.choice(
                [
                    "SHA256:3kq0S1pQm7n+GfX2wA9yYt5bR8cZ1dV0eH4uJ6iL7oM",
                    "SHA256:Zp4Xh2Lw9Qe1Rt6Yu3Io8Pa5Sd7Fg0Hj2Kl4Zx6Cv8B",
                ]
            ),
        )
    # hourly cron on both
    for host in files:
        for h in range(6, 11):
            x = at(h, 17, 1) + secs(r, 0, 0.9)
            pid = npid()
            x = say(
                host,
                x,
                "CRON",
                pid,
                "session opened for user %s(uid=%d) by %s(uid=%d)",
                "session opened for user %s(uid=%d) by (uid=0)",
                "root",
                0,
                pre="pam_unix(cron:session): ",
            )
            say(
                host,
                x + secs(r, 0.05, 0.4),
                "CRON",
                pid,
                "session closed for user %s",
                "session closed for user %s",
                "root",
                pre="pam_unix(cron:session): ",
            )
    # sshd restarted on git at 10:15 for a configuration change
    x = say(
        "git",
        at(10, 15, 4),
        "sshd",
        sshd_main["git"],
        "Received signal %d; terminating.",
        "Received signal %d; terminating.",
        15,
    )
    for a in ("0.0.0.0", "::"):
        x = say(
            "git",
            x + secs(r, 0.05, 0.2),
            "sshd",
            58127,
            "Server listening on %s port %d.",
            "Server listening on %s port %d.",
            a,
            22,
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- cisco-asa

ASA_REASONS = [
    ("TCP FINs", 70),
    ("TCP Reset-I", 10),
    ("TCP Reset-O", 6),
    ("SYN Timeout", 4),
    ("Conn-timeout", 6),
    ("Idle Timeout", 4),
]
ASA_SCAN_TCP = [
    23,
    22,
    445,
    3389,
    1433,
    3306,
    5900,
    8080,
    8443,
    2375,
    6379,
    9200,
    5432,
    81,
    8000,
    7547,
    2323,
    21,
    25,
    110,
]
ASA_SCAN_UDP = [5060, 161, 1900, 123, 53, 11211, 500, 1434, 137, 389]
ASA_ACL_HASH = "[0x51013c9a, 0x0]"


def cisco_asa(r: random.Random) -> list[Log]:
    fs = Files(1)
    t0, t1 = at(6, 0), at(11, 0)
    failover = at(9, 12, 31)
    conn = [1830245]

    def unit_at(t: datetime) -> str:
        return "fw-edge-a" if t < failover else "fw-edge-b"

    def asa(
        t: datetime, sev: int, mid: str, fmt: str, *vals: object, unit: str | None = None
    ) -> datetime:
        u = unit or unit_at(t)
        msg = f"%ASA-{sev}-{mid}: " + fill(fmt, *vals)
        return fs.add(
            f"{u}.log", t, f"%ASA-{sev}-{mid}: {fmt}", lambda x: [f"{syslog_ts(x)} {u} {msg}"]
        )

    def cid() -> int:
        conn[0] += r.randrange(1, 40)
        return conn[0]

    def weighted(items: list[tuple[str, int]]) -> str:
        return r.choices([a for a, _ in items], [w for _, w in items])[0]

    def tcp_in(
        x: datetime, cip: str, real: str, mapped: str, port: int, iface: str = "dmz"
    ) -> None:
        c, cp = cid(), r.randrange(1024, 65535)
        asa(
            x,
            6,
            "302013",
            "Built %s TCP connection %d for %s:%s/%d (%s/%d) to %s:%s/%d (%s/%d)",
            "inbound",
            c,
            "outside",
            cip,
            cp,
            cip,
            cp,
            iface,
            real,
            port,
            mapped,
            port,
        )
        reason = weighted(ASA_REASONS)
        dur = (
            r.uniform(0.05, 40)
            if reason not in ("Conn-timeout", "Idle Timeout")
            else 3600 + r.uniform(0, 10)
        )
        if reason == "SYN Timeout":
            dur = 30
        nbytes = 0 if reason == "SYN Timeout" else r.randrange(400, 250000)
        asa(
            x + timedelta(seconds=dur),
            6,
            "302014",
            "Teardown TCP connection %d for %s:%s/%d to %s:%s/%d duration %s bytes %d %s",
            c,
            "outside",
            cip,
            cp,
            iface,
            real,
            port,
            hms(dur),
            nbytes,
            reason,
        )

    def tcp_out(x: datetime, lip: str, sip: str, sport: int) -> None:
        c, lp = cid(), r.randrange(49152, 65535)
        x = asa(
            x,
            6,
            "305011",
            "Built dynamic %s translation from %s:%s/%d to %s:%s/%d",
            "TCP",
            "inside",
            lip,
            lp,
            "outside",
            "203.0.113.2",
            lp,
        )
        x = asa(
            x + secs(r, 0.0001, 0.001),
            6,
            "302013",
            "Built %s TCP connection %d for %s:%s/%d (%s/%d) to %s:%s/%d (%s/%d)",
            "outbound",
            c,
            "outside",
            sip,
            sport,
            sip,
            sport,
            "inside",
            lip,
            lp,
            "203.0.113.2",
            lp,
        )
        reason = weighted(
            [
                ("TCP FINs", 75),
                ("TCP Reset-I", 8),
                ("TCP Reset-O", 12),
                ("SYN Timeout", 2),
                ("Idle Timeout", 3),
            ]
        )
        dur = r.uniform(0.1, 120) if reason != "Idle Timeout" else 3600
        if reason == "SYN Timeout":
            dur = 30
        x = asa(
            x + timedelta(seconds=dur),
            6,
            "302014",
            "Teardown TCP connection %d for %s:%s/%d to %s:%s/%d duration %s bytes %d %s",
            c,
            "outside",
            sip,
            sport,
            "inside",
            lip,
            lp,
            hms(dur),
            0 if reason == "SYN Timeout" else r.randrange(200, 900000),
            reason,
        )
        asa(
            x + timedelta(seconds=30 + r.uniform(0, 1)),
            6,
            "305012",
            "Teardown dynamic %s translation from %s:%s/%d to %s:%s/%d duration %s",
            "TCP",
            "inside",
            lip,
            lp,
            "outside",
            "203.0.113.2",
            lp,
            hms(dur + 30),
        )

    def dns(x: datetime) -> None:
        c, lp = cid(), r.randrange(1024, 65535)
        srv = r.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9"])
        x = asa(
            x,
            6,
            "305011",
            "Built dynamic %s translation from %s:%s/%d to %s:%s/%d",
            "UDP",
            "inside",
            "10.0.0.53",
            lp,
            "outside",
            "203.0.113.2",
            lp,
        )
        x = asa(
            x + secs(r, 0.0001, 0.001),
            6,
            "302015",
            "Built %s UDP connection %d for %s:%s/%d (%s/%d) to %s:%s/%d (%s/%d)",
            "outbound",
            c,
            "outside",
            srv,
            53,
            srv,
            53,
            "inside",
            "10.0.0.53",
            lp,
            "203.0.113.2",
            lp,
        )
        dur = r.uniform(0.01, 0.2)
        x = asa(
            x + timedelta(seconds=dur),
            6,
            "302016",
            "Teardown UDP connection %d for %s:%s/%d to %s:%s/%d duration %s bytes %d",
            c,
            "outside",
            srv,
            53,
            "inside",
            "10.0.0.53",
            lp,
            hms(dur),
            r.randrange(60, 600),
        )
        asa(
            x + timedelta(seconds=30 + r.uniform(0, 1)),
            6,
            "305012",
            "Teardown dynamic %s translation from %s:%s/%d to %s:%s/%d duration %s",
            "UDP",
            "inside",
            "10.0.0.53",
            lp,
            "outside",
            "203.0.113.2",
            lp,
            hms(dur + 30),
        )

    def ping(x: datetime, dst: str) -> None:
        gp = r.randrange(1024, 65535)
        x = asa(
            x,
            6,
            "305011",
            "Built dynamic %s translation from %s:%s/%d to %s:%s/%d",
            "ICMP",
            "inside",
            "10.0.0.40",
            1,
            "outside",
            "203.0.113.2",
            gp,
        )
        x = asa(
            x + secs(r, 0.0001, 0.001),
            6,
            "302020",
            "Built %s ICMP connection for faddr %s/%d gaddr %s/%d laddr %s/%d type %d code %d",
            "outbound",
            dst,
            0,
            "203.0.113.2",
            gp,
            "10.0.0.40",
            1,
            8,
            0,
        )
        x = asa(
            x + secs(r, 0.005, 0.04),
            6,
            "302021",
            "Teardown ICMP connection for faddr %s/%d gaddr %s/%d laddr %s/%d type %d code %d",
            dst,
            0,
            "203.0.113.2",
            gp,
            "10.0.0.40",
            1,
            0,
            0,
        )
        asa(
            x + timedelta(seconds=30 + r.uniform(0, 1)),
            6,
            "305012",
            "Teardown dynamic %s translation from %s:%s/%d to %s:%s/%d duration %s",
            "ICMP",
            "inside",
            "10.0.0.40",
            1,
            "outside",
            "203.0.113.2",
            gp,
            hms(30),
        )

    # customers on the shop (inbound HTTPS to the DMZ), the mail relay
    for x in poisson(r, t0, t1, 85):
        tcp_in(x, pub(r), "10.1.1.10", "203.0.113.10", 443)
    for x in poisson(r, t0, t1, 700):
        tcp_in(x, pub(r), "10.1.1.25", "203.0.113.25", 25)
    # staff browsing, DNS, monitoring pings
    for x in poisson(r, at(7, 0), t1, 110):
        tcp_out(
            x,
            ip4(r, "10.0.5"),
            r.choice(
                [
                    "142.250.185.78",
                    "52.97.146.162",
                    "13.107.42.14",
                    "151.101.1.69",
                    "104.16.132.229",
                ]
            ),
            443,
        )
    for x in poisson(r, t0, t1, 130):
        dns(x)
    for x in poisson(r, t0, t1, 300):
        ping(x, r.choice(["8.8.8.8", "1.1.1.1"]))

    # the internet's scans: ACL denies
    for x in poisson(r, t0, t1, 36):
        src, sp = pub(r), r.randrange(1024, 65535)
        roll = r.random()
        if roll < 0.62:
            asa(
                x,
                4,
                "106023",
                'Deny %s src %s:%s/%d dst %s:%s/%d by access-group "%s" %s',
                "tcp",
                "outside",
                src,
                sp,
                "outside",
                r.choice(["203.0.113.2", "203.0.113.10", "203.0.113.25"]),
                r.choice(ASA_SCAN_TCP),
                "outside_access_in",
                ASA_ACL_HASH,
            )
        elif roll < 0.85:
            asa(
                x,
                4,
                "106023",
                'Deny %s src %s:%s/%d dst %s:%s/%d by access-group "%s" %s',
                "udp",
                "outside",
                src,
                sp,
                "outside",
                "203.0.113.2",
                r.choice(ASA_SCAN_UDP),
                "outside_access_in",
                ASA_ACL_HASH,
            )
        elif roll < 0.93:
            asa(
                x,
                4,
                "106023",
                'Deny icmp src %s:%s dst %s:%s (type %d, code %d) by access-group "%s" %s',
                "outside",
                src,
                "outside",
                "203.0.113.10",
                8,
                0,
                "outside_access_in",
                ASA_ACL_HASH,
            )
        else:
            asa(
                x,
                3,
                "313001",
                "Denied ICMP type=%d, code=%d from %s on interface %s",
                8,
                0,
                src,
                "outside",
            )
    for x in poisson(r, t0, t1, 150):
        if r.random() < 0.6:
            asa(
                x,
                6,
                "106015",
                "Deny TCP (no connection) from %s/%d to %s/%d flags %s  on interface %s",
                pub(r),
                443,
                "203.0.113.2",
                r.randrange(49152, 65535),
                r.choice(["RST", "FIN ACK", "ACK", "RST ACK"]),
                "outside",
            )
        else:
            asa(
                x,
                6,
                "106015",
                "Deny TCP (no connection) from %s/%d to %s/%d flags %s  on interface %s",
                ip4(r, "10.0.5"),
                r.randrange(49152, 65535),
                r.choice(["142.250.185.78", "52.97.146.162"]),
                443,
                r.choice(["FIN ACK", "RST", "ACK PSH"]),
                "inside",
            )
    for x in poisson(r, t0, t1, 420):
        asa(
            x,
            2,
            "106001",
            "Inbound TCP connection denied from %s/%d to %s/%d flags %s  on interface %s",
            pub(r),
            r.randrange(1024, 65535),
            "203.0.113.10",
            443,
            r.choice(["FIN ACK", "ACK", "PSH ACK"]),
            "outside",
        )
    # SSH to the outside interface
    for x in poisson(r, t0, t1, 480):
        asa(
            x,
            4,
            "710003",
            "TCP access denied by ACL from %s/%d to %s:%s/%d",
            pub(r),
            r.randrange(1024, 65535),
            "outside",
            "203.0.113.2",
            22,
        )
    # a horizontal scan at 08:20 and 10:37 tripping threat detection
    for start in (at(8, 20, 5), at(10, 37, 40)):
        src = pub(r)
        x = start
        for k in range(90):
            x = asa(
                x + secs(r, 0.02, 0.3),
                4,
                "106023",
                'Deny %s src %s:%s/%d dst %s:%s/%d by access-group "%s" %s',
                "tcp",
                "outside",
                src,
                r.randrange(40000, 60000),
                "outside",
                f"203.0.113.{r.randrange(1, 30)}",
                r.choice([22, 23, 3389, 445]),
                "outside_access_in",
                ASA_ACL_HASH,
            )
            if k in (20, 60):
                asa(
                    x + secs(r, 0.001, 0.01),
                    4,
                    "733100",
                    "[%s] drop rate-%d exceeded. Current burst rate is %d per second, max configured rate is %d; Current average rate is %d per second, max configured rate is %d; Cumulative total count is %d",
                    " Scanning",
                    1,
                    r.randrange(11, 30),
                    10,
                    r.randrange(5, 9),
                    5,
                    r.randrange(2000, 9000),
                )
                asa(
                    x + secs(r, 0.01, 0.02),
                    4,
                    "733100",
                    "[%s] drop rate-%d exceeded. Current burst rate is %d per second, max configured rate is %d; Current average rate is %d per second, max configured rate is %d; Cumulative total count is %d",
                    " Firewall",
                    1,
                    r.randrange(11, 30),
                    10,
                    r.randrange(5, 9),
                    5,
                    r.randrange(3000, 12000),
                )
    for x in poisson(r, t0, t1, 2400):
        asa(
            x,
            4,
            "419002",
            "Duplicate TCP SYN from %s:%s/%d to %s:%s/%d with different initial sequence number",
            "outside",
            pub(r),
            r.randrange(1024, 65535),
            "dmz",
            "10.1.1.10",
            443,
        )

    # AnyConnect users arriving, and leaving
    users = [
        "asmith",
        "bjones",
        "cwu",
        "dpatel",
        "emartin",
        "fgarcia",
        "gkim",
        "hnguyen",
        "ilopez",
        "jchen",
        "kbrown",
        "lrossi",
    ]
    for i, u in enumerate(users):
        x = at(7, 20) + secs(r, 0, 5400)
        ip = pub(r)
        addr = f"10.10.10.{20 + i}"
        x = asa(
            x,
            6,
            "113004",
            "AAA user authentication Successful : server =  %s : user = %s",
            "10.0.0.15",
            u,
        )
        x = asa(
            x + secs(r, 0.05, 0.2),
            4,
            "113039",
            "Group <%s> User <%s> IP <%s> AnyConnect parent session started.",
            "GroupPolicy_VPN",
            u,
            ip,
        )
        x = asa(
            x + secs(r, 1, 3),
            5,
            "722051",
            "Group <%s> User <%s> IP <%s> IPv4 Address <%s> IPv6 address <%s> assigned to session",
            "GroupPolicy_VPN",
            u,
            ip,
            addr,
            "::",
        )
        x = asa(
            x + secs(r, 0.01, 0.1),
            6,
            "722022",
            "Group <%s> User <%s> IP <%s> %s SVC connection established %s compression",
            "GroupPolicy_VPN",
            u,
            ip,
            "TCP",
            "without",
        )
        x = asa(
            x + secs(r, 0.2, 1),
            6,
            "722022",
            "Group <%s> User <%s> IP <%s> %s SVC connection established %s compression",
            "GroupPolicy_VPN",
            u,
            ip,
            "UDP",
            "without",
        )
        dur = r.uniform(900, 9000)
        if dur < 4000 and r.random() < 0.5:
            x = asa(
                x + timedelta(seconds=dur),
                4,
                "722037",
                "Group <%s> User <%s> IP <%s> SVC closing connection: %s.",
                "GroupPolicy_VPN",
                u,
                ip,
                "DPD failure",
            )
            reason = "Idle Timeout"
        else:
            x += timedelta(seconds=dur)
            reason = "User Requested"
        if x < t1:
            asa(
                x + secs(r, 0.01, 0.1),
                4,
                "113019",
                "Group = %s, Username = %s, IP = %s, Session disconnected. Session Type: %s, Duration: %s, Bytes xmt: %d, Bytes rcv: %d, Reason: %s",
                "GroupPolicy_VPN",
                u,
                ip,
                "AnyConnect-Parent",
                f"{int(dur // 3600)}h:{int(dur // 60 % 60):02d}m:{int(dur % 60):02d}s",
                r.randrange(10**6, 10**9),
                r.randrange(10**5, 10**8),
                reason,
            )
    # a password spray on the VPN at 10:00
    for x in poisson(r, at(10, 0), at(10, 25), 22):
        asa(
            x,
            6,
            "113005",
            "AAA user authentication Rejected : reason = %s : server = %s : user = %s : user IP = %s",
            "AAA failure",
            "10.0.0.15",
            "*****",
            pub(r),
        )

    # the partner's IKEv2 peer down 07:05-07:38, then the tunnel up
    for x in poisson(r, at(7, 5), at(7, 38), 45):
        asa(
            x,
            4,
            "750003",
            "Local:%s:%d Remote:%s:%d Username:%s IKEv2 Negotiation aborted due to ERROR: %s",
            "203.0.113.2",
            500,
            "198.51.100.7",
            500,
            "198.51.100.7",
            "Failed to receive the AUTH msg before the timer expired",
        )
    x = asa(
        at(7, 38, 20),
        5,
        "750006",
        "Local:%s:%d Remote:%s:%d Username:%s IKEv2 SA UP. Reason: %s",
        "203.0.113.2",
        500,
        "198.51.100.7",
        500,
        "198.51.100.7",
        "New Connection Established",
    )
    for d in ("inbound", "outbound"):
        x = asa(
            x + secs(r, 0.001, 0.01),
            5,
            "602303",
            "IPSEC: An %s %s SA (SPI= %s) between %s and %s (user= %s) has been created.",
            d,
            "LAN-to-LAN",
            "0x" + hexid(r, 8).upper(),
            "203.0.113.2",
            "198.51.100.7",
            "198.51.100.7",
        )
    for h in (8, 9, 10):
        x = at(h, 38, 21) + secs(r, 0, 3)
        for d in ("inbound", "outbound"):
            x = asa(
                x + secs(r, 0.001, 0.01),
                5,
                "602303",
                "IPSEC: An %s %s SA (SPI= %s) between %s and %s (user= %s) has been created.",
                d,
                "LAN-to-LAN",
                "0x" + hexid(r, 8).upper(),
                "203.0.113.2",
                "198.51.100.7",
                "198.51.100.7",
            )
        for d in ("inbound", "outbound"):
            x = asa(
                x + secs(r, 0.001, 0.01),
                5,
                "602304",
                "IPSEC: An %s %s SA (SPI= %s) between %s and %s (user= %s) has been deleted.",
                d,
                "LAN-to-LAN",
                "0x" + hexid(r, 8).upper(),
                "203.0.113.2",
                "198.51.100.7",
                "198.51.100.7",
            )

    # admins over SSH from the management network
    for x, user, cmds in (
        (
            at(6, 48, 2),
            "netadmin",
            [
                "access-list outside_access_in extended permit tcp any host 10.1.1.25 eq smtp",
                "write memory",
            ],
        ),
        (
            at(8, 33, 40),
            "jdoe",
            ["show conn count", "object network obj-10.1.1.30", "host 10.1.1.30", "write memory"],
        ),
        (at(10, 5, 11), "netadmin", ["show failover", "show interface GigabitEthernet0/1"]),
    ):
        if user == "jdoe":
            x = asa(
                x,
                6,
                "605004",
                'Login denied from %s/%d to %s:%s/%s for user "%s"',
                "10.0.9.5",
                r.randrange(50000, 60000),
                "inside",
                "10.0.0.1",
                "ssh",
                user,
            )
            x += secs(r, 5, 15)
        x = asa(
            x,
            6,
            "605005",
            'Login permitted from %s/%d to %s:%s/%s for user "%s"',
            "10.0.9.5",
            r.randrange(50000, 60000),
            "inside",
            "10.0.0.1",
            "ssh",
            user,
        )
        for c in cmds:
            x += secs(r, 5, 60)
            if c == "write memory":
                x = asa(x, 5, "111008", "User '%s' executed the '%s' command.", user, c)
            x = asa(
                x + secs(r, 0.001, 0.01),
                5,
                "111010",
                "User '%s', running '%s' from IP %s, executed '%s'",
                user,
                "CLI",
                "10.0.9.5",
                c,
            )

    # fw-edge-a's inside link drops at 09:12: fw-edge-b takes over
    x = asa(
        failover - timedelta(seconds=4),
        4,
        "411002",
        "Line protocol on Interface %s, changed state to down",
        "GigabitEthernet0/1",
        unit="fw-edge-a",
    )
    x = asa(
        x + secs(r, 0.5, 1),
        1,
        "105008",
        "(%s) Testing Interface %s",
        "Secondary",
        "inside",
        unit="fw-edge-b",
    )
    x = asa(
        x + secs(r, 1, 2),
        1,
        "105009",
        "(%s) Testing on interface %s %s",
        "Secondary",
        "inside",
        "Passed",
        unit="fw-edge-b",
    )
    x = asa(
        x + secs(r, 0.1, 0.5),
        1,
        "104002",
        "(%s) Switching to STANDBY - %s",
        "Primary",
        "interface check, mate is healthier",
        unit="fw-edge-a",
    )
    x = asa(
        x + secs(r, 0.05, 0.2),
        1,
        "104001",
        "(%s) Switching to ACTIVE - %s",
        "Secondary",
        "Other unit wants me Active. Primary unit switch reason: Interface check.",
        unit="fw-edge-b",
    )
    asa(
        at(9, 41, 7),
        4,
        "411001",
        "Line protocol on Interface %s, changed state to up",
        "GigabitEthernet0/1",
        unit="fw-edge-a",
    )
    asa(
        at(9, 41, 9),
        1,
        "105009",
        "(%s) Testing on interface %s %s",
        "Primary",
        "inside",
        "Passed",
        unit="fw-edge-a",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- f5-bigip

F5_WEB = [
    "/Common/10.1.10.11:80",
    "/Common/10.1.10.12:80",
    "/Common/10.1.10.13:80",
    "/Common/10.1.10.14:80",
]
F5_API = ["/Common/10.1.20.21:8080", "/Common/10.1.20.22:8080", "/Common/10.1.20.23:8080"]
F5_DOWN_503 = "01070638:5: Pool %s member %s monitor status down. [ %s: down; last error: %s: Response Code: %d (%s) @%s.  ]  [ was up for %s ]"
F5_DOWN_DEADLINE = "01070638:5: Pool %s member %s monitor status down. [ %s: down; last error: %s: No successful responses received before deadline. @%s.  ]  [ was up for %s ]"
F5_UP = "01070727:5: Pool %s member %s monitor status up. [ %s: up ]  [ was down for %s ]"


def f5_dur(sec: float) -> str:
    s = int(sec)
    h, m = s // 3600, s // 60 % 60
    return f"{h}hr{'s' if h > 1 else ''}:{m}min{'s' if m > 1 else ''}:{s % 60}sec"


def f5_bigip(r: random.Random) -> list[Log]:
    fs = Files(1)
    t0, t1 = at(6, 0), at(11, 0)
    tmm_pid = {"bigip1": 18452, "bigip2": 17933}
    mcpd_pid = {"bigip1": 7211, "bigip2": 7185}

    def f5(
        unit: str, t: datetime, level: str, proc: str, label: str, fmt: str | None, *vals: object
    ) -> datetime:
        if proc.startswith("tmm"):
            pid = tmm_pid[unit]
        elif proc == "mcpd":
            pid = mcpd_pid[unit]
        else:
            pid = {"sod": 6021, "sod2": 6017}.get(proc, 5000)
        msg = fill(fmt if fmt is not None else label, *vals)
        name = "sod" if proc.startswith("sod") else proc
        return fs.add(
            f"{unit}-ltm",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {unit} {level} {name}[{pid}]: {msg}"],
            proc=(unit, proc),
        )

    def tmm() -> str:
        return r.choice(["tmm", "tmm1", "tmm2", "tmm3"])

    # scanners and old clients failing TLS on the shop's virtual server
    for x in poisson(r, t0, t1, 17):
        f5(
            "bigip1",
            x,
            "warning",
            tmm(),
            "01260013:4: SSL Handshake failed for %s %s:%d -> %s:%d",
            None,
            "TCP",
            pub(r),
            r.randrange(1024, 65535),
            "10.0.0.10",
            443,
        )
    for x in poisson(r, t0, t1, 140):
        kind = r.random()
        if kind < 0.6:
            f5(
                "bigip1",
                x,
                "warning",
                tmm(),
                "01260009:4: %s:%d -> %s:%d: Connection error: ssl_hs_rxhello:%d: unsupported version (%d)",
                None,
                pub(r),
                r.randrange(1024, 65535),
                "10.0.0.10",
                443,
                8173,
                70,
            )
        else:
            f5(
                "bigip1",
                x,
                "warning",
                tmm(),
                "01260009:4: %s:%d -> %s:%d: Connection error: ssl_hs_rxhello:%d: no shared cipher (%d)",
                None,
                pub(r),
                r.randrange(1024, 65535),
                "10.0.0.10",
                443,
                8251,
                40,
            )
    for x in poisson(r, t0, t1, 95):
        if r.random() < 0.8:
            f5(
                "bigip1",
                x,
                "warning",
                tmm(),
                "011e0001:4: Limiting closed port RST response from %d to %d packets/sec",
                None,
                r.randrange(251, 900),
                250,
            )
        else:
            f5(
                "bigip1",
                x,
                "warning",
                tmm(),
                "011e0001:4: Limiting open port RST response from %d to %d packets/sec",
                None,
                r.randrange(251, 600),
                250,
            )
    for unit in tmm_pid:
        for x in poisson(r, t0, t1, 420):
            f5(
                unit,
                x,
                "notice",
                tmm(),
                "01010029:5: Clock advanced by %d ticks",
                None,
                r.randrange(100, 400),
            )

    # the iRule logging slow responses
    for x in poisson(r, t0, t1, 50):
        uri = r.choice(
            [
                "/api/v1/orders",
                "/api/v1/cart",
                "/checkout",
                "/search?q=" + r.choice(["shoes", "jacket", "lamp"]),
                "/api/v1/products",
            ]
        )
        f5(
            "bigip1",
            x,
            "info",
            tmm(),
            "Rule %s <%s>: slow response %d ms from %s for %s %s",
            None,
            "/Common/irule_timing",
            "HTTP_RESPONSE",
            r.randrange(2000, 9000),
            r.choice(F5_WEB + F5_API).split("/")[2],
            r.choice(["GET", "POST"]),
            uri,
        )

    def mon_down(
        t: datetime, pool: str, member: str, mon: str, deadline: bool, up_for: float
    ) -> None:
        for unit in tmm_pid:
            tt = t + secs(r, 0, 3)
            stamp = f"{tt:%Y/%m/%d %H:%M:%S}"
            if deadline:
                f5(
                    unit,
                    tt,
                    "notice",
                    "mcpd",
                    F5_DOWN_DEADLINE,
                    None,
                    pool,
                    member,
                    mon,
                    mon,
                    stamp,
                    f5_dur(up_for),
                )
            else:
                f5(
                    unit,
                    tt,
                    "notice",
                    "mcpd",
                    F5_DOWN_503,
                    None,
                    pool,
                    member,
                    mon,
                    mon,
                    503,
                    "Service Unavailable",
                    stamp,
                    f5_dur(up_for),
                )

    def mon_up(t: datetime, pool: str, member: str, mon: str, down_for: float) -> None:
        for unit in tmm_pid:
            f5(
                unit,
                t + secs(r, 0, 3),
                "notice",
                "mcpd",
                F5_UP,
                None,
                pool,
                member,
                mon,
                f5_dur(down_for),
            )

    # a web member returning 503 (07:12-07:40), flapping twice before it stays down
    m = F5_WEB[2]
    x = at(7, 12, 4)
    mon_down(x, "/Common/pool_web", m, "/Common/mon_http_shop", False, 15000 + 72 * 60)
    x2 = x + timedelta(seconds=130)
    mon_up(x2, "/Common/pool_web", m, "/Common/mon_http_shop", 130)
    x3 = x2 + timedelta(seconds=95)
    mon_down(x3, "/Common/pool_web", m, "/Common/mon_http_shop", False, 95)
    mon_up(
        at(7, 40, 31),
        "/Common/pool_web",
        m,
        "/Common/mon_http_shop",
        (at(7, 40, 31) - x3).total_seconds(),
    )
    # nodes' ICMP monitor during the web member's host reboot
    for unit in tmm_pid:
        f5(
            unit,
            at(7, 31, 2) + secs(r, 0, 2),
            "notice",
            "mcpd",
            "01070640:5: Node %s address %s monitor status down. [ %s: down ]  [ was up for %s ]",
            None,
            "/Common/10.1.10.13",
            "10.1.10.13",
            "/Common/icmp",
            f5_dur(19 * 3600 + 31 * 60),
        )
        f5(
            unit,
            at(7, 34, 40) + secs(r, 0, 2),
            "notice",
            "mcpd",
            "01070728:5: Node %s address %s monitor status up. [ %s: up ]  [ was down for %s ]",
            None,
            "/Common/10.1.10.13",
            "10.1.10.13",
            "/Common/icmp",
            f5_dur(218),
        )
    # the API pool loses all members at 08:05 (the database behind it), back at 08:14
    down = at(8, 5, 12)
    for i, m in enumerate(F5_API):
        mon_down(
            down + timedelta(seconds=i * 4),
            "/Common/pool_api",
            m,
            "/Common/mon_http_api",
            True,
            7000 + i * 300,
        )
    x = down + timedelta(seconds=9)
    for unit in tmm_pid:
        f5(
            unit,
            x + secs(r, 0, 0.5),
            "err",
            "tmm",
            "01010028:3: No members available for pool %s",
            None,
            "/Common/pool_api",
        )
        f5(
            unit,
            x + secs(r, 0.5, 1),
            "notice",
            "mcpd",
            "01071682:5: SNMP_TRAP: Virtual %s has become unavailable",
            None,
            "/Common/vs_api_https",
        )
    back = at(8, 14, 40)
    for i, m in enumerate(F5_API):
        mon_up(
            back + timedelta(seconds=i * 6),
            "/Common/pool_api",
            m,
            "/Common/mon_http_api",
            560 - i * 2,
        )
    for unit in tmm_pid:
        f5(
            unit,
            back + secs(r, 0, 0.5),
            "err",
            "tmm",
            "01010221:3: Pool %s now has available members",
            None,
            "/Common/pool_api",
        )
        f5(
            unit,
            back + secs(r, 0.5, 1),
            "notice",
            "mcpd",
            "01071681:5: SNMP_TRAP: Virtual %s has become available",
            None,
            "/Common/vs_api_https",
        )

    # an iRule change at 09:00 that fails on every request until it is reverted at 09:21
    audit = "01070417:5: AUDIT - client %s, tmsh-pid=%d, user %s - transaction #%d-%d - object %d - %s [Status=%s]"
    f5(
        "bigip1",
        at(9, 0, 14),
        "notice",
        "mcpd",
        audit,
        None,
        "tmsh",
        23110,
        "jdoe",
        1841377,
        1,
        0,
        "modify { ltm rule /Common/irule_api_routing { ... } }",
        "Command OK",
    )
    for x in poisson(r, at(9, 0, 15), at(9, 21, 2), 7):
        f5(
            "bigip1",
            x,
            "err",
            tmm(),
            '01220001:3: TCL error: %s <%s> - can\'t read "%s": no such variable     while executing "%s"',
            None,
            "/Common/irule_api_routing",
            "HTTP_REQUEST",
            "backend",
            "pool $backend",
        )
    f5(
        "bigip1",
        at(9, 21, 2),
        "notice",
        "mcpd",
        audit,
        None,
        "tmsh",
        23398,
        "jdoe",
        1841902,
        1,
        0,
        "modify { ltm rule /Common/irule_api_routing { ... } }",
        "Command OK",
    )
    for x, who, obj in (
        (
            at(6, 40, 3),
            "netadmin",
            "modify { ltm pool /Common/pool_web { members modify { /Common/10.1.10.13:80 { session user-disabled } } } }",
        ),
        (
            at(7, 42, 50),
            "netadmin",
            "modify { ltm pool /Common/pool_web { members modify { /Common/10.1.10.13:80 { session user-enabled } } } }",
        ),
    ):
        f5(
            "bigip1",
            x,
            "notice",
            "mcpd",
            audit,
            None,
            "tmsh",
            r.randrange(20000, 30000),
            who,
            r.randrange(1800000, 1900000),
            1,
            0,
            obj,
            "Command OK",
        )
        f5(
            "bigip1",
            x + secs(r, 0.01, 0.1),
            "notice",
            "mcpd",
            "01070641:5: Pool %s member %s session status %s.",
            None,
            "/Common/pool_web",
            "/Common/10.1.10.13:80",
            "forced disabled" if "disabled" in obj else "enabled",
        )

    # a batch import at 09:45 exhausting the SNAT pool's ports
    for x in poisson(r, at(9, 45, 10), at(9, 58), 5):
        f5(
            "bigip1",
            x,
            "crit",
            tmm(),
            "01010201:2: Inet port exhaustion on %s to %s (proto %d)",
            None,
            "10.1.250.5",
            r.choice(["10.1.20.21:8080", "10.1.20.22:8080", "10.1.20.23:8080"]),
            6,
        )
    for k, x in enumerate([at(9, 47, 3), at(9, 52, 40)]):
        f5(
            "bigip1",
            x,
            "warning",
            "tmm",
            "011e0002:4: sweeper_update: aggressive mode activated. (%d/%d pages)",
            None,
            117504 + k * 211,
            138240,
        )
        f5(
            "bigip1",
            x + secs(r, 60, 180),
            "warning",
            "tmm",
            "011e0002:4: sweeper_update: aggressive mode deactivated. (%d/%d pages)",
            None,
            116480 - k * 97,
            138240,
        )
    # a client with an oversized cookie
    for x in poisson(r, at(6, 30), t1, 420):
        f5(
            "bigip1",
            x,
            "err",
            tmm(),
            "011f0005:3: HTTP header (%d) exceeded maximum allowed size of %d (Client side: vip=%s profile=%s addr=%s port=%d vlan=%d)",
            None,
            r.randrange(32769, 40000),
            32768,
            "/Common/vs_shop_https",
            "/Common/http_shop",
            "198.51.100.77",
            r.randrange(1024, 65535),
            0,
        )
    # SYN cookies on the shop during a flood at 10:20
    for x in poisson(r, at(10, 20), at(10, 26), 20):
        f5(
            "bigip1",
            x,
            "notice",
            tmm(),
            "01010038:5: Syncookie counter %d exceeded vip threshold %d for virtual = %s",
            None,
            r.randrange(5001, 9000),
            5000,
            "10.0.0.10:443",
        )
    # the HA pair loses the failover network for a minute at 10:41
    x = at(10, 41, 12)
    f5(
        "bigip1",
        x,
        "warning",
        "sod",
        "010c007e:4: Not receiving status updates from peer device %s (%s) (Disconnected).",
        None,
        "/Common/bigip2.example.net",
        "10.1.99.2",
    )
    f5(
        "bigip2",
        x + secs(r, 0.2, 1),
        "warning",
        "sod2",
        "010c007e:4: Not receiving status updates from peer device %s (%s) (Disconnected).",
        None,
        "/Common/bigip1.example.net",
        "10.1.99.1",
    )
    x += timedelta(seconds=63)
    f5(
        "bigip1",
        x,
        "notice",
        "sod",
        "010c007f:5: Receiving status updates from peer device %s (%s) (Online).",
        None,
        "/Common/bigip2.example.net",
        "10.1.99.2",
    )
    f5(
        "bigip2",
        x + secs(r, 0.2, 1),
        "notice",
        "sod2",
        "010c007f:5: Receiving status updates from peer device %s (%s) (Online).",
        None,
        "/Common/bigip1.example.net",
        "10.1.99.1",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- ulogd

UL_WAN_MAC = "52:54:00:3a:91:0c"
UL_ISP_MAC = "00:1b:21:9e:44:07"
UL_WAN4 = "203.0.113.50"
UL_WAN6 = "2001:db8:4a1:10::2"
UL_STACKS = [
    "log1:NFLOG,base1:BASE,ifi1:IFINDEX,ip2str1:IP2STR,print1:PRINTPKT,emu1:LOGEMU",
    "log2:NFLOG,base1:BASE,ifi1:IFINDEX,ip2str1:IP2STR,mac2str1:HWHDR,json1:JSON",
]


def ulogd(r: random.Random) -> list[Log]:
    fs = Files(1)
    t0, t1 = at(6, 0), at(11, 0)
    rotate = at(6, 25, 2)

    def emu(t: datetime, prefix: str, fam: str, proto: str, fields: str) -> datetime:
        f = "syslogemu.log.1" if t < rotate else "syslogemu.log"
        label = f"{prefix} {fam} {proto}"
        return fs.add(f, t, label, lambda x: [f"{syslog_ts(x)} gw1 {prefix} {fields}"], proc="emu")

    def mac_in(src_mac: str, dst_mac: str) -> str:
        return f"{dst_mac}:{src_mac}:08:00"

    def v4(
        t: datetime,
        prefix: str,
        iface_in: str,
        iface_out: str,
        m: str,
        src: str,
        dst: str,
        proto: str,
        ttl: int,
        df: bool,
        rest: str,
        length: int | None = None,
    ) -> datetime:
        ln = length or r.choice([40, 44, 52, 60, 60, 60])
        head = f"IN={iface_in} OUT={iface_out} MAC={m} SRC={src} DST={dst} LEN={ln} TOS=00 PREC=0x00 TTL={ttl} ID={r.randrange(0, 65536)} {'DF ' if df else ''}"
        return emu(t, prefix, "IPv4", proto, head + rest + "MARK=0 ")

    def tcp(sp: int, dp: int, flags: str, syn: bool = True) -> str:
        seq = r.randrange(0, 2**32)
        ack = 0 if flags == "SYN " else r.randrange(0, 2**32)
        return f"PROTO=TCP SPT={sp} DPT={dp} SEQ={seq} ACK={ack} WINDOW={r.choice([1024, 29200, 64240, 65535, 8192])} {flags}URGP=0 "

    def udp(sp: int, dp: int) -> str:
        return f"PROTO=UDP SPT={sp} DPT={dp} LEN={r.randrange(16, 120)} "

    def icmp(typ: int, code: int) -> str:
        s = f"PROTO=ICMP TYPE={typ} CODE={code} "
        if code == 0:
            s += f"ID={r.randrange(1, 65535)} SEQ={r.randrange(1, 2000)} "
        return s

    def wan_mac() -> str:
        return mac_in(UL_ISP_MAC, UL_WAN_MAC)

    # the internet's scans of the WAN address
    for x in poisson(r, t0, t1, 20):
        roll = r.random()
        src = pub(r)
        if roll < 0.66:
            v4(
                x,
                "[nft-in-drop]",
                "enp1s0",
                "",
                wan_mac(),
                src,
                UL_WAN4,
                "TCP",
                r.randrange(38, 250),
                r.random() < 0.3,
                tcp(r.randrange(1024, 65535), r.choice(ASA_SCAN_TCP), "SYN "),
            )
        elif roll < 0.88:
            v4(
                x,
                "[nft-in-drop]",
                "enp1s0",
                "",
                wan_mac(),
                src,
                UL_WAN4,
                "UDP",
                r.randrange(38, 250),
                False,
                udp(r.randrange(1024, 65535), r.choice(ASA_SCAN_UDP)),
            )
        else:
            v4(
                x,
                "[nft-in-drop]",
                "enp1s0",
                "",
                wan_mac(),
                src,
                UL_WAN4,
                "ICMP",
                r.randrange(38, 250),
                False,
                icmp(r.choice([8, 8, 13]), 0),
                84,
            )
    # IPv6 scans
    for x in poisson(r, t0, t1, 70):
        src = f"2a0{r.randrange(1, 9)}:{hexid(r, 4)}:{hexid(r, 3)}::{hexid(r, 2)}"
        tc = 0
        fields = f"IN=enp1s0 OUT= MAC={wan_mac()[:-5]}86:dd SRC={src} DST={UL_WAN6} LEN=80 TC={tc} HOPLIMIT={r.randrange(40, 64)} FLOWLBL={r.randrange(0, 1 << 20)} "
        if r.random() < 0.8:
            emu(
                x,
                "[nft-in-drop]",
                "IPv6",
                "TCP",
                fields + tcp(r.randrange(1024, 65535), r.choice(ASA_SCAN_TCP), "SYN ") + "MARK=0 ",
            )
        else:
            emu(
                x,
                "[nft-in-drop]",
                "IPv6",
                "ICMPv6",
                fields
                + f"PROTO=ICMPv6 TYPE=128 CODE=0 ID={r.randrange(1, 65535)} SEQ={r.randrange(1, 100)} MARK=0 ",
            )
    # packets without a connection (late ACKs and RSTs, after conntrack forgot them)
    for x in poisson(r, t0, t1, 60):
        if r.random() < 0.6:
            v4(
                x,
                "[nft-invalid]",
                "enp1s0",
                "",
                wan_mac(),
                pub(r),
                UL_WAN4,
                "TCP",
                r.randrange(40, 60),
                True,
                tcp(
                    443,
                    r.randrange(32768, 61000),
                    r.choice(["ACK FIN ", "ACK RST ", "RST ", "ACK PSH "]),
                ),
            )
        else:
            v4(
                x,
                "[nft-invalid]",
                "br-lan",
                "enp1s0",
                mac_in(f"00:1e:06:{hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}", "52:54:00:3a:91:0d"),
                ip4(r, "10.0.10"),
                r.choice(["142.250.185.78", "151.101.1.69"]),
                "TCP",
                63,
                True,
                tcp(r.randrange(32768, 61000), 443, r.choice(["ACK FIN ", "ACK RST ", "RST "])),
            )
    # the admin's SSH to the gateway, accepted and logged
    for x in poisson(r, at(7, 0), t1, 1300):
        v4(
            x,
            "[nft-ssh-new]",
            "br-lan",
            "",
            mac_in("00:1e:06:45:12:9a", "52:54:00:3a:91:0d"),
            "10.0.10.5",
            "10.0.10.1",
            "TCP",
            64,
            True,
            tcp(r.randrange(32768, 61000), 22, "SYN "),
            60,
        )
    # the RDP port forward, logged on new connections; brute-forced from 08:00
    for x in poisson(r, t0, t1, 420):
        v4(
            x,
            "[nft-dnat-rdp]",
            "enp1s0",
            "br-lan",
            wan_mac(),
            r.choice(["198.51.100.140", "198.51.100.141"]),
            "10.0.10.20",
            "TCP",
            r.randrange(50, 120),
            True,
            tcp(r.randrange(49152, 65535), 3389, "SYN "),
            52,
        )
    for x in poisson(r, at(8, 2), at(8, 31), 4.5):
        v4(
            x,
            "[nft-dnat-rdp]",
            "enp1s0",
            "br-lan",
            wan_mac(),
            "91.191.209.218",
            "10.0.10.20",
            "TCP",
            113,
            True,
            tcp(r.randrange(49152, 65535), 3389, "SYN "),
            52,
        )
    # an infected PC sending mail directly (forward drops), 07:31 to 07:58
    for x in poisson(r, at(7, 31), at(7, 58), 8):
        v4(
            x,
            "[nft-fwd-drop]",
            "br-lan",
            "enp1s0",
            mac_in("00:1e:06:33:7c:e1", "52:54:00:3a:91:0d"),
            "10.0.10.57",
            pub(r),
            "TCP",
            127,
            True,
            tcp(r.randrange(49152, 65535), 25, "SYN "),
            52,
        )
    for x in poisson(r, t0, t1, 300):
        v4(
            x,
            "[nft-fwd-drop]",
            "br-lan",
            "enp1s0",
            mac_in(f"00:1e:06:{hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}", "52:54:00:3a:91:0d"),
            ip4(r, "10.0.10"),
            pub(r),
            "UDP",
            127,
            False,
            udp(r.randrange(49152, 65535), r.choice([137, 138, 1900, 5355])),
        )
    # the IoT VLAN trying the LAN
    for x in poisson(r, t0, t1, 75):
        dev = r.choice(
            [
                ("10.0.20.31", "b8:27:eb:11:2c:90"),
                ("10.0.20.44", "d8:f1:5b:02:77:a1"),
                ("10.0.20.45", "d8:f1:5b:02:77:b4"),
            ]
        )
        if r.random() < 0.7:
            v4(
                x,
                "[nft-iot-drop]",
                "enp2s0.20",
                "br-lan",
                mac_in(dev[1], "52:54:00:3a:91:0e"),
                dev[0],
                ip4(r, "10.0.10"),
                "TCP",
                63,
                True,
                tcp(r.randrange(32768, 61000), r.choice([80, 443, 8009, 554, 22]), "SYN "),
                60,
            )
        else:
            v4(
                x,
                "[nft-iot-drop]",
                "enp2s0.20",
                "br-lan",
                mac_in(dev[1], "52:54:00:3a:91:0e"),
                dev[0],
                "10.0.10.255",
                "UDP",
                64,
                False,
                udp(r.randrange(32768, 61000), r.choice([5353, 1900, 6667])),
            )
    # the gateway's own NTP to a blocked pool server (output rejects)
    for x in poisson(r, t0, t1, 600):
        v4(
            x,
            "[nft-out-reject]",
            "",
            "enp1s0",
            "",
            UL_WAN4,
            r.choice(["162.159.200.1", "185.125.190.56"]),
            "UDP",
            64,
            True,
            udp(123, 123),
            76,
        )
    # a ping flood over the rate limit at 09:40
    src = "77.247.110.38"
    for x in poisson(r, at(9, 40, 5), at(9, 44, 30), 2):
        v4(
            x,
            "[nft-ratelimit]",
            "enp1s0",
            "",
            wan_mac(),
            src,
            UL_WAN4,
            "ICMP",
            52,
            False,
            icmp(8, 0),
            1028,
        )
    # the SYN flood at 08:40: NFLOG's buffer overflows
    for x in poisson(r, at(8, 40, 2), at(8, 43), 0.7):
        v4(
            x,
            "[nft-in-drop]",
            "enp1s0",
            "",
            wan_mac(),
            pub(r),
            UL_WAN4,
            "TCP",
            r.randrange(230, 250),
            False,
            tcp(r.randrange(1024, 65535), 443, "SYN "),
            40,
        )

    # ulogd.log (loglevel 3): start, logrotate's SIGHUP, the buffer, the 09:00 restart
    def ul(
        t: datetime, level: int, src: str, label: str, fmt: str | None, *vals: object
    ) -> datetime:
        msg = fill(fmt if fmt is not None else label, *vals)
        return fs.add(
            "ulogd.log",
            t,
            label,
            lambda x: [f"{x:%a %b} {x.day:2d} {x:%H:%M:%S %Y} <{level}> {src} {msg}"],
            proc="ulogd",
        )

    def start(t: datetime) -> datetime:
        t = ul(t, 3, "ulogd.c:1066", "ulogd Version %s (re-)starting", None, "2.0.8")
        for s in UL_STACKS:
            t = ul(
                t + secs(r, 0.001, 0.01),
                5,
                "ulogd.c:971",
                "building new pluginstance stack: '%s'",
                None,
                s,
            )
        return ul(
            t + secs(r, 0.01, 0.05),
            3,
            "ulogd.c:1611",
            "initialization finished, entering main loop",
            None,
        )

    start(at(5, 59, 58) + timedelta(seconds=0))
    x = ul(
        rotate - timedelta(seconds=1),
        5,
        "ulogd.c:1197",
        "signal received, calling pluginstances",
        None,
    )
    ul(
        x + secs(r, 0.0001, 0.001),
        5,
        "ulogd_output_LOGEMU.c:82",
        "syslogemu: reopening logfile",
        None,
    )
    x = at(8, 40, 31)
    size = 150000
    for _ in range(4):
        size *= 2
        x = ul(
            x + secs(r, 1, 12),
            5,
            "ulogd_inppkt_NFLOG.c:415",
            "We are losing events, increasing buffer size to %d",
            None,
            size,
        )
    for _ in range(9):
        x = ul(
            x + secs(r, 3, 15),
            7,
            "ulogd_inppkt_NFLOG.c:425",
            "Maximum buffer size (%d) in NFLOG has been reached. Please, consider rising `netlink_socket_buffer_size` and `netlink_socket_buffer_maxsize` clauses.",
            None,
            size,
        )
    x = ul(at(9, 0, 40), 5, "ulogd.c:1161", "Terminal signal received, exiting", None)
    start(x + secs(r, 0.5, 1.5))
    return fs.logs(t0)


SYSTEMS = {
    "modsecurity": modsecurity,
    "sshguard": sshguard,
    "cisco-asa": cisco_asa,
    "f5-bigip": f5_bigip,
    "ulogd": ulogd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

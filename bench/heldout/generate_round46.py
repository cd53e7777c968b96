#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 46 (rspamd, calico, wazuh, kibana, netdata) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded
run, and every line that starts an event is labelled with the format string that wrote it as it
is written. Five log shapes not yet covered: Rspamd 3.8's rspamd.log (`2024-06-11 06:00:02
#1234(normal) <a1b2c3>; task; rspamd_task_write_log: msg`: the pid and the process type, the
task's or module's short id in angle brackets, the log module and the C function before the
message; the per-message summary whose symbol list runs to hundreds of characters; Lua plugins'
`file.lua:line:` before their message), Calico Felix 3.27 (`2024-06-11 06:00:02.118 [INFO][57]
felix/int_dataplane.go 1817: msg key=value ...`: logrus with a file and a line as the source,
fields holding Go structs printed with `%#v`), Wazuh 4.8's ossec.log (`2024/06/11 06:00:02
wazuh-modulesd:syscollector: INFO: (1234): msg`: a daemon and module as the tag, the level
word, a numbered message code inside the message), Kibana 8's ECS JSON log (`{"ecs":...,
"@timestamp":...,"log":{"level":"INFO","logger":"plugins.taskManager"},"message":...}`: the
logger a dotted plugin path, errors with the whole JS stack inside `error.stack_trace`) and
Netdata 1.43's error.log and collector.log (`2024-06-11 06:00:02: netdata INFO  : MAIN : msg`:
the thread's name between colons; go.d's logfmt records after `go.d[pid]`, python.d's
`python.d ERROR: nginx_log[local] : msg`). Run it only to change the data on purpose:
`python bench/heldout/generate_round46.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from generate import Log, alnum, generate, hexid, ip4, pick, uuid4

# printf's (rspamd's own %ud %uL %z %V too), Go's, JS template literals' conversions
SPEC = re.compile(r"%%|%[-0-9.#*]*(?:ud|uL|ul|uz|xd|xs|HL|hu|zu|lld|llu|[sdfvqxVzLP])|\$\{[^}]*\}")
_END = object()


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals` in order (`%%` a percent sign):
    the line's label is `fmt` itself."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        v = next(it)
        if re.fullmatch(r"%[-0-9.]*[df]", spec) and not isinstance(v, str):
            return spec % v
        return str(v)

    out = SPEC.sub(one, fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def go_dur(r: random.Random, lo: float, hi: float) -> str:
    """A duration in seconds drawn from [lo, hi) as Go's time.Duration prints it."""
    s = r.uniform(lo, hi)
    if s < 0.001:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    if s < 60:
        return f"{s:.9f}".rstrip("0").rstrip(".") + "s"
    m, sec = divmod(s, 60)
    return f"{int(m)}m{sec:.9f}".rstrip("0").rstrip(".") + "s"


MAIL_DOMAINS = [
    "example.com",
    "mail.example.org",
    "newsletter.shop-deals.net",
    "gmail.com",
    "outlook.com",
    "bank-notices.info",
    "lists.debian.org",
    "github.com",
    "corp.example.net",
    "yahoo.co.jp",
]
LOCAL_USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"]

# --------------------------------------------------------------------------------- rspamd

RSPAMD_HAM = [
    ("ARC_NA", 0.0, ""),
    ("MIME_GOOD", -0.1, "text/plain"),
    ("R_DKIM_ALLOW", -0.2, "{dom}:s=google"),
    ("R_SPF_ALLOW", -0.2, "+ip4:{ip}"),
    ("DMARC_POLICY_ALLOW", -0.5, "{dom},none"),
    ("RCVD_TLS_LAST", 0.0, ""),
    ("FROM_HAS_DN", 0.0, ""),
    ("TO_DN_NONE", 0.0, ""),
    ("RCPT_COUNT_ONE", 0.0, "1"),
    ("MID_RHS_MATCH_FROM", 0.0, ""),
    ("ASN", 0.0, "asn:15169, ipnet:209.85.128.0/17, country:US"),
    ("RCVD_COUNT_TWO", 0.0, "2"),
    ("FROM_EQ_ENVFROM", 0.0, ""),
    ("TO_MATCH_ENVRCPT_ALL", 0.0, ""),
    ("NEURAL_HAM", -1.2, "-0.912/0.000"),
    ("BAYES_HAM", -2.99, "99.99%"),
    ("MIME_TRACE", 0.0, "0:+"),
    ("DKIM_TRACE", 0.0, "{dom}:+"),
    ("R_MIXED_CHARSET", 0.0, ""),
]
RSPAMD_SPAM = [
    ("BAYES_SPAM", 5.1, "99.87%"),
    ("RBL_SPAMHAUS_XBL", 4.0, "{rip}.zen.spamhaus.org:127.0.0.4"),
    ("R_SPF_FAIL", 1.0, "-all"),
    ("DMARC_POLICY_REJECT", 2.0, "{dom} : No valid SPF, No valid DKIM,reject"),
    ("FUZZY_DENIED", 12.0, "1:{h}:1.00:txt"),
    ("HFILTER_HOSTNAME_UNKNOWN", 2.5, ""),
    ("URIBL_BLACK", 7.5, "{dom}:url"),
    ("FORGED_SENDER", 0.3, ""),
    ("SUBJ_ALL_CAPS", 3.0, ""),
    ("R_BAD_CTE_7BIT", 3.5, "7bit,utf8"),
    ("MISSING_DATE", 1.0, ""),
    ("FREEMAIL_FROM", 0.0, "gmail.com"),
    ("PHISHING", 4.5, "{dom}->paypal.com"),
]
RSPAMD_PLUGINS = [
    "antivirus",
    "arc",
    "asn",
    "bimi",
    "clickhouse",
    "dcc",
    "dkim_signing",
    "dmarc",
    "elastic",
    "external_relay",
    "fuzzy_check",
    "greylist",
    "history_redis",
    "milter_headers",
    "mime_types",
    "multimap",
    "mx_check",
    "neural",
    "phishing",
    "ratelimit",
    "rbl",
    "replies",
    "reputation",
    "spamassassin",
    "spamtrap",
    "trie",
    "url_redirector",
]
RSPAMD_MAPS = [
    ("https://maps.rspamd.com/rspamd/mid.inc.zst", "mid.inc"),
    ("https://maps.rspamd.com/rspamd/redirectors.inc.zst", "redirectors.inc"),
    ("https://maps.rspamd.com/rspamd/surbl-whitelist.inc.zst", "surbl-whitelist.inc"),
    ("https://maps.rspamd.com/rspamd/spf_dkim_whitelist.inc.zst", "spf_dkim_whitelist.inc"),
    ("https://maps.rspamd.com/freemail/free.txt.zst", "free.txt"),
    ("https://maps.rspamd.com/rspamd/dmarc_whitelist.inc.zst", "dmarc_whitelist.inc"),
]


def rspamd(r: random.Random) -> list[Log]:
    """Rspamd 3.8 behind Postfix through its proxy's milter mode, on one host: start-up (the
    main process's version, CPU and cryptobox lines, the configuration read and every Lua
    plugin initialised with its digest, workers forked and their limits), cached maps read and
    maps polled (not modified, or downloaded), then per message the proxy's milter connection,
    the normal worker's `loaded message` and `rspamd_task_write_log` summary (one line: id, qid,
    ip, from, the action and the symbols with their scores and options, length, time, DNS
    requests, digest, recipients), greylisting, DKIM signing, Bayes not ready to classify,
    fuzzy storage timeouts, SPF and DKIM lookups failing, Redis becoming unreachable for a
    while, the controller's learn requests and its stat calls, and one reload."""
    log = Log("rspamd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    main_pid = 1230
    workers = {"normal": [1234, 1235], "controller": [1233], "rspamd_proxy": [1236, 1237]}
    cfg_id = hexid(r, 6)
    redis_down = [False]

    def w(proc: str, pid: int, sid: str, module: str, func: str, fmt: str, *vals, lo=0.0, hi=0.4):
        t = log.tick(r, lo, hi)
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S} #{pid}({proc}) {sid}; {module}; {func}: {fill(fmt, *vals)}",
            fmt,
        )

    def lua(proc, pid, sid, src, fmt, *vals, lo=0.0, hi=0.3):
        # rspamd_logger.infox(task, fmt, ...): the Lua file and line come before the message
        t = log.tick(r, lo, hi)
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S} #{pid}({proc}) <{sid}>; lua; {src}: {fill(fmt, *vals)}",
            fmt,
        )

    def start(reload: bool = False) -> None:
        sid = f"<{cfg_id}>"
        if not reload:
            w(
                "main",
                main_pid,
                sid,
                "main",
                "main",
                "rspamd %s is loading configuration, build id: %s",
                "3.8.4",
                "release",
                lo=0,
                hi=0.01,
            )
            w(
                "main",
                main_pid,
                sid,
                "main",
                "main",
                "cpu features: %s",
                "avx2, avx, sse2, sse3, ssse3, sse4.1, sse4.2, rdrand",
                lo=0,
                hi=0.01,
            )
            w(
                "main",
                main_pid,
                sid,
                "main",
                "main",
                "cryptobox configuration: %s",
                "curve25519(avx2), chacha20(avx2), poly1305(avx2), siphash(avx2), blake2(avx), base64(sse42)",
                lo=0,
                hi=0.01,
            )
            w("main", main_pid, sid, "main", "main", "libottery prf: %s", "AES-128", lo=0, hi=0.01)
            w(
                "main",
                main_pid,
                sid,
                "main",
                "rspamd_main_daemon_init",
                "rspamd %s is starting, build id: %s",
                "3.8.4",
                "release",
                lo=0,
                hi=0.01,
            )
        else:
            w(
                "main",
                main_pid,
                sid,
                "main",
                "rspamd_hup_handler",
                "rspamd %s: spawn workers with new configuration",
                "3.8.4",
                lo=0,
                hi=0.01,
            )
        w(
            "main",
            main_pid,
            sid,
            "cfg",
            "rspamd_config_read",
            "loaded configuration from %s",
            "/etc/rspamd/rspamd.conf",
            lo=0,
            hi=0.05,
        )
        for p in RSPAMD_PLUGINS:
            if p in (
                "dcc",
                "spamassassin",
                "clickhouse",
                "elastic",
                "spamtrap",
                "bimi",
                "external_relay",
            ):
                w(
                    "main",
                    main_pid,
                    sid,
                    "cfg",
                    "rspamd_init_lua_filters",
                    "skip lua module %s: it is disabled",
                    p,
                    lo=0,
                    hi=0.005,
                )
            else:
                w(
                    "main",
                    main_pid,
                    sid,
                    "cfg",
                    "rspamd_init_lua_filters",
                    "init lua module %s from %s; digest: %*s",
                    p,
                    f"/usr/share/rspamd/plugins/{p}.lua",
                    hexid(r, 10),
                    lo=0,
                    hi=0.005,
                )
        w(
            "main",
            main_pid,
            sid,
            "cfg",
            "rspamd_config_post_load",
            "loaded %d symbols, %d groups",
            r.randrange(1380, 1420),
            64,
            lo=0,
            hi=0.01,
        )
        for proc, pids in workers.items():
            for i in range(len(pids)):
                listen = {
                    "normal": "*v4:11333",
                    "controller": "*v4:11334",
                    "rspamd_proxy": "*v4:11332",
                }[proc]
                w(
                    "main",
                    main_pid,
                    sid,
                    "main",
                    "rspamd_fork_worker",
                    "prepare to fork process %s (%d); listen on: %s",
                    proc,
                    i,
                    listen,
                    lo=0,
                    hi=0.01,
                )
        for proc, pids in workers.items():
            for pid in pids:
                w(
                    proc,
                    pid,
                    sid,
                    "main",
                    "rspamd_worker_set_limits",
                    "use system max file descriptors limit: %HL cur and %HL max",
                    "64KiB",
                    "64KiB",
                    lo=0,
                    hi=0.01,
                )
                w(
                    proc,
                    pid,
                    sid,
                    "main",
                    "rspamd_worker_set_limits",
                    "use system max core size limit: %HL cur and %HL max",
                    "0B",
                    "-1B",
                    lo=0,
                    hi=0.01,
                )
        for url, _name in RSPAMD_MAPS:
            w(
                "normal",
                workers["normal"][0],
                sid,
                "map",
                "rspamd_map_read_http_cached_file",
                "read cached data for %s from %s, %uz bytes",
                url,
                f"/var/lib/rspamd/{hexid(r, 16)}.map",
                r.randrange(400, 90000),
                lo=0,
                hi=0.02,
            )
        if not reload:
            w(
                "controller",
                workers["controller"][0],
                sid,
                "cfg",
                "rspamd_controller_load_saved_stats",
                "cannot load controller stats from %s: %s",
                "/var/lib/rspamd/stats.ucl",
                "No such file or directory",
                lo=0,
                hi=0.02,
            )

    def symbols(spam: bool, dom: str, rip: str) -> tuple[float, str]:
        syms = r.sample(RSPAMD_HAM, r.randrange(6, 14))
        if spam:
            syms += r.sample(RSPAMD_SPAM, r.randrange(2, 6))
        score = 0.0
        parts = []
        for name, sc, opt in sorted(syms):
            score += sc
            opt = opt.format(
                dom=dom, ip=rip, rip=".".join(reversed(rip.split("."))), h=hexid(r, 10)
            )
            parts.append(f"{name}({sc:.2f}){{{opt};}}" if opt else f"{name}({sc:.2f}){{}}")
        return score, ",".join(parts)

    def message() -> None:
        proxy = r.choice(workers["rspamd_proxy"])
        normal = r.choice(workers["normal"])
        sid = hexid(r, 6)
        psid = f"<{sid}>"
        ip = ip4(r)
        dom = r.choice(MAIL_DOMAINS)
        qid = alnum(r, 11).upper()
        mid = f"{alnum(r, 20)}@{dom}"
        rcpt = f"{r.choice(LOCAL_USERS)}@corp.example.net"
        w(
            "rspamd_proxy",
            proxy,
            psid,
            "proxy",
            "proxy_accept_socket",
            "accepted milter connection from %s port %d",
            "/var/run/rspamd/milter.sock",
            0,
            lo=0.2,
            hi=3.5,
        )
        w(
            "rspamd_proxy",
            proxy,
            psid,
            "milter",
            "rspamd_milter_process_command",
            "got connection from %s:%d",
            ip,
            r.randrange(30000, 65000),
            lo=0,
            hi=0.05,
        )
        w(
            "normal",
            normal,
            psid,
            "task",
            "rspamd_message_parse",
            "loaded message; id: <%s>; queue-id: <%s>; size: %z; checksum: <%*xs>",
            mid,
            qid,
            r.randrange(900, 300000),
            hexid(r, 32),
            lo=0,
            hi=0.05,
        )
        spam = r.random() < 0.22
        if r.random() < 0.05:
            w(
                "normal",
                normal,
                psid,
                "bayes",
                "bayes_classify",
                "not classified as %s. The %s class needs more training samples. Currently: %uL; minimum %ud required",
                "spam",
                "spam",
                r.randrange(60, 199),
                200,
                lo=0,
                hi=0.02,
            )
        if redis_down[0] and r.random() < 0.7:
            lua(
                "normal",
                normal,
                sid,
                r.choice(["lua_redis.lua:1070", "ratelimit.lua:611", "history_redis.lua:155"]),
                "cannot connect to redis server %s: %s",
                "127.0.0.1:6379",
                r.choice(["Connection refused", "Connection timed out"]),
            )
        if r.random() < 0.03:
            w(
                "normal",
                normal,
                psid,
                "fuzzy_check",
                "fuzzy_check_timer_callback",
                "got IO timeout with server %s(%s), after %d/%d retransmits",
                "rspamd.com",
                "88.99.142.95:11335",
                1,
                3,
                lo=0,
                hi=1,
            )
        if r.random() < 0.025:
            w(
                "normal",
                normal,
                psid,
                "spf",
                "spf_record_dns_callback",
                "<%s>: spf error for domain %s: cannot resolve %s DNS record for %s: %s",
                mid,
                dom,
                "TXT",
                dom,
                r.choice(["timeout", "server fail"]),
            )
        if r.random() < 0.03:
            w(
                "normal",
                normal,
                psid,
                "dkim",
                "dkim_module_key_handler",
                "cannot get key for domain %s: %s",
                f"{r.choice(['s1', 'default', 'google', 'k1'])}._domainkey.{dom}",
                r.choice(["requested record is not found", "timeout", "invalid key"]),
            )
        if r.random() < 0.02:
            w(
                "normal",
                normal,
                psid,
                "task",
                "rspamd_mime_parse_multipart_part",
                "cannot process multipart part, boundary %s is not found",
                f"----=_Part_{r.randrange(1000, 99999)}",
                lo=0,
                hi=0.02,
            )
        score, syms = symbols(spam, dom, ip)
        if spam and score > 15:
            action = "reject"
        elif spam and score > 6:
            action = "add header"
        elif spam and r.random() < 0.5:
            action = "greylist"
        else:
            action = "no action"
        if action == "greylist":
            until = (log.t + timedelta(minutes=5)).strftime("%a, %d %b %Y %H:%M:%S GMT")
            if r.random() < 0.8:
                lua(
                    "normal",
                    normal,
                    sid,
                    "greylist.lua:411",
                    'greylisted until "%s", new record',
                    until,
                )
            else:
                lua("normal", normal, sid, "greylist.lua:394", 'greylisted until "%s"', until)
            w(
                "normal",
                normal,
                psid,
                "task",
                "rspamd_add_passthrough_result",
                "<%s>: set pre-result to '%s' %s(%.2f): '%s' from %s(%d)",
                mid,
                "soft reject",
                "",
                0.0,
                "Try again later",
                "greylist",
                1,
                lo=0,
                hi=0.01,
            )
            action = "soft reject"
        elif action == "reject" and r.random() < 0.4:
            lua(
                "normal",
                normal,
                sid,
                "ratelimit.lua:520",
                'ratelimit "%s(%s)" exceeded, (%s / %s): %s (%s:%s dyn); redis key: %s',
                "to_ip_from",
                f"{ip}{dom}",
                r.randrange(10, 60),
                30,
                r.randrange(10, 60),
                "1.00",
                "1.00",
                f"RL{hexid(r, 10)}_b",
            )
        if not spam and r.random() < 0.3:
            lua(
                "normal",
                normal,
                sid,
                "dkim_signing.lua:156",
                "dkim_signing: no signing config for %s",
                dom,
            )
        elif not spam and r.random() < 0.15:
            lua(
                "normal",
                normal,
                sid,
                "dkim_signing.lua:180",
                "use selector %s for domain %s",
                "mail",
                "corp.example.net",
            )
        metric = f"(default: {'T' if action in ('reject', 'add header') else 'F'} ({action}): [{score:.2f}/15.00] [{syms}])"
        t = log.tick(r, 0, 0.4)
        tmpl = "id: <%s>, qid: <%s>, ip: %s, from: <%s>, %s, len: %z, time: %s, dns req: %d, digest: <%s>, rcpts: <%s>, mime_rcpts: <%s>"
        text = fill(
            tmpl,
            mid,
            qid,
            ip,
            f"{r.choice([*LOCAL_USERS, 'info', 'noreply', 'news'])}@{dom}",
            metric,
            r.randrange(900, 300000),
            f"{r.uniform(20, 1800):.3f}ms",
            r.randrange(3, 60),
            hexid(r, 32),
            rcpt,
            rcpt,
        )
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S} #{normal}(normal) {psid}; task; rspamd_task_write_log: {text}",
            tmpl,
        )
        if r.random() < 0.015:
            w(
                "normal",
                normal,
                psid,
                "task",
                "rspamd_task_timeout",
                "processing of task time out: %.1f second spent; %d rules is still active",
                8.0,
                r.randrange(1, 4),
                lo=0,
                hi=0.01,
            )
        w(
            "rspamd_proxy",
            proxy,
            psid,
            "proxy",
            "rspamd_proxy_scan_self_reply",
            "message time: %.2fms",
            r.uniform(40, 2000),
            lo=0,
            hi=0.01,
        )
        w(
            "rspamd_proxy",
            proxy,
            psid,
            "proxy",
            "proxy_milter_finish_handler",
            "finished milter connection",
            lo=0,
            hi=0.05,
        )

    def maps() -> None:
        normal = r.choice(workers["normal"])
        url, _ = r.choice(RSPAMD_MAPS)
        host = url.split("/")[2]
        if r.random() < 0.85:
            w(
                "normal",
                normal,
                "<>",
                "map",
                "http_map_finish",
                "data is not modified for server %s",
                host,
                lo=0,
                hi=0.2,
            )
        elif r.random() < 0.7:
            w(
                "normal",
                normal,
                "<>",
                "map",
                "http_map_finish",
                "%s: read map data %z bytes compressed, %z uncompressed",
                url,
                r.randrange(1000, 40000),
                r.randrange(40000, 200000),
                lo=0,
                hi=0.2,
            )
            w(
                "normal",
                normal,
                "<>",
                "map",
                "rspamd_map_save_http_cached_file",
                "saved data from %s in %s, %uz bytes",
                url,
                f"/var/lib/rspamd/{hexid(r, 16)}.map",
                r.randrange(40000, 200000),
                lo=0,
                hi=0.01,
            )
        else:
            w(
                "normal",
                normal,
                "<>",
                "map",
                "rspamd_map_dns_callback",
                "cannot resolve %s: %s",
                host,
                "timeout",
                lo=0,
                hi=0.2,
            )
            w(
                "normal",
                normal,
                "<>",
                "map",
                "http_map_error",
                "error reading %s(%s): connection with http server terminated incorrectly: %s",
                url,
                "",
                "IO timeout",
                lo=0,
                hi=0.05,
            )

    def controller() -> None:
        pid = workers["controller"][0]
        sid = f"<{hexid(r, 6)}>"
        x = r.random()
        w(
            "controller",
            pid,
            sid,
            "csession",
            "rspamd_controller_check_password",
            "allow unauthorized connection from a trusted IP %s",
            "127.0.0.1",
            lo=0.5,
            hi=5,
        )
        if x < 0.45:
            pass  # a stat call: nothing more at info
        elif x < 0.85:
            cls = r.choice(["spam", "ham"])
            w(
                "controller",
                pid,
                sid,
                "csession",
                "rspamd_controller_learn_fin_task",
                "<%s> learned message as %s: %s",
                "127.0.0.1",
                cls,
                f"{alnum(r, 18)}@{r.choice(MAIL_DOMAINS)}",
                lo=0,
                hi=0.2,
            )
        elif x < 0.95:
            w(
                "controller",
                pid,
                sid,
                "csession",
                "rspamd_controller_learn_fin_task",
                "cannot learn <%s>: %s",
                f"{alnum(r, 18)}@{r.choice(MAIL_DOMAINS)}",
                "all learn conditions denied learning spam in default classifier",
                lo=0,
                hi=0.2,
            )
        else:
            w(
                "controller",
                pid,
                sid,
                "csession",
                "rspamd_controller_check_forbidden",
                "forbidden access from %s, wrong password",
                ip4(r, "10.20"),
                lo=0,
                hi=0.2,
            )

    def neural() -> None:
        lua(
            "controller",
            workers["controller"][0],
            hexid(r, 6),
            "neural.lua:677",
            "start learning ANN %s:%s:%s",
            "default",
            "SHORT",
            r.randrange(1, 40),
            lo=5,
            hi=20,
        )
        lua(
            "controller",
            workers["controller"][0],
            hexid(r, 6),
            "neural.lua:720",
            "saved ANN %s:%s to redis: %s",
            "default",
            "SHORT",
            f"rn_default_default_{hexid(r, 6)}_3",
            lo=1,
            hi=8,
        )

    start()
    steps = 620
    for i in range(steps):
        if i == 260:
            redis_down[0] = True
            lua(
                "normal",
                workers["normal"][0],
                hexid(r, 6),
                "lua_redis.lua:1070",
                "cannot connect to redis server %s: %s",
                "127.0.0.1:6379",
                "Connection refused",
            )
        if i == 290:
            redis_down[0] = False
        if i == 430:
            w(
                "main",
                main_pid,
                f"<{cfg_id}>",
                "main",
                "rspamd_hup_handler",
                "sighup received",
                lo=1,
                hi=3,
            )
            start(reload=True)
            for proc, pids in workers.items():
                for pid in pids:
                    w(
                        "main",
                        main_pid,
                        f"<{cfg_id}>",
                        "main",
                        "rspamd_worker_terminate_handlers",
                        "%s process %P terminated softly",
                        proc,
                        pid,
                        lo=0,
                        hi=0.5,
                    )
        pick(r, [(80, message), (8, maps), (9, controller), (0.6, neural)])
        if i == 540:
            w(
                "main",
                main_pid,
                f"<{cfg_id}>",
                "main",
                "rspamd_check_termination_clause",
                "%s process %d terminated abnormally by signal: %s and created core file; please see Rspamd FAQ to learn how to extract data from core file and fill a bug report",
                "normal",
                workers["normal"][1],
                "Segmentation fault",
                lo=0,
                hi=1,
            )
            workers["normal"][1] = 1301
            w(
                "main",
                main_pid,
                f"<{cfg_id}>",
                "main",
                "rspamd_fork_worker",
                "prepare to fork process %s (%d); listen on: %s",
                "normal",
                1,
                "*v4:11333",
                lo=0,
                hi=0.5,
            )
    return [log]


# --------------------------------------------------------------------------------- calico

CALICO_PODS = [
    ("default", "nginx-7c5ddbdf54"),
    ("default", "web-frontend-6f8d9c7b5"),
    ("shop", "orders-api-5b9c8d7f6"),
    ("shop", "cart-84d6b9c5f"),
    ("shop", "payments-66c9f7d8b"),
    ("monitoring", "prometheus-node-exporter"),
    ("monitoring", "grafana-5c7f9b8d4"),
    ("kube-system", "coredns-5dd5756b68"),
    ("batch", "report-job-28631160"),
    ("ingress-nginx", "ingress-nginx-controller-6b9d8c7f5"),
]


def gv(v: object) -> str:
    """A field's value as Calico's formatter writes it (Go's %#v): strings quoted, numbers bare,
    values already rendered (structs, hex) as they are."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v)
    return str(v)


class Raw(str):
    """A value Calico's formatter prints bare (a struct's %#v, a uint8's 0x4)."""


def calico(r: random.Random) -> list[Log]:
    """A Calico 3.27 calico-node's Felix log on node worker-2 (its own formatter: `time
    [LEVEL][pid] file line: msg key=value ...` with each value as Go's %#v): start-up (the
    environment variables and every config parameter parsed, Typha connected, the in-sync
    datapath), then the dataplane loop (updates applied and finished, iptables tables
    invalidated and refreshed, ipsets resynced, the periodic summaries), pods coming and going
    on the node (the calc graph's endpoint updates, the endpoint manager's chains, routes,
    /proc/sys settings and statuses, netlink's interface and address updates, conntrack flows
    removed), route table races on interfaces already gone, an iptables-restore failing and being
    retried, health reports, usage reports and a Typha connection lost and regained."""
    log = Log("felix.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    pid = [57]
    live: dict[str, tuple[str, str, str, str]] = {}  # iface -> ns, pod, ip, profile
    next_ip = [2]

    def f(level: str, src: str, fmt: str, *vals, kv=(), lo=0.0, hi=0.3) -> None:
        t = log.tick(r, lo, hi)
        fields = "".join(f" {k}={v if isinstance(v, Raw) else gv(v)}" for k, v in sorted(kv))
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} [{level}][{pid[0]}] {src}: {fill(fmt, *vals)}{fields}",
            fmt,
        )

    def wid(ns: str, pod: str) -> Raw:
        return Raw(
            f'proto.WorkloadEndpointID{{OrchestratorId:"k8s", WorkloadId:"{ns}/{pod}", EndpointId:"eth0"}}'
        )

    def start() -> None:
        for k, v in [
            ("felix_ipinipmtu", "1440"),
            ("felix_defaultendpointtohostaction", "ACCEPT"),
            ("felix_healthenabled", "true"),
            ("felix_typhak8sservicename", "calico-typha"),
            ("felix_iptablesbackend", "auto"),
            ("felix_logseverityscreen", "info"),
            ("felix_ipv6support", "false"),
            ("felix_typhak8snamespace", "calico-system"),
        ]:
            f(
                "INFO",
                "felix/env_var_loader.go 40",
                "Found felix environment variable: %#v=%#v",
                json.dumps(k),
                json.dumps(v),
                lo=0,
                hi=0.002,
            )
        params = [
            ("FelixHostname", "worker-2", "environment variable"),
            ("LogSeverityScreen", "INFO", "environment variable"),
            ("HealthEnabled", "true", "environment variable"),
            ("IpInIpMtu", "1440", "environment variable"),
            ("Ipv6Support", "false", "environment variable"),
            ("TyphaK8sServiceName", "calico-typha", "environment variable"),
            ("TyphaK8sNamespace", "calico-system", "environment variable"),
            ("DatastoreType", "kubernetes", "environment variable"),
            ("DefaultEndpointToHostAction", "ACCEPT", "environment variable"),
            ("IptablesBackend", "auto", "environment variable"),
            ("LogFilePath", "None", "config file"),
            ("MetadataAddr", "None", "config file"),
            ("ReportingIntervalSecs", "0s", "datastore (global)"),
            ("ClusterGUID", hexid(r, 32), "datastore (global)"),
            ("ClusterType", "typha,kdd,k8s,operator,bgp,kubeadm", "datastore (global)"),
            ("CalicoVersion", "v3.27.3", "datastore (global)"),
            ("BPFEnabled", "false", "datastore (global)"),
            ("FloatingIPs", "Disabled", "datastore (global)"),
            ("HealthPort", "9099", "datastore (global)"),
            ("VXLANEnabled", "false", "datastore (per-host)"),
            ("IpInIpEnabled", "true", "datastore (per-host)"),
            ("IpInIpTunnelAddr", "10.244.2.1", "datastore (per-host)"),
        ]
        for name, val, src in params:
            f(
                "INFO",
                "config/config_params.go 700",
                "Parsing value for %v: %v (from %v)",
                name,
                val,
                src,
                lo=0,
                hi=0.002,
            )
            f(
                "INFO",
                "config/config_params.go 736",
                "Parsed value for %v: %v (from %v)",
                name,
                val,
                src,
                lo=0,
                hi=0.002,
            )
        f("INFO", "daemon/daemon.go 395", "Loading configuration...", lo=0, hi=0.01)
        f(
            "INFO",
            "daemon/daemon.go 457",
            "Successfully loaded configuration.",
            kv=[
                ("GOMAXPROCS", 4),
                ("builddate", "2024-04-03T22:13:52+0000"),
                ("gitcommit", "a6a4b7ad3ba4d6dd4c5ba5fd6b5e5b8a35c77dd8"),
                ("version", "v3.27.3"),
            ],
            lo=0,
            hi=0.01,
        )
        f("INFO", "daemon/daemon.go 497", "Connecting to Typha.", kv=[("addr", "")], lo=0, hi=0.05)
        f(
            "INFO",
            "discovery/discovery.go 179",
            "Found ready Typha addresses.",
            kv=[
                (
                    "addrs",
                    Raw(
                        '[]discovery.Typha{discovery.Typha{Addr:"10.0.1.21:5473", IP:"10.0.1.21", NodeName:(*string)(0xc000a2b1c0)}}'
                    ),
                )
            ],
            lo=0,
            hi=0.02,
        )
        f(
            "INFO",
            "sync_client/sync_client.go 262",
            "Connecting to Typha. addr=%#v",
            json.dumps("10.0.1.21:5473"),
            kv=[("connID", 0), ("type", "")],
            lo=0,
            hi=0.02,
        )
        f(
            "INFO",
            "sync_client/sync_client.go 285",
            "Connected to Typha. addr=%#v",
            json.dumps("10.0.1.21:5473"),
            kv=[("connID", 0), ("type", "")],
            lo=0,
            hi=0.05,
        )
        f("INFO", "daemon/daemon.go 1213", "Datastore now in sync.", lo=0.5, hi=2)
        f(
            "INFO",
            "health/health.go 336",
            "Overall health status changed: live=%v ready=%v",
            "true",
            "true",
            lo=0,
            hi=0.05,
        )

    def apply() -> None:
        f("INFO", "felix/int_dataplane.go 1954", "Applying dataplane updates", lo=0.5, hi=9)
        x = r.random()
        if x < 0.2:
            for tbl in r.sample(["filter", "nat", "mangle", "raw"], r.randrange(1, 4)):
                f(
                    "INFO",
                    "felix/table.go 1259",
                    "Invalidating dataplane cache",
                    kv=[("ipVersion", Raw("0x4")), ("reason", "refresh timer"), ("table", tbl)],
                    lo=0,
                    hi=0.01,
                )
        elif x < 0.3:
            f(
                "INFO",
                "felix/ipsets.go 319",
                "Resyncing ipsets with dataplane.",
                kv=[("family", "inet")],
                lo=0,
                hi=0.01,
            )
            f(
                "INFO",
                "felix/ipsets.go 369",
                "Finished IPSets resync",
                kv=[
                    ("family", "inet"),
                    ("numInconsistenciesFound", r.choice([0, 0, 0, 1])),
                    ("resyncDuration", Raw(go_dur(r, 0.001, 0.03))),
                ],
                lo=0,
                hi=0.03,
            )
        elif x < 0.33:
            f(
                "INFO",
                "felix/route_table.go 1185",
                "Syncing routes: found unexpected route; ignoring due to grace period.",
                kv=[
                    ("dest", f"10.244.2.{r.randrange(2, 250)}/32"),
                    ("ifaceName", f"cali{hexid(r, 11)}"),
                    ("ifaceRegex", "^cali.*"),
                    ("ipVersion", Raw("0x4")),
                    ("tableIndex", 254),
                ],
                lo=0,
                hi=0.01,
            )
        f(
            "INFO",
            "felix/int_dataplane.go 1968",
            "Finished applying updates to dataplane.",
            kv=[("msecToApply", Raw(f"{r.uniform(0.3, 40):.6f}".rstrip("0")))],
            lo=0,
            hi=0.05,
        )

    def summary() -> None:
        for name in [
            "resync-filter-v4",
            "resync-nat-v4",
            "update-filter-v4",
            "resync-routes-v4",
            "resync-ipsets-v4",
        ]:
            if r.random() < 0.7:
                f(
                    "INFO",
                    "felix/summary.go 100",
                    "Summarising %d dataplane reconciliation loops over %v: avg=%v longest=%v (%v)",
                    r.randrange(2, 40),
                    go_dur(r, 60, 65),
                    f"{r.randrange(2, 30)}ms",
                    f"{r.randrange(20, 200)}ms",
                    name,
                    lo=0,
                    hi=0.01,
                )

    def pod_add() -> None:
        ns, base = r.choice(CALICO_PODS)
        pod = f"{base}-{alnum(r, 5).lower()}"
        iface = f"cali{hexid(r, 11)}"
        ip = f"10.244.2.{next_ip[0]}"
        next_ip[0] = next_ip[0] % 250 + 1
        profile = f"kns.{ns}"
        live[iface] = (ns, pod, ip, profile)
        key = Raw(
            f"WorkloadEndpoint(node=worker-2, orchestrator=k8s, workload={ns}/{pod}, name=eth0)"
        )
        f(
            "INFO",
            "calc/calc_graph.go 507",
            "Local endpoint updated",
            kv=[("id", key)],
            lo=0.5,
            hi=6,
        )
        f("INFO", "felix/int_dataplane.go 1954", "Applying dataplane updates", lo=0, hi=0.05)
        f(
            "INFO",
            "felix/endpoint_mgr.go 602",
            "Updating per-endpoint chains.",
            kv=[("id", wid(ns, pod))],
            lo=0,
            hi=0.01,
        )
        f(
            "INFO",
            "felix/table.go 508",
            "Queueing update of chain.",
            kv=[("chainName", f"cali-tw-{iface}"), ("ipVersion", Raw("0x4")), ("table", "filter")],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/table.go 508",
            "Queueing update of chain.",
            kv=[("chainName", f"cali-fw-{iface}"), ("ipVersion", Raw("0x4")), ("table", "filter")],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/endpoint_mgr.go 648",
            "Updating endpoint routes.",
            kv=[("id", wid(ns, pod))],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/endpoint_mgr.go 1215",
            "Applying /proc/sys configuration to interface.",
            kv=[("ifaceName", iface)],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/endpoint_mgr.go 490",
            "Re-evaluated workload endpoint status",
            kv=[
                ("adminUp", True),
                ("failed", False),
                ("known", True),
                ("operUp", False),
                ("status", "down"),
                ("workloadEndpointID", wid(ns, pod)),
            ],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/status_combiner.go 58",
            "Storing endpoint status update",
            kv=[("ipVersion", Raw("0x4")), ("status", "down"), ("workload", wid(ns, pod))],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/int_dataplane.go 1968",
            "Finished applying updates to dataplane.",
            kv=[("msecToApply", Raw(f"{r.uniform(3, 60):.6f}".rstrip("0")))],
            lo=0,
            hi=0.05,
        )
        idx = r.randrange(10, 400)
        f(
            "INFO",
            "felix/int_dataplane.go 1230",
            "Linux interface state changed.",
            kv=[("ifIndex", idx), ("ifaceName", iface), ("state", "up")],
            lo=0,
            hi=0.2,
        )
        f(
            "INFO",
            "felix/iface_monitor.go 223",
            "Netlink address update.",
            kv=[("addr", "fe80::ecee:eeff:feee:eeee"), ("exists", True), ("ifIndex", idx)],
            lo=0,
            hi=0.01,
        )
        f(
            "INFO",
            "felix/int_dataplane.go 1263",
            "Linux interface addrs changed.",
            kv=[("addrs", Raw("set.Set{fe80::ecee:eeff:feee:eeee}")), ("ifaceName", iface)],
            lo=0,
            hi=0.01,
        )
        f(
            "INFO",
            "felix/endpoint_mgr.go 490",
            "Re-evaluated workload endpoint status",
            kv=[
                ("adminUp", True),
                ("failed", False),
                ("known", True),
                ("operUp", True),
                ("status", "up"),
                ("workloadEndpointID", wid(ns, pod)),
            ],
            lo=0,
            hi=0.05,
        )
        f(
            "INFO",
            "felix/status_combiner.go 81",
            "Endpoint up for at least one IP version",
            kv=[("id", wid(ns, pod)), ("ipVersion", Raw("0x4")), ("status", "up")],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/status_combiner.go 98",
            "Reporting combined status.",
            kv=[("id", wid(ns, pod)), ("status", "up")],
            lo=0,
            hi=0.002,
        )

    def pod_del() -> None:
        if not live:
            return
        iface = r.choice(sorted(live))
        ns, pod, ip, _ = live.pop(iface)
        key = Raw(
            f"WorkloadEndpoint(node=worker-2, orchestrator=k8s, workload={ns}/{pod}, name=eth0)"
        )
        f(
            "INFO",
            "felix/int_dataplane.go 1230",
            "Linux interface state changed.",
            kv=[("ifIndex", r.randrange(10, 400)), ("ifaceName", iface), ("state", "down")],
            lo=0.5,
            hi=6,
        )
        f(
            "INFO",
            "calc/calc_graph.go 509",
            "Local endpoint deleted",
            kv=[("id", key)],
            lo=0,
            hi=0.2,
        )
        f("INFO", "felix/int_dataplane.go 1954", "Applying dataplane updates", lo=0, hi=0.05)
        f(
            "INFO",
            "felix/endpoint_mgr.go 713",
            "Workload removed, deleting its chains.",
            kv=[("id", wid(ns, pod))],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/table.go 543",
            "Queueing deletion of chain.",
            kv=[("chainName", f"cali-tw-{iface}"), ("ipVersion", Raw("0x4")), ("table", "filter")],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/table.go 543",
            "Queueing deletion of chain.",
            kv=[("chainName", f"cali-fw-{iface}"), ("ipVersion", Raw("0x4")), ("table", "filter")],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/endpoint_mgr.go 730",
            "Workload removed, deleting old state.",
            kv=[("id", wid(ns, pod))],
            lo=0,
            hi=0.002,
        )
        if r.random() < 0.4:
            f(
                "WARNING",
                "felix/route_table.go 600",
                "Failed to get interface; it's down/gone.",
                kv=[
                    ("error", Raw("Link not found")),
                    ("ifaceName", iface),
                    ("ifaceRegex", "^cali.*"),
                    ("ipVersion", Raw("0x4")),
                    ("tableIndex", 254),
                ],
                lo=0,
                hi=0.01,
            )
        f(
            "INFO",
            "felix/conntrack.go 90",
            "Removing conntrack flows",
            kv=[("ip", ip)],
            lo=0,
            hi=0.01,
        )
        f(
            "INFO",
            "felix/status_combiner.go 88",
            "Reporting endpoint removed.",
            kv=[("id", wid(ns, pod))],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/int_dataplane.go 1968",
            "Finished applying updates to dataplane.",
            kv=[("msecToApply", Raw(f"{r.uniform(3, 60):.6f}".rstrip("0")))],
            lo=0,
            hi=0.05,
        )

    def policy() -> None:
        name = r.choice(
            [
                "default.allow-dns",
                "shop.orders-ingress",
                "knp.default.deny-all",
                "monitoring.allow-scrape",
            ]
        )
        f("INFO", "felix/int_dataplane.go 1954", "Applying dataplane updates", lo=1, hi=10)
        f(
            "INFO",
            "felix/table.go 508",
            "Queueing update of chain.",
            kv=[
                ("chainName", f"cali-pi-_{alnum(r, 20)}"),
                ("ipVersion", Raw("0x4")),
                ("table", "filter"),
            ],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/policy_mgr.go 94",
            "Received policy update",
            kv=[("id", Raw(f'proto.PolicyID{{Tier:"default", Name:"{name}"}}'))],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/ipsets.go 130",
            "Queueing IP set for creation",
            kv=[("family", "inet"), ("setID", f"s:{alnum(r, 27)}"), ("setType", "hash:net")],
            lo=0,
            hi=0.002,
        )
        f(
            "INFO",
            "felix/int_dataplane.go 1968",
            "Finished applying updates to dataplane.",
            kv=[("msecToApply", Raw(f"{r.uniform(3, 60):.6f}".rstrip("0")))],
            lo=0,
            hi=0.05,
        )

    def restore_fail() -> None:
        f("INFO", "felix/int_dataplane.go 1954", "Applying dataplane updates", lo=1, hi=10)
        out = "iptables-restore v1.8.7 (legacy): Couldn't load match `set':No such file or directory\n\nError occurred at line: 12\nTry `iptables-restore -h' or 'iptables-restore --help' for more information.\n"
        f(
            "WARNING",
            "felix/table.go 1400",
            "Failed to execute ip(6)tables-restore command",
            kv=[
                ("error", Raw("exit status 2")),
                ("errorOutput", out),
                ("input", ""),
                ("ipVersion", Raw("0x4")),
                ("output", ""),
                ("table", "filter"),
            ],
            lo=0,
            hi=0.05,
        )
        f(
            "WARNING",
            "felix/table.go 1294",
            "Update failed, will retry.",
            kv=[("error", Raw("exit status 2")), ("ipVersion", Raw("0x4")), ("table", "filter")],
            lo=0,
            hi=0.01,
        )
        f(
            "INFO",
            "felix/table.go 1259",
            "Invalidating dataplane cache",
            kv=[("ipVersion", Raw("0x4")), ("reason", "post update failure"), ("table", "filter")],
            lo=0,
            hi=0.1,
        )
        f(
            "INFO",
            "felix/int_dataplane.go 1968",
            "Finished applying updates to dataplane.",
            kv=[("msecToApply", Raw(f"{r.uniform(40, 300):.6f}".rstrip("0")))],
            lo=0,
            hi=0.3,
        )

    def usage() -> None:
        f("INFO", "calc/stats_collector.go 131", "Recalculating stats.", lo=5, hi=30)
        f(
            "INFO",
            "usagerep/usagerep.go 164",
            "Reporting cluster usage/checking for deprecation warnings.",
            kv=[
                ("alpEnabled", False),
                ("calicoVersion", "v3.27.3"),
                ("clusterGUID", "baddecaf"),
                ("clusterType", "typha,kdd,k8s,operator,bgp,kubeadm"),
                ("gitRevision", "a6a4b7ad3"),
                ("kubernetesVersion", "v1.29.4"),
                (
                    "stats",
                    Raw(
                        f"calc.StatsUpdate{{NumHosts:6, NumWorkloadEndpoints:{40 + len(live)}, NumHostEndpoints:0, NumPolicies:14, NumProfiles:32, NumALPPolicies:0}}"
                    ),
                ),
                ("version", "v3.27.3"),
            ],
            lo=0,
            hi=0.05,
        )

    def typha_lost() -> None:
        f(
            "WARNING",
            "sync_client/sync_client.go 466",
            "Failed to read from server",
            kv=[("address", "10.0.1.21:5473"), ("connID", 0), ("error", Raw("EOF")), ("type", "")],
            lo=1,
            hi=10,
        )
        f(
            "ERROR",
            "sync_client/sync_client.go 437",
            "Connection to Typha failed",
            kv=[("address", "10.0.1.21:5473"), ("connID", 0), ("error", Raw("EOF")), ("type", "")],
            lo=0,
            hi=0.01,
        )
        f(
            "WARNING",
            "daemon/daemon.go 1172",
            "Typha client failed; restarting felix",
            lo=0,
            hi=0.01,
        )
        f(
            "INFO",
            "daemon/daemon.go 1290",
            "Shutting down. reason=%#v",
            json.dumps("Connection to Typha failed"),
            lo=0,
            hi=0.1,
        )
        pid[0] = pid[0] + r.randrange(40, 90)
        f(
            "INFO",
            "daemon/daemon.go 362",
            "Felix starting up",
            kv=[
                ("GOMAXPROCS", 4),
                ("builddate", "2024-04-03T22:13:52+0000"),
                ("gitcommit", "a6a4b7ad3ba4d6dd4c5ba5fd6b5e5b8a35c77dd8"),
                ("version", "v3.27.3"),
            ],
            lo=5,
            hi=8,
        )
        start()

    f(
        "INFO",
        "daemon/daemon.go 362",
        "Felix starting up",
        kv=[
            ("GOMAXPROCS", 4),
            ("builddate", "2024-04-03T22:13:52+0000"),
            ("gitcommit", "a6a4b7ad3ba4d6dd4c5ba5fd6b5e5b8a35c77dd8"),
            ("version", "v3.27.3"),
        ],
        lo=0,
        hi=0,
    )
    start()
    for _ in range(14):
        pod_add()
    for i in range(560):
        pick(
            r,
            [
                (60, apply),
                (8, pod_add),
                (7, pod_del),
                (4, summary),
                (3, policy),
                (0.5, restore_fail),
                (1.2, usage),
            ],
        )
        if i == 400:
            typha_lost()
        if i % 80 == 79:
            f(
                "INFO",
                "health/health.go 206",
                "Health of component changed",
                kv=[
                    ("name", "InternalDataplaneMainLoop"),
                    ("newReport", "live,non-ready"),
                    ("oldReport", "live,ready"),
                ],
                lo=0,
                hi=1,
            )
            f(
                "INFO",
                "health/health.go 206",
                "Health of component changed",
                kv=[
                    ("name", "InternalDataplaneMainLoop"),
                    ("newReport", "live,ready"),
                    ("oldReport", "live,non-ready"),
                ],
                lo=0.5,
                hi=3,
            )
    return [log]


# --------------------------------------------------------------------------------- wazuh

WAZUH_AGENTS = [
    ("001", "web-01", "10.0.10.11"),
    ("002", "web-02", "10.0.10.12"),
    ("003", "db-01", "10.0.10.21"),
    ("004", "mail-01", "10.0.10.31"),
    ("005", "win-dc01", "10.0.10.40"),
    ("006", "win-ws17", "10.0.12.117"),
    ("007", "k8s-worker-1", "10.0.11.5"),
    ("008", "k8s-worker-2", "10.0.11.6"),
    ("009", "vpn-gw", "10.0.9.1"),
    ("012", "laptop-marco", "any"),
]
WAZUH_FIM_PATHS = [
    "/etc",
    "/usr/bin",
    "/usr/sbin",
    "/bin",
    "/sbin",
    "/boot",
    "/root",
    "/var/ossec/etc",
]
WAZUH_LOGS = [
    ("syslog", "/var/ossec/logs/active-responses.log"),
    ("syslog", "/var/log/dpkg.log"),
    ("syslog", "/var/log/auth.log"),
    ("syslog", "/var/log/syslog"),
    ("apache", "/var/log/nginx/access.log"),
    ("apache", "/var/log/nginx/error.log"),
]


def wazuh(r: random.Random) -> list[Log]:
    """A Wazuh 4.8 manager's /var/ossec/logs/ossec.log (`%Y/%m/%d %H:%M:%S tag: LEVEL: msg`, the
    tag a daemon or `wazuh-modulesd:module`, many messages with a `(NNNN):` code from the
    shared error-message table): start-up of every daemon (databases, the rule set loaded, FIM
    paths monitored with their options and ignores, logcollector's files and commands, remoted's
    listener, the modules started or disabled), then agents enrolling through authd (new and
    duplicate names), remoted's invalid IDs and authentication errors from stray or reinstalled
    agents, FIM and rootcheck and SCA scans, syscollector rounds, the vulnerability detector's
    feed updates (one failing to download), an analysisd rule file with an XML error, wazuh-db
    and cluster warnings, a queue full, and monitord's daily log rotation."""
    log = Log("ossec.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    pids = {
        "wazuh-analysisd": 1102,
        "wazuh-remoted": 1186,
        "wazuh-authd": 1051,
        "wazuh-syscheckd": 1199,
        "wazuh-logcollector": 1218,
        "wazuh-monitord": 1240,
        "wazuh-modulesd": 1257,
        "wazuh-db": 1077,
        "wazuh-execd": 1032,
    }
    next_id = [13]

    def w(tag: str, level: str, fmt: str, *vals, lo=0.0, hi=0.5) -> None:
        t = log.tick(r, lo, hi)
        log.add(f"{t:%Y/%m/%d %H:%M:%S} {tag}: {level}: {fill(fmt, *vals)}", fmt)

    def start() -> None:
        w("wazuh-db", "INFO", "Started (pid: %d).", pids["wazuh-db"], lo=0, hi=0.05)
        w("wazuh-execd", "INFO", "Started (pid: %d).", pids["wazuh-execd"], lo=0, hi=0.2)
        w("wazuh-analysisd", "INFO", "Total rules enabled: '%d'", 7134, lo=0.5, hi=1.5)
        w(
            "wazuh-analysisd",
            "WARNING",
            "(7617): Signature ID '%d' was not found and will be ignored in the 'if_sid' option of rule '%d'.",
            100200,
            100210,
            lo=0,
            hi=0.05,
        )
        w("wazuh-analysisd", "INFO", "Started (pid: %d).", pids["wazuh-analysisd"], lo=0, hi=0.1)
        w("wazuh-analysisd", "INFO", "(7200): Logtest started", lo=0, hi=0.01)
        w(
            "wazuh-authd",
            "INFO",
            "Accepting connections on port %hu. No password required.",
            1515,
            lo=0,
            hi=0.2,
        )
        w("wazuh-authd", "INFO", "Setting network timeout to %.6f sec.", 1.0, lo=0, hi=0.01)
        w("wazuh-authd", "INFO", "Started (pid: %d).", pids["wazuh-authd"], lo=0, hi=0.01)
        w(
            "wazuh-syscheckd",
            "INFO",
            "(6003): Monitoring path: '%s', with options '%s'.",
            "/etc",
            "size | permissions | owner | group | mtime | inode | hash_md5 | hash_sha1 | hash_sha256 | scheduled",
            lo=0.2,
            hi=0.6,
        )
        for p in WAZUH_FIM_PATHS[1:]:
            opts = (
                "size | permissions | owner | group | mtime | inode | hash_md5 | hash_sha1 | hash_sha256 | "
                + ("realtime" if p == "/var/ossec/etc" else "scheduled")
            )
            w(
                "wazuh-syscheckd",
                "INFO",
                "(6003): Monitoring path: '%s', with options '%s'.",
                p,
                opts,
                lo=0,
                hi=0.01,
            )
        for kind, p in [
            ("file", "/etc/mtab"),
            ("file", "/etc/hosts.deny"),
            ("file", "/etc/mail/statistics"),
            ("file", "/etc/random-seed"),
            ("file", "/etc/adjtime"),
            ("file", "/etc/httpd/logs"),
            ("sregex", ".log$|.swp$"),
        ]:
            w("wazuh-syscheckd", "INFO", "(6206): Ignore '%s' entry '%s'", kind, p, lo=0, hi=0.005)
        w(
            "wazuh-syscheckd",
            "INFO",
            "(6207): Ignore '%s' only for scheduled mode.",
            "/etc/resolv.conf",
            lo=0,
            hi=0.005,
        )
        w(
            "wazuh-syscheckd",
            "INFO",
            "(6004): No diff for file: '%s'",
            "/etc/ssl/private.key",
            lo=0,
            hi=0.01,
        )
        w("wazuh-syscheckd", "INFO", "Started (pid: %d).", pids["wazuh-syscheckd"], lo=0, hi=0.05)
        w("wazuh-syscheckd", "INFO", "(6000): Starting daemon...", lo=0, hi=0.02)
        w(
            "wazuh-syscheckd",
            "INFO",
            "(6010): File integrity monitoring scan frequency: %d seconds",
            43200,
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-syscheckd",
            "INFO",
            "(6008): File integrity monitoring scan started.",
            lo=0,
            hi=0.01,
        )
        w("rootcheck", "INFO", "Starting rootcheck scan.", lo=0, hi=0.05)
        for _fmt, p in WAZUH_LOGS:
            w("wazuh-logcollector", "INFO", "(1950): Analyzing file: '%s'.", p, lo=0, hi=0.01)
        w(
            "wazuh-logcollector",
            "WARNING",
            "(1103): Could not open file '%s' due to [(%d)-(%s)].",
            "/var/log/nginx/error.log",
            2,
            "No such file or directory",
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-logcollector",
            "INFO",
            "Monitoring output of command(%d): %s",
            360,
            "df -P",
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-logcollector",
            "INFO",
            "Monitoring full output of command(%d): %s",
            360,
            "netstat -tulpn | sed 's/\\([[:alnum:]]\\+\\)\\ \\+[[:digit:]]\\+\\ \\+[[:digit:]]\\+\\ \\+\\(.*\\):\\([[:digit:]]*\\)\\ \\+\\([0-9\\.\\:\\*]\\+\\).\\+\\ \\([[:digit:]]*\\/[[:alnum:]\\-]*\\).*/\\1 \\2 == \\3 == \\4 \\5/' | sort -k 4 -g | sed 's/ == \\(.*\\) ==/:\\1/' | sed 1,2d",
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-logcollector",
            "INFO",
            "Monitoring full output of command(%d): %s",
            360,
            "last -n 20",
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-logcollector",
            "INFO",
            "Started (pid: %d).",
            pids["wazuh-logcollector"],
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-remoted",
            "INFO",
            "Started (pid: %d). Listening on port %d/%s (%s).",
            pids["wazuh-remoted"],
            1514,
            "TCP",
            "secure",
            lo=0,
            hi=0.2,
        )
        w("wazuh-remoted", "INFO", "(1410): Reading authentication keys file.", lo=0, hi=0.05)
        w("wazuh-monitord", "INFO", "Started (pid: %d).", pids["wazuh-monitord"], lo=0, hi=0.1)
        w("wazuh-modulesd", "INFO", "Started (pid: %d).", pids["wazuh-modulesd"], lo=0, hi=0.1)
        w("wazuh-modulesd:router", "INFO", "Loaded router module.", lo=0, hi=0.01)
        w("wazuh-modulesd:content_manager", "INFO", "Loaded content_manager module.", lo=0, hi=0.01)
        w(
            "wazuh-modulesd:agent-upgrade",
            "INFO",
            "(8153): Module Agent Upgrade started.",
            lo=0,
            hi=0.01,
        )
        w(
            "wazuh-modulesd:task-manager",
            "INFO",
            "(8200): Module Task Manager started.",
            lo=0,
            hi=0.01,
        )
        w("wazuh-modulesd:osquery", "INFO", "Module disabled. Exiting...", lo=0, hi=0.01)
        w("wazuh-modulesd:ciscat", "INFO", "Module disabled. Exiting...", lo=0, hi=0.01)
        w("wazuh-modulesd:database", "INFO", "Module started.", lo=0, hi=0.01)
        w("wazuh-modulesd:download", "INFO", "Module started.", lo=0, hi=0.01)
        w("wazuh-modulesd:control", "INFO", "Starting control thread.", lo=0, hi=0.01)
        w("wazuh-modulesd:syscollector", "INFO", "Module started.", lo=0, hi=0.01)
        w("wazuh-modulesd:syscollector", "INFO", "Starting evaluation.", lo=0, hi=0.01)
        w("wazuh-modulesd:sca", "INFO", "Module started.", lo=0, hi=0.01)
        w(
            "wazuh-modulesd:vulnerability-scanner",
            "INFO",
            "Vulnerability scanner module started",
            lo=0,
            hi=0.02,
        )

    def enroll() -> None:
        ip = ip4(r, "10.0.1" + r.choice(["2", "3", "4"]))
        w("wazuh-authd", "INFO", "New connection from %s", ip, lo=5, hi=120)
        name = (
            r.choice(["web", "app", "db", "k8s-worker", "ws", "build"])
            + f"-{r.randrange(3, 40):02d}"
        )
        if r.random() < 0.25:
            name = r.choice(WAZUH_AGENTS)[1]
            w(
                "wazuh-authd",
                "INFO",
                "Received request for a new agent (%s) from: %s",
                name,
                ip,
                lo=0,
                hi=0.05,
            )
            w(
                "wazuh-authd",
                "WARNING",
                "Duplicate name '%s', rejecting enrollment. Agent '%s' key already exists on the manager.",
                name,
                next(a for a, n, _ in WAZUH_AGENTS if n == name),
                lo=0,
                hi=0.01,
            )
            return
        w(
            "wazuh-authd",
            "INFO",
            "Received request for a new agent (%s) from: %s",
            name,
            ip,
            lo=0,
            hi=0.05,
        )
        aid = f"{next_id[0]:03d}"
        next_id[0] += 1
        w(
            "wazuh-authd",
            "INFO",
            "Agent key generated for '%s' (requested by %s)",
            name,
            ip,
            lo=0,
            hi=0.05,
        )
        WAZUH_AGENTS.append((aid, name, ip))
        w("wazuh-remoted", "INFO", "(1410): Reading authentication keys file.", lo=0.5, hi=8)

    def remoted() -> None:
        x = r.random()
        if x < 0.55:
            w(
                "wazuh-remoted",
                "WARNING",
                "(1408): Invalid ID %s for the source ip: '%s' (name '%s').",
                r.choice(["014", "021", "030"]),
                ip4(r, "10.0.13"),
                "unknown",
                lo=2,
                hi=60,
            )
        elif x < 0.8:
            aid, name, ip = r.choice(WAZUH_AGENTS)
            w(
                "wazuh-remoted",
                "WARNING",
                "(1404): Authentication error. Wrong key or corrupt payload. Message received from agent '%s' at '%s'.",
                aid,
                ip if ip != "any" else ip4(r, "192.168.1"),
                lo=2,
                hi=60,
            )
        elif x < 0.95:
            w(
                "wazuh-remoted",
                "WARNING",
                "(1213): Message from '%s' not allowed. Cannot find the ID of the agent.",
                ip4(r, "172.16"),
                lo=2,
                hi=60,
            )
        else:
            aid, name, _ = r.choice(WAZUH_AGENTS)
            w(
                "wazuh-remoted",
                "ERROR",
                "Agent %s (%s) is not connected: %s",
                aid,
                name,
                "Connection reset by peer",
                lo=2,
                hi=60,
            )

    def fim() -> None:
        w("wazuh-syscheckd", "INFO", "(6009): File integrity monitoring scan ended.", lo=20, hi=300)
        if r.random() < 0.3:
            w(
                "wazuh-syscheckd",
                "WARNING",
                "(6918): Too many files in directory '%s'. Only %d will be monitored.",
                "/usr/bin",
                100000,
                lo=0,
                hi=0.01,
            )

    def rootcheck() -> None:
        w("rootcheck", "INFO", "Starting rootcheck scan.", lo=10, hi=200)
        if r.random() < 0.3:
            w("rootcheck", "WARNING", "(1314): Error opening '%s'.", "/etc/shadow-", lo=1, hi=30)
        w("rootcheck", "INFO", "Ending rootcheck scan.", lo=10, hi=200)

    def sca() -> None:
        w(
            "wazuh-modulesd:sca",
            "INFO",
            "Starting Security Configuration Assessment scan.",
            lo=10,
            hi=200,
        )
        for pol in ["cis_ubuntu22-04.yml", "cis_nginx_1.yml"]:
            w(
                "wazuh-modulesd:sca",
                "INFO",
                "Starting evaluation of policy: '%s'",
                f"/var/ossec/ruleset/sca/{pol}",
                lo=0,
                hi=0.5,
            )
            if pol == "cis_nginx_1.yml" and r.random() < 0.5:
                w(
                    "wazuh-modulesd:sca",
                    "WARNING",
                    "Policy '%s' is not valid: %s",
                    f"/var/ossec/ruleset/sca/{pol}",
                    "Invalid regex in rule 'f:/etc/nginx/nginx.conf -> r:^\\s*ssl_protocols'",
                    lo=0,
                    hi=0.1,
                )
                continue
            w(
                "wazuh-modulesd:sca",
                "INFO",
                "Evaluation finished for policy '%s'",
                f"/var/ossec/ruleset/sca/{pol}",
                lo=2,
                hi=20,
            )
        w(
            "wazuh-modulesd:sca",
            "INFO",
            "Security Configuration Assessment scan finished. Duration: %d seconds.",
            r.randrange(8, 40),
            lo=0,
            hi=0.2,
        )

    def syscollector() -> None:
        w("wazuh-modulesd:syscollector", "INFO", "Starting evaluation.", lo=30, hi=300)
        w("wazuh-modulesd:syscollector", "INFO", "Evaluation finished.", lo=1, hi=10)

    def vuln() -> None:
        w(
            "wazuh-modulesd:content-updater",
            "INFO",
            "Starting scheduled action for '%s'",
            "vulnerability_feed_manager",
            lo=30,
            hi=600,
        )
        if r.random() < 0.2:
            w(
                "wazuh-modulesd:content-updater",
                "WARNING",
                "Download of %s failed: %s",
                "https://cti.wazuh.com/api/v1/catalog/contexts/vd_1.0.0/consumers/vd_4.8.0",
                "Couldn't resolve host name",
                lo=5,
                hi=30,
            )
            w(
                "wazuh-modulesd:content-updater",
                "ERROR",
                "Action for '%s' failed: %s",
                "vulnerability_feed_manager",
                "Error getting the last offset",
                lo=0,
                hi=0.1,
            )
            return
        off = r.randrange(1100000, 1300000)
        w(
            "wazuh-modulesd:vulnerability-scanner",
            "INFO",
            "Initiating update feed process.",
            lo=2,
            hi=20,
        )
        w(
            "wazuh-modulesd:vulnerability-scanner",
            "INFO",
            "Feed update process completed. Offset: %d",
            off,
            lo=20,
            hi=300,
        )
        if r.random() < 0.5:
            _aid, _name, _ = r.choice(WAZUH_AGENTS)
            w(
                "wazuh-modulesd:vulnerability-scanner",
                "INFO",
                "Vulnerability scan for new deltas started",
                lo=1,
                hi=30,
            )
            w(
                "wazuh-modulesd:vulnerability-scanner",
                "INFO",
                "Vulnerability scan for new deltas finished",
                lo=1,
                hi=60,
            )

    def analysisd() -> None:
        x = r.random()
        if x < 0.5:
            w(
                "wazuh-analysisd",
                "WARNING",
                "(4204): Input queue is %d%% full.",
                r.choice([70, 80, 90]),
                lo=5,
                hi=120,
            )
        elif x < 0.8:
            aid, name, _ = r.choice(WAZUH_AGENTS)
            w(
                "wazuh-analysisd",
                "WARNING",
                "Unable to get configuration for agent '%s' (%s): %s",
                aid,
                name,
                "agent is not connected",
                lo=5,
                hi=120,
            )
        else:
            w(
                "wazuh-analysisd",
                "ERROR",
                "(1226): Error reading XML file '%s': %s (line %d).",
                "etc/rules/local_rules.xml",
                "XMLERR: Element 'rule' not closed.",
                r.randrange(20, 90),
                lo=5,
                hi=120,
            )

    def db() -> None:
        x = r.random()
        aid, _name, _ = r.choice(WAZUH_AGENTS)
        if x < 0.6:
            w("wazuh-db", "WARNING", "DB(%s) Can't begin transaction.", aid, lo=5, hi=200)
        elif x < 0.85:
            w("wazuh-db", "ERROR", "DB(%s) SQLite: %s", aid, "database is locked", lo=5, hi=200)
        else:
            w("wazuh-db", "ERROR", "Couldn't open DB for agent '%s'", aid, lo=5, hi=200)

    def logcollector() -> None:
        x = r.random()
        if x < 0.6:
            w(
                "wazuh-logcollector",
                "INFO",
                "(1962): File '%s' has been truncated.",
                r.choice(["/var/log/syslog", "/var/log/auth.log"]),
                lo=5,
                hi=300,
            )
        else:
            w(
                "wazuh-logcollector",
                "WARNING",
                "Target '%s' message queue is full (%d). Log lines may be lost.",
                "agent",
                1024,
                lo=5,
                hi=300,
            )

    def rotate() -> None:
        w(
            "wazuh-monitord",
            "INFO",
            "Rotating log file: '%s'",
            "logs/alerts/alerts.json",
            lo=0,
            hi=1,
        )

    start()
    for i in range(1300):
        pick(
            r,
            [
                (30, remoted),
                (12, enroll),
                (10, syscollector),
                (8, fim),
                (4, rootcheck),
                (3, sca),
                (3, vuln),
                (4, analysisd),
                (3, db),
                (5, logcollector),
            ],
        )
        if i == 900:
            rotate()
    return [log]


# --------------------------------------------------------------------------------- kibana

KIBANA_RULES = [
    ("default", ".es-query", "High error rate"),
    ("default", "metrics.alert.threshold", "CPU over 90%"),
    ("default", "logs.alert.document.count", "Auth failures"),
    ("ops", ".index-threshold", "Disk watermark"),
    ("ops", "apm.error_rate", "Checkout errors"),
    ("security", "siem.queryRule", "Suspicious PowerShell"),
]
KIBANA_TASKS = [
    "alerting:.es-query",
    "alerting:metrics.alert.threshold",
    "actions:.email",
    "actions:.slack",
    "Fleet-Usage-Sender",
    "endpoint:user-artifact-packager",
    "apm-telemetry-task",
    "reports:monitor",
    "session_cleanup",
    "osquery:telemetry-packs",
]
KIBANA_STACK_ES = [
    "    at KibanaTransport.request (/usr/share/kibana/node_modules/@elastic/transport/lib/Transport.js:479:27)",
    "    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "    at KibanaTransport.request (/usr/share/kibana/node_modules/@kbn/core-elasticsearch-client-server-internal/src/create_transport.js:51:16)",
    "    at ClientTraced.SearchApi [as search] (/usr/share/kibana/node_modules/@elastic/elasticsearch/lib/api/api/search.js:66:12)",
]


def kibana(r: random.Random) -> list[Log]:
    """A Kibana 8.13 instance's JSON log (the ECS layout of `logging.appenders.file` with
    `layout.type: json`): start-up (roles, the plugins set up, the encryption keys generated,
    the saved-objects migrations' state machine transitions `[.kibana] INIT -> ...`, the HTTP
    server, status changes), then task manager's runs failing and its health warnings, alerting
    rules failing or timing out, actions failing to send, authentication failures, Elasticsearch
    unreachable for a while (`Unable to retrieve version information`), fleet, reporting and
    the status service flipping between available and degraded. Errors carry
    `error.stack_trace` as one JSON string."""
    log = Log("kibana.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    start_t = log.t

    def k(
        level: str, logger: str, fmt: str, *vals, err=None, trace=False, lo=0.0, hi=0.5, label=""
    ) -> None:
        t = log.tick(r, lo, hi)
        rec: dict = {
            "service": {"node": {"roles": ["background_tasks", "ui"]}},
            "ecs": {"version": "8.11.0"},
            "@timestamp": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+00:00",
            "message": fill(fmt, *vals),
            "log": {"level": level, "logger": logger},
            "process": {"pid": 7, "uptime": round((t - start_t).total_seconds() + 3.1, 6)},
        }
        if err:
            rec["error"] = err
        if trace:
            rec["trace"] = {"id": hexid(r, 32)}
            rec["transaction"] = {"id": hexid(r, 16)}
        log.add(json.dumps(rec, separators=(",", ":"), ensure_ascii=False), label or fmt)

    def es_err(msg: str, typ: str = "ConnectionError") -> dict:
        return {
            "message": msg,
            "type": typ,
            "stack_trace": f"{typ}: {msg}\n" + "\n".join(KIBANA_STACK_ES[: r.randrange(2, 5)]),
        }

    def start() -> None:
        k("INFO", "root", "Kibana is starting", lo=0, hi=0)
        k(
            "INFO",
            "node",
            "Kibana process configured with roles: [${roles}]",
            "background_tasks, ui",
            lo=0,
            hi=0.1,
        )
        k(
            "INFO",
            "plugins-service",
            'The following plugins are disabled: "${disabled}".',
            "cloudChat,cloudExperiments,cloudFullStory,profilingDataAccess,profiling,securitySolutionServerless,serverless,serverlessObservability,serverlessSearch",
            lo=0,
            hi=0.5,
        )
        k(
            "INFO",
            "http.server.Preboot",
            "http server running at ${url}",
            "http://0.0.0.0:5601",
            lo=0,
            hi=0.3,
        )
        k(
            "INFO",
            "plugins-system.preboot",
            "Setting up [${count}] plugins: [${names}]",
            1,
            "interactiveSetup",
            lo=0,
            hi=0.02,
        )
        k(
            "INFO",
            "plugins-system.standard",
            "Setting up [${count}] plugins: [${names}]",
            143,
            "translations,share,screenshotMode,usageCollection,telemetryCollectionManager,telemetry,newsfeed,taskManager,alerting,actions,fleet,security,spaces,reporting,monitoring,apm,synthetics,osquery",
            lo=0,
            hi=0.1,
        )
        k(
            "INFO",
            "plugins.taskManager",
            "TaskManager is identified by the Kibana UUID: ${uuid}",
            uuid4(r),
            lo=0,
            hi=0.3,
        )
        k(
            "WARN",
            "plugins.security.config",
            "Generating a random key for xpack.security.encryptionKey. To prevent sessions from being invalidated on restart, please set xpack.security.encryptionKey in the kibana.yml or use the bin/kibana-encryption-keys command.",
            lo=0,
            hi=0.05,
        )
        k(
            "WARN",
            "plugins.security.config",
            "Session cookies will be transmitted over insecure connections. This is not recommended.",
            lo=0,
            hi=0.01,
        )
        k(
            "WARN",
            "plugins.encryptedSavedObjects",
            "Saved objects encryption key is not set. This will severely limit Kibana functionality. Please set xpack.encryptedSavedObjects.encryptionKey in the kibana.yml or use the bin/kibana-encryption-keys command.",
            lo=0,
            hi=0.05,
        )
        k(
            "WARN",
            "plugins.actions",
            "APIs are disabled because the Encrypted Saved Objects plugin is missing encryption key. Please set xpack.encryptedSavedObjects.encryptionKey in the kibana.yml or use the bin/kibana-encryption-keys command.",
            lo=0,
            hi=0.05,
        )
        k(
            "WARN",
            "plugins.reporting.config",
            "Generating a random key for xpack.reporting.encryptionKey. To prevent sessions from being invalidated on restart, please set xpack.reporting.encryptionKey in the kibana.yml or use the bin/kibana-encryption-keys command.",
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "plugins.notifications",
            "Email Service Error: Email connector not specified.",
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "plugins.cloudSecurityPosture",
            "Registered task successfully [Task: ${id}]",
            "cloud_security_posture-stats_task",
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "savedobjects-service",
            "Waiting until all Elasticsearch nodes are compatible with Kibana before starting saved objects migrations...",
            lo=0.2,
            hi=1,
        )
        k("INFO", "savedobjects-service", "Starting saved objects migrations", lo=0.2, hi=0.6)
        for idx in [
            ".kibana",
            ".kibana_task_manager",
            ".kibana_alerting_cases",
            ".kibana_analytics",
            ".kibana_security_solution",
            ".kibana_ingest",
        ]:
            states = [
                "INIT",
                "PREPARE_COMPATIBLE_MIGRATION",
                "REFRESH_SOURCE",
                "OUTDATED_DOCUMENTS_SEARCH_OPEN_PIT",
                "OUTDATED_DOCUMENTS_SEARCH_READ",
                "OUTDATED_DOCUMENTS_SEARCH_CLOSE_PIT",
                "CHECK_TARGET_MAPPINGS",
                "CHECK_VERSION_INDEX_READY_ACTIONS",
                "DONE",
            ]
            for a, b in itertools.pairwise(states):
                k(
                    "INFO",
                    "savedobjects-service",
                    "[${index}] ${from} -> ${to}. took: ${ms}ms.",
                    idx,
                    a,
                    b,
                    r.randrange(1, 60),
                    lo=0,
                    hi=0.05,
                )
            k(
                "INFO",
                "savedobjects-service",
                "[${index}] Migration completed after ${ms}ms",
                idx,
                r.randrange(80, 900),
                lo=0,
                hi=0.02,
            )
        k(
            "INFO",
            "plugins-system.standard",
            "Starting [${count}] plugins: [${names}]",
            143,
            "translations,share,screenshotMode,usageCollection,telemetryCollectionManager,telemetry,newsfeed,taskManager,alerting,actions,fleet,security,spaces,reporting,monitoring,apm,synthetics,osquery",
            lo=0,
            hi=0.2,
        )
        k(
            "INFO",
            "plugins.monitoring.monitoring",
            "config sourced from: production cluster",
            lo=0,
            hi=0.1,
        )
        k(
            "INFO",
            "http.server.Kibana",
            "http server running at ${url}",
            "http://0.0.0.0:5601",
            lo=0,
            hi=0.3,
        )
        k("INFO", "plugins.fleet", "Beginning fleet setup", lo=0, hi=0.3)
        k(
            "INFO",
            "plugins.ruleRegistry",
            "Installing common resources shared between all indices",
            lo=0,
            hi=0.1,
        )
        k(
            "INFO",
            "plugins.ruleRegistry",
            "Installed common resources shared between all indices",
            lo=0.2,
            hi=2,
        )
        k(
            "INFO",
            "plugins.screenshotting.chromium",
            "Browser executable: ${path}",
            "/usr/share/kibana/node_modules/@kbn/screenshotting-plugin/chromium/headless_shell-linux_x64/headless_shell",
            lo=0,
            hi=0.2,
        )
        k("INFO", "plugins.fleet", "Fleet setup completed", lo=0.5, hi=4)
        k(
            "INFO",
            "status",
            "Kibana is now ${level} (was ${previous})",
            "available",
            "degraded",
            lo=0.5,
            hi=3,
        )

    def task_fail() -> None:
        typ = r.choice(KIBANA_TASKS)
        tid = uuid4(r) if typ.startswith(("alerting", "actions")) else typ
        x = r.random()
        if x < 0.5:
            k(
                "ERROR",
                "plugins.taskManager",
                'Task ${taskType} "${id}" failed: ${err}',
                typ,
                tid,
                f"Error: Saved object [alert/{uuid4(r)}] not found",
                lo=2,
                hi=90,
                label='Task ${taskType} "${id}" failed: Error: Saved object [${type}/${id}] not found',
            )
        elif x < 0.8:
            k(
                "WARN",
                "plugins.taskManager",
                'Task ${taskType} "${id}" failed: ${err}',
                typ,
                tid,
                "ResponseError: search_phase_execution_exception",
                lo=2,
                hi=90,
                label='Task ${taskType} "${id}" failed: ResponseError: ${type}',
            )
        else:
            k(
                "WARN",
                "plugins.taskManager",
                'Cancelling task ${taskType} "${id}" as it expired at ${date} after running for ${duration} (with timeout set at ${timeout}).',
                typ,
                tid,
                f"{log.t:%Y-%m-%dT%H:%M:%S}.{r.randrange(1000):03d}Z",
                f"{r.randrange(5, 20)}m {r.randrange(60)}s",
                "5m",
                lo=2,
                hi=90,
            )

    def rule() -> None:
        space, typ, name = r.choice(KIBANA_RULES)
        rid = uuid4(r)
        x = r.random()
        if x < 0.5:
            k(
                "ERROR",
                f"plugins.alerting.{typ}",
                "Executing Rule ${spaceId}:${ruleTypeId}:${ruleId} has resulted in Error: ${message}",
                space,
                typ,
                rid,
                "search_phase_execution_exception\n\tRoot causes:\n\t\tquery_shard_exception: No mapping found for [@timestamp] in order to sort on",
                trace=True,
                lo=2,
                hi=90,
                err=es_err("search_phase_execution_exception", "ResponseError"),
            )
        elif x < 0.75:
            k(
                "WARN",
                "plugins.alerting",
                "rule execution failure: ${ruleTypeId}:${ruleId}: '${name}' ${message}",
                typ,
                rid,
                name,
                "took longer than 5m",
                lo=2,
                hi=90,
                label="rule execution failure: ${ruleTypeId}:${ruleId}: '${name}' took longer than ${timeout}",
            )
        else:
            k(
                "WARN",
                "plugins.alerting",
                "Rule ${ruleTypeId}:${ruleId}: '${name}' has ${count} active alerts: ${alerts}",
                typ,
                rid,
                name,
                r.randrange(2, 40),
                '[{"instanceId":"host-'
                + str(r.randrange(1, 30))
                + '","actionGroup":"threshold met"}]',
                lo=2,
                hi=90,
            )

    def action() -> None:
        conn = r.choice(
            [(".slack", "ops-slack"), (".email", "oncall-email"), (".webhook", "pagerduty-hook")]
        )
        aid = uuid4(r)
        why = (
            "error posting slack message"
            if conn[0] == ".slack"
            else "an error occurred while running the action"
        )
        if conn[0] == ".email":
            k(
                "WARN",
                "plugins.actions.email",
                "error sending email: ${message}",
                "Connection timeout",
                lo=2,
                hi=120,
            )
        k(
            "WARN",
            "plugins.actions",
            "action execution failure: ${actionTypeId}:${actionId}: ${name}: ${message}",
            conn[0],
            aid,
            conn[1],
            why,
            lo=0,
            hi=0.2,
            label=f"action execution failure: ${{actionTypeId}}:${{actionId}}: ${{name}}: {why}",
        )

    def auth() -> None:
        user = r.choice([*LOCAL_USERS, "elastic", "kibana_admin"])
        k(
            "INFO",
            "plugins.security.authentication",
            "Authentication attempt failed: ${message}",
            f"[security_exception]: unable to authenticate user [{user}] for REST request [/_security/_authenticate]",
            trace=True,
            lo=1,
            hi=120,
            label="Authentication attempt failed: [security_exception]: unable to authenticate user [${user}] for REST request [${path}]",
        )

    def health() -> None:
        k(
            "WARN",
            "plugins.taskManager",
            "Detected potential performance issue with Task Manager. Set 'xpack.task_manager.monitored_stats_health_verbose_log.enabled: true' in your Kibana.yml to enable debug logging",
            lo=10,
            hi=300,
        )

    def reporting() -> None:
        jid = alnum(r, 20).lower()
        k(
            "INFO",
            "plugins.reporting.runTask",
            "Starting ${type} report ${id}: attempt ${attempt} of ${max}.",
            "printable_pdf_v2",
            jid,
            1,
            3,
            lo=10,
            hi=400,
        )
        if r.random() < 0.3:
            k(
                "ERROR",
                "plugins.reporting.runTask",
                "Error in ${type} report ${id}: ${err}",
                "printable_pdf_v2",
                jid,
                "Error: Max attempts reached (1). Queue timeout reached.",
                lo=10,
                hi=60,
                err={
                    "message": "Max attempts reached (1). Queue timeout reached.",
                    "type": "Error",
                    "stack_trace": "Error: Max attempts reached (1). Queue timeout reached.\n    at RunSingleReportTask.executeReport (/usr/share/kibana/node_modules/@kbn/reporting-plugin/server/lib/tasks/run_report.js:312:15)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
                },
            )
        else:
            k(
                "INFO",
                "plugins.reporting.runTask",
                "Saved ${type} report ${id}: ${size} bytes",
                "printable_pdf_v2",
                jid,
                r.randrange(40000, 900000),
                lo=5,
                hi=40,
            )

    def es_down() -> None:
        k(
            "ERROR",
            "elasticsearch-service",
            "Unable to retrieve version information from Elasticsearch nodes. ${message}",
            "connect ECONNREFUSED 10.0.3.7:9200",
            lo=10,
            hi=60,
        )
        k(
            "INFO",
            "status",
            "Kibana is now ${level} (was ${previous})",
            "degraded",
            "available",
            lo=0,
            hi=2,
        )
        for _ in range(r.randrange(3, 8)):
            k(
                "ERROR",
                "plugins.taskManager",
                "Failed to poll for work: ${err}",
                "ConnectionError: connect ECONNREFUSED 10.0.3.7:9200",
                lo=2,
                hi=4,
                err=es_err("connect ECONNREFUSED 10.0.3.7:9200"),
            )
            if r.random() < 0.4:
                k(
                    "WARN",
                    "plugins.security.session.index",
                    "Failed to clean up sessions: ${message}",
                    "connect ECONNREFUSED 10.0.3.7:9200",
                    lo=0,
                    hi=1,
                )
        k(
            "INFO",
            "status",
            "Kibana is now ${level} (was ${previous})",
            "available",
            "degraded",
            lo=2,
            hi=8,
        )

    start()
    for _i in range(1800):
        pick(
            r,
            [
                (30, task_fail),
                (18, rule),
                (9, action),
                (12, auth),
                (3, health),
                (5, reporting),
                (0.35, es_down),
            ],
        )
    return [log]


# --------------------------------------------------------------------------------- netdata

NETDATA_GOD_JOBS = [
    ("nginx", "local"),
    ("web_log", "nginx"),
    ("mysql", "local"),
    ("redis", "local"),
    ("docker", "local"),
    ("ping", "gateway"),
    ("httpcheck", "api"),
    ("prometheus", "node_exporter"),
    ("postgres", "local"),
]


def netdata(r: random.Random) -> list[Log]:
    """A Netdata 1.43 agent's /var/log/netdata/error.log (`%Y-%m-%d %H:%M:%S: netdata LEVEL :
    THREAD : msg`, an errno appended in parentheses to the messages that have one) and
    collector.log (go.d.plugin's records after `go.d[pid]` in logfmt, python.d's and
    apps.plugin's old-style lines): start-up (config, the dbengine tiers, the web server, ACLK),
    then streaming children connecting and disconnecting, health alarm state changes,
    plugins.d lines, ACLK's connection dropping, the web server's denied requests; go.d jobs
    checked, started, failing and being retried; python.d's job checks."""
    err = Log("error.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    col = Log("collector.log", datetime(2024, 6, 11, 6, 0, 3, tzinfo=UTC))
    god_pid = [2417]
    children = ["db-01", "web-01", "web-02", "cache-01", "k8s-node-3"]

    def n(level: str, thread: str, fmt: str, *vals, errno=None, lo=0.0, hi=0.5) -> None:
        t = err.tick(r, lo, hi)
        tail = f" (errno {errno[0]}, {errno[1]})" if errno else ""
        err.add(
            f"{t:%Y-%m-%d %H:%M:%S}: netdata {level:<5} : {thread} : {fill(fmt, *vals)}{tail}", fmt
        )

    def g(level: str, collector: str, job: str, fmt: str, *vals, lo=0.0, hi=0.5) -> None:
        t = col.tick(r, lo, hi)
        msg = fill(fmt, *vals)
        q = (
            json.dumps(msg, ensure_ascii=False)
            if (" " in msg or '"' in msg or "=" in msg or not msg)
            else msg
        )
        extra = f" plugin=go.d collector={collector} job={job}" if collector else " plugin=go.d"
        col.add(
            f"go.d[{god_pid[0]}] time={t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z level={level} msg={q}{extra}",
            fmt,
        )

    def py(level: str, who: str, fmt: str, *vals, lo=0.0, hi=0.5) -> None:
        t = col.tick(r, lo, hi)
        col.add(f"{t:%Y-%m-%d %H:%M:%S}: python.d {level}: {who} : {fill(fmt, *vals)}", fmt)

    def start() -> None:
        n(
            "INFO",
            "MAIN",
            "CONFIG: cannot load cloud config '%s'. Running with internal defaults.",
            "/var/lib/netdata/cloud.d/cloud.conf",
            lo=0,
            hi=0,
        )
        n("INFO", "MAIN", 'Netdata agent version "%s" is starting', "v1.43.2", lo=0, hi=0.01)
        n("INFO", "MAIN", "IEEE754: system is using IEEE754 DOUBLE PRECISION values", lo=0, hi=0.01)
        n("INFO", "MAIN", "TIMEZONE: using the contents of /etc/timezone", lo=0, hi=0.01)
        n("INFO", "MAIN", "TIMEZONE: fixed as '%s'", "Etc/UTC", lo=0, hi=0.01)
        n("INFO", "MAIN", "Using host prefix directory '%s'", "", lo=0, hi=0.01)
        n(
            "ERROR",
            "MAIN",
            "LISTENER: IPv6 bind() on ip '%s' port %d, socktype %d failed.",
            "::",
            19999,
            1,
            errno=(99, "Cannot assign requested address"),
            lo=0,
            hi=0.01,
        )
        n(
            "INFO",
            "MAIN",
            "LISTENER: Listen socket %s opened successfully.",
            "tcp:0.0.0.0:19999",
            lo=0,
            hi=0.01,
        )
        for tier, size in [(0, 256), (1, 128), (2, 64)]:
            n(
                "INFO",
                "MAIN",
                "DBENGINE: initializing tier %d, page size %zu bytes, %zu pages, %zu bytes per page",
                tier,
                4096,
                size * 1024,
                4096,
                lo=0,
                hi=0.01,
            )
            n(
                "INFO",
                "MAIN",
                "DBENGINE: found %d datafiles in path '%s' for tier %d",
                r.randrange(4, 60),
                f"/var/cache/netdata/dbengine{'' if tier == 0 else f'-tier{tier}'}",
                tier,
                lo=0,
                hi=0.2,
            )
        n(
            "INFO",
            "MAIN",
            "DBENGINE: journal file '%s' is not v2, creating it",
            "/var/cache/netdata/dbengine/journalfile-1-0000000472.njf",
            lo=0,
            hi=0.3,
        )
        n(
            "INFO",
            "MAIN",
            "Created file '%s'",
            "/var/lib/netdata/registry/netdata.public.unique.id",
            lo=0,
            hi=0.01,
        )
        n("INFO", "MAIN", "netdata started in %lld ms", r.randrange(2000, 9000), lo=0, hi=0.3)
        for p in [
            "apps.plugin",
            "go.d.plugin",
            "python.d.plugin",
            "charts.d.plugin",
            "ebpf.plugin",
            "debugfs.plugin",
        ]:
            if p in ("charts.d.plugin", "ebpf.plugin"):
                n("INFO", "PLUGINSD", "PLUGINSD: '%s' is disabled by config", p, lo=0, hi=0.01)
            else:
                n(
                    "INFO",
                    f"PLUGINSD[{p.split('.')[0]}]",
                    "connected to '%s' running on pid %d",
                    f"/usr/libexec/netdata/plugins.d/{p}",
                    r.randrange(2000, 3000),
                    lo=0,
                    hi=0.05,
                )
        n("INFO", "ACLK_Main", "ACLK: connecting to %s:%d", "app.netdata.cloud", 443, lo=0, hi=0.5)
        n("INFO", "ACLK_Main", "ACLK: connection successfully established", lo=0.1, hi=1)

    def stream() -> None:
        host = r.choice(children)
        ip = f"10.0.40.{children.index(host) + 11}"
        port = r.randrange(30000, 60000)
        thr = f"STREAM_RECEIVER[{host},[{ip}]:{port}]"
        if r.random() < 0.6:
            n(
                "INFO",
                "WEB_SERVER[static1]",
                "STREAM '%s' [receive from [%s]:%s]: new client connection.",
                host,
                ip,
                port,
                lo=2,
                hi=120,
            )
            n(
                "INFO",
                thr,
                "STREAM '%s' [receive from [%s]:%s]: receiving metrics...",
                host,
                ip,
                port,
                lo=0,
                hi=0.2,
            )
        else:
            why = r.choice(
                [
                    "socket disconnected",
                    "parser completed",
                    "socket timeout",
                    "disconnected (completed 12345 updates)",
                ]
            )
            if why.startswith("disconnected"):
                n(
                    "ERROR",
                    thr,
                    "STREAM '%s' [receive from [%s]:%s]: disconnected (completed %zu updates).",
                    host,
                    ip,
                    port,
                    r.randrange(100, 90000),
                    lo=2,
                    hi=120,
                )
            else:
                n(
                    "ERROR",
                    thr,
                    "STREAM '%s' [receive from [%s]:%s]: %s",
                    host,
                    ip,
                    port,
                    why,
                    lo=2,
                    hi=120,
                )
            if r.random() < 0.3:
                n(
                    "ERROR",
                    "WEB_SERVER[static2]",
                    "STREAM '%s' [receive from [%s]:%s]: multiple connections for same host detected - existing connection is active (within last %d sec), rejecting new connection.",
                    host,
                    ip,
                    port,
                    60,
                    lo=0,
                    hi=3,
                )

    def health() -> None:
        alarms = [
            ("disk_space._", "disk_space_usage"),
            ("system.cpu", "10min_cpu_usage"),
            ("system.ram", "ram_in_use"),
            ("net.eth0", "interface_inbound_errors"),
            ("web_log_nginx.response_statuses", "web_log_1m_bad_requests"),
        ]
        chart, name = r.choice(alarms)
        host = r.choice(["nd-parent", *children])
        st = r.choice(
            [
                ("CLEAR", "WARNING"),
                ("WARNING", "CLEAR"),
                ("WARNING", "CRITICAL"),
                ("CRITICAL", "WARNING"),
            ]
        )
        n(
            "INFO",
            "HEALTH",
            "[%s]: Sending notification for alarm '%s.%s' status %s.",
            host,
            chart,
            name,
            st[1],
            lo=5,
            hi=200,
        )
        if r.random() < 0.15:
            n(
                "ERROR",
                "HEALTH",
                "Health: notification for alarm '%s.%s' status %s failed with exit code %d (%s)",
                chart,
                name,
                st[1],
                1,
                "/usr/libexec/netdata/plugins.d/alarm-notify.sh",
                lo=0,
                hi=3,
            )

    def web() -> None:
        x = r.random()
        ip = ip4(r, "192.168.1") if r.random() < 0.7 else ip4(r)
        if x < 0.6:
            n(
                "ERROR",
                "WEB_SERVER[static3]",
                "POLLFD: LISTENER: client connection from '%s' to '%s' is not allowed. Denying it.",
                ip,
                "tcp:0.0.0.0:19999",
                lo=5,
                hi=200,
            )
        else:
            n(
                "ERROR",
                "WEB_SERVER[static1]",
                "%llu: Cannot send data to client. Closing client.",
                r.randrange(1000, 99999),
                errno=(32, "Broken pipe"),
                lo=5,
                hi=200,
            )

    def aclk() -> None:
        n("ERROR", "ACLK_Main", "ACLK: %s", "ping timeout", lo=30, hi=900)
        n("ERROR", "ACLK_Main", "ACLK: Connection Error or Dropped", lo=0, hi=0.1)
        n("INFO", "ACLK_Main", "ACLK: connecting to %s:%d", "app.netdata.cloud", 443, lo=1, hi=10)
        if r.random() < 0.3:
            n(
                "ERROR",
                "ACLK_Main",
                "ACLK: Could not connect to the MQTT broker: %s",
                "mqtt_wss_connect returned error",
                lo=1,
                hi=5,
            )
            n(
                "INFO",
                "ACLK_Main",
                "ACLK: Wait before attempting to reconnect in %.3f seconds",
                r.uniform(1, 30),
                lo=0,
                hi=0.01,
            )
            n(
                "INFO",
                "ACLK_Main",
                "ACLK: connecting to %s:%d",
                "app.netdata.cloud",
                443,
                lo=1,
                hi=30,
            )
        n("INFO", "ACLK_Main", "ACLK: connection successfully established", lo=0.1, hi=1)

    def proc() -> None:
        x = r.random()
        if x < 0.6:
            n(
                "ERROR",
                "PLUGIN[proc]",
                "Cannot read file '%s'",
                r.choice(
                    [
                        "/sys/class/power_supply/BAT0/capacity",
                        "/proc/net/ip_vs_stats",
                        "/sys/fs/btrfs",
                    ]
                ),
                errno=(2, "No such file or directory"),
                lo=5,
                hi=300,
            )
        else:
            n(
                "INFO",
                "PLUGIN[diskspace]",
                "DISKSPACE: Cannot statvfs() mount point '%s' (disk '%s', filesystem '%s', root '%s')",
                f"/var/lib/docker/overlay2/{hexid(r, 64)}/merged",
                "overlay",
                "overlay",
                "/",
                errno=(13, "Permission denied"),
                lo=5,
                hi=300,
            )

    def god_start() -> None:
        g("info", "", "", "instance is started", lo=0, hi=0.2)
        g(
            "info",
            "",
            "",
            "looking for '%s' in %v",
            "go.d.conf",
            "[/etc/netdata /usr/lib/netdata/conf.d]",
            lo=0,
            hi=0.01,
        )
        g("info", "", "", "found '%s'", "/usr/lib/netdata/conf.d/go.d.conf", lo=0, hi=0.01)
        g("info", "", "", "registered discoverers: %v", "[file]", lo=0, hi=0.01)
        for c, j in NETDATA_GOD_JOBS:
            if c in ("postgres", "redis") and r.random() < 0.9:
                g("error", c, j, "check failed", lo=0, hi=0.5)
                g("info", c, j, "check failed, will retry in %d seconds", 10, lo=0, hi=0.01)
                continue
            g("info", c, j, "check success", lo=0, hi=0.5)
            g(
                "info",
                c,
                j,
                "started, data collection interval %ds",
                r.choice([1, 1, 5, 10]),
                lo=0,
                hi=0.01,
            )

    def god() -> None:
        c, j = r.choice(NETDATA_GOD_JOBS)
        x = r.random()
        if c == "nginx" or (c == "httpcheck" and x < 0.5):
            g(
                "error",
                c,
                j,
                'error on request to %s : Get "%s": dial tcp %s: connect: connection refused',
                "http://127.0.0.1/basic_status",
                "http://127.0.0.1/basic_status",
                "127.0.0.1:80",
                lo=1,
                hi=60,
            )
        elif c in ("postgres", "redis"):
            g("error", c, j, "check failed", lo=5, hi=60)
            g("info", c, j, "check failed, will retry in %d seconds", 10, lo=0, hi=0.01)
        elif c == "web_log":
            g(
                "warning",
                c,
                j,
                "unmatched line: %v (parser: %s)",
                "172.17.0.1 - - [11/Jun/2024:06:"
                + f"{r.randrange(60):02d}:{r.randrange(60):02d}"
                + ' +0000] "\\x16\\x03\\x01" 400 157',
                "csv",
                lo=1,
                hi=60,
            )
        elif c == "mysql":
            g(
                "error",
                c,
                j,
                "error on collecting: Error %d (%s): Access denied for user '%s'@'%s' (using password: %s)",
                1045,
                "28000",
                "netdata",
                "localhost",
                "NO",
                lo=5,
                hi=120,
            )
        elif c == "docker":
            g(
                "error",
                c,
                j,
                "error on collecting: Cannot connect to the Docker daemon at %s. Is the docker daemon running?",
                "unix:///var/run/docker.sock",
                lo=5,
                hi=120,
            )
        elif c == "ping":
            g("warning", c, j, "host '%s' is unreachable", "10.0.0.1", lo=5, hi=120)
        else:
            g(
                "error",
                c,
                j,
                'error on collecting: Get "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                "http://127.0.0.1:9100/metrics",
                lo=5,
                hi=120,
            )

    def pyd() -> None:
        x = r.random()
        if x < 0.5:
            py(
                "ERROR",
                "nginx_log[local]",
                "Failed to connect to %s",
                "http://127.0.0.1:80/stub_status",
                lo=5,
                hi=200,
            )
        elif x < 0.8:
            py("INFO", "plugin[main]", "[%s] check failed", "beanstalk[local]", lo=5, hi=200)
        else:
            py(
                "WARNING",
                "fail2ban[local]",
                "file '%s' doesn't exist or is not readable",
                "/var/log/fail2ban.log",
                lo=5,
                hi=200,
            )

    start()
    god_start()
    py("INFO", "plugin[main]", "using python v%s", 3, lo=0, hi=0.5)
    py("INFO", "plugin[main]", "[%s] built %d job(s) configs", "nginx_log", 1, lo=0, hi=0.1)
    for i in range(1500):
        pick(r, [(22, stream), (14, health), (8, web), (1.2, aclk), (6, proc), (36, god), (7, pyd)])
        if i == 430:
            n(
                "ERROR",
                "PLUGINSD[go.d]",
                "PLUGINSD: '%s' (pid %d) disconnected after %zu successful data collections (ENDs).",
                "/usr/libexec/netdata/plugins.d/go.d.plugin",
                god_pid[0],
                r.randrange(10000, 90000),
                lo=1,
                hi=5,
            )
            god_pid[0] = 3811
            col.t = max(col.t, err.t)
            god_start()
    return [err, col]


SYSTEMS = {"rspamd": rspamd, "calico": calico, "wazuh": wazuh, "kibana": kibana, "netdata": netdata}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

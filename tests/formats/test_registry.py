import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.errors import UsageError
from errctl.formats.pattern import PatternFormat
from errctl.formats.registry import FORMATS, Detection, detect, get_format

# One realistic header per format, and lines no format may take for a header.
LINES = {
    "winston_simple": 'error: db failed {"code":"ECONNRESET","timestamp":"2024-01-01T12:00:00Z"}',
    "json": '{"ts": "2024-01-01T12:00:00Z", "level": "error", "msg": "db down", "svc": "api"}',
    "logfmt": 'ts=2024-01-01T12:00:00Z level=warn msg="slow query" took=3s',
    "logrus_terminal": "WARN[0042] lease renewal failed                           attempt=3",
    "syslog": "<86>Nov 27 14:28:30 web-01 sshd[34110]: Accepted publickey for deploy",
    "syslog5424": "<165>1 2024-01-01T12:00:00.003Z host app 12 ID47 - hello",
    "syslog_busybox": "Nov 27 14:28:30 gw daemon.warn dnsmasq[771]: no servers found",
    "syslog_esxi": "2024-11-27T14:28:30.120Z Er(163) vpxa[2099]: Failed to connect to host",
    "access": '10.1.2.3 - - [27/Nov/2024:14:28:19 +0000] "GET /x HTTP/1.1" 200 12 "-" "curl/8"',
    "access_vhost": "shop.example.org:443 10.1.2.3 - - [27/Nov/2024:14:28:19 +0000] "
    '"GET /x HTTP/1.1" 200 12 "-" "curl/8"',
    "access_s3": "79a5" + "0" * 60 + " media [27/Nov/2024:14:28:19 +0000] 10.1.2.3 - 3E57EXAMPLE "
    'REST.GET.OBJECT a.txt "GET /media/a.txt HTTP/1.1" 200 - 12 12 7 6 "-" "curl/8" -',
    "access_uwsgi": "[pid: 12|app: 0|req: 3/9] 10.1.2.3 () {38 vars in 696 bytes} [Wed Nov 27 "
    "14:28:19 2024] GET /x => generated 12 bytes in 3 msecs (HTTP/1.1 200) 4 headers in 99 bytes"
    " (1 switches on core 0)",
    "python": "2024-01-01 12:00:00,123 - etl.pipeline - INFO - Processed batch 1/620",
    "python_basic": "ERROR:root:Task failed",
    "java": "2024-01-01 12:00:00,123 INFO  [main] com.acme.App - Started App",
    "spring": "2024-01-01T12:00:00.123Z  INFO 1 --- [main] c.a.App  : Started App",
    "klog": "E0501 12:00:01.223456       1 reflector.go:138] Failed to watch *v1.Pod",
    "chromium": "[13656:13867:1130/234649.632769:ERROR:dbus/bus.cc:405] Failed to connect",
    "chromium_electron": "[1130/234649.632769:WARNING:gpu_init.cc(523)] Passthrough is off",
    "postgres": "2024-05-01 12:00:01.200 UTC [1234] app@shop ERROR:  duplicate key value",
    "csvlog": '2024-05-01 12:00:01.200 UTC,"app","shop",1234,"10.0.0.5:40312",66320a11.4d2,2,'
    '"INSERT",2024-05-01 11:58:00 UTC,3/41,771,ERROR,23505,"duplicate key value",'
    '"Key (id)=(7) already exists.",,,,,"INSERT INTO t VALUES (7)",,,"api","client backend",,0',
    "ruby": "E, [2024-05-01T12:00:01.000000 #1234] ERROR -- sidekiq: boom (RuntimeError)",
    "logcat": "03-17 16:13:38.811  1702  2395 E AndroidRuntime: FATAL EXCEPTION: main",
    "logcat_brief": "W/ActivityManager( 1702): Slow operation: 212ms so far",
    "logcat_long": "[ 03-17 16:13:38.811  1702: 2395 D/WindowManager ]",
    "logcat_tag": "W/Vold    : Failed to mount /dev/block/vold/179:65",
    "logcat_process": "I(  812) Displayed com.example/.Main: +412ms  (ActivityManager)",
    "logcat_thread": "E(  812:  944) Failed to bind service",
    "mssql": "2024-01-15 10:24:01.33 Logon       Error: 18456, Severity: 14, State: 8.",
    "db2diag": "2024-03-05-14.22.31.004512-300 I88213E512           LEVEL: Error",
    "ibmmq": "06/11/2024 09:14:02 PM - Process(2231.7) User(mqm) Program(amqzlaa0)",
    "winevent": "TimeCreated  : 6/4/2024 6:02:30 PM",
    "envoy": '[2024-11-15T00:00:02.123Z] "POST /api/orders HTTP/1.1" 503 UF 34 91 5001 - "-" '
    '"curl/8.4.0" "6a2d3b0f" "shop" "10.0.4.17:8080"',
    "elb": "2015-05-13T23:39:43.945958Z my-lb 192.168.131.39:2817 10.0.0.1:80 0.000073 "
    '0.001048 0.000057 503 - 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -',
    "haproxy": "10.0.1.2:33313 [06/Feb/2009:12:12:51.443] fnt bck/srv1 0/0/5007 212 -- "
    "0/0/0/0/3 0/0",
    "heroku": "2024-11-15T00:00:04.123456+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)",
    "lambda": "2024-05-01T10:00:00.123Z\t8f5b2c1e-1d2a-4b7e-9a0c-3e4f5a6b7c8d\tINFO\tprocessing",
    "audit": "type=USER_AUTH msg=audit(1732874401.456:457): pid=2 msg='op=PAM:auth res=failed'",
    "supervisor": "2024-11-15 00:00:02,456 WARN exited: web (exit status 1; not expected)",
    "dmesg": "kern  :err   : [12345.678901] Out of memory: Killed process 4321 (java)",
    "airflow_scheduler": "[2024-06-03T08:15:42.517+0000] {dagbag.py:545} INFO - Filling DagBag",
    "php_fpm": '[29-Nov-2026 10:00:07] WARNING: [pool www] child 41 said into stderr: "x y"',
    "serilog_console": "[08:41:09 WRN] Retrying payment 5531 in 2 s",
    "zerolog": "2024-06-11T07:30:15Z WRN pkg/tls/store.go:92 > No default cert storeName=default",
    "istio": "2024-06-12T03:20:11.482913Z\twarn\tca\tca request failed, starting attempt 2",
    "kong": '2024/06/12 09:41:27 [error] 24#0: *88 timed out, client: 172.18.0.9, request_id: "5e"',
    "fluentbit": "[2024/06/12 04:10:33] [ warn] [net] getaddrinfo(host='loki', err=12): timeout",
    "coredns": "[ERROR] plugin/errors: 2 api.shop.test. AAAA: read udp: i/o timeout",
    "haproxy_stderr": "[ALERT]    (8) : backend 'http_back' has no server available!",
    "generic": "2024-01-01 12:00:00 [notice] cache warmed",
    "envoy_app": "[2025-03-02 08:14:07.311][17][warning][upstream] [source/cds.cc:35] cds: add",
    "zookeeper": "2023-11-02 14:05:12,930 [myid:2] - WARN  [main:o.a.z.s.q.Follower@129] - lost",
    "glog": "W20231105 06:41:09.004127  2218 flags.cc:311] flag --threads unset, using 4",
    "cockroach_v1": "I200811 07:12:30.418223 112 server/node.go:489  [n3] node started",
    "cockroach_v2": "W220314 16:03:27.880512 41 1@cli/start.go:1134 ⋮ [-] 12  cache too small",
    "flink": "2024-06-11 08:30:12,407 INFO  org.apache.flink.runtime.taskexecutor.TaskExecutor"
    "           [] - Receive slot request 5f1c for job 9a3e from resource manager.",
    "spring_cut_logger": "2023-03-14 09:15:02.118  INFO 4821 --- [           main] "
    ".s.d.r.c.RepositoryConfigurationDelegate : Found 3 JPA repository interfaces.",
    "ruby_blank": "W, [2023-08-14 21:07:55 #4410]  WARN -- Billing: card declined for 88",
    "redis_signal": "1:signal-handler (1795947263) Received SIGTERM scheduling shutdown...",
    "couchbase": "[ns_server:warn,2024-06-11T06:26:06.573Z,ns_1@10.0.0.11:<0.9298.0>:ns_tick:"
    "handle_info:120]Detected time forward jump",
    "freeswitch": "0d6b2e48-7a11-4c3e-b1f2-93c4d5e6f708 2025-03-04 17:20:41.004512 99.10% [ERR] "
    "mod_sofia.c:2610 Channel is not answered",
    "gitea": "2024/02/11 07:30:12 models/repo/repo.go:88:GetRepo() [E] repo 42 not found",
    "cups": "E [17/Mar/2024:09:02:11 +0100] Unable to open /etc/cups/ppd/office.ppd",
    "idea": "2025-02-03 09:12:40,118 [   1207]   WARN - #c.i.o.v.n.p.NewMappings - no VCS root",
    "vpxd": "2023-06-12T08:21:45Z error vpxd[07788] [Originator@6876 sub=Default] lost db",
    "vmkernel": "2024-03-08T02:11:37.905Z cpu12:2097731)WARNING: NMP: path vmhba2:C0:T1 dead",
    "syncthing": "[K3QZ7] 2024/05/20 18:02:33 WARNING: Listen (BEP/quic): address in use",
    "spdlog": "[2024-07-19 13:02:45.901] [render] [error] texture atlas full",
    "python_otel": "2025-06-02 08:45:31,207 ERROR [checkout.payments] [gateway.py:118] [trace_id="
    "4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 resource.service.name=checkout "
    "trace_sampled=True] - Card authorization failed: code=51",
    "nextflow": "Oct-02 07:19:30.870 [Task monitor] ERROR nextflow.processor.TaskProcessor - "
    "Error executing process > 'ALIGN (sample_12)'",
    "java_padded": "2025-03-11T16:20:05,402 WARN [pool-3-thread-7          ] LedgerSyncJob"
    "            : Retrying batch 42 after timeout: 30s",
    "zigbee2mqtt": "Zigbee2MQTT:warn  2023-09-14 21:02:13: Device 'hall_sensor' left the network",
    "zellij": "ERROR  |zellij_server::pty        | 2025-02-11 21:07:46.002 [pty_writer] "
    "[zellij-server/src/pty.rs:567]: failed to spawn terminal ",
    "asterisk": "[Mar 14 09:41:07] VERBOSE[31877][C-0000002c] pbx.c: Executing [401@ext-local:3] "
    'Dial("SIP/trunk-00000051", "SIP/401,20,tr") in new stack',
    "sssd": "(2023-09-05  7:14:22): [be[corp.example.com]] [ad_gpo_access_done] (0x0040): "
    "GPO-based access control failed.",
    "ansible": "2025-04-09 17:22:05,311 p=8812 u=ops n=ansible | fatal: [db3]: FAILED! => "
    '{"changed": false, "msg": "Service postgresql not found"}',
    "macos_launchd": "Nov 28 10:15:05 MacBook-Pro com.apple.xpc.launchd[1] (com.example.agent"
    "[123]): Service exited with abnormal code: 1",
    "macos_log_show": "2026-11-28 10:15:04.223456+0100 0x1a2c     Error       0x0        123    0"
    "    WindowServer: (SkyLight) [com.apple.SkyLight:default] display did wake",
    "cbs": "2026-11-28 10:15:06, Error                 CBS    Failed to resolve package",
    "bar_component_pid": "20261128-10:15:04:123|Step_LSC|30002312|onStandStepChanged 3579",
    "slurm_step": "[2026-11-28T10:15:09.003] [1234.batch] error: *** JOB 1234 CANCELLED ***",
    "proxifier": "[11.28 10:15:04] chrome.exe - proxy.example.com:5070 open through proxy",
    "jupyter": "[W 2026-11-28 10:15:04.321 ServerApp] 404 GET /api/kernels/7 (alice@::1) 2.50ms",
    "jupyter_notebook": "[I 10:15:04.321 NotebookApp] Kernel started: 5e1f0c2a-77aa-4c1b",
    "tornado": "[E 261128 10:15:04 web:2246] 500 GET /orders/7 (10.0.0.9) 12.40ms",
    "samba": "[2026/11/28 10:15:04.321233,  0] ../../source3/smbd/server.c:1722(main)",
    "proftpd": "2026-11-28 10:15:04,321 ftp1 proftpd[2786] ftp.example.org (client.example.net"
    "[192.0.2.7]): USER bob: Login successful.",
    "samba_synology": "../../source3/smbd/open.c:1587: [2026/11/28 10:15:04.321233, all 2, "
    "pid=27083] open_file",
    "suricata": "[3318] 4/11/2021 -- 17:02:09 - (util-ioctl.c:102) <Warning> (GetIfaceMTU) -- "
    "Failure when trying to get MTU via ioctl for 'eth9'",
    "suricata7": "[812 - W#01-eth1] 2024-02-19 06:40:11 Info: af-packet: eth1: rx ring 4096 frames",
    "suricata2": "7/3/2016 -- 09:15:00 - <Notice> - Signal Received.  Stopping engine.",
    "solr": "2024-09-17 06:02:12.017 WARN  (coreLoadExecutor-6-thread-1-processing-n:10.4.0.12:"
    "8983_solr) [c:orders s:shard2 r:core_node7 x:orders_shard2_replica_n4] o.a.s.c.SolrCore "
    "Stopping recovery for core=[orders]",
    "solr_uptime": "1873 WARN  (main) [   ] o.a.s.c.CoreContainer Couldn't add files to classpath",
    "solr4": "INFO  - 2014-11-03 21:15:41.120; [   articles] org.apache.solr.update.UpdateLog; "
    "Took 12ms to seed version buckets",
    "oslo": "2026-11-28 10:15:04.321 2931 INFO nova.compute.manager [None req-3f0b6a2e-8d1c-4b7a"
    "-9e5f-0a1b2c3d4e5f - - - - - -] [instance: 0b6d3f2a-1c4e-4f5a-8b7c-9d0e1f2a3b4c] VM Started",
    "ceph": "2018-11-05 09:12:44.018223 7f2a1c3b9700 -1 osd.5 212 heartbeat_check: no reply",
    "ceph_cluster": "2021-04-09T08:01:07.512344+0000 mon.ceph1 (mon.0) 4411 : cluster [WRN] "
    "Health check update: 2 slow ops (SLOW_OPS)",
    "fail2ban08": "2013-05-07 22:14:09,118 fail2ban.jail   : INFO   Jail 'ssh-iptables' started",
    "freeradius": "Tue Mar 12 07:55:01 2024 : Auth: (3021) Login OK: [carol] (from client wlc-2 "
    "port 13)",
    "caddy_console": '2023/03/04 05:06:07.890\tINFO\ttls.obtain\tacquiring lock\t{"id": "a.test"}',
    "syslog_no_host": "Jul  3 09:14:23 sshd[902]: error: kex_exchange_identification: closed",
    "pgbouncer_numeric_zone": "2024-03-21 12:07:11.275 +03 [1594] LOG C-0x7f4c0a285ea8: "
    "shop/app@10.0.0.7:58531 closing because: client close request (age=596s)",
    "php_fpm_debug": "[29-Nov-2026 10:00:06.120501] DEBUG: pid 7, fpm_event_loop(), line 354: "
    "[pool api] event module is epoll",
    "slapd": '64b1f0a2.1a2b3c4d 0x7f12ab34c640 conn=1204 op=1 SRCH base="dc=shop,dc=test"',
    "slapd24": "5e1a2b3c conn=1001 fd=15 ACCEPT from IP=10.0.0.4:50120 (IP=0.0.0.0:389)",
    "ceph_stderr": "debug 2023-05-02T10:11:12.345+0000 7f8b2c5ff640  1 mgr handle_mgr_map Active",
    "clickhouse": "2024.02.19 11:04:27.318545 [ 48213 ] {6b1e0c7a-51f3-4c2e-9d8a-0e4f1b2c3d4e} "
    "<Debug> executeQuery: (from 10.1.4.20:51822) SELECT count() FROM shop.orders",
    "zabbix": "3120447:20250312:141502.071 server #14 started [history syncer #2]",
    "zabbix_padded": "    41:20250312:141507.930 cannot send list of active checks",
    "quarkus": "2025-04-03 09:12:40,517 WARN  [org.keycloak.events] (executor-thread-3) "
    "type=LOGIN_ERROR, realmId=shop, clientId=web",
    "rabbitmq": "2025-01-08 16:02:11.734120+01:00 [warning] <0.1722.0> closing AMQP connection",
    "emqx": "2024-06-11T09:14:02.120311+02:00 [warning] tag: AUTHN, clientid: gw-7, msg: "
    "authentication_failure, peername: 10.2.0.8:51022, reason: bad_username_or_password",
    "emqx_text": "2024-06-11T09:14:05.004120+02:00 [error] Supervisor: {local,emqx_conn_sup}. "
    "Context: child_terminated. Reason: normal.",
}
OWNER = {
    "winston_simple": "winston",
    "json": "json",
    "logfmt": "logfmt",
    "logrus_terminal": "logfmt",
    "syslog": "syslog",
    "syslog5424": "syslog",
    "syslog_busybox": "syslog",
    "syslog_esxi": "syslog",
    "access": "access",
    "access_vhost": "access",
    "access_s3": "access",
    "access_uwsgi": "access",
    "python": "python",
    "python_basic": "python",
    "java": "java",
    "spring": "java",
    "klog": "klog",
    "chromium": "chromium",
    "chromium_electron": "chromium",
    "postgres": "postgres",
    "csvlog": "csv",
    "ruby": "ruby",
    "logcat": "logcat",
    "logcat_brief": "logcat",
    "logcat_long": "logcat",
    "logcat_tag": "logcat",
    "logcat_process": "logcat",
    "logcat_thread": "logcat",
    "mssql": "mssql",
    "db2diag": "db2diag",
    "ibmmq": "ibmmq",
    "winevent": "winevent",
    "envoy": "envoy",
    "elb": "elb",
    "haproxy": "haproxy",
    "supervisor": "supervisor",
    "dmesg": "dmesg",
    "airflow_scheduler": "python",
    "php_fpm": "php",
    "serilog_console": "generic",
    "zerolog": "generic",
    "istio": "generic",
    "kong": "nginx-error",
    "fluentbit": "generic",
    "coredns": "generic",
    "haproxy_stderr": "generic",
    "heroku": "heroku",
    "lambda": "lambda",
    "audit": "audit",
    "generic": "generic",
    "envoy_app": "generic",
    "spdlog": "generic",
    "zookeeper": "java",
    "glog": "klog",
    "cockroach_v1": "klog",
    "cockroach_v2": "klog",
    "spring_cut_logger": "java",
    "flink": "java",
    "ruby_blank": "ruby",
    "redis_signal": "redis",
    "freeswitch": "freeswitch",
    "couchbase": "couchbase",
    "gitea": "generic",
    "cups": "generic",
    "idea": "java",
    "vpxd": "generic",
    "vmkernel": "generic",
    "syncthing": "generic",
    "python_otel": "python",
    "nextflow": "java",
    "java_padded": "java",
    "solr": "java",
    "suricata": "generic",
    "suricata7": "generic",
    "suricata2": "generic",
    "solr_uptime": "java",
    "solr4": "java",
    "zellij": "generic",
    "zigbee2mqtt": "generic",
    "asterisk": "generic",
    "sssd": "generic",
    "ansible": "python",
    "oslo": "python",
    "samba": "generic",
    "samba_synology": "generic",
    "proftpd": "generic",
    "jupyter": "python",
    "jupyter_notebook": "python",
    "tornado": "python",
    "macos_launchd": "syslog",
    "macos_log_show": "generic",
    "cbs": "generic",
    "bar_component_pid": "generic",
    "slurm_step": "generic",
    "proxifier": "generic",
    "ceph": "generic",
    "ceph_cluster": "generic",
    "ceph_stderr": "generic",
    "fail2ban08": "python",
    "freeradius": "generic",
    "caddy_console": "generic",
    "syslog_no_host": "syslog",
    "pgbouncer_numeric_zone": "generic",
    "php_fpm_debug": "php",
    "slapd": "generic",
    "slapd24": "generic",
    "clickhouse": "generic",
    "zabbix": "generic",
    "zabbix_padded": "generic",
    "quarkus": "java",
    "rabbitmq": "generic",
    "emqx": "emqx",
    "emqx_text": "emqx",
}
CONTINUATIONS = [
    "Traceback (most recent call last):",
    '  File "/app/etl.py", line 12, in run',
    "    raise ValueError(x)",
    "ValueError: could not convert string to float: 'abc'",
    "\tat com.acme.App.main(App.java:10)",
    "Caused by: java.io.IOException: closed",
    "\t... 12 more",
    "java.lang.NullPointerException",
    "",
    "some free text",
]


def _cases():
    for fname in FORMATS:
        for key, line in LINES.items():
            owner = OWNER[key]
            if owner == fname:
                continue
            # generic is the fallback for any timestamped line, by design
            if fname == "generic" and owner in (
                "python",
                "java",
                "postgres",
                "csv",
                "mssql",
                "db2diag",
                "ibmmq",
                "winevent",
                "emqx",
                "envoy",
                "elb",
                "heroku",
                "lambda",
                "php",
                "nginx-error",
            ):
                continue
            # a syslog line without a PRI is a timestamped line too: generic's, after syslog
            if fname == "generic" and key in (
                "syslog_busybox",
                "syslog_esxi",
                "macos_launchd",
                "syslog_no_host",
            ):
                continue
            # syslog reads a Classic Load Balancer's `time name ...` as `time host ...`: elb
            # comes first in detection for that reason
            if (fname, owner) == ("syslog", "elb"):
                continue
            # logfmt reads an audit record's pairs (`type=... msg=audit(...):`): audit comes
            # first in detection for that reason
            if (fname, owner) == ("logfmt", "audit"):
                continue
            # supervisord's `time LEVEL message` is a Python layout's and generic's too:
            # supervisor comes before python for that reason
            if owner == "supervisor" and fname in ("python", "generic"):
                continue
            yield pytest.param(fname, line, id=f"{fname}-rejects-{key}")
        for i, line in enumerate(CONTINUATIONS):
            yield pytest.param(fname, line, id=f"{fname}-rejects-continuation{i}")


@pytest.mark.parametrize(("fname", "line"), list(_cases()))
def test_cross_rejection(fname, line):
    assert FORMATS[fname].parse(line) is None


# Lines of package and provisioning tools' files that no format reads, which
# `formats.tool_output` reads in raw text: a format that took them would hide their layout.
TOOL_LINES = [
    "31 error code E404",  # npm's debug log
    "12 verbose stack     at process.processTicksAndRejections (node:internal/process/t.js:95:5)",
    "Log started: 2026-11-29  16:04:52",  # apt's term.log
    "Start-Date: 2026-11-29  16:04:50",  # apt's history.log
    "update-alternatives 2026-11-29 16:04:58: link group editor updated to point to /usr/bin/vi",
    "Cloud-init v. 24.1.3 running 'modules:final' at Sat, 28 Nov 2026 09:14:09 +0000. Up 13.50 "
    "seconds.",
    "ci-info: |  ens5  | True | 172.31.9.14 | 255.255.240.0 | global |",
]


@pytest.mark.parametrize("fname", list(FORMATS))
def test_tool_output_lines_are_no_formats_headers(fname):
    assert [line for line in TOOL_LINES if FORMATS[fname].parse(line) is not None] == []


@pytest.mark.parametrize("key", list(LINES))
def test_owner_accepts(key):
    assert FORMATS[OWNER[key]].parse(LINES[key]) is not None


def test_formats_satisfy_the_protocol():
    assert list(FORMATS) == [
        *(
            "json",
            "journal-export",
            "journal-verbose",
            "audit",
            "logfmt",
            "elb",
            "lambda",
            "syslog",
            "access",
            "envoy",
            "haproxy",
            "heroku",
            "nginx-error",
            "apache-error",
            "monolog",
            "php",
            "supervisor",
            "freeswitch",
            "python",
            "java",
            "klog",
            "chromium",
            "postgres",
            "csv",
            "mssql",
            "db2diag",
            "ibmmq",
            "winevent",
            "cmtrace",
            "mysql-slow",
            "ruby",
            "logcat",
            "redis",
            "couchbase",
            "emqx",
            "dotnet",
            "winston",
            "w3c",
            "xorg",
            "dmesg",
            "factorio",
            "generic",
        )
    ]
    for name, fmt in FORMATS.items():
        assert fmt.name == name
        assert isinstance(fmt.multiline, bool)
        assert callable(fmt.parse)
    assert FORMATS["json"].multiline is False


def test_get_format():
    assert get_format("python") is FORMATS["python"]
    assert get_format("NGINX") is FORMATS["access"]
    assert get_format("jsonl") is FORMATS["json"]
    assert isinstance(get_format("pattern", pattern=r"(?P<message>.*)"), PatternFormat)
    assert isinstance(get_format(None, pattern=r"(?P<message>.*)"), PatternFormat)
    with pytest.raises(UsageError) as e:
        get_format("pyhton")
    assert (
        "json, journal-export, journal-verbose, audit, logfmt, elb, lambda, syslog, access, envoy,"
        " haproxy, heroku, nginx-error,"
        " apache-error, monolog, php, supervisor, freeswitch, python, java, klog, chromium,"
        " postgres, csv, mssql, db2diag, ibmmq, winevent, cmtrace, mysql-slow, ruby, logcat,"
        " redis,"
        " couchbase,"
        " emqx, dotnet, winston, w3c, xorg, dmesg, factorio, generic" in e.value.message
    )
    assert "python" in e.value.hint
    with pytest.raises(UsageError):
        get_format("pattern")


def _fmt_names(d: Detection) -> list[str]:
    return [f.name for f in d.formats]


def test_detect_single_format_ignores_tracebacks():
    sample = []
    for i in range(50):
        sample.append(f"2024-01-01 12:00:{i % 60:02d},123 - app.worker - ERROR - job {i} failed")
        sample += [
            "Traceback (most recent call last):",
            '  File "/app/w.py", line 3, in run',
            "    1 / 0",
            "ZeroDivisionError: division by zero",
        ]
    d = detect(sample)
    assert d.name == "python"
    assert _fmt_names(d) == ["python"]
    assert d.reason == "100% of 50 sampled lines parse as python"


def test_detect_json_alone_when_high():
    sample = [LINES["json"]] * 95 + ["2024-01-01 12:00:00 plain text line"] * 5
    d = detect(sample)
    assert (d.name, _fmt_names(d)) == ("json", ["json"])
    assert d.reason.startswith("95% of 100")


def test_detect_mixed():
    sample = (
        [LINES["python"]] * 30
        + [LINES["java"]] * 25
        + [LINES["access"]] * 20
        + [LINES["syslog"]] * 12
        + [LINES["logfmt"]] * 8
        + [LINES["generic"]] * 5
    )
    d = detect(sample)
    assert d.name == "mixed"
    assert _fmt_names(d) == ["python", "java", "access", "syslog", "logfmt", "generic"]
    assert "python 30%" in d.reason and "logfmt 8%" in d.reason


def test_detect_generic_is_the_fallback():
    d = detect([LINES["python"]] * 99 + [LINES["generic"]])
    assert d.name == "python"
    assert _fmt_names(d) == ["python", "generic"]
    d = detect([LINES["generic"]] * 10 + ["continuation-ish text"] * 2)
    assert (d.name, _fmt_names(d)) == ("generic", ["generic"])


def test_detect_zabbix_log_whose_pids_pad_every_line():
    """Zabbix pads its pid to six: a container's daemon (`     7:...`) indents every record,
    which is no continuation."""
    sample = [f"    {7 + i % 3}:20250312:1415{i:02d}.004 syncing history data" for i in range(40)]
    d = detect(sample)
    assert (d.name, _fmt_names(d)) == ("generic", ["generic"])


def test_detect_nothing():
    d = detect(["hello world", "just prose", ""])
    assert (d.name, d.formats) == ("raw", ())
    assert "no format" in d.reason
    assert detect([]).name == "raw"
    assert detect(["", "   "]).formats == ()
    assert "tool" not in d.reason  # prose: nothing reads it


def test_detect_raw_says_what_a_tools_layout_still_reads():
    # dpkg's alternatives.log: no log format's header, but its own layout gives each line a
    # time and a program; the summary must not tell the user nothing understood the file.
    sample = [
        "update-alternatives 2026-11-29 16:04:58: run with --install /usr/bin/pager pager"
        " /usr/bin/less 77",
        "update-alternatives 2026-11-29 16:04:58: link group pager updated to point to"
        " /usr/bin/less",
        "some line no layout reads",
    ]
    d = detect(sample)
    assert (d.name, d.formats) == ("raw", ())
    assert d.reason == (
        "2 of the 3 sampled lines open a record in a tool's own layout (package manager, CI,"
        " build), which gives it a time and a program; no log format parses them"
    )


@settings(max_examples=50)
@given(st.lists(st.text(max_size=80), max_size=20))
def test_detect_never_raises(sample):
    d = detect(sample)
    assert isinstance(d.name, str) and isinstance(d.reason, str)
    assert all(f.name in FORMATS for f in d.formats)


@pytest.mark.parametrize("fname", list(FORMATS))
@settings(max_examples=200)
@given(line=st.text(max_size=300))
def test_parse_never_raises(fname, line):
    result = FORMATS[fname].parse(line)
    assert result is None or isinstance(result.message, str)


@pytest.mark.parametrize("key", [k for k in LINES if OWNER[k] != "csv"])
def test_csv_detection_takes_no_other_formats_file(key):
    # A file of one layout (the generic `time level message` lines, whose messages hold
    # commas, among them) is never taken for CSV: it has no header row, nor csvlog's shape.
    sample = [LINES[key], LINES[key].replace("1", "2"), LINES[key] + ", retried, 3 left"]
    assert detect(sample).name != "csv"


def test_csv_detection_by_a_header_row_or_csvlog_rows():
    assert detect([LINES["csvlog"]] * 3).name == "csv"
    headed = ["time,level,message", "2024-01-01T12:00:00Z,error,db down, retrying"]
    assert detect(headed).name == "csv"


# An application's own log under an ISO time: `<Word> <word>: ...` messages fit rsyslog's
# high-precision file layout (`time host tag: msg`), which must not take them.
APP_LINES_UNDER_ISO_TIME = [
    "2026-11-27T12:00:00Z starting server",
    "2026-11-27T12:00:01Z listening on :8080",
    "2026-11-27T12:00:02Z request failed: timeout",
    "2026-11-27T12:00:03Z ERROR something bad",
    "2026-11-27T12:00:04Z Cache miss: key=user:42",
]
# rsyslog's `RSYSLOG_FileFormat`: every line a host and a tag, most with a pid.
RSYSLOG_FILE_LINES = [
    "2026-11-27T12:00:00.123456+00:00 web-1 sshd[2231]: Accepted publickey for deploy from "
    "10.0.0.7 port 51122 ssh2",
    "2026-11-27T12:00:00.531002+00:00 web-1 kernel: EXT4-fs (sda1): re-mounted",
    "2026-11-27T12:00:01.000114+00:00 web-1 CRON[4]: (root) CMD (run-parts /etc/cron.hourly)",
    "2026-11-27T12:00:02.250000+00:00 web-1 systemd[1]: Started Session 42 of user deploy.",
    "2026-11-27T12:00:04.100000+00:00 ubuntu kernel: Out of memory: Killed process 811 (java)",
]


def test_app_lines_under_an_iso_time_are_generic_not_rsyslog():
    d = detect(APP_LINES_UNDER_ISO_TIME)
    assert (d.name, [f.name for f in d.formats]) == ("generic", ["generic"])
    f = d.formats[0].parse(APP_LINES_UNDER_ISO_TIME[2])
    assert (f.message, f.host, f.service) == ("request failed: timeout", None, None)


def test_rsyslog_high_precision_file_stays_syslog():
    d = detect(RSYSLOG_FILE_LINES)
    assert (d.name, [f.name for f in d.formats]) == ("syslog", ["syslog"])
    # A host named like a plain word, a tag without a pid: rsyslog's, in a file that is syslog.
    f = d.formats[0].parse(RSYSLOG_FILE_LINES[4])
    assert (f.timestamp, f.host, f.service, f.message) == (
        "2026-11-27T12:00:04.100000+00:00",
        "ubuntu",
        "kernel",
        "Out of memory: Killed process 811 (java)",
    )


def test_an_app_line_naming_a_worker_like_a_host_is_generic_not_rsyslog():
    """`worker-3 stopped: ...`: an application names its workers as hosts are named, so the
    host's spelling does not make the reading firm; the file decides, as for a plain word."""
    lines = [
        "2026-11-29T10:00:00.120Z INFO pool starting 4 workers",
        "2026-11-29T10:00:00.340Z INFO worker-1 ready",
        "2026-11-29T10:00:07.902Z worker-3 stopped: signal 15 received",
        "2026-11-29T10:00:08.010Z WARN rebalancing 12 jobs",
        "2026-11-29T10:00:09.500Z shard-02 lagging: 1200 ms behind",
    ]
    d = detect(lines)
    assert (d.name, [f.name for f in d.formats]) == ("generic", ["generic"])
    f = d.formats[0].parse(lines[2])
    assert (f.timestamp, f.level, f.message, f.host, f.service) == (
        "2026-11-29T10:00:07.902Z",
        None,
        "worker-3 stopped: signal 15 received",
        None,
        None,
    )


def test_rsyslog_kernel_log_of_hosts_with_digits_stays_syslog():
    """rsyslog's kern.log in its high-precision layout: no line has a pid, every host a digit;
    the file is all syslog, so each reading is syslog's."""
    lines = [
        "2026-11-29T10:00:00.004211+00:00 db-02 kernel: [  912.114201] nvme0n1: p1 p2",
        "2026-11-29T10:00:01.118734+00:00 db-02 kernel: [  913.228110] EXT4-fs (nvme0n1p2):"
        " mounted filesystem with ordered data mode",
        "2026-11-29T10:00:03.550900+00:00 db-03 kernel: [ 1020.001932] e1000e: eth0 NIC Link"
        " is Up 1000 Mbps Full Duplex",
    ]
    d = detect(lines)
    assert (d.name, [f.name for f in d.formats]) == ("syslog", ["syslog"])
    f = d.formats[0].parse(lines[2])
    assert (f.timestamp, f.host, f.service, f.message) == (
        "2026-11-29T10:00:03.550900+00:00",
        "db-03",
        "kernel",
        "e1000e: eth0 NIC Link is Up 1000 Mbps Full Duplex",
    )
    assert f.attributes == {"uptime": 1020.001932}  # the kernel's time since boot


def test_mixed_file_keeps_its_syslog_lines_and_gives_app_lines_to_generic():
    lines = [
        *RSYSLOG_FILE_LINES[:3],
        "2026-11-27T12:00:03.000001+00:00 ubuntu sshd[812]: Connection closed by 10.0.0.9",
        RSYSLOG_FILE_LINES[4],  # `ubuntu kernel:`: a host the firm lines name
        *APP_LINES_UNDER_ISO_TIME,
    ]
    d = detect(lines)
    assert d.name == "mixed"
    assert [f.name for f in d.formats] == ["syslog", "generic"]

    def reading(line):
        for fmt in d.formats:  # in turn, as framing tries them
            f = fmt.parse(line)
            if f is not None:
                return fmt.name, f.host, f.service, f.message
        return None

    assert reading(lines[0])[:3] == ("syslog", "web-1", "sshd")
    assert reading(lines[1]) == ("syslog", "web-1", "kernel", "EXT4-fs (sda1): re-mounted")
    assert reading(lines[2])[:3] == ("syslog", "web-1", "CRON")
    assert reading(lines[4])[:3] == ("syslog", "ubuntu", "kernel")
    assert reading(lines[7]) == ("generic", None, None, "request failed: timeout")
    assert reading(lines[9]) == ("generic", None, None, "Cache miss: key=user:42")


def test_an_empty_sample_says_so():
    assert detect([""]).reason == "empty, or blank lines only"
    assert detect(["", "   "]).reason == "empty, or blank lines only"
    frames = detect(['  File "/srv/app.py", line 3, in f', "    f()"])
    assert frames.name == "raw" and "indented or stack frames" in frames.reason


def test_a_sample_mostly_raw_still_reads_its_few_records():
    """A container's output that is mostly a crash (a Go panic on stderr) and one JSON record
    on stdout: the record is JSON's, and the panic's lines stay raw events (generic after
    JSON), where detection used to name no format at all and word its reason empty."""
    sample = [
        '{"level":"info","ts":"2026-11-30T10:00:00.1Z","msg":"starting"}',
        "panic: runtime error: index out of range [3] with length 3",
        "",
        "goroutine 1 [running]:",
        "main.main()",
        "\t/app/main.go:12 +0x1d",
        "main.init.0()",
        "\t/app/main.go:8 +0x1d",
        "exit status 2",
    ]
    d = detect(sample)
    assert d.name == "json"
    assert [f.name for f in d.formats] == ["json", "generic"]
    assert d.reason == "17% of 6 sampled lines parse as json"

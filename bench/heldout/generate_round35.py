#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; a host's helpers are
# called only in the loop turn that defines them)
"""Writes the held-out logs of round 35 (odoo, glusterfs, logstash, monit, nagios) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Odoo's server log (`2024-06-11 06:00:02,118 1234 INFO
prod odoo.modules.loading: msg`: the pid, the level and the database (or `?`) between the stamp
and a dotted logger, werkzeug's request lines inside, Python tracebacks after errors),
GlusterFS's glusterd and brick logs (`[2024-06-11 06:00:02.118234 +0000] I [MSGID: 106487]
[glusterd-handler.c:1244:__glusterd_handle_cli_list_friends] 0-glusterd: msg`: a one-letter level,
a message id, the caller and the translator before the message, `[{key=value}, ...]` argument
lists, `The message "..." repeated N times between [...] and [...]`), Logstash's plain log
(`[2024-06-11T06:00:02,118][INFO ][logstash.agent           ] msg {:key=>value}`: bracketed
fields padded inside the brackets, the pipeline and plugin ids in brackets of their own, Ruby
hashes after the message), Monit's log file (`[UTC Jun 11 06:00:02] error    : 'nginx' process is
not running`: the zone inside the stamp, a padded level before ` : `, the service's name quoted)
and Nagios Core's nagios.log (`[1718085602] SERVICE ALERT: web1;HTTP;CRITICAL;HARD;3;output`: an
epoch stamp, semicolon-separated records whose last field is a plugin's output). Run it only to
change the data on purpose: `python bench/heldout/generate_round35.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4


def uuid(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ------------------------------------------------------------------------------------- Odoo

ODOO_DBS = ["prod", "prod", "prod", "staging"]
ODOO_MODELS = [
    "res.partner",
    "sale.order",
    "account.move",
    "stock.picking",
    "product.product",
    "mail.message",
    "hr.employee",
    "crm.lead",
]
ODOO_METHODS = ["search_read", "web_search_read", "read", "write", "onchange", "name_search"]
ODOO_USERS = ["admin", "anna@example.com", "marco@example.com", "warehouse@example.com"]
ODOO_CRONS = [
    "Mail: Email Queue Manager",
    "Base: Auto-vacuum internal data",
    "Calendar: Event Reminder",
    "Procurement: run scheduler",
    "Notification: Send scheduled message notifications",
    "Discuss: fetch new messages",
]


_ODOO_ID = re.compile(r"\d+|[0-9a-f]{7}")


def odoo_route(path: str) -> str:
    """A request's route as the set labels one: a record's id and an asset bundle's version and
    hash variables, a model's and a method's name kept (`/web/image/res.partner/<*>/avatar_128`)."""
    return "/".join("<*>" if _ODOO_ID.fullmatch(part) else part for part in path.split("/"))


def odoo(r: random.Random) -> list[Log]:
    """Odoo 17 (`/var/log/odoo/odoo-server.log`, its `DBFormatter`: `%(asctime)s %(pid)s
    %(levelname)s %(dbname)s %(name)s: %(message)s`, `?` when no database is bound). Start-up
    with module loading, werkzeug's request lines (labelled by method, route and status, ids
    and hashes in the route variables; Odoo's query count and times appended), logins, crons starting and done, mail
    batches, workers recycled, a request error and a serialisation failure with their
    tracebacks (the traceback continues the event), a restart."""
    log = Log("odoo-server.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    state = {"pid": 1234}

    def emit(level: str, db: str, name: str, msg: str, label: str, lo=0.0, hi=0.8) -> None:
        log.tick(r, lo, hi)
        ms = log.t.microsecond // 1000
        log.add(
            f"{log.t:%Y-%m-%d %H:%M:%S},{ms:03d} {state['pid']} {level} {db} {name}: {msg}", label
        )

    def cont(text: str) -> None:
        log.add(text, None)

    def start() -> None:
        emit("INFO", "?", "odoo", "Odoo version 17.0-20240610", "Odoo version %s", lo=1, hi=4)
        emit(
            "INFO",
            "?",
            "odoo",
            "Using configuration file at /etc/odoo/odoo.conf",
            "Using configuration file at %s",
        )
        emit(
            "INFO",
            "?",
            "odoo",
            "addons paths: ['/usr/lib/python3/dist-packages/odoo/addons', '/var/lib/odoo/addons/17.0', '/mnt/extra-addons']",
            "addons paths: %s",
        )
        emit("INFO", "?", "odoo", "database: odoo@db:5432", "database: %s@%s:%s")
        emit(
            "INFO",
            "?",
            "odoo.addons.base.models.ir_actions_report",
            "Will use the Wkhtmltopdf binary at /usr/local/bin/wkhtmltopdf",
            "Will use the Wkhtmltopdf binary at %s",
        )
        emit(
            "INFO",
            "?",
            "odoo.service.server",
            "HTTP service (werkzeug) running on odoo-web:8069",
            "HTTP service (werkzeug) running on %s:%s",
        )
        for db in ("prod", "staging"):
            emit(
                "INFO", db, "odoo.modules.loading", "loading 1 modules...", "loading %s modules..."
            )
            emit(
                "INFO",
                db,
                "odoo.modules.loading",
                f"1 modules loaded in {r.uniform(0.005, 0.03):.2f}s, 0 queries (+0 extra)",
                "%s modules loaded in %.2fs, %s queries (+%s extra)",
            )
            n = r.choice([84, 91, 112])
            emit(
                "INFO",
                db,
                "odoo.modules.loading",
                f"loading {n} modules...",
                "loading %s modules...",
            )
            emit(
                "INFO",
                db,
                "odoo.modules.loading",
                f"{n} modules loaded in {r.uniform(0.4, 2.5):.2f}s, 0 queries (+0 extra)",
                "%s modules loaded in %.2fs, %s queries (+%s extra)",
            )
            emit("INFO", db, "odoo.modules.loading", "Modules loaded.", "Modules loaded.")
            emit(
                "INFO",
                db,
                "odoo.modules.registry",
                f"Registry loaded in {r.uniform(1, 4):.3f}s",
                "Registry loaded in %.3fs",
            )

    def request(db: str) -> None:
        client = ip4(r, "10.20")
        x = r.random()
        if x < 0.55:
            model = r.choice(ODOO_MODELS)
            path = f"/web/dataset/call_kw/{model}/{r.choice(ODOO_METHODS)}"
            verb = "POST"
        elif x < 0.7:
            path = f"/web/image/{r.choice(ODOO_MODELS)}/{r.randrange(1, 4000)}/avatar_128"
            verb = "GET"
        elif x < 0.8:
            path = "/longpolling/im_status" if r.random() < 0.3 else "/websocket"
            verb = "GET" if path == "/websocket" else "POST"
        elif x < 0.9:
            path = f"/web/assets/{r.randrange(1, 300)}/{hexid(r, 7)}/web.assets_web.min.js"
            verb = "GET"
        else:
            path = "/web/action/load"
            verb = "POST"
        status = r.choices([200, 200, 200, 304, 404, 500], [60, 20, 10, 6, 3, 1])[0]
        if path.startswith("/web/assets") and r.random() < 0.5:
            status = 304
        ts = f"{log.t:%d/%b/%Y %H:%M:%S}"
        emit(
            "INFO",
            db,
            "werkzeug",
            f'{client} - - [{ts}] "{verb} {path} HTTP/1.1" {status} - {r.randrange(1, 60)} {r.uniform(0.001, 0.2):.3f} {r.uniform(0.002, 0.6):.3f}',
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: ids and hashes in the route are variables).
            f'%s - - [%s] "{verb} {odoo_route(path)} %s" {status} %s %s %s %s',
            hi=0.4,
        )

    def login(db: str) -> None:
        user = r.choice(ODOO_USERS)
        src = ip4(r, "10.20")
        if r.random() < 0.8:
            emit(
                "INFO",
                db,
                "odoo.addons.base.models.res_users",
                f"Login successful for db:{db} login:{user} from {src}",
                "Login successful for db:%s login:%s from %s",
            )
        else:
            emit(
                "INFO",
                db,
                "odoo.addons.base.models.res_users",
                f"Login failed for db:{db} login:{r.choice([*ODOO_USERS, 'test', 'root'])} from {src}",
                "Login failed for db:%s login:%s from %s",
            )

    def cron(db: str) -> None:
        name = r.choice(ODOO_CRONS)
        emit(
            "INFO",
            db,
            "odoo.addons.base.models.ir_cron",
            f"Starting job `{name}`.",
            "Starting job `%s`.",
        )
        if name.startswith("Mail") and r.random() < 0.7:
            emit(
                "INFO",
                db,
                "odoo.addons.mail.models.mail_mail",
                f"Sent batch {r.randrange(1, 40)} emails via mail server ID #{r.choice([1, 2])}",
                "Sent batch %s emails via mail server ID #%s",
            )
        if name.startswith("Base: Auto-vacuum"):
            for model in ("bus.bus", "ir.attachment", "mail.mail"):
                emit(
                    "INFO",
                    db,
                    "odoo.addons.base.models.ir_autovacuum",
                    f"GC'd {r.randrange(0, 900)} {model} records",
                    "GC'd %d %s records",
                )
        if r.random() < 0.1:
            emit(
                "WARNING",
                db,
                "odoo.addons.base.models.ir_cron",
                f"Job `{name}` already executing",
                "Job `%s` already executing",
            )
            return
        emit("INFO", db, "odoo.addons.base.models.ir_cron", f"Job `{name}` done.", "Job `%s` done.")

    def worker_cycle() -> None:
        wpid = r.randrange(1300, 1900)
        x = r.random()
        if x < 0.4:
            emit(
                "INFO",
                "?",
                "odoo.service.server",
                f"Worker ({wpid}) max request ({r.choice([8192, 8193])}) reached.",
                "Worker (%d) max request (%s) reached.",
            )
        elif x < 0.65:
            emit(
                "WARNING",
                "?",
                "odoo.service.server",
                f"WorkerHTTP ({wpid}) virtual memory limit ({r.choice([2147483648, 2684354560])}) reached.",
                "%s (%s) virtual memory limit (%s) reached.",
            )
        elif x < 0.8:
            emit(
                "ERROR",
                "?",
                "odoo.service.server",
                f"WorkerHTTP ({wpid}) timeout after {r.choice([120, 120, 600])}s",
                "%s (%s) timeout after %ss",
            )
        emit(
            "INFO",
            "?",
            "odoo.service.server",
            f"Worker ({wpid}) exiting. request_count: {r.randrange(100, 8193)}, registry count: 1.",
            "Worker (%s) exiting. request_count: %s, registry count: %s.",
        )
        emit(
            "INFO",
            "?",
            "odoo.service.server",
            f"Worker WorkerHTTP ({r.randrange(1900, 2600)}) alive",
            "Worker %s (%s) alive",
        )

    def request_error(db: str) -> None:
        model = r.choice(ODOO_MODELS)
        emit(
            "ERROR",
            db,
            "odoo.http",
            "Exception during request handling.",
            "Exception during request handling.",
        )
        cont("Traceback (most recent call last):")
        cont('  File "/usr/lib/python3/dist-packages/odoo/http.py", line 2189, in __call__')
        cont("    response = request._serve_db()")
        cont('  File "/usr/lib/python3/dist-packages/odoo/http.py", line 1765, in _serve_db')
        cont("    return service_model.retrying(self._serve_ir_http, self.env)")
        cont('  File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 133, in retrying')
        cont("    result = func()")
        if r.random() < 0.5:
            cont(
                '  File "/usr/lib/python3/dist-packages/odoo/models.py", line 3598, in _read_format'
            )
            cont("    vals[name] = convert(record[name], record, use_name_get)")
            cont(f"odoo.exceptions.AccessError: You are not allowed to access '{model}' records.")
        else:
            cont(
                '  File "/mnt/extra-addons/sale_custom/models/sale_order.py", line 88, in _compute_margin'
            )
            cont("    order.margin_pct = order.margin / order.amount_untaxed")
            cont("ZeroDivisionError: float division by zero")

    def bad_query(db: str) -> None:
        rid = r.randrange(1, 20000)
        emit(
            "ERROR",
            db,
            "odoo.sql_db",
            f'bad query: UPDATE "stock_quant" SET "quantity" = {r.randrange(0, 500)}.0, "write_uid" = 2 WHERE id IN ({rid})',
            "bad query: %s",
        )
        cont("ERROR: could not serialize access due to concurrent update")
        emit(
            "INFO",
            db,
            "odoo.service.model",
            f"SERIALIZATION_FAILURE, retry {r.randrange(1, 5)}/5 in {r.uniform(0.1, 2):.4f} sec...",
            "%s, retry %d/%d in %.4f sec...",
        )

    def mail_fail(db: str) -> None:
        emit(
            "WARNING",
            db,
            "odoo.addons.base.models.ir_mail_server",
            "Mail delivery failed via SMTP server 'smtp.example.com'. SMTPServerDisconnected: Connection unexpectedly closed: timed out",
            "Mail delivery failed via SMTP server '%s'. SMTPServerDisconnected: Connection unexpectedly closed: timed out",
        )
        emit(
            "INFO",
            db,
            "odoo.addons.mail.models.mail_mail",
            f"Mail with ID {r.randrange(1000, 90000)} and Message-Id '<{r.randrange(10**15, 10**16)}.{r.randrange(10**9)}-openerp-{r.randrange(1, 400)}-sale.order@odoo-web>' delivery failed",
            "Mail with ID %r and Message-Id %r delivery failed",
        )

    def shutdown() -> None:
        emit(
            "INFO",
            "?",
            "odoo.service.server",
            "Initiating shutdown",
            "Initiating shutdown",
            lo=5,
            hi=30,
        )
        emit(
            "INFO",
            "?",
            "odoo.service.server",
            "Hit CTRL-C again or send a second signal to force the shutdown.",
            "Hit CTRL-C again or send a second signal to force the shutdown.",
        )
        state["pid"] = r.randrange(2000, 9000)

    start()
    for step in range(230):
        if step == 130:
            shutdown()
            start()
        db = r.choice(ODOO_DBS)
        x = r.random()
        if x < 0.42:
            request(db)
        elif x < 0.55:
            login(db)
        elif x < 0.75:
            cron(db)
        elif x < 0.84:
            worker_cycle()
        elif x < 0.9:
            emit(
                "INFO",
                db,
                "odoo.addons.base.models.ir_attachment",
                f"filestore gc {r.randrange(0, 50)} checked, {r.randrange(0, 20)} removed",
                "filestore gc %d checked, %d removed",
            )
        elif x < 0.94:
            request_error(db)
        elif x < 0.97:
            bad_query(db)
        else:
            mail_fail(db)
    return [log]


# -------------------------------------------------------------------------------- GlusterFS

GL_HOSTS = ["gluster1", "gluster2", "gluster3"]
GL_VOLS = ["gv0", "gv-backup", "gv-media"]


def gl_stamp(t: datetime) -> str:
    return f"[{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d} +0000]"


def glusterfs(r: random.Random) -> list[Log]:
    """GlusterFS 10 (`/var/log/glusterfs/glusterd.log` on two peers and one brick's log under
    `bricks/`): `gf_msg`/`gf_smsg`'s `[stamp] L [MSGID: N] [file.c:line:function] 0-xlator:
    msg`, the message id left out by plain `gf_log` calls, structured `[{key=value}, ...]`
    argument lists, the log buffer's `The message "..." repeated N times between [...] and
    [...]`, peers probed and lost, CLI requests, bricks started and disconnected, lock
    failures, self-heals, a health-check failure and shutdowns with their signal's backtrace."""
    uuids = {h: uuid(r) for h in GL_HOSTS}
    logs = []
    for host in ("gluster1", "gluster2"):
        log = Log(f"{host}-glusterd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        peers = [h for h in GL_HOSTS if h != host]

        def emit(
            lvl: str, msgid: int | None, caller: str, xl: str, msg: str, label: str, lo=0.0, hi=2.0
        ) -> None:
            log.tick(r, lo, hi)
            mid = f" [MSGID: {msgid}]" if msgid else ""
            log.add(f"{gl_stamp(log.t)} {lvl}{mid} [{caller}] 0-{xl}: {msg}", label)

        def start() -> None:
            emit(
                "I",
                100030,
                "glusterfsd.c:2767:main",
                "/usr/sbin/glusterd",
                "Started running version [{arg=/usr/sbin/glusterd}, {version=10.4}, {cmdlinestr=/usr/sbin/glusterd -p /var/run/glusterd.pid --log-level INFO}]",
                "Started running version [{arg=%s}, {version=%s}, {cmdlinestr=%s}]",
                lo=2,
                hi=10,
            )
            emit(
                "I",
                106478,
                "glusterd.c:1485:init",
                "management",
                "Maximum allowed open file descriptors set to 65536",
                "Maximum allowed open file descriptors set to %d",
            )
            emit(
                "I",
                106479,
                "glusterd.c:1561:init",
                "management",
                "Using /var/lib/glusterd as working directory",
                "Using %s as working directory",
            )
            emit(
                "I",
                106479,
                "glusterd.c:1567:init",
                "management",
                "Using /var/run/gluster as pid file working directory",
                "Using %s as pid file working directory",
            )
            emit(
                "I",
                None,
                "socket.c:1011:__socket_server_bind",
                "socket.management",
                "process started listening on port (24007)",
                "process started listening on port (%d)",
            )
            emit(
                "W",
                None,
                "rpc-transport.c:266:rpc_transport_load",
                "rpc-transport",
                "missing 'option transport-type'. defaulting to \"socket\"",
                "missing 'option transport-type'. defaulting to \"socket\"",
            )
            emit(
                "E",
                None,
                "rpc-transport.c:283:rpc_transport_load",
                "rpc-transport",
                "/usr/lib64/glusterfs/10.4/rpc-transport/rdma.so: cannot open shared object file: No such file or directory",
                "%s: cannot open shared object file: No such file or directory",
            )
            emit(
                "W",
                None,
                "rpc-transport.c:287:rpc_transport_load",
                "rpc-transport",
                "volume 'rdma.management': transport-type 'rdma' is not valid or not found on this machine",
                "volume '%s': transport-type '%s' is not valid or not found on this machine",
            )
            emit(
                "I",
                106544,
                "glusterd.c:152:glusterd_uuid_init",
                "management",
                f"retrieved UUID: {uuids[host]}",
                "retrieved UUID: %s",
            )
            emit(
                "I",
                106513,
                "glusterd-store.c:2298:glusterd_restore_op_version",
                "glusterd",
                "retrieved op-version: 100000",
                "retrieved op-version: %d",
            )
            for _peer in peers:
                emit(
                    "I",
                    106498,
                    "glusterd-handler.c:3794:glusterd_friend_add_from_peerinfo",
                    "management",
                    "connect returned 0",
                    "connect returned %d",
                )
            for vol in GL_VOLS:
                for b in (1, 2):
                    emit(
                        "I",
                        106142,
                        "glusterd-pmap.c:290:pmap_registry_bind",
                        "pmap",
                        f"adding brick /data/brick{b}/{vol} on port {49151 + r.randrange(1, 12)}",
                        "adding brick %s on port %d",
                    )
            for p in peers:
                emit(
                    "I",
                    106163,
                    "glusterd-handshake.c:1433:__glusterd_mgmt_hndsk_versions_ack",
                    "management",
                    "using the op-version 100000",
                    "using the op-version %d",
                )
                emit(
                    "I",
                    106490,
                    "glusterd-handler.c:2918:__glusterd_handle_incoming_friend_req",
                    "glusterd",
                    f"Received probe from uuid: {uuids[p]}",
                    "Received probe from uuid: %s",
                )
                emit(
                    "I",
                    106493,
                    "glusterd-handler.c:3965:glusterd_xfer_friend_add_resp",
                    "glusterd",
                    f"Responded to {p} (0), ret: 0, op_ret: 0",
                    "Responded to %s (%d), ret: %d, op_ret: %d",
                )
                emit(
                    "I",
                    106492,
                    "glusterd-handler.c:2703:__glusterd_handle_friend_update",
                    "glusterd",
                    f"Received friend update from uuid: {uuids[p]}",
                    "Received friend update from uuid: %s",
                )
                emit(
                    "I",
                    106502,
                    "glusterd-handler.c:2748:__glusterd_handle_friend_update",
                    "management",
                    "Received my uuid as Friend",
                    "Received my uuid as Friend",
                )

        last_repeat: dict[str, object] = {}

        def cli() -> None:
            x = r.random()
            if x < 0.3:
                line = (
                    "I",
                    106487,
                    "glusterd-handler.c:1244:__glusterd_handle_cli_list_friends",
                    "glusterd",
                    "Received cli list req",
                    "Received cli list req",
                )
            elif x < 0.6:
                line = (
                    "I",
                    106488,
                    "glusterd-handler.c:1559:__glusterd_handle_cli_get_volume",
                    "management",
                    "Received get vol req",
                    "Received get vol req",
                )
            elif x < 0.85:
                vol = r.choice(GL_VOLS)
                line = (
                    "I",
                    106499,
                    "glusterd-handler.c:4307:__glusterd_handle_status_volume",
                    "management",
                    f"Received status volume req for volume {vol}",
                    "Received status volume req for volume %s",
                )
            else:
                vol = r.choice(GL_VOLS)
                line = (
                    "I",
                    106533,
                    "glusterd-volume-ops.c:942:__glusterd_handle_cli_heal_volume",
                    "management",
                    f"Received heal vol req for volume {vol}",
                    "Received heal vol req for volume %s",
                )
            # the log buffer suppresses a message repeated within its timeout and writes the
            # count when another message comes
            if last_repeat.get("line") == line and r.random() < 0.7:
                last_repeat["n"] = int(last_repeat["n"]) + 1  # type: ignore[call-overload]
                log.tick(r, 0.5, 3)
                last_repeat["last"] = log.t
                return
            flush_repeat()
            emit(*line)
            last_repeat.update(line=line, n=0, first=log.t, last=log.t)

        def flush_repeat() -> None:
            if last_repeat.get("n"):
                lvl, msgid, caller, xl, msg, _label = last_repeat["line"]  # type: ignore[misc]
                log.add(
                    f'The message "{lvl} [MSGID: {msgid}] [{caller}] 0-{xl}: {msg}" repeated {last_repeat["n"]} times between {gl_stamp(last_repeat["first"])} and {gl_stamp(last_repeat["last"])}',  # type: ignore[arg-type]
                    'The message "%s" repeated %d times between [%s] and [%s]',
                )
            last_repeat.clear()

        def peer_lost() -> None:
            flush_repeat()
            p = r.choice(peers)
            addr = {"gluster1": "10.0.5.11", "gluster2": "10.0.5.12", "gluster3": "10.0.5.13"}[p]
            emit(
                "I",
                106004,
                "glusterd-handler.c:6204:__glusterd_peer_rpc_notify",
                "management",
                f"Peer <{p}> ({uuids[p]}), in state <Peer in Cluster>, has disconnected from glusterd.",
                "Peer <%s> (<%s>), in state <%s>, has disconnected from glusterd.",
            )
            for vol in r.sample(GL_VOLS, 2):
                emit(
                    "W",
                    None,
                    "glusterd-locks.c:807:glusterd_mgmt_v3_unlock",
                    "management",
                    f"Lock for vol {vol} not held",
                    "Lock for vol %s not held",
                )
                emit(
                    "W",
                    106117,
                    "glusterd-handler.c:6225:__glusterd_peer_rpc_notify",
                    "management",
                    f"Lock not released for {vol}",
                    "Lock not released for %s",
                )
            for _ in range(r.randrange(2, 5)):
                emit(
                    "E",
                    None,
                    "socket.c:3613:socket_connect_finish",
                    "management",
                    f"connection to {addr}:24007 failed (Connection refused); disconnecting socket",
                    "connection to %s failed (%s); disconnecting socket",
                    lo=3,
                    hi=3,
                )
            if r.random() < 0.5:
                vol = r.choice(GL_VOLS)
                emit(
                    "E",
                    106118,
                    "glusterd-syncop.c:1893:gd_sync_task_begin",
                    "management",
                    f"Unable to acquire lock for {vol}",
                    "Unable to acquire lock for %s",
                )
                emit(
                    "E",
                    106115,
                    "glusterd-mgmt.c:497:glusterd_mgmt_v3_lock",
                    "management",
                    f"Locking failed on {p}. Please check log file for details.",
                    "Locking failed on %s. Please check log file for details.",
                )
            emit(
                "I",
                106163,
                "glusterd-handshake.c:1433:__glusterd_mgmt_hndsk_versions_ack",
                "management",
                "using the op-version 100000",
                "using the op-version %d",
                lo=5,
                hi=60,
            )
            emit(
                "I",
                106493,
                "glusterd-rpc-ops.c:468:__glusterd_friend_add_cbk",
                "glusterd",
                f"Received ACC from uuid: {uuids[p]}, host: {p}, port: 0",
                "Received %s from uuid: %s, host: %s, port: %d",
            )

        def brick_event() -> None:
            flush_repeat()
            vol = r.choice(GL_VOLS)
            b = r.choice([1, 2])
            if r.random() < 0.5:
                emit(
                    "I",
                    106005,
                    "glusterd-handler.c:6012:__glusterd_brick_rpc_notify",
                    "management",
                    f"Brick {host}:/data/brick{b}/{vol} has disconnected from glusterd.",
                    "Brick %s:%s has disconnected from glusterd.",
                )
                emit(
                    "I",
                    106144,
                    "glusterd-pmap.c:396:pmap_registry_remove",
                    "pmap",
                    f"removing brick /data/brick{b}/{vol} on port {49152 + r.randrange(12)}",
                    "removing brick %s on port %d",
                )
            else:
                emit(
                    "I",
                    None,
                    "glusterd-utils.c:6337:glusterd_brick_start",
                    "management",
                    f"starting a fresh brick process for brick /data/brick{b}/{vol}",
                    "starting a fresh brick process for brick %s",
                )
                emit(
                    "I",
                    106142,
                    "glusterd-pmap.c:290:pmap_registry_bind",
                    "pmap",
                    f"adding brick /data/brick{b}/{vol} on port {49152 + r.randrange(12)}",
                    "adding brick %s on port %d",
                )

        def volume_set() -> None:
            flush_repeat()
            vol = r.choice(GL_VOLS)
            key, val = r.choice(
                [
                    ("performance.cache-size", "256MB"),
                    ("cluster.self-heal-daemon", "on"),
                    ("network.ping-timeout", "20"),
                    ("features.shard", "enable"),
                ]
            )
            emit(
                "I",
                106062,
                "glusterd-volume-ops.c:2138:glusterd_op_set_volume",
                "management",
                f"Set option {key} to {val} on volume {vol}",
                "Set option %s to %s on volume %s",
            )
            if r.random() < 0.5:
                emit(
                    "I",
                    None,
                    "glusterd-utils.c:2179:glusterd_svcs_reconfigure",
                    "management",
                    "svc glustershd is reconfigured",
                    "svc %s is reconfigured",
                )

        def shutdown() -> None:
            flush_repeat()
            emit(
                "W",
                None,
                "glusterfsd.c:1434:cleanup_and_exit",
                "",
                f"(-->/lib64/libpthread.so.0(+0x81ca) [0x7f{hexid(r, 10)}] -->/usr/sbin/glusterd(+0x12725) [0x55{hexid(r, 10)}] -->/usr/sbin/glusterd(cleanup_and_exit+0x6b) [0x55{hexid(r, 10)}] ) 0-: received signum (15), shutting down",
                "received signum (%d), shutting down",
                lo=10,
                hi=40,
            )

        start()
        for step in range(75):
            if step == 50 and host == "gluster1":
                shutdown()
                start()
            x = r.random()
            if x < 0.6:
                cli()
            elif x < 0.72:
                peer_lost()
            elif x < 0.86:
                brick_event()
            else:
                volume_set()
        flush_repeat()
        logs.append(log)

    # one brick's log on gluster1
    log = Log("gluster1-data-brick1-gv0.log", datetime(2024, 6, 11, 6, 0, 9, tzinfo=UTC))

    def bemit(
        lvl: str, msgid: int | None, caller: str, xl: str, msg: str, label: str, lo=0.0, hi=8.0
    ) -> None:
        log.tick(r, lo, hi)
        mid = f" [MSGID: {msgid}]" if msgid else ""
        log.add(f"{gl_stamp(log.t)} {lvl}{mid} [{caller}] 0-{xl}: {msg}", label)

    bemit(
        "I",
        100030,
        "glusterfsd.c:2767:main",
        "/usr/sbin/glusterfsd",
        "Started running version [{arg=/usr/sbin/glusterfsd}, {version=10.4}, {cmdlinestr=/usr/sbin/glusterfsd -s gluster1 --volfile-id gv0.gluster1.data-brick1-gv0 -p /var/run/gluster/vols/gv0/gluster1-data-brick1-gv0.pid --brick-name /data/brick1/gv0 --listen-port 49152}]",
        "Started running version [{arg=%s}, {version=%s}, {cmdlinestr=%s}]",
    )
    bemit(
        "I",
        101190,
        "event-epoll.c:670:event_dispatch_epoll_worker",
        "epoll",
        "Started thread with index [{index=1}]",
        "Started thread with index [{index=%d}]",
    )
    bemit(
        "I",
        101190,
        "event-epoll.c:670:event_dispatch_epoll_worker",
        "epoll",
        "Started thread with index [{index=0}]",
        "Started thread with index [{index=%d}]",
    )
    bemit(
        "I",
        None,
        "rpcsvc.c:2698:rpcsvc_set_outstanding_rpc_limit",
        "rpc-service",
        "Configured rpc.outstanding-rpc-limit with value 64",
        "Configured rpc.outstanding-rpc-limit with value %d",
    )
    bemit(
        "I",
        115034,
        "server.c:397:server_rpc_notify",
        "gv0-server",
        "this server is listening on port 49152",
        "this server is listening on port %d",
    )
    clients = [
        f"CTX_ID:{uuid(r)}-GRAPH_ID:0-PID:{r.randrange(900, 30000)}-HOST:{h}-PC_NAME:gv0-client-0-RECON_NO:-0"
        for h in ("web1", "web2", "gluster2", "gluster3", "backup1")
    ]
    for _step in range(70):
        x = r.random()
        c = r.choice(clients)
        if x < 0.25:
            bemit(
                "I",
                115029,
                "server-handshake.c:561:server_setvolume",
                "gv0-server",
                f"accepted client from {c} (version: 10.4) with subvol /data/brick1/gv0",
                "accepted client from %s (version: %s) with subvol %s",
            )
        elif x < 0.45:
            bemit(
                "I",
                115036,
                "server.c:500:server_rpc_notify",
                "gv0-server",
                f"disconnecting connection [{{client-uid={c}}}]",
                "disconnecting connection [{client-uid=%s}]",
            )
            bemit(
                "I",
                101055,
                "client_t.c:436:gf_client_unref",
                "gv0-server",
                f"Shutting down connection {c}",
                "Shutting down connection %s",
            )
        elif x < 0.65:
            g = uuid(r)
            kind = r.choice(["data", "metadata", "entry"])
            bemit(
                "I",
                108026,
                "afr-self-heal-common.c:1744:afr_log_selfheal",
                "gv0-replicate-0",
                f"Completed {kind} selfheal on {g}. sources=[0]  sinks=1 ",
                # afr's callers pass the kind literally: one format each
                f"Completed {kind} selfheal on %s. sources=%s sinks=%s",
            )
        elif x < 0.8:
            path = r.choice(["/www/uploads", "/www/cache", "/backup/db"]) + f"/{alnum(r, 8)}.dat"
            bemit(
                "E",
                113001,
                "posix-inode-fd-ops.c:1823:posix_open",
                "gv0-posix",
                f"open on /data/brick1/gv0/.glusterfs/{hexid(r, 2)}/{hexid(r, 2)}/{uuid(r)}, flags: 0 [No such file or directory]",
                "open on %s, flags: %d [%s]",
            )
            bemit(
                "E",
                115070,
                "server-rpc-fops_v2.c:1502:server4_open_cbk",
                "gv0-server",
                f"OPEN info [{{frame={r.randrange(1000, 999999)}}}, {{OPEN_path={path}}}, {{uuid_utoa={uuid(r)}}}, {{client={c}}}, {{error-xlator=gv0-posix}}, {{errno=2}}, {{error=No such file or directory}}]",
                "OPEN info [{frame=%d}, {OPEN_path=%s}, {uuid_utoa=%s}, {client=%s}, {error-xlator=%s}, {errno=%d}, {error=%s}]",
            )
        elif x < 0.9:
            bemit(
                "W",
                113020,
                "posix-helpers.c:2172:posix_fs_health_check",
                "gv0-posix",
                "aio_read_cmp_buf() on /data/brick1/gv0/.glusterfs/health_check returned ret is -1 error is Input/output error",
                "aio_read_cmp_buf() on %s returned ret is %d error is %s",
            )
        else:
            bemit(
                "I",
                115054,
                "server-rpc-fops_v2.c:1231:server4_lk_cbk",
                "gv0-server",
                f"{r.randrange(1000, 99999)}: LK {uuid(r)} (F_SETLK) ==> (Resource temporarily unavailable) [Resource temporarily unavailable]",
                "%d: LK %s (%s) ==> (%s) [%s]",
            )
    logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Logstash

LS_ES = ["http://es1.internal:9200/", "http://es2.internal:9200/", "http://es3.internal:9200/"]


def logstash(r: random.Random) -> list[Log]:
    """Logstash 8.14 (`/var/log/logstash/logstash-plain.log`, log4j2's
    `[%d{ISO8601}][%-5p][%-25c]%notEmpty{[%X{pipeline.id}]}%notEmpty{[%X{plugin.id}]} %m`):
    the level and the logger padded inside their brackets, the pipeline's and the plugin's
    ids after them, messages followed by a Ruby hash of their data (the keys are the call's
    wording, the values its variables). Start-up, pipelines starting, Elasticsearch
    connections lost and restored, events not indexed (400 and 429), grok timeouts, JSON
    parse errors, slowlog, a reload and a shutdown with the stall watcher."""
    log = Log("logstash-plain.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    plugin_ids = {
        "beats": hexid(r, 64),
        "es": hexid(r, 64),
        "grok": hexid(r, 64),
        "json": hexid(r, 64),
    }

    def emit(
        level: str,
        logger: str,
        msg: str,
        label: str,
        pipeline: str = "",
        plugin: str = "",
        lo=0.0,
        hi=3.0,
    ) -> None:
        log.tick(r, lo, hi)
        ms = log.t.microsecond // 1000
        ctx = (f"[{pipeline}]" if pipeline else "") + (f"[{plugin}]" if plugin else "")
        log.add(f"[{log.t:%Y-%m-%dT%H:%M:%S},{ms:03d}][{level:<5}][{logger:<25}]{ctx} {msg}", label)

    def start() -> None:
        emit(
            "INFO",
            "logstash.runner",
            "Log4j configuration path used is: /etc/logstash/log4j2.properties",
            "Log4j configuration path used is: %s",
            lo=2,
            hi=8,
        )
        emit(
            "INFO",
            "logstash.runner",
            'Starting Logstash {"logstash.version"=>"8.14.1", "jruby.version"=>"jruby 9.4.7.0 (3.1.4) 2024-04-29 597ff08ac1 OpenJDK 64-Bit Server VM 17.0.11+9 on 17.0.11+9 +indy +jit [x86_64-linux]"}',
            'Starting Logstash {"logstash.version"=>%s, "jruby.version"=>%s}',
        )
        emit(
            "INFO",
            "logstash.runner",
            "JVM bootstrap flags: [-Xms1g, -Xmx1g, -XX:+UseG1GC, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -Djruby.compile.invokedynamic=true, -XX:+HeapDumpOnOutOfMemoryError, -Djava.security.egd=file:/dev/urandom, -Dlog4j2.isThreadContextMapInheritable=true]",
            "JVM bootstrap flags: %s",
        )
        emit(
            "INFO",
            "logstash.agent",
            "Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}",
            "Successfully started Logstash API endpoint {:port=>%s, :ssl_enabled=>%s}",
        )
        emit(
            "INFO",
            "org.reflections.Reflections",
            f"Reflections took {r.randrange(90, 300)} ms to scan 1 urls, producing 138 keys and 481 values",
            "Reflections took %d ms to scan %d urls, producing %d keys and %d values",
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            "Pipeline `main` is configured with `pipeline.ecs_compatibility: v8` setting. All plugins in this pipeline will default to `ecs_compatibility => v8` unless explicitly configured otherwise.",
            "Pipeline `%s` is configured with `pipeline.ecs_compatibility: %s` setting. All plugins in this pipeline will default to `ecs_compatibility => %s` unless explicitly configured otherwise.",
        )
        emit(
            "INFO",
            "logstash.outputs.elasticsearch",
            'New Elasticsearch output {:class=>"LogStash::Outputs::ElasticSearch", :hosts=>["//es1.internal:9200", "//es2.internal:9200", "//es3.internal:9200"]}',
            "New Elasticsearch output {:class=>%s, :hosts=>%s}",
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.outputs.elasticsearch",
            "Elasticsearch pool URLs updated {:changes=>{:removed=>[], :added=>[http://es1.internal:9200/, http://es2.internal:9200/, http://es3.internal:9200/]}}",
            "Elasticsearch pool URLs updated {:changes=>%s}",
            pipeline="main",
        )
        for url in LS_ES:
            emit(
                "WARN",
                "logstash.outputs.elasticsearch",
                f'Restored connection to ES instance {{:url=>"{url}"}}',
                "Restored connection to ES instance {:url=>%s}",
                pipeline="main",
            )
        emit(
            "INFO",
            "logstash.outputs.elasticsearch",
            "Elasticsearch version determined (8.14.1) {:es_version=>8}",
            "Elasticsearch version determined (%s) {:es_version=>%s}",
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.outputs.elasticsearch",
            "Using a default mapping template {:es_version=>8, :ecs_compatibility=>:v8}",
            "Using a default mapping template {:es_version=>%s, :ecs_compatibility=>%s}",
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            f'Starting pipeline {{:pipeline_id=>"main", "pipeline.workers"=>4, "pipeline.batch.size"=>125, "pipeline.batch.delay"=>50, "pipeline.max_inflight"=>500, "pipeline.sources"=>["/etc/logstash/conf.d/10-beats.conf", "/etc/logstash/conf.d/50-filters.conf", "/etc/logstash/conf.d/90-output.conf"], :thread=>"#<Thread:0x{hexid(r, 16)} /usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb:134 run>"}}',
            'Starting pipeline {:pipeline_id=>%s, "pipeline.workers"=>%s, "pipeline.batch.size"=>%s, "pipeline.batch.delay"=>%s, "pipeline.max_inflight"=>%s, "pipeline.sources"=>%s, :thread=>%s}',
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            f'Pipeline Java execution initialization time {{"seconds"=>{r.uniform(0.4, 1.6):.2f}}}',
            'Pipeline Java execution initialization time {"seconds"=>%s}',
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.inputs.beats",
            'Starting input listener {:address=>"0.0.0.0:5044"}',
            "Starting input listener {:address=>%s}",
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            'Pipeline started {"pipeline.id"=>"main"}',
            'Pipeline started {"pipeline.id"=>%s}',
            pipeline="main",
        )
        emit(
            "INFO",
            "org.logstash.beats.Server",
            "Starting server on port: 5044",
            "Starting server on port: %s",
            pipeline="main",
            plugin=plugin_ids["beats"],
        )
        emit(
            "INFO",
            "logstash.agent",
            "Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}",
            "Pipelines running {:count=>%s, :running_pipelines=>%s, :non_running_pipelines=>%s}",
        )

    def es_down() -> None:
        url = r.choice(LS_ES)
        emit(
            "WARN",
            "logstash.outputs.elasticsearch",
            f'Marking url as dead. Last error: [LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError] Elasticsearch Unreachable: [{url}][Manticore::SocketTimeout] Read timed out {{:url=>{url}, :error_message=>"Elasticsearch Unreachable: [{url}][Manticore::SocketTimeout] Read timed out", :error_class=>"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError"}}',
            "Marking url as dead. Last error: [%s] Elasticsearch Unreachable: [%s][%s] Read timed out {:url=>%s, :error_message=>%s, :error_class=>%s}",
            pipeline="main",
        )
        emit(
            "ERROR",
            "logstash.outputs.elasticsearch",
            f'Attempted to send a bulk request but Elasticsearch appears to be unreachable or down {{:message=>"Elasticsearch Unreachable: [{url}][Manticore::SocketTimeout] Read timed out", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :will_retry_in_seconds=>{r.choice([2, 4, 8])}}}',
            "Attempted to send a bulk request but Elasticsearch appears to be unreachable or down {:message=>%s, :exception=>%s, :will_retry_in_seconds=>%s}",
            pipeline="main",
            plugin=plugin_ids["es"],
        )
        for _ in range(r.randrange(1, 4)):
            emit(
                "WARN",
                "logstash.outputs.elasticsearch",
                f'Attempted to resurrect connection to dead ES instance, but got an error {{:url=>"{url}", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>"Elasticsearch Unreachable: [{url}][Manticore::SocketException] Connection refused"}}',
                "Attempted to resurrect connection to dead ES instance, but got an error {:url=>%s, :exception=>%s, :message=>%s}",
                pipeline="main",
                lo=5,
                hi=5,
            )
        emit(
            "WARN",
            "logstash.outputs.elasticsearch",
            f'Restored connection to ES instance {{:url=>"{url}"}}',
            "Restored connection to ES instance {:url=>%s}",
            pipeline="main",
            lo=5,
            hi=40,
        )

    def not_indexed() -> None:
        idx = f"logs-{r.choice(['nginx', 'app', 'syslog'])}-2024.06.11"
        if r.random() < 0.6:
            field = r.choice(["status", "bytes", "response_time", "user.id"])
            emit(
                "WARN",
                "logstash.outputs.elasticsearch",
                f'Could not index event to Elasticsearch. status: 400, action: ["index", {{:_id=>nil, :_index=>"{idx}", :routing=>nil}}, {{"@timestamp"=>2024-06-11T{log.t:%H:%M:%S}.{r.randrange(1000):03d}Z, "message"=>"...", "@version"=>"1"}}], response: {{"index"=>{{"status"=>400, "error"=>{{"type"=>"document_parsing_exception", "reason"=>"[1:{r.randrange(100, 900)}] failed to parse field [{field}] of type [long] in document with id \'{alnum(r, 20)}\'. Preview of field\'s value: \'{r.choice(["-", "n/a", "abc", "12ms"])}\'", "caused_by"=>{{"type"=>"illegal_argument_exception", "reason"=>"For input string: \\"{r.choice(["-", "n/a"])}\\""}}}}}}}}',
                "Could not index event to Elasticsearch. status: %s, action: %s, response: %s",
                pipeline="main",
                plugin=plugin_ids["es"],
            )
        else:
            emit(
                "INFO",
                "logstash.outputs.elasticsearch",
                f'Retrying failed action {{:status=>429, :action=>["index", {{:_id=>nil, :_index=>"{idx}", :routing=>nil}}, {{"message"=>"..."}}], :error=>{{"type"=>"es_rejected_execution_exception", "reason"=>"rejected execution of coordinating operation [coordinating_and_primary_bytes={r.randrange(10**8, 10**9)}, replica_bytes=0, all_bytes={r.randrange(10**8, 10**9)}, coordinating_operation_bytes={r.randrange(10**4, 10**6)}, max_coordinating_and_primary_bytes=536870912]"}}}}',
                "Retrying failed action {:status=>%s, :action=>%s, :error=>%s}",
                pipeline="main",
                plugin=plugin_ids["es"],
            )

    def grok_timeout() -> None:
        v = f'{ip4(r)} - - [11/Jun/2024:{log.t:%H:%M:%S} +0000] "GET /{alnum(r, 6)}'
        emit(
            "WARN",
            "logstash.filters.grok",
            f"Timeout executing grok '%{{COMBINEDAPACHELOG}}' against field 'message' with value 'Value too large to output ({r.randrange(3000, 90000)} bytes)! First 255 chars are: {v}'",
            "Timeout executing grok '%s' against field '%s' with value 'Value too large to output (%s bytes)! First 255 chars are: %s'",
            pipeline="main",
            plugin=plugin_ids["grok"],
        )

    def json_error() -> None:
        ch = r.choice(["<", "x", "'", "N"])
        raw = f"{ch}{alnum(r, 12)}"
        # the parser's message holds a line break: its second line continues the event
        emit(
            "WARN",
            "logstash.filters.json",
            f"Error parsing json {{:source=>\"message\", :raw=>\"{raw}\", :exception=>#<LogStash::Json::ParserError: Unexpected character ('{ch}' (code {ord(ch)})): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            # the exception's text is a format of its own
            "Error parsing json {:source=>%s, :raw=>%s, :exception=>#<LogStash::Json::ParserError: Unexpected character ('%c' (code %d)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            pipeline="main",
            plugin=plugin_ids["json"],
        )
        log.add(f' at [Source: (byte[])"{raw}"; line: 1, column: 2]>}}', None)

    def slowlog() -> None:
        emit(
            "WARN",
            "slowlog.logstash.filters.grok",
            f'event processing time {{:plugin_params=>{{"match"=>{{"message"=>"%{{COMBINEDAPACHELOG}}"}}, "id"=>"{plugin_ids["grok"]}"}}, :took_in_nanos=>{r.randrange(10**9, 9 * 10**9)}, :took_in_millis=>{r.randrange(1000, 9000)}, :event=>"{{\\"message\\":\\"...\\"}}"}}',
            "event processing time {:plugin_params=>%s, :took_in_nanos=>%s, :took_in_millis=>%s, :event=>%s}",
            pipeline="main",
        )

    def beats_conn() -> None:
        peer = f"{ip4(r, '10.8')}:{r.randrange(30000, 65000)}"
        if r.random() < 0.6:
            emit(
                "INFO",
                "org.logstash.beats.BeatsHandler",
                f"[local: 10.8.0.5:5044, remote: {peer}] Handling exception: java.net.SocketException: Connection reset (caused by: java.net.SocketException: Connection reset)",
                "[local: %s, remote: %s] Handling exception: %s (caused by: %s)",
                pipeline="main",
                plugin=plugin_ids["beats"],
            )
        else:
            emit(
                "WARN",
                "io.netty.channel.DefaultChannelPipeline",
                "An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.",
                "An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.",
            )
            log.add("java.net.SocketException: Connection reset", None)
            log.add(
                "\tat sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:394) ~[?:?]",
                None,
            )
            log.add(
                "\tat sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:426) ~[?:?]", None
            )
            log.add(
                "\tat io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:254) ~[netty-buffer-4.1.109.Final.jar:4.1.109.Final]",
                None,
            )
            log.add("\tat java.lang.Thread.run(Thread.java:840) [?:?]", None)

    def reload() -> None:
        emit(
            "INFO",
            "logstash.pipelineaction.reload",
            'Reloading pipeline {"pipeline.id"=>:main}',
            'Reloading pipeline {"pipeline.id"=>%s}',
            lo=10,
            hi=60,
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            'Pipeline terminated {"pipeline.id"=>"main"}',
            'Pipeline terminated {"pipeline.id"=>%s}',
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            'Pipeline started {"pipeline.id"=>"main"}',
            'Pipeline started {"pipeline.id"=>%s}',
            pipeline="main",
            lo=1,
            hi=4,
        )

    def shutdown() -> None:
        emit(
            "WARN",
            "logstash.runner",
            "SIGTERM received. Shutting down.",
            "SIGTERM received. Shutting down.",
            lo=10,
            hi=60,
        )
        emit(
            "WARN",
            "org.logstash.execution.ShutdownWatcherExt",
            f'{{"inflight_count"=>0, "stalling_threads_info"=>{{["LogStash::Filters::Grok", {{"match"=>{{"message"=>"%{{COMBINEDAPACHELOG}}"}}, "id"=>"{plugin_ids["grok"]}"}}]=>[{{"thread_id"=>{r.randrange(30, 90)}, "name"=>"[main]>worker{r.randrange(4)}", "current_call"=>"[...]/vendor/bundle/jruby/3.1.0/gems/jls-grok-0.11.5/lib/grok-pure.rb:182:in `match\'"}}]}}}}',
            '{"inflight_count"=>%s, "stalling_threads_info"=>%s}',
            lo=5,
            hi=5,
        )
        emit(
            "INFO",
            "logstash.javapipeline",
            'Pipeline terminated {"pipeline.id"=>"main"}',
            'Pipeline terminated {"pipeline.id"=>%s}',
            pipeline="main",
        )
        emit(
            "INFO",
            "logstash.pipelinesregistry",
            "Removed pipeline from registry successfully {:pipeline_id=>:main}",
            "Removed pipeline from registry successfully {:pipeline_id=>%s}",
        )
        emit("INFO", "logstash.runner", "Logstash shut down.", "Logstash shut down.")

    start()
    for step in range(170):
        if step == 60:
            reload()
        if step == 120:
            shutdown()
            start()
        x = r.random()
        if x < 0.28:
            not_indexed()
        elif x < 0.42:
            grok_timeout()
        elif x < 0.55:
            json_error()
        elif x < 0.65:
            slowlog()
        elif x < 0.85:
            beats_conn()
        elif x < 0.93:
            es_down()
        else:
            emit(
                "WARN",
                "logstash.outputs.elasticsearch",
                f"Health check failed {{:code=>{r.choice([503, 401])}, :url=>{r.choice(LS_ES)}, :message=>\"Got response code '{r.choice([503, 401])}' contacting Elasticsearch at URL '{r.choice(LS_ES)}'\"}}",
                "Health check failed {:code=>%s, :url=>%s, :message=>%s}",
                pipeline="main",
            )
    return [log]


# ------------------------------------------------------------------------------------ Monit

MONIT_PROCS = ["nginx", "php-fpm", "mysqld", "redis", "postfix", "sshd"]
MONIT_HOST = "web01"


def monit(r: random.Random) -> list[Log]:
    """Monit 5.33 (`set log /var/log/monit.log`: `[%Z %b %d %H:%M:%S] %-8s : msg`, the zone in
    the stamp, the level padded before ` : `). Start-up, processes found dead and restarted
    (`'%s' process is not running`, `trying to restart`, `start: '%s'`), failed connection and
    protocol tests (the protocol error is its own format), resource limits matched and
    recovered, a program check's output, alert mail failures, restarts exhausted and
    unmonitored, user actions over HTTP and a reload."""
    log = Log("monit.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(level: str, msg: str, label: str, lo=0.0, hi=2.0) -> None:
        log.tick(r, lo, hi)
        log.add(f"[UTC {log.t:%b %d %H:%M:%S}] {level:<8} : {msg}", label)

    def start() -> None:
        emit(
            "info",
            "Starting Monit 5.33.0 daemon with http interface at [localhost]:2812",
            "Starting Monit %s daemon with http interface at [%s]:%d",
            lo=1,
            hi=5,
        )
        emit(
            "info",
            f"Monit start delay set to {r.choice([30, 60])}s",
            "Monit start delay set to %llds",
        )
        emit("info", f"'{MONIT_HOST}' Monit 5.33.0 started", "'%s' Monit %s started", lo=30, hi=60)

    def proc_dead(name: str) -> None:
        emit(
            "error",
            f"'{name}' process is not running",
            "'%s' process is not running",
            lo=30,
            hi=120,
        )
        emit("info", f"'{name}' trying to restart", "'%s' trying to restart")
        cmd = (
            f"/usr/sbin/service {name} start"
            if name != "php-fpm"
            else "/usr/sbin/service php8.2-fpm start"
        )
        emit("info", f"'{name}' start: '{cmd}'", "'%s' start: '%s'")
        if r.random() < 0.2:
            emit(
                "error",
                f"'{name}' failed to start (exit status 1) -- '{cmd}': Job for {name}.service failed because the control process exited with error code.",
                "'%s' failed to start (exit status %d) -- '%s': Job for %s.service failed because the control process exited with error code.",
                lo=5,
                hi=30,
            )
            if r.random() < 0.5:
                emit(
                    "error",
                    f"'{name}' service restarted 3 times within 3 cycle(s) - unmonitor",
                    "'%s' service restarted %d times within %d cycle(s) - %s",
                    lo=30,
                    hi=90,
                )
            return
        emit(
            "info",
            f"'{name}' process is running with pid {r.randrange(1000, 60000)}",
            "'%s' process is running with pid %d",
            lo=30,
            hi=60,
        )

    def conn_fail(name: str) -> None:
        port = {
            "nginx": 80,
            "php-fpm": 9000,
            "mysqld": 3306,
            "redis": 6379,
            "postfix": 25,
            "sshd": 22,
        }[name]
        proto = {
            "nginx": "HTTP",
            "php-fpm": "FAIL2BAN",
            "mysqld": "MYSQL",
            "redis": "REDIS",
            "postfix": "SMTP",
            "sshd": "SSH",
        }[name]
        x = r.random()
        if x < 0.4:
            emit(
                "error",
                f"'{name}' failed protocol test [{proto}] at [localhost]:{port} [TCP/IP] -- {proto}: error receiving data -- Resource temporarily unavailable",
                "'%s' failed protocol test [%s] at [%s]:%d [TCP/IP] -- %s: error receiving data -- %s",
                lo=30,
                hi=120,
            )
        elif x < 0.7 and name == "nginx":
            code = r.choice([502, 503, 504])
            emit(
                "error",
                f"'{name}' failed protocol test [HTTP] at [localhost]:{port}/health [TCP/IP] -- HTTP error: Server returned status {code}",
                "'%s' failed protocol test [%s] at [%s]:%d%s [TCP/IP] -- HTTP error: Server returned status %d",
                lo=30,
                hi=120,
            )
        else:
            emit(
                "error",
                f"'{name}' failed, cannot open a connection to INET[localhost:{port}] via TCP",
                "'%s' failed, cannot open a connection to %s via %s",
                lo=30,
                hi=120,
            )
        emit(
            "info",
            f"'{name}' connection succeeded to [localhost]:{port} [TCP/IP]",
            "'%s' connection succeeded to [%s]:%d [%s]",
            lo=30,
            hi=90,
        )

    def resource() -> None:
        kind = r.random()
        if kind < 0.4:
            svc = MONIT_HOST
            v, lim = r.uniform(90, 100), 90.0
            emit(
                "error",
                f"'{svc}' cpu usage of {v:.1f}% matches resource limit [cpu usage > {lim:.1f}%]",
                "'%s' cpu usage of %.1f%% matches resource limit [cpu usage > %.1f%%]",
                lo=30,
                hi=200,
            )
            emit(
                "info",
                f"'{svc}' cpu usage check succeeded [current cpu usage = {r.uniform(5, 60):.1f}%]",
                "'%s' cpu usage check succeeded [current cpu usage = %.1f%%]",
                lo=60,
                hi=200,
            )
        elif kind < 0.6:
            svc = MONIT_HOST
            emit(
                "error",
                f"'{svc}' loadavg (5min) of {r.uniform(8, 16):.1f} matches resource limit [loadavg (5min) > 8.0]",
                "'%s' loadavg (5min) of %.1f matches resource limit [loadavg (5min) > %.1f]",
                lo=30,
                hi=200,
            )
            emit(
                "info",
                f"'{svc}' loadavg (5min) check succeeded [current loadavg (5min) = {r.uniform(0.5, 7):.1f}]",
                "'%s' loadavg (5min) check succeeded [current loadavg (5min) = %.1f]",
                lo=60,
                hi=200,
            )
        elif kind < 0.8:
            fs = r.choice(["rootfs", "varfs", "data"])
            emit(
                "error",
                f"'{fs}' space usage {r.uniform(80, 99):.1f}% matches resource limit [space usage > 80.0%]",
                "'%s' space usage %.1f%% matches resource limit [space usage > %.1f%%]",
                lo=30,
                hi=200,
            )
            if r.random() < 0.6:
                emit(
                    "info",
                    f"'{fs}' space usage check succeeded [current space usage = {r.uniform(40, 79):.1f}%]",
                    "'%s' space usage check succeeded [current space usage = %.1f%%]",
                    lo=60,
                    hi=400,
                )
        else:
            name = r.choice(["mysqld", "php-fpm", "redis"])
            emit(
                "error",
                f"'{name}' total mem amount of {r.uniform(1.1, 3.9):.1f} GB matches resource limit [total mem amount > 1 GB]",
                "'%s' total mem amount of %s matches resource limit [total mem amount > %s]",
                lo=30,
                hi=200,
            )
            emit(
                "info",
                f"'{name}' total mem amount check succeeded [current total mem amount = {r.randrange(200, 999)}.{r.randrange(10)} MB]",
                "'%s' total mem amount check succeeded [current total mem amount = %s]",
                lo=60,
                hi=200,
            )

    def program_check() -> None:
        if r.random() < 0.5:
            h = r.randrange(25, 60)
            emit(
                "error",
                f"'backup_age' status failed (1) -- backup is {h} hours old",
                "'%s' status failed (%d) -- backup is %d hours old",
                lo=60,
                hi=300,
            )
        else:
            emit(
                "info",
                "'backup_age' status succeeded (0) -- backup ok",
                "'%s' status succeeded (%d) -- backup ok",
                lo=60,
                hi=300,
            )

    def mail_fail() -> None:
        emit(
            "error",
            "Cannot open a connection to the mailserver smtp.example.com:587 -- Operation timed out",
            "Cannot open a connection to the mailserver %s:%d -- %s",
            lo=1,
            hi=10,
        )
        emit(
            "error",
            "Mail: Delivery failed -- no mail server is available",
            "Mail: Delivery failed -- no mail server is available",
        )
        emit(
            "error",
            "Alert handler failed, retry scheduled for next cycle",
            "Alert handler failed, retry scheduled for next cycle",
        )
        if r.random() < 0.5:
            emit(
                "info",
                f"Adding event to the queue file /var/lib/monit/events/{r.randrange(1718000000, 1718100000)}_{hexid(r, 14)} for later delivery",
                "Adding event to the queue file %s for later delivery",
            )

    def user_action() -> None:
        name = r.choice(MONIT_PROCS)
        act = r.choice(["restart", "restart", "monitor", "unmonitor", "stop", "start"])
        if r.random() < 0.15:
            emit(
                "error",
                f"HttpRequest: access denied -- client [{ip4(r, '192.168')}]: wrong password for user 'admin'",
                "HttpRequest: access denied -- client [%s]: wrong password for user '%s'",
                lo=60,
                hi=600,
            )
            return
        emit("info", f"'{name}' {act} on user request", "'%s' %s on user request", lo=60, hi=600)
        if act == "restart":
            emit(
                "info",
                f"'{name}' restart: '/usr/sbin/service {name} restart'",
                "'%s' restart: '%s'",
            )
        emit("info", f"'{name}' {act} action done", "'%s' %s action done", lo=1, hi=10)

    def reload() -> None:
        emit(
            "info", "Awakened by the SIGHUP signal", "Awakened by the SIGHUP signal", lo=60, hi=600
        )
        emit(
            "info",
            "Reinitializing Monit -- control file '/etc/monit/monitrc'",
            "Reinitializing Monit -- control file '%s'",
        )
        emit("info", f"'{MONIT_HOST}' Monit reloaded", "'%s' Monit reloaded")

    def stop() -> None:
        emit(
            "info",
            f"Monit daemon with pid [{r.randrange(500, 3000)}] stopped",
            "Monit daemon with pid [%d] stopped",
            lo=60,
            hi=600,
        )
        emit("info", f"'{MONIT_HOST}' Monit 5.33.0 stopped", "'%s' Monit %s stopped")

    start()
    for step in range(140):
        if step == 70:
            reload()
        if step == 105:
            stop()
            start()
        x = r.random()
        if x < 0.3:
            proc_dead(r.choice(MONIT_PROCS))
        elif x < 0.5:
            conn_fail(r.choice(MONIT_PROCS))
        elif x < 0.72:
            resource()
        elif x < 0.84:
            program_check()
        elif x < 0.9:
            mail_fail()
        else:
            user_action()
    return [log]


# ----------------------------------------------------------------------------------- Nagios

NG_HOSTS = ["web1", "web2", "db1", "db2", "lb1", "mail1", "nas1", "build-agent-3"]
NG_SVCS = {
    "HTTP": "http",
    "SSH": "ssh",
    "Current Load": "load",
    "Root Partition": "disk",
    "PING": "ping",
    "PostgreSQL": "pgsql",
    "nginx procs": "procs",
}
NG_CONTACTS = ["oncall", "admins", "anna"]


def nagios(r: random.Random) -> list[Log]:
    """Nagios Core 4.4 (`/usr/local/nagios/var/nagios.log`: `[%lu] msg`, the epoch in
    brackets). Start-up and its query handler and workers, `SERVICE ALERT`/`HOST ALERT`/
    `SERVICE NOTIFICATION`/`HOST NOTIFICATION` records joined by semicolons whose last field is
    a plugin's output (the plugin's own format: check_http, check_disk, check_load, check_ping,
    check_ssh, check_pgsql, check_procs, the check timeout), external commands, flapping,
    orphaned checks, a notification helper's failure over several `wproc:` lines, the daily
    rotation's `CURRENT ... STATE` dump and a restart."""
    log = Log("nagios.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    pid = {"n": 4321}
    states = {(h, s): "OK" for h in NG_HOSTS for s in NG_SVCS}
    jobs = {"n": 0}

    def emit(msg: str, label: str, lo=0.0, hi=20.0) -> None:
        log.tick(r, lo, hi)
        log.add(f"[{int(log.t.timestamp())}] {msg}", label)

    def output(svc: str, state: str, host: str) -> tuple[str, str]:
        kind = NG_SVCS[svc]
        if kind == "http":
            if state == "CRITICAL" and r.random() < 0.5:
                return (
                    f"connect to address {host}.lan and port 80: Connection refused",
                    "connect to address %s and port %d: %s",
                )
            code = {
                "OK": "200 OK",
                "WARNING": "404 Not Found",
                "CRITICAL": "503 Service Unavailable",
                "UNKNOWN": "200 OK",
            }[state]
            return (
                f"HTTP {state}: HTTP/1.1 {code} - {r.randrange(300, 90000)} bytes in {r.uniform(0.001, 3):.3f} second response time ",
                "HTTP %s: %s - %d bytes in %.3f second response time %s",
            )
        if kind == "ssh":
            if state == "CRITICAL":
                return "Server answer: ", "Server answer: %s"
            return (
                "SSH OK - OpenSSH_9.2p1 Debian-2+deb12u2 (protocol 2.0)",
                "SSH OK - %s (protocol %s)",
            )
        if kind == "load":
            a = [r.uniform(0.1, 14) for _ in range(3)]
            return (
                f"{state} - load average: {a[0]:.2f}, {a[1]:.2f}, {a[2]:.2f}",
                "%s - load average: %.2f, %.2f, %.2f",
            )
        if kind == "disk":
            free = r.randrange(200, 40000)
            return (
                f"DISK {state} - free space: / {free} MB ({r.uniform(1, 60):.2f}% inode={r.randrange(40, 99)}%);",
                "DISK %s - free space: %s %d MB (%.2f%% inode=%d%%);",
            )
        if kind == "ping":
            if state == "CRITICAL":
                return (
                    f"CRITICAL - Host Unreachable ({ip4(r, '10.0.1')})",
                    "CRITICAL - Host Unreachable (%s)",
                )
            return (
                f"PING {state} - Packet loss = {r.choice([0, 0, 0, 20, 40])}%, RTA = {r.uniform(0.1, 90):.2f} ms",
                "PING %s - Packet loss = %d%%, RTA = %.2f ms",
            )
        if kind == "pgsql":
            if state == "CRITICAL":
                return (
                    "CRITICAL - no connection to 'template1' (connection to server at \"127.0.0.1\", port 5432 failed: Connection refused)",
                    "CRITICAL - no connection to '%s' (%s)",
                )
            return (
                f"{state} - database template1 ({r.randrange(0, 3)} sec.)",
                "%s - database %s (%d sec.)",
            )
        n = 0 if state == "CRITICAL" else r.randrange(2, 9)
        return (
            f"PROCS {state}: {n} process{'es' if n != 1 else ''} with command name 'nginx'",
            "PROCS %s: %d process%s with command name '%s'",
        )

    def timeout_output() -> tuple[str, str]:
        return (
            f"(Service check timed out after {r.uniform(60, 60.1):.2f} seconds)",
            "(Service check timed out after %.2f seconds)",
        )

    def start() -> None:
        emit(
            f"Nagios 4.4.14 starting... (PID={pid['n']})",
            "Nagios %s starting... (PID=%d)",
            lo=1,
            hi=5,
        )
        emit(f"Local time is {log.t:%a %b %d %H:%M:%S} UTC 2024", "Local time is %s")
        emit("LOG VERSION: 2.0", "LOG VERSION: %s", hi=0)
        emit(
            "qh: Socket '/usr/local/nagios/var/rw/nagios.qh' successfully initialized",
            "qh: Socket '%s' successfully initialized",
            hi=0,
        )
        emit("qh: core query handler registered", "qh: core query handler registered", hi=0)
        emit(
            "qh: echo service query handler registered",
            "qh: echo service query handler registered",
            hi=0,
        )
        emit(
            "qh: help for the query handler registered",
            "qh: help for the query handler registered",
            hi=0,
        )
        emit(
            "wproc: Successfully registered manager as @wproc with query handler",
            "wproc: Successfully registered manager as @wproc with query handler",
            hi=0,
        )
        for i in range(4):
            w = pid["n"] + 1 + i
            emit(
                f"wproc: Registry request: name=Core Worker {w};pid={w}",
                "wproc: Registry request: name=%s;pid=%d",
                hi=0,
            )
        emit(
            f"Successfully launched command file worker with pid {pid['n'] + 5}",
            "Successfully launched command file worker with pid %d",
            hi=1,
        )
        emit(
            "Event broker module '/usr/local/nagios/bin/livestatus.o' initialized successfully.",
            "Event broker module '%s' initialized successfully.",
            hi=0,
        )

    def alert() -> None:
        host = r.choice(NG_HOSTS)
        svc = r.choice(list(NG_SVCS))
        old = states[(host, svc)]
        new = r.choices(["WARNING", "CRITICAL", "UNKNOWN"], [4, 5, 1])[0] if old == "OK" else "OK"
        if new == "UNKNOWN" or (new == "CRITICAL" and r.random() < 0.15):
            out, olab = timeout_output()
            new = "CRITICAL" if new == "UNKNOWN" and r.random() < 0.5 else new
        else:
            out, olab = output(svc, new, host)
        for attempt in (1, 2, 3) if new != "OK" else (3,):
            kind = "HARD" if attempt == 3 or new == "OK" else "SOFT"
            emit(
                f"SERVICE ALERT: {host};{svc};{new};{kind};{attempt};{out}",
                f"SERVICE ALERT: %s;%s;%s;%s;%d;{olab}",
                lo=10,
                hi=120,
            )
            if attempt < 3 and r.random() < 0.2:
                break
        else:
            states[(host, svc)] = new
            if r.random() < 0.4:
                emit(
                    f"SERVICE EVENT HANDLER: {host};{svc};{new};HARD;3;restart-service",
                    "SERVICE EVENT HANDLER: %s;%s;%s;%s;%d;%s",
                    hi=0,
                )
            for c in r.sample(NG_CONTACTS, r.randrange(1, 3)):
                emit(
                    f"SERVICE NOTIFICATION: {c};{host};{svc};{new};notify-service-by-email;{out}",
                    f"SERVICE NOTIFICATION: %s;%s;%s;%s;%s;{olab}",
                    hi=1,
                )
                if r.random() < 0.15:
                    notify_fail(host, svc, c)

    def notify_fail(host: str, svc: str, contact: str) -> None:
        jobs["n"] += r.randrange(1, 30)
        w = pid["n"] + r.randrange(1, 5)
        emit(
            f"wproc: NOTIFY job {jobs['n']} from worker Core Worker {w} is a non-check helper but exited with return code 127",
            "wproc: %s job %d from worker %s %s %d",
            hi=1,
        )
        emit(
            f"wproc:   host={host}; service={svc}; contact={contact}",
            "wproc:   host=%s; service=%s; contact=%s",
            hi=0,
        )
        emit(
            "wproc:   early_timeout=0; exited_ok=1; wait_status=32512; error_code=0;",
            "wproc:   early_timeout=%d; exited_ok=%d; wait_status=%d; error_code=%d;",
            hi=0,
        )
        emit(
            "wproc:   stderr line 01: /bin/sh: 1: /usr/bin/mail: not found",
            "wproc:   stderr line %02d: %s",
            hi=0,
        )

    def host_down() -> None:
        host = r.choice(NG_HOSTS)
        for attempt in (1, 2, 3):
            kind = "HARD" if attempt == 3 else "SOFT"
            emit(
                f"HOST ALERT: {host};DOWN;{kind};{attempt};CRITICAL - Host Unreachable ({ip4(r, '10.0.1')})",
                "HOST ALERT: %s;%s;%s;%d;CRITICAL - Host Unreachable (%s)",
                lo=10,
                hi=60,
            )
        emit(
            f"HOST NOTIFICATION: oncall;{host};DOWN;notify-host-by-email;CRITICAL - Host Unreachable ({ip4(r, '10.0.1')})",
            "HOST NOTIFICATION: %s;%s;%s;%s;CRITICAL - Host Unreachable (%s)",
            hi=1,
        )
        emit(
            f"HOST ALERT: {host};UP;HARD;1;PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 3):.2f} ms",
            "HOST ALERT: %s;%s;%s;%d;PING %s - Packet loss = %d%%, RTA = %.2f ms",
            lo=60,
            hi=900,
        )
        emit(
            f"HOST NOTIFICATION: oncall;{host};UP;notify-host-by-email;PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 3):.2f} ms",
            "HOST NOTIFICATION: %s;%s;%s;%s;PING %s - Packet loss = %d%%, RTA = %.2f ms",
            hi=1,
        )

    def external() -> None:
        host = r.choice(NG_HOSTS)
        svc = r.choice(list(NG_SVCS))
        x = r.random()
        if x < 0.5:
            cmd = f"SCHEDULE_FORCED_SVC_CHECK;{host};{svc};{int(log.t.timestamp())}"
        elif x < 0.75:
            cmd = f"ACKNOWLEDGE_SVC_PROBLEM;{host};{svc};2;1;1;{r.choice(NG_CONTACTS)};{r.choice(['looking into it', 'known, ticket OPS-' + str(r.randrange(100, 999)), 'disk cleanup scheduled'])}"
        else:
            start_t = int(log.t.timestamp())
            cmd = f"SCHEDULE_HOST_DOWNTIME;{host};{start_t};{start_t + 3600};1;0;3600;{r.choice(NG_CONTACTS)};patching"
        emit(f"EXTERNAL COMMAND: {cmd}", "EXTERNAL COMMAND: %s;%s", lo=30, hi=300)

    def flapping() -> None:
        host = r.choice(NG_HOSTS)
        svc = r.choice(list(NG_SVCS))
        emit(
            f"SERVICE FLAPPING ALERT: {host};{svc};STARTED; Service appears to have started flapping ({r.uniform(20, 40):.1f}% change >= 20.0% threshold)",
            "SERVICE FLAPPING ALERT: %s;%s;STARTED; Service appears to have started flapping (%2.1f%% change >= %2.1f%% threshold)",
            lo=10,
            hi=200,
        )
        emit(
            f"SERVICE FLAPPING ALERT: {host};{svc};STOPPED; Service appears to have stopped flapping ({r.uniform(1, 4.9):.1f}% change < 5.0% threshold)",
            "SERVICE FLAPPING ALERT: %s;%s;STOPPED; Service appears to have stopped flapping (%2.1f%% change < %2.1f%% threshold)",
            lo=300,
            hi=900,
        )

    def orphan() -> None:
        host = r.choice(NG_HOSTS)
        svc = r.choice(list(NG_SVCS))
        emit(
            f"Warning: The check of service '{svc}' on host '{host}' looks like it was orphaned (results never came back; last_check={int(log.t.timestamp()) - r.randrange(300, 900)}). I'm scheduling an immediate check of the service...",
            "Warning: The check of service '%s' on host '%s' looks like it was orphaned (results never came back; last_check=%lu). I'm scheduling an immediate check of the service...",
            lo=10,
            hi=300,
        )

    def passive() -> None:
        host = r.choice(NG_HOSTS)
        emit(
            f"PASSIVE SERVICE CHECK: {host};backup;0;OK: backup finished in {r.randrange(60, 4000)}s, {r.randrange(1, 90)} GB",
            "PASSIVE SERVICE CHECK: %s;%s;%d;OK: backup finished in %ds, %d GB",
            lo=10,
            hi=300,
        )

    def rotation() -> None:
        emit("LOG ROTATION: DAILY", "LOG ROTATION: %s", lo=10, hi=60)
        emit("LOG VERSION: 2.0", "LOG VERSION: %s", hi=0)
        for h in NG_HOSTS:
            emit(
                f"CURRENT HOST STATE: {h};UP;HARD;1;PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 3):.2f} ms",
                "CURRENT HOST STATE: %s;%s;%s;%d;PING %s - Packet loss = %d%%, RTA = %.2f ms",
                hi=0,
            )
        for (h, s), st in sorted(states.items()):
            if r.random() < 0.4:
                out, olab = output(s, st, h)
                emit(
                    f"CURRENT SERVICE STATE: {h};{s};{st};HARD;1;{out}",
                    f"CURRENT SERVICE STATE: %s;%s;%s;%s;%d;{olab}",
                    hi=0,
                )

    def restart() -> None:
        emit("Caught SIGHUP, restarting...", "Caught SIGHUP, restarting...", lo=60, hi=600)
        emit(
            "Event broker module '/usr/local/nagios/bin/livestatus.o' deinitialized successfully.",
            "Event broker module '%s' deinitialized successfully.",
            hi=0,
        )
        emit(f"Nagios 4.4.14 starting... (PID={pid['n']})", "Nagios %s starting... (PID=%d)", hi=1)
        emit(f"Local time is {log.t:%a %b %d %H:%M:%S} UTC 2024", "Local time is %s", hi=0)
        emit("LOG VERSION: 2.0", "LOG VERSION: %s", hi=0)
        emit(
            "qh: Socket '/usr/local/nagios/var/rw/nagios.qh' successfully initialized",
            "qh: Socket '%s' successfully initialized",
            hi=0,
        )
        emit("qh: core query handler registered", "qh: core query handler registered", hi=0)
        for i in range(4):
            w = pid["n"] + 10 + i
            emit(
                f"wproc: Registry request: name=Core Worker {w};pid={w}",
                "wproc: Registry request: name=%s;pid=%d",
                hi=0,
            )

    start()
    for step in range(110):
        if step == 50:
            rotation()
        if step == 85:
            restart()
        x = r.random()
        if x < 0.5:
            alert()
        elif x < 0.6:
            host_down()
        elif x < 0.72:
            external()
        elif x < 0.8:
            flapping()
        elif x < 0.88:
            orphan()
        elif x < 0.96:
            passive()
        else:
            emit(
                "Auto-save of retention data completed successfully.",
                "Auto-save of retention data completed successfully.",
                lo=30,
                hi=300,
            )
    return [log]


SYSTEMS = {
    "odoo": odoo,
    "glusterfs": glusterfs,
    "logstash": logstash,
    "monit": monit,
    "nagios": nagios,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 274 (ejbca, dogtag-pki, certbot, cfssl, rekor) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five certificate authorities and clients of one
company's PKI, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (step-ca,
cert-manager, cosign, Vault and FreeIPA are).

- EJBCA 8.2 Community on WildFly 26.1.3 (`ejbca01-server.log`, `ejbca02-server.log`: two nodes
  on one MariaDB, WildFly's `standalone/log/server.log`, `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c]
  (%t) %s%e%n`: `2024-06-07 06:00:23,119 INFO  [org.cesecore.certificates.ocsp.OcspResponse
  GeneratorSessionBean] (default task-46) Received OCSP request for certificate with serNo: ...`).
  The OCSP responder's requests from VPN gateways and RADIUS servers (`Received OCSP request for
  certificate with serNo: %s, and issuerNameHash: %s. Client ip %s.`); an MDM connector adding
  each device's end entity over the web service, then the device enrolling over SCEP in CA mode
  through two HAProxy nodes (`Received a SCEP message from %s.`, `Sent a SCEP GetCACaps response
  to %s.`, `... GetCACert ...`, `... PKIOperation ...`: the operation a literal of each call
  site), devices retrying after their first response (`Got request with status %s (%s), NEW,
  FAILED or INPROCESS required: %s.`), wiped devices enrolling before they are added again (`Got
  request for nonexisting user: %s.`), stale challenges (`Got request for user with invalid
  password: %s.`); the security audit log that the default configuration also writes to the
  system log through CESeCore's Log4jDevice (`<time>;<event>;<status>;<module>;<service>;<auth
  token>;<custom id>;<search detail 1>;<search detail 2>;<key>=<value>;...`): ACCESS_CONTROL with
  one to four `resourceN=` details, RA_ADDENDENTITY, CERT_CREATION (`subjectdn=...;cert=<base64>`),
  RA_EDITENDENTITY, CERT_REVOKED, the hourly CRL Updater's CRL_CREATION and CRL_STORED (their
  localised texts' trailing blanks kept), EJBCA_STARTING; the database failing over 09:14-09:19
  (IronJacamar's `IJ000604: Throwable while attempting to get a new connection: %s` with the
  exception after the message, `%e`, and its stack, `Error processing OCSP request. Message:
  %s.`, `Error processing SCEP request.` with its stack, Arjuna's transaction reaper) and ejbca02
  restarted at 09:31 (`WFLYUT0022`, `WFLYSRV0028`, `WFLYSRV0050`, `WFLYSRV0049`, `WFLYJCA0001`,
  `WFLYUT0021`, `WFLYSRV0010`, `WFLYSRV0025`).
- Dogtag PKI 11.4, the CA of a FreeIPA domain (`debug.2024-06-07.log` and `ca_audit`, both from
  `/var/log/pki/pki-tomcat/ca/`). The debug log's JUL layout (`2024-06-07 06:00:05
  [https-jsse-nio-8443-exec-24] INFO: SignedAuditLogger: event ACCESS_SESSION_ESTABLISH`, a SEVERE
  with its stack); the signed audit log's (`0.https-jsse-nio-8443-exec-24 - [07/Jun/2024:06:00:05
  UTC] [14] [6] [AuditEvent=AUTH][SubjectID=ipara][Outcome=Success][AuthMgr=certUserDBAuthMgr]
  authentication success`), each event's attributes one `{0}` of its message. The IPA framework's
  RA agent (`ipara`, a client certificate) on the REST API: certmonger renewals and cert-request
  (ACCESS_SESSION_ESTABLISH, AUTH, AUTHZ, ROLE_ASSUME, PROFILE_CERT_REQUEST, CERT_REQUEST_PROCESSED,
  ACCESS_SESSION_TERMINATED, request ids and serials in hex as 11.4 writes them), cert-show and
  cert-find from the Web UI, three revocations; 389-ds crashing 09:38-09:40 (`Internal Database
  Error encountered: Could not connect to LDAP server host %s port %d Error ...` at SEVERE with
  the LDAPException's stack, CLIENT_ACCESS_SESSION_ESTABLISH failures, AUTH failures), then
  pki-tomcatd restarted at 10:20 (`Shutting down CA subsystem`, AUDIT_LOG_SHUTDOWN, AUDIT_LOG_
  STARTUP, the LDAP pool's sessions, SELFTESTS_EXECUTION).
- certbot 2.9.0 from the snap (`web01-letsencrypt.log`, `web02-letsencrypt.log`: two hosting
  servers whose `cli.ini` sets `max-log-backups = 0`, so `/var/log/letsencrypt/letsencrypt.log`
  is appended to rather than rotated each run; logging's `%(asctime)s:%(levelname)s:%(name)s:
  %(message)s` at DEBUG). The hosting panel's hourly `certbot -q renew` (web01 at :17 with 44
  lineages, web02 at :43 with 14): per run the version, entry point, arguments, plugins and root
  level; per lineage `Notifying user: Processing %s` (display notifications are logged as
  `Notifying user: %s`, the message contributing its format), the OCSP check of its certificate
  (urllib3's `Starting new HTTP connection (%d): %s:%s` and `%s://%s:%s "%s %s %s" %s %s`, `OCSP
  response for certificate %s is signed by the certificate's issuer.`, `OCSP certificate status
  for %s is: %s`) and `Certificate not yet due for renewal`; the report (the frame, `The following
  certificates are not due for renewal yet:`, the skipped list over one line a lineage, `No
  renewals were attempted.`, the frame), `no renewal failures`. web01's new egress policy rejects
  ports 80 and 443 from 07:52 (`OCSP check failed for %s (are we offline?)` with its traceback,
  exc_info), and a lineage falls due at 08:05: from the 08:17 run on `Should renew, less than %s
  before certificate expiry %s.`, the random delay, plugin selection (`Single candidate plugin:`
  over six lines), `Picked account: %r`, `Sending GET request to ...directory.`, `Failed to renew
  certificate %s with error: Requesting %s%s:%s` (acme's ValueError), `Traceback was:\\n%s`, `All
  renewals failed. ...`, `  %s (failure)`, `Exiting abnormally:` with the uncaught error's
  traceback and `%d renew failure(s), %d parse failure(s)` (no advice line under `-q`).
- CFSSL 1.6 `cfssl serve` (`cfssl-84c7d9f5b6-mq2xk.log`, `cfssl-84c7d9f5b6-t7wzn.log`, replaced
  at 09:12 by `cfssl-6b9d4f7c8d-4hjlp.log`, `cfssl-6b9d4f7c8d-vx9sr.log`: `kubectl logs` of the
  internal intermediate CA's two replicas, Go's standard logger with cfssl/log's level:
  `2024/06/07 09:12:03 [INFO] Initializing signer`). Start-up of the new pods (`couldn't
  initialize ocsp signer: %v` without a responder, each endpoint `enabled` or `disabled: %v` in
  map order, `sign` disabled by a policy whose every profile needs an auth key, `bundler API
  ready`, `setting up key / CSR generator`, `Handler set up complete.`, `Now listening on %s`);
  the kubelet's probe of `/api/v1/cfssl/health` every minute; the fleet's `cfssl gencert -remote`
  over `authsign` (`signature request received`, `signed certificate with serial number %d`,
  `wrote response`, the request line `%s - "%s %s" %d`); the build runners' pool deployed with the
  old auth key 07:40-08:25 (`received authenticated request with invalid token`, 400), the
  certdb's PostgreSQL failing over 10:31-10:44 (`signature failed: {"code":11000,...}`, the code
  as the status), a pipeline asking for names outside the profile's whitelist (`signature failed:
  {"code":5500,"message":"Request does not match policy whitelist"}`); `info`, `crl` and `revoke`
  calls.
- Sigstore Rekor v1.3.5, then v1.3.6 (`rekor-server-7b9f6d4c8-4kqzx.log`,
  `rekor-server-7b9f6d4c8-xv2mn.log`, replaced at 09:02 by `rekor-server-5d6c8b9f7-hl8wd.log`,
  `rekor-server-5d6c8b9f7-rt4pn.log`: `kubectl logs` of a private Rekor's two replicas at
  `log_type: prod`, zap's production JSON with the Cloud Logging keys: `{"severity":"INFO",
  "time":"2024-06-07T06:00:21Z","caller":"restapi/configure_rekor_server.go:268","message":
  "completed request","requestID":"...","httpRequest":{...}}`). Every request's `completed
  request` with its `httpRequest` object (CI's cosign creating entries, 409 for duplicates,
  rekor-monitor's checkpoint and consistency proof every two minutes, searches and lookups);
  handleRekorAPIError's messages, the error's own text with `handler`, `statusCode` and
  `clientMessage` (and a stacktrace at ERROR): the Trillian log server down 07:25-07:27 (`grpc
  err: rpc error: code = Unavailable ...`), the log signer slow 10:10-10:18 (`... DeadlineExceeded
  ...` after 30 s), Redis restarting 10:40-10:43 (`index storage error: ...`), bad signatures
  (`verifying signature: ...`); go-openapi's errors through logAndServeError (`%s in %s is
  required`, `path %s was not found`, `method %s is not allowed, but [%s] are`); the upgrade
  (`starting rekor-server @ %v` with viper's settings, `Loading support for pluggable type '%v'`,
  `Loading version '%v' for pluggable type '%v'`, `Enabling API endpoint: %s`, `Serving rekor
  server at http://%s`, `Shutting down... `, `Stopped serving rekor server at http://%s`).

Label notes. The heads are context: WildFly's time, level, category and thread, the debug log's
time, thread and level, the audit log's `0.<thread> - [<time>] [14] [6] `, certbot's time, level
and logger, Go's time and cfssl's level, zap's keys but `message` (and its fields). EJBCA's
Log4jDevice line is the device's message: its time, auth token, ids and details are values, the
event, status, module and service each call site names are wording, and its ACCESS_CONTROL line
is one format however many `resourceN=` details it lists (as round 21's postfix command counts).
A value that is a message contributes its format (certbot's notifications and errors, Rekor's
and CFSSL's errors, the audit events' attributes one `{0}`). The later lines of a write have no
row: stacks, tracebacks, certbot's skipped list, plugin description and frame line.

Checked against copies of the sources: certbot's renewal loop, report and `Notifying user: %s`,
acme's `Sending %s request to %s.`, `Received response` and `Requesting {host}{path}:{err_msg}`,
certbot's `OCSP check failed for %s (are we offline?)`; EJBCA's intres texts (SCEP, OCSP,
authentication, CRL and store messages, from an older copy) and Log4jDevice's layout; Dogtag's
audit log line and event attributes (a sample in a pull request) and its debug layout (an
issue); CFSSL's sign handlers, the request line and the start-up (with a real start-up log);
Rekor's handleRekorAPIError, its request logger and logAndServeError. Least sure (written from
memory): EJBCA 8's wording of the CRL and revocation details, the CERT_CREATION detail keys, the
CRL Updater's auth token, `StartupSingletonBean.init`, the OCSP request line's level; Dogtag's
debug messages but `SignedAuditLogger: event %s` (`PKIRealm: ...`, `CertUserDBAuthentication: UID
%s authenticated.`, `EnrollmentProcessor: profile: %s`, `CertificateRepository: Adding
certificate record %s`, `Starting CA subsystem`), the LDAP error's text and the CLIENT_ACCESS_
SESSION texts; certbot's OCSP success lines, `Should renew ...` and the plugin and account
reprs; CFSSL's whitelist error code and text and `signer not initialized`; Rekor's start-up
messages and callers, the `grpc err:` wording (the same at both call sites) and `index storage
error:`.
"""

from __future__ import annotations

import base64
import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round235 import every

MS = 1_000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def b62(r: random.Random, n: int) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(r.choice(chars) for _ in range(n))


# ------------------------------------------------------------------------------------ EJBCA

EJ_WILDFLY = "WildFly Full 26.1.3.Final (WildFly Core 18.1.2.Final)"
EJ_VERSION = "EJBCA 8.2.0.1 Community (4f1b7e0c)"
EJ_CAS = {
    # name: (subject DN, caId, issuerNameHash)
    "device": (
        "CN=Example Device CA,O=Example Corp,C=SE",
        1652389506,
        "6b3e1f0a9c2d4e8b7a5f3c1d0e9b8a7c6d5e4f3a",
    ),
    "issuing": (
        "CN=Example Issuing CA G2,O=Example Corp,C=SE",
        -1270371405,
        "c41d8e2f7a6b5c3d9e0f1a2b3c4d5e6f7a8b9c0d",
    ),
}
EJ_MDM = "CN=mdm-connector,OU=Integrations,O=Example Corp,C=SE"
EJ_ADMINS = [
    "CN=Anna Berg,OU=PKI Admins,O=Example Corp,C=SE",
    "CN=Jonas Lind,OU=PKI Admins,O=Example Corp,C=SE",
]
EJ_PROXIES = ["10.20.0.11", "10.20.0.12"]
EJ_OCSP_CLIENTS = [
    ("10.30.1.5", 9),
    ("10.30.1.6", 9),
    ("10.30.2.10", 6),
    ("10.30.2.11", 6),
    ("10.40.7.21", 2),
    ("10.40.7.22", 2),
    ("10.20.0.11", 1),
]
EJ_CONTEXTS = [
    "/ejbca",
    "/ejbca/adminweb",
    "/ejbca/ra",
    "/ejbca/publicweb/status",
    "/ejbca/publicweb/webdist",
    "/ejbca/publicweb/crls",
    "/ejbca/publicweb/apply/scep",
    "/ejbca/publicweb/cmp",
    "/ejbca/ejbcaws",
    "/ejbca/ejbca-rest-api",
]
EJ_ADMIN_PAGES = [
    ["/administrator"],
    ["/administrator", "/ra_functionality/view_end_entity"],
    ["/administrator", "/ca_functionality/view_certificate"],
    [
        "/administrator",
        "/ra_functionality/view_end_entity",
        "/endentityprofilesrules/1840176417/view_end_entity",
    ],
    ["/administrator", "/secureaudit/auditor/select"],
    ["/administrator", "/ca_functionality/view_ca"],
    ["/administrator", "/system_functionality/edit_systemconfiguration"],
]
EJ_DB_STACK = [
    "\tat org.jboss.ironjacamar.jdbcadapters@1.5.3.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.createLocalManagedConnection(LocalManagedConnectionFactory.java:355)",
    "\tat org.jboss.ironjacamar.jdbcadapters@1.5.3.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.getLocalManagedConnection(LocalManagedConnectionFactory.java:364)",
    "\tat org.jboss.ironjacamar.jdbcadapters@1.5.3.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.createManagedConnection(LocalManagedConnectionFactory.java:297)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.pool.mcp.SemaphoreConcurrentLinkedDequeManagedConnectionPool.createConnectionEventListener(SemaphoreConcurrentLinkedDequeManagedConnectionPool.java:1326)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.pool.mcp.SemaphoreConcurrentLinkedDequeManagedConnectionPool.getConnection(SemaphoreConcurrentLinkedDequeManagedConnectionPool.java:499)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.pool.AbstractPool.getTransactionNewConnection(AbstractPool.java:714)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.pool.AbstractPool.getConnection(AbstractPool.java:613)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.AbstractConnectionManager.getManagedConnection(AbstractConnectionManager.java:624)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.tx.TxConnectionManagerImpl.getManagedConnection(TxConnectionManagerImpl.java:440)",
    "\tat org.jboss.ironjacamar.impl@1.5.3.Final//org.jboss.jca.core.connectionmanager.AbstractConnectionManager.allocateConnection(AbstractConnectionManager.java:789)",
    "\tat org.jboss.ironjacamar.jdbcadapters@1.5.3.Final//org.jboss.jca.adapters.jdbc.WrapperDataSource.getConnection(WrapperDataSource.java:151)",
    "\tat org.hibernate@5.3.28.Final//org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
    "\tat org.hibernate@5.3.28.Final//org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:38)",
    "\tat org.hibernate@5.3.28.Final//org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:108)",
    "\t... 112 more",
    "Caused by: java.sql.SQLNonTransientConnectionException: Socket fail to connect to host:address=(host=ejbca-db.example.internal)(port=3306)(type=primary). Connection refused",
    "\tat org.mariadb.jdbc@3.1.4//org.mariadb.jdbc.client.impl.ConnectionHelper.connectSocket(ConnectionHelper.java:135)",
    "\tat org.mariadb.jdbc@3.1.4//org.mariadb.jdbc.client.impl.StandardClient.<init>(StandardClient.java:111)",
    "\tat org.mariadb.jdbc@3.1.4//org.mariadb.jdbc.Driver.connect(Driver.java:70)",
    "\t... 126 more",
]
EJ_SCEP_STACK = [
    "\tat org.jboss.as.ejb3@26.1.3.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.invokeInOurTx(CMTTxInterceptor.java:260)",
    "\tat org.jboss.as.ejb3@26.1.3.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.required(CMTTxInterceptor.java:390)",
    "\tat org.jboss.as.ejb3@26.1.3.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.processInvocation(CMTTxInterceptor.java:160)",
    "\tat org.ejbca.core.ejb.ra.EndEntityAuthenticationSessionBean$$$view157.authenticateUser(Unknown Source)",
    "\tat org.ejbca.core.protocol.scep.ScepMessageDispatcherSessionBean.scepCertRequest(ScepMessageDispatcherSessionBean.java:412)",
    "\tat org.ejbca.core.protocol.scep.ScepMessageDispatcherSessionBean.dispatchRequest(ScepMessageDispatcherSessionBean.java:198)",
    "\tat org.ejbca.ui.web.protocol.ScepServlet.service(ScepServlet.java:244)",
    "\tat org.ejbca.ui.web.protocol.ScepServlet.doGet(ScepServlet.java:130)",
    "\tat javax.servlet.api@2.0.0.Final//javax.servlet.http.HttpServlet.service(HttpServlet.java:503)",
    "\tat io.undertow.servlet@2.2.19.Final//io.undertow.servlet.handlers.ServletHandler.handleRequest(ServletHandler.java:74)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
    "Caused by: javax.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.hibernate@5.3.28.Final//org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:154)",
    "\tat org.hibernate@5.3.28.Final//org.hibernate.query.internal.AbstractProducedQuery.list(AbstractProducedQuery.java:1542)",
    "\tat org.ejbca.core.ejb.ra.UserData.findByUsername(UserData.java:780)",
    "\t... 58 more",
]


def ej_serial(r: random.Random) -> str:
    return hexid(r, 40).upper().lstrip("0")


def ej_cert(r: random.Random) -> str:
    return "MIIF" + base64.b64encode(r.randbytes(r.randint(990, 1130))).decode()


def ejbca(r: random.Random) -> list[Log]:
    """Two EJBCA nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    jvm = {"ejbca01": "ejbca01-jvm1", "ejbca02": "ejbca02-jvm1"}
    restart = (at(9, 31, 10.4), at(9, 32, 24.0))
    db_down = (at(9, 14, 5.2), at(9, 18, 49.7))

    def W(
        node: str,
        t: datetime,
        level: str,
        cat: str,
        thread: str,
        label: str,
        msg: str,
        more: tuple[str, ...] = (),
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level:<5} [{cat}] ({thread}) {msg}", *more]

        return fs.add(f"{node}-server.log", t, label, text, jvm[node], MS)

    def A(node: str, t: datetime, thread: str, label: str, body: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} INFO  [org.cesecore.audit.impl.log4j.Log4jDevice] ({thread}) {x:%Y-%m-%d %H:%M:%S}+00:00;{body}"
            ]

        return fs.add(f"{node}-server.log", t, "%s;" + label, text, jvm[node], MS)

    def access(node: str, t: datetime, thread: str, token: str, resources: list[str]) -> datetime:
        res = ";".join(f"resource{i}={x}" for i, x in enumerate(resources))
        return A(
            node,
            t,
            thread,
            "ACCESS_CONTROL;SUCCESS;ACCESSCONTROL;CORE;%s;;;;resource0=%s",
            f"ACCESS_CONTROL;SUCCESS;ACCESSCONTROL;CORE;{token};;;;{res}",
        )

    def up(node: str, t: datetime) -> bool:
        return node == "ejbca01" or not (restart[0] - sec(2) <= t < restart[1] + sec(3))

    def pick_node(t: datetime) -> str:
        node = r.choice(["ejbca01", "ejbca02"])
        return node if up(node, t) else "ejbca01"

    def task() -> str:
        return f"default task-{r.randint(1, 64)}"

    # the devices' certificates checked over OCSP all day
    pool = [(ej_serial(r), r.choice(["device", "device", "issuing"])) for _ in range(260)]
    clients = [c for c, _ in EJ_OCSP_CLIENTS]
    cweights = [w for _, w in EJ_OCSP_CLIENTS]
    for t in poisson(r, T0, T_END, 26.0):
        node = pick_node(t)
        serial, ca = r.choice(pool)
        th = task()
        t = W(
            node,
            t,
            "INFO",
            "org.cesecore.certificates.ocsp.OcspResponseGeneratorSessionBean",
            th,
            "Received OCSP request for certificate with serNo: %s, and issuerNameHash: %s. Client ip %s.",
            f"Received OCSP request for certificate with serNo: {serial}, and issuerNameHash: {EJ_CAS[ca][2]}. Client ip {r.choices(clients, cweights)[0]}.",
        )
        if db_down[0] <= t < db_down[1]:
            W(
                node,
                t + sec(r.uniform(0.004, 0.03)),
                "ERROR",
                "org.cesecore.certificates.ocsp.OcspResponseGeneratorSessionBean",
                th,
                "Error processing OCSP request. Message: %s.",
                "Error processing OCSP request. Message: javax.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection.",
            )

    # devices enrolled by the MDM connector: the end entity over the web service, then SCEP
    generated: list[str] = []

    def scep_op(node: str, t: datetime, proxy: str, op: str) -> datetime:
        th = task()
        t = W(
            node,
            t,
            "INFO",
            "org.ejbca.ui.web.protocol.ScepServlet",
            th,
            "Received a SCEP message from %s.",
            f"Received a SCEP message from {proxy}.",
        )
        return W(
            node,
            t + sec(r.uniform(0.003, 0.04)),
            "INFO",
            "org.ejbca.ui.web.protocol.ScepServlet",
            th,
            f"Sent a SCEP {op} response to %s.",
            f"Sent a SCEP {op} response to {proxy}.",
        )

    def enroll(t: datetime, user: str, added: bool, bad_pwd: bool) -> None:
        _, caid, _ = EJ_CAS["device"]
        if added:
            node = pick_node(t)
            th = task()
            t = access(
                node,
                t,
                th,
                EJ_MDM,
                [
                    "/administrator",
                    "/ra_functionality/create_end_entity",
                    "/endentityprofilesrules/1840176417/create_end_entity",
                    f"/ca/{caid}",
                ],
            )
            A(
                node,
                t + sec(r.uniform(0.01, 0.08)),
                th,
                "RA_ADDENDENTITY;SUCCESS;RA;CORE;%s;%s;;%s;msg=Added end entity %s.",
                f"RA_ADDENDENTITY;SUCCESS;RA;CORE;{EJ_MDM};{caid};;{user};msg=Added end entity {user}.",
            )
            t += sec(r.uniform(40, 600))
        proxy = r.choice(EJ_PROXIES)
        t = scep_op(pick_node(t), t, proxy, "GetCACaps") + sec(r.uniform(0.2, 1.5))
        t = scep_op(pick_node(t), t, proxy, "GetCACert") + sec(r.uniform(0.3, 2.5))
        node = pick_node(t)
        th = task()
        t = W(
            node,
            t,
            "INFO",
            "org.ejbca.ui.web.protocol.ScepServlet",
            th,
            "Received a SCEP message from %s.",
            f"Received a SCEP message from {proxy}.",
        )
        t += sec(r.uniform(0.02, 0.2))
        if db_down[0] <= t < db_down[1]:
            W(
                node,
                t,
                "ERROR",
                "org.ejbca.ui.web.protocol.ScepServlet",
                th,
                "Error processing SCEP request.",
                "Error processing SCEP request.: javax.ejb.EJBException: javax.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                tuple(EJ_SCEP_STACK),
            )
            return
        if not added and user not in generated:
            t = W(
                node,
                t,
                "INFO",
                "org.ejbca.core.ejb.ra.EndEntityAuthenticationSessionBean",
                th,
                "Got request for nonexisting user: %s.",
                f"Got request for nonexisting user: {user}.",
            )
        elif user in generated:
            t = W(
                node,
                t,
                "INFO",
                "org.ejbca.core.ejb.ra.EndEntityAuthenticationSessionBean",
                th,
                "Got request with status %s (%s), NEW, FAILED or INPROCESS required: %s.",
                f"Got request with status Generated (40), NEW, FAILED or INPROCESS required: {user}.",
            )
        elif bad_pwd:
            t = W(
                node,
                t,
                "INFO",
                "org.ejbca.core.ejb.ra.EndEntityAuthenticationSessionBean",
                th,
                "Got request for user with invalid password: %s.",
                f"Got request for user with invalid password: {user}.",
            )
        else:
            serial = ej_serial(r)
            t = A(
                node,
                t,
                th,
                "CERT_CREATION;SUCCESS;CERTIFICATE;CORE;%s;%s;%s;%s;subjectdn=%s;certprofile=%s;issuancerevocationreason=%s;cert=%s",
                f"CERT_CREATION;SUCCESS;CERTIFICATE;CORE;{user};{caid};{serial};{user};subjectdn=CN={user},OU=Devices,O=Example Corp;certprofile=1437280331;issuancerevocationreason=-1;cert={ej_cert(r)}",
            )
            t = A(
                node,
                t + sec(r.uniform(0.005, 0.05)),
                th,
                "RA_EDITENDENTITY;SUCCESS;RA;CORE;%s;%s;;%s;msg=Edited end entity %s, new status %s.",
                f"RA_EDITENDENTITY;SUCCESS;RA;CORE;{user};{caid};;{user};msg=Edited end entity {user}, new status 40.",
            )
            generated.append(user)
            pool.append((serial, "device"))
        W(
            node,
            t + sec(r.uniform(0.005, 0.06)),
            "INFO",
            "org.ejbca.ui.web.protocol.ScepServlet",
            th,
            "Sent a SCEP PKIOperation response to %s.",
            f"Sent a SCEP PKIOperation response to {proxy}.",
        )

    for t in poisson(r, T0 + sec(300), T_END - sec(600), 205.0):
        user = f"mdm-{hexid(r, 8)}"
        x = r.random()
        enroll(t, user, True, x < 0.05)
        if x > 0.9 and user in generated:
            # the device timed out on its first response and enrols again
            enroll(t + sec(r.uniform(700, 1500)), user, False, False)
    for _ in range(8):
        # wiped devices enrolling before the connector has added them again
        enroll(T0 + sec(r.uniform(600, 21000)), f"mdm-{hexid(r, 8)}", False, False)

    # retired devices revoked by the connector
    for _ in range(12):
        t = T0 + sec(r.uniform(300, 21300))
        node = pick_node(t)
        th = task()
        _, caid, _ = EJ_CAS["device"]
        t = access(
            node,
            t,
            th,
            EJ_MDM,
            [
                "/administrator",
                "/ra_functionality/revoke_end_entity",
                "/endentityprofilesrules/1840176417/revoke_end_entity",
                f"/ca/{caid}",
            ],
        )
        serial, _ = r.choice(pool)
        user = f"mdm-{hexid(r, 8)}"
        A(
            node,
            t + sec(r.uniform(0.01, 0.06)),
            th,
            "CERT_REVOKED;SUCCESS;CERTIFICATE;CORE;%s;%s;%s;%s;msg=Revoked certificate, reason: %s.",
            f"CERT_REVOKED;SUCCESS;CERTIFICATE;CORE;{EJ_MDM};{caid};{serial};{user};msg=Revoked certificate, reason: 5.",
        )

    # two administrators in the admin web
    for admin, t0, t1 in [
        (EJ_ADMINS[0], at(6, 41, 12), at(7, 9)),
        (EJ_ADMINS[1], at(9, 21, 40), at(9, 47)),
        (EJ_ADMINS[0], at(10, 33, 5), at(11, 2)),
    ]:
        node = pick_node(t0)
        t = t0
        while t < t1:
            pages = r.choice(EJ_ADMIN_PAGES) if r.random() < 0.85 else EJ_ADMIN_PAGES[0]
            t = access(node, t, task(), admin, pages) + sec(r.expovariate(1 / 22) + 2)

    # the CRL Updater service on ejbca01, hourly
    crlno = {"issuing": 4812, "device": 2290}
    for h in range(6, 12):
        t = at(h, 5, r.uniform(1, 4))
        for ca in ["issuing", "device"]:
            dn, caid, _ = EJ_CAS[ca]
            crlno[ca] += 1
            th = f"EJB default - {r.randint(1, 8)}"
            name = dn.split(",")[0][3:]
            t = A(
                "ejbca01",
                t,
                th,
                "CRL_CREATION;SUCCESS;CRL;CORE;%s;%s;;;msg=Created CRL with number %s for CA %s with DN: %s. ",
                f"CRL_CREATION;SUCCESS;CRL;CORE;Internal: CRL Updater;{caid};;;msg=Created CRL with number {crlno[ca]} for CA {name} with DN: {dn}. ",
            )
            t = A(
                "ejbca01",
                t + sec(r.uniform(0.02, 0.2)),
                th,
                "CRL_STORED;SUCCESS;CRL;CORE;%s;%s;;;msg=CRLNumber: %s, fingerprint: %s.  ",
                f"CRL_STORED;SUCCESS;CRL;CORE;Internal: CRL Updater;{caid};;;msg=CRLNumber: {crlno[ca]}, fingerprint: {hexid(r, 40)}.  ",
            ) + sec(r.uniform(0.3, 1.5))

    # the database failover: the connection pool, then the transaction reaper
    for node in ["ejbca01", "ejbca02"]:
        for _ in range(3):
            W(
                node,
                db_down[0] + sec(r.uniform(0.5, 200)),
                "WARN",
                "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool",
                task(),
                "IJ000604: Throwable while attempting to get a new connection: %s",
                "IJ000604: Throwable while attempting to get a new connection: null: javax.resource.ResourceException: IJ031084: Unable to create connection",
                tuple(EJ_DB_STACK),
            )
        for _ in range(2):
            tx = f"0:ffff0a140{r.randint(15, 16)}:{hexid(r, 8)}:{hexid(r, 8)}:{r.randint(100, 99999):x}"
            t = W(
                node,
                db_down[0] + sec(r.uniform(60, 260)),
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper",
                "ARJUNA012117: TransactionReaper::check timeout for TX %s in state  RUN",
                f"ARJUNA012117: TransactionReaper::check timeout for TX {tx} in state  RUN",
            )
            W(
                node,
                t + sec(r.uniform(0.001, 0.02)),
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper Worker 0",
                "ARJUNA012121: TransactionReaper::doCancellations worker %s successfully canceled TX %s",
                f"ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker 0,5,main] successfully canceled TX {tx}",
            )

    # ejbca02 restarted by the operators after the failover
    t = restart[0]
    for ctx in reversed(EJ_CONTEXTS):
        t = W(
            "ejbca02",
            t + sec(r.uniform(0.001, 0.02)),
            "INFO",
            "org.wildfly.extension.undertow",
            f"ServerService Thread Pool -- {r.randint(60, 99)}",
            "WFLYUT0022: Unregistered web context: '%s' from server '%s'",
            f"WFLYUT0022: Unregistered web context: '{ctx}' from server 'default-server'",
        )
    d = r.randint(900, 1600)
    t = W(
        "ejbca02",
        t + sec(d / 1000),
        "INFO",
        "org.jboss.as.server.deployment",
        "MSC service thread 1-3",
        "WFLYSRV0028: Stopped deployment %s (runtime-name: %s) in %dms",
        f"WFLYSRV0028: Stopped deployment ejbca.ear (runtime-name: ejbca.ear) in {d}ms",
    )
    W(
        "ejbca02",
        t + sec(0.08),
        "INFO",
        "org.jboss.as",
        "MSC service thread 1-1",
        "WFLYSRV0050: %s stopped in %dms",
        f"WFLYSRV0050: {EJ_WILDFLY} stopped in {d + r.randint(40, 90)}ms",
    )
    jvm["ejbca02"] = "ejbca02-jvm2"
    t = W(
        "ejbca02",
        at(9, 31, 41.3),
        "INFO",
        "org.jboss.as",
        "MSC service thread 1-2",
        "WFLYSRV0049: %s starting",
        f"WFLYSRV0049: {EJ_WILDFLY} starting",
    )
    t = W(
        "ejbca02",
        t + sec(r.uniform(3, 5)),
        "INFO",
        "org.jboss.as.connector.subsystems.datasources",
        "MSC service thread 1-4",
        "WFLYJCA0001: Bound data source [%s]",
        "WFLYJCA0001: Bound data source [java:/EjbcaDS]",
    )
    t = A(
        "ejbca02",
        t + sec(r.uniform(14, 22)),
        "ServerService Thread Pool -- 81",
        "EJBCA_STARTING;SUCCESS;SERVICE;EJBCA;StartupSingletonBean.init;;%s;;msg=Init, %s startup.",
        f"EJBCA_STARTING;SUCCESS;SERVICE;EJBCA;StartupSingletonBean.init;;ejbca02;;msg=Init, {EJ_VERSION} startup.",
    )
    for ctx in EJ_CONTEXTS:
        t = W(
            "ejbca02",
            t + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "org.wildfly.extension.undertow",
            f"ServerService Thread Pool -- {r.randint(70, 95)}",
            "WFLYUT0021: Registered web context: '%s' for server '%s'",
            f"WFLYUT0021: Registered web context: '{ctx}' for server 'default-server'",
        )
    t = W(
        "ejbca02",
        t + sec(r.uniform(0.5, 1.2)),
        "INFO",
        "org.jboss.as.server",
        "DeploymentScanner-threads - 2",
        'WFLYSRV0010: Deployed "%s" (runtime-name : "%s")',
        'WFLYSRV0010: Deployed "ejbca.ear" (runtime-name : "ejbca.ear")',
    )
    W(
        "ejbca02",
        t + sec(0.2),
        "INFO",
        "org.jboss.as",
        "Controller Boot Thread",
        "WFLYSRV0025: %s started in %dms - Started %d of %d services (%d services are lazy, passive or on-demand)",
        f"WFLYSRV0025: {EJ_WILDFLY} started in {int((t - at(9, 31, 38.9)).total_seconds() * 1000)}ms - Started 1523 of 1781 services (512 services are lazy, passive or on-demand)",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- Dogtag PKI

DT_HOST = "ipa1.corp.example"
DT_RA = "CN=IPA RA,O=CORP.EXAMPLE"
DT_CA = "CN=Certificate Authority,O=CORP.EXAMPLE"
DT_CLIENTS = [("10.1.0.11", 6), ("10.1.0.12", 3)]
DT_HOSTS = [
    "web01", "web02", "web03", "app01", "app02", "app03", "db01", "db02", "mail01", "vpn01",
    "nfs01", "build01", "build02", "build03", "mon01", "ldap-proxy01", "jump01", "git01",
]  # fmt: skip
DT_SERVICES = ["HTTP", "HTTP", "HTTP", "ldap", "postgres", "smtp", "imap", "nfs"]
DT_LDAP_DOWN = (at(9, 38, 12), at(9, 40, 41))
DT_RESTART = (at(10, 20, 4), at(10, 20, 51))
DT_LDAP_STACK = [
    "netscape.ldap.LDAPException: IO Error creating JSS SSL Socket (-1)",
    "\tat org.dogtagpki.server.PKIClientSocketListener.connect(PKIClientSocketListener.java:116)",
    "\tat org.mozilla.jss.ssl.javax.JSSSocket.connect(JSSSocket.java:360)",
    "\tat com.netscape.cmscore.ldapconn.PKISocketFactory.makeSSLSocket(PKISocketFactory.java:180)",
    "\tat com.netscape.cmscore.ldapconn.PKISocketFactory.makeSocket(PKISocketFactory.java:241)",
    "\tat netscape.ldap.LDAPConnSetupMgr.connectServer(LDAPConnSetupMgr.java:403)",
    "\tat netscape.ldap.LDAPConnSetupMgr.openSerial(LDAPConnSetupMgr.java:329)",
    "\tat netscape.ldap.LDAPConnSetupMgr.connect(LDAPConnSetupMgr.java:241)",
    "\tat netscape.ldap.LDAPConnThread.connect(LDAPConnThread.java:113)",
    "\tat netscape.ldap.LDAPConnection.connect(LDAPConnection.java:1099)",
    "\tat com.netscape.cmscore.ldapconn.LdapBoundConnection.<init>(LdapBoundConnection.java:108)",
    "\tat com.netscape.cmscore.ldapconn.LdapBoundConnFactory.makeConnection(LdapBoundConnFactory.java:177)",
    "\tat com.netscape.cmscore.ldapconn.LdapBoundConnFactory.getConn(LdapBoundConnFactory.java:295)",
    "\tat com.netscape.cmscore.dbs.DBSubsystem.createSession(DBSubsystem.java:764)",
    "\tat com.netscape.cmscore.usrgrp.UGSubsystem.getUserFromCert(UGSubsystem.java:417)",
    "\tat com.netscape.cms.authentication.CertUserDBAuthentication.authenticate(CertUserDBAuthentication.java:148)",
    "\tat com.netscape.cmscore.realm.PKIRealm.authenticate(PKIRealm.java:118)",
    "\tat org.apache.catalina.authenticator.SSLAuthenticator.doAuthenticate(SSLAuthenticator.java:84)",
    "\tat org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:633)",
    "\tat org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:49)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def dt_id(r: random.Random) -> str:
    """A random serial number or request id (RSNv3), in hex as PKI 11.4 writes them."""
    return "0x" + hexid(r, 32).lstrip("0")


def dogtag(r: random.Random) -> list[Log]:
    """The CA of a FreeIPA domain, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    dbg, aud = "debug.2024-06-07.log", "ca_audit"
    jvm = ["pki-tomcat-1"]

    def D(
        t: datetime, thread: str, level: str, label: str, msg: str, more: tuple[str, ...] = ()
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S} [{thread}] {level}: {msg}", *more]

        return fs.add(dbg, t, label, text, (jvm[0], dbg), SEC)

    def AU(
        t: datetime, thread: str, event: str, attrs: list[tuple[str, str]], what: str
    ) -> datetime:
        msg = f"[AuditEvent={event}]" + "".join(f"[{k}={v}]" for k, v in attrs) + f" {what}"

        def text(x: datetime) -> list[str]:
            return [f"0.{thread} - [{x:%d/%b/%Y:%H:%M:%S} UTC] [14] [6] {msg}"]

        ta = fs.add(aud, t, f"[AuditEvent={event}]%s {what}", text, (jvm[0], aud), SEC)
        td = D(
            ta, thread, "INFO", "SignedAuditLogger: event %s", f"SignedAuditLogger: event {event}"
        )
        return max(ta, td)

    def ldap_down(t: datetime) -> bool:
        return DT_LDAP_DOWN[0] <= t < DT_LDAP_DOWN[1]

    def up(t: datetime) -> bool:
        return not (DT_RESTART[0] - sec(1) <= t < DT_RESTART[1] + sec(2))

    clients = [c for c, _ in DT_CLIENTS]
    cweights = [w for _, w in DT_CLIENTS]

    def session(t: datetime, kind: str) -> None:
        """One connection of the IPA framework (the RA agent) to the CA's REST API."""
        if not up(t):
            return
        th = f"https-jsse-nio-8443-exec-{r.randint(1, 25)}"
        ip = r.choices(clients, cweights)[0]
        t = AU(
            t,
            th,
            "ACCESS_SESSION_ESTABLISH",
            [
                ("ClientIP", ip),
                ("ServerIP", "10.1.0.11"),
                ("SubjectID", DT_RA),
                ("Outcome", "Success"),
            ],
            "access session establish success",
        )
        t = D(
            t,
            th,
            "INFO",
            "PKIRealm: Authenticating certificate chain:",
            "PKIRealm: Authenticating certificate chain:",
        )
        t = D(t, th, "INFO", "PKIRealm: - %s", f"PKIRealm: - {DT_RA}")
        t = D(t, th, "INFO", "PKIRealm: - %s", f"PKIRealm: - {DT_CA}")
        if ldap_down(t):
            t = D(
                t,
                th,
                "SEVERE",
                "Internal Database Error encountered: Could not connect to LDAP server host %s port %d Error netscape.ldap.LDAPException: IO Error creating JSS SSL Socket (%d)",
                f"Internal Database Error encountered: Could not connect to LDAP server host {DT_HOST} port 636 Error netscape.ldap.LDAPException: IO Error creating JSS SSL Socket (-1)",
                tuple(DT_LDAP_STACK),
            )
            AU(
                t + sec(r.uniform(0, 1)),
                th,
                "CLIENT_ACCESS_SESSION_ESTABLISH",
                [
                    ("ClientHost", "10.1.0.11"),
                    ("ServerHost", DT_HOST),
                    ("ServerPort", "636"),
                    ("SubjectID", "SYSTEM"),
                    ("Outcome", "Failure"),
                    ("Info", "connect:java.net.ConnectException: Connection refused"),
                ],
                "access session failed to establish when Certificate System acts as client",
            )
            t = AU(
                t + sec(r.uniform(0, 1)),
                th,
                "AUTH",
                [
                    ("SubjectID", "$Unidentified$"),
                    ("Outcome", "Failure"),
                    ("AuthMgr", "certUserDBAuthMgr"),
                    ("AttemptedCred", DT_RA),
                ],
                "authentication failure",
            )
            AU(
                t + sec(r.uniform(0.1, 1)),
                th,
                "ACCESS_SESSION_TERMINATED",
                [
                    ("ClientIP", ip),
                    ("ServerIP", "10.1.0.11"),
                    ("SubjectID", DT_RA),
                    ("Outcome", "Success"),
                    ("Info", "serverAlertSent: CLOSE_NOTIFY"),
                ],
                "access session terminated",
            )
            return
        t = D(
            t,
            th,
            "INFO",
            "CertUserDBAuthentication: UID %s authenticated.",
            "CertUserDBAuthentication: UID ipara authenticated.",
        )
        t = AU(
            t,
            th,
            "AUTH",
            [("SubjectID", "ipara"), ("Outcome", "Success"), ("AuthMgr", "certUserDBAuthMgr")],
            "authentication success",
        )
        if kind == "read":
            acl, op = r.choice(
                [
                    ("certServer.ca.certs", "read"),
                    ("certServer.ca.certs", "list"),
                    ("certServer.ca.requests", "read"),
                ]
            )
        elif kind == "enroll":
            acl, op = "certServer.ca.certrequests", "execute"
        else:
            acl, op = "certServer.ca.certs", "execute"
        t = AU(
            t,
            th,
            "AUTHZ",
            [("SubjectID", "ipara"), ("Outcome", "Success"), ("aclResource", acl), ("Op", op)],
            "authorization success",
        )
        if kind == "enroll":
            t = AU(
                t,
                th,
                "ROLE_ASSUME",
                [
                    ("SubjectID", "ipara"),
                    ("Outcome", "Success"),
                    ("Role", "Certificate Manager Agents"),
                ],
                "assume privileged role",
            )
            host = r.choice(DT_HOSTS)
            profile = "caIPAserviceCert"
            t = D(
                t + sec(r.uniform(0, 0.6)),
                th,
                "INFO",
                "EnrollmentProcessor: profile: %s",
                f"EnrollmentProcessor: profile: {profile}",
            )
            req, serial = dt_id(r), dt_id(r)
            t = AU(
                t,
                th,
                "PROFILE_CERT_REQUEST",
                [
                    ("SubjectID", "ipara"),
                    ("Outcome", "Success"),
                    ("ReqID", req),
                    ("ProfileID", profile),
                    ("CertSubject", f"CN={host}.corp.example,O=CORP.EXAMPLE"),
                ],
                "certificate request made with certificate profiles",
            )
            t = D(
                t + sec(r.uniform(0, 0.8)),
                th,
                "INFO",
                "CertificateRepository: Adding certificate record %s",
                f"CertificateRepository: Adding certificate record {serial}",
            )
            t = AU(
                t,
                th,
                "CERT_REQUEST_PROCESSED",
                [
                    ("SubjectID", "ipara"),
                    ("Outcome", "Success"),
                    ("ReqID", req),
                    ("CertSerialNum", serial),
                ],
                "certificate request processed",
            )
        elif kind == "revoke":
            t = AU(
                t,
                th,
                "ROLE_ASSUME",
                [
                    ("SubjectID", "ipara"),
                    ("Outcome", "Success"),
                    ("Role", "Certificate Manager Agents"),
                ],
                "assume privileged role",
            )
            req, serial = dt_id(r), dt_id(r)
            t = AU(
                t,
                th,
                "CERT_STATUS_CHANGE_REQUEST",
                [
                    ("SubjectID", "ipara"),
                    ("Outcome", "Success"),
                    ("ReqID", req),
                    ("CertSerialNum", serial),
                    ("RequestType", "revoke"),
                ],
                "certificate revocation/unrevocation request made",
            )
            t = AU(
                t,
                th,
                "CERT_STATUS_CHANGE_REQUEST_PROCESSED",
                [
                    ("SubjectID", "ipara"),
                    ("Outcome", "Success"),
                    ("ReqID", req),
                    ("CertSerialNum", serial),
                    ("RequestType", "revoke"),
                    (
                        "RevokeReasonNum",
                        r.choice(["Superseded", "Cessation_of_Operation", "Key_Compromise"]),
                    ),
                    ("Approval", "complete"),
                ],
                "certificate status change request processed",
            )
        AU(
            t + sec(r.uniform(0.05, 1.5)),
            th,
            "ACCESS_SESSION_TERMINATED",
            [
                ("ClientIP", ip),
                ("ServerIP", "10.1.0.11"),
                ("SubjectID", DT_RA),
                ("Outcome", "Success"),
                ("Info", "serverAlertReceived: CLOSE_NOTIFY"),
            ],
            "access session terminated",
        )

    # certmonger renewals and cert-request calls; cert-show / cert-find from the Web UI and CLI
    for t in poisson(r, T0, T_END, 330.0):
        session(t, "enroll")
    for t in poisson(r, T0, T_END, 175.0):
        session(t, "read")
    for t in [at(7, 48, 31), at(10, 52, 3), at(11, 14, 40)]:
        session(t, "revoke")
    # the Directory Server's restart after its crash: certmonger retries and the Web UI
    for t in poisson(r, DT_LDAP_DOWN[0], DT_LDAP_DOWN[1], 14.0):
        session(t, r.choice(["read", "read", "enroll"]))
    t = DT_LDAP_DOWN[1] + sec(r.uniform(2, 6))
    for _ in range(3):
        t = AU(
            t,
            "LDAPConnThread",
            "CLIENT_ACCESS_SESSION_ESTABLISH",
            [
                ("ClientHost", "10.1.0.11"),
                ("ServerHost", DT_HOST),
                ("ServerPort", "636"),
                ("SubjectID", "SYSTEM"),
                ("Outcome", "Success"),
            ],
            "access session establish successfully when Certificate System acts as client",
        ) + sec(r.uniform(0.1, 2))
    # pki-tomcatd restarted by the administrator at 10:20
    t = D(DT_RESTART[0], "main", "INFO", "Shutting down CA subsystem", "Shutting down CA subsystem")
    t = D(
        t + sec(0.3),
        "main",
        "INFO",
        "RequestSubsystem: Request subsystem stopped",
        "RequestSubsystem: Request subsystem stopped",
    )
    AU(
        t + sec(0.5),
        "main",
        "AUDIT_LOG_SHUTDOWN",
        [("SubjectID", "$System$"), ("Outcome", "Success")],
        "audit function shutdown",
    )
    jvm[0] = "pki-tomcat-2"
    t = D(at(10, 20, 31), "main", "INFO", "Starting CA subsystem", "Starting CA subsystem")
    t = AU(
        t + sec(r.uniform(1, 2)),
        "main",
        "AUDIT_LOG_STARTUP",
        [("SubjectID", "$System$"), ("Outcome", "Success")],
        "audit function startup",
    )
    for _ in range(3):
        t = AU(
            t + sec(r.uniform(0.2, 1.5)),
            "main",
            "CLIENT_ACCESS_SESSION_ESTABLISH",
            [
                ("ClientHost", "10.1.0.11"),
                ("ServerHost", DT_HOST),
                ("ServerPort", "636"),
                ("SubjectID", "SYSTEM"),
                ("Outcome", "Success"),
            ],
            "access session establish successfully when Certificate System acts as client",
        )
    AU(
        t + sec(r.uniform(4, 9)),
        "main",
        "SELFTESTS_EXECUTION",
        [("SubjectID", "$System$"), ("Outcome", "Success")],
        "self tests execution (see selftests.log for details)",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- certbot

CB_VERSION = "2.9.0"
CB_ENTRY = "/snap/certbot/3566/bin/certbot"
CB_SITE = "/snap/certbot/3566/lib/python3.8/site-packages"
CB_FRAME = "- " * 39 + "-"
CB_WORDS = [
    "lindner", "baeckerei", "zahnarzt", "koenig", "physio", "mueller", "kanzlei", "weber", "autohaus",
    "brandt", "fliesen", "schulz", "hotel", "seeblick", "reisen", "horn", "tierarzt", "vogel", "optik",
    "klein", "garten", "berger", "praxis", "hoffmann", "yoga", "studio", "elektro", "becker", "sport",
    "wagner", "foto", "krause", "musik", "schule", "verein", "tennis", "camping", "alpen", "bio", "hof",
]  # fmt: skip
CB_TLDS = ["example", "example", "test"]
CB_OCSP_TB = [
    "Traceback (most recent call last):",
    f'  File "{CB_SITE}/urllib3/connection.py", line 203, in _new_conn',
    "    sock = connection.create_connection(",
    f'  File "{CB_SITE}/urllib3/util/connection.py", line 85, in create_connection',
    "    raise err",
    f'  File "{CB_SITE}/urllib3/util/connection.py", line 73, in create_connection',
    "    sock.connect(sa)",
    "ConnectionRefusedError: [Errno 111] Connection refused",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    f'  File "{CB_SITE}/requests/adapters.py", line 486, in send',
    "    resp = conn.urlopen(",
    f'  File "{CB_SITE}/urllib3/connectionpool.py", line 845, in urlopen',
    "    retries = retries.increment(",
    f'  File "{CB_SITE}/urllib3/util/retry.py", line 515, in increment',
    "    raise MaxRetryError(_pool, url, reason) from reason  # type: ignore[arg-type]",
    "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='r3.o.lencr.org', port=80): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    f'  File "{CB_SITE}/certbot/ocsp.py", line 226, in _check_ocsp_cryptography',
    "    response = requests.post(url, data=request_binary,",
    f'  File "{CB_SITE}/requests/api.py", line 115, in post',
    '    return request("post", url, data=data, json=json, **kwargs)',
    f'  File "{CB_SITE}/requests/adapters.py", line 519, in send',
    "    raise ConnectionError(e, request=request)",
    "requests.exceptions.ConnectionError: HTTPConnectionPool(host='r3.o.lencr.org', port=80): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
]
CB_RENEW_TB = [
    "Traceback (most recent call last):",
    f'  File "{CB_SITE}/acme/client.py", line 731, in _send_request',
    "    response = self.session.request(method, url, *args, **kwargs)",
    f'  File "{CB_SITE}/requests/adapters.py", line 519, in send',
    "    raise ConnectionError(e, request=request)",
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='acme-v02.api.letsencrypt.org', port=443): Max retries exceeded with url: /directory (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    f'  File "{CB_SITE}/certbot/_internal/renewal.py", line 540, in handle_renewal_request',
    "    main.renew_cert(lineage_config, plugins, renewal_candidate)",
    f'  File "{CB_SITE}/certbot/_internal/main.py", line 1548, in renew_cert',
    "    le_client = _init_le_client(config, auth, installer)",
    f'  File "{CB_SITE}/certbot/_internal/main.py", line 830, in _init_le_client',
    "    return client.Client(config, acc, authenticator, installer, acme=acme)",
    f'  File "{CB_SITE}/certbot/_internal/client.py", line 301, in __init__',
    "    acme = acme_from_config_key(config, self.account.key, self.account.regr)",
    f'  File "{CB_SITE}/certbot/_internal/client.py", line 59, in acme_from_config_key',
    "    directory = acme_client.ClientV2.get_directory(config.server, net)",
    f'  File "{CB_SITE}/acme/client.py", line 276, in get_directory',
    "    return messages.Directory.from_json(net.get(url).json())",
    f'  File "{CB_SITE}/acme/client.py", line 776, in get',
    "    self._send_request('GET', url, **kwargs), content_type=content_type)",
    f'  File "{CB_SITE}/acme/client.py", line 745, in _send_request',
    '    raise ValueError(f"Requesting {host}{path}:{err_msg}")',
    "ValueError: Requesting acme-v02.api.letsencrypt.org/directory: Connection refused",
]
CB_EXIT_TB = [
    "Traceback (most recent call last):",
    f'  File "{CB_ENTRY}", line 8, in <module>',
    "    sys.exit(main())",
    f'  File "{CB_SITE}/certbot/main.py", line 19, in main',
    "    return internal_main.main(cli_args)",
    f'  File "{CB_SITE}/certbot/_internal/main.py", line 1894, in main',
    "    return config.func(config, plugins)",
    f'  File "{CB_SITE}/certbot/_internal/main.py", line 1600, in renew',
    "    renewed_domains, failed_domains = renewal.handle_renewal_request(config)",
    f'  File "{CB_SITE}/certbot/_internal/renewal.py", line 573, in handle_renewal_request',
    "    raise errors.Error(",
    "certbot.errors.Error: {n} renew failure(s), 0 parse failure(s)",
]


def cb_lineages(r: random.Random, n: int, due: str | None) -> list[tuple[str, int, datetime, int]]:
    """(name, archive version, expiry, OCSP response size) for n lineages, one of them `due`."""
    names: set[str] = set()
    while len(names) < n - (1 if due else 0):
        a, b = r.sample(CB_WORDS, 2)
        host = r.choice(["", "", "www.", "shop.", "mail."])
        names.add(f"{host}{a}-{b}.{r.choice(CB_TLDS)}")
    if due:
        names.add(due)
    out = []
    for name in sorted(names):
        if name == due:
            exp = at(8, 5, 12) + sec(30 * 86400)
        else:
            exp = at(0, 0) + sec(r.uniform(31, 89) * 86400)
        out.append(
            (name, r.randint(1, 24), exp.replace(microsecond=0), r.choice([503, 503, 503, 504]))
        )
    return out


def certbot(r: random.Random) -> list[Log]:
    """Two hosting servers' hourly `certbot -q renew`, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    blocked = (at(7, 52, 40), T_END)  # web01's new egress policy rejects ports 80 and 443
    due = "shop.lindner-baeckerei.example"
    hosts = {
        "web01": (
            17,
            cb_lineages(r, 44, due),
            "PluginsRegistry(PluginEntryPoint#manual,PluginEntryPoint#null,PluginEntryPoint#standalone,PluginEntryPoint#webroot)",
        ),
        "web02": (
            43,
            cb_lineages(r, 14, None),
            "PluginsRegistry(PluginEntryPoint#apache,PluginEntryPoint#manual,PluginEntryPoint#nginx,PluginEntryPoint#null,PluginEntryPoint#standalone,PluginEntryPoint#webroot)",
        ),
    }
    account = {
        "web01": (873445121, datetime(2022, 11, 3, 8, 41, 17)),
        "web02": (1290377804, datetime(2023, 5, 22, 14, 3, 50)),
    }

    for host, (minute, lineages, plugins) in hosts.items():
        f = f"{host}-letsencrypt.log"
        for hour in range(6, 12):
            run = (host, hour)

            def L(
                t: datetime,
                level: str,
                logger: str,
                label: str,
                msg: str,
                more: list[str] | None = None,
                f: str = f,
                run: tuple[str, int] = run,
            ) -> datetime:
                lines = msg.split("\n") + (more or [])
                return fs.add(
                    f,
                    t,
                    label,
                    lambda ts: [
                        f"{ts:%Y-%m-%d %H:%M:%S},{ms3(ts)}:{level}:{logger}:{lines[0]}",
                        *lines[1:],
                    ],
                    run,
                    MS,
                )

            def N(t: datetime, label: str, msg: str) -> datetime:
                return L(
                    t,
                    "DEBUG",
                    "certbot._internal.display.obj",
                    "Notifying user: " + label,
                    "Notifying user: " + msg,
                )

            t = at(hour, minute, r.uniform(1, 2.5))
            t = L(
                t,
                "DEBUG",
                "certbot._internal.main",
                "certbot version: %s",
                f"certbot version: {CB_VERSION}",
            )
            t = L(
                t,
                "DEBUG",
                "certbot._internal.main",
                "Location of certbot entry point: %s",
                f"Location of certbot entry point: {CB_ENTRY}",
            )
            t = L(
                t, "DEBUG", "certbot._internal.main", "Arguments: %r", "Arguments: ['-q', 'renew']"
            )
            t = L(
                t,
                "DEBUG",
                "certbot._internal.main",
                "Discovered plugins: %r",
                f"Discovered plugins: {plugins}",
            )
            t = L(
                t + sec(r.uniform(0.01, 0.03)),
                "DEBUG",
                "certbot._internal.log",
                "Root logging level set at %d",
                "Root logging level set at 40",
            )
            skipped, failed = [], []
            slept = False
            for name, ver, exp, size in lineages:
                off = host == "web01" and blocked[0] <= t < blocked[1]
                cert = f"/etc/letsencrypt/archive/{name}/cert{ver}.pem"
                t = N(
                    t + sec(r.uniform(0.005, 0.03)),
                    "Processing %s",
                    f"Processing /etc/letsencrypt/renewal/{name}.conf",
                )
                t = L(
                    t + sec(r.uniform(0.01, 0.05)),
                    "DEBUG",
                    "urllib3.connectionpool",
                    "Starting new HTTP connection (%d): %s:%s",
                    "Starting new HTTP connection (1): r3.o.lencr.org:80",
                )
                if off:
                    addr = "7f" + hexid(r, 10)
                    t = L(
                        t + sec(r.uniform(0.001, 0.004)),
                        "INFO",
                        "certbot.ocsp",
                        "OCSP check failed for %s (are we offline?)",
                        f"OCSP check failed for {cert} (are we offline?)",
                        [x.replace("{addr}", addr) for x in CB_OCSP_TB],
                    )
                else:
                    t = L(
                        t + sec(r.uniform(0.02, 0.11)),
                        "DEBUG",
                        "urllib3.connectionpool",
                        '%s://%s:%s "%s %s %s" %s %s',
                        f'http://r3.o.lencr.org:80 "POST / HTTP/1.1" 200 {size}',
                    )
                    t = L(
                        t + sec(r.uniform(0.001, 0.004)),
                        "DEBUG",
                        "certbot.ocsp",
                        "OCSP response for certificate %s is signed by the certificate's issuer.",
                        f"OCSP response for certificate {cert} is signed by the certificate's issuer.",
                    )
                    t = L(
                        t,
                        "DEBUG",
                        "certbot.ocsp",
                        "OCSP certificate status for %s is: %s",
                        f"OCSP certificate status for {cert} is: OCSPCertStatus.GOOD",
                    )
                if exp - sec(30 * 86400) > t:
                    t = N(
                        t + sec(r.uniform(0.001, 0.005)),
                        "Certificate not yet due for renewal",
                        "Certificate not yet due for renewal",
                    )
                    skipped.append(
                        f"/etc/letsencrypt/live/{name}/fullchain.pem expires on {exp:%Y-%m-%d}"
                    )
                    continue
                t = L(
                    t + sec(r.uniform(0.001, 0.005)),
                    "DEBUG",
                    "certbot._internal.storage",
                    "Should renew, less than %s before certificate expiry %s.",
                    f"Should renew, less than 30 days before certificate expiry {exp:%Y-%m-%d %H:%M:%S} UTC.",
                )
                t = L(
                    t,
                    "INFO",
                    "certbot._internal.renewal",
                    "Certificate is due for renewal, auto-renewing...",
                    "Certificate is due for renewal, auto-renewing...",
                )
                if not slept:
                    delay = r.uniform(1, 480)
                    t = L(
                        t,
                        "INFO",
                        "certbot._internal.renewal",
                        "Non-interactive renewal: random delay of %s seconds",
                        f"Non-interactive renewal: random delay of {delay} seconds",
                    ) + sec(delay)
                    slept = True
                obj = "7f" + hexid(r, 10)
                t = L(
                    t,
                    "DEBUG",
                    "certbot._internal.plugins.selection",
                    "Requested authenticator %s and installer %s",
                    "Requested authenticator webroot and installer None",
                )
                t = L(
                    t + sec(r.uniform(0.005, 0.02)),
                    "DEBUG",
                    "certbot._internal.plugins.selection",
                    "Single candidate plugin: %s",
                    "Single candidate plugin: * webroot\n"
                    "Description: Saves the necessary validation files to a .well-known/acme-challenge/ directory within the nominated webroot path. A seperate HTTP server must be running and serving files from the webroot path. HTTP challenge only (wildcards not supported).\n"
                    "Interfaces: Authenticator, Plugin\n"
                    "Entry point: EntryPoint(name='webroot', value='certbot._internal.plugins.webroot:Authenticator', group='certbot.plugins')\n"
                    f"Initialized: <certbot._internal.plugins.webroot.Authenticator object at 0x{obj}>\n"
                    "Prep: True",
                )
                t = L(
                    t,
                    "DEBUG",
                    "certbot._internal.plugins.selection",
                    "Selected authenticator %s and installer %s",
                    f"Selected authenticator <certbot._internal.plugins.webroot.Authenticator object at 0x{obj}> and installer None",
                )
                t = L(
                    t,
                    "INFO",
                    "certbot._internal.plugins.selection",
                    "Plugins selected: Authenticator %s, Installer %s",
                    "Plugins selected: Authenticator webroot, Installer None",
                )
                acct, created = account[host]
                t = L(
                    t + sec(r.uniform(0.01, 0.03)),
                    "DEBUG",
                    "certbot._internal.main",
                    "Picked account: %r",
                    f"Picked account: <Account(RegistrationResource(body=Registration(key=None, contact=(), agreement=None, status=None, terms_of_service_agreed=None, only_return_existing=None, external_account_binding=None), uri='https://acme-v02.api.letsencrypt.org/acme/acct/{acct}', new_authzr_uri=None, terms_of_service=None), {hexid(r, 32)}, Meta(creation_dt=datetime.datetime({created.year}, {created.month}, {created.day}, {created.hour}, {created.minute}, {created.second}, tzinfo=<UTC>), creation_host='{host}.hoster.example', register_to_eff=None))>",
                )
                t = L(
                    t + sec(r.uniform(0.001, 0.004)),
                    "DEBUG",
                    "acme.client",
                    "Sending %s request to %s.",
                    "Sending GET request to https://acme-v02.api.letsencrypt.org/directory.",
                )
                t = L(
                    t + sec(r.uniform(0.001, 0.004)),
                    "DEBUG",
                    "urllib3.connectionpool",
                    "Starting new HTTPS connection (%d): %s:%s",
                    "Starting new HTTPS connection (1): acme-v02.api.letsencrypt.org:443",
                )
                addr = "7f" + hexid(r, 10)
                t = L(
                    t + sec(r.uniform(0.002, 0.006)),
                    "ERROR",
                    "certbot._internal.renewal",
                    "Failed to renew certificate %s with error: Requesting %s%s:%s",
                    f"Failed to renew certificate {name} with error: Requesting acme-v02.api.letsencrypt.org/directory: Connection refused",
                )
                t = L(
                    t,
                    "DEBUG",
                    "certbot._internal.renewal",
                    "Traceback was:\\n%s",
                    "Traceback was:",
                    [x.replace("{addr}", addr) for x in CB_RENEW_TB],
                )
                failed.append(f"/etc/letsencrypt/live/{name}/fullchain.pem")
            t = N(t + sec(r.uniform(0.001, 0.004)), "\\n" + CB_FRAME, "\n" + CB_FRAME)
            t = N(
                t,
                "The following certificates are not due for renewal yet:",
                "The following certificates are not due for renewal yet:",
            )
            t = N(
                t,
                "  %s expires on %s (skipped)",
                "  " + "\n  ".join(f"{x} (skipped)" for x in skipped),
            )
            if failed:
                t = L(
                    t,
                    "ERROR",
                    "certbot._internal.renewal",
                    "All %ss failed. The following certificates could not be renewed:",
                    "All renewals failed. The following certificates could not be renewed:",
                )
                t = L(
                    t,
                    "ERROR",
                    "certbot._internal.renewal",
                    "  %s (failure)",
                    "  " + "\n  ".join(f"{x} (failure)" for x in failed),
                )
            else:
                t = N(t, "No renewals were attempted.", "No renewals were attempted.")
            t = N(t, CB_FRAME, CB_FRAME)
            if failed:
                t = L(
                    t + sec(r.uniform(0.001, 0.003)),
                    "DEBUG",
                    "certbot._internal.log",
                    "Exiting abnormally:",
                    "Exiting abnormally:",
                    [x.replace("{n}", str(len(failed))) for x in CB_EXIT_TB],
                )
                L(
                    t,
                    "ERROR",
                    "certbot._internal.log",
                    "%d renew failure(s), %d parse failure(s)",
                    f"{len(failed)} renew failure(s), 0 parse failure(s)",
                )
            else:
                L(
                    t,
                    "DEBUG",
                    "certbot._internal.renewal",
                    "no renewal failures",
                    "no renewal failures",
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ CFSSL

CF_ENDPOINTS = [
    "scan", "revoke", "health", "sign", "gencrl", "info", "scaninfo", "ocspsign", "/",
    "bundle", "newkey", "newcert", "init_ca", "certinfo", "authsign", "crl",
]  # fmt: skip
CF_OLD = ["cfssl-84c7d9f5b6-mq2xk", "cfssl-84c7d9f5b6-t7wzn"]
CF_NEW = ["cfssl-6b9d4f7c8d-4hjlp", "cfssl-6b9d4f7c8d-vx9sr"]
CF_NODES = {
    CF_OLD[0]: "10.0.2.11",
    CF_OLD[1]: "10.0.2.13",
    CF_NEW[0]: "10.0.2.12",
    CF_NEW[1]: "10.0.2.11",
}


def cfssl(r: random.Random) -> list[Log]:
    """Two `cfssl serve` replicas, replaced at 09:12, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    rollout = at(9, 12, 14)
    new_up = {CF_NEW[0]: at(9, 12, 3), CF_NEW[1]: at(9, 12, 36)}
    old_down = {CF_OLD[0]: at(9, 12, 19), CF_OLD[1]: at(9, 12, 52)}
    bad_key = (at(7, 40, 10), at(8, 25, 30))
    db_down = (at(10, 31, 2), at(10, 44, 18))
    whitelist = (at(10, 55, 40), at(11, 31))

    def L(pod: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{pod}.log", t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{level}] {msg}"], pod, SEC
        )

    def alive(t: datetime) -> list[str]:
        pods = [p for p in CF_OLD if t < old_down[p]] + [
            p for p in CF_NEW if t >= new_up[p] + sec(2)
        ]
        return pods

    def pod_at(t: datetime) -> str | None:
        pods = alive(t)
        return r.choice(pods) if pods else None

    def req(pod: str, t: datetime, src: str, method: str, path: str, status: int) -> datetime:
        return L(pod, t, "INFO", '%s - "%s %s" %d', f'{src} - "{method} {path}" {status}')

    def port() -> int:
        return r.randint(32768, 60999)

    # start-up of the new replicas
    for pod, t in new_up.items():
        t = L(pod, t, "INFO", "Initializing signer", "Initializing signer")
        t = L(
            pod,
            t,
            "WARNING",
            "couldn't initialize ocsp signer: open %s: no such file or directory",
            "couldn't initialize ocsp signer: open : no such file or directory",
        )
        eps = list(CF_ENDPOINTS)
        r.shuffle(eps)
        for ep in eps:
            path = ep if ep == "/" else f"/api/v1/cfssl/{ep}"
            if ep == "bundle":
                t = L(pod, t, "INFO", "bundler API ready", "bundler API ready")
            if ep == "newkey":
                t = L(
                    pod,
                    t,
                    "INFO",
                    "setting up key / CSR generator",
                    "setting up key / CSR generator",
                )
            if ep == "sign":
                t = L(
                    pod,
                    t,
                    "WARNING",
                    """endpoint '%s' is disabled: {"code":5200,"message":"Invalid or unknown policy"}""",
                    f"""endpoint '{path}' is disabled: {{"code":5200,"message":"Invalid or unknown policy"}}""",
                )
            elif ep == "ocspsign":
                t = L(
                    pod,
                    t,
                    "WARNING",
                    "endpoint '%s' is disabled: signer not initialized",
                    f"endpoint '{path}' is disabled: signer not initialized",
                )
            else:
                t = L(pod, t, "INFO", "endpoint '%s' is enabled", f"endpoint '{path}' is enabled")
        t = L(pod, t, "INFO", "Handler set up complete.", "Handler set up complete.")
        L(pod, t, "INFO", "Now listening on %s", "Now listening on 0.0.0.0:8888")

    # the kubelet's readiness probe, every 60 s
    for pod in CF_OLD + CF_NEW:
        t0 = T0 if pod in CF_OLD else new_up[pod] + sec(5)
        t1 = old_down[pod] if pod in CF_OLD else T_END
        for t in every(r, t0 + sec(r.uniform(0, 60)), t1, 60, 0.05):
            req(pod, t, f"{CF_NODES[pod]}:{port()}", "GET", "/api/v1/cfssl/health", 200)

    # certificate renewals over authsign from the fleet (cfssl gencert -remote)
    fleet = [f"10.0.{r.choice([4, 5, 6])}.{r.randint(10, 250)}" for _ in range(160)]
    runners = [f"10.0.7.{n}" for n in range(21, 35)]

    def sign(t: datetime, src: str, outcome: str) -> None:
        pod = pod_at(t)
        if pod is None:
            return
        t = L(pod, t, "INFO", "signature request received", "signature request received")
        if outcome == "badtoken":
            t = L(
                pod,
                t + sec(0.001),
                "WARNING",
                "received authenticated request with invalid token",
                "received authenticated request with invalid token",
            )
            req(pod, t, f"{src}:{port()}", "POST", "/api/v1/cfssl/authsign", 400)
            return
        if outcome == "whitelist":
            t = L(
                pod,
                t + sec(0.002),
                "ERROR",
                """signature failed: {"code":5500,"message":"Request does not match policy whitelist"}""",
                """signature failed: {"code":5500,"message":"Request does not match policy whitelist"}""",
            )
            req(pod, t, f"{src}:{port()}", "POST", "/api/v1/cfssl/authsign", 5500)
            return
        serial = str(r.getrandbits(159) | (1 << 150))
        t = L(
            pod,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "signed certificate with serial number %d",
            f"signed certificate with serial number {serial}",
        )
        if db_down[0] <= t < db_down[1]:
            t = L(
                pod,
                t + sec(r.uniform(0.5, 3)),
                "ERROR",
                """signature failed: {"code":11000,"message":"dial tcp %s: connect: connection refused"}""",
                """signature failed: {"code":11000,"message":"dial tcp 10.96.14.22:5432: connect: connection refused"}""",
            )
            req(pod, t, f"{src}:{port()}", "POST", "/api/v1/cfssl/authsign", 11000)
            return
        t = L(pod, t + sec(r.uniform(0.005, 0.03)), "INFO", "wrote response", "wrote response")
        req(pod, t, f"{src}:{port()}", "POST", "/api/v1/cfssl/authsign", 200)

    for t in poisson(r, T0, T_END, 78.0):
        if rollout - sec(5) <= t < rollout + sec(45):
            continue
        sign(t, r.choice(fleet), "ok")
    # the build runners' pool deployed with the previous auth key, retrying every 5 minutes
    for src in runners:
        for t in every(r, bad_key[0] + sec(r.uniform(0, 300)), bad_key[1], 300, 20):
            sign(t, src, "badtoken")
    # a team's pipeline asking for names outside the profile's whitelist
    for t in every(r, whitelist[0], whitelist[1], 240, 60):
        sign(t, "10.0.6.77", "whitelist")
    # clients fetching the CA certificate, the CRL job, revocations
    for t in poisson(r, T0, T_END, 170.0):
        pod = pod_at(t)
        if pod:
            req(pod, t, f"{r.choice(fleet)}:{port()}", "POST", "/api/v1/cfssl/info", 200)
    for t in every(r, T0 + sec(420), T_END, 900, 5):
        pod = pod_at(t)
        if pod:
            req(pod, t, f"10.0.3.40:{port()}", "GET", "/api/v1/cfssl/crl?expiry=48h", 200)
    for t in sorted(T0 + sec(r.uniform(900, 21000)) for _ in range(9)):
        pod = pod_at(t)
        if pod:
            req(pod, t, f"10.0.3.41:{port()}", "POST", "/api/v1/cfssl/revoke", 200)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ Rekor

RK_OLD = ["rekor-server-7b9f6d4c8-4kqzx", "rekor-server-7b9f6d4c8-xv2mn"]
RK_NEW = ["rekor-server-5d6c8b9f7-hl8wd", "rekor-server-5d6c8b9f7-rt4pn"]
RK_HOST = "rekor.sigstore.corp.example"
RK_TYPES = [
    ("alpine", ["0.0.1"]), ("cose", ["0.0.1"]), ("dsse", ["0.0.1"]), ("hashedrekord", ["0.0.1"]),
    ("helm", ["0.0.1"]), ("intoto", ["0.0.1", "0.0.2"]), ("jar", ["0.0.1"]), ("rekord", ["0.0.1"]),
    ("rfc3161", ["0.0.1"]), ("rpm", ["0.0.1"]), ("tuf", ["0.0.1"]),
]  # fmt: skip
RK_APIS = [
    "getLogInfo",
    "getPublicKey",
    "getLogProof",
    "createLogEntry",
    "getLogEntryByIndex",
    "getLogEntryByUUID",
    "searchLogQuery",
    "searchIndex",
]
RK_SETTINGS = (
    "map[attestation_storage_bucket: enable_attestation_storage:false enable_killswitch:false "
    "enable_retrieve_api:true enable_stable_checkpoint:true enabled_api_endpoints:[getLogInfo getPublicKey "
    "getLogProof createLogEntry getLogEntryByIndex getLogEntryByUUID searchLogQuery] log_type:prod "
    "max_request_body_size:0 port:3000 redis_server:map[address:rekor-redis.rekor-system.svc enable-tls:false "
    "insecure-skip-verify:false password: port:6379] rekor_server:map[address::: hostname:rekor.sigstore.corp.example "
    "signer:memory signer-passwd: timestamp_signer:memory] search_index:map[storage_provider:redis] "
    "trillian_log_server:map[address:trillian-log-server.rekor-system.svc port:8090 sharding_config: tlog_id:0]]"
)
RK_STACK = (
    "github.com/sigstore/rekor/pkg/api.handleRekorAPIError.func1\n"
    "\tgithub.com/sigstore/rekor/pkg/api/error.go:72\n"
    "github.com/sigstore/rekor/pkg/api.handleRekorAPIError\n"
    "\tgithub.com/sigstore/rekor/pkg/api/error.go:{line}\n"
    "github.com/sigstore/rekor/pkg/api.{handler}Handler\n"
    "\tgithub.com/sigstore/rekor/pkg/api/{file}\n"
    "github.com/go-openapi/runtime/middleware.(*Context).RouteInfo\n"
    "\tgithub.com/go-openapi/runtime@v0.28.0/middleware/context.go:475\n"
    "net/http.HandlerFunc.ServeHTTP\n"
    "\tnet/http/server.go:2166"
)


def jq(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def rekor(r: random.Random) -> list[Log]:
    """A private Rekor's two replicas, upgraded at 09:02, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    start = {RK_NEW[0]: at(9, 2, 7), RK_NEW[1]: at(9, 3, 18)}
    stop = {RK_OLD[0]: at(9, 2, 41), RK_OLD[1]: at(9, 3, 52)}
    trillian_down = (at(7, 25, 3), at(7, 27, 40))
    signer_slow = (at(10, 10, 30), at(10, 18, 5))
    redis_down = (at(10, 40, 12), at(10, 43, 2))
    prefix = {p: f"{p}/{b62(r, 10)}" for p in RK_OLD + RK_NEW}
    seq = {p: r.randint(20000, 90000) if p in RK_OLD else 0 for p in RK_OLD + RK_NEW}

    def J(
        pod: str,
        t: datetime,
        sev: str,
        caller: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
        stack: str = "",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            s = f'{{"severity":"{sev}","time":"{x:%Y-%m-%dT%H:%M:%S}Z","caller":"{caller}","message":{jq(msg)}'
            for k, v in fields:
                s += f',"{k}":' + json.dumps(v, ensure_ascii=False, separators=(",", ":"))
            if stack:
                s += ',"stacktrace":' + jq(stack)
            return [s + "}"]

        return fs.add(f"{pod}.log", t, label, text, pod, SEC)

    def alive(t: datetime) -> list[str]:
        return [p for p in RK_OLD if t < stop[p]] + [p for p in RK_NEW if t >= start[p] + sec(3)]

    def rid(pod: str) -> str:
        seq[pod] += 1 + r.choice([0, 0, 1, 1, 2])  # the kubelet's /ping probes take ids too
        return f"{prefix[pod]}-{seq[pod]:06d}"

    ingress = [f"10.42.{a}.{b}" for a, b in [(1, 9), (2, 14), (3, 7)]]

    pending: list[tuple[datetime, int, tuple]] = []

    def request(*args: object) -> None:
        pending.append((args[0], len(pending), args))  # type: ignore[arg-type]

    def handle(
        t: datetime,
        method: str,
        url: str,
        status: int,
        size_in: int,
        size_out: int,
        ua: str,
        latency: float,
        err: tuple[str, str, str, str, str] | None = None,
    ) -> None:
        pods = alive(t)
        if not pods:
            return
        pod = r.choice(pods)
        req_id = rid(pod)
        if err:
            sev, label, msg, handler, client_msg = err
            if sev == "ERROR":
                line, file = {
                    "CreateLogEntry": ("145", "entries.go:318"),
                    "GetLogInfo": ("193", "tlog.go:64"),
                    "SearchIndex": ("231", "index.go:118"),
                }[handler]
                J(
                    pod,
                    t + sec(latency * 0.95),
                    "ERROR",
                    "api/error.go:72",
                    label,
                    msg,
                    [
                        ("requestID", req_id),
                        ("handler", handler),
                        ("statusCode", status),
                        ("clientMessage", client_msg),
                    ],
                    RK_STACK.replace("{line}", line)
                    .replace("{handler}", handler)
                    .replace("{file}", file),
                )
            elif handler:
                J(
                    pod,
                    t + sec(latency * 0.95),
                    "WARNING",
                    "api/error.go:70",
                    label,
                    msg,
                    [
                        ("requestID", req_id),
                        ("handler", handler),
                        ("statusCode", status),
                        ("clientMessage", client_msg),
                    ],
                )
            else:
                J(
                    pod,
                    t + sec(latency * 0.95),
                    "WARNING",
                    "restapi/configure_rekor_server.go:314",
                    label,
                    msg,
                    [("requestID", req_id), ("code", int(client_msg))],
                )
        http = {
            "requestMethod": method,
            "requestUrl": f"http://{RK_HOST}{url}",
            "requestSize": str(size_in),
            "status": status,
            "responseSize": str(size_out),
            "userAgent": ua,
            "remoteIp": f"{r.choice(ingress)}:{r.randint(32768, 60999)}",
            "latency": f"{latency:.9f}s",
            "protocol": "HTTP/1.1",
        }
        J(
            pod,
            t + sec(latency),
            "INFO",
            "restapi/configure_rekor_server.go:268",
            "completed request",
            "completed request",
            [("requestID", req_id), ("httpRequest", http)],
        )

    # start-up of the new replicas and shutdown of the old ones (the 1.3.6 upgrade at 09:02)
    for pod, t in start.items():
        t = J(
            pod,
            t,
            "INFO",
            "app/serve.go:94",
            "starting rekor-server @ %v",
            f"starting rekor-server @ {RK_SETTINGS}",
            [],
        )
        types = list(RK_TYPES)
        r.shuffle(types)
        for name, versions in types:
            t = J(
                pod,
                t,
                "INFO",
                "app/serve.go:121",
                "Loading support for pluggable type '%v'",
                f"Loading support for pluggable type '{name}'",
                [],
            )
            for v in versions:
                t = J(
                    pod,
                    t,
                    "INFO",
                    "app/serve.go:122",
                    "Loading version '%v' for pluggable type '%v'",
                    f"Loading version '{v}' for pluggable type '{name}'",
                    [],
                )
        for api in RK_APIS:
            t = J(
                pod,
                t,
                "INFO",
                "restapi/configure_rekor_server.go:100",
                "Enabling API endpoint: %s",
                f"Enabling API endpoint: {api}",
                [],
            )
        J(
            pod,
            t + sec(0.3),
            "INFO",
            "restapi/server.go:302",
            "Serving rekor server at http://%s",
            "Serving rekor server at http://[::]:3000",
            [],
        )
    for pod, t in stop.items():
        t = J(pod, t, "INFO", "restapi/server.go:376", "Shutting down... ", "Shutting down... ", [])
        J(
            pod,
            t + sec(r.uniform(0.4, 1.5)),
            "INFO",
            "restapi/server.go:311",
            "Stopped serving rekor server at http://%s",
            "Stopped serving rekor server at http://[::]:3000",
            [],
        )

    def refused(addr: str) -> str:
        return f'grpc err: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp {addr}: connect: connection refused"'

    cosign = "cosign/v2.2.4 (linux; amd64)"
    # CI signing: a new entry per signature or attestation
    size = 48000123
    for t in poisson(r, T0, T_END, 28.0):
        kind = r.random()
        body = r.randint(1700, 2400) if kind < 0.75 else r.randint(5200, 14800)
        if in_any(t, [trillian_down]):
            request(
                t,
                "POST",
                "/api/v1/log/entries",
                500,
                body,
                97,
                cosign,
                r.uniform(0.001, 0.004),
                (
                    "ERROR",
                    'grpc err: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
                    refused("10.43.112.9:8090"),
                    "CreateLogEntry",
                    "unexpected error communicating with transparency log",
                ),
            )
        elif in_any(t, [signer_slow]) and r.random() < 0.6:
            request(
                t,
                "POST",
                "/api/v1/log/entries",
                500,
                body,
                97,
                cosign,
                r.uniform(30.0, 30.2),
                (
                    "ERROR",
                    "grpc err: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                    "grpc err: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                    "CreateLogEntry",
                    "unexpected error communicating with transparency log",
                ),
            )
        elif r.random() < 0.03:
            request(
                t,
                "POST",
                "/api/v1/log/entries",
                400,
                body,
                162,
                cosign,
                r.uniform(0.003, 0.012),
                (
                    "WARNING",
                    "verifying signature: invalid signature when validating ASN.1 encoded signature",
                    "verifying signature: invalid signature when validating ASN.1 encoded signature",
                    "CreateLogEntry",
                    "error processing entry: verifying signature: invalid signature when validating ASN.1 encoded signature",
                ),
            )
        elif r.random() < 0.05:
            request(t, "POST", "/api/v1/log/entries", 409, body, 189, cosign, r.uniform(0.01, 0.05))
        else:
            size += 1
            request(
                t,
                "POST",
                "/api/v1/log/entries",
                201,
                body,
                body + r.randint(900, 1300),
                cosign,
                r.uniform(0.4, 2.6) if in_any(t, [signer_slow]) else r.uniform(0.05, 0.35),
            )
    # rekor-monitor: the checkpoint and a consistency proof every two minutes
    last = size - 30
    for t in every(r, T0 + sec(r.uniform(0, 120)), T_END, 120, 1.5):
        ua = "Go-http-client/1.1"
        if in_any(t, [trillian_down]):
            request(
                t,
                "GET",
                "/api/v1/log?stable=true",
                500,
                0,
                97,
                ua,
                r.uniform(0.001, 0.004),
                (
                    "ERROR",
                    'grpc err: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
                    refused("10.43.112.9:8090"),
                    "GetLogInfo",
                    "unexpected error communicating with transparency log",
                ),
            )
            continue
        request(
            t,
            "GET",
            "/api/v1/log?stable=true",
            200,
            0,
            r.randint(1020, 1090),
            ua,
            r.uniform(0.002, 0.02),
        )
        now = last + r.randint(2, 9)
        request(
            t + sec(r.uniform(0.2, 0.6)),
            "GET",
            f"/api/v1/log/proof?firstSize={last}&lastSize={now}",
            200,
            0,
            r.randint(1500, 1900),
            ua,
            r.uniform(0.005, 0.04),
        )
        last = now
    # searches and lookups: the audit script, rekor-cli, sigstore-go verifiers
    uas = [
        ("python-requests/2.31.0", 4),
        ("rekor-cli/v1.3.6 (linux; amd64)", 2),
        ("sigstore-go/0.3.0 (linux; amd64)", 3),
        (cosign, 2),
    ]
    ua_names = [u for u, _ in uas]
    ua_weights = [w for _, w in uas]
    for t in poisson(r, T0, T_END, 41.0):
        ua = r.choices(ua_names, ua_weights)[0]
        x = r.random()
        if x < 0.35:
            if in_any(t, [redis_down]):
                request(
                    t,
                    "POST",
                    "/api/v1/index/retrieve",
                    500,
                    82,
                    96,
                    ua,
                    r.uniform(0.001, 0.004),
                    (
                        "ERROR",
                        "index storage error: dial tcp %s: connect: connection refused",
                        "index storage error: dial tcp 10.43.80.15:6379: connect: connection refused",
                        "SearchIndex",
                        "unexpected result from searching index",
                    ),
                )
            else:
                request(
                    t,
                    "POST",
                    "/api/v1/index/retrieve",
                    200,
                    82,
                    r.choice([3, 70, 70, 137, 204]),
                    ua,
                    r.uniform(0.002, 0.02),
                )
        elif x < 0.6:
            request(
                t,
                "POST",
                "/api/v1/log/entries/retrieve",
                200,
                r.choice([89, 156, 223]),
                r.randint(2900, 9800),
                ua,
                r.uniform(0.01, 0.09),
            )
        elif x < 0.85:
            uuid = "24296fb24b8ad77a" + hexid(r, 64)
            request(
                t,
                "GET",
                f"/api/v1/log/entries/{uuid}",
                200,
                0,
                r.randint(2900, 4800),
                ua,
                r.uniform(0.008, 0.06),
            )
        elif x < 0.93:
            request(
                t,
                "GET",
                f"/api/v1/log/entries?logIndex={r.randint(10, size - 40000)}",
                200,
                0,
                r.randint(2900, 4800),
                ua,
                r.uniform(0.008, 0.06),
            )
        else:
            request(t, "GET", "/api/v1/log/publicKey", 200, 0, 178, ua, r.uniform(0.001, 0.004))
    # a deploy script posting an empty body, a dashboard with a stray slash, HEAD checks
    for t in every(r, at(8, 31), at(8, 52), 95, 20):
        request(
            t,
            "POST",
            "/api/v1/log/entries",
            422,
            0,
            73,
            "curl/8.5.0",
            r.uniform(0.0005, 0.002),
            ("WARNING", "%s in %s is required", "proposedEntry in body is required", "", "602"),
        )
    for t in poisson(r, at(6, 20), at(11, 40), 900.0):
        request(
            t,
            "GET",
            "/api/v1/log/entries/retrieve/",
            404,
            0,
            62,
            "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
            r.uniform(0.0003, 0.001),
            (
                "WARNING",
                "path %s was not found",
                "path /api/v1/log/entries/retrieve/ was not found",
                "",
                "404",
            ),
        )
    for t in every(r, at(6, 5), T_END, 600, 10):
        request(
            t,
            "HEAD",
            "/api/v1/log",
            405,
            0,
            0,
            "Blackbox Exporter/0.25.0",
            r.uniform(0.0003, 0.001),
            (
                "WARNING",
                "method %s is not allowed, but [%s] are",
                "method HEAD is not allowed, but [GET] are",
                "",
                "405",
            ),
        )
    # the audit script retrying its searches while Redis restarts
    for t in poisson(r, redis_down[0], redis_down[1], 20.0):
        request(
            t,
            "POST",
            "/api/v1/index/retrieve",
            500,
            82,
            96,
            "python-requests/2.31.0",
            r.uniform(0.001, 0.004),
            (
                "ERROR",
                "index storage error: dial tcp %s: connect: connection refused",
                "index storage error: dial tcp 10.43.80.15:6379: connect: connection refused",
                "SearchIndex",
                "unexpected result from searching index",
            ),
        )
    for _, _, args in sorted(pending, key=lambda x: (x[0], x[1])):
        handle(*args)  # type: ignore[arg-type]
    return fs.logs(T0)


SYSTEMS = {
    "ejbca": ejbca,
    "dogtag-pki": dogtag,
    "certbot": certbot,
    "cfssl": cfssl,
    "rekor": rekor,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

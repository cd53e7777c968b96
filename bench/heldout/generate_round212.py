#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 212 (tika-server, ofbiz, openmrs, dspace, liquibase) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Java server programs, 06:00 to 12:00 on
2024-06-07. None of the five was in the set.

- Apache Tika 2.9 server (`tika1-tika-server.log`, `tika2-tika-server.log`: tika-server's own
  log4j2 layout `%-5p [%t] %d{HH:mm:ss,SSS} %c %m%n`, a time of day and no date): two servers
  behind a document-ingest pipeline, TikaResource's `%s (%s)` for every PUT (`/tika
  (application/pdf)`), `%s (autodetecting type)`, `/rmeta/text (...)`; PDFBox's font warnings
  (`Using fallback font %s for %s`, `No Unicode mapping for %s (%d) in font %s`), the font cache
  rebuilt at start-up; a batch of encrypted PDFs (`tika/: Text extraction failed (%s)` with
  EncryptedDocumentException's stack), a parse running out of time 09:10-09:30 on tika2
  (TikaServerWatchDog's `timeout %s`, the forked child restarted: `forking process with command:
  %s`, `child process started`, `Starting Apache Tika %s server`, `Started Apache Tika server %s at
  %s`), an OutOfMemoryError in the child at 10:40.
- Apache OFBiz 18.12 (`ofbiz.log`: its log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} |%-20.20t |%-30.30c{1}
  |%-1.1p| %m%n`): the ControlServlet's `[[[%s] Request Done- total:%s,since last([%s]
  Request...):%s]]` for every request, RequestHandler's `Rendering View [%s]`, `Sending redirect
  to: [%s]`, the JobPoller's scheduled services, LoginWorker's failed logins, the database lost
  08:50-08:58 (`Failure in %s operation for entity [%s]: %s. Rolling back transaction.` with a
  SQLException stack), a ServiceDispatcher error for a payment gateway timeout.
- OpenMRS 2.6 (`openmrs.log`: openmrs-core's log4j2 `%p - %C{1}.%M(%L) |%d{ISO8601}| %m%n` in
  the Tomcat container): start-up (modules loaded and started, `Refreshing Context`), the HL7
  and scheduler tasks, `Failed login attempt (login=%s) - %s`, FHIR module warnings, a bad
  runtime property after a restart at 10:00 (`Unable to find a module with id %s`), Hibernate's
  `SQL Error: %d, SQLState: %s` during a lock wait at 08:30.
- DSpace 7.6 (`dspace.log`: `%d %-5p %equals{%X{correlationID}}{}{unknown}
  %equals{%X{requestID}}{}{unknown} %c @ %m%n`): LogHelper's `%s::view_item:handle=%s` and
  `view_bitstream` usage events, `Before request [%s %s] originated from %s` (the REST logging
  filter), the discovery indexer's `Wrote Item: %s to Index`, the crawler storm 07:30-08:10
  (`Bitstream not found` 404s through DSpaceApiExceptionControllerAdvice), Solr down 09:40-09:50
  (SolrServerException with stack), failed logins.
- Liquibase 4.25 (`tenants-migrate.log`, the tenant provisioner's `liquibase update` per tenant
  schema, stderr captured; `reporting-migrate.log`): Liquibase's JUL formatter `[%1$tF %1$tT]
  %4$s [%2$s] %5$s`: `Successfully acquired change log lock`, `Reading from %s`, `ChangeSet %s
  ran successfully in %dms`, `Successfully released change log lock`, three deploys, a stale lock
  at 09:00 (`Waiting for changelog lock....`, `Could not acquire change log lock.  Currently
  locked by %s since %s` with a LockException stack), a failing changeset at 10:30 (`ChangeSet %s
  encountered an exception.` with the MigrationFailedException's stack).

Label notes. The heads are context: log4j2's level, thread, time and logger (Tika), OFBiz's
time, thread, class and level letter, OpenMRS's level, class.method(line) and time, DSpace's
time, level, correlation and request ids and logger up to ` @ `, Liquibase's time, level and
logger. DSpace's LogHelper header (`email::action:extra`) keeps the action, which the call site
passes literally, as wording. An exception's message inside a line contributes its format. Stack
traces continue their event.

Least sure (written from the helper's knowledge of these programs, no source checked this
round): Tika's exact TikaServerWatchDog and ForkedProcess wording; OFBiz's Request Done line's
spacing and the EntityCrypto/JobPoller texts; OpenMRS's module start-up wording; DSpace's
DSpaceApiExceptionControllerAdvice text; Liquibase's exact lock-wait wording.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def l4j(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def stack(exc: str, frames: list[str], cause: list[str] | None = None) -> list[str]:
    out = [*exc.split("\n"), *[f"\tat {f}" for f in frames]]
    if cause:
        out += [f"Caused by: {cause[0]}", *[f"\tat {f}" for f in cause[1:]]]
        out.append(f"\t... {len(frames) - 1} more")
    return out


# ------------------------------------------------------------------------------- tika-server

TIKA_TYPES = [
    (40, "application/pdf"),
    (18, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (8, "application/msword"),
    (6, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (5, "text/html"),
    (4, "message/rfc822"),
    (3, "image/tiff"),
    (2, "application/vnd.ms-outlook"),
]
FONTS = [
    "Symbol",
    "ZapfDingbats",
    "Arial-BoldMT",
    "TimesNewRomanPSMT",
    "Wingdings-Regular",
    "Calibri",
]
FALLBACK = ["LiberationSans", "DejaVuSans", "LiberationSerif"]


def tika(r: random.Random) -> list[Log]:
    """Two tika-servers (forked child mode, the watchdog logging beside the child) behind an
    ingest pipeline."""
    fs = Files()
    types = [ty for w, ty in TIKA_TYPES for _ in range(w)]

    def L(
        host: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        lines: list[str],
        proc: object = "child",
    ) -> datetime:
        return fs.add(
            f"{host}-tika-server.log",
            t,
            label,
            lambda x: [
                f"{level:<5} [{thread}] {x:%H:%M:%S},{x.microsecond // 1000:03d} {logger} {lines[0]}",
                *lines[1:],
            ],
            (host, proc),
            1000,
        )

    WD = "org.apache.tika.server.core.TikaServerWatchDog"
    PROC = "org.apache.tika.server.core.TikaServerProcess"
    RES = "org.apache.tika.server.core.resource.TikaResource"
    RMETA = "org.apache.tika.server.core.resource.RecursiveMetadataResource"

    def boot(host: str, t: datetime, first: bool) -> datetime:
        if first:
            t = L(
                host,
                t,
                "INFO",
                "main",
                "org.apache.tika.server.core.TikaServerCli",
                "Starting tika-server with command line: %s",
                [
                    "Starting tika-server with command line: [-h, 0.0.0.0, -p, 9998, -c, /opt/tika/tika-config.xml]"
                ],
                "wd",
            )
        t = L(
            host,
            t + sec(0.3),
            "INFO",
            "main",
            WD,
            "forking process with command: %s",
            [
                f"forking process with command: [java, -Xmx2g, -cp, /opt/tika/tika-server-standard-2.9.2.jar, -Dlog4j.configurationFile=/opt/tika/log4j2.xml, org.apache.tika.server.core.TikaServerProcess, -h, 0.0.0.0, -p, 9998, -c, /opt/tika/tika-config.xml, -numRestarts, {0 if first else 1}, -forkedStatusFile, /tmp/tika-forked-{r.randint(10**17, 10**18)}.tmp]"
            ],
            "wd",
        )
        t = L(
            host,
            t + sec(r.uniform(1.2, 2.0)),
            "INFO",
            "main",
            PROC,
            "Starting Apache Tika %s server",
            ["Starting Apache Tika 2.9.2 server"],
        )
        t = L(
            host,
            t + sec(r.uniform(0.4, 0.8)),
            "INFO",
            "main",
            "org.apache.pdfbox.pdmodel.font.FileSystemFontProvider",
            "New fonts found, font cache will be re-built",
            ["New fonts found, font cache will be re-built"],
        )
        t = L(
            host,
            t + sec(0.01),
            "WARN",
            "main",
            "org.apache.pdfbox.pdmodel.font.FileSystemFontProvider",
            "Building on-disk font cache, this may take a while",
            ["Building on-disk font cache, this may take a while"],
        )
        t = L(
            host,
            t + sec(r.uniform(2, 5)),
            "WARN",
            "main",
            "org.apache.pdfbox.pdmodel.font.FileSystemFontProvider",
            "Finished building on-disk font cache, found %d fonts",
            [f"Finished building on-disk font cache, found {r.choice([212, 214])} fonts"],
        )
        t = L(
            host,
            t + sec(r.uniform(0.5, 1.2)),
            "INFO",
            "main",
            PROC,
            "Started Apache Tika server %s at %s",
            [
                f"Started Apache Tika server {hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)} at http://0.0.0.0:9998/"
            ],
        )
        return L(
            host,
            t + sec(0.2),
            "INFO",
            "main",
            WD,
            "child process started",
            ["child process started"],
            "wd",
        )

    for host in ["tika1", "tika2"]:
        boot(host, T0 + sec(r.uniform(0, 3)), True)
        restarts = []
        if host == "tika2":
            restarts = [at(9, 14, 7), at(9, 22, 41)]
        if host == "tika1":
            restarts.append(at(10, 40, 12))
        qtp = r.randint(10**8, 2 * 10**9)
        for t in poisson(r, T0 + sec(20), T_END, 22.0):
            thr = f"qtp{qtp}-{r.randint(20, 60)}"
            ty = r.choice(types)
            if r.random() < 0.12:
                t = L(
                    host,
                    t,
                    "INFO",
                    thr,
                    RES,
                    "%s (autodetecting type)",
                    [r.choice(["/tika", "/tika/text", "/tika/form"]) + " (autodetecting type)"],
                )
            elif r.random() < 0.3:
                t = L(host, t, "INFO", thr, RMETA, "%s (%s)", [f"/rmeta/text ({ty})"])
            else:
                t = L(
                    host,
                    t,
                    "INFO",
                    thr,
                    RES,
                    "%s (%s)",
                    [f"{r.choice(['/tika', '/tika/text'])} ({ty})"],
                )
            if ty == "application/pdf":
                if r.random() < 0.22:
                    f = r.choice(FONTS)
                    L(
                        host,
                        t + sec(r.uniform(0.05, 0.6)),
                        "WARN",
                        thr,
                        "org.apache.pdfbox.pdmodel.font.PDType1Font"
                        if f in ("Symbol", "ZapfDingbats")
                        else "org.apache.pdfbox.pdmodel.font.PDTrueTypeFont",
                        "Using fallback font %s for %s",
                        [f"Using fallback font {r.choice(FALLBACK)} for {f}"],
                    )
                if r.random() < 0.08:
                    g = r.choice(["g1", "g37", "uni2022", "bullet", "g150", "a20"])
                    L(
                        host,
                        t + sec(r.uniform(0.05, 0.6)),
                        "WARN",
                        thr,
                        "org.apache.pdfbox.pdmodel.font.PDSimpleFont",
                        "No Unicode mapping for %s (%d) in font %s",
                        [
                            f"No Unicode mapping for {g} ({r.randint(1, 180)}) in font {hexid(r, 6).upper()}+{r.choice(FONTS)}"
                        ],
                    )
                if at(7, 5) <= t < at(7, 50) and r.random() < 0.35:
                    L(
                        host,
                        t + sec(r.uniform(0.02, 0.2)),
                        "WARN",
                        thr,
                        RES,
                        "%s: Text extraction failed (%s)",
                        [
                            f"tika/: Text extraction failed ({hexid(r, 8)}.pdf)",
                            *stack(
                                "org.apache.tika.exception.EncryptedDocumentException: Unable to process: document is encrypted",
                                [
                                    "org.apache.tika.parser.pdf.PDFParser.parse(PDFParser.java:172)",
                                    "org.apache.tika.parser.CompositeParser.parse(CompositeParser.java:298)",
                                    "org.apache.tika.parser.AutoDetectParser.parse(AutoDetectParser.java:203)",
                                    "org.apache.tika.server.core.resource.TikaResource.parse(TikaResource.java:404)",
                                    "org.apache.tika.server.core.resource.TikaResource.lambda$produceText$1(TikaResource.java:551)",
                                ],
                                [
                                    "org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException: Cannot decrypt PDF, the password is incorrect",
                                    "org.apache.pdfbox.pdmodel.encryption.StandardSecurityHandler.prepareForDecryption(StandardSecurityHandler.java:219)",
                                    "org.apache.pdfbox.pdfparser.COSParser.prepareDecryption(COSParser.java:2838)",
                                ],
                            ),
                        ],
                    )
            if ty == "message/rfc822" and r.random() < 0.3:
                L(
                    host,
                    t + sec(0.05),
                    "WARN",
                    thr,
                    "org.apache.tika.parser.mail.MailContentHandler",
                    "Unable to parse date: %s",
                    [
                        f"Unable to parse date: {r.choice(['Mon, 3 Jun 2024 14:22:07 +0200 (CEST)', 'Tue, 04 Jun 24 09:11:52 GMT', '06/05/2024 10:40 AM'])}"
                    ],
                )
        for rt in restarts:
            if rt.hour == 9:
                L(
                    host,
                    rt,
                    "WARN",
                    "Thread-4",
                    WD,
                    "timeout %s",
                    [
                        f"timeout {r.randint(61000, 61900)}ms for file id={hexid(r, 8)}.pdf; restarting forked process"
                    ],
                    "wd",
                )
                L(
                    host,
                    rt + sec(0.4),
                    "WARN",
                    "main",
                    WD,
                    "forked process exited with exit value %d",
                    ["forked process exited with exit value 143"],
                    "wd",
                )
            else:
                L(
                    host,
                    rt,
                    "ERROR",
                    f"qtp{qtp}-33",
                    "org.apache.cxf.jaxrs.utils.JAXRSUtils",
                    "Problem with writing the data, class %s, ContentType: %s",
                    [
                        "Problem with writing the data, class org.apache.tika.server.core.resource.TikaResource$5, ContentType: text/plain",
                        "java.lang.OutOfMemoryError: Java heap space",
                        "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
                        "\tat org.apache.pdfbox.io.ScratchFileBuffer.addPage(ScratchFileBuffer.java:158)",
                        "\tat org.apache.pdfbox.pdfparser.COSParser.parseCOSStream(COSParser.java:1089)",
                    ],
                )
                L(
                    host,
                    rt + sec(0.6),
                    "WARN",
                    "main",
                    WD,
                    "forked process exited with exit value %d",
                    ["forked process exited with exit value 1"],
                    "wd",
                )
            boot(host, rt + sec(1.1), False)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ ofbiz

OF_REQS = [
    (30, "main", "main", None),
    (20, "showcart", "showcart", None),
    (14, "product", "product", None),
    (10, "additem", None, "showcart"),
    (8, "keywordsearch", "keywordsearch", None),
    (6, "checkoutoptions", "checkoutshippingaddress", None),
    (5, "category", "category", None),
    (4, "login", None, "main"),
    (3, "processorder", None, "orderconfirm"),
]


def ofbiz(r: random.Random) -> list[Log]:
    """One OFBiz 18.12 ecommerce instance on PostgreSQL."""
    fs = Files()
    reqs = [x for w, *x in OF_REQS for _ in range(w)]

    def L(t: datetime, thread: str, cls: str, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "ofbiz.log",
            t,
            label,
            lambda x: [
                f"{l4j(x)} |{thread[:20]:<20} |{cls[:30]:<30}|{lvl}| {lines[0]}",
                *lines[1:],
            ],
            "ofbiz",
            1000,
        )

    def boot(t: datetime) -> datetime:
        t = L(
            t,
            "main",
            "ContainerLoader",
            "I",
            "[Startup] Loading containers...",
            ["[Startup] Loading containers..."],
        )
        for c in [
            "component-container",
            "admin-container",
            "catalina-container",
            "service-container",
            "naming-container",
        ]:
            t = L(
                t + sec(r.uniform(0.2, 3)),
                "main",
                "ContainerLoader",
                "I",
                "[Startup] Started container %s",
                [f"[Startup] Started container {c}"],
            )
        for port, mode in [(8080, "http"), (8443, "https"), (8009, "ajp")]:
            t = L(
                t + sec(0.1),
                "main",
                "CatalinaContainer",
                "I",
                "Connector %s @ %d - %s",
                [
                    f"Connector HTTP/1.1 @ {port} - {mode}"
                    if mode != "ajp"
                    else "Connector AJP/1.3 @ 8009 - not-secure"
                ],
            )
        t = L(
            t + sec(0.2),
            "main",
            "ConfigXMLReader",
            "I",
            "controller loaded: %s seconds, %d handlers, %d request maps, %d view maps, in: %s",
            [
                f"controller loaded: {r.uniform(0.05, 0.4):.3f} seconds, 12 handlers, 418 request maps, 206 view maps, in: file:/opt/ofbiz/applications/order/webapp/ordermgr/WEB-INF/controller.xml"
            ],
        )
        return L(
            t + sec(0.5),
            "main",
            "ContainerLoader",
            "I",
            "[Startup] Started Apache OFBiz",
            ["[Startup] Started Apache OFBiz"],
        )

    boot(T0 + sec(1))
    db_down = (at(8, 50), at(8, 58, 30))
    for t in poisson(r, T0 + sec(40), T_END, 19.0):
        if at(11, 20) <= t < at(11, 22):
            continue
        thr = f"http-nio-8443-exec-{r.randint(1, 40)}"
        name, view, redir = r.choice(reqs)
        if in_any(t, [db_down]) and r.random() < 0.85:
            ent = r.choice(["ProductPrice", "ShoppingList", "Visit", "ProductCategoryMember"])
            L(
                t,
                thr,
                "GenericDelegator",
                "E",
                "Failure in %s operation for entity [%s]: %s. Rolling back transaction.",
                [
                    f"Failure in {r.choice(['findByCondition', 'create'])} operation for entity [{ent}]: org.apache.ofbiz.entity.GenericDataSourceException: Unable to establish a connection with the database. (Connection refused.). Rolling back transaction.",
                    *stack(
                        "org.apache.ofbiz.entity.GenericDataSourceException: Unable to establish a connection with the database. (Connection refused.)",
                        [
                            "org.apache.ofbiz.entity.jdbc.SQLProcessor.getConnection(SQLProcessor.java:279)",
                            "org.apache.ofbiz.entity.jdbc.SQLProcessor.prepareStatement(SQLProcessor.java:367)",
                            "org.apache.ofbiz.entity.datasource.GenericDAO.selectListIteratorByCondition(GenericDAO.java:866)",
                            "org.apache.ofbiz.entity.GenericDelegator.find(GenericDelegator.java:1536)",
                        ],
                    ),
                ],
            )
            continue
        total = r.uniform(0.02, 0.6) if name != "processorder" else r.uniform(1.2, 4)
        if view:
            t = L(
                t + sec(total * 0.7),
                thr,
                "RequestHandler",
                "I",
                "Rendering View [%s]",
                [f"Rendering View [{view}]"],
            )
        else:
            t = L(
                t + sec(total * 0.7),
                thr,
                "RequestHandler",
                "I",
                "Sending redirect to: [%s]",
                [f"Sending redirect to: [https://shop.example.com/ecommerce/control/{redir}]"],
            )
        if name == "login" and r.random() < 0.4:
            L(
                t - sec(0.1),
                thr,
                "LoginWorker",
                "W",
                "Login failed for user [%s]: %s",
                [
                    f"Login failed for user [{r.choice(['jdoe', 'admin', 'mkaur', 'test', 'j.smith@example.com'])}]: The password was not correct, please re-enter."
                ],
            )
        if name == "processorder" and at(10, 5) <= t < at(10, 25):
            if r.random() < 0.3:
                L(
                    t - sec(0.05),
                    thr,
                    "ServiceDispatcher",
                    "E",
                    "Error in Service [%s]: Service [%s] timed out after %d milliseconds",
                    [
                        "Error in Service [calcTaxForDisplay]: Service [calcTax] timed out after 30000 milliseconds"
                    ],
                )
            else:
                L(
                    t - sec(0.05),
                    thr,
                    "ServiceDispatcher",
                    "E",
                    "Error in Service [%s]: Payment gateway %s returned HTTP %d %s",
                    [
                        f"Error in Service [ccAuthInterface]: Payment gateway https://api.pay.example.net/v2/authorize returned HTTP {r.choice([504, 504, 502])} {'Gateway Time-out'}"
                    ],
                )
        L(
            t + sec(total * 0.3),
            thr,
            "ControlServlet",
            "I",
            "[[[%s] Request Done- total:%s,since last([%s] Request...):%s]]",
            [
                f"[[[{name}] Request Done- total:{total:.3f},since last([{name}] Request...):{total:.3f}]]"
            ],
        )
    for t in poisson(r, T0 + sec(60), T_END, 300):
        jid = r.randint(10000, 99999)
        svc = r.choice(
            [
                "purgeOldJobs",
                "sendEmailDump",
                "resetScheduledJobs",
                "clearAllCaches",
                "createSalesForecast",
            ]
        )
        t = L(
            t,
            "OFBiz-JobQueue-0",
            "JobPoller",
            "I",
            "Job [%s] %s started",
            [f"Job [{jid}] {svc} started"],
        )
        L(
            t + sec(r.uniform(0.05, 20)),
            "OFBiz-JobQueue-0",
            "JobPoller",
            "I",
            "Job [%s] %s finished in %d ms",
            [f"Job [{jid}] {svc} finished in {r.randint(40, 19000)} ms"],
        )
    for t in poisson(r, at(7, 0), at(9, 0), 240):
        L(
            t,
            f"http-nio-8443-exec-{r.randint(1, 40)}",
            "ShoppingCartEvents",
            "W",
            "Problems adding item %s to cart: %s",
            [
                f"Problems adding item WG-{r.randint(1000, 9999)} to cart: Product WG-{r.randint(1000, 9999)} is not available for sale (inventory: 0)"
            ],
        )
    t = L(
        at(11, 20, 3),
        "OFBiz-shutdown",
        "ContainerLoader",
        "I",
        "[Shutdown] Shutting down containers",
        ["[Shutdown] Shutting down containers"],
    )
    for c in [
        "naming-container",
        "service-container",
        "catalina-container",
        "admin-container",
        "component-container",
    ]:
        t = L(
            t + sec(r.uniform(0.1, 2)),
            "OFBiz-shutdown",
            "ContainerLoader",
            "I",
            "[Shutdown] Stopped container %s",
            [f"[Shutdown] Stopped container {c}"],
        )
    boot(at(11, 21, 0))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- openmrs

OM_MODULES = [
    "webservices.rest",
    "legacyui",
    "fhir2",
    "idgen",
    "appframework",
    "uiframework",
    "reporting",
    "htmlformentry",
    "owa",
    "emrapi",
]


def openmrs(r: random.Random) -> list[Log]:
    fs = Files()

    def L(t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "openmrs.log",
            t,
            label,
            lambda x: [
                f"{lvl} - {where} |{x:%Y-%m-%dT%H:%M:%S},{x.microsecond // 1000:03d}| {lines[0]}",
                *lines[1:],
            ],
            "openmrs",
            1000,
        )

    def boot(t: datetime, bad: bool) -> None:
        t = L(
            t,
            "INFO",
            "Listener.contextInitialized(261)",
            "Starting the OpenMRS webapp",
            ["Starting the OpenMRS webapp"],
        )
        t = L(
            t + sec(4),
            "INFO",
            "Listener.startOpenmrs(537)",
            "Refreshing Context",
            ["Refreshing Context"],
        )
        mods = list(OM_MODULES)
        if bad:
            t = L(
                t + sec(1),
                "WARN",
                "ModuleFactory.loadModules(197)",
                "Unable to find a module with id %s",
                ["Unable to find a module with id registrationapp"],
            )
        for m in mods:
            t = L(
                t + sec(r.uniform(0.1, 0.6)),
                "INFO",
                "ModuleFactory.loadModule(167)",
                "Loading module: %s",
                [f"Loading module: {m}"],
            )
        for m in mods:
            t = L(
                t + sec(r.uniform(0.5, 4)),
                "INFO",
                "ModuleFactory.startModuleInternal(784)",
                "Starting module: %s",
                [f"Starting module: {m}"],
            )
        L(
            t + sec(2),
            "INFO",
            "Listener.contextInitialized(296)",
            "OpenMRS startup complete in %s",
            [f"OpenMRS startup complete in {r.randint(80, 140)} seconds"],
        )

    boot(T0 + sec(2), False)
    for t in poisson(r, T0 + sec(300), T_END, 60):
        L(
            t,
            "INFO",
            "HL7InQueueProcessor.processHL7InQueue(103)",
            "Processing HL7 inbound queue (count: %d)",
            [f"Processing HL7 inbound queue (count: {r.randint(0, 4)})"],
        )
    for t in poisson(r, T0 + sec(300), T_END, 14):
        if at(10, 0) <= t < at(10, 3):
            continue
        res = r.choice(
            ["Patient", "Encounter", "Observation", "Observation", "Observation", "Condition"]
        )
        if r.random() < 0.5:
            L(
                t,
                "WARN",
                "LoggingInterceptor.logRequest(..)",
                "FHIR request: %s %s",
                [f"FHIR request: GET /openmrs/ws/fhir2/R4/{res}?patient={r.randint(1000, 9000)}"],
            )
        else:
            L(
                t,
                "INFO",
                "OpenmrsProfile.log(41)",
                "%s: %s",
                [
                    f"GET: /openmrs/ws/rest/v1/{res.lower()}/{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
                ],
            )
    for t in poisson(r, T0 + sec(300), T_END, 180):
        u = r.choice(["admin", "nurse1", "clerk02", "dr.okoro", "registration", "lab"])
        L(
            t,
            "WARN",
            "LoginServlet.doPost(121)",
            "Failed login attempt (login=%s) - %s",
            [f"Failed login attempt (login={u}) - Invalid username and/or password: {u}"],
        )
    for t in poisson(r, at(8, 30), at(8, 41), 9):
        L(
            t,
            "WARN",
            "SqlExceptionHelper.logExceptions(137)",
            "SQL Error: %d, SQLState: %s",
            ["SQL Error: 1205, SQLState: 40001"],
        )
        L(
            t + sec(0.001),
            "ERROR",
            "SqlExceptionHelper.logExceptions(142)",
            "Lock wait timeout exceeded; try restarting transaction",
            ["Lock wait timeout exceeded; try restarting transaction"],
        )
    for t in poisson(r, T0, T_END, 900):
        L(
            t,
            "INFO",
            "TimerSchedulerTask.run(58)",
            "Running task: %s",
            [
                f"Running task: {r.choice(['Auto Close Visits Task', 'Process HL7 Task', 'Update Concept Index', 'Cleanup Old Sessions'])}"
            ],
        )
    t = L(
        at(9, 59, 40),
        "INFO",
        "Listener.contextDestroyed(591)",
        "Shutting down OpenMRS",
        ["Shutting down OpenMRS"],
    )
    for m in reversed(OM_MODULES):
        t = L(
            t + sec(r.uniform(0.1, 1)),
            "INFO",
            "ModuleFactory.stopModule(1012)",
            "Stopping module: %s",
            [f"Stopping module: {m}"],
        )
    boot(at(10, 0, 20), True)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- dspace


def dspace(r: random.Random) -> list[Log]:
    fs = Files()

    def L(
        t: datetime, lvl: str, corr: str, req: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            "dspace.log",
            t,
            label,
            lambda x: [f"{l4j(x)} {lvl:<5} {corr} {req} {logger} @ {lines[0]}", *lines[1:]],
            "dspace",
            1000,
        )

    USAGE = "org.dspace.usage.LoggerUsageEventListener"
    FILT = "org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter"
    users = ["anonymous"] * 8 + [
        "j.mueller@uni.example.edu",
        "librarian@uni.example.edu",
        "a.chen@uni.example.edu",
    ]
    for t in poisson(r, T0 + sec(5), T_END, 22.0):
        crawl = at(7, 30) <= t < at(8, 10)
        corr, req = (
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
        )
        u = r.choice(users)
        ip = r.choice(["10.20.4.11", "10.20.7.92", "172.16.3.40", "66.249.66.12", "40.77.167.3"])
        sid = hexid(r, 32).upper()
        h = f"123456789/{r.randint(100, 9800)}"
        if crawl or r.random() < 0.5:
            uid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
            t = L(
                t,
                "INFO",
                corr,
                req,
                FILT,
                "Before request [%s %s] originated from %s",
                [
                    f"Before request [GET /server/api/core/bitstreams/{uid}/content] originated from /items/{hexid(r, 8)}"
                ],
            )
            if crawl and r.random() < 0.6:
                L(
                    t + sec(0.01),
                    "WARN",
                    corr,
                    req,
                    "org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice",
                    "Resource not found: %s",
                    [f"Resource not found: Bitstream with id: {uid} not found"],
                )
            else:
                L(
                    t + sec(0.02),
                    "INFO",
                    corr,
                    req,
                    USAGE,
                    "%s:session_id=%s:ip_addr=%s:view_bitstream:bitstream_id=%s",
                    [f"{u}:session_id={sid}:ip_addr={ip}:view_bitstream:bitstream_id={uid}"],
                )
        else:
            t = L(
                t,
                "INFO",
                corr,
                req,
                FILT,
                "Before request [%s %s] originated from %s",
                [
                    f"Before request [GET /server/api/core/items/{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}] originated from /handle/{h}"
                ],
            )
            L(
                t + sec(0.02),
                "INFO",
                corr,
                req,
                USAGE,
                "%s:session_id=%s:ip_addr=%s:view_item:handle=%s",
                [f"{u}:session_id={sid}:ip_addr={ip}:view_item:handle={h}"],
            )
    for t in poisson(r, T0 + sec(30), T_END, 45):
        item = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        if at(9, 40) <= t < at(9, 50):
            L(
                t,
                "ERROR",
                "unknown",
                "unknown",
                "org.dspace.discovery.SolrServiceImpl",
                "Error while indexing object: %s",
                [
                    f"Error while indexing object: Item {item}",
                    *stack(
                        "org.apache.solr.client.solrj.SolrServerException: Server refused connection at: http://solr:8983/solr/search",
                        [
                            "org.apache.solr.client.solrj.impl.HttpSolrClient.executeMethod(HttpSolrClient.java:688)",
                            "org.apache.solr.client.solrj.impl.HttpSolrClient.request(HttpSolrClient.java:266)",
                            "org.dspace.discovery.SolrServiceImpl.update(SolrServiceImpl.java:217)",
                        ],
                        [
                            "org.apache.http.conn.HttpHostConnectException: Connect to solr:8983 [solr/172.18.0.4] failed: Connection refused (Connection refused)",
                            "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)",
                        ],
                    ),
                ],
            )
        else:
            L(
                t,
                "INFO",
                "unknown",
                "unknown",
                "org.dspace.discovery.SolrServiceImpl",
                "Wrote Item: %s to Index",
                [f"Wrote Item: {item} to Index"],
            )
    for t in poisson(r, T0 + sec(60), T_END, 150):
        sid, ip = hexid(r, 32).upper(), f"10.20.{r.randint(1, 9)}.{r.randint(2, 250)}"
        q = r.choice(
            ["climate adaptation", "machine learning", "Müller, Hans", "thesis 2023", "groundwater"]
        )
        L(
            t,
            "INFO",
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            "unknown",
            "org.dspace.discovery.SolrServiceImpl",
            '%s:session_id=%s:ip_addr=%s:search:scope=%s,query="%s",results=(%d,%d,%d)',
            [
                f'anonymous:session_id={sid}:ip_addr={ip}:search:scope=null,query="{q}",results=(0,{r.randint(0, 400)},0)'
            ],
        )
    for t in poisson(r, T0 + sec(60), T_END, 500):
        L(
            t,
            "INFO",
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            "unknown",
            "org.dspace.authenticate.PasswordAuthentication",
            "%s:session_id=%s:ip_addr=%s:login:type=%s",
            [
                f"{r.choice(['j.mueller@uni.example.edu', 'librarian@uni.example.edu'])}:session_id={hexid(r, 32).upper()}:ip_addr=10.20.{r.randint(1, 9)}.{r.randint(2, 250)}:login:type=explicit"
            ],
        )
    for t in poisson(r, at(9, 40), at(9, 50), 20):
        L(
            t,
            "ERROR",
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            hexid(r, 8)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 12),
            "org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice",
            "An exception has occurred (status:%d)",
            [
                "An exception has occurred (status:500)",
                *stack(
                    "org.springframework.data.solr.UncategorizedSolrException: Server refused connection at: http://solr:8983/solr/search",
                    [
                        "org.dspace.discovery.SolrServiceImpl.search(SolrServiceImpl.java:881)",
                        "org.dspace.app.rest.repository.DiscoveryRestRepository.getSearchObjects(DiscoveryRestRepository.java:104)",
                    ],
                ),
            ],
        )
    for t in [at(6, 30, 2), at(9, 30, 1), at(11, 30, 4)]:
        L(
            t,
            "INFO",
            "unknown",
            "unknown",
            "org.dspace.curate.Curator",
            "Curation task %s performed on %s with status %d. Result: '%s'",
            [
                f"Curation task checklinks performed on 123456789/0 with status 0. Result: '{r.randint(3, 40)} links checked, {r.randint(0, 5)} broken'"
            ],
        )
    for t in poisson(r, T0 + sec(60), T_END, 1500):
        L(
            t,
            "INFO",
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            "unknown",
            "org.dspace.app.rest.security.StatelessAuthenticationFilter",
            "%s:session_id=%s:ip_addr=%s:logout:%s",
            [
                f"librarian@uni.example.edu:session_id={hexid(r, 32).upper()}:ip_addr=10.20.{r.randint(1, 9)}.{r.randint(2, 250)}:logout:"
            ],
        )
    for t in [at(7, 0, 3), at(10, 0, 2)]:
        t = L(
            t,
            "INFO",
            "unknown",
            "unknown",
            "org.dspace.harvest.OAIHarvester",
            "HARVEST STARTED: collection %s from %s",
            [
                f"HARVEST STARTED: collection {r.randint(40, 90)} from https://repo.partner.example.org/oai/request"
            ],
        )
        if t.hour == 7:
            L(
                t + sec(r.uniform(60, 200)),
                "INFO",
                "unknown",
                "unknown",
                "org.dspace.harvest.OAIHarvester",
                "HARVEST DONE: collection %s: %d items harvested",
                [f"HARVEST DONE: collection 57: {r.randint(10, 90)} items harvested"],
            )
        else:
            L(
                t + sec(r.uniform(5, 20)),
                "ERROR",
                "unknown",
                "unknown",
                "org.dspace.harvest.OAIHarvester",
                "Error while harvesting: %s",
                [
                    "Error while harvesting: Connection timed out while contacting https://repo.partner.example.org/oai/request"
                ],
            )
    for t in poisson(r, at(9, 40), at(9, 50), 120):
        L(
            t,
            "ERROR",
            "unknown",
            "unknown",
            "org.dspace.core.Email",
            "Unable to send email alert: %s",
            [
                "Unable to send email alert: Couldn't connect to host, port: smtp.uni.example.edu, 25; timeout -1"
            ],
        )
    for t in poisson(r, T0 + sec(30), T_END, 400):
        e = r.choice(["j.mueller@uni.example.edu", "test@test.com", "admin@uni.example.edu"])
        L(
            t,
            "INFO",
            f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            "unknown",
            "org.dspace.authenticate.PasswordAuthentication",
            "%s:session_id=%s:ip_addr=%s:failed_login:email=%s, realm=%s, result=%s",
            [
                f"anonymous:session_id={hexid(r, 32).upper()}:ip_addr=10.20.{r.randint(1, 9)}.{r.randint(2, 250)}:failed_login:email={e}, realm=null, result={r.choice(['BAD_CREDENTIALS', 'NO_SUCH_USER', 'BAD_CREDENTIALS'])}"
            ],
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- liquibase

LQ_TENANTS = [f"tenant_{n:03d}" for n in range(1, 81)]
LQ_SETS = [
    ("db/changelog/2024/06/031-add-invoice-currency.yaml", "031-add-invoice-currency", "mkaur"),
    ("db/changelog/2024/06/032-index-orders-created.yaml", "032-index-orders-created", "jdoe"),
]


def liquibase(r: random.Random) -> list[Log]:
    fs = Files()

    def L(
        f: str, t: datetime, lvl: str, logger: str, label: str, lines: list[str], proc: object
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {lvl} [{logger}] {lines[0]}", *lines[1:]],
            proc,
            1_000_000,
        )

    def run(
        f: str,
        t: datetime,
        schema: str,
        sets: list[tuple[str, str, str]],
        fail: bool = False,
        locked: bool = False,
        new: bool = False,
    ) -> datetime:
        p = (f, schema, t)
        if locked:
            for _ in range(6):
                t = L(
                    f,
                    t + sec(10),
                    "INFO",
                    "liquibase.lockservice",
                    "Waiting for changelog lock....",
                    ["Waiting for changelog lock...."],
                    p,
                )
            return L(
                f,
                t + sec(10),
                "SEVERE",
                "liquibase.integration",
                "Could not acquire change log lock.  Currently locked by %s since %s",
                [
                    "Could not acquire change log lock.  Currently locked by tenant-provisioner-6d9f7c-x2kqp (10.42.3.17) since 6/7/24, 8:58 AM",
                    *stack(
                        "liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by tenant-provisioner-6d9f7c-x2kqp (10.42.3.17) since 6/7/24, 8:58 AM",
                        [
                            "liquibase.lockservice.StandardLockService.waitForLock(StandardLockService.java:282)",
                            "liquibase.command.core.AbstractUpdateCommandStep.run(AbstractUpdateCommandStep.java:95)",
                            "liquibase.command.CommandScope.execute(CommandScope.java:217)",
                        ],
                    ),
                ],
                p,
            )
        t = L(
            f,
            t,
            "INFO",
            "liquibase.database",
            "Set default schema name to %s",
            [f"Set default schema name to {schema}"],
            p,
        )
        if new:
            t = L(
                f,
                t + sec(0.3),
                "INFO",
                "liquibase.changelog",
                "Creating database history table with name: %s",
                [f"Creating database history table with name: {schema}.databasechangelog"],
                p,
            )
            t = L(
                f,
                t + sec(0.3),
                "INFO",
                "liquibase.changelog",
                "Table %s created",
                ["Table customer_settings created"],
                p,
            )
        t = L(
            f,
            t + sec(r.uniform(0.2, 1)),
            "INFO",
            "liquibase.changelog",
            "Reading from %s",
            [f"Reading from {schema}.databasechangelog"],
            p,
        )
        t = L(
            f,
            t + sec(r.uniform(0.2, 1)),
            "INFO",
            "liquibase.lockservice",
            "Successfully acquired change log lock",
            ["Successfully acquired change log lock"],
            p,
        )
        t = L(
            f,
            t + sec(r.uniform(0.2, 1)),
            "INFO",
            "liquibase.command",
            "Using deploymentId: %s",
            [f"Using deploymentId: {r.randint(7_700_000_000, 7_799_999_999)}"],
            p,
        )
        for i, (path, cid, author) in enumerate(sets):
            if fail and i == len(sets) - 1:
                t = L(
                    f,
                    t + sec(r.uniform(0.1, 2)),
                    "SEVERE",
                    "liquibase.changelog",
                    "ChangeSet %s encountered an exception.",
                    [
                        f"ChangeSet {path}::{cid}::{author} encountered an exception.",
                        *stack(
                            f'liquibase.exception.DatabaseException: ERROR: could not create unique index "ux_orders_external_ref"\n  Detail: Key (external_ref)=(PO-{r.randint(10000, 99999)}) is duplicated. [Failed SQL: (0) CREATE UNIQUE INDEX ux_orders_external_ref ON {schema}.orders(external_ref)]',
                            [
                                "liquibase.executor.jvm.JdbcExecutor$ExecuteStatementCallback.doInStatement(JdbcExecutor.java:470)",
                                "liquibase.executor.jvm.JdbcExecutor.execute(JdbcExecutor.java:77)",
                                "liquibase.changelog.ChangeSet.execute(ChangeSet.java:722)",
                            ],
                        ),
                    ],
                    p,
                )
                t = L(
                    f,
                    t + sec(0.5),
                    "INFO",
                    "liquibase.lockservice",
                    "Successfully released change log lock",
                    ["Successfully released change log lock"],
                    p,
                )
                return t
            if "index" in cid:
                t = L(
                    f,
                    t + sec(r.uniform(0.1, 2)),
                    "INFO",
                    "liquibase.changelog",
                    "Index %s created",
                    ["Index ix_orders_created_at created"],
                    p,
                )
            else:
                t = L(
                    f,
                    t + sec(r.uniform(0.1, 2)),
                    "INFO",
                    "liquibase.changelog",
                    "Columns %s added to %s",
                    ["Columns currency(CHAR(3)) added to invoice"],
                    p,
                )
            t = L(
                f,
                t + sec(0.2),
                "INFO",
                "liquibase.changelog",
                "ChangeSet %s ran successfully in %dms",
                [f"ChangeSet {path}::{cid}::{author} ran successfully in {r.randint(8, 4200)}ms"],
                p,
            )
        t = L(f, t + sec(0.3), "INFO", "liquibase.util", "UPDATE SUMMARY", ["UPDATE SUMMARY"], p)
        t = L(
            f,
            t + sec(0.3),
            "INFO",
            "liquibase.lockservice",
            "Successfully released change log lock",
            ["Successfully released change log lock"],
            p,
        )
        return L(
            f,
            t + sec(0.1),
            "INFO",
            "liquibase.command",
            "Command execution complete",
            ["Command execution complete"],
            p,
        )

    f = "tenants-migrate.log"
    for d0, sets in [(at(6, 10), LQ_SETS[:1]), (at(8, 55), []), (at(10, 30), LQ_SETS)]:
        t = d0
        for n, ten in enumerate(LQ_TENANTS):
            locked = d0.hour == 8 and 40 <= n < 44
            fail = d0.hour == 10 and n in (17, 63, 88)
            t = run(f, t + sec(r.uniform(1, 4)), ten, sets, fail, locked)
    t = at(11, 5)
    for ten in ["tenant_081", "tenant_082", "tenant_083"]:
        t = run(
            f,
            t + sec(r.uniform(30, 200)),
            ten,
            [("db/changelog/2023/01/001-baseline.yaml", "001-baseline", "platform"), *LQ_SETS],
            new=True,
        )
    f = "reporting-migrate.log"
    for t in poisson(r, T0, T_END, 600):
        run(f, t, "reporting", [])
    return fs.logs(T0)


SYSTEMS = {
    "tika-server": tika,
    "ofbiz": ofbiz,
    "openmrs": openmrs,
    "dspace": dspace,
    "liquibase": liquibase,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

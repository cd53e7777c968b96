"""Java logging text output: log4j / logback / Spring Boot pattern layouts.

- `2024-01-01 12:00:00,123 INFO  [thread] com.acme.Foo - msg` (log4j `%d %-5p [%t] %c - %m`)
- `2024-01-01 12:00:00.123 [thread] INFO  com.acme.Foo - msg` (logback, with a date)
- `12:00:00.123 [thread] INFO  com.acme.Foo - msg` (logback's default, time only; 1.3's
  TTLLLayout writes ` -- ` there)
- `2024-01-01T12:00:00.123Z  INFO 1234 --- [app] [   thread] c.a.Foo   : msg` (Spring Boot;
  the `[app]` part is 3.2+, the service; with Micrometer tracing a `[traceId-spanId] ` field
  follows the thread: the trace id, and the span id to attributes)
- `01 Jan 2024 12:00:00,123 INFO  [thread] com.acme.Foo - msg` (log4j's `%d{DATE}`, in any of
  the layouts above)
- `2024-01-01 12:00:00,123 INFO  com.acme.Foo - msg` (log4j 1.x's classic `%d %-5p %c - %m`, no
  thread; Python's `%(asctime)s %(levelname)s %(name)s - %(message)s` alike)
- `2024-01-01 12:00:00,123 INFO [main] com.acme.Foo: msg` (Hadoop, HBase: `%d %p [%t] %c: %m`)
- `2024-01-01 12:00:00,123 INFO  [thread] [name=a@b.c;ip=10.0.0.7;] lmtp - msg` (Zimbra's
  `%d %-5p [%t] [%z] %c{1} - %m`: the diagnostic context's `key=value;` pairs to attributes)
- `24/01/01 12:00:00 INFO executor.Executor: msg` (Spark: `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m`)
- `[2024-01-01T12:00:00.123Z] [HTTP-221] WARN  com.acme.Foo : msg` (Gerrit's error_log: `[%d]
  [%t] %-5p %c %x: %m`)
- `[2024-01-01 12:00:00,123] INFO msg (kafka.server.KafkaServer)` (Kafka: `[%d] %p %m (%c)`;
  Kafka Connect's `[%d] %p %X{connector.context}%m (%c:%L)`, the context and line attributes)
- `[INFO] [05/01/2024 12:00:00.123] [sys-akka.actor.default-dispatcher-3] [akka://sys/user/a]
  msg` (Akka's and Pekko's own loggers: the actor's path the logger)
- `2024-01-01T12:00:00.123Z INFO main io.trino.server.Server msg`, tabs between the fields
  (Airlift's: Trino's and Presto's server.log)
- `2024-01-01 12:00:00,123 - INFO  [main:QuorumPeer@774] - msg` and
  `2024-01-01 12:00:00,123 [myid:1] - WARN  [main:o.a.z.s.q.Learner@285] - msg` (ZooKeeper's
  `%d - %-5p [%t:%C{1}@%L] - %m`, and 3.5's with the server id first: the class is the logger,
  its line and the server id go to attributes with the thread)
- `29-Nov-2026 10:00:00.123 SEVERE [main] org.apache.catalina.core.StandardService.start msg`
  (Tomcat's `catalina.out`: java.util.logging's OneLineFormatter, the logger followed by the
  method that logged, which goes to attributes)
- `May 01, 2024 12:00:01 PM com.acme.Db connect` and `SEVERE: Could not connect` below it
  (java.util.logging's default SimpleFormatter: the header names the class and method, or the
  logger alone when the record names no caller, as Hazelcast's do; the level and message
  follow on the next line, which the event takes as its message and level)
- `ERROR [CompactionExecutor:3] 2024-01-01 12:00:00,123 CassandraDaemon.java:244 - msg` and
  `ERROR 2024-01-01 12:00:00,123 [main] com.acme.Foo - msg` (layouts that put the level first:
  Cassandra's `%-5level [%thread] %date %F:%L - %msg`, logback's `%-5level %d [%t] %logger`;
  a file's line number goes to attributes as `lineno`)
- `[2024-01-01T12:00:00,123][WARN ][o.e.c.r.a.DiskThresholdMonitor] [node-1] msg` and
  `[2024-01-01T12:00:00,123][ERROR][logstash.outputs.elasticsearch][main] msg` (Elasticsearch's
  plain-text log before 8.0, and Logstash's: `[%d][%-5p][%c{1.}] [%node_name] %m`; the node, or
  Logstash's pipeline, goes to attributes)
- `2024-01-01 12:00:00.123+0000 [id=42]\tSEVERE\thudson.model.Run#execute: msg` (Jenkins: the
  thread id and the method that logged go to attributes)
- `2024-01-01 12:00:00.123:WARN:oejs.HttpChannel:qtp1234-56: msg` (Jetty 9's StdErrLog; the
  thread goes to attributes)
- `2024-01-01 12:00:00,123 ERROR [io.quarkus] (main) msg` (JBoss LogManager: Quarkus, WildFly)
- `2024-01-01 12:00:00,123 INFO  org.apache.flink.runtime.jobmaster.JobMaster   [] - msg`
  (Apache Flink: the logger padded, then the nested diagnostic context, an attribute when
  not empty)
- `2024-01-01 12:00:00,123 [  12345]   WARN - #c.i.o.u.Foo - msg` (IntelliJ IDEA's and the
  other JetBrains IDEs' `idea.log`: the milliseconds since the IDE started go to attributes)
- `Mar-18 21:41:15.684 [main] DEBUG nextflow.cli.Launcher - msg` (Nextflow's `.nextflow.log`:
  logback with a year-less time)
- `2025-01-24T07:00:42,884 INFO [main                     ] FarmApplication          : msg`
  (log4j2 or logback made to look like Spring Boot: thread and logger padded, ` : ` after them)
- `2024-01-01 12:00:00.123 INFO  (qtp123-45) [c:coll s:shard1 r:core_node2 x:coll_shard1_replica_n1]
  o.a.s.c.S.Request msg`, `2286 INFO  (main) [   ] o.a.s.c.CoreContainer msg` and
  `INFO  - 2024-01-01 12:00:00.123; [   core1] org.apache.solr.core.SolrCore; msg` (Apache
  Solr's solr.log: 6.x and later, 5.x's with the milliseconds since start instead of a time,
  4.x's and 5.x's with the level first; the thread and Solr's diagnostic context, the
  collection, shard, replica and core, go to attributes, its trace id to the trace id)
- `[06:00:02] [Server thread/INFO]: msg` and `[06:00:02 INFO]: msg` (log4j2's time-only
  `[%d{HH:mm:ss}] [%t/%level]: %msg`, a Minecraft server's latest.log, and its console's: the
  thread, which may hold blanks and slashes, to attributes)
- `Exception in thread "main" java.lang.X: msg` (the JVM's uncaught-exception handler, which
  starts an event of its own with no timestamp)
- WebLogic's server log (`####<time> <Error> <HTTP> <host> <server> ... <BEA-101020> <msg>`)
  and WebSphere's SystemOut.log (`[6/11/24 6:00:01:118 UTC] 00000023 ServletWrappe E
  SRVE0068E: msg`): `java_servers.py`

Owns `JavaLoggingFormat` and the module instance `FORMAT` (name "java"). The thread goes to
attributes (and the pid for Spring Boot), the class to `logger`. Stack traces that follow are
framing's business.
"""

from __future__ import annotations

import re

from errctl.formats.access import headed_request, under_header
from errctl.formats.base import number
from errctl.formats.java_servers import (
    glassfish_ulf,
    openam_debug,
    ulf_continues,
    weblogic,
    websphere,
)
from errctl.models import ParsedFields

LEVEL_NAMES = ("TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "FATAL", "SEVERE", "FINE")
_LEVEL = r"(?P<level>TRACE|DEBUG|INFO|WARN(?:ING)?|ERROR|FATAL|SEVERE|FINEST|FINER|FINE|CONFIG)"
_TS = (
    r"(?P<ts>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?"
    r"|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?"
    # `%d{MM-dd HH:mm:ss.SSS}`, no year (Pinpoint's), before a thread's bracket: logcat's month
    # and day come before its pid (`06-07 06:12:21.021  1234  5678 I Tag: `), never a bracket.
    r"|\d\d-\d\d \d\d:\d\d:\d\d[.,]\d{3}(?= \[)"
    # log4j's `%d{DATE}`, `dd MMM yyyy HH:mm:ss,SSS`
    r"|\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?:[.,]\d{1,9})?)"
)
_THREAD = r"\[(?P<thread>[^\]]*)\]"
# A logger name may hold bracketed parts anywhere: Tomcat names a servlet's logger
# `org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]`, which
# logback's `%logger{39}` shortens to `o.a.c.c.C.[.[.[/].[dispatcherServlet]` (the logger of
# every exception a Spring Boot controller lets through).
_LOGGER = r"(?P<logger>[A-Za-z_$][\w$.]*(?:\[[^\]]*\][\w$.]*)*)"
# The line that logged after the logger, `%c{1}:%L - %m` (a common log4j.properties pattern):
# an attribute. After a padded logger, its padding before the colon (Pinpoint's
# `%-40.40logger{39}:%-4line -- `).
_AT_LINE = r"(?: *:(?P<at_line>\d{1,7}))?"

# ` - ` after the logger (log4j's own pattern; ` -- ` in logback 1.3's TTLLLayout, the layout of
# its BasicConfigurator, `%d{HH:mm:ss.SSS} [%t] %level %logger -%kvp- %msg`, whose key-value pairs
# are mostly none) or `: ` (Hadoop and HBase: `%d %p [%t] %c: %m`; Jahia's `%d: %-5p [%t] %c: %m`
# puts a colon after the time too),
# or ` : ` after a padded one, with the thread padded too, as Spring Boot pads them
# (`%d %p [%-25.25t] %-25.25c{1} : %m`, a log4j2 pattern made to look like Spring Boot's).
_DASH = r" +--? ?"
# A bracket between the thread and the logger is the layout's own field: the mapped diagnostic
# context (`%X`), as Zimbra's mailbox.log writes it, `%d %-5p [%t] [%z] %c{1} - %m`, its
# `key=value;` pairs (`[name=alice@example.com;mid=12;ip=10.0.0.7;]`), which go to attributes.
# Or a token, not bracketed, before a logger with a package (Nexus Repository's `%-5p [%thread]
# %mdc{userId:-*SYSTEM} %c - %m`: `[qtp1234-211] anonymous org.sonatype.nexus...ViewServlet -
# ...`): the context's value, as `mdc`; left in the message, it split each statement by user.
_CONTEXT = (
    r"(?:\[(?P<context>[^\]\n]{0,2048})\] +"
    r"|(?P<mdc>[^\s\[\]]{1,64}) +(?=[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\.))?"
)
# Akka's source after the logger, as Eclipse Ditto's `%logger{20} %X{akkaSource} - %msg` writes
# it (`akka://ditto-cluster/system/cluster/core/daemon`, `ArteryTcpTransport(akka://...)`).
_AKKA_SOURCE = r"(?: (?P<akka>[^\s\[\]]{0,128}akka(?:\.tcp)?://[^\s\]]{1,1024}))?"
_LEVEL_THREAD = re.compile(
    rf"{_TS}:? +{_LEVEL} +{_THREAD} +{_CONTEXT}{_LOGGER}{_AKKA_SOURCE}"
    rf"(?:{_AT_LINE}{_DASH}| +: |: ?)(?P<msg>.*)",
    re.S,
)
# The category in brackets of its own after the thread's, no dash: Atlassian's layout
# (Confluence's, `%d %p [%t] [%c{4}] %M %m`: `... INFO [Caesium-1-4] [directory.ldap.cache.
# UsnChangedCacheRefresher] synchroniseChanges found ...`), the method the message's first word;
# or the class alone, `%c{1}` (Bamboo's, `... INFO [scheduler_Worker-2]
# [ChangeDetectionListenerAction] Change detection found ...`), its name in camel case.
_THREAD_CATEGORY = re.compile(
    rf"{_TS} +{_LEVEL} +{_THREAD} +\[(?P<logger>(?:[A-Za-z_$][\w$]{{0,64}}\.){{1,32}}"
    r"[A-Za-z_$][\w$]{0,128}|[A-Z][a-z\d]{1,64}(?:[A-Z][a-z\d]{0,64}){1,16})\] (?P<msg>.*)",
    re.S,
)
# Crowd's `%d %t %p [%c{4}] %m`: the thread bare before the level, the category after it in
# brackets, a class's (`[crowd.manager.validation.ClientValidationManagerImpl]`).
JAVA_CATEGORY_BRACKET = r"\[(?:[a-z_$][\w$]{0,64}\.){1,32}[A-Z][\w$]{0,128}\] "
_BARE_THREAD_CATEGORY = re.compile(
    rf"{_TS} (?P<thread>[^\s\[\]]{{1,256}}) {_LEVEL} +(?={JAVA_CATEGORY_BRACKET})"
    r"\[(?P<logger>[^\]]+)\] (?P<msg>.*)",
    re.S,
)
# Liferay's `%d{ABSOLUTE} %-5p [%t][%c{1}:%L] %m`, the class and its line glued to the thread's
# bracket: `... WARN  [http-nio-8080-exec-33][PortalImpl:7107] Current URL ...`.
_THREAD_CLASS_LINE = re.compile(
    rf"{_TS} +{_LEVEL} +{_THREAD}\[(?P<logger>[A-Za-z_$][\w$.]{{0,255}}):(?P<at_line>\d{{1,7}})\] "
    r"(?P<msg>.*)",
    re.S,
)
# `key=value` pairs of a context bracket, each ended by `;` or parted by `, ` (log4j's `%X`
# prints the whole map as `{key=value, key=value}`).
_CONTEXT_PAIR = re.compile(r"\{?([A-Za-z_][\w.-]{0,63})=([^;,{}]*(?:,(?! )[^;,{}]*)*)[;,}]? ?")
# log4net's documented pattern, `%date [%thread] %-5level %logger [%property{NDC}] - %message`
# (log4j's `%x` in the same place): the nested diagnostic context in brackets after the logger,
# `(null)` when none was pushed, is an attribute, not the message's first word.
_THREAD_LEVEL = re.compile(
    rf"{_TS} +{_THREAD} +{_LEVEL} +{_LOGGER}{_AT_LINE}(?: +\[(?P<ndc>[^\]\n]{{0,256}})\])?{_DASH}"
    r"(?P<msg>.*)",
    re.S,
)
# The time in brackets before the thread's (Gerrit's error_log, `[%d] [%t] %-5p %c %x: %m`:
# `[2024-06-11T06:06:04.389Z] [HTTP-221] WARN  com.google.gerrit.httpd.X : msg`, the empty
# nested diagnostic context leaving ` : ` after the logger).
# Its threads may hold brackets of their own (`[sshd-SshServer[1d8c2e4b](port=29418)-nio2-
# thread-7]`, Apache MINA's).
_NESTED_THREAD = r"\[(?P<thread>(?:[^\[\]\n]|\[[^\[\]\n]{0,64}\]){0,256})\]"
# The category's bracket before the thread's (Alfresco's `%d{ISO8601} %x %-5p [%c{3}] [%t] %m`:
# `... ERROR [org.springframework.extensions.webscripts.AbstractRuntime] [http-nio-8080-exec-4]
# Exception from executeScript ...`): a dotted category that names a class (a capital in it),
# perhaps padded, and perhaps a dash after the thread (SeaTunnel's `[%-30.30c{1.}] [%t] - %m`).
_CATEGORY_THREAD = re.compile(
    rf"{_TS} +{_LEVEL} +\[(?=[\w$.]{{0,2048}}[A-Z])"
    r"(?P<logger>(?:[A-Za-z_$][\w$]{0,64}\.){1,32}[A-Za-z_$][\w$]{0,128}) *\] "
    rf"{_NESTED_THREAD}(?: -)? (?P<msg>.*)",
    re.S,
)
# logback's `%d %-5level [%thread] %logger{36} %msg`: no separator after the logger, so only a
# class's name, its package before it (`io.onedev.agent.Agent`, `o.a.s.s.session.
# ServerSessionImpl`), is taken for one (OneDev's server and agents).
_THREAD_CLASS_BARE = re.compile(
    rf"{_TS} +{_LEVEL} +{_NESTED_THREAD} "
    r"(?P<logger>(?:[a-z_$][\w$]{0,64}\.){1,32}[A-Z][\w$]{0,128}) (?P<msg>.*)",
    re.S,
)
_BRACKETED_TIME_THREAD = re.compile(
    rf"\[{_TS}\] +{_NESTED_THREAD} +{_LEVEL} +{_LOGGER}{_AT_LINE}(?:{_DASH}| +: |: ?)(?P<msg>.*)",
    re.S,
)
# Nextflow's `.nextflow.log` (logback, `%d{MMM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36}
# - %msg`): a time without a year, the month's name glued to the day.
_NEXTFLOW = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(?P<day>\d\d) "
    rf"(?P<clock>\d\d:\d\d:\d\d(?:\.\d{{1,9}})?) +{_THREAD} +{_LEVEL} +{_LOGGER} +- ?(?P<msg>.*)",
    re.S,
)
# Spring Boot's logger column is `%-40.40logger{39}`: abbreviated, then cut from the left to 40
# characters, so it may start anywhere in a name (`.s.d.r.c.RepositoryConfigurationDelegate`,
# `trationDelegate$BeanPostProcessorChecker`), and Hibernate 6 names loggers with blanks
# (`SQL dialect`). It is everything up to the padded ` : ` (no colon in it; not a `[`, which would
# be a bracketed field this layout does not know).
_SPRING_LOGGER = r"(?P<logger>[^\s\[\]:](?:[^\n:]{0,254}?[^\s:])?)"
# After `---` stand one to four bracketed fields (`defaults.xml`'s `--- %esb(){APPLICATION_NAME}
# %esb{APPLICATION_GROUP}[%15.15t] ${LOG_CORRELATION_PATTERN:-}`): the application's name (3.2+)
# and group (3.4+) when set, the thread, then with Micrometer tracing the correlation id. Which is
# which is told from their order and content in `_spring_fields`, not by the regex.
# Spring Boot 2 with Spring Cloud Sleuth puts `[app,traceId,spanId]` (2.x: `,exportable` too;
# empty ids outside a trace, `[app,,]`) between the level and the pid.
# Zipkin's own server writes `[%X{traceId}/%X{spanId}]` there instead (`[/]` outside a trace).
_SLEUTH = (
    r"(?:\[(?:(?P<sleuth>[^\],\n]{0,128}(?:,[^\],\s]{0,64}){2,3})"
    r"|(?P<trace>[0-9a-f]{0,32})/(?P<span>[0-9a-f]{0,32}))\] +)?"
)
# (A layout may add its own bracketed columns between the pid and the dashes: metasfresh's
# webapi writes the session's remote address and user there, blank outside a request.)
_SPRING = re.compile(
    rf"{_TS} +{_LEVEL} +{_SLEUTH}(?:(?P<pid>\d+) +)?(?P<session>(?:\[[^\]\n]{{0,128}}\]){{1,4}} +)?"
    r"--- +"
    rf"(?P<fields>(?:\[[^\]\n]{{0,256}}\] +){{1,4}})"
    rf"{_SPRING_LOGGER} *: ?(?P<msg>.*)",
    re.S,
)
_BRACKETED_FIELD = re.compile(r"\[([^\]\n]{0,256})\]")
# Spring Boot's layout without its pid and thread (Airsonic's `%d %5p --- %-40.40logger{39} :
# %m`).
_SPRING_BARE = re.compile(rf"{_TS} +{_LEVEL} +--- +{_SPRING_LOGGER} *: ?(?P<msg>.*)", re.S)

# The level first, then the thread and the time in either order, then the logger or the file
# and line that logged (Cassandra's `%F:%L`). Seastar's loggers (ScyllaDB's, Redpanda's) may
# hold a slash: Redpanda's raft heartbeat logs as `r/heartbeat`, its Kafka client as
# `kafka/client`; read as any other, they were the line before's text.
_WHERE = r"(?P<logger>[A-Za-z_$][\w$.]*(?:/[A-Za-z_$][\w$.]*)*)(?::(?P<lineno>\d+))?"
_LEVEL_FIRST = (
    re.compile(rf"{_LEVEL} +{_THREAD} +{_TS} +{_WHERE} +- ?(?P<msg>.*)", re.S),
    re.compile(rf"{_LEVEL} +{_TS} +{_THREAD} +{_WHERE} +- ?(?P<msg>.*)", re.S),
    # Apache Tika server's `%-5p [%t] %d{HH:mm:ss,SSS} %c %m`: no dash after the logger, which
    # is then a class's full name (two dots at least) to tell it from a message's first word.
    re.compile(
        rf"{_LEVEL} +{_THREAD} +(?P<ts>\d\d:\d\d:\d\d[.,]\d{{1,9}}) +"
        r"(?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$]+){2,})(?::(?P<lineno>\d+))? (?P<msg>.*)",
        re.S,
    ),
    # Dropwizard's `%-5p [%d{ISO8601,UTC}] %c: %m%n%rEx`: the time in brackets, no thread.
    re.compile(rf"{_LEVEL} +\[{_TS}\] {_WHERE}: ?(?P<msg>.*)", re.S),
    # OpenMRS's `%p - %C{1}.%M(%L) |%d{ISO8601}| %m`: the class and method that logged and its
    # line, then the time between bars.
    re.compile(
        rf"{_LEVEL} - (?P<logger>[A-Za-z_$][\w$]*)\.(?P<method>[\w$<>]{{1,128}})"
        r"\((?P<lineno>\d{1,7})\) \|(?P<ts>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)\| "
        r"?(?P<msg>.*)",
        re.S,
    ),
    # Mule 4's `%-5p %d [%t] [processor: %X{processorPath}; event: %X{correlationId}] %c: %m`,
    # its threads' names bracketed within (`[[MuleRuntime].uber.03: [orders-api].flow ...]`).
    re.compile(
        rf"{_LEVEL} +{_TS} +\[(?P<thread>(?:[^\[\]\n]|\[[^\[\]\n]*\]){{0,512}})\] +"
        r"\[processor: (?P<processor>[^;\]\n]{0,512}); event: (?P<event>[^\]\n]{0,128})\] "
        rf"{_WHERE}: ?(?P<msg>.*)",
        re.S,
    ),
)
_LEVEL_STARTS = frozenset("TDIWEFSC")

# The Apache projects' own layouts: a colon after the logger (Spark), the logger last in
# parentheses (Kafka), `thread:Class@line` in brackets between dashes (ZooKeeper, whose thread
# names hold brackets and colons of their own: the class and line are the last ones).
_SPARK = re.compile(
    rf"(?P<ts>\d\d/\d\d/\d\d \d\d:\d\d:\d\d(?:[.,]\d{{1,9}})?) +{_LEVEL} +{_LOGGER}: ?(?P<msg>.*)",
    re.S,
)
# Kafka Connect's workers add the connector's context before the message and the line after the
# class (`[%d] %p %X{connector.context}%m (%c:%L)`: `[2024-01-01 12:00:00,123] INFO [my-sink|task-0]
# Committing offsets (org.apache.kafka.connect.runtime.WorkerSinkTask:233)`); both are attributes.
_KAFKA = re.compile(
    rf"\[{_TS}\] +{_LEVEL} +(?:\[(?P<connector>[^\]|\s]{{1,256}}\|[^\]\s]{{1,64}})\] )?"
    # The message opens with a non-blank (or is empty): the blanks before it are read one way,
    # not split in every way between ` +` and a message that must end at ` (`.
    # The logger is a class's or a package's dotted name (`kafka.server.KafkaServer`,
    # `state.change.logger`, Confluent's request logger `io.confluent.rest-utils.requests`): a
    # word alone in parentheses ends a sentence (Ghost's `... in 362ms (latest)`).
    r"(?P<msg>(?:\S.*)?) \((?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$][\w$-]*)+)(?::(?P<line>\d{1,7}))?\)"
    r"[ \t]*\Z",
    re.S,
)
_TOMCAT = re.compile(
    rf"(?P<ts>\d\d-[A-Z][a-z]{{2}}-\d{{4}} \d\d:\d\d:\d\d(?:[.,]\d{{1,9}})?) +{_LEVEL} +{_THREAD}"
    rf" +(?P<logger>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$<][\w$<>]*)+) ?(?P<msg>.*)",
    re.S,
)
_JUL = re.compile(
    r"(?P<ts>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d, \d{4} \d{1,2}:\d\d:\d\d"
    r" [AP]M) (?:(?P<logger>[A-Za-z_$][\w$.]{0,512}) (?P<method>[\w$<>-]{1,256})"
    # The logger alone where the record names no caller (Hazelcast's own logging over JUL):
    # a dotted name, so a sentence's word after a time is no logger.
    r"|(?P<source>[A-Za-z_$][\w$]{0,128}(?:\.[A-Za-z_$][\w$]{0,128}){1,32}))\Z"
)
# ZooKeeper 3.5 and later put its server id (the MDC) first: `%d [myid:%X{myid}] - %-5p
# [%t:%C{1}@%L] - %m`, and 3.8's logger is abbreviated with its package (`o.a.z.s.q.Learner`).
# The thread is the shortest text before a `:Class@line]`, so a message that quotes one keeps it.
_ZOOKEEPER = re.compile(
    rf"{_TS} (?:\[(?P<context>[^\]]{{0,256}})\] )?- {_LEVEL} +"
    rf"\[(?P<thread>.*?):(?P<cls>[A-Za-z_$][\w$.]*)@(?P<lineno>\d+)\] - ?(?P<msg>.*)",
    re.S,
)

# log4j 1.x's classic pattern, `%d{ISO8601} %-5p %c - %m%n` (PatternLayout's example and many a
# log4j.properties), and Python's `%(asctime)s %(levelname)s %(name)s - %(message)s`: no thread,
# the logger then ` - `. The logger must be spelt as one: a dotted name (`app.worker`,
# `org.apache.kafka.clients.NetworkClient`), a class's simple name in CamelCase (`%c{1}`:
# `NetworkClient`), Python's `root` and `__main__`, or any name with the line after it
# (`%c{1}:%L - `: `Charger:42 - `); a plain word before a dash (`ERROR Timeout - retrying`)
# stays the message's first. The level may stand in brackets, padded inside them (Apache
# James's logback pattern, `%d{HH:mm:ss.SSS} [%-5level] %logger{36} - %msg`).
_LEVEL_LOGGER = re.compile(
    rf"{_TS} +(?P<open>\[)?{_LEVEL}(?(open) *\]) +"
    r"(?P<logger>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+"
    r"|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|root|__main__|[A-Za-z_$][\w$]*(?=:\d))"
    rf"{_AT_LINE} +- ?(?P<msg>.*)",
    re.S,
)

# Apache Flink's log4j2 layout (`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m`, its
# conf/log4j.properties): no thread, the logger padded, then the nested diagnostic context in
# brackets (`[]` when empty) before ` - `.
_FLINK = re.compile(
    rf"{_TS} +{_LEVEL} +(?P<logger>[A-Za-z_$][\w$.]*) +\[(?P<context>[^\]]{{0,1024}})\] - ?"
    rf"(?P<msg>.*)",
    re.S,
)

# IntelliJ IDEA's and the other JetBrains IDEs' `idea.log` (IdeaLogRecordFormatter's
# `%d [%7s] %6s - %s - %s`): the milliseconds since start padded in brackets, the padded level,
# the logger abbreviated (a category's name starts with `#`).
_IDEA = re.compile(
    rf"{_TS} \[ *(?P<uptime>\d{{1,19}})\] +{_LEVEL} - (?P<logger>#?[A-Za-z_$][\w$.]*) - "
    rf"(?P<msg>.*)",
    re.S,
)

# Elasticsearch and Logstash: every field in brackets, the level and logger padded inside theirs.
_BRACKETED = re.compile(
    rf"\[{_TS}\]\[{_LEVEL} *\]\[{_LOGGER} *\](?:\[(?P<pipeline>[^\]]*)\])? ?"
    rf"(?:\[(?P<node>[^\]]*)\] )?(?P<msg>.*)",
    re.S,
)
# Apache Ignite's `[%d][%-5p][%t][%c{1}] %m`: the thread before the logger, each in brackets,
# the time as ISO 8601 or (its console's) the time of day alone.
_THREAD_BRACKETED = re.compile(
    rf"\[{_TS}\]\[{_LEVEL} *\]\[(?P<thread>[^\]\n]{{1,256}})\]\[{_LOGGER}\] ?(?P<msg>.*)",
    re.S,
)
# Jenkins: tabs around the level, the method after the logger's `#`.
_JENKINS = re.compile(
    rf"{_TS} \[id=(?P<thread>\d+)\]\t{_LEVEL}\t(?P<logger>[A-Za-z_$][\w$.]*)"
    rf"(?:#(?P<method>[\w$<>-]+))?: ?(?P<msg>.*)",
    re.S,
)

# Airlift's log (Trino's and Presto's `server.log`): tab-separated time, level, thread and the
# logging class (package-qualified), then the message. A thread is any text but a tab.
_AIRLIFT = re.compile(
    rf"{_TS}\t{_LEVEL}\t(?P<thread>[^\t\n]{{1,256}})\t"
    r"(?P<logger>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\t(?P<msg>.*)",
    re.S,
)
# Akka's and Pekko's own loggers (StdOutLogger, the default before an SLF4J backend is set):
# `[INFO] [05/01/2024 12:00:00.123] [sys-akka.actor.default-dispatcher-3] [akka://sys/user/a] msg`,
# the date month first (`MM/dd/yyyy HH:mm:ss.SSS`), the actor's path the log source.
_AKKA = re.compile(
    # A log marker before the time where the record has one (`[WARN] [akkaUnreachable][...`).
    rf"\[{_LEVEL}\] (?:\[(?P<marker>[A-Za-z][\w.-]{{0,63}})\] ?)?"
    r"\[(?P<month>\d\d)/(?P<day>\d\d)/(?P<year>\d{4}) (?P<clock>\d\d:\d\d:\d\d"
    r"(?:\.\d{1,9})?)\] \[(?P<thread>[^\]\n]{0,256})\] \[(?P<logger>[^\]\n]{1,1024})\] ?"
    r"(?P<msg>.*)",
    re.S,
)

# log4j2's `[%d{HH:mm:ss}] [%t/%level]: %msg` (a Minecraft server's logs/latest.log, and the
# servers and proxies built on it) and its console's `[%d{HH:mm:ss} %level]: %msg`: the time
# only, the thread, which may hold blanks and slashes (`RCON Client /127.0.0.1 #2`), before a
# slash and the level in the same brackets.
_TIME_THREAD_LEVEL = re.compile(
    r"\[(?P<ts>\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)(?:\] \[(?P<thread>[^\]\n]{1,256})/| )"
    rf"{_LEVEL}\]:? (?P<msg>.*)",
    re.S,
)

# JBoss LogManager's default (`%d %-5p [%c] (%t) %s%e`): Quarkus, WildFly, JBoss EAP. The logger
# in brackets, the thread in parentheses. A hyphen only past the category's first dot (Quarkus'
# `io.quarkus.http.access-log`): Qpid's `[%t] (%c) - ` has a thread there (`[Broker-Config]`).
# CloudStack's (its log4j pattern adds `%X{logcontextid}` after the thread: `(logid:90ea9a4f)`):
# that context is an attribute, not the message's first word.
_JBOSS = re.compile(
    rf"{_TS} +{_LEVEL} +\[(?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$-]+)*)\] "
    r"\((?P<thread>[^)\n]*)\) ?(?:\(logid:(?P<logid>[0-9a-f]{1,32})\) )?(?P<msg>.*)",
    re.S,
)

# Jetty 9's own logger (StdErrLog), colons between the fields: the logger is abbreviated
# (`oejs.Server`: org.eclipse.jetty.server), the thread follows it. Its milliseconds follow a
# full stop; Python's `%(asctime)s:%(levelname)s:%(name)s:...`, the same shape otherwise,
# writes a comma there (pylogging reads that).
# Jetty 10's StdErrAppender pads the level to five (`:INFO :`); the root logger's name is empty
# in both (`:INFO::main: Logging initialized @406ms`).
_JETTY = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})"
    rf":{_LEVEL} ?:(?P<logger>[A-Za-z_$][\w$.]*)?:(?P<thread>[^:]*): ?(?P<msg>.*)",
    re.S,
)

# Apache Solr's solr.log. 6.x and later (`%d{yyyy-MM-dd HH:mm:ss.SSS} %-5p (%t) [%X{collection}
# %X{shard} %X{replica} %X{core}] %c{1.} %m%n`; 8.6+ writes the context as `[%notEmpty{c:...}
# %notEmpty{ s:...}...%notEmpty{ t:%X{trace_id}}]`): the thread in parentheses, its name may hold
# blanks, colons and brackets (`recoveryExecutor-7-thread-1-processing-n:host:8983_solr
# x:coll_shard1_replica_n1 c:coll`), so it is the shortest text before `) [`; the context in
# brackets, then the logger abbreviated (`o.a.s.c.S.Request`). 5.x wrote the milliseconds since
# start (`%-4r`) where the date stands, and 4.x (and 5.x's console) the level first, `%-5p -
# %d; [context] %C; %m`, the context absent before 4.10.
# log4j's TTCC layout, `%r [%t] %-5p %c %x - %m` (BasicConfigurator's, and patterns made
# from it, Netflix Conductor's `%-4r [%t] %-5p %c %x - %m`): the milliseconds since the JVM
# started, the thread, the level, the logger and the nested diagnostic context (`[]` empty in
# log4j2, nothing in log4j 1).
_TTCC = re.compile(
    rf"(?P<uptime>\d{{1,19}}) +{_THREAD} {_LEVEL} +{_LOGGER} +(?:\[(?P<ndc>[^\]\n]{{0,512}})\] )?"
    r"- (?P<msg>.*)",
    re.S,
)
_SOLR_CONTEXT = r"\[(?P<context>[^\]\n()]{0,512})\]"
_SOLR_TAIL = rf" +{_LEVEL} +\((?P<thread>[^\n]{{0,512}}?)\) {_SOLR_CONTEXT} {_LOGGER} ?(?P<msg>.*)"
_SOLR = re.compile(rf"{_TS}{_SOLR_TAIL}", re.S)
_SOLR_UPTIME = re.compile(rf"(?P<uptime>\d{{1,19}}){_SOLR_TAIL}", re.S)
_SOLR_LEVEL_FIRST = re.compile(
    rf"{_LEVEL} +- {_TS}; (?:{_SOLR_CONTEXT} )?{_LOGGER}; ?(?P<msg>.*)",
    re.S,
)
# Solr's context fields: 5.4-8.5 write their values with a prefix and blanks for the unset ones
# (`[   x:core1]`), 8.6+ leaves the unset ones out (`[ x:core1]`), before 5.4 they are bare and
# positional (`[coll shard1 core_node1 coll_shard1_replica1]`, `[   core1]`).
_SOLR_KEYS = {"c": "collection", "s": "shard", "r": "replica", "x": "core", "t": "trace_id"}
_SOLR_POSITIONS = ("collection", "shard", "replica", "core")

# The JVM's default handler prints uncaught exceptions with no log prefix at all; the line
# starts an event of its own (the stack follows), so it is a header here.
_UNCAUGHT = re.compile(r'Exception in thread "(?P<thread>[^"]*)" (?P<exc>\S.*)', re.S)


def _uncaught(line: str) -> ParsedFields | None:
    m = _UNCAUGHT.match(line)
    if m is None:
        return None
    return ParsedFields(message=line, level="ERROR", attributes={"thread": m.group("thread")})


# The line under java.util.logging's SimpleFormatter header: its level (English, as the JDK
# names them in its default locale) and the message (`SEVERE: Could not connect`).
# (OpenAM's debug records, their header alone too, write `WARNING: ` and `ERROR: ` there.)
_JUL_LEVEL_LINE = re.compile(r"(SEVERE|ERROR|WARNING|INFO|CONFIG|FINE|FINER|FINEST): (.*)", re.S)


class JavaLoggingFormat:
    name = "java"
    multiline = True
    continues_own = True  # `continues` goes on only an event this format opened

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """A further line of a GlassFish ULF record, up to the `|#]` that closes it, blank
        lines between (`java_servers.ulf_continues`)."""
        if opened is None or opened[:3] != "[#|":
            return None
        return ulf_continues(line, opened, previous)

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A SimpleFormatter record's level and message, from the line under its header: the
        message without the level that opens its line, as every other layout's; a request an
        access logger wrote there named by its route and status, as an access log's line."""
        if fields.message or fields.level is not None or not continuation:
            return fields, continuation
        m = _JUL_LEVEL_LINE.match(continuation[0])
        if m is None:
            return fields, continuation
        fields.level, fields.message = m.group(1), m.group(2)
        # Vert.x's LoggerHandler and Jersey's access filters log each request through JUL.
        request = headed_request(fields.message) if len(continuation) == 1 else None
        if request is not None:
            fields = under_header(fields, request)
        return fields, continuation[1:]

    def parse(self, line: str) -> ParsedFields | None:
        """The record `line` opens, a request an access logger wrote (Micronaut's
        `HTTP_ACCESS_LOGGER`, Ktor's CallLogging, Play's LoggingFilter) named by its route and
        status, as an access log's line is (`access.headed_request`)."""
        fields = self._parse(line)
        if fields is None or not fields.message or fields.template is not None:
            return fields
        request = headed_request(fields.message)
        return fields if request is None else under_header(fields, request)

    def _parse(self, line: str) -> ParsedFields | None:
        if len(line) < 16:
            return None
        if not line[0].isdigit():
            if line[0] == "E" and line.startswith('Exception in thread "'):
                return _uncaught(line)
            if line[3:4] == " " and line[6:8] == ", " and line[-1:] != " ":
                m = _JUL.match(line)
                if m is not None:  # the message and level are on the next line
                    if m["source"] is not None:
                        return ParsedFields("", m["ts"], None, None, None, m["source"])
                    attrs = {"method": m["method"]}
                    return ParsedFields(
                        "", m["ts"], None, None, None, m["logger"], None, None, attrs
                    )
                return None
            if line[3:4] == "-" and line[6:7] == " ":
                return _nextflow(_NEXTFLOW.match(line))
            if line[0] == "[" and line[3:4] == ":" and line[6:7] == ":":
                if line.find("][", 8, 17) > 0:
                    return _thread_bracketed(_THREAD_BRACKETED.match(line))
                return _time_thread_level(_TIME_THREAD_LEVEL.match(line))
            if line[0] == "[" and line[5:6] == "-":
                if "][" in line[20:40]:
                    ignite = _THREAD_BRACKETED.match(line)
                    if ignite is not None and "." not in ignite["thread"]:
                        return _thread_bracketed(ignite)  # (Logstash's third is a dotted logger)
                    return _bracketed(_BRACKETED.match(line))
                if "] [" in line[20:40] and (gerrit := _BRACKETED_TIME_THREAD.match(line)):
                    attrs = {"thread": gerrit["thread"].strip()}
                    msg, ts, level, logger = gerrit.group("msg", "ts", "level", "logger")
                    return ParsedFields(msg, ts, level, None, None, logger, None, None, attrs)
                return _kafka(_KAFKA.match(line))
            if line[0] == "[" and line[1:2] in _LEVEL_STARTS and line.find("] [", 4, 10) > 0:
                return _akka(_AKKA.match(line))
            if line[0] == "[" and line.find("/", 2, 4) > 0:
                return websphere(line)
            if line[0] == "[" and line[1:3] == "#|":
                return glassfish_ulf(line)
            if line[0].isalpha() and line.find(": Thread[", 20, 120) > 0:
                return openam_debug(line)
            if line[0] == "#" and line.startswith("####<"):
                return weblogic(line)
            if line[0] in _LEVEL_STARTS:
                if line.find(" - ", 4, 10) > 0 and line.find("; ", 20, 40) > 0:
                    return _solr(_SOLR_LEVEL_FIRST.match(line))
                return _level_first(line)
            return None
        # Where the time ends: after its milliseconds (`,123`), or its seconds when it has none.
        if line[4] == "-":
            cut = 19 if line[19:20] == " " else 23
        elif line[2] == ":":
            cut = 8 if line[8:9] == " " else 12
        elif line[2] == " " and line[6:7] == " " and line[11:12] == " ":
            cut = 20 if line[20:21] == " " else 24  # `%d{DATE}`: `11 Jun 2024 06:00:02,118`
        elif line[2] == "-" and line[5] == " " and line[18:20] == " [":
            cut = 18  # `%d{MM-dd HH:mm:ss.SSS} [%t]`, no year
        elif line[2] == "/":
            return _apache(_SPARK.match(line))
        elif line[2] == "-" and line[6:7] == "-":
            return _tomcat(_TOMCAT.match(line))
        elif " (" in line[1:34]:
            return _solr(_SOLR_UPTIME.match(line))
        elif line.find(" [", 1, 21) > 0:
            return _ttcc(_TTCC.match(line))
        else:
            return None
        # The character after the timestamp's neighbourhood tells the layouts apart.
        window = line[cut : cut + 40]
        # (Sleuth's bracket of ids before Spring Boot's pid pushes its dashes past 60.)
        if " --- " in window or " --- " in line[cut : cut + 140]:
            fields = _spring(_SPRING.match(line))
            if fields is None and (bare := _SPRING_BARE.match(line)) is not None:
                return ParsedFields(bare["msg"], bare["ts"], bare["level"], logger=bare["logger"])
            if fields is not None:
                return fields
            # (Not Spring Boot's: a message of another layout that opens with dashes, Jahia's
            # `... Activator: --- Start Jahia OSGi bundle ...`.)
        if line[cut : cut + 1] == ":" and line[cut + 1 : cut + 2] in _LEVEL_STARTS:
            return _apache(_JETTY.match(line))
        else:
            stripped = line[cut:].lstrip(" 0123456789:.,+-TZ")
            if stripped[:1] == "[":
                m = _THREAD_LEVEL.match(line)
                if m is None and "] - " in window and "@" in line:
                    return _apache(_ZOOKEEPER.match(line))
                if m is None and " - " in line[cut : cut + 300]:
                    return _idea(_IDEA.match(line)) or _apache(_LEVEL_LOGGER.match(line))
            else:
                # The thread's bracket follows a blank: a line without ` [` (Python logging's
                # `... - scheduler.jobs - INFO - msg` in a mixed file) skips the regex.
                m = _LEVEL_THREAD.match(line) if " [" in line else None
                if m is None and " (" in line[cut : cut + 9]:
                    fields = _solr(_SOLR.match(line))
                    if fields is not None:
                        return fields
                if m is None and (
                    ("] [" in line[cut : cut + 300] and (bracketed := _bracketed_category(line)))
                    or ("][" in line[cut : cut + 300] and (bracketed := _glued_class(line)))
                ):
                    return bracketed
                if m is None:
                    # Tried only where it can match: every line of a mixed file comes here.
                    if line[cut : cut + 3] == " - " and "@" in line:
                        return _apache(_ZOOKEEPER.match(line))
                    if "] (" in line[cut : cut + 300]:
                        return _apache(_JBOSS.match(line))
                    if "] - " in line[cut : cut + 300]:
                        return _flink(_FLINK.match(line))
                    if line.find("\t", cut, cut + 7) >= 0:
                        return _apache(_AIRLIFT.match(line))
                    if " - " in line[cut : cut + 300]:
                        return _apache(_LEVEL_LOGGER.match(line))
                    if "] " in line[cut : cut + 400] and (
                        crowd := _BARE_THREAD_CATEGORY.match(line)
                    ):
                        msg, ts, level, logger = crowd.group("msg", "ts", "level", "logger")
                        attrs = {"thread": crowd["thread"]}
                        return ParsedFields(msg, ts, level, None, None, logger, None, None, attrs)
                    if "] " in line[cut : cut + 400] and (bare := _THREAD_CLASS_BARE.match(line)):
                        msg, ts, level, logger = bare.group("msg", "ts", "level", "logger")
                        attrs = {"thread": bare["thread"]}
                        return ParsedFields(msg, ts, level, None, None, logger, None, None, attrs)
                    return None
            if m is None and "[id=" in window:
                return _jenkins(_JENKINS.match(line))
            if m is None:
                return None
            attrs = {"thread": m.group("thread").strip()}  # padded by `%-25.25t`
            if m["at_line"] is not None:
                attrs["lineno"] = number(m["at_line"])
            if m.re is _THREAD_LEVEL:
                ndc = m.group("ndc")
                if ndc and ndc != "(null)":
                    attrs["ndc"] = ndc
            elif m["context"]:
                _add_context(m["context"], attrs)
            elif m["mdc"]:
                attrs["mdc"] = m["mdc"]
            if m.re is _LEVEL_THREAD and m["akka"]:
                attrs["akka_source"] = m["akka"]
        msg, ts, level, logger = m.group("msg", "ts", "level", "logger")
        # Positional (message, timestamp, level, service, host, logger, trace id, exception,
        # attributes): once per Java header, and keywords cost twice as much.
        return ParsedFields(msg, ts, level, None, None, logger, None, None, attrs)


def _add_context(context: str, attrs: dict[str, object]) -> None:
    """The pairs of a diagnostic context's bracket into `attrs` (the keys it holds already
    win), or the bracket whole, as `ndc`, when it is not `key=value` pairs."""
    pairs: list[tuple[str, str]] = []
    pos = 0
    while pos < len(context):
        m = _CONTEXT_PAIR.match(context, pos)
        if m is None:
            attrs.setdefault("ndc", context)
            return
        pairs.append((m[1], m[2].strip()))
        pos = m.end()
    for key, value in pairs:
        attrs.setdefault(key, value)


def _spring(m: re.Match[str] | None) -> ParsedFields | None:
    """Spring Boot's line: the application's name is the service, the correlation's trace id the
    trace id and its span id an attribute, the pid, thread and application group attributes."""
    if m is None:
        return None
    fields = _BRACKETED_FIELD.findall(m["fields"])
    trace_id = None
    # (No pid where the layout leaves `%pid` out: NZBHydra 2's `%d %5p --- [%15.15t] ...`.)
    attrs: dict[str, object] = {"pid": int(m["pid"])} if m["pid"] else {}
    if m["session"] is not None:
        said = " ".join(f.strip() for f in _BRACKETED_FIELD.findall(m["session"])).strip()
        if said:
            attrs["session"] = said  # the layout's own columns, blank outside a request
    if len(fields) > 1:
        ids = _correlation(fields[-1])
        if ids is not None:
            fields.pop()
            trace_id = ids[0] if ids and ids[0] else None
            if len(ids) > 1 and ids[1]:
                attrs["span_id"] = ids[1]
            if any(ids[2:]):  # a `logging.pattern.correlation` naming more than two ids
                attrs["correlation"] = "-".join(ids)
    attrs["thread"] = fields.pop().strip()  # padded by `%15.15t`
    if len(fields) > 2:
        return None  # a bracketed field this layout does not know: not Spring Boot's
    service = fields[0] if fields else None
    if len(fields) == 2:
        attrs["app_group"] = fields[1]
    if m["sleuth"] is not None:
        app, trace, span, *_ = m["sleuth"].split(",")
        service = service or app or None
        trace_id = trace_id or trace or None
        if span:
            attrs["span_id"] = span
    elif m["trace"] is not None:
        trace_id = trace_id or m["trace"] or None
        if m["span"]:
            attrs["span_id"] = m["span"]
    return ParsedFields(
        m["msg"], m["ts"], m["level"], service, None, m["logger"], trace_id, None, attrs
    )


def _correlation(field: str) -> list[str] | None:
    """The ids of Spring Boot's correlation field (`%correlationId`: `traceId(32),spanId(16)` by
    default, each id padded to its width with blanks, joined by `-`; all blank when no span is
    current), or None when the field is not one (a thread's name)."""
    if not field.strip():
        return [] if len(field) >= 8 else None
    # Each id is padded on its right (a thread's name on its left, `%15.15t`): an id is hex
    # then blanks, or blanks alone when unknown; one at least 8 long (a trace id is 32 or 16
    # digits, a span id 16), which a thread's name like `pool-1` is not.
    ids = [p.rstrip(" ") for p in field.split("-")]
    if len(ids) < 2 or max(len(i) for i in ids) < 8:
        return None
    if not all(_HEX.fullmatch(i) for i in ids if i):
        return None
    return ids


_HEX = re.compile(r"[0-9a-fA-F]+")


def _nextflow(m: re.Match[str] | None) -> ParsedFields | None:
    """Nextflow's line; its time as syslog writes a year-less one, which takes its year as
    syslog's does (from the file's time)."""
    if m is None:
        return None
    ts = f"{m['month']} {m['day']} {m['clock']}"
    attrs = {"thread": m["thread"]}
    return ParsedFields(m["msg"], ts, m["level"], None, None, m["logger"], None, None, attrs)


def _level_first(line: str) -> ParsedFields | None:
    for layout in _LEVEL_FIRST:
        m = layout.match(line)
        if m is not None:
            groups = m.groupdict()
            attrs: dict[str, object] = {}
            if groups.get("thread") is not None:
                attrs["thread"] = groups["thread"]
            if groups.get("lineno"):
                attrs["lineno"] = number(groups["lineno"])
            for key in ("processor", "event", "method"):  # Mule's path and event; a method
                if groups.get(key):
                    attrs[key] = groups[key]
            return ParsedFields(
                m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs
            )
    return None


def _bracketed_category(line: str) -> ParsedFields | None:
    """The category's bracket, then the thread's (Alfresco's), or the other way round
    (Atlassian's): `_CATEGORY_THREAD`, `_THREAD_CATEGORY`. A category is tried first: a
    thread's name may look like one (Hazelcast's `hz.ShutdownThread`), a category never holds
    the blanks and dashes of most threads' names."""
    category = _CATEGORY_THREAD.match(line) or _THREAD_CATEGORY.match(line)
    if category is None:
        return None
    msg, ts, level, logger = category.group("msg", "ts", "level", "logger")
    attrs = {"thread": category["thread"].strip()}
    return ParsedFields(msg, ts, level, None, None, logger, None, None, attrs)


def _glued_class(line: str) -> ParsedFields | None:
    """Liferay's class and line glued to the thread's bracket (`_THREAD_CLASS_LINE`)."""
    glued = _THREAD_CLASS_LINE.match(line)
    if glued is None:
        return None
    msg, ts, level, logger = glued.group("msg", "ts", "level", "logger")
    attrs = {"thread": glued["thread"].strip(), "lineno": int(glued["at_line"])}
    return ParsedFields(msg, ts, level, None, None, logger, None, None, attrs)


def _apache(m: re.Match[str] | None) -> ParsedFields | None:
    """The fields of a match of one of the Apache projects' layouts."""
    if m is None:
        return None
    groups = m.groupdict()
    attrs: dict[str, object] | None = None
    if groups.get("thread") is not None:
        attrs = {"thread": groups["thread"]}
    logger = groups.get("logger")
    if groups.get("at_line") is not None:
        attrs = {**(attrs or {}), "lineno": number(groups["at_line"])}
    if groups.get("logid") is not None:
        attrs = {**(attrs or {}), "logid": groups["logid"]}
    if groups.get("cls") is not None:  # ZooKeeper: the class and line, not a logger name
        logger = groups["cls"]
        attrs = {**(attrs or {}), "lineno": number(groups["lineno"])}
        context = groups.get("context")
        if context:  # `myid:1`, the server's id (empty on a standalone server)
            key, colon, value = context.partition(":")
            if not colon:
                attrs["context"] = context
            elif value:
                attrs[key] = value
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, logger, None, None, attrs)


def _akka(m: re.Match[str] | None) -> ParsedFields | None:
    """Akka's line, its month-first date written as ISO 8601 (a slashed date alone is read day
    first as often as month first; this layout's is always month first)."""
    if m is None:
        return None
    ts = f"{m['year']}-{m['month']}-{m['day']}T{m['clock']}"
    attrs = {"thread": m["thread"]}
    if m["marker"] is not None:
        attrs["marker"] = m["marker"]
    return ParsedFields(m["msg"], ts, m["level"], None, None, m["logger"], None, None, attrs)


def _time_thread_level(m: re.Match[str] | None) -> ParsedFields | None:
    """log4j2's time-only line with the thread and level in one bracket; the thread goes to
    attributes (the line names no logger)."""
    if m is None:
        return None
    attrs = {"thread": m["thread"]} if m["thread"] else None
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, None, None, None, attrs)


def _kafka(m: re.Match[str] | None) -> ParsedFields | None:
    """Kafka's line; Kafka Connect's connector context and the logging line to attributes."""
    if m is None:
        return None
    attrs: dict[str, object] | None = None
    if m["connector"] is not None:
        attrs = {"connector": m["connector"]}
    if m["line"] is not None:
        attrs = {**(attrs or {}), "lineno": number(m["line"])}
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs)


def _flink(m: re.Match[str] | None) -> ParsedFields | None:
    """Flink's line: its diagnostic context (`[]` on most lines) an attribute when set."""
    if m is None:
        return None
    attrs = {"context": m["context"]} if m["context"] else None
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs)


def _idea(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    attrs = {"uptime_ms": number(m["uptime"])}
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs)


def _bracketed(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    attrs = {k: v for k, v in (("node", m["node"]), ("pipeline", m["pipeline"])) if v}
    return ParsedFields(
        m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs or None
    )


def _thread_bracketed(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    attrs = {"thread": m["thread"].strip()}
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs)


def _jenkins(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    attrs = {"thread": m["thread"]}
    if m["method"]:
        attrs["method"] = m["method"]
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, m["logger"], None, None, attrs)


def _ttcc(m: re.Match[str] | None) -> ParsedFields | None:
    """log4j's TTCC layout (`_TTCC`): no time of day, so the event takes its file's; the
    milliseconds since start, the thread and a diagnostic context attributes."""
    if m is None:
        return None
    attrs: dict[str, object] = {"uptime_ms": number(m["uptime"]), "thread": m["thread"]}
    if m["ndc"]:
        attrs["ndc"] = m["ndc"]
    return ParsedFields(m["msg"], None, m["level"], None, None, m["logger"], None, None, attrs)


def _solr(m: re.Match[str] | None) -> ParsedFields | None:
    """Solr's line: the thread, the milliseconds since start (5.x) and the context's fields
    (collection, shard, replica, core) attributes, the context's trace id the trace id."""
    if m is None:
        return None
    groups = m.groupdict()
    attrs: dict[str, object] = {}
    if groups.get("thread") is not None:
        attrs["thread"] = groups["thread"]
    if groups.get("uptime") is not None:
        attrs["uptime_ms"] = number(groups["uptime"])
    context = _solr_context(groups["context"] or "")
    trace_id = context.pop("trace_id", None)
    attrs.update(context)
    return ParsedFields(
        m["msg"],
        groups.get("ts"),
        m["level"],
        None,
        None,
        m["logger"],
        trace_id,
        None,
        attrs or None,
    )


def _solr_context(text: str) -> dict[str, str]:
    """The named fields of Solr's diagnostic context (`c:coll s:shard1 r:core_node2 x:core`, or
    positional before 5.4); a context of another shape is kept whole as `context`."""
    values = text.split(" ")
    if not text.strip():
        return {}
    fields: dict[str, str] = {}
    if any(v[1:2] == ":" and v[:1] in _SOLR_KEYS for v in values):
        for value in values:
            key, colon, rest = value.partition(":")
            if not value:
                continue
            if not colon or key not in _SOLR_KEYS:
                return {"context": text.strip()}
            if rest:
                fields[_SOLR_KEYS[key]] = rest
        return fields
    if len(values) == len(_SOLR_POSITIONS):
        return {k: v for k, v in zip(_SOLR_POSITIONS, values, strict=True) if v}
    return {"context": text.strip()}


def _tomcat(m: re.Match[str] | None) -> ParsedFields | None:
    """Tomcat's line names the class and then the method that logged: the class is the
    logger, the method an attribute."""
    if m is None:
        return None
    logger, _, method = m["logger"].rpartition(".")
    attrs = {"thread": m["thread"], "method": method}
    return ParsedFields(m["msg"], m["ts"], m["level"], None, None, logger, None, None, attrs)


FORMAT = JavaLoggingFormat()

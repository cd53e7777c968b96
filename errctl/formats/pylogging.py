"""Python `logging` text output in the layouts people actually configure:

- `%(asctime)s - %(name)s - %(levelname)s - %(message)s` (the logging cookbook's; with
  `%(lineno)d - ` before the level too, Matrix Synapse's, the line an attribute, and its
  `%(request)s - ` after the level, the log context, `GET-4212`, `main`, an attribute)
- `%(asctime)s %(levelname)s %(name)s: %(message)s`
- `%(asctime)s %(name)s %(levelname)s %(message)s`, `%(asctime)s - %(levelname)s - %(name)s -
  %(message)s`, and `%(asctime)s %(levelname)s %(name)s %(message)s` when the name is a module
  path (`app.db`), `root` or `__main__` (any other word there is the message's first)
- `%(asctime)s [%(levelname)s] %(name)s: %(message)s`, and `%(asctime)s [%(process)s]
  %(name)s %(levelname)s: %(message)s` (Barman's)
- `%(levelname)s:%(name)s:%(message)s` (basicConfig's default; no timestamp)
- `[%(asctime)s] %(levelname)s in %(module)s: %(message)s` (Flask's default)
- `[%(asctime)s] %(name)-30s %(levelname)-8s: %(message)s` (Frigate's)
- `{levelname} {asctime} {module} {process:d} {thread:d} {message}` (Django's `verbose`)
- `[%(asctime)s: %(levelname)s/%(processName)s] %(message)s` (Celery's workers)
- `{time} | {level: <8} | {name}:{function}:{line} - {message}` (loguru's default), and
  `%(asctime)s | %(levelname)-8s | %(name)s | %(message)s`
- `[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s - %(message)s` (Apache Airflow's task
  logs, whose asctime is `2024-01-01, 12:00:00 UTC` since 2.3 and logging's default before; its
  scheduler's, webserver's and workers', whose asctime is ISO 8601 with an offset,
  `2024-01-01T12:00:00.123+0000`)
- `%(asctime)s %(levelname)s (%(threadName)s) [%(name)s] %(message)s` (Home Assistant's)
- `%(asctime)s %(levelname)s [%(name)s] %(message)s` (a common configuration: tutorials,
  Scrapy's `%(asctime)s [%(name)s] %(levelname)s` aside); not log4j's `[%t] %c - %m` nor
  `[%c] - %m`, whose `- ` after the bracket or after the next token says Java, nor `[%t] %c: %m`
  with a package-qualified class or `[%thread] %logger : %msg` with a padded one, nor JBoss
  LogManager's `[%c] (%t) %s` (Quarkus, Keycloak), whose thread in parentheses does
- `%(asctime)s [%(threadName)s] %(levelname)s %(message)s` (the thread an attribute; not
  log4j's `%d [%t] %-5p %c - %m`, whose logger and dash after the level say Java)
- `%(asctime)s [%(name)s] %(levelname)s: %(message)s` (Scrapy's default LOG_FORMAT: the
  level's colon tells it from log4j's `[%t] %-5p %c`)
- `%(asctime)s:%(levelname)s:%(name)s:%(message)s` (basicConfig's with a time: certbot's; not
  Jetty's StdErrLog, `2024-05-01 12:00:00.123:INFO:oejs.Server:main: msg`, with a full stop
  before the milliseconds and the thread after the logger, which the java format reads)
- `%(asctime)s - %(filename)s[%(levelname)s]: %(message)s` (cloud-init's)
- `%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s %(message)s` (fail2ban's; 0.8's
  `%(asctime)s %(name)-15s: %(levelname)-6s %(message)s` without the pid)
- `path.py:12: DeprecationWarning: message` (the `warnings` module's, with the source line
  below it: a warning, the category as its logger)
- `%(asctime)s %(levelname)s [%(name)s] [%(filename)s:%(lineno)d] [trace_id=%(otelTraceID)s
  span_id=... resource.service.name=... trace_sampled=...] - %(message)s` (OpenTelemetry's
  logging instrumentation: the trace id, the service and the span id are read)
- `%(asctime)s p=%(process)d u=%(user)s n=%(name)s | %(message)s` (Ansible's `log_path`
  file; `... n=%(name)s %(levelname)s| %(message)s` since ansible-core 2.17): with no level
  written, Ansible's own words give it (`fatal: [web1]: FAILED!` an error, `[WARNING]:` a
  warning)
- `%(asctime)s.%(msecs)03d %(process)d %(levelname)s %(name)s [%(global_request_id)s
  %(request_id)s %(user_identity)s] %(instance)s%(message)s` (OpenStack's oslo.log: nova,
  neutron, keystone, cinder, glance; `[-]` without a request context): the request ids, user
  and project are read, the instance is an attribute, and the traceback it writes under the
  same prefix on every line (`logging_exception_prefix`, TRACE for ERROR before Liberty)
  is joined by `continues`; DevStack's
  layouts too (no pid; for the journal no time either, `DEBUG nova.x [None req-<uuid> demo
  admin] msg {{(pid=12) func /opt/x.py:3}}`, which syslog reads in its message)
- `%(levelprefix)s %(message)s` (uvicorn's, FastAPI's and Starlette's server: `INFO:     msg`,
  every message at column 10; its access lines, `127.0.0.1:52044 - "GET /items/5 HTTP/1.1" 200
  OK`, are read as requests: the route is the template, a 5xx an error, a 4xx a warning)
- `[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d] %(message)s` (Tornado's LogFormatter,
  its asctime `%y%m%d %H:%M:%S`), and Jupyter's use of it, `[%(levelname)1.1s
  %(asctime)s.%(msecs).03d %(name)s] %(message)s` (jupyter_server, JupyterLab, Enterprise
  Gateway: `[I 2024-01-15 10:23:45.123 ServerApp] msg`; the classic notebook's asctime is
  `%H:%M:%S` alone), and JupyterHub's, the app and then `%(module)s:%(lineno)d` (`[I 2024-01-15
  10:23:45.123 JupyterHub proxy:319] msg`): the letter is the level, the app the logger, and a
  request line (`404 GET /api/x (user@::1) 2.14ms`, a redirect's `302 GET /hub/ -> /hub/login
  (@::1) 0.55ms`) is named by its route and status

Owns `PythonLoggingFormat` and the module instance `FORMAT` (name "python"). The level must be a
real level name (upper case, as logging writes it), which keeps prose and tracebacks out; the
traceback lines that follow a header are framing's business (but oslo.log's, which carry a
header of their own, are joined here).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from errctl.formats.access import (
    django_response,
    headed_request,
    opens_with_request,
    request_template,
    status_level,
    under_header,
)
from errctl.formats.base import number
from errctl.formats.daemon_headers import datadog_agent, log_id_topic
from errctl.formats.http_records import http_request
from errctl.formats.kettle import kettle_line, kettle_message
from errctl.formats.log4j import JAVA_CATEGORY_BRACKET
from errctl.formats.pfxlog import pfxlog_line
from errctl.formats.rust_tracing import SPAN_BRACES, tracing_event
from errctl.formats.timestamps import match_timestamp_prefix
from errctl.models import ParsedFields

LEVEL_NAMES = ("DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL", "FATAL", "NOTSET")
# logging.addLevelName() extras seen in the wild (loguru-style SUCCESS, TRACE, NOTICE).
# (And java.util.logging's SEVERE, FINE and CONFIG, in the same layouts where a Java server
# logs through it: Dogtag PKI's `%d [%t] %p: %m`.)
EXTRA_LEVEL_NAMES = ("TRACE", "NOTICE", "SUCCESS", "EXCEPTION", "SEVERE", "FINE", "CONFIG")
_LEVEL = "(?P<level>" + "|".join(LEVEL_NAMES + EXTRA_LEVEL_NAMES) + ")"
# asctime: logging's default `2024-01-01 12:00:00,123`, or ISO-ish variants from a datefmt.
_TS = (
    r"(?P<ts>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?"
    r"(?:Z|[+-]\d\d:?\d\d| ?(?:UTC|GMT))?)"
)
# A logger name; Rust's `tracing` writes module paths (`my_app::db`) in the same place. Not one
# that starts with `(`: that is a thread in parentheses (Apache Solr's `time LEVEL (thread)
# [context] logger msg`, whose thread names hold colons: `coreLoadExecutor-1-processing-n:host`).
# Nor a brace or a quote: a JSON record's first key (`INFO {"event": "..."}`), the message.
_NAME = r"(?P<name>[^\s\[\]:({\"][^\s\[\]:]*(?:::[^\s\[\]:]+)*)"
_MSG = r"(?P<msg>.*)"
# Pritunl's `[%(host)s][%(asctime)s][%(levelname)s] %(message)s` (its logger's formatter):
# the host's name first, each field bracketed, the message's fields indented on the lines
# below it.
_HOST_TIME_LEVEL = re.compile(rf"\[(?P<host>[\w.-]{{1,253}})\]\[{_TS}\]\[{_LEVEL}\] ?{_MSG}", re.S)
# Redash's `[%(asctime)s][PID:%(process)d][%(levelname)s][%(name)s] %(message)s`.
_REDASH = re.compile(rf"\[{_TS}\]\[PID:(?P<pid>\d{{1,10}})\]\[{_LEVEL}\]\[{_NAME}\] ?{_MSG}", re.S)

# `%(asctime)s %(filename)s:%(lineno)d %(levelname)s %(message)s`, EasyBuild's (its
# fancylogger writes `== ` before it: `_parse`).
_FILE_LINE_LEVEL = re.compile(
    rf"{_TS} (?P<file>[\w.-]{{1,128}}\.py):(?P<lineno>\d{{1,7}}) {_LEVEL} {_MSG}", re.S
)
# trytond's `%(process)s %(thread)s [%(asctime)s] %(levelname)s %(name)s %(message)s`: the
# process and thread ids before the bracketed time.
_PID_THREAD_TIME = re.compile(
    rf"(?P<pid>\d{{1,10}}) (?P<thread>\d{{1,20}}) \[{_TS}\] {_LEVEL} {_NAME} {_MSG}", re.S
)
# With the line number between the logger and the level too (`%(asctime)s - %(name)s -
# %(lineno)d - %(levelname)s - ...`, Matrix Synapse's default): an attribute.
_DASHES = re.compile(rf"{_TS} - {_NAME} - (?:(?P<lineno>\d{{1,7}}) - )?{_LEVEL} - ?{_MSG}", re.S)
# Synapse's log context after the level in that layout (`%(request)s`): the request's method and
# number (`GET-4212`), a background process's name and number (`persist_events-5`, a room's
# event id after it), or `main`, `sentinel`; a name and ` - ` before the message.
_SYNAPSE_CONTEXT = re.compile(r"(?P<request>[A-Za-z_][\w.]{0,128}(?:-\d{1,12}(?:-\S{1,128})?)?) - ")
# Not the first colon of a Rust module path's `::` (log4rs's default `{d} {l} {t} - {m}`:
# `... INFO my_app::http - msg`, which the generic format reads), nor log4j's class and line
# before its dash (`%d %-5p %c{1}:%L - %m`: `... ERROR Charger:42 - msg`, the java format's).
# Nor a source file and its line (`file.go:352: `, NetBird's caller; pgagroal's `worker.c:94 `):
# no logger's name.
_LEVEL_NAME = re.compile(rf"{_TS} +{_LEVEL} +{_NAME}:(?!:|\d{{1,7}}:? ) ?{_MSG}", re.S)
_BRACKET_LEVEL = re.compile(rf"{_TS} +\[{_LEVEL}\] +{_NAME}: ?{_MSG}", re.S)
# `%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s` (Barman's default); not
# PostgreSQL's `%m [%p] %q%u@%d ` before its severity, whose user@database is no logger.
_PID_NAME_LEVEL = re.compile(
    rf"{_TS} \[(?P<pid>\d{{1,10}})\] (?P<name>[A-Za-z_][\w.-]{{0,255}}) {_LEVEL}: ?{_MSG}", re.S
)
# `%(threadName)-10s:%(process)d [%(filename)s:%(funcName)s():%(lineno)s]` after the level
# (Weights & Biases' debug-internal.log: `... DEBUG   SenderThread:39203 [sender.py:send():379]
# send: header`, `StreamThr :39203 [...]`): the thread, the pid and where it was logged, no
# part of the message.
_THREAD_PID_CALLER = re.compile(
    rf"{_TS} +{_LEVEL} +(?P<thread>[^\s:\[\]]{{1,64}}) *:(?P<pid>\d{{1,10}})"
    r" \[(?P<caller>[\w.-]{1,128}:[\w<>.]{1,128}\(\):\d{1,7})\] ?(?P<msg>.*)",
    re.S,
)
_THREAD_NAME = re.compile(
    rf"{_TS} +{_LEVEL} +\((?P<thread>[^)\n]*)\) +\[(?P<name>[^\]\s]+)\] ?{_MSG}", re.S
)
# ... the thread before the level: python-matter-server's `%(asctime)s.%(msecs)03d
# (%(threadName)s) %(levelname)s [%(name)s] %(message)s`.
_THREAD_FIRST_NAME = re.compile(
    rf"{_TS} +\((?P<thread>[^)\n]*)\) +{_LEVEL} +\[(?P<name>[^\]\s]+)\] ?{_MSG}", re.S
)
# `%(asctime)s %(levelname)s [%(name)s] %(message)s`; not when what follows the bracket is
# log4j's (`[main] com.acme.Foo - msg`, `[com.acme.Foo] - msg`): a dash, or a token then a dash;
# nor JBoss LogManager's thread in parentheses (`[%c] (%t) %s`: Quarkus's default console
# format, `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n`, Keycloak's and WildFly's),
# which the java format reads.
# A logger and a colon after the thread are log4j's and logback's `[%t] %c: %m` (Hadoop's) and
# `[%thread] %logger : %msg` too: a class, package-qualified (`com.acme.Foo: `), or any logger
# padded before its colon (`LbApp : `); Python's loggers are modules, lower case. A class
# needs no colon: logback's `[%thread] %logger{36} %msg` (OneDev's `[main] io.onedev.agent.Agent
# Connecting to ...`).
# So is a second bracket, the diagnostic context, before the logger and its dash (Zimbra's
# `[%t] [%z] %c{1} - %m`). Spring Boot's pid and dashes after the bracket are Java's too:
# Spring Cloud Sleuth's `[app,traceId,spanId]` before them (`... ERROR
# [billing,4bf9...,00f0...] 1 --- [exec-1] ...`).
_JAVA_TAIL = (
    r"-(?: |\Z)|(?:\[[^\]\n]{0,2048}\] )?[^\s-]\S{0,256} +- |\([^()\n]{1,256}\) "
    # Akka's source after a class (Eclipse Ditto's `%logger{20} %X{akkaSource} - `).
    r"|(?:[a-z_$][\w$]{0,64}\.){1,32}[A-Z][\w$]{0,128} \S{0,128}akka(?:\.tcp)?://"
    r"|[^\s-]\S{0,256} +: |(?:[a-z_$][\w$]{0,64}\.){1,32}[A-Z][\w$]{0,128}:? "
    r"|\d{1,10} +--- "
    # Atlassian's `[%t] [%c{4}] ` (Confluence's): a dotted category in brackets of its own.
    r"|\[(?:[A-Za-z_$][\w$]{0,64}\.){1,32}[A-Za-z_$][\w$]{0,128}\] "
    # Bamboo's `[%t] [%c{1}] `: the class alone, its name in camel case.
    r"|\[[A-Z][a-z\d]{1,64}(?:[A-Z][a-z\d]{0,64}){1,16}\] "
    # A diagnostic context's value, not bracketed, before a packaged logger (Nexus's userId).
    r"|[^\s\[\]]{1,64} +[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\.\S{0,256} - "
)
# Nor a Java class in brackets and the thread's bracket after it (Alfresco's `%d %-5p [%c{3}]
# [%t] %m`): Python's loggers are modules, lower case, where a Java category names a class.
_JAVA_CLASS_THEN_BRACKET = (
    r"(?=[\w$.]{0,2048}[A-Z])(?:[A-Za-z_$][\w$]{0,64}\.){1,32}[A-Za-z_$][\w$]{0,128}\] \["
)
_LEVEL_BRACKETED_NAME = re.compile(
    rf"{_TS} {_LEVEL} +\[(?!{_JAVA_CLASS_THEN_BRACKET})(?P<name>[^\]\s]{{1,256}})\] "
    rf"(?!{_JAVA_TAIL}){_MSG}",
    re.S,
)
# `%(asctime)s [%(threadName)s] %(levelname)s %(message)s`: the thread in brackets before the
# level, no logger; not log4j's `%d [%t] %-5p %c - %m` (its TTCC layout's `%c %x - %m`, log4net's
# `%c [%property{NDC}] - %m`), whose logger and dash follow the level, which the java format
# reads.
_THREAD_LEVEL = re.compile(
    rf"{_TS} \[(?P<thread>[^\]\n]{{1,256}})\] {_LEVEL} ++"
    rf"(?!-(?: |\Z)|[^\s-]\S{{0,256}} {{1,2}}(?:\[[^\]\n]{{0,256}}\] )?- ){_MSG}",
    re.S,
)
# basicConfig's `%(levelname)s:%(name)s:%(message)s` after the time and a colon, or with ` - `
# before the message (Unmanic's `%(asctime)s:%(levelname)s:%(name)s - %(message)s`).
_TIMED_BASIC = re.compile(rf"{_TS}:{_LEVEL}:(?P<name>[^\s:]*)(?::| - ){_MSG}", re.S)
# Scrapy's `%(asctime)s [%(name)s] %(levelname)s: %(message)s`: the logger in brackets before
# the level, a colon after it. A logger's name starts with a letter: PostgreSQL's `time [pid]
# ERROR:  msg` is not one.
_BRACKETED_NAME_LEVEL = re.compile(
    rf"{_TS} \[(?P<name>[A-Za-z_][^\]\s]{{0,255}})\] {_LEVEL}: {_MSG}", re.S
)
# log4j's logger and dash after a level (`%-5p %c - %m`), or its dash alone; not a client's
# address and port (uvicorn's access line, `10.20.0.40:54958 - "POST /v1/x HTTP/1.1" 200`).
_JAVA_LOGGER_DASH = r"-(?: |\Z)|(?!\d{1,3}(?:\.\d{1,3}){3}:\d{1,5} )[^\s-]\S{0,256} {1,2}- "
# The three below are matched after `_TS_THEN`: the time is read once, as they are tried on
# every Java header of a mixed file.
_TS_THEN = re.compile(rf"{_TS}(?P<sep> - | ++)")
# The logger and the level with blanks or ` - ` between them and no colon:
# `%(asctime)s %(name)s %(levelname)s %(message)s` (the cookbook's without its dashes, any
# logger name: the level word after it marks it) and `%(asctime)s - %(levelname)s - %(name)s -
# %(message)s`. Not log4j's `%d %t %-5p %c - %m` (a thread before the level, a class and a
# dash after it) nor Crowd's `%d %t %p [%c{4}] %m` (a class's category in brackets), which the
# java format reads; nor oslo.log's pid before the level. A pid between the logger and the
# level is the process's (Xinference's `%(name)s %(process)d %(levelname)s`).
_NAME_THEN_LEVEL = re.compile(
    rf"(?P<name>[A-Za-z_][^\s\[\]:]{{0,255}})(?: (?P<pid>\d{{1,10}}))?"
    rf"(?: - | ++){_LEVEL}(?: - | ++)"
    rf"(?!{_JAVA_LOGGER_DASH}|{JAVA_CATEGORY_BRACKET}){_MSG}",
    re.S,
)
_LEVEL_DASH_NAME = re.compile(
    rf"{_LEVEL} - (?P<name>[^\s\[\]:(-][^\s\[\]:]{{0,255}}) - {_MSG}", re.S
)
# `%(asctime)s %(levelname)s %(name)s %(message)s` (the level padded or not): with nothing but
# blanks around it the logger is told from the message's first word by its shape, a module
# path (`app.db.pool`, `urllib3.connectionpool`) or the root and main loggers' names. Not when a
# dash, or a token and a dash, follows it: log4j's `%d %-5p %c - %m`, Flink's `%-60c %x - %m`.
# Metabase's log4j2 layout writes the same with `:: ` before the message (`%date %level
# %logger{2} :: %message`): the separator's, not the message's.
_LEVEL_THEN_MODULE = re.compile(
    rf"{_LEVEL} ++(?P<name>(?:[A-Za-z_]\w{{0,63}}\.){{1,16}}[A-Za-z_]\w{{0,63}}|root|__main__)"
    rf" ++(?!{_JAVA_LOGGER_DASH})(?::: )?{_MSG}",
    re.S,
)
# Trac's (`%(asctime)s Trac[%(module)s] %(levelname)s: %(message)s`, trac/log.py): the
# application's name, the module that logged in brackets, the level and a colon; and luigid's
# (`%(asctime)s %(name)s[%(process)s] %(levelname)s: %(message)s`), a pid in the brackets.
_APP_MODULE_LEVEL = re.compile(
    rf"{_TS} (?P<app>[A-Za-z_][\w.-]{{0,63}})\[(?P<name>[A-Za-z_][\w.-]{{0,127}}|\d{{1,10}})\]"
    rf" {_LEVEL}: ?{_MSG}",
    re.S,
)
# Quay's (`%(asctime)s [%(process)d] [%(levelname)s] [%(name)s] %(message)s`, its
# logging.conf), each part in brackets.
_PID_LEVEL_NAME = re.compile(
    rf"{_TS} \[(?P<process>\d{{1,10}})\] \[{_LEVEL}\] \[(?P<name>[^\]\s]{{1,256}})\] ?{_MSG}",
    re.S,
)
_FILE_LEVEL = re.compile(rf"{_TS} - (?P<file>[^\s\[\]]+)\[{_LEVEL}\]: ?{_MSG}", re.S)
# Mayan EDMS's `%(asctime)s %(name)s <%(process)d> [%(levelname)s] "%(funcName)s() line
# %(lineno)d %(message)s"`: the function and its line in the quotes around the message.
_MAYAN = re.compile(
    rf"{_TS} (?P<name>[^\s\[\]<>]+) <(?P<pid>\d{{1,10}})> \[{_LEVEL}\] "
    r'"(?P<function>[\w<>.]{1,128})\(\) line (?P<lineno>\d{1,7}) (?P<msg>.*)',
    re.S,
)
_NAME_PID_LEVEL = re.compile(
    rf"{_TS} (?P<name>[^\s\[\]]+) *\[(?P<process>\d+)\]: {_LEVEL} +{_MSG}", re.S
)
# fail2ban 0.8's (server/server.py, `%(asctime)s %(name)-15s: %(levelname)-6s %(message)s`):
# `2014-01-01 12:00:00,123 fail2ban.jail   : INFO   Jail 'ssh' started`. The padding before the
# dotted name (fail2ban's loggers are all `fail2ban.<module>`) tells it from a sentence.
_NAME_COLON_LEVEL = re.compile(
    rf"{_TS} (?P<name>[^\s\[\]:.]{{1,64}}(?:\.[^\s\[\]:.]{{1,64}}){{1,8}}) *: {_LEVEL} +{_MSG}",
    re.S,
)
# OpenTelemetry's logging instrumentation (`opentelemetry-instrumentation-logging`, which the
# Python auto-instrumentation sets up) with its default OTEL_PYTHON_LOG_FORMAT: `%(asctime)s
# %(levelname)s [%(name)s] [%(filename)s:%(lineno)d] [trace_id=%(otelTraceID)s
# span_id=%(otelSpanID)s resource.service.name=%(otelServiceName)s
# trace_sampled=%(otelTraceSampled)s] - %(message)s`; outside a span the ids are `0`.
_OTEL = re.compile(
    rf"{_TS} {_LEVEL} \[(?P<name>[^\]\s]{{1,256}})\]"
    r" \[(?P<file>[^\]\s:]{1,256}):(?P<line>\d{1,7})\]"
    r" \[trace_id=(?P<trace>[0-9a-f]{1,32}) span_id=(?P<span>[0-9a-f]{1,16})"
    r" resource\.service\.name=(?P<service>[^\]\s]{0,256}) trace_sampled=(?P<sampled>True|False)\]"
    rf" - ?{_MSG}",
    re.S,
)
# Ansible's log_path file: `2024-05-01 12:00:00,123 p=4242 u=deploy n=ansible | fatal: [web1]:
# FAILED! => {...}`; ansible-core 2.17 writes the level before the bar (`n=ansible ERROR| `).
_ANSIBLE = re.compile(
    rf"{_TS} p=(?P<process>\d{{1,10}}) u=(?P<user>[^\s|]{{0,256}}) n=(?P<name>[^\s|]{{1,256}})"
    rf"(?: \||(?: {_LEVEL})\|) ?{_MSG}",
    re.S,
)
# How Ansible's display starts what it says of a failure, where the layout writes no level.
_ANSIBLE_LEVELS = (
    ("fatal: [", "ERROR"),
    ("failed: [", "ERROR"),
    ("ERROR! ", "ERROR"),
    ("[ERROR]: ", "ERROR"),
    ("[WARNING]: ", "WARNING"),
    ("[DEPRECATION WARNING]: ", "WARNING"),
)
_WARNING = re.compile(
    r"(?P<file>[^\s:]{1,1024}\.py):(?P<line>\d+): (?P<category>[A-Z]\w{0,64}Warning): ?(?P<msg>.*)",
    re.S,
)
_BASIC = re.compile(rf"{_LEVEL}:(?P<name>[^\s:]*):{_MSG}", re.S)
# Django's documented `verbose` formatter (its logging how-to, and many a settings.py): `{levelname}
# {asctime} {module} {process:d} {thread:d} {message}`, the level first.
_DJANGO_VERBOSE = re.compile(
    rf"{_LEVEL} {_TS} (?P<module>\w{{1,128}}) (?P<process>\d{{1,10}}) (?P<thread>\d{{1,20}})"
    rf" {_MSG}",
    re.S,
)
_FLASK = re.compile(rf"\[{_TS}\] {_LEVEL} in (?P<name>[^\s:]+): ?{_MSG}", re.S)
_CELERY = re.compile(rf"\[{_TS}: {_LEVEL}/(?P<process>[^\]\s]+)\] ?{_MSG}", re.S)
# `[%(levelname)s:%(asctime)s] %(name)s: %(message)s` (Rhasspy's services, each logging its
# Hermes messages as `-> Type(...)` and `<- Type(...)`).
_LEVEL_TIME_BRACKET = re.compile(rf"\[{_LEVEL}:{_TS}\] {_NAME}: ?{_MSG}", re.S)
# `[%(asctime)s] %(name)-30s %(levelname)-8s: %(message)s` (Frigate's): the bracketed time, the
# logger and the level, each padded, and the colon after the level's padding.
_BRACKETED_TIME_NAME = re.compile(rf"\[{_TS}\] {_NAME} +{_LEVEL} *: ?{_MSG}", re.S)
# Bars between the fields, the level padded: `%(asctime)s | %(levelname)-8s | %(name)s |
# %(message)s`, a common configuration (loguru's default look, in logging's words).
_BARS = re.compile(rf"{_TS} \| {_LEVEL} *\| {_NAME} *\| {_MSG}", re.S)
_LOGURU = re.compile(
    rf"{_TS} \| {_LEVEL} *\| (?P<name>[^\s:]+):(?P<function>[^\s:]+):(?P<line>\d+) - {_MSG}",
    re.S,
)
_AIRFLOW = re.compile(
    rf"\[(?P<ts>\d{{4}}-\d\d-\d\d(?:,? |T)[^\]]{{8,40}})\] "
    rf"\{{(?P<file>[^}}\s:]{{1,256}}):(?P<line>\d+)\}} {_LEVEL} - ?{_MSG}",
    re.S,
)
# uvicorn pads the level and its colon so that the message starts at column 10; the width tells
# it from java.util.logging's `WARNING: msg` under its header (one blank, column 9).
_UVICORN = re.compile(rf"{_LEVEL}: +{_MSG}", re.S)
_UVICORN_COLUMN = 10
# uvicorn.access: the client's address and port, the request line, the status and its phrase.
_UVICORN_ACCESS = re.compile(
    r'(?P<client>[^\s"]+) - "(?P<request>[^"]*)" (?P<status>[1-5]\d\d)(?: [A-Za-z\' -]*)?\Z'
)
# The request line oslo.service's WSGI server logs for each request it served (its
# `wsgi_log_format`, `%(client_ip)s "%(request_line)s" status: %(status_code)s len:
# %(body_length)s time: %(wall_seconds).7f`: nova's, cinder's and glance's API logs).
_OSLO_WSGI = re.compile(
    r'(?P<client>[^\s"]{1,256}) "(?P<request>[^"]{1,8192})" status: (?P<status>[1-5]\d\d)'
    r"  ?len: (?P<bytes>\d{1,15}) time: (?P<took>\d{1,10}\.\d{1,9})\Z"
)
# OpenStack's oslo.log (`logging_context_format_string`): the pid after the time, then the level
# and logger, then the request context in brackets, `[-]` without one (its
# `logging_default_format_string`); the context's first word is a request id (`req-<uuid>`),
# after `None` or the global request id since Pike.
_OSLO_CONTEXT = (
    rf"{_LEVEL} (?P<name>[^\s\[\]]{{1,256}}) "
    r"\[(?P<context>-|(?:None |req-[^\s\]]{1,64} | )?req-[^\]\n]{0,1024})\] "
    r"(?:\[instance: (?P<instance>[^\]\s]{1,128})\] )?(?P<msg>.*)"
)
# (DevStack's file layout before it logged to the journal wrote no pid.)
_OSLO = re.compile(rf"{_TS} (?:(?P<pid>\d{{1,10}}) )?{_OSLO_CONTEXT}", re.S)
# DevStack's, which the journal stamps: no time, no pid (`nova-compute[1234]: DEBUG
# nova.compute.manager [None req-<uuid> admin demo] message {{(pid=1234) f /opt/x.py:12}}`).
_OSLO_UNTIMED = re.compile(_OSLO_CONTEXT, re.S)
# Its `logging_exception_prefix`, before each line of the traceback it writes under the line
# that logged the exception (the record's time and logger, ERROR whatever the record's level,
# the instance; no context): `... 2931 ERROR nova.compute.manager [instance: <uuid>]   File`.
# The last line is the prefix alone (its trailing blank perhaps stripped by a copy). Before
# Liberty the prefix wrote TRACE where ERROR is (`... 2931 TRACE nova.compute.manager
# Traceback ...`), and DevStack's screen logs of that time no pid (`... 12:00:01.123 TRACE`).
_OSLO_TRACE = re.compile(
    rf"{_TS} (?:(?P<pid>\d{{1,10}}) (?:ERROR|TRACE)|TRACE) (?P<name>[^\s\[\]]{{1,256}})"
    r"(?:\Z| (?:\[instance: (?P<instance>[^\]\s]{1,128})\](?:\Z| ))?)(?P<msg>.*)",
    re.S,
)
_TRACEBACK_HEAD = ("Traceback (most recent call last):", " ")
_EXCEPTION_CLOSE = re.compile(
    r"[A-Za-z_][\w.]{0,200}(?:Error|Exception|Exit|Interrupt|Fault)(?::|\Z)"
)
# `logging_user_identity_format`'s words by how many it writes: `%(user)s %(tenant)s %(domain)s
# %(user_domain)s %(project_domain)s` before Queens, `%(system_scope)s` in the middle since;
# DevStack's context format writes `%(project_name)s %(user_name)s` in their place. `-` stands
# for an empty one.
_OSLO_IDENTITY = {
    2: ("project", "user"),
    5: ("user", "project", "domain", "user_domain", "project_domain"),
    6: ("user", "project", "domain", "system_scope", "user_domain", "project_domain"),
}
# An identity word that names no one: `-`, or `None`, what oslo before Juno wrote for a
# context with no user or project (`[req-<uuid> None None]`: a periodic task's, a service's own).
_OSLO_EMPTY = ("-", "None")
_LEVEL_FIRST = frozenset(n[0] for n in LEVEL_NAMES + EXTRA_LEVEL_NAMES)
# Tornado's LogFormatter (`tornado.log`): the level's first letter, asctime, `module:lineno`
# (its default, asctime `%y%m%d %H:%M:%S`) or the logger's name (Jupyter's `log_format`:
# `%Y-%m-%d %H:%M:%S.msecs`, the classic notebook's `%H:%M:%S.msecs`), or both, the name first
# (JupyterHub's: `[I 2024-05-13 08:00:04.358 JupyterHub proxy:319]`), all in brackets.
_TORNADO = re.compile(
    r"\[(?P<level>[DIWEC]) "
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?|(?P<yymmdd>\d{6}) \d\d:\d\d:\d\d"
    r"|\d\d:\d\d:\d\d(?:\.\d{1,6})?) "
    r"(?:(?:(?P<app>[^\s\[\]:]{1,128}) )?(?P<module>[\w.]{1,128}):(?P<line>\d{1,7})"
    r"|(?P<name>[^\s\[\]]{1,128}))\] ?(?P<msg>.*)",
    re.S,
)
# Tornado's `RequestHandler` log line, `%d %s %.2fms` of the status, `METHOD uri (ip)` and the
# time; jupyter_server writes `(user@ip)` and, on an error, ` referer=...` after it, and
# JupyterHub and jupyter_server a redirect's target after the request (`302 GET /hub/ ->
# /hub/login (@10.0.3.42) 0.55ms`: an attribute, `location`).
_TORNADO_REQUEST = re.compile(
    r"(?P<status>[1-5]\d\d) (?P<request>[A-Z]{3,10} [^\s]{1,8192})(?: -> (?P<location>\S{1,8192}))?"
    r" \((?P<client>[^)\s]{0,512})\)"
    r" (?P<ms>\d{1,10}(?:\.\d{1,6})?)ms(?: referer=(?P<referer>\S*))?\Z"
)


class PythonLoggingFormat:
    name = "python"
    multiline = True
    continues_own = True  # `continues` extends only an event this format opened

    def __init__(self, *, names_written: bool = True, bracketed_names: bool = False) -> None:
        # Whether the file's layout writes a logger's name after the level (`time LEVEL name:
        # message`), which `specialise` judges from the file's start (`names_written`).
        self.names_written = names_written
        # Whether the file's layout is `time LEVEL [name] message` with no log4j line among
        # them (`bracketed_names_only`): then a message that opens `word - ` is the message's.
        self.bracketed_names = bracketed_names

    def specialise(self, sample: list[str]) -> PythonLoggingFormat:
        """This format, reading no logger's name after the level where the file's start
        shows a layout that writes none (`names_written`), and reading every `[name] ` line
        as its own where the start shows only those (`bracketed_names_only`)."""
        names = self.names_written and names_written(sample, self._parse)
        bracketed = self.bracketed_names or bracketed_names_only(sample)
        if names != self.names_written or bracketed != self.bracketed_names:
            return PythonLoggingFormat(names_written=names, bracketed_names=bracketed)
        return self

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The traceback line of `line` when it is one of those oslo.log writes under the line
        (`opened`) that logged the exception: each carries `logging_exception_prefix`, the
        opened line's time, pid, logger and instance with ERROR (TRACE before Liberty), and no
        request context. With
        no event open (detection), a line of that prefix whose text opens or goes on a trace.
        A Kettle message's further line (`kettle`)."""
        if line[4:5] == "/" and opened is not None:
            return kettle_line(line, opened)
        if line[23:24] != " " or not (line[24:25].isdigit() or line.startswith("TRACE ", 24)):
            return None
        m = _OSLO_TRACE.match(line)
        if m is None:
            return None
        msg = m["msg"]
        if opened is None:
            return msg if _traceback_text(msg) else None
        head = _OSLO.match(opened)
        if head is None or head.group("ts", "pid", "name", "instance") != m.group(
            "ts", "pid", "name", "instance"
        ):
            return None
        return msg

    def parse(self, line: str) -> ParsedFields | None:
        fields = self._parse(line)
        if fields is None:
            if self.bracketed_names and (m := _ANY_BRACKETED_NAME.match(line)) is not None:
                ts, level, name, msg = m.group("ts", "level", "name", "msg")
                return ParsedFields(msg, ts, level, None, None, name)
            return None
        # An access logger's line under the application's header (aiohttp's `aiohttp.access`,
        # `127.0.0.1 [04/Dec/2026:11:40:01 +0000] "GET /x HTTP/1.1" 200 165 ...`) is a request.
        message = fields.message
        if (
            '" ' in message
            or message[-1:] == '"'
            or message[:14] == "HTTP Request: "
            or opens_with_request(message)
        ) and (request := headed_request(message)) is not None:
            return under_header(fields, request)
        if message[4:5] == "/":
            return kettle_message(fields)
        # (Django's failed responses, logged through the application's formatter: read as
        # runserver's stderr reads them, `access.django_response`.)
        return django_response(fields)

    def _parse(self, line: str) -> ParsedFields | None:
        if not line:
            return None
        c = line[0]
        if c == "=" and line[:3] == "== " and line[3:4].isdigit():
            return self._parse(line[3:])  # EasyBuild's fancylogger: `== ` before its time
        if c.isdigit():
            if line[4] != "-" and " [" in line[2:40] and (pid := _PID_THREAD_TIME.match(line)):
                attrs = {"pid": int(pid["pid"]), "thread": int(pid["thread"])}
                return ParsedFields(
                    pid["msg"], pid["ts"], pid["level"], None, None, pid["name"], None, None, attrs
                )
            if len(line) < 24 or line[4] != "-":
                return None
            # Dispatch on the separator after the timestamp instead of trying every layout.
            if " | " in line[19:34]:
                if line[19:24] == " UTC " and (dd := _datadog(line)) is not None:
                    return dd  # the Datadog Agent's `... UTC | TRACE | INFO | ...`
                m = _LOGURU.match(line)
                if m is None:
                    m = _BARS.match(line)
                    if m is None:
                        return None
                    ts, level, name, msg = m.group("ts", "level", "name", "msg")
                    return ParsedFields(msg, ts, level, None, None, name)
                ts, level, name, function, line_number, msg = m.group(
                    "ts", "level", "name", "function", "line", "msg"
                )
                attributes = {"function": function, "lineno": number(line_number)}
                return ParsedFields(msg, ts, level, logger=name, attributes=attributes)
            if " (" in line[19:40] and (") [" in line or " (" in line[19:25]):
                m = _THREAD_NAME.match(line) or _THREAD_FIRST_NAME.match(line)
                if m is not None:
                    ts, level, thread, name, msg = m.group("ts", "level", "thread", "name", "msg")
                    return ParsedFields(msg, ts, level, logger=name, attributes={"thread": thread})
            if " - " in line[19:34]:
                m = _DASHES.match(line)
            elif "[" in line[19:34]:
                # The time holds no `[`: the level's bracket is the line's first. After any
                # other word (log4j's `time INFO  [thread] ...` in a mixed file) the regex is
                # sure to fail, and is not tried.
                k = line.find("[")
                if line[k + 1 : k + 2].isdigit() and (pid := _PID_NAME_LEVEL.match(line)):
                    ts, level, name, msg = pid.group("ts", "level", "name", "msg")
                    attrs = {"pid": number(pid["pid"])}
                    return ParsedFields(msg, ts, level, None, None, name, None, None, attrs)
                m = _BRACKET_LEVEL.match(line) if line[k + 1 : k + 2] in _LEVEL_FIRST else None
            elif "():" in line[30:330] and (tpc := _THREAD_PID_CALLER.match(line)) is not None:
                ts, level, msg = tpc.group("ts", "level", "msg")
                pid = number(tpc["pid"])
                attrs = {"thread": tpc["thread"], "pid": pid, "caller": tpc["caller"]}
                return ParsedFields(msg, ts, level, None, None, None, None, None, attrs)
            elif self.names_written:
                m = _LEVEL_NAME.match(line)
            else:
                m = None
            if m is None:
                return _other_timed(line)
            ts, level, name, msg = m.group("ts", "level", "name", "msg")
            if m.re is _DASHES and m["lineno"] is not None:
                attributes = {"lineno": number(m["lineno"])}
                context = _SYNAPSE_CONTEXT.match(msg)
                if context is not None:
                    attributes["request"] = context["request"]
                    msg = msg[context.end() :]
                return ParsedFields(msg, ts, level, None, None, name, None, None, attributes)
            if m.re is _BRACKET_LEVEL and _HCLOG_TIME.fullmatch(ts):
                name, msg = _hclog_subsystem(name, msg)
            elif ("::" in msg[:130] or "{" in msg[:130]) and (
                spanned := _in_span(line, m.start("name"))
            ) is not None:
                message, target, attrs = spanned
                return ParsedFields(message, ts, level, None, None, target, None, None, attrs)
            # Positional (message, timestamp, level, service, host, logger): the commonest
            # header of the format, and keywords cost twice as much on a slots dataclass.
            return ParsedFields(msg, ts, level, None, None, name)
        if c == "[":
            if line[2:3] == " " and line[1] in "DIWEC":
                return _tornado(line)
            if line[1:2] in _LEVEL_FIRST and (m := _LEVEL_TIME_BRACKET.match(line)):
                ts, level, name, msg = m.group("ts", "level", "name", "msg")
                return ParsedFields(msg, ts, level, None, None, name)
            if "] {" in line[20:40]:
                return _airflow(line)
            if "][PID:" in line[20:40] and (m := _REDASH.match(line)) is not None:
                ts, pid, level, name, msg = m.group("ts", "pid", "level", "name", "msg")
                return ParsedFields(msg, ts, level, logger=name, attributes={"pid": int(pid)})
            # (A bracket that opens with a year's `2` holds a time, not Pritunl's host.)
            if line[1:2] != "2" and (m := _HOST_TIME_LEVEL.match(line)) is not None:
                ts, level, msg = m.group("ts", "level", "msg")
                return ParsedFields(msg, ts, level, host=m["host"])
            m = _FLASK.match(line)
            if m is None:
                m = _CELERY.match(line)
                if m is None:
                    m = _BRACKETED_TIME_NAME.match(line)
                    if m is None:
                        return None
                    ts, name, level, msg = m.group("ts", "name", "level", "msg")
                    return ParsedFields(msg, ts, level, None, None, name)
                ts, level, process, msg = m.group("ts", "level", "process", "msg")
                return ParsedFields(msg, ts, level, attributes={"process": process})
            ts, level, name, msg = m.group("ts", "level", "name", "msg")
            return ParsedFields(message=msg, timestamp=ts, level=level, attributes={"module": name})
        if c in _LEVEL_FIRST:
            m = _BASIC.match(line)
            if m is not None:
                level, name, msg = m.group("level", "name", "msg")
                return ParsedFields(message=msg, level=level, logger=name or None)
            blank = line.find(" ", 4, 10)
            if blank > 0 and line[blank + 1 : blank + 5].isdigit():
                m = _DJANGO_VERBOSE.match(line)
                if m is not None:
                    level, ts, module, process, thread, msg = m.group(
                        "level", "ts", "module", "process", "thread", "msg"
                    )
                    attrs = {"module": module, "process": number(process), "thread": number(thread)}
                    return ParsedFields(msg, ts, level, attributes=attrs)
            if line.find(" [", 4, 300) > 0:
                fields = oslo_untimed(line)
                if fields is not None:
                    return fields
            fields = _uvicorn(line)
            if fields is not None:
                return fields
        if line.find(".py:", 0, 1100) >= 0:  # (no copy of the line: most lines get here)
            return _warning(line)
        return None


def _datadog(line: str) -> ParsedFields | None:
    """A Datadog Agent's line (`daemon_headers.datadog_agent`) after its `... UTC | `."""
    return datadog_agent(line, 26, line[:23]) if line[23:26] == " | " else None


# HashiCorp's go-hclog writes this layout too (`2019-11-11T15:23:34.448-0500 [INFO]  nomad:
# msg`, its own time format: milliseconds and an offset without a colon). A subsystem still on
# Go's log (raft, memberlist inside Nomad 0.10) is wrapped by hclog's standard-logger adapter,
# which strips logutils' `[INFO] ` and keeps the subsystem in the text: `nomad: raft: Election
# won`. Nomad since names that logger `nomad.raft`, as before hclog `[INFO] raft: Election won`
# named it: the subsystem joins the logger's name, not the message.
_HCLOG_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(?:Z|[+-]\d{4})")
# hclog itself writes `message: key=value ...` when the record has fields (`agent: starting:
# version=1.2.3`): a one-word message before them is no subsystem.
_HCLOG_SUBSYSTEM = re.compile(r"(?P<subsystem>[a-z][\w-]{0,63}): (?![\w.-]{1,64}=)")


def _hclog_subsystem(name: str, msg: str) -> tuple[str, str]:
    """(logger, message) of an hclog line whose message opens with a wrapped subsystem's name."""
    m = _HCLOG_SUBSYSTEM.match(msg)
    if m is None:
        return name, msg
    return f"{name}.{m['subsystem']}", msg[m.end() :]


# Rust's tracing-subscriber `fmt()` inside spans: the spans the event is in, each with its
# fields in braces and a colon after it, come between the level and the target
# (`2026-11-27T12:00:01.000001Z  INFO request{method=GET uri=/x}:db{n=2}: my_app::db: slow`).
_TRACING_SPANS = re.compile(
    rf"{_TS} +{_LEVEL} +(?P<spans>[A-Za-z_][\w-]{{0,128}}{SPAN_BRACES}"
    rf"(?::[A-Za-z_][\w-]{{0,128}}(?:{SPAN_BRACES})?){{0,32}}): "
    rf"{_NAME}: ?{_MSG}",
    re.S,
)


def _in_span(line: str, pos: int) -> tuple[str, str, dict[str, Any]] | None:
    """Rust's tracing-subscriber `fmt()` inside spans without fields, read as a logger's name
    (`... DEBUG request: surreal::net::tracer: started processing request otel.kind="server"`):
    (message, target, attributes) when a module path follows the name, the span and the
    event's fields as attributes; None for a logger's message that merely names one."""
    event = tracing_event(line, pos)
    if event is None or "::" not in event[1] or "spans" not in event[2]:
        return None
    return event


# log4cplus's `[%c/%i.%t]` (ISC Kea's `[kea-dhcp4.leases/1234.139876543210112]`): the logger,
# the process's id and the thread's after a slash. Left in the logger, a restart or another
# thread made another logger of each.
_PROCESS_AFTER_LOGGER = re.compile(r"/(?P<pid>\d{1,10})(?:\.(?P<thread>\d{1,20}))?\Z")


def _logger_with_process(
    ts: str, level: str, name: str, msg: str, process: re.Match[str]
) -> ParsedFields:
    attributes: dict[str, object] = {"pid": number(process["pid"])}
    if process["thread"] is not None:
        attributes["thread"] = process["thread"]
    logger = name[: process.start()]
    return ParsedFields(msg, ts, level, logger=logger, attributes=attributes)


# Lines that open with a time and a level word, whatever follows (`names_written`).
_TIME_LEVEL = re.compile(rf"{_TS} +{_LEVEL} +\S")
# The fewest such lines that say a file's layout: a short file's few lines say nothing.
_LAYOUT_LINES = 8


def names_written(sample: list[str], parse: Callable[[str], ParsedFields | None]) -> bool:
    """Whether the file's start shows `%(asctime)s %(levelname)s %(name)s: %(message)s`: a name
    and a colon after the level on nearly every line that opens with a time and a level (four
    in five), as a layout that writes the name writes it on every line. Where more have none,
    a word and a colon opening a message are the message's (dnf's `appstream: using metadata
    from ...`, `cachedir: /var/cache/dnf` beside `DNF version: 4.14.0`: half its lines), not a
    logger: read as one, each repository's line was the logger's and the id no value of its
    statement. `parse`: the format's, reading names (Rust's tracing writes its target after
    the spans, `INFO request{...}: app::db: msg`)."""
    levelled = named = 0
    for line in sample:
        if line[:1].isdigit() and _TIME_LEVEL.match(line) is not None:
            levelled += 1
            fields = parse(line)
            named += fields is not None and fields.logger is not None
    return levelled < _LAYOUT_LINES or 5 * named >= 4 * levelled


# `_LEVEL_BRACKETED_NAME` without its refusals: in a file of that layout alone, a message that
# opens `word - ` (HikariCP's `HikariPool-1 - Failed to validate connection ...` under
# logback's `%date %level [%logger{0}] %msg`) is no log4j thread and logger.
_ANY_BRACKETED_NAME = re.compile(rf"{_TS} {_LEVEL} +\[(?P<name>[^\]\s]{{1,256}})\] {_MSG}", re.S)


def bracketed_names_only(sample: list[str]) -> bool:
    """Whether the file's start shows `time LEVEL [name] message` alone: as many such lines as
    say a layout, every one read by `_LEVEL_BRACKETED_NAME`, none a log4j header that its
    lookahead refuses (`[thread] logger - `), which would make the file log4j's or mixed."""
    read = 0
    for line in sample:
        if line[:1].isdigit() and _ANY_BRACKETED_NAME.match(line) is not None:
            if _LEVEL_BRACKETED_NAME.match(line) is None:
                return False
            read += 1
    return read >= _LAYOUT_LINES


def _other_timed(line: str) -> ParsedFields | None:
    """The rarer layouts that start with asctime, once the common ones failed."""
    if line[23:24] == " " and (line[24:25].isdigit() or line[24:25] in _LEVEL_FIRST):
        fields = _oslo(line)  # `time.msecs pid LEVEL name [`: oslo.log's
        if fields is not None:
            return fields
    if line.find(" p=", 19, 40) >= 0:
        return _ansible(line)
    if line.find(".py:", 20, 160) > 0 and (at := _FILE_LINE_LEVEL.match(line)) is not None:
        attrs = {"file": at["file"], "lineno": int(at["lineno"])}
        return ParsedFields(at["msg"], at["ts"], at["level"], attributes=attrs)
    if line.find("}:", 30, 4200) >= 0:
        m = _TRACING_SPANS.match(line)
        if m is not None:
            ts, level, spans, name, msg = m.group("ts", "level", "spans", "name", "msg")
            # The event's fields, and its spans', are attributes too; the message keeps its
            # own (`Retrying after error. error=dispatch failure` names its problem), unless
            # they make the event a request's (tower-http's `finished processing request
            # latency=3 ms status=404` in `request{method=GET uri=/x}`), which http_records
            # names by its route.
            event = tracing_event(line, m.start("spans"))
            if event is None:
                return ParsedFields(msg, ts, level, logger=name, attributes={"spans": spans})
            bare, name, attrs = event
            if http_request(attrs) is not None:
                msg = bare
            elif "caller" in attrs and msg.startswith(f"{attrs['caller']}: "):
                msg = msg[len(attrs["caller"]) + 2 :]  # the file and line tracing names
            return ParsedFields(msg, ts, level, logger=name, attributes=attrs)
    if line.find(" [trace_id=", 30, 1100) >= 0:
        return _otel(line)
    # Each layout below is tried only where the text it needs is there: every log4j header of
    # a mixed file (`... INFO  [main] com.acme.Foo - msg`) comes this far. basicConfig's colon
    # follows asctime, which is 19 to 35 characters long; cloud-init's and fail2ban's `]:`
    # closes the level or the pid.
    if line.find(":", 19, 36) >= 0 and not _jetty_time(line):
        m = _TIMED_BASIC.match(line)
        if m is not None:
            ts, level, name, msg = m.group("ts", "level", "name", "msg")
            return ParsedFields(msg, ts, level, logger=name or None)
    if line.find("] ", 25, 290) >= 0 and not _java_after_bracket(line):
        m = _LEVEL_BRACKETED_NAME.match(line)
        if m is not None:
            ts, level, name, msg = m.group("ts", "level", "name", "msg")
            process = _PROCESS_AFTER_LOGGER.search(name)
            if process is not None:
                return _logger_with_process(ts, level, name, msg, process)
            return ParsedFields(msg, ts, level, None, None, name)
        m = _THREAD_LEVEL.match(line)
        if m is not None and pfxlog_line(line, m.start("thread") - 1) is None:
            ts, thread, level, msg = m.group("ts", "thread", "level", "msg")
            return log_id_topic(ParsedFields(msg, ts, level, attributes={"thread": thread}))
        m = _BRACKETED_NAME_LEVEL.match(line)
        if m is not None:
            ts, name, level, msg = m.group("ts", "name", "level", "msg")
            return ParsedFields(msg, ts, level, None, None, name)
        m = _APP_MODULE_LEVEL.match(line)
        if m is not None:
            ts, app, name, level, msg = m.group("ts", "app", "name", "level", "msg")
            if name.isdigit():  # luigid's `%(name)s[%(process)s]`: the logger and its pid
                return ParsedFields(msg, ts, level, logger=app, attributes={"pid": int(name)})
            return ParsedFields(msg, ts, level, logger=name, attributes={"app": app})
        m = _PID_LEVEL_NAME.match(line)
        if m is not None:
            ts, pid, level, name, msg = m.group("ts", "process", "level", "name", "msg")
            return ParsedFields(msg, ts, level, logger=name, attributes={"pid": number(pid)})
    if line.find(": ", 20, 300) >= 0:
        m = _NAME_COLON_LEVEL.match(line)
        if m is not None:
            ts, name, level, msg = m.group("ts", "name", "level", "msg")
            return ParsedFields(msg, ts, level, logger=name)
    fields = _name_and_level(line)
    if fields is not None:
        return fields
    if line.find('] "', 24, 300) > 0 and (m := _MAYAN.match(line)) is not None:
        ts, name, pid, level, msg = m.group("ts", "name", "pid", "level", "msg")
        if msg.endswith('"'):
            msg = msg[:-1]  # the format's closing quote (on the last line, when it has more)
        attrs = {"pid": number(pid), "function": m["function"], "lineno": number(m["lineno"])}
        return ParsedFields(msg, ts, level, logger=name, attributes=attrs)
    if line.find("]:", 20) < 0:
        return None
    m = _FILE_LEVEL.match(line)
    if m is not None:
        ts, file, level, msg = m.group("ts", "file", "level", "msg")
        return ParsedFields(msg, ts, level, attributes={"file": file})
    m = _NAME_PID_LEVEL.match(line)
    if m is not None:
        ts, name, pid, level, msg = m.group("ts", "name", "process", "level", "msg")
        return ParsedFields(msg, ts, level, logger=name, attributes={"pid": number(pid)})
    return None


def _jetty_time(line: str) -> bool:
    """Whether `line` opens with Jetty's StdErrLog time and a colon (`2024-05-01 12:00:00.123:`):
    asctime writes a comma before its milliseconds, and the java format reads Jetty's lines,
    whose thread after the logger would otherwise be the message's first word."""
    return line[19:20] == "." and line[23:24] == ":"


def _name_and_level(line: str) -> ParsedFields | None:
    """A logger and a level, in either order, with only blanks or dashes between them and the
    message (`_NAME_THEN_LEVEL`, `_LEVEL_DASH_NAME`, `_LEVEL_THEN_MODULE`)."""
    head = _TS_THEN.match(line)
    if head is None:
        return None
    at = head.end()
    level_first = _LEVEL_DASH_NAME if head["sep"] == " - " else _LEVEL_THEN_MODULE
    m = level_first.match(line, at) or _NAME_THEN_LEVEL.match(line, at)
    if m is None:
        return None
    level, name, msg = m.group("level", "name", "msg")
    pid = m.groupdict().get("pid")  # Xinference's `%(name)s %(process)d %(levelname)s`
    attributes = {"pid": int(pid)} if pid else None
    return ParsedFields(msg, head["ts"], level, None, None, name, None, None, attributes)


# What `_LEVEL_BRACKETED_NAME` refuses after its `[name] ` (its negative lookahead).
_JAVA_AFTER_BRACKET = re.compile(_JAVA_TAIL)


def _java_after_bracket(line: str) -> bool:
    """Whether `_LEVEL_BRACKETED_NAME` is sure to refuse `line` for what follows its bracket:
    log4j's `[thread] logger - msg`, every Java header of a mixed file. Neither the time nor
    the level holds a `[`, nor the name a `]`: the regex's brackets are the line's first, and
    its lookahead is asked at one place, here, for the price of a short match."""
    k = line.find("[")
    j = line.find("]", k + 1) if k >= 0 else -1
    return j >= 0 and _JAVA_AFTER_BRACKET.match(line, j + 2) is not None


def _traceback_text(msg: str) -> bool:
    """Whether `msg` is a line that only a traceback has: its first, a frame (indented), the
    exception's line (`ValueError: bad value`), or the empty line oslo.log writes after it."""
    return not msg or msg.startswith(_TRACEBACK_HEAD) or _EXCEPTION_CLOSE.match(msg) is not None


def oslo_untimed(line: str) -> ParsedFields | None:
    """A line of oslo.log's layout that DevStack sets for the journal (no time, no pid), or
    None: what syslog reads in its message."""
    m = _OSLO_UNTIMED.match(line)
    return None if m is None else _oslo_fields(m)


def oslo_trace_line(msg: str, opened: str) -> str | None:
    """The traceback's text of `msg` when it carries the exception prefix DevStack sets
    (`ERROR <logger> [instance: <uuid>] `) of the untimed oslo.log line `opened` (its logger
    and instance); None otherwise."""
    head = _untimed_head(opened)
    if head is None or not msg.startswith(head):
        return None
    return msg[len(head) :]


@lru_cache(maxsize=64)
def _untimed_head(opened: str) -> str | None:
    m = _OSLO_UNTIMED.match(opened)
    if m is None:
        return None
    instance = m["instance"]
    return f"ERROR {m['name']} " + (f"[instance: {instance}] " if instance else "")


def _oslo(line: str) -> ParsedFields | None:
    m = _OSLO.match(line)
    return None if m is None else _oslo_fields(m)


def _oslo_fields(m: re.Match[str]) -> ParsedFields:
    fields = m.groupdict()
    ts, pid = fields.get("ts"), fields.get("pid")
    level, name, context, instance, msg = m.group("level", "name", "context", "instance", "msg")
    attributes: dict[str, object] = {"pid": number(pid)} if pid else {}
    words = context.split()
    if words[0] == "None" or (len(words) > 1 and words[1].startswith("req-")):
        if words[0].startswith("req-"):
            attributes["global_request_id"] = words[0]
        words = words[1:]
    if words[0] != "-":
        attributes["request_id"] = words[0]
    identity = words[1:]
    keys = _OSLO_IDENTITY.get(len(identity))
    if keys is None:
        if any(word not in _OSLO_EMPTY for word in identity):
            attributes["user_identity"] = " ".join(identity)
    else:
        attributes.update(
            (k, v) for k, v in zip(keys, identity, strict=True) if v not in _OSLO_EMPTY
        )
    # The instance is the context's, not the statement's: oslo.log writes it for any call
    # whose context or arguments name one, so the same `LOG.info` reads with it and without
    # it; left in the message, it would split one statement into two templates.
    if instance is not None:
        attributes["instance"] = instance
    if level == "DEBUG":
        msg = _debug_suffix(msg, attributes)
    template = None
    if msg[-1:].isdigit() and (wsgi := _OSLO_WSGI.match(msg)) is not None:
        # A request the API served: named by its route and status, as an access log's.
        status = int(wsgi["status"])
        attributes.update(
            client_addr=wsgi["client"],
            status=status,
            bytes=int(wsgi["bytes"]),
            duration_ms=float(wsgi["took"]) * 1000,
        )
        template = request_template(wsgi["request"], f" {status}", attributes)
        if template is not None and status >= 400:
            level = status_level(status)  # the server logs every request at INFO
    return ParsedFields(msg, ts, level, logger=name, attributes=attributes, template=template)


def _debug_suffix(msg: str, attributes: dict[str, object]) -> str:
    """oslo.log's `logging_debug_format_suffix` (`%(funcName)s %(pathname)s:%(lineno)d`) off the
    end of a DEBUG message, into the attributes; the message as it is without one. DevStack's
    puts the pid first, in braces (`{{(pid=1234) func /opt/x.py:12}}`; `from (pid=1234) func
    /opt/x.py:12` before)."""
    if msg.endswith("}}"):
        at = msg.rfind(" {{(pid=", 0, len(msg) - 2)
        close = msg.find(") ", at + 8) if at >= 0 else -1
        if close < 0 or not msg[at + 8 : close].isdigit():
            return msg
        pid = {"pid": number(msg[at + 8 : close])}
        rest = _debug_suffix(f"x {msg[close + 2 : -2]}", attributes)
        if rest != "x":
            return msg
        attributes.update(pid)
        return msg[:at]
    at = msg.rfind(" from (pid=")
    if at >= 0 and (close := msg.find(") ", at + 11)) > 0 and msg[at + 11 : close].isdigit():
        rest = _debug_suffix(f"x {msg[close + 2 :]}", attributes)
        if rest == "x":
            attributes["pid"] = number(msg[at + 11 : close])
            return msg[:at]
    body, _, where = msg.rpartition(" ")
    path, colon, line_number = where.rpartition(":")
    body, _, function = body.rpartition(" ")
    if (
        not colon
        or not body
        or not path.endswith(".py")
        or not line_number.isdigit()
        or not (function.isidentifier() or function in ("<module>", "<lambda>"))
    ):
        return msg
    attributes.update(function=function, file=path, lineno=number(line_number))
    return body


def _ansible(line: str) -> ParsedFields | None:
    m = _ANSIBLE.match(line)
    if m is None:
        return None
    ts, pid, user, name, level, msg = m.group("ts", "process", "user", "name", "level", "msg")
    if level is None:
        level = next((lvl for start, lvl in _ANSIBLE_LEVELS if msg.startswith(start)), None)
    attributes = {"pid": number(pid), "user": user}
    return ParsedFields(msg, ts, level, logger=name, attributes=attributes)


def _otel(line: str) -> ParsedFields | None:
    m = _OTEL.match(line)
    if m is None:
        return None
    ts, level, name, file, line_number, msg = m.group("ts", "level", "name", "file", "line", "msg")
    trace, span, service = m.group("trace", "span", "service")
    attributes: dict[str, object] = {"file": file, "lineno": number(line_number)}
    if span != "0":
        attributes["span_id"] = span
    attributes["trace_sampled"] = m["sampled"] == "True"
    return ParsedFields(
        msg,
        ts,
        level,
        service=service or None,
        logger=name,
        trace_id=trace if trace != "0" else None,
        attributes=attributes,
    )


def _warning(line: str) -> ParsedFields | None:
    m = _WARNING.match(line)
    if m is None:
        return None
    attributes = {"file": m["file"], "lineno": number(m["line"])}
    return ParsedFields(m["msg"], None, "WARNING", logger=m["category"], attributes=attributes)


def _uvicorn(line: str) -> ParsedFields | None:
    m = _UVICORN.match(line)
    if m is None or m.start("msg") != _UVICORN_COLUMN:
        return None
    level, msg = m.group("level", "msg")
    ts = None
    if (
        msg[:1] == "["
        and (end := match_timestamp_prefix(msg, 1)) > 1
        and msg[end : end + 2] == "] "
    ):
        # uvicorn's `levelprefix` before the application's time (Chroma's log config:
        # `%(levelprefix)s [%(asctime)s] %(message)s`).
        ts, msg = msg[1:end], msg[end + 2 :]
    access = _UVICORN_ACCESS.match(msg)
    if access is None:
        return ParsedFields(msg, ts, level)
    client, request, status_s = access.group("client", "request", "status")
    status = int(status_s)
    attributes: dict[str, object] = {"client_addr": client, "status": status}
    template = request_template(request, f" {status_s}", attributes)
    if status >= 400:
        level = status_level(status)  # the access logger writes every request at INFO
    message = f"{request} {status_s}"
    return ParsedFields(message, ts, level, attributes=attributes, template=template)


def _tornado(line: str) -> ParsedFields | None:
    m = _TORNADO.match(line)
    if m is None:
        return None
    level, ts, yymmdd, module, line_number, name, msg = m.group(
        "level", "ts", "yymmdd", "module", "line", "name", "msg"
    )
    name = name or m["app"]
    if yymmdd is not None:  # `%y%m%d`: a year of this century, as strptime's %y reads it
        ts = f"20{yymmdd[:2]}-{yymmdd[2:4]}-{yymmdd[4:6]}{ts[6:]}"
    attributes: dict[str, object] = {}
    if module is not None:
        attributes.update(module=module, lineno=number(line_number))
    request = _TORNADO_REQUEST.match(msg)
    template = None
    if request is not None:
        status = request["status"]
        attributes.update(
            status=int(status), client_addr=request["client"], duration_ms=float(request["ms"])
        )
        if request["referer"]:
            attributes["referer"] = request["referer"]
        if request["location"]:
            attributes["location"] = request["location"]
        template = request_template(request["request"], f" {status}", attributes)
    return ParsedFields(msg, ts, level, logger=name, attributes=attributes, template=template)


def _airflow(line: str) -> ParsedFields | None:
    m = _AIRFLOW.match(line)
    if m is None:
        return None
    ts, file, line_number, level, msg = m.group("ts", "file", "line", "level", "msg")
    attributes = {"file": file, "lineno": number(line_number)}
    return ParsedFields(msg, ts.replace(", ", " ", 1), level, attributes=attributes)


FORMAT = PythonLoggingFormat()

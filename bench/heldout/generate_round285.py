#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 285 (hono, ditto, kura, leshan, frost-server) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Eclipse IoT components and an OGC SensorThings
server of one utility's IoT platform, 06:00 to 12:00 on 2024-06-07. None of the five was in the
set. Leshan's server writes its start lines and little else at INFO, so the Leshan log of the
round is mostly its client's: the test lab's six `leshan-client-demo` simulators, whose
registration engine logs every step, beside the server demo's own log.

- Eclipse Hono 2.5 MQTT protocol adapter (`hono-adapter-mqtt-6d9f7c8b5-2xkpq.log`, `...-r7wzn.log`,
  replaced in a rollout at 11:00 by `hono-adapter-mqtt-59c4b7d6f8-kq5vd.log` and `...-t8m2x.log`:
  `kubectl logs` of each pod; Quarkus' console layout `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}]
  (%t) %s%e%n`, `2024-06-07 06:00:05,553 DEBUG
  [org.ecl.hon.ada.mqt.imp.VertxBasedMqttProtocolAdapter] (vert.x-eventloop-thread-0) connection
  request from client [client-id: meter-00628]`, the adapter's category at DEBUG while the
  operators chase connection problems). Fifty NB-IoT meters connecting about hourly for a few
  seconds, 24 HVAC controllers and 14 truck gateways holding long connections:
  `connection request from client [client-id: %s]`, `created subscription [tenant: %s, device:
  %s, filter: %s, QoS: %s]`, `connection to device closed [tenant-id: %s, device-id: %s, client
  ID: %s]`, commands `published command [packet-id: %s] to device [%s] [...]` or `to gateway
  [%s], device [%s] [...]` (the target a `String.format` of its own) with `received PUBACK
  [...]` or `did not receive PUBACK [...]`, `removed subscription with topic [%s] for device
  [...]`. A meter's password rotated 07:05-07:50 (each minute `device authentication or early
  stage checks failed: ...ClientErrorException: bad credentials` and `rejecting connection
  request from client [clientId: %s], cause:: ...`, the exception after `: ` on the line (`%e`)
  and its frames below); the Kafka broker restarted 08:20 (Kafka's `[Producer clientId=...] Node
  1 disconnected.` / `Connection to node 1 (...) could not be established. Broker may not be
  available.` each second, `failed to send connection event for client [clientId: %s]:
  ...TimeoutException: Topic %s not present in metadata after 10000 ms.`); the device registry
  restarted 09:40 (`remote server [%s:%s, role: %s] closed connection` for the Tenant, Device
  Registration and Credentials connections, connections refused with `ServerErrorException: not
  connected`); three HVAC controllers disabled at 10:15 (`closing connection to device [...];
  reason: device disabled`); the rollout (the new pods' `limiting size of inbound message payload
  to %s bytes`, `reporting metrics using [%s]`, `MQTT server running on %s:%s`, Quarkus' `%s %s on
  JVM (powered by Quarkus %s) started in %ss. `, `Profile %s activated. `, `Installed features:
  [%s]`; the old pods' `closing secure MQTT server ...`, `closing insecure MQTT server ...`, every
  open connection's `connection to device closed [...]; reason: server shutdown`, `MQTT
  server(s) closed`, `%s stopped in %ss`).
- Eclipse Ditto 3.2 (on Akka 2.6) (`ditto-gateway-5c8f9d7b64-mt2kq.log`, `...-x9vbn.log`,
  `ditto-things-7d6b8c9f5-4hzlw.log`, `...-wq7rc.log`, `ditto-connectivity-68f4c7b9d-p2xsm.log`,
  `...-h6tjr.log`: `kubectl logs` of each pod; the services' logback pattern `%date{ISO8601}
  %-5level [%X{x-correlation-id}] %logger{20} %X{akkaSource} - %msg%n`, `2024-06-07 06:00:02,673
  INFO  [3fed9ed0-...] o.e.d.g.s.e.d.RequestResultLoggingDirective  - StatusCode of request PUT
  '/api/2/things/org.acme.fleet:truck-4519/...' was: 204`, an empty akkaSource leaving two
  blanks; an ERROR goes to the STDOUT appender and to the STDERR one, so the container's log
  holds it twice). The gateways' `StatusCode of request %s '%s' was: %s` for each HTTP request
  (things, features, search, policies, inbox messages, the WebSocket); a things pod killed for
  memory at 07:31 and back in the same pod (its log starts with the new container: `Slf4jLogger
  started`, `Remoting started with transport [Artery tcp]; listening on address [%s] with UID
  [%s]`, `Starting up, Akka version [%s] ...`, `Started up successfully`, `Welcome from [%s]`;
  the others' `Marking node as UNREACHABLE [%s].`, the leader's `Leader is removing unreachable
  node [%s]`, `Node [%s] is JOINING, roles [%s], version [%s]`, `Leader is moving node [%s] to
  [%s]`, each after akka.cluster's `Cluster Node [self] - `), requests for its things timing out
  (`Request %s '%s' timed out after %s` and the timeout directive's own `StatusCode of request
  ...: 503`); the MQTT broker of the connection `acme-telemetry-mqtt` restarted 08:40-08:51
  (`Connection failed: ImmutableConnectionFailure [origin=%s, cause=%s, description=%s,
  time=%s]. Reconnect after %s.` with the cause's text, doubling back-off, one `... Reconnect was
  already triggered.`); a partner's AMQP bridge over an SSH tunnel refused from 09:00 (`Check
  connection to %s:%s and %s:%s.`, the SSH error, `Connection <%s> reached maximum retries for
  reconnecting and thus will no longer try to reconnect.`); a network blip at 09:50 (`Marking
  node as REACHABLE [%s].`); MongoDB's primary stepping down at 10:05 (akka persistence's
  `Failed to persist event type [%s] with sequence number [%s] for persistenceId [%s].` with
  the driver's exception, each twice); the connectivity pod replaced at 11:19 (`Marked address
  [%s] as [%s]`, `Exiting completed`, `Shutting down...`, `Successfully shut down`, `Leader is
  removing confirmed Exiting node [%s]`).
- Eclipse Kura 5.4 (`gw-plant1-01-kura.log`, `gw-plant1-02-kura.log`, `gw-plant2-01-kura.log`:
  each gateway's /var/log/kura.log, log4j2's `%d{yyyy-MM-dd'T'HH:mm:ss,SSS} [%t] %-5p %c{1.} -
  %m%n`, `2024-06-07T08:15:18,758 [DataServiceImpl:ReconnectTask:org.eclipse.kura.data.DataService]
  INFO  o.e.k.c.d.DataServiceImpl - Connecting...`). Three gateways publishing to one cloud
  broker: energy every 240 s at QoS 1, vibration every 600 s at QoS 0, alarms now and then
  (`Storing message on topic: %s, priority: %s`, `Stored message on topic: %s, priority: %s`,
  `Publishing message on topic: %s with QoS: %s`, `Confirmed message ID: %s to store` for QoS 1);
  the broker restarted 08:15-08:26 (`Connection Lost` with Paho's `Connection lost (32109) -
  java.io.EOFException` below, `connectionLost`, `Starting reconnect task with initial delay
  %s`, then each minute `Connecting...`, `Creating a new client instance`, `Using memory
  persistence for in-flight messages`, the transport's banner of one call a line (`#
  ------...`, `#  Connection Properties`, `#  broker    = %s`, `#  clientId  = %s`, `#
  username  = %s`, `#  password  = XXXXXXXXXXXXXX`, `#  keepAlive = %s`, `#  timeout   = %s`,
  `#  cleanSession    = %s`, `#  MQTT version    = %s`, `#  willDestination = %s`, `#
  willMessage     = %s`, `#`, `#  Connecting...`), `xxxxx  Connect failed. Forcing disconnect.
  xxxxx`, `Connection attempt failed with exception %s` with the KuraConnectException's stack;
  at last `#  Connected!`, `New session established. Dropping all in-flight messages.`,
  `Connected. Reconnect task will be terminated.` and the stored backlog published);
  gw-plant1-02 rebooted for firmware at 09:30 (`Disconnecting...`, `Notified disconnecting`,
  `Disconnected`, `Notified disconnected`); gw-plant2-01's cellular link down 10:05-10:12 (an
  `UnknownHostException` each attempt); gw-plant1-01 given a mistyped user in the web UI at 11:10
  (`Notified DataTransportService configuration updating...`, `... updated.`, `Not authorized to
  connect (5)` until a second update at 11:16).
- Eclipse Leshan 2.0 (`meter-sim-01.log` ... `meter-sim-06.log`: `docker logs` of the lab's
  `leshan-client-demo` containers, and `leshan-server.log`, the server demo's; the demos'
  logback `%d %p %C{0} - %m%n`, `2024-06-07 06:00:28,331 INFO DefaultRegistrationEngine - Trying
  to update registration to coap://172.20.0.5:5683 (response timeout 120000ms)...`). Each
  simulator's update every 207 s (lifetime 300 s less CoAP's MAX_TRANSMIT_WAIT): `Trying to
  update registration to %s (response timeout %sms)...`, `Registration update succeed.`, `Next
  registration update to %s in %ss...`; the integration tests reading `/3/0/9` and `/3/0/13`
  every ten minutes and writing `/3/0/14` hourly (the demo device's `Read on Device resource
  /%s/%s/%s`, `Write on ...`); the server upgraded at 08:30 (its `LWM2M server started at %s %s`
  and `Web server started at %s.`; the clients' `Registration update failed: Timeout.`, then,
  the new server having lost the registrations, `Registration update failed: %s %s.` with
  `NOT_FOUND(404) null`, `Trying to register to %s ...`, `Registered with location '%s'.`); a lab
  switch failing for meter-sim-05 and -06 10:10-10:25 (two update timeouts, two `Registration
  failed: Timeout.`, `Try to register to %s again in %ss...`); meter-sim-03 restarted at 11:05
  (`Trying to deregister to %s ...`, `De-register response %s %s.`, `Starting Leshan client
  ...`, `Leshan client[endpoint:%s] started.`).
- FROST-Server 2.3 (`frost-http-7c9f8b6d5-h2kxm.log` and, after a rollout at 10:30,
  `frost-http-5d8b7f9c4-q7wnz.log`: the HTTP deployment, FROST in Tomcat 9, whose own
  OneLineFormatter lines (`07-Jun-2024 06:00:01.500 INFO [main]
  org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache
  Tomcat/9.0.89`) share the stream; `frost-mqtt-6b7d9c8f5-x4pzt.log` and
  `frost-mqtt-77c6d8b9f-l9rsd.log`: the MQTT deployment; `kubectl logs` of each pod, FROST's
  logback `%d{HH:mm:ss.SSS} [%16thread] %-5level %30logger{30} - %msg%n`, the time without a
  date: `06:00:04.094 [            main] INFO     d.f.i.i.f.settings.Settings - Setting
  serviceRootUrl has value '"https://..."'.`). Each start dumps the settings (`Setting %s%s has
  value '%s'.`, `Not set %s%s, using default value '%s'.`), the HTTP pod's Tomcat start and
  Liquibase's lock, the message bus client (`Creating new paho-client for broker: %s with
  client-id %s`, `paho-client connecting to broker: ...`, `paho-client connected to broker`,
  `paho-client subscribing to topic: %s`), the MQTT pod's Moquette (`Server bound to host=%s,
  port=%s, protocol=%s`, `Moquette integration has been started successfully in %s ms`); the
  queues' status each minute it changed (`RecvQueue: %s [%s, %s, %s] SendQueue: %s [%s, %s, %s]
  `); field loggers with a new firmware publishing to `v1.1/Datastreams(%d)/observations` from
  07:40 (`received message on topic '%s' which is no valid topic to create an observation.`); a
  station publishing to a Datastream deleted the day before (`Creating observation via MQTT
  failed (topic: %s, payload: %s, code: %s, message: %s)`); a batch import at 09:10 (`Failed to
  add message to send-queue. Increase %s%s (currently %s) ...`, the MQTT pod's `EntityChangedevent
  discarded because message queue is full %s! ...`); the bus broker evicted 09:20-09:26 (`Connection
  to message bus lost (Stacktrace in DEBUG): Connection lost.`, every 20 s and on every send
  `paho-client connecting to broker: ...`, `Failed to connect to broker: %s` and the empty
  `LOGGER.error("", ex)` with Paho's exception under it, `Failed to publish message to bus.`);
  the rollout (`Pausing ProtocolHandler [%s]`, `Stopping service [%s]`, `Message bus shutting
  down.`, `paho-client unsubscribing from topic: %s`, `paho-client disconnecting from broker:
  %s`, `paho-client closing`, `Message bus closed.`).

Label notes. The heads are context: Quarkus' time, level, category and thread; logback's date,
level, correlation id, logger and akkaSource (Ditto), the class (Leshan), the time, thread,
level and logger (FROST); log4j2's date, thread, level and logger (Kura); Tomcat's date, level,
thread and class.method; Kafka's `[Producer clientId=%s] ` (LogContext) and akka.cluster's
`Cluster Node [%s] - ` before each cluster message (its ClusterLogger). A value that is an error
contributes its format (Quarkus' `%e` after `: `, the ConnectionFailure's cause, Kura's
exception name is a value, FROST's Datastream error); the Hono target is a `String.format` of its
own, so `to device [%s]` and `to gateway [%s], device [%s]` are two labels; the reason Hono
appends (`; reason: server shutdown`, `; reason: device disabled`) is wording picked by
branch. Two classes that log the same format string give one label (Ditto's two `StatusCode of
request` directives). FROST's `LOGGER.error("", ex)` writes an empty message with the exception
under it; its label is the exception's text. The lines that continue an event (stacks, Paho's
exception lines) have no row; Ditto's ERROR written twice is two events, two rows.

Checked against copies of the sources: Hono's AbstractVertxBasedMqttProtocolAdapter (every
adapter message here; `successfully processed message` is at TRACE, so absent) and
HonoConnectionImpl's `remote server ... closed connection` and `not connected`; Ditto's
logback.xml (the pattern, the STDERR appender's ERROR threshold), the gateway's
RequestResultLoggingDirective and timeout directive, BaseClientActor's `Connection failed`
lines, maximum retries and `Check connection to`; Kura's MqttDataTransport (banner, connect,
disconnect, subscribe, publish, connection lost) and DataServiceImpl (store, confirm, reconnect
task, session, notifications), Kura's layout and Paho's `Connection lost (32109)` head against
logs quoted in Kura issues; Leshan 2.0's DefaultRegistrationEngine (every engine message), the
demos' layout and start lines against logs quoted in a Leshan issue (1.x); FROST's Settings,
MqttMessageBus (2.x) and MqttManager (a 1.x copy), the layout against logs quoted in FROST
issues. Least sure (written from memory): Quarkus' start and stop lines, Kafka's NetworkClient
texts, Hono's `bad credentials` text and the Kafka TimeoutException as the connection event's
failure; Akka's cluster, remoting, Slf4jLogger and persistence texts, the ConnectionFailure's
toString (`ImmutableConnectionFailure [...]`), the actors' loggers and paths, MongoDB's error;
Kura's publisher thread names, jar versions and the connect failures' Paho texts; Leshan's
`Read on Device resource` / `Write on` (the demo's device), `NOT_FOUND(404)` / `DELETED(202)`,
the 2.0 server's start lines and the client's 1.x start lines; FROST's ChangingStatusLogger
logger and cadence, thread names, `No such entity 'Datastream' with id 57`, Moquette's and
Liquibase's lines, Tomcat's grouping separator in `[7,534] ms` and the settings list.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def pick_w(r: random.Random, table: list[tuple[float, object]]) -> object:
    return r.choices([v for _, v in table], [w for w, _ in table])[0]


def frames(*fs: str) -> list[str]:
    """A Java stack's frame lines."""
    return [f"\tat {f}" for f in fs]


# ------------------------------------------------------------------------------------- hono

HO_ADP = "org.ecl.hon.ada.mqt.imp.VertxBasedMqttProtocolAdapter"
HO_CON = "org.ecl.hon.cli.amq.con.imp.HonoConnectionImpl"
HO_NET = "org.apa.kaf.cli.NetworkClient"
HO_QRK = "io.quarkus"
HO_VERSION = "2.5.1"
HO_QUARKUS = "3.2.12.Final"
HO_FEATURES = "[cdi, kubernetes-client, micrometer, opentelemetry, smallrye-context-propagation, smallrye-health, vertx]"
HO_REGISTRY = "hono-service-device-registry"
HO_KAFKA = "hono-kafka-1.hono-kafka-headless.hono.svc.cluster.local/10.42.2.19:9092"
# pod, start (None: running before the window), stop (None: after the window)
HO_PODS = [
    ("hono-adapter-mqtt-6d9f7c8b5-2xkpq", None, at(11, 0, 12.4)),
    ("hono-adapter-mqtt-6d9f7c8b5-r7wzn", None, at(11, 4, 40.9)),
    ("hono-adapter-mqtt-59c4b7d6f8-kq5vd", at(10, 59, 31.2), None),
    ("hono-adapter-mqtt-59c4b7d6f8-t8m2x", at(11, 4, 2.7), None),
]
HO_BAD_CRED = (at(7, 5, 10), at(7, 49, 40))
HO_KAFKA_DOWN = (at(8, 20, 10), at(8, 21, 40))
HO_REG_DOWN = (at(9, 40, 2), at(9, 40, 41))
HO_DISABLED_AT = at(10, 15, 22)

HO_AUTH_STACK = frames(
    "org.eclipse.hono.adapter.auth.device.CredentialsApiAuthProvider.lambda$validateCredentials$3(CredentialsApiAuthProvider.java:152)",
    "io.vertx.core.impl.future.Composition.onSuccess(Composition.java:38)",
    "io.vertx.core.impl.future.FutureBase.emitSuccess(FutureBase.java:60)",
    "io.vertx.core.impl.future.FutureImpl.tryComplete(FutureImpl.java:211)",
    "io.vertx.core.impl.future.PromiseImpl.tryComplete(PromiseImpl.java:23)",
    "io.vertx.core.impl.future.PromiseImpl.onSuccess(PromiseImpl.java:49)",
    "io.vertx.core.impl.future.PromiseImpl.handle(PromiseImpl.java:41)",
    "io.vertx.core.impl.ContextInternal.dispatch(ContextInternal.java:264)",
    "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
    "io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
)
HO_NOTCONN_STACK = frames(
    "org.eclipse.hono.client.amqp.connection.impl.HonoConnectionImpl.checkConnected(HonoConnectionImpl.java:283)",
    "org.eclipse.hono.client.amqp.connection.impl.HonoConnectionImpl.lambda$isConnected$2(HonoConnectionImpl.java:258)",
    "org.eclipse.hono.client.amqp.connection.HonoProtonHelper.lambda$executeOnContext$1(HonoProtonHelper.java:391)",
    "io.vertx.core.impl.ContextInternal.dispatch(ContextInternal.java:264)",
    "io.vertx.core.impl.EventLoopContext.lambda$runOnContext$0(EventLoopContext.java:43)",
    "io.netty.util.concurrent.AbstractEventExecutor.runTask(AbstractEventExecutor.java:174)",
    "io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks(SingleThreadEventExecutor.java:470)",
    "io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:413)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
)
HO_KAFKA_STACK = frames(
    "org.apache.kafka.clients.producer.KafkaProducer$ClusterAndWaitTime.<init>(KafkaProducer.java:1475)",
    "org.apache.kafka.clients.producer.KafkaProducer.waitOnMetadata(KafkaProducer.java:1144)",
    "org.apache.kafka.clients.producer.KafkaProducer.doSend(KafkaProducer.java:971)",
    "org.apache.kafka.clients.producer.KafkaProducer.send(KafkaProducer.java:949)",
    "io.vertx.kafka.client.producer.impl.KafkaWriteStreamImpl.lambda$send$4(KafkaWriteStreamImpl.java:88)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
)
HO_WRAP_STACK = frames(
    "org.eclipse.hono.adapter.mqtt.AbstractVertxBasedMqttProtocolAdapter.lambda$handleConnectionRequestResult$12(AbstractVertxBasedMqttProtocolAdapter.java:425)",
    "io.vertx.core.impl.future.Composition.onFailure(Composition.java:50)",
    "io.vertx.core.impl.future.FutureBase.emitFailure(FutureBase.java:75)",
    "io.vertx.core.impl.future.FutureImpl.tryFail(FutureImpl.java:230)",
    "io.vertx.core.impl.ContextInternal.dispatch(ContextInternal.java:264)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
)


def hono(r: random.Random) -> list[Log]:
    """Two MQTT adapter pods replaced by two new ones in a rollout at 11:00."""
    fs = Files()
    stop_of = {p: s for p, _, s in HO_PODS}
    loop_of = {p: f"vert.x-eventloop-thread-{i % 4}" for i, (p, _, _) in enumerate(HO_PODS)}

    def L(
        pod: str,
        t: datetime,
        lvl: str,
        cat: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
        thread: str = "",
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        th = thread or loop_of[pod]
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {lvl:<5} [{cat}] ({th}) {msg}",
                *(stack or []),
            ],
            pod,
            MS,
        )

    def running(t: datetime) -> list[str]:
        out = []
        for p, s, e in HO_PODS:
            if (s is None or t >= s + sec(9)) and (e is None or t < e):
                out.append(p)
        return out

    # the devices: (tenant, device, kind)
    meters = [("acme-energy", f"meter-{n:05d}", "meter") for n in r.sample(range(100, 900), 50)]
    hvac = [("smart-building", f"hvac-ctrl-{n:02d}", "hvac") for n in range(1, 25)]
    gws = [("fleet-telematics", f"tgw-{n:03d}", "gw") for n in r.sample(range(10, 80), 14)]
    trucks = {g: [f"truck-{n}" for n in r.sample(range(4000, 4999), 4)] for _, g, _ in gws}
    disabled = set(r.sample([d for _, d, _ in hvac], 3))
    bad_meter = meters[7][1]
    cmd_names = {
        "meter": ["setInterval", "readNow", "setTariff"],
        "hvac": ["setpoint", "setpoint", "setpoint", "setMode", "setFanSpeed"],
        "gw": ["lockDoors", "unlockDoors", "setGeofence", "requestPosition", "requestPosition"],
    }

    hvac_cid = {d: f"{d}-{hexid(r, 4)}" for _, d, _ in hvac}

    def client_id(dev: str, kind: str) -> str:
        return hvac_cid.get(dev, dev)

    def fail_pair(pod: str, t: datetime, cid: str, exc: str, stack: list[str]) -> datetime:
        t = L(
            pod,
            t,
            "DEBUG",
            HO_ADP,
            f"device authentication or early stage checks failed: {exc}",
            f"device authentication or early stage checks failed: {exc}",
            stack,
        )
        return L(
            pod,
            t + sec(r.uniform(0.0005, 0.002)),
            "DEBUG",
            HO_ADP,
            f"rejecting connection request from client [clientId: %s], cause:: {exc}",
            f"rejecting connection request from client [clientId: {cid}], cause:: {exc}",
            stack,
        )

    def session(tenant: str, dev: str, kind: str, t: datetime, dur: float) -> tuple[datetime, bool]:
        """One connection; returns when the device next tries to connect, and whether that
        is a retry (refused or cut off)."""
        pods = running(t)
        if not pods:
            return t + sec(5), True
        pod = r.choice(pods)
        cid = client_id(dev, kind)
        if t >= T0:
            L(
                pod,
                t,
                "DEBUG",
                HO_ADP,
                "connection request from client [client-id: %s]",
                f"connection request from client [client-id: {cid}]",
            )
        t1 = t + sec(r.uniform(0.02, 0.25))
        # outages refuse the connection
        if dev == bad_meter and HO_BAD_CRED[0] <= t < HO_BAD_CRED[1]:
            fail_pair(
                pod,
                t1,
                cid,
                "org.eclipse.hono.client.ClientErrorException: bad credentials",
                HO_AUTH_STACK,
            )
            return t + sec(r.uniform(55, 70)), True
        if HO_REG_DOWN[0] <= t < HO_REG_DOWN[1]:
            fail_pair(
                pod,
                t1,
                cid,
                "org.eclipse.hono.client.ServerErrorException: not connected",
                HO_NOTCONN_STACK,
            )
            return t + sec(r.uniform(4, 15)), True
        if HO_KAFKA_DOWN[0] <= t < HO_KAFKA_DOWN[1]:
            topic = f"hono.event.{tenant}"
            t2 = L(
                pod,
                t1 + sec(10 + r.uniform(0.001, 0.05)),
                "WARN",
                HO_ADP,
                "failed to send connection event for client [clientId: %s]: org.apache.kafka.common.errors.TimeoutException: Topic %s not present in metadata after %d ms.",
                f"failed to send connection event for client [clientId: {cid}]: org.apache.kafka.common.errors.TimeoutException: Topic {topic} not present in metadata after 10000 ms.",
                HO_KAFKA_STACK,
            )
            L(
                pod,
                t2 + sec(r.uniform(0.0005, 0.002)),
                "DEBUG",
                HO_ADP,
                "rejecting connection request from client [clientId: %s], cause:: org.eclipse.hono.client.ServerErrorException: failed to send connection event",
                f"rejecting connection request from client [clientId: {cid}], cause:: org.eclipse.hono.client.ServerErrorException: failed to send connection event",
                HO_WRAP_STACK,
            )
            return t2 + sec(r.uniform(3, 12)), True
        subscribed = kind != "meter" or r.random() < 0.8
        if kind == "gw":
            filt, qos = "command//+/req/#", "AT_LEAST_ONCE"
        elif kind == "hvac":
            filt, qos = "command///req/#", "AT_LEAST_ONCE"
        else:
            filt, qos = "command///req/#", r.choice(["AT_MOST_ONCE", "AT_LEAST_ONCE"])
        if subscribed:
            L(
                pod,
                t1 + sec(r.uniform(0.01, 0.4)),
                "DEBUG",
                HO_ADP,
                "created subscription [tenant: %s, device: %s, filter: %s, QoS: %s]",
                f"created subscription [tenant: {tenant}, device: {dev}, filter: {filt}, QoS: {qos}]",
            )
        end = t + sec(dur)
        reason = ""
        stop = stop_of[pod]
        if stop is not None and end >= stop:
            end, reason = stop + sec(r.uniform(0.05, 0.6)), "server shutdown"
        if kind == "hvac" and dev in disabled and t < HO_DISABLED_AT <= end:
            end, reason = HO_DISABLED_AT + sec(r.uniform(0.01, 0.3)), "device disabled"
        # commands while connected
        if subscribed:
            mean = {"meter": 0.0, "hvac": 3200.0, "gw": 3400.0}[kind]
            times = poisson(r, t1 + sec(1), end, mean) if mean else []
            if kind == "meter" and r.random() < 0.12:
                times = [t1 + sec(r.uniform(1.5, 6))]
            pid = 0
            for tc in times:
                if tc >= end:
                    break
                pid += 1
                name = r.choice(cmd_names[kind])
                req = "" if name in ("setMode",) else f"{hexid(r, 12)}"
                if kind == "gw":
                    truck = r.choice(trucks[dev])
                    target, label_target = (
                        f"gateway [{dev}], device [{truck}]",
                        "gateway [%s], device [%s]",
                    )
                    topic = f"command//{truck}/req/{req}/{name}"
                else:
                    target, label_target = f"device [{dev}]", "device [%s]"
                    topic = f"command///req/{req}/{name}"
                tc = L(
                    pod,
                    tc,
                    "DEBUG",
                    HO_ADP,
                    f"published command [packet-id: %s] to {label_target} [tenant-id: %s, MQTT client-id: %s, QoS: %s, topic: %s]",
                    f"published command [packet-id: {pid}] to {target} [tenant-id: {tenant}, MQTT client-id: {cid}, QoS: {qos}, topic: {topic}]",
                )
                if qos != "AT_LEAST_ONCE":
                    continue
                if kind == "gw" and r.random() < 0.09:
                    L(
                        pod,
                        tc + sec(1 + r.uniform(0.001, 0.02)),
                        "DEBUG",
                        HO_ADP,
                        "did not receive PUBACK [packet-id: %s] for command [tenant-id: %s, device-id: %s, MQTT client-id: %s]",
                        f"did not receive PUBACK [packet-id: {pid}] for command [tenant-id: {tenant}, device-id: {dev}, MQTT client-id: {cid}]",
                    )
                else:
                    L(
                        pod,
                        tc + sec(r.uniform(0.04, 0.9) * (3 if kind == "gw" else 1)),
                        "DEBUG",
                        HO_ADP,
                        "received PUBACK [packet-id: %s] for command [tenant-id: %s, device-id: %s, MQTT client-id: %s]",
                        f"received PUBACK [packet-id: {pid}] for command [tenant-id: {tenant}, device-id: {dev}, MQTT client-id: {cid}]",
                    )
        if reason == "device disabled":
            L(
                pod,
                end,
                "DEBUG",
                HO_ADP,
                "closing connection to device [tenant-id: %s, device-id: %s, client ID: %s]; reason: device disabled",
                f"closing connection to device [tenant-id: {tenant}, device-id: {dev}, client ID: {cid}]; reason: device disabled",
            )
            return T_END + sec(1), False
        if subscribed and kind == "hvac" and not reason and r.random() < 0.3:
            L(
                pod,
                end - sec(r.uniform(0.05, 0.4)),
                "DEBUG",
                HO_ADP,
                "removed subscription with topic [%s] for device [tenant-id: %s, device-id: %s]",
                f"removed subscription with topic [{filt}] for device [tenant-id: {tenant}, device-id: {dev}]",
            )
        if reason:
            L(
                pod,
                end,
                "DEBUG",
                HO_ADP,
                "connection to device closed [tenant-id: %s, device-id: %s, client ID: %s]; reason: server shutdown",
                f"connection to device closed [tenant-id: {tenant}, device-id: {dev}, client ID: {cid}]; reason: server shutdown",
            )
            return end + sec(r.uniform(1.5, 9)), True
        L(
            pod,
            end,
            "DEBUG",
            HO_ADP,
            "connection to device closed [tenant-id: %s, device-id: %s, client ID: %s]",
            f"connection to device closed [tenant-id: {tenant}, device-id: {dev}, client ID: {cid}]",
        )
        return end, False

    for tenant, dev, kind in meters + hvac + gws:
        t = T0 + sec(r.uniform(-600, 3000)) if kind == "meter" else T0 - sec(r.uniform(600, 7200))
        while t < T_END:
            if kind == "meter":
                nxt, retry = session(tenant, dev, kind, t, r.uniform(6, 45))
                t = nxt if retry else t + sec(r.uniform(3000, 4200))
                if dev == bad_meter and nxt < HO_BAD_CRED[0] < t:
                    t = HO_BAD_CRED[0] + sec(r.uniform(0, 20))  # the password rotated
            else:
                dur = r.expovariate(1 / (9000 if kind == "hvac" else 2500)) + 30
                t, retry = session(tenant, dev, kind, t, dur)
                if not retry:
                    t += sec(r.uniform(2, 40) if kind == "gw" else r.uniform(1, 8))

    # the device registry restarted at 09:40: the AMQP connections closed by the peer
    for pod in running(HO_REG_DOWN[0]):
        tt = HO_REG_DOWN[0] + sec(r.uniform(0.001, 0.05))
        for role in ["Tenant", "Device Registration", "Credentials"]:
            tt = L(
                pod,
                tt + sec(r.uniform(0.0005, 0.004)),
                "INFO",
                HO_CON,
                "remote server [%s:%s, role: %s] closed connection",
                f"remote server [{HO_REGISTRY}:5671, role: {role}] closed connection",
            )
    # the Kafka broker restarted at 08:20
    for pod in running(HO_KAFKA_DOWN[0]):
        short = pod.rsplit("-", 1)[1]
        kth = f"kafka-producer-network-thread | hono-adapter-mqtt-{short}-producer"
        pre = f"[Producer clientId=hono-adapter-mqtt-{short}-producer] "
        tt = HO_KAFKA_DOWN[0] - sec(r.uniform(2, 5))
        while tt < HO_KAFKA_DOWN[1] - sec(8):
            tt = L(
                pod,
                tt,
                "INFO",
                HO_NET,
                "Node %d disconnected.",
                pre + "Node 1 disconnected.",
                thread=kth,
            )
            tt = L(
                pod,
                tt + sec(r.uniform(0.0005, 0.003)),
                "WARN",
                HO_NET,
                "Connection to node %d (%s) could not be established. Broker may not be available.",
                pre
                + f"Connection to node 1 ({HO_KAFKA}) could not be established. Broker may not be available.",
                thread=kth,
            )
            tt += sec(r.uniform(0.8, 1.05))
    # the rollout: new pods start, old pods stop
    for pod, start, stop in HO_PODS:
        if start is not None:
            tt = L(
                pod,
                start,
                "INFO",
                HO_ADP,
                "limiting size of inbound message payload to %s bytes",
                "limiting size of inbound message payload to 2048 bytes",
                thread="main",
            )
            tt = L(
                pod,
                tt + sec(0.08),
                "INFO",
                HO_ADP,
                "reporting metrics using [%s]",
                "reporting metrics using [org.eclipse.hono.adapter.mqtt.MicrometerBasedMqttAdapterMetrics]",
                thread="main",
            )
            for port in (8883, 1883):
                tt = L(
                    pod,
                    tt + sec(r.uniform(0.05, 0.3)),
                    "INFO",
                    HO_ADP,
                    "MQTT server running on %s:%s",
                    f"MQTT server running on 0.0.0.0:{port}",
                )
            tt = L(
                pod,
                tt + sec(r.uniform(0.2, 0.6)),
                "INFO",
                HO_QRK,
                "%s %s on JVM (powered by Quarkus %s) started in %ss. ",
                f"hono-adapter-mqtt {HO_VERSION} on JVM (powered by Quarkus {HO_QUARKUS}) started in {r.uniform(3.8, 6.2):.3f}s. ",
                thread="main",
            )
            tt = L(
                pod,
                tt + sec(0.001),
                "INFO",
                HO_QRK,
                "Profile %s activated. ",
                "Profile prod activated. ",
                thread="main",
            )
            L(
                pod,
                tt + sec(0.001),
                "INFO",
                HO_QRK,
                "Installed features: [%s]",
                f"Installed features: {HO_FEATURES}",
                thread="main",
            )
        if stop is not None:
            tt = L(
                pod,
                stop - sec(0.02),
                "INFO",
                HO_ADP,
                "closing secure MQTT server ...",
                "closing secure MQTT server ...",
            )
            L(
                pod,
                tt + sec(0.001),
                "INFO",
                HO_ADP,
                "closing insecure MQTT server ...",
                "closing insecure MQTT server ...",
            )
            tt = L(
                pod,
                stop + sec(r.uniform(0.9, 1.4)),
                "INFO",
                HO_ADP,
                "MQTT server(s) closed",
                "MQTT server(s) closed",
            )
            L(
                pod,
                tt + sec(0.05),
                "INFO",
                HO_QRK,
                "%s stopped in %ss",
                f"hono-adapter-mqtt stopped in {r.uniform(1.1, 1.9):.3f}s",
                thread="Shutdown thread",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ ditto

DI_GW_LOG = "o.e.d.g.s.e.d.RequestResultLoggingDirective"
DI_TO_LOG = "o.e.d.g.s.e.d.RequestTimeoutHandlingDirective"
DI_CLUSTER = "akka.cluster.Cluster"
DI_CLUSTER_SRC = "akka://ditto-cluster/system/cluster/core/daemon"
DI_ADDR = {
    "ditto-gateway-5c8f9d7b64-mt2kq": "10.42.0.12",
    "ditto-gateway-5c8f9d7b64-x9vbn": "10.42.2.44",
    "ditto-things-7d6b8c9f5-4hzlw": "10.42.1.23",
    "ditto-things-7d6b8c9f5-wq7rc": "10.42.3.8",
    "ditto-connectivity-68f4c7b9d-p2xsm": "10.42.0.27",
    "ditto-connectivity-68f4c7b9d-h6tjr": "10.42.2.61",
}
DI_LEADER = "ditto-gateway-5c8f9d7b64-mt2kq"
DI_ROLES = {
    "gateway": "gateway, dc-default",
    "things": "things, dc-default",
    "connectivity": "connectivity, dc-default",
}
DI_OOM = at(7, 31, 5)
DI_BACK = at(7, 31, 52.4)
DI_MQTT_DOWN = (at(8, 40, 3.2), at(8, 51, 31))
DI_SSH = (at(9, 0, 40), at(9, 31, 0))
DI_BLIP = at(9, 50, 17)
DI_MONGO = (at(10, 5, 10), at(10, 5, 23))
DI_CONN_ROLL = (at(11, 19, 30), at(11, 20, 6))
DI_FEATURES = {
    "meter": [
        ("power", ["value", "voltage", "current"]),
        ("energy", ["total", "tariff"]),
        ("config", ["interval"]),
    ],
    "hvac": [
        ("thermostat", ["setpoint", "mode", "temperature"]),
        ("fan", ["speed"]),
        ("status", ["alarm"]),
    ],
    "truck": [
        ("location", ["latitude", "longitude"]),
        ("doors", ["locked"]),
        ("cargo", ["temperature"]),
    ],
}
DI_MONGO_STACK = [
    'com.mongodb.MongoNotPrimaryException: Command failed with error 10107 (NotWritablePrimary): \'not primary\' on server ditto-mongodb-0.ditto-mongodb-headless:27017. The full response is {"topologyVersion": {"processId": {"$oid": "66629a1f0c7d2e4b1a9f3c21"}, "counter": 6}, "ok": 0.0, "errmsg": "not primary", "code": 10107, "codeName": "NotWritablePrimary"}',
    *frames(
        "com.mongodb.internal.connection.ProtocolHelper.createSpecialException(ProtocolHelper.java:245)",
        "com.mongodb.internal.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:211)",
        "com.mongodb.internal.connection.InternalStreamConnection.receiveCommandMessageResponse(InternalStreamConnection.java:444)",
        "com.mongodb.internal.connection.InternalStreamConnection.lambda$sendAndReceiveAsync$1(InternalStreamConnection.java:573)",
        "com.mongodb.internal.async.ErrorHandlingResultCallback.onResult(ErrorHandlingResultCallback.java:47)",
        "com.mongodb.internal.connection.AsynchronousChannelStream$BasicCompletionHandler.completed(AsynchronousChannelStream.java:257)",
        "java.base/sun.nio.ch.Invoker.invokeDirect(Invoker.java:158)",
        "java.base/java.lang.Thread.run(Thread.java:833)",
    ),
]


def ditto(r: random.Random) -> list[Log]:
    """Two gateways, two things and one connectivity pod of one Ditto 3.2 installation."""
    fs = Files()

    def D(
        pod: str,
        t: datetime,
        lvl: str,
        cid: str,
        logger: str,
        src: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        f = f"{pod}.log"

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {lvl:<5} [{cid}] {logger} {src} - {msg}",
                *(stack or []),
            ]

        t = fs.add(f, t, label, text, pod, MS)
        if lvl == "ERROR":  # the STDERR appender writes it again, into the same container log
            fs.files[f].add(t, text(t), label)
        return t

    def node(pod: str) -> str:
        return f"akka://ditto-cluster@{DI_ADDR[pod]}:2551"

    def C(pod: str, t: datetime, label: str, msg: str, lvl: str = "INFO") -> datetime:
        """akka.cluster's logInfo: `Cluster Node [self] - ` before the message (context)."""
        return D(
            pod,
            t,
            lvl,
            "",
            DI_CLUSTER,
            DI_CLUSTER_SRC,
            label,
            f"Cluster Node [{node(pod)}] - {msg}",
        )

    gateways = ["ditto-gateway-5c8f9d7b64-mt2kq", "ditto-gateway-5c8f9d7b64-x9vbn"]
    things_pods = ["ditto-things-7d6b8c9f5-4hzlw", "ditto-things-7d6b8c9f5-wq7rc"]
    conn_old, conn_new = "ditto-connectivity-68f4c7b9d-p2xsm", "ditto-connectivity-68f4c7b9d-h6tjr"

    def members(t: datetime) -> list[str]:
        out = [*gateways, "ditto-things-7d6b8c9f5-wq7rc"]
        if not (DI_OOM <= t < DI_BACK + sec(3)):
            out.append("ditto-things-7d6b8c9f5-4hzlw")
        out.append(conn_old if t < DI_CONN_ROLL[1] else conn_new)
        return out

    things = (
        [("meter", f"org.acme:meter-{n:05d}") for n in r.sample(range(100, 900), 60)]
        + [("hvac", f"org.acme.building:hvac-ctrl-{n:02d}") for n in range(1, 25)]
        + [("truck", f"org.acme.fleet:truck-{n}") for n in r.sample(range(4000, 4999), 30)]
    )
    filters = [
        'eq(attributes/site,"plant-3")',
        'eq(attributes/site,"plant-1")',
        "gt(features/power/properties/value,4000)",
        'and(eq(attributes/building,"B2"),eq(features/status/properties/alarm,true))',
        'like(thingId,"org.acme.fleet:*")',
        "exists(features/cargo)",
    ]
    subjects = ["requestPosition", "reboot", "syncClock", "readNow"]
    policies = ["org.acme:default", "org.acme.building:default", "org.acme.fleet:default"]

    def request(t: datetime) -> tuple[str, str, int]:
        kind, thing = r.choice(things)
        feat, props = r.choice(DI_FEATURES[kind])
        prop = r.choice(props)
        x = r.random()
        if x < 0.30:
            return "GET", f"/api/2/things/{thing}", pick_w(r, [(97, 200), (3, 404)])  # type: ignore[return-value]
        if x < 0.44:
            return (
                "GET",
                f"/api/2/things/{thing}/features/{feat}/properties",
                pick_w(r, [(99, 200), (1, 404)]),
            )  # type: ignore[return-value]
        if x < 0.62:
            return (
                "PUT",
                f"/api/2/things/{thing}/features/{feat}/properties/{prop}",
                pick_w(r, [(96, 204), (3, 412), (1, 400)]),
            )  # type: ignore[return-value]
        if x < 0.68:
            return "PATCH", f"/api/2/things/{thing}", pick_w(r, [(98, 204), (2, 412)])  # type: ignore[return-value]
        if x < 0.78:
            q = (
                r.choice(filters)
                .replace('"', "%22")
                .replace(",", "%2C")
                .replace("(", "%28")
                .replace(")", "%29")
            )
            return "GET", f"/api/2/search/things?filter={q}&option=size%2850%29", 200
        if x < 0.82:
            return "GET", f"/api/2/policies/{r.choice(policies)}", 200
        if x < 0.87:
            return (
                "POST",
                f"/api/2/things/{thing}/inbox/messages/{r.choice(subjects)}?timeout=10",
                pick_w(r, [(85, 200), (15, 408)]),
            )  # type: ignore[return-value]
        if x < 0.89:
            return "GET", "/ws/2", 101
        if x < 0.90:
            return "GET", f"/api/2/things/{thing}", 401
        ids = ",".join(th for _, th in r.sample(things, r.randint(2, 6)))
        return "GET", f"/api/2/things?ids={ids}", 200

    # the gateways' requests
    for gw in gateways:
        # the fleet dashboard's polling adds to the steady traffic while the things pod is away
        for t in sorted(poisson(r, T0, T_END, 20.5) + poisson(r, DI_OOM, DI_BACK + sec(12), 7)):
            method, uri, status = request(t)
            cid = uuid4(r)
            t = t + sec(r.uniform(0.004, 0.09))
            if DI_OOM + sec(1) <= t < DI_BACK + sec(12) and "/things/" in uri and r.random() < 0.6:
                tt = D(
                    gw,
                    t + sec(60),
                    "WARN",
                    cid,
                    DI_TO_LOG,
                    "",
                    "Request %s '%s' timed out after %s",
                    f"Request {method} '{uri}' timed out after PT1M",
                )
                D(
                    gw,
                    tt + sec(0.0005),
                    "INFO",
                    cid,
                    DI_TO_LOG,
                    "",
                    "StatusCode of request %s '%s' was: %s",
                    f"StatusCode of request {method} '{uri}' was: 503",
                )
                continue
            if DI_MONGO[0] <= t < DI_MONGO[1] + sec(4) and method in ("PUT", "PATCH"):
                status = 500
            D(
                gw,
                t,
                "INFO",
                cid,
                DI_GW_LOG,
                "",
                "StatusCode of request %s '%s' was: %s",
                f"StatusCode of request {method} '{uri}' was: {status}",
            )

    # a things pod killed for memory at 07:31 and back in the same pod
    lost = "ditto-things-7d6b8c9f5-4hzlw"
    member = f"Member({node(lost)}, Up)"
    for p in members(DI_OOM - sec(1)):
        if p == lost:
            continue
        C(
            p,
            DI_OOM + sec(r.uniform(3.2, 5.8)),
            "Marking node as UNREACHABLE [%s].",
            f"Marking node as UNREACHABLE [{member}].",
            "WARN",
        )
    C(
        DI_LEADER,
        DI_OOM + sec(26.3),
        "Leader is removing unreachable node [%s]",
        f"Leader is removing unreachable node [{node(lost)}]",
    )
    t = D(
        lost,
        DI_BACK,
        "INFO",
        "",
        "a.e.s.Slf4jLogger",
        "akka://ditto-cluster/system/log1-Slf4jLogger",
        "Slf4jLogger started",
        "Slf4jLogger started",
    )

    def start_node(pod: str, t: datetime, role: str) -> None:
        t = D(
            pod,
            t + sec(r.uniform(0.3, 0.7)),
            "INFO",
            "",
            "a.r.a.t.ArteryTcpTransport",
            "ArteryTcpTransport(akka://ditto-cluster)",
            "Remoting started with transport [Artery tcp]; listening on address [%s] with UID [%s]",
            f"Remoting started with transport [Artery tcp]; listening on address [{node(pod)}] with UID [{r.randint(-(2**63), 2**63 - 1)}]",
        )
        t = C(
            pod,
            t + sec(r.uniform(0.05, 0.2)),
            "Starting up, Akka version [%s] ...",
            "Starting up, Akka version [2.6.21] ...",
        )
        t = C(
            pod, t + sec(r.uniform(0.1, 0.3)), "Started up successfully", "Started up successfully"
        )
        tj = t + sec(r.uniform(0.8, 2.5))
        C(
            DI_LEADER,
            tj,
            "Node [%s] is JOINING, roles [%s], version [%s]",
            f"Node [{node(pod)}] is JOINING, roles [{DI_ROLES[role]}], version [0.0.0]",
        )
        C(
            pod,
            tj + sec(r.uniform(0.02, 0.08)),
            "Welcome from [%s]",
            f"Welcome from [{node(DI_LEADER)}]",
        )
        C(
            DI_LEADER,
            tj + sec(r.uniform(0.9, 1.2)),
            "Leader is moving node [%s] to [%s]",
            f"Leader is moving node [{node(pod)}] to [Up]",
        )

    start_node(lost, t, "things")
    # a network blip between x9vbn and wq7rc
    blip_m = f"Member({node('ditto-things-7d6b8c9f5-wq7rc')}, Up)"
    C(
        "ditto-gateway-5c8f9d7b64-x9vbn",
        DI_BLIP,
        "Marking node as UNREACHABLE [%s].",
        f"Marking node as UNREACHABLE [{blip_m}].",
        "WARN",
    )
    C(
        "ditto-gateway-5c8f9d7b64-x9vbn",
        DI_BLIP + sec(4.31),
        "Marking node as REACHABLE [%s].",
        f"Marking node as REACHABLE [{blip_m}].",
    )
    # MongoDB's primary stepped down at 10:05: events of the things being modified fail
    seqs: dict[str, int] = {}
    for t in poisson(r, DI_MONGO[0], DI_MONGO[1], 0.9):
        _, thing = r.choice(things)
        evtype = r.choice(
            [
                "things.events:featurePropertyModified",
                "things.events:featurePropertyModified",
                "things.events:thingMerged",
                "things.events:featurePropertiesModified",
            ]
        )
        seq = seqs.setdefault(thing, r.randint(2000, 90000)) + 1
        seqs[thing] = seq
        pod = things_pods[sum(map(ord, thing)) % 2]  # the shard region that holds it
        ns, name = thing.split(":", 1)
        shard = r.randint(0, 63)
        D(
            pod,
            t,
            "ERROR",
            "",
            "o.e.d.t.s.p.a.ThingPersistenceActor",
            f"akka://ditto-cluster/system/sharding/thing/{shard}/{ns}:{name}/pa",
            "Failed to persist event type [%s] with sequence number [%s] for persistenceId [%s].",
            f"Failed to persist event type [{evtype}] with sequence number [{seq}] for persistenceId [thing:{thing}].",
            DI_MONGO_STACK,
        )
    # connectivity: the MQTT broker's restart and the partner's SSH tunnel
    mqtt_actor = (
        "o.e.d.c.s.m.m.h.MqttClientActor",
        "akka://ditto-cluster/system/sharding/connection/7/acme-telemetry-mqtt/pa/$a/c1",
    )
    amqp_actor = (
        "o.e.d.c.s.m.a.AmqpClientActor",
        "akka://ditto-cluster/system/sharding/connection/19/partner-amqp-bridge/pa/$a/c1",
    )
    failure = "Connection failed: ImmutableConnectionFailure [origin=%s, cause=%s, description=%s, time=%s]. Reconnect after %s."
    t = DI_MQTT_DOWN[0]
    backoff = 1
    first = True
    while t < DI_MQTT_DOWN[1]:
        stamp = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
        if first:
            cause = "com.hivemq.client.mqtt.exceptions.ConnectionClosedException: Server closed connection without DISCONNECT."
            lab = failure.replace("cause=%s", "cause=" + cause)
        else:
            cause = "com.hivemq.client.mqtt.exceptions.ConnectionFailedException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: ditto-mosquitto.iot.svc.cluster.local/10.43.118.7:1883"
            lab = failure.replace(
                "cause=%s",
                "cause=com.hivemq.client.mqtt.exceptions.ConnectionFailedException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: %s",
            )
        dur = (
            f"PT{backoff}S"
            if backoff < 60
            else f"PT{backoff // 60}M{backoff % 60}S".replace("M0S", "M")
        )
        t = D(
            conn_old,
            t,
            "INFO",
            "",
            *mqtt_actor,
            lab,
            f"Connection failed: ImmutableConnectionFailure [origin=null, cause={cause}, description=null, time={stamp}]. Reconnect after {dur}.",
        )
        if first:
            D(
                conn_old,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "",
                *mqtt_actor,
                "Connection failed: ImmutableConnectionFailure [origin=%s, cause=com.hivemq.client.mqtt.exceptions.ConnectionClosedException: Server closed connection without DISCONNECT., description=%s, time=%s]. Reconnect was already triggered.",
                f"Connection failed: ImmutableConnectionFailure [origin=null, cause={cause}, description=null, time={stamp}]. Reconnect was already triggered.",
            )
        first = False
        t += sec(backoff + r.uniform(0.3, 2.5))
        backoff = min(backoff * 2, 600)
    t = DI_SSH[0]
    backoff = 1
    tries = 0
    while t < DI_SSH[1]:
        tries += 1
        t = D(
            conn_old,
            t,
            "INFO",
            "",
            *amqp_actor,
            "Check connection to %s:%s and %s:%s.",
            "Check connection to ssh.partner-logistics.example:22 and localhost:40211.",
        )
        t += sec(r.uniform(1.5, 3.2))
        stamp = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
        if tries == 10:
            D(
                conn_old,
                t,
                "INFO",
                "",
                *amqp_actor,
                "Connection <%s> reached maximum retries for reconnecting and thus will no longer try to reconnect.",
                "Connection <partner-amqp-bridge> reached maximum retries for reconnecting and thus will no longer try to reconnect.",
            )
            break
        dur = (
            f"PT{backoff}S"
            if backoff < 60
            else f"PT{backoff // 60}M{backoff % 60}S".replace("M0S", "M")
        )
        t = D(
            conn_old,
            t,
            "INFO",
            "",
            *amqp_actor,
            failure.replace(
                "cause=%s",
                "cause=org.apache.sshd.common.SshException: No more authentication methods available",
            ),
            f"Connection failed: ImmutableConnectionFailure [origin=null, cause=org.apache.sshd.common.SshException: No more authentication methods available, description=SSH tunnel failed, time={stamp}]. Reconnect after {dur}.",
        )
        t += sec(backoff + r.uniform(0.1, 0.9))
        backoff = min(backoff * 2, 600)
    # the connectivity pod rolled at 11:19
    t = D(
        conn_new,
        DI_CONN_ROLL[0],
        "INFO",
        "",
        "a.e.s.Slf4jLogger",
        "akka://ditto-cluster/system/log1-Slf4jLogger",
        "Slf4jLogger started",
        "Slf4jLogger started",
    )
    start_node(conn_new, t, "connectivity")
    tl = DI_CONN_ROLL[1] - sec(3.2)
    tl = C(
        conn_old,
        tl,
        "Marked address [%s] as [%s]",
        f"Marked address [{node(conn_old)}] as [Leaving]",
    )
    C(
        DI_LEADER,
        tl + sec(0.9),
        "Leader is moving node [%s] to [%s]",
        f"Leader is moving node [{node(conn_old)}] to [Exiting]",
    )
    tl = C(conn_old, tl + sec(1.1), "Exiting completed", "Exiting completed")
    tl = C(conn_old, tl + sec(0.02), "Shutting down...", "Shutting down...")
    C(conn_old, tl + sec(0.03), "Successfully shut down", "Successfully shut down")
    C(
        DI_LEADER,
        tl + sec(1.4),
        "Leader is removing confirmed Exiting node [%s]",
        f"Leader is removing confirmed Exiting node [{node(conn_old)}]",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- kura

KU_DS = "o.e.k.c.d.DataServiceImpl"
KU_MQ = "o.e.k.c.d.t.m.MqttDataTransport"
KU_RECONNECT = "DataServiceImpl:ReconnectTask:org.eclipse.kura.data.DataService"
KU_BROKER = "mqtts://mqtt.acme-iot.example:8883"
KU_BROKER_URL = "ssl://mqtt.acme-iot.example:8883"
KU_GWS = ["gw-plant1-01", "gw-plant1-02", "gw-plant2-01"]
KU_BROKER_DOWN = (at(8, 15, 12), at(8, 25, 40))
KU_REBOOT = (at(9, 30, 4), at(9, 33, 51))  # gw-plant1-02
KU_PPP_DOWN = (at(10, 5, 33), at(10, 12, 20))  # gw-plant2-01
KU_CONFIG = (at(11, 10, 18), at(11, 16, 2))  # gw-plant1-01
KU_LOST_STACK = [
    "Connection lost (32109) - java.io.EOFException",
    *frames(
        "org.eclipse.paho.client.mqttv3.internal.CommsReceiver.run(CommsReceiver.java:197) ~[org.eclipse.paho.client.mqttv3-1.2.5.jar:?]",
        "java.lang.Thread.run(Thread.java:829) [?:?]",
    ),
    "Caused by: java.io.EOFException",
    *frames(
        "java.io.DataInputStream.readByte(DataInputStream.java:272) ~[?:?]",
        "org.eclipse.paho.client.mqttv3.internal.wire.MqttInputStream.readMqttWireMessage(MqttInputStream.java:92) ~[org.eclipse.paho.client.mqttv3-1.2.5.jar:?]",
        "org.eclipse.paho.client.mqttv3.internal.CommsReceiver.run(CommsReceiver.java:137) ~[org.eclipse.paho.client.mqttv3-1.2.5.jar:?]",
    ),
    "\t... 1 more",
]


def ku_connect_stack(cause: str) -> list[str]:
    return [
        "org.eclipse.kura.KuraConnectException: Cannot connect",
        *frames(
            "org.eclipse.kura.core.data.transport.mqtt.MqttDataTransport.connect(MqttDataTransport.java:437) ~[org.eclipse.kura.core_1.3.0.jar:?]",
            "org.eclipse.kura.core.data.DataServiceImpl$ReconnectTask.run(DataServiceImpl.java:1095) [org.eclipse.kura.core_1.3.0.jar:?]",
            "java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:515) [?:?]",
            "java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305) [?:?]",
            "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305) [?:?]",
            "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128) [?:?]",
            "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628) [?:?]",
            "java.lang.Thread.run(Thread.java:829) [?:?]",
        ),
        f"Caused by: {cause}",
        *frames(
            "org.eclipse.paho.client.mqttv3.internal.ExceptionHelper.createMqttException(ExceptionHelper.java:38) ~[org.eclipse.paho.client.mqttv3-1.2.5.jar:?]",
            "org.eclipse.paho.client.mqttv3.internal.ClientComms$ConnectBG.run(ClientComms.java:736) ~[org.eclipse.paho.client.mqttv3-1.2.5.jar:?]",
            "java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:515) ~[?:?]",
        ),
        "\t... 1 more",
    ]


def kura(r: random.Random) -> list[Log]:
    """Three Kura 5.4 gateways publishing to one cloud broker (see the module docstring)."""
    fs = Files()

    def K(
        gw: str,
        t: datetime,
        thread: str,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{gw}-kura.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S},{ms3(x)} [{thread}] {lvl:<5} {logger} - {msg}",
                *(stack or []),
            ],
            gw,
            MS,
        )

    store_id = {gw: r.randint(40000, 90000) for gw in KU_GWS}
    mqtt_id = {gw: r.randint(1, 60000) for gw in KU_GWS}
    user = {gw: f"kura-{gw}" for gw in KU_GWS}
    app_thread = {gw: f"pool-{r.randint(30, 60)}-thread-1" for gw in KU_GWS}
    pub_thread = {gw: f"DataServiceImpl:Submit:{r.randint(1, 3)}" for gw in KU_GWS}

    def banner(gw: str, t: datetime, thread: str, username: str) -> datetime:
        rows = [
            (
                "# ------------------------------------------------------------",
                "# ------------------------------------------------------------",
            ),
            ("#  Connection Properties", "#  Connection Properties"),
            ("#  broker    = %s", f"#  broker    = {KU_BROKER_URL}"),
            ("#  clientId  = %s", f"#  clientId  = {gw}"),
            ("#  username  = %s", f"#  username  = {username}"),
            ("#  password  = XXXXXXXXXXXXXX", "#  password  = XXXXXXXXXXXXXX"),
            ("#  keepAlive = %s", "#  keepAlive = 30"),
            ("#  timeout   = %s", "#  timeout   = 20"),
            ("#  cleanSession    = %s", "#  cleanSession    = true"),
            ("#  MQTT version    = %s", "#  MQTT version    = 3.1.1"),
            ("#  willDestination = %s", f"#  willDestination = $EDC/acme/{gw}/MQTT/LWT"),
            ("#  willMessage     = %s", "#  willMessage     = "),
            ("#", "#"),
            ("#  Connecting...", "#  Connecting..."),
        ]
        t = K(
            gw,
            t,
            thread,
            "INFO",
            KU_MQ,
            "Creating a new client instance",
            "Creating a new client instance",
        )
        t = K(
            gw,
            t + sec(0.002),
            thread,
            "INFO",
            KU_MQ,
            "Using memory persistence for in-flight messages",
            "Using memory persistence for in-flight messages",
        )
        t += sec(r.uniform(0.01, 0.03))
        for label, msg in rows:
            t = K(gw, t + sec(r.uniform(0.0, 0.0012)), thread, "INFO", KU_MQ, label, msg)
        return t

    def connect(gw: str, t: datetime, ok: bool, cause: str = "", username: str = "") -> datetime:
        """One run of the reconnect task."""
        th = KU_RECONNECT
        t = K(gw, t, th, "INFO", KU_DS, "Connecting...", "Connecting...")
        t = banner(gw, t + sec(0.001), th, username or user[gw])
        if ok:
            t = K(
                gw,
                t + sec(r.uniform(0.3, 1.4)),
                th,
                "INFO",
                KU_MQ,
                "#  Connected!",
                "#  Connected!",
            )
            t = K(
                gw,
                t + sec(0.001),
                th,
                "INFO",
                KU_MQ,
                "# ------------------------------------------------------------",
                "# ------------------------------------------------------------",
            )
            t = K(
                gw,
                t + sec(r.uniform(0.01, 0.06)),
                th,
                "INFO",
                KU_DS,
                "New session established. Dropping all in-flight messages.",
                "New session established. Dropping all in-flight messages.",
            )
            return K(
                gw,
                t + sec(r.uniform(0.02, 0.2)),
                th,
                "INFO",
                KU_DS,
                "Connected. Reconnect task will be terminated.",
                "Connected. Reconnect task will be terminated.",
            )
        wait = (
            20
            if "Connection refused" not in cause and "Not authorized" not in cause
            else r.uniform(0.05, 0.4)
        )
        if "UnknownHost" in cause:
            wait = r.uniform(0.01, 0.05)
        t = K(
            gw,
            t + sec(wait),
            th,
            "WARN",
            KU_MQ,
            "xxxxx  Connect failed. Forcing disconnect. xxxxx",
            "xxxxx  Connect failed. Forcing disconnect. xxxxx",
        )
        return K(
            gw,
            t + sec(r.uniform(0.005, 0.03)),
            th,
            "WARN",
            KU_DS,
            "Connection attempt failed with exception %s",
            "Connection attempt failed with exception KuraConnectException",
            ku_connect_stack(cause),
        )

    def lost(gw: str, t: datetime) -> datetime:
        t = K(
            gw,
            t,
            f"MQTT Rec: {gw}",
            "WARN",
            KU_MQ,
            "Connection Lost",
            "Connection Lost",
            KU_LOST_STACK,
        )
        t = K(
            gw, t + sec(0.003), f"MQTT Rec: {gw}", "INFO", KU_DS, "connectionLost", "connectionLost"
        )
        d = r.randint(0, 11)
        return K(
            gw,
            t + sec(r.uniform(0.01, 0.05)),
            f"MQTT Rec: {gw}",
            "INFO",
            KU_DS,
            "Starting reconnect task with initial delay %s",
            f"Starting reconnect task with initial delay {d}",
        ) + sec(d)

    def disconnect(gw: str, t: datetime, thread: str) -> datetime:
        t = K(gw, t, thread, "INFO", KU_MQ, "Disconnecting...", "Disconnecting...")
        t = K(
            gw,
            t + sec(0.002),
            thread,
            "INFO",
            KU_DS,
            "Notified disconnecting",
            "Notified disconnecting",
        )
        t = K(
            gw, t + sec(r.uniform(0.05, 0.4)), thread, "INFO", KU_MQ, "Disconnected", "Disconnected"
        )
        return K(
            gw,
            t + sec(0.002),
            thread,
            "INFO",
            KU_DS,
            "Notified disconnected",
            "Notified disconnected",
        )

    def outage(gw: str, t0: datetime, t1: datetime, cause: str, username: str = "") -> datetime:
        """Reconnect attempts every 60 s until the broker answers again."""
        t = t0
        while True:
            if t >= t1:
                return connect(gw, t, True, username=username)
            connect(gw, t, False, cause)
            t += sec(60 + r.uniform(-0.02, 0.02))

    refused = "Unable to connect to server (32103) - java.net.ConnectException: Connection refused"
    nohost = (
        "Unable to connect to server (32103) - java.net.UnknownHostException: mqtt.acme-iot.example"
    )
    denied = "Not authorized to connect (5)"
    down: dict[str, list[tuple[datetime, datetime]]] = {gw: [] for gw in KU_GWS}
    for gw in KU_GWS:
        # the cloud broker restarted 08:15
        t = lost(gw, KU_BROKER_DOWN[0] + sec(r.uniform(0.01, 0.8)))
        back = outage(gw, t, KU_BROKER_DOWN[1] + sec(r.uniform(0, 50)), refused)
        down[gw].append((KU_BROKER_DOWN[0], back))
    # gw-plant1-02 rebooted for its firmware
    gw = "gw-plant1-02"
    t = disconnect(gw, KU_REBOOT[0], "Component Resolve Thread")
    d = r.randint(0, 11)
    t = K(
        gw,
        KU_REBOOT[1],
        "Component Resolve Thread",
        "INFO",
        KU_DS,
        "Starting reconnect task with initial delay %s",
        f"Starting reconnect task with initial delay {d}",
    )
    back = connect(gw, t + sec(d), True)
    down[gw].append((KU_REBOOT[0], back))
    # gw-plant2-01's cellular link down
    gw = "gw-plant2-01"
    t = lost(gw, KU_PPP_DOWN[0])
    back = outage(gw, t, KU_PPP_DOWN[1], nohost)
    down[gw].append((KU_PPP_DOWN[0], back))
    # gw-plant1-01 given a new user in the web UI, with a typo, fixed six minutes later
    gw = "gw-plant1-01"
    t = K(
        gw,
        KU_CONFIG[0],
        "ConfigurationListener Event Queue",
        "INFO",
        KU_DS,
        "Notified DataTransportService configuration updating...",
        "Notified DataTransportService configuration updating...",
    )
    t = disconnect(gw, t + sec(0.001), "ConfigurationListener Event Queue")
    t = K(
        gw,
        t + sec(0.04),
        "ConfigurationListener Event Queue",
        "INFO",
        KU_DS,
        "Notified DataTransportService configuration updated.",
        "Notified DataTransportService configuration updated.",
    )
    d = r.randint(0, 11)
    t = K(
        gw,
        t + sec(0.01),
        "ConfigurationListener Event Queue",
        "INFO",
        KU_DS,
        "Starting reconnect task with initial delay %s",
        f"Starting reconnect task with initial delay {d}",
    )
    t += sec(d)
    while t < KU_CONFIG[1]:
        connect(gw, t, False, denied, username="kura-gw-plantl-01")
        t += sec(60 + r.uniform(-0.02, 0.02))
    t = K(
        gw,
        KU_CONFIG[1],
        "ConfigurationListener Event Queue",
        "INFO",
        KU_DS,
        "Notified DataTransportService configuration updated.",
        "Notified DataTransportService configuration updated.",
    )
    back = connect(gw, t + sec(r.uniform(0.05, 0.3)), True)
    down[gw].append((KU_CONFIG[0], back))

    # the data: energy every 180 s at QoS 1, vibration every 600 s at QoS 0, alarms at QoS 1
    for gw in KU_GWS:
        site = gw.rsplit("-", 1)[0].removeprefix("gw-")
        msgs: list[tuple[datetime, str, int, int]] = []
        for tt in [T0 + sec(r.uniform(0, 240)) + sec(240 * i) for i in range(90)]:
            msgs.append((tt + sec(r.uniform(-0.3, 0.3)), f"acme/{gw}/W1/A1/{site}/energy", 1, 5))
        for tt in [T0 + sec(r.uniform(0, 600)) + sec(600 * i) for i in range(36)]:
            msgs.append((tt, f"acme/{gw}/W1/A1/{site}/vibration", 0, 7))
        for tt in poisson(r, T0, T_END, 2400):
            msgs.append((tt, f"acme/{gw}/W1/A1/{site}/alarms", 1, 2))
        msgs.sort()
        backlog: list[tuple[int, str, int]] = []
        for tt, topic, qos, prio in msgs:
            if tt >= T_END:
                continue
            if (
                any(a <= tt < b for a, b in down[gw])
                and gw == "gw-plant1-02"
                and KU_REBOOT[0] <= tt < KU_REBOOT[1]
            ):
                continue  # rebooting: nothing runs
            tt = K(
                gw,
                tt,
                app_thread[gw],
                "INFO",
                KU_DS,
                "Storing message on topic: %s, priority: %s",
                f"Storing message on topic: {topic}, priority: {prio}",
            )
            store_id[gw] += 1
            tt = K(
                gw,
                tt + sec(r.uniform(0.002, 0.02)),
                app_thread[gw],
                "INFO",
                KU_DS,
                "Stored message on topic: %s, priority: %s",
                f"Stored message on topic: {topic}, priority: {prio}",
            )
            outage_end = next((b for a, b in down[gw] if a <= tt < b), None)
            if outage_end is not None:
                backlog.append((store_id[gw], topic, qos))
                continue
            pubs = [(tt + sec(r.uniform(0.005, 0.05)), store_id[gw], topic, qos)]
            for i, (sid, btopic, bqos) in enumerate(backlog):
                pubs.append((tt + sec(0.06 + 0.03 * i), sid, btopic, bqos))
            backlog.clear()
            for tp, sid, ptopic, pq in pubs:
                tp = K(
                    gw,
                    tp,
                    pub_thread[gw],
                    "INFO",
                    KU_MQ,
                    "Publishing message on topic: %s with QoS: %s",
                    f"Publishing message on topic: {ptopic} with QoS: {pq}",
                )
                if pq:
                    mqtt_id[gw] = mqtt_id[gw] % 65535 + 1
                    K(
                        gw,
                        tp + sec(r.uniform(0.03, 0.4)),
                        f"MQTT Call: {gw}",
                        "INFO",
                        KU_DS,
                        "Confirmed message ID: %s to store",
                        f"Confirmed message ID: {sid} to store",
                    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- leshan

LE_SERVER = "coap://172.20.0.5:5683"
LE_RT = 120  # the demo's request timeout, seconds
LE_NEXT = 207  # lifetime 300 s less CoAP's MAX_TRANSMIT_WAIT (93 s)
LE_SERVER_DOWN = (at(8, 30, 2.4), at(8, 31, 19.8))
LE_SWITCH_DOWN = (at(10, 10, 0), at(10, 25, 4))
LE_SWITCHED = {"meter-sim-05", "meter-sim-06"}
LE_RESTART = ("meter-sim-03", at(11, 5, 12.6))


def leshan(r: random.Random) -> list[Log]:
    """Six leshan-client-demo simulators and the leshan-server-demo of a test lab."""
    fs = Files()

    def E(
        name: str, proc: object, t: datetime, cls: str, label: str, msg: str, lvl: str = "INFO"
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{name}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {lvl} {cls} - {msg}"],
            proc,
            MS,
        )

    eng = "DefaultRegistrationEngine"

    def reg_id() -> str:
        return "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(10)
        )

    def server_up(t: datetime) -> bool:
        return not (LE_SERVER_DOWN[0] <= t < LE_SERVER_DOWN[1])

    def reachable(ep: str, t: datetime) -> bool:
        return server_up(t) and not (
            ep in LE_SWITCHED and LE_SWITCH_DOWN[0] <= t < LE_SWITCH_DOWN[1]
        )

    def client(ep: str) -> None:
        proc = [ep, 1]

        def P() -> object:
            return tuple(proc)

        reg_at = [T0 - sec(3600)]  # when we last registered

        def known(t: datetime) -> bool:
            """The restarted server has lost the registrations made before it."""
            return not (reg_at[0] < LE_SERVER_DOWN[0] and t >= LE_SERVER_DOWN[1])

        t = T0 + sec(r.uniform(0, LE_NEXT))
        restarted = False

        def register(t: datetime) -> tuple[datetime, bool]:
            """registerWithRetry: True when registered."""
            for _ in range(2):
                t = E(
                    ep,
                    P(),
                    t,
                    eng,
                    "Trying to register to %s ...",
                    f"Trying to register to {LE_SERVER} ...",
                )
                if reachable(ep, t):
                    t = E(
                        ep,
                        P(),
                        t + sec(r.uniform(0.01, 0.08)),
                        eng,
                        "Registered with location '%s'.",
                        f"Registered with location '{reg_id()}'.",
                    )
                    reg_at[0] = t
                    return E(
                        ep,
                        P(),
                        t + sec(0.001),
                        eng,
                        "Next registration update to %s in %ss...",
                        f"Next registration update to {LE_SERVER} in {LE_NEXT}s...",
                    ), True
                t = E(
                    ep,
                    P(),
                    t + sec(LE_RT + r.uniform(0.001, 0.01)),
                    eng,
                    "Registration failed: Timeout.",
                    "Registration failed: Timeout.",
                )
            return t, False

        while t < T_END:
            if ep == LE_RESTART[0] and not restarted and t >= LE_RESTART[1]:
                restarted = True
                tt = E(
                    ep,
                    P(),
                    LE_RESTART[1],
                    eng,
                    "Trying to deregister to %s ...",
                    f"Trying to deregister to {LE_SERVER} ...",
                )
                E(
                    ep,
                    P(),
                    tt + sec(r.uniform(0.01, 0.05)),
                    eng,
                    "De-register response %s %s.",
                    "De-register response DELETED(202) null.",
                )
                proc[1] += 1
                tt = E(
                    ep,
                    P(),
                    LE_RESTART[1] + sec(7.9),
                    "LeshanClient",
                    "Starting Leshan client ...",
                    "Starting Leshan client ...",
                )
                tt = E(
                    ep,
                    P(),
                    tt + sec(r.uniform(0.005, 0.02)),
                    "LeshanClient",
                    "Leshan client[endpoint:%s] started.",
                    f"Leshan client[endpoint:{ep}] started.",
                )
                t, ok = register(tt + sec(r.uniform(0.005, 0.02)))
                t += sec(LE_NEXT)
                continue
            # one update (updateWithRetry)
            done = False
            for _ in range(2):
                t = E(
                    ep,
                    P(),
                    t,
                    eng,
                    "Trying to update registration to %s (response timeout %sms)...",
                    f"Trying to update registration to {LE_SERVER} (response timeout {LE_RT * 1000}ms)...",
                )
                if not reachable(ep, t):
                    t = E(
                        ep,
                        P(),
                        t + sec(LE_RT + r.uniform(0.001, 0.01)),
                        eng,
                        "Registration update failed: Timeout.",
                        "Registration update failed: Timeout.",
                    )
                    continue
                if not known(t):
                    t = E(
                        ep,
                        P(),
                        t + sec(r.uniform(0.01, 0.06)),
                        eng,
                        "Registration update failed: %s %s.",
                        "Registration update failed: NOT_FOUND(404) null.",
                    )
                    break
                t = E(
                    ep,
                    P(),
                    t + sec(r.uniform(0.008, 0.07)),
                    eng,
                    "Registration update succeed.",
                    "Registration update succeed.",
                )
                t = E(
                    ep,
                    P(),
                    t + sec(0.001),
                    eng,
                    "Next registration update to %s in %ss...",
                    f"Next registration update to {LE_SERVER} in {LE_NEXT}s...",
                )
                done = True
                break
            if not done:
                t, ok = register(t)
                if not ok:
                    t = E(
                        ep,
                        P(),
                        t + sec(0.001),
                        eng,
                        "Try to register to %s again in %ss...",
                        f"Try to register to {LE_SERVER} again in 600s...",
                    )
                    t += sec(600)
                    t, ok = register(t)
            t += sec(LE_NEXT + r.uniform(0.0, 0.004))

        # the integration tests' reads and writes through the server's REST API
        def pr(x: datetime) -> object:
            return (ep, 2 if ep == LE_RESTART[0] and x >= LE_RESTART[1] else 1)

        for tr in [T0 + sec(r.uniform(0, 600)) + sec(600 * i) for i in range(36)]:
            if not reachable(ep, tr):
                continue
            for res in (9, 13):
                tr = E(
                    ep,
                    pr(tr),
                    tr + sec(r.uniform(0.002, 0.2)),
                    "MyDevice",
                    "Read on Device resource /%s/%s/%s",
                    f"Read on Device resource /3/0/{res}",
                )
        for tw in [T0 + sec(r.uniform(0, 3600)) + sec(3600 * i) for i in range(6)]:
            if reachable(ep, tw):
                E(
                    ep,
                    pr(tw),
                    tw,
                    "MyDevice",
                    "Write on Device resource /%s/%s/%s",
                    "Write on Device resource /3/0/14",
                )

    for n in range(1, 7):
        client(f"meter-sim-{n:02d}")
    # the server container upgraded and restarted at 08:30
    srv = "leshan-server"
    t = E(
        srv,
        2,
        LE_SERVER_DOWN[1] - sec(1.6),
        "LeshanServer",
        "LWM2M server started at %s %s",
        "LWM2M server started at coap://0.0.0.0/0.0.0.0:5683 coaps://0.0.0.0/0.0.0.0:5684",
    )
    E(
        srv,
        2,
        t + sec(0.35),
        "LeshanServerDemo",
        "Web server started at %s.",
        "Web server started at http://0.0.0.0:8080/.",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ frost

FR_HTTP = [
    ("frost-http-7c9f8b6d5-h2kxm", at(6, 0, 1.5), at(10, 30, 20.1)),
    ("frost-http-5d8b7f9c4-q7wnz", at(10, 29, 40.7), None),
]
FR_MQTT = [
    ("frost-mqtt-6b7d9c8f5-x4pzt", at(6, 0, 3.1), at(10, 31, 50.4)),
    ("frost-mqtt-77c6d8b9f-l9rsd", at(10, 31, 11.9), None),
]
FR_BUS = "tcp://frost-bus:1883"
FR_BUS_DOWN = (at(9, 20, 2.3), at(9, 26, 31))
FR_IMPORT = (at(9, 10, 40), at(9, 11, 25))
FR_SETTINGS = "d.f.i.i.f.settings.Settings"
FR_BUSLOG = "d.f.i.i.f.m.MqttMessageBus"
FR_MGR = "d.f.i.i.f.mqtt.MqttManager"
FR_STATUS = "d.f.i.i.f.u.ChangingStatusLogger"
# (key, value or None for the default, default); the HTTP pod reads the core, persistence,
# bus, http and auth settings, the MQTT pod the core, persistence, bus, mqtt and auth ones
FR_CORE = [
    ("serviceRootUrl", '"https://sensors.acme-env.example/FROST-Server"', ""),
    ("tempPath", "/usr/local/tomcat/work/Catalina/localhost/FROST-Server", ""),
    ("logSensitiveData", None, "false"),
    ("queueLoggingInterval", "60000", "0"),
    ("useAbsoluteNavigationLinks", "true", "true"),
    ("defaultCount", "false", "false"),
    ("defaultTop", "100", "100"),
    ("maxTop", "1000", "1000"),
    ("maxDataSize", None, "25000000"),
    ("alwaysOrderbyId", None, "true"),
    ("plugins.plugins", None, ""),
    ("plugins.coreModel.enable", None, "true"),
    ("plugins.coreModel.idType", "LONG", "LONG"),
    ("plugins.multiDatastream.enable", "false", "false"),
    ("plugins.actuation.enable", "false", "false"),
    ("plugins.odata.enable", None, "false"),
    ("plugins.openApi.enable", "true", "false"),
    ("plugins.batchProcessing.enable", None, "true"),
    ("plugins.dataArray.enable", None, "true"),
    ("plugins.modelLoader.enable", None, "false"),
]
FR_PERSIST = [
    (
        "persistence.persistenceManagerImplementationClass",
        "de.fraunhofer.iosb.ilt.frostserver.persistence.pgjooq.imp.PostgresPersistenceManagerLong",
        "",
    ),
    ("persistence.idGenerationMode", None, "ServerGeneratedOnly"),
    ("persistence.autoUpdateDatabase", "true", "false"),
    ("persistence.alwaysOrderbyId", None, "false"),
    ("persistence.db.driver", "org.postgresql.Driver", ""),
    ("persistence.db.url", "jdbc:postgresql://frost-db:5432/sensorthings", ""),
    ("persistence.db.username", "sensorthings", ""),
    ("persistence.db.password", "*****", ""),
    ("persistence.db.conn.max", "20", "10"),
    ("persistence.db.conn.idle.max", None, "10"),
    ("persistence.db.conn.idle.min", None, "1"),
    ("persistence.slowQueryThreshold", None, "200"),
    ("persistence.queryTimeout", None, "0"),
    ("persistence.countMode", None, "FULL"),
]
FR_BUSSET = [
    (
        "bus.busImplementationClass",
        "de.fraunhofer.iosb.ilt.frostserver.messagebus.MqttMessageBus",
        "de.fraunhofer.iosb.ilt.frostserver.messagebus.InternalMessageBus",
    ),
    ("bus.sendWorkerPoolSize", None, "2"),
    ("bus.sendQueueSize", None, "100"),
    ("bus.recvWorkerPoolSize", None, "2"),
    ("bus.recvQueueSize", None, "100"),
    ("bus.mqttBroker", FR_BUS, ""),
    ("bus.topicName", None, "FROST-Bus"),
    ("bus.qosLevel", None, "2"),
    ("bus.maxInFlight", None, "50"),
]
FR_HTTPSET = [
    ("http.cors.enable", "true", "false"),
    ("http.cors.allowed.origins", "*", "*"),
    ("http.cors.allowed.methods", None, "GET,HEAD,OPTIONS"),
    ("http.requestDecoder.autodetectRootUrl", None, "false"),
]
FR_MQTTSET = [
    (
        "mqtt.mqttServerImplementationClass",
        None,
        "de.fraunhofer.iosb.ilt.frostserver.mqtt.moquette.MoquetteMqttServer",
    ),
    ("mqtt.Enabled", "true", "true"),
    ("mqtt.Port", None, "1883"),
    ("mqtt.Host", "0.0.0.0", "0.0.0.0"),
    ("mqtt.internalHost", None, "localhost"),
    ("mqtt.WebsocketPort", None, "9876"),
    ("mqtt.QoS", None, "2"),
    ("mqtt.SubscribeMessageQueueSize", "100", "100"),
    ("mqtt.SubscribeThreadPoolSize", None, "10"),
    ("mqtt.CreateMessageQueueSize", None, "100"),
    ("mqtt.CreateThreadPoolSize", None, "10"),
    ("mqtt.maxInFlight", None, "50"),
    ("mqtt.exposedMqttEndpoints", None, ""),
]
FR_AUTH = [
    ("auth.provider", "de.fraunhofer.iosb.ilt.frostserver.auth.basic.BasicAuthProvider", ""),
    ("auth.allowAnonymousRead", "true", "false"),
    ("auth.role.read", None, "read"),
    ("auth.role.create", None, "create"),
    ("auth.role.update", None, "update"),
    ("auth.role.delete", None, "delete"),
    ("auth.role.admin", None, "admin"),
    ("auth.db.driver", "org.postgresql.Driver", ""),
    ("auth.db.url", "jdbc:postgresql://frost-db:5432/sensorthings", ""),
    ("auth.db.username", "sensorthings", ""),
    ("auth.db.password", "*****", ""),
    ("auth.autoUpdateDatabase", "true", "false"),
]
FR_STACK_UNABLE = [
    "org.eclipse.paho.client.mqttv3.MqttException: Unable to connect to server",
    *frames(
        "org.eclipse.paho.client.mqttv3.internal.TCPNetworkModule.start(TCPNetworkModule.java:80)",
        "org.eclipse.paho.client.mqttv3.internal.ClientComms$ConnectBG.run(ClientComms.java:724)",
        "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
        "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
        "java.base/java.lang.Thread.run(Thread.java:840)",
    ),
    "Caused by: java.net.ConnectException: Connection refused",
    *frames(
        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
        "java.base/java.net.Socket.connect(Socket.java:633)",
        "org.eclipse.paho.client.mqttv3.internal.TCPNetworkModule.start(TCPNetworkModule.java:74)",
    ),
    "\t... 4 common frames omitted",
]
FR_STACK_NOTCONN = [
    "org.eclipse.paho.client.mqttv3.MqttException: Client is not connected",
    *frames(
        "org.eclipse.paho.client.mqttv3.internal.ExceptionHelper.createMqttException(ExceptionHelper.java:32)",
        "org.eclipse.paho.client.mqttv3.internal.ClientComms.sendNoWait(ClientComms.java:230)",
        "org.eclipse.paho.client.mqttv3.MqttAsyncClient.publish(MqttAsyncClient.java:1535)",
        "org.eclipse.paho.client.mqttv3.MqttClient.publish(MqttClient.java:564)",
        "de.fraunhofer.iosb.ilt.frostserver.messagebus.MqttMessageBus.handleMessageSent(MqttMessageBus.java:303)",
        "de.fraunhofer.iosb.ilt.frostserver.util.ProcessorHelper$Processor.run(ProcessorHelper.java:144)",
        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
        "java.base/java.lang.Thread.run(Thread.java:840)",
    ),
]


def tomcat_ms(n: int) -> str:
    return f"{n:,}"


def frost(r: random.Random) -> list[Log]:
    """FROST-Server 2.3's HTTP and MQTT deployments of one environmental-sensor network."""
    fs = Files()

    def F(
        pod: str,
        t: datetime,
        thread: str,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S}.{ms3(x)} [{thread:>16}] {lvl:<5} {logger:>30} - {msg}",
                *(stack or []),
            ],
            pod,
            MS,
        )

    def TC(pod: str, t: datetime, src: str, label: str, msg: str) -> datetime:
        """Tomcat's own OneLineFormatter on the same stream."""
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{x:%d-%b-%Y %H:%M:%S}.{ms3(x)} INFO [main] {src} {msg}"],
            pod,
            MS,
        )

    def settings(pod: str, t: datetime, rows: list[tuple[str, str | None, str]]) -> datetime:
        for key, val, default in rows:
            prefix, _, name = (
                key.rpartition(".")
                if key.count(".") and not key.startswith("plugins.")
                else ("", "", key)
            )
            prefix = prefix + "." if prefix else ""
            if (
                key.startswith("plugins.")
                or key.startswith("http.")
                or key.startswith("auth.role.")
            ):
                prefix, name = "", key
            if val is None:
                t = F(
                    pod,
                    t + sec(r.uniform(0.0002, 0.002)),
                    "main",
                    "INFO",
                    FR_SETTINGS,
                    "Not set %s%s, using default value '%s'.",
                    f"Not set {prefix}{name}, using default value '{default}'.",
                )
            else:
                t = F(
                    pod,
                    t + sec(r.uniform(0.0002, 0.002)),
                    "main",
                    "INFO",
                    FR_SETTINGS,
                    "Setting %s%s has value '%s'.",
                    f"Setting {prefix}{name} has value '{val}'.",
                )
        return t

    def bus_up(pod: str, t: datetime, thread: str, cid: str, listen: bool) -> datetime:
        t = F(
            pod,
            t,
            thread,
            "INFO",
            FR_BUSLOG,
            "Creating new paho-client for broker: %s with client-id %s",
            f"Creating new paho-client for broker: {FR_BUS} with client-id {cid}",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.005, 0.03)),
            thread,
            "INFO",
            FR_BUSLOG,
            "paho-client connecting to broker: %s with client-id %s",
            f"paho-client connecting to broker: {FR_BUS} with client-id {cid}",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.02, 0.12)),
            thread,
            "INFO",
            FR_BUSLOG,
            "paho-client connected to broker",
            "paho-client connected to broker",
        )
        if listen:
            t = F(
                pod,
                t + sec(r.uniform(0.005, 0.05)),
                thread,
                "INFO",
                FR_BUSLOG,
                "paho-client subscribing to topic: %s",
                "paho-client subscribing to topic: FROST-Bus",
            )
        return t

    def bus_down_attempt(pod: str, t: datetime, thread: str, cid: str) -> datetime:
        t = F(
            pod,
            t,
            thread,
            "INFO",
            FR_BUSLOG,
            "paho-client connecting to broker: %s with client-id %s",
            f"paho-client connecting to broker: {FR_BUS} with client-id {cid}",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.002, 0.02)),
            thread,
            "ERROR",
            FR_BUSLOG,
            "Failed to connect to broker: %s",
            f"Failed to connect to broker: {FR_BUS}",
        )
        return F(
            pod,
            t + sec(0.0005),
            thread,
            "ERROR",
            FR_BUSLOG,
            "org.eclipse.paho.client.mqttv3.MqttException: Unable to connect to server",
            "",
            FR_STACK_UNABLE,
        )

    def bus_stop(pod: str, t: datetime, thread: str, listen: bool) -> datetime:
        t = F(
            pod,
            t,
            thread,
            "INFO",
            FR_BUSLOG,
            "Message bus shutting down.",
            "Message bus shutting down.",
        )
        if listen:
            t = F(
                pod,
                t + sec(0.002),
                thread,
                "INFO",
                FR_BUSLOG,
                "paho-client unsubscribing from topic: %s",
                "paho-client unsubscribing from topic: FROST-Bus",
            )
        t = F(
            pod,
            t + sec(0.003),
            thread,
            "INFO",
            FR_BUSLOG,
            "paho-client disconnecting from broker: %s",
            f"paho-client disconnecting from broker: {FR_BUS}",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.01, 0.05)),
            thread,
            "INFO",
            FR_BUSLOG,
            "paho-client closing",
            "paho-client closing",
        )
        return F(
            pod,
            t + sec(r.uniform(0.2, 1.1)),
            thread,
            "INFO",
            FR_BUSLOG,
            "Message bus closed.",
            "Message bus closed.",
        )

    def status_line(
        pod: str, t: datetime, recv: tuple[int, int, int, int], send: tuple[int, int, int, int]
    ) -> datetime:
        return F(
            pod,
            t,
            "pool-5-thread-1",
            "INFO",
            FR_STATUS,
            "RecvQueue: %s [%s, %s, %s] SendQueue: %s [%s, %s, %s] ",
            f"RecvQueue: {recv[0]} [{recv[1]}, {recv[2]}, {recv[3]}] SendQueue: {send[0]} [{send[1]}, {send[2]}, {send[3]}] ",
        )

    # ---- the HTTP deployment
    for pod, start, stop in FR_HTTP:
        cid = f"FROST-MQTT-Bus-{uuid4(r)}"
        t = TC(
            pod,
            start,
            "org.apache.catalina.startup.VersionLoggerListener.log",
            "Server version name:   %s",
            "Server version name:   Apache Tomcat/9.0.89",
        )
        t = TC(
            pod,
            t + sec(0.36),
            "org.apache.coyote.AbstractProtocol.init",
            "Initializing ProtocolHandler [%s]",
            'Initializing ProtocolHandler ["http-nio-8080"]',
        )
        init = r.randint(540, 820)
        t = TC(
            pod,
            t + sec(0.03),
            "org.apache.catalina.startup.Catalina.load",
            "Server initialization in [%s] milliseconds",
            f"Server initialization in [{tomcat_ms(init)}] milliseconds",
        )
        t = TC(
            pod,
            t + sec(0.04),
            "org.apache.catalina.core.StandardService.startInternal",
            "Starting service [%s]",
            "Starting service [Catalina]",
        )
        t = TC(
            pod,
            t + sec(0.001),
            "org.apache.catalina.core.StandardEngine.startInternal",
            "Starting Servlet engine: [%s]",
            "Starting Servlet engine: [Apache Tomcat/9.0.89]",
        )
        t0 = TC(
            pod,
            t + sec(0.015),
            "org.apache.catalina.startup.HostConfig.deployDirectory",
            "Deploying web application directory [%s]",
            "Deploying web application directory [/usr/local/tomcat/webapps/FROST-Server]",
        )
        t = settings(pod, t0 + sec(r.uniform(1.8, 2.6)), FR_CORE + FR_PERSIST)
        t = F(
            pod,
            t + sec(r.uniform(0.3, 0.9)),
            "main",
            "INFO",
            "l.l.StandardLockService",
            "Successfully acquired change log lock",
            "Successfully acquired change log lock",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.4, 1.2)),
            "main",
            "INFO",
            "l.l.StandardLockService",
            "Successfully released change log lock",
            "Successfully released change log lock",
        )
        t = settings(pod, t + sec(0.05), FR_BUSSET)
        t = bus_up(pod, t + sec(0.01), "main", cid, False)
        t = settings(pod, t + sec(0.05), FR_HTTPSET + FR_AUTH)
        t = F(
            pod,
            t + sec(r.uniform(0.3, 0.9)),
            "main",
            "INFO",
            "l.l.StandardLockService",
            "Successfully acquired change log lock",
            "Successfully acquired change log lock",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.2, 0.6)),
            "main",
            "INFO",
            "l.l.StandardLockService",
            "Successfully released change log lock",
            "Successfully released change log lock",
        )
        dep = int((t - t0).total_seconds() * 1000) + r.randint(300, 900)
        t = TC(
            pod,
            t0 + sec(dep / 1000),
            "org.apache.catalina.startup.HostConfig.deployDirectory",
            "Deployment of web application directory [%s] has finished in [%s] ms",
            f"Deployment of web application directory [/usr/local/tomcat/webapps/FROST-Server] has finished in [{tomcat_ms(dep)}] ms",
        )
        t = TC(
            pod,
            t + sec(0.005),
            "org.apache.coyote.AbstractProtocol.start",
            "Starting ProtocolHandler [%s]",
            'Starting ProtocolHandler ["http-nio-8080"]',
        )
        TC(
            pod,
            t + sec(0.012),
            "org.apache.catalina.startup.Catalina.start",
            "Server startup in [%s] milliseconds",
            f"Server startup in [{tomcat_ms(dep + init + r.randint(60, 120))}] milliseconds",
        )
        end = stop or T_END
        # the entity changes sent to the bus: observations POSTed by the gateways
        for tw in poisson(r, t + sec(5), end, 6.5):
            if FR_BUS_DOWN[0] <= tw < FR_BUS_DOWN[1] + sec(2):
                th = f"mqtt-BusS-{r.randint(0, 1)}"
                tw = bus_down_attempt(pod, tw, th, cid)
                F(
                    pod,
                    tw + sec(0.001),
                    th,
                    "ERROR",
                    FR_BUSLOG,
                    "Failed to publish message to bus.",
                    "Failed to publish message to bus.",
                    FR_STACK_NOTCONN,
                )
        # the bus connection's maintenance timer every 20 s while the bus is down
        tm = FR_BUS_DOWN[0] + sec(r.uniform(0, 20))
        while tm < FR_BUS_DOWN[1] and start < tm < end:
            bus_down_attempt(pod, tm, "pool-3-thread-1", cid)
            tm += sec(20)
        if start < FR_BUS_DOWN[1] < end:
            F(
                pod,
                tm,
                "pool-3-thread-1",
                "INFO",
                FR_BUSLOG,
                "paho-client connecting to broker: %s with client-id %s",
                f"paho-client connecting to broker: {FR_BUS} with client-id {cid}",
            )
            F(
                pod,
                tm + sec(r.uniform(0.05, 0.2)),
                "pool-3-thread-1",
                "INFO",
                FR_BUSLOG,
                "paho-client connected to broker",
                "paho-client connected to broker",
            )
        # the batch import at 09:10 overruns the send queue
        if start < FR_IMPORT[0] < end:
            tt = FR_IMPORT[0]
            while tt < FR_IMPORT[1]:
                tt = F(
                    pod,
                    tt,
                    f"http-nio-8080-exec-{r.randint(1, 10)}",
                    "ERROR",
                    FR_BUSLOG,
                    "Failed to add message to send-queue. Increase %s%s (currently %s) to allow a bigger buffer, or increase %s%s (currently %s) to empty the buffer quicker.",
                    "Failed to add message to send-queue. Increase bus.sendQueueSize (currently 100) to allow a bigger buffer, or increase bus.sendWorkerPoolSize (currently 2) to empty the buffer quicker.",
                )
                tt += sec(0.2 + r.expovariate(1 / 0.5))
        # the queue status, logged each minute it changed
        tq = t + sec(60)
        while tq < end:
            busy = FR_IMPORT[0] - sec(60) <= tq < FR_IMPORT[1] + sec(120)
            if busy:
                send = (r.randint(40, 100), 0, 2, 0)
            elif r.random() < 0.3:
                send = (r.randint(1, 6), r.randint(0, 1), 1, 0)
            else:
                send = (0, 2, 0, 0)
            if busy or send[0] or r.random() < 0.25:
                status_line(pod, tq, (0, 2, 0, 0), send)
            tq += sec(60 + r.uniform(0, 0.01))
        if stop is not None:
            tt = TC(
                pod,
                stop,
                "org.apache.coyote.AbstractProtocol.pause",
                "Pausing ProtocolHandler [%s]",
                'Pausing ProtocolHandler ["http-nio-8080"]',
            )
            tt = TC(
                pod,
                tt + sec(0.006),
                "org.apache.catalina.core.StandardService.stopInternal",
                "Stopping service [%s]",
                "Stopping service [Catalina]",
            )
            bus_stop(pod, tt + sec(0.03), "main", False)

    # ---- the MQTT deployment
    loggers = [(231, 232), (240, 241)]
    for pod, start, stop in FR_MQTT:
        cid = f"FROST-MQTT-Bus-{uuid4(r)}"
        t = settings(pod, start, FR_CORE + FR_PERSIST + FR_BUSSET)
        t = bus_up(pod, t + sec(0.02), "main", cid, True)
        t = settings(pod, t + sec(0.05), FR_MQTTSET + FR_AUTH)
        t = F(
            pod,
            t + sec(r.uniform(0.05, 0.2)),
            "main",
            "INFO",
            "i.m.broker.NewNettyAcceptor",
            "Server bound to host=%s, port=%s, protocol=%s",
            "Server bound to host=0.0.0.0, port=1883, protocol=TCP MQTT",
        )
        t = F(
            pod,
            t + sec(r.uniform(0.005, 0.03)),
            "main",
            "INFO",
            "i.m.broker.NewNettyAcceptor",
            "Server bound to host=%s, port=%s, protocol=%s",
            "Server bound to host=0.0.0.0, port=9876, protocol=Websocket MQTT",
        )
        t = F(
            pod,
            t + sec(0.002),
            "main",
            "INFO",
            "io.moquette.broker.Server",
            "Moquette integration has been started successfully in %s ms",
            f"Moquette integration has been started successfully in {r.randint(280, 520)} ms",
        )
        end = stop or T_END
        th_create = "MqttManager ObservationCreateEventProcessor-Thread"
        # a field logger's new firmware publishes to a wrong topic from 07:40
        for ds, first in [
            (loggers[0][0], at(7, 40)),
            (loggers[0][1], at(7, 40)),
            (loggers[1][0], at(9, 46)),
        ]:
            for tt in [first + sec(r.uniform(0, 60)) + sec(60 * i) for i in range(230)]:
                if start + sec(5) <= tt < end:
                    F(
                        pod,
                        tt + sec(r.uniform(0, 0.4)),
                        th_create,
                        "INFO",
                        FR_MGR,
                        "received message on topic '%s' which is no valid topic to create an observation.",
                        f"received message on topic 'v1.1/Datastreams({ds})/observations' which is no valid topic to create an observation.",
                    )
        # a station still publishing to a Datastream deleted yesterday
        for tt in [T0 + sec(r.uniform(0, 300)) + sec(300 * i) for i in range(72)]:
            if start + sec(5) <= tt < end:
                stamp = f"{tt:%Y-%m-%dT%H:%M}:00Z"
                val = round(r.uniform(9, 24), 1)
                F(
                    pod,
                    tt + sec(r.uniform(0.01, 0.08)),
                    th_create,
                    "ERROR",
                    FR_MGR,
                    "Creating observation via MQTT failed (topic: %s, payload: %s, code: %s, message: No such entity '%s' with id %s)",
                    f'Creating observation via MQTT failed (topic: v1.1/Datastreams(57)/Observations, payload: {{"phenomenonTime":"{stamp}","result":{val}}}, code: 404, message: No such entity \'Datastream\' with id 57)',
                )
        # the import's changes arrive faster than the subscriptions are served
        if start < FR_IMPORT[0] < end:
            tt = FR_IMPORT[0] + sec(1.5)
            while tt < FR_IMPORT[1] + sec(3):
                tt = F(
                    pod,
                    tt,
                    f"mqtt-BusR-{r.randint(0, 1)}",
                    "WARN",
                    FR_MGR,
                    "EntityChangedevent discarded because message queue is full %s! Increase mqtt.CreateMessageQueueSize and/or mqtt.CreateThreadPoolSize.",
                    "EntityChangedevent discarded because message queue is full 100! Increase mqtt.CreateMessageQueueSize and/or mqtt.CreateThreadPoolSize.",
                )
                tt += sec(r.expovariate(1 / 0.16))
        # the bus broker's pod evicted at 09:20
        if start < FR_BUS_DOWN[0] < end:
            F(
                pod,
                FR_BUS_DOWN[0] + sec(0.004),
                f"MQTT Rec: {cid}",
                "WARN",
                FR_BUSLOG,
                "Connection to message bus lost (Stacktrace in DEBUG): Connection lost.",
                "Connection to message bus lost (Stacktrace in DEBUG): Connection lost.",
            )
            tm = FR_BUS_DOWN[0] + sec(r.uniform(0, 20))
            while tm < FR_BUS_DOWN[1]:
                bus_down_attempt(pod, tm, "pool-3-thread-1", cid)
                tm += sec(20)
            tm = F(
                pod,
                tm,
                "pool-3-thread-1",
                "INFO",
                FR_BUSLOG,
                "paho-client connecting to broker: %s with client-id %s",
                f"paho-client connecting to broker: {FR_BUS} with client-id {cid}",
            )
            tm = F(
                pod,
                tm + sec(r.uniform(0.05, 0.2)),
                "pool-3-thread-1",
                "INFO",
                FR_BUSLOG,
                "paho-client connected to broker",
                "paho-client connected to broker",
            )
            F(
                pod,
                tm + sec(0.01),
                "pool-3-thread-1",
                "INFO",
                FR_BUSLOG,
                "paho-client subscribing to topic: %s",
                "paho-client subscribing to topic: FROST-Bus",
            )
        # the receive queue's status
        tq = t + sec(60)
        while tq < end:
            busy = FR_IMPORT[0] - sec(30) <= tq < FR_IMPORT[1] + sec(90)
            recv = (
                (r.randint(60, 100), 0, 2, 0)
                if busy
                else ((r.randint(1, 4), 1, 1, 0) if r.random() < 0.25 else (0, 2, 0, 0))
            )
            if busy or recv[0] or r.random() < 0.2:
                status_line(pod, tq, recv, (0, 2, 0, 0))
            tq += sec(60 + r.uniform(0, 0.01))
        if stop is not None:
            bus_stop(pod, stop, "Thread-0", True)
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "hono": hono,
    "ditto": ditto,
    "kura": kura,
    "leshan": leshan,
    "frost-server": frost,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

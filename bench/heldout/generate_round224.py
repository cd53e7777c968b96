#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 224 (owntone, mopidy, weewx, dump1090-fa, gpsd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of a home lab's audio and radio
corner, 06:00 to 12:00 on 2024-06-07. The brief's rtl_433 writes, besides a dozen start-up
lines, decoded sensor data (its `kv` blocks or JSON records, one per received transmission,
whose fields are the decoder's data_make() list), not statements made from format strings;
WeeWX 5 with the SDR driver, the weather station software that runs rtl_433 as its radio and
logs what it receives, takes its place.

- OwnTone 28.9 (`owntone.log`, the file of `logfile =` with the default `loglevel = log`:
  `[2024-06-07 06:41:07] [  LOG]      lib: Library rescan triggered`, logger.c's `[%s] [%5s]
  %8s: `): a Raspberry Pi serving the house; six library rescans after beets imports (`Library
  rescan triggered`, filescanner's `Bulk library scan completed in %.f sec`, `Library rescan
  completed in %.f sec (%d changes)`), the NAS rebooting 09:05-09:18 (`Skipping library
  directory %s, could not dereference: Stale file handle`, transcode's `Cannot open '%s': Stale
  file handle`); the morning radio stream starving at 07:12 (`Source is not providing
  sufficient data, temporarily suspending playback (deficit=%zu/%zu bytes)`, `Error reading
  source '%s' (id=%d)`, `Error reading from source`, `Cannot open '%s': Input/output error` on
  the retries), `Output delay detected (behind=%lu, max=%d), resetting all outputs`; the kitchen
  HomePod dropping off the Wi-Fi at 08:09 (`No response to %s from '%s'`, `Attempting
  reconnection in %d sec to the %s device '%s'`, `The %s device '%s' failed to activate`,
  Avahi's `Avahi Resolver failure: service '%s' type '%s': Timeout reached` repeated until
  logger.c's repeat guard writes `(LOGGING SKIPPED - above log message is repeating)` and drops
  the rest, `Response to %s from '%s' was negative, aborting (%d %s)` when it comes back); two
  Apple Remote apps (an iPad from 09:48, an iPhone 10:05-10:49) polling with a session the
  server no longer has, each request logging dacp's `Session %d does not exist` and
  `Unauthorized request '%s' from '%s' (is peer trusted in your config?)`.
- Mopidy 3.4 (`kitchen-mopidy.log`, `lounge-mopidy.log`: `docker logs` of two jukeboxes,
  Mopidy's default `%(levelname)-8s %(asctime)s [%(process)d:%(threadName)s] %(name)s\\n
  %(message)s`, the message on the line under its head): Uptime Kuma's TCP check of the MPD
  port every 20 s on both (`New MPD connection from %s`, each in a new `MpdSession-N
  (_actor_loop)` thread), the kitchen's radio losing the internet 07:05-07:21 (`GStreamer error:
  Could not read from resource.`, `Unwrapping stream from URI (%s) failed: error downloading
  URI %s` on the retries), Last.fm failing 10:10-10:40 (mopidy-scrobbler's `Error submitting
  playing track to Last.fm: %s` and `Error submitting played track to Last.fm: %s` with pylast's
  message), the lounge's Jellyfin server restarting 09:31-09:44 (`%s backend caused an
  exception.` with the requests traceback under it), and the lounge container recreated at
  10:19 after Spotify was added to its config without credentials (`GLib mainloop got SIGTERM.
  Exiting...`, the `Stopping Mopidy ...` lines, then `Starting Mopidy %s`, `Loading config from
  ...`, `Enabled extensions: %s`, `Disabled extensions: %s`, `Found %s configuration errors.
  The extension has been automatically disabled:`, `  %s/%s must be set.`, `Please fix the
  extension configuration errors ...`, the `Starting Mopidy ...` lines, `Audio output set to
  "%s"`, `MPD server running at %s`, `HTTP server running at %s`, `Starting GLib mainloop`).
- WeeWX 5.0 with weewx-sdr 0.88 (`wxpi-syslog`: Debian 12's rsyslog with RFC 3339 stamps;
  weewxd logs to /dev/log with WeeWX's `{process_name}[%(process)d] %(levelname)s %(name)s:
  %(message)s`, whose identifier has no colon, so journald forwards it under the process name:
  `2024-06-07T06:05:16.482913+00:00 wxpi weewxd[733]: weewxd[733] INFO weewx.manager: Added
  record ...`): every 5-minute archive record (`Added record %s to database '%s'`, `Added record
  %s to daily summary in '%s'`, `%s: Published record %s` for Wunderground-PWS, PWSweather and
  WOW, the Seasons report's `Generated %d files for report %s in %.2f seconds`, `Generated %d
  images for report %s in %.2f seconds`, `Copied %d files to %s`); the SDR driver's `unmapped:
  %s` for three neighbours' sensors every 30-60 s (`log_unmapped_sensors = True`); the internet
  down 07:08-07:37 (`%s: Failed to publish record %s: Failed upload after %d tries`); the rain
  gauge's counter reset by a battery change (`%s decrement ignored: new: %s old: %s`); an edited
  skin template failing 09:35-10:04 (`Generate failed with exception '%s'`, `**** Ignoring
  template %s`, `**** Reason: cannot find '%s' while searching for '%s'` and the traceback
  logged line by line with the `****  ` prefix).
- dump1090-fa 9.0 (`north-dump1090-fa.log`, `south-dump1090-fa.log`: `journalctl -u
  dump1090-fa` of two PiAware receivers, `Jun 07 06:23:41 north dump1090-fa[612]: ...`, systemd's
  unit lines among them, log_with_timestamp's own `%c %Z  ` stamp on its lines): adaptive gain
  (`adaptive: start periodic scan for acceptable dynamic range at increased gain`, `adaptive:
  changing gain from %.1fdB (step %d) to %.1fdB (step %d) because: %s` with three reasons,
  `rtlsdr: tuner gain set to %.1f dB (gain step %d)`, `adaptive: available dynamic range (%.1fdB)
  < required dynamic range (%.1fdB), switching to downward scan`, `... >= ..., stopping downwards
  scan here`, `... continuing downwards scan`, `... + half gain step down (%.1fdB) < ..., starting
  downward scan` when a neighbour's interference raises the noise floor 10:02-10:31 on north);
  south's dongle lost at 07:21 (librtlsdr's `cb transfer status: %d, canceling...`, `rtlsdr:
  rtlsdr_read_async returned unexpectedly, probably lost the USB device, bailing out`, `Waiting
  for receive thread termination`, `Abnormal exit.`) and systemd restarting it every 30 s until
  09:38 (`dump1090-fa %s starting up.`, `rtlsdr: no supported devices found.`, `Main process
  exited, code=%s, status=%d/%s`, `Failed with result '%s'.`, `Consumed %s CPU time.`,
  `Scheduled restart job, restart counter is at %u.`, `Stopped %s - %s.`, `Started %s - %s.`),
  four starts failing while the owner's rtl_test holds the dongle (`usb_claim_interface error
  %d`, `rtlsdr: error opening the RTLSDR device: Device or resource busy`), then a clean start
  (`rtlsdr: using device #%d: %s (%s, %s, SN %s)`, `Found Rafael Micro R820T tuner`, the
  `adaptive: using %.0f%% duty cycle` and `enabled ...` lines, `Allocating %d zero-copy
  buffers`, a downward gain scan).
- gpsd 3.22 (`ntp1-syslog`, `ntp2-syslog`: two stratum-1 time servers' syslog, gpsd started with
  `-n -D 3`, gpsd_vlog's `gpsd:INFO: ` inside the message: `Jun  7 06:00:17 ntp1 gpsd[688]:
  gpsd:INFO: detaching 127.0.0.1 (sub 0, fd 9) in detach_client`): the monitoring's clients
  (NRPE's check_gps every minute on ntp1, a Prometheus exporter every 20 s on ntp2), each
  disconnection's `detaching %s (sub %d, fd %d) in detach_client`; ntp1's antenna losing the sky
  08:31-09:14, its PPS thread's `KPPS:%s kernel PPS timeout Connection timed out(%d)` every 3 s and
  `PPS:%s unchanged state, ppsmonitor sleeps 10` every tenth; ntp2's USB receiver unplugged
  10:05-10:07 (`device read of %s returned error or packet sniffer failed sync (flags %s)`,
  gpsdctl's `gpsd_control(action=%s, arg=%s)` and `reached a running gpsd`, `control socket
  connect on fd %d`, `<= control(%d): removing %s`, `<= control(%d): adding %s`, `stashing
  device %s at slot %d`, `SER: opening GPS data source type %d at '%s'`, `KPPS:%s device not
  found.`, `PPS: activated %s ntpshm_link_activate(): %s`); ntp1's gpsd restarted by a package
  upgrade at 11:00 (`received terminating signal %d.`, `exiting.`, `launching (Version %s)`,
  `listening on port %s`, the KPPS set-up lines, `running with effective group ID %ld`, `...
  user ID %ld`).

Label notes. The heads are context: OwnTone's date, severity and domain, Mopidy's level, date,
process and thread and the logger name on the head line (the message is on the next line, the
label on the head), the syslog and journal heads, WeeWX's second `weewxd[pid] LEVEL logger: `
head, gpsd's `gpsd:LEVEL: `, systemd's `dump1090-fa.service: ` unit prefix and the `%c %Z  ` stamp
dump1090-fa's log_with_timestamp puts before its own message. A C library's error string inside a
message contributes its text (`Stale file handle`, `Input/output error`, `Connection timed out`,
`Device or resource busy`), as do an exception's message (pylast's `Operation failed - Most likely
the backend service failed. Please try again.`, Cheetah's `cannot find '%s' while searching for
'%s'`, restx's `Failed upload after %d tries`) and Mopidy's config validator (`must be set.`). A
literal the call site passes is wording: dump1090-fa's gain-change reasons, OwnTone's `AirPlay 2`
output name is a value (the device's type name). WeeWX's traceback is logged one line per call
with the literal prefix `****  `: each line is an event, labelled by its shape (`****
Traceback (most recent call last):`, `****    File "%s", line %d, in %s`, `****      %s`, the
exception line). Mopidy's traceback under `%s backend caused an exception.` continues its event.

Least sure (written from the helper's knowledge; OwnTone's logger, player, AirPlay, mDNS, library,
filescanner, transcode and DACP messages, Mopidy's commands, config, stream and session lines,
WeeWX's manager, restx, report and logger code, weewx-sdr's driver, dump1090-fa's adaptive gain,
rtlsdr and exit lines and gpsd's daemon, serial and PPS thread messages were checked against
copies of their sources): OwnTone 28.9's domain names (`airplay`) and the request names in `No
response to %s`; the Remote app's retry rate; Mopidy 3.4's thread names (Pykka's `Thread-N
(_actor_loop)` renamed), the `mopidy.audio.gst` logger, `GLib mainloop got SIGTERM. Exiting...`
in 3.4 and mopidy-scrobbler's wording; whether journald really forwards WeeWX's lines under the
process name, the cheetahgenerator's error wording, the compiled template's frame and the CopyGenerator's
`Copied %d files`; weewx-sdr's unmapped packet keys; librtlsdr's `cb transfer status` and the errno
text of a busy dongle, systemd 252's `Consumed` line; gpsd 3.22's `launching (Version %s)`
(later versions add the revision), gpsdctl's syslog wording and the source type numbers.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at

US = 1
MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def in_span(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


# ---------------------------------------------------------------------------------- owntone

OT_RADIO = "http://stream.radioparadise.com/aac-320"
OT_NAS = ["/mnt/nas/music", "/mnt/nas/audiobooks"]
OT_TRACKS = [
    "/mnt/nas/music/Khruangbin/Mordechai/01 First Class.flac",
    "/mnt/nas/music/Khruangbin/Mordechai/02 Time (You and I).flac",
    "/mnt/nas/music/Khruangbin/Mordechai/03 Connaissais de Face.flac",
]
OT_RESOLVE = "Avahi Resolver failure: service '%s' type '%s': Timeout reached"
OT_SKIPPED = "(LOGGING SKIPPED - above log message is repeating)"


def owntone(r: random.Random) -> list[Log]:
    """One OwnTone server (a Raspberry Pi, music on a NAS), 06:00 to 12:00 at the default log
    level: library rescans after beets imports, the radio stream starving at 07:12, an output
    delay, the kitchen HomePod dropping off at 08:09 and its resolver failures until logger.c's
    repeat guard stops them, the NAS rebooting 09:05-09:18, two Remote apps polling with a stale
    session from 09:48."""
    fs = Files()
    ev: list[tuple[datetime, str, str, str, str]] = []

    def E(t: datetime, sev: str, dom: str, label: str, msg: str) -> None:
        ev.append((t, sev, dom, label, msg))

    # library rescans (beets' import hook calls the update API)
    for h, m, s, nas_down, changes in [
        (6, 41, 7, False, 14),
        (7, 55, 30, False, 9),
        (9, 8, 12, True, 0),
        (9, 31, 40, False, 2),
        (10, 50, 3, False, 22),
        (11, 35, 50, False, 11),
    ]:
        t = at(h, m, s)
        E(t, "LOG", "lib", "Library rescan triggered", "Library rescan triggered")
        if nas_down:
            for i, d in enumerate(OT_NAS):
                E(
                    t + sec(0.2 + i * 0.1),
                    "LOG",
                    "scan",
                    "Skipping library directory %s, could not dereference: Stale file handle",
                    f"Skipping library directory {d}, could not dereference: Stale file handle",
                )
            dur = 0.0
        else:
            dur = r.uniform(18, 64)
        E(
            t + sec(dur + 0.4),
            "LOG",
            "scan",
            "Bulk library scan completed in %.f sec",
            f"Bulk library scan completed in {dur:.0f} sec",
        )
        tot = dur + r.uniform(0.5, 3)
        E(
            t + sec(tot + 0.6),
            "LOG",
            "lib",
            "Library rescan completed in %.f sec (%d changes)",
            f"Library rescan completed in {tot:.0f} sec ({changes} changes)",
        )

    # the radio starving at 07:12, then the stream gone; Home Assistant retries every minute
    for t in [at(7, 12, 5), at(7, 12, 51), at(7, 13, 40), at(7, 14, 22), at(7, 15, 2)]:
        mx = 352800
        E(
            t + sec(r.uniform(0, 0.9)),
            "LOG",
            "player",
            "Source is not providing sufficient data, temporarily suspending playback (deficit=%zu/%zu bytes)",
            f"Source is not providing sufficient data, temporarily suspending playback (deficit={mx + r.randrange(4, 80) * 1408}/{mx} bytes)",
        )
    t = at(7, 15, 52)
    E(
        t,
        "LOG",
        "player",
        "Error reading source '%s' (id=%d)",
        f"Error reading source '{OT_RADIO}' (id=412)",
    )
    E(t + sec(0.001), "LOG", "player", "Error reading from source", "Error reading from source")
    for t in [at(7, 16, 31), at(7, 17, 31), at(7, 18, 32)]:
        E(
            t,
            "LOG",
            "xcode",
            "Cannot open '%s': Input/output error",
            f"Cannot open '{OT_RADIO}': Input/output error",
        )
    for t in [at(7, 41, 13), at(8, 3, 48)]:
        E(
            t,
            "LOG",
            "player",
            "Output delay detected (behind=%lu, max=%d), resetting all outputs",
            f"Output delay detected (behind={r.randint(23, 41)}, max=22), resetting all outputs",
        )

    # the kitchen HomePod drops off the Wi-Fi at 08:09 and is back at 08:43
    t = at(8, 9, 44)
    E(
        t,
        "LOG",
        "airplay",
        "No response to %s from '%s'",
        "No response to SET_PARAMETER (progress) from 'Kitchen'",
    )
    E(
        t + sec(0.002),
        "LOG",
        "player",
        "Attempting reconnection in %d sec to the %s device '%s'",
        "Attempting reconnection in 5 sec to the AirPlay 2 device 'Kitchen'",
    )
    E(
        t + sec(5.1),
        "LOG",
        "airplay",
        "No response to %s from '%s'",
        "No response to SETUP (session) from 'Kitchen'",
    )
    E(
        t + sec(5.101),
        "LOG",
        "player",
        "The %s device '%s' failed to activate",
        "The AirPlay 2 device 'Kitchen' failed to activate",
    )
    tr = at(8, 11, 58)
    while tr < at(8, 42, 30):
        E(tr, "LOG", "mdns", OT_RESOLVE, OT_RESOLVE % ("Kitchen", "_airplay._tcp"))
        tr += sec(r.uniform(55, 115))
    t = at(8, 44, 12)
    E(
        t,
        "LOG",
        "airplay",
        "Response to %s from '%s' was negative, aborting (%d %s)",
        "Response to SETUP (session) from 'Kitchen' was negative, aborting (503 Service Unavailable)",
    )
    E(
        t + sec(0.003),
        "LOG",
        "player",
        "The %s device '%s' failed to activate",
        "The AirPlay 2 device 'Kitchen' failed to activate",
    )
    # a resolver failure now and then for the other speakers
    for t, name in [
        (at(6, 52, 19), "Bathroom"),
        (at(9, 57, 3), "Living Room"),
        (at(11, 2, 44), "Bathroom"),
    ]:
        E(t, "LOG", "mdns", OT_RESOLVE, OT_RESOLVE % (name, "_airplay._tcp"))
    # a second short drop at 10:31, reconnected
    t = at(10, 31, 26)
    E(
        t,
        "LOG",
        "airplay",
        "No response to %s from '%s'",
        "No response to SET_PARAMETER (volume) from 'Kitchen'",
    )
    E(
        t + sec(0.002),
        "LOG",
        "player",
        "Attempting reconnection in %d sec to the %s device '%s'",
        "Attempting reconnection in 5 sec to the AirPlay 2 device 'Kitchen'",
    )

    # the NAS rebooting: a queued album cannot be opened
    for i, t in enumerate([at(9, 10, 22), at(9, 10, 41), at(9, 11, 5)]):
        E(
            t,
            "LOG",
            "xcode",
            "Cannot open '%s': Stale file handle",
            f"Cannot open '{OT_TRACKS[i]}': Stale file handle",
        )

    # two Remote apps with a stale session
    for addr, sid, a, b, lo, hi in [
        ("192.168.1.57", 1837432611, at(9, 48, 20), at(11, 26, 5), 6.5, 10.0),
        ("192.168.1.63", 584031237, at(10, 5, 40), at(10, 49, 10), 7.0, 11.0),
    ]:
        t = a
        while t < b:
            u = r.random()
            if u < 0.84:
                uri = f"/ctrl-int/1/playstatusupdate?revision-number=1&session-id={sid}"
            elif u < 0.95:
                uri = f"/ctrl-int/1/getproperty?properties=dmcp.volume&session-id={sid}"
            else:
                uri = f"/ctrl-int/1/getspeakers?session-id={sid}"
            E(t, "LOG", "dacp", "Session %d does not exist", f"Session {sid} does not exist")
            E(
                t + sec(0.0005),
                "LOG",
                "dacp",
                "Unauthorized request '%s' from '%s' (is peer trusted in your config?)",
                f"Unauthorized request '{uri}' from '{addr}' (is peer trusted in your config?)",
            )
            t += sec(r.uniform(lo, hi))

    # logger.c: the 16th identical message in a row becomes the notice, later ones are dropped
    last, count = "", 0
    for t, sev, dom, label, msg in sorted(ev, key=lambda e: e[0]):
        if msg == last:
            count += 1
        else:
            count = 0
        last = msg
        if count > 15:
            continue
        if count == 15:
            label, msg = OT_SKIPPED, OT_SKIPPED
        fs.add(
            "owntone.log",
            t,
            label,
            lambda x, sev=sev, dom=dom, msg=msg: [
                f"[{x:%Y-%m-%d %H:%M:%S}] [{sev:>5}] {dom:>8}: {msg}"
            ],
            "owntone",
            SEC,
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- mopidy

MP_KUMA = "192.168.1.10"
MP_RP = "https://www.radioparadise.com/m3u/aac-320.m3u"
MP_PYLAST = "Operation failed - Most likely the backend service failed. Please try again."
MP_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/lib/python3/dist-packages/urllib3/connection.py", line 203, in _new_conn',
    "    sock = connection.create_connection(",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3/dist-packages/urllib3/util/connection.py", line 85, in create_connection',
    "    raise err",
    '  File "/usr/lib/python3/dist-packages/urllib3/util/connection.py", line 73, in create_connection',
    "    sock.connect(sa)",
    "ConnectionRefusedError: [Errno 111] Connection refused",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    '  File "/usr/lib/python3/dist-packages/mopidy/core/library.py", line 23, in _backend_error_handling',
    "    yield",
    '  File "/usr/lib/python3/dist-packages/mopidy/core/library.py", line 142, in browse',
    "    result = backend.library.browse(uri).get()",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3/dist-packages/pykka/_threading.py", line 50, in get',
    "    raise exc_value",
    '  File "/usr/lib/python3/dist-packages/pykka/_actor.py", line 263, in _actor_loop_running',
    "    response = self._handle_receive(envelope.message)",
    "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/dist-packages/mopidy_jellyfin/library.py", line 43, in browse',
    "    return self.backend.remote.get_library_roots()",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/dist-packages/mopidy_jellyfin/remote.py", line 172, in get_library_roots',
    "    data = self.http.get(url)",
    "           ^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/dist-packages/mopidy_jellyfin/http.py", line 48, in get',
    "    r = self.session.get(url, timeout=self.timeout)",
    "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3/dist-packages/requests/adapters.py", line 519, in send',
    "    raise ConnectionError(e, request=request)",
    "requests.exceptions.ConnectionError: HTTPConnectionPool(host='jellyfin.lan', port=8096): Max retries exceeded with url: /Users/{user}/Views (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
]


def mopidy(r: random.Random) -> list[Log]:
    """Two Mopidy jukeboxes in docker (kitchen, lounge), 06:00 to 12:00: the MPD port checked
    every 20 s, the kitchen's radio losing the internet 07:05-07:21, Last.fm failing 10:10-10:40,
    the lounge's Jellyfin down 09:31-09:44, the lounge recreated at 10:19 with a Spotify stanza
    lacking its credentials."""
    fs = Files()
    threads = {"kitchen": 2417, "lounge": 1893}

    def M(
        host: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{host}-mopidy.log",
            t,
            label,
            lambda x: [
                f"{level:<8} {x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} [1:{thread}] {logger}",
                f"  {msg}",
                *(extra or []),
            ],
            host,
            MS,
        )

    def actor(host: str, name: str) -> str:
        threads[host] += 1
        return f"{name}-{threads[host]} (_actor_loop)"

    def checks(host: str, a: datetime, b: datetime) -> None:
        for t in every(r, a, b, 20, 0.05):
            M(
                host,
                t + sec(r.uniform(0.001, 0.004)),
                "INFO",
                actor(host, "MpdSession"),
                "mopidy_mpd.session",
                "New MPD connection from %s",
                f"New MPD connection from [::ffff:{MP_KUMA}]:{r.randint(33000, 60999)}",
            )

    restart = at(10, 19, 47.312)
    checks("kitchen", T0 + sec(4.2), T_END)
    checks("lounge", T0 + sec(11.7), restart - sec(2))

    # the kitchen's radio: the internet gone 07:05-07:21, Home Assistant retrying every minute
    M(
        "kitchen",
        at(7, 5, 31.408),
        "ERROR",
        "MainThread",
        "mopidy.audio.gst",
        "GStreamer error: Could not read from resource.",
        "GStreamer error: Could not read from resource.",
    )
    t = at(7, 6, 30)
    while t < at(7, 21, 0):
        M(
            "kitchen",
            t + sec(r.uniform(10.0, 10.4)),
            "INFO",
            "StreamBackend-6 (_actor_loop)",
            "mopidy.stream.actor",
            "Unwrapping stream from URI (%s) failed: error downloading URI %s",
            f"Unwrapping stream from URI ({MP_RP}) failed: error downloading URI {MP_RP}",
        )
        t += sec(60)

    # Last.fm failing 10:10-10:40 while the kitchen plays an album
    t = at(10, 8, 12)
    while t < at(10, 44, 0):
        dur = r.uniform(210, 420)
        if in_span(t, at(10, 10), at(10, 40)):
            M(
                "kitchen",
                t + sec(0.35),
                "WARNING",
                "ScrobblerFrontend-12 (_actor_loop)",
                "mopidy_scrobbler.frontend",
                f"Error submitting playing track to Last.fm: {MP_PYLAST}",
                f"Error submitting playing track to Last.fm: {MP_PYLAST}",
            )
        if in_span(t + sec(dur), at(10, 10), at(10, 40)):
            M(
                "kitchen",
                t + sec(dur + 0.2),
                "WARNING",
                "ScrobblerFrontend-12 (_actor_loop)",
                "mopidy_scrobbler.frontend",
                f"Error submitting played track to Last.fm: {MP_PYLAST}",
                f"Error submitting played track to Last.fm: {MP_PYLAST}",
            )
        t += sec(dur + 0.4)

    # the lounge's Jellyfin server restarting: Iris browsing it
    user = hexid(r, 32)
    for t in [at(9, 31, 52), at(9, 32, 7), at(9, 35, 40), at(9, 38, 13), at(9, 43, 2)]:
        tb = [line.replace("{user}", user).replace("{addr}", "7f" + hexid(r, 8)) for line in MP_TB]
        M(
            "lounge",
            t + sec(r.uniform(0, 0.9)),
            "ERROR",
            "Core-7 (_actor_loop)",
            "mopidy.core.library",
            "%s backend caused an exception.",
            "JellyfinBackend backend caused an exception.",
            tb,
        )

    # the lounge recreated at 10:19 with an unfinished Spotify stanza
    t = M(
        "lounge",
        restart,
        "INFO",
        "MainThread",
        "mopidy.commands",
        "GLib mainloop got SIGTERM. Exiting...",
        "GLib mainloop got SIGTERM. Exiting...",
    )
    for what in ["frontends", "core", "backends", "audio", "mixer"]:
        t = M(
            "lounge",
            t + sec(r.uniform(0.005, 0.12)),
            "INFO",
            "MainThread",
            "mopidy.commands",
            f"Stopping Mopidy {what}",
            f"Stopping Mopidy {what}",
        )
    threads["lounge"] = 0
    t = at(10, 19, 52.604)
    main = "MainThread"
    seq = [
        ("mopidy.__main__", "Starting Mopidy %s", "Starting Mopidy 3.4.2", 0.0),
        (
            "mopidy.config",
            "Loading config from builtin defaults",
            "Loading config from builtin defaults",
            0.31,
        ),
        (
            "mopidy.config",
            "Loading config from %s",
            "Loading config from file:///config/mopidy.conf",
            0.004,
        ),
        (
            "mopidy.config",
            "Loading config from command line options",
            "Loading config from command line options",
            0.002,
        ),
        (
            "mopidy.__main__",
            "Enabled extensions: %s",
            "Enabled extensions: file, mpd, jellyfin, http, m3u, softwaremixer, iris, stream",
            0.09,
        ),
        (
            "mopidy.__main__",
            "Disabled extensions: %s",
            "Disabled extensions: spotify, local",
            0.001,
        ),
    ]
    for logger, label, msg, dt in seq:
        t = M("lounge", t + sec(dt), "INFO", main, logger, label, msg)
    t = M(
        "lounge",
        t + sec(0.001),
        "WARNING",
        main,
        "mopidy.__main__",
        "Found %s configuration errors. The extension has been automatically disabled:",
        "Found spotify configuration errors. The extension has been automatically disabled:",
    )
    for field in ["client_id", "client_secret"]:
        t = M(
            "lounge",
            t + sec(0.001),
            "WARNING",
            main,
            "mopidy.__main__",
            "  %s/%s must be set.",
            f"  spotify/{field} must be set.",
        )
    t = M(
        "lounge",
        t + sec(0.001),
        "WARNING",
        main,
        "mopidy.__main__",
        "Please fix the extension configuration errors or disable the extensions to silence these messages.",
        "Please fix the extension configuration errors or disable the extensions to silence these messages.",
    )
    t = M(
        "lounge",
        t + sec(0.21),
        "INFO",
        main,
        "mopidy.commands",
        "Starting Mopidy mixer: %s",
        "Starting Mopidy mixer: SoftwareMixer",
    )
    actor("lounge", "SoftwareMixer")
    t = M(
        "lounge",
        t + sec(0.02),
        "INFO",
        main,
        "mopidy.commands",
        "Starting Mopidy audio",
        "Starting Mopidy audio",
    )
    audio = actor("lounge", "Audio")
    t = M(
        "lounge",
        t + sec(0.05),
        "INFO",
        main,
        "mopidy.commands",
        "Starting Mopidy backends: %s",
        "Starting Mopidy backends: FileBackend, JellyfinBackend, M3UBackend, StreamBackend",
    )
    for b in ["FileBackend", "JellyfinBackend", "M3UBackend", "StreamBackend"]:
        actor("lounge", b)
    M(
        "lounge",
        t + sec(0.03),
        "INFO",
        audio,
        "mopidy.audio.actor",
        'Audio output set to "%s"',
        'Audio output set to "alsasink device=hw:CARD=Headphones"',
    )
    t = M(
        "lounge",
        t + sec(1.42),
        "INFO",
        main,
        "mopidy.commands",
        "Starting Mopidy core",
        "Starting Mopidy core",
    )
    actor("lounge", "Core")
    t = M(
        "lounge",
        t + sec(0.36),
        "INFO",
        main,
        "mopidy.commands",
        "Starting Mopidy frontends: %s",
        "Starting Mopidy frontends: MpdFrontend, HttpFrontend, IrisFrontend",
    )
    actor("lounge", "MpdFrontend")
    t = M(
        "lounge",
        t + sec(0.012),
        "INFO",
        main,
        "mopidy_mpd.actor",
        "MPD server running at %s",
        "MPD server running at [::]:6600",
    )
    actor("lounge", "HttpFrontend")
    M(
        "lounge",
        t + sec(0.05),
        "INFO",
        "HttpServer",
        "mopidy.http.actor",
        "HTTP server running at %s",
        "HTTP server running at [::]:6680",
    )
    actor("lounge", "IrisFrontend")
    t = M(
        "lounge",
        t + sec(0.21),
        "INFO",
        main,
        "mopidy.commands",
        "Starting GLib mainloop",
        "Starting GLib mainloop",
    )
    checks("lounge", t + sec(8.6), T_END)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ weewx

WX_SERVICES = ["Wunderground-PWS", "PWSweather", "WOW"]
WX_TPL = "/etc/weewx/skins/Seasons/index.html.tmpl"
WX_NOTFOUND = "cannot find 'windrun' while searching for 'day.windrun.sum'"


def wx_ts(t: datetime) -> str:
    """weeutil's timestamp_to_string."""
    return f"{t:%Y-%m-%d %H:%M:%S} UTC ({int(t.timestamp())})"


def weewx(r: random.Random) -> list[Log]:
    """One WeeWX 5 station on a Raspberry Pi with the SDR driver (a Fine Offset WH65B array),
    06:00 to 12:00: an archive record every 5 minutes with its uploads and the Seasons report,
    three neighbours' sensors logged as unmapped, the internet down 07:08-07:37, the rain
    counter reset by a battery change at 08:16, an edited template failing 09:35-10:04."""
    fs = Files()
    pid = 733

    def W(t: datetime, level: str, logger: str, label: str, msg: str) -> datetime:
        return fs.add(
            "wxpi-syslog",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S.%f}+00:00 wxpi weewxd[{pid}]: weewxd[{pid}] {level} {logger}: {msg}"
            ],
            "weewxd",
            US,
        )

    outage = (at(7, 8, 20), at(7, 37, 40))
    broken = (at(9, 34, 50), at(10, 4, 55))
    b = T0
    while b < T_END:
        ta = b + sec(r.uniform(2.0, 16.5))
        ts = wx_ts(b)
        ta = W(
            ta,
            "INFO",
            "weewx.manager",
            "Added record %s to database '%s'",
            f"Added record {ts} to database 'weewx.sdb'",
        )
        W(
            ta + sec(r.uniform(0.01, 0.04)),
            "INFO",
            "weewx.manager",
            "Added record %s to daily summary in '%s'",
            f"Added record {ts} to daily summary in 'weewx.sdb'",
        )
        for svc in WX_SERVICES:
            if in_span(ta, *outage):
                W(
                    ta + sec(r.uniform(10.5, 31.0)),
                    "ERROR",
                    "weewx.restx",
                    "%s: Failed to publish record %s: Failed upload after %d tries",
                    f"{svc}: Failed to publish record {ts}: Failed upload after 3 tries",
                )
            else:
                W(
                    ta + sec(r.uniform(0.3, 2.6)),
                    "INFO",
                    "weewx.restx",
                    "%s: Published record %s",
                    f"{svc}: Published record {ts}",
                )
        tr = ta + sec(r.uniform(0.6, 1.4))
        files = 8
        if in_span(ta, *broken):
            files = 7
            stamp = f"{int(ta.timestamp())}_{r.randint(1000000, 9999999)}"
            e = ta + sec(r.uniform(0.4, 0.9))
            block = [
                (
                    "Generate failed with exception '%s'",
                    "Generate failed with exception '<class 'NameMapper.NotFound'>'",
                ),
                ("**** Ignoring template %s", f"**** Ignoring template {WX_TPL}"),
                (
                    "**** Reason: cannot find '%s' while searching for '%s'",
                    f"**** Reason: {WX_NOTFOUND}",
                ),
                (
                    "****  Traceback (most recent call last):",
                    "****  Traceback (most recent call last):",
                ),
                (
                    '****    File "%s", line %d, in %s',
                    '****    File "/usr/share/weewx/weewx/cheetahgenerator.py", line 348, in generate',
                ),
                ("****      %s", "****      unicode_string = compiled_template.respond()"),
                ("****      %s", "****                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
                (
                    '****    File "%s", line %d, in %s',
                    f'****    File "_etc_weewx_skins_Seasons_index_html_tmpl_{stamp}.py", line 417, in respond',
                ),
                (
                    "****  NameMapper.NotFound: cannot find '%s' while searching for '%s'",
                    f"****  NameMapper.NotFound: {WX_NOTFOUND}",
                ),
            ]
            for label, msg in block:
                e = W(e + sec(0.0003), "ERROR", "weewx.cheetahgenerator", label, msg)
        gen = r.uniform(1.1, 2.6)
        tg = W(
            tr + sec(gen),
            "INFO",
            "weewx.cheetahgenerator",
            "Generated %d files for report %s in %.2f seconds",
            f"Generated {files} files for report SeasonsReport in {gen:.2f} seconds",
        )
        imgs = 15 if b.minute == 0 else 11
        dt = r.uniform(2.2, 4.1)
        tg = W(
            tg + sec(dt),
            "INFO",
            "weewx.imagegenerator",
            "Generated %d images for report %s in %.2f seconds",
            f"Generated {imgs} images for report SeasonsReport in {dt:.2f} seconds",
        )
        W(
            tg + sec(r.uniform(0.01, 0.06)),
            "INFO",
            "weewx.reportengine",
            "Copied %d files to %s",
            "Copied 0 files to /var/www/html/weewx",
        )
        b += sec(300)

    # neighbours' sensors the driver decodes but the sensor map does not use
    sensors = [
        ("LaCrosseTX141THBv2Packet", "84", 50.6, True, True, 21.3),
        ("NexusTemperaturePacket", "1:133", 56.75, True, True, 17.6),
        ("Acurite606TXPacket", "38", 31.9, False, True, 24.1),
    ]
    for cls, sid, period, hum, batt, temp in sensors:
        t = T0 + sec(r.uniform(0, period))
        while t < T_END:
            h = (t - T0).total_seconds() / 3600
            tc = temp + 3.5 * h / 6 + r.uniform(-0.2, 0.2)
            parts = [
                f"'dateTime': {int(t.timestamp())}",
                "'usUnits': 16",
                f"'temperature.{sid}.{cls}': {tc:.1f}",
            ]
            if hum:
                parts.append(f"'humidity.{sid}.{cls}': {r.randint(52, 71)}.0")
            if batt:
                parts.append(f"'battery.{sid}.{cls}': 0")
            W(
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                "user.sdr",
                "unmapped: %s",
                "unmapped: {" + ", ".join(parts) + "}",
            )
            t += sec(period + r.uniform(-0.3, 0.3))

    W(
        at(8, 16, 42.118),
        "INFO",
        "user.sdr",
        "%s decrement ignored: new: %s old: %s",
        "rain_total decrement ignored: new: 0.0 old: 418.2",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ dump1090-fa

# R820T gain table (tenths of dB), steps 0..28
R820T = [
    0,
    9,
    14,
    27,
    37,
    77,
    87,
    125,
    144,
    157,
    166,
    197,
    207,
    229,
    254,
    280,
    297,
    328,
    338,
    364,
    372,
    386,
    402,
    421,
    434,
    439,
    445,
    480,
    496,
]
DF_UNIT = "dump1090-fa.service"
DF_DESC = "dump1090 ADS-B receiver (FlightAware customization)"


def db(step: int) -> float:
    return R820T[step] / 10


def ctime(t: datetime) -> str:
    """strftime's %c in the C locale."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def dump1090fa(r: random.Random) -> list[Log]:
    """Two PiAware receivers (north, south), `journalctl -u dump1090-fa`, 06:00 to 12:00:
    adaptive gain re-probing every hour, north's noise floor raised 10:02-10:31, south's dongle
    lost at 07:21 and the service failing every 30 s until it is plugged in again at 09:38,
    four starts failing while rtl_test holds it, a clean start at 09:40."""
    fs = Files()
    pids = {"north": 612, "south": 598}
    gain = {"north": 23, "south": 22}

    def D(host: str, t: datetime, label: str, msg: str, stamp: bool = False) -> datetime:
        pid = pids[host]
        return fs.add(
            f"{host}-dump1090-fa.log",
            t,
            label,
            lambda x: [
                f"{x:%b %d %H:%M:%S} {host} dump1090-fa[{pid}]: "
                + (f"{ctime(x)} UTC  {msg}" if stamp else msg)
            ],
            (host, pid),
            SEC,
        )

    def S(host: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-dump1090-fa.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} {host} systemd[1]: {msg}"],
            (host, 1),
            SEC,
        )

    def change(host: str, t: datetime, to: int, why: str) -> datetime:
        fr = gain[host]
        t = D(
            host,
            t,
            f"adaptive: changing gain from %.1fdB (step %d) to %.1fdB (step %d) because: {why}",
            f"adaptive: changing gain from {db(fr):.1f}dB (step {fr}) to {db(to):.1f}dB (step {to}) because: {why}",
        )
        gain[host] = to
        return D(
            host,
            t + sec(0.002),
            "rtlsdr: tuner gain set to %.1f dB (gain step %d)",
            f"rtlsdr: tuner gain set to {db(to):.1f} dB (gain step {to})",
        )

    def rng(lo: float, hi: float) -> float:
        return round(r.uniform(lo, hi), 1)

    def reprobe(host: str, t: datetime) -> datetime:
        t = D(
            host,
            t,
            "adaptive: start periodic scan for acceptable dynamic range at increased gain",
            "adaptive: start periodic scan for acceptable dynamic range at increased gain",
        )
        t = change(
            host,
            t + sec(0.001),
            gain[host] + 1,
            "periodic re-probing of dynamic range gain upper bound",
        )
        t = D(
            host,
            t + sec(r.uniform(2, 4)),
            "adaptive: available dynamic range (%.1fdB) < required dynamic range (%.1fdB), switching to downward scan",
            f"adaptive: available dynamic range ({rng(27.6, 29.8)}dB) < required dynamic range (30.0dB), switching to downward scan",
        )
        t = change(host, t + sec(0.001), gain[host] - 1, "probing dynamic range gain lower bound")
        return D(
            host,
            t + sec(r.uniform(2, 4)),
            "adaptive: available dynamic range (%.1fdB) >= required dynamic range (%.1fdB), stopping downwards scan here",
            f"adaptive: available dynamic range ({rng(30.1, 31.9)}dB) >= required dynamic range (30.0dB), stopping downwards scan here",
        )

    def down_scan(host: str, t: datetime, steps: int) -> datetime:
        for i in range(steps):
            t = change(host, t, gain[host] - 1, "probing dynamic range gain lower bound")
            if i < steps - 1:
                t = D(
                    host,
                    t + sec(r.uniform(2, 4)),
                    "adaptive: available dynamic range (%.1fdB) < required dynamic range (%.1fdB), continuing downwards scan",
                    f"adaptive: available dynamic range ({rng(26.0, 29.7)}dB) < required dynamic range (30.0dB), continuing downwards scan",
                )
                t += sec(0.001)
        return D(
            host,
            t + sec(r.uniform(2, 4)),
            "adaptive: available dynamic range (%.1fdB) >= required dynamic range (%.1fdB), stopping downwards scan here",
            f"adaptive: available dynamic range ({rng(30.1, 31.6)}dB) >= required dynamic range (30.0dB), stopping downwards scan here",
        )

    # north: the hourly re-probe and the interference 10:02-10:31
    for h in range(6, 12):
        reprobe("north", at(h, 23, 41 + r.uniform(0, 3)))
    for tt, n in [(at(10, 2, 17), 2), (at(10, 9, 48), 1), (at(10, 18, 3), 1)]:
        t = D(
            "north",
            tt,
            "adaptive: available dynamic range (%.1fdB) + half gain step down (%.1fdB) < required dynamic range (%.1fdB), starting downward scan",
            f"adaptive: available dynamic range ({rng(24.1, 28.0)}dB) + half gain step down (30.0dB) < required dynamic range ({rng(0.5, 1.9)}dB), starting downward scan",
        )
        t = change(
            "north", t + sec(0.001), gain["north"] - 1, "dynamic range fell below target value"
        )
        down_scan("north", t + sec(r.uniform(2, 4)), n)
    # south healthy until 07:21
    reprobe("south", at(6, 37, 12))

    lost = at(7, 21, 17)
    t = D(
        "south", lost, "cb transfer status: %d, canceling...", "cb transfer status: 1, canceling..."
    )
    t = D(
        "south",
        t + sec(0.01),
        "rtlsdr: rtlsdr_read_async returned unexpectedly, probably lost the USB device, bailing out",
        "rtlsdr: rtlsdr_read_async returned unexpectedly, probably lost the USB device, bailing out",
    )
    t = D(
        "south",
        t + sec(0.01),
        "Waiting for receive thread termination",
        "Waiting for receive thread termination",
        stamp=True,
    )
    t = D("south", t + sec(0.2), "Abnormal exit.", "Abnormal exit.", stamp=True)

    def failed(t: datetime, consumed: str) -> datetime:
        t = S(
            "south",
            t,
            "Main process exited, code=%s, status=%d/%s",
            f"{DF_UNIT}: Main process exited, code=exited, status=1/FAILURE",
        )
        t = S(
            "south",
            t + sec(0.001),
            "Failed with result '%s'.",
            f"{DF_UNIT}: Failed with result 'exit-code'.",
        )
        return S(
            "south",
            t + sec(0.001),
            "Consumed %s CPU time.",
            f"{DF_UNIT}: Consumed {consumed} CPU time.",
        )

    t = failed(t + sec(0.05), "14h 2min 31.224s")
    replug = at(9, 38, 5)
    rtl_test = (replug, at(9, 39, 52))
    count = 0
    cycle = lost + sec(0.3)
    while True:
        # RestartSec=30 from each exit; the journal shows whole seconds
        cycle += sec(30 + r.uniform(0.1, 0.3))
        count += 1
        t = S(
            "south",
            cycle,
            "Scheduled restart job, restart counter is at %u.",
            f"{DF_UNIT}: Scheduled restart job, restart counter is at {count}.",
        )
        t = S("south", t + sec(0.002), "Stopped %s - %s.", f"Stopped {DF_UNIT} - {DF_DESC}.")
        t = S("south", t + sec(0.02), "Started %s - %s.", f"Started {DF_UNIT} - {DF_DESC}.")
        pids["south"] = r.randint(1000, 32000)
        t = D(
            "south",
            t + sec(0.03),
            "dump1090-fa %s starting up.",
            "dump1090-fa 9.0 starting up.",
            stamp=True,
        )
        if t < replug:
            t = D(
                "south",
                t + sec(0.02),
                "rtlsdr: no supported devices found.",
                "rtlsdr: no supported devices found.",
            )
            t = failed(t + sec(0.01), f"{r.randint(38, 95)}ms")
            continue
        t = D(
            "south",
            t + sec(0.02),
            "rtlsdr: using device #%d: %s (%s, %s, SN %s)",
            "rtlsdr: using device #0: Generic RTL2832U OEM (Realtek, RTL2838UHIDIR, SN 00001090)",
        )
        if in_span(t, *rtl_test):
            t = D(
                "south",
                t + sec(0.01),
                "usb_claim_interface error %d",
                "usb_claim_interface error -6",
            )
            t = D(
                "south",
                t + sec(0.001),
                "rtlsdr: error opening the RTLSDR device: Device or resource busy",
                "rtlsdr: error opening the RTLSDR device: Device or resource busy",
            )
            t = failed(t + sec(0.01), f"{r.randint(60, 140)}ms")
            continue
        break
    # the clean start
    t = D("south", t + sec(0.3), "Found Rafael Micro R820T tuner", "Found Rafael Micro R820T tuner")
    gain["south"] = 28
    t = D(
        "south",
        t + sec(0.05),
        "rtlsdr: tuner gain set to %.1f dB (gain step %d)",
        "rtlsdr: tuner gain set to 49.6 dB (gain step 28)",
    )
    t = D(
        "south",
        t + sec(0.3),
        "adaptive: using %.0f%% duty cycle",
        "adaptive: using 40% duty cycle",
    )
    t = D(
        "south",
        t + sec(0.001),
        "adaptive: enabled adaptive gain control with gain limits %.1fdB (step %d) .. %.1fdB (step %d)",
        "adaptive: enabled adaptive gain control with gain limits 0.0dB (step 0) .. 49.6dB (step 28)",
    )
    t = D(
        "south",
        t + sec(0.001),
        "adaptive: enabled dynamic range control, target dynamic range %.1fdB",
        "adaptive: enabled dynamic range control, target dynamic range 30.0dB",
    )
    t = D(
        "south",
        t + sec(0.05),
        "Allocating %d zero-copy buffers",
        "Allocating 4 zero-copy buffers",
    )
    t = D(
        "south",
        t + sec(r.uniform(2, 4)),
        "adaptive: available dynamic range (%.1fdB) < required dynamic range (%.1fdB), switching to downward scan",
        f"adaptive: available dynamic range ({rng(22.5, 24.0)}dB) < required dynamic range (30.0dB), switching to downward scan",
    )
    down_scan("south", t + sec(0.001), 6)
    for h in [10, 11]:
        reprobe("south", at(h, 40, 9 + r.uniform(0, 3)))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- gpsd


def gpsd(r: random.Random) -> list[Log]:
    """Two stratum-1 time servers running gpsd 3.22 with `-n -D 3` (ntp1: a GPS hat on
    /dev/ttyAMA0 with PPS on /dev/pps0; ntp2: a USB u-blox on /dev/ttyACM0), 06:00 to 12:00:
    the monitoring's clients, ntp1's PPS lost 08:31-09:14, ntp2's receiver unplugged
    10:05-10:07, ntp1's gpsd restarted by a package upgrade at 11:00."""
    fs = Files()
    pids = {"ntp1": 688, "ntp2": 1291}

    def G(host: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        pid = pids[host]
        return fs.add(
            f"{host}-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} gpsd[{pid}]: gpsd:{level}: {msg}"],
            (host, pid),
            SEC,
        )

    def ctl(host: str, t: datetime, action: str, dev: str) -> datetime:
        p = r.randint(20000, 32000)
        t = fs.add(
            f"{host}-syslog",
            t,
            "gpsd_control(action=%s, arg=%s)",
            lambda x: [
                f"{syslog_ts(x)} {host} gpsdctl[{p}]: gpsd_control(action={action}, arg={dev})"
            ],
            (host, p),
            SEC,
        )
        return fs.add(
            f"{host}-syslog",
            t + sec(0.01),
            "reached a running gpsd",
            lambda x: [f"{syslog_ts(x)} {host} gpsdctl[{p}]: reached a running gpsd"],
            (host, p),
            SEC,
        )

    def detach(host: str, t: datetime, ip: str, fd: int) -> None:
        G(
            host,
            t,
            "INFO",
            "detaching %s (sub %d, fd %d) in detach_client",
            f"detaching {ip} (sub 0, fd {fd}) in detach_client",
        )

    restart = at(11, 0, 7)
    back = at(11, 0, 9)
    # NRPE's check_gps on ntp1 every minute, the Prometheus exporter on ntp2 every 20 s
    for t in every(r, T0 + sec(17), T_END, 60, 0.6):
        if restart - sec(1) <= t < back + sec(3):
            continue
        detach("ntp1", t + sec(r.uniform(1.2, 2.4)), "127.0.0.1", 9)
    for t in every(r, T0 + sec(4), T_END, 20, 0.3):
        detach("ntp2", t + sec(0.05), "10.20.0.15", 8)

    # ntp1's antenna: no PPS edges 08:31-09:14
    lost, found = at(8, 31, 40), at(9, 14, 20)
    t = lost + sec(3)
    unchanged = 0
    while t < found:
        unchanged += 1
        if unchanged == 10:
            unchanged = 0
            G(
                "ntp1",
                t,
                "WARN",
                "PPS:%s unchanged state, ppsmonitor sleeps 10",
                "PPS:/dev/pps0 unchanged state, ppsmonitor sleeps 10",
            )
            t += sec(10)
        t += sec(3)
        G(
            "ntp1",
            t,
            "INFO",
            "KPPS:%s kernel PPS timeout Connection timed out(%d)",
            "KPPS:/dev/pps0 kernel PPS timeout Connection timed out(110)",
        )

    def kpps_none(host: str, t: datetime, dev: str) -> datetime:
        return G(host, t, "INFO", "KPPS:%s device not found.", f"KPPS:{dev} device not found.")

    def activated(host: str, t: datetime, dev: str, kind: str) -> datetime:
        return G(
            host,
            t,
            "INFO",
            "PPS: activated %s ntpshm_link_activate(): %s",
            f"PPS: activated {dev} ntpshm_link_activate(): {kind}",
        )

    def opening(host: str, t: datetime, kind: int, dev: str) -> datetime:
        return G(
            host,
            t,
            "INFO",
            "SER: opening GPS data source type %d at '%s'",
            f"SER: opening GPS data source type {kind} at '{dev}'",
        )

    def stash(host: str, t: datetime, dev: str, slot: int) -> datetime:
        return G(
            host,
            t,
            "INFO",
            "stashing device %s at slot %d",
            f"stashing device {dev} at slot {slot}",
        )

    # ntp2's receiver unplugged and plugged in again
    t = G(
        "ntp2",
        at(10, 5, 12),
        "WARN",
        "device read of %s returned error or packet sniffer failed sync (flags %s)",
        "device read of /dev/ttyACM0 returned error or packet sniffer failed sync (flags {ERROR})",
    )
    t = ctl("ntp2", t + sec(0.3), "remove", "/dev/ttyACM0")
    t = G(
        "ntp2",
        t + sec(0.01),
        "INFO",
        "control socket connect on fd %d",
        "control socket connect on fd 10",
    )
    G(
        "ntp2",
        t + sec(0.001),
        "INFO",
        "<= control(%d): removing %s",
        "<= control(10): removing /dev/ttyACM0",
    )
    t = ctl("ntp2", at(10, 7, 41), "add", "/dev/ttyACM0")
    t = G(
        "ntp2",
        t + sec(0.01),
        "INFO",
        "control socket connect on fd %d",
        "control socket connect on fd 10",
    )
    t = G(
        "ntp2",
        t + sec(0.001),
        "INFO",
        "<= control(%d): adding %s",
        "<= control(10): adding /dev/ttyACM0",
    )
    t = stash("ntp2", t + sec(0.001), "/dev/ttyACM0", 0)
    t = opening("ntp2", t + sec(0.001), 4, "/dev/ttyACM0")
    t = activated("ntp2", t + sec(0.05), "/dev/ttyACM0", "Clock")
    kpps_none("ntp2", t + sec(0.002), "/dev/ttyACM0")

    # ntp1's gpsd restarted by the package upgrade
    t = G(
        "ntp1",
        restart,
        "WARN",
        "received terminating signal %d.",
        "received terminating signal 15.",
    )
    G("ntp1", t + sec(0.01), "WARN", "exiting.", "exiting.")
    pids["ntp1"] = 24511
    t = G("ntp1", back, "INFO", "launching (Version %s)", "launching (Version 3.22)")
    t = G("ntp1", t + sec(0.002), "INFO", "listening on port %s", "listening on port gpsd")
    t = stash("ntp1", t + sec(0.003), "/dev/ttyAMA0", 0)
    t = opening("ntp1", t + sec(0.001), 2, "/dev/ttyAMA0")
    t = activated("ntp1", t + sec(0.05), "/dev/ttyAMA0", "Clock")
    t = kpps_none("ntp1", t + sec(0.002), "/dev/ttyAMA0")
    t = stash("ntp1", t + sec(0.001), "/dev/pps0", 1)
    t = activated("ntp1", t + sec(0.02), "/dev/pps0", "PPS")
    for level, label, msg in [
        ("INFO", "KPPS:%s RFC2783 path:%s, fd %d", "KPPS:/dev/pps0 RFC2783 path:/dev/pps0, fd 7"),
        ("INFO", "KPPS:%s pps_caps 0x%02X", "KPPS:/dev/pps0 pps_caps 0x1111"),
        ("INFO", "KPPS:%s have PPS_CANWAIT", "KPPS:/dev/pps0 have PPS_CANWAIT"),
        (
            "WARN",
            "KPPS:%s missing PPS_CAPTURECLEAR, pulse may be offset",
            "KPPS:/dev/pps0 missing PPS_CAPTURECLEAR, pulse may be offset",
        ),
        ("INFO", "running with effective group ID %ld", "running with effective group ID 20"),
        ("INFO", "running with effective user ID %ld", "running with effective user ID 65534"),
    ]:
        t = G("ntp1", t + sec(0.002), level, label, msg)
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "owntone": owntone,
    "mopidy": mopidy,
    "weewx": weewx,
    "dump1090-fa": dump1090fa,
    "gpsd": gpsd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))

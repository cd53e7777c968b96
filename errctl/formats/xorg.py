"""The X server's log (`/var/log/Xorg.0.log`, `~/.local/share/xorg/Xorg.0.log`): each line the
seconds since the server started, to the millisecond, in brackets, then a marker that says
what kind of line it is, then the message:

    [    11.813] (II) LoadModule: "glx"
    [  2211.082] (EE) modeset(0): failed to set mode: Invalid argument
    [  2211.090] (II) event21 - Logitech USB Receiver Keyboard: device removed

The markers (`os/log.c`): `(EE)` error, `(WW)` warning, `(!!)` notice, `(NI)` not
implemented (a warning), `(II)` informational and the configuration's `(--)` probed, `(**)`
from the config file, `(==)` default and `(++)` from the command line (info), `(??)` unknown.
A line with no marker (the server's banner, a message's further line it wrote under its own
stamp, `[    11.819] \tcompiled for 1.21.1.11, ...`) is info, its message after the tab (the
`Markers:` legend names every level without being any). The seconds are
the `uptime` attribute (no time of day: the events take their time as any event without one
does). The libinput driver's lines name their device first (`event21 - Logitech USB Receiver
Keyboard: `): the device node and name are attributes, the rest the message, or every
statement would be a group per device.

Owns `XorgFormat` and the module instance `FORMAT` (name "xorg").
"""

from __future__ import annotations

import re

from errctl.formats.pfxlog import pfxlog_line
from errctl.models import ParsedFields

_LINE = re.compile(r"\[ *(?P<uptime>\d{1,10}\.\d{3})\] ?(?P<msg>.*)", re.S)
_MARKER = re.compile(r"\((?P<marker>EE|WW|II|!!|NI|--|\*\*|==|\+\+|\?\?)\) ")
_LEVELS = {
    "EE": "error",
    "WW": "warning",
    "NI": "warning",
    "!!": "notice",
    "II": "info",
    "--": "info",
    "**": "info",
    "==": "info",
    "++": "info",
}
# xf86-input-libinput's prefix (`%s - %s: `, the device node and the device's name).
_LIBINPUT_DEVICE = re.compile(r"(?P<node>event\d{1,5}) +- (?P<device>[^\n]{1,256}?): ")


class XorgFormat:
    name = "xorg"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] != "[":
            return None
        m = _LINE.match(line)
        if m is None or pfxlog_line(line) is not None:
            return None  # (pfxlog's seconds open its lines too: OpenZiti's, generic's)
        msg = m["msg"]
        attributes: dict[str, object] = {"uptime": float(m["uptime"])}
        level = None
        marker = _MARKER.match(msg)
        if marker is not None:
            level = _LEVELS.get(marker["marker"])
            msg = msg[marker.end() :]
            device = _LIBINPUT_DEVICE.match(msg)
            if device is not None:
                attributes["device_node"] = device["node"]
                attributes["device"] = device["device"]
                msg = msg[device.end() :]
        else:
            level = "info"  # the server's own unmarked lines (X_NONE), whatever they say
            if msg[:1] == "\t":
                msg = msg[1:]
        return ParsedFields(msg, None, level, "Xorg", attributes=attributes)


FORMAT = XorgFormat()

"""A headless Chromium driven over the DevTools protocol, for the HTML report's browser tests.

The websocket client is a few dozen lines of the standard library (RFC 6455: a client frame is
masked, a server frame is not; messages may come in fragments), so the tests need no new
dependency. Chromium is Debian's (`apt-get install chromium`, done by scripts/chromium.sh in
CI); `ERRCTL_CHROMIUM` names another binary.

Without Chromium the browser tests skip, saying why, except under CI (the CI variable set),
where a missing browser fails them: CI must never pass by not looking.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import re
import shutil
import socket
import struct
import subprocess
import tempfile
import threading
import time
import urllib.request
from typing import Any

import pytest

_FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root in a container, where the sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
)
_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


def chromium_path() -> str | None:
    for name in (os.environ.get("ERRCTL_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (path := shutil.which(name)):
            return path
    return None


def require_chromium() -> str:
    path = chromium_path()
    if path is None:
        reason = (
            "headless Chromium not found (install it: apt-get install -y chromium, or set "
            "ERRCTL_CHROMIUM)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason + "; under CI the browser tests must run", pytrace=False)
        pytest.skip(reason)
    return path


class WebSocket:
    """Just enough of a websocket client for the DevTools protocol."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        m = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        assert m, url
        host, port, path = m.group(1), int(m.group(2)), m.group(3)
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        self.reader = self.sock.makefile("rb")
        status = self.reader.readline()
        if b" 101 " not in status:
            raise ConnectionError(f"websocket upgrade refused: {status!r}")
        while self.reader.readline() not in (b"\r\n", b""):
            pass

    def send(self, text: str) -> None:
        data = text.encode()
        head = bytearray([0x81])  # FIN, text
        n = len(data)
        if n < 126:
            head.append(0x80 | n)
        elif n < 1 << 16:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(bytes(head) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n: int) -> bytes:
        data = self.reader.read(n)
        if data is None or len(data) < n:
            raise ConnectionError("websocket closed")
        return data

    def recv(self) -> str:
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise ConnectionError("websocket closed by the browser")
            if opcode == 0x9:  # ping: answer, keep reading
                continue
            if opcode in (0x0, 0x1, 0x2):
                message += payload
                if b0 & 0x80:
                    return message.decode()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class Page:
    """One tab: commands answered in order, events kept for the test to inspect."""

    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params or {}}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for ev in self.events[seen:]:
                if ev["method"] == method:
                    return ev
            seen = len(self.events)
            msg = json.loads(self.ws.recv())
            if "method" in msg:
                self.events.append(msg)
        raise TimeoutError(method)

    def load(self, url: str) -> None:
        """Open `url` with the console, log and network watched, and wait for its load event
        (plus a moment, for anything a page might do after it)."""
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.send(f"{domain}.enable")
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")
        self.evaluate("new Promise(r => setTimeout(r, 200))", await_promise=True)

    def evaluate(self, expression: str, await_promise: bool = False) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": await_promise},
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def console_errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (a CSP violation is
        one) since the last load."""
        out = []
        for ev in self.events:
            p = ev.get("params", {})
            if ev["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description"))) for a in p["args"]))
            elif ev["method"] == "Runtime.exceptionThrown":
                out.append(str(p["exceptionDetails"]))
            elif ev["method"] == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(p["entry"]["text"])
        return out

    def console_messages(self) -> list[str]:
        return [
            " ".join(str(a.get("value")) for a in ev["params"]["args"])
            for ev in self.events
            if ev["method"] == "Runtime.consoleAPICalled"
        ]

    def requests(self) -> list[str]:
        """Every URL the page asked for since the last load (the page itself included)."""
        return [
            ev["params"]["request"]["url"]
            for ev in self.events
            if ev["method"] == "Network.requestWillBeSent"
        ]

    def screenshot(self, width: int, full_page: bool = True) -> bytes:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        metrics = self.send("Page.getLayoutMetrics")
        height = int(metrics["cssContentSize"]["height"]) if full_page else 900
        shot = self.send(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": full_page,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
            },
        )
        return base64.b64decode(shot["data"])


class Browser:
    """A headless Chromium process with a throwaway profile; `page()` is its first tab."""

    def __init__(self, binary: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="errctl-chromium-")
        self.proc = subprocess.Popen(
            [
                binary,
                *_FLAGS,
                f"--user-data-dir={self.profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stderr: list[str] = []
        self._ws: WebSocket | None = None
        found: queue.Queue[str] = queue.Queue()

        def drain() -> None:  # keep reading so a chatty browser never blocks on a full pipe
            assert self.proc.stderr is not None
            for line in self.proc.stderr:
                self.stderr.append(line)
                if m := _LISTENING.search(line):
                    found.put(m.group(1))

        threading.Thread(target=drain, daemon=True).start()
        try:
            browser_url = found.get(timeout=60)
        except queue.Empty:
            self.close()
            raise RuntimeError("Chromium did not start:\n" + "".join(self.stderr[-20:])) from None
        self.port = int(browser_url.split(":")[2].split("/")[0])

    def page(self) -> Page:
        if self._ws is not None:
            self._ws.close()
        deadline = time.monotonic() + 30
        while True:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list") as r:
                targets = [t for t in json.load(r) if t.get("type") == "page"]
            if targets or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        self._ws = WebSocket(targets[0]["webSocketDebuggerUrl"])
        return Page(self._ws)

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

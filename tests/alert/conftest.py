"""A real HTTP receiver on 127.0.0.1 that records every request and fails on purpose, and
helpers to fill a store and write an [alerts] configuration."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson
import pytest

from errctl.alert.delivery import Transport
from errctl.config.loader import load_file
from errctl.config.schema import Settings
from errctl.store.duckdb_store import DuckDBStore
from tests import batches


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: bytes
    answered: int | None = None  # the status sent back (None: no answer, e.g. stalled)

    @property
    def json(self) -> Any:
        return orjson.loads(self.body)

    @property
    def id(self) -> str:
        return self.headers["webhook-id"]


@dataclass
class Receiver:
    """What the server does: `script` is consumed one entry per request, then `default`.

    Entries: 200 (or any status), `("status", code, headers)`, `"stall"` (hold the request
    until `release` is set or `stall_seconds` pass, then answer 200)."""

    port: int = 0
    requests: list[Request] = field(default_factory=list)
    script: list[Any] = field(default_factory=list)
    default: Any = 200
    release: threading.Event = field(default_factory=threading.Event)
    stall_seconds: float = 30.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def acked(self) -> list[Request]:
        return [r for r in self.requests if r.answered is not None and 200 <= r.answered < 300]

    def acked_ids(self) -> list[str]:
        return [r.id for r in self.acked()]

    def next_action(self) -> Any:
        with self.lock:
            return self.script.pop(0) if self.script else self.default


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = self.rfile.read(length)
            req = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            with receiver.lock:
                receiver.requests.append(req)
            action = receiver.next_action()
            headers: dict[str, str] = {}
            if action == "stall":
                receiver.release.wait(receiver.stall_seconds)
                action = 200
            if isinstance(action, tuple):
                _, code, headers = action
            else:
                code = action
            try:
                self.send_response(code)
                for k, v in headers.items():
                    self.send_header(k, v)
                payload = b"ok" if code < 300 else b"nope"
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                req.answered = code
            except OSError:  # the client gave up (a timeout): not acknowledged
                pass

    return Handler


@contextmanager
def serving() -> Iterator[Receiver]:
    """A receiver listening on a loopback port of its own while the block runs."""
    rec = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    server.daemon_threads = True
    rec.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        rec.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with serving() as rec:
        yield rec


@pytest.fixture
def another_receiver() -> Iterator[Receiver]:
    with serving() as rec:
        yield rec


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # Test traffic goes to loopback only, never through a proxy from the environment.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


class Sleeps:
    """An injected sleep: records what delivery asked to wait, waits nothing."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def transport(sleeps: Sleeps) -> Transport:
    return Transport(sleep=sleeps, jitter=lambda: 0.5)


def add_events(store: DuckDBStore, *rows: dict[str, Any]) -> None:
    store.commit_batch(batches.batch(list(rows)), None, None)


def ev(fp: str, ts: datetime, **kw: Any) -> dict[str, Any]:
    """One event of group `fp` (a short name such as "a1" becomes a fingerprint)."""
    fingerprint = fp if fp.startswith("fp1:") else "fp1:" + fp.ljust(16, "0")
    title = kw.pop("title", f"boom {fp}")
    return {
        "fingerprint": fingerprint,
        "timestamp": ts,
        "title": title,
        "template": title,
        "message": kw.pop("message", title),
        **kw,
    }


def fp(short: str) -> str:
    return "fp1:" + short.ljust(16, "0")


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def settings_from(tmp_path: Path, text: str) -> Settings:
    return load_file(write_config(tmp_path / "errctl.toml", text))


def receiver_toml(name: str, url: str, kind: str = "webhook", **extra: Any) -> str:
    lines = [f"[alerts.receivers.{name}]", f'kind = "{kind}"', f'url = "{url}"']
    for k, v in extra.items():
        lines.append(f"{k} = {orjson.dumps(v).decode()}")
    return "\n".join(lines) + "\n"

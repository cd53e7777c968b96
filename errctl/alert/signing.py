"""Signing requests as Standard Webhooks does (https://www.standardwebhooks.com/).

Headers: `webhook-id` (the notification id, the same on every retry), `webhook-timestamp`
(Unix seconds when this attempt is sent), `webhook-signature` = `v1,` + base64 of
HMAC-SHA256(key, f"{id}.{timestamp}.{body}"). The key is the secret's bytes: a `whsec_`
secret is base64 after its prefix (the spec's form); any other secret is used as its UTF-8
bytes. The secret comes from the environment variable a receiver's `secret_env` names.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from errctl.errors import ConfigError

PREFIX = "whsec_"


def secret_key(secret: str) -> bytes:
    """The HMAC key of a secret (see the module doc). Raises ConfigError for an empty one or
    a `whsec_` one that is not base64."""
    if secret.startswith(PREFIX):
        raw = secret[len(PREFIX) :]
        try:
            key = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True)
        except (binascii.Error, ValueError) as e:
            raise ConfigError("a whsec_ signing secret must be base64 after its prefix") from e
    else:
        key = secret.encode("utf-8")
    if not key:
        raise ConfigError("the signing secret is empty")
    return key


def signature(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    signed = msg_id.encode() + b"." + str(timestamp).encode() + b"." + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def sign_headers(secret: str | None, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The Standard Webhooks headers; without a secret, only id and timestamp."""
    headers = {"webhook-id": msg_id, "webhook-timestamp": str(timestamp)}
    if secret is not None:
        headers["webhook-signature"] = signature(secret_key(secret), msg_id, timestamp, body)
    return headers

"""Secrets out of every message: database passwords masked before anything is shown.

A password may reach a message through the URL itself (``postgresql+psycopg://u:pw@…``,
also from ``LINKREVIVE_DB``), or through a driver's error text. :func:`redact` masks the
password part of any URL in a text and every secret :func:`remember_secret` was given
(a password read from the keyring or the environment).
"""

from __future__ import annotations

import re
import threading

MASK = "***"
# scheme://user:password@ — the password is everything up to the last '@' before the host.
_URL_PASSWORD = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:)([^\s]*)@")
_secrets: set[str] = set()
_lock = threading.Lock()


#: Shorter secrets are masked in URLs only: masking every "pw" in a text would garble it.
MIN_SECRET = 4


def remember_secret(secret: str | None) -> None:
    """Mask ``secret`` in every later :func:`redact` (from ``MIN_SECRET`` characters)."""
    if secret and len(secret) >= MIN_SECRET:
        with _lock:
            _secrets.add(secret)


#: An email address inside a driver's message (a key value PostgreSQL quotes, say).
_ADDRESS = re.compile(r"[\w.%+-][\w.%+'-]*@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")


def without_addresses(text: str) -> str:
    """``text`` with every email address replaced by ``<address>``: what a driver quotes
    from the rows never reaches a message."""
    return _ADDRESS.sub("<address>", text)


def redact(text: str) -> str:
    """``text`` with URL passwords and remembered secrets replaced by ``***``."""
    text = _URL_PASSWORD.sub(lambda m: m.group(1) + MASK + "@", text)
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    return text

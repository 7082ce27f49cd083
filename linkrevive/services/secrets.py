"""Passwords in the operating system's keyring (Secret Service, Keychain, Credential Locker).

Secrets are never written to a file or a log by LinkRevive: they go straight to ``keyring``.
"""

from __future__ import annotations

import time

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from linkrevive.domain.errors import InputError

#: Service name under which every LinkRevive secret is stored.
SERVICE = "linkrevive"


def imap_account(user: str, host: str) -> str:
    """Keyring account key of an IMAP login, e.g. ``imap:jean@mail.example.com``."""
    return f"imap:{user}@{host.lower()}"


def _backend() -> KeyringBackend:
    backend: KeyringBackend = keyring.get_keyring()
    if _unusable(backend):
        raise InputError("no_keyring")
    return backend


def _unusable(backend: KeyringBackend) -> bool:
    # The chainer wraps the real backends; it is unusable when it wraps nothing usable.
    children = getattr(backend, "backends", None)
    if children is not None:
        return not children or all(_unusable(child) for child in children)
    return isinstance(backend, fail.Keyring) or type(backend).__module__.startswith(
        "keyring.backends.null"
    )


def available() -> bool:
    """Whether a usable password store exists (False: passwords are for one run only)."""
    try:
        _backend()
    except InputError:
        return False
    return True


def get_password(account: str) -> str | None:
    """The stored password of ``account``, or None when none is stored.

    Raises ``InputError("no_keyring")`` when no usable password store exists.
    """
    backend = _backend()
    try:
        value: str | None = backend.get_password(SERVICE, account)
    except keyring.errors.NoKeyringError as exc:
        raise InputError("no_keyring") from exc
    except keyring.errors.KeyringError as exc:
        raise InputError("no_keyring", detail=type(exc).__name__) from exc
    return value


def set_password(account: str, password: str) -> None:
    """Store ``password`` for ``account``, replacing any previous one."""
    backend = _backend()
    try:
        backend.set_password(SERVICE, account, password)
    except keyring.errors.NoKeyringError as exc:
        raise InputError("no_keyring") from exc
    except keyring.errors.KeyringError as exc:
        raise InputError("no_keyring", detail=type(exc).__name__) from exc


def delete_password(account: str) -> None:
    """Forget the password of ``account``; nothing happens when none is stored."""
    backend = _backend()
    try:
        backend.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.NoKeyringError as exc:
        raise InputError("no_keyring") from exc
    except keyring.errors.KeyringError as exc:
        raise InputError("no_keyring", detail=type(exc).__name__) from exc


#: Keyring service of team database passwords; the account is ``user@host`` of the URL.
DATABASE_SERVICE = "linkrevive-db"


def database_password(user: str, host: str) -> str | None:
    """The password stored in the keyring for the team database login ``user@host``.

    None when none is stored or no keyring is usable: libpq then looks at ``PGPASSWORD``,
    ``PGPASSFILE`` and ``~/.pgpass`` itself.
    """
    try:
        backend = _backend()
    except InputError:
        return None
    for attempt in range(_READ_ATTEMPTS):
        try:
            value: str | None = backend.get_password(DATABASE_SERVICE, f"{user}@{host}")
        except keyring.errors.KeyringError:
            return None
        except Exception:  # a backend's own error, e.g. secretstorage's
            # ItemNotFoundException when another process replaces the item while this one
            # reads it (two commands opening the team database at once): read it again.
            if attempt == _READ_ATTEMPTS - 1:
                return None
            time.sleep(0.05 * (attempt + 1))
        else:
            return value
    return None


#: Reads of a team database password before giving up on the keyring for this run.
_READ_ATTEMPTS = 4

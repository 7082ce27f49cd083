"""Passwords in the operating system's keyring (Secret Service, Keychain, Credential Locker).

Secrets are never written to a file or a log by LinkRevive: they go straight to ``keyring``.
"""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from linkrevive.domain.errors import InputError

_T = TypeVar("_T")

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


#: The Secret Service's default collection, by its alias (where keyring keeps passwords).
_DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"
#: Tries of a keyring call that meets a passing error, before giving up.
_ATTEMPTS = 4


def _in_default_collection(backend: KeyringBackend) -> KeyringBackend:
    """``backend``; for the Secret Service, a copy that works in the default collection and
    never creates a collection.

    When secretstorage cannot find the default collection it creates a new one, and the
    Secret Service then asks the user for a new keyring password. gnome-keyring answers
    "not found" for a moment while another process changes its items (two commands opening
    the team database at once), so a mere read could ask that question, or, with no display
    to ask it on, wait for an answer forever. Here a collection that cannot be found raises
    ``InitError``, which the callers try again.
    """
    if type(backend).__module__ != "keyring.backends.SecretService":
        return backend
    steady = copy.copy(backend)
    steady.get_preferred_collection = _default_collection  # type: ignore[attr-defined]
    return steady


def _default_collection() -> Any:
    """The Secret Service's default collection, by its alias, unlocked, on a D-Bus
    connection of its own (keyring closes it after its call).

    As keyring's own ``get_preferred_collection``, except that a collection not found
    closes the connection: keyring's leaves it to the garbage collector.
    """
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        collection = secretstorage.Collection(bus, _DEFAULT_COLLECTION)
        if collection.is_locked():
            collection.unlock()
            if collection.is_locked():  # the user dismissed the prompt
                raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
    except secretstorage.exceptions.SecretStorageException as exc:
        bus.close()
        raise keyring.errors.InitError(f"Failed to open the default collection: {exc}.") from exc
    except BaseException:
        bus.close()
        raise
    return collection


def _read(backend: KeyringBackend, service: str, account: str) -> str | None:
    """The password stored for ``account`` of ``service``, read from the default
    collection; None when none is stored, or no default collection exists yet.

    Errors that pass are read again: the default collection not found (see
    :func:`_in_default_collection`), and a backend's own error such as secretstorage's
    ``ItemNotFoundException`` when another process replaces the item while this one reads
    it. Raises the backend's ``KeyringError`` (locked, no backend), or its own error if it
    never passes.
    """
    steady = _in_default_collection(backend)
    for value in _passed(lambda: steady.get_password(service, account), _ATTEMPTS - 1):
        return value
    try:
        return steady.get_password(service, account)
    except keyring.errors.InitError:
        return None  # no default collection: nothing is stored there


def _write(backend: KeyringBackend, change: Callable[[KeyringBackend], None]) -> None:
    """Run ``change`` in the default collection, again after an error that passes (the
    collection not found, or gnome-keyring's ``ItemNotFoundException`` for the collection
    itself while another process changes its items); when it still fails, with the
    backend's own way, which creates a missing collection (asking the user).

    The backend's ``KeyringError`` (locked, nothing to delete) is raised at once.
    """
    steady = _in_default_collection(backend)
    if not _passed(lambda: change(steady), _ATTEMPTS):
        change(backend)


def _passed(call: Callable[[], _T], attempts: int) -> list[_T]:
    """``[call()]`` from the first of ``attempts`` tries that passes; ``[]`` when none does.

    Tried again after the default collection not found (``InitError``) or a backend's own
    error; the backend's ``KeyringError`` is raised at once.
    """
    for attempt in range(attempts):
        try:
            return [call()]
        except keyring.errors.InitError:  # the default collection not found, for now
            pass
        except keyring.errors.KeyringError:
            raise
        except Exception:  # a backend's own error
            pass
        time.sleep(0.02 * (attempt + 1))
    return []


@contextlib.contextmanager
def _no_keyring_as_input_error() -> Iterator[None]:
    """A keyring that cannot serve, as ``InputError("no_keyring")`` (the error's kind in
    its detail, unless there is no keyring at all)."""
    try:
        yield
    except keyring.errors.NoKeyringError as exc:
        raise InputError("no_keyring") from exc
    except keyring.errors.PasswordDeleteError:
        raise
    except Exception as exc:  # the backend's KeyringError, or its own error that persists
        raise InputError("no_keyring", detail=type(exc).__name__) from exc


def get_password(account: str) -> str | None:
    """The stored password of ``account``, or None when none is stored.

    Raises ``InputError("no_keyring")`` when no usable password store exists.
    """
    backend = _backend()
    with _no_keyring_as_input_error():
        return _read(backend, SERVICE, account)


def set_password(account: str, password: str) -> None:
    """Store ``password`` for ``account``, replacing any previous one."""
    backend = _backend()
    with _no_keyring_as_input_error():
        _write(backend, lambda store: store.set_password(SERVICE, account, password))


def delete_password(account: str) -> None:
    """Forget the password of ``account``; nothing happens when none is stored."""
    backend = _backend()
    with contextlib.suppress(keyring.errors.PasswordDeleteError), _no_keyring_as_input_error():
        _write(backend, lambda store: store.delete_password(SERVICE, account))


#: Keyring service of team database passwords; the account is ``user@host`` of the URL.
DATABASE_SERVICE = "linkrevive-db"


def database_password(user: str, host: str) -> str | None:
    """The password stored in the keyring for the team database login ``user@host``.

    None when none is stored or no keyring is usable: libpq then looks at ``PGPASSWORD``,
    ``PGPASSFILE`` and ``~/.pgpass`` itself.
    """
    try:
        return _read(_backend(), DATABASE_SERVICE, f"{user}@{host}")
    except Exception:  # no usable keyring, a locked one, or an error that persists
        return None

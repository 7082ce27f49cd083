"""Reading a password never creates a keyring: a real Secret Service (gnome-keyring) that has
no default collection yet, in a D-Bus session of its own.

When secretstorage cannot find the default collection it creates one, and the Secret Service
asks the user for a new keyring password: on a desktop a read popped that question, and with
no display to ask it on (CI, a server) the question waited forever. gnome-keyring also answers
"not found" for a moment while another process changes its items, which is how one CI run hung.
A read now finds nothing stored; only a write may create the collection.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import require

pytestmark = pytest.mark.services

REPO = Path(__file__).resolve().parents[2]

#: Run inside the new session: collections before, the reads, collections after.
_PROBE = textwrap.dedent(
    """
    import gc, sys, warnings
    import secretstorage
    from linkrevive.services import secrets

    unclosed = []
    sys.unraisablehook = lambda hook: unclosed.append(repr(hook.object))
    warnings.simplefilter("error", ResourceWarning)

    bus = secretstorage.dbus_init()
    def collections():
        return sorted(c.collection_path for c in secretstorage.get_all_collections(bus))

    print("before", collections())
    print("imap", secrets.get_password(secrets.imap_account("anne", "imap.example.org")))
    print("database", secrets.database_password("anne", "db.example.org"))
    print("after", collections())
    gc.collect()
    print("unclosed", len(unclosed))
    """
)


def test_a_read_finds_nothing_and_creates_no_collection(tmp_path: Path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        require(shutil.which(tool) is not None, f"{tool} is missing (Debian dbus, gnome-keyring)")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), PYTHONPATH=str(REPO))
    # --start, not --unlock: the daemon runs with no login keyring, so no default collection.
    script = (
        "gnome-keyring-daemon --start --foreground --components=secrets >/dev/null 2>&1 &\n"
        "daemon=$!\n"
        "for _ in $(seq 50); do\n"
        "  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus"
        " org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null"
        " | grep -q 'boolean true' && break\n"
        "  sleep 0.1\n"
        "done\n"
        '"$PYTHON" -c "$PROBE"; status=$?\n'
        'kill "$daemon"\n'
        "exit $status\n"
    )
    env.update(PYTHON=sys.executable, PROBE=_PROBE)
    done = subprocess.run(
        ["dbus-run-session", f"--config-file={REPO / 'tests' / 'dbus-session.conf'}", "--",
         "bash", "-c", script],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert "/org/freedesktop/secrets/collection/login" not in lines["before"]
    assert lines["imap"] == "None"  # before: "no password store (keyring) is available"
    assert lines["database"] == "None"
    assert lines["after"] == lines["before"]  # no collection made, no question asked
    # Each try that did not find the collection closed its D-Bus connection (keyring's own
    # way leaves it to the garbage collector, which warns; pytest makes that a failure in
    # whichever test runs then).
    assert lines["unclosed"] == "0"

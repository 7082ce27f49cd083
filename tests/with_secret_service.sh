#!/usr/bin/env bash
# Runs a command beside a real Secret Service: gnome-keyring, unlocked, kept alive.
#
#   KEYRING_PW=... RUN_DIR=... dbus-run-session --config-file=tests/dbus-session.conf -- \
#       bash tests/with_secret_service.sh COMMAND [ARGS...]
#
# Meant to run inside a private D-Bus session (tests/run_all.sh starts it). The session's
# configuration has no service folders, so nothing is started on demand: D-Bus activation
# would start a second daemon whose keyring is locked, and with no display to ask for the
# password each keyring call then waits forever. Instead this script keeps one daemon
# running with the keyring unlocked, starts it again (unlocked) if it ever ends, and says so
# after the command, with the daemon's own messages (kept in $RUN_DIR/gnome-keyring.log).
# The command's exit status is this script's.
set -uo pipefail

: "${KEYRING_PW:?the keyring password (any throwaway text)}"
: "${RUN_DIR:?a scratch folder}"
log="$RUN_DIR/gnome-keyring.log"
restarts="$RUN_DIR/gnome-keyring.restarts"
: >"$log"
: >"$restarts"

owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}

# The supervisor: one daemon in the foreground at a time. --unlock reads the password on
# stdin and creates (first time) or unlocks the login keyring, which lives in $HOME.
(
    trap 'kill "$daemon" 2>/dev/null; exit 0' TERM
    first=1
    while :; do
        if ((!first)); then
            echo "gnome-keyring-daemon ended (status $status) at $(date -u +%T); started again" \
                | tee -a "$restarts" >>"$log"
        fi
        first=0
        printf %s "$KEYRING_PW" |
            gnome-keyring-daemon --foreground --unlock --components=secrets \
                >>"$log" 2>&1 &
        daemon=$!
        wait "$daemon"
        status=$?
        sleep 0.2
    done
) 2>>"$log" &
supervisor=$!
unset KEYRING_PW

for _ in $(seq 100); do
    owned && break
    sleep 0.1
done
if ! owned; then
    echo "gnome-keyring-daemon did not start a Secret Service; its messages:" >&2
    cat "$log" >&2
    kill "$supervisor" 2>/dev/null
    exit 1
fi

"$@"
rc=$?

kill "$supervisor" 2>/dev/null
wait "$supervisor" 2>/dev/null
if [[ -s "$restarts" ]]; then
    echo "" >&2
    echo "WARNING: the Secret Service stopped during the run and was started again:" >&2
    cat "$log" >&2
fi
exit "$rc"

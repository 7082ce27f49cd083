#!/usr/bin/env bash
# The one test command: installs what the tests need, lints, type-checks, runs pytest.
#
#   bash tests/run_all.sh [PYTEST ARGS...]
#
# Idempotent: Debian packages are installed only when missing (apt-get update only then),
# the virtual environment is created only when missing. Pytest runs inside a private D-Bus
# session with an unlocked gnome-keyring (a real Secret Service) and a throwaway HOME, so
# nothing touches the user's own keyring or settings. Extra arguments go to pytest.
# Set LINKREVIVE_SKIP_LINT=1 to skip ruff/mypy/import-linter (inner loop only; CI never does).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS

# --- 1. Debian packages ---------------------------------------------------------------
# Services the tests start themselves: dbus + gnome-keyring (Secret Service for keyring),
# dovecot-imapd (IMAP), postgresql (shared team database).
PKGS_SERVICES=(dbus dbus-daemon gnome-keyring libsecret-tools dovecot-imapd postgresql)
# Qt runtime of PySide6 with QT_QPA_PLATFORM=offscreen (from ldd on QtCore/Gui/Widgets and
# the offscreen plugin) plus a font so text renders, and colour emoji for names such as
# "Julie DUC, PhD 💡" (without it the window shows such names without the pictographs).
PKGS_QT=(libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0
    libx11-6 fonts-dejavu-core fonts-noto-color-emoji)
# Optional real-window screenshots: Xvfb and what Qt's xcb platform plugin links against.
PKGS_XCB=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
# The installable app (tests/packaging): PyInstaller strips with binutils' strip; dpkg-deb.
PKGS_PACKAGING=(binutils dpkg)
# faketime: the revival world is imported on another day to prove the day changes nothing.
# locales: the French locale the mail and export modules are run again under (localedef).
PKGS_TOOLS=(faketime locales)

missing=()
for pkg in "${PKGS_SERVICES[@]}" "${PKGS_QT[@]}" "${PKGS_XCB[@]}" "${PKGS_PACKAGING[@]}" "${PKGS_TOOLS[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
    step "installing Debian packages: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "run as root (or install these packages first): ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Package scripts must not start system-wide daemons: the tests start their own.
    policy_added=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        policy_added=1
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    if ((policy_added)); then rm -f /usr/sbin/policy-rc.d; fi
else
    step "Debian packages: all present"
fi

# --- 2. Python environment ------------------------------------------------------------
VENV="$REPO/.venv"
if [[ ! -x "$VENV/bin/python" ]]; then
    PY="${PYTHON:-$(command -v python3.11 || command -v python3)}"
    step "creating $VENV with $PY"
    if ! "$PY" -c 'import ensurepip' 2>/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
    fi
    "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test,package]"
else
    # Quick check that the editable install and the test extras are there (new deps land
    # in pyproject.toml while the venv lives on).
    if ! "$VENV/bin/python" - <<'EOF' 2>/dev/null; then
import importlib.metadata as md
import re
import sys

from packaging.requirements import Requirement

dist = md.distribution("linkrevive")
for spec in dist.requires or []:
    req = Requirement(spec)
    if req.marker and not any(req.marker.evaluate({"extra": e}) for e in ("test", "package")):
        continue
    try:
        version = md.version(req.name)
    except md.PackageNotFoundError:
        sys.exit(1)
    if not req.specifier.contains(version, prereleases=True):
        sys.exit(1)
path = dist.read_text("direct_url.json") or ""
sys.exit(0 if re.search(r'"editable":\s*true', path) else 1)
EOF
        step "updating the editable install"
        "$VENV/bin/python" -m pip install -q -e ".[test,package]"
    fi
fi
# Only the Qt the app uses (PySide6-Essentials): a venv made when the app depended on the
# `pyside6` meta-package still holds PySide6-Addons, WebEngine and Pdf. Remove them so that a
# reused venv is the one a fresh install makes; they share files with Essentials
# (PySide6/__init__.py, stubs), so Essentials is reinstalled after them.
extra_qt="$("$VENV/bin/python" - <<'EOF'
import importlib.metadata as md

for name in ("PySide6", "PySide6_Addons", "PySide6_WebEngine", "PySide6_Pdf"):
    try:
        md.distribution(name)
    except md.PackageNotFoundError:
        continue
    print(name)
EOF
)"
if [[ -n "$extra_qt" ]]; then
    step "removing Qt the app does not use: $(echo $extra_qt)"
    # shellcheck disable=SC2086 # one distribution per word
    "$VENV/bin/python" -m pip uninstall -q -y $extra_qt
    essentials="$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("PySide6_Essentials"))')"
    "$VENV/bin/python" -m pip install -q --force-reinstall --no-deps "pyside6-essentials==$essentials"
    # The translation tools come with Essentials (packaging/translations.py needs them).
    "$VENV/bin/pyside6-lupdate" -version >/dev/null
    "$VENV/bin/pyside6-lrelease" -version >/dev/null
fi
export PATH="$VENV/bin:$PATH"

# --- 3. Static checks -----------------------------------------------------------------
failed=0
if [[ "${LINKREVIVE_SKIP_LINT:-}" != "1" ]]; then
    step "ruff check";        ruff check . || failed=1
    step "ruff format --check"; ruff format --check . || failed=1
    step "mypy";              mypy || failed=1
    step "lint-imports";      lint-imports || failed=1
fi

# --- 4. Tests -------------------------------------------------------------------------
# A throwaway HOME: gnome-keyring keeps its keyring there, Qt its settings; both vanish.
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/linkrevive-tests.XXXXXX")"
trap 'rm -rf "$RUN_DIR"' EXIT
mkdir -p "$RUN_DIR/home"
KEYRING_PW="linkrevive-tests-$RANDOM$RANDOM"

step "pytest (D-Bus session + gnome-keyring Secret Service)"
set +e
env -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR -u XDG_DATA_HOME -u XDG_CONFIG_HOME \
    -u XDG_CACHE_HOME -u DISPLAY \
    HOME="$RUN_DIR/home" LINKREVIVE_THROWAWAY_HOME="$RUN_DIR/home" RUN_DIR="$RUN_DIR" \
    KEYRING_PW="$KEYRING_PW" QT_QPA_PLATFORM=offscreen COVERAGE_FILE="$REPO/.coverage" \
    dbus-run-session --config-file="$REPO/tests/dbus-session.conf" -- \
    bash "$REPO/tests/with_secret_service.sh" python -m pytest --cov=linkrevive --cov-report=term "$@"
rc=$?
set -e
if ((rc == 5)); then
    echo "pytest collected no test" >&2
fi
if ((rc != 0)); then failed=1; fi

# --- 5. Under a French locale ---------------------------------------------------------
# The user is French-speaking, and Qt sets the C library's locale from the user's: what
# strftime or calendar then writes is French ("mars", "lun."). An mbox import from the window
# once failed on it. A full run (no pytest arguments) reads the mail, LinkedIn, export and
# command-line modules again under fr_FR.UTF-8, generated into the run's folder.
if (($# == 0)); then
    step "pytest again under a French locale (mail, LinkedIn, exports, command line)"
    LOCALES="$RUN_DIR/locales"
    mkdir -p "$LOCALES"
    localedef -i fr_FR -f UTF-8 "$LOCALES/fr_FR.UTF-8"
    set +e
    env -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR -u XDG_DATA_HOME -u XDG_CONFIG_HOME \
        -u XDG_CACHE_HOME -u DISPLAY \
        HOME="$RUN_DIR/home" LINKREVIVE_THROWAWAY_HOME="$RUN_DIR/home" RUN_DIR="$RUN_DIR" \
        KEYRING_PW="$KEYRING_PW" QT_QPA_PLATFORM=offscreen \
        LOCPATH="$LOCALES" LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 \
        dbus-run-session --config-file="$REPO/tests/dbus-session.conf" -- \
        bash "$REPO/tests/with_secret_service.sh" python -m pytest -q -p no:cacheprovider \
        --no-cov tests/importers tests/email_side tests/exporters tests/cli tests/linkedin \
        tests/gui/test_multi_import.py
    french=$?
    set -e
    if ((french != 0)); then failed=1; fi
fi

step "done in $((SECONDS - started)) s"
if ((failed)); then
    echo "FAILED (see the steps above)" >&2
    exit 1
fi

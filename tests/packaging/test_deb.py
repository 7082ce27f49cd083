"""The installable app: build it, unpack the .deb into a scratch root, run what it installed.

One build for the module (PyInstaller and dpkg-deb, a few minutes). The installed app runs
with a clean environment: no venv on PATH, no PYTHON* variables, a throwaway HOME.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import REPO, require

pytestmark = pytest.mark.slow

AS_OF = "2025-03-03"
MIB = 2**20
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Parts of Qt the app does not use: none of them may be in the package.
UNUSED_QT = (
    "WebEngine",
    "libQt6Quick",
    "libQt6Qml",
    "libQt6Pdf",
    "libQt63D",
    "libQt6Charts",
    "libQt6VirtualKeyboard",
    "libqgtk3",
    "libqpdf",
    "wayland",
    "eglfs",
    "libqtvirtualkeyboard",
)


@dataclass(frozen=True)
class Installed:
    """The built package and the scratch root it was unpacked into."""

    deb: Path
    root: Path
    bundle_dir: Path
    home: Path

    def run(
        self, *args: str, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run the installed ``linkrevive`` (found on PATH) with a clean environment."""
        env = {
            "PATH": f"{self.root / 'usr' / 'bin'}:/usr/bin:/bin",
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            **(extra_env or {}),
        }
        return subprocess.run(
            ["linkrevive", *args],
            env=env,
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=300,  # a hung app fails the test instead of blocking CI
            check=False,
        )


def disk_usage(path: Path) -> int:
    return sum(os.lstat(p).st_blocks * 512 for p in path.rglob("*"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build with packaging/build.py, then ``dpkg -x`` the .deb into a scratch root."""
    require(platform.system() == "Linux", "the .deb is built on Linux")
    require(shutil.which("dpkg-deb") is not None, "dpkg-deb is not installed")
    require(
        importlib.util.find_spec("PyInstaller") is not None,
        "PyInstaller is not installed (pip install -e '.[package]')",
    )
    base = tmp_path_factory.mktemp("package")
    dist, work = base / "dist", base / "work"
    build = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
        # Not pytest-cov's subprocess measurement: PyInstaller imports the app to analyse it.
        env={k: v for k, v in os.environ.items() if not k.startswith("COV_CORE_")},
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(build.stdout)  # build time and sizes, in the test log
    debs = list(dist.glob("linkrevive_*.deb"))
    assert len(debs) == 1
    root = base / "root"
    subprocess.run(["dpkg", "-x", str(debs[0]), str(root)], check=True)
    home = base / "home"
    home.mkdir()
    yield Installed(debs[0], root, root / "opt" / "linkrevive", home)
    shutil.rmtree(work, ignore_errors=True)  # PyInstaller's scratch is large


def test_package_installs_the_app_the_command_the_menu_entry_and_icons(
    installed: Installed,
) -> None:
    root = installed.root
    assert (installed.bundle_dir / "linkrevive").is_file()
    for command in ("linkrevive", "linkrevive-gui"):
        link = root / "usr" / "bin" / command
        assert link.is_symlink() and link.resolve() == (installed.bundle_dir / "linkrevive")
    desktop = root / "usr" / "share" / "applications" / "linkrevive.desktop"
    assert "Exec=linkrevive-gui" in desktop.read_text(encoding="utf-8")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "linkrevive.png").is_file()
    assert (hicolor / "scalable" / "apps" / "linkrevive.svg").is_file()


def test_package_metadata_and_dependencies_hold_here(installed: Installed) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(installed.deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    assert "Package: linkrevive" in fields and f"Version: {version}" in fields
    depends = fields.split("Depends:", 1)[1].strip()
    assert "libc6 (>= " in depends
    for item in depends.split(","):
        name = item.split()[0]
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${db:Status-Status}", name],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        assert status == "installed", f"{name} is a dependency but not installed here"


def test_only_the_qt_the_app_uses_and_within_the_size_targets(installed: Installed) -> None:
    files = [p.relative_to(installed.root).as_posix() for p in installed.root.rglob("*")]
    for unused in UNUSED_QT:
        assert not [f for f in files if unused.lower() in f.lower()], unused
    qt_dir = "opt/linkrevive/_internal/PySide6/Qt/"
    translations = sorted(
        f.rsplit("/", 1)[1] for f in files if f.startswith(qt_dir + "translations/")
    )
    assert translations == ["qtbase_fr.qm"]
    platforms = sorted(
        f.rsplit("/", 1)[1] for f in files if f.startswith(qt_dir + "plugins/platforms/")
    )
    assert {"libqxcb.so", "libqoffscreen.so"} <= set(platforms)
    assert any(f.endswith("imageformats/libqsvg.so") for f in files)
    # The targets of the install issue: ≤ 200 MiB on disk, ≤ 90 MiB compressed.
    assert disk_usage(installed.bundle_dir) <= 200 * MIB
    assert installed.deb.stat().st_size <= 90 * MIB


def test_installed_app_runs_the_command_line_with_a_clean_environment(
    installed: Installed,
) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = installed.run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"linkrevive {version}")
    db = str(installed.home / "demo.sqlite3")
    result = installed.run("--db", db, "demo", "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    result = installed.run("--db", db, "today", "--as-of", AS_OF, "--format", "json")
    assert result.returncode == 0, result.stderr
    today = json.loads(result.stdout)
    assert today and all(row["name"] and row["score"] > 0 for row in today)
    target = installed.home / "reactivation.xlsx"
    result = installed.run(
        "--db",
        db,
        "export",
        "reactivation",
        "-o",
        str(target),
        "--format",
        "xlsx",
        "--as-of",
        AS_OF,
    )
    assert result.returncode == 0, result.stderr
    # A read-only workbook keeps its file open until closed (else a ResourceWarning later).
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None}
    finally:
        book.close()
    assert {row["name"] for row in today} <= cells


def test_installed_window_shows_today_in_french(installed: Installed) -> None:
    db = str(installed.home / "window.sqlite3")
    assert installed.run("--db", db, "demo", "--as-of", AS_OF).returncode == 0
    picture = installed.home / "today-fr.png"
    result = installed.run(
        "--db",
        db,
        "--as-of",
        AS_OF,
        extra_env={"LANG": "fr_FR.UTF-8", "LINKREVIVE_SCREENSHOT": str(picture)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"saved {picture}: " in result.stdout
    assert "| Aujourd'hui | Prospects | LinkedIn | Vérifier les paires | Analyses" in result.stdout
    header = picture.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width >= 1000 and height >= 600
    keep = os.environ.get("LINKREVIVE_KEEP_SCREENSHOT")
    if keep:  # for a person to look at
        shutil.copy2(picture, keep)

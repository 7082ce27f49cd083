"""Build the installable app: the PyInstaller one-folder bundle, and a .deb on Debian/Ubuntu.

python packaging/build.py [--dist DIR] [--work DIR] [--no-deb]

The bundle is DIST/linkrevive (the `linkrevive` binary is the CLI, and opens the window when
given no command). The .deb, DIST/linkrevive_VERSION_ARCH.deb, installs it under
/opt/linkrevive with `linkrevive` and `linkrevive-gui` on the PATH (/usr/bin symlinks), the
desktop entry and the hicolor icons; its Depends are the system libraries the bundle links
against, found with ldd and dpkg -S on the build machine (which must have them installed:
tests/run_all.sh installs them). The bundle needs the build machine's glibc or newer, so
build on the oldest system you support.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "linkrevive.spec"
NAME = "linkrevive"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
INSTALL_DIR = Path("opt") / NAME

POSTINST = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
"""


def project() -> dict[str, str]:
    """Name, version and description from pyproject.toml."""
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"version": data["version"], "description": data["description"]}


def disk_usage(path: Path) -> int:
    """Bytes on disk (blocks, as du counts them) of a file or folder."""
    if path.is_file():
        return path.stat().st_blocks * 512
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_blocks * 512
    return total


def mib(size: int) -> str:
    """A size in MiB, as du -h shows it."""
    return f"{size / 2**20:.1f} MiB"


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the one-folder app."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=REPO,
    )
    return dist / NAME


def elf_files(folder: Path) -> list[Path]:
    """The ELF binaries (executables and shared libraries) under ``folder``."""
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """Libraries outside the bundle that its binaries load, and the names ldd could not find."""
    internal = bundle / "_internal"
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    found: set[str] = set()
    missing: set[str] = set()
    pattern = re.compile(r"^\s*(\S+)\s*=>\s*(\S+)")
    for binary in elf_files(bundle):
        result = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            match = pattern.match(line)
            if not match:
                continue
            name, target = match.groups()
            if target == "not":
                missing.add(name)
            elif not Path(target).resolve().is_relative_to(bundle.resolve()):
                found.add(target)
    return found, missing


def owning_packages(paths: set[str]) -> tuple[set[str], set[str]]:
    """The Debian packages that own ``paths`` (``dpkg -S``), and the paths no package owns."""
    packages: set[str] = set()
    orphans: set[str] = set()
    for path in sorted(paths):
        candidates = [path, str(Path(path).resolve())]
        for candidate in list(candidates):
            # A merged /usr: dpkg may know the file by its other name.
            if candidate.startswith("/usr/lib/"):
                candidates.append(candidate.removeprefix("/usr"))
            elif candidate.startswith("/lib"):
                candidates.append("/usr" + candidate)
        for candidate in candidates:
            result = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                owner = result.stdout.split(":", 1)[0].split(",")[0].strip()
                packages.add(owner)
                break
        else:
            orphans.add(path)
    return packages, orphans


def depends(bundle: Path) -> str:
    """The Depends line: the system libraries' packages, glibc at least the build machine's."""
    libraries, missing = system_libraries(bundle)
    if missing:
        print("warning: libraries not found on this machine:", *sorted(missing), file=sys.stderr)
    packages, orphans = owning_packages(libraries)
    if orphans:
        print("warning: libraries no package owns:", *sorted(orphans), file=sys.stderr)
    glibc = os.confstr("CS_GNU_LIBC_VERSION") or ""
    items = []
    for package in sorted(packages):
        if package == "libc6" and glibc.startswith("glibc "):
            items.append(f"libc6 (>= {glibc.split()[1]})")
        else:
            items.append(package)
    return ", ".join(items)


def build_deb(bundle: Path, dist: Path, work: Path) -> Path:
    """Stage /opt/linkrevive, /usr/bin, the desktop entry and icons; dpkg-deb --build."""
    info = project()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = work / "deb" / f"{NAME}_{info['version']}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for command in (NAME, f"{NAME}-gui"):  # the desktop entry runs linkrevive-gui
        # Relative: the same tree works unpacked anywhere (dpkg -x into a scratch root).
        (bin_dir / command).symlink_to(Path("..", "..", INSTALL_DIR, NAME))
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(REPO / "resources" / "linkrevive.desktop", share / "applications")
    icons = REPO / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"linkrevive-{size}.png", target / "linkrevive.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "linkrevive.svg", scalable / "linkrevive.svg")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kib = disk_usage(stage) // 1024
    (control / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {info['version']}\n"
        f"Architecture: {arch}\n"
        "Maintainer: LinkRevive <linkrevive@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends(bundle)}\n"
        "Recommends: fonts-dejavu-core | fonts-liberation2, fonts-noto-color-emoji\n"
        "Suggests: gnome-keyring\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {info['description'].split(':')[0]}\n"
        f" {info['description']}\n"
        " A desktop app and a command line (linkrevive --help); local-first.\n",
        encoding="utf-8",
    )
    for script in ("postinst", "postrm"):
        path = control / script
        path.write_text(POSTINST, encoding="utf-8")
        path.chmod(0o755)
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif path.parent != control:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    deb = dist / f"{NAME}_{info['version']}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def main() -> int:
    """Build, then print the build time and the sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="scratch folder")
    parser.add_argument("--no-deb", action="store_true", help="only the one-folder app")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    bundle = build_bundle(dist, work)
    print(f"bundle: {bundle} ({mib(disk_usage(bundle))} on disk)")
    want_deb = not args.no_deb and platform.system() == "Linux" and shutil.which("dpkg-deb")
    if want_deb:
        deb = build_deb(bundle, dist, work)
        print(f"package: {deb} ({mib(deb.stat().st_size)})")
    elif not args.no_deb:
        print("no .deb: dpkg-deb is not available here")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

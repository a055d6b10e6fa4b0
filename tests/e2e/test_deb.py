"""The .deb installs, opens the sample on a real X display (xcb platform) and removes cleanly.

Needs root (or password-less sudo) for ``dpkg -i``/``dpkg -r``, Xvfb and
xwininfo; locally a missing piece skips the test, under CI (``CI`` set) it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageGrab

from tests.tools import require_program

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = Path("/opt/auditready")


def _as_root() -> list[str]:
    """The prefix that runs a command as root: nothing, ``sudo -n``, or skip/fail."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True,
                                               check=False).returncode == 0:
        return ["sudo", "-n"]
    message = "installing a .deb needs root or password-less sudo"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _check(*args: str | Path, timeout: int = 600, **kwargs: object) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True,
                            timeout=timeout, check=False, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return str(result.stdout)


@pytest.mark.slow
def test_deb_installs_shows_the_sample_with_xcb_and_removes(
        frozen_app: Path, tmp_path: Path, x_display: str) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Debian packages are built on Linux")
    for program, package in (("dpkg-deb", "dpkg"), ("xwininfo", "x11-utils")):
        require_program(program, package)
    root = _as_root()
    if INSTALLED.exists():
        pytest.fail(f"{INSTALLED} exists already: remove the installed package first")

    _check(sys.executable, ROOT / "build_spec" / "linux.py", "--frozen", frozen_app,
           "--out", tmp_path / "out", cwd=ROOT)
    [deb] = (tmp_path / "out").glob("auditready_*.deb")
    fields = _check("dpkg-deb", "--field", deb, "Package", "Depends")
    assert "Package: auditready" in fields
    assert "libc6 (>= 2." in fields and "libxcb1" in fields, fields
    contents = _check("dpkg-deb", "--contents", deb)
    for path in ("./opt/auditready/auditready", "./usr/bin/auditready -> /opt/auditready/",
                 "./usr/share/applications/auditready.desktop",
                 "./usr/share/mime/packages/auditready.xml",
                 "./usr/share/icons/hicolor/scalable/apps/auditready.svg",
                 "./opt/auditready/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"):
        assert path in contents, path
    assert "libqwayland" not in contents

    _check(*root, "dpkg", "-i", deb)
    try:
        env = {key: value for key, value in os.environ.items()
               if key not in {"PYTHONPATH", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
        env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", AUDITREADY_LANG="zh",
                   AUDITREADY_NO_DIALOGS="1", AUDITREADY_SMOKE="hold",
                   XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
        project = tmp_path / "示例 项目" / "sample.auditready"
        project.parent.mkdir()
        _check("/usr/bin/auditready-cli", "sample", project, env=env, timeout=120)
        log = tmp_path / "gui-stderr.txt"
        with log.open("w") as errors, subprocess.Popen(
                ["/usr/bin/auditready", str(project)], env=env, stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=errors, text=True) as gui:
            assert gui.stdin is not None and gui.stdout is not None
            try:
                title = gui.stdout.readline().strip()  # printed once the window is on screen
                windows = _check("xwininfo", "-root", "-tree", "-display", x_display, env=env)
                shot = ImageGrab.grab(xdisplay=x_display)
                shot.save(tmp_path / "screen.png")
            finally:
                gui.stdin.close()
                code = gui.wait(timeout=60)
        stderr = log.read_text()
        assert code == 0, stderr
        assert "审核就绪助手" in title and "sample.auditready" in title, title + stderr
        assert title in windows  # the X server shows a window with that title
        _assert_shows_a_window(shot)
    finally:
        _check(*root, "dpkg", "-r", "auditready")
    assert not INSTALLED.exists()
    assert not Path("/usr/bin/auditready").exists()


def _assert_shows_a_window(shot: Image.Image) -> None:
    """The screen is not one flat colour: the window's text, bars and lines were drawn."""
    small = shot.convert("RGB").resize((320, 200))
    colours = small.getcolors(maxcolors=320 * 200)
    assert colours is not None
    assert len(colours) > 50, f"{len(colours)} colours on screen"
    most, _ = max(colours)
    assert most < 0.9 * 320 * 200, "the screen is nearly blank"

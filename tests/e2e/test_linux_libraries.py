"""README's list of Linux packages is enough for the window on a real X display.

The list is the fenced block between the ``apt-runtime`` markers of README.md;
``.ci/run`` installs exactly that list (plus test tools, kept apart). The checks:
every library of Qt's ``xcb`` platform plugin resolves (``ldd``), each one
comes from a package that README's list brings in on a bare system (the list
and its dependencies, ``apt-cache depends --recurse``), and the GUI opens on
Xvfb with ``QT_QPA_PLATFORM=xcb``.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools import require_program

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def readme_packages() -> list[str]:
    """The packages of README's marked ``apt install`` block, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- apt-runtime-begin.*?-->\n```sh\n(.*?)```\n<!-- apt-runtime-end -->",
                      text, re.S)
    assert match, "README.md has no apt-runtime block"
    words = shlex.split(match.group(1).replace("\\\n", " "))
    assert words[:3] == ["sudo", "apt", "install"], words[:3]
    return words[3:]


def ci_packages() -> list[str]:
    """The packages of the ``QT_RUNTIME=( ... )`` array in .ci/run."""
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r"^QT_RUNTIME=\((.*?)\)", text, re.S | re.M)
    assert match, ".ci/run has no QT_RUNTIME list"
    return match.group(1).split()


def xcb_plugin_files() -> list[Path]:
    """The xcb platform plugin of the installed PySide6 and its GLX integration."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    files = [plugins / "platforms" / "libqxcb.so",
             *sorted((plugins / "xcbglintegrations").glob("*.so"))]
    assert files[0].is_file(), files[0]
    return files


def test_ci_installs_exactly_readmes_list() -> None:
    readme = readme_packages()
    assert len(readme) == len(set(readme))
    assert sorted(ci_packages()) == sorted(readme)
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(readme)


def _package_of(path: str) -> str:
    for candidate in (path, str(Path(path).resolve()), "/usr" + path):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                                check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0]
    raise AssertionError(f"no package owns {path}")


def test_every_library_of_the_xcb_plugin_comes_from_readmes_list() -> None:
    require_program("dpkg", "dpkg")
    require_program("apt-cache", "apt")
    qt = Path(xcb_plugin_files()[0]).parents[3]  # PySide6/
    needed: dict[str, str] = {}
    for plugin in xcb_plugin_files():
        output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                check=True).stdout
        assert "not found" not in output, f"{plugin.name}:\n{output}"
        for name, path in re.findall(r"^\s*(\S+) => (/\S+)", output, re.M):
            if not Path(path).resolve().is_relative_to(qt.resolve()):
                needed[name] = path
    closure = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances",
         *readme_packages()], capture_output=True, text=True, check=False)
    if closure.returncode != 0:
        message = f"apt-cache depends failed (run apt-get update): {closure.stderr[-500:]}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    brought_in = {line.split(":", 1)[0] for line in closure.stdout.splitlines()
                  if line and not line.startswith(" ")}
    owners = {name: _package_of(path) for name, path in needed.items()}
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= owners.keys()
    missing = {name: package for name, package in owners.items() if package not in brought_in}
    assert not missing, f"add to README's list: {missing}"


@pytest.mark.slow
def test_window_opens_on_a_real_x_display_with_xcb(x_display: str, tmp_path: Path) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", AUDITREADY_SMOKE="1",
               AUDITREADY_NO_DIALOGS="1", PYTHONPATH=str(ROOT),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "desktop.ui.shell.app"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "sample.auditready" in result.stdout, result.stdout + result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr

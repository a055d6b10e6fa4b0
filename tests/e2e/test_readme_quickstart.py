"""README's Linux quick start from source, word for word, opens the window with xcb."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__",
                                     "*.egg-info", ".*_cache", "*.qm")


def linux_from_source_commands() -> list[str]:
    """The last ``sh`` block of README's "Linux" quick start: venv, install, run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Linux", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    commands = blocks[-1].strip().splitlines()
    assert commands[0] == "python3 -m venv .venv" and commands[-1] == "auditready", commands
    return commands


@pytest.mark.slow
def test_linux_quick_start_from_source_opens_the_window(tmp_path: Path, x_display: str) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux quick start")
    clone = tmp_path / "AuditReady"
    shutil.copytree(ROOT, clone, ignore=_NOT_COPIED)
    tools = tmp_path / "tools"  # "python3" is the interpreter running the tests
    tools.mkdir()
    (tools / "python3").symlink_to(sys.executable)
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "WAYLAND_DISPLAY"}}
    env.update(PATH=f"{tools}{os.pathsep}{env.get('PATH', '')}", DISPLAY=x_display,
               QT_QPA_PLATFORM="xcb", AUDITREADY_SMOKE="1", AUDITREADY_NO_DIALOGS="1",
               XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    script = "set -e\n" + "\n".join(linux_from_source_commands()) + "\n"
    result = subprocess.run(["bash", "-c", script], cwd=clone, env=env, capture_output=True,
                            text=True, timeout=1200, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "sample.auditready" in result.stdout.splitlines()[-1], result.stdout[-2000:]
    assert (tmp_path / "data" / "AuditReady" / "sample.auditready").is_file()

"""``auditready --smoke --screenshot PNG`` saves a picture of the opened main window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_run_saves_a_picture_of_the_main_window(tmp_path: Path,
                                                      sample_path: Path) -> None:
    shot = tmp_path / "窗口 截图.png"
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "AUDITREADY_NO_DIALOGS": "1", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "desktop.ui.shell.app", str(sample_path),
                             "--smoke", "--screenshot", str(shot)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400
    distinct = {image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)}
    assert len(distinct) > 20  # text, icons and panels, not an empty window

"""A built wheel is complete: installed into a fresh venv, the CLI finds its resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None,
         timeout: int = 900) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_runs_catalog_and_sample(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT, cwd=tmp_path)
    [wheel] = wheels.glob("auditready-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/resources/standards/iso9001-2015.toml" in names
    assert "desktop/resources/fonts/wqy-microhei.ttc" in names
    assert not [n for n in names if n.endswith(".ts")]
    for lang in ("en", "zh"):  # the user guide (F1)
        assert f"desktop/resources/help/{lang}/getting-started.md" in names
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"desktop/resources/translations/{qm.name}" in names

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    _run(bindir / "python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path)

    # Run from an empty folder with a clean environment: nothing of the checkout is visible.
    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               AUDITREADY_LANG="en")
    cli = bindir / "auditready-cli"
    out = _run(cli, "catalog", "--format", "json", cwd=work, env=env, timeout=120).stdout
    assert {"iso9001-2015", "iso14001-2015", "iso45001-2018"} <= {s["id"] for s in
                                                                  json.loads(out)}
    _run(cli, "sample", work / "s.auditready", cwd=work, env=env, timeout=120)
    readiness = json.loads(_run(cli, "readiness", work / "s.auditready", "--format", "json",
                                cwd=work, env=env, timeout=120).stdout)
    assert readiness["project"]["company"]
    located = _run(bindir / "python", "-c",
                   "from desktop import paths; print(paths.resources_dir())",
                   cwd=work, env=env, timeout=60).stdout.strip()
    assert Path(located).is_relative_to(venv), located
